// Text as rules and label matching compare it: Unicode-normalised (NFKC), case-folded,
// typographic quotes and dashes made plain, white space collapsed. ICU does the Unicode
// work so "CAFÉ", "café" and "cafe\u0301" compare equal.
#pragma once

#include <string>
#include <string_view>

namespace ehcpqa::text {

// NFKC + case fold + plain punctuation + collapsed spaces.
std::string fold(std::string_view utf8);

// NFC + plain punctuation + collapsed spaces, case kept (for evidence and names).
std::string tidy(std::string_view utf8);

// True when the text has no letters or digits at all.
bool is_blank(std::string_view utf8);

// Number of words (runs of letters/digits), for section sizes.
int word_count(std::string_view utf8);

}  // namespace ehcpqa::text
