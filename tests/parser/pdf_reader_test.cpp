// The PDF reader on real files: the sample plans from several producers and the damaged
// fixtures in tests/fixtures/pdf/ (each named after its fault; see its README).
#define BOOST_TEST_MODULE pdf_reader
#include <boost/test/included/unit_test.hpp>

#include <fstream>

#include "parser/input_error.h"
#include "parser/reader.h"
#include "tests/support/error_code_of.h"
#include "tests/support/pdf_builder.h"

using namespace ehcpqa;
using ehcpqa::testing::error_code_of;

namespace {

const std::string kSource = EHCPQA_SOURCE_DIR;


std::string body_text(const Document& doc) { return plain_text(doc.body); }

bool any_contains(const std::vector<std::string>& lines, const std::string& needle) {
  for (const auto& l : lines) {
    if (l.find(needle) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_CASE(bad_pdfs_get_distinct_stable_codes) {
  const std::string dir = kSource + "/tests/fixtures/pdf/";
  BOOST_TEST(error_code_of(dir + "password-protected.pdf") == "pdf.encrypted");
  BOOST_TEST(error_code_of(dir + "image-only.pdf") == "pdf.no-text-layer");
  BOOST_TEST(error_code_of(dir + "truncated.pdf") == "pdf.truncated");
  BOOST_TEST(error_code_of(dir + "corrupt.pdf") == "pdf.corrupt");
}

BOOST_AUTO_TEST_CASE(damaged_but_readable_pdfs_are_read_and_noted) {
  const std::string dir = kSource + "/tests/fixtures/pdf/";
  const Document xref = read_document(dir + "bad-xref-offsets.pdf");
  BOOST_TEST(!body_text(xref).empty());
  BOOST_TEST(any_contains(xref.diagnostics, "rebuilt"));

  const Document scan = read_document(dir + "one-image-page.pdf");
  BOOST_TEST(!body_text(scan).empty());
  BOOST_TEST(any_contains(scan.diagnostics, "Page 2 is an image with no text"));
}

BOOST_AUTO_TEST_CASE(encrypted_with_an_empty_password_opens) {
  const Document doc = read_document(kSource + "/samples/draft-poor-lettered-reception.encrypted-empty-password.pdf");
  BOOST_TEST(body_text(doc).find("Reception") != std::string::npos);
  // RC4, the older cipher: the same plan text as the unencrypted export.
  const Document rc4 = read_document(kSource + "/tests/fixtures/pdf/rc4-empty-password.pdf");
  const Document plain = read_document(kSource + "/samples/final-poor-lettered-y4.pdf");
  BOOST_TEST(!body_text(plain).empty());
  BOOST_TEST(body_text(rc4) == body_text(plain));
}

BOOST_AUTO_TEST_CASE(running_headers_and_page_numbers_leave_the_body) {
  const Document doc = read_document(kSource + "/samples/final-good-lettered-y10.pdf");
  BOOST_TEST(doc.format == "pdf");
  BOOST_TEST(doc.page_count == 9);
  const std::string body = body_text(doc);
  BOOST_TEST(body.find("Page 1 of 9") == std::string::npos);
  BOOST_TEST(body.find("OFFICIAL-SENSITIVE") == std::string::npos);
  BOOST_TEST(!doc.headers.empty());
  BOOST_TEST(!doc.footers.empty());
  // Headings come from size and weight.
  bool heading = false;
  for_each_paragraph(doc.body, [&](const ParagraphVisit& v) {
    if (v.paragraph.text == "Section A: Views, interests and aspirations") heading = v.paragraph.heading_level > 0 || v.paragraph.bold;
  });
  BOOST_TEST(heading);
  // The front-matter table keeps its rows: label beside value.
  bool row = false;
  for (const Block& b : doc.body) {
    if (b.kind != Block::Kind::table) continue;
    for (const Row& r : b.table.rows) {
      if (r.cells.size() == 2 && !r.cells[0].blocks.empty() && r.cells[0].blocks[0].paragraph.text == "Date of birth" &&
          !r.cells[1].blocks.empty()) {
        row = r.cells[1].blocks[0].paragraph.text == "14th February 2011";
      }
    }
  }
  BOOST_TEST(row);
}

BOOST_AUTO_TEST_CASE(type1_ligatures_and_rotated_pages_read_as_letters) {
  const std::string groff = body_text(read_document(kSource + "/samples/final-poor-lettered-age25.pdf"));
  BOOST_TEST(groff.find("\xEF\xBF\xBD") == std::string::npos);
  BOOST_TEST(groff.find("\xEF\xAC\x81") == std::string::npos);  // no "ﬁ" ligature character left
  const std::string upright = body_text(read_document(kSource + "/samples/final-good-numbered-y7.pdf"));
  const std::string rotated = body_text(read_document(kSource + "/samples/final-good-numbered-y7.linearised-rotated.pdf"));
  BOOST_TEST(rotated.size() > upright.size() * 9 / 10);
}

BOOST_AUTO_TEST_CASE(a_diagonal_draft_watermark_goes_with_the_running_headers) {
  // The watermark is not read into the text it crosses, letter by letter.
  const std::string path = std::string(EHCPQA_BINARY_DIR) + "/diagonal-watermark.pdf";
  std::ofstream(path, std::ios::binary) << ehcpqa::testing::diagonal_draft_watermark_pdf();
  const Document doc = read_document(path);
  std::vector<std::string> body;
  for_each_paragraph(doc.body, [&](const ParagraphVisit& v) { body.push_back(v.paragraph.text); });
  const std::vector<std::string> expected{"Section A: Views, interests and aspirations", "Noah likes trains and swimming."};
  BOOST_TEST(body == expected, boost::test_tools::per_element());
  BOOST_REQUIRE_EQUAL(doc.headers.size(), 1u);
  BOOST_TEST(doc.headers[0].paragraph.text == "DRAFT");
  BOOST_TEST(doc.headers[0].location.page == 1);
}

BOOST_AUTO_TEST_CASE(a_stamp_across_every_page_goes_with_the_running_headers) {
  // "DRAFT" in 100 pt across the middle of both pages, as a horizontal watermark; the 40 pt
  // title on page 1 alone is a near miss and stays in the body.
  auto page = [](const std::string& contents) {
    return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 3 0 R >> >> /Contents " +
           contents + " 0 R >>";
  };
  const std::string stamp = "BT /F1 100 Tf 120 380 Td (DRAFT) Tj ET ";
  const std::string path = std::string(EHCPQA_BINARY_DIR) + "/horizontal-stamp.pdf";
  std::ofstream(path, std::ios::binary) << ehcpqa::testing::pdf_from_objects({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>",
      ehcpqa::testing::kHelveticaFont,
      page("6"),
      page("7"),
      ehcpqa::testing::stream_object("BT /F1 40 Tf 72 700 Td (My plan) Tj /F1 12 Tf 0 -60 Td "
                                     "(Section A: Views, interests and aspirations) Tj ET " + stamp),
      ehcpqa::testing::stream_object("BT /F1 12 Tf 72 700 Td (Section B: Special educational needs) Tj ET " + stamp),
  });
  const Document doc = read_document(path);
  std::vector<std::string> body;
  for_each_paragraph(doc.body, [&](const ParagraphVisit& v) { body.push_back(v.paragraph.text); });
  const std::vector<std::string> expected{"My plan", "Section A: Views, interests and aspirations",
                                          "Section B: Special educational needs"};
  BOOST_TEST(body == expected, boost::test_tools::per_element());
  BOOST_REQUIRE_EQUAL(doc.headers.size(), 1u);
  BOOST_TEST(doc.headers[0].paragraph.text == "DRAFT");
}
