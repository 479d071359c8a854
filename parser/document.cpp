#include "parser/document.h"

namespace ehcpqa {
namespace {

void walk(const std::vector<Block>& blocks, int depth,
          const std::function<void(const ParagraphVisit&)>& visit, int row, int cell) {
  for (const Block& block : blocks) {
    if (block.kind == Block::Kind::paragraph) {
      visit(ParagraphVisit{block.paragraph, block.location, depth, row, cell});
      continue;
    }
    for (size_t r = 0; r < block.table.rows.size(); ++r) {
      const Row& table_row = block.table.rows[r];
      for (size_t c = 0; c < table_row.cells.size(); ++c) {
        walk(table_row.cells[c].blocks, depth + 1, visit, static_cast<int>(r),
             static_cast<int>(c));
      }
    }
  }
}

}  // namespace

void for_each_paragraph(const std::vector<Block>& blocks,
                        const std::function<void(const ParagraphVisit&)>& visit) {
  walk(blocks, 0, visit, -1, -1);
}

std::string plain_text(const std::vector<Block>& blocks) {
  std::string out;
  for_each_paragraph(blocks, [&](const ParagraphVisit& v) {
    out += v.paragraph.text;
    out += '\n';
  });
  return out;
}

}  // namespace ehcpqa
