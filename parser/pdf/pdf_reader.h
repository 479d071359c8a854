// Reads a PDF into the document model with ehcpqa's own text extraction on PoDoFo 0.9.8:
// PoDoFo parses objects and streams; the content interpreter places glyphs; the text builder
// finds words, lines, blocks, tables and reading order; this file assembles pages into a
// Document (running headers and footers moved out, headings from a tagged PDF's structure
// tree or else from size and weight, hyphenation joined) and maps unreadable files to stable
// error codes.
#pragma once

#include <memory>
#include <string>

#include "parser/document.h"
#include "parser/pdf/layout_params.h"
#include "parser/pdf/podofo_fwd.h"

namespace ehcpqa::pdf {

// A PDF opened for reading as read_pdf opens it: junk before "%PDF-" skipped, a damaged
// cross-reference table rebuilt, and each reason it cannot be opened (password, truncation,
// damage, no pages) thrown as an InputError with its code. Keeps the bytes PoDoFo reads from
// for as long as the document lives.
class OpenedPdf {
 public:
  explicit OpenedPdf(const std::string& path);
  ~OpenedPdf();
  OpenedPdf(const OpenedPdf&) = delete;
  OpenedPdf& operator=(const OpenedPdf&) = delete;

  PoDoFo::PdfMemDocument& document() { return *pdf_; }
  int page_count() const { return page_count_; }
  bool xref_rebuilt() const { return !repaired_.empty(); }

 private:
  std::string bytes_, repaired_;
  std::unique_ptr<PoDoFo::PdfMemDocument> pdf_;
  int page_count_ = 0;
};

struct PdfLimits {
  int max_pages = 2000;
  LayoutParams layout;
};

Document read_pdf(const std::string& path, const PdfLimits& limits = {});

// A running header or footer line with its digits folded and spaces collapsed, lower case:
// "Page 3 of 9" and "Page 4 of 9" give the same key.
std::string running_key(const std::string& text);

// A PDF whose cross-reference table is damaged, with a fresh one appended, rebuilt by
// scanning for "N G obj". Empty when no objects or no catalog are found.
std::string rebuild_xref(const std::string& bytes);

}  // namespace ehcpqa::pdf
