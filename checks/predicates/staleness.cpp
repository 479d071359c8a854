// Out-of-date information: advice, outcome dates, reviews, terminology, stated ages.
#include "checks/predicates/groups.h"

namespace ehcpqa::predicates {

void register_staleness(PredicateRegistry& registry) {
  (void)registry;
}

}  // namespace ehcpqa::predicates
