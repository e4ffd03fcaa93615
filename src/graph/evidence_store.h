// EvidenceStore: the strings behind a graph's evidence, each kept once.
//
// A large build keeps hundreds of thousands of evidence records until the
// graph is written. As extract::Evidence, each held seven std::strings of
// its own (about 480 bytes a record with the sentence); here a record is a
// fixed 64-byte EvidenceRecord of numbers. The short strings (document
// name, rule id, dates, polarity, reporter) are interned: one copy per
// distinct string, a 32-bit number in each record. A sentence is copied
// once into large blocks (no allocation of its own); records of the same
// sentence of a document share it (KnowledgeGraph::Add). Once the blocks
// hold `memory_bytes` of sentences, further sentences are appended to a
// spool: an unlinked temporary file in $TMPDIR (or /tmp), read back with
// pread when a record is viewed. (On a 1 GB corpus the sentences are about
// 80 MB, a quarter of what the build would otherwise hold.) A spool that
// cannot be made or written is no error: the sentences stay in memory. A
// spool that cannot be read back sets status(), and the build fails.
//
// Takes strings; gives numbers, and for a record the strings as views
// (EvidenceView): the short strings and in-memory sentences live as long as
// the store; a spooled sentence lives in the buffer the caller passed
// (EvidenceRange's iterator: until it moves). Nothing is ever removed; the
// store does not move its bytes. Not thread-safe while adding (the one
// thread that merges the graph); after Finish, its const methods may be
// used from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "extract/facts.h"

namespace apparat::graph {

// One evidence record, as numbers. Fields mean what extract::Evidence's do.
struct EvidenceRecord {
  uint64_t text = 0;  // the sentence: its address in the store's blocks, or its offset in the spool
  uint32_t text_size = 0;
  int32_t line = 0;
  uint64_t start = 0, end = 0;
  uint32_t source = 0, rule = 0, date = 0, date_end = 0, polarity = 0, reported_by = 0;  // interned
  bool copy = false;
  bool text_spooled = false;
};

// An evidence record's fields as the exporters read them.
struct EvidenceView {
  std::string_view source;
  size_t start = 0, end = 0;
  int line = 0;
  std::string_view text, rule, date, date_end, polarity;
  bool copy = false;
  std::string_view reported_by;
};

class EvidenceStore {
 public:
  static constexpr size_t kDefaultMemoryBytes = size_t{16} << 20;
  explicit EvidenceStore(size_t memory_bytes = kDefaultMemoryBytes);
  ~EvidenceStore();
  EvidenceStore(const EvidenceStore&) = delete;
  EvidenceStore& operator=(const EvidenceStore&) = delete;

  // The record of `e`. Its sentence is kept anew unless `same_text_as` is
  // given: a record of this store with the same sentence, whose copy it shares.
  EvidenceRecord Add(const extract::Evidence& e, const EvidenceRecord* same_text_as = nullptr);
  // Writes out what the spool still buffers. Call once, after the last Add.
  void Finish();

  // A spooled sentence is read into *buffer, and the view points there.
  EvidenceView View(const EvidenceRecord& r, std::string* buffer) const;
  std::string_view Text(const EvidenceRecord& r, std::string* buffer) const;
  std::string_view String(uint32_t id) const { return strings_[id]; }
  // Whether every spooled sentence could be read back (the first failure).
  Status status() const;
  // Bytes of sentences in the spool (for tests and the benchmark).
  uint64_t spooled_bytes() const { return spool_size_; }

 private:
  uint32_t Intern(std::string_view s);
  // Copies `s` into the blocks; the copy never moves.
  std::string_view Keep(std::string_view s);
  // Appends `s` to the spool; false when there is none or it failed.
  bool Spool(std::string_view s, uint64_t* offset);
  bool FlushSpool();

  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_used_ = 0, block_size_ = 0;
  size_t memory_bytes_, text_in_memory_ = 0;
  std::vector<std::string_view> strings_;  // by id; id 0 is ""
  std::unordered_map<std::string_view, uint32_t> ids_;

  int spool_fd_ = -1;
  bool spool_failed_ = false;  // made or written in vain: sentences stay in memory
  uint64_t spool_size_ = 0;     // bytes appended, buffered ones included
  uint64_t spool_written_ = 0;  // bytes in the file
  std::string spool_buffer_;    // appended after those, not yet written
  mutable std::string read_error_;  // first failed read back (guarded by error_mutex_)
  mutable std::mutex error_mutex_;
};

// A run of records read through their store: iterating gives EvidenceViews.
class EvidenceRange {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = EvidenceView;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = EvidenceView;
    iterator(const EvidenceStore* store, const EvidenceRecord* at) : store_(store), at_(at) {}
    // Valid until the iterator moves (a spooled sentence is read into it).
    EvidenceView operator*() const { return store_->View(*at_, &buffer_); }
    iterator& operator++() {
      ++at_;
      return *this;
    }
    bool operator==(const iterator& o) const { return at_ == o.at_; }
    bool operator!=(const iterator& o) const { return at_ != o.at_; }

   private:
    const EvidenceStore* store_;
    const EvidenceRecord* at_;
    mutable std::string buffer_;
  };

  EvidenceRange(const EvidenceStore& store, const std::vector<EvidenceRecord>& records)
      : store_(&store), records_(&records) {}
  iterator begin() const { return {store_, records_->data()}; }
  iterator end() const { return {store_, records_->data() + records_->size()}; }
  size_t size() const { return records_->size(); }
  bool empty() const { return records_->empty(); }

 private:
  const EvidenceStore* store_;
  const std::vector<EvidenceRecord>* records_;
};

}  // namespace apparat::graph
