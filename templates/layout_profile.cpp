#include "templates/layout_profile.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "text/config_file.h"

namespace ehcpqa {
namespace {

std::unique_ptr<RE2> code_pattern(const std::string& path, const YAML::Node& p) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(p.as<std::string>(), options);
  if (!re->ok()) config_fail(path, p, fmt::format("bad pattern: {}", re->error()));
  const auto& groups = re->NamedCapturingGroups();
  if (groups.find("code") == groups.end()) {
    config_fail(path, p, "the pattern needs a named group (?P<code>...) for the section code");
  }
  return re;
}

std::vector<std::unique_ptr<RE2>> code_patterns(const std::string& path, const YAML::Node& list) {
  if (!list.IsSequence() || list.size() == 0) config_fail(path, list, "'patterns' must list at least one pattern");
  std::vector<std::unique_ptr<RE2>> out;
  for (const YAML::Node& p : list) out.push_back(code_pattern(path, p));
  return out;
}

// `titles:` maps section codes to wordings: {A: ["all about me"], H1: [...]}.
std::vector<Wording> code_titles(const std::string& path, const YAML::Node& map) {
  if (!map.IsMap() || map.size() == 0) config_fail(path, map, "'titles' must map section codes to wordings");
  std::vector<Wording> out;
  for (const auto& entry : map) {
    const std::string written = entry.first.as<std::string>();
    const std::string code = normalise_section_code(written);
    if (code.empty()) {
      config_fail(path, entry.first, fmt::format("'{}' is not a section code (A to K, H1, H2 or H)", written));
    }
    for (Wording& w : read_wordings(path, entry.second, code)) out.push_back(std::move(w));
  }
  return out;
}

}  // namespace

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

std::string code_from(const RE2& pattern, const std::string& text) {
  const int index = pattern.NamedCapturingGroups().at("code");
  std::vector<re2::StringPiece> groups(static_cast<size_t>(index) + 1);
  if (!pattern.Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size()))) {
    return {};
  }
  return normalise_section_code(std::string(groups[static_cast<size_t>(index)]));
}

LayoutProfile load_layout_profile(const std::string& path, const std::set<std::string>& area_keys) {
  const YAML::Node root = load_yaml_file(path);
  check_keys(path, root, {"name", "description", "headings", "columns", "back_matter", "areas"});
  LayoutProfile profile;
  profile.path = path;
  profile.name = required_string(path, root, "name");
  if (root["description"]) profile.description = root["description"].as<std::string>();

  const YAML::Node headings = root["headings"];
  if (!headings) config_fail(path, root, "'headings' is required");
  check_keys(path, headings, {"max_length", "patterns", "titles"});
  if (headings["max_length"]) profile.max_heading_chars = headings["max_length"].as<size_t>();
  if (!headings["patterns"] && !headings["titles"]) {
    config_fail(path, headings, "'headings' needs 'patterns' (with the section letter) or 'titles' (wordings)");
  }
  if (headings["patterns"]) profile.heading_patterns = code_patterns(path, headings["patterns"]);
  if (headings["titles"]) profile.heading_titles = code_titles(path, headings["titles"]);

  if (const YAML::Node columns = root["columns"]) {
    check_keys(path, columns, {"patterns", "titles"});
    if (!columns["patterns"] && !columns["titles"]) config_fail(path, columns, "'columns' needs 'patterns' or 'titles'");
    if (columns["patterns"]) profile.column_patterns = code_patterns(path, columns["patterns"]);
    if (columns["titles"]) profile.column_titles = code_titles(path, columns["titles"]);
  }
  if (const YAML::Node back = root["back_matter"]) profile.back_matter = read_wordings(path, back, "");
  if (const YAML::Node areas = root["areas"]) {
    if (!areas.IsMap()) config_fail(path, areas, "'areas' must map area keys to wordings");
    for (const auto& entry : areas) {
      const std::string key = entry.first.as<std::string>();
      if (!area_keys.empty() && !area_keys.count(key)) {
        std::string known;
        for (const std::string& k : area_keys) known += (known.empty() ? "" : ", ") + k;
        config_fail(path, entry.first, fmt::format("unknown area '{}' (areas: {})", key, known));
      }
      for (Wording& w : read_wordings(path, entry.second, key)) profile.areas.push_back(std::move(w));
    }
  }
  return profile;
}

std::vector<LayoutProfile> load_layout_profiles(const std::string& folder, const std::set<std::string>& area_keys) {
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
  for (const std::string& file : files) {
    profiles.push_back(load_layout_profile(file, area_keys));
    for (size_t i = 0; i + 1 < profiles.size(); ++i) {
      if (profiles[i].name == profiles.back().name) {
        throw ConfigError(fmt::format("{}: layout name '{}' is already used by {}", file, profiles.back().name,
                                      profiles[i].path));
      }
    }
  }
  if (profiles.empty()) throw ConfigError(fmt::format("{}: no layout profiles (*.yaml) found", folder));
  return profiles;
}

}  // namespace ehcpqa
