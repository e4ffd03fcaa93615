#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <fstream>
#include <thread>

#include "test_util.h"
#include "text/decode.h"
#include "text/layout.h"
#include "text/mapped_file.h"
#include "text/segmenter.h"
#include "text/sha256.h"
#include "text/source.h"
#include "text/tei.h"
#include "text/tokens.h"
#include "text/utf8.h"

using namespace apparat;

namespace {
std::vector<std::string> SentenceTexts(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& x : text::SplitSentences(s)) out.push_back(s.substr(x.start, x.end - x.start));
  return out;
}
// The sentences of `s` as read through its reading copy, with their lines.
std::vector<std::pair<std::string, int>> ReadSentences(const std::string& s) {
  std::string view;
  std::string_view read = s;
  if (text::ReadingView(s, 0, &view)) read = view;
  auto sentences = text::SplitSentences(read);
  text::NumberLines(s, &sentences);
  std::vector<std::pair<std::string, int>> out;
  for (const auto& x : sentences) {
    // White space squeezed, so that the tests read as the text does.
    std::string t;
    for (char c : read.substr(x.start, x.end - x.start)) {
      bool space = c == ' ' || c == '\n';
      if (!(space && (t.empty() || t.back() == ' '))) t += space ? ' ' : c;
    }
    out.emplace_back(t, x.line);
  }
  return out;
}
}  // namespace

TEST_CASE("a file without quotation marks or timecodes is its own reading copy") {
  std::string view = "untouched";
  CHECK_FALSE(text::ReadingView("Trotsky wrote to Stalin -> 3 > 2.\nA > B.", 0, &view));
  CHECK_FALSE(text::ReadingView("<!-- a comment --> Trotsky wrote.", 0, &view));
  CHECK(view == "untouched");
}

TEST_CASE("quotation marks opening lines read as space, offsets kept") {
  std::string mail = "On Monday, Ann wrote:\n> In the week of the plenum Trotsky wrote a long letter to\n> > Stalin on 5 March.\n>\n> Kamenev agreed.\n";
  std::string view;
  REQUIRE(text::ReadingView(mail, 0, &view));
  CHECK(view.size() == mail.size());
  CHECK(view.substr(22, 10) == "  In the w");
  CHECK(view.substr(mail.find("> > Stalin"), 10) == "    Stalin");
  auto s = ReadSentences(mail);
  REQUIRE(s.size() == 3);
  CHECK(s[1] == std::make_pair(std::string("In the week of the plenum Trotsky wrote a long letter to Stalin on 5 March."), 2));
  CHECK(s[2] == std::make_pair(std::string("Kamenev agreed."), 5));
}

TEST_CASE("a subtitle file reads as its sentences, across cues, on the file's lines") {
  std::string srt =
      "1\n00:00:03,200 --> 00:00:07,480\n<i>MOSCOW, OCTOBER 1923</i>\n\n"
      "2\n00:00:09,000 --> 00:00:12,600\nOn 8 October Trotsky sent a letter\n\n"
      "3\n00:00:12,900 --> 00:00:15,700\nto the members of\nthe Central Committee.\n\n"
      "4\n00:00:16,000 --> 00:00:18,000\nAmong them were Preobrazhensky,\n\n"
      "5\n00:00:18,100 --> 00:00:20,000\nSerebryakov and Pyatakov.\n\n"
      "6\n00:00:21,000 --> 00:00:23,000\nNARRATOR: Stalin said nothing\n";
  auto s = ReadSentences(srt);
  REQUIRE(s.size() == 4);
  CHECK(s[0] == std::make_pair(std::string("MOSCOW, OCTOBER 1923"), 3));  // a caption stands alone
  CHECK(s[1] == std::make_pair(std::string("On 8 October Trotsky sent a letter to the members of the Central Committee."), 7));
  CHECK(s[2].first == "Among them were Preobrazhensky, Serebryakov and Pyatakov.");
  CHECK(s[3] == std::make_pair(std::string("NARRATOR: Stalin said nothing"), 24));  // a speaker's turn starts afresh
  // WebVTT: no cue numbers, hours optional, settings after the timecode.
  auto vtt = ReadSentences("WEBVTT\n\n00:01.000 --> 00:04.000 line:0\nKamenev read the letter\n\n"
                           "00:04.500 --> 00:06.000\naloud to the plenum.\n");
  REQUIRE(vtt.size() == 1);
  CHECK(vtt[0] == std::make_pair(std::string("Kamenev read the letter aloud to the plenum."), 4));
  // A voice tag opens a turn; a Cyrillic cue is text, not a caption; prose
  // between two cues keeps its lines.
  auto voices = ReadSentences("WEBVTT\n\n00:01.000 --> 00:04.000\n<v Lenin>I trust him\n\n"
                              "00:04.500 --> 00:06.000\n<v Trotsky>and we object.\n");
  CHECK(voices.size() == 2);
  auto cyrillic = ReadSentences("1\n00:00:01,000 --> 00:00:02,000\n\xd0\x9b\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbd \xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbb\n\n"
                                "2\n00:00:03,000 --> 00:00:04,000\n\xd0\xa1\xd1\x82\xd0\xb0\xd0\xbb\xd0\xb8\xd0\xbd\xd1\x83.\n");
  CHECK(cyrillic.size() == 1);
  std::string prose = "1\n00:00:01,000 --> 00:00:02,000\nStalin wrote\n\nA heading\n\n"
                      "2\n00:00:03,000 --> 00:00:04,000\nto Kamenev.\n";
  std::string view;
  REQUIRE(text::ReadingView(prose, 0, &view));
  CHECK(view.find("A heading") != std::string::npos);
  CHECK(view.find("wrote\n") != std::string::npos);  // not joined across the prose
}

TEST_CASE("invalid UTF-8 is found at its byte offset") {
  CHECK(text::FindInvalidUtf8("plain ascii") == std::string::npos);
  CHECK(text::FindInvalidUtf8("Lénine et Trotski") == std::string::npos);
  CHECK(text::FindInvalidUtf8("abc\xff" "def") == 3);
  CHECK(text::FindInvalidUtf8("ab\xc3") == 2);           // truncated sequence
  CHECK(text::FindInvalidUtf8("\xc0\xaf") == 0);         // overlong
  CHECK(text::FindInvalidUtf8("x\xed\xa0\x80") == 1);    // surrogate
}

TEST_CASE("reading documents rejects empty, binary and non-UTF-8 files") {
  testing::TempDir dir;
  text::Document doc;
  CHECK_FALSE(text::ReadDocument(dir.Write("empty.txt", ""), &doc).ok());
  Status bin = text::ReadDocument(dir.Write("bin.txt", std::string("ab\0cd", 5)), &doc);
  CHECK_THAT(bin.message(), Catch::Contains("binary"));
  Status bad = text::ReadDocument(dir.Write("bad.txt", "Stalin\xfe"), &doc);
  CHECK_THAT(bad.message(), Catch::Contains("bad.txt") && Catch::Contains("byte 6"));
  CHECK_FALSE(text::ReadDocument(dir.path() + "/missing.txt", &doc).ok());
  REQUIRE(text::ReadDocument(dir.Write("bom.txt", "\xEF\xBB\xBFLenin wrote."), &doc).ok());
  CHECK(doc.body_start == 3);
  CHECK(doc.name == "bom.txt");
}

TEST_CASE("a document is read into a string of its own size, once") {
  testing::TempDir dir;
  std::string text;
  for (int i = 0; text.size() < (size_t{3} << 20); ++i) text += "Line " + std::to_string(i) + " of the archive.\n";
  text::Document doc;
  REQUIRE(text::ReadDocument(dir.Write("big.txt", text), &doc).ok());
  CHECK(doc.bytes == text);
  // Reading past the size stat gave (to see whether the file grew) once
  // copied every file into a string half as large again.
  CHECK(doc.bytes.capacity() < text.size() + 4096);
}

TEST_CASE("collecting sources walks directories and reports bad paths") {
  testing::TempDir dir;
  dir.Write("a/one.txt", "x");
  dir.Write("a/b/two.md", "y");
  dir.Write("a/skip.pdf", "z");
  std::vector<text::SourcePath> paths;
  REQUIRE(text::CollectSources({dir.path() + "/a"}, &paths).ok());
  REQUIRE(paths.size() == 2);
  CHECK(paths[0].name == "b/two.md");  // relative to the directory given
  CHECK(paths[1].name == "one.txt");
  dir.Write("c/one.txt", "w");
  REQUIRE(text::CollectSources({dir.path() + "/a", dir.path() + "/c"}, &paths).ok());
  REQUIRE(paths.size() == 3);
  // Named relative to the directory holding both roots, whatever the order.
  CHECK(paths[0].name == "a/b/two.md");
  CHECK(paths[1].name == "a/one.txt");
  CHECK(paths[2].name == "c/one.txt");
  std::vector<text::SourcePath> reversed;
  REQUIRE(text::CollectSources({dir.path() + "/c", dir.path() + "/a/"}, &reversed).ok());
  REQUIRE(reversed.size() == 3);
  for (size_t i = 0; i < 3; ++i) CHECK(reversed[i].name == paths[i].name);
  CHECK_FALSE(text::CollectSources({dir.path() + "/nope"}, &paths).ok());
  dir.Write("empty/readme.pdf", "z");
  Status s = text::CollectSources({dir.path() + "/empty"}, &paths);
  CHECK_THAT(s.message(), Catch::Contains("no .txt, .md or .xml"));
}

TEST_CASE("initials and abbreviations do not end a sentence") {
  auto s = SentenceTexts("J. V. Stalin met N.K. Krupskaya. The C.C. met on Monday. See pp. 12-14 for the R.C.P.(B.) rules. It ended.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "J. V. Stalin met N.K. Krupskaya.");
  CHECK(s[1] == "The C.C. met on Monday.");
  CHECK(s[2] == "See pp. 12-14 for the R.C.P.(B.) rules.");
}

TEST_CASE("in a file that is not hard-wrapped every line break ends a sentence") {
  std::string para;
  for (int i = 0; i < 6; ++i) para += "the committee met again and argued at length without result ";
  auto s = SentenceTexts("Address line, Town\nA heading line that runs on with no stop at its end\nThen " + para + "end.");
  REQUIRE(s.size() == 3);
  CHECK(s[1] == "A heading line that runs on with no stop at its end");
  // Hard-wrapped prose of ordinary width stays one sentence.
  auto w = SentenceTexts("The committee met again on Monday and argued at length without\nResult or agreement of any kind.");
  CHECK(w.size() == 1);
}

TEST_CASE("a narrow column is measured against its own widest line") {
  // A script's dialogue wrapped at 48 columns: its lines run on, though
  // each is under the usual short-line measure; the speaker tag before
  // them stands alone.
  auto s = SentenceTexts(
      "          NARRATOR (V.O.)\n"
      "          On the 6th Lenin sent his last letter of all to\n"
      "          Mdivani, Makharadze and their comrades, with\n"
      "          copies to Trotsky and Kamenev.\n");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "NARRATOR (V.O.)");
  CHECK(s[1].rfind("On the 6th", 0) == 0);
  // Lines of unequal width (an address, a list of names) still stand alone.
  auto a = SentenceTexts("Comrade Stalin\nCopy to Kamenev and to Zinoviev and Bukharin\nMoscow\nThe Kremlin\n");
  CHECK(a.size() == 4);
}

TEST_CASE("bullets flattened onto one line end their items") {
  auto s = SentenceTexts("\u2022 Kamenev spoke first \u2022 Zinoviev agreed with him \u25AA Stalin said nothing.");
  REQUIRE(s.size() == 3);
  CHECK(s[1] == "Zinoviev agreed with him");
  // A bullet inside a word or number is not a list mark.
  CHECK(SentenceTexts("Pages 3\u20224 of the notes.").size() == 1);
}

TEST_CASE("a line opening with a bullet ends the line before it") {
  auto s = SentenceTexts("He did this with his new book on the party and its past\n-Trotsky had a large role in it\n"
                         "- Kamenev spoke against it\nIn the first round of the long evening the vote stood at\n-12 for the motion, a record.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "He did this with his new book on the party and its past");
  CHECK(s[1] == "-Trotsky had a large role in it");
}

TEST_CASE("footnote markers and closing quotes stay with their sentence") {
  auto s = SentenceTexts("He said ‘no.’ Then he left.[3] Next came Kamenev.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "He said ‘no.’");
  CHECK(s[1] == "Then he left.[3]");
}

TEST_CASE("letter headers form blocks of their own, with line numbers") {
  std::string t =
      "Letter to L. D. TROTSKY\r\n\r\nWritten: December 12, 1922\r\n\r\nComrade Trotsky:\r\n\r\n"
      "I agree with you. We shall win.\r\n\r\nLenin\r\n";
  auto ss = text::SplitSentences(t);
  REQUIRE(ss.size() == 6);
  CHECK(ss[0].block_line);
  CHECK(ss[0].line == 1);
  CHECK(ss[1].block_line);
  CHECK(ss[1].line == 3);
  CHECK_FALSE(ss[3].block_line);
  CHECK(t.substr(ss[3].start, ss[3].end - ss[3].start) == "I agree with you.");
  CHECK(ss[5].block_line);
  CHECK(ss[5].line == 9);
}

TEST_CASE("header lines at the top of a paragraph are split from the prose") {
  std::string t = "Copy to Comrades Kamenev and Zinoviev\nThe letter itself began here. It was short.";
  auto s = SentenceTexts(t);
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Copy to Comrades Kamenev and Zinoviev");
}

TEST_CASE("a run without punctuation is cut at the length cap") {
  std::string t;
  while (t.size() < 3 * text::kMaxSentenceBytes) t += "word ";
  for (const auto& s : text::SplitSentences(t)) CHECK(s.end - s.start <= text::kMaxSentenceBytes + 8);
}

TEST_CASE("tokens normalise apostrophes and quotes") {
  auto a = text::TokenNorms("Stalin’s “plan”");
  auto b = text::TokenNorms("Stalin's \"plan\"");
  CHECK(a == b);
  CHECK(text::TokenNorms("J.V. Stalin") == text::TokenNorms("J. V. Stalin"));
  CHECK(text::TokenNorms("Lenin-Trotsky") == std::vector<std::string>{"Lenin", "-", "Trotsky"});
}

TEST_CASE("sha256 matches known vectors") {
  CHECK(text::Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(text::Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(text::Sha256Hex(std::string(1000, 'a')) ==
        "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST_CASE("an opener word at the start of wrapped prose is not a header") {
  auto s = SentenceTexts("Comrade Smirnov opposed\nthe plan in 1921. Nobody agreed.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Comrade Smirnov opposed\nthe plan in 1921.");
}

TEST_CASE("a run with no white space is still cut") {
  std::string t(5 * text::kMaxSentenceBytes, 'x');
  auto ss = text::SplitSentences(t);
  CHECK(ss.size() >= 2);
  for (const auto& s : ss) CHECK(s.end - s.start <= 2 * text::kMaxSentenceBytes + 4);
}

TEST_CASE("a short paragraph ending in a footnote marker is prose, split into sentences") {
  auto s = SentenceTexts("Stalin replied at once. He was angry.[37]");
  REQUIRE(s.size() == 2);
  auto ss = text::SplitSentences("Stalin replied at once. He was angry.[37]");
  CHECK_FALSE(ss[0].block_line);
}

TEST_CASE("a bare footnote number after a full stop ends the sentence") {
  auto s = SentenceTexts("It was a victory.1 The Central Committee agreed. Pages 3.5 to 4 follow.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "It was a victory.1");
}

TEST_CASE("a letter printed without blank lines keeps its lines apart") {
  std::string t =
      "    Strictly secret.\n    Dear Comrade Trotsky,\n"
      "    I ask you to take up the defence of the Georgian affair in the Central Committee, which I cannot do myself.\n"
      "    With comradely greetings,\n    Lenin\n    Taken down by M. V., 5 March 1923\n";
  auto ss = text::SplitSentences(t);
  std::vector<std::pair<std::string, bool>> got;
  for (const auto& s : ss) got.emplace_back(t.substr(s.start, s.end - s.start), s.block_line);
  REQUIRE(got.size() == 6);
  CHECK(got[1] == std::make_pair(std::string("Dear Comrade Trotsky,"), true));
  CHECK_FALSE(got[2].second);
  CHECK(got[4] == std::make_pair(std::string("Lenin"), true));
  CHECK(got[5].second);
}

TEST_CASE("hard-wrapped prose is not cut at its line ends") {
  std::string t =
      "Through the winter of 1922 the quarrel between Lenin and Stalin over the\n"
      "Georgian question grew sharper, and by March Lenin was ready to break off\n"
      "all personal relations.\n";
  auto s = SentenceTexts(t);
  REQUIRE(s.size() == 1);
}

TEST_CASE("a line ending in an acronym is a block line, not a sentence") {
  auto ss = text::SplitSentences("Letter to Stalin\n\nFor Members of The C.C., R.C.P.(B.)\n\nThe text.\n");
  REQUIRE(ss.size() == 3);
  CHECK(ss[1].block_line);
}

TEST_CASE("a header line under a long address line starts a unit of its own") {
  std::string t = "For P. G. Mdivani, F. Y. Makharadze and the other comrades of Tiflis\nCopies to Comrades Trotsky and Kamenev\n";
  auto s = SentenceTexts(t);
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "Copies to Comrades Trotsky and Kamenev");
}

TEST_CASE("a signature right under the last line of a letter's body is a block line") {
  std::string t = "I ask you to take this matter up yourself, since I cannot.\nLenin\n";
  auto ss = text::SplitSentences(t);
  REQUIRE(ss.size() == 2);
  CHECK(ss[1].block_line);
  // Hard-wrapped prose whose last line ends the sentence is left alone.
  auto wrapped = SentenceTexts("Lenin wrote to Stalin on that day, asking for an\napology.\n");
  CHECK(wrapped.size() == 1);
}

TEST_CASE("escaping for names and terminals") {
  CHECK(text::EscapeInvalidUtf8("lat\xe9in1.txt") == "lat\\xE9in1.txt");
  CHECK(text::EscapeInvalidUtf8("Zinov\xc3\xa9v") == "Zinov\xc3\xa9v");  // valid text unchanged
  CHECK(text::EscapeInvalidUtf8("\x1b[2J") == "\x1b[2J");                // controls are valid UTF-8
  CHECK(text::EscapeForTerminal("a\x1b[31mb\x07\n", true) == "a\\x1B[31mb\\x07\n");
  CHECK(text::EscapeForTerminal("a\nb\tc", false) == "a\\x0Ab\tc");
  CHECK(text::EscapeForTerminal("\xc2\x9b" "2J \xc2\xa0", true) == "\\u009B2J \xc2\xa0");  // C1 CSI, not NBSP
  CHECK(text::EscapeForTerminal("x\x7f\xff", true) == "x\\x7F\\xFF");
  CHECK(text::FirstNulByte(std::string("ab\0c", 4)) == 2);
}

TEST_CASE("decoding from another encoding keeps each byte's place in the file", "[text][decode]") {
  using apparat::text::DecodeToUtf8;
  apparat::text::Document doc;
  // Latin-1: one byte per character, two in UTF-8 for "é".
  REQUIRE(DecodeToUtf8("caf\xe9 Stalin", "latin1", "x.txt", &doc.bytes, &doc.origin).ok());
  doc.offsets_in_file = true;
  CHECK(doc.bytes == "caf\xc3\xa9 Stalin");
  CHECK(doc.FileOffset(doc.bytes.find("Stalin")) == 5);
  CHECK(doc.FileOffset(0) == 0);
  CHECK(doc.FileOffset(doc.bytes.size()) == 11);
  // UTF-16LE: two bytes a character in the file, one in UTF-8; a character
  // needs more than one byte before iconv can convert it.
  std::string utf16("S\0t\0a\0l\0i\0n\0", 12);
  REQUIRE(DecodeToUtf8(utf16, "UTF-16LE", "x.txt", &doc.bytes, &doc.origin).ok());
  CHECK(doc.bytes == "Stalin");
  CHECK(doc.FileOffset(3) == 6);
  // Errors name the file and the byte; an unknown encoding is refused.
  auto bad = DecodeToUtf8("ok \x81", "cp1252", "x.txt", &doc.bytes, &doc.origin);
  CHECK_THAT(bad.message(), Catch::Contains("x.txt: not cp1252 at byte 3"));
  CHECK_THAT(DecodeToUtf8("a", "no-such", "x.txt", &doc.bytes, &doc.origin).message(),
             Catch::Contains("unknown encoding 'no-such'"));
}

TEST_CASE("a TEI file is read as the edition's text with its marks", "[text][tei]") {
  apparat::text::Document doc;
  const std::string xml =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/>\n"
      "<text><body><p>The <persName ref=\"https://example.org/p/1\">Secretary</persName>\n"
      "wrote<note>A note.</note> on <date when=\"1922-05-26\">that day</date>.<lb/>Next line.</p>\n"
      "<p>Second <choice><sic>paragrph</sic><corr>paragraph</corr></choice>.</p></body></text></TEI>\n";
  REQUIRE(apparat::text::ReadTei(xml, "t.xml", &doc).ok());
  CHECK(doc.bytes == "The Secretary wrote on that day.\nNext line.\n\nSecond paragraph.\n\nA note.\n");
  REQUIRE(doc.marked_names.size() == 1);
  CHECK(doc.bytes.substr(doc.marked_names[0].start, doc.marked_names[0].end - doc.marked_names[0].start) == "Secretary");
  CHECK(doc.marked_names[0].ref == "https://example.org/p/1");
  REQUIRE(doc.marked_dates.size() == 1);
  CHECK(doc.marked_dates[0].when == "1922-05-26");
  // Lines are the XML file's; offsets stay offsets into the text.
  CHECK(doc.FileLine(doc.bytes.find("The"), 1) == 2);
  CHECK(doc.FileLine(doc.bytes.find("wrote"), 1) == 3);
  CHECK(doc.FileLine(doc.bytes.find("Second"), 1) == 4);
  CHECK(doc.FileLine(doc.bytes.find("A note"), 1) == 3);
  CHECK(doc.FileOffset(7) == 7);
  // <app>: the lemma, not the variant readings; without one, the first reading.
  REQUIRE(apparat::text::ReadTei("<TEI><text><body><p><app><lem>Stalin</lem><rdg>Stalyn</rdg></app> held it; "
                                 "<app><rdg>Kamenev</rdg><rdg>Kamenef</rdg></app> spoke.</p></body></text></TEI>",
                                 "t.xml", &doc)
              .ok());
  CHECK(doc.bytes == "Stalin held it; Kamenev spoke.\n");
  // <subst>: what was added, not what it replaced.
  REQUIRE(apparat::text::ReadTei("<TEI><text><body><p><subst><del>Kamenev</del><add>Stalin</add></subst> "
                                 "spoke.</p></body></text></TEI>", "t.xml", &doc).ok());
  CHECK(doc.bytes == "Stalin spoke.\n");
  // <teiCorpus>: every member's text, in order, nested corpora included.
  REQUIRE(apparat::text::ReadTei("<teiCorpus><teiHeader/><TEI><teiHeader/><text><body><p>First.</p></body></text></TEI>"
                                 "<teiCorpus><TEI><text><body><p>Second.</p></body></text></TEI></teiCorpus>"
                                 "<TEI><text><body><p>Third.</p></body></text></TEI></teiCorpus>", "t.xml", &doc).ok());
  CHECK(doc.bytes == "First.\n\nSecond.\n\nThird.\n");
  CHECK_THAT(apparat::text::ReadTei("<TEI><text>", "t.xml", &doc).message(), Catch::Contains("t.xml:1: not well-formed XML"));
  CHECK_THAT(apparat::text::ReadTei("<html/>", "t.xml", &doc).message(), Catch::Contains("not a TEI document (root element <html>"));
}

TEST_CASE("a mapped file gives the file's bytes, and an error naming a file it cannot open") {
  testing::TempDir dir;
  std::string bytes = std::string("index\n") + std::string(10000, 'x') + '\0' + "end";
  std::string path = dir.Write("a.txt", bytes);
  text::MappedFile f;
  REQUIRE(text::MappedFile::Open(path, &f).ok());
  CHECK(f.view() == bytes);
  text::MappedFile moved = std::move(f);
  CHECK(moved.view() == bytes);
  CHECK(f.view().empty());
  text::MappedFile empty;
  REQUIRE(text::MappedFile::Open(dir.Write("empty.txt", ""), &empty).ok());
  CHECK(empty.view().empty());
  text::MappedFile missing;
  Status s = text::MappedFile::Open(dir.path() + "/nope.txt", &missing);
  CHECK_FALSE(s.ok());
  CHECK_THAT(s.message(), Catch::Contains("nope.txt"));
}

TEST_CASE("a file that cannot be mapped (a pipe) is read whole by OpenOrRead, refused by Open") {
  // A lexicon may be given as APPARAT_POSLEX=<(zcat ...).
  testing::TempDir dir;
  std::string fifo = dir.path() + "/pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string bytes = std::string(200000, 'w') + "\nlast line\n";
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << bytes; });
  text::MappedFile read;
  Status s = text::MappedFile::OpenOrRead(fifo, &read);
  writer.join();
  REQUIRE(s.ok());
  text::MappedFile moved = std::move(read);
  CHECK(moved.view() == bytes);
  text::MappedFile refused;
  Status not_regular = text::MappedFile::Open(fifo, &refused);  // never waits for a writer
  CHECK_FALSE(not_regular.ok());
  CHECK_THAT(not_regular.message(), Catch::Contains("not a regular file"));
  text::MappedFile regular;
  REQUIRE(text::MappedFile::OpenOrRead(dir.Write("r.txt", "mapped"), &regular).ok());
  CHECK(regular.view() == "mapped");
}
