#include "parser/pdf/structure_tree.h"

#include <set>
#include <string>

#include <podofo/podofo.h>

#include "parser/pdf/podofo_util.h"

namespace ehcpqa::pdf {
namespace {

using namespace PoDoFo;

class TreeWalker {
 public:
  TreeWalker(PdfVecObjects* objects, const PdfObject* role_map, const StructureLimits& limits)
      : objects_(objects), role_map_(role_map), limits_(limits) {}

  HeadingTags tags;

  // `page`: the /Pg in force (object number, 0 when none); `level`: the heading the node is
  // inside (0 when none).
  void walk(const PdfObject* node, uint32_t page, int level, int depth) {
    if (!node || depth > limits_.max_depth || ++elements_ > limits_.max_elements) return;
    if (node->IsNumber()) {  // a marked-content id on the page in force
      if (level > 0 && page != 0) add(page, static_cast<int>(node->GetNumber()), level);
      return;
    }
    if (node->IsArray()) {
      for (const PdfObject& kid : node->GetArray()) walk_kid(&kid, page, level, depth + 1);
      return;
    }
    if (!node->IsDictionary()) return;
    if (!visited_.insert(node).second) return;  // a loop, or a kid listed twice
    page = page_of(node, page);
    const std::string type = name_of(key(node, "Type", objects_));
    if (type == "MCR") {  // a marked-content reference; one in a form XObject (/Stm) is not on the page
      if (level > 0 && page != 0 && !key(node, "Stm", objects_)) {
        if (auto id = number(key(node, "MCID", objects_))) add(page, static_cast<int>(*id), level);
      }
      return;
    }
    if (type == "OBJR") return;  // an annotation or XObject, not page text
    if (level == 0) level = heading_level_of_type(standard_type(name_of(key(node, "S", objects_))));
    const PdfObject* kids = node->GetDictionary().GetKey(PdfName("K"));
    if (kids) walk_kid(kids, page, level, depth + 1);
  }

 private:
  PdfVecObjects* objects_;
  const PdfObject* role_map_;
  StructureLimits limits_;
  std::set<const PdfObject*> visited_;
  long elements_ = 0;

  void walk_kid(const PdfObject* kid, uint32_t page, int level, int depth) {
    walk(resolve(kid, objects_), page, level, depth);
  }

  void add(uint32_t page, int mcid, int level) {
    auto& levels = tags[page];
    auto it = levels.find(mcid);
    if (it == levels.end() || level < it->second) levels[mcid] = level;
  }

  uint32_t page_of(const PdfObject* node, uint32_t inherited) const {
    const PdfObject* pg = node->GetDictionary().GetKey(PdfName("Pg"));
    if (pg && pg->IsReference()) return pg->GetReference().ObjectNumber();
    return inherited;
  }

  // A producer's own type ("Heading1", "Überschrift 2") mapped to a standard one by the role
  // map, following chains a few steps.
  std::string standard_type(std::string type) const {
    for (int hop = 0; hop < 8 && role_map_; ++hop) {
      if (heading_level_of_type(type) > 0) break;
      const std::string mapped = name_of(key(role_map_, type.c_str(), objects_));
      if (mapped.empty() || mapped == type) break;
      type = mapped;
    }
    return type;
  }
};

}  // namespace

int heading_level_of_type(const std::string& type) {
  if (type == "H") return 1;
  if (type.size() == 2 && type[0] == 'H' && type[1] >= '1' && type[1] <= '6') return type[1] - '0';
  return 0;
}

HeadingTags read_heading_tags(PdfMemDocument& pdf, const StructureLimits& limits) {
  try {
    PdfVecObjects* objects = &pdf.GetObjects();
    const PdfObject* root = key(pdf.GetCatalog(), "StructTreeRoot", objects);
    if (!root || !root->IsDictionary()) return {};
    TreeWalker walker(objects, key(root, "RoleMap", objects), limits);
    const PdfObject* kids = root->GetDictionary().GetKey(PdfName("K"));
    if (kids) walker.walk(resolve(kids, objects), 0, 0, 0);
    return std::move(walker.tags);
  } catch (const PdfError&) {
    return {};  // a damaged tree: headings come from size and weight instead
  }
}

}  // namespace ehcpqa::pdf
