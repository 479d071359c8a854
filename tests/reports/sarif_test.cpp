// SARIF output (reports/sarif_report.h). There is no network and no SARIF validator among
// Debian's packages, so this is a STRUCTURAL check of what SARIF 2.1.0 requires of the parts
// ehcpqa writes (version, $schema, runs[].tool.driver.name, rules, results' message.text,
// ruleIndex agreeing with ruleId, levels from the allowed set, locations, fingerprints), not
// validation against the official JSON schema.
#define BOOST_TEST_MODULE sarif
#include <boost/test/included/unit_test.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <set>

#include <nlohmann/json.hpp>

#include "checks/engine.h"
#include "reports/sarif_report.h"

using namespace ehcpqa;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kSource = EHCPQA_SOURCE_DIR;
const std::string kBinary = EHCPQA_BINARY;

const RuleEngine& engine() {
  static const RuleEngine e = RuleEngine::load(kSource + "/checks");
  return e;
}

Finding finding(const std::string& rule, Severity s, const std::string& section, const std::string& evidence,
                int page, int block) {
  Finding f;
  f.rule = rule;
  f.severity = s;
  f.section = section;
  f.message = "Message for " + rule;
  f.evidence = evidence;
  f.location = Location{};
  f.location.page = page;
  f.location.block = block;
  f.reference = "CoP 9.69";
  f.fix = "Fix it.";
  return f;
}

std::vector<DocumentResult> sample_results() {
  DocumentResult a;
  a.path = "plans/a plan.docx";
  a.format = "docx";
  a.findings = {finding("provision.vague", Severity::warning, "F", "access to speech therapy", 3, 40),
                finding("final.placement-missing", Severity::error, "I", "", 0, -1),
                finding("outcomes.generic", Severity::info, "E", "will make progress", 2, 12),
                finding("final.not-dated", Severity::warning, "", "", 0, -1)};
  DocumentResult b = error_result("plans/locked.pdf", "pdf", "pdf.encrypted", "The PDF is encrypted.");
  return {a, b};
}

// What SARIF 2.1.0 requires of the objects ehcpqa writes: each problem found, in words.
std::vector<std::string> sarif_problems(const json& log) {
  std::vector<std::string> problems;
  auto need = [&](bool ok, const std::string& what) {
    if (!ok) problems.push_back(what);
    return ok;
  };
  const std::set<std::string> levels{"none", "note", "warning", "error"};
  auto level_ok = [&](const json& obj, const std::string& where) {
    need(obj.contains("level") && obj["level"].is_string() && levels.count(obj["level"].get<std::string>()),
         where + ": level not one of none, note, warning, error");
  };
  auto text_ok = [&](const json& obj, const std::string& where) {
    need(obj.contains("message") && obj["message"].contains("text") && obj["message"]["text"].is_string() &&
             !obj["message"]["text"].get<std::string>().empty(),
         where + ": no message.text");
  };
  need(log.value("version", "") == "2.1.0", "version is not 2.1.0");
  need(log.value("$schema", "").find("sarif") != std::string::npos, "$schema does not name SARIF");
  if (!need(log.contains("runs") && log["runs"].is_array() && !log["runs"].empty(), "no runs")) return problems;
  for (const json& run : log["runs"]) {
    if (!need(run.contains("tool") && run["tool"].contains("driver"), "run without tool.driver")) continue;
    const json& driver = run["tool"]["driver"];
    need(driver.contains("name") && driver["name"].is_string() && !driver["name"].get<std::string>().empty(),
         "tool.driver.name missing");
    const json rules = driver.value("rules", json::array());
    std::set<std::string> ids;
    for (const json& rule : rules) {
      const std::string id = rule.value("id", "");
      need(!id.empty(), "a rule without an id");
      need(ids.insert(id).second, "rule listed twice: " + id);
      need(rule.contains("shortDescription") && rule["shortDescription"].contains("text"), id + ": no shortDescription.text");
      need(rule.contains("fullDescription") && rule["fullDescription"].contains("text"), id + ": no fullDescription.text");
      if (rule.contains("defaultConfiguration")) level_ok(rule["defaultConfiguration"], id + " defaultConfiguration");
    }
    const size_t artifacts = run.value("artifacts", json::array()).size();
    if (!need(run.contains("results") && run["results"].is_array(), "run without results")) continue;
    for (const json& r : run["results"]) {
      const std::string id = r.value("ruleId", "");
      text_ok(r, "result " + id);
      level_ok(r, "result " + id);
      if (r.contains("ruleIndex")) {
        const size_t i = r["ruleIndex"].get<size_t>();
        need(i < rules.size() && rules[i].value("id", "") == id, "result " + id + ": ruleIndex names another rule");
      }
      for (const json& loc : r.value("locations", json::array())) {
        if (!need(loc.contains("physicalLocation") && loc["physicalLocation"].contains("artifactLocation"),
                  "result " + id + ": location without artifactLocation")) {
          continue;
        }
        const json& art = loc["physicalLocation"]["artifactLocation"];
        need(art.value("uri", " ").find(' ') == std::string::npos, "result " + id + ": uri is not a URI reference");
        if (art.contains("index")) need(art["index"].get<size_t>() < artifacts, "result " + id + ": artifact index out of range");
        if (loc["physicalLocation"].contains("region")) {
          const json& region = loc["physicalLocation"]["region"];
          need(region.contains("startLine") || region.contains("charOffset") || region.contains("byteOffset"),
               "result " + id + ": region with no start");
        }
      }
      const json prints = r.value("partialFingerprints", json::object());
      need(!prints.empty(), "result " + id + ": no partialFingerprints");
      for (const auto& [key, value] : prints.items()) {
        need(value.is_string(), "result " + id + ": fingerprint " + key + " is not a string");
      }
    }
    for (const json& inv : run.value("invocations", json::array())) {
      need(inv.contains("executionSuccessful") && inv["executionSuccessful"].is_boolean(),
           "invocation without executionSuccessful");
      for (const json& n : inv.value("toolExecutionNotifications", json::array())) {
        text_ok(n, "notification");
        level_ok(n, "notification");
      }
    }
  }
  return problems;
}

size_t result_count(const json& log) {
  size_t n = 0;
  for (const json& run : log["runs"]) n += run["results"].size();
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_log_has_the_structure_sarif_requires) {
  const json log = json::parse(sarif_log(sample_results(), engine().rules(), ".").dump());
  BOOST_TEST(sarif_problems(log) == std::vector<std::string>{}, boost::test_tools::per_element());
  BOOST_TEST(result_count(log) == 4u);
  const json& run = log["runs"][0];
  BOOST_TEST(run["tool"]["driver"]["name"] == "ehcpqa");
  BOOST_TEST(run["tool"]["driver"]["rules"].size() == engine().rules().size());
  // Levels follow severities; info is SARIF's note.
  BOOST_TEST(run["results"][0]["level"] == "warning");
  BOOST_TEST(run["results"][1]["level"] == "error");
  BOOST_TEST(run["results"][2]["level"] == "note");
  // Page and block, which are not lines, travel as properties; the section as a logical location.
  const json& loc = run["results"][0]["locations"][0];
  BOOST_TEST(loc["properties"]["page"] == 3);
  BOOST_TEST(loc["properties"]["block"] == 40);
  BOOST_TEST(loc["logicalLocations"][0]["fullyQualifiedName"] == "F");
  BOOST_TEST(!run["results"][1]["locations"][0].contains("properties"));  // nothing to point at
  BOOST_TEST(!run["results"][3]["locations"][0].contains("logicalLocations"));  // whole-plan finding
  // Relative, percent-encoded URIs under the base.
  BOOST_TEST(loc["physicalLocation"]["artifactLocation"]["uri"] == "plans/a%20plan.docx");
  BOOST_TEST(loc["physicalLocation"]["artifactLocation"]["uriBaseId"] == "SRCROOT");
  // The unreadable file is reported as a notification, not lost.
  const json& notes = run["invocations"][0]["toolExecutionNotifications"];
  BOOST_REQUIRE_EQUAL(notes.size(), 1u);
  BOOST_TEST(notes[0]["descriptor"]["id"] == "pdf.encrypted");
  BOOST_TEST(run["artifacts"].size() == 2u);
}

BOOST_AUTO_TEST_CASE(fingerprints_are_stable_and_distinguish_findings) {
  auto results = sample_results();
  const json first = sarif_log(results, engine().rules());
  // The same words found on another page keep their fingerprint...
  results[0].findings[0].location.page = 9;
  results[0].findings[0].evidence = "Access to   speech therapy";
  const json moved = sarif_log(results, engine().rules());
  BOOST_TEST(first["runs"][0]["results"][0]["partialFingerprints"] == moved["runs"][0]["results"][0]["partialFingerprints"]);
  // ...and different findings have different ones.
  std::set<std::string> prints;
  for (const json& r : first["runs"][0]["results"]) prints.insert(r["partialFingerprints"]["ehcpqaFinding/v1"]);
  BOOST_TEST(prints.size() == 4u);
}

// The check itself can fail: each kind of damage is caught.
BOOST_AUTO_TEST_CASE(the_structural_check_catches_a_broken_log) {
  const json good = sarif_log(sample_results(), engine().rules());
  auto damaged = [&](const std::function<void(json&)>& damage) {
    json log = json::parse(good.dump());
    damage(log);
    return sarif_problems(log).size();
  };
  BOOST_TEST(damaged([](json& l) { l["version"] = "2.0.0"; }) == 1u);
  BOOST_TEST(damaged([](json& l) { l["runs"][0]["tool"]["driver"].erase("name"); }) == 1u);
  BOOST_TEST(damaged([](json& l) { l["runs"][0]["results"][0]["level"] = "info"; }) == 1u);
  BOOST_TEST(damaged([](json& l) { l["runs"][0]["results"][0]["message"]["text"] = ""; }) == 1u);
  BOOST_TEST(damaged([](json& l) {
               const json& rules = l["runs"][0]["tool"]["driver"]["rules"];
               l["runs"][0]["results"][0]["ruleIndex"] = rules[0]["id"] == "provision.vague" ? 1 : 0;
             }) == 1u);
  BOOST_TEST(damaged([](json& l) {
               l["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] = {{"properties", {{"page", 3}}}};
             }) == 1u);
  BOOST_TEST(std::string(sarif_level(Severity::info)) == "note");
  BOOST_TEST(uri_escape("a b/\xC3\xBC.pdf") == "a%20b/%C3%BC.pdf");
}

BOOST_AUTO_TEST_CASE(check_format_sarif_on_the_samples) {
  std::vector<std::string> plans;
  for (const auto& e : fs::directory_iterator(kSource + "/samples")) {
    const std::string ext = e.path().extension().string();
    // Poor plans, so there are findings to write; both formats.
    const bool poor = e.path().filename().string().find("-poor-") != std::string::npos;
    if ((ext == ".docx" || ext == ".pdf") && poor) plans.push_back(e.path().string());
  }
  std::sort(plans.begin(), plans.end());
  plans.resize(std::min<size_t>(plans.size(), 6));
  std::string command = kBinary + " check --format sarif --as-of 2026-11-23";
  for (const std::string& p : plans) command += " '" + p + "'";
  FILE* pipe = popen(command.c_str(), "r");
  BOOST_REQUIRE(pipe);
  std::string out;
  std::array<char, 65536> buffer{};
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  pclose(pipe);
  const json log = json::parse(out);
  BOOST_TEST(sarif_problems(log) == std::vector<std::string>{}, boost::test_tools::per_element());
  BOOST_TEST(result_count(log) > 0u);
  BOOST_TEST(log["runs"][0]["artifacts"].size() == plans.size());
}
