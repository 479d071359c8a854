#include "text/config_file.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace ehcpqa {

YAML::Node load_yaml_file(const std::string& path) {
  try {
    return YAML::LoadFile(path);
  } catch (const YAML::BadFile&) {
    throw ConfigError(fmt::format("{}: cannot be opened", path));
  } catch (const YAML::ParserException& e) {
    throw ConfigError(fmt::format("{}:{}:{}: {}", path, e.mark.line + 1, e.mark.column + 1, e.msg));
  }
}

void config_fail(const std::string& path, const YAML::Node& node, const std::string& message) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) throw ConfigError(fmt::format("{}: {}", path, message));
  throw ConfigError(fmt::format("{}:{}:{}: {}", path, mark.line + 1, mark.column + 1, message));
}

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

void check_keys(const std::string& path, const YAML::Node& node, const std::set<std::string>& allowed) {
  if (!node.IsMap()) config_fail(path, node, "expected a mapping of keys to values");
  for (const auto& entry : node) {
    const std::string key = entry.first.as<std::string>();
    if (allowed.count(key)) continue;
    std::string best;
    size_t best_distance = 3;  // suggest only near misses
    for (const std::string& candidate : allowed) {
      size_t d = edit_distance(key, candidate);
      if (d < best_distance) {
        best_distance = d;
        best = candidate;
      }
    }
    config_fail(path, entry.first,
                best.empty() ? fmt::format("unknown key '{}'", key)
                             : fmt::format("unknown key '{}' (did you mean '{}'?)", key, best));
  }
}

std::string required_string(const std::string& path, const YAML::Node& node, const std::string& key) {
  const YAML::Node value = node[key];
  if (!value || !value.IsScalar() || value.as<std::string>().empty()) {
    config_fail(path, node, fmt::format("'{}' is required", key));
  }
  return value.as<std::string>();
}

}  // namespace ehcpqa
