// numbering.xml: whether a list paragraph is a bullet or a numbered item.
#pragma once

#include <string>
#include <unordered_map>

#include "parser/docx/zip_archive.h"

namespace ehcpqa::docx {

class Numbering {
 public:
  static Numbering read(ZipArchive& zip, const std::string& part);

  // True when `num_id` names a real list ("0" switches numbering off).
  bool is_list(const std::string& num_id) const;
  // True for decimal, letter and roman formats; false for bullets and unknown lists.
  bool is_numbered(const std::string& num_id, int level) const;

  void add_format(const std::string& abstract_id, int level, const std::string& format);
  void add_num(const std::string& num_id, const std::string& abstract_id);

 private:
  std::unordered_map<std::string, std::string> num_to_abstract_;
  std::unordered_map<std::string, std::string> formats_;  // "abstractId/level" -> numFmt
};

}  // namespace ehcpqa::docx
