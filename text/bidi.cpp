#include "text/bidi.h"

#include <memory>

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace ehcpqa::text {

bool has_right_to_left(const std::string& utf8) {
  for (size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    // U+0590-U+07FF (Hebrew, Arabic, Syriac, Thaana, NKo) start with 0xD6-0xDF; U+0800-U+08FF
    // with 0xE0 0xA0-0xA3; presentation forms U+FB1D-U+FEFF with 0xEF 0xAC-0xBB.
    if (c >= 0xD6 && c <= 0xDF) return true;
    if (i + 1 < utf8.size()) {
      const auto d = static_cast<unsigned char>(utf8[i + 1]);
      if ((c == 0xE0 && d >= 0xA0 && d <= 0xA3) || (c == 0xEF && d >= 0xAC && d <= 0xBB)) return true;
    }
  }
  return false;
}

std::string visual_to_logical(const std::string& utf8) {
  if (!has_right_to_left(utf8)) return utf8;
  const icu::UnicodeString visual = icu::UnicodeString::fromUTF8(utf8);
  int rtl = 0, ltr = 0;
  for (int32_t i = 0; i < visual.length();) {
    const UChar32 c = visual.char32At(i);
    const UCharDirection d = u_charDirection(c);
    if (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC) ++rtl;
    else if (d == U_LEFT_TO_RIGHT) ++ltr;
    i += U16_LENGTH(c);
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_open(), &ubidi_close);
  if (!bidi) return utf8;
  ubidi_setInverse(bidi.get(), true);
  ubidi_setPara(bidi.get(), visual.getBuffer(), visual.length(), rtl >= ltr ? UBIDI_RTL : UBIDI_LTR, nullptr, &status);
  if (U_FAILURE(status)) return utf8;
  icu::UnicodeString logical;
  const int32_t capacity = visual.length() * 2 + 8;  // room for marks the algorithm may add
  UChar* buffer = logical.getBuffer(capacity);
  const int32_t length = ubidi_writeReordered(bidi.get(), buffer, capacity, UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
  logical.releaseBuffer(U_SUCCESS(status) ? length : 0);
  if (U_FAILURE(status)) return utf8;
  std::string out;
  logical.toUTF8String(out);
  return out;
}

}  // namespace ehcpqa::text
