// The viewer of a build configured with -DAPPARAT_VIEWER=OFF: none.
#include "export/viewer.h"

namespace apparat::exporter {

bool ViewerAvailable() { return false; }
std::string_view ViewerHead() { return {}; }
std::string_view ViewerTail() { return {}; }

}  // namespace apparat::exporter
