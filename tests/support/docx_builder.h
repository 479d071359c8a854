// Builds small .docx files for reader tests from literal XML, so each test shows exactly
// the WordprocessingML it feeds the reader.
#pragma once

#include <map>
#include <string>

namespace ehcpqa::testing {

inline constexpr const char* kW =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

struct DocxParts {
  std::string body;       // inner XML of <w:body>
  std::string styles;     // inner XML of <w:styles>, empty for none
  std::string numbering;  // inner XML of <w:numbering>, empty for none
  std::string header;     // inner XML of <w:hdr>, empty for none
  std::string footer;     // inner XML of <w:ftr>, empty for none
  std::map<std::string, std::string> extra;  // more zip entries, verbatim
};

// Writes a zip with the given entries (name -> bytes), compressed, to `path`.
void write_zip(const std::string& path, const std::map<std::string, std::string>& entries);

// Writes a complete .docx from the parts to a fresh temporary file and returns its path.
std::string write_docx(const DocxParts& parts);

// A fresh temporary file path with the given extension (the file is not created).
std::string temp_path(const std::string& extension);

// Writes raw bytes to a fresh temporary file and returns its path.
std::string write_bytes(const std::string& bytes, const std::string& extension);

}  // namespace ehcpqa::testing
