// Debugging aid: prints the document model a reader built (paragraphs, and tables as rows and
// cells, nested tables indented) and the items the plan builder split from it, so the Word
// and PDF readings of one plan can be diffed. Usage: plan_dump FILE [--items]
#include <iostream>
#include <string>

#include "parser/reader.h"
#include "templates/plan_builder.h"

using namespace ehcpqa;

namespace {

void print_blocks(const std::vector<Block>& blocks, const std::string& indent) {
  for (const Block& b : blocks) {
    if (b.kind == Block::Kind::paragraph) {
      const Paragraph& p = b.paragraph;
      std::cout << indent << (p.heading_level ? "H" + std::to_string(p.heading_level) + " " : "")
                << (p.list_level >= 0 ? (p.numbered ? "# " : "* ") : "") << p.text << "\n";
      continue;
    }
    std::cout << indent << "[table " << b.table.rows.size() << " rows]\n";
    for (size_t r = 0; r < b.table.rows.size(); ++r) {
      const Row& row = b.table.rows[r];
      std::cout << indent << "  row " << r << (row.header ? " (header)" : "") << "\n";
      for (size_t c = 0; c < row.cells.size(); ++c) {
        const Cell& cell = row.cells[c];
        std::cout << indent << "    cell " << c << (cell.col_span > 1 ? " span " + std::to_string(cell.col_span) : "")
                  << (cell.merged_above ? " merged" : "") << "\n";
        print_blocks(cell.blocks, indent + "      ");
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: plan_dump FILE [--items]\n";
    return 2;
  }
  const Document doc = read_document(argv[1]);
  if (argc > 2 && std::string(argv[2]) == "--items") {
    const PlanBuilder builder = PlanBuilder::load(std::string(EHCPQA_SOURCE_DIR) + "/templates");
    const Plan plan = builder.build(doc);
    std::cout << "layout " << plan.layout << "\n";
    const FrontMatter& f = plan.front;
    auto field = [](const std::optional<FrontField>& v) { return v ? v->value : std::string("-"); };
    auto date = [](const std::optional<Date>& d) { return d ? d->iso() : std::string("-"); };
    std::cout << "status " << f.status << "; name " << field(f.name) << "; dob " << date(f.dob) << "; issued "
              << date(f.issue_date) << "; reviewed " << date(f.review_date) << "; placement " << field(f.placement)
              << "; need " << field(f.primary_need) << "\n";
    for (const Section& s : plan.sections) std::cout << "section " << s.code << " " << s.title << "\n";
    for (const Item& i : plan.items) {
      std::cout << i.section << " " << to_string(i.kind) << " [" << i.area << "] " << i.text << "\n";
    }
    return 0;
  }
  print_blocks(doc.body, "");
  return 0;
}
