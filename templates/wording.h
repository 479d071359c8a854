// Plain wordings that layout profiles and data files list ("All about me", "Needs"),
// matched the way a person reads them: Unicode-normalised and case-folded, at the start of
// the text, ending at a word boundary. Authorities write wordings, not regular expressions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace ehcpqa {

struct Wording {
  std::string folded;  // text::fold of the wording as written
  std::string value;   // what it stands for: a section code, an area key, a column role
  int line = 0;        // where it was declared, for messages
};

// The wordings of a YAML list, each standing for `value`. Fails (ConfigError with
// file:line) on anything but a list of non-empty strings.
std::vector<Wording> read_wordings(const std::string& path, const YAML::Node& list, const std::string& value);

// True when `folded_text` starts with `folded_wording` and the wording ends a word there.
bool starts_with_wording(std::string_view folded_text, std::string_view folded_wording);

// The longest wording `folded_text` starts with (earlier on a tie), or null.
const Wording* longest_match(std::string_view folded_text, const std::vector<Wording>& wordings);

// A heading without its numbering: "2. All about me", "Section 3: My health" and
// "Part 10 - Where I will learn" lose everything before the words.
std::string strip_numbering(std::string_view text);

// The first line of a paragraph (titles are often followed by a line break and a description).
std::string_view first_line(std::string_view text);

}  // namespace ehcpqa
