#include "reports/document_result.h"

#include <filesystem>

#include "templates/derived.h"
#include "text/normalize.h"

namespace ehcpqa {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

ordered_json date_json(const std::optional<Date>& d) { return d ? ordered_json(d->iso()) : ordered_json(nullptr); }

template <typename T>
ordered_json opt(const std::optional<T>& v) {
  return v ? ordered_json(*v) : ordered_json(nullptr);
}

std::optional<Date> date_from(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return Date::parse_iso(j[key].get<std::string>());
}

template <typename T>
std::optional<T> opt_from(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<T>();
}

}  // namespace

int DocumentResult::count(Severity s) const {
  int n = 0;
  for (const Finding& f : findings) n += f.severity == s ? 1 : 0;
  return n;
}

PlanSummary summarise(const Plan& plan) {
  PlanSummary s;
  const FrontMatter& f = plan.front;
  s.status = to_string(f.status);
  if (f.name) s.name = f.name->value;
  if (f.preferred_name) s.preferred_name = f.preferred_name->value;
  s.dob = f.dob;
  s.plan_date = plan.plan_date();
  s.draft_date = f.draft_date;
  s.issue_date = f.issue_date;
  s.review_date = f.review_date;
  s.request_date = f.request_date;
  if (s.dob && s.plan_date) {
    s.age_years = age_on(*s.dob, *s.plan_date);
    s.year_group = national_curriculum_year(*s.dob, *s.plan_date);
  }
  s.layout = plan.layout;
  s.layout_confidence = plan.layout_confidence;
  for (const std::string& code : statutory_codes()) {
    SectionSummary sec;
    sec.code = code;
    if (const Section* found = plan.section(code)) {
      sec.found = true;
      sec.title = found->title;
      for (const Unit* u : plan.units_of(*found)) sec.words += text::word_count(u->text);
    }
    s.sections.push_back(std::move(sec));
  }
  s.unaccepted_revisions = plan.unaccepted_revisions;
  s.comments = plan.comments;
  return s;
}

DocumentResult error_result(const std::string& path, const std::string& format,
                            const std::string& code, const std::string& message) {
  DocumentResult r;
  r.path = path;
  r.format = format;
  r.status = "error";
  r.error_code = code;
  r.error_message = message;
  return r;
}

std::string format_from_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".docx" || ext == ".docm" || ext == ".dotx") return "docx";
  if (ext == ".pdf") return "pdf";
  if (ext == ".plan") return "markup";
  return "unknown";
}

ordered_json to_json(const DocumentResult& r) {
  ordered_json doc;
  doc["path"] = r.path;
  doc["format"] = r.format;
  doc["status"] = r.status;
  doc["error"] = r.ok() ? ordered_json(nullptr)
                        : ordered_json{{"code", r.error_code}, {"message", r.error_message}};
  if (r.plan) {
    const PlanSummary& p = *r.plan;
    ordered_json plan;
    plan["status"] = p.status;
    plan["name"] = opt(p.name);
    plan["preferred_name"] = opt(p.preferred_name);
    plan["dob"] = date_json(p.dob);
    plan["plan_date"] = date_json(p.plan_date);
    plan["age_years"] = opt(p.age_years);
    plan["year_group"] = opt(p.year_group);
    plan["dates"] = {{"draft", date_json(p.draft_date)},
                     {"issue", date_json(p.issue_date)},
                     {"last_review", date_json(p.review_date)},
                     {"request", date_json(p.request_date)}};
    plan["layout"] = p.layout;
    plan["layout_confidence"] = std::round(p.layout_confidence * 100) / 100;
    plan["unaccepted_revisions"] = p.unaccepted_revisions;
    plan["comments"] = p.comments;
    ordered_json sections = ordered_json::array();
    for (const SectionSummary& s : p.sections) {
      sections.push_back({{"code", s.code}, {"title", s.title}, {"found", s.found}, {"words", s.words}});
    }
    plan["sections"] = std::move(sections);
    doc["plan"] = std::move(plan);
  } else {
    doc["plan"] = nullptr;
  }
  doc["grade"] = nullptr;  // grading arrives with the reports issue
  doc["score"] = nullptr;
  ordered_json findings = ordered_json::array();
  for (const Finding& f : r.findings) {
    ordered_json location{{"page", f.location.page > 0 ? ordered_json(f.location.page) : ordered_json(nullptr)},
                          {"block", f.location.block >= 0 ? ordered_json(f.location.block) : ordered_json(nullptr)}};
    findings.push_back({{"rule", f.rule},
                        {"severity", to_string(f.severity)},
                        {"section", f.section.empty() ? ordered_json(nullptr) : ordered_json(f.section)},
                        {"message", f.message},
                        {"evidence", f.evidence},
                        {"location", location},
                        {"reference", f.reference},
                        {"fix", f.fix}});
  }
  doc["findings"] = std::move(findings);
  doc["diagnostics"] = r.diagnostics;
  return doc;
}

DocumentResult document_result_from_json(const json& j) {
  DocumentResult r;
  r.path = j.at("path").get<std::string>();
  r.format = j.at("format").get<std::string>();
  r.status = j.at("status").get<std::string>();
  if (!j.at("error").is_null()) {
    r.error_code = j["error"].at("code").get<std::string>();
    r.error_message = j["error"].at("message").get<std::string>();
  }
  if (!j.at("plan").is_null()) {
    const json& p = j["plan"];
    PlanSummary s;
    s.status = p.at("status").get<std::string>();
    s.name = opt_from<std::string>(p, "name");
    s.preferred_name = opt_from<std::string>(p, "preferred_name");
    s.dob = date_from(p, "dob");
    s.plan_date = date_from(p, "plan_date");
    s.age_years = opt_from<int>(p, "age_years");
    s.year_group = opt_from<int>(p, "year_group");
    const json& dates = p.at("dates");
    s.draft_date = date_from(dates, "draft");
    s.issue_date = date_from(dates, "issue");
    s.review_date = date_from(dates, "last_review");
    s.request_date = date_from(dates, "request");
    s.layout = p.at("layout").get<std::string>();
    s.layout_confidence = p.at("layout_confidence").get<double>();
    s.unaccepted_revisions = p.at("unaccepted_revisions").get<int>();
    s.comments = p.at("comments").get<int>();
    for (const json& sec : p.at("sections")) {
      s.sections.push_back(SectionSummary{sec.at("code").get<std::string>(), sec.at("title").get<std::string>(),
                                          sec.at("found").get<bool>(), sec.at("words").get<int>()});
    }
    r.plan = std::move(s);
  }
  for (const json& f : j.at("findings")) {
    Finding finding;
    finding.rule = f.at("rule").get<std::string>();
    parse_severity(f.at("severity").get<std::string>(), finding.severity);
    finding.section = f.at("section").is_null() ? "" : f["section"].get<std::string>();
    finding.message = f.at("message").get<std::string>();
    finding.evidence = f.at("evidence").get<std::string>();
    const json& loc = f.at("location");
    finding.location.page = loc.at("page").is_null() ? 0 : loc["page"].get<int>();
    finding.location.block = loc.at("block").is_null() ? -1 : loc["block"].get<int>();
    finding.reference = f.at("reference").get<std::string>();
    finding.fix = f.at("fix").get<std::string>();
    r.findings.push_back(std::move(finding));
  }
  r.diagnostics = j.value("diagnostics", std::vector<std::string>{});
  return r;
}

}  // namespace ehcpqa
