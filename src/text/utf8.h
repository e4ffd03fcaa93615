// UTF-8 helpers for source text.
//
// Takes raw bytes; gives validity checks and code-point decoding. Offsets are
// always byte offsets into the original buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace apparat::text {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos when
// the whole buffer is valid.
size_t FindInvalidUtf8(std::string_view bytes);

// Decodes the code point at `pos` (which must start a valid sequence) and
// stores its length in *len.
uint32_t DecodeAt(std::string_view bytes, size_t pos, size_t* len);

// True when the buffer looks binary (a NUL byte in the first 8 KiB).
bool LooksBinary(std::string_view bytes);

}  // namespace apparat::text
