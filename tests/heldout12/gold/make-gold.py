#!/usr/bin/env python3
"""Writes the heldout12 gold files and validates them.

  python3 tests/heldout12/gold/make-gold.py [SHARED_ENTITIES]

Writes relations-heldout12.jsonl, entities-extra-heldout12.jsonl and
entities.jsonl (the shared entity list, ../shared/eval/gold/entities.jsonl,
with `required` set to true only for entities used by a required,
non-negative relation of this set). Then checks that every line parses,
every id exists, every quote occurs verbatim in its document, held/member-of
objects have the right type, and no gold name is claimed by two entities.
Annotation follows ../shared/eval/GUIDELINES.md; conventions as in heldout11
(see ../README.md).

The texts are hard-wrapped, so a quote is written here with single spaces and
Q() turns it into the verbatim passage of the text (any run of white space in
the text, and any "|" border of a box or table cell inside it, may stand for
one space of the quote); the files hold the verbatim passage.
"""
import collections, json, os, re, sys

G = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(os.path.dirname(G), 'corpus')
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(G, '..', '..', '..', '..', 'shared', 'eval', 'gold', 'entities.jsonl')

TEXTS = {fn[:-4]: open(os.path.join(C, fn), encoding='utf-8').read()
         for fn in os.listdir(C) if fn.endswith('.txt')}


def Q(doc, quote):
    """The verbatim passage of doc that the single-spaced quote stands for."""
    pat = r'\s+(?:\|\s+)*'.join(re.escape(w) for w in quote.split())
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

# ------------------------------------------------------------ h12a: documentary shooting script
a = 'h12a_documentary_script'
q = "On 18 December a plenum of the Central Committee placed Stalin in charge of the medical regime around the sick man."
opt(a, 'central-committee', 'appointed', 'stalin', '1922-12-18', q, "put in charge of a regime, not a post")
q = "The same plenum, at Lenin's insistence, threw out its own October vote and kept the monopoly of foreign trade as it was."
opt(a, 'central-committee', 'supported', 'foreign-trade-monopoly', '1922-12-18', q, "'The same plenum' (common noun pointing back)")
opt(a, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-12-18', q, "at his insistence")
N(a, 'central-committee', 'opposed', 'foreign-trade-monopoly', '1922-12-18', q, "wrong polarity: it threw out its October vote and kept the monopoly")
N(a, 'lenin', 'wrote-to', 'krupskaya', '1922-12-21', "KRUPSKAYA sits by the bed with a notepad on her knee. LENIN speaks slowly, eyes closed. She writes in pencil.", "dictation to Krupskaya")
N(a, 'krupskaya', 'wrote-to', 'trotsky', '1922-12-21', "The note was Lenin's; the hand was Krupskaya's.", "she wrote Lenin's note down; it is his")
q = "It went that night from Lenin to Trotsky, who had carried the argument at the plenum for them both."
r(a, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', q, "It = the note")
opt(a, 'lenin', 'allied', 'trotsky', '1922-12', q, "carried the argument for them both")
opt(a, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12', q, "'the argument' (not named)")
q = "It was a telephone call, nothing more, and no transcript exists. Stalin rang Krupskaya and rebuked her"
N(a, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone call")
opt(a, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q, "rebuked her")
N(a, 'krupskaya', 'wrote-to', 'stalin', '1922-12', "Some books have her writing to Stalin afterwards to protest. There is no such letter; she never wrote to him.", "a claim the speaker rejects")
r(a, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', "What she did, the very next day, was write to Kamenev.", "she = Krupskaya (the turn before)")
q = "In that letter of 23 December Krupskaya asked Kamenev, and through him Zinoviev, to shield her"
r(a, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', q)
opt(a, 'krupskaya', 'wrote-to', 'zinoviev', '1922-12-23', q, "'through him'")
q = "Over four days Lenin dictated to Volodicheva the notes that the party would later call his Testament."
N(a, 'lenin', 'wrote-to', 'volodicheva', '1922-12', q, "dictation to a secretary")
opt(a, 'lenin', 'supported', 'testament', '1922-12', q, "his own document")
r(a, 'stalin', 'held', 'general-secretary', '1922-12', "Comrade Stalin, having become General Secretary, has piled up immense power", "an actor's line (RECON.), dated by the scene heading")
opt(a, 'trotsky', 'member-of', 'central-committee', '1922-12', "Trotsky, Lenin went on, was the most capable man in the present Central Committee", "membership implied")
q = "In the Postscript Lenin urged his comrades to find a way to shift Stalin out of the General Secretary's chair and to give it to someone more patient"
r(a, 'lenin', 'opposed', 'stalin', '1923-01-04', q, "urged his removal; dated by the ON-SCREEN TEXT line")
opt(a, 'stalin', 'held', 'general-secretary', '1923-01', q, "the General Secretary's chair")
opt(a, 'lenin', 'supported', 'postscript', '1923-01-04', q, "his own document")
N(a, 'lenin', 'appointed', 'stalin', '1923', "There is a Soviet film from the sixties in which Lenin, on his deathbed, names Stalin as his heir. It is pure invention.", "a legend the speaker rejects")
q = "Sergo Ordzhonikidze, who headed the party's Transcaucasian Regional Committee, had forced the Georgian leaders into a Transcaucasian Federation they did not want."
r(a, 'ordzhonikidze', 'held', 'head-transcaucasian-committee', '1922', q, "headed")
opt(a, 'ordzhonikidze', 'member-of', 'transcaucasian-committee', '1922', q)
opt(a, 'ordzhonikidze', 'supported', 'transcaucasian-federation', '1922', q, "forced them into it (stance implied)")
opt(a, 'georgian-cc', 'opposed', 'transcaucasian-federation', '1922', q, "'the Georgian leaders'")
q = "The Politburo sent a commission of inquiry, headed by Felix Dzerzhinsky, with Dmitry Manuilsky and Vincas Mickevicius-Kapsukas as its other members."
r(a, 'politburo', 'appointed', 'dzerzhinsky-commission', None, q, "sent a commission")
opt(a, 'politburo', 'appointed', 'dzerzhinsky', None, q, "its head")
r(a, 'dzerzhinsky', 'member-of', 'dzerzhinsky-commission', None, q, "headed by")
r(a, 'manuilsky', 'member-of', 'dzerzhinsky-commission', None, q, "its other members")
r(a, 'kapsukas', 'member-of', 'dzerzhinsky-commission', None, q, "its other members")
q = "Its report cleared Ordzhonikidze and blamed the Georgians."
opt(a, 'dzerzhinsky-commission', 'allied', 'ordzhonikidze', None, q, "cleared him")
opt(a, 'dzerzhinsky-commission', 'opposed', 'georgian-cc', None, q, "'the Georgians'")
q = "In January he set his own secretaries, Fotieva and Glyasser, together with Gorbunov, to go through the commission's papers in secret."
r(a, 'fotieva', 'held', 'lenin-secretary', '1923-01', q, "apposition; he = Lenin")
r(a, 'glyasser', 'held', 'lenin-secretary', '1923-01', q, "apposition")
opt(a, 'lenin', 'opposed', 'dzerzhinsky-commission', '1923-01', "Lenin did not believe a word of it.", "it = the commission's report")
q = "In \"How We Should Reorganise Rabkrin\" Lenin asked for the inspectorate to be merged with the Central Control Commission."
r(a, 'lenin', 'supported', 'rabkrin-ccc-merger', '1923-01', q, "asked for it")
opt(a, 'lenin', 'supported', 'reorganise-rabkrin', '1923-01', q, "his own article")
opt(a, 'politburo', 'opposed', 'reorganise-rabkrin', '1923-01', "The Politburo sat on the article for days.", "delay, not a vote")
q = "Valerian Kuibyshev, one of the secretaries of the Central Committee, came up with a remarkable suggestion: print a single copy of Pravda with the article in it, just for Lenin."
r(a, 'kuibyshev', 'held', 'cc-secretary', '1923-01', q, "apposition")
opt(a, 'kuibyshev', 'member-of', 'secretariat', '1923-01', q)
opt(a, 'kuibyshev', 'opposed', 'reorganise-rabkrin', '1923-01', q, "a scheme to keep it from readers")
N(a, 'kuibyshev', 'supported', 'reorganise-rabkrin', '1923-01', q, "wrong polarity: a single copy for Lenin is a way of not publishing it")
opt(a, 'trotsky', 'supported', 'reorganise-rabkrin', '1923-01-25', "Trotsky insisted on publication, and the article appeared on 25 January.", "publication of 'the article'")
q = "On 5 March Lenin dictated two letters. The first asked Trotsky to take the Georgian case into his own hands at the Central Committee."
r(a, 'lenin', 'wrote-to', 'trotsky', '1923-03-05', q)
opt(a, 'lenin', 'allied', 'trotsky', '1923-03-05', q, "entrusted the case to him")
opt(a, 'trotsky', 'wrote-to', 'lenin', '1923-03-05', "Trotsky sent word that he was ill and could not promise.", "'sent word' (the form is not said)")
q = "The second was addressed to Stalin, with copies to Kamenev and Zinoviev."
r(a, 'lenin', 'wrote-to', 'stalin', '1923-03-05', q, "the second of Lenin's two letters")
r(a, 'lenin', 'wrote-to', 'kamenev', '1923-03-05', q, "copy to")
r(a, 'lenin', 'wrote-to', 'zinoviev', '1923-03-05', q, "copy to")
opt(a, 'lenin', 'opposed', 'stalin', '1923-03-05', "Lenin demanded an apology for the insult to his wife, or the end of all relations between them.")
N(a, 'volodicheva', 'wrote-to', 'stalin', '1923-03-07', "Volodicheva delivered the letter by hand.", "she carried Lenin's letter")
q = "Stalin read it in front of her, then dictated his reply to her on the spot"
r(a, 'stalin', 'wrote-to', 'lenin', '1923-03-07', q, "his reply to Lenin's letter")
N(a, 'stalin', 'wrote-to', 'volodicheva', '1923-03-07', q, "he dictated the reply to her; it goes to Lenin")
q = "On the 6th Lenin sent his last letter of all to Mdivani, Makharadze and their comrades, with copies to Trotsky and Kamenev."
r(a, 'lenin', 'wrote-to', 'mdivani', '1923-03-06', q)
r(a, 'lenin', 'wrote-to', 'makharadze', '1923-03-06', q)
r(a, 'lenin', 'wrote-to', 'trotsky', '1923-03-06', q, "copy to")
r(a, 'lenin', 'wrote-to', 'kamenev', '1923-03-06', q, "copy to")
q = "I am following your affair with all my heart."
opt(a, 'lenin', 'allied', 'mdivani', '1923-03-06', q, "'your' = the addressees named by the narrator")
opt(a, 'lenin', 'allied', 'makharadze', '1923-03-06', q)
N(a, 'trotsky', 'opposed', 'stalin', '1923-04', "If Trotsky had carried those notes into the congress and turned it against Stalin, the story might have ended differently. He didn't.", "a hypothetical, denied")

# ------------------------------------------------------------ h12b: historical society newsletter
b = 'h12b_society_newsletter'
q = "the People's Commissariat for Foreign Trade, headed by Leonid Krasin"
r(b, 'krasin', 'held', 'commissar-foreign-trade', '1922', q, "headed by")
opt(b, 'krasin', 'member-of', 'narkomvneshtorg', '1922', q)
q = "Grigory Sokolnikov, acting Finance Commissar from the autumn, wanted the rules loosened"
opt(b, 'sokolnikov', 'held', 'commissar-finance', '1922', q, "'acting'")
opt(b, 'sokolnikov', 'opposed', 'foreign-trade-monopoly', '1922', q, "loosening, not abolishing")
opt(b, 'bukharin', 'opposed', 'foreign-trade-monopoly', '1922', "Nikolai Bukharin went further than anyone and suggested opening the frontier to private importers on licence.", "implied")
q = "Krasin fought to keep the monopoly whole, and so did Moisei Frumkin, his deputy, and Boris Stomonyakov, the trade representative in Berlin; both sent Lenin memoranda full of figures."
r(b, 'krasin', 'supported', 'foreign-trade-monopoly', '1922', q, "fought to keep")
r(b, 'frumkin', 'supported', 'foreign-trade-monopoly', '1922', q, "and so did")
r(b, 'stomonyakov', 'supported', 'foreign-trade-monopoly', '1922', q, "and so did")
opt(b, 'frumkin', 'held', 'deputy-commissar-foreign-trade', '1922', q, "'his deputy' (his = Krasin's); the office is not named")
r(b, 'stomonyakov', 'held', 'trade-rep-berlin', '1922', q, "apposition")
r(b, 'frumkin', 'wrote-to', 'lenin', '1922', q, "memoranda")
r(b, 'stomonyakov', 'wrote-to', 'lenin', '1922', q, "memoranda")
opt(b, 'frumkin', 'allied', 'krasin', '1922', q)
opt(b, 'stomonyakov', 'allied', 'krasin', '1922', q)
q = "The plenum of 6 October 1922, with Lenin away, voted for Sokolnikov's loosening."
opt(b, 'central-committee', 'opposed', 'foreign-trade-monopoly', '1922-10-06', q, "'the plenum'; loosening")
q = "Lenin protested in a letter of 13 October to Stalin for the whole Central Committee."
r(b, 'lenin', 'wrote-to', 'stalin', '1922-10-13', q)
opt(b, 'lenin', 'wrote-to', 'central-committee', '1922-10-13', q, "for the whole Central Committee")
q = "In December Lenin dictated a second letter for the plenum, this time aimed squarely at Bukharin, whose arguments he took apart one by one."
r(b, 'lenin', 'opposed', 'bukharin', '1922-12', q, "aimed at him; took his arguments apart")
N(b, 'lenin', 'wrote-to', 'bukharin', '1922-12', q, "the letter was aimed at Bukharin, not addressed to him")
opt(b, 'lenin', 'wrote-to', 'central-committee', '1922-12', q, "for the plenum")
q = "Trotsky spoke for Lenin's view at the December plenum, and the October decision was dropped."
r(b, 'trotsky', 'allied', 'lenin', '1922-12', q, "spoke for his view")
opt(b, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12', q, "'Lenin's view'")
N(b, 'lenin', 'held', 'general-secretary', '1922', "My old school textbook says he held the post until 1922.", "a claim the archivist rejects")
q = "He was Chairman of the Council of People's Commissars, that is, head of the government, from 1917 until his death."
r(b, 'lenin', 'held', 'chair-sovnarkom', '1917', q, "He = Lenin")
q = "From 1919 the Secretariat was run by Nikolai Krestinsky, joined in 1920 by Yevgeni Preobrazhensky and Leonid Serebryakov, all three Secretaries of the Central Committee."
r(b, 'krestinsky', 'held', 'cc-secretary', '1919', q, "all three")
r(b, 'preobrazhensky', 'held', 'cc-secretary', '1920', q)
r(b, 'serebryakov', 'held', 'cc-secretary', '1920', q)
r(b, 'krestinsky', 'member-of', 'secretariat', '1919', q, "ran it")
opt(b, 'preobrazhensky', 'member-of', 'secretariat', '1920', q, "'joined ... by' (in running it)")
opt(b, 'serebryakov', 'member-of', 'secretariat', '1920', q, "'joined ... by' (in running it)")
q = "Vyacheslav Molotov then ran the office with the title of \"Responsible Secretary\"."
r(b, 'molotov', 'held', 'responsible-secretary', '1921-03', q)
opt(b, 'molotov', 'member-of', 'secretariat', '1921-03', q, "'the office'")
N(b, 'molotov', 'held', 'general-secretary', '1921', "Molotov is sometimes called the first General Secretary; he never bore that title.", "negation")
q = "The first man to carry it was Stalin, whom the Central Committee elected on 3 April 1922 at its plenum just after the Eleventh Congress."
r(b, 'stalin', 'held', 'general-secretary', '1922-04-03', q, "it = that title (General Secretary)")
r(b, 'central-committee', 'appointed', 'stalin', '1922-04-03', q, "elected (to it = the title)")
N(b, 'eleventh-congress', 'appointed', 'stalin', '1922-04-03', q, "the Central Committee elected him, not the congress")
opt(b, 'stalin', 'held', 'head-of-rabkrin', '1922', "Q. Who took over Rabkrin when Stalin became General Secretary?", "implied by the question")
q = "Q. Who took over Rabkrin when Stalin became General Secretary? (Mrs A. Fairweather) A. Alexander Tsyurupa, who was already one of Lenin's deputies in the government."
r(b, 'tsyurupa', 'held', 'head-of-rabkrin', '1922', q, "question and answer together")
r(b, 'tsyurupa', 'held', 'lenin-deputy', '1922', q, "one of Lenin's deputies")
opt(b, 'tsyurupa', 'member-of', 'rabkrin', '1922', q)
q = "He kept the inspectorate until the Twelfth Congress merged it with the Central Control Commission in 1923."
opt(b, 'twelfth-congress', 'supported', 'rabkrin-ccc-merger', '1923', q, "carried it out")
q = "Valerian Kuibyshev was then placed at the head of the merged body."
opt(b, 'kuibyshev', 'held', 'head-of-rabkrin', '1923', q, "'the merged body' (common noun)")
opt(b, 'kuibyshev', 'held', 'chair-ccc', '1923', q, "'the merged body' (common noun)")
opt(b, 'twelfth-congress', 'appointed', 'kuibyshev', '1923', q, "'then placed' (by whom is not said)")
q = "Krasin certainly wrote a great deal from London in 1922, but to the Politburo and to Lenin, not to the staff of Arcos."
r(b, 'krasin', 'wrote-to', 'politburo', '1922', q)
r(b, 'krasin', 'wrote-to', 'lenin', '1922', q)
N(b, 'krasin', 'wrote-to', 'arcos', '1922', q, "negation")
N(b, 'zinoviev', 'supported', 'foreign-trade-monopoly', '1922-10', "In the spring issue your columnist wrote that Zinoviev supported the monopoly in October 1922.", "an error that the letter corrects")
q = "Surely he voted with the majority for Sokolnikov's loosening, as did Kamenev and Stalin?"
for p in ['zinoviev', 'kamenev', 'stalin']:
    opt(b, p, 'opposed', 'foreign-trade-monopoly', '1922-10', q, "loosening, not abolishing")
q = "Zinoviev, Kamenev and Stalin all voted with the October majority; only in December did they fall in behind Lenin."
for p in ['zinoviev', 'kamenev', 'stalin']:
    r(b, p, 'allied', 'lenin', '1922-12', q, "fell in behind him")
r(b, 'stomonyakov', 'held', 'deputy-commissar-foreign-affairs', None, "Stomonyakov went on to become a deputy People's Commissar for Foreign Affairs in the next decade", "the next decade (not dated more closely)")

# ------------------------------------------------------------ h12c: auction catalogue lots
c = 'h12c_auction_lots'
q = "TROTSKY, Leon. Carbon typescript of his letter of 8 October 1923, addressed to the Central Committee and to the Central Control Commission"
r(c, 'trotsky', 'wrote-to', 'central-committee', '1923-10-08', q)
r(c, 'trotsky', 'wrote-to', 'ccc', '1923-10-08', q)
opt(c, 'trotsky', 'opposed', 'secretariat', '1923-10-08', "Trotsky attacks the \"secretarial bureaucratism\" of the apparatus", "'the apparatus'")
q = "A joint plenum of the two bodies condemned the letter later that month."
opt(c, 'central-committee', 'opposed', 'trotsky', '1923-10', q, "condemned his letter")
opt(c, 'ccc', 'opposed', 'trotsky', '1923-10', q, "condemned his letter")
q = "Among the signatories are Yevgeni Preobrazhensky, Leonid Serebryakov, Georgy Piatakov, Timofei Sapronov and Valerian Osinsky."
for p in ['preobrazhensky', 'serebryakov', 'piatakov', 'sapronov', 'osinsky']:
    r(c, p, 'supported', 'declaration-46', '1923-10-15', q, "signatories of the lot's Declaration (lot heading)")
    opt(c, p, 'wrote-to', 'politburo', '1923-10-15', q, "the Declaration was addressed to the Politburo")
N(c, 'trotsky', 'supported', 'declaration-46', '1923-10', "Trotsky did not sign it, although the majority treated it from the first as his work.", "negation; a view of the majority")
q = "signed in facsimile by Zinoviev as chairman of the Executive Committee of the Communist International"
r(c, 'zinoviev', 'held', 'chair-ecci', '1924', q, "'as chairman of'")
opt(c, 'zinoviev', 'member-of', 'ecci', '1924', q)
opt(c, 'zinoviev', 'wrote-to', 'comintern', '1924', "A routine circular to the sections of the International", "the sections of the International")
N(c, 'zinoviev', 'wrote-to', 'cpgb', '1924-10', "\"Zinoviev letter\" to the Communist Party of Great Britain, published by the Daily Mail in October 1924 and now generally regarded as a forgery; Zinoviev did not write it.", "a forgery; negation")
q = "Krupskaya headed the Chief Committee for Political Education"
r(c, 'krupskaya', 'held', 'head-glavpolitprosvet', '1925', q, "headed")
opt(c, 'krupskaya', 'member-of', 'glavpolitprosvet', '1925', q)
q = "her name stood beside those of Zinoviev, Kamenev and Sokolnikov under the so-called Platform of the Four"
for p in ['krupskaya', 'zinoviev', 'kamenev', 'sokolnikov']:
    r(c, p, 'supported', 'platform-four', '1925', q, "signed it")
for p in ['zinoviev', 'kamenev', 'sokolnikov']:
    opt(c, 'krupskaya', 'allied', p, '1925', q, "her name beside theirs")
opt(c, 'krupskaya', 'member-of', 'new-opposition', '1925', "the future New Opposition challenged the majority before the Fourteenth Congress. She drew back from the opposition in 1926.", "'the opposition'")
q = "KAMENEV, Lev. Typed copy of his notes on a conversation with Nikolai Bukharin, 11 July 1928"
N(c, 'kamenev', 'wrote-to', 'bukharin', '1928-07-11', q, "notes on a conversation")
N(c, 'bukharin', 'wrote-to', 'kamenev', '1928-07', "NOT A LETTER BETWEEN THE TWO MEN. Bukharin called on Kamenev in July 1928 and talked for an hour", "a visit and a talk")
r(c, 'kamenev', 'wrote-to', 'zinoviev', '1928-07', "Kamenev set the conversation down afterwards in notes intended for Zinoviev.", "a memorandum for him")
r(c, 'bukharin', 'opposed', 'stalin', '1928-07-11', "Bukharin is recorded as calling Stalin an unprincipled intriguer who would strangle them all.")
q = "Stalin's supporters called the meeting a bloc between the Right and the Trotskyists; no such bloc was ever formed."
N(c, 'bukharin', 'allied', 'kamenev', '1928-07', q, "a charge the catalogue rejects")
N(c, 'right-opposition', 'allied', 'left-opposition', '1928', q, "a charge the catalogue rejects")
q = "JOFFE, Adolf. Typed copy of his farewell letter to Trotsky, 16 November 1927"
r(c, 'joffe', 'wrote-to', 'trotsky', '1927-11-16', q)
q = "Joffe, who had been the first Soviet plenipotentiary in Berlin and later led the mission to China and Japan, urges Trotsky to hold to his course."
r(c, 'joffe', 'held', 'plenipotentiary-germany', None, q, "had been (not dated here)")
opt(c, 'joffe', 'allied', 'trotsky', '1927-11-16', q, "urges him on")
q = "RAKOVSKY, Christian. Typed copy of his letter from Astrakhan, 6 August 1928, to G. B. Valentinov"
r(c, 'rakovsky', 'wrote-to', 'valentinov', '1928-08-06', q)
q = "written in exile by the best-known figure of the Left Opposition after Trotsky"
r(c, 'rakovsky', 'member-of', 'left-opposition', '1928', q, "the best-known figure of it = Rakovsky (lot heading)")
opt(c, 'trotsky', 'member-of', 'left-opposition', '1928', q, "'after Trotsky'")
q = "Its addressee, Valentinov, had been editor of Trud, the trade union daily, before his own expulsion."
r(c, 'valentinov', 'held', 'editor-trud', None, q, "apposition (had been)")
opt(c, 'valentinov', 'member-of', 'trud', None, q)
N(c, 'trotsky', 'wrote-to', 'valentinov', '1928-08-06', "this copy was catalogued as a letter of Trotsky to Valentinov; the attribution was mistaken, and Trotsky had no part in it.", "a mistaken attribution, corrected")
q = "Sokolnikov ran the Finance Commissariat from 1922 and created the stable chervonets."
r(c, 'sokolnikov', 'held', 'commissar-finance', '1922', q, "ran the commissariat")
opt(c, 'sokolnikov', 'member-of', 'narkomfin', '1922', q)
q = "He lost the commissariat in January 1926 for taking the side of the New Opposition, and Nikolai Bryukhanov replaced him as commissar."
r(c, 'sokolnikov', 'allied', 'new-opposition', '1925', q, "taking the side of")
r(c, 'bryukhanov', 'held', 'commissar-finance', '1926-01', q, "replaced him as commissar (of the Finance Commissariat)")
opt(c, 'sokolnikov', 'member-of', 'new-opposition', '1925', q, "took its side")
opt(c, 'preobrazhensky', 'wrote-to', 'piatakov', '1926', "with a presentation inscription from the author to Piatakov on the half-title", "a book inscription")
q = "The book in which Preobrazhensky set out his law of \"primitive socialist accumulation\", a doctrine which Bukharin attacked at length in Pravda."
r(c, 'preobrazhensky', 'supported', 'primitive-accumulation', '1926', q, "set out his law")
r(c, 'bukharin', 'opposed', 'primitive-accumulation', '1926', q, "attacked")
opt(c, 'bukharin', 'opposed', 'preobrazhensky', '1926', q)
q = "Piatakov was then deputy chairman of Vesenkha."
r(c, 'piatakov', 'held', 'deputy-chair-vsnkh', '1926', q)
opt(c, 'piatakov', 'member-of', 'vesenkha', '1926', q)

# ------------------------------------------------------------ h12d: school textbook chapter
d = 'h12d_textbook_chapter'
q = "how Zinoviev, Kamenev and Stalin combined against Trotsky"
for p in ['zinoviev', 'kamenev', 'stalin']:
    r(d, p, 'opposed', 'trotsky', None, q, "combined against him")
opt(d, 'zinoviev', 'allied', 'kamenev', None, q, "combined")
opt(d, 'zinoviev', 'allied', 'stalin', None, q, "combined")
opt(d, 'kamenev', 'allied', 'stalin', None, q, "combined")
q = "troika The three-man alliance of Zinoviev, Kamenev and Stalin, formed while Lenin lay ill in 1923."
for p in ['zinoviev', 'kamenev', 'stalin']:
    r(d, p, 'member-of', 'troika', '1923', q, "a key-terms box: term and definition")
opt(d, 'trotsky', 'supported', 'new-course', '1923-12', "New Course Trotsky's pamphlet of December 1923 calling for more democracy inside the party.", "his own pamphlet")
q = "Zinoviev was party boss in Petrograd and chairman of the Communist International"
r(d, 'zinoviev', 'held', 'chair-ecci', '1923', q)
opt(d, 'zinoviev', 'member-of', 'comintern', '1923', q)
q = "Kamenev chaired the Moscow Soviet and took Lenin's place at meetings of Sovnarkom"
r(d, 'kamenev', 'held', 'chair-moscow-soviet', '1923', q, "chaired")
opt(d, 'kamenev', 'member-of', 'moscow-soviet', '1923', q)
opt(d, 'kamenev', 'held', 'lenin-deputy', '1923', q, "took Lenin's place at meetings (deputy; the post is not named)")
opt(d, 'kamenev', 'member-of', 'sovnarkom', '1923', q)
r(d, 'stalin', 'held', 'general-secretary', '1923', "Stalin was General Secretary.")
q = "Each of them feared Trotsky, the People's Commissar for War, more than he feared the other two."
r(d, 'trotsky', 'held', 'head-of-red-army', '1923', q, "apposition")
opt(d, 'trotsky', 'member-of', 'war-commissariat', '1923', q)
q = "His letter to the Central Committee and the \"Declaration of the 46\", signed by many of his friends, both blamed the party apparatus for the crisis."
r(d, 'trotsky', 'wrote-to', 'central-committee', '1923', q, "His = Trotsky's (sentence before)")
opt(d, 'trotsky', 'opposed', 'secretariat', '1923', q, "'the party apparatus'")
q = "The troika answered at the Thirteenth Party Conference in January 1924, which condemned the opposition as a \"petty-bourgeois deviation\"."
opt(d, 'thirteenth-conference', 'opposed', 'left-opposition', '1924-01', q, "'the opposition'")
opt(d, 'troika', 'opposed', 'trotsky', '1924-01', q, "answered him")
q = "At the same time Vladimir Antonov-Ovseenko, the head of PUR, was removed for defending Trotsky in the army's party cells."
r(d, 'antonov-ovseenko', 'held', 'head-pur', '1924-01', q, "apposition (held until then)")
r(d, 'antonov-ovseenko', 'allied', 'trotsky', '1924-01', q, "defending Trotsky")
opt(d, 'antonov-ovseenko', 'member-of', 'pur', '1924-01', q)
q = "The Orgburo put Andrei Bubnov in his place."
r(d, 'bubnov', 'held', 'head-pur', '1924-01', q, "in his place = Antonov-Ovseenko's post")
r(d, 'orgburo', 'appointed', 'bubnov', '1924-01', q, "put him in the post")
opt(d, 'bubnov', 'member-of', 'pur', '1924-01', q)
q = "He was on his way to the Black Sea for his health and, he later claimed, Stalin's telegram gave him the wrong date."
r(d, 'stalin', 'wrote-to', 'trotsky', '1924-01', q, "a telegram; him = Trotsky")
N(d, 'trotsky', 'wrote-to', 'stalin', '1924-01', "Trotsky did not reply by letter; he simply carried on to Sukhumi.", "negation")
N(d, 'krupskaya', 'wrote-to', 'central-committee', '1924-05', "In May 1924 Krupskaya handed Lenin's notes on his colleagues to the Central Committee.", "handing over Lenin's notes, not a letter of hers")
opt(d, 'lenin', 'wrote-to', 'central-committee', '1924-05', "In May 1924 Krupskaya handed Lenin's notes on his colleagues to the Central Committee.", "the notes reach the body (they were for the congress)")
q = "Zinoviev and Kamenev argued that Stalin had learned his lesson, and the meeting voted to leave him where he was."
r(d, 'zinoviev', 'allied', 'stalin', '1924-05', q, "spoke up for him")
r(d, 'kamenev', 'allied', 'stalin', '1924-05', q, "spoke up for him")
opt(d, 'thirteenth-congress', 'supported', 'stalin', '1924-05', q, "'the meeting'; a person as object")
q = "In the autumn of 1924 Trotsky published \"Lessons of October\", which reminded readers that Zinoviev and Kamenev had voted against the rising in 1917."
r(d, 'zinoviev', 'opposed', 'october-insurrection', '1917', q, "voted against")
r(d, 'kamenev', 'opposed', 'october-insurrection', '1917', q, "voted against")
opt(d, 'trotsky', 'supported', 'lessons-of-october', '1924', q, "his own essay")
opt(d, 'trotsky', 'opposed', 'zinoviev', '1924', q, "implied")
opt(d, 'trotsky', 'opposed', 'kamenev', '1924', q, "implied")
for p in ['zinoviev', 'kamenev', 'stalin']:
    opt(d, p, 'opposed', 'trotsky', '1924', "The troika replied with a flood of articles.", "the troika's members")
opt(d, 'troika', 'opposed', 'trotsky', '1924', "The troika replied with a flood of articles.", "replied (to Trotsky)")
q = "In January 1925 Trotsky resigned as People's Commissar for War, and Mikhail Frunze took the War Commissariat."
opt(d, 'trotsky', 'held', 'head-of-red-army', '1925-01', q, "held until then")
r(d, 'frunze', 'held', 'head-of-red-army', '1925-01', q, "took the War Commissariat (in Trotsky's place)")
opt(d, 'frunze', 'member-of', 'war-commissariat', '1925-01', q)
q = "When Frunze died after an operation in October 1925, Kliment Voroshilov, a loyal friend of Stalin from the Civil War, followed him."
r(d, 'voroshilov', 'held', 'head-of-red-army', '1925-10', q, "followed him = succeeded Frunze")
opt(d, 'voroshilov', 'allied', 'stalin', '1925', q, "a loyal friend")
N(d, 'kamenev', 'wrote-to', 'fourteenth-congress', '1925-12', "From a speech by Kamenev to the Fourteenth Party Congress, December 1925", "a speech")
opt(d, 'kamenev', 'opposed', 'stalin', '1925-12', "I have become convinced that Comrade Stalin is not the man to hold our Bolshevik leadership together.", "a quoted source")
q = "Zinoviev and Kamenev now accused Stalin of going soft on the richer peasants, and at the Fourteenth Congress Kamenev openly opposed his remaining General Secretary."
r(d, 'zinoviev', 'opposed', 'stalin', '1925', q, "accused him")
r(d, 'kamenev', 'opposed', 'stalin', '1925-12', q, "accused him; opposed his remaining in the post")
opt(d, 'stalin', 'held', 'general-secretary', '1925-12', q, "his remaining General Secretary")
opt(d, 'fourteenth-congress', 'opposed', 'new-opposition', '1925-12', "The Leningrad delegation, known as the New Opposition, was crushed.", "passive, no agent")
N(d, 'trotsky', 'member-of', 'workers-opposition', '1920', "Students often write that Trotsky led the Workers' Opposition of 1920-21. He did not.", "a mistake the box corrects")
q = "That group was led by Alexander Shlyapnikov and Alexandra Kollontai, and Trotsky was one of its sharpest critics."
r(d, 'shlyapnikov', 'member-of', 'workers-opposition', '1920', q, "That group = the Workers' Opposition (sentence before); led by")
r(d, 'kollontai', 'member-of', 'workers-opposition', '1920', q, "led by")
r(d, 'trotsky', 'opposed', 'workers-opposition', '1920', q, "one of its sharpest critics")
q = "In 1926 Trotsky, Zinoviev and Kamenev, who had been enemies for three years, came together in the United Opposition."
for p in ['trotsky', 'zinoviev', 'kamenev']:
    r(d, p, 'member-of', 'united-opposition', '1926', q, "came together in it")
r(d, 'trotsky', 'allied', 'zinoviev', '1926', q, "came together")
r(d, 'trotsky', 'allied', 'kamenev', '1926', q, "came together")
opt(d, 'zinoviev', 'allied', 'kamenev', '1926', q)
q = "Zinoviev was dropped from the Politburo in July 1926 and, at the end of the year, lost the leadership of the Communist International to Bukharin."
opt(d, 'zinoviev', 'member-of', 'politburo', '1926-07', q, "held until then")
opt(d, 'zinoviev', 'held', 'chair-ecci', '1926', q, "the leadership of the Communist International (held until then)")
opt(d, 'bukharin', 'member-of', 'comintern', '1926', q, "took over its leadership")
q = "Editor of Pravda from 1918 and a full member of the Politburo from 1924."
r(d, 'bukharin', 'held', 'editor-pravda', '1918', q, "the PROFILE box's subject")
r(d, 'bukharin', 'member-of', 'politburo', '1924', q, "a full member of")
opt(d, 'bukharin', 'member-of', 'pravda', '1918', q)
r(d, 'bukharin', 'supported', 'nep', None, "Bukharin was the leading defender of the New Economic Policy and of the peasant alliance.", "the leading defender of")
q = "In 1928-29 he, Alexei Rykov (head of the government) and Mikhail Tomsky (the trade union leader) formed what Stalin called the \"Right deviation\"."
r(d, 'rykov', 'held', 'chair-sovnarkom', '1928', q, "parenthetical apposition")
r(d, 'tomsky', 'held', 'head-trade-unions', '1928', q, "parenthetical apposition")
for p in ['bukharin', 'rykov', 'tomsky']:
    r(d, p, 'member-of', 'right-opposition', '1928', q, "formed it (he = Bukharin)")
opt(d, 'bukharin', 'allied', 'rykov', '1928', q)
opt(d, 'bukharin', 'allied', 'tomsky', '1928', q)
opt(d, 'rykov', 'allied', 'tomsky', '1928', q)
opt(d, 'stalin', 'opposed', 'right-opposition', '1928', q, "named it as a deviation")
r(d, 'stalin', 'supported', 'extraordinary-measures', '1928', "In 1928 grain deliveries collapsed, and Stalin turned to forced collection.", "turned to it")
q = "Bukharin warned against it in the Politburo, and in \"Notes of an Economist\" he attacked the breakneck pace of the new industrial plans."
r(d, 'bukharin', 'opposed', 'extraordinary-measures', '1928', q, "it = forced collection (sentence before)")
opt(d, 'bukharin', 'opposed', 'industrialisation', '1928', q, "its pace")
r(d, 'stalin', 'opposed', 'right-opposition', '1928-10', "In October 1928 Stalin told the Moscow party committee that the Right deviation was now the main danger in the party.", "named it the main danger (a speech)")
N(d, 'kamenev', 'wrote-to', 'zinoviev', '1925-12', "Imagine you are Kamenev in December 1925. Write a short letter to Zinoviev explaining why you are ready to break with Stalin.", "a classroom exercise, not a letter")
opt(d, 'kamenev', 'opposed', 'stalin', '1925', "why did Kamenev oppose Stalin in 1925, when he had protected him in 1924?", "presupposed by the question")
opt(d, 'kamenev', 'allied', 'stalin', '1924', "why did Kamenev oppose Stalin in 1925, when he had protected him in 1924?", "protected him")
N(d, 'stalin', 'appointed', 'rykov', '1924', "True or false? \"Stalin appointed Rykov head of the government in 1924.\"", "the statement is false (answer given)")
q = "The Central Executive Committee of the USSR appointed Rykov chairman of Sovnarkom after Lenin's death; Stalin had no power to do so."
r(d, 'tsik-ussr', 'appointed', 'rykov', '1924', q)
r(d, 'rykov', 'held', 'chair-sovnarkom', '1924', q)
opt(d, 'lenin', 'held', 'chair-sovnarkom', '1924', q, "implied")

# ------------------------------------------------------------ h12e: prosopographical table and notes
e = 'h12e_prosopography'
r(e, 'lenin', 'held', 'chair-sovnarkom', '1917', "LENIN, | Chairman of Sovnarkom 1917-24;", "table row")
r(e, 'lenin', 'held', 'chair-sto', '1918', "Vladimir Ilyich | chairman of the Council of Labour and Defence 1918-24", "table row")
r(e, 'lenin', 'member-of', 'politburo', '1919', "LENIN, | Chairman of Sovnarkom 1917-24; | Politburo 1919-24", "Party bodies column")
q = "TROTSKY, | People's Commissar for Foreign Affairs 1917-18; | Politburo 1919-26"
r(e, 'trotsky', 'held', 'commissar-foreign-affairs', '1917', q, "table row")
r(e, 'trotsky', 'member-of', 'politburo', '1919', q, "Party bodies column")
q = "Lev Davidovich | People's Commissar for War and | | | chairman of the Revolutionary Military Council 1918-25;"
r(e, 'trotsky', 'held', 'head-of-red-army', '1918', q, "table row")
r(e, 'trotsky', 'held', 'chair-rvs', '1918', q, "table row")
opt(e, 'trotsky', 'member-of', 'revvoensovet', '1918', q)
r(e, 'trotsky', 'held', 'chair-concessions', '1925', "chairman of the Chief Concessions Committee 1925-27 [1]", "table row (third line of row 2)")
q = "ZINOVIEV, | Chairman of the Petrograd (Leningrad) Soviet 1917-26; | Politburo 1921-26"
r(e, 'zinoviev', 'held', 'chair-petrograd-soviet', '1917', q, "table row")
r(e, 'zinoviev', 'member-of', 'politburo', '1921', q)
r(e, 'zinoviev', 'held', 'chair-ecci', '1919', "Grigory Yevseyevich | chairman of the Executive Committee of the Comintern 1919-26", "table row")
q = "KAMENEV, | Chairman of the Moscow Soviet 1918-26; | Politburo 1919-25 [2]"
r(e, 'kamenev', 'held', 'chair-moscow-soviet', '1918', q, "table row")
r(e, 'kamenev', 'member-of', 'politburo', '1919', q)
r(e, 'kamenev', 'held', 'lenin-deputy', '1922', "Lev Borisovich | deputy chairman of Sovnarkom 1922-26;", "table row")
r(e, 'kamenev', 'held', 'chair-sto', '1924', "chairman of the Council of Labour and Defence 1924-26;", "table row (row 4)")
r(e, 'kamenev', 'held', 'commissar-trade', '1926', "People's Commissar of Trade 1926", "table row (row 4)")
q = "STALIN, | People's Commissar for Nationalities 1917-23; | Politburo 1919-;"
r(e, 'stalin', 'held', 'commissar-nationalities', '1917', q, "table row")
r(e, 'stalin', 'member-of', 'politburo', '1919', q)
q = "Iosif Vissarionovich | People's Commissar of Rabkrin 1920-22; General Secretary 1922- | Orgburo 1919-"
r(e, 'stalin', 'held', 'head-of-rabkrin', '1920', q, "table row")
r(e, 'stalin', 'held', 'general-secretary', '1922', q, "table row")
r(e, 'stalin', 'member-of', 'orgburo', '1919', q)
q = "RYKOV, | Chairman of Vesenkha 1918-21 and 1923-24; | Politburo 1922-30"
r(e, 'rykov', 'held', 'chair-vsnkh', '1918', q, "table row")
r(e, 'rykov', 'member-of', 'politburo', '1922', q)
opt(e, 'rykov', 'member-of', 'vesenkha', '1918', q)
r(e, 'rykov', 'held', 'chair-sovnarkom', '1924', "Alexei Ivanovich | chairman of Sovnarkom 1924-30 [3]", "table row")
q = "DZERZHINSKY, | Chairman of the Cheka and its successor the OGPU 1917-26; | Orgburo 1921-24"
r(e, 'dzerzhinsky', 'held', 'head-of-cheka', '1917', q, "table row")
r(e, 'dzerzhinsky', 'member-of', 'orgburo', '1921', q)
opt(e, 'dzerzhinsky', 'member-of', 'cheka', '1917', q)
r(e, 'dzerzhinsky', 'held', 'commissar-ways', '1921', "Felix Edmundovich | People's Commissar of Ways of Communication 1921-24;", "table row")
r(e, 'dzerzhinsky', 'held', 'chair-vsnkh', '1924', "chairman of Vesenkha 1924-26", "table row (row 7)")
q = "KUIBYSHEV, | Secretary of the Central Committee 1922-23; | Politburo 1927-35"
r(e, 'kuibyshev', 'held', 'cc-secretary', '1922', q, "table row")
r(e, 'kuibyshev', 'member-of', 'politburo', '1927', q)
r(e, 'kuibyshev', 'held', 'chair-ccc', '1923', "Valerian Vladimirovich | chairman of the Central Control Commission 1923-26;", "table row")
r(e, 'kuibyshev', 'held', 'chair-vsnkh', '1926', "chairman of Vesenkha 1926-30", "table row (row 8)")
q = "ORDZHONIKIDZE, | First secretary of the Transcaucasian Regional Committee 1922-26; | Central Control Commission"
r(e, 'ordzhonikidze', 'held', 'head-transcaucasian-committee', '1922', q, "table row")
r(e, 'ordzhonikidze', 'member-of', 'ccc', '1926', q, "Party bodies column")
r(e, 'ordzhonikidze', 'held', 'chair-ccc', '1926', "Grigory Konstantinovich | chairman of the Central Control Commission 1926-30", "table row")
q = "CHICHERIN, | People's Commissar for Foreign Affairs 1918-30 | Central Committee 1925-30"
r(e, 'chicherin', 'held', 'commissar-foreign-affairs', '1918', q, "table row")
r(e, 'chicherin', 'member-of', 'central-committee', '1925', q)
opt(e, 'chicherin', 'member-of', 'narkomindel', '1918', q)
r(e, 'lunacharsky', 'held', 'commissar-enlightenment', '1917', "LUNACHARSKY, | People's Commissar of Enlightenment 1917-29", "table row")
q = "YAROSLAVSKY, | Secretary of the Central Control Commission 1923-34 [4] | Central Control Commission"
r(e, 'yaroslavsky', 'held', 'secretary-ccc', '1923', q, "table row")
r(e, 'yaroslavsky', 'member-of', 'ccc', '1923', q)
q = "ENUKIDZE, | Secretary of the Central Executive Committee of the USSR 1922-35 | Central Control Commission"
r(e, 'enukidze', 'held', 'secretary-tsik', '1922', q, "table row")
r(e, 'enukidze', 'member-of', 'ccc', '1924', q)
opt(e, 'enukidze', 'member-of', 'tsik-ussr', '1922', q)
q = "KALININ, | Chairman of the All-Russian Central Executive Committee 1919-38 | Politburo 1926-46"
r(e, 'kalinin', 'held', 'chair-vtsik', '1919', q, "table row")
r(e, 'kalinin', 'member-of', 'politburo', '1926', q)
opt(e, 'kalinin', 'member-of', 'vtsik', '1919', q)
q = "Trotsky was twice offered a deputy chairmanship of Sovnarkom, in September and again in December 1922, and twice refused it; he therefore does not appear under that post."
N(e, 'trotsky', 'held', 'lenin-deputy', '1922', q, "offered and refused")
q = "His transfer to the Chief Concessions Committee in 1925 was a demotion, and Vesenkha, not the War Commissariat, became his base."
opt(e, 'trotsky', 'member-of', 'concessions-committee', '1925', q)
opt(e, 'trotsky', 'member-of', 'vesenkha', '1925', q, "his base")
q = "Kamenev lost his full seat in the Politburo after the Fourteenth Congress and was a candidate member until October 1926, when he was removed altogether."
opt(e, 'kamenev', 'member-of', 'politburo', '1926', q, "a candidate member")
N(e, 'kamenev', 'held', 'chair-sovnarkom', '1923', "Several older reference works describe him as \"acting chairman of Sovnarkom\" in 1923.", "a claim the notes reject")
q = "He presided at many of its sittings during Lenin's illness, but he never held the chairmanship itself, which remained Lenin's until January 1924."
N(e, 'kamenev', 'held', 'chair-sovnarkom', '1923', q, "negation")
opt(e, 'lenin', 'held', 'chair-sovnarkom', '1924-01', q, "'remained Lenin's'")
q = "On Lenin's death the Central Executive Committee of the USSR elected Rykov to succeed him as chairman of Sovnarkom, on 2 February 1924."
r(e, 'tsik-ussr', 'appointed', 'rykov', '1924-02-02', q, "elected")
r(e, 'rykov', 'held', 'chair-sovnarkom', '1924-02-02', q)
opt(e, 'lenin', 'held', 'chair-sovnarkom', '1924-01', q, "the predecessor")
q = "Rykov's chair at Vesenkha passed to Dzerzhinsky, who held it until his death in July 1926;"
r(e, 'dzerzhinsky', 'held', 'chair-vsnkh', '1924', q, "the chair passed to him")
opt(e, 'rykov', 'held', 'chair-vsnkh', '1924', q, "the predecessor")
q = "it then went to Kuibyshev, while Ordzhonikidze took over Kuibyshev's place at the head of the Central Control Commission and of Rabkrin."
r(e, 'kuibyshev', 'held', 'chair-vsnkh', '1926', q, "it = the chair at Vesenkha")
r(e, 'ordzhonikidze', 'held', 'chair-ccc', '1926', q, "at the head of")
r(e, 'ordzhonikidze', 'held', 'head-of-rabkrin', '1926', q, "at the head of")
opt(e, 'kuibyshev', 'held', 'head-of-rabkrin', '1926', q, "the predecessor")
opt(e, 'ordzhonikidze', 'member-of', 'rabkrin', '1926', q)
q = "He drew up the charges against Trotsky and Zinoviev which a joint session of the Central Committee with the Central Control Commission accepted in October 1927"
r(e, 'yaroslavsky', 'opposed', 'trotsky', '1927-10', q, "He = Yaroslavsky; charges against")
r(e, 'yaroslavsky', 'opposed', 'zinoviev', '1927-10', q)
opt(e, 'central-committee', 'opposed', 'trotsky', '1927-10', q, "accepted the charges")
opt(e, 'central-committee', 'opposed', 'zinoviev', '1927-10', q)
opt(e, 'ccc', 'opposed', 'trotsky', '1927-10', q)
opt(e, 'ccc', 'opposed', 'zinoviev', '1927-10', q)
opt(e, 'yaroslavsky', 'opposed', 'trotsky', None, "he wrote the standard attack on \"Trotskyism\" for the party schools")
q = "It is sometimes said that he and Trotsky corresponded in friendly terms before 1923; the supposed letters have never been found, and the story is best set aside."
N(e, 'yaroslavsky', 'wrote-to', 'trotsky', '1922', q, "a story the notes reject")
N(e, 'trotsky', 'wrote-to', 'yaroslavsky', '1922', q, "a story the notes reject")
opt(e, 'enukidze', 'allied', 'stalin', None, "Enukidze, an old friend of Stalin's from Georgia, was the Politburo's channel to the state presidium.", "an old friend")
opt(e, 'enukidze', 'member-of', 'central-committee', '1934', "his membership of the Central Committee began in 1934", "outside the table's period")

# ------------------------------------------------------------ entities
NEW = [
 # positions (ids as in heldout9-11 where the same office appears there)
 ("chair-sovnarkom", "position", "Chairman of the Council of People's Commissars",
  ["Chairman of Sovnarkom", "head of the government", "chairmanship of Sovnarkom"], "not Lenin's deputy; id as in heldout9-11"),
 ("chair-sto", "position", "chairman of the Council of Labour and Defence", ["chair of the Council of Labour and Defence"], "id as in heldout10-11"),
 ("chair-vsnkh", "position", "chairman of the Supreme Council of National Economy", ["chairman of Vesenkha", "chair at Vesenkha", "head of Vesenkha"], "id as in heldout9-11"),
 ("deputy-chair-vsnkh", "position", "deputy chairman of Vesenkha", ["deputy chairman of the Supreme Council of National Economy"], None),
 ("chair-ccc", "position", "chairman of the Central Control Commission", ["chairman of the CCC", "head of the Central Control Commission"], "id as in heldout9-11"),
 ("secretary-ccc", "position", "Secretary of the Central Control Commission", ["secretary of the CCC"], "Yaroslavsky"),
 ("cc-secretary", "position", "Secretary of the Central Committee", ["secretaries of the Central Committee", "CC Secretary"], "not the General Secretary; id as in heldout9-11"),
 ("responsible-secretary", "position", "Responsible Secretary", ["Responsible Secretary of the Central Committee"], "Molotov, 1921-22"),
 ("commissar-trade", "position", "People's Commissar of Trade", ["Commissar of Trade"], "id as in heldout10-11"),
 ("deputy-commissar-foreign-trade", "position", "deputy People's Commissar for Foreign Trade", ["deputy Commissar for Foreign Trade"], "id as in heldout10-11"),
 ("trade-rep-berlin", "position", "trade representative in Berlin", ["Soviet trade representative in Germany"], "Stomonyakov"),
 ("commissar-foreign-affairs", "position", "People's Commissar for Foreign Affairs", ["Foreign Commissar"], None),
 ("deputy-commissar-foreign-affairs", "position", "deputy People's Commissar for Foreign Affairs", ["deputy Foreign Commissar"], None),
 ("commissar-enlightenment", "position", "People's Commissar of Enlightenment", ["People's Commissar of Education"], "Lunacharsky"),
 ("commissar-ways", "position", "People's Commissar of Ways of Communication", ["People's Commissar of Railways"], None),
 ("chair-rvs", "position", "chairman of the Revolutionary Military Council", ["chairman of the Revvoensovet"], None),
 ("head-pur", "position", "head of PUR", ["head of the Political Administration of the Red Army"], None),
 ("chair-petrograd-soviet", "position", "Chairman of the Petrograd Soviet", ["Chairman of the Petrograd (Leningrad) Soviet", "chairman of the Leningrad Soviet"], None),
 ("chair-moscow-soviet", "position", "Chairman of the Moscow Soviet", [], None),
 ("chair-ecci", "position", "chairman of the Executive Committee of the Communist International",
  ["chairman of the Executive Committee of the Comintern", "chairman of the Communist International", "chairman of the Comintern", "leadership of the Communist International"], None),
 ("chair-concessions", "position", "chairman of the Chief Concessions Committee", ["chairman of the Concessions Committee"], "id as in heldout11"),
 ("chair-vtsik", "position", "chairman of the All-Russian Central Executive Committee", ["chairman of VTsIK"], "id as in heldout11"),
 ("secretary-tsik", "position", "Secretary of the Central Executive Committee of the USSR", ["secretary of the TsIK"], "Enukidze"),
 ("head-transcaucasian-committee", "position", "first secretary of the Transcaucasian Regional Committee",
  ["head of the Transcaucasian Regional Committee"], "id as in heldout11"),
 ("head-glavpolitprosvet", "position", "head of the Chief Committee for Political Education", ["head of Glavpolitprosvet"], "Krupskaya"),
 ("editor-trud", "position", "editor of Trud", [], "Valentinov"),
 # bodies
 ("vesenkha", "body", "Supreme Council of National Economy", ["Vesenkha", "VSNKh"], "id as in heldout9-11"),
 ("troika", "body", "troika", ["triumvirate", "the troika"], "Zinoviev, Kamenev, Stalin; id as in heldout8-11"),
 ("united-opposition", "body", "United Opposition", ["Joint Opposition"], "id as in heldout8-11"),
 ("new-opposition", "body", "New Opposition", ["Leningrad opposition", "Leningrad delegation"], "id as in heldout10-11"),
 ("right-opposition", "body", "Right Opposition", ["the Right", "Right deviation", "Right"], "id as in heldout11"),
 ("war-commissariat", "body", "War Commissariat", ["People's Commissariat for Military and Naval Affairs"], "id as in heldout10-11"),
 ("concessions-committee", "body", "Chief Concessions Committee", ["Concessions Committee"], "id as in heldout11"),
 ("tsik-ussr", "body", "Central Executive Committee of the USSR", ["Central Executive Committee of the U.S.S.R.", "TsIK"], "not the All-Russian VTsIK; id as in heldout9-11"),
 ("narkomvneshtorg", "body", "People's Commissariat for Foreign Trade", ["Commissariat for Foreign Trade"], None),
 ("narkomfin", "body", "Finance Commissariat", ["People's Commissariat of Finance"], None),
 ("revvoensovet", "body", "Revolutionary Military Council", ["Revvoensovet"], None),
 ("pur", "body", "PUR", ["Political Administration of the Red Army"], None),
 ("petrograd-soviet", "body", "Petrograd Soviet", ["Leningrad Soviet", "Petrograd (Leningrad) Soviet"], None),
 ("moscow-soviet", "body", "Moscow Soviet", [], None),
 ("ecci", "body", "Executive Committee of the Communist International", ["Executive Committee of the Comintern", "ECCI"], None),
 ("glavpolitprosvet", "body", "Chief Committee for Political Education", ["Glavpolitprosvet"], None),
 ("trud", "body", "Trud", [], "trade union daily"),
 ("cpgb", "body", "Communist Party of Great Britain", ["British Communist Party"], None),
 ("arcos", "body", "Arcos", [], "Soviet trading company in London"),
 ("daily-mail", "body", "Daily Mail", [], None),
 ("thirteenth-conference", "body", "Thirteenth Party Conference", ["Thirteenth Conference"], None),
 ("thirteenth-congress", "body", "Thirteenth Congress", ["Thirteenth Party Congress"], None),
 ("fourteenth-congress", "body", "Fourteenth Party Congress", ["Fourteenth Congress"], None),
 # issues
 ("declaration-46", "issue", "Declaration of the Forty-Six", ["Declaration of the 46", "THE DECLARATION OF THE FORTY-SIX", "Platform of the 46"], None),
 ("platform-four", "issue", "Platform of the Four", [], "Zinoviev, Kamenev, Sokolnikov, Krupskaya, 1925"),
 ("rabkrin-ccc-merger", "issue", "merger of Rabkrin with the Central Control Commission", ["merging Rabkrin with the Central Control Commission"], None),
 ("reorganise-rabkrin", "issue", "How We Should Reorganise Rabkrin", [], "Lenin's article, January 1923"),
 ("postscript", "issue", "Postscript", ["the Postscript", "Postscript to the Letter to the Congress"], "4 January 1923"),
 ("new-course", "issue", "New Course", ["The New Course"], "Trotsky's pamphlet, December 1923"),
 ("lessons-of-october", "issue", "Lessons of October", [], "Trotsky, 1924"),
 ("primitive-accumulation", "issue", "primitive socialist accumulation", ["law of primitive socialist accumulation"], None),
 ("extraordinary-measures", "issue", "extraordinary measures", ["emergency measures", "forced collection"], "grain procurement, 1928; id as in heldout11"),
 ("october-insurrection", "issue", "October insurrection", ["the rising", "rising in 1917", "insurrection of October 1917"], "id as in heldout11"),
 ("industrialisation", "issue", "industrialisation", ["industrialization", "rapid industrialisation"], "id as in heldout9-11"),
 # persons
 ("manuilsky", "person", "Manuilsky", ["Dmitry Manuilsky", "D. Z. Manuilsky"], None),
 ("kapsukas", "person", "Mickevicius-Kapsukas", ["Vincas Mickevicius-Kapsukas", "Vincas Mickevičius-Kapsukas", "Kapsukas"], None),
 ("glyasser", "person", "Glyasser", ["Maria Glyasser", "M. I. Glyasser"], "Lenin's secretary"),
 ("gorbunov", "person", "Gorbunov", ["Nikolai Gorbunov", "N. P. Gorbunov"], "id as in heldout11"),
 ("osinsky", "person", "Osinsky", ["Valerian Osinsky", "N. Osinsky", "V. V. Osinsky"], None),
 ("bryukhanov", "person", "Bryukhanov", ["Nikolai Bryukhanov"], None),
 ("valentinov", "person", "Valentinov", ["G. B. Valentinov"], None),
 ("bubnov", "person", "Bubnov", ["Andrei Bubnov", "A. S. Bubnov"], None),
 ("antonov-ovseenko", "person", "Antonov-Ovseenko", ["Vladimir Antonov-Ovseenko", "Antonov-Ovseyenko"], None),
 ("chicherin", "person", "Chicherin", ["Georgy Chicherin", "CHICHERIN, Georgy Vasilyevich"], None),
 ("lunacharsky", "person", "Lunacharsky", ["Anatoly Lunacharsky", "LUNACHARSKY, Anatoly Vasilyevich"], None),
 ("yaroslavsky", "person", "Yaroslavsky", ["Yemelyan Yaroslavsky", "YAROSLAVSKY, Yemelyan Mikhailovich"], None),
 ("enukidze", "person", "Enukidze", ["Avel Enukidze", "Yenukidze", "ENUKIDZE, Avel Safronovich"], None),
 ("frunze", "person", "Frunze", ["Mikhail Frunze", "M. V. Frunze"], "id as in heldout9-11"),
 ("voroshilov", "person", "Voroshilov", ["Kliment Voroshilov", "Klim Voroshilov"], "id as in heldout10-11"),
 ("dorosz", "person", "Alina Dorosz", ["PROF. ALINA DOROSZ", "Dorosz"], "invented historian (interviewee)"),
 ("hollins", "person", "Derek Hollins", ["Mr Derek Hollins", "Hollins"], "invented speaker"),
 ("asquith-lowe", "person", "P. Asquith-Lowe", ["Asquith-Lowe"], "invented reporter"),
 ("kellaway", "person", "Ruth Kellaway", ["Kellaway"], "invented columnist"),
 ("ledger", "person", "Joan Ledger", ["Mrs Joan Ledger"], "invented treasurer"),
 ("dunmore", "person", "K. Dunmore", ["Mr K. Dunmore"], "invented reader"),
 ("fairweather", "person", "A. Fairweather", ["Mrs A. Fairweather"], "invented reader"),
 ("oyelaran", "person", "T. Oyelaran", ["Mr T. Oyelaran"], "invented reader"),
 ("pennick", "person", "G. Pennick", ["Mr Pennick", "Pennick"], "invented reader"),
 ("marchbank", "person", "L. Marchbank", ["Dr L. Marchbank"], "invented reader"),
 ("sandhu", "person", "Priya Sandhu", ["Dr Priya Sandhu"], "invented speaker"),
]
ALIASES = {  # extra aliases for entities of the shared list
 "trotsky": ["Lev Davidovich", "TROTSKY, Leon", "TROTSKY, Lev Davidovich"],
 "lenin": ["LENIN, Vladimir Ilyich"],
 "stalin": ["STALIN, Iosif Vissarionovich"],
 "zinoviev": ["Grigory Zinoviev", "ZINOVIEV, Grigory", "ZINOVIEV, Grigory Yevseyevich"],
 "kamenev": ["Lev Kamenev", "KAMENEV, Lev", "KAMENEV, Lev Borisovich"],
 "krupskaya": ["KRUPSKAYA, Nadezhda"],
 "bukharin": ["Nikolai Bukharin", "NIKOLAI BUKHARIN"],
 "rykov": ["RYKOV, Alexei Ivanovich"],
 "tomsky": ["Mikhail Tomsky", "TOMSKY, Mikhail Pavlovich"],
 "dzerzhinsky": ["DZERZHINSKY, Felix Edmundovich"],
 "kuibyshev": ["Valerian Kuibyshev", "KUIBYSHEV, Valerian Vladimirovich"],
 "ordzhonikidze": ["ORDZHONIKIDZE, Grigory Konstantinovich"],
 "kalinin": ["KALININ, Mikhail Ivanovich", "Mikhail Kalinin"],
 "joffe": ["JOFFE, Adolf", "Adolf Joffe"],
 "rakovsky": ["RAKOVSKY, Christian"],
 "sokolnikov": ["Grigory Sokolnikov", "SOKOLNIKOV, Grigory"],
 "preobrazhensky": ["Yevgeni Preobrazhensky", "PREOBRAZHENSKY, Yevgeni"],
 "serebryakov": ["Leonid Serebryakov"],
 "piatakov": ["Georgy Piatakov"],
 "sapronov": ["Timofei Sapronov"],
 "krestinsky": ["Nikolai Krestinsky"],
 "molotov": ["Vyacheslav Molotov"],
 "tsyurupa": ["Alexander Tsyurupa"],
 "krasin": ["Leonid Krasin"],
 "frumkin": ["Moisei Frumkin"],
 "stomonyakov": ["Boris Stomonyakov"],
 "kirov": ["Sergei Kirov"],
 "volodicheva": ["MARIA VOLODICHEVA"],
 "left-opposition": ["Trotskyists"],
 "head-of-red-army": ["People's Commissar for War", "People's Commissar for Military and Naval Affairs", "War Commissar"],
 "head-of-rabkrin": ["People's Commissar of Rabkrin", "People's Commissar for Rabkrin"],
 "head-of-cheka": ["Chairman of the Cheka"],
 "head-trade-unions": ["chairman of the All-Union Central Council of Trade Unions", "trade union leader"],
 "commissar-nationalities": ["People's Commissar for Nationalities"],
 "commissar-finance": ["People's Commissar of Finance", "Finance Commissariat's head"],
 "lenin-deputy": ["deputy chairman of Sovnarkom", "deputy chairmanship of Sovnarkom", "Lenin's deputies"],
 "lenin-secretary": ["Lenin's secretaries"],
 "plenipotentiary-germany": ["Soviet plenipotentiary in Berlin", "plenipotentiary in Berlin"],
 "ccc": ["CCC"],
 "dzerzhinsky-commission": ["commission of inquiry"],
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
    with open(os.path.join(G, 'entities-extra-heldout12.jsonl'), 'w', encoding='utf-8') as f:
        for i, t, label, al, note in NEW:
            d = {"id": i, "type": t, "label": label, "aliases": al, "required": i in used}
            if note: d["note"] = note
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        btype = {e['id']: e for e in base}
        for i, al in ALIASES.items():
            d = {"id": i, "type": btype[i]['type'], "label": btype[i]['label'], "aliases": al, "required": i in used, "note": "adds aliases"}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(G, 'relations-heldout12.jsonl'), 'w', encoding='utf-8') as f:
        for d in R:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    validate()


def validate():
    ents = {}
    for fn in ['entities.jsonl', 'entities-extra-heldout12.jsonl']:
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
    for n, l in enumerate(open(os.path.join(G, 'relations-heldout12.jsonl'), encoding='utf-8'), 1):
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
    allrows = [json.loads(l) for l in open(os.path.join(G, 'relations-heldout12.jsonl'), encoding='utf-8')]
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
