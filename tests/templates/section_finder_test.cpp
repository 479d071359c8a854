// The section finder and front matter, per layout, on plan sketches.
#define BOOST_TEST_MODULE section_finder
#include <boost/test/included/unit_test.hpp>

#include "parser/markup/markup_reader.h"
#include "templates/plan_builder.h"
#include "templates/section_finder.h"
#include "text/config_file.h"

#include <fstream>

using namespace ehcpqa;

namespace {

const PlanBuilder& builder() {
  static const PlanBuilder b = PlanBuilder::load(std::string(EHCPQA_SOURCE_DIR) + "/templates");
  return b;
}

Plan plan_of(const std::string& sketch, const std::string& layout = "") {
  return builder().build(markup::read_markup(sketch), layout);
}

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

// ---- layout families (issue #5) ---------------------------------------------------------

BOOST_AUTO_TEST_CASE(titles_without_letters_are_matched_by_wording) {
  Plan plan = plan_of(
      "# My EHC Plan\n"
      "# 1. All about me\nI like netball.\n"
      "# 2. What I need help with\n## Communication and interaction\nShort sentences.\n"
      "# 3. My health\nAsthma.\n# 4. My care needs\nNone identified; parents confirmed.\n"
      "# 5. What I want to achieve\n- By July 2027, Jas will read aloud.\n"
      "# 6. The help I will get with my learning\n- Speech therapy weekly.\n"
      "# 7. The help I will get with my health\nInhaler training each September.\n"
      "# 8. Help from social care (Chronically Sick and Disabled Persons Act 1970)\nNone needed.\n"
      "# 9. Other help from social care\nNone needed.\n"
      "# 10. Where I will learn\nNorthbrook Primary School.\n"
      "# 11. My personal budget\nNot requested.\n# 12. Who gave advice for my plan\n- Parents - 2 May 2026\n");
  BOOST_TEST(plan.layout == "titled");
  BOOST_TEST(codes(plan) == "A B C D E F G H1 H2 I J K");
  BOOST_TEST(plan.layout_confidence == 1.0);
  // "My health" as a sub-heading inside B would not start C: only candidates that match do.
  BOOST_TEST(section_text(plan, "B") == "Communication and interaction|Short sentences.");
}

BOOST_AUTO_TEST_CASE(sections_in_a_different_order_keep_their_order) {
  Plan plan = plan_of(
      "**Section A: Views**\nText.\n**Section E: Outcomes**\n- By July 2027, Noah will read.\n"
      "**Section B: Needs**\nDyslexia.\n**Section F: Provision**\n- Literacy 3 x 30 minutes weekly.\n");
  BOOST_TEST(plan.layout == "lettered");
  BOOST_TEST(codes(plan) == "A E B F");
  BOOST_TEST(plan.items.size() == 2u);
  BOOST_TEST(plan.items[0].section == "E");
}

BOOST_AUTO_TEST_CASE(headings_in_shaded_rows_and_in_cells) {
  Plan plan = plan_of(
      "# Plan\n"
      "| ==Section A: Views== |\n\nRiley likes trains.\n"
      "| ==Section B: Needs== |\n\nRiley's speech is unclear.\n"
      "==Section C: Health==\nAsthma.\n"
      "| **Section I: Placement** | Oakfield Primary School, a mainstream primary school. |\n");
  BOOST_TEST(codes(plan) == "A B C I");
  BOOST_TEST(section_text(plan, "A") == "Riley likes trains.");
  BOOST_TEST(section_text(plan, "I") == "Oakfield Primary School, a mainstream primary school.");
  BOOST_TEST(plan.section("A")->title == "Section A: Views");
}

BOOST_AUTO_TEST_CASE(a_table_per_area_splits_its_cells_between_sections) {
  Plan plan = plan_of(
      "## Section A: Views\nText.\n"
      "## Section B: Special educational needs\n"
      "| ==Communication and interaction== |\n"
      "| **B - Needs** | **F - Provision** | **E - Outcomes** |\n"
      "| Sam cannot follow long instructions. | Visual timetable every lesson. | By July 2027, Sam will follow 3-step instructions. |\n"
      "| Sam speaks in short phrases. | - SaLT 30 minutes weekly.<br>- Language group 3 x 20 minutes. | By July 2027, Sam will use 6-word sentences. |\n"
      "\n| ==Cognition and learning== |\n"
      "| **B - Needs** | **F - Provision** | **E - Outcomes** |\n"
      "| Reads at Year 2 level. | Phonics 4 x 20 minutes weekly. | By July 2027, Sam will read a Year 3 book. |\n"
      "## Section G: Health provision\nNone.\n");
  BOOST_TEST(codes(plan) == "A B F E G");
  BOOST_TEST(section_text(plan, "B") ==
             "Communication and interaction|Sam cannot follow long instructions.|Sam speaks in short phrases.|"
             "Cognition and learning|Reads at Year 2 level.");
  BOOST_TEST(section_text(plan, "E") ==
             "By July 2027, Sam will follow 3-step instructions.|By July 2027, Sam will use 6-word sentences.|"
             "By July 2027, Sam will read a Year 3 book.");
  BOOST_TEST(plan.section("F")->title == "F - Provision");
  // Sections interleave: the first F unit comes before the first E unit, after B's.
  const auto f = plan.items_of(*plan.section("F"));
  BOOST_REQUIRE(f.size() == 4u);
  BOOST_TEST(f[1]->text == "SaLT 30 minutes weekly.");
  BOOST_TEST(f[1]->area == "communication-interaction");
  BOOST_TEST(f[3]->area == "cognition-learning");
  for (const Unit& u : plan.units) {
    if (u.text == "Communication and interaction") BOOST_TEST(u.role == UnitRole::area_title);
    if (u.text == "B - Needs") BOOST_TEST(u.role == UnitRole::column_header);
  }
}

BOOST_AUTO_TEST_CASE(health_and_social_care_tables_keep_their_own_area) {
  Plan plan = plan_of(
      "## Section C: Health needs\n"
      "| **C - Health needs** | **G - Health provision** | **E - Outcomes** |\n"
      "| Asthma. | Inhaler training each September by the school nurse. | By July 2027, Sam will use his inhaler himself. |\n"
      "## Section D: Social care needs\n"
      "| **D - Social care needs** | **H1 - CSDPA provision** | **H2 - Other provision** | **E - Outcomes** |\n"
      "| Needs short breaks. | Saturday club 3 hours weekly. | No other social care provision is required. | By July 2027, Sam will join a club. |\n");
  BOOST_TEST(codes(plan) == "C G E D H1 H2");
  BOOST_REQUIRE(plan.items.size() == 4u);
  BOOST_TEST(plan.items[0].section == "G");
  BOOST_TEST(plan.items[0].area == "health");
  BOOST_TEST(plan.items[1].section == "E");
  BOOST_TEST(plan.items[1].area == "health");
  BOOST_TEST(plan.items[2].section == "H1");
  BOOST_TEST(plan.items[2].area == "social-care");
  BOOST_TEST(plan.items[3].area == "social-care");
  // H2 holds an explicit statement: a section, but no item.
  BOOST_TEST(section_text(plan, "H2") == "No other social care provision is required.");
}

BOOST_AUTO_TEST_CASE(h_as_one_column_is_a_combined_section) {
  Plan plan = plan_of(
      "## Part 4: My social care\n"
      "| **Social care needs** | **Outcomes** | **Social care provision** |\n"
      "| None identified. | | No social care provision is required. |\n",
      "area-tables");
  BOOST_TEST(codes(plan) == "D E H");
  BOOST_TEST(plan.section("H1") == plan.section("H"));
}

BOOST_AUTO_TEST_CASE(columns_named_by_wording) {
  Plan plan = plan_of(
      "# Part 2: My needs, outcomes and provision\n"
      "| ==Social, emotional and mental health== |\n"
      "| **What I need help with** | **What I want to achieve** | **The help I will get** |\n"
      "| Leo is alone at lunch. | By July 2026, Leo will eat with a friend 3 days a week. | Gardening club daily with a member of staff. |\n",
      "area-tables");
  BOOST_TEST(codes(plan) == "B E F");
  BOOST_REQUIRE(plan.items.size() == 2u);
  BOOST_TEST(plan.items[0].area == "semh");
}

BOOST_AUTO_TEST_CASE(sign_off_is_not_part_of_section_k) {
  Plan plan = plan_of(
      "# EHC plan\n@header Final EHC Plan\n| Name: | Maya Okafor |\n| Date of Birth: | 09/02/2017 |\n"
      "## K - The advice and information gathered\n"
      "| **Advice and information requested:** | **Date received** | **Who from** |\n"
      "| Medical advice | 18 March 2026 | Dr James Hill, community paediatrician |\n"
      "**Sign-off**\n"
      "| **Local authority officer - name** | **Signature** | **Date** |\n"
      "| Daniel Price | D. Price | 30/06/2026 |\n",
      "change-programme");
  BOOST_TEST(codes(plan) == "K");
  BOOST_TEST(plan.back_start < plan.units.size());
  BOOST_TEST(section_text(plan, "K") == "Advice and information requested:|Date received|Who from|Medical advice|"
                                          "18 March 2026|Dr James Hill, community paediatrician");
  BOOST_REQUIRE(plan.front.signed_date);
  BOOST_TEST(plan.front.signed_date->iso() == "2026-06-30");
  BOOST_TEST(plan.front.status == PlanStatus::final);
  BOOST_TEST(plan.plan_date()->iso() == "2026-06-30");
  BOOST_REQUIRE(plan.advice.size() == 1u);
  BOOST_TEST(plan.advice[0].title == "Medical advice");
  BOOST_TEST(plan.advice[0].author == "Dr James Hill, community paediatrician");
  BOOST_TEST(plan.advice[0].date->iso() == "2026-03-18");
}

BOOST_AUTO_TEST_CASE(best_profile_wins_and_scores_are_kept) {
  Plan plan = plan_of("## Section 2 (B) Needs\nText.\n## Section 5 (E) Outcomes\nText.\n");
  BOOST_TEST(plan.layout == "numbered");
  BOOST_TEST(plan.layout_scores.size() == builder().profiles().size());
  for (const LayoutScore& s : plan.layout_scores) {
    if (s.name == "numbered") BOOST_TEST(s.codes_found == 2);
    if (s.name == "lettered") BOOST_TEST(s.codes_found == 0);
  }
  // A tie goes to the profile whose file sorts first, every time.
  const auto doc = markup::read_markup("**Section A: Views**\nText.\n**2 (B) Needs**\nText.\n");
  BOOST_TEST(builder().build(doc).layout == builder().build(doc).layout);
}

BOOST_AUTO_TEST_CASE(front_matter_from_new_fields_text_boxes_and_cells_below) {
  Plan plan = plan_of(
      "# EHC Plan\n@header DRAFT\n"
      "| **Name** | **Date of birth** | **Year group** |\n| Leo Grant | 12/01/2019 | Year 2 |\n"
      "Primary need: Speech, language and communication needs (SLCN)\nCurrent school: Oakfield Infants\n"
      "Date request for EHC needs assessment received: 1 June 2026\n"
      "| Date of annual review (phase transfer review) | 24 September 2026 |\n"
      "## Section A: Views\nText.\n");
  const FrontMatter& f = plan.front;
  BOOST_TEST(f.status == PlanStatus::draft);
  BOOST_REQUIRE(f.name);
  BOOST_TEST(f.name->value == "Leo Grant");
  BOOST_TEST(f.dob->iso() == "2019-01-12");
  BOOST_REQUIRE(f.school_year);
  BOOST_TEST(f.school_year->value == "Year 2");
  BOOST_REQUIRE(f.primary_need);
  BOOST_TEST(f.primary_need_code == "SLCN");
  BOOST_REQUIRE(f.placement);
  BOOST_TEST(f.placement->value == "Oakfield Infants");
  BOOST_TEST(f.request_date->iso() == "2026-06-01");
  BOOST_TEST(f.review_date->iso() == "2026-09-24");
}

BOOST_AUTO_TEST_CASE(new_profile_keys_are_checked) {
  const std::string path = std::string(EHCPQA_BINARY_DIR) + "/bad-profile.yaml";
  auto error_of = [&](const std::string& yaml) -> std::string {
    std::ofstream(path) << yaml;
    try {
      load_layout_profile(path, {"semh"});
    } catch (const ConfigError& e) {
      return e.what();
    }
    return "";
  };
  BOOST_TEST(error_of("name: x\nheadings:\n  titles: {A: [about me]}\ncolumns:\n  patern: ['(?P<code>b)']\n") ==
             path + ":5:3: unknown key 'patern' (did you mean 'patterns'?)");
  BOOST_TEST(error_of("name: x\nheadings:\n  titles:\n    Z: [about me]\n") ==
             path + ":4:5: 'Z' is not a section code (A to K, H1, H2 or H)");
  BOOST_TEST(error_of("name: x\nheadings:\n  titles: {A: [about me]}\nareas:\n  semhh: [feelings]\n") ==
             path + ":5:3: unknown area 'semhh' (areas: semh)");
  BOOST_TEST(error_of("name: x\nheadings:\n  max_length: 100\n") ==
             path + ":3:3: 'headings' needs 'patterns' (with the section letter) or 'titles' (wordings)");
}
