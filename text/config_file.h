// Loading the project's YAML data files (rules, lexicons' metadata, layout profiles,
// --config) with errors that point at the file and line, and suggest the key meant.
#pragma once

#include <set>
#include <stdexcept>
#include <string>

#include <yaml-cpp/yaml.h>

namespace ehcpqa {

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

YAML::Node load_yaml_file(const std::string& path);

// "path:line:col: message" for `node`.
[[noreturn]] void config_fail(const std::string& path, const YAML::Node& node,
                              const std::string& message);

// Fails on any key of map `node` not in `allowed`, suggesting the nearest allowed key.
void check_keys(const std::string& path, const YAML::Node& node, const std::set<std::string>& allowed);

// A required scalar string, or a failure naming the key.
std::string required_string(const std::string& path, const YAML::Node& node, const std::string& key);

// Levenshtein distance, for "did you mean" suggestions.
size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace ehcpqa
