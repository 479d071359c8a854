// A stable 64-bit hash of text (FNV-1a): the same on every machine and run, for identifiers
// derived from content (pseudonyms, SARIF fingerprints). Not a cryptographic hash.
#pragma once

#include <cstdint>
#include <string_view>

namespace ehcpqa::text {

inline uint64_t stable_hash(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace ehcpqa::text
