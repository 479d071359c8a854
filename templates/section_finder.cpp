#include "templates/section_finder.h"

#include <optional>
#include <set>

#include <fmt/format.h>

#include "text/config_file.h"
#include "text/normalize.h"

namespace ehcpqa {
namespace {

// A header row's grid columns and the sections they name ("" for a column naming none).
struct ColumnMap {
  struct Column {
    int first, last;  // grid columns [first, last)
    std::string code;
  };
  std::vector<Column> columns;

  std::string at(int grid_col) const {
    for (const Column& c : columns) {
      if (grid_col >= c.first && grid_col < c.last) return c.code;
    }
    return {};
  }
  int distinct_codes() const {
    std::set<std::string> codes;
    for (const Column& c : columns) {
      if (!c.code.empty()) codes.insert(c.code);
    }
    return static_cast<int>(codes.size());
  }
};

std::string column_code(const std::string& tidy, const LayoutProfile& profile) {
  for (const auto& pattern : profile.column_patterns) {
    std::string code = code_from(*pattern, tidy);
    if (!code.empty()) return code;
  }
  if (const Wording* w = longest_match(text::fold(strip_numbering(tidy)), profile.column_titles)) return w->value;
  return {};
}

// The sections the cells of row [first, last) name, by each cell's first paragraph.
ColumnMap header_map(const std::vector<Unit>& units, size_t first, size_t last, const LayoutProfile& profile) {
  ColumnMap map;
  if (profile.column_patterns.empty() && profile.column_titles.empty()) return map;
  int seen_cell = -1;
  for (size_t j = first; j < last; ++j) {
    const Unit& u = units[j];
    if (u.outer_cell == seen_cell) continue;
    seen_cell = u.outer_cell;
    map.columns.push_back({u.grid_col, u.grid_col + u.col_span, column_code(text::tidy(first_line(u.text)), profile)});
  }
  return map;
}

class Finder {
 public:
  Finder(const std::vector<Unit>& units, const LayoutProfile& profile) : units_(units), profile_(profile) {
    match_.profile = &profile;
    match_.unit_sections.assign(units.size(), "");
    match_.roles.assign(units.size(), UnitRole::content);
    match_.by_column.assign(units.size(), false);
  }

  LayoutMatch run() {
    int map_table = -1;
    ColumnMap map;
    for (size_t i = 0; i < units_.size();) {
      const Unit& u = units_[i];
      if (u.outer_table != map_table) {
        map = {};
        map_table = u.outer_table;
      }
      if (u.outer_table < 0) {
        place(i, map);
        ++i;
        continue;
      }
      size_t end = i;
      while (end < units_.size() && units_[end].outer_table == u.outer_table && units_[end].outer_row == u.outer_row) ++end;
      ColumnMap header = header_map(units_, i, end, profile_);
      if (header.distinct_codes() >= 2) {
        // A header row: each cell labels its column; the rows below follow it.
        map = std::move(header);
        for (size_t j = i; j < end; ++j) {
          const std::string code = map.at(units_[j].grid_col);
          match_.unit_sections[j] = code.empty() ? current_ : code;
          if (code.empty()) continue;
          match_.roles[j] = UnitRole::column_header;
          open_section(code, units_[j]);
        }
      } else {
        for (size_t j = i; j < end; ++j) place(j, map);
      }
      i = end;
    }
    finish();
    return std::move(match_);
  }

 private:
  void open_section(const std::string& code, const Unit& unit) {
    for (const Section& s : match_.sections) {
      if (s.code == code) return;
    }
    match_.sections.push_back(Section{code, text::tidy(first_line(unit.text)), unit.location});
  }

  void place(size_t j, const ColumnMap& map) {
    const Unit& u = units_[j];
    const bool title_row = u.row_cells == 1 && u.table_cols > 1;
    if (!map.columns.empty() && !title_row) {
      const std::string code = map.at(u.grid_col);
      if (!code.empty()) {
        match_.unit_sections[j] = code;
        match_.by_column[j] = true;
        return;
      }
    }
    if (is_heading_candidate(u, profile_.max_heading_chars)) {
      const std::string tidy = text::tidy(u.text);
      const std::string code = heading_code(u, profile_);
      if (!code.empty()) {
        current_ = code;
        in_back_matter_ = false;
        match_.roles[j] = UnitRole::section_heading;
        match_.unit_sections[j] = code;
        open_section(code, u);
        return;
      }
      if (longest_match(text::fold(first_line(tidy)), profile_.back_matter)) {
        in_back_matter_ = true;
        back_heading_ = j;
        current_.clear();
        return;
      }
    }
    match_.unit_sections[j] = in_back_matter_ ? "" : current_;
  }

  void finish() {
    const size_t n = units_.size();
    match_.front_end = n;
    size_t last_in_section = 0;
    bool any = false;
    for (size_t j = 0; j < n; ++j) {
      if (match_.unit_sections[j].empty()) continue;
      if (!any) match_.front_end = j;
      any = true;
      last_in_section = j;
    }
    match_.back_start = n;
    if (any && back_heading_ && *back_heading_ > last_in_section) match_.back_start = *back_heading_;
    std::set<std::string> found;
    for (const Section& s : match_.sections) {
      if (s.code == "H") {
        found.insert("H1");
        found.insert("H2");
      } else {
        found.insert(s.code);
      }
    }
    match_.codes_found = static_cast<int>(found.size());
    match_.confidence = static_cast<double>(match_.codes_found) / 12.0;
  }

  const std::vector<Unit>& units_;
  const LayoutProfile& profile_;
  LayoutMatch match_;
  std::string current_;  // the section the last heading started
  bool in_back_matter_ = false;
  std::optional<size_t> back_heading_;
};

}  // namespace

void LayoutMatch::apply(Plan& plan) const {
  plan.layout = profile ? profile->name : "unknown";
  plan.layout_confidence = confidence;
  plan.layout_scores = scores;
  plan.sections = sections;
  plan.front_end = front_end;
  plan.back_start = back_start;
  for (size_t i = 0; i < plan.units.size() && i < unit_sections.size(); ++i) {
    plan.units[i].section = unit_sections[i];
    plan.units[i].role = roles[i];
    plan.units[i].by_column = by_column[i];
  }
}

bool is_heading_candidate(const Unit& unit, size_t max_chars) {
  if (unit.heading_level == 0 && !unit.bold && !unit.shaded) return false;
  if (unit.text.size() > max_chars) return false;
  // Word's contents entries use "toc 1".."toc 9"; they repeat the headings, not start sections.
  const std::string style = text::fold(unit.style_name);
  return style.rfind("toc", 0) != 0;
}

std::string heading_code(const Unit& unit, const LayoutProfile& profile) {
  const std::string text = text::tidy(unit.text);
  for (const auto& pattern : profile.heading_patterns) {
    std::string code = code_from(*pattern, text);
    if (!code.empty()) return code;
  }
  if (profile.heading_titles.empty() || (unit.outer_table >= 0 && unit.row_cells > 1)) return {};
  if (const Wording* w = longest_match(text::fold(strip_numbering(first_line(text))), profile.heading_titles)) {
    return w->value;
  }
  return {};
}

LayoutMatch find_sections(const std::vector<Unit>& units, const LayoutProfile& profile) {
  return Finder(units, profile).run();
}

LayoutMatch choose_layout(const std::vector<Unit>& units, const std::vector<LayoutProfile>& profiles,
                          const std::string& forced) {
  std::vector<LayoutScore> scores;
  if (!forced.empty()) {
    for (const LayoutProfile& p : profiles) {
      if (p.name != forced) continue;
      LayoutMatch m = find_sections(units, p);
      m.scores.push_back(LayoutScore{p.name, m.codes_found});
      return m;
    }
    std::string names;
    for (const LayoutProfile& p : profiles) names += (names.empty() ? "" : ", ") + p.name;
    throw ConfigError(fmt::format("unknown layout '{}' (known layouts: {})", forced, names));
  }
  LayoutMatch best;
  best.unit_sections.assign(units.size(), "");
  best.roles.assign(units.size(), UnitRole::content);
  best.by_column.assign(units.size(), false);
  best.front_end = units.size();
  best.back_start = units.size();
  for (const LayoutProfile& p : profiles) {
    LayoutMatch m = find_sections(units, p);
    scores.push_back(LayoutScore{p.name, m.codes_found});
    if (m.codes_found > best.codes_found) best = std::move(m);
  }
  best.scores = std::move(scores);
  return best;
}

}  // namespace ehcpqa
