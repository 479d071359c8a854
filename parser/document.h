// The format-neutral document model every reader fills (DOCX now, PDF next) and every
// later stage reads. It holds text and light structure only: no layout, no styling
// beyond what the section finder needs to recognise headings and lists.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace ehcpqa {

// Where a block came from. `page` is 1-based and 0 when the format does not say
// (a DOCX without rendered page breaks); `block` is the block's index in reading order
// over the whole body, nested table content included.
struct Location {
  int page = 0;
  int block = -1;
};

struct Paragraph {
  std::string text;        // UTF-8; tabs as '\t', line breaks as '\n'
  std::string style_id;    // the reader's style key ("Heading2"), empty when none
  std::string style_name;  // the style's display name ("heading 2"), empty when none
  int heading_level = 0;   // 1..9 for headings (style or outline level), 0 for body text
  bool bold = false;       // every visible character is bold
  int list_level = -1;     // 0-based list nesting, -1 when not a list item
  bool numbered = false;   // an ordered (numbered/lettered) list item rather than a bullet
  std::string list_label;  // a numbered item's number as printed ("3.", "b)", "2.1"); empty for bullets
  bool in_text_box = false;
  bool shaded = false;      // the paragraph has a background fill (not none, auto or white)
  std::string control_tag;  // tag or title of the innermost content control, if any
};

struct Block;

struct Cell {
  std::vector<Block> blocks;
  int col_span = 1;          // grid columns this cell covers
  bool merged_above = false;  // continues a vertically merged cell: its content is in the cell above
  bool shaded = false;        // the cell has a background fill (not none, auto or white)
};

struct Row {
  std::vector<Cell> cells;
  bool header = false;  // repeated as a header row on each page
};

struct Table {
  std::vector<Row> rows;
};

struct Block {
  enum class Kind { paragraph, table };
  Kind kind = Kind::paragraph;
  Paragraph paragraph;  // when kind == paragraph
  Table table;          // when kind == table
  Location location;
};

struct Document {
  std::string path;
  std::string format;                 // "docx", "pdf", "markup"
  std::vector<Block> body;
  std::vector<Block> headers;         // running headers and watermarks, kept apart from the body
  std::vector<Block> footers;         // running footers
  int page_count = 0;                 // 0 when unknown
  int unaccepted_revisions = 0;       // tracked insertions, deletions, moves and format changes
  int comments = 0;                   // reviewer comments still attached
  std::vector<std::string> diagnostics;  // oddities noted while reading, in plain English
};

// A paragraph as met in reading order, with where it sits.
struct ParagraphVisit {
  const Paragraph& paragraph;
  Location location;
  int table_depth = 0;  // 0 outside tables
  int row = -1;         // row and cell index in the innermost table, -1 outside tables
  int cell = -1;
};

// Calls `visit` for every paragraph of `blocks` in reading order, descending into tables
// row by row and cell by cell.
void for_each_paragraph(const std::vector<Block>& blocks,
                        const std::function<void(const ParagraphVisit&)>& visit);

// All paragraph text of `blocks`, one paragraph per line.
std::string plain_text(const std::vector<Block>& blocks);

}  // namespace ehcpqa
