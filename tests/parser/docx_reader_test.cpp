// The DOCX reader, one Word feature at a time, on documents built from literal XML.
#define BOOST_TEST_MODULE docx_reader
#include <boost/test/included/unit_test.hpp>

#include "parser/docx/docx_reader.h"
#include "parser/docx/numbering.h"
#include "parser/input_error.h"
#include "parser/reader.h"
#include "tests/support/error_code_of.h"
#include "tests/support/docx_builder.h"

using namespace ehcpqa;
using ehcpqa::testing::error_code_of;
using ehcpqa::testing::DocxParts;
using ehcpqa::testing::write_docx;

namespace {

std::string p(const std::string& text, const std::string& ppr = "", const std::string& rpr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r>" +
         (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text +
         "</w:t></w:r></w:p>";
}

Document read(const DocxParts& parts) { return read_document(write_docx(parts)); }

std::vector<const Paragraph*> paragraphs(const Document& doc) {
  std::vector<const Paragraph*> out;
  for_each_paragraph(doc.body, [&](const ParagraphVisit& v) { out.push_back(&v.paragraph); });
  return out;
}


const char* kStyles =
    "<w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
    // An authority's own style, two hops from Heading 2.
    "<w:style w:type=\"paragraph\" w:styleId=\"LASection\"><w:name w:val=\"LA Section Title\"/>"
    "<w:basedOn w:val=\"LABase\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"LABase\"><w:name w:val=\"LA Base\"/>"
    "<w:basedOn w:val=\"Heading2\"/></w:style>"
    // A cycle must not hang the reader.
    "<w:style w:type=\"paragraph\" w:styleId=\"Loop1\"><w:name w:val=\"Loop 1\"/><w:basedOn w:val=\"Loop2\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Loop2\"><w:name w:val=\"Loop 2\"/><w:basedOn w:val=\"Loop1\"/></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";

const char* kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";

}  // namespace

BOOST_AUTO_TEST_CASE(paragraph_text_and_runs_join) {
  DocxParts parts;
  parts.body = "<w:p><w:r><w:t>Amira </w:t></w:r><w:r><w:t xml:space=\"preserve\">likes </w:t></w:r>"
               "<w:r><w:t>music.</w:t></w:r></w:p>";
  Document doc = read(parts);
  BOOST_TEST(doc.format == "docx");
  BOOST_REQUIRE_EQUAL(paragraphs(doc).size(), 1u);
  BOOST_TEST(paragraphs(doc)[0]->text == "Amira likes music.");
}

BOOST_AUTO_TEST_CASE(heading_levels_resolve_through_based_on_chains) {
  DocxParts parts;
  parts.styles = kStyles;
  parts.body = p("Section A: Views", "<w:pStyle w:val=\"Heading2\"/>") +
               p("Section B: Needs", "<w:pStyle w:val=\"LASection\"/>") +
               p("Looping style", "<w:pStyle w:val=\"Loop1\"/>") +
               p("Direct outline level", "<w:outlineLvl w:val=\"0\"/>") + p("Body text");
  Document doc = read(parts);
  auto ps = paragraphs(doc);
  BOOST_REQUIRE_EQUAL(ps.size(), 5u);
  BOOST_TEST(ps[0]->heading_level == 2);
  BOOST_TEST(ps[0]->style_name == "heading 2");
  BOOST_TEST(ps[1]->heading_level == 2);
  BOOST_TEST(ps[1]->style_name == "LA Section Title");
  BOOST_TEST(ps[2]->heading_level == 0);
  BOOST_TEST(ps[3]->heading_level == 1);
  BOOST_TEST(ps[4]->heading_level == 0);
}

BOOST_AUTO_TEST_CASE(bold_comes_from_runs_character_styles_and_paragraph_styles) {
  DocxParts parts;
  parts.styles = kStyles;
  parts.body = p("All bold", "", "<w:b/>") + p("Bold by character style", "", "<w:rStyle w:val=\"Strong\"/>") +
               p("Bold by paragraph style", "<w:pStyle w:val=\"Heading2\"/>") +
               p("Bold switched off", "<w:pStyle w:val=\"Heading2\"/>", "<w:b w:val=\"0\"/>") +
               "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Half </w:t></w:r><w:r><w:t>bold</w:t></w:r></w:p>";
  Document doc = read(parts);
  auto ps = paragraphs(doc);
  BOOST_REQUIRE_EQUAL(ps.size(), 5u);
  BOOST_TEST(ps[0]->bold);
  BOOST_TEST(ps[1]->bold);
  BOOST_TEST(ps[2]->bold);
  BOOST_TEST(!ps[3]->bold);
  BOOST_TEST(!ps[4]->bold);
}

BOOST_AUTO_TEST_CASE(lists_from_numbering_direct_and_by_style) {
  DocxParts parts;
  parts.styles = kStyles;
  parts.numbering = kNumbering;
  parts.body = p("A bullet", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>") +
               p("A nested bullet", "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>") +
               p("A numbered item", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>") +
               p("Bullet by style", "<w:pStyle w:val=\"ListBullet\"/>") +
               p("Numbering switched off", "<w:pStyle w:val=\"ListBullet\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>");
  Document doc = read(parts);
  auto ps = paragraphs(doc);
  BOOST_REQUIRE_EQUAL(ps.size(), 5u);
  BOOST_TEST(ps[0]->list_level == 0);
  BOOST_TEST(!ps[0]->numbered);
  BOOST_TEST(ps[1]->list_level == 1);
  BOOST_TEST(ps[2]->numbered);
  BOOST_TEST(ps[0]->list_label.empty());  // bullets have no label
  BOOST_TEST(ps[3]->list_level == 0);
  BOOST_TEST(ps[4]->list_level == -1);
}

BOOST_AUTO_TEST_CASE(numbered_items_get_the_labels_word_prints) {
  DocxParts parts;
  // Outcomes numbered "1." with lettered steps "a)" below; a second list instance of the same
  // definition restarts at 1; a legal list spells both levels ("2.1").
  parts.numbering =
      "<w:abstractNum w:abstractNumId=\"5\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/></w:lvl>"
      "</w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"6\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"2\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
      "</w:abstractNum>"
      "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"5\"/></w:num>"
      "<w:num w:numId=\"8\"><w:abstractNumId w:val=\"5\"/>"
      "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
      "<w:num w:numId=\"9\"><w:abstractNumId w:val=\"6\"/></w:num>";
  auto item = [](const std::string& text, int num, int level) {
    return p(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                       std::to_string(num) + "\"/></w:numPr>");
  };
  parts.body = item("Outcome", 7, 0) + item("Step", 7, 1) + item("Step", 7, 1) + item("Outcome", 7, 0) +
               item("Step", 7, 1) + item("Other list", 8, 0) + item("Legal", 9, 1) + item("Legal", 9, 0);
  auto ps = paragraphs(read(parts));
  std::vector<std::string> labels;
  for (const Paragraph* para : ps) labels.push_back(para->list_label);
  const std::vector<std::string> expected{"1.", "a)", "b)", "2.", "a)", "1.", "2.1", "2."};
  BOOST_TEST(labels == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(list_numbers_in_each_format) {
  using ehcpqa::docx::format_list_number;
  BOOST_TEST(format_list_number(3, "decimal") == "3");
  BOOST_TEST(format_list_number(27, "lowerLetter") == "aa");
  BOOST_TEST(format_list_number(2, "upperLetter") == "B");
  BOOST_TEST(format_list_number(14, "lowerRoman") == "xiv");
  BOOST_TEST(format_list_number(1999, "upperRoman") == "MCMXCIX");
  BOOST_TEST(format_list_number(7, "decimalZero") == "07");
  BOOST_TEST(format_list_number(5, "ordinal") == "5");  // spelt formats fall back to digits
}

BOOST_AUTO_TEST_CASE(tables_nested_and_merged_cells) {
  const std::string inner = "<w:tbl><w:tr><w:tc>" + p("inner cell") + "</w:tc></w:tr></w:tbl>";
  DocxParts parts;
  parts.body = "<w:tbl>"
               "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" +
               p("Communication and interaction") +
               "</w:tc></w:tr>"
               "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" +
               p("Need") + "</w:tc><w:tc>" + p("Provision") + inner +
               "</w:tc></w:tr>"
               "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>" +
               p("More provision") + "</w:tc></w:tr></w:tbl>" + p("After the table");
  Document doc = read(parts);
  BOOST_REQUIRE_EQUAL(doc.body.size(), 2u);
  const Table& t = doc.body[0].table;
  BOOST_REQUIRE_EQUAL(t.rows.size(), 3u);
  BOOST_TEST(t.rows[0].header);
  BOOST_TEST(t.rows[0].cells[0].col_span == 2);
  BOOST_TEST(!t.rows[1].cells[0].merged_above);
  BOOST_TEST(t.rows[2].cells[0].merged_above);
  BOOST_TEST(t.rows[2].cells[0].blocks.empty());
  const Cell& provision = t.rows[1].cells[1];
  BOOST_REQUIRE_EQUAL(provision.blocks.size(), 2u);
  BOOST_TEST((provision.blocks[1].kind == Block::Kind::table));
  BOOST_TEST(provision.blocks[1].table.rows[0].cells[0].blocks[0].paragraph.text == "inner cell");
  // Reading order: block indexes rise through the table and out of it.
  int last = -1;
  bool ordered = true;
  for_each_paragraph(doc.body, [&](const ParagraphVisit& v) {
    ordered = ordered && v.location.block > last;
    last = v.location.block;
  });
  BOOST_TEST(ordered);
  BOOST_TEST(paragraphs(doc).back()->text == "After the table");
}

BOOST_AUTO_TEST_CASE(content_controls_keep_values_and_drop_prompts) {
  DocxParts parts;
  parts.body =
      "<w:sdt><w:sdtPr><w:alias w:val=\"Date of birth\"/><w:tag w:val=\"DOB\"/></w:sdtPr>"
      "<w:sdtContent>" + p("03/03/2015") + "</w:sdtContent></w:sdt>"
      "<w:sdt><w:sdtPr><w:tag w:val=\"Placement\"/><w:showingPlcHdr/></w:sdtPr>"
      "<w:sdtContent>" + p("Click or tap here to enter text.") + "</w:sdtContent></w:sdt>"
      "<w:p><w:r><w:t xml:space=\"preserve\">Name: </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val=\"ChildName\"/></w:sdtPr>"
      "<w:sdtContent><w:r><w:t>Amira Hussain</w:t></w:r></w:sdtContent></w:sdt></w:p>";
  Document doc = read(parts);
  auto ps = paragraphs(doc);
  BOOST_REQUIRE_EQUAL(ps.size(), 2u);
  BOOST_TEST(ps[0]->text == "03/03/2015");
  BOOST_TEST(ps[0]->control_tag == "DOB");
  BOOST_TEST(ps[1]->text == "Name: Amira Hussain");
  BOOST_TEST(doc.diagnostics.size() == 1u);
}

BOOST_AUTO_TEST_CASE(tracked_changes_keep_insertions_drop_deletions_and_count) {
  DocxParts parts;
  parts.styles = kStyles;
  parts.body =
      "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/><w:pPrChange w:id=\"9\" w:author=\"A\">"
      "<w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr></w:pPrChange></w:pPr>"
      "<w:r><w:t xml:space=\"preserve\">Sam will have </w:t></w:r>"
      "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>some </w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">three </w:t></w:r></w:ins>"
      "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t>weekly</w:t></w:r></w:moveFrom>"
      "<w:r><w:t>sessions.</w:t></w:r>"
      "<w:commentRangeStart w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
  Document doc = read(parts);
  auto ps = paragraphs(doc);
  BOOST_REQUIRE_EQUAL(ps.size(), 1u);
  BOOST_TEST(ps[0]->text == "Sam will have three sessions.");
  BOOST_TEST(ps[0]->heading_level == 0);  // the old style inside pPrChange does not count
  BOOST_TEST(doc.unaccepted_revisions == 4);
  BOOST_TEST(doc.comments == 1);
}

BOOST_AUTO_TEST_CASE(fields_hyperlinks_tabs_and_breaks) {
  DocxParts parts;
  parts.body =
      "<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
      "<w:p><w:hyperlink r:id=\"rX\"><w:r><w:t>Local Offer</w:t></w:r></w:hyperlink></w:p>"
      "<w:p><w:r><w:t>Name</w:t><w:tab/><w:t>Amira</w:t><w:br/><w:t>Next line</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>No stray tab</w:t></w:r></w:p>";
  Document doc = read(parts);
  auto ps = paragraphs(doc);
  BOOST_REQUIRE_EQUAL(ps.size(), 4u);
  BOOST_TEST(ps[0]->text == "Page 3");
  BOOST_TEST(ps[1]->text == "Local Offer");
  BOOST_TEST(ps[2]->text == "Name\tAmira\nNext line");
  BOOST_TEST(ps[3]->text == "No stray tab");
}

BOOST_AUTO_TEST_CASE(text_boxes_are_read_once_after_their_anchor) {
  const std::string box = "<w:txbxContent>" + p("Boxed text") + "</w:txbxContent>";
  DocxParts parts;
  parts.body = "<w:p><w:r><w:t xml:space=\"preserve\">Anchor </w:t></w:r><w:r><mc:AlternateContent>"
               "<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" + box + "</wps:txbx></w:drawing></mc:Choice>"
               "<mc:Fallback><w:pict><v:textbox>" + box + "</v:textbox></w:pict></mc:Fallback>"
               "</mc:AlternateContent></w:r></w:p>";
  Document doc = read(parts);
  auto ps = paragraphs(doc);
  BOOST_REQUIRE_EQUAL(ps.size(), 2u);
  BOOST_TEST(ps[0]->text == "Anchor");
  BOOST_TEST(ps[1]->text == "Boxed text");
  BOOST_TEST(ps[1]->in_text_box);
}

BOOST_AUTO_TEST_CASE(headers_and_footers_are_kept_apart_from_the_body) {
  DocxParts parts;
  parts.body = p("Body");
  parts.header = p("DRAFT - OFFICIAL SENSITIVE");
  parts.footer = p("Page 1 of 9");
  Document doc = read(parts);
  BOOST_TEST(paragraphs(doc).size() == 1u);
  BOOST_REQUIRE_EQUAL(doc.headers.size(), 1u);
  BOOST_TEST(doc.headers[0].paragraph.text == "DRAFT - OFFICIAL SENSITIVE");
  BOOST_REQUIRE_EQUAL(doc.footers.size(), 1u);
}

BOOST_AUTO_TEST_CASE(pages_come_from_page_breaks_when_present) {
  DocxParts parts;
  parts.body = p("One") + "<w:p><w:r><w:br w:type=\"page\"/></w:r><w:r><w:t>Two</w:t></w:r></w:p>" + p("Still two");
  Document doc = read(parts);
  auto pages = std::vector<int>{};
  for_each_paragraph(doc.body, [&](const ParagraphVisit& v) { pages.push_back(v.location.page); });
  BOOST_TEST(pages == (std::vector<int>{1, 2, 2}), boost::test_tools::per_element());
  BOOST_TEST(doc.page_count == 2);

  DocxParts anywhere;
  anywhere.body = p("Anywhere");
  Document no_breaks = read(anywhere);
  BOOST_TEST(no_breaks.body[0].location.page == 0);  // unknown, not guessed
}

BOOST_AUTO_TEST_CASE(errors_have_stable_codes) {
  using ehcpqa::testing::write_bytes;
  BOOST_TEST(error_code_of("/nonexistent/plan.docx") == "input.not-found");
  BOOST_TEST(error_code_of(write_bytes("", ".docx")) == "input.empty");
  BOOST_TEST(error_code_of(write_bytes("PK\x03\x04 this is not really a zip", ".docx")) == "docx.corrupt");
  BOOST_TEST(error_code_of(write_bytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'), ".doc")) ==
             "input.unsupported-format");
  std::string encrypted = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0');
  for (char c : std::string("EncryptedPackage")) encrypted += std::string{c, '\0'};
  BOOST_TEST(error_code_of(write_bytes(encrypted, ".docx")) == "docx.encrypted");
  BOOST_TEST(error_code_of(write_bytes("{\\rtf1\\ansi Hello}", ".docx")) == "input.unsupported-format");

  const std::string xlsx = ehcpqa::testing::temp_path(".docx");
  ehcpqa::testing::write_zip(xlsx, {{"xl/workbook.xml", "<workbook/>"}});
  BOOST_TEST(error_code_of(xlsx) == "docx.not-a-docx");

  DocxParts broken;
  broken.body = "<w:p><w:r><w:t>unclosed";
  BOOST_TEST(error_code_of(write_docx(broken)) == "docx.corrupt");
}

BOOST_AUTO_TEST_CASE(hostile_xml_and_zip_bombs_are_refused) {
  // An entity declaration (billion laughs / external entity) is never expanded or fetched.
  DocxParts dtd;
  dtd.extra["word/document.xml"] =
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      "<w:document " + std::string(ehcpqa::testing::kW) + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
  BOOST_TEST(error_code_of(write_docx(dtd)) == "docx.corrupt");

  // 64 MiB of one repeated byte compresses about a thousand to one.
  DocxParts bomb;
  bomb.extra["word/document.xml"] = std::string(64u << 20, ' ');
  BOOST_TEST(error_code_of(write_docx(bomb)) == "input.too-large");
}

BOOST_AUTO_TEST_CASE(limits_are_configurable) {
  DocxParts parts;
  parts.body = p(std::string(3000, 'a'));
  ReaderLimits limits;
  limits.max_file_bytes = 100;
  try {
    read_document(write_docx(parts), limits);
    BOOST_FAIL("expected input.too-large");
  } catch (const InputError& e) {
    BOOST_TEST(e.code() == "input.too-large");
  }
}
