#include "parser/docx/numbering.h"

#include "parser/docx/xml_stream.h"

namespace ehcpqa::docx {

Numbering Numbering::read(ZipArchive& zip, const std::string& part) {
  Numbering numbering;
  if (part.empty() || !zip.contains(part)) return numbering;
  XmlStream xml(zip.open(part));
  std::string abstract_id, num_id, level;
  while (xml.next()) {
    if (xml.ns() != kWordNs) continue;
    auto name = xml.local_name();
    if (xml.node() == XmlStream::Node::start) {
      if (name == "abstractNum") {
        abstract_id = xml.attribute("abstractNumId");
      } else if (name == "lvl") {
        level = xml.attribute("ilvl");
      } else if (name == "numFmt" && !abstract_id.empty() && !level.empty()) {
        numbering.add_format(abstract_id, std::atoi(level.c_str()), xml.attribute("val"));
      } else if (name == "num") {
        num_id = xml.attribute("numId");
      } else if (name == "abstractNumId" && !num_id.empty()) {
        numbering.add_num(num_id, xml.attribute("val"));
      }
    } else if (xml.node() == XmlStream::Node::end) {
      if (name == "abstractNum") abstract_id.clear();
      else if (name == "lvl") level.clear();
      else if (name == "num") num_id.clear();
    }
  }
  return numbering;
}

void Numbering::add_format(const std::string& abstract_id, int level, const std::string& format) {
  formats_[abstract_id + "/" + std::to_string(level)] = format;
}

void Numbering::add_num(const std::string& num_id, const std::string& abstract_id) {
  num_to_abstract_[num_id] = abstract_id;
}

bool Numbering::is_list(const std::string& num_id) const {
  return !num_id.empty() && num_id != "0";
}

bool Numbering::is_numbered(const std::string& num_id, int level) const {
  auto a = num_to_abstract_.find(num_id);
  if (a == num_to_abstract_.end()) return false;
  auto f = formats_.find(a->second + "/" + std::to_string(level));
  if (f == formats_.end()) return false;
  return f->second != "bullet" && f->second != "none";
}

}  // namespace ehcpqa::docx
