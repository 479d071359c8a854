#include "templates/section_finder.h"

#include <set>

#include <fmt/format.h>

#include "text/config_file.h"
#include "text/normalize.h"

namespace ehcpqa {
namespace {

// The text of the pattern's (?P<code>...) group, empty when the pattern does not match.
std::string code_group(const RE2& pattern, const std::string& text) {
  const int index = pattern.NamedCapturingGroups().at("code");
  std::vector<re2::StringPiece> groups(static_cast<size_t>(index) + 1);
  if (!pattern.Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(),
                     static_cast<int>(groups.size()))) {
    return {};
  }
  return std::string(groups[static_cast<size_t>(index)]);
}

}  // namespace

bool is_heading_candidate(const Unit& unit, size_t max_chars) {
  if (unit.heading_level == 0 && !unit.bold) return false;
  if (unit.text.size() > max_chars) return false;
  // Word's contents entries use "toc 1".."toc 9"; they repeat the headings, not start sections.
  const std::string style = text::fold(unit.style_name);
  return style.rfind("toc", 0) != 0;
}

LayoutMatch find_sections(const std::vector<Unit>& units, const LayoutProfile& profile) {
  struct Heading {
    size_t unit;
    std::string code;
  };
  std::vector<Heading> headings;
  for (size_t i = 0; i < units.size(); ++i) {
    const Unit& unit = units[i];
    if (!is_heading_candidate(unit, profile.max_heading_chars)) continue;
    const std::string tidy = text::tidy(unit.text);
    for (const auto& pattern : profile.heading_patterns) {
      std::string code = normalise_section_code(code_group(*pattern, tidy));
      if (!code.empty()) {
        headings.push_back(Heading{i, code});
        break;
      }
    }
  }

  LayoutMatch match;
  match.profile = &profile;
  match.front_end = headings.empty() ? units.size() : headings.front().unit;
  for (size_t k = 0; k < headings.size(); ++k) {
    const size_t first = headings[k].unit + 1;
    const size_t last = k + 1 < headings.size() ? headings[k + 1].unit : units.size();
    Section* existing = nullptr;
    for (Section& s : match.sections) {
      if (s.code == headings[k].code) existing = &s;
    }
    if (!existing) {
      Section s;
      s.code = headings[k].code;
      s.title = text::tidy(units[headings[k].unit].text);
      s.heading = units[headings[k].unit].location;
      match.sections.push_back(std::move(s));
      existing = &match.sections.back();
    }
    existing->ranges.emplace_back(first, last);
  }
  std::set<std::string> found;
  for (const Section& s : match.sections) {
    if (s.code == "H") {
      found.insert("H1");
      found.insert("H2");
    } else {
      found.insert(s.code);
    }
  }
  match.codes_found = static_cast<int>(found.size());
  match.confidence = static_cast<double>(match.codes_found) / 12.0;
  return match;
}

LayoutMatch choose_layout(const std::vector<Unit>& units, const std::vector<LayoutProfile>& profiles,
                          const std::string& forced) {
  if (!forced.empty()) {
    for (const LayoutProfile& p : profiles) {
      if (p.name == forced) return find_sections(units, p);
    }
    std::string names;
    for (const LayoutProfile& p : profiles) names += (names.empty() ? "" : ", ") + p.name;
    throw ConfigError(fmt::format("unknown layout '{}' (known layouts: {})", forced, names));
  }
  LayoutMatch best;
  best.front_end = units.size();
  for (const LayoutProfile& p : profiles) {
    LayoutMatch m = find_sections(units, p);
    if (m.codes_found > best.codes_found) best = std::move(m);
  }
  return best;
}

}  // namespace ehcpqa
