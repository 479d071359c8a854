// Layout profiles: how one family of plan layouts marks its sections. Each is a YAML file
// under templates/layouts/, loaded at start-up, so an authority adds its own layout without
// recompiling (see templates/README.md for the schema).
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "templates/wording.h"

namespace ehcpqa {

struct LayoutProfile {
  std::string name;
  std::string description;
  std::string path;  // the YAML file it came from
  size_t max_heading_chars = 160;
  // Case-insensitive RE2 patterns, each with a named group (?P<code>...) holding the section
  // code as written ("b", "H1", "H1 and H2").
  std::vector<std::unique_ptr<RE2>> heading_patterns;
  // Heading wordings that name a section without its letter ("All about me" -> A), matched
  // after any numbering ("2.", "Section 3:", "Part 4 -"). Value: the section code.
  std::vector<Wording> heading_titles;
  // Table header cells that name the section of their column ("B - Special educational
  // needs", "Outcomes"): patterns with a code group, and wordings (value: the code).
  std::vector<std::unique_ptr<RE2>> column_patterns;
  std::vector<Wording> column_titles;
  // Headings after which the plan is over: a sign-off block, not part of Section K.
  std::vector<Wording> back_matter;
  // Extra words this layout uses to name areas of need (value: the area key).
  std::vector<Wording> areas;
};

// Loads every *.yaml in `folder`, sorted by file name. Throws ConfigError with file:line on
// a malformed profile. `area_keys`, when given, are the area keys a profile may use.
std::vector<LayoutProfile> load_layout_profiles(const std::string& folder,
                                                const std::set<std::string>& area_keys = {});
LayoutProfile load_layout_profile(const std::string& path, const std::set<std::string>& area_keys = {});

// "b" -> "B", "h 1" -> "H1", "H1 and H2" -> "H", "h" -> "H"; empty when not a section code.
std::string normalise_section_code(const std::string& written);

// The text of the pattern's (?P<code>...) group, normalised; empty when it does not match.
std::string code_from(const RE2& pattern, const std::string& text);

}  // namespace ehcpqa
