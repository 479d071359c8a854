#include "parser/docx/body_reader.h"

#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "parser/input_error.h"

namespace ehcpqa::docx {
namespace {

constexpr std::string_view kMarkupCompatNs =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view kVmlNs = "urn:schemas-microsoft-com:vml";

// A w:shd fill that shows: not absent, "auto" or white (templates often set white
// explicitly on cells that look unshaded).
bool visible_fill(const std::string& fill) {
  if (fill.empty() || fill == "auto") return false;
  std::string upper;
  for (char c : fill) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper != "FFFFFF";
}

// Revision marks that hold the *old* properties: counted, and their subtree skipped so
// the old style or numbering is not mistaken for the current one.
bool is_property_change(std::string_view name) {
  return name == "pPrChange" || name == "rPrChange" || name == "sectPrChange" ||
         name == "tblPrChange" || name == "tblPrExChange" || name == "trPrChange" ||
         name == "tcPrChange" || name == "tblGridChange" || name == "numberingChange";
}

bool is_content_revision(std::string_view name) {
  return name == "ins" || name == "del" || name == "moveFrom" || name == "moveTo" ||
         name == "cellIns" || name == "cellDel" || name == "cellMerge";
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Trims ASCII white space and non-breaking spaces from both ends.
std::string trimmed(const std::string& s) {
  size_t b = 0, e = s.size();
  auto nbsp_at = [&](size_t i) {
    return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
           static_cast<unsigned char>(s[i + 1]) == 0xA0;
  };
  while (b < e) {
    if (is_space(static_cast<unsigned char>(s[b]))) ++b;
    else if (nbsp_at(b)) b += 2;
    else break;
  }
  while (e > b) {
    if (is_space(static_cast<unsigned char>(s[e - 1]))) --e;
    else if (e >= 2 && nbsp_at(e - 2)) e -= 2;
    else break;
  }
  return s.substr(b, e - b);
}

struct ParagraphBuild {
  Paragraph paragraph;
  Location location;
  std::string num_id;
  int num_level = 0;
  bool has_num_pr = false;
  int direct_outline = -1;
  size_t visible = 0;  // non-space bytes of text
  size_t bold = 0;     // of which bold
  bool truncated = false;
};

struct RunState {
  std::optional<bool> direct_bold;
  std::string char_style;
};

struct TableBuild {
  Table table;
  Location location;
  Row row;
  Cell cell;
};

struct ControlFrame {
  int depth;
  std::string tag;
  bool placeholder = false;
};

class StoryReader {
 public:
  StoryReader(XmlStream& xml, const Styles& styles, const Numbering& numbering, int first_block,
              StoryLimits limits)
      : xml_(xml), styles_(styles), numbering_(numbering), labels_(numbering), next_block_(first_block),
        limits_(limits) {}

  Story run() {
    while (xml_.next()) {
      switch (xml_.node()) {
        case XmlStream::Node::start: on_start(); break;
        case XmlStream::Node::end: on_end(); break;
        case XmlStream::Node::text: on_text(); break;
        case XmlStream::Node::other: break;
      }
    }
    if (!story_.page_markers_seen) clear_pages(story_.blocks);
    return std::move(story_);
  }

 private:
  bool inside(std::string_view name) const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (*it == name) return true;
    }
    return false;
  }
  bool parent_is(std::string_view name) const {
    return stack_.size() >= 2 && stack_[stack_.size() - 2] == name;
  }
  bool suppressed() const { return deleted_depth_ >= 0 || placeholder_depth_ >= 0; }
  int page() const {
    return 1 + std::max(story_.rendered_page_breaks, story_.explicit_page_breaks);
  }

  void on_start() {
    const bool word = xml_.ns() == kWordNs;
    const std::string_view name = xml_.local_name();
    if (!word) {
      // Alternate content offers the same text twice (a modern shape and a VML fallback).
      if (xml_.ns() == kMarkupCompatNs && name == "Fallback") {
        xml_.skip_subtree();
        return;
      }
      // A watermark ("DRAFT") is WordArt whose text is an attribute, not a w:t.
      if (xml_.ns() == kVmlNs && name == "textpath" && !paragraphs_.empty() && !suppressed()) {
        const std::string words = xml_.attribute("string", "");
        ParagraphBuild& p = paragraphs_.back();
        if (!words.empty()) append(p, p.paragraph.text.empty() ? words : " " + words, true);
      }
      stack_.emplace_back();
      return;
    }
    if (is_property_change(name)) {
      ++story_.revisions;
      xml_.skip_subtree();
      return;
    }
    if (name == "instrText" || name == "delInstrText" || name == "sdtEndPr" ||
        name == "footnoteReference" || name == "endnoteReference") {
      xml_.skip_subtree();
      return;
    }
    if (name == "sdtPr") {
      read_control_properties();
      return;
    }
    stack_.emplace_back(name);
    const int depth = xml_.depth();

    if (is_content_revision(name)) {
      ++story_.revisions;
      const bool marker = inside("rPr") || inside("trPr") || inside("tcPr") || inside("pPr");
      if (!marker && (name == "del" || name == "moveFrom" || name == "cellDel") &&
          deleted_depth_ < 0) {
        deleted_depth_ = depth;
      }
    } else if (name == "p") {
      start_paragraph();
    } else if (name == "r") {
      run_ = RunState{};
    } else if (name == "tbl") {
      start_table();
    } else if (name == "tr") {
      if (!tables_.empty()) tables_.back().row = Row{};
    } else if (name == "tc") {
      if (!tables_.empty()) tables_.back().cell = Cell{};
    } else if (name == "sdt") {
      controls_.push_back(ControlFrame{depth, {}, false});
    } else if (name == "sdtContent") {
      if (!controls_.empty() && controls_.back().placeholder && placeholder_depth_ < 0) {
        placeholder_depth_ = depth;
        ++story_.placeholders_dropped;
      }
    } else if (name == "txbxContent") {
      ++text_box_depth_;
    } else if (name == "commentReference") {
      ++story_.comments;
    } else if (name == "lastRenderedPageBreak") {
      ++story_.rendered_page_breaks;
      story_.page_markers_seen = true;
    } else {
      on_property(name);
    }
  }

  // Properties and inline content that live inside paragraphs, runs and tables.
  void on_property(std::string_view name) {
    ParagraphBuild* p = paragraphs_.empty() ? nullptr : &paragraphs_.back();
    if (p && parent_is("pPr")) {
      if (name == "pStyle") p->paragraph.style_id = xml_.attribute("val");
      else if (name == "outlineLvl") p->direct_outline = std::atoi(xml_.attribute("val").c_str());
      else if (name == "pageBreakBefore" && word_on(xml_)) note_explicit_break(*p);
      else if (name == "shd") p->paragraph.shaded = visible_fill(xml_.attribute("fill"));
      return;
    }
    if (p && parent_is("numPr") && inside("pPr")) {
      p->has_num_pr = true;
      if (name == "numId") p->num_id = xml_.attribute("val");
      else if (name == "ilvl") p->num_level = std::atoi(xml_.attribute("val").c_str());
      return;
    }
    if (parent_is("rPr") && inside("r") && !inside("pPr")) {
      if (name == "b") run_.direct_bold = word_on(xml_);
      else if (name == "rStyle") run_.char_style = xml_.attribute("val");
      return;
    }
    if (parent_is("tcPr") && !tables_.empty()) {
      Cell& cell = tables_.back().cell;
      if (name == "gridSpan") cell.col_span = std::max(1, std::atoi(xml_.attribute("val").c_str()));
      else if (name == "vMerge") cell.merged_above = xml_.attribute("val") != "restart";
      else if (name == "shd") cell.shaded = visible_fill(xml_.attribute("fill"));
      return;
    }
    if (parent_is("trPr") && !tables_.empty() && name == "tblHeader") {
      tables_.back().row.header = word_on(xml_);
      return;
    }
    if (!p || !inside("r") || inside("rPr") || suppressed()) return;
    if (name == "tab" || name == "ptab") {
      append(*p, "\t");
    } else if (name == "br") {
      const std::string type = xml_.attribute("type");
      if (type == "page") note_explicit_break(*p);
      else append(*p, type == "column" ? " " : "\n");
    } else if (name == "cr") {
      append(*p, "\n");
    } else if (name == "noBreakHyphen") {
      append(*p, "-");
    }
  }

  void note_explicit_break(ParagraphBuild& p) {
    ++story_.explicit_page_breaks;
    story_.page_markers_seen = true;
    // A break before any text moves the paragraph itself to the new page.
    if (p.visible == 0) p.location.page = page();
  }

  void on_end() {
    if (stack_.empty()) return;
    const std::string name = stack_.back();
    const int depth = xml_.depth();
    stack_.pop_back();
    if (xml_.ns() != kWordNs) return;
    if (deleted_depth_ == depth) deleted_depth_ = -1;
    if (placeholder_depth_ == depth) placeholder_depth_ = -1;
    if (name == "p") {
      finish_paragraph();
    } else if (name == "tc") {
      if (!tables_.empty()) tables_.back().row.cells.push_back(std::move(tables_.back().cell));
    } else if (name == "tr") {
      if (!tables_.empty()) tables_.back().table.rows.push_back(std::move(tables_.back().row));
    } else if (name == "tbl") {
      finish_table();
    } else if (name == "sdt") {
      if (!controls_.empty()) controls_.pop_back();
    } else if (name == "txbxContent") {
      --text_box_depth_;
    }
  }

  void on_text() {
    if (stack_.empty() || stack_.back() != "t" || paragraphs_.empty() || suppressed()) return;
    append(paragraphs_.back(), xml_.text(), true);
  }

  void append(ParagraphBuild& p, const std::string& text, bool count_bold = false) {
    if (p.truncated) return;
    if (p.paragraph.text.size() + text.size() > limits_.max_paragraph_bytes) {
      p.truncated = true;
      story_.diagnostics.push_back(
          fmt::format("A paragraph (block {}) is longer than {} bytes and was cut.",
                      p.location.block, limits_.max_paragraph_bytes));
      return;
    }
    p.paragraph.text += text;
    if (!count_bold) return;
    size_t visible = 0;
    for (unsigned char c : text) visible += is_space(c) ? 0 : 1;
    p.visible += visible;
    if (run_bold(p)) p.bold += visible;
  }

  bool run_bold(const ParagraphBuild& p) const {
    if (run_.direct_bold) return *run_.direct_bold;
    if (!run_.char_style.empty()) {
      if (auto b = styles_.bold_if_set(run_.char_style)) return *b;
    }
    const std::string& style =
        p.paragraph.style_id.empty() ? styles_.default_paragraph_style() : p.paragraph.style_id;
    return styles_.bold(style);
  }

  void read_control_properties() {
    // Inside w:sdtPr: the tag/alias name the field; showingPlcHdr says the content is the
    // template's prompt ("Click or tap here to enter text."), not the author's words.
    const int start_depth = xml_.depth();
    while (xml_.next()) {
      if (xml_.node() == XmlStream::Node::end && xml_.depth() == start_depth) break;
      if (xml_.node() != XmlStream::Node::start || xml_.ns() != kWordNs || controls_.empty()) {
        continue;
      }
      const auto name = xml_.local_name();
      if (name == "tag") controls_.back().tag = xml_.attribute("val");
      else if (name == "alias" && controls_.back().tag.empty()) controls_.back().tag = xml_.attribute("val");
      else if (name == "showingPlcHdr") controls_.back().placeholder = word_on(xml_);
    }
  }

  void start_paragraph() {
    ParagraphBuild p;
    p.location = Location{page(), next_block_++};
    p.paragraph.in_text_box = text_box_depth_ > 0;
    for (auto it = controls_.rbegin(); it != controls_.rend(); ++it) {
      if (!it->tag.empty()) {
        p.paragraph.control_tag = it->tag;
        break;
      }
    }
    paragraphs_.push_back(std::move(p));
  }

  void finish_paragraph() {
    if (paragraphs_.empty()) return;
    ParagraphBuild p = std::move(paragraphs_.back());
    paragraphs_.pop_back();
    Paragraph& para = p.paragraph;
    if (para.control_tag.empty()) {
      // A run-level content control inside the paragraph names it too.
      for (auto it = controls_.rbegin(); it != controls_.rend(); ++it) {
        if (!it->tag.empty()) { para.control_tag = it->tag; break; }
      }
    }
    para.text = trimmed(para.text);
    if (para.text.empty()) {
      // Empty paragraphs carry nothing a check could use, but one may anchor a text box:
      // its paragraphs come here, in index order, not after the next paragraph.
      if (paragraphs_.empty()) {
        for (Block& b : pending_text_box_) target().push_back(std::move(b));
        pending_text_box_.clear();
      }
      return;
    }
    const std::string style =
        para.style_id.empty() ? styles_.default_paragraph_style() : para.style_id;
    if (!style.empty()) para.style_name = styles_.name(style);
    para.heading_level = styles_.heading_level(style);
    if (p.direct_outline >= 0) para.heading_level = p.direct_outline <= 8 ? p.direct_outline + 1 : 0;
    para.bold = p.visible > 0 && p.bold == p.visible;
    std::string num_id = p.num_id;
    int level = p.num_level;
    if (!p.has_num_pr) {
      if (auto from_style = styles_.list(style)) std::tie(num_id, level) = *from_style;
    }
    if (numbering_.is_list(num_id)) {
      para.list_level = level;
      para.numbered = numbering_.is_numbered(num_id, level);
      para.list_label = labels_.next(num_id, level);
    }
    Block block;
    block.kind = Block::Kind::paragraph;
    block.paragraph = std::move(para);
    block.location = p.location;
    if (!paragraphs_.empty()) {
      // A text box's paragraph inside another paragraph: keep it until the anchor is done,
      // so blocks stay in index order.
      pending_text_box_.push_back(std::move(block));
      return;
    }
    target().push_back(std::move(block));
    for (Block& b : pending_text_box_) target().push_back(std::move(b));
    pending_text_box_.clear();
  }

  void start_table() {
    if (static_cast<int>(tables_.size()) >= limits_.max_table_depth) {
      throw InputError(error_code::docx_corrupt,
                       fmt::format("Tables are nested more than {} deep; the file was not read.",
                                   limits_.max_table_depth));
    }
    TableBuild t;
    t.location = Location{page(), next_block_++};
    tables_.push_back(std::move(t));
  }

  void finish_table() {
    if (tables_.empty()) return;
    TableBuild t = std::move(tables_.back());
    tables_.pop_back();
    Block block;
    block.kind = Block::Kind::table;
    block.table = std::move(t.table);
    block.location = t.location;
    target().push_back(std::move(block));
  }

  std::vector<Block>& target() {
    return tables_.empty() ? story_.blocks : tables_.back().cell.blocks;
  }

  static void clear_pages(std::vector<Block>& blocks) {
    for (Block& b : blocks) {
      b.location.page = 0;
      for (Row& r : b.table.rows) {
        for (Cell& c : r.cells) clear_pages(c.blocks);
      }
    }
  }

  XmlStream& xml_;
  const Styles& styles_;
  const Numbering& numbering_;
  ListLabels labels_;
  int next_block_;
  StoryLimits limits_;
  Story story_;
  std::vector<std::string> stack_;  // local names of open elements ("" outside the w: namespace)
  std::vector<ParagraphBuild> paragraphs_;  // more than one only inside text boxes
  std::vector<Block> pending_text_box_;
  std::vector<TableBuild> tables_;
  std::vector<ControlFrame> controls_;
  RunState run_;
  int deleted_depth_ = -1;
  int placeholder_depth_ = -1;
  int text_box_depth_ = 0;
};

}  // namespace

Story read_story(XmlStream& xml, const Styles& styles, const Numbering& numbering,
                 int first_block, StoryLimits limits) {
  return StoryReader(xml, styles, numbering, first_block, limits).run();
}

}  // namespace ehcpqa::docx
