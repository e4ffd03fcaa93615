// Large documents: one file of many megabytes read by several threads.
//
// Takes a Document and an Extractor; gives the document's facts, either
// piece by piece as each piece is done (ExtractDocumentPieces: what the
// graph build merges as it goes) or joined into the DocumentFacts shape of
// Extractor::Extract (ExtractDocument: what a facts shard holds).
//
// A document of at least kSplitBytes is cut into pieces of about
// kPieceBytes at paragraph breaks (a blank line; failing that, a line
// break; failing that, a character boundary), each piece extracted on its
// own — on up to `threads` threads — with offsets and lines of the whole
// file. Where the cuts fall depends on the bytes alone, never on
// `threads`, so the result is the same for any -j, in `build` and in
// `extract`. A piece reads nothing of its neighbours: a pronoun, a letter
// or a date context does not reach across a cut (one cut per 2 MB of
// text). Only the pieces being read are copied out of the document, and a
// piece's facts are handed on as soon as it is done, so memory holds the
// document once, not its facts.
//
// Both functions are safe to call from several threads at once. An
// exception thrown while reading a piece (or by `take`) stops the other
// threads before their next piece and is rethrown to the caller, after
// every thread has finished.
#pragma once

#include <cstddef>
#include <functional>

#include "extract/extractor.h"

namespace apparat::extract {

inline constexpr size_t kPieceBytes = size_t{2} << 20;
inline constexpr size_t kSplitBytes = 4 * kPieceBytes;

// Called once per piece, numbered from 0 in the document's order, with the
// piece's facts and its length in bytes; a document not cut gives one call
// (piece 0, the whole document). Pieces finish in any order, and `take`
// may be called from several threads at once, each call with its own
// piece. Every piece's facts carry the whole file's name, path, SHA-256
// and size, and list the entities that piece mentions.
using PieceSink = std::function<void(size_t piece, DocumentFacts facts, size_t piece_bytes)>;

void ExtractDocumentPieces(const Extractor& extractor, const text::Document& doc, int threads, const PieceSink& take);

// The pieces joined in order: one record per entity (a name two pieces
// spell differently is merged as the graph merges documents), the facts
// in the document's order.
DocumentFacts ExtractDocument(const Extractor& extractor, const text::Document& doc, int threads);

}  // namespace apparat::extract
