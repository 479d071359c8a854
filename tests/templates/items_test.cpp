// Items on plan sketches: outcomes (E), provision (F, G, H1, H2) and advice entries (K) split
// from lists, table rows and sentences, each with the area of need it is written under.
#define BOOST_TEST_MODULE items
#include <boost/test/included/unit_test.hpp>

#include "parser/markup/markup_reader.h"
#include "templates/plan_builder.h"

using namespace ehcpqa;

namespace {

const PlanBuilder& builder() {
  static const PlanBuilder b = PlanBuilder::load(std::string(EHCPQA_SOURCE_DIR) + "/templates");
  return b;
}

Plan plan_of(const std::string& sketch) { return builder().build(markup::read_markup(sketch)); }

// "area: text" for each item of a section, joined by '|'.
std::string items(const Plan& plan, const std::string& code) {
  std::string out;
  const Section* s = plan.section(code);
  if (!s) return "(no section)";
  for (const Item* i : plan.items_of(*s)) out += (out.empty() ? "" : "|") + (i->area.empty() ? "-" : i->area) + ": " + i->text;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(list_items_are_items_and_deeper_levels_belong_to_them) {
  Plan plan = plan_of(
      "## Section E: Outcomes\n"
      "Riley's outcomes are:\n"
      "- By July 2027, Riley will read 20 words.\n"
      "-- Step: by March 2027, 10 words.\n"
      "- By July 2027, Riley will count to 50.\n");
  BOOST_TEST(items(plan, "E") == "-: By July 2027, Riley will read 20 words. Step: by March 2027, 10 words.|"
                                 "-: By July 2027, Riley will count to 50.");
  BOOST_TEST(plan.items[0].kind == ItemKind::outcome);
}

BOOST_AUTO_TEST_CASE(numbered_items_and_prose_after_a_list) {
  Plan plan = plan_of(
      "## Section F: Special educational provision\n"
      "1. Phonics 3 x 20 minutes a week.\n"
      "2. Speech therapy 30 minutes weekly.\n"
      "Adult support at playtimes every day.\n");
  BOOST_TEST(items(plan, "F") == "-: Phonics 3 x 20 minutes a week.|-: Speech therapy 30 minutes weekly.|"
                                 "-: Adult support at playtimes every day.");
}

BOOST_AUTO_TEST_CASE(sentences_of_prose_are_items_and_introductions_are_not) {
  Plan prose = plan_of(
      "## Section G: Health provision\n"
      "The school nurse will train two staff each September. Dr. Rao will review asthma once a year.\n");
  BOOST_TEST(items(prose, "G") == "health: The school nurse will train two staff each September.|"
                                  "health: Dr. Rao will review asthma once a year.");
  Plan intro = plan_of(
      "## Section E: Outcomes\n"
      "These outcomes run to July 2027.\n"
      "**Communication and interaction**\n"
      "- By July 2027, Sam will use 6-word sentences.\n");
  BOOST_TEST(items(intro, "E") == "communication-interaction: By July 2027, Sam will use 6-word sentences.");
  Plan bracket = plan_of(
      "## Section F: Provision\nPhonics (Read Write Inc. Fresh Start) 4 x 20 minutes. A laptop in every lesson.\n");
  BOOST_TEST(items(bracket, "F") == "-: Phonics (Read Write Inc. Fresh Start) 4 x 20 minutes.|-: A laptop in every lesson.");
}

BOOST_AUTO_TEST_CASE(table_rows_are_items_with_areas_from_title_rows_and_row_labels) {
  Plan plan = plan_of(
      "## Section F: Special educational provision\n"
      "Provision is delivered in term time.\n"
      "| **Provision** | **How often** | **Delivered by** |\n"
      "| **Communication and interaction** |\n"
      "| Speech therapy. | Weekly, 30 minutes | Speech and language therapist |\n"
      "| Visual timetable. | Every lesson | Class teacher |\n"
      "| **Cognition and learning** |\n"
      "| Phonics. | 4 x 20 minutes | Teaching assistant |\n"
      "## Section E: Outcomes\n"
      "| **Area** | **Outcome** |\n"
      "| Employment (preparing for adulthood) | By July 2027, Ayesha will complete work experience. |\n"
      "| Confidence | By July 2027, Ayesha will speak in assembly. |\n");
  BOOST_TEST(items(plan, "F") ==
             "communication-interaction: Speech therapy. | Weekly, 30 minutes | Speech and language therapist|"
             "communication-interaction: Visual timetable. | Every lesson | Class teacher|"
             "cognition-learning: Phonics. | 4 x 20 minutes | Teaching assistant");
  BOOST_TEST(items(plan, "E") ==
             "pfa-employment: By July 2027, Ayesha will complete work experience.|"
             "-: Confidence | By July 2027, Ayesha will speak in assembly.");
}

BOOST_AUTO_TEST_CASE(rows_a_cell_announces_belong_to_its_item) {
  // A PDF gives a timetable drawn under "2 sessions a week:" as rows of their own.
  Plan plan = plan_of(
      "## Section F: Special educational provision\n"
      "| Mentoring to rehearse his anxiety plan. | 2 sessions of 30 minutes a week: | Learning mentor |\n"
      "| Monday | 08:40-09:10 | Learning Hub |\n"
      "| Thursday | 13:00-13:30 | Learning Hub |\n"
      "| Reading intervention in a group of 3. | 4 x 20 minutes a week | Teaching assistant |\n"
      "| Daily | check-in with his key adult | Key adult |\n");
  BOOST_TEST(items(plan, "F") ==
             "-: Mentoring to rehearse his anxiety plan. | 2 sessions of 30 minutes a week: | Learning mentor | "
             "Monday | 08:40-09:10 | Learning Hub | Thursday | 13:00-13:30 | Learning Hub|"
             "-: Reading intervention in a group of 3. | 4 x 20 minutes a week | Teaching assistant|"
             "-: Daily | check-in with his key adult | Key adult");  // no ':' before it: a row of its own
}

BOOST_AUTO_TEST_CASE(nothing_to_provide_is_not_an_item) {
  Plan plan = plan_of(
      "## Section H1: Social care provision\nNo social care provision is required.\n"
      "## Section H2: Other social care provision\nN/A\n"
      "## Section G: Health provision\nAs no health needs are identified in Section C, none is specified.\n"
      "## Section E: Outcomes\n{{ outcome_1 }}\n");
  BOOST_TEST(plan.items.empty());
}

BOOST_AUTO_TEST_CASE(areas_follow_sub_headings_and_sections) {
  Plan plan = plan_of(
      "## Section F: Special educational provision\n"
      "### Communication and interaction\n- Speech therapy weekly.\n"
      "### Social, emotional and mental health\n- Mentoring weekly.\n"
      "### Staff training\n- Autism training for all staff each term.\n"
      "## Section H2: Other social care provision\n- Short breaks 6 hours a month.\n");
  BOOST_TEST(items(plan, "F") == "communication-interaction: Speech therapy weekly.|semh: Mentoring weekly.|"
                                 "-: Autism training for all staff each term.");
  BOOST_TEST(items(plan, "H2") == "social-care: Short breaks 6 hours a month.");
}

BOOST_AUTO_TEST_CASE(advice_entries_from_tables_with_and_without_headers) {
  Plan with_header = plan_of(
      "## Section K: Advice and information\n"
      "| **Advice or information** | **Given by (name and role)** | **Date** |\n"
      "| Psychological advice | Dr Omar Siddiqui, educational psychologist | 18 June 2026 |\n");
  BOOST_REQUIRE(with_header.advice.size() == 1u);
  BOOST_TEST(with_header.advice[0].title == "Psychological advice");
  BOOST_TEST(with_header.advice[0].author == "Dr Omar Siddiqui, educational psychologist");
  BOOST_TEST(with_header.advice[0].date->iso() == "2026-06-18");

  Plan no_header = plan_of(
      "## Section K: Advice and information\n"
      "| Medical advice | 2 September 2026 | Mrs Kath Lowe, school nurse |\n");
  BOOST_REQUIRE(no_header.advice.size() == 1u);
  BOOST_TEST(no_header.advice[0].title == "Medical advice");
  BOOST_TEST(no_header.advice[0].author == "Mrs Kath Lowe, school nurse");
  BOOST_TEST(no_header.advice[0].date->iso() == "2026-09-02");
}

BOOST_AUTO_TEST_CASE(advice_entries_from_lines) {
  Plan plan = plan_of(
      "## Section K: Advice and information\n"
      "The advice used was:\n"
      "- Parents' views - Priya and Sunil Patel (parents) - 2 May 2026\n"
      "- Social care advice: Northbrook Children's Services (no involvement), 28/04/2026\n");
  BOOST_REQUIRE(plan.advice.size() == 2u);
  BOOST_TEST(plan.advice[0].title == "Parents' views");
  BOOST_TEST(plan.advice[0].author == "Priya and Sunil Patel (parents)");
  BOOST_TEST(plan.advice[0].date->iso() == "2026-05-02");
  BOOST_TEST(plan.advice[1].title == "Social care advice");
  BOOST_TEST(plan.advice[1].author == "Northbrook Children's Services (no involvement)");
  BOOST_TEST(plan.advice[1].date->iso() == "2026-04-28");
  BOOST_TEST(plan.items.size() == 2u);
  BOOST_TEST(plan.items[0].kind == ItemKind::advice);
}

BOOST_AUTO_TEST_CASE(areas_are_not_read_in_section_k) {
  // "Social care" names the kind of advice here, not an area of need.
  Plan plan = plan_of(
      "## Section K: Advice and information\n"
      "| **Advice and information requested:** | **Date received** | **Who from** |\n"
      "| Social care | 13 March 2026 | Wrenfield Children's Services |\n");
  BOOST_REQUIRE(plan.advice.size() == 1u);
  BOOST_TEST(plan.advice[0].title == "Social care");
}
