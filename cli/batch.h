// Runs the pipeline over many files in worker processes, so one hostile or broken file
// costs only itself: each file is read in a fresh forked process under a memory cap and a
// time limit. A worker that crashes, hangs or runs out of memory yields an error result
// for its file (parser.crashed, input.timeout, parser.out-of-memory); every input comes
// back exactly once, in input order.
#pragma once

#include <string>
#include <vector>

#include "cli/pipeline.h"

namespace ehcpqa {

struct BatchOptions {
  int jobs = 1;                 // worker processes at once
  int timeout_seconds = 60;     // wall-clock limit per file
  long memory_mb = 2048;        // address-space cap per worker
  bool progress = false;        // a progress line on stderr
};

std::vector<DocumentResult> run_batch(const Pipeline& pipeline, const std::vector<std::string>& paths,
                                      const BatchOptions& options);

}  // namespace ehcpqa
