#include "cli/batch.h"

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "parser/input_error.h"

namespace ehcpqa {
namespace {

using Clock = std::chrono::steady_clock;

struct Worker {
  pid_t pid = -1;
  int fd = -1;
  size_t index = 0;
  std::string output;
  Clock::time_point started;
  bool timed_out = false;
};

// Test-only fault injection: EHCPQA_TEST_FAULT="crash:NAME,hang:NAME,oom:NAME" makes the
// worker for any input whose path contains NAME misbehave that way, so tests can prove the
// batch survives it. Unset in normal use.
void inject_test_fault(const std::string& path) {
  const char* spec = std::getenv("EHCPQA_TEST_FAULT");
  if (!spec) return;
  std::string all(spec);
  size_t start = 0;
  while (start < all.size()) {
    size_t comma = all.find(',', start);
    if (comma == std::string::npos) comma = all.size();
    const std::string one = all.substr(start, comma - start);
    start = comma + 1;
    const size_t colon = one.find(':');
    if (colon == std::string::npos || path.find(one.substr(colon + 1)) == std::string::npos) continue;
    const std::string kind = one.substr(0, colon);
    if (kind == "crash") std::raise(SIGSEGV);
    if (kind == "hang") {
      while (true) pause();
    }
    if (kind == "oom") {
      std::vector<std::string> hog;
      while (true) hog.emplace_back(64u << 20, 'x');
    }
  }
}

[[noreturn]] void run_child(const Pipeline& pipeline, const std::string& path, int fd, const BatchOptions& options) {
  if (options.memory_mb > 0) {
    const rlim_t bytes = static_cast<rlim_t>(options.memory_mb) << 20;
    rlimit limit{bytes, bytes};
    setrlimit(RLIMIT_AS, &limit);
  }
  // A CPU limit backs up the parent's wall-clock limit should the parent itself stall.
  const rlim_t cpu = static_cast<rlim_t>(options.timeout_seconds) + 5;
  rlimit cpu_limit{cpu, cpu + 5};
  setrlimit(RLIMIT_CPU, &cpu_limit);
  std::string out;
  try {
    inject_test_fault(path);
    // Invalid UTF-8 (a reader or rule cutting a character in half) must not cost the file.
    out = to_worker_json(pipeline.process(path)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);  // with the plan text the HTML pages need
  } catch (const std::bad_alloc&) {
    out = to_json(error_result(path, format_from_extension(path), error_code::parser_out_of_memory,
                               fmt::format("Reading this file needed more than the {} MiB memory cap; it was "
                                           "not checked. The rest of the batch was not affected.",
                                           options.memory_mb)))
              .dump();
  } catch (...) {
    _exit(3);
  }
  size_t written = 0;
  while (written < out.size()) {
    ssize_t n = write(fd, out.data() + written, out.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(4);
    written += static_cast<size_t>(n);
  }
  close(fd);
  _exit(0);  // skip the parent's atexit handlers and stdio buffers
}

DocumentResult interpret(const Worker& w, const std::string& path, int status, const BatchOptions& options) {
  const std::string format = format_from_extension(path);
  if (w.timed_out || (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)) {
    return error_result(path, format, error_code::timeout,
                        fmt::format("Reading this file took longer than {} seconds, so it was stopped. "
                                    "The rest of the batch was not affected.",
                                    options.timeout_seconds));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    try {
      return document_result_from_json(nlohmann::json::parse(w.output));
    } catch (const std::exception&) {
      // fall through: a worker that exits cleanly with garbage is still a failed reader
    }
  }
  const std::string how = WIFSIGNALED(status) ? fmt::format("signal {}", WTERMSIG(status))
                                              : fmt::format("exit status {}", WEXITSTATUS(status));
  return error_result(path, format, error_code::parser_crashed,
                      fmt::format("The reader stopped unexpectedly on this file ({}). The rest of the "
                                  "batch was not affected; please report the file if you can share it.",
                                  how));
}

void show_progress(size_t done, size_t total, const std::string& current) {
  std::string name = current.size() > 60 ? "..." + current.substr(current.size() - 57) : current;
  std::cerr << fmt::format("\r\033[K[{}/{}] {}", done, total, name) << std::flush;
}

}  // namespace

std::vector<DocumentResult> run_batch(const Pipeline& pipeline, const std::vector<std::string>& paths,
                                      const BatchOptions& options) {
  std::vector<DocumentResult> results(paths.size());
  std::vector<Worker> running;
  size_t next = 0, done = 0;
  const int jobs = std::max(1, options.jobs);
  std::cout.flush();
  std::cerr.flush();

  while (next < paths.size() || !running.empty()) {
    while (static_cast<int>(running.size()) < jobs && next < paths.size()) {
      int fds[2];
      if (pipe(fds) != 0) throw std::runtime_error("cannot create a pipe for a worker process");
      const pid_t pid = fork();
      if (pid < 0) throw std::runtime_error("cannot start a worker process");
      if (pid == 0) {
        close(fds[0]);
        for (const Worker& w : running) close(w.fd);
        run_child(pipeline, paths[next], fds[1], options);
      }
      close(fds[1]);
      running.push_back(Worker{pid, fds[0], next, {}, Clock::now(), false});
      if (options.progress) show_progress(done, paths.size(), paths[next]);
      ++next;
    }

    std::vector<pollfd> polls;
    for (const Worker& w : running) polls.push_back(pollfd{w.fd, POLLIN, 0});
    poll(polls.data(), polls.size(), 100);

    for (size_t i = 0; i < running.size();) {
      Worker& w = running[i];
      bool finished = false;
      if (polls[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buffer[65536];
        const ssize_t n = read(w.fd, buffer, sizeof buffer);
        if (n > 0) w.output.append(buffer, static_cast<size_t>(n));
        else if (n == 0 || errno != EINTR) finished = true;
      }
      const auto elapsed = Clock::now() - w.started;
      if (!finished && !w.timed_out && elapsed > std::chrono::seconds(options.timeout_seconds)) {
        w.timed_out = true;
        kill(w.pid, SIGKILL);
      }
      if (!finished) {
        ++i;
        continue;
      }
      int status = 0;
      while (waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
      }
      close(w.fd);
      results[w.index] = interpret(w, paths[w.index], status, options);
      ++done;
      if (options.progress) show_progress(done, paths.size(), paths[w.index]);
      running.erase(running.begin() + static_cast<long>(i));
      polls.erase(polls.begin() + static_cast<long>(i));
    }
  }
  if (options.progress) std::cerr << "\r\033[K" << std::flush;
  return results;
}

}  // namespace ehcpqa
