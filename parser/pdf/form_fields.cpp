#include "parser/pdf/form_fields.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <podofo/podofo.h>
#include <unicode/unistr.h>

#include "parser/pdf/font_decoder.h"
#include "parser/pdf/podofo_util.h"
#include "text/normalize.h"

namespace ehcpqa::pdf {
namespace {

using namespace PoDoFo;

// A field's entry, looked up on the widget and then up its /Parent chain (fields inherit
// /FT, /V, /DA and /Ff).
const PdfObject* inherited(const PdfObject* node, const char* name, PdfVecObjects* objects) {
  for (int depth = 0; node && depth < 16; ++depth) {
    if (const PdfObject* v = key(node, name, objects)) return v;
    node = key(node, "Parent", objects);
  }
  return nullptr;
}

std::string text_of(const PdfObject* value, PdfVecObjects* objects) {
  if (value && value->IsArray()) {  // a list box with several choices: the first
    const auto items = array_of(value, objects);
    value = items.empty() ? nullptr : items.front();
  }
  if (!value || !(value->IsString() || value->IsHexString())) return {};
  try {
    return value->GetString().GetStringUtf8();
  } catch (const PdfError&) {
    return {};
  }
}

// The font size a /DA string asks for ("/Helv 10 Tf 0 g" -> 10); 0 for "auto" or none.
double da_size(const std::string& da) {
  std::istringstream in(da);
  std::string previous, token;
  double size = 0;
  while (in >> token) {
    if (token == "Tf") {
      try {
        size = std::stod(previous);
      } catch (...) {
        size = 0;
      }
    }
    previous = token;
  }
  return size;
}

// UTF-8 code points, for counting characters when wrapping.
size_t char_count(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Lines of the value, wrapped at word breaks to about `max_chars` characters.
std::vector<std::string> wrap(const std::string& value, size_t max_chars) {
  std::vector<std::string> out;
  std::string paragraph;
  auto flush = [&](const std::string& p) {
    std::istringstream words(p);
    std::string line, word;
    while (words >> word) {
      if (!line.empty() && char_count(line) + 1 + char_count(word) > max_chars) {
        out.push_back(line);
        line.clear();
      }
      line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty()) out.push_back(line);
  };
  for (char c : value) {
    if (c == '\r' || c == '\n') {
      flush(paragraph);
      paragraph.clear();
    } else {
      paragraph += c;
    }
  }
  flush(paragraph);
  return out;
}

std::string pdf_string(const std::string& win_ansi) {
  std::string out = "(";
  for (char c : win_ansi) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

}  // namespace

std::string to_win_ansi(const std::string& utf8) {
  static const std::map<char32_t, char> codes = [] {
    std::map<char32_t, char> out;
    for (int code = 1; code < 256; ++code) {
      if (const char32_t u = win_ansi_to_unicode(code)) out.emplace(u, static_cast<char>(code));
    }
    return out;
  }();
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const auto c = static_cast<char32_t>(text.char32At(i));
    const auto it = codes.find(c);
    out += c < 0x80 ? static_cast<char>(c) : it != codes.end() ? it->second : '?';
  }
  return out;
}

std::string field_value_content(const PdfObject* widget, PdfVecObjects* objects, const std::string& default_da) {
  const std::string type = name_of(inherited(widget, "FT", objects));
  if (type != "Tx" && type != "Ch") return {};
  const std::string value = text_of(inherited(widget, "V", objects), objects);
  if (text::is_blank(value)) return {};
  const auto rect = array_of(key(widget, "Rect", objects), objects);
  if (rect.size() != 4) return {};
  double r[4];
  for (int i = 0; i < 4; ++i) r[i] = number(rect[static_cast<size_t>(i)]).value_or(0);
  const double x0 = std::min(r[0], r[2]), x1 = std::max(r[0], r[2]);
  const double y0 = std::min(r[1], r[3]), y1 = std::max(r[1], r[3]);
  const double width = x1 - x0, height = y1 - y0;
  if (width < 1 || height < 1) return {};
  const PdfObject* da = inherited(widget, "DA", objects);
  double size = da_size(da && da->IsString() ? da->GetString().GetStringUtf8() : default_da);
  const long flags = static_cast<long>(number(inherited(widget, "Ff", objects)).value_or(0));
  const bool multiline = type == "Tx" && (flags & (1 << 12)) != 0;
  if (size <= 0) size = multiline ? 10 : std::clamp(height * 0.7, 4.0, 12.0);  // "auto"
  // About half an em a character in Helvetica: enough to wrap where a viewer would.
  const size_t max_chars = multiline ? std::max<size_t>(8, static_cast<size_t>((width - 4) / (0.5 * size))) : 100000;
  std::vector<std::string> lines = wrap(value, max_chars);
  if (lines.size() > 500) lines.resize(500);
  const double leading = size * 1.15;
  const double first_baseline = multiline || lines.size() > 1 ? y1 - 2 - size : y0 + (height - size) / 2 + 0.22 * size;
  std::string out = fmt::format("BT /F0 {:.2f} Tf {:.2f} TL {:.2f} {:.2f} Td", size, leading, x0 + 2, first_baseline);
  for (size_t i = 0; i < lines.size(); ++i) out += (i ? " T* " : " ") + pdf_string(to_win_ansi(lines[i])) + " Tj";
  return out + " ET";
}

const PdfObject* field_value_resources() {
  static const PdfObject resources = [] {
    PdfDictionary font;
    font.AddKey(PdfName("Type"), PdfName("Font"));
    font.AddKey(PdfName("Subtype"), PdfName("Type1"));
    font.AddKey(PdfName("BaseFont"), PdfName("Helvetica"));
    font.AddKey(PdfName("Encoding"), PdfName("WinAnsiEncoding"));
    PdfDictionary fonts;
    fonts.AddKey(PdfName("F0"), font);
    PdfDictionary dict;
    dict.AddKey(PdfName("Font"), fonts);
    return PdfObject(dict);
  }();
  return &resources;
}

}  // namespace ehcpqa::pdf
