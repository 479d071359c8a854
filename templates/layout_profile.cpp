#include "templates/layout_profile.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "text/config_file.h"

namespace ehcpqa {

std::string normalise_section_code(const std::string& written) {
  std::string code;
  for (char c : written) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  if (code.find("H1") != std::string::npos && code.find("H2") != std::string::npos) return "H";
  static const char* valid[] = {"A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K"};
  for (const char* v : valid) {
    if (code == v) return code;
  }
  return {};
}

LayoutProfile load_layout_profile(const std::string& path) {
  const YAML::Node root = load_yaml_file(path);
  check_keys(path, root, {"name", "description", "headings"});
  LayoutProfile profile;
  profile.path = path;
  profile.name = required_string(path, root, "name");
  if (root["description"]) profile.description = root["description"].as<std::string>();
  const YAML::Node headings = root["headings"];
  if (!headings) config_fail(path, root, "'headings' is required");
  check_keys(path, headings, {"max_length", "patterns"});
  if (headings["max_length"]) profile.max_heading_chars = headings["max_length"].as<size_t>();
  const YAML::Node patterns = headings["patterns"];
  if (!patterns || !patterns.IsSequence() || patterns.size() == 0) {
    config_fail(path, headings, "'patterns' must list at least one heading pattern");
  }
  for (const YAML::Node& p : patterns) {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>(p.as<std::string>(), options);
    if (!re->ok()) config_fail(path, p, fmt::format("bad pattern: {}", re->error()));
    const auto& groups = re->NamedCapturingGroups();
    if (groups.find("code") == groups.end()) {
      config_fail(path, p, "the pattern needs a named group (?P<code>...) for the section code");
    }
    profile.heading_patterns.push_back(std::move(re));
  }
  return profile;
}

std::vector<LayoutProfile> load_layout_profiles(const std::string& folder) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
      files.push_back(entry.path().string());
    }
  }
  if (ec) throw ConfigError(fmt::format("{}: cannot list layout profiles ({})", folder, ec.message()));
  std::sort(files.begin(), files.end());
  std::vector<LayoutProfile> profiles;
  for (const std::string& file : files) profiles.push_back(load_layout_profile(file));
  if (profiles.empty()) throw ConfigError(fmt::format("{}: no layout profiles (*.yaml) found", folder));
  return profiles;
}

}  // namespace ehcpqa
