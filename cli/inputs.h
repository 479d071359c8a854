// Turns the PATH arguments of `check` and `audit` into the list of inputs: files as
// named, folders searched recursively for .docx and .pdf. Sorted and de-duplicated, so
// every input appears once, in the same order on every run.
#pragma once

#include <string>
#include <vector>

namespace ehcpqa {

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths);

}  // namespace ehcpqa
