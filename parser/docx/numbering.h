// numbering.xml: whether a list paragraph is a bullet or a numbered item, and the label Word
// prints before a numbered item ("3.", "b)", "2.1").
#pragma once

#include <array>
#include <string>
#include <unordered_map>

#include "parser/docx/zip_archive.h"

namespace ehcpqa::docx {

// One level of a list definition (w:lvl).
struct ListLevel {
  std::string format = "decimal";  // w:numFmt: decimal, lowerLetter, upperRoman, bullet, ...
  std::string text;                // w:lvlText: "%1." with %k standing for level k's number
  int start = 1;
};

class Numbering {
 public:
  static constexpr int kLevels = 9;

  static Numbering read(ZipArchive& zip, const std::string& part);

  // True when `num_id` names a real list ("0" switches numbering off).
  bool is_list(const std::string& num_id) const;
  // True for decimal, letter and roman formats; false for bullets and unknown lists.
  bool is_numbered(const std::string& num_id, int level) const;
  // The level's definition in the list's abstract definition; null when unknown.
  const ListLevel* level(const std::string& num_id, int level) const;
  // The level's first number: the list instance's startOverride, else the definition's start.
  int start(const std::string& num_id, int level) const;

  ListLevel& define_level(const std::string& abstract_id, int level);
  void add_num(const std::string& num_id, const std::string& abstract_id);
  void override_start(const std::string& num_id, int level, int start);

 private:
  std::unordered_map<std::string, std::string> num_to_abstract_;
  std::unordered_map<std::string, ListLevel> levels_;  // "abstractId/level"
  std::unordered_map<std::string, int> start_overrides_;  // "numId/level"
};

// Counts list items as Word does, one count per list instance and level (an item resets the
// levels below it), and spells each numbered item's label.
class ListLabels {
 public:
  explicit ListLabels(const Numbering& numbering) : numbering_(numbering) {}
  // The label of the next item of `num_id` at `level`; empty for bullets and unknown lists.
  std::string next(const std::string& num_id, int level);

 private:
  const Numbering& numbering_;
  std::unordered_map<std::string, std::array<int, Numbering::kLevels>> counts_;  // 0: not begun
};

// `n` in a numbering format: 3 as "3", "c", "C", "iii", "III", "03".
std::string format_list_number(int n, const std::string& format);

}  // namespace ehcpqa::docx
