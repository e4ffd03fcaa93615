// Atomic file output: write to a temporary file beside the target, then
// rename over it, so a reader never sees a half-written graph and a failed
// run leaves the previous file untouched.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace apparat::exporter {

Status WriteFileAtomically(const std::string& path, std::string_view contents);

}  // namespace apparat::exporter
