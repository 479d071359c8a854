// The named escape hatch: a rule of kind `cxx` names a predicate registered here. The
// predicate decides *whether and where* the rule fires; the YAML keeps the id, wording,
// reference, fix and examples. The engine knows predicates only by name.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "checks/rule.h"
#include "templates/plan.h"

namespace ehcpqa {

struct Hit {
  std::string section;   // empty for whole-plan findings
  std::string evidence;  // exact words, or empty
  Location location;
  std::map<std::string, std::string> vars;  // fill {placeholders} in message and fix
};

struct RuleContext {
  const Plan& plan;
  const Rule& rule;
  Date as_of;
};

using Predicate = std::function<void(const RuleContext&, std::vector<Hit>&)>;

class PredicateRegistry {
 public:
  void add(const std::string& name, Predicate predicate) { predicates_[name] = std::move(predicate); }
  const Predicate* find(const std::string& name) const {
    auto it = predicates_.find(name);
    return it == predicates_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, Predicate> predicates_;
};

// Every predicate shipped with ehcpqa (checks/predicates/).
void register_builtin_predicates(PredicateRegistry& registry);

// Helpers predicates share.
// The section's text units, sub-headings and area titles left out.
std::vector<const Unit*> content_units(const Plan& plan, const Section& section);

}  // namespace ehcpqa
