// Document -> Plan: flattens the body into units, finds the sections with the best layout
// profile and reads the front matter. The one entry point of this stage.
#pragma once

#include <string>
#include <vector>

#include "parser/document.h"
#include "templates/front_matter.h"
#include "templates/layout_profile.h"
#include "templates/plan.h"

namespace ehcpqa {

class PlanBuilder {
 public:
  // Loads templates/layouts/*.yaml and templates/front-matter.yaml under `templates_dir`.
  static PlanBuilder load(const std::string& templates_dir);

  // `forced_layout` names a profile to use instead of choosing one.
  Plan build(const Document& document, const std::string& forced_layout = "") const;

  const std::vector<LayoutProfile>& profiles() const { return profiles_; }

 private:
  std::vector<LayoutProfile> profiles_;
  std::shared_ptr<FrontMatterReader> front_matter_;
};

// The body's paragraphs in reading order, each with its table position.
std::vector<Unit> flatten(const Document& document);

}  // namespace ehcpqa
