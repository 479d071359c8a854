// Whether a line of pdftotext's output is running header or footer text that ehcpqa moved
// out of the body. pdftotext may put two of them on one line ("... – Shannon McAllister
// Page 1 of 4" where ehcpqa has the title and the page number as two footers), so a line
// made only of running texts counts too.
#pragma once

#include <algorithm>
#include <set>
#include <string>

#include "parser/pdf/pdf_reader.h"

namespace ehcpqa::bench {

inline bool is_running_line(const std::string& line, const std::set<std::string>& running) {
  std::string rest = pdf::running_key(line);
  if (rest.empty() || running.empty()) return false;
  // ... or one line of a two-line running block ("<title>" over "Page 1 of 4"), which
  // ehcpqa keeps as one text: a first or last part of three words or more.
  if (std::count(rest.begin(), rest.end(), ' ') >= 2) {
    for (const std::string& key : running) {
      if (key.size() > rest.size() && ((key.compare(0, rest.size(), rest) == 0 && key[rest.size()] == ' ') ||
                                       (key.compare(key.size() - rest.size(), rest.size(), rest) == 0 &&
                                        key[key.size() - rest.size() - 1] == ' '))) {
        return true;
      }
    }
  }
  for (int pieces = 0; pieces < 8 && !rest.empty(); ++pieces) {
    size_t longest = 0;
    for (const std::string& key : running) {
      if (key.size() > longest && rest.compare(0, key.size(), key) == 0 &&
          (rest.size() == key.size() || rest[key.size()] == ' ')) {
        longest = key.size();
      }
    }
    if (longest == 0) return false;
    rest.erase(0, std::min(rest.size(), longest + 1));
  }
  return rest.empty();
}

}  // namespace ehcpqa::bench
