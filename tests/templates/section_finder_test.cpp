// The section finder and front matter, per layout, on plan sketches.
#define BOOST_TEST_MODULE section_finder
#include <boost/test/included/unit_test.hpp>

#include "parser/markup/markup_reader.h"
#include "templates/plan_builder.h"
#include "templates/section_finder.h"
#include "text/config_file.h"

using namespace ehcpqa;

namespace {

const PlanBuilder& builder() {
  static const PlanBuilder b = PlanBuilder::load(std::string(EHCPQA_SOURCE_DIR) + "/templates");
  return b;
}

Plan plan_of(const std::string& sketch) { return builder().build(markup::read_markup(sketch)); }

std::string codes(const Plan& plan) {
  std::string out;
  for (const Section& s : plan.sections) out += (out.empty() ? "" : " ") + s.code;
  return out;
}

std::string section_text(const Plan& plan, const std::string& code) {
  std::string out;
  if (const Section* s = plan.section(code)) {
    for (const Unit* u : plan.units_of(*s)) out += (out.empty() ? "" : "|") + u->text;
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(lettered_layout) {
  Plan plan = plan_of(
      "# Final EHC Plan\nName: Amira Hussain\n"
      "## Section A: Views, interests and aspirations\nAmira loves horses.\n"
      "## Section B: Special educational needs\n### Communication and interaction\nAmira uses short phrases.\n"
      "## Section C: Health needs\nAsthma.\n"
      "## Section H1 and H2: Social care provision\nNone required.\n"
      "## Section I: Placement\nOakfield School.\n");
  BOOST_TEST(plan.layout == "lettered");
  BOOST_TEST(codes(plan) == "A B C H I");
  // A sub-heading inside B is not a new section, and belongs to B.
  BOOST_TEST(section_text(plan, "B") == "Communication and interaction|Amira uses short phrases.");
  BOOST_TEST(plan.section("H2") == plan.section("H1"));
  BOOST_TEST(plan.layout_confidence == 6.0 / 12.0);
}

BOOST_AUTO_TEST_CASE(numbered_layout_with_letters) {
  Plan plan = plan_of(
      "# Education, Health and Care Plan (Final)\n"
      "## Section 1 (A) - All about me\nText.\n"
      "## Section 2 (B) Special educational needs\nText.\n"
      "## Section 5: (E) Outcomes\nText.\n"
      "## Section 8 [H1] Social care provision (CSDPA)\nText.\n"
      "## 9. (H2) Other social care provision\nText.\n"
      "## Section 12 (K) Advice and information\nText.\n");
  BOOST_TEST(plan.layout == "numbered");
  BOOST_TEST(codes(plan) == "A B E H1 H2 K");
}

BOOST_AUTO_TEST_CASE(headings_need_heading_style_or_bold) {
  Plan plan = plan_of(
      "# Plan\n"
      "**Section A: Views**\nText.\n"
      "As Section B says, Sam needs help.\n"  // body text mentioning a section
      "Section C: Health needs\n");            // plain paragraph: not a heading
  BOOST_TEST(codes(plan) == "A");
}

BOOST_AUTO_TEST_CASE(forced_layout_and_unknown_layout) {
  const auto doc = markup::read_markup("## Section 2 (B) Needs\nText.\n## Section B: Needs\nText.\n");
  BOOST_TEST(builder().build(doc, "numbered").layout == "numbered");
  BOOST_TEST(builder().build(doc, "lettered").layout == "lettered");
  BOOST_CHECK_THROW(builder().build(doc, "no-such-layout"), ConfigError);
  BOOST_TEST(builder().build(markup::read_markup("Just a letter.\n")).layout == "unknown");
}

BOOST_AUTO_TEST_CASE(repeated_heading_continues_the_section) {
  Plan plan = plan_of("**Section A: Views**\n**Section B: Needs**\n**Section A: Views**\nReal A text.\n**Section B: Needs**\nReal B text.\n");
  BOOST_TEST(codes(plan) == "A B");
  BOOST_TEST(section_text(plan, "A") == "Real A text.");
}

BOOST_AUTO_TEST_CASE(front_matter_from_label_paragraphs) {
  Plan plan = plan_of(
      "# Final Education, Health and Care Plan\n"
      "Name: Amira Hussain (known as Mira)\nDate of birth: 3rd March 2015\n"
      "Date of draft: 01/02/2026\nDate final plan issued: 2 Mar 26\nDate of last annual review: 10/01/2025\n"
      "## Section A: Views\nText.\n");
  const FrontMatter& f = plan.front;
  BOOST_REQUIRE(f.name);
  BOOST_TEST(f.name->value == "Amira Hussain");
  BOOST_REQUIRE(f.preferred_name);
  BOOST_TEST(f.preferred_name->value == "Mira");
  BOOST_TEST(f.dob->iso() == "2015-03-03");
  BOOST_TEST(f.draft_date->iso() == "2026-02-01");
  BOOST_TEST(f.issue_date->iso() == "2026-03-02");
  BOOST_TEST(f.review_date->iso() == "2025-01-10");
  BOOST_TEST(f.status == PlanStatus::final);
  BOOST_TEST(plan.plan_date()->iso() == "2026-03-02");
}

BOOST_AUTO_TEST_CASE(front_matter_from_tables_and_headers) {
  Plan plan = plan_of(
      "@header DRAFT | Child's name: Leo Grant | DOB: 12/01/2019\n"
      "# Education, Health and Care Plan\n"
      "| Date of draft | 14 October 2026 |\n"
      "| Preferred name | |\n"
      "## Section A: Views\nText.\n");
  const FrontMatter& f = plan.front;
  BOOST_TEST(f.status == PlanStatus::draft);
  BOOST_TEST(f.name->value == "Leo Grant");
  BOOST_TEST(f.dob->iso() == "2019-01-12");
  BOOST_TEST(f.draft_date->iso() == "2026-10-14");
  BOOST_TEST(!f.preferred_name);  // an empty cell is no value
  BOOST_TEST(plan.plan_date()->iso() == "2026-10-14");
}

BOOST_AUTO_TEST_CASE(front_matter_ignores_placeholders_and_prose) {
  Plan plan = plan_of(
      "# EHC Plan\nName: {{ name }}\nDate of birth: [Enter date]\n"
      "Name badges are worn by staff.\n"
      "## Section A: Views\nText.\n");
  BOOST_TEST(!plan.front.name);
  BOOST_TEST(!plan.front.dob);
  BOOST_TEST(plan.front.status == PlanStatus::unknown);
}

BOOST_AUTO_TEST_CASE(status_words) {
  BOOST_TEST(plan_of("# Proposed amended EHC plan\n").front.status == PlanStatus::draft);
  BOOST_TEST(plan_of("# EHC Plan - amended following annual review\n").front.status == PlanStatus::final);
  BOOST_TEST(plan_of("# Final draft EHC plan\n").front.status == PlanStatus::draft);
  BOOST_TEST(plan_of("# EHC Plan\nPlan status: Final\n").front.status == PlanStatus::final);
  // A label such as "Date of draft" does not make a final plan a draft.
  BOOST_TEST(plan_of("# Final EHC Plan\n**Date of draft:** 1 May 2026\n").front.status == PlanStatus::final);
}

BOOST_AUTO_TEST_CASE(profile_errors_point_at_the_line) {
  const std::string path = std::string(EHCPQA_BINARY_DIR) + "/bad-profile.yaml";
  {
    std::ofstream out(path);
    out << "name: broken\nheadings:\n  patterns:\n    - '^section (?P<letter>[a-k])'\n";
  }
  try {
    load_layout_profile(path);
    BOOST_FAIL("expected a ConfigError");
  } catch (const ConfigError& e) {
    BOOST_TEST(std::string(e.what()) == path + ":4:7: the pattern needs a named group (?P<code>...) for the section code");
  }
  {
    std::ofstream out(path);
    out << "name: broken\nheading:\n  patterns: []\n";
  }
  try {
    load_layout_profile(path);
    BOOST_FAIL("expected a ConfigError");
  } catch (const ConfigError& e) {
    BOOST_TEST(std::string(e.what()) == path + ":2:1: unknown key 'heading' (did you mean 'headings'?)");
  }
}
