#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace ehcpqa::text {
namespace {

// Maps typographic punctuation to plain ASCII and every kind of space to ' ', then
// collapses runs of spaces and trims.
std::string plain_punctuation(const icu::UnicodeString& in) {
  icu::UnicodeString out;
  bool last_space = true;  // trims leading space
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    switch (c) {
      case 0x2018: case 0x2019: case 0x201B: case 0x2032: c = '\''; break;
      case 0x201C: case 0x201D: case 0x201F: case 0x2033: c = '"'; break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: c = '-'; break;
      case 0x2026: out.append(u"..."); last_space = false; continue;
      default: break;
    }
    if (u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF) {
      if (!last_space) out.append(static_cast<UChar>(' '));
      last_space = true;
      continue;
    }
    out.append(c);
    last_space = false;
  }
  if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.truncate(out.length() - 1);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

icu::UnicodeString normalise(std::string_view utf8, bool casefold) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normaliser = casefold ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                                                : icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (U_FAILURE(status)) return source;
  icu::UnicodeString result = normaliser->normalize(source, status);
  return U_FAILURE(status) ? source : result;
}

}  // namespace

std::string fold(std::string_view utf8) { return plain_punctuation(normalise(utf8, true)); }

std::string tidy(std::string_view utf8) { return plain_punctuation(normalise(utf8, false)); }

bool is_blank(std::string_view utf8) { return word_count(utf8) == 0; }

int word_count(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  int words = 0;
  bool in_word = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    bool word_char = u_isalnum(c) || c == '\'' || c == 0x2019;
    if (word_char && !in_word && u_isalnum(c)) ++words;
    in_word = word_char && (in_word || u_isalnum(c));
  }
  return words;
}

}  // namespace ehcpqa::text
