// Copy-and-paste signs: other people's names and mixed pronouns.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <re2/re2.h>

#include "checks/predicates/groups.h"
#include "checks/predicates/plan_sentences.h"
#include "text/normalize.h"

namespace ehcpqa::predicates {
namespace {

// A capitalised word that the first-name lexicon knows ("Jordan"), at `word`.
bool is_first_name(const LexiconMatchers& names, const std::string& word) {
  if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return false;
  for (const Matcher& m : names.patterns) {
    if (RE2::FullMatch(word, *m.pattern)) return true;
  }
  return false;
}

struct NameAt {
  std::string name;
  size_t at;
};

// Every capitalised word of `text` the lexicon knows as a first name.
std::vector<NameAt> names_in(const LexiconMatchers& names, const std::string& text) {
  static const RE2 word("(\\p{Lu}[\\p{L}'-]*\\p{L}|\\p{Lu})");
  std::vector<NameAt> out;
  re2::StringPiece input(text), found;
  size_t pos = 0;
  while (pos < text.size() && word.Match(input, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
    const size_t at = static_cast<size_t>(found.data() - text.data());
    std::string w(found);
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
    const bool starts_word = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    if (starts_word && is_first_name(names, w)) out.push_back(NameAt{w, at});
    pos = at + found.size();
  }
  return out;
}

// The clause before position `at`, up to its last four words ("her mum and dad, Laura and").
std::string words_before(const std::string& text, size_t at) {
  std::string before = text.substr(0, at);
  const size_t stop = before.find_last_of(".;:!?|");
  if (stop != std::string::npos) before = before.substr(stop + 1);
  int words = 0;
  size_t i = before.size();
  while (i > 0) {
    --i;
    if (before[i] == ' ' && i + 1 < before.size() && before[i + 1] != ' ' && ++words == 5) break;
  }
  return before.substr(i);
}

// Names the plan introduces as other people: with a title ("Dr Omar Siddiqui"), with a
// surname ("Kelly Thompson"), or next to a word for a relation, a role or a pet ("her
// brother Imran", "Jade (key person)", "Laura and Ben, her parents").
std::set<std::string> introduced_names(const Plan& plan, const LexiconMatchers& names, const LexiconMatchers& people) {
  static const RE2 surname("^\\s+\\p{Lu}\\p{Ll}[\\p{L}'-]+");
  static const RE2 described("^(?:\\s+and\\s+\\p{Lu}\\p{L}+)?\\s*[,(\\-]\\s*([^,.;)]{1,40})");
  std::set<std::string> out;
  for (const Unit& unit : plan.units) {
    const std::string text = text::tidy(unit.text);
    for (const NameAt& n : names_in(names, text)) {
      const std::string after = text.substr(n.at + n.name.size());
      std::string description;
      const bool by_surname = RE2::PartialMatch(after, surname);
      const bool by_description = RE2::PartialMatch(after, described, &description) && lexicon_matches(people, description);
      if (by_surname || by_description || lexicon_matches(people, words_before(text, n.at))) out.insert(n.name);
    }
  }
  return out;
}

// Where a sentence puts a person as its subject: at its start, after a leading time frame
// ("By July 2027, Chloe will"), or at the start of a table cell, followed by a verb.
std::vector<NameAt> subjects_in(const LexiconMatchers& names, const std::string& sentence) {
  static const RE2 subject(
      "(?:^|\\|\\s*|^[^,|]{0,60},\\s+)(\\p{Lu}[\\p{L}'-]*?)(?:'s)?\\s+(?:will|is|has|can|cannot|can't|does|doesn't|needs|finds|"
      "uses|likes|enjoys|would|should|must|was|gets|reads|writes|attends|goes|continues|wants|says|told|shows|"
      "understands|struggles|becomes|responds|communicates|prefers|lives|loves|knows|to)\\b");
  std::vector<NameAt> out;
  re2::StringPiece input(sentence);
  size_t pos = 0;
  while (pos < sentence.size()) {
    re2::StringPiece groups[2];
    if (!subject.Match(input, pos, sentence.size(), RE2::UNANCHORED, groups, 2)) break;
    const std::string w(groups[1]);
    const size_t at = static_cast<size_t>(groups[1].data() - sentence.data());
    if (is_first_name(names, w)) out.push_back(NameAt{w, at});
    pos = static_cast<size_t>(groups[0].data() - sentence.data()) + std::max<size_t>(1, groups[0].size());
  }
  return out;
}

void other_name(const RuleContext& ctx, std::vector<Hit>& hits) {
  const LexiconMatchers& names = rule_lexicon(ctx.rule, "first-names");
  const LexiconMatchers& people = rule_lexicon(ctx.rule, "consistency-other-people");
  const std::vector<ScopedSentence> sentences = sentences_in_scope(ctx);
  std::vector<std::string> child = child_names(ctx.plan);
  if (child.empty()) {
    // No name in the front matter: the child is whoever the plan most often makes its subject.
    std::map<std::string, int> count;
    for (const ScopedSentence& s : sentences) {
      for (const NameAt& n : subjects_in(names, s.text)) ++count[n.name];
    }
    auto most = std::max_element(count.begin(), count.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (most == count.end()) return;
    child.push_back(most->first);
  }
  const std::set<std::string> introduced = introduced_names(ctx.plan, names, people);
  const std::string child_name = child_first_name(ctx.plan).empty() ? child.front() : child_first_name(ctx.plan);
  for (const ScopedSentence& s : sentences) {
    for (const NameAt& n : subjects_in(names, s.own)) {
      if (std::find(child.begin(), child.end(), n.name) != child.end() || introduced.count(n.name)) continue;
      hits.push_back(Hit{s.code, s.text, s.unit->location, {{"name", n.name}, {"child", child_name}, {"sentence", s.text}}});
      break;  // one finding per sentence
    }
  }
}

// ---- consistency.pronoun-mixed ------------------------------------------------------------

struct PronounCount {
  int he = 0, she = 0;
  std::string first_he, first_she;  // the first of each, as written
  size_t he_at = 0, she_at = 0;      // and where it is
};

PronounCount count_pronouns(const std::string& text) {
  static const RE2 pronoun("(?i)\\b(he|him|his|himself|she|her|hers|herself)\\b");
  PronounCount c;
  re2::StringPiece input(text), found;
  size_t pos = 0;
  while (pos < text.size() && pronoun.Match(input, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
    const std::string w = text::fold(std::string(found));
    const bool male = w == "he" || w == "him" || w == "his" || w == "himself";
    const size_t at = static_cast<size_t>(found.data() - text.data());
    if (male && c.he++ == 0) c.first_he = std::string(found), c.he_at = at;
    if (!male && c.she++ == 0) c.first_she = std::string(found), c.she_at = at;
    pos = at + found.size();
  }
  return c;
}

bool mentions(const std::string& text, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    const RE2 re("(?:^|[^\\p{L}])" + RE2::QuoteMeta(w) + "(?:$|[^\\p{L}])");
    if (RE2::PartialMatch(text, re)) return true;
  }
  return false;
}

// The people a sentence names, in order: the child (by any of their names), other first
// names, and words for relations, roles and titles.
struct Referent {
  size_t at;
  bool child;
};
std::vector<Referent> referents(const std::string& text, const LexiconMatchers& names, const LexiconMatchers& people,
                                const std::vector<std::string>& child) {
  std::vector<Referent> out;
  for (const std::string& c : child) {
    const RE2 re("(?:^|[^\\p{L}])(" + RE2::QuoteMeta(c) + ")(?:$|[^\\p{L}])");
    re2::StringPiece input(text), groups[2];
    size_t pos = 0;
    while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, groups, 2)) {
      const size_t at = static_cast<size_t>(groups[1].data() - text.data());
      out.push_back(Referent{at, true});
      pos = at + groups[1].size();
    }
  }
  for (const NameAt& n : names_in(names, text)) {
    if (std::find(child.begin(), child.end(), n.name) == child.end()) out.push_back(Referent{n.at, false});
  }
  for (const Matcher& m : people.patterns) {
    re2::StringPiece input(text), found;
    size_t pos = 0;
    while (pos < text.size() && m.pattern->Match(input, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
      const size_t at = static_cast<size_t>(found.data() - text.data());
      out.push_back(Referent{at, false});
      pos = at + std::max<size_t>(1, found.size());
    }
  }
  return out;
}

void pronoun_mixed(const RuleContext& ctx, std::vector<Hit>& hits) {
  const LexiconMatchers& names = rule_lexicon(ctx.rule, "first-names");
  const LexiconMatchers& people = rule_lexicon(ctx.rule, "consistency-other-people");
  const LexiconMatchers& female = rule_lexicon(ctx.rule, "consistency-female-people");
  const LexiconMatchers& male = rule_lexicon(ctx.rule, "consistency-male-people");
  const std::vector<std::string> child = child_given_names(ctx.plan);
  if (child.empty()) return;
  const std::string first = child_first_name(ctx.plan).empty() ? child.front() : child_first_name(ctx.plan);
  // A sentence can only be read as about the child when nobody else is in it: no relation,
  // role or title, and no other first name.
  auto only_child = [&](const std::string& text) {
    if (lexicon_matches(people, text)) return false;
    for (const NameAt& n : names_in(names, text)) {
      if (std::find(child.begin(), child.end(), n.name) == child.end()) return false;
    }
    return true;
  };
  const std::vector<ScopedSentence> sentences = sentences_in_scope(ctx);
  // The child's pronouns: each sentence that names nobody but the child votes for the
  // pronouns it uses most; the one sentence that got them wrong is outvoted.
  int he = 0, she = 0;
  for (const ScopedSentence& s : sentences) {
    if (!only_child(s.own)) continue;
    const PronounCount c = count_pronouns(s.own);
    if (c.he > c.she) ++he;
    if (c.she > c.he) ++she;
  }
  if (he == she) return;  // none, or no clear majority: nothing to compare against
  const bool child_is_he = he > she;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const ScopedSentence& s = sentences[i];
    const PronounCount c = count_pronouns(s.own);
    const std::string& pronoun = child_is_he ? c.first_she : c.first_he;
    if ((child_is_he ? c.she : c.he) == 0) continue;
    // A woman or girl in the sentence may be the "she" (a man or boy the "he").
    if (lexicon_matches(child_is_he ? female : male, s.own)) continue;
    // Who the pronoun can stand for: the nearest person named before it in the sentence
    // ("Lucía keeps in his bag" is Lucía; "Sam's mum said she" is his mum).
    const size_t at = child_is_he ? c.she_at : c.he_at;
    const std::vector<Referent> people_here = referents(s.own, names, people, child);
    const Referent* nearest = nullptr;
    for (const Referent& r : people_here) {
      if (r.at < at && (!nearest || r.at > nearest->at)) nearest = &r;
    }
    bool about_child = false;
    if (nearest) {
      about_child = nearest->child;
    } else if (people_here.empty()) {
      // Nobody in the sentence: the pronoun continues the sentence before, within the same
      // table cell (a cell starts afresh) or else within the section. With no sentence
      // before, the child is the only person it can be.
      const ScopedSentence* previous = nullptr;
      if (i > 0 && sentences[i - 1].code == s.code && (s.unit->table < 0 || sentences[i - 1].unit == s.unit)) {
        previous = &sentences[i - 1];
      }
      if (!previous) {
        about_child = true;
      } else {
        const PronounCount p = count_pronouns(previous->own);
        about_child = only_child(previous->own) && (mentions(previous->own, child) || (child_is_he ? p.he : p.she) > 0);
      }
    }
    if (!about_child) continue;
    hits.push_back(Hit{s.code, s.text, s.unit->location,
                       {{"pronoun", pronoun}, {"usual", child_is_he ? "he" : "she"}, {"child", first}, {"sentence", s.text}}});
  }
}

}  // namespace

void register_consistency(PredicateRegistry& registry) {
  registry.add("consistency_other_name", other_name, {"first-names", "consistency-other-people"});
  registry.add("consistency_pronoun_mixed", pronoun_mixed,
               {"first-names", "consistency-other-people", "consistency-female-people", "consistency-male-people"});
}

}  // namespace ehcpqa::predicates
