// The per-plan HTML page (`check --format html`, and plans/<pseudonym>.html in an audit): one
// self-contained file a caseworker opens in a browser. Grade and section scores at the top, a
// short "fix these first" list, then the plan's sections in statutory order with each finding
// beside the words that triggered them. Layout and wording live in reports/templates/plan.mustache.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "reports/document_result.h"
#include "reports/html_template.h"
#include "text/date.h"

namespace ehcpqa {

struct PlanPageOptions {
  Date as_of;
  std::string audit_link;  // the batch report, relative to the page ("../report.html"); empty for `check`
};

// One page holding every result in `results` (one plan per `check` file), names shown: this is
// the caseworker's view, and the page says so.
void write_plan_html(std::ostream& out, const HtmlTemplates& templates, const std::vector<DocumentResult>& results,
                     const PlanPageOptions& options);

// The file name of each result's page in an audit's plans/ folder, from the plan's pseudonym so
// that no child's name is in a file name, made unique within the audit (the DOCX and PDF of one
// plan share a pseudonym); "" for a file that could not be read, which has no page.
std::vector<std::string> plan_page_names(const std::vector<DocumentResult>& results);

}  // namespace ehcpqa
