// Finds the statutory sections in a plan's units with one layout profile, and picks the
// profile that explains the document best.
#pragma once

#include <string>
#include <vector>

#include "templates/layout_profile.h"
#include "templates/plan.h"

namespace ehcpqa {

struct LayoutMatch {
  const LayoutProfile* profile = nullptr;  // null when no profile found any heading
  std::vector<Section> sections;
  size_t front_end = 0;
  int codes_found = 0;  // of the 12 statutory codes (a combined H counts as H1 and H2)
  double confidence = 0;
};

// True for a unit that could be a section heading at all: a heading style or all-bold
// text, short, and not a table-of-contents entry.
bool is_heading_candidate(const Unit& unit, size_t max_chars);

LayoutMatch find_sections(const std::vector<Unit>& units, const LayoutProfile& profile);

// The profile finding the most statutory sections (ties go to the earlier profile), or
// the one named `forced` when it is not empty. Throws ConfigError for an unknown name.
LayoutMatch choose_layout(const std::vector<Unit>& units, const std::vector<LayoutProfile>& profiles,
                          const std::string& forced = "");

}  // namespace ehcpqa
