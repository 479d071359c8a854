#include "reports/csv_report.h"

#include <fmt/format.h>

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

void write_plans_csv(std::ostream& out, const std::vector<DocumentResult>& results) {
  out << kBom;
  row(out, {"path", "format", "read_status", "error_code", "error_message", "plan_status", "layout",
            "sections_found", "age_years", "year_group", "plan_date", "findings", "errors", "warnings",
            "info"});
  for (const DocumentResult& r : results) {
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
    row(out, {r.path, r.format, r.status, r.error_code, r.error_message, plan_status, layout, sections, age,
              year, date, std::to_string(r.findings.size()), std::to_string(r.count(Severity::error)),
              std::to_string(r.count(Severity::warning)), std::to_string(r.count(Severity::info))});
  }
}

void write_findings_csv(std::ostream& out, const std::vector<DocumentResult>& results) {
  out << kBom;
  row(out, {"path", "rule", "severity", "section", "page", "block", "message", "evidence", "reference", "fix"});
  for (const DocumentResult& r : results) {
    for (const Finding& f : r.findings) {
      row(out, {r.path, f.rule, to_string(f.severity), f.section,
                f.location.page > 0 ? std::to_string(f.location.page) : "",
                f.location.block >= 0 ? std::to_string(f.location.block) : "", f.message, f.evidence, f.reference,
                f.fix});
    }
  }
}

}  // namespace ehcpqa
