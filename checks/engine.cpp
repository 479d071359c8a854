#include "checks/engine.h"

#include <algorithm>

#include <fmt/format.h>

#include "checks/matching.h"
#include "checks/rule_loader.h"
#include "text/config_file.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace ehcpqa {
namespace {

int section_rank(const std::string& code) {
  if (code.empty()) return -1;
  const auto& codes = statutory_codes();
  auto it = std::find(codes.begin(), codes.end(), code);
  return it == codes.end() ? 99 : static_cast<int>(it - codes.begin());
}

bool any_unless(const Rule& rule, const std::string& sentence) {
  for (const Matcher& m : rule.unless) {
    if (RE2::PartialMatch(sentence, *m.pattern)) return true;
  }
  return false;
}

// The first match of any of the rule's patterns in `text` that no exclude removes.
std::optional<std::string> first_match(const Rule& rule, const std::string& text) {
  auto match = first_pattern_match(rule.patterns, rule.excludes, text);
  if (!match) return std::nullopt;
  return match->text;
}

// The pieces of a unit a rule reads: its sentences, or the whole unit.
std::vector<std::string> pieces(const Rule& rule, const std::string& text) {
  if (rule.unit != ScopeUnit::sentence) return {text};
  std::vector<std::string> out;
  for (const text::Span& s : text::sentences(text)) out.push_back(text.substr(s.offset, s.length));
  return out;
}

// Sections a rule reads, each once (a combined H answers for both H1 and H2).
std::vector<std::pair<std::string, const Section*>> sections_in_scope(const Rule& rule, const Plan& plan) {
  std::vector<std::pair<std::string, const Section*>> out;
  for (const std::string& code : rule.sections) {
    const Section* s = plan.section(code);
    if (!s) continue;
    bool seen = false;
    for (const auto& [c, other] : out) seen = seen || other == s;
    if (!seen) out.emplace_back(s->code == "H" ? code : s->code, s);
  }
  return out;
}

bool item_unit(const Rule& rule) { return rule.unit == ScopeUnit::outcome || rule.unit == ScopeUnit::provision_item; }

// For units `outcome` and `provision-item`: the items of that kind in the rule's sections,
// with the code to report each under (a combined Section H reports as H1).
std::vector<std::pair<std::string, const Item*>> items_in_scope(const Rule& rule, const Plan& plan) {
  const ItemKind kind = rule.unit == ScopeUnit::outcome ? ItemKind::outcome : ItemKind::provision;
  std::vector<std::pair<std::string, const Item*>> out;
  for (const Item& item : plan.items) {
    const std::string code = item.section == "H" ? "H1" : item.section;
    if (item.kind == kind && std::find(rule.sections.begin(), rule.sections.end(), code) != rule.sections.end()) {
      out.emplace_back(code, &item);
    }
  }
  return out;
}

void run_phrase(const Rule& rule, const Plan& plan, std::vector<Hit>& hits) {
  if (item_unit(rule)) {
    // One finding per item at most, on its first match.
    for (const auto& [code, item] : items_in_scope(rule, plan)) {
      if (any_unless(rule, item->text)) continue;
      if (auto match = first_match(rule, item->text)) hits.push_back(Hit{code, *match, item->location, {{"match", *match}}});
    }
    return;
  }
  for (const auto& [code, section] : sections_in_scope(rule, plan)) {
    for (const Unit* unit : content_units(plan, *section)) {
      for (const std::string& piece : pieces(rule, text::tidy(unit->text))) {
        if (any_unless(rule, piece)) continue;
        if (auto match = first_match(rule, piece)) {
          hits.push_back(Hit{code, *match, unit->location, {{"match", *match}}});
          if (rule.unit == ScopeUnit::section) break;
        }
      }
    }
  }
}

void run_absence(const Rule& rule, const Plan& plan, std::vector<Hit>& hits) {
  if (item_unit(rule)) {
    // Each item in which none of the patterns matches is reported, its words the evidence.
    for (const auto& [code, item] : items_in_scope(rule, plan)) {
      if (any_unless(rule, item->text) || first_match(rule, item->text)) continue;
      hits.push_back(Hit{code, item->text, item->location, {{"item", item->text}}});
    }
    return;
  }
  for (const auto& [code, section] : sections_in_scope(rule, plan)) {
    bool found = false;
    std::string said;
    for (const Unit* unit : content_units(plan, *section)) {
      const std::string tidy = text::tidy(unit->text);
      said += (said.empty() ? "" : " ") + tidy;
      for (const std::string& piece : pieces(rule, tidy)) {
        if (!any_unless(rule, piece) && first_match(rule, piece)) found = true;
      }
    }
    if (found) continue;
    // Quote what the section does say, so the reader sees why nothing counted.
    if (said.size() > 240) said = said.substr(0, 237) + "...";
    hits.push_back(Hit{code, said, section->heading, {}});
  }
}

}  // namespace

std::string fill_template(const std::string& text, const std::map<std::string, std::string>& vars) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string::npos) {
        auto it = vars.find(text.substr(i + 1, close - i - 1));
        if (it != vars.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

RuleEngine RuleEngine::load(const std::string& checks_dir) {
  RuleEngine engine;
  register_builtin_predicates(engine.predicates_);
  engine.rules_ = load_rules(checks_dir, engine.predicates_);
  return engine;
}

const Rule* RuleEngine::find(const std::string& id) const {
  for (const Rule& r : rules_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

RuleOverrides load_rule_overrides(const std::string& path) {
  const YAML::Node root = load_yaml_file(path);
  RuleOverrides out;
  if (!root || root.IsNull()) return out;
  check_keys(path, root, {"rules", "lexicons", "grading"});  // grading: read by GradingScheme (cli/pipeline.cpp)
  for (const auto& entry : root["lexicons"]) {
    const YAML::Node spec = entry.second;
    check_keys(path, spec, {"add", "exclude"});
    LexiconAdditions& extra = out.lexicons[entry.first.as<std::string>()];
    for (const char* key : {"add", "exclude"}) {
      if (spec[key] && !spec[key].IsSequence()) config_fail(path, spec[key], fmt::format("'{}' must be a list", key));
      for (const YAML::Node& line : spec[key]) {
        std::string error;
        if (!compile_lexicon_line(line.as<std::string>(), error)) config_fail(path, line, error);
        (std::string(key) == "add" ? extra.add : extra.exclude).push_back(line.as<std::string>());
      }
    }
  }
  for (const auto& entry : root["rules"]) {
    const std::string id = entry.first.as<std::string>();
    const YAML::Node spec = entry.second;
    check_keys(path, spec, {"enabled", "severity", "options"});
    if (spec["enabled"]) out.enabled[id] = spec["enabled"].as<bool>();
    if (spec["severity"]) {
      Severity s;
      if (!parse_severity(spec["severity"].as<std::string>(), s)) {
        config_fail(path, spec["severity"], "severity must be error, warning or info");
      }
      out.severity[id] = s;
    }
    if (spec["options"]) out.options[id] = spec["options"].as<std::map<std::string, std::string>>();
  }
  return out;
}

void RuleEngine::apply(const RuleOverrides& overrides, const std::string& source) {
  auto rule_for = [&](const std::string& id) -> Rule& {
    for (Rule& r : rules_) {
      if (r.id == id) return r;
    }
    std::string best;
    size_t best_distance = 4;
    for (const Rule& r : rules_) {
      size_t d = edit_distance(id, r.id);
      if (d < best_distance) best_distance = d, best = r.id;
    }
    throw ConfigError(best.empty() ? fmt::format("{}: unknown rule '{}'", source, id)
                                   : fmt::format("{}: unknown rule '{}' (did you mean '{}'?)", source, id, best));
  };
  for (const auto& [id, on] : overrides.enabled) rule_for(id).enabled = on;
  for (const auto& [id, s] : overrides.severity) rule_for(id).severity = s;
  // Extra lexicon entries reach every rule that reads the lexicon, as if written in its file.
  for (const auto& [name, extra] : overrides.lexicons) {
    bool used = false;
    for (Rule& rule : rules_) {
      auto it = rule.lexicons.find(name);
      if (it == rule.lexicons.end()) continue;
      used = true;
      std::string error;
      for (const std::string& line : extra.add) {
        it->second.patterns.push_back(*compile_lexicon_line(line, error));
        rule.patterns.push_back(*compile_lexicon_line(line, error));
      }
      for (const std::string& line : extra.exclude) {
        it->second.excludes.push_back(*compile_lexicon_line(line, error));
        rule.excludes.push_back(*compile_lexicon_line(line, error));
      }
    }
    if (!used) throw ConfigError(fmt::format("{}: no rule reads a lexicon named '{}'", source, name));
  }
  for (const auto& [id, options] : overrides.options) {
    Rule& rule = rule_for(id);
    for (const auto& [name, value] : options) {
      if (!rule.options.count(name)) {
        throw ConfigError(fmt::format("{}: rule '{}' has no option '{}'", source, id, name));
      }
      rule.options[name] = value;
    }
  }
}

void RuleEngine::run_rule(const Rule& rule, const Plan& plan, Date as_of, std::vector<Hit>& hits) const {
  if (rule.when_status && plan.front.status != *rule.when_status) return;
  if (rule.kind == "phrase") run_phrase(rule, plan, hits);
  else if (rule.kind == "absence") run_absence(rule, plan, hits);
  else if (const Predicate* p = predicates_.find(rule.predicate)) (*p)(RuleContext{plan, rule, as_of}, hits);
}

Finding RuleEngine::finding(const Rule& rule, Hit& hit) const {
  auto& vars = hit.vars;
  vars.emplace("section", hit.section);
  vars.emplace("section_name", section_description(hit.section));
  return Finding{rule.id, rule.severity, hit.section, fill_template(rule.message, vars),
                 hit.evidence, hit.location, rule.reference, fill_template(rule.fix, vars)};
}

BatchMember batch_member(const Plan& plan) {
  BatchMember member;
  // One child's plan read from two files (a DOCX and its PDF) is one plan.
  if (plan.front.name && plan.front.dob) member.identity = text::fold(plan.front.name->value) + "|" + plan.front.dob->iso();
  if (plan.front.name) member.names.push_back(plan.front.name->value);
  if (plan.front.preferred_name) member.names.push_back(plan.front.preferred_name->value);
  member.items = plan.items;
  return member;
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    const int ra = section_rank(a.section), rb = section_rank(b.section);
    if (ra != rb) return ra < rb;
    if (a.location.block != b.location.block) return a.location.block < b.location.block;
    return a.rule < b.rule;
  });
}

std::vector<Finding> RuleEngine::check(const Plan& plan, Date as_of, const std::string& only) const {
  std::vector<Finding> findings;
  for (const Rule& rule : rules_) {
    if (only.empty() ? !rule.enabled : rule.id != only) continue;
    if (rule.unit == ScopeUnit::batch) continue;  // needs the whole audit: check_batch
    std::vector<Hit> hits;
    run_rule(rule, plan, as_of, hits);
    for (Hit& hit : hits) findings.push_back(finding(rule, hit));
  }
  sort_findings(findings);
  return findings;
}

std::vector<std::vector<Finding>> RuleEngine::check_batch(const std::vector<BatchMember>& members,
                                                          const std::string& only) const {
  std::vector<std::vector<Finding>> out(members.size());
  for (const Rule& rule : rules_) {
    if (only.empty() ? !rule.enabled : rule.id != only) continue;
    if (rule.unit != ScopeUnit::batch) continue;
    const BatchPredicate* predicate = predicates_.find_batch(rule.predicate);
    if (!predicate) continue;  // the loader refuses such a rule
    std::vector<BatchHit> hits;
    (*predicate)(BatchContext{members, rule}, hits);
    for (BatchHit& h : hits) {
      if (h.member < members.size()) out[h.member].push_back(finding(rule, h.hit));
    }
  }
  for (auto& findings : out) sort_findings(findings);
  return out;
}

}  // namespace ehcpqa
