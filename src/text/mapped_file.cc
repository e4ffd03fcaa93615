#include "text/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

namespace apparat::text {

MappedFile::~MappedFile() { Release(); }

MappedFile::MappedFile(MappedFile&& o) noexcept
    : map_(std::exchange(o.map_, nullptr)), size_(std::exchange(o.size_, 0)), read_(std::move(o.read_)) {}

MappedFile& MappedFile::operator=(MappedFile&& o) noexcept {
  if (this != &o) {
    Release();
    map_ = std::exchange(o.map_, nullptr);
    size_ = std::exchange(o.size_, 0);
    read_ = std::move(o.read_);
  }
  return *this;
}

void MappedFile::Release() {
  if (map_) ::munmap(map_, size_);
  map_ = nullptr;
  size_ = 0;
  read_.reset();
}

Status MappedFile::Open(const std::string& path, MappedFile* out, bool populate) {
  out->Release();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return Status::Error(path + ": " + std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::Error(path + ": not a regular file");
  }
  size_t size = static_cast<size_t>(st.st_size);
  if (size == 0) {
    ::close(fd);
    return Status();
  }
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), fd, 0);
  int error = errno;
  ::close(fd);
  if (map == MAP_FAILED) return Status::Error(path + ": cannot map: " + std::strerror(error));
  out->map_ = map;
  out->size_ = size;
  return Status();
}

Status MappedFile::OpenOrRead(const std::string& path, MappedFile* out) {
  out->Release();
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) return Open(path, out);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": cannot read");
  out->read_ = std::make_unique<std::string>(std::move(bytes).str());
  return Status();
}

}  // namespace apparat::text
