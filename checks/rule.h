// A rule as declared in checks/rules/*.yaml: identity, what it reports, where it looks,
// how it decides (its kind), and the examples that prove it.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "checks/finding.h"
#include "templates/plan.h"

namespace ehcpqa {

// The units a rule reads. An unknown unit name is a load error, never a silent no-op.
// `outcome` and `provision_item` read the plan's items (templates/items.h) of that kind in
// the rule's sections, one at a time. `batch` rules read every plan of an audit together
// (checks/batch.h) and do not run on a plan checked alone.
enum class ScopeUnit { whole_plan, section, sentence, outcome, provision_item, batch };

// A rule example: a plan sketch derived from a base plan, and what the rule must do on it.
struct RuleExample {
  std::string base;                                     // checks/examples/<base>.plan
  std::vector<std::string> drop;                        // sections removed
  std::map<std::string, std::string> set;               // section code -> new body (sketch lines)
  std::map<std::string, std::string> headings;          // section code -> new heading text
  std::map<std::string, std::optional<std::string>> front;  // label -> value, or removed
  std::optional<int> revisions, comments;
  std::optional<Date> as_of;
  std::vector<RuleExample> batch;                       // batch rules: the audit's other plans
  int count = 0;                                        // findings expected (on this plan)
  std::optional<std::string> section;                   // section every finding must name
  std::string note;
  int line = 0;                                         // in the rule file, for messages
};

struct Matcher {
  std::unique_ptr<RE2> pattern;
  std::string source;  // as written, for documentation
};

// One lexicon a rule names, kept apart from the others so that a C++ predicate can use
// several word lists for different purposes (what counts, what is legitimate, ...).
struct LexiconMatchers {
  std::vector<Matcher> patterns;
  std::vector<Matcher> excludes;  // a match whose whole text matches one of these is ignored
};

struct Rule {
  std::string id;
  Severity severity = Severity::warning;
  std::string summary;
  std::vector<std::string> sections;  // statutory codes the rule reads; empty for the whole plan
  ScopeUnit unit = ScopeUnit::whole_plan;
  std::string kind;                   // phrase | absence | cxx
  std::string predicate;              // for kind cxx
  std::optional<PlanStatus> when_status;
  std::vector<Matcher> patterns;      // phrase/absence: what counts
  std::vector<Matcher> excludes;      // a match whose whole text matches one of these is ignored
  std::vector<Matcher> unless;        // a sentence matching one of these is passed over
  std::map<std::string, LexiconMatchers> lexicons;  // each lexicon named in `lexicon:`, by name
  std::map<std::string, std::string> options;  // named thresholds, overridable by --config
  std::string message, reference, fix;
  std::string maturity = "stable";    // stable | experimental (off unless enabled)
  std::vector<RuleExample> fires, passes;
  std::string file;                   // where it was declared
  int line = 0;
  bool enabled = true;

  int option_int(const std::string& name, int fallback) const;
};

}  // namespace ehcpqa
