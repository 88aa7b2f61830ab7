"""Built-in English lexicons: hand-kept word tables, ordered and commented.

The mined tables (cue words weighed by context, source head nouns) live in
``data/`` and are rebuilt by ``scripts/build_lexicons.py``; these are the
small closed classes a rule writer keeps by hand. This module is registered
as a plugin like any other, through ``attribution_lexicon``.
"""

from __future__ import annotations

from attribution.hookspecs import hookimpl

# Irregular past forms and participles of cue verbs, to their lemma.
IRREGULAR_LEMMAS = {
    "said": "say", "says": "say", "saying": "say",
    "told": "tell", "tells": "tell", "telling": "tell",
    "wrote": "write", "written": "write", "writes": "write", "writing": "write",
    "thought": "think", "knew": "know", "known": "know", "saw": "see", "seen": "see",
    "felt": "feel", "made": "make", "gave": "give", "given": "give", "spoke": "speak",
    "spoken": "speak", "read": "read", "reads": "read", "shown": "show", "held": "hold",
    "took": "take", "taken": "take", "went": "go", "put": "put", "led": "lead",
    "found": "find", "meant": "mean", "swore": "swear", "sworn": "swear",
    "forecast": "forecast", "foresaw": "foresee", "understood": "understand",
    "taught": "teach", "sought": "seek", "brought": "bring", "kept": "keep",
    "insisted": "insist", "argued": "argue", "noted": "note", "denied": "deny",
    "learnt": "learn", "spelt": "spell", "dreamt": "dream",
    "sent": "send", "sends": "send", "sending": "send", "sang": "sing",
    # the mined table strips "plans" to "plane" and "rips" to "ripe" (the stem + "e" it also saw)
    "plans": "plan", "rips": "rip",
    # "plead", a verb of no class, in all its forms; and its American past beside "pleaded",
    # "pled not guilty" (which the British spellings read as "pleaded" first)
    "pleaded": "plead", "pleads": "plead", "pleading": "plead", "pled": "plead",
}

# Common irregular past tenses (kept apart from the cue lemmas above, which
# weigh cues): a finite verb right after its subject or after "and"
# ("Officials met on Monday, and ...", "... and took the stage")
IRREGULAR_PASTS = frozenset(
    "took made gave went drew spoke wrote held kept brought sought sent won lost left came became began "
    "got threw stood paid spent struck chose broke told said met led ran rose fell sat saw knew thought felt found "
    "sold bought heard overheard caught stole ate flew grew drove hid wore tore swore shook forgot blew froze "
    "wept fled slept fought taught built dealt sang rang swam drank sank shrank sprang arose rode strode woke "
    "awoke withdrew undertook overtook mistook forgave foresaw oversaw overcame forbade shone upheld withheld "
    "misled understood withstood crept swept knelt leapt dreamt stung clung flung swung spun slid dug bled "
    "meant sped fed".split())

# Verbs whose past is their bare form, none of them in "-ed" nor among the irregular pasts above:
# "The fund cut rates", "The party hit back", "Citi set its target", "Lee beat the champion",
# "the dam burst", "the coalition split"
BARE_FORM_PASTS = frozenset("cut set put hit shut quit spread cast beat burst split hurt".split())

# Those of them that are no participle ("came", not "made"): a finite verb, as "-ed" is
FINITE_PASTS = frozenset("took gave went drew spoke wrote came became began threw chose broke rose fell saw knew ran "
                         "stole ate flew grew drove hid wore tore swore shook forgot blew froze sang rang swam "
                         "drank sank shrank sprang arose rode strode woke awoke withdrew undertook overtook mistook "
                         "forgave foresaw oversaw overcame forbade".split())

# Verbs of coming and going in the past: after ", as she" the speaker's own movement at the
# time of speaking ("said the talks had failed, as she left the hall"), the writer's scene
MOTION_PASTS = frozenset(
    "left arrived walked entered exited departed headed boarded stepped returned came went strode "
    "emerged drove flew toured visited climbed filed swept".split())

# Verbs of leaving in the past, and the speaker's ways to close a talk: after a reported clause
# and "and", with nothing after them but a particle of leaving ("said the pier was safe and
# walked away", "... and hung up"), or a refusal to say more ("... and declined to elaborate"),
# the speaker's next act, no part of what was reported
LEAVING_PASTS = frozenset("left walked departed exited stormed stalked strode headed stepped".split())
LEAVING_PARTICLES = frozenset("away out off".split())
# ... and the rooms and gatherings the speaker leaves ("... and left the room", "... and walked
# off the stage", "... and left the briefing early"): a place of speaking, not a thing the
# reported clause may leave behind ("... and left the party divided")
LEAVING_PLACES = frozenset(
    "room stage podium lectern rostrum microphone chamber hall courtroom studio "
    "meeting conference briefing session hearing interview".split())
# The scenes of a saying in lower case, where or at what event words were said, the noun a phrase
# after the cue ends on before a clause with no "that" ("told reporters at party headquarters he
# would ...", "said after the game the striker was fit", "told reporters outside the court he was
# ...": clauses._SCENE_BEFORE_CLAUSE): places people speak at, and the events they speak after
SAYING_SCENES = frozenset(
    "scene site airport stadium ground arena track circuit venue headquarters hospital court courthouse "
    "station camp shelter office residence hotel embassy border gate gates palace church mosque temple "
    "school campus podium "
    "game match race fight bout final tournament meeting talks summit briefing conference rally event "
    "ceremony funeral vigil service hearing session vote count debate speech launch visit tour "
    "training practice defeat win victory loss draw".split())
SAYING_MORE_VERBS = frozenset("elaborate comment say answer discuss expand specify respond explain".split())
# ... and what the speaker gave none of ("... but gave no further details", "... and offered no explanation")
SAYING_MORE_NOUNS = frozenset("details detail information comment explanation specifics timeline timetable reason".split())

# Common irregular past participles that differ from the past ("a letter written by",
# "documents seen by Reuters")
IRREGULAR_PARTICIPLES = frozenset(
    "seen written given taken shown known drawn driven stolen hidden chosen broken spoken frozen "
    "shaken beaten forgotten torn worn sworn thrown grown flown blown done gone "
    "held led paid laid sent built brought caught kept bought told heard found".split())

# Past participles spelt as their verbs' base forms, read as participles only where no
# present reads: after a quantifier of people, before a preposition ("Some hurt in the crash")
BASE_FORM_PARTICIPLES = frozenset("cut hit hurt put shut".split())

# The counts of many that stand for people as a quantifier does, with no noun, before a passive
# participle's clause: "Dozens | detained after the rally", "Hundreds | evacuated"
PEOPLE_COUNTS = frozenset("dozens scores hundreds thousands millions".split())

# Verbs of saying that American training copy seldom or never shows, weighed
# as a commoner verb of the same use ("termed the remarks unfortunate" as
# "called ..."): their past and "-ing" forms take its weights in every context.
CUE_SYNONYMS = {
    "term": "call", "brand": "call", "label": "call",
    "laud": "praise", "censure": "criticize", "flay": "criticize", "castigate": "criticize",
    "berate": "criticize", "lambaste": "criticize", "convey": "tell", "appeal": "urge",
    "underline": "stress", "affirm": "stress", "reaffirm": "stress", "rue": "lament",
    "exhort": "urge", "implore": "urge", "beseech": "urge", "entreat": "urge",
    "admonish": "criticize", "rubbish": "dismiss",
    # the words one posts with a picture are one's own, as a tweet's are: "captioned the photo, “...”"
    "caption": "tweet",
    # a text or a direct message is sent as an email is: "texted his brother, “...”", "DMed me: “...”"
    "text": "email", "message": "email", "dm": "email",
}

# Phrases that work as cues before their source ("According to X, ...").
LEAD_PHRASES = {
    "according to": "according to",
    "as per": "as per",
    "per": "as per",
    "as reported by": "report",
    "as quoted by": "quote",
    "as noted by": "note",
    "in the words of": "in the words of",
    # an infinitive that fronts a writer's citation: "To quote the late Ann Lee, “...”", "To paraphrase
    # Lee, ..." (only where it opens the sentence: "declined to quote a price" is no lead)
    "to quote": "quote",
    "to paraphrase": "paraphrase",
    # ... and one that borrows the cited words: "To borrow a phrase from Churchill, this is ..."
    "to borrow a phrase from": "borrow",
    "to borrow a line from": "borrow",
    "to borrow from": "borrow",
}

# Lemmas whose attributions deny their content.
DENIAL_LEMMAS = frozenset(["deny", "reject", "refute", "dispute", "dismiss", "disavow"])

# Nouns for what carries a report: "issued a statement saying ...", "posted a video,
# warning ...": the verb, its object and the participle are one cue.
VEHICLE_NOUNS = frozenset(
    """
    statement statements letter letters tweet tweets post posts message messages memo memos op-ed release
    video videos ad ads advertisement email emails note notes column essay speech editorial petition
    complaint lawsuit filing brief report reports resolution order notice warning alert alerts
    """.split()
)
# ... and the nouns for the spoken words a report is made in, beside them: "said in an
# interview", "in his remarks", "in remarks carried by Xinhua"
SPOKEN_VEHICLE_NOUNS = frozenset("interview interviews remarks".split())

# Verbs of sending a message, whose first object is who gets it before a "that" or a
# quotation ("emailed staff that ...", "texted his brother, “...”") and what was sent
# otherwise ("emailed her condolences")
MESSAGING_VERBS = frozenset("email text message dm".split())
# Verbs of putting a thing online or passing it on, which report with a clause or a
# quotation ("shared that she was ill", "posted: “...”", "captioned it: “...”")
POSTING_VERBS = frozenset("share post tweet retweet repost upload caption".split())
# Verbs of a fact-checker's rating, which report its finding with no "that": an object and a
# verdict on its truth, "rated the claim false", "rates it Mostly True" (`cues._works_as_cue`)
RATING_VERBS = frozenset(["rate"])
# The verdicts of a rating on a claim's truth ("False", "Mostly True", "Pants on Fire", "missing context")
TRUTH_VERDICTS = (
    r"(?:(?:mostly|half|partly|largely|partially|totally|completely|entirely)[^\S\n]+)?"
    r"(?:true|false|misleading|inaccurate|accurate|correct|incorrect|unproven|unsupported|unverified|baseless"
    r"|fake|fabricated|satire|altered|doctored|manipulated|exaggerated|distorted|pants[^\S\n]+on[^\S\n]+fire"
    r"|out[^\S\n]+of[^\S\n]+context|missing[^\S\n]+context|lacks[^\S\n]+context)"
)
# The participles of a post put online or passed round, after the noun of the post and before the
# place it went round: "posts shared widely on WhatsApp", "a video posted online", "messages
# circulated on Facebook claim ..." (a reduced relative on that noun, no verb of its own)
ONLINE_PARTICIPLES = frozenset("shared posted circulated uploaded reposted forwarded".split())
# Nouns of what is posted or shared that says nothing of itself: pictures, recordings and links
# ("shared a photo of her dog", "captioning videos for deaf viewers")
POSTED_MEDIA_NOUNS = frozenset(
    """
    picture photo photograph image selfie snapshot snap screenshot video clip footage recording
    link meme gif cartoon graphic map chart reel livestream playlist
    """.split()
)
# Nouns of a result or a payment one posts, no words said, singular or plural: "posted a quarterly
# loss", "posted a big win in Ohio", "posted record profits", "posted bail"
POSTED_RESULT_NOUNS = frozenset(
    """
    loss losses profit profits gain gains win wins victory victories defeat defeats deficit deficits
    surplus surpluses growth decline declines drop drops fall falls rise rises increase increases lead
    margin margins revenue revenues earnings sales return returns record time times score scores total
    totals best average averages bail bond
    """.split()
)

# Nouns of an economy's or a business's figures, which open a sentence in capitals as a body's
# bare name would ("Profit rose 4 percent", "Sales fell") and are never one
ECONOMIC_FIGURE_NOUNS = frozenset(
    """
    profit profits revenue revenues sales earnings income turnover output exports imports inflation
    unemployment prices costs spending losses margins dividends
    """.split()
)

# Where police, firefighters or medics are sent, no words to answer: "responded to the scene",
# "responded to a house fire", "responded to the 1200 block" (singular and plural)
CALL_OUT_PLACES = frozenset(
    """
    scene scenes home homes house houses residence address apartment block intersection fire fires blaze blazes
    crash crashes collision collisions wreck disturbance disturbances alarm alarms robbery robberies burglary
    burglaries break-in
    """.split()
)
# ... and what a call or a report for help tells of besides: "responded to reports of shots fired",
# "a call about a stabbing" (no direct object of "respond": a leader "responded to the shooting")
CALL_OUT_NOUNS = CALL_OUT_PLACES | frozenset(
    "shots gunfire shooting shootings stabbing stabbings fight brawl smoke explosion explosions overdose drowning".split()
)

# Forms of verbs coined from a brand's name that copy may capitalise inside a sentence, as the
# brand is: "Lee Tweeted that ...", "Murphy, the head of the fund, Tweeted “...”", and those of
# a verb made of capitals, "She DMed me: “...”" (the past and "-ing" forms alone: "Tweets" opens a
# sentence or a headline as a noun as often)
CAPITALISED_VERB_FORMS = frozenset("Tweeted Tweeting Retweeted Retweeting DMed DMing".split())

# Verbs whose passive with a "by" agent reports what the agent said or did in words:
# "was described by", "was first reported by" (with the verbs of saying in THAT_VERBS).
PASSIVE_REPORTS = frozenset(
    "describe criticize criticise echo quote reject question praise condemn dispute challenge ask "
    # stances taken in words: "was endorsed by", "is backed by 34% of voters", "was attacked by"
    "endorse back support oppose attack accuse applaud dismiss recommend urge "
    # ... and criticism or praise said aloud: "was slammed by dockers", "was hailed by critics"
    "slam blast lambast lambaste denounce decry deride rebuke castigate censure mock berate hail laud".split()
)

# The participles glued to a place by a hyphen that tell where a body sits ("Mumbai-based",
# "New York-headquartered"), and with them those that tell where one was from ("Ohio-born")
SEAT_PARTICIPLES = ("based", "headquartered")
PLACE_PARTICIPLES = SEAT_PARTICIPLES + ("born", "bred")

# Nouns of a saying or a line of thought that "goes" as a speaker says: "as the old saying
# goes, ...", "..., as the theory goes", "The argument goes that ..." (`cues._SAYING_GOES_BEFORE`)
SAYING_NOUNS = frozenset(
    """
    saying adage saw maxim proverb aphorism axiom cliché cliche expression phrase idiom refrain mantra
    argument theory thinking logic reasoning rationale story tale legend joke line narrative
    """.split()
)

# Verbs of saying, thinking and feeling that report a clause: before "that"
# they are cues whatever their mined weight ("they worry that ..."); the verbs of
# answering too ("Supporters counter that ...", "Others retort that ...")
THAT_VERBS = frozenset(
    """
    say tell write add note argue insist claim contend maintain allege assert warn predict
    acknowledge admit concede confirm deny report suggest state announce explain reveal
    emphasise emphasize stress recall agree declare promise vow pledge conclude estimate
    believe think worry fear hope expect suspect doubt feel know reckon understand realize
    realise hint indicate imply show find testify tweet post complain boast joke quip
    aver affirm opine reiterate assure observe submit learn gather demand dispute
    recommend advise forecast accept recognise recognize
    counter retort respond rebut
    """.split()
)

# Forms of verbs that report a clause before "that" as those above do, though their other
# forms are mostly nouns: "shared that she was ill", "sharing that ..." (not "Acme shares
# that had doubled")
# ... and the forms of verbs of swearing to a thing, which take a clause only after "that" or
# a subject ("swore that", "has deposed that", "attests that", "swore the car was red"; not
# "was sworn in", "swore at the referee")
SWEARING_FORMS = frozenset(
    "swear swears swore sworn swearing depose deposes deposed deposing attest attests attested attesting".split())
# ... and those of verbs of setting down or objecting to a thing, whose forms are as often nouns or
# take a thing as object ("the minutes recorded that ...", "protested that the count was unfair";
# not "recorded an album", "staged protests"); "record" and "records" are left out, nouns before a
# relative "that" far more often ("a track record that ...", "the records that show ...")
RECORDING_FORMS = frozenset("recorded protest protests protested protesting".split())
# ... and those of noticing, a thing seen and told ("Lee noticed that the doors were locked"; not
# "notice" or "notices", nouns before a "that" as often: "received notice that the office would close")
NOTICING_FORMS = frozenset("noticed noticing".split())
THAT_VERB_FORMS = frozenset("shared sharing".split()) | SWEARING_FORMS | RECORDING_FORMS | NOTICING_FORMS
# ... those two kept out are cue candidates still, reporting before "that" only after a text's noun
# that is their subject: "The minutes record that ...", "The diary records that ..." (`cues._recording_subject`)
TEXT_RECORDING_FORMS = frozenset(["record", "records"])

# Verbs of telling what is asked, which report when negated before a question: "would not
# confirm whether", "didn't disclose how", "could not specify when" (`cues.weight_here`); their
# forms are cue candidates though the tables seldom weigh them ("specify" never heads a cue there)
DISCLOSING_LEMMAS = frozenset("confirm disclose reveal specify divulge".split())

# Verbs of speaking or writing whose "to X" names whom it was said to, not what
# ("wrote to the board", "explained to reporters why ..."): no content after "to"
ADDRESS_VERBS = frozenset(
    """
    say write speak talk explain reply announce declare proclaim complain boast confide
    report describe mention tweet post whisper shout yell preach recount repeat relay
    suggest imply signal lie apologize apologise
    """.split()
)

# Verbs of saying and believing whose object with no "that" is a clause, not a
# noun phrase ("said he will back Lee because ...", "thinks the pier will close
# after the vote"): what follows is the clause's own, no adjunct of the report
# (with no particle: "insisted on X before ..." takes a noun phrase)
CLAUSE_VERBS = frozenset(
    """
    say think believe hope fear suspect reckon insist claim predict warn suggest
    """.split()
)

# Verbs that put their source after them in news prose: "..., said Caddell.", "..., reported the Times."
INVERTING_VERBS = frozenset(
    """
    say add write ask note explain continue recall argue insist reply respond declare
    warn concede acknowledge quip joke observe remark comment agree predict shout tweet report
    """.split()
)

# Verbs of saying that take a quotation more than a clause, which neither class above
# holds: a speaker after a quotation reports with them as well ("“Run!” Lee yelled.",
# "“Why now?” Lee wondered.", "“It is early.” Lee cautioned."), `layout._SAYING_VERB`
QUOTING_VERBS = frozenset("yell sing exclaim cry wonder answer caution retort".split())

# Nouns of what a crowd cries out, before "of" and the words cried: "chants of “...”",
# "cries of “...”" (`core.cry_noun.v1`)
CRY_NOUNS = frozenset("chant chants cry cries shout shouts calls roar roars scream screams yells".split())

# Nouns that name a report as the object of a cue: "denied reports that ...",
# "rejected claims that ...". The content opens with them ("claims that ..."), and a
# verb before one is a cue though it seldom is (`cues.REPORT_OBJECT`).
REPORT_NOUNS = frozenset(
    """
    claim claims report reports allegation allegations suggestion suggestions accusation
    accusations charge charges speculation rumours rumors assertion assertions idea notion
    """.split()
)
# Adjectives that judge or date a report, between its owner and its noun: "his false claims",
# "Lee's repeated warnings", "their earlier remarks". After a possessive, a word of saying behind
# one of them is that noun, not a verb whose subject ends at the adjective ("his false | claims").
# (No word that heads a noun phrase itself: "in the past said", "the public says".)
REPORT_ADJECTIVES = frozenset(
    """
    false baseless unfounded unsubstantiated unproven unsupported untrue bogus dubious spurious
    misleading erroneous inaccurate outlandish wild absurd ridiculous outrageous bizarre
    repeated frequent constant persistent renewed earlier previous recent latest original
    initial subsequent new fresh own numerous various controversial
    provocative inflammatory incendiary disparaging offensive reckless bold
    vague sweeping dire stern ominous grim blunt harsh sharp strong
    """.split()
)

# Verbs of taking a turn in an exchange ("began", "concluded", "responded", "followed up"),
# whose subject reports by the participle after "by": annotators take the verb into the
# cue, "began by saying", "responded by first saying" (`default_rules.verbs._turn_start`)
TURN_VERBS = frozenset(
    "begin start open end close conclude finish respond reply react answer counter continue follow interject retort".split()
)

# Verbs of replying, alone or with "back" ("responded", "shot back"), whose subject reports
# by the participle after the comma that closes the reply's adjuncts: annotators take the
# reply into the cue, "responded Friday, saying", "shot back in a statement, saying"
# (`default_rules.verbs._reply_start`); finite forms, which the lemma table does not all know
REPLY_VERBS = frozenset("responded responds replied replies retorted retorts countered counters".split())
REPLY_BACK_VERBS = frozenset("shot shoots hit hits fired fires struck strikes snapped snaps".split())

# Adjectives of the manner a speaker takes, after "be" in a sentence of their own before the
# quotation that shows it: "The owner is blunt. “...”", "Her father is more philosophical. ‘...’"
# (`default_rules.headlines._manner_then_quotation`)
SPEAKING_MANNER_ADJECTIVES = frozenset(
    """
    blunt frank candid direct forthright outspoken philosophical unapologetic unrepentant defiant adamant
    emphatic unequivocal categorical upbeat downbeat bullish scathing withering dismissive scornful
    succinct terse sanguine rueful wistful stoical stoic pragmatic realistic matter-of-fact unsentimental
    """.split()
)

# Gestures that go with a report, joined to its verb by "and": annotators take the gesture
# into the cue, "smiled and said", "laughed and added" (`default_rules.common.candidate`); finite forms
GESTURE_VERBS = frozenset(
    "laughed laughs smiled smiles shrugged shrugs nodded nods sighed sighs chuckled chuckles grinned grins "
    "winked winks".split()
)

# Verbs and adjectives whose infinitive carries the report, which annotators
# take into the cue: "continued to say", "tried to explain", "was quick to point out"
CATENATIVE_LEADS = frozenset(
    "continue try attempt seem appear begin start proceed tend fail struggle seek quick likely unlikely inclined".split()
)
# Words that take a bare infinitive with no subject of their own, adjectives of
# readiness and likelihood, wh-words and "time": a headline that opens with one
# ("Ready to back Lee, ...", "How to vote") names no one who plans the act
INFINITIVE_OPENERS = frozenset(
    """ready set poised able unable eager willing keen likely unlikely due sure certain bound quick slow
    free happy glad prepared determined reluctant time how what where when why whether""".split()
)
# Verbs of will and intent that take an infinitive ("hopes to win", "agreed
# to hold"): in a relative clause with no pronoun the infinitive's verb may
# lack its object, the clause's head ("the reforms he hopes to see")
INTENT_VERBS = frozenset(
    """want hope expect plan intend like love prefer wish promise pledge vow agree decline refuse seek aim
    need mean choose""".split()
)
# Verbs of aiming and hoping, which a body does and a thing does not: "it" their subject stands
# for a body ("Nationwide said it expected prices to fall"; not "it needs", "it declined 5%")
AIM_VERBS = frozenset("expect plan intend hope aim want seek wish agree".split())
# Verbs whose subject "it" is often no body: the weather, a clause to come, a thing named before
# ("it was raining", "it would be hard", "it will take years", "it was working"); "it" before any
# other verb in a progressive ("it was laying off workers") or after "will" or "would" ("it would
# close two plants") stands for a body, as after an aim verb (the base forms, then the "-ing" forms)
IMPERSONAL_IT_VERBS = frozenset(
    """be seem appear become take make mean happen matter rain snow pour get go look sound feel remain stay
    cost help work come start begin continue depend turn prove hurt pay need require""".split())
IMPERSONAL_IT_PARTICIPLES = frozenset(
    """being seeming appearing becoming taking making meaning happening mattering raining snowing pouring
    getting going looking sounding feeling remaining staying costing helping working coming starting
    beginning continuing depending turning proving hurting paying needing requiring""".split())
# Verbs of causing whose object is the subject of the infinitive after it: the
# one who then reports, "The vote prompted Lee to say ...", "led some allies to
# worry that ..." (the forms, as the infinitive's "to" is matched after them)
CAUSATIVE_FORMS = frozenset(
    """prompt prompts prompted prompting lead leads led leading force forces forced forcing
    cause causes caused causing drive drives drove driven driving push pushes pushed pushing
    spur spurs spurred spurring compel compels compelled compelling provoke provokes provoked
    provoking inspire inspires inspired inspiring""".split()
)
# Raising verbs: "Ms. Kelly seemed certain to leave" reports an impression with
# no source; the content is the subject and the complement together.
RAISING_VERBS = frozenset(["seem", "appear"])
# Passives that raise the same way: "X is expected to ...", "X is seen as ...".
PASSIVE_RAISERS = frozenset(
    ["expect", "say", "believe", "think", "consider", "see", "know", "report", "view", "regard", "deem", "treat",
     "understand", "allege"])
# Of those, the ones whose "to" opens the raised clause before any verb ("is believed to live
# abroad"); the others also take a hearer or a place there ("known to police", "reported to
# the board", "said to cheers"), so only "to be" or "to have" marks their raised clause
INFINITIVE_RAISERS = frozenset(["believe", "think", "understand"])
# Passives among them that take a bare complement, a noun or an adjective, as well:
# "The union is considered a moderate one", "Many ballots were deemed invalid".
SMALL_CLAUSE_RAISERS = frozenset(["consider", "deem"])

# Past participles of giving a name: passive before a quoted name they report with no
# source ("what is called a “debate”", "the fund was dubbed “Clear Water”")
NAMING_PARTICIPLES = frozenset("called named dubbed titled entitled nicknamed labeled labelled branded".split())

# Verbs whose first object is the hearer, not the content: "told reporters that".
HEARER_VERBS = frozenset(
    ["tell", "inform", "assure", "remind", "warn", "notify", "brief", "advise", "promise", "convince"]
)

# Verbs of directing that an order takes, with whom it binds and an infinitive: "the court directed
# the Centre to file a reply", "instructed aides not to send it", "commanded the troops to halt"
# (alone they are as often a film's, traffic's or money's: "directed funds to schools";
# `cues._directed_agent_to_act`)
DIRECTING_VERBS = frozenset("direct instruct command".split())

# Participles of judging that are no cue words by their weight, mostly a grip or a store
# ("holding a sign", "holding company"), but a court's finding before a "that" that opens a
# clause: "dismissed the appeal, holding that the notice was valid" (`cues._held_clause`)
FINDING_PARTICIPLES = frozenset(["holding"])

# The forms of "purport", a claim's verb in fact-check copy ("A video purports to show ...", "a photo
# purporting to show ..."), which the tables seldom see, each with the form of "claim" it weighs as
# before "to" (`cues.weight_here`); not "purported", mostly a passive or an aside with no subject
# (", purported to be gathered by ..., appear to be": the impression is the later verb's)
PURPORTING_FORMS = {"purport": "claim", "purports": "claims", "purporting": "claiming"}

# Verbs of judging or finding that a court, a panel or an inquiry closes its finding with, after
# a comma and a short subject, as a verb of saying closes a report: "..., the court held.",
# "..., the tribunal found.", "..., the watchdog decided." (`cues._judging_after_comma`)
RULING_VERBS = frozenset("rule hold find conclude determine decide".split())

# Verbs of what a poll or a study finds, whose content sets one result beside another, after a
# comma and "while", "with" or "and": "found Lee led by four, while Roe trailed"
# (`clauses._result_beside_result`)
FINDING_VERBS = frozenset("find show indicate reveal".split())

# Verbs of feeling and conviction whose object is the one who feels: their
# participle after "be" is the subject's own state, not a passive ("Lee is
# worried about ...", "the crew were convinced that ...", "she is focused on ...")
PSYCH_VERBS = frozenset(
    """worry concern convince persuade surprise shock disappoint please frustrate alarm relieve encourage
    trouble satisfy stun hearten dismay amaze anger upset mystify puzzle annoy irritate outrage offend
    excite thrill delight impress intrigue horrify appall appal disturb perplex baffle confuse sadden
    embarrass interest bother incense enrage infuriate scare terrify frighten focus fixate obsess""".split()
)

# Verbs of feeling whose subject is what stirs it and whose object feels it, in
# the active: "The remark angered many voters" is the voters' anger at the
# remark (the active-voice few of PSYCH_VERBS that annotators mark so, and "unsettle")
STIMULUS_FIRST_VERBS = frozenset(
    """anger enrage incense infuriate outrage alarm unsettle frustrate annoy irritate
    upset worry trouble dismay disturb offend""".split()
)
# ... and those whose feeler follows "with": "The plan resonated with [voters]"
STIMULUS_WITH_VERBS = frozenset(["resonate"])

# Verbs that take "X as Y": "analysts view X as Y", "quoted X as saying".
AS_VERBS = frozenset(["view", "see", "regard", "consider", "describe", "characterize", "portray"])

# Verbs of reporting whose past is spelt as their base ("“...,” read the sign."): a
# past form no "-ed" shows
PAST_AS_BASE = frozenset(["read"])

# Words that are never cue heads, whatever the mined table says: light
# function words that the corpus annotates only inside longer cues.
NOT_CUES = frozenset(
    "s in of for to about on with by at as from is was are were be been it that this "
    "the a an and but or not also".split()
)

# The forms of "be"
BE_FORMS = frozenset("am is are was were be been being".split())

# The verbs that make a cue's tense, mood or voice ("has said", "is saying").
# The finite forms of "be", "have" and "do" and the modals, which open a verb group
# right after a subject ("will close", "was sentenced", "did not")
FINITE_AUXILIARIES = frozenset("is are was were has have had does did will would can could may might must should shall".split())
# ... as a pattern's alternation, with the bare "do" ("the rules do apply"): what tells that a
# verb group has begun right after a word ("the report that claims were false", "even as
# doctors warned", "His call to ban the ferry has split the town")
FINITE_AUXILIARY_ALTERNATION = "|".join(sorted(FINITE_AUXILIARIES | {"do"}))

VERB_AUXILIARIES = frozenset(
    "has have had 's ’s is was were are am be been being will would could can cannot may might should "
    "shall must did does do".split()
)

# Words that may stand between a subject and its cue verb.
AUXILIARIES = VERB_AUXILIARIES | frozenset(
    "also then later previously recently earlier again further "
    "not never already reportedly publicly privately repeatedly once often still just even "
    "purportedly allegedly apparently separately subsequently initially originally "
    "first last yet now only too clearly flatly strongly firmly quickly simply always sometimes ever long soon "
    "afterwards afterward beforehand".split()
)

# Auxiliaries that are names as well ("Theresa May", "Will", "Can"): left to a
# capitalised subject in a title-case headline
NAME_AUXILIARIES = frozenset(["may", "will", "can"])

# Temporal and other adjuncts that stand between a subject and its verb, or
# after the verb, and belong to neither source nor content.
ADJUNCT_HEADS = frozenset(
    "on in over at during last this earlier late early after before since".split()
)
# Adjectives of a region's part, two of which "and" joins before one place: "northern and western Maine"
COMPASS_ADJECTIVES = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern southwestern "
    "north-eastern north-western south-eastern south-western midwestern upstate downstate".split()
)
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
TIME_WORDS = frozenset(DAY_NAMES) | frozenset(MONTH_NAMES) | frozenset(
    """
    weekend week month year
    morning afternoon evening night day today yesterday tonight time weeks months years past
    days hour hours minute minutes decade decades
    """.split()
)

# The media a statement is made in, each the noun after "in a": "said in a statement", "said
# in a video message that ...", "said Lee in an interview with The Planet". The one list the
# patterns of a medium are built from: the cue's extensions below, the medium with its
# modifiers before the clause said in it (clauses.medium_before_clause) and the medium that
# closes an inverted speaker's mention before whom it went to (sources.MEDIUM_TO).
MEDIA = (
    "statement", "interview", "post", "tweet", "letter", "speech", "video", "memo", "email", "e-mail",
    "filing", "release", "note", "message", "address", "op-ed", "column", "essay", "podcast",
    "broadcast", "briefing", "report", "call", "conversation", "circular", "notification",
    "announcement", "update", "sermon", "homily",
    # a weather office's or a health body's and a court's: "said in its forecast", "in a bulletin", "in its order"
    "forecast", "bulletin", "advisory", "order",
    # ... and a court's or a tribunal's decision itself: "said in its ruling", "in a judgment", "in its verdict"
    "ruling", "decision", "judgment", "judgement", "verdict",
    # a government's account of a call or a meeting, and the text of a summit: "said in a readout", "in a communique"
    "readout", "communique", "communiqué",
)
# The platforms a statement is posted or aired on, after "on": "wrote on Telegram", "said on television"
PLATFORMS = (
    "social media", "twitter", "x", "facebook", "instagram", "telegram", "truth social",
    "television", "tv", "the radio",
)
# The words before "account" that make it one held on a platform, which speaks for its holder
# ("her Twitter account posted", "the campaign account"), no telling of events ("an account of the raid")
HELD_ACCOUNT_WORDS = frozenset(
    "twitter x facebook instagram telegram tiktok youtube snapchat linkedin threads email e-mail media campaign".split())
# The media that extend a cue bare, "in a" and the noun alone ("said in a statement",
# "wrote in an op-ed"); the others of MEDIA do only with a modifier (bare, some are as often
# no medium: "in a call for calm", "in a message of hope"). A broker's note and a body's release
# are the documents they name right after a cue: "said in a note", "the board said in a release"
_BARE_EXTENDING_MEDIA = frozenset(
    "statement interview post tweet letter speech video memo email report op-ed filing circular notification announcement "
    "sermon homily forecast bulletin advisory order note release readout communique communiqué "
    "ruling decision judgment judgement verdict".split())
# ... and the modifiers each medium extends a cue with: "in a telephone interview", "in a
# joint statement", "in a regulatory filing"
_MEDIA_MODIFIERS = {
    "interview": ("telephone", "phone", "television", "radio", "recent", "exclusive", "separate", "brief"),
    # (and the platform it went up on before it: "said in a Telegram post", as "in a post on Telegram")
    "post": ("blog", "facebook", "social media", "telegram", "instagram", "linkedin"),
    "release": ("press", "media", "news", "earnings"),
    "announcement": ("stock market", "stock exchange", "stock-exchange", "regulatory"),
    # (a company's, and a health body's regular or latest count: "said in its weekly update",
    # "in its latest situation update")
    "update": ("trading", "weekly", "daily", "monthly", "latest", "situation", "latest situation", "epidemiological"),
    # (a health ministry's or a hospital's: "said in a health bulletin", "in its weekly bulletin")
    "bulletin": ("health", "medical", "daily", "weekly", "latest", "daily health", "evening", "morning"),
    # (a central bank's: "said in its monetary policy statement"; a ministry's "media statement")
    "statement": ("joint", "written", "video", "policy", "monetary policy", "media"),
    "letter": ("pastoral", "open", "joint"),
    "communique": ("joint", "final"),
    "communiqué": ("joint", "final"),
    "message": ("text", "video"),
    "speech": ("victory", "concession", "acceptance"),
    # (and one to a market or its regulator named by its initials: "said in a BSE filing", "in an SEC filing")
    "filing": ("court", "regulatory", "exchange", "stock exchange", "stock-exchange", "securities", "annual", "quarterly",
               "BSE", "NSE", "SEC"),
    # (an inquiry's stages too: "said in a preliminary report", "in its final report"; and a
    # regular one's: "said in its weekly report", "in its monthly report")
    "report": ("annual", "quarterly", "earnings", "research", "preliminary", "interim", "final", "weekly", "monthly",
               "latest", "situation", "latest situation"),
    # (an Indian ministry's "press note")
    "note": ("research", "press"),
    # (a regulator's or a court's stages of a ruling: "said in an interim order", "in its final order")
    "order": ("interim", "final", "ex parte", "ex-parte", "confirmatory", "detailed"),
    "address": ("televised", "video"),
}


# The capitals whose names are said with a vowel first, an initialism's "an": "an SEC filing", "an NSE filing"
_VOWEL_SOUNDED_CAPITALS = frozenset("AEFHILMNORSX")


def _in_a(words: str) -> str:
    initials = words.split()[0].isupper() and len(words.split()[0]) > 1
    vowel = words[0] in _VOWEL_SOUNDED_CAPITALS if initials else words[0] in "aeiou"
    return ("in an " if vowel else "in a ") + words


# The documents whose length in pages may stand before them in a cue's medium: "said in a
# 48-page order", "in its 120-page report" (cues._EXTENSION)
PAGED_MEDIA = ("order", "report", "filing", "statement", "letter", "judgment", "judgement", "memo", "note", "circular")


# The media that extend a cue, bare or with a modifier: "statement", "joint statement"
_EXTENDING_MEDIA = tuple(m for m in MEDIA if m in _BARE_EXTENDING_MEDIA) + tuple(
    f"{modifier} {m}" for m, modifiers in _MEDIA_MODIFIERS.items() for modifier in modifiers)


# The media put up on a platform, and the platforms they go up on: "in a post on X"
_POSTED_MEDIA = ("post", "video", "statement", "message", "video message", "video statement")
_POSTING_PLATFORMS = ("social media", "twitter", "x", "facebook", "instagram", "telegram", "truth social")


# The appearances a guest makes on an outlet, with their modifiers: "appearance", "television appearance"
_GUEST_APPEARANCES = ("appearance", "television appearance", "TV appearance", "radio appearance")


# Platforms and occasions that extend a cue: "wrote on Telegram", "said in a statement",
# "said at a press conference", "wrote in a note to clients"; and a body's own document after
# "its", as after "a": "said in its annual report", "said in its statement" (a company's or an
# agency's publication, the vehicle of its claims; a person's "in his memo" is left out, as
# annotators mostly leave it)
CUE_EXTENSIONS = (
    tuple("on " + p for p in PLATFORMS)
    + tuple(_in_a(m) for m in _EXTENDING_MEDIA)
    + tuple("in its " + m for m in _EXTENDING_MEDIA)
    + ("at a press conference", "at a news conference")
    # ... the one held after a policy, with another, or as a habit: "said at the press conference",
    # "at a joint news conference", "at the post-policy press conference" (the cue's, as gold gives
    # "at a news conference"; but not its weekday, "said | at a Sunday news conference", as gold has it)
    + tuple(f"at {det} {modifier}{kind} conference" for det in ("a", "the", "its")
            for modifier in ("", "joint ", "post-policy ", "separate ", "virtual ", "weekly ", "daily ", "televised ",
                             "regular ")
            for kind in ("press", "news") if (det, modifier) != ("a", ""))
    # a call the words were said on, with whom it was held: "said on a call", "said on an earnings
    # call", "said on the same call", "said on a call with reporters" (as gold gives them whole)
    + tuple(f"on {det} {kind}call{hearers}" for det in ("a", "an", "the", "the same")
            for kind in ("", "conference ", "earnings ", "media ", "press ", "analyst ", "investor ")
            if (det == "an") == (kind[:1] in ("a", "e", "i"))
            for hearers in ("", " with reporters", " with journalists", " with analysts", " with investors"))
    # a broker's note and whom it went to: "wrote in a (research) note to clients"
    + tuple(f"{_in_a(note)} to {hearers}" for note in ("note", "research note", "research report")
            for hearers in ("clients", "investors"))
    # the words themselves, bare in the plural, as the medium: "said in remarks to Kyodo News",
    # "said in comments carried by Xinhua"
    + ("in remarks", "in comments")
    # a guest's appearance the words were said in or during, which opens the outlet it aired on as
    # "in an interview" opens the one it was given to: "said during an appearance on Hardball",
    # "said in an appearance on CNN" (annotators leave "during an interview" out of the cue as often)
    + tuple("during" + _in_a(m)[2:] for m in _GUEST_APPEARANCES) + tuple(_in_a(m) for m in _GUEST_APPEARANCES)
    # a post and the platform it went up on, whole, as gold gives it ("saying in a post on Twitter:"):
    # "said in a post on X", "said in a video message on Facebook"
    + tuple(f"{_in_a(m)} on {p}" for m in _POSTED_MEDIA for p in _POSTING_PLATFORMS)
)

# Languages a statement is made in, after "in": "said in Arabic", "wrote in Hindi on X"; the
# language, as the platform, joins the cue (cues.extend_cue)
LANGUAGES = frozenset("""
    English French German Spanish Portuguese Italian Dutch Greek Polish Czech Hungarian Romanian Serbian
    Croatian Swedish Norwegian Danish Finnish Russian Ukrainian Belarusian Armenian Georgian Azeri
    Azerbaijani Turkish Kurdish Arabic Hebrew Persian Farsi Dari Pashto Urdu Hindi Bengali Bangla Punjabi
    Tamil Telugu Marathi Gujarati Kannada Malayalam Sinhala Nepali Chinese Mandarin Cantonese Japanese
    Korean Vietnamese Thai Burmese Khmer Indonesian Malay Tagalog Filipino Swahili Amharic Somali Hausa
    Yoruba Uzbek Kazakh Tajik Mongolian
""".split())

# Phrasal verbs of criticism and stance, whole, whose head alone reports nothing ("hit",
# "took", "made"): "hit out at the government", "took a dig at the minister".
PHRASAL_CUES = (
    "hit out at", "hits out at", "hitting out at", "hit back at", "hits back at", "hitting back at",
    "lashed out at", "lashes out at", "lashing out at", "lash out at",
    "took aim at", "takes aim at", "taking aim at", "take aim at",
    "took a dig at", "takes a dig at", "taking a dig at", "take a dig at",
    "took a swipe at", "takes a swipe at", "taking a swipe at", "take a swipe at",
    "took potshots at", "takes potshots at", "taking potshots at", "take potshots at",
    "took a potshot at", "takes a potshot at", "taking a potshot at", "take a potshot at",
    "exuded confidence", "exudes confidence", "exuding confidence", "exude confidence",
    "came down heavily on", "comes down heavily on", "coming down heavily on",
    "came down hard on", "comes down hard on", "coming down hard on",
    "poured scorn on", "pours scorn on", "pouring scorn on",
    "doubled down on", "doubles down on", "doubling down on", "double down on",
    "came out against", "comes out against", "coming out against", "come out against",
    # (and spoke out against, whose present a headline writes: "Lee Speaks Out Against Pier Plan")
    "spoke out against", "speaks out against", "speaking out against", "speak out against",
    "sounded off on", "sounds off on", "sounding off on", "sound off on",
    # (a view given: "weighed in on the row"; "weighs new tariffs" considers them, says nothing)
    "weighed in on", "weighs in on", "weighed in with", "weighs in with",
    # and idioms whose head alone reports nothing: "made it clear", "pleaded guilty"
    "made it clear", "makes it clear", "making it clear", "make it clear",
    "made clear", "makes clear", "making clear", "make clear",
    "pleaded guilty", "pleads guilty", "pleading guilty", "plead guilty", "pled guilty",
    # predicative adjectives of a stance, with what they take: "voters are split on whether ...",
    # "the board is divided over the levy", "she is hopeful that ...", "they are skeptical of ..."
    "split on", "split over", "divided on", "divided over", "hopeful that", "hopeful about",
    "skeptical of", "skeptical about", "skeptical that", "sceptical of", "sceptical about", "sceptical that",
    # and a projection's certainty: "Lee is assured of winning at least 40 delegates"
    "assured of",
    # idioms of attack, stance and argument: "took aim at the levy", "made no secret of her
    # doubts", "made the case that ...", "threw her support behind Lee"
    "took aim at", "takes aim at", "taking aim at", "take aim at",
    "made no secret of", "makes no secret of", "making no secret of", "make no secret of",
    "made the case", "makes the case", "making the case", "make the case",
    # and the case pressed, an idea floated: "pressed the case that ...", "floated the idea that ..."
    "pressed the case", "presses the case", "pressing the case", "press the case",
    *(f"{verb} the {idea}" for verb in ("floated", "floats", "floating", "float")
      for idea in ("idea", "notion", "possibility", "prospect")),
    *(f"{verb} {owner} support behind" for verb in ("threw", "throws", "throwing", "throw", "thrown")
      for owner in ("his", "her", "their", "its")),
    "took issue with", "takes issue with", "taking issue with", "take issue with", "taken issue with",
    # a warning of what may come, its object a noun: "warned of a statewide strike"
    "warned of", "warns of", "warned against", "warns against",
    # ... and a headline's present warning "over" a thing ("Watchdog warns over late payments", "Doctors
    # warn over vaping"); the past "warned over" is a headline's passive ("Shoppers warned over fake deals")
    "warns over", "warn over",
    "played down", "plays down", "playing down", "play down",
    "made no mention of", "makes no mention of", "making no mention of", "make no mention of",
    *(f"{verb} {owner} {vote} for" for verb in ("cast", "casts", "casting") for owner in ("his", "her", "their", "its")
      for vote in ("vote", "votes")),
    "made the point", "makes the point", "making the point", "make the point",
    "made no apologies for", "makes no apologies for", "making no apologies for", "make no apologies for",
    "took credit for", "takes credit for", "taking credit for", "take credit for",
    # an attack owned, as credit is taken: "the group claimed responsibility for the bombing"
    "claimed responsibility for", "claims responsibility for", "claiming responsibility for", "claim responsibility for",
    "took a shot at", "took shots at", "took some shots at",
)
PHRASAL_HEADS = frozenset(p.split()[0] for p in PHRASAL_CUES)
# Verbs of striking a ball, which report as verbs of attack ("slammed the plan", "fired a
# warning", "struck a defiant tone") but score with a shot's or a score's noun after them:
# "struck a century", "fired home a penalty", "blasted a hat-trick" (`cues._works_as_cue`)
STRIKING_FORMS = frozenset(
    """
    strike strikes struck striking fire fires fired firing slam slams slammed slamming blast blasts
    blasted blasting smash smashes smashed smashing hammer hammers hammered hammering hit hits hitting
    """.split()
)
# The nouns of what a striker scores or a batter makes, no report's object (not those a policy or
# a court has too: "slammed the party's goals", "blasted the penalty as excessive")
SCORING_NOUNS = frozenset(
    """
    hat-trick hat-tricks brace century centuries half-century half-centuries spot-kick free-kick free-kicks
    header volley equaliser equalizer leveller leveler try tries six sixes boundary boundaries
    ace aces birdie birdies putt
    """.split()
)
# What a match official signals with an arm or a flag, no message in words: "The umpire signalled
# a wide", "the linesman signalled offside", "signalled four" (`cues._works_as_cue`; not a pause,
# a U-turn nor a shift, which a bank or a party signals)
MATCH_SIGNAL_NOUNS = frozenset(
    """
    wide wides no-ball no-balls four six offside bye byes leg-bye leg-byes boundary free-kick spot-kick
    corner foul try touchdown timeout
    """.split()
)
# The nouns of goods bought or made to order, the object of "order" that is no directive ("ordered
# 60,000 copies", "ordered 40 new buses", "ordered a pizza"); "print run" is read with them (`cues.cue_words`)
ORDERED_GOODS = frozenset(
    """
    copies units aircraft planes jets airliners airplanes helicopters ships vessels frigates submarines
    trucks lorries buses trams trains locomotives carriages coaches cars vehicles tanks drones turbines
    pizza pizzas meal meals food drinks coffee coffees beer beers takeaway dessert burgers sandwiches
    tonnes tons barrels doses uniforms parts supplies equipment machines computers laptops phones
    reprint reprints batch batches shipment shipments consignment consignments
    """.split())
# Heads of phrasal cues whose verb alone reports nothing: a deed of the body or of the weather
# ("Rain lashed the state", "He doubled the dose", "She poured water"), or a thought ("The White
# House weighs new tariffs": considers them), where only the phrase reports ("lashed out at",
# "doubled down on", "poured scorn on", "weighed in on"); such a head is a cue only with the word
# after it that its phrases go on with
PHRASE_ONLY_HEADS = frozenset(
    """
    lash lashes lashed lashing double doubles doubled doubling pour pours poured pouring
    exude exudes exuded exuding weigh weighs weighed weighing
    """.split()
)
# the words that go on after each such head in its phrases ("lashed" -> "out")
PHRASE_ONLY_NEXT = {
    head: frozenset(p.split()[1] for p in PHRASAL_CUES if p.split()[0] == head) for head in PHRASE_ONLY_HEADS
}
# Participles that, after a form of "be", name their subject's stance, not a passive
# ("the voters were divided over the levy": the voters are divided, no one divided them;
# "she is assured of winning 40 delegates": her standing, the subject is the source).
STANCE_PARTICIPLES = frozenset(["divided", "assured"])

# Adjectives of certainty, hope and feeling that, after a form of "be", take a "that" clause
# holding what their subject holds true, hopes or feels: "aides are optimistic that Lee will
# win", "she was adamant that the deal stands" (with the participles of PSYCH_VERBS: "they are
# concerned that ...")
STANCE_THAT_ADJECTIVES = frozenset(
    """
    confident optimistic pessimistic hopeful certain sure adamant aware unaware afraid fearful
    positive skeptical sceptical doubtful angry furious upset glad proud sorry
    """.split()
)

# Verbs of replying: with "react", the verbs of answering, whose "to" takes what is answered,
# not the answer ("replying to a question", "reacted to a tweet")
REPLYING_VERBS = frozenset(["reply", "respond"])
ANSWERING_VERBS = REPLYING_VERBS | {"react"}

# A cue's head and the word after it that the cue takes in, by idiom rather
# than by the mined table: "as Lee put it".
CUE_IDIOMS = frozenset({("put", "it"), ("puts", "it"), ("putting", "it")}) | frozenset(
    # a verb of answering takes in its "to", whose object is what was answered ("replied to a letter
    # asking why": the letter asked, and the reply answers it), as the mined "responded to" does (not
    # "replying": "Replying to a question, Lee said ..." fronts what was answered, the report the verb's)
    (form, "to") for form in "reply replies replied".split())
# Verbs of waving a claim away, by their forms, and the particles their cue takes in: "brushed
# aside the criticism", "laughed off the report" (the cue is "brushed aside", the content "the
# criticism", not "aside the criticism")
DISMISSING_PHRASALS = frozenset(
    (form, particle)
    for forms, particles in (
        ("brush brushes brushed brushing", "aside off"),
        ("wave waves waved waving", "aside off away"),
        ("shrug shrugs shrugged shrugging", "aside off"),
        ("laugh laughs laughed laughing", "off"),
        ("sweep sweeps swept sweeping", "aside"),
        ("fend fends fended fending", "off"),
        # a possibility set aside: "ruled out a bid", "has not ruled out that the fire was set"
        ("rule rules ruled ruling", "out"),
    )
    for form in forms.split()
    for particle in particles.split()
)

# Verbs of setting oneself apart, whose cue takes in the reflexive and its "from":
# "distanced himself from the plan" (`cues.extend_cue`)
DISTANCING_VERBS = frozenset("distance dissociate disassociate separate extricate".split())
REFLEXIVE_PRONOUNS = frozenset("himself herself themselves itself myself ourselves yourself yourselves".split())

# Phrasal verbs of saying, by lemma and particle: a cue wherever the particle
# follows the head, which alone is mostly a noun ("the points"), and one that
# reports in an as-clause as "note" does: "as Lee points out, ..." (not "as Lee
# pointed, ..."), `cues.saying_phrasal`
SAYING_PHRASALS = frozenset({("point", "out")})

# Discourse parentheticals: ", on the other hand," between a subject and its verb.
PARENTHETICALS = (
    "on the other hand", "however", "meanwhile", "for his part", "for her part",
    "for their part", "for its part", "in turn", "too", "though", "in contrast",
    "by contrast", "in response", "for example", "for instance", "in fact", "of course",
    "in other words", "likewise", "similarly", "instead", "in the meantime",
    "once again", "again",
)

# Words that end a subject when met walking left from a cue.
CLAUSE_BOUNDARIES = frozenset(
    "that which while when whereas because as if after before since although though "
    "unless until so but or where whether than how what why once nor yet and then".split()
)

# Verbs that link a subject to an adjective that reports ("remain confident", "stayed wary of"),
# as "is" and "was" do: the cue's, no part of the subject
LINKING_VERBS = frozenset("remain remains remained stay stays stayed".split())

# Pronouns that stand for a source, by kind.
PRONOUNS = {
    "he": "person", "she": "person", "i": "person",
    "they": "group", "we": "group", "you": "unnamed", "it": "organization",
}
# Possessive determiners, which stand as a report noun's source ("his claim that ..."), by
# the pronoun of the one they stand for
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they", "my": "i", "our": "we", "your": "you"}
# Relative pronouns that stand as a source ("Lee, who said ..."), by kind: the
# kind of what they stand for when that is not found ("who" a person, not the
# World Health Organization, which only the capitals "WHO" name).
RELATIVE_PRONOUNS = {"who": "person", "whom": "person", "which": "organization"}
OBJECT_PRONOUNS = frozenset("me him her us them you it".split())
# An object pronoun that stands as a source ("according to them", "as per him") stands for whom
# its subject pronoun would ("her" is read as a possessive: ``POSSESSIVE_PRONOUNS``)
OBJECT_AS_SUBJECT = {"him": "he", "them": "they", "us": "we", "me": "i"}
# Pronouns that stand as a clause's subject and name a speaker ("she said").
SUBJECT_PRONOUNS = frozenset("i he she we they".split())

# Words that open a subordinate clause ("when she spoke", "although he denied it").
SUBORDINATORS = frozenset(
    "when while as after before if although though because since once until whereas unless".split()
)

# Sentence adverbs and connectives that open a clause and are no part of a subject.
SENTENCE_ADVERBS = frozenset(
    "and but so yet still meanwhile moreover however furthermore additionally also separately earlier later "
    "instead indeed similarly likewise nonetheless nevertheless then now today yesterday finally first".split()
)

# Verbs that open a sentence as a bidding to the reader ("Check out the website", "See the
# report", "Watch the video", "Click here", "Send your CV with a letter telling us ..."): no one
# who speaks, but the clause's own verb.
READER_IMPERATIVES = frozenset(
    "check see read watch click visit listen look find follow view send email call phone ring write contact apply tap "
    "choose select download register".split())
# ... of which those that are no nouns for one who speaks, nor nouns at all, so that alone they name
# no speaker ("Send your CV with a letter telling us why"; but "Check" or "Read" may head a
# sentence whose speaker stands further on, or be a surname)
BIDDING_ONLY_IMPERATIVES = frozenset("send click apply tap choose select download register".split())

# Words in "-ly" that are no adverbs: "the family said", "an ally", "a weekly".
LY_NOUNS = frozenset(
    "ally family assembly rally italy july weekly monthly daily quarterly elderly supply reply "
    "anomaly monopoly homily belly bully fly folly holly jelly lily sly tally".split()
)
# Words of how often something comes out, in "-ly", that modify a noun after them as adjectives
# do ("a weekly newspaper", "the monthly bulletin") but head a mention alone ("the weekly said").
FREQUENCY_LY_WORDS = frozenset("hourly nightly daily weekly biweekly fortnightly monthly bimonthly quarterly yearly".split())


def ly_adverb(word: str) -> bool:
    """Whether a word is a lower-case adverb in "-ly" ("clearly", "simply";
    not "family", "Kelly" nor "fly")."""
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in LY_NOUNS


# Labels that open paragraphs of the page, not a speaker's turn: "Also Read: ...",
# "Update: ...", "Photo: ..." (lower case; a transcript's speakers are the other labels).
PAGE_LABELS = frozenset([
    "also read", "read more", "read", "also watch", "watch", "see also", "related", "update", "updates",
    "note", "editor's note", "correction", "clarification", "photo", "photos", "video", "listen",
    "source", "sources", "advertisement", "credit", "transcript",
    # the labels of fact-checks and explainers: "Claim: ...", "Verdict: False", "Key points"
    "claim", "the claim", "fact", "facts", "the facts", "verdict", "our verdict", "ruling", "our ruling",
    "rating", "our rating", "conclusion", "context", "background", "timeline", "key points", "summary",
    "bottom line", "the bottom line", "what we found", "reality check",
    # the turns of a transcript that name no speaker: "QUESTION: Are there overruns?", "Answer: ..."
    "question", "answer",
    # a scraped page's stamps, bylines, captions and notices: "Updated: March 3, 2026", "Published
    # By: Ann Rao", "Image source: Reuters", "Disclaimer: ..."
    "updated", "last updated", "published", "published on", "published by", "first published", "story first published",
    "posted", "posted on", "posted by", "last modified", "written by", "edited by", "image", "image source", "image caption",
    "photograph", "picture", "disclaimer", "key highlights", "highlights",
    # the heads of a page's section of readers' comments, over the comments: "Reader comments:",
    # "Comments posted:", "What readers said:"
    "comments", "comment", "reader comments", "readers' comments", "user comments", "your comments", "top comments",
    "comments posted", "reader reaction", "readers react", "what readers said", "what you said",
    # the fields of a listing, an advert, a recipe, a review or a forecast, each over its value, no
    # speaker's turn: "Salary: £40,000", "Pros: Light, cheap", "Serves: 4", "Tonight: Showers ..."
    "pros", "cons", "price", "guide price", "asking price", "location", "salary", "contract", "closing date",
    "start date", "hours", "venue", "tickets", "admission", "entry", "address", "ingredients", "method",
    "serves", "prep time", "cook time", "cooking time", "tip", "tips", "cast", "running time", "specs",
    "today", "tonight", "tomorrow", "overnight", "outlook", "this morning", "this afternoon", "this evening",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "pollen", "uv index", "sunrise", "sunset", "temperature", "temperatures", "humidity",
    # the section labels of a brief in the house style of US digital newsrooms, each over the
    # paragraph or the bullets it opens: "Why it matters: ...", "What they're saying: ...", "Yes,
    # but: ...", "The News", "Room for Disagreement"
    "why it matters", "driving the news", "what they're saying", "what they are saying", "the other side",
    "between the lines", "zoom in", "zoom out", "the big picture", "big picture", "flashback", "yes, but", "yes, and",
    "what's next", "what to watch", "what to watch for", "what we're watching", "state of play", "the state of play",
    "by the numbers", "our thought bubble", "thought bubble", "go deeper", "catch up quick", "the latest", "be smart",
    "the intrigue", "behind the scenes", "the backstory", "backstory", "follow the money", "worth noting", "of note",
    "for the record", "key quote", "the key quote", "what happened", "where it stands", "friction point", "scoop",
    "exclusive", "the flip side", "the flipside", "threat level", "case in point", "what we're hearing", "how it works",
    "why now", "the fine print", "the stakes", "what's happening", "what's inside", "the details", "details",
    "situational awareness", "stunning stat", "the news", "know more", "room for disagreement", "step back",
    "the backdrop", "the catch", "what we know", "what we don't know", "the response", "the reaction",
])


# how far a colon after a label of the page stands from where its words open at most: the longest
# label, and room for the spaces around it
PAGE_LABEL_CHARS = max(map(len, PAGE_LABELS)) + 4


def page_label(label: str) -> bool:
    """Whether a label (its words, no colon) is one of the page's (``PAGE_LABELS``), whatever its
    case and apostrophe: "Also Read", "Readers’ comments"."""
    return label.lower().replace("’", "'") in PAGE_LABELS


# The stage directions a transcript sets in brackets at the start of a turn, no words of the
# speaker's: "[Crosstalk]", "(Laughs)", "(inaudible)" (lower case)
STAGE_DIRECTIONS = frozenset(
    "laughs laughter laughing chuckles sighs applause cheers crosstalk inaudible unintelligible pause "
    "cross-talk interrupting interrupts".split())


# Participles of an outlet that carried words given in a medium, before "by" and the outlet ("in a
# statement carried by WAM", "in remarks quoted by Yonhap", "in comments reported by Reuters"), and
# before "on" or "in" and the channel or paper ("in remarks broadcast on state television", "in
# comments published in the Straits Times")
CARRIED_BY = ("carried", "published", "broadcast", "aired", "relayed", "quoted", "cited", "reported", "translated")
# the participles of an outlet that got hold of a text and read it: "a memo seen by The Planet",
# "documents accessed by The Planet"
READ_BY = ("seen", "obtained", "reviewed", "viewed", "accessed", "examined")
CARRIED_ON = ("carried", "published", "broadcast", "aired", "televised", "shown", "printed")
# Lower-case nouns of a medium that follow an outlet's name: "People magazine", "Mint newspaper"
OUTLET_MEDIUM_NOUNS = frozenset("magazine newspaper tabloid daily weekly channel broadcaster website".split())
# Nouns that name news outlets generically ("the outlet", "the paper"; "the portal", a website, as
# "the news portal", "the property portal" are).
# The nouns of a product or a service online that speaks for the business that runs it: "The
# app said in a notice", "the messaging app said", "the platform said it had removed the posts",
# "the chatbot told users" (a party's or a candidate's platform is its text: `kinds._product_kind`).
PRODUCT_NOUNS = frozenset("app chatbot platform".split())
# The small words a person's surname of several may hold, each a word of its own: "von der Leyen",
# "van den Berg", "de la Cruz", "Luiz Inacio Lula da Silva", "Mohammed bin Salman", the Welsh "ap
# Iorwerth" (some are glued to the capital after them too: "deGrom", `kinds._LOWER_SURNAME_PARTICLES`)
SURNAME_PARTICLES = frozenset("van von der den de del della di da das dos du la le al el bin ibn ter ten ap ab".split())
# The small words of other tongues that join the words of an outlet's name: "Bild am Sonntag",
# "Corriere della Sera", "Le Journal du Dimanche", "Folha de S.Paulo" (another class than a
# surname's particles, `SURNAME_PARTICLES`, though they share words: a preposition with its article
# joins a name of a title, "am", "im", "dello", "des"; "bin", "ap", "ter" join no outlet's)
OUTLET_NAME_JOINERS = frozenset("am im de del della dello di du des da do dos van von der la le".split())
OUTLET_NOUNS = frozenset(
    "outlet newspaper paper network channel broadcaster publication agency magazine "
    "website site portal daily weekly tabloid station journal".split()
)
# Last words of outlet names.
OUTLET_NAME_ENDS = frozenset(
    """
    times post journal news standard express herald tribune guardian telegraph gazette
    magazine newsweek reuters press review chronicle observer mail mirror independent
    economist atlantic politico axios bloomberg cnn msnbc nbc abc cbs fox bbc npr pbs
    breitbart huffpost huffington firstpost hindu wire today insider beast intercept
    vox slate examiner monitor week dispatch sun inquirer register
    ledger weekly courier bulletin globe star sports sport radio tv television
    echo advertiser argus recorder sentinel messenger
    daily shimbun zeitung ilbo nippo novosti gazeta gazzetta presse nyheter telegraaf globo patrika samachar
    pravda
    """.split()
)
# Ends of outlets' names that are as often things, awards or bodies of their own ("Lone Star",
# "Golden Globe", "Human Rights Monitor", "Fashion Week"), and the words before such an end that
# make it one: no outlet, unless the table knows the whole name ("Morning Star", "Toronto Star",
# "the Boston Globe", "Business Insider" stay papers)
GENERIC_OUTLET_ENDS = frozenset("star globe monitor sun week echo insider wire messenger".split())
THING_BEFORE_OUTLET_END = frozenset(
    """
    lone red golden gold silver black white blue green yellow pink purple bright dark rising shooting
    north polar rock death michelin midnight snow barbed live
    rights election ceasefire human price market heart baby fashion holy climate design tech
    """.split()
)
# (the last ones are other tongues' words for a newspaper, a daily, news, a gazette, the press,
# a telegraph, a globe or truth: "Asahi Shimbun", "Frankfurter Allgemeine Zeitung", "Chosun Ilbo", "RIA
# Novosti", "Agence France-Presse", "Dagens Nyheter", "De Telegraaf", "TV Globo", "Anandabazar
# Patrika", "Hindusthan Samachar", "Komsomolskaya Pravda")
# First words of papers' names ("Daily", Hindi's "Dainik": daily, Polish "Gazeta": gazette) that
# make the name a paper's with no end of the list above ("Daily Maverick", "Dainik Bhaskar",
# "Gazeta Wyborcza"), and the days
# and times of day that make one after a country's possessive ("Britain's Sunday Times"; not
# "Britain's Royal Mail")
OUTLET_NAME_OPENERS = frozenset("daily dainik gazeta".split())
OUTLET_EDITION_OPENERS = OUTLET_NAME_OPENERS | frozenset("sunday saturday evening morning weekly".split())
# Outlets by one word of their names, and papers by their initials as wire and Indian copy name
# them when told ("told TOI", "told HT", "told the WSJ"); and states' news agencies by their
# initials ("SPA" the Saudi Press Agency, "BNA" Bahrain's, "ONA" Oman's, "MENA" Egypt's, "NNA"
# Lebanon's National News Agency; "APP" the Associated Press of Pakistan; "PTV" Pakistan Television); and
# Europe's public broadcasters, papers and agencies by the one word or the initials their copy names
# them by, and the British nations' ("told WalesOnline", "told STV", "UTV reported", "in an
# interview with S4C"; "told DW", "told public broadcaster ZDF", "Dutch broadcaster NOS", "according to Ukrainian
# agency UNIAN", "Polish news agency PAP", "RIA reported"); the former Soviet states' agencies,
# sites and channels by theirs ("Kazinform reported", "told Eurasianet", "Mediazona said"); and the
# Middle East's papers, sites, broadcasters and agencies by a word of their names no person goes by
# ("Ynet", "Israel Hayom", "Asharq Al-Awsat", "Al-Mayadeen", "Rudaw", "Kayhan", "Cumhuriyet"; the
# Palestinian agency WAFA and Syria's SANA, Iran's Fars)
OUTLET_NAMES = frozenset(
    """
    newsweek reuters ap afp bloomberg cnn msnbc nbc abc cbs bbc npr pbs politico axios
    breitbart huffpost firstpost ani pti ians xinhua tass yonhap kyodo ndtv wion itv
    lbc cnbc espn rte talksport mailonline ft efe dpa semafor theprint news18 jazeera
    haaretz arabiya ahram anadolu bernama jagran repubblica figaro
    nhk nikkei yomiuri mainichi caixin interfax kommersant izvestia vedomosti sputnik ansa rté
    hurriyet hürriyet hankyoreh kathimerini ekathimerini aftenposten manorama eenadu lokmat ujala thisday
    tmz pinkvilla filmfare
    techcrunch engadget gizmodo cnet zdnet 9to5mac macrumors moneycontrol inc42 yourstory medianama entrackr
    politifact snopes factcheck
    toi ht nyt wsj wapo scmp
    irna isna kcna wam tasnim irib qna kuna ukrinform trt spa bna ona mena nna ptv app
    rnz tvnz newshub afr
    rappler vnexpress malaysiakini philstar benarnews
    ctv
    cgtn rthk tvb kbs mbc sbs ytn
    dazn hotstar jiohotstar jiocinema sonyliv fancode viaplay
    dw zdf ard nos rtl orf srf rtbf vrt yle svt nrk rtve rfi tf1 bfmtv lci franceinfo euronews euractiv
    spiegel bild faz handelsblatt mediapart tvn24 tvp unian suspilne hromadske meduza
    rfe/rl eurasianet kazinform tengrinews akipress azertag armenpress interpressnews belta mediazona fontanka dozhd verstka nexta
    lusa belga agerpres tanjug ctk pap ria libération tagesspiegel nzz lrt err rai
    ynet ynetnews maariv hayom ahronoth i24news awsat akhbar mayadeen masirah rudaw kurdistan24 sumaria
    kayhan fars wafa sana cumhuriyet sözcü sozcu
    walesonline stv utv s4c
    """.split()
)
# The outlets of OUTLET_NAMES that are news agencies, which "the agency" may stand for (not a
# broadcaster or a paper: "patients told the BBC ... The agency said" is no BBC's); and the words
# that make an outlet's name an agency's ("the Associated Press", "Agence France-Presse", "the
# Press Trust of India", "Yonhap News Agency")
# The initials of OUTLET_NAMES that are words or names as well ("the spa", "Mena Suvari", "the app",
# "pap", "Ria", "nos.", "err", Italy's broadcaster "RAI" and the surname "Rai", the given names
# "Wafa" and "Sana"): an outlet only as
# written in capitals ("SPA reported", "MENA said", "APP reported")
OUTLET_INITIALS_IN_CAPITALS = frozenset("spa ona mena app pap ria nos err rai wafa sana".split())
# The initials of OUTLET_NAMES that a party goes by too, written with "the" where the agency goes
# bare ("PTI reported", "told PTI"): "the PTI" is Pakistan's party, an organization
OUTLET_INITIALS_PARTY_WITH_THE = frozenset(["pti"])
NEWS_AGENCY_NAMES = frozenset(
    """
    reuters ap afp ani pti ians uni upi xinhua tass yonhap kyodo efe dpa ansa anadolu bernama interfax sputnik
    irna isna kcna wam tasnim qna kuna ukrinform pa aap spa bna ona mena nna app
    unian lusa belga agerpres tanjug ctk pap ria kazinform akipress azertag armenpress interpressnews belta
    wafa sana fars
    """.split()
)
NEWS_AGENCY_NAME_WORDS = frozenset("agency agence press presse wire".split())
# The words for a news agency in other tongues, which make a name of two words in capitals an
# agency's ("Agência Brasil", "Agencia Andina", "Agenzia Nova", "Nachrichtenagentur dpa"), unless
# the other word is one of a state's body ("Agencia Tributaria", "Agência Nacional"):
# `kinds._agency_in_its_tongue`
AGENCY_WORDS_OF_OTHER_TONGUES = frozenset("agência agencia agenzia agencja agenția agentia nachrichtenagentur".split())
STATE_AGENCY_WORDS_OF_OTHER_TONGUES = frozenset("nacional nazionale federal estatal tributaria espacial".split())
# The head nouns of a body's name in other tongues, which open the name ("Ministerio de
# Hacienda", "Tribunal Supremo", "Banco de España", "Conseil d'État"), and the kind they make it:
# a ministry, a court, a state's office or force or a council of the state is the state's (as
# "the Ministry of Health", "the Supreme Court"); a bank, an institute, a university, a union or
# a foundation is a body (`kinds._body_in_its_tongue`). A word a German name of the state's opens
# with stands for them all ("Bundesamt", "Bundeskartellamt", "Bundesministerium"; not "Bundesliga").
BODY_HEADS_OF_OTHER_TONGUES = {
    **dict.fromkeys(
        """
        ministerio ministério ministère ministero ministerium ministerstvo ministerstwo ministerul
        tribunal tribunale tribunali cour corte gericht gerichtshof
        procuraduría procuradoria fiscalía procura parquet staatsanwaltschaft
        secretaría secretaria secrétariat policía polícia polizia gendarmerie carabinieri guardia
        ayuntamiento prefeitura préfecture prefettura generalitat comisión comissão commissione
        agencia agência agenzia autoridad autoridade autorità autorité dirección direção direction
        consejo conselho consiglio conseil
        """.split(), "government"),
    **dict.fromkeys(
        """
        banco banca banque instituto istituto institut universidad universidade università université universität
        fundación fundação fondazione fondation stiftung asociación associação associazione sindicato sindacato
        confederación confederação confederazione federación federação federazione comité comitato
        """.split(), "organization"),
}
# words of news in other tongues, which make such a name a house of news's ("Agencia Mexicana de Noticias")
NEWS_WORDS_OF_OTHER_TONGUES = frozenset("noticias notícias notizie nachrichten nouvelles informations prensa imprensa stampa presse".split())
# the German opening of the state's bodies' names, and the words it opens that are no state's
BODY_HEAD_OF_THE_FEDERATION = "bundes"
NOT_BODIES_OF_THE_FEDERATION = frozenset("bundesliga bundesbank".split())
# Words of broadcasters' names ("the BBC", "ITV", "Sky News", "Channel 4", "GB News", "Blu
# Radio") or of an aside that says one ("Zeta, a radio station"), which "the paper" or "the
# newspaper" does not stand for: "She told The Times ... ITV said ... She told the paper" is The
# Times's
BROADCASTER_NAME_WORDS = frozenset(
    """
    bbc itv cnn nbc abc cbs msnbc npr pbs lbc cnbc ndtv wion espn rte rté sky fox channel jazeera gb
    c-span cbc rtl tvnz rnz newshub talksport dazn hotstar jiohotstar jiocinema sonyliv
    i24news mayadeen masirah rudaw kurdistan24 sumaria
    radio tv television broadcaster station
    """.split()
)
# Nouns of a broadcaster, which no paper is: "the broadcaster", "the station", "the channel"
# stand for no outlet whose name or aside says it prints ("El Tiempo, a newspaper", "The Times")
BROADCAST_OUTLET_NOUNS = frozenset("broadcaster station channel network".split())
# The last words of printed papers' names, which no broadcaster's name ends in: "The Times",
# "the Post", "the Herald"
PRINT_NAME_ENDS = frozenset("times post journal herald tribune telegraph gazette chronicle mail mirror courier examiner".split())
# Nouns of the printed press, which no broadcaster is: "the paper", "the tabloid"
PRINT_OUTLET_NOUNS = frozenset("paper newspaper tabloid daily weekly".split())
# Other tongues' articles, capitalised, that open papers' names ("Le Parisien", "Die Welt", "El
# Universal", "Il Messaggero"); no English given name ("Al" is one: "Al Gore"), nor the plurals
# that open American cities' names ("Los Angeles", "Las Vegas"); some open surnames ("Le Pen"),
# which `resolve` tells by the text
FOREIGN_ARTICLES = frozenset("Le La Les El Il Der Die Das".split())
# The Arabic article as it is joined by a hyphen to a surname, in small letters, in the spellings
# that take the sound of the letter after it: "Mohammed Shia al-Sudani", "Abdel Fattah el-Sisi",
# "Moqtada as-Sadr", "Ahmed ash-Sharaa", "Ayman az-Zawahiri", "Salah ed-Din" (`kinds.ARTICLE_NAME`
# and coreference read a surname after one as the same surname alone: "Sudani" for "al-Sudani")
ARABIC_ARTICLES = ("al", "el", "ad", "an", "ar", "as", "ash", "az", "ed", "es")
# nouns of fame, which name a performer by the standing the work won, no ending of a trade's:
# "pop star Lena Vos ... the star said", "Model Gia Moretti ... The model wrote"
FAME_NOUNS = frozenset("star superstar megastar starlet model supermodel icon diva heartthrob".split())
# Outlets that write their names in lower case, read where a name in capitals stands: "told
# dpa" (the German agency), "told the i" (the British paper, after its article only)
OUTLET_LOWER_CASE_NAMES = frozenset(["dpa", "i"])
# Outlets whose bare name is another body's after an article ("the PA said": the Palestinian
# Authority) or alone ("AAP said": India's Aam Aadmi Party, as often as Australian Associated Press):
# the bare name is the agency only where an outlet's frame holds it ("PA understands", "PA has
# learned", "told PA", "told AAP"); so Canada's public broadcaster, whose initials are the
# Congressional Black Caucus's in American copy ("told CBC", "CBC has learned"; not "The CBC made
# that argument")
OUTLET_BARE_NAMES = frozenset(["pa", "aap", "cbc", "cna"])
# Of those, the ones whose other body takes "the" before its initials ("the PA", the Palestinian
# Authority; "the CBC", the Congressional Black Caucus): written bare after "according to" they
# name the outlet, as after "told" ("according to CBC", "according to PA"); not "AAP", whose
# party goes bare as often ("according to AAP" may be the party's word)
OUTLET_BARE_NAMES_OTHER_WITH_THE = frozenset(["pa", "cbc"])
# Outlets whose name is a word that, bare, names another body: an outlet only after its article,
# the name capitalised ("told The National", "The National reported": Scotland's paper and the
# Gulf's; bare, "National said" is New Zealand's party)
OUTLET_NAMES_WITH_THE = frozenset(["national"])
# Long-running news and talk programmes of television and radio by their titles alone, which a
# guest is "told" or speaks "on" as an outlet ("told Hardball", "said on Newsnight"): titles that
# read as a person's name ("Morning Joe") or as no name at all ("Hardball", "Dateline") else; no
# title that is as often a phrase of its own ("The View", "State of the Union", "Question Time").
# After the outlet that airs it the title is still the programme's ("BBC Newsnight", "the BBC's
# Panorama", "PBS NewsHour"), and a day that ends a title is the title's ("Fox News Sunday").
BROADCAST_TITLES = frozenset([
    # (American)
    "meet the press", "face the nation", "hardball", "morning joe", "nightline", "frontline", "dateline",
    "the o'reilly factor", "the kelly file", "the situation room", "anderson cooper 360", "erin burnett outfront",
    "squawk box", "mad money", "fox & friends", "fox and friends", "morning edition", "all things considered",
    "weekend edition", "fresh air", "democracy now!", "newshour", "good morning america", "last week tonight",
    "the ingraham angle", "fox news sunday", "weekend edition saturday", "weekend edition sunday",
    # (British, Indian and Australian)
    "newsnight", "panorama", "hardtalk", "the world at one", "woman's hour", "desert island discs", "good morning britain",
    "the big fight", "aap ki adalat", "politics wales", "sunday politics",
    # (and British daytime shows whose titles read as a phrase's words: "said on Loose Women")
    "loose women", "the one show", "this morning", "seedhi baat", "four corners", "lateline", "a current affair",
])
# Names of outlets that are common words or other bodies' names when the mention holds more
# ("Metro said" is the paper, "the Royal Mint" no outlet, "The Hill" but not "Capitol Hill"), or that hold several words: they
# name an outlet as the whole mention only ("told Mint", "the Mail on Sunday", "Aaj Tak").
OUTLET_WHOLE_NAMES = frozenset([
    "metro", "mint", "scroll", "hill", "new republic", "al jazeera", "aaj tak", "mail on sunday", "sun on sunday", "independent on sunday",
    "scotland on sunday", "wales on sunday", "hello!", "yahoo!", "ok!",
    # papers and agencies abroad, named in their own tongue ("Le" or "Der" before a name is no
    # paper's alone: "Le Pen", "Le Maire" are people; `resolve` reads such a name in its text)
    "le monde", "der spiegel", "el pais", "el país", "el mundo", "die zeit", "die welt", "la stampa",
    "corriere della sera", "prothom alo", "antara", "dawn", "scotsman", "press trust of india",
    "folha", "folha de s.paulo", "o globo", "il sole 24 ore", "de volkskrant", "de standaard",
    "the quint", "quint", "times now", "france 24",
    # Australian and New Zealand papers and sites whose names are common words or a people's
    # ("told The Age", "told Stuff", "The West Australian reported") or hold several
    "age", "stuff", "west australian", "crikey", "radio new zealand", "newstalk zb",
    # state papers quoted in war copy, whose names read as a title's ("the Duke of Edinburgh")
    "global new light of myanmar",
    # Britain's news agency by its older name, whose words name a body of journalists as often
    "press association",
    # the trade and gossip press of film, music and celebrity news, whose names are common words
    # ("Variety reported", "told Deadline") or hold several ("Page Six", "E! News")
    "variety", "deadline", "page six", "e! news", "e! online", "hollywood reporter", "entertainment tonight",
    "access hollywood", "entertainment weekly", "vanity fair", "bollywood hungama",
    # and of fashion and lifestyle, whose names are common words or a name too ("told Vogue",
    # "Tatler reported", "in an interview with Harper's Bazaar")
    "vogue", "british vogue", "tatler", "grazia", "elle", "harper's bazaar", "glamour", "cosmopolitan",
    "marie claire", "us weekly", "radio times", "digital spy",
    # and of music, books and the arts ("Rolling Stone reported", "told Pitchfork", "The NME
    # described the record as ...", "the review in The New Yorker")
    "rolling stone", "billboard", "pitchfork", "nme", "new yorker", "gramophone", "screen daily",
    # fact-checkers' desks and sites, whose names are common words ("Full Fact said")
    "full fact", "alt news", "boom live",
    # Britain's weeklies, political sites and broadcasters whose names read as common words or a
    # person's, or hold several ("Writing in the Spectator", "told the New Statesman", "Writing for
    # ConservativeHome", "told TalkTV", "Private Eye reported")
    "spectator", "new statesman", "conservativehome", "labourlist", "politicshome", "unherd", "private eye",
    "city am", "city a.m.", "talktv", "talkradio", "new european", "opendemocracy", "byline times",
    "press gazette", "times literary supplement", "london review of books",
    # and Britain's trade papers, named by their trade ("The Bookseller reported", "told the Grocer",
    # "according to Nursing Times")
    "bookseller", "grocer", "nursing times", "church times", "health service journal", "retail week",
    "farmers weekly", "estates gazette",
    # and of sport, whose names are common words or a name too ("according to The Athletic",
    # "told Marca", "Wisden reported"; a club named with it stays one: "Oldham Athletic")
    "athletic", "marca", "l'equipe", "l'équipe", "gazzetta dello sport", "la gazzetta dello sport",
    "sports illustrated", "bleacher report", "autosport", "wisden", "cricbuzz", "espncricinfo",
    "fox league", "fox footy", "triple m", "3aw", "bt sport", "tnt sports",
    # and the streaming services that air matches and fights, a player "speaking to" one after
    # it as to a channel ("told Amazon Prime", "speaking to Prime Video"; the firm alone stays
    # one: "Amazon said")
    "amazon prime", "amazon prime video", "prime video", "sony liv", "stan sport", "kayo sports",
    # and of technology, whose names are common words or hold several ("told The Verge", "Wired
    # reported", "according to Ars Technica")
    "verge", "wired", "ars technica", "tom's hardware", "rest of world",
    # papers whose names hold an "and" ("told The Globe and Mail", "the Mail and Guardian"), and
    # Canada's and Ireland's papers and broadcasters whose names read as other words ("told Le
    # Devoir", "in an interview with Radio-Canada", "told Newstalk")
    "globe and mail", "mail and guardian", "post and courier", "le devoir", "la presse", "le soleil",
    "radio-canada", "ici radio-canada", "newstalk", "hill times",
    # East Asian papers and services whose names end in no word of a paper's ("told Focus Taiwan",
    # "Ming Pao reported", "according to the Sankei")
    "focus taiwan", "people's daily", "people’s daily", "ming pao", "sing tao", "ta kung pao", "wen wei po", "sankei", "hk01",
    # Europe's papers, broadcasters and sites whose names read as other words or hold several
    # ("told Deutsche Welle", "Balkan Insight reported", "told Bild am Sonntag", "in an interview
    # with Le Parisien", "according to Ukrainska Pravda")
    "deutsche welle", "balkan insight", "bild am sonntag", "welt am sonntag",
    "frankfurter allgemeine", "le parisien", "les echos", "le journal du dimanche", "ouest-france",
    "la vanguardia", "el confidencial", "il fatto quotidiano", "rzeczpospolita", "ukrainska pravda",
    "european pravda", "novaya gazeta", "kyiv independent", "notes from poland", "magyar nemzet", "france inter", "france 2",
    "france 3", "france télévisions", "sky tg24",
    # the British nations' papers whose names read as other words or hold an "and" ("told the
    # News Letter", "the Press and Journal reported", "told the Impartial Reporter", "The Ferret
    # revealed")
    "news letter", "press and journal", "impartial reporter", "ferret",
    # and Russian-language services whose names read as other words ("Current Time reported")
    "current time",
]) | BROADCAST_TITLES
# the words of outlets' names that a "!" ends ("Hello!", "E! News"), without it: the mark is
# the name's, no sentence's end nor a walk's stop
MARKED_NAME_WORDS = frozenset(w[:-1] for n in OUTLET_WHOLE_NAMES for w in n.split() if w.endswith("!"))
# ... and the names a "?" ends, of a publisher or body named by its question ("Which?", the British
# consumer group and its magazines: "Which? Money said ...")
QUESTION_MARKED_NAME_WORDS = frozenset(["which"])

# What an outlet airs or runs under a name of its own: "BBC Radio 4's Today programme".
OUTLET_PROGRAMME_NOUNS = frozenset("programme program show podcast broadcast bulletin newscast".split())
# Nouns a name in quotation marks and title case stands before as a title, no words spoken: "the
# “Rising Star” award", "CNBC's “Squawk Box” program", "the “Remain” campaign"
TITLED_NOUNS = OUTLET_PROGRAMME_NOUNS | frozenset(
    "award awards prize medal trophy campaign initiative festival series album song film movie book novel "
    "exhibition tour franchise brand".split())
# The small words title case leaves in lower case: the articles, the coordinating conjunctions and
# the short prepositions ("Guardians of the Galaxy", "Ferry Fares to Rise as Port Cuts Jobs").
TITLE_SMALL_WORDS = frozenset(
    "a an the and or but nor of to in on at by for with from into as vs via up off per".split())
# A quoted title of a work may also leave its linking verb in lower case ("“Orange is the New
# Black”"), as a headline's title case, which capitalises every verb, does not.
QUOTED_TITLE_SMALL_WORDS = TITLE_SMALL_WORDS | frozenset(["is", "are"])
# Words that name a service of an outlet after its name: "BBC Radio 4", "CNN International", and
# its fact-check desk: "AFP Fact Check", "Reuters Fact Check", "BBC Reality Check", "BBC Verify".
OUTLET_SERVICE_WORDS = frozenset(
    "radio news one two three four five world service breakfast tv television online international "
    "america live sport sports digital business asia africa europe fact check reality verify "
    # (and a British nation's service, in English or in its own tongue: "BBC Northern Ireland",
    # "BBC Alba", "ITV Cymru Wales")
    "northern ireland cymru alba".split()
)
# Countries and regions an outlet names its edition or regional service for, after its name:
# "Sky News Australia", "BBC Scotland", "Al Jazeera Balkans".
OUTLET_EDITION_PLACES = frozenset(
    """
    australia arabia ireland scotland wales england britain uk india canada pakistan nigeria kenya
    africa asia europe america latina americas balkans singapore malaysia philippines germany
    france deutschland espana japan korea china gulf caribbean
    """.split()
)

# Governments, their seats and their organs.
GOVERNMENT_WORDS = frozenset(
    """
    government govt administration kremlin pentagon ministry state department white house
    parliament congress senate assembly cabinet embassy presidency kyiv moscow washington beijing
    municipality city town county borough
    pyongyang seoul tokyo london paris berlin delhi tehran
    russia ukraine china india pakistan iran israel us u.s. usa america britain uk u.k.
    france germany japan korea syria turkey
    country kingdom emirate palace
    junta regime
    """.split()
)
# Places whose names stand for a government: "Downing Street said", "No 10 denied".
GOVERNMENT_NAMES = frozenset(
    ["downing street", "whitehall", "capitol hill", "islamic republic", "no 10", "no. 10", "number 10", "number ten", "the élysée", "élysée",
     "elysee", "the elysee", "city hall", "town hall", "south block", "north block", "zhongnanhai", "foggy bottom",
     # the Philippine president's palace, Singapore's and Malaysia's foreign ministry by its building
     "malacañang", "malacanang", "istana", "wisma putra",
     # Latin America's seats of government and foreign ministries by their buildings' names
     "planalto", "casa rosada", "itamaraty", "miraflores", "los pinos", "la moneda", "casa de nariño", "casa de narino",
     "casa presidencial", "carondelet", "palacio nacional", "palacio quemado",
     # departments known by an office's name (British, Indian)
     "foreign office", "home office", "cabinet office", "treasury", "the treasury", "pmo",
     # a police force known by its seat (British)
     "scotland yard",
     "prime minister's office", "prime minister’s office", "mea", "mha",
     # a head of state's or a governor's residence for the office (Indian)
     "rashtrapati bhavan", "raj bhavan",
     # the British nations' seats of government and parliament, for them
     "westminster", "holyrood", "stormont",
     # the chambers of a legislature by their names, as "parliament" and "senate" are
     "house of commons", "commons", "house of lords", "lords", "house of representatives", "lok sabha", "rajya sabha",
     "chamber of deputies", "chamber of representatives", "federal senate",
     # and a nation's legislature or its chamber by its own name in its tongue, or as "national assembly"
     "national assembly", "bundestag", "bundesrat", "knesset", "dáil", "dail", "dáil éireann", "seanad", "oireachtas",
     "duma", "state duma", "sejm", "senedd", "storting", "riksdag", "folketing", "althing", "verkhovna rada",
     "national diet",
     # a head of state's or government's office by its name or its seat (South Korean, Japanese),
     # as "prime minister's office" is; and China's cabinet and Taiwan's branches of government
     "presidential office", "president's office", "president’s office", "cheong wa dae", "blue house", "kantei",
     "state council", "executive yuan", "legislative yuan", "judicial yuan", "control yuan", "examination yuan"]
)
# The rule of kinds for public bodies (`kinds._state_body`): a body of a state, national,
# regional or local, is "government": its departments, ministries, agencies, regulators and
# offices, its police forces, armed forces and central bank, its legislature and its courts of
# law ("the EPA", "the Met Office", "the police", "the Supreme Court"); a body of many states
# is an "organization" as companies, parties, unions, charities, universities and teams are
# ("the UN", "NATO", "the European Commission", "the International Energy Agency"; a union of
# states' central bank, "the European Central Bank", sets its states' money and is government).
# The nouns that end a state's body's name in capitals: "the Environmental Protection Agency",
# "the Bureau of Labor Statistics", "the Met Office", "the Crown Prosecution Service", "Delhi
# Police", "the Supreme Court", "the Coast Guard", "the Border Patrol"; and, in lower case,
# "police", "the appeals court". A state's post is its ("the Postal Service", "the Post Office").
STATE_BODY_NOUNS = frozenset(
    "agency administration bureau commission service office authority directorate inspectorate "
    "police constabulary court tribunal bench judiciary guard patrol coastguard".split()
)
# The posts of a state whose holder's office or department, in the possessive, is the state's
# body in any case: "the sheriff's office", "the Greenvale County Sheriff's Department", "the
# mayor's office", "the district attorney's office", "the Information Commissioner's Office", a
# leader's, "the minister's office", "the president's office" (not a member's, "Senator Lee's office").
# And the posts whose title is more than one word: "the secretary of state's office", "the
# attorney general's office", "the inspector general's office".
STATE_OFFICE_HOLDERS = frozenset(
    "sheriff mayor governor coroner attorney prosecutor comptroller commissioner ombudsman minister premier president taoiseach".split()) | frozenset(
    ["attorney general", "prosecutor general", "secretary of state", "inspector general", "solicitor general", "auditor general",
     "comptroller general", "surgeon general", "director of public prosecutions"])
# The titles of a head of government, a nation's or a region's, the first two those of whom wire,
# British and Asian copy call "the premier" too: "the head of government" stands for the nearest
# holder named with any ("Chancellor Olaf Brandt ... The head of government said"), "the premier"
# and "the Japanese premier" for one named with the first two ("Prime Minister Ali Khan ... the
# premier said"; coreference's ``_ROLE_TITLES``).
PREMIER_TITLES = ("premier", "prime minister")
HEAD_OF_GOVERNMENT_TITLES = PREMIER_TITLES + ("chancellor", "chief minister", "taoiseach")
# The titles of a head of government that one nation alone gives, each to its people's adjective:
# the holder is that nation's premier and leader, though the text never names the nation
# ("Taoiseach Ann Byrne ... the Irish premier said", "... the Irish leader said"; coreference's
# ``_title_role`` and ``_placed``).
NATIONAL_HEAD_TITLES = {"taoiseach": "irish"}
# The seats of government whose name stands for the state's head: "the Kremlin chief" is the holder
# of the titles named (in small letters), of the people the adjective names, if any ("Russian
# President Vladimir Putin ... the Kremlin chief said", "Defense Secretary Ann Lee ... the Pentagon
# chief said"; coreference's ``_Linker.body_head``).
SEAT_HEADS = {
    "kremlin": (("president",), "russian"),
    "elysee": (("president",), "french"),
    "élysée": (("president",), "french"),
    "pentagon": (("defense secretary", "defence secretary", "secretary of defense", "war secretary", "secretary of war"), None),
}
# The titles of a state's leaders and posts, of one word, whose holder's office, named with the
# holder's name after the title, is the state's: "Prime Minister Ann Lee's office", "Sheriff Tom
# Roe's office", "Chancellor Olaf Brandt's office", and "Ishiba's office" after "Prime Minister
# Shigeru Ishiba" (not a member's, "Senator Lee's office"; nor "attorney" nor "commissioner", as
# often a lawyer's or a league's title before a name: "attorney Tom Roe", "NFL Commissioner Ann Lee").
TITLED_OFFICE_HOLDERS = frozenset(p for p in STATE_OFFICE_HOLDERS if " " not in p) - {"attorney", "commissioner"} | {"chancellor"}
# The titles of a public office's holder that name the office itself, a body of the state, when a
# body's or a place's name in capitals stands before them: "the Fair Work Ombudsman", "the
# Commonwealth Ombudsman", "the NSW Auditor-General", "the Pentagon Inspector General", "the
# Scottish Public Guardian" (not the holder named, "Ombudsman Jane Lee", "the ombudsman, Jane Lee";
# nor the title alone, "the Auditor-General", read as its holder).
STATUTORY_OFFICE_TITLES = frozenset(
    ["ombudsman", "ombudsperson", "auditor-general", "auditor general", "inspector-general", "inspector general",
     "registrar", "registrar-general", "registrar general", "public defender", "public guardian", "public trustee"])
# A local government's bodies are the state's too (the rule of kinds above): a body's noun with
# a word of a city, a county, a town or a ward before it, in any case ("the city council", "Kent
# County Council", "the county health department", "the city's planning department", "the
# Brihanmumbai Municipal Corporation", "the civic body", "the gram panchayat"); a public
# service's word makes a body or a district one (LOCAL_SERVICE_WORDS: "the school board", "the
# school district", "the water board"), and a board of
# a local office's holders is one by its name ("the Board of Supervisors", "the Board of
# Education"). Not a body with no such word ("the council" alone, "the Muslim Council of
# Britain", "the student council", "the Vishwa Hindu Parishad", "a khap panchayat"), nor a
# committee, which is as often a party's ("the district committee of the party").
LOCAL_BODY_NOUNS = frozenset("council board commission corporation department authority body panchayat parishad".split())
LOCAL_GOVERNMENT_WORDS = frozenset(
    "city county town borough parish village municipal civic metropolitan district ward gram zilla planning zoning".split()
)
LOCAL_BOARD_OF = frozenset("education supervisors commissioners aldermen selectmen freeholders elections".split())
# The stages of schooling that may name a public board of education after its "of": "the Board of
# Secondary Education", "the Board of Higher Secondary Education" (not "the Board of Jewish
# Education", a faith's).
SCHOOL_STAGES = frozenset("primary elementary secondary intermediate higher school schools technical vocational".split())
# The public services a local body may be named for, before its noun or "district", which make it
# the local government's as a city's word does: "the water board", "the school district", "the
# fire district", "the port authority", "the housing authority", "the police department" (not "the
# water company", a business's noun).
LOCAL_SERVICE_WORDS = frozenset("school water sewer sewerage irrigation fire police transit housing port library parks".split())
# The fields of a state's service that open a public body's name before a nation's, a
# capital's or a region's name, which make the body the state's agency there (the rule of kinds
# above STATE_BODY_NOUNS), which "the agency" may stand for: "Public Health Wales", "Health
# Protection Scotland", "Public Health Ontario", "Transport for London", "Health Canada",
# "Statistics Canada", and the arm's-length bodies named for sport, tourism, the arts, housing,
# skills or a nation's natural and historic places, "Sport England", "Tourism Australia", "Sport
# New Zealand", "Creative Scotland", "Homes England", "Natural England", "Historic England" (not a
# utility's, "Southern Water", "Electricity North West", often a business; nor a sport's own
# governing body, "Cricket Australia", "Hockey Canada"; nor "Public Health Research", whose last
# word is no place).
STATE_SERVICE_FIELDS = frozenset(
    "public health transport statistics elections revenue education environment finance fisheries "
    "immigration infrastructure agriculture parks industry innovation employment heritage service correctional "
    "sport tourism creative homes skills natural historic budget census".split())
# The fields of STATE_SERVICE_FIELDS' kind whose words are titles too, which open a state's
# department only right before a nation's name that no person goes by: "Justice Canada" (not
# "Justice Jordan", a judge; nor "Justice Ireland", whose nation is a surname too).
STATE_TITLED_FIELDS = frozenset(["justice"])
# The plural nouns of a portfolio that end a department's name right before a nation's, the
# words before them in capitals its field: "Global Affairs Canada", "Veterans Affairs Canada",
# "Indigenous Services Canada", "Natural Resources Canada" (the state's department, as "Transport
# Canada" is; not a sport's body, "Hockey Canada", whose field word is no portfolio's)
STATE_PORTFOLIO_ENDS = frozenset("affairs services resources".split())
# The nouns of STATE_BODY_NOUNS that name a state's body in lower case too: "the police", "a
# federal court", and a court's by its other names: "the employment tribunal", "a two-judge
# bench", "the judiciary" (not "the agency", which may be a news agency, nor "the office", a
# person's).
STATE_BODY_COMMON_NOUNS = frozenset("police constabulary court tribunal bench judiciary coastguard".split())
# The lower-case words of a state's level that make a lower-case noun of STATE_BODY_NOUNS a
# state's body: "the state disaster management authority", "the federal agency", "the national
# bureau" (not "the agency", "the authority" alone, nor "the state office" of a party or a firm).
# (and a board's or a department's, by the words of STATE_BOARD_LEVEL_WORDS below: "the state
# education department", "the state board", "the central board")
STATE_LEVEL_WORDS = frozenset("state federal national central provincial".split())
STATE_LEVEL_BODY_NOUNS = frozenset("agency administration bureau commission authority directorate inspectorate board department".split())
# The words of a state's level that, in capitals, make a board named with them the state's: "the
# Central Board of Secondary Education", "the Maharashtra State Board", "the State Board of
# Elections", "the Federal Reserve Board" (not "National", which private boards take too: "the
# National Board of Review"; nor a board of no level, "the England and Wales Cricket Board").
STATE_BOARD_LEVEL_WORDS = frozenset("state federal central provincial".split())
# A nation's council named for one of the fields below is the state's, by the nation's
# adjective, a state's level or "of" and the nation's name: "the Indian Council of Medical
# Research", "the National Research Council", "the Research Council of Norway" (not one with no
# nation, "the Family Research Council", an advocacy group; nor one of many states', "the
# European Research Council"; nor a council of members, "the Australian Council of Trade Unions").
STATE_COUNCIL_FIELDS = frozenset(["research"])
# The words of a state's power that make a committee or a council named with them in capitals
# the state's, with a nation's possessive, adjective or "of" and its name: "Russia's Investigative
# Committee", "China's State Council", "the Russian Security Council", "the National Security
# Council of Ukraine" (not one for a field a nation's members run, "Russia's Olympic Committee",
# "Norway's Nobel Committee", "Britain's Muslim Council"; nor one of many states', "the UN
# Security Council"; nor one with no nation, "the Security Council", the UN's).
STATE_POWER_COUNCIL_WORDS = frozenset(
    "investigative investigation security defence defense state constitutional privy legislative executive "
    "military electoral election".split())
# A public emergency or weather service is the state's in lower case too, by the word of its
# work before its noun: "the fire brigade", "the fire department", "the ambulance service", "the
# fire and rescue service", "the coast guard", "the weather office", "the weather bureau", "the
# meteorological department", "the met department", "the weather agency", "the disaster
# management authority", "the fire authority" (not a private "security service", a "rescue team",
# "a prison guard", "a disaster relief charity" nor "the Weather Channel").
EMERGENCY_SERVICE_WORDS = frozenset("fire ambulance coast weather meteorological meteorology met disaster".split())
EMERGENCY_SERVICE_NOUNS = frozenset(
    "brigade brigades service services department guard office bureau agency authority directorate".split())
# A state's intelligence or secret service is the state's in lower case too, by the word of its
# work before its noun, one in the singular ("the spy agency", "the intelligence service", "the
# counterintelligence bureau"; many are bodies at large, "Intelligence agencies believe"), or by "security" after a word of the state's reach or a name ("the domestic security
# service", "the state security service", "the Shin Bet security service"; not "a private
# security service"); and intelligence by the arm that keeps it ("military intelligence",
# "Ukraine's defence intelligence"), as "the CIA" and "MI5" are (`kinds._state_body`).
INTELLIGENCE_WORDS = frozenset("intelligence spy counterintelligence counter-intelligence espionage".split())
SECURITY_SERVICE_REACH_WORDS = frozenset("domestic internal state national federal secret general".split())
INTELLIGENCE_ARM_WORDS = frozenset("military defence defense naval foreign domestic".split())
# The posts a department's fields stand before ("the work and pensions secretary", "the
# environment, food and rural affairs minister"), and the nouns of a body they stand before
# in the same way, last in the mention: "the health and family welfare department", "the fire
# and rescue service", "the digital, culture, media and sport committee" (not "the banks and
# rescue service staff"): one post's or one body's, commas and all (`sources`, `kinds`)
DEPARTMENT_POSTS = frozenset("secretary minister spokesman spokeswoman spokesperson".split())
DEPARTMENT_BODY_NOUNS = frozenset("department ministry agency service authority directorate bureau committee subcommittee".split())
# A public service named by "control" after the word of what it watches over speaks as a body
# of the state, the whole phrase its name: "air traffic control said", "mission control",
# "border control", "ground control", "animal control" (not "gun control" nor "quality
# control": a policy, a firm's task, no one who speaks).
CONTROL_SERVICE_WORDS = frozenset("traffic mission ground border passport immigration flight animal".split())
# The initials of a state's health service that make a trust named with them one of its bodies:
# "Barts Health NHS Trust", "the Northfield Teaching Hospitals NHS Foundation Trust" (not "the
# Wellcome Trust" nor "the National Trust", charities); and a board they open before the name of
# the area it serves: "NHS Lothian", "NHS Greater Glasgow and Clyde".
STATE_TRUST_INITIALS = frozenset(["nhs"])
# ... and the services that make a trust in lower case one of its bodies, as British copy names
# them: "a hospital trust", "the ambulance trust", "the mental health trust" (not "the family
# trust", "a charitable trust").
STATE_TRUST_SERVICES = frozenset("hospital hospitals ambulance health".split())
# The lower-case nouns for a state's bodies in general, which no private body goes by:
# "authorities said", "the Chinese authorities", "regulators", "the banking regulator" (not
# "the watchdog", which may be a private group that watches the state).
STATE_BODY_GENERAL_NOUNS = frozenset("authorities regulator regulators".split())
# A watchdog is the state's regulator, as "the regulator" is, when a state's level or a field the
# state oversees by law stands before it in lower case: "the federal watchdog", "the competition
# watchdog", "the financial watchdog", "the spending watchdog", "the police watchdog" (not "the
# watchdog" alone, "the watchdog group", "a consumer watchdog", "the media watchdog" nor "a
# government watchdog", as often private groups; nor "the UN nuclear watchdog", of many states).
WATCHDOG_NOUNS = frozenset(["watchdog", "watchdogs"])
STATE_WATCHDOG_FIELDS = frozenset(
    "competition markets market financial banking securities data privacy election electoral elections spending audit "
    "police prisons communications telecoms telecom pensions gambling broadcasting".split())
# The body that runs a state's elections, in lower case after a word of elections: "the poll
# body", "the poll panel", "the electoral body", "the election commission" (Indian and wire copy).
ELECTION_BODY_NOUNS = frozenset("body panel commission authority".split())
ELECTION_WORDS = frozenset("poll polls election elections electoral".split())
# The nouns of a state's electoral body by its name in capitals, an election's word before the
# noun: "the Central Election Commission", "the National Electoral Council", "Mexico's National
# Electoral Institute", "the Supreme Electoral Tribunal" (no "committee": a party's may be so named)
ELECTION_BODY_NAME_NOUNS = ELECTION_BODY_NOUNS | frozenset("council institute board tribunal court office agency service".split())
# The body that runs a state's or a region's health service, in lower case after "health": "the
# health department", "the state health department", "the health board", "the health authority",
# "the Tamil Nadu health directorate" (not "the global health body", as often an international
# one's, nor a party's "health board").
HEALTH_BODY_NOUNS = frozenset("department board authority directorate".split())
# The trades a private agency, bureau, service or office is named for, the word before its
# noun: "Creative Artists Agency", "the Orrin Travel Agency", "Vanguard Logistics Service",
# "United Parcel Service", "the Better Business Bureau" (not a state's "Administration",
# "Commission" or "Authority", which are named for the trade they oversee: "the Small
# Business Administration", "the Ontario Securities Commission").
PRIVATE_SERVICE_TRADES = frozenset(
    """
    talent artists travel advertising marketing modeling modelling model casting literary booking dating
    escort detective staffing recruitment insurance realty logistics parcel courier delivery freight
    shipping catering cleaning taxi limousine business
    """.split()
)
# The words that make a body's name one of many states', or of no state: "the International
# Atomic Energy Agency", "the World Anti-Doping Agency", "the European Commission", "the UN
# Refugee Agency".
INTERNATIONAL_NAME_WORDS = frozenset("international world european global un u.n. eu e.u. nations".split())
# The words that make such a name a news service's, no state's body: "Christian News Service",
# "the Public Broadcasting Service", "Yonhap News Agency".
NEWS_SERVICE_NAME_WORDS = frozenset("news newswire broadcasting".split())
# Initials a state's body shares with a body of sport, the sport's among words of sport: "the
# SEC" (the Securities and Exchange Commission; the Southeastern Conference), "the ECB" (the
# European Central Bank; the England and Wales Cricket Board).
SPORT_SHARED_INITIALS = frozenset("sec ecb".split())
# Towns and cities whose football club goes by the place's bare name, no person's name nor
# surname: the club's among words of sport ("Liverpool confirmed the signing of ..."), the
# town's council elsewhere ("Leeds said it would close two libraries")
CLUB_TOWNS = frozenset(
    """
    liverpool leeds everton fulham brentford bournemouth burnley leicester southampton watford
    middlesbrough millwall barnsley newcastle norwich swansea cardiff coventry ipswich
    barcelona sevilla napoli porto marseille
    """.split()
)
# The one table of the words for those on a side in sport, each with what it names: a
# "position", a player's role or place in the game ("midfielder", "bowler", "jockey"); a "lead",
# one who captains the players ("captain", "skipper"); "staff", who run the side from off the
# field ("manager", "coach"); a "player" of any place ("veteran", "rookie"). The sets below,
# which the readers use, are taken from it.
SIDE_ROLES: dict[str, str] = {
    **dict.fromkeys(
        "midfielder striker defender forward winger goalkeeper keeper batter batsman bowler opener spinner "
        "pacer all-rounder wicketkeeper fullback quarterback pitcher jockey drag-flicker centre-back "
        "center-back full-back playmaker sprinter international".split(), "position"),
    **dict.fromkeys("captain skipper vice-captain".split(), "lead"),
    **dict.fromkeys("manager boss gaffer manageress coach".split(), "staff"),
    **dict.fromkeys("veteran rookie player athlete star".split(), "player"),
}
# the roles of players in the game, and those who lead them on the field: "the midfielder", "the skipper"
PLAYING_ROLES = frozenset(w for w, role in SIDE_ROLES.items() if role in ("position", "lead"))
# the words a player may be named with, no post of another ("England captain Ben Stokes", "veteran Tom Roe")
PLAYER_WORDS = frozenset(w for w, role in SIDE_ROLES.items() if role != "staff")
# the posts of those who lead a side, on the field or off it: "the manager", "the captain"
SIDE_POSTS = frozenset(w for w, role in SIDE_ROLES.items() if role in ("lead", "staff"))
# the words between a side's name and a person's that tell the name a side's: "Bellford midfielder
# Ana Ruiz", "Eastbridge manager Tom Hale" (no word any player goes by: "Tully veteran")
SIDE_MEMBER_WORDS = frozenset(w for w, role in SIDE_ROLES.items() if role != "player")
# Initials that well-known bodies of a state go by, American, British and Indian, in lower
# case: "the FBI", "the EPA", "HMRC", "the CBI", and its armed forces': "the MoD", "the RAF",
# "the IDF", "the BSF", its commands' and its forces' press wings': "CENTCOM", "the ISPR", "the
# SBU", and Pakistan's, Bangladesh's, Sri Lanka's and Nepal's courts, regulators, police and
# services: "the IHC", "the ECP", "the FO", "RAB", "the CIAA" (read only in capitals, or in
# initials that end in one: "MoD", "DoD"). Not initials as often another's: "FIA" (motor sport's
# federation), "PTA" (a school's parents), "NAB" (an Australian bank; the state's after "the"
# only, `STATE_BODY_INITIALS_AFTER_THE`).
STATE_BODY_INITIALS = frozenset(
    """
    fbi cia nsa epa cdc fda irs sec ftc fcc faa tsa dhs doj dea atf fema usda hhs hud dod nih noaa nws
    usps ice cbp nypd lapd cbo gao omb bls fec nhtsa ntsb osha ssa cfpb fdic
    mi5 mi6 gchq hmrc cps dvla nca sfo ons obr fca pra cma iopc npcc hmpps moj
    cbi nia isro drdo cag icmr
    hc sc ed ec eci ngt trai ugc cbdt uidai ncb nhai nhrc ncw cvc upsc fssai
    mhra ukhsa
    imd ndma ndrf sdrf dgca aaib raib usgs afad bnpb bmkg pagasa phivolcs
    nhs kgb fsb hse
    rcmp csis cbsa
    mod raf iaf idf pla bsf crpf cisf itbp
    centcom africom eucom southcom northcom socom indopacom usaf usmc jcs ispr isi nsg sbu irgc
    ihc lhc shc phc bhc ecp fbr secp pmd pdma ctd fo nha nadra wapda nepra ogra pemra
    rab bgb dmp ciaa
    """.split()
)
# Initials a body of a state shares with a business or a body abroad, the state's after "the"
# only: "the NAB" (Pakistan's anti-graft bureau; bare "NAB" is as often an Australian bank)
STATE_BODY_INITIALS_AFTER_THE = frozenset(["nab"])
# Nouns of bodies (and of the events a body runs, which speak through it: "the festival said",
# "Parade Says No", "the London Marathon said")
ORGANIZATION_WORDS = frozenset(
    """
    forces force council committee party campaign inc corp company university institute
    association union agency department commission foundation group bank court office
    bureau command army military navy police intelligence board coalition alliance militia movement
    organization organisation federation league centre center fund service services
    club society network team staff sof fbi cia nato un eu who chamber
    operator firm airline carrier maker manufacturer retailer insurer lender regulator watchdog charity
    automaker carmaker chipmaker drugmaker steelmaker planemaker brokerage conglomerate refiner exporter
    shipper importer supplier wholesaler distributor supermarket railroad railway
    trust yard labour labor ltd limited plc llc holdings industries guard guards brigade reserve fed management
    battalion regiment platoon squadron flotilla corps garrison detachment contingent
    bench bloc directorate tribunal judiciary sena morcha samiti authority unit division tank studio
    district school college academy hospital library museum diocese archdiocese church synod mosque synagogue vatican nhs
    dicastery curia eparchy
    varsity polytechnic seminary madrasa madrassa parish temple gurdwara
    gardaí gardai panel subcommittee provider body forum sangh manch sangathan panchayat
    confederation consortium syndicate cooperative co-operative collective guild fraternity secretariat
    observatory laboratory lab inspectorate corporation gallery exchange bourse
    squad franchise airport port seaport startup start-up utility consultancy
    employer workforce leadership
    orchestra philharmonic choir ensemble troupe theatre theater festival cinema playhouse stadium arena
    parade carnival marathon
    """.split()
)
# The abbreviated legal forms that close a firm's name, after a comma or not: "Orrin Labs Inc.",
# "Harlow Motors, Ltd." (`sources` keeps them in the mention; `resolve` reads them as a name's end)
CORPORATE_SUFFIXES = ("Inc", "Ltd", "LLC", "LLP", "plc", "PLC", "Corp")

# Words that end firms' names, capitalised: "Harlow Motors", "Vela Auto", "Orrin Technologies",
# and carriers': "Casco Bay Lines", "Vela Rail", "Orrin Transit", "Pellam Air", and utilities': "Harlow Water",
# "Orrin Gas", oil and drug firms': "Marlow Oil", "Kestrel Therapeutics", and stores': "Office
# Depot", and finance houses': "Harlow Ratings", "Kestrel Equities", "Orrin Global Markets", "Vela
# Commodity Insights", and Indian firms' ("Kalpa Broking", "Vela Finserv", "Harlow Infra", "Tarun
# Ispat", "Vela Buildcon") (not "Power" nor "Steel", surnames too: `sources` reads "Power" after no given name)
BUSINESS_NAME_ENDS = frozenset(
    """
    Motors Auto Airways Airlines Pharma Pharmaceuticals Technologies Securities Homes Foods Logistics
    Telecom Chemicals Petroleum Insurance Realty Properties Ventures Software Systems Semiconductor
    Semiconductors Electronics Energy Mining Resources Bancorp Financial Brands Entertainment Studios
    Labs Robotics Shipping Textiles Cement Fertilisers Fertilizers Infrastructure Developers Developments Estates
    Economics Analytics Research Partners Capital Consulting Associates Advisory Investments Polling Strategies
    Communications Ports Paints Finance Enterprises Hotels Tyres Tires Metals Materials Exports
    Lines Rail Railways Railroad Transit Ferries Freight Cruises Trucking
    Films Productions
    Railway Trains Buses Air Aviation Airport Airports Highways Water Gas Grid Distribution Utilities
    Electric Electricals Solutions Technology Telecommunications Dynamics Aerospace Atomics
    Books Publishing Publishers Publications Newspapers Broadcasting Records Pictures Depot
    Oil Biotech Therapeutics Biosciences Healthcare
    Games Platforms Networks Devices Instruments Computing Microsystems
    Ratings Equities Macroeconomics Markets Insights Indices Advisors Advisers Investors Wealth Commodities
    Broking Stockbroking Brokers Finserv Fincorp Finvest Microfinance Infra Infotech Agro Lifesciences
    Components Polymers Sugars Breweries Distilleries Engineering Constructions Buildcon Jewellers Forgings
    Castings Cables Retail Projects Laboratories Ispat
    """.split()
)
# Fields of study or of mapping that, capitalised before "Survey", name the agency that surveys,
# no document: "the British Geological Survey", "the Ordnance Survey" (but "the Household Pulse
# Survey", "the Annual Population Survey": what a survey asks about, a document)
SURVEY_AGENCY_FIELDS = frozenset(
    """
    geological geographical geographic ordnance hydrographic geodetic topographical topographic
    biological botanical zoological archaeological anthropological seismological trigonometrical
    cadastral soil forest fishery fisheries
    """.split()
)
# Nouns of size that stand for a business after a word of its trade: "the tech giant", "the
# oil major", "IT major Infosys", "the social media behemoth" (alone or after no trade they are
# a person's: "the gentle giant", "an army major"; see ``kinds.trade_giant``)
FIRM_SIZE_NOUNS = frozenset("giant giants behemoth behemoths titan titans major majors heavyweight heavyweights".split())
# Words of a trade or an industry, in lower case, that may stand before a noun of
# FIRM_SIZE_NOUNS (and "-tech" words: "fintech", "edtech")
TRADE_WORDS = frozenset(
    """
    tech technology software internet online web search chip chipmaking semiconductor semiconductors computing
    computer cloud ai smartphone phone handset electronics hardware gaming video-game videogame streaming
    e-commerce ecommerce retail retailing grocery supermarket fashion apparel luxury cosmetics beauty
    telecom telecoms telecommunications telco wireless cable broadband media social entertainment
    advertising ad publishing music film
    oil gas energy power utility mining metals steel aluminium aluminum cement chemicals chemical
    fertiliser fertilizer agrochemical commodities commodity
    auto automobile automotive car carmaking motor vehicle truck tyre tire two-wheeler aerospace aviation
    airline defence defense engineering infrastructure construction realty real-estate property
    logistics shipping freight delivery ride-hailing ride-sharing travel hotel hospitality
    pharma pharmaceutical pharmaceuticals drug drugs biotech healthcare medical vaccine
    banking bank financial finance insurance insurer payments payment brokerage investment
    fmcg it ites consumer food foods snack beverage beverages drinks brewing tobacco dairy toy
    """.split()
)
# Nouns for a business by its trade that may name a person who plies it too: a name in
# apposition to one that is no person's is the business's ("The developer, Harlow Homes")
TRADE_NOUNS = frozenset(
    """
    developer housebuilder builder supplier contractor subcontractor distributor wholesaler importer producer
    miner owner landlord publisher promoter startup utility grocer supermarket chain outsourcer
    broker stockbroker homebuilder
    """.split()
)
# Words right before "order" that make it a religious order, a body, no text: "the Jesuit order",
# "a Franciscan order", "the religious order" (a founder's or a rule's name, or the kind of life)
RELIGIOUS_ORDER_WORDS = frozenset(
    """
    jesuit franciscan dominican benedictine carmelite salesian capuchin cistercian trappist augustinian
    marist redemptorist vincentian passionist ursuline norbertine premonstratensian carthusian
    religious monastic mendicant contemplative sufi buddhist catholic
    """.split()
)
# Plurals of kin or fellowship that, in capitals before "of" and a name in capitals, name a
# society, an order or a movement, no people by their tie: "Friends of the Earth", "the
# Sisters of Mercy", "the Daughters of Charity", "Knights of Columbus", "Brothers of Italy"
# (not "Friends of Ann Lee", "the sisters of the victim").
FELLOWSHIP_PLURALS = frozenset("friends sisters brothers daughters sons knights missionaries servants".split())

# Nouns that name texts and recordings: documents as sources (their regular plurals are read
# by ``lexicon.document_noun``; a plural listed here has no singular that is one: "findings",
# "figures", "minutes", "materials", not "classified material")
DOCUMENT_NOUNS = frozenset(
    """
    diary note entry report statement letter memo video footage poll bulletin
    survey study data document email filing record ad
    tweet post book article camera image photo diagram website analysis
    findings research paper transcript message release complaint lawsuit suit biography memoir
    indictment ruling order figures numbers chart map recording clip minutes
    notification affidavit circular petition judgment judgement verdict dossier manifesto
    advisory notice guidelines chargesheet investigation inquiry summary fir pil request plea counter-affidavit
    audit probe review check fact-check census tally assessment evaluation estimates statistics projections
    copy draft excerpt trial experiment calculation projection polling forecast forecasts readout readouts results returns
    resolution bill law legislation agreement treaty contract constitution ordinance bylaw guidance
    motion amendment proposal policy regulation directive decree charter declaration communique
    memorandum warrant subpoena caption headline leaflet flyer pamphlet brochure banner placard poster
    editorial op-ed column blog newsletter obituary story textbook manual handbook script episode documentary
    tool toll index tracker gauge estimate count ranking outlook
    schedule timetable timeline agenda
    translation transcription testimony deposition submission
    table graph graphic scan test sheet
    inquest autopsy post-mortem necropsy
    photograph picture screenshot imagery
    syllabus curriculum prospectus encyclical
    piece passage movie film account text
    cable manuscript autobiography writ logbook reply appeal application
    song lyrics album novel novella poem screenplay biopic trailer sequel
    recipe instructions menu advert advertisement
    precedent materials
    """.split()
)
# Nouns of filings among them: papers that ask a court or a body for something, and
# say what for ("The plea sought a stay", "The appeal argued that ..."), which one
# country's news may seldom show as sources (`cues._FILING_SHARE`)
FILING_NOUNS = frozenset(
    "petition petitions plea pleas appeal appeals application applications suit suits lawsuit lawsuits "
    "pil pils motion motions writ writs complaint complaints".split())
# Nouns of studies among them, and their plurals, whose findings are reports with no "that":
# "A poll this month found Lee ahead"
RESEARCH_NOUNS = frozenset(
    "poll polls survey surveys study studies report audit analysis inquiry investigation probe review research "
    "census tally paper assessment evaluation trial trials experiment experiments "
    # the inquiries into a death: "An autopsy found the man had drowned", "the inquest found"
    "inquest inquests autopsy autopsies post-mortem post-mortems necropsy".split())
# Capitalised plurals that name the members of a party or movement, not a person
GROUP_NAMES = frozenset(
    "democrats republicans conservatives liberals tories socialists progressives independents greens "
    "libertarians nationalists unionists loyalists brexiteers remainers dems opposition".split()
)
# Collective nouns that gather people or things before "of" and head the phrase:
# "a chorus of critics", "an army of volunteers", "the ragtag band of delegates".
COLLECTIVE_NOUNS = frozenset(
    "chorus army band crop flood family constellation staff coalition crowd throng wave slew raft legion "
    "cadre contingent bloc swath swathe cohort gaggle legions armies".split()
)
# How the nouns of a place's people end: "the Texan", "the Milanese", "the Muscovite", "the
# Londoner", "the Pakistani" (which a body's name may share, "the Vatican": coreference reads
# them with the place the person's mention names)
DEMONYM_ENDS = ("an", "ese", "ite", "er", "i")
# The nouns of a place's people, which "the" before a capitalised one makes a person ("the
# Texan said", "the Pakistani added"), where a body's name after "the" may end the same way
# ("the Vatican", "the Taliban"): the countries, the American and Indian states and the larger
# regions and cities
DEMONYMS = frozenset(
    """
    american mexican canadian cuban haitian dominican jamaican brazilian argentine argentinian chilean
    peruvian colombian venezuelan ecuadorian bolivian uruguayan paraguayan panamanian guatemalan honduran
    salvadoran nicaraguan rican briton scot scotsman scotswoman welshman welshwoman englishman
    englishwoman irishman irishwoman frenchman frenchwoman yorkshireman yorkshirewoman cornishman lancastrian brit
    european german austrian belgian dutchman dutchwoman luxembourger italian spaniard catalan basque portuguese greek
    cypriot maltese dane swede norwegian finn icelander pole czech slovak hungarian romanian bulgarian
    serb serbian croatian croat slovenian bosnian albanian macedonian montenegrin kosovar ukrainian russian
    belarusian moldovan lithuanian latvian estonian georgian armenian azerbaijani azeri turk kazakh
    uzbek turkmen kyrgyz tajik afghan pakistani indian bangladeshi nepali nepalese bhutanese
    lankan maldivian burmese thai laotian cambodian vietnamese malaysian singaporean indonesian
    filipino chinese taiwanese japanese korean mongolian tibetan australian aussie kiwi zealander
    fijian samoan tongan papuan iranian iraqi syrian lebanese jordanian israeli palestinian saudi
    yemeni omani emirati qatari bahraini kuwaiti egyptian libyan tunisian algerian moroccan sudanese
    ethiopian eritrean somali kenyan ugandan tanzanian rwandan burundian congolese nigerian ghanaian
    ivorian senegalese malian cameroonian angolan zambian zimbabwean malawian mozambican namibian
    botswanan african arab kurd berber
    alabaman alabamian alaskan arizonan arkansan californian coloradan connecticuter delawarean
    floridian hawaiian idahoan illinoisan indianan hoosier iowan kansan kentuckian louisianan
    louisianian mainer marylander michigander michiganian minnesotan mississippian missourian montanan
    nebraskan nevadan hampshirite jerseyan yorker carolinian dakotan ohioan oklahoman oregonian
    pennsylvanian islander tennessean texan utahn utahan vermonter virginian washingtonian wisconsinite
    wyomingite bostonian chicagoan angeleno philadelphian atlantan houstonian dallasite detroiter
    seattleite baltimorean brooklynite manhattanite
    londoner mancunian liverpudlian glaswegian scouser geordie ulsterman dubliner parisian berliner
    roman milanese neapolitan venetian muscovite viennese torontonian montrealer vancouverite
    sydneysider melburnian
    keralite bengali punjabi gujarati tamilian kashmiri maharashtrian bihari assamese odia kannadiga
    marathi rajasthani haryanvi delhiite mumbaikar hyderabadi sindhi pashtun baloch
    """.split())
# The places whose people's adjective shares too little of the place's name to be read from it
# (most are read by their shared stem: "Japan" for "Japanese", "Texas" for "Texan"): "the French
# leader" is placed by "France's President ...", "the Dutch premier" by "Netherlands".
IRREGULAR_PLACE_ADJECTIVES = {
    "france": "french", "spain": "spanish", "netherlands": "dutch", "holland": "dutch", "wales": "welsh",
    "ireland": "irish", "denmark": "danish", "finland": "finnish", "poland": "polish", "switzerland": "swiss",
    "philippines": "filipino",
}
# The nations' adjectives, capitalised, that end in none of the usual endings ("-an", "-ish",
# "-ese", "-ch", "-i", "-ic": "Hungarian", "Danish", "Dutch", "Iraqi"), which a pattern of a
# nation's word must name one by one: "Kazakh television", "a Greek minister", "Swiss radio"
NATION_ADJECTIVES_OF_NO_ENDING = (
    "Welsh Greek Swiss Thai Lao Khmer Kazakh Uzbek Kyrgyz Tajik Turkmen Argentine Filipino Slovak Serb "
    "Croat Montenegrin Cypriot Kosovar".split())
# The nations' adjectives in "-ish", which no noun of their people is ("the British premier", "a
# Swedish minister": a "Briton", a "Swede"), in lower case (`DEMONYMS` holds the nouns that serve as
# adjectives too, "the Japanese premier"; `IRREGULAR_PLACE_ADJECTIVES` the ones that share too
# little of the place's name, "Spanish" of "Spain")
NATION_ADJECTIVES_IN_ISH = frozenset(
    "british english scottish cornish irish spanish danish finnish polish swedish turkish kurdish flemish".split())
# Nouns for many people gathered or bound as one, with no body's offices: "the crowd
# chanted", "the family said in a statement", "the jury found", "the cabin crew said".
CROWD_NOUNS = frozenset(
    "crowd crowds audience audiences public family families couple jury electorate congregation mob delegation crew crews"
    " band".split())  # (a band, as a crew, is a few people who speak as one: "The band said", "a band of rebels")
# Nouns for a party's side at a trial, its lawyers who speak as one: "the prosecution said",
# "the defence argued", "Lee's defense told the jury" (a group, as "the prosecutors" are)
LEGAL_SIDE_NOUNS = frozenset("prosecution defence defense".split())
# Nouns for sides and bodies that speak as one, which the mined tables of American political copy
# seldom saw speak: a country's opposition, a junta, a coalition, a trial's prosecution, a jury
# ("the opposition alleged fraud", "the junta claimed": `cues`, `sources.is_speaker`)
SPEAKING_BODY_NOUNS = GROUP_NAMES | CROWD_NOUNS | LEGAL_SIDE_NOUNS | frozenset(
    "junta regime coalition alliance militia bloc".split())
# Nouns for a person by kin or another tie to someone, which the table of people by their work
# lacks: "his widow", "her rival", "Their host", and a star's: "Her ex", "his co-star", "her fiancé"
KIN_NOUNS = frozenset(
    "nephew niece widow widower rival boss host fiance fiancee grandson granddaughter stepson "
    "stepdaughter twin girlfriend boyfriend mate buddy pal ally foe protege mentor counterpart "
    "bodyguard opponent challenger ex fiancé fiancée spouse sweetheart co-star costar".split())
# Nouns for a person by their tie to another, which take "to": "an adviser to the mayor",
# "aides to Ms. Lee", "people close to the campaign".
TIE_NOUNS = frozenset(
    "adviser advisers advisor advisors aide aides assistant assistants counselor counselors counsellor "
    "counsellors consultant consultants envoy envoys ambassador ambassadors heir heirs successor successors "
    "predecessor predecessors close".split()
)
# Weather and natural disasters, and attacks and blasts, which "lash", "batter" and "hit" places
# but tell nothing: a subject with one of these heads is no source ("Heavy rain lashes Kerala").
NATURAL_EVENTS = frozenset(
    "rain rains rainfall downpour downpours showers storm storms thunderstorm thunderstorms hailstorm cyclone "
    "typhoon hurricane tornado flood floods flooding wind winds gale gales snow snowfall blizzard "
    "heatwave heat wave waves earthquake quake tremor tremors landslide landslides avalanche drought "
    # the sea and the ground's fire, which "threaten" coasts as storms do: "Rising seas threaten
    # the farms" ("rivers" in the plural alone is a family name: "Rivers said")
    "sea seas ocean oceans river tide tides fire fires eruption eruptions tsunami tsunamis mudslide mudslides".split()
) | frozenset(
    # attacks and blasts, which "hit" and "rock" places as storms do: "Strikes hit eastern city",
    # "Blasts rock the capital", "Shelling pounds the port"
    "strike strikes airstrike airstrikes blast blasts explosion explosions bombing bombings shelling "
    "rocket rockets missile missiles gunfire wildfire wildfires blaze blazes".split()
)
# the words that name a storm before its own name: "Cyclone Dana", "Typhoon Haiyan"
NAMED_STORMS = frozenset("cyclone typhoon hurricane storm".split())
# ... and those of them people are named too: "Storm Reid"
NAMED_STORMS_AND_PEOPLE = frozenset(["storm"])
# Sources of unnamed provenance.
UNNAMED_NOUNS = frozenset(["reports", "media", "rumours", "rumors", "accounts", "speculation",
                           # what is held or shown with no one to hold it: "Conventional wisdom holds", "History shows"
                           "wisdom", "consensus", "history",
                           # a saying or a line of thought that "goes": "as the old saying goes", "the thinking goes"
                           "saying", "adage", "maxim", "proverb", "aphorism", "cliché", "cliche", "mantra",
                           "theory", "thinking", "logic", "reasoning"])
# Nouns for things, acts and happenings, no one's: "The move signals ...", "The case shows ...",
# "The figure refers to ..." (their regular plurals too, and nouns in "-tion", "-sion", "-ment"
# and "-ism" that no table calls a body or people: "The decision says ..."; the things a
# trial or a laboratory tests: "The drug showed no effect"; machines; and weather and disasters,
# ``NATURAL_EVENTS``: "Rising seas")
# Nouns of a happening that a name in capitals may end, the happening's, no one's: "Ukraine War",
# "Gaza Ceasefire", "Brexit Talks", "Watergate Scandal", and a vote's by its place: "the New York
# primary", "the Ohio Senate race", "the Florida contest" (`kinds._named_happening`)
HAPPENING_NOUNS = frozenset(
    "war conflict talk talks ceasefire truce summit referendum crisis scandal affair row dispute controversy "
    "election elections primary primaries race runoff caucus caucuses contest contests by-election bypoll".split())
# Fields of public life that a headline names as its topic before a colon ("Budget: council plans
# to cut libraries", "Housing: rents rise again"): no one speaks by such a name
TOPIC_NOUNS = frozenset(
    "budget crime housing climate weather traffic health education transport tax taxes pollution "
    "immigration energy sport sports business politics".split())

THING_NOUNS = frozenset(
    """
    case figure move plan change trend incident event race deal vote result outcome shift step
    win victory defeat setback blow boost triumph
    bid push effort idea fact problem issue question answer sign signal rise fall drop increase decline
    surge jump cut attack situation picture
    history experience evidence reality truth measure rule system process project scheme
    programme program approach strategy economy market price rate number total level
    drug vaccine medicine medication therapy pill dose placebo sample specimen device compound substance chemical
    engine machine motor vehicle equipment
    debate trip encounter remark
    """.split()
) | HAPPENING_NOUNS | NATURAL_EVENTS
# nouns in those endings that name a body or many people: "the opposition", "the delegation"
THING_ENDING_BODIES = frozenset(
    """
    opposition delegation generation population nation prosecution corporation institution station mission faction
    movement establishment regiment settlement parliament government department management
    """.split()
)
# Nouns for people by their work or part, written by hand: the mined source
# heads know the roles of American political copy ("official", "spokeswoman"),
# and a speaker elsewhere is as often a doctor, a farmer or a councillor. (People by their age
# only in the plural, "Kids at the school", "Teenagers in Marlow": "the teenager" alone stands
# for one named with a teenager's age, `coreference`, no role.)
PERSON_NOUNS = frozenset(
    """
    accountant accused activist actor actress adviser advisor agent aide ambassador analyst architect artist
    attorney author banker barrister bishop broker builder campaigner candidate captain cardinal chairman
    chairperson chairwoman chancellor chef chemist clerk coach collector colleague commander commentator commissioner
    constable consultant councillor corporator councilman councilwoman congressman congresswoman assemblyman assemblywoman alderman counsel critic curator dean delegate dentist
    deputy detective diplomat director doctor driver economist editor educator engineer entrepreneur envoy
    executive expert farmer fisherman founder friend pal governor headteacher historian imam inspector
    investigator investor journalist judge juror lawmaker lawyer leader lecturer legislator magistrate master
    manager mayor mechanic minister monk negotiator neighbour neighbor novelist nurse observer officer
    official organiser organizer owner partner pastor patient pharmacist physician pilot player
    policymaker pollster president priest principal producer professor prosecutor protester protestor psychologist
    publisher rabbi regulator representative researcher resident scholar scientist secretary senator
    shopkeeper singer sister soldier solicitor son daughter mother father wife husband brother
    spokesman spokesperson spokeswoman strategist student supervisor surgeon survivor teacher
    technician trader treasurer trustee veteran vicar victim volunteer voter warden witness worker writer
    pope king queen prince princess emperor monarch sheikh cleric archbishop ayatollah preacher chaplain
    admiral colonel sergeant lieutenant sheriff marshal ranger trooper bailiff
    headmaster headmistress provost rector registrar superintendent pontiff deacon nun mufti swami mahant
    tahsildar tehsildar sarpanch
    taoiseach tánaiste tanaiste cathaoirleach llywydd premier skipper
    local villager eyewitness bystander onlooker passenger motorist commuter shopper customer tourist
    heckler spectator attendee passerby passer-by caller
    pupil relative cousin uncle aunt grandmother grandfather citizen mourner demonstrator rescuer
    firefighter paramedic medic employee staffer athlete prisoner inmate fan supporter
    member parent backbencher frontbencher whip speaker
    boss chief presenter broadcaster pensioner mum dad landlord tenant homeowner
    correspondent reporter columnist interpreter translator
    forecaster meteorologist epidemiologist virologist pathologist pediatrician paediatrician physicist biologist
    ecologist geologist seismologist oceanographer climatologist astronomer
    defendant plaintiff claimant complainant petitioner respondent appellant litigant suspect
    viewer listener reader follower subscriber commenter user influencer celebrity socialite rapper
    islander contestant housemate pundit biographer courtier well-wisher paparazzo
    rival opponent ally allies foe challenger detractor successor predecessor proponent defender
    seeker detainee applicant rebel
    attendant controller conductor steward stewardess signaller seafarer sailor mariner deckhand crewman
    trucker cyclist pedestrian physio physiotherapist
    docker stevedore longshoreman haulier labourer laborer striker picketer marcher rioter looter
    cleaner carer caregiver plumber electrician welder roofer bricklayer midwife crofter rancher herder
    parishioner worshipper congregant renter lodger squatter hiker skier canvasser lobbyist miner porter
    apprentice picket convenor convener courier cabbie barista waiter waitress farmhand caretaker
    janitor carpenter lifeguard academic
    kids teens teenagers youngsters toddlers schoolboys schoolgirls
    rigger weaver spinner fitter riveter glazier plasterer scaffolder stonemason tailor cobbler blacksmith
    machinist packer loader tanner potter
    ombudsman coroner arbitrator adjudicator referee umpire auditor examiner assessor
    pianist guitarist drummer bassist violinist cellist saxophonist trumpeter vocalist frontman frontwoman
    bandmate musician composer songwriter lyricist poet playwright dramatist screenwriter filmmaker
    choreographer dancer sculptor painter photographer illustrator comedian essayist memoirist soprano
    """.split()
)
# Nouns for a part of a whole that may speak as the whole does: "the party's youth wing", "the
# political arm of the group" (a body's), "the placebo arm" (a trial's, no one's)
PART_NOUNS = frozenset("arm wing".split())
# Endings of compound nouns for people by what they hold, own, go to or work at: "shareholders",
# "stakeholders", "landowners", "churchgoers", and by where they work: "steelworkers", "dockworkers"
# (not "-maker", whose "carmakers" are firms)
PERSON_NOUN_ENDINGS = ("holder", "owner", "goer", "worker")
# People in the plural by what befell them, read as many where they are named with a place
# ("Refugees in Chad"); no post nouns, so they open no source phrase of their own
UPROOTED_PEOPLE = frozenset("refugees migrants evacuees asylum-seekers displaced".split())
# Adjectives that praise or place a person before a post noun, joined by "and" ahead of one
# person's name: "Veteran and respected broadcaster Tom Roe", "Popular and corporate speaker Ann Lee".
POST_ADJECTIVES = frozenset(
    """
    veteran senior junior popular respected renowned noted famous prominent leading eminent celebrated
    acclaimed distinguished seasoned experienced outspoken influential well-known award-winning longtime
    long-time former retired young elderly local top independent successful beloved legendary
    """.split()
)
# Shares of a group, which stand for the group before its verb: "two-thirds
# support", "about half say", "a majority oppose".
FRACTION_NOUNS = frozenset(
    "half third thirds quarters fourths fifths sixths sevenths eighths ninths tenths majority".split()
)
# Markers of an anonymous source.
ANONYMOUS_MARKERS = (
    "a source", "sources", "source close", "familiar with", "aware of", "privy to", "unnamed", "anonymous",
    "on condition of anonymity", "who asked not to be named", "who declined to be named",
    "not authorized", "a military source", "an official", "a senior", "one senior", "another senior", "one official",
    "a person", "people close", "those close", "insiders", "an aide",
    # business copy's: "people with knowledge of the matter", "people briefed on the talks"
    "with knowledge of", "with direct knowledge", "briefed on",
    # ... and Indian business copy's: "people in the know said", "according to those in the know"
    "in the know",
)
# Parties known by their members' plural after "the", which speak as the party, no people many:
# "The Greens said", "the Nationals", "the Liberals" (as "the Khans" is a family, "The Saudis" a people)
PARTIES_BY_PLURAL = frozenset(["greens", "nationals", "liberals"])
# Letters after a person's name for an office, a rank of counsel or an honour ("Ann Lee KC", "Tom
# Roe MP"), and the numerals of a generation ("Charles Elliott III"): the Commonwealth's orders
# (Britain's, "CBE", "KCMG", "CH"; Australia's, "AO", "AC", "OAM"; New Zealand's, "ONZM", "KNZM",
# "QSO"), its decorations ("VC", "GC", "DSO") and the members of its houses ("MHR", "MHA", "TD",
# "MPP", "MNA"); in capitals after a name only, so "AM" and "PC" stay the radio's and the constable's
POST_NOMINALS = frozenset(
    "kc qc sc mp msp ms mla mlc mep obe mbe cbe kbe dbe jp frs phd ii iii iv"
    " gbe ch om gc vc gcb kcb cb gcmg kcmg cmg gcvo kcvo dcvo cvo lvo mvo dso dfc dl frse fba freng pc"
    " ac ao am oam psm apm gnzm knzm dnzm cnzm onzm mnzm onz qso qsm"
    " mhr mha mhk td mpp mna".split())
# Initials that name a person's post, not a body: "the CEO said", "the MP told", "the CM (chief minister) said".
PERSON_INITIALISMS = frozenset(
    "ceo cfo coo cto cio cmo md mp mps mla mlas msp da ag pm dm gm vp dj cm dgp cji gp gps"
    # the members of the European Parliament and of Scotland's and Ireland's houses, the plural
    # of Ireland's "TD" alone (its singular is a Canadian bank's name too)
    " mep meps msps tds"
    # the members of Ontario's legislature and Quebec's National Assembly (not Ireland's "TD", a
    # Canadian bank's name alone: "TD said profits rose")
    " mpp mpps mna mnas"
    # officers known by their post's initials in Indian copy: a station house officer, a deputy
    # commissioner of police, an investigating officer, an additional solicitor general, ...
    " sho dcp acp ssp dsp ig igp dig adg adgp io sdm bdo asg sg mlc mos cec cmd"
    # ... and the ministers a live page's headline names so: the finance, home and external affairs ministers
    " fm hm eam".split())
# Participles in "-ing" of five letters or fewer, which a length test for "-ing" words leaves
# out with "thing" and "spring": "a message doing the rounds", "a video going round"
SHORT_PARTICIPLES = frozenset("doing going using lying dying tying vying suing eying".split())
# The titles that say no post, only that a person is named ("Mr.", "Dr.", "Shri")
COURTESY_TITLES = frozenset("mr mrs ms miss dr sir lady dame lord shri sri smt shrimati".split())
# Words for a party, a bloc, a movement, a rally, a front or an alliance in the tongues of
# parties abroad, and the French adjectives some parties are named by, which make a name in
# capitals that holds one a party's, no person's: "Parti Québécois", "Bloc Québécois", "Partido
# Popular", "Rassemblement National", "Movimento Cinque Stelle", "Pakistan Tehreek-e-Insaf",
# "Dravida Munnetra Kazhagam", "Québec solidaire", "La France Insoumise" (a party of one word
# in its tongue with none of these, "Fidesz", is a name of org_names.txt).
PARTY_NAME_WORDS = frozenset(
    "parti partido partit partito partij partei partia partidul párt stranka strana puolue "
    "bloc bloque blocco rassemblement mouvement movimiento movimento bewegung frente fronte "
    "alianza alleanza aliança tehreek tehrik kazhagam solidaire solidaires insoumise socialiste".split())
# Titles of an office in two words, in a tongue other than English, whose holder speaks as a
# person after "the", though the words read as a name in capitals: the chair of a house of
# Ireland's or Wales's parliament and the deputy ("the Ceann Comhairle", "the Leas-Cheann
# Comhairle", "the Dirprwy Lywydd"; "the Llywydd", one word, is among PERSON_NOUNS).
OFFICES_OF_TWO_WORDS = frozenset(["ceann comhairle", "leas-cheann comhairle", "dirprwy lywydd"])
# Titles before a name ("Admiral Samuel Paparo", "Gov. Nathan Deal"), and the Indian
# courtesy titles ("Shri Anil Rao", "Smt. Usha Devi").
TITLES = frozenset(
    """
    mr mrs ms dr prof president senator sen rep representative gov governor mayor
    admiral adm general gen colonel col captain capt lieutenant lt sergeant sgt judge
    justice secretary minister chancellor ambassador spokesman spokeswoman spokesperson
    chairman chairwoman chair director chief commander sir lord lady dame king queen
    prince princess pope rabbi father reverend rev bishop sheikh
    councillor cllr coun baroness
    shri sri smt shrimati
    """.split()
)

# The fields a government's portfolio is named by, which "and" joins before one minister's or
# secretary's title ("Science and Technology Minister Ann Rao", "Food and Civil Supplies
# Minister", "Business and Trade Secretary"): one holder of one post, not two people
PORTFOLIO_FIELDS = frozenset(
    """
    science technology commerce industry industries trade business food supplies consumer health
    family welfare home finance education agriculture farming defence defense information
    broadcasting external foreign affairs tourism culture media sport sports law justice
    environment forests forest climate energy power railways rural urban development labour labor
    employment housing petroleum steel mines mining coal textiles fisheries water resources
    aviation transport highways shipping ports waterways youth social cultural heritage planning
    revenue irrigation works cooperation parliamentary legislative digital skill veterans homeland
    union shadow deputy junior
    electronics road telecommunications telecom communications chemicals fertilisers fertilizers
    minority tribal women child animal husbandry dairying statistics corporate civil new renewable
    personnel grievances pensions processing earth sciences space micro small medium enterprises
    change immigration citizenship multicultural aged care seniors ageing disability issues
    indigenous australians regional territories infrastructure skills training mental suicide
    prevention arts workplace relations emergency services management corrections local
    conservation recreation racing biosecurity oceans innovation universities manufacturing
    pacific peoples ethnic communities māori maori whānau whanau ora
    """.split()
)

# Titles of rank whose holder goes by "of" and a place, no title before a name in the list above
# ("the Grand Duke of Luxembourg", "the Emir of Qatar", "the Earl of Wessex")
RANK_TITLES = frozenset("duke duchess earl count countess marquess viscount baron emir sultan maharaja nawab".split())
# Titles of royalty and of rank that two people, a pair, share joined by "and": "the Duke and
# Duchess of Sussex", "the Prince and Princess of Wales", "the King and Queen"
PAIRED_TITLES = RANK_TITLES | frozenset("king queen prince princess lord lady baroness marchioness viscountess".split())


@hookimpl
def attribution_lexicon(register):
    register("lead_phrases", LEAD_PHRASES)
    register("denial_lemmas", DENIAL_LEMMAS)
    register("outlet_names", OUTLET_NAMES | OUTLET_WHOLE_NAMES)

# Number words as a pattern's alternation, spelled out: "one" to "twelve", and the tens
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
