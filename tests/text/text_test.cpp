// Dates, normalisation, sentences and year groups: the small pieces every rule leans on.
#define BOOST_TEST_MODULE text
#include <boost/test/included/unit_test.hpp>

#include "templates/derived.h"
#include "text/bidi.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/uk_date.h"

using namespace ehcpqa;

namespace {
std::string iso(std::string_view s) {
  auto d = text::first_date(s);
  return d ? d->iso() : "none";
}
}  // namespace

BOOST_AUTO_TEST_CASE(uk_date_forms) {
  BOOST_TEST(iso("3rd March 2025") == "2025-03-03");
  BOOST_TEST(iso("3 March 2025") == "2025-03-03");
  BOOST_TEST(iso("1st of September 2024") == "2024-09-01");
  BOOST_TEST(iso("03/03/2025") == "2025-03-03");
  BOOST_TEST(iso("3/3/25") == "2025-03-03");
  BOOST_TEST(iso("3 Mar 25") == "2025-03-03");
  BOOST_TEST(iso("3-Mar-2025") == "2025-03-03");
  BOOST_TEST(iso("Sept 14th, 2011") == "2011-09-14");
  BOOST_TEST(iso("2025-03-03") == "2025-03-03");
  BOOST_TEST(iso("12/01/99") == "1999-01-12");
  BOOST_TEST(iso("Issued on 14.02.2011 by the LA") == "2011-02-14");
}

BOOST_AUTO_TEST_CASE(uk_dates_are_day_first_and_validated) {
  BOOST_TEST(iso("04/05/2020") == "2020-05-04");
  BOOST_TEST(iso("31/02/2025") == "none");
  BOOST_TEST(iso("29/02/2024") == "2024-02-29");
  BOOST_TEST(iso("29/02/2025") == "none");
  BOOST_TEST(iso("Year 10, 2 hours a week") == "none");
  auto all = text::find_dates("Draft 1 March 2026; final 12/05/2026.");
  BOOST_REQUIRE_EQUAL(all.size(), 2u);
  BOOST_TEST(all[1].date.iso() == "2026-05-12");
}

BOOST_AUTO_TEST_CASE(date_arithmetic) {
  Date dob{2011, 2, 14};
  BOOST_TEST(Date({2026, 2, 13}).years_since(dob) == 14);
  BOOST_TEST(Date({2026, 2, 14}).years_since(dob) == 15);
  BOOST_TEST(Date::from_days(Date{2024, 2, 29}.days()).iso() == "2024-02-29");
  BOOST_TEST(Date({2026, 3, 2}).months_since(Date{2025, 3, 2}) == 12);
  BOOST_TEST(Date({2026, 3, 1}).months_since(Date{2025, 3, 2}) == 11);
}

BOOST_AUTO_TEST_CASE(national_curriculum_year_uses_age_on_31_august) {
  // Born 14 Feb 2011: 14 on 31 Aug 2025, so Year 10 in 2025/26.
  BOOST_TEST(*national_curriculum_year({2011, 2, 14}, {2026, 3, 2}) == 10);
  // Born 31 Aug 2016 (youngest in the year) and 1 Sep 2016 (oldest in the next).
  BOOST_TEST(*national_curriculum_year({2016, 8, 31}, {2026, 1, 10}) == 5);
  BOOST_TEST(*national_curriculum_year({2016, 9, 1}, {2026, 1, 10}) == 4);
  // The year changes on 1 September.
  BOOST_TEST(*national_curriculum_year({2016, 9, 1}, {2026, 8, 31}) == 4);
  BOOST_TEST(*national_curriculum_year({2016, 9, 1}, {2026, 9, 1}) == 5);
  BOOST_TEST(*national_curriculum_year({2021, 6, 1}, {2025, 10, 1}) == 0);  // Reception
  BOOST_TEST(!national_curriculum_year({2023, 6, 1}, {2025, 10, 1}));       // nursery
}

BOOST_AUTO_TEST_CASE(fold_makes_text_comparable) {
  BOOST_TEST(text::fold("  Child\u2019s   NAME\u00a0 ") == "child's name");
  BOOST_TEST(text::fold("CAFE\u0301") == text::fold("caf\u00e9"));
  BOOST_TEST(text::fold("Section\u2013B") == "section-b");
  BOOST_TEST(text::tidy("Keeps Case \u201cquoted\u201d") == "Keeps Case \"quoted\"");
  BOOST_TEST(text::word_count("Sam's plan, page 2 of 9.") == 6);
  BOOST_TEST(text::is_blank(" - . "));
}

BOOST_AUTO_TEST_CASE(sentences_split_with_icu) {
  const std::string t = "Dr. Smith saw Sam on Monday. Sam said: \"I like it.\" He will go back.";
  auto spans = text::sentences(t);
  BOOST_REQUIRE_EQUAL(spans.size(), 3u);
  BOOST_TEST(t.substr(spans[0].offset, spans[0].length) == "Dr. Smith saw Sam on Monday.");
  BOOST_TEST(t.substr(spans[2].offset, spans[2].length) == "He will go back.");
}

BOOST_AUTO_TEST_CASE(right_to_left_lines_are_put_in_logical_order) {
  // "مدنين الشمالية" as a PDF draws it: glyphs left to right, so each word reversed and the
  // second word first.
  const std::string logical = "\xD9\x85\xD8\xAF\xD9\x86\xD9\x8A\xD9\x86 \xD8\xA7\xD9\x84\xD8\xB4\xD9\x85\xD8\xA7\xD9\x84\xD9\x8A\xD8\xA9";
  const std::string visual = "\xD8\xA9\xD9\x8A\xD9\x84\xD8\xA7\xD9\x85\xD8\xB4\xD9\x84\xD8\xA7 \xD9\x86\xD9\x8A\xD9\x86\xD8\xAF\xD9\x85";
  BOOST_TEST(text::has_right_to_left(visual));
  BOOST_TEST(text::visual_to_logical(visual) == logical);
  // Digits keep their order inside a right-to-left line: "2014 <word>" seen is "<word> 2014" read.
  BOOST_TEST(text::visual_to_logical("2014 " + visual) == logical + " 2014");
  // Left-to-right text is untouched.
  BOOST_TEST(!text::has_right_to_left("Section F: provision, 3 x 20 minutes"));
  BOOST_TEST(text::visual_to_logical("Section F: provision") == "Section F: provision");
}
