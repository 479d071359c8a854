// Runs a shell command for the end-to-end tests, capturing its standard output; standard
// error goes to the test log.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace ehcpqa::testing {

struct Run {
  int status;       // exit status, -1 when the command did not exit normally
  std::string out;  // what it printed on standard output
};

inline Run run(const std::string& command) {
  Run r{0, {}};
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run: " + command);
  std::array<char, 65536> buffer{};
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace ehcpqa::testing
