#include "parser/input_error.h"

namespace ehcpqa {

const ErrorCodeInfo* error_codes(size_t& count) {
  static const ErrorCodeInfo codes[] = {
      {error_code::not_found, "the file does not exist"},
      {error_code::unreadable, "the file exists but could not be opened or read"},
      {error_code::empty, "the file is empty (0 bytes)"},
      {error_code::too_large, "the file, or a part inside it, is larger than the configured limit"},
      {error_code::unsupported_format, "not a DOCX or PDF file (for example an old .doc, .odt or .rtf)"},
      {error_code::timeout, "reading the file took longer than the time limit"},
      {error_code::docx_corrupt, "a Word file whose zip container or XML is damaged"},
      {error_code::docx_not_a_docx, "a zip file that is not a Word document (for example .xlsx)"},
      {error_code::docx_encrypted, "a password-protected Word file"},
      {error_code::pdf_encrypted, "a PDF protected with a password (or encryption ehcpqa cannot open)"},
      {error_code::pdf_no_text_layer, "a PDF with no readable text: a scan needing OCR, or fonts without letters"},
      {error_code::pdf_truncated, "a PDF cut short (an interrupted download or copy)"},
      {error_code::pdf_corrupt, "a damaged PDF that cannot be read"},
      {error_code::parser_crashed, "the reader stopped unexpectedly on this file; the batch went on"},
      {error_code::parser_out_of_memory, "reading the file needed more memory than the configured cap"},
  };
  count = sizeof(codes) / sizeof(codes[0]);
  return codes;
}

}  // namespace ehcpqa
