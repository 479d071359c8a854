// Dates as English plans write them: "3rd March 2025", "3 March 2025", "03/03/2025",
// "3/3/25", "3 Mar 25", "3-Mar-2025", "March 3, 2025" and ISO "2025-03-03". Numeric forms
// are read day first, as in the UK. Two-digit years: 00-69 are 20xx, 70-99 are 19xx.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "text/date.h"

namespace ehcpqa::text {

struct DateMatch {
  Date date;
  size_t offset = 0;  // byte offset of the match in the searched text
  size_t length = 0;
};

// Every valid date in `text`, in order. Impossible dates (31/02/2025) are skipped.
std::vector<DateMatch> find_dates(std::string_view text);

// The first date in `text`, if any.
std::optional<Date> first_date(std::string_view text);

}  // namespace ehcpqa::text
