#include "parser/pdf/to_unicode_cmap.h"

#include <cctype>

namespace ehcpqa::pdf {
namespace {

// A tiny tokenizer for CMap programs: <hex>, [ ], names, numbers and keywords.
struct Token {
  enum Kind { hex, open, close, word, end } kind;
  std::string text;  // decoded bytes for hex, the word otherwise
};

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}
  Token next() {
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (std::isspace(static_cast<unsigned char>(c))) {
        ++pos_;
      } else if (c == '%') {
        while (pos_ < s_.size() && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
      } else {
        break;
      }
    }
    if (pos_ >= s_.size()) return {Token::end, {}};
    const char c = s_[pos_];
    if (c == '<' && pos_ + 1 < s_.size() && s_[pos_ + 1] != '<') {
      ++pos_;
      std::string bytes;
      int high = -1;
      while (pos_ < s_.size() && s_[pos_] != '>') {
        const int v = hex_value(s_[pos_++]);
        if (v < 0) continue;
        if (high < 0) {
          high = v;
        } else {
          bytes += static_cast<char>(high * 16 + v);
          high = -1;
        }
      }
      if (high >= 0) bytes += static_cast<char>(high * 16);  // odd digit count: pad with 0
      ++pos_;
      return {Token::hex, bytes};
    }
    if (c == '[') return ++pos_, Token{Token::open, "["};
    if (c == ']') return ++pos_, Token{Token::close, "]"};
    const size_t start = pos_;
    while (pos_ < s_.size() && !std::isspace(static_cast<unsigned char>(s_[pos_])) && s_[pos_] != '[' &&
           s_[pos_] != ']' && s_[pos_] != '<' && s_[pos_] != '%') {
      ++pos_;
    }
    if (pos_ == start) ++pos_;  // a lone '<' of '<<' and the like
    return {Token::word, std::string(s_.substr(start, pos_ - start))};
  }

 private:
  static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  std::string_view s_;
  size_t pos_ = 0;
};

uint32_t code_of(const std::string& bytes) {
  uint32_t v = 0;
  for (size_t i = 0; i < bytes.size() && i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[i]);
  return v;
}

}  // namespace

std::u32string utf16be_to_utf32(std::string_view b) {
  std::u32string out;
  for (size_t i = 0; i + 1 < b.size(); i += 2) {
    char32_t u = (static_cast<unsigned char>(b[i]) << 8) | static_cast<unsigned char>(b[i + 1]);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      const char32_t low = (static_cast<unsigned char>(b[i + 2]) << 8) | static_cast<unsigned char>(b[i + 3]);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    out += u;
  }
  if (b.size() == 1) out += static_cast<unsigned char>(b[0]);  // a one-byte destination, seen in the wild
  return out;
}

std::string codepoint_to_utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    if (c >= 0xD800 && c <= 0xDFFF) return "\xEF\xBF\xBD";  // lone surrogate
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x110000) {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    return "\xEF\xBF\xBD";
  }
  return out;
}

std::string utf32_to_utf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) out += codepoint_to_utf8(c);
  return out;
}

ToUnicodeCMap ToUnicodeCMap::parse(std::string_view program) {
  ToUnicodeCMap map;
  Lexer lex(program);
  std::vector<Token> operands;
  constexpr size_t kMaxEntries = 1u << 20;  // hostile CMaps cannot make us allocate without bound
  for (Token t = lex.next(); t.kind != Token::end; t = lex.next()) {
    // Only these sections carry mappings; "begincmap" and the like merely wrap them.
    if (t.kind != Token::word ||
        (t.text != "begincodespacerange" && t.text != "beginbfchar" && t.text != "beginbfrange")) {
      continue;
    }
    const std::string section = t.text;
    const std::string closing = "end" + section.substr(5);
    std::vector<Token> items;
    for (t = lex.next(); t.kind != Token::end && !(t.kind == Token::word && t.text == closing); t = lex.next()) {
      items.push_back(t);
      if (items.size() > 3 * kMaxEntries) break;
    }
    if (section == "begincodespacerange") {
      for (size_t i = 0; i + 1 < items.size(); i += 2) {
        if (items[i].kind != Token::hex || items[i + 1].kind != Token::hex) continue;
        const int bytes = static_cast<int>(items[i].text.size());
        if (bytes >= 1 && bytes <= 4) {
          map.codespaces_.push_back({bytes, {code_of(items[i].text), code_of(items[i + 1].text)}});
        }
      }
    } else if (section == "beginbfchar") {
      for (size_t i = 0; i + 1 < items.size(); i += 2) {
        if (items[i].kind != Token::hex) continue;
        if (items[i + 1].kind == Token::hex) {
          map.single_[code_of(items[i].text)] = utf16be_to_utf32(items[i + 1].text);
        } else if (items[i + 1].kind == Token::word && items[i + 1].text.size() > 1 && items[i + 1].text[0] == '/') {
          // A glyph name as destination: rare; leave unmapped rather than guess.
        }
      }
    } else if (section == "beginbfrange") {
      for (size_t i = 0; i + 2 < items.size();) {
        if (items[i].kind != Token::hex || items[i + 1].kind != Token::hex) {
          ++i;
          continue;
        }
        Range r{code_of(items[i].text), code_of(items[i + 1].text), {}, {}};
        if (r.last < r.first || r.last - r.first > kMaxEntries) {
          i += 3;
          continue;
        }
        if (items[i + 2].kind == Token::hex) {
          r.start = utf16be_to_utf32(items[i + 2].text);
          i += 3;
        } else if (items[i + 2].kind == Token::open) {
          size_t j = i + 3;
          for (; j < items.size() && items[j].kind != Token::close; ++j) {
            if (items[j].kind == Token::hex) r.explicit_.push_back(utf16be_to_utf32(items[j].text));
          }
          i = j + 1;
        } else {
          i += 3;
          continue;
        }
        map.ranges_.push_back(std::move(r));
      }
    }
  }
  return map;
}

std::optional<std::string> ToUnicodeCMap::lookup(uint32_t code) const {
  if (auto it = single_.find(code); it != single_.end()) return utf32_to_utf8(it->second);
  // Later ranges override earlier ones, as later definitions do in a CMap.
  for (auto r = ranges_.rbegin(); r != ranges_.rend(); ++r) {
    if (code < r->first || code > r->last) continue;
    const uint32_t offset = code - r->first;
    if (!r->explicit_.empty()) {
      if (offset < r->explicit_.size()) return utf32_to_utf8(r->explicit_[offset]);
      continue;
    }
    if (r->start.empty()) continue;
    std::u32string dest = r->start;
    dest.back() += offset;
    return utf32_to_utf8(dest);
  }
  return std::nullopt;
}

}  // namespace ehcpqa::pdf
