#include "tests/support/docx_builder.h"

#include <zip.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <unistd.h>

namespace ehcpqa::testing {

std::string temp_path(const std::string& extension) {
  static std::atomic<int> counter{0};
  auto dir = std::filesystem::temp_directory_path() / ("ehcpqa-test-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return (dir / ("file" + std::to_string(counter++) + extension)).string();
}

std::string write_bytes(const std::string& bytes, const std::string& extension) {
  std::string path = temp_path(extension);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

void write_zip(const std::string& path, const std::map<std::string, std::string>& entries) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!z) throw std::runtime_error("cannot create zip " + path);
  for (const auto& [name, data] : entries) {
    // libzip reads the buffer at zip_close, so it must stay alive until then: copy it.
    void* copy = malloc(data.size() ? data.size() : 1);
    memcpy(copy, data.data(), data.size());
    zip_source_t* src = zip_source_buffer(z, copy, data.size(), 1);
    if (!src || zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) < 0) {
      throw std::runtime_error("cannot add " + name);
    }
  }
  if (zip_close(z) != 0) throw std::runtime_error("cannot write zip " + path);
}

std::string write_docx(const DocxParts& parts) {
  const std::string decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  std::map<std::string, std::string> entries;
  entries["[Content_Types].xml"] =
      decl +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "</Types>";
  entries["_rels/.rels"] =
      decl +
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"word/document.xml\"/></Relationships>";
  std::string rels =
      decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  const std::string rel_base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string sect;
  if (!parts.styles.empty()) {
    rels += "<Relationship Id=\"rS\" Type=\"" + rel_base + "styles\" Target=\"styles.xml\"/>";
    entries["word/styles.xml"] = decl + "<w:styles " + kW + ">" + parts.styles + "</w:styles>";
  }
  if (!parts.numbering.empty()) {
    rels += "<Relationship Id=\"rN\" Type=\"" + rel_base + "numbering\" Target=\"numbering.xml\"/>";
    entries["word/numbering.xml"] = decl + "<w:numbering " + kW + ">" + parts.numbering + "</w:numbering>";
  }
  if (!parts.header.empty()) {
    rels += "<Relationship Id=\"rH\" Type=\"" + rel_base + "header\" Target=\"header1.xml\"/>";
    entries["word/header1.xml"] = decl + "<w:hdr " + kW + ">" + parts.header + "</w:hdr>";
    sect += "<w:headerReference w:type=\"default\" r:id=\"rH\"/>";
  }
  if (!parts.footer.empty()) {
    rels += "<Relationship Id=\"rF\" Type=\"" + rel_base + "footer\" Target=\"footer1.xml\"/>";
    entries["word/footer1.xml"] = decl + "<w:ftr " + kW + ">" + parts.footer + "</w:ftr>";
    sect += "<w:footerReference w:type=\"default\" r:id=\"rF\"/>";
  }
  rels += "</Relationships>";
  entries["word/_rels/document.xml.rels"] = rels;
  entries["word/document.xml"] = decl + "<w:document " + kW + "><w:body>" + parts.body + "<w:sectPr>" + sect +
                                 "</w:sectPr></w:body></w:document>";
  for (const auto& [name, data] : parts.extra) entries[name] = data;
  const std::string path = temp_path(".docx");
  write_zip(path, entries);
  return path;
}

}  // namespace ehcpqa::testing
