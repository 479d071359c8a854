#include "checks/grading.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "templates/plan.h"
#include "text/config_file.h"

namespace ehcpqa {
namespace {

constexpr double kFullMarks = 10.0;
constexpr const char* kWholePlan = "plan";

double round1(double v) { return std::round(v * 10.0) / 10.0; }

// Statutory order, then the whole-plan pseudo-section.
std::vector<std::string> graded_codes() {
  std::vector<std::string> codes = statutory_codes();
  codes.emplace_back(kWholePlan);
  return codes;
}

bool is_graded_code(const std::string& code) {
  const std::vector<std::string> codes = graded_codes();
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

double number(const std::string& path, const YAML::Node& node, double lowest, double highest) {
  double v = 0;
  try {
    v = node.as<double>();
  } catch (const YAML::Exception&) {
    config_fail(path, node, "expected a number");
  }
  if (!std::isfinite(v) || v < lowest || v > highest) {
    config_fail(path, node, fmt::format("expected a number from {} to {}", lowest, highest));
  }
  return v;
}

std::string band_name(const std::string& path, const YAML::Node& node) {
  const std::string name = node.IsScalar() ? node.as<std::string>() : "";
  if (band_rank(name) < 0) {
    config_fail(path, node, "expected a band: Outstanding, Good, Requires improvement or Inadequate");
  }
  return name;
}

std::string where(const std::string& path, const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  return m.is_null() ? path : fmt::format("{}:{}:{}", path, m.line + 1, m.column + 1);
}

std::vector<std::string> string_list(const std::string& path, const YAML::Node& node) {
  if (node.IsScalar()) return {node.as<std::string>()};
  if (!node.IsSequence()) config_fail(path, node, "expected a name or a list of names");
  std::vector<std::string> out;
  for (const YAML::Node& item : node) out.push_back(item.as<std::string>());
  return out;
}

GradeCap read_cap(const std::string& path, const YAML::Node& node) {
  check_keys(path, node, {"band", "severity", "sections", "rules", "count", "section_below", "reason"});
  GradeCap cap;
  if (!node["band"]) config_fail(path, node, "'band' is required");
  cap.band = band_name(path, node["band"]);
  if (node["severity"]) {
    Severity s;
    if (!parse_severity(node["severity"].as<std::string>(), s)) {
      config_fail(path, node["severity"], "severity must be error, warning or info");
    }
    cap.severity = s;
  }
  if (node["sections"]) {
    cap.sections = string_list(path, node["sections"]);
    for (const std::string& code : cap.sections) {
      if (!is_graded_code(code)) {
        config_fail(path, node["sections"], fmt::format("'{}' is not a section code (A-K, H1, H2) or 'plan'", code));
      }
    }
  }
  if (node["rules"]) cap.rules = string_list(path, node["rules"]);
  if (node["count"]) cap.count = static_cast<int>(number(path, node["count"], 1, 1000));
  if (const YAML::Node below = node["section_below"]) {
    check_keys(path, below, {"sections", "score"});
    if (!below["sections"] || !below["score"]) config_fail(path, below, "section_below needs 'sections' and 'score'");
    cap.below_sections = string_list(path, below["sections"]);
    for (const std::string& code : cap.below_sections) {
      if (!is_graded_code(code)) {
        config_fail(path, below["sections"], fmt::format("'{}' is not a section code (A-K, H1, H2) or 'plan'", code));
      }
    }
    cap.below = number(path, below["score"], 0, kFullMarks);
    cap.on_findings = node["severity"] || node["sections"] || node["rules"] || node["count"];
  }
  cap.reason = required_string(path, node, "reason");
  return cap;
}

bool cap_matches(const GradeCap& cap, const Finding& f) {
  if (cap.severity && f.severity != *cap.severity) return false;
  const std::string code = f.section.empty() ? kWholePlan : f.section;
  if (!cap.sections.empty() && std::find(cap.sections.begin(), cap.sections.end(), code) == cap.sections.end()) {
    return false;
  }
  return cap.rules.empty() || std::find(cap.rules.begin(), cap.rules.end(), f.rule) != cap.rules.end();
}

}  // namespace

const std::vector<std::string>& grade_bands() {
  static const std::vector<std::string> bands{"Outstanding", "Good", "Requires improvement", "Inadequate"};
  return bands;
}

int band_rank(const std::string& band) {
  const auto& bands = grade_bands();
  const auto it = std::find(bands.begin(), bands.end(), band);
  return it == bands.end() ? -1 : static_cast<int>(it - bands.begin());
}

GradingScheme GradingScheme::load(const std::string& yaml_path) {
  const YAML::Node root = load_yaml_file(yaml_path);
  if (!root || !root.IsMap()) throw ConfigError(fmt::format("{}: expected the grading settings", yaml_path));
  GradingScheme scheme;
  scheme.apply(root, yaml_path);
  // The shipped file must be complete: every band's cut-point, every section's weight and
  // every severity's cost, so that an authority's file only needs what it changes.
  for (size_t i = 0; i + 1 < grade_bands().size(); ++i) {
    if (!scheme.cut_points_.count(grade_bands()[i])) {
      throw ConfigError(fmt::format("{}: 'bands' needs the lowest score of '{}'", yaml_path, grade_bands()[i]));
    }
  }
  for (const std::string& code : graded_codes()) {
    if (!scheme.weights_.count(code)) {
      throw ConfigError(fmt::format("{}: 'weights' needs a weight for '{}'", yaml_path, code));
    }
  }
  for (Severity s : {Severity::error, Severity::warning, Severity::info}) {
    if (!scheme.severity_cost_.count(s)) {
      throw ConfigError(fmt::format("{}: 'costs: severity' needs a cost for '{}'", yaml_path, to_string(s)));
    }
  }
  return scheme;
}

void GradingScheme::apply(const YAML::Node& root, const std::string& path) {
  if (!root || root.IsNull()) return;
  check_keys(path, root, {"bands", "weights", "costs", "caps"});
  if (const YAML::Node bands = root["bands"]) {
    check_keys(path, bands, {"Outstanding", "Good", "Requires improvement"});
    for (const auto& entry : bands) {
      cut_points_[entry.first.as<std::string>()] = number(path, entry.second, 0, kFullMarks);
    }
    // Cut-points must fall as the bands get worse, or some band could never be given.
    double above = kFullMarks + 1;
    for (size_t i = 0; i + 1 < grade_bands().size(); ++i) {
      const auto it = cut_points_.find(grade_bands()[i]);
      if (it == cut_points_.end()) continue;
      if (it->second >= above) {
        config_fail(path, bands, fmt::format("the lowest score of '{}' must be below that of the band above it",
                                             grade_bands()[i]));
      }
      above = it->second;
    }
  }
  if (const YAML::Node weights = root["weights"]) {
    if (!weights.IsMap()) config_fail(path, weights, "expected section codes with their weights");
    for (const auto& entry : weights) {
      const std::string code = entry.first.as<std::string>();
      if (!is_graded_code(code)) {
        config_fail(path, entry.first, fmt::format("'{}' is not a section code (A-K, H1, H2) or 'plan'", code));
      }
      weights_[code] = number(path, entry.second, 0, 1000);
    }
  }
  if (const YAML::Node costs = root["costs"]) {
    check_keys(path, costs, {"severity", "repeat_factor", "rules"});
    if (const YAML::Node sev = costs["severity"]) {
      check_keys(path, sev, {"error", "warning", "info"});
      for (const auto& entry : sev) {
        Severity s;
        parse_severity(entry.first.as<std::string>(), s);
        severity_cost_[s] = number(path, entry.second, 0, kFullMarks);
      }
    }
    if (costs["repeat_factor"]) repeat_factor_ = number(path, costs["repeat_factor"], 0, 1);
    if (const YAML::Node rules = costs["rules"]) {
      if (!rules.IsMap()) config_fail(path, rules, "expected rule ids with their costs");
      for (const auto& entry : rules) {
        const std::string id = entry.first.as<std::string>();
        rule_cost_[id] = number(path, entry.second, 0, kFullMarks);
        rule_sources_[id] = where(path, entry.first);
      }
    }
  }
  if (const YAML::Node caps = root["caps"]) {
    if (!caps.IsSequence()) config_fail(path, caps, "expected a list of caps");
    caps_.clear();
    for (const YAML::Node& node : caps) {
      caps_.push_back(read_cap(path, node));
      for (const std::string& id : caps_.back().rules) rule_sources_[id] = where(path, node["rules"]);
    }
  }
  double total = 0;
  for (const auto& [code, w] : weights_) total += w;
  if (!weights_.empty() && total <= 0) config_fail(path, root["weights"], "the weights add up to nothing");
}

void GradingScheme::check_rule_ids(const std::function<bool(const std::string&)>& known) const {
  for (const auto& [id, source] : rule_sources_) {
    if (!known(id)) throw ConfigError(fmt::format("{}: unknown rule '{}' in the grading settings", source, id));
  }
}

std::string GradingScheme::band_for(double score) const {
  for (size_t i = 0; i + 1 < grade_bands().size(); ++i) {
    if (score >= cut_point(grade_bands()[i]) - 1e-9) return grade_bands()[i];
  }
  return grade_bands().back();
}

double GradingScheme::cut_point(const std::string& band) const {
  const auto it = cut_points_.find(band);
  return it == cut_points_.end() ? 0.0 : it->second;
}

double GradingScheme::cost(const Finding& finding) const {
  if (const auto it = rule_cost_.find(finding.rule); it != rule_cost_.end()) return it->second;
  const auto it = severity_cost_.find(finding.severity);
  return it == severity_cost_.end() ? 0.0 : it->second;
}

Grade GradingScheme::grade(const std::vector<Finding>& findings) const {
  Grade g;
  double total_weight = 0;
  for (const std::string& code : graded_codes()) {
    const auto it = weights_.find(code);
    total_weight += it == weights_.end() ? 0 : it->second;
  }
  std::map<std::string, size_t> slot;  // code -> index in g.sections
  for (const std::string& code : graded_codes()) {
    const auto it = weights_.find(code);
    SectionGrade s;
    s.code = code;
    s.weight = total_weight > 0 && it != weights_.end() ? it->second / total_weight : 0;
    slot[code] = g.sections.size();
    g.sections.push_back(std::move(s));
  }

  // Each finding costs its section points, less for every earlier finding of the same rule in
  // the same section (cost x repeat_factor^(n-1)); a section cannot fall below 0, so once its
  // points are spent a further finding costs only what is left (possibly nothing).
  std::map<std::pair<std::string, std::string>, int> seen;  // (section, rule) -> findings so far
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    const std::string code = f.section.empty() || !slot.count(f.section) ? kWholePlan : f.section;
    SectionGrade& s = g.sections[slot[code]];
    const int repeat = ++seen[{code, f.rule}];
    const double wanted = cost(f) * std::pow(repeat_factor_, repeat - 1);
    const double taken = std::min(wanted, s.score);
    s.score -= taken;
    Deduction d;
    d.rule = f.rule;
    d.section = code == kWholePlan ? "" : code;
    d.section_points = taken;
    d.points = taken * s.weight;
    d.finding = i;
    d.repeat = repeat;
    s.deductions.push_back(std::move(d));
  }

  double lost = 0;
  for (SectionGrade& s : g.sections) {
    for (const Deduction& d : s.deductions) lost += d.points;
    s.score = round1(std::max(0.0, s.score));
  }
  g.uncapped_score = round1(std::max(0.0, kFullMarks - lost));
  g.score = g.uncapped_score;
  g.band = band_for(g.score);

  // The worst cap that applies; the score is brought down to the top of the capped band so
  // that the score and band never disagree.
  auto weak_sections = [&](const GradeCap& cap) {
    std::vector<std::string> weak;
    for (const std::string& code : cap.below_sections) {
      if (g.sections[slot[code]].score < cap.below - 1e-9) weak.push_back(code);
    }
    return weak;
  };
  const GradeCap* worst = nullptr;
  for (const GradeCap& cap : caps_) {
    if (cap.on_findings) {
      int matched = 0;
      for (const Finding& f : findings) matched += cap_matches(cap, f) ? 1 : 0;
      if (matched < cap.count) continue;
    }
    if (!cap.below_sections.empty() && weak_sections(cap).empty()) continue;
    if (!worst || band_rank(cap.band) > band_rank(worst->band)) worst = &cap;
  }
  if (worst && band_rank(worst->band) > band_rank(g.band)) {
    const int rank = band_rank(worst->band);
    const double top = round1(cut_point(grade_bands()[static_cast<size_t>(rank - 1)]) - 0.1);
    g.score = std::min(g.score, std::max(0.0, top));
    g.band = worst->band;
    g.capped_by = worst->reason;
    // Behind the cap: the findings it counts, and those that brought a weak section down.
    const std::vector<std::string> weak = weak_sections(*worst);
    for (size_t i = 0; i < findings.size(); ++i) {
      const std::string code = findings[i].section.empty() || !slot.count(findings[i].section) ? kWholePlan
                                                                                                 : findings[i].section;
      const bool counted = worst->on_findings && cap_matches(*worst, findings[i]);
      const bool weakening = std::find(weak.begin(), weak.end(), code) != weak.end();
      if (counted || weakening) g.capping_findings.push_back(i);
    }
  }
  return g;
}

}  // namespace ehcpqa
