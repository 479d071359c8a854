#include "bench/cell_order.h"

#include "bench/pdftotext.h"
#include "bench/running_lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <podofo/podofo.h>

#include "parser/input_error.h"
#include "parser/pdf/content_interpreter.h"
#include "parser/pdf/pdf_reader.h"
#include "parser/pdf/text_builder.h"

namespace ehcpqa::bench {
namespace {

struct Rect {
  double x0, top, x1, bottom;  // top-left origin, y down, as pdftotext gives
};

struct CellRegion {
  int table = 0;  // table number in reading order on its page
  Rect rect;
};

// ehcpqa's table cells on each page (1-based), in reading order: row by row, cell by cell.
std::map<int, std::vector<CellRegion>> table_cells(const std::string& path) {
  std::map<int, std::vector<CellRegion>> out;
  std::unique_ptr<pdf::OpenedPdf> opened;
  try {
    opened = std::make_unique<pdf::OpenedPdf>(path);  // as the reader opened it
  } catch (const InputError&) {
    return out;
  }
  PoDoFo::PdfMemDocument& pdf = opened->document();
  pdf::FontCache fonts;
  for (int i = 0; i < opened->page_count(); ++i) {
    PoDoFo::PdfPage* page = nullptr;
    try {
      page = pdf.GetPage(i);
    } catch (const PoDoFo::PdfError&) {
    }
    if (!page) continue;  // a page the reader could not read either
    const pdf::PageLayout layout = pdf::build_page_layout(pdf::interpret_page(page, i + 1, &pdf.GetObjects(), fonts));
    int table = 0;
    for (const pdf::LayoutItem& item : layout.items) {
      if (!item.is_table) continue;
      ++table;
      for (const auto& row : item.table.rows) {
        for (const pdf::LayoutCell& cell : row) {
          bool any = false;
          Rect r{1e9, 1e9, -1e9, -1e9};
          std::function<void(const pdf::LayoutCell&)> grow = [&](const pdf::LayoutCell& c) {
            for (const pdf::TextBlock& b : c.blocks) {
              any = true;
              r = Rect{std::min(r.x0, b.x0), std::min(r.top, layout.height - b.top), std::max(r.x1, b.x1),
                       std::max(r.bottom, layout.height - b.bottom)};
            }
            for (const pdf::NestedTable& n : c.tables) {
              for (const auto& inner_row : n.table.rows) {
                for (const pdf::LayoutCell& inner : inner_row) grow(inner);
              }
            }
          };
          grow(cell);
          if (any) out[i + 1].push_back(CellRegion{table, r});
        }
      }
    }
  }
  return out;
}

double attr(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  const double d = v ? std::atof(reinterpret_cast<const char*>(v)) : 0;
  xmlFree(v);
  return d;
}

std::string content(xmlNode* node) {
  xmlChar* v = xmlNodeGetContent(node);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

bool named(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

void for_children(xmlNode* node, const char* name, const std::function<void(xmlNode*)>& f) {
  for (xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
    if (named(c, name)) f(c);
  }
}

struct Token {
  std::string text;
  int table = 0;   // 0: outside tables; else page * 10000 + table number
  int cell = -1;   // index in the page's cell list
  bool line_end = false;
  int block = 0;   // pdftotext's block, numbered through the document
};

// pdftotext's text output joins a word its producer broke with a hyphen at a line end
// ("com-" / "munity"); -bbox-layout gives the halves. Joined here the same way.
void join_broken_words(std::vector<Token>& tokens) {
  std::vector<Token> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token t = std::move(tokens[i]);
    while (t.line_end && t.text.size() >= 2 && t.text.back() == '-' &&
           std::isalpha(static_cast<unsigned char>(t.text[t.text.size() - 2])) && i + 1 < tokens.size() &&
           tokens[i + 1].block == t.block) {
      Token& next = tokens[++i];
      t.text = t.text.substr(0, t.text.size() - 1) + next.text;
      t.line_end = next.line_end;
    }
    out.push_back(std::move(t));
  }
  tokens = std::move(out);
}

}  // namespace

std::string pdftotext_in_cell_order(const std::string& path, const std::set<std::string>& running) {
  const std::string xhtml = pdftotext(path, "-bbox-layout");
  if (xhtml.empty()) return {};
  xmlDoc* doc = xmlReadMemory(xhtml.data(), static_cast<int>(xhtml.size()), nullptr, "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return {};
  const auto cells = table_cells(path);
  std::vector<Token> tokens;
  // <html><body><doc><page>...: pages in order.
  int page_number = 0, block_number = 0;
  std::function<void(xmlNode*)> walk = [&](xmlNode* n) {
    for (xmlNode* c = n; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (!named(c, "page")) {
        walk(c->children);
        continue;
      }
      ++page_number;
      auto regions = cells.find(page_number);
      for_children(c, "flow", [&](xmlNode* flow) {
        for_children(flow, "block", [&](xmlNode* block) {
          ++block_number;
          for_children(block, "line", [&](xmlNode* line) {
            std::vector<Token> words;
            std::string line_text;
            double last_x1 = -1e9, last_height = 0;
            for_children(line, "word", [&](xmlNode* word) {
              const double x0 = attr(word, "xMin"), x1 = attr(word, "xMax");
              const double height = attr(word, "yMax") - attr(word, "yMin");
              // pdftotext prints a word and the raised or smaller part that touches it as one
              // ("240" and "th"); -bbox-layout lists them apart.
              const bool touching = !words.empty() && std::abs(height - last_height) > 0.1 * last_height &&
                                    std::abs(x0 - last_x1) < 0.1 * std::min(height, last_height);
              last_x1 = x1;
              last_height = height;
              if (touching) {
                words.back().text += content(word);
                line_text += content(word);
                return;
              }
              Token t;
              t.text = content(word);
              t.block = block_number;
              line_text += (line_text.empty() ? "" : " ") + t.text;
              const double cx = (attr(word, "xMin") + attr(word, "xMax")) / 2;
              const double cy = (attr(word, "yMin") + attr(word, "yMax")) / 2;
              if (regions != cells.end()) {
                for (size_t k = 0; k < regions->second.size(); ++k) {
                  const Rect& r = regions->second[k].rect;
                  if (cx >= r.x0 - 2 && cx <= r.x1 + 2 && cy >= r.top - 2 && cy <= r.bottom + 2) {
                    t.table = page_number * 10000 + regions->second[k].table;
                    t.cell = static_cast<int>(k);
                    break;
                  }
                }
              }
              words.push_back(std::move(t));
            });
            if (words.empty() || is_running_line(line_text, running)) return;
            words.back().line_end = true;
            for (Token& w : words) tokens.push_back(std::move(w));
          });
        });
      });
    }
  };
  walk(xmlDocGetRootElement(doc));
  xmlFreeDoc(doc);
  join_broken_words(tokens);

  // Each table's words, cell by cell in ehcpqa's order, where pdftotext first enters it.
  std::map<int, std::map<int, std::vector<const Token*>>> by_table;
  for (const Token& t : tokens) {
    if (t.table) by_table[t.table][t.cell].push_back(&t);
  }
  std::string out;
  std::set<int> done;
  for (const Token& t : tokens) {
    if (!t.table) {
      out += t.text + (t.line_end ? "\n" : " ");
      continue;
    }
    if (!done.insert(t.table).second) continue;
    for (const auto& [cell, words] : by_table[t.table]) {
      for (const Token* w : words) out += w->text + " ";
      out += "\n";
    }
  }
  return out;
}

}  // namespace ehcpqa::bench
