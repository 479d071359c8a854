// Facts derived from the date of birth: the English school year (set by the age on 31
// August), key stage, phase, DfE age band and transfer years.
#define BOOST_TEST_MODULE derived
#include <boost/test/included/unit_test.hpp>

#include "templates/derived.h"

using namespace ehcpqa;

namespace {
Date d(const char* iso) { return *Date::parse_iso(iso); }
}  // namespace

BOOST_AUTO_TEST_CASE(school_year_turns_on_31_august) {
  // Born 31 August 2016: the youngest of the year that started Reception in September 2020.
  BOOST_TEST(school_year_offset(d("2016-08-31"), d("2026-06-01")) == 5);
  // Born a day later: a year below.
  BOOST_TEST(school_year_offset(d("2016-09-01"), d("2026-06-01")) == 4);
  // The year changes on 1 September, not on the birthday.
  BOOST_TEST(school_year_offset(d("2016-03-15"), d("2026-08-31")) == 5);
  BOOST_TEST(school_year_offset(d("2016-03-15"), d("2026-09-01")) == 6);
  BOOST_TEST(school_year_offset(d("2023-01-10"), d("2026-11-16")) == -1);  // nursery
  BOOST_TEST(!national_curriculum_year(d("2023-01-10"), d("2026-11-16")));
  BOOST_TEST(*national_curriculum_year(d("2022-01-10"), d("2026-11-16")) == 0);  // Reception
  BOOST_TEST(!national_curriculum_year(d("2005-10-30"), d("2026-05-12")));       // post-19
}

BOOST_AUTO_TEST_CASE(key_stages_and_phases) {
  const std::pair<int, const char*> stages[] = {{-1, "EYFS"}, {0, "EYFS"}, {1, "KS1"}, {2, "KS1"}, {3, "KS2"},
                                                {6, "KS2"},  {7, "KS3"},  {9, "KS3"}, {10, "KS4"}, {11, "KS4"},
                                                {12, "KS5"}, {13, "KS5"}, {14, ""}};
  for (const auto& [year, stage] : stages) BOOST_TEST(key_stage(year) == stage, "year " << year);
  BOOST_TEST(phase(-1) == "early years");
  BOOST_TEST(phase(0) == "primary");
  BOOST_TEST(phase(6) == "primary");
  BOOST_TEST(phase(7) == "secondary");
  BOOST_TEST(phase(11) == "secondary");
  BOOST_TEST(phase(12) == "post-16");
  BOOST_TEST(phase(14) == "post-16");
  BOOST_TEST(phase(15) == "post-19");
}

BOOST_AUTO_TEST_CASE(dfe_age_bands) {
  BOOST_TEST(age_band(4) == "under 5");
  BOOST_TEST(age_band(5) == "5 to 10");
  BOOST_TEST(age_band(10) == "5 to 10");
  BOOST_TEST(age_band(11) == "11 to 15");
  BOOST_TEST(age_band(15) == "11 to 15");
  BOOST_TEST(age_band(16) == "16 to 19");
  BOOST_TEST(age_band(19) == "16 to 19");
  BOOST_TEST(age_band(20) == "20 to 25");
  BOOST_TEST(age_band(25) == "20 to 25");
  BOOST_TEST(age_band(26) == "over 25");
}

BOOST_AUTO_TEST_CASE(transfer_years) {
  BOOST_TEST(transfer(-1) == "nursery to Reception");
  BOOST_TEST(transfer(6) == "Year 6 to secondary");
  BOOST_TEST(transfer(11) == "Year 11 to post-16");
  BOOST_TEST(transfer(13) == "post-16 to post-19");
  BOOST_TEST(transfer(14) == "post-16 to post-19");
  for (int y : {0, 1, 2, 3, 5, 7, 10, 12, 15}) BOOST_TEST(transfer(y).empty(), "year " << y);
}

BOOST_AUTO_TEST_CASE(year_groups_as_written) {
  BOOST_TEST(*parse_year_group("Year 4") == 4);
  BOOST_TEST(*parse_year_group("Y10") == 10);
  BOOST_TEST(*parse_year_group("year 12 (first year of a two-year study programme)") == 12);
  BOOST_TEST(*parse_year_group("Reception") == 0);
  BOOST_TEST(*parse_year_group("Nursery") == -1);
  BOOST_TEST(!parse_year_group("Yearly"));
  BOOST_TEST(!parse_year_group("Year 15"));
}

BOOST_AUTO_TEST_CASE(facts_at_a_date) {
  const DerivedFacts f = derive(d("2016-03-15"), d("2026-11-23"));
  BOOST_TEST(f.age == 10);
  BOOST_TEST(*f.year_group == 6);
  BOOST_TEST(f.key_stage == "KS2");
  BOOST_TEST(f.phase == "primary");
  BOOST_TEST(f.age_band == "5 to 10");
  BOOST_TEST(f.transfer == "Year 6 to secondary");
  BOOST_TEST(year_name(-1) == "nursery");
  BOOST_TEST(year_name(0) == "Reception");
  BOOST_TEST(year_name(9) == "Year 9");
}
