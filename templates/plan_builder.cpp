#include "templates/plan_builder.h"

#include <memory>

#include "templates/section_finder.h"

namespace ehcpqa {
namespace {

void flatten_into(const std::vector<Block>& blocks, std::vector<Unit>& units, int& next_table,
                  int table, int row, int cell) {
  for (const Block& block : blocks) {
    if (block.kind == Block::Kind::paragraph) {
      const Paragraph& p = block.paragraph;
      units.push_back(Unit{p.text, block.location, p.heading_level, p.bold, p.list_level,
                           p.numbered, p.style_name, p.control_tag, table, row, cell});
      continue;
    }
    const int id = next_table++;
    for (size_t r = 0; r < block.table.rows.size(); ++r) {
      const auto& cells = block.table.rows[r].cells;
      for (size_t c = 0; c < cells.size(); ++c) {
        flatten_into(cells[c].blocks, units, next_table, id, static_cast<int>(r), static_cast<int>(c));
      }
    }
  }
}

}  // namespace

std::vector<Unit> flatten(const Document& document) {
  std::vector<Unit> units;
  int next_table = 0;
  flatten_into(document.body, units, next_table, -1, -1, -1);
  return units;
}

PlanBuilder PlanBuilder::load(const std::string& templates_dir) {
  PlanBuilder builder;
  builder.profiles_ = load_layout_profiles(templates_dir + "/layouts");
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

  LayoutMatch match = choose_layout(plan.units, profiles_, forced_layout);
  plan.layout = match.profile ? match.profile->name : "unknown";
  plan.layout_confidence = match.confidence;
  plan.sections = std::move(match.sections);
  plan.front_end = match.front_end;
  front_matter_->read(plan);
  return plan;
}

}  // namespace ehcpqa
