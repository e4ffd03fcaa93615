#include "graph/evidence_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace apparat::graph {

namespace {

// Sentences go into blocks of this size (one larger than this gets a block
// of its own); the unused tail of each block is at most one sentence.
constexpr size_t kBlockBytes = size_t{1} << 20;
// The spool is written in pieces of this size.
constexpr size_t kSpoolBufferBytes = size_t{1} << 20;

// An unlinked file in $TMPDIR (or /tmp): gone when closed, or when the
// process dies. -1 when none can be made.
int OpenSpool() {
  const char* env = std::getenv("TMPDIR");
  std::string dir = env && *env ? env : "/tmp";
#ifdef O_TMPFILE
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
#endif
  std::string path = dir + "/apparat-evidence-XXXXXX";
  fd = ::mkostemp(path.data(), O_CLOEXEC);
  if (fd >= 0) ::unlink(path.c_str());
  return fd;
}

}  // namespace

EvidenceStore::EvidenceStore(size_t memory_bytes) : memory_bytes_(memory_bytes) {
  strings_.push_back({});
  ids_.emplace(std::string_view(), 0);
}

EvidenceStore::~EvidenceStore() {
  if (spool_fd_ >= 0) ::close(spool_fd_);
}

std::string_view EvidenceStore::Keep(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > block_size_ - block_used_) {
    size_t size = std::max(kBlockBytes, s.size());
    blocks_.push_back(std::unique_ptr<char[]>(new char[size]));
    block_size_ = size;
    block_used_ = 0;
  }
  char* at = blocks_.back().get() + block_used_;
  std::memcpy(at, s.data(), s.size());
  block_used_ += s.size();
  return {at, s.size()};
}

uint32_t EvidenceStore::Intern(std::string_view s) {
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  std::string_view kept = Keep(s);
  uint32_t id = static_cast<uint32_t>(strings_.size());
  strings_.push_back(kept);
  ids_.emplace(kept, id);
  return id;
}

bool EvidenceStore::FlushSpool() {
  size_t done = 0;
  while (done < spool_buffer_.size()) {
    ssize_t n = ::pwrite(spool_fd_, spool_buffer_.data() + done, spool_buffer_.size() - done,
                         static_cast<off_t>(spool_written_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  spool_written_ += spool_buffer_.size();
  spool_buffer_.clear();
  return true;
}

bool EvidenceStore::Spool(std::string_view s, uint64_t* offset) {
  if (spool_failed_) return false;
  if (spool_fd_ < 0) {
    spool_fd_ = OpenSpool();
    if (spool_fd_ < 0) {
      spool_failed_ = true;
      return false;
    }
    spool_buffer_.reserve(kSpoolBufferBytes);
  }
  if (spool_buffer_.size() + s.size() > kSpoolBufferBytes && !FlushSpool()) {
    // Disk full, say: the buffer stays in memory, where its sentences are
    // read from (Text), and so do all sentences after it.
    spool_failed_ = true;
    return false;
  }
  *offset = spool_size_;
  spool_buffer_.append(s);
  spool_size_ += s.size();
  return true;
}

EvidenceRecord EvidenceStore::Add(const extract::Evidence& e, const EvidenceRecord* same_text_as) {
  EvidenceRecord r;
  if (same_text_as) {
    r.text = same_text_as->text;
    r.text_spooled = same_text_as->text_spooled;
  } else if (text_in_memory_ + e.text.size() > memory_bytes_ && !e.text.empty() && Spool(e.text, &r.text)) {
    r.text_spooled = true;
  } else {
    r.text = reinterpret_cast<uintptr_t>(Keep(e.text).data());
    text_in_memory_ += e.text.size();
  }
  r.text_size = static_cast<uint32_t>(e.text.size());
  r.line = e.line;
  r.start = e.start;
  r.end = e.end;
  r.source = Intern(e.source);
  r.rule = Intern(e.rule);
  r.date = Intern(e.date);
  r.date_end = Intern(e.date_end);
  r.polarity = Intern(e.polarity);
  r.reported_by = Intern(e.reported_by);
  r.copy = e.copy;
  return r;
}

void EvidenceStore::Finish() {
  if (spool_failed_ || spool_buffer_.empty()) return;
  if (FlushSpool()) {
    std::string().swap(spool_buffer_);
  } else {
    spool_failed_ = true;  // the buffer keeps its sentences in memory
  }
}

std::string_view EvidenceStore::Text(const EvidenceRecord& r, std::string* buffer) const {
  if (!r.text_spooled) return {reinterpret_cast<const char*>(static_cast<uintptr_t>(r.text)), r.text_size};
  buffer->resize(r.text_size);
  // Not written (before Finish, or the spool failed): still in the buffer.
  if (r.text >= spool_written_) {
    buffer->assign(spool_buffer_, static_cast<size_t>(r.text - spool_written_), r.text_size);
    return *buffer;
  }
  size_t done = 0;
  while (done < r.text_size) {
    ssize_t n = ::pread(spool_fd_, buffer->data() + done, r.text_size - done, static_cast<off_t>(r.text + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const char* why = n < 0 ? std::strerror(errno) : "file cut short";  // before anything resets errno
      const char* tmpdir = std::getenv("TMPDIR");
      std::lock_guard<std::mutex> lock(error_mutex_);
      if (read_error_.empty()) {
        read_error_ = std::string("evidence spool in ") + (tmpdir && *tmpdir ? "$TMPDIR" : "/tmp") +
                      ": cannot read back a sentence: " + why;
      }
      buffer->clear();
      return *buffer;
    }
    done += static_cast<size_t>(n);
  }
  return *buffer;
}

EvidenceView EvidenceStore::View(const EvidenceRecord& r, std::string* buffer) const {
  EvidenceView v;
  v.source = strings_[r.source];
  v.start = r.start;
  v.end = r.end;
  v.line = r.line;
  v.text = Text(r, buffer);
  v.rule = strings_[r.rule];
  v.date = strings_[r.date];
  v.date_end = strings_[r.date_end];
  v.polarity = strings_[r.polarity];
  v.copy = r.copy;
  v.reported_by = strings_[r.reported_by];
  return v;
}

Status EvidenceStore::status() const {
  std::lock_guard<std::mutex> lock(error_mutex_);
  return read_error_.empty() ? Status() : Status::Error(read_error_);
}

}  // namespace apparat::graph
