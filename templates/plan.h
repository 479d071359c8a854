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

// What a unit is to the layout: text of the plan, or a label the layout puts around it.
enum class UnitRole {
  content,          // the plan's own words (sub-headings included)
  section_heading,  // a heading that starts (or continues) a statutory section
  column_header,    // a table header cell naming the section of its column ("E - Outcomes")
  area_title,       // a title naming an area of need ("Communication and interaction")
};
const char* to_string(UnitRole role);
inline std::ostream& operator<<(std::ostream& out, UnitRole role) { return out << to_string(role); }

// One paragraph of the body, flattened out of any tables it sits in.
struct Unit {
  std::string text;
  Location location;
  int heading_level = 0;
  bool bold = false;
  int list_level = -1;
  bool numbered = false;
  std::string list_label;  // a numbered item's number as printed ("2.", "b)")
  std::string style_name;
  std::string control_tag;
  int table = -1;  // which table (numbered in reading order), -1 outside tables
  int row = -1;    // row and cell in that (innermost) table
  int cell = -1;
  bool in_text_box = false;
  bool shaded = false;  // the paragraph or its cell has a background fill

  // Where the unit sits in the outermost table (the same as above unless tables nest):
  // sections and items follow the outer table's rows and columns.
  int outer_table = -1;
  int outer_row = -1;
  int outer_cell = -1;
  int grid_col = -1;         // first grid column of the outer cell
  int col_span = 1;          // grid columns it covers
  int row_cells = 0;         // cells in the outer row (vertically merged continuations included)
  int table_cols = 0;        // grid columns of the outer table
  bool header_row = false;   // the outer row repeats as a header on each page

  // Filled by the section finder.
  std::string section;  // A..K, H1, H2 or a combined H; empty before the first section and in back matter
  UnitRole role = UnitRole::content;
  bool by_column = false;  // its section comes from its table column's header, not a heading
  std::string area;     // area of need it is written under (see templates/areas.yaml), empty when none
};

// The statutory section codes, in statutory order.
const std::vector<std::string>& statutory_codes();
// "special educational needs" for "B", for messages.
std::string section_description(const std::string& code);

struct Section {
  std::string code;   // A..K, H1, H2, or H when one heading covers both H1 and H2
  std::string title;  // its first heading (or column header) as written
  Location heading;   // where that heading is
};

// One outcome (E), provision item (F, G, H1, H2) or advice entry (K).
enum class ItemKind { outcome, provision, advice };
const char* to_string(ItemKind kind);
inline std::ostream& operator<<(std::ostream& out, ItemKind kind) { return out << to_string(kind); }

struct Item {
  std::string section;
  std::string area;  // area of need key, or the section's own area (health for G), empty when unknown
  ItemKind kind = ItemKind::outcome;
  std::string text;  // tidied; a table row's cells joined by " | "
  Location location;
  size_t unit = 0;   // its first unit in Plan::units
};

// One row of Section K's list of advice and information.
struct Advice {
  std::string title;   // "Psychological advice"
  std::string author;  // "Dr Omar Siddiqui, educational psychologist"
  std::optional<Date> date;
  Location location;
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
  std::optional<Date> signed_date;       // the local authority's sign-off after the last section
  std::optional<FrontField> school_year;   // as stated: "Year 4", "Reception"
  std::optional<FrontField> primary_need;  // as stated: "Autism (ASD)"
  std::string primary_need_code;           // DfE code read from it (ASD, SLCN, ...), empty if none
  std::optional<FrontField> placement;     // the current school or setting, as stated
  PlanStatus status = PlanStatus::unknown;
  std::string status_evidence;  // the words the status was read from
};

// How well one layout profile explained the plan.
struct LayoutScore {
  std::string name;
  int codes_found = 0;
};

struct Plan {
  std::string path;
  std::string format;
  std::string layout;            // the profile that matched best, "unknown" when none did
  double layout_confidence = 0;  // share of the 12 statutory sections its headings found
  std::vector<LayoutScore> layout_scores;  // every profile tried, in file order
  std::vector<Unit> units;
  std::vector<std::string> header_text;  // running headers and footers, one line each
  std::vector<Section> sections;         // in document order of first appearance
  size_t front_end = 0;                  // units [0, front_end) come before the first section
  size_t back_start = 0;                 // units [back_start, end) are a sign-off after the last section
  FrontMatter front;
  std::vector<Item> items;     // in document order
  std::vector<Advice> advice;  // Section K's entries, in document order
  int unaccepted_revisions = 0;
  int comments = 0;
  int page_count = 0;

  // The section for a statutory code. "H1"/"H2" also find a combined "H".
  const Section* section(const std::string& code) const;
  // The units tagged with the section, in order, its own headings and column headers
  // left out (sub-headings and area titles kept).
  std::vector<const Unit*> units_of(const Section& section) const;
  // The section's items, in order.
  std::vector<const Item*> items_of(const Section& section) const;
  // The date the plan speaks as of: a final's date of issue, a draft's date, else any
  // date stated as the plan's own, else the sign-off date, else the latest review.
  std::optional<Date> plan_date() const;
};

}  // namespace ehcpqa
