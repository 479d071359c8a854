#include "reports/csv_report.h"

#include <fmt/format.h>

#include "reports/pseudonym.h"

namespace ehcpqa {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

void row(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    out << csv_field(fields[i]);
  }
  out << "\r\n";
}

template <typename T>
std::string opt(const std::optional<T>& v) {
  if (!v) return "";
  if constexpr (std::is_same_v<T, Date>) return v->iso();
  else return fmt::format("{}", *v);
}

}  // namespace

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void write_plans_csv(std::ostream& out, const std::vector<DocumentResult>& all, bool show_names) {
  out << kBom;
  row(out, {"path", "format", "read_status", "error_code", "error_message", "plan_status", "layout",
            "sections_found", "age_years", "year_group", "plan_date", "findings", "errors", "warnings",
            "info", "grade", "score", "pseudonym"});
  for (const DocumentResult& original : all) {
    const DocumentResult r = show_names ? original : without_names(original);
    std::string plan_status, layout, sections, age, year, date;
    if (r.plan) {
      const PlanSummary& p = *r.plan;
      plan_status = p.status;
      layout = p.layout;
      int found = 0;
      for (const SectionSummary& s : p.sections) found += s.found ? 1 : 0;
      sections = std::to_string(found);
      age = opt(p.age_years);
      year = opt(p.year_group);
      date = opt(p.plan_date);
    }
    const std::string grade = r.grade ? r.grade->band : "";
    const std::string score = r.grade ? fmt::format("{:.1f}", r.grade->score) : "";
    row(out, {r.path, r.format, r.status, r.error_code, r.error_message, plan_status, layout, sections, age,
              year, date, std::to_string(r.findings.size()), std::to_string(r.count(Severity::error)),
              std::to_string(r.count(Severity::warning)), std::to_string(r.count(Severity::info)), grade, score,
              pseudonym(r)});
  }
}

void write_findings_csv(std::ostream& out, const std::vector<DocumentResult>& all, bool show_names) {
  out << kBom;
  row(out, {"path", "rule", "severity", "section", "page", "block", "message", "evidence", "reference", "fix",
            "points", "pseudonym"});
  for (const DocumentResult& original : all) {
    const DocumentResult r = show_names ? original : without_names(original);
    // What each finding cost the plan's score (reports/grading.h), by finding index.
    std::vector<double> points(r.findings.size(), 0.0);
    if (r.grade) {
      for (const SectionGrade& s : r.grade->sections) {
        for (const Deduction& d : s.deductions) {
          if (d.finding < points.size()) points[d.finding] += d.points;
        }
      }
    }
    for (size_t i = 0; i < r.findings.size(); ++i) {
      const Finding& f = r.findings[i];
      row(out, {r.path, f.rule, to_string(f.severity), f.section,
                f.location.page > 0 ? std::to_string(f.location.page) : "",
                f.location.block >= 0 ? std::to_string(f.location.block) : "", f.message, f.evidence, f.reference,
                f.fix, r.grade ? fmt::format("{:.2f}", points[i]) : "", pseudonym(r)});
    }
  }
}

}  // namespace ehcpqa
