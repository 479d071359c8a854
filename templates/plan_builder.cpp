#include "templates/plan_builder.h"

#include <memory>

#include "templates/section_finder.h"

namespace ehcpqa {
namespace {

// Where a paragraph sits in the outermost table: sections and items follow its grid.
struct OuterCell {
  int table = -1, row = -1, cell = -1;
  int grid_col = -1, col_span = 1, row_cells = 0, table_cols = 0;
  bool header_row = false;
};

int grid_columns(const Table& table) {
  int cols = 0;
  for (const Row& r : table.rows) {
    int n = 0;
    for (const Cell& c : r.cells) n += std::max(1, c.col_span);
    cols = std::max(cols, n);
  }
  return cols;
}

void flatten_into(const std::vector<Block>& blocks, std::vector<Unit>& units, int& next_table, int table, int row,
                  int cell, bool cell_shaded, const OuterCell& outer) {
  for (const Block& block : blocks) {
    if (block.kind == Block::Kind::paragraph) {
      const Paragraph& p = block.paragraph;
      Unit u;
      u.text = p.text;
      u.location = block.location;
      u.heading_level = p.heading_level;
      u.bold = p.bold;
      u.list_level = p.list_level;
      u.list_label = p.list_label;
      u.numbered = p.numbered;
      u.style_name = p.style_name;
      u.control_tag = p.control_tag;
      u.table = table;
      u.row = row;
      u.cell = cell;
      u.in_text_box = p.in_text_box;
      u.shaded = p.shaded || cell_shaded;
      u.outer_table = outer.table;
      u.outer_row = outer.row;
      u.outer_cell = outer.cell;
      u.grid_col = outer.grid_col;
      u.col_span = outer.col_span;
      u.row_cells = outer.row_cells;
      u.table_cols = outer.table_cols;
      u.header_row = outer.header_row;
      units.push_back(std::move(u));
      continue;
    }
    const int id = next_table++;
    const int cols = grid_columns(block.table);
    for (size_t r = 0; r < block.table.rows.size(); ++r) {
      const Row& table_row = block.table.rows[r];
      int grid = 0;
      for (size_t c = 0; c < table_row.cells.size(); ++c) {
        const Cell& table_cell = table_row.cells[c];
        OuterCell here = outer;
        if (outer.table < 0) {  // this is the outermost table
          here = OuterCell{id, static_cast<int>(r), static_cast<int>(c), grid, std::max(1, table_cell.col_span),
                           static_cast<int>(table_row.cells.size()), cols, table_row.header};
        }
        flatten_into(table_cell.blocks, units, next_table, id, static_cast<int>(r), static_cast<int>(c),
                     table_cell.shaded, here);
        grid += std::max(1, table_cell.col_span);
      }
    }
  }
}

}  // namespace

std::vector<Unit> flatten(const Document& document) {
  std::vector<Unit> units;
  int next_table = 0;
  flatten_into(document.body, units, next_table, -1, -1, -1, false, OuterCell{});
  return units;
}

PlanBuilder PlanBuilder::load(const std::string& templates_dir) {
  PlanBuilder builder;
  builder.areas_ = std::make_shared<AreaVocabulary>(AreaVocabulary::load(templates_dir + "/areas.yaml"));
  builder.profiles_ = std::make_shared<std::vector<LayoutProfile>>(
      load_layout_profiles(templates_dir + "/layouts", builder.areas_->keys()));
  builder.items_ = std::make_shared<ItemSplitter>(ItemSplitter::load(templates_dir + "/items.yaml"));
  builder.front_matter_ =
      std::make_shared<FrontMatterReader>(FrontMatterReader::load(templates_dir + "/front-matter.yaml"));
  return builder;
}

Plan PlanBuilder::build(const Document& document, const std::string& forced_layout) const {
  Plan plan;
  plan.path = document.path;
  plan.format = document.format;
  plan.units = flatten(document);
  for (const auto* part : {&document.headers, &document.footers}) {
    for_each_paragraph(*part, [&](const ParagraphVisit& v) { plan.header_text.push_back(v.paragraph.text); });
  }
  plan.unaccepted_revisions = document.unaccepted_revisions;
  plan.comments = document.comments;
  plan.page_count = document.page_count;

  const LayoutMatch match = choose_layout(plan.units, *profiles_, forced_layout);
  match.apply(plan);
  areas_->tag(plan.units, match.profile);
  items_->split(plan, *areas_);
  front_matter_->read(plan);
  return plan;
}

}  // namespace ehcpqa
