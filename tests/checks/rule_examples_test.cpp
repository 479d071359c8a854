// Every rule's declared examples, run as tests; plus the loader's and config's checks.
#define BOOST_TEST_MODULE rules
#include <boost/test/included/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>

#include "checks/engine.h"
#include "checks/rule_examples.h"
#include "parser/markup/markup_reader.h"
#include "reports/text_report.h"
#include "text/config_file.h"
#include "tests/support/config_error.h"

using namespace ehcpqa;

using ehcpqa::testing::config_error;

namespace {

const std::string kSource = EHCPQA_SOURCE_DIR;

const RuleEngine& engine() {
  static const RuleEngine e = RuleEngine::load(kSource + "/checks");
  return e;
}

const PlanBuilder& builder() {
  static const PlanBuilder b = PlanBuilder::load(kSource + "/templates");
  return b;
}

std::string write(const std::string& name, const std::string& text) {
  const std::string path = std::string(EHCPQA_BINARY_DIR) + "/" + name;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path) << text;
  return path;
}


}  // namespace

BOOST_AUTO_TEST_CASE(every_rule_example_holds) {
  const ExampleReport report = run_rule_examples(engine(), builder(), kSource + "/checks/examples", Date{2026, 11, 23});
  for (const ExampleFailure& f : report.failures) {
    BOOST_ERROR("FAIL " << f.rule << " " << f.where << ": " << f.problem);
  }
  std::cout << "rule examples: " << report.rules << " rules, " << report.examples << " examples, "
            << report.failures.size() << " failed\n";
  BOOST_TEST(report.rules == static_cast<int>(engine().rules().size()));
  BOOST_TEST(report.examples >= 2 * report.rules);
}

BOOST_AUTO_TEST_CASE(rule_ids_come_from_the_catalogue) {
  std::set<std::string> catalogue, project;
  std::ifstream in(kSource + "/checks/catalogue-ids.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("project: ", 0) == 0) project.insert(line.substr(9));
    else catalogue.insert(line);
  }
  BOOST_TEST(catalogue.size() == 41u);
  // Issue 6: every catalogue rule is implemented.
  for (const std::string& id : catalogue) BOOST_TEST(engine().find(id) != nullptr, id << " is not implemented");
  for (const Rule& r : engine().rules()) {
    BOOST_TEST((catalogue.count(r.id) || project.count(r.id)), r.id << " is neither a catalogue id nor listed as our own");
  }
  // The copy must match the shared catalogue where it is present beside the repository.
  const std::string shared = kSource + "/../shared/rule-catalogue.md";
  if (std::filesystem::exists(shared)) {
    std::ifstream md(shared);
    std::set<std::string> in_md;
    const std::regex row(R"(^\| ([a-z-]+\.[a-z0-9-]+) \|)");
    while (std::getline(md, line)) {
      std::smatch m;
      if (std::regex_search(line, m, row)) in_md.insert(m[1]);
    }
    BOOST_TEST(in_md == catalogue);
  }
}

BOOST_AUTO_TEST_CASE(the_first_issue_rules_are_implemented) {
  for (const char* id : {"structure.section-missing", "structure.section-empty", "structure.front-matter-missing",
                         "draft.names-school", "final.placement-missing", "final.not-dated", "final.open-revisions"}) {
    BOOST_TEST(engine().find(id) != nullptr, id);
  }
}

BOOST_AUTO_TEST_CASE(config_overrides_switch_rules_and_severities) {
  RuleEngine e = RuleEngine::load(kSource + "/checks");
  const std::string cfg = write("cfg/ok.yaml",
                                "rules:\n  final.not-dated: {severity: error}\n  final.open-revisions: {enabled: false}\n");
  e.apply(load_rule_overrides(cfg), cfg);
  BOOST_TEST(to_string(e.find("final.not-dated")->severity) == std::string("error"));
  BOOST_TEST(!e.find("final.open-revisions")->enabled);

  const std::string typo = write("cfg/typo.yaml", "rules:\n  final.not-dat: {enabled: false}\n");
  BOOST_TEST(config_error([&] { e.apply(load_rule_overrides(typo), typo); }) ==
             typo + ": unknown rule 'final.not-dat' (did you mean 'final.not-dated'?)");
  const std::string bad_key = write("cfg/key.yaml", "rules:\n  final.not-dated: {severty: error}\n");
  BOOST_TEST(config_error([&] { load_rule_overrides(bad_key); }) ==
             bad_key + ":2:21: unknown key 'severty' (did you mean 'severity'?)");
}

BOOST_AUTO_TEST_CASE(rule_files_are_validated_at_load) {
  const std::string dir = std::string(EHCPQA_BINARY_DIR) + "/badrules";
  std::filesystem::create_directories(dir + "/rules");
  const std::string body =
      "- id: demo.rule\n  severity: warning\n  summary: S.\n  scope: {unit: whole-plan}\n  kind: cxx\n"
      "  predicate: final_not_dated\n  message: M.\n  reference: R.\n  fix: F.\n";
  write("badrules/rules/a.yaml", body + "  examples:\n    fires:\n      - plan: final\n");
  BOOST_TEST(config_error([&] { RuleEngine::load(dir); }) ==
             dir + "/rules/a.yaml:11:5: rule 'demo.rule' needs at least one 'fires' and one 'passes' example");
  write("badrules/rules/a.yaml", body + "  severty: error\n  examples: {fires: [{plan: final}], passes: [{plan: draft}]}\n");
  BOOST_TEST(config_error([&] { RuleEngine::load(dir); }) ==
             dir + "/rules/a.yaml:10:3: unknown key 'severty' (did you mean 'severity'?)");
  write("badrules/rules/a.yaml",
        "- id: demo.rule\n  severity: warning\n  summary: S.\n  scope: {unit: paragraph}\n  kind: cxx\n"
        "  predicate: final_not_dated\n  message: M.\n  reference: R.\n  fix: F.\n"
        "  examples: {fires: [{plan: final}], passes: [{plan: draft}]}\n");
  BOOST_TEST(config_error([&] { RuleEngine::load(dir); }) ==
             dir + "/rules/a.yaml:4:17: unknown unit 'paragraph' (whole-plan, section, sentence, outcome, provision-item, batch)");
  write("badrules/rules/a.yaml",
        "- id: demo.rule\n  severity: warning\n  summary: S.\n  scope: {unit: outcome}\n  kind: cxx\n"
        "  predicate: final_not_dated\n  message: M.\n  reference: R.\n  fix: F.\n"
        "  examples: {fires: [{plan: final}], passes: [{plan: draft}]}\n");
  BOOST_TEST(config_error([&] { RuleEngine::load(dir); }) ==
             dir + "/rules/a.yaml:4:10: unit 'outcome' needs the sections whose items it reads");
  write("badrules/rules/a.yaml",
        "- id: demo.rule\n  severity: warning\n  summary: S.\n  scope: {sections: [E], unit: outcome}\n  kind: cxx\n"
        "  predicate: outcome_not_time_bound\n  lexicon: [outcome-statement]\n  message: M.\n  reference: R.\n"
        "  fix: F.\n  examples: {fires: [{plan: final}], passes: [{plan: draft}]}\n");
  std::filesystem::create_directories(dir + "/lexicons");
  write("badrules/lexicons/outcome-statement.txt", "will\n");
  BOOST_TEST(config_error([&] { RuleEngine::load(dir); }) ==
             dir + "/rules/a.yaml:6:14: predicate 'outcome_not_time_bound' reads lexicon 'time-frame'; list it under 'lexicon'");
}

// The item units work for the declarative kinds too: a phrase rule reports each item's first
// match; an absence rule reports each item in which nothing matches, its words the evidence.
BOOST_AUTO_TEST_CASE(phrase_and_absence_rules_read_items) {
  const std::string dir = std::string(EHCPQA_BINARY_DIR) + "/itemrules";
  std::filesystem::remove_all(dir);
  write("itemrules/lexicons/weekdays.txt", "monday\nfriday\n");
  write("itemrules/rules/a.yaml",
        "- id: demo.phrase\n  severity: info\n  summary: S.\n  scope: {sections: [F], unit: provision-item}\n"
        "  kind: phrase\n  lexicon: weekdays\n  message: M.\n  reference: R.\n  fix: F.\n"
        "  examples:\n"
        "    fires: [{plan: final, set: {F: \"- Therapy on [[Monday]] and Friday.\\n- Reading on [[Friday]].\"}, count: 2}]\n"
        "    passes: [{plan: final}]\n"
        "- id: demo.absence\n  severity: info\n  summary: S.\n  scope: {sections: [E], unit: outcome}\n"
        "  kind: absence\n  patterns: ['(?i)\\bby\\b']\n  message: M.\n  reference: R.\n  fix: F.\n"
        "  examples:\n"
        "    fires: [{plan: final, set: {E: \"- [[Sam will swim.]]\\n- By July 2027, Sam will read.\"}, section: E}]\n"
        "    passes: [{plan: final}]\n");
  const RuleEngine e = RuleEngine::load(dir);
  const ExampleReport report = run_rule_examples(e, builder(), kSource + "/checks/examples", Date{2026, 11, 23});
  for (const ExampleFailure& f : report.failures) BOOST_ERROR("FAIL " << f.rule << " " << f.where << ": " << f.problem);
  BOOST_TEST(report.examples == 4);
}

BOOST_AUTO_TEST_CASE(config_adds_lexicon_entries) {
  const std::string dir = std::string(EHCPQA_BINARY_DIR) + "/lexiconcfg";
  std::filesystem::remove_all(dir);
  write("lexiconcfg/lexicons/weekdays.txt", "monday\n");
  write("lexiconcfg/rules/a.yaml",
        "- id: demo.phrase\n  severity: info\n  summary: S.\n  scope: {sections: [F], unit: provision-item}\n"
        "  kind: phrase\n  lexicon: weekdays\n  message: M.\n  reference: R.\n  fix: F.\n"
        "  examples:\n"
        "    fires: [{plan: final, set: {F: \"- Therapy on [[Monday]].\"}}]\n"
        "    passes: [{plan: final}]\n");
  RuleEngine e = RuleEngine::load(dir);
  const Plan plan = builder().build(markup::read_markup(
      "# Final EHC Plan\nName: Sam Example\n## Section F: Provision\n- Therapy on Friday mornings.\n"
      "- Swimming on Tuesday.\n- Reading on Friday afternoons after lunch.\n",
      "cfg.plan"));
  BOOST_TEST(e.check(plan, Date{2026, 11, 23}).empty());
  const std::string cfg = write("lexiconcfg/cfg.yaml",
                                "lexicons:\n  weekdays:\n    add: [tuesday, 're: (?i)\\bfriday\\s+\\w+']\n"
                                "    exclude: ['re: (?i)friday\\s+afternoons']\n");
  e.apply(load_rule_overrides(cfg), cfg);
  const auto findings = e.check(plan, Date{2026, 11, 23});
  BOOST_REQUIRE_EQUAL(findings.size(), 2u);
  BOOST_TEST(findings[0].evidence == "Friday mornings");
  BOOST_TEST(findings[1].evidence == "Tuesday");

  const std::string unknown = write("lexiconcfg/unknown.yaml", "lexicons:\n  weekday:\n    add: [friday]\n");
  BOOST_TEST(config_error([&] { e.apply(load_rule_overrides(unknown), unknown); }) ==
             unknown + ": no rule reads a lexicon named 'weekday'");
  const std::string bad = write("lexiconcfg/bad.yaml", "lexicons:\n  weekdays:\n    add: ['re: (unclosed']\n");
  const std::string err = config_error([&] { load_rule_overrides(bad); });
  BOOST_TEST(err.substr(0, bad.size() + 19) == bad + ":3:11: bad pattern ");
}

// The documented example is what authorities copy: it must stay valid.
BOOST_AUTO_TEST_CASE(the_example_config_applies_cleanly) {
  RuleEngine e = RuleEngine::load(kSource + "/checks");
  const std::string cfg = kSource + "/checks/config.example.yaml";
  BOOST_CHECK_NO_THROW(e.apply(load_rule_overrides(cfg), cfg));
}

BOOST_AUTO_TEST_CASE(the_dumped_config_reads_back) {
  RuleEngine e = RuleEngine::load(kSource + "/checks");
  std::ostringstream dump;
  write_config_dump(dump, e.rules());
  const std::string cfg = write("cfg/dump.yaml", dump.str());
  const RuleOverrides o = load_rule_overrides(cfg);
  BOOST_TEST(o.severity.size() == e.rules().size());
  BOOST_CHECK_NO_THROW(e.apply(o, cfg));
}
