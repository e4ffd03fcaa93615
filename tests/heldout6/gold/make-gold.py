#!/usr/bin/env python3
"""Writes the heldout6 gold files and validates them.

  python3 tests/heldout6/gold/make-gold.py [SHARED_ENTITIES]

Writes relations-heldout6.jsonl, entities-extra-heldout6.jsonl and
entities.jsonl (the shared entity list, ../shared/eval/gold/entities.jsonl,
with `required` set to true only for entities used by a required,
non-negative relation of this set). Then checks that every line parses,
every id exists, every quote occurs in its document, and no gold name is
claimed by two entities. Annotation follows ../shared/eval/GUIDELINES.md.
"""
import collections, json, os, re, sys, unicodedata

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
    d = {"doc": doc, "s": s, "rel": rel, "o": o, "date": date, "quote": quote, "required": True, "negative": True, "note": note}
    R.append(d)

# ------------------------------------------------------------ h6a: letters, notes, biographies
a = 'h6a_letters_1921_1923'
# 1. telegram
q = "Makharadze and Mdivani, C.C. of the Communist Party of Georgia, Tiflis"
r(a, 'lenin', 'wrote-to', 'georgian-revcom', '1921-03-19', "TELEGRAM TO THE GEORGIAN REVOLUTIONARY COMMITTEE")
r(a, 'lenin', 'wrote-to', 'makharadze', '1921-03-19', q)
r(a, 'lenin', 'wrote-to', 'mdivani', '1921-03-19', q)
opt(a, 'lenin', 'wrote-to', 'georgian-cc', '1921-03-19', q, "addressed to the two men at the Georgian C.C.")
opt(a, 'makharadze', 'member-of', 'georgian-cc', None, q, "address line")
opt(a, 'mdivani', 'member-of', 'georgian-cc', None, q, "address line")
q = "Copy to Orjonikidze, Caucasian Bureau of the C.C., R.C.P.(B.), Tiflis"
r(a, 'lenin', 'wrote-to', 'ordzhonikidze', '1921-03-19', q)
opt(a, 'lenin', 'wrote-to', 'caucasian-bureau', '1921-03-19', q)
opt(a, 'ordzhonikidze', 'member-of', 'caucasian-bureau', None, q, "address line")
r(a, 'mdivani', 'wrote-to', 'lenin', '1921-03-16', "a report that Mdivani had sent to Lenin on behalf of the Georgian Revolutionary Committee")
opt(a, 'georgian-revcom', 'wrote-to', 'lenin', '1921-03-16', "a report that Mdivani had sent to Lenin on behalf of the Georgian Revolutionary Committee")
opt(a, 'mdivani', 'member-of', 'georgian-revcom', '1921-03', "a report that Mdivani had sent to Lenin on behalf of the Georgian Revolutionary Committee")
r(a, 'makharadze', 'held', 'chair-georgian-revcom', '1921-02', "set up in February 1921 under the chairmanship of F. Makharadze")
opt(a, 'makharadze', 'member-of', 'georgian-revcom', '1921-02', "set up in February 1921 under the chairmanship of F. Makharadze")
r(a, 'ordzhonikidze', 'held', 'head-caucasian-bureau', '1921', "Ordzhonikidze, who at that time headed the Caucasian Bureau")
opt(a, 'ordzhonikidze', 'member-of', 'caucasian-bureau', '1921', "Ordzhonikidze, who at that time headed the Caucasian Bureau")
N(a, 'makharadze', 'wrote-to', 'lenin', '1921-03-16', "Makharadze did not sign the report", "negation: he did not sign Mdivani's report")
# 2. letter to Molotov
r(a, 'lenin', 'wrote-to', 'molotov', '1921-05-18', "To Comrade Molotov.")
opt(a, 'lenin', 'wrote-to', 'politburo', '1921-05-18', "FOR THE MEMBERS OF THE POLITBURO")
r(a, 'lenin', 'wrote-to', 'kamenev', '1921-05-18', "Copies to Kamenev and Stalin.")
r(a, 'lenin', 'wrote-to', 'stalin', '1921-05-18', "Copies to Kamenev and Stalin.")
r(a, 'lenin', 'opposed', 'tomsky', '1921-05-18', "to remove Comrade Tomsky from the All-Russia Central Council of Trade Unions", "demands his removal")
opt(a, 'tomsky', 'member-of', 'aucctu', '1921-05', "to remove Comrade Tomsky from the All-Russia Central Council of Trade Unions")
r(a, 'lenin', 'opposed', 'ryazanov', '1921-05-18', "to forbid Comrade Ryazanov any work in the trade unions", "demands his removal from union work")
r(a, 'molotov', 'held', 'responsible-secretary', '1921-05', "Molotov was then responsible secretary of the C.C.")
opt(a, 'molotov', 'member-of', 'secretariat', '1921-05', "Molotov was then responsible secretary of the C.C.")
opt(a, 'molotov', 'member-of', 'central-committee', '1921-05', "Molotov was then responsible secretary of the C.C.")
N(a, 'tomsky', 'opposed', 'ryazanov', '1921-05-17', "Tomsky, who presided, had made no attempt to resist it", "Tomsky did not resist Ryazanov's resolution")
r(a, 'politburo', 'appointed', 'tomsky', '1921-05', "The Politburo accepted the first two points and appointed Tomsky to the Turkestan Commission")
r(a, 'tomsky', 'member-of', 'turkestan-commission', '1921-05', "appointed Tomsky to the Turkestan Commission")
opt(a, 'politburo', 'opposed', 'tomsky', '1921-05', "The Politburo accepted the first two points", "accepted Lenin's proposal to remove him")
N(a, 'stalin', 'wrote-to', 'lenin', '1921-05', "Stalin, to whom a copy was sent, did not reply in writing.", "negation: no reply")
# 3. Krasin to Lenin
r(a, 'krasin', 'wrote-to', 'lenin', '1922-11-03', "Comrade Lenin:")
r(a, 'krasin', 'held', 'commissar-foreign-trade', '1922-11-03', "L. Krasin\nPeople's Commissar for Foreign Trade", "signature")
r(a, 'krasin', 'wrote-to', 'trotsky', '1922-11-03', "Copies to Comrades Trotsky and Frumkin")
r(a, 'krasin', 'wrote-to', 'frumkin', '1922-11-03', "Copies to Comrades Trotsky and Frumkin")
r(a, 'krasin', 'supported', 'foreign-trade-monopoly', '1922-11-03', "I ask you to insist that the question be reopened at the December plenum and that the monopoly be preserved in full", "first person; author from the signature")
opt(a, 'krasin', 'opposed', 'relaxation-of-monopoly', '1922-11-03', "I shall fight this decision by every means open to me", "the decision of 6 October to open the ports")
opt(a, 'frumkin', 'supported', 'foreign-trade-monopoly', '1922-11', "Comrade Frumkin shares this view entirely")
opt(a, 'frumkin', 'allied', 'krasin', '1922-11', "Comrade Frumkin shares this view entirely")
opt(a, 'stomonyakov', 'supported', 'foreign-trade-monopoly', '1922-11', "the telegrams of Comrade Stomonyakov from Berlin say the same")
opt(a, 'stomonyakov', 'wrote-to', 'krasin', '1922-11', "the telegrams of Comrade Stomonyakov from Berlin say the same", "recipient not stated")
r(a, 'lenin', 'wrote-to', 'trotsky', '1922-12-12', "Lenin enclosed it in his letter to Trotsky of 12 December")
opt(a, 'lenin', 'allied', 'trotsky', '1922-12-12', "he asked Trotsky to put their shared case to the plenum")
opt(a, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12', "he asked Trotsky to put their shared case to the plenum")
r(a, 'frumkin', 'held', 'deputy-commissar-foreign-trade', '1922-10', "Frumkin, then Deputy People's Commissar for Foreign Trade")
N(a, 'frumkin', 'held', 'commissar-foreign-trade', '1922-10', "Frumkin, then Deputy People's Commissar for Foreign Trade", "deputy, not the People's Commissar")
r(a, 'frumkin', 'wrote-to', 'central-committee', '1922-10-23', "had himself sent a memorandum to the Central Committee on 23 October")
opt(a, 'frumkin', 'supported', 'foreign-trade-monopoly', '1922-10-23', "had himself sent a memorandum to the Central Committee on 23 October in the same sense")
N(a, 'krasin', 'opposed', 'nep', '1922', "Krasin had never opposed the New Economic Policy as such", "negation")
r(a, 'krasin', 'opposed', 'relaxation-of-monopoly', '1922', "he objected only to the dismantling of the monopoly")
N(a, 'krasin', 'opposed', 'foreign-trade-monopoly', '1922', "he objected only to the dismantling of the monopoly", "he objected to dismantling it, not to the monopoly")
# 4. letter to Tsyurupa
r(a, 'lenin', 'wrote-to', 'tsyurupa', '1923-01-09', "Comrade Tsyurupa,")
N(a, 'lenin', 'wrote-to', 'fotieva', '1923-01-09', "Dictated to L. A. Fotieva", "Fotieva took the dictation; she is not the addressee")
N(a, 'lenin', 'wrote-to', 'kuibyshev', '1923-01-09', "For the time being show the figures to no one except Kuibyshev.", "Kuibyshev may be shown the figures; not an addressee")
N(a, 'tsyurupa', 'wrote-to', 'lenin', '1923-01-09', "Please send me, through Fotieva, the draft staff list", "a request; nothing was sent yet")
r(a, 'tsyurupa', 'held', 'head-of-rabkrin', '1923-01', "Tsyurupa was at that time head of Rabkrin")
r(a, 'tsyurupa', 'held', 'lenin-deputy', '1923-01', "one of Lenin's deputies in Sovnarkom")
opt(a, 'tsyurupa', 'member-of', 'sovnarkom', '1923-01', "one of Lenin's deputies in Sovnarkom")
r(a, 'kuibyshev', 'held', 'chair-ccc', '1923-04', "Kuibyshev was elected chairman of the Central Control Commission")
opt(a, 'kuibyshev', 'member-of', 'ccc', '1923-04', "Kuibyshev was elected chairman of the Central Control Commission")
opt(a, 'twelfth-congress', 'appointed', 'kuibyshev', '1923-04', "At the Twelfth Congress in April 1923 Kuibyshev was elected chairman of the Central Control Commission", "elected at the congress")
r(a, 'kuibyshev', 'held', 'head-of-rabkrin', '1923', "he was also appointed to succeed Tsyurupa at the head of Rabkrin")
# biographical notes
for p, y in [('frumkin', '1898'), ('makharadze', '1903'), ('mdivani', '1903'), ('tomsky', '1904')]:
    opt(a, p, 'member-of', 'rcp', y, "joined the Party in " + y)
r(a, 'frumkin', 'held', 'deputy-commissar-foreign-trade', '1922', "in 1922–24, Deputy People's Commissar for Foreign Trade")
r(a, 'frumkin', 'held', 'deputy-commissar-finance', '1926', "from 1926, Deputy People's Commissar of Finance")
N(a, 'frumkin', 'held', 'commissar-finance', '1926', "from 1926, Deputy People's Commissar of Finance", "deputy, not the Finance Commissar")
r(a, 'frumkin', 'wrote-to', 'politburo', '1928-06', "In June 1928 addressed a letter to the Politburo")
r(a, 'frumkin', 'opposed', 'emergency-measures', '1928-06', "addressed a letter to the Politburo criticising the emergency measures in the grain procurements")
r(a, 'makharadze', 'member-of', 'caucasian-regional-committee', '1917', "In 1917 member of the Caucasian Regional Committee of the Party")
r(a, 'makharadze', 'held', 'chair-georgian-revcom', '1921', "in 1921–22, Chairman of the Georgian Revolutionary Committee")
opt(a, 'makharadze', 'member-of', 'georgian-revcom', '1921', "in 1921–22, Chairman of the Georgian Revolutionary Committee")
r(a, 'makharadze', 'allied', 'mdivani', '1922', "In 1922 sided with Mdivani against Ordzhonikidze")
r(a, 'makharadze', 'opposed', 'ordzhonikidze', '1922', "In 1922 sided with Mdivani against Ordzhonikidze")
opt(a, 'makharadze', 'opposed', 'transcaucasian-federation', '1922', "sided with Mdivani against Ordzhonikidze in the dispute over the Transcaucasian Federation")
r(a, 'mdivani', 'member-of', 'caucasian-bureau', '1920', "In 1920–21 member of the Caucasian Bureau of the C.C., R.C.P.(B.)")
r(a, 'mdivani', 'member-of', 'georgian-cc', '1922', "in 1922, member of the C.C. of the Communist Party of Georgia")
r(a, 'mdivani', 'opposed', 'transcaucasian-federation', '1922', "where he led the resistance to Ordzhonikidze's plan for a Transcaucasian Federation")
r(a, 'ordzhonikidze', 'supported', 'transcaucasian-federation', '1922', "Ordzhonikidze's plan for a Transcaucasian Federation")
opt(a, 'mdivani', 'opposed', 'ordzhonikidze', '1922', "where he led the resistance to Ordzhonikidze's plan for a Transcaucasian Federation")
r(a, 'mdivani', 'allied', 'trotsky', '1928', "Expelled from the Party in 1928 as a supporter of Trotsky.")
opt(a, 'mdivani', 'supported', 'left-opposition', '1928', "Expelled from the Party in 1928 as a supporter of Trotsky.")
r(a, 'tomsky', 'held', 'chair-moscow-trade-unions', '1917', "In 1917 chairman of the Moscow Council of Trade Unions")
opt(a, 'tomsky', 'member-of', 'moscow-trade-unions', '1917', "In 1917 chairman of the Moscow Council of Trade Unions")
r(a, 'tomsky', 'held', 'head-trade-unions', '1918', "chairman of the All-Russia Central Council of Trade Unions")
opt(a, 'tomsky', 'member-of', 'aucctu', '1918', "chairman of the All-Russia Central Council of Trade Unions")
r(a, 'tomsky', 'member-of', 'politburo', '1922', "in 1922–30, member of the Politburo")
r(a, 'tomsky', 'member-of', 'right-opposition', '1928', "In 1928–29 one of the leaders of the Right Opposition")

# ------------------------------------------------------------ h6b: encyclopedia article
b = 'h6b_succession_struggle'
q = ("an informal triumvirate, or troika, made up of Grigory Zinoviev (chairman of the Comintern), Lev Kamenev "
     "(deputy chairman of Sovnarkom and chairman of the Moscow Soviet) and Joseph Stalin (General Secretary since April 1922)")
for p in ['zinoviev', 'kamenev', 'stalin']:
    r(b, p, 'member-of', 'troika', '1923', q)
for x, y in [('zinoviev', 'kamenev'), ('zinoviev', 'stalin'), ('kamenev', 'stalin')]:
    opt(b, x, 'allied', y, '1923', q, "fellow members of the troika")
r(b, 'zinoviev', 'held', 'chair-comintern', '1923', "Grigory Zinoviev (chairman of the Comintern)")
r(b, 'kamenev', 'held', 'lenin-deputy', '1923', "Lev Kamenev (deputy chairman of Sovnarkom")
opt(b, 'kamenev', 'member-of', 'sovnarkom', '1923', "Lev Kamenev (deputy chairman of Sovnarkom")
r(b, 'kamenev', 'held', 'chair-moscow-soviet', '1923', "chairman of the Moscow Soviet")
opt(b, 'kamenev', 'member-of', 'moscow-soviet', '1923', "chairman of the Moscow Soviet")
r(b, 'stalin', 'held', 'general-secretary', '1922-04', "Joseph Stalin (General Secretary since April 1922)")
q = "The three had little in common beyond a determination to keep Leon Trotsky, the People's Commissar for Military and Naval Affairs, from inheriting Lenin's place."
for p in ['zinoviev', 'kamenev', 'stalin', 'troika']:
    opt(b, p, 'opposed', 'trotsky', '1923', q, "indirect: determination to keep him from the succession")
r(b, 'trotsky', 'held', 'commissar-war', '1923', "Leon Trotsky, the People's Commissar for Military and Naval Affairs")
r(b, 'trotsky', 'opposed', 'troika', '1923-10', "Trotsky's opposition to the troika came into the open in October 1923")
r(b, 'trotsky', 'wrote-to', 'central-committee', '1923-10-08', "In a letter to the Central Committee dated 8 October he attacked")
r(b, 'trotsky', 'opposed', 'bureaucracy', '1923-10-08', "he attacked the bureaucratism of the party apparatus")
q = "the Declaration of the Forty-Six, signed by Preobrazhensky, Pyatakov, Serebryakov and other veterans of the civil war"
for p in ['preobrazhensky', 'piatakov', 'serebryakov']:
    r(b, p, 'supported', 'declaration-46', '1923-10-15', q, "signed it")
opt(b, 'declaration-46', 'opposed', 'bureaucracy', '1923-10-15', "repeated the charge")
q = "The triumvirs, backed by a majority of the Central Committee, answered with a press campaign against Trotsky"
r(b, 'troika', 'opposed', 'trotsky', '1923', q)
for p in ['zinoviev', 'kamenev', 'stalin']:
    opt(b, p, 'opposed', 'trotsky', '1923', q, "the triumvirs")
opt(b, 'central-committee', 'supported', 'troika', '1923', "The triumvirs, backed by a majority of the Central Committee", "a majority of the CC")
opt(b, 'central-committee', 'allied', 'troika', '1923', "The triumvirs, backed by a majority of the Central Committee", "a majority of the CC")
r(b, 'thirteenth-conference', 'opposed', 'left-opposition', '1924-01', "the Thirteenth Party Conference of January 1924 branded the Left Opposition a \"petty-bourgeois deviation\"")
q = "His testament, with its advice that Stalin be moved out of the General Secretaryship"
r(b, 'lenin', 'opposed', 'stalin', None, q, "advised his removal")
opt(b, 'testament', 'opposed', 'stalin', None, q)
r(b, 'stalin', 'held', 'general-secretary', None, q)
q = "Zinoviev and Kamenev persuaded the Central Committee to leave Stalin where he was"
r(b, 'zinoviev', 'allied', 'stalin', '1924-05', q, "kept Stalin in office")
r(b, 'kamenev', 'allied', 'stalin', '1924-05', q, "kept Stalin in office")
opt(b, 'zinoviev', 'allied', 'kamenev', '1924-05', q)
N(b, 'trotsky', 'opposed', 'zinoviev', '1924-05', "Trotsky, isolated and ill, did not oppose them.", "negation")
N(b, 'trotsky', 'opposed', 'kamenev', '1924-05', "Trotsky, isolated and ill, did not oppose them.", "negation")
q = "his essay \"Lessons of October\" attacked Zinoviev and Kamenev"
r(b, 'trotsky', 'opposed', 'zinoviev', '1924', q)
r(b, 'trotsky', 'opposed', 'kamenev', '1924', q)
opt(b, 'lessons-of-october', 'opposed', 'zinoviev', '1924', q)
opt(b, 'lessons-of-october', 'opposed', 'kamenev', '1924', q)
q = "reminding readers that both had voted against the insurrection in 1917"
r(b, 'zinoviev', 'opposed', 'october-insurrection', '1917', q)
r(b, 'kamenev', 'opposed', 'october-insurrection', '1917', q)
q = "the Central Committee relieved Trotsky of his post as War Commissar and named Mikhail Frunze in his place"
opt(b, 'central-committee', 'opposed', 'trotsky', '1925-01', q, "removal from office")
r(b, 'central-committee', 'appointed', 'frunze', '1925-01', q)
r(b, 'frunze', 'held', 'commissar-war', '1925-01', q)
r(b, 'trotsky', 'held', 'commissar-war', None, "the Central Committee relieved Trotsky of his post as War Commissar")
r(b, 'voroshilov', 'held', 'commissar-war', '1925-11', "after Frunze's death in October the post went to Kliment Voroshilov")
r(b, 'voroshilov', 'allied', 'stalin', None, "Kliment Voroshilov, a close ally of Stalin")
q = "Zinoviev's demand that Trotsky be expelled from the Politburo as well"
r(b, 'zinoviev', 'opposed', 'trotsky', '1925', q)
opt(b, 'trotsky', 'member-of', 'politburo', '1925', q)
opt(b, 'stalin', 'opposed', 'zinoviev', '1925', "Zinoviev's demand that Trotsky be expelled from the Politburo as well was blocked by Stalin")
q = "Zinoviev and Kamenev, at the head of the so-called New Opposition based in Leningrad"
r(b, 'zinoviev', 'member-of', 'new-opposition', '1925', q)
r(b, 'kamenev', 'member-of', 'new-opposition', '1925', q)
opt(b, 'zinoviev', 'allied', 'kamenev', '1925', q)
q = "turned on Bukharin and on Stalin's doctrine of socialism in one country"
for p in ['zinoviev', 'kamenev']:
    r(b, p, 'opposed', 'bukharin', '1925', q)
    r(b, p, 'opposed', 'socialism-in-one-country', '1925', q)
    opt(b, p, 'opposed', 'stalin', '1925', q, "turned on Stalin's doctrine")
    opt(b, 'new-opposition', 'opposed', 'bukharin' if p == 'zinoviev' else 'socialism-in-one-country', '1925', q)
r(b, 'stalin', 'supported', 'socialism-in-one-country', '1925', "Stalin's doctrine of socialism in one country")
q = "They were joined by Sokolnikov"
r(b, 'sokolnikov', 'allied', 'zinoviev', '1925', q)
r(b, 'sokolnikov', 'allied', 'kamenev', '1925', q)
opt(b, 'sokolnikov', 'member-of', 'new-opposition', '1925', q)
r(b, 'sokolnikov', 'held', 'commissar-finance', None, "Sokolnikov, who as Finance Commissar had pressed for")
r(b, 'sokolnikov', 'supported', 'relaxation-of-monopoly', '1922', "had pressed for a relaxation of the foreign trade monopoly")
opt(b, 'sokolnikov', 'opposed', 'foreign-trade-monopoly', '1922', "had pressed for a relaxation of the foreign trade monopoly")
N(b, 'sokolnikov', 'supported', 'foreign-trade-monopoly', '1922', "had pressed for a relaxation of the foreign trade monopoly", "he wanted the monopoly relaxed")
r(b, 'sokolnikov', 'opposed', 'stalin', '1925-12', "who now called for Stalin's removal from the Secretariat")
opt(b, 'stalin', 'member-of', 'secretariat', '1925', "who now called for Stalin's removal from the Secretariat")
r(b, 'kamenev', 'opposed', 'stalin', '1925-12', "Kamenev declared that Stalin could not unite the party's leading group")
q = "The congress sided with Stalin and Bukharin"
opt(b, 'fourteenth-congress', 'allied', 'stalin', '1925-12', q)
opt(b, 'fourteenth-congress', 'allied', 'bukharin', '1925-12', q)
opt(b, 'fourteenth-congress', 'supported', 'stalin', '1925-12', q)
opt(b, 'fourteenth-congress', 'supported', 'bukharin', '1925-12', q)
opt(b, 'stalin', 'allied', 'bukharin', '1925-12', q)
q = "Stalin installed Sergei Kirov at the head of the Leningrad party organisation"
r(b, 'stalin', 'appointed', 'kirov', '1926', q)
r(b, 'kirov', 'held', 'leningrad-head', '1926', q)
opt(b, 'kirov', 'member-of', 'leningrad-organisation', '1926', q)
q = "Trotsky joined forces with Zinoviev and Kamenev"
r(b, 'trotsky', 'allied', 'zinoviev', '1926', q)
r(b, 'trotsky', 'allied', 'kamenev', '1926', q)
q = "The United Opposition, led by Trotsky, Zinoviev and Kamenev"
for p in ['trotsky', 'zinoviev', 'kamenev']:
    r(b, p, 'member-of', 'united-opposition', '1926', q)
    opt(b, p, 'supported', 'rapid-industrialisation', '1926', q + ", called for rapid industrialisation")
opt(b, 'zinoviev', 'allied', 'kamenev', '1926', q)
r(b, 'united-opposition', 'supported', 'rapid-industrialisation', '1926', "The United Opposition, led by Trotsky, Zinoviev and Kamenev, called for rapid industrialisation")
r(b, 'krupskaya', 'supported', 'united-opposition', '1926', "Lenin's widow Krupskaya was among its early supporters")
opt(b, 'krupskaya', 'allied', 'united-opposition', '1926', "Lenin's widow Krupskaya was among its early supporters")
opt(b, 'krupskaya', 'member-of', 'united-opposition', '1926', "Lenin's widow Krupskaya was among its early supporters")
q = "Stalin, backed by Bukharin, Rykov and Tomsky, struck back"
for p in ['bukharin', 'rykov', 'tomsky']:
    r(b, p, 'allied', 'stalin', '1926', q)
    opt(b, p, 'opposed', 'united-opposition', '1926', q)
opt(b, 'stalin', 'opposed', 'united-opposition', '1926', q)
opt(b, 'zinoviev', 'member-of', 'politburo', '1926-07', "Zinoviev was removed from the Politburo in July 1926")
r(b, 'zinoviev', 'held', 'chair-comintern', '1926', "from the chairmanship of the Comintern in the autumn")
opt(b, 'trotsky', 'member-of', 'politburo', '1926-10', "Trotsky and Kamenev lost their Politburo seats in October")
opt(b, 'kamenev', 'member-of', 'politburo', '1926-10', "Trotsky and Kamenev lost their Politburo seats in October")
q = "Rykov refused to support the opposition's programme of rapid industrialisation"
N(b, 'rykov', 'supported', 'rapid-industrialisation', '1926', q, "refused to support")
N(b, 'rykov', 'supported', 'united-opposition', '1926', q, "refused to support")
opt(b, 'rykov', 'opposed', 'rapid-industrialisation', '1926', q)
opt(b, 'rykov', 'opposed', 'united-opposition', '1926', q)
r(b, 'united-opposition', 'supported', 'rapid-industrialisation', '1926', "the opposition's programme of rapid industrialisation")
q = "Had Bukharin joined the opposition, Stalin would have lost his majority in the Politburo."
N(b, 'bukharin', 'member-of', 'united-opposition', '1926', q, "counterfactual")
N(b, 'bukharin', 'supported', 'united-opposition', '1926', q, "counterfactual")
N(b, 'bukharin', 'allied', 'united-opposition', '1926', q, "counterfactual")
opt(b, 'stalin', 'member-of', 'politburo', '1926', q)
opt(b, 'bukharin', 'member-of', 'politburo', '1926', q)
q = "Ordzhonikidze, Stalin's old ally, was made chairman of the Central Control Commission"
r(b, 'ordzhonikidze', 'held', 'chair-ccc', '1926-11', q)
r(b, 'ordzhonikidze', 'allied', 'stalin', None, "Ordzhonikidze, Stalin's old ally")
opt(b, 'ordzhonikidze', 'member-of', 'ccc', '1926-11', q)
opt(b, 'ccc', 'opposed', 'united-opposition', '1926', "the Central Control Commission, which now took charge of disciplining the opposition")
N(b, 'krupskaya', 'wrote-to', 'fifteenth-congress', '1927-12',
  "The story, spread by Stalin's supporters, that Krupskaya had written to the Fifteenth Congress on the opposition's behalf was denied by Krupskaya herself.",
  "a story she denied")
N(b, 'krupskaya', 'supported', 'united-opposition', '1927-12',
  "that Krupskaya had written to the Fifteenth Congress on the opposition's behalf was denied by Krupskaya herself", "denied")
opt(b, 'trotsky', 'member-of', 'rcp', '1927-11', "Trotsky and Zinoviev were expelled from the party in November 1927")
opt(b, 'zinoviev', 'member-of', 'rcp', '1927-11', "Trotsky and Zinoviev were expelled from the party in November 1927")
q = "the Fifteenth Congress expelled Kamenev and about seventy other oppositionists a month later"
opt(b, 'fifteenth-congress', 'opposed', 'kamenev', '1927-12', q, "expulsion")
opt(b, 'kamenev', 'member-of', 'rcp', '1927-12', q)
opt(b, 'fifteenth-congress', 'opposed', 'united-opposition', '1927-12', q, "expelled the oppositionists")

# ------------------------------------------------------------ h6c: revision notes
c = 'h6c_revision_notes'
q = "Trotsky (+ Bukharin after Jan. 1921) – \"statisation\": unions to be merged into the state economic apparatus."
r(c, 'trotsky', 'supported', 'statisation-of-unions', '1920', q)
r(c, 'bukharin', 'supported', 'statisation-of-unions', '1921-01', q)
opt(c, 'bukharin', 'allied', 'trotsky', '1921-01', q)
q = "Workers' Opposition – leaders Shlyapnikov, Kollontai, Medvedev"
for p in ['shlyapnikov', 'kollontai', 'medvedev']:
    r(c, p, 'member-of', 'workers-opposition', '1920', q)
opt(c, 'workers-opposition', 'opposed', 'statisation-of-unions', '1920', "unions, not the state, should run industry")
q = "\"Platform of the Ten\" = Lenin's line, signed by Lenin, Zinoviev, Kamenev, Stalin, Tomsky and others"
for p in ['lenin', 'zinoviev', 'kamenev', 'stalin', 'tomsky']:
    r(c, p, 'supported', 'platform-of-ten', '1920-12', q, "signed it")
    if p != 'lenin':
        opt(c, 'lenin', 'allied', p, '1920-12', q, "co-signatories")
r(c, 'lenin', 'opposed', 'trotsky', '1920-12', "Lenin's speech to the communist delegates criticises Trotsky")
N(c, 'lenin', 'wrote-to', 'trotsky', '1920-12', "Lenin's speech to the communist delegates criticises Trotsky (a speech – NOT a letter)", "a speech is not a written communication")
opt(c, 'lenin', 'opposed', 'statisation-of-unions', '1920-12', "Lenin's speech to the communist delegates criticises Trotsky")
opt(c, 'tenth-congress', 'supported', 'platform-of-ten', '1921-03', "Mar. 1921 Tenth Congress: Platform of the Ten wins easily.")
opt(c, 'lenin', 'supported', 'ban-on-factions', '1921-03-16', "16 Mar. 1921 – resolution \"On Party Unity\": all factions to dissolve", "Lenin's resolution, not said here")
opt(c, 'tenth-congress', 'supported', 'ban-on-factions', '1921-03-16', "16 Mar. 1921 – resolution \"On Party Unity\": all factions to dissolve")
r(c, 'democratic-centralists', 'opposed', 'ban-on-factions', '1921-03', "Democratic Centralists (Sapronov, Osinsky) vote against the ban")
for p in ['sapronov', 'osinsky']:
    r(c, p, 'member-of', 'democratic-centralists', '1921', "Democratic Centralists (Sapronov, Osinsky)")
    opt(c, p, 'opposed', 'ban-on-factions', '1921-03', "Democratic Centralists (Sapronov, Osinsky) vote against the ban")
r(c, 'lenin', 'opposed', 'shlyapnikov', '1921-08', "Lenin tries to have Shlyapnikov expelled from the CC")
opt(c, 'shlyapnikov', 'member-of', 'central-committee', '1921-08', "Lenin tries to have Shlyapnikov expelled from the CC")
r(c, 'lenin', 'supported', 'nep', '1921-03', "start of NEP, introduced by Lenin")
q = "Chief defenders later on: Bukharin, Rykov."
r(c, 'bukharin', 'supported', 'nep', None, q, "heading gives the object")
r(c, 'rykov', 'supported', 'nep', None, q, "heading gives the object")
opt(c, 'bukharin', 'allied', 'rykov', None, q)
r(c, 'sokolnikov', 'held', 'commissar-finance', '1922', "Sokolnikov (Finance Commissar from 1922)")
opt(c, 'sokolnikov', 'supported', 'nep', '1922', "Sokolnikov (Finance Commissar from 1922) → stable currency")
q = "Preobrazhensky, Pyatakov: wanted faster industrial growth"
r(c, 'preobrazhensky', 'supported', 'rapid-industrialisation', None, q)
r(c, 'piatakov', 'supported', 'rapid-industrialisation', None, q)
opt(c, 'preobrazhensky', 'allied', 'piatakov', None, q)
q = "but were NOT opponents of NEP as such"
N(c, 'preobrazhensky', 'opposed', 'nep', None, q, "negation")
N(c, 'piatakov', 'opposed', 'nep', None, q, "negation")
q = "CC plenum, Lenin absent, votes to loosen the monopoly (Sokolnikov's motion; Stalin, Zinoviev go along)."
opt(c, 'central-committee', 'supported', 'relaxation-of-monopoly', '1922-10-06', q)
opt(c, 'central-committee', 'opposed', 'foreign-trade-monopoly', '1922-10-06', q)
opt(c, 'sokolnikov', 'supported', 'relaxation-of-monopoly', '1922-10-06', q)
opt(c, 'stalin', 'supported', 'relaxation-of-monopoly', '1922-10-06', q)
opt(c, 'zinoviev', 'supported', 'relaxation-of-monopoly', '1922-10-06', q)
opt(c, 'sokolnikov', 'opposed', 'foreign-trade-monopoly', '1922-10-06', q)
r(c, 'lenin', 'wrote-to', 'stalin', '1922-10-13', "13 Oct. – Lenin writes to Stalin for the CC")
opt(c, 'lenin', 'wrote-to', 'central-committee', '1922-10-13', "13 Oct. – Lenin writes to Stalin for the CC")
opt(c, 'lenin', 'opposed', 'relaxation-of-monopoly', '1922-10-13', "13 Oct. – Lenin writes to Stalin for the CC: postpone the decision.")
q = "Defenders: Krasin (Commissar for Foreign Trade), Frumkin."
r(c, 'krasin', 'supported', 'foreign-trade-monopoly', '1922', q, "section heading gives the object")
r(c, 'frumkin', 'supported', 'foreign-trade-monopoly', '1922', q, "section heading gives the object")
r(c, 'krasin', 'held', 'commissar-foreign-trade', '1922', "Krasin (Commissar for Foreign Trade)")
opt(c, 'krasin', 'allied', 'frumkin', '1922', q)
r(c, 'lenin', 'allied', 'trotsky', '1922-12', "Dec. – Lenin–Trotsky bloc")
opt(c, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-12', "Dec. – Lenin–Trotsky bloc; 18 Dec. plenum reverses the October decision.")
opt(c, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12', "Dec. – Lenin–Trotsky bloc; 18 Dec. plenum reverses the October decision.")
opt(c, 'central-committee', 'supported', 'foreign-trade-monopoly', '1922-12-18', "18 Dec. plenum reverses the October decision")
opt(c, 'central-committee', 'opposed', 'relaxation-of-monopoly', '1922-12-18', "18 Dec. plenum reverses the October decision")
r(c, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', "Lenin's note to Trotsky (dictated to Krupskaya)")
N(c, 'lenin', 'wrote-to', 'krupskaya', '1922-12-21', "Lenin's note to Trotsky (dictated to Krupskaya)", "dictated to her, sent to Trotsky")
r(c, 'stalin', 'held', 'commissar-nationalities', '1922', "Stalin – Commissar for Nationalities")
r(c, 'stalin', 'supported', 'autonomisation', '1922', "Stalin – Commissar for Nationalities; author of \"autonomisation\"", "its author")
opt(c, 'stalin', 'supported', 'rsfsr', '1922', "republics to join the RSFSR as autonomous units")
r(c, 'ordzhonikidze', 'held', 'head-transcaucasian-committee', '1922', "Ordzhonikidze – head of the Transcaucasian Regional Committee")
opt(c, 'ordzhonikidze', 'member-of', 'transcaucasian-committee', '1922', "Ordzhonikidze – head of the Transcaucasian Regional Committee")
r(c, 'ordzhonikidze', 'supported', 'transcaucasian-federation', '1922', "pushes the Transcaucasian Federation")
q = "Mdivani, Makharadze – Georgian CC majority; against autonomisation and against the Federation."
for p in ['mdivani', 'makharadze']:
    r(c, p, 'member-of', 'georgian-cc', '1922', q)
    r(c, p, 'opposed', 'autonomisation', '1922', q)
    r(c, p, 'opposed', 'transcaucasian-federation', '1922', q)
opt(c, 'mdivani', 'allied', 'makharadze', '1922', q)
r(c, 'georgian-cc', 'opposed', 'autonomisation', '1922-09', "Georgian CC rejects autonomisation")
r(c, 'lenin', 'supported', 'ussr', '1922-09', "Lenin proposes a union of equal republics instead")
opt(c, 'lenin', 'opposed', 'autonomisation', '1922-09', "Lenin proposes a union of equal republics instead")
opt(c, 'georgian-cc', 'opposed', 'ordzhonikidze', '1922-10', "Georgian CC resigns in protest")
r(c, 'ordzhonikidze', 'appointed', 'georgian-cc', '1922-10', "Ordzhonikidze appoints a new one")
opt(c, 'ordzhonikidze', 'opposed', 'kabakhidze', '1922-11', "Ordzhonikidze strikes Kabakhidze", "a blow in a quarrel")
r(c, 'kabakhidze', 'allied', 'mdivani', '1922-11', "Kabakhidze, a Mdivani supporter")
opt(c, 'dzerzhinsky', 'member-of', 'dzerzhinsky-commission', '1922-12', "Dzerzhinsky commission clears Ordzhonikidze")
opt(c, 'dzerzhinsky-commission', 'supported', 'ordzhonikidze', '1922-12', "Dzerzhinsky commission clears Ordzhonikidze")
opt(c, 'dzerzhinsky-commission', 'allied', 'ordzhonikidze', '1922-12', "Dzerzhinsky commission clears Ordzhonikidze")
q = "Lenin's notes on nationalities blame Stalin, Ordzhonikidze and Dzerzhinsky"
for p in ['stalin', 'ordzhonikidze', 'dzerzhinsky']:
    r(c, 'lenin', 'opposed', p, '1922-12-30', q)
    opt(c, 'nationalities-notes', 'opposed', p, '1922-12-30', q)
q = "Lenin to Mdivani and Makharadze"
r(c, 'lenin', 'wrote-to', 'mdivani', '1923-03-06', q)
r(c, 'lenin', 'wrote-to', 'makharadze', '1923-03-06', q)
opt(c, 'lenin', 'allied', 'mdivani', '1923-03-06', "Lenin to Mdivani and Makharadze: promises to take up their case")
opt(c, 'lenin', 'allied', 'makharadze', '1923-03-06', "Lenin to Mdivani and Makharadze: promises to take up their case")
q = "(copies to Trotsky and Kamenev)"
r(c, 'lenin', 'wrote-to', 'trotsky', '1923-03-06', q)
r(c, 'lenin', 'wrote-to', 'kamenev', '1923-03-06', q)
r(c, 'lenin', 'allied', 'trotsky', None, "Lenin + Trotsky were allies on both the monopoly and Georgia")
N(c, 'trotsky', 'opposed', 'stalin', '1923', "but Trotsky never used Lenin's notes against Stalin", "negation")

# ------------------------------------------------------------ entities
NEW = [
 ("caucasian-bureau", "body", "Caucasian Bureau", ["Caucasian Bureau of the C.C., R.C.P.(B.)", "Caucasian Bureau of the C.C.", "Kavburo"], None),
 ("head-caucasian-bureau", "position", "head of the Caucasian Bureau", ["chairman of the Caucasian Bureau"], None),
 ("caucasian-regional-committee", "body", "Caucasian Regional Committee of the Party", ["Caucasian Regional Committee"], "1917"),
 ("aucctu", "body", "All-Russia Central Council of Trade Unions", ["All-Russian Central Council of Trade Unions", "VTsSPS", "A.C.C.T.U."], None),
 ("moscow-trade-unions", "body", "Moscow Council of Trade Unions", [], None),
 ("chair-moscow-trade-unions", "position", "chairman of the Moscow Council of Trade Unions", [], None),
 ("ryazanov", "person", "Ryazanov", ["Riazanov", "D. B. Ryazanov", "David Ryazanov"], None),
 ("turkestan-commission", "body", "Turkestan Commission", ["Turkestan Commission of the C.C."], None),
 ("responsible-secretary", "position", "responsible secretary of the Central Committee", ["responsible secretary", "responsible secretary of the C.C."], None),
 ("relaxation-of-monopoly", "issue", "relaxation of the monopoly of foreign trade",
  ["relaxation of the monopoly", "relaxation of the foreign trade monopoly", "dismantling of the monopoly", "loosen the monopoly", "loosening of the monopoly"],
  "the proposals of 1922 to open ports and goods to private traders; NOT the monopoly itself"),
 ("deputy-commissar-foreign-trade", "position", "Deputy People's Commissar for Foreign Trade", ["Deputy People’s Commissar for Foreign Trade"], None),
 ("deputy-commissar-finance", "position", "Deputy People's Commissar of Finance", ["Deputy People's Commissar for Finance", "Deputy Finance Commissar"], None),
 ("emergency-measures", "issue", "emergency measures", ["emergency measures in the grain procurements", "extraordinary measures"], "1928 grain procurement measures"),
 ("chair-ccc", "position", "chairman of the Central Control Commission", ["head of the Central Control Commission", "chairman of the Control Commission"], None),
 ("right-opposition", "body", "Right Opposition", ["Right Deviation", "Right deviation"], None),
 ("troika", "body", "troika", ["triumvirate", "triumvirs", "the triumvirs", "the troika", "the triumvirate"], "Zinoviev, Kamenev, Stalin"),
 ("chair-comintern", "position", "chairman of the Comintern", ["chairman of the Communist International", "chairmanship of the Comintern", "head of the Comintern"], None),
 ("chair-moscow-soviet", "position", "chairman of the Moscow Soviet", ["head of the Moscow Soviet"], None),
 ("moscow-soviet", "body", "Moscow Soviet", [], None),
 ("commissar-war", "position", "People's Commissar for Military and Naval Affairs", ["War Commissar", "Commissar of War", "People's Commissar of War", "Commissar for Military and Naval Affairs"], None),
 ("frunze", "person", "Frunze", ["Mikhail Frunze"], None),
 ("voroshilov", "person", "Voroshilov", ["Kliment Voroshilov"], None),
 ("declaration-46", "issue", "Declaration of the Forty-Six", ["Declaration of the 46", "Platform of the Forty-Six"], "document of 15 October 1923"),
 ("thirteenth-conference", "body", "Thirteenth Party Conference", ["Thirteenth Conference", "13th Party Conference"], None),
 ("thirteenth-congress", "body", "Thirteenth Party Congress", ["Thirteenth Congress", "13th Congress"], None),
 ("fourteenth-congress", "body", "Fourteenth Party Congress", ["Fourteenth Congress", "14th Congress"], None),
 ("fifteenth-congress", "body", "Fifteenth Party Congress", ["Fifteenth Congress", "15th Congress"], None),
 ("october-insurrection", "issue", "October insurrection", ["October episode", "October Revolution insurrection", "insurrection", "the insurrection", "insurrection in 1917"], "same id as shared entities-extra-000-001"),
 ("new-opposition", "body", "New Opposition", ["new opposition", "so-called New Opposition"], "same id as shared entities-extra; 1925-26"),
 ("united-opposition", "body", "United Opposition", [], None),
 ("bureaucracy", "issue", "bureaucracy", ["bureaucratism", "bureaucratisation", "bureaucratism of the party apparatus"], "same id as shared entities-extra-000-001"),
 ("socialism-in-one-country", "issue", "socialism in one country", ["Socialism in One Country", "doctrine of socialism in one country"], None),
 ("rapid-industrialisation", "issue", "rapid industrialisation", ["rapid industrialization", "faster industrialisation", "faster industrial growth", "programme of rapid industrialisation"], None),
 ("leningrad-head", "position", "head of the Leningrad party organisation", ["head of the Leningrad organisation", "Leningrad party chief"], None),
 ("leningrad-organisation", "body", "Leningrad party organisation", ["Leningrad organisation"], None),
 ("lessons-of-october", "issue", "Lessons of October", [], "Trotsky's essay, 1924"),
 ("reorganise-rabkrin", "issue", "How We Should Reorganise Rabkrin", [], "Lenin's article, January 1923"),
 ("statisation-of-unions", "issue", "statisation of the trade unions", ["statisation", "statization", "statisation of the unions"], None),
 ("platform-of-ten", "issue", "Platform of the Ten", ["platform of the Ten"], None),
 ("ban-on-factions", "issue", "ban on factions", ["On Party Unity", "resolution \"On Party Unity\"", "resolution on party unity", "prohibition of factions"], None),
 ("osinsky", "person", "Osinsky", ["Ossinsky", "Valerian Osinsky"], None),
 ("medvedev", "person", "Medvedev", ["Sergei Medvedev"], None),
 ("head-transcaucasian-committee", "position", "head of the Transcaucasian Regional Committee",
  ["head of the Transcaucasian Territorial Committee", "first secretary of the Transcaucasian Regional Committee"], None),
 ("kabakhidze", "person", "Kabakhidze", ["Akaki Kabakhidze"], None),
 ("nationalities-notes", "issue", "notes on the question of nationalities", ["notes on nationalities", "Lenin's notes on nationalities"], "Lenin's notes of 30-31 December 1922"),
]
ALIASES = {  # extra aliases for entities of the shared list
 "makharadze": ["F. Makharadze"],
 "molotov": ["V. M. Molotov"],
 "krasin": ["L. Krasin", "Leonid Krasin"],
 "tsyurupa": ["A. D. Tsyurupa"],
 "zinoviev": ["Grigory Zinoviev"],
 "kamenev": ["Lev Kamenev"],
 "georgian-cc": ["C.C. of the Communist Party of Georgia", "Georgian Central Committee"],
 "head-trade-unions": ["chairman of the All-Russia Central Council of Trade Unions"],
 "lenin-deputy": ["deputy chairman of Sovnarkom", "deputy chairman of the Council of People's Commissars"],
 "commissar-foreign-trade": ["Commissar for Foreign Trade"],
 "commissar-nationalities": ["Commissar for Nationalities"],
 "ussr": ["union of equal republics"],
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
    with open(os.path.join(G, 'entities-extra-heldout6.jsonl'), 'w', encoding='utf-8') as f:
        for i, t, label, al, note in NEW:
            d = {"id": i, "type": t, "label": label, "aliases": al, "required": i in used}
            if note: d["note"] = note
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        btype = {e['id']: e for e in base}
        for i, al in ALIASES.items():
            d = {"id": i, "type": btype[i]['type'], "label": btype[i]['label'], "aliases": al, "required": i in used, "note": "adds aliases"}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(G, 'relations-heldout6.jsonl'), 'w', encoding='utf-8') as f:
        for d in R:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    validate()


def validate():
    ents = {}
    for fn in ['entities.jsonl', 'entities-extra-heldout6.jsonl']:
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
    seen, rels, nreq, nneg = set(), collections.Counter(), 0, 0
    for n, l in enumerate(open(os.path.join(G, 'relations-heldout6.jsonl'), encoding='utf-8'), 1):
        d = json.loads(l)
        assert d['doc'] in texts, (n, d['doc'])
        assert d['s'] in ents and d['o'] in ents, (n, d['s'], d['o'])
        assert d['rel'] in ('wrote-to', 'opposed', 'supported', 'allied', 'appointed', 'held', 'member-of'), n
        assert d['date'] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d['date']), (n, d['date'])
        t = texts[d['doc']]
        pat = r"\s+".join(re.escape(w) for w in d['quote'].split())
        assert d['quote'] in t or re.search(pat, t), (n, d['quote'])
        if d['rel'] == 'held':
            assert ents[d['o']]['type'] == 'position', n
        if d['rel'] == 'member-of':
            assert ents[d['o']]['type'] == 'body', n
        if d['rel'] in ('held', 'member-of', 'wrote-to') or d['rel'] == 'appointed':
            pass
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
    per = collections.Counter(k[2] if k[1] != 'allied' else 'allied' for k in rels)
    per_doc = collections.Counter(k[0] for k in rels)
    print("required tuples", nreq, dict(sorted(per.items())), dict(per_doc), "negative lines", nneg)
    print("entities", len(ents), "required", sum(e['required'] for e in ents.values()))
    print("OK")


if __name__ == '__main__':
    main()
