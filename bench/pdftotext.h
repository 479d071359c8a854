// poppler's pdftotext, the reference the PDF reader is measured against, run on one file.
#pragma once

#include <array>
#include <cstdio>
#include <string>

namespace ehcpqa::bench {

// pdftotext's UTF-8 output for `path` with extra `options` (e.g. "-bbox-layout"); empty when
// it cannot run or read the file.
inline std::string pdftotext(const std::string& path, const std::string& options = "") {
  const std::string command = "pdftotext -q -enc UTF-8 " + options + " '" + path + "' - 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return {};
  std::string out;
  std::array<char, 65536> buffer{};
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  pclose(pipe);
  return out;
}

}  // namespace ehcpqa::bench
