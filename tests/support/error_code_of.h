// The stable error code reading a file gives, or "(read)" when it reads: how reader tests
// state what a bad file must produce.
#pragma once

#include <string>

#include "parser/input_error.h"
#include "parser/reader.h"

namespace ehcpqa::testing {

inline std::string error_code_of(const std::string& path) {
  try {
    read_document(path);
  } catch (const InputError& e) {
    return e.code();
  }
  return "(read)";
}

}  // namespace ehcpqa::testing
