// SHA-256 of a byte buffer, as lowercase hex. Used to fingerprint sources and
// rule sets in the exported graph so a reader can tell which inputs made it.
#pragma once

#include <string>
#include <string_view>

namespace apparat::text {

std::string Sha256Hex(std::string_view bytes);

}  // namespace apparat::text
