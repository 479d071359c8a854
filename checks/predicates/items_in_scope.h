// Items (templates/items.h) of the sections a rule reads, shared by the outcome and
// provision predicates.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "checks/predicate.h"

namespace ehcpqa::predicates {

// The rule's sections' items of `kind`, each with the code to report it under (a combined
// Section H reports as H1).
inline std::vector<std::pair<std::string, const Item*>> items_in_scope(const RuleContext& ctx, ItemKind kind) {
  std::vector<std::pair<std::string, const Item*>> out;
  for (const Item& item : ctx.plan.items) {
    if (item.kind != kind) continue;
    const std::string code = item.section == "H" ? "H1" : item.section;
    for (const std::string& s : ctx.rule.sections) {
      if (s == code) {
        out.emplace_back(code, &item);
        break;
      }
    }
  }
  return out;
}

}  // namespace ehcpqa::predicates
