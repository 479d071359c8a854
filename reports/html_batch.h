// The batch report (audit --out DIR -> report.html) for a QA officer and a SEND leadership
// team: the audit at a glance, grade mix, rates per rule and per section, the most common
// findings, breakdowns (age band, phase and key stage, draft or final, primary need, layout)
// and a table of plans linking to each plan's page. No child's name appears unless
// show_names is set: plans are listed by pseudonym. Wording and layout are in
// reports/templates/batch.mustache; the figures are computed here.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "reports/document_result.h"
#include "reports/html_template.h"
#include "text/date.h"

namespace ehcpqa {

struct BatchPageOptions {
  Date as_of;
  bool show_names = false;
  std::vector<std::string> plan_pages;                // per result, its page relative to report.html; "" for none
  std::map<std::string, std::string> rule_summaries;  // rule id -> one-line summary (rule.summary)
};

void write_batch_html(std::ostream& out, const HtmlTemplates& templates, const std::vector<DocumentResult>& results,
                      const BatchPageOptions& options);

}  // namespace ehcpqa
