// Every sample plan against its expected segmentation (samples/<stem>.segmentation.yaml,
// written by tools/make_samples.py from what it put in the plan): the layout chosen, section
// boundaries and first words, items with their areas, Section K's advice entries, the front
// matter and the facts derived from it. Texts are compared as prefixes after tidying.
//
// Each plan is read twice, from the Word file and from its PDF export (<stem>.pdf), and both
// must give the same segmentation. A difference the PDF reader cannot remove is listed under
// `known_misses:` in the segmentation file ({what, formats, why}; `what` names a part compared
// below, such as "items of F" or "front_matter.name"): it is reported, not failed, and a known
// miss that no longer happens fails, so the list cannot go stale.
#define BOOST_TEST_MODULE segmentation
#include <boost/test/included/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

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

// Mismatches found in one reading of one plan, by the part of the segmentation they are in.
struct Mismatches {
  std::map<std::string, std::vector<std::string>> by_part;

  void expect(bool ok, const std::string& part, const std::string& detail) {
    if (!ok) by_part[part].push_back(detail);
  }
  template <typename A, typename B>
  void equal(const A& got, const B& want, const std::string& part, const std::string& what) {
    std::ostringstream d;
    d << what << ": got '" << got << "', expected '" << want << "'";
    expect(got == want, part, d.str());
  }
};

void check_derived(const YAML::Node& expected, const std::optional<DerivedSummary>& got, const std::string& when,
                   Mismatches& m) {
  const std::string part = "derived." + when;
  m.equal(got.has_value(), !expected.IsNull(), part, "derived facts present");
  if (expected.IsNull() || !got) return;
  m.equal(got->age_years, expected["age"].as<int>(), part, "age");
  m.equal(got->year_group ? std::to_string(*got->year_group) : "", str(expected["year_group"]), part, "year group");
  m.equal(got->key_stage, str(expected["key_stage"]), part, "key stage");
  m.equal(got->phase, str(expected["phase"]), part, "phase");
  m.equal(got->age_band, str(expected["age_band"]), part, "age band");
  m.equal(got->transfer, str(expected["transfer"]), part, "transfer");
}

struct Counts {
  int plans = 0, sections = 0, items = 0, advice = 0;
};

// Compares the plan read from `document` with `expected`, part by part.
Mismatches compare(const YAML::Node& expected, const std::string& document, Counts& n) {
  Mismatches m;
  const Date as_of = *Date::parse_iso(expected["as_of"].as<std::string>());
  const Plan plan = builder().build(read_document(document));
  const PlanSummary s = summarise(plan, as_of);
  ++n.plans;
  m.equal(plan.layout, expected["layout"].as<std::string>(), "layout", "layout");

  const YAML::Node f = expected["front_matter"];
  auto front = [&](const std::string& field, const std::string& got) {
    m.equal(got, str(f[field]), "front_matter." + field, field);
  };
  auto front_tidy = [&](const std::string& field, const std::optional<std::string>& got) {
    m.equal(text::tidy(got.value_or("")), text::tidy(str(f[field])), "front_matter." + field, field);
  };
  front("status", s.status);
  front("name", s.name.value_or(""));
  front("preferred_name", s.preferred_name.value_or(""));
  front("dob", iso(s.dob));
  front("plan_date", iso(s.plan_date));
  front("draft_date", iso(s.draft_date));
  front("issue_date", iso(s.issue_date));
  front("review_date", iso(s.review_date));
  front("request_date", iso(s.request_date));
  front("signed_date", iso(s.signed_date));
  front_tidy("school_year", s.school_year);
  front_tidy("primary_need", s.primary_need);
  front("primary_need_code", s.primary_need_code.value_or(""));
  front_tidy("placement", s.placement);
  check_derived(expected["derived"]["plan_date"], s.at_plan_date, "plan_date", m);
  check_derived(expected["derived"]["as_of"], s.at_as_of, "as_of", m);

  // Sections, in order of first appearance, with their first words and item counts.
  const YAML::Node want_sections = expected["sections"];
  m.equal(plan.sections.size(), want_sections.size(), "sections", "number of sections");
  if (plan.sections.size() != want_sections.size()) return m;
  for (size_t i = 0; i < plan.sections.size(); ++i) {
    const Section& got = plan.sections[i];
    const YAML::Node want = want_sections[i];
    const std::string part = "section " + str(want["code"]);
    m.equal(got.code, str(want["code"]), part, "code");
    m.equal(text::tidy(got.title), text::tidy(str(want["title"])), part, "title");
    m.expect(starts(first_text(plan, got), str(want["first_words"])), part,
             "first words '" + text::tidy(first_text(plan, got)).substr(0, 60) + "', expected '" +
                 str(want["first_words"]) + "'");
    m.equal(plan.items_of(got).size(), want["items"].as<size_t>(), part, "items");
    ++n.sections;
  }

  // Items, section by section, in order.
  std::map<std::string, std::vector<YAML::Node>> want_items;
  for (const YAML::Node& i : expected["items"]) want_items[str(i["section"])].push_back(i);
  for (const Section& sec : plan.sections) {
    const auto got = plan.items_of(sec);
    const auto& want = want_items[sec.code];
    const std::string part = "items of " + sec.code;
    m.equal(got.size(), want.size(), part, "number of items");
    for (size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
      const std::string item = "item " + std::to_string(i) + " '" + text::tidy(got[i]->text).substr(0, 70) + "'";
      m.equal(got[i]->area, str(want[i]["area"]), part, item + " area");
      m.equal(std::string(to_string(got[i]->kind)), str(want[i]["kind"]), part, item + " kind");
      m.expect(starts(got[i]->text, str(want[i]["text"])), part, item + ": expected '" + str(want[i]["text"]) + "'");
      ++n.items;
    }
  }

  // Section K's advice entries.
  const YAML::Node want_advice = expected["advice"];
  m.equal(plan.advice.size(), want_advice.size(), "advice", "number of advice entries");
  for (size_t i = 0; i < std::min(plan.advice.size(), static_cast<size_t>(want_advice.size())); ++i) {
    const Advice& got = plan.advice[i];
    const std::string entry = "advice " + std::to_string(i) + " '" + got.title + "'";
    m.expect(starts(got.title, str(want_advice[i]["title"])), "advice", entry + ": expected title '" + str(want_advice[i]["title"]) + "'");
    m.expect(starts(got.author, str(want_advice[i]["author"])), "advice", entry + ": expected author '" + str(want_advice[i]["author"]) + "'");
    m.equal(iso(got.date), str(want_advice[i]["date"]), "advice", entry + " date");
    ++n.advice;
  }
  return m;
}

// The parts listed under `known_misses:` for this format, with why.
std::map<std::string, std::string> known_misses(const YAML::Node& expected, const std::string& format) {
  std::map<std::string, std::string> out;
  for (const YAML::Node& miss : expected["known_misses"]) {
    bool applies = !miss["formats"];
    for (const YAML::Node& f : miss["formats"]) applies = applies || f.as<std::string>() == format;
    if (applies) out[str(miss["what"])] = str(miss["why"]);
  }
  return out;
}

// Fails on every mismatch except known misses, which are reported; fails on a known miss that
// no longer happens.
void judge(const YAML::Node& expected, const std::string& document, const std::string& format, Counts& n,
           int& reported) {
  BOOST_TEST_CONTEXT("sample " << document) {
    const Mismatches m = compare(expected, document, n);
    const auto misses = known_misses(expected, format);
    for (const auto& [part, details] : m.by_part) {
      const auto known = misses.find(part);
      for (const std::string& d : details) {
        if (known != misses.end()) {
          std::cout << "known miss (" << format << ") " << fs::path(document).filename().string() << ", " << part
                    << ": " << d << "\n";
          ++reported;
        } else {
          BOOST_ERROR(fs::path(document).filename().string() << ", " << part << ": " << d);
        }
      }
    }
    for (const auto& [part, why] : misses) {
      BOOST_TEST(m.by_part.count(part) == 1u, "known miss '" << part << "' no longer happens: remove it from the "
                                                                      "segmentation file");
    }
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

BOOST_AUTO_TEST_CASE(every_sample_is_segmented_as_expected_from_word_and_pdf) {
  Counts docx, pdf;
  int reported = 0, pdfs = 0;  // a new sample's PDF export may not be made yet
  for (const std::string& file : files_ending(".segmentation.yaml")) {
    const YAML::Node expected = YAML::LoadFile(file);
    const std::string document = kSamples + "/" + expected["document"].as<std::string>();
    judge(expected, document, "docx", docx, reported);
    const std::string pdf_file = fs::path(document).replace_extension(".pdf").string();
    if (fs::exists(pdf_file)) {
      ++pdfs;
      judge(expected, pdf_file, "pdf", pdf, reported);
    }
  }
  std::cout << "segmentation: " << docx.plans << " Word plans and " << pdf.plans << " PDFs; " << docx.sections << "+"
            << pdf.sections << " sections, " << docx.items << "+" << pdf.items << " items, " << docx.advice << "+"
            << pdf.advice << " advice entries compared; " << reported << " known miss(es) reported\n";
  BOOST_TEST(docx.plans >= 16);
  BOOST_TEST(pdfs >= 16);
}
