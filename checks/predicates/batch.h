// Predicates that compare the plans of one audit with each other.
#pragma once

#include <string>
#include <vector>

#include "checks/predicate.h"

namespace ehcpqa::predicates {

// outcomes.generic: the same outcome wording, once the child's names and pronouns are
// masked, in `min_plans` or more plans of the audit.
void outcomes_generic(const BatchContext& ctx, std::vector<BatchHit>& hits);

// The wording an outcome is compared by: case-folded, the child's names and personal
// pronouns masked, punctuation dropped. Exposed for tests.
std::string masked_wording(const std::string& text, const std::vector<std::string>& names);

}  // namespace ehcpqa::predicates
