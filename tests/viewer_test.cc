#include <catch2/catch.hpp>

#include "export/viewer.h"

using apparat::exporter::ScriptSafeJson;

TEST_CASE("ScriptSafeJson: nothing in a JSON string can end the script element") {
  CHECK(ScriptSafeJson(R"({"t":"a</script><script>x()</script>"})") ==
        R"({"t":"a\u003c/script\u003e\u003cscript\u003ex()\u003c/script\u003e"})");
  CHECK(ScriptSafeJson(R"({"t":"<!-- & -->"})") == R"({"t":"\u003c!-- \u0026 --\u003e"})");
}

TEST_CASE("ScriptSafeJson: line and paragraph separators are escaped, other UTF-8 kept") {
  CHECK(ScriptSafeJson("{\"t\":\"a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\"}") == "{\"t\":\"a\\u2028b\\u2029c\"}");
  CHECK(ScriptSafeJson("{\"t\":\"\xE2\x80\x94 Dzier\xC5\xBCy\xC5\x84ski\"}") ==
        "{\"t\":\"\xE2\x80\x94 Dzier\xC5\xBCy\xC5\x84ski\"}");
  CHECK(ScriptSafeJson("{\"t\":\"\xE2\x80\"}") == "{\"t\":\"\xE2\x80\"}");  // a cut sequence stays
}

TEST_CASE("WriteHtml embeds the graph between the viewer's head and tail") {
  if (!apparat::exporter::ViewerAvailable()) return;
  std::string page = apparat::exporter::WriteHtml("{\"a\":\"</script>\"}\n");
  std::string head(apparat::exporter::ViewerHead()), tail(apparat::exporter::ViewerTail());
  REQUIRE(page.size() > head.size() + tail.size());
  CHECK(page.compare(0, head.size(), head) == 0);
  CHECK(page.substr(head.size(), page.size() - head.size() - tail.size()) == "{\"a\":\"\\u003c/script\\u003e\"}");
  CHECK(head.find("Content-Security-Policy") != std::string::npos);
}
