// Areas of need: the four broad areas of the SEND Code of Practice (6.28), health, social
// care and the preparing-for-adulthood areas, with the words plans use to name them
// (templates/areas.yaml). The tagger gives every unit the area it is written under.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "templates/plan.h"
#include "templates/wording.h"

namespace ehcpqa {

struct LayoutProfile;

class AreaVocabulary {
 public:
  // Throws ConfigError with file:line on a malformed file.
  static AreaVocabulary load(const std::string& path);

  std::set<std::string> keys() const;
  // "communication and interaction" for "communication-interaction"; the key if unknown.
  std::string name_of(const std::string& key) const;
  // The area a section has when the plan names none ("health" for G), or "".
  std::string section_area(const std::string& code) const;

  // The area a title names, by the profile's own wordings and then the shared ones; "".
  std::string named_by(const std::string& text, const std::vector<Wording>& profile_wordings) const;

  // Sets Unit::area, and Unit::role = area_title for titles that name an area, on units
  // whose sections are already found (see templates/README.md, "Areas of need").
  void tag(std::vector<Unit>& units, const LayoutProfile* profile) const;

 private:
  bool is_guidance(const std::string& text) const;

  std::vector<Wording> wordings_;  // value: the area key
  std::vector<std::pair<std::string, std::string>> names_;  // key, name in file order
  std::map<std::string, std::string> section_areas_;
  std::set<std::string> tagged_sections_;
  // A template's own guidance printed under an area title ("Children and young people with
  // speech, language and communication needs ..."): part of the title, not the plan's words.
  std::vector<std::shared_ptr<RE2>> guidance_;
};

}  // namespace ehcpqa
