// Headings from a tagged PDF's structure tree, on PDFs built from literal objects: the tag,
// not the size, says what is a heading, as the Word style did.
#define BOOST_TEST_MODULE pdf_structure
#include <boost/test/included/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <podofo/podofo.h>

#include "parser/pdf/pdf_reader.h"
#include "parser/pdf/structure_tree.h"
#include "tests/support/pdf_builder.h"

using namespace ehcpqa;
using namespace ehcpqa::pdf;
using ehcpqa::testing::pdf_from_objects;
using ehcpqa::testing::stream_object;

namespace {

// "Strengths" is drawn in the body's size and weight, as a Heading 2 in a table row often is.
const std::string kContent =
    "BT /F1 10 Tf 72 700 Td /P <</MCID 0>> BDC (Strengths) Tj EMC ET\n"
    "BT /F1 10 Tf 72 670 Td /P <</MCID 1>> BDC (She reads well and enjoys stories at home.) Tj EMC ET\n"
    "BT /F1 10 Tf 72 640 Td /P <</MCID 2>> BDC (She finds writing hard and tires quickly.) Tj EMC ET\n";

// Objects 1-5: catalog, pages, page, content, font; then `extra` from object 6.
std::string tagged_pdf(const std::string& catalog_extra, const std::vector<std::string>& extra) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R " + catalog_extra + " >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
      stream_object(kContent),
      ehcpqa::testing::kHelveticaFont,
  };
  objects.insert(objects.end(), extra.begin(), extra.end());
  return pdf_from_objects(objects);
}

// A tree with a producer's own type mapped by the role map ("Heading2" -> H2), the page
// inherited from the parent element, a marked-content reference with its own page, and a kid
// that points back up the tree.
const std::vector<std::string> kTree = {
    "<< /Type /StructTreeRoot /K 7 0 R /RoleMap << /Heading2 /H2 >> >>",
    "<< /Type /StructElem /S /Document /P 6 0 R /Pg 3 0 R /K [8 0 R 9 0 R] >>",
    "<< /Type /StructElem /S /Heading2 /P 7 0 R /K 0 >>",
    "<< /Type /StructElem /S /P /P 7 0 R /K [<< /Type /MCR /Pg 3 0 R /MCID 1 >> 2 7 0 R] >>",
};
const std::string kTagged = "/StructTreeRoot 6 0 R /MarkInfo << /Marked true >>";

HeadingTags tags_of(const std::string& bytes) {
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfMemDocument pdf;
  pdf.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
  return read_heading_tags(pdf);
}

Document read_bytes(const std::string& bytes) {
  const auto path = std::filesystem::temp_directory_path() / ("ehcpqa-structure-" + std::to_string(getpid()) + ".pdf");
  std::ofstream(path, std::ios::binary) << bytes;
  Document doc = read_pdf(path.string());
  std::filesystem::remove(path);
  return doc;
}

}  // namespace

BOOST_AUTO_TEST_CASE(heading_types_give_levels) {
  BOOST_TEST(heading_level_of_type("H1") == 1);
  BOOST_TEST(heading_level_of_type("H6") == 6);
  BOOST_TEST(heading_level_of_type("H") == 1);
  BOOST_TEST(heading_level_of_type("Title") == 0);  // as Word's Title style: left to size and weight
  BOOST_TEST(heading_level_of_type("H7") == 0);
  BOOST_TEST(heading_level_of_type("P") == 0);
  BOOST_TEST(heading_level_of_type("TH") == 0);  // a table header cell is not a heading
}

BOOST_AUTO_TEST_CASE(the_tree_maps_marked_content_to_heading_levels) {
  const HeadingTags tags = tags_of(tagged_pdf(kTagged, kTree));
  BOOST_REQUIRE_EQUAL(tags.size(), 1u);
  const auto& page = tags.at(3);  // keyed by the page's object number
  BOOST_REQUIRE_EQUAL(page.size(), 1u);
  BOOST_TEST(page.at(0) == 2);  // the role map took Heading2 to H2; MCIDs 1 and 2 are a P
}

BOOST_AUTO_TEST_CASE(an_untagged_or_broken_tree_gives_no_tags) {
  BOOST_TEST(tags_of(tagged_pdf("", {})).empty());
  BOOST_TEST(tags_of(tagged_pdf("/StructTreeRoot 6 0 R", {"(not a dictionary)"})).empty());
  // A heading element whose kids are itself: read once, without looping.
  const HeadingTags loop = tags_of(tagged_pdf(kTagged, {"<< /Type /StructTreeRoot /K 7 0 R >>",
                                                       "<< /Type /StructElem /S /H1 /Pg 3 0 R /K [7 0 R 0] >>"}));
  BOOST_TEST(loop.at(3).at(0) == 1);
}

BOOST_AUTO_TEST_CASE(a_tagged_heading_at_body_size_is_a_heading) {
  const Document tagged = read_bytes(tagged_pdf(kTagged, kTree));
  BOOST_REQUIRE_GE(tagged.body.size(), 2u);
  BOOST_TEST(tagged.body[0].paragraph.text == "Strengths");
  BOOST_TEST(tagged.body[0].paragraph.heading_level == 2);
  BOOST_TEST(tagged.body[1].paragraph.heading_level == 0);

  // Without the tags nothing on the page marks it out.
  const Document untagged = read_bytes(tagged_pdf("", {}));
  BOOST_REQUIRE_GE(untagged.body.size(), 1u);
  BOOST_TEST(untagged.body[0].paragraph.text.rfind("Strengths", 0) == 0);
  BOOST_TEST(untagged.body[0].paragraph.heading_level == 0);
}
