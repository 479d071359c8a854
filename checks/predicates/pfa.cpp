// Preparing for adulthood, age limits, phase transfers and timeliness.
#include "checks/predicates/pfa.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>
#include <re2/re2.h>

#include "checks/predicates/groups.h"
#include "checks/predicates/items_in_scope.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace ehcpqa::predicates::pfa {
namespace {

std::string human_date(const Date& d) {
  static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  return fmt::format("{} {} {}", d.day, months[d.month - 1], d.year);
}

// The content units of the sections `codes`, each section once (a combined H answers for
// both H1 and H2), in the order the codes are given.
std::vector<const Unit*> units_of(const Plan& plan, const std::vector<std::string>& codes) {
  std::vector<const Unit*> out;
  std::vector<const Section*> seen;
  for (const std::string& code : codes) {
    const Section* section = plan.section(code);
    if (!section || std::find(seen.begin(), seen.end(), section) != seen.end()) continue;
    seen.push_back(section);
    for (const Unit* u : content_units(plan, *section)) out.push_back(u);
  }
  return out;
}

// The statutory codes the rule reads, or every section when it names none.
std::vector<std::string> rule_sections(const Rule& rule) {
  return rule.sections.empty() ? statutory_codes() : rule.sections;
}

Location section_location(const Plan& plan, const std::string& code) {
  const Section* s = plan.section(code);
  return s ? s->heading : Location{};
}

// Whether any of the lexicon's patterns matches somewhere in [from, to) of `text`.
bool matches_within(const LexiconMatchers& lexicon, const std::string& text, size_t from, size_t to) {
  if (from >= to) return false;
  return lexicon_matches(lexicon, text.substr(from, to - from));
}

// Word characters, for the ends of names.
bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-'; }

}  // namespace

// ---------------------------------------------------------------------------------------
// Stage: age and year at the plan date.

Stage stage_of(const Plan& plan) {
  Stage s;
  s.plan_date = plan.plan_date();
  // A date of birth after the plan's date is a typing error, not an age.
  if (plan.front.dob && s.plan_date && *plan.front.dob <= *s.plan_date) {
    s.facts = derive(*plan.front.dob, *s.plan_date);
    s.year_offset = s.facts->year_offset;
    s.min_age = s.max_age = s.facts->age;
    const std::string year = year_name(s.facts->year_offset);
    s.words = year.empty() ? fmt::format("aged {}", s.facts->age) : fmt::format("in {}, aged {}", year, s.facts->age);
    s.age_words = std::to_string(s.facts->age);
    return s;
  }
  if (plan.front.school_year) {
    if (auto y = parse_year_group(plan.front.school_year->value)) {
      s.year_offset = *y;
      // A year group spans two ages: Year 4 is 8 or 9, Reception 4 or 5.
      s.min_age = *y + 4;
      s.max_age = *y + 5;
      s.words = fmt::format("in {} (as the plan states)", year_name(*y));
      s.age_words = fmt::format("{} or {} ({}, as the plan states)", *s.min_age, *s.max_age, year_name(*y));
    }
  }
  return s;
}

// ---------------------------------------------------------------------------------------
// Context: does a phrase speak for the child or young person, now or in the plan?

const std::vector<std::string>& context_lexicons() {
  static const std::vector<std::string> names{"pfa-context-negation", "pfa-context-past", "pfa-context-current",
                                              "pfa-context-others", "pfa-context-speech"};
  return names;
}

std::vector<std::string> with_context_lexicons(std::vector<std::string> own) {
  for (const std::string& name : context_lexicons()) own.push_back(name);
  return own;
}

namespace {

// Capitalised words that follow a title are names; titles themselves are not.
bool is_title(const std::string& w) {
  static const std::set<std::string> titles{"Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Prof", "Sir", "Dame"};
  return titles.count(w) > 0;
}

// The capitalised words of a person's name as written ("Sam Example (known as Sammy)").
std::vector<std::string> name_words(const std::string& text) {
  std::vector<std::string> out;
  static const RE2 word(R"(([A-Z][\w'-]+))");
  re2::StringPiece in(text);
  std::string w;
  while (RE2::FindAndConsume(&in, word, &w)) {
    if (!is_title(w)) out.push_back(w);
  }
  return out;
}

}  // namespace

PhraseContext::PhraseContext(const RuleContext& ctx)
    : negation_(rule_lexicon(ctx.rule, "pfa-context-negation")),
      past_(rule_lexicon(ctx.rule, "pfa-context-past")),
      current_(rule_lexicon(ctx.rule, "pfa-context-current")),
      others_(rule_lexicon(ctx.rule, "pfa-context-others")),
      speech_(rule_lexicon(ctx.rule, "pfa-context-speech")) {
  const Plan& plan = ctx.plan;
  std::string surname;
  if (plan.front.name) {
    const auto words = name_words(plan.front.name->value);
    for (const std::string& w : words) child_names_.insert(w);
    if (!words.empty()) surname = words.back();
  }
  if (plan.front.preferred_name) {
    for (const std::string& w : name_words(plan.front.preferred_name->value)) child_names_.insert(w);
  }
  // Relatives named after the word that says who they are ("his uncle Sean", "Mum, Donna"),
  // or sharing the child's surname ("Claire and Dave Brennan"); titled people ("Dr Helen
  // Okafor") and the authors of advice are professionals, or relatives the plan addresses
  // formally ("Mrs Farrow").
  static const RE2 after_relation(R"(^\s*,?\s*([A-Z][\w'-]+)(?:\s+and\s+([A-Z][\w'-]+))?)");
  static const RE2 titled(R"(\b(?:Mr|Mrs|Ms|Miss|Dr|Mx|Prof)\.?\s+([A-Z][\w'-]+)(?:\s+([A-Z][\w'-]+))?)");
  const RE2 same_surname(surname.empty() ? std::string("$^")
                                         : "\\b([A-Z][\\w'-]+)(?:\\s+and\\s+([A-Z][\\w'-]+))?\\s+" + RE2::QuoteMeta(surname) + "\\b");
  auto add = [&](std::set<std::string>& to, const std::string& w) {
    if (!w.empty() && !is_title(w) && !child_names_.count(w)) to.insert(w);
  };
  for (const Unit& unit : plan.units) {
    const std::string text = text::tidy(unit.text);
    for (const Matcher& m : others_.patterns) {
      re2::StringPiece found;
      size_t pos = 0;
      while (pos < text.size() && m.pattern->Match(text, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
        const size_t end = static_cast<size_t>(found.data() - text.data()) + found.size();
        std::string a, b;
        if (RE2::PartialMatch(text.substr(end), after_relation, &a, &b)) {
          add(family_names_, a);
          add(family_names_, b);
        }
        pos = std::max(end, pos + 1);
      }
    }
    re2::StringPiece in(text);
    std::string a, b;
    while (RE2::FindAndConsume(&in, same_surname, &a, &b)) {
      add(family_names_, a);
      add(family_names_, b);
    }
    in = re2::StringPiece(text);
    while (RE2::FindAndConsume(&in, titled, &a, &b)) {
      if (a != surname) add(professional_names_, a);
      if (b != surname) add(professional_names_, b);
    }
  }
  for (const Advice& advice : plan.advice) {
    const auto words = name_words(advice.author);
    for (size_t i = 0; i < std::min<size_t>(2, words.size()); ++i) {
      if (words[i] != surname) add(professional_names_, words[i]);
    }
  }
}

std::optional<LexiconMatch> PhraseContext::find(const LexiconMatchers& lexicon, const std::string& text,
                                                unsigned checks, const LexiconMatchers* not_inside) const {
  auto inside_excluded = [&](size_t at, size_t length) {
    if (!not_inside) return false;
    for (const Matcher& m : not_inside->patterns) {
      re2::StringPiece found;
      size_t pos = 0;
      while (pos < text.size() && m.pattern->Match(text, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
        const size_t start = static_cast<size_t>(found.data() - text.data());
        if (start <= at && at + length <= start + found.size()) return true;
        pos = start + std::max<size_t>(1, found.size());
      }
    }
    return false;
  };
  return first_pattern_match(lexicon.patterns, lexicon.excludes, text, [&](size_t at, size_t length) {
    return inside_excluded(at, length) || !passes(text, at, length, checks);
  });
}

bool PhraseContext::passes(const std::string& text, size_t at, size_t length, unsigned checks) const {
  // The sentence the phrase is in, cut at table cells (" | ") and line breaks.
  size_t begin = 0, end = text.size();
  for (const text::Span& s : text::sentences(text)) {
    if (s.offset <= at && at < s.offset + s.length) {
      begin = s.offset;
      end = s.offset + s.length;
      break;
    }
  }
  for (const char* cut : {" | ", "\n"}) {
    const size_t before = text.rfind(cut, at);
    if (before != std::string::npos && before + std::char_traits<char>::length(cut) > begin && before < at) {
      begin = before + std::char_traits<char>::length(cut);
    }
    const size_t after = text.find(cut, at + length);
    if (after != std::string::npos && after < end) end = after;
  }
  if (begin > at) begin = at;
  end = std::max(end, at + length);

  if (checks & kNotQuoted) {
    // Inside quotation marks when an odd number of them comes before it in the sentence.
    const auto quotes = std::count(text.begin() + static_cast<long>(begin), text.begin() + static_cast<long>(at), '"');
    if (quotes % 2 == 1) return false;
    if (matches_within(speech_, text, begin, at)) return false;
  }
  if (checks & kNotDenied) {
    // The clause: from the last comma, semicolon, colon or "but" before the phrase.
    static const RE2 boundary(R"((?i)([,;:]|\bbut\b|\bhowever\b|\balthough\b))");
    size_t clause = begin;
    re2::StringPiece in(text.data() + begin, at - begin);
    while (RE2::FindAndConsume(&in, boundary)) clause = static_cast<size_t>(in.data() - text.data());
    if (matches_within(negation_, text, clause, at)) return false;
    // A verb denied after the phrase, up to the end of its clause: "work experience has not
    // been arranged".
    size_t clause_end = end;
    re2::StringPiece rest(text.data() + at + length, end - at - length), piece;
    if (RE2::PartialMatch(rest, boundary, &piece)) clause_end = static_cast<size_t>(piece.data() - text.data());
    static const RE2 denied_verb(R"((?i)\b(?:not|never)\b|n't\b)");
    if (RE2::PartialMatch(re2::StringPiece(text.data() + at + length, clause_end - at - length), denied_verb)) {
      return false;
    }
    // A denial in brackets straight after it: "Adult Social Care (no involvement)".
    static const RE2 denied_aside(R"((?i)^\s*\(\s*(?:no|not|none|nil)\b)");
    if (RE2::PartialMatch(re2::StringPiece(text.data() + at + length, end - at - length), denied_aside)) return false;
  }
  if (checks & kNotPast) {
    if (matches_within(past_, text, begin, end) && !matches_within(current_, text, begin, end)) return false;
  }
  if (checks & kNotSomeoneElse) {
    if (nearest_actor(text, begin, at) == Actor::other) return false;
  }
  return true;
}

PhraseContext::Actor PhraseContext::nearest_actor(const std::string& text, size_t from, size_t to) const {
  // A person named after "with", "for", "help" and the like is company, not the subject:
  // "Sam will cook with his mum" is Sam's outcome.
  static const std::set<std::string> company{"with", "to", "for", "and", "help", "helps", "helping", "from",
                                             "by", "of", "like", "alongside", "supported", "visit", "visits"};
  // A professional is the subject of a statement about their own life only with a verb of
  // being or having; "Mr Kemp will arrange work experience" is provision for the child.
  static const std::set<std::string> state_verbs{"is", "was", "has", "had", "works", "worked", "studied",
                                                 "studies", "lives", "lived", "went", "goes", "got"};
  auto previous_word = [&](size_t pos) {
    size_t e = pos;
    while (e > from && !is_word(text[e - 1])) --e;
    size_t b = e;
    while (b > from && is_word(text[b - 1])) --b;
    std::string w = text.substr(b, e - b);
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  auto next_word = [&](size_t pos) {
    size_t b = pos;
    while (b < text.size() && !is_word(text[b])) ++b;
    size_t e = b;
    while (e < text.size() && is_word(text[e])) ++e;
    return text.substr(b, e - b);
  };

  Actor actor = Actor::none;
  size_t actor_at = 0;
  auto mention = [&](size_t at, Actor who) {
    if (actor == Actor::none || at >= actor_at) {
      actor = who;
      actor_at = at;
    }
  };
  // Family members by the word that says who they are.
  for (const Matcher& m : others_.patterns) {
    re2::StringPiece found;
    size_t pos = from;
    while (pos < to && m.pattern->Match(text, pos, to, RE2::UNANCHORED, &found, 1)) {
      const size_t at = static_cast<size_t>(found.data() - text.data());
      if (!company.count(previous_word(at))) mention(at, Actor::other);
      pos = at + std::max<size_t>(1, found.size());
    }
  }
  // Names and pronouns, word by word.
  static const std::set<std::string> child_pronouns{"him", "himself", "herself", "themselves", "them"};
  for (size_t i = from; i < to;) {
    if (!is_word(text[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < to && is_word(text[e])) ++e;
    const std::string w = text.substr(i, e - i);
    // A possessive ("Sam's sister") names whose, not who: the person is the noun after it.
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) {
      i = e;
      continue;
    }
    std::string lower = w;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (child_names_.count(w) || child_pronouns.count(lower)) {
      mention(i, Actor::child);
    } else if (family_names_.count(w) && !company.count(previous_word(i))) {
      mention(i, Actor::other);
    } else if (professional_names_.count(w)) {
      // Skip the rest of the name and any role in commas: "Mr Paul Kemp, his tutor, worked..."
      size_t after = e;
      std::string next = next_word(after);
      while (!next.empty() && std::isupper(static_cast<unsigned char>(next[0]))) {
        after = text.find(next, after) + next.size();
        next = next_word(after);
      }
      std::string lower_next = next;
      for (char& c : lower_next) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (state_verbs.count(lower_next)) mention(i, Actor::other);
    }
    i = e;
  }
  return actor;
}

// ---------------------------------------------------------------------------------------
// The predicates.

namespace {

// The four preparing-for-adulthood areas (CoP 8.5, 8.9): the area key an item carries when
// the plan files it under the area (templates/areas.yaml), and the lexicon that finds it.
struct PfaArea {
  const char* key;
  const char* lexicon;
  const char* name;
};
const std::array<PfaArea, 4> kAreas{{
    {"pfa-employment", "pfa-employment", "higher education and/or employment (area 1)"},
    {"pfa-independent-living", "pfa-independent-living", "independent living (area 2)"},
    {"pfa-community", "pfa-community", "friends, relationships and community (area 3)"},
    {"pfa-health", "pfa-health", "being as healthy as possible in adult life (area 4)"},
}};

struct PfaCoverage {
  bool any = false;
  std::array<bool, 4> areas{};
};

// What Sections E to H do to prepare for adulthood: an item filed under a PfA area, or
// words of an area's lexicon that speak for the young person now or in the plan.
PfaCoverage pfa_coverage(const RuleContext& ctx) {
  PfaCoverage c;
  const PhraseContext reader(ctx);
  const std::vector<std::string> codes = rule_sections(ctx.rule);
  for (const Item& item : ctx.plan.items) {
    const std::string code = item.section == "H" ? "H1" : item.section;
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) continue;
    if (item.area == "pfa") c.any = true;
    for (size_t i = 0; i < kAreas.size(); ++i) {
      if (item.area == kAreas[i].key) c.any = c.areas[i] = true;
    }
  }
  for (const Unit* unit : units_of(ctx.plan, codes)) {
    const std::string text = text::tidy(unit->text);
    for (size_t i = 0; i < kAreas.size(); ++i) {
      if (c.areas[i]) continue;
      if (reader.find(rule_lexicon(ctx.rule, kAreas[i].lexicon), text, kAllChecks)) c.any = c.areas[i] = true;
    }
  }
  return c;
}

bool from_start_year(const RuleContext& ctx, const Stage& stage) {
  return stage.year_offset && *stage.year_offset >= ctx.rule.option_int("start_year", 9);
}

std::vector<std::string> area_lexicons() {
  std::vector<std::string> out;
  for (const PfaArea& a : kAreas) out.push_back(a.lexicon);
  return out;
}

void pfa_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Stage stage = stage_of(ctx.plan);
  if (!from_start_year(ctx, stage)) return;
  if (pfa_coverage(ctx).any) return;
  hits.push_back(Hit{"E", "", section_location(ctx.plan, "E"), {{"stage", stage.words}}});
}

void pfa_area_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Stage stage = stage_of(ctx.plan);
  if (!from_start_year(ctx, stage)) return;
  const PfaCoverage c = pfa_coverage(ctx);
  if (!c.any) return;  // pfa.missing reports a plan with no PfA content at all
  for (size_t i = 0; i < kAreas.size(); ++i) {
    if (c.areas[i]) continue;
    hits.push_back(Hit{"E", "", section_location(ctx.plan, "E"), {{"area", kAreas[i].name}, {"stage", stage.words}}});
  }
}

// The cells of an item that state an outcome ("... will ..."): a row's other cells are
// areas, steps or links to hopes ("Living independently."), not outcomes.
std::vector<std::string> outcome_cells(const RuleContext& ctx, const Item& item) {
  const LexiconMatchers& statement = rule_lexicon(ctx.rule, "outcome-statement");
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    const size_t bar = item.text.find(" | ", pos);
    const std::string cell = item.text.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos);
    if (lexicon_matches(statement, cell)) out.push_back(cell);
    if (bar == std::string::npos) break;
    pos = bar + 3;
  }
  return out;
}

void pfa_age_inappropriate(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Stage stage = stage_of(ctx.plan);
  if (!stage.min_age) return;
  const PhraseContext reader(ctx);
  std::vector<std::pair<std::string, const Item*>> outcomes;
  for (const auto& entry : items_in_scope(ctx, ItemKind::outcome)) {
    if (!outcome_cells(ctx, *entry.second).empty()) outcomes.push_back(entry);
  }
  if (*stage.max_age < ctx.rule.option_int("young_child_under_age", 11)) {
    // Adult goals set for a young child: each outcome that sets one.
    const LexiconMatchers& adult = rule_lexicon(ctx.rule, "pfa-adult-outcomes");
    for (const auto& [code, item] : outcomes) {
      for (const std::string& cell : outcome_cells(ctx, *item)) {
        if (auto m = reader.find(adult, cell, kAllChecks)) {
          hits.push_back(Hit{code, item->text, item->location,
                             {{"outcome", item->text}, {"match", m->text}, {"who", "a child of " + stage.age_words}, {"share", ""}}});
          break;
        }
      }
    }
    return;
  }
  if (*stage.min_age >= ctx.rule.option_int("young_person_from_age", 16) && !outcomes.empty()) {
    // Early-level targets as the main outcomes of a young person: one finding for E.
    const LexiconMatchers& early = rule_lexicon(ctx.rule, "pfa-early-level");
    int count = 0;
    const Item* first = nullptr;
    std::string first_match, first_code;
    for (const auto& [code, item] : outcomes) {
      for (const std::string& cell : outcome_cells(ctx, *item)) {
        if (auto m = reader.find(early, cell, kNotDenied | kNotQuoted | kNotSomeoneElse)) {
          ++count;
          if (!first) {
            first = item;
            first_match = m->text;
            first_code = code;
          }
          break;
        }
      }
    }
    const int total = static_cast<int>(outcomes.size());
    if (count == 0 || count * 100 < ctx.rule.option_int("early_level_share_percent", 33) * total) return;
    hits.push_back(Hit{first_code, first->text, first->location,
                       {{"outcome", first->text},
                        {"match", first_match},
                        {"who", "a young person of " + stage.age_words},
                        {"share", fmt::format(", and {} of the {} outcomes are at this level", count, total)}}});
  }
}

void pfa_adult_transition_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Stage stage = stage_of(ctx.plan);
  if (!stage.min_age || *stage.min_age < ctx.rule.option_int("from_age", 17)) return;
  const PhraseContext reader(ctx);
  const LexiconMatchers& adult = rule_lexicon(ctx.rule, "pfa-adult-transition");
  const LexiconMatchers& not_this = rule_lexicon(ctx.rule, "pfa-adult-transition-not");
  // A transition already made counts (the young person is in adult services), so the past
  // does not rule a mention out.
  for (const Unit* unit : units_of(ctx.plan, statutory_codes())) {
    if (reader.find(adult, text::tidy(unit->text), kNotDenied | kNotQuoted | kNotSomeoneElse, &not_this)) return;
  }
  hits.push_back(Hit{"", "", Location{}, {{"age", stage.age_words}}});
}

void pfa_over_age(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Plan& plan = ctx.plan;
  const auto plan_date = plan.plan_date();
  if (!plan.front.dob || !plan_date) return;
  const Date& dob = *plan.front.dob;
  // 29 February birthdays fall on 28 February in a common year.
  const int day = std::min(dob.day, days_in_month(dob.year + 25, dob.month));
  const Date turned25{dob.year + 25, dob.month, day};
  // The academic year, for this purpose, ends on 31 July: a birthday in August falls in the
  // academic year that ends the following July.
  const int end_year = turned25.month >= 8 ? turned25.year + 1 : turned25.year;
  const Date last_day{end_year, 7, 31};
  if (*plan_date <= last_day) return;
  hits.push_back(Hit{"", "", Location{},
                     {{"plan_date", human_date(*plan_date)},
                      {"turned_25", human_date(turned25)},
                      {"last_day", human_date(last_day)}}});
}

// The lexicon for the move out of a year of transfer, by national curriculum year.
const char* transfer_lexicon(int year_offset) {
  switch (year_offset) {
    case -1: return "transition-to-reception";
    case 6: return "transition-to-secondary";
    case 11: return "transition-to-post16";
    case 13:
    case 14: return "transition-to-post19";
    default: return nullptr;
  }
}

void phase_transfer_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Stage stage = stage_of(ctx.plan);
  if (!stage.year_offset) return;
  const std::string move = transfer(*stage.year_offset);
  const char* lexicon = transfer_lexicon(*stage.year_offset);
  if (move.empty() || !lexicon) return;
  const PhraseContext reader(ctx);
  const LexiconMatchers& general = rule_lexicon(ctx.rule, "transition-move");
  const LexiconMatchers& specific = rule_lexicon(ctx.rule, lexicon);
  for (const Unit* unit : units_of(ctx.plan, rule_sections(ctx.rule))) {
    const std::string text = text::tidy(unit->text);
    if (reader.find(general, text, kAllChecks) || reader.find(specific, text, kAllChecks)) return;
  }
  hits.push_back(Hit{"", "", Location{}, {{"stage", stage.words}, {"move", move}}});
}

void over_20_weeks(const RuleContext& ctx, std::vector<Hit>& hits) {
  const FrontMatter& f = ctx.plan.front;
  // Only a final plan has a final issue date; a draft's date is not one.
  if (f.status == PlanStatus::draft || !f.request_date || !f.issue_date) return;
  const long days = f.issue_date->days() - f.request_date->days();
  const int limit = ctx.rule.option_int("max_weeks", 20);
  if (days <= 7L * limit) return;
  // An exception under reg 10(4) recorded anywhere in the plan, front matter included.
  const PhraseContext reader(ctx);
  const LexiconMatchers& exception = rule_lexicon(ctx.rule, "timeliness-exception");
  for (const Unit& unit : ctx.plan.units) {
    if (reader.find(exception, text::tidy(unit.text), kNotDenied | kNotQuoted)) return;
  }
  const long weeks = days / 7, rest = days % 7;
  hits.push_back(Hit{"", "", Location{},
                     {{"request", human_date(*f.request_date)},
                      {"issue", human_date(*f.issue_date)},
                      {"weeks", rest == 0 ? fmt::format("{} weeks", weeks)
                                          : fmt::format("{} weeks and {} day{}", weeks, rest, rest == 1 ? "" : "s")},
                      {"limit", std::to_string(limit)}}});
}

}  // namespace
}  // namespace ehcpqa::predicates::pfa

namespace ehcpqa::predicates {

void register_pfa(PredicateRegistry& registry) {
  using namespace pfa;
  registry.add("pfa_missing", pfa_missing, with_context_lexicons(area_lexicons()));
  registry.add("pfa_area_missing", pfa_area_missing, with_context_lexicons(area_lexicons()));
  registry.add("pfa_age_inappropriate", pfa_age_inappropriate,
               with_context_lexicons({"outcome-statement", "pfa-adult-outcomes", "pfa-early-level"}));
  registry.add("pfa_adult_transition_missing", pfa_adult_transition_missing,
               with_context_lexicons({"pfa-adult-transition", "pfa-adult-transition-not"}));
  registry.add("pfa_over_age", pfa_over_age);
  registry.add("phase_transfer_missing", phase_transfer_missing,
               with_context_lexicons({"transition-move", "transition-to-reception", "transition-to-secondary",
                                      "transition-to-post16", "transition-to-post19"}));
  registry.add("over_20_weeks", over_20_weeks, with_context_lexicons({"timeliness-exception"}));
}

}  // namespace ehcpqa::predicates
