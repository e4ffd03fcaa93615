// Layout: the marks of a file's format that are not its words.
//
// Takes the bytes of one document; gives, when the file carries such marks,
// a reading copy of the same length in which they are white space, so that
// every offset into the copy is an offset into the original file and the
// later stages read the copy instead of the original:
//   - quotation marks of e-mail and Markdown: ">" (and ">>", "> >")
//     opening a line. "> Trotsky wrote to\n> Stalin" reads as one sentence.
//   - subtitle files (SRT, WebVTT: two or more "00:00:32,600 --> ..."
//     timecode lines): cue numbers, timecodes, the WEBVTT line and tags
//     ("<i>", "</i>", "{\an8}"). A subtitle's line breaks are the screen's,
//     not the writer's: the lines of a cue, and the cues of one sentence,
//     read as one run of text. A cue with no lower-case letter (a caption
//     "MOSCOW, OCTOBER 1923", "[MUSIC]"), a cue opening with a speaker's
//     label ("NARRATOR:") or a dash, and a cue after one ending on a
//     capitalised word (a name caption) keep their breaks.
// Line numbers of sentences found in the copy are counted in the original
// (NumberLines). Pure functions of their inputs; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/segmenter.h"

namespace apparat::text {

// Fills *view with the reading copy of `bytes` (from body_start on; the
// bytes before it are copied) and returns true; returns false, leaving
// *view untouched, when the file has no such marks: then the original is
// the reading copy. Cost: one pass over the line starts, plus one over the
// lines of a file that holds "-->".
bool ReadingView(std::string_view bytes, size_t body_start, std::string* view);

// Sets each sentence's 1-based line to the line of its start in `original`
// (the sentences are sorted by start, as SplitSentences gives them).
void NumberLines(std::string_view original, std::vector<Sentence>* sentences);

}  // namespace apparat::text
