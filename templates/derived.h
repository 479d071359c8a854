// Facts derived from dates: age, and the English national curriculum year group.
#pragma once

#include <optional>

#include "text/date.h"

namespace ehcpqa {

// Whole years of age on `on`.
int age_on(const Date& dob, const Date& on);

// National curriculum year on `on`: the age on the 31 August before the academic year
// containing `on`, minus 4 (Reception = 0, Year 1 = 1 ... Year 14 = 14). Empty before
// Reception and after Year 14, where year groups are not used.
std::optional<int> national_curriculum_year(const Date& dob, const Date& on);

}  // namespace ehcpqa
