#include "reports/html_common.h"

#include <cmath>

#include <fmt/format.h>

#include "templates/plan.h"

namespace ehcpqa::html {

std::string severity_label(Severity s) {
  switch (s) {
    case Severity::error: return "Error";
    case Severity::warning: return "Warning";
    case Severity::info: return "Note";
  }
  return "Note";
}

std::string score_text(double score) { return fmt::format("{:.1f}", std::round(score * 10) / 10); }

std::string percent_text(double share) { return fmt::format("{:.0f}%", std::round(share * 100)); }

std::string band_class(const std::string& band) {
  if (band == "Outstanding") return "band-outstanding";
  if (band == "Good") return "band-good";
  if (band == "Requires improvement") return "band-ri";
  if (band == "Inadequate") return "band-inadequate";
  return "band-none";
}

std::string section_name(const std::string& code) {
  if (code.empty() || code == "plan") return "The plan as a whole";
  if (code == "H") return "Sections H1 and H2: " + section_description(code);
  if (code == "H1") return "Section H1: Social care provision (section 2, CSDPA 1970)";  // the full name is long
  std::string d = section_description(code);
  if (!d.empty()) d[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(d[0])));
  return fmt::format("Section {}: {}", code, d);
}

std::string points_text(double points) {
  const std::string p = fmt::format("{:.1f}", std::round(points * 10) / 10);
  return p == "1.0" ? "1 point" : p + " points";
}

}  // namespace ehcpqa::html
