// The terminal view of `check --format text`, `sections` and `rules`: plain English,
// one finding per block, aligned, no colour codes (output is often piped to a file).
#pragma once

#include <ostream>
#include <vector>

#include "checks/rule.h"
#include "reports/document_result.h"
#include "templates/areas.h"

namespace ehcpqa {

void write_check_text(std::ostream& out, const std::vector<DocumentResult>& results);

// How the plan was read: the layout chosen, front matter and derived facts, and each
// statutory section with its first words and items; `list_items` lists every item.
void write_sections_text(std::ostream& out, const DocumentResult& result, const Plan& plan,
                         const AreaVocabulary& areas, bool list_items = false);

void write_rule_list(std::ostream& out, const std::vector<Rule>& rules);
// Every rule's settings as a --config file (enabled, severity, options), to copy and edit.
void write_config_dump(std::ostream& out, const std::vector<Rule>& rules);
void write_rule_explanation(std::ostream& out, const Rule& rule, const std::vector<std::string>& fire_texts,
                            const std::vector<std::string>& pass_texts);

// "14 Feb 2011" for people; ISO dates are for machines.
std::string human_date(const Date& d);

}  // namespace ehcpqa
