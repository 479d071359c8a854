// `ehcpqa evaluate`: runs the rules on labelled sample plans (samples/*.labels.yaml, written
// by reading each plan as a QA officer would, independently of the rule code) and measures
// them: per rule, expected findings found, forbidden findings raised, and findings no label
// expects; overall recall and forbidden rate per format; good plans that draw warnings.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/batch.h"

namespace ehcpqa {

struct RuleFigures {
  int expected = 0, found = 0;      // expect labels, and those the rule met
  int forbidden = 0, raised = 0;    // forbid labels, and those the rule broke
  int unexpected = 0;               // findings that no expect label accounts for
  int not_applicable = 0;           // labels that cannot apply to the file's format
};

// One label the rules did not meet, for the report.
struct LabelMiss {
  std::string document, kind, rule, section, why;
  bool known = false;  // documented in the labels' known_misses
};

struct Evaluation {
  int documents = 0, plans = 0;               // files evaluated; distinct plans among them
  std::vector<std::string> unlabelled;        // inputs without a labels file, left out
  std::map<std::string, std::map<std::string, RuleFigures>> by_format;  // format -> rule -> figures
  std::vector<LabelMiss> misses;
  std::vector<std::string> good_plan_findings;  // "file: rule (severity) in section"
  std::vector<std::string> unreadable;          // labelled inputs that could not be read

  RuleFigures total(const std::string& format) const;  // "" for every format
};

struct EvaluationTargets {
  double min_recall = 0.95;
  double max_forbidden_rate = 0.05;
};

Evaluation evaluate_samples(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                            const BatchOptions& options);

bool meets(const Evaluation& e, const EvaluationTargets& t);
void write_evaluation_text(std::ostream& out, const Evaluation& e, const EvaluationTargets& t);
nlohmann::ordered_json evaluation_json(const Evaluation& e, const EvaluationTargets& t);

}  // namespace ehcpqa
