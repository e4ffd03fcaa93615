// Large documents: one file of many megabytes read by several threads.
//
// Takes a Document and an Extractor; gives the same DocumentFacts shape as
// Extractor::Extract. A document of at least kSplitBytes is cut into pieces
// of about kPieceBytes at paragraph breaks (a blank line; failing that, a
// line break; failing that, a character boundary), each piece extracted on
// its own — on up to `threads` threads — and the pieces' facts joined in
// order, with offsets and lines of the whole file. Where the cuts fall
// depends on the bytes alone, never on `threads`, so the result is the same
// for any -j, in `build` and in `extract`. A piece reads nothing of its
// neighbours: a pronoun, a letter or a date context does not reach across a
// cut (one cut per 2 MB of text).
// Safe to call from several threads at once.
#pragma once

#include <cstddef>

#include "extract/extractor.h"

namespace apparat::extract {

inline constexpr size_t kPieceBytes = size_t{2} << 20;
inline constexpr size_t kSplitBytes = 4 * kPieceBytes;

DocumentFacts ExtractDocument(const Extractor& extractor, const text::Document& doc, int threads);

}  // namespace apparat::extract
