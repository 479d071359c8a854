// Package relationships (_rels/*.rels): how a .docx says which part is the main document
// and which parts are its styles, numbering, headers and footers.
#pragma once

#include <string>
#include <vector>

#include "parser/docx/zip_archive.h"

namespace ehcpqa::docx {

struct Relationship {
  std::string id;
  std::string type;    // the full type URI
  std::string target;  // resolved to a zip entry name ("word/styles.xml")
  bool external = false;
};

// Reads `rels_part` (e.g. "word/_rels/document.xml.rels"); targets are resolved relative
// to `source_dir` ("word/"). An absent part gives no relationships.
std::vector<Relationship> read_relationships(ZipArchive& zip, const std::string& rels_part,
                                             const std::string& source_dir);

// True when `type` ends with "/<suffix>" (relationship types differ between the
// transitional and strict schemas only in their prefix).
bool type_is(const Relationship& rel, const std::string& suffix);

}  // namespace ehcpqa::docx
