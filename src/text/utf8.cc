#include "text/utf8.h"

#include <string_view>

namespace apparat::text {

namespace {
// Length of the sequence introduced by lead byte `c`, or 0 if `c` cannot
// start one.
size_t SequenceLength(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}
}  // namespace

size_t FindInvalidUtf8(std::string_view b) {
  size_t i = 0;
  const size_t n = b.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = SequenceLength(c);
    if (len == 0 || i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(b[i + k]) & 0xC0) != 0x80) return i;
    }
    unsigned char c1 = static_cast<unsigned char>(b[i + 1]);
    // Reject overlong forms, surrogates and code points above U+10FFFF.
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) ||
        (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

uint32_t DecodeAt(std::string_view b, size_t pos, size_t* len) {
  unsigned char c = static_cast<unsigned char>(b[pos]);
  size_t n = SequenceLength(c);
  if (n == 0 || pos + n > b.size()) n = 1;
  *len = n;
  if (n == 1) return c;
  uint32_t cp = c & (0xFF >> (n + 1));
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(b[pos + k]) & 0x3F);
  return cp;
}

bool LooksBinary(std::string_view b) { return FirstNulByte(b) != std::string_view::npos; }

size_t FirstNulByte(std::string_view b) { return b.substr(0, 8192).find('\0'); }

namespace {
void AppendHexByte(std::string* out, const char* prefix, unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  *out += prefix;
  *out += kHex[c >> 4];
  *out += kHex[c & 15];
}

// Escapes what EscapeInvalidUtf8 escapes; `controls` also escapes control
// characters (see EscapeForTerminal).
std::string Escape(std::string_view b, bool controls, bool keep_newlines) {
  std::string out;
  out.reserve(b.size());
  size_t i = 0;
  while (i < b.size()) {
    size_t bad = FindInvalidUtf8(b.substr(i));
    size_t valid_end = bad == std::string_view::npos ? b.size() : i + bad;
    for (; i < valid_end; ++i) {
      unsigned char c = static_cast<unsigned char>(b[i]);
      if (controls && ((c < 0x20 && c != '\t' && !(keep_newlines && c == '\n')) || c == 0x7F)) {
        AppendHexByte(&out, "\\x", c);
      } else if (controls && c == 0xC2 && i + 1 < valid_end && static_cast<unsigned char>(b[i + 1]) < 0xA0) {
        // C1 controls (U+0080-U+009F): CSI (U+009B) is read as ESC [ by
        // many terminals.
        AppendHexByte(&out, "\\u00", static_cast<unsigned char>(b[i + 1]));
        ++i;
      } else {
        out += static_cast<char>(c);
      }
    }
    if (i < b.size()) AppendHexByte(&out, "\\x", static_cast<unsigned char>(b[i++]));
  }
  return out;
}
}  // namespace

std::string EscapeInvalidUtf8(std::string_view bytes) { return Escape(bytes, false, false); }

std::string EscapeForTerminal(std::string_view text, bool keep_newlines) { return Escape(text, true, keep_newlines); }

}  // namespace apparat::text
