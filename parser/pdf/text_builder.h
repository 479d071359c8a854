// Glyphs -> words -> lines -> blocks -> reading order, for one page. Knows nothing of
// PoDoFo: its tests feed synthetic glyphs.
//
//   glyphs (content order) --words--> words --rows by baseline, split at wide gaps--> lines
//   lines --stacked, overlapping, same size--> blocks;  ruling lines --grids--> tables
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
  bool bold() const;                       // every word bold
  std::string text() const;                // words joined by single spaces
};

struct TextBlock {
  std::vector<Line> lines;
  double x0 = 0, x1 = 0, bottom = 0, top = 0;
  double size = 0;  // the largest font size in the block
};

struct LayoutCell {
  std::vector<TextBlock> blocks;
  int col_span = 1;
  bool shaded = false;  // most of the cell lies under a tinted fill
};
struct LayoutTable {
  std::vector<std::vector<LayoutCell>> rows;
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
  std::vector<LayoutItem> items;  // reading order
};

PageLayout build_page_layout(const PageContent& page, const LayoutParams& params = {});

// Building blocks, exposed for tests.
std::vector<Word> words_from_glyphs(const std::vector<Glyph>& glyphs, const LayoutParams& params);
std::vector<Line> lines_from_words(std::vector<Word> words, const std::vector<Rule>& rules, const LayoutParams& params);
std::vector<TextBlock> blocks_from_lines(std::vector<Line> lines, const std::vector<Rule>& rules,
                                         const LayoutParams& params);
// A block's lines as one paragraph: joined by spaces, with a word broken by a hyphen at a
// line end ("commu-" + "nication") joined again.
std::string paragraph_text(const TextBlock& block);

// True when `text` starts with a bullet or list number ("•", "1.", "a)").
bool starts_list_item(const std::string& text);

}  // namespace ehcpqa::pdf
