// ProgressLine: "apparat build: 120/400 files, 35.2 of 120.0 MB, 8.1 MB/s,
// about 0:11 left", redrawn in place on stderr a few times a second while
// a build runs.
//
// Takes the totals up front and the bytes and documents done as they come; gives
// nothing at all unless enabled (stderr is a terminal and --quiet was not
// given), so a log file or a pipe never receives carriage returns. Update
// may be called from any thread (it locks); Finish clears the line.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <mutex>

namespace apparat::cli {

class ProgressLine {
 public:
  // `out` is where the line goes (stderr); `enabled` false makes every
  // call a no-op.
  ProgressLine(std::FILE* out, bool enabled, size_t total_files, uint64_t total_bytes);
  ~ProgressLine() { Finish(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // `bytes` more read and `files` more documents done (a large file's
  // pieces come with files = 0, then its end with bytes = 0). Redraws when
  // the last drawing is at least 200 ms old.
  void Add(uint64_t bytes, size_t files);
  // Draws the final figures once, then clears the line.
  void Finish();

  // True when stderr is a terminal.
  static bool StderrIsTerminal();

 private:
  void Draw();  // with mu_ held

  std::FILE* out_;
  bool enabled_;
  size_t total_files_, files_ = 0;
  uint64_t total_bytes_, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
  bool finished_ = false;
  std::mutex mu_;
};

}  // namespace apparat::cli
