#include "parser/docx/numbering.h"

#include <cctype>
#include <cstdlib>

#include "parser/docx/xml_stream.h"

namespace ehcpqa::docx {

namespace {

std::string key(const std::string& id, int level) { return id + "/" + std::to_string(level); }

int level_of(const std::string& attribute) {
  const int level = std::atoi(attribute.c_str());
  return level >= 0 && level < Numbering::kLevels ? level : -1;
}

std::string roman(int n) {
  static const std::pair<int, const char*> parts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                      {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                      {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string out;
  for (const auto& [value, digits] : parts) {
    for (; n >= value; n -= value) out += digits;
  }
  return out;
}

// Word's letters: a..z, then aa..zz, aaa.. (the letter repeated, not a base-26 number).
std::string letters(int n) {
  return std::string(static_cast<size_t>((n - 1) / 26 + 1), static_cast<char>('a' + (n - 1) % 26));
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

Numbering Numbering::read(ZipArchive& zip, const std::string& part) {
  Numbering numbering;
  if (part.empty() || !zip.contains(part)) return numbering;
  XmlStream xml(zip.open(part));
  std::string abstract_id, num_id;
  int level = -1, override_level = -1;
  while (xml.next()) {
    if (xml.ns() != kWordNs) continue;
    auto name = xml.local_name();
    if (xml.node() == XmlStream::Node::start) {
      if (name == "abstractNum") {
        abstract_id = xml.attribute("abstractNumId");
      } else if (name == "lvl" && !abstract_id.empty()) {
        level = level_of(xml.attribute("ilvl"));
      } else if (!abstract_id.empty() && level >= 0 && (name == "numFmt" || name == "lvlText" || name == "start")) {
        ListLevel& l = numbering.define_level(abstract_id, level);
        if (name == "numFmt") l.format = xml.attribute("val");
        else if (name == "lvlText") l.text = xml.attribute("val");
        else l.start = std::atoi(xml.attribute("val").c_str());
      } else if (name == "num") {
        num_id = xml.attribute("numId");
      } else if (name == "abstractNumId" && !num_id.empty()) {
        numbering.add_num(num_id, xml.attribute("val"));
      } else if (name == "lvlOverride" && !num_id.empty()) {
        override_level = level_of(xml.attribute("ilvl"));
      } else if (name == "startOverride" && override_level >= 0) {
        numbering.override_start(num_id, override_level, std::atoi(xml.attribute("val").c_str()));
      }
    } else if (xml.node() == XmlStream::Node::end) {
      if (name == "abstractNum") abstract_id.clear();
      else if (name == "lvl") level = -1;
      else if (name == "num") num_id.clear();
      else if (name == "lvlOverride") override_level = -1;
    }
  }
  return numbering;
}

ListLevel& Numbering::define_level(const std::string& abstract_id, int level) { return levels_[key(abstract_id, level)]; }

void Numbering::add_num(const std::string& num_id, const std::string& abstract_id) {
  num_to_abstract_[num_id] = abstract_id;
}

void Numbering::override_start(const std::string& num_id, int level, int start) {
  start_overrides_[key(num_id, level)] = start;
}

bool Numbering::is_list(const std::string& num_id) const {
  return !num_id.empty() && num_id != "0";
}

const ListLevel* Numbering::level(const std::string& num_id, int level) const {
  auto a = num_to_abstract_.find(num_id);
  if (a == num_to_abstract_.end()) return nullptr;
  auto l = levels_.find(key(a->second, level));
  return l == levels_.end() ? nullptr : &l->second;
}

int Numbering::start(const std::string& num_id, int level) const {
  auto o = start_overrides_.find(key(num_id, level));
  if (o != start_overrides_.end()) return o->second;
  const ListLevel* l = this->level(num_id, level);
  return l ? l->start : 1;
}

bool Numbering::is_numbered(const std::string& num_id, int level) const {
  const ListLevel* l = this->level(num_id, level);
  return l && l->format != "bullet" && l->format != "none";
}

std::string format_list_number(int n, const std::string& format) {
  if (n < 1 && format != "decimal" && format != "decimalZero") return std::to_string(n);
  if (format == "lowerLetter") return letters(n);
  if (format == "upperLetter") return upper(letters(n));
  if (format == "lowerRoman") return roman(n);
  if (format == "upperRoman") return upper(roman(n));
  if (format == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
  return std::to_string(n);  // decimal, and formats spelt in words or scripts we do not spell
}

std::string ListLabels::next(const std::string& num_id, int level) {
  if (level < 0 || level >= Numbering::kLevels || !numbering_.is_numbered(num_id, level)) return "";
  auto& counts = counts_.try_emplace(num_id).first->second;
  auto count = [&](int at) -> int& { return counts[static_cast<size_t>(at)]; };
  count(level) = count(level) == 0 ? numbering_.start(num_id, level) : count(level) + 1;
  for (int below = level + 1; below < Numbering::kLevels; ++below) count(below) = 0;
  const std::string& text = numbering_.level(num_id, level)->text;
  std::string label;
  for (size_t i = 0; i < text.size(); ++i) {
    const int k = i + 1 < text.size() && text[i] == '%' ? text[i + 1] - '1' : -1;
    if (k < 0 || k >= Numbering::kLevels) {
      label += text[i];
      continue;
    }
    // A level above that has not begun yet shows its first number, as Word does.
    const int n = count(k) != 0 ? count(k) : numbering_.start(num_id, k);
    const ListLevel* l = numbering_.level(num_id, k);
    label += format_list_number(n, l ? l->format : "decimal");
    ++i;
  }
  return label;
}

}  // namespace ehcpqa::docx
