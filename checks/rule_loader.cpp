#include "checks/rule_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include "text/config_file.h"

namespace ehcpqa {
namespace {

struct Lexicon {
  std::vector<std::string> patterns;
  std::vector<std::string> excludes;
};

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::map<std::string, Lexicon> load_lexicons(const std::string& folder) {
  std::map<std::string, Lexicon> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.path().extension() != ".txt") continue;
    Lexicon lexicon;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      line = trim(line);
      if (line.empty() || line[0] == '#') continue;
      if (line.rfind("re:", 0) == 0) lexicon.patterns.push_back(trim(line.substr(3)));
      else if (line.rfind("exclude:", 0) == 0) lexicon.excludes.push_back(trim(line.substr(8)));
      else lexicon.patterns.push_back(phrase_pattern(line));
    }
    out[entry.path().stem().string()] = std::move(lexicon);
  }
  return out;
}

Matcher compile(const std::string& file, const YAML::Node& at, const std::string& source) {
  RE2::Options options;
  options.set_log_errors(false);
  Matcher m{std::make_unique<RE2>(source, options), source};
  if (!m.pattern->ok()) config_fail(file, at, fmt::format("bad pattern '{}': {}", source, m.pattern->error()));
  return m;
}

std::vector<std::string> string_list(const std::string& file, const YAML::Node& node) {
  if (!node) return {};
  if (node.IsScalar()) return {node.as<std::string>()};
  if (!node.IsSequence()) config_fail(file, node, "expected a list");
  return node.as<std::vector<std::string>>();
}

RuleExample parse_example(const std::string& file, const YAML::Node& node, bool fires) {
  check_keys(file, node, {"plan", "drop", "set", "headings", "front", "revisions", "comments",
                          "as_of", "count", "section", "note", "batch"});
  RuleExample ex;
  ex.line = node.Mark().line + 1;
  ex.base = required_string(file, node, "plan");
  ex.drop = string_list(file, node["drop"]);
  if (node["set"]) ex.set = node["set"].as<std::map<std::string, std::string>>();
  if (node["headings"]) ex.headings = node["headings"].as<std::map<std::string, std::string>>();
  if (node["front"]) {
    for (const auto& kv : node["front"]) {
      ex.front[kv.first.as<std::string>()] =
          kv.second.IsNull() ? std::nullopt : std::optional<std::string>(kv.second.as<std::string>());
    }
  }
  if (node["revisions"]) ex.revisions = node["revisions"].as<int>();
  if (node["comments"]) ex.comments = node["comments"].as<int>();
  if (node["as_of"]) {
    ex.as_of = Date::parse_iso(node["as_of"].as<std::string>());
    if (!ex.as_of) config_fail(file, node["as_of"], "as_of must be a date YYYY-MM-DD");
  }
  ex.count = node["count"] ? node["count"].as<int>() : (fires ? 1 : 0);
  if (fires && ex.count < 1) config_fail(file, node, "a 'fires' example must expect at least one finding");
  if (node["section"]) ex.section = node["section"].as<std::string>();
  if (node["note"]) ex.note = node["note"].as<std::string>();
  // The other plans of the audit, for batch rules; each is a sketch of its own.
  for (const YAML::Node& other : node["batch"]) ex.batch.push_back(parse_example(file, other, false));
  return ex;
}

const std::set<std::string> kRuleKeys = {
    "id", "severity", "summary", "scope", "kind", "predicate", "when", "patterns", "lexicon",
    "exclude", "unless", "options", "message", "reference", "fix", "maturity", "examples",
    "known_misfires"};

Rule parse_rule(const std::string& file, const YAML::Node& node, const PredicateRegistry& predicates,
                const std::map<std::string, Lexicon>& lexicons) {
  check_keys(file, node, kRuleKeys);
  Rule rule;
  rule.file = file;
  rule.line = node.Mark().line + 1;
  rule.id = required_string(file, node, "id");
  if (!parse_severity(required_string(file, node, "severity"), rule.severity)) {
    config_fail(file, node["severity"], "severity must be error, warning or info");
  }
  rule.summary = required_string(file, node, "summary");
  rule.message = required_string(file, node, "message");
  rule.reference = required_string(file, node, "reference");
  rule.fix = required_string(file, node, "fix");
  rule.kind = required_string(file, node, "kind");

  const YAML::Node scope = node["scope"];
  if (!scope) config_fail(file, node, "'scope' is required");
  check_keys(file, scope, {"sections", "unit"});
  const auto& codes = statutory_codes();
  for (const std::string& code : string_list(file, scope["sections"])) {
    if (code == "all") {
      rule.sections = codes;
    } else if (std::find(codes.begin(), codes.end(), code) != codes.end()) {
      rule.sections.push_back(code);
    } else {
      config_fail(file, scope["sections"], fmt::format("unknown section '{}'", code));
    }
  }
  const std::string unit = required_string(file, scope, "unit");
  if (unit == "whole-plan") rule.unit = ScopeUnit::whole_plan;
  else if (unit == "section") rule.unit = ScopeUnit::section;
  else if (unit == "sentence") rule.unit = ScopeUnit::sentence;
  else if (unit == "outcome") rule.unit = ScopeUnit::outcome;
  else if (unit == "provision-item") rule.unit = ScopeUnit::provision_item;
  else if (unit == "batch") rule.unit = ScopeUnit::batch;
  else config_fail(file, scope["unit"],
                   fmt::format("unknown unit '{}' (whole-plan, section, sentence, outcome, provision-item, batch)", unit));
  if ((rule.unit == ScopeUnit::outcome || rule.unit == ScopeUnit::provision_item) && string_list(file, scope["sections"]).empty()) {
    config_fail(file, scope, fmt::format("unit '{}' needs the sections whose items it reads", unit));
  }

  if (node["when"]) {
    check_keys(file, node["when"], {"status"});
    const std::string status = node["when"]["status"].as<std::string>();
    if (status == "draft") rule.when_status = PlanStatus::draft;
    else if (status == "final") rule.when_status = PlanStatus::final;
    else config_fail(file, node["when"], "when.status must be draft or final");
  }

  std::vector<std::string> patterns = string_list(file, node["patterns"]);
  std::vector<std::string> excludes = string_list(file, node["exclude"]);
  for (const std::string& name : string_list(file, node["lexicon"])) {
    auto it = lexicons.find(name);
    if (it == lexicons.end()) config_fail(file, node["lexicon"], fmt::format("no lexicon checks/lexicons/{}.txt", name));
    patterns.insert(patterns.end(), it->second.patterns.begin(), it->second.patterns.end());
    excludes.insert(excludes.end(), it->second.excludes.begin(), it->second.excludes.end());
    LexiconMatchers& named = rule.lexicons[name];
    for (const std::string& p : it->second.patterns) named.patterns.push_back(compile(file, node["lexicon"], p));
    for (const std::string& p : it->second.excludes) named.excludes.push_back(compile(file, node["lexicon"], p));
  }
  for (const std::string& p : patterns) rule.patterns.push_back(compile(file, node, p));
  for (const std::string& p : excludes) rule.excludes.push_back(compile(file, node, p));
  for (const std::string& p : string_list(file, node["unless"])) rule.unless.push_back(compile(file, node["unless"], p));

  if (rule.kind == "cxx") {
    rule.predicate = required_string(file, node, "predicate");
    const bool batch = rule.unit == ScopeUnit::batch;
    if (batch ? !predicates.find_batch(rule.predicate) : !predicates.find(rule.predicate)) {
      config_fail(file, node["predicate"], fmt::format("no C++ {}predicate named '{}' is registered",
                                                       batch ? "batch " : "", rule.predicate));
    }
    for (const std::string& needed : predicates.lexicons_needed(rule.predicate)) {
      if (!rule.lexicons.count(needed)) {
        config_fail(file, node["predicate"], fmt::format("predicate '{}' reads lexicon '{}'; list it under 'lexicon'",
                                                         rule.predicate, needed));
      }
    }
  } else if (rule.kind == "phrase" || rule.kind == "absence") {
    if (rule.unit == ScopeUnit::batch) config_fail(file, scope["unit"], "a batch rule must be of kind cxx");
    if (rule.patterns.empty()) config_fail(file, node, fmt::format("a {} rule needs patterns or a lexicon", rule.kind));
    if (rule.sections.empty()) config_fail(file, node, fmt::format("a {} rule must name the sections it reads", rule.kind));
  } else {
    config_fail(file, node["kind"], fmt::format("unknown kind '{}' (phrase, absence, cxx)", rule.kind));
  }
  if (node["options"]) rule.options = node["options"].as<std::map<std::string, std::string>>();
  if (node["maturity"]) {
    rule.maturity = node["maturity"].as<std::string>();
    if (rule.maturity != "stable" && rule.maturity != "experimental") {
      config_fail(file, node["maturity"], "maturity must be stable or experimental");
    }
    rule.enabled = rule.maturity == "stable";
  }

  const YAML::Node examples = node["examples"];
  if (!examples) config_fail(file, node, fmt::format("rule '{}' has no examples", rule.id));
  check_keys(file, examples, {"fires", "passes"});
  for (const YAML::Node& ex : examples["fires"]) rule.fires.push_back(parse_example(file, ex, true));
  for (const YAML::Node& ex : examples["passes"]) rule.passes.push_back(parse_example(file, ex, false));
  if (rule.fires.empty() || rule.passes.empty()) {
    config_fail(file, examples, fmt::format("rule '{}' needs at least one 'fires' and one 'passes' example", rule.id));
  }
  return rule;
}

}  // namespace

std::string phrase_pattern(const std::string& phrase) {
  std::string quoted;
  for (size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    if (c == ' ') {
      quoted += "\\s+";
    } else if (is_word_char(c) || (static_cast<unsigned char>(c) & 0x80)) {
      quoted += c;
    } else {
      quoted += '\\';
      quoted += c;
    }
  }
  const bool word_start = !phrase.empty() && is_word_char(phrase.front());
  const bool word_end = !phrase.empty() && is_word_char(phrase.back());
  return std::string("(?i)") + (word_start ? "\\b" : "") + quoted + (word_end ? "\\b" : "");
}

std::optional<Matcher> compile_lexicon_line(const std::string& line, std::string& error) {
  const std::string t = trim(line);
  const std::string source = t.rfind("re:", 0) == 0 ? trim(t.substr(3)) : phrase_pattern(t);
  RE2::Options options;
  options.set_log_errors(false);
  Matcher m{std::make_unique<RE2>(source, options), source};
  if (!m.pattern->ok()) {
    error = fmt::format("bad pattern '{}': {}", source, m.pattern->error());
    return std::nullopt;
  }
  return m;
}

std::vector<Rule> load_rules(const std::string& checks_dir, const PredicateRegistry& predicates) {
  const auto lexicons = load_lexicons(checks_dir + "/lexicons");
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(checks_dir + "/rules", ec)) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path().string());
  }
  if (ec) throw ConfigError(fmt::format("{}/rules: cannot be read ({})", checks_dir, ec.message()));
  std::sort(files.begin(), files.end());
  std::vector<Rule> rules;
  std::set<std::string> ids;
  for (const std::string& file : files) {
    const YAML::Node root = load_yaml_file(file);
    if (!root.IsSequence() || root.size() == 0) {
      config_fail(file, root, "a rule file must be a non-empty list of rules");
    }
    for (const YAML::Node& node : root) {
      Rule rule = parse_rule(file, node, predicates, lexicons);
      if (!ids.insert(rule.id).second) config_fail(file, node, fmt::format("rule '{}' is declared twice", rule.id));
      rules.push_back(std::move(rule));
    }
  }
  if (rules.empty()) throw ConfigError(fmt::format("{}/rules: no rules found", checks_dir));
  return rules;
}

}  // namespace ehcpqa
