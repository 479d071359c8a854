// Tiny embedded font programs for reader tests: a Type 1 font and a bare CFF font whose
// own encoding puts the given glyph names at the given codes. Every glyph is blank; only
// the names and the encoding matter to text extraction.
#pragma once

#include <map>
#include <string>

namespace ehcpqa::testing {

// A Type 1 program as a PDF's /FontFile holds it: clear-text part (with the /Encoding
// array), eexec-encrypted binary part, trailer of zeros. `clear_length` and
// `binary_length` are what /Length1 and /Length2 must say.
struct Type1Program {
  std::string bytes;
  size_t clear_length = 0, binary_length = 0;
};
Type1Program type1_program(const std::string& font_name, const std::map<int, std::string>& encoding);

// A bare CFF program (/FontFile3 /Subtype /Type1C) with a format-0 custom encoding. Glyph
// names must not be CFF standard strings (e.g. "universal", "element", "arrowright").
std::string cff_program(const std::string& font_name, const std::map<int, std::string>& encoding);

}  // namespace ehcpqa::testing
