// Predicates about the plan's shape and paperwork: sections present and filled, front
// matter, status-dependent paperwork.
#pragma once

#include <vector>

#include "checks/predicate.h"

namespace ehcpqa::predicates {

void layout_unrecognised(const RuleContext& ctx, std::vector<Hit>& hits);
void section_missing(const RuleContext& ctx, std::vector<Hit>& hits);
void section_empty(const RuleContext& ctx, std::vector<Hit>& hits);
void front_matter_missing(const RuleContext& ctx, std::vector<Hit>& hits);
void final_not_dated(const RuleContext& ctx, std::vector<Hit>& hits);
void open_revisions(const RuleContext& ctx, std::vector<Hit>& hits);

}  // namespace ehcpqa::predicates
