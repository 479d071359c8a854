#include "checks/predicates/batch.h"

#include <map>
#include <set>
#include <sstream>

#include <re2/re2.h>

#include "text/normalize.h"

namespace ehcpqa::predicates {
namespace {

// Words of folded text: runs of letters and digits (apostrophes dropped, so "sam's" -> "sams").
std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> out;
  std::string word;
  for (size_t i = 0; i <= folded.size(); ++i) {
    const unsigned char c = i < folded.size() ? static_cast<unsigned char>(folded[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(c);
    } else if (c == '\'' && !word.empty()) {
      continue;  // "sam's" stays one word, compared with the name plus "s" below
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  return out;
}

bool is_pronoun(const std::string& w) {
  static const std::set<std::string> pronouns{"he", "she", "they", "him", "her", "them", "his", "hers",
                                              "their", "theirs", "himself", "herself", "themselves", "themself"};
  return pronouns.count(w) > 0;
}

}  // namespace

std::string masked_wording(const std::string& text, const std::vector<std::string>& names) {
  std::set<std::string> name_words;
  for (const std::string& name : names) {
    for (const std::string& w : words_of(text::fold(name))) {
      if (w.size() >= 2) name_words.insert(w);
    }
  }
  std::string out;
  for (const std::string& w : words_of(text::fold(text))) {
    std::string word = w;
    const bool possessive = word.size() > 2 && word.back() == 's' && name_words.count(word.substr(0, word.size() - 1));
    if (name_words.count(word) || possessive) word = possessive ? "<name>s" : "<name>";
    else if (is_pronoun(word)) word = "<pronoun>";
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

void outcomes_generic(const BatchContext& ctx, std::vector<BatchHit>& hits) {
  const int min_plans = ctx.rule.option_int("min_plans", 3);
  const int min_words = ctx.rule.option_int("min_words", 6);
  const LexiconMatchers& statement = rule_lexicon(ctx.rule, "outcome-statement");

  // Wording -> the outcomes that have it, as (member, item) pairs.
  std::map<std::string, std::vector<std::pair<size_t, const Item*>>> by_wording;
  for (size_t m = 0; m < ctx.members.size(); ++m) {
    for (const Item& item : ctx.members[m].items) {
      if (item.kind != ItemKind::outcome || !lexicon_matches(statement, item.text)) continue;
      if (text::word_count(item.text) < min_words) continue;  // "Sam will read." is not a template
      by_wording[masked_wording(item.text, ctx.members[m].names)].emplace_back(m, &item);
    }
  }
  for (const auto& [wording, uses] : by_wording) {
    // Plans, not files: a plan audited as a DOCX and as its PDF counts once.
    std::set<std::string> plans;
    for (const auto& [m, item] : uses) {
      const std::string& id = ctx.members[m].identity;
      plans.insert(id.empty() ? "#" + std::to_string(m) : id);
    }
    if (static_cast<int>(plans.size()) < min_plans) continue;
    // Each plan reports its own copy once, even if it repeats the outcome itself.
    std::set<size_t> reported;
    for (const auto& [m, item] : uses) {
      if (!reported.insert(m).second) continue;
      const std::string code = item->section == "H" ? "H1" : item->section;
      hits.push_back(BatchHit{m, Hit{code, item->text, item->location,
                                     {{"outcome", item->text}, {"plans", std::to_string(plans.size())},
                                      {"others", std::to_string(plans.size() - 1)}}}});
    }
  }
}

}  // namespace ehcpqa::predicates
