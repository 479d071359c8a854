// The predicate groups, one file each; register.cpp calls every group's register function.
#pragma once

#include "checks/predicate.h"

namespace ehcpqa::predicates {

// Health and social care (C, D, G, H1, H2): recorded needs and the provision for them.
void register_health_care(PredicateRegistry& registry);
// Section K: the advice the plan must list.
void register_advice(PredicateRegistry& registry);
// Section A: the child's or young person's own voice and aspirations.
void register_voice(PredicateRegistry& registry);
// Cross-section links: areas of need in B with outcomes in E and provision in F; aspiration and scope of outcomes.
void register_golden_thread(PredicateRegistry& registry);
// Preparing for adulthood, age limits, phase transfers and timeliness.
void register_pfa(PredicateRegistry& registry);
// Out-of-date information: advice, outcome dates, reviews, terminology, stated ages.
void register_staleness(PredicateRegistry& registry);
// Copy-and-paste signs: other people's names and mixed pronouns.
void register_consistency(PredicateRegistry& registry);

}  // namespace ehcpqa::predicates
