// Out-of-date information: advice, outcome dates, reviews, terminology, stated ages.
#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include <re2/re2.h>

#include "checks/predicates/groups.h"
#include "checks/predicates/items_in_scope.h"
#include "checks/predicates/plan_sentences.h"
#include "templates/derived.h"
#include "text/normalize.h"
#include "text/uk_date.h"

namespace ehcpqa::predicates {
namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

std::string written(const Date& d) { return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year); }

// The same day `months` later, the day cut back to the month's length (31 August + 6 -> 28/29 February).
Date add_months(const Date& d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  const int year = index / 12, month = index % 12 + 1;
  return *Date::make(year, month, std::min(d.day, days_in_month(year, month)));
}

Date end_of_month(int year, int month) { return *Date::make(year, month, days_in_month(year, month)); }

int month_of(const std::string& name) {
  std::string lower;
  for (char c : name.substr(0, 3)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i) {
    std::string m = kMonths[i];
    m[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(m[0])));
    if (m.substr(0, 3) == lower) return i + 1;
  }
  return 0;
}

// The start year of the academic year (1 September - 31 August) containing `d`.
int academic_start(const Date& d) { return d.month >= 9 ? d.year : d.year - 1; }

// ---- stale.advice-outdated ----------------------------------------------------------------

void advice_outdated(const RuleContext& ctx, std::vector<Hit>& hits) {
  const std::optional<Date> plan_date = ctx.plan.plan_date();
  if (!plan_date) return;
  const int limit = ctx.rule.option_int("max_age_months", 12);
  for (const Advice& advice : ctx.plan.advice) {
    if (!advice.date || !(*plan_date > add_months(*advice.date, limit))) continue;
    // The row as written is the evidence: the K item the advice entry was read from.
    std::string row = advice.title;
    for (const Item& item : ctx.plan.items) {
      if (item.kind == ItemKind::advice && item.location.block == advice.location.block &&
          item.location.page == advice.location.page) {
        row = item.text;
        break;
      }
    }
    const int months = plan_date->months_since(*advice.date);
    hits.push_back(Hit{"K", row, advice.location,
                       {{"advice", advice.title.empty() ? row : advice.title},
                        {"date", written(*advice.date)},
                        {"age", months >= 24 ? std::to_string(months / 12) + " years" : std::to_string(months) + " months"},
                        {"plan_date", written(*plan_date)},
                        {"limit", std::to_string(limit)}}});
  }
}

// ---- stale.outcome-date-passed ------------------------------------------------------------

struct Target {
  Date date;
  std::string words;  // as written
};

// An explicit target date: a date, month or term after "by", "before", "until", "end of",
// in brackets ("by the end of Year 11 (July 2027)"), or alone at the start of the item or of
// a table cell. A date after "in", "since" or "from" is history or a baseline, not a target.
std::optional<Target> explicit_target(const std::string& text) {
  static const RE2 cue(
      "(?i)(?:\\b(?:by|before|until|till|no\\s+later\\s+than|end\\s+of|due|deadline|target(?:\\s+date)?:?)\\s+"
      "(?:the\\s+)?(?:end\\s+of\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:the\\s+)?|\\(|\\|\\s*)$");
  static const RE2 month_year(
      "(?i)\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
      "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\s+((?:19|20)\\d\\d)\\b");
  static const RE2 term_year("(?i)\\b(summer|spring|autumn)\\s+(?:half[\\s-])?term\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b");
  struct Found {
    size_t at, length;
    Date date;
  };
  std::vector<Found> found;
  for (const text::DateMatch& m : text::find_dates(text)) found.push_back(Found{m.offset, m.length, m.date});
  auto scan = [&](const RE2& re, auto to_date) {
    re2::StringPiece input(text), whole;
    size_t pos = 0;
    while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &whole, 1)) {
      const size_t at = static_cast<size_t>(whole.data() - text.data());
      std::string first, second;
      RE2::FullMatch(std::string(whole), re, &first, &second);
      const bool inside_full_date = std::any_of(found.begin(), found.end(), [&](const Found& f) {
        return f.at <= at && at < f.at + f.length;
      });
      if (!inside_full_date) {
        if (auto d = to_date(first, std::stoi(second))) found.push_back(Found{at, whole.size(), *d});
      }
      pos = at + std::max<size_t>(1, whole.size());
    }
  };
  scan(month_year, [](const std::string& m, int y) -> std::optional<Date> { return end_of_month(y, month_of(m)); });
  scan(term_year, [](const std::string& term, int y) -> std::optional<Date> {
    const std::string t = text::fold(term);
    return end_of_month(y, t == "autumn" ? 12 : t == "spring" ? 4 : 7);
  });
  std::sort(found.begin(), found.end(), [](const Found& x, const Found& y) { return x.at < y.at; });
  for (const Found& f : found) {
    const std::string before = text.substr(f.at >= 40 ? f.at - 40 : 0, std::min<size_t>(f.at, 40));
    const bool at_start = text.find_first_not_of(' ') == f.at;
    if (at_start || RE2::PartialMatch(before, cue)) return Target{f.date, text.substr(f.at, f.length)};
  }
  return std::nullopt;
}

// "by the end of Year 6 / Reception / Key Stage 2": the 31 July ending that school year,
// counted from the child's school year at the plan date.
std::optional<Target> school_year_target(const std::string& text, const Date& dob, const Date& plan_date) {
  static const RE2 end_of(
      "(?i)\\b((?:by|before|at|until)\\s+the\\s+end\\s+of\\s+(?:(?:his|her|their|the)\\s+)?"
      "(?:year\\s+(\\d{1,2})|(reception)|(?:key\\s+stage\\s+|ks\\s?)(\\d)))\\b");
  std::string words, year, reception, stage;
  if (!RE2::PartialMatch(text, end_of, &words, &year, &reception, &stage)) return std::nullopt;
  int target_year = 0;
  if (!year.empty()) target_year = std::stoi(year);
  else if (!reception.empty()) target_year = 0;
  else target_year = std::map<int, int>{{1, 2}, {2, 6}, {3, 9}, {4, 11}, {5, 13}}[std::stoi(stage)];
  if (target_year == 0 && reception.empty()) return std::nullopt;  // "key stage 6" is no stage
  const int now = school_year_offset(dob, plan_date);
  const int end_year = academic_start(plan_date) + 1 + (target_year - now);
  return Target{*Date::make(end_year, 7, 31), words.substr(words.find("end"))};
}

// "by age 16", "by his 16th birthday": the birthday.
std::optional<Target> age_target(const std::string& text, const Date& dob) {
  static const RE2 by_age(
      "(?i)\\b(by\\s+(?:(?:the\\s+)?age\\s+(?:of\\s+)?(\\d{1,2})\\b|(?:his|her|their|my)\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+birthday))");
  std::string words, a, b;
  if (!RE2::PartialMatch(text, by_age, &words, &a, &b)) return std::nullopt;
  const int age = std::stoi(a.empty() ? b : a);
  auto birthday = Date::make(dob.year + age, dob.month, std::min(dob.day, days_in_month(dob.year + age, dob.month)));
  if (!birthday) return std::nullopt;
  return Target{*birthday, words};
}

void outcome_date_passed(const RuleContext& ctx, std::vector<Hit>& hits) {
  const std::optional<Date> plan_date = ctx.plan.plan_date();
  if (!plan_date) return;
  const std::optional<Date> dob = ctx.plan.front.dob;
  for (const auto& [code, item] : items_in_scope(ctx, ItemKind::outcome)) {
    // Quoted words are someone's own ("Sam swam 10 metres by June 2025"), not the target.
    const std::string text = blank_quotations(text::tidy(item->text));
    std::optional<Target> target = explicit_target(text);
    if (!target && dob) target = school_year_target(text, *dob, *plan_date);
    if (!target && dob) target = age_target(text, *dob);
    if (!target || !(target->date < *plan_date)) continue;
    hits.push_back(Hit{code, item->text, item->location,
                       {{"outcome", item->text}, {"target", target->words}, {"plan_date", written(*plan_date)}}});
  }
}

// ---- stale.review-overdue -----------------------------------------------------------------

void review_overdue(const RuleContext& ctx, std::vector<Hit>& hits) {
  const FrontMatter& front = ctx.plan.front;
  std::optional<Date> latest;
  for (const auto& d : {front.issue_date, front.review_date, front.plan_date_stated, front.signed_date}) {
    if (d && (!latest || *d > *latest)) latest = d;
  }
  if (!latest) return;  // an undated final is final.not-dated
  const int interval = ctx.rule.option_int("review_interval_months", 12);
  if (!(ctx.as_of > add_months(*latest, interval))) return;
  hits.push_back(Hit{"", "", Location{},
                     {{"last", written(*latest)},
                      {"as_of", written(ctx.as_of)},
                      {"months", std::to_string(ctx.as_of.months_since(*latest))},
                      {"interval", std::to_string(interval)}}});
}

// ---- stale.obsolete-terminology ----------------------------------------------------------

// Whether unit `u` is a cell or paragraph of one of Section K's advice entries.
bool in_advice_row(const Plan& plan, const Unit& u) {
  for (const Item& item : plan.items) {
    if (item.kind != ItemKind::advice || item.unit >= plan.units.size()) continue;
    const Unit& first = plan.units[item.unit];
    if (&first == &u) return true;
    if (u.outer_table >= 0 && first.outer_table == u.outer_table && first.outer_row == u.outer_row) return true;
  }
  return false;
}

void obsolete_terminology(const RuleContext& ctx, std::vector<Hit>& hits) {
  const LexiconMatchers& terms = rule_lexicon(ctx.rule, "stale-obsolete-terms");
  const LexiconMatchers& history = rule_lexicon(ctx.rule, "stale-history-cues");
  // K's list of advice names each report and its author's role as they are now: an old term
  // there is the plan relying on it, whatever the tense.
  if (std::find(ctx.rule.sections.begin(), ctx.rule.sections.end(), "K") != ctx.rule.sections.end()) {
    for (const Item& item : ctx.plan.items) {
      if (item.kind != ItemKind::advice) continue;
      if (auto m = first_lexicon_match(terms, text::tidy(item.text))) {
        hits.push_back(Hit{"K", m->text, item.location, {{"term", m->text}, {"sentence", item.text}}});
      }
    }
  }
  for (const ScopedSentence& s : sentences_in_scope(ctx)) {
    if (s.code == "K" && in_advice_row(ctx.plan, *s.unit)) continue;  // read above
    // Someone's own words in quotation marks are theirs, not the authority's.
    const std::string own = s.own;
    auto m = first_lexicon_match(terms, own);
    if (!m) continue;
    // "Her Statement was converted to an EHC plan in 2016": history, not current use.
    if (lexicon_matches(history, own)) continue;
    hits.push_back(Hit{s.code, m->text, s.unit->location, {{"term", m->text}, {"sentence", s.text}}});
  }
}

// ---- stale.age-mismatch -------------------------------------------------------------------

std::string alternation(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "|") + RE2::QuoteMeta(n);
  return out;
}

// Whether the words before a first-person "I" name someone other than the child as the
// speaker ('Her mum said: "I am ...'): then "I" is that person.
bool someone_else_speaks(const std::string& before, const std::vector<std::string>& child) {
  static const RE2 other(
      "(?i)\\b(?:mum|mother|dad|father|parents?|carers?|grand(?:mother|father|ma|pa|ad|dad)|nan|aunt|uncle|"
      "brother|sister|teacher|tutor|SENCo|therapist|psychologist|nurse|doctor|worker|adviser|Mrs|Mr|Ms|Miss|Dr)\\b");
  if (!RE2::PartialMatch(before, other)) return false;
  for (const std::string& name : child) {
    if (name != "I" && before.find(name) != std::string::npos) return false;
  }
  return true;
}

void age_mismatch(const RuleContext& ctx, std::vector<Hit>& hits) {
  const std::optional<Date> plan_date = ctx.plan.plan_date();
  const std::optional<Date> dob = ctx.plan.front.dob;
  if (!plan_date || !dob) return;
  std::vector<std::string> subjects = child_names(ctx.plan);
  subjects.push_back("I");
  // The child (by name, or "I" in their own words) in the present tense: "Liam is 8 years
  // old", "I am 15", "Zoë, aged 5,". "Her brother Alfie, who is 6" has another subject;
  // "she joined in Year 7" and "the level of a 10-year-old" are not a present statement.
  const std::string who = "(?:^|[^\\p{L}\\p{N}'])((?:" + alternation(subjects) + "))";
  const RE2 age(who + "(?:(?:\\s+(?:is|am)|'m)\\s+(?:now\\s+|currently\\s+|only\\s+|just\\s+)?(?:aged\\s+)?|,?\\s+\\(?aged\\s+)(\\d{1,2})"
                      "(\\s+years?\\s+old|\\s+years?\\b)?(?:\\s*(%|-|minutes|hours|days|weeks|months|times|cm|kg|out\\s+of|per|points|steps|words)|\\b)");
  const RE2 year(who + "(?:(?:\\s+(?:is|am)|'m)\\s+(?:now\\s+|currently\\s+)?in|\\s+(?:has|have)\\s+(?:just\\s+)?started)\\s+"
                       "((?i:year|y)\\s*\\d{1,2}|(?i:reception|nursery))\\b");
  // "Tom is 14 and in Year 9", "Maya has been here since Reception and is now in Year 4".
  const RE2 chained("^(?:" + alternation(subjects) + ")[\\s,'][^;:]*?\\sand\\s+(?:(?:is|am)\\s+)?(?:now\\s+|currently\\s+)?in\\s+"
                    "((?i:year|y)\\s*\\d{1,2}|(?i:reception|nursery))\\b");
  const int actual_age = age_on(*dob, *plan_date);
  const int actual_year = school_year_offset(*dob, *plan_date);
  for (const ScopedSentence& s : sentences_in_scope(ctx)) {
    re2::StringPiece input(s.text), groups[5];
    if (age.Match(input, 0, s.text.size(), RE2::UNANCHORED, groups, 5) && groups[4].empty() &&
        !(groups[1] == "I" && someone_else_speaks(s.text.substr(0, groups[1].data() - s.text.data()), subjects))) {
      const int stated_age = std::stoi(std::string(groups[2]));
      // Over 25 it cannot be the child or young person (a plan ends at 25).
      if (stated_age != actual_age && stated_age <= 25) {
        const size_t at = static_cast<size_t>(groups[1].data() - s.text.data());
        const size_t end = static_cast<size_t>(groups[3].empty() ? groups[2].data() + groups[2].size() - s.text.data()
                                                                 : groups[3].data() + groups[3].size() - s.text.data());
        const std::string words = s.text.substr(at, end - at);
        hits.push_back(Hit{s.code, words, s.unit->location,
                           {{"stated", words},
                            {"actual", std::to_string(actual_age) + (actual_age == 1 ? " year old" : " years old")},
                            {"plan_date", written(*plan_date)}, {"dob", written(*dob)}}});
        continue;
      }
    }
    std::string group_text;
    re2::StringPiece year_groups[3];
    std::string words;
    if (year.Match(input, 0, s.text.size(), RE2::UNANCHORED, year_groups, 3)) {
      if (year_groups[1] == "I" && someone_else_speaks(s.text.substr(0, year_groups[1].data() - s.text.data()), subjects)) continue;
      group_text = std::string(year_groups[2]);
      const size_t at = static_cast<size_t>(year_groups[1].data() - s.text.data());
      words = s.text.substr(at, static_cast<size_t>(year_groups[2].data() + year_groups[2].size() - s.text.data()) - at);
    } else if (RE2::PartialMatch(s.text, chained, &group_text)) {
      const size_t end = s.text.find(group_text) + group_text.size();
      words = s.text.substr(0, end);
    } else {
      continue;
    }
    const std::optional<int> stated_year = parse_year_group(group_text);
    if (!stated_year || *stated_year == actual_year) continue;
    const std::string actual = year_name(actual_year);
    if (actual.empty()) continue;  // beyond Year 14 year groups are not used
    hits.push_back(Hit{s.code, words, s.unit->location,
                       {{"stated", words}, {"actual", "in " + actual}, {"plan_date", written(*plan_date)},
                        {"dob", written(*dob)}}});
  }
}

}  // namespace

void register_staleness(PredicateRegistry& registry) {
  registry.add("stale_advice_outdated", advice_outdated);
  registry.add("stale_outcome_date_passed", outcome_date_passed);
  registry.add("stale_review_overdue", review_overdue);
  registry.add("stale_obsolete_terminology", obsolete_terminology, {"stale-obsolete-terms", "stale-history-cues"});
  registry.add("stale_age_mismatch", age_mismatch);
}

}  // namespace ehcpqa::predicates
