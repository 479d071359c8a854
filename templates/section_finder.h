// Finds the statutory sections in a plan's units with one layout profile, and picks the
// profile that explains the document best. Membership is per unit, not a range: a table
// with one column per section (needs | provision | outcomes) puts each cell in its own
// section, so sections interleave.
#pragma once

#include <string>
#include <vector>

#include "templates/layout_profile.h"
#include "templates/plan.h"

namespace ehcpqa {

struct LayoutMatch {
  const LayoutProfile* profile = nullptr;  // null when no profile found any section
  std::vector<Section> sections;           // in order of first appearance
  std::vector<std::string> unit_sections;  // per unit: its section code, "" outside sections
  std::vector<UnitRole> roles;             // per unit
  std::vector<bool> by_column;             // per unit: placed by its table column
  size_t front_end = 0;
  size_t back_start = 0;
  int codes_found = 0;  // of the 12 statutory codes (a combined H counts as H1 and H2)
  double confidence = 0;
  std::vector<LayoutScore> scores;  // every profile tried (filled by choose_layout)

  // Writes the sections, roles and boundaries into `plan` (whose units these are).
  void apply(Plan& plan) const;
};

// True for a unit that could be a section heading at all: a heading style, all-bold or
// shaded text, short, and not a table-of-contents entry.
bool is_heading_candidate(const Unit& unit, size_t max_chars);

// The section code a heading candidate names under `profile`, or "". Patterns (which carry
// the letter) match anywhere; title wordings only outside tables or alone in a table row, so
// a table's column labels ("Advice and information | Date") are not taken for headings.
std::string heading_code(const Unit& unit, const LayoutProfile& profile);

LayoutMatch find_sections(const std::vector<Unit>& units, const LayoutProfile& profile);

// The profile finding the most statutory sections (ties go to the earlier profile), or
// the one named `forced` when it is not empty. Throws ConfigError for an unknown name.
LayoutMatch choose_layout(const std::vector<Unit>& units, const std::vector<LayoutProfile>& profiles,
                          const std::string& forced = "");

}  // namespace ehcpqa
