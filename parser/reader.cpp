#include "parser/reader.h"

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "parser/input_error.h"
#include "parser/markup/markup_reader.h"
#include "parser/pdf/pdf_reader.h"

namespace ehcpqa {
namespace {

bool contains_utf16le(std::ifstream& in, const char* ascii) {
  // Password-protected .docx files are OLE containers holding an "EncryptedPackage"
  // stream; its directory entry name is UTF-16LE.
  std::string needle;
  for (const char* c = ascii; *c; ++c) {
    needle += *c;
    needle += '\0';
  }
  in.clear();
  in.seekg(0);
  std::string window;
  std::array<char, 65536> buffer{};
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    window.append(buffer.data(), static_cast<size_t>(in.gcount()));
    if (window.find(needle) != std::string::npos) return true;
    window.erase(0, window.size() > needle.size() ? window.size() - needle.size() : 0);
  }
  return false;
}

}  // namespace

FileKind sniff(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 1024> head{};
  in.read(head.data(), head.size());
  const size_t n = static_cast<size_t>(in.gcount());
  const std::string_view bytes(head.data(), n);
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4)) {
    return FileKind::docx_zip;
  }
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    return contains_utf16le(in, "EncryptedPackage") ? FileKind::ole_encrypted_docx
                                                    : FileKind::ole_word;
  }
  // PDF allows junk before the header; readers accept it within the first kilobyte.
  if (bytes.find("%PDF-") != std::string_view::npos) return FileKind::pdf;
  if (bytes.substr(0, 5) == "{\\rtf") return FileKind::rtf;
  return FileKind::unknown;
}

Document read_document(const std::string& path, const ReaderLimits& limits) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw InputError(error_code::not_found, "The file does not exist.");
  }
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw InputError(error_code::unreadable, "This is not a regular file.");
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw InputError(error_code::unreadable, "The file could not be read.");
  if (size > limits.max_file_bytes) {
    throw InputError(error_code::too_large,
                     fmt::format("The file is {} MiB, over the {} MiB limit.", size >> 20,
                                 limits.max_file_bytes >> 20));
  }
  if (size == 0) throw InputError(error_code::empty, "The file is empty (0 bytes).");
  if (markup::is_markup_path(path)) return markup::read_markup_file(path);
  switch (sniff(path)) {
    case FileKind::docx_zip:
      return docx::read_docx(path, limits.docx);
    case FileKind::pdf:
      return pdf::read_pdf(path, limits.pdf);
    case FileKind::ole_word:
      throw InputError(error_code::unsupported_format,
                       "This is an old Word 97-2003 document (.doc). Open it in Word and save it "
                       "as .docx, or as PDF, then check it again.");
    case FileKind::ole_encrypted_docx:
      throw InputError(error_code::docx_encrypted,
                       "This Word document is protected with a password. Remove the password "
                       "(File > Info > Protect Document) and check it again.");
    case FileKind::rtf:
      throw InputError(error_code::unsupported_format,
                       "This is a Rich Text (.rtf) file. Save it as .docx or PDF and check it "
                       "again.");
    case FileKind::unknown:
      break;
  }

  throw InputError(error_code::unsupported_format,
                   "This file is neither a Word document (.docx) nor a PDF.");
}

}  // namespace ehcpqa
