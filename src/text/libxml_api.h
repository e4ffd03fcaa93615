// LibXmlApi: the libxml2 functions the TEI reader calls, loaded from the
// shared library the first time a TEI file is read.
//
// Why not linked: Debian's libxml2 brings ICU, zlib and liblzma, and loading
// and relocating them cost every apparat process about 4 ms and 130 page
// faults at start, `apparat query` and a build without any XML source
// included (docs/performance.md, "Start-up"). The headers are libxml2's, so
// every pointer below has the library's own type.
//
// Thread safety: LoadLibXml may be called from several threads at once; the
// library is loaded once and never unloaded, and the returned table is
// immutable and shared.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <string>

namespace apparat::text {

struct LibXmlApi {
  decltype(&::xmlNewParserCtxt) NewParserCtxt;
  decltype(&::xmlFreeParserCtxt) FreeParserCtxt;
  decltype(&::xmlCtxtReadMemory) CtxtReadMemory;
  decltype(&::xmlCtxtGetLastError) CtxtGetLastError;
  decltype(&::xmlFreeDoc) FreeDoc;
  decltype(&::xmlDocGetRootElement) DocGetRootElement;
  decltype(&::xmlGetProp) GetProp;
  decltype(&::xmlGetNsProp) GetNsProp;
  decltype(&::xmlHasProp) HasProp;
  decltype(&::xmlNodeGetContent) NodeGetContent;
  decltype(&::xmlGetLineNo) GetLineNo;
  decltype(&::xmlGetDocEntity) GetDocEntity;
  // Frees what GetProp and NodeGetContent return (libxml2's `xmlFree`, a
  // variable holding the library's deallocator).
  xmlFreeFunc* Free;
};

// The table, with xmlInitParser already called; or null, with *error saying
// which library could not be loaded or which symbol it lacks.
const LibXmlApi* LoadLibXml(std::string* error);

}  // namespace apparat::text
