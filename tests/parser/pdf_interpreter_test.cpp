// The content-stream interpreter and font decoding, on one-page PDFs built from literal
// operators (tests/support/pdf_builder.h): each test names the PDF feature it proves.
#define BOOST_TEST_MODULE pdf_interpreter
#include <boost/test/included/unit_test.hpp>

#include <podofo/podofo.h>
#include <zlib.h>

#include "parser/pdf/content_interpreter.h"
#include "parser/pdf/form_fields.h"
#include "tests/support/font_programs.h"
#include "tests/support/pdf_builder.h"

using namespace ehcpqa::pdf;
using ehcpqa::testing::one_page_pdf;
using ehcpqa::testing::stream_object;

namespace {

const std::string kHelvetica = "<< /Font << /F1 5 0 R >> >>";
using ehcpqa::testing::kHelveticaFont;

PageContent interpret(const std::string& pdf_bytes, const FormSettings& form = {}) {
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfMemDocument pdf;
  pdf.LoadFromBuffer(pdf_bytes.data(), static_cast<long>(pdf_bytes.size()));
  FontCache fonts;
  return interpret_page(pdf.GetPage(0), 1, &pdf.GetObjects(), fonts, {}, form);
}

std::string text_of(const PageContent& page) {
  std::string out;
  for (const Glyph& g : page.glyphs) out += g.text;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(tj_adjustments_move_the_pen_and_standard_14_widths_apply) {
  // Helvetica without /Widths: PoDoFo's standard-14 metrics give H = 722, i = 222 units.
  const auto page = interpret(one_page_pdf("BT /F1 10 Tf 72 700 Td [(Hi)-500(there)] TJ ET", kHelvetica, {kHelveticaFont}));
  BOOST_REQUIRE_EQUAL(page.glyphs.size(), 7u);
  BOOST_TEST(page.glyphs[0].x0 == 72.0, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(page.glyphs[1].x0 == 72 + 7.22, boost::test_tools::tolerance(1e-6));
  // After "Hi" (9.44 pt) the -500 adjustment moves right by 5 pt.
  BOOST_TEST(page.glyphs[2].x0 == 72 + 9.44 + 5.0, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(page.glyphs[0].size == 10.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(text_state_operators) {
  // Tc adds to every glyph, Tw to the space, Tz scales horizontally; TL with T*, ' and " move lines.
  const std::string content =
      "BT /F1 10 Tf 14 TL 50 700 Td 2 Tc (AB) Tj 0 Tc 50 Tz (AB) Tj 100 Tz T* (next) Tj (line) ' 3 0 (last) \" ET";
  const auto page = interpret(one_page_pdf(content, kHelvetica, {kHelveticaFont}));
  BOOST_TEST(text_of(page) == "ABABnextlinelast");
  // A = 667 units: with Tc 2 the second glyph starts 6.67 + 2 further on.
  BOOST_TEST(page.glyphs[1].x0 - page.glyphs[0].x0 == 8.67, boost::test_tools::tolerance(1e-6));
  // At Tz 50 the glyphs are half as wide.
  BOOST_TEST(page.glyphs[3].x0 - page.glyphs[2].x0 == 3.335, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(page.glyphs[4].y0 == 686.0, boost::test_tools::tolerance(1e-6));  // T* moves down by TL
  BOOST_TEST(page.glyphs[8].y0 == 672.0, boost::test_tools::tolerance(1e-6));  // ' moves again
  BOOST_TEST(page.glyphs[12].y0 == 658.0, boost::test_tools::tolerance(1e-6)); // " too
}

BOOST_AUTO_TEST_CASE(graphics_state_stack_and_cm) {
  const std::string content = "q 2 0 0 2 100 100 cm BT /F1 10 Tf 0 0 Td (A) Tj ET Q BT /F1 10 Tf 10 10 Td (B) Tj ET";
  const auto page = interpret(one_page_pdf(content, kHelvetica, {kHelveticaFont}));
  BOOST_REQUIRE_EQUAL(page.glyphs.size(), 2u);
  BOOST_TEST(page.glyphs[0].x0 == 100.0, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(page.glyphs[0].size == 20.0, boost::test_tools::tolerance(1e-6));  // cm doubles the size
  BOOST_TEST(page.glyphs[1].x0 == 10.0, boost::test_tools::tolerance(1e-6));    // Q restored the matrix
  BOOST_TEST(page.glyphs[1].size == 10.0, boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(form_xobjects_recurse_and_a_self_drawing_form_stops) {
  const std::string resources = "<< /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R /Loop 7 0 R >> >>";
  const std::string form = stream_object("BT /F1 10 Tf 0 0 Td (In form) Tj ET",
                                         "/Type /XObject /Subtype /Form /BBox [0 0 200 50] /Matrix [1 0 0 1 300 400]");
  const std::string loop = stream_object("/Loop Do", "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources " + resources);
  const auto page = interpret(one_page_pdf("/Fm1 Do /Loop Do", resources, {kHelveticaFont, form, loop}));
  BOOST_TEST(text_of(page) == "In form");
  BOOST_TEST(page.glyphs[0].x0 == 300.0, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(page.glyphs[0].y0 == 400.0, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(!page.diagnostics.empty());  // the loop is cut and noted
}

BOOST_AUTO_TEST_CASE(differences_glyph_names_become_unicode) {
  const std::string font =
      "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /FirstChar 1 /LastChar 4 /Widths [500 444 350 500] "
      "/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /fi /eacute /uni2022 /g65] >> >>";
  const auto page = interpret(one_page_pdf("BT /F1 12 Tf 50 700 Td <01020304> Tj ET", kHelvetica, {font}));
  // A ligature glyph comes out as its letters; "g65" is read as the character code 65.
  BOOST_TEST(text_of(page) == "fi\xC3\xA9\xE2\x80\xA2" "A");
  BOOST_TEST(page.glyphs[1].x0 - page.glyphs[0].x0 == 6.0, boost::test_tools::tolerance(1e-6));  // /Widths
}

// TeX's math fonts and symbol fonts carry their own encoding: code 0x41 in such a font may
// be "universal" (∀), not "A". Three glyphs at codes A, B, C, with no ToUnicode.
const std::map<int, std::string> kSymbolsAtABC = {{65, "universal"}, {66, "element"}, {67, "arrowright"}};

std::string embedded_font_page(const std::string& font_file_entry, const std::string& encoding_entry,
                               const std::string& program_object) {
  const std::string font = "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+TestSymbols /FirstChar 65 /LastChar 67 "
                           "/Widths [500 500 500] " + encoding_entry + " /FontDescriptor 6 0 R >>";
  const std::string descriptor = "<< /Type /FontDescriptor /FontName /ABCDEF+TestSymbols /Flags 4 "
                                 "/FontBBox [0 0 500 700] /ItalicAngle 0 /Ascent 700 /Descent 0 /CapHeight 700 "
                                 "/StemV 80 " + font_file_entry + " 7 0 R >>";
  return one_page_pdf("BT /F1 12 Tf 50 700 Td (ABC) Tj ET", kHelvetica, {font, descriptor, program_object});
}

std::string type1_object() {
  const auto program = ehcpqa::testing::type1_program("ABCDEF+TestSymbols", kSymbolsAtABC);
  return stream_object(program.bytes, "/Length1 " + std::to_string(program.clear_length) + " /Length2 " +
                                          std::to_string(program.binary_length) + " /Length3 " +
                                          std::to_string(program.bytes.size() - program.clear_length -
                                                         program.binary_length));
}

std::string cff_object() {
  return stream_object(ehcpqa::testing::cff_program("ABCDEF+TestSymbols", kSymbolsAtABC), "/Subtype /Type1C");
}

const std::string kForAllInTo = "\xE2\x88\x80\xE2\x88\x88\xE2\x86\x92";  // ∀∈→

BOOST_AUTO_TEST_CASE(an_embedded_type1_program_encodes_a_font_without_an_encoding) {
  BOOST_TEST(text_of(interpret(embedded_font_page("/FontFile", "", type1_object()))) == kForAllInTo);
}

BOOST_AUTO_TEST_CASE(an_embedded_cff_program_encodes_a_font_without_an_encoding) {
  BOOST_TEST(text_of(interpret(embedded_font_page("/FontFile3", "", cff_object()))) == kForAllInTo);
}

BOOST_AUTO_TEST_CASE(differences_apply_on_top_of_the_program_encoding) {
  const std::string differences = "/Encoding << /Type /Encoding /Differences [67 /a] >>";
  BOOST_TEST(text_of(interpret(embedded_font_page("/FontFile", differences, type1_object()))) ==
             "\xE2\x88\x80\xE2\x88\x88" "a");
}

BOOST_AUTO_TEST_CASE(a_named_encoding_overrides_the_program_encoding) {
  // Near miss: /WinAnsiEncoding is named, so the program's own encoding does not apply.
  BOOST_TEST(text_of(interpret(embedded_font_page("/FontFile3", "/Encoding /WinAnsiEncoding", cff_object()))) == "ABC");
  const std::string base = "/Encoding << /BaseEncoding /StandardEncoding /Differences [67 /a] >>";
  BOOST_TEST(text_of(interpret(embedded_font_page("/FontFile", base, type1_object()))) == "ABa");
}

BOOST_AUTO_TEST_CASE(codes_no_encoding_draws_are_unmapped_not_control_characters) {
  // WinAnsiEncoding names no glyph at codes 1-31: they must not come out as U+0001 etc.
  const auto page = interpret(one_page_pdf("BT /F1 12 Tf 50 700 Td <41011F42> Tj ET", kHelvetica, {kHelveticaFont}));
  BOOST_TEST(text_of(page) == "A\xEF\xBF\xBD\xEF\xBF\xBD" "B");
  BOOST_TEST(page.glyphs[1].unmapped);
  BOOST_TEST(!page.glyphs[0].unmapped);
}

BOOST_AUTO_TEST_CASE(standard_encoding_quotes_are_curly) {
  // A Type 1 font naming no encoding and embedding no program uses StandardEncoding, where
  // 0x60 and 0x27 are quoteleft and quoteright (typewriter-era ``quotes''), not ` and '.
  const std::string times = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>";
  const auto page = interpret(one_page_pdf("BT /F1 12 Tf 50 700 Td (``isomer'') Tj ET", kHelvetica, {times}));
  BOOST_TEST(text_of(page) == "\u2018\u2018isomer\u2019\u2019");
  // Near miss: WinAnsiEncoding keeps the grave accent and turns 0x27 into an apostrophe.
  const auto winansi = interpret(one_page_pdf("BT /F1 12 Tf 50 700 Td (`a') Tj ET", kHelvetica, {kHelveticaFont}));
  BOOST_TEST(text_of(winansi) == "`a'");
}

BOOST_AUTO_TEST_CASE(symbol_font_widths_come_from_its_own_metrics) {
  // The standard Symbol font with no Widths: alpha (code 0x61) is 631/1000 em wide, so a
  // word drawn right after it is not split off ("α-ethyl", not "α -ethyl").
  const std::string resources = "<< /Font << /F1 5 0 R /F2 6 0 R >> >>";
  const std::string symbol = "<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>";
  const auto page = interpret(one_page_pdf("BT /F1 10 Tf 50 700 Td (a) Tj /F2 10 Tf (-ethyl) Tj ET", resources,
                                           {symbol, kHelveticaFont}));
  BOOST_REQUIRE_EQUAL(page.glyphs.size(), 7u);
  BOOST_TEST(page.glyphs[0].text == "\u03B1");
  BOOST_TEST(page.glyphs[1].x0 == 56.31, boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(type0_identity_with_to_unicode_and_w_widths) {
  const std::string cmap = stream_object(
      "begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange "
      "1 beginbfrange <0001> <0003> <0041> endbfrange endcmap");
  const std::string font =
      "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Aptos-Bold /Encoding /Identity-H /DescendantFonts [7 0 R] "
      "/ToUnicode 6 0 R >>";
  const std::string cid = "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Aptos-Bold /DW 1000 /W [1 [600 700]] >>";
  const auto page = interpret(one_page_pdf("BT /F1 10 Tf 0 0 Td <000100020003> Tj ET", kHelvetica, {font, cmap, cid}));
  BOOST_TEST(text_of(page) == "ABC");
  BOOST_TEST(page.glyphs[1].x0 == 6.0, boost::test_tools::tolerance(1e-6));   // W: CID 1 is 600
  BOOST_TEST(page.glyphs[2].x0 == 13.0, boost::test_tools::tolerance(1e-6));  // CID 2 is 700
  BOOST_TEST(page.glyphs[0].bold);  // from the font's name
}

BOOST_AUTO_TEST_CASE(type3_widths_use_the_font_matrix) {
  const std::string font =
      "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] /CharProcs << >> "
      "/FirstChar 65 /LastChar 66 /Widths [50 80] /Encoding << /Differences [65 /A /B] >> >>";
  const auto page = interpret(one_page_pdf("BT /F1 10 Tf 0 0 Td (AB) Tj ET", kHelvetica, {font}));
  BOOST_TEST(text_of(page) == "AB");
  BOOST_TEST(page.glyphs[1].x0 == 5.0, boost::test_tools::tolerance(1e-6));  // 50 x 0.01 x 10
}

BOOST_AUTO_TEST_CASE(text_wholly_off_the_page_is_dropped) {
  // The page is 600 x 800. "Gone" lies left of it, "Above" over its top; "Edge" starts just
  // left of the edge but reaches onto the page, so a viewer shows it.
  const std::string content =
      "BT /F1 10 Tf -200 700 Td (Gone) Tj ET BT /F1 10 Tf 50 900 Td (Above) Tj ET "
      "BT /F1 10 Tf -12 600 Td (Edge) Tj ET BT /F1 10 Tf 50 500 Td (Kept) Tj ET";
  BOOST_TEST(text_of(interpret(one_page_pdf(content, kHelvetica, {kHelveticaFont}))) == "EdgeKept");
}

BOOST_AUTO_TEST_CASE(inline_images_are_skipped_and_counted) {
  const std::string content = "BI /W 2 /H 2 /BPC 8 /CS /G ID \x01\x02\x03\x04 EI BT /F1 10 Tf 0 0 Td (after) Tj ET";
  const auto page = interpret(one_page_pdf(content, kHelvetica, {kHelveticaFont}));
  BOOST_TEST(text_of(page) == "after");
  BOOST_TEST(page.images == 1);
}

BOOST_AUTO_TEST_CASE(page_rotation_turns_the_page_before_reading) {
  // /Rotate 90 shows the page turned clockwise: it becomes landscape, and text drawn left to
  // right in the page's own space now runs down the page.
  const auto page = interpret(one_page_pdf("BT /F1 10 Tf 100 700 Td (Up) Tj ET", kHelvetica, {kHelveticaFont}, "/Rotate 90"));
  BOOST_REQUIRE_EQUAL(page.glyphs.size(), 2u);
  BOOST_TEST(page.width == 800.0);
  BOOST_TEST(page.height == 600.0);
  BOOST_TEST(page.glyphs[0].dir == 3);
  BOOST_TEST(page.glyphs[0].x0 == 700.0, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(page.glyphs[0].y0 == 500.0, boost::test_tools::tolerance(1e-6));
  // Drawn turned the other way, as landscape producers do, it reads upright.
  const auto upright =
      interpret(one_page_pdf("BT /F1 10 Tf 0 1 -1 0 500 100 Tm (Up) Tj ET", kHelvetica, {kHelveticaFont}, "/Rotate 90"));
  BOOST_TEST(upright.glyphs[0].dir == 0);
}

BOOST_AUTO_TEST_CASE(form_field_appearances_are_read) {
  const std::string appearance =
      stream_object("BT /F1 10 Tf 2 2 Td (Amira Hussain) Tj ET", "/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources " + kHelvetica);
  const std::string widget = "<< /Type /Annot /Subtype /Widget /Rect [100 600 300 620] /AP << /N 6 0 R >> >>";
  const auto page = interpret(one_page_pdf("", kHelvetica, {kHelveticaFont, appearance, widget}, "/Annots [7 0 R]"));
  BOOST_TEST(text_of(page) == "Amira Hussain");
  BOOST_TEST(page.glyphs[0].x0 == 102.0, boost::test_tools::tolerance(1e-6));
  BOOST_TEST(page.glyphs[0].y0 == 602.0, boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(ruling_lines_are_kept_for_tables) {
  const auto page = interpret(one_page_pdf("0.5 w 50 100 m 300 100 l S 50 90 250 0.5 re f 10 10 40 40 re S 100 100 m 150 150 l S",
                                           kHelvetica, {kHelveticaFont}));
  // The stroked line, the thin filled rectangle's two long edges (its 0.5 pt ends are too
  // short to be rules) and the box's four edges; the diagonal is no rule.
  BOOST_TEST(page.rules.size() == 1u + 2u + 4u);
}

BOOST_AUTO_TEST_CASE(damaged_content_keeps_what_can_be_read) {
  // A stray ')' and a broken array between two text objects: skipped, and reading goes on.
  const auto page = interpret(one_page_pdf("BT /F1 10 Tf 72 700 Td (Before) Tj ET ) [ 1 (x) >> ] BT /F1 10 Tf 72 680 Td (After) Tj ET",
                                           kHelvetica, {kHelveticaFont}));
  BOOST_TEST(text_of(page).find("Before") == 0u);
  BOOST_TEST(text_of(page).find("After") != std::string::npos);
  BOOST_TEST(!page.diagnostics.empty());
}

BOOST_AUTO_TEST_CASE(a_deflate_stream_with_a_bad_checksum_is_still_read) {
  const std::string content = "BT /F1 10 Tf 72 700 Td (Intact text) Tj ET";
  uLongf size = compressBound(static_cast<uLong>(content.size()));
  std::string packed(size, '\0');
  compress(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(content.data()),
           static_cast<uLong>(content.size()));
  packed.resize(size);
  packed.back() = static_cast<char>(packed.back() ^ 0x5A);  // the Adler-32 check at the end no longer holds
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources " + kHelvetica + " /Contents 4 0 R >>",
      stream_object(packed, "/Filter /FlateDecode"),
      kHelveticaFont,
  };
  const auto page = interpret(ehcpqa::testing::pdf_from_objects(objects));
  BOOST_TEST(text_of(page) == "Intact text");
}

BOOST_AUTO_TEST_CASE(form_field_values_without_drawings_are_written_in) {
  // Object 6: a multi-line text field with no appearance stream. Object 7: a choice field
  // whose type and value (UTF-16, "Middle") it inherits from its parent, object 8.
  const std::string text_field =
      "<< /Type /Annot /Subtype /Widget /FT /Tx /Ff 4096 /Rect [50 600 300 700] /DA (/Helv 10 Tf 0 g) "
      "/V (Likes trains.\\rWalks to school with his sister.) >>";
  const std::string choice_widget = "<< /Type /Annot /Subtype /Widget /Rect [50 500 300 520] /Parent 8 0 R >>";
  const std::string choice_parent = "<< /FT /Ch /V <FEFF004D006900640064006C0065> /Kids [7 0 R] >>";
  const auto page = interpret(one_page_pdf("", kHelvetica, {kHelveticaFont, text_field, choice_widget, choice_parent},
                                           "/Annots [6 0 R 7 0 R]"));
  const std::string text = text_of(page);
  BOOST_TEST(text.find("Likes trains.") != std::string::npos);
  BOOST_TEST(text.find("Walks to school with his sister.") != std::string::npos);
  BOOST_TEST(text.find("Middle") != std::string::npos);
  // The two lines of the text field are two lines, top first, inside the field.
  double trains_y = 0, walks_y = 0;
  for (size_t i = 0; i + 1 < page.glyphs.size(); ++i) {
    if (page.glyphs[i].text == "L" && page.glyphs[i + 1].text == "i") trains_y = page.glyphs[i].y0;
    if (page.glyphs[i].text == "W" && page.glyphs[i + 1].text == "a") walks_y = page.glyphs[i].y0;
  }
  BOOST_TEST(trains_y > walks_y);
  BOOST_TEST(trains_y < 700.0);
  BOOST_TEST(walks_y > 600.0);
}

BOOST_AUTO_TEST_CASE(need_appearances_puts_the_value_before_a_stale_drawing) {
  // The widget's appearance still shows "Old"; its value is "New".
  const std::string widget =
      "<< /Type /Annot /Subtype /Widget /FT /Tx /Rect [50 600 300 620] /V (New) /AP << /N 7 0 R >> >>";
  const std::string appearance = stream_object("BT /F1 10 Tf 2 5 Td (Old) Tj ET",
                                               "/Type /XObject /Subtype /Form /BBox [0 0 250 20] /Resources " + kHelvetica);
  const std::string pdf = one_page_pdf("", kHelvetica, {kHelveticaFont, widget, appearance}, "/Annots [6 0 R]");
  BOOST_TEST(text_of(interpret(pdf)) == "Old");  // drawn as the file draws it
  FormSettings need;
  need.need_appearances = true;
  BOOST_TEST(text_of(interpret(pdf, need)) == "New");  // as a viewer shows it
}

BOOST_AUTO_TEST_CASE(field_values_are_encoded_for_win_ansi) {
  BOOST_TEST(to_win_ansi("Zo\xC3\xAB \xE2\x80\x93 \xE2\x80\x98" "a\xE2\x80\x99 \xE2\x82\xAC" "5 \xE4\xB8\xAD") ==
             "Zo\xEB \x96 \x91" "a\x92 \x80" "5 ?");
}
