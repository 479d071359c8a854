// styles.xml: what a paragraph's style makes of it. Authority templates chain custom
// styles ("LA Section Heading" based on "Heading 2"), so properties are resolved through
// basedOn chains, with a hop limit against cycles.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "parser/docx/zip_archive.h"

namespace ehcpqa::docx {

struct StyleDefinition {
  std::string id;
  std::string name;
  std::string based_on;
  int outline_level = -1;        // w:outlineLvl (0-based; 9 means body text), -1 when unset
  std::optional<bool> bold;      // w:rPr/w:b, unset when the style says nothing
  std::string num_id;            // w:pPr/w:numPr, for styles that make list items
  int num_level = 0;
};

class Styles {
 public:
  Styles() = default;
  // Reads `part` (usually word/styles.xml); an absent part leaves the defaults.
  static Styles read(ZipArchive& zip, const std::string& part);

  void add(StyleDefinition style);

  const StyleDefinition* find(const std::string& id) const;
  // Display name ("heading 2"), or the id when the style is unknown.
  std::string name(const std::string& id) const;
  // 1..9 when the style (or one it is based on) is a heading, else 0.
  int heading_level(const std::string& id) const;
  bool bold(const std::string& id) const;
  // Bold as the style chain sets it, unset when no style in the chain says.
  std::optional<bool> bold_if_set(const std::string& id) const;
  // The list a style puts its paragraphs in, if any (num id, level).
  std::optional<std::pair<std::string, int>> list(const std::string& id) const;
  // The paragraph style used when a paragraph names none.
  const std::string& default_paragraph_style() const { return default_paragraph_; }

 private:
  template <typename T, typename F>
  std::optional<T> inherited(const std::string& id, F&& pick) const;

  std::unordered_map<std::string, StyleDefinition> styles_;
  std::string default_paragraph_;
  bool default_bold_ = false;  // docDefaults rPr
};

// 1..9 for a style named like a built-in heading ("heading 3", "Heading3"), else 0.
int heading_level_from_name(const std::string& name);

}  // namespace ehcpqa::docx
