// RunEach: call f(0), f(1), ..., f(n - 1) on up to `threads` threads.
//
// Takes a count, a thread count (0: one per core) and a function; calls the
// function once for each index, on the calling thread and up to threads - 1
// others, which take the indices in order from a shared counter (index 0 is
// always taken first). Returns when every call has returned. The first
// exception a call throws stops every thread before it takes another index
// and is rethrown here once all have finished; calls already running finish.
// A thread that cannot be started leaves its share to the others. `f` must
// be safe to call from several threads at once; RunEach itself holds no
// state between calls.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace apparat {

// The number of threads `jobs` asks for: itself, or one per core for 0.
inline int ThreadsFor(int jobs) {
  return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

template <typename F>
void RunEach(size_t n, int threads, const F& f) {
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex error_mu;
  std::exception_ptr error;
  auto work = [&] {
    while (!failed.load(std::memory_order_relaxed)) {
      size_t i = next++;
      if (i >= n) return;
      try {
        f(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mu);
        if (!error) error = std::current_exception();
        failed = true;
      }
    }
  };
  const size_t wanted = std::min<size_t>(static_cast<size_t>(ThreadsFor(threads)), n);
  std::vector<std::thread> pool;
  pool.reserve(wanted);  // before any thread runs: a failure here leaves none to join
  for (size_t t = 1; t < wanted; ++t) {
    try {
      pool.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // fewer threads; the work still gets done
    }
  }
  work();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace apparat
