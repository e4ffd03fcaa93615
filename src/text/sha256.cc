#include "text/sha256.h"

#include <openssl/evp.h>

namespace apparat::text {

// OpenSSL's libcrypto (Debian libssl-dev): its SHA-256 uses the CPU's SHA
// instructions where there are any, several times faster than portable C.
std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * size);
  for (unsigned int i = 0; i < size; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

}  // namespace apparat::text
