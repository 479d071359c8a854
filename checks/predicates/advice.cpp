// Section K: the advice the plan must list.
#include "checks/predicates/groups.h"

namespace ehcpqa::predicates {

void register_advice(PredicateRegistry& registry) {
  (void)registry;
}

}  // namespace ehcpqa::predicates
