// Cross-section links: areas of need in B with outcomes in E and provision in F; aspiration and scope of outcomes.
#include "checks/predicates/groups.h"

namespace ehcpqa::predicates {

void register_golden_thread(PredicateRegistry& registry) {
  (void)registry;
}

}  // namespace ehcpqa::predicates
