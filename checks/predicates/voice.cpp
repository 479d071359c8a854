// Section A: the child's or young person's own voice and aspirations.
#include "checks/predicates/groups.h"

#include <fmt/format.h>

#include "checks/predicates/voice_reading.h"
#include "templates/derived.h"
#include "text/normalize.h"

namespace ehcpqa::predicates {
namespace {

// Section A, when it has something to judge (a missing or empty A is for structure.*).
bool has_content(const Plan& plan) {
  const Section* a = plan.section("A");
  if (!a) return false;
  for (const Unit* u : content_units(plan, *a)) {
    if (!text::is_blank(u->text) && !voice::is_label(*u)) return true;
  }
  return false;
}

// What Section A gives instead of the child's view: its first sentence that reports
// someone's view ("Jodie says Liam is loving"), else its first sentence.
Hit absent_hit(const Plan& plan, const voice::Lexicons& lex, const std::string& code) {
  const auto sentences = voice::section_a_sentences(plan, lex.others);
  const voice::ASentence* shown = sentences.empty() ? nullptr : &sentences.front();
  for (const auto& s : sentences) {
    if (lexicon_matches(lex.reporting, s.masked)) {
      shown = &s;
      break;
    }
  }
  Hit hit{code, "", plan.section("A")->heading, {}};
  if (shown) {
    hit.evidence = text::tidy(shown->text);
    hit.location = shown->unit->location;
  }
  const auto names = voice::child_names(plan);
  hit.vars["name"] = names.empty() ? "the child or young person" : names.front();
  return hit;
}

void aspirations_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  if (!has_content(ctx.plan)) return;
  const auto found = voice::aspirations(ctx.plan, rule_lexicon(ctx.rule, "voice-others"),
                                        rule_lexicon(ctx.rule, "aspiration-markers"),
                                        rule_lexicon(ctx.rule, "aspiration-negation"),
                                        rule_lexicon(ctx.rule, "voice-past"));
  if (!found.empty()) return;
  const auto names = voice::child_names(ctx.plan);
  hits.push_back(Hit{"A", "", ctx.plan.section("A")->heading,
                     {{"name", names.empty() ? "the child or young person" : names.front()}}});
}

void child_absent(const RuleContext& ctx, std::vector<Hit>& hits) {
  if (!has_content(ctx.plan)) return;
  const voice::Lexicons lex = voice::lexicons_of(ctx.rule);
  if (voice::first_own_view(ctx.plan, lex)) return;
  hits.push_back(absent_hit(ctx.plan, lex, "A"));
}

// From 16 the decisions are the young person's own (CoP 8.13): Section A must carry their
// view. The age is taken at the plan's date; with no date of birth or plan date the rule
// cannot tell and stays silent.
void young_person_voice(const RuleContext& ctx, std::vector<Hit>& hits) {
  const auto dob = ctx.plan.front.dob;
  const auto on = ctx.plan.plan_date();
  if (!dob || !on) return;
  const DerivedFacts facts = derive(*dob, *on);
  const int min_age = ctx.rule.option_int("min_age", 16);
  if (facts.age < min_age) return;
  if (!has_content(ctx.plan)) return;
  const voice::Lexicons lex = voice::lexicons_of(ctx.rule);
  if (voice::first_own_view(ctx.plan, lex)) return;
  Hit hit = absent_hit(ctx.plan, lex, "A");
  hit.vars["age"] = fmt::format("{}", facts.age);
  hit.vars["min_age"] = fmt::format("{}", min_age);
  hits.push_back(std::move(hit));
}

}  // namespace

void register_voice(PredicateRegistry& registry) {
  std::vector<std::string> voice_lexicons = voice::lexicon_names();
  registry.add("voice_aspirations_missing", aspirations_missing,
               {"voice-others", "aspiration-markers", "aspiration-negation", "voice-past"});
  registry.add("voice_child_absent", child_absent, voice_lexicons);
  registry.add("pfa_young_person_voice", young_person_voice, voice_lexicons);
}

}  // namespace ehcpqa::predicates
