// Preparing for adulthood, age limits, phase transfers and timeliness.
#include "checks/predicates/groups.h"

namespace ehcpqa::predicates {

void register_pfa(PredicateRegistry& registry) {
  (void)registry;
}

}  // namespace ehcpqa::predicates
