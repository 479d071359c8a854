// Section K: the advice the plan must list (Regs reg 6). Each required kind is a lexicon
// (advice-*.txt) matched on K's entries in context, so "social care advice was requested
// but not received" does not count. Which kinds are required depends on the plan: advice on
// preparing for adulthood from Year 9, and a specialist teacher's advice where a hearing or
// vision impairment is a need (found in B and C the way health needs are found).
#include <optional>
#include <string>
#include <vector>

#include "checks/predicates/groups.h"
#include "checks/predicates/health_care.h"
#include "templates/derived.h"
#include "text/normalize.h"

namespace ehcpqa::predicates {
namespace {

using namespace health_care;

struct AdviceKind {
  const char* lexicon;
  const char* name;  // for the message: "Section K lists no {kind}."
  const char* who;   // for the fix
};

const AdviceKind kParent{"advice-parent", "advice or views from the parents or the young person",
                         "the child's parents, or the young person themself"};
const AdviceKind kEducational{"advice-educational", "educational advice",
                              "the head teacher, SENCo or a qualified teacher of the school or setting"};
const AdviceKind kMedical{"advice-medical", "medical advice", "a doctor or the health body (a paediatrician, a GP)"};
const AdviceKind kPsychological{"advice-psychological", "psychological advice",
                                "an educational psychologist"};
const AdviceKind kSocialCare{"advice-social-care", "social care advice",
                             "the authority's social care services, even if they are not involved"};
const AdviceKind kAdulthood{"advice-pfa", "advice on preparing for adulthood",
                            "a careers or personal adviser, or the preparing-for-adulthood team"};
const AdviceKind kHearing{"advice-hearing", "advice from a qualified teacher of the deaf",
                          "a qualified teacher of the deaf, as the child has a hearing impairment"};
const AdviceKind kVision{"advice-vision", "advice from a qualified teacher of the visually impaired",
                         "a qualified teacher of the visually impaired, as the child has a vision impairment"};

// Year 9 or above at the plan's date: from the date of birth, else from the stated year group.
bool from_year(const RuleContext& ctx, int year) {
  const Date on = ctx.plan.plan_date().value_or(ctx.as_of);
  if (ctx.plan.front.dob) return school_year_offset(*ctx.plan.front.dob, on) >= year;
  if (ctx.plan.front.school_year) {
    if (auto stated = parse_year_group(ctx.plan.front.school_year->value)) return *stated >= year;
  }
  return false;
}

// Whether B or C records an impairment of the lexicon, or the primary need is one of `codes`.
bool impairment(const RuleContext& ctx, const ContextReader& reader, const char* lexicon,
                std::initializer_list<const char*> codes) {
  for (const char* code : codes) {
    if (ctx.plan.front.primary_need_code == code) return true;
  }
  const LexiconMatchers& terms = rule_lexicon(ctx.rule, lexicon);
  for (const char* code : {"B", "C"}) {
    if (reader.first_mention(terms, section_clauses(ctx.plan, code), true)) return true;
  }
  return false;
}

void advice_required_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Section* k = ctx.plan.section("K");
  if (!k) return;  // structure.section-missing reports it
  const People people = people_of(ctx.plan, rule_lexicon(ctx.rule, "no-needs-family"));
  const ContextReader reader(ctx, people);

  // Section K's entries, each read whole ("Social care advice - awaited"); K's own words
  // when no entry could be read (a PDF's table may not split into entries).
  std::vector<Clause> listed;
  for (const Advice& a : ctx.plan.advice) {
    for (Clause& c : clauses_of_text(a.title + " - " + a.author, "K", a.location)) listed.push_back(std::move(c));
  }
  if (ctx.plan.advice.empty()) listed = clauses_of(content_units(ctx.plan, *k), "K");
  const LexiconMatchers& not_received = rule_lexicon(ctx.rule, "advice-not-received");

  std::vector<const AdviceKind*> required = {&kParent, &kEducational, &kMedical, &kPsychological, &kSocialCare};
  if (from_year(ctx, ctx.rule.option_int("adulthood_from_year", 9))) required.push_back(&kAdulthood);
  if (impairment(ctx, reader, "health-hearing-impairment", {"HI", "MSI"})) required.push_back(&kHearing);
  if (impairment(ctx, reader, "health-vision-impairment", {"VI", "MSI"})) required.push_back(&kVision);

  for (const AdviceKind* kind : required) {
    const LexiconMatchers& terms = rule_lexicon(ctx.rule, kind->lexicon);
    bool found = false;
    // A "no involvement" entry is still advice: statements of no needs are not skipped here.
    for (const Clause& c : listed) {
      found = found || (reader.find(terms, c, false) && !lexicon_matches(not_received, text::fold(c.sentence)));
    }
    if (!found) hits.push_back(Hit{"K", "", k->heading, {{"kind", kind->name}, {"who", kind->who}}});
  }
}

}  // namespace

void register_advice(PredicateRegistry& registry) {
  std::vector<std::string> lexicons = {"advice-parent", "advice-educational", "advice-medical",
                                       "advice-psychological", "advice-social-care", "advice-pfa",
                                       "advice-hearing", "advice-vision", "health-hearing-impairment",
                                       "health-vision-impairment", "advice-not-received"};
  for (const std::string& n : needs_context_lexicons()) lexicons.push_back(n);
  registry.add("advice_required_missing", advice_required_missing, lexicons);
}

}  // namespace ehcpqa::predicates
