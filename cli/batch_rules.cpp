#include "cli/batch_rules.h"

#include "reports/pseudonym.h"

namespace ehcpqa {
namespace {

ItemKind item_kind(const std::string& name) {
  if (name == to_string(ItemKind::provision)) return ItemKind::provision;
  if (name == to_string(ItemKind::advice)) return ItemKind::advice;
  return ItemKind::outcome;
}

BatchMember member_of(const DocumentResult& result) {
  const PlanSummary& plan = *result.plan;
  BatchMember member;
  member.identity = pseudonym(result);  // from name and date of birth: one plan's files share it
  if (plan.name) member.names.push_back(*plan.name);
  if (plan.preferred_name) member.names.push_back(*plan.preferred_name);
  for (const ItemSummary& i : plan.items) {
    member.items.push_back(Item{i.section, i.area, item_kind(i.kind), i.text, i.location, 0});
  }
  return member;
}

}  // namespace

void apply_batch_rules(const Pipeline& pipeline, std::vector<DocumentResult>& results) {
  std::vector<BatchMember> members;
  std::vector<size_t> result_of;  // member -> index into results
  for (size_t r = 0; r < results.size(); ++r) {
    if (!results[r].ok() || !results[r].plan) continue;
    members.push_back(member_of(results[r]));
    result_of.push_back(r);
  }
  const auto findings = pipeline.engine.check_batch(members);
  for (size_t m = 0; m < findings.size(); ++m) {
    if (findings[m].empty()) continue;
    DocumentResult& result = results[result_of[m]];
    result.findings.insert(result.findings.end(), findings[m].begin(), findings[m].end());
    sort_findings(result.findings);
    pipeline.regrade(result);  // every point lost traces to a finding, batch ones included
  }
}

}  // namespace ehcpqa
