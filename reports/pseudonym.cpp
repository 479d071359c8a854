#include "reports/pseudonym.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include "text/hash.h"

namespace ehcpqa {
namespace {

// Letters and digits that cannot be misread for one another (no 0/O, 1/I).
constexpr const char* kAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr int kCodeLength = 5;  // 32^5 codes: two plans of one audit rarely share one

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Bytes of UTF-8 multi-byte characters count as letters, so "Zoë" is one word.
bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// The child's names, longest first so "Ayesha Khan" is replaced before "Ayesha": the full
// name, the preferred name, and each of their words of two letters or more (hyphenated
// names also by part).
std::vector<std::string> child_names(const DocumentResult& r) {
  std::vector<std::string> names;
  if (!r.plan) return names;
  auto add = [&](const std::string& n) {
    if (n.size() >= 2 && std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  };
  for (const auto& full : {r.plan->name, r.plan->preferred_name}) {
    if (!full) continue;
    const std::vector<std::string> words = split_words(*full);
    std::string joined;
    for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
    add(joined);
    for (const std::string& w : words) {
      add(w);
      size_t start = 0;
      for (size_t dash = w.find('-'); dash != std::string::npos; dash = w.find('-', start)) {
        add(w.substr(start, dash - start));
        start = dash + 1;
      }
      if (start > 0) add(w.substr(start));
    }
  }
  std::stable_sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return names;
}

// Replaces whole-word occurrences of `name` in `text`. With `any_case`, matches whatever the
// case; otherwise only as written or in capitals.
std::string replace_word(const std::string& text, const std::string& name, const std::string& with, bool any_case) {
  const std::string hay = any_case ? lower(text) : text;
  std::vector<std::string> needles = any_case ? std::vector<std::string>{lower(name)}
                                              : std::vector<std::string>{name, upper(name)};
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    bool replaced = false;
    if (i == 0 || !word_byte(text[i - 1])) {
      for (const std::string& needle : needles) {
        if (needle.empty() || hay.compare(i, needle.size(), needle) != 0) continue;
        const size_t end = i + needle.size();
        if (end < text.size() && word_byte(text[end])) continue;
        out += with;
        i = end;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

}  // namespace

std::string pseudonym(const DocumentResult& result) {
  if (!result.pseudonym.empty()) return result.pseudonym;
  std::string key;
  if (result.plan && result.plan->name) {
    key = "name:" + lower(*result.plan->name);
    if (result.plan->dob) key += "|dob:" + result.plan->dob->iso();
  } else {
    key = "file:" + lower(std::filesystem::path(result.path).stem().string());
  }
  uint64_t h = text::stable_hash(key);
  std::string code;
  for (int i = 0; i < kCodeLength; ++i) {
    code += kAlphabet[h % 32];
    h /= 32;
  }
  return "Plan " + code;
}

std::string mask_names(const std::string& text, const DocumentResult& result) {
  std::string out = text;
  const std::string label = pseudonym(result);
  for (const std::string& name : child_names(result)) out = replace_word(out, name, label, false);
  return out;
}

std::string mask_path(const std::string& path, const DocumentResult& result) {
  const std::filesystem::path p(path);
  std::string file = p.filename().string();
  const std::string label = pseudonym(result);
  std::vector<std::string> names = child_names(result);
  // File names often join the names: "ayesha_khan", "Ayesha-Khan", "AyeshaKhan".
  std::vector<std::string> joined;
  for (const std::string& n : names) {
    if (n.find(' ') == std::string::npos) continue;
    for (const char* sep : {"_", "-", ".", ""}) {
      std::string j;
      for (char c : n) j += c == ' ' ? std::string(sep) : std::string(1, c);
      joined.push_back(j);
    }
  }
  for (const std::string& n : joined) file = replace_word(file, n, label, true);
  for (const std::string& n : names) file = replace_word(file, n, label, true);
  return (p.parent_path() / file).string();
}

DocumentResult without_names(const DocumentResult& result) {
  DocumentResult out = result;
  out.pseudonym = pseudonym(result);
  auto mask = [&](std::string& s) { s = mask_names(s, result); };
  out.path = mask_path(result.path, result);
  mask(out.error_message);
  for (Finding& f : out.findings) {
    mask(f.message);
    mask(f.evidence);
    mask(f.fix);
  }
  for (std::string& d : out.diagnostics) mask(d);
  if (out.plan) {
    PlanSummary& p = *out.plan;
    p.name.reset();
    p.preferred_name.reset();
    for (ItemSummary& i : p.items) mask(i.text);
    for (AdviceSummary& a : p.advice) {
      mask(a.title);
      mask(a.author);  // "Tom, with his class teacher"; a parent shares the family name
    }
    for (SectionSummary& sec : p.sections) mask(sec.title);  // "The views of Kieran and his parents"
    for (TextUnitSummary& u : p.text) mask(u.text);
  }
  return out;
}

}  // namespace ehcpqa
