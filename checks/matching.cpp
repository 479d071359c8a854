#include "checks/matching.h"

#include <algorithm>

namespace ehcpqa {

std::optional<LexiconMatch> first_pattern_match(const std::vector<Matcher>& patterns,
                                                const std::vector<Matcher>& excludes, const std::string& text,
                                                const std::function<bool(size_t, size_t)>& reject) {
  std::optional<LexiconMatch> best;
  for (const Matcher& m : patterns) {
    re2::StringPiece found;
    size_t pos = 0;
    while (pos < text.size() && m.pattern->Match(text, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
      const size_t at = static_cast<size_t>(found.data() - text.data());
      const std::string match(found);
      bool refused = reject && reject(at, match.size());
      for (const Matcher& x : excludes) refused = refused || RE2::FullMatch(match, *x.pattern);
      if (!refused) {
        if (!best || at < best->offset) best = LexiconMatch{at, match};
        break;
      }
      pos = at + std::max<size_t>(1, found.size());
    }
  }
  return best;
}

}  // namespace ehcpqa
