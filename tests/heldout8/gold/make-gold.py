#!/usr/bin/env python3
"""Writes the heldout8 gold files and validates them.

  python3 tests/heldout8/gold/make-gold.py [SHARED_ENTITIES]

Writes relations-heldout8.jsonl, entities-extra-heldout8.jsonl and
entities.jsonl (the shared entity list, ../shared/eval/gold/entities.jsonl,
with `required` set to true only for entities used by a required,
non-negative relation of this set). Then checks that every line parses,
every id exists, every quote occurs in its document, held/member-of objects
have the right type, and no gold name is claimed by two entities.
Annotation follows ../shared/eval/GUIDELINES.md; conventions as in heldout7.
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

# ------------------------------------------------------------ h8a: numbered letters edition with endnotes
a = 'h8a_letters_numbered_edition'
r(a, 'lenin', 'wrote-to', 'ordzhonikidze', '1921-03-02', "TO G. K. ORDZHONIKIDZE [1]", "heading of No. 214")
opt(a, 'ordzhonikidze', 'allied', 'mdivani', '1921-03', "I ask you to work hand in hand with him", "a request, not a report")
q = "TO L. B. KAMENEV, FOR THE MEMBERS OF THE POLITBURO"
r(a, 'lenin', 'wrote-to', 'kamenev', '1922-09-26', q)
opt(a, 'lenin', 'wrote-to', 'politburo', '1922-09-26', q)
opt(a, 'lenin', 'opposed', 'autonomisation', '1922-09-26', "In its central point I think it mistaken.", "it = the commission's draft (common noun)")
opt(a, 'lenin', 'opposed', 'union-commission', '1922-09-26', "In its central point I think it mistaken.")
opt(a, 'lenin', 'supported', 'ussr', '1922-09-26', "they should enter, side by side with it, into a new union on equal terms")
N(a, 'lenin', 'wrote-to', 'zinoviev', '1922-09-26', "Let Zinoviev read this too. I am not sending him a separate copy.", "to be shown the letter; no copy sent")
N(a, 'lenin', 'wrote-to', 'sokolnikov', '1922-09', "I have spoken with Sokolnikov about it", "a conversation, not a letter")
q = "TO J. V. STALIN, FOR THE PLENUM OF THE CENTRAL COMMITTEE"
r(a, 'lenin', 'wrote-to', 'stalin', '1922-12-13', q)
opt(a, 'lenin', 'wrote-to', 'central-committee', '1922-12-13', q, "for the plenum")
q = "Trotsky and I have joined forces in defence of the monopoly of foreign trade"
r(a, 'lenin', 'allied', 'trotsky', '1922-12-13', q, "I = the letter's author, Lenin; 'joined forces'")
r(a, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12-13', q)
r(a, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-12-13', q, "I = Lenin")
opt(a, 'lenin', 'opposed', 'bukharin', '1922-12-13', "Bukharin's arguments leave me unconvinced")
q = "what he calls a relaxation of the monopoly would amount in practice to giving it up"
opt(a, 'lenin', 'opposed', 'relaxation-of-monopoly', '1922-12-13', q)
opt(a, 'bukharin', 'supported', 'relaxation-of-monopoly', '1922-12-13', q, "he = Bukharin")
q = "Krasin and Frumkin [4] share my view entirely"
opt(a, 'krasin', 'allied', 'lenin', '1922-12-13', q)
opt(a, 'frumkin', 'allied', 'lenin', '1922-12-13', q)
opt(a, 'krasin', 'allied', 'frumkin', '1922-12-13', q)
opt(a, 'krasin', 'supported', 'foreign-trade-monopoly', '1922-12-13', q)
opt(a, 'frumkin', 'supported', 'foreign-trade-monopoly', '1922-12-13', q)
N(a, 'lenin', 'wrote-to', 'fotieva', '1922-12-13', "(Dictated to L. A. Fotieva [5].)", "she took the dictation")
r(a, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', "TO L. D. TROTSKY", "heading of No. 241")
q = "(Written down at the author's dictation by N. K. Krupskaya.)"
N(a, 'lenin', 'wrote-to', 'krupskaya', '1922-12-21', q, "she took the dictation")
N(a, 'krupskaya', 'wrote-to', 'trotsky', '1922-12-21', q, "she wrote it down; Lenin is the author")
N(a, 'frumkin', 'wrote-to', 'trotsky', '1922-12-21', "I have asked Frumkin to send you his figures on smuggling.", "a request; nothing sent yet")
q = "TO B. MDIVANI, F. Y. MAKHARADZE AND THE OTHER GEORGIAN COMRADES"
r(a, 'lenin', 'wrote-to', 'mdivani', '1923-03-06', q)
r(a, 'lenin', 'wrote-to', 'makharadze', '1923-03-06', q)
q = "Copies sent to Comrades Trotsky and Kamenev."
r(a, 'lenin', 'wrote-to', 'trotsky', '1923-03-06', q, "copy")
r(a, 'lenin', 'wrote-to', 'kamenev', '1923-03-06', q, "copy")
q = "I am angered by the coarse conduct of Ordzhonikidze and by the way Stalin and Dzerzhinsky have covered for him."
opt(a, 'lenin', 'opposed', 'ordzhonikidze', '1923-03-06', q, "I = Lenin; anger")
opt(a, 'lenin', 'opposed', 'stalin', '1923-03-06', q)
opt(a, 'lenin', 'opposed', 'dzerzhinsky', '1923-03-06', q)
opt(a, 'stalin', 'allied', 'ordzhonikidze', '1922', q, "covered for him")
opt(a, 'dzerzhinsky', 'allied', 'ordzhonikidze', '1922', q, "covered for him")
opt(a, 'lenin', 'allied', 'mdivani', '1923-03-06', "Notes and a speech on your behalf are in preparation.")
opt(a, 'lenin', 'allied', 'makharadze', '1923-03-06', "Notes and a speech on your behalf are in preparation.")
# endnotes
r(a, 'ordzhonikidze', 'member-of', 'caucasian-bureau', '1921', "in 1921 a member of the Caucasian Bureau of the Central Committee")
q = "from 1922 first secretary of the Transcaucasian Regional Committee"
r(a, 'ordzhonikidze', 'held', 'head-transcaucasian-committee', '1922', q)
opt(a, 'ordzhonikidze', 'member-of', 'transcaucasian-committee', '1922', q)
q = "chairman of the Georgian Revolutionary Committee in 1921 and early 1922"
r(a, 'mdivani', 'held', 'chair-georgian-revcom', '1921', q)
opt(a, 'mdivani', 'member-of', 'georgian-revcom', '1921', q)
r(a, 'mdivani', 'held', 'chair-georgian-sovnarkom', '1922', "then for a few weeks chairman of the Georgian Council of People's Commissars")
r(a, 'mdivani', 'opposed', 'transcaucasian-federation', '1922', "He was the most outspoken opponent of the Transcaucasian Federation.", "He = Mdivani, subject of the note")
q = "Its members included Stalin, who wrote its draft, Kuibyshev, Ordzhonikidze and Sokolnikov."
for p in ['stalin', 'kuibyshev', 'ordzhonikidze', 'sokolnikov']:
    opt(a, p, 'member-of', 'union-commission', '1922-08', q, "Its = the commission (common noun)")
opt(a, 'stalin', 'supported', 'autonomisation', '1922-08', "The draft rested on the principle of autonomisation.", "the draft = Stalin's")
r(a, 'georgian-cc', 'opposed', 'autonomisation', '1922-09-15', "The Georgian Central Committee voted against autonomisation on 15 September 1922.")
r(a, 'krasin', 'held', 'commissar-foreign-trade', '1920', "People's Commissar for Foreign Trade from 1920")
r(a, 'krasin', 'supported', 'foreign-trade-monopoly', '1922', "People's Commissar for Foreign Trade from 1920 and the monopoly's most stubborn defender")
q = "in 1922 his deputy at the commissariat, never its head"
opt(a, 'frumkin', 'held', 'deputy-commissar-foreign-trade', '1922', q, "his = Krasin's")
opt(a, 'frumkin', 'member-of', 'narkomvneshtorg', '1922', q)
N(a, 'frumkin', 'held', 'lenin-deputy', '1922', q, "Krasin's deputy, not Lenin's")
N(a, 'frumkin', 'held', 'commissar-foreign-trade', '1922', q, "never its head")
r(a, 'fotieva', 'held', 'sovnarkom-secretary', None, "secretary of the Council of People's Commissars and of the Council of Labour and Defence")
r(a, 'fotieva', 'held', 'lenin-secretary', None, "one of Lenin's personal secretaries")
N(a, 'fotieva', 'member-of', 'secretariat', None, "secretary of the Council of People's Commissars", "Sovnarkom's secretary, not the CC Secretariat")

# ------------------------------------------------------------ h8b: lecture transcript (spoken register)
b = 'h8b_lecture_transcript'
r(b, 'stalin', 'held', 'general-secretary', '1922-04', "Stalin, who has been General Secretary since April")
q = "Lenin proposes that Trotsky should become one of his deputies in Sovnarkom"
opt(b, 'lenin', 'allied', 'trotsky', '1922-09', q)
N(b, 'trotsky', 'held', 'lenin-deputy', '1922-09', q, "a proposal he refused")
N(b, 'trotsky', 'held', 'lenin-deputy', '1922-09', "if Trotsky had accepted, he would have been Lenin's deputy", "counterfactual")
q = "next to Rykov and Tsyurupa, who are already deputy chairmen"
r(b, 'rykov', 'held', 'lenin-deputy', '1922-09', q, "deputy chairmen of Sovnarkom")
r(b, 'tsyurupa', 'held', 'lenin-deputy', '1922-09', q, "deputy chairmen of Sovnarkom")
r(b, 'kamenev', 'held', 'lenin-deputy', '1922-09', "Kamenev becomes a deputy chairman instead.")
q = "a Central Committee plenum, with Lenin absent, votes to loosen the monopoly"
opt(b, 'central-committee', 'opposed', 'foreign-trade-monopoly', '1922-10', q)
opt(b, 'central-committee', 'supported', 'relaxation-of-monopoly', '1922-10', q)
q = "Sokolnikov, the finance commissar, is pushing hard for relaxing it"
r(b, 'sokolnikov', 'held', 'commissar-finance', '1922-10', "Sokolnikov, the finance commissar")
r(b, 'sokolnikov', 'supported', 'relaxation-of-monopoly', '1922-10', q, "it = the monopoly")
opt(b, 'sokolnikov', 'opposed', 'foreign-trade-monopoly', '1922-10', q)
N(b, 'sokolnikov', 'supported', 'foreign-trade-monopoly', '1922-10', q, "wrong polarity: he pushes for relaxing it")
r(b, 'bukharin', 'allied', 'sokolnikov', '1922-10', "Bukharin is with him", "him = Sokolnikov")
opt(b, 'bukharin', 'supported', 'relaxation-of-monopoly', '1922-10', "Bukharin is with him")
q = "and Stalin and Zinoviev go along, at least to begin with"
opt(b, 'stalin', 'supported', 'relaxation-of-monopoly', '1922-10', q)
opt(b, 'zinoviev', 'supported', 'relaxation-of-monopoly', '1922-10', q)
q = "He writes to Stalin on the thirteenth of October, for the whole Central Committee"
r(b, 'lenin', 'wrote-to', 'stalin', '1922-10-13', q)
opt(b, 'lenin', 'wrote-to', 'central-committee', '1922-10-13', q)
q = "You'll sometimes read that Zinoviev stood with Lenin on the monopoly from the start. That's just not true"
N(b, 'zinoviev', 'allied', 'lenin', '1922-10', q, "a claim the lecturer denies")
N(b, 'zinoviev', 'supported', 'foreign-trade-monopoly', '1922-10', q, "a claim the lecturer denies")
N(b, 'trotsky', 'wrote-to', 'lenin', '1922-10', "so did Trotsky write to Lenin at that point", "a question; the answer is no")
r(b, 'lenin', 'wrote-to', 'trotsky', '1922-12', "he sends Trotsky a string of short notes")
opt(b, 'trotsky', 'supported', 'foreign-trade-monopoly', '1922-12', "asking him to take over the defence of the monopoly at the plenum. Trotsky agrees.")
q = "a bloc: Lenin and Trotsky against most of the Politburo on this one issue"
r(b, 'lenin', 'allied', 'trotsky', '1922-12', q)
opt(b, 'lenin', 'opposed', 'politburo', '1922-12', q)
opt(b, 'trotsky', 'opposed', 'politburo', '1922-12', q)
r(b, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', "the note goes to Trotsky")
N(b, 'lenin', 'wrote-to', 'krupskaya', '1922-12-21', "which Lenin dictates to Krupskaya", "dictation")
N(b, 'krupskaya', 'wrote-to', 'trotsky', '1922-12-21', "Krupskaya holds the pencil, the note goes to Trotsky", "she took it down")
q = "he phones Krupskaya and abuses her"
N(b, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone call")
opt(b, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q)
r(b, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', "she writes to Kamenev and asks for protection")
q = "Trotsky has been arguing for ages that the State Planning Commission should get legislative powers"
r(b, 'trotsky', 'supported', 'gosplan-legislative', '1922', q)
opt(b, 'trotsky', 'supported', 'gosplan', '1922', q)
opt(b, 'lenin', 'opposed', 'gosplan-legislative', '1922', "Lenin resisted that for a long time", "that = the legislative powers")
opt(b, 'lenin', 'supported', 'gosplan-legislative', '1922-12', "he more or less comes round")
r(b, 'krzhizhanovsky', 'held', 'head-of-gosplan', '1922-12', "Krzhizhanovsky, who chairs Gosplan")
opt(b, 'krzhizhanovsky', 'member-of', 'gosplan', '1922-12', "Krzhizhanovsky, who chairs Gosplan")
q = "Pyatakov, his deputy there"
opt(b, 'piatakov', 'held', 'deputy-chair-gosplan', '1922-12', q)
opt(b, 'piatakov', 'member-of', 'gosplan', '1922-12', q)
N(b, 'piatakov', 'held', 'lenin-deputy', '1922-12', q, "Krzhizhanovsky's deputy at Gosplan, not Lenin's")
q = "both get some fairly unkind remarks in the same notes"
opt(b, 'lenin', 'opposed', 'krzhizhanovsky', '1922-12', q)
opt(b, 'lenin', 'opposed', 'piatakov', '1922-12', q)
q = "he suggests that the comrades find a way of moving Stalin out of the General Secretary's job"
r(b, 'lenin', 'opposed', 'stalin', '1923-01-04', q)
opt(b, 'stalin', 'held', 'general-secretary', '1923-01-04', q)

# ------------------------------------------------------------ h8c: journal book review
c = 'h8c_journal_review'
opt(c, 'transcaucasian-committee', 'supported', 'transcaucasian-federation', '1922-03',
    "The federation, proclaimed in March 1922, was pressed on a reluctant Tiflis by the Transcaucasian Regional Committee")
q = "the Transcaucasian Regional Committee, whose chairman Ordzhonikidze had been appointed by the Central Committee in Moscow"
r(c, 'central-committee', 'appointed', 'ordzhonikidze', '1922', q, "passive")
r(c, 'ordzhonikidze', 'held', 'head-transcaucasian-committee', '1922', q, "whose chairman")
opt(c, 'ordzhonikidze', 'member-of', 'transcaucasian-committee', '1922', q)
r(c, 'ordzhonikidze', 'supported', 'transcaucasian-federation', '1922', "Ordzhonikidze's support for the federation")
r(c, 'mdivani', 'opposed', 'transcaucasian-federation', '1922', "Mdivani's opposition to it", "it = the federation")
r(c, 'stalin', 'held', 'commissar-nationalities', '1922', "Stalin, then People's Commissar for Nationalities")
opt(c, 'stalin', 'supported', 'autonomisation', '1922', "is presented not as the scheme's lone author")
q = "as the spokesman of a commission on which Ordzhonikidze and Kuibyshev also sat"
opt(c, 'stalin', 'member-of', 'union-commission', '1922', q, "a commission (common noun)")
opt(c, 'ordzhonikidze', 'member-of', 'union-commission', '1922', q)
opt(c, 'kuibyshev', 'member-of', 'union-commission', '1922', q)
q = "that Kamenev wrote to Mdivani in October 1922 urging him to hold out is rejected for want of any document"
N(c, 'kamenev', 'wrote-to', 'mdivani', '1922-10', q, "a story the author rejects")
N(c, 'kamenev', 'allied', 'mdivani', '1922-10', q, "a story the author rejects")
r(c, 'kamenev', 'supported', 'ussr', '1922-09', "Kamenev's support for a union of equal republics")
q = "it was Kamenev to whom Lenin addressed his objections on 26 September"
r(c, 'lenin', 'wrote-to', 'kamenev', '1922-09-26', q)
opt(c, 'lenin', 'opposed', 'autonomisation', '1922-09-26', q)
opt(c, 'georgian-cc', 'opposed', 'transcaucasian-federation', '1922-10',
    "The resignation of the Georgian Central Committee in October 1922 is read as a protest against the federation")
q = "The Dzerzhinsky commission, sent to Tiflis by the Politburo"
opt(c, 'politburo', 'appointed', 'dzerzhinsky-commission', '1922-11', q)
opt(c, 'dzerzhinsky', 'member-of', 'dzerzhinsky-commission', '1922-11', q)
opt(c, 'ordzhonikidze', 'opposed', 'mdivani', '1922-11', "after Ordzhonikidze had struck a follower of Mdivani", "struck a follower")
q = "Dzerzhinsky was accompanied by Manuilsky and Kapsukas, and the three found in Ordzhonikidze's favour"
opt(c, 'manuilsky', 'member-of', 'dzerzhinsky-commission', '1922-11', q)
opt(c, 'kapsukas', 'member-of', 'dzerzhinsky-commission', '1922-11', q)
for p in ['dzerzhinsky', 'manuilsky', 'kapsukas', 'dzerzhinsky-commission']:
    opt(c, p, 'allied', 'ordzhonikidze', '1922-12', q)
opt(c, 'dzerzhinsky-commission', 'supported', 'ordzhonikidze', '1922-12', q)
q = "Lenin's rejection of their findings and his demand that Ordzhonikidze be punished as an example"
r(c, 'lenin', 'opposed', 'ordzhonikidze', '1923', q)
opt(c, 'lenin', 'opposed', 'dzerzhinsky-commission', '1923', q, "their findings")
N(c, 'rykov', 'wrote-to', 'politburo', '1922-11', "did not write to the Politburo about it at all", "negation")
q = "the Georgians were defended by Bukharin and by Rakovsky"
opt(c, 'bukharin', 'allied', 'georgian-cc', '1923-04', q, "the Georgians")
opt(c, 'rakovsky', 'allied', 'georgian-cc', '1923-04', q, "the Georgians")
opt(c, 'bukharin', 'member-of', 'twelfth-congress', '1923-04', "At the Twelfth Congress in April 1923 the Georgians were defended by Bukharin")
r(c, 'rakovsky', 'held', 'head-ukrainian-govt', '1923', "Rakovsky, the head of the Ukrainian government")
r(c, 'rakovsky', 'opposed', 'autonomisation', '1923', "Rakovsky, the head of the Ukrainian government, whose opposition to autonomisation the author treats with sympathy")
opt(c, 'lenin', 'allied', 'trotsky', '1923-03', "Trotsky, to whom Lenin had entrusted the Georgian case")
N(c, 'trotsky', 'opposed', 'stalin', '1923-04', "stayed silent rather than attack Stalin", "he did not attack Stalin")
q = "Stalin was appointed General Secretary by the Central Committee plenum of 3 April 1922"
r(c, 'central-committee', 'appointed', 'stalin', '1922-04-03', q, "passive")
r(c, 'stalin', 'held', 'general-secretary', '1922-04-03', q)
N(c, 'eleventh-congress', 'appointed', 'stalin', '1922-04', "not by the Eleventh Congress", "a reviewer's correction")
q = "Tsyurupa, not Tsintsadze, headed Rabkrin in the second half of 1922"
r(c, 'tsyurupa', 'held', 'head-of-rabkrin', '1922', q)
opt(c, 'tsyurupa', 'member-of', 'rabkrin', '1922', q)
N(c, 'tsintsadze', 'held', 'head-of-rabkrin', '1922', q, "corrected: not Tsintsadze")
N(c, 'tsintsadze', 'member-of', 'rabkrin', '1922', q, "corrected: not Tsintsadze")
q = "Trotsky's opposition to the troika of Zinoviev, Kamenev and Stalin"
r(c, 'trotsky', 'opposed', 'troika', '1923', q)
for p in ['zinoviev', 'kamenev', 'stalin']:
    r(c, p, 'member-of', 'troika', '1923', q)
    opt(c, 'trotsky', 'opposed', p, '1923', q)
opt(c, 'zinoviev', 'allied', 'kamenev', '1923', q)
opt(c, 'kamenev', 'allied', 'stalin', '1923', q)
r(c, 'zinoviev', 'allied', 'stalin', '1923', "Zinoviev's alliance with Stalin in 1923")

# ------------------------------------------------------------ h8d: wiki biographies with infoboxes
d = 'h8d_wiki_biographies'
q = "Chairman of the Moscow Soviet (1918-1926)"
r(d, 'kamenev', 'held', 'chair-moscow-soviet', '1918', q, "infobox 'offices held'")
opt(d, 'kamenev', 'member-of', 'moscow-soviet', '1918', q)
q = "Deputy Chairman of Sovnarkom (1922-1926)"
r(d, 'kamenev', 'held', 'lenin-deputy', '1922', q)
opt(d, 'kamenev', 'member-of', 'sovnarkom', '1922', q)
q = "Chairman of the Council of Labour and Defence (1924-1926)"
r(d, 'kamenev', 'held', 'chair-sto', '1924', q)
opt(d, 'kamenev', 'member-of', 'sto', '1924', q)
r(d, 'kamenev', 'held', 'director-lenin-institute', '1923', "Director of the Lenin Institute (1923-1926)")
opt(d, 'kamenev', 'member-of', 'lenin-institute', '1923', "Director of the Lenin Institute (1923-1926)")
r(d, 'kamenev', 'member-of', 'central-committee', '1919', "member of     = Central Committee (1919-1927)", "infobox 'member of'")
r(d, 'kamenev', 'member-of', 'politburo', '1919', "Politburo (1919-1925, full member; 1926, candidate)")
q = "With Zinoviev and Stalin he formed the troika that managed the party while Lenin was ill"
for p in ['kamenev', 'zinoviev', 'stalin']:
    r(d, p, 'member-of', 'troika', '1923', q, "he = Kamenev, subject of the page")
r(d, 'kamenev', 'allied', 'zinoviev', '1923', q)
r(d, 'kamenev', 'allied', 'stalin', '1923', q)
opt(d, 'zinoviev', 'allied', 'stalin', '1923', q)
opt(d, 'kamenev', 'member-of', 'politburo', '1923', "he chaired the Politburo in Lenin's absence")
q = "In September 1922 he was the recipient of Lenin's letter for the Politburo"
r(d, 'lenin', 'wrote-to', 'kamenev', '1922-09', q, "he = Kamenev")
opt(d, 'lenin', 'wrote-to', 'politburo', '1922-09', q)
q = "Lenin's letter for the Politburo criticising Stalin's autonomisation plan"
opt(d, 'lenin', 'opposed', 'autonomisation', '1922-09', q)
opt(d, 'stalin', 'supported', 'autonomisation', '1922-09', q, "Stalin's plan")
opt(d, 'lenin', 'opposed', 'stalin', '1922-09', q)
r(d, 'kamenev', 'supported', 'ussr', '1922-09', "he endorsed Lenin's alternative, a union of equal republics")
opt(d, 'lenin', 'supported', 'ussr', '1922-09', "Lenin's alternative, a union of equal republics")
r(d, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', "On 23 December 1922 Krupskaya wrote to him")
q = "Stalin had insulted her by telephone"
N(d, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone call")
opt(d, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q)
opt(d, 'krupskaya', 'opposed', 'stalin', '1922-12-23', "to complain that Stalin had insulted her by telephone")
q = "In March 1923 copies of Lenin's letters to Stalin and to the Georgian Communists were sent to him"
r(d, 'lenin', 'wrote-to', 'stalin', '1923-03', q)
r(d, 'lenin', 'wrote-to', 'kamenev', '1923-03', q, "copies sent to him")
opt(d, 'lenin', 'wrote-to', 'georgian-cp', '1923-03', q, "the Georgian Communists")
N(d, 'kamenev', 'member-of', 'orgburo', None, "Kamenev was never a member of the Orgburo", "negation")
r(d, 'kamenev', 'opposed', 'stalin', '1925', "By 1925 Kamenev had broken with Stalin")
q = "in 1926 he joined Trotsky in the United Opposition"
r(d, 'kamenev', 'allied', 'trotsky', '1926', q)
r(d, 'kamenev', 'member-of', 'united-opposition', '1926', q)
opt(d, 'trotsky', 'member-of', 'united-opposition', '1926', q)
opt(d, 'kamenev', 'held', 'chair-moscow-soviet', '1926', "He lost the Moscow Soviet")
r(d, 'kamenev', 'held', 'ambassador-italy', '1926', "was sent abroad as ambassador to Italy")
r(d, 'chicherin', 'held', 'commissar-foreign-affairs', '1918', "People's Commissar for Foreign Affairs (1918-1930)")
q = "member of     = Central Committee (1925-1930); Sovnarkom"
r(d, 'chicherin', 'member-of', 'central-committee', '1925', q)
r(d, 'chicherin', 'member-of', 'sovnarkom', '1918', q)
q = "deputy        = Maxim Litvinov"
opt(d, 'litvinov', 'held', 'deputy-commissar-foreign-affairs', None, q, "Chicherin's deputy")
N(d, 'litvinov', 'held', 'lenin-deputy', None, q, "Chicherin's deputy, not Lenin's")
q = "headed Narkomindel for twelve years"
r(d, 'chicherin', 'held', 'commissar-foreign-affairs', '1918', q)
opt(d, 'chicherin', 'member-of', 'narkomindel', '1918', q)
opt(d, 'chicherin', 'member-of', 'narkomindel', '1918', "commissariat  = Narkomindel")
opt(d, 'chicherin', 'member-of', 'genoa-conference', '1922-04', "He led the Soviet delegation to the Genoa Conference in April and May 1922")
r(d, 'chicherin', 'wrote-to', 'lenin', '1922-04', "From Genoa he sent Lenin telegrams almost every day")
opt(d, 'lenin', 'wrote-to', 'chicherin', '1922-04', "Lenin answered with directives for the delegation")
q = "Litvinov, his deputy, ran the commissariat in Moscow in his absence"
opt(d, 'litvinov', 'held', 'deputy-commissar-foreign-affairs', '1922', q, "his = Chicherin's")
opt(d, 'litvinov', 'member-of', 'narkomindel', '1922', q)
N(d, 'litvinov', 'held', 'lenin-deputy', '1922', q, "Chicherin's deputy, not Lenin's")
N(d, 'chicherin', 'member-of', 'politburo', None, "Chicherin was never a member of the Politburo", "negation")

# ------------------------------------------------------------ h8e: a (fictional) clerk's diary
e = 'h8e_secretary_diary'
N(e, 'lenin', 'wrote-to', 'dzerzhinsky', '1922-12-12', "He saw Dzerzhinsky for an hour about the Georgian business", "a meeting")
r(e, 'lenin', 'wrote-to', 'trotsky', '1922-12-12', "Ilyich dictated to me a short letter for Trotsky on the monopoly of foreign trade", "dictated to the diarist; Trotsky is the addressee")
opt(e, 'lenin', 'supported', 'foreign-trade-monopoly', '1922-12-12', "a short letter for Trotsky on the monopoly of foreign trade")
r(e, 'lenin', 'wrote-to', 'stalin', '1922-12-13', "the letter for the plenum, addressed to Stalin")
N(e, 'lenin', 'wrote-to', 'fotieva', '1922-12-13', "spent the morning dictating to her the letter for the plenum", "her = Lydia Alexandrovna (Fotieva); dictation")
q = "in which he answers Bukharin point by point"
opt(e, 'lenin', 'opposed', 'bukharin', '1922-12-13', q)
N(e, 'lenin', 'wrote-to', 'bukharin', '1922-12-13', q, "answers Bukharin in a letter addressed to Stalin")
opt(e, 'lenin', 'allied', 'trotsky', '1922-12-13', "he is relying on Trotsky to speak for him")
r(e, 'lenin', 'wrote-to', 'trotsky', '1922-12-15', "Ilyich wrote to Trotsky again")
r(e, 'lenin', 'allied', 'trotsky', '1922-12-15', "the two of them are now in full agreement and that Trotsky should defend their joint position at the plenum")
q = "he asked me to ring Frumkin and Stomonyakov at the Commissariat of Foreign Trade"
N(e, 'lenin', 'wrote-to', 'frumkin', '1922-12-15', q, "a telephone message")
N(e, 'lenin', 'wrote-to', 'stomonyakov', '1922-12-15', q, "a telephone message")
opt(e, 'frumkin', 'member-of', 'narkomvneshtorg', '1922-12', "Frumkin and Stomonyakov at the Commissariat of Foreign Trade")
opt(e, 'stomonyakov', 'member-of', 'narkomvneshtorg', '1922-12', "Frumkin and Stomonyakov at the Commissariat of Foreign Trade")
q = "Stalin had rung her at home and shouted at her"
N(e, 'stalin', 'wrote-to', 'krupskaya', '1922-12-22', q, "a telephone call")
opt(e, 'stalin', 'opposed', 'krupskaya', '1922-12-22', q)
q = "yesterday she took down Ilyich's note to Trotsky"
r(e, 'lenin', 'wrote-to', 'trotsky', '1922-12-21', q)
N(e, 'krupskaya', 'wrote-to', 'trotsky', '1922-12-21', q, "she took it down")
N(e, 'lenin', 'wrote-to', 'krupskaya', '1922-12-21', q, "she took it down")
r(e, 'krupskaya', 'wrote-to', 'kamenev', '1922-12-23', "She wrote to Lev Borisovich today")
q = "asked him and Zinoviev to shield her from Stalin"
opt(e, 'krupskaya', 'wrote-to', 'zinoviev', '1922-12-23', q, "through Kamenev")
opt(e, 'krupskaya', 'opposed', 'stalin', '1922-12-23', q)
N(e, 'lenin', 'wrote-to', 'volodicheva', '1922-12-23', "Ilyich began dictating to Maria Akimovna what he calls a letter to the congress", "dictation")
q = "Ilyich has appointed Lydia Alexandrovna, Maria Glyasser and Gorbunov as a small commission of his own"
for p in ['fotieva', 'glyasser', 'gorbunov']:
    r(e, 'lenin', 'appointed', p, '1923-01-24', q)
opt(e, 'lenin', 'opposed', 'dzerzhinsky-commission', '1923-01-24', "to study the papers of the Dzerzhinsky commission")
N(e, 'fotieva', 'wrote-to', 'lenin', '1923-02-03', "Lydia Alexandrovna reported Stalin's answer to Ilyich, not in writing but by word of mouth", "spoken, not written")
N(e, 'lenin', 'opposed', 'ordzhonikidze', '1923-02', "had Ilyich been well, he would have gone to Tiflis himself and removed Ordzhonikidze from the Regional Committee", "counterfactual")
N(e, 'lenin', 'wrote-to', 'volodicheva', '1923-03-05', "Ilyich dictated two letters to Maria Akimovna", "dictation")
r(e, 'lenin', 'wrote-to', 'trotsky', '1923-03-05', "The first is to Trotsky")
opt(e, 'lenin', 'allied', 'trotsky', '1923-03-05', "asking him to speak for the Georgians in the Central Committee")
q = "The second is to Stalin, with copies for Kamenev and Zinoviev"
r(e, 'lenin', 'wrote-to', 'stalin', '1923-03-05', q)
r(e, 'lenin', 'wrote-to', 'kamenev', '1923-03-05', q)
r(e, 'lenin', 'wrote-to', 'zinoviev', '1923-03-05', q)
opt(e, 'lenin', 'opposed', 'stalin', '1923-03-05', "demanding an apology to Nadezhda Konstantinovna")
N(e, 'volodicheva', 'wrote-to', 'trotsky', '1923-03-05', "Maria Akimovna read the first to Trotsky over the telephone", "read out by telephone; Lenin is the author")
N(e, 'trotsky', 'wrote-to', 'lenin', '1923-03-05', "he answered by telephone that he could not take the matter on while unwell", "a telephone answer")
q = "A note to Mdivani, Makharadze and the others in Tiflis, with copies to Trotsky and Kamenev"
for p in ['mdivani', 'makharadze', 'trotsky', 'kamenev']:
    r(e, 'lenin', 'wrote-to', p, '1923-03-06', q)
q = "Ilyich promised them his support"
opt(e, 'lenin', 'allied', 'mdivani', '1923-03-06', q, "pronoun 'them'")
opt(e, 'lenin', 'allied', 'makharadze', '1923-03-06', q, "pronoun 'them'")
N(e, 'volodicheva', 'wrote-to', 'stalin', '1923-03-07', "Maria Akimovna handed the letter to Stalin in person", "she delivered Lenin's letter")
q = "He dictated his reply to Lenin to her on the spot"
r(e, 'stalin', 'wrote-to', 'lenin', '1923-03-07', q, "He = Stalin")
N(e, 'stalin', 'wrote-to', 'volodicheva', '1923-03-07', q, "dictation")

# ------------------------------------------------------------ entities
NEW = [
 ("head-transcaucasian-committee", "position", "head of the Transcaucasian Regional Committee",
  ["first secretary of the Transcaucasian Regional Committee", "chairman of the Transcaucasian Regional Committee", "head of the Transcaucasian Territorial Committee"], None),
 ("chair-georgian-sovnarkom", "position", "chairman of the Georgian Council of People's Commissars",
  ["chairman of the Georgian Sovnarkom", "head of the Georgian government"], None),
 ("caucasian-bureau", "body", "Caucasian Bureau", ["Caucasian Bureau of the Central Committee", "Kavburo"], None),
 ("union-commission", "body", "commission on uniting the Soviet republics (1922)", ["Stalin's commission"], "August-September 1922; drafted the autonomisation resolution"),
 ("sovnarkom-secretary", "position", "secretary of Sovnarkom", ["secretary of the Council of People's Commissars"], None),
 ("deputy-commissar-foreign-trade", "position", "Deputy People's Commissar for Foreign Trade", ["Deputy Commissar for Foreign Trade", "deputy Foreign Trade Commissar"], None),
 ("narkomvneshtorg", "body", "People's Commissariat of Foreign Trade", ["Commissariat of Foreign Trade", "Foreign Trade Commissariat", "Narkomvneshtorg"], None),
 ("relaxation-of-monopoly", "issue", "relaxation of the foreign trade monopoly",
  ["relaxation of the monopoly", "relaxing the monopoly", "relaxation of the monopoly of foreign trade", "loosening of the monopoly", "loosen the monopoly"],
  "the 1922 proposals to loosen the monopoly; NOT the monopoly itself"),
 ("deputy-chair-gosplan", "position", "deputy chairman of Gosplan", ["deputy chairman of the State Planning Commission", "Gosplan deputy chairman"], None),
 ("gosplan-legislative", "issue", "legislative powers for Gosplan", ["legislative powers", "legislative functions for Gosplan"], None),
 ("troika", "body", "troika", ["triumvirate", "triumvirs", "the troika", "the triumvirate"], "Zinoviev, Kamenev, Stalin"),
 ("united-opposition", "body", "United Opposition", ["Joint Opposition"], None),
 ("moscow-soviet", "body", "Moscow Soviet", [], None),
 ("chair-moscow-soviet", "position", "chairman of the Moscow Soviet", ["head of the Moscow Soviet"], None),
 ("ambassador-italy", "position", "Soviet ambassador to Italy", ["ambassador to Italy", "ambassador in Rome"], None),
 ("chair-sto", "position", "chairman of the Council of Labour and Defence", ["chairman of STO", "chairman of the C.L.D."], None),
 ("director-lenin-institute", "position", "Director of the Lenin Institute", ["head of the Lenin Institute"], None),
 ("lenin-institute", "body", "Lenin Institute", [], None),
 ("chicherin", "person", "Chicherin", ["Georgy Chicherin", "Georgy Vasilyevich Chicherin", "G. V. Chicherin"], None),
 ("litvinov", "person", "Litvinov", ["Maxim Litvinov", "M. M. Litvinov"], None),
 ("commissar-foreign-affairs", "position", "People's Commissar for Foreign Affairs", ["Commissar for Foreign Affairs", "Foreign Affairs Commissar", "head of Narkomindel"], None),
 ("deputy-commissar-foreign-affairs", "position", "Deputy People's Commissar for Foreign Affairs", ["Deputy Commissar for Foreign Affairs"], None),
 ("genoa-conference", "body", "Genoa Conference", [], "April-May 1922"),
 ("rapallo", "issue", "Treaty of Rapallo", [], "16 April 1922"),
 ("head-ukrainian-govt", "position", "head of the Ukrainian government", ["chairman of the Ukrainian Sovnarkom", "chairman of the Ukrainian Council of People's Commissars"], None),
 ("manuilsky", "person", "Manuilsky", ["Dmitry Manuilsky"], None),
 ("kapsukas", "person", "Mickevičius-Kapsukas", ["Mickevicius-Kapsukas", "Kapsukas", "Vincas Mickevičius-Kapsukas"], None),
 ("glyasser", "person", "Glyasser", ["Maria Glyasser", "Glasser"], None),
 ("gorbunov", "person", "Gorbunov", ["N. P. Gorbunov", "Nikolai Gorbunov"], None),
 ("olga-kameneva", "person", "Olga Kameneva", [], "Kamenev's wife, Trotsky's sister"),
 ("gelovani", "person", "Tamar Gelovani", ["Gelovani"], "fictional author of the reviewed book"),
 ("aske", "person", "Martin Aske", [], "fictional reviewer"),
 ("okafor", "person", "Dr. Okafor", ["Okafor", "DR. OKAFOR"], "fictional lecturer"),
]
ALIASES = {  # extra aliases for entities of the shared list
 "ordzhonikidze": ["G. K. Ordzhonikidze", "Sergo", "Grigory Konstantinovich Ordzhonikidze"],
 "mdivani": ["B. Mdivani", "Polikarp Gurgenovich Mdivani"],
 "makharadze": ["Filipp Makharadze"],
 "kamenev": ["Lev Kamenev", "L. B. Kamenev", "Lev Borisovich", "Lev Borisovich Kamenev"],
 "zinoviev": ["Grigory Zinoviev"],
 "krupskaya": ["Nadezhda Konstantinovna", "N. K. Krupskaya"],
 "fotieva": ["Lydia Alexandrovna", "Lydia Alexandrovna Fotieva"],
 "ulyanova": ["Maria Ilyinichna"],
 "volodicheva": ["Maria Akimovna", "M. A. Volodicheva"],
 "krasin": ["Leonid Krasin", "Leonid Borisovich Krasin"],
 "frumkin": ["Moisei Frumkin", "Moisei Ilyich Frumkin"],
 "piatakov": ["Georgy Pyatakov"],
 "tsyurupa": ["Alexander Tsyurupa", "Tsiurupa"],
 "krzhizhanovsky": ["Gleb Krzhizhanovsky"],
 "sokolnikov": ["Grigory Sokolnikov"],
 "narkomindel": ["Narkomindel", "Commissariat of Foreign Affairs"],
 "ussr": ["union of equal republics"],
 "lenin-deputy": ["deputy chairman of Sovnarkom", "deputy chairman", "deputy chairmen"],
 "lenin-secretary": ["Lenin's personal secretary", "Lenin's personal secretaries"],
 "commissar-nationalities": ["People's Commissar for Nationalities", "Commissar for Nationalities"],
 "head-of-gosplan": ["chairman of Gosplan"],
 "commissar-foreign-trade": ["Foreign Trade Commissar"],
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
    with open(os.path.join(G, 'entities-extra-heldout8.jsonl'), 'w', encoding='utf-8') as f:
        for i, t, label, al, note in NEW:
            d = {"id": i, "type": t, "label": label, "aliases": al, "required": i in used}
            if note: d["note"] = note
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        btype = {e['id']: e for e in base}
        for i, al in ALIASES.items():
            d = {"id": i, "type": btype[i]['type'], "label": btype[i]['label'], "aliases": al, "required": i in used, "note": "adds aliases"}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(G, 'relations-heldout8.jsonl'), 'w', encoding='utf-8') as f:
        for d in R:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    validate()


def validate():
    ents = {}
    for fn in ['entities.jsonl', 'entities-extra-heldout8.jsonl']:
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
    for n, l in enumerate(open(os.path.join(G, 'relations-heldout8.jsonl'), encoding='utf-8'), 1):
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
    pos = {(d['doc'], d['s'], d['rel'], d['o']) for d in map(json.loads, open(os.path.join(G, 'relations-heldout8.jsonl'), encoding='utf-8'))
           if not d.get('negative')}
    for d in map(json.loads, open(os.path.join(G, 'relations-heldout8.jsonl'), encoding='utf-8')):
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
