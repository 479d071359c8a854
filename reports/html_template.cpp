#include "reports/html_template.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ehcpqa {

namespace fs = std::filesystem;

namespace {

// mstch's escaping for {{value}}, plus: control characters (never in a plan's words, but a
// damaged file can carry them) are dropped, as HTML does not allow them.
std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7f) break;
        out += c;
    }
  }
  return out;
}

}  // namespace

HtmlTemplates HtmlTemplates::load(const std::string& dir) {
  HtmlTemplates t;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw std::runtime_error("report templates not found in " + dir);
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    if (!in) throw std::runtime_error("cannot read report template " + entry.path().string());
    std::ostringstream text;
    text << in.rdbuf();
    t.templates_[entry.path().stem().string()] = text.str();
  }
  return t;
}

std::string HtmlTemplates::render(const std::string& page, const mstch::node& context) const {
  auto it = templates_.find(page);
  if (it == templates_.end()) throw std::runtime_error("no report template '" + page + ".mustache'");
  mstch::config::escape = escape_html;
  return mstch::render(it->second, context, templates_);
}

std::string html_templates_dir(const std::string& data_dir) { return data_dir + "/reports/templates"; }

}  // namespace ehcpqa
