// Section A: the child's or young person's own voice and aspirations.
#include "checks/predicates/groups.h"

namespace ehcpqa::predicates {

void register_voice(PredicateRegistry& registry) {
  (void)registry;
}

}  // namespace ehcpqa::predicates
