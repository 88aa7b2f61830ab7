"""What the rule families of the built-in rules share: how a candidate is built from a cue,
its source and its content, and the readings of clauses, subjects and asides that more than one
family makes.
"""

from __future__ import annotations

import bisect

import regex

from attribution import clauses, cues, kinds, sources, tokens
from attribution import default_lexicon as en
from attribution.coreference import named_as_person
from attribution.layout import Sentence
from attribution.lexicon import (
    family_names,
    given_names,
    lemma,
    org_names,
    person_noun,
    place_names,
)
from attribution.rules import Candidate, Context
from attribution.tokens import WORD, next_word

# A cue this sure of itself takes any determined noun phrase as its source.
STRONG_CUE = 0.6

# a comma, or a comma inside a closing quotation mark
COMMA_ENDS = (",", ",”", ',"', ",’")

# an outlet's name written in lower case, as a whole word: "dpa"
_LOWER_CASE_OUTLET = r"(?:" + "|".join(sorted(en.OUTLET_LOWER_CASE_NAMES)) + r")(?![\w’'&-])"

# "the" inside a title before its last word, which ends the hearer's phrase: "Face the Nation that",
# "Meet the Press," or its day: "Face the Nation on Sunday that" (not "told Lee the Senate would
# vote": a clause's subject)
_THE_IN_TITLE = (r"the\s+(?=[A-Z][\w.’'&-]*(?:\s+that\b|\s*[,:;.!?]|$|\s+(?:on\s+)?(?:"
                 + "|".join(d.capitalize() for d in en.DAY_NAMES) + r")\b))")

# a programme's host after "with" in its title, only after the outlet's possessive and its
# title's words: "BBC One's Sunday | with Laura Kuenssberg", "ABC's This Week | with George Stephanopoulos"
_HOST_IN_TITLE = (r"(?:(?<=[’']s(?:[^\S\n]+[A-Z][\w.’'&-]*){1,4})[^\S\n]+with[^\S\n]+[A-Z][\w.’'&-]*"
                  r"(?:[^\S\n]+[A-Z][\w.’'&-]*){1,2})?")

# a day's name in capitals
_DAY_NAMES = r"(?:" + "|".join(d.capitalize() for d in en.DAY_NAMES) + r")"

# a translation after "according to", which tells the words' tongue and not who said them: "a
# translation", "an official translation of his remarks", "a Reuters translation"
TRANSLATION = regex.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?translation(?:\s+(?:of|by|from|provided|released)\b[^,;]*)?")

# a particle of Spanish or Portuguese inside an outlet's name, before a word in capitals: "Folha de
# S.Paulo", "Jornal do Brasil", "Diario de Yucatán"
_NAME_PARTICLE = r"(?:de|do|da|dos|das|del)\s+(?=\p{Lu})"

# a medium's noun in small letters before an outlet's name: "the newspaper Milenio", "the daily Clarín"
_MEDIUM_BEFORE_NAME = r"(?:newspaper|daily|weekly|magazine|tabloid|broadcaster)"

# a count before a unit of time in capitals, a show's title: "60 Minutes", "48 Hours"
_COUNTED_TITLE = r"\d+(?=[^\S\n]+(?:Minutes|Hours|Seconds)\b)"

# the first letters of an outlet's name: a capital, a name that opens in lower case before a capital
# inside it ("talkSPORT") or is written in lower case ("dpa"), a count before a unit of time, a
# show's title ("60 Minutes"), or a call sign's digit ("2GB")
_NAME_OPENING = (r"(?:[A-Z]|[a-z]{1,6}(?=[A-Z])|" + _LOWER_CASE_OUTLET + r"|" + _COUNTED_TITLE
                 + r"|(?=" + kinds.DIGIT_CALL_SIGN + r"(?![\w&-]))\d|(?=" + kinds.DIGIT_NEWS_NAME + r")\d)")

# the time a show airs by the clock, its title after its outlet's possessive: "ABC's | 7.30"
_CLOCK_TIME = r"\d{1,2}[.:]\d\d(?!\w)"

# an outlet's show after its possessive, its title in quotation marks: "ABC’s | “Morning Show”", the
# comma or point American copy sets inside the closing mark with it ("on MSNBC's “Morning Joe,” said"),
# after a possessive of initials in "S" too: "CBS’ | “Face the Nation”"
_QUOTED_TITLE_AFTER_POSSESSIVE = r"(?<=[’']s|S[’'])\s+(?:“[A-Z][^“”,\n]{0,40}[\w!?][,.]?”|\"[A-Z][^\",\n]{0,40}[\w!?][,.]?\")"

# words of closeness or rank before a possessed hearer: "his closest advisers", "her top aides"
_HEARER_RANK = (r"(?:closest|close|top|senior|fellow|own|longtime|long-time|former|chief|key|trusted|most\s+trusted"
                r"|loyal|best|oldest|dearest|inner-circle)")

# who runs an outlet, before its name or its medium: "the state-run Anadolu Agency", "official IRNA"
_RUN_BY = r"(?:state-run|state-owned|state-controlled|state-funded|government-run|government-owned|government-controlled|semi-official|official)"

# the standing of a nation's outlet, before or after the nation's word: "the independent Russian
# newspaper", "Russian state television", "pro-Kremlin tabloid"
_OUTLET_STANDING = r"(?:state|public|independent|state-run|state-owned|private|opposition|exiled|pro-Kremlin|pro-government|leading)"
HEARER = regex.compile(
    r"\s*(?:"
    # "told the club's website", "told Arsenal's official site": a body's own pages
    r"(?:the\s+)?(?:[A-Z][\w.&-]*|[a-z]+)[’']s\s+(?:official\s+)?(?:website|site)\b|"
    # "told news agency ANI", "told the news agency", "told the PA news agency", and the state's:
    # "told state news agency RIA Novosti", "told the semi-official ISNA news agency"
    r"(?:[Tt]he\s+)?(?:(?:state|state-run|state-owned|official|semi-official)\s+)?(?:(?:[A-Z][\w.’'&-]*|" + _LOWER_CASE_OUTLET + r")\s+)?(?:news\s+agency|wire\s+service)(?:\s+(?:[A-Z][\w.’'&-]*|" + _LOWER_CASE_OUTLET + r"))*|"
    # "told Hungarian television", "told Spanish radio station Onda Norte", "told the French daily Le
    # Parisien": a nation's outlet named by its medium (its standing before or after the nation's
    # word, "the independent Russian newspaper", "Russian independent outlet Sota"; a site, an
    # outlet or a portal of news, "Kazakh news portal Tengrinews"; a channel of television,
    # "Georgian TV channel Imedi")
    # (a nationality of two words: "the Costa Rican daily La Nación"; of no usual ending, "Argentine radio")
    r"(?:the\s+)?(?:" + _OUTLET_STANDING + r"\s+)?(?:(?:Costa|Puerto)\s+)?" + kinds.NATIONALITY + r"\s+"
    r"(?:" + _OUTLET_STANDING + r"\s+)?(?:news\s+)?(?:television|TV|radio|media|broadcaster|newspaper|channel"
    r"|daily|weekly|tabloid|magazine|outlet|website|site|portal)"
    r"(?:\s+(?:station|channel))?(?:\s+[A-Z][\w.’'&-]*)*|"
    # "told Melbourne radio station 3AW", "told Sydney radio 2GB": a city's outlet named by its medium, then its
    # name (not a day: "told NBC television Sunday that"; but "told Perth newspaper The Sunday Times")
    r"(?:the\s+)?[A-Z][\w.’'-]*\s+(?:(?:radio|TV|television)\s+)?(?:station|radio|television|newspaper|broadcaster)"
    r"(?:\s+(?!" + _DAY_NAMES + r"\b(?!\s+[A-Z]))\d?[A-Z][\w.’'&-]*)+|"
    # (a name may open in lower case before a capital inside it, "talkSPORT", or be written in
    # lower case, "dpa", and end in "!" before the next word, "Hello! magazine", or in "+", "Canal+")
    # (not a medium before its station's name: "told TV station KXAN" is read below)
    r"(?!TV\s+(?:station|network)\b)"
    # (who runs it may come before the name: "told the state-run Anadolu Agency", "told official IRNA";
    # a slash may join its initials: "told RFE/RL")
    r"(?:[Tt]he\s+)?(?:" + _RUN_BY + r"\s+)?" + _NAME_OPENING + r"(?:[\w.’'&-]|/(?=\w))*(?:!(?=[^\S\n]+\w)|\+(?![\w+]))?"
    # ("of" inside a name, "with" inside a show's title: "BBC One's Sunday with Laura Kuenssberg";
    # "the" inside a title, before its last word: "CBS's Face the Nation that", "Meet the Press,";
    # "&" between its words: "Fox & Friends", "Smith & Wesson"; a number with a point inside is
    # one word: "ABC's 7.30";
    # a particle of Spanish or Portuguese between its words: "Folha de S.Paulo", "Jornal do Brasil")
    r"(?:\s+(?:(?:of|with)\s+(?:the\s+)?|&\s+|" + _THE_IN_TITLE + r"|" + _NAME_PARTICLE + r")?(?:[A-Z][\w.’'&-]*(?:\+(?![\w+]))?|\d(?:[\w’'-]|\.(?=\d))*))*"
    # "told Hello! magazine", "told People magazine": the medium's noun after the name is the outlet's;
    # so is a publisher's after "media": "told the Funke media group", "the Bennett Coleman media house"
    r"(?:\s+(?:magazine|newspaper|tabloid|website|media\s+(?:group|house|company|outlet|conglomerate))\b)?"
    # "told Fox News host Ann Lee": a show or outlet, a role, a name
    r"(?:\s+(?:host|anchor|reporter|correspondent|editor|columnist|interviewer)(?:\s+[A-Z][\w.’'&-]*)+"
    # "told BBC Radio 4's Today programme": a station's show
    r"|(?:\s+[A-Z][\w.’'&-]*)*\s+(?:programme|program|show|podcast)"
    # "told ABC’s “Morning Show”": an outlet's show, its title in quotation marks
    r"|" + _QUOTED_TITLE_AFTER_POSSESSIVE + r")?|"
    # "told her pal Ann: ‘...’", "told his 2.3 million followers": a possessed hearer, its count, its name;
    # a word of closeness or rank before it is the hearer's too: "told his closest advisers",
    # "told her top aides", "told his fellow senators"
    # (no preposition after "her": "told her in an interview that" names her alone, then the occasion)
    r"(?:his|her|their|its|our|my|your)\s+(?!(?:the|an?|that|this|those|these|to|not|about|in|at|on|of|for|with|from|during|after"
    r"|before|by|over|via)\s)(?:[A-Z]\w+\s+)?"
    r"(?:\d[\d.,]*\s+(?:million\s+|thousand\s+)?)?(?:" + _HEARER_RANK + r"\s+)?[a-z][\w-]*(?:\s+[A-Z][\w’'-]+(?=[^\S\n]*[,:]))?|"
    r"(?:me|him|her|us|them|you|reporters|journalists|lawmakers|supporters|voters|"
    r"peers|colleagues|residents|delegates|students|members|aides|friends|donors|workers|staff|parents|fans|"
    r"police|investigators|detectives|officers|jurors|officials|pupils|teachers|headteachers|"
    # "told parliament the changes were needed": a house in lower case, a noun of no plural that no name opens
    r"parliament|"
    # "told parliament's defence committee", "told the council's planning panel": a body's organ after its
    # possessive in lower case, the organ's first noun (the rest of its phrase is the hearer's tail);
    # not what is told: "told the company's story"
    r"(?:the\s+[a-z][\w-]*|parliament|congress|council|court|police)[’']s\s+"
    r"(?!(?:the|an?|this|that|these|those|his|her|their|its|our|own|story|stories|tale|tales|truth|version|account)\b)"
    r"[a-z][\w-]*|"
    # "told this newspaper", "told this reporter": the outlet that reports it
    r"this\s+(?:newspaper|paper|website|publication|reporter|correspondent|writer|channel)|"
    # "told a regional news channel", "told a local radio station": an unnamed outlet
    r"an?\s+(?:[\w-]+\s+){0,3}?(?:channel|newspaper|broadcaster|tabloid|(?:news|radio|TV|television)\s+(?:station|network))|"
    # "told the state broadcaster", "told the local newspaper", "told state television": an outlet named by its
    # medium, and its name after it ("told state broadcaster ERT")
    # (a station before its medium alone: "told local radio station Caracol Radio")
    r"(?:the\s+)?(?:state|state-run|state-owned|public|national|local|regional|official)\s+"
    r"(?:[\w-]+\s+)?(?:(?:news|radio|TV|television)\s+(?:station|network)|newspaper|broadcaster|channel|tabloid|television|TV|radio|media)"
    r"(?:\s+[A-Z][\w.’'&-]*)*|"
    # "told broadcaster ERT", "told newspaper Kathimerini", "told the daily Clarín": the medium's noun
    # alone before the name (or a station's: "told station WFAA", "told TV station KXAN", "told radio
    # station 3AW": a call sign may open with its digit; no day: "told the newspaper Tuesday that")
    r"(?:the\s+)?(?:(?:radio|TV|television|news)\s+(?=station|network))?"
    r"(?:newspaper|broadcaster|channel|tabloid|daily|weekly|magazine|radio|television|TV|station|network)"
    r"(?:\s+(?:" + _NAME_PARTICLE + r")?(?!" + _DAY_NAMES + r"\b(?!\s+[A-Z]))\d?[A-Z][\w.’'&-]*)+|"
    # ("a senior aide", but not "a crowd in": a preposition after the noun opens an adjunct, nor
    # "a friend he": a subject pronoun there opens the clause told)
    r"the\s+\w+|an?\s+\w+(?:\s+(?!(?:in|at|on|of|for|with|from|during|after|before|by|about|that"
    r"|he|she|they|we|I|it|you|there)\b)\w+)?))"
    # (a point before a digit ends no word: "the 7.30 Report")
    r"(?=\s|[,;:!?]|\.(?!\d)|$)"
)


def may_hold(ctx: Context, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether [start, end) may hold one of ``words`` before a space, from one
    scan of the text per parse (``tokens.word_starts``): a cheap test before a
    case-blind pattern that needs one of them. True when unsure."""
    key = ("word_starts", words)
    if key not in ctx.memo:
        ctx.memo[key] = tokens.word_starts(ctx.text, words) if words else None
    starts = ctx.memo[key]
    if starts is None:
        return True
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


LAST_WORD_OF = regex.compile(r"(?<![\w’'])(\w+)$")

MAX_LEAD_SOURCE_CHARS = 25 * 16  # a cheap bound checked first

# What follows "according to X," and still describes X: "who was a prosecutor", "a website".
# What opens an adjunct after "Y, according to X," that the writer adds to the
# report, not the rest of Y: a participle ("..., taking a step toward ..."), a
# comparison or a contrast ("..., compared with ...", "..., even as ..."). Y
# goes on only where its predicate resumes: "The toll, according to X, will rise".
ADJUNCT_TAIL = regex.compile(
    r"(?!(?:during|bring|thing|nothing|something|everything|anything|king|spring|string|wing|ring|sing)\b)[a-z]+ing\b"
    r"|(?:even|compared|up|down|as|while|despite|amid|than|mostly|largely|chiefly)\b"
)

SOURCE_TAIL = regex.compile(r"(?:who|which|whose|where|a|an|the|one|its|his|her|their)\b", regex.IGNORECASE)


def source_aside_end(text: str, comma: int, s1: int) -> int:
    """Where the comma that closes an aside describing a lead's source lies,
    when the words after the source's ``comma`` describe it and the clause's
    predicate follows that aside ("the pier, according to Roe, | a pilot, | was
    unsafe"); -1 when they do not."""
    start = clauses.skip_space(text, comma + 1, s1)
    if SOURCE_TAIL.match(text, start, s1) is None:
        return -1
    close = clauses.find_comma(text, start, min(s1, start + MAX_LEAD_SOURCE_CHARS))
    if close < 0 or not clauses.resumes_subject(text, close + 1, s1):
        return -1
    # (not the writer's adjunct after it: "Y, according to X, a pilot, taking ...")
    return -1 if ADJUNCT_TAIL.match(text, clauses.skip_space(text, close + 1, s1), s1) else close


# A negation in a cue: "did not", "didn't", "never", "would neither confirm nor deny", "nor denied"
_NEGATION = regex.compile(r"(?<![\w’'-])(?:not|never|neither|nor)(?![\w’'-])|n[’']t(?![\w’'-])", regex.IGNORECASE)

# A negation that inverts its auxiliary before the subject, right before a cue's source: "nor did
# she | deny", "Never has the ministry | denied", "At no point did Lee | deny"; the verb after the
# subject is negated as "did not deny" is, though the negation is no part of the cue
_INVERTED_NEGATION = regex.compile(
    r"(?<![\w’'-])(?:nor|neither|never|not[^\S\n]+once|at[^\S\n]+no[^\S\n]+(?:point|time))[^\S\n]+"
    r"(?:did|does|do|has|have|had|would|will|could|can|should)[^\S\n]+\Z", regex.IGNORECASE)


def _negated_by_inversion(text: str, source: tuple[int, int] | None, cue_start: int) -> bool:
    """Whether a negation with its auxiliary inverted stands right before the source, which
    stands right before the cue ("nor did she deny"): the cue's verb is negated."""
    return bool(source) and source[1] <= cue_start and not text[source[1]:cue_start].strip() and (
        _INVERTED_NEGATION.search(text, max(0, source[0] - 24), source[0], tokens.CONCURRENT) is not None)


# a source that opens with "neither": "Neither Lee nor Park | denied", "Neither side | disputed"
_NEITHER_NOR = regex.compile(r"neither(?![\w’'-])", regex.IGNORECASE)


def _neither_nor(text: str, source: tuple[int, int] | None) -> bool:
    """Whether the source opens with "neither" ("Neither the airline nor the regulator denied
    ...", "Neither of the firms disputed ..."): the verb after it is negated, as "did not deny" is."""
    return bool(source) and _NEITHER_NOR.match(text, source[0], source[1]) is not None


def candidate(ctx, sentence, cue, cue_lemma, content, source, rule, *, via=(), priority=100, complementizer=None) -> Candidate:
    content = [part for c in content if c[1] > c[0] for part in _interrupted_quotation(ctx, _to_open_part_end(ctx, c))]
    if content and (link := _DISCOURSE_LINK.match(ctx.text, content[0][0], content[0][1], tokens.CONCURRENT)) is not None and link.end() < content[0][1] and (
            not ctx.layout.inside_quote(content[0][0])):
        # "Meanwhile, the pier will close, the mayor said": the writer's link to the story before,
        # set off by its comma, is no part of what the source reports
        content = [(link.end(), content[0][1]), *content[1:]]
    if cue and (contracted := _CONTRACTED_AUXILIARY.search(ctx.text, max(0, cue[0][0] - 12), cue[0][0], tokens.CONCURRENT)) is not None:
        # "he’s predicting", "they’ve said", "who’d endorsed": the auxiliary contracted onto
        # a pronoun is the cue's, as its full form ("he has said") is
        cue = [(contracted.start(1), cue[0][1]), *cue[1:]]
    if cue and ctx.text.endswith("ing", cue[0][0], cue[0][1]) and (
            without := _WITHOUT_BEFORE.search(ctx.text, max(0, cue[0][0] - 30), cue[0][0], tokens.CONCURRENT)) is not None:
        # "..., without citing sources", "left without specifically naming him": the report not made
        # is told by its cue, "without" and all, as "did not name" is
        cue = [(without.start(), cue[0][1]), *cue[1:]]
    if cue and cue_lemma in en.THAT_VERBS and ctx.text.endswith("and ", 0, cue[0][0]) and (
            gesture := _GESTURE_AND.search(ctx.text, max(0, cue[0][0] - 20), cue[0][0], tokens.CONCURRENT)) is not None:
        # "Lee smiled and said": the gesture that goes with the report is the cue's
        cue = [(gesture.start(), cue[0][1]), *cue[1:]]
    # (a denial negated is none: "did not deny that", "has never disputed")
    polarity = "denied" if cue_lemma in ctx.lexicon.denial_lemmas and not (
        cue and (_NEGATION.search(ctx.text, cue[0][0], cue[0][1], tokens.CONCURRENT)
                 or _negated_by_inversion(ctx.text, source, cue[0][0]) or _neither_nor(ctx.text, source))) else "asserted"
    lead = _outlet_lead(ctx, sentence) if sentence is not None else None
    if lead is not None and lead not in via and lead[1] < cue[0][0]:
        via = [lead, *via]  # "Speaking to The Planet, X said ..."
    if source:
        source = sources.trim_mention(ctx.text, *source)
        if source and cue and source[1] < cue[0][0] and (aside := _outlet_aside(ctx, source[1], cue[0][0])) is not None and aside not in via:
            via = [*via, aside]  # "A union official, speaking to Sky News, said ..."
        elif source and cue and sentence is not None and ctx.text.startswith(",", last := max(source[1], cue[-1][1])) and (
                aside := _outlet_aside(ctx, last, sentence.end, at_end=True)) is not None and aside not in via:
            via = [*via, aside]  # "“Y,” said Lee, an analyst, speaking to AFP.": the aside that closes the sentence
        elif source and cue and content and sentence is not None and (
                relay := _quoted_as_at_end(ctx, max(source[1], cue[-1][1], content[-1][1]), sentence.end)) is not None and (
                relay not in via):
            via = [*via, relay]  # "Hai said the talks would resume, Xinhua quoted him as saying.": the outlet relays it
        if source and (reader := _reading_outlet(ctx, source)) is not None and reader not in via:
            via = [*via, reader]  # "According to a letter seen by The Planet, ...": the outlet relays the letter
        elif source and cue and source[1] < cue[0][0] and (
                reader := _reading_outlet_aside(ctx, source[1], cue[0][0])) is not None and reader not in via:
            via = [*via, reader]  # "The memo, which was seen by The Planet, says ...": so does the one its aside names
    if cue and sentence is not None and (
            shown := _appearance_before(ctx, cue[0][0], sentence.end)) is not None and shown not in via:
        via = [*via, shown]  # "Lee appeared on Hardball and said that ...": the show relays what she said on it
    hearer = _named_hearer(ctx, sentence, cue, cue_lemma, via) if cue else None
    kind = kinds.kind(ctx.text, *source, ctx.lexicon) if source else None
    if kind == "organization" and cue_lemma in _LEARNING_LEMMAS and ctx.text[source[0]:source[1]].lower() in en.OUTLET_BARE_NAMES:
        kind = "outlet"  # "Y, PA understands.", "PA has learned that Y": the agency's own reporting
    elif kind == "organization" and cue_lemma == "according to" and (
            ctx.text[source[0]:source[1]] in _BARE_AGENCY_NAMES_OTHER_WITH_THE):
        kind = "outlet"  # "according to CBC", "according to PA": bare, the outlet's name, as in "told CBC"
    if kind is not None and kind != "anonymous" and not (kind == "person" and _named_person(ctx.text, source)) and (
            sources.anonymous_after(ctx.text, source[1]) or cue and (
                sources.anonymous_cue_after(ctx.text, cue[-1][1]) or ctx.text.endswith("anonymously", cue[-1][0], cue[-1][1]))):
        # "an official who requested anonymity": the clause left out of the mention; "Officials
        # said on condition of anonymity": the manner of the report
        kind = "anonymous"
    return Candidate(
        cue=list(cue),
        cue_lemma=cue_lemma,
        content=content,
        rule=rule,
        source=source,
        source_kind=kind,
        via=list(via),
        hearer=hearer,
        complementizer=complementizer,
        polarity=polarity,
        priority=priority,
        sentence=-1,
    )


def _to_open_part_end(ctx: Context, span: tuple[int, int]) -> tuple[int, int]:
    """A content that ends where a quotation part left open ends (a paragraph's end, the
    quotation going on in the next or never closed) keeps the part's last stop, as the
    quoted words hold it: "“We will close the park." is the part, stop and all."""
    start, end = span
    part = ctx.layout.quoted_part_at(start)
    if part is None:
        return span
    part_end = part[1]
    if end < part_end <= end + 3 and ctx.text[part_end - 1] in ".!?" and not ctx.text[end:part_end].strip(".!?"):
        return start, part_end
    return span


# a quotation broken off by a dash or an ellipsis before its closing mark: “I think —”
_BROKEN_OFF = regex.compile(r"(?:[—–]|--|\.\.\.|…)[^\S\n]*[" + tokens.CLOSING_QUOTE_CLASS + r"]$")

# the narration between it and the quotation that takes it up: a few words, then a dash
_INTERRUPTION = regex.compile(r"[^\S\n]+(?:[^\s“”\"‘’]+[^\S\n]+){1,6}?(?:[—–]|--)[^\S\n]*$")


def _interrupted_quotation(ctx: Context, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A content that runs from a quotation broken off by a dash to the quotation that takes
    it up after a few words of the writer's set off by a dash is the two quotations, not the
    words between: "“I think —” she paused — “we can,”" is "“I think —”" and "“we can,”"."""
    start, end = span
    layout = ctx.layout
    first = next(layout.quotations_from(start), None)
    if first is None or first.start != start or first.end >= end or len(first.parts) > 1:
        return [span]
    if not _BROKEN_OFF.search(ctx.text, max(start, first.end - 6), first.end):
        return [span]
    second = next(layout.quotations_from(first.end), None)
    if second is None or second.end != end or len(second.parts) > 1 or not _INTERRUPTION.match(
            ctx.text, first.end, second.start):
        return [span]
    return [(start, first.end), (second.start, end)]


# A writer's link to another thread of the story, set off by a comma, that opens a content
_DISCOURSE_LINK = regex.compile(
    r"(?:Meanwhile|Separately|In[^\S\n]+other[^\S\n]+news"
    r"|In[^\S\n]+(?:a|another)[^\S\n]+(?:(?:separate|related)[^\S\n]+)?development),[^\S\n]+(?=\S)")

# A pronoun with an auxiliary contracted onto it, right before a cue: "he’s", "they’ve", "who’d"
_CONTRACTED_AUXILIARY = regex.compile(
    r"(?<![\w’'])(?:i|he|she|we|they|you|it|who)([’'](?:s|ve|re|d|m|ll))[^\S\n]+$", regex.IGNORECASE)

# "without" right before a participle that heads a cue, an adverb perhaps between ("without
# citing", "without specifically naming")
_WITHOUT_BEFORE = regex.compile(r"(?<![\w’'-])[Ww]ithout[^\S\n]+(?:[a-z]+ly[^\S\n]+)?$")

# A gesture joined by "and" right before a cue: "smiled and"
_GESTURE_AND = regex.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(en.GESTURE_VERBS)) + r")[^\S\n]+and[^\S\n]+$", regex.IGNORECASE)

# a capitalised title and a capitalised word after it, which open a subject ("Mr Lee", "Health
# Secretary Ann Lee"), after the space that ends the phrase before them
_SUBJECT_TITLE_AFTER = (
    r"[^\S\n]+(?:(?:" + "|".join(sorted({t.capitalize() for t in en.COURTESY_TITLES | en.TITLES}, key=lambda w: (-len(w), w)))
    + r")\.?|(?:" + "|".join(sorted({f.capitalize() for f in en.PORTFOLIO_FIELDS}, key=lambda w: (-len(w), w)))
    + r")[^\S\n]+\p{Lu}\p{Ll}+)[^\S\n]+\p{Lu}")

_SUBJECT_TITLE_IN = regex.compile(r"(?<=\S)(?=" + _SUBJECT_TITLE_AFTER + r")")

# a time or a link set off before such a lead, which then opens in lower case: "Later, speaking to CNN, ..."
_BEFORE_OUTLET_LEAD = (r"(?:(?:Later|Earlier|Afterwards|Meanwhile|Separately|Elsewhere|Today|Yesterday"
                       r"|On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*,\s+(?=[a-z]))?")

# the medium's noun after an outlet's name, no part of the name: "the PA news agency", "People
# magazine", "the Funke media group" (``gap``: the space a pattern allows between words); the
# owner of the list, which every pattern of an outlet's name builds on
def medium_after_name(gap: str) -> str:
    return r"(?:magazine|newspaper|website|news" + gap + r"agency|media" + gap + r"(?:group|house|company))"


_OUTLET_LEAD = regex.compile(
    _BEFORE_OUTLET_LEAD +
    # (an interview by its softer names in entertainment copy: "In a chat with", "In an interaction with")
    r"(?:(?:[Ss]peaking|[Tt]alking)\s+(?:to|with)|(?:[Ii]n|[Dd]uring)\s+an?\s+(?:\w+\s+)?(?:interview|chat|conversation|interaction)\s+with"
    r"|Asked\s+by"
    # (or what was sent to it: "In a statement to Variety", "In an email to CNN")
    r"|[Ii]n\s+an?\s+(?:\w+\s+)?(?:statement|e-?mail|message)\s+to"
    # the paper or programme a piece was written for or a guest spoke on, no addressee: "Writing in
    # The Times", "In his column for The Times", "Speaking on BBC Radio 4's Today programme"
    # (or a guest's appearance or interview on it: "In an appearance on Meet the Press", "During an interview on CNN")
    r"|(?P<medium>(?:[Ss]peaking|[Tt]alking|[Aa]ppearing)\s+on|(?:[Ii]n|[Dd]uring)\s+an?\s+(?:\w+\s+)?(?:appearance|interview)\s+on"
    r"|[Ww]riting\s+(?:in|for)(?:\s+(?:his|her|their)(?=\s+[A-Z]))?"
    r"|In\s+(?:an?|his|her|their)\s+(?:column|article|op-ed|piece|blog|essay)\s+(?:in|for|on)"
    # (or the paper alone before its comma, where the piece ran: "In The Times, critic Ann Lee wrote
    # that ..."; a place or anything else the lexicon reads as no outlet is no relay: "In Ohio, Lee said")
    r"|(?P<bare>In)(?=\s+(?:[Tt]he\s+)?\p{Lu})))\s+"
    # (a name may open in lower case before a capital inside it: "talkSPORT"; the lexicon decides;
    # "the" inside a show's title: "Appearing on Meet the Press, ..."; a slash between initials:
    # "Speaking to RFE/RL, ...")
    # (up to six words more: "BBC Radio Scotland's Good Morning Scotland")
    r"(?P<name>(?:[Tt]he\s+)?" + _NAME_OPENING + r"(?:[\w.’'&-]|/(?=\w))*"
    r"(?:\s+(?:" + _THE_IN_TITLE + r")?[A-Z][\w.’'&-]*){0,6}" + _HOST_IN_TITLE +
    # its service and the programme it airs: "BBC Radio 4's Today programme", "the BBC's Newsnight"
    # (and a word in capitals after its number: "BBC Radio 5 Live", "Channel 4 News")
    r"(?:\s+\d{1,2}(?:\s+[A-Z][\w.’'&-]*)?(?:[’']s(?:\s+[A-Z][\w.’'&-]*){1,4})?)?(?:\s+(?:programme|program|show|podcast))?"
    # and the medium after the name: "Speaking to the PA news agency", "Speaking to People magazine",
    # "Speaking to the Funke media group"
    r"(?:\s+" + medium_after_name(r"\s+") + r")?)"
    # (the paper alone right before its comma: "In TV interviews, ..." names none; with no comma, the
    # title that opens the subject ends the phrase: "Speaking to BBC Scotland Mr Lee said ...")
    r"\b(?(bare)(?=,)|(?=[^,\n]{0,40},|" + _SUBJECT_TITLE_AFTER + r"))"
)

# ... or a show by its title quoted, the comma that ends the lead inside its marks: "Appearing on
# “Face the Nation,” Lee said", "In an interview on “Meet the Press,” she said"
_QUOTED_SHOW_LEAD = regex.compile(
    _BEFORE_OUTLET_LEAD
    + r"(?:(?:[Ss]peaking|[Tt]alking|[Aa]ppearing)\s+on|(?:[Ii]n|[Dd]uring)\s+an?\s+(?:\w+\s+)?(?:appearance|interview)\s+on)\s+"
    r"(?P<name>“\p{Lu}[^“”,\n]{0,40}[\w!?],”|\"\p{Lu}[^\",\n]{0,40}[\w!?],\")")

# the same set off by commas between a subject and its verb: ", speaking to Sky News,", ", writing in The Times,"
# (and a column one writes in the paper: ", writing in his Daily Planet column,"; a guest's show: ", appearing
# on Meet the Press,")
_OUTLET_ASIDE_BODY = (
    r",[^\S\n]*(?:(?:speaking|talking|who[^\S\n]+(?:spoke|talked))[^\S\n]+(?:to|with|on)|appearing[^\S\n]+on|(?:quoted|cited)[^\S\n]+by"
    r"|(?:in|during)[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:appearance[^\S\n]+on|interview[^\S\n]+(?:with|on))|writing[^\S\n]+(?:in|for)"
    r"(?:[^\S\n]+(?:his|her|their)(?=[^\S\n]+[A-Z][^,\n]{0,40}[^\S\n](?:column|blog|newsletter),))?)[^\S\n]+"
    r"((?:[Tt]he[^\S\n]+)?(?:[A-Z]|[a-z]{1,6}(?=[A-Z])|" + _LOWER_CASE_OUTLET + r")[\w.’'&-]*"
    r"(?:[^\S\n]+(?:" + _THE_IN_TITLE + r")?[A-Z][\w.’'&-]*){0,4}" + _HOST_IN_TITLE +
    r"(?:[^\S\n]+\d{1,2}(?:[^\S\n]+[A-Z][\w.’'&-]*)?)?(?:[^\S\n]+" + medium_after_name(r"[^\S\n]+") + r")?)"
    r"(?:[^\S\n]+(?:column|blog|newsletter))?"
    # (and how it was spoken to: ", speaking to Reuters by phone,", ", who spoke to Reuters on
    # condition of anonymity,")
    r"(?:[^\S\n]+on[^\S\n]+Sunday)?(?:[^\S\n]+(?:by|over|on)[^\S\n]+(?:the[^\S\n]+)?(?:tele)?phone)?"
    r"(?:[^\S\n]+" + kinds.ON_CONDITION + r")?[^\S\n]*")

# ... closing its aside's comma (between a subject and its verb), or the sentence, after the speaker
# and the verb of a quotation or a clause before them: "“Y,” said Lee, an analyst, speaking to AFP."
_OUTLET_ASIDE = regex.compile(_OUTLET_ASIDE_BODY + ",")
_OUTLET_ASIDE_AT_END = regex.compile(_OUTLET_ASIDE_BODY + r"[.!?]?[" + tokens.CLOSING_QUOTE_CLASS + r"]?[^\S\n]*\Z")

_OUTLET_ASIDE_REACH = 80


# an outlet that quotes the sentence's speaker by a pronoun, closing the sentence after its report:
# "..., Xinhua quoted him as saying.", "..., the agency quoted them as saying."
_QUOTED_AS_AT_END = regex.compile(
    r"[" + tokens.CLOSING_QUOTE_CLASS + r"]?,[^\S\n]+((?:[Tt]he[^\S\n]+)?[\w.’'&-]+(?:[^\S\n]+[\w.’'&-]+){0,4}?)[^\S\n]+quoted[^\S\n]+"
    r"(?:him|her|them)[^\S\n]+as[^\S\n]+(?:saying|telling[^\S\n]+[^,.;\n]{1,40})[.!?]?[" + tokens.CLOSING_QUOTE_CLASS + r"]?[^\S\n]*\Z")


def _quoted_as_at_end(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The outlet that closes the sentence at ``end``, right after a report ending at
    ``start``, by quoting its speaker by a pronoun: "Xinhua" in "Hai said the talks would
    resume, Xinhua quoted him as saying." (not a person who quotes: "Lee quoted him as saying")."""
    if end - start > _OUTLET_ASIDE_REACH or ctx.text.find(" quoted ", start, end) < 0:
        return None
    m = _QUOTED_AS_AT_END.match(ctx.text, start, end, tokens.CONCURRENT)
    if m is None or kinds.kind(ctx.text, *m.span(1), ctx.lexicon) != "outlet":
        return None
    return m.span(1)


def _outlet_aside(ctx: Context, start: int, end: int, at_end: bool = False) -> tuple[int, int] | None:
    """An outlet the source addresses, writes in or is quoted by, in an aside before its verb:
    "A union official, speaking to Sky News, said ...", "Lee, writing in The Times, said ...",
    "The spokesman, cited by Interfax, said ..."; with ``at_end``, the same right at ``start``
    closing the sentence at ``end``: "“Y,” said Lee, speaking to AFP."."""
    if end - start > _OUTLET_ASIDE_REACH or ctx.text.find(",", start, end) < 0:
        return None
    m = (_OUTLET_ASIDE_AT_END.match if at_end else _OUTLET_ASIDE.search)(ctx.text, start, end, tokens.CONCURRENT)
    if m is None:
        return None
    named = m.span(1)
    if at_end and ctx.text.endswith(".", *named) and ctx.text.count(".", *named) == 1:
        named = named[0], named[1] - 1  # "speaking to AFP.": the sentence's stop, no initial's
    # (with its Sunday edition: ", speaking to the Mail on Sunday,"; not a day: ", speaking to Sky News on Sunday,")
    for name in (sources.sunday_title(ctx.text, named, end, ctx.lexicon), named):
        if kinds.kind(ctx.text, *name, ctx.lexicon) == "outlet":
            return name
    return None


# a source that ends in the outlet that saw or got hold of it: "a letter seen by The Planet"
_SEEN_BY = regex.compile(r"[^\S\n]+(?:" + "|".join(en.READ_BY) + r")[^\S\n]+by[^\S\n]")
# the relative clause of a text set off by commas after its mention, up to its participle:
# "The memo, which was seen by The Planet, says" (the mention ends before the clause)
_READ_ASIDE = regex.compile(r",[^\S\n]+(?:which|that)(?:[^\S\n]+(?:has|have|had))?[^\S\n]+(?:been|was|were)(?=[^\S\n])")


# the law or request the outlet got a text through, after its name, ending the mention: "documents
# obtained by the Gazette | under the Freedom of Information Act", "| through a records request"
_MEANS_AFTER_READER = regex.compile(r"[^\S\n]+(?:under|through|via)[^\S\n]+[^,;:\n]+")


def _reading_outlet(ctx: Context, source: tuple[int, int]) -> tuple[int, int] | None:
    """The outlet a source's own words say saw it, which relays it: "The Planet" in "a
    memo seen by The Planet", "documents obtained by the Gazette" (not "a memo seen by
    the board", no outlet)."""
    text = ctx.text
    if text.find(" by ", source[0], source[1]) < 0:
        return None
    seen = _SEEN_BY.search(text, source[0], source[1], tokens.CONCURRENT)
    if seen is None or (m := _VEHICLE_RELAY.match(text, seen.start(), source[1], tokens.CONCURRENT)) is None or (
            m.end() < source[1] and _MEANS_AFTER_READER.fullmatch(text, m.end(), source[1], tokens.CONCURRENT) is None):
        return None
    name = hearer_name(text, m.span("name"), source[1], ctx.lexicon)
    return name if kinds.kind(text, *name, ctx.lexicon) == "outlet" else None


def _reading_outlet_aside(ctx: Context, end: int, cue_start: int) -> tuple[int, int] | None:
    """The outlet a relative clause set off right after a text's mention says saw it:
    "The Planet" in "The memo, which was seen by The Planet, says"; None otherwise."""
    aside = _READ_ASIDE.match(ctx.text, end, cue_start, tokens.CONCURRENT)
    if aside is None:
        return None
    comma = ctx.text.find(",", aside.end(), cue_start)
    return _reading_outlet(ctx, (aside.end(), comma)) if comma > 0 else None


def _named_person(text: str, source: tuple[int, int]) -> bool:
    """Whether a person's mention opens with a name, every word before any aside in capitals and
    the last no noun of people ("Ann Lee", "Sen. Lee, an aide"; not "An aide to Lee", "Pentagon
    officials", "He", "One"): asking not to be named then makes no source anonymous, its name given."""
    words = WORD.findall(text, source[0], source[1])
    comma = text.find(",", source[0], source[1])
    if comma >= 0:
        words = WORD.findall(text, source[0], comma)
    return bool(words) and all(w[:1].isupper() for w in words) and not person_noun(words[-1].lower()) and (
        words[0].lower() not in kinds.DETERMINERS and words[0].lower() not in en.PRONOUNS
        and words[0].lower() not in _NOT_NAMES)


# capitalised words that open a person's mention and name no one: "Another said", "Others said"
_NOT_NAMES = frozenset("another other others none neither either such".split())


def _outlet_lead(ctx: Context, sentence: Sentence) -> tuple[int, int] | None:
    """An outlet the sentence opens by addressing or by writing or speaking in
    it: "Speaking to The Planet, ...", "In an interview with The Planet, ...",
    "Writing in The Planet, ...", "Speaking on Planet Radio's Breakfast show, ..."."""
    lead, outlet, _ = _addressed_lead(ctx, sentence)
    if outlet:
        return lead
    if (fronted := _FRONTED_MEDIUM.match(ctx.text, sentence.start, sentence.end, tokens.CONCURRENT)) is not None:
        # "In comments carried by Xinhua, he said ...": the outlet that carried what he said
        return carrier_before_comma(ctx, fronted.end(), sentence.end)
    occasion = asked_occasion(ctx, sentence)
    return occasion[1] if occasion is not None else None


# "In" and a medium opening a sentence, right before what put it out: "In remarks carried by ..."
_FRONTED_MEDIUM = regex.compile(r"In[^\S\n]+" + sources.MEDIUM_NOUN_PHRASE)

# a sentence that opens with the question put to its speaker ("Asked about the pier on Planet
# Radio, she said ..."), up to the question's comma; and the outlet it was put on, in it
_ASKED_OPENING = regex.compile(r"(?:(?:When|After|Once|If)[^\S\n]+)?(?:being[^\S\n]+)?[Aa]sked\b[^,;:\n“”\"]{1,120},")

_ASKED_ON = regex.compile(
    r"[^\S\n]+(?:on|in[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+)?interview[^\S\n]+with)[^\S\n]+"
    r"((?:[Tt]he[^\S\n]+)?(?:[A-Z]|[a-z]{1,6}(?=[A-Z])|" + _LOWER_CASE_OUTLET + r")[\w.’'&-]*(?:[^\S\n]+[A-Z][\w.’'&-]*){0,4}"
    r"(?:[^\S\n]+\d{1,2}(?:[^\S\n]+[A-Z][\w.’'&-]*)?)?)")


def asked_occasion(ctx: Context, sentence: Sentence) -> tuple[int, tuple[int, int]] | None:
    """Where the words telling the outlet a question that opens the sentence was put on
    start, and the outlet, which relays the answer after it: "Planet Radio" in "Asked about
    the pier on Planet Radio, she said ...", "When asked in an interview with The Daily
    Clarion whether ..., Lee said ..." (not "Asked about it on Monday", no outlet)."""
    key = ("asked_occasion", sentence.start)
    if key not in ctx.memo:
        text, found = ctx.text, None
        opening = _ASKED_OPENING.match(text, sentence.start, sentence.end) if text.startswith(
            _ASKED_OPENERS, sentence.start) else None
        if opening is not None:
            for m in _ASKED_ON.finditer(text, sentence.start, opening.end() - 1, tokens.CONCURRENT):
                name = sources.sunday_title(text, m.span(1), sentence.end, ctx.lexicon)
                if kinds.kind(text, *name, ctx.lexicon) == "outlet":
                    found = m.start(), name
                    break
        ctx.memo[key] = found
    return ctx.memo[key]


_ASKED_OPENERS = ("Asked", "When", "After", "Once", "If", "Being")


def _addressed_lead(ctx: Context, sentence: Sentence) -> tuple[tuple[int, int] | None, bool, bool]:
    """The name the sentence opens by addressing ("Speaking to Lee, ...", "In an
    interview with The Planet, ...") or by writing or speaking in ("Writing in The
    Planet, ..."), whether the lexicon reads it as an outlet, and whether it was
    addressed. A programme by its outlet's possessive that the lexicon does not
    read is the outlet's ("Speaking on Planet TV's Sunday Live, ..." is Planet TV)."""
    key = ("outlet_lead", sentence.start)
    if key not in ctx.memo:
        text, lex = ctx.text, ctx.lexicon
        m = _OUTLET_LEAD.match(text, sentence.start, sentence.end, tokens.CONCURRENT)
        if m is None and (shown := _QUOTED_SHOW_LEAD.match(text, sentence.start, sentence.end, tokens.CONCURRENT)):
            # "Speaking on “Face the Nation,” Lee said ...": a show by its title quoted, its comma inside the marks
            name = quoted_show(text, shown.span("name"), lex)
            ctx.memo[key] = (name, name is not None, False)
        elif m is None:
            ctx.memo[key] = (None, False, False)
        else:
            name = sources.sunday_title(text, m.span("name"), sentence.end, lex)  # "Speaking to the Mail on Sunday, ..."
            if text.startswith(" of ", name[1]) and (place := _OF_PLACE.match(text, name[1], sentence.end)) is not None and (
                    kinds.kind(text, name[0], place.end(), lex) == "outlet"):
                name = name[0], place.end()  # "Speaking to the Times of India, ...": the place is the paper's name's
            outlet = kinds.kind(text, *name, lex) == "outlet"
            if not outlet and (titled := _SUBJECT_TITLE_IN.search(text, name[0], sentence.end)) is not None and (
                    titled.start() < name[1]) and kinds.kind(text, name[0], titled.start(), lex) == "outlet":
                # "Talking to BBC Wales Health Secretary Ann Rhys said": no comma; the outlet ends
                # before the first title, which opens the subject
                name, outlet = (name[0], titled.start()), True
            if not outlet and (day := _DAY_AFTER_NAME.search(text, *name)) is not None and (
                    kinds.kind(text, name[0], day.start(), lex) == "outlet"):
                name, outlet = (name[0], day.start()), True  # the day it aired: "Speaking to MSNBC's Morning Joe Monday, ..."
            if not outlet and (possessive := _POSSESSIVE.search(text, *name)) is not None and (
                    kinds.kind(text, name[0], possessive.start(), lex) == "outlet"):
                name, outlet = (name[0], possessive.start()), True
            if not outlet and m.group("bare") is None and (shown := programme_hearer(text, name, sentence.end, lex)):
                name, outlet = shown, True  # a show by its title and noun: "Appearing on the Andrew Marr Show, ..."
            if not outlet and m.group("medium") is None and m.group("bare") is None and (
                    text[name[0]:name[1]] in _BARE_AGENCY_NAMES) and not people_after(text, name[1], sentence.end):
                # an agency's bare name the sentence opens by addressing is the agency's ("In an
                # interview with PA, ...", "Speaking to AAP, ..."; not "Speaking to PA members, ...",
                # nor "In PA, ...", a place)
                outlet = True
            ctx.memo[key] = (name, outlet, m.group("medium") is None)
    return ctx.memo[key]


_POSSESSIVE = regex.compile(r"[’']s\b")

# "of" and a place's name in capitals after an outlet's words, which may close its name: "the Times | of India"
_OF_PLACE = regex.compile(r" of[^\S\n]+\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*)?(?=[^\S\n]*,)")


def people_after(text: str, end: int, s1: int) -> bool:
    """Whether a noun for people follows the name that ends at ``end``, which then names
    whose they are, no outlet: "told AAP workers", "told PA members"."""
    word = next_word(text, end, s1)
    return word is not None and word.group().islower() and person_noun(word.group())

# the one name in capitals a report was told or given to right after its cue: "told Forbes
# that", "said in an interview with Forbes" (not "told Forbes’ editor", "told Steve Forbes")
_HEARER_NAME = regex.compile(
    r"[^\S\n]+((?:with|to)[^\S\n]+)?((?:(?:" + "|".join(sorted(en.FOREIGN_ARTICLES)) + r")[^\S\n]+(?=\p{Lu}))?"
    r"(?:\p{Lu}|\p{Ll}{1,6}(?=\p{Lu}))[\p{L}\d.-]*\p{L})(?![\w’'-]|[^\S\n]*[&(]|[^\S\n]+\p{Lu})")

_HEARER_NAME_REACH = 40

_ADDRESSING_CUE = regex.compile(r"(?:interview|speaking|talking)$", regex.IGNORECASE)


def _named_hearer(ctx: Context, sentence: Sentence | None, cue, cue_lemma: str, via) -> tuple[int, int] | None:
    """A hearer of one name in capitals that is not yet in ``via``: after a "told" or an
    "interview" cue, or addressed where the sentence opens ("Speaking to Forbes, ...");
    resolution reads the document for whether it is an outlet."""
    text = ctx.text
    end = cue[-1][1]
    found = None
    addressing = _ADDRESSING_CUE.search(text, max(cue[-1][0], end - 12), end, tokens.CONCURRENT) is not None
    if not addressing and (interview := cues.INTERVIEW_BEFORE_HEARER.match(
            text, end, min(len(text), end + cues.INTERVIEW_CHARS), tokens.CONCURRENT)) is not None:
        end, addressing = interview.end(), True  # "said | in an interview | with Forbes": the cue left the interview out
    if cue_lemma == "tell" or addressing:
        m = _HEARER_NAME.match(text, end, min(len(text), end + _HEARER_NAME_REACH), tokens.CONCURRENT)
        if m is not None and (m.group(1) is not None) == addressing:
            found = m.span(2)
    if found is None and sentence is not None:
        lead, outlet, addressed = _addressed_lead(ctx, sentence)
        if lead is not None and not outlet and addressed and lead[1] < cue[0][0] and tokens.ONE_NAME.fullmatch(text, *lead):
            found = lead
    if found is None or any(v[0] <= found[0] and found[1] <= v[1] for v in via) or ctx.layout.inside_quote(found[0]):
        return None  # (nor a part of one: "with People magazine" holds "People")
    return found


# prepositions whose object, weather or an attack, is no head of the mention: "victims of the storm",
# "dockers on strike", "crews at the blaze", "families with flood damage"
# ("Villagers beside the river", "Farmers along the coast": where people stand, kinds.PEOPLE_PLACE_PREPOSITIONS)
_EVENT_OBJECT_PREPOSITIONS = frozenset("of in from after by against over about on at with amid".split()) | kinds.PEOPLE_PLACE_PREPOSITIONS


def natural_event(text: str, source: tuple[int, int]) -> bool:
    """Whether a subject is weather or a natural disaster, which no one speaks for:
    "Heavy rain", "the floods", "Cyclone Dana" (named by the word before its name)."""
    words = WORD.findall(text, source[0], source[1], False, tokens.CONCURRENT)
    if not words or len(words) > 4:
        return False
    if words[0].lower() in en.NAMED_STORMS and len(words) == 2 and words[1][:1].isupper():
        return True
    # in lower case, or a plural alone: "Tony Snow said", "Ann Storm said" are people
    head = words[-1]
    if any(w.islower() and (w.endswith("ing") or w in _EVENT_OBJECT_PREPOSITIONS) for w in words[:-1]):
        return False  # "Nurses backing the strike", "Families of the storm's victims": the event is an object
    return head.lower() in en.NATURAL_EVENTS and (head.islower() or len(words) == 1 and head.endswith("s"))


# the comma right before an aside "say" ("than, say, the old plan"), which has one right after it too
COMMA_BEFORE = regex.compile(r",\s*$")

# the articles and possessives that open a noun phrase: "the", "a", "his" ...
POSSESSOR_DETERMINERS = frozenset("the a an".split()) | frozenset(en.POSSESSIVE_PRONOUNS)


def quotation_after_sentence(ctx: Context, sentence: Sentence):
    """The quotation that opens right after ``sentence`` in its paragraph and
    makes up a whole sentence of its own (a full stop, "!" or "?" before its
    closing mark), so no verb after it claims it; None otherwise."""
    text = ctx.text
    para_end = ctx.layout.paragraphs[sentence.paragraph][1]
    pos = clauses.skip_space(text, sentence.end, para_end)
    q = next(ctx.layout.quotations_from(pos), None)
    if q is None or q.start != pos or q.start >= para_end or text[q.end - 2:q.end - 1] not in (".", "!", "?"):
        return None
    return q


# the most words a headline's bare subject of a post or a body holds: "rail operator", "state power regulator"
_BARE_SUBJECT_WORDS = 3


def headline_bare_subject(ctx: Context, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
    """A headline's subject that is a bare noun of a post or a body, right before its cue, after
    the comma or the label's colon that opens it: "operator" of "Trains will be cancelled,
    operator says", "rail operator" of "Storm Ada: rail operator warns ...". A headline drops
    its articles, so its noun is bare where body text writes "the operator"; in body text a bare
    noun the tables seldom see heading a source is no subject, and stays unread. Its words are in
    lower case, its modifiers before it: no name and no verb."""
    if not headline(ctx, sentence):
        return None
    text, s0 = ctx.text, sentence.start
    opened = max(text.rfind(",", s0, cue_start), text.rfind(":", s0, cue_start))
    if opened < 0:
        return None  # (a headline's first words are capitalised, and the tables read them)
    span = clauses.trim(text, opened + 1, cue_start)
    words = WORD.findall(text, span[0], span[1], False, tokens.CONCURRENT)
    if not 1 <= len(words) <= _BARE_SUBJECT_WORDS or " ".join(words) != text[span[0]:span[1]]:
        return None
    head = words[-1]
    if not head.isalpha() or not head.islower() or not (
            person_noun(head) or head in en.ORGANIZATION_WORDS or head in en.GOVERNMENT_WORDS):
        return None
    if not all(sources.premodifier(w, ctx.lexicon) for w in words[:-1]):
        return None
    return span


# a noun phrase of time in apposition to a fronted time, its head in its first three words:
# "On Friday, the second day of her tour,", "In March, his first month in office,", "Last week,
# a day after the vote,", "On Sunday, the eve of the poll,"
_TIME_APPOSITIVE = (r"(?:the|an?|one|his|her|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:"
                    + "|".join(sorted(en.TIME_WORDS - {"today", "yesterday", "tonight", "past"}))
                    + r"|eve|anniversary)s?\b")

# a time, place or circumstance set before the subject, no clause of its own to report:
# "Then", "Early Tuesday", "In 1848", "Just last week", "But even after the growth cooled", "Rather than
# try ...", "Weighing in on the debate" (a clause after its comma is a report's:
# "As a woman, she raised less suspicion, Lee said")
# ("At least 40 people remain missing": "at least" counts the subject, no adverbial before it)
_FRONTED_ADVERBIAL = regex.compile(
    r"(?:(?:and|but|so|yet)\s+)?(?:(?:even|just|only)\s+)?"
    r"(?:then|later|earlier|early|late|last|in|on|at(?!\s+(?:least|most)\b)|as|after|before|when|while|during|since|until|once|"
    # ("Despite the rain,", "Amid the row,", "Ahead of the vote,": a circumstance)
    r"despite|amid|amidst|among|amongst|following|throughout|without|under|unlike|ahead\s+of|because\s+of|thanks\s+to|"
    # ("Back at her headquarters,", "Over in Ohio,", "Back home,": an adverb of place before one)
    r"rather\s+than|instead\s+of|yesterday|today|tonight|(?:back|out|over|down|up)\s+(?:at|in|on|home)|"
    + "|".join(en.DAY_NAMES) + r"|[a-z]+ing)\b[^,;:“”\"‘’\n]*"
    r"(?:,\s*(?:(?:last|this|next|on|in|at|early|late|earlier|later|\d{4})\b|" + _TIME_APPOSITIVE + r")[^,;:“”\"‘’\n]*)?",
    regex.IGNORECASE)


def fronted_adverbial(text: str, start: int, end: int) -> bool:
    """Whether the words before a "trailing" cue's source are only an adverbial
    set before the sentence's subject, so the cue is the sentence's main verb;
    a bare "But" too ("But, Lee passed"). A long run of words is more likely a
    clause whose comma was left out ("After Lee left the firm he sued it"), and
    a long "-ing" opener a subject ("Seeing his brother suffer led him to ..."); so is
    a short run with a verb of its own ("In Leeds the parade began with a hymn, Lee said").
    A sentence adverb alone is one too ("Meanwhile, a panel reported in May that ...")."""
    if text[start:end].lower() in en.SENTENCE_ADVERBS:
        return True
    if text[start:end].isalpha() and en.ly_adverb(text[start:end].lower()):
        return True  # "Frankly, I am not persuaded.": a lone adverb in -ly comments on the sentence
    if _FRONTED_ADVERBIAL.fullmatch(text, start, end) is None:
        return False
    words = WORD.findall(text, start, end, False, tokens.CONCURRENT)
    first = words[0].lower()
    if first.endswith("ing"):
        # (not "Bashing Trump has become a sport, Lee said": a gerund, the subject of a clause said)
        return len(words) <= _ADVERBIAL_WORDS_ING and not gerund_subject(first, words[1:])
    if any(w in en.VERB_AUXILIARIES or w in en.IRREGULAR_PASTS for w in words[1:]) and not any(
            w.lower() in en.SUBORDINATORS for w in words):
        return False  # "In Leeds the parade began with a hymn, Lee said": a clause, its comma left out
    return len(words) <= _ADVERBIAL_WORDS


_ADVERBIAL_WORDS = 12

_ADVERBIAL_WORDS_ING = 6

# words that open a relative or complement clause inside a participle's content
RELATIVE_OPENERS = frozenset("who which that whose whom where when".split())

# "said in an interview with The Planet that", "in a statement provided to the Planet:"
# An outlet's name as a group: "The Planet", "People magazine", "the PA news agency", "dpa"
OUTLET_NAME_GROUP = (
    # an outlet's show after its possessive: "on NDTV's show", "on the BBC's Today programme", and
    # a service's: "on BBC Radio 4's Today programme"
    r"((?:[Tt]he\s+)?[A-Z][\w.&-]*(?:[^\S\n]+(?:[A-Z][\w.&-]*|\d{1,2})){0,2}[’']s(?:[^\S\n]+(?:[A-Z][\w.’'&-]*|" + _CLOCK_TIME + r")){0,3}[^\S\n]+(?:programme|program|show|podcast)\b|"
    # (or a show by its title quoted, then its noun: "on the “Pod Save America” podcast")
    r"(?:[Tt]he\s+)?(?:“[A-Z][^“”,\n]{0,40}[\w!?]”|\"[A-Z][^\",\n]{0,40}[\w!?]\")[^\S\n]+(?:programme|program|show|podcast)\b|"
    # (or a show by its title quoted alone, the lexicon to tell whether it is a show's: "on “Face the Nation”")
    r"(?:“\p{Lu}[^“”,\n]{0,40}[\w!?][,.]?”|\"\p{Lu}[^\",\n]{0,40}[\w!?][,.]?\")(?![\w’'-])|"
    # (or a count before a unit of time, a show's title: "on 60 Minutes")
    # (who runs it before the name: "with the state-run Anadolu Agency")
    # (and its medium's noun before the name: "with the newspaper Folha de S.Paulo", "with the daily Clarín")
    # (a slash inside the name, "RFE/RL")
    r"(?:[Tt]he\s+)?(?:" + _RUN_BY + r"\s+)?(?:" + _MEDIUM_BEFORE_NAME + r"\s+)?" + _NAME_OPENING + r"(?:[\w.’'&-]|/(?=\w))*(?:!(?=[^\S\n]+\w))?(?:\s+(?:of\s+(?:the\s+)?|&\s+|" + _THE_IN_TITLE + r"|" + _NAME_PARTICLE + r")?(?:[A-Z][\w.’'&-]*|\d{1,2}(?=\s+[A-Z]|\s+that\b|[,:;]|\.(?!\d)|[^\S\n]*$)|(?<=[’']s\s+)" + _CLOCK_TIME + r")){0,4}" + _HOST_IN_TITLE +
    # and the medium after the name: "with People magazine", "with Hello! magazine", "with the PA news agency",
    # "with the Funke media group"
    # (a number inside only before a word in capitals, "with Channel 4 News", or at the name's end
    # before a "that" or a mark, "on BBC Radio 4 that", or a clock time after a
    # possessive, "on ABC's 7.30"), or the show after its
    # possessive, its title quoted: "on CNN's “State of the Union”"
    r"(?:[^\S\n]+" + medium_after_name(r"[^\S\n]+") + r"|" + _QUOTED_TITLE_AFTER_POSSESSIVE + r")?)"
)

# The outlet that carried, published or saw the statement a cue took in, its agent right after:
# "said in a statement carried by state news agency WAM", "in a letter seen by Reuters", "in a
# statement published by the official SPA news agency", or the channel or paper it went out on
# or in: "in remarks broadcast on state television", "in comments published in the Straits Times"
# (or a bare "by", "on" or "in" after the participle the adjuncts skipped: "published | by ...")
# (the day it went out may stand between the participle and its agent: "carried Monday by Xinhua",
# "broadcast on Sunday by Caracol")
_DAY_BEFORE_AGENT = (r"(?:[^\S\n]+(?:on[^\S\n]+)?(?:" + "|".join(d.capitalize() for d in en.DAY_NAMES)
                     + r")|[^\S\n]+(?:yesterday|today|earlier|later))?")

_VEHICLE_RELAY = regex.compile(
    # (and how soon it did, before the participle: "first reported by the Guardian")
    r"[^\S\n]+(?:(?:(?:(?:first|originally|initially|exclusively|later|widely)[^\S\n]+)?(?P<verb>"
    + "|".join((*en.CARRIED_BY, *en.READ_BY)) + r")" + _DAY_BEFORE_AGENT + r"[^\S\n]+)?by"
    # (or whom it went out through: "in a statement issued through police", "released via his lawyer")
    r"|through|via"
    # (a broadcast may go out live: "in remarks broadcast live on state television")
    r"|(?:(?P<verb>" + "|".join(en.CARRIED_ON) + r")[^\S\n]+(?:live[^\S\n]+)?)?(?:on|in))[^\S\n]+"
    # ("released by his office", "issued through the police": no outlet, but no part of the report either)
    r"(?P<name>(?:his|her|its|their)[^\S\n]+[a-z][\w-]*|(?:the[^\S\n]+)?police|(?:the[^\S\n]+)?(?:(?:state|official|state-run|state-owned|semi-official|government|national)[^\S\n]+)*"
    # "state media", "state news agency WAM", "the official Saudi Press Agency", "the official SPA news agency"
    r"(?:(?:news[^\S\n]+agency|media|television|TV|radio|broadcaster)(?:[^\S\n]+[A-Z][\w.’'&-]*){0,3}"
    # (a force's name may join two places: "Devon and Cornwall Police")
    r"|[A-Z][\w.’'&-]*(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w.’'&-]*){0,4}"
    r"(?:[^\S\n]+(?:news[^\S\n]+agency|newspaper|television|TV|magazine|website))?"
    # (or a body by a common noun, an author or a reader, no outlet: "in a report published by the institute")
    r"|(?:the|an?)[^\S\n]+(?-i:[a-z][\w-]*)))(?![\w’'&-])"
)

# a vehicle and the participle that put it out, right before the bare "by": "a statement published",
# and an interview or a video that went out on air or in print: "an interview aired", "a video broadcast"
_ISSUED_VEHICLE_END = regex.compile(
    r"\b(?:(?:" + "|".join(regex.escape(n) for n in sorted(en.VEHICLE_NOUNS, key=lambda w: (-len(w), w)))
    + r")[^\S\n]+(?P<verb>issued|released|circulated|posted|published)"
    # (or an interview or a piece and how it went out, as clauses._ISSUED skips it; either with the day
    # after it: "in an interview broadcast Sunday | by Caracol", "in a report published Monday | by the institute")
    r"|(?:" + "|".join(sorted({*en.SPOKEN_VEHICLE_NOUNS, "op-ed", "column", "article", "speech", "address", "video", "videos"}))
    + r")[^\S\n]+(?P<verb>published|posted|released|aired|broadcast|televised))"
    + _DAY_BEFORE_AGENT + r"$",
    regex.IGNORECASE | regex.REVERSE,
)

# the verbs whose agent is a medium whatever its name reads as: "carried by WAM" (not "published
# by the institute", "seen by the committee": the author or a reader, no outlet)
_CARRYING = frozenset(["carried", "broadcast", "aired", "relayed"])
# ... and those whose agent is a broadcaster, even by a name of one word the lexicon does not know
_AIRING = frozenset(["broadcast", "aired", "televised"])
_ONE_NAME = regex.compile(r"\p{Lu}[\p{L}\p{N}’'&+-]*")


def vehicle_agent(ctx: Context, pos: int, s1: int) -> tuple[tuple[int, int], bool] | None:
    """The agent that carried, published or saw the vehicle a cue ending at ``pos`` took
    in ("said in a statement carried by WAM", "in a report published by the Lowell
    Institute"), and whether it is an outlet, which relays the report; None when no such
    phrase follows."""
    text = ctx.text
    m = _VEHICLE_RELAY.match(text, pos, s1, tokens.CONCURRENT)
    if m is None or (issued := (ENDS_IN_VEHICLE if m.group("verb") else _ISSUED_VEHICLE_END).search(
            text, max(0, pos - 50), pos, tokens.CONCURRENT)) is None:
        return None
    name = hearer_name(text, m.span("name"), s1, ctx.lexicon)  # (not the sentence's stop: "by Reuters.")
    kind = kinds.kind(text, *name, ctx.lexicon)
    verb = m.group("verb") or issued.group("verb")
    if verb in _AIRING and kind == "person" and _ONE_NAME.fullmatch(text, *name) and (
            (low := text[name[0]:name[1]].lower()) not in given_names() and low not in family_names()):
        return name, True  # "an interview broadcast by Caracol": what airs an interview is a broadcaster
    # (a body that translated the words passes them on too, a ministry's or an institute's: "in a
    # speech translated by the ministry", "in remarks translated by the Middle East Media Research Institute")
    return name, kind == "outlet" or kind == "organization" and verb in _CARRYING or (
        verb == "translated" and kind in ("organization", "government"))


def carrier_before_comma(ctx: Context, pos: int, s1: int) -> tuple[int, int] | None:
    """The outlet that carried the medium ending at ``pos`` ("comments | carried by Xinhua"),
    when its phrase closes on a comma or the sentence's end; else None."""
    text = ctx.text
    if (agent := vehicle_relay(ctx, pos, s1)) is None:
        return None
    after = clauses.skip_post_adjuncts(text, agent[1], s1)
    return agent if text.startswith(",", after) or not text[after:s1].strip(clauses.CLOSE_PUNCT + tokens.CLOSING_QUOTE_MARKS) else None


def vehicle_relay(ctx: Context, pos: int, s1: int) -> tuple[int, int] | None:
    """The outlet that carried, published or saw the vehicle a cue ending at ``pos`` took
    in ("said in a statement carried by WAM"); None when no such phrase follows or its
    agent is no outlet."""
    agent = vehicle_agent(ctx, pos, s1)
    return agent[0] if agent is not None and agent[1] else None


# A guest's appearance on an outlet or its show, joined by "and" to the verb of saying right
# after it: "appeared on Hardball and | said", "went on CNN's “State of the Union” Sunday and | said"
_APPEARANCE_AND = regex.compile(
    r"(?<![\w’'-])(?:appeared|went|came)[^\S\n]+on[^\S\n]+" + OUTLET_NAME_GROUP
    + r"(?:[^\S\n]+(?:on[^\S\n]+)?(?:" + "|".join(d.capitalize() for d in en.DAY_NAMES) + r"))?[^\S\n]+and[^\S\n]+$")

_APPEARANCE_REACH = 100


def _appearance_before(ctx: Context, cue_start: int, s1: int) -> tuple[int, int] | None:
    """The outlet or show a guest appeared on, in a verb joined by "and" to the cue at
    ``cue_start`` ("Lee appeared on Hardball and said that ..."), as
    :func:`interview_outlet` reads it; None when no such verb comes right before the cue or
    what it names is no outlet ("went on Twitter and said", "appeared on stage and said")."""
    text = ctx.text
    if not text.endswith("and ", 0, cue_start):
        return None
    m = _APPEARANCE_AND.search(text, max(0, cue_start - _APPEARANCE_REACH), cue_start, tokens.CONCURRENT)
    return interview_outlet(ctx, m, s1) if m is not None else None


def interview_outlet(ctx: Context, interview: regex.Match, s1: int) -> tuple[int, int] | None:
    """The outlet a match of `hearers.WITH_OUTLET` names ("in an interview with The Planet"), or
    the programme its capitalised words are the title of ("said on the Today programme on
    BBC Radio 4", "on the Andrew Marr show", "on the Rachel Maddow Show", "on Face the
    Nation"); None when it names neither ("said on the Erasmus programme": a scheme's, and
    "on" there may mean "about")."""
    text = ctx.text
    if (shown := titled_programme(text, interview, s1, ctx.lexicon)) is not None:
        return shown  # (before the name alone: "the Today" may name a paper)
    if text[interview.start(1)] in _TITLE_MARKS:
        return quoted_show(text, interview.span(1), ctx.lexicon)  # "said during an appearance on “Fox & Friends”"
    paper = sources.sunday_title(text, title_last_word(text, interview.span(1), s1, ctx.lexicon), s1, ctx.lexicon)
    if kinds.kind(text, *paper, ctx.lexicon) == "outlet" or text[paper[0]:paper[1]] in _BARE_AGENCY_NAMES:
        return paper  # (an agency's bare name, with no "the", is an outlet's here: "in a statement to PA")
    if (owner := outlet_of_host(text, paper, ctx.lexicon)) is not None:
        return owner  # "in an interview with NBC's Lester Holt": the outlet of the host who heard it
    return broadcast_hearer(text, paper, ctx.lexicon)


# the outlets' bare names that are other bodies' alone, in the capitals of the agency's name ("PA", "AAP")
_BARE_AGENCY_NAMES = frozenset(n.upper() for n in en.OUTLET_BARE_NAMES)
# those whose other body takes "the" ("the PA", "the CBC"), bare in capitals: the outlet's after "according to"
_BARE_AGENCY_NAMES_OTHER_WITH_THE = frozenset(n.upper() for n in en.OUTLET_BARE_NAMES_OTHER_WITH_THE)


# "the" and a title's last word right after a name, before the subject of a clause with no "that",
# a pronoun or a determiner: "Face | the Nation | the plan was fair", "Meet | the Press | he would run"
_THE_TITLE_WORD = regex.compile(
    r"[^\S\n]+the[^\S\n]+\p{Lu}[\w.’'&-]*"
    r"(?=[^\S\n]+(?:the|an?|this|these|those|his|her|its|their|our|he|she|it|they|we|I)[^\S\n]+[\w“\"‘'])")


def title_last_word(text: str, name: tuple[int, int], s1: int, lexicon) -> tuple[int, int]:
    """A name with the last word of a show's title that the name patterns left, "the" before
    it, when a clause with no "that" follows ("told Face the Nation | the plan was fair", "in an
    interview with NBC's Meet the Press | he would run"): the patterns take "the" inside a name
    only before a "that" or a stop, lest they take a clause's subject ("told Lee the Senate would
    vote"); here the whole must name an outlet ("told Ann the Pentagon he visited was shut"
    keeps Ann alone); else ``name`` as it was."""
    word = _THE_TITLE_WORD.match(text, name[1], s1)
    if word is None or kinds.kind(text, name[0], word.end(), lexicon) != "outlet":
        return name
    return name[0], word.end()


# the possessive of an outlet before the name in capitals of one it employs: "CNN's | Jake
# Tapper", "Fox News' | Sean Hannity"
_POSSESSIVE_BEFORE_NAME = regex.compile(r"(?:[’']s|(?<=s)[’'])[^\S\n]+(?=\p{Lu})")


def outlet_of_host(text: str, hearer: tuple[int, int], lexicon) -> tuple[int, int] | None:
    """The outlet whose possessive opens a hearer who is a person it employs, by name: "CNN"
    in "told CNN's Jake Tapper", "Fox News" in "told Fox News' Sean Hannity", "NBC" in "in an
    interview with NBC's Lester Holt" (the outlet relays the words, its host heard them, as
    "Speaking to CNN's Jake Tapper, ..." reads it); None when the hearer is no such name ("told
    NBC's Meet the Press": the show is the outlet's whole mention) or the possessive is no
    outlet's ("told Ann Lee's aides")."""
    m = _POSSESSIVE_BEFORE_NAME.search(text, *hearer)
    if m is None or m.end() >= hearer[1]:
        return None
    # (a full name, a given name first: "CNN's Jake Tapper"; not a show's title, "Sky News' Sunday
    # Tidewater", nor a bureau, "Reuters' Harbourtown bureau")
    words = text[m.end():hearer[1]].split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or words[0].lower() not in given_names() or (
            kinds.kind(text, m.end(), hearer[1], lexicon) != "person"):
        return None
    owner = clauses.trim(text, hearer[0], m.start())
    return owner if owner[1] > owner[0] and kinds.kind(text, *owner, lexicon) == "outlet" else None


# the marks that open a title quoted
_TITLE_MARKS = frozenset('“"')


def quoted_show(text: str, quoted: tuple[int, int], lexicon) -> tuple[int, int] | None:
    """The title inside the quotation marks of ``quoted`` when the lexicon reads it as a show's
    or an outlet's ("on “Face the Nation,”" is Face the Nation); None otherwise ("on “Obamacare”")."""
    inner = clauses.trim(text, quoted[0] + 1, quoted[1] - 1)
    while inner[1] > inner[0] and text[inner[1] - 1] in ",.":
        inner = inner[0], inner[1] - 1
    return inner if inner[1] > inner[0] and kinds.kind(text, *inner, lexicon) == "outlet" else None


# the noun of what an outlet airs, right after a title: "the Andrew Marr | show"
_PROGRAMME_NOUN_NEXT = regex.compile(r"[^\S\n]+(?:" + "|".join(sorted(en.OUTLET_PROGRAMME_NOUNS)) + r")\b")

# "on" before the outlet a programme is on: "the Today programme on BBC Radio 4"
_ON = regex.compile(r"[^\S\n]+on(?=[^\S\n])")

# the nouns of what an outlet airs that name no scheme, as "programme" may ("the Erasmus programme")
_SHOW_NOUNS = en.OUTLET_PROGRAMME_NOUNS - {"programme", "program"}


def titled_programme(text: str, relay: regex.Match, s1: int, lexicon) -> tuple[int, int] | None:
    """The programme a relay's name (its group 1) is the title of, the noun of what it is after
    it or in it ("on the Today programme", "on the Andrew Marr show", "on the Rachel Maddow
    Show"), as :func:`programme_hearer` reads it; None when it names none."""
    noun = _PROGRAMME_NOUN_NEXT.match(text, relay.end(1), s1, tokens.CONCURRENT)
    return programme_hearer(text, (relay.start(1), noun.end()) if noun is not None else relay.span(1), s1, lexicon)


def programme_hearer(text: str, hearer: tuple[int, int], s1: int, lexicon) -> tuple[int, int] | None:
    """A hearer that is a programme by its title in capitals and the noun of what it is: a
    show, a podcast, a bulletin ("told the Andrew Marr Show"), or a programme on an outlet
    named after it ("told the Today programme on BBC Radio 4"; the mention runs to the
    outlet's name) or whose title holds the time it airs ("told the Today programme", "said
    on the Today programme"); else None ("told the Erasmus programme": a scheme's, no outlet's)."""
    words = text[hearer[0]:hearer[1]].split()
    # (a title may be quoted: "the “Daily” podcast")
    if len(words) < 2 or words[-1].lower() not in en.OUTLET_PROGRAMME_NOUNS or not words[-2].lstrip("“\"‘")[:1].isupper():
        return None
    if words[-1].lower() in _SHOW_NOUNS or (owner := _TITLE_OWNER.match(text, *hearer)) is not None and (
            kinds.kind(text, hearer[0], owner.end(1), lexicon) == "outlet"):
        return hearer  # (or a programme after its outlet's possessive: "the ABC's Insiders program")
    on = _ON.match(text, hearer[1], s1, tokens.CONCURRENT)
    if on is None or (name := HEARER.match(text, on.end(), s1, tokens.CONCURRENT)) is None:
        # "told the Today programme that": the time it airs marks a broadcast's title by itself
        return hearer if _SHOW_TITLE_MARK.search(text, hearer[0], hearer[1]) is not None else None
    outlet = hearer_name(text, name.span(), s1, lexicon)
    return (hearer[0], outlet[1]) if kinds.kind(text, *outlet, lexicon) == "outlet" else None


# an American broadcaster's call sign alone, four capitals from K or W and its band or "-TV":
# "KTLA", "WXYZ-TV" (not three, which more bodies' initials are: "WHO", "WTO", "KGB")
_BARE_CALL_SIGN = regex.compile(r"[KW]\p{Lu}{3}(?:-(?:TV|FM|AM))?")

# the times of day or week a show's title may hold: "Good Morning Britain", "This Week"
_TITLE_TIMES = r"Morning|Evening|Night|Breakfast|Week|Weekend"

# the marks of a show's title in a hearer's capitalised words: a count that opens it ("60
# Minutes"), "the" inside it ("Face the Nation"; not "Friends of the Earth", a body's "of"), or
# the time it airs ("Good Morning Britain", "Today"; not a day, which may be the day it was
# told on: "told Smith Tuesday that"), a time of day or week before more of the title or after
# "This" ("This Week"; a time that ends it else is an occasion's: "said on Election Night that",
# "on Christmas Morning", "Holy Week")
_SHOW_TITLE_MARK = regex.compile(
    r"^" + _COUNTED_TITLE + r"|\p{Lu}\p{L}*[^\S\n]+the[^\S\n]+\p{Lu}"
    r"|(?<=\S[^\S\n]+|^)(?:(?:" + _TITLE_TIMES + r")(?=[^\S\n]+\S)|Today|Tonight)\b"
    r"|This[^\S\n]+(?:Morning|Week)\b")

# the times a show's title may be alone: "told Today", "said on Tonight"
_LONE_TITLE_TIMES = frozenset(["Today", "Tonight"])

# a day after an outlet's name, no part of it: "told CNN | Tuesday that"
_DAY_AFTER_NAME = regex.compile(r"[^\S\n]+(?:" + "|".join(d.capitalize() for d in en.DAY_NAMES) + r")$")

# the owner of a title after its possessive, the title in quotation marks or capitals, or a time:
# "CNN | ’s “Harbour Hour”", "TVNZ | 's Breakfast", "Sky News | ' Sunday Agenda", "ABC | 's 7.30"
_TITLE_OWNER = regex.compile(r"(.+?)(?:[’']s|(?<=s)[’'])\s+(?=[“\"\p{Lu}\d])")

# the marks of a show's title right after its outlet's possessive, fewer than a title needs alone:
# a time of day by itself ("TVNZ's Breakfast", "NBC's Today"; alone it may be an occasion's),
# a day before more of the title ("Sky News' Sunday Agenda", "BBC One's Sunday Politics"), the
# time it airs by the clock ("ABC's 7.30"), a title quoted ("CNN's “Harbour Hour”"); not a name
# ("CNN's Jake Tapper": the outlet's presenter, as "the BBC's political editor", relays nothing)
_OWNED_TITLE_MARK = regex.compile(
    r"[“\"]|(?:" + _TITLE_TIMES + r"|Today|Tonight)$"
    r"|(?:" + "|".join(d.capitalize() for d in en.DAY_NAMES) + r")[^\S\n]+\p{Lu}|" + _CLOCK_TIME + r"$")


# one word in capitals after the possessive, all of a hearer: "RNZ's | Checkpoint"; and a
# nationality's or a party's, no title: "the BBC's | Arabic", "CNN's | Republican"
_LONE_TITLE_WORD = regex.compile(r"\p{Lu}\p{L}+")
_NATIONALITY_WORD = regex.compile(kinds.NATIONALITY)

# a word in small letters right after it that goes on with the noun phrase, no word that opens
# what follows a hearer: "Reuters' Washington | bureau", "CNN's Republican | debate"
_NOUN_AFTER_TITLE = regex.compile(
    r"[^\S\n]+(?!(?:" + "|".join(sorted({"that", "and", "or", "on", "in", "at", "by", "for", "during", "after", "before",
                                         "about", "last", "this", "earlier", "when", "while", "as", "if", "whether"}
                                        | set(en.PRONOUNS) | set(en.TIME_WORDS) | {"the", "a", "an", "his", "her", "its", "their", "our"}))
    + r")(?![\w’'-]))[a-z]")
_NOUN_AFTER_REACH = 40


def owned_title(text: str, hearer: tuple[int, int], lexicon) -> bool:
    """Whether a hearer is a show named after its outlet's possessive, by the marks of
    ``_OWNED_TITLE_MARK`` ("TVNZ's Breakfast", "CNN's “Harbour Hour”"; not a person's
    possessive, "Ann Smith's “Harbour Hour”", nor a presenter's name, "CNN's Jake Tapper")."""
    owner = _TITLE_OWNER.match(text, *hearer)
    return owner is not None and _OWNED_TITLE_MARK.match(text, owner.end(), hearer[1]) is not None and (
        kinds.kind(text, hearer[0], owner.end(1), lexicon) == "outlet")


def lone_title_owner(text: str, hearer: tuple[int, int], lexicon) -> tuple[int, int] | None:
    """The outlet before the possessive of a hearer that is an outlet's name and one word that
    names no person (:func:`_lone_title`): "told RNZ's Checkpoint", "the ABC's Insiders"; None
    otherwise. The word may still be a presenter's surname, the full name nowhere in the text
    ("told CNN's Tapper"): either way the outlet carried the words, and it alone goes into
    ``via``, no show's mention of a kind the word cannot tell."""
    owner = _TITLE_OWNER.match(text, *hearer)
    if owner is None or kinds.kind(text, hearer[0], owner.end(1), lexicon) != "outlet" or not (
            _lone_title(text, owner.end(), hearer[1])):
        return None
    return owner.span(1)


def _lone_title(text: str, start: int, end: int) -> bool:
    """Whether the one word in capitals from ``start`` to ``end``, after an outlet's possessive,
    may be a show's title by itself ("RNZ's Checkpoint", "the ABC's Insiders"): no given or
    family name of the tables, no title or noun of a person's post, no place nor nationality
    ("Reuters' Washington", "the BBC's Arabic"), no word that goes on with a noun in small
    letters ("Reuters' Washington bureau"), and nothing in the text names a person by it, a
    given name, a title or a name in capitals before it anywhere ("Jake Tapper" ... "CNN's
    Tapper": the outlet's presenter, who relays nothing, as "CNN's Jake Tapper")."""
    if _LONE_TITLE_WORD.fullmatch(text, start, end) is None or _NOUN_AFTER_TITLE.match(text, end, min(len(text), end + _NOUN_AFTER_REACH)) is not None:
        return False
    word = text[start:end]
    low = word.lower()
    return not (low in given_names() or low in family_names() or low in en.TITLES or person_noun(low)
                or low in place_names() or _NATIONALITY_WORD.fullmatch(word) is not None
                or named_as_person(text, word))


def broadcast_hearer(text: str, hearer: tuple[int, int], lexicon) -> tuple[int, int] | None:
    """The broadcaster a hearer that reads as no outlet's name still names, and the span it
    goes into ``via`` by: a station's call sign ("told KTLA"; not in a text in capitals, "TOLD
    KATE"), a show by its title quoted after its outlet's possessive ("told CNN's “Harbour
    Hour”"; not a person's: "Ann Smith's “Harbour Hour”"), a show by the marks of its title ("told Face the Nation", "told 60 Minutes"), an
    outlet before a day ("told CNN Tuesday" goes by way of CNN); None for a person's name ("told
    Jane Smith"), a body the table names ("told WADA") or one whose kind says so."""
    name = text[hearer[0]:hearer[1]]
    if owned_title(text, hearer, lexicon):
        return hearer  # "told CNN's “Harbour Hour”", "told TVNZ's Breakfast": an outlet's show
    if (owner := lone_title_owner(text, hearer, lexicon)) is not None:
        return owner  # "told RNZ's Checkpoint": the outlet
    known = org_names().get(name.lower().replace("’", "'")) is not None
    # (the word before it, the cue, in small letters: the text is not written in capitals)
    cased = any(ch.islower() for ch in text[max(0, hearer[0] - 6):hearer[0]])
    if _BARE_CALL_SIGN.fullmatch(name):
        return hearer if not known and cased else None
    if (day := _DAY_AFTER_NAME.search(name)) is not None and (
            kinds.kind(text, hearer[0], hearer[0] + day.start(), lexicon) == "outlet"
            or broadcast_hearer(text, (hearer[0], hearer[0] + day.start()), lexicon) is not None):
        return hearer[0], hearer[0] + day.start()  # (a show's title before it too: "told ABC's This Week Sunday")
    words = name.split()
    if name in _LONE_TITLE_TIMES:
        # "told Today that": a time in capitals after a word in small letters is a title
        return hearer if cased else None
    if len(words) < 2 or known or words[0].lower() in given_names() or _SHOW_TITLE_MARK.search(name) is None:
        return None
    return hearer if kinds.kind(text, *hearer, lexicon) in ("person", "organization", "document") else None


def hearer_name(text: str, whole: tuple[int, int], s1: int, lexicon) -> tuple[int, int]:
    """The name a hearer's words span, trimmed of the punctuation around it but for the
    name's own mark ("told Hello! magazine"), with its Sunday edition ("the Mail on Sunday")."""
    named = clauses.trim(text, *whole)
    if text.startswith("!", named[1], whole[1]):
        named = (named[0], whole[1])
    return sources.sunday_title(text, named, s1, lexicon)


# the same before a colon that ends the paragraph, the quotation opening the next
# ... but not a participle with a subject of its own, one of those the clause named, who speaks
# the quotation: "cheered, another adding: “Y”", ", with one writing", ", one fan telling reporters"
OWN_SUBJECT = r"(?:one|another|some|many|several|others|(?:one|another)[^\S\n]+[a-z]+)[^\S\n]+[a-z]+ing"

# "in a letter seen by Reuters", "in a statement posted on its website", "in an interview
# published on Sunday", "in comments carried by Xinhua": what the vehicle, interview or words a
# cue took in was, before the "that" of its report
ENDS_IN_VEHICLE = regex.compile(
    r"\b(?:" + "|".join(regex.escape(n) for n in sorted(
        en.VEHICLE_NOUNS | en.SPOKEN_VEHICLE_NOUNS | {"comments"}, key=lambda w: (-len(w), w)))
    + r")$",
    regex.IGNORECASE | regex.REVERSE,  # only asked whether it matches: read back from its anchored end
)

# A speaker named before a colon: a headline ("Pence: Flowers Won't Be at
# Debate") or a transcript line ("PENCE: Well, look, ...").
# "Clinton to Planned Parenthood: ...", "Lee on the Budget: ...": the speaker before the topic
# (in title case the preposition is capitalised: "Lee To Voters: ...", no word of the name)
HEADLINE_SPEAKER = regex.compile(
    r"((?:[A-Z][\w.’'-]*\s+(?!(?:To|On|At|About|For)\s)){0,3}[A-Z][\w.’'-]*)"
    r"(?:\s+(?:[Tt]o|[Oo]n|[Aa]t|[Aa]bout|[Ff]or)\s+[^:,\n]{1,80}?)?\s*(:)\s+(?=\S)"
)

# Adverbs of time, frequency and degree, and the words of a time phrase, that a verb takes
# without taking any content: "said twice", "spoke for hours", "responded first", "said little".
_HOW_OFTEN_WORDS = en.TIME_WORDS | frozenset(
    """
    twice thrice once first again soon yet ahead later earlier since for in at during over the a
    moment private public particular little lot much anyway however too also often now then still already
    """.split())


def only_how_often(words: list[str]) -> bool:
    """Whether a short content holds only adverbs of time or degree and the words of a time
    phrase ("twice", "for months", "in private", "a lot"), and so no report."""
    return len(words) <= 3 and all(w.lower() in _HOW_OFTEN_WORDS for w in words)


def gerund_subject(first: str, words: list[str]) -> bool:
    """Whether the words after a fronted "-ing" word ``first`` go on with a finite auxiliary
    outside any clause of their own ("Bashing | Trump has become a sport", "Praising | the deal
    is easy"): the "-ing" phrase is the subject of that verb, a gerund, not a participle clause
    before its subject ("Noting | that the pier was unsafe, Lee ..."). A verb that takes a clause
    with no "that" has that auxiliary in its clause ("Saying | he was nervous, Lee ...")."""
    if lemma(first.lower()) in en.THAT_VERBS:
        return False
    for w in words:
        low = w.lower()
        if low in en.CLAUSE_BOUNDARIES or low in RELATIVE_OPENERS:
            return False
        if w in en.FINITE_AUXILIARIES:
            return True
    return False


# A word that heads cues at least this often is a verb of saying, whatever its table
SAYING_PRIOR = 0.2


def says(ctx: Context, word: str) -> bool:
    """Whether a verb is one of saying: in the table of verbs that report a
    clause, or heading cues often enough ("appeared to imply", "a statement saying")."""
    return lemma(word) in en.THAT_VERBS or ctx.lexicon.cue_prior(word) >= SAYING_PRIOR


# where a reduced participle's agent ends: a comma (not a number's), a dash, a bracket or a relative clause
AGENT_STOP = regex.compile(r",(?!\d)|[;:()]|\s[-–—―]|\s(?:who|which|that|with whom)\s")

# (read from the end: the one word that can end a segment is found without
# trying every position before it)
LAST_WORD = regex.compile(r"(?:^|\s)(\w+(?:n[’']t)?)$", regex.REVERSE)

_FLOATING_QUANTIFIERS = frozenset(["both", "all", "each"])

# adverbs of degree in no "-ly" that stand between an auxiliary and a participle: "is best
# known for", "are well aware", "was better known as"
_DEGREE_ADVERBS = frozenset(["best", "well", "better"])

# A verb of confirming or denying and "or", or "neither" before it and "nor", right before another
# of them: "did not confirm or | deny that", "would neither confirm nor | deny whether"
_CONFIRM_OR_DENY = en.DISCLOSING_LEMMAS | en.DENIAL_LEMMAS

_PAIRED_VERB_BEFORE = regex.compile(
    r"(?:(?<![\w’'-])neither[^\S\n]+)?(?<![\w’'-])(\p{Ll}+)[^\S\n]+(?:or|nor)[^\S\n]+$", regex.REVERSE)


def _paired_verb_start(text: str, lo: int, cs: int) -> int:
    """Where a verb of confirming or denying at ``cs`` starts with the other it is paired with by
    "or" or "neither ... nor" ("confirm or deny", "neither confirmed nor denied"): the two are one
    refusal, their auxiliaries the pair's; ``cs`` when no such pair ends there."""
    pair = _PAIRED_VERB_BEFORE.search(text, max(lo, cs - 40), cs, tokens.CONCURRENT)
    if pair is None or lemma(pair.group(1)) not in _CONFIRM_OR_DENY or (verb := WORD.match(text, cs, min(len(text), cs + 40))) is None or lemma(
            verb.group().lower()) not in _CONFIRM_OR_DENY:
        return cs
    return pair.start()


def aux_start(text: str, lo: int, cs: int, any_case: bool = False) -> int:
    """Extend a cue leftwards over its auxiliaries and adverbs ("has previously denied");
    capitalised ones too when ``any_case``, in a title-case headline ("Lee Just Said"); and
    over a verb paired with it ("would not confirm or deny", `_paired_verb_start`)."""
    start = _paired_verb_start(text, lo, cs)
    while True:
        window = max(lo, start - 40)
        seg = text[window:start].rstrip()
        m = LAST_WORD.search(seg, 0, None, tokens.CONCURRENT)
        if not m or (m.group(1)[0].isupper() and not any_case):
            return start
        word = m.group(1).lower()
        if any_case and word[0] != m.group(1)[0] and (
                word in en.NAME_AUXILIARIES or word not in en.AUXILIARIES and not en.ly_adverb(word)):
            return start  # (a capitalised word of the headline that is no auxiliary, or a name's: "Theresa May Said")
        if word in _FLOATING_QUANTIFIERS or word in _DEGREE_ADVERBS:
            # "Lee and Roe have both denied", "is best known for": the quantifier or the adverb of
            # degree stands between the auxiliary and the verb
            before = LAST_WORD.search(text[max(lo, window - 20):window + m.start(1)].rstrip())
            if before is None or (before.group(1).lower() not in en.AUXILIARIES and not negative_auxiliary(before.group(1).lower())):
                return start
        elif word not in en.AUXILIARIES and not en.ly_adverb(word) and not negative_auxiliary(word) and not (
            word == "since" and _HAVE_SINCE.search(seg)  # "has since said", not "since he said"
        ):
            return start
        elif word == "then" and COMMA_BEFORE.search(text, max(lo, window + m.start(1) - 4), window + m.start(1)):
            return start  # "Lee paused, then said": the "then" of a series, no part of the cue ("Lee then said")
        start = window + m.start(1)


_HAVE_SINCE = regex.compile(r"\b(?:has|have|had|[’']s|[’']ve|[’']d)\s+since$", regex.IGNORECASE)


def headline(ctx: Context, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a headline: the first paragraph's, ending with no stop."""
    return sentence.paragraph == 0 and not ctx.text[sentence.start:sentence.end].rstrip().endswith((".", "?", "!", ":"))


def negative_auxiliary(word: str) -> bool:
    """A contracted negative auxiliary: "isn't", "won’t", "wouldn't"."""
    return word.endswith(("n't", "n’t")) and word[:-3].isalpha()


# Nouns that name a report before "that" in any prose ("Lee's warning that ..."), mined or not.
REPORT_NOUN_FORMS = frozenset(
    "claim suggestion insistence remark warning complaint assertion contention promise pledge vow "
    "comment statement admission prediction assurance".split()
)

# Nouns that name what someone said or holds before a copula and "that" ("Lee's answer was
# that ...", "her fear is that ..."), mined or not: the copula is the cue's, the clause the content.
COPULAR_REPORT_NOUN_FORMS = REPORT_NOUN_FORMS | frozenset(
    "answer reply response retort argument point message position view belief fear hope concern worry".split()
)

# Nouns of what someone said that stand as a subject before a colon or a question mark and the
# quotation they name, their owner its speaker: "His message was simple: “...”", "Her reply? “...”",
# "The verdict from the coach: “...”"
LEAD_NOUN_FORMS = COPULAR_REPORT_NOUN_FORMS | frozenset(
    "verdict reaction advice take word explanation excuse plea pitch assessment conclusion".split()
)

# Words that lead a clause rather than open a name before a possessor ("Despite Lee's ...").
_LEADS_BEFORE_POSSESSOR = en.SUBORDINATORS | en.SENTENCE_ADVERBS | frozenset(
    "despite unlike like amid with in on at for from by under over given following during against about of to".split()
)

# Words before a possessor's mention that leave it the report's own: a preposition
# ("despite Lee's claim that"), a conjunction, a subordinator. After any other
# lower-case word, a verb's object, the report is the verb's content as often as
# not ("repeated his claim that", "defended her decision to"), and seldom its own.
OPEN_BEFORE_POSSESSOR = en.SUBORDINATORS | frozenset(
    "of for on about against with toward towards over in from to at by into under despite amid during "
    "than like unlike including between beyond within without and or but nor".split()
)

# Words that open a clause, its subject right after them: "But voters' views of Lee have ..."
CLAUSE_LEADS = en.SUBORDINATORS | frozenset("and but or yet so".split())

WORD_BEFORE = regex.compile(r"(?<![\w’'])(\w+)[^\S\n]+$")

# the capitalised words of a name before a possessor ("FBI Director Ann Lee's"), read in a short window
_NAME_BEFORE = regex.compile(r"(?:[A-Z][\w.&’'-]*[^\S\n]+){1,4}$")


def possessor_mention(ctx: Context, s0: int, m: regex.Match) -> tuple[int, int]:
    """The mention a possessor ends: the pronoun, or the name or noun phrase
    with its possessive ending ("FBI Director Ann Lee's", "the group's")."""
    text = ctx.text
    if m.group().lower() in POSSESSOR_DETERMINERS:
        return m.span()
    start = m.start()
    name = _NAME_BEFORE.search(text, max(s0, start - 60), start)
    if name is not None:
        words = list(WORD.finditer(text, name.start(), start))
        while words and words[0].group().lower() in _LEADS_BEFORE_POSSESSOR:
            words.pop(0)
        if words:
            start = words[0].start()
    determiner = WORD_BEFORE.search(text, max(s0, start - 8), start)
    if determiner is not None and determiner.group(1).lower() in POSSESSOR_DETERMINERS:
        start = determiner.start()
    return start, m.end()


_LEARNING_LEMMAS = frozenset(["learn", "understand", "establish"])

# a relative pronoun right before the verb, its subject
RELATIVE_BEFORE = regex.compile(r"(?<![\w’'])(who|which|that)[^\S\n]+$")

# "The jury heard (that) Y", "The inquest was told how Y", "MPs heard on Tuesday that Y": a frame of court reporting that opens
# the sentence (British and Indian copy); "Y, the court heard." is clauses.HEARING_FRAME_END
_HEARING_DAY = r"(?:on[^\S\n]+(?-i:\p{Lu})\p{Ll}+|yesterday|today|earlier|(?:this|last)[^\S\n]+week)"

# what an inquest, a trial, a hearing or an inquiry is into or of, between it and its verb, with no
# mark in it: "An inquest into the death of a man who fell from a cliff has heard that", "The trial of
# Ann Lee was told"
_HEARING_SUBJECT = (r"(?:(?<=(?i:inquest|trial|hearing|inquiry))[^\S\n]+(?:into|of)[^\S\n]+"
                    r"[^.,;:!?\"“”()\n]{1,100}?)?")

HEARING_LEADS = regex.compile(
    r"[\W_]{0,3}" + clauses.HEARING_BODY + _HEARING_SUBJECT + r"[^\S\n]+(" + clauses.HEARING_VERB
    # (not whom it heard from: "The committee heard from residents who ...")
    + r")\b(?:(?:[^\S\n]+" + _HEARING_DAY + r")?[^\S\n]+(?P<that>that|how))?[^\S\n]+(?!from\b)(?=\p{L}|[“\"‘])", regex.IGNORECASE)
# the frame set off by commas inside what was heard: "Lee, the court heard, had followed Roe home",
# "The van, jurors were told on Monday, had no brakes"
HEARING_ASIDE = regex.compile(
    r",[^\S\n]+" + clauses.HEARING_BODY + r"[^\S\n]+(" + clauses.HEARING_VERB + r")\b(?:[^\S\n]+" + _HEARING_DAY
    + r")?[^\S\n]*,[^\S\n]+(?=\p{L})", regex.IGNORECASE)


def lemma_past_form(word: str) -> bool:
    """Whether a lower-case word is a verb's past by its spelling, as `kinds.past_form` reads
    one ("called", "boycotted"; a common irregular past that no cue's lemma lists: "left",
    "came", "won"), or by the lemma table: any other form it reads as an inflection of a verb
    in neither "-s", "-ing" nor "n't" ("took", "written"), so a participle of a cue too."""
    return kinds.past_form(word) or word.islower() and lemma(word) != word and not word.endswith(
        ("s", "ing", "n’t", "n't"))


def sentence_at(ctx: Context, pos: int) -> Sentence:
    """The sentence of the layout that holds ``pos`` (the first, before any sentence starts)."""
    sentences = ctx.layout.sentences
    k = bisect.bisect_right(ctx.layout.sentence_starts, pos) - 1
    return sentences[max(k, 0)]


def complementizer_of(match: regex.Match) -> tuple[int, int]:
    """The span of the complementizer "that" a match of a pattern that ends on it holds, its
    last "that": the "that" of ", among other things, that" or of " on Monday that"."""
    word = match.start() + match.group().lower().rindex("that")
    return word, word + 4
