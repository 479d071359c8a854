// The list of C++ predicates shipped with ehcpqa. A new predicate is a function in one
// of the files beside this one plus one line here.
#include "checks/predicate.h"
#include "checks/predicates/structure.h"

namespace ehcpqa {

void register_builtin_predicates(PredicateRegistry& registry) {
  registry.add("layout_unrecognised", predicates::layout_unrecognised);
  registry.add("section_missing", predicates::section_missing);
  registry.add("section_empty", predicates::section_empty);
  registry.add("front_matter_missing", predicates::front_matter_missing);
  registry.add("final_not_dated", predicates::final_not_dated);
  registry.add("open_revisions", predicates::open_revisions);
}

std::vector<const Unit*> content_units(const Plan& plan, const Section& section) {
  std::vector<const Unit*> out;
  for (const Unit* u : plan.units_of(section)) {
    // Area titles ("Communication and interaction") are labels, like sub-headings.
    if (u->heading_level == 0 && u->role == UnitRole::content) out.push_back(u);
  }
  return out;
}

}  // namespace ehcpqa
