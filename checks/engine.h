// Loads rule declarations and runs them on plans. Knows rule kinds, never particular rules.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "checks/finding.h"
#include "checks/predicate.h"
#include "checks/rule.h"
#include "templates/plan.h"

namespace ehcpqa {

// Authority settings from --config: rules switched on or off, severities, options.
struct LexiconAdditions {
  std::vector<std::string> add;      // lexicon lines: "a phrase" or "re: pattern"
  std::vector<std::string> exclude;  // matches whose whole text matches one of these are ignored
};
struct RuleOverrides {
  std::map<std::string, bool> enabled;
  std::map<std::string, Severity> severity;
  std::map<std::string, std::map<std::string, std::string>> options;
  std::map<std::string, LexiconAdditions> lexicons;  // by lexicon name (checks/lexicons/<name>.txt)
};
// Reads a --config file. Throws ConfigError (file:line) on unknown keys or rule ids are
// checked when applied.
RuleOverrides load_rule_overrides(const std::string& path);

class RuleEngine {
 public:
  // Loads checks/rules/*.yaml and checks/lexicons/*.txt under `checks_dir`. Throws
  // ConfigError on anything malformed, including a rule without examples of both kinds.
  static RuleEngine load(const std::string& checks_dir);

  // Applies overrides; throws ConfigError naming an unknown rule id or option.
  void apply(const RuleOverrides& overrides, const std::string& source);

  const std::vector<Rule>& rules() const { return rules_; }
  const Rule* find(const std::string& id) const;

  // Runs every enabled rule (or only `only`, when given) on one plan; findings sorted by
  // section order, position, then rule id.
  // Batch rules (unit `batch`) are left out: they need every plan of an audit.
  std::vector<Finding> check(const Plan& plan, Date as_of, const std::string& only = "") const;

  // Runs the enabled batch rules (or only `only`) across the plans of an audit; the findings
  // for each member, in member order.
  std::vector<std::vector<Finding>> check_batch(const std::vector<BatchMember>& members,
                                                const std::string& only = "") const;

 private:
  void run_rule(const Rule& rule, const Plan& plan, Date as_of, std::vector<Hit>& hits) const;
  Finding finding(const Rule& rule, Hit& hit) const;
  std::vector<Rule> rules_;
  PredicateRegistry predicates_;
};

// What batch rules need of a plan.
BatchMember batch_member(const Plan& plan);

// Section order, then position, then rule id: the order every output lists findings in.
void sort_findings(std::vector<Finding>& findings);

// "{section}" and friends replaced from `vars`; unknown names are left as written.
std::string fill_template(const std::string& text, const std::map<std::string, std::string>& vars);

}  // namespace ehcpqa
