#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace ehcpqa {
namespace fs = std::filesystem;

namespace {

bool is_plan_file(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string name = p.filename().string();
  // "~$plan.docx" is Word's lock file for an open document, not a plan.
  if (name.rfind("~$", 0) == 0) return false;
  return ext == ".docx" || ext == ".pdf";
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec) && is_plan_file(it->path())) found.push_back(it->path().lexically_normal().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      // A file named explicitly is an input whatever it is; the reader says if it cannot read it.
      out.push_back(fs::path(path).lexically_normal().string());
    }
  }
  std::set<std::string> seen;
  std::vector<std::string> unique;
  for (const std::string& p : out) {
    if (seen.insert(p).second) unique.push_back(p);
  }
  return unique;
}

}  // namespace ehcpqa
