// The sentences of the sections a rule reads, and the child's own names: what the staleness
// and consistency predicates read the plan's prose through.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "checks/predicate.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace ehcpqa::predicates {

// Quoted words are someone's own words: blanked with spaces, offsets kept. A quotation
// left open runs to the end of the text.
inline std::string blank_quotations(const std::string& text) {
  std::string out = text;
  size_t pos = 0;
  while (true) {
    const size_t open = out.find('"', pos);
    if (open == std::string::npos) break;
    size_t close = out.find('"', open + 1);
    if (close == std::string::npos) close = out.size();
    for (size_t i = open + 1; i < close; ++i) out[i] = ' ';
    pos = close + 1;
    if (pos >= out.size()) break;
  }
  return out;
}

struct ScopedSentence {
  std::string code;    // section to report under (a combined H reports as H1)
  const Unit* unit;    // the paragraph it comes from
  std::string text;    // tidied
  std::string own;     // the same with quoted words blanked (see blank_quotations)
};

// Every sentence of the rule's sections' content units, in order, each section once.
inline std::vector<ScopedSentence> sentences_in_scope(const RuleContext& ctx) {
  std::vector<ScopedSentence> out;
  std::vector<const Section*> seen;
  for (const std::string& code : ctx.rule.sections) {
    const Section* section = ctx.plan.section(code);
    if (!section || std::find(seen.begin(), seen.end(), section) != seen.end()) continue;
    seen.push_back(section);
    const std::string report = section->code == "H" ? "H1" : section->code;
    for (const Unit* unit : content_units(ctx.plan, *section)) {
      const std::string tidy = text::tidy(unit->text);
      // Quotations are blanked across the paragraph: a quotation may hold several sentences.
      const std::string own = blank_quotations(tidy);
      for (const text::Span& s : text::sentences(tidy)) {
        out.push_back(ScopedSentence{report, unit, tidy.substr(s.offset, s.length), own.substr(s.offset, s.length)});
      }
    }
  }
  return out;
}

// The child's or young person's own names as the plan gives them: each word of the full
// name and the preferred name ("Jasmine Patel", "Jas").
inline std::vector<std::string> child_names(const Plan& plan) {
  std::vector<std::string> out;
  auto add_words = [&](const std::string& value) {
    std::string word;
    for (char c : text::tidy(value) + " ") {
      if (c == ' ' || c == ',' || c == '(' || c == ')' || c == '"') {
        if (word.size() > 1 && std::find(out.begin(), out.end(), word) == out.end()) out.push_back(word);
        word.clear();
      } else {
        word += c;
      }
    }
  };
  if (plan.front.name) add_words(plan.front.name->value);
  if (plan.front.preferred_name) add_words(plan.front.preferred_name->value);
  return out;
}

// The names the child goes by: the first word of the full name and the preferred name
// ("Jasmine", "Jas"), not the surname, which family members share.
inline std::vector<std::string> child_given_names(const Plan& plan) {
  std::vector<std::string> out;
  if (plan.front.name) {
    const std::string name = text::tidy(plan.front.name->value);
    out.push_back(name.substr(0, name.find(' ')));
  }
  if (plan.front.preferred_name) {
    for (const std::string& w : child_names(plan)) {
      if (text::tidy(plan.front.preferred_name->value).find(w) != std::string::npos) out.push_back(w);
    }
  }
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
  return out;
}

// The first word of the full name, or empty.
inline std::string child_first_name(const Plan& plan) {
  if (!plan.front.name) return {};
  const std::string name = text::tidy(plan.front.name->value);
  return name.substr(0, name.find(' '));
}

}  // namespace ehcpqa::predicates
