#include "text/tei.h"

#include "text/libxml_api.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace apparat::text {

namespace {

// libxml2's functions; ReadTei has loaded them before anything below runs.
const LibXmlApi& Xml() {
  std::string unused;
  return *LoadLibXml(&unused);
}

bool Is(const xmlNode* n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = Xml().GetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  (*Xml().Free)(v);
  return out;
}

// xml:id, whatever prefix the file binds the XML namespace to.
std::string XmlId(const xmlNode* n) {
  xmlChar* v = Xml().GetNsProp(n, reinterpret_cast<const xmlChar*>("id"), XML_XML_NAMESPACE);
  if (!v) return Attr(n, "id");
  std::string out(reinterpret_cast<const char*>(v));
  (*Xml().Free)(v);
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Elements that stand as blocks of their own: a blank line before and after.
bool IsBlock(const xmlNode* n) {
  static const std::set<std::string> kBlocks = {
      "p",       "head",      "ab",     "div",  "opener",     "closer", "salute",  "signed",
      "dateline", "address",  "byline", "list", "item",       "lg",     "table",   "row",
      "postscript", "docTitle", "titlePart", "argument", "epigraph", "floatingText", "body", "front", "back",
      "docAuthor", "docDate", "trailer", "sp", "speaker", "label"};
  return n->type == XML_ELEMENT_NODE && kBlocks.count(reinterpret_cast<const char*>(n->name));
}

// Elements whose text a reader of the edition does not read as the text.
bool IsSkipped(const xmlNode* n) {
  if (Is(n, "fw") || Is(n, "teiHeader") || Is(n, "facsimile") || Is(n, "figDesc")) return true;
  // <choice>: the corrected, expanded, regularised reading.
  if (n->parent && Is(n->parent, "choice")) return Is(n, "sic") || Is(n, "abbr") || Is(n, "orig");
  // <subst>: the text as it was left, its <add>, not the <del> it replaced.
  if (n->parent && Is(n->parent, "subst") && Is(n, "del")) return true;
  // <app>: the base text, its <lem>; the variant readings are not the
  // text. An <app> without a <lem> gives its first reading.
  if (n->parent && Is(n->parent, "app") && (Is(n, "rdg") || Is(n, "rdgGrp"))) {
    bool has_lemma = false;
    const xmlNode* first_reading = nullptr;
    for (const xmlNode* c = n->parent->children; c; c = c->next) {
      has_lemma = has_lemma || Is(c, "lem");
      if (!first_reading && (Is(c, "rdg") || Is(c, "rdgGrp"))) first_reading = c;
    }
    return has_lemma || n != first_reading;
  }
  return false;
}

const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};

// "1922-12-13" -> "13 December 1922", as the dates stage reads dates.
std::string ReadableDate(const std::string& iso) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) < 1 || y <= 0) return {};
  if (m < 1 || m > 12) return std::to_string(y);
  std::string month = kMonths[m - 1];
  return (d >= 1 && d <= 31 ? std::to_string(d) + " " : "") + month + " " + std::to_string(y);
}

class TextWriter {
 public:
  TextWriter(Document* doc, const std::map<std::string, std::string>& idno) : doc_(doc), idno_(idno) {}

  void Block() {
    TrimSpace();
    if (!out().empty() && out().compare(out().size() - std::min<size_t>(2, out().size()), 2, "\n\n") != 0) {
      out() += out().back() == '\n' ? "\n" : "\n\n";
    }
  }

  void LineBreak() {
    TrimSpace();
    if (!out().empty() && out().back() != '\n') out() += '\n';
  }

  // Text as XML display shows it: every run of white space one space, none
  // at the start of a line. An anchor for each line of the file it spans.
  void Text(std::string_view t, int line) {
    Anchor(line);
    line_ = line;
    for (char c : t) {
      if (c == '\n') Anchor(line_ = ++line);
      if (IsSpace(c)) {
        if (!out().empty() && out().back() != ' ' && out().back() != '\n') out() += ' ';
      } else {
        out() += c;
      }
    }
  }

  // The authority URI of a @ref: the first pointer, a "#id" followed to the
  // header's <idno>.
  std::string Ref(const xmlNode* n) const {
    std::string ref = Attr(n, "ref");
    size_t end = ref.find_first_of(" \t\n\r");
    ref = ref.substr(0, end);
    if (!ref.empty() && ref[0] == '#') {
      auto it = idno_.find(ref.substr(1));
      return it == idno_.end() ? std::string() : it->second;
    }
    return ref.find("://") == std::string::npos ? std::string() : ref;
  }

  void Walk(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        std::string_view t = reinterpret_cast<const char*>(c->content);
        // libxml2 gives a text node the line the parser had reached when it
        // made the node: its end, or for a long node the end of its first
        // chunk. Its first line is that less its line breaks, but never
        // before the element or text read last.
        int line = static_cast<int>(Xml().GetLineNo(c)) - static_cast<int>(std::count(t.begin(), t.end(), '\n'));
        Text(t, std::max(line, line_));
        continue;
      }
      if (c->type == XML_ENTITY_REF_NODE) {
        // An entity the file declares itself ("<!ENTITY ndash '–'>") is its
        // text; an external one is never read.
        const xmlEntity* e = Xml().GetDocEntity(c->doc, c->name);
        if (e && e->etype == XML_INTERNAL_GENERAL_ENTITY && e->content) {
          Text(reinterpret_cast<const char*>(e->content), line_);
        }
        continue;
      }
      if (c->type != XML_ELEMENT_NODE || IsSkipped(c)) continue;
      if (Is(c, "note")) {
        notes_.push_back(c);
        if (!out().empty() && out().back() != ' ' && out().back() != '\n') out() += ' ';
        continue;
      }
      if (Is(c, "lb") || Is(c, "l")) LineBreak();
      if (Is(c, "lb")) continue;
      bool block = IsBlock(c);
      if (block) Block();
      line_ = static_cast<int>(Xml().GetLineNo(c));
      Anchor(line_);
      bool name = Is(c, "persName") || Is(c, "orgName") || Is(c, "roleName");
      bool date = Is(c, "date") && (Xml().HasProp(c, reinterpret_cast<const xmlChar*>("when")) ||
                                    Xml().HasProp(c, reinterpret_cast<const xmlChar*>("from")));
      size_t start = out().size();
      Walk(c);
      size_t end = out().size();
      while (end > start && IsSpace(out()[end - 1])) --end;
      while (start < end && IsSpace(out()[start])) ++start;
      if (end > start && name) {
        MarkedKind kind = Is(c, "persName") ? MarkedKind::kPerson
                          : Is(c, "orgName") ? MarkedKind::kBody
                                             : MarkedKind::kPost;
        doc_->marked_names.push_back({start, end, kind, Ref(c)});
      }
      if (end > start && date) {
        std::string when = Attr(c, "when");
        doc_->marked_dates.push_back({start, end, when.empty() ? Attr(c, "from") : when, Attr(c, "to")});
      }
      if (Is(c, "l")) LineBreak();
      if (block) Block();
    }
  }

  // The notes moved out of the running text, each a paragraph after it.
  void Notes() {
    for (size_t i = 0; i < notes_.size(); ++i) {  // a note inside a note joins the list
      Block();
      line_ = static_cast<int>(Xml().GetLineNo(notes_[i]));
      Anchor(line_);
      std::string n = Attr(notes_[i], "n");
      if (!n.empty()) out() += "[" + n + "] ";
      Walk(notes_[i]);
    }
    Block();
  }

  // "Letter from A and B to C, 13 December 1922." from <correspDesc>.
  void Letter(const xmlNode* corresp) {
    std::vector<const xmlNode*> senders, recipients;
    std::string date;
    int line = static_cast<int>(Xml().GetLineNo(corresp));
    for (const xmlNode* a = corresp->children; a; a = a->next) {
      if (!Is(a, "correspAction")) continue;
      std::string type = Attr(a, "type");
      for (const xmlNode* p = a->children; p; p = p->next) {
        if (Is(p, "date") && type == "sent") date = Attr(p, "when");
        if (!Is(p, "persName") && !Is(p, "orgName")) continue;
        if (type == "sent") senders.push_back(p);
        if (type == "received") recipients.push_back(p);
      }
    }
    if (senders.empty() || recipients.empty()) return;
    MarkedLetter letter;
    letter.start = out().size();
    letter.date = date;
    Anchor(line);
    out() += "Letter from ";
    Parties(senders, &letter.senders);
    out() += " to ";
    Parties(recipients, &letter.recipients);
    std::string readable = ReadableDate(date);
    if (!readable.empty()) {
      out() += ", ";
      doc_->marked_dates.push_back({out().size(), out().size() + readable.size(), date, ""});
      out() += readable;
    }
    out() += ".";
    letter.end = out().size();
    doc_->marked_letters.push_back(std::move(letter));
    Block();
  }

 private:
  std::string& out() { return doc_->bytes; }

  void Parties(const std::vector<const xmlNode*>& parties, std::vector<std::pair<size_t, size_t>>* spans) {
    for (size_t i = 0; i < parties.size(); ++i) {
      if (i) out() += i + 1 == parties.size() ? " and " : ", ";
      size_t start = out().size();
      xmlChar* content = Xml().NodeGetContent(parties[i]);
      std::string name = content ? reinterpret_cast<const char*>(content) : "";
      (*Xml().Free)(content);
      Text(name, static_cast<int>(Xml().GetLineNo(parties[i])));
      TrimSpace();
      spans->push_back({start, out().size()});
      doc_->marked_names.push_back({start, out().size(),
                                    Is(parties[i], "orgName") ? MarkedKind::kBody : MarkedKind::kPerson,
                                    Ref(parties[i])});
    }
  }

  void TrimSpace() {
    while (!out().empty() && out().back() == ' ') out().pop_back();
  }

  void Anchor(int line) {
    auto& o = doc_->origin;
    if (line <= 0 || (!o.empty() && o.back().line == line)) return;
    if (!o.empty() && o.back().text == out().size()) {
      o.back().line = line;
      return;
    }
    o.push_back({out().size(), 0, line});
  }

  Document* doc_;
  const std::map<std::string, std::string>& idno_;
  std::vector<const xmlNode*> notes_;
  int line_ = 0;  // the XML line reached, as far as the tree tells
};

const xmlNode* Child(const xmlNode* n, const char* name) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
    if (Is(c, name)) return c;
  }
  return nullptr;
}

// Depth-first: the first element called `name` under n.
const xmlNode* Find(const xmlNode* n, const char* name) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
    if (Is(c, name)) return c;
    if (const xmlNode* f = Find(c, name)) return f;
  }
  return nullptr;
}

// The <TEI> documents of `root`: itself, or the members of a <teiCorpus>
// at any depth, in document order.
void CollectMembers(const xmlNode* root, std::vector<const xmlNode*>* out) {
  if (Is(root, "TEI")) {
    out->push_back(root);
    return;
  }
  for (const xmlNode* c = root ? root->children : nullptr; c; c = c->next) {
    if (Is(c, "TEI") || Is(c, "teiCorpus")) CollectMembers(c, out);
  }
}

// xml:id -> the first <idno> of each <person>, <org> and <place> of the header.
void CollectIdnos(const xmlNode* n, std::map<std::string, std::string>* out) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (Is(c, "person") || Is(c, "org") || Is(c, "place") || Is(c, "personGrp")) {
      std::string id = XmlId(c);
      if (const xmlNode* idno = Child(c, "idno"); idno && !id.empty()) {
        xmlChar* v = Xml().NodeGetContent(idno);
        std::string uri = v ? reinterpret_cast<const char*>(v) : "";
        (*Xml().Free)(v);
        uri.erase(0, uri.find_first_not_of(" \t\r\n"));
        uri.erase(uri.find_last_not_of(" \t\r\n") + 1);
        if (uri.find("://") != std::string::npos) out->emplace(id, uri);
      }
    }
    CollectIdnos(c, out);
  }
}

struct DocFree {
  void operator()(xmlDoc* d) const { Xml().FreeDoc(d); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* c) const { Xml().FreeParserCtxt(c); }
};

}  // namespace

bool IsTeiName(const std::string& path) {
  if (path.size() < 4) return false;
  std::string ext = path.substr(path.size() - 4);
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".xml";
}

Status ReadTei(std::string_view file, const std::string& shown, Document* doc) {
  std::string why_not_loaded;
  if (!LoadLibXml(&why_not_loaded)) return Status::Error(shown + ": cannot read TEI: " + why_not_loaded);
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(Xml().NewParserCtxt());
  if (!ctxt) return Status::Error(shown + ": cannot start the XML parser");
  // No network, no DTD, no entity expansion, no messages on stderr: the
  // error is returned below.
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
  std::unique_ptr<xmlDoc, DocFree> xml(
      Xml().CtxtReadMemory(ctxt.get(), file.data(), static_cast<int>(std::min<size_t>(file.size(), INT32_MAX)),
                        nullptr, nullptr, options));
  if (!xml || !ctxt->wellFormed) {
    const xmlError* e = Xml().CtxtGetLastError(ctxt.get());
    std::string why = e && e->message ? e->message : "not well-formed";
    while (!why.empty() && IsSpace(why.back())) why.pop_back();
    // One line: libxml2 puts the bad bytes of an encoding error on a second.
    for (char& c : why) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    return Status::Error(shown + ":" + std::to_string(e ? e->line : 0) + ": not well-formed XML: " + why);
  }
  const xmlNode* root = Xml().DocGetRootElement(xml.get());
  if (!root || !(Is(root, "TEI") || Is(root, "teiCorpus"))) {
    return Status::Error(shown + ": not a TEI document (root element <" +
                         (root ? reinterpret_cast<const char*>(root->name) : "none") + ">, TEI P5 has <TEI>)");
  }
  // A <teiCorpus> holds several <TEI> documents (and maybe corpora of its
  // own): every member's text is read, in order, after its own letter
  // header; names are resolved against every header of the file.
  std::vector<const xmlNode*> members;
  CollectMembers(root, &members);
  std::map<std::string, std::string> idno;
  CollectIdnos(Find(root, "teiHeader"), &idno);
  for (const xmlNode* m : members) CollectIdnos(Find(m, "teiHeader"), &idno);
  doc->bytes.clear();
  doc->origin.clear();
  TextWriter w(doc, idno);
  const xmlNode* text = nullptr;
  for (const xmlNode* m : members) {
    if (const xmlNode* corresp = Find(Find(m, "teiHeader"), "correspDesc")) w.Letter(corresp);
    if (const xmlNode* t = Find(m, "text")) {
      w.Walk(t);
      text = t;
    }
  }
  w.Notes();
  while (!doc->bytes.empty() && IsSpace(doc->bytes.back())) doc->bytes.pop_back();
  if (!doc->bytes.empty()) doc->bytes += '\n';
  if (doc->origin.empty() || doc->origin.front().text != 0) {
    doc->origin.insert(doc->origin.begin(), OriginAnchor{0, 0, doc->origin.empty() ? 1 : doc->origin.front().line});
  }
  if (doc->bytes.find_first_not_of(" \n") == std::string::npos) {
    return Status::Error(shown + ": TEI document with no text" + (text ? "" : " (no <text> element)"));
  }
  return Status();
}

}  // namespace apparat::text
