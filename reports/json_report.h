// The JSON outputs of output-contract.md: `check --format json` and `audit.json`.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "reports/document_result.h"

namespace ehcpqa {

inline constexpr const char* kToolVersion = "0.1.0";

nlohmann::ordered_json check_json(const std::vector<DocumentResult>& results, const Date& as_of);

// The same documents plus a batch summary that names no one: counts by status, layout,
// grade, rule and section, for sharing beyond the caseworkers. Unless `show_names`, each
// document is without_names() (reports/pseudonym.h): plan.name null, "pseudonym" set, names
// in paths and quoted words replaced by the pseudonym.
nlohmann::ordered_json audit_json(const std::vector<DocumentResult>& results, const Date& as_of,
                                  bool show_names = false);

}  // namespace ehcpqa
