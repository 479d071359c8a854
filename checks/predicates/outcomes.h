// Predicates about Section E's outcomes, one item at a time. The word lists they read are
// lexicons (checks/lexicons/), named when each predicate is registered.
#pragma once

#include <vector>

#include "checks/predicate.h"

namespace ehcpqa::predicates {

void outcomes_none(const RuleContext& ctx, std::vector<Hit>& hits);
void outcome_not_time_bound(const RuleContext& ctx, std::vector<Hit>& hits);
void outcome_not_measurable(const RuleContext& ctx, std::vector<Hit>& hits);
void outcome_service_led(const RuleContext& ctx, std::vector<Hit>& hits);

}  // namespace ehcpqa::predicates
