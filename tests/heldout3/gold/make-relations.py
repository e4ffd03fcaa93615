import json, re, glob, os
# Generates relations-heldout3.jsonl and validates quotes/ids; run: python3 tests/heldout3/gold/make-relations.py
G = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(os.path.dirname(G), 'corpus')
R = []
def r(doc, s, rel, o, date, quote, req=True, neg=False, note=None):
    d = {"doc": doc, "s": s, "rel": rel, "o": o, "date": date, "quote": quote, "required": req}
    if neg: d["negative"] = True
    if note: d["note"] = note
    R.append(d)
def N(doc, s, rel, o, date, quote, note):
    r(doc, s, rel, o, date, quote, True, True, note)

# ---------------- a: narrative biography
a = 'a_trotsky_biography'
r(a,'trotsky','held','head-of-red-army','1922',"He headed the Red Army")
for p in ['trotsky','lenin','stalin','kamenev','zinoviev']:
    r(a,p,'member-of','politburo','1922',"he sat in the Politburo together with Lenin, Stalin, Kamenev and Zinoviev")
r(a,'central-committee','appointed','stalin','1922-04-03',"When the Central Committee, meeting on 3 April 1922, made Stalin its General Secretary")
r(a,'stalin','held','general-secretary','1922-04-03',"When the Central Committee, meeting on 3 April 1922, made Stalin its General Secretary")
N(a,'trotsky','opposed','general-secretary','1922-04',"Trotsky did not object","negation: Trotsky did not object to Stalin's appointment")
N(a,'trotsky','opposed','stalin','1922-04',"Trotsky did not object","negation")
N(a,'lenin','appointed','trotsky','1922-09',"In September Lenin proposed that Trotsky should become his deputy in the government.","a proposal that Trotsky turned down, not an appointment")
N(a,'trotsky','held','lenin-deputy','1922-09',"In September Lenin proposed that Trotsky should become his deputy in the government.","Trotsky refused the post")
N(a,'trotsky','held','lenin-deputy','1922-09',"Trotsky turned the offer down.","refusal")
r(a,'lenin','allied','trotsky','1922-09',"In September Lenin proposed that Trotsky should become his deputy in the government.",False,note="backing Trotsky for the post")
r(a,'trotsky','opposed','lenin-deputy','1922-09',"Trotsky turned the offer down.",False,note="rejected the post (borderline)")
r(a,'rykov','held','lenin-deputy','1922',"beside Rykov and Tsyurupa, who were already Lenin's deputies")
r(a,'tsyurupa','held','lenin-deputy','1922',"beside Rykov and Tsyurupa, who were already Lenin's deputies")
r(a,'stalin','opposed','trotsky','1922-09',"Whatever the motive, the refusal went into the minutes, and Stalin made sure it was not forgotten.",False)
r(a,'lenin','allied','trotsky','1922',"The autumn brought a quarrel in which the two great men found themselves on the same side.",False,note="'the two great men' = Lenin and Trotsky (coreference)")
r(a,'central-committee','opposed','foreign-trade-monopoly','1922-10-06',"On 6 October, with Lenin absent, the plenum voted to relax the state monopoly of foreign trade.",False,note="'the plenum' = CC plenum; relaxing")
r(a,'sokolnikov','held','commissar-finance',None,"Sokolnikov, the Finance Commissar")
r(a,'sokolnikov','opposed','foreign-trade-monopoly','1922',"Sokolnikov, the Finance Commissar, had argued against the monopoly for months")
for p in ['bukharin','zinoviev','stalin']:
    r(a,p,'allied','sokolnikov','1922-10',"Bukharin, Zinoviev and Stalin went along with him")
    r(a,p,'opposed','foreign-trade-monopoly','1922-10',"Bukharin, Zinoviev and Stalin went along with him",False,note="implied: went along with Sokolnikov against the monopoly")
r(a,'lenin','supported','foreign-trade-monopoly','1922-10',"Lenin, who regarded the monopoly as indispensable")
r(a,'krasin','held','commissar-foreign-trade',None,"Krasin, the People's Commissar for Foreign Trade")
r(a,'krasin','allied','lenin','1922-10',"Krasin, the People's Commissar for Foreign Trade, sided with him at once.")
r(a,'krasin','supported','foreign-trade-monopoly','1922-10',"Krasin, the People's Commissar for Foreign Trade, sided with him at once.",False,note="implied")
r(a,'trotsky','supported','gosplan','1922',"his own favourite project of giving real authority to Gosplan")
r(a,'trotsky','supported','foreign-trade-monopoly','1922',"and then came over to the defence of the monopoly")
r(a,'lenin','wrote-to','trotsky','1922-12',"In mid-December Lenin, now confined to his Kremlin flat, sent him a string of notes")
r(a,'lenin','allied','trotsky','1922-12',"proposing that the two of them should uphold their common position at the coming plenum")
r(a,'lenin','wrote-to','trotsky','1922-12',"through Krupskaya, dictated a short message of congratulation that Trotsky treasured for the rest of his life")
r(a,'krupskaya','wrote-to','trotsky','1922-12',"through Krupskaya, dictated a short message of congratulation that Trotsky treasured for the rest of his life",False,note="she took it down")
r(a,'central-committee','supported','foreign-trade-monopoly','1922-12-18',"On 18 December the Central Committee reversed itself without a fight.",False)
r(a,'central-committee','appointed','stalin','1922-12',"Stalin, whom the plenum had just charged with enforcing the doctors' regime around the patient",False)
N(a,'stalin','wrote-to','krupskaya','1922-12',"telephoned Krupskaya in a rage, threatening to bring her before the Control Commission","telephone call")
r(a,'stalin','opposed','krupskaya','1922-12',"telephoned Krupskaya in a rage, threatening to bring her before the Control Commission",False,note="personal abuse")
r(a,'krupskaya','wrote-to','kamenev','1922-12',"Instead she wrote to Kamenev the next day")
r(a,'stalin','opposed','trotsky','1922-12',"he set Stalin and Trotsky side by side as the two outstanding leaders whose rivalry could split the party",False)
r(a,'lenin','wrote-to','trotsky','1923-03-05',"On 5 March he sent Trotsky a brief note asking him to take up the defence of the Georgian Communists")
r(a,'lenin','opposed','stalin','1923-03',"since he could not count on the impartiality of Stalin and Dzerzhinsky",False)
r(a,'lenin','opposed','dzerzhinsky','1923-03',"since he could not count on the impartiality of Stalin and Dzerzhinsky",False)
r(a,'stalin','allied','dzerzhinsky','1923-03',"since he could not count on the impartiality of Stalin and Dzerzhinsky",False)
N(a,'trotsky','opposed','stalin','1923-04',"He did not attack Stalin at the Twelfth Congress in April.","negation")
N(a,'trotsky','wrote-to','twelfth-congress','1923-04',"He gave the congress a long speech on industry and planning instead.","speech")
N(a,'trotsky','allied','stalin','1923',"Some biographers have suggested that Trotsky struck a private bargain with Stalin at this point, but not a single document supports the idea.","hedged and denied")
for x,y in [('stalin','zinoviev'),('stalin','kamenev'),('zinoviev','kamenev')]:
    r(a,x,'allied',y,'1923',"By then Stalin, Zinoviev and Kamenev had formed the triumvirate")
for p in ['stalin','zinoviev','kamenev']:
    r(a,p,'opposed','trotsky','1923',"The three men agreed on little except the need to keep Trotsky away from the succession.")
    r(a,p,'opposed','trotsky','1923-10',"the triumvirs replied with a campaign against \"Trotskyism\"")
N(a,'zinoviev','wrote-to','twelfth-congress','1923-04',"Zinoviev delivered the main political report at the congress","a report delivered orally")
r(a,'trotsky','wrote-to','central-committee','1923-10',"in October 1923, Trotsky finally wrote to the Central Committee about the stifling regime inside the party")
for p in ['preobrazhensky','piatakov']:
    r(a,p,'allied','trotsky','1923-10',"forty-six prominent Bolsheviks, Preobrazhensky and Piatakov among them, put their names to a declaration in the same spirit",False)
    r(a,p,'member-of','left-opposition','1923',"The current that grew out of that declaration became known as the Left Opposition.",False,note="signatories of the declaration")
r(a,'trotsky','member-of','left-opposition','1923',"Trotsky was its leader, although he had never belonged to the Workers' Opposition")
N(a,'trotsky','member-of','workers-opposition','1920',"he had never belonged to the Workers' Opposition of 1920-21","negation; relation word in a name")
r(a,'trotsky','opposed','workers-opposition','1920',"he had never belonged to the Workers' Opposition of 1920-21 and had been one of its sharpest critics")

# ---------------- b: journal article on the Georgian affair
b = 'b_georgian_affair_article'
r(b,'stalin','held','commissar-nationalities','1922-08',"chaired by Stalin in his capacity as People's Commissar for Nationalities' Affairs")
r(b,'stalin','member-of','orgburo','1922-08',"a commission of the Orgburo, chaired by Stalin",False)
r(b,'stalin','supported','autonomisation','1922-08',"drew up a scheme under which Ukraine, Belorussia and the three Transcaucasian republics would enter the RSFSR as autonomous units",note="the scheme = autonomisation (next sentence)")
r(b,'azerbaijan-cc','supported','autonomisation','1922-09',"was accepted by the Central Committee of Azerbaijan",False)
r(b,'georgian-cc','opposed','autonomisation','1922-09-15',"The Georgian Central Committee rejected it outright on 15 September.")
for p in ['mdivani','makharadze','tsintsadze','kavtaradze']:
    r(b,p,'member-of','georgian-cc','1922',"Its leaders, Budu Mdivani, Filipp Makharadze, Kote Tsintsadze and Sergo Kavtaradze")
    N(b,p,'opposed','ussr','1922',"did not object to a Soviet Union as such","negation")
    r(b,p,'opposed','transcaucasian-federation','1922',"What they refused was the loss of the attributes of independence and, above all, the plan to fold Georgia into a Transcaucasian Federation")
r(b,'georgian-cc','opposed','transcaucasian-federation','1922',"What they refused was the loss of the attributes of independence and, above all, the plan to fold Georgia into a Transcaucasian Federation",False)
r(b,'lenin','opposed','autonomisation','1922-09',"Lenin, convalescing at Gorki, read the draft in late September and disliked it.")
r(b,'lenin','wrote-to','kamenev','1922-09-26',"In a letter to Kamenev of 26 September")
r(b,'lenin','supported','ussr','1922-09-26',"a new federal union of Soviet republics spanning Europe and Asia",False,note="the future USSR, not named as such")
r(b,'lenin','wrote-to','politburo','1922-09-26',"The letter was marked \"for members of the Politburo\"",False)
r(b,'lenin','wrote-to','stalin','1922-09-27',"was passed on to Stalin the following day",False,note="forwarded")
r(b,'stalin','wrote-to','politburo','1922-09-27',"in a note circulated to the Politburo")
r(b,'stalin','wrote-to','politburo','1922-09-27',"Stalin's note was addressed to the members of the Politburo on 27 September.")
r(b,'stalin','opposed','lenin','1922-09',"Stalin gave way on the formula while grumbling, in a note circulated to the Politburo, that Lenin's position smacked of \"national liberalism\"",False,note="attacked Lenin's position")
r(b,'ordzhonikidze','allied','stalin',None,"Ordzhonikidze, Stalin's closest ally in the Caucasus")
r(b,'ordzhonikidze','held','secretary-transcaucasian','1922',"the head of the Transcaucasian Regional Committee")
r(b,'ordzhonikidze','member-of','transcaucasian-committee','1922',"the head of the Transcaucasian Regional Committee",False)
r(b,'ordzhonikidze','supported','transcaucasian-federation','1922',"pressed it on the Georgians with mounting impatience")
r(b,'lenin','wrote-to','georgian-cc','1922-10-21',"On 21 October Lenin sent the Georgian Central Committee a sharp telegram")
r(b,'lenin','opposed','georgian-cc','1922-10-21',"rebuking its members for the abusive tone of their complaints about Ordzhonikidze",False)
r(b,'georgian-cc','opposed','ordzhonikidze','1922-10',"rebuking its members for the abusive tone of their complaints about Ordzhonikidze",False)
for p in ['tsintsadze','kavtaradze','ordzhonikidze']:
    r(b,'lenin','wrote-to',p,'1922-10-21',"Strictly speaking, the telegram was addressed to Tsintsadze and Kavtaradze, with a copy to Ordzhonikidze.")
r(b,'transcaucasian-committee','appointed','georgian-cc','1922-10',"The Transcaucasian Regional Committee promptly installed a new and more pliant Georgian Central Committee in its place.")
r(b,'ordzhonikidze','opposed','kabakhidze','1922-11',"Ordzhonikidze struck Akaki Kabakhidze",False,note="physical attack")
r(b,'kabakhidze','allied','mdivani','1922-11',"Akaki Kabakhidze, a supporter of Mdivani")
r(b,'kabakhidze','opposed','ordzhonikidze','1922-11',"who had insulted him",False)
r(b,'politburo','appointed','dzerzhinsky-commission','1922-11-25',"The Politburo responded on 25 November by dispatching a commission of inquiry.",False)
r(b,'politburo','appointed','dzerzhinsky','1922-11-25',"The Politburo responded on 25 November by dispatching a commission of inquiry.",False)
for p in ['manuilsky','kapsukas','dzerzhinsky']:
    r(b,p,'member-of','dzerzhinsky-commission','1922-11',"The Dzerzhinsky commission, whose other members were Manuilsky and Mickevičius-Kapsukas")
r(b,'dzerzhinsky-commission','allied','ordzhonikidze','1922-12',"Its findings exonerated Ordzhonikidze",False)
N(b,'lenin','wrote-to','dzerzhinsky','1922-12-12',"He received Dzerzhinsky on 12 December for a personal account","a meeting, not a written communication")
r(b,'fotieva','held','lenin-secretary','1922-12',"according to his secretary Fotieva")
r(b,'lenin','opposed','great-russian-chauvinism','1922-12-30',"he denounced Great-Russian chauvinism")
r(b,'lenin','opposed','stalin','1922-12-30',"accused Stalin of haste and a passion for administration")
r(b,'lenin','opposed','ordzhonikidze','1922-12-30',"demanded that Ordzhonikidze be punished as an example to others")
r(b,'lenin','opposed','stalin','1922-12-30',"held Stalin and Dzerzhinsky politically responsible for the whole campaign")
r(b,'lenin','opposed','dzerzhinsky','1922-12-30',"held Stalin and Dzerzhinsky politically responsible for the whole campaign")
r(b,'stalin','allied','dzerzhinsky','1922-12',"held Stalin and Dzerzhinsky politically responsible for the whole campaign",False)
r(b,'lenin','wrote-to','trotsky','1923-03',"He asked Trotsky to defend the Georgian case before the Central Committee",False,note="medium not stated here; copies line below is required")
for p in ['mdivani','makharadze']:
    r(b,'lenin','wrote-to',p,'1923-03-06',"on 6 March, wrote to Mdivani, Makharadze and their comrades")
    r(b,'lenin','allied',p,'1923-03-06',"he was following their cause \"with all my heart\"",False)
    N(b,p,'wrote-to','twelfth-congress','1923-04',"Makharadze and Mdivani spoke for the Georgian minority from the rostrum","speeches")
    for q in ['bukharin','rakovsky']:
        r(b,q,'allied',p,'1923-04',"Bukharin and Rakovsky took their side in the debate on the national question.")
for p in ['trotsky','kamenev']:
    r(b,'lenin','wrote-to',p,'1923-03-06',"Copies of that note went to Trotsky and Kamenev.")
N(b,'lenin','wrote-to','volodicheva','1923-03-06',"The note was dictated to Volodicheva, who typed the final text.","dictated to a secretary; she is not the recipient")
N(b,'mdivani','allied','mensheviks',None,"Mdivani's enemies later alleged that he had been in league with the Mensheviks, but no evidence of any such connection has come to light.","allegation denied")
r(b,'rakovsky','held','head-ukrainian-govt','1923',"Rakovsky, then head of the Ukrainian government")
r(b,'ordzhonikidze','allied','stalin',None,"an allusion to Ordzhonikidze's servility towards Stalin",False)

# ---------------- c: encyclopedia article on the Testament
c = 'c_testament_encyclopedia'
r(c,'central-committee','appointed','stalin','1922-12-18',"On 18 December 1922 a plenum of the Central Committee made Stalin responsible for supervising the medical regime prescribed for him.",False)
for x,y in [('stalin','bukharin'),('stalin','kamenev'),('bukharin','kamenev')]:
    r(c,x,'allied',y,'1922-12-24',"A meeting of Stalin, Bukharin and Kamenev with the physicians on 24 December ruled",False,note="joint decision")
r(c,'volodicheva','held','lenin-secretary',None,"Maria Volodicheva, one of Lenin's secretaries")
r(c,'volodicheva','member-of','sovnarkom-secretariat',None,"who worked in the Sovnarkom secretariat",False)
N(c,'volodicheva','member-of','secretariat',None,"who worked in the Sovnarkom secretariat","Sovnarkom's office, not the party Secretariat")
r(c,'fotieva','member-of','sovnarkom-secretariat',None,"Lydia Fotieva, the head of that office",False)
N(c,'lenin','wrote-to','stalin','1922-12-23',"the first part was shown to Stalin on 23 December against Lenin's wishes","shown against Lenin's wishes, not sent by him")
N(c,'volodicheva','wrote-to','stalin','1922-12-23',"the first part was shown to Stalin on 23 December against Lenin's wishes","showing a document is not writing to him")
r(c,'stalin','opposed','trotsky',None,"Lenin considered relations between Stalin and Trotsky to be the main source of that risk.",False)
r(c,'stalin','held','general-secretary','1922',"Stalin, having become General Secretary, had gathered immense authority into his hands")
r(c,'trotsky','member-of','central-committee','1922-12',"Trotsky was probably the most capable person in the present Central Committee")
r(c,'piatakov','member-of','central-committee','1922-12',"Piatakov, like Bukharin one of the younger members of the Central Committee")
r(c,'bukharin','member-of','central-committee','1922-12',"Piatakov, like Bukharin one of the younger members of the Central Committee")
r(c,'lenin','opposed','stalin','1923-01-04',"Lenin suggested that the comrades consider how Stalin might be moved out of that position and replaced with someone more patient")
N(c,'lenin','opposed','general-secretary','1923-01-04',"Lenin suggested that the comrades consider how Stalin might be moved out of that position and replaced with someone more patient","he wanted Stalin out of the office, not the office abolished")
r(c,'stalin','held','general-secretary','1923-01',"It stated that Stalin was too coarse, a failing that was bearable among comrades but not in the office of General Secretary.",False)
N(c,'stalin','wrote-to','krupskaya','1922-12-22',"Stalin abused Krupskaya over the telephone","telephone call")
r(c,'stalin','opposed','krupskaya','1922-12-22',"Stalin abused Krupskaya over the telephone",False)
r(c,'lenin','wrote-to','trotsky','1922-12',"for having taken down a letter from Lenin to Trotsky")
r(c,'krupskaya','wrote-to','trotsky','1922-12',"for having taken down a letter from Lenin to Trotsky",False)
r(c,'lenin','wrote-to','stalin','1923-03-05',"On 5 March he wrote to Stalin demanding an apology")
r(c,'lenin','opposed','stalin','1923-03-05',"On 5 March he wrote to Stalin demanding an apology and threatening to break off relations")
for p in ['kamenev','zinoviev']:
    r(c,'lenin','wrote-to',p,'1923-03-05',"sending copies to Kamenev and Zinoviev")
    r(c,p,'allied','stalin','1924-05',"At the insistence of Zinoviev and Kamenev, who backed Stalin at that point")
r(c,'zinoviev','allied','kamenev','1924-05',"At the insistence of Zinoviev and Kamenev",False)
r(c,'krupskaya','wrote-to','central-committee','1924-05-18',"Krupskaya handed the notes over to the Central Committee with a covering letter on 18 May 1924")
r(c,'stalin','held','general-secretary','1924-05',"Stalin offered to resign as General Secretary",False)
r(c,'central-committee','allied','stalin','1924-05',"the Central Committee refused to accept the resignation",False)
r(c,'politburo','opposed','trotsky','1925',"Under pressure from the Politburo, Trotsky signed a statement",False)
r(c,'trotsky','opposed','testament','1925',"Trotsky signed a statement denying that Lenin had left any \"testament\"",False)
r(c,'left-opposition','supported','testament','1927',"In 1927 the Left Opposition demanded that the document be published in full.")
N(c,'left-opposition','opposed','testament','1927',"In 1927 the Left Opposition demanded that the document be published in full.","demanded publication, i.e. supported it; 'Opposition' is part of a name")
N(c,'khrushchev','wrote-to','twentieth-congress','1956',"Nikita Khrushchev read passages from it to the Twentieth Congress in 1956","a speech")

# ---------------- d: documents volume
d = 'd_documents_volume'
for p in ['tsintsadze','kavtaradze']:
    r(d,'lenin','wrote-to',p,'1922-10-21',"TO K. M. TSINTSADZE AND S. I. KAVTARADZE")
    r(d,'lenin','wrote-to',p,'1922-10-21',"To Tsintsadze and Kavtaradze.")
    r(d,'lenin','opposed',p,'1922-10-21',"I therefore condemn firmly the abuse directed at Ordzhonikidze",False)
r(d,'lenin','wrote-to','georgian-cc','1922-10-21',"Tiflis. Central Committee of the Communist Party of Georgia. To Tsintsadze and Kavtaradze.",False,note="address line; persons are the addressees")
r(d,'lenin','wrote-to','ordzhonikidze','1922-10-21',"Copies to: Ordzhonikidze, Secretary of the Transcaucasian Regional Committee")
r(d,'lenin','wrote-to','stalin','1922-10-21',"Stalin, Secretary of the Central Committee.")
r(d,'ordzhonikidze','held','secretary-transcaucasian','1922-10',"Ordzhonikidze, Secretary of the Transcaucasian Regional Committee")
r(d,'ordzhonikidze','member-of','transcaucasian-committee','1922-10',"Ordzhonikidze, Secretary of the Transcaucasian Regional Committee",False)
r(d,'stalin','held','cc-secretary','1922-10',"Stalin, Secretary of the Central Committee.")
r(d,'stalin','held','general-secretary','1922-10',"Stalin, Secretary of the Central Committee.",False)
r(d,'stalin','member-of','central-committee','1922-10',"Stalin, Secretary of the Central Committee.",False)
r(d,'stalin','member-of','secretariat','1922-10',"Stalin, Secretary of the Central Committee.",False)
r(d,'tsintsadze','wrote-to','lenin','1922-10-20',"the message sent over the direct line with the signatures of Tsintsadze and others, which was passed to me",False,note="message reached Lenin via Bukharin")
r(d,'tsintsadze','opposed','ordzhonikidze','1922-10',"the abuse directed at Ordzhonikidze",False)
for p in ['stalin','kamenev','trotsky','zinoviev','tomsky','bukharin','molotov']:
    r(d,p,'member-of','politburo','1922-11-25',"Present: Stalin, Kamenev, Trotsky, Zinoviev, Tomsky; candidates Bukharin, Molotov.",False,note="attendance list; candidates for the last two")
for p in ['dzerzhinsky','manuilsky','kapsukas']:
    r(d,'politburo','appointed',p,'1922-11-25',"To send to Tiflis a commission consisting of Comrades Dzerzhinsky (chairman), Manuilsky and Mickevičius-Kapsukas")
r(d,'stalin','held','cc-secretary','1922-11-25',"Secretary of the CC: J. Stalin")
N(d,'lenin','wrote-to','politburo','1922-11-25',"[Lenin voted for the resolution by telephone, abstaining on point 3.]","telephone vote")
r(d,'krupskaya','wrote-to','kamenev','1922-12-23',"N. K. KRUPSKAYA TO L. B. KAMENEV, 23 December 1922")
r(d,'krupskaya','wrote-to','zinoviev','1922-12-23',"I turn to you and to Grigory as Vladimir Ilyich's closest comrades",False,note="Grigory = Zinoviev")
N(d,'krupskaya','wrote-to','lenin','1922-12-22',"Because of a short letter which I wrote down at Vladimir Ilyich's dictation with the permission of the doctors","she took down Lenin's letter; he is its author, not its recipient")
r(d,'stalin','opposed','krupskaya','1922-12-22',"Stalin yesterday allowed himself an extremely rude outburst against me",False)
r(d,'krupskaya','member-of','rcp',None,"I have been in the party for thirty years",False)
N(d,'kamenev','wrote-to','zinoviev','1922-12',"[Kamenev showed the letter to Zinoviev. No reply has been found.]","showed, not wrote")
N(d,'kamenev','wrote-to','krupskaya','1922-12',"[Kamenev showed the letter to Zinoviev. No reply has been found.]","no reply found")
r(d,'lenin','wrote-to','stalin','1923-03-05',"V. I. LENIN TO J. V. STALIN")
for p in ['kamenev','zinoviev']:
    r(d,'lenin','wrote-to',p,'1923-03-05',"Copies to Comrades Kamenev and Zinoviev.")
N(d,'stalin','wrote-to','krupskaya','1922-12-22',"you permitted yourself to call my wife on the telephone and to abuse her","telephone call")
r(d,'stalin','opposed','krupskaya','1922-12-22',"you permitted yourself to call my wife on the telephone and to abuse her",False)
r(d,'lenin','opposed','stalin','1923-03-05',"whether you prefer to break off relations between us")
r(d,'krupskaya','wrote-to','zinoviev','1923',"Zinoviev and Kamenev nevertheless learned of it from her",False)
N(d,'lenin','wrote-to','volodicheva','1923-03-05',"Dictated to M. V. [Volodicheva], 5 March 1923.","dictation")
N(d,'volodicheva','wrote-to','stalin','1923-03-07',"Volodicheva delivered the letter to Stalin by hand on 7 March.","delivering Lenin's letter")
r(d,'stalin','wrote-to','lenin','1923-03-07',"Stalin dictated a reply the same day, saying that he was ready to take back his words")

# ---------------- e: study guide
e = 'e_study_guide'
r(e,'lenin','held','chair-sovnarkom',None,"Lenin: Chairman of Sovnarkom throughout")
r(e,'stalin','held','general-secretary','1922-04',"Stalin: General Secretary from April 1922")
r(e,'stalin','held','commissar-nationalities','1923',"People's Commissar for Nationalities' Affairs until 1923")
r(e,'stalin','held','head-of-rabkrin','1922',"head of Rabkrin until spring 1922")
r(e,'trotsky','held','head-of-red-army',None,"Trotsky: head of the Red Army")
r(e,'trotsky','member-of','politburo',None,"Trotsky: head of the Red Army; member of the Politburo")
N(e,'trotsky','held','lenin-deputy','1922-09',"Offered the deputy chairmanship in Sept. 1922 and refused it -> common exam error: he never was Lenin's deputy.","refused")
r(e,'kamenev','member-of','politburo',None,"Kamenev: chaired the Politburo when Lenin was absent",False)
r(e,'kamenev','held','chair-moscow-soviet',None,"chairman of the Moscow Soviet")
r(e,'zinoviev','held','chair-comintern',None,"Zinoviev: chairman of the Comintern")
r(e,'zinoviev','member-of','comintern',None,"Zinoviev: chairman of the Comintern",False)
r(e,'tsyurupa','held','head-of-rabkrin','1922',"Tsyurupa: took over Rabkrin from Stalin in 1922")
r(e,'tsyurupa','held','lenin-deputy',None,"also one of Lenin's deputies in Sovnarkom")
r(e,'tsyurupa','member-of','sovnarkom',None,"also one of Lenin's deputies in Sovnarkom",False)
r(e,'krzhizhanovsky','held','head-of-gosplan',None,"Krzhizhanovsky: head of Gosplan")
r(e,'dzerzhinsky','held','head-of-cheka',None,"Dzerzhinsky: head of the Cheka")
r(e,'dzerzhinsky','member-of','dzerzhinsky-commission','1922',"chaired the commission sent to Georgia",False)
r(e,'ordzhonikidze','held','secretary-transcaucasian',None,"Ordzhonikidze: chief of the Transcaucasian Regional Committee")
r(e,'ordzhonikidze','member-of','transcaucasian-committee',None,"Ordzhonikidze: chief of the Transcaucasian Regional Committee",False)
r(e,'ordzhonikidze','allied','stalin',None,"Stalin's man in Tiflis")
r(e,'krupskaya','member-of','narkompros',None,"worked in the People's Commissariat of Enlightenment",False)
for p in ['molotov','kuibyshev']:
    r(e,p,'held','cc-secretary','1922',"Molotov, Kuibyshev: Central Committee secretaries, both loyal to Stalin.")
    r(e,p,'allied','stalin','1922',"Molotov, Kuibyshev: Central Committee secretaries, both loyal to Stalin.")
    r(e,p,'member-of','secretariat','1922',"Molotov, Kuibyshev: Central Committee secretaries",False)
for p in ['sokolnikov','bukharin']:
    r(e,p,'opposed','foreign-trade-monopoly','1922-10',"Sokolnikov and Bukharin in favour of relaxation.")
    N(e,p,'supported','foreign-trade-monopoly','1922-10',"Sokolnikov and Bukharin in favour of relaxation.","in favour of relaxing the monopoly")
r(e,'lenin','wrote-to','stalin','1922-10-13',"Lenin against: letter to Stalin for the CC, 13 Oct 1922.")
r(e,'lenin','wrote-to','central-committee','1922-10-13',"Lenin against: letter to Stalin for the CC, 13 Oct 1922.",False,note="addressed to Stalin for the CC")
r(e,'lenin','supported','foreign-trade-monopoly','1922-10',"Lenin against: letter to Stalin for the CC, 13 Oct 1922.",False,note="against the relaxation")
N(e,'lenin','opposed','foreign-trade-monopoly','1922-10',"Lenin against: letter to Stalin for the CC, 13 Oct 1922.","against the relaxation, not the monopoly")
r(e,'krasin','supported','foreign-trade-monopoly',None,"Krasin = the monopoly's most stubborn defender.")
N(e,'krasin','opposed','foreign-trade-monopoly',None,"(Common mistake: Krasin was NOT against the monopoly.)","negation")
r(e,'lenin','allied','trotsky','1922-12',"Dec 1922: Lenin + Trotsky bloc.")
r(e,'lenin','wrote-to','trotsky','1922-12-21',"21 Dec: Lenin's note to Trotsky written down by Krupskaya.")
r(e,'krupskaya','wrote-to','trotsky','1922-12-21',"21 Dec: Lenin's note to Trotsky written down by Krupskaya.",False)
r(e,'stalin','supported','autonomisation','1922-08',"Stalin's plan (Aug-Sept 1922): the other republics to enter the RSFSR as autonomous republics.")
for p in ['georgian-cc','mdivani','makharadze']:
    r(e,p,'opposed','autonomisation','1922-09',"Georgian leadership (Mdivani, Makharadze) rejects it.")
    r(e,p,'opposed','transcaucasian-federation','1922',"Georgians also hostile to the Transcaucasian Federation",False)
for p in ['mdivani','makharadze']:
    r(e,p,'member-of','georgian-cc','1922',"Georgian leadership (Mdivani, Makharadze)",False)
r(e,'lenin','supported','ussr','1922',"Lenin backs a union of equal republics -> USSR formed 30 Dec 1922.")
r(e,'ordzhonikidze','supported','transcaucasian-federation','1922',"Ordzhonikidze pushes it.")
r(e,'ordzhonikidze','opposed','kabakhidze','1922-11',"Ordzhonikidze slaps Kabakhidze (Nov 1922).",False)
r(e,'dzerzhinsky-commission','allied','ordzhonikidze','1922-12',"Dzerzhinsky commission clears Ordzhonikidze (Dec 1922).",False)
r(e,'lenin','opposed','great-russian-chauvinism','1922-12-30',"Lenin's notes on nationalities (30-31 Dec): attack on Great Russian chauvinism.")
r(e,'lenin','wrote-to','trotsky','1923-03-05',"5 Mar 1923: Lenin asks Trotsky to take over the Georgian case.",False)
for p in ['mdivani','makharadze']:
    r(e,'lenin','wrote-to',p,'1923-03-06',"6 Mar: note to Mdivani, Makharadze \"and others\".")
r(e,'politburo','opposed','better-fewer','1923-03',"Politburo reluctant to print \"Better Fewer, But Better\"",False)
N(e,'kuibyshev','supported','better-fewer','1923-03',"Kuibyshev suggested printing a single fake issue of Pravda just for Lenin.","a fake issue to placate Lenin while suppressing the article")
r(e,'kuibyshev','opposed','better-fewer','1923-03',"Kuibyshev suggested printing a single fake issue of Pravda just for Lenin.",False)
r(e,'trotsky','opposed','rabkrin','1920',"Trotsky had criticised Rabkrin since 1920")
r(e,'lenin','supported','rabkrin','1922',"Lenin defended it until 1922, then turned against it.")
r(e,'lenin','opposed','rabkrin','1923',"Lenin defended it until 1922, then turned against it.")
r(e,'lenin','supported','gosplan','1922-12',"Gosplan: Lenin in Dec 1922 came round to giving it some legislative powers, as Trotsky had long urged.")
r(e,'trotsky','supported','gosplan',None,"Gosplan: Lenin in Dec 1922 came round to giving it some legislative powers, as Trotsky had long urged.")
N(e,'stalin','wrote-to','krupskaya','1922-12-22',"22 Dec 1922: Stalin insults Krupskaya by phone. A phone call, not a letter!","telephone call")
r(e,'stalin','opposed','krupskaya','1922-12-22',"Stalin insults Krupskaya by phone.",False)
r(e,'krupskaya','wrote-to','kamenev','1922-12-23',"23 Dec: Krupskaya writes to Kamenev asking for protection.")
r(e,'lenin','opposed','stalin','1923-01-04',"postscript of 4 Jan: remove Stalin as General Secretary.")
N(e,'lenin','opposed','general-secretary','1923-01-04',"postscript of 4 Jan: remove Stalin as General Secretary.","Stalin's removal, not the office")
r(e,'lenin','wrote-to','stalin','1923-03-05',"5 Mar 1923: Lenin to Stalin demanding an apology (cc: Kamenev, Zinoviev).")
for p in ['kamenev','zinoviev']:
    r(e,'lenin','wrote-to',p,'1923-03-05',"5 Mar 1923: Lenin to Stalin demanding an apology (cc: Kamenev, Zinoviev).")
r(e,'stalin','wrote-to','lenin','1923-03-07',"Stalin's grudging reply, 7 Mar.")
for x,y in [('stalin','zinoviev'),('stalin','kamenev'),('zinoviev','kamenev')]:
    r(e,x,'allied',y,'1923',"Troika = Zinoviev + Kamenev + Stalin, united against Trotsky.")
for p in ['stalin','zinoviev','kamenev']:
    r(e,p,'opposed','trotsky','1923',"Troika = Zinoviev + Kamenev + Stalin, united against Trotsky.")
N(e,'trotsky','wrote-to','twelfth-congress','1923-04',"At the congress Trotsky spoke on industry","speech")
N(e,'trotsky','opposed','stalin','1923-04',"no attack on Stalin","negation")
N(e,'zinoviev','wrote-to','twelfth-congress','1923-04',"Zinoviev gave the political report (in Lenin's place).","oral report")
for p in ['shlyapnikov','kollontai']:
    r(e,p,'member-of','workers-opposition','1921',"Workers' Opposition (Shlyapnikov, Kollontai)")
r(e,'tenth-congress','opposed','workers-opposition','1921',"banned as a faction at the 10th Congress, 1921",False)
r(e,'trotsky','member-of','left-opposition','1923',"Left Opposition: formed autumn 1923 around Trotsky")
N(e,'trotsky','member-of','workers-opposition','1923',"Left Opposition: formed autumn 1923 around Trotsky; not part of the Workers' Opposition.","negation; names")
r(e,'lenin','opposed','stalin',None,"\"Lenin's last struggle was against Stalin rather than against the bureaucracy.\"",False,note="essay prompt")
r(e,'lenin','opposed','bureaucracy',None,"\"Lenin's last struggle was against Stalin rather than against the bureaucracy.\"",False,note="essay prompt")

# ---------------- write and validate
with open(os.path.join(G,'relations-heldout3.jsonl'),'w') as f:
    for x in R: f.write(json.dumps(x, ensure_ascii=False)+'\n')
texts = {os.path.basename(p)[:-4]: open(p,encoding='utf-8').read() for p in glob.glob(C+'/*.txt')}
ids = set()
for p in [G+'/entities.jsonl']+glob.glob(G+'/entities-extra-*.jsonl'):
    for l in open(p):
        if l.strip(): ids.add(json.loads(l)['id'])
bad=0
for i,x in enumerate(R,1):
    if x['quote'] not in texts[x['doc']]: print('QUOTE MISSING', i, x['doc'], x['quote']); bad+=1
    for k in 's','o':
        if x[k] not in ids: print('UNKNOWN ID', i, x[k]); bad+=1
    if x['date'] and not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', x['date']): print('BAD DATE', i); bad+=1
# contradictions: same (doc,s,rel,o) positive and negative
from collections import Counter
pos={(x['doc'],x['s'],x['rel'],x['o']) for x in R if not x.get('negative')}
for x in R:
    if x.get('negative') and (x['doc'],x['s'],x['rel'],x['o']) in pos: print('note: trap tuple also positive elsewhere in doc (checked by quote overlap):', x['doc'],x['s'],x['rel'],x['o'])
print('lines',len(R),'bad',bad)
