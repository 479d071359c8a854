// One file through every stage: bytes -> Document -> Plan -> Findings -> DocumentResult.
// Whatever goes wrong with the file becomes an error result, never an exception.
#pragma once

#include <string>

#include "checks/engine.h"
#include "checks/grading.h"
#include "parser/reader.h"
#include "reports/document_result.h"
#include "templates/plan_builder.h"

namespace ehcpqa {

struct Pipeline {
  PlanBuilder builder;
  RuleEngine engine;
  GradingScheme grading;  // checks/grading.yaml, with the --config file's `grading:` applied
  ReaderLimits limits;
  Date as_of;
  std::string forced_layout;

  // Loads profiles, rules and the grading scheme from `data_dir` (which holds templates/ and
  // checks/), then applies --config overrides (rules, and grading) when `config_path` is not
  // empty. Throws ConfigError.
  static Pipeline load(const std::string& data_dir, const std::string& config_path, Date as_of);

  DocumentResult process(const std::string& path) const;

  // Grades `result` again from its findings, for when findings are added after process()
  // (batch rules, which need every plan of an audit).
  void regrade(DocumentResult& result) const;
};

// Applies the `grading:` key of a --config file to `grading`: either a mapping with the keys
// of checks/grading.yaml, or the path of such a file (relative to the config file's folder).
// Throws ConfigError.
void apply_grading_config(GradingScheme& grading, const std::string& config_path);

// Where templates/ and checks/ are: $EHCPQA_DATA_DIR, else the source tree ehcpqa was built from.
std::string data_dir();

}  // namespace ehcpqa
