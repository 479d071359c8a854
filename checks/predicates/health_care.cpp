// Health and social care (C, D, G, H1, H2): recorded needs and the provision for them.
// C <-> G and D <-> H1/H2 are linked here; what counts as a health or social care term is
// in the lexicons (health-*, social-care-*), and how a term is read in context is below.
#include "checks/predicates/health_care.h"

#include <algorithm>
#include <functional>

#include <re2/re2.h>

#include "checks/predicates/groups.h"
#include "checks/predicates/plan_sentences.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace ehcpqa::predicates::health_care {
namespace {

// Calls `fn(offset, length)` for every match of every pattern of the lexicon in `text`
// that no exclude removes.
void for_each_match(const LexiconMatchers& lexicon, const std::string& text,
                    const std::function<void(size_t, size_t)>& fn) {
  for (const Matcher& m : lexicon.patterns) {
    re2::StringPiece found;
    size_t pos = 0;
    while (pos < text.size() && m.pattern->Match(text, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
      const size_t at = static_cast<size_t>(found.data() - text.data());
      bool excluded = false;
      for (const Matcher& x : lexicon.excludes) excluded = excluded || RE2::FullMatch(found, *x.pattern);
      if (!excluded) fn(at, found.size());
      pos = at + std::max<size_t>(1, found.size());
    }
  }
}

// A sentence's clauses: cut at ';' and before "but", "although", "though", "however",
// "whereas", where what is said of a need can turn ("she had glue ear as a young child;
// her hearing is now normal").
std::vector<std::string> split_clauses(const std::string& sentence) {
  static const RE2 boundary("(?i)(;|,?\\s+(?:but|although|though|however|whereas)\\b)");
  std::vector<std::string> out;
  re2::StringPiece rest(sentence);
  re2::StringPiece cut;
  while (RE2::PartialMatch(rest, boundary, &cut)) {
    const size_t at = static_cast<size_t>(cut.data() - rest.data());
    out.emplace_back(rest.substr(0, at));
    rest.remove_prefix(at + cut.size());
  }
  out.emplace_back(rest);
  out.erase(std::remove_if(out.begin(), out.end(), [](const std::string& c) { return text::is_blank(c); }),
            out.end());
  return out;
}

void add_clauses(const std::string& raw, const std::string& code, const Location& location,
                 std::vector<Clause>& out) {
  const std::string tidy = text::tidy(raw);
  const std::string blanked = blank_quotations(tidy);
  for (const text::Span& s : text::sentences(blanked)) {
    const std::string sentence = tidy.substr(s.offset, s.length);
    const std::string read = blanked.substr(s.offset, s.length);
    const bool question = !sentence.empty() && sentence.back() == '?';
    for (const std::string& clause : split_clauses(read)) {
      out.push_back(Clause{text::fold(clause), sentence, code, location, question});
    }
  }
}

// Words between two offsets, to keep a negation close to what it negates.
int words_between(const std::string& text, size_t from, size_t to) {
  return to > from ? text::word_count(std::string_view(text).substr(from, to - from)) : 0;
}

const LexiconMatchers& lexicon(const RuleContext& ctx, const char* name) { return rule_lexicon(ctx.rule, name); }

}  // namespace

const std::vector<std::string>& needs_context_lexicons() {
  static const std::vector<std::string> names = {"no-needs-statements", "no-needs-negation", "no-needs-negated-after",
                                                 "no-needs-past", "no-needs-past-time", "no-needs-present",
                                                 "no-needs-family"};
  return names;
}

std::vector<Clause> clauses_of(const std::vector<const Unit*>& units, const std::string& code) {
  std::vector<Clause> out;
  for (const Unit* u : units) add_clauses(u->text, code, u->location, out);
  return out;
}

std::vector<Clause> clauses_of_text(const std::string& text, const std::string& code, const Location& location) {
  std::vector<Clause> out;
  // A table row's cells are joined by " | "; each cell is read on its own.
  size_t pos = 0;
  while (true) {
    const size_t bar = text.find(" | ", pos);
    add_clauses(text.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos), code, location, out);
    if (bar == std::string::npos) break;
    pos = bar + 3;
  }
  return out;
}

People people_of(const Plan& plan, const LexiconMatchers& family) {
  People people;
  auto first_name = [](const std::string& full) {
    const std::string folded = text::fold(full);
    return folded.substr(0, folded.find(' '));
  };
  if (plan.front.name) people.child.insert(first_name(plan.front.name->value));
  if (plan.front.preferred_name) people.child.insert(first_name(plan.front.preferred_name->value));

  // Names the plan gives family members and friends, next to the word for who they are:
  // "her big brother Alfie", "his dad, Mark", "mum and dad, Laura and Ben",
  // "Funmi Adeyemi (mother)", "Jodie, his mother".
  static const RE2 name_after("^,?\\s+(\\p{Lu}\\p{Ll}+)(?:\\s+and\\s+(\\p{Lu}\\p{Ll}+))?");
  static const RE2 name_before_bracket("(\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}[\\p{Ll}'-]+)?\\s*\\((?:his|her|their|my)?\\s*$");
  static const RE2 name_before_comma("(\\p{Lu}\\p{Ll}+),\\s+(?:his|her|their|my)\\s+(?:\\w+\\s+)?$");
  auto add = [&](const std::string& name) {
    const std::string folded = text::fold(name);
    if (!folded.empty() && !people.child.count(folded)) people.others.insert(folded);
  };
  for (const Unit& unit : plan.units) {
    const std::string t = text::tidy(unit.text);
    for_each_match(family, t, [&](size_t at, size_t length) {
      const re2::StringPiece after(t.data() + at + length, t.size() - at - length);
      const re2::StringPiece before(t.data(), at);
      std::string a, b;
      if (RE2::PartialMatch(after, name_after, &a, &b)) {
        add(a);
        if (!b.empty()) add(b);
      }
      if (!after.empty() && after[0] == ')' && RE2::PartialMatch(before, name_before_bracket, &a)) add(a);
      if (RE2::PartialMatch(before, name_before_comma, &a)) add(a);
    });
  }
  return people;
}

ContextReader::ContextReader(const RuleContext& ctx, const People& people)
    : statements_(lexicon(ctx, "no-needs-statements")),
      negation_(lexicon(ctx, "no-needs-negation")),
      negated_after_(lexicon(ctx, "no-needs-negated-after")),
      past_(lexicon(ctx, "no-needs-past")),
      past_time_(lexicon(ctx, "no-needs-past-time")),
      present_(lexicon(ctx, "no-needs-present")),
      family_(lexicon(ctx, "no-needs-family")),
      people_(people) {}

bool ContextReader::says_none(const Clause& clause) const { return lexicon_matches(statements_, clause.folded); }

bool ContextReader::negated(const std::string& text, size_t at, size_t length) const {
  // A cue before the term, within six words and not across a comma or a new predicate.
  static const RE2 barrier("(?i)(,|\\band\\b|\\bwho\\b|\\bwhich\\b|\\bthat\\b)");
  bool before = false;
  for_each_match(negation_, text, [&](size_t cue, size_t cue_length) {
    const size_t end = cue + cue_length;
    if (end > at) return;
    const std::string between = text.substr(end, at - end);
    if (words_between(text, end, at) <= 6 && !RE2::PartialMatch(between, barrier)) before = true;
  });
  if (before) return true;
  const std::string after = text.substr(at + length);
  return lexicon_matches(negated_after_, after);
}

bool ContextReader::past(const std::string& text) const {
  if (lexicon_matches(past_, text)) return true;
  return lexicon_matches(past_time_, text) && !lexicon_matches(present_, text);
}

bool ContextReader::about_someone_else(const std::string& text, size_t at, bool strict_family) const {
  // The nearest person named before the term: the child (name or pronoun), or a family
  // member or friend (a family word, or a name the plan gave one). Professionals ("Dr
  // Nair") neither make the term theirs nor hide the child.
  static const RE2 pronoun("(?i)\\b(?:he|she|him|his|her|hers|they|them|their|i|me|my)\\b");
  size_t nearest_end = 0;
  bool nearest_is_other = false;
  auto consider = [&](size_t start, size_t length, bool other) {
    const size_t end = start + length;
    if (end > at) return;
    if (end > nearest_end || (end == nearest_end && other)) {
      nearest_end = end;
      nearest_is_other = other;
    }
  };
  for_each_match(family_, text, [&](size_t s, size_t l) { consider(s, l, true); });
  re2::StringPiece found;
  size_t pos = 0;
  while (pos < at && pronoun.Match(text, pos, at, RE2::UNANCHORED, &found, 1)) {
    const size_t s = static_cast<size_t>(found.data() - text.data());
    consider(s, found.size(), false);
    pos = s + std::max<size_t>(1, found.size());
  }
  auto names = [&](const std::set<std::string>& set, bool other) {
    for (const std::string& name : set) {
      if (name.empty()) continue;
      size_t p = 0;
      while ((p = text.find(name, p)) != std::string::npos && p < at) {
        const bool starts = p == 0 || !std::isalnum(static_cast<unsigned char>(text[p - 1]));
        const size_t e = p + name.size();
        const bool ends = e >= text.size() || !std::isalnum(static_cast<unsigned char>(text[e]));
        if (starts && ends) consider(p, name.size(), other);
        p = e;
      }
    }
  };
  names(people_.child, false);
  names(people_.others, true);
  if (!nearest_is_other) return false;
  if (strict_family) return true;
  // Less strictly: only when the term is what that person is ("Mum is a social worker",
  // "his uncle, a social worker"), not what they asked for ("Mum asked for short breaks").
  static const RE2 is_a("^\\s*(?:'s\\s+)?(?:,\\s*)?(?:who\\s+)?(?:is|was|works\\s+as|worked\\s+as|has\\s+been)?\\s*(?:an?|the)?\\s*$");
  return RE2::FullMatch(text.substr(nearest_end, at - nearest_end), is_a);
}

std::optional<std::string> ContextReader::find(const LexiconMatchers& terms, const Clause& clause,
                                               bool strict_family) const {
  if (clause.question || past(clause.folded)) return std::nullopt;
  const std::string& text = clause.folded;
  auto match = first_pattern_match(terms.patterns, terms.excludes, text, [&](size_t at, size_t length) {
    return negated(text, at, length) || about_someone_else(text, at, strict_family);
  });
  if (!match) return std::nullopt;
  return match->text;
}

std::optional<Mention> ContextReader::first_mention(const LexiconMatchers& terms, const std::vector<Clause>& clauses,
                                                    bool strict_family) const {
  for (const Clause& c : clauses) {
    if (says_none(c)) continue;
    if (auto m = find(terms, c, strict_family)) return Mention{*m, &c};
  }
  return std::nullopt;
}

std::vector<Clause> section_clauses(const Plan& plan, const std::string& code) {
  const Section* s = plan.section(code);
  if (!s) return {};
  return clauses_of(content_units(plan, *s), code);
}

bool provides_anything(const Plan& plan, const std::string& code, const ContextReader& reader) {
  for (const Item& item : plan.items) {
    if (item.kind != ItemKind::provision) continue;
    const bool in_scope = item.section == code || (item.section == "H" && (code == "H1" || code == "H2"));
    if (!in_scope) continue;
    for (const Clause& c : clauses_of_text(item.text, code, item.location)) {
      if (!c.question && !reader.says_none(c)) return true;
    }
  }
  return false;
}

}  // namespace ehcpqa::predicates::health_care

namespace ehcpqa::predicates {
namespace {

using namespace health_care;

// What a section says, for a finding's evidence: its words, shortened.
std::string what_it_says(const Plan& plan, const std::string& code) {
  const Section* s = plan.section(code);
  if (!s) return {};
  std::string said;
  for (const Unit* u : content_units(plan, *s)) said += (said.empty() ? "" : " ") + text::tidy(u->text);
  if (said.size() > 240) said = said.substr(0, 237) + "...";
  return said;
}

std::string shortened(std::string sentence) {
  if (sentence.size() > 200) sentence = sentence.substr(0, 197) + "...";
  return sentence;
}

// A needs section that records nothing: the sentence that says so (or nothing, when the
// section is blank). Empty when the section says something else: it is not boilerplate.
std::optional<const Clause*> boilerplate(const std::vector<Clause>& clauses, const ContextReader& reader) {
  if (clauses.empty()) return nullptr;
  for (const Clause& c : clauses) {
    if (reader.says_none(c)) return &c;
  }
  return std::nullopt;
}

// A needs section (`code`) that records none, by `said` (or by being blank, at `heading`),
// while `mention` names such a need elsewhere in the plan.
Hit unrecorded_need(const std::string& code, const Clause* said, const Location& heading, const Mention& mention) {
  return Hit{code, said ? said->sentence : "", said ? said->location : heading,
             {{"match", mention.match}, {"where", mention.clause->section}, {"mention", shortened(mention.clause->sentence)}}};
}

// The first mention of a term, in context, in every section but `skip`, in document order.
std::optional<Mention> mention_elsewhere(const Plan& plan, const std::vector<std::string>& skip,
                                         const LexiconMatchers& terms, const ContextReader& reader,
                                         bool strict_family, std::vector<Clause>& storage) {
  for (const Section& s : plan.sections) {
    const std::string code = s.code == "H" ? "H1" : s.code;
    if (std::find(skip.begin(), skip.end(), code) != skip.end()) continue;
    storage = clauses_of(content_units(plan, s), code);
    if (auto m = reader.first_mention(terms, storage, strict_family)) return m;
  }
  return std::nullopt;
}

// The health need Section C records: a condition, treatment or therapy; or a health
// professional, when C does not also say there are no needs ("no health needs; his GP
// confirmed this").
std::optional<Mention> health_need_in_c(const RuleContext& ctx, const ContextReader& reader,
                                        const std::vector<Clause>& in_c) {
  if (auto m = reader.first_mention(lexicon(ctx, "health-indicators"), in_c, true)) return m;
  for (const Clause& c : in_c) {
    if (reader.says_none(c)) return std::nullopt;
  }
  return reader.first_mention(lexicon(ctx, "health-professionals"), in_c, true);
}

void health_needs_unrecorded(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Section* c = ctx.plan.section("C");
  if (!c) return;  // structure.section-missing reports it
  const People people = people_of(ctx.plan, lexicon(ctx, "no-needs-family"));
  const ContextReader reader(ctx, people);
  const std::vector<Clause> in_c = section_clauses(ctx.plan, "C");
  if (health_need_in_c(ctx, reader, in_c)) return;  // C records a need
  const auto none = boilerplate(in_c, reader);
  if (!none) return;
  // Section K's list of advice is left out: every plan has medical advice.
  std::vector<Clause> storage;
  auto m = mention_elsewhere(ctx.plan, {"C", "K"}, lexicon(ctx, "health-indicators"), reader, true, storage);
  if (!m) m = mention_elsewhere(ctx.plan, {"C", "K"}, lexicon(ctx, "health-professionals"), reader, true, storage);
  if (m) hits.push_back(unrecorded_need("C", *none, c->heading, *m));
}

void health_provision_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Section* g = ctx.plan.section("G");
  if (!g) return;  // structure.section-missing reports it
  const People people = people_of(ctx.plan, lexicon(ctx, "no-needs-family"));
  const ContextReader reader(ctx, people);
  const std::vector<Clause> in_c = section_clauses(ctx.plan, "C");
  const auto need = health_need_in_c(ctx, reader, in_c);
  if (!need || provides_anything(ctx.plan, "G", reader)) return;
  hits.push_back(Hit{"G", what_it_says(ctx.plan, "G"), g->heading,
                     {{"match", need->match}, {"need", shortened(need->clause->sentence)}}});
}

// Whether Section D records a social care need: a social care term, or a word that in D
// names a care need, said of the child now.
std::optional<Mention> social_care_need(const RuleContext& ctx, const ContextReader& reader,
                                        const std::vector<Clause>& in_d) {
  if (auto m = reader.first_mention(lexicon(ctx, "social-care-indicators"), in_d, false)) return m;
  return reader.first_mention(lexicon(ctx, "social-care-needs"), in_d, false);
}

void social_care_needs_unrecorded(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Section* d = ctx.plan.section("D");
  if (!d) return;
  const People people = people_of(ctx.plan, lexicon(ctx, "no-needs-family"));
  const ContextReader reader(ctx, people);
  const std::vector<Clause> in_d = section_clauses(ctx.plan, "D");
  if (social_care_need(ctx, reader, in_d)) return;
  const auto none = boilerplate(in_d, reader);
  if (!none) return;
  const LexiconMatchers& terms = lexicon(ctx, "social-care-indicators");
  // Section K counts by who gave the advice ("Ms Reid, social worker"), not by its title:
  // every plan lists social care advice, often "no involvement".
  std::vector<Clause> storage;
  auto m = mention_elsewhere(ctx.plan, {"D", "K"}, terms, reader, false, storage);
  std::vector<Clause> authors;
  if (!m) {
    for (const Advice& a : ctx.plan.advice) {
      for (Clause& c : clauses_of_text(a.author, "K", a.location)) authors.push_back(std::move(c));
    }
    m = reader.first_mention(terms, authors, false);
  }
  if (m) hits.push_back(unrecorded_need("D", *none, d->heading, *m));
}

void social_care_provision_missing(const RuleContext& ctx, std::vector<Hit>& hits) {
  const Section* h1 = ctx.plan.section("H1");
  const Section* h2 = ctx.plan.section("H2");
  if (!h1 && !h2) return;  // structure.section-missing reports them
  const People people = people_of(ctx.plan, lexicon(ctx, "no-needs-family"));
  const ContextReader reader(ctx, people);
  const std::vector<Clause> in_d = section_clauses(ctx.plan, "D");  // the need points into it
  const auto need = social_care_need(ctx, reader, in_d);
  if (!need) return;
  if (provides_anything(ctx.plan, "H1", reader) || provides_anything(ctx.plan, "H2", reader)) return;
  const Section* at = h1 ? h1 : h2;
  hits.push_back(Hit{"H1", what_it_says(ctx.plan, h1 ? "H1" : "H2"), at->heading,
                     {{"match", need->match}, {"need", shortened(need->clause->sentence)}}});
}

std::vector<std::string> with_context(std::vector<std::string> names) {
  for (const std::string& n : needs_context_lexicons()) names.push_back(n);
  return names;
}

}  // namespace

void register_health_care(PredicateRegistry& registry) {
  registry.add("health_needs_unrecorded", health_needs_unrecorded, with_context({"health-indicators", "health-professionals"}));
  registry.add("health_provision_missing", health_provision_missing, with_context({"health-indicators", "health-professionals"}));
  registry.add("social_care_needs_unrecorded", social_care_needs_unrecorded,
               with_context({"social-care-indicators", "social-care-needs"}));
  registry.add("social_care_provision_missing", social_care_provision_missing,
               with_context({"social-care-indicators", "social-care-needs"}));
}

}  // namespace ehcpqa::predicates
