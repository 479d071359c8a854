#include "parser/pdf/pdf_reader.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <openssl/provider.h>
#include <podofo/podofo.h>

#include "parser/input_error.h"
#include "parser/pdf/content_interpreter.h"
#include "parser/pdf/podofo_util.h"
#include "parser/pdf/structure_tree.h"
#include "parser/pdf/text_builder.h"

namespace ehcpqa::pdf {
namespace {

using namespace PoDoFo;

// Once per process: PoDoFo silent (errors become codes, not log lines), and RC4 available.
void prepare_podofo() {
  static const bool done = [] {
    PdfError::EnableLogging(false);
    PdfError::EnableDebug(false);
    // PoDoFo decrypts RC4 (40- and 128-bit, revisions 2-4) with OpenSSL, and OpenSSL 3 keeps
    // RC4 in its "legacy" provider, which is not loaded unless asked for: without it those
    // files, many opening with an empty password, read as having no pages. Loading any
    // provider stops the default one loading by itself, so both are loaded.
    OSSL_PROVIDER_load(nullptr, "legacy");
    OSSL_PROVIDER_load(nullptr, "default");
    return true;
  }();
  (void)done;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool looks_truncated(const std::string& bytes) {
  const size_t tail = bytes.size() > 2048 ? bytes.size() - 2048 : 0;
  return bytes.find("%%EOF", tail) == std::string::npos;
}

// "Page 3 of 12", "3", "- 3 -", "3 of 12": pagination, in any margin.
bool is_pagination(const std::string& key) {
  static const std::regex pattern(R"(^(page\s*)?#+(\s*(of|/)\s*#+)?$|^-\s*#+\s*-$)");
  return std::regex_match(key, pattern);
}

std::string block_text(const TextBlock& b) {
  std::string out;
  for (const Line& l : b.lines) out += (out.empty() ? "" : " ") + l.text();
  return out;
}

// The bullet or number that starts a list item, removed from its text (a number is kept as
// the item's label).
void strip_list_marker(Paragraph& p) {
  const std::string& t = p.text;
  size_t space = t.find(' ');
  if (space == std::string::npos) return;
  const std::string marker = t.substr(0, space);
  p.numbered = std::isalnum(static_cast<unsigned char>(marker[0])) != 0;
  if (p.numbered) p.list_label = marker;
  p.list_level = 0;
  p.text = t.substr(space + 1);
}

// A bold line or two a little larger than the body text (too little for a heading size of
// its own), not a sentence or a label: a sub-heading ("About me", "Views of Ella's parents"),
// as the Word file's heading style says. Bold at body size is only bold: plans that mark
// headings by bold alone have them as plain paragraphs in Word too.
bool looks_like_sub_heading(const TextBlock& b, const std::string& text, bool bold, double body_size) {
  if (!bold || b.lines.size() > 2 || text.size() > 100 || text.empty() || b.size < body_size * 1.04) return false;
  return std::string(".,;:").find(text.back()) == std::string::npos;
}

struct Assembly {
  const std::map<double, int>& heading_levels;
  double body_size;
  const HyphenWords* hyphens;
  int next_block = 0;
  const std::map<int, int>* page_tags = nullptr;  // the page's heading tags: mcid -> level
  // Left edges of the list markers open around the last list item, outermost first: a
  // marker further right is a level deeper.
  std::vector<double> list_indents;

  int sub_heading_level() const {
    int deepest = 0;
    for (const auto& [size, level] : heading_levels) deepest = std::max(deepest, level);
    return std::min(deepest + 1, 9);
  }

  int list_level_at(double x0) {
    while (!list_indents.empty() && x0 < list_indents.back() - 3) list_indents.pop_back();
    if (list_indents.empty() || x0 > list_indents.back() + 3) list_indents.push_back(x0);
    return static_cast<int>(list_indents.size()) - 1;
  }

  // The level a tagged PDF gives the block: every tagged word in it is inside a heading.
  int tagged_level(const TextBlock& b) const {
    if (!page_tags || page_tags->empty()) return 0;
    int level = 0;
    for (const Line& l : b.lines) {
      for (const Word& w : l.words) {
        if (w.mcid < 0) continue;
        auto it = page_tags->find(w.mcid);
        if (it == page_tags->end()) return 0;
        level = level == 0 ? it->second : std::min(level, it->second);
      }
    }
    return level;
  }

  Paragraph paragraph(const TextBlock& b, bool in_table) {
    Paragraph p;
    p.text = paragraph_text(b, hyphens);
    p.bold = std::all_of(b.lines.begin(), b.lines.end(), [](const Line& l) { return l.bold(); });
    // Large text is a heading even when it is numbered ("5. What I want to achieve"); a bullet
    // still makes it a list item.
    const bool bulleted = starts_list_item(p.text) && !std::isalnum(static_cast<unsigned char>(p.text[0]));
    // The producer's own heading tag says what the Word style said, whatever the size.
    if (const int tagged = bulleted ? 0 : tagged_level(b); tagged > 0) {
      p.heading_level = tagged;
      list_indents.clear();
      return p;
    }
    if (!bulleted && b.lines.size() <= 3 && p.text.size() <= 200) {
      auto it = heading_levels.find(std::round(b.size * 2) / 2);
      if (it != heading_levels.end()) {
        p.heading_level = it->second;
        list_indents.clear();
        return p;
      }
    }
    if (starts_list_item(p.text)) {
      strip_list_marker(p);
      p.list_level = list_level_at(b.x0);
      return p;
    }
    // Text back at (or left of) the outermost marker ends the list.
    if (!list_indents.empty() && b.x0 < list_indents.front() + 3) list_indents.clear();
    if (!in_table && looks_like_sub_heading(b, p.text, p.bold, body_size)) {
      p.heading_level = sub_heading_level();
      list_indents.clear();
    }
    return p;
  }

  Block block(const TextBlock& b, int page, bool in_table = false) {
    Block out;
    out.kind = Block::Kind::paragraph;
    out.paragraph = paragraph(b, in_table);
    out.location = Location{page, next_block++};
    return out;
  }

  Block table(const LayoutTable& t, int page) {
    const std::vector<double> outside_lists = list_indents;
    Block out;
    out.kind = Block::Kind::table;
    out.location = Location{page, next_block++};
    for (const auto& row : t.rows) {
      Row r;
      for (const LayoutCell& c : row) {
        list_indents.clear();  // each cell's lists nest on their own
        Cell cell;
        cell.col_span = c.col_span;
        cell.shaded = c.shaded;
        auto nested_before = [&](size_t index) {
          for (const NestedTable& n : c.tables) {
            if (n.before_block == index) cell.blocks.push_back(table(n.table, page));
          }
        };
        for (size_t i = 0; i < c.blocks.size(); ++i) {
          nested_before(i);
          // Large text in a cell keeps its heading level: layouts put section headings in
          // table rows, and a heading with a border below it is drawn as a one-row table.
          cell.blocks.push_back(block(c.blocks[i], page, true));
          cell.blocks.back().paragraph.shaded = c.shaded;
        }
        nested_before(c.blocks.size());
        r.cells.push_back(std::move(cell));
      }
      out.table.rows.push_back(std::move(r));
    }
    // A first row set apart, entirely bold or entirely shaded, above other rows is the table's
    // header row (Word's "repeat as header row" leaves no other trace in a PDF). One cell
    // across the whole table is a title row ("Communication and interaction"), not headers.
    if (out.table.rows.size() >= 2 && out.table.rows[0].cells.size() >= 2) {
      bool any = false, all_bold = true, all_shaded = true;
      for (const Cell& c : out.table.rows[0].cells) {
        all_shaded = all_shaded && c.shaded;
        for (const Block& b : c.blocks) {
          any = true;
          all_bold = all_bold && b.paragraph.bold;
        }
      }
      out.table.rows[0].header = any && (all_bold || all_shaded);
    }
    list_indents = outside_lists;
    return out;
  }
};

std::string row_text(const Row& row) {
  std::string out;
  for (const Cell& c : row.cells) {
    for (const Block& b : c.blocks) out += b.paragraph.text + "\n";
    out += "|";
  }
  return out;
}

// A table that runs on to the next page arrives as two tables, the second often repeating
// the header row and starting with the rest of a row the page break cut (its first cell
// empty). One table, with that row whole, is what the plan has.
void join_tables_across_pages(std::vector<Block>& body) {
  for (size_t i = 0; i + 1 < body.size();) {
    Block& first = body[i];
    Block& next = body[i + 1];
    const bool tables = first.kind == Block::Kind::table && next.kind == Block::Kind::table &&
                        !first.table.rows.empty() && !next.table.rows.empty();
    if (!tables || next.location.page != first.location.page + 1 ||
        first.table.rows.back().cells.size() != next.table.rows.back().cells.size()) {
      ++i;
      continue;
    }
    std::vector<Row>& rows = next.table.rows;
    size_t start = 0;
    if (rows[0].header && first.table.rows[0].header && row_text(rows[0]) == row_text(first.table.rows[0])) {
      start = 1;
    }
    // A table that runs on without its first row drawn again has no header row ("repeat as
    // header row" would have drawn it): that bold or shaded first row was only a guess.
    if (start == 0) first.table.rows[0].header = false;
    if (start < rows.size()) {
      Row& continued = rows[start];
      Row& cut = first.table.rows.back();
      // The row continues when its first cell is empty, or when a cell carries on a sentence
      // the same cell of the cut row left unfinished ("... early number through" / "song.";
      // "1 assessment," / "completed by 31 March 2027").
      auto first_text = [](const Row& row, size_t c) {
        return c >= row.cells.size() || row.cells[c].blocks.empty() ? std::string() : row.cells[c].blocks.front().paragraph.text;
      };
      auto last_text = [](const Row& row, size_t c) {
        return c >= row.cells.size() || row.cells[c].blocks.empty() ? std::string() : row.cells[c].blocks.back().paragraph.text;
      };
      bool carries_on = first_text(continued, 0).empty();
      for (size_t c = 0; c < cut.cells.size() && !carries_on; ++c) {
        const std::string head = first_text(continued, c), tail = last_text(cut, c);
        const bool unfinished = !tail.empty() && std::string(".!?:;)").find(tail.back()) == std::string::npos;
        carries_on = unfinished && !head.empty() && std::islower(static_cast<unsigned char>(head[0]));
      }
      if (continued.cells.size() == cut.cells.size() && !continued.cells.empty() && carries_on && !cut.header) {
        for (size_t c = 0; c < cut.cells.size(); ++c) {
          auto& into = cut.cells[c].blocks;
          auto& from = continued.cells[c].blocks;
          // A paragraph cut by the page break is one paragraph again.
          if (!into.empty() && !from.empty() && into.back().kind == Block::Kind::paragraph &&
              from.front().kind == Block::Kind::paragraph && !from.front().paragraph.text.empty() &&
              std::islower(static_cast<unsigned char>(from.front().paragraph.text[0]))) {
            into.back().paragraph.text += " " + from.front().paragraph.text;
            from.erase(from.begin());
          }
          for (Block& b : from) into.push_back(std::move(b));
        }
        ++start;
      }
    }
    for (size_t r = start; r < rows.size(); ++r) first.table.rows.push_back(std::move(rows[r]));
    body.erase(body.begin() + static_cast<long>(i) + 1);
  }
}

[[noreturn]] void fail_to_open(const PdfError& e, const std::string& bytes) {
  if (e.GetError() == ePdfError_InvalidPassword) {
    throw InputError(error_code::pdf_encrypted,
                     "This PDF is protected with a password. Ask for an unprotected copy (or remove the password) "
                     "and check it again.");
  }
  if (e.GetError() == ePdfError_UnsupportedFilter || e.GetError() == ePdfError_InvalidEncryptionDict) {
    throw InputError(error_code::pdf_encrypted, "This PDF uses encryption ehcpqa cannot open. Ask for an unprotected copy.");
  }
  if (looks_truncated(bytes)) {
    throw InputError(error_code::pdf_truncated,
                     "This PDF is incomplete: the file ends before the document does (an interrupted download or "
                     "copy). Get a complete copy and check it again.");
  }
  throw InputError(error_code::pdf_corrupt, "This PDF is damaged and cannot be read. Try re-saving it from the program that made it.");
}

}  // namespace

std::string running_key(const std::string& text) {
  std::string out;
  bool last_digit = false, last_space = true;
  for (unsigned char c : text) {
    if (std::isdigit(c)) {
      if (!last_digit) out += '#';
      last_digit = true;
      last_space = false;
      continue;
    }
    last_digit = false;
    if (std::isspace(c)) {
      if (!last_space) out += ' ';
      last_space = true;
      continue;
    }
    out += static_cast<char>(std::tolower(c));
    last_space = false;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string rebuild_xref(const std::string& bytes) {
  std::map<long, size_t> offsets;  // object number -> offset of its last definition
  static const std::regex object_header(R"((?:^|[\r\n])(\d{1,9})\s+(\d{1,5})\s+obj\b)");
  for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), object_header); it != std::sregex_iterator(); ++it) {
    const size_t at = static_cast<size_t>(it->position(1));
    const long number = std::stol((*it)[1]);
    if (number > 0 && number < 10'000'000) offsets[number] = at;
  }
  if (offsets.empty()) return {};
  long root = -1;
  static const std::regex catalog(R"(/Type\s*/Catalog\b)");
  for (const auto& [number, at] : offsets) {
    const size_t end = bytes.find("endobj", at);
    const std::string body = bytes.substr(at, (end == std::string::npos ? bytes.size() : end) - at);
    if (std::regex_search(body, catalog)) root = number;
  }
  if (root < 0) return {};
  std::string trailer_extra;
  static const std::regex info(R"(/Info\s+(\d+)\s+(\d+)\s+R)");
  std::smatch m;
  const size_t last_trailer = bytes.rfind("trailer");
  if (last_trailer != std::string::npos) {
    const std::string tail = bytes.substr(last_trailer, 4096);
    if (std::regex_search(tail, m, info)) trailer_extra += " /Info " + m[1].str() + " " + m[2].str() + " R";
  }
  const long size = offsets.rbegin()->first + 1;
  std::string out = bytes;
  if (!out.empty() && out.back() != '\n') out += '\n';
  const size_t xref_at = out.size();
  out += fmt::format("xref\n0 {}\n", size);
  for (long n = 0; n < size; ++n) {
    auto it = offsets.find(n);
    out += it == offsets.end() ? "0000000000 65535 f\r\n" : fmt::format("{:010} 00000 n\r\n", it->second);
  }
  out += fmt::format("trailer\n<< /Size {} /Root {} 0 R{} >>\nstartxref\n{}\n%%EOF\n", size, root, trailer_extra, xref_at);
  return out;
}

OpenedPdf::OpenedPdf(const std::string& path) : pdf_(std::make_unique<PdfMemDocument>()) {
  prepare_podofo();
  bytes_ = read_file(path);
  // Some producers write a line of junk before "%PDF-"; PDF readers skip up to 1 KiB of it.
  const size_t header = bytes_.find("%PDF-");
  if (header != std::string::npos && header > 0 && header < 1024) bytes_.erase(0, header);

  auto page_count_of = [](PdfMemDocument& d) {
    try {
      return d.GetPageCount();
    } catch (const PdfError&) {
      return 0;
    }
  };
  try {
    pdf_->LoadFromBuffer(bytes_.data(), static_cast<long>(bytes_.size()));
    page_count_ = page_count_of(*pdf_);
    if (page_count_ <= 0) throw PdfError(ePdfError_InvalidXRef);
  } catch (const PdfError& e) {
    if (e.GetError() == ePdfError_InvalidPassword) fail_to_open(e, bytes_);
    // A damaged cross-reference table (or page tree reached through it): rebuild and retry.
    repaired_ = rebuild_xref(bytes_);
    if (repaired_.empty()) fail_to_open(e, bytes_);
    try {
      pdf_->LoadFromBuffer(repaired_.data(), static_cast<long>(repaired_.size()));
      page_count_ = page_count_of(*pdf_);
    } catch (const PdfError& again) {
      fail_to_open(again.GetError() == ePdfError_InvalidPassword ? again : e, bytes_);
    }
  }
  if (page_count_ <= 0) throw InputError(error_code::pdf_corrupt, "This PDF has no pages that can be read.");
}

OpenedPdf::~OpenedPdf() = default;

Document read_pdf(const std::string& path, const PdfLimits& limits) {
  limits.layout.validate();
  OpenedPdf opened(path);
  PdfMemDocument& pdf = opened.document();
  const int page_count = opened.page_count();
  Document doc;
  doc.path = path;
  doc.format = "pdf";
  if (opened.xref_rebuilt()) {
    doc.diagnostics.push_back("The PDF's cross-reference table was damaged; it was rebuilt to read the file.");
  }
  if (page_count > limits.max_pages) {
    throw InputError(error_code::too_large, fmt::format("This PDF has {} pages, over the {} page limit.", page_count, limits.max_pages));
  }
  doc.page_count = page_count;

  const HeadingTags heading_tags = read_heading_tags(pdf);
  FormSettings form;
  try {
    const PdfObject* acro_form = key(pdf.GetCatalog(), "AcroForm", &pdf.GetObjects());
    const PdfObject* need = key(acro_form, "NeedAppearances", &pdf.GetObjects());
    form.need_appearances = need && need->IsBool() && need->GetBool();
    const PdfObject* da = key(acro_form, "DA", &pdf.GetObjects());
    if (da && da->IsString()) form.default_appearance = da->GetString().GetStringUtf8();
  } catch (const PdfError&) {
  }
  std::vector<const std::map<int, int>*> tags_by_page(static_cast<size_t>(page_count) + 1, nullptr);
  FontCache fonts;
  std::vector<PageLayout> pages;
  size_t glyphs = 0, unmapped = 0;
  int images = 0;
  std::vector<int> scanned_pages;
  for (int i = 0; i < page_count; ++i) {
    PdfPage* page = nullptr;
    try {
      page = pdf.GetPage(i);
    } catch (const PdfError&) {
    }
    if (!page) {
      doc.diagnostics.push_back(fmt::format("Page {} could not be read.", i + 1));
      pages.push_back(PageLayout{i + 1, 0, 0, {}, {}});
      continue;
    }
    if (auto it = heading_tags.find(page->GetObject()->Reference().ObjectNumber()); it != heading_tags.end()) {
      tags_by_page[static_cast<size_t>(i) + 1] = &it->second;
    }
    PageContent content = interpret_page(page, i + 1, &pdf.GetObjects(), fonts, {}, form);
    for (std::string& d : content.diagnostics) doc.diagnostics.push_back(std::move(d));
    size_t page_unmapped = 0;
    for (const Glyph& g : content.glyphs) page_unmapped += g.unmapped ? 1 : 0;
    glyphs += content.glyphs.size();
    unmapped += page_unmapped;
    images += content.images;
    if (content.glyphs.empty() && content.images > 0) scanned_pages.push_back(i + 1);
    pages.push_back(build_page_layout(content, limits.layout));
  }
  if (glyphs == 0) {
    if (images > 0) {
      throw InputError(error_code::pdf_no_text_layer,
                       "This PDF is a scanned image with no text in it, so it cannot be checked. Run it through OCR "
                       "(text recognition), or check the original Word document instead.");
    }
    throw InputError(error_code::pdf_no_text_layer, "This PDF contains no text to check.");
  }
  if (unmapped * 2 > glyphs) {
    throw InputError(error_code::pdf_no_text_layer,
                     "The text in this PDF cannot be decoded (its fonts give no letters), so it cannot be checked. "
                     "Check the original Word document, or an OCR'd copy.");
  }
  for (int p : scanned_pages) {
    doc.diagnostics.push_back(fmt::format("Page {} is an image with no text (a scan?); it was not read.", p));
  }
  if (unmapped > 0) {
    doc.diagnostics.push_back(fmt::format("{} character(s) could not be decoded and show as \xEF\xBF\xBD.", unmapped));
  }

  // Running headers and footers: short blocks in the top or bottom margin whose text
  // (digits aside) recurs on several pages, or that are plainly pagination. A stamp, large
  // short text anywhere on the page ("DRAFT" across the middle as a horizontal watermark),
  // that recurs the same way goes with the headers.
  std::map<std::string, std::set<int>> seen;
  // Whether `it` could be a running text; `top` says whether it would be a header.
  auto running_candidate = [&](const PageLayout& page, const LayoutItem& it, bool& top) {
    if (it.is_table || it.block.lines.size() > 3 || page.height <= 0) return false;
    top = it.bottom >= page.height * (1 - limits.layout.margin_band);
    if (top || it.top <= page.height * limits.layout.margin_band) return true;
    top = true;
    return it.block.lines.size() <= 2 && it.block.size >= limits.layout.stamp_size;
  };
  for (const PageLayout& page : pages) {
    for (const LayoutItem& it : page.items) {
      bool top = false;
      if (running_candidate(page, it, top)) seen[running_key(block_text(it.block))].insert(page.number);
    }
  }
  const size_t needed = std::max<size_t>(2, static_cast<size_t>(std::ceil(0.4 * page_count)));
  std::set<std::string> header_keys, footer_keys;
  for (PageLayout& page : pages) {
    std::vector<LayoutItem> kept;
    for (LayoutItem& it : page.items) {
      bool top = false;
      if (running_candidate(page, it, top)) {
        const std::string key = running_key(block_text(it.block));
        const bool artifact = std::all_of(it.block.lines.begin(), it.block.lines.end(), [](const Line& l) {
          return std::all_of(l.words.begin(), l.words.end(), [](const Word& w) { return w.artifact; });
        });
        if (seen[key].size() >= needed || is_pagination(key) || (artifact && !key.empty())) {
          auto& keys = top ? header_keys : footer_keys;
          if (keys.insert(key).second) {
            Block b;
            b.paragraph.text = paragraph_text(it.block);
            b.location = Location{page.number, -1};
            (top ? doc.headers : doc.footers).push_back(std::move(b));
          }
          continue;
        }
      }
      kept.push_back(std::move(it));
    }
    page.items = std::move(kept);
  }

  // Watermarks ("DRAFT" drawn corner to corner) are kept with the running headers, where a
  // plan's status is often stamped, once each.
  for (const PageLayout& page : pages) {
    for (const std::string& text : page.watermarks) {
      if (!header_keys.insert(running_key(text)).second) continue;
      Block b;
      b.paragraph.text = text;
      b.location = Location{page.number, -1};
      doc.headers.push_back(std::move(b));
    }
  }

  // Body text size (the most common, by characters), and heading levels for larger sizes.
  // Table text counts too: some plans are nearly all tables, with only headings outside them.
  std::map<double, size_t> chars_by_size;
  auto count_block = [&](const TextBlock& b) {
    for (const Line& l : b.lines) chars_by_size[std::round(l.size * 2) / 2] += l.text().size();
  };
  for (const PageLayout& page : pages) {
    for (const LayoutItem& it : page.items) {
      if (!it.is_table) {
        count_block(it.block);
        continue;
      }
      for (const auto& row : it.table.rows) {
        for (const LayoutCell& cell : row) {
          for (const TextBlock& b : cell.blocks) count_block(b);
          for (const NestedTable& n : cell.tables) {
            for (const auto& inner_row : n.table.rows) {
              for (const LayoutCell& inner : inner_row) {
                for (const TextBlock& b : inner.blocks) count_block(b);
              }
            }
          }
        }
      }
    }
  }
  double body = 0;
  size_t most = 0;
  for (const auto& [size, n] : chars_by_size) {
    if (n > most) most = n, body = size;
  }
  std::map<double, int> levels;
  {
    std::vector<double> larger;
    for (const auto& [size, n] : chars_by_size) {
      if (size >= body * limits.layout.heading_size_ratio && n > 0) larger.push_back(size);
    }
    std::sort(larger.rbegin(), larger.rend());
    for (size_t i = 0; i < larger.size(); ++i) levels[larger[i]] = static_cast<int>(std::min<size_t>(i + 1, 3));
  }

  std::vector<const TextBlock*> all_blocks;
  std::function<void(const LayoutTable&)> table_blocks = [&](const LayoutTable& t) {
    for (const auto& row : t.rows) {
      for (const LayoutCell& cell : row) {
        for (const TextBlock& b : cell.blocks) all_blocks.push_back(&b);
        for (const NestedTable& n : cell.tables) table_blocks(n.table);
      }
    }
  };
  for (const PageLayout& page : pages) {
    for (const LayoutItem& it : page.items) {
      if (it.is_table) table_blocks(it.table);
      else all_blocks.push_back(&it.block);
    }
  }
  const HyphenWords hyphens = HyphenWords::of(all_blocks);
  Assembly assembly{levels, body, &hyphens, 0, nullptr, {}};
  for (const PageLayout& page : pages) {
    assembly.page_tags = tags_by_page[static_cast<size_t>(page.number)];
    for (const LayoutItem& it : page.items) {
      doc.body.push_back(it.is_table ? assembly.table(it.table, page.number) : assembly.block(it.block, page.number));
    }
  }
  join_tables_across_pages(doc.body);
  return doc;
}

}  // namespace ehcpqa::pdf
