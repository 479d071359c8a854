#include "reports/text_report.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/normalize.h"

namespace ehcpqa {
namespace {

std::string where(const Location& loc) {
  if (loc.page > 0 && loc.block >= 0) return fmt::format("page {}, block {}", loc.page, loc.block);
  if (loc.block >= 0) return fmt::format("block {}", loc.block);
  return "";
}

std::string plural(int n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

std::string year_name_of(const DerivedSummary& d) {
  if (!d.year_group) return d.phase == "early years" ? "nursery" : "";
  return *d.year_group == 0 ? "Reception" : fmt::format("Year {}", *d.year_group);
}

std::string first_words(const std::string& text, size_t max_chars) {
  std::string t = text::tidy(text);
  if (t.size() <= max_chars) return t;
  size_t cut = t.rfind(' ', max_chars);
  return t.substr(0, cut == std::string::npos ? max_chars : cut) + "...";
}

}  // namespace

std::string human_date(const Date& d) {
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return fmt::format("{} {} {}", d.day, months[d.month - 1], d.year);
}

void write_check_text(std::ostream& out, const std::vector<DocumentResult>& results) {
  for (const DocumentResult& r : results) {
    out << r.path << "\n";
    if (!r.ok()) {
      out << fmt::format("  could not be read [{}]: {}\n\n", r.error_code, r.error_message);
      continue;
    }
    if (r.plan) {
      const PlanSummary& p = *r.plan;
      std::string who = p.name ? *p.name : "(name not found)";
      std::string born = p.dob ? "born " + human_date(*p.dob) : "date of birth not found";
      std::string age;
      if (p.age_years) age = fmt::format(", age {}", *p.age_years);
      if (p.year_group) age += *p.year_group == 0 ? ", Reception" : fmt::format(", Year {}", *p.year_group);
      std::string dated = p.plan_date ? "dated " + human_date(*p.plan_date) : "plan date not found";
      int found = 0;
      for (const SectionSummary& s : p.sections) found += s.found ? 1 : 0;
      out << fmt::format("  {} plan for {}, {}{}; {}\n", p.status, who, born, age, dated);
      out << fmt::format("  layout: {} ({} of 12 sections found)\n", p.layout, found);
    }
    for (const std::string& d : r.diagnostics) out << "  note: " << d << "\n";
    out << "\n";
    for (const Finding& f : r.findings) {
      out << fmt::format("  {:<8} {:<3} {}\n", to_string(f.severity), f.section.empty() ? "-" : f.section, f.rule);
      out << fmt::format("           {}\n", f.message);
      const std::string at = where(f.location);
      if (!f.evidence.empty() && f.message.find(f.evidence) == std::string::npos) {
        out << fmt::format("           \"{}\"{}\n", first_words(f.evidence, 200), at.empty() ? "" : " (" + at + ")");
      } else if (!at.empty()) {
        out << fmt::format("           ({})\n", at);  // the message already quotes the words
      }
      out << fmt::format("           Why: {}\n", f.reference);
      out << fmt::format("           Fix: {}\n\n", f.fix);
    }
    out << fmt::format("  {}, {}, {}\n\n", plural(r.count(Severity::error), "error"),
                       plural(r.count(Severity::warning), "warning"), plural(r.count(Severity::info), "note"));
  }
}

namespace {

std::string derived_line(const DerivedSummary& d) {
  std::string out = fmt::format("age {}", d.age_years);
  const std::string year = year_name_of(d);
  if (!year.empty()) out += ", " + year;
  std::string stage = d.key_stage;
  stage += (stage.empty() ? "" : ", ") + d.phase;
  out += fmt::format(" ({}), age band {}", stage, d.age_band);
  out += d.transfer.empty() ? ", not a transfer year" : ", transfer year: " + d.transfer;
  return out;
}

std::string kind_word(const std::string& kind, int n) {
  if (kind == "outcome") return plural(n, "outcome");
  if (kind == "advice") return n == 1 ? "1 advice entry" : fmt::format("{} advice entries", n);
  return plural(n, "provision item");
}

}  // namespace

void write_sections_text(std::ostream& out, const DocumentResult& result, const Plan& plan,
                         const AreaVocabulary& areas, bool list_items) {
  const PlanSummary& p = *result.plan;
  out << result.path << "\n";
  int found = 0;
  for (const SectionSummary& s : p.sections) found += s.found ? 1 : 0;
  std::string others;
  for (const LayoutScore& sc : p.layout_scores) {
    if (sc.name == p.layout) continue;
    others += fmt::format("{}{} {}", others.empty() ? "" : ", ", sc.name, sc.codes_found);
  }
  out << fmt::format("  layout: {} (confidence {:.2f}: {} of 12 sections found{})\n", p.layout, p.layout_confidence,
                     found, others.empty() ? "" : "; others found: " + others);
  auto line = [&](const std::string& label, const std::string& value) { out << fmt::format("  {:<16}{}\n", label, value); };
  line("status:", p.status + (plan.front.status_evidence.empty() ? "" : " (from \"" + plan.front.status_evidence + "\")"));
  line("name:", p.name.value_or("(not found)") + (p.preferred_name ? " (known as " + *p.preferred_name + ")" : ""));
  line("date of birth:", p.dob ? p.dob->iso() : "(not found)");
  line("plan date:", p.plan_date ? p.plan_date->iso() : "(not found)");
  if (p.draft_date) line("draft date:", p.draft_date->iso());
  if (p.issue_date) line("issue date:", p.issue_date->iso());
  if (p.review_date) line("last review:", p.review_date->iso());
  if (p.request_date) line("request date:", p.request_date->iso());
  if (p.signed_date) line("signed:", p.signed_date->iso());
  if (p.school_year) line("school year:", *p.school_year + " (as stated)");
  if (p.primary_need) line("primary need:", *p.primary_need + (p.primary_need_code ? " [" + *p.primary_need_code + "]" : ""));
  if (p.placement) line("placement:", *p.placement);
  if (p.age_years) {
    line("age at plan:", std::to_string(*p.age_years) +
                             (p.year_group ? (*p.year_group == 0 ? " (Reception)" : fmt::format(" (Year {})", *p.year_group)) : ""));
  }
  if (p.at_plan_date) line("at plan date:", derived_line(*p.at_plan_date));
  if (p.at_as_of) line(fmt::format("on {}:", p.at_as_of->on.iso()), derived_line(*p.at_as_of));
  if (p.unaccepted_revisions || p.comments) {
    line("review marks:", fmt::format("{} tracked changes, {} comments", p.unaccepted_revisions, p.comments));
  }
  out << "\n";
  for (const SectionSummary& s : p.sections) {
    if (!s.found) {
      out << fmt::format("  {:<3} (not found)\n", s.code);
      continue;
    }
    const Section* section = plan.section(s.code);
    // A combined H is printed once, under H1.
    if (s.code == "H2" && section->code == "H") continue;
    std::string first;
    for (const Unit* u : plan.units_of(*section)) {
      if (u->heading_level == 0 && u->role == UnitRole::content && !u->header_row && !text::is_blank(u->text)) {
        first = first_words(u->text, 70);
        break;
      }
    }
    const auto items = plan.items_of(*section);
    std::string counts = plural(s.words, "word");
    if (!items.empty()) counts += ", " + kind_word(to_string(items.front()->kind), static_cast<int>(items.size()));
    const std::string code = section->code == "H" ? "H" : s.code;
    out << fmt::format("  {:<3} {}  [{}]\n", code, s.title, counts);
    if (!first.empty()) out << fmt::format("      {}\n", first);
    if (items.empty()) continue;
    if (items.front()->kind == ItemKind::advice) {
      for (const Advice& a : plan.advice) {
        out << fmt::format("      - {}{}{}\n", first_words(a.title, 50), a.author.empty() ? "" : "; " + first_words(a.author, 60),
                           a.date ? "; " + human_date(*a.date) : "");
      }
      continue;
    }
    // Items by area, in the order areas first appear.
    std::vector<std::pair<std::string, int>> by_area;
    for (const Item* item : items) {
      auto it = std::find_if(by_area.begin(), by_area.end(), [&](const auto& a) { return a.first == item->area; });
      if (it == by_area.end()) by_area.emplace_back(item->area, 1);
      else ++it->second;
    }
    std::string spread;
    for (const auto& [area, n] : by_area) {
      spread += fmt::format("{}{} {}", spread.empty() ? "" : ", ", area.empty() ? "no area stated" : areas.name_of(area), n);
    }
    out << fmt::format("      by area: {}\n", spread);
    if (!list_items) continue;
    for (const Item* item : items) {
      out << fmt::format("      - [{}] {}\n", item->area.empty() ? "-" : item->area, first_words(item->text, 110));
    }
  }
}

void write_rule_list(std::ostream& out, const std::vector<Rule>& rules) {
  for (const Rule& r : rules) {
    out << fmt::format("{:<34} {:<8} {}{}{}\n", r.id, to_string(r.severity), r.summary,
                       r.unit == ScopeUnit::batch ? " (audit only)" : "", r.enabled ? "" : " (off)");
  }
  out << fmt::format("\n{} rules. `ehcpqa rules --explain ID` shows one in full.\n", rules.size());
}

void write_config_dump(std::ostream& out, const std::vector<Rule>& rules) {
  out << "# ehcpqa settings now in force, in the --config format (see checks/config.example.yaml).\n"
         "# Keep only what you change.\n"
         "rules:\n";
  for (const Rule& r : rules) {
    out << fmt::format("  {}:  # {}\n", r.id, r.summary);
    out << fmt::format("    enabled: {}\n    severity: {}\n", r.enabled ? "true" : "false", to_string(r.severity));
    if (r.options.empty()) continue;
    out << "    options:\n";
    for (const auto& [name, value] : r.options) out << fmt::format("      {}: {}\n", name, value);
  }
}

void write_rule_explanation(std::ostream& out, const Rule& r, const std::vector<std::string>& fire_texts,
                            const std::vector<std::string>& pass_texts) {
  out << r.id << "\n\n";
  out << fmt::format("  {}\n\n", r.summary);
  std::string sections;
  for (const std::string& s : r.sections) sections += (sections.empty() ? "" : " ") + s;
  out << fmt::format("  Severity:   {}{}\n", to_string(r.severity), r.enabled ? "" : " (switched off)");
  out << fmt::format("  Looks at:   {}\n", sections.empty() ? "the whole plan" : "sections " + sections);
  if (r.when_status) out << fmt::format("  Applies to: {} plans only\n", to_string(*r.when_status));
  if (r.unit == ScopeUnit::batch) out << "  Runs:       in `ehcpqa audit`, across the plans of the batch\n";
  out << fmt::format("  Why:        {}\n", r.reference);
  out << fmt::format("  Message:    {}\n", r.message);
  out << fmt::format("  Fix:        {}\n", r.fix);
  if (!r.options.empty()) {
    out << "  Options:\n";
    for (const auto& [k, v] : r.options) out << fmt::format("    {}: {}\n", k, v);
  }
  out << fmt::format("  Declared:   {}:{}\n\n", r.file, r.line);
  out << "  Fires on, for example:\n";
  for (const std::string& t : fire_texts) out << "    - " << t << "\n";
  out << "\n  Does not fire on, for example:\n";
  for (const std::string& t : pass_texts) out << "    - " << t << "\n";
}

}  // namespace ehcpqa
