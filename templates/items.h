// Splits sections into items: outcomes in E, provision in F, G, H1 and H2, and advice
// entries in K, each with the area of need it is written under. The rules (list items,
// table rows, sentences) are in templates/README.md, "Items"; the wording they use is in
// templates/items.yaml.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "templates/areas.h"
#include "templates/plan.h"
#include "templates/wording.h"

namespace ehcpqa {

class ItemSplitter {
 public:
  // Throws ConfigError with file:line on a malformed file.
  static ItemSplitter load(const std::string& path);

  // Fills plan.items and plan.advice from units already tagged with sections and areas.
  void split(Plan& plan, const AreaVocabulary& areas) const;

  // "Psychological advice - Dr Omar Siddiqui, educational psychologist - 18 June 2026"
  // read as one advice entry.
  static Advice advice_from_text(const std::string& text);

 private:
  bool is_not_item(const std::string& text) const;

  std::map<std::string, ItemKind> kinds_;
  std::vector<std::unique_ptr<RE2>> not_items_;
  std::vector<Wording> advice_columns_;  // value: title, author or date
};

}  // namespace ehcpqa
