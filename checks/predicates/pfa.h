// What the preparing-for-adulthood, transition and timeliness predicates share: where the
// child or young person stands at the plan's date, and whether a phrase found in the plan
// speaks for them now or in the plan (not denied, not someone's quoted words, not past
// history, not about a family member or a professional the plan introduces).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "checks/predicate.h"
#include "templates/derived.h"

namespace ehcpqa::predicates::pfa {

// (A namespace of its own: other predicate groups have context readers of their own.)

// The child's or young person's age and school year at the plan's date: exact from the
// date of birth when the plan is dated, else bounds from the year group the plan states.
struct Stage {
  std::optional<Date> plan_date;
  std::optional<DerivedFacts> facts;    // date of birth and plan date both known
  std::optional<int> year_offset;       // national curriculum year: Reception 0, nursery -1
  std::optional<int> min_age, max_age;  // equal when worked out from the date of birth
  std::string words;                    // "in Year 10", "aged 20", "in Year 8 (as the plan states)"
  std::string age_words;                // "7", "16 or 17 (Year 12, as the plan states)"
};
Stage stage_of(const Plan& plan);

// The lexicons PhraseContext reads; every rule whose predicate uses it lists them.
const std::vector<std::string>& context_lexicons();
// `own` followed by the context lexicons, for registering a predicate.
std::vector<std::string> with_context_lexicons(std::vector<std::string> own);

// Checks a phrase's context must pass, combined with `|`.
enum ContextCheck : unsigned {
  kNotDenied = 1,        // no "no", "not", "to be confirmed" before it in its clause
  kNotQuoted = 2,        // not inside quotation marks, nor after "said", "told us"
  kNotPast = 4,          // the sentence is not only about the past
  kNotSomeoneElse = 8,   // the nearest person before it is not a family member or another named person
  kAllChecks = 15,
};

class PhraseContext {
 public:
  explicit PhraseContext(const RuleContext& ctx);
  // The first match of `lexicon` in `text` whose context passes `checks`; a match that lies
  // inside a match of `not_inside` (when given) does not count either.
  std::optional<LexiconMatch> find(const LexiconMatchers& lexicon, const std::string& text, unsigned checks,
                                   const LexiconMatchers* not_inside = nullptr) const;
  // Whether the phrase at [at, at + length) of `text` passes `checks`.
  bool passes(const std::string& text, size_t at, size_t length, unsigned checks) const;

 private:
  enum class Actor { none, child, other };
  Actor nearest_actor(const std::string& text, size_t from, size_t to) const;

  const LexiconMatchers& negation_;
  const LexiconMatchers& past_;
  const LexiconMatchers& current_;
  const LexiconMatchers& others_;
  const LexiconMatchers& speech_;
  std::set<std::string> child_names_;         // the child's first, preferred and family names
  std::set<std::string> family_names_;        // relatives the plan introduces ("his uncle Sean")
  std::set<std::string> professional_names_;  // "Dr Helen Okafor", authors of advice in K
};

}  // namespace ehcpqa::predicates::pfa
