#include "templates/areas.h"

#include <map>

#include <fmt/format.h>

#include "templates/layout_profile.h"
#include "text/config_file.h"
#include "text/normalize.h"

namespace ehcpqa {
namespace {

// Longest titles that still read as a title rather than a sentence.
constexpr size_t kMaxTitleChars = 100;

bool in_title_row(const Unit& u) { return u.outer_table >= 0 && u.row_cells == 1 && u.table_cols > 1; }

}  // namespace

AreaVocabulary AreaVocabulary::load(const std::string& path) {
  const YAML::Node root = load_yaml_file(path);
  check_keys(path, root, {"areas", "section_areas", "tagged_sections", "template_guidance"});
  AreaVocabulary v;
  for (const YAML::Node& line : root["template_guidance"]) {
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_shared<RE2>(line.as<std::string>(), options);
    if (!re->ok()) config_fail(path, line, fmt::format("bad pattern: {}", re->error()));
    v.guidance_.push_back(std::move(re));
  }
  const YAML::Node areas = root["areas"];
  if (!areas || !areas.IsSequence()) config_fail(path, root, "'areas' must list the areas of need");
  for (const YAML::Node& area : areas) {
    check_keys(path, area, {"key", "name", "wordings"});
    const std::string key = required_string(path, area, "key");
    const std::string name = required_string(path, area, "name");
    for (const auto& [k, n] : v.names_) {
      if (k == key) config_fail(path, area["key"], fmt::format("area '{}' is listed twice", key));
    }
    if (!area["wordings"]) config_fail(path, area, "'wordings' is required");
    v.names_.emplace_back(key, name);
    for (Wording& w : read_wordings(path, area["wordings"], key)) v.wordings_.push_back(std::move(w));
  }
  if (const YAML::Node tagged = root["tagged_sections"]) {
    if (!tagged.IsSequence()) config_fail(path, tagged, "'tagged_sections' must list section codes");
    for (const YAML::Node& c : tagged) {
      const std::string code = normalise_section_code(c.as<std::string>());
      if (code.empty()) config_fail(path, c, "not a section code (A to K, H1, H2 or H)");
      v.tagged_sections_.insert(code);
    }
  }
  if (const YAML::Node sections = root["section_areas"]) {
    if (!sections.IsMap()) config_fail(path, sections, "'section_areas' must map section codes to areas");
    for (const auto& entry : sections) {
      const std::string code = normalise_section_code(entry.first.as<std::string>());
      if (code.empty()) config_fail(path, entry.first, "not a section code (A to K, H1, H2 or H)");
      const std::string key = entry.second.as<std::string>();
      if (!v.keys().count(key)) config_fail(path, entry.second, fmt::format("unknown area '{}'", key));
      v.section_areas_[code] = key;
    }
  }
  return v;
}

std::set<std::string> AreaVocabulary::keys() const {
  std::set<std::string> out;
  for (const auto& [key, name] : names_) out.insert(key);
  return out;
}

std::string AreaVocabulary::name_of(const std::string& key) const {
  for (const auto& [k, name] : names_) {
    if (k == key) return name;
  }
  return key;
}

std::string AreaVocabulary::section_area(const std::string& code) const {
  auto it = section_areas_.find(code);
  return it == section_areas_.end() ? "" : it->second;
}

std::string AreaVocabulary::named_by(const std::string& text, const std::vector<Wording>& profile_wordings) const {
  const std::string folded = text::fold(strip_numbering(first_line(text::tidy(text))));
  const Wording* own = longest_match(folded, profile_wordings);
  const Wording* shared = longest_match(folded, wordings_);
  if (own && (!shared || own->folded.size() >= shared->folded.size())) return own->value;
  return shared ? shared->value : "";
}

bool AreaVocabulary::is_guidance(const std::string& text) const {
  for (const auto& re : guidance_) {
    if (RE2::PartialMatch(text, *re)) return true;
  }
  return false;
}

void AreaVocabulary::tag(std::vector<Unit>& units, const LayoutProfile* profile) const {
  static const std::vector<Wording> none;
  const std::vector<Wording>& own = profile ? profile->areas : none;

  // A table with a column per section (C | G | E) is about that section's own area when
  // it names no other: a health table's outcomes are health outcomes.
  std::map<int, std::string> table_area;
  for (const Unit& u : units) {
    if (u.role != UnitRole::column_header || table_area.count(u.outer_table)) continue;
    const std::string area = section_area(u.section);
    if (!area.empty()) table_area[u.outer_table] = area;
  }

  const Unit* title = nullptr;  // the unit before, when it was an area title
  std::string area;      // named by the last area title
  int area_table = -1;   // the table that title sat in, -1 outside tables
  int last_table = -1;
  int label_table = -1, label_row = -1;  // the row an area row label names
  std::string label_area;
  for (Unit& u : units) {
    if (u.outer_table != last_table) {
      if (area_table >= 0) {
        area.clear();
        area_table = -1;
      }
      last_table = u.outer_table;
    }
    if (u.role == UnitRole::section_heading) {
      area.clear();
      area_table = -1;
      continue;
    }
    if (u.role == UnitRole::column_header || !tagged_sections_.count(u.section)) continue;
    // Guidance right after an area title, in the same cell (or both outside tables), is part
    // of the title: a Word template keeps them in one paragraph, its PDF in two.
    const Unit* after = title;
    title = nullptr;
    if (after && after->outer_table == u.outer_table && after->outer_row == u.outer_row &&
        after->outer_cell == u.outer_cell && is_guidance(u.text)) {
      u.role = UnitRole::area_title;
      u.area = after->area;
      title = &u;  // guidance may run to several paragraphs
      continue;
    }

    const bool titled = u.heading_level > 0 || u.bold || u.shaded;
    const bool short_title = text::tidy(u.text).size() <= kMaxTitleChars ||
                             (in_title_row(u) && first_line(u.text).size() <= kMaxTitleChars);
    // A header row labels columns; it does not name an area ("Preparing for adulthood area").
    if (!u.by_column && !u.header_row && u.list_level < 0 && (titled || in_title_row(u)) && short_title) {
      const std::string key = named_by(u.text, own);
      if (!key.empty()) {
        area = key;
        area_table = u.outer_table;
        u.role = UnitRole::area_title;
        u.area = key;
        title = &u;
        continue;
      }
      // A sub-heading naming something else ends the area ("Staff training" after
      // "Communication and interaction"); inside tables, titles such as "Strengths" do not.
      if (u.outer_table < 0 && titled) {
        area.clear();
        area_table = -1;
      }
    }
    // A row label: the first cell of a row naming an area and nothing more ("Employment
    // (preparing for adulthood)", "Social, emotional and mental health; community"); the rest
    // of the row is in that area.
    if (u.outer_table >= 0 && u.grid_col == 0 && u.row_cells >= 2 && !u.header_row && !u.by_column) {
      const std::string folded = text::fold(u.text);
      const std::string key = folded.size() <= kMaxTitleChars ? named_by(u.text, own) : "";
      if (!key.empty()) {
        const Wording* w = longest_match(folded, own);
        const Wording* s = longest_match(folded, wordings_);
        const size_t used = std::max(w ? w->folded.size() : 0, s ? s->folded.size() : 0);
        const std::string rest = folded.substr(std::min(used, folded.size()));
        // Nothing more, a bracket, or a list of areas of which this is the first.
        if (rest.empty() || rest.find_first_of("(:;,/") == 0 || rest.rfind(" (", 0) == 0 || rest.rfind(" -", 0) == 0) {
          label_table = u.outer_table;
          label_row = u.outer_row;
          label_area = key;
          u.role = UnitRole::area_title;
          u.area = key;
          continue;
        }
      }
    }
    if (u.outer_table >= 0 && u.outer_table == label_table && u.outer_row == label_row) {
      u.area = label_area;
    } else if (!area.empty()) {
      u.area = area;
    } else if (auto it = table_area.find(u.outer_table); it != table_area.end() && u.outer_table >= 0) {
      u.area = it->second;
    }
  }
}

}  // namespace ehcpqa
