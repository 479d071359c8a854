// The one entry point from bytes to Document: recognises the format from the file's first
// bytes (never its name alone) and hands it to the right reader.
#pragma once

#include <cstdint>
#include <string>

#include "parser/docx/docx_reader.h"
#include "parser/pdf/pdf_reader.h"
#include "parser/document.h"

namespace ehcpqa {

struct ReaderLimits {
  uint64_t max_file_bytes = 200ull << 20;
  docx::DocxLimits docx;
  pdf::PdfLimits pdf;
};

enum class FileKind { docx_zip, pdf, ole_word, ole_encrypted_docx, rtf, unknown };

// Looks at the leading bytes (and, for OLE files, for an encrypted-package stream name).
FileKind sniff(const std::string& path);

// Throws InputError with a stable code when the file cannot be read.
Document read_document(const std::string& path, const ReaderLimits& limits = {});

}  // namespace ehcpqa
