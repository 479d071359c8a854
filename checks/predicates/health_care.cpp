// Health and social care (C, D, G, H1, H2): recorded needs and the provision for them.
#include "checks/predicates/groups.h"

namespace ehcpqa::predicates {

void register_health_care(PredicateRegistry& registry) {
  (void)registry;
}

}  // namespace ehcpqa::predicates
