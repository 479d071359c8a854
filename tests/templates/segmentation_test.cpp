// Every sample plan against its expected segmentation (samples/<stem>.segmentation.yaml,
// written by tools/make_samples.py from what it put in the plan): the layout chosen, section
// boundaries and first words, items with their areas, Section K's advice entries, the front
// matter and the facts derived from it. Texts are compared as prefixes after tidying.
#define BOOST_TEST_MODULE segmentation
#include <boost/test/included/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include <yaml-cpp/yaml.h>

#include "parser/reader.h"
#include "reports/document_result.h"
#include "templates/plan_builder.h"
#include "text/normalize.h"

namespace fs = std::filesystem;
using namespace ehcpqa;

namespace {

const std::string kSamples = std::string(EHCPQA_SOURCE_DIR) + "/samples";

const PlanBuilder& builder() {
  static const PlanBuilder b = PlanBuilder::load(std::string(EHCPQA_SOURCE_DIR) + "/templates");
  return b;
}

std::vector<std::string> files_ending(const std::string& suffix) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(kSamples)) {
    const std::string name = e.path().filename().string();
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      out.push_back(e.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string str(const YAML::Node& n) { return (!n || n.IsNull()) ? "" : n.as<std::string>(); }

std::string iso(const std::optional<Date>& d) { return d ? d->iso() : ""; }

// True when `actual`, tidied, starts with the expected words, tidied.
bool starts(const std::string& actual, const std::string& expected) {
  const std::string a = text::tidy(actual), e = text::tidy(expected);
  return a.compare(0, e.size(), e) == 0;
}

std::string first_text(const Plan& plan, const Section& s) {
  for (const Unit* u : plan.units_of(s)) {
    if (u->heading_level == 0 && u->role == UnitRole::content && !u->header_row && !text::is_blank(u->text)) {
      return u->text;
    }
  }
  return "";
}

void check_derived(const YAML::Node& expected, const std::optional<DerivedSummary>& got, const char* when) {
  BOOST_TEST_CONTEXT("derived at " << when) {
    BOOST_TEST(expected.IsNull() == !got.has_value());
    if (expected.IsNull() || !got) return;
    BOOST_TEST(expected["age"].as<int>() == got->age_years);
    BOOST_TEST(str(expected["year_group"]) == (got->year_group ? std::to_string(*got->year_group) : ""));
    BOOST_TEST(str(expected["key_stage"]) == got->key_stage);
    BOOST_TEST(str(expected["phase"]) == got->phase);
    BOOST_TEST(str(expected["age_band"]) == got->age_band);
    BOOST_TEST(str(expected["transfer"]) == got->transfer);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_sample_plan_has_a_segmentation_file) {
  const auto plans = files_ending(".docx");
  BOOST_TEST(plans.size() >= 16u);
  for (const std::string& plan : plans) {
    const std::string expected = plan.substr(0, plan.size() - 5) + ".segmentation.yaml";
    BOOST_TEST(fs::exists(expected), plan << " has no segmentation file");
  }
}

BOOST_AUTO_TEST_CASE(every_sample_is_segmented_as_expected) {
  int plans = 0, sections = 0, items = 0, advice = 0;
  for (const std::string& file : files_ending(".segmentation.yaml")) {
    const YAML::Node expected = YAML::LoadFile(file);
    const std::string document = kSamples + "/" + expected["document"].as<std::string>();
    BOOST_TEST_CONTEXT("sample " << document) {
      const Date as_of = *Date::parse_iso(expected["as_of"].as<std::string>());
      const Plan plan = builder().build(read_document(document));
      const PlanSummary s = summarise(plan, as_of);
      ++plans;
      BOOST_TEST(plan.layout == expected["layout"].as<std::string>());

      const YAML::Node f = expected["front_matter"];
      BOOST_TEST(s.status == str(f["status"]));
      BOOST_TEST(s.name.value_or("") == str(f["name"]));
      BOOST_TEST(s.preferred_name.value_or("") == str(f["preferred_name"]));
      BOOST_TEST(iso(s.dob) == str(f["dob"]));
      BOOST_TEST(iso(s.plan_date) == str(f["plan_date"]));
      BOOST_TEST(iso(s.draft_date) == str(f["draft_date"]));
      BOOST_TEST(iso(s.issue_date) == str(f["issue_date"]));
      BOOST_TEST(iso(s.review_date) == str(f["review_date"]));
      BOOST_TEST(iso(s.request_date) == str(f["request_date"]));
      BOOST_TEST(iso(s.signed_date) == str(f["signed_date"]));
      BOOST_TEST(text::tidy(s.school_year.value_or("")) == text::tidy(str(f["school_year"])));
      BOOST_TEST(text::tidy(s.primary_need.value_or("")) == text::tidy(str(f["primary_need"])));
      BOOST_TEST(s.primary_need_code.value_or("") == str(f["primary_need_code"]));
      BOOST_TEST(text::tidy(s.placement.value_or("")) == text::tidy(str(f["placement"])));
      check_derived(expected["derived"]["plan_date"], s.at_plan_date, "the plan date");
      check_derived(expected["derived"]["as_of"], s.at_as_of, "the audit date");

      // Sections, in order of first appearance, with their first words and item counts.
      const YAML::Node want_sections = expected["sections"];
      BOOST_REQUIRE_EQUAL(plan.sections.size(), want_sections.size());
      for (size_t i = 0; i < plan.sections.size(); ++i) {
        const Section& got = plan.sections[i];
        const YAML::Node want = want_sections[i];
        BOOST_TEST_CONTEXT("section " << str(want["code"])) {
          BOOST_TEST(got.code == str(want["code"]));
          BOOST_TEST(text::tidy(got.title) == text::tidy(str(want["title"])));
          BOOST_TEST(starts(first_text(plan, got), str(want["first_words"])),
                     "first words '" << text::tidy(first_text(plan, got)).substr(0, 60) << "'");
          BOOST_TEST(plan.items_of(got).size() == want["items"].as<size_t>());
        }
        ++sections;
      }

      // Items, section by section, in order.
      std::map<std::string, std::vector<YAML::Node>> want_items;
      for (const YAML::Node& i : expected["items"]) want_items[str(i["section"])].push_back(i);
      for (const Section& sec : plan.sections) {
        const auto got = plan.items_of(sec);
        const auto& want = want_items[sec.code];
        BOOST_TEST_CONTEXT("items of " << sec.code) {
          BOOST_TEST(got.size() == want.size());
          for (size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
            BOOST_TEST_CONTEXT("item " << i << ": " << text::tidy(got[i]->text).substr(0, 70)) {
              BOOST_TEST(got[i]->area == str(want[i]["area"]));
              BOOST_TEST(to_string(got[i]->kind) == str(want[i]["kind"]));
              BOOST_TEST(starts(got[i]->text, str(want[i]["text"])), "expected '" << str(want[i]["text"]) << "'");
            }
            ++items;
          }
        }
      }

      // Section K's advice entries.
      const YAML::Node want_advice = expected["advice"];
      BOOST_TEST(plan.advice.size() == want_advice.size());
      for (size_t i = 0; i < std::min(plan.advice.size(), static_cast<size_t>(want_advice.size())); ++i) {
        const Advice& got = plan.advice[i];
        BOOST_TEST_CONTEXT("advice " << i << ": " << got.title) {
          BOOST_TEST(starts(got.title, str(want_advice[i]["title"])), "expected '" << str(want_advice[i]["title"]) << "'");
          BOOST_TEST(starts(got.author, str(want_advice[i]["author"])), "expected '" << str(want_advice[i]["author"]) << "'");
          BOOST_TEST(iso(got.date) == str(want_advice[i]["date"]));
        }
        ++advice;
      }
    }
  }
  std::cout << "segmentation: " << plans << " plans, " << sections << " sections, " << items << " items, "
            << advice << " advice entries compared\n";
  BOOST_TEST(plans >= 16);
}
