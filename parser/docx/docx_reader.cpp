#include "parser/docx/docx_reader.h"

#include <set>

#include <fmt/format.h>

#include "parser/docx/numbering.h"
#include "parser/docx/relationships.h"
#include "parser/docx/styles.h"
#include "parser/docx/xml_stream.h"
#include "parser/input_error.h"

namespace ehcpqa::docx {
namespace {

std::string folder_of(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

std::string rels_part_for(const std::string& part) {
  size_t slash = part.rfind('/');
  std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
  return dir + "_rels/" + file + ".rels";
}

// Explains a zip that is not a Word document in terms the user will recognise.
[[noreturn]] void not_a_word_document(ZipArchive& zip) {
  if (zip.contains("mimetype")) {
    std::string mime = zip.read_all("mimetype");
    if (mime.find("opendocument.text") != std::string::npos) {
      throw InputError(error_code::unsupported_format,
                       "This is an OpenDocument text file (.odt). Save it as .docx or PDF and "
                       "check it again.");
    }
  }
  if (zip.contains("xl/workbook.xml")) {
    throw InputError(error_code::docx_not_a_docx,
                     "This is an Excel workbook, not a Word document.");
  }
  if (zip.contains("ppt/presentation.xml")) {
    throw InputError(error_code::docx_not_a_docx,
                     "This is a PowerPoint presentation, not a Word document.");
  }
  throw InputError(error_code::docx_not_a_docx,
                   "This zip file holds no Word document (no main document part).");
}

std::string main_document_part(ZipArchive& zip) {
  for (const Relationship& rel : read_relationships(zip, "_rels/.rels", "")) {
    if (type_is(rel, "officeDocument") && !rel.external && zip.contains(rel.target)) {
      return rel.target;
    }
  }
  if (zip.contains("word/document.xml")) return "word/document.xml";
  not_a_word_document(zip);
}

void append_story(std::vector<Block>& into, std::set<std::string>& seen, Story story) {
  // First-page, even-page and default headers often repeat the same words: keep one copy.
  for (Block& block : story.blocks) {
    std::string key = plain_text({block});
    if (seen.insert(key).second) into.push_back(std::move(block));
  }
}

}  // namespace

Document read_docx(const std::string& path, const DocxLimits& limits) {
  ZipArchive zip(path, limits.zip);
  const std::string main_part = main_document_part(zip);
  const auto rels = read_relationships(zip, rels_part_for(main_part), folder_of(main_part));

  std::string styles_part, numbering_part;
  std::vector<std::string> header_parts, footer_parts;
  for (const Relationship& rel : rels) {
    if (rel.external || !zip.contains(rel.target)) continue;
    if (type_is(rel, "styles")) styles_part = rel.target;
    else if (type_is(rel, "numbering")) numbering_part = rel.target;
    else if (type_is(rel, "header")) header_parts.push_back(rel.target);
    else if (type_is(rel, "footer")) footer_parts.push_back(rel.target);
  }
  const Styles styles = Styles::read(zip, styles_part);
  const Numbering numbering = Numbering::read(zip, numbering_part);

  Document doc;
  doc.path = path;
  doc.format = "docx";
  {
    XmlStream xml(zip.open(main_part));
    Story body = read_story(xml, styles, numbering, 0, limits.story);
    doc.body = std::move(body.blocks);
    doc.unaccepted_revisions = body.revisions;
    doc.comments = body.comments;
    doc.page_count = body.page_markers_seen
                         ? 1 + std::max(body.rendered_page_breaks, body.explicit_page_breaks)
                         : 0;
    doc.diagnostics = std::move(body.diagnostics);
    if (body.placeholders_dropped > 0) {
      doc.diagnostics.push_back(fmt::format(
          "{} content control(s) still show the template's prompt text; it was left out.",
          body.placeholders_dropped));
    }
  }
  std::set<std::string> seen_headers, seen_footers;
  for (const std::string& part : header_parts) {
    XmlStream xml(zip.open(part));
    Story story = read_story(xml, styles, numbering, 0, limits.story);
    doc.unaccepted_revisions += story.revisions;
    append_story(doc.headers, seen_headers, std::move(story));
  }
  for (const std::string& part : footer_parts) {
    XmlStream xml(zip.open(part));
    Story story = read_story(xml, styles, numbering, 0, limits.story);
    doc.unaccepted_revisions += story.revisions;
    append_story(doc.footers, seen_footers, std::move(story));
  }
  return doc;
}

}  // namespace ehcpqa::docx
