// Reads one WordprocessingML story (the document body, a header or a footer) into blocks,
// streaming. What is kept and dropped follows what a reader of the printed plan would see:
// inserted text kept and deleted text dropped (tracked changes counted), field results kept
// and field codes dropped, content-control placeholder prompts dropped, text boxes kept.
#pragma once

#include <string>
#include <vector>

#include "parser/docx/numbering.h"
#include "parser/docx/styles.h"
#include "parser/docx/xml_stream.h"
#include "parser/document.h"

namespace ehcpqa::docx {

struct StoryLimits {
  int max_table_depth = 32;
  size_t max_paragraph_bytes = 1u << 20;  // a longer paragraph is cut and noted
};

struct Story {
  std::vector<Block> blocks;
  int revisions = 0;
  int comments = 0;
  int placeholders_dropped = 0;
  int rendered_page_breaks = 0;
  int explicit_page_breaks = 0;
  bool page_markers_seen = false;
  std::vector<std::string> diagnostics;
};

// `first_block` is the block index the story's first block gets.
Story read_story(XmlStream& xml, const Styles& styles, const Numbering& numbering,
                 int first_block = 0, StoryLimits limits = {});

}  // namespace ehcpqa::docx
