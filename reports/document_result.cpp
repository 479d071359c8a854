#include "reports/document_result.h"

#include <cmath>
#include <filesystem>

#include "reports/pseudonym.h"
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

namespace {

DerivedSummary derived_summary(const Date& dob, const Date& on) {
  const DerivedFacts f = derive(dob, on);
  return DerivedSummary{on, f.age, f.year_group, f.key_stage, f.phase, f.age_band, f.transfer};
}

ordered_json derived_json(const std::optional<DerivedSummary>& d) {
  if (!d) return nullptr;
  return ordered_json{{"date", d->on.iso()},
                      {"age_years", d->age_years},
                      {"year_group", opt(d->year_group)},
                      {"key_stage", d->key_stage.empty() ? ordered_json(nullptr) : ordered_json(d->key_stage)},
                      {"phase", d->phase},
                      {"age_band", d->age_band},
                      {"transfer_year", !d->transfer.empty()},
                      {"transfer", d->transfer.empty() ? ordered_json(nullptr) : ordered_json(d->transfer)}};
}

std::optional<DerivedSummary> derived_from(const json& j) {
  if (j.is_null()) return std::nullopt;
  DerivedSummary d;
  d.on = *Date::parse_iso(j.at("date").get<std::string>());
  d.age_years = j.at("age_years").get<int>();
  d.year_group = opt_from<int>(j, "year_group");
  d.key_stage = j.at("key_stage").is_null() ? "" : j["key_stage"].get<std::string>();
  d.phase = j.at("phase").get<std::string>();
  d.age_band = j.at("age_band").get<std::string>();
  d.transfer = j.at("transfer").is_null() ? "" : j["transfer"].get<std::string>();
  return d;
}

ordered_json location_json(const Location& l) {
  return ordered_json{{"page", l.page > 0 ? ordered_json(l.page) : ordered_json(nullptr)},
                      {"block", l.block >= 0 ? ordered_json(l.block) : ordered_json(nullptr)}};
}

Location location_from(const json& j) {
  Location l;
  l.page = j.at("page").is_null() ? 0 : j["page"].get<int>();
  l.block = j.at("block").is_null() ? -1 : j["block"].get<int>();
  return l;
}

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

// Why the grade is what it is: each section's share and score, and what each finding cost.
ordered_json grading_json(const std::optional<Grade>& g) {
  if (!g) return nullptr;
  ordered_json sections = ordered_json::array();
  for (const SectionGrade& s : g->sections) {
    ordered_json deductions = ordered_json::array();
    for (const Deduction& d : s.deductions) {
      deductions.push_back({{"rule", d.rule},
                            {"section", d.section.empty() ? ordered_json(nullptr) : ordered_json(d.section)},
                            {"finding", d.finding},
                            {"repeat", d.repeat},
                            {"section_points", round3(d.section_points)},
                            {"points", round3(d.points)}});
    }
    sections.push_back({{"code", s.code},
                        {"weight", round3(s.weight)},
                        {"score", s.score},
                        {"deductions", std::move(deductions)}});
  }
  return ordered_json{{"score", g->score},
                      {"band", g->band},
                      {"uncapped_score", g->uncapped_score},
                      {"capped_by", g->capped_by.empty() ? ordered_json(nullptr) : ordered_json(g->capped_by)},
                      {"capping_findings", g->capping_findings},
                      {"sections", std::move(sections)}};
}

std::optional<Grade> grade_from(const json& j) {
  if (!j.contains("grading") || j["grading"].is_null()) return std::nullopt;
  const json& gj = j["grading"];
  Grade g;
  g.score = gj.at("score").get<double>();
  g.band = gj.at("band").get<std::string>();
  g.uncapped_score = gj.at("uncapped_score").get<double>();
  g.capped_by = gj.at("capped_by").is_null() ? "" : gj["capped_by"].get<std::string>();
  g.capping_findings = gj.at("capping_findings").get<std::vector<size_t>>();
  for (const json& sj : gj.at("sections")) {
    SectionGrade s;
    s.code = sj.at("code").get<std::string>();
    s.weight = sj.at("weight").get<double>();
    s.score = sj.at("score").get<double>();
    for (const json& dj : sj.at("deductions")) {
      Deduction d;
      d.rule = dj.at("rule").get<std::string>();
      d.section = dj.at("section").is_null() ? "" : dj["section"].get<std::string>();
      d.finding = dj.at("finding").get<size_t>();
      d.repeat = dj.at("repeat").get<int>();
      d.section_points = dj.at("section_points").get<double>();
      d.points = dj.at("points").get<double>();
      s.deductions.push_back(std::move(d));
    }
    g.sections.push_back(std::move(s));
  }
  return g;
}

}  // namespace

PlanSummary summarise(const Plan& plan, std::optional<Date> as_of) {
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
  s.signed_date = f.signed_date;
  if (s.dob && s.plan_date) {
    s.age_years = age_on(*s.dob, *s.plan_date);
    s.year_group = national_curriculum_year(*s.dob, *s.plan_date);
    s.at_plan_date = derived_summary(*s.dob, *s.plan_date);
  }
  if (s.dob && as_of) s.at_as_of = derived_summary(*s.dob, *as_of);
  if (f.school_year) {
    s.school_year = f.school_year->value;
    s.year_group_stated = parse_year_group(f.school_year->value);
  }
  if (f.primary_need) s.primary_need = f.primary_need->value;
  if (!f.primary_need_code.empty()) s.primary_need_code = f.primary_need_code;
  if (f.placement) s.placement = f.placement->value;
  s.layout = plan.layout;
  s.layout_confidence = plan.layout_confidence;
  s.layout_scores = plan.layout_scores;
  for (const Item& item : plan.items) {
    s.items.push_back(ItemSummary{item.section, item.area, to_string(item.kind), item.text, item.location});
  }
  for (const Advice& a : plan.advice) s.advice.push_back(AdviceSummary{a.title, a.author, a.date, a.location});
  for (const std::string& code : statutory_codes()) {
    SectionSummary sec;
    sec.code = code;
    if (const Section* found = plan.section(code)) {
      sec.found = true;
      sec.title = found->title;
      for (const Unit* u : plan.units_of(*found)) sec.words += text::word_count(u->text);
      sec.items = static_cast<int>(plan.items_of(*found).size());
    }
    s.sections.push_back(std::move(sec));
  }
  s.unaccepted_revisions = plan.unaccepted_revisions;
  s.comments = plan.comments;
  for (const Unit& u : plan.units) {  // plan text for the HTML page
    s.text.push_back(
        TextUnitSummary{u.section, to_string(u.role), u.heading_level, u.list_level, u.text, u.location, u.list_label});
  }
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
  doc["pseudonym"] = pseudonym(r);
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
                     {"request", date_json(p.request_date)},
                     {"signed", date_json(p.signed_date)}};
    plan["school_year"] = opt(p.school_year);
    plan["year_group_stated"] = opt(p.year_group_stated);
    plan["primary_need"] = opt(p.primary_need);
    plan["primary_need_code"] = opt(p.primary_need_code);
    plan["placement"] = opt(p.placement);
    plan["derived"] = {{"plan_date", derived_json(p.at_plan_date)}, {"as_of", derived_json(p.at_as_of)}};
    plan["layout"] = p.layout;
    plan["layout_confidence"] = std::round(p.layout_confidence * 100) / 100;
    ordered_json scores = ordered_json::array();
    for (const LayoutScore& sc : p.layout_scores) scores.push_back({{"name", sc.name}, {"sections_found", sc.codes_found}});
    plan["layout_scores"] = std::move(scores);
    plan["unaccepted_revisions"] = p.unaccepted_revisions;
    plan["comments"] = p.comments;
    ordered_json sections = ordered_json::array();
    for (const SectionSummary& s : p.sections) {
      sections.push_back(
          {{"code", s.code}, {"title", s.title}, {"found", s.found}, {"words", s.words}, {"items", s.items}});
    }
    plan["sections"] = std::move(sections);
    ordered_json items = ordered_json::array();
    for (const ItemSummary& i : p.items) {
      items.push_back({{"section", i.section},
                       {"area", i.area.empty() ? ordered_json(nullptr) : ordered_json(i.area)},
                       {"kind", i.kind},
                       {"text", i.text},
                       {"location", location_json(i.location)}});
    }
    plan["items"] = std::move(items);
    ordered_json advice = ordered_json::array();
    for (const AdviceSummary& a : p.advice) {
      advice.push_back({{"title", a.title},
                        {"author", a.author},
                        {"date", date_json(a.date)},
                        {"location", location_json(a.location)}});
    }
    plan["advice"] = std::move(advice);
    doc["plan"] = std::move(plan);
  } else {
    doc["plan"] = nullptr;
  }
  doc["grade"] = r.grade ? ordered_json(r.grade->band) : ordered_json(nullptr);
  doc["score"] = r.grade ? ordered_json(r.grade->score) : ordered_json(nullptr);
  doc["grading"] = grading_json(r.grade);
  ordered_json findings = ordered_json::array();
  for (const Finding& f : r.findings) {
    ordered_json location = location_json(f.location);
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
  r.pseudonym = j.value("pseudonym", "");
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
    s.signed_date = date_from(dates, "signed");
    s.school_year = opt_from<std::string>(p, "school_year");
    s.year_group_stated = opt_from<int>(p, "year_group_stated");
    s.primary_need = opt_from<std::string>(p, "primary_need");
    s.primary_need_code = opt_from<std::string>(p, "primary_need_code");
    s.placement = opt_from<std::string>(p, "placement");
    if (p.contains("derived")) {
      s.at_plan_date = derived_from(p["derived"].at("plan_date"));
      s.at_as_of = derived_from(p["derived"].at("as_of"));
    }
    s.layout = p.at("layout").get<std::string>();
    s.layout_confidence = p.at("layout_confidence").get<double>();
    for (const json& sc : p.value("layout_scores", json::array())) {
      s.layout_scores.push_back(LayoutScore{sc.at("name").get<std::string>(), sc.at("sections_found").get<int>()});
    }
    for (const json& i : p.value("items", json::array())) {
      s.items.push_back(ItemSummary{i.at("section").get<std::string>(),
                                    i.at("area").is_null() ? "" : i["area"].get<std::string>(),
                                    i.at("kind").get<std::string>(), i.at("text").get<std::string>(),
                                    location_from(i.at("location"))});
    }
    for (const json& a : p.value("advice", json::array())) {
      s.advice.push_back(AdviceSummary{a.at("title").get<std::string>(), a.at("author").get<std::string>(),
                                       date_from(a, "date"), location_from(a.at("location"))});
    }
    s.unaccepted_revisions = p.at("unaccepted_revisions").get<int>();
    s.comments = p.at("comments").get<int>();
    for (const json& sec : p.at("sections")) {
      s.sections.push_back(SectionSummary{sec.at("code").get<std::string>(), sec.at("title").get<std::string>(),
                                          sec.at("found").get<bool>(), sec.at("words").get<int>(),
                                          sec.value("items", 0)});
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
    finding.location = location_from(f.at("location"));
    finding.reference = f.at("reference").get<std::string>();
    finding.fix = f.at("fix").get<std::string>();
    r.findings.push_back(std::move(finding));
  }
  r.diagnostics = j.value("diagnostics", std::vector<std::string>{});
  r.grade = grade_from(j);
  if (r.plan && j.contains("plan_text")) {  // plan text for the HTML page, from a worker
    for (const json& u : j["plan_text"]) {
      r.plan->text.push_back(TextUnitSummary{u.at("section").get<std::string>(), u.at("role").get<std::string>(),
                                             u.at("heading_level").get<int>(), u.at("list_level").get<int>(),
                                             u.at("text").get<std::string>(), location_from(u.at("location")),
                                             u.value("list_label", std::string())});
    }
  }
  return r;
}

// ---- Plan text for the per-plan HTML page --------------------------------------------------
ordered_json to_worker_json(const DocumentResult& r) {
  ordered_json doc = to_json(r);
  if (!r.plan) return doc;
  ordered_json text = ordered_json::array();
  for (const TextUnitSummary& u : r.plan->text) {
    text.push_back({{"section", u.section},
                    {"role", u.role},
                    {"heading_level", u.heading_level},
                    {"list_level", u.list_level},
                    {"text", u.text},
                    {"location", location_json(u.location)},
                    {"list_label", u.list_label}});
  }
  doc["plan_text"] = std::move(text);
  return doc;
}
// ---- end plan text -------------------------------------------------------------------------

}  // namespace ehcpqa
