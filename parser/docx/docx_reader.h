// Reads a .docx (or .docm/.dotx) into the document model. Throws InputError with a
// stable code when the file cannot be read.
#pragma once

#include <string>

#include "parser/docx/body_reader.h"
#include "parser/docx/zip_archive.h"
#include "parser/document.h"

namespace ehcpqa::docx {

struct DocxLimits {
  ZipLimits zip;
  StoryLimits story;
};

Document read_docx(const std::string& path, const DocxLimits& limits = {});

}  // namespace ehcpqa::docx
