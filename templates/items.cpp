#include "templates/items.h"

#include <algorithm>
#include <functional>
#include <optional>

#include <fmt/format.h>

#include "text/config_file.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/uk_date.h"

namespace ehcpqa {
namespace {

// A bold paragraph this short, outside tables and lists, is a sub-heading, not an item.
constexpr size_t kMaxSubHeadingChars = 100;

std::string trim_separators(std::string_view s) {
  const char* junk = " \t|;,:-()";
  const size_t b = s.find_first_not_of(junk);
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(junk);
  std::string out(s.substr(b, e - b + 1));
  // Keep a closing bracket that closes something inside ("Smith (parent)").
  if (e + 1 < s.size() && s[e + 1] == ')' && out.find('(') != std::string::npos) out += ')';
  return out;
}

// A paragraph's sentences; a full stop inside brackets ("(Read Write Inc. Fresh Start)")
// does not end one.
std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  int open = 0;
  for (const text::Span& s : text::sentences(text)) {
    const std::string piece = text.substr(s.offset, s.length);
    if (open > 0 && !out.empty()) out.back() += " " + piece;
    else out.push_back(piece);
    for (char c : piece) open += c == '(' ? 1 : c == ')' ? -1 : 0;
    open = std::max(open, 0);
  }
  return out;
}

// One paragraph, list item or table row of a section, in reading order.
struct Entry {
  enum class Kind { paragraph, list, row } kind = Kind::paragraph;
  std::vector<size_t> units;
  int level = 0;
};

struct Segment {
  std::vector<Entry> entries;
  bool has_table = false;  // paragraphs beside a table introduce or sign it; they are not items
};

// Grid columns [first, last) of a K table and what each holds.
struct AdviceColumns {
  struct Column {
    int first, last;
    std::string role;  // title, author, date or ""
  };
  std::vector<Column> columns;
  std::string at(int grid_col) const {
    for (const Column& c : columns) {
      if (grid_col >= c.first && grid_col < c.last) return c.role;
    }
    return {};
  }
};

}  // namespace

ItemSplitter ItemSplitter::load(const std::string& path) {
  const YAML::Node root = load_yaml_file(path);
  check_keys(path, root, {"kinds", "not_items", "advice_columns"});
  ItemSplitter s;
  const YAML::Node kinds = root["kinds"];
  if (!kinds || !kinds.IsMap()) config_fail(path, root, "'kinds' must map section codes to outcome, provision or advice");
  for (const auto& entry : kinds) {
    const std::string code = entry.first.as<std::string>();
    const std::string kind = entry.second.as<std::string>();
    if (kind == "outcome") s.kinds_[code] = ItemKind::outcome;
    else if (kind == "provision") s.kinds_[code] = ItemKind::provision;
    else if (kind == "advice") s.kinds_[code] = ItemKind::advice;
    else config_fail(path, entry.second, fmt::format("'{}' is not outcome, provision or advice", kind));
  }
  for (const YAML::Node& p : root["not_items"]) {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>(p.as<std::string>(), options);
    if (!re->ok()) config_fail(path, p, fmt::format("bad pattern: {}", re->error()));
    s.not_items_.push_back(std::move(re));
  }
  if (const YAML::Node columns = root["advice_columns"]) {
    check_keys(path, columns, {"title", "author", "date"});
    for (const auto& entry : columns) {
      for (Wording& w : read_wordings(path, entry.second, entry.first.as<std::string>())) {
        s.advice_columns_.push_back(std::move(w));
      }
    }
  }
  return s;
}

bool ItemSplitter::is_not_item(const std::string& text) const {
  const std::string folded = text::fold(text);
  if (text::is_blank(folded)) return true;
  for (const auto& re : not_items_) {
    if (RE2::PartialMatch(folded, *re)) return true;
  }
  return false;
}

Advice ItemSplitter::advice_from_text(const std::string& raw) {
  Advice a;
  std::string text = text::tidy(raw);
  const auto dates = text::find_dates(text);
  if (!dates.empty()) {
    const text::DateMatch& last = dates.back();
    a.date = last.date;
    text = text.substr(0, last.offset) + " " + text.substr(last.offset + last.length);
  }
  text = trim_separators(text);
  size_t cut = std::string::npos, skip = 0;
  for (const char* sep : {" - ", ": ", ", "}) {
    const size_t at = text.find(sep);
    if (at != std::string::npos && at < cut) {
      cut = at;
      skip = std::char_traits<char>::length(sep);
    }
  }
  if (cut == std::string::npos) {
    a.title = text;
  } else {
    a.title = trim_separators(text.substr(0, cut));
    a.author = trim_separators(text.substr(cut + skip));
  }
  return a;
}

namespace {

class SectionSplit {
 public:
  SectionSplit(Plan& plan, const std::string& code, ItemKind kind, const AreaVocabulary& areas,
               const std::vector<Wording>& advice_columns, const std::function<bool(const std::string&)>& not_item)
      : plan_(plan), code_(code), kind_(kind), areas_(areas), advice_columns_(advice_columns), not_item_(not_item) {}

  void run() {
    std::vector<size_t> idx;
    for (size_t i = 0; i < plan_.units.size(); ++i) {
      if (plan_.units[i].section == code_) idx.push_back(i);
    }
    // Paragraphs before a section's first list or table introduce it ("The outcomes below
    // run to July 2027."); they are not items.
    size_t first_structured = idx.size();
    for (size_t k = 0; k < idx.size(); ++k) {
      const Unit& u = plan_.units[idx[k]];
      if (u.role == UnitRole::content && !text::is_blank(u.text) && (u.list_level >= 0 || u.outer_table >= 0)) {
        first_structured = k;
        break;
      }
    }
    Segment seg;
    int last_table = -1;
    for (size_t k = 0; k < idx.size();) {
      const Unit& u = plan_.units[idx[k]];
      if (u.outer_table >= 0 && u.outer_table != last_table) seg.has_table = true;
      last_table = u.outer_table >= 0 ? u.outer_table : last_table;
      if (u.role != UnitRole::content || u.heading_level > 0) {
        flush(seg);
        // An area title inside a table leaves us beside that table; a section heading in a
        // shaded bar (a table of its own) does not.
        seg.has_table = u.outer_table >= 0 && u.role != UnitRole::section_heading;
        ++k;
        continue;
      }
      if (text::is_blank(u.text)) {
        ++k;
        continue;
      }
      if (u.outer_table < 0) {
        if (u.bold && u.list_level < 0 && text::tidy(u.text).size() <= kMaxSubHeadingChars) {
          flush(seg);
          ++k;
          continue;
        }
        if (first_structured < idx.size() && k < first_structured && u.list_level < 0) {
          ++k;
          continue;
        }
        seg.entries.push_back(entry_of(idx[k]));
        ++k;
        continue;
      }
      // A table: a cell of a column-per-section table, or a row of a one-section table.
      size_t end = k;
      if (u.by_column) {
        while (end < idx.size() && same_cell(plan_.units[idx[end]], u)) ++end;
        Segment cell;
        for (size_t j = k; j < end; ++j) add_plain(cell, idx[j]);
        flush(cell);
      } else {
        while (end < idx.size() && same_row(plan_.units[idx[end]], u) && !plan_.units[idx[end]].by_column) ++end;
        row(seg, std::vector<size_t>(idx.begin() + static_cast<long>(k), idx.begin() + static_cast<long>(end)));
      }
      k = end;
    }
    flush(seg);
  }

 private:
  static bool same_row(const Unit& a, const Unit& b) { return a.outer_table == b.outer_table && a.outer_row == b.outer_row; }
  static bool same_cell(const Unit& a, const Unit& b) { return same_row(a, b) && a.outer_cell == b.outer_cell; }

  Entry entry_of(size_t unit) const {
    const Unit& u = plan_.units[unit];
    Entry e;
    e.kind = u.list_level >= 0 ? Entry::Kind::list : Entry::Kind::paragraph;
    e.level = std::max(0, u.list_level);
    e.units.push_back(unit);
    return e;
  }

  // Content units of one cell, sub-headings and area titles left out.
  void add_plain(Segment& seg, size_t unit) const {
    const Unit& u = plan_.units[unit];
    if (u.role != UnitRole::content || u.heading_level > 0 || text::is_blank(u.text)) return;
    seg.entries.push_back(entry_of(unit));
  }

  void row(Segment& seg, const std::vector<size_t>& units) {
    std::vector<size_t> content;
    bool header = false, all_bold = true;
    for (size_t i : units) {
      const Unit& u = plan_.units[i];
      header = header || u.header_row;
      if (u.role != UnitRole::content || text::is_blank(u.text)) continue;
      all_bold = all_bold && u.bold;
      content.push_back(i);
    }
    if (content.empty()) return;
    const Unit& first = plan_.units[content.front()];
    if (kind_ == ItemKind::advice && read_advice_header(content)) return;
    if (header || (all_bold && first.row_cells > 1)) return;
    int cells = 0, last_cell = -1;
    for (size_t i : content) {
      if (plan_.units[i].outer_cell != last_cell) ++cells;
      last_cell = plan_.units[i].outer_cell;
    }
    if (cells >= 2) {
      Entry e;
      e.kind = Entry::Kind::row;
      e.units = content;
      seg.entries.push_back(std::move(e));
      seg.has_table = true;
      return;
    }
    // One cell with text: its paragraphs and lists are read as if outside a table.
    Segment cell;
    for (size_t i : content) add_plain(cell, i);
    flush(cell);
  }

  // A K table's header row names its columns; true when `content` is one.
  bool read_advice_header(const std::vector<size_t>& content) {
    AdviceColumns cols;
    int matched = 0, last_cell = -1;
    for (size_t i : content) {
      const Unit& u = plan_.units[i];
      if (u.outer_cell == last_cell) continue;
      last_cell = u.outer_cell;
      const Wording* w = longest_match(text::fold(first_line(u.text)), advice_columns_);
      cols.columns.push_back({u.grid_col, u.grid_col + u.col_span, w ? w->value : ""});
      matched += w ? 1 : 0;
    }
    bool has_date = false, has_other = false;
    for (const auto& c : cols.columns) {
      has_date = has_date || c.role == "date";
      has_other = has_other || c.role == "title" || c.role == "author";
    }
    if (matched < 2 || !has_date || !has_other) return false;
    advice_columns_by_table_[plan_.units[content.front()].outer_table] = std::move(cols);
    return true;
  }

  void flush(Segment& seg) {
    if (seg.entries.empty()) return;
    bool has_rows = seg.has_table;
    int base_level = 1 << 20;
    for (const Entry& e : seg.entries) {
      has_rows = has_rows || e.kind == Entry::Kind::row;
      if (e.kind == Entry::Kind::list) base_level = std::min(base_level, e.level);
    }
    bool list_open = false;  // deeper list levels add to the last list item
    size_t open_index = 0;
    for (const Entry& e : seg.entries) {
      const Unit& u = plan_.units[e.units.front()];
      if (e.kind == Entry::Kind::row) {
        list_open = false;
        emit_row(e);
        continue;
      }
      announcing_row_.reset();
      const std::string text = text::tidy(u.text);
      if (e.kind == Entry::Kind::list) {
        if (e.level > base_level && list_open) {
          items()[open_index].text += " " + text;
          continue;
        }
        list_open = false;
        if (text.ends_with(':')) continue;
        if (emit(text, e.units.front())) {
          list_open = true;
          open_index = items().size() - 1;
        }
        continue;
      }
      list_open = false;
      if (has_rows || text.ends_with(':')) continue;
      if (kind_ == ItemKind::advice) {
        emit(text, e.units.front());
        continue;
      }
      for (const std::string& sentence : sentences_of(text)) emit(sentence, e.units.front());
    }
    seg.entries.clear();
    seg.has_table = false;
    announcing_row_.reset();
  }

  std::vector<Item>& items() { return plan_.items; }

  std::string area_of(const Unit& u) const { return u.area.empty() ? areas_.section_area(code_) : u.area; }

  // Adds one item (and its advice entry in K); false when the text is not an item.
  bool emit(const std::string& text, size_t unit) {
    if (not_item_(text)) return false;
    const Unit& u = plan_.units[unit];
    plan_.items.push_back(Item{code_, kind_ == ItemKind::advice ? "" : area_of(u), kind_, text, u.location, unit});
    if (kind_ == ItemKind::advice) {
      Advice a = ItemSplitter::advice_from_text(text);
      a.location = u.location;
      plan_.advice.push_back(std::move(a));
    }
    return true;
  }

  void emit_row(const Entry& e) {
    std::string joined;
    const AdviceColumns* cols = nullptr;
    if (auto it = advice_columns_by_table_.find(plan_.units[e.units.front()].outer_table);
        it != advice_columns_by_table_.end()) {
      cols = &it->second;
    }
    int last_cell = -1;
    std::vector<std::string> cells;
    std::vector<std::string> roles;
    for (size_t i : e.units) {
      const Unit& u = plan_.units[i];
      const std::string t = text::tidy(u.text);
      if (u.outer_cell != last_cell) {
        cells.push_back(t);
        roles.push_back(cols ? cols->at(u.grid_col) : "");
      } else {
        cells.back() += " " + t;
      }
      last_cell = u.outer_cell;
    }
    for (const std::string& c : cells) joined += (joined.empty() ? "" : " | ") + c;
    const Unit& first = plan_.units[e.units.front()];
    // Short rows after a row with a cell ending in ':' are the list or small timetable that
    // cell announced ("2 sessions a week:" then "Monday | 08:40-09:10 | Learning Hub"): part
    // of that row's item, not items of their own.
    if (announcing_row_ && kind_ != ItemKind::advice && text::word_count(cells.front()) <= 3) {
      items()[*announcing_row_].text += " | " + joined;
      return;
    }
    announcing_row_.reset();
    if (not_item_(joined)) return;
    plan_.items.push_back(Item{code_, kind_ == ItemKind::advice ? "" : area_of(first), kind_, joined, first.location,
                               e.units.front()});
    if (std::any_of(cells.begin(), cells.end(), [](const std::string& c) { return !c.empty() && c.back() == ':'; })) {
      announcing_row_ = items().size() - 1;
    }
    if (kind_ != ItemKind::advice) return;
    Advice a;
    a.location = first.location;
    if (cols) {
      for (size_t c = 0; c < cells.size(); ++c) {
        if (roles[c] == "title" && a.title.empty()) a.title = cells[c];
        else if (roles[c] == "author" && a.author.empty()) a.author = cells[c];
        else if (roles[c] == "date" && !a.date) a.date = text::first_date(cells[c]);
      }
    } else {
      // No header: the first cell names the advice, a cell with a date dates it, and the
      // next other cell says who gave it.
      a.title = cells.front();
      for (size_t c = 1; c < cells.size(); ++c) {
        const auto d = text::first_date(cells[c]);
        if (d && !a.date && cells[c].size() <= 40) a.date = d;
        else if (a.author.empty()) a.author = cells[c];
      }
    }
    plan_.advice.push_back(std::move(a));
  }

  Plan& plan_;
  const std::string code_;
  const ItemKind kind_;
  const AreaVocabulary& areas_;
  const std::vector<Wording>& advice_columns_;
  const std::function<bool(const std::string&)>& not_item_;
  std::map<int, AdviceColumns> advice_columns_by_table_;
  std::optional<size_t> announcing_row_;  // the row item whose cell ends in ':', while its rows go on
};

}  // namespace

void ItemSplitter::split(Plan& plan, const AreaVocabulary& areas) const {
  plan.items.clear();
  plan.advice.clear();
  const std::function<bool(const std::string&)> not_item = [this](const std::string& t) { return is_not_item(t); };
  for (const Section& section : plan.sections) {
    auto kind = kinds_.find(section.code);
    if (kind == kinds_.end()) continue;
    SectionSplit(plan, section.code, kind->second, areas, advice_columns_, not_item).run();
  }
  // Sections are split one after another; items read best in document order.
  std::stable_sort(plan.items.begin(), plan.items.end(), [](const Item& a, const Item& b) { return a.unit < b.unit; });
  std::stable_sort(plan.advice.begin(), plan.advice.end(),
                   [](const Advice& a, const Advice& b) { return a.location.block < b.location.block; });
}

}  // namespace ehcpqa
