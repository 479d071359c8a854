// Batch rules (checks/ rules of unit `batch`, e.g. outcomes.generic) compare the plans of one
// audit. They run in the parent once every worker has returned, on what the workers sent back.
#pragma once

#include <vector>

#include "cli/pipeline.h"

namespace ehcpqa {

// Adds each plan's batch findings to its result and grades it again (plans that could not be
// read take no part).
void apply_batch_rules(const Pipeline& pipeline, std::vector<DocumentResult>& results);

}  // namespace ehcpqa
