// Document -> Plan: flattens the body into units, finds the sections with the best layout
// profile, tags areas of need, splits items and reads the front matter. The one entry
// point of this stage.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parser/document.h"
#include "templates/areas.h"
#include "templates/front_matter.h"
#include "templates/items.h"
#include "templates/layout_profile.h"
#include "templates/plan.h"

namespace ehcpqa {

class PlanBuilder {
 public:
  // Loads templates/layouts/*.yaml, areas.yaml, items.yaml and front-matter.yaml under
  // `templates_dir`. Throws ConfigError with file:line on a malformed file.
  static PlanBuilder load(const std::string& templates_dir);

  // `forced_layout` names a profile to use instead of choosing one.
  Plan build(const Document& document, const std::string& forced_layout = "") const;

  const std::vector<LayoutProfile>& profiles() const { return *profiles_; }
  const AreaVocabulary& areas() const { return *areas_; }

 private:
  std::shared_ptr<std::vector<LayoutProfile>> profiles_;
  std::shared_ptr<AreaVocabulary> areas_;
  std::shared_ptr<ItemSplitter> items_;
  std::shared_ptr<FrontMatterReader> front_matter_;
};

// The body's paragraphs in reading order, each with its table position.
std::vector<Unit> flatten(const Document& document);

}  // namespace ehcpqa
