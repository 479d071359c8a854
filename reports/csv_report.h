// plans.csv and findings.csv: UTF-8 with a byte-order mark so Excel reads accents
// correctly, one header row, RFC 4180 quoting. plans.csv carries no names, so it can be
// shared; findings.csv quotes the plan's words as evidence, which may include names.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "reports/document_result.h"

namespace ehcpqa {

// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, quotes doubled.
std::string csv_field(const std::string& value);

void write_plans_csv(std::ostream& out, const std::vector<DocumentResult>& results);
void write_findings_csv(std::ostream& out, const std::vector<DocumentResult>& results);

}  // namespace ehcpqa
