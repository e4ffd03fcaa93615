#include "cli/progress.h"

#include <unistd.h>

#include <string>

namespace apparat::cli {

namespace {

std::string Clock(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

ProgressLine::ProgressLine(std::FILE* out, bool enabled, size_t total_files, uint64_t total_bytes)
    : out_(out),
      enabled_(enabled),
      total_files_(total_files),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

bool ProgressLine::StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

void ProgressLine::Add(uint64_t bytes, size_t files) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  files_ += files;
  bytes_ += bytes;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  Draw();
}

void ProgressLine::Finish() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (finished_) return;
  finished_ = true;
  Draw();
  std::fputs("\r\033[K", out_);  // the summary that follows starts on a clean line
  std::fflush(out_);
}

void ProgressLine::Draw() {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double mb = bytes_ / 1e6, total_mb = total_bytes_ / 1e6;
  double rate = secs > 0 ? mb / secs : 0;
  std::string eta;
  if (rate > 0 && bytes_ < total_bytes_) eta = ", about " + Clock((total_mb - mb) / rate) + " left";
  std::fprintf(out_, "\r\033[Kapparat build: %zu/%zu files, %.1f of %.1f MB, %.1f MB/s%s", files_, total_files_, mb,
               total_mb, rate, eta.c_str());
  std::fflush(out_);
}

}  // namespace apparat::cli
