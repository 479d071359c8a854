// Builds small PDFs for reader tests from literal object bodies, so each test shows the
// exact operators and dictionaries it feeds the interpreter.
#pragma once

#include <string>
#include <vector>

namespace ehcpqa::testing {

// A font dictionary for the standard Helvetica with WinAnsiEncoding, the usual test font.
inline const std::string kHelveticaFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

// "<< /Length n extra >>\nstream\n...\nendstream"
std::string stream_object(const std::string& data, const std::string& extra_dict = "");

// A complete PDF whose object k (1-based) is objects[k-1]; object 1 must be the catalog.
std::string pdf_from_objects(const std::vector<std::string>& objects);

// A one-page PDF (objects 1-4: catalog, pages, page, content) whose page resources are
// `resources` and content stream `content`; `extra` are objects 5, 6, ... and `page_extra`
// is added to the page dictionary (e.g. "/Rotate 90", "/Annots [6 0 R]").
std::string one_page_pdf(const std::string& content, const std::string& resources,
                         const std::vector<std::string>& extra = {}, const std::string& page_extra = "");

// A page of a plan with "DRAFT" in 90 pt Helvetica drawn at 45 degrees across its text, as a
// word processor or a browser stamps a draft: a Section A heading and one sentence.
std::string diagonal_draft_watermark_pdf();

}  // namespace ehcpqa::testing
