// Small wording and number helpers shared by the per-plan and batch HTML pages, so both
// say things the same way ("Error", "7.4", "62%", "Section E: outcomes").
#pragma once

#include <string>

#include "checks/finding.h"

namespace ehcpqa::html {

std::string severity_label(Severity s);            // "Error", "Warning", "Note"
std::string score_text(double score);               // "7.4"
std::string percent_text(double share);             // 0.625 -> "63%"
std::string band_class(const std::string& band);    // "Requires improvement" -> "band-ri"
std::string section_name(const std::string& code);  // "Section E: outcomes"; "plan" -> "The plan as a whole"
std::string points_text(double points);             // "0.6 points"

}  // namespace ehcpqa::html
