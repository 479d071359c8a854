#include "reports/json_report.h"

#include <cmath>
#include <map>

#include "reports/pseudonym.h"
#include "templates/plan.h"

namespace ehcpqa {
namespace {

using nlohmann::ordered_json;

ordered_json tool() { return {{"name", "ehcpqa"}, {"version", kToolVersion}}; }

ordered_json summary(const std::vector<DocumentResult>& results) {
  int read = 0, failed = 0, with_errors = 0;
  std::map<std::string, int> by_status, by_layout, failures;
  std::map<std::string, std::map<std::string, int>> rule_plans;  // rule -> {plans, findings}
  std::map<std::string, int> section_plans;
  std::map<std::string, int> severity_counts{{"error", 0}, {"warning", 0}, {"info", 0}};
  std::map<std::string, int> by_grade;
  std::map<std::string, std::pair<double, int>> section_scores;  // code -> (sum, plans)
  double score_sum = 0;
  int graded = 0, capped = 0;
  for (const DocumentResult& r : results) {
    if (!r.ok()) {
      ++failed;
      ++failures[r.error_code];
      continue;
    }
    ++read;
    if (r.count(Severity::error) > 0) ++with_errors;
    if (r.plan) {
      ++by_status[r.plan->status];
      ++by_layout[r.plan->layout];
    }
    if (r.grade) {
      ++graded;
      score_sum += r.grade->score;
      ++by_grade[r.grade->band];
      capped += r.grade->capped_by.empty() ? 0 : 1;
      for (const SectionGrade& s : r.grade->sections) {
        section_scores[s.code].first += s.score;
        ++section_scores[s.code].second;
      }
    }
    std::map<std::string, bool> rules_seen, sections_seen;
    for (const Finding& f : r.findings) {
      ++severity_counts[to_string(f.severity)];
      ++rule_plans[f.rule]["findings"];
      if (!rules_seen[f.rule]) ++rule_plans[f.rule]["plans"];
      rules_seen[f.rule] = true;
      if (!f.section.empty() && !sections_seen[f.section]) ++section_plans[f.section];
      if (!f.section.empty()) sections_seen[f.section] = true;
    }
  }
  ordered_json rules = ordered_json::array();
  for (const auto& [id, counts] : rule_plans) {
    const int plans = counts.count("plans") ? counts.at("plans") : 0;
    rules.push_back({{"rule", id},
                     {"plans", plans},
                     {"findings", counts.at("findings")},
                     {"share_of_plans_read", read ? std::round(1000.0 * plans / read) / 1000 : 0.0}});
  }
  ordered_json sections = ordered_json::object();
  for (const std::string& code : statutory_codes()) sections[code] = section_plans[code];
  ordered_json grades = ordered_json::object();
  for (const std::string& band : grade_bands()) grades[band] = by_grade[band];
  ordered_json mean_section_scores = ordered_json::object();
  for (const auto& [code, sum_n] : section_scores) {
    mean_section_scores[code] = std::round(10.0 * sum_n.first / sum_n.second) / 10;
  }
  return {{"inputs", results.size()},
          {"read", read},
          {"failed", failed},
          {"failures_by_code", failures},
          {"plans_with_errors", with_errors},
          {"findings_by_severity", severity_counts},
          {"plans_by_status", by_status},
          {"plans_by_layout", by_layout},
          {"plans_by_grade", grades},
          {"plans_capped_by_a_statutory_failure", capped},
          {"mean_score", graded ? ordered_json(std::round(10.0 * score_sum / graded) / 10) : ordered_json(nullptr)},
          {"mean_section_scores", mean_section_scores},
          {"plans_with_findings_by_section", sections},
          {"rules", rules}};
}

}  // namespace

ordered_json check_json(const std::vector<DocumentResult>& results, const Date& as_of) {
  ordered_json out;
  out["tool"] = tool();
  out["as_of"] = as_of.iso();
  out["documents"] = ordered_json::array();
  for (const DocumentResult& r : results) out["documents"].push_back(to_json(r));
  return out;
}

ordered_json audit_json(const std::vector<DocumentResult>& results, const Date& as_of, bool show_names) {
  std::vector<DocumentResult> shared;
  if (!show_names) {
    for (const DocumentResult& r : results) shared.push_back(without_names(r));
  }
  ordered_json out = check_json(show_names ? results : shared, as_of);
  ordered_json with_summary;
  with_summary["tool"] = out["tool"];
  with_summary["as_of"] = out["as_of"];
  // "masked": names replaced by each plan's pseudonym (reports/pseudonym.h); "shown": --show-names.
  with_summary["names"] = show_names ? "shown" : "masked";
  with_summary["summary"] = summary(results);
  with_summary["documents"] = std::move(out["documents"]);
  return with_summary;
}

}  // namespace ehcpqa
