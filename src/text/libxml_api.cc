#include "text/libxml_api.h"

#include <dlfcn.h>

#include <type_traits>

namespace apparat::text {

namespace {

// With per-thread allocation hooks, `xmlFree` is a function returning the
// deallocator, not the variable read below.
#ifdef LIBXML_THREAD_ALLOC_ENABLED
#error "libxml2 built with LIBXML_THREAD_ALLOC_ENABLED: LoadLibXml reads xmlFree as a variable"
#endif
// The soname of the libxml2 the build found (CMakeLists.txt), so a header of
// one major version is never paired with a library of another.
#ifndef APPARAT_LIBXML2_SONAME
#error "APPARAT_LIBXML2_SONAME must name libxml2's shared library (set by CMakeLists.txt)"
#endif

struct Loaded {
  LibXmlApi api{};
  std::string error;
};

Loaded Load() {
  Loaded out;
  void* lib = ::dlopen(APPARAT_LIBXML2_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    const char* why = ::dlerror();
    out.error = std::string("cannot load libxml2 (") + (why ? why : APPARAT_LIBXML2_SONAME) + ")";
    return out;
  }
  bool ok = true;
  auto find = [&](auto* slot, const char* name) {
    *slot = reinterpret_cast<std::remove_pointer_t<decltype(slot)>>(::dlsym(lib, name));
    if (!*slot && ok) {
      ok = false;
      out.error = std::string("libxml2 (" APPARAT_LIBXML2_SONAME ") has no ") + name;
    }
  };
  LibXmlApi& a = out.api;
  find(&a.NewParserCtxt, "xmlNewParserCtxt");
  find(&a.FreeParserCtxt, "xmlFreeParserCtxt");
  find(&a.CtxtReadMemory, "xmlCtxtReadMemory");
  find(&a.CtxtGetLastError, "xmlCtxtGetLastError");
  find(&a.FreeDoc, "xmlFreeDoc");
  find(&a.DocGetRootElement, "xmlDocGetRootElement");
  find(&a.GetProp, "xmlGetProp");
  find(&a.GetNsProp, "xmlGetNsProp");
  find(&a.HasProp, "xmlHasProp");
  find(&a.NodeGetContent, "xmlNodeGetContent");
  find(&a.GetLineNo, "xmlGetLineNo");
  find(&a.GetDocEntity, "xmlGetDocEntity");
  find(&a.Free, "xmlFree");
  void (*init)() = nullptr;
  find(&init, "xmlInitParser");
  if (ok && !*a.Free) {
    ok = false;
    out.error = "libxml2 (" APPARAT_LIBXML2_SONAME ") has no deallocator set";
  }
  if (!ok) return out;  // the library stays loaded: harmless, and dlclose is not needed to report
  init();
  return out;
}

}  // namespace

const LibXmlApi* LoadLibXml(std::string* error) {
  static const Loaded loaded = Load();
  if (!loaded.error.empty()) {
    *error = loaded.error;
    return nullptr;
  }
  return &loaded.api;
}

}  // namespace apparat::text
