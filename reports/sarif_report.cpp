#include "reports/sarif_report.h"

#include <cstdint>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "reports/json_report.h"
#include "reports/pseudonym.h"
#include "text/hash.h"

namespace ehcpqa {
namespace {

using nlohmann::ordered_json;
namespace fs = std::filesystem;

constexpr const char* kBaseId = "SRCROOT";

// Lower case with runs of white space as one space, so a re-typed line still matches.
std::string squeeze(const std::string& text) {
  std::string out;
  bool space = false;
  for (unsigned char c : text) {
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// Stable across runs and edits elsewhere in the plan: what fired, where, on which words (or,
// for an absence, the message). Not the page or block, which move when text is added above.
std::string fingerprint(const Finding& f) {
  const std::string what = f.evidence.empty() ? f.message : f.evidence;
  return fmt::format("{:016x}", text::stable_hash(f.rule + "|" + f.section + "|" + squeeze(what)));
}

struct ArtifactUri {
  std::string uri;
  bool relative = false;
};

ArtifactUri artifact_uri(const std::string& path, const fs::path& base) {
  std::error_code ec;
  const fs::path absolute = fs::weakly_canonical(fs::absolute(path, ec), ec);
  const fs::path rel = absolute.lexically_relative(base);
  if (!rel.empty() && *rel.begin() != "..") return {uri_escape(rel.generic_string()), true};
  return {"file://" + uri_escape(absolute.generic_string()), false};
}

ordered_json artifact_location(const ArtifactUri& a, size_t index) {
  ordered_json loc{{"uri", a.uri}};
  if (a.relative) loc["uriBaseId"] = kBaseId;
  loc["index"] = index;
  return loc;
}

std::string full_description(const Rule& rule) {
  std::string text = rule.summary;
  if (!text.empty() && text.back() != '.') text += '.';
  // A fix written as a template ("Seek {kind} from {who}") reads well only once filled in.
  if (!rule.fix.empty() && rule.fix.find('{') == std::string::npos) text += " How to fix: " + rule.fix;
  if (!rule.reference.empty()) text += " Reference: " + rule.reference + ".";
  return text;
}

}  // namespace

const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "none";
}

std::string uri_escape(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') out += static_cast<char>(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

ordered_json sarif_log(const std::vector<DocumentResult>& results, const std::vector<Rule>& rules,
                       const std::string& base_dir) {
  std::error_code ec;
  const fs::path base = fs::weakly_canonical(fs::absolute(base_dir, ec), ec);

  ordered_json driver_rules = ordered_json::array();
  std::map<std::string, size_t> rule_index;
  for (const Rule& rule : rules) {
    rule_index[rule.id] = driver_rules.size();
    ordered_json properties{{"reference", rule.reference}};
    properties["sections"] = rule.sections;
    driver_rules.push_back({{"id", rule.id},
                            {"shortDescription", {{"text", rule.summary}}},
                            {"fullDescription", {{"text", full_description(rule)}}},
                            {"defaultConfiguration", {{"enabled", rule.enabled}, {"level", sarif_level(rule.severity)}}},
                            {"properties", std::move(properties)}});
  }

  ordered_json artifacts = ordered_json::array();
  ordered_json sarif_results = ordered_json::array();
  ordered_json notifications = ordered_json::array();
  for (const DocumentResult& r : results) {
    const size_t index = artifacts.size();
    const ArtifactUri uri = artifact_uri(r.path, base);
    ordered_json artifact{{"location", artifact_location(uri, index)}};
    if (r.format == "docx") artifact["mimeType"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (r.format == "pdf") artifact["mimeType"] = "application/pdf";
    ordered_json artifact_props{{"pseudonym", pseudonym(r)}};
    if (r.grade) {
      artifact_props["grade"] = r.grade->band;
      artifact_props["score"] = r.grade->score;
    }
    artifact["properties"] = std::move(artifact_props);
    artifacts.push_back(std::move(artifact));

    if (!r.ok()) {
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", fmt::format("{} could not be read [{}]: {}", r.path,
                                                                 r.error_code, r.error_message)}}},
                               {"descriptor", {{"id", r.error_code}}},
                               {"locations", ordered_json::array({{{"physicalLocation",
                                                                    {{"artifactLocation", artifact_location(uri, index)}}}}})}});
      continue;
    }
    for (const Finding& f : r.findings) {
      ordered_json location{{"physicalLocation", {{"artifactLocation", artifact_location(uri, index)}}}};
      if (!f.section.empty()) {
        location["logicalLocations"] = ordered_json::array(
            {{{"name", "Section " + f.section}, {"fullyQualifiedName", f.section}, {"kind", "section"}}});
      }
      ordered_json where = ordered_json::object();
      if (f.location.page > 0) where["page"] = f.location.page;
      if (f.location.block >= 0) where["block"] = f.location.block;
      if (!where.empty()) location["properties"] = std::move(where);

      ordered_json result{{"ruleId", f.rule}};
      if (const auto it = rule_index.find(f.rule); it != rule_index.end()) result["ruleIndex"] = it->second;
      result["level"] = sarif_level(f.severity);
      result["message"] = {{"text", f.message}};
      result["locations"] = ordered_json::array({std::move(location)});
      result["partialFingerprints"] = {{"ehcpqaFinding/v1", fingerprint(f)}};
      ordered_json properties{{"section", f.section.empty() ? ordered_json(nullptr) : ordered_json(f.section)}};
      if (!f.evidence.empty()) properties["evidence"] = f.evidence;
      if (!f.reference.empty()) properties["reference"] = f.reference;
      if (!f.fix.empty()) properties["fix"] = f.fix;
      result["properties"] = std::move(properties);
      sarif_results.push_back(std::move(result));
    }
  }

  ordered_json run;
  run["tool"] = {{"driver", {{"name", "ehcpqa"},
                             {"version", kToolVersion},
                             {"semanticVersion", kToolVersion},
                             {"rules", std::move(driver_rules)}}}};
  run["originalUriBaseIds"] = {{kBaseId, {{"uri", "file://" + uri_escape(base.generic_string()) + "/"}}}};
  run["invocations"] = ordered_json::array(
      {{{"executionSuccessful", true}, {"toolExecutionNotifications", std::move(notifications)}}});
  run["artifacts"] = std::move(artifacts);
  run["results"] = std::move(sarif_results);
  run["columnKind"] = "unicodeCodePoints";

  ordered_json log;
  log["$schema"] = kSarifSchema;
  log["version"] = kSarifVersion;
  log["runs"] = ordered_json::array({std::move(run)});
  return log;
}

}  // namespace ehcpqa
