// ToUnicode CMaps (PDF 32000 9.10.3): character codes -> Unicode text. Handles codespace
// ranges (how many bytes a code takes), bfchar, and bfrange in both forms (incrementing
// destination, or an array of destinations); destinations of several characters make
// ligatures ("fi", "ffi") come out as letters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ehcpqa::pdf {

class ToUnicodeCMap {
 public:
  // Parses the CMap program. Malformed entries are skipped; returns an empty map when nothing
  // usable is found.
  static ToUnicodeCMap parse(std::string_view program);

  bool empty() const { return single_.empty() && ranges_.empty(); }
  // The UTF-8 text for `code`, if mapped.
  std::optional<std::string> lookup(uint32_t code) const;
  // Byte lengths codes may have, from the codespace ranges (empty when none declared).
  const std::vector<std::pair<int, std::pair<uint32_t, uint32_t>>>& codespaces() const { return codespaces_; }

 private:
  struct Range {
    uint32_t first, last;
    std::u32string start;                   // destination of `first`; the last char increments
    std::vector<std::u32string> explicit_;  // array form
  };
  std::unordered_map<uint32_t, std::u32string> single_;
  std::vector<Range> ranges_;
  std::vector<std::pair<int, std::pair<uint32_t, uint32_t>>> codespaces_;  // (bytes, (low, high))
};

// UTF-16BE bytes (as in CMap destinations) to UTF-32, pairing surrogates.
std::u32string utf16be_to_utf32(std::string_view bytes);
std::string utf32_to_utf8(std::u32string_view text);
std::string codepoint_to_utf8(char32_t c);

}  // namespace ehcpqa::pdf
