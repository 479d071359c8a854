// poppler's pdftotext, the reference the PDF reader is measured against, run on one file.
#pragma once

#include <string>

#include "tests/support/run_command.h"

namespace ehcpqa::bench {

// pdftotext's UTF-8 output for `path` with extra `options` (e.g. "-bbox-layout"); empty when
// it cannot run or read the file.
inline std::string pdftotext(const std::string& path, const std::string& options = "") {
  return testing::run("pdftotext -q -enc UTF-8 " + options + " '" + path + "' - 2>/dev/null").out;
}

}  // namespace ehcpqa::bench
