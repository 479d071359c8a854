// Reads the front matter (name, date of birth, status, dates, school year, primary need,
// placement) from the units before the first section, from the running headers (where a
// watermark's text is too), and a sign-off date from the units after the last section, as
// labelled in templates/front-matter.yaml.
#pragma once

#include <map>
#include <set>
#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include "templates/plan.h"
#include "templates/wording.h"

namespace ehcpqa {

class FrontMatterReader {
 public:
  // Throws ConfigError on a malformed file.
  static FrontMatterReader load(const std::string& path);

  // Fills plan.front from plan.units[0, plan.front_end), plan.header_text and the sign-off
  // in plan.units[plan.back_start, end).
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
  static std::vector<Field> read_fields(const std::string& path, const YAML::Node& fields,
                                        const std::set<std::string>& keys);
  std::vector<LabelHit> labels_in(const std::string& text, const std::vector<Field>& fields) const;
  bool is_placeholder(const std::string& value) const;
  void assign(FrontMatter& front, const std::string& key, const std::string& value,
              Location location) const;
  // Reads labelled values in units [begin, end); marks which units hold labels.
  void read_labels(Plan& plan, size_t begin, size_t end, const std::vector<Field>& fields,
                   std::vector<bool>& is_label) const;
  std::string primary_need_code(const std::string& value) const;

  std::vector<Field> fields_;
  std::vector<Field> sign_off_fields_;
  std::vector<std::unique_ptr<RE2>> draft_words_, final_words_, placeholders_;
  std::vector<Wording> need_codes_;  // value: the DfE primary need code
};

}  // namespace ehcpqa
