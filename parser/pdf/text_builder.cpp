#include "parser/pdf/text_builder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <numbers>
#include <numeric>
#include <set>

#include "text/bidi.h"

namespace ehcpqa::pdf {
namespace {

// ---- words -------------------------------------------------------------------------

bool all_space(const std::string& s) {
  for (unsigned char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

// Turns a glyph drawn along a baseline at `degrees` (anticlockwise) into a frame where that
// baseline is level and reads left to right.
Glyph levelled(const Glyph& g, double degrees) {
  double c = std::cos(degrees * std::numbers::pi / 180), s = std::sin(degrees * std::numbers::pi / 180);
  if (std::fmod(degrees, 90.0) == 0) c = std::round(c), s = std::round(s);  // quarter turns exactly
  Glyph out = g;
  out.x0 = g.x0 * c + g.y0 * s;
  out.y0 = -g.x0 * s + g.y0 * c;
  out.x1 = g.x1 * c + g.y1 * s;
  out.y1 = -g.x1 * s + g.y1 * c;
  out.dir = 0;
  return out;
}

// A glyph of direction `dir` (up, upside down, down) turned to read left to right.
Glyph upright(const Glyph& g) { return levelled(g, 90.0 * g.dir); }

// Text at a slant: its baseline is well off both of the page's axes.
bool slanted(const Glyph& g, const LayoutParams& params) {
  const double off = std::fmod(std::abs(g.angle), 90.0);
  return std::min(off, 90.0 - off) > params.diagonal_degrees;
}

// ---- lines ---------------------------------------------------------------------------

bool rule_between(const std::vector<Rule>& rules, double left, double right, double y, double size) {
  for (const Rule& r : rules) {
    if (!r.vertical()) continue;
    const double x = (r.x0 + r.x1) / 2;
    if (x > left - 1 && x < right + 1 && r.y0 <= y + 0.5 * size && r.y1 >= y) return true;
  }
  return false;
}

// A horizontal rule between two lines that spans most of their common width: a separator.
// (Link underlines span a few words and do not count.)
bool rule_across(const std::vector<Rule>& rules, double upper_y, double lower_y, double x0, double x1) {
  const double width = x1 - x0;
  for (const Rule& r : rules) {
    if (!r.horizontal()) continue;
    const double y = (r.y0 + r.y1) / 2;
    if (y < upper_y - 1 && y > lower_y + 1 && std::min(x1, r.x1) - std::max(x0, r.x0) > 0.8 * width) return true;
  }
  return false;
}

Line make_line(std::vector<Word> words) {
  Line line;
  line.words = std::move(words);
  line.x0 = line.words.front().x0;
  line.x1 = line.words.back().x1;
  for (const Word& w : line.words) {
    // The baseline is the largest word's: a superscript must not lift the line.
    if (w.size > line.size) line.y = w.y;
    line.size = std::max(line.size, w.size);
    line.x1 = std::max(line.x1, w.x1);
  }
  return line;
}


// ---- tables from ruling lines ----------------------------------------------------------

struct Segment {
  double pos, from, to;  // horizontal: y, x-range; vertical: x, y-range
};

std::vector<Segment> merged(std::vector<Segment> s) {
  std::sort(s.begin(), s.end(), [](const Segment& a, const Segment& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.from < b.from;
  });
  std::vector<Segment> out;
  for (const Segment& seg : s) {
    bool joined = false;
    for (auto it = out.rbegin(); it != out.rend() && seg.pos - it->pos < 2.0; ++it) {
      if (seg.from <= it->to + 2.0 && seg.to >= it->from - 2.0) {
        it->from = std::min(it->from, seg.from);
        it->to = std::max(it->to, seg.to);
        joined = true;
        break;
      }
    }
    if (!joined) out.push_back(seg);
  }
  return out;
}

std::vector<double> distinct(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::vector<double> out;
  for (double x : v) {
    if (out.empty() || x - out.back() > 2.0) out.push_back(x);
  }
  return out;
}

// Union-find: which rules touch, directly or through others, and so belong to one grid.
class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t find(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void join(size_t a, size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<size_t> parent_;
};

struct Grid {
  bool nested = false;     // drawn inside a cell of another grid
  std::vector<double> xs;  // column boundaries, ascending
  std::vector<double> ys;  // row boundaries, descending
  std::vector<Segment> h, v;
  bool has_v(double x, double y) const {
    for (const Segment& s : v) {
      if (std::abs(s.pos - x) < 2.5 && s.from <= y && s.to >= y) return true;
    }
    return false;
  }
  bool has_h(double y, double x) const {
    for (const Segment& s : h) {
      if (std::abs(s.pos - y) < 2.5 && s.from <= x && s.to >= x) return true;
    }
    return false;
  }
};

// A table drawn inside a cell of another table ("Day | Time | Place" inside a provision cell)
// touches the outer rules at most on one side, and its horizontal rules stop short of the
// outer cell's vertical rules by the cell padding on both sides. Those horizontals, with the
// verticals that meet them within their span, are taken out of `h` and `v`, one group per
// connected inner drawing (a lone box, such as a bordered paragraph, is a group too).
//
//   |  text in the cell          |      <- outer verticals
//   |   +------+------+-------+  |
//   |   | Day  | Time | Place |  |      <- inner horizontals end short of both outer verticals
//   |   +------+------+-------+  |
std::vector<std::pair<std::vector<Segment>, std::vector<Segment>>> take_nested(std::vector<Segment>& h,
                                                                                 std::vector<Segment>& v) {
  auto covers = [](const Segment& vert, double y) { return vert.from - 2 <= y && vert.to + 2 >= y; };
  std::vector<bool> inner(h.size(), false);
  for (size_t i = 0; i < h.size(); ++i) {
    bool left = false, right = false;
    for (const Segment& vert : v) {
      if (!covers(vert, h[i].pos)) continue;
      const double to_left = h[i].from - vert.pos, to_right = vert.pos - h[i].to;
      left = left || (to_left > 2.5 && to_left < 30);
      right = right || (to_right > 2.5 && to_right < 30);
    }
    inner[i] = left && right;
  }
  // Inner horizontals and the verticals that meet them within their span, connected.
  DisjointSets sets(h.size() + v.size());
  std::vector<bool> joined_v(v.size(), false);
  for (size_t i = 0; i < h.size(); ++i) {
    if (!inner[i]) continue;
    for (size_t k = 0; k < v.size(); ++k) {
      if (v[k].pos >= h[i].from - 2 && v[k].pos <= h[i].to + 2 && covers(v[k], h[i].pos)) {
        sets.join(i, h.size() + k);
        joined_v[k] = true;
      }
    }
  }
  std::map<size_t, std::pair<std::vector<Segment>, std::vector<Segment>>> groups;
  std::vector<bool> taken_h(h.size(), false), taken_v(v.size(), false);
  for (size_t i = 0; i < h.size(); ++i) {
    if (inner[i]) groups[sets.find(i)].first.push_back(h[i]), taken_h[i] = true;
  }
  for (size_t k = 0; k < v.size(); ++k) {
    if (joined_v[k]) groups[sets.find(h.size() + k)].second.push_back(v[k]), taken_v[k] = true;
  }
  std::vector<std::pair<std::vector<Segment>, std::vector<Segment>>> out;
  for (auto& [root, grid] : groups) {
    auto& [gh, gv] = grid;
    if (gh.empty() || gv.empty()) continue;
    // The bottom may sit on the outer cell's rule (merged into it): the verticals' foot closes it.
    double lowest_h = 1e9, lowest_v = 1e9, x0 = 1e9, x1 = -1e9;
    for (const Segment& s : gh) lowest_h = std::min(lowest_h, s.pos), x0 = std::min(x0, s.from), x1 = std::max(x1, s.to);
    for (const Segment& s : gv) lowest_v = std::min(lowest_v, s.from);
    if (lowest_v < lowest_h - 2) gh.push_back(Segment{lowest_v, x0, x1});
    // A lone box (a bordered paragraph in a cell) is taken out too, and gives no table.
    out.push_back(std::move(grid));
  }
  std::vector<Segment> keep_h, keep_v;
  for (size_t i = 0; i < h.size(); ++i) {
    if (!taken_h[i]) keep_h.push_back(h[i]);
  }
  for (size_t k = 0; k < v.size(); ++k) {
    if (!taken_v[k]) keep_v.push_back(v[k]);
  }
  h = std::move(keep_h);
  v = std::move(keep_v);
  return out;
}

// A table drawn without side borders has its outer columns open: the top and bottom rules
// run on past the outermost vertical rule to where the table ends, and the text there is a
// column of its own, not text beside the table.
//
//   ------------------------------------      <- top and bottom rules reach both ends
//    ITEM |  TIME  |  EVENT        | SORT      <- no rule at either side
//   ------------------------------------
void add_open_side_columns(Grid& g) {
  const double min_column = 8.0;  // points: less is a rule's overshoot, not a column
  auto reach = [&](double y, bool left) {
    double best = left ? 1e9 : -1e9;
    for (const Segment& s : g.h) {
      if (std::abs(s.pos - y) < 2.5) best = left ? std::min(best, s.from) : std::max(best, s.to);
    }
    return best;
  };
  const double left = std::max(reach(g.ys.front(), true), reach(g.ys.back(), true));
  const double right = std::min(reach(g.ys.front(), false), reach(g.ys.back(), false));
  if (left < g.xs.front() - min_column) g.xs.insert(g.xs.begin(), left);
  if (right > g.xs.back() + min_column) g.xs.push_back(right);
}

// Column and row boundaries of a connected set of rules, or false when it is no table.
bool make_grid(Grid& g) {
  if (g.h.size() < 2 || g.v.size() < 2) return false;
  std::vector<double> ys, xs;
  for (const Segment& s : g.h) ys.push_back(s.pos);
  for (const Segment& s : g.v) xs.push_back(s.pos);
  g.xs = distinct(xs);
  g.ys = distinct(ys);
  std::reverse(g.ys.begin(), g.ys.end());
  add_open_side_columns(g);
  // A single box around text is a frame, not a table.
  return g.xs.size() >= 2 && g.ys.size() >= 2 && !(g.xs.size() == 2 && g.ys.size() == 2);
}

std::vector<Grid> find_grids(const std::vector<Rule>& rules) {
  std::vector<Segment> h, v;
  for (const Rule& r : rules) {
    if (r.horizontal() && r.x1 - r.x0 >= 5) h.push_back({(r.y0 + r.y1) / 2, r.x0, r.x1});
    else if (r.vertical() && r.y1 - r.y0 >= 5) v.push_back({(r.x0 + r.x1) / 2, r.y0, r.y1});
  }
  h = merged(std::move(h));
  v = merged(std::move(v));
  if (h.size() < 2 || v.size() < 2 || h.size() + v.size() > 4000) return {};
  const size_t n = h.size() + v.size();
  DisjointSets sets(n);
  for (size_t i = 0; i < h.size(); ++i) {
    for (size_t j = 0; j < v.size(); ++j) {
      if (v[j].pos >= h[i].from - 2 && v[j].pos <= h[i].to + 2 && h[i].pos >= v[j].from - 2 && h[i].pos <= v[j].to + 2) {
        sets.join(i, h.size() + j);
      }
    }
  }
  std::vector<Grid> grids;
  std::vector<int> grid_of(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const size_t root = sets.find(i);
    if (grid_of[root] < 0) {
      grid_of[root] = static_cast<int>(grids.size());
      grids.emplace_back();
    }
    Grid& g = grids[static_cast<size_t>(grid_of[root])];
    if (i < h.size()) g.h.push_back(h[i]);
    else g.v.push_back(v[i - h.size()]);
  }
  // Nested grids come first, so their text is theirs before the outer grid takes its cells'.
  std::vector<Grid> tables, outer;
  for (Grid& g : grids) {
    for (auto& [h_inner, v_inner] : take_nested(g.h, g.v)) {
      Grid n;
      n.h = std::move(h_inner);
      n.v = std::move(v_inner);
      n.nested = true;
      if (make_grid(n)) tables.push_back(std::move(n));
    }
    if (make_grid(g)) outer.push_back(std::move(g));
  }
  for (Grid& g : outer) tables.push_back(std::move(g));
  return tables;
}

// ---- reading order -------------------------------------------------------------------

void order_items(std::vector<LayoutItem>& items, const LayoutParams& params, int depth = 0);

// Columns of text, or the cells of a table drawn without rules? Cells in a row start at the
// same height on both sides; paragraphs in two columns rarely do.
bool looks_like_rows(const std::vector<LayoutItem>& left, const std::vector<LayoutItem>& right) {
  size_t aligned = 0;
  for (const LayoutItem& l : left) {
    for (const LayoutItem& r : right) {
      if (std::abs(l.top - r.top) < 2.5) {
        ++aligned;
        break;
      }
    }
  }
  return aligned * 2 >= std::min(left.size(), right.size()) && aligned > 0;
}

std::vector<std::vector<LayoutItem>> split_vertical(const std::vector<LayoutItem>& items, double gutter) {
  std::vector<size_t> idx(items.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return items[a].x0 < items[b].x0; });
  std::vector<std::vector<LayoutItem>> groups(1);
  double reach = items[idx[0]].x1;
  for (size_t k = 0; k < idx.size(); ++k) {
    const LayoutItem& it = items[idx[k]];
    if (k > 0 && it.x0 > reach + gutter) groups.emplace_back();
    groups.back().push_back(it);
    reach = std::max(reach, it.x1);
  }
  return groups;
}

std::vector<std::vector<LayoutItem>> split_horizontal(const std::vector<LayoutItem>& items) {
  std::vector<size_t> idx(items.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return items[a].top > items[b].top; });
  std::vector<std::vector<LayoutItem>> groups(1);
  double floor = items[idx[0]].bottom;
  for (size_t k = 0; k < idx.size(); ++k) {
    const LayoutItem& it = items[idx[k]];
    if (k > 0 && it.top < floor - 0.5) groups.emplace_back();
    groups.back().push_back(it);
    floor = std::min(floor, it.bottom);
  }
  return groups;
}

void order_items(std::vector<LayoutItem>& items, const LayoutParams& params, int depth) {
  if (items.size() <= 1) return;
  auto concat = [&](std::vector<std::vector<LayoutItem>>& groups) {
    items.clear();
    for (auto& g : groups) {
      order_items(g, params, depth + 1);
      for (auto& it : g) items.push_back(std::move(it));
    }
  };
  if (depth < 64) {
    auto columns = split_vertical(items, params.min_gutter);
    auto bands = split_horizontal(items);
    const bool can_cut_columns = columns.size() > 1;
    const bool can_cut_bands = bands.size() > 1;
    if (can_cut_columns && (!can_cut_bands || !looks_like_rows(columns[0], columns[1]))) return concat(columns);
    if (can_cut_bands) return concat(bands);
  }
  // Overlapping items that no cut separates: top to bottom, then left to right.
  std::stable_sort(items.begin(), items.end(), [](const LayoutItem& a, const LayoutItem& b) {
    if (std::abs(a.top - b.top) > 2) return a.top > b.top;
    return a.x0 < b.x0;
  });
}

LayoutItem item_of(TextBlock block) {
  LayoutItem it;
  it.x0 = block.x0;
  it.x1 = block.x1;
  it.bottom = block.bottom;
  it.top = block.top;
  it.block = std::move(block);
  return it;
}

std::vector<LayoutItem> layout_lines(std::vector<Line> lines, const std::vector<Rule>& rules,
                                     const std::vector<Shade>& shades, const LayoutParams& params, bool find_tables);

// Puts each line inside a grid into its cell; returns the tables and leaves the rest in `lines`.
// Share of the rectangle covered by the largest shading that overlaps it.
double shaded_share(const std::vector<Shade>& shades, double x0, double y0, double x1, double y1) {
  const double area = std::max(1e-6, (x1 - x0) * (y1 - y0));
  double best = 0;
  for (const Shade& s : shades) {
    const double w = std::min(x1, s.x1) - std::max(x0, s.x0), h = std::min(y1, s.y1) - std::max(y0, s.y0);
    if (w > 0 && h > 0) best = std::max(best, w * h / area);
  }
  return best;
}

// A word wider than its cell is broken between letters ("Tim" / "e" in a narrow column): the
// line holds that one word and reaches the cell's right text edge, and the next line goes on
// with a small letter or a digit.
void mark_broken_words(std::vector<Line>& lines, const std::vector<double>& xs, size_t col, int span) {
  const double left = xs[col], right = xs[std::min(xs.size() - 1, col + static_cast<size_t>(span))];
  double text_left = right;
  for (const Line& l : lines) text_left = std::min(text_left, l.x0);
  const double text_right = right - std::max(0.0, text_left - left);
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.y > b.y; });
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    Line& l = lines[i];
    const Line& next = lines[i + 1];
    if (l.words.size() != 1 || next.words.empty() || l.y - next.y > 1.6 * l.size) continue;
    const std::string& w = l.words[0].text;
    const unsigned char first = static_cast<unsigned char>(next.words[0].text[0]);
    const bool goes_on = std::islower(first) || std::isdigit(first);
    if (goes_on && !w.empty() && std::isalnum(static_cast<unsigned char>(w.back())) && l.x1 >= text_right - 0.6 * l.size) {
      l.continues_word = true;
    }
  }
}

// The point of a line that says which cell it is in: near the start of its first word, a
// little above its baseline (so a descender on a rule does not count).
void cell_anchor(const Line& line, double& x, double& y) {
  y = line.y + 0.3 * line.size;
  x = (line.x0 + std::min(line.x1, line.x0 + 2 * line.size)) / 2;
}

bool inside(const Grid& g, double x, double y) {
  return x >= g.xs.front() && x <= g.xs.back() && y <= g.ys.front() && y >= g.ys.back();
}

// A ruled row that holds many records, with no rules between them (a schedule drawn with
// column rules only), is split into one row per record. A record is a band of lines with a
// clear strip of at least half a line above and below it across the whole row, and with text
// in two cells or more. Paragraphs side by side in an ordinary row rarely break at the same
// heights in every column; where they all do, reading them band by band is right anyway.
void split_unruled_rows(Grid& g, const std::vector<Line>& lines) {
  const size_t rows = g.ys.size() - 1, cols = g.xs.size() - 1;
  std::vector<std::vector<const Line*>> by_row(rows);
  for (const Line& l : lines) {
    double x, y;
    cell_anchor(l, x, y);
    if (!inside(g, x, y)) continue;
    // ys descend: the row is the last boundary at or above y.
    const auto below = std::upper_bound(g.ys.begin(), g.ys.end(), y, std::greater<>());
    by_row[std::min(rows - 1, static_cast<size_t>(std::max<std::ptrdiff_t>(0, below - g.ys.begin() - 1)))].push_back(&l);
  }
  std::vector<double> splits;
  for (size_t r = 0; r < rows; ++r) {
    std::vector<const Line*>& in_row = by_row[r];
    if (in_row.size() < 6) continue;
    bool closed = true;  // no cell of the row runs on into the row above or below
    for (size_t c = 0; c < cols && closed; ++c) {
      const double mid_x = (g.xs[c] + g.xs[c + 1]) / 2;
      closed = g.has_h(g.ys[r], mid_x) && g.has_h(g.ys[r + 1], mid_x);
    }
    if (!closed) continue;
    std::sort(in_row.begin(), in_row.end(), [](const Line* a, const Line* b) { return a->y > b->y; });
    struct Band {
      std::set<size_t> cols;
      double bottom;
    };
    std::vector<Band> bands;
    std::vector<double> gaps;
    for (const Line* l : in_row) {
      const double top = l->y + 0.75 * l->size, bottom = l->y - 0.25 * l->size;
      double x, y;
      cell_anchor(*l, x, y);
      const size_t col = static_cast<size_t>(std::upper_bound(g.xs.begin(), g.xs.end(), x) - g.xs.begin()) - 1;
      if (bands.empty() || top < bands.back().bottom - 0.5 * l->size) {
        if (!bands.empty()) gaps.push_back((top + bands.back().bottom) / 2);
        bands.push_back(Band{{}, bottom});
      }
      bands.back().cols.insert(col);
      bands.back().bottom = std::min(bands.back().bottom, bottom);
    }
    const bool records = bands.size() >= 3 && std::all_of(bands.begin(), bands.end(), [](const Band& b) {
      return b.cols.size() >= 2;
    });
    if (records) splits.insert(splits.end(), gaps.begin(), gaps.end());
  }
  for (double y : splits) {
    g.h.push_back(Segment{y, g.xs.front(), g.xs.back()});
    g.ys.push_back(y);
  }
  std::sort(g.ys.begin(), g.ys.end(), std::greater<>());
}

std::vector<LayoutItem> extract_tables(std::vector<Line>& lines, const std::vector<Rule>& rules,
                                       const std::vector<Shade>& shades, const LayoutParams& params) {
  std::vector<LayoutItem> out, nested;
  for (Grid& g : find_grids(rules)) {
    split_unruled_rows(g, lines);
    const size_t rows = g.ys.size() - 1, cols = g.xs.size() - 1;
    if (rows * cols > 5000) continue;
    // Owner of each grid cell after merges: cells with no rule between them are one cell.
    std::vector<size_t> owner(rows * cols);
    std::vector<int> span(rows * cols, 1);
    for (size_t r = 0; r < rows; ++r) {
      const double mid_y = (g.ys[r] + g.ys[r + 1]) / 2;
      for (size_t c = 0; c < cols; ++c) {
        const size_t id = r * cols + c;
        owner[id] = id;
        const double mid_x = (g.xs[c] + g.xs[c + 1]) / 2;
        if (c > 0 && !g.has_v(g.xs[c], mid_y)) owner[id] = owner[id - 1];
        else if (r > 0 && !g.has_h(g.ys[r], mid_x)) owner[id] = owner[id - cols];
        if (owner[id] != id && owner[id] / cols == r) ++span[owner[id]];
      }
    }
    std::vector<std::vector<Line>> cell_lines(rows * cols);
    bool any = false;
    std::vector<Line> rest;
    for (Line& line : lines) {
      double x, y;
      cell_anchor(line, x, y);
      if (!inside(g, x, y)) {
        rest.push_back(std::move(line));
        continue;
      }
      size_t r = 0, c = 0;
      while (r + 1 < rows && y < g.ys[r + 1]) ++r;
      while (c + 1 < cols && x > g.xs[c + 1]) ++c;
      cell_lines[owner[r * cols + c]].push_back(std::move(line));
      any = true;
    }
    lines = std::move(rest);
    if (!any) continue;
    for (size_t id = 0; id < cell_lines.size(); ++id) {
      if (!cell_lines[id].empty()) mark_broken_words(cell_lines[id], g.xs, id % cols, span[id]);
    }
    LayoutItem item;
    item.is_table = true;
    item.x0 = g.xs.front();
    item.x1 = g.xs.back();
    item.top = g.ys.front();
    item.bottom = g.ys.back();
    for (size_t r = 0; r < rows; ++r) {
      std::vector<LayoutCell> row;
      for (size_t c = 0; c < cols; ++c) {
        const size_t id = r * cols + c;
        if (owner[id] != id) continue;  // merged into the cell to its left or above
        LayoutCell cell;
        cell.col_span = span[id];
        const size_t last_col = std::min(cols - 1, c + static_cast<size_t>(span[id]) - 1);
        cell.shaded = shaded_share(shades, g.xs[c], g.ys[r + 1], g.xs[last_col + 1], g.ys[r]) >= 0.6;
        for (LayoutItem& it : layout_lines(std::move(cell_lines[id]), {}, {}, params, false)) {
          cell.blocks.push_back(std::move(it.block));
        }
        // A nested table drawn in this cell goes in it, among its paragraphs by height.
        const double cx0 = g.xs[c], cx1 = g.xs[last_col + 1], cy1 = g.ys[r];
        double cy0 = g.ys[r + 1];
        for (size_t below = r + 1; below < rows && owner[below * cols + c] == id; ++below) cy0 = g.ys[below + 1];
        for (auto n = nested.begin(); n != nested.end();) {
          const double mx = (n->x0 + n->x1) / 2, my = (n->top + n->bottom) / 2;
          if (mx < cx0 || mx > cx1 || my < cy0 || my > cy1) {
            ++n;
            continue;
          }
          size_t before = 0;
          while (before < cell.blocks.size() && cell.blocks[before].top > n->top) ++before;
          cell.tables.push_back(NestedTable{before, std::move(n->table)});
          n = nested.erase(n);
        }
        row.push_back(std::move(cell));
      }
      if (!row.empty()) item.table.rows.push_back(std::move(row));
    }
    (g.nested ? nested : out).push_back(std::move(item));
  }
  // A nested grid whose outer grid was not found stands as a table of its own.
  for (LayoutItem& n : nested) out.push_back(std::move(n));
  return out;
}

// ---- tables drawn without rules ---------------------------------------------------------
//
// Text set in columns whose left edges line up across consecutive rows, each row's cells on
// one baseline, is a table even with no rules drawn:
//
//   Name of young person    Declan Farrow            <- a row: fragments at the column starts
//   Date of birth           02/11/2000
//   Education setting       Kestermoor Specialist    <- a cell may wrap: the next baseline has
//                           College                     text in that column only
//
// Two columns of prose line up the same way; there a column's text runs on from one row to
// the next mid-sentence, which cells do not, so such runs are left alone.

struct BaselineRow {
  std::vector<size_t> lines;  // indexes into the lines, left to right
  double y = 0, size = 0;
};

// The column whose start `x0` is at, or -1.
int column_at(const std::vector<double>& starts, double x0, double tolerance) {
  for (size_t c = 0; c < starts.size(); ++c) {
    if (std::abs(starts[c] - x0) <= tolerance) return static_cast<int>(c);
  }
  return -1;
}

bool runs_on(const std::string& before, const std::string& after) {
  if (before.empty() || after.empty()) return false;
  const char last = before.back();
  return std::string(".!?:;)").find(last) == std::string::npos && std::islower(static_cast<unsigned char>(after[0]));
}

std::vector<LayoutItem> extract_borderless_tables(std::vector<Line>& lines, const LayoutParams& params) {
  std::vector<size_t> order(lines.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (std::abs(lines[a].y - lines[b].y) > 0.5) return lines[a].y > lines[b].y;
    return lines[a].x0 < lines[b].x0;
  });
  std::vector<BaselineRow> rows;
  for (size_t i : order) {
    const Line& l = lines[i];
    if (!rows.empty() && std::abs(rows.back().y - l.y) <= params.baseline_tolerance * std::max(l.size, rows.back().size)) {
      rows.back().lines.push_back(i);
      rows.back().size = std::max(rows.back().size, l.size);
      continue;
    }
    rows.push_back(BaselineRow{{i}, l.y, l.size});
  }
  std::vector<bool> used(lines.size(), false);
  std::vector<LayoutItem> out;
  const double tolerance = 3.0;
  size_t r = 0;
  while (r < rows.size()) {
    if (rows[r].lines.size() < 2) {
      ++r;
      continue;
    }
    // Grow a candidate from this row: its fragments' left edges are the column starts.
    std::vector<double> starts;
    for (size_t i : rows[r].lines) starts.push_back(lines[i].x0);
    auto fits = [&](const BaselineRow& row, bool& multi) {
      multi = row.lines.size() >= 2;
      for (size_t k = 0; k < row.lines.size(); ++k) {
        const Line& l = lines[row.lines[k]];
        const int c = column_at(starts, l.x0, tolerance);
        if (c < 0) return false;
        // A fragment stays inside its column.
        if (static_cast<size_t>(c) + 1 < starts.size() && l.x1 > starts[static_cast<size_t>(c) + 1] - 1) return false;
      }
      return true;
    };
    size_t end = r + 1, multi_rows = 1, last_multi = r;
    while (end < rows.size()) {
      const double gap = rows[end - 1].y - rows[end].y;
      if (gap > 2.5 * std::max(rows[end].size, rows[end - 1].size)) break;
      bool multi = false;
      if (!fits(rows[end], multi)) break;
      if (multi) ++multi_rows, last_multi = end;
      ++end;
    }
    end = last_multi + 1;
    // Wrapped last cells: rows below the last full row that continue its columns, closely.
    while (end < rows.size()) {
      bool multi = false;
      const double gap = rows[end - 1].y - rows[end].y;
      if (gap > params.paragraph_leading * rows[end].size || !fits(rows[end], multi) || multi) break;
      ++end;
    }
    if (multi_rows < 2) {
      r = last_multi + 1;
      continue;
    }
    // Cells: each full row opens a row; a lone fragment continues the cell above it, and so
    // does a row whose first column goes on with a small letter ("Speech and language" /
    // "therapy advice").
    auto continues = [&](const BaselineRow& row) {
      if (row.lines.size() < 2) return true;
      const Line& first = lines[row.lines.front()];
      if (column_at(starts, first.x0, tolerance) != 0) return false;
      const std::string t = first.text();
      return !t.empty() && std::islower(static_cast<unsigned char>(t[0]));
    };
    // `by_baseline` keeps one row per baseline, for the prose checks below.
    std::vector<std::vector<std::vector<Line*>>> cells, by_baseline;
    for (size_t k = r; k < end; ++k) {
      if (cells.empty() || !continues(rows[k])) cells.emplace_back(starts.size());
      by_baseline.emplace_back(starts.size());
      for (size_t i : rows[k].lines) {
        const size_t c = static_cast<size_t>(column_at(starts, lines[i].x0, tolerance));
        cells.back()[c].push_back(&lines[i]);
        by_baseline.back()[c].push_back(&lines[i]);
      }
    }
    // Prose in columns runs on from row to row; cells do not. One column of prose beside a
    // list (a newspaper-style page) is enough to say these are not rows.
    size_t pairs = 0, flowing = 0;
    // Lines that all run on into one another make one row, which is no table either.
    bool prose_column = cells.size() < 2;
    for (size_t c = 0; c < starts.size(); ++c) {
      size_t column_pairs = 0, column_flowing = 0;
      for (size_t k = 1; k < cells.size(); ++k) {
        if (cells[k - 1][c].empty() || cells[k][c].empty()) continue;
        ++column_pairs;
        column_flowing += runs_on(cells[k - 1][c].back()->text(), cells[k][c].front()->text()) ? 1 : 0;
      }
      prose_column = prose_column || (column_pairs >= 2 && column_flowing * 2 >= column_pairs);
      pairs += column_pairs;
      flowing += column_flowing;
    }
    // Nor does a cell carry on a sentence from the line just above the rows, or into the line
    // just below them.
    // (Other columns' baselines may come between: look a few rows away, nearest line first.)
    auto runs_across = [&](bool above) {
      const size_t edge = above ? r : end - 1;
      const auto& edge_cells = above ? by_baseline.front() : by_baseline.back();
      std::vector<bool> seen(starts.size(), false);
      for (size_t k = edge; above ? k-- > 0 : ++k < rows.size();) {
        if (std::abs(rows[k].y - rows[edge].y) > 2.5 * rows[edge].size) break;
        for (size_t i : rows[k].lines) {
          const int c = column_at(starts, lines[i].x0, tolerance);
          if (c < 0 || seen[static_cast<size_t>(c)]) continue;
          seen[static_cast<size_t>(c)] = true;
          const auto& cell = edge_cells[static_cast<size_t>(c)];
          if (cell.empty()) continue;
          if (above ? runs_on(lines[i].text(), cell.front()->text()) : runs_on(cell.back()->text(), lines[i].text())) {
            return true;
          }
        }
      }
      return false;
    };
    if (runs_across(true) || runs_across(false)) prose_column = true;
    // Blocks side by side under headings of their own ("Invoice to:", "Sold to:", "Delivered
    // to:", each over an address) are not a table: a table's header row starts where its
    // columns do, these headings sit apart from them, one per column.
    if (r > 0 && rows[r - 1].lines.size() == starts.size() &&
        rows[r - 1].y - rows[r].y <= 2.5 * rows[r].size) {
      bool apart = true;
      for (size_t c = 0; c < starts.size(); ++c) {
        const Line& h = lines[rows[r - 1].lines[c]];
        const double next = c + 1 < starts.size() ? starts[c + 1] : 1e9;
        apart = apart && std::abs(h.x0 - starts[c]) > tolerance && h.x1 < next && (c == 0 || h.x0 > starts[c - 1]);
      }
      prose_column = prose_column || apart;
    }
    if (prose_column || flowing * 10 > pairs * 3) {
      r = end;
      continue;
    }
    LayoutItem item;
    item.is_table = true;
    item.x0 = 1e9, item.x1 = -1e9, item.top = -1e9, item.bottom = 1e9;
    for (auto& row : cells) {
      std::vector<LayoutCell> layout_row;
      for (auto& cell : row) {
        std::vector<Line> cell_lines;
        for (Line* l : cell) {
          item.x0 = std::min(item.x0, l->x0);
          item.x1 = std::max(item.x1, l->x1);
          item.top = std::max(item.top, l->y + 0.8 * l->size);
          item.bottom = std::min(item.bottom, l->y - 0.2 * l->size);
          used[static_cast<size_t>(l - lines.data())] = true;
          cell_lines.push_back(*l);
        }
        LayoutCell lc;
        for (TextBlock& b : blocks_from_lines(std::move(cell_lines), {}, params)) lc.blocks.push_back(std::move(b));
        layout_row.push_back(std::move(lc));
      }
      item.table.rows.push_back(std::move(layout_row));
    }
    out.push_back(std::move(item));
    r = end;
  }
  std::vector<Line> rest;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!used[i]) rest.push_back(std::move(lines[i]));
  }
  lines = std::move(rest);
  return out;
}

std::vector<LayoutItem> layout_lines(std::vector<Line> lines, const std::vector<Rule>& rules,
                                     const std::vector<Shade>& shades, const LayoutParams& params, bool find_tables) {
  std::vector<LayoutItem> items;
  if (find_tables) {
    items = extract_tables(lines, rules, shades, params);
    for (LayoutItem& t : extract_borderless_tables(lines, params)) items.push_back(std::move(t));
  }
  for (TextBlock& b : blocks_from_lines(std::move(lines), rules, params)) items.push_back(item_of(std::move(b)));
  order_items(items, params);
  return items;
}

}  // namespace

bool Line::bold() const {
  for (const Word& w : words) {
    if (!w.bold) return false;
  }
  return !words.empty();
}

std::string Line::text() const {
  std::string out;
  for (const Word& w : words) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  // Words are placed left to right; Arabic or Hebrew is read right to left.
  return text::visual_to_logical(out);
}

namespace {
bool ends_with_hyphen(const std::string& s) {
  if (s.size() < 2) return false;
  if (s.back() == '-') return std::isalpha(static_cast<unsigned char>(s[s.size() - 2])) != 0;
  return s.size() >= 3 && s.compare(s.size() - 2, 2, "\xC2\xAD") == 0;  // soft hyphen
}

// A dash after a number at a line end joins what follows: "08:40–" / "09:10" is one range,
// "1-" / "hour" one word.
bool joins_number_range(const std::string& before, const std::string& after) {
  if (after.empty() || !std::isalnum(static_cast<unsigned char>(after[0]))) return false;
  size_t dash = 0;
  if (before.size() >= 2 && before.back() == '-') dash = 1;
  else if (before.size() >= 4 && before.compare(before.size() - 3, 3, "\xE2\x80\x93") == 0) dash = 3;
  return dash > 0 && std::isdigit(static_cast<unsigned char>(before[before.size() - dash - 1]));
}
}  // namespace

namespace {

// A word folded for comparison: lower case, surrounding punctuation gone.
std::string fold_word(const std::string& w) {
  size_t b = 0, e = w.size();
  while (b < e && !std::isalnum(static_cast<unsigned char>(w[b]))) ++b;
  while (e > b && !std::isalnum(static_cast<unsigned char>(w[e - 1]))) --e;
  std::string out = w.substr(b, e - b);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The halves of each word broken by a hard hyphen at a line end in `block`.
std::vector<std::pair<std::string, std::string>> hyphen_breaks(const TextBlock& block) {
  std::vector<std::pair<std::string, std::string>> out;
  for (size_t i = 0; i + 1 < block.lines.size(); ++i) {
    const auto& words = block.lines[i].words;
    const auto& next = block.lines[i + 1].words;
    if (words.empty() || next.empty() || !ends_with_hyphen(words.back().text) || words.back().text.back() != '-') continue;
    out.emplace_back(fold_word(words.back().text), fold_word(next.front().text));
  }
  return out;
}

}  // namespace

HyphenWords HyphenWords::of(const std::vector<const TextBlock*>& blocks) {
  HyphenWords h;
  for (const TextBlock* b : blocks) {
    for (const Line& l : b->lines) {
      for (size_t i = 0; i < l.words.size(); ++i) {
        if (i + 1 == l.words.size() && !l.words[i].text.empty() && l.words[i].text.back() == '-') continue;
        h.words_.push_back(fold_word(l.words[i].text));
      }
    }
  }
  std::sort(h.words_.begin(), h.words_.end());
  h.words_.erase(std::unique(h.words_.begin(), h.words_.end()), h.words_.end());
  for (const TextBlock* b : blocks) {
    for (const auto& [before, after] : hyphen_breaks(*b)) {
      if (h.seen(before + after) && !h.seen(before + "-" + after)) h.producer_hyphenates_ = true;
    }
  }
  return h;
}

bool HyphenWords::seen(const std::string& word) const { return std::binary_search(words_.begin(), words_.end(), word); }

bool HyphenWords::keep(const std::string& before, const std::string& after) const {
  const std::string b = fold_word(before), a = fold_word(after);
  if (seen(b + "-" + a)) return true;
  if (seen(b + a)) return false;
  return !producer_hyphenates_;
}

std::string paragraph_text(const TextBlock& block, const HyphenWords* hyphens) {
  std::string out;
  bool joined_word = false;
  for (const Line& l : block.lines) {
    const std::string t = l.text();
    if (t.empty()) continue;
    if (!out.empty()) {
      const bool hyphen = ends_with_hyphen(out) && std::islower(static_cast<unsigned char>(t[0]));
      if (joined_word || joins_number_range(out, t)) {
        // nothing between the two halves of a broken word, or around a range's dash
      } else if (hyphen && hyphens && out.back() == '-' &&
                 hyphens->keep(out.substr(out.find_last_of(' ') == std::string::npos ? 0 : out.find_last_of(' ') + 1), t.substr(0, t.find(' ')))) {
        // a compound word's own hyphen: "half-term"
      } else if (hyphen) {
        out.erase(out.size() - (out.back() == '-' ? 1 : 2));
      } else {
        out += ' ';
      }
    }
    out += t;
    joined_word = l.continues_word;
  }
  return out;
}

bool starts_list_item(const std::string& text) {
  static const char* bullets[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\xA3", "\xE2\x97\x8F",
                                  "\xE2\x97\x8B", "\xE2\x96\xA0", "\xE2\x96\xA1", "\xE2\x88\x99", "\xEF\x82\xB7",
                                  "\xEF\x82\xA7", "\xEF\x81\xB6", "\xEF\x82\xA8", "\xC2\xB7", "\xE2\x9E\xA2"};
  for (const char* b : bullets) {
    if (text.rfind(b, 0) == 0) return true;
  }
  if (text.rfind("- ", 0) == 0 || text.rfind("* ", 0) == 0 || text.rfind("\xE2\x80\x93 ", 0) == 0) return true;
  // "1." "12)" "a)" "iv." followed by a space.
  size_t i = 0;
  while (i < text.size() && i < 4 && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
  if (i == 0 || i >= text.size() - 1) return false;
  const bool digits = std::all_of(text.begin(), text.begin() + static_cast<long>(i), ::isdigit);
  const bool letter = i == 1 && std::islower(static_cast<unsigned char>(text[0]));
  return (digits || letter) && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ';
}

std::vector<Word> words_from_glyphs(const std::vector<Glyph>& glyphs, const LayoutParams& params) {
  std::vector<Word> words;
  Word current;
  bool open = false;
  double last_x0 = 0;
  std::string last_text;
  size_t glyph_count = 0, bold_count = 0;
  auto flush = [&] {
    if (open && !current.text.empty()) {
      current.bold = bold_count * 2 > glyph_count || current.bold;
      words.push_back(std::move(current));
    }
    current = Word{};
    open = false;
    glyph_count = bold_count = 0;
  };
  auto on_word_line = [&](const Glyph& g) {
    return std::abs(g.y0 - current.y) <= params.baseline_tolerance * std::max(g.size, current.size);
  };
  // A space ends the word only if it leaves a gap: the glyph after it is judged by where it
  // starts, as pdftotext does. Some typesetters draw a space and then move back over it, so
  // the next glyph goes on where the last one ended: after a ligature ("Offi ce" in InDesign
  // and Quartz) or inside a word of a kerned heading ("pro vision" in groff).
  bool pending_space = false;
  for (const Glyph& raw : glyphs) {
    const Glyph g = raw.dir == 0 ? raw : upright(raw);
    if (g.space || all_space(g.text)) {
      if (open && !pending_space && on_word_line(g)) {
        pending_space = true;
        continue;
      }
      pending_space = false;
      flush();
      continue;
    }
    const double size = std::max(g.size, 0.1);
    const double right = std::max(g.x0, g.x1);
    if (pending_space) {
      pending_space = false;
      const double gap = g.x0 - current.x1;
      if (gap > 0.02 * size || gap < -0.1 * size || !on_word_line(g)) flush();
    }
    if (open) {
      const bool same_line = on_word_line(g);
      if (same_line && g.text == last_text && std::abs(g.x0 - last_x0) < params.overprint_distance * size) {
        current.bold = true;  // drawn twice, slightly offset: fake bold
        continue;
      }
      const double gap = g.x0 - current.x1;
      if (!same_line || gap > params.word_gap * size || gap < -params.word_overlap * size) flush();
    }
    if (!open) {
      current.x0 = g.x0;
      current.x1 = right;  // rotated frames have negative coordinates: never start from 0
      current.y = g.y0;
      current.mcid = g.mcid;
      current.artifact = g.artifact;
      current.italic = g.italic;
      open = true;
    }
    current.text += g.text;
    current.x1 = std::max(current.x1, right);
    current.size = std::max(current.size, size);
    ++glyph_count;
    bold_count += g.bold ? 1 : 0;
    last_x0 = g.x0;
    last_text = g.text;
  }
  flush();
  return words;
}

namespace {

// A column gutter: a vertical strip of white space that runs down several consecutive rows
// with words on both sides of it. Lines are split there even when the gap is narrow.
//
//   row 1:  text text text |   | text text text      <- the strip [x0, x1] stays clear
//   row 2:  text text      |   | text text text
//   row 3:  text text text |   | text                 (a short line keeps it clear too)
struct Gutter {
  double x0, x1;
  size_t first, last;  // rows it spans
  int two_sided;       // rows with words on both sides
};

std::vector<Gutter> find_gutters(const std::vector<std::vector<Word>>& rows, const LayoutParams& params) {
  std::vector<Gutter> active, done;
  for (size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows[r];
    double size = 0;
    for (const Word& w : row) size = std::max(size, w.size);
    std::vector<Gutter> next;
    for (Gutter g : active) {
      // Rows far below the last one (a figure, a gap) end the gutter.
      const double distance = rows[g.last].front().y - row.front().y;
      if (distance > 3.0 * std::max(size, 1.0)) {
        done.push_back(g);
        continue;
      }
      // The widest part of the strip no word of this row covers.
      double best0 = 0, best1 = 0, cursor = g.x0;
      for (const Word& w : row) {
        if (w.x1 <= cursor || w.x0 >= g.x1) continue;
        if (w.x0 - cursor > best1 - best0) best0 = cursor, best1 = w.x0;
        cursor = std::max(cursor, w.x1);
      }
      if (g.x1 - cursor > best1 - best0) best0 = cursor, best1 = g.x1;
      // Narrower than a word gap in this row: the strip is only the space between two words.
      if (best1 - best0 < std::max(params.min_gutter * 0.5, 0.6 * size)) {
        done.push_back(g);
        continue;
      }
      bool left = false, right = false;
      for (const Word& w : row) {
        left = left || w.x1 <= best0 + 0.5;
        right = right || w.x0 >= best1 - 0.5;
      }
      g.x0 = best0;
      g.x1 = best1;
      g.last = r;
      g.two_sided += (left && right) ? 1 : 0;
      next.push_back(g);
    }
    for (size_t k = 1; k < row.size(); ++k) {
      const double gap0 = row[k - 1].x1, gap1 = row[k].x0;
      if (gap1 - gap0 < std::max(params.min_gutter, 0.8 * size)) continue;
      bool known = false;
      for (const Gutter& g : next) known = known || (std::min(g.x1, gap1) - std::max(g.x0, gap0) > 0);
      if (!known) next.push_back(Gutter{gap0, gap1, r, r, 1});
    }
    active = std::move(next);
  }
  for (const Gutter& g : active) done.push_back(g);
  std::vector<Gutter> out;
  for (const Gutter& g : done) {
    if (g.last - g.first + 1 >= 4 && g.two_sided >= 3) out.push_back(g);
  }
  return out;
}

}  // namespace

std::vector<Line> lines_from_words(std::vector<Word> words, const std::vector<Rule>& rules, const LayoutParams& params) {
  std::vector<Line> lines;
  if (words.empty()) return lines;
  std::stable_sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.y > b.y; });
  // Rows: words whose baseline is near the row's main (largest) word's; a clearly smaller
  // word (a superscript or subscript, at least ~half the size) may sit further above or below
  // it. The tolerance is judged at the smaller size, so that a giant letter (a "COPY" stamp, a
  // drop capital) does not pull the lines beside it into one row.
  auto same_row = [&](const Word& main, const Word& w) {
    const Word& big = main.size >= w.size ? main : w;
    const Word& small = main.size >= w.size ? w : main;
    const double offset = small.y - big.y;
    if (std::abs(offset) <= params.baseline_tolerance * small.size) return true;
    return small.size <= 0.85 * big.size && small.size >= 0.45 * big.size && offset >= -0.3 * big.size &&
           offset <= 0.6 * big.size;
  };
  std::vector<std::vector<Word>> rows;
  size_t start = 0;
  while (start < words.size()) {
    size_t main = start, end = start + 1;
    // A word on (almost) the very baseline of the word before it joins too: in a row that
    // spans columns, the main word may sit on another column's baseline grid, while a smaller
    // bold run goes on with its own line ("in the FOR FURTHER INFORMATION").
    auto on_previous_baseline = [&](size_t k) {
      return std::abs(words[k].y - words[k - 1].y) <= 0.05 * std::min(words[k].size, words[k - 1].size);
    };
    while (end < words.size() && (same_row(words[main], words[end]) || on_previous_baseline(end))) {
      if (words[end].size > words[main].size) main = end;
      ++end;
    }
    std::vector<Word> row(std::make_move_iterator(words.begin() + static_cast<long>(start)),
                          std::make_move_iterator(words.begin() + static_cast<long>(end)));
    rows.push_back(std::move(row));
    start = end;
  }
  // A row of nothing but raised small words ("[15]", "[16][17]" over a line of 12 pt text
  // beside a column of 10.5 pt text) began its own row because the chain met it first:
  // they are the superscripts of the row below.
  auto largest = [](const std::vector<Word>& row) {
    return *std::max_element(row.begin(), row.end(), [](const Word& a, const Word& b) { return a.size < b.size; });
  };
  for (size_t r = 0; r + 1 < rows.size();) {
    const Word& main_below = largest(rows[r + 1]);
    // Each follows a word of the row below closely, as a note mark follows its word.
    auto follows_a_word = [&](const Word& w) {
      return std::any_of(rows[r + 1].begin(), rows[r + 1].end(), [&](const Word& b) {
        return w.x0 >= b.x1 - 0.5 && w.x0 - b.x1 <= 0.6 * b.size;
      });
    };
    const bool superscripts = std::all_of(rows[r].begin(), rows[r].end(), [&](const Word& w) {
      return w.size < main_below.size && w.y > main_below.y && same_row(main_below, w) && follows_a_word(w);
    });
    if (superscripts) {
      rows[r + 1].insert(rows[r + 1].end(), std::make_move_iterator(rows[r].begin()),
                         std::make_move_iterator(rows[r].end()));
      rows.erase(rows.begin() + static_cast<long>(r));
    } else {
      ++r;
    }
  }
  for (auto& row : rows) {
    std::stable_sort(row.begin(), row.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
  }
  // A bullet or list number set a tab's width before its text is not a column of its own.
  auto only_marker = [](const std::vector<Word>& fragment) {
    return fragment.size() == 1 && starts_list_item(fragment[0].text + " x");
  };
  const std::vector<Gutter> gutters = find_gutters(rows, params);
  for (size_t r = 0; r < rows.size(); ++r) {
    std::vector<Word> fragment;
    for (Word& w : rows[r]) {
      if (!fragment.empty()) {
        const Word& prev = fragment.back();
        const double size = std::max(prev.size, w.size);
        const bool ruled = rule_between(rules, prev.x1, w.x0, w.y, size);
        bool split = w.x0 - prev.x1 > params.column_gap * size || ruled;
        for (const Gutter& g : gutters) {
          split = split || (r >= g.first && r <= g.last && prev.x1 <= g.x0 + 0.5 && w.x0 >= g.x1 - 0.5);
        }
        // A list number's tab is short and crosses no cell border ("3." ending one cell is not
        // the marker of the next cell's text).
        const bool marker_tab = only_marker(fragment) && !ruled && w.x0 - prev.x1 < 4 * size;
        if (split && !marker_tab) {
          lines.push_back(make_line(std::move(fragment)));
          fragment.clear();
        }
      }
      fragment.push_back(std::move(w));
    }
    if (!fragment.empty()) lines.push_back(make_line(std::move(fragment)));
  }
  return lines;
}

std::vector<TextBlock> blocks_from_lines(std::vector<Line> lines, const std::vector<Rule>& rules,
                                         const LayoutParams& params) {
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    if (std::abs(a.y - b.y) > 0.5) return a.y > b.y;
    return a.x0 < b.x0;
  });
  std::vector<TextBlock> blocks;
  for (Line& line : lines) {
    TextBlock* best = nullptr;
    double best_dy = 1e9;
    const bool list_start = starts_list_item(line.text());
    for (TextBlock& b : blocks) {
      const Line& last = b.lines.back();
      const double size = std::max(last.size, line.size);
      const double dy = last.y - line.y;
      if (dy < 0.5 * size || dy > params.paragraph_leading * size) continue;
      if (std::min(b.x1, line.x1) - std::max(b.x0, line.x0) <= 0) continue;
      const double ratio = std::max(last.size, line.size) / std::max(0.1, std::min(last.size, line.size));
      if (ratio > params.same_size_ratio || last.bold() != line.bold() || list_start) continue;
      if (rule_across(rules, last.y, line.y + line.size, std::max(b.x0, line.x0), std::min(b.x1, line.x1))) continue;
      if (dy < best_dy) {
        best_dy = dy;
        best = &b;
      }
    }
    if (!best) {
      blocks.emplace_back();
      best = &blocks.back();
      best->x0 = line.x0;
      best->x1 = line.x1;
      best->top = line.y + line.size * 0.8;
      best->bottom = line.y - line.size * 0.2;
    }
    best->x0 = std::min(best->x0, line.x0);
    best->x1 = std::max(best->x1, line.x1);
    best->top = std::max(best->top, line.y + line.size * 0.8);
    best->bottom = std::min(best->bottom, line.y - line.size * 0.2);
    best->size = std::max(best->size, line.size);
    best->lines.push_back(std::move(line));
  }
  return blocks;
}

// Slanted text, one baseline angle at a time (glyphs already levelled), laid out along its own
// baseline: a watermark drawn corner to corner ("DRAFT" at 45 degrees, far larger than the
// page's upright text) goes to `watermarks`; smaller slanted text (a column heading set at an
// angle) follows the rest.
void lay_out_slanted_text(std::map<long, std::vector<Glyph>>& by_angle, const std::array<std::vector<Glyph>, 4>& upright,
                          const LayoutParams& params, PageLayout& layout) {
  std::vector<double> upright_sizes;
  for (const auto& glyphs : upright) {
    for (const Glyph& g : glyphs) upright_sizes.push_back(g.size);
  }
  double watermark_size = 24.0;
  if (!upright_sizes.empty()) {
    auto middle = upright_sizes.begin() + static_cast<long>(upright_sizes.size() / 2);
    std::nth_element(upright_sizes.begin(), middle, upright_sizes.end());
    watermark_size = params.watermark_size_ratio * *middle;
  }
  for (auto& [degrees, glyphs] : by_angle) {
    std::vector<Line> text;
    for (Line& line : lines_from_words(words_from_glyphs(glyphs, params), {}, params)) {
      if (line.size >= watermark_size) layout.watermarks.push_back(line.text());
      else text.push_back(std::move(line));
    }
    for (LayoutItem& it : layout_lines(std::move(text), {}, {}, params, false)) layout.items.push_back(std::move(it));
  }
}

PageLayout build_page_layout(const PageContent& page, const LayoutParams& params) {
  params.validate();
  PageLayout layout;
  layout.number = page.number;
  layout.width = page.width;
  layout.height = page.height;
  // Glyphs sorted once: by reading direction, and slanted ones by their baseline's angle.
  std::array<std::vector<Glyph>, 4> by_dir;
  std::map<long, std::vector<Glyph>> by_angle;
  for (const Glyph& g : page.glyphs) {
    if (slanted(g, params)) {
      const long degrees = std::lround(g.angle);
      by_angle[degrees].push_back(levelled(g, static_cast<double>(degrees)));
    } else if (g.dir >= 0 && g.dir < 4) {
      by_dir[static_cast<size_t>(g.dir)].push_back(g);
    }
  }
  // Each reading direction is laid out on its own; rotated text follows the upright text.
  for (int dir = 0; dir < 4; ++dir) {
    const std::vector<Glyph>& glyphs = by_dir[static_cast<size_t>(dir)];
    if (glyphs.empty()) continue;
    // Rules are on the upright page, so they only apply to upright text.
    const std::vector<Rule> no_rules;
    const std::vector<Rule>& rules = dir == 0 ? page.rules : no_rules;
    std::vector<Line> lines = lines_from_words(words_from_glyphs(glyphs, params), rules, params);
    for (LayoutItem& it : layout_lines(std::move(lines), rules, page.shades, params, dir == 0)) {
      layout.items.push_back(std::move(it));
    }
  }
  if (!by_angle.empty()) lay_out_slanted_text(by_angle, by_dir, params, layout);
  return layout;
}

}  // namespace ehcpqa::pdf
