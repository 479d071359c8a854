// Cross-section links: areas of need in B with outcomes in E and provision in F; aspiration and scope of outcomes.
#include "checks/predicates/groups.h"

#include <set>

#include "checks/predicates/voice_reading.h"
#include "text/normalize.h"

namespace ehcpqa::predicates {
namespace {

// The four broad areas of need of the SEND Code of Practice (6.28), by their keys in
// templates/areas.yaml, with the names messages use.
const std::vector<std::pair<std::string, std::string>>& broad_areas() {
  static const std::vector<std::pair<std::string, std::string>> areas{
      {"communication-interaction", "communication and interaction"},
      {"cognition-learning", "cognition and learning"},
      {"semh", "social, emotional and mental health"},
      {"sensory-physical", "sensory and/or physical"}};
  return areas;
}
bool is_broad_area(const std::string& key) {
  for (const auto& [k, name] : broad_areas()) {
    if (k == key) return true;
  }
  return false;
}

// The broad areas a text speaks of, by the area vocabulary (group names use '_').
std::set<std::string> areas_in_words(const LexiconMatchers& vocabulary, const std::string& text) {
  std::set<std::string> out;
  for (const voice::Match& m : voice::all_matches(vocabulary, text)) {
    std::string key = m.group;
    std::replace(key.begin(), key.end(), '_', '-');
    out.insert(key);
  }
  return out;
}

// The areas an item of E or F is about: the area the layout puts it in, or, when the
// layout names none (or a health, care or adulthood area), the areas its words speak of.
std::set<std::string> areas_of(const Item& item, const LexiconMatchers& vocabulary) {
  if (is_broad_area(item.area)) return {item.area};
  return areas_in_words(vocabulary, item.text);
}

// A sentence about a family member rather than the child ("Sam's brother Max is
// autistic", "His sister has hearing loss"): it starts with that relative and reports
// nothing about the child.
bool about_relative(const RuleContext& ctx, const std::string& sentence) {
  const LexiconMatchers& others = rule_lexicon(ctx.rule, "voice-others");
  const LexiconMatchers& reporting = rule_lexicon(ctx.rule, "voice-reporting");
  if (lexicon_matches(reporting, sentence)) return false;
  static const RE2 opening("^((?:\\S+\\s+){0,2})");
  re2::StringPiece head;
  if (!RE2::PartialMatch(sentence, opening, &head)) return false;
  for (const voice::Match& m : voice::all_matches(others, sentence)) {
    if ((m.group == "female" || m.group == "male") && m.offset <= head.size()) return true;
  }
  return false;
}

struct Need {
  std::string area;
  std::string words;  // the first sentence describing it
  Location location;
};

// The broad areas of need Section B describes, in order, each with its first sentence.
// Areas come from the layout's area titles; when B has none, from the words of its
// sentences. Template guidance, lines under a "Strengths" label, sentences recording no
// need (or a need that is over) and sentences about a relative do not count.
std::vector<Need> needs_in_b(const RuleContext& ctx) {
  std::vector<Need> out;
  const Section* b = ctx.plan.section("B");
  if (!b) return out;
  const LexiconMatchers& none = rule_lexicon(ctx.rule, "area-no-needs");
  const LexiconMatchers& guidance = rule_lexicon(ctx.rule, "area-guidance");
  const LexiconMatchers& vocabulary = rule_lexicon(ctx.rule, "area-vocabulary");
  const auto units = content_units(ctx.plan, *b);
  bool tagged = false;
  for (const Unit* u : units) tagged = tagged || is_broad_area(u->area);
  auto add = [&](const std::string& area, const std::string& sentence, const Location& at) {
    for (const Need& n : out) {
      if (n.area == area) return;
    }
    out.push_back(Need{area, text::tidy(sentence), at});
  };
  const LexiconMatchers& strengths = rule_lexicon(ctx.rule, "area-strengths");
  bool under_strengths = false;
  for (const Unit* u : ctx.plan.units_of(*b)) {
    if (voice::is_label(*u)) {
      under_strengths = lexicon_matches(strengths, u->text);
      continue;
    }
    if (under_strengths || (tagged && !is_broad_area(u->area))) continue;
    for (const text::Span& span : text::sentences(u->text)) {
      const std::string sentence = u->text.substr(span.offset, span.length);
      if (lexicon_matches(none, sentence) || lexicon_matches(guidance, sentence)) continue;
      if (about_relative(ctx, sentence)) continue;
      if (tagged) {
        add(u->area, sentence, u->location);
      } else {
        for (const std::string& area : areas_in_words(vocabulary, sentence)) add(area, sentence, u->location);
      }
    }
  }
  return out;
}

// Items of `code` of `kind`; outcomes only when they state what the person will do.
std::vector<const Item*> items_of(const RuleContext& ctx, const std::string& code, ItemKind kind) {
  std::vector<const Item*> out;
  const LexiconMatchers& statement = rule_lexicon(ctx.rule, "outcome-statement");
  for (const Item& item : ctx.plan.items) {
    if (item.section != code || item.kind != kind) continue;
    if (kind == ItemKind::outcome && !lexicon_matches(statement, item.text)) continue;
    out.push_back(&item);
  }
  return out;
}

std::string area_name(const std::string& key) {
  for (const auto& [k, name] : broad_areas()) {
    if (k == key) return name;
  }
  return key;
}

// Every area of need in B without an item of `code` about it. Silent when `code` is missing
// or has no items at all: structure.* and outcomes.none say so once.
void need_without(const RuleContext& ctx, std::vector<Hit>& hits, const std::string& code, ItemKind kind) {
  if (!ctx.plan.section(code)) return;
  const auto items = items_of(ctx, code, kind);
  if (items.empty()) return;
  const LexiconMatchers& vocabulary = rule_lexicon(ctx.rule, "area-vocabulary");
  std::set<std::string> covered;
  for (const Item* item : items) {
    for (const std::string& a : areas_of(*item, vocabulary)) covered.insert(a);
  }
  for (const Need& need : needs_in_b(ctx)) {
    if (covered.count(need.area)) continue;
    hits.push_back(Hit{code, need.words, need.location, {{"area", area_name(need.area)}}});
  }
}

void need_without_outcome(const RuleContext& ctx, std::vector<Hit>& hits) {
  need_without(ctx, hits, "E", ItemKind::outcome);
}

void need_without_provision(const RuleContext& ctx, std::vector<Hit>& hits) {
  need_without(ctx, hits, "F", ItemKind::provision);
}

// The theme names (aspiration-themes groups) a text touches.
std::set<std::string> themes(const LexiconMatchers& lexicon, const std::string& text) {
  std::set<std::string> out;
  for (const voice::Match& m : voice::all_matches(lexicon, text)) out.insert(m.group);
  return out;
}

// The distinctive words of a text: five letters or more, not common words, not the
// child's names ("vet" is kept by the themes; "animals", "robotics", "gardener" here).
std::set<std::string> distinctive_words(const std::string& text, const LexiconMatchers& common,
                                        const std::vector<std::string>& names) {
  std::set<std::string> out;
  static const RE2 word("(\\p{L}{5,})");
  re2::StringPiece in(text);
  std::string w;
  while (RE2::FindAndConsume(&in, word, &w)) {
    if (std::find(names.begin(), names.end(), w) != names.end()) continue;
    std::string folded = text::fold(w);
    // A plural or -ing form meets its stem: "animals" and "animal".
    if (folded.size() > 5 && folded.back() == 's') folded.pop_back();
    bool is_common = false;
    for (const Matcher& m : common.patterns) is_common = is_common || RE2::FullMatch(folded, *m.pattern);
    if (!is_common) out.insert(folded);
  }
  return out;
}

void outcomes_not_aspirational(const RuleContext& ctx, std::vector<Hit>& hits) {
  const auto outcomes = items_of(ctx, "E", ItemKind::outcome);
  if (outcomes.empty()) return;  // outcomes.none
  // Every outcome only keeps things as they are.
  const LexiconMatchers& only = rule_lexicon(ctx.rule, "maintaining-only");
  const LexiconMatchers& extends = rule_lexicon(ctx.rule, "maintaining-extends");
  bool all_maintain = true;
  for (const Item* o : outcomes) {
    all_maintain = all_maintain && lexicon_matches(only, o->text) && !lexicon_matches(extends, o->text);
  }
  if (all_maintain) {
    hits.push_back(Hit{"E", outcomes.front()->text, outcomes.front()->location,
                       {{"why", "every outcome only keeps things as they are"}}});
    return;
  }
  // Section A states hopes, and no outcome leads towards any of them.
  const auto hopes = voice::aspirations(ctx.plan, rule_lexicon(ctx.rule, "voice-others"),
                                        rule_lexicon(ctx.rule, "aspiration-markers"),
                                        rule_lexicon(ctx.rule, "aspiration-negation"),
                                        rule_lexicon(ctx.rule, "voice-past"));
  if (hopes.empty()) return;  // voice.aspirations-missing
  const LexiconMatchers& theme_words = rule_lexicon(ctx.rule, "aspiration-themes");
  const LexiconMatchers& common = rule_lexicon(ctx.rule, "aspiration-common-words");
  const auto names = voice::child_names(ctx.plan);
  for (const auto& hope : hopes) {
    const auto hope_themes = themes(theme_words, hope.hope);
    const auto hope_words = distinctive_words(hope.hope, common, names);
    for (const Item* o : outcomes) {
      for (const std::string& t : themes(theme_words, o->text)) {
        if (hope_themes.count(t)) return;
      }
      for (const std::string& w : distinctive_words(o->text, common, names)) {
        if (hope_words.count(w)) return;
      }
    }
  }
  const auto& first = hopes.front();
  hits.push_back(Hit{"E", first.sentence, first.unit ? first.unit->location : Location{},
                     {{"why", "no outcome leads towards the hopes recorded in Section A"}}});
}

// Section C or D records a need: a sentence that is not a statement that there is none.
std::optional<std::pair<std::string, Location>> health_or_care_need(const RuleContext& ctx) {
  const LexiconMatchers& none = rule_lexicon(ctx.rule, "health-care-outcome-needs-none");
  for (const char* code : {"C", "D"}) {
    const Section* s = ctx.plan.section(code);
    if (!s) continue;
    const LexiconMatchers& strengths = rule_lexicon(ctx.rule, "area-strengths");
    bool under_strengths = false;
    for (const Unit* u : ctx.plan.units_of(*s)) {
      if (voice::is_label(*u)) {
        under_strengths = lexicon_matches(strengths, u->text);
        continue;
      }
      if (under_strengths) continue;
      for (const text::Span& span : text::sentences(u->text)) {
        const std::string sentence = u->text.substr(span.offset, span.length);
        if (text::word_count(sentence) < 3 || lexicon_matches(none, sentence)) continue;
        return std::make_pair(text::tidy(sentence), u->location);
      }
    }
  }
  return std::nullopt;
}

void outcomes_education_only(const RuleContext& ctx, std::vector<Hit>& hits) {
  const auto outcomes = items_of(ctx, "E", ItemKind::outcome);
  if (outcomes.empty()) return;  // outcomes.none
  const auto need = health_or_care_need(ctx);
  if (!need) return;
  // Areas whose outcomes are about health, care or independence by definition.
  static const std::set<std::string> wider{"health", "social-care", "pfa-independent-living", "pfa-health",
                                           "pfa-community"};
  const LexiconMatchers& terms = rule_lexicon(ctx.rule, "health-care-outcome-terms");
  for (const Item* o : outcomes) {
    if (wider.count(o->area) || lexicon_matches(terms, o->text)) return;
  }
  hits.push_back(Hit{"E", need->first, need->second, {}});
}

}  // namespace

void register_golden_thread(PredicateRegistry& registry) {
  const std::vector<std::string> areas{"outcome-statement", "area-vocabulary", "area-no-needs", "area-guidance",
                                       "area-strengths", "voice-others", "voice-reporting"};
  registry.add("need_without_outcome", need_without_outcome, areas);
  registry.add("need_without_provision", need_without_provision, areas);
  registry.add("outcomes_not_aspirational", outcomes_not_aspirational,
               {"outcome-statement", "maintaining-only", "maintaining-extends", "voice-others", "aspiration-markers",
                "aspiration-negation", "voice-past", "aspiration-themes", "aspiration-common-words"});
  registry.add("outcomes_education_only", outcomes_education_only,
               {"outcome-statement", "health-care-outcome-needs-none", "health-care-outcome-terms", "area-strengths"});
}

}  // namespace ehcpqa::predicates
