#include "checks/predicates/provision.h"

#include <algorithm>
#include <cctype>
#include <vector>
#include <optional>
#include <string>

#include "checks/predicates/items_in_scope.h"
#include "text/normalize.h"

namespace ehcpqa::predicates {
namespace {

struct ProvisionItem {
  std::string code;  // the section it is read in (H1 for a single H)
  const Item* item;
  const std::string& text() const { return item->text; }
};

// Provision items that really provide something: not "no further needs were found" nor
// a pointer to another section.
std::vector<ProvisionItem> provision_items(const RuleContext& ctx) {
  const LexiconMatchers& not_provision = rule_lexicon(ctx.rule, "not-provision");
  std::vector<ProvisionItem> out;
  for (const auto& [code, item] : items_in_scope(ctx, ItemKind::provision)) {
    if (!lexicon_matches(not_provision, item->text)) out.push_back(ProvisionItem{code, item});
  }
  return out;
}

// What an item says, read with its paragraph: a prose paragraph split into one item per
// sentence is still one piece of provision, so an amount or a provider stated in one of its
// sentences applies to the others. A table row's item already holds all its cells.
std::string with_paragraph(const Plan& plan, const ProvisionItem& p) {
  if (p.item->unit >= plan.units.size()) return p.text();
  return p.text() + " \n " + plan.units[p.item->unit].text;
}

// Quoted words are someone's words, not the authority's commitment: blanked out, keeping
// offsets, so that "may" in 'Sam said: "I may be a vet"' is not read as provision wording.
std::string without_quotations(const std::string& text) {
  std::string out = text;
  struct Pair {
    const char* open;
    const char* close;
  };
  for (const Pair& q : {Pair{"\"", "\""}, Pair{"\xE2\x80\x9C", "\xE2\x80\x9D"}}) {
    size_t pos = 0;
    while (true) {
      const size_t open = out.find(q.open, pos);
      if (open == std::string::npos) break;
      const size_t start = open + std::char_traits<char>::length(q.open);
      size_t close = out.find(q.close, start);
      // A quotation left open runs to the end of its cell (a reader may cut a long cell).
      if (close == std::string::npos) close = std::min(out.find(" | ", start), out.size());
      for (size_t i = start; i < close; ++i) out[i] = ' ';
      pos = std::min(out.size(), close + std::char_traits<char>::length(q.close));
    }
  }
  return out;
}

// Whether [at, at+len) lies inside a legitimate use ("wheelchair access to", "May 2027").
bool inside_legitimate(const LexiconMatchers& legitimate, const std::string& text, size_t at, size_t len) {
  for (const Matcher& m : legitimate.patterns) {
    re2::StringPiece found;
    size_t pos = 0;
    while (pos <= text.size() && m.pattern->Match(text, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
      const size_t start = static_cast<size_t>(found.data() - text.data());
      if (start <= at && at + len <= start + found.size()) return true;
      pos = start + std::max<size_t>(1, found.size());
    }
  }
  return false;
}

}  // namespace

void provision_vague(const RuleContext& ctx, std::vector<Hit>& hits) {
  const LexiconMatchers& vague = rule_lexicon(ctx.rule, "vague-provision");
  const LexiconMatchers& legitimate = rule_lexicon(ctx.rule, "vague-provision-legitimate");
  for (const ProvisionItem& p : provision_items(ctx)) {
    const Item* item = p.item;
    const std::string& code = p.code;
    const std::string text = without_quotations(p.text());
    // The earliest vague phrase that is not part of a legitimate use; the evidence is quoted
    // from the item as written (quotations are only blanked for the search).
    std::optional<LexiconMatch> best = first_pattern_match(
        vague.patterns, vague.excludes, text,
        [&](size_t at, size_t length) { return inside_legitimate(legitimate, text, at, length); });
    if (best) best->text = p.text().substr(best->offset, best->text.size());
    if (best) hits.push_back(Hit{code, best->text, item->location, {{"match", best->text}, {"item", p.text()}}});
  }
}

void provision_not_quantified(const RuleContext& ctx, std::vector<Hit>& hits) {
  const LexiconMatchers& amount = rule_lexicon(ctx.rule, "provision-amount");
  for (const ProvisionItem& p : provision_items(ctx)) {
    if (!lexicon_matches(amount, with_paragraph(ctx.plan, p))) {
      hits.push_back(Hit{p.code, p.text(), p.item->location, {{"item", p.text()}}});
    }
  }
}

void provision_no_provider(const RuleContext& ctx, std::vector<Hit>& hits) {
  const LexiconMatchers& roles = rule_lexicon(ctx.rule, "provider-roles");
  for (const ProvisionItem& p : provision_items(ctx)) {
    if (!lexicon_matches(roles, with_paragraph(ctx.plan, p))) {
      hits.push_back(Hit{p.code, p.text(), p.item->location, {{"item", p.text()}}});
    }
  }
}

}  // namespace ehcpqa::predicates
