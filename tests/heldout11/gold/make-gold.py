#!/usr/bin/env python3
"""Writes the heldout11 gold files and validates them.

  python3 tests/heldout11/gold/make-gold.py [SHARED_ENTITIES]

Writes relations-heldout11.jsonl, entities-extra-heldout11.jsonl and
entities.jsonl (the shared entity list, ../shared/eval/gold/entities.jsonl,
with `required` set to true only for entities used by a required,
non-negative relation of this set). Then checks that every line parses,
every id exists, every quote occurs verbatim in its document, held/member-of
objects have the right type, and no gold name is claimed by two entities.
Annotation follows ../shared/eval/GUIDELINES.md; conventions as in heldout10
(see ../README.md).

The texts are hard-wrapped, so a quote is written here with single spaces and
Q() turns it into the verbatim passage of the text (any run of white space in
the text may stand for one space of the quote); the files hold the verbatim
passage.
"""
import collections, json, os, re, sys

G = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(os.path.dirname(G), 'corpus')
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(G, '..', '..', '..', '..', 'shared', 'eval', 'gold', 'entities.jsonl')

TEXTS = {fn[:-4]: open(os.path.join(C, fn), encoding='utf-8').read()
         for fn in os.listdir(C) if fn.endswith('.txt')}


def Q(doc, quote):
    """The verbatim passage of doc that the single-spaced quote stands for."""
    pat = r'\s+'.join(re.escape(w) for w in quote.split())
    m = re.search(pat, TEXTS[doc])
    assert m, (doc, quote)
    return m.group(0)


R = []
def _add(doc, s, rel, o, date, quote, req, note):
    d = {"doc": doc, "s": s, "rel": rel, "o": o, "date": date, "quote": Q(doc, quote), "required": req}
    if note: d["note"] = note
    R.append(d)
def r(doc, s, rel, o, date, quote, note=None):
    """A required tuple."""
    _add(doc, s, rel, o, date, quote, True, note)
def opt(doc, s, rel, o, date, quote, note=None):
    """An optional tuple (required: false)."""
    _add(doc, s, rel, o, date, quote, False, note)
def N(doc, s, rel, o, date, quote, note):
    R.append({"doc": doc, "s": s, "rel": rel, "o": o, "date": date, "quote": Q(doc, quote),
              "required": True, "negative": True, "note": note})

# ------------------------------------------------------------ h11a: scholarly book review
a = 'h11a_book_review'
q = "the three deputy chairmen of Sovnarkom, Alexei Rykov, Alexander Tsyurupa and, from September 1922, Lev Kamenev"
r(a, 'rykov', 'held', 'lenin-deputy', '1922', q, "list after a colon")
r(a, 'tsyurupa', 'held', 'lenin-deputy', '1922', q)
r(a, 'kamenev', 'held', 'lenin-deputy', '1922-09', q)
q = "Lydia Fotieva, secretary of the Council of People's Commissars"
r(a, 'fotieva', 'held', 'sovnarkom-secretary', '1922', q, "apposition")
opt(a, 'fotieva', 'member-of', 'sovnarkom', '1922', q)
opt(a, 'gorbunov', 'held', 'sovnarkom-business-manager', '1922', "Nikolai Gorbunov, the council's business manager", "'the council's' = Sovnarkom's (common noun)")
opt(a, 'kamenev', 'member-of', 'politburo', '1922', "Kamenev, who took the chair at most Politburo sessions in Lenin's absence", "implied by chairing its sessions")
opt(a, 'lenin', 'allied', 'tsyurupa', '1922', "a tired and conscientious man whom Lenin trusted more than anyone else in the building", "trust, not action together")
q = "the October plenum of 1922, with Lenin absent, voted at Sokolnikov's urging to relax the monopoly"
opt(a, 'sokolnikov', 'opposed', 'foreign-trade-monopoly', '1922-10', q, "relaxing, not abolishing")
opt(a, 'central-committee', 'opposed', 'foreign-trade-monopoly', '1922-10', q, "'the October plenum'; relaxing")
N(a, 'sokolnikov', 'supported', 'foreign-trade-monopoly', '1922-10', q, "wrong polarity: urging to relax the monopoly is no support of it")
q = "Lenin, backed by Krasin and in the end by Trotsky, had the decision reversed in December"
r(a, 'lenin', 'allied', 'krasin', '1922-12', q, "backed by")
r(a, 'lenin', 'allied', 'trotsky', '1922-12', q, "backed by")
opt(a, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-12', q, "'the decision' (to relax it) reversed")
opt(a, 'krasin', 'supported', 'foreign-trade-monopoly', '1922-12', q)
opt(a, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12', q)
opt(a, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12', "She has him leading the defence of the monopoly from the first", "the reviewer corrects only 'from the first'")
r(a, 'lenin', 'wrote-to', 'trotsky', '1922-12-13', "he took the question up only after Lenin's letter of 13 December asked him to", "him = Trotsky")
opt(a, 'trotsky', 'supported', 'gosplan', '1922-12', "he tied it to his own demand for wider powers for Gosplan")
N(a, 'kamenev', 'held', 'commissar-foreign-trade', '1922', "The chapter also twice calls Kamenev \"People's Commissar for Foreign Trade\" (pp. 97, 112).", "an error of the reviewed book, corrected by the reviewer")
N(a, 'kamenev', 'held', 'commissar-foreign-trade', '1922', "The commissar was Krasin, and Kamenev never held that office.", "negation")
opt(a, 'krasin', 'held', 'commissar-foreign-trade', '1922', "The commissar was Krasin", "'the commissar' refers back to the title quoted before")
q = "Stalin's scheme of \"autonomisation\", which he drafted and defended for a commission of the Orgburo in August 1922"
r(a, 'stalin', 'supported', 'autonomisation', '1922-08', q, "drafted and defended")
opt(a, 'stalin', 'member-of', 'orgburo', '1922-08', q, "worked for its commission")
r(a, 'georgian-cc', 'opposed', 'autonomisation', '1922', "The Georgian Central Committee rejected it outright", "it = the scheme of autonomisation")
q = "Lenin, in his letter of 26 September to Kamenev, proposed in its place a union of equal republics"
r(a, 'lenin', 'wrote-to', 'kamenev', '1922-09-26', q)
opt(a, 'lenin', 'opposed', 'autonomisation', '1922-09-26', q, "a union 'in its place'")
opt(a, 'lenin', 'supported', 'ussr', '1922-09-26', q, "'a union of equal republics' (not yet named)")
q = "Ordzhonikidze, who headed the Transcaucasian Regional Committee"
r(a, 'ordzhonikidze', 'held', 'head-transcaucasian-committee', '1922', q, "headed")
opt(a, 'ordzhonikidze', 'member-of', 'transcaucasian-committee', '1922', q)
opt(a, 'ordzhonikidze', 'opposed', 'georgian-cc', '1922-10', "then pressed the Georgians so hard that their Central Committee resigned in October", "'the Georgians'")
q = "A commission under Dzerzhinsky, sent to Tiflis to look into the complaints, cleared Ordzhonikidze of everything of substance."
r(a, 'dzerzhinsky', 'member-of', 'dzerzhinsky-commission', '1922', q, "a commission under him")
opt(a, 'dzerzhinsky-commission', 'allied', 'ordzhonikidze', '1922', q, "cleared him")
N(a, 'rykov', 'allied', 'mdivani', '1922', "her claim that Rykov \"sided with Mdivani\" in the autumn rests on a single remark in a letter of his wife's", "a claim of the reviewed book that the reviewer doubts")
q = "Bukharin, who had stood with Stalin on nearly everything else that winter, spoke up for the Georgian communists at the congress"
r(a, 'bukharin', 'allied', 'stalin', '1922', q, "stood with Stalin")
opt(a, 'bukharin', 'allied', 'georgian-cc', '1923-04', q, "'the Georgian communists'")
r(a, 'rakovsky', 'held', 'chair-ukraine-sovnarkom', '1923-04', "Rakovsky, head of the Ukrainian government, attacked the draft resolution on the national question", "apposition")
opt(a, 'lenin', 'wrote-to', 'trotsky', '1923-03', "Trotsky, to whom Lenin had entrusted the Georgian case in March, said almost nothing.", "entrusted (by letter, not said here)")
q = "Lenin's notes on his colleagues were read to the heads of delegations and Zinoviev and Kamenev saved Stalin's post"
r(a, 'zinoviev', 'allied', 'stalin', '1924-05', q, "saved his post")
r(a, 'kamenev', 'allied', 'stalin', '1924-05', q, "saved his post")
opt(a, 'zinoviev', 'allied', 'kamenev', '1924-05', q)
q = "Boris Bazhanov, Stalin's assistant in the Secretariat"
r(a, 'bazhanov', 'held', 'stalin-assistant', '1924', q, "apposition")
opt(a, 'bazhanov', 'member-of', 'secretariat', '1924', q)
q = "Tsyurupa is made chairman of Gosplan in 1922 (p. 88); he took it over only in 1923, succeeding Krzhizhanovsky."
r(a, 'tsyurupa', 'held', 'head-of-gosplan', '1923', q, "the date of the book is wrong, the office right")
opt(a, 'krzhizhanovsky', 'held', 'head-of-gosplan', '1923', q, "the predecessor")
N(a, 'rykov', 'held', 'general-secretary', '1924', "the jacket copy describes Rykov as \"Lenin's successor as General Secretary\"", "a claim the reviewer rejects")
N(a, 'rykov', 'held', 'general-secretary', '1924', "Rykov was never General Secretary", "negation")
q = "he succeeded Lenin at the head of Sovnarkom in February 1924"
r(a, 'rykov', 'held', 'chair-sovnarkom', '1924-02', q, "he = Rykov; at the head of")
opt(a, 'lenin', 'held', 'chair-sovnarkom', '1924', q, "implied by 'succeeded Lenin'")
opt(a, 'rykov', 'member-of', 'sovnarkom', '1924-02', q)
q = "the General Secretary had been Stalin since April 1922, when the Central Committee elected him to the post."
r(a, 'stalin', 'held', 'general-secretary', '1922-04', q)
r(a, 'central-committee', 'appointed', 'stalin', '1922-04', q, "elected him to the post")

# ------------------------------------------------------------ h11b: radio interview transcript
b = 'h11b_radio_interview'
q = "Stalin, who was People's Commissar for Nationalities as well as General Secretary, chaired a commission of the Orgburo on the matter"
r(b, 'stalin', 'held', 'commissar-nationalities', '1922', q)
r(b, 'stalin', 'held', 'general-secretary', '1922', q, "'as well as General Secretary'")
opt(b, 'stalin', 'member-of', 'orgburo', '1922', q, "chaired its commission")
opt(b, 'stalin', 'supported', 'autonomisation', '1922-08', "in August he came up with what became known as the autonomisation plan")
r(b, 'stalin', 'supported', 'autonomisation', '1922-08', "he defended that plan stubbornly for weeks", "he = Stalin; that plan = the autonomisation plan")
r(b, 'georgian-cc', 'opposed', 'autonomisation', '1922-09', "The Georgian Central Committee voted it down in September", "it = the autonomisation plan (subject of the presenter's question)")
q = "sent Kamenev a note on 26 September saying that autonomisation was the wrong road altogether"
r(b, 'lenin', 'wrote-to', 'kamenev', '1922-09-26', q, "subject Lenin earlier in the sentence")
r(b, 'lenin', 'opposed', 'autonomisation', '1922-09-26', q)
q = "He wrote to the Politburo that Lenin's firmness on the point smacked of \"national liberalism\""
r(b, 'stalin', 'wrote-to', 'politburo', '1922-09', q, "He = Stalin (the presenter's question)")
opt(b, 'stalin', 'opposed', 'lenin', '1922-09', q, "a jibe")
q = "Sergo Ordzhonikidze, first secretary of the Transcaucasian Regional Committee"
r(b, 'ordzhonikidze', 'held', 'head-transcaucasian-committee', '1922', q, "apposition")
opt(b, 'ordzhonikidze', 'member-of', 'transcaucasian-committee', '1922', q)
opt(b, 'ordzhonikidze', 'supported', 'transcaucasian-federation', '1922', "the man charged with bringing that about was Sergo Ordzhonikidze", "charged with it")
q = "Budu Mdivani, who had chaired the Georgian Revolutionary Committee after the Red Army went in in 1921"
r(b, 'mdivani', 'held', 'chair-georgian-revcom', '1921', q)
opt(b, 'mdivani', 'member-of', 'georgian-revcom', '1921', q)
q = "Budu Mdivani, who had chaired the Georgian Revolutionary Committee after the Red Army went in in 1921, and Filipp Makharadze were the leading figures, and both objected to being pushed into the Federation"
r(b, 'mdivani', 'opposed', 'transcaucasian-federation', '1922', q, "both objected to")
r(b, 'makharadze', 'opposed', 'transcaucasian-federation', '1922', q)
q = "Mdivani never opposed the Union as such; what he opposed was the Federation."
N(b, 'mdivani', 'opposed', 'ussr', '1922', q, "negation")
r(b, 'mdivani', 'opposed', 'transcaucasian-federation', '1922', q)
opt(b, 'ordzhonikidze', 'opposed', 'kabakhidze', '1922-11', "he struck one of Mdivani's people, a man called Kabakhidze", "a blow")
r(b, 'rykov', 'held', 'lenin-deputy', '1922-11', "Alexei Rykov, Lenin's deputy, was in the room and saw it.", "apposition")
q = "at the end of November the Politburo sent out a commission under Felix Dzerzhinsky, the head of the GPU, to look into the complaints"
r(b, 'politburo', 'appointed', 'dzerzhinsky-commission', '1922-11', q, "sent out a commission")
opt(b, 'politburo', 'appointed', 'dzerzhinsky', '1922-11', q, "its head")
r(b, 'dzerzhinsky', 'held', 'head-of-cheka', '1922-11', q, "the GPU succeeded the Cheka")
r(b, 'dzerzhinsky', 'member-of', 'dzerzhinsky-commission', '1922-11', q, "a commission under him")
N(b, 'dzerzhinsky', 'wrote-to', 'lenin', '1922-12-12', "Dzerzhinsky came back and saw Lenin on 12 December, and it was that conversation, a long talk, not a report on paper", "a talk, not a letter")
N(b, 'lenin', 'wrote-to', 'volodicheva', '1922-12-30', "Lenin dictated his notes on the national question to Maria Volodicheva over two days", "dictation to a secretary")
q = "He accuses Stalin and Dzerzhinsky of Great-Russian chauvinism"
r(b, 'lenin', 'opposed', 'stalin', '1922-12-30', q, "He = Lenin")
r(b, 'lenin', 'opposed', 'dzerzhinsky', '1922-12-30', q)
r(b, 'lenin', 'opposed', 'great-russian-chauvinism', '1922-12-30', q, "accuses them of it")
r(b, 'lenin', 'opposed', 'ordzhonikidze', '1922-12-30', "he says Ordzhonikidze ought to be punished as an example")
q = "On 22 December Stalin had telephoned Krupskaya and abused her"
N(b, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone call")
opt(b, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q, "abuse")
q = "taking down a note from Lenin to Trotsky"
r(b, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', q, "a note from Lenin to Trotsky")
N(b, 'krupskaya', 'wrote-to', 'trotsky', '1922-12-21', q, "she took the note down; it is Lenin's")
r(b, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', "Krupskaya wrote to Kamenev the next day asking to be protected")
q = "The first was to Trotsky, and Volodicheva read it out to him over the telephone"
r(b, 'lenin', 'wrote-to', 'trotsky', '1923-03-05', q, "the first of two letters Lenin dictated on 5 March")
N(b, 'volodicheva', 'wrote-to', 'trotsky', '1923-03-05', q, "she read Lenin's letter over the telephone")
opt(b, 'lenin', 'opposed', 'stalin', '1923-03-05', "since Lenin could not trust Stalin and Dzerzhinsky to be impartial")
opt(b, 'lenin', 'opposed', 'dzerzhinsky', '1923-03-05', "since Lenin could not trust Stalin and Dzerzhinsky to be impartial")
q = "The second went to Stalin, with copies to Kamenev and Zinoviev"
r(b, 'lenin', 'wrote-to', 'stalin', '1923-03-05', q)
r(b, 'lenin', 'wrote-to', 'kamenev', '1923-03-05', q, "copy to")
r(b, 'lenin', 'wrote-to', 'zinoviev', '1923-03-05', q, "copy to")
opt(b, 'lenin', 'opposed', 'stalin', '1923-03-05', "demanded that he apologise to Krupskaya or regard relations between them as broken off")
q = "The next day he wrote to Mdivani and Makharadze, with copies to Trotsky and Kamenev, telling them he was wholeheartedly on their side"
r(b, 'lenin', 'wrote-to', 'mdivani', '1923-03-06', q)
r(b, 'lenin', 'wrote-to', 'makharadze', '1923-03-06', q)
r(b, 'lenin', 'wrote-to', 'trotsky', '1923-03-06', q, "copy to")
r(b, 'lenin', 'wrote-to', 'kamenev', '1923-03-06', q, "copy to")
r(b, 'lenin', 'allied', 'mdivani', '1923-03-06', q, "on their side")
r(b, 'lenin', 'allied', 'makharadze', '1923-03-06', q, "on their side")
r(b, 'stalin', 'wrote-to', 'lenin', '1923-03-07', "He answered on the 7th. It is a grudging letter", "He = Stalin (the presenter's question)")
opt(b, 'bukharin', 'allied', 'georgian-cc', '1923-04', "Bukharin and Rakovsky spoke out for the Georgians far more sharply than he did.", "'the Georgians'")
opt(b, 'rakovsky', 'allied', 'georgian-cc', '1923-04', "Bukharin and Rakovsky spoke out for the Georgians far more sharply than he did.", "'the Georgians'")
N(b, 'trotsky', 'allied', 'stalin', '1923-04', "You will sometimes hear that Trotsky made a secret bargain with Stalin before the congress; I have never seen a document that shows it, and I don't believe he did.", "a claim the speaker rejects")

# ------------------------------------------------------------ h11c: calendar of correspondence
c = 'h11c_correspondence_register'
q = "From: V. I. Lenin To: J. V. Stalin and M. I. Frumkin"
r(c, 'lenin', 'wrote-to', 'stalin', '1922-05-15', q, "From/To fields")
r(c, 'lenin', 'wrote-to', 'frumkin', '1922-05-15', q)
q = "Proposes that the Politburo formally forbid any further talk of weakening the monopoly of foreign trade."
r(c, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-05-15', q, "subject = the sender of item 001")
N(c, 'lenin', 'opposed', 'foreign-trade-monopoly', '1922-05-15', q, "wrong polarity: he would forbid talk of weakening it")
q = "Disputes the view of Frumkin, then deputy People's Commissar for Foreign Trade, that state trade is bound to lose to private dealers."
r(c, 'frumkin', 'held', 'deputy-commissar-foreign-trade', '1922-05', q, "apposition")
opt(c, 'lenin', 'opposed', 'frumkin', '1922-05-15', q, "disputes his view")
q = "Prompted by papers from N. N. Krestinsky, plenipotentiary in Berlin."
r(c, 'krestinsky', 'held', 'plenipotentiary-germany', '1922-05', q, "apposition")
opt(c, 'krestinsky', 'wrote-to', 'lenin', '1922-05', q, "papers sent to Lenin")
q = "From: Lenin To: Stalin, as General Secretary, for the plenum of the Central Committee"
r(c, 'lenin', 'wrote-to', 'stalin', '1922-10-13', q)
r(c, 'stalin', 'held', 'general-secretary', '1922-10', q, "'as General Secretary'")
opt(c, 'lenin', 'wrote-to', 'central-committee', '1922-10-13', q, "for the plenum")
q = "Holds that the plenum decision of 6 October, passed at Sokolnikov's instance, would wreck the monopoly"
opt(c, 'sokolnikov', 'opposed', 'foreign-trade-monopoly', '1922-10-06', q, "implied")
opt(c, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-10-13', q, "implied")
r(c, 'lenin', 'wrote-to', 'trotsky', '1922-12-13', "From: Lenin To: L. D. Trotsky")
q = "Asks Trotsky to speak at the coming plenum for the view on the monopoly that the two of them share"
opt(c, 'lenin', 'allied', 'trotsky', '1922-12-13', q, "a shared view")
opt(c, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12-13', q, "the view they share (not stated)")
q = "From: Lenin To: Stalin, for the members of the Central Committee"
r(c, 'lenin', 'wrote-to', 'stalin', '1922-12-15', q)
opt(c, 'lenin', 'wrote-to', 'central-committee', '1922-12-15', q, "for its members")
opt(c, 'trotsky', 'allied', 'lenin', '1922-12-15', "Trotsky will defend his position at the plenum", "his = Lenin's")
q = "From: Lenin To: Trotsky Form: dictated to N. K. Krupskaya, with the doctors' leave"
r(c, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', q)
N(c, 'lenin', 'wrote-to', 'krupskaya', '1922-12-21', q, "dictation to Krupskaya; the letter goes to Trotsky")
q = "Congratulates Trotsky on the plenum's decision of 18 December, by which the monopoly was restored without a fight"
opt(c, 'central-committee', 'supported', 'foreign-trade-monopoly', '1922-12-18', q, "'the plenum'")
opt(c, 'lenin', 'allied', 'trotsky', '1922-12-21', q, "congratulates")
q = "NOT A LETTER. 1922-12-22. Stalin telephones Krupskaya and rebukes her"
N(c, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone conversation")
opt(c, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q, "rebukes her")
r(c, 'fotieva', 'wrote-to', 'kamenev', '1923-04-16', "From: L. A. Fotieva To: L. B. Kamenev")
r(c, 'kamenev', 'wrote-to', 'fotieva', '1923-04-16', "From: Kamenev To: Fotieva")
opt(c, 'kamenev', 'wrote-to', 'secretariat', '1923-04-16', "Kamenev forwards her note to the Secretariat", "forwarding a note")
N(c, 'trotsky', 'wrote-to', 'kamenev', '1923-03', "Trotsky had shown him the article a month earlier", "showing an article is not writing to him")
r(c, 'trotsky', 'wrote-to', 'central-committee', '1923-04-16', "From: Trotsky To: the Central Committee (every member)")
r(c, 'krupskaya', 'wrote-to', 'trotsky', '1924-01-29', "From: Krupskaya To: Trotsky")
r(c, 'krupskaya', 'wrote-to', 'central-committee', '1924-05-18', "From: Krupskaya To: the Central Committee", "a covering statement")
q = "From: Stalin To: L. M. Kaganovich and the other members of the Politburo of the Ukrainian party"
r(c, 'stalin', 'wrote-to', 'kaganovich', '1926-04-26', q)
opt(c, 'stalin', 'wrote-to', 'ukraine-politburo', '1926-04-26', q, "its other members")
opt(c, 'kaganovich', 'member-of', 'ukraine-politburo', '1926-04', q, "'the other members'")
q = "Stalin writes after a long conversation with O. Shumsky, People's Commissar of Education of Ukraine."
r(c, 'shumsky', 'held', 'commissar-education-ukraine', '1926-04', q, "apposition")
N(c, 'stalin', 'wrote-to', 'shumsky', '1926-04', q, "a conversation; the letter goes to Kaganovich")
q = "Shumsky wanted Kaganovich, then general secretary of the Ukrainian party, replaced by V. Ia. Chubar, the head of the Ukrainian government; Stalin rejects this."
r(c, 'shumsky', 'opposed', 'kaganovich', '1926-04', q, "wanted him replaced")
r(c, 'kaganovich', 'held', 'first-secretary-ukraine', '1926-04', q, "apposition")
r(c, 'chubar', 'held', 'chair-ukraine-sovnarkom', '1926-04', q, "apposition")
opt(c, 'kaganovich', 'member-of', 'ukrainian-cp', '1926-04', q)
opt(c, 'stalin', 'allied', 'kaganovich', '1926-04', q, "rejects the demand to replace him")
opt(c, 'stalin', 'opposed', 'shumsky', '1926-04', q)
N(c, 'chubar', 'held', 'first-secretary-ukraine', '1926-04', q, "a proposal that Stalin rejects")
q = "He accepts that Ukrainisation must go on, but not at the pace or by the means Shumsky demands."
opt(c, 'stalin', 'supported', 'ukrainisation', '1926-04-26', q, "He = Stalin; qualified")
opt(c, 'shumsky', 'supported', 'ukrainisation', '1926-04', q, "implied")
N(c, 'stalin', 'wrote-to', 'shumsky', '1926-04', "NOT A LETTER. 1926-04 (before the 26th). Stalin's conversation with Shumsky", "a conversation")
q = "From: M. I. Frumkin, deputy People's Commissar of Finance To: the Politburo"
r(c, 'frumkin', 'wrote-to', 'politburo', '1928-06-15', q)
r(c, 'frumkin', 'held', 'deputy-commissar-finance', '1928-06', q, "apposition in the From field")
r(c, 'frumkin', 'opposed', 'extraordinary-measures', '1928-06-15',
  "Argues that the extraordinary measures of the winter have turned the middle peasant against the regime", "subject = the sender of item 012")
r(c, 'stalin', 'wrote-to', 'politburo', '1928-06-20', "From: Stalin To: the Politburo (each member)")
r(c, 'stalin', 'opposed', 'frumkin', '1928-06-20', "Stalin answers Frumkin and rejects his arguments point by point.", "rejects his arguments")
N(c, 'stalin', 'wrote-to', 'frumkin', '1928-06-20', "The answer is addressed to the members of the Politburo, not to Frumkin himself", "negation: not addressed to him")
q = "From: Trotsky, from exile at Alma-Ata To: the Sixth Congress of the Communist International"
opt(c, 'trotsky', 'wrote-to', 'comintern', '1928-07', q, "a congress of the International")
r(c, 'trotsky', 'opposed', 'socialism-in-one-country', '1928-07', "for the most part an attack on the theory of socialism in one country", "subject = the sender of item 014")

# ------------------------------------------------------------ h11d: exhibition catalogue entries
d = 'h11d_exhibition_catalogue'
q = "Lenin presided over it as he presided over Sovnarkom, and his signature stands at the foot of the sheet as chairman of both."
r(d, 'lenin', 'held', 'chair-sto', '1920-04', q, "presided over it (it = the Council of Labour and Defence)")
r(d, 'lenin', 'held', 'chair-sovnarkom', '1920-04', q, "presided over Sovnarkom")
opt(d, 'lenin', 'member-of', 'sto', '1920-04', q)
opt(d, 'lenin', 'member-of', 'sovnarkom', '1920-04', q)
q = "Yakov Sverdlov, chairman of the All-Russian Central Executive Committee, also ran the party's organisational work"
r(d, 'sverdlov', 'held', 'chair-vtsik', '1918', q, "apposition")
opt(d, 'sverdlov', 'member-of', 'vtsik', '1918', q)
q = "the Central Executive Committee elected Mikhail Kalinin as its chairman"
r(d, 'kalinin', 'held', 'chair-vtsik', '1919-03', q, "elected as its chairman (its = the All-Russian CEC of the sentence before)")
r(d, 'vtsik', 'appointed', 'kalinin', '1919-03', q, "elected")
opt(d, 'kalinin', 'member-of', 'vtsik', '1919-03', q)
q = "Nikolai Krestinsky became one of the secretaries of the Central Committee"
r(d, 'krestinsky', 'held', 'cc-secretary', '1919', q)
opt(d, 'krestinsky', 'member-of', 'secretariat', '1919', q)
opt(d, 'krzhizhanovsky', 'supported', 'goelro', '1920', "The plan for the electrification of Russia was drawn up by a commission chaired by Gleb Krzhizhanovsky.", "drew it up")
r(d, 'lenin', 'supported', 'goelro', '1920-12', "Lenin, who called it the party's second programme, championed it against sceptics in the economic commissariats.", "it = the plan for the electrification of Russia")
q = "When the State Planning Commission was founded in February 1921, Sovnarkom placed Krzhizhanovsky at its head."
r(d, 'krzhizhanovsky', 'held', 'head-of-gosplan', '1921-02', q, "placed at its head")
r(d, 'sovnarkom', 'appointed', 'krzhizhanovsky', '1921-02', q, "placed him at its head")
opt(d, 'krzhizhanovsky', 'member-of', 'gosplan', '1921-02', q)
opt(d, 'shlyapnikov', 'member-of', 'workers-opposition', '1921', "the group led by Alexander Shlyapnikov", "'the group' (the pamphlet's title names it)")
r(d, 'kollontai', 'member-of', 'workers-opposition', '1921', "Kollontai was the best-known writer of the Workers' Opposition.")
q = "The Tenth Congress condemned the Workers' Opposition and banned factions altogether"
r(d, 'tenth-congress', 'opposed', 'workers-opposition', '1921-03', q, "condemned")
opt(d, 'tenth-congress', 'supported', 'ban-on-factions', '1921-03', q)
r(d, 'tenth-congress', 'supported', 'nep', '1921-03', "The Tenth Congress also replaced grain requisitioning with a tax in kind and so adopted the New Economic Policy.", "adopted")
q = "Trotsky, then People's Commissar for Military and Naval Affairs"
r(d, 'trotsky', 'held', 'head-of-red-army', '1920', q, "apposition")
opt(d, 'trotsky', 'member-of', 'war-commissariat', '1920', q)
q = "Tomsky, head of the trade unions, resisted him at every stage"
r(d, 'tomsky', 'held', 'head-trade-unions', '1920', q, "apposition")
r(d, 'tomsky', 'opposed', 'trotsky', '1920', q, "him = Trotsky")
opt(d, 'lenin', 'opposed', 'trotsky', '1921', "the resolution of Lenin's \"group of ten\" carried the congress", "implied")
q = "She is in fact his sister Maria Ulyanova, secretary of the editorial board of Pravda"
r(d, 'ulyanova', 'held', 'pravda-secretary', '1922', q, "apposition")
opt(d, 'ulyanova', 'member-of', 'pravda', '1922', q)
q = "Stalin visited Lenin at Gorki about a dozen times, more often than any other member of the Politburo"
N(d, 'stalin', 'wrote-to', 'lenin', '1922', q, "visits")
opt(d, 'stalin', 'member-of', 'politburo', '1922', q, "'any other member'")
N(d, 'lenin', 'wrote-to', 'stalin', '1922', "No letter between the two from those weeks has been found; they talked", "negation")
q = "Valerian Kuibyshev was put at the head of both bodies"
r(d, 'kuibyshev', 'held', 'head-of-rabkrin', '1923-04', q, "both bodies = Rabkrin and the Central Control Commission, named in the sentence before")
r(d, 'kuibyshev', 'held', 'chair-ccc', '1923-04', q)
opt(d, 'kuibyshev', 'member-of', 'rabkrin', '1923-04', q)
opt(d, 'kuibyshev', 'member-of', 'ccc', '1923-04', q)
opt(d, 'lenin', 'supported', 'better-fewer', '1923-03', "Pravda, 4 March 1923, with \"Better Fewer, But Better\"", "his article")
q = "Trotsky's essay was an attack on Zinoviev and Kamenev"
r(d, 'trotsky', 'opposed', 'zinoviev', '1924', q, "his essay an attack")
r(d, 'trotsky', 'opposed', 'kamenev', '1924', q)
q = "in October 1917 both had opposed the insurrection"
r(d, 'zinoviev', 'opposed', 'october-insurrection', '1917-10', q, "both = Zinoviev and Kamenev")
r(d, 'kamenev', 'opposed', 'october-insurrection', '1917-10', q)
q = "They replied with a campaign of articles, and Stalin joined in."
opt(d, 'zinoviev', 'opposed', 'trotsky', '1924', q)
opt(d, 'kamenev', 'opposed', 'trotsky', '1924', q)
opt(d, 'stalin', 'opposed', 'trotsky', '1924', q)
opt(d, 'trotsky', 'held', 'head-of-red-army', '1925-01', "In January 1925 Trotsky lost the War Commissariat.", "held until then")
q = "In the spring of 1926 Trotsky joined forces with Zinoviev and Kamenev, and the three formed the United Opposition."
r(d, 'trotsky', 'allied', 'zinoviev', '1926', q, "joined forces")
r(d, 'trotsky', 'allied', 'kamenev', '1926', q, "joined forces")
opt(d, 'zinoviev', 'allied', 'kamenev', '1926', q)
for p in ['trotsky', 'zinoviev', 'kamenev']:
    r(d, p, 'member-of', 'united-opposition', '1926', q, "the three formed it")
N(d, 'rykov', 'member-of', 'united-opposition', '1926', "Rykov, though he disliked the methods used against their followers, was never part of the bloc.", "negation")
q = "Its signatories, among them Trotsky, Zinoviev, Kamenev and Piatakov, called for faster industrial growth"
for p in ['trotsky', 'zinoviev', 'kamenev', 'piatakov']:
    r(d, p, 'supported', 'platform-1927', '1927-09', q, "Its = the Platform of the Opposition (entry title)")
    opt(d, p, 'supported', 'industrialisation', '1927-09', q, "faster industrial growth")
opt(d, 'piatakov', 'member-of', 'united-opposition', '1927', q)
opt(d, 'politburo', 'opposed', 'platform-1927', '1927-09', "The Politburo refused to print it", "refused to print")
q = "Bukharin, still editor of Pravda and a member of the Politburo"
r(d, 'bukharin', 'held', 'editor-pravda', '1928-09', q, "apposition")
r(d, 'bukharin', 'member-of', 'politburo', '1928-09', q, "a member of")
opt(d, 'bukharin', 'member-of', 'pravda', '1928-09', q)
q = "Stalin's supporters read it as an attack on the plans of Vesenkha under Kuibyshev."
r(d, 'kuibyshev', 'held', 'chair-vsnkh', '1928', q, "Vesenkha under Kuibyshev")
opt(d, 'bukharin', 'opposed', 'vesenkha', '1928-09', q, "as read by Stalin's supporters")
opt(d, 'bukharin', 'opposed', 'kuibyshev', '1928-09', q)
opt(d, 'kuibyshev', 'member-of', 'vesenkha', '1928', q)
q = "Nikolai Uglanov, first secretary of the Moscow party committee, was removed in November 1928 for shielding the Right in the Moscow organisation."
r(d, 'uglanov', 'held', 'head-moscow-party', '1928-11', q, "apposition (held until then)")
opt(d, 'uglanov', 'member-of', 'moscow-party', '1928', q)
opt(d, 'uglanov', 'allied', 'right-opposition', '1928', q, "shielding it")
q = "On orders from the Politburo the Moscow Committee elected Molotov in his place for the winter."
r(d, 'molotov', 'held', 'head-moscow-party', '1928-11', q, "in his place = in Uglanov's post")
r(d, 'moscow-party', 'appointed', 'molotov', '1928-11', q, "elected")
opt(d, 'politburo', 'appointed', 'molotov', '1928-11', q, "on its orders")

# ------------------------------------------------------------ h11e: revision quiz with model answers
e = 'h11e_revision_quiz'
r(e, 'stalin', 'held', 'commissar-nationalities', '1917', "He was People's Commissar for Nationalities from 1917 until the post was abolished in 1923", "He = Stalin (the question)")
r(e, 'stalin', 'held', 'head-of-rabkrin', '1919', "from 1919 he also headed the state inspectorate, which became Rabkrin", "headed the body that became Rabkrin")
q = "He handed Rabkrin over to Tsyurupa in 1922."
r(e, 'tsyurupa', 'held', 'head-of-rabkrin', '1922', q, "handed over to him")
opt(e, 'stalin', 'held', 'head-of-rabkrin', '1922', q)
q = "Name the three members of the troika formed against Trotsky while Lenin was ill. A. Zinoviev, Kamenev and Stalin."
for p in ['zinoviev', 'kamenev', 'stalin']:
    r(e, p, 'member-of', 'troika', '1923', q, "question and answer together")
    opt(e, p, 'opposed', 'trotsky', '1923', q)
opt(e, 'zinoviev', 'allied', 'kamenev', '1923', q)
opt(e, 'zinoviev', 'allied', 'stalin', '1923', q)
opt(e, 'kamenev', 'allied', 'stalin', '1923', q)
N(e, 'tomsky', 'member-of', 'left-opposition', '1923', "True or false: \"Tomsky belonged to the Left Opposition.\"", "the statement is false (answer: False)")
r(e, 'tomsky', 'opposed', 'left-opposition', '1923', "Tomsky stood with the majority against the Left Opposition in 1923-24")
q = "later became one of the leaders of the Right, with Bukharin and Rykov"
r(e, 'tomsky', 'member-of', 'right-opposition', '1928', q, "one of the leaders of")
opt(e, 'bukharin', 'member-of', 'right-opposition', '1928', q)
opt(e, 'rykov', 'member-of', 'right-opposition', '1928', q)
opt(e, 'tomsky', 'allied', 'bukharin', '1928', q)
opt(e, 'tomsky', 'allied', 'rykov', '1928', q)
q = "Who became Chairman of Sovnarkom after Lenin's death? A. Rykov, in February 1924;"
r(e, 'tsik-ussr', 'appointed', 'rykov', '1924-02-02', "the Central Executive Committee of the U.S.S.R. appointed him on the 2nd", "him = Rykov")
r(e, 'rykov', 'held', 'chair-sovnarkom', '1924-02', q, "question and answer together")
opt(e, 'lenin', 'held', 'chair-sovnarkom', '1924', q, "implied")
q = "Many candidates write \"Kamenev\", who had often chaired the council's sessions as a deputy"
N(e, 'kamenev', 'held', 'chair-sovnarkom', '1924-02', q, "a wrong answer the key rejects")
opt(e, 'kamenev', 'held', 'lenin-deputy', '1923', q, "'as a deputy'")
r(e, 'kamenev', 'held', 'chair-sto', '1924-02', "Kamenev was given the chair of the Council of Labour and Defence instead")
q = "Lenin asked his colleagues to consider moving Stalin from the post of General Secretary"
r(e, 'lenin', 'opposed', 'stalin', '1923-01-04', q, "proposed his removal")
opt(e, 'stalin', 'held', 'general-secretary', '1923-01', q)
q = "Sergo Ordzhonikidze, called to Moscow from the Caucasus when Kuibyshev moved to Vesenkha."
opt(e, 'kuibyshev', 'held', 'chair-vsnkh', '1926', q, "moved to Vesenkha (post implied)")
opt(e, 'kuibyshev', 'member-of', 'vesenkha', '1926', q)
q = "He chaired the Central Control Commission and was People's Commissar for Rabkrin until 1930."
r(e, 'ordzhonikidze', 'held', 'chair-ccc', '1926', q, "He = Ordzhonikidze")
r(e, 'ordzhonikidze', 'held', 'head-of-rabkrin', '1926', q)
opt(e, 'ordzhonikidze', 'member-of', 'ccc', '1926', q)
q = "Stalin first advanced it in December 1924, and Bukharin became its ablest defender."
r(e, 'stalin', 'supported', 'socialism-in-one-country', '1924-12', q, "it = socialism in one country (the question)")
r(e, 'bukharin', 'supported', 'socialism-in-one-country', '1925', q, "its ablest defender")
opt(e, 'bukharin', 'allied', 'stalin', '1925', q)
q = "Zinoviev and Kamenev attacked it in 1925; from 1926 Trotsky attacked it as well, as a leader of the United Opposition."
r(e, 'zinoviev', 'opposed', 'socialism-in-one-country', '1925', q)
r(e, 'kamenev', 'opposed', 'socialism-in-one-country', '1925', q)
r(e, 'trotsky', 'opposed', 'socialism-in-one-country', '1926', q)
r(e, 'trotsky', 'member-of', 'united-opposition', '1926', q, "a leader of")
r(e, 'mikoyan', 'held', 'commissar-trade', '1926-08', "Who was Mikoyan's predecessor as People's Commissar of Trade?", "presupposed by the question; the answer dates it")
r(e, 'kamenev', 'held', 'commissar-trade', '1926', "Who was Mikoyan's predecessor as People's Commissar of Trade? A. Kamenev.", "question and answer together")
q = "He held the commissariat for a few months in 1926 and was then sent to Rome as Soviet plenipotentiary in Italy."
r(e, 'kamenev', 'held', 'plenipotentiary-italy', '1926', q, "He = Kamenev")
opt(e, 'kamenev', 'member-of', 'narkomtorg', '1926', q, "the commissariat")
opt(e, 'mikoyan', 'held', 'commissar-trade', '1926-08', "Mikoyan succeeded him in August 1926.")
q = "He lost the War Commissariat, where Frunze replaced him."
opt(e, 'trotsky', 'held', 'head-of-red-army', '1925-01', q, "held until then")
r(e, 'frunze', 'held', 'head-of-red-army', '1925-01', q, "replaced him at the War Commissariat")
opt(e, 'frunze', 'member-of', 'war-commissariat', '1925-01', q)
q = "In May 1925 he was made chairman of the Chief Concessions Committee"
r(e, 'trotsky', 'held', 'chair-concessions', '1925-05', q, "he = Trotsky (the question)")
opt(e, 'trotsky', 'member-of', 'concessions-committee', '1925-05', q)
q = "he also sat on the presidium of Vesenkha under Dzerzhinsky"
r(e, 'trotsky', 'member-of', 'vesenkha', '1925', q, "sat on its presidium")
r(e, 'dzerzhinsky', 'held', 'chair-vsnkh', '1925', q, "Vesenkha under Dzerzhinsky")
q = "Mikhail Lashevich, deputy People's Commissar for Military and Naval Affairs and a follower of Zinoviev"
r(e, 'lashevich', 'held', 'deputy-war-commissar', '1926', q, "apposition")
r(e, 'lashevich', 'allied', 'zinoviev', '1926', q, "a follower of")
opt(e, 'lashevich', 'member-of', 'war-commissariat', '1926', q)
opt(e, 'lashevich', 'member-of', 'new-opposition', '1926', q, "oppositionists")
opt(e, 'zinoviev', 'member-of', 'politburo', '1926-07', "Zinoviev was dropped from the Politburo in July 1926", "held until then")
r(e, 'tomsky', 'held', 'head-trade-unions', '1929', "Tomsky, chairman of the All-Union Central Council of Trade Unions.")
r(e, 'stalin', 'supported', 'extraordinary-measures', '1928-01', "Stalin pressed for them after his tour of Siberia in January 1928.", "them = the extraordinary measures (the question)")
q = "Bukharin, Rykov and Tomsky objected to their becoming a permanent system"
for p in ['bukharin', 'rykov', 'tomsky']:
    r(e, p, 'opposed', 'extraordinary-measures', '1928', q, "objected to their becoming permanent")
q = "they did not, as some answers claim, propose them"
for p in ['bukharin', 'rykov', 'tomsky']:
    N(e, p, 'supported', 'extraordinary-measures', '1928', q, "negation of a claim the key rejects")
q = "All three were made full members of the Politburo in January 1926"
for p in ['molotov', 'kalinin', 'voroshilov']:
    r(e, p, 'member-of', 'politburo', '1926-01', q, "All three = Molotov, Kalinin and Voroshilov (the question)")
q = "True or false: \"Lenin made Trotsky his deputy in the Council of People's Commissars in 1922.\""
N(e, 'lenin', 'appointed', 'trotsky', '1922-09', q, "the statement is false (answer: False)")
N(e, 'trotsky', 'held', 'lenin-deputy', '1922-09', q, "the statement is false (answer: False)")
q = "In September 1922 Lenin proposed that Trotsky become one of the deputy chairmen of Sovnarkom, but Trotsky declined the post."
N(e, 'trotsky', 'held', 'lenin-deputy', '1922-09', q, "a post proposed and declined")
N(e, 'lenin', 'appointed', 'trotsky', '1922-09', q, "a proposal only")

# ------------------------------------------------------------ entities
NEW = [
 # positions (ids as in heldout10 where the same office appears there)
 ("chair-sovnarkom", "position", "Chairman of the Council of People's Commissars",
  ["Chairman of Sovnarkom", "president of the Council of People's Commissars", "head of the Soviet government", "chairman of the C.P.C."], "not Lenin's deputy; id as in heldout9-10"),
 ("chair-sto", "position", "chairman of the Council of Labour and Defence", ["chair of the Council of Labour and Defence", "chairmanship of the Council of Labour and Defence", "president of the Council of Labour and Defence"], "id as in heldout10"),
 ("chair-vsnkh", "position", "chairman of the Supreme Council of National Economy", ["chairman of Vesenkha", "chairman of VSNKh", "head of Vesenkha"], "id as in heldout9-10"),
 ("chair-ccc", "position", "chairman of the Central Control Commission", ["chairman of the CCC", "head of the Central Control Commission"], "id as in heldout9-10"),
 ("cc-secretary", "position", "Secretary of the Central Committee", ["Secretary of the C.C.", "CC Secretary", "Central Committee Secretary", "secretary of the Central Committee"], "not the General Secretary; id as in heldout9-10"),
 ("chair-ukraine-sovnarkom", "position", "chairman of the Ukrainian Council of People's Commissars", ["head of the Ukrainian government", "chairman of the Ukrainian Sovnarkom"], "id as in heldout10"),
 ("commissar-trade", "position", "People's Commissar of Trade", ["People's Commissar for Internal and Foreign Trade", "Commissar of Trade"], "id as in heldout10"),
 ("deputy-commissar-foreign-trade", "position", "deputy People's Commissar for Foreign Trade", ["deputy Commissar for Foreign Trade"], "id as in heldout10"),
 ("sovnarkom-secretary", "position", "secretary of the Council of People's Commissars", ["secretary of Sovnarkom"], "Fotieva's office; not 'Lenin's secretary'"),
 ("sovnarkom-business-manager", "position", "business manager of Sovnarkom", ["business manager of the Council of People's Commissars"], None),
 ("head-transcaucasian-committee", "position", "first secretary of the Transcaucasian Regional Committee",
  ["head of the Transcaucasian Regional Committee", "first secretary of the Transcaucasian Territorial Committee"], None),
 ("stalin-assistant", "position", "Stalin's assistant", ["assistant to Stalin"], "Bazhanov"),
 ("chair-vtsik", "position", "chairman of the All-Russian Central Executive Committee",
  ["chairman of the Central Executive Committee", "chairmanship of the Central Executive Committee", "chairman of VTsIK"], None),
 ("pravda-secretary", "position", "secretary of the editorial board of Pravda", ["Pravda's editorial secretary"], "Maria Ulyanova"),
 ("head-moscow-party", "position", "first secretary of the Moscow party committee", ["Moscow party secretary", "head of the Moscow party organisation"], None),
 ("plenipotentiary-italy", "position", "Soviet plenipotentiary in Italy", ["plenipotentiary in Italy", "Soviet ambassador to Italy"], None),
 ("chair-concessions", "position", "chairman of the Chief Concessions Committee", ["chairman of the Concessions Committee", "head of Glavkontsesskom"], None),
 ("deputy-war-commissar", "position", "deputy People's Commissar for Military and Naval Affairs", ["deputy War Commissar"], None),
 ("first-secretary-ukraine", "position", "general secretary of the Ukrainian party", ["first secretary of the Communist Party of Ukraine", "general secretary of the CP(b)U"], None),
 ("commissar-education-ukraine", "position", "People's Commissar of Education of Ukraine", ["Ukrainian People's Commissar of Education"], None),
 ("deputy-commissar-finance", "position", "deputy People's Commissar of Finance", ["deputy Finance Commissar"], None),
 # bodies
 ("vesenkha", "body", "Supreme Council of National Economy", ["Vesenkha", "VSNKh", "Supreme Economic Council"], "id as in heldout9-10"),
 ("troika", "body", "troika", ["triumvirs", "triumvirate", "the troika"], "Zinoviev, Kamenev, Stalin; id as in heldout8-10"),
 ("united-opposition", "body", "United Opposition", ["Joint Opposition"], "id as in heldout8-10"),
 ("new-opposition", "body", "New Opposition", ["Leningrad opposition", "Leningrad minority"], "id as in heldout10"),
 ("war-commissariat", "body", "War Commissariat", ["People's Commissariat for Military and Naval Affairs"], "id as in heldout10"),
 ("narkomtorg", "body", "Commissariat of Trade", ["People's Commissariat of Trade", "People's Commissariat of Internal and Foreign Trade"], "id as in heldout10"),
 ("right-opposition", "body", "Right Opposition", ["the Right", "Right deviation", "Right"], "Bukharin, Rykov, Tomsky, 1928-29"),
 ("ukrainian-cp", "body", "Communist Party of Ukraine", ["Ukrainian party", "Ukrainian Communist Party", "CP(b)U"], None),
 ("ukraine-politburo", "body", "Politburo of the Ukrainian party", ["Ukrainian Politburo", "Politburo of the CP(b)U"], None),
 ("concessions-committee", "body", "Chief Concessions Committee", ["Concessions Committee", "Glavkontsesskom"], None),
 ("tsik-ussr", "body", "Central Executive Committee of the U.S.S.R.", ["Central Executive Committee of the USSR", "TsIK"], "not the All-Russian VTsIK; id as in heldout9-10"),
 ("moscow-party", "body", "Moscow party committee", ["Moscow Committee", "Moscow organisation", "Moscow party organisation"], None),
 # issues
 ("industrialisation", "issue", "industrialisation", ["rapid industrialisation", "industrialization", "faster industrial growth"], "id as in heldout9-10"),
 ("socialism-in-one-country", "issue", "socialism in one country", ["theory of socialism in one country"], None),
 ("extraordinary-measures", "issue", "extraordinary measures", ["emergency measures"], "grain procurement, 1928"),
 ("goelro", "issue", "GOELRO plan", ["plan for the electrification of Russia", "GOELRO", "electrification plan"], None),
 ("platform-1927", "issue", "Platform of the Opposition", ["Platform of the Thirteen", "opposition platform of 1927"], None),
 ("october-insurrection", "issue", "October insurrection", ["the insurrection", "insurrection of October 1917"], None),
 ("ukrainisation", "issue", "Ukrainisation", ["Ukrainization"], None),
 ("ban-on-factions", "issue", "ban on factions", ["resolution on party unity"], None),
 # persons
 ("frunze", "person", "Frunze", ["Mikhail Frunze", "M. V. Frunze"], "id as in heldout9-10"),
 ("voroshilov", "person", "Voroshilov", ["Klim Voroshilov", "Kliment Voroshilov"], "id as in heldout10"),
 ("gorbunov", "person", "Gorbunov", ["Nikolai Gorbunov", "N. P. Gorbunov"], None),
 ("kabakhidze", "person", "Kabakhidze", ["Kabanidze"], None),
 ("bazhanov", "person", "Bazhanov", ["Boris Bazhanov"], None),
 ("shumsky", "person", "Shumsky", ["O. Shumsky", "Oleksandr Shumsky"], None),
 ("chubar", "person", "Chubar", ["V. Ia. Chubar", "Vlas Chubar"], None),
 ("kaganovich", "person", "Kaganovich", ["L. M. Kaganovich", "Lazar Kaganovich"], None),
 ("lashevich", "person", "Lashevich", ["Mikhail Lashevich"], None),
 ("uglanov", "person", "Uglanov", ["Nikolai Uglanov"], None),
 ("ellery-wynn", "person", "Margaret Ellery-Wynn", ["Ellery-Wynn", "ELLERY-WYNN, MARGARET"], "invented author of the reviewed book"),
 ("marchetti", "person", "Tobias R. Marchetti", ["TOBIAS R. MARCHETTI"], "invented reviewer"),
 ("tallis", "person", "Imogen Tallis", ["DR IMOGEN TALLIS", "TALLIS"], "invented historian (radio guest)"),
 ("vose", "person", "Hannah Vose", ["HANNAH VOSE", "VOSE"], "invented presenter"),
]
ALIASES = {  # extra aliases for entities of the shared list
 "kamenev": ["Lev Kamenev", "L. B. Kamenev"],
 "tsyurupa": ["Alexander Tsyurupa"],
 "krzhizhanovsky": ["Gleb Krzhizhanovsky"],
 "kuibyshev": ["Valerian Kuibyshev"],
 "kalinin": ["Mikhail Kalinin"],
 "sverdlov": ["Yakov Sverdlov"],
 "makharadze": ["Filipp Makharadze"],
 "krestinsky": ["Nikolai Krestinsky"],
 "frumkin": ["M. I. Frumkin"],
 "bukharin": ["Nikolai Bukharin", "N. I. Bukharin"],
 "vtsik": ["All-Russian Central Executive Committee", "Central Executive Committee"],
 "commissar-nationalities": ["People's Commissar for Nationalities"],
 "head-of-cheka": ["head of the GPU"],
 "head-of-red-army": ["People's Commissar for Military and Naval Affairs", "War Commissar"],
 "head-trade-unions": ["head of the trade unions", "chairman of the All-Union Central Council of Trade Unions"],
 "head-of-rabkrin": ["People's Commissar for Rabkrin", "People's Commissar for Workers' and Peasants' Inspection"],
 "head-of-gosplan": ["chairman of Gosplan", "Chairman of the State Planning Commission"],
 "lenin-deputy": ["deputy chairman of Sovnarkom", "Deputy Chairman of the Council of People's Commissars"],
 "plenipotentiary-germany": ["plenipotentiary in Berlin"],
 "georgian-cc": ["Georgian Communist Party's Central Committee"],
}

def normalise(name):
    """The scorer's own normalisation (../shared/eval/score.py)."""
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(SHARED))))
    import score
    return score.normalise(name)


def main():
    base = [json.loads(l) for l in open(SHARED, encoding='utf-8') if l.strip()]
    ids = {e['id'] for e in base}
    new_ids = {e[0] for e in NEW}
    assert not (ids & new_ids), ids & new_ids
    assert len(new_ids) == len(NEW)
    used = {x for d in R if d['required'] and not d.get('negative') for x in (d['s'], d['o'])}
    mentioned = {x for d in R for x in (d['s'], d['o'])}
    known = ids | new_ids
    bad = sorted(mentioned - known)
    assert not bad, f"unknown entity ids: {bad}"
    for k in ALIASES:
        assert k in ids, k
    with open(os.path.join(G, 'entities.jsonl'), 'w', encoding='utf-8') as f:
        for e in base:
            e = dict(e)
            e['required'] = e['id'] in used
            # A label that repeats a run of the shared corpus's words is
            # reworded (the project commits none of that text), as in heldout8-10.
            if e['id'] == 'caucasus-commissar':
                e['label'] = 'Chief commissar of the Caucasian Revolutionary War Council'
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(G, 'entities-extra-heldout11.jsonl'), 'w', encoding='utf-8') as f:
        for i, t, label, al, note in NEW:
            d = {"id": i, "type": t, "label": label, "aliases": al, "required": i in used}
            if note: d["note"] = note
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        btype = {e['id']: e for e in base}
        for i, al in ALIASES.items():
            d = {"id": i, "type": btype[i]['type'], "label": btype[i]['label'], "aliases": al, "required": i in used, "note": "adds aliases"}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(G, 'relations-heldout11.jsonl'), 'w', encoding='utf-8') as f:
        for d in R:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    validate()


def validate():
    ents = {}
    for fn in ['entities.jsonl', 'entities-extra-heldout11.jsonl']:
        for n, l in enumerate(open(os.path.join(G, fn), encoding='utf-8'), 1):
            if not l.strip():
                continue
            e = json.loads(l)
            assert e['type'] in ('person', 'body', 'position', 'issue'), (fn, n)
            old = ents.get(e['id'])
            names = [e['label']] + e.get('aliases', [])
            if old:
                assert old['type'] == e['type'], (fn, n)
                old['names'] += names
                old['required'] = old['required'] or e['required']
            else:
                ents[e['id']] = {"type": e['type'], "names": names, "required": e['required']}
    owners = collections.defaultdict(set)
    for i, e in ents.items():
        for nm in e['names']:
            owners[normalise(nm)].add(i)
    coll = {k: v for k, v in owners.items() if len(v) > 1}
    assert not coll, f"gold names shared by 2+ entities: {coll}"
    texts = TEXTS
    seen, rels, nreq, nneg, nopt = set(), collections.Counter(), 0, 0, 0
    per_rel = collections.defaultdict(lambda: [0, 0, 0])  # required tuples, optional lines, negative lines
    for n, l in enumerate(open(os.path.join(G, 'relations-heldout11.jsonl'), encoding='utf-8'), 1):
        d = json.loads(l)
        assert d['doc'] in texts, (n, d['doc'])
        assert d['s'] in ents and d['o'] in ents, (n, d['s'], d['o'])
        assert d['s'] != d['o'], n
        assert d['rel'] in ('wrote-to', 'opposed', 'supported', 'allied', 'appointed', 'held', 'member-of'), n
        assert d['date'] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d['date']), (n, d['date'])
        assert isinstance(d['required'], bool), n
        t = texts[d['doc']]
        assert d['quote'] in t, (n, d['quote'])          # verbatim substring
        if d['rel'] == 'held':
            assert ents[d['o']]['type'] == 'position', n
        if d['rel'] == 'member-of':
            assert ents[d['o']]['type'] == 'body', n
        if d['rel'] in ('wrote-to', 'held', 'member-of', 'appointed'):
            assert ents[d['s']]['type'] in ('person', 'body'), n
        key = (d['doc'], d['s'], d['rel'], d['o'], d.get('negative', False), d['quote'])
        assert key not in seen, (n, key)
        seen.add(key)
        if d.get('negative'):
            nneg += 1
            per_rel[d['rel']][2] += 1
        elif d['required']:
            t2 = (d['doc'], d['s'], d['rel'], d['o']) if d['rel'] != 'allied' else (d['doc'], d['rel']) + tuple(sorted((d['s'], d['o'])))
            if t2 not in rels:
                rels[t2] = 1
                nreq += 1
                per_rel[d['rel']][0] += 1
        else:
            nopt += 1
            per_rel[d['rel']][1] += 1
    # a negative tuple may also be a positive tuple of the same document when
    # another sentence states it; list those so that they are deliberate
    allrows = [json.loads(l) for l in open(os.path.join(G, 'relations-heldout11.jsonl'), encoding='utf-8')]
    pos = {(d['doc'], d['s'], d['rel'], d['o']) for d in allrows if not d.get('negative')}
    for d in allrows:
        if d.get('negative'):
            k = (d['doc'], d['s'], d['rel'], d['o'])
            if k in pos:
                print("note: negative tuple also positive elsewhere in the doc:", k)
    per_doc = collections.Counter(k[0] for k in rels)
    print("lines", len(seen), "required tuples", nreq, "optional lines", nopt, "negative lines", nneg)
    print("per doc", dict(sorted(per_doc.items())))
    print("rel | required tuples | optional lines | negative lines")
    for k in ('wrote-to', 'held', 'member-of', 'allied', 'opposed', 'supported', 'appointed'):
        print(k, '|', ' | '.join(map(str, per_rel[k])))
    print("entities", len(ents), "required", sum(e['required'] for e in ents.values()))
    print("OK")


if __name__ == '__main__':
    main()
