// The report templates in reports/templates/ (mustache, rendered with mstch). Pages are built
// from a data context and a template, never from HTML strings in C++; every {{value}} is
// HTML-escaped by mstch, so text from a plan cannot break out of the page.
#pragma once

#include <map>
#include <string>

#include <mstch/mstch.hpp>

namespace ehcpqa {

class HtmlTemplates {
 public:
  // Reads every *.mustache in `dir`; each is a page or a partial ({{> name}}) by its file stem.
  // Throws std::runtime_error when the folder or a template cannot be read.
  static HtmlTemplates load(const std::string& dir);

  // `page` ("plan", "batch") rendered with `context`, every other template available as a partial.
  std::string render(const std::string& page, const mstch::node& context) const;

 private:
  std::map<std::string, std::string> templates_;
};

// Where the templates are under the data folder (see cli/pipeline.h data_dir()).
std::string html_templates_dir(const std::string& data_dir);

}  // namespace ehcpqa
