// plans.csv and findings.csv: UTF-8 with a byte-order mark so Excel reads accents
// correctly, one header row, RFC 4180 quoting. Unless `show_names`, both can be shared:
// each plan is named by its pseudonym, and the child's names in paths and in the quoted
// evidence are replaced by it (reports/pseudonym.h).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "reports/document_result.h"

namespace ehcpqa {

// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, quotes doubled.
std::string csv_field(const std::string& value);

void write_plans_csv(std::ostream& out, const std::vector<DocumentResult>& results, bool show_names = false);
void write_findings_csv(std::ostream& out, const std::vector<DocumentResult>& results, bool show_names = false);

}  // namespace ehcpqa
