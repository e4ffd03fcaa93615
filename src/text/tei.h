// TEI: a TEI P5 XML file -> the text a reader of the edition sees, with the
// names, dates and letters the encoder marked.
//
// Takes the file's bytes; fills a Document (source.h): `bytes` holds the
// text of <text> — paragraphs and other blocks separated by blank lines,
// <lb/> as a line break, white space collapsed as XML display does, notes
// moved out of the running text to the end (each a paragraph of its own),
// editorial <choice> read as corrected, expanded and regularised; a letter's
// catalogue entry (<correspDesc>) becomes a first paragraph, "Letter from A
// to B, 13 December 1922.", marked as a letter. `origin` maps every text
// offset to the line of the XML file it came from (offsets stay text
// offsets). <persName>, <orgName> and <roleName> are marked names whose
// `ref` is the @ref URI (a "#id" pointer is followed to that person's or
// organisation's <idno> in the header); <date when|from|to> a marked date.
//
// Parsing is libxml2's (loaded with the first TEI file: libxml_api.h), with no network, no DTD loading and no entity
// expansion, so a file cannot make the reader fetch or read anything else.
// Safe to call from several threads at once.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "text/source.h"

namespace apparat::text {

// True for a name ending in ".xml" (any case).
bool IsTeiName(const std::string& path);

// Reads `file` into doc->bytes, origin and marks. Fails, naming `shown`, on
// XML that is not well-formed (with libxml2's message and the line), or on
// a document whose root is not <TEI> (or <teiCorpus>).
Status ReadTei(std::string_view file, const std::string& shown, Document* doc);

}  // namespace apparat::text
