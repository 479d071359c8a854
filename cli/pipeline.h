// One file through every stage: bytes -> Document -> Plan -> Findings -> DocumentResult.
// Whatever goes wrong with the file becomes an error result, never an exception.
#pragma once

#include <string>

#include "checks/engine.h"
#include "parser/reader.h"
#include "reports/document_result.h"
#include "templates/plan_builder.h"

namespace ehcpqa {

struct Pipeline {
  PlanBuilder builder;
  RuleEngine engine;
  ReaderLimits limits;
  Date as_of;
  std::string forced_layout;

  // Loads profiles and rules from `data_dir` (which holds templates/ and checks/), then
  // applies --config overrides when `config_path` is not empty. Throws ConfigError.
  static Pipeline load(const std::string& data_dir, const std::string& config_path, Date as_of);

  DocumentResult process(const std::string& path) const;
};

// Where templates/ and checks/ are: $EHCPQA_DATA_DIR, else the source tree ehcpqa was built from.
std::string data_dir();

}  // namespace ehcpqa
