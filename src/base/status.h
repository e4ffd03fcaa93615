// Status: the result of an operation that can fail on bad input.
//
// Errors are values, never exceptions across a stage boundary. A failed
// Status carries one line of text that already names the file (and line or
// byte) so the command line can print it as is.
#pragma once

#include <string>
#include <utility>

namespace apparat {

class Status {
 public:
  Status() = default;  // ok
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace apparat
