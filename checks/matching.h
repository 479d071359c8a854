// Finding the earliest match of a set of patterns, the one search every rule kind and
// predicate shares.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checks/rule.h"

namespace ehcpqa {

struct LexiconMatch {
  size_t offset = 0;
  std::string text;
};

// The earliest match in `text` of any of `patterns` that no exclude removes (an exclude must
// match the whole matched text) and that `reject(offset, length)`, when given, does not
// refuse. Each pattern contributes its first acceptable match.
std::optional<LexiconMatch> first_pattern_match(const std::vector<Matcher>& patterns,
                                                const std::vector<Matcher>& excludes, const std::string& text,
                                                const std::function<bool(size_t, size_t)>& reject = {});

}  // namespace ehcpqa
