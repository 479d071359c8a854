#include "checks/finding.h"

#include "checks/rule.h"

namespace ehcpqa {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

bool parse_severity(const std::string& text, Severity& out) {
  if (text == "info") out = Severity::info;
  else if (text == "warning") out = Severity::warning;
  else if (text == "error") out = Severity::error;
  else return false;
  return true;
}

int Rule::option_int(const std::string& name, int fallback) const {
  auto it = options.find(name);
  if (it == options.end()) return fallback;
  try {
    return std::stoi(it->second);
  } catch (...) {
    return fallback;
  }
}

}  // namespace ehcpqa
