#include "templates/derived.h"

#include <re2/re2.h>

#include "text/normalize.h"

namespace ehcpqa {

int age_on(const Date& dob, const Date& on) { return on.years_since(dob); }

int school_year_offset(const Date& dob, const Date& on) {
  // The academic year runs 1 September to 31 August; the year group is set by the age on
  // the 31 August just before it starts.
  const int start_year = on.month >= 9 ? on.year : on.year - 1;
  const Date cutoff{start_year, 8, 31};
  return cutoff.years_since(dob) - 4;
}

std::optional<int> national_curriculum_year(const Date& dob, const Date& on) {
  const int year = school_year_offset(dob, on);
  if (year < 0 || year > 14) return std::nullopt;
  return year;
}

std::string key_stage(int y) {
  if (y <= 0) return "EYFS";
  if (y <= 2) return "KS1";
  if (y <= 6) return "KS2";
  if (y <= 9) return "KS3";
  if (y <= 11) return "KS4";
  if (y <= 13) return "KS5";
  return {};
}

std::string phase(int y) {
  if (y < 0) return "early years";
  if (y <= 6) return "primary";
  if (y <= 11) return "secondary";
  if (y <= 14) return "post-16";
  return "post-19";
}

std::string age_band(int age) {
  if (age < 5) return "under 5";
  if (age <= 10) return "5 to 10";
  if (age <= 15) return "11 to 15";
  if (age <= 19) return "16 to 19";
  if (age <= 25) return "20 to 25";
  return "over 25";
}

std::string transfer(int y) {
  // The years the rule catalogue names (transition.phase-transfer-missing).
  switch (y) {
    case -1: return "nursery to Reception";
    case 6: return "Year 6 to secondary";
    case 11: return "Year 11 to post-16";
    case 13:
    case 14: return "post-16 to post-19";
    default: return {};
  }
}

std::optional<int> parse_year_group(std::string_view text) {
  const std::string folded = text::fold(text);
  if (folded.rfind("reception", 0) == 0) return 0;
  if (folded.rfind("nursery", 0) == 0) return -1;
  static const RE2 year(R"(^(?:year|yr|y|nc year)\s*(\d{1,2})\b)", RE2::Quiet);
  int n = 0;
  if (RE2::PartialMatch(folded, year, &n) && n >= 1 && n <= 14) return n;
  return std::nullopt;
}

DerivedFacts derive(const Date& dob, const Date& on) {
  DerivedFacts f;
  f.on = on;
  f.age = age_on(dob, on);
  f.year_offset = school_year_offset(dob, on);
  f.year_group = national_curriculum_year(dob, on);
  f.key_stage = key_stage(f.year_offset);
  f.phase = phase(f.year_offset);
  f.age_band = age_band(f.age);
  f.transfer = transfer(f.year_offset);
  return f;
}

std::string year_name(int y) {
  if (y == -1) return "nursery";
  if (y == 0) return "Reception";
  if (y >= 1 && y <= 14) return "Year " + std::to_string(y);
  return {};
}

}  // namespace ehcpqa
