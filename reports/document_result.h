// One input's outcome, as every output reports it: the contract's document object
// (output-contract.md). Built from a Plan and its findings, or from a read error, and
// round-tripped through JSON between batch workers and the parent process.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checks/finding.h"
#include "checks/grading.h"
#include "templates/plan.h"

namespace ehcpqa {

struct SectionSummary {
  std::string code;
  std::string title;
  bool found = false;
  int words = 0;
  int items = 0;  // outcomes, provision items or advice entries found in it
};

// Facts derived from the date of birth on one date (templates/derived.h).
struct DerivedSummary {
  Date on;
  int age_years = 0;
  std::optional<int> year_group;
  std::string key_stage, phase, age_band;
  std::string transfer;  // the move a transfer year leads to, empty when not one
};

struct ItemSummary {
  std::string section, area, kind, text;
  Location location;
};

struct AdviceSummary {
  std::string title, author;
  std::optional<Date> date;
  Location location;
};

// ---- Plan text for the per-plan HTML page (reports/html_*) -------------------------------
// The plan's paragraphs in reading order, so the page can show each finding beside the words
// that triggered it. Sent from worker to parent (to_worker_json); the contract's JSON omits it.
struct TextUnitSummary {
  std::string section;  // A..K, H1, H2 or H; empty for the front page and any sign-off
  std::string role;     // content | section-heading | column-header | area-title
  int heading_level = 0;
  int list_level = -1;
  std::string text;
  Location location;
  std::string list_label;  // "2.", "b)"; empty for bullets and other paragraphs
};
// ---- end plan text ------------------------------------------------------------------------

struct PlanSummary {
  std::string status = "unknown";  // draft | final | unknown
  std::optional<std::string> name, preferred_name;
  std::optional<Date> dob, plan_date, draft_date, issue_date, review_date, request_date, signed_date;
  std::optional<int> age_years, year_group;
  std::optional<std::string> school_year, primary_need, primary_need_code, placement;
  std::optional<int> year_group_stated;  // read from school_year
  std::optional<DerivedSummary> at_plan_date, at_as_of;
  std::string layout;
  double layout_confidence = 0;
  std::vector<LayoutScore> layout_scores;  // every profile tried: sections each found
  std::vector<SectionSummary> sections;  // all twelve statutory codes, found or not
  std::vector<ItemSummary> items;
  std::vector<AdviceSummary> advice;
  int unaccepted_revisions = 0;
  int comments = 0;
  std::vector<TextUnitSummary> text;  // plan text for the HTML page (see TextUnitSummary)
};

struct DocumentResult {
  std::string path;
  std::string format;             // docx | pdf | markup | unknown
  std::string status = "ok";      // ok | error
  std::string error_code, error_message;
  std::optional<PlanSummary> plan;
  std::vector<Finding> findings;
  std::vector<std::string> diagnostics;
  std::optional<Grade> grade;     // null when the file could not be read
  std::string pseudonym;          // set by without_names() (reports/pseudonym.h); else worked out

  bool ok() const { return status == "ok"; }
  int count(Severity s) const;
};

// `as_of` adds the derived facts on that date (the --as-of date) beside those at the plan date.
PlanSummary summarise(const Plan& plan, std::optional<Date> as_of = std::nullopt);
DocumentResult error_result(const std::string& path, const std::string& format,
                            const std::string& code, const std::string& message);

// The contract's JSON shape, and back (for results sent by worker processes).
nlohmann::ordered_json to_json(const DocumentResult& result);
DocumentResult document_result_from_json(const nlohmann::json& j);
// to_json plus the plan's text (TextUnitSummary), for a batch worker's reply to its parent;
// document_result_from_json reads the text back when it is there.
nlohmann::ordered_json to_worker_json(const DocumentResult& result);

// "docx", "pdf" or "unknown" from the file name, for files that could not be read.
std::string format_from_extension(const std::string& path);

}  // namespace ehcpqa
