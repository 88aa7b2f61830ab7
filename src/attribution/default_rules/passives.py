"""Participles, passives and raising verbs as cues: "..., saying Y", "X, citing Y", "Y was
announced by X", "X is said to Y", "X is expected to Y" and "X seemed Y" with no source, and
reduced relatives ("a claim denied by X").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attribution import clauses, cues, kinds, sources, tokens
from attribution import default_lexicon as en
from attribution.default_rules.clause_ends import (
    ENDS_IN_PREPOSITION,
    inflected_saying,
    no_report,
    reduced_participle_end,
    second_predicate,
    take_particles,
)
from attribution.default_rules.common import (
    AGENT_STOP,
    candidate,
    complementizer_of,
    headline,
    lemma_past_form,
)
from attribution.default_rules.hearers import (
    BY_AGENT,
    PASSIVE_BIDDING,
    TELLING_VERBS,
    THAT,
    occasion_pattern,
    past_hearer,
    to_hearer,
)
from attribution.default_rules.quotations import posted_below
from attribution.default_rules.subjects import (
    OPENS_NOUN_PHRASE,
    RAISED_RELATIVE,
    aspect_subject,
    coordinated_clause_subject,
    coordinated_participle_subject,
    extraposed_subject,
    modified_noun,
    participle_subject,
    raised_subject,
    relative_pronoun_subject,
    relative_subject,
    short_subject,
    source_end,
)
from attribution.layout import Sentence
from attribution.lexicon import (
    feeling_lemma,
    given_names,
    lemma,
)
from attribution.rules import Candidate, Context
from attribution.tokens import WORD

# a participle's preposition and its object, then the noun's own finite verb, with no subject
# pronoun, "that", quotation mark or colon between: "cited in the memo | are", "named after Lee, | were"
_MODIFIER_THEN_VERB = regex.compile(
    r"(?:in|as(?!\s+(?:if|though)\b)|on|at|by|under|during|from|for|over|across|about|with|after|before|since|through"
    r"|among)\s(?:(?!\bthat\b)[^\"“”:;\n])*?(?<!\b(?:he|she|it|they|we|i|you|there|that|this|one|who|which|what))"
    r",?\s(?:is|are|was|were|has|have|had|does|do|did|will|would|should|can|could|may|might|must)(?:n[’']t)?\b")

_MODIFIER_CHARS = 150

# the same phrase set off by commas, then the noun's own verb in the past or the present: "The study,
# published in a journal, followed 900 children", "The plan, unveiled on Monday, sets ..."
_APPOSITIVE_THEN_VERB = regex.compile(
    r"(?:in|on|at|by|under|during|from|for|over|across|after|before|since|through|last|this|earlier)\s"
    r"[^\"“”:;,\n]*,\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")


def passive_modifier(text: str, c: Candidate, m: regex.Match) -> bool:
    """Whether a report's cue is a past participle after its noun, with no object, that
    describes the noun, the subject of a verb after the participle's phrase: "The figures
    cited in the memo are wrong", "Three names mentioned as nominees were ...", "the
    plan, denounced as cruel, has wide support". Not a verb that takes a clause ("Lee
    said in May the toll was high"), nor one before "as if" ("Lee spoke as if the toll had risen")."""
    if c.rule != "core.said_that.v2" or not c.content or c.cue[-1][1] != m.end() or len(c.cue) != 1:
        return False
    word = m.group()
    if not lemma_past_form(word) or lemma(word) in en.THAT_VERBS or lemma(word) in en.CLAUSE_VERBS:
        return False
    if text[c.source[1]:c.cue[0][0]].strip() not in ("", ","):
        return False
    start = c.content[0][0]
    if text[clauses.skip_post_adjuncts(text, m.end(), start):start].strip():
        return False  # "Lee asked Trump | about ...": the one asked is the verb's object, no participle's noun
    if _MODIFIER_THEN_VERB.match(text, start, min(c.content[0][1], start + _MODIFIER_CHARS)) is not None:
        return True
    if text[c.source[1]:c.cue[0][0]].strip() != ",":
        return False
    after = _APPOSITIVE_THEN_VERB.match(text, start, min(c.content[0][1], start + _MODIFIER_CHARS))
    return after is not None and _finite_verb(after.group("verb"))


# verbs whose object is a paper put before a body, never its maker: a paper's noun before one of
# them in the past is what was filed ("the petitions filed against the ban"), no one who files
_FILING_LEMMAS = frozenset("file submit lodge".split())


def filed_paper(text: str, c: Candidate, m: regex.Match) -> bool:
    """Whether a report's cue is a verb of filing in the past right after a mention headed by a
    paper's noun: a participle on the noun ("The court reserved its verdict on the petitions
    filed against the ban", "the appeal submitted by the union"), for a paper files nothing."""
    word = m.group()
    if not word.islower() or lemma(word) not in _FILING_LEMMAS or not lemma_past_form(word) or c.source[1] > m.start() or (
            text[c.source[1]:m.start()].strip()):
        return False
    last = WORD.findall(text, max(c.source[0], c.source[1] - 30), c.source[1])
    return bool(last) and last[-1].islower() and kinds.document_noun(last[-1])


def _finite_verb(word: str) -> bool:
    """Whether a lower-case word reads as a finite verb after its subject: a past in "-ed" or an
    irregular past, or a present in "-s" of a verb the lemma table knows."""
    return lemma_past_form(word) or word.endswith("s") and not word.endswith("ss") and lemma(word) != word


_PARTICIPLE_SOURCE = regex.compile(r"([A-Z][a-z]+(?:ing|ed))(?:\s+(?:on|off|up|out|to|with|by|in))?")


def participle_source(text: str, start: int, end: int) -> bool:
    """Whether a source is only a verb's participle, with a particle perhaps ("Having",
    "Based on", "Rattling off"): a fronted participle clause read as the subject. The
    lemma table tells a verb form from a name ("Husted", "Ebeling")."""
    m = _PARTICIPLE_SOURCE.fullmatch(text, start, end, tokens.CONCURRENT)
    return m is not None and lemma(m.group(1).lower()) != m.group(1).lower()


# the same after a participle, with fewer prepositions: "urging voters to embrace a
# generation that ..." is no occasion
_OCCASION_THEN_THAT = regex.compile(occasion_pattern("at|in|on|during|after", 60) + r"\s+that\s+")

# and before a colon that opens what was said: "telling reporters in Westminster: “...”"
_OCCASION_THEN_COLON = regex.compile(occasion_pattern("at|in|on|during|after", 60) + r"\s*:")

_OCCASION_AFTER_PREPOSITION = regex.compile(
    r"\s+(?!(?:least|most|all|fact|part|general|average|particular)\b)[^,;:“”\"\n]{1,60}?\s+that\s+"
)

# A form of "be", perhaps an adverb, then a word that may be a participle, right before an -ing cue
_BE_THEN_WORD = regex.compile(r"(?<![\w’'-])(?i:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+$")


def passive_before(text: str, lo: int, cs: int) -> bool:
    """Whether a passive stands right before an -ing cue ("Lee was heard | saying", "She is
    seen | telling aides", "were overheard | asking"): a short subject's clause, however few
    its words, that the participle reports for, as after a longer clause."""
    m = _BE_THEN_WORD.search(text, max(lo, cs - 40), cs, tokens.CONCURRENT)
    return m is not None and (lemma_past_form(m.group(1)) or m.group(1) in en.IRREGULAR_PARTICIPLES)


# Verbs whose passive with no agent is still a report, annotated as one: "The deal was
# announced Friday", "Lee was declared the winner", "Lee was projected the winner"
DECLARING_VERBS = frozenset(["announce", "declare", "project"])

# A complement that opens with a preposition tells when, where or how, not what was declared
_PREPOSITION_OPENS = regex.compile(r"(?:on|in|at|during|after|before|by|with|via|through|from|amid|for|as\s+part)\b", regex.IGNORECASE)

_NAME_CLOSE = regex.compile(r",[”\"’]|[”\"’](?=,)")

# a subordinator of condition right before a subject
_CONDITION_BEFORE = regex.compile(r"(?<![\w’'-])(?:if|unless|until|whether)\s+$", regex.IGNORECASE)

# a negation among the passive's auxiliaries: "has not (yet) been", "was never", "hasn't been"
_NOT_DONE = regex.compile(r"(?<![\w’'-])(?:not|never)(?![\w’'-])|n[’']t(?![\w’'-])", regex.IGNORECASE)

_WHAT_BEFORE = regex.compile(r"(?<![^\s,])(what)\s+$", regex.IGNORECASE)


def agentless_passive(ctx, sentence, cue_start, cue_end, cue_lemma) -> Iterator[Candidate]:
    """"The deal was announced Friday.", "Lee was declared the winner in Ohio": a report
    with no source; the subject is the content, with what it was declared to be."""
    text, s1 = ctx.text, sentence.end
    what = _WHAT_BEFORE.search(text, max(sentence.start, cue_start - 8), cue_start)
    # "what is called a “debate”": the pronoun stands for the thing named, as a relative one does
    subject = what.span(1) if what is not None else raised_subject(ctx, sentence.start, cue_start, strong=True)
    if subject is None:
        return
    if _CONDITION_BEFORE.search(text, max(sentence.start, subject[0] - 10), subject[0]):
        return  # "... if the waiver is not announced by May": a condition, no announcement made
    if _NOT_DONE.search(text, cue_start, cue_end, tokens.CONCURRENT):
        return  # "because the trip has not been announced", "was never declared": no announcement made
    after = clauses.skip_post_adjuncts(text, cue_end, s1)
    complement = clauses.trim(text, after, clauses.content_end(ctx, after, s1))
    source = None
    # (after a comma, what follows is the sentence's own: "After it was announced, no one came")
    if complement[1] > complement[0] and text[after:complement[0]].strip() == "" and not _PREPOSITION_OPENS.match(text, *complement):
        complement = clauses.trim(text, complement[0], clauses.noun_phrase_end(ctx, *complement))
        if cue_lemma not in DECLARING_VERBS:
            # "was named “Clear Water,” with Lee in charge": a comma at the quoted name's close ends it
            close = _NAME_CLOSE.search(text, complement[0] + 1, complement[1])
            complement = (complement[0], close.end()) if close is not None else complement
        # "was dubbed “Clear Water” by the mayor": the agent who gave the name is the source
        agent = _judging_agent(ctx, cue_lemma, complement)
        if agent is not None:
            source = clauses.trim(text, *agent.span(1))
            complement = clauses.trim(text, complement[0], agent.start())
        spans = [subject, complement]
    else:
        spans = [subject]
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, spans, source, "core.raising.v2", priority=60)


def raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma, priority=60) -> Iterator[Candidate]:
    """"X seemed certain to leave": no source; the content is the subject and
    its complement (up to the clause's end)."""
    text = ctx.text
    if cue_lemma in en.PASSIVE_RAISERS and to_hearer(text, cue_end, sentence.end):
        return  # "was reported to the coastguard", "is known to detectives": whom it went to, nothing raised
    if cue_lemma in _NAMING_AS and (view := AS_AFTER.match(text, cue_end, sentence.end)) is not None:
        cue_end = view.end()  # "often referred to as": the "as" of the name is the cue's
    end = clauses.content_end(ctx, cue_end, sentence.end)
    if RAISED_RELATIVE.fullmatch(text, subject[0], subject[1] + 1) and text[
        max(0, subject[0] - 8) : subject[0]
    ].rstrip().endswith(_ASIDE_OPENS):  # (a few characters read, not the text before)
        # "The final, which is expected to draw a crowd, starts at noon": the clause set off by commas or dashes
        aside = _ASIDE_END.search(text, cue_end, end)
        end = aside.start() if aside else end
    # "X seemed stable, but that could change": annotators end the impression before
    # a clause joined after a comma
    joined = _JOINED_CLAUSE.search(text, cue_end, end) or _afterthought(text, cue_end, end)
    if joined:
        # (the writer's alias left before the joined clause is no part of the complement either)
        end = clauses.before_alias_gloss(ctx, cue_end, joined.start())
    complement = clauses.trim(text, cue_end, end)
    if complement[1] <= complement[0]:
        return
    # "Pigs are considered unclean by Muslims", "was seen as a victory by some": the
    # agent of a passive of judging, ending the clause, holds the view
    # ("The pier was called “a death trap” by Ann Lee": the agent of a passive of naming said it)
    agent = _judging_agent(ctx, cue_lemma, complement)
    source = None
    if agent is not None:
        source = clauses.trim(text, *agent.span(1))
        complement = clauses.trim(text, complement[0], agent.start())
    elif cue_lemma in _AGENT_PASSIVES and (first := _JUDGED_BY_FIRST.match(text, complement[0], complement[1])):
        # "was seen by some as a defeat": the agent before the "as" of the view
        source = clauses.trim(text, *first.span(1))
        complement = clauses.trim(text, first.end(1), complement[1])
    elif cue_lemma in en.PASSIVE_RAISERS and (first := cues.RAISED_BY_FIRST.match(text, complement[0], complement[1])):
        # "was said by aides to be bearing up", "is expected by analysts to rise": the agent before
        # the "to" holds the impression
        source = clauses.trim(text, *first.span(1))
        complement = clauses.trim(text, first.end(1), complement[1])
    elif cue_lemma in _JUDGING_PASSIVES and relative_subject(text, sentence.start, subject):
        # "Lee, who is seen as a moderate, ...", "jobs that are considered public": a view
        # with no holder, in a clause that describes a noun, is the writer's label for it
        return
    # "it seems likely that ...", "it appears the plan failed": an empty "it" is no part of the
    # content; before "to" ("it appeared to undercut her") it stands for something said before
    expletive = text[subject[0]:subject[1]].lower() == "it" and not _TO_AHEAD.match(text, *complement)
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [complement] if expletive else [subject, complement],
                     source, "core.raising.v2", priority=priority)


# Passives of naming whose "as" annotators take into the cue: "referred to as" (not the "as" of
# "seen", "viewed" or "regarded", which annotators split about evenly)
_NAMING_AS = frozenset(["refer"])

AS_AFTER = regex.compile(r"[^\S\n]+as\b")

# Passives of judging whose agent holds the view ("are considered unclean by Muslims"), and the
# agent after "by" that ends the clause (not "by the end", "by 2020")
_JUDGING_PASSIVES = frozenset(["consider", "see", "view", "regard", "deem"])

# ... and passives of naming or describing, whose agent is the one who named: "was dubbed
# “the rust bucket” by dockers", "was described by the mayor as a disgrace"
_NAMING_PASSIVES = frozenset(["call", "describe", "dub", "characterize"])

_AGENT_PASSIVES = _JUDGING_PASSIVES | _NAMING_PASSIVES

# ... and passives of blaming or praising, whose agent may end the clause after the charge: "was
# accused of misleading Parliament by MPs", "was criticised for the closure by residents"
_CHARGING_PASSIVES = frozenset(["accuse", "blame", "criticize", "criticise", "condemn", "fault", "praise", "commend"])

# ... or that follows the closing mark of the quoted name, and runs to a comma or the sentence's end
_NAMED_BY = regex.compile(
    r"(?<=[”\"’])[^\S\n]+by[^\S\n]+(?!(?:the[^\S\n]+)?(?:end|time|way|then|now)\b|\d)([^,;:“”\"()\n]{2,60}?)(?=[^\S\n]*(?:[,;:()]|$))")

_JUDGED_BY = regex.compile(r"\s+by\s+(?!(?:the\s+)?(?:end|time|way|then|now)\b|\d)([^,;:“”\"()\n]{2,80})$")

# ... or right after the cue, before the "as" of the view: "was seen by some as a defeat"
_JUDGED_BY_FIRST = regex.compile(r"by\s+(?!(?:the\s+)?(?:end|time|way|then|now)\b|\d)([^,;:“”\"()\n]{2,60}?)(?=\s+as\s)")


_FIRST_WORD = regex.compile(r"(?:(?:the|next|last|this)\s+)?([\w’'-]+)", regex.IGNORECASE)

# Nouns of a winning margin, whose "by" is no agent's: "was declared the winner by a slim majority"
_MARGIN_NOUNS = frozenset("majority plurality margin margins landslide".split())


def _declaring_agent(ctx: Context, start: int, end: int) -> bool:
    """Whether the phrase after the "by" of a passive of declaring can speak ("by the
    AP", "by election officials"), no margin nor manner ("by a landslide", "by a
    slim majority", "by a show of hands")."""
    if not sources.is_speaker(ctx.text, start, end, ctx.lexicon):
        return False
    return not any(w.lower() in _MARGIN_NOUNS for w in WORD.findall(ctx.text, start, end, False, tokens.CONCURRENT))


def _judging_agent(ctx: Context, cue_lemma: str, complement: tuple[int, int]) -> regex.Match | None:
    """The "by" phrase that ends the complement of a passive of judging, naming or
    declaring, outside quotation marks, whose group 1 is its agent: "by Muslims" in "are
    considered unclean by Muslims", "by the AP" in "was declared the winner by the AP";
    None for any other passive, a time ("dubbed “Clear Water” by May") or a margin
    ("was declared the winner by a wide margin")."""
    declaring = cue_lemma in DECLARING_VERBS
    charging = cue_lemma in _CHARGING_PASSIVES
    if cue_lemma not in _AGENT_PASSIVES and not charging and not (declaring and not _TO_AHEAD.match(ctx.text, *complement)):
        return None  # (not "is projected to be built by the council": the agent is the infinitive's)
    # (the hour it was called at, after the agent, is no part of it: "by the AP shortly after 11 p.m.")
    hour = clauses.final_time(ctx.text, complement[0], complement[1])
    agent = _JUDGED_BY.search(ctx.text, complement[0], complement[1] if hour is None else hour.start())
    if agent is not None and (declaring or charging) and not _declaring_agent(ctx, agent.start(1), agent.end(1)):
        return None  # ("accused of misleading Parliament by omission": a means, no one's charge)
    if agent is not None and charging and clauses.participle_in(ctx.text, complement[0], agent.start(), past_first=False):
        return None  # "blamed for the death of a man held by police": the agent is the other verb's
    if agent is None and cue_lemma in _NAMING_PASSIVES:
        # "was called “a farce” by Ann Lee, a judge, and it stuck": the "by" right after the name's
        # closing mark, up to the next comma, however the clause goes on
        agent = _NAMED_BY.search(ctx.text, complement[0], complement[1])
    if agent is None or agent.start() <= complement[0] or ctx.layout.inside_quote(agent.start()):
        return None
    first = _FIRST_WORD.match(ctx.text, agent.start(1), agent.end(1))
    return None if first is not None and first.group(1).lower() in en.TIME_WORDS else agent


_TO_AHEAD = regex.compile(r"to\s", regex.IGNORECASE)

_JOINED_CLAUSE = regex.compile(
    r",\s+(?:but|and|which|when|as|though|although|despite|unlike|if|while|because|even|whereas)\b", regex.IGNORECASE)

# a comma before an afterthought in lower case, not a list, a name, a participle or a
# clause that describes the noun before it: "seemed ready, largely because ..."
_AFTERTHOUGHT = regex.compile(
    r",\s+(?!(?:including|such|who|whom|whose|which|where|or|and|nor)\b)(?=[a-z])(?![a-z]+ing\b)(?![a-z]+(?:\s+[a-z]+)?\s+(?:and|or)\s)")


def _afterthought(text: str, start: int, end: int) -> regex.Match | None:
    """The comma that ends a raised complement ("seemed ready, largely because ..."),
    where the complement is a predicate; a clause ("that ...", "like ...") runs on past
    its own commas, and so does a quotation."""
    if _CLAUSE_OPENS.match(text, start, end):
        return None
    m = _AFTERTHOUGHT.search(text, start, end)
    if m is None or any(q in text[start:m.start()] for q in "“”\"") or _PARENTHETICAL.match(text, m.end(), end):
        return None
    return m


_CLAUSE_OPENS = regex.compile(r"\s*(?:that|like|as\s+if|as\s+though)\b", regex.IGNORECASE)

# "ready, moreover, to act", "decided, at least for now, to wait": an aside, not the end
_PARENTHETICAL = regex.compile(r"(?:\w+ly|moreover|however|though|too|perhaps|at\s+least[^,]{0,30}|for\s+now),")

_ASIDE_OPENS = (",", "—", "–", "-", "(")

_ASIDE_END = regex.compile(r",|\s[—–]|\s--?\s|\)")

# Words that may open a sentence before a participle clause: "After thanking the crowd, Lee ..."
_PARTICIPLE_OPENERS = frozenset("after while before since upon when by in without despite".split())

# A coordinator that may open the sentence before such an opener: "And in explaining ..., Lee ..."
_SENTENCE_COORDINATORS = frozenset("and but yet so".split())

# how many words may stand between a fronted participle and a participle on its object, and
# what no such short object holds: a mark, or an "of" ("Growing numbers of voters saying ...")
_FRONTED_OBJECT_WORDS = 3

_FRONTED_OBJECT_CHARS = 60

_NOT_IN_FRONTED_OBJECT = regex.compile(r"[^\w\s’'-]|\bof\b")


def after_fronted_participle(text: str, s0: int, pos: int) -> bool:
    """Whether the sentence opens with a verb's participle and its short object
    right before ``pos`` ("Holding signs | calling ...", "Waving a flag | urging
    ..."): a fronted clause whose subject comes after its comma, not a subject."""
    if pos - s0 > _FRONTED_OBJECT_CHARS:
        return False  # (a cheap test first: a few short words at most)
    words = WORD.findall(text, s0, pos, False, tokens.CONCURRENT)
    if not 2 <= len(words) <= _FRONTED_OBJECT_WORDS + 1 or _NOT_IN_FRONTED_OBJECT.search(text, s0, pos):
        return False
    first = words[0]
    return (first[:1].isupper() and first.endswith("ing") and lemma(first.lower()) != first.lower()
            and all(w.islower() for w in words[1:]) and text[s0:pos].lstrip().startswith(first))


def opens_participle_clause(text: str, s0: int, pos: int) -> bool:
    """Whether the word at ``pos`` opens the sentence, alone or after a word of
    ``_PARTICIPLE_OPENERS`` ("After thanking ..."), a coordinator perhaps
    before it ("But after thanking ...")."""
    before = WORD.findall(text, s0, pos, False, tokens.CONCURRENT)
    if len(before) == 2 and before[0].lower() in _SENTENCE_COORDINATORS:
        s0 = text.index(before[0], s0) + len(before[0])
        before = before[1:]
    return not text[s0:pos].strip() or len(before) == 1 and before[0].lower() in _PARTICIPLE_OPENERS and (
        not text[s0:pos].replace(before[0], "", 1).strip())


def participle_report(ctx, sentence, cs, ce, cue_lemma, *, end=None, src=None, aside=False) -> Iterator[Candidate]:
    """A participle's report: "..., saying that Y" (its content runs to ``end``,
    the sentence's end unless given), its source the noun it modifies or the
    sentence's subject unless ``src`` is given. An ``aside`` between a subject
    and its verb of saying reports only a clause or a quotation of its own."""
    text = ctx.text
    end = sentence.end if end is None else end
    via: list[tuple[int, int]] = []
    pos = past_hearer(ctx, cue_lemma, clauses.skip_post_adjuncts(text, ce, sentence.end), sentence.end, via)
    # "..., saying in a recent debate that ...": the occasion is the cue's, as after "said"
    m = THAT.match(text, pos, sentence.end) or (_OCCASION_AFTER_PREPOSITION if ENDS_IN_PREPOSITION.search(text, cs, ce)
                                                  else _OCCASION_THEN_THAT).match(text, pos, sentence.end)
    complementizer = None
    if m:
        pos = m.end()
        complementizer = complementizer_of(m)
    elif text[pos:sentence.end].lstrip()[:1] in (",", ":"):
        pos = text.index(text[pos:sentence.end].lstrip()[0], pos) + 1  # "telling reporters, “...”"
    elif (m := _OCCASION_THEN_COLON.match(text, pos, sentence.end)) is not None:
        pos = m.end()  # "telling reporters in Westminster: “...”": the place is the telling's
    elif cue_lemma != "say":
        (cue,), pos = take_particles(text, [(cs, ce)], pos, sentence.end, cue_lemma)  # "..., warning against X"
        cs, ce = cue
    below = _quotation_below(ctx, sentence, pos) if end == sentence.end else None
    posted = posted_below(ctx, sentence, pos) if below is None and end == sentence.end and (
        cue_lemma in en.POSTING_VERBS) else None
    content = clauses.trim(text, pos, clauses.content_end(ctx, pos + 1, end))
    if below is not None:
        spans = list(below.parts)  # "..., saying:" and the quotation opening the next paragraph
    elif posted is not None:
        spans = posted  # "..., tweeting the following:" and the post below, quoted or not
    else:
        if complementizer is None:
            content = clauses.trim(text, content[0], clauses.noun_phrase_end(ctx, *content))  # "..., praising Lee"
            if (comma := text.find(", that ", *content)) > content[0] and not ctx.layout.inside_quote(comma) and (
                    THAT.match(text, comma, content[1]) is not None):
                # "Yonhap reported, citing an unnamed military source, that ...": the aside ends at its
                # comma, and the "that" opens the report of the verb before it
                content = clauses.trim(text, content[0], comma)
            if aside and ctx.lexicon.cue_prior(text[cs:ce]) < _ASIDE_CUE_PRIOR and not ctx.layout.quotation_starts_in(*content):
                return  # "Lee, writing for the bench, said ...": how she came to say it, no report
        if content[1] <= content[0] or no_report(text, *content, cue_lemma) or (
                complementizer is None and second_predicate(ctx, *content, text[cs:ce])):
            return
        spans = [content]
    # the noun phrase the participle modifies ("with Lee saying"), else the
    # sentence's subject; resolution prefers the source of a report before it
    # in the same sentence
    src = src or (aspect_subject(ctx, sentence, cs)
                  or participle_subject(ctx, sentence, cs) or modified_noun(ctx, sentence, cs)
                  or coordinated_participle_subject(ctx, sentence, cs)
                  or relative_pronoun_subject(ctx, sentence, cs)
                  or coordinated_clause_subject(ctx, sentence, cs)
                  or extraposed_subject(ctx, sentence, cs)
                  or sources.leading_subject(text, sentence.start, cs, ctx.lexicon))
    if src is None and (first := WORD.search(text, sentence.start, cs)) is not None and (
            first.group().lower() in en.READER_IMPERATIVES and sources.bids_reader(text, first.start(), cs, sentence.start)):
        return  # "Call the office, telling them “...”": words the reader is bidden to say, no one's report
    if src is not None and complementizer is None and spans == [content] and not text[src[1]:cs].strip():
        # "The share of tenants saying the rent is too high | rose by a third": a participle on the
        # subject's noun only modifies it, the sentence's own verb ends its content
        if (cut := reduced_participle_end(ctx, sentence, src, [(cs, ce)], *content)) < content[1]:
            spans = [clauses.trim(text, content[0], cut)]
    yield candidate(ctx, sentence, [(cs, ce)], cue_lemma, spans, src, "core.participle.v2", via=via, priority=70,
                     complementizer=complementizer)


# How often a participle must head a cue for an aside of it to report with no clause or
# quotation of its own: "Lee, citing the audit, said ..." does; "Lee, writing for the bench, said" does not
_ASIDE_CUE_PRIOR = 0.5


def _quotation_below(ctx: Context, sentence: Sentence, pos: int):
    """The quotation opening the next paragraph, when a colon right before
    ``pos`` ends the sentence and its paragraph: "..., saying:"."""
    text = ctx.text
    if text[pos - 1 : pos] != ":" or text[pos : ctx.layout.paragraphs[sentence.paragraph][1]].strip():
        return None
    return cues.next_paragraph_quotation(ctx, sentence)


# "it" and its contracted "is" right before a cue: "it’s assumed" is "it is assumed" (but
# "he’s claimed" is mostly "he has claimed")
_ITS_BEFORE = regex.compile(r"(?<![\w’'])[Ii]t[’']s\s+$", regex.REVERSE)


def impersonal_report(ctx, sentence, cue_start, cue_end, cue_lemma, start, that) -> Iterator[Candidate]:
    """"It was reported that Y", "It is believed Y": no source; Y, from
    ``start``, the content; ``that`` the match of its "that", if any."""
    text = ctx.text
    content = clauses.trim(text, start, clauses.content_end(ctx, start, sentence.end))
    if content[1] <= content[0]:
        return
    complementizer = complementizer_of(that) if that is not None else None
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [content], None, "core.impersonal.v1",
                     priority=60, complementizer=complementizer)


# what a passive report's agent said it for or about: "for suggesting ...", "over his remarks"; or
# what it charged the subject with, "of" and a gerund: "accused by MPs of hiding losses" (not "by the
# Bank of England")
# (the charge may be quoted: "was accused by MPs of “living in a parallel universe”")
# (and "amid", "despite": the circumstances of the report, never part of a name); in a headline's
# title case, after its capitalised "By", a capitalised preposition of what the report was about or
# when it came ends the agent ("Trump Attacked By Clinton Over Taxes", "... On Taxes", "... Amid Row"),
# "For" before a gerund ("... For Lying"); "Of" and "For" before a noun stay in the name ("By Bank Of
# England", "By Citizens For Lee")
_AGENT_REASON = regex.compile(
    r"\s(for|about|over|amid|despite)\s+(?=[a-z])|\s(of)\s+(?=[“\"‘]?[a-z]+ing\b)"
    r"|\s(?:(?:Over|About|On|After|Amid|Amidst|Despite|During|Against|Following|Ahead)\s+(?=\p{Lu}|\d|[“\"‘])"
    r"|For\s+(?=\p{Lu}\p{Ll}+ing\b))")

# "to" and a bare verb after a passive's agent: "was urged by party leaders | to quit" (no determiner
# nor pronoun after it: "an adviser to the mayor", "a letter by Lee to them")
_AGENT_TO_VERB = regex.compile(
    r"([\w’'-]+)[^\S\n]+to[^\S\n]+(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|me|us|it"
    r"|all|some|any|former|then|incoming|outgoing)\b)\p{Ll}+\b")


def _agent_infinitive(text: str, start: int, end: int) -> int:
    """Where a passive's agent ends before the "to" of an infinitive ("was backed by Lee | to win
    votes", "was urged by party leaders | to quit"); not after a noun of a tie ("an adviser to
    incumbent mayors") nor a participle or adjective that takes "to" ("groups trying to block it",
    "those opposed to abortion"); ``end`` where none is found."""
    for m in _AGENT_TO_VERB.finditer(text, start, end):
        low = m.group(1).lower()
        if low not in en.TIE_NOUNS and not low.endswith(("ing", "ed")):
            return m.end(1)
    return end


# a comma or dash right before a noun phrase: an appositive opens there
_APPOSITIVE_OPENS = regex.compile(r"[,–—―-]\s*$")

# the noun a reduced relative clause goes on, right before its participle: a common noun
# in lower case, or the sentence's first word ("Figures reported on Sunday suggest")
_NOUN_BEFORE_PARTICIPLE = regex.compile(r"(?<![\w’'-])([A-Za-z][a-z’'-]*|[A-Z]{2,})[^\S\n]+$")  # (an acronym too: "the ONS")

# a name of one to four capitalised words after a preposition in small letters and up to three words
# in small letters ("from the ONS", "from industry researcher Vexa"), then the participle
_NAME_AFTER_PREPOSITION = regex.compile(
    r"(?<![\w’'-])(?:from|by|of|at)(?:[^\S\n]+\p{Ll}+){0,3}(?:[^\S\n]+\p{Lu}[\w’'&.-]*){1,4}[^\S\n]+$")

_FINITE_NEXT = regex.compile(
    r"(?:(?:now|also|still|already|again|since|then|[a-z]+ly)[^\S\n]+)?([a-z]+)\b(?![^\S\n]+(?:to|for|on|of)\b)")

# where a post went round, after the participle of putting it online: "posted online", "shared
# widely on WhatsApp", "uploaded to YouTube", "circulated on social media" (a platform's name in
# capitals, or the web at large)
_ONLINE_PLACE = regex.compile(
    r"(?:[^\S\n]+(?:widely|online|first|again|virally))*"
    r"(?:[^\S\n]+(?:on|across|via|to)[^\S\n]+(?:the[^\S\n]+)?(?:social[^\S\n]+media|internet|web|"
    r"[A-Z][\w.@-]*(?:[^\S\n]+[A-Z][\w.@-]*){0,2})(?![\w’'-]))?"
    r"(?:[^\S\n]+(?:widely|online))?"
)


def reduced_relative(ctx: Context, s0: int, cs: int, cue_end: int, s1: int, form: str) -> tuple[regex.Match, int] | None:
    """Whether the cue word is a participle in a reduced relative clause, set between its
    noun and the noun's own verb by a time or an adverb: "a memo published Friday found
    ...", "Figures reported on Sunday now suggest ...", "a report issued last year
    concluded ...". The verb after, a cue of the tables that agrees with the noun (a past,
    or a present in its number), reports; the participle and its time go on the mention."""
    if not (form.endswith("ed") or lemma(form) != form and not form.endswith(("s", "ing"))):
        return None
    text = ctx.text
    pos = clauses.skip_post_adjuncts(text, cue_end, s1)
    if form in en.ONLINE_PARTICIPLES and (place := _ONLINE_PLACE.match(text, pos, s1)) is not None and place.end() > pos:
        pos = clauses.skip_post_adjuncts(text, place.end(), s1)  # "a video posted online | shows ..."
    if pos == cue_end and form in _PARTICIPLES_ONLY and (phrase := _phrase_before_verb(ctx, cue_end, s1)) is not None:
        # "a memo written during the war | said ...": a phrase of the participle's own, after a
        # form no finite verb takes ("balked at hacking an iPhone used by ...": the past may be the clause's verb)
        pos = phrase
    if pos == cue_end or not text[pos:pos + 1].isspace():
        return None  # no time or adverb between: "the memo published the ..." is the noun's own verb
    noun = _NOUN_BEFORE_PARTICIPLE.search(text, max(s0, cs - 30), cs)
    if noun is None:
        return None
    word = noun.group(1)
    low = word.lower()
    if word[0].isupper() and noun.start() != s0 and _NAME_AFTER_PREPOSITION.search(text, max(s0, noun.start() - 60), cs) is None or (
            low in en.AUXILIARIES or low in en.CLAUSE_BOUNDARIES):
        return None  # (but a name a preposition governs is no clause's subject: "Data from Vexa published last week showed")
    if low in en.PRONOUNS or low in OPENS_NOUN_PHRASE or low in cues.PREPOSITIONS or word.endswith("ly"):
        return None
    verb = _FINITE_NEXT.match(text, pos + 1, s1)
    if verb is None or verb.group(1) not in ctx.lexicon.candidate_forms:
        return None
    v = verb.group(1)
    plural = word.endswith("s") and not word.endswith("ss")
    if v.endswith("ed") or lemma(v) != v and not v.endswith(("s", "ing")) or (
            lemma(v) == v if plural else v.endswith("s") and lemma(v) != v):
        return verb, pos  # a past ("found", "concluded"), or a present in the noun's number
    return None


# participles that are no past ("written", "shown"; not "held", "sent")
_PARTICIPLES_ONLY = frozenset(w for w in en.IRREGULAR_PARTICIPLES if w.endswith("n"))

# a preposition that opens a participle's own phrase after it: "written during the war", "sent to the board"
_PARTICIPLE_PHRASE_OPENS = regex.compile(
    r"[^\S\n]+(?:during|after|before|in|by|at|from|to|for|under|on|with|since|between|among|amid|inside|within)"
    r"(?=[^\S\n])")
# how many words the phrase's object may run to
_PARTICIPLE_PHRASE_WORDS = 5


def _phrase_before_verb(ctx: Context, pos: int, s1: int) -> int | None:
    """Where a prepositional phrase right after a participle at ``pos`` ends when a finite verb of
    the tables follows it ("A memo written during the war | said ..."): its object one to
    ``_PARTICIPLE_PHRASE_WORDS`` words with no mark and no word that opens a clause; None
    when there is none."""
    opens = _PARTICIPLE_PHRASE_OPENS.match(ctx.text, pos, min(s1, pos + 16))
    if opens is None:
        return None
    words = list(WORD.finditer(ctx.text, opens.end(), min(s1, opens.end() + 80)))
    end = opens.end()
    def finite(w: regex.Match) -> bool:
        return w.group() in ctx.lexicon.candidate_forms and lemma(w.group()) != w.group()

    for k, w in enumerate(words[:_PARTICIPLE_PHRASE_WORDS + 1]):
        if ctx.text[end:w.start()].strip() or w.group().lower() in en.CLAUSE_BOUNDARIES:
            return None  # a mark, or a clause's word: no phrase of its own
        # (a form before another is the phrase's noun: "written for news reports | said")
        if k > 0 and finite(w) and not (k + 1 < len(words) and finite(words[k + 1])):
            return end
        end = w.end()
    return None


def past_reduced_relative(ctx: Context, sentence: Sentence, c: Candidate, m: regex.Match, verb: regex.Match,
                           pos: int) -> Candidate | None:
    """The candidate of a reduced relative's participle ``m`` moved to the verb after it:
    the mention runs through the participle and its time (``pos``), the verb is the cue,
    and the content what follows it (past a "that")."""
    text = ctx.text
    vs, ve = verb.span(1)
    if c.cue[0][0] != m.start() or not c.content or not m.end() < c.content[0][0] <= vs or c.source is None:
        return None
    start = clauses.skip_space(text, ve, sentence.end)
    that = THAT.match(text, ve, sentence.end)
    if that is not None:
        word = text.lower().find("that", ve, that.end())
        c.complementizer = (word, word + 4)
        start = clauses.skip_space(text, that.end(), sentence.end)
    if c.content[0][1] <= start:
        return None
    c.content[0] = (start, c.content[0][1])
    c.cue = [(vs, ve)]
    c.cue_lemma = lemma(verb.group(1))
    c.source = clauses.trim(text, c.source[0], pos)
    return c


# a phrase a preposition opens, where a sentence opens with the medium or occasion of its report
_MEDIUM_PREPOSITION_OPENS = regex.compile(r"(?:In|During|Through|Via)\s")


# "as" right after a passive's agent: "was described by Lee | as a broken man"
_AS_AFTER_AGENT = regex.compile(r"[^\S\n]+(as)[^\S\n]+(?=\S)")


def passive_agent(ctx, sentence, cue_start, cue_end, by_end, cue_lemma, reduced=False) -> Iterator[Candidate]:
    """"Y was reported by X.": X the source, the passive's subject Y the content;
    ``reduced``: a participle after its noun Y with no "be", whose agent ends at
    the next comma or dash ("the bill, opposed by X, never passed")."""
    text, lex = ctx.text, ctx.lexicon
    s0, s1 = sentence.start, sentence.end
    if cue_lemma in _HEARER_PASSIVES:
        return  # "The House was told by 40 MPs": the subject is the hearer, no words said
    end_src, _rest = source_end(ctx, by_end, s1)
    if reduced:
        stop = AGENT_STOP.search(text, by_end, end_src)
        end_src = stop.start() if stop is not None else end_src
        noun = sources.subject(text, s0, cue_start, lex, strong=True) or short_subject(text, s0, cue_start)
        if noun is None or text[noun[1]:cue_start].strip() and ("," in text[noun[0]:noun[1]] or not (
                noun[0] == clauses.skip_space(text, s0, cue_start) or _APPOSITIVE_OPENS.search(text, max(s0, noun[0] - 3), noun[0]))):
            # "... through the Senate, supported by X": set off by a comma, the participle modifies
            # a subject or an appositive, not the end of a phrase
            return
        if any(inflected_saying(w) for w in WORD.findall(text, by_end, end_src, False, tokens.CONCURRENT)[1:]):
            # "Video posted by the army showed soldiers ...": the noun and its participle are the subject
            # of the verb of saying after the agent, which reports; posting it reports nothing
            return
        # "An allegation rejected by two inquiries | resurfaced on Monday": the noun's own verb
        # after the agent ends it
        end_src = _agent_verb(text, by_end, end_src)
    clause_end, end_src = end_src, _agent_infinitive(text, by_end, end_src)
    # "was urged by party leaders to quit": what the subject was bidden to do is said too (not
    # "backed by Lee to win votes", a purpose; nor "rejected by voters, leaving him no choice
    # but to quit": a clause after a comma)
    infinitive = clauses.trim(text, end_src, clause_end) if cue_lemma in PASSIVE_BIDDING and (
        end_src < clause_end and not AGENT_STOP.search(text, by_end, end_src)) else None
    reason = _AGENT_REASON.search(text, by_end, end_src)
    if reason is not None and reason.group(1) is None and reason.group(2) is None and not text[max(0, by_end - 4):by_end].rstrip().endswith("By"):
        reason = None  # (a capitalised preposition ends the agent only after title case's "By")
    charge = None
    if reason is not None:
        if reason.group(2):
            # "was accused by MPs of hiding losses": what the subject was accused of is said too
            charge = clauses.trim(text, reason.end(), end_src)
        end_src = reason.start()  # "was attacked by Lee for suggesting ...": what for is no part of the agent
    src = sources.subject_after(text, by_end, end_src, lex)
    content = sources.subject(text, s0, cue_start, lex, strong=True)  # the noun phrase, not the clause before it
    if content is None:
        content = short_subject(text, s0, cue_start)  # "Tinder's ban of Ms. Gedrich was first reported by ..."
    if src is None or content is None:
        return
    if reduced and _MEDIUM_PREPOSITION_OPENS.match(text, *content) is not None:
        return  # "In comments first reported by the Guardian, Lee said": the medium of the report after it, no content
    if cue_lemma in _BLOW_PASSIVES and not (sources.is_speaker(text, *src, lex) or kinds.kind(text, *src, lex) in _SPEAKING_KINDS):
        return  # "The car was slammed by a truck": a blow dealt, no words
    if cue_lemma in _BLOW_PASSIVES and (toward := _BLOWN_TOWARD.search(text, by_end, end_src)) and (
            toward.group(1).lower() not in en.RESEARCH_NOUNS):
        # "The ball was blasted by Lee into the net": a blow that sends its object somewhere, no words
        # (not "attacked by the inquiry into the riots": what the inquiry is into)
        return
    regard = None
    if cue_lemma in en.AS_VERBS and (as_ := _AS_AFTER_AGENT.match(text, src[1], s1)) is not None:
        # "Hughes was described by his barrister as a broken man": what the subject was seen or
        # described as is said too, "as" with it, as annotators keep it
        regard = clauses.trim(text, as_.start(1), clauses.content_end(ctx, as_.end(), s1))
    elif cue_lemma in en.AS_VERBS and not (cue_lemma in en.THAT_VERBS or cue_lemma in en.PASSIVE_REPORTS):
        return  # "The attack was seen by millions": seen, no view said
    # (a reduced participle is weaker than every other rule: a report whose content holds it keeps it whole)
    parts = [content] + [p for p in (charge, infinitive, regard) if p is not None and p[1] > p[0]]
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, parts, src, "core.passive_agent.v1",
                     priority=AGENTLESS_PRIORITY if reduced else 60)


def _agent_verb(text: str, start: int, end: int) -> int:
    """Where the finite verb of the noun a reduced passive goes on stands after the agent that
    opens at ``start`` ("rejected by two inquiries | resurfaced", "... | was dropped"): a past
    or an auxiliary after a noun, no participle of the agent's own ("a panel appointed by the
    governor") nor its modifier ("the embattled mayor", "two unnamed officials"); else ``end``."""
    words = list(WORD.finditer(text, start, end, tokens.CONCURRENT))
    for before, m in zip(words, words[1:]):
        w, prev = m.group(), before.group().lower()
        if not (lemma_past_form(w) or w in en.VERB_AUXILIARIES) or text[before.end():m.start()].strip():
            continue
        if prev in sources.NOUN_MARKERS or prev in cues.PREPOSITIONS or prev in en.CLAUSE_BOUNDARIES or (
                prev.endswith(("’s", "'s", "ly")) or prev in en.VERB_AUXILIARIES):
            continue
        if BY_AGENT.match(text, m.end(), end):
            continue  # ("a panel appointed by the governor": the agent's own participle and agent)
        return m.start()
    return end


# verbs whose passive subject is the one told, not what was said ("was told by", "were warned by");
# a thing is promised
_HEARER_PASSIVES = en.HEARER_VERBS - {"promise"}

# verbs of reporting that also name a blow, whose agent reports only if it can speak: "was
# slammed by dockers", "was attacked by Lee" (not "was slammed by a truck", "attacked by a dog")
_BLOW_PASSIVES = frozenset(["attack", "slam", "blast"])

# A direction after a blow's agent: where the blow sent its object ("blasted by Lee into the net")
_BLOWN_TOWARD = regex.compile(r"(\w+)\s+(?:into|onto|toward|towards|across)\s", regex.IGNORECASE)

_SPEAKING_KINDS = frozenset(["group", "government", "organization", "outlet", "document"])


def is_passive(text: str, cue_start: int, cs: int, end: int) -> bool:
    """A cue verb after a form of "be" is passive: its subject is not the source."""
    word = WORD.match(text, cs, end, tokens.CONCURRENT)
    if word is not None and word.group().lower().endswith("ing"):
        return False  # "is confirming", "is acknowledging": progressive, not passive (however long the word)
    aux = text[cue_start:cs].lower().split()
    if "being" not in aux and stance_adjective(text, cs, end):
        # "was eager to", "is critical of": an adjective, the subject's own stance (not
        # "the partner being supportive of her", a clause inside another's report)
        return False
    if _ITS_BEFORE.search(text, max(0, cue_start - 8), cue_start, tokens.CONCURRENT):
        return True  # "it’s assumed that": "it is", not "it has"
    if cue_start == cs and _OBJECTLESS_ACCUSING.match(text, cs, min(len(text), cs + 40), tokens.CONCURRENT) and not _SUBJECT_BEFORE_ACCUSING.search(
            text, max(0, cs - _SUBJECT_BEFORE_WINDOW), cs):
        # "a contractor accused of spying", "Lee Accused Of Fraud": a verb that takes its
        # object before the preposition, with none, is a passive with no "be" (not "the rival
        # he accused of lying", "the group which Lee blamed for it": its object went before)
        return True
    if cue_start == cs and text[cs:cs + 1] in _REDUCED_RAISING_FIRST and _REDUCED_RAISING.match(
            text, cs, min(len(text), cs + 60), tokens.CONCURRENT) and not _SUBJECT_BEFORE_ACCUSING.search(
            text, max(0, cs - _SUBJECT_BEFORE_WINDOW), cs):
        # "a man said to be the gang's leader", "the shop said to have inspired the book": a raising
        # passive with no "be" that describes the noun before it (not "He said to be careful")
        return True
    return any(w in ("was", "were", "is", "are", "been", "being", "be") for w in aux)



# Verbs of telling and bidding, which take the one told or bidden as their object: a participle of
# one with no object after it is passive ("told to pay", "warned over fake deals")
_HEARER_OBJECT_VERBS = TELLING_VERBS | PASSIVE_BIDDING
# what follows such a participle that has no object: an infinitive's "to" or a preposition
_NO_OBJECT_NEXT = regex.compile(r"[^\S\n]+(?:(?:not[^\S\n]+)?to|over|of|about|against)\b")


def headline_passive(ctx: Context, sentence: Sentence, cue_start: int, cs: int, ce: int) -> bool:
    """Whether the participle at ``cs``..``ce`` is a headline's passive that drops its "is": a
    verb of telling or bidding right after the headline's subject, with no auxiliary and no
    object after it ("Shoppers warned over fake deals", "Airline told to pay refunds", "Parents
    urged not to travel"); a headline reports in the present ("Charity warns over debt"), and
    a body's sentence may drop a bidding verb's object ("The court ordered to release him")."""
    text = ctx.text
    form = text[cs:ce]
    if cue_start == cs and lemma_past_form(form) and lemma(form) in ctx.lexicon.denial_lemmas:
        return _denied_to(ctx, sentence, cs, ce)
    if cue_start != cs or not lemma_past_form(form) or lemma(form) not in _HEARER_OBJECT_VERBS:
        return False
    if not _NO_OBJECT_NEXT.match(text, ce, sentence.end) or not headline(ctx, sentence):
        return False
    subject = raised_subject(ctx, sentence.start, cs, strong=True)
    if subject is None:
        return False
    # (the subject opens the headline, or follows its label: "Black Friday: shoppers warned ...")
    before = text[sentence.start:subject[0]].rstrip()
    return not before or before.endswith(":")


def _denied_to(ctx: Context, sentence: Sentence, cs: int, ce: int) -> bool:
    """Whether a denial's participle opens a headline's passive whose subject is the thing
    refused and "to" names whom it is refused to: "Bail denied to former MLA", "Visa denied to
    activist" (one word opens the headline, no name, and no clause follows: "Lee denied bail"
    and "Lee denied to court that he took bribes" stay a denial)."""
    text = ctx.text
    if not _DENIED_TO.match(text, ce, sentence.end) or not headline(ctx, sentence):
        return False
    subject = text[sentence.start:cs].split()
    return len(subject) == 1 and subject[0].isalpha() and subject[0].lower() not in given_names() and (
        _THAT_WORD.search(text, ce, sentence.end) is None)


# "to" and a word after a denial's participle: whom the thing is refused to
_DENIED_TO = regex.compile(r"[^\S\n]+to[^\S\n]+\p{L}")
_THAT_WORD = regex.compile(r"\bthat\b", regex.IGNORECASE)


# a verb of accusing or crediting right before the preposition its object would stand before
_OBJECTLESS_ACCUSING = regex.compile(
    r"(?:accused|charged|blamed|criticized|criticised|credited|suspected|faulted)[^\S\n]+(?:of|with|for)\b",
    regex.IGNORECASE)

# a participle of a raising passive before its raised infinitive, which no speaker's past
# takes: a perfect ("to have left", "to have been"), or "to be" before a noun, a place or a
# verb's "-ing" ("to be the leader", "to be in his 40s", "to be planning"), not an adjective of
# what was bidden ("said to be careful") (the participles of belief, "believed", "rumoured",
# are read so before any "to be" or "to have" elsewhere)
_REDUCED_RAISING = regex.compile(
    r"(?:said|reported)[^\S\n]+to[^\S\n]+"
    r"(?:have[^\S\n]+(?:been|\p{L}+(?:ed|en|wn|ght|ne|ld|ade|nt|id))|be[^\S\n]+(?:the|a|an|one|among|in|behind|worth|\p{L}{2,}ing)"
    r")(?![\p{L}'’-])",
    regex.IGNORECASE)
# the letters its first word may open with, in any case (the long s folds to "s"): a cheap test before it
_REDUCED_RAISING_FIRST = frozenset("sSſrR")

# a subject pronoun right before, or a relative pronoun a few words before, whose clause's object went before
_SUBJECT_BEFORE_ACCUSING = regex.compile(
    r"(?:\b(?:he|she|they|we|I|you|it)[^\S\n]+$)|\b(?:which|that|whom|who)\b[^,;:.]*$", regex.IGNORECASE)

_SUBJECT_BEFORE_WINDOW = 60

# what a predicative adjective of stance takes: a clause ("adamant that"), an infinitive
# ("eager to"), or the object of the stance ("critical of", "skeptical about", "split on")
_STANCE_COMPLEMENT = regex.compile(r"[^\S\n]+(?:that|to|of|about|over|on|at|with|in|whether)\b", regex.IGNORECASE)


def stance_adjective(text: str, cs: int, end: int) -> bool:
    """Whether the cue word at ``cs``, after a form of "be", is an adjective of
    stance before what it takes ("was eager to", "is critical of", "were adamant
    that"), not a passive participle: no verb's form (no lemma of its own, no
    participle's ending) and no catenative lead ("was quick to say" is read from
    its "say")."""
    word = WORD.match(text, cs, end, tokens.CONCURRENT)
    if word is None:
        return False
    form = word.group().lower()
    root = lemma(form)
    adjective = root == form and not form.endswith(PARTICIPLE_ENDINGS) and form not in en.CATENATIVE_LEADS
    # "were worried about", "is convinced that": a feeling's participle is its subject's state
    felt = (feeling_lemma(form) != form and feeling_lemma(form) in en.PSYCH_VERBS or root != form and root in en.PSYCH_VERBS
            or form in en.STANCE_PARTICIPLES) and form.endswith("ed")
    return (adjective or felt) and _STANCE_COMPLEMENT.match(text, word.end(), end, tokens.CONCURRENT) is not None


# endings of participles the lemma table may not know ("redacted", "thrown", "forgotten")
PARTICIPLE_ENDINGS = ("ed", "en", "wn")

# weaker than any rule: a report whose content holds the passive keeps it whole
AGENTLESS_PRIORITY = 110

# a noun phrase of a few words right before the participle, after a preposition ("in a
# presidential year") or after a comma when indefinite (", a figure"): no clause's subject
_REDUCED_NOUN_BEFORE = regex.compile(
    r"(?:(?<![\w’'-])(?:in|on|at|of|for|with|from|into|among|amid|over|under|about|like|than|between|during|across)"
    r"|,(?=\s*(?:an?|another|one)\s))\s+((?:[\w’'%$.-]+\s+){0,3}[\w’'%-]+)\s*$",
    regex.IGNORECASE)

# a word that opens a noun phrase of its own: one inside the span would make it two ("In March the company")
_INNER_DETERMINER = regex.compile(r"\s(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|he|she|it|they|we|I)\s",
                                  regex.IGNORECASE)

_CONJUNCTION_LAST = regex.compile(r"(?<![\w’'-])(?:and|or|but|nor)$", regex.IGNORECASE)


def reduced_relative_noun(text: str, s0: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase right before a participle at ``cue_start`` when it stands where no
    clause's subject can: after a preposition ("in a year"), or set off by a comma as an
    indefinite aside ("..., a figure"); None otherwise."""
    found = _REDUCED_NOUN_BEFORE.search(text, max(s0, cue_start - 60), cue_start)
    if found is None or _INNER_DETERMINER.search(text, found.start(1), found.end(1) + 1):
        return None
    if _CONJUNCTION_LAST.search(text, found.start(1), found.end(1)):
        return None  # "Courted by its rivals and widely expected to": a participle coordinated with another
    return found.span(1)
