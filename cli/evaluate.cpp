#include "cli/evaluate.h"

#include <filesystem>
#include <set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "cli/batch_rules.h"

namespace ehcpqa {
namespace {

namespace fs = std::filesystem;

std::string labels_path(const std::string& path) {
  return path.substr(0, path.find_last_of('.')) + ".labels.yaml";
}

// The plan a file is a form of: its name up to the first dot, so that
// "final-poor-lettered-age25.objstm.pdf" is the same plan as "final-poor-lettered-age25.docx".
std::string plan_identity(const std::string& path) {
  const std::string name = fs::path(path).filename().string();
  return name.substr(0, name.find('.'));
}

// Sample names read status-quality-layout-age ("final-good-lettered-y10").
bool is_good_plan(const std::string& identity) {
  return identity.find("-good-") != std::string::npos;
}

std::string yaml_string(const YAML::Node& n) { return (!n || n.IsNull()) ? "" : n.as<std::string>(); }

// A PDF carries no tracked changes or comments, so labels about them apply to Word files only.
bool applies_to(const std::string& rule, const std::string& format) {
  return !(format == "pdf" && rule == "final.open-revisions");
}

// Whether a finding's section meets a label's: a label for a combined H is met by H1 or H2;
// a label with no section is met anywhere when `any` (forbid labels), else only by
// whole-plan findings.
bool section_meets(const std::string& label, const std::string& finding, bool any) {
  if (label == finding) return true;
  if (label == "H" && (finding == "H1" || finding == "H2")) return true;
  return any && label.empty();
}

std::set<std::string> known_missed_rules(const YAML::Node& labels, const std::string& format) {
  std::set<std::string> out;
  for (const YAML::Node& miss : labels["known_misses"]) {
    bool applies = !miss["formats"];
    for (const YAML::Node& f : miss["formats"]) applies = applies || f.as<std::string>() == format;
    if (!applies) continue;
    for (const YAML::Node& r : miss["affects"]) out.insert(r.as<std::string>());
  }
  return out;
}

double ratio(int part, int whole, double if_none) { return whole == 0 ? if_none : static_cast<double>(part) / whole; }

}  // namespace

RuleFigures Evaluation::total(const std::string& format) const {
  RuleFigures t;
  for (const auto& [f, rules] : by_format) {
    if (!format.empty() && f != format) continue;
    for (const auto& [id, r] : rules) {
      t.expected += r.expected, t.found += r.found, t.forbidden += r.forbidden, t.raised += r.raised;
      t.unexpected += r.unexpected, t.not_applicable += r.not_applicable;
    }
  }
  return t;
}

Evaluation evaluate_samples(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                            const BatchOptions& options) {
  Evaluation e;
  std::vector<std::string> labelled;
  for (const std::string& path : inputs) {
    if (fs::exists(labels_path(path))) labelled.push_back(path);
    else e.unlabelled.push_back(path);
  }
  std::vector<DocumentResult> results = run_batch(pipeline, labelled, options);

  // Batch rules across the whole set; a plan's Word file and PDFs share one identity, so
  // they count as one plan (checks/predicates/batch.cpp).
  apply_batch_rules(pipeline, results);

  std::set<std::string> plans;
  for (const DocumentResult& result : results) {
    ++e.documents;
    const std::string identity = plan_identity(result.path);
    plans.insert(identity);
    if (!result.ok()) {
      e.unreadable.push_back(fmt::format("{} [{}]", result.path, result.error_code));
      continue;
    }
    const YAML::Node labels = YAML::LoadFile(labels_path(result.path));
    const std::set<std::string> known = known_missed_rules(labels, result.format);
    auto& figures = e.by_format[result.format];
    auto raised = [&](const std::string& rule, const std::string& section, bool any) {
      for (const Finding& f : result.findings) {
        if (f.rule == rule && section_meets(section, f.section, any)) return true;
      }
      return false;
    };
    for (const char* kind : {"expect", "forbid"}) {
      const bool expect = std::string(kind) == "expect";
      for (const YAML::Node& label : labels[kind]) {
        const std::string rule = yaml_string(label["rule"]);
        const std::string section = yaml_string(label["section"]);
        RuleFigures& r = figures[rule];
        if (!applies_to(rule, result.format)) {
          ++r.not_applicable;
          continue;
        }
        const bool fired = raised(rule, section, !expect);
        if (expect) ++r.expected, r.found += fired ? 1 : 0;
        else ++r.forbidden, r.raised += fired ? 1 : 0;
        if (fired != expect) {
          e.misses.push_back(LabelMiss{result.path, kind, rule, section, yaml_string(label["why"]), known.count(rule) > 0});
        }
      }
    }
    for (const Finding& f : result.findings) {
      bool accounted = false;
      for (const YAML::Node& label : labels["expect"]) {
        accounted = accounted || (yaml_string(label["rule"]) == f.rule &&
                                  section_meets(yaml_string(label["section"]), f.section, true));
      }
      if (!accounted) ++figures[f.rule].unexpected;
      if (is_good_plan(identity) && f.severity != Severity::info) {
        e.good_plan_findings.push_back(fmt::format("{}: {} ({}) in {}", result.path, f.rule, to_string(f.severity),
                                                   f.section.empty() ? "the whole plan" : "section " + f.section));
      }
    }
  }
  e.plans = static_cast<int>(plans.size());
  return e;
}

bool meets(const Evaluation& e, const EvaluationTargets& t) {
  for (const auto& [format, rules] : e.by_format) {
    const RuleFigures r = e.total(format);
    if (ratio(r.found, r.expected, 1) < t.min_recall) return false;
    if (ratio(r.raised, r.forbidden, 0) > t.max_forbidden_rate) return false;
  }
  return e.good_plan_findings.empty() && e.unreadable.empty();
}

void write_evaluation_text(std::ostream& out, const Evaluation& e, const EvaluationTargets& t) {
  out << fmt::format("Evaluated {} labelled file(s) of {} plan(s).\n\n", e.documents, e.plans);
  std::set<std::string> ids;
  for (const auto& [format, rules] : e.by_format) {
    for (const auto& [id, r] : rules) ids.insert(id);
  }
  out << fmt::format("{:<36} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}\n", "rule", "expect", "found", "forbid", "raised",
                     "extra", "recall");
  for (const std::string& id : ids) {
    RuleFigures r;
    for (const auto& [format, rules] : e.by_format) {
      auto it = rules.find(id);
      if (it == rules.end()) continue;
      r.expected += it->second.expected, r.found += it->second.found, r.forbidden += it->second.forbidden;
      r.raised += it->second.raised, r.unexpected += it->second.unexpected;
    }
    out << fmt::format("{:<36} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}\n", id, r.expected, r.found, r.forbidden, r.raised,
                       r.unexpected, r.expected ? fmt::format("{:.2f}", ratio(r.found, r.expected, 1)) : "-");
  }
  out << "\n";
  for (const auto& [format, rules] : e.by_format) {
    const RuleFigures r = e.total(format);
    out << fmt::format("{:<5} recall {:.3f} ({} of {} expected findings; target >= {:.2f}), forbidden {:.3f} "
                       "({} of {} forbidden findings raised; target <= {:.2f}), {} finding(s) no label expects\n",
                       format, ratio(r.found, r.expected, 1), r.found, r.expected, t.min_recall,
                       ratio(r.raised, r.forbidden, 0), r.raised, r.forbidden, t.max_forbidden_rate, r.unexpected);
  }
  if (!e.misses.empty()) {
    out << "\nLabels not met:\n";
    for (const LabelMiss& m : e.misses) {
      out << fmt::format("  {} {} {} in {}{}: {}\n", m.document, m.kind, m.rule,
                         m.section.empty() ? "the whole plan" : "section " + m.section,
                         m.known ? " (known miss)" : "", m.why);
    }
  }
  if (!e.good_plan_findings.empty()) {
    out << "\nGood plans with warnings or errors (there should be none):\n";
    for (const std::string& g : e.good_plan_findings) out << "  " << g << "\n";
  }
  for (const std::string& u : e.unreadable) out << "Could not read " << u << "\n";
  for (const std::string& u : e.unlabelled) out << "No labels, left out: " << u << "\n";
  out << (meets(e, t) ? "\nTargets met.\n" : "\nTargets NOT met.\n");
}

nlohmann::ordered_json evaluation_json(const Evaluation& e, const EvaluationTargets& t) {
  auto figures = [](const RuleFigures& r) {
    return nlohmann::ordered_json{{"expected", r.expected},   {"found", r.found},           {"forbidden", r.forbidden},
                                  {"raised", r.raised},       {"unexpected", r.unexpected}, {"not_applicable", r.not_applicable},
                                  {"recall", ratio(r.found, r.expected, 1)}, {"forbidden_rate", ratio(r.raised, r.forbidden, 0)}};
  };
  nlohmann::ordered_json j;
  j["documents"] = e.documents;
  j["plans"] = e.plans;
  j["targets"] = {{"min_recall", t.min_recall}, {"max_forbidden_rate", t.max_forbidden_rate}};
  j["meets_targets"] = meets(e, t);
  j["formats"] = nlohmann::ordered_json::object();
  for (const auto& [format, rules] : e.by_format) j["formats"][format] = figures(e.total(format));
  j["rules"] = nlohmann::ordered_json::object();
  for (const auto& [format, rules] : e.by_format) {
    for (const auto& [id, r] : rules) j["rules"][id][format] = figures(r);
  }
  j["misses"] = nlohmann::ordered_json::array();
  for (const LabelMiss& m : e.misses) {
    j["misses"].push_back({{"document", m.document}, {"kind", m.kind}, {"rule", m.rule},
                           {"section", m.section.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(m.section)},
                           {"known", m.known}, {"why", m.why}});
  }
  j["good_plan_findings"] = e.good_plan_findings;
  j["unreadable"] = e.unreadable;
  j["unlabelled"] = e.unlabelled;
  return j;
}

}  // namespace ehcpqa
