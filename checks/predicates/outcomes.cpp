#include "checks/predicates/outcomes.h"

#include "checks/predicates/items_in_scope.h"
#include "text/normalize.h"

namespace ehcpqa::predicates {
namespace {

// Items of E that state an outcome for the person ("... will ..."). Sentences that only
// describe how targets are set or progress tracked are not outcomes.
std::vector<std::pair<std::string, const Item*>> outcomes(const RuleContext& ctx) {
  const LexiconMatchers& statement = rule_lexicon(ctx.rule, "outcome-statement");
  std::vector<std::pair<std::string, const Item*>> out;
  for (const auto& entry : items_in_scope(ctx, ItemKind::outcome)) {
    if (lexicon_matches(statement, entry.second->text)) out.push_back(entry);
  }
  return out;
}

Hit item_hit(const std::string& code, const Item& item) {
  return Hit{code, item.text, item.location, {{"outcome", item.text}}};
}

}  // namespace

void outcomes_none(const RuleContext& ctx, std::vector<Hit>& hits) {
  for (const std::string& code : ctx.rule.sections) {
    const Section* section = ctx.plan.section(code);
    if (!section) continue;  // structure.section-missing reports it
    bool any = false;
    for (const auto& [c, item] : outcomes(ctx)) any = any || c == code;
    if (any) continue;
    // Quote what the section does say, so the reader sees why nothing counted.
    std::string said;
    for (const Unit* unit : content_units(ctx.plan, *section)) said += (said.empty() ? "" : " ") + text::tidy(unit->text);
    if (said.size() > 240) said = said.substr(0, 237) + "...";
    hits.push_back(Hit{code, said, section->heading, {}});
  }
}

void outcome_not_time_bound(const RuleContext& ctx, std::vector<Hit>& hits) {
  const LexiconMatchers& frames = rule_lexicon(ctx.rule, "time-frame");
  for (const auto& [code, item] : outcomes(ctx)) {
    if (!lexicon_matches(frames, item->text)) hits.push_back(item_hit(code, *item));
  }
}

void outcome_not_measurable(const RuleContext& ctx, std::vector<Hit>& hits) {
  const LexiconMatchers& vague = rule_lexicon(ctx.rule, "outcome-vague-verbs");
  const LexiconMatchers& criteria = rule_lexicon(ctx.rule, "observable-criteria");
  for (const auto& [code, item] : outcomes(ctx)) {
    if (lexicon_matches(vague, item->text) && !lexicon_matches(criteria, item->text)) {
      hits.push_back(item_hit(code, *item));
    }
  }
}

void outcome_service_led(const RuleContext& ctx, std::vector<Hit>& hits) {
  const LexiconMatchers& service = rule_lexicon(ctx.rule, "service-led");
  for (const auto& [code, item] : outcomes(ctx)) {
    if (auto m = first_lexicon_match(service, item->text)) {
      Hit hit = item_hit(code, *item);
      hit.vars["match"] = m->text;
      hits.push_back(std::move(hit));
    }
  }
}

}  // namespace ehcpqa::predicates
