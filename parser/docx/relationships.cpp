#include "parser/docx/relationships.h"

#include <vector>

#include "parser/docx/xml_stream.h"

namespace ehcpqa::docx {
namespace {

constexpr std::string_view kRelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

// Joins a relative target to its source folder and folds "." and ".." segments.
std::string resolve(const std::string& source_dir, const std::string& target) {
  std::string joined = (!target.empty() && target[0] == '/') ? target.substr(1) : source_dir + target;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string part = joined.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  return out;
}

}  // namespace

std::vector<Relationship> read_relationships(ZipArchive& zip, const std::string& rels_part,
                                             const std::string& source_dir) {
  std::vector<Relationship> out;
  if (!zip.contains(rels_part)) return out;
  XmlStream xml(zip.open(rels_part));
  while (xml.next()) {
    if (xml.node() != XmlStream::Node::start || !xml.is(kRelsNs, "Relationship")) continue;
    Relationship rel;
    rel.id = xml.attribute("Id", "");
    rel.type = xml.attribute("Type", "");
    rel.external = xml.attribute("TargetMode", "") == "External";
    std::string target = xml.attribute("Target", "");
    rel.target = rel.external ? target : resolve(source_dir, target);
    out.push_back(std::move(rel));
  }
  return out;
}

bool type_is(const Relationship& rel, const std::string& suffix) {
  return rel.type.size() > suffix.size() &&
         rel.type.compare(rel.type.size() - suffix.size(), suffix.size(), suffix) == 0 &&
         rel.type[rel.type.size() - suffix.size() - 1] == '/';
}

}  // namespace ehcpqa::docx
