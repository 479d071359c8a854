// Reading the plan's words in context, for the health, social care and advice rules: a term
// counts only when it is said of the child, now, in the plan's own voice. Negated ("no social
// worker is involved"), past ("had glue ear as a young child"), quoted, or about a family
// member ("his brother has asthma", "Mark has multiple sclerosis") it does not. The word
// lists are lexicons (checks/lexicons/no-needs-*.txt); this file holds the logic.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "checks/predicate.h"

namespace ehcpqa::predicates::health_care {

// One clause of the plan: a sentence cut at ';' and at "but", "although", "however".
struct Clause {
  std::string folded;    // case-folded (ICU), quotations blanked: what terms are matched on
  std::string sentence;  // the whole sentence as written (tidied), for evidence
  std::string section;   // the statutory code it was read under
  Location location;
  bool question = false;  // a form's question ("Currently a looked after child?") states nothing
};

// The clauses of the units given, read under `code`.
std::vector<Clause> clauses_of(const std::vector<const Unit*>& units, const std::string& code);
// The clauses of one piece of text (an item, an advice entry).
std::vector<Clause> clauses_of_text(const std::string& text, const std::string& code, const Location& location);

// The context lexicons a rule must list to use ContextReader.
const std::vector<std::string>& needs_context_lexicons();

// Who the plan is about, and the other people it introduces by name.
struct People {
  std::set<std::string> child;   // folded first and preferred names
  std::set<std::string> others;  // folded first names of family members and friends
};
People people_of(const Plan& plan, const LexiconMatchers& family);

struct Mention {
  std::string match;  // the term, as folded
  const Clause* clause = nullptr;
};

class ContextReader {
 public:
  ContextReader(const RuleContext& ctx, const People& people);

  // Whether the clause says there is nothing to record or provide (lexicon no-needs-statements).
  bool says_none(const Clause& clause) const;
  // The first term of `terms` in the clause that is said of the child, now, and not negated.
  // `strict_family`: any family member as the nearest person makes the term theirs; otherwise
  // only when the term is what they are ("Mum is a social worker", "his uncle, a social worker").
  std::optional<std::string> find(const LexiconMatchers& terms, const Clause& clause, bool strict_family) const;
  // The first clause of `clauses` that is not a statement of no needs and has such a term.
  std::optional<Mention> first_mention(const LexiconMatchers& terms, const std::vector<Clause>& clauses,
                                       bool strict_family) const;

 private:
  bool negated(const std::string& text, size_t at, size_t length) const;
  bool past(const std::string& text) const;
  bool about_someone_else(const std::string& text, size_t at, bool strict_family) const;

  const LexiconMatchers& statements_;
  const LexiconMatchers& negation_;
  const LexiconMatchers& negated_after_;
  const LexiconMatchers& past_;
  const LexiconMatchers& past_time_;
  const LexiconMatchers& present_;
  const LexiconMatchers& family_;
  const People& people_;
};

// A section's content clauses (its sub-headings and area titles left out), or none when
// the plan lacks the section.
std::vector<Clause> section_clauses(const Plan& plan, const std::string& code);

// Whether a provision section (G, H1, H2) provides anything: an item of it with a clause that
// is not a statement that nothing is provided.
bool provides_anything(const Plan& plan, const std::string& code, const ContextReader& reader);

}  // namespace ehcpqa::predicates::health_care
