#include "checks/predicates/structure.h"

#include <fmt/format.h>

#include "text/normalize.h"

namespace ehcpqa::predicates {
namespace {

// Strips the punctuation people put around a placeholder ("N/A.", "- TBC -").
std::string bare(const std::string& folded) {
  const char* junk = " .,:;!-_*()[]'\"";
  size_t b = folded.find_first_not_of(junk);
  if (b == std::string::npos) return {};
  return folded.substr(b, folded.find_last_not_of(junk) - b + 1);
}

bool is_placeholder(const Rule& rule, const std::string& text) {
  const std::string folded = bare(text::fold(text));
  if (folded.empty() || text::is_blank(folded)) return true;
  for (const Matcher& m : rule.patterns) {
    if (RE2::FullMatch(folded, *m.pattern)) return true;
  }
  return false;
}

}  // namespace

void layout_unrecognised(const RuleContext& ctx, std::vector<Hit>& hits) {
  if (ctx.plan.sections.empty()) hits.push_back(Hit{});
}

void section_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  // With no section found at all the layout was not recognised: one finding says so
  // (structure.layout-unrecognised) instead of twelve.
  if (ctx.plan.sections.empty()) return;
  for (const std::string& code : ctx.rule.sections) {
    if (!ctx.plan.section(code)) hits.push_back(Hit{code, "", Location{}, {}});
  }
}

void section_empty(const RuleContext& ctx, std::vector<Hit>& hits) {
  for (const Section& section : ctx.plan.sections) {
    // A draft must leave Section I open (CFA s.38(5)): blank is right there, not empty.
    if (section.code == "I" && ctx.plan.front.status == PlanStatus::draft) continue;
    const auto units = content_units(ctx.plan, section);
    std::string said;
    bool empty = true;
    for (const Unit* u : units) {
      if (!is_placeholder(ctx.rule, u->text)) {
        empty = false;
        break;
      }
      if (said.empty()) said = text::tidy(u->text);
    }
    if (!empty) continue;
    const std::string code = section.code == "H" ? "H1" : section.code;
    hits.push_back(Hit{code, said, section.heading,
                       {{"said", said.empty() ? "nothing" : "only '" + said + "'"}}});
  }
}

void front_matter_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  const FrontMatter& f = ctx.plan.front;
  auto missing = [&](const char* field, const char* example) {
    hits.push_back(Hit{"", "", Location{}, {{"field", field}, {"example", example}}});
  };
  if (!f.name) missing("the child or young person's name", "Name: Amira Hussain");
  if (!f.dob) missing("the child or young person's date of birth", "Date of birth: 3 March 2015");
  if (!ctx.plan.plan_date()) missing("the date of the plan", "Date of issue: 2 March 2026");
}

void final_not_dated(const RuleContext& ctx, std::vector<Hit>& hits) {
  const FrontMatter& f = ctx.plan.front;
  // A final plan signed and dated by the authority after its last section (the national
  // template's sign-off) shows its date of issue there.
  if (!f.issue_date && !f.plan_date_stated && !f.signed_date) hits.push_back(Hit{});
}

void open_revisions(const RuleContext& ctx, std::vector<Hit>& hits) {
  const int revisions = ctx.plan.unaccepted_revisions, comments = ctx.plan.comments;
  if (revisions == 0 && comments == 0) return;
  std::string what;
  if (revisions > 0) what = fmt::format("{} unaccepted tracked change{}", revisions, revisions == 1 ? "" : "s");
  if (comments > 0) {
    what += fmt::format("{}{} reviewer comment{}", what.empty() ? "" : " and ", comments, comments == 1 ? "" : "s");
  }
  hits.push_back(Hit{"", "", Location{}, {{"what", what}}});
}

}  // namespace ehcpqa::predicates
