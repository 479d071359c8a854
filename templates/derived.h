// Facts derived from dates: age, the English school year (national curriculum year), key
// stage, phase, the DfE age band and whether a date falls in a year of transfer between
// phases. All follow the English academic year, 1 September to 31 August.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/date.h"

namespace ehcpqa {

// Whole years of age on `on`.
int age_on(const Date& dob, const Date& on);

// The school year offset on `on`: the age on the 31 August before the academic year
// containing `on`, minus 4. Reception = 0, Year 1 = 1 ... Year 14 = 14; nursery is -1.
int school_year_offset(const Date& dob, const Date& on);

// National curriculum year on `on` (the offset above), empty before Reception and after
// Year 14, where year groups are not used.
std::optional<int> national_curriculum_year(const Date& dob, const Date& on);

// "EYFS" (Reception and younger), "KS1" (Years 1-2), "KS2" (3-6), "KS3" (7-9), "KS4" (10-11),
// "KS5" (12-13, sixth form); empty beyond Year 13.
std::string key_stage(int year_offset);

// "early years" (before Reception), "primary" (Reception-Year 6), "secondary" (7-11),
// "post-16" (12-14), "post-19" (beyond).
std::string phase(int year_offset);

// The DfE's age bands for EHC plan statistics: "under 5", "5 to 10", "11 to 15",
// "16 to 19", "20 to 25"; "over 25" beyond (a plan cannot continue there).
std::string age_band(int age);

// The move a year of transfer leads to ("nursery to Reception", "Year 6 to secondary",
// "Year 11 to post-16", "post-16 to post-19"), or empty when the year is not one.
std::string transfer(int year_offset);

// "Year 4" -> 4, "Y10" -> 10, "Reception" -> 0, "Nursery" -> -1; empty when not a year group.
std::optional<int> parse_year_group(std::string_view text);

// Everything above for one child on one date.
struct DerivedFacts {
  Date on;
  int age = 0;
  int year_offset = 0;
  std::optional<int> year_group;  // national curriculum year, when school age
  std::string key_stage, phase, age_band, transfer;
};
DerivedFacts derive(const Date& dob, const Date& on);

// "Year 4", "Reception", "nursery", or "" for a year out of school age.
std::string year_name(int year_offset);

}  // namespace ehcpqa
