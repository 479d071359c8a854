// The encoding built into an embedded Type 1 or CFF font program: which glyph each one-byte
// code draws, by glyph name.
//
// A simple font with no /Encoding (or with /Differences but no /BaseEncoding) is encoded by
// its font program (PDF 32000-1, 9.6.6.1 and 9.6.6.2). TeX's math fonts and many symbol fonts
// rely on it: in CMSY10 code 0x32 is "element" (∈), not "2". Read with FreeType, the library
// PoDoFo itself uses for fonts.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace ehcpqa::pdf {

// Glyph names for codes 0-255 from a Type 1 (FontFile) or bare CFF (FontFile3 /Type1C)
// program; a code the font leaves unencoded has an empty name. All empty when the program
// cannot be read, has no glyph names, or encodes nothing.
std::array<std::string, 256> builtin_encoding(std::string_view font_program);

}  // namespace ehcpqa::pdf
