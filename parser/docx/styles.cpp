#include "parser/docx/styles.h"

#include <cctype>
#include <vector>

#include "parser/docx/xml_stream.h"

namespace ehcpqa::docx {
namespace {
constexpr int kMaxBasedOnHops = 24;

int to_int(const std::string& s, int fallback) {
  if (s.empty() || s.size() > 3) return fallback;
  int v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return fallback;
    v = v * 10 + (c - '0');
  }
  return v;
}
}  // namespace

int heading_level_from_name(const std::string& name) {
  std::string lower;
  for (char c : name) {
    if (c != ' ') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (lower.size() == 8 && lower.rfind("heading", 0) == 0 && lower[7] >= '1' && lower[7] <= '9') {
    return lower[7] - '0';
  }
  return 0;
}

Styles Styles::read(ZipArchive& zip, const std::string& part) {
  Styles styles;
  if (part.empty() || !zip.contains(part)) return styles;
  XmlStream xml(zip.open(part));
  StyleDefinition current;
  bool in_style = false, in_ppr = false, in_rpr = false, in_defaults = false;
  bool current_default = false;
  while (xml.next()) {
    const auto node = xml.node();
    if (node == XmlStream::Node::start) {
      auto name = xml.local_name();
      if (xml.ns() != kWordNs) continue;
      if (name == "docDefaults") {
        in_defaults = true;
      } else if (name == "style") {
        in_style = true;
        current = StyleDefinition{};
        current.id = xml.attribute("styleId");
        const std::string is_default = xml.attribute("default");
        current_default = xml.attribute("type") == "paragraph" &&
                          (is_default == "1" || is_default == "true" || is_default == "on");
      } else if (name == "pPr") {
        in_ppr = true;
      } else if (name == "rPr") {
        in_rpr = true;
      } else if (in_style && name == "name") {
        current.name = xml.attribute("val");
      } else if (in_style && name == "basedOn") {
        current.based_on = xml.attribute("val");
      } else if (in_style && in_ppr && name == "outlineLvl") {
        current.outline_level = to_int(xml.attribute("val"), -1);
      } else if (in_style && in_ppr && name == "numId") {
        current.num_id = xml.attribute("val");
      } else if (in_style && in_ppr && name == "ilvl") {
        current.num_level = to_int(xml.attribute("val"), 0);
      } else if (in_rpr && name == "b") {
        if (in_style) current.bold = word_on(xml);
        else if (in_defaults) styles.default_bold_ = word_on(xml);
      }
    } else if (node == XmlStream::Node::end && xml.ns() == kWordNs) {
      auto name = xml.local_name();
      if (name == "style") {
        in_style = false;
        if (current_default) styles.default_paragraph_ = current.id;
        if (!current.id.empty()) styles.add(std::move(current));
      } else if (name == "pPr") {
        in_ppr = false;
      } else if (name == "rPr") {
        in_rpr = false;
      } else if (name == "docDefaults") {
        in_defaults = false;
      }
    }
  }
  return styles;
}

void Styles::add(StyleDefinition style) {
  std::string id = style.id;
  styles_[id] = std::move(style);
}

const StyleDefinition* Styles::find(const std::string& id) const {
  auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

std::string Styles::name(const std::string& id) const {
  const StyleDefinition* s = find(id);
  return (s && !s->name.empty()) ? s->name : id;
}

template <typename T, typename F>
std::optional<T> Styles::inherited(const std::string& id, F&& pick) const {
  std::string cursor = id;
  for (int hop = 0; hop < kMaxBasedOnHops && !cursor.empty(); ++hop) {
    const StyleDefinition* s = find(cursor);
    if (!s) break;
    if (std::optional<T> v = pick(*s)) return v;
    cursor = s->based_on;
  }
  return std::nullopt;
}

int Styles::heading_level(const std::string& id) const {
  auto level = inherited<int>(id, [](const StyleDefinition& s) -> std::optional<int> {
    if (int by_name = heading_level_from_name(s.name)) return by_name;
    if (s.outline_level >= 0) return s.outline_level <= 8 ? s.outline_level + 1 : 0;
    return std::nullopt;
  });
  if (!level && find(id) == nullptr) {
    // A style id used without a definition: Word's own ids still say what they are.
    return heading_level_from_name(id);
  }
  return level.value_or(0);
}

std::optional<bool> Styles::bold_if_set(const std::string& id) const {
  return inherited<bool>(id, [](const StyleDefinition& s) { return s.bold; });
}

bool Styles::bold(const std::string& id) const { return bold_if_set(id).value_or(default_bold_); }

std::optional<std::pair<std::string, int>> Styles::list(const std::string& id) const {
  return inherited<std::pair<std::string, int>>(
      id, [](const StyleDefinition& s) -> std::optional<std::pair<std::string, int>> {
        if (s.num_id.empty()) return std::nullopt;
        return std::make_pair(s.num_id, s.num_level);
      });
}

}  // namespace ehcpqa::docx
