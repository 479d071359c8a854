// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), so findings can be loaded
// into tools that read static-analysis results: `check --format sarif` and audit's
// findings.sarif. PDF pages are not lines, and SARIF requires a region to start at a line or
// an offset, so a finding's page and block go in its location's properties (with its section
// as a logical location) and no region is claimed.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checks/rule.h"
#include "reports/document_result.h"

namespace ehcpqa {

inline constexpr const char* kSarifVersion = "2.1.0";
inline constexpr const char* kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

// One run with every rule of `rules` in tool.driver.rules (so ruleIndex is stable whatever
// fired) and one result per finding; documents that could not be read become
// toolExecutionNotifications. Artifact URIs are the inputs' paths made relative to
// `base_dir` (uriBaseId SRCROOT) where they lie under it, absolute file: URIs otherwise.
nlohmann::ordered_json sarif_log(const std::vector<DocumentResult>& results, const std::vector<Rule>& rules,
                                 const std::string& base_dir = ".");

// SARIF's level for a severity: error, warning, note.
const char* sarif_level(Severity severity);

// A path as a URI reference: '/' separators, anything but unreserved characters
// percent-encoded as UTF-8 bytes.
std::string uri_escape(const std::string& path);

}  // namespace ehcpqa
