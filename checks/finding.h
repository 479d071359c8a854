// What a rule reports: one finding per occurrence, carrying everything a caseworker needs
// to act on it without looking anything up.
#pragma once

#include <string>

#include "parser/document.h"

namespace ehcpqa {

enum class Severity { info, warning, error };
const char* to_string(Severity severity);
bool parse_severity(const std::string& text, Severity& out);

struct Finding {
  std::string rule;
  Severity severity = Severity::warning;
  std::string section;   // "A".."K", "H1", "H2"; empty for whole-plan findings
  std::string message;
  std::string evidence;  // the exact words the rule fired on; empty when it is about an absence
  Location location;     // block -1 when there are no words to point at
  std::string reference;
  std::string fix;
};

}  // namespace ehcpqa
