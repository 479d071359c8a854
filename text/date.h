// A calendar date with the arithmetic the checks need (ages, school years, intervals),
// independent of the machine's clock and time zone.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ehcpqa {

struct Date {
  int year = 0, month = 0, day = 0;

  static std::optional<Date> make(int year, int month, int day);  // validates
  static std::optional<Date> parse_iso(std::string_view text);   // "YYYY-MM-DD"
  static Date from_days(long days);                              // days since 1970-01-01
  static Date today_utc();                                       // only for the --as-of default

  long days() const;
  std::string iso() const;
  // Whole years from `birth` to this date (the age on this date).
  int years_since(const Date& birth) const;
  // Whole months between two dates (this - earlier), negative when earlier is later.
  int months_since(const Date& earlier) const;
  Date plus_days(long n) const { return from_days(days() + n); }

  auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace ehcpqa
