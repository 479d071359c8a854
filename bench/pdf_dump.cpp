// Debugging aid: prints what the PDF reader sees on each page — fonts, glyph counts,
// unmapped glyphs — and the text it extracts. Usage: pdf_dump FILE [--glyphs | --rules]
#include <iostream>
#include <memory>
#include <string>

#include <podofo/podofo.h>

#include "parser/pdf/content_interpreter.h"
#include "parser/pdf/pdf_reader.h"
#include "parser/pdf/text_builder.h"

using namespace ehcpqa::pdf;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: pdf_dump FILE [--glyphs | --rules]\n";
    return 2;
  }
  const bool glyphs = argc > 2 && std::string(argv[2]) == "--glyphs";
  const bool rules = argc > 2 && std::string(argv[2]) == "--rules";
  PoDoFo::PdfError::EnableLogging(false);
  // Opened as the reader opens it: junk before the header skipped, a damaged
  // cross-reference table rebuilt.
  std::unique_ptr<OpenedPdf> opened;
  try {
    opened = std::make_unique<OpenedPdf>(argv[1]);
  } catch (const std::exception& e) {
    std::cerr << "open failed: " << e.what() << "\n";
    return 1;
  }
  PoDoFo::PdfMemDocument& pdf = opened->document();
  FontCache fonts;
  for (int i = 0; i < pdf.GetPageCount(); ++i) {
    PageContent page = interpret_page(pdf.GetPage(i), i + 1, &pdf.GetObjects(), fonts);
    size_t unmapped = 0;
    for (const Glyph& g : page.glyphs) unmapped += g.unmapped;
    std::cout << "== page " << i + 1 << ": " << page.glyphs.size() << " glyphs, " << unmapped << " unmapped, "
              << page.rules.size() << " rules, " << page.images << " images\n";
    for (const auto& d : page.diagnostics) std::cout << "   note: " << d << "\n";
    if (glyphs) {
      for (const Glyph& g : page.glyphs) {
        std::cout << "   '" << g.text << "' x=" << g.x0 << ".." << g.x1 << " y=" << g.y0 << " size=" << g.size
                  << " dir=" << g.dir << (g.bold ? " bold" : "") << (g.space ? " space" : "") << "\n";
      }
    }
    if (rules) {
      for (const Rule& r : page.rules) std::cout << "   rule " << r.x0 << "," << r.y0 << " - " << r.x1 << "," << r.y1 << "\n";
      for (const Shade& s : page.shades) std::cout << "   shade " << s.x0 << "," << s.y0 << " - " << s.x1 << "," << s.y1 << "\n";
    }
    for (const LayoutItem& it : build_page_layout(page).items) {
      if (it.is_table) {
        std::cout << "[table " << it.table.rows.size() << " rows]\n";
        for (const auto& row : it.table.rows) {
          std::cout << "  |";
          for (const auto& cell : row) {
            for (const auto& b : cell.blocks) {
              for (const auto& l : b.lines) std::cout << " " << l.text();
            }
            std::cout << " |";
          }
          std::cout << "\n";
        }
        continue;
      }
      for (const Line& l : it.block.lines) std::cout << l.text() << "\n";
      std::cout << "\n";
    }
  }
}
