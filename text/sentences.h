// Sentence boundaries by ICU's rules (abbreviations such as "Dr." and "e.g." kept whole
// where ICU's English data knows them).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ehcpqa::text {

struct Span {
  size_t offset = 0;  // bytes into the UTF-8 text
  size_t length = 0;
};

// Non-blank sentences of `utf8`, trimmed, as byte spans into it.
std::vector<Span> sentences(std::string_view utf8);

}  // namespace ehcpqa::text
