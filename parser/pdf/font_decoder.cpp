#include "parser/pdf/font_decoder.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>

#include "parser/pdf/builtin_encoding.h"
#include "parser/pdf/podofo_util.h"

namespace ehcpqa::pdf {
namespace {

using namespace PoDoFo;

constexpr char32_t kReplacement = 0xFFFD;

// PoDoFo 0.9.8 hands back UTF-16 code units in big-endian byte order; on little-endian
// machines they arrive byte-swapped.
char32_t from_podofo(pdf_utf16be v) {
#ifdef PODOFO_IS_LITTLE_ENDIAN
  return static_cast<char32_t>(((v & 0xFF) << 8) | ((v >> 8) & 0xFF));
#else
  return static_cast<char32_t>(v);
#endif
}

const PdfEncoding* base_encoding(const std::string& name) {
  if (name == "WinAnsiEncoding") return PdfEncodingFactory::GlobalWinAnsiEncodingInstance();
  if (name == "MacRomanEncoding") return PdfEncodingFactory::GlobalMacRomanEncodingInstance();
  if (name == "MacExpertEncoding") return PdfEncodingFactory::GlobalMacExpertEncodingInstance();
  if (name == "StandardEncoding") return PdfEncodingFactory::GlobalStandardEncodingInstance();
  return nullptr;
}

// The character `code` stands for in `base`. PoDoFo 0.9.8's StandardEncoding table has
// 0x60 as the grave accent; Adobe's StandardEncoding (PDF 32000-1, D.2) has quoteleft there,
// paired with quoteright at 0x27, so ``quoted'' text in such fonts reads ‘‘quoted’’.
char32_t code_text(const PdfEncoding* base, int code) {
  if (code == 0x60 && base == PdfEncodingFactory::GlobalStandardEncodingInstance()) return U'\u2018';
  return from_podofo(base->GetCharCode(code));
}

// PoDoFo's encoding tables pass codes 1-31 through as control characters; no standard
// encoding draws a glyph for them, so such codes stay unmapped.
bool is_printable(char32_t u) { return u >= 0x20 && (u < 0x7F || u >= 0xA0); }

// Glyph name -> text: the Adobe Glyph List conventions as PoDoFo knows them (including
// uniXXXX and uXXXX), plus the numeric names some producers use ("g65", "C41", "cid65"),
// read as character codes in the base encoding when they look like printable ASCII.
std::u32string glyph_name_text(const std::string& glyph, const PdfEncoding* base) {
  if (glyph.empty() || glyph == ".notdef") return {};
  // Ligatures and variants: "f_i", "a.sc", "one.oldstyle" name their parts.
  const size_t dot = glyph.find('.');
  const std::string stem = dot == std::string::npos || dot == 0 ? glyph : glyph.substr(0, dot);
  if (stem.find('_') != std::string::npos) {
    std::u32string out;
    size_t start = 0;
    while (start <= stem.size()) {
      size_t us = stem.find('_', start);
      if (us == std::string::npos) us = stem.size();
      const std::u32string part = glyph_name_text(stem.substr(start, us - start), base);
      if (part.empty()) return {};
      out += part;
      start = us + 1;
    }
    return out;
  }
  try {
    const char32_t u = from_podofo(PdfDifferenceEncoding::NameToUnicodeID(PdfName(stem)));
    if (u != 0) return std::u32string(1, u);
  } catch (const PdfError&) {
  }
  // Numeric names: a letter or two, then a code.
  size_t letters = 0;
  while (letters < stem.size() && std::isalpha(static_cast<unsigned char>(stem[letters]))) ++letters;
  if (letters >= 1 && letters <= 3 && letters < stem.size()) {
    const std::string digits = stem.substr(letters);
    if (std::all_of(digits.begin(), digits.end(), ::isdigit) && digits.size() <= 3) {
      const int code = std::stoi(digits);
      if (code >= 32 && code < 127) return std::u32string(1, static_cast<char32_t>(code));
      if (base && code >= 128 && code < 256) {
        const char32_t u = code_text(base, code);
        if (u) return std::u32string(1, u);
      }
    }
  }
  return {};
}

// Glyph names by code from the Type 1 or CFF program embedded for a simple font; all empty
// when none is embedded or it cannot be read. (A TrueType program's encoding is its cmap.)
std::array<std::string, 256> embedded_builtin_encoding(const PdfObject* descriptor, PdfVecObjects* objects) {
  const PdfObject* program = key(descriptor, "FontFile", objects);
  if (!program) {
    program = key(descriptor, "FontFile3", objects);
    const std::string kind = name_of(key(program, "Subtype", objects));
    if (kind != "Type1C") program = nullptr;
  }
  if (!program) return {};
  bool ok = false;
  const std::string bytes = stream_bytes(program, &ok);
  return ok ? builtin_encoding(bytes) : std::array<std::string, 256>{};
}

bool name_says_bold(const std::string& n) {
  std::string lower;
  for (char c : n) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : {"bold", "black", "heavy", "semibold", "demibold", "demi", ",bold", "-bd", "extrabold"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

bool name_says_italic(const std::string& n) {
  std::string lower;
  for (char c : n) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find("italic") != std::string::npos || lower.find("oblique") != std::string::npos;
}

// Metrics of the standard 14 fonts, from PoDoFo's built-in tables, created once.
const PdfFontMetrics* standard_metrics(const std::string& base_font) {
  static std::mutex mutex;
  static PdfVecObjects scratch;
  static std::map<std::string, PdfFont*> cache;
  static const std::map<std::string, std::string> aliases = {
      {"Arial", "Helvetica"}, {"Arial,Bold", "Helvetica-Bold"}, {"Arial,Italic", "Helvetica-Oblique"},
      {"Arial,BoldItalic", "Helvetica-BoldOblique"}, {"ArialMT", "Helvetica"}, {"Arial-BoldMT", "Helvetica-Bold"},
      {"TimesNewRoman", "Times-Roman"}, {"TimesNewRoman,Bold", "Times-Bold"}, {"TimesNewRomanPSMT", "Times-Roman"},
      {"TimesNewRomanPS-BoldMT", "Times-Bold"}, {"CourierNew", "Courier"}, {"CourierNewPSMT", "Courier"}};
  static const std::vector<std::string> standard = {
      "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
      "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
      "Times-BoldItalic", "Symbol", "ZapfDingbats"};
  std::string name = base_font;
  if (auto a = aliases.find(name); a != aliases.end()) name = a->second;
  if (std::find(standard.begin(), standard.end(), name) == standard.end()) return nullptr;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(name);
  if (it == cache.end()) {
    PdfFont* font = nullptr;
    try {
      font = PdfFontFactory::CreateBase14Font(name.c_str(), ePdfFont_Normal,
                                              PdfEncodingFactory::GlobalWinAnsiEncodingInstance(), &scratch);
    } catch (const PdfError&) {
    }
    it = cache.emplace(name, font).first;
  }
  return it->second ? it->second->GetFontMetrics() : nullptr;
}

// The CID -> Unicode table of a character collection ("Japan1"), one hex value per line,
// line number = CID. Read once per collection; empty when the data is not installed.
std::shared_ptr<const std::vector<char32_t>> collection_table(const std::string& ordering) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const std::vector<char32_t>>> tables;
  if (ordering != "Japan1" && ordering != "GB1" && ordering != "CNS1" && ordering != "Korea1") return nullptr;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = tables.find(ordering);
  if (it != tables.end()) return it->second;
  auto table = std::make_shared<std::vector<char32_t>>();
  std::ifstream in("/usr/share/poppler/cidToUnicode/Adobe-" + ordering);
  std::string line;
  while (std::getline(in, line) && table->size() < 100000) {
    table->push_back(static_cast<char32_t>(std::strtoul(line.c_str(), nullptr, 16)));
  }
  std::shared_ptr<const std::vector<char32_t>> result = table->empty() ? nullptr : table;
  tables[ordering] = result;
  return result;
}

}  // namespace

std::string strip_subset_prefix(const std::string& name) {
  if (name.size() > 7 && name[6] == '+' &&
      std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return name.substr(7);
  }
  return name;
}

char32_t win_ansi_to_unicode(int code) {
  return from_podofo(PdfEncodingFactory::GlobalWinAnsiEncodingInstance()->GetCharCode(code));
}

std::shared_ptr<const FontDecoder> FontDecoder::fallback() {
  static const std::shared_ptr<const FontDecoder> font = [] {
    auto f = std::make_shared<FontDecoder>();
    f->name_ = "(no font)";
    for (int c = 0; c < 256; ++c) {
      if (const char32_t u = win_ansi_to_unicode(c); is_printable(u)) f->simple_text_[c] = std::u32string(1, u);
    }
    f->missing_width_ = 0.5;
    return f;
  }();
  return font;
}

std::shared_ptr<const FontDecoder> FontDecoder::load(const PdfObject* font, PdfVecObjects* objects) {
  auto f = std::make_shared<FontDecoder>();
  font = resolve(font, objects);
  if (!font || !font->IsDictionary()) return fallback();
  try {
    const std::string subtype = name_of(key(font, "Subtype", objects));
    const std::string base_font = strip_subset_prefix(name_of(key(font, "BaseFont", objects)));
    f->name_ = base_font.empty() ? subtype : base_font;
    f->kind_ = subtype == "Type0" ? Kind::type0 : subtype == "Type3" ? Kind::type3 : Kind::simple;

    const PdfObject* descriptor = key(font, "FontDescriptor", objects);
    const PdfObject* cid_font = nullptr;
    if (f->kind_ == Kind::type0) {
      auto descendants = array_of(key(font, "DescendantFonts", objects), objects);
      if (!descendants.empty()) cid_font = descendants[0];
      if (cid_font) descriptor = key(cid_font, "FontDescriptor", objects);
    }
    int flags = 0;
    if (auto fl = number(key(descriptor, "Flags", objects))) flags = static_cast<int>(*fl);
    const double weight = number(key(descriptor, "FontWeight", objects)).value_or(0);
    f->bold_ = name_says_bold(f->name_) || (flags & (1 << 18)) || weight >= 600;
    f->italic_ = name_says_italic(f->name_) || (flags & (1 << 6)) ||
                 number(key(descriptor, "ItalicAngle", objects)).value_or(0) != 0;
    f->missing_width_ = number(key(descriptor, "MissingWidth", objects)).value_or(0) / 1000.0;

    bool ok = false;
    const std::string cmap_program = stream_bytes(key(font, "ToUnicode", objects), &ok);
    if (ok) f->to_unicode_ = ToUnicodeCMap::parse(cmap_program);

    if (f->kind_ == Kind::type0) {
      const PdfObject* encoding = key(font, "Encoding", objects);
      const std::string encoding_name = name_of(encoding);
      f->vertical_ = encoding_name.size() > 2 && encoding_name.compare(encoding_name.size() - 2, 2, "-V") == 0;
      f->code_is_unicode_ = encoding_name.find("UCS2") != std::string::npos ||
                            encoding_name.find("UTF16") != std::string::npos;
      // Code length: Identity and UCS-2 CMaps use two bytes; otherwise trust declared codespaces.
      f->code_bytes_ = 2;
      if (encoding_name.find("Identity") == std::string::npos && !f->code_is_unicode_) {
        const auto& spaces = f->to_unicode_.codespaces();
        if (!spaces.empty()) {
          f->code_bytes_ = spaces.front().first;
          for (const auto& s : spaces) f->code_bytes_ = std::max(f->code_bytes_, s.first);
        }
      }
      f->identity_cids_ = encoding_name.rfind("Identity", 0) == 0;
      const PdfObject* system_info = key(cid_font, "CIDSystemInfo", objects);
      const PdfObject* ordering = key(system_info, "Ordering", objects);
      if (ordering && ordering->IsString()) f->cid_to_unicode_ = collection_table(ordering->GetString().GetStringUtf8());
      f->default_width_ = number(key(cid_font, "DW", objects)).value_or(1000) / 1000.0;
      // W: [c [w1 w2 ...] c_first c_last w ...]
      const auto w = array_of(key(cid_font, "W", objects), objects);
      for (size_t i = 0; i + 1 < w.size();) {
        const auto first = number(w[i]);
        if (!first) break;
        if (w[i + 1] && w[i + 1]->IsArray()) {
          uint32_t cid = static_cast<uint32_t>(*first);
          for (const PdfObject* width : array_of(w[i + 1], objects)) {
            f->cid_widths_.push_back({{cid, cid}, number(width).value_or(f->default_width_ * 1000) / 1000.0});
            ++cid;
          }
          i += 2;
        } else if (i + 2 < w.size()) {
          const auto last = number(w[i + 1]);
          const auto width = number(w[i + 2]);
          if (last && width && *last >= *first) {
            f->cid_widths_.push_back({{static_cast<uint32_t>(*first), static_cast<uint32_t>(*last)}, *width / 1000.0});
          }
          i += 3;
        } else {
          break;
        }
      }
      std::sort(f->cid_widths_.begin(), f->cid_widths_.end());
      return f;
    }

    // Simple fonts (Type1, TrueType, MMType1) and Type3: a one-byte encoding.
    const PdfObject* encoding = key(font, "Encoding", objects);
    const bool symbolic = (flags & (1 << 2)) != 0;
    std::string base_name = name_of(encoding);
    if (encoding && encoding->IsDictionary()) base_name = name_of(key(encoding, "BaseEncoding", objects));
    const PdfEncoding* base = base_encoding(base_name);
    // No base encoding named: an embedded Type 1 or CFF program's own encoding applies.
    std::array<std::string, 256> builtin;
    if (!base && f->kind_ == Kind::simple && subtype != "TrueType") {
      builtin = embedded_builtin_encoding(descriptor, objects);
    }
    if (!base) {
      if (f->name_ == "Symbol") base = PdfEncodingFactory::GlobalSymbolEncodingInstance();
      else if (f->name_ == "ZapfDingbats") base = PdfEncodingFactory::GlobalZapfDingbatsEncodingInstance();
      else if (subtype == "TrueType" || symbolic) base = PdfEncodingFactory::GlobalWinAnsiEncodingInstance();
      else base = PdfEncodingFactory::GlobalStandardEncodingInstance();
    }
    for (int c = 0; c < 256; ++c) {
      const char32_t u = code_text(base, c);
      if (is_printable(u)) f->simple_text_[c] = std::u32string(1, u);
      // A name the glyph list does not know keeps the base's guess rather than no text.
      if (std::u32string named = glyph_name_text(builtin[static_cast<size_t>(c)], base); !named.empty()) {
        f->simple_text_[c] = std::move(named);
      }
    }
    if (encoding && encoding->IsDictionary()) {
      int code = 0;
      for (const PdfObject* item : array_of(key(encoding, "Differences", objects), objects)) {
        if (auto n = number(item)) {
          code = static_cast<int>(*n);
        } else if (item && item->IsName()) {
          if (code >= 0 && code < 256) f->simple_text_[code] = glyph_name_text(item->GetName().GetName(), base);
          ++code;
        }
      }
    }
    if (f->kind_ == Kind::type3) {
      const auto matrix = array_of(key(font, "FontMatrix", objects), objects);
      if (!matrix.empty()) f->type3_scale_ = number(matrix[0]).value_or(0.001);
    }
    f->first_char_ = static_cast<int>(number(key(font, "FirstChar", objects)).value_or(0));
    const double scale = f->kind_ == Kind::type3 ? f->type3_scale_ : 0.001;
    for (const PdfObject* w : array_of(key(font, "Widths", objects), objects)) {
      f->widths_.push_back(number(w).value_or(0) * scale);
    }
    if (f->widths_.empty()) {
      if (const PdfFontMetrics* metrics = standard_metrics(f->name_)) {
        const double size = metrics->GetFontSize() > 0 ? metrics->GetFontSize() : 12.0;
        // PoDoFo keys Symbol's and ZapfDingbats' metrics by the font's own codes (0x61 is
        // alpha), the others' by Unicode.
        const bool by_code = f->name_ == "Symbol" || f->name_ == "ZapfDingbats";
        for (int c = 0; c < 256; ++c) {
          const std::u32string& t = f->simple_text_[c];
          if (by_code) {
            f->standard_widths_[c] = metrics->UnicodeCharWidth(static_cast<unsigned short>(c)) / size;
          } else if (t.size() == 1 && t[0] < 0x10000) {
            f->standard_widths_[c] = metrics->UnicodeCharWidth(static_cast<unsigned short>(t[0])) / size;
          }
        }
        f->has_standard_widths_ = true;
      }
    }
  } catch (const PdfError&) {
    // A broken font dictionary: keep what was read.
  }
  return f;
}

double FontDecoder::width_for(uint32_t code) const {
  if (kind_ == Kind::type0) {
    // Binary search over sorted CID ranges.
    auto it = std::upper_bound(cid_widths_.begin(), cid_widths_.end(),
                               std::make_pair(std::make_pair(code, UINT32_MAX), 0.0));
    while (it != cid_widths_.begin()) {
      --it;
      if (code >= it->first.first && code <= it->first.second) return it->second;
      if (it->first.second < code && it->first.first + 4096 < code) break;
    }
    return default_width_;
  }
  const long index = static_cast<long>(code) - first_char_;
  if (index >= 0 && index < static_cast<long>(widths_.size())) return widths_[static_cast<size_t>(index)];
  if (has_standard_widths_ && code < 256) return standard_widths_[code];
  return missing_width_;
}

DecodedGlyph FontDecoder::glyph_for(uint32_t code, int bytes) const {
  DecodedGlyph g;
  g.width = width_for(code);
  g.word_space = bytes == 1 && code == 32;
  if (auto mapped = to_unicode_.lookup(code)) {
    g.text = *mapped;
  } else if (kind_ != Kind::type0 && code < 256 && !simple_text_[code].empty()) {
    g.text = utf32_to_utf8(simple_text_[code]);
  } else if (kind_ == Kind::type0 && code_is_unicode_) {
    g.text = codepoint_to_utf8(static_cast<char32_t>(code));
  } else if (kind_ == Kind::type0 && identity_cids_ && cid_to_unicode_ && code < cid_to_unicode_->size() &&
             (*cid_to_unicode_)[code] != 0) {
    g.text = codepoint_to_utf8((*cid_to_unicode_)[code]);
  } else {
    g.text = codepoint_to_utf8(kReplacement);
    g.unmapped = true;
  }
  return g;
}

void FontDecoder::decode(std::string_view bytes, std::vector<DecodedGlyph>& out) const {
  const int n = kind_ == Kind::type0 ? std::clamp(code_bytes_, 1, 4) : 1;
  for (size_t i = 0; i + static_cast<size_t>(n) <= bytes.size(); i += static_cast<size_t>(n)) {
    uint32_t code = 0;
    for (int k = 0; k < n; ++k) code = (code << 8) | static_cast<unsigned char>(bytes[i + static_cast<size_t>(k)]);
    out.push_back(glyph_for(code, n));
  }
}

}  // namespace ehcpqa::pdf
