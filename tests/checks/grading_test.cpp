// The grading arithmetic (checks/grading.h): section scores, diminishing repeats, the floor
// at 0, caps, cut-points, that every point lost is some finding's, the settings file's
// errors, an authority's overrides through --config, and the JSON round trip. Then every
// sample plan whose labels carry a grade_band is graded within it, as DOCX and as PDF.
#define BOOST_TEST_MODULE grading
#include <boost/test/included/unit_test.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <numeric>

#include <yaml-cpp/yaml.h>

#include "checks/grading.h"
#include "cli/pipeline.h"
#include "reports/document_result.h"
#include "text/config_file.h"
#include "tests/support/config_error.h"

using namespace ehcpqa;
namespace fs = std::filesystem;

using ehcpqa::testing::config_error;

namespace {

const std::string kSource = EHCPQA_SOURCE_DIR;

std::string write(const std::string& name, const std::string& text) {
  const std::string path = std::string(EHCPQA_BINARY_DIR) + "/grading-scratch/" + name;
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path) << text;
  return path;
}


// Easy numbers: E and F weigh 2, every other section and "plan" 1 (sum 15), so a section's
// share is 1/15 or 2/15.
const char* kSimple = R"(bands:
  Outstanding: 9
  Good: 7
  Requires improvement: 5
weights: {A: 1, B: 1, C: 1, D: 1, E: 2, F: 2, G: 1, H1: 1, H2: 1, I: 1, J: 1, K: 1, plan: 1}
costs:
  severity: {error: 6, warning: 3, info: 0.5}
  repeat_factor: 0.5
  rules:
    outcomes.none: 10
caps:
  - {severity: error, band: Requires improvement, reason: "a statutory requirement is not met"}
  - {severity: error, count: 3, band: Inadequate, reason: "three statutory failures"}
)";

GradingScheme simple() { return GradingScheme::load(write("simple.yaml", kSimple)); }

Finding finding(const std::string& rule, Severity s, const std::string& section) {
  Finding f;
  f.rule = rule;
  f.severity = s;
  f.section = section;
  f.message = "m";
  return f;
}

const SectionGrade& section(const Grade& g, const std::string& code) {
  for (const SectionGrade& s : g.sections) {
    if (s.code == code) return s;
  }
  BOOST_FAIL("no section " << code);
  return g.sections.front();
}

double points_lost(const Grade& g) {
  double lost = 0;
  for (const SectionGrade& s : g.sections) {
    for (const Deduction& d : s.deductions) lost += d.points;
  }
  return lost;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_plan_without_findings_is_outstanding_with_full_marks) {
  const Grade g = simple().grade({});
  BOOST_TEST(g.score == 10.0);
  BOOST_TEST(g.band == "Outstanding");
  BOOST_TEST(g.capped_by.empty());
  BOOST_REQUIRE_EQUAL(g.sections.size(), 13u);  // twelve statutory codes and "plan"
  BOOST_TEST(g.sections.front().code == "A");
  BOOST_TEST(g.sections.back().code == "plan");
  double shares = 0;
  for (const SectionGrade& s : g.sections) shares += s.weight;
  BOOST_TEST(std::abs(shares - 1.0) < 1e-9);
  BOOST_TEST(std::abs(section(g, "E").weight - 2.0 / 15) < 1e-9);
}

BOOST_AUTO_TEST_CASE(a_finding_costs_its_section_points_times_the_sections_share) {
  const Grade g = simple().grade({finding("outcomes.not-time-bound", Severity::warning, "E")});
  BOOST_REQUIRE_EQUAL(section(g, "E").deductions.size(), 1u);
  const Deduction& d = section(g, "E").deductions.front();
  BOOST_TEST(d.section_points == 3.0);
  BOOST_TEST(std::abs(d.points - 3.0 * 2 / 15) < 1e-9);  // 0.4
  BOOST_TEST(d.finding == 0u);
  BOOST_TEST(d.section == "E");
  BOOST_TEST(section(g, "E").score == 7.0);
  BOOST_TEST(g.score == 9.6);
  BOOST_TEST(g.band == "Outstanding");
}

BOOST_AUTO_TEST_CASE(whole_plan_findings_are_charged_to_plan) {
  const Grade g = simple().grade({finding("final.not-dated", Severity::warning, "")});
  BOOST_REQUIRE_EQUAL(section(g, "plan").deductions.size(), 1u);
  BOOST_TEST(section(g, "plan").deductions.front().section == "");
  BOOST_TEST(section(g, "plan").score == 7.0);
  BOOST_TEST(g.score == 9.8);  // 10 - 3/15
}

BOOST_AUTO_TEST_CASE(repeats_of_one_rule_in_a_section_cost_less_each_time) {
  std::vector<Finding> twelve(12, finding("provision.vague", Severity::warning, "F"));
  const Grade g = simple().grade(twelve);
  const auto& ds = section(g, "F").deductions;
  BOOST_REQUIRE_EQUAL(ds.size(), 12u);
  BOOST_TEST(ds[0].section_points == 3.0);
  BOOST_TEST(ds[1].section_points == 1.5);
  BOOST_TEST(ds[2].section_points == 0.75);
  BOOST_TEST(ds[2].repeat == 3);
  // 3 + 1.5 + ... approaches 6, never reaching it.
  double total = 0;
  for (const Deduction& d : ds) total += d.section_points;
  BOOST_TEST(total < 6.0);
  BOOST_TEST(total > 5.9);
  // Twelve vague items cost less than a Section E with no outcomes at all.
  const Grade none = simple().grade({finding("outcomes.none", Severity::error, "E")});
  BOOST_TEST(g.uncapped_score > none.uncapped_score);
  // A second rule in the same section starts again at full cost.
  twelve.push_back(finding("provision.no-provider", Severity::warning, "F"));
  BOOST_TEST(simple().grade(twelve).sections[5].deductions.back().repeat == 1);
}

BOOST_AUTO_TEST_CASE(a_section_cannot_lose_more_than_its_ten_points) {
  const Grade g = simple().grade({finding("structure.section-missing", Severity::error, "B"),
                                  finding("stale.age-mismatch", Severity::warning, "B"),
                                  finding("consistency.other-name", Severity::error, "B")});
  const auto& ds = section(g, "B").deductions;
  BOOST_TEST(ds[0].section_points == 6.0);
  BOOST_TEST(ds[1].section_points == 3.0);
  BOOST_TEST(ds[2].section_points == 1.0);  // only what was left
  BOOST_TEST(section(g, "B").score == 0.0);
}

BOOST_AUTO_TEST_CASE(every_point_lost_is_charged_to_one_finding) {
  std::vector<Finding> fs{finding("outcomes.not-measurable", Severity::warning, "E"),
                          finding("outcomes.not-measurable", Severity::warning, "E"),
                          finding("provision.vague", Severity::warning, "F"),
                          finding("voice.child-absent", Severity::warning, "A"),
                          finding("outcomes.generic", Severity::info, "E"),
                          finding("final.not-dated", Severity::warning, "")};
  const Grade g = simple().grade(fs);
  BOOST_TEST(std::abs((10.0 - points_lost(g)) - g.uncapped_score) <= 0.05);
  std::vector<int> charged(fs.size(), 0);
  for (const SectionGrade& s : g.sections) {
    for (const Deduction& d : s.deductions) ++charged[d.finding];
  }
  for (int c : charged) BOOST_TEST(c == 1);  // each finding charged exactly once
}

BOOST_AUTO_TEST_CASE(an_error_caps_the_band_and_brings_the_score_to_its_top) {
  const Grade g = simple().grade({finding("voice.child-absent", Severity::warning, "A"),
                                  finding("final.placement-missing", Severity::error, "I")});
  BOOST_TEST(g.uncapped_score == 9.4);  // 10 - (3 + 6) / 15
  BOOST_TEST(g.band == "Requires improvement");
  BOOST_TEST(g.score == 6.9);
  BOOST_TEST(g.capped_by == "a statutory requirement is not met");
  BOOST_TEST(g.capping_findings == std::vector<size_t>{1}, boost::test_tools::per_element());

  std::vector<Finding> three(3, finding("advice.required-missing", Severity::error, "K"));
  const Grade worse = simple().grade(three);
  BOOST_TEST(worse.band == "Inadequate");
  BOOST_TEST(worse.score == 4.9);
  BOOST_TEST(worse.capped_by == "three statutory failures");
  BOOST_TEST(worse.capping_findings.size() == 3u);
}

// A limiting judgement: weak outcomes cap the plan however clean the rest is.
BOOST_AUTO_TEST_CASE(a_weak_section_limits_the_plan) {
  GradingScheme s = simple();
  const std::string file = write("limit.yaml", R"(caps:
  - section_below: {sections: [E, F], score: 4}
    band: Requires improvement
    reason: "weak outcomes or provision"
  - severity: error
    section_below: {sections: [E], score: 4}
    band: Inadequate
    reason: "an error and weak outcomes"
)");
  s.apply(YAML::LoadFile(file), file);
  const std::vector<Finding> weak_e{finding("outcomes.not-measurable", Severity::warning, "E"),
                                    finding("outcomes.not-time-bound", Severity::warning, "E"),
                                    finding("outcomes.service-led", Severity::warning, "E"),
                                    finding("voice.child-absent", Severity::warning, "A")};
  const Grade g = s.grade(weak_e);
  BOOST_TEST(section(g, "E").score == 1.0);
  BOOST_TEST(g.uncapped_score == 8.6);  // 10 - (9 + 3) / 15: Good on the mean alone
  BOOST_TEST(g.band == "Requires improvement");
  BOOST_TEST(g.score == 6.9);
  BOOST_TEST(g.capped_by == "weak outcomes or provision");
  BOOST_TEST(g.capping_findings == (std::vector<size_t>{0, 1, 2}), boost::test_tools::per_element());
  // Two warnings leave E at 4: not below 4, no cap.
  BOOST_TEST(s.grade({weak_e[0], weak_e[1]}).capped_by.empty());
  // With an error anywhere, weak outcomes make it Inadequate; the error is not behind the
  // weak-section part of the cap, but it is a finding the cap counts.
  std::vector<Finding> with_error = weak_e;
  with_error.push_back(finding("final.placement-missing", Severity::error, "I"));
  const Grade worse = s.grade(with_error);
  BOOST_TEST(worse.band == "Inadequate");
  BOOST_TEST(worse.capped_by == "an error and weak outcomes");
  BOOST_TEST(worse.capping_findings == (std::vector<size_t>{0, 1, 2, 4}), boost::test_tools::per_element());
  const std::string bad = write("limit-bad.yaml", "caps:\n  - {section_below: {sections: [E]}, band: Good, reason: x}\n");
  BOOST_TEST(config_error([&] { s.apply(YAML::LoadFile(bad), bad); }).rfind(bad + ":2:", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(a_cap_never_raises_a_grade) {
  // Enough warnings to fall below the cap's band on their own: the cap changes nothing.
  std::vector<Finding> fs;
  for (const char* code : {"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"}) {
    for (const char* rule : {"r.one", "r.two", "r.three"}) fs.push_back(finding(rule, Severity::warning, code));
  }
  fs.push_back(finding("final.placement-missing", Severity::error, "I"));
  const Grade g = simple().grade(fs);
  BOOST_TEST(g.score == g.uncapped_score);
  BOOST_TEST(g.band == simple().band_for(g.score));
  BOOST_TEST(g.capped_by.empty());
}

BOOST_AUTO_TEST_CASE(cut_points_decide_the_band) {
  const GradingScheme s = simple();
  BOOST_TEST(s.band_for(10) == "Outstanding");
  BOOST_TEST(s.band_for(9.0) == "Outstanding");
  BOOST_TEST(s.band_for(8.9) == "Good");
  BOOST_TEST(s.band_for(7.0) == "Good");
  BOOST_TEST(s.band_for(6.9) == "Requires improvement");
  BOOST_TEST(s.band_for(5.0) == "Requires improvement");
  BOOST_TEST(s.band_for(4.9) == "Inadequate");
  BOOST_TEST(s.band_for(0) == "Inadequate");
}

BOOST_AUTO_TEST_CASE(the_shipped_scheme_loads_and_knows_its_rules) {
  const GradingScheme s = GradingScheme::load(kSource + "/checks/grading.yaml");
  BOOST_TEST(s.cut_point("Outstanding") == 9.0);  // as published 0-10 audit scores use
  // Outcomes and provision weigh most, then needs, then health and care, then voice.
  const auto& w = s.weights();
  BOOST_TEST(w.at("E") == w.at("F"));
  BOOST_TEST(w.at("E") > w.at("B"));
  for (const char* hc : {"C", "D", "G", "H1", "H2"}) {
    BOOST_TEST(w.at("B") > w.at(hc));
    BOOST_TEST(w.at(hc) > w.at("A"));
  }
  for (const char* rest : {"I", "J", "K", "plan"}) BOOST_TEST(w.at("A") >= w.at(rest));
  const RuleEngine engine = RuleEngine::load(kSource + "/checks");
  s.check_rule_ids([&](const std::string& id) { return engine.find(id) != nullptr; });
  // An error always caps: no plan with a statutory failure is Good.
  const Grade g = s.grade({finding("final.placement-missing", Severity::error, "I")});
  BOOST_TEST(band_rank(g.band) >= band_rank("Requires improvement"));
}

BOOST_AUTO_TEST_CASE(settings_errors_name_the_file_and_line) {
  const std::string typo = write("typo.yaml", std::string(kSimple) + "wieghts: {E: 3}\n");
  BOOST_TEST(config_error([&] { GradingScheme::load(typo); }) ==
             typo + ":14:1: unknown key 'wieghts' (did you mean 'weights'?)");
  const std::string band = write("band.yaml", "caps:\n  - {band: Satisfactory, reason: x}\n");
  BOOST_TEST(config_error([&] { simple().apply(YAML::LoadFile(band), band); }).rfind(band + ":2:", 0) == 0u);
  const std::string order = write("order.yaml", "bands: {Good: 9.5}\n");
  BOOST_TEST(config_error([&] { simple().apply(YAML::LoadFile(order), order); }) ==
             order + ":1:8: the lowest score of 'Good' must be below that of the band above it");
  const std::string code = write("code.yaml", "weights:\n  H: 2\n");
  BOOST_TEST(config_error([&] { simple().apply(YAML::LoadFile(code), code); }) ==
             code + ":2:3: 'H' is not a section code (A-K, H1, H2) or 'plan'");
  const std::string cost = write("cost.yaml", "costs:\n  severity: {warning: twelve}\n");
  BOOST_TEST(config_error([&] { simple().apply(YAML::LoadFile(cost), cost); }) ==
             cost + ":2:23: expected a number");
  const std::string missing = write("missing.yaml", "bands: {Outstanding: 9, Good: 7, Requires improvement: 5}\n");
  BOOST_TEST(config_error([&] { GradingScheme::load(missing); }) == missing + ": 'weights' needs a weight for 'A'");
  const std::string rule = write("rule.yaml", "costs:\n  rules:\n    outcomes.nonee: 10\n");
  GradingScheme s = simple();
  s.apply(YAML::LoadFile(rule), rule);
  BOOST_TEST(config_error([&] { s.check_rule_ids([](const std::string& id) { return id == "outcomes.none"; }); }) ==
             rule + ":3:5: unknown rule 'outcomes.nonee' in the grading settings");
}

BOOST_AUTO_TEST_CASE(an_authority_changes_only_what_it_names) {
  GradingScheme s = simple();
  const std::string file = write("authority.yaml", "bands: {Good: 8}\nweights: {E: 5}\n");
  s.apply(YAML::LoadFile(file), file);
  BOOST_TEST(s.cut_point("Good") == 8.0);
  BOOST_TEST(s.cut_point("Outstanding") == 9.0);
  BOOST_TEST(s.weights().at("E") == 5.0);
  BOOST_TEST(s.weights().at("F") == 2.0);
  BOOST_TEST(s.caps().size() == 2u);
}

BOOST_AUTO_TEST_CASE(config_files_carry_grading_inline_or_as_a_file) {
  const std::string inline_cfg = write("cfg/inline.yaml",
                                       "rules:\n  final.not-dated: {severity: error}\ngrading:\n  bands: {Good: 7.5}\n");
  GradingScheme a = simple();
  apply_grading_config(a, inline_cfg);
  BOOST_TEST(a.cut_point("Good") == 7.5);

  write("cfg/authority-grading.yaml", "weights: {K: 3}\n");
  const std::string by_path = write("cfg/by-path.yaml", "grading: authority-grading.yaml\n");
  GradingScheme b = simple();
  apply_grading_config(b, by_path);
  BOOST_TEST(b.weights().at("K") == 3.0);

  // The whole pipeline reads it, and a rule-only config still loads.
  const Pipeline p = Pipeline::load(kSource, inline_cfg, Date{2026, 11, 23});
  BOOST_TEST(p.grading.cut_point("Good") == 7.5);
  const std::string bad = write("cfg/bad.yaml", "grading:\n  bandz: {Good: 7.5}\n");
  BOOST_TEST(config_error([&] { Pipeline::load(kSource, bad, Date{2026, 11, 23}); }) ==
             bad + ":2:3: unknown key 'bandz' (did you mean 'bands'?)");
}

BOOST_AUTO_TEST_CASE(the_grade_round_trips_through_json) {
  DocumentResult r;
  r.path = "x.docx";
  r.format = "docx";
  r.findings = {finding("provision.vague", Severity::warning, "F"), finding("provision.vague", Severity::warning, "F"),
                finding("final.placement-missing", Severity::error, "I")};
  r.grade = simple().grade(r.findings);
  const nlohmann::ordered_json j = to_json(r);
  BOOST_TEST(j["grade"] == "Requires improvement");
  BOOST_TEST(j["score"] == 6.9);
  BOOST_TEST(j["grading"]["capped_by"] == "a statutory requirement is not met");
  const DocumentResult back = document_result_from_json(nlohmann::json::parse(j.dump()));
  BOOST_REQUIRE(back.grade.has_value());
  BOOST_TEST(back.grade->band == r.grade->band);
  BOOST_TEST(back.grade->score == r.grade->score);
  BOOST_TEST(back.grade->uncapped_score == r.grade->uncapped_score);
  BOOST_TEST(back.grade->capping_findings == r.grade->capping_findings, boost::test_tools::per_element());
  BOOST_REQUIRE_EQUAL(back.grade->sections.size(), r.grade->sections.size());
  const auto& f_back = back.grade->sections[5];
  BOOST_TEST(f_back.code == "F");
  BOOST_REQUIRE_EQUAL(f_back.deductions.size(), 2u);
  BOOST_TEST(f_back.deductions[1].repeat == 2);
  BOOST_TEST(f_back.deductions[1].section_points == 1.5);
  BOOST_TEST(std::abs(f_back.deductions[1].points - r.grade->sections[5].deductions[1].points) < 1e-3);
  // An unreadable file has no grade.
  const DocumentResult err = error_result("y.pdf", "pdf", "pdf.encrypted", "locked");
  BOOST_TEST(to_json(err)["grade"].is_null());
  BOOST_TEST(!document_result_from_json(nlohmann::json::parse(to_json(err).dump())).grade.has_value());
}

// The QA officer's acceptable bands (grade_band in samples/*.labels.yaml) for each sample.
BOOST_AUTO_TEST_CASE(every_labelled_sample_is_graded_within_its_band) {
  const Pipeline pipeline = Pipeline::load(kSource, "", Date{2026, 11, 23});
  int checked = 0, unlabelled = 0;
  for (const auto& e : fs::directory_iterator(kSource + "/samples")) {
    const std::string ext = e.path().extension().string();
    if (ext != ".docx" && ext != ".pdf") continue;
    const std::string path = e.path().string();
    const std::string labels = path.substr(0, path.find_last_of('.')) + ".labels.yaml";
    if (!fs::exists(labels)) continue;
    const YAML::Node band = YAML::LoadFile(labels)["grade_band"];
    if (!band || band.IsNull()) {
      ++unlabelled;
      continue;
    }
    std::vector<std::string> allowed;
    if (band.IsSequence()) {
      for (const YAML::Node& b : band) allowed.push_back(b.as<std::string>());
    } else {
      allowed.push_back(band.as<std::string>());
    }
    for (const std::string& b : allowed) BOOST_TEST(band_rank(b) >= 0, labels << ": unknown band '" << b << "'");
    const DocumentResult r = pipeline.process(path);
    BOOST_TEST_CONTEXT(e.path().filename().string()) {
      BOOST_REQUIRE(r.ok());
      BOOST_REQUIRE(r.grade.has_value());
      ++checked;
      const bool within = std::find(allowed.begin(), allowed.end(), r.grade->band) != allowed.end();
      std::string list;
      for (const std::string& b : allowed) list += (list.empty() ? "" : " | ") + b;
      BOOST_TEST(within, "graded " << r.grade->band << " (" << r.grade->score << ", uncapped "
                                   << r.grade->uncapped_score << ") but the labels allow " << list);
      std::cout << e.path().filename().string() << ": " << r.grade->band << " " << r.grade->score << " [" << list
                << "]\n";
    }
  }
  std::cout << "grade bands: " << checked << " samples checked, " << unlabelled << " without a grade_band\n";
  BOOST_TEST(checked >= 20);
}
