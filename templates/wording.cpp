#include "templates/wording.h"

#include <re2/re2.h>

#include "text/config_file.h"
#include "text/normalize.h"

namespace ehcpqa {

std::vector<Wording> read_wordings(const std::string& path, const YAML::Node& list, const std::string& value) {
  if (!list.IsSequence() || list.size() == 0) config_fail(path, list, "expected a list of wordings");
  std::vector<Wording> out;
  for (const YAML::Node& item : list) {
    if (!item.IsScalar() || item.as<std::string>().empty()) config_fail(path, item, "a wording must be non-empty text");
    const std::string folded = text::fold(item.as<std::string>());
    if (folded.empty()) config_fail(path, item, "a wording must contain letters or digits");
    out.push_back(Wording{folded, value, item.Mark().line + 1});
  }
  return out;
}

bool starts_with_wording(std::string_view folded_text, std::string_view folded_wording) {
  if (folded_wording.empty() || folded_text.substr(0, folded_wording.size()) != folded_wording) return false;
  if (folded_text.size() == folded_wording.size()) return true;
  const unsigned char last = static_cast<unsigned char>(folded_wording.back());
  const unsigned char next = static_cast<unsigned char>(folded_text[folded_wording.size()]);
  // A wording ending in punctuation ("b -") needs no boundary; one ending in a letter must
  // not run on into a longer word ("need" is not "needle"). Bytes >= 0x80 are letters.
  const bool word_char = std::isalnum(next) || next >= 0x80;
  return !(std::isalnum(last) || last >= 0x80) || !word_char;
}

const Wording* longest_match(std::string_view folded_text, const std::vector<Wording>& wordings) {
  const Wording* best = nullptr;
  for (const Wording& w : wordings) {
    if (starts_with_wording(folded_text, w.folded) && (!best || w.folded.size() > best->folded.size())) best = &w;
  }
  return best;
}

std::string strip_numbering(std::string_view text) {
  static const RE2 numbering(R"((?i)^\s*(?:(?:section|part|step)\s+)?\d{1,2}\b\s*(?:[.):\-]\s*)?)", RE2::Quiet);
  re2::StringPiece input(text.data(), text.size());
  if (RE2::Consume(&input, numbering)) return std::string(input.data(), input.size());
  return std::string(text);
}

std::string_view first_line(std::string_view text) {
  const size_t nl = text.find('\n');
  return nl == std::string_view::npos ? text : text.substr(0, nl);
}

}  // namespace ehcpqa
