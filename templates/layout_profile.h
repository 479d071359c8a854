// Layout profiles: how one family of plan layouts writes its section headings. Each is a
// YAML file under templates/layouts/, loaded at start-up, so an authority adds its own
// layout without recompiling (see templates/README.md).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>

namespace ehcpqa {

struct LayoutProfile {
  std::string name;
  std::string description;
  std::string path;  // the YAML file it came from
  size_t max_heading_chars = 160;
  // Case-insensitive RE2 patterns, each with a named group (?P<code>...) holding the section
  // code as written ("b", "H1", "H1 and H2").
  std::vector<std::unique_ptr<RE2>> heading_patterns;
};

// Loads every *.yaml in `folder`, sorted by file name. Throws ConfigError with file:line on
// a malformed profile.
std::vector<LayoutProfile> load_layout_profiles(const std::string& folder);
LayoutProfile load_layout_profile(const std::string& path);

// "b" -> "B", "h 1" -> "H1", "H1 and H2" -> "H", "h" -> "H"; empty when not a section code.
std::string normalise_section_code(const std::string& written);

}  // namespace ehcpqa
