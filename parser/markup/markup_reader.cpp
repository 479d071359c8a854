#include "parser/markup/markup_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "parser/input_error.h"

namespace ehcpqa::markup {
namespace {

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

Block paragraph_block(std::string text, int index) {
  Block b;
  b.kind = Block::Kind::paragraph;
  b.paragraph.text = std::move(text);
  b.location = Location{0, index};
  return b;
}

// "| a | b |" -> {"a", "b"}
std::vector<std::string> split_row(std::string_view line) {
  std::vector<std::string> cells;
  std::string body = trim(line);
  if (!body.empty() && body.front() == '|') body.erase(0, 1);
  if (!body.empty() && body.back() == '|') body.pop_back();
  size_t start = 0;
  while (start <= body.size()) {
    size_t bar = body.find('|', start);
    if (bar == std::string::npos) bar = body.size();
    cells.push_back(trim(std::string_view(body).substr(start, bar - start)));
    start = bar + 1;
  }
  return cells;
}

// One line (or one piece of a table cell) with its markers: headings, bold, shading,
// bullets and numbered items.
Block parse_paragraph(const std::string& line, int index) {
  Block b = paragraph_block(line, index);
  Paragraph& p = b.paragraph;
  size_t hashes = line.find_first_not_of('#');
  if (hashes > 0 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') {
    p.heading_level = static_cast<int>(hashes);
    p.text = trim(std::string_view(line).substr(hashes));
  } else if (line.size() > 4 && starts_with(line, "**") && line.ends_with("**")) {
    p.bold = true;
    p.text = trim(std::string_view(line).substr(2, line.size() - 4));
  } else if (line.size() > 4 && starts_with(line, "==") && line.ends_with("==")) {
    p.shaded = true;
    p.text = trim(std::string_view(line).substr(2, line.size() - 4));
  } else if (starts_with(line, "-- ")) {
    p.list_level = 1;
    p.text = trim(std::string_view(line).substr(3));
  } else if (starts_with(line, "- ")) {
    p.list_level = 0;
    p.text = trim(std::string_view(line).substr(2));
  } else {
    size_t digits = line.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string::npos && line.compare(digits, 2, ". ") == 0) {
      p.list_level = 0;
      p.numbered = true;
      p.list_label = line.substr(0, digits + 1);
      p.text = trim(std::string_view(line).substr(digits + 2));
    }
  }
  return b;
}

// A cell's text: paragraphs separated by "<br>", each with the markers above; a cell
// written ==like this== is shaded.
Cell parse_cell(const std::string& text, int& index) {
  Cell cell;
  size_t start = 0;
  while (start <= text.size()) {
    size_t br = text.find("<br>", start);
    if (br == std::string::npos) br = text.size();
    const std::string piece = trim(std::string_view(text).substr(start, br - start));
    if (!piece.empty()) {
      Block b = parse_paragraph(piece, index++);
      if (b.paragraph.shaded) cell.shaded = true;
      cell.blocks.push_back(std::move(b));
    }
    start = br + 4;
  }
  return cell;
}

}  // namespace

Document read_markup(std::string_view text, const std::string& path) {
  Document doc;
  doc.path = path;
  doc.format = "markup";
  int index = 0;
  Block* open_table = nullptr;
  std::istringstream lines{std::string(text)};
  std::string raw;
  while (std::getline(lines, raw)) {
    const std::string line = trim(raw);
    if (line.empty()) {
      open_table = nullptr;
      continue;
    }
    if (line.front() == '|') {
      if (!open_table) {
        Block table;
        table.kind = Block::Kind::table;
        table.location = Location{0, index++};
        doc.body.push_back(std::move(table));
        open_table = &doc.body.back();
      }
      Row row;
      for (const std::string& cell_text : split_row(line)) row.cells.push_back(parse_cell(cell_text, index));
      open_table->table.rows.push_back(std::move(row));
      continue;
    }
    open_table = nullptr;
    if (starts_with(line, "@header ")) {
      doc.headers.push_back(paragraph_block(trim(line.substr(8)), 0));
      continue;
    }
    if (starts_with(line, "@footer ")) {
      doc.footers.push_back(paragraph_block(trim(line.substr(8)), 0));
      continue;
    }
    if (starts_with(line, "@revisions ")) {
      doc.unaccepted_revisions = std::atoi(line.c_str() + 11);
      continue;
    }
    if (starts_with(line, "@comments ")) {
      doc.comments = std::atoi(line.c_str() + 10);
      continue;
    }
    doc.body.push_back(parse_paragraph(line, index++));
  }
  // A lone cell in a table of several columns spans them all (a title row).
  for (Block& b : doc.body) {
    if (b.kind != Block::Kind::table) continue;
    size_t widest = 0;
    for (const Row& r : b.table.rows) widest = std::max(widest, r.cells.size());
    for (Row& r : b.table.rows) {
      if (r.cells.size() == 1 && widest > 1) r.cells.front().col_span = static_cast<int>(widest);
    }
  }
  return doc;
}

Document read_markup_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(error_code::unreadable, "The file could not be opened for reading.");
  std::ostringstream text;
  text << in.rdbuf();
  return read_markup(text.str(), path);
}

bool is_markup_path(const std::string& path) {
  return path.size() > 5 && path.compare(path.size() - 5, 5, ".plan") == 0;
}

}  // namespace ehcpqa::markup
