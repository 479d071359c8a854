#include "parser/markup/markup_reader.h"

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
      for (std::string& cell_text : split_row(line)) {
        Cell cell;
        if (!cell_text.empty()) cell.blocks.push_back(paragraph_block(std::move(cell_text), index++));
        row.cells.push_back(std::move(cell));
      }
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
    Block b = paragraph_block(line, index++);
    Paragraph& p = b.paragraph;
    size_t hashes = line.find_first_not_of('#');
    if (hashes > 0 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') {
      p.heading_level = static_cast<int>(hashes);
      p.text = trim(std::string_view(line).substr(hashes));
    } else if (line.size() > 4 && starts_with(line, "**") && line.ends_with("**")) {
      p.bold = true;
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
        p.text = trim(std::string_view(line).substr(digits + 2));
      }
    }
    doc.body.push_back(std::move(b));
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
