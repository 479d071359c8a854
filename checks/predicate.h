// The named escape hatch: a rule of kind `cxx` names a predicate registered here. The
// predicate decides *whether and where* the rule fires; the YAML keeps the id, wording,
// reference, fix and examples. The engine knows predicates only by name.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checks/matching.h"
#include "checks/rule.h"
#include "templates/plan.h"

namespace ehcpqa {

struct Hit {
  std::string section;   // empty for whole-plan findings
  std::string evidence;  // exact words, or empty
  Location location;
  std::map<std::string, std::string> vars;  // fill {placeholders} in message and fix
};

struct RuleContext {
  const Plan& plan;
  const Rule& rule;
  Date as_of;
};

using Predicate = std::function<void(const RuleContext&, std::vector<Hit>&)>;

// What a batch rule sees of each plan of an audit: the child's names (to mask when wording
// is compared across plans) and the plan's items.
struct BatchMember {
  std::string identity;            // the same for two files of one plan (a DOCX and its PDF); empty: unique
  std::vector<std::string> names;  // full name and preferred name, as written
  std::vector<Item> items;
};
struct BatchContext {
  const std::vector<BatchMember>& members;
  const Rule& rule;
};
struct BatchHit {
  size_t member = 0;  // index into BatchContext::members
  Hit hit;
};
using BatchPredicate = std::function<void(const BatchContext&, std::vector<BatchHit>&)>;

class PredicateRegistry {
 public:
  // `lexicons`: the lexicons the predicate reads by name; a rule using the predicate must
  // list each of them under `lexicon:` (checked at load).
  void add(const std::string& name, Predicate predicate, std::vector<std::string> lexicons = {}) {
    predicates_[name] = std::move(predicate);
    lexicons_[name] = std::move(lexicons);
  }
  void add_batch(const std::string& name, BatchPredicate predicate, std::vector<std::string> lexicons = {}) {
    batch_predicates_[name] = std::move(predicate);
    lexicons_[name] = std::move(lexicons);
  }
  const Predicate* find(const std::string& name) const {
    auto it = predicates_.find(name);
    return it == predicates_.end() ? nullptr : &it->second;
  }
  const BatchPredicate* find_batch(const std::string& name) const {
    auto it = batch_predicates_.find(name);
    return it == batch_predicates_.end() ? nullptr : &it->second;
  }
  const std::vector<std::string>& lexicons_needed(const std::string& name) const {
    static const std::vector<std::string> none;
    auto it = lexicons_.find(name);
    return it == lexicons_.end() ? none : it->second;
  }

 private:
  std::map<std::string, Predicate> predicates_;
  std::map<std::string, BatchPredicate> batch_predicates_;
  std::map<std::string, std::vector<std::string>> lexicons_;
};

// Every predicate shipped with ehcpqa (checks/predicates/).
void register_builtin_predicates(PredicateRegistry& registry);

// Helpers predicates share.
// The section's text units, sub-headings and area titles left out.
std::vector<const Unit*> content_units(const Plan& plan, const Section& section);

// A named lexicon of the rule (the loader guarantees those a predicate declares).
const LexiconMatchers& rule_lexicon(const Rule& rule, const std::string& name);
// The earliest match in `text` of any of the lexicon's patterns that no exclude removes.
std::optional<LexiconMatch> first_lexicon_match(const LexiconMatchers& lexicon, const std::string& text);
inline bool lexicon_matches(const LexiconMatchers& lexicon, const std::string& text) {
  return first_lexicon_match(lexicon, text).has_value();
}

}  // namespace ehcpqa
