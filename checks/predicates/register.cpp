// The list of C++ predicates shipped with ehcpqa. A new predicate is a function in one
// of the files beside this one plus one line here.
#include "checks/predicate.h"
#include "checks/predicates/batch.h"
#include "checks/predicates/groups.h"
#include "checks/predicates/outcomes.h"
#include "checks/predicates/provision.h"
#include "checks/predicates/structure.h"

#include <algorithm>

namespace ehcpqa {

void register_builtin_predicates(PredicateRegistry& registry) {
  registry.add("layout_unrecognised", predicates::layout_unrecognised);
  registry.add("section_missing", predicates::section_missing);
  registry.add("section_empty", predicates::section_empty);
  registry.add("front_matter_missing", predicates::front_matter_missing);
  registry.add("final_not_dated", predicates::final_not_dated);
  registry.add("open_revisions", predicates::open_revisions);
  registry.add("outcomes_none", predicates::outcomes_none, {"outcome-statement"});
  registry.add("outcome_not_time_bound", predicates::outcome_not_time_bound, {"outcome-statement", "time-frame"});
  registry.add("outcome_not_measurable", predicates::outcome_not_measurable,
               {"outcome-statement", "outcome-vague-verbs", "observable-criteria"});
  registry.add("outcome_service_led", predicates::outcome_service_led, {"outcome-statement", "service-led"});
  registry.add("provision_vague", predicates::provision_vague,
               {"not-provision", "vague-provision", "vague-provision-legitimate"});
  registry.add("provision_not_quantified", predicates::provision_not_quantified, {"not-provision", "provision-amount"});
  registry.add("provision_no_provider", predicates::provision_no_provider, {"not-provision", "provider-roles"});
  registry.add_batch("outcomes_generic", predicates::outcomes_generic, {"outcome-statement"});
  // Each group registers its own predicates (checks/predicates/<group>.cpp).
  predicates::register_health_care(registry);
  predicates::register_advice(registry);
  predicates::register_voice(registry);
  predicates::register_golden_thread(registry);
  predicates::register_pfa(registry);
  predicates::register_staleness(registry);
  predicates::register_consistency(registry);
}

std::vector<const Unit*> content_units(const Plan& plan, const Section& section) {
  std::vector<const Unit*> out;
  for (const Unit* u : plan.units_of(section)) {
    // Area titles ("Communication and interaction") are labels, like sub-headings.
    if (u->heading_level == 0 && u->role == UnitRole::content) out.push_back(u);
  }
  return out;
}

const LexiconMatchers& rule_lexicon(const Rule& rule, const std::string& name) {
  static const LexiconMatchers empty;
  auto it = rule.lexicons.find(name);
  return it == rule.lexicons.end() ? empty : it->second;
}

std::optional<LexiconMatch> first_lexicon_match(const LexiconMatchers& lexicon, const std::string& text) {
  return first_pattern_match(lexicon.patterns, lexicon.excludes, text);
}

}  // namespace ehcpqa
