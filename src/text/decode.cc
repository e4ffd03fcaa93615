#include "text/decode.h"

#include <iconv.h>

#include <cerrno>
#include <cstring>

namespace apparat::text {

namespace {

// One converter for the length of a call; closed whatever happens.
class Converter {
 public:
  explicit Converter(const std::string& from) : cd_(iconv_open("UTF-8", from.c_str())) {}
  ~Converter() {
    if (ok()) iconv_close(cd_);
  }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;
  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
  iconv_t get() const { return cd_; }

 private:
  iconv_t cd_;
};

}  // namespace

Status CheckEncoding(const std::string& encoding) {
  Converter cd(encoding);
  if (cd.ok()) return Status();
  return Status::Error("unknown encoding '" + encoding + "' (`iconv -l` lists the names)");
}

Status DecodeToUtf8(std::string_view file, const std::string& encoding, const std::string& shown,
                    std::string* text, std::vector<OriginAnchor>* origin) {
  Converter cd(encoding);
  if (!cd.ok()) {
    return Status::Error(shown + ": unknown encoding '" + encoding + "' (iconv: " + std::strerror(errno) +
                         "; `iconv -l` lists the names)");
  }
  text->clear();
  text->reserve(file.size() + file.size() / 8);
  origin->assign(1, OriginAnchor{0, 0, 0});
  // One character at a time, so each one's place in the file is known: a
  // character is as many bytes as iconv needs to stop asking for more.
  size_t at = 0;
  char buf[64];
  while (at < file.size()) {
    size_t len = 1;
    for (;;) {
      char* in = const_cast<char*>(file.data() + at);
      size_t in_left = len;
      char* out = buf;
      size_t out_left = sizeof buf;
      size_t r = iconv(cd.get(), &in, &in_left, &out, &out_left);
      if (r != static_cast<size_t>(-1) && in_left == 0) {
        size_t wrote = sizeof buf - out_left;
        text->append(buf, wrote);
        at += len;
        if (wrote != len) origin->push_back({text->size(), at, 0});
        break;
      }
      if (r == static_cast<size_t>(-1) && errno == EINVAL && at + len < file.size() && len < 8) {
        ++len;
        continue;
      }
      return Status::Error(shown + ": not " + encoding + " at byte " + std::to_string(at) +
                           (errno == EINVAL ? " (a character cut short)" : ""));
    }
  }
  return Status();
}

}  // namespace apparat::text
