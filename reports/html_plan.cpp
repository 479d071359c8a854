#include "reports/html_plan.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "reports/html_common.h"
#include "reports/json_report.h"
#include "reports/pseudonym.h"
#include "reports/text_report.h"
#include "templates/plan.h"

namespace ehcpqa {
namespace {

using mstch::array;
using mstch::map;

constexpr size_t kFixFirstMax = 8;

// Where each finding goes on the page: beside a paragraph, or at the top of its section.
struct Placement {
  std::map<size_t, std::vector<size_t>> by_unit;              // unit index -> findings
  std::map<std::string, std::vector<size_t>> by_group;        // group key -> findings with no words
};

// Sections of the page in order: the front page, A..K, then anything after the last section.
const std::vector<std::string>& group_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k{"front"};
    for (const std::string& c : statutory_codes()) k.push_back(c);
    k.push_back("back");
    return k;
  }();
  return keys;
}

// The page group each paragraph belongs to ("H", both H1 and H2 under one heading, shows as H1).
std::vector<std::string> unit_groups(const PlanSummary& p) {
  std::vector<std::string> groups;
  bool seen_section = false;
  for (const TextUnitSummary& u : p.text) {
    if (u.section.empty()) groups.push_back(seen_section ? "back" : "front");
    else groups.push_back(u.section == "H" ? "H1" : u.section);
    seen_section = seen_section || !u.section.empty();
  }
  return groups;
}

Placement place_findings(const DocumentResult& r) {
  Placement pl;
  const std::vector<TextUnitSummary>& text = r.plan->text;
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const Finding& f = r.findings[i];
    std::optional<size_t> unit;
    if (f.location.block >= 0) {
      for (size_t u = 0; u < text.size(); ++u) {
        if (text[u].location.block != f.location.block) continue;
        if (f.location.page > 0 && text[u].location.page > 0 && text[u].location.page != f.location.page) continue;
        unit = u;
        break;
      }
    }
    if (unit) pl.by_unit[*unit].push_back(i);
    else pl.by_group[f.section.empty() ? "plan" : (f.section == "H" ? "H1" : f.section)].push_back(i);
  }
  return pl;
}

// Where `needle` is in `hay`: exactly, else ignoring ASCII case; npos when not there.
size_t find_words(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return std::string::npos;
  size_t at = hay.find(needle);
  if (at != std::string::npos) return at;
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  return lower(hay).find(lower(needle));
}

class PlanPage {
 public:
  PlanPage(const DocumentResult& r, size_t index) : r_(r), index_(index) {
    if (r.grade) {
      for (const SectionGrade& s : r.grade->sections) {
        for (const Deduction& d : s.deductions) cost_[d.finding] += d.points;
      }
    }
  }

  map build() {
    map page{{"anchor", fmt::format("plan-{}", index_ + 1)}, {"path", r_.path}, {"format", r_.format}};
    page["ok"] = r_.ok();
    page["pseudonym"] = pseudonym(r_);
    if (!r_.ok()) {
      page["heading"] = r_.path;
      page["error_code"] = r_.error_code;
      page["error_message"] = r_.error_message;
      return page;
    }
    const PlanSummary& p = *r_.plan;
    page["heading"] = p.name ? *p.name : std::string("Name not found");
    page["status_label"] = p.status == "final" ? std::string("Final plan")
                           : p.status == "draft" ? std::string("Draft plan")
                                                 : std::string("Plan (draft or final not stated)");
    page["facts"] = facts(p);
    auto plural = [](int n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
    page["counts_text"] = fmt::format("{}, {} and {}.", plural(r_.count(Severity::error), "error"),
                                      plural(r_.count(Severity::warning), "warning"),
                                      plural(r_.count(Severity::info), "note"));
    page["has_findings"] = !r_.findings.empty();
    grade_block(page);

    const std::vector<std::string> groups = unit_groups(p);
    const Placement pl = place_findings(r_);
    number_findings(pl, groups);

    array sections;
    for (const std::string& key : group_keys()) {
      map s = section_block(key, groups, pl);
      if (!s.empty()) sections.push_back(std::move(s));
    }
    page["sections"] = std::move(sections);
    auto whole = pl.by_group.find("plan");
    page["whole_plan"] = whole == pl.by_group.end() ? array{} : cards(whole->second);
    page["whole_anchor"] = section_anchor("whole");
    page["fix_first"] = fix_first();
    array notes;
    for (const std::string& d : r_.diagnostics) notes.push_back(map{{"text", d}});
    page["diagnostics"] = std::move(notes);
    return page;
  }

 private:
  array facts(const PlanSummary& p) const {
    array out;
    auto add = [&](const std::string& label, const std::string& value) {
      out.push_back(map{{"label", label}, {"value", value}});
    };
    if (p.preferred_name) add("Preferred name", *p.preferred_name);
    add("Date of birth", p.dob ? human_date(*p.dob) : "not found");
    if (p.age_years) {
      std::string age = fmt::format("{}", *p.age_years);
      if (p.year_group) age += *p.year_group == 0 ? ", Reception" : fmt::format(", Year {}", *p.year_group);
      add("Age at plan date", age);
    }
    add("Plan dated", p.plan_date ? human_date(*p.plan_date) : "not found");
    if (p.primary_need) add("Primary need", *p.primary_need);
    if (p.placement) add("Placement", *p.placement);
    int found = 0;
    for (const SectionSummary& s : p.sections) found += s.found ? 1 : 0;
    add("Layout", fmt::format("{} ({} of 12 sections found)", p.layout, found));
    add("Audit reference", pseudonym(r_));
    return out;
  }

  void grade_block(map& page) const {
    page["graded"] = r_.grade.has_value();
    if (!r_.grade) return;
    const Grade& g = *r_.grade;
    page["band"] = g.band;
    page["band_class"] = html::band_class(g.band);
    page["score"] = html::score_text(g.score);
    page["capped_by"] = g.capped_by;
    array rows;
    for (const SectionGrade& s : g.sections) {
      const double pct = std::clamp(s.score / 10.0, 0.0, 1.0);
      rows.push_back(map{{"code", s.code},
                         {"name", html::section_name(s.code)},
                         {"href", "#" + section_anchor(s.code == "plan" ? "whole" : s.code)},
                         {"score", html::score_text(s.score)},
                         {"weight", html::percent_text(s.weight)},
                         {"findings", static_cast<int>(s.deductions.size())},
                         {"bar", fmt::format("{:.0f}", pct * 100)},
                         {"low", s.score < 5}});
    }
    page["section_scores"] = std::move(rows);
  }

  std::string section_anchor(const std::string& key) const { return fmt::format("p{}-{}", index_ + 1, key); }
  std::string finding_anchor(size_t i) const { return fmt::format("p{}-f{}", index_ + 1, number_.at(i)); }

  // Findings are numbered in the order they appear on the page.
  void number_findings(const Placement& pl, const std::vector<std::string>& groups) {
    int n = 0;
    auto take = [&](const std::vector<size_t>& ids) {
      for (size_t i : ids) number_[i] = ++n;
    };
    if (auto it = pl.by_group.find("plan"); it != pl.by_group.end()) take(it->second);
    for (const std::string& key : group_keys()) {
      if (auto it = pl.by_group.find(key); it != pl.by_group.end()) take(it->second);
      for (const auto& [unit, ids] : pl.by_unit) {
        if (groups[unit] == key) take(ids);
      }
    }
    for (size_t i = 0; i < r_.findings.size(); ++i) {
      if (!number_.count(i)) number_[i] = ++n;  // not reached: every finding is placed above
    }
  }

  map card(size_t i, bool words_marked) const {
    const Finding& f = r_.findings[i];
    map c{{"id", finding_anchor(i)},
          {"n", number_.at(i)},
          {"sev", std::string(to_string(f.severity))},
          {"sev_label", html::severity_label(f.severity)},
          {"rule", f.rule},
          {"message", f.message},
          {"reference", f.reference},
          {"fix", f.fix}};
    // Quote the words when the message does not and they are not highlighted beside it.
    if (!f.evidence.empty() && !words_marked && f.message.find(f.evidence) == std::string::npos) {
      c["evidence"] = f.evidence;
    }
    if (auto it = cost_.find(i); it != cost_.end() && it->second > 0.0) c["cost"] = html::points_text(it->second);
    return c;
  }

  array cards(const std::vector<size_t>& ids, const std::set<size_t>& marked = {}) const {
    std::vector<size_t> sorted = ids;
    std::sort(sorted.begin(), sorted.end(), [&](size_t a, size_t b) { return number_.at(a) < number_.at(b); });
    array out;
    for (size_t i : sorted) out.push_back(card(i, marked.count(i) > 0));
    return out;
  }

  // The paragraph's text cut into plain and highlighted runs, one run per stretch of words
  // that findings point at, with a link to each such finding's card (several findings often
  // quote the same sentence); `marked` gets the findings whose words were found.
  array segments(const std::string& text, const std::vector<size_t>& ids, std::set<size_t>& marked) const {
    struct Run {
      size_t begin, end;
      std::vector<size_t> findings;
    };
    std::vector<Run> spans;
    for (size_t i : ids) {
      const std::string& ev = r_.findings[i].evidence;
      const size_t at = find_words(text, ev);
      if (at != std::string::npos) spans.push_back(Run{at, at + ev.size(), {i}});
    }
    std::sort(spans.begin(), spans.end(), [](const Run& a, const Run& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<Run> runs;  // overlapping spans merged into one highlighted run
    for (const Run& s : spans) {
      if (!runs.empty() && s.begin < runs.back().end) {
        runs.back().end = std::max(runs.back().end, s.end);
        runs.back().findings.push_back(s.findings[0]);
      } else {
        runs.push_back(s);
      }
    }
    array out;
    size_t pos = 0;
    for (const Run& run : runs) {
      if (run.begin > pos) out.push_back(map{{"text", text.substr(pos, run.begin - pos)}});
      Severity worst = Severity::info;
      array refs;
      for (size_t i : run.findings) {
        worst = std::max(worst, r_.findings[i].severity);
        refs.push_back(map{{"n", number_.at(i)},
                           {"href", "#" + finding_anchor(i)},
                           {"ref_label", fmt::format("{}: see finding {}", html::severity_label(r_.findings[i].severity),
                                                     number_.at(i))}});
        marked.insert(i);
      }
      out.push_back(map{{"text", text.substr(run.begin, run.end - run.begin)},
                        {"mark", true},
                        {"sev", std::string(to_string(worst))},
                        {"refs", std::move(refs)}});
      pos = run.end;
    }
    if (pos < text.size()) out.push_back(map{{"text", text.substr(pos)}});
    return out;
  }

  map section_block(const std::string& key, const std::vector<std::string>& groups, const Placement& pl) const {
    const PlanSummary& p = *r_.plan;
    map s{{"anchor", section_anchor(key)}};
    const SectionSummary* summary = nullptr;
    for (const SectionSummary& sec : p.sections) {
      if (sec.code == key) summary = &sec;
    }
    array paras;
    int flagged = 0;
    for (size_t u = 0; u < p.text.size(); ++u) {
      if (groups[u] != key) continue;
      const TextUnitSummary& unit = p.text[u];
      if (unit.text.find_first_not_of(" \t\n") == std::string::npos) continue;
      // The section's own heading is the page's heading (quoted as written); keep it only to
      // show a finding on it.
      const bool heading = unit.role == "section-heading" || unit.role == "column-header";
      if (heading && !pl.by_unit.count(u)) continue;
      const bool subhead = unit.role != "content" || unit.heading_level > 0;
      const bool numbered = !subhead && !unit.list_label.empty();  // shows its own number, not a bullet
      std::string kind = subhead ? "subhead" : unit.list_level < 0 ? "para" : "listed";
      if (numbered) kind += " numbered";
      if (!subhead && unit.list_level > 0) kind += " nested";  // a step under its outcome
      map para{{"kind", kind}};
      if (numbered) para["label"] = unit.list_label;
      if (auto it = pl.by_unit.find(u); it != pl.by_unit.end()) {
        std::set<size_t> marked;
        para["segments"] = segments(unit.text, it->second, marked);
        para["notes"] = cards(it->second, marked);
        para["has_notes"] = true;
        // Words a finding quotes but that could not be found in the paragraph: mark it all.
        bool unpinned = false;
        for (size_t i : it->second) unpinned = unpinned || (!marked.count(i) && !r_.findings[i].evidence.empty());
        para["whole"] = unpinned;
        flagged += static_cast<int>(it->second.size());
      } else {
        para["segments"] = array{map{{"text", unit.text}}};
      }
      paras.push_back(std::move(para));
    }
    array section_cards;
    if (auto it = pl.by_group.find(key); it != pl.by_group.end()) {
      section_cards = cards(it->second);
      flagged += static_cast<int>(it->second.size());
    }
    const bool found = summary ? summary->found : !paras.empty();
    if (key == "front") {
      if (paras.empty()) return {};
      s["heading"] = std::string("Front page");
    } else if (key == "back") {
      if (paras.empty()) return {};
      s["heading"] = std::string("After the last section");
    } else {
      s["heading"] = html::section_name(key);
      s["code"] = key;
      if (summary && !summary->title.empty()) s["title_as_written"] = summary->title;
      if (!found) s["missing"] = true;
      if (found && paras.empty() && key == "H2") s["with_h1"] = true;
    }
    if (r_.grade) {
      for (const SectionGrade& g : r_.grade->sections) {
        if (g.code == key) s["sec_score"] = html::score_text(g.score);
      }
    }
    s["paras"] = std::move(paras);
    s["has_section_findings"] = !section_cards.empty();
    s["section_findings"] = std::move(section_cards);
    s["count"] = flagged;
    return s;
  }

  // Errors first, then the warnings that cost the most points; each links to its card.
  array fix_first() const {
    std::vector<size_t> order;
    for (size_t i = 0; i < r_.findings.size(); ++i) {
      if (r_.findings[i].severity != Severity::info) order.push_back(i);
    }
    auto cost = [&](size_t i) {
      auto it = cost_.find(i);
      return it == cost_.end() ? 0.0 : it->second;
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      const bool ea = r_.findings[a].severity == Severity::error, eb = r_.findings[b].severity == Severity::error;
      if (ea != eb) return ea;
      if (cost(a) != cost(b)) return cost(a) > cost(b);
      return number_.at(a) < number_.at(b);
    });
    if (order.size() > kFixFirstMax) order.resize(kFixFirstMax);
    array out;
    for (size_t i : order) {
      const Finding& f = r_.findings[i];
      map item{{"href", "#" + finding_anchor(i)},
               {"n", number_.at(i)},
               {"sev", std::string(to_string(f.severity))},
               {"sev_label", html::severity_label(f.severity)},
               {"where", html::section_name(f.section)},
               {"message", f.message},
               {"fix", f.fix}};
      if (cost(i) > 0.0) item["cost"] = html::points_text(cost(i));
      out.push_back(std::move(item));
    }
    return out;
  }

  const DocumentResult& r_;
  size_t index_;
  std::map<size_t, double> cost_;
  std::map<size_t, int> number_;
};

std::string slug(const std::string& text) {
  std::string out;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "plan" : out;
}

}  // namespace

void write_plan_html(std::ostream& out, const HtmlTemplates& templates, const std::vector<DocumentResult>& results,
                     const PlanPageOptions& options) {
  array plans;
  for (size_t i = 0; i < results.size(); ++i) plans.push_back(PlanPage(results[i], i).build());
  std::string title = "EHCP quality check";
  if (results.size() == 1 && results[0].ok() && results[0].plan && results[0].plan->name) {
    title += ": " + *results[0].plan->name;
  }
  map page{{"title", title},
           {"as_of", human_date(options.as_of)},
           {"version", std::string(kToolVersion)},
           {"plans", std::move(plans)}};
  if (!options.audit_link.empty()) page["audit_link"] = options.audit_link;
  out << templates.render("plan", page);
}

std::vector<std::string> plan_page_names(const std::vector<DocumentResult>& results) {
  std::vector<std::string> names;
  std::set<std::string> used;
  for (const DocumentResult& r : results) {
    if (!r.ok()) {
      names.emplace_back();
      continue;
    }
    const std::string base = slug(pseudonym(r));
    std::string name = base + ".html";
    if (used.count(name)) name = fmt::format("{}-{}.html", base, slug(r.format));
    for (int n = 2; used.count(name); ++n) name = fmt::format("{}-{}.html", base, n);
    used.insert(name);
    names.push_back(name);
  }
  return names;
}

}  // namespace ehcpqa
