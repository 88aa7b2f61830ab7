"""Where the content of a verb cue ends and whether there is one: objects and particles that
are the verb's own ("took issue with"), relative clauses, gapped and "as" clauses, a
second predicate of the speaker's, and the readings of a verb that report nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attribution import clauses, cues, kinds, sources, tokens
from attribution import default_lexicon as en
from attribution.default_rules.common import (
    LAST_WORD_OF,
    MAX_LEAD_SOURCE_CHARS,
    RELATIVE_OPENERS,
    candidate,
    lemma_past_form,
    only_how_often,
    sentence_at,
    source_aside_end,
)
from attribution.default_rules.hearers import (
    ADJUNCT_ONLY,
    CUE_ENDS_IN_PREPOSITION,
    HOW_LONG_AFTER,
    NOUN_MARKERS,
    RELATIVE_PREDICATE,
    occasion_pattern,
)
from attribution.default_rules.quotations import (
    quote_next,
)
from attribution.default_rules.subjects import aside_comma, subject_aside
from attribution.layout import Sentence
from attribution.lexicon import (
    Lexicon,
    document_noun,
    lemma,
    person_noun,
)
from attribution.rules import Candidate, Context
from attribution.tokens import WORD, next_class


def lead_inside_clause(ctx: Context, start: int, lead: tuple[int, int], s1: int) -> int | None:
    """Where a reported clause opened at ``start`` goes on when a lead set off by
    commas at ``lead`` (its comma, its source's start) stands between the clause's
    subject and its predicate ("said the report, according to aides, | would be out
    soon"): the lead is part of the report's words; None when no clause is reported
    ("criticised the plan, according to aides, in a speech"), the words before the
    lead are no bare subject or no predicate follows its source's comma."""
    text = ctx.text
    subject = clauses.complement_subject(text, start, lead[0])
    if subject < 0 or not clauses.noun_phrase(text, subject, lead[0]):
        return None
    comma = clauses.find_comma(text, lead[1], min(s1, lead[1] + MAX_LEAD_SOURCE_CHARS))
    if comma >= 0 and (close := source_aside_end(text, comma, s1)) >= 0:
        comma = close  # "said the pier, according to Roe, a pilot, | was unsafe"
    if comma < 0 or not clauses.resumes_subject(text, comma + 1, s1):
        return None
    return clauses.trim(text, comma + 1, s1)[0]


def stimulus_cue_end(last: str, cue_lemma: str) -> bool:
    """Whether the cue's last word leaves a feeler for its object: the verb
    itself ("angered [voters]") or the "with" of one that takes it."""
    return lemma(last) == cue_lemma if cue_lemma in en.STIMULUS_FIRST_VERBS else last == "with" and cue_lemma in en.STIMULUS_WITH_VERBS


# What opens words before a speaker's aside that tell when, where or on what
# occasion the words were said, which are no part of them: "On Monday, Lee said,
# “...”", "Asked about the pier, she said, “...”"
_OCCASION_FRONT = regex.compile(
    r"[\W_]{0,3}(?:(?i:asked|pressed|speaking|writing|responding|addressing|later|earlier|afterwards?|meanwhile"
    r"|separately|then|yesterday|today|tonight|now|again|previously|last|this|when|while|after|before|since|still)\b"
    r"|(?:[\w-]+\s+){0,2}(?i:later|earlier|ago)\W*$"
    r"|(?i:on|in|at|during|over)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(sorted(en.TIME_WORDS)) + r")\b"
    r"|(?:[\w’'-]+\s+){0,3}?(?:interviews?|statements?|speech|rally|debate|conference|call|tweets?|posts?|letter|email"
    r"|appearance|hearing|event|meeting|remarks|address|town\s+hall|briefing|radio|television)\b))",
    regex.IGNORECASE,
)

_ASIDE_FRONT_CHARS = 300

_ASIDE_FRONT_WORDS = 16

# A front that ends in a word that takes the quotation as its object is the writer's clause:
# "..., including, he said, “...”"
_FRONT_TAKES_OBJECT = regex.compile(r"\b(?:including|such\s+as|like|as|of|about|from|between|than)\s*,?$", regex.IGNORECASE)


def aside_front(ctx: Context, sentence: Sentence, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The words before a speaker set off by commas ahead of a quotation, "Y1,
    X said, “Y2”": Y1 is the speaker's too ("That, the board said, “would
    help”", "“The real issue,” Lee added, “is ...”"); None when the speaker
    opens the sentence, or the words tell when or on what occasion they spoke."""
    if src is None:
        return None
    text = ctx.text
    if src[0] - sentence.start > _ASIDE_FRONT_CHARS or not text[sentence.start:src[0]].rstrip().endswith(","):
        return None
    front = clauses.trim(text, sentence.start, src[0])
    if front[1] <= front[0] or _OCCASION_FRONT.match(text, front[0], front[1]) or _FRONT_TAKES_OBJECT.search(
            text, front[0], front[1]):
        return None
    if "," in text[front[0]:front[1]] or len(WORD.findall(text, *front)) > _ASIDE_FRONT_WORDS:
        return None  # a clause of the writer's own, or more than one phrase
    return front


# The verbs whose bare object before an adjunct ("after", "because") is a clause's subject and
# verb more often than a thing: those of ``en.CLAUSE_VERBS``, and verbs of saying or writing that
# take a thing as often but not here: "notes the friends split after a dinner". (These stay out of
# ``en.CLAUSE_VERBS``, whose other readers take a clause with no "that" after any form of the verb:
# "wrote the letter", "added the rider" begin no clause.)
_CLAUSE_OBJECT_VERBS = en.CLAUSE_VERBS | frozenset("note write add argue explain contend assert".split())


def clause_verb(text: str, cue: list[tuple[int, int]], lemma_: str) -> bool:
    """Whether the cue is a verb of saying or believing whose object is a clause
    (``_CLAUSE_OBJECT_VERBS``), the verb its last word: no particle after it."""
    if lemma_ not in _CLAUSE_OBJECT_VERBS:
        return False
    last = LAST_WORD_OF.search(text, cue[-1][0], cue[-1][1], tokens.CONCURRENT)
    return last is not None and lemma(last.group(1)) == lemma_


# Verbs that voice an attitude named by their object, and the attitudes:
# "expressed concern that", "voiced confidence that", "showed no sign that".
# The noun is the cue's; what follows "that" is the content.
_EXPRESSING_VERBS = frozenset(["express", "voice", "show", "signal", "convey"])

_FEELING_NOUNS = (
    "concerns?|confidence|hopes?|fears?|doubts?|skepticism|scepticism|optimism|pessimism|frustration|alarm|"
    "amusement|worry|worries|dismay|surprise|satisfaction|disappointment|relief|sympathy|pride|certainty"
)

_ATTITUDE_NOUNS = _FEELING_NOUNS + "|regret|conviction|signs?|hints?|indications?"

_ATTITUDE_OBJECT = regex.compile(
    r"\s+((?:(?:no|little|some|any|growing|deep|subtle|serious|grave|great|strong|his|her|their|its|our|own)\s+){0,3}"
    r"(?:" + _ATTITUDE_NOUNS + r"))(?=\s+that\s+(?!(?:" + "|".join(sorted(en.VERB_AUXILIARIES)) + r")\b))",
    regex.IGNORECASE,
)

# An attitude or a stance named by the object, then the preposition that says
# what it is about: "expressed concern about X", "raised questions about X",
# "showed no interest in X", "sounded a cautious note on X". The noun and the
# preposition are the cue's; what follows them is the content. ("regret" and
# "conviction" are left out: "voiced regret for X" keeps its noun as often.)
_STANCE_NOUNS = (
    _FEELING_NOUNS + "|interest|notes?|thoughts|questions?|views?|opinions?|reservations|misgivings|support|"
    # (in lower case: "the Opposition" is a body in British and Indian copy, "slams Opposition at rally")
    "(?-i:opposition)|outrage|anger|displeasure|enthusiasm|unease|contempt|disdain|credit"
)

_STANCE_MODIFIERS = (
    r"(?:no|little|some|any|growing|deep|subtle|serious|grave|great|strong|new|fresh|renewed|similar"
    r"|[a-z]+ly|[a-z]+ive|[a-z]+al|[a-z]+ic|[a-z]+ous|[a-z]+ful)"
)

# not a time after the preposition: "announced support on Thursday"
_NO_TIME_AFTER = r"(?!\s+(?:(?:last|this|next|the)\s+)?(?:" + "|".join(sorted(en.TIME_WORDS)) + r"|\d)\b)"

_STANCE_OBJECT = regex.compile(
    # not after "the" or a possessive, which name a stance the content takes in: "his support for Lee"
    r"\s+((?:(?:a|an|" + _STANCE_MODIFIERS + r")\s+){0,3}"
    r"(?:(?:" + _STANCE_NOUNS + r")\s+(?:about|of|over|in|for|on|regarding|toward|towards|with|at)"
    # "showed no sign of", not "a sign in the crowd"
    r"|(?:signs?|hints?|indications?)\s+of))\b" + _NO_TIME_AFTER,
    regex.IGNORECASE,
)

# A spoken or written act an indefinite object names, then the preposition that
# says what it is about: "delivered a fierce defense of X", "launched an attack
# on X", "made a plea for X", "issued a statement on X". The act and the
# preposition are the cue's, what follows them the content. Not after "the" or a
# possessive, which as often name an act the content takes in; "of" only after an
# act of judging ("a defense of X", not "a letter of apology", "a case of fraud");
# not a platform after "on" ("posted a message on Twitter"), nor a message left
# "for comment".
_ACT_NOUNS = (
    "attacks?|counterattack|message|letter|statement|argument|case|plea|appeal|call|warning|speech|"
    "rant|tirade|broadside|testimony|word|tweet|lecture|sermon|screed|diatribe"
)

_JUDGING_NOUNS = "defen[cs]e|critique|denunciation|condemnation"

# Verbs of judging, whose object is the act judged, no act of their subject's: "condemned an attack
# on the mosque" (the attack is what the content names), unlike "launched an attack on"
_JUDGING_VERBS = frozenset(
    "condemn denounce decry deplore criticize criticise praise welcome hail applaud slam blast reject dismiss "
    "lament mourn regret".split())

_PLATFORMS = "|".join(sorted(en.PLATFORMS, key=lambda w: (-len(w), w)))

_ACT_OBJECT = regex.compile(
    r"\s+(an?\s+(?:[\w-]+\s+){0,3}?(?:(?:" + _JUDGING_NOUNS + r")\s+(?:of|about|over|on|regarding|against|for)"
    r"|(?:" + _ACT_NOUNS + r")\s+(?:about|over|on|regarding|against|for)))\b"
    r"(?!\s+(?:comment|" + _PLATFORMS + r")\b)" + _NO_TIME_AFTER,
    regex.IGNORECASE,
)

# A verb that gives voice to what its subject holds, then the subject's own
# thoughts or feelings and their preposition: "offered his thoughts on X",
# "shared their concerns about X", "expressed her condolences over X". The
# verb's object names the act; after a verb that only handles a report ("defend
# his praise of X", "discuss his criticism of X") the possessive names the content.
_GIVING_VOICE_VERBS = _EXPRESSING_VERBS | frozenset(["offer", "share", "post", "extend", "send", "air"])

_OWN_VOICE_OBJECT = regex.compile(
    r"\s+((?:his|her|their|its|our|my|your)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:thoughts|condolences|criticisms?|grievances|concerns|sympathies|gratitude|thanks|apologies)"
    r"\s+(?:about|of|over|for|on|regarding|toward|towards|at|with))\b" + _NO_TIME_AFTER,
    regex.IGNORECASE,
)

# "made it clear that", "makes plain that": the adjective, and its "it", are the cue's
_MADE_CLEAR = regex.compile(r"\s+((?:it\s+)?(?:clear|plain))(?=\s+that\b)", regex.IGNORECASE)


def attitude_object(text: str, lemma_: str, pos: int, s1: int) -> regex.Match | None:
    """The object a cue takes in before "that" when it names the attitude
    voiced ("expressed concern that") or makes the report plain ("made it
    clear that"); not a noun with a relative clause ("showed the concern
    that has ..."). Before a preposition, an attitude or a stance and the
    preposition ("voiced doubts about", "showed no interest in"); an act and
    its preposition ("launched an attack on")."""
    if lemma_ in _EXPRESSING_VERBS and (m := _ATTITUDE_OBJECT.match(text, pos, s1)):
        return m
    if m := _STANCE_OBJECT.match(text, pos, s1, tokens.CONCURRENT):
        return m
    if lemma_ not in _JUDGING_VERBS and (m := _ACT_OBJECT.match(text, pos, s1, tokens.CONCURRENT)):
        return m
    if lemma_ in _GIVING_VOICE_VERBS and (m := _OWN_VOICE_OBJECT.match(text, pos, s1)):
        return m
    if lemma_ == "make":
        return _MADE_CLEAR.match(text, pos, s1)
    return None


# A preposition or particle right after a cue whose content is no clause is
# the cue's ("spoke about X", "railed against X", "brushed off X"): annotated
# content almost never starts with one. Not "to" ("refused to resign"), nor
# "as", "in" or "by", which start content as often as they end a cue, nor
# "from", which tells where the speaker was ("reported from Kyiv": no report).
# "at least", "about one-third", "over 50 percent" modify a number; "said of X" keeps its "of".
# "in favour of" is one: the side taken, as "for" is ("voted 12 to 1 in favour of X": the tally
# and the side are the cue's, as in gold's "voted 6-1 for").
_PARTICLE = regex.compile(
    r"\s+(about|of|for|on|upon|against|with|at|over|into|out|off|up|down|in\s+favou?r\s+of)\b"
    r"(?!\s+(?:that|least|most|\d|half|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:third|quarter|dozen))\b)"
)
# and in a title-case headline, where a particle is capitalised as every word is: "Lee Brags
# About Pier Plan", "Mayor Hits Out At Critics" (after a capitalised cue only)
_TITLE_PARTICLE = regex.compile(
    r"\s+(About|Of|For|On|Upon|Against|With|At|Over|Into|Out|Off|Up|Down)\b"
    r"(?!\s+(?:That|Least|Most|\d|Half|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)"
)

# "to" before a determiner after a cue with no clause opens a noun phrase, the
# content ("responded to the report", "agreed to a deal"), and is no part of
# it: gold on train leaves it out of the content 129 times in 143. Gold puts
# it in the cue as often as not, so the cue is left as it is. Not before a
# verb ("refused to resign"), where the infinitive is the content.
_TO_NOUN_PHRASE = regex.compile(r"\s+to(?=\s+(?:" + "|".join(sorted(NOUN_MARKERS - {"that"})) + r")\s)")

# The hearer of a verb of speaking (``en.ADDRESS_VERBS``) before a question
# clause: "explained to the BBC why ...", "wrote to the mayor and to Lee
# whether ...". As after "asked X whether", the clause is the content and the
# hearer no part of it. Not "about" or "for": gold on train is split on where
# their content starts (in the cue "talked to X about", 4, or after the hearer,
# 6; dev fell when it was read past), and a short "for X" left alone reads as
# an adjunct.
_HEARER_BEFORE_QUESTION = regex.compile(
    r"\s+to\s+([\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)(?:\s+and\s+to\s+([\w’'.-]+(?:\s+[\w’'.-]+){0,5}?))?"
    # not a phrase cut at its preposition ("wrote to the head of [what] ...")
    r"(?<!\s(?:of|in|on|at|for|with|from|by))"
    r"(?=\s+(?:why|how|whether|what)\s)"
)

# The hearer of an apology and, when there is one, the "for" of what it is for: "apologised to the
# family of the victim [for the delay]", "apologized to his supporters and to Lee [for ...]"
APOLOGY_LEMMAS = frozenset(["apologize", "apologise"])

_HEARER_OF_APOLOGY = regex.compile(
    r"[^\S\n]+to[^\S\n]+[\w’'.-]+(?:[^\S\n]+(?!for[^\S\n])[\w’'.-]+){0,7}?(?=([^\S\n]+for[^\S\n])|[^\S\n]*[.;:!?]?[^\S\n]*$)"
)

# The hearer of a verb of speaking with nothing after it to the sentence's end: "can complain
# to their council.", "wrote to the mayor." (a clause, "about", a quotation or a comma go on),
# or a pronoun alone: "What do you say to them?", "I spoke to him."
HEARER_ALONE = regex.compile(
    r"[^\S\n]+to[^\S\n]+(?:(?:the|a|an|his|her|their|its|our|your|my|local)[^\S\n]+"
    r"[\w’'.-]+(?:[^\S\n]+(?!(?:about|that|on|over|of|why|how|whether|what)[^\S\n])[\w’'.-]+){0,4}"
    r"|(?:me|him|her|us|them|you))[^\S\n]*[.!?]?[^\S\n]*$"
)

# a participle in the hearer opens a clause of its own: "replied to emails asking why ..."
_ING_WORD = regex.compile(r"(?<![\w’'-])[a-z]{2,}ing(?![\w’'-])")

# A manner adverb or a bare "little", "nothing" between the cue and its
# particle is the cue's too: "spoke passionately about X", "said little about X",
# "spoke highly of X", "touched briefly on X", "pressed privately for X"; a word of degree may
# come before the adverb: "weighed in so publicly on X", "spoke very highly of X".
_ADVERB_BEFORE_PARTICLE = regex.compile(
    r"\s+(?:(?:(?:so|very|too|quite|rather|more|most|less|least)\s+)?[a-z]{3,}ly|more|often|instead|again|little|nothing|almost\s+nothing|so\s+much|at\s+length)"
    r"(?=\s+(?:about|of|on|upon|for|against|in\s+favou?r\s+of)\b)"
)

# "about" a few words on: the particle after the adverb opened a place or an
# occasion, and "about" names the topic ("spoke briefly on the radio about X")
_ABOUT_AHEAD = regex.compile(r"(?:\s+[\w’'.-]+){1,4}?\s+about\b")

# A span of time that opens with "for" ("for years", "for the first time"), no particle
_SPAN_OF_TIME = regex.compile(
    r"\s+for\s+(?:(?:the\s+)?(?:first|last|second)\s+time|(?:many\s+|several\s+|a\s+few\s+)?"
    r"(?:years|months|weeks|decades|days|hours)|some\s+time|a\s+(?:long\s+)?(?:time|while))\b",
    regex.IGNORECASE,
)


def take_particles(
        text: str, cue: list[tuple[int, int]], pos: int, s1: int, lemma_: str = "") -> tuple[list[tuple[int, int]], int]:
    """Extend the cue over the prepositions or particles it ends with ("lashed out at"),
    and read past a "to" before a noun phrase, which goes with neither ("agreed to a deal"),
    unless the cue, a verb of speaking, says to whom (``en.ADDRESS_VERBS``: "wrote to the board");
    a hearer before a question clause is read past ("explained to the BBC [why ...]")."""
    if lemma_ in APOLOGY_LEMMAS and (hearer := _HEARER_OF_APOLOGY.match(text, pos, s1)) is not None:
        # "apologised to the family for the delay": the hearer is read past to what the apology
        # is for; with no "for", the apology is the act and no content is said
        return cue, hearer.end() if hearer.group(1) else s1
    if lemma_ in en.ADDRESS_VERBS and HEARER_ALONE.match(text, pos, s1) is not None:
        return cue, s1  # "can complain to the council.": the hearer alone, nothing said
    if text.startswith(" for ", pos, s1) and cues.DURATION_ALONE.match(text, pos, min(s1, pos + cues.DURATION_CHARS), tokens.CONCURRENT) is not None:
        return cue, s1  # "She thinks for a long time.": how long, nothing said
    if lemma_ in en.ADDRESS_VERBS and (hearer := _HEARER_BEFORE_QUESTION.match(text, pos, s1)) and all(
            clauses.noun_phrase(text, *hearer.span(k)) for k in (1, 2) if hearer.start(k) >= 0) and not (
            _ING_WORD.search(text, hearer.start(1), hearer.end())):
        return cue, hearer.end()
    adverb = _ADVERB_BEFORE_PARTICLE.match(text, pos, s1, tokens.CONCURRENT)
    if adverb is not None:
        after = adverb.end()
        if span := _SPAN_OF_TIME.match(text, after, s1):
            after = span.end()  # "argued strongly for years against X"
        particle = _PARTICLE.match(text, after, s1)
        if particle is not None and particle.group(1) != "about" and _ABOUT_AHEAD.match(text, particle.end(), s1):
            # a time after the adverb is the cue's, as after the verb: "spoke briefly on Monday about X";
            # any other phrase is a place or an occasion: "spoke briefly on the radio about X"
            after = clauses.skip_post_adjuncts(text, after, s1)
            particle = _PARTICLE.match(text, after, s1)
            particle = particle if particle is not None and particle.group(1) == "about" else None
        if particle is not None:
            pos = after
    for _ in range(2):
        m = _PARTICLE.match(text, pos, s1, tokens.CONCURRENT)
        if m is None and text[cue[0][0]].isupper():
            m = _TITLE_PARTICLE.match(text, pos, s1, tokens.CONCURRENT)
        if m is None:
            break
        cue, pos = [(cue[0][0], m.end(1))], m.end(1)
    if lemma_ not in en.ADDRESS_VERBS and (to := _TO_NOUN_PHRASE.match(text, pos, s1, tokens.CONCURRENT)):
        pos = to.end()  # "responded to the report": the noun phrase, not its "to", is the content
    return cue, pos


# A relative or interrogative pronoun right before the source stands for a
# part of the content: "a wall, which he said Mexico would pay for", "what he
# calls corruption".
# Not "which" or "who" after a preposition: in "a poll in which 60 percent said ..."
# the pronoun is the frame, not the content; but "what" is the object whatever
# governs it ("in what he called a hate crime").
_WH_BEFORE_SOURCE = regex.compile(
    r"(?<![\w’'])((?:which|who|whom)(?<!\b(?:in|at|on|of|to|for|from|by|with|during|under|among|after|before|about|through)"
    r"\s+\w+)|what)\s+$",
    regex.IGNORECASE,
)

_WH_SOURCE_WORDS = 8


def wh_object(ctx: Context, sentence: Sentence, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The relative or interrogative pronoun right before a short source, which
    stands for the cue's object ("which he said", "what she calls"), if any."""
    if src is None:
        return None
    text = ctx.text
    wh = _WH_BEFORE_SOURCE.search(text, max(sentence.start, src[0] - 8), src[0], tokens.CONCURRENT)
    if wh is None or wh.start(1) <= sentence.start or "," in text[src[0]:src[1]]:
        return None
    return wh.span(1) if len(WORD.findall(text, *src)) <= _WH_SOURCE_WORDS else None


def subject_aside_end(ctx: Context, sentence: Sentence, cs: int, ce: int) -> int | None:
    """Where the content of a participle in an aside between the sentence's subject and its
    verb ends: at the aside's closing comma, the last among the first few after which what
    follows reads as a finite verb of the subject's, in the past or an auxiliary ("Lee,
    pleading for a coroner to say the death was avoidable, | wept", "The union, warning that
    talks had failed, | has called a strike"), past a list's commas ("citing the cost, delays
    and fares, | left") and a relative clause's ("saying the pier, which the state built, was
    unsafe, | resigned"); None when no such comma is seen within a few."""
    found = subject_aside(ctx, sentence, cs, ce)
    relative = False
    last = None
    for _ in range(_ASIDE_COMMAS):
        if found is None:
            break
        close, word = found
        # (any past form will do, a participle's too, and a past spelt as its bare form: right after
        # the aside's closing comma no reduced clause stands, unlike after a participle's, `_main_verb`)
        if not relative and (kinds.past_form(word) or word in en.FINITE_AUXILIARIES or word in en.BARE_FORM_PASTS):
            last = close  # (the last such comma: a past inside the aside is the aside's own, "the pier, built in 1990, was safe, | reopened")
        relative = word in _ASIDE_RELATIVES  # (the relative clause's own verb comes after its comma)
        found = aside_comma(ctx, sentence, close + 1)
    return last


# the most commas an aside's closing one is looked for among
_ASIDE_COMMAS = 4
# what opens a relative clause after a comma inside an aside, whose verb is none of the subject's
_ASIDE_RELATIVES = frozenset("which who whom whose where".split())


def reduced_participle_end(ctx: Context, sentence: Sentence, src: tuple[int, int], cue: list[tuple[int, int]],
                            start: int, end: int) -> int:
    """Where the content of a cue in "-ing" right after the sentence's subject ends: that
    participle only modifies the subject, so the sentence's own verb comes after its content
    and ends it ("A petition urging the council to act | drew 500 signatures", "A post
    thanking the staff | has been shared"). ``end`` when the cue is no such participle or no
    verb of the main clause is seen: an auxiliary, a past that is no participle, or a verb in
    "-ed" before its object."""
    text = ctx.text
    if len(cue) != 1 or not text[cue[0][0]:cue[0][1]].split(None, 1)[0].endswith("ing") or text[src[1]:cue[0][0]].strip():
        return end
    head = text[src[0]:src[1]].split(None, 1)[0]
    s0 = sentence.start
    if src[0] > s0:
        # "Rents rose — the share of tenants saying ...": a clause after a dash opens a subject of its own
        for dash in _CLAUSE_DASHES:
            if (k := text.rfind(dash, s0, src[0])) > s0 and text[k - 1].isspace() and text[k + len(dash)].isspace():
                s0 = k + len(dash)
    before = text[s0:src[0]].strip().strip("\"“‘'")
    if before and (m := _QUANTITY_OF.fullmatch(before)) is not None:
        # "The share of voters saying ...", "The rhetoric of candidates blasting ...": the phrase's own
        # head is the subject's, the participle's noun after its "of"
        before, head = "", m.group(1)
    if before or not (head.lower() in _SUBJECT_DETERMINERS or _bare_plural(head)):
        return end  # (not "with Lee saying ..., the board voted": no subject of the sentence)
    # (after a participle that takes a clause, the words are read on to the sentence's end: the
    # content may have been ended at the clause's own verb's predicate, the main verb after it)
    takes_clause = lemma(text[cue[0][0]:cue[0][1]].split(None, 1)[0].lower()) in _CLAUSE_PARTICIPLE_LEMMAS
    if (quoted := ctx.layout.quoted_part_at(start + 1)) is not None and quoted[0] <= start + 1 and quoted[1] < end:
        # "The share of voters saying “the tax is fair” | rose by 12 points": a quotation that opens
        # the content is the participle's clause, a verb right after it the main clause's
        close = quoted[1] + 1 if text[quoted[1]:quoted[1] + 1] in _CLOSING_QUOTES else quoted[1]
        verb = WORD.match(text, close + 1, sentence.end) if text[close:close + 1] == " " else None
        if verb is not None and _main_verb(text, verb, sentence.end):
            return close
    words = list(WORD.finditer(text, start, sentence.end if takes_clause else end, False, tokens.CONCURRENT))
    first = None
    for k, m in enumerate(words):
        word = m.group()
        if first is not None and (k and text[words[k - 1].end():m.start()].strip() or m.start() >= end + 1 and k and words[k - 1].end() > end):
            break  # past a stop or past the content's end and one more word: no main verb right after the clause
        if word in RELATIVE_OPENERS or ctx.layout.inside_quote(m.start()):
            return end if first is None else first  # a clause of its own inside the content holds verbs that are not the main clause's
        before = words[k - 1].group().lower() if k else ""
        if k == 0 or before == "to" or before in en.VERB_AUXILIARIES or text[words[k - 1].end():m.start()].strip():
            continue
        after = words[k + 1].group().lower() if k + 1 < len(words) else ""
        if before in _OBJECT_OPENERS:
            continue  # "a combined $176,000": a modifier in "-ed"
        if (word in en.VERB_AUXILIARIES and word not in ("be", "been", "being", "do") or word in en.FINITE_PASTS
                or kinds.past_form(word) and (after in _OBJECT_OPENERS or after[:1].isdigit())):
            if first is not None:
                # the second verb, right after the first's predicate with no joiner: the main clause's
                return min(m.start(), end) if before not in _VERB_JOINERS else first
            if not takes_clause or k < 2:
                return min(m.start(), end)
            # "A nurse claiming the ward was unsafe | was suspended": after a participle that takes a
            # clause, the first verb may be the clause's own, the main clause's verb the next one
            first = m.start()
        elif (first is not None and kinds.past_form(word)
                and before not in _VERB_JOINERS and before not in _BEFORE_ADJECTIVE and not before.endswith("ly")
                and after in _PLACE_PREPOSITIONS):
            # "Residents claiming the water was unsafe | marched on the town hall": past the clause's
            # verb and its predicate, a past in "-ed" right before a preposition of place or motion is
            # the main clause's intransitive verb (not one after "and", an adverb or "not": "was
            # unsafe and closed to ...", "was badly damaged in ...", which still describe the clause's subject)
            return min(m.start(), end)
    return end if first is None else min(first, end)


# the dashes that open a clause, and so a subject of its own
_CLAUSE_DASHES = (*tokens.DASHES, "--")
# a determiner's noun and "of" before the noun a participle modifies, a few words in all: "The share
# of GOP", "A chorus of"
_QUANTITY_OF = regex.compile(r"(\w+)(?:\s+[\w’'-]+){1,2}\s+of(?:\s+[\w’'-]+){0,2}")

_CLOSING_QUOTES = frozenset(tokens.CLOSING_QUOTE_MARKS)

_CHANGE_BY = regex.compile(r"\s+by\s+(?:about\s+|nearly\s+|almost\s+)?\d")


def _main_verb(text: str, m: regex.Match, s1: int) -> bool:
    """Whether the word ``m`` right after a participle's clause reads as a finite verb of the
    sentence's subject: an auxiliary, a past that is no participle, or a past in "-ed" before its
    object or an amount of change ("drew 500 likes", "rose by 12 points"). Its past forms are
    `subject_aside_end`'s (`kinds.past_form`); unlike that test, one that may be a participle
    ("voters surveyed | ...") and a past spelt as its bare form ("cut") need what follows."""
    word = m.group()
    if word in en.FINITE_AUXILIARIES or word in en.FINITE_PASTS:
        return True
    if not kinds.past_form(word):
        return False
    after = WORD.search(text, m.end(), min(s1, m.end() + 40))
    return after is not None and (after.group().lower() in _OBJECT_OPENERS or after.group()[:1].isdigit()
                                  or _CHANGE_BY.match(text, m.end(), s1) is not None)


# the lemmas of participles whose object may be a clause with no "that" ("claiming the ward was unsafe")
_CLAUSE_PARTICIPLE_LEMMAS = frozenset("say claim allege warn insist argue suggest predict".split())
# the prepositions of place or motion an intransitive main verb in "-ed" takes ("marched on the
# town hall", "rallied outside the court"); not "by", "about" nor "in", which as often close a
# participle of the clause's own ("people trapped by", "workers concerned about", "men injured in")
_PLACE_PREPOSITIONS = frozenset(
    "on to into onto through outside toward towards across past out off down up away back against at from".split())
# the words of degree or negation right before an adjective or participle of a predicate ("was not staffed")
_BEFORE_ADJECTIVE = frozenset("not never so too very also still just already even more most less least".split())
# what joins a second predicate to the first: "was suspended and has appealed" (no main verb after a clause)
_VERB_JOINERS = frozenset("and or but nor then".split())


# what opens a subject a participle right after it may modify: "A petition urging ...", "The post thanking ...",
# "Some posts claiming ..."
_SUBJECT_DETERMINERS = frozenset("a an the this one another these those some many several".split())


def _bare_plural(word: str) -> bool:
    """Whether a subject's first word is a plural of texts or of people by their work with no
    determiner, capitalised only as the sentence's first word: "Posts claiming the dam burst | were
    shared", "Doctors warning of a shortage | have quit" (not a name in "-s" such as "Jones")."""
    low = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and low.endswith("s")):
        return False
    if low.endswith(("ss", "us", "is")):
        return False
    return document_noun(low) or low not in en.PERSON_NOUNS and person_noun(low)

# what may open the object of a verb in "-ed" ("drew the ire", "attracted more than 400")
_OBJECT_OPENERS = frozenset("the a an his her its their more some no about nearly over almost".split())


def main_predicate_after(ctx: Context, wh: tuple[int, int], start: int, end: int) -> int | None:
    """The comma in [start, end) that closes a relative clause opened by a comma
    before its pronoun ``wh``, when an auxiliary or "is"-like verb, the main
    clause's, follows it ("the ferry, which they say is unsafe, will be sold");
    None when the pronoun has no comma before it or no such comma follows."""
    text = ctx.text
    if not text[max(0, wh[0] - 3):wh[0]].rstrip().endswith(","):
        return None
    comma = clauses.clause_comma(ctx, start, end)
    if comma >= end:
        return None
    nxt = WORD.search(text, comma + 1, min(end, comma + 24))
    if nxt is None or text[comma + 1:nxt.start()].strip():
        return None
    if nxt.group() in en.VERB_AUXILIARIES:
        return comma
    # a relative clause on the sentence's subject, set off by commas ("The suspect, who police say
    # was armed, fled on foot"): any verb after its closing comma is the main clause's, whatever its
    # form; not a word that goes on with the clause ("..., and", "..., according to", "..., in May")
    subject = sources.leading_subject(text, sentence_at(ctx, wh[0]).start, wh[0], ctx.lexicon)
    word = nxt.group()
    if subject is None or text[subject[1]:wh[0]].strip() != "," or not word.islower() or (
            word in en.CLAUSE_BOUNDARIES or word in _GOES_ON_CLAUSE or word.endswith("ing")):
        return None
    return comma


# Words after a comma that go on with the clause before it, no main verb: a preposition, "also"
_GOES_ON_CLAUSE = frozenset(
    "in on at to for from with by of about over under into after before during since per also not including".split())

# "that" right before the source: a relative pronoun when the content has no subject
_THAT_BEFORE_SOURCE = regex.compile(r"(?<![\w’'])(that)\s+$")


def relative_that(ctx: Context, sentence: Sentence, src: tuple[int, int] | None,
                   content: tuple[int, int]) -> tuple[int, int] | None:
    """The "that" of a relative clause right before a short source, when the
    content is a predicate with no subject of its own, a finite verb first ("a
    deadline that aides said went unnoticed", "a plan that Lee hopes will pass"):
    the pronoun is the predicate's subject and opens the content; else None."""
    if src is None:
        return None
    text = ctx.text
    first = WORD.match(text, content[0], content[1], tokens.CONCURRENT)
    if first is None or "," in text[src[0]:src[1]] or len(WORD.findall(text, *src, False, tokens.CONCURRENT)) > _WH_SOURCE_WORDS:
        return None
    word = first.group()
    if not word.islower() or not (word in en.VERB_AUXILIARIES or word.endswith("ed") or lemma(word) != word):
        return None
    that = _THAT_BEFORE_SOURCE.search(text, max(sentence.start, src[0] - 6), src[0])
    return that.span(1) if that is not None else None


# The noun phrase that heads a relative clause with no pronoun, right before
# its source, with the "that" after it: "a tactic Democrats hope will work",
# "The only regret he voiced was ...", "a trend that the board predicts will
# last". The predicate after the cue has that phrase for its subject, so it
# opens the content (train: the head 6 times, "that" alone 4, neither 2).
_RELATIVE_HEAD = regex.compile(
    r"(?<![\w’'-])((?:(?:one|some|many|most|all|none|each|any)\s+of\s+)?"
    r"(?:(?i:the|a|an|this|these|those|his|her|their|its|our|my|your|every|another|no)\s+"
    r"(?:(?!_STOP)[a-z][\w’'-]*\s+){0,3}(?!_STOP)[a-z][\w’'-]*|(?i:some|every|no|any)thing)(?:\s+that)?)\s+$".replace(
        "_STOP", r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did"
        r"|to|of|in|on|at|for|by|with|from|that|which|who|and|or|but|a|an|the|when|where|while|as|if|because)\b")
)

# An infinitive whose verb lacks its object, the head of the relative clause
# it stands in: "the reforms he hopes [to see] in law", "a fight it expects [to
# last] into spring", "the speech we'd like [to hear]". After the verb comes
# the content's end, a preposition or particle, or a subordinator, never an
# object ("the mayor wants to close the pier" names its own).
_GAPPED_INFINITIVE = regex.compile(
    r"to\s+(?:be\s+[a-z]+ing\s+|have\s+[a-z]+ed\s+)?[a-z][\w’'-]*"
    r"(?=[\s.,;:!?”\"’']*$|\s+(?:in|on|at|to|into|about|for|with|from|by|over|under|up|out|back|off|down|through"
    r"|when|if|as|because|before|after|while|until)\b)"
)

# A phrase fronted at the sentence's start with no comma ("In the end the mayor
# wants to ..."): its noun heads no relative clause.
_FRONTED_PREPOSITION = regex.compile(r"\s*(?:[A-Z][a-z]*\s+)?(?i:in|at|on|by|after|before|for|during|over|since|until|from|with)\s+$")


def relative_head(ctx: Context, sentence: Sentence, src: tuple[int, int] | None,
                   content: tuple[int, int], cue_lemma: str = "") -> tuple[int, int] | None:
    """The head of a relative clause with no pronoun before a short source, when
    the content is a predicate with no subject of its own (an auxiliary first):
    "a plan [the mayor] says [will fail]", or an infinitive whose verb's object
    is that head: "the reforms [he] hopes [to see]"; else None."""
    if src is None:
        return None
    text = ctx.text
    first = WORD.match(text, content[0], content[1], tokens.CONCURRENT)
    if first is None or "," in text[src[0]:src[1]]:
        return None
    infinitive = first.group() == "to" and text[src[0]:src[1]].lower() not in ("who", "which", "that")
    if not infinitive and first.group().lower() not in en.VERB_AUXILIARIES and not (
            _finite_report_verb(first.group()) and _cue_word_takes_clause(text, src, content[0])):
        return None  # ("a report [Lee] said showed damage": a finite verb of saying opens the predicate too)
    if infinitive and (cue_lemma not in en.INTENT_VERBS or _GAPPED_INFINITIVE.match(text, *content) is None):
        return None
    if len(WORD.findall(text, *src, False, tokens.CONCURRENT)) > _WH_SOURCE_WORDS:
        return None
    head = _RELATIVE_HEAD.search(text, max(sentence.start, src[0] - 60), src[0])
    if head is None or infinitive and (
            head.group(1).endswith("that") or _FRONTED_PREPOSITION.fullmatch(text, sentence.start, head.start(1))):
        return None
    return head.span(1)


# What opens an adjunct, not an object, right after a cue: "opposed [as a senator]",
# "rebuffed [at a meeting]", "never envisioned [when she ran]".
_ADJUNCT_OPENER = regex.compile(
    r"(?:as|at|in|on|during|by|when|while|before|after|since|until|because)\b(?!\s+(?:well|if|though)\b)")

# A subject read as a noun then a name: "The plan Lee", "the ferry Ann Lee"
HEAD_THEN_NAME = regex.compile(
    r"(?i:the|this|these|those|every|each|his|her|their|its|our|my|your)\s+(?:[a-z][\w’'-]*\s+){0,2}"
    # (not a preposition before the name: "The ministry in Kyiv" is a noun and its place)
    r"(?!(?:in|of|at|from|for|on|by|with|near|outside|inside)\s)([a-z][\w’'-]*)"
    r"\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})")

_ROLE_NOUNS = en.PERSON_NOUNS | en.TITLES | en.ORGANIZATION_WORDS | en.DOCUMENT_NOUNS

# a determiner, a noun, then a name after a courtesy title, ending the subject read: "of a campaign Mr. Khan"
_NOUN_THEN_TITLED_NAME = regex.compile(
    r"(?<![\w’'-])(?i:a|an|the|this|that|his|her|their|its)\s+[a-z][\w’'-]*\s+((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\w’'-]*)\Z")


def name_after_gap_head(text: str, src: tuple[int, int], cue_end: int, s1: int) -> tuple[int, int]:
    """The name alone, when the subject read is a noun phrase then a name and the
    cue is followed by the sentence's own predicate (an auxiliary first): the
    noun heads a relative clause with no pronoun, whose subject is the name ("The
    plan [Lee] announced would cost ..."); a noun of role or body is the name's
    title ("The senator Ann Lee"), but not in the plural. Else the subject as read."""
    titled = _NOUN_THEN_TITLED_NAME.search(text, *src, tokens.CONCURRENT)
    if titled is not None:
        # "a campaign Mr. Khan has called bigoted": a noun and a name after a courtesy title make
        # no one mention; the name is the relative clause's subject, whatever follows
        return titled.span(1)
    found = HEAD_THEN_NAME.fullmatch(text, *src, tokens.CONCURRENT)
    if found is None:
        return src
    after = clauses.skip_space(text, clauses.skip_post_adjuncts(text, cue_end, s1), s1)
    nxt = WORD.match(text, after, s1, tokens.CONCURRENT)
    head = found.group(1).lower()
    if document_noun(head) and head not in en.PERSON_NOUNS and head not in en.ORGANIZATION_WORDS and (
            nxt is not None and _finite_report_verb(nxt.group()) or nxt is not None and nxt.group() in en.VERB_AUXILIARIES) and (
            _cue_word_takes_clause(text, src, cue_end)):
        # "The report [Lee] said showed damage": the bare clause after a verb of saying opens with
        # its verb, its subject the noun before the name, which is no title of a text's name
        return found.span(2)
    if head in _ROLE_NOUNS or document_noun(head):
        return src  # a plural noun of role is no title of one name: "The candidates [Lee] named"
    if (nxt is None or nxt.group().lower() not in en.VERB_AUXILIARIES) and _ADJUNCT_THEN_BE.match(text, after, s1) is None:
        return src
    return found.span(2)


def _finite_report_verb(word: str) -> bool:
    """Whether a lower-case word is a finite form, past or present in "-s", of a verb that
    takes a clause ("showed", "finds"), as a predicate with no subject of its own opens."""
    return word.islower() and lemma(word) != word and not word.endswith("ing") and lemma(word) in en.THAT_VERBS


def _cue_word_takes_clause(text: str, src: tuple[int, int], cue_end: int) -> bool:
    """Whether the cue's last word is a verb of saying or thinking that takes a bare clause."""
    cue = WORD.findall(text, max(src[1], cue_end - 30), cue_end, False, tokens.CONCURRENT)
    return bool(cue) and lemma(cue[-1].lower()) in en.CLAUSE_VERBS


# the words before a subject that are no noun a relative clause with no pronoun may hang on
_NO_GAP_HEAD = en.SUBORDINATORS | en.VERB_AUXILIARIES | frozenset(
    "the a an this that these those and but or so then as of in on at to for with by from when while if".split())


def predicate_after_gap(text: str, s0: int, src: tuple[int, int], cue_end: int, s1: int) -> bool:
    """Whether the cue's subject, a pronoun, follows a noun with nothing between and a verb of saying
    follows the cue, finite, past or present: the cue and its subject are a relative clause
    with no pronoun on that noun, and the verb after them is the sentence's own ("Photographs
    he posted showed a burning warehouse", "The data she cited shows ..."). The report is the
    sentence's verb's, not the cue's. A name may be that subject too ("The photo Ann Lee posted
    showed ..."), after a noun of no role, when the cue takes no bare clause ("the report Lee
    said showed ..." is Lee's report)."""
    if text[src[0]:src[1]].lower() not in kinds.GAP_SUBJECTS:
        src = _gapped_name(text, src, cue_end)
        if src is None:
            return False
    elif _cue_word_takes_clause(text, src, cue_end):
        return False  # "The report she said showed ...": her report, as a name's is
    before = WORD.findall(text, max(s0, src[0] - 30), src[0], False, tokens.CONCURRENT)
    if not before or not text[s0:src[0]].rstrip().endswith(before[-1]) or before[-1].lower() in _NO_GAP_HEAD:
        return False
    nxt = WORD.match(text, clauses.skip_space(text, clauses.skip_post_adjuncts(text, cue_end, s1), s1), s1, tokens.CONCURRENT)
    if nxt is None or not nxt.group().islower():
        return False
    return _finite_report_verb(nxt.group())


def _gapped_name(text: str, src: tuple[int, int], cue_end: int) -> tuple[int, int] | None:
    """The name that may open a relative clause with no pronoun on the noun before it: the
    name of "The data Ann Lee" or a name alone ("Ann Lee", after "the photo"), when the noun
    names no role ("The senator Ann Lee" is one mention) and the cue is no verb of saying
    or thinking whose bare clause lost its subject ("the report Lee said showed ..."); else None."""
    if _cue_word_takes_clause(text, src, cue_end):
        return None
    found = HEAD_THEN_NAME.fullmatch(text, *src, tokens.CONCURRENT)
    if found is not None:
        head, src = found.group(1).lower(), found.span(2)
    else:
        words = WORD.findall(text, *src, False, tokens.CONCURRENT)
        if not words or len(words) > 3 or not all(w[0].isupper() for w in words):
            return None
        before = WORD.findall(text, max(0, src[0] - 30), src[0], False, tokens.CONCURRENT)
        head = before[-1] if before else ""
    if not head.isalpha() or not head.islower() or head in _NO_GAP_HEAD or head in en.PERSON_NOUNS or head in en.TITLES:
        return None
    return src


# "in his letter are ...": an adjunct, then the sentence's own predicate
_ADJUNCT_THEN_BE = regex.compile(
    r"(?:in|on|at|during|by|before|after|since|last|this)\s+(?:(?!that\b)[^,;:.“”\"]){1,40}?\s+(?:is|are|was|were|will|would|has|have|had)\b")

# The most words of a source that opens a relative clause with no pronoun
_GAP_SOURCE_WORDS = 4


def gapped_object(ctx: Context, sentence: Sentence, src: tuple[int, int] | None,
                   content: tuple[int, int], cue_end: int) -> tuple[int, int] | None:
    """The head of a relative clause with no pronoun right before a short source,
    when what follows the cue is an adjunct, not an object, so the cue's object
    is that head: "something she opposed as a senator", "an offer the board
    rebuffed at a meeting", "a fact he mentions on the trail"; else None.
    A head of time ("the day he spoke on TV") is an adverbial, no object."""
    text = ctx.text
    if src is None or text[cue_end:content[0]].strip() or _ADJUNCT_OPENER.match(text, content[0], content[1], tokens.CONCURRENT) is None:
        return None  # the adjunct comes right after the cue, no hearer or object between
    return gapped_head(ctx, sentence, src)


def gapped_head(ctx: Context, sentence: Sentence, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The head of a relative clause with no pronoun right before a short source
    ("a levy [the board] opposed"), when it is no time, manner or place; else None."""
    text = ctx.text
    if src is None:
        return None
    words = WORD.findall(text, *src, False, tokens.CONCURRENT)
    if "," in text[src[0]:src[1]] or len(words) > _GAP_SOURCE_WORDS or not words or (
            words[0].islower() and words[0] not in sources.NOUN_MARKERS and words[-1][:1].isupper()):
        return None  # "the most able candidate Lee argues": a bare noun before the name is the head's
    if len(words) > 2 and words[-2] == "to" and words[-1].islower():
        return None  # "directed the states to submit reports": an infinitive and its object, no source
    if (than := _THAN_BEFORE.search(text, max(sentence.start, src[0] - 8), src[0])) is not None:
        return than.span(1)  # "more seats than her aides expected": annotators mark the "than"
    head = _RELATIVE_HEAD.search(text, max(sentence.start, src[0] - 60), src[0])
    if head is None or _FRONTED_PREPOSITION.fullmatch(text, sentence.start, head.start(1)):
        return None
    start, end = head.span(1)
    if text[start:end].endswith("that"):
        end = clauses.trim(text, start, end - 4)[1]
    last = text[start:end].rsplit(None, 1)[-1].lower()
    if last in en.TIME_WORDS or last in _NOT_GAP_HEADS or _ADJUNCT_OPENER.fullmatch(last):
        return None
    if (pre := _PREDETERMINER_BEFORE.search(text, max(sentence.start, start - 6), start)) is not None:
        start = pre.start(1)  # "all the doubt you'd expect": the predeterminer is the head's
    return start, end


# "than" right before the source of a gapped comparative clause, and a predeterminer before a head
_THAN_BEFORE = regex.compile(r"(?<![\w’'-])(than)\s+$")

_PREDETERMINER_BEFORE = regex.compile(r"(?<![\w’'-])((?i:all|both|half))\s+$")

# Heads that stand for an adverbial, not an object ("the way he spoke at ..."),
# and prepositions, which end no head ("policies toward [the town] ...")
_NOT_GAP_HEADS = frozenset("way place reason moment occasion times".split()) | frozenset(
    "toward towards of for from with about over among between behind against into through under like".split())


def as_clause_start(text: str, s0: int, src: tuple[int, int] | None, cue_lemma: str, cue_end: int) -> int | None:
    """Where the "as" of an as-clause stands before the source ("as Lee noted"),
    when the cue reports ("as he spoke" only tells when; "as Lee pointed out"
    does, a phrasal verb of saying whose particle ends the cue at ``cue_end``);
    else None."""
    if src is None or not (cue_lemma in en.THAT_VERBS or cue_lemma in en.INVERTING_VERBS or cue_lemma == "put"
                           or _phrasal_saying(text, cue_lemma, cue_end) or cue_lemma == "go" and (
                               _LAST_WORD.search(text, src[0], src[1]) or [""])[0].lower() in en.SAYING_NOUNS):
        # ("as the old saying goes": a saying goes as a speaker says it, `cues.saying_goes`)
        return None
    found = _AS_CLAUSE.search(text, max(s0, src[0] - 4), src[0], tokens.CONCURRENT)
    return found.start() if found else None


def _phrasal_saying(text: str, cue_lemma: str, cue_end: int) -> bool:
    """Whether the cue ending at ``cue_end`` ends in the particle of a phrasal
    verb of saying whose head is ``cue_lemma`` ("pointed out")."""
    particle = LAST_WORD_OF.search(text, max(0, cue_end - 6), cue_end, tokens.CONCURRENT)
    return particle is not None and (cue_lemma, particle.group(1).lower()) in en.SAYING_PHRASALS


def as_clause_after(ctx, sentence, src, cue, lemma_, as_start, pos) -> Iterator[Candidate]:
    """An as-clause after the words it comments on, which are its content: all
    that comes before it, and what follows its closing comma ("The pier, as
    Lee noted, is unsafe")."""
    text, s1 = ctx.text, sentence.end
    before = clauses.trim(text, sentence.start, as_start)
    occasion = OCCASION_BEFORE_COMMA.match(text, pos, s1) or OCCASION_TO_END.match(text, pos, s1)
    prep = ENDS_IN_PREPOSITION.search(text, cue[-1][0], cue[-1][1]) if occasion is None else None
    if prep is not None:
        # "as Lee noted in The Ledger.": the cue took in the occasion's preposition as a particle
        occasion = OCCASION_BEFORE_COMMA.match(text, prep.start(), s1) or OCCASION_TO_END.match(text, prep.start(), s1)
        if occasion is not None:
            cue = [*cue[:-1], (cue[-1][0], prep.start())]
    if occasion is not None:
        pos = occasion.end() - (text[occasion.end() - 1] == ",")
    tail = text[pos:s1]
    spans = [before]
    if tail.lstrip().startswith(","):
        after = text.index(",", pos) + 1
        rest = clauses.trim(text, after, clauses.content_end(ctx, after, s1))
        if rest[1] > rest[0]:
            spans.append(rest)
    elif tail.strip(clauses.CLOSE_PUNCT + tokens.CLOSING_QUOTE_MARKS):
        return  # more follows that is no part of either side
    if before[1] > before[0]:
        yield candidate(ctx, sentence, cue, lemma_, spans, src, "core.as_clause.v2", priority=50)


_AS_CLAUSE = regex.compile(r"(?<!\S)[Aa]s\s+$", regex.REVERSE)

_LAST_WORD = regex.compile(r"[\w’'-]+$")

# "As X said in Tel Aviv, Y": the place or occasion before the comma that ends an as-clause
OCCASION_BEFORE_COMMA = regex.compile(occasion_pattern("at|in|on|during|after|before|from|to|with", 60) + ",")

OCCASION_TO_END = regex.compile(
    occasion_pattern(r"at|in|on|during|after|before|from|outside|inside|near|while|with|as(?!\s+(?:per|quoted|reported|cited)\b)|"
              + HOW_LONG_AFTER, 80, questions=False, titles=True)
    + r"[\s.!?;]*$"
)

# and when the cue took the preposition in ("saying in"), the rest of the occasion
ENDS_IN_PREPOSITION = regex.compile(r"\s(?:at|in|on|during|after)$")


def first_word(text: str, pos: int, end: int) -> str:
    m = WORD.search(text, pos, min(end, pos + 40))
    return m.group().lower() if m else ""


_ANONYMITY = regex.compile(
    r"(?:the\s+)?condition\s+(?:of|that)\s+(?:anonymity|they|he|she|his|her|their)\b"
    # "who asked not to be named", "who declined to be identified": the terms, no report
    r"|(?:not\s+)?to\s+be\s+(?:named|identified|quoted\s+by\s+name)\b",
    regex.IGNORECASE,
)

# a work one writes that is not itself a report, as the verb's object ("wrote a book",
# "wrote the introduction"); an op-ed, article, post or statement is one, and left alone
_WRITTEN_WORK = regex.compile(
    r"(?:a|an|the|his|her|their|its|this|that|one)\s+(?:[\w’'-]+,?\s+){0,3}?"
    r"(?:book|letter|dissertation|thesis|introduction|foreword|profile|column|memoir|novel|play|song|screenplay|biography"
    r"|tune|poem|lyric|script|score|symphony|opera|musical|album|sonnet)s?\b",
    regex.IGNORECASE)

# a recording, a film or a work of art put out, as the object of "release" ("released 40 albums",
# "released a new single", "released the trailer on Monday"): a work, no report (but "released a
# statement", "released a video saying ...")
_RELEASED_WORK = regex.compile(
    r"(?:a|an|the|his|her|their|its|this|that|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
    r"(?:[\w’'-]+,?\s+){0,3}?"
    r"(?:album|single|record|EP|mixtape|song|track|film|movie|trailer|teaser|novel|poster|series|documentary)s?\b",
    regex.IGNORECASE)

# a day, a rite or a stoppage one keeps, or an event one watches, as the object of "observe"
# ("observed a 12-hour bandh", "observed a minute's silence", "observed Ramadan", "observed the
# voting"); not a clause of what was seen ("observed the strike was total")
_OBSERVED_RITE = regex.compile(
    r"(?:(?:a|an|the|this|that|its|their|his|her|our|one|two)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:strikes?|bandhs?|hartals?|shutdowns?|fasts?|silence|holidays?|days?|ceasefires?|truces?|curfews?"
    r"|sabbath|anniversar(?:y|ies)|festivals?|vigils?|ramadan|lent|rites?|rituals?|customs?|traditions?"
    r"|elections?|polls?|voting|votes?|talks|proceedings|trials?|hearings?)\b"
    r"(?!\s+(?:ago|was|were|is|are|had|has|have|would|will|could|might|must)\b)",
    regex.IGNORECASE)

# ... and what makes the work's words the content: a participle ("a letter urging ..."; not
# an "-ing" word after a determiner, "the fishing fleet"), a title, "in which", a colon or a quotation
_SAYING_PARTICIPLE = r"(?<!\b(?:the|a|an|of|his|her|its|their|on)\s+)\b[a-z]{3,}ing\b"

_WORK_SAYS = regex.compile(_SAYING_PARTICIPLE + r"|\b(?:in\s+which|called|titled|entitled|dubbed)\b|[:“”\"]|''")

# "take to" before its object, and the gerund that makes it a habit of saying ("has taken to
# calling him a liar"); any other object is a place one went to ("took to the streets",
# "have taken to the picket lines"), nothing said, unless an infinitive follows ("taken to
# social media to complain")
_TAKEN_TO_BEFORE = regex.compile(r"(?<![\w’'-])(?:take|takes|took|taken|taking)\s+to\s+$", regex.IGNORECASE)

_GERUND_OPENS = regex.compile(r"\p{Ll}{2,}ing\b|.*?\bto\s+\p{Ll}")  # (an infinitive after the place is the infinitive rule's)

# what makes a thing sent a report: what it says given by a participle ("a letter urging
# ..."), a "that" clause, a purpose ("sent an aide to ask ..."), a colon or a quotation
_SENT_SAYS = regex.compile(
    _SAYING_PARTICIPLE + r"|\bthat\b|[:“”\"]"
    r"|\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]+\b")

# Who a message went to, alone but for where or when it was sent ("his wife from the airport",
# "him on Monday", "supporters late at night"): an object pronoun, or a noun for people (group 1)
# with its determiner, or after one modifier (group 2; the bare noun is tried first, "her mother | late"),
# or a name ("Beijing", "the Kremlin", "North Korea": group "name")
_RECEIVER_ONLY = regex.compile(
    r"(?:(?:me|him|her|them|us|you)|(?:(?:his|her|their|my|our|your|the|a|an)[^\S\n]+)?(?:([a-z]+)|[a-z][\w-]*[^\S\n]+([a-z]+))"
    r"|(?P<name>(?:the[^\S\n]+)?\p{Lu}[\w.’'&-]*(?:[^\S\n]+\p{Lu}[\w.’'&-]*){0,3}))"
    r"(?:[^\S\n]+(?:from|at|on|in|during|after|before|late|early|overnight|last|this|again)\b"
    r"(?![^,;:“”\"]*\b(?:about|with|for|regarding|that|saying|asking|to)\b)[^,;:“”\"]*)?")

# A picture, recording or link shared ("shared a photo of her dog", "shared videos of the rally"),
# or a picture captioned: a thing passed on, no words said (a result posted: _POSTED_RESULT). A
# picture posted or tweeted is a report, as the annotators of the training copy mark it
# ("tweeted a photo of her bruised arm", 9 in 10)
_SHARING_LEMMAS = frozenset(["share", "caption"])

# Verbs of telling whose object is always the hearer, never what is told ("warned the board",
# not "warned the danger"; but "advised caution", "promised a vote"): with that object alone,
# and perhaps a time or place, nothing is told
_HEARER_OBJECT_LEMMAS = en.HEARER_VERBS - {"tell", "advise", "promise"}

_POSTED_HEAD = (r"(?:(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|one|two|three|several|some|new)\s+)?"
                r"(?:[\w’'$,.-]+\s+){0,3}?(?:")

# the head of the object, not the subject of a clause ("shared the video was fake")
_POSTED_HEAD_END = r")s?\b(?=\s*$|[\s,]+(?:of|from|with|to|on|in|at|for|by|about|during|after|before|via|and|online)\b)"

_SHARED_THING = regex.compile(
    _POSTED_HEAD + "|".join(sorted(en.POSTED_MEDIA_NOUNS, key=lambda w: (-len(w), w))) + _POSTED_HEAD_END, regex.IGNORECASE)

# ... unless the words come with it: a caption, a colon or a quotation
_POSTED_SAYS = regex.compile(r"\bcaption(?:ed)?\b|[:“”\"]|''", regex.IGNORECASE)

# A lower-case coordinator straight after the cue joins a second predicate or word to it,
# and opens no content ("shouted and held up a sign", "laughed and laughed", "hope and
# fear"); but a second cue or "-ed" verb after it shares the object ("derided and mocked
# the plan", "defended and minimized it").
_SECOND_PREDICATE = regex.compile(r"(?:and|or)\s+(\p{L}+)")


def second_predicate(ctx: Context, start: int, end: int, cue_word: str, *, after_object: bool = False) -> bool:
    """Whether the content opens with "and"/"or" and a word that is no cue sharing
    an object with the cue (or the cue again): a second predicate or noun, no content.
    With ``after_object``, the cue's hearer or object stands before the content, and
    a verb after the coordinator shares nothing with it."""
    m = _SECOND_PREDICATE.match(ctx.text, start, end, tokens.CONCURRENT)
    if m is None:
        return False
    word = m.group(1)
    if word == cue_word:
        return True  # "laughed and laughed"
    after = next_class(ctx.text, m.end(), end)
    if word.endswith("ed") and word.islower() and after in _OBJECT_NEXT and not after_object:
        # "derided and ridiculed the plan": a second verb in "-ed" and its object the cue shares
        # (but "told Reuters and walked away": the hearer is the cue's, the verb a second predicate;
        # and "said and walked away": "say" shares no object with a verb that is no cue)
        return False
    return ctx.lexicon.cue_weight(word, after) < cues.LEAST_WEIGHT


# What may open a verb's object: a word, a name, a pronoun or a quotation (not "to", a preposition or a stop).
_OBJECT_NEXT = frozenset(("word", "cap", "pron", "quote"))

_THAT_BEFORE = regex.compile(r"\bthat[\s,]*$", regex.IGNORECASE)

# a cue in the present that may be a plural noun or a noun's modifier, right before the content:
# "Vexa shares", "the Treasury note"
_NOUN_CUE_BEFORE = regex.compile(r"(?<![\w’'-])(\p{Ll}+)[^\S\n]+\Z", regex.REVERSE)

# a verb in the past that opens the content, then a number, a determiner, a preposition, an
# adverb or the end: "shares rose 3%", "note fell to 4%", "shares bucked the trend"; but not a
# participle before its noun ("say armed men stormed ...")
_PAST_OPENS_CONTENT = regex.compile(
    r"(\p{Ll}+)(?:[^\S\n]+(?:[\d$€£₹]|(?:the|a|an|its|their|to|by|in|on|at|from|after|as|sharply|\p{Ll}+ly)"
    r"(?![\w’'-]))|[^\S\n]*(?:[,;]|\Z))")

# the first word of a content, and the past forms of verbs of finding, which modify no noun as
# some participles do ("say alleged members"): "showed", "suggested"
_WORD_OPENS_CONTENT = regex.compile(r"(\p{Ll}+)(?![\w’'-])")

_FINDING_PASTS = frozenset("showed found indicated suggested".split())

# A finite verb that needs a subject before it: an auxiliary or a modal, or a past that is no
# participle ("would", "has", "took"); not "do", "have" nor "be", which open a command ("said do
# not drink the water", "said have your papers ready")
_SUBJECT_NEEDING_VERBS = (en.VERB_AUXILIARIES - {"'s", "’s", "be", "been", "being", "am", "do", "have"}) | en.FINITE_PASTS

# a time that may be a reported clause's subject ("announced last year was the hottest"), which
# clauses.skip_post_adjuncts leaves in the content
_TIME_BEFORE_VERB = regex.compile(r"(?:last|this|next)[^\S\n]+(?:week|month|year)[^\S\n]+")

_SUBJECTLESS_VERB = regex.compile(
    r"(?:(?:also|still|now|then|already|[a-z]+ly)[^\S\n]+)?(?:" + "|".join(sorted(_SUBJECT_NEEDING_VERBS, key=lambda w: (-len(w), w)))
    + r")(?![\w’'-])")


def subjectless_content(text: str, src: tuple[int, int], cue: list[tuple[int, int]], start: int, end: int,
                         lexicon: Lexicon) -> bool:
    """Whether the content after a cue that follows its source, a common noun, opens, past any
    time, with a finite verb that has no subject: the cue is then a participle on that noun and
    that verb the sentence's own, which the cue does not report ("A deal announced Monday |
    would close the pier", "The plan unveiled on Monday | took effect"); a clause keeps its
    subject ("The mayor announced Monday | the pier would close")."""
    word = text[cue[0][0]:cue[0][1]]
    if len(cue) != 1 or text[src[1]:cue[0][0]].strip() or not lemma_past_form(word) or len(word.split()) != 1:
        return False  # (a cue of more words, "has not authorized", is finite: "routes the city has not authorized")
    head = text[src[0]:src[1]].rsplit(None, 1)[-1]
    if not head.islower() or head in en.PRONOUNS or head in en.OBJECT_PRONOUNS or person_noun(head):
        # "names he said would be released", "the judge Trump referred to is ...", "a plan the
        # congressman said is designed to ...": a speaker before a gapped relative clause, whose
        # head is the object; the verb after is the clause's
        return False
    # (the adjuncts are read from the space before the content: "last week | has closed")
    at = clauses.skip_space(text, clauses.skip_post_adjuncts(text, start - 1, end), end) if start else start
    if _SUBJECTLESS_VERB.match(text, at, end) is not None:
        return True
    if kinds.kind(text, *src, lexicon) != "unnamed":
        return False
    # a noun that names no speaker announces nothing: the time after the participle is its own,
    # no subject of a reported clause ("A deal announced last week | has closed", but "The board
    # announced last year was its best")
    if (time := _TIME_BEFORE_VERB.match(text, at, end)) is not None:
        at = time.end()
    return _SUBJECTLESS_VERB.match(text, at, end) is not None


def past_after_noun_cue(text: str, start: int, end: int, cue_lemma: str) -> bool:
    """Whether a cue word in the present right before the content is a noun that a past verb
    follows, the subject's head and no verb of saying: "Vexa shares jumped 9%", "the Treasury
    note rose to 4%"."""
    before = _NOUN_CUE_BEFORE.search(text, max(0, start - 24), start, tokens.CONCURRENT)
    if before is None or (word := before.group(1)).endswith("ed") or word in en.IRREGULAR_LEMMAS or (
            lemma(word) != cue_lemma):
        return False
    past = _PAST_OPENS_CONTENT.match(text, start, end, tokens.CONCURRENT)
    if past is None:
        # "Bank forecasts showed slower growth": a past verb of finding opens the content, whatever
        # follows it; no verb of saying takes one as its first word
        opening = _WORD_OPENS_CONTENT.match(text, start, end, tokens.CONCURRENT)
        return opening is not None and opening.group(1) in _FINDING_PASTS
    return kinds.past_form(past.group(1))


# object pronouns, which no verb of saying takes as its subject; "her" is a possessive too, before
# a noun ("knows her plan was ...", "no secret of her doubts", "her alleged role"), and is read
# so only before a past of saying that is no adjective nor noun
_OBJECT_PRONOUNS_BEFORE_VERB = frozenset("me him us them".split())

_PAST_OF_SAYING = frozenset("said told wrote".split())


def inflected_saying(word: str) -> bool:
    """Whether ``word`` is a verb of saying in the past or the third person present
    ("said", "warned", "says"), which no object pronoun can be the subject of."""
    base = lemma(word)
    return word.islower() and base != word and base in en.THAT_VERBS and not word.endswith("ing")


# a form of "be" that heads a cue alone ("I am glad we won"), and how many words after it make
# only a state, with no clause ("not convinced", "very sure")
_BARE_BE = cues.COPULAS | {"be"}
_BARE_BE_STATE_WORDS = 2


def _irregular_past_after_noun(words: list[str]) -> bool:
    """Whether an irregular past follows a word that is no "and" nor "or": the verb of a
    clause ("inflation rose", "the rebels fled"), not a second predicate ("and left")."""
    return any(w in en.IRREGULAR_PASTS and words[k - 1].lower() not in ("and", "or") for k, w in enumerate(words[1:], 1))


def no_report(text: str, start: int, end: int, cue_lemma: str) -> bool:
    """Content that reports nothing: a lone object pronoun after a verb that
    takes a hearer ("told her"; but "endorsed her" is a stance on her), or a
    short place or time phrase ("said in Paris")."""
    words = WORD.findall(text, start, end, False, tokens.CONCURRENT)
    if not words:
        return not cues.quotation_inside(text, start, end)
    if len(words) == 1 and words[0].lower() in en.OBJECT_PRONOUNS:
        return cue_lemma in en.HEARER_VERBS or cue_lemma in en.THAT_VERBS or cue_lemma in en.MESSAGING_VERBS
    if len(words) == 1 and words[0].endswith("ly") and words[0].islower():
        return True  # "said simply"
    if cue_lemma in _BARE_BE and len(words) <= _BARE_BE_STATE_WORDS and not cues.quotation_inside(text, start, end):
        return True  # "I am not convinced.", "I am glad": a state with no clause it holds (but "am glad we won")
    if len(words) > 1 and (words[0] in _OBJECT_PRONOUNS_BEFORE_VERB and inflected_saying(words[1])
                           or words[0] == "her" and words[1] in _PAST_OF_SAYING):
        # "A pilot who knows her said she ...": the relative clause's object, then the
        # sentence's own verb of saying, no clause the first verb reports
        return True
    if only_how_often(words) and not cues.quotation_inside(text, start, end) and not _THAT_BEFORE.search(
            text, max(0, start - 8), start):
        # "said twice", "had sparred for months", "told reporters in private"; but "rejected that,
        # too" and "recalling that moment": the "that" read as a complementizer is the object
        return True
    if _ANONYMITY.match(text, start, end, tokens.CONCURRENT):
        # "spoke on condition of anonymity because ...", "asked not to be named": the terms of a report
        # (a clause after "on condition that" is the condition's: the content starts past it, or there is none)
        return True
    if cue_lemma == "write" and _WRITTEN_WORK.match(text, start, end) and not _WORK_SAYS.search(text, start, end):
        return True  # "wrote a children's book", "wrote his dissertation on ...": a work written, not what it says
    if cue_lemma == "release" and _RELEASED_WORK.match(text, start, end) and not _WORK_SAYS.search(text, start, end):
        return True  # "released 40 albums", "released the trailer on Monday": a work put out, nothing said
    if cue_lemma == "take" and _TAKEN_TO_BEFORE.search(text, max(0, start - 10), start) and not _GERUND_OPENS.match(
            text, start, end):
        return True  # "have taken to the streets": a place gone to; but "has taken to calling him a liar"
    if cue_lemma == "observe" and _OBSERVED_RITE.match(text, start, end) and not cues.quotation_inside(text, start, end):
        return True  # "observed a bandh", "observed a minute's silence", "observed the voting": a thing kept or watched
    if cue_lemma == "send" and not _SENT_SAYS.search(text, start, end):
        return True  # "sent a letter to the minister", "sent troops north": a thing sent, nothing it says
    if cue_lemma in en.MESSAGING_VERBS and (receiver := _RECEIVER_ONLY.fullmatch(text, start, end)) is not None and (
            (noun := receiver.group(1) or receiver.group(2)) is None or person_noun(noun.lower())):
        return True  # "texted his wife from the airport", "emailed him on Monday": who got a message, nothing it says
    if cue_lemma in _HEARER_OBJECT_LEMMAS and _RECEIVER_ONLY.fullmatch(text, start, end) is not None and not clauses.finite(
            words) and not CUE_ENDS_IN_PREPOSITION.search(text, max(0, start - 8), start, tokens.CONCURRENT) and not (
            _THAT_BEFORE.search(text, max(0, start - 8), start) or _irregular_past_after_noun(words)):
        # "warned the harbour board", "assured voters on Monday", "warned Beijing and left": whom one
        # told, nothing told (but "warned about surprises", "is assured of winning": the preposition's
        # object is what is told; and "warned (that) inflation rose": a clause, its verb an irregular past)
        return True
    if cue_lemma in _SHARING_LEMMAS and _SHARED_THING.match(text, start, end) and not _POSTED_SAYS.search(
            text, start, end) and not _THAT_BEFORE.search(text, max(0, start - 8), start):
        return True  # "shared a photo of her dog", "captioned videos": a thing passed on, nothing said
    if cue_lemma in _TALK_VERBS and _SPOKE_WHERE.search(text, max(0, start - 24), start) and not (
            _SPOKE_OF.search(text, start, end) or _SPOKE_TO_DO.match(text, start, end)
            or _NOT_LENGTH.match(text, start, end) or quote_next(text, end)):
        # "spoke at the forum", "spoke with reporters", "is talking to Lee", "spoke for an hour": where,
        # to whom or how long one spoke, no topic and no words said
        return True
    if (cue_lemma in _BEGIN_VERBS and _BEGUN.search(text, max(0, start - 16), start)
            or _WENT_ON.search(text, max(0, start - 12), start, tokens.CONCURRENT)) and not _BEGUN_SAYS.search(text, start, end):
        # "launched a bid", "started a channel": a thing begun, nothing said of it; "went on the
        # offensive", "went on television": where one went or what one took up
        return True
    if _VOTED_IN.search(text, max(0, start - 12), start, tokens.CONCURRENT) and not _IN_FAVOR.match(text, start, end):
        return True  # "voted in the primary", "voted in the majority": where one voted, not what for
    if names_only(text, start, end, cue_lemma):
        # "pushed the “gun violence” narrative", "appeared on “The View”", "performed “Hey Jude”":
        # the quotation names a label, a show or a work the verb shows, uses or takes part in
        return True
    if cue_lemma == "call" and _CALLED_CONTEST.match(text, start, end):
        return True  # "called the race for Lee", "called a snap election": a contest decided or set, nothing said
    if cue_lemma == "call" and (_CALLED_ACT.match(text, start, end) and _CALL_BEFORE.search(text, max(0, start - 9), start)
                                or _CALLED_OFF.search(text, max(0, start - 5), start)):
        return True  # "called a timeout", "called in extra staff", "called off the deal": a thing done, nothing said
    if cue_lemma in _SPLIT_PARTICLES and (split := _SPLIT_PARTICLE.match(text, start, end)) is not None and (
            split.group(1) in _SPLIT_PARTICLES[cue_lemma]):
        return True  # "called the concert off", "wrote her off", "wrote it down": a thing dropped or noted, nothing said
    if cue_lemma in _GRANTING_LEMMAS and _GRANTED.match(text, start, end) and not _THAT_BEFORE.search(
            text, max(0, start - 8), start):
        return True  # "denied bail", "refused him entry": a leave withheld, no claim denied
    if cue_lemma in _GRANTING_LEMMAS and _DENIED_TWO.match(text, start, end) and not _THAT_BEFORE.search(
            text, max(0, start - 8), start):
        return True  # "denied Smith a penalty", "denied the defence a hearing": a thing withheld from someone
    if cue_lemma == "claim" and _CLAIMED_PRIZE.match(text, start, end):
        return True  # "claimed the early lead", "claimed £2,000 in costs", "claimed three lives": a thing taken, no claim made
    if cue_lemma == "concede" and _CONCEDED_SCORE.match(text, start, end):
        return True  # "conceded three goals", "conceded a late penalty": a score let in, no point granted
    if cue_lemma == "argue" and _ARGUED_IN_COURT.match(text, start, end):
        return True  # "argued three cases before the Supreme Court": a case pleaded, no point argued
    if cue_lemma == "pass" and _PASSED_AWAY.match(text, start, end):
        return True  # "passed away at a hospital in Delhi": a death, nothing passed on
    if cue_lemma == "agree" and _VERB_BEFORE["agree"].search(text, max(0, start - 10), start) and (
            words[0].lower() in _AGREED_THING_OPENERS) and not clauses.finite(words) and not _ING_WORD.search(
            text, start, end) and not cues.quotation_inside(text, start, end):
        return True  # "agreed its budget", "agreed a ceasefire on Monday": a thing adopted, no point granted
    if cue_lemma == "offer" and _VERB_BEFORE["offer"].search(text, max(0, start - 10), start) and _OFFERED_GOODS.match(
            text, start, end) and not cues.quotation_inside(text, start, end):
        return True  # "offered a 10% discount", "offer tours and tastings": goods or a price, no words
    if _UNSOURCED.match(text, start, end, tokens.CONCURRENT) and _WITHOUT_PARTICIPLE.search(text, max(0, start - 40), start):
        return True  # "reported, without citing sources, that ...": a qualifier of the report, no report
    if cue_lemma == "quote" and _QUOTED_NUMBER.match(text, start, end):
        return True  # "contact police, quoting reference 5223": a number to give, no one's words
    if cue_lemma == "post" and _POSTED_RESULT.match(text, start, end):
        return True  # "posted record profits", "posted 310 for six": a result recorded, no message put up
    if cue_lemma in _DRAW_FORMS and _REACTION.match(text, start, end):
        return True  # "drew cheers", "drew criticism from Paris": others' reaction drawn, the drawer says nothing
    if cue_lemma in _DRAW_FORMS and _DRAWN_UP.match(text, start, end):
        return True  # "had drawn up three plans": a plan or a list drafted, nothing said
    if len(words) <= _ADJUNCT_WORDS and cue_lemma in _SPEECH_ADJUNCT_VERBS and (adjunct := _SPEECH_ADJUNCT.match(text, start, end) or (
            _TO_SOMEONE.match(text, start, end) if cue_lemma == "write" else None)) and not _CLAUSE_SIGN.search(
            text, adjunct.end(), end) and not _THAT_BEFORE.search(text, max(0, start - 8), start) and not quote_next(text, end):
        return True  # "said of the plan", "said as she left", "wrote while a student": an adjunct, the words said elsewhere
    if cue_lemma == "respond" and _CALLED_OUT_TO.match(text, start, end):
        return True  # "responded to the scene", "responded to a report of shots fired": where one was sent, no answer
    if cue_lemma in en.ANSWERING_VERBS and (answered := _TO_WHAT.match(text, start, end)) is not None and not _CLAUSE_SIGN.search(
            text, answered.end(), end) and not _ING_WORD.search(text, answered.end(), end) and not quote_next(text, end):
        # "Replying to a question, Lee said ...": what was answered, the words said elsewhere (but a
        # participle in it opens a clause: "did not reply to letters asking why ...")
        return True
    if cue_lemma in _CLAUSE_ONLY_LEMMAS and not clauses.finite(words) and not cues.quotation_inside(text, start, end):
        # "assumed office", "assumes no obligation to update them": a thing taken on, no belief; the
        # belief is a clause ("assumed the vote would pass")
        return True
    if cue_lemma in _DIFFER_FORMS and _DIFFERS_FROM.match(text, start, end, tokens.CONCURRENT):
        # "results may differ materially from those expressed": unlike, no disagreement (but
        # "they differ on the tax")
        return True
    if cue_lemma == "declare" and _PAYOUT.match(text, start, end, tokens.CONCURRENT):
        # "declared an interim dividend of Rs 4 a share", "Board Declares Bonus Issue": a payout
        # made, a company's act (but "declared victory", "declared that the plan had failed")
        return True
    if start > 0 and text[start - 1] == "(" and (closed := _BRACKET_CLOSE.match(
            text, start, min(len(text), end + 2))) is not None and closed.end() >= end:
        return True  # "Financial Highlights (Q3 vs Q2)": a heading's bracket, no words a verb takes
    if cue_lemma in APOLOGY_LEMMAS and words[0] == "for":
        return False  # "apologised for the delays": what the apology is for
    if cue_lemma == "decline" and _FELL_BY.match(text, start, end, tokens.CONCURRENT) and not _REFUSED_TO.search(
            text, start, end, tokens.CONCURRENT):
        # "declined 4 percent", "declined in most states", "declined to $3 million": a fall, no refusal
        # (but "declined in a letter to say ...")
        return True
    return len(words) <= 4 and words[0].lower() in ADJUNCT_ONLY and not cues.quotation_inside(text, start, end)


# Verbs that show, wear, push, launch or use a thing, or take part in a show or a work: a quotation in
# their object is often a name, not words reported ("pushed the “gun violence” narrative", "showing
# off the “Make America Great Again” hat", "appeared on “The View”", "performed “Hey Jude”")
_LABEL_USING_LEMMAS = frozenset(
    "show push launch cast double display unveil wear wore sport don appear perform sing star post tweet share"
    " write pass".split())

# ... of them, those whose quotation after a preposition names a show, a work or a measure they appear
# in, take part in or pass under ("appeared on “The View”", "passed under the “Expulsion Initiative”")
# ("wrote in “Lee” on the ballot" names whom one voted for)
_APPEARING_LEMMAS = frozenset("show appear perform sing play star pass".split())

# ... and those whose object is a work when it is a title alone ("performed “Hey Jude”", "wrote “Tough Choices.”");
# "play" only so ("played down the remarks as “just part of the campaign”" reports them)
_WORK_LEMMAS = frozenset("perform sing play write".split())

# Nouns of a name, a label or a slogan and what bears one: a programme, a work, a garment or a sign
# ("the “king of debt” moniker", "the “Fantastic Four” reboot", "the pseudonym “Carlos Danger”")
_LABEL_NOUNS = (
    "narrative moniker nickname slogan catchphrase tagline hashtag label brand logo pseudonym alias initiative"
    " programme program campaign referendum reboot remake sequel prequel series show film movie documentary book"
    " memoir novel album song single musical episode sketch podcast syllabus hat cap shirt t-shirt sign banner"
    " sticker button poster").split()
_LABEL_NOUN = r"(?:" + "|".join(_LABEL_NOUNS) + r")s?"

# A quotation in double marks, or in single marks opened after a space
_QUOTED = regex.compile(r"[“\"]([^“”\"\n]{1,120}?)[”\"]|(?<![\w’'])‘([^‘’\n]{1,120}?)’(?!\w)")

# A label noun right after the quotation, or last inside one with no article ("the “expulsion of
# foreigners initiative”"; but "as “just part of the primary campaign”" is a phrase said)
_LABEL_AFTER = regex.compile(r"[,.]?[^\S\n]+" + _LABEL_NOUN + r"\b", regex.IGNORECASE)
_LABEL_LAST = regex.compile(r"\b" + _LABEL_NOUN + r"[,.]?$", regex.IGNORECASE)

# ... or right before it ("under the pseudonym “Carlos Danger”")
_ARTICLE = regex.compile(r"\b(?i:the|an?)\b")

_LABEL_BEFORE = regex.compile(r"\b" + _LABEL_NOUN + r"[^\S\n]+$", regex.IGNORECASE)

# A preposition before a title, a year or a name's possessive between ("on “The View”", "in CNBC’s
# “Squawk Box”", "under the 2010 “Expulsion Initiative”", "to the tune of “Silent Night”")
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:on|in|under|of)[^\S\n]+(?:(?:the|an?|\d+|\p{Lu}[\w’'.-]*)[^\S\n]+){0,3}$", regex.IGNORECASE)

# What a noun phrase before its quotation may not hold: a clause's mark or a list's comma
_NOT_PHRASE = regex.compile(r"[,;:()“”\"«»]|\b(?i:that|which|who|whom|because|saying|says|said|if|whether)\b")

# Words a title leaves in lower case
_TITLE_MINOR = frozenset("a an the of in on and or to for with at by from over as de la le".split())

_LABEL_PREFIX_WORDS = 10
_LABEL_QUOTE_WORDS = 6

_WORD_BEFORE = regex.compile(r"(\p{L}+)[^\S\n]*$", regex.REVERSE)


def _title(words: list[str]) -> bool:
    """Whether quoted words read as a title: two or more, each but the small ones capitalised."""
    return len(words) >= 2 and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_MINOR for w in words)


def names_only(text: str, start: int, end: int, cue_lemma: str) -> bool:
    """Whether the content after a verb that shows, uses or takes part in a thing
    (``_LABEL_USING_LEMMAS``) is a noun phrase whose quotation is a name: a label noun
    next to it ("pushed the “gun violence” narrative", "wrote under the pseudonym
    “Carlos Danger”"), a title after a preposition ("appeared on “The View”"), or a title
    alone after a verb of a work ("performed “Bridge Over Troubled Water.”"). Every
    quotation in it must be short or a title: "pushed the “X” narrative, calling it “...”"
    reports words."""
    if not cues.quotation_inside(text, start, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 16), start, tokens.CONCURRENT)
    verb = lemma(before.group(1)) if before is not None else ""
    using = cue_lemma in _LABEL_USING_LEMMAS or verb in _LABEL_USING_LEMMAS
    work = cue_lemma in _WORK_LEMMAS or verb in _WORK_LEMMAS
    if not using and not work:
        return False
    quotes = list(_QUOTED.finditer(text, start, end))
    if not quotes:
        return False
    named = False
    for q in quotes:
        inner = q.group(1) if q.group(1) is not None else q.group(2)
        words = WORD.findall(inner)
        title = _title(words)
        if len(words) > _LABEL_QUOTE_WORDS and not title:
            return False  # words said, not a name
        if named:
            continue
        prefix = text[start:q.start()]
        if _NOT_PHRASE.search(prefix) or len(WORD.findall(prefix)) > _LABEL_PREFIX_WORDS:
            return False
        if using and (_LABEL_AFTER.match(text, q.end(), end) or _LABEL_LAST.search(inner) and not _ARTICLE.search(inner)
                      or _LABEL_BEFORE.search(text, max(start, q.start() - 24), q.start())):
            named = True
        elif title and (cue_lemma in _APPEARING_LEMMAS or verb in _APPEARING_LEMMAS) and _PREPOSITION_BEFORE.search(
                text, max(start, q.start() - 48), q.start()):
            named = True
        elif title and work and not text[start:q.start()].strip() and not (
                text[q.end():end].strip(" .,")) and "!" not in inner and "?" not in inner:
            named = True
        else:
            return False
    return named


# What follows "declined" when it tells of a fall, not a refusal: an amount, or where, since when or
# by how much, perhaps after an adverb ("declined 4 percent", "declined sharply in May", "declined by
# half", "declined to $3 million") ...
_FELL_BY = regex.compile(r"(?:\p{Ll}+ly\s+)?(?:[\d$£€]|(?:by|in|from|since|over|across|among|between)\b|to\s+[\d$£€])")

# ... unless a verb's infinitive follows, what was refused: "declined in a letter to say"
_REFUSED_TO = regex.compile(r"\bto\s+\p{Ll}")

_TO_WHAT = regex.compile(r"to\s+")

# Verbs of speaking whose words or topic must follow them ("spoke about", "talked of", "spoke out against"
# are left to the cue's particle): after the verb alone, or one of its prepositions of place, hearer or
# length, the content tells only where, to whom or how long one spoke ("spoke at the forum", "spoke with
# reporters", "is talking to Lee", "spoke for an hour"); in lower case only, as a title-case headline's
# "Lee Speaks To Pilots" names a speech whose words the story gives
_TALK_VERBS = frozenset(["speak", "talk"])

_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "eve", "day", "weekend")

_SPOKE_WHERE = regex.compile(
    r"\b(?:spoke|speaks?|speaking|spoken|talk|talks|talked|talking|to|with|at|over|in|before|for)\s*$")

# ... unless a topic, the words said or a clause said is in it: "talked to Roe about the toll",
# "spoke with the paper on the strike", "spoke in Paris, “...”", "spoke to say ..."
# (not a relative "that" with its verb: "spoke before the committee that oversees the banks")
# (nor "on" before a day or a date: "talked to Lee on Monday", "on the morning of the vote" tell when)
_SPOKE_OF = regex.compile(r"\b(?i:about|on(?![^\S\n]+(?:the[^\S\n]+)?(?:" + "|".join(en.DAY_NAMES + en.MONTH_NAMES + _PARTS_OF_DAY)
                          + r")\b)|regarding|concerning|over|against|that(?!\s+(?:" + RELATIVE_PREDICATE.pattern + r"))"
                          r"|whether|how|why|what|if)\b|[:“”\"«]|''")

_SPOKE_TO_DO = regex.compile(  # "spoke to defend the plan": the purpose, maybe what was said
    r"to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|him|them|us|me|this|that|these|those|some|all|every)\b)\p{Ll}+\b(?<!s)")

# ... nor what follows "for" but a length of time: "spoke for Lee" is on her behalf
_NOT_LENGTH = regex.compile(
    r"(?<=\bfor\s+)(?!(?:about|more|less|nearly|almost|over|under|roughly|some|an?|\p{N}+|one|two|three|four"
    r"|five|ten|twenty|thirty|forty|fifty|sixty|ninety|several|many)\b)", regex.IGNORECASE)

# Verbs of beginning, whose object is a thing begun, not words ("launched a bid", "started a
# channel"), right before the content and in lower case (a title-case headline's "Groups Launch
# Ads Against Lee" names what the story reports); the lemma table has no "began", nor "begins"
_BEGIN_VERBS = frozenset(["start", "launch", "begin", "began", "begun", "begins"])

# "differ" (in the forms the lemma table leaves) and "from" after it, an adverb or two between
_DIFFER_FORMS = frozenset(["differ", "differs", "differed", "differing"])

# "declare" and a payout it makes: "declared a final dividend", "declares a 1:1 bonus issue"
_PAYOUT = regex.compile(r"(?:[^\s,;]+[^\S\n]+){0,3}?(?:dividends?|bonus(?:es)?|payouts?)\b", regex.IGNORECASE)

# content that runs to the close of the bracket it opened in
_BRACKET_CLOSE = regex.compile(r"[^()\n]*\)")

_DIFFERS_FROM = regex.compile(r"(?:\w+ly[^\S\n]+){0,2}from\b", regex.IGNORECASE)

# verbs of belief whose noun object is a thing taken on, no belief held: "assumed the presidency"
_CLAUSE_ONLY_LEMMAS = frozenset(["assume"])

# "vote" and "in" before its content: the election or the side one voted in, not what one voted for
# ("voted in the primary"); but "voted in favor of the bill"
_VOTED_IN = regex.compile(r"\bvot(?:e|es|ed|ing)\s+in\s*$")

_IN_FAVOR = regex.compile(r"favou?r\b", regex.IGNORECASE)

_WENT_ON = regex.compile(r"\b(?:go|goes|going|gone|went)\s+on\s*$")

_BEGUN = regex.compile(r"\b(?i:start|starts|started|launch|launches|launched|launching|begin|begins|began|begun)\s*$")

# ... unless the content says what the thing says or whom it targets, or runs on into the words said:
# a target or topic ("launched an attack on Lee", "began with a joke about"), a participle or a clause
# ("a petition urging", "an ad that says"), an infinitive or a quotation
_BEGUN_SAYS = regex.compile(
    r"\b(?i:that|about|against|by|with|on|to|for|of|calling)\b|\b\p{Ll}{2,}ing\b|[“”\"«]|''")

# A contest as the object of "call", with nothing said of it after: a winner named or an election set
# ("called the race for Lee at 11 p.m.", "called a bellwether county", "called a snap election"); not
# a name given to it ("called the election a sham")
_CALLED_CONTEST = regex.compile(
    r"(?:the|a|an|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:race|contest|election|seat|primary|caucus(?:es)?|state|county|district)s?"
    r"(?:\s+(?:for|at|in|on|by|early|late|shortly|just|minutes|hours|after|before|when)\b[^“”\"]*)?[\s.,;!?]*$",
    regex.IGNORECASE,
)

# What "deny", "refuse" or "grant" gives or withholds when it is a leave, not a claim: bail, entry, a
# visa, a debate, after at most an object pronoun or two modifiers ("denied bail", "refused him entry",
# "denied the crew permission to film", "was denied a visa", "granted permission for the homes", "the
# Speaker granted an urgent question"); a claim denied is no such thing ("denied the charge", "denied
# that ...", "denied the visa was forged")
_GRANTING_LEMMAS = frozenset(["deny", "refuse", "grant"])

_GRANTED = regex.compile(
    r"(?:(?:him|her|them|us|me|it)\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!that\b)[\w’'-]+\s+){0,2}?"
    r"(?:bail|parole|entry|entrance|admission|access|permission|approval|leave|visas?|licen[cs]es?|passports?|asylum|clearance"
    r"|urgent\s+questions?|debates?|extensions?|exemptions?|waivers?|pardons?|reprieves?)\b"
    r"(?!\s+(?:claims?|reports?|allegations?|accusations?|charges?)\b)"
    r"(?![^,;]*?\b(?:had|has|have|was|were|is|are|would|will|could|did)\b)",  # a clause: "denied access was cut"
    regex.IGNORECASE,
)

# What may follow an object when nothing but an adjunct comes after it: "in the final", "last year",
# "without dropping a set", or a score ("claimed the first set 6-3")
_ADJUNCT_NEXT = (
    r"(?i:in|on|at|for|from|after|with|without|despite|of|and|but|last|this|over|by|to|during|since|before|than"
    r"|when|while|as|behind|ahead|against|earlier|yesterday|today)\b|\p{N}{1,3}[-–]\p{N}{1,3}\b"
)

# Words between a determiner and its noun, no verb, clause word or preposition among them (but "of the":
# "the player of the month award")
_CLAIM_MODIFIER = (
    r"(?:(?:of\s+(?:the|a|an)|(?!(?:the|a|an|his|her|their|its|our|had|has|have|was|were|is|are|would|will|could|did"
    r"|should|can|may|might|must|that|who|which|in|on|at|for|from|with|by|to|about|over|after|before|during|into|as)\b)"
    r"[\w’'-]+)\s+)"
)

_CLAIM_COUNT = (
    r"(?:the|a|an|his|her|their|its|our|my|your|this|another|some|several|many|more|both|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|dozens|hundreds|thousands|\p{N}[\p{N},.]*)\s+"
)

# What opens an object a verb takes as a thing: a determiner or a count and at most four modifiers
# ("the player of the month", "three late"), or one lower-case word ("record", "second")
_THING_OPENING = r"(?:" + _CLAIM_COUNT + _CLAIM_MODIFIER + r"{0,4}?|(?:\p{Ll}[\w’'-]*\s+)?)"

# ... and what may come after it: nothing but an adjunct, as a clause makes it the subject of what is said
_NOTHING_BUT_ADJUNCT = r"(?=\s*(?:[,.;:!?)]|$|" + _ADJUNCT_NEXT + r"))"

# What "claim" takes when it takes or wins a thing, not asserts one: a prize, a place, a share, a sum or
# lives, after a determiner or a count and at most four modifiers ("claimed the early lead", "claimed
# second place", "claimed the player of the month award", "claimed £2,000 in costs", "claimed 41 percent
# of the vote", "the crash claimed three lives"); a win or a victory only with a determiner or a count
# ("claimed a 2-1 win", "claimed his third victory"), as a bare "claimed victory" declares it, unless
# the margin it was won by follows ("claimed victory by five wickets"); a game's spoils too ("claimed
# three wickets for 24 runs", "claimed the first set"); and only with nothing after it but an adjunct,
# as a clause about the thing is a claim ("claimed the lead was stolen", "claimed the team took the lead")
_CLAIMED_PRIZE = regex.compile(
    r"(?:" + _THING_OPENING +
    r"(?:lead|place|position|pole|spot|titles?|crown|troph(?:y|ies)|cups?|medals?|awards?|prizes?|seats?|points"
    r"|goals?|tries|wickets?|scalps?|sets?|frames?|stages?|berths?|hat-tricks?|gold|silver|bronze|belts?"
    r"|lives|life|careers|jobs|costs|damages|compensation|refunds?|expenses|benefits|allowances?|relief|asylum"
    r"|residency|territory|share|stake|percent|per\s+cent|spoils|jackpot|bounty|reward)"
    r"|" + _CLAIM_COUNT + _CLAIM_MODIFIER + r"{0,4}?(?:victor(?:y|ies)|wins?)"
    r"|victory(?=\s+by\s+(?:an?\s+innings|(?:\p{N}[\p{N},]*|" + en.NUMBER_WORDS + r")\s+(?:runs?|wickets?|goals?"
    r"|points?|strokes?|shots?|lengths?|seconds?|sets?|frames?|tries|votes?)\b))"
    r"|[$£€]\p{N}[\p{N},.]*(?:\s*(?:million|billion|bn|m|k)\b)?|\p{N}[\p{N},.]*\s*(?:%|percent\b|per\s+cent\b))"
    + _NOTHING_BUT_ADJUNCT,
    regex.IGNORECASE,
)

# What "concede" takes when it lets in a score, not grants a point argued: goals, runs, a penalty, a
# set, the lead, after a determiner or a count and at most four modifiers ("conceded three goals",
# "conceded 40 runs in the last three overs", "conceded a soft penalty", "conceded the opening set");
# with nothing after it but an adjunct (but "conceded the race", "conceded the goals were soft")
_CONCEDED_SCORE = regex.compile(
    _THING_OPENING +
    r"(?:goals?|runs|wickets?|penalt(?:y|ies)|free[\s-]kicks?|corners?|tries|touchdowns?|baskets|boundaries|sixes"
    r"|fours|extras|sets?|frames?|lead|possession|territory)"
    + _NOTHING_BUT_ADJUNCT,
    regex.IGNORECASE,
)

# What "argue" takes when a lawyer pleads a matter in court, no claim made: a case, an appeal or a
# motion, after a determiner or a count and at most four modifiers ("argued three cases before the
# Supreme Court", "argued the appeal in 1998"); with nothing after it but an adjunct, though not
# "for" or "against" (but "argued the case for reform": a stance taken)
_ARGUED_IN_COURT = regex.compile(
    _THING_OPENING + r"(?:cases?|appeals?|motions?)(?!\s+(?:for|against)\b)" + _NOTHING_BUT_ADJUNCT,
    regex.IGNORECASE,
)

# ... and "pass" when one dies: "passed away on Sunday"
_PASSED_AWAY = regex.compile(r"away\b", regex.IGNORECASE)

# The cue verb's own form right before its object (not a phrase that ends in a particle, "agreed
# with", "offered to"): the object follows the verb
_VERB_BEFORE = {
    base: regex.compile(r"(?<![\w’'-])(?i:" + base + r")(?:s|es|ed|d|ing)?[^\S\n]+$")
    for base in ("agree", "offer")
}

# What opens the plain object of "agree" that it adopts ("agreed its budget", "agreed a deal",
# "agreed the terms"): a determiner; a clause left without its "that" opens with its subject, and
# a finite verb in it keeps it a report ("agreed the plan would fail")
_AGREED_THING_OPENERS = frozenset("the a an its his her their our this these those new fresh".split())

# What "offer" takes when it offers goods or a price, no words: a sum or a share ("offered $30
# billion", "offered a 10% discount"), or goods and services sold ("offer tours and tastings for
# about €15", "offered free meals"); words offered are no such thing ("offered his condolences",
# "offered an assessment", "offered no explanation")
_OFFERED_GOODS = regex.compile(
    r"(?:(?:a|an|the|their|its|his|her|our|some|free|cheap|cheaper|discounted|guided)\s+)*"
    r"(?:[$£€₹]\s?\p{N}|\p{N}[\p{N},.]*\s*(?:%|percent\b|per\s+cent\b)"
    r"|(?:(?!to\b)[\w’'-]+\s+){0,2}?(?:discounts?|rebates?|refunds?|tours|tastings?|meals?|food|drinks|snacks|tickets?|rooms"
    r"|rides|loans?|cash|vouchers?|coupons?|samples|menus?|packages|prices|rates|fares)\b)",
    regex.IGNORECASE,
)

# "without" and a participle before the content ("reported, without citing sources, that", "said
# so without offering evidence"), and what the participle names when it is only the report's want of
# backing: sources or evidence, with nothing after them but an adjunct or the end (but "without
# offering specifics" tells what the speaker left unsaid)
_WITHOUT_PARTICIPLE = regex.compile(r"(?<![\w’'-])[Ww]ithout[^\S\n]+(?:[a-z]+ly[^\S\n]+)?[a-z]{2,}ing[^\S\n]+$")

_UNSOURCED = regex.compile(
    r"(?:(?:any|a|an|named|official|specific|further|supporting|hard)\s+)*(?:sources?|evidence|proof)\b(?=\s*(?:[,.;:!?)]|$))",
    regex.IGNORECASE,
)

# ... and "quote" when a caller gives a number, as police appeals ask: "quoting reference 5223",
# "quoting crime number 12/3456/24", "quoting log 123 of 4 May"
_QUOTED_NUMBER = regex.compile(
    r"(?:(?:the|a|your)\s+)?(?:(?:crime|incident|case|job|operation)\s+)?(?:reference|ref\.?|number|log|occurrence)\b(?!\s+(?:to|of)\b)",
    regex.IGNORECASE)

# What "respond" takes when one is sent out to it, no words answered: a place or an emergency
# ("responded to the scene", "responded to a house fire"), a call for help by its number ("a 911
# call", "an emergency call"), or a call or a report of an emergency ("responded to reports of
# gunfire", "a call about a fight"); with nothing after a place or an emergency but an adjunct
# (but "responded to the report", "responded to calls for his resignation", "responded to the
# shooting with a speech")
_CALLED_OUT_TO = regex.compile(
    r"(?:" + _THING_OPENING + r"(?:calls?|reports?|alerts?)\s+(?:of|about|reporting)\s+" + _THING_OPENING
    + r"(?:" + "|".join(sorted(en.CALL_OUT_NOUNS, key=lambda w: (-len(w), w))) + r")\b"
    r"|(?:the|a|an)\s+(?:\p{N}{3}|emergency|distress)\s+calls?\b"
    r"|" + _THING_OPENING + r"(?:" + "|".join(sorted(en.CALL_OUT_PLACES, key=lambda w: (-len(w), w))) + r")\b"
    # (a time after it, "shortly after midnight", "around 2 a.m.", is an adjunct too)
    r"(?:\s+(?:shortly|around|just|moments|minutes))?" + _NOTHING_BUT_ADJUNCT + r")",
    regex.IGNORECASE,
)

# What "post" takes when it records a result or makes a payment, not puts up a message: a win or a
# loss, a gain or a fall, a score, a time, a sum or bail, after a determiner or a count and at most
# four modifiers ("posted an overwhelming victory", "posted record profits", "posted their biggest
# gain", "posted the fastest time", "posted bail"), or a bare number ("posted 310 for six", "posted $2
# billion in sales"); with nothing after it but an adjunct (but "posted a video", "posted two words on
# Twitter")
_POSTED_RESULT = regex.compile(
    r"(?:" + _THING_OPENING + r"(?:" + "|".join(sorted(en.POSTED_RESULT_NOUNS, key=lambda w: (-len(w), w))) + r")\b"
    r"|[$£€]?\p{N}[\p{N},.]*(?:\s*(?:million|billion|bn|m|k)\b|\s*(?:%|percent\b|per\s+cent\b))?)"
    + _NOTHING_BUT_ADJUNCT,
    regex.IGNORECASE,
)

# "deny" or "refuse" with two objects, who is refused and what, withholds a thing from someone: a
# pronoun or a name, then a determiner and its noun ("denied Smith a penalty", "denied him the chance",
# "refused Roe any help"), or a determiner's noun, then "a" or "any" and its noun ("denied the defence a
# hearing"; a definite second noun may be a clause's subject: "denied the report the paper ran"); with
# nothing after the second noun but an adjunct, as a clause is what is denied ("denied Lee the money
# was his"); not a day or month for a name ("denied Monday the claims"), nor a time for the thing
# ("denied the report a day later")
_DENIED_TWO = regex.compile(
    r"(?:(?:(?i:him|her|them|us|me)\s+|(?!(?i:" + "|".join(en.DAY_NAMES + en.MONTH_NAMES) + r")\b)\p{Lu}[\w’'.-]*"
    r"(?:\s+\p{Lu}[\w’'.-]*){0,2}\s+)(?i:a|an|the|any|his|her|their|its|our|my|your|another|further|more)"
    r"|(?i:the|his|her|their|its|our)\s+" + _CLAIM_MODIFIER + r"{1,3}?(?i:a|an|any|another))"
    r"\s+(?!(?i:next|following|same|previous|few|couple|while|moment|minute|hours?|days?|weeks?|fortnight|months?"
    r"|years?|decades?|time|night|morning|evening)\b)"  # a time, no object: "denied the report a day later"
    r"" + _CLAIM_MODIFIER + r"{0,3}?[\w’'-]+(?=\s*(?:[,.;:!?)]|$|" + _ADJUNCT_NEXT + r"))"
)

# "Call" as an act, by its particle or its object: a halt or pause called, people summoned, a plan
# dropped ("called a timeout", "called a halt to the talks", "called in the army", "called up two
# players", "called off the merger"); not a call made to say something ("called in to say",
# "called up the mayor to complain"), nor a name given ("called it a halt", "called the strike
# “reckless”", "called the walkout illegal.", "called a strike deeply wrong.": a quotation, an adjective
# or an adverb and its word before the sentence's end; but "called a strike nationwide.", "called a
# strike ballot.")
_CALLED_ACT = regex.compile(
    r"(?:(?:a|an|the|another|his|her|their|its|our)\s+(?:[\w’'-]+\s+)?"
    r"(?:time-?outs?|time\s+outs?|recess|halt|huddle|strike|walkout)\b(?!\s+(?:a|an)\b|\s*[“\"‘«]"
    r"|\s+(?:\p{Ll}+ly\s+\p{Ll}{4,}|\p{Ll}{2,}(?:al|ous|ful|less|ible|able|ive|ic|ary|ed))\s*(?:[.!?;]|$))"
    r"|(?:in|up|off)\s+(?!(?:to|that|for|on|with|a|an)\b)(?![^,;]*?\bto\s+(?:say|tell|ask|complain|report|warn|explain|demand|urge|voice|express)\b))"
)

# ... right after the verb (not "called for a halt"), or the particle kept in the cue ("called off")
_CALL_BEFORE = regex.compile(r"(?<![\w’'-])call(?:s|ed|ing)?\s+$", regex.IGNORECASE)

_CALLED_OFF = regex.compile(r"(?<![\w’'-])off\s+$")

# A short object, then the particle of a phrasal verb that says nothing, the clause ending
# after it ("called the gig off.", "wrote her off.", "wrote it down"): a plan dropped, someone given
# up on, a thing noted; by lemma, the particles that make it so (not "laughed it off", "played it
# down": a claim waved away is the dismissing verbs'; nor "wrote the band off as a novelty act",
# where the "as" says what they were taken for)
_SPLIT_PARTICLES = {"call": frozenset(["off"]), "write": frozenset(["off", "down"])}
_SPLIT_PARTICLE = regex.compile(
    r"(?:me|him|her|us|them|it|(?:the|a|an|his|her|their|its|our|this|that|these|those)[^\S\n]+[\w’'-]+"
    r"(?:[^\S\n]+[\w’'-]+)?|\p{Lu}[\w’'-]*(?:[^\S\n]+\p{Lu}[\w’'-]*)?)[^\S\n]+(off|down)"
    r"(?=[^\S\n]*(?:[.,;!?)]|$)|[^\S\n]+(?:for|after|before|in|at|on|because|when|last|this|and)\b)"
)

# A reaction that someone's words or deeds draw from others (``clauses.REACTION``): "drew loud cheers",
# "drew the support of most voters", "drew widespread criticism", "has drawn the attention of regulators"
_DRAW_FORMS = frozenset(["draw", "draws", "drew", "drawn"])  # the lemma table keeps the irregular forms

# "draw up" drafts a thing ("drew up a list", "had drawn up three plans"): the particle opens what was read as the content
_DRAWN_UP = regex.compile(r"up\b(?!\s+(?:to|with)\b)")

_REACTION = regex.compile(clauses.REACTION, regex.IGNORECASE)

# Verbs of saying whose object is what was said: a prepositional phrase or a subordinate clause right after
# them is the saying's adjunct, never what it says ("said of the plan", "wrote while a student"); after
# "write", "to" and a noun phrase is the addressee ("wrote to investors")
_SPEECH_ADJUNCT_VERBS = frozenset(["say", "write", "claim", "report", "tell"])

_ADJUNCT_WORDS = 9  # longer, the words after the adjunct are likely a clause said ("said at the rally Lee lied")

_SPEECH_ADJUNCT = regex.compile(
    r"(?:of|while|after|before|during|amid|following|upon|on|at(?!\s+least\b)|when(?!\s+to\b)"
    r"|as(?=\s+(?:i|you|he|she|we|they)\s))\s+(?:(?<=(?:as|while|when)\s+)(?:i|you|he|she|we|they)\s)?",
    regex.IGNORECASE,
)

_TO_SOMEONE = regex.compile(r"to\s+(?:(?i:the|his|her|their|its|an?|my|our|your)\b|\p{Lu}|\p{Ll}{2,}s\b)")

# What shows that a clause or a quotation is inside past the adjunct's opener (and the subject of an "as",
# "while" or "when" clause): a quotation mark that is no apostrophe, a clause-breaking mark, "that", or a
# subject pronoun or auxiliary of a clause said ("said on Monday he would resign")
_CLAUSE_SIGN = regex.compile(
    r"[“”\"«»]|(?<!\p{L})[‘’']|[’'](?!\p{L})|[,;:—–]|\s-{1,2}\s"
    r"|\b(?i:that|i|he|she|we|they|it|would|will|could|should|must|might|may|can|is|are|was|were|has|have|had)\b"
)
