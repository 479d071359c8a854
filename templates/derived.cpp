#include "templates/derived.h"

namespace ehcpqa {

int age_on(const Date& dob, const Date& on) { return on.years_since(dob); }

std::optional<int> national_curriculum_year(const Date& dob, const Date& on) {
  // The academic year runs 1 September to 31 August.
  const int start_year = on.month >= 9 ? on.year : on.year - 1;
  const Date cutoff{start_year, 8, 31};
  const int year = cutoff.years_since(dob) - 4;
  if (year < 0 || year > 14) return std::nullopt;
  return year;
}

}  // namespace ehcpqa
