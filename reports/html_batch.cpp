#include "reports/html_batch.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "checks/grading.h"
#include "reports/html_common.h"
#include "reports/json_report.h"
#include "reports/pseudonym.h"
#include "reports/svg_chart.h"
#include "reports/text_report.h"
#include "templates/plan.h"

namespace ehcpqa {
namespace {

using mstch::array;
using mstch::map;

constexpr size_t kChartRules = 12;    // rules drawn in the rate chart (the table lists them all)
constexpr size_t kCommonFindings = 10;
constexpr size_t kTopPerPlan = 3;     // findings named per plan in the table of plans

std::string count_of(int n, int of) { return of > 0 ? fmt::format("{} ({})", n, html::percent_text(double(n) / of)) : "0"; }

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// The facts a plan is grouped by in the breakdowns. Ages are taken on the audit's date when
// the date of birth is known (a plan is reviewed as of now), else on the plan's own date.
struct Facets {
  std::string age_band, phase, status, need, layout;
};

Facets facets_of(const PlanSummary& p) {
  Facets f;
  const std::optional<DerivedSummary>& d = p.at_as_of ? p.at_as_of : p.at_plan_date;
  f.age_band = d ? "Age " + d->age_band : "Age not known";
  if (!d) f.phase = "Not known";
  else if (d->key_stage.empty()) f.phase = capitalised(d->phase);
  else f.phase = fmt::format("{}, key stage {}", capitalised(d->phase), d->key_stage.substr(2));
  f.status = p.status == "final" ? "Final" : p.status == "draft" ? "Draft" : "Not stated";
  if (p.primary_need_code) f.need = *p.primary_need_code;
  else if (p.primary_need) f.need = *p.primary_need;
  else f.need = "Not stated";
  f.layout = p.layout;
  return f;
}

// Sort keys that put the DfE age bands and the phases in their natural order.
int age_order(const std::string& band) {
  static const std::vector<std::string> order{"Age under 5", "Age 5 to 10", "Age 11 to 15", "Age 16 to 19",
                                              "Age 20 to 25", "Age over 25"};
  auto it = std::find(order.begin(), order.end(), band);
  return it == order.end() ? 99 : static_cast<int>(it - order.begin());
}
int phase_order(const std::string& phase) {
  static const std::vector<std::string> order{"Early years", "Primary", "Secondary", "Post-16", "Post-19"};
  for (size_t i = 0; i < order.size(); ++i) {
    if (phase.rfind(order[i], 0) != 0) continue;
    const bool stage = std::isdigit(static_cast<unsigned char>(phase.back()));  // "..., key stage 2"
    return static_cast<int>(i) * 10 + (stage ? phase.back() - '0' : 0);
  }
  return 999;
}

class BatchPage {
 public:
  BatchPage(const std::vector<DocumentResult>& results, const BatchPageOptions& options)
      : results_(results), options_(options) {
    for (size_t i = 0; i < results.size(); ++i) {
      if (results[i].ok()) read_.push_back(i);
    }
  }

  map build() const {
    map page{{"title", std::string("EHCP quality audit")},
             {"as_of", human_date(options_.as_of)},
             {"version", std::string(kToolVersion)},
             {"show_names", options_.show_names}};
    glance(page);
    page["failed"] = failed();
    grades(page);
    rule_rates(page);
    page["section_rates"] = section_rates();
    page["common"] = common_findings();
    page["breakdowns"] = breakdowns();
    page["plans"] = plan_rows();
    return page;
  }

 private:
  const Grade* grade_of(size_t i) const { return results_[i].grade ? &*results_[i].grade : nullptr; }

  std::string summary_of(const std::string& rule) const {
    auto it = options_.rule_summaries.find(rule);
    return it == options_.rule_summaries.end() ? rule : it->second;
  }

  // The plan as the batch report names it: its pseudonym, or with show_names its name.
  std::string label_of(size_t i) const {
    const DocumentResult& r = results_[i];
    if (options_.show_names && r.plan && r.plan->name) return *r.plan->name + " (" + pseudonym(r) + ")";
    return pseudonym(r);
  }

  void glance(map& page) const {
    const int total = static_cast<int>(results_.size());
    const int read = static_cast<int>(read_.size());
    double sum = 0;
    int graded = 0, errors = 0, findings = 0;
    for (size_t i : read_) {
      if (const Grade* g = grade_of(i)) {
        sum += g->score;
        ++graded;
      }
      errors += results_[i].count(Severity::error);
      findings += static_cast<int>(results_[i].findings.size());
    }
    page["total"] = total;
    page["plans_word"] = std::string(total == 1 ? "plan" : "plans");
    page["read_word"] = std::string(read == 1 ? "plan read" : "plans read");
    page["read"] = read;
    page["failed_count"] = total - read;
    page["any_failed"] = total > read;
    page["findings_total"] = findings;
    page["errors_total"] = errors;
    page["graded"] = graded;
    page["mean_score"] = graded > 0 ? html::score_text(sum / graded) : std::string("none graded");
    page["findings_per_plan"] = read > 0 ? fmt::format("{:.1f}", double(findings) / read) : std::string("0");
  }

  array failed() const {
    array out;
    for (size_t i = 0; i < results_.size(); ++i) {
      const DocumentResult& r = results_[i];
      if (r.ok()) continue;
      // The file's own name is the only way to find it again; names in it are masked unless shown.
      out.push_back(map{{"path", options_.show_names ? r.path : mask_path(r.path, r)},
                        {"code", r.error_code},
                        {"message", r.error_message}});
    }
    return out;
  }

  void grades(map& page) const {
    std::map<std::string, int> counts;
    int graded = 0;
    for (size_t i : read_) {
      if (const Grade* g = grade_of(i)) {
        ++counts[g->band];
        ++graded;
      }
    }
    array rows;
    std::vector<ChartBar> bars;
    for (const std::string& band : grade_bands()) {
      const int n = counts[band];
      rows.push_back(map{{"band", band},
                         {"cls", html::band_class(band)},
                         {"count", n},
                         {"pct", graded ? html::percent_text(double(n) / graded) : std::string("-")}});
      bars.push_back(ChartBar{band, double(n), count_of(n, graded), html::band_class(band)});
    }
    page["grade_rows"] = std::move(rows);
    page["grade_chart"] = svg_bar_chart("chart-grades", "Plans in each grade", bars);
  }

  struct RuleTally {
    std::string rule;
    Severity severity = Severity::info;
    int plans = 0, findings = 0;
    double points = 0;
  };

  std::vector<RuleTally> tally_rules() const {
    std::map<std::string, RuleTally> by_rule;
    for (size_t i : read_) {
      std::set<std::string> seen;
      for (const Finding& f : results_[i].findings) {
        RuleTally& t = by_rule[f.rule];
        t.rule = f.rule;
        t.severity = std::max(t.severity, f.severity);
        ++t.findings;
        if (seen.insert(f.rule).second) ++t.plans;
      }
      if (const Grade* g = grade_of(i)) {
        for (const SectionGrade& s : g->sections) {
          for (const Deduction& d : s.deductions) by_rule[d.rule].points += d.points;
        }
      }
    }
    std::vector<RuleTally> out;
    for (auto& [id, t] : by_rule) out.push_back(t);
    return out;
  }

  void rule_rates(map& page) const {
    std::vector<RuleTally> rules = tally_rules();
    std::stable_sort(rules.begin(), rules.end(), [](const RuleTally& a, const RuleTally& b) {
      if (a.plans != b.plans) return a.plans > b.plans;
      return a.findings > b.findings;
    });
    const int read = static_cast<int>(read_.size());
    array rows;
    std::vector<ChartBar> bars;
    for (const RuleTally& t : rules) {
      const double share = read ? double(t.plans) / read : 0;
      rows.push_back(map{{"rule", t.rule},
                         {"summary", summary_of(t.rule)},
                         {"sev", std::string(to_string(t.severity))},
                         {"sev_label", html::severity_label(t.severity)},
                         {"plans", t.plans},
                         {"pct", html::percent_text(share)},
                         {"findings", t.findings}});
      if (bars.size() < kChartRules) {
        bars.push_back(ChartBar{t.rule, share * 100, html::percent_text(share), "sev-" + std::string(to_string(t.severity))});
      }
    }
    page["rule_rates"] = std::move(rows);
    page["any_rules"] = !rules.empty();
    page["rule_chart"] = svg_bar_chart("chart-rules", "Share of plans with each finding (most common first)", bars, 100);
  }

  array section_rates() const {
    const int read = static_cast<int>(read_.size());
    std::vector<std::string> codes = statutory_codes();
    codes.push_back("plan");
    array rows;
    for (const std::string& code : codes) {
      int with = 0, graded = 0, missing = 0;
      double score = 0;
      for (size_t i : read_) {
        const DocumentResult& r = results_[i];
        bool any = false;
        for (const Finding& f : r.findings) any = any || (f.section.empty() ? "plan" : f.section) == code;
        with += any ? 1 : 0;
        if (r.plan && code != "plan") {
          for (const SectionSummary& s : r.plan->sections) missing += s.code == code && !s.found ? 1 : 0;
        }
        if (const Grade* g = grade_of(i)) {
          for (const SectionGrade& s : g->sections) {
            if (s.code != code) continue;
            score += s.score;
            ++graded;
          }
        }
      }
      rows.push_back(map{{"name", html::section_name(code)},
                         {"plans", with},
                         {"pct", read ? html::percent_text(double(with) / read) : std::string("-")},
                         {"missing", missing},
                         {"mean", graded ? html::score_text(score / graded) : std::string("-")}});
    }
    return rows;
  }

  array common_findings() const {
    std::vector<RuleTally> rules = tally_rules();
    std::stable_sort(rules.begin(), rules.end(), [](const RuleTally& a, const RuleTally& b) {
      if (a.findings != b.findings) return a.findings > b.findings;
      return a.plans > b.plans;
    });
    if (rules.size() > kCommonFindings) rules.resize(kCommonFindings);
    array out;
    for (const RuleTally& t : rules) {
      out.push_back(map{{"rule", t.rule},
                        {"summary", summary_of(t.rule)},
                        {"sev", std::string(to_string(t.severity))},
                        {"sev_label", html::severity_label(t.severity)},
                        {"findings", t.findings},
                        {"plans", t.plans},
                        {"points", html::score_text(t.points)}});
    }
    return out;
  }

  map breakdown(const std::string& title, const std::string& note, std::string Facets::*facet,
                int (*order)(const std::string&)) const {
    std::map<std::string, std::vector<size_t>> groups;
    for (size_t i : read_) groups[facets_of(*results_[i].plan).*facet].push_back(i);
    std::vector<std::string> keys;
    for (const auto& [k, v] : groups) keys.push_back(k);
    std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
      const int oa = order ? order(a) : 0, ob = order ? order(b) : 0;
      if (oa != ob) return oa < ob;
      return groups[a].size() > groups[b].size();
    });
    array rows;
    for (const std::string& key : keys) {
      const std::vector<size_t>& members = groups[key];
      double score = 0;
      int graded = 0, good = 0, errors = 0;
      std::map<std::string, int> rule_plans;
      for (size_t i : members) {
        if (const Grade* g = grade_of(i)) {
          score += g->score;
          ++graded;
          good += band_rank(g->band) >= 0 && band_rank(g->band) <= 1 ? 1 : 0;
        }
        errors += results_[i].count(Severity::error);
        std::set<std::string> seen;
        for (const Finding& f : results_[i].findings) {
          if (seen.insert(f.rule).second) ++rule_plans[f.rule];
        }
      }
      std::string top;
      int top_n = 0;
      for (const auto& [rule, n] : rule_plans) {
        if (n > top_n) top = rule, top_n = n;
      }
      const int n = static_cast<int>(members.size());
      rows.push_back(map{{"group", key},
                         {"plans", n},
                         {"mean", graded ? html::score_text(score / graded) : std::string("-")},
                         {"good", graded ? count_of(good, graded) : std::string("-")},
                         {"errors", fmt::format("{:.1f}", double(errors) / n)},
                         {"top", top.empty() ? std::string("none") : summary_of(top)},
                         {"top_rate", top.empty() ? std::string() : count_of(top_n, n)}});
    }
    return map{{"title", title}, {"note", note}, {"rows", std::move(rows)}};
  }

  array breakdowns() const {
    return array{
        breakdown("By age band", "DfE age bands, age on " + human_date(options_.as_of) + ".", &Facets::age_band,
                  age_order),
        breakdown("By phase and key stage", "From the date of birth, as of the audit date.", &Facets::phase,
                  phase_order),
        breakdown("Draft or final", "As the plan describes itself.", &Facets::status, nullptr),
        breakdown("By primary need", "Where the plan states it (DfE codes where recognised).", &Facets::need,
                  nullptr),
        breakdown("By layout", "The authority template the plan was read as.", &Facets::layout, nullptr),
    };
  }

  array plan_rows() const {
    array out;
    for (size_t i : read_) {
      const DocumentResult& r = results_[i];
      map row{{"label", label_of(i)},
              {"format", r.format},
              {"status", facets_of(*r.plan).status},
              {"age_band", facets_of(*r.plan).age_band},
              {"errors", r.count(Severity::error)},
              {"warnings", r.count(Severity::warning)}};
      if (i < options_.plan_pages.size() && !options_.plan_pages[i].empty()) row["href"] = options_.plan_pages[i];
      if (const Grade* g = grade_of(i)) {
        row["band"] = g->band;
        row["cls"] = html::band_class(g->band);
        row["score"] = html::score_text(g->score);
      }
      // The findings that cost this plan most, one per rule.
      std::map<std::string, double> cost;
      if (const Grade* g = grade_of(i)) {
        for (const SectionGrade& s : g->sections) {
          for (const Deduction& d : s.deductions) cost[d.rule] += d.points;
        }
      }
      for (const Finding& f : r.findings) cost.try_emplace(f.rule, 0.0);
      std::vector<std::pair<std::string, double>> ranked(cost.begin(), cost.end());
      std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
      array top;
      for (size_t k = 0; k < ranked.size() && k < kTopPerPlan; ++k) top.push_back(map{{"summary", summary_of(ranked[k].first)}});
      row["top"] = std::move(top);
      out.push_back(std::move(row));
    }
    return out;
  }

  const std::vector<DocumentResult>& results_;
  const BatchPageOptions& options_;
  std::vector<size_t> read_;
};

}  // namespace

void write_batch_html(std::ostream& out, const HtmlTemplates& templates, const std::vector<DocumentResult>& results,
                      const BatchPageOptions& options) {
  out << templates.render("batch", BatchPage(results, options).build());
}

}  // namespace ehcpqa
