#include "parser/pdf/builtin_encoding.h"

#include <memory>

#include <ft2build.h>
#include FT_FREETYPE_H

namespace ehcpqa::pdf {
namespace {

struct LibraryDeleter {
  void operator()(FT_Library l) const { FT_Done_FreeType(l); }
};
struct FaceDeleter {
  void operator()(FT_Face f) const { FT_Done_Face(f); }
};

// The charmap FreeType builds from the program's own /Encoding (Type 1) or Encoding table
// (CFF). Its Unicode charmap is FreeType's guess from glyph names, not the font's encoding.
bool select_font_encoding(FT_Face face) {
  for (FT_Encoding e : {FT_ENCODING_ADOBE_CUSTOM, FT_ENCODING_ADOBE_STANDARD, FT_ENCODING_ADOBE_EXPERT,
                        FT_ENCODING_ADOBE_LATIN_1}) {
    if (FT_Select_Charmap(face, e) == 0) return true;
  }
  return false;
}

}  // namespace

std::array<std::string, 256> builtin_encoding(std::string_view font_program) {
  std::array<std::string, 256> names;
  if (font_program.empty()) return names;
  FT_Library raw_library = nullptr;
  if (FT_Init_FreeType(&raw_library) != 0) return names;
  const std::unique_ptr<FT_LibraryRec_, LibraryDeleter> library(raw_library);
  FT_Face raw_face = nullptr;
  if (FT_New_Memory_Face(library.get(), reinterpret_cast<const FT_Byte*>(font_program.data()),
                         static_cast<FT_Long>(font_program.size()), 0, &raw_face) != 0) {
    return names;
  }
  const std::unique_ptr<FT_FaceRec_, FaceDeleter> face(raw_face);
  if (!FT_HAS_GLYPH_NAMES(face.get()) || !select_font_encoding(face.get())) return names;
  char name[128];
  for (FT_ULong code = 0; code < 256; ++code) {
    const FT_UInt glyph = FT_Get_Char_Index(face.get(), code);
    if (glyph == 0 || FT_Get_Glyph_Name(face.get(), glyph, name, sizeof name) != 0) continue;
    names[code] = name;
  }
  return names;
}

}  // namespace ehcpqa::pdf
