#include "text/uk_date.h"

#include <re2/re2.h>

#include <charconv>
#include <string>

namespace ehcpqa::text {
namespace {

constexpr const char* kMonth =
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

// One alternation, so a single left-to-right scan finds every form; the groups of the
// alternative that matched are the non-empty ones.
const RE2& date_pattern() {
  static const RE2 pattern(
      std::string("(?i)\\b(?:") +
          // 1-3: day month year ("3rd March 2025", "3 Mar 25", "3-Mar-2025", "3rd of March 2025")
          "(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s\\-./]+" + kMonth + "\\.?,?[\\s\\-./]+(\\d{4}|\\d{2})" +
          // 4-6: numeric, day first ("03/03/2025", "3.3.25")
          "|(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})" +
          // 7-9: ISO
          "|(\\d{4})-(\\d{2})-(\\d{2})" +
          // 10-12: month day, year ("March 3, 2025")
          "|" + kMonth + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + ")\\b",
      RE2::Quiet);
  return pattern;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

int month_number(std::string_view name) {
  static const char* prefixes[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower;
  for (char c : name.substr(0, 3)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i) {
    if (lower == prefixes[i]) return i + 1;
  }
  return 0;
}

int full_year(std::string_view digits) {
  int y = to_int(digits);
  if (digits.size() == 2) y += y <= 69 ? 2000 : 1900;
  return y;
}

}  // namespace

std::vector<DateMatch> find_dates(std::string_view text) {
  std::vector<DateMatch> out;
  const RE2& re = date_pattern();
  constexpr int kGroups = 13;
  re2::StringPiece groups[kGroups];
  const re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  while (pos < text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, groups, kGroups)) {
    auto g = [&](int i) { return std::string_view(groups[i].data(), groups[i].size()); };
    std::optional<Date> date;
    if (!groups[1].empty()) date = Date::make(full_year(g(3)), month_number(g(2)), to_int(g(1)));
    else if (!groups[4].empty()) date = Date::make(full_year(g(6)), to_int(g(5)), to_int(g(4)));
    else if (!groups[7].empty()) date = Date::make(to_int(g(7)), to_int(g(8)), to_int(g(9)));
    else if (!groups[10].empty()) date = Date::make(to_int(g(12)), month_number(g(10)), to_int(g(11)));
    const size_t offset = static_cast<size_t>(groups[0].data() - text.data());
    if (date) out.push_back(DateMatch{*date, offset, groups[0].size()});
    pos = offset + std::max<size_t>(1, groups[0].size());
  }
  return out;
}

std::optional<Date> first_date(std::string_view text) {
  auto all = find_dates(text);
  if (all.empty()) return std::nullopt;
  return all.front().date;
}

}  // namespace ehcpqa::text
