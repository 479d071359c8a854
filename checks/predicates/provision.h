// Predicates about provision items in Sections F, G, H1 and H2, one item at a time. The
// word lists they read are lexicons (checks/lexicons/), named when each is registered.
#pragma once

#include <vector>

#include "checks/predicate.h"

namespace ehcpqa::predicates {

void provision_vague(const RuleContext& ctx, std::vector<Hit>& hits);
void provision_not_quantified(const RuleContext& ctx, std::vector<Hit>& hits);
void provision_no_provider(const RuleContext& ctx, std::vector<Hit>& hits);

}  // namespace ehcpqa::predicates
