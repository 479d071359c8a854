// The HTML outputs as the command line asks for them: `check --format html` (one page for the
// files checked) and an audit's report.html with a page per plan under plans/.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "checks/rule.h"
#include "reports/document_result.h"
#include "text/date.h"

namespace ehcpqa {

// The per-plan page for every result, on `out`. Templates are read from `data_dir`/reports/templates.
void write_check_html(std::ostream& out, const std::vector<DocumentResult>& results, const std::string& data_dir,
                      Date as_of);

// `dir`/report.html (the batch report, no names unless `show_names`) and `dir`/plans/<pseudonym>.html
// for every plan read (the caseworker's view, with the name). Throws std::runtime_error when a
// file cannot be written or the templates cannot be read.
void write_audit_html(const std::filesystem::path& dir, const std::vector<DocumentResult>& results,
                      const std::string& data_dir, Date as_of, bool show_names, const std::vector<Rule>& rules);

}  // namespace ehcpqa
