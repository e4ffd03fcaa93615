#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "base/parallel.h"

using namespace apparat;

TEST_CASE("RunEach calls every index once, on as many threads as asked") {
  for (int threads : {0, 1, 2, 7}) {
    std::vector<std::atomic<int>> calls(1000);
    RunEach(calls.size(), threads, [&](size_t i) { calls[i]++; });
    for (auto& c : calls) CHECK(c.load() == 1);
  }
  RunEach(0, 2, [](size_t) { FAIL("called for an empty range"); });
  CHECK(ThreadsFor(3) == 3);
  CHECK(ThreadsFor(0) >= 1);
}

TEST_CASE("RunEach stops at the first exception and rethrows it") {
  for (int threads : {1, 2}) {
    std::atomic<size_t> calls{0};
    auto f = [&](size_t i) {
      calls++;
      if (i == 3) throw std::runtime_error("index 3");
    };
    CHECK_THROWS_WITH(RunEach(1000000, threads, f), "index 3");
    // Each thread stops before its next index: on one thread right after
    // the failing call; on two, the other may run on until it sees it.
    if (threads == 1) CHECK(calls.load() == 4);
    CHECK(calls.load() < 1000000);
  }
}
