// Reading Section A as a QA officer does: whose view each sentence gives (the child's or
// young person's own, or a parent's or professional's), and which sentences state hopes
// for the future. Shared by voice.child-absent and pfa.young-person-voice (own voice) and
// by voice.aspirations-missing and outcomes.not-aspirational (aspirations).
//
// Context decides, not single words:
//   - quotation marks: words in quotes belong to whoever the sentence says spoke them
//     ("Zoë told her teacher: “I like the sand”" is Zoë's; "Mrs Farrow said: “I worry”" is
//     her mother's), and a quotation of the child relayed by a parent is still the child's
//     own words;
//   - reported views: "Sam likes trains" is Sam's view, but "Mum says Sam likes trains" is
//     Mum's account of him, and so is anything under a sub-heading such as "Parent's views";
//   - names: the child is known by the first and preferred names in the front matter; the
//     family members and professionals the plan introduces ("his mum, Sandra", "Mr Kemp",
//     "Priya and Sunil say") are other people, and "he"/"she" is resolved to the nearest
//     person it can refer to;
//   - negation ("Maisie cannot yet tell us her views", "he does not know what he wants to
//     do") and past history ("used to want to be", "at his last review") do not count.
#pragma once

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "checks/predicate.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace ehcpqa::predicates::voice {

// Every match of every pattern of a lexicon that no exclude removes, in text order.
struct Match {
  size_t offset = 0;
  size_t length = 0;
  std::string group;  // the pattern's first named group, or ""
};
inline std::vector<Match> all_matches(const LexiconMatchers& lexicon, const std::string& text) {
  std::vector<Match> out;
  for (const Matcher& m : lexicon.patterns) {
    std::string group;
    const auto& names = m.pattern->CapturingGroupNames();
    if (!names.empty()) group = names.begin()->second;
    re2::StringPiece found;
    size_t pos = 0;
    while (pos <= text.size() && m.pattern->Match(text, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
      const size_t start = static_cast<size_t>(found.data() - text.data());
      bool excluded = false;
      for (const Matcher& x : lexicon.excludes) excluded = excluded || RE2::FullMatch(found, *x.pattern);
      if (!excluded) out.push_back(Match{start, found.size(), group});
      pos = start + std::max<size_t>(1, found.size());
    }
  }
  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.offset < b.offset; });
  return out;
}

// Whether the lexicon matches `text` right at its start (view verbs after a name).
inline bool matches_at_start(const LexiconMatchers& lexicon, const std::string& text) {
  for (const Matcher& m : lexicon.patterns) {
    if (m.pattern->Match(text, 0, text.size(), RE2::ANCHOR_START, nullptr, 0)) return true;
  }
  return false;
}

// The names the plan calls the child by: the first word of the full name and the
// preferred name. The surname is left out: parents share it ("Claire and Dave Brennan").
inline std::vector<std::string> child_names(const Plan& plan) {
  std::vector<std::string> out;
  auto add_first = [&](const std::string& full) {
    const std::string t = text::tidy(full);
    const size_t end = t.find_first_of(" (,");
    const std::string first = t.substr(0, end);
    if (first.size() > 1 && std::find(out.begin(), out.end(), first) == out.end()) out.push_back(first);
  };
  if (plan.front.name) add_first(plan.front.name->value);
  if (plan.front.preferred_name) add_first(plan.front.preferred_name->value);
  if (!out.empty()) return out;
  // No name in the front matter (or not read): the name that most often does something in
  // Sections B to F ("Declan has", "Declan will") is the child's.
  static const RE2 doer("(\\p{Lu}\\p{Ll}+)\\s+(?:will|has|is|finds|can|reads|uses|needs|becomes|takes|likes)\\b");
  static const RE2 not_a_name("^(?:The|This|That|There|It|He|She|They|We|His|Her|Their|What|Who|Which|Each|Every|All|No|Support|Provision|Staff|School|College)$");
  std::map<std::string, int> counts;
  for (const Unit& u : plan.units) {
    if (u.section.empty() || u.section[0] < 'B' || u.section[0] > 'F') continue;
    re2::StringPiece in(u.text);
    std::string word;
    while (RE2::FindAndConsume(&in, doer, &word)) {
      if (!RE2::FullMatch(word, not_a_name)) ++counts[word];
    }
  }
  std::string best;
  for (const auto& [word, n] : counts) {
    if (n >= 3 && (best.empty() || n > counts[best])) best = word;
  }
  if (!best.empty()) out.push_back(best);
  return out;
}

enum class Gender { unknown, male, female };

// The child's pronouns, from the sections about them (B to F), where "he"/"she" is
// nearly always the child.
inline Gender child_gender(const Plan& plan) {
  static const RE2 male("(?i)\\b(?:he|him|his|himself)\\b");
  static const RE2 female("(?i)\\b(?:she|her|hers|herself)\\b");
  int m = 0, f = 0;
  for (const Unit& u : plan.units) {
    if (u.section.empty() || u.section[0] < 'B' || u.section[0] > 'F') continue;
    re2::StringPiece in(u.text);
    while (RE2::FindAndConsume(&in, male)) ++m;
    in = re2::StringPiece(u.text);
    while (RE2::FindAndConsume(&in, female)) ++f;
  }
  if (m > 2 * f && m > 0) return Gender::male;
  if (f > 2 * m && f > 0) return Gender::female;
  return Gender::unknown;
}

struct Lexicons {
  const LexiconMatchers& others;        // voice-others
  const LexiconMatchers& first_person;  // voice-first-person
  const LexiconMatchers& view_verbs;    // voice-view-verbs
  const LexiconMatchers& speech_verbs;  // voice-speech-verbs
  const LexiconMatchers& reporting;     // voice-reporting
  const LexiconMatchers& no_view;       // voice-no-view
  const LexiconMatchers& past;          // voice-past
};
inline const std::vector<std::string>& lexicon_names() {
  static const std::vector<std::string> names{"voice-others", "voice-first-person", "voice-view-verbs",
                                              "voice-speech-verbs", "voice-reporting", "voice-no-view",
                                              "voice-past"};
  return names;
}
inline Lexicons lexicons_of(const Rule& rule) {
  return Lexicons{rule_lexicon(rule, "voice-others"),       rule_lexicon(rule, "voice-first-person"),
                  rule_lexicon(rule, "voice-view-verbs"),   rule_lexicon(rule, "voice-speech-verbs"),
                  rule_lexicon(rule, "voice-reporting"),    rule_lexicon(rule, "voice-no-view"),
                  rule_lexicon(rule, "voice-past")};
}

// A unit that labels what follows rather than saying anything: a heading, an area title,
// or a short line without closing punctuation ("Declan's views", "Strengths").
inline bool is_label(const Unit& u) {
  if (u.heading_level > 0 || u.role != UnitRole::content) return true;
  if (u.list_level >= 0) return false;
  const std::string t = text::tidy(u.text);
  if (t.empty()) return true;
  const char last = t.back();
  return text::word_count(t) <= 6 && last != '.' && last != '!' && last != '?' && last != '"';
}

// A sentence of Section A with what surrounds it.
struct ASentence {
  std::string text;    // as written
  std::string masked;  // the same bytes with the words inside quotation marks blanked
  const Unit* unit = nullptr;
  bool others_block = false;  // under a sub-heading for someone else's views
  struct Quote {
    size_t open = 0, close = 0;  // the quoted words: [open, close) in `text`
  };
  std::vector<Quote> quotes;
};

// The quoted stretches of a unit: “...” and "..." (a quotation left open runs to the end).
inline std::vector<ASentence::Quote> quotations(const std::string& text) {
  std::vector<ASentence::Quote> out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t straight = text.find('"', pos);
    const size_t curly = text.find("\xE2\x80\x9C", pos);
    if (straight == std::string::npos && curly == std::string::npos) break;
    const bool is_curly = curly < straight;
    const size_t open = (is_curly ? curly + 3 : straight + 1);
    size_t close = text.find(is_curly ? "\xE2\x80\x9D" : "\"", open);
    if (close == std::string::npos) close = text.size();
    out.push_back(ASentence::Quote{open, close});
    pos = close + (is_curly ? 3 : 1);
  }
  return out;
}

// Section A's sentences in order, quotations kept inside the sentence that introduces them.
inline std::vector<ASentence> section_a_sentences(const Plan& plan, const LexiconMatchers& others) {
  std::vector<ASentence> out;
  const Section* a = plan.section("A");
  if (!a) return out;
  bool others_block = false;
  for (const Unit* u : plan.units_of(*a)) {
    if (is_label(*u)) {
      // "Parent's views", "Views of school", "My mum's views": what follows is theirs.
      others_block = lexicon_matches(others, u->text);
      continue;
    }
    const std::string& text = u->text;
    // A paragraph led by its own short label ("Mum's views: ...", "About me: ...") is
    // read under that label.
    static const RE2 inline_label("^([^:.!?\"]{1,40}):\\s");
    static const RE2 label_words("(?i)\\b(?:views?|comments?|thoughts|opinions?|about|contribution|say|says)\\b");
    std::string label;
    const bool labelled = RE2::PartialMatch(text, inline_label, &label) && text::word_count(label) <= 5 &&
                          RE2::PartialMatch(label, label_words);
    const bool unit_others = labelled ? lexicon_matches(others, label) : others_block;
    const auto quotes = quotations(text);
    std::string masked = text;
    for (const auto& q : quotes) {
      // A full stop closing the quotation is kept, so that the sentence ends there.
      size_t end = q.close;
      if (end > q.open && (text[end - 1] == '.' || text[end - 1] == '!' || text[end - 1] == '?')) --end;
      for (size_t i = q.open; i < end; ++i) masked[i] = 'x';
    }
    for (const text::Span& s : text::sentences(masked)) {
      ASentence sentence;
      sentence.text = text.substr(s.offset, s.length);
      sentence.masked = masked.substr(s.offset, s.length);
      sentence.unit = u;
      sentence.others_block = unit_others;
      for (const auto& q : quotes) {
        if (q.open >= s.offset && q.open < s.offset + s.length) {
          sentence.quotes.push_back({q.open - s.offset, std::min(q.close, s.offset + s.length) - s.offset});
        }
      }
      out.push_back(std::move(sentence));
    }
  }
  return out;
}

// Who a mention in a sentence is.
enum class Who { nobody, child, other };
struct Mention {
  size_t offset = 0, end = 0;
  Who who = Who::nobody;
  Gender gender = Gender::unknown;
  bool group = false;    // "parents", "school": only "they" refers to them
  bool pronoun = false;  // he / she, resolved
};

inline bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }
inline bool possessive_at(const std::string& s, size_t end) {
  return s.compare(end, 2, "'s") == 0 || s.compare(end, 4, "\xE2\x80\x99s") == 0;
}

// Reads whose view each sentence gives, keeping track of who "he" and "she" are.
class VoiceReader {
 public:
  VoiceReader(const Plan& plan, const Lexicons& lex)
      : lex_(lex), names_(child_names(plan)), gender_(child_gender(plan)) {}

  // The people named in a sentence (its masked text), pronouns resolved, in order.
  std::vector<Mention> mentions(const std::string& s) {
    std::vector<Mention> out;
    for (const std::string& name : names_) {
      size_t pos = 0;
      while ((pos = s.find(name, pos)) != std::string::npos) {
        const size_t end = pos + name.size();
        const bool whole = (pos == 0 || !is_word_char(s[pos - 1])) && (end >= s.size() || !is_word_char(s[end]));
        if (whole && !possessive_at(s, end)) out.push_back(Mention{pos, end, Who::child, gender_, false, false});
        pos = end;
      }
    }
    for (const Match& m : all_matches(lex_.others, s)) {
      const size_t end = m.offset + m.length;
      if (possessive_at(s, end)) continue;  // "Mum's views" names what follows, not a speaker
      Mention mention{m.offset, end, Who::other, Gender::unknown, m.group == "group", false};
      if (m.group == "female") mention.gender = Gender::female;
      if (m.group == "male") mention.gender = Gender::male;
      out.push_back(mention);
    }
    // A capitalised name just before a reporting verb that is not the child's:
    // "Sandra Whitfield describes", "Priya and Sunil say".
    static const RE2 name_before("((?:\\p{Lu}[\\p{L}'’-]+(?:\\s+and\\s+|\\s+)?)+),?\\s*$");
    static const RE2 function_word("^(?:When|If|The|His|Her|Their|They|He|She|It|I|At|In|On|This|That|My|We|Our|And|But|So|As|After|Before|Since|Then|Also|Now|What|How|Who)\\b");
    for (const Match& v : all_matches(lex_.reporting, s)) {
      std::string before = s.substr(0, v.offset);
      std::string words;
      if (!RE2::PartialMatch(before, name_before, &words)) continue;
      bool is_child = false;
      for (const std::string& name : names_) is_child = is_child || words.find(name) != std::string::npos;
      if (is_child || RE2::PartialMatch(words, function_word)) continue;
      const size_t at = before.rfind(words);
      out.push_back(Mention{at, at + words.size(), Who::other, Gender::unknown, false, false});
    }
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.offset < b.offset; });
    // Pronouns, resolved in order to the nearest earlier mention they can refer to, or to
    // the subject of the sentence before.
    static const RE2 pronoun("(?i)\\b(he|she)\\b");
    re2::StringPiece in(s), word;
    while (RE2::FindAndConsume(&in, pronoun, &word)) {
      const size_t at = static_cast<size_t>(word.data() - s.data());
      const Gender g = (word.size() == 2) ? Gender::male : Gender::female;
      Mention p{at, at + word.size(), Who::nobody, g, false, true};
      // A family member or professional of that sex named just before wins ("His mum,
      // Jo, says she..."); else the child, when the sentence is about them or they were
      // its subject before ("Sam's views were gathered by his key worker; he pointed to
      // the swings"); else anyone else it can refer to.
      const Mention* nearest = nullptr;
      const Mention* gendered = nullptr;
      for (const Mention& m : out) {
        if (m.offset >= at || !fits(m, g)) continue;
        nearest = &m;
        gendered = (m.who == Who::other && m.gender == g) ? &m : gendered;
      }
      const bool child_fits = gender_ == Gender::unknown || gender_ == g;
      const bool about_child = names_child(s.substr(0, at)) ||
                               (last_subject_ && last_subject_->who == Who::child);
      if (gendered && gendered == nearest) p.who = Who::other;
      else if (child_fits && about_child) p.who = Who::child;
      else if (nearest) p.who = nearest->who;
      else if (last_subject_ && fits(*last_subject_, g)) p.who = last_subject_->who;
      out.push_back(p);
      std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.offset < b.offset; });
    }
    return out;
  }

  // Whether the text names the child, possessives included ("Sam's views").
  bool names_child(const std::string& text) const {
    for (const std::string& name : names_) {
      size_t pos = 0;
      while ((pos = text.find(name, pos)) != std::string::npos) {
        const size_t end = pos + name.size();
        if ((pos == 0 || !is_word_char(text[pos - 1])) && (end >= text.size() || !is_word_char(text[end]) ||
                                                          possessive_at(text, end))) {
          return true;
        }
        pos = end;
      }
    }
    return false;
  }

  // Whether the sentence gives the child's own view, and moves on to the next sentence.
  bool own_view(const ASentence& sentence) {
    const std::vector<Mention> people = mentions(sentence.masked);
    const bool own = quoted_child(sentence, people) || first_person(sentence) || reported_view(sentence, people);
    for (const Mention& m : people) {
      if (m.who != Who::nobody && !m.group) {
        last_subject_ = m;  // the first person named is the subject "he"/"she" goes back to
        break;
      }
    }
    return own;
  }

 private:
  bool fits(const Mention& m, Gender g) const {
    if (m.group || m.who == Who::nobody) return false;
    return m.gender == Gender::unknown || m.gender == g;
  }

  // The person doing the verb at `verb`: the one named right before it ("Sam said",
  // "his tutor, Mr Kemp, reports"), else the sentence's subject.
  static const Mention* doer(const std::vector<Mention>& people, const std::string& s, size_t verb) {
    const Mention* nearest = nullptr;
    for (const Mention& m : people) {
      if (m.end <= verb) nearest = &m;
    }
    if (nearest) {
      const std::string between = s.substr(nearest->end, verb - nearest->end);
      static const RE2 adjacent("^[\\s,]*(?:\\w+ly\\s+|also\\s+|then\\s+|once\\s+)?$");
      if (RE2::FullMatch(between, adjacent)) return nearest;
    }
    for (const Mention& m : people) {
      if (m.offset < verb && m.who != Who::nobody) return &m;
    }
    return nullptr;
  }

  // Words in quotation marks spoken by the child: introduced by a speech verb the child
  // does, or, with no speaker given, in the first person outside anyone else's views.
  bool quoted_child(const ASentence& sentence, const std::vector<Mention>& people) const {
    if (lexicon_matches(lex_.past, sentence.masked)) return false;
    for (const auto& q : sentence.quotes) {
      const std::string before = sentence.masked.substr(0, q.open);
      std::vector<Match> verbs = all_matches(lex_.speech_verbs, before);
      if (!verbs.empty()) {
        const Mention* who = doer(people, sentence.masked, verbs.back().offset);
        if (who && who->who == Who::child) return true;
        if (who) continue;
      }
      // '"I like Lego," said Sam.'
      const std::string after = sentence.masked.substr(std::min(q.close + 1, sentence.masked.size()));
      bool attributed_after = false;
      for (const Match& v : all_matches(lex_.speech_verbs, after)) {
        if (v.offset > 6) break;
        for (const Mention& m : people) {
          if (m.offset > q.close && m.offset <= q.close + 1 + v.offset + v.length + 3) {
            attributed_after = true;
            if (m.who == Who::child) return true;
          }
        }
      }
      if (attributed_after || sentence.others_block) continue;
      if (lexicon_matches(lex_.first_person, sentence.text.substr(q.open, q.close - q.open))) return true;
    }
    return false;
  }

  // The child writing in the first person, outside quotations and outside a sub-heading
  // for someone else's views.
  bool first_person(const ASentence& sentence) const {
    return !sentence.others_block && lexicon_matches(lex_.first_person, sentence.masked);
  }

  // "Sam told us he likes...", "Maisie likes water play": the child's view, reported, as
  // long as nobody else is reporting it ("Mum says Sam likes...") and it is not negated
  // ("Sam has not told us...") or history ("Sam used to like...").
  bool reported_view(const ASentence& sentence, const std::vector<Mention>& people) const {
    if (sentence.others_block) return false;
    const std::string& s = sentence.masked;
    if (lexicon_matches(lex_.no_view, s) || lexicon_matches(lex_.past, s)) return false;
    for (const Mention& m : people) {
      if (m.who != Who::child) continue;
      if (!matches_at_start(lex_.view_verbs, s.substr(m.end))) continue;
      if (lexicon_matches(lex_.reporting, s.substr(0, m.offset))) return false;
      return true;
    }
    return false;
  }

  const Lexicons& lex_;
  std::vector<std::string> names_;
  Gender gender_;
  std::optional<Mention> last_subject_;
};

// The first sentence of Section A that gives the child's own view, if any.
inline std::optional<ASentence> first_own_view(const Plan& plan, const Lexicons& lex) {
  VoiceReader reader(plan, lex);
  for (const ASentence& s : section_a_sentences(plan, lex.others)) {
    if (reader.own_view(s)) return s;
  }
  return std::nullopt;
}

// A hope for the future stated in Section A, by the child or the parents.
struct Aspiration {
  std::string sentence;  // the whole sentence, as written
  std::string hope;      // the words from the marker on ("to work with animals, perhaps as a vet")
  const Unit* unit = nullptr;
};

// Hopes in Section A: sentences with an aspiration marker that is neither negated within
// its clause nor history.
inline std::vector<Aspiration> aspirations(const Plan& plan, const LexiconMatchers& others,
                                           const LexiconMatchers& markers, const LexiconMatchers& negation,
                                           const LexiconMatchers& past) {
  std::vector<Aspiration> out;
  static const RE2 boundary("(?i)(?:[;,.:]|\\band\\b|\\bbut\\b)");
  for (const ASentence& s : section_a_sentences(plan, others)) {
    for (const Match& m : all_matches(markers, s.text)) {
      // The clause the marker is in, up to the marker.
      size_t clause = 0;
      re2::StringPiece found;
      size_t pos = 0;
      while (pos < m.offset && boundary.Match(s.text, pos, m.offset, RE2::UNANCHORED, &found, 1)) {
        clause = static_cast<size_t>(found.data() - s.text.data()) + found.size();
        pos = clause > pos ? clause : pos + 1;
      }
      const std::string before = s.text.substr(clause, m.offset - clause);
      if (lexicon_matches(negation, before)) continue;
      if (lexicon_matches(past, s.text.substr(clause, m.offset + m.length - clause))) continue;
      // The hope runs to the end of its sentence, even inside a quotation ("I want to be a
      // chef. School is boring." hopes for a job, not for school).
      static const RE2 sentence_end("[.!?](?:\\s|\"|\xE2\x80\x9D|$)");
      re2::StringPiece end;
      std::string hope = s.text.substr(m.offset);
      if (sentence_end.Match(hope, 0, hope.size(), RE2::UNANCHORED, &end, 1)) {
        hope = hope.substr(0, static_cast<size_t>(end.data() - hope.data()) + 1);
      }
      out.push_back(Aspiration{text::tidy(s.text), text::tidy(hope), s.unit});
      break;
    }
  }
  return out;
}

}  // namespace ehcpqa::predicates::voice
