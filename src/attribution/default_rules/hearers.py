"""Hearers and relays of verb cues: whom a speaker told ("told reporters", "told the council that
Y", "told Newsweek"), an interview as the occasion, an outlet that relays a report ("..., as per
Newsweek", "X quoted Y as saying Z"), and where the hearer ends and the content starts.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attribution import clauses, cues, kinds, sources, tokens
from attribution import default_lexicon as en
from attribution.default_rules.common import (
    HEARER,
    HEARING_LEADS,
    OUTLET_NAME_GROUP,
    POSSESSOR_DETERMINERS,
    TRANSLATION,
    broadcast_hearer,
    candidate,
    carrier_before_comma,
    complementizer_of,
    hearer_name,
    interview_outlet,
    may_hold,
    outlet_of_host,
    people_after,
    programme_hearer,
    quoted_show,
    says,
    sentence_at,
    title_last_word,
    titled_programme,
    vehicle_agent,
)
from attribution.layout import Sentence
from attribution.lexicon import (
    document_noun,
    given_names,
    lemma,
    org_names,
    person_noun,
)
from attribution.rules import Candidate, Context
from attribution.tokens import WORD

# a complementizer "that"; not the pronoun that is the clause's own subject, right before its verb
# ("I think that is right", "said that’s why", "told them that would cost millions": "that" opens the content)
THAT_VERB = (
    r"(?:[’']s\b|\s+(?:is|was|are|has|have|will|would|could|can|cannot|may|might|must|does|did"
    r"|isn[’']t|wasn[’']t|won[’']t|seems|seemed|means|meant|sounds|makes|made)\b)")

# a time that ends a sentence after "that" or its noun: "on Monday", "last week", "in 1990", "in May",
# perhaps with a town after it ("on Monday in Boston")
# (its period no abbreviation's: "hope that on Nov. 8 ...", "saying that in Mr. Lee's career ...")
_FINAL_TIME = (r"[^\S\n]+(?:(?:on|last|this|earlier)[^\S\n]+\w{4,}|in[^\S\n]+(?:(?:1[89]|20)\d\d|(?-i:"
               + "|".join(m.capitalize() for m in en.MONTH_NAMES) + r")))"
               r"(?:[^\S\n]+in[^\S\n]+(?-i:[A-Z][a-z]{3,}))?(?=[^\S\n]*[.!?](?![^\S\n]*\d))")

# a single adverb that ends a sentence after a noun phrase (``clauses.final_adverb``): "backed that plan later."
_FINAL_ADVERB = r"(?:later|afterwards?|online|instead|directly|repeatedly|too|as[^\S\n]+well)"

# ("acknowledged that limitation.", "confirmed that decision on Monday.", "echoed that promise in 1990.":
# "that" and one word before the sentence's end, or before its time, are a determiner and its noun)
# (not an adverb of time or place: "want to see that now.", where the verb's cue takes "that"; nor a
# verb before a time: "said that changed in 1990.", "that happens on Fridays.", where "that" is the subject)
# ("learned that in 1990.", "echoed that last week.": "that" alone before a time that ends the sentence is
# the cue's object, a pronoun; not before a clause: "noted that in 1990 the pier closed")
_THAT_NOUN_AT_END = (r"|[^\S\n]+(?!(?:now|then|too|again|here|there|today|tonight|yesterday|tomorrow|either|anyway"
                     r"|already|instead|though|well|yet|still|ever|often|soon|later|earlier|before|once|twice)\b)"
                     r"(?:(?-i:[a-z]{4,})(?:[^\S\n]+(?:on|last|this|earlier)[^\S\n]+\w+)?"
                     r"|(?-i:[a-z]{3,}(?<!(?<!e)ed|[^su]s))(?:" + _FINAL_TIME + r"|,?[^\S\n]+" + _FINAL_ADVERB + r"))[^\S\n]*[.!?]"
                     r"|" + _FINAL_TIME + r"[^\S\n]*[.!?]")

# (nor "that" before a time's noun, an adjunct of when, where a phrase, an infinitive or a mark follows
# the time: "noted that evening outside the court", "vowed that day to ..."; not "warned that day care costs ...")
# nor "that" as the determiner of the clause's subject, a time's noun a verb follows: "said that day
# was the worst", where the content opens at "that" (``clauses.TIME_SUBJECT_AFTER_THAT``)
_THAT_TIME = (r"|[^\S\n]+" + clauses.TIME_UNIT + r"(?=[^\S\n]*[,.;:!?]|[^\S\n]*$|[^\S\n]+(?:to|of|for|on|in|at|with|by|from|"
              + clauses.TIME_PLACE_PREPOSITIONS + r")\b)|" + clauses.TIME_SUBJECT_AFTER_THAT)

# nor "that" as the subject before a verb in -ed with an object or a time after it: "said that
# overlooked the risk", "said that changed in 1990" (not a participle or an adjective that opens
# the clause: "said that armed men ...", "said that based on the data ...")
_THAT_PAST_VERB = (r"|[^\S\n]+(?!(?:based|compared|provided|faced|asked|pressed|coupled|combined|judged|measured"
                   r"|added|located|alleged|unchecked|unused)\b)(?-i:[a-z]{3,}ed)[^\S\n]+"
                   r"(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me"
                   r"|in[^\S\n]+(?:1[89]|20)\d\d)\b")

# nor "that" and a noun in small letters before a comma and a participle that goes on with the
# sentence: "echoed that comment, recalling ...", "questioned that finding, saying ..." (not a noun
# with no plural in "-s" that may be a clause's subject: "said that police, acting on a tip, ...")
_THAT_NOUN_THEN_PARTICIPLE = (r"|[^\S\n]+(?!(?:police|people|staff|media|data|evidence|security|management|crime|violence)\b)"
                              r"(?-i:[a-z]{4,}(?<!(?<!e)ed|[^su]s)),[^\S\n]+(?!(?:including|during)\b)(?-i:[a-z]{3,}ing)\b")

# nor "that" alone before the sentence's end, the verb's object: "he never said that.", "Few believe that."
_THAT_AT_END = r"|[^\S\n]*[.!?](?![\w.])"

THAT = regex.compile(r"\s*(?:,\s*)?that\b(?!" + THAT_VERB + _THAT_NOUN_AT_END + _THAT_TIME + _THAT_PAST_VERB + _THAT_NOUN_THEN_PARTICIPLE + _THAT_AT_END + r")\s*",
                     regex.IGNORECASE)

# an outlet's relay that trails or sets off a report as a lead does: "..., as quoted by PTI", "as reported by Reuters",
# and the bare participle after a comma, as agency copy writes it: "..., Lee said, quoted by Xinhua" (not
# "was quoted by Xinhua as saying", a cue of its own, nor "reported by" bare: "the fire, reported by a neighbour, ...")
_AS_RELAYED_BY = r"(?:as\s+(?:quoted|reported)|(?<=,[^\S\n]{1,3})quoted)\s+by"

TRAILING_LEAD = regex.compile(r",?\s*\b(according to|as per|per|" + _AS_RELAYED_BY + r")\s+", regex.IGNORECASE)

# Verbs whose object is the hearer ("told the council", "assured voters"), not what is
# said: "promised a recount" promises the recount
HEARER_FIRST = en.HEARER_VERBS - {"promise"}

# verbs of telling whose passive's subject is the hearer: "was told that", "were warned that"
TELLING_VERBS = frozenset(["tell", "warn", "inform", "assure", "remind", "advise", "notify", "caution"])

# of those, the ones read as passive after "and" and a passive, before the clause they tell ("was
# jailed and told he must"; not a warning, which the subject may give: "was arrested and warned
# that ..."), and the verbs of bidding before an infinitive ("was ordered to pay", "was warned to stay away")
_PASSIVE_TELLING = TELLING_VERBS - {"warn", "caution"}

PASSIVE_BIDDING = _PASSIVE_TELLING | frozenset("order ask urge instruct direct warn".split())

_CLAUSE_NEXT = regex.compile(r"\s+(?:that|he|she|they|it|we|i|there|his|her|their|its)\b")

_INFINITIVE_NEXT = regex.compile(r"\s+to\s")


def passive_hearer(text: str, cue_lemma: str, cue_end: int, end: int) -> bool:
    """Whether a verb of telling or bidding has no hearer after it, only what it told or bid."""
    return (cue_lemma in _PASSIVE_TELLING and _CLAUSE_NEXT.match(text, cue_end, end) is not None
            or cue_lemma in PASSIVE_BIDDING and _INFINITIVE_NEXT.match(text, cue_end, end) is not None)


NOUN_MARKERS = POSSESSOR_DETERMINERS | frozenset("this that these those".split())

# A recording or a post of someone else's that a verb of posting passes on, its speaker and the
# participle that says what the speaker says: "retweeted a video of Ann Marsh saying Y", "shared a
# post from the governor claiming Y"
_RELAYED_SAYING = regex.compile(
    r"[^\S\n]+(?:a|an|the|this|that|his|her|their|its)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,2}?"
    r"(?:clip|video|post|tweet|message|footage|recording|interview|quote|statement)s?"
    r"[^\S\n]+(?:of|by|from)[^\S\n]+(?P<speaker>[\w’'.-]+(?:[^\S\n]+[\w’'.-]+){0,5}?),?"
    r"[^\S\n]+(?P<verb>\p{Ll}{3,}ing)\b(?:[^\S\n]+that\b)?,?",
    regex.IGNORECASE)

# ... or one whose relative clause says what it or its author says: "retweeted a user who said Y",
# "shared a post by Ann Lee that called the mayor a liar", "retweeted Ann Lee, who said Y"
_RELAYED_RELATIVE = regex.compile(
    r"[^\S\n]+(?P<speaker>(?:a|an|the|this|that|his|her|their|its|one)[^\S\n]+(?:[\w’'.-]+[^\S\n]+){0,4}?[\w’'.-]+"
    r"|\p{Lu}[\w’'.-]*(?:[^\S\n]+\p{Lu}[\w’'.-]*){0,3}),?"
    r"[^\S\n]+(?:who|that|which)[^\S\n]+(?P<verb>\p{Ll}{3,})\b(?:[^\S\n]+that\b)?,?")

# ... the verbs that pass on another's post, which the relative clause is of ("posted a comment
# that compared ..." is one's own)
_PASSING_ON_LEMMAS = frozenset(["retweet", "share", "repost"])

# ... no verb of what a picture shows ("a clip of the rally showing police ..."): no speaker's words
_DEPICTING_LEMMAS = frozenset(["show", "depict", "feature", "prove", "demonstrate"])


def _what_the_post_is_of(speaker: str) -> bool:
    """Whether the words after a post's "of" say what it carries, not whom: a bare noun in small
    letters that names no people ("a message of support on X, writing Y", "a note of thanks";
    not "a video of protesters saying Y", "a clip of the minister saying Y", "a video of himself")."""
    words = [w.lower() for w in WORD.findall(speaker)]
    return bool(words) and speaker[:1].islower() and words[0] not in NOUN_MARKERS and words[0] not in en.REFLEXIVE_PRONOUNS and not (
        words[0] in en.PRONOUNS or words[0] in en.OBJECT_AS_SUBJECT) and not any(person_noun(w) for w in words)


def relayed_saying(ctx: Context, sentence: Sentence, src: tuple[int, int] | None, pos: int, lemma_: str) -> Candidate | None:
    """The words of a speaker whose recording or post a verb of posting passes on, after the
    cue at ``pos``: "retweeted a video of Ann Marsh saying, “Y”" gives Marsh's "Y", and
    "retweeted a user who said Y" the user's, the poster its relay (as "quoted Lee as saying"
    does); None when no such object and verb of saying follow."""
    text, s1 = ctx.text, sentence.end
    m = _RELAYED_SAYING.match(text, pos, s1, tokens.CONCURRENT)
    if m is None and lemma_ in _PASSING_ON_LEMMAS and (m := _RELAYED_RELATIVE.match(text, pos, s1, tokens.CONCURRENT)) is not None and (
            lemma(m.group("verb")) == m.group("verb")):
        m = None  # "a post that angers ...", "a user who lives ...": a finite verb of saying only, as lemmas know it
    if m is None or not says(ctx, m.group("verb")) or lemma(m.group("verb")) in _DEPICTING_LEMMAS or ctx.layout.inside_quote(
            m.start("speaker")) or m.re is _RELAYED_SAYING and _what_the_post_is_of(m.group("speaker")):
        return None
    speaker = sources.subject(text, *m.span("speaker"), ctx.lexicon) or clauses.trim(text, *m.span("speaker"))
    content = clauses.trim(text, m.end(), clauses.content_end(ctx, m.end(), s1))
    if speaker[1] <= speaker[0] or content[1] <= content[0]:
        return None
    if src is not None and text[speaker[0]:speaker[1]].lower() in en.REFLEXIVE_PRONOUNS:
        speaker, src = src, None  # "shared a clip of himself saying Y": his own words
    rule = "core.participle.v2" if m.re is _RELAYED_SAYING else "core.said_that.v2"  # ("a user who said": a finite verb)
    return candidate(ctx, sentence, [m.span("verb")], lemma(m.group("verb")), [content], speaker, rule,
                      via=[] if src is None else [src], priority=30)


WITH_OUTLET = regex.compile(
    r"\s+(?:with|to|on|provided\s+to|sent\s+to|given\s+to|obtained\s+by)\s+" + OUTLET_NAME_GROUP)

# the outlet a piece was written in, after a verb of writing: "wrote in Die Zeit that"
_IN_OUTLET = regex.compile(r"\s+in\s+" + OUTLET_NAME_GROUP)

# an interview, an appearance or a piece that its outlet's name modifies, as "in an interview
# with CNN" names it after: "said in a CBS interview that", "..., she said in an MSNBC
# appearance.", "wrote in a Baltimore Sun op-ed that" (the name is read as an outlet's or not at
# all); or a poll an outlet ran, which carries the answers it gathered: "forecast in a Reuters
# poll that" (not a pollster's, no outlet: "in a Gallup survey")
OUTLET_OCCASION = regex.compile(
    r"\s+in\s+an?\s+" + OUTLET_NAME_GROUP + r"[^\S\n]+(?:interview|appearance|op-ed|column|poll|survey)(?![\w’'-])")

# ... or the medium alone, before the outlet that carried it: "..., said Lee in a statement
# carried by state news agency WAM."
INVERTED_MEDIUM = regex.compile(sources.MEDIUM)


def medium_agent(ctx: Context, pos: int, s1: int) -> tuple[tuple[int, int], bool] | None:
    """What ``common.vehicle_agent`` reads past a medium the cue ending at ``pos`` left out (the
    speaker's own, "its", "his"): "said in its remarks | carried by Xinhua"; None when no medium
    and no such agent follow."""
    if not ctx.text.startswith(" in ", pos) or (medium := INVERTED_MEDIUM.match(ctx.text, pos, s1, tokens.CONCURRENT)) is None:
        return None
    return vehicle_agent(ctx, medium.end(), s1)


def carried_aside(ctx: Context, pos: int, s1: int) -> tuple[int, int] | None:
    """The outlet that carried the medium of an aside set off by commas from ``pos``, its
    comma, on: "Xinhua" in ", in comments carried by Xinhua, that ...", "CNN" in ", in an
    interview broadcast by CNN, the ..." (not ", in a report published by the institute,"
    whose author is no outlet); None when no such aside closes on its comma or the sentence's end."""
    medium = INVERTED_MEDIUM.match(ctx.text, pos + 1, s1, tokens.CONCURRENT)
    return carrier_before_comma(ctx, medium.end(), s1) if medium is not None else None


# What follows the hearer of a verb that takes one: "told the crowd that",
# "asked the students whether". Not "to": in "urged the board to act" the
# board is a part of what was urged.
_WH = "if|whether|how|what|why|when|where|who"

_COMPLEMENT_AFTER_HEARER = {
    "tell": "that|" + _WH, "ask": _WH, "ask about": "about", **{verb: "that" for verb in en.HEARER_VERBS if verb != "tell"},
    # "emailed staff on Monday that ...": who got the message is no content
    **{verb: "that" for verb in en.MESSAGING_VERBS},
    # "reminded voters of the stakes", "reminding his staff about ...": the hearer is no content
    "remind": "that|of|about|" + _WH,
    # "informed parliament about the deal", "informing her of the death": nor is the one informed; the
    # content opens at the preposition, as gold gives it after "reminded" and "informing" (train)
    "inform": "that|of|about", "notify": "that|of|about",
}

# An adverb set off by commas after the hearer, before a question: "asked the minister, too,
# whether" (not before "that", which may open a clause of its own: "have been promising a
# larger staff for months, though, that has yet to happen")
_HEARER_ASIDE = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in (*en.PARENTHETICALS, "also", "again"))

_COMPLEMENT_AHEAD = {
    # a place set off by commas may close the hearer: "told supporters in Akron, Ohio, that"
    verb: regex.compile(r"\s+[^,;:“”\"()\n]{1,80}?(?:(?-i:,\s+\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*)?,)|,\s+(?:"
                        + _HEARER_ASIDE + r"),(?=\s+(?:" + _WH + r")\b))?\s+(?=(?:" + words + r")\b)", regex.IGNORECASE)
    for verb, words in _COMPLEMENT_AFTER_HEARER.items()
}



def takes_hearer(lemma_: str) -> bool:
    """Whether a verb names whom it tells before what it tells ("assured voters that", "asked
    the board whether"), as :func:`past_hearer` reads it."""
    return lemma_ in en.HEARER_VERBS or lemma_ in _COMPLEMENT_AFTER_HEARER


_LONG_HEARER_WORDS = 10

# A hearer is a noun phrase, opened by no preposition: not an adjunct's, nor one of a topic
# ("warned against raising the levy in that harbour", "told of losing her boat in that storm":
# the "that" is a determiner)
_TOPIC_PREPOSITIONS = frozenset("of about against over".split())

_ARTICLE_PARTICIPLE = regex.compile(r"\s*(?:the|an?)\s+[a-z]{2,20}ed(?=\s+[a-z])", regex.IGNORECASE)

# The medium a report went out in, before whom it went to or what carried it, inside the words
# the complement pattern took for a hearer: "told members of the board | in an interview | with
# the BBC that", "in a statement carried by WAM that"
_MEDIUM_AFTER_HEARER = regex.compile(sources.MEDIUM + r"(?=" + sources.MEDIUM_LINK + r"[^\S\n])")


def _past_long_hearer(ctx: Context, lemma_: str, pos: int, s1: int) -> int:
    """Past a hearer the hearer pattern does not know, up to the complement
    that follows it: "told members of the council that ...", "asked the
    students whether ...". The hearer must read as a noun phrase. A medium
    and its link after the hearer end it there, past the medium ("told members
    of the board in an interview | with the BBC that"), where the outlet is read."""
    text = ctx.text
    m = _COMPLEMENT_AHEAD[lemma_].match(text, pos, s1)
    if m is None or ctx.layout.inside_quote(m.end()):
        return pos
    stop = m.end()
    medium = _MEDIUM_AFTER_HEARER.search(text, pos, s1, tokens.CONCURRENT) if text.find(" in ", pos, stop) >= 0 else None
    if medium is not None and pos < medium.start() < stop:
        stop = medium.start()
    words = WORD.findall(text, pos, stop)
    if not words:
        return pos
    first = words[0].lower()
    # an adjective in -ed right after the article is no verb: "told a crowded hall in Leeds that"
    adjective = _ARTICLE_PARTICIPLE.match(text, pos, stop)
    if len(words) > _LONG_HEARER_WORDS or first in ADJUNCT_ONLY or first in _TOPIC_PREPOSITIONS or not (
            clauses.noun_phrase(text, adjective.end() if adjective else pos, stop)):
        return pos  # "asked about the plan and whether ...": no hearer
    if _ABOUT_NEXT.match(text, m.end(), s1) and not _ASKED_ONE.isdisjoint(w.lower() for w in words):
        return pos  # "asked questions about ...", "asked her friends for advice about ...": what is asked, no hearer alone
    return m.end() if stop == m.end() else medium.end()


_ABOUT_NEXT = regex.compile(r"about\b", regex.IGNORECASE)

# Words before "about" that make what the verb of asking took more than the one asked: what is
# asked for or about ("asked questions about", "asked a favour about") or a phrase of its own ("asked
# her friends for advice about")
_ASKED_ONE = frozenset("question questions favor favors favour favours".split()) | (cues.PREPOSITIONS - {"of"})


BARE_PLURAL = regex.compile(r"\s*(?:[a-z]+\s+){0,2}?[a-z]{2,}[^s\W]s(?![\w’'-])")


def _past_plural_hearer(ctx: Context, pos: int, s1: int) -> int:
    """Past the hearer of "told" when it is a bare plural the hearer pattern
    does not know, before a clause with no "that" that a determiner or a
    pronoun opens ("told suppliers it would pay", "told investors on Monday
    the plan was dead"); else as :func:`_past_long_hearer`."""
    text = ctx.text
    m = BARE_PLURAL.match(text, pos, s1)
    if m is not None and not ctx.layout.inside_quote(m.end() - 1):
        after = clauses.skip_post_adjuncts(text, m.end(), s1)
        if PARENTHETICAL_THAT.match(text, after, s1) is not None:
            return after  # "told farmers, in a speech, that ...": an aside set off by commas, as after "told reporters"
        first = WORD.match(text, clauses.skip_space(text, after, s1), s1)
        if first is not None and first.group().lower() in _NEW_PHRASE_OPENERS:
            return after
    return _past_long_hearer(ctx, "tell", pos, s1)


# Words that open a new noun phrase after a hearer: a determiner or a pronoun
_NEW_PHRASE_OPENERS = NOUN_MARKERS | frozenset(en.PRONOUNS) | en.OBJECT_PRONOUNS


def _hearer_goes_on(text: str, pos: int, s1: int) -> bool:
    """Whether the words at ``pos``, right after a hearer, may still be part
    of it ("the editorial [board]", "voters [and Twitter followers]") rather
    than open the content: no determiner or pronoun opens a new noun phrase
    ("told reporters [the] plan was dead")."""
    first = WORD.match(text, clauses.skip_space(text, pos, s1), s1)
    return first is not None and first.group().lower() not in _NEW_PHRASE_OPENERS


# The hearer's last word past what the hearer pattern took, or a second hearer joined by "and"
# ("told the harbour | board", "told reporters | and aides", "told Lee | and the board"): a word in
# lower case that is no verb form in -ed, -ing or -ly
_HEARER_TAIL = regex.compile(
    r"[^\S\n]+(?:(?:and|or)[^\S\n]+(?:(?:the|his|her|their|its|our|my)[^\S\n]+)?(?:\p{Lu}[\w.’'-]*|[a-z][\w-]*)|[a-z][\w-]*)"
    r"(?<![a-z](?:ed|ing|ly))(?![\w’'-])")

# ... which ends the sentence, or before a second predicate ("told the board | and walked out")
_HEARER_TAIL_ENDS = regex.compile(r"[\s.!?”\"’']*$|[^\S\n]+and[^\S\n]+[a-z]+ed\b")


def _past_hearer_tail(text: str, pos: int, s1: int) -> int:
    """Past the hearer's last words or a second hearer after ``pos``, where the hearer pattern
    stopped short of them, when a clause with no "that" follows, its subject a pronoun or a
    determiner's noun ("told reporters and aides | she would run", "told the harbour board |
    the pier was safe", "told the home affairs | select committee | the pier ...", "told a Senate
    committee | hearing | the pier ..."), or, after one word, nothing is said ("told the harbour
    board | and walked out"); else ``pos``."""
    end = pos
    for n in range(_HEARER_TAIL_WORDS):
        if (past := _past_of_phrase(text, end, s1)) is not None:
            return past  # "told a meeting of Labour MPs | the plan ...", "told the weekly meeting | of ..."
        tail = _HEARER_TAIL.match(text, end, s1) if n == 0 else None
        if tail is None and ((tail := _HEARER_NOUN.match(text, end, s1)) is None or not _noun_form(tail.group(1))):
            return pos
        if WORD.findall(text, *tail.span())[-1].lower() in _TAIL_NOT_HEARER:
            return pos
        after = clauses.skip_post_adjuncts(text, tail.end(), s1)  # "told the board members | on Monday | the plan ..."
        # (past one word only: "told the board costs rose." is no hearer of three words before the stop)
        if n == 0 and _HEARER_TAIL_ENDS.match(text, after, s1) is not None or (
                _DETERMINED_SUBJECT.match(text, after, s1) is not None and _opens_bare_clause(text, after, s1)):
            return after
        if after != tail.end():
            return pos  # an adjunct that no clause follows: no hearer's word goes past it
        end = tail.end()
    return pos


# "of" after a hearer's noun, then the noun phrase it governs, its words one by one: "told a meeting
# | of | Labour | MPs", "told members | of | the | council"
_OF_AFTER_HEARER = regex.compile(r"[^\S\n]+of(?=[^\S\n])")
_OF_PHRASE_WORD = regex.compile(r"[^\S\n]+([\w’'.&-]+)(?![\w’'-])")

# ... how many words that noun phrase may hold
_OF_PHRASE_WORDS = 4


def _past_of_phrase(text: str, pos: int, s1: int) -> int | None:
    """Past an "of" phrase on the hearer's noun before a clause with no "that", its subject a
    pronoun or a determiner's noun: "told a meeting of Labour MPs | the plan ...", "told members of
    the council | it would ..." (its words names, a determiner first or nouns in lower case, no
    verb nor a word that opens a clause); None otherwise, or after what is told ("told the
    story of the man he met")."""
    of = _OF_AFTER_HEARER.match(text, pos, min(s1, pos + 4))
    if of is None or _TOLD_THING_BEFORE.search(text, max(0, pos - 12), pos) is not None:
        return None
    end = of.end()
    for n in range(_OF_PHRASE_WORDS):
        word = _OF_PHRASE_WORD.match(text, end, min(s1, end + 40))
        if word is None:
            return None
        w = word.group(1)
        low = w.lower()
        if not (n == 0 and low in NOUN_MARKERS - {"that"} or w[0].isupper() and low not in _NEW_PHRASE_OPENERS or (
                w[0].islower() and _goes_on_hearer(low))):
            return None
        end = word.end()
        if low not in NOUN_MARKERS and _DETERMINED_SUBJECT.match(text, end, s1) is not None and _opens_bare_clause(text, end, s1):
            return end
    return None


# ... the words a hearer's tail may take: a noun phrase of a committee's ("the home affairs select committee")
_HEARER_TAIL_WORDS = 3

_HEARER_NOUN = regex.compile(r"[^\S\n]+([a-z][\w-]*)(?![\w’'-])")

_VERB_ENDING = regex.compile(r"[a-z](?:ed|ing|ly)$")

# the nouns of a hearing or a gathering that end as verb forms do: "told a Senate committee
# hearing", "told a party meeting", "told the general assembly", "told a Labour rally"
_HEARER_NOUNS_IN_VERB_ENDINGS = frozenset(
    "hearing hearings meeting meetings briefing briefings gathering gatherings sitting assembly rally".split())


def _noun_form(low: str) -> bool:
    """Whether a word in small letters may be a noun of a hearer's phrase by its form: no ending of a
    verb's or an adverb's, or a gathering's noun that ends as one ("hearing", "rally")."""
    return not _VERB_ENDING.search(low) or low in _HEARER_NOUNS_IN_VERB_ENDINGS


def _goes_on_hearer(low: str) -> bool:
    """Whether a word in small letters goes on a hearer's noun phrase: a noun by its form, no
    word that ends a hearer (a pronoun, an adverb, "to") and no "that"."""
    return low not in _TAIL_NOT_HEARER and low != "that" and _noun_form(low)


# What is told, no hearer: "told a slightly different tale", "told the whole story"
_TOLD_THINGS = frozenset("story stories tale tales truth lie lies joke jokes version account anecdote anecdotes".split())

_TOLD_THING_NEXT = regex.compile(r"[^\S\n]+(?:" + "|".join(sorted(_TOLD_THINGS)) + r")(?![\w’'-])", regex.IGNORECASE)

# what is told right before the "of": "told the story | of the man he met"
_TOLD_THING_BEFORE = regex.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(_TOLD_THINGS)) + r")$", regex.IGNORECASE)


def _told_thing(text: str, hearer: regex.Match, s1: int) -> bool:
    """Whether the words the hearer pattern took open a noun phrase, a determiner first, whose
    head right after them is what is told, no hearer: "told | a slightly different | tale",
    "told | the whole | story"."""
    first = WORD.match(text, clauses.skip_space(text, hearer.start(), s1), s1)
    return first is not None and first.group().lower() in NOUN_MARKERS and _TOLD_THING_NEXT.match(text, hearer.end(), s1) is not None


# Words after a hearer that are no part of it: what is told ("told the board everything"), an
# adverb or a word that opens a clause or a phrase, an infinitive's "to" ("telling him | to leave his post")
_TAIL_NOT_HEARER = (en.TIME_WORDS | en.VERB_AUXILIARIES | cues.PREPOSITIONS | _NEW_PHRASE_OPENERS | frozenset(
    "everything something nothing anything all again so too also then there not never to".split())
    | en.SUBORDINATORS | frozenset(_WH.split("|")) | _TOLD_THINGS)

_OF_OR_ABOUT = regex.compile(r"\s+(?:of|about)\b", regex.IGNORECASE)

# Verbs of telling whose hearer comes before what they are told of: "reminded voters of the
# stakes", "informed her of the death", "warned residents about the storm" (the content opens
# at "of" or "about", as after a verb of asking: "asked the mayor about the pier")
_HEARER_THEN_TOPIC = frozenset(["remind", "inform", "notify", "warn"])


def _hearer_then_clause(text: str, lemma_: str, hearer: regex.Match, s1: int) -> bool:
    """Whether the words a verb of telling's hearer pattern took are a hearer before a clause
    with no "that", its subject a pronoun or a determiner's noun, as after "told": "assured Roe
    a review would ...", "warned the board the plant would ..." (not a time, which the pattern
    may take for a name: "warned Friday the plant would ..."; not a preposition after a pronoun:
    "informing her of the death ..."; not what is promised: "promised her entire plan would ...")."""
    words = WORD.findall(text, *hearer.span())
    # (the hearer's last word may lie past what the pattern took: "warned the harbour | board the pier ...")
    at = hearer.end() if _DETERMINED_SUBJECT.match(text, hearer.end(), s1) else _past_hearer_tail(text, hearer.end(), s1)
    return (lemma_ in HEARER_FIRST and bool(words) and words[-1].lower() not in en.TIME_WORDS
            and words[-1].lower() not in cues.PREPOSITIONS and _DETERMINED_SUBJECT.match(text, at, s1) is not None
            and _opens_bare_clause(text, at, s1))


# a subject pronoun or a determiner right after a hearer, the subject of a clause with no "that"
_DETERMINED_SUBJECT = regex.compile(r"[^\S\n]+(?:I|we|he|she|they|the|an?|this|these|those|its|his|her|their|our)[^\S\n]")

# a subject pronoun right after the hearer opens the clause a "that" would: "assured voters he would"
_SUBJECT_AFTER_HEARER = regex.compile(r"\s+(?:he|she|they|we|I|it|there)(?![\w-])")

# a cue that ends in its preposition ("warned of", "warned against", "is assured of", "warns over") has taken its object's place: no hearer follows
CUE_ENDS_IN_PREPOSITION = regex.compile(r"(?<![\w’'-])(?:of|about|against|over)\s*$", regex.IGNORECASE)


# a short title in quotation marks right after "told", its first word in capitals, no comma
# inside but one before its close: "told “Face the Nation” that", "told “60 Minutes,” ..."
_TOLD_QUOTED_TITLE = regex.compile(r"[^\S\n]+(“(?=[\p{Lu}\d])[^“”,\n]{1,40}[\w!?][,.]?”|\"(?=[\p{Lu}\d])[^\",\n]{1,40}[\w!?][,.]?\")")


def told_quoted_title(text: str, pos: int, s1: int) -> regex.Match | None:
    """The title in the quotation marks right after "told" (its group 1), as a programme's or a
    paper's name, when a "that", a stop, a comma, a colon, a clause with no "that" or the
    sentence's end follows past its adjuncts: "told “Face the Nation” on Sunday that", "told
    “60 Minutes” the bill would pass", "..., Lee told “Morning Joe.”", "..., Lee told “Morning
    Joe,” adding that ..." (a quotation
    told to no one gives none: "told “the truth” ..." opens in small letters, "told “We will win”
    to ..." goes on). :func:`quoted_title` gives the title without its marks."""
    if not text.startswith(("“", '"'), clauses.skip_space(text, pos, s1)):
        return None
    m = _TOLD_QUOTED_TITLE.match(text, pos, s1, tokens.CONCURRENT)
    if m is None:
        return None
    after = clauses.skip_post_adjuncts(text, m.end(), s1)
    # (a comma inside the close is the one after the title: "told “Morning Joe,” adding that")
    if not (text[m.end() - 2] == "," or THAT.match(text, after, s1) or not text[after:s1].strip(clauses.CLOSE_PUNCT + "\"”’'")
            or text[after:s1].lstrip()[:1] in (",", ":", ".") or _opens_bare_clause(text, after, s1)):
        return None
    return m


def quoted_title(text: str, quoted: tuple[int, int]) -> tuple[int, int]:
    """The title inside the quotation marks of ``quoted``, without the comma or stop inside
    its close: "“Face the Nation.”" is Face the Nation."""
    inner = clauses.trim(text, quoted[0] + 1, quoted[1] - 1)
    while inner[1] > inner[0] and text[inner[1] - 1] in ",.":
        inner = inner[0], inner[1] - 1
    return inner


def past_hearer(ctx: Context, lemma_: str, pos: int, s1: int, via: list[tuple[int, int]]) -> int:
    """Where content may start after a cue's hearer ("told X", "warned X that")
    or the outlet it was given to ("in an interview with X"); an outlet
    goes into ``via``."""
    text = ctx.text
    if CUE_ENDS_IN_PREPOSITION.search(text, max(pos - 8, 0), pos, tokens.CONCURRENT):
        pass  # "warned of losing seats in that state": what follows "of" is the content, no hearer
    elif lemma_ in en.HEARER_VERBS:
        m = HEARER.match(text, pos, s1)
        # "told X ..." always names a hearer; "warned X" only before "that"
        if m and lemma_ != "tell" and not THAT.match(text, m.end(), s1) and not (
                lemma_ in _HEARER_THEN_TOPIC and _OF_OR_ABOUT.match(text, m.end(), s1)) and not (
                _SUBJECT_AFTER_HEARER.match(text, m.end(), s1)) and not _hearer_then_clause(text, lemma_, m, s1):
            m = None
        if m is not None and _told_thing(text, m, s1):
            m = None  # "told a slightly different tale": the pattern's hearer is what is told
        if m is None and vehicle_agent(ctx, pos, s1) is not None:
            pass  # "warned in an interview aired by CBS that": the agent that carried it, read below, is no hearer
        elif m is None and lemma_ == "tell" and (title := told_quoted_title(text, pos, s1)) is not None:
            via.append(quoted_title(text, title.span(1)))  # "told “Face the Nation” that": the programme relays it
            pos = clauses.skip_post_adjuncts(text, title.end(), s1)
        elif m is None:
            pos = _past_long_hearer(ctx, lemma_, pos, s1) if lemma_ != "tell" else _past_plural_hearer(ctx, pos, s1)
        elif not ctx.layout.inside_quote(m.start() + 1):
            hearer = title_last_word(text, hearer_name(text, m.span(), s1, ctx.lexicon), s1, ctx.lexicon)
            if (told := _outlet_hearer(ctx, lemma_, hearer, s1)) is not None:
                via.append(told[0])
                hearer = told[1]
                if (also := second_outlet_hearer(ctx, lemma_, hearer[1], s1)) is not None:
                    via.append(also[0])  # "told Reuters and the BBC that": both outlets relay it
                    hearer = also[1]
            # "told X on Monday that", "told X in an interview that"
            start = pos
            pos = clauses.skip_post_adjuncts(text, max(m.end(), hearer[1]), s1)
            past = pos
            pos = cues.extend_cue(ctx, pos, pos, s1) if text.startswith(" in ", pos) else pos
            if pos != past and THAT.match(text, aired := clauses.skip_post_adjuncts(text, pos, s1), s1):
                pos = aired  # "told Reuters in an interview | published Sunday | that": how the interview went out
            # (after a platform the hearer is over: "told reporters in an interview with the BBC that"
            # names the outlet below, no longer hearer)
            if not THAT.match(text, pos, s1) and not cues.takes_platform(text, past, pos) and _hearer_goes_on(text, pos, s1):
                # "told the editorial board that", "told a crowd in Ohio on Friday that": the
                # pattern read the hearer only in part; it runs to the "that"
                pos = max(pos, _past_long_hearer(ctx, lemma_, start, s1))
                pos = _past_hearer_tail(text, pos, s1)
            pos = _past_hearer_relative(text, pos, s1)
    elif lemma_ in _COMPLEMENT_AFTER_HEARER:
        asked = pos
        pos = _past_long_hearer(ctx, lemma_, pos, s1)
        if lemma_ == "ask" and pos == asked:
            # "asked the mayor about the pier": the one asked is no content; the question's topic opens it
            pos = _past_long_hearer(ctx, "ask about", pos, s1)
    agent = vehicle_agent(ctx, pos, s1) or medium_agent(ctx, pos, s1)
    if agent is not None:
        # "said in a statement carried by WAM that ...": the outlet that carried it relays it; any
        # other agent is no part of the report either ("in a report published by the institute that")
        after = clauses.skip_post_adjuncts(text, agent[0][1], s1)
        if THAT.match(text, after, s1) or text[after:s1].lstrip()[:1] in (",", ":"):
            if agent[1]:
                via.append(agent[0])
            return after
    if text.startswith(",", pos) and (carried := carried_aside(ctx, pos, s1)) is not None:
        via.append(carried)  # "said, in comments carried by Xinhua, that ...": the same set off by commas
    occasion = None
    # (past an interview the cue left out, whether or not an outlet's name follows: "said in an
    # interview | on Fox's On the Record with Greta that", as past it when the cue held it)
    pos = past_interview_occasion(text, pos, s1)
    interview = WITH_OUTLET.match(text, pos, s1, tokens.CONCURRENT) or (
        _IN_OUTLET.match(text, pos, s1, tokens.CONCURRENT) if lemma_ == "write" else None) or (
        occasion := OUTLET_OCCASION.match(text, pos, s1, tokens.CONCURRENT))
    paper = interview_outlet(ctx, interview, s1) if interview else None
    if paper is not None:
        # (past the occasion the outlet's name modifies: "in a CBS interview | that")
        end = occasion.end() if occasion is not None else paper[1]
        if occasion is None and (medium := _MEDIUM_AFTER_NAME.match(text, end, s1)) is not None:
            end = medium.end()  # "said on BBC radio that": the outlet's medium in small letters, as after "told"
        after = clauses.skip_post_adjuncts(text, end, s1)
        if occasion is None and paper[1] < interview.end(1) and THAT.match(
                text, shown := clauses.skip_post_adjuncts(text, interview.end(1), s1), s1):
            after = shown  # "on RNZ's Checkpoint | that": past the show whose outlet alone relays
        if (aired := _CARRIED_PARTICIPLE.match(text, after, s1, tokens.CONCURRENT)) is not None:
            after = clauses.skip_post_adjuncts(text, aired.end(), s1)  # "with the BBC aired on Monday that"
        # ("said on CNN, where he is a contributor, that ...": after "on" only a "that" or a colon ends the outlet's phrase)
        on = text[interview.start():interview.start(1)].split()[0] == "on"
        if THAT.match(text, after, s1) or text[after:s1].lstrip()[:1] in ((":",) if on else (",", ":")) or (
                _opens_bare_clause(text, after, s1)) or place_then_that(text, after, s1) is not None:
            # ("said in an interview with the BBC the pier was safe": a bare clause, no "that", after the outlet;
            # "with the BBC the day after the vote that": the time of the interview, then the "that")
            via.append(paper)
            pos = after
    elif interview is not None and _GIVEN_TO_PERSON.match(text, interview.start(), interview.start(1)) and (
            _MEDIUM_BEFORE.search(text, max(0, pos - 40), pos, tokens.CONCURRENT)):
        # "said in an interview with Ann Roe the vote would pass", "in a letter to Lee the ...": a
        # hearer who is no outlet relays nothing, but the clause after the name is what was said
        after = clauses.skip_post_adjuncts(text, interview.end(1), s1)
        if _opens_bare_clause(text, after, s1):
            pos = after
    return pos


# the medium in small letters an outlet's name goes before, no part of it: "on BBC | radio"
_MEDIUM_AFTER_NAME = regex.compile(r"[^\S\n]+(?:radio|television|TV)(?![\w’'-])")


def past_interview_occasion(text: str, pos: int, s1: int) -> int:
    """Past an interview the words were said in or during, right at ``pos``, when "with" or
    "on" an outlet follows ("said in an interview with CNN that", "said during an interview on
    Hardball"): the cue left it out (cues.INTERVIEW_BEFORE_HEARER), and the outlet relays the
    words as it would right after the cue; else ``pos``."""
    if not text.startswith((" during ", " in "), pos, s1):
        return pos
    occasion = cues.INTERVIEW_BEFORE_HEARER.match(text, pos, min(s1, pos + cues.INTERVIEW_CHARS), tokens.CONCURRENT)
    return pos if occasion is None else occasion.end()


# The medium a cue ended on, right before its hearer ("said | in an interview", "in a letter"), and
# the "with" or "to" of a hearer given the words in it, no outlet's vehicle ("provided to", "on")
_MEDIUM_BEFORE = regex.compile(sources.MEDIUM + r"$", regex.IGNORECASE | regex.REVERSE)

_GIVEN_TO_PERSON = regex.compile(r"\s+(?:with|to)\s+")

# A subject pronoun or a determiner right after an outlet's name, opening the clause said to it
# (a demonstrative or "our" too, as after a hearer: "reminded voters | this election would ...")
_BARE_CLAUSE_AFTER = regex.compile(r"\s+(?:I|we|he|she|it|they|the|its|his|her|their|our|this|these|those)\s+([\w’'-]*)")


def _opens_bare_clause(text: str, pos: int, s1: int) -> bool:
    """Whether a clause with no "that" opens at ``pos``, right after a hearer's name, its
    subject a pronoun or a determiner's noun ("with the BBC | the pier was safe"), or a bare
    noun phrase in lower case before a finite auxiliary ("with Ann Roe | costs would rise");
    not a time ("with the BBC | the day after he resigned")."""
    bare = _BARE_CLAUSE_AFTER.match(text, pos, s1)
    if bare is None:
        # (in lower case: a word in capitals may still be the name's: "with Ann Roe Smith")
        start = clauses.skip_space(text, pos, s1)
        return text[start:start + 1].islower() and clauses.opens_subject_clause(text, start, s1)
    return bare.group(1) not in en.TIME_WORDS and clauses.reads_as_clause(text, pos, s1)


# How the interview given to an outlet came out, after the outlet's name: "in an interview
# with the BBC aired on Monday that", "with the Planet published on Sunday:"
_CARRIED_PARTICIPLE = regex.compile(r"[^\S\n]+(?:" + "|".join(en.CARRIED_ON) + r")\b")


def _past_hearer_relative(text: str, pos: int, s1: int) -> int:
    """Past a relative clause on the hearer's noun, up to the "that" that opens what was
    told: "told the panel that oversees the banks | that rates would rise" (a verb right
    after the first "that", with no subject between, makes it a relative pronoun); ``pos``
    as it was when no such "that" follows, or after a pronoun, which takes no relative clause."""
    that = THAT.match(text, pos, s1, tokens.CONCURRENT)
    if that is None or RELATIVE_PREDICATE.match(text, that.end(), s1, tokens.CONCURRENT) is None:
        return pos
    hearer = text[max(0, pos - 12):pos].split()
    if not hearer or hearer[-1].lower() in en.OBJECT_PRONOUNS:
        return pos
    past = _complementizer_past_relative(text, that.end(), s1)
    return pos if past is None else text.rindex("that", that.end(), past.end())


# a passive's agent after "by" (capitalised in a title-case headline: "Ferry Plan Rejected By Board")
BY_AGENT = regex.compile(r"\s+[bB]y\s+(?!saying\b|telling\b|noting\b|arguing\b)")


def occasion_pattern(prepositions: str, longest: int, *, questions: bool = True, titles: bool = False) -> str:
    """A place or occasion after a cue: a preposition, then words up to a
    clause's punctuation; with ``questions`` False, none of them opens an
    indirect question ("told Lee on Monday how ...": the question is a content);
    with ``titles``, a programme's or paper's title in quotation marks may
    stand in it ("on NBC’s “Meet the Press.”")."""
    # "at least", "in fact", "on average" open no place: they quantify or hedge what follows
    word = r"[^,;:“”\"\n]" if questions else r"(?:(?!\b(?:how|why|whether|what)\b)[^,;:“”\"\n])"
    if titles:
        word = r"(?:" + word + r"|" + _QUOTED_TITLE + r")"
    return (r"\s+(?:" + prepositions + r")\s+(?!(?:least|most|all|fact|part|general|average|particular)\b)"
            + word + r"{1," + str(longest) + r"}?")


# Works that bear a title one may say or write something in ("said in her book, “A Life Abroad”")
_TITLED_WORKS = frozenset(
    "book books memoir memoirs autobiography biography novel column op-ed essay article editorial podcast documentary"
    " film show programme program interview report blog newsletter".split())

# a short title in quotation marks, each word in capitals but the small ones of a title ("Years
# of Rain", "Here’s the Thing."), perhaps with the stop or comma the close takes in
_TITLE_WORD = r"[\p{Lu}\d][\p{L}\d’'-]*"
_TITLE_CASE = (r"[“\"]" + _TITLE_WORD + r"(?:[^\S\n]+(?:a|an|and|the|of|in|on|for|to|with|at|by|or|from|" + _TITLE_WORD
               + r")){0,8}[.,!?]?[”\"]")

# a short title in quotation marks, no comma before its close, right after a possessive or
# "on": "NBC’s “Meet the Press”", "on “Morning Joe.”" (not a quoted phrase: "had “no substance”")
_QUOTED_TITLE = (r"(?:(?<=(?:[’']s|\bon)\s)(?:“[^“”,\n]{1,40}[\w.]”|\"[^\",\n]{1,40}[\w.]\")"
                 # or a title in capitals right after the work that bears it, its comma or "titled"
                 # before: "in her 2012 book, “A Life Abroad.”", "in his memoir “Years of Rain”" (a
                 # quotation in small letters is the words: "said in an interview, “We will win.”")
                 r"|(?<=\b(?:" + "|".join(sorted(_TITLED_WORKS)) + r"))(?:,?[^\S\n]+(?:titled|entitled|called))?,?[^\S\n]+"
                 + _TITLE_CASE + r"|(?<=\b(?:" + "|".join(sorted(_TITLED_WORKS)) + r")[^\S\n])" + _TITLE_CASE + r")")

# The time of a saying told by how long after or before an event it came, as a preposition of
# occasion_pattern: "said the day after the vote that", "told CNN hours before the debate that", "..., the
# returning officer declared shortly after 1am."
HOW_LONG_AFTER = (r"(?:the\s+(?:day|night|morning|afternoon|evening|week|weekend)|an?\s+(?:day|week|hour)|"
                   + clauses.HOW_LONG + r")\s+(?:after|before)")

# Hearers with no determiner after "to": the object pronouns, and bodies named by a bare noun
# (a court and a council too, as headlines and court copy have them: "denied to court that he")
_BARE_HEARERS = (en.OBJECT_PRONOUNS - {"her", "it"}) | frozenset("police staff parliament congress management court council".split())

# "said at a rally in Ohio that ...", "wrote in his memoir that ...": a place or occasion, then the report;
# the medium or role it was said in too ("announced via Twitter that", "admitted as a witness that"),
# and a programme's quoted title ("said on WKRP’s “Morning Show” that")
PLACE_THEN_THAT = regex.compile(
    occasion_pattern("at|in|on|from|during|with|after|before|following|amid|outside|inside|near|over|via|through|as|"
              + HOW_LONG_AFTER
              # "said to reporters that", not an infinitive: "planned to reprint an editorial that"
              + r"|to(?=\s+(?:the|a|an|his|her|their|its|our|\p{Lu}|[a-z]+[^su\s]s\b))"
              # "complained to police that the", "explained to him that he": an object pronoun or a bare
              # body, then a "that" a subject follows (not "vowed to police that border"): a determiner, a
              # pronoun, a name, or a bare plural and its auxiliary ("denied to court that bribes were")
              r"|to(?=\s+(?:" + "|".join(sorted(_BARE_HEARERS)) + r")\s+that\s+(?:(?:the|an?|he|she|they|we|I|it|his|her|their|its|there)\b"
              r"|(?!(?:" + "|".join(d.title() for d in en.DAY_NAMES + en.MONTH_NAMES) + r")\b)\p{Lu}\p{Ll}"
              r"|[a-z]+[^su\s]s\s+(?:were|are|had|have|would|will|could)\b))",
              80, titles=True) + r"\s+that\s+"
)

# a verb right after a "that" that follows a noun, with no subject between: the "that" is a relative
# pronoun on the noun ("spoke before the committee that oversees the banks", "at a rally that was
# held", "in a hearing that followed the vote"), no complementizer
RELATIVE_PREDICATE = regex.compile(
    r"(?:" + "|".join(sorted((en.VERB_AUXILIARIES | en.FINITE_PASTS) - {"'s", "’s"})) + r")\b"
    r"|[a-z]{2,}(?:s|ed)(?=[^\S\n]+(?:the|a|an|his|her|their|its|our|this|these|those)\b)"
    # (or a past right before the verb of the clause the noun is subject of: "the vote that followed was")
    r"|[a-z]{2,}ed(?=[^\S\n]+(?:" + "|".join(sorted(en.FINITE_AUXILIARIES)) + r")\b)")


def place_then_that(text: str, pos: int, s1: int) -> regex.Match | None:
    """The place or occasion after a cue and the complementizer "that" after it ("said in
    court that the ..."), or None when a verb follows that "that" with no subject between:
    a relative clause on the occasion's noun, no report ("spoke before the committee that
    oversees the banks")."""
    m = (PLACE_THEN_THAT.match(text, pos, s1, tokens.CONCURRENT) or _PLACE_COMMA_THAT.match(text, pos, s1, tokens.CONCURRENT)
         or _TOWN_AND_STATE_THAT.match(text, pos, s1, tokens.CONCURRENT))
    if m is not None and RELATIVE_PREDICATE.match(text, m.end(), s1, tokens.CONCURRENT) is not None:
        # the complementizer may come after the relative clause: "said at the hearing that followed
        # the vote that the ..."
        m = _complementizer_past_relative(text, m.end(), s1)
    if m is not None and closes_on_saying(text, m.start(), m.end()):
        return None
    if m is not None and _POSSESSED_REPORT_THAT.search(text, m.start(), m.end()) is not None:
        return None  # "bristled at his claims that ...": the clause is the report of the noun's owner, no occasion's
    return m


# a report noun that someone owns, and its "that", at the end of what was read as an occasion:
# "at his claims that", "over Lee's false allegations that" (not a text, which is one: "said in
# his report that")
_POSSESSED_REPORT_THAT = regex.compile(
    r"(?:(?<![\w’'-])(?:his|her|their|its|our|my|your)|\w[’']s?)\s+(?:[a-z][\w-]*\s+)?(?:"
    + "|".join(sorted((w for w in en.REPORT_NOUNS if not document_noun(w)), key=lambda w: (-len(w), w)))
    + r")\s+that\s+\Z", regex.IGNORECASE)

# the last word of an occasion, before its "that", comma or colon
_OCCASION_LAST_WORD = regex.compile(r"\b([a-z]+)(?:\s+that)?\s*[,:]?\s*$")


def closes_on_saying(text: str, start: int, end: int) -> bool:
    """Whether what was read as an occasion after the cue ends on a verb of saying in the
    past, before its "that", comma or colon: "said in politics it takes time but added
    that ...", "... but added, “Y”": the words are a clause of their own, and what follows
    is the later verb's."""
    last = _OCCASION_LAST_WORD.search(text, start, end)
    return last is not None and (last.group(1) in en.FINITE_PASTS or last.group(1).endswith("ed")) and (
        lemma(last.group(1)) in en.THAT_VERBS)


# a relative clause with no mark in it, then a "that"
_RELATIVE_THEN_THAT = regex.compile(r"[^,;:“”\"\n]{1,60}?\s+that\s+")


def _complementizer_past_relative(text: str, pos: int, s1: int) -> regex.Match | None:
    """The next "that" past the relative clause that starts at ``pos`` (right after its
    relative "that"), when that "that" opens a clause rather than one more relative clause
    ("the committee that oversees the banks | that rates would rise"); None when there is none."""
    m = _RELATIVE_THEN_THAT.match(text, pos, s1, tokens.CONCURRENT)
    return m if m is not None and RELATIVE_PREDICATE.match(text, m.end(), s1, tokens.CONCURRENT) is None else None


# the place or occasion may hold commas when one closes it before "that":
# "said in Madison, Wisconsin, that", "said on CNN, where he is a contributor, that"
_PLACE_COMMA_THAT = regex.compile(r"\s+(?:at|in|on|during|from|via|through)\s+[^;:“”\"\n]{1,100}?,\s+that\s+")

# ... or a town and its state or country, with no comma after them, or a time: "told a crowd in
# Salem, New Hampshire on Monday that", "said in Pune, India, last week that"
_TOWN_AND_STATE_THAT = regex.compile(
    r"\s+(?:at|in|from)\s+[^,;:“”\"\n]{0,60}?\p{Lu}[\w.’'-]*,\s+\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*)?,?"
    r"(?:\s+(?:on|last|this|early|late)\s+(?:\p{Lu}[a-z]+|week|month|year|night|weekend)|\s+(?:today|yesterday|tonight))?\s+that\s+")

PARENTHETICAL_THAT = regex.compile(r"\s*,(?:\s+[\w’'-]+){1,9},\s+that\s+")

# "to" and the word after it
_TO_NEXT_WORD = regex.compile(r"\s+to\s+([\p{L}’'-]+)")


def to_hearer(text: str, pos: int, end: int) -> bool:
    """Whether "to" at ``pos`` opens a noun phrase, a hearer or a place, rather than
    an infinitive: a determiner, a pronoun, a name or a noun for people ("reported to
    the coastguard", "known to detectives")."""
    to = _TO_NEXT_WORD.match(text, pos, end)
    if to is None:
        return False
    word = to.group(1)
    low = word.lower()
    return (word[0].isupper() or low in cues.DETERMINERS or low in en.OBJECT_PRONOUNS or person_noun(low))


ADJUNCT_ONLY = frozenset("in at on from during after before with for".split())

# the relay after it: "by The Planet", "by news agency PTI" (a word or two of what it is before its
# name), "by cricket.example.au" (a site by its address)
_BY_RELAY = regex.compile(
    r"\s+by\s+((?:[Tt]he\s+)?(?:(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(en.OUTLET_NOUNS)) + r")\s+)?"
    r"[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4}|[A-Za-z][\w-]*(?:\.[a-z][\w-]*)*\.[a-z]{2,}\b)")


def quoted_as_saying(ctx: Context, sentence: Sentence, quoted: regex.Match, cue_end: int) -> Iterator[Candidate]:
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    src = sources.subject(text, s0, quoted.start(), ctx.lexicon, strong=True)
    if src is None:
        return
    via: list[tuple[int, int]] = [quoted.span("by")] if quoted.group("by") else []
    pos = cue_end
    by = _BY_RELAY.match(text, pos, s1)
    if by is not None:
        via.append(clauses.trim(text, *by.span(1)))
        pos = by.end()
    cue = [(quoted.start(1), cue_end)]
    if quoted.group("by"):
        # "quoted by PTI as saying": the cue is its two parts, the relay between them
        as_word = text.rindex("as", quoted.end("by"), quoted.end(1))
        cue = [quoted.span("verb"), (as_word, cue_end)]
    rest = text[pos:s1].strip(clauses.CLOSE_PUNCT + "\"”’'")
    lead = text[s0:src[0]].rstrip()
    if not rest and lead.endswith((",", "”", '"', "’")):
        content = clauses.trim(text, s0, s0 + len(lead))  # "“Y,” X was quoted as saying by Z."
    else:
        that = THAT.match(text, pos, s1)
        start = that.end() if that else pos
        content = clauses.trim(text, start, clauses.content_end(ctx, start, s1))
    if content[1] > content[0]:
        yield candidate(ctx, sentence, cue, "say", [content], src, "core.quoted_as.v2", via=via, priority=30)


# the "that" after a passive of telling's agent, a few words on: "by the police that"
_THAT_AFTER_AGENT = regex.compile(r"[^\S\n]*,?[^\S\n]+that\b[^\S\n]*", regex.IGNORECASE)

_AGENT_WORDS = 8

# ... or the preposition of what the one told was told about, in its place: "warned by the council
# about rent rises" (not "of", which names may hold: "by the Bank of England")
_TOPIC_AFTER_AGENT = frozenset(["about", "against"])


def told_that(ctx, sentence, cue_start, cue_end, cue_lemma) -> Iterator[Candidate]:
    """"I was told that Y", "Lee was warned by the police that Y": Y the content;
    the agent, if any, the source; with none, no source (the subject only heard it)."""
    text, s1 = ctx.text, sentence.end
    after = clauses.skip_post_adjuncts(text, cue_end, s1)
    source = None
    topic = None
    agent = BY_AGENT.match(text, after, s1)
    if agent is not None:
        that = None
        for n, w in enumerate(WORD.finditer(text, agent.end(), s1, tokens.CONCURRENT)):
            if w.group().lower() == "that":
                that = _THAT_AFTER_AGENT.match(text, clauses.trim(text, agent.end(), w.start())[1], s1)
                break
            if topic is None and w.group().lower() in _TOPIC_AFTER_AGENT and not (
                    cues.APPROXIMATE.match(text, w.end(), s1, tokens.CONCURRENT)):
                # "Tenants were warned by the council about rent rises": what they were warned about,
                # unless a "that" follows ("by the council about a year ago that"; "about" an amount)
                topic = w
            if n >= _AGENT_WORDS:
                break
        if that is None and topic is None:
            return
        topic = topic if that is None else None
        source = sources.subject_after(text, agent.end(), (that or topic).start(), ctx.lexicon)
        if source is None:
            return
    else:
        that = THAT.match(text, after, s1)
        if that is None and not (cue_lemma == "tell" and _bare_clause_after(ctx, after, s1)):
            return
        heard = sources.subject(text, sentence.start, cue_start, ctx.lexicon)
        if heard is not None and kinds.kind(text, *heard, ctx.lexicon) == "outlet":
            # "The Ledger has been told that Y": an outlet reports what it was told, as
            # "The Ledger has been told Y" and "The Ledger understands that Y" do
            source = heard
    start = that.end() if that is not None else clauses.skip_space(text, topic.end() if topic is not None else after, s1)
    # "The jury was told that Y": a court's frame, whose evidence goes on over a coordinated verb
    hearing = HEARING_LEADS.match(text, sentence.start, s1)
    end = (clauses.hearing_content_end if hearing is not None and hearing.start(1) == cue_start else clauses.content_end)(
        ctx, start, s1)
    content = clauses.trim(text, start, end)
    if content[1] <= content[0]:
        return
    complementizer = complementizer_of(that) if that is not None else None
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [content], source, "core.told_that.v1",
                     priority=60, complementizer=complementizer)


def _bare_clause_after(ctx: Context, pos: int, s1: int) -> bool:
    """Whether a clause with no "that" follows a passive "told" at ``pos``: its subject, then a
    finite verb ("Jurors were told the victim had been stabbed"; not "was told the news")."""
    bare = cues.BARE_CLAUSE_SUBJECT.match(ctx.text, pos, s1)
    return bare is not None and clauses.finite(
        WORD.findall(ctx.text, bare.end(), clauses.content_end(ctx, bare.start(1), s1)))


def outlet_relay(text: str, relay: regex.Match | None, lexicon) -> tuple[int, int] | None:
    """The outlet a report was told or given to ("told The Planet", "in an
    interview with The Planet", "told the club's website"), or None when the hearer is no outlet."""
    if relay is None:
        return None
    if relay.groups() and (shown := titled_programme(text, relay, len(text), lexicon)) is not None:
        return shown  # "..., she said on the Today programme.", "..., he said on the Andrew Marr show."
    if relay.re is _TOLD_QUOTED_TITLE:
        return quoted_title(text, relay.span(1))  # "..., she told “Morning Joe.”": a title told to is a show's
    if relay.groups() and text[relay.start(1)] in '“"':
        return quoted_show(text, relay.span(1), lexicon)  # "..., she said on “Face the Nation.”"
    named = hearer_name(text, relay.span(1) if relay.groups() else relay.span(), len(text), lexicon)
    if not relay.groups() and (shown := programme_hearer(text, named, len(text), lexicon)) is not None:
        return shown  # "..., she told the Nolan Show.": a show by its title, told as a forward "told" reads it
    # (or an agency's bare name, which the lexicon reads as another body's: "told PA", "told the PTI")
    if kinds.kind(text, *named, lexicon) == "outlet" or kinds.unnamed_outlet(text, *named) or (
            text[named[0]:named[1]].lower() in en.OUTLET_BARE_NAMES) or kinds.owned_pages(text, *named) or (
            kinds.party_initials_with_the(text[named[0]:named[1]])):
        return named
    if (aired := broadcast_hearer(text, named, lexicon)) is not None:
        return aired  # "..., the mayor told KTLA.", "..., she told 60 Minutes."
    if (owner := outlet_of_host(text, named, lexicon)) is not None:
        return owner  # "..., she told CNN's Jake Tapper.": the outlet of the host who heard it
    # "..., the spokesman told DZMM radio.": a station's name before its medium, as a forward "told" reads it
    return named if _radio_name(text, named, len(text)) else None


def trailing_lead(ctx: Context, sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Where the first "according to" / "as per" of the sentence within
    [start, end) starts (at the comma before it, if any) and its source begins;
    found once per sentence so that many cues in one sentence cost one scan."""
    key = ("trailing_lead", sentence.start)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = (_trailing_leads(ctx.text, sentence.start, sentence.end)
                                 if may_hold(ctx, _TRAILING_LEAD_NEEDS, sentence.start, sentence.end) else [])
    return next((m for m in found if start <= m[0] and m[1] <= end), None)


# The phrase of TRAILING_LEAD alone: a scan for it can skip ahead to its words.
_TRAILING_LEAD_WORDS = regex.compile(r"\b(according to|as per|per|" + _AS_RELAYED_BY + r")\s+", regex.IGNORECASE)

# A word each of its phrases holds before a space, for a cheap test before the scan
_TRAILING_LEAD_NEEDS = ("according", "per", "quoted", "reported")


def _trailing_leads(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every TRAILING_LEAD in [start, end), as (start, end): found by its
    words, then taken back over the space and the comma before them."""
    out: list[tuple[int, int]] = []
    floor = start
    for m in _TRAILING_LEAD_WORDS.finditer(text, start, end):
        lo = m.start()
        while lo > floor and text[lo - 1].isspace():
            lo -= 1
        if lo > floor and text[lo - 1] == ",":
            lo -= 1
        out.append((lo, m.end()))
        floor = m.end()
    return out


def _frequency_before_noun(text: str, hearer: tuple[int, int], s1: int) -> bool:
    """Whether a hearer is a determiner and a word of how often ("the weekly", "a daily") before
    a noun in lower case that goes on the phrase: "told the weekly cabinet meeting", "told the
    daily briefing" (an adjective, no paper; not "told the weekly he would", "told the daily on
    Monday", "told the weekly the plan was dead")."""
    lows = text[hearer[0]:hearer[1]].lower().split()
    if len(lows) != 2 or lows[0] not in NOUN_MARKERS or lows[1] not in en.FREQUENCY_LY_WORDS:
        return False
    noun = _HEARER_NOUN.match(text, hearer[1], min(s1, hearer[1] + 40))
    return noun is not None and _goes_on_hearer(noun.group(1))


def _outlet_hearer(ctx: Context, lemma_: str, hearer: tuple[int, int], s1: int
                   ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The outlet a verb's hearer names, and the hearer's phrase it ends: "told The Planet",
    "told the Andrew Marr Show", "told KTLA", "told CNN Tuesday" (CNN, the phrase with its
    day); None when the hearer is no outlet."""
    text = ctx.text
    if _frequency_before_noun(text, hearer, s1):
        return None  # "told the weekly cabinet meeting": how often it meets, no paper
    # (a medium's word alone names no outlet: "told TV reporters"; nor an outlet's possessive one
    # it employs: "told the BBC's political editor")
    if WORD.search(text, *hearer) and text[hearer[0]:hearer[1]].lower() not in kinds.MEDIUM_WORDS and not (
            text.endswith(("'s", "’s"), *hearer)) and (
            kinds.kind(text, *hearer, ctx.lexicon) == "outlet" and not (
                text[hearer[0]].isdigit() and people_after(text, hearer[1], s1))  # ("told 4WD owners": initials)
            or kinds.unnamed_outlet(text, *hearer)
            or lemma_ == "tell" and text[hearer[0]:hearer[1]].lower() in en.OUTLET_BARE_NAMES and not (
                people_after(text, hearer[1], s1))  # "told PA" (not "told AAP workers": the party's)
            or lemma_ == "tell" and kinds.owned_pages(text, *hearer)  # "told the club's website"
            or lemma_ == "tell" and kinds.party_initials_with_the(text[hearer[0]:hearer[1]])):  # "told the PTI"
        return hearer, hearer
    if lemma_ != "tell":
        return None
    if (owner := outlet_of_host(text, hearer, ctx.lexicon)) is not None:
        return owner, hearer  # "told CNN's Jake Tapper that": the outlet of the host who heard it
    if (shown := programme_hearer(text, hearer, s1, ctx.lexicon)) is not None:
        return shown, shown  # "told the Andrew Marr Show", "told the Today programme on BBC Radio 4"
    if (aired := broadcast_hearer(text, hearer, ctx.lexicon)) is not None:
        return aired, hearer  # "told KTLA that", "told Face the Nation on Sunday that", "told CNN Tuesday that"
    if _radio_name(ctx.text, hearer, s1):
        return hearer, hearer  # "told SEN radio that": a name before a broadcaster's medium is the station's
    return None


def _radio_name(text: str, hearer: tuple[int, int], s1: int) -> bool:
    """Whether a hearer is a name of one or two words in capitals, no given name first, no body's
    name the table knows, right before "radio", "TV" or "television" in small letters: a station
    ("told SEN radio", "told Kiss FM radio"; not "told Ann Lee on radio")."""
    words = text[hearer[0]:hearer[1]].split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) and (
        words[0].lower() not in given_names()) and org_names().get(" ".join(words).lower()) is None and (
        _MEDIUM_AFTER_NAME.match(text, hearer[1], min(s1, hearer[1] + 12)) is not None)


# "and" between two hearers: "told Reuters | and | the BBC that"
_AND_HEARER = regex.compile(r"[^\S\n]+and(?=[^\S\n])")


def second_outlet_hearer(ctx: Context, lemma_: str, pos: int, s1: int
                          ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A second outlet joined by "and" to the hearer that ends at ``pos``, as
    ``_outlet_hearer`` gives it, when the hearers' phrase ends after it on a "that", a
    comma, the sentence's end or a clause with no "that", its subject a pronoun or a
    determiner's noun ("told Reuters and the BBC that", "told The Age and the Herald the pier
    was safe"); None otherwise ("told Reuters and walked away", "told Reuters and CNN reported ...")."""
    text = ctx.text
    if (joined := _AND_HEARER.match(text, pos, s1)) is None or (m := HEARER.match(text, joined.end(), s1)) is None:
        return None
    told = _outlet_hearer(ctx, lemma_, hearer_name(text, m.span(), s1, ctx.lexicon), s1)
    if told is None:
        return None
    after = clauses.skip_post_adjuncts(text, told[1][1], s1)
    ends = THAT.match(text, after, s1) or text[after:s1].lstrip()[:1] in (",", ":") or not (
        text[after:s1].strip(clauses.CLOSE_PUNCT + "\"”’'")) or (
            _DETERMINED_SUBJECT.match(text, after, s1) is not None and _opens_bare_clause(text, after, s1))
    return told if ends else None


def add_lead_relay(text: str, via: list[tuple[int, int]], lead: tuple[int, int], lexicon) -> None:
    """Put the relay of an "as per" / "as reported by" lead into ``via``, outermost first as
    the chain reads: an outlet that relays the whole report comes before the hearer the
    speaker told ("told the BBC, as reported by Reuters, that": Reuters, then the BBC, as
    "As reported by Reuters, Lee told the BBC" has it); a person who passes the words on
    stands between the speaker and the hearer, after it ("told the BBC, per an interpreter,
    that")."""
    if lead in via:
        return
    via.insert(0 if kinds.relay_kind(text, *lead, lexicon) == "outlet" else len(via), lead)


# a clause of report between a trailing cue and a later "according to" (`trailing_via`)
_REPORT_BETWEEN = regex.compile(r"(?<![\w’'-])that(?![\w’'-])")


def trailing_via(ctx: Context, pos: int, s1: int) -> list[tuple[int, int]]:
    here = TRAILING_LEAD.match(ctx.text, pos, s1)
    m = here.span() if here else trailing_lead(ctx, sentence_at(ctx, pos), pos, s1)
    if not m or not here and (ctx.layout.inside_quote(m[0]) or _REPORT_BETWEEN.search(ctx.text, pos, m[0]) is not None):
        # (not one a quotation holds, nor one inside a report of its own after the cue: "“Y,” he
        # said, adding that homes would be dealt with “as per policy”": no one relays Y)
        return []
    # (its source ends at its comma where the sentence goes on: "Y, X said, as per Z, will ...")
    comma = clauses.find_comma(ctx.text, m[1], s1)
    src = clauses.trim(ctx.text, m[1], comma if comma > 0 else s1)
    if "translat" in ctx.text[src[0]:src[1]] and TRANSLATION.fullmatch(ctx.text, *src) is not None:
        return []  # "“Y,” Lula said, according to a translation": the words' tongue, no one relays them
    return [src] if src[1] > src[0] else []
