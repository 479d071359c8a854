// Runs every rule's own examples: each `fires` example must give exactly the expected
// findings of that rule (on the [[marked]] words, when marked), each `passes` example none.
// The test suite and `ehcpqa rules --validate` both call this, so a rule's documentation
// and its tests cannot drift apart.
#pragma once

#include <string>
#include <vector>

#include "checks/engine.h"
#include "templates/plan_builder.h"

namespace ehcpqa {

struct ExampleFailure {
  std::string rule;
  std::string where;  // "fires[0] (checks/rules/structure.yaml:31)"
  std::string problem;
};

struct ExampleReport {
  int rules = 0;
  int examples = 0;
  std::vector<ExampleFailure> failures;
};

// The sketch text an example stands for: its base plan (checks/examples/<base>.plan) with
// the example's changes applied, [[markers]] still in place.
std::string example_sketch(const RuleExample& example, const std::string& examples_dir);

// Removes [[ and ]] markers, returning the marked spans.
std::string strip_markers(const std::string& sketch, std::vector<std::string>& marked);

ExampleReport run_rule_examples(const RuleEngine& engine, const PlanBuilder& builder,
                                const std::string& examples_dir, Date default_as_of);

}  // namespace ehcpqa
