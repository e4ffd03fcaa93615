#!/usr/bin/env python3
"""Writes the heldout10 gold files and validates them.

  python3 tests/heldout10/gold/make-gold.py [SHARED_ENTITIES]

Writes relations-heldout10.jsonl, entities-extra-heldout10.jsonl and
entities.jsonl (the shared entity list, ../shared/eval/gold/entities.jsonl,
with `required` set to true only for entities used by a required,
non-negative relation of this set). Then checks that every line parses,
every id exists, every quote occurs verbatim in its document, held/member-of
objects have the right type, and no gold name is claimed by two entities.
Annotation follows ../shared/eval/GUIDELINES.md; conventions as in heldout9
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

# ------------------------------------------------------------ h10a: reference-dictionary entry with an infobox
a = 'h10a_reference_entry_kuibyshev'
r(a, 'kuibyshev', 'member-of', 'rcp', '1904', "RSDLP (Bolsheviks), 1904-1918;", "infobox 'Party:' line")
r(a, 'kuibyshev', 'member-of', 'rcp', '1918', "Russian Communist Party (Bolsheviks), 1918-1935", "infobox 'Party:' line")
r(a, 'kuibyshev', 'held', 'chair-vsnkh', '1926-08', "Chairman of the Supreme Council of National Economy", "infobox heading")
opt(a, 'kuibyshev', 'member-of', 'vesenkha', '1926-08', "Chairman of the Supreme Council of National Economy")
opt(a, 'dzerzhinsky', 'held', 'chair-vsnkh', '1926', "Preceded by   Felix Dzerzhinsky", "infobox predecessor")
opt(a, 'ordzhonikidze', 'held', 'chair-vsnkh', '1930-11', "Succeeded by  Sergo Ordzhonikidze", "infobox successor (the line occurs twice)")
r(a, 'kuibyshev', 'held', 'head-of-rabkrin', '1923-04', "People's Commissar for Workers' and Peasants' Inspection", "infobox heading")
opt(a, 'kuibyshev', 'member-of', 'rabkrin', '1923-04', "People's Commissar for Workers' and Peasants' Inspection")
opt(a, 'tsyurupa', 'held', 'head-of-rabkrin', '1923', "Preceded by   Alexander Tsyurupa", "infobox predecessor")
opt(a, 'ordzhonikidze', 'held', 'head-of-rabkrin', '1926', "Succeeded by  Sergo Ordzhonikidze", "infobox successor")
r(a, 'kuibyshev', 'held', 'cc-secretary', '1922-04', "Secretary of the Central Committee", "infobox heading")
opt(a, 'molotov', 'held', 'cc-secretary', '1922-04', "Serving with  Vyacheslav Molotov", "infobox 'Serving with'")
r(a, 'kuibyshev', 'held', 'head-of-gosplan', '1930-11', "Chairman of the State Planning Commission", "infobox heading")
opt(a, 'kuibyshev', 'member-of', 'gosplan', '1930-11', "Chairman of the State Planning Commission")
opt(a, 'krzhizhanovsky', 'held', 'head-of-gosplan', '1930', "Preceded by   Gleb Krzhizhanovsky", "infobox predecessor")
q = "in 1919 sat with Mikhail Frunze on the Turkestan Commission, the body sent from Moscow to bring Central Asia under Soviet rule"
r(a, 'kuibyshev', 'member-of', 'turkestan-commission', '1919', q, "He = Kuibyshev")
r(a, 'frunze', 'member-of', 'turkestan-commission', '1919', q)
opt(a, 'kuibyshev', 'allied', 'frunze', '1919', q, "sat with")
q = "When the plenum that followed the Eleventh Congress made Stalin General Secretary on 3 April 1922, Kuibyshev and Molotov were chosen as the other two Secretaries."
r(a, 'stalin', 'held', 'general-secretary', '1922-04-03', q)
opt(a, 'central-committee', 'appointed', 'stalin', '1922-04-03', q, "'the plenum' (common noun for the CC plenum)")
r(a, 'kuibyshev', 'held', 'cc-secretary', '1922-04-03', q, "'the other two Secretaries' (of the CC, beside the General Secretary)")
r(a, 'molotov', 'held', 'cc-secretary', '1922-04-03', q)
opt(a, 'kuibyshev', 'member-of', 'secretariat', '1922-04-03', q)
opt(a, 'molotov', 'member-of', 'secretariat', '1922-04-03', q)
r(a, 'kuibyshev', 'member-of', 'orgburo', '1922', "He was at the same time a member of the Organisational Bureau.", "He = Kuibyshev")
opt(a, 'kuibyshev', 'opposed', 'rabkrin-article', '1923-01',
    "Kuibyshev is said to have suggested printing a single copy of Pravda containing the article, for Lenin alone to see",
    "hedged ('is said to'); against publishing it, not against the article as such")
q = "becoming chairman of the Central Control Commission and People's Commissar for Workers' and Peasants' Inspection"
r(a, 'kuibyshev', 'held', 'chair-ccc', '1923-04', q, "he was placed at the head of both, becoming ...")
r(a, 'kuibyshev', 'held', 'head-of-rabkrin', '1923-04', q)
opt(a, 'kuibyshev', 'member-of', 'ccc', '1923-04', q)
opt(a, 'kuibyshev', 'member-of', 'rabkrin', '1923-04', q)
q = "He was also made Deputy Chairman of the Council of People's Commissars and of the Council of Labour and Defence."
r(a, 'kuibyshev', 'held', 'lenin-deputy', '1923', q, "deputy chairman of Sovnarkom while Lenin was its chairman")
r(a, 'kuibyshev', 'held', 'deputy-chair-sto', '1923', q, "elliptical: 'Deputy Chairman ... of the Council of Labour and Defence'")
q = "Kuibyshev never wavered in his loyalty to the General Secretary."
opt(a, 'kuibyshev', 'allied', 'stalin', '1923', q, "the General Secretary = Stalin by coreference")
opt(a, 'stalin', 'held', 'general-secretary', '1923', q)
q = "He backed Stalin against Trotsky in 1923-24 and against Zinoviev and Kamenev in 1925"
r(a, 'kuibyshev', 'allied', 'stalin', '1923', q, "backed a person")
r(a, 'kuibyshev', 'opposed', 'trotsky', '1923', q)
r(a, 'kuibyshev', 'opposed', 'zinoviev', '1925', q)
r(a, 'kuibyshev', 'opposed', 'kamenev', '1925', q)
opt(a, 'stalin', 'opposed', 'trotsky', '1923', q)
opt(a, 'ccc', 'opposed', 'trotsky', '1924', "the Control Commission under his chairmanship became an instrument for disciplining their followers", "their = of Trotsky, Zinoviev and Kamenev; indirect")
opt(a, 'kuibyshev', 'held', 'chair-ccc', '1924', "the Control Commission under his chairmanship")
N(a, 'kuibyshev', 'member-of', 'left-opposition', '1923', "He was never drawn into the Left Opposition or any later opposition group.", "negation")
q = "After Dzerzhinsky's death in July 1926 he succeeded him as chairman of the Supreme Council of National Economy"
r(a, 'kuibyshev', 'held', 'chair-vsnkh', '1926-07', q)
opt(a, 'dzerzhinsky', 'held', 'chair-vsnkh', '1926', q, "implied by 'succeeded him'")
opt(a, 'kuibyshev', 'member-of', 'vesenkha', '1926-07', q)
q = "leaving the Inspection and the Control Commission to Ordzhonikidze"
opt(a, 'ordzhonikidze', 'held', 'head-of-rabkrin', '1926', q, "left to him (common nouns 'the Inspection')")
opt(a, 'ordzhonikidze', 'held', 'chair-ccc', '1926', q)
r(a, 'kuibyshev', 'member-of', 'politburo', '1927-12', "In December 1927 he became a full member of the Political Bureau.")
q = "At the head of Vesenkha he championed rapid industrialisation and kept raising the targets of the first Five-Year Plan"
r(a, 'kuibyshev', 'supported', 'industrialisation', '1928', q, "championed")
opt(a, 'kuibyshev', 'supported', 'five-year-plan', '1928', q)
opt(a, 'kuibyshev', 'held', 'chair-vsnkh', '1928', q, "at the head of Vesenkha")
q = "in 1928-29 he took Stalin's side against Bukharin, Rykov and Tomsky"
r(a, 'kuibyshev', 'allied', 'stalin', '1928', q, "took a person's side")
for p in ['bukharin', 'rykov', 'tomsky']:
    r(a, 'kuibyshev', 'opposed', p, '1928', q)
    opt(a, 'stalin', 'opposed', p, '1928', q)
q = "At the head of Vesenkha he championed rapid industrialisation and kept raising the targets of the first Five-Year Plan; in 1928-29 he took Stalin's side against Bukharin, Rykov and Tomsky, who wanted a slower tempo."
for p in ['bukharin', 'rykov', 'tomsky']:
    N(a, p, 'supported', 'industrialisation', '1928', q, "wrong subject and polarity: Kuibyshev championed it; they wanted a slower tempo")
q = "In November 1930 he left Vesenkha to succeed Krzhizhanovsky as chairman of Gosplan."
r(a, 'kuibyshev', 'held', 'head-of-gosplan', '1930-11', q)
opt(a, 'krzhizhanovsky', 'held', 'head-of-gosplan', '1930', q, "implied by 'succeed'")

# ------------------------------------------------------------ h10b: wire-service night file from Moscow
b = 'h10b_wire_file_moscow'
q = "Leo Kamenev, chairman of the Moscow Soviet and one of the triumvirs who have ruled Russia since Lenin's illness"
r(b, 'kamenev', 'held', 'chair-moscow-soviet', '1925-12', q, "apposition")
opt(b, 'kamenev', 'member-of', 'moscow-soviet', '1925-12', q)
r(b, 'kamenev', 'member-of', 'troika', '1923', q, "one of the triumvirs")
q = "told the Communist party congress this week that Joseph Stalin, the party's general secretary, is not fit to hold the leadership together"
r(b, 'kamenev', 'opposed', 'stalin', '1925-12', q, "subject Kamenev in the same sentence")
r(b, 'stalin', 'held', 'general-secretary', '1925-12', q)
q = "Kamenev spoke for the Leningrad minority headed by Gregory Zinoviev"
opt(b, 'kamenev', 'member-of', 'new-opposition', '1925-12', q, "'the Leningrad minority' (descriptive)")
opt(b, 'zinoviev', 'member-of', 'new-opposition', '1925-12', q)
opt(b, 'kamenev', 'allied', 'zinoviev', '1925-12', q)
q = "Gregory Zinoviev, president of the Communist International and chairman of the Leningrad Soviet"
r(b, 'zinoviev', 'held', 'chair-comintern', '1925-12', q, "'president of' = chairman of")
r(b, 'zinoviev', 'held', 'chair-leningrad-soviet', '1925-12', q)
opt(b, 'zinoviev', 'member-of', 'comintern', '1925-12', q)
opt(b, 'zinoviev', 'member-of', 'leningrad-soviet', '1925-12', q)
r(b, 'zinoviev', 'opposed', 'bukharin', '1925-12', "Zinoviev, in a counter-report of his own, assailed Nikolai Bukharin", "assailed")
N(b, 'bukharin', 'held', 'chair-comintern', '1925-12', "Nikolai Bukharin, president of the Communist International",
  "an error of the dispatch, withdrawn by the correction CPS-116 ('Bukharin does not head the International')")
opt(b, 'leningrad-party', 'opposed', 'bukharin', '1925-12', "whose advice to the peasants to \"enrich themselves\" the Leningraders call a surrender to the kulak", "'the Leningraders'")
r(b, 'sokolnikov', 'held', 'commissar-finance', '1925-12', "Gregory Sokolnikov, People's Commissar of Finance")
q = "sided openly with the minority and demanded that Stalin give up his seat in the Political Bureau if he meant to keep the Secretariat"
r(b, 'sokolnikov', 'opposed', 'stalin', '1925-12', q, "demanded that he give up his seat")
opt(b, 'sokolnikov', 'member-of', 'new-opposition', '1925-12', q, "'the minority'")
opt(b, 'stalin', 'member-of', 'politburo', '1925-12', q, "his seat")
opt(b, 'stalin', 'member-of', 'secretariat', '1925-12', q)
q = "Nadezhda Krupskaya, Lenin's widow, spoke in support of Zinoviev and Kamenev"
r(b, 'krupskaya', 'allied', 'zinoviev', '1925-12', q, "support of persons")
r(b, 'krupskaya', 'allied', 'kamenev', '1925-12', q)
q = "Klim Voroshilov, who took over the War Commissariat in November after the death of Mikhail Frunze, came to Stalin's defence"
r(b, 'voroshilov', 'held', 'head-of-red-army', '1925-11', q, "took over the War Commissariat")
opt(b, 'voroshilov', 'member-of', 'war-commissariat', '1925-11', q)
opt(b, 'frunze', 'held', 'head-of-red-army', '1925', q, "implied predecessor")
r(b, 'voroshilov', 'allied', 'stalin', '1925-12', q, "came to a person's defence")
q = "Leon Trotsky, whom Zinoviev and Kamenev drove out of the War Commissariat a year ago"
r(b, 'zinoviev', 'opposed', 'trotsky', '1925-01', q, "drove him out")
r(b, 'kamenev', 'opposed', 'trotsky', '1925-01', q)
opt(b, 'trotsky', 'held', 'head-of-red-army', '1925-01', q)
opt(b, 'trotsky', 'member-of', 'war-commissariat', '1925-01', q)
q = "Leon Trotsky, whom Zinoviev and Kamenev drove out of the War Commissariat a year ago, sat through the debate in silence. Correspondents who had expected him to make common cause with the minority were disappointed."
N(b, 'trotsky', 'allied', 'zinoviev', '1925-12', q, "expected but did not happen")
N(b, 'trotsky', 'allied', 'kamenev', '1925-12', q, "expected but did not happen")
N(b, 'trotsky', 'member-of', 'new-opposition', '1925-12', q, "expected but did not happen")
N(b, 'trotsky', 'opposed', 'stalin', '1925-12', "sat through the debate in silence", "he said nothing")
opt(b, 'bukharin', 'held', 'editor-pravda', '1925-12', "\"Nikolai Bukharin, editor of Pravda\"", "the corrected apposition, quoted in the correction")
opt(b, 'zinoviev', 'held', 'chair-comintern', '1925-12', "Zinoviev remains its president", "its = the International")
q = "Kamenev has lost the chairmanship of the Council of Labour and Defence and his post as a vice-president of the Council of People's Commissars"
opt(b, 'kamenev', 'held', 'chair-sto', '1926-01', q, "held until now ('has lost')")
opt(b, 'kamenev', 'held', 'lenin-deputy', '1926-01', q, "held until now ('has lost')")
q = "He takes over the Commissariat of Trade from Alexander Tsyurupa, who retires on grounds of health"
r(b, 'kamenev', 'held', 'commissar-trade', '1926-01', q, "He = Kamenev; takes over the commissariat")
opt(b, 'kamenev', 'member-of', 'narkomtorg', '1926-01', q)
opt(b, 'tsyurupa', 'held', 'commissar-trade', '1925', q, "the predecessor")
q = "Alexei Rykov, president of the Council of People's Commissars, will now preside over the Council of Labour and Defence as well"
r(b, 'rykov', 'held', 'chair-sovnarkom', '1926-01', q, "'president of' = chairman of")
r(b, 'rykov', 'held', 'chair-sto', '1926-01', q, "preside over")
opt(b, 'rykov', 'member-of', 'sovnarkom', '1926-01', q)
q = "Sokolnikov leaves the Finance Commissariat to become vice-chairman of the State Planning Commission"
r(b, 'sokolnikov', 'held', 'deputy-chair-gosplan', '1926-01', q)
opt(b, 'sokolnikov', 'held', 'commissar-finance', '1926-01', q, "held until now ('leaves')")
opt(b, 'sokolnikov', 'member-of', 'gosplan', '1926-01', q)
q = "The Central Executive Committee has appointed N. P. Bryukhanov People's Commissar of Finance in his place."
r(b, 'bryukhanov', 'held', 'commissar-finance', '1926-01', q)
r(b, 'tsik-ussr', 'appointed', 'bryukhanov', '1926-01', q)
q = "The Central Committee has sent Sergei Kirov, until now secretary of the Communist party in Azerbaijan, to take charge of the Leningrad party organization"
r(b, 'kirov', 'held', 'first-secretary-azerbaijan', '1926-01', q, "apposition ('until now')")
r(b, 'kirov', 'held', 'head-leningrad-party', '1926-01', q, "sent to take charge of")
r(b, 'central-committee', 'appointed', 'kirov', '1926-01', q, "sent him to take charge of")
opt(b, 'kirov', 'member-of', 'leningrad-party', '1926-01', q)
r(b, 'zinoviev', 'held', 'chair-leningrad-soviet', '1917', "Zinoviev has given up the chairmanship of the Leningrad Soviet, a post he had held since the revolution.")
N(b, 'zinoviev', 'wrote-to', 'stalin', '1926-03', "he telephoned Stalin earlier this month to offer to stand down", "a telephone call; no letter has been made public")

# ------------------------------------------------------------ h10c: protocol extracts (Politburo and CC plenums)
c = 'h10c_protocol_extracts'
q = "members of the P.B. Comrades Stalin, Kamenev, Tomsky"
for p in ['stalin', 'kamenev', 'tomsky']:
    r(c, p, 'member-of', 'politburo', '1922-09-14', q, "'Present:' list")
q = "candidate members Comrades Kalinin, Molotov"
for p in ['kalinin', 'molotov']:
    opt(c, p, 'member-of', 'politburo', '1922-09-14', q, "candidate members")
q = "Comrade Lenin's proposal of 11 September on two further deputy chairmen (Comrades Trotsky and Kamenev)"
opt(c, 'lenin', 'appointed', 'kamenev', '1922-09', q, "proposed; the P.B. decided")
N(c, 'lenin', 'appointed', 'trotsky', '1922-09', q, "a proposal that Trotsky refused")
q = "The P.B. appoints Comrade Kamenev Deputy Chairman of the Council of People's Commissars and of the Council of Labour and Defence."
r(c, 'kamenev', 'held', 'lenin-deputy', '1922-09-14', q)
r(c, 'kamenev', 'held', 'deputy-chair-sto', '1922-09-14', q, "elliptical coordination")
r(c, 'politburo', 'appointed', 'kamenev', '1922-09-14', q)
q = "Comrade Trotsky has categorically declined the post; the P.B. records its regret."
N(c, 'trotsky', 'held', 'lenin-deputy', '1922-09', q, "an appointment refused")
N(c, 'trotsky', 'held', 'deputy-chair-sto', '1922-09', q, "an appointment refused")
q = "Heard: Comrade Stalin, People's Commissar for Nationalities, for the commission of the Orgburo."
r(c, 'stalin', 'held', 'commissar-nationalities', '1922-10', q)
opt(c, 'stalin', 'member-of', 'orgburo', '1922-10', q, "for the commission of the Orgburo")
opt(c, 'lenin', 'wrote-to', 'politburo', '1922-09-26', "Comrade Lenin's letter of 26 September to the members of the P.B.", "to its members")
opt(c, 'central-committee', 'supported', 'ussr', '1922-10-06', "the republics and the R.S.F.S.R. are to form, as equals, a Union of Soviet Socialist Republics")
q = "The proposal of the C.C. of the Communist Party of Georgia that Georgia enter the Union by itself, and not as part of the Transcaucasian Federation, is rejected."
r(c, 'georgian-cc', 'opposed', 'transcaucasian-federation', '1922-10', q, "its proposal: 'not as part of the Transcaucasian Federation'")
opt(c, 'central-committee', 'opposed', 'georgian-cc', '1922-10-06', q, "rejected its proposal")
opt(c, 'central-committee', 'supported', 'transcaucasian-federation', '1922-10-06', q)
q = "Comrade Sokolnikov's proposals are adopted. The C.L.D. may, case by case and for a limited time, allow particular goods to be exported or imported"
opt(c, 'sokolnikov', 'opposed', 'foreign-trade-monopoly', '1922-10-06', q, "relaxation, not abolition; implied")
opt(c, 'central-committee', 'opposed', 'foreign-trade-monopoly', '1922-10-06', q)
q = "Comrade Lenin's letter on the question, addressed to Comrade Stalin for the plenum and dated 13 December"
r(c, 'lenin', 'wrote-to', 'stalin', '1922-12-13', q)
opt(c, 'lenin', 'wrote-to', 'central-committee', '1922-12-13', q, "for the plenum")
opt(c, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-12-13', q, "'the question' = the monopoly (item heading)")
r(c, 'central-committee', 'supported', 'foreign-trade-monopoly', '1922-12-18', "The C.C. upholds the monopoly of foreign trade in full.")
r(c, 'stalin', 'held', 'general-secretary', '1922-12-18', "the General Secretary, Comrade Stalin, is made personally answerable")
q = "Conference of Comrades Stalin, Kamenev and Bukharin with the doctors"
opt(c, 'stalin', 'allied', 'kamenev', '1922-12-24', q, "acting together")
opt(c, 'stalin', 'allied', 'bukharin', '1922-12-24', q)
opt(c, 'kamenev', 'allied', 'bukharin', '1922-12-24', q)
N(c, 'lenin', 'wrote-to', 'pravda', '1923-01', "Comrade Lenin's article proposing a reorganisation of Rabkrin, sent to Pravda for publication",
  "an article sent for publication is not a letter to the paper")
opt(c, 'lenin', 'supported', 'rabkrin-article', '1923-01', "Comrade Lenin's article proposing a reorganisation of Rabkrin", "his own article")
q = "Comrades Trotsky, Kuibyshev (Secretary of the C.C.), Bukharin (editor of Pravda)"
r(c, 'kuibyshev', 'held', 'cc-secretary', '1923-01', q, "role in brackets")
r(c, 'bukharin', 'held', 'editor-pravda', '1923-01', q, "role in brackets")
opt(c, 'bukharin', 'member-of', 'pravda', '1923-01', q)
q = "Proposal of Comrade Kuibyshev: to print a single special copy of Pravda with the article, for Comrade Lenin alone. - Not adopted."
opt(c, 'kuibyshev', 'opposed', 'rabkrin-article', '1923-01', q, "against its publication, not its content")
q = "Comrade Trotsky's demand is accepted; the article is to appear in the regular edition of Pravda without delay."
opt(c, 'trotsky', 'supported', 'rabkrin-article', '1923-01', q, "demanded its publication")
opt(c, 'trotsky', 'opposed', 'kuibyshev', '1923-01', q, "his demand against Kuibyshev's proposal")
r(c, 'stalin', 'wrote-to', 'central-committee', '1923-01-06', "Comrade Stalin's letter to the C.C. of 6 January")
q = "Comrade Stalin's letter to the C.C. of 6 January, proposing, at Comrade Lenin's suggestion, that Comrade Trotsky be made chairman of the Supreme Council of National Economy and a deputy chairman of the C.P.C."
N(c, 'trotsky', 'held', 'chair-vsnkh', '1923-01', q, "a proposal, declined")
N(c, 'trotsky', 'held', 'lenin-deputy', '1923-01', q, "a proposal, declined")
N(c, 'stalin', 'appointed', 'trotsky', '1923-01', q, "a proposal, declined")
r(c, 'trotsky', 'wrote-to', 'central-committee', '1923-01-15', "Comrade Trotsky's letter to the C.C. of 15 January, giving his reasons for refusing")
q = "Comrade Stalin's further proposal of 17 January that Comrade Trotsky take the chairmanship of Gosplan. Declined by Comrade Trotsky."
N(c, 'trotsky', 'held', 'head-of-gosplan', '1923-01', q, "a proposal, declined")
opt(c, 'stalin', 'wrote-to', 'central-committee', '1923-01-17', q, "a paper circulated to the members of the C.C.")

# ------------------------------------------------------------ h10d: monograph page with numbered endnotes
d = 'h10d_monograph_endnotes'
q = "Sokolnikov wanted to replace it with a system of trade concessions"
r(d, 'sokolnikov', 'opposed', 'foreign-trade-monopoly', '1922', q, "it = the monopoly")
N(d, 'sokolnikov', 'supported', 'foreign-trade-monopoly', '1922', q, "wrong polarity: he wanted it replaced")
q = "Bukharin and Piatakov, each for his own reasons, argued against keeping it"
r(d, 'bukharin', 'opposed', 'foreign-trade-monopoly', '1922', q)
r(d, 'piatakov', 'opposed', 'foreign-trade-monopoly', '1922', q)
q = "Stalin, Zinoviev and Kamenev were ready to see it loosened"
for p in ['stalin', 'zinoviev', 'kamenev']:
    opt(d, p, 'opposed', 'foreign-trade-monopoly', '1922', q, "loosened, not abolished")
q = "Its defenders sat in the commissariat itself: Krasin, the People's Commissar for Foreign Trade, and his deputy Lezhava"
r(d, 'krasin', 'supported', 'foreign-trade-monopoly', '1922', q, "its defenders: list after a colon")
r(d, 'lezhava', 'supported', 'foreign-trade-monopoly', '1922', q)
r(d, 'krasin', 'held', 'commissar-foreign-trade', '1922', q, "apposition")
opt(d, 'lezhava', 'held', 'deputy-commissar-foreign-trade', '1922', q, "'his deputy' (his = Krasin's)")
q = "Lenin took their side early."
r(d, 'lenin', 'allied', 'krasin', '1922', q, "their = Krasin and Lezhava")
r(d, 'lenin', 'allied', 'lezhava', '1922', q)
q = "On 3 March he wrote to Kamenev that Krasin was entirely right and that Sokolnikov's course, if the Central Committee failed to correct it, would be the ruin of them."
r(d, 'lenin', 'wrote-to', 'kamenev', '1922-03-03', q, "he = Lenin")
r(d, 'lenin', 'opposed', 'sokolnikov', '1922-03-03', q, "condemned his course")
opt(d, 'lenin', 'allied', 'krasin', '1922-03-03', q)
q = "The plenum of 6 October, meeting without Lenin, nonetheless accepted a report by Sokolnikov that opened a series of breaches in the monopoly."
opt(d, 'sokolnikov', 'opposed', 'foreign-trade-monopoly', '1922-10-06', q)
opt(d, 'central-committee', 'opposed', 'foreign-trade-monopoly', '1922-10-06', q, "'the plenum'")
q = "Lenin's protest, written on 12 October with a postscript the next day, was addressed to Stalin as Secretary of the Central Committee"
r(d, 'lenin', 'wrote-to', 'stalin', '1922-10-13', q)
opt(d, 'stalin', 'held', 'cc-secretary', '1922-10', q, "the General Secretary addressed as 'Secretary of the Central Committee'")
opt(d, 'lenin', 'opposed', 'central-committee', '1922-10-13', q, "protest against the plenum's decision")
N(d, 'lenin', 'wrote-to', 'krasin', '1922-10', "before sending it he had gone over the text with Krasin", "shown to Krasin; the letter went to Stalin")
opt(d, 'lenin', 'allied', 'krasin', '1922-10', "before sending it he had gone over the text with Krasin")
opt(d, 'stalin', 'opposed', 'foreign-trade-monopoly', '1922-10', "Stalin let it be known that he still thought the October decision right", "the October decision weakened the monopoly")
q = "Bukharin went further and, in a long letter to the Central Committee, argued for relaxing the monopoly as a matter of principle."
r(d, 'bukharin', 'wrote-to', 'central-committee', '1922-10', q)
N(d, 'bukharin', 'supported', 'foreign-trade-monopoly', '1922-10', q, "wrong polarity: relaxing the monopoly")
opt(d, 'bukharin', 'opposed', 'foreign-trade-monopoly', '1922-10', q)
q = "Lenin's reply, addressed to Stalin for the December plenum but aimed squarely at Bukharin"
r(d, 'lenin', 'wrote-to', 'stalin', '1922-12', q)
r(d, 'lenin', 'opposed', 'bukharin', '1922-12', q, "aimed squarely at him")
N(d, 'lenin', 'wrote-to', 'bukharin', '1922-12', q, "a reply to Bukharin's arguments, addressed to Stalin")
opt(d, 'lenin', 'wrote-to', 'central-committee', '1922-12', q, "for the December plenum")
r(d, 'lenin', 'wrote-to', 'trotsky', '1922-12-12', "On the 12th he forwarded to him a letter from Krestinsky in Berlin", "he = Lenin, him = Trotsky (previous sentence)")
opt(d, 'krestinsky', 'wrote-to', 'lenin', '1922-12', "a letter from Krestinsky in Berlin", "addressee not stated")
r(d, 'krestinsky', 'supported', 'foreign-trade-monopoly', '1922-12', "Krestinsky in Berlin, who had come out firmly for the monopoly")
q = "in notes over the next three days he asked Trotsky to defend the monopoly at the plenum; Trotsky agreed."
r(d, 'lenin', 'wrote-to', 'trotsky', '1922-12', q)
r(d, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12', q, "agreed to defend it")
opt(d, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-12', q)
opt(d, 'lenin', 'allied', 'trotsky', '1922-12', q)
opt(d, 'central-committee', 'supported', 'foreign-trade-monopoly', '1922-12-18', "The plenum of 18 December revoked the October decision without a fight.", "'the plenum'")
q = "On the 21st Lenin dictated to Krupskaya a short message congratulating Trotsky"
r(d, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', q, "dictated message")
N(d, 'lenin', 'wrote-to', 'krupskaya', '1922-12-21', q, "dictation: she took it down")
opt(d, 'lenin', 'allied', 'trotsky', '1922-12-21', q)
q = "that brought down on Krupskaya Stalin's abusive telephone call of the next day"
N(d, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone call")
opt(d, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q)
q = "confirmed by the Politburo, on Lenin's motion, on 22 May 1922"
r(d, 'politburo', 'supported', 'foreign-trade-monopoly', '1922-05-22', q, "the monopoly ... confirmed by the Politburo")
opt(d, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-05-22', q, "on his motion")
r(d, 'sokolnikov', 'held', 'commissar-finance', '1922', "Sokolnikov, G. Ia. (1888-1939)--People's Commissar of Finance, 1922-1926", "biographical note")
opt(d, 'sokolnikov', 'member-of', 'politburo', '1924', "candidate member of the Politburo, 1924-1925", "candidate member")
r(d, 'sokolnikov', 'held', 'plenipotentiary-britain', '1929', "plenipotentiary in London, 1929-1932")
r(d, 'piatakov', 'held', 'deputy-chair-vsnkh', '1923', "Piatakov, G. L. (1890-1937)--from 1923 deputy chairman of the Supreme Council of National Economy")
opt(d, 'piatakov', 'member-of', 'vesenkha', '1923', "deputy chairman of the Supreme Council of National Economy")
N(d, 'kamenev', 'supported', 'foreign-trade-monopoly', '1922-10', "Some textbooks count Kamenev among the defenders of the monopoly in October; he was not one of them.", "a claim the author rejects")
r(d, 'krasin', 'held', 'commissar-foreign-trade', '1920', "Krasin, L. B. (1870-1926)--People's Commissar for Foreign Trade from 1920")
opt(d, 'krasin', 'held', 'plenipotentiary-britain', '1926', "died in London in 1926 as plenipotentiary there", "'there' = London")
r(d, 'lezhava', 'held', 'deputy-commissar-foreign-trade', '1922', "Lezhava, A. M.-- deputy People's Commissar for Foreign Trade")
opt(d, 'politburo', 'supported', 'foreign-trade-monopoly', '1922-03-04', "the Politburo approved his theses, with amendments, on 4 March 1922", "his theses (for a stronger monopoly)")
q = "Bukharin, N. I. (1888-1938)--editor of Pravda; candidate member of the Politburo from 1919, full member from 1924."
r(d, 'bukharin', 'held', 'editor-pravda', '1922', q)
r(d, 'bukharin', 'member-of', 'politburo', '1924', q, "full member from 1924")
opt(d, 'bukharin', 'member-of', 'pravda', '1922', q)
r(d, 'krestinsky', 'held', 'plenipotentiary-germany', '1921', "Krestinsky, N. N. (1883-1938)--plenipotentiary representative in Germany, 1921-1930")
q = "Lenin's note of 13 December, dictated by telephone, went also to M. I. Frumkin (1878-1938), deputy People's Commissar for Foreign Trade, and to B. S. Stomonyakov (1882-1941), the Soviet trade representative in Berlin."
r(d, 'lenin', 'wrote-to', 'frumkin', '1922-12-13', q, "copy; dictated by telephone is still a letter")
r(d, 'lenin', 'wrote-to', 'stomonyakov', '1922-12-13', q, "copy")
r(d, 'frumkin', 'held', 'deputy-commissar-foreign-trade', '1922', q, "apposition")
r(d, 'stomonyakov', 'held', 'trade-rep-germany', '1922', q, "apposition")
q = "Lenin had his letter for the plenum sent as well to V. A. Avanesov (1884-1930), deputy head of the Workers' and Peasants' Inspection, with a covering note asking for his proposals."
r(d, 'lenin', 'wrote-to', 'avanesov', '1922-12', q, "letter and covering note")
r(d, 'avanesov', 'held', 'deputy-head-rabkrin', '1922', q, "apposition")
opt(d, 'avanesov', 'member-of', 'rabkrin', '1922', q)
opt(d, 'krupskaya', 'wrote-to', 'trotsky', '1922-12-21', "The message ends with Krupskaya's own line saying that Lenin hoped for a reply by telephone.", "her own covering line to Trotsky")
q = "Krupskaya complained of the call to Kamenev in a letter of 23 December."
r(d, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', q)
opt(d, 'krupskaya', 'opposed', 'stalin', '1922-12-23', q, "complained of his call")
r(d, 'krupskaya', 'held', 'deputy-narkompros', '1929', "Krupskaya, N. K. (1869-1939)--Lenin's wife; from 1929 deputy People's Commissar of Enlightenment.")

# ------------------------------------------------------------ h10e: chronology table
e = 'h10e_chronology_table'
q = "The CC plenum held after the Eleventh Congress elects Stalin General Secretary."
r(e, 'central-committee', 'appointed', 'stalin', '1922-04-03', q, "elects to a post = appoints")
r(e, 'stalin', 'held', 'general-secretary', '1922-04-03', q)
N(e, 'trotsky', 'held', 'lenin-deputy', '1922-09', "Trotsky having refused the post", "an appointment refused")
q = "Kamenev becomes the third deputy chairman of Sovnarkom, beside Rykov and Tsyurupa."
r(e, 'kamenev', 'held', 'lenin-deputy', '1922-09-14', q)
opt(e, 'rykov', 'held', 'lenin-deputy', '1922-09', q, "implied by 'beside'")
opt(e, 'tsyurupa', 'held', 'lenin-deputy', '1922-09', q, "implied by 'beside'")
q = "Lenin dictates over the telephone a letter to his deputies Kamenev, Rykov and Tsyurupa"
for p in ['kamenev', 'rykov', 'tsyurupa']:
    r(e, 'lenin', 'wrote-to', p, '1922-12-13', q, "a letter dictated by telephone is a letter")
    r(e, p, 'held', 'lenin-deputy', '1922-12-13', q, "his deputies = Lenin's deputies")
opt(e, 'lenin', 'opposed', 'rykov', '1922-12-13', "he rejects Rykov's addendum outright", "a proposal of Rykov's rejected")
N(e, 'lenin', 'wrote-to', 'volodicheva', '1922-12-23', "Lenin dictates to M. A. Volodicheva the first part of the \"Letter to the Congress\".", "dictation to a secretary")
q = "Postscript: Lenin asks the comrades to find a way of moving Stalin out of the post of General Secretary."
r(e, 'lenin', 'opposed', 'stalin', '1923-01-04', q, "proposed his removal")
opt(e, 'stalin', 'held', 'general-secretary', '1923-01-04', q)
q = "Last letters: to Trotsky on the Georgian affair; to Stalin, demanding an apology to Krupskaya; to Mdivani and Makharadze, promising them his support."
r(e, 'lenin', 'wrote-to', 'trotsky', '1923-03-05', q, "list of letters after a colon")
r(e, 'lenin', 'wrote-to', 'stalin', '1923-03-05', q)
r(e, 'lenin', 'wrote-to', 'mdivani', '1923-03-06', q)
r(e, 'lenin', 'wrote-to', 'makharadze', '1923-03-06', q)
opt(e, 'lenin', 'opposed', 'stalin', '1923-03-05', q, "demanding an apology")
opt(e, 'lenin', 'allied', 'mdivani', '1923-03-06', q, "promised support")
opt(e, 'lenin', 'allied', 'makharadze', '1923-03-06', q, "promised support")
q = "Rakovsky, chairman of the Ukrainian Council of People's Commissars, attacks Stalin's nationality policy."
r(e, 'rakovsky', 'held', 'chair-ukraine-sovnarkom', '1923-04', q, "apposition")
opt(e, 'rakovsky', 'member-of', 'ukraine-sovnarkom', '1923-04', q)
opt(e, 'rakovsky', 'opposed', 'stalin', '1923-04', q, "attacks his policy")
q = "Trotsky's letter to the CC and the Central Control Commission condemns the party regime."
r(e, 'trotsky', 'wrote-to', 'central-committee', '1923-10-08', q)
r(e, 'trotsky', 'wrote-to', 'ccc', '1923-10-08', q)
q = "Declaration of the Forty-Six (Preobrazhensky, Serebryakov, Piatakov, Sapronov and others)"
for p in ['preobrazhensky', 'serebryakov', 'piatakov', 'sapronov']:
    r(e, p, 'member-of', 'forty-six', '1923-10-15', q, "signatories listed in brackets")
    opt(e, p, 'supported', 'declaration-46', '1923-10-15', q)
q = "Trotsky does not sign it."
N(e, 'trotsky', 'member-of', 'forty-six', '1923-10-15', q, "negation")
N(e, 'trotsky', 'supported', 'declaration-46', '1923-10-15', q, "negation")
r(e, 'stalin', 'wrote-to', 'trotsky', '1924-01-21', "A telegram from Stalin reaches Trotsky at Tiflis", "a telegram")
q = "Rykov succeeds Lenin as Chairman of Sovnarkom; Kamenev takes the chair of the Council of Labour and Defence."
r(e, 'rykov', 'held', 'chair-sovnarkom', '1924-02-02', q)
opt(e, 'lenin', 'held', 'chair-sovnarkom', '1924', q, "implied by 'succeeds Lenin'")
r(e, 'kamenev', 'held', 'chair-sto', '1924-02-02', q, "takes the chair of")
q = "Zinoviev and Kamenev plead for keeping Stalin on as General Secretary."
r(e, 'zinoviev', 'allied', 'stalin', '1924-05', q, "pleaded for him")
r(e, 'kamenev', 'allied', 'stalin', '1924-05', q)
opt(e, 'stalin', 'held', 'general-secretary', '1924-05', q)
opt(e, 'zinoviev', 'allied', 'kamenev', '1924-05', q)
N(e, 'zinoviev', 'opposed', 'stalin', '1924-05', q, "wrong polarity: they pleaded for keeping him")
N(e, 'kamenev', 'opposed', 'stalin', '1924-05', q, "wrong polarity: they pleaded for keeping him")
opt(e, 'trotsky', 'held', 'chair-rvs', '1925-01', "Trotsky loses the chairmanship of the Revolutionary Military Council", "held until then")
r(e, 'frunze', 'held', 'chair-rvs', '1925-01', "Trotsky loses the chairmanship of the Revolutionary Military Council; Frunze is appointed in his place.", "in his place = in Trotsky's chairmanship")
opt(e, 'frunze', 'member-of', 'rvs', '1925-01', "Frunze is appointed in his place")
r(e, 'voroshilov', 'held', 'head-of-red-army', '1925-11-06', "Voroshilov is named People's Commissar for Military and Naval Affairs")
q = "defeat of the New Opposition of Zinoviev and Kamenev"
r(e, 'zinoviev', 'member-of', 'new-opposition', '1925-12', q)
r(e, 'kamenev', 'member-of', 'new-opposition', '1925-12', q)
opt(e, 'fourteenth-congress', 'opposed', 'new-opposition', '1925-12', "Fourteenth Congress: defeat of the New Opposition")
q = "Dzerzhinsky, chairman of the Supreme Council of National Economy, denounces Piatakov and Kamenev at the CC plenum"
r(e, 'dzerzhinsky', 'held', 'chair-vsnkh', '1926-07', q, "apposition")
r(e, 'dzerzhinsky', 'opposed', 'piatakov', '1926-07-20', q, "denounces")
r(e, 'dzerzhinsky', 'opposed', 'kamenev', '1926-07-20', q)
q = "Bukharin replaces Zinoviev at the head of the Comintern."
r(e, 'bukharin', 'held', 'chair-comintern', '1926-11', q, "at the head of")
opt(e, 'zinoviev', 'held', 'chair-comintern', '1926', q, "the predecessor")
q = "Fifteenth Congress expels Kamenev and some seventy other members of the United Opposition"
r(e, 'kamenev', 'member-of', 'united-opposition', '1927', q, "'other members of'")
opt(e, 'fifteenth-congress', 'opposed', 'kamenev', '1927-12', q, "expels")
opt(e, 'fifteenth-congress', 'opposed', 'united-opposition', '1927-12', q)
r(e, 'kuibyshev', 'member-of', 'politburo', '1927-12', "Kuibyshev becomes a full member of the PB.")
q = "Zinoviev and Kamenev, having recanted, are readmitted to the Communist Party."
r(e, 'zinoviev', 'member-of', 'rcp', '1928-06', q)
r(e, 'kamenev', 'member-of', 'rcp', '1928-06', q)
r(e, 'bukharin', 'opposed', 'stalin', '1928-07-11', "Bukharin calls on Kamenev and denounces Stalin as an unprincipled intriguer")
N(e, 'bukharin', 'wrote-to', 'kamenev', '1928-07-11', "Bukharin calls on Kamenev", "a visit")
N(e, 'bukharin', 'wrote-to', 'kamenev', '1928-07-11', "Bukharin himself puts nothing on paper.", "negation")
r(e, 'kamenev', 'wrote-to', 'zinoviev', '1928-07', "Kamenev records the talk in a note for Zinoviev.", "a note for him")
opt(e, 'tomsky', 'held', 'head-trade-unions', '1929-06', "Tomsky is removed as head of the trade unions.", "held until then")
q = "Molotov replaces Rykov as Chairman of Sovnarkom."
r(e, 'molotov', 'held', 'chair-sovnarkom', '1930-12-19', q)
opt(e, 'rykov', 'held', 'chair-sovnarkom', '1930', q, "the predecessor")

# ------------------------------------------------------------ entities
NEW = [
 # positions
 ("chair-vsnkh", "position", "chairman of the Supreme Council of National Economy", ["chairman of Vesenkha", "chairman of VSNKh", "head of Vesenkha"], "id as in heldout9"),
 ("deputy-chair-vsnkh", "position", "deputy chairman of the Supreme Council of National Economy", ["deputy chairman of Vesenkha", "deputy chairman of VSNKh"], None),
 ("chair-ccc", "position", "chairman of the Central Control Commission", ["chairman of the CCC", "head of the Central Control Commission"], "id as in heldout9"),
 ("cc-secretary", "position", "Secretary of the Central Committee", ["Secretary of the C.C.", "CC Secretary", "Central Committee Secretary"], "not the General Secretary; id as in heldout9"),
 ("deputy-chair-sto", "position", "Deputy Chairman of the Council of Labour and Defence", ["deputy chairman of the C.L.D.", "vice-chairman of the Council of Labour and Defence"], None),
 ("chair-sto", "position", "chairman of the Council of Labour and Defence", ["chair of the Council of Labour and Defence", "chairmanship of the Council of Labour and Defence", "president of the Council of Labour and Defence"], None),
 ("chair-sovnarkom", "position", "Chairman of the Council of People's Commissars",
  ["Chairman of Sovnarkom", "president of the Council of People's Commissars", "head of the Soviet government", "chairman of the C.P.C."], "not Lenin's deputy; id as in heldout9"),
 ("chair-comintern", "position", "chairman of the Comintern", ["president of the Communist International", "head of the Comintern", "chairman of the Communist International"], "id as in heldout9"),
 ("chair-leningrad-soviet", "position", "chairman of the Leningrad Soviet", ["chairmanship of the Leningrad Soviet", "chairman of the Petrograd Soviet"], None),
 ("chair-moscow-soviet", "position", "chairman of the Moscow Soviet", ["head of the Moscow Soviet"], "id as in heldout8"),
 ("head-leningrad-party", "position", "head of the Leningrad party organisation", ["first secretary of the Leningrad party committee", "Leningrad party chief"], "id as in heldout9"),
 ("first-secretary-azerbaijan", "position", "first secretary of the Azerbaijan Communist Party", ["secretary of the Communist party in Azerbaijan"], None),
 ("commissar-trade", "position", "People's Commissar of Trade", ["People's Commissar for Internal and Foreign Trade", "Commissar of Trade"], None),
 ("deputy-chair-gosplan", "position", "deputy chairman of Gosplan", ["vice-chairman of the State Planning Commission", "deputy chairman of the State Planning Commission"], None),
 ("chair-rvs", "position", "chairman of the Revolutionary Military Council", ["chairmanship of the Revolutionary Military Council", "chairman of the Revolutionary Military Council of the Republic"], "held with the War Commissariat (head-of-red-army)"),
 ("deputy-commissar-foreign-trade", "position", "deputy People's Commissar for Foreign Trade", ["deputy Commissar for Foreign Trade"], None),
 ("plenipotentiary-britain", "position", "Plenipotentiary Representative in Britain", ["plenipotentiary in London", "Soviet plenipotentiary in London"], None),
 ("trade-rep-germany", "position", "Soviet trade representative in Berlin", ["trade representative in Berlin", "trade representative in Germany"], None),
 ("deputy-head-rabkrin", "position", "deputy head of Rabkrin", ["deputy head of the Workers' and Peasants' Inspection", "deputy People's Commissar of Rabkrin"], None),
 ("chair-ukraine-sovnarkom", "position", "chairman of the Ukrainian Council of People's Commissars", ["head of the Ukrainian government", "chairman of the Ukrainian Sovnarkom"], None),
 # bodies
 ("vesenkha", "body", "Supreme Council of National Economy", ["Vesenkha", "VSNKh", "Supreme Economic Council"], "id as in heldout9"),
 ("turkestan-commission", "body", "Turkestan Commission", ["Turkkomissiya"], None),
 ("troika", "body", "troika", ["triumvirs", "triumvirate", "the troika"], "Zinoviev, Kamenev, Stalin; id as in heldout8"),
 ("new-opposition", "body", "New Opposition", ["Leningrad opposition", "Leningrad minority"], "Zinoviev and Kamenev, 1925"),
 ("united-opposition", "body", "United Opposition", ["Joint Opposition"], "id as in heldout8"),
 ("moscow-soviet", "body", "Moscow Soviet", [], "id as in heldout8"),
 ("leningrad-soviet", "body", "Leningrad Soviet", ["Petrograd Soviet"], None),
 ("leningrad-party", "body", "Leningrad party organisation", ["Leningrad party organization", "Leningrad organisation", "Leningrad party"], "id as in heldout9"),
 ("war-commissariat", "body", "War Commissariat", ["People's Commissariat for Military and Naval Affairs"], None),
 ("narkomtorg", "body", "Commissariat of Trade", ["People's Commissariat of Trade", "People's Commissariat of Internal and Foreign Trade"], None),
 ("narkomfin", "body", "Finance Commissariat", ["People's Commissariat of Finance", "Narkomfin"], None),
 ("rvs", "body", "Revolutionary Military Council", ["Revolutionary Military Council of the Republic", "RVS"], None),
 ("forty-six", "body", "the Forty-Six", ["Forty-Six", "Group of Forty-Six"], "signatories of the declaration of 15 October 1923"),
 ("ukraine-sovnarkom", "body", "Ukrainian Council of People's Commissars", ["Ukrainian Sovnarkom"], None),
 ("thirteenth-congress", "body", "Thirteenth Party Congress", ["Thirteenth Congress", "13th Congress"], "id as in heldout9"),
 ("fourteenth-congress", "body", "Fourteenth Party Congress", ["Fourteenth Congress", "14th Congress"], "id as in heldout9"),
 ("fifteenth-congress", "body", "Fifteenth Party Congress", ["Fifteenth Congress", "15th Congress"], None),
 ("cps", "body", "Continental Press Service", ["CPS"], "invented wire service"),
 ("tsik-ussr", "body", "Central Executive Committee of the U.S.S.R.", ["Central Executive Committee", "Central Executive Committee of the USSR", "TsIK"], "not the All-Russian VTsIK; id as in heldout9"),
 # issues
 ("industrialisation", "issue", "industrialisation", ["rapid industrialisation", "industrialization", "rapid industrialization"], "id as in heldout9"),
 ("five-year-plan", "issue", "first Five-Year Plan", ["Five-Year Plan"], None),
 ("rabkrin-article", "issue", "Lenin's article on the reorganisation of Rabkrin", ["How We Should Reorganise Rabkrin"], "January 1923"),
 ("declaration-46", "issue", "Declaration of the Forty-Six", ["Platform of the Forty-Six"], None),
 ("georgian-affair", "issue", "Georgian affair", ["Georgian case"], None),
 # persons
 ("frunze", "person", "Frunze", ["Mikhail Frunze", "M. V. Frunze"], "id as in heldout9"),
 ("voroshilov", "person", "Voroshilov", ["Klim Voroshilov", "Kliment Voroshilov"], None),
 ("lezhava", "person", "Lezhava", ["A. M. Lezhava"], None),
 ("bryukhanov", "person", "Bryukhanov", ["N. P. Bryukhanov", "Nikolai Bryukhanov"], None),
]
ALIASES = {  # extra aliases for entities of the shared list
 "kuibyshev": ["Valerian Kuibyshev", "Valerian Vladimirovich Kuibyshev", "KUIBYSHEV, Valerian Vladimirovich", "V. V. Kuibyshev"],
 "tsyurupa": ["Alexander Tsyurupa", "Tsiurupa", "A. D. Tsyurupa"],
 "krzhizhanovsky": ["Gleb Krzhizhanovsky"],
 "kamenev": ["Leo Kamenev", "Lev Kamenev", "L. B. Kamenev"],
 "zinoviev": ["Gregory Zinoviev", "Grigory Zinoviev"],
 "bukharin": ["Nikolai Bukharin", "N. I. Bukharin"],
 "sokolnikov": ["Gregory Sokolnikov", "Grigory Sokolnikov", "G. Ia. Sokolnikov"],
 "piatakov": ["G. L. Piatakov"],
 "krasin": ["L. B. Krasin", "Leonid Krasin"],
 "frumkin": ["M. I. Frumkin"],
 "stomonyakov": ["B. S. Stomonyakov"],
 "avanesov": ["V. A. Avanesov"],
 "volodicheva": ["M. A. Volodicheva"],
 "politburo": ["P.B.", "PB"],
 "rcp": ["RSDLP (Bolsheviks)", "Russian Communist Party (Bolsheviks)"],
 "georgian-cc": ["C.C. of the Communist Party of Georgia"],
 "head-of-rabkrin": ["People's Commissar for Workers' and Peasants' Inspection"],
 "head-of-gosplan": ["Chairman of the State Planning Commission", "chairman of Gosplan", "chairmanship of Gosplan"],
 "head-of-red-army": ["People's Commissar for Military and Naval Affairs", "War Commissar"],
 "commissar-finance": ["People's Commissar of Finance"],
 "commissar-nationalities": ["People's Commissar for Nationalities"],
 "lenin-deputy": ["Deputy Chairman of the Council of People's Commissars", "deputy chairman of Sovnarkom", "deputy chairman of the C.P.C.", "vice-president of the Council of People's Commissars"],
 "head-trade-unions": ["head of the trade unions"],
 "testament": ["Lenin's letter on the leaders"],
 "deputy-narkompros": ["deputy People's Commissar of Enlightenment"],
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
            # reworded (the project commits none of that text), as in heldout8-9.
            if e['id'] == 'caucasus-commissar':
                e['label'] = 'Chief commissar of the Caucasian Revolutionary War Council'
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(G, 'entities-extra-heldout10.jsonl'), 'w', encoding='utf-8') as f:
        for i, t, label, al, note in NEW:
            d = {"id": i, "type": t, "label": label, "aliases": al, "required": i in used}
            if note: d["note"] = note
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        btype = {e['id']: e for e in base}
        for i, al in ALIASES.items():
            d = {"id": i, "type": btype[i]['type'], "label": btype[i]['label'], "aliases": al, "required": i in used, "note": "adds aliases"}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(G, 'relations-heldout10.jsonl'), 'w', encoding='utf-8') as f:
        for d in R:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    validate()


def validate():
    ents = {}
    for fn in ['entities.jsonl', 'entities-extra-heldout10.jsonl']:
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
    for n, l in enumerate(open(os.path.join(G, 'relations-heldout10.jsonl'), encoding='utf-8'), 1):
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
    allrows = [json.loads(l) for l in open(os.path.join(G, 'relations-heldout10.jsonl'), encoding='utf-8')]
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
