// The plan as the checks see it: the document's paragraphs in reading order ("units"),
// split into the statutory sections A-K, with the front matter read off the top.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "parser/document.h"
#include "text/date.h"

namespace ehcpqa {

enum class PlanStatus { unknown, draft, final };
const char* to_string(PlanStatus status);
inline std::ostream& operator<<(std::ostream& out, PlanStatus status) { return out << to_string(status); }

// One paragraph of the body, flattened out of any tables it sits in.
struct Unit {
  std::string text;
  Location location;
  int heading_level = 0;
  bool bold = false;
  int list_level = -1;
  bool numbered = false;
  std::string style_name;
  std::string control_tag;
  int table = -1;  // which table (numbered in reading order), -1 outside tables
  int row = -1;
  int cell = -1;
};

// The statutory section codes, in statutory order.
const std::vector<std::string>& statutory_codes();
// "special educational needs" for "B", for messages.
std::string section_description(const std::string& code);

struct Section {
  std::string code;   // A..K, H1, H2, or H when one heading covers both H1 and H2
  std::string title;  // the heading as written
  Location heading;
  // Unit index ranges [first, second) holding the section's content (a section whose
  // heading appears twice, e.g. in a contents list and again in the body, has two).
  std::vector<std::pair<size_t, size_t>> ranges;
};

struct FrontField {
  std::string value;  // as written, tidied
  Location location;
};

struct FrontMatter {
  std::optional<FrontField> name;
  std::optional<FrontField> preferred_name;
  std::optional<Date> dob;
  std::optional<Date> draft_date;
  std::optional<Date> issue_date;
  std::optional<Date> review_date;
  std::optional<Date> request_date;
  std::optional<Date> plan_date_stated;  // "Date of this plan", status not said
  PlanStatus status = PlanStatus::unknown;
  std::string status_evidence;  // the words the status was read from
};

struct Plan {
  std::string path;
  std::string format;
  std::string layout;            // the profile that matched best, "unknown" when none did
  double layout_confidence = 0;  // share of the 12 statutory sections its headings found
  std::vector<Unit> units;
  std::vector<std::string> header_text;  // running headers and footers, one line each
  std::vector<Section> sections;         // in document order
  size_t front_end = 0;                  // units [0, front_end) come before the first section
  FrontMatter front;
  int unaccepted_revisions = 0;
  int comments = 0;
  int page_count = 0;

  // The section for a statutory code. "H1"/"H2" also find a combined "H".
  const Section* section(const std::string& code) const;
  // The section's content units in order (headings of the section itself excluded).
  std::vector<const Unit*> units_of(const Section& section) const;
  // The date the plan speaks as of: a final's date of issue, a draft's date, else any
  // date stated as the plan's own, else the latest review.
  std::optional<Date> plan_date() const;
};

}  // namespace ehcpqa
