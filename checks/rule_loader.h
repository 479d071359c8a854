// Reads rule declarations (checks/rules/*.yaml) and the lexicons they name
// (checks/lexicons/*.txt), validating everything at load: unknown keys, scopes, kinds,
// predicates and patterns are errors with file:line, and so is a rule without examples.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checks/predicate.h"
#include "checks/rule.h"

namespace ehcpqa {

std::vector<Rule> load_rules(const std::string& checks_dir, const PredicateRegistry& predicates);

// A lexicon line as a pattern: a plain phrase matches case-insensitively on word
// boundaries; "re: ..." is an RE2 pattern as written.
std::string phrase_pattern(const std::string& phrase);

// One lexicon line ("a phrase" or "re: pattern") compiled; nullopt with `error` set when
// the pattern is not valid RE2.
std::optional<Matcher> compile_lexicon_line(const std::string& line, std::string& error);

}  // namespace ehcpqa
