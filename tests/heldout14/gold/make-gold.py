#!/usr/bin/env python3
"""Writes the heldout14 gold files and validates them.

  python3 tests/heldout14/gold/make-gold.py [SHARED_ENTITIES]

Writes relations-heldout14.jsonl, entities-extra-heldout14.jsonl and
entities.jsonl (the shared entity list, ../shared/eval/gold/entities.jsonl,
with `required` set to true only for entities used by a required,
non-negative relation of this set). Then checks that every line parses,
every id exists, every quote occurs verbatim in its document, held/member-of
objects have the right type, and no gold name is claimed by two entities.
Annotation follows ../shared/eval/GUIDELINES.md; conventions as in
heldout13 (see ../README.md).

The texts are hard-wrapped, and one of them is an OCR'd newspaper column
whose words are hyphenated across line ends ("Commit-\\ntee") and whose
running head is repeated in the middle of a sentence. A quote is written
here with single spaces and unhyphenated words, and Q() turns it into the
verbatim passage of the text: any run of white space in the text (with the
column's repeated running head inside it) may stand for one space of the
quote, and a hyphen plus line break may fall between any two letters or
digits of a word. The files hold the verbatim passage.
"""
import collections, json, os, re, sys

G = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(os.path.dirname(G), 'corpus')
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(G, '..', '..', '..', '..', 'shared', 'eval', 'gold', 'entities.jsonl')
SET = 'heldout14'

TEXTS = {fn[:-4]: open(os.path.join(C, fn), encoding='utf-8').read()
         for fn in os.listdir(C) if fn.endswith('.txt')}

HEADER = 'THE WESTERN CLARION, WEDNESDAY, JANUARY 28, 1925.   7'
SEP = r'\s+(?:' + re.escape(HEADER) + r'\s+)?'


def _word(w):
    out = ''
    for i, ch in enumerate(w):
        out += re.escape(ch)
        if i + 1 < len(w) and ch.isalnum() and w[i + 1].isalnum():
            out += r'(?:-\n)?'
    return out


def Q(doc, quote):
    """The verbatim passage of doc that the single-spaced quote stands for."""
    pat = SEP.join(_word(w) for w in quote.split())
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

M = 'foreign-trade-monopoly'

# ------------------------------------------------------------ h14a: OCR'd newspaper column, January 1925
a = 'h14a_ocr_newspaper_column'
q = ("the Central Committee of the party, meeting in plenary session in the middle of the month, has relieved him of the "
     "chairmanship of the Revolutionary Military Council, and that with it he loses the post of People's Commissar for War, "
     "which he had held since the spring of 1918.")
r(a, 'trotsky', 'held', 'head-of-red-army', '1918', q, "'which he had held since the spring of 1918'")
opt(a, 'trotsky', 'held', 'chair-rvs', '1925-01', q, "relieved of it (earlier holder)")
opt(a, 'central-committee', 'opposed', 'trotsky', '1925-01', q, "relieved him")
r(a, 'trotsky', 'wrote-to', 'central-committee', '1925-01-15', "On January 15 he addressed a letter to the Central Committee",
  "he = Trotsky (previous sentence)")
q = "The plenum passed a resolution which condemned his recent writings as a revision of Leninism"
r(a, 'central-committee', 'opposed', 'trotsky', '1925-01', q, "the plenum = the Central Committee's plenary session; condemned")
opt(a, 'central-committee', 'opposed', 'lessons-of-october', '1925-01', q, "'his recent writings'")
q = "His successor at the head of the army is M. Michael Frunze, who has been his deputy at the War Commissariat since last spring."
r(a, 'frunze', 'held', 'head-of-red-army', '1925-01', q, "successor at the head of the army")
r(a, 'frunze', 'held', 'deputy-war-commissar', '1924', q, "his deputy at the War Commissariat")
opt(a, 'frunze', 'held', 'chair-rvs', '1925-01', q, "successor to Trotsky's posts")
opt(a, 'frunze', 'member-of', 'war-commissariat', '1924', q)
q = "The appointment was made by the presidium of the Central Executive Committee of the Union on the party's proposal."
r(a, 'tsik-ussr', 'appointed', 'frunze', '1925-01', q, "the appointment = Frunze's (previous sentence)")
opt(a, 'frunze', 'opposed', 'wrangel', '1920', "drove General Wrangel out of the Crimea in 1920", "war")
N(a, 'frunze', 'member-of', 'politburo', '1925-01', "He is not, as some London papers have it, a full member of that body, but only a candidate.",
  "negation: a candidate, not a member")
q = "In it he recalled, with evident relish, that M. Zinovieff and M. Kameneff had voted against the rising of October, 1917"
r(a, 'zinoviev', 'opposed', 'october-insurrection', '1917-10', q, "voted against")
r(a, 'kamenev', 'opposed', 'october-insurrection', '1917-10', q, "voted against")
opt(a, 'trotsky', 'opposed', 'zinoviev', '1924', q, "recalled with relish")
opt(a, 'trotsky', 'opposed', 'kamenev', '1924', q, "recalled with relish")
q = "The two men, who now share the direction of affairs with M. Stalin, have not forgiven the reminder."
opt(a, 'zinoviev', 'allied', 'stalin', '1925', q)
opt(a, 'kamenev', 'allied', 'stalin', '1925', q)
q = "M. Bukharin, the editor of the \"Pravda,\" opened the reply in November with an article"
r(a, 'bukharin', 'held', 'editor-pravda', '1924', q, "apposition")
r(a, 'bukharin', 'opposed', 'lessons-of-october', '1924-11', q, "the reply to the essay (section head THE \"LESSONS OF OCTOBER.\")")
q = ("M. Zinovieff, who is president of the Communist International and of the Leningrad Soviet, and M. Kameneff, chairman "
     "of the Moscow Soviet, are understood to have pressed at the plenum for M. Trotzky's exclusion from the Political Bureau")
r(a, 'zinoviev', 'held', 'chair-ecci', '1925-01', q, "president of the Communist International")
r(a, 'zinoviev', 'held', 'chair-petrograd-soviet', '1925-01', q, "'and of the Leningrad Soviet' (coordinated)")
r(a, 'kamenev', 'held', 'chair-moscow-soviet', '1925-01', q, "apposition")
r(a, 'zinoviev', 'opposed', 'trotsky', '1925-01', q, "pressed for his exclusion")
r(a, 'kamenev', 'opposed', 'trotsky', '1925-01', q, "pressed for his exclusion")
opt(a, 'zinoviev', 'allied', 'kamenev', '1925-01', q)
opt(a, 'zinoviev', 'member-of', 'comintern', '1925-01', q)
opt(a, 'leningrad-party', 'opposed', 'trotsky', '1925-01', "the Leningrad delegates are said to have demanded his expulsion from the party altogether",
    "'the Leningrad delegates'")
N(a, 'stalin', 'allied', 'trotsky', '1925-01', "It would be a mistake, however, to conclude that M. Stalin has taken M. Trotzky's part",
  "negation")
r(a, 'stalin', 'opposed', 'trotsky', '1925-01', "he voted with the rest of the majority for the resolution against him.",
  "he = Stalin; him = Trotsky")
q = ("The Political Bureau, which directs the party and through it the State, therefore keeps its seven members: "
     "MM. Zinovieff, Kameneff, Stalin, Trotzky, Bukharin, Rykoff and Tomsky.")
for p in ('zinoviev', 'kamenev', 'stalin', 'trotsky', 'bukharin', 'rykov', 'tomsky'):
    r(a, p, 'member-of', 'politburo', '1925-01', q, "list after 'its seven members: MM.'")
q = ("A story which circulated in Warsaw last week, to the effect that M. Trotzky had written to the cornmanders of the military "
     "districts asking for their support against the Central Committee, is denied in Moscow")
N(a, 'trotsky', 'wrote-to', 'red-army', '1925-01', q, "a story denied")
N(a, 'trotsky', 'opposed', 'central-committee', '1925-01', q, "a story denied")
q = ("In October, 1923, M. Trotzky sent the Central Committee a letter in which he accused the party secretaries of "
     "strangling all discussion")
r(a, 'trotsky', 'wrote-to', 'central-committee', '1923-10', q, "the sentence runs over the repeated running head")
opt(a, 'trotsky', 'opposed', 'secretariat', '1923-10', q, "'the party secretaries'")
q = "forty-six prominent communists, among them M. Piatakoff and M. Preobrajensky, signed a declaration in the same sense."
r(a, 'piatakov', 'member-of', 'forty-six', '1923-10', q, "among the forty-six")
r(a, 'preobrazhensky', 'member-of', 'forty-six', '1923-10', q, "among the forty-six")
opt(a, 'piatakov', 'supported', 'declaration-46', '1923-10', q, "'a declaration' (not named)")
opt(a, 'preobrazhensky', 'supported', 'declaration-46', '1923-10', q, "'a declaration' (not named)")
q = "M. Trotzky's name was not among the forty-six."
N(a, 'trotsky', 'member-of', 'forty-six', '1923-10', q, "negation")
N(a, 'trotsky', 'supported', 'declaration-46', '1923-10', q, "negation: he did not sign")
q = "The Thirteenth Conference of the party, held in January of last year while Lenin lay dying, condemned the opposition"
opt(a, 'thirteenth-conference', 'opposed', 'left-opposition', '1924-01', q, "'the opposition' (common noun)")
q = "the three men whom Moscow calls the \"troika\" – MM. Zinovieff, Kameneff and Stalin."
for p in ('zinoviev', 'kamenev', 'stalin'):
    r(a, p, 'member-of', 'troika', '1925', q, "a group named with its members")
opt(a, 'zinoviev', 'allied', 'kamenev', '1925', q)
opt(a, 'zinoviev', 'allied', 'stalin', '1925', q)
opt(a, 'kamenev', 'allied', 'stalin', '1925', q)
r(a, 'stalin', 'held', 'general-secretary', '1925', "M. Stalin, the General Secretary of the party,", "apposition")
q = "M. Rykoff succeeded Lenin last February as chairman of the Council of People's Commissars"
r(a, 'rykov', 'held', 'chair-sovnarkom', '1924-02', q, "succeeded ... as")
opt(a, 'lenin', 'held', 'chair-sovnarkom', None, q, "the earlier holder")
q = "M. Kameneff presides over the Council of Labour and Defence as well as over the Moscow Soviet."
r(a, 'kamenev', 'held', 'chair-sto', '1925', q, "presides over")
r(a, 'kamenev', 'held', 'chair-moscow-soviet', '1925', q, "presides over")
opt(a, 'kamenev', 'member-of', 'sto', '1925', q)
q = "M. Dzerzhinsky, the head of the G.P.U., has been since last year chairman of the Supreme Economic Council as well."
r(a, 'dzerzhinsky', 'held', 'chair-vsnkh', '1924', q)
opt(a, 'dzerzhinsky', 'held', 'head-of-cheka', '1925', q, "the G.P.U., the Cheka's successor")
q = "Some foreign journals describe M. Bukharin as the head of the Communist International. The post still belongs to M. Zinovieff."
N(a, 'bukharin', 'held', 'chair-ecci', '1925-01', q, "a claim the paper corrects")
r(a, 'zinoviev', 'held', 'chair-ecci', '1925-01', q, "'The post still belongs to'")
q = ("represented in Paris by M. Krassin, who remains People's Commissar for Foreign Trade and who was named last autumn "
     "the first Soviet Ambassador to France.")
r(a, 'krasin', 'held', 'commissar-foreign-trade', '1925-01', q, "relative clause")
r(a, 'krasin', 'held', 'plenipotentiary-france', '1924', q, "named ... Ambassador")
r(a, 'chicherin', 'held', 'commissar-foreign-affairs', '1925-01', "M. Tchitcherin is the Foreign Commissar")
opt(a, 'litvinov', 'held', 'deputy-commissar-foreign-affairs', '1925-01',
    "the current business of his department is conducted by his deputy, M. Litvinoff.", "'his deputy' (his = the Foreign Commissar)")
r(a, 'sokolnikov', 'held', 'commissar-finance', '1925-01', "M. Sokolnikoff, People's Cornmissar of Finance,", "apposition with an OCR slip")

# ------------------------------------------------------------ h14b: diary of an observer in Moscow, 1922-23
b = 'h14b_moscow_diary'
q = ("the C.C. of the party voted yesterday to let certain goods in & out through certain ports without going through the "
     "state. Sokolnikov's scheme, everyone says.")
opt(b, 'central-committee', 'opposed', M, '1922-10-06', q, "loosening, not abolishing")
opt(b, 'sokolnikov', 'opposed', M, '1922-10-06', q, "loosening; 'scheme'")
N(b, 'lenin', 'opposed', M, '1922-10-06', "Pavel swears Lenin was at the meeting & voted for it. Nonsense",
  "a rumour rejected (and editorial note: 'Pavel was wrong')")
q = ("Lenin was absent from the plenum of 6 October 1922, which took the decision on the proposal of Grigory Sokolnikov, "
     "the People's Commissar of Finance.")
r(b, 'sokolnikov', 'held', 'commissar-finance', '1922-10', q, "apposition")
opt(b, 'sokolnikov', 'opposed', M, '1922-10-06', q, "'the decision' = loosening")
r(b, 'frumkin', 'held', 'deputy-commissar-foreign-trade', '1922-10', "Met Frumkin, the deputy Commissar for Foreign Trade, small & very polite.")
opt(b, 'frumkin', 'opposed', 'central-committee', '1922-10', "He told Mr H. in my hearing that the decision \"will not live a month.\"",
    "a prediction")
q = "His chief, Krasin, who has defended the monopoly from the first, is said to be furious."
r(b, 'krasin', 'supported', M, '1922', q, "relative clause")
opt(b, 'krasin', 'held', 'commissar-foreign-trade', '1922', q, "'His chief' (Frumkin's)")
q = "Lenin protested against the decision in a letter to Stalin of 13 October, meant for the whole Central Committee"
r(b, 'lenin', 'wrote-to', 'stalin', '1922-10-13', q)
opt(b, 'lenin', 'wrote-to', 'central-committee', '1922-10-13', q, "'meant for'")
opt(b, 'lenin', 'supported', M, '1922-10-13', q, "protested against the loosening")
q = ("Stalin, the General Secretary, sent the letter round the members with a note of his own: it had not changed his "
     "opinion that the decision was right, but he would not oppose a delay.")
r(b, 'stalin', 'held', 'general-secretary', '1922-10', q, "apposition")
r(b, 'stalin', 'wrote-to', 'central-committee', '1922-10', q, "a note sent round the members (of the Central Committee, previous sentence)")
opt(b, 'stalin', 'opposed', M, '1922-10', q, "thought the loosening right")
N(b, 'trotsky', 'held', 'lenin-deputy', '1922-09',
  "Pavel says Trotsky was asked in the autumn to be one of L.'s deputies in the Sovnarkom & said no.", "asked, refused")
N(b, 'trotsky', 'held', 'lenin-deputy', '1922-09', "Trotsky refused the post in September.", "refused")
q = ("Kamenev accepted and became a deputy chairman alongside Rykov and Tsyurupa, who had held the office since the "
     "previous year.")
r(b, 'kamenev', 'held', 'lenin-deputy', '1922-09', q)
r(b, 'rykov', 'held', 'lenin-deputy', '1921', q, "'alongside Rykov and Tsyurupa, who had held the office'")
r(b, 'tsyurupa', 'held', 'lenin-deputy', '1921', q, "'alongside Rykov and Tsyurupa, who had held the office'")
N(b, 'lenin', 'wrote-to', 'comintern', '1922-11-13',
  "Went with Miss Dunne to the Comintern congress -- a seat in the gallery, thanks to Mr H. Lenin spoke, in German, for more than an hour.",
  "a speech")
q = "L. spoke again, this time to the Moscow Soviet in the Bolshoi. Kamenev, the Soviet's chairman, brought him on."
r(b, 'kamenev', 'held', 'chair-moscow-soviet', '1922-11', q, "'the Soviet's chairman'")
N(b, 'lenin', 'wrote-to', 'moscow-soviet', '1922-11-20', q, "a speech")
opt(b, 'kamenev', 'member-of', 'moscow-soviet', '1922-11', q)
q = "Chicherin, the Foreign Commissar, gone to Lausanne for the Straits conference. Litvinov, his deputy, minds the shop at Narkomindel"
r(b, 'chicherin', 'held', 'commissar-foreign-affairs', '1922-11', q, "apposition")
opt(b, 'litvinov', 'held', 'deputy-commissar-foreign-affairs', '1922-11', q, "'his deputy'")
opt(b, 'litvinov', 'member-of', 'narkomindel', '1922-11', q)
q = "Mr H. says Trotsky will fight for the monopoly at the plenum next week & that L. is behind him -- \"a bloc,\" he called it."
r(b, 'trotsky', 'supported', M, '1922-12', q, "fight for")
opt(b, 'lenin', 'allied', 'trotsky', '1922-12', q, "L. = Lenin")
q = "Between 12 and 15 December Lenin wrote several times to Trotsky asking him to defend their common view at the plenum."
r(b, 'lenin', 'wrote-to', 'trotsky', '1922-12', q)
r(b, 'lenin', 'allied', 'trotsky', '1922-12', q, "their common view")
r(b, 'trotsky', 'wrote-to', 'lenin', '1922-12', "Trotsky answered in writing that he agreed and would do so.")
r(b, 'central-committee', 'supported', M, '1922-12-18',
  "Monopoly saved! The C.C. has upheld it after all & thrown out the October decision.", "upheld it")
opt(b, 'central-committee', 'appointed', 'stalin', '1922-12-18',
    "The plenum of 18 December also placed Stalin in charge of the medical regime ordered for Lenin.", "a duty, not an office")
q = "On 21 December Lenin dictated to Krupskaya a short note for Trotsky congratulating him on winning the position by manoeuvre alone."
r(b, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', q, "a note for Trotsky")
N(b, 'lenin', 'wrote-to', 'krupskaya', '1922-12-21', q, "dictation")
N(b, 'krupskaya', 'wrote-to', 'trotsky', '1922-12-21', q, "she took it down; the note is Lenin's")
q = "Stalin learned of it and on the 22nd abused Krupskaya over the telephone."
N(b, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone call")
opt(b, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q, "abuse")
r(b, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', "On the 23rd she wrote to Kamenev asking him to protect her from such treatment.")
q = "Typed Mr H.'s despatch to the Foreign Office on the monopoly decision."
N(b, 'marsh', 'wrote-to', 'foreign-office', '1922-12-23', q, "the typist, not the author")
opt(b, 'hodgson', 'wrote-to', 'foreign-office', '1922-12-23', q, "Mr H. (the headnote's abbreviation)")
N(b, 'stalin', 'wrote-to', 'congress-of-soviets', '1922-12-30', "a congress of soviets at the Bolshoi, flags, bands. Stalin made the report",
  "a report delivered as a speech")
r(b, 'kalinin', 'held', 'chair-vtsik', '1922-12', "Kalinin, chairman of the All-Russian Central Executive Committee,", "apposition")
r(b, 'stalin', 'supported', 'autonomisation', '1922',
  "Stalin had pressed in the summer for \"autonomisation\", the absorption of the republics into the RSFSR.", "pressed for")
q = "Lenin opposed the plan and made him accept a union of equal republics instead."
r(b, 'lenin', 'opposed', 'autonomisation', '1922', q, "the plan = autonomisation")
opt(b, 'lenin', 'opposed', 'stalin', '1922', q)
q = ("The Georgian communists led by Budu Mdivani fought both autonomisation and the Transcaucasian Federation, which "
     "Ordzhonikidze was forcing on them.")
r(b, 'georgian-cp', 'opposed', 'autonomisation', '1922', q, "fought")
r(b, 'georgian-cp', 'opposed', 'transcaucasian-federation', '1922', q, "fought both")
r(b, 'mdivani', 'member-of', 'georgian-cp', '1922', q, "led by")
opt(b, 'mdivani', 'opposed', 'autonomisation', '1922', q, "as leader")
opt(b, 'mdivani', 'opposed', 'transcaucasian-federation', '1922', q, "as leader")
r(b, 'ordzhonikidze', 'supported', 'transcaucasian-federation', '1922', q, "was forcing on them")
N(b, 'pavel', 'wrote-to', 'marsh', '1923-01-25', "Pavel read pieces of it aloud to us in the office & laughed.", "reading aloud another man's article")
q = "Tsyurupa, whose commissariat it is, will not laugh."
r(b, 'tsyurupa', 'held', 'head-of-rabkrin', '1923-01', q, "'whose commissariat it is' (it = the Workers' and Peasants' Inspection)")
opt(b, 'tsyurupa', 'member-of', 'rabkrin', '1923-01', q)
opt(b, 'politburo', 'opposed', 'reorganise-rabkrin', '1923-01', "The Politburo hesitated to publish it.", "hesitation")
opt(b, 'kuibyshev', 'opposed', 'reorganise-rabkrin', '1923-01',
    "Kuibyshev went so far as to propose printing a single copy of Pravda with the article in it for Lenin alone", "against publication")
r(b, 'trotsky', 'supported', 'reorganise-rabkrin', '1923-01', "Trotsky pressed for proper publication, and it appeared.", "pressed for its publication")
N(b, 'trotsky', 'allied', 'georgian-cp', '1923-04', "Did Trotsky speak for them? P. thinks not. Mr H. off to London. [He did not.",
  "a question answered no (them = the Georgians)")
q = ("At the Twelfth Congress the Georgians' case was taken up by Bukharin and by Christian Rakovsky, the head of the "
     "Ukrainian government, who both spoke against Great Russian chauvinism.")
r(b, 'bukharin', 'opposed', 'great-russian-chauvinism', '1923-04', q, "spoke against")
r(b, 'rakovsky', 'opposed', 'great-russian-chauvinism', '1923-04', q, "spoke against")
r(b, 'rakovsky', 'held', 'chair-ukraine-sovnarkom', '1923-04', q, "apposition")
opt(b, 'bukharin', 'allied', 'georgian-cp', '1923-04', q, "took up the Georgians' case")
opt(b, 'rakovsky', 'allied', 'georgian-cp', '1923-04', q, "took up the Georgians' case")

# ------------------------------------------------------------ h14c: wiki talk page
c = 'h14c_wiki_talk_page'
opt(c, 'krupskaya', 'member-of', 'united-opposition', '1926',
    "The lead calls [[Nadezhda Krupskaya|Krupskaya]] one of the \"leading members\" of the United Opposition. I think that overstates it.",
    "a claim questioned, not denied")
q = ("She signed the [[Platform of the Four]] with Zinoviev, Kamenev and Sokolnikov in 1925 and spoke for the Leningrad "
     "minority at the Fourteenth Congress")
r(c, 'krupskaya', 'supported', 'platform-four', '1925', q, "signed")
for p in ('zinoviev', 'kamenev', 'sokolnikov'):
    r(c, p, 'supported', 'platform-four', '1925', q, "signed it 'with' her")
opt(c, 'krupskaya', 'allied', 'new-opposition', '1925-12', q, "spoke for the Leningrad minority")
opt(c, 'krupskaya', 'member-of', 'new-opposition', '1925-12', q)
r(c, 'krupskaya', 'member-of', 'united-opposition', '1926',
  "She did go along with the bloc when it formed in the spring of 1926. Not leading, agreed, but a member.", "the bloc = the United Opposition")
opt(c, 'krupskaya', 'opposed', 'united-opposition', '1926', "She broke with it in the autumn of 1926", "broke with")
N(c, 'krupskaya', 'member-of', 'united-opposition', '1927',
  "The infobox still lists her among the members in 1927, which is wrong.", "she had left in 1926; positive for 1926 elsewhere")
N(c, 'rykov', 'member-of', 'united-opposition', '1926',
  "Someone has added [[Alexei Rykov|Rykov]] to the list of members in the infobox with no source.", "an edit reverted")
q = "Rykov, chairman of Sovnarkom throughout, was on the other side; he voted for every one of the expulsions."
r(c, 'rykov', 'held', 'chair-sovnarkom', '1926', q, "apposition")
opt(c, 'rykov', 'opposed', 'united-opposition', '1926', q, "on the other side")
opt(c, 'rykov', 'member-of', 'right-opposition', '1928', "You may be thinking of the [[Right Opposition]] of 1928-29", "implied")
q = ("Same goes for [[Nikolai Bukharin|Bukharin]], whom an IP keeps adding. In 1926-27 Bukharin was Stalin's closest ally "
     "against the bloc, not a part of it.")
N(c, 'bukharin', 'member-of', 'united-opposition', '1926', q, "'not a part of it'")
r(c, 'bukharin', 'allied', 'stalin', '1926', q, "closest ally")
r(c, 'bukharin', 'opposed', 'united-opposition', '1926', q, "ally against the bloc")
q = ("The core of the bloc was formed by [[Leon Trotsky|Trotsky]] and his followers of 1923 -- [[Yevgeni Preobrazhensky|Preobrazhensky]], "
     "[[Georgy Pyatakov|Pyatakov]], [[Karl Radek|Radek]] and [[Christian Rakovsky|Rakovsky]] among them -- together with "
     "[[Grigory Zinoviev|Zinoviev]], [[Lev Kamenev|Kamenev]] and the Leningrad group around [[Grigory Yevdokimov|Yevdokimov]].")
for p in ('trotsky', 'preobrazhensky', 'piatakov', 'radek', 'rakovsky', 'zinoviev', 'kamenev', 'yevdokimov'):
    r(c, p, 'member-of', 'united-opposition', '1926', q, "the core of the bloc (piped wiki links)")
for p in ('preobrazhensky', 'piatakov', 'radek', 'rakovsky'):
    opt(c, p, 'allied', 'trotsky', '1923', q, "his followers")
q = "[[Mikhail Lashevich]], deputy People's Commissar for War, also belonged to it."
r(c, 'lashevich', 'held', 'deputy-war-commissar', '1926', q, "apposition")
r(c, 'lashevich', 'member-of', 'united-opposition', '1926', q, "it = the bloc")
opt(c, 'smilga', 'member-of', 'united-opposition', '1926', "Could add Smilga.", "a suggestion")
N(c, 'zinoviev', 'supported', 'declaration-46', '1923',
  "didn't Zinoviev sign the [[Declaration of the 46]] in 1923?", "a question, answered No")
q = "No! In 1923 Zinoviev was in the majority and was attacking the Forty-Six as hard as anyone."
N(c, 'zinoviev', 'supported', 'declaration-46', '1923', q, "answer: No")
r(c, 'zinoviev', 'opposed', 'forty-six', '1923', q, "attacking")
q = ("The July plenum removed Zinoviev from the Politburo and took Lashevich off the Central Committee and out of the War "
     "Commissariat; Trotsky kept his seat until October.")
r(c, 'trotsky', 'member-of', 'politburo', '1926', q, "kept his seat (in the Politburo)")
opt(c, 'zinoviev', 'member-of', 'politburo', '1926', q, "removed (earlier membership)")
opt(c, 'lashevich', 'member-of', 'central-committee', '1926', q, "removed (he was a candidate)")
opt(c, 'lashevich', 'member-of', 'war-commissariat', '1926', q, "removed")
opt(c, 'central-committee', 'opposed', 'zinoviev', '1926-07', q, "the July plenum removed him")
q = ("The October plenum of 1926 removed Trotsky from the Politburo and Kamenev from its candidate members, and decided that "
     "Zinoviev could no longer work in the Comintern. After that the Comintern was run by Bukharin.")
r(c, 'bukharin', 'member-of', 'comintern', '1926', q, "run by")
opt(c, 'bukharin', 'held', 'chair-ecci', '1926', q, "he ran it without the title")
opt(c, 'zinoviev', 'member-of', 'comintern', '1926', q, "until then")
opt(c, 'central-committee', 'opposed', 'trotsky', '1926-10', q, "removal")
opt(c, 'central-committee', 'opposed', 'kamenev', '1926-10', q, "removal")
q = ("the leaders' statement of 16 October, in which Trotsky, Zinoviev, Kamenev, Pyatakov, Sokolnikov and Yevdokimov "
     "renounced factional activity.")
for p in ('trotsky', 'zinoviev', 'kamenev', 'piatakov', 'sokolnikov', 'yevdokimov'):
    r(c, p, 'supported', 'statement-oct-1926', '1926-10-16', q, "the statement in which they renounced factional activity (its signatories)")
q = ("The line \"Stalin appointed [[Anastas Mikoyan|Mikoyan]] to replace Kamenev\" has a {{cn}} tag and I can't find "
     "anything that says Stalin did it personally.")
N(c, 'stalin', 'appointed', 'mikoyan', '1926-08', q, "an unsourced line the editors reject")
q = "In August 1926 Mikoyan replaced Kamenev as People's Commissar of Trade, a post Kamenev had held since January."
r(c, 'mikoyan', 'held', 'commissar-trade', '1926-08', q, "replaced ... as")
r(c, 'kamenev', 'held', 'commissar-trade', '1926-01', q, "'a post Kamenev had held since January'")
r(c, 'kamenev', 'held', 'plenipotentiary-italy', '1926', "Kamenev was then sent to Rome as Soviet plenipotentiary in Italy.")
N(c, 'stalin', 'appointed', 'mikoyan', '1926-08', "\"Appointed by Stalin\" is a journalist's shorthand, not a fact.", "rejected")
opt(c, 'stalin', 'allied', 'bukharin', '1926', "Is it fair to call Stalin and Bukharin a \"duumvirate\" in 1926-27?", "a question")
q = "The two of them led the majority against the bloc together, with Rykov, Tomsky and Molotov behind them."
r(c, 'stalin', 'opposed', 'united-opposition', '1926', q, "led the majority against the bloc")
r(c, 'bukharin', 'opposed', 'united-opposition', '1926', q, "the two of them = Stalin and Bukharin")
r(c, 'stalin', 'allied', 'bukharin', '1926', q, "together")
for p in ('rykov', 'tomsky', 'molotov'):
    opt(c, p, 'allied', 'stalin', '1926', q, "behind them")
    opt(c, p, 'opposed', 'united-opposition', '1926', q, "behind them")
q = "14 November, at a joint session of the Central Committee with the Control Commission."
opt(c, 'central-committee', 'opposed', 'trotsky', '1927-11-14', q, "expulsion (subject from the question)")
opt(c, 'central-committee', 'opposed', 'zinoviev', '1927-11-14', q, "expulsion")
q = "Both men had already been dropped from the Central Committee in October."
opt(c, 'trotsky', 'member-of', 'central-committee', '1927', q, "dropped (earlier membership)")
opt(c, 'zinoviev', 'member-of', 'central-committee', '1927', q, "dropped (earlier membership)")
q = "And the Fifteenth Congress in December expelled Kamenev, Rakovsky, Radek and some seventy others."
for p in ('kamenev', 'rakovsky', 'radek'):
    opt(c, 'fifteenth-congress', 'opposed', p, '1927-12', q, "expulsion")
opt(c, 'zinoviev', 'allied', 'kamenev', '1927-12', "Zinoviev and Kamenev then recanted", "acting together")
r(c, 'joffe', 'wrote-to', 'trotsky', '1927-11-16',
  "His farewell letter, written just before he shot himself on 16 November, was addressed to Trotsky.", "His = Joffe's (previous sentence)")
q = ("[[Sergei Kirov|Kirov]] was sent to Leningrad in January 1926 and took over the party organisation there from "
     "Zinoviev's people.")
r(c, 'kirov', 'held', 'head-leningrad-party', '1926-01', q, "took over the party organisation")
opt(c, 'kirov', 'member-of', 'leningrad-party', '1926-01', q)
r(c, 'zinoviev', 'held', 'chair-petrograd-soviet', '1926', "Zinoviev stayed chairman of the Leningrad Soviet for a few months more.")
N(c, 'leningrad-party', 'member-of', 'united-opposition', '1926',
  "Did the Leningrad party as a body ever join the United Opposition? --Tarn.Helm (talk) 13:00, 11 April 2020 (UTC) :: No.",
  "a question answered No")
q = ("the Politburo refused to print the [[Platform of the Opposition]] in September 1927, and the opposition ran it off on a "
     "secret press. Trotsky, Zinoviev and Kamenev were among those who put their names to it.")
for p in ('trotsky', 'zinoviev', 'kamenev'):
    r(c, p, 'supported', 'platform-1927', '1927-09', q, "put their names to it")
opt(c, 'politburo', 'opposed', 'platform-1927', '1927-09', q, "refused to print it")
opt(c, 'united-opposition', 'supported', 'platform-1927', '1927-09', q, "'the opposition'")
N(c, 'sokolnikov', 'supported', 'platform-1927', '1927-09',
  "Is there a source for Sokolnikov signing it too? I think he had drifted away by then.", "a question; no source found, left out")

# ------------------------------------------------------------ h14d: monograph page with footnotes
d = 'h14d_monograph_footnotes'
q = "For two years Bukharin had been Stalin's indispensable partner; together they had broken Trotsky, Zinoviev and Kamenev"
r(d, 'bukharin', 'allied', 'stalin', '1926', q, "partner")
for p in ('trotsky', 'zinoviev', 'kamenev'):
    opt(d, 'bukharin', 'opposed', p, '1927', q, "broken")
    opt(d, 'stalin', 'opposed', p, '1927', q, "broken")
q = "30 Bukharin had also taken over the running of the Comintern from Zinoviev at the end of 1926."
r(d, 'bukharin', 'member-of', 'comintern', '1926', q, "took over its running")
opt(d, 'bukharin', 'held', 'chair-ecci', '1926', q, "without the title")
opt(d, 'zinoviev', 'held', 'chair-ecci', '1926', q, "earlier holder")
r(d, 'politburo', 'supported', 'extraordinary-measures', '1928-01',
  "the Politburo sanctioned what were soon called the extraordinary measures", "sanctioned")
r(d, 'stalin', 'supported', 'extraordinary-measures', '1928-01',
  "Stalin, the measures' chief advocate, went to Siberia himself to see them applied.", "chief advocate")
q = ("Bukharin, Rykov and Tomsky had accepted the measures as a temporary expedient, but when the spring brought a second "
     "round of seizures they began to resist them openly.")
for p in ('bukharin', 'rykov', 'tomsky'):
    r(d, p, 'opposed', 'extraordinary-measures', '1928', q, "resist them openly")
    opt(d, p, 'supported', 'extraordinary-measures', '1928-01', q, "accepted as a temporary expedient, at first")
q = ("Moisei Frumkin, deputy People's Commissar of Finance, sent the members of the Politburo on 15 June a letter which "
     "condemned the measures")
r(d, 'frumkin', 'held', 'deputy-commissar-finance', '1928', q, "apposition")
r(d, 'frumkin', 'wrote-to', 'politburo', '1928-06-15', q, "the members of the Politburo")
r(d, 'frumkin', 'opposed', 'extraordinary-measures', '1928-06-15', q, "condemned")
r(d, 'stalin', 'wrote-to', 'frumkin', '1928-06-20', "Stalin answered him in writing five days later", "him = Frumkin")
q = "35 Stalin's reply, dated 20 June 1928, was addressed to the members of the Politburo and not to Frumkin alone."
r(d, 'stalin', 'wrote-to', 'politburo', '1928-06-20', q)
r(d, 'stalin', 'wrote-to', 'frumkin', '1928-06-20', q, "'not to Frumkin alone'")
opt(d, 'stalin', 'supported', 'industrialisation', '1928-07',
    "At the July plenum Stalin went further and defended the burden laid on the peasantry as a kind of \"tribute\" that industrialisation required.",
    "defended a burden that industrialisation required")
N(d, 'stalin', 'wrote-to', 'central-committee', '1928-07', "That was a speech to the plenum, not a paper submitted to it",
  "a speech")
q = ("Bukharin went secretly to see Kamenev. He spoke of Stalin as an intriguer who would destroy anyone in his way, and he did "
     "not write to Kamenev then or afterwards.")
N(d, 'bukharin', 'wrote-to', 'kamenev', '1928-07-11', q, "a meeting; negation")
r(d, 'bukharin', 'opposed', 'stalin', '1928-07', q, "spoke of him as an intriguer")
q = "It was Kamenev who wrote the conversation down, and he sent his notes to Zinoviev"
r(d, 'kamenev', 'wrote-to', 'zinoviev', '1928-07', q, "notes sent to him")
q = ("In September Bukharin published in Pravda, which he still edited, his \"Notes of an Economist\", an oblique but "
     "unmistakable attack on the inflated targets of the planners.")
r(d, 'bukharin', 'held', 'editor-pravda', '1928', q, "'which he still edited'")
opt(d, 'bukharin', 'supported', 'notes-economist', '1928-09', q, "his own article")
opt(d, 'bukharin', 'opposed', 'industrialisation', '1928-09', q, "the planners' targets")
q = ("Valerian Kuibyshev, chairman of Vesenkha and the loudest advocate of rapid industrialisation, took the article as aimed "
     "at himself")
r(d, 'kuibyshev', 'held', 'chair-vsnkh', '1928', q, "apposition")
r(d, 'kuibyshev', 'supported', 'industrialisation', '1928', q, "advocate of")
opt(d, 'bukharin', 'opposed', 'kuibyshev', '1928-09', q, "the article aimed at him")
q = "Its first secretary, Nikolai Uglanov,39 sided openly with Bukharin."
r(d, 'uglanov', 'held', 'head-moscow-party', '1928', q, "Its = the Moscow organisation's; note number glued to the name")
r(d, 'uglanov', 'allied', 'bukharin', '1928', q, "sided with")
opt(d, 'uglanov', 'member-of', 'right-opposition', '1928', q, "'the Right's one stronghold'")
q = "Stalin came in person to the Moscow committee's plenum on 19 October to denounce the Right danger"
r(d, 'stalin', 'opposed', 'right-opposition', '1928-10-19', q, "denounce")
N(d, 'stalin', 'wrote-to', 'moscow-party', '1928-10-19', q, "in person: a speech")
q = "on 27 November Uglanov was replaced by Molotov, who purged the committee within weeks."
r(d, 'molotov', 'held', 'head-moscow-party', '1928-11-27', q, "replaced by")
opt(d, 'uglanov', 'held', 'head-moscow-party', '1928-11-27', q, "earlier holder")
q = ("39 Uglanov (1886-1937) had headed the Moscow party committee since 1924 and was a candidate member of the Politburo "
     "from 1926.")
r(d, 'uglanov', 'held', 'head-moscow-party', '1924', q, "headed")
opt(d, 'uglanov', 'member-of', 'politburo', '1926', q, "a candidate member")
r(d, 'bauman', 'held', 'head-moscow-party', '1929-04',
  "40 Molotov held the Moscow post until April 1929, when Karl Bauman succeeded him.", "succeeded him (in the Moscow post)")
r(d, 'tomsky', 'held', 'head-trade-unions', '1922',
  "Tomsky's base was the trade unions, whose central council he had chaired since 1922.", "had chaired")
r(d, 'tomsky', 'held', 'head-trade-unions', '1922',
  "41 Tomsky was chairman of the All-Union Central Council of Trade Unions from 1922 to 1929.")
q = "Kaganovich and other supporters of Stalin were added to the council's presidium over Tomsky's head."
r(d, 'kaganovich', 'allied', 'stalin', '1928-12', q, "supporters of Stalin")
opt(d, 'kaganovich', 'opposed', 'tomsky', '1928-12', q, "over Tomsky's head")
r(d, 'kaganovich', 'held', 'cc-secretary', '1928-12', "42 Kaganovich was then a secretary of the Central Committee.")
q = ("In February 1929 Bukharin, Rykov and Tomsky laid a statement of their own before a joint session of the Politburo "
     "and of the presidium of the Central Control Commission.")
for p in ('bukharin', 'rykov', 'tomsky'):
    r(d, p, 'wrote-to', 'politburo', '1929-02-09', q, "a statement laid before it (dated in note 43)")
    opt(d, p, 'wrote-to', 'ccc', '1929-02-09', q, "its presidium")
opt(d, 'bukharin', 'allied', 'rykov', '1929-02', q, "a joint statement")
opt(d, 'bukharin', 'allied', 'tomsky', '1929-02', q, "a joint statement")
opt(d, 'rykov', 'allied', 'tomsky', '1929-02', q, "a joint statement")
opt(d, 'politburo', 'opposed', 'bukharin', '1929-02',
    "In reply the majority passed a resolution condemning what it now called \"the Bukharin group\".", "'the majority'")
q = ("The April plenum removed Bukharin from Pravda and Tomsky from the trade unions; Bukharin lost the Comintern in July "
     "and his Politburo seat in November.")
opt(d, 'central-committee', 'opposed', 'bukharin', '1929-04', q, "removal")
opt(d, 'central-committee', 'opposed', 'tomsky', '1929-04', q, "removal")
opt(d, 'bukharin', 'member-of', 'politburo', '1929', q, "lost his seat (earlier membership)")
q = "Rykov kept the chairmanship of Sovnarkom until December 1930, when Molotov took it over."
r(d, 'rykov', 'held', 'chair-sovnarkom', '1930', q, "kept")
r(d, 'molotov', 'held', 'chair-sovnarkom', '1930-12', q, "took it over")
r(d, 'molotov', 'held', 'chair-sovnarkom', '1930-12', "45 Molotov was chairman of Sovnarkom until 1941.")
opt(d, 'rykov', 'held', 'chair-sovnarkom', '1928', "Rykov was chairman of Sovnarkom throughout.")
q = ("Did either man go over to the Right? Nothing in the record suggests it; both voted with Stalin whenever it mattered.")
N(d, 'kalinin', 'member-of', 'right-opposition', '1928', q, "a question answered no")
N(d, 'voroshilov', 'member-of', 'right-opposition', '1928', q, "a question answered no")
r(d, 'kalinin', 'allied', 'stalin', '1928', q, "both voted with Stalin (both = Kalinin and Voroshilov)")
r(d, 'voroshilov', 'allied', 'stalin', '1928', q, "both voted with Stalin")
q = "Had they joined Rykov in the autumn, the Politburo majority would have been gone, but they did not."
N(d, 'kalinin', 'allied', 'rykov', '1928', q, "counterfactual")
N(d, 'voroshilov', 'allied', 'rykov', '1928', q, "counterfactual")
q = ("The Sixteenth Party Conference, meeting in April 1929, adopted the most ambitious of the drafts of the first "
     "Five-Year Plan and condemned the Right deviation by name.")
r(d, 'sixteenth-conference', 'supported', 'five-year-plan', '1929-04', q, "adopted")
r(d, 'sixteenth-conference', 'opposed', 'right-opposition', '1929-04', q, "condemned")
q = ("Early in 1929 Kamenev was called before Ordzhonikidze, chairman of the Central Control Commission, and confirmed in "
     "writing that the record was substantially accurate.")
r(d, 'ordzhonikidze', 'held', 'chair-ccc', '1929', q, "apposition")
opt(d, 'kamenev', 'wrote-to', 'ordzhonikidze', '1929', q, "confirmed in writing (to whom not stated)")
r(d, 'frumkin', 'held', 'deputy-commissar-foreign-trade', '1922',
  "34 Frumkin (1878-1938) had been deputy People's Commissar for Foreign Trade in 1922.")
r(d, 'bukharin', 'held', 'editor-pravda', '1918', "Bukharin had edited Pravda since 1918.")

# ------------------------------------------------------------ h14e: museum audio-guide script
e = 'h14e_audio_guide_script'
q = ("The desk by the window belonged to Lydia Fotieva, Secretary of the Council of People's Commissars, who also ran "
     "Lenin's personal secretariat.")
r(e, 'fotieva', 'held', 'secretary-sovnarkom', '1922', q, "apposition")
opt(e, 'fotieva', 'held', 'lenin-secretary', '1922', q, "ran his personal secretariat")
q = "The smaller table nearer the door was used by Maria Volodicheva and Maria Glyasser, two of Lenin's secretaries."
r(e, 'volodicheva', 'held', 'lenin-secretary', '1922', q, "apposition to a coordination")
r(e, 'glyasser', 'held', 'lenin-secretary', '1922', q, "apposition to a coordination")
N(e, 'lenin', 'wrote-to', 'volodicheva', '1922-12-23',
  "Between the 23rd and the 26th he dictated the notes that we now call the Letter to the Congress, most of them to Volodicheva.",
  "dictation")
q = ("In a postscript of 4 January 1923 Lenin proposed that Stalin be moved from the post of General Secretary and replaced "
     "by someone more patient and more courteous.")
r(e, 'lenin', 'opposed', 'stalin', '1923-01-04', q, "proposed his removal")
opt(e, 'stalin', 'held', 'general-secretary', '1923-01', q)
opt(e, 'lenin', 'supported', 'postscript', '1923-01-04', q, "his own postscript")
q = ("On 22 December 1922 Stalin, the General Secretary, rang Nadezhda Krupskaya on a line like this one and abused her")
r(e, 'stalin', 'held', 'general-secretary', '1922-12', q, "apposition")
N(e, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone call")
opt(e, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q, "abused her")
N(e, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22',
  "People sometimes speak of Stalin's \"letter\" to Krupskaya. There was no letter.", "a story rejected")
q = ("On the 23rd she sent Lev Kamenev a letter asking him and Zinoviev to shield her from any more intrusions of that kind.")
r(e, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', q)
opt(e, 'krupskaya', 'wrote-to', 'zinoviev', '1922-12-23', q, "named in the letter, which went to Kamenev")
q = ("copies of the papers of the commission of inquiry that the Politburo had sent to Georgia under Felix Dzerzhinsky.")
r(e, 'politburo', 'appointed', 'dzerzhinsky-commission', '1922', q, "had sent")
r(e, 'dzerzhinsky', 'member-of', 'dzerzhinsky-commission', '1922', q, "under Dzerzhinsky")
q = ("The commission had cleared Sergo Ordzhonikidze, head of the Transcaucasian Regional Committee, although he had struck "
     "a Georgian communist during a quarrel.")
r(e, 'ordzhonikidze', 'held', 'head-transcaucasian-committee', '1922', q, "apposition")
opt(e, 'dzerzhinsky-commission', 'allied', 'ordzhonikidze', '1922', q, "cleared him")
q = "In late January 1923 Lenin set Fotieva, Glyasser and Nikolai Gorbunov to study these papers for him."
for p in ('fotieva', 'glyasser', 'gorbunov'):
    opt(e, 'lenin', 'appointed', p, '1923-01', q, "a task, not an office")
q = ("He had already, in his notes on the national question of 30 and 31 December, blamed Stalin and Dzerzhinsky for the "
     "whole Great Russian campaign against the Georgians, and said that Ordzhonikidze should be punished as an example.")
r(e, 'lenin', 'opposed', 'stalin', '1922-12-30', q, "blamed")
r(e, 'lenin', 'opposed', 'dzerzhinsky', '1922-12-30', q, "blamed")
r(e, 'lenin', 'opposed', 'ordzhonikidze', '1922-12-30', q, "should be punished")
opt(e, 'lenin', 'opposed', 'great-russian-chauvinism', '1922-12-30', q)
q = "On 5 March Lenin dictated a letter to Trotsky, asking him to take on the Georgians' cause in the Central Committee."
r(e, 'lenin', 'wrote-to', 'trotsky', '1923-03-05', q, "a dictated letter to Trotsky")
opt(e, 'lenin', 'allied', 'trotsky', '1923-03-05', q)
opt(e, 'lenin', 'allied', 'georgian-cp', '1923-03-05', q, "'the Georgians' cause'")
opt(e, 'trotsky', 'wrote-to', 'lenin', '1923-03-05', "Trotsky replied that he was ill and could not.", "form of the reply not stated")
N(e, 'trotsky', 'allied', 'georgian-cp', '1923-04',
  "Did he take up the case at the Twelfth Congress in April? He did not. He kept silent", "a question answered no")
opt(e, 'bukharin', 'allied', 'georgian-cp', '1923-04', "the Georgians were left to Bukharin and Rakovsky.")
opt(e, 'rakovsky', 'allied', 'georgian-cp', '1923-04', "the Georgians were left to Bukharin and Rakovsky.")
q = ("On 6 March Lenin sent a short message to Budu Mdivani, Filipp Makharadze and their comrades in Tiflis, with copies to "
     "Trotsky and Kamenev.")
for p in ('mdivani', 'makharadze', 'trotsky', 'kamenev'):
    r(e, 'lenin', 'wrote-to', p, '1923-03-06', q, "addressee or copy")
opt(e, 'lenin', 'wrote-to', 'georgian-cp', '1923-03-06', q, "'their comrades in Tiflis'")
q = ("He told them he was on their side with all his heart, that the behaviour of Ordzhonikidze and the tolerance of Stalin "
     "and Dzerzhinsky had outraged him")
r(e, 'lenin', 'allied', 'mdivani', '1923-03-06', q, "on their side")
r(e, 'lenin', 'allied', 'makharadze', '1923-03-06', q, "on their side")
r(e, 'lenin', 'opposed', 'ordzhonikidze', '1923-03-06', q, "outraged him")
r(e, 'lenin', 'opposed', 'stalin', '1923-03-06', q, "outraged him")
r(e, 'lenin', 'opposed', 'dzerzhinsky', '1923-03-06', q, "outraged him")
q = ("a copy of Lenin's letter to Stalin of 5 March 1923. Copies went to Kamenev and Zinoviev.")
r(e, 'lenin', 'wrote-to', 'stalin', '1923-03-05', q)
r(e, 'lenin', 'wrote-to', 'kamenev', '1923-03-05', q, "copy")
r(e, 'lenin', 'wrote-to', 'zinoviev', '1923-03-05', q, "copy")
r(e, 'lenin', 'opposed', 'stalin', '1923-03-05',
  "Withdraw your words and apologise, or consider relations between us broken off.", "the actor's paraphrase of the letter")
q = "Volodicheva took the letter to Stalin by hand on 7 March. Carrying it did not make her its sender."
N(e, 'volodicheva', 'wrote-to', 'stalin', '1923-03-07', q, "she carried Lenin's letter")
r(e, 'stalin', 'wrote-to', 'lenin', '1923-03-07',
  "Stalin wrote an answer at once, a cool and grudging apology addressed to Lenin.", "a written answer (never read)")
N(e, 'lenin', 'wrote-to', 'twelfth-congress', '1923-04',
  "Had he recovered in time for the Twelfth Congress, Lenin would very probably have written to it himself against Stalin. He did not recover, and no such letter exists.",
  "counterfactual")
q = ("In it he argued for joining the Workers' and Peasants' Inspection to the Central Control Commission")
r(e, 'lenin', 'supported', 'rabkrin-ccc-merger', '1923-03-04', q, "argued for")
opt(e, 'lenin', 'supported', 'better-fewer', '1923-03-04',
    "Pravda of 4 March 1923, with Lenin's article \"Better Fewer, But Better\".", "his own article")
r(e, 'twelfth-congress', 'supported', 'rabkrin-ccc-merger', '1923-04', "The Twelfth Congress carried the merger through.", "carried through")
q = ("Valerian Kuibyshev became chairman of the Central Control Commission and, soon after, head of Rabkrin as well.")
r(e, 'kuibyshev', 'held', 'chair-ccc', '1923-04', q, "became")
r(e, 'kuibyshev', 'held', 'head-of-rabkrin', '1923', q, "became ... head of Rabkrin")
opt(e, 'kuibyshev', 'member-of', 'ccc', '1923-04', q)
q = "On the 18th she handed them over to the Central Committee with a short covering note of her own"
r(e, 'krupskaya', 'wrote-to', 'central-committee', '1924-05-18', q, "a covering note")
q = "Zinoviev and Kamenev spoke up for keeping Stalin in his post, and he kept it."
r(e, 'zinoviev', 'allied', 'stalin', '1924-05', q, "spoke up for keeping him")
r(e, 'kamenev', 'allied', 'stalin', '1924-05', q, "spoke up for keeping him")
opt(e, 'stalin', 'held', 'general-secretary', '1924-05', q, "'his post'")
N(e, 'trotsky', 'opposed', 'stalin', '1924-05', "And Trotsky? He said nothing against Stalin at all.", "negation")
r(e, 'stalin', 'wrote-to', 'trotsky', '1924-01', "at Tiflis a coded telegram from Stalin reached him with the news.", "him = Trotsky")
q = ("On 2 February the Central Executive Committee of the USSR appointed Alexei Rykov to succeed Lenin as chairman of the "
     "Council of People's Commissars.")
r(e, 'tsik-ussr', 'appointed', 'rykov', '1924-02-02', q)
r(e, 'rykov', 'held', 'chair-sovnarkom', '1924-02-02', q)
opt(e, 'lenin', 'held', 'chair-sovnarkom', None, q, "the earlier holder")
q = ("Kamenev, who had deputised for Lenin through most of the illness, took the chairmanship of the Council of Labour and "
     "Defence.")
r(e, 'kamenev', 'held', 'chair-sto', '1924', q, "took the chairmanship")
opt(e, 'kamenev', 'held', 'lenin-deputy', '1923', q, "deputised for Lenin")


# ------------------------------------------------------------ entities
NEW = [
 # positions (ids as in heldout9-13 where the same office appears there)
 ("chair-sovnarkom", "position", "Chairman of the Council of People's Commissars",
  ["chairman of Sovnarkom", "chairmanship of Sovnarkom", "chairman of the Council of People's Commissars"], "id as in heldout9-13"),
 ("chair-sto", "position", "chairman of the Council of Labour and Defence",
  ["chairmanship of the Council of Labour and Defence"], "id as in heldout10-13"),
 ("chair-vsnkh", "position", "chairman of the Supreme Council of National Economy",
  ["chairman of Vesenkha", "chairman of the Supreme Economic Council"], "id as in heldout9-13"),
 ("chair-ccc", "position", "chairman of the Central Control Commission", ["chairman of the CCC"], "id as in heldout9-13"),
 ("cc-secretary", "position", "Secretary of the Central Committee",
  ["secretary of the Central Committee", "CC Secretary"], "not the General Secretary; id as in heldout9-13"),
 ("chair-rvs", "position", "chairman of the Revolutionary Military Council",
  ["chairmanship of the Revolutionary Military Council"], "id as in heldout12-13"),
 ("deputy-war-commissar", "position", "deputy People's Commissar for War",
  ["deputy War Commissar"], "Frunze 1924-25, Lashevich 1925-26; not the commissar; id as in heldout13"),
 ("commissar-foreign-affairs", "position", "People's Commissar for Foreign Affairs", ["Foreign Commissar"], "id as in heldout12-13"),
 ("deputy-commissar-foreign-affairs", "position", "deputy People's Commissar for Foreign Affairs",
  ["deputy Foreign Commissar"], "Litvinov; id as in heldout12"),
 ("deputy-commissar-foreign-trade", "position", "deputy People's Commissar for Foreign Trade",
  ["deputy Commissar for Foreign Trade"], "id as in heldout10-13"),
 ("deputy-commissar-finance", "position", "deputy People's Commissar of Finance",
  ["deputy Finance Commissar"], "Frumkin 1928; id as in heldout11"),
 ("plenipotentiary-france", "position", "Soviet plenipotentiary in France",
  ["Soviet Ambassador to France", "first Soviet Ambassador to France"], "Krasin 1924-25"),
 ("plenipotentiary-italy", "position", "Soviet plenipotentiary in Italy", [], "Kamenev 1926-27; id as in heldout12-13"),
 ("chair-ecci", "position", "chairman of the Executive Committee of the Communist International",
  ["president of the Communist International", "head of the Communist International", "chairman of the Comintern"],
  "id as in heldout12-13"),
 ("chair-petrograd-soviet", "position", "Chairman of the Petrograd Soviet",
  ["chairman of the Leningrad Soviet", "president of the Leningrad Soviet"], "id as in heldout12-13"),
 ("chair-moscow-soviet", "position", "Chairman of the Moscow Soviet", [], "id as in heldout8-13"),
 ("chair-vtsik", "position", "chairman of the All-Russian Central Executive Committee",
  ["chairman of VTsIK"], "Kalinin; id as in heldout11"),
 ("chair-ukraine-sovnarkom", "position", "chairman of the Ukrainian Council of People's Commissars",
  ["head of the Ukrainian government"], "Rakovsky 1920-23; id as in heldout10-11"),
 ("commissar-trade", "position", "People's Commissar of Trade", ["Commissar of Trade"], "id as in heldout10-13"),
 ("head-leningrad-party", "position", "first secretary of the Leningrad party organisation",
  ["head of the Leningrad party organisation"], "Kirov from 1926; id as in heldout9-13"),
 ("head-moscow-party", "position", "first secretary of the Moscow party committee",
  ["head of the Moscow party committee"], "Uglanov, Molotov, Bauman; id as in heldout11-13"),
 ("head-transcaucasian-committee", "position", "head of the Transcaucasian Regional Committee", [], "id as in heldout8-13"),
 ("secretary-sovnarkom", "position", "Secretary of Sovnarkom",
  ["Secretary of the Council of People's Commissars"], "Fotieva; not Lenin's personal secretary; id as in heldout13"),
 # bodies
 ("tsik-ussr", "body", "Central Executive Committee of the USSR",
  ["Central Executive Committee of the Union", "presidium of the Central Executive Committee of the Union"], "id as in heldout9"),
 ("war-commissariat", "body", "War Commissariat", [], "id as in heldout10-13"),
 ("troika", "body", "troika", ["triumvirate", "the troika"], "Zinoviev, Kamenev, Stalin; id as in heldout8-13"),
 ("forty-six", "body", "the Forty-Six", ["Forty-Six"], "signatories of the declaration of 15 October 1923; id as in heldout10"),
 ("united-opposition", "body", "United Opposition", ["Joint Opposition"], "id as in heldout8-13"),
 ("new-opposition", "body", "New Opposition", ["Leningrad minority"], "id as in heldout10-13"),
 ("right-opposition", "body", "Right Opposition", ["the Right", "Right deviation", "Right danger"], "id as in heldout11-13"),
 ("thirteenth-conference", "body", "Thirteenth Party Conference", ["Thirteenth Conference"], "id as in heldout12-13"),
 ("fifteenth-congress", "body", "Fifteenth Party Congress", ["Fifteenth Congress"], "id as in heldout10, 13"),
 ("sixteenth-conference", "body", "Sixteenth Party Conference", ["Sixteenth Conference"], "April 1929"),
 ("leningrad-party", "body", "Leningrad party organisation", ["Leningrad party"], "id as in heldout9"),
 ("moscow-party", "body", "Moscow party committee", ["Moscow committee", "Moscow organisation"], "id as in heldout11"),
 ("moscow-soviet", "body", "Moscow Soviet", [], "id as in heldout8-9"),
 ("aucctu", "body", "All-Union Central Council of Trade Unions", ["central council of the trade unions"], "Tomsky's council"),
 ("foreign-office", "body", "Foreign Office", ["British Foreign Office"], "id as in heldout9"),
 ("british-mission", "body", "British Commercial Mission", [], "in Moscow, 1921-24"),
 # issues
 ("lessons-of-october", "issue", "Lessons of October", ["The Lessons of October"], "Trotsky, 1924; id as in heldout12-13"),
 ("october-insurrection", "issue", "October insurrection", ["rising of October", "insurrection of October 1917"], "id as in heldout11-13"),
 ("declaration-46", "issue", "Declaration of the Forty-Six", ["Declaration of the 46"], "id as in heldout10-13"),
 ("platform-four", "issue", "Platform of the Four", [], "Zinoviev, Kamenev, Sokolnikov, Krupskaya, 1925; id as in heldout12-13"),
 ("statement-oct-1926", "issue", "statement of 16 October 1926", ["leaders' statement of 16 October"],
  "the opposition leaders renounce factional activity"),
 ("platform-1927", "issue", "Platform of the Opposition", [], "September 1927; id as in heldout11"),
 ("extraordinary-measures", "issue", "extraordinary measures", ["emergency measures"], "grain procurement, 1928; id as in heldout9-13"),
 ("industrialisation", "issue", "industrialisation", ["rapid industrialisation"], "id as in heldout9"),
 ("five-year-plan", "issue", "first Five-Year Plan", ["Five-Year Plan"], "id as in heldout10"),
 ("notes-economist", "issue", "Notes of an Economist", [], "Bukharin, Pravda, 30 September 1928"),
 ("reorganise-rabkrin", "issue", "How We Should Reorganise Rabkrin", [], "Lenin's article, January 1923; id as in heldout12"),
 ("rabkrin-ccc-merger", "issue", "merger of Rabkrin with the Central Control Commission", [], "id as in heldout12"),
 ("postscript", "issue", "Postscript", ["postscript of 4 January 1923"], "id as in heldout12-13"),
 # persons
 ("frunze", "person", "Frunze", ["Mikhail Frunze", "Michael Frunze", "M. V. Frunze"], "id as in heldout9-13"),
 ("chicherin", "person", "Chicherin", ["Georgy Chicherin", "Tchitcherin"], "id as in heldout8-13"),
 ("litvinov", "person", "Litvinov", ["Maxim Litvinov", "Litvinoff"], "deputy Foreign Commissar"),
 ("voroshilov", "person", "Voroshilov", ["Kliment Voroshilov"], "id as in heldout10-13"),
 ("kaganovich", "person", "Kaganovich", ["Lazar Kaganovich"], "id as in heldout11"),
 ("lashevich", "person", "Lashevich", ["Mikhail Lashevich"], "id as in heldout13"),
 ("uglanov", "person", "Uglanov", ["Nikolai Uglanov"], "id as in heldout11-13"),
 ("bauman", "person", "Bauman", ["Karl Bauman"], "Moscow party secretary 1929"),
 ("glyasser", "person", "Glyasser", ["Maria Glyasser"], "Lenin's secretary; id as in heldout8-13"),
 ("gorbunov", "person", "Gorbunov", ["Nikolai Gorbunov"], "id as in heldout11-13"),
 ("radek", "person", "Radek", ["Karl Radek"], ""),
 ("yevdokimov", "person", "Yevdokimov", ["Grigory Yevdokimov"], "Leningrad oppositionist"),
 ("smilga", "person", "Smilga", ["Ivar Smilga"], ""),
 ("wrangel", "person", "Wrangel", ["General Wrangel"], "White general"),
 ("hodgson", "person", "Robert Hodgson", ["Mr H.", "Hodgson"], "head of the British Commercial Mission; id as in heldout9"),
 ("marsh", "person", "Cecily Marsh", [], "invented diarist"),
 ("pavel", "person", "Pavel", [], "invented clerk of the diary"),
 ("dunne", "person", "Miss Dunne", [], "invented colleague of the diarist"),
 ("quillfeather", "person", "Quillfeather", [], "invented wiki editor"),
 ("marek-dz", "person", "Marek.Dz", [], "invented wiki editor"),
 ("ostrogoth42", "person", "Ostrogoth42", [], "invented wiki editor"),
 ("pennywhistle", "person", "Pennywhistle", [], "invented wiki editor"),
 ("tarn-helm", "person", "Tarn.Helm", [], "invented wiki editor"),
 ("harland", "person", "T. Harland", ["Harland"], "invented historian cited"),
 ("ferrante", "person", "M. Ferrante", ["Ferrante"], "invented historian cited"),
 ("vasko", "person", "Helena Vasko", ["DR HELENA VASKO", "VASKO"], "invented curator (audio guide)"),
]
ALIASES = {  # extra aliases for entities of the shared list
 "trotsky": ["Trotzky", "Leon Trotzky"],
 "zinoviev": ["Zinovieff", "Grigory Zinoviev"],
 "kamenev": ["Kameneff", "Lev Kamenev"],
 "rykov": ["Rykoff"],
 "krasin": ["Krassin"],
 "sokolnikov": ["Sokolnikoff", "Grigory Sokolnikov"],
 "piatakov": ["Piatakoff", "Georgy Pyatakov"],
 "preobrazhensky": ["Preobrajensky", "Yevgeni Preobrazhensky"],
 "bukharin": ["Nikolai Bukharin"],
 "kuibyshev": ["Valerian Kuibyshev"],
 "frumkin": ["Moisei Frumkin"],
 "makharadze": ["Filipp Makharadze"],
 "dzerzhinsky": ["Felix Dzerzhinsky"],
 "georgian-cp": ["Georgian communists", "the Georgians"],
 "head-of-red-army": ["People's Commissar for War"],
 "commissar-finance": ["People's Commissar of Finance", "People's Cornmissar of Finance"],
 "head-trade-unions": ["chairman of the All-Union Central Council of Trade Unions"],
 "lenin-deputy": ["deputy chairman", "Lenin's deputies"],
 "lenin-secretary": ["Lenin's secretaries", "Lenin's personal secretariat"],
}
ALIASES = {k: v for k, v in ALIASES.items() if v}
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
            # reworded (the project commits none of that text), as in heldout8-13.
            if e['id'] == 'caucasus-commissar':
                e['label'] = 'Chief commissar of the Caucasian Revolutionary War Council'
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(G, f'entities-extra-{SET}.jsonl'), 'w', encoding='utf-8') as f:
        for i, t, label, al, note in NEW:
            d = {"id": i, "type": t, "label": label, "aliases": al, "required": i in used}
            if note: d["note"] = note
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        btype = {e['id']: e for e in base}
        for i, al in ALIASES.items():
            d = {"id": i, "type": btype[i]['type'], "label": btype[i]['label'], "aliases": al, "required": i in used, "note": "adds aliases"}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(G, f'relations-{SET}.jsonl'), 'w', encoding='utf-8') as f:
        for d in R:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    validate()


def validate():
    ents = {}
    for fn in ['entities.jsonl', f'entities-extra-{SET}.jsonl']:
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
    for n, l in enumerate(open(os.path.join(G, f'relations-{SET}.jsonl'), encoding='utf-8'), 1):
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
    allrows = [json.loads(l) for l in open(os.path.join(G, f'relations-{SET}.jsonl'), encoding='utf-8')]
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
