// Glyphs -> words -> lines -> blocks -> reading order, for one page. Knows nothing of
// PoDoFo: its tests feed synthetic glyphs.
//
//   glyphs (content order) --words--> words --rows by baseline, split at wide gaps--> lines
//   lines --stacked, overlapping, same size--> blocks;  ruling lines --grids--> tables
//   (a grid inside a cell --> a nested table);  columns aligned over rows, no rules --> tables
//   blocks + tables --XY-cut (columns vs rows decided per region)--> reading order
#pragma once

#include <string>
#include <vector>

#include "parser/pdf/glyph.h"
#include "parser/pdf/layout_params.h"

namespace ehcpqa::pdf {

struct Word {
  std::string text;
  double x0 = 0, x1 = 0, y = 0, size = 0;
  bool bold = false, italic = false, artifact = false;
  int mcid = -1;
};

struct Line {
  std::vector<Word> words;
  double x0 = 0, x1 = 0, y = 0, size = 0;  // y: baseline
  bool continues_word = false;             // a word too wide for its cell goes on in the next line
  bool bold() const;                       // every word bold
  std::string text() const;                // words joined by single spaces
};

struct TextBlock {
  std::vector<Line> lines;
  double x0 = 0, x1 = 0, bottom = 0, top = 0;
  double size = 0;  // the largest font size in the block
};

struct NestedTable;
struct LayoutCell {
  std::vector<TextBlock> blocks;
  std::vector<NestedTable> tables;  // tables drawn inside the cell, in reading order
  int col_span = 1;
  bool shaded = false;  // most of the cell lies under a tinted fill
};
struct LayoutTable {
  std::vector<std::vector<LayoutCell>> rows;
};
// A table inside a cell, read before blocks[before_block] (after them all when it is
// blocks.size()).
struct NestedTable {
  size_t before_block = 0;
  LayoutTable table;
};

// One thing in reading order on a page: a block of text, or a table.
struct LayoutItem {
  bool is_table = false;
  TextBlock block;
  LayoutTable table;
  double x0 = 0, x1 = 0, bottom = 0, top = 0;
};

struct PageLayout {
  int number = 0;
  double width = 0, height = 0;
  std::vector<LayoutItem> items;        // reading order
  std::vector<std::string> watermarks;  // large slanted text ("DRAFT"), one line each, not in `items`
};

PageLayout build_page_layout(const PageContent& page, const LayoutParams& params = {});

// Building blocks, exposed for tests.
std::vector<Word> words_from_glyphs(const std::vector<Glyph>& glyphs, const LayoutParams& params);
std::vector<Line> lines_from_words(std::vector<Word> words, const std::vector<Rule>& rules, const LayoutParams& params);
std::vector<TextBlock> blocks_from_lines(std::vector<Line> lines, const std::vector<Rule>& rules,
                                         const LayoutParams& params);
// Whether a hyphen at a line end is part of the word ("half-" / "term") or was put there
// to break it ("commu-" / "nication"), judged from the document's own words: a form seen
// whole elsewhere wins; otherwise the hyphen goes only when the producer is seen to hyphenate
// (some break's joined form occurs whole), since Word and LibreOffice do not by default.
class HyphenWords {
 public:
  static HyphenWords of(const std::vector<const TextBlock*>& blocks);
  bool keep(const std::string& before, const std::string& after) const;

 private:
  std::vector<std::string> words_;  // sorted, folded to lower case
  bool producer_hyphenates_ = false;
  bool seen(const std::string& word) const;
};

// A block's lines as one paragraph: joined by spaces, with a word broken by a hyphen at a
// line end joined again ("commu-" + "nication"; "half-" + "term" keeps its hyphen when
// `hyphens` says so; without it, a hyphen before a small letter goes).
std::string paragraph_text(const TextBlock& block, const HyphenWords* hyphens = nullptr);

// True when `text` starts with a bullet or list number ("•", "1.", "a)").
bool starts_list_item(const std::string& text);

}  // namespace ehcpqa::pdf
