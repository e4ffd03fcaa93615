// UTF-8 helpers for source text.
//
// Takes raw bytes; gives validity checks and code-point decoding. Offsets are
// always byte offsets into the original buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
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

// The offset of the first NUL byte in the first 8 KiB (what LooksBinary
// tests), or npos.
size_t FirstNulByte(std::string_view bytes);

// Valid UTF-8 for any bytes: each byte of an invalid sequence becomes the
// four characters "\xHH" (upper-case hex); valid text is unchanged. Used for
// file names, which POSIX lets hold any byte but every output format needs as
// UTF-8. (A name that already spells "\xHH" is indistinguishable; such names
// are documented in docs/robustness.md.)
std::string EscapeInvalidUtf8(std::string_view bytes);

// Text safe to print on a terminal: invalid UTF-8 as EscapeInvalidUtf8 does,
// and control characters (C0 except newline when keep_newlines, and tab;
// DEL; C1 U+0080-U+009F) as "\xHH" / "\u00HH", so a source cannot move the
// cursor, change colours or retitle the window of whoever reads the output.
std::string EscapeForTerminal(std::string_view text, bool keep_newlines);

}  // namespace apparat::text
