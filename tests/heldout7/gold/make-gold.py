#!/usr/bin/env python3
"""Writes the heldout7 gold files and validates them.

  python3 tests/heldout7/gold/make-gold.py [SHARED_ENTITIES]

Writes relations-heldout7.jsonl, entities-extra-heldout7.jsonl and
entities.jsonl (the shared entity list, ../shared/eval/gold/entities.jsonl,
with `required` set to true only for entities used by a required,
non-negative relation of this set). Then checks that every line parses,
every id exists, every quote occurs in its document, and no gold name is
claimed by two entities. Annotation follows ../shared/eval/GUIDELINES.md.
"""
import collections, json, os, re, sys

G = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(os.path.dirname(G), 'corpus')
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(G, '..', '..', '..', '..', 'shared', 'eval', 'gold', 'entities.jsonl')

R = []
def r(doc, s, rel, o, date, quote, req=True, note=None):
    d = {"doc": doc, "s": s, "rel": rel, "o": o, "date": date, "quote": quote, "required": req}
    if note: d["note"] = note
    R.append(d)
def opt(doc, s, rel, o, date, quote, note=None):
    r(doc, s, rel, o, date, quote, False, note)
def N(doc, s, rel, o, date, quote, note):
    R.append({"doc": doc, "s": s, "rel": rel, "o": o, "date": date, "quote": quote,
              "required": True, "negative": True, "note": note})

# ------------------------------------------------------------ h7a: newspaper retrospective
a = 'h7a_newspaper_retrospective'
r(a, 'lenin', 'held', 'chair-sovnarkom', '1923', "Vladimir Lenin, still nominally chairman of the Council of People's Commissars")
q = "He dictated instead, mostly to Maria Volodicheva, a young typist, and to Lydia Fotieva"
N(a, 'lenin', 'wrote-to', 'volodicheva', '1923', q, "dictation to a secretary")
N(a, 'lenin', 'wrote-to', 'fotieva', '1923', q, "dictation to a secretary")
q = "Lydia Fotieva, who ran his private secretariat"
opt(a, 'fotieva', 'held', 'lenin-secretary', '1923', q, "ran Lenin's secretariat")
N(a, 'fotieva', 'member-of', 'secretariat', '1923', q, "Lenin's private secretariat, not the CC Secretariat")
q = "Stalin, then People's Commissar for Nationalities as well as General Secretary"
r(a, 'stalin', 'held', 'commissar-nationalities', '1922-09', q)
r(a, 'stalin', 'held', 'general-secretary', '1922-09', q)
r(a, 'stalin', 'supported', 'autonomisation', '1922-09', "drew up a scheme of \"autonomisation\"", "its author")
q = "The Georgian Central Committee, led by Budu Mdivani, flatly rejected the plan"
r(a, 'mdivani', 'member-of', 'georgian-cc', '1922', "The Georgian Central Committee, led by Budu Mdivani", "led by -> member-of")
opt(a, 'georgian-cc', 'opposed', 'autonomisation', '1922-09', q, "the plan = autonomisation (common-noun coreference)")
opt(a, 'mdivani', 'opposed', 'autonomisation', '1922-09', q)
r(a, 'lenin', 'supported', 'ussr', '1922-09', "insisting on a union of equal republics")
opt(a, 'lenin', 'opposed', 'autonomisation', '1922-09', "Lenin came down on the Georgians' side, insisting on a union of equal republics")
opt(a, 'lenin', 'allied', 'georgian-cc', '1922-09', "Lenin came down on the Georgians' side")
opt(a, 'lenin', 'allied', 'mdivani', '1922-09', "Lenin came down on the Georgians' side")
q = "Sergo Ordzhonikidze, head of the Transcaucasian Regional Committee"
r(a, 'ordzhonikidze', 'held', 'head-transcaucasian-committee', '1922-11', q)
opt(a, 'ordzhonikidze', 'member-of', 'transcaucasian-committee', '1922-11', q)
r(a, 'dzerzhinsky', 'held', 'head-gpu', '1922', "Felix Dzerzhinsky, chief of the GPU")
opt(a, 'ordzhonikidze', 'opposed', 'mdivani', '1922-11', "struck one of Mdivani's followers in the middle of a quarrel", "he struck a follower, not Mdivani")
opt(a, 'volodicheva', 'held', 'lenin-secretary', '1923', "mostly to Maria Volodicheva, a young typist")
opt(a, 'trotsky', 'member-of', 'central-committee', '1923-03', "to take up the Georgian case in the Central Committee")
opt(a, 'dzerzhinsky', 'member-of', 'gpu', '1922', "Felix Dzerzhinsky, chief of the GPU")
opt(a, 'dzerzhinsky', 'member-of', 'dzerzhinsky-commission', '1922-11', "A commission under Felix Dzerzhinsky")
opt(a, 'dzerzhinsky-commission', 'supported', 'ordzhonikidze', '1922-12', "came back having cleared him")
opt(a, 'dzerzhinsky-commission', 'allied', 'ordzhonikidze', '1922-12', "came back having cleared him")
opt(a, 'dzerzhinsky', 'allied', 'ordzhonikidze', '1922-12', "A commission under Felix Dzerzhinsky, chief of the GPU, went south to investigate and came back having cleared him")
opt(a, 'lenin', 'opposed', 'stalin', '1923-03-05', "NOW LENIN DEMANDED THAT STALIN TAKE BACK HIS WORDS AND APOLOGISE", "pull quote in capitals")
r(a, 'lenin', 'wrote-to', 'trotsky', '1923-03-05', "The first of the March notes, dated the 5th, went to Leon Trotsky.")
r(a, 'trotsky', 'held', 'commissar-war', '1923-03', "Lenin asked Trotsky, still War Commissar")
opt(a, 'lenin', 'allied', 'trotsky', '1923-03-05', "Lenin asked Trotsky, still War Commissar, to take up the Georgian case in the Central Committee")
q = "he could not count on Stalin and Dzerzhinsky to judge it fairly"
opt(a, 'lenin', 'opposed', 'stalin', '1923-03-05', q)
opt(a, 'lenin', 'opposed', 'dzerzhinsky', '1923-03-05', q)
N(a, 'volodicheva', 'wrote-to', 'trotsky', '1923-03-05', "Volodicheva read the text to him over the telephone",
  "she read Lenin's note to him by telephone; Lenin is the author")
r(a, 'lenin', 'wrote-to', 'stalin', '1923-03-05', "a far harsher letter was addressed to Stalin himself")
q = "with copies to Lev Kamenev and Grigory Zinoviev"
r(a, 'lenin', 'wrote-to', 'kamenev', '1923-03-05', q)
r(a, 'lenin', 'wrote-to', 'zinoviev', '1923-03-05', q)
q = "after Nadezhda Krupskaya took down a letter from him to Trotsky on the foreign trade monopoly"
r(a, 'lenin', 'wrote-to', 'trotsky', '1922-12', q)
N(a, 'lenin', 'wrote-to', 'krupskaya', '1922-12', q, "she took the letter down; Trotsky is the addressee")
N(a, 'krupskaya', 'wrote-to', 'trotsky', '1922-12', q, "she took it down; Lenin is the author")
q = "Stalin had telephoned her and abused her in coarse language"
N(a, 'stalin', 'wrote-to', 'krupskaya', '1922-12', q, "a telephone call")
opt(a, 'stalin', 'opposed', 'krupskaya', '1922-12', q)
q = "Krupskaya had complained about it at the time in a letter to Kamenev"
r(a, 'krupskaya', 'wrote-to', 'kamenev', '1922-12', q)
opt(a, 'krupskaya', 'opposed', 'stalin', '1922-12', q)
r(a, 'lenin', 'opposed', 'stalin', '1923-03-05', "Now Lenin demanded that Stalin take back his words and apologise, or else regard relations between them as broken off")
r(a, 'stalin', 'wrote-to', 'lenin', '1923-03-07', "Stalin's reply to Lenin, written on 7 March")
q = "The last note of all, sent on 6 March to Mdivani, Filipp Makharadze and their comrades in Tiflis"
r(a, 'lenin', 'wrote-to', 'mdivani', '1923-03-06', q)
r(a, 'lenin', 'wrote-to', 'makharadze', '1923-03-06', q)
q = "carried copies for Trotsky and Kamenev"
r(a, 'lenin', 'wrote-to', 'trotsky', '1923-03-06', q)
r(a, 'lenin', 'wrote-to', 'kamenev', '1923-03-06', q)
q = "Lenin promised them his backing"
opt(a, 'lenin', 'allied', 'mdivani', '1923-03-06', q, "pronoun 'them'")
opt(a, 'lenin', 'allied', 'makharadze', '1923-03-06', q, "pronoun 'them'")
r(a, 'lenin', 'opposed', 'ordzhonikidze', '1923-03-06', "condemned both Ordzhonikidze's brutality")
q = "the protection Stalin and Dzerzhinsky had given him"
opt(a, 'lenin', 'opposed', 'stalin', '1923-03-06', q)
opt(a, 'lenin', 'opposed', 'dzerzhinsky', '1923-03-06', q)
opt(a, 'stalin', 'allied', 'ordzhonikidze', '1922', q)
opt(a, 'dzerzhinsky', 'allied', 'ordzhonikidze', '1922', q)
N(a, 'trotsky', 'opposed', 'stalin', '1923-04', "Trotsky did not use the notes against Stalin at the Twelfth Party Congress in April", "negation")
r(a, 'bukharin', 'allied', 'mdivani', '1923-04', "Mdivani found few defenders there apart from Nikolai Bukharin", "Bukharin defended Mdivani")
q = "said that Zinoviev had written to Mdivani in March 1923 to promise the Georgians his backing"
N(a, 'zinoviev', 'wrote-to', 'mdivani', '1923-03', q, "a claim the correction withdraws")
N(a, 'zinoviev', 'allied', 'mdivani', '1923-03', q, "a claim the correction withdraws")

# ------------------------------------------------------------ h7b: FAQ
b = 'h7b_faq_succession'
q = "The plenum elected Stalin General Secretary"
r(b, 'stalin', 'held', 'general-secretary', '1922-04-03', q)
opt(b, 'central-committee', 'appointed', 'stalin', '1922-04-03', q, "the CC plenum of the sentence before")
q = "with Vyacheslav Molotov and Valerian Kuibyshev as the other two secretaries"
for p in ['molotov', 'kuibyshev']:
    opt(b, p, 'held', 'secretary-cc', '1922-04', q)
    opt(b, p, 'member-of', 'secretariat', '1922-04', q)
    N(b, p, 'held', 'lenin-secretary', '1922-04', q, "secretaries of the CC, not Lenin's secretaries")
q = "Until March 1921 the Secretariat had been run by Nikolai Krestinsky, Yevgeni Preobrazhensky and Leonid Serebryakov"
q2 = "all of whom lost their places after backing Trotsky in the trade-union debate"
for p in ['krestinsky', 'preobrazhensky', 'serebryakov']:
    r(b, p, 'member-of', 'secretariat', '1921', q, "run by -> member-of")
    opt(b, p, 'held', 'secretary-cc', '1921', q)
    r(b, p, 'allied', 'trotsky', '1920', q2, "backing Trotsky")
r(b, 'lenin', 'opposed', 'stalin', '1923-01-04', "In a postscript dictated on 4 January 1923 Lenin called Stalin too rude for the office and asked his comrades to find a way of moving him out of it")
r(b, 'lenin', 'supported', 'foreign-trade-monopoly', None, "Lenin defended the monopoly to the end.")
q = "The case for relaxing the monopoly was pressed by Grigory Sokolnikov, the Finance Commissar, and by Bukharin"
for p in ['sokolnikov', 'bukharin']:
    r(b, p, 'supported', 'relaxation-of-monopoly', '1922', q)
    opt(b, p, 'opposed', 'foreign-trade-monopoly', '1922', q)
    N(b, p, 'supported', 'foreign-trade-monopoly', '1922', q, "wrong polarity: he pressed for relaxing it")
opt(b, 'sokolnikov', 'allied', 'bukharin', '1922', q)
r(b, 'sokolnikov', 'held', 'commissar-finance', '1922', "Grigory Sokolnikov, the Finance Commissar")
q = "Lenin replied to Bukharin's arguments in a note addressed to Stalin for the plenum on 13 December 1922"
r(b, 'lenin', 'wrote-to', 'stalin', '1922-12-13', q)
opt(b, 'lenin', 'wrote-to', 'central-committee', '1922-12-13', q, "for the plenum")
opt(b, 'lenin', 'opposed', 'bukharin', '1922-12-13', q)
N(b, 'lenin', 'wrote-to', 'bukharin', '1922-12-13', q, "the note answered Bukharin but was addressed to Stalin")
q = "Leonid Krasin, People's Commissar for Foreign Trade, fought for the monopoly alongside Lenin"
r(b, 'krasin', 'held', 'commissar-foreign-trade', '1922', "Leonid Krasin, People's Commissar for Foreign Trade")
r(b, 'krasin', 'supported', 'foreign-trade-monopoly', '1922', q)
r(b, 'krasin', 'allied', 'lenin', '1922', q)
r(b, 'stalin', 'held', 'head-of-rabkrin', '1922', "Stalin headed it until the spring of 1922", "it = Rabkrin, the sentence before")
r(b, 'tsyurupa', 'held', 'head-of-rabkrin', '1922', "Alexander Tsyurupa succeeded him")
opt(b, 'kuibyshev', 'held', 'head-of-rabkrin', '1923', "Kuibyshev took charge in 1923")
r(b, 'lenin', 'opposed', 'rabkrin', '1923', "In 1923 Lenin attacked Rabkrin's poor record in print.")
r(b, 'krzhizhanovsky', 'held', 'head-of-gosplan', None, "Gosplan was chaired by Gleb Krzhizhanovsky")
opt(b, 'krzhizhanovsky', 'member-of', 'gosplan', None, "Gosplan was chaired by Gleb Krzhizhanovsky")
q = "with Georgy Pyatakov as deputy chairman"
r(b, 'piatakov', 'held', 'deputy-chair-gosplan', None, q)
opt(b, 'piatakov', 'member-of', 'gosplan', None, q)
N(b, 'piatakov', 'held', 'lenin-deputy', None, q, "deputy chairman of Gosplan, not Lenin's deputy")
q = "Trotsky had long urged that Gosplan be given legislative powers"
r(b, 'trotsky', 'supported', 'gosplan-legislative', None, q)
opt(b, 'trotsky', 'supported', 'gosplan', None, q)
opt(b, 'lenin', 'opposed', 'gosplan-legislative', None, "Lenin at first rejected the idea", "the idea = legislative powers")
opt(b, 'lenin', 'supported', 'gosplan-legislative', '1922-12', "came round to it at the end of December 1922")
q = "Zinoviev, Kamenev and Stalin, who combined in 1923 to keep Trotsky from succeeding Lenin"
for p in ['zinoviev', 'kamenev', 'stalin']:
    r(b, p, 'member-of', 'troika', '1923', q, "answer to 'Who made up the troika?'")
    opt(b, p, 'opposed', 'trotsky', '1923', q)
for x, y in [('zinoviev', 'kamenev'), ('zinoviev', 'stalin'), ('kamenev', 'stalin')]:
    opt(b, x, 'allied', y, '1923', q)
opt(b, 'troika', 'opposed', 'trotsky', '1923', q)
r(b, 'zinoviev', 'held', 'chair-comintern', '1923', "Zinoviev was then head of the Comintern")
opt(b, 'zinoviev', 'member-of', 'comintern', '1923', "Zinoviev was then head of the Comintern")
r(b, 'kamenev', 'held', 'chair-moscow-soviet', '1923', "Kamenev chaired the Moscow Soviet")
opt(b, 'kamenev', 'member-of', 'moscow-soviet', '1923', "Kamenev chaired the Moscow Soviet")
r(b, 'kamenev', 'held', 'lenin-deputy', '1923', "deputised for Lenin in Sovnarkom")
opt(b, 'kamenev', 'member-of', 'sovnarkom', '1923', "deputised for Lenin in Sovnarkom")
N(b, 'trotsky', 'supported', 'declaration-46', '1923-10', "Did Trotsky sign the Declaration of the 46?", "a question; the answer is No")
N(b, 'trotsky', 'supported', 'declaration-46', '1923-10', "A: No. Trotsky set out his own criticisms", "he did not sign it")
q = "Trotsky set out his own criticisms in a letter of 8 October 1923 addressed to both the Central Committee and the Central Control Commission"
r(b, 'trotsky', 'wrote-to', 'central-committee', '1923-10-08', q)
r(b, 'trotsky', 'wrote-to', 'ccc', '1923-10-08', q)
q = "The Declaration, handed to the Politburo a week later, was signed by Preobrazhensky, Pyatakov, Sapronov, Osinsky and some forty other veterans"
for p in ['preobrazhensky', 'piatakov', 'sapronov', 'osinsky']:
    r(b, p, 'supported', 'declaration-46', '1923-10-15', q, "signed it")
    opt(b, p, 'wrote-to', 'politburo', '1923-10-15', q)
    opt(b, p, 'member-of', 'left-opposition', '1923', q + ", who are usually counted as the core of the Left Opposition")
q = "The bloc that Trotsky formed with Zinoviev and Kamenev in 1926"
r(b, 'trotsky', 'allied', 'zinoviev', '1926', q)
r(b, 'trotsky', 'allied', 'kamenev', '1926', q)
opt(b, 'zinoviev', 'allied', 'kamenev', '1926', q)
for p in ['trotsky', 'zinoviev', 'kamenev']:
    opt(b, p, 'member-of', 'united-opposition', '1926', q, "the bloc = the United Opposition of the question")
q = "the latter two had broken with Stalin at the Fourteenth Congress"
r(b, 'zinoviev', 'opposed', 'stalin', '1925-12', q, "the latter two = Zinoviev and Kamenev")
r(b, 'kamenev', 'opposed', 'stalin', '1925-12', q, "the latter two = Zinoviev and Kamenev")
r(b, 'bukharin', 'allied', 'stalin', '1926', "Stalin, backed at the time by Bukharin")
q = "had them stripped of their posts one by one"
for p in ['trotsky', 'zinoviev', 'kamenev']:
    opt(b, 'stalin', 'opposed', p, '1926', q)
q = "Zinoviev lost the Comintern to Bukharin"
opt(b, 'zinoviev', 'held', 'chair-comintern', '1926', q)
opt(b, 'bukharin', 'held', 'chair-comintern', '1926', q)
r(b, 'kamenev', 'held', 'ambassador-italy', '1926', "Kamenev was packed off to Rome as ambassador to Italy")
q = "Bukharin never joined the United Opposition."
N(b, 'bukharin', 'member-of', 'united-opposition', '1926', q, "negation")
N(b, 'bukharin', 'allied', 'united-opposition', '1926', q, "negation")
N(b, 'bukharin', 'supported', 'united-opposition', '1926', q, "negation")
opt(b, 'bukharin', 'allied', 'stalin', '1928', "He stayed at Stalin's side until 1928")
q = "when he, Rykov and Tomsky resisted the emergency grain measures and were branded the Right Opposition"
for p in ['bukharin', 'rykov', 'tomsky']:
    r(b, p, 'opposed', 'emergency-measures', '1928', q, "he = Bukharin")
    opt(b, p, 'member-of', 'right-opposition', '1928', q)
for x, y in [('bukharin', 'rykov'), ('bukharin', 'tomsky'), ('rykov', 'tomsky')]:
    opt(b, x, 'allied', y, '1928', q)

# ------------------------------------------------------------ h7c: chronology table
c = 'h7c_chronology_table'
r(c, 'central-committee', 'supported', 'october-insurrection', '1917-10-10', "CC votes for the armed insurrection")
for p in ['zinoviev', 'kamenev']:
    r(c, p, 'opposed', 'october-insurrection', '1917-10-10', "Zinoviev and Kamenev vote against it", "it = the insurrection of the same row")
opt(c, 'zinoviev', 'allied', 'kamenev', '1917-10-10', "Zinoviev and Kamenev vote against it")
opt(c, 'tenth-congress', 'supported', 'ban-on-factions', '1921-03', "Tenth Congress bans factions")
q = "Workers' Opposition (Shlyapnikov, Kollontai) condemned"
r(c, 'shlyapnikov', 'member-of', 'workers-opposition', '1921-03', q)
r(c, 'kollontai', 'member-of', 'workers-opposition', '1921-03', q)
opt(c, 'tenth-congress', 'opposed', 'workers-opposition', '1921-03', q)
opt(c, 'shlyapnikov', 'allied', 'kollontai', '1921-03', q)
r(c, 'stalin', 'held', 'general-secretary', '1922-04-03', "Stalin made General Secretary")
q = "Molotov, Kuibyshev secretaries under him"
for p in ['molotov', 'kuibyshev']:
    opt(c, p, 'held', 'secretary-cc', '1922-04', q)
    N(c, p, 'held', 'lenin-secretary', '1922-04', q, "CC secretaries under Stalin, not Lenin's secretaries")
q = "CC plenum eases the trade monopoly"
opt(c, 'central-committee', 'opposed', 'foreign-trade-monopoly', '1922-10-06', q)
opt(c, 'central-committee', 'supported', 'relaxation-of-monopoly', '1922-10-06', q)
N(c, 'central-committee', 'supported', 'foreign-trade-monopoly', '1922-10-06', q, "wrong polarity: the plenum eased it")
opt(c, 'krasin', 'opposed', 'central-committee', '1922-10-06', "Lenin absent; Krasin protests", "protests against the plenum's vote")
opt(c, 'krasin', 'opposed', 'relaxation-of-monopoly', '1922-10-06', "Lenin absent; Krasin protests")
opt(c, 'krasin', 'supported', 'foreign-trade-monopoly', '1922-10-06', "Lenin absent; Krasin protests")
q = "Lenin to Stalin, for the CC members"
r(c, 'lenin', 'wrote-to', 'stalin', '1922-10-13', q)
opt(c, 'lenin', 'wrote-to', 'central-committee', '1922-10-13', q)
r(c, 'lenin', 'allied', 'trotsky', '1922-12-18', "Lenin-Trotsky bloc prevails")
opt(c, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-12-18', "Plenum restores the full monopoly     | Lenin-Trotsky bloc prevails")
opt(c, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12-18', "Plenum restores the full monopoly     | Lenin-Trotsky bloc prevails")
q = "Lenin: Stalin should go as Gen. Sec."
r(c, 'lenin', 'opposed', 'stalin', '1923-01-04', q)
r(c, 'stalin', 'held', 'general-secretary', '1923-01-04', q)
opt(c, 'testament', 'opposed', 'stalin', '1923-01-04', "Addition to \"Letter to the Congress\"  | Lenin: Stalin should go as Gen. Sec.")
q = "Kuibyshev elected chairman of the CCC"
r(c, 'kuibyshev', 'held', 'chair-ccc', '1923-04', q)
opt(c, 'kuibyshev', 'member-of', 'ccc', '1923-04', q)
opt(c, 'twelfth-congress', 'appointed', 'kuibyshev', '1923-04', "Twelfth Congress                      | Kuibyshev elected chairman of the CCC")
q = "Trotsky -> CC and CCC                 | letter on the party regime"
r(c, 'trotsky', 'wrote-to', 'central-committee', '1923-10-08', q)
r(c, 'trotsky', 'wrote-to', 'ccc', '1923-10-08', q)
q = "Declaration of the 46 -> Politburo    | Serebryakov, Sapronov among signers"
for p in ['serebryakov', 'sapronov']:
    r(c, p, 'supported', 'declaration-46', '1923-10-15', q, "signers")
    opt(c, p, 'wrote-to', 'politburo', '1923-10-15', q)
opt(c, 'serebryakov', 'allied', 'sapronov', '1923-10-15', q)
opt(c, 'thirteenth-conference', 'opposed', 'trotsky', '1924-01', "Thirteenth Conference                 | condemns Trotsky's views", "condemns his views")
r(c, 'rykov', 'held', 'chair-sovnarkom', '1924-02-02', "Rykov chairman of Sovnarkom")
opt(c, 'rykov', 'member-of', 'sovnarkom', '1924-02-02', "Rykov chairman of Sovnarkom")
opt(c, 'lenin', 'held', 'chair-sovnarkom', None, "Rykov chairman of Sovnarkom           | succeeds Lenin")
q = "Zinoviev, Kamenev shield Stalin"
r(c, 'zinoviev', 'allied', 'stalin', '1924-05', q)
r(c, 'kamenev', 'allied', 'stalin', '1924-05', q)
opt(c, 'zinoviev', 'allied', 'kamenev', '1924-05', q)
q = "Trotsky attacks Zinoviev and Kamenev"
r(c, 'trotsky', 'opposed', 'zinoviev', '1924', q)
r(c, 'trotsky', 'opposed', 'kamenev', '1924', q)
opt(c, 'lessons-of-october', 'opposed', 'zinoviev', '1924', "\"Lessons of October\"                  | Trotsky attacks Zinoviev and Kamenev")
opt(c, 'lessons-of-october', 'opposed', 'kamenev', '1924', "\"Lessons of October\"                  | Trotsky attacks Zinoviev and Kamenev")
opt(c, 'trotsky', 'supported', 'lessons-of-october', '1924', "\"Lessons of October\"                  | Trotsky attacks", "its author")
r(c, 'trotsky', 'held', 'commissar-war', '1925-01', "Trotsky out as War Commissar")
r(c, 'frunze', 'held', 'commissar-war', '1925-01', "Trotsky out as War Commissar          | replaced by Frunze")
r(c, 'voroshilov', 'held', 'commissar-war', '1925-11', "Voroshilov War Commissar")
q = "New Opposition (Zinoviev, Kamenev) routed"
r(c, 'zinoviev', 'member-of', 'new-opposition', '1925-12', q)
r(c, 'kamenev', 'member-of', 'new-opposition', '1925-12', q)
opt(c, 'fourteenth-congress', 'opposed', 'new-opposition', '1925-12', "Fourteenth Congress                   | New Opposition (Zinoviev, Kamenev) routed")
q = "Kirov sent to Leningrad               | takes over Zinoviev's party organisation"
opt(c, 'kirov', 'held', 'leningrad-head', '1926-01', q)
opt(c, 'kirov', 'member-of', 'leningrad-organisation', '1926-01', q)
opt(c, 'zinoviev', 'held', 'leningrad-head', None, q)
opt(c, 'zinoviev', 'member-of', 'politburo', '1926-07', "Zinoviev dropped from Politburo")
r(c, 'kuibyshev', 'held', 'chair-vsnkh', '1926-08', "Kuibyshev chairman of VSNKh")
opt(c, 'kuibyshev', 'member-of', 'vsnkh', '1926-08', "Kuibyshev chairman of VSNKh")
opt(c, 'dzerzhinsky', 'held', 'chair-vsnkh', None, "Kuibyshev chairman of VSNKh           | succeeds Dzerzhinsky")
q = "Ordzhonikidze chairman of the CCC     | also heads Rabkrin"
r(c, 'ordzhonikidze', 'held', 'chair-ccc', '1926-11', "Ordzhonikidze chairman of the CCC")
r(c, 'ordzhonikidze', 'held', 'head-of-rabkrin', '1926-11', q)
opt(c, 'ordzhonikidze', 'member-of', 'ccc', '1926-11', q)
opt(c, 'ordzhonikidze', 'member-of', 'rabkrin', '1926-11', q)
opt(c, 'central-committee', 'opposed', 'opposition-platform', '1927-09', "Platform of the Opposition            | CC refuses to print it")
q = "Trotsky, Zinoviev expelled from party"
opt(c, 'trotsky', 'member-of', 'rcp', '1927-11-14', q)
opt(c, 'zinoviev', 'member-of', 'rcp', '1927-11-14', q)
r(c, 'joffe', 'wrote-to', 'trotsky', '1927-11-16', "Joffe's suicide                       | farewell letter to Trotsky")
q = "Fifteenth Congress                    | Kamenev and ~75 others expelled"
opt(c, 'fifteenth-congress', 'opposed', 'kamenev', '1927-12', q)
opt(c, 'kamenev', 'member-of', 'rcp', '1927-12', q)
q = "Bukharin meets Kamenev in secret      | a conversation, not a letter"
N(c, 'bukharin', 'wrote-to', 'kamenev', '1928-07', q, "a conversation, not a written communication")
N(c, 'kamenev', 'wrote-to', 'bukharin', '1928-07', q, "a conversation, not a written communication")
opt(c, 'bukharin', 'allied', 'kamenev', '1928-07', q)

# ------------------------------------------------------------ h7d: museum labels
d = 'h7d_museum_labels'
q = "From: V. I. Lenin To: J. V. Stalin (Djugashvili), for the members of the Central Committee"
r(d, 'lenin', 'wrote-to', 'stalin', '1922-10-13', q)
opt(d, 'lenin', 'wrote-to', 'central-committee', '1922-10-13', q)
opt(d, 'lenin', 'opposed', 'relaxation-of-monopoly', '1922-10-13', "Written a week after a plenum held in Lenin's absence had voted to loosen state control of imports and exports.")
opt(d, 'central-committee', 'opposed', 'foreign-trade-monopoly', '1922-10-06', "a plenum held in Lenin's absence had voted to loosen state control of imports and exports")
r(d, 'krasin', 'held', 'commissar-foreign-trade', '1922-10', "Leonid Krasin, the Foreign Trade Commissar")
q = "Leonid Krasin, the Foreign Trade Commissar, and his deputy Moisei Frumkin shared Lenin's view."
opt(d, 'frumkin', 'held', 'deputy-commissar-foreign-trade', '1922-10', "his deputy Moisei Frumkin", "his = Krasin's")
N(d, 'frumkin', 'held', 'lenin-deputy', '1922-10', "his deputy Moisei Frumkin", "Krasin's deputy, not Lenin's")
N(d, 'frumkin', 'held', 'commissar-foreign-trade', '1922-10', q, "the deputy, not the commissar")
opt(d, 'krasin', 'allied', 'lenin', '1922-10', q, "shared his view")
opt(d, 'frumkin', 'allied', 'lenin', '1922-10', q, "shared his view")
opt(d, 'krasin', 'allied', 'frumkin', '1922-10', q)
r(d, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', "From: V. I. Lenin To: L. D. Trotsky")
N(d, 'lenin', 'wrote-to', 'krupskaya', '1922-12-21', "Taken down by N. K. Krupskaya.", "she took the dictation")
opt(d, 'lenin', 'allied', 'trotsky', '1922-12-21', "Lenin congratulated his ally on a position taken without firing a shot")
q = "Stalin's angry telephone call to Krupskaya"
N(d, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone call")
opt(d, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q)
r(d, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', "From: N. K. Krupskaya To: L. B. Kamenev")
q = "Lenin's wife asked Kamenev, and through him Zinovyev, to protect her from Stalin's interference in her private life."
opt(d, 'krupskaya', 'wrote-to', 'zinoviev', '1922-12-23', q, "indirect: through Kamenev")
opt(d, 'krupskaya', 'opposed', 'stalin', '1922-12-23', q)
N(d, 'krupskaya', 'wrote-to', 'stalin', '1922-12-23', "She sent no copy to Stalin.", "negation")
q = "Secretaries: M. A. Volodicheva, L. A. Fotieva."
opt(d, 'volodicheva', 'held', 'lenin-secretary', '1922-12', q)
opt(d, 'fotieva', 'held', 'lenin-secretary', '1922-12', q)
q = "In the addition Lenin recommended that Stalin be replaced as General Secretary by someone more tolerant and more courteous."
r(d, 'lenin', 'opposed', 'stalin', '1923-01-04', q)
r(d, 'stalin', 'held', 'general-secretary', '1923-01-04', q)
opt(d, 'testament', 'opposed', 'stalin', '1923-01-04', q)
N(d, 'krupskaya', 'wrote-to', 'central-committee', '1924-05', "Krupskaya passed the sealed pages to the Central Committee in May 1924.",
  "she handed over Lenin's document; not a communication of her own")
r(d, 'dzerzhinsky', 'held', 'head-of-cheka', None, "The first chairman of the Cheka, Dzerzhinsky")
opt(d, 'dzerzhinsky', 'member-of', 'cheka', None, "The first chairman of the Cheka, Dzerzhinsky")
r(d, 'dzerzhinsky', 'held', 'commissar-railways', None, "Dzerzhinsky also served as People's Commissar for Railways")
r(d, 'dzerzhinsky', 'held', 'chair-vsnkh', '1924', "from 1924, as chairman of the Supreme Council of the National Economy")
opt(d, 'dzerzhinsky', 'member-of', 'vsnkh', '1924', "from 1924, as chairman of the Supreme Council of the National Economy")
q = "Lenin rejected the findings of the commission that Dzerzhinsky led to Georgia late in 1922."
opt(d, 'lenin', 'opposed', 'dzerzhinsky-commission', '1922', q)
opt(d, 'lenin', 'opposed', 'dzerzhinsky', '1922', q)
opt(d, 'dzerzhinsky', 'member-of', 'dzerzhinsky-commission', '1922', q)
opt(d, 'lenin', 'supported', 'reorganise-rabkrin', '1923-01', "Lenin's article \"How We Should Reorganise Rabkrin\"", "its author")
opt(d, 'kuibyshev', 'opposed', 'reorganise-rabkrin', '1923-01', "Kuibyshev is said to have suggested printing one dummy copy for Lenin alone.")
opt(d, 'trotsky', 'supported', 'reorganise-rabkrin', '1923-01', "Trotsky insisted on publication")
r(d, 'bukharin', 'held', 'editor-pravda', '1923-01', "Bukharin, editor of Pravda")
opt(d, 'bukharin', 'member-of', 'pravda', '1923-01', "Bukharin, editor of Pravda")
opt(d, 'bukharin', 'supported', 'reorganise-rabkrin', '1923-01', "Bukharin, editor of Pravda, ran the article in full")

# ------------------------------------------------------------ entities
NEW = [
 ("chair-sovnarkom", "position", "chairman of the Council of People's Commissars",
  ["chairman of Sovnarkom", "Chairman of Sovnarkom", "chairman of the C.P.C.", "head of the Soviet government", "Sovnarkom chairman"], None),
 ("head-transcaucasian-committee", "position", "head of the Transcaucasian Regional Committee",
  ["head of the Transcaucasian Territorial Committee", "first secretary of the Transcaucasian Regional Committee"], None),
 ("gpu", "body", "GPU", ["OGPU", "G.P.U.", "State Political Directorate", "secret police"], None),
 ("head-gpu", "position", "head of the GPU", ["chief of the GPU", "chairman of the GPU", "head of the OGPU", "chairman of the OGPU"], None),
 ("commissar-war", "position", "People's Commissar for Military and Naval Affairs",
  ["War Commissar", "Commissar of War", "People's Commissar of War", "Commissar for Military and Naval Affairs", "Commissar for War"], None),
 ("secretary-cc", "position", "Secretary of the Central Committee",
  ["secretary of the Central Committee", "Central Committee secretary", "CC secretary", "secretary of the CC", "party secretary"], None),
 ("deputy-chair-gosplan", "position", "deputy chairman of Gosplan",
  ["deputy chairman of the State Planning Commission", "Gosplan deputy chairman", "vice-chairman of Gosplan"], None),
 ("gosplan-legislative", "issue", "legislative powers for Gosplan",
  ["legislative powers", "legislative functions for Gosplan", "granting legislative functions to Gosplan", "granting legislative functions to the State Planning Commission"], None),
 ("troika", "body", "troika", ["triumvirate", "triumvirs", "the troika", "the triumvirate"], "Zinoviev, Kamenev, Stalin"),
 ("chair-comintern", "position", "chairman of the Comintern",
  ["head of the Comintern", "chairman of the Communist International", "chairmanship of the Comintern"], None),
 ("chair-moscow-soviet", "position", "chairman of the Moscow Soviet", ["head of the Moscow Soviet"], None),
 ("moscow-soviet", "body", "Moscow Soviet", [], None),
 ("declaration-46", "issue", "Declaration of the 46", ["Declaration of the Forty-Six", "Declaration of 46", "Platform of the Forty-Six"], "15 October 1923"),
 ("united-opposition", "body", "United Opposition", ["Joint Opposition"], None),
 ("new-opposition", "body", "New Opposition", ["new opposition", "Leningrad Opposition"], None),
 ("right-opposition", "body", "Right Opposition", ["Right Deviation", "Right deviation"], None),
 ("fourteenth-congress", "body", "Fourteenth Party Congress", ["Fourteenth Congress", "14th Congress"], None),
 ("fifteenth-congress", "body", "Fifteenth Party Congress", ["Fifteenth Congress", "15th Congress"], None),
 ("thirteenth-conference", "body", "Thirteenth Party Conference", ["Thirteenth Conference", "13th Party Conference"], None),
 ("thirteenth-congress", "body", "Thirteenth Party Congress", ["Thirteenth Congress", "13th Congress"], None),
 ("ambassador-italy", "position", "Soviet ambassador to Italy", ["ambassador to Italy", "ambassador in Rome", "plenipotentiary representative in Italy"], None),
 ("emergency-measures", "issue", "emergency measures", ["emergency grain measures", "emergency measures in grain procurement", "extraordinary measures"], "1928 grain procurement measures"),
 ("relaxation-of-monopoly", "issue", "relaxation of the foreign trade monopoly",
  ["relaxation of the monopoly", "relaxing the monopoly", "relaxation of the monopoly of foreign trade", "loosening of the monopoly", "easing of the monopoly"],
  "the 1922 proposals to loosen the monopoly; NOT the monopoly itself"),
 ("frunze", "person", "Frunze", ["Mikhail Frunze", "M. V. Frunze"], None),
 ("voroshilov", "person", "Voroshilov", ["Kliment Voroshilov", "K. E. Voroshilov"], None),
 ("lessons-of-october", "issue", "Lessons of October", [], "Trotsky's essay, 1924"),
 ("october-insurrection", "issue", "October insurrection", ["armed insurrection", "the armed insurrection", "insurrection", "the insurrection"], None),
 ("ban-on-factions", "issue", "ban on factions", ["On Party Unity", "resolution on party unity", "prohibition of factions"], None),
 ("chair-ccc", "position", "chairman of the Central Control Commission", ["chairman of the CCC", "head of the Central Control Commission", "chairman of the Control Commission"], None),
 ("vsnkh", "body", "VSNKh", ["Supreme Council of the National Economy", "Vesenkha", "Supreme Economic Council"], None),
 ("chair-vsnkh", "position", "chairman of VSNKh", ["chairman of the Supreme Council of the National Economy", "head of VSNKh", "chairman of the Supreme Economic Council"], None),
 ("commissar-railways", "position", "People's Commissar for Railways",
  ["Commissar for Railways", "People's Commissar of Ways of Communication", "Commissar of Transport", "People's Commissar of Transport"], None),
 ("deputy-commissar-foreign-trade", "position", "Deputy People's Commissar for Foreign Trade", ["Deputy Commissar for Foreign Trade", "deputy Foreign Trade Commissar"], None),
 ("reorganise-rabkrin", "issue", "How We Should Reorganise Rabkrin",
  ["How We Should Reorganise the Workers' and Peasants' Inspection", "How We Should Reorganize Rabkrin"], "Lenin's article, Pravda, 25 January 1923"),
 ("opposition-platform", "issue", "Platform of the Opposition", ["Opposition platform", "platform of the Opposition"], "September 1927"),
 ("leningrad-head", "position", "head of the Leningrad party organisation", ["Leningrad party chief", "head of the Leningrad organisation", "first secretary of the Leningrad party"], None),
 ("leningrad-organisation", "body", "Leningrad party organisation", ["Leningrad organisation", "Leningrad party"], None),
 ("osinsky", "person", "Osinsky", ["Ossinsky", "Valerian Osinsky", "N. Osinsky"], None),
 ("radek", "person", "Radek", ["Karl Radek"], None),
]
ALIASES = {  # extra aliases for entities of the shared list
 "stalin": ["Djugashvili", "Dzhugashvili", "J. V. Djugashvili"],
 "zinoviev": ["Grigory Zinoviev", "Zinovyev", "G. E. Zinoviev"],
 "kamenev": ["Lev Kamenev", "L. B. Kamenev", "Kamenyev"],
 "kuibyshev": ["Valerian Kuibyshev", "V. V. Kuibyshev"],
 "krestinsky": ["Nikolai Krestinsky"],
 "preobrazhensky": ["Yevgeni Preobrazhensky", "Yevgeny Preobrazhensky"],
 "serebryakov": ["Leonid Serebryakov"],
 "sokolnikov": ["Grigory Sokolnikov"],
 "krasin": ["Leonid Krasin", "L. B. Krasin"],
 "tsyurupa": ["Alexander Tsyurupa", "A. D. Tsyurupa"],
 "krzhizhanovsky": ["Gleb Krzhizhanovsky"],
 "piatakov": ["Georgy Pyatakov", "Georgy Piatakov", "G. L. Pyatakov"],
 "makharadze": ["Filipp Makharadze"],
 "bukharin": ["Nikolai Bukharin", "N. I. Bukharin"],
 "frumkin": ["Moisei Frumkin", "M. I. Frumkin"],
 "volodicheva": ["M. A. Volodicheva"],
 "head-of-cheka": ["chairman of the Cheka", "first chairman of the Cheka"],
 "commissar-foreign-trade": ["Foreign Trade Commissar", "Commissar for Foreign Trade"],
 "commissar-nationalities": ["People's Commissar for Nationalities", "Commissar for Nationalities"],
 "head-of-gosplan": ["chairman of Gosplan", "chairman of the State Planning Commission"],
 "ussr": ["union of equal republics"],
 "ccc": ["CCC"],
 "general-secretary": ["Gen. Sec."],
 "lenin-deputy": ["deputy chairman of Sovnarkom"],
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
            # reworded (the project commits none of that text).
            if e['id'] == 'caucasus-commissar':
                e['label'] = 'Chief commissar of the Caucasian Revolutionary War Council'
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(G, 'entities-extra-heldout7.jsonl'), 'w', encoding='utf-8') as f:
        for i, t, label, al, note in NEW:
            d = {"id": i, "type": t, "label": label, "aliases": al, "required": i in used}
            if note: d["note"] = note
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        btype = {e['id']: e for e in base}
        for i, al in ALIASES.items():
            d = {"id": i, "type": btype[i]['type'], "label": btype[i]['label'], "aliases": al, "required": i in used, "note": "adds aliases"}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(G, 'relations-heldout7.jsonl'), 'w', encoding='utf-8') as f:
        for d in R:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    validate()


def validate():
    ents = {}
    for fn in ['entities.jsonl', 'entities-extra-heldout7.jsonl']:
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
    texts = {}
    for fn in os.listdir(C):
        if fn.endswith('.txt'):
            texts[fn[:-4]] = open(os.path.join(C, fn), encoding='utf-8').read()
    seen, rels, nreq, nneg, nopt = set(), collections.Counter(), 0, 0, 0
    for n, l in enumerate(open(os.path.join(G, 'relations-heldout7.jsonl'), encoding='utf-8'), 1):
        d = json.loads(l)
        assert d['doc'] in texts, (n, d['doc'])
        assert d['s'] in ents and d['o'] in ents, (n, d['s'], d['o'])
        assert d['s'] != d['o'], n
        assert d['rel'] in ('wrote-to', 'opposed', 'supported', 'allied', 'appointed', 'held', 'member-of'), n
        assert d['date'] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d['date']), (n, d['date'])
        t = texts[d['doc']]
        pat = r"\s+".join(re.escape(w) for w in d['quote'].split())
        assert d['quote'] in t or re.search(pat, t), (n, d['quote'])
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
        elif d['required']:
            t2 = (d['doc'], d['s'], d['rel'], d['o']) if d['rel'] != 'allied' else (d['doc'], d['rel']) + tuple(sorted((d['s'], d['o'])))
            if t2 not in rels:
                rels[t2] = 1
                nreq += 1
        else:
            nopt += 1
    # a negative tuple must not also be a required positive tuple of the same document
    pos = {(d['doc'], d['s'], d['rel'], d['o']) for d in map(json.loads, open(os.path.join(G, 'relations-heldout7.jsonl'), encoding='utf-8'))
           if not d.get('negative')}
    for d in map(json.loads, open(os.path.join(G, 'relations-heldout7.jsonl'), encoding='utf-8')):
        if d.get('negative'):
            k = (d['doc'], d['s'], d['rel'], d['o'])
            if k in pos:
                print("note: negative tuple also positive elsewhere in the doc:", k)
    per = collections.Counter(k[2] if k[1] != 'allied' else 'allied' for k in rels)
    per_doc = collections.Counter(k[0] for k in rels)
    print("lines", len(seen), "required tuples", nreq, dict(sorted(per.items())), dict(per_doc), "optional lines", nopt, "negative lines", nneg)
    print("entities", len(ents), "required", sum(e['required'] for e in ents.values()))
    print("OK")


if __name__ == '__main__':
    main()
