// Copy-and-paste signs: other people's names and mixed pronouns.
#include "checks/predicates/groups.h"

namespace ehcpqa::predicates {

void register_consistency(PredicateRegistry& registry) {
  (void)registry;
}

}  // namespace ehcpqa::predicates
