#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cctype>
#include <memory>

namespace ehcpqa::text {
namespace {

// Debian's ICU data carries no sentence-break suppressions, so "Dr. Smith" would split
// after "Dr.". Titles and abbreviations that never end a sentence in a plan are joined
// back to what follows. ("etc." is left out: it often does end one.)
bool ends_with_abbreviation(std::string_view sentence) {
  static const char* abbreviations[] = {"Dr.", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.", "St.", "e.g.", "i.e.",
                                        "No.", "approx.", "Rev.", "Cllr.", "Sr.", "Jr.", "cf.", "vs."};
  for (const char* a : abbreviations) {
    const std::string_view abbr(a);
    if (sentence.size() < abbr.size() || sentence.substr(sentence.size() - abbr.size()) != abbr) continue;
    const size_t before = sentence.size() - abbr.size();
    if (before == 0 || std::isspace(static_cast<unsigned char>(sentence[before - 1])) || sentence[before - 1] == '(') {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Span> sentences(std::string_view utf8) {
  std::vector<Span> out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  // The iterator is built once per thread: creating one loads ICU's rule data.
  thread_local std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en_GB@ss=standard"), status));
  if (U_FAILURE(status) || !iterator) {
    utext_close(ut);
    if (!utf8.empty()) out.push_back(Span{0, utf8.size()});
    return out;
  }
  iterator->setText(ut, status);
  // With UTF-8 UText, break positions are byte offsets.
  int32_t start = iterator->first();
  for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator->next()) {
    size_t b = static_cast<size_t>(start), e = static_cast<size_t>(end);
    while (b < e && std::isspace(static_cast<unsigned char>(utf8[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(utf8[e - 1]))) --e;
    if (e <= b) continue;
    if (!out.empty() && ends_with_abbreviation(utf8.substr(out.back().offset, out.back().length))) {
      out.back().length = e - out.back().offset;
    } else {
      out.push_back(Span{b, e - b});
    }
  }
  static const icu::UnicodeString nothing;
  iterator->setText(nothing);  // release the UText before closing it
  utext_close(ut);
  return out;
}

}  // namespace ehcpqa::text
