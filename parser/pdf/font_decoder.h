// A PDF font as text extraction needs it: how the bytes of a shown string split into
// character codes, what Unicode text each code stands for, and how far each advances.
// Built once per font object and cached, so no per-glyph work repeats per font.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/pdf/podofo_fwd.h"
#include "parser/pdf/to_unicode_cmap.h"

namespace ehcpqa::pdf {

struct DecodedGlyph {
  std::string text;     // UTF-8; U+FFFD when the code maps to nothing
  double width = 0;     // advance in text space per unit of font size (1/1000 em for most fonts)
  bool word_space = false;  // single-byte code 32: the word spacing operator Tw applies
  bool unmapped = false;
};

class FontDecoder {
 public:
  // Reads the font dictionary. Never throws on a malformed font: what cannot be read falls
  // back to defaults and leaves glyphs unmapped.
  static std::shared_ptr<const FontDecoder> load(const PoDoFo::PdfObject* font, PoDoFo::PdfVecObjects* objects);
  // A font for text shown with no (or a missing) font resource.
  static std::shared_ptr<const FontDecoder> fallback();

  void decode(std::string_view bytes, std::vector<DecodedGlyph>& out) const;

  const std::string& name() const { return name_; }
  bool bold() const { return bold_; }
  bool italic() const { return italic_; }
  bool vertical() const { return vertical_; }

 private:
  enum class Kind { simple, type0, type3 };
  DecodedGlyph glyph_for(uint32_t code, int bytes) const;
  double width_for(uint32_t code) const;

  Kind kind_ = Kind::simple;
  std::string name_;
  bool bold_ = false, italic_ = false, vertical_ = false;
  ToUnicodeCMap to_unicode_;
  std::array<std::u32string, 256> simple_text_{};  // simple fonts: code -> text from the encoding
  std::vector<double> widths_;                     // simple fonts: indexed by code - first_char
  int first_char_ = 0;
  double missing_width_ = 0;
  std::array<double, 256> standard_widths_{};      // standard-14 metrics, by code, when /Widths is absent
  bool has_standard_widths_ = false;
  // Type0: code length and the CID widths (W array ranges), default width DW.
  int code_bytes_ = 2;
  bool code_is_unicode_ = false;  // a UCS-2 predefined CMap: the code itself is the character
  std::vector<std::pair<std::pair<uint32_t, uint32_t>, double>> cid_widths_;
  double default_width_ = 1.0;
  double type3_scale_ = 0.001;  // FontMatrix a: glyph space -> text space for Type3 fonts
  // Type0 without a usable ToUnicode: CID -> Unicode from the registry's public table
  // (Adobe-Japan1, -GB1, -CNS1, -Korea1, as shipped by Debian's poppler-data).
  std::shared_ptr<const std::vector<char32_t>> cid_to_unicode_;
  bool identity_cids_ = false;
};

// "Helvetica-Bold" from "ABCDEF+Helvetica-Bold".
std::string strip_subset_prefix(const std::string& name);

// The character WinAnsiEncoding gives a one-byte code; 0 where it gives none.
char32_t win_ansi_to_unicode(int code);

}  // namespace ehcpqa::pdf
