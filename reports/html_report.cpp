#include "reports/html_report.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "reports/html_batch.h"
#include "reports/html_plan.h"
#include "reports/html_template.h"

namespace ehcpqa {
namespace {

void write_text_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

void write_check_html(std::ostream& out, const std::vector<DocumentResult>& results, const std::string& data_dir,
                      Date as_of) {
  const HtmlTemplates templates = HtmlTemplates::load(html_templates_dir(data_dir));
  write_plan_html(out, templates, results, PlanPageOptions{as_of, ""});
}

void write_audit_html(const std::filesystem::path& dir, const std::vector<DocumentResult>& results,
                      const std::string& data_dir, Date as_of, bool show_names, const std::vector<Rule>& rules) {
  const HtmlTemplates templates = HtmlTemplates::load(html_templates_dir(data_dir));
  const std::vector<std::string> names = plan_page_names(results);
  const std::filesystem::path plans_dir = dir / "plans";
  std::filesystem::create_directories(plans_dir);

  BatchPageOptions batch{as_of, show_names, {}, {}};
  for (size_t i = 0; i < results.size(); ++i) {
    if (names[i].empty()) {
      batch.plan_pages.emplace_back();
      continue;
    }
    std::ostringstream page;
    write_plan_html(page, templates, {results[i]}, PlanPageOptions{as_of, "../report.html"});
    write_text_file(plans_dir / names[i], page.str());
    batch.plan_pages.push_back("plans/" + names[i]);
  }
  for (const Rule& rule : rules) batch.rule_summaries[rule.id] = rule.summary;
  std::ostringstream report;
  write_batch_html(report, templates, results, batch);
  write_text_file(dir / "report.html", report.str());
}

}  // namespace ehcpqa
