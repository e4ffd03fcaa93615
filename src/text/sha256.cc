#include "text/sha256.h"

#include <nettle/sha2.h>

namespace apparat::text {

// Nettle (Debian nettle-dev): its SHA-256 uses the CPU's SHA instructions
// where there are any, as fast as OpenSSL's here (1.36 GB/s both), and the
// library is small: OpenSSL's libcrypto added 3-4 ms and 125 page faults to
// the start of every apparat process, `apparat query` included, in relocating
// itself at load.
std::string Sha256Hex(std::string_view bytes) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&context, sizeof digest, digest);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * sizeof digest);
  for (uint8_t byte : digest) {
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
  }
  return out;
}

}  // namespace apparat::text
