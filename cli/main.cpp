// ehcpqa: quality assurance for Education, Health and Care plans.
// The command-line contract (commands, options, JSON, exit codes) is in output-contract.md.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "checks/rule_examples.h"
#include "cli/batch.h"
#include "cli/batch_rules.h"
#include "cli/evaluate.h"
#include "cli/inputs.h"
#include "cli/pipeline.h"
#include "parser/input_error.h"
#include "parser/reader.h"
#include "reports/csv_report.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/pseudonym.h"
#include "reports/sarif_report.h"
#include "reports/text_report.h"
#include "text/config_file.h"

namespace ehcpqa {
namespace {

constexpr int kExitClean = 0;     // every input read, no error finding
constexpr int kExitFindings = 1;  // every input read, at least one error finding
constexpr int kExitTrouble = 2;   // usage error, or an input could not be read

struct CommonOptions {
  std::string as_of;
  std::string config;
  std::string layout;
};

Date parse_as_of(const std::string& text) {
  if (text.empty()) return Date::today_utc();
  auto d = Date::parse_iso(text);
  if (!d) throw CLI::ValidationError("--as-of", "'" + text + "' is not a date in the form YYYY-MM-DD");
  return *d;
}

int exit_code_for(const std::vector<DocumentResult>& results) {
  bool any_error_finding = false;
  for (const DocumentResult& r : results) {
    if (!r.ok()) return kExitTrouble;
    any_error_finding = any_error_finding || r.count(Severity::error) > 0;
  }
  return any_error_finding ? kExitFindings : kExitClean;
}

Pipeline load_pipeline(const CommonOptions& common) {
  Pipeline p = Pipeline::load(data_dir(), common.config, parse_as_of(common.as_of));
  p.forced_layout = common.layout;
  return p;
}

void write_file(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error(fmt::format("cannot write {}", path.string()));
  write(out);
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"ehcpqa: quality assurance for Education, Health and Care plans"};
  app.require_subcommand(1);
  app.set_version_flag("--version", kToolVersion);

  CommonOptions common;
  std::vector<std::string> paths;
  std::string format = "text";
  std::string out_dir = "out/audit";
  BatchOptions batch;
  batch.jobs = static_cast<int>(std::max(1L, sysconf(_SC_NPROCESSORS_ONLN)));

  auto add_common = [&](CLI::App* cmd) {
    cmd->add_option("--as-of", common.as_of, "Date the check is done as of, YYYY-MM-DD (default: today)");
    cmd->add_option("--config", common.config, "Authority settings: rules on/off, severities, options (YAML)")
        ->check(CLI::ExistingFile);
    cmd->add_option("--layout", common.layout, "Use this layout profile instead of choosing one");
  };
  auto add_limits = [&](CLI::App* cmd) {
    cmd->add_option("--timeout", batch.timeout_seconds, "Seconds allowed per file (default 60)")
        ->check(CLI::Range(1, 86400));
    cmd->add_option("--memory-mb", batch.memory_mb, "Memory cap per file's worker, MiB (default 2048)")
        ->check(CLI::Range(64L, 1L << 20));
  };

  CLI::App* check = app.add_subcommand("check", "Check plans and print the findings");
  check->add_option("--format", format, "text, json, html (a page to open in a browser) or sarif (SARIF 2.1.0)")
      ->check(CLI::IsMember({"text", "json", "html", "sarif"}));
  add_common(check);
  add_limits(check);
  check->add_option("FILE", paths, "Plans (.docx) to check")->required();

  CLI::App* audit = app.add_subcommand("audit", "Check a batch of plans and write audit.json, plans.csv, findings.csv");
  audit->add_option("--out", out_dir, "Folder for the results (default out/audit)");
  bool show_names = false;
  audit->add_flag("--show-names", show_names,
                  "Keep the children's names in every output (default: each plan is named by its pseudonym, "
                  "and names in file names and quoted words are replaced by it)");
  audit->add_option("--jobs", batch.jobs, "Files read at once, each in its own worker process")
      ->check(CLI::Range(1, 256));
  add_common(audit);
  add_limits(audit);
  audit->add_option("PATH", paths, "Plans, or folders searched for .docx and .pdf")->required();

  std::string one_file;
  bool list_items = false;
  CLI::App* sections = app.add_subcommand("sections", "Show how a plan was split into its statutory sections");
  add_common(sections);
  sections->add_flag("--items", list_items, "List every outcome, provision item and advice entry");
  sections->add_option("FILE", one_file, "A plan")->required();

  CLI::App* text = app.add_subcommand("text", "Print a plan's text in reading order");
  text->add_option("FILE", one_file, "A plan")->required();

  std::string explain;
  bool validate = false;
  CLI::App* rules = app.add_subcommand("rules", "List the rules, or explain one");
  rules->add_option("--explain", explain, "A rule id");
  rules->add_flag("--validate", validate, "Run every rule's examples and report any that fail");
  bool dump_config = false;
  rules->add_flag("--dump-config", dump_config, "Print every rule's settings in the --config format");
  add_common(rules);

  bool evaluate_json = false;
  EvaluationTargets targets;
  CLI::App* evaluate = app.add_subcommand(
      "evaluate", "Measure the rules against labelled sample plans (<plan>.labels.yaml beside each file)");
  evaluate->add_flag("--json", evaluate_json, "Print the figures as JSON");
  evaluate->add_option("--min-recall", targets.min_recall, "Target share of expected findings found (default 0.95)");
  evaluate->add_option("--max-forbidden", targets.max_forbidden_rate,
                       "Target ceiling on the share of forbidden findings raised (default 0.05)");
  evaluate->add_option("--jobs", batch.jobs, "Files read at once")->check(CLI::Range(1, 256));
  add_common(evaluate);
  add_limits(evaluate);
  evaluate->add_option("PATH", paths, "Labelled plans, or folders of them (e.g. samples/)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kExitTrouble;
  }

  try {
    if (*check || *audit) {
      const Pipeline pipeline = load_pipeline(common);
      const std::vector<std::string> inputs = expand_inputs(paths);
      batch.progress = isatty(STDERR_FILENO) == 1 && *audit;
      if (*check) batch.jobs = 1;
      auto results = run_batch(pipeline, inputs, batch);
      if (*audit) apply_batch_rules(pipeline, results);  // outcomes.generic and the like
      if (*check) {
        if (format == "json") std::cout << check_json(results, pipeline.as_of).dump(2) << "\n";
        else if (format == "html") write_check_html(std::cout, results, data_dir(), pipeline.as_of);
        else if (format == "sarif") std::cout << sarif_log(results, pipeline.engine.rules()).dump(2) << "\n";
        else write_check_text(std::cout, results);
      } else {
        std::filesystem::create_directories(out_dir);
        const std::filesystem::path dir(out_dir);
        write_file(dir / "audit.json",
                   [&](std::ostream& o) { o << audit_json(results, pipeline.as_of, show_names).dump(2) << "\n"; });
        write_file(dir / "plans.csv", [&](std::ostream& o) { write_plans_csv(o, results, show_names); });
        write_file(dir / "findings.csv", [&](std::ostream& o) { write_findings_csv(o, results, show_names); });
        write_file(dir / "findings.sarif", [&](std::ostream& o) {
          std::vector<DocumentResult> shared;
          for (const DocumentResult& r : results) shared.push_back(show_names ? r : without_names(r));
          o << sarif_log(shared, pipeline.engine.rules()).dump(2) << "\n";
        });
        write_audit_html(dir, results, data_dir(), pipeline.as_of, show_names, pipeline.engine.rules());
        int failed = 0;
        size_t findings = 0;
        for (const DocumentResult& r : results) {
          failed += r.ok() ? 0 : 1;
          findings += r.findings.size();
        }
        std::cerr << fmt::format("Audited {} plan(s): {} read, {} could not be read, {} finding(s).\n",
                                 results.size(), results.size() - failed, failed, findings);
        std::cerr << fmt::format("Results: {}/audit.json, plans.csv, findings.csv, findings.sarif\n", out_dir);
        std::cerr << fmt::format("Report: {}/report.html (open in a browser), one page per plan in {}/plans/\n",
                                 out_dir, out_dir);
      }
      return exit_code_for(results);
    }
    if (*sections) {
      const Pipeline pipeline = load_pipeline(common);
      const Document doc = read_document(one_file, pipeline.limits);
      const Plan plan = pipeline.builder.build(doc, pipeline.forced_layout);
      DocumentResult result;
      result.path = one_file;
      result.format = doc.format;
      result.plan = summarise(plan, pipeline.as_of);
      write_sections_text(std::cout, result, plan, pipeline.builder.areas(), list_items);
      return kExitClean;
    }
    if (*text) {
      const Document doc = read_document(one_file);
      for_each_paragraph(doc.body, [](const ParagraphVisit& v) {
        std::string prefix;
        if (v.paragraph.heading_level > 0) prefix = std::string(static_cast<size_t>(v.paragraph.heading_level), '#') + " ";
        else if (v.paragraph.list_level >= 0) {
          const std::string& label = v.paragraph.list_label;
          prefix = std::string(2 * static_cast<size_t>(v.paragraph.list_level), ' ') + (label.empty() ? "-" : label) + " ";
        }
        if (v.table_depth > 0) prefix = std::string(static_cast<size_t>(v.table_depth), '|') + " " + prefix;
        std::cout << prefix << v.paragraph.text << "\n";
      });
      return kExitClean;
    }
    if (*evaluate) {
      // Labels are written for one audit date: the figures mean something only with it.
      if (common.as_of.empty()) throw std::runtime_error("evaluate needs --as-of, the audit date the labels assume");
      const Pipeline pipeline = load_pipeline(common);
      const Evaluation e = evaluate_samples(pipeline, expand_inputs(paths), batch);
      if (evaluate_json) std::cout << evaluation_json(e, targets).dump(2) << "\n";
      else write_evaluation_text(std::cout, e, targets);
      return meets(e, targets) ? kExitClean : kExitFindings;
    }
    if (*rules) {
      const Pipeline pipeline = load_pipeline(common);
      if (validate) {
        const ExampleReport report = run_rule_examples(pipeline.engine, pipeline.builder,
                                                       data_dir() + "/checks/examples", pipeline.as_of);
        for (const ExampleFailure& f : report.failures) {
          std::cout << fmt::format("FAIL {} {}: {}\n", f.rule, f.where, f.problem);
        }
        std::cout << fmt::format("rule examples: {} rules, {} examples, {} failed\n", report.rules, report.examples,
                                 report.failures.size());
        return report.failures.empty() ? kExitClean : kExitFindings;
      }
      if (dump_config) {
        write_config_dump(std::cout, pipeline.engine.rules());
        return kExitClean;
      }
      if (!explain.empty()) {
        const Rule* rule = pipeline.engine.find(explain);
        if (!rule) {
          std::cerr << fmt::format("ehcpqa: no rule '{}'. `ehcpqa rules` lists them all.\n", explain);
          return kExitTrouble;
        }
        auto texts = [&](const std::vector<RuleExample>& examples) {
          std::vector<std::string> out;
          for (const RuleExample& ex : examples) {
            std::string t;
            for (const auto& [code, body] : ex.set) t += fmt::format("Section {} says: \"{}\" ", code, body);
            for (const std::string& code : ex.drop) t += fmt::format("no Section {} ", code);
            for (const auto& [code, title] : ex.headings) t += fmt::format("heading \"{}\" ", title);
            for (const auto& [label, value] : ex.front) t += value ? fmt::format("{}: {} ", label, *value) : fmt::format("no {} ", label);
            if (ex.revisions) t += fmt::format("{} tracked changes ", *ex.revisions);
            if (ex.comments) t += fmt::format("{} comments ", *ex.comments);
            if (t.empty()) t = fmt::format("the complete {} example plan ", ex.base);
            else t = fmt::format("a {} plan with ", ex.base) + t;
            if (!ex.note.empty()) t += "(" + ex.note + ")";
            out.push_back(t);
          }
          return out;
        };
        write_rule_explanation(std::cout, *rule, texts(rule->fires), texts(rule->passes));
        return kExitClean;
      }
      write_rule_list(std::cout, pipeline.engine.rules());
      return kExitClean;
    }
  } catch (const CLI::ValidationError& e) {
    std::cerr << "ehcpqa: " << e.what() << "\n";
    return kExitTrouble;
  } catch (const ConfigError& e) {
    std::cerr << "ehcpqa: configuration error: " << e.what() << "\n";
    return kExitTrouble;
  } catch (const InputError& e) {
    std::cerr << fmt::format("ehcpqa: {} could not be read [{}]: {}\n", one_file, e.code(), e.what());
    return kExitTrouble;
  } catch (const std::exception& e) {
    std::cerr << "ehcpqa: " << e.what() << "\n";
    return kExitTrouble;
  }
  return kExitClean;
}

}  // namespace ehcpqa

int main(int argc, char** argv) { return ehcpqa::run(argc, argv); }
