// Reads the front matter (name, date of birth, status and dates) from the units before
// the first section and from the running headers, as labelled in templates/front-matter.yaml.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "templates/plan.h"

namespace ehcpqa {

class FrontMatterReader {
 public:
  // Throws ConfigError on a malformed file.
  static FrontMatterReader load(const std::string& path);

  // Fills plan.front from plan.units[0, plan.front_end) and plan.header_text.
  void read(Plan& plan) const;

 private:
  struct Field {
    std::string key;
    std::unique_ptr<RE2> label;  // anchored label, then separator
    std::vector<std::string> tags;
  };
  struct LabelHit {
    const Field* field;
    size_t start, end;  // of the label and its separator in the text
    bool separated;     // followed by ':' '-' or a tab, or nothing
  };
  std::vector<LabelHit> labels_in(const std::string& text) const;
  bool is_placeholder(const std::string& value) const;
  void assign(FrontMatter& front, const std::string& key, const std::string& value,
              Location location) const;

  std::vector<Field> fields_;
  std::vector<std::unique_ptr<RE2>> draft_words_, final_words_, placeholders_;
};

}  // namespace ehcpqa
