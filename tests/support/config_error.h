// The message of the ConfigError a call throws, or "(no error)": config tests compare it
// word for word.
#pragma once

#include <functional>
#include <string>

#include "text/config_file.h"

namespace ehcpqa::testing {

inline std::string config_error(const std::function<void()>& f) {
  try {
    f();
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace ehcpqa::testing
