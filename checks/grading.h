// Grades a plan on the four-point scale authorities and inspectors use (Outstanding, Good,
// Requires improvement, Inadequate) and on a 0-10 score, from its findings alone. Every
// point lost is one finding's Deduction, so a report can show why the grade is what it is.
// Weights, costs, caps and cut-points come from checks/grading.yaml (an authority tunes them
// there or through --config); that file's comments explain the arithmetic.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "checks/finding.h"

namespace ehcpqa {

struct Deduction {            // one finding's cost
  std::string rule;           // rule id
  std::string section;        // statutory code it was charged to, "" for whole-plan
  double points = 0;          // points of the 0-10 score this finding cost
  size_t finding = 0;         // index into DocumentResult::findings
  double section_points = 0;  // points of its section's 0-10 score it cost
  int repeat = 1;             // 1 for the rule's first finding in the section, 2 for the second...
};

struct SectionGrade {
  std::string code;           // A..K, H1, H2, or "plan" for whole-plan findings
  double weight = 0;          // its share of the score (the shares of all sections add up to 1)
  double score = 10;          // 0..10 for that section
  std::vector<Deduction> deductions;
};

struct Grade {
  double score = 10;          // 0..10, one decimal
  std::string band;           // "Outstanding" | "Good" | "Requires improvement" | "Inadequate"
  std::string capped_by;      // plain-English reason the band was capped, empty when not
  std::vector<SectionGrade> sections;  // statutory order, then "plan"
  double uncapped_score = 10;           // the score the sections alone give, one decimal
  std::vector<size_t> capping_findings;  // indices into DocumentResult::findings behind the cap
};

// The bands from best to worst, as written in Grade::band.
const std::vector<std::string>& grade_bands();
// Position in grade_bands() (0 = Outstanding), or -1 for an unknown name.
int band_rank(const std::string& band);

// A cap: when its conditions hold, the band can be no better than `band` (and the score no
// higher than that band's top). Conditions: at least `count` findings match (severity,
// sections, rules), unless the cap names none of those; and, when `below_sections` is given,
// one of those sections scored below `below` (a "limiting judgement": weak outcomes or
// provision limit the whole plan, however clean the rest).
struct GradeCap {
  std::string band;
  std::optional<Severity> severity;  // findings of this severity (any severity when empty)
  std::vector<std::string> sections;  // only in these sections (any when empty; "plan" = whole-plan)
  std::vector<std::string> rules;     // only these rule ids (any when empty)
  int count = 1;
  bool on_findings = true;            // false when the cap names only a section score
  std::vector<std::string> below_sections;  // section_below: sections, any of which...
  double below = 0;                         // ...scoring below this applies the cap
  std::string reason;                 // plain English, e.g. "a statutory requirement is not met"
};

class GradingScheme {
 public:
  // Reads checks/grading.yaml. Throws ConfigError (file:line) on anything malformed.
  static GradingScheme load(const std::string& yaml_path);

  // Applies an authority's grading settings on top: `node` has the same keys as grading.yaml,
  // each optional; maps (weights, severity costs, rule costs) are merged key by key, lists
  // (caps, bands) replace. `path` is for error messages. Throws ConfigError.
  void apply(const YAML::Node& node, const std::string& path);

  // Throws ConfigError (file:line) for a rule id in the settings that `known` rejects, so a
  // misspelt id in a cost or a cap is not silently ignored.
  void check_rule_ids(const std::function<bool(const std::string&)>& known) const;

  Grade grade(const std::vector<Finding>& findings) const;

  // The band for a score, from the cut-points alone.
  std::string band_for(double score) const;

  // Settings, for reports that explain the scheme.
  const std::map<std::string, double>& weights() const { return weights_; }
  const std::vector<GradeCap>& caps() const { return caps_; }
  double cut_point(const std::string& band) const;  // lowest score of the band
  double cost(const Finding& finding) const;         // first occurrence's cost, in section points
  double repeat_factor() const { return repeat_factor_; }

 private:
  std::map<std::string, double> weights_;        // section code or "plan" -> relative weight
  std::map<Severity, double> severity_cost_;     // section points per first finding
  std::map<std::string, double> rule_cost_;      // rule id -> section points, overriding severity
  double repeat_factor_ = 0.5;                   // each repeat costs this times the one before
  std::map<std::string, double> cut_points_;     // band -> lowest score (Inadequate absent: 0)
  std::vector<GradeCap> caps_;
  std::map<std::string, std::string> rule_sources_;  // rule id -> "file:line:col" naming it
};

}  // namespace ehcpqa
