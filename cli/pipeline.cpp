#include "cli/pipeline.h"

#include <cstdlib>
#include <filesystem>

#include "parser/input_error.h"
#include "text/config_file.h"

#ifndef EHCPQA_DATA_DIR
#define EHCPQA_DATA_DIR "."
#endif

namespace ehcpqa {

std::string data_dir() {
  if (const char* env = std::getenv("EHCPQA_DATA_DIR"); env && *env) return env;
  return EHCPQA_DATA_DIR;
}

Pipeline Pipeline::load(const std::string& dir, const std::string& config_path, Date as_of) {
  Pipeline p{PlanBuilder::load(dir + "/templates"), RuleEngine::load(dir + "/checks"),
             GradingScheme::load(dir + "/checks/grading.yaml"), {}, as_of, {}};
  if (!config_path.empty()) {
    p.engine.apply(load_rule_overrides(config_path), config_path);
    apply_grading_config(p.grading, config_path);
  }
  p.grading.check_rule_ids([&](const std::string& id) { return p.engine.find(id) != nullptr; });
  return p;
}

void apply_grading_config(GradingScheme& grading, const std::string& config_path) {
  const YAML::Node root = load_yaml_file(config_path);
  if (!root || !root.IsMap() || !root["grading"]) return;
  const YAML::Node node = root["grading"];
  if (node.IsScalar()) {
    // A file of its own, relative to the config file's folder.
    std::filesystem::path file(node.as<std::string>());
    if (file.is_relative()) file = std::filesystem::path(config_path).parent_path() / file;
    grading.apply(load_yaml_file(file.string()), file.string());
  } else {
    grading.apply(node, config_path);
  }
}

DocumentResult Pipeline::process(const std::string& path) const {
  const std::string guessed = format_from_extension(path);
  try {
    const Document doc = read_document(path, limits);
    const Plan plan = builder.build(doc, forced_layout);
    DocumentResult result;
    result.path = path;
    result.format = doc.format;
    result.plan = summarise(plan, as_of);
    result.findings = engine.check(plan, as_of);
    result.grade = grading.grade(result.findings);
    result.diagnostics = doc.diagnostics;
    return result;
  } catch (const InputError& e) {
    return error_result(path, guessed, e.code(), e.what());
  } catch (const std::bad_alloc&) {
    return error_result(path, guessed, error_code::parser_out_of_memory,
                        "Reading this file needed more memory than allowed; it was not checked.");
  } catch (const std::exception& e) {
    return error_result(path, guessed, error_code::parser_crashed,
                        std::string("ehcpqa failed on this file (") + e.what() +
                            "); please report it with the file if you can share it.");
  }
}

void Pipeline::regrade(DocumentResult& result) const {
  if (result.ok()) result.grade = grading.grade(result.findings);
}

}  // namespace ehcpqa
