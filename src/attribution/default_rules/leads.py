"""Lead phrases and frames (stage 3): "According to X, Y", "As per X, Y", "Y, according to X";
"To X, Y" and "In X's view, Y"; polls as the frame of a finding; "X is reportedly Y"; "Y,
The Post has learned."
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attribution import clauses, cues, kinds, sources, tokens
from attribution import default_lexicon as en
from attribution.default_rules.common import (
    ADJUNCT_TAIL,
    CLAUSE_LEADS,
    COMMA_ENDS,
    LAST_WORD_OF,
    MAX_LEAD_SOURCE_CHARS,
    OPEN_BEFORE_POSSESSOR,
    SOURCE_TAIL,
    STRONG_CUE,
    TRANSLATION,
    aux_start,
    candidate,
    fronted_adverbial,
    may_hold,
    medium_after_name,
    only_how_often,
    source_aside_end,
)
from attribution.default_rules.hearers import trailing_lead
from attribution.layout import Sentence
from attribution.lexicon import (
    document_noun,
    lemma,
    person_noun,
)
from attribution.rules import Candidate, Context
from attribution.tokens import CONCURRENT, WORD, next_class

_COLON_BEFORE = regex.compile(r"[:;]\s*$")

# a bare noun in lower case after "per", with no determiner: the unit of a rate ("per share", "per year")
_RATE_UNIT = regex.compile(r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]")

# "As reported by X", "as noted by X": a lead that wraps a verb of saying, which alone is the cue
_AS_VERB_BY = regex.compile(r"[Aa]s\s+([a-z]+)\s+by")

_SUBORDINATOR_BEFORE = regex.compile(r"\b(?i:because|since|although|though|whereas|if|when|while),?\s+$")


def lead_phrases(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    text = ctx.text
    s0, s1 = sentence.start, sentence.end
    if not may_hold(ctx, ctx.lexicon.lead_words, s0, s1):
        return
    for m in ctx.lexicon.lead_pattern.finditer(text, s0, s1):
        phrase = m.group(1).lower()
        phrase_lemma = ctx.lexicon.lead_phrases[" ".join(phrase.split())]
        ps, pe = m.start(), m.end()
        if ctx.layout.inside_quote(ps):
            continue
        verb = _AS_VERB_BY.fullmatch(text, ps, m.end(1))
        cue = verb.span(1) if verb is not None else (ps, m.end(1))  # "As [reported] by X, Y"
        # only a few words can stand before a lead: read no more (sentences may be long)
        before = text[s0:ps].strip(" ,") if ps - s0 < 24 else "…"
        bracketed = before == "("  # "(According to X, Y.)"
        lead = not before or bracketed or before.lower() in ("but", "and", "so", "however", "yet", "now", "still", "also") or (
            # "It has not gone unnoticed: According to X, Y": capitalised after a colon, the lead opens a clause
            m.group(1)[0].isupper() and _COLON_BEFORE.search(text, max(s0, ps - 4), ps) is not None) or (
            # "Lee stayed home because, according to Roe, the press would mock her": it opens the subordinate clause
            _SUBORDINATOR_BEFORE.search(text, max(s0, ps - 12), ps) is not None)
        if lead:
            # According to X(, which ...), Y
            found = _fronted_lead(text, pe, s1, bracketed)
            if found is None:
                continue
            src, content = found
            if not bracketed and (appositive := _fronted_appositive(ctx, *content, source=src)) is not None:
                # "According to Oxfam, a charity based in Oxford, hunger is rising": the appositive describes X
                src, content = (src[0], appositive[0]), (appositive[1], content[1])
        elif phrase.startswith("to") and not text[max(s0, ps - 8):ps].rstrip().endswith(COMMA_ENDS):
            # "declined to quote a price", "went on to quote the minister": an infinitive leads, or
            # follows its clause after a comma ("Y, to quote Lee.")
            continue
        elif (pointer := _POINTER_LEAD.fullmatch(text, s0, ps)) is not None:
            # "That’s according to X.": the pointer stands for what the sentence before told
            src = clauses.trim(text, pe, s1)
            if src[1] - src[0] > MAX_LEAD_SOURCE_CHARS:
                continue
            if 1 < len(WORD.findall(text, src[0], src[1])) <= _MAX_LEAD_SOURCE_WORDS:  # not "according to plan"
                yield candidate(ctx, sentence, [(pointer.start(2), m.end(1))], phrase_lemma, [pointer.span(1)], src,
                                 "core.lead_phrase.v2", priority=20)
            continue
        else:
            # Y, according to X. / “Y,” according to X. / Y according to X, but Z.
            titled = _past_quoted_title(text, pe, s1)  # "according to “Deep Water: A History” by Lee"
            src_end = clauses.find_comma(text, titled, s1)
            src = clauses.trim(text, pe, src_end if src_end > 0 else s1)
            stop = _source_stop(text, max(src[0], titled), src[1])
            if stop is not None:
                # "Y, according to the poll - a wide margin.": a dash ends X
                src = clauses.trim(text, src[0], stop.start())
            if src[1] - src[0] > MAX_LEAD_SOURCE_CHARS:
                continue
            if "translat" in text[src[0]:src[1]] and TRANSLATION.fullmatch(text, *src) is not None:
                continue  # "“Y,” Lula said, according to a translation.": the words' tongue, no one who said them
            bracket = text.rfind("(", max(s0, ps - _MAX_BRACKETED_CHARS), ps)
            if bracket >= 0 and text.find(")", bracket, ps) < 0:
                # "(Y, according to X)": the aside is the report, and ends at its bracket
                close = text.find(")", pe, src[1])
                if close >= 0:
                    src = clauses.trim(text, pe, close)
                s0 = bracket + 1
            tail = text[max(s0, ps - 8):ps].rstrip()
            if phrase == "per" and not tail.endswith(COMMA_ENDS) and _RATE_UNIT.match(text, pe, s1):
                continue  # "earnings per share", "costs more per year than ...": a rate, no lead
            if not tail.endswith(COMMA_ENDS) and not (
                # no comma: only after a clause, and only a determined or named source ("according to plan" is none)
                tokens.has_words(text, s0, ps, 4) and len(WORD.findall(text, *src)) > 1
                and sources.is_speaker(text, *src, ctx.lexicon, strong=True)
            ):
                continue
            content = _past_connective(text, *clauses.trim(text, s0, ps))
            if src_end > 0 and clauses.noun_phrase(text, *content) and (close := source_aside_end(text, src_end, s1)) >= 0:
                # "The pier, according to Roe, a pilot, was unsafe": the aside describes X, and Y resumes after it
                src, src_end = clauses.trim(text, src[0], close), close
            rest = clauses.trim(text, src_end + 1, s1) if src_end > 0 else (s1, s1)
            parenthetical = tail.endswith(",") and not _NEW_CLAUSE.match(text, rest[0], rest[1])
            if parenthetical and _THAT_CLAUSE.match(text, rest[0], rest[1]):
                continue  # "Lee said, per a translator, that ...": an aside between a verb and its clause, the verb's
            if rest[1] > rest[0] and _reported_before(text, s0, ps) and _CLAUSE_AFTER_LEAD.match(text, rest[0], rest[1]):
                # "The Ledger reported that, according to an analysis, 85 ships were late": the lead
                # opens the clause a verb of saying reports, and is part of that report
                continue
            if rest[1] > rest[0] and not clauses.noun_phrase(text, *content) and (
                    _describes_source(ctx, sentence, *rest) or _issued_text(ctx, sentence, src, rest)):
                # "Y, according to Ann Lee, a harbour pilot.": the appositive that ends the sentence describes X
                src = (src[0], rest[1])
            elif rest[1] > rest[0] and parenthetical and not (
                    SOURCE_TAIL.match(text, rest[0], rest[1]) and not _fronted_then_clause(text, content, rest)) and not (
                    ADJUNCT_TAIL.match(text, rest[0], rest[1])):
                yield candidate(ctx, sentence, [cue if verb is not None else (ps, pe - 1)], phrase_lemma, [content, rest], src, "core.lead_phrase.v2", priority=20)
                continue
        src = (src[0], sources.without_anonymity(text, *src))  # "according to an aide who requested anonymity"
        if src[1] <= src[0] or content[1] <= content[0]:
            continue
        if len(WORD.findall(text, src[0], src[1], False, tokens.CONCURRENT)) > _MAX_LEAD_SOURCE_WORDS:
            continue
        yield candidate(ctx, sentence, [cue], phrase_lemma, [content], src, "core.lead_phrase.v2", priority=20)


# An appositive that opens a fronted lead's content and describes its source: an article, then a
# noun phrase (a relative clause may follow it), then a comma: "According to Oxfam, a charity, Y"
_APPOSITIVE_OPEN = regex.compile(r"(?:a|an|the|one\s+of)\s", regex.IGNORECASE)

# ... or a participle with its place, time or agent after it, a reduced relative that describes the
# source: "According to the study, | published in Science on Monday, | the drug worked"
_PARTICIPLE_ASIDE = regex.compile(
    r"(?:[a-z]{2,}ed|" + "|".join(sorted(en.IRREGULAR_PARTICIPLES)) + r")\s+(?:[a-z]+ly\s+)?(?:(?:out|up)\s+)?"
    r"(?:in|on|at|by|alongside|with|after|before|for|from|to|under|over|across|among|via|last|this|earlier|late|early"
    r"|overnight|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")

_APPOSITIVE_RELATIVE = regex.compile(r"\s(?:who|which|that|whose|based|founded|funded|backed|known|run|led)\s")

# ... and what opens no main clause after it: a relative or a subordinator ("the bridge, which is old, ...")
_NO_CLAUSE_AFTER_APPOSITIVE = frozenset("who which whose where when while if though although because as unless since".split())

# what opens the clause after it: a determiner or a pronoun that opens its subject, a name or a number ...
_CLAUSE_OPENERS_AFTER_APPOSITIVE = frozenset(
    "the a an his her their its our this these those some most many all more fewer no every each "
    "he she they it we there".split())

# ... or a subject of one word before its auxiliary or its verb in the past ("hunger is rising", "rents rose")
_AUXILIARY_AFTER_SUBJECT = frozenset("is are was were has have had will would could can may might should must does did do".split())

_APPOSITIVE_WORDS = 14

# the comma that may close an appositive: none between digits ("Rs 3,200 crore")
_APPOSITIVE_COMMA = regex.compile(r",(?!\d)")


def _fronted_appositive(ctx: Context, start: int, end: int, source: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Where an appositive that opens a fronted lead's content [start, end)
    ends and where the clause after it starts, or None: "According to Oxfam,
    | a charity based in Oxford, | hunger is rising". The clause after must
    open as a clause does and hold no appositive of its own first ("According
    to police, the suspect, a local man, fled": "the suspect" is the report's).
    After a person's name (the lead's ``source``) a post needs no article:
    "According to Ann Lee, | chief economist at Ashby Bank, | growth will slow"."""
    text = ctx.text
    participle = _PARTICIPLE_ASIDE.match(text, start, end) is not None
    bare = False
    if participle or _APPOSITIVE_OPEN.match(text, start, end) is not None:
        close = _APPOSITIVE_COMMA.search(text, start, end)
        comma = close.start() if close is not None else None
    else:
        comma = _bare_post(ctx, source, start, end) if source is not None else None
        bare = comma is not None
    if comma is None or cues.quotation_inside(text, start, comma):
        return None
    words = WORD.findall(text, start, comma, False, tokens.CONCURRENT)
    if len(words) > _APPOSITIVE_WORDS or any(
            (low := w.lower()) != lemma(low) and lemma(low) in en.THAT_VERBS for w in words):
        return None  # "a man, police said, fled": a report of its own (the base form is mostly a noun: "a think tank")
    relative = _APPOSITIVE_RELATIVE.search(text, start, comma)
    if not participle and not clauses.noun_phrase(text, start, relative.start() if relative is not None else comma):
        return None
    rest = clauses.trim(text, comma + 1, end)
    after = WORD.findall(text, rest[0], min(rest[1], rest[0] + 60), False, tokens.CONCURRENT)[:2]
    if len(after) < 2 or cues.quotation_inside(text, comma, rest[0] + 1):
        return None
    first = after[0]
    if first.lower() in _NO_CLAUSE_AFTER_APPOSITIVE:
        return None
    # (a person's post with no article is an appositive whatever opens the clause after it: "According to
    # Ann Lee, vice president of sales at Vexa, | demand grew")
    if not (participle or bare or first[0].isupper() or first[0].isdigit() or first.lower() in _CLAUSE_OPENERS_AFTER_APPOSITIVE
            or (second := after[1].lower()) in _AUXILIARY_AFTER_SUBJECT or second in en.FINITE_PASTS
            or (second.endswith("ed") and len(second) > 4)):
        return None
    inner = _APPOSITIVE_COMMA.search(text, rest[0], rest[1])
    if inner is not None and clauses.noun_phrase(text, rest[0], inner.start()):
        return None  # the clause's subject has an appositive of its own: the first was no appositive
    return comma, rest[0]


# A post with no article: its words up to the preposition of its body or the comma, the last a
# noun of people by their work ("chief economist", "managing director", "Research Analyst") or
# "head of" ("Head of Retail Research"); its body may stand after a comma of its own, in capitals
# ("Head of Research, Geojit Financial Services,")
_POST_PREPOSITION = regex.compile(r"[^\S\n]+(?:at|of|for|with|in|from)[^\S\n]")

_POST_WORDS = 4

# a spaced hyphen or en dash, which may part a post in capitals from the field it heads ("SVP - Research")
_POST_DASH = regex.compile(r" [-–] ")

_POST_BODY_WORDS = 6

_BODY_JOINERS = frozenset("of and for &".split())


def _bare_post(ctx: Context, source: tuple[int, int], start: int, end: int) -> int | None:
    """Where the comma after a post with no article that opens [start, end), after
    a lead's person, stands ("According to Ann Lee, managing director at Ashby
    Capital|, ..."), past a body named after a comma of its own ("Head of Research,
    Geojit Financial Services|,"); None when the source is no person's name or
    the words open no post."""
    text = ctx.text
    if not text[source[0]:source[0] + 1].isupper() or kinds.kind(text, *source, ctx.lexicon) != "person":
        return None
    close = _APPOSITIVE_COMMA.search(text, start, end)
    if close is None:
        return None
    comma = close.start()
    if (dash := _POST_DASH.search(text, start, comma)) is not None and sources.dash_in_post_at(text, *dash.span()):
        # "SVP - Research, Religare Broking,": a post in capitals and the field it heads after a spaced dash
        if not 0 < len(WORD.findall(text, start, dash.start(), False, tokens.CONCURRENT)) <= _POST_WORDS:
            return None
    else:
        prep = _POST_PREPOSITION.search(text, start, comma)
        words = WORD.findall(text, start, prep.start() if prep is not None else comma, False, tokens.CONCURRENT)
        if not words or len(words) > _POST_WORDS or not all(w[:1].isalpha() for w in words):
            return None
        head = words[-1].lower().rsplit("-", 1)[-1]
        if not (person_noun(head) or len(words) == 1 and head == "head" and prep is not None and prep.group().strip() == "of"):
            return None
    if (body := _APPOSITIVE_COMMA.search(text, comma + 1, end)) is not None:
        named = WORD.findall(text, comma + 1, body.start(), False, tokens.CONCURRENT)
        if 0 < len(named) <= _POST_BODY_WORDS and named[0][:1].isupper() and all(
                w[:1].isupper() or w.lower() in _BODY_JOINERS for w in named):
            comma = body.start()  # "Head of Research, Geojit Financial Services,": the body is the post's
    return comma


# a verb of saying, then perhaps a time and a "that", right before a lead's comma: "reported
# that,", "said Tuesday that", "reported,"
_REPORT_BEFORE_LEAD = regex.compile(r"(?<![\w’'-])(\p{Ll}+)(?:[^\S\n]+\w+){0,2}?(?:[^\S\n]+(?P<that>that))?[^\S\n]*,?[^\S\n]*\Z")

_REPORT_LEAD_WINDOW = 40

_QUOTE_MARK = regex.compile(r"[“”\"]|''")

# what opens the clause a lead inside a report sets off: a name, or a determiner or number that opens
# its subject ("..., the mayor tried", "..., 85 of the ships were late"), no adjunct or participle
_CLAUSE_AFTER_LEAD = regex.compile(r"(?:\p{Lu}|\d|(?:the|a|an|his|her|their|its|some|most|many|all)\s)")


def _reported_before(text: str, s0: int, ps: int) -> bool:
    """Whether a lead phrase at ``ps`` stands right after a verb of saying that has
    a subject before it, with a time and a "that" perhaps between ("The Ledger
    reported that, | according to ...", "Lee said Tuesday that | according to ...")."""
    lo = max(s0, ps - _REPORT_LEAD_WINDOW)
    # (the first word that may be the verb; before a "that", any: "The report said that, ..."
    # reads "report" first)
    for m in _REPORT_BEFORE_LEAD.finditer(text, lo, ps, True, CONCURRENT):  # (overlapped)
        if not text[s0:m.start()].strip() or _QUOTE_MARK.search(text, s0, m.start()):
            return False  # ("“Y,” Lee said, according to X, ...": the quotation is the report the lead gives)
        word = m.group(1)
        if lemma(word) != word and lemma(word) in en.THAT_VERBS and (
                word.endswith("ed") or word.endswith("s") or word in en.IRREGULAR_LEMMAS):
            return True
        if m.start("that") < 0:
            return False
    return False


# the comma between a town and its region glued to "-based" and the like (see sources._place_before_based)
_TOWN_COMMA = regex.compile(r",[^\S\n]+\p{Lu}[\p{L}.]*-(?:" + "|".join(en.SEAT_PARTICIPLES) + r")\b")

_TOWN_COMMA_REACH = 40


def _fronted_lead(text: str, pe: int, s1: int, bracketed: bool = False) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source and content of a lead that opens its sentence and ends at
    ``pe``: "According to X(, which ...), Y" (in brackets, Y ends at the
    closing one; a colon ends X as a comma does: "According to X: “Y”");
    None when neither ends the source."""
    from_ = _past_quoted_title(text, pe, s1)
    comma = clauses.find_comma(text, from_, s1)  # (not one in a number: "According to a poll of 2,000 adults, ...")
    while comma > from_ and _TOWN_COMMA.match(text, comma, min(s1, comma + _TOWN_COMMA_REACH)) and text[comma - 1].isalpha() and (
            text[text.rfind(" ", from_, comma) + 1].isupper()):
        # "According to the Cupertino, California-based company, Y": the town's comma before its
        # region glued to "-based" is inside the source, when a comma ends it
        if (later := clauses.find_comma(text, comma + 1, s1)) < 0:
            break
        comma = later
    colon = _SOURCE_STOP.search(text, from_, comma if comma > 0 else s1)
    if colon is not None and colon.group() == ":":
        comma = colon.start()  # "According to the Gazette: “Y”": the colon ends the source
    if comma < 0:
        return None
    src = clauses.trim(text, pe, comma)
    if src[1] - src[0] > MAX_LEAD_SOURCE_CHARS:
        return None
    after = comma + 1
    nxt = WORD.match(text, after + 1, s1, tokens.CONCURRENT) or WORD.match(text, after, s1, tokens.CONCURRENT)
    if nxt and nxt.group().lower() in ("which", "who", "whose", "where"):
        comma2 = clauses.find_comma(text, nxt.end(), s1)
        if comma2 < 0:
            return None
        after = comma2 + 1
    close = text.find(")", after, s1) if bracketed else -1
    return src, clauses.trim(text, after, close if close > 0 else s1)


# A title in quotation marks that a lead's source opens with or holds, and how far its closing
# mark may stand: "According to ''Deep Water: A History,'' by Ann Lee, ..."
_TITLE_OPEN = regex.compile(r"“|''|\"")

_TITLE_CLOSE = {"“": "”", "''": "''", '"': '"'}

_TITLE_CHARS = 160


def _past_quoted_title(text: str, pe: int, s1: int) -> int:
    """Where to look for the comma or colon that ends a fronted lead's source:
    past the closing mark of a title in quotation marks that opens before the
    first comma or colon, whose own colon or comma ends nothing ("According to
    “Deep Water: A History” by Ann Lee, ..."); ``pe`` when there is none."""
    first = _FIRST_CUT.search(text, pe, min(s1, pe + _TITLE_CHARS))
    opened = _TITLE_OPEN.search(text, pe, first.start() if first is not None else min(s1, pe + _TITLE_CHARS))
    if opened is None:
        return pe
    close = text.find(_TITLE_CLOSE[opened.group()], opened.end(), min(s1, opened.end() + _TITLE_CHARS))
    return close + 1 if close > 0 and (first is None or close > first.start()) else pe


_FIRST_CUT = regex.compile(r"[,:]")

# "To X, Y": the one a view is held by, fronted before it ("To Lee, the pier is a relic")
_TO_HOLDER = regex.compile(r"\s*(?:(?:But|And|So|Yet)\s+)?(To)\s+(?=\S)")

_TO_HOLDER_OPENERS = ("To", "But", "And", "So", "Yet")

# Nouns after "To" that tell how something struck or how far, not whose view it is: "To the
# surprise of many, ...", "To that end, ...", "To some extent, ..."
_NOT_HOLDERS = frozenset("surprise shock dismay delight horror chagrin amazement astonishment relief disappointment "
                         "consternation frustration annoyance embarrassment joy alarm end extent degree point date "
                         "day this that".split())

# Words that open a holder's mention after "To" in lower case: a determiner or a quantifier
# (an infinitive does not: "To win the state, ...")
_HOLDER_OPENERS = frozenset("the a an his her their its our my your many most some all those these anyone "
                            "everyone someone people".split())

# "In Lee's view, Y", "Y, in her view.": a possessor's view, opinion or words around a clause
_IN_VIEW = regex.compile(
    r"(?:^|(?<=,\s{0,3}))[Ii]n\s+((?:[Hh]is|[Hh]er|[Tt]heir)|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:[’']s|s[’']))"
    r"\s+(?:own\s+)?(view|opinion|estimation|judgment|judgement|words)\s*(?=,|[.!?]?\s*$)"
)

# The nouns _IN_VIEW names, as it spells them (it reads them in lower case only)
_VIEW_NOUNS = ("view", "opinion", "estimation", "judg", "words")


def view_holder(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"To Lee, the pier is a relic": the view of the one named after a "To"
    that opens the sentence, a mention that can speak, set off by a comma;
    "In Lee's view, the pier is a relic", "The pier, in her view, is a
    relic": the view of a possessor, in the clause around it."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    yield from _in_view(ctx, sentence)
    if not text.startswith(_TO_HOLDER_OPENERS, clauses.skip_space(text, s0, s1)):
        return  # (a cheap test: the words _TO_HOLDER may open with)
    m = _TO_HOLDER.match(text, s0, s1)
    if m is None or ctx.layout.inside_quote(m.start(1)):
        return
    found = _fronted_lead(text, m.end(), s1)
    if found is None:
        return
    src, content = found
    if text.find(":", src[1], content[0]) >= 0:
        return  # a colon after "To X" addresses a letter or a note, no view: "To the editor: I read ..."
    head = text[src[0]:src[1]]
    words = WORD.findall(text, *src)
    if not 0 < len(words) <= _MAX_LEAD_SOURCE_WORDS or any(w.lower() in _NOT_HOLDERS for w in words):
        return
    first = words[0]
    if head.lower() not in _OBJECT_PRONOUNS and not (
        sources.is_speaker(text, *src, ctx.lexicon)
        # a name, a determined mention, or one lower-case word for a group of people ("To critics, ...")
        and (first[0].isupper() or first in _HOLDER_OPENERS
             or len(words) == 1 and kinds.plural(first) and ctx.lexicon.speaker_share(first) > 0)
    ):
        return
    if _GIVEN_TO.match(text, content[0], content[1]) is not None:
        return  # "To his successor, the president leaves a weak economy": whom it is given to, no view
    if content[1] > content[0] and len(WORD.findall(text, *content)) >= _LEAST_VIEW_WORDS:
        yield candidate(ctx, sentence, [m.span(1)], "to", [content], src, "core.view_holder.v1", priority=20)


_OBJECT_PRONOUNS = frozenset("me him her us them".split())

# a clause after "To X," whose verb gives or tells something to X, a few words after its start: X
# is the one given to or told ("To his successor, Lee leaves ...", "To reporters, she said ...")
_GIVEN_TO = regex.compile(
    r"(?:[\w’'.-]+[^\S\n]+){1,5}?(?:leaves|left|gives|gave|hands|handed|sends|sent|passes|passed|owes|owed|offers|offered"
    r"|bequeaths|bequeathed|dedicates|dedicated|delivers|delivered|presents|presented|says|said|explains|explained"
    r"|writes|wrote|addresses|addressed)\b")


def _in_view(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if text.find("n ", s0, s1) < 0 or not any(text.find(noun, s0, s1) >= 0 for noun in _VIEW_NOUNS):
        return  # (cheap tests before the scan: "in", and one of the nouns the pattern names)
    start = clauses.skip_space(text, s0, s1)
    lead = _CONNECTIVE.match(text, start, s1)
    for m in _IN_VIEW.finditer(text, lead.end() if lead else start, s1):
        if ctx.layout.inside_quote(m.start()):
            continue
        before = clauses.trim(text, start, m.start())
        before = (before[0], before[1] - 1) if text[before[0]:before[1]].endswith(",") else before
        last = LAST_WORD_OF.search(text, max(s0, before[1] - 24), before[1]) if before[1] > before[0] else None
        if last is not None and last.group(1).lower() in OPEN_BEFORE_POSSESSOR - CLAUSE_LEADS:
            continue  # "his motives for, in her view, dropping the case": an aside inside a phrase
        if last is not None and last.group(1).lower() in CLAUSE_LEADS | {"that"}:
            before = (before[1], before[1])  # "because, in Lee's words, Y": the view is what follows
        after = clauses.trim(text, m.end() + 1, s1) if text.startswith(",", m.end()) else (s1, s1)
        spans = [span for span in (before, after) if span[1] > span[0]]
        if not spans:
            continue
        yield candidate(ctx, sentence, [m.span(2)], "view", spans, m.span(1), "core.view_holder.v1", priority=20)


# A view is a clause: "To Lee, the pier is a relic", not "To Lee, thanks"
_LEAST_VIEW_WORDS = 3

_NEW_CLAUSE = regex.compile(r"(?:but|and|while|although|though|yet|so)\b", regex.IGNORECASE)

# a clause opened by "that" after a trailing lead set off by commas: the clause of the verb before it
_THAT_CLAUSE = regex.compile(r"that[^\S\n]")

# "That’s according to X", "This is according to X": a pointer, then the copula
_POINTER_LEAD = regex.compile(r"\s*(?:(?:And|But|So)\s+)?(That|This)\s*([’']s|is|was)\s+")

# An aside in brackets that holds a trailing lead is at most this long: "(the toll is £4, according to X)"
_MAX_BRACKETED_CHARS = 200

# A connective that opens the sentence ties it to the one before: the writer's
# link, not the source's words ("But the pier closed, according to the police").
# (Not "now" or a bare "meanwhile": they may tell when, which the source reports; "Meanwhile,"
# with its comma links the story's threads and `common._DISCOURSE_LINK` takes it off any content.)
_CONNECTIVE = regex.compile(
    r"(?:And|But|However|So|Yet|Still|Also|In\s+fact|Nevertheless|Nonetheless|Even\s+so|Moreover|Indeed|Plus)\b,?\s+"
)


def _past_connective(text: str, start: int, end: int) -> tuple[int, int]:
    """A content's span past the connective that opens it, if any."""
    m = _CONNECTIVE.match(text, start, end)
    return (m.end(), end) if m else (start, end)


# "according to early results of the exit polls conducted for ... by ...": long, but one mention
_MAX_LEAD_SOURCE_WORDS = 25

# A poll as the frame of a finding: "In a new Ledger poll, Lee leads Roe." (Not "Lee leads Roe
# in the poll": annotators mark that form too seldom for a rule to gain by it.)
# (a poll's determiner, and its noun)
_POLL_DETERMINER = r"(?:(?:the|a|an|this|that|its|their|his|her|one|two|three|several|most|many|some)\s+)?"

_POLL_NOUN = r"(?:[Pp]oll|[Pp]olls|[Ss]urvey|[Ss]urveys|polling)"

_POLL_NP = r"(" + _POLL_DETERMINER + r"(?:[\w’'/&-]+\s+){0,5}?" + _POLL_NOUN + r")\b"

# (a participle that dates or credits the poll is part of its mention: "a Ledger poll
# released Monday", "the Ledger poll, conducted in May,")
_POLL_LEAD = regex.compile(
    r"(?:(?:But|And|Yet|Still|Meanwhile),?\s+)?(In)\s+(" + _POLL_NP
    + r"(?:\s+(?:conducted|released|taken|published)\b[^,;:]{0,60})?"
    + r"(?:,\s*(?:conducted|released|taken|published)\b[^,;:]{0,60},)?)"
    + r"(?:\s+(?:of|by|from|for|in|last|this|earlier)\b[^,;:]{0,60})?"
    + r"(?:,\s*(?:conducted|released|taken|published)\b[^,;:]{0,60})?(?:(?<=,)|\s*,)\s*"
)

# a pollster's report of what its poll found, whose verb is the cue rather: "In a poll of 800
# voters, the Ledger Group found that ..." (the poll only tells where it was found)
_POLL_FINDING = regex.compile(
    r"\b(?:found|finds|find|showed|shows|show|revealed|reveals|reveal|concluded|concludes)\s+that\b")

# The words _POLL_LEAD may open with: a cheap test before it
_POLL_LEAD_OPENERS = ("In", "But", "And", "Yet", "Still", "Meanwhile")

# A poll that ends a clause as the frame of its finding: "Lee leads Roe by nine points in the latest
# Ledger poll." (what may follow the poll as in _POLL_LEAD, then the clause's end)
# (no preposition nor verb among the poll's words but an average's or a series' "of": not "in third
# place in Iowa polling", "head to the polls"; a date after it is one word and its unit: "this
# month"; a place or a pollster after it is in capitals: "polls in Ohio", "a survey from Gallup")
_POLL_TAIL = regex.compile(
    r"(?<![\w’'-])(in)\s+(" + _POLL_DETERMINER
    + r"(?:(?:average|series|number|handful|analysis|review|pair|couple)\s+of\s+"
    r"|(?!(?:in|to|at|atop|on|of|for|from|by|with|and|or|is|are|was|were|has|have)\s)[\w’'/&-]+\s+){0,5}?"
    + _POLL_NOUN + r"\b"
    r"(?:\s+(?:conducted|released|taken|published)\b[^,;:.]{0,60})?"
    r"(?:\s+(?:of|from|in)(?:\s+(?:the\s+)?\p{Lu}[\w’'&/-]*)+|\s+(?:last|this|earlier)\s+\w+)?)"
    r"(?=\s*(?:[,;]|[.!?]?[”\"’']?\s*$))"
)

# a conjunction after a comma that opens the clause a trailing poll ends: "Cruz came second in
# January polls, although | Rubio moved to third in a later survey"
_POLL_CLAUSE_OPENER = regex.compile(r",\s+(?:although|though|while|whereas|but|and|as|because|since|when|where|yet)\s+", regex.IGNORECASE)

# what makes the clause a trailing poll ends a modifier, not a clause of the finding: a relative
# pronoun after the last comma before the poll ("Roe, who is struggling in the polls"; "a month
# in which the campaign slid in the polls"), or a phrase with no verb of its own that the comma
# opens ("..., having overtaken Roe in polling"; "..., with support above 80 percent in some
# polls"): the writer's description, not a poll's finding. (Not "where": "Lee heads to Ohio,
# where she leads in the polls" is annotated as the polls' finding as often as not.)
_POLL_RELATIVE = regex.compile(r"(?<![\w’'-])(?:who|whom|whose|which)(?![\w’'-])", regex.IGNORECASE)
_POLL_PHRASE_OPENER = regex.compile(r",\s+(?:having|with)\s+", regex.IGNORECASE)

# nouns a trailing poll may modify, whose phrase is no clause: "his rise in the polls", "her
# lead in the polls"; (a lead someone has is a finding: "Lee has a wide lead in the polls")
_POLL_STANDING_NOUNS = frozenset(
    "rise lead leads standing strength swoon surge slide slump fall drop decline dip performance position "
    "showing numbers number gains gain momentum popularity place nosedive ratings rating support traction".split())

# the backers the poll asked, whose backing is a report of its own: "won the support of most
# fishermen in the survey"
_POLL_RESPONDENTS = regex.compile(r"\b(?:support|backing|votes?)\s+of\s+(?:[\w’'-]+\s+){0,3}$")

_HAVE_A_LEAD = regex.compile(r"(?:has|have|had|holds?|held|holding|having|with)\s+(?:\S+\s+){0,4}$")


def poll_frames(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """A poll or survey that frames a finding: its claim, without a verb of saying."""
    text = ctx.text
    s0, s1 = sentence.start, sentence.end
    start = clauses.skip_space(text, s0, s1)
    lead = _POLL_LEAD.match(text, start, s1, tokens.CONCURRENT) if text.startswith(_POLL_LEAD_OPENERS, start) else None
    if lead is not None:
        start = lead.end()
        content = clauses.trim(text, start, clauses.content_end(ctx, start, s1))
        if only_how_often(WORD.findall(text, *content)):
            # "In a Ledger poll, however, most voters ...": the connective is the writer's, and
            # the finding follows it; "In the polls, anyway.": there is none
            comma = text.find(",", content[1], min(s1, content[1] + 3))
            start = comma + 1 if comma >= 0 else s1
            content = clauses.trim(text, start, clauses.content_end(ctx, start, s1))
        if content[1] > content[0] and not (
                text.find(" that", *content) >= 0 and _POLL_FINDING.search(text, *content)):
            yield candidate(ctx, sentence, [lead.span(1)], "in", [content], lead.span(2), "core.poll_frame.v2", priority=40)
        return
    if text.find("oll", s0, s1) < 0 and text.find("urvey", s0, s1) < 0:  # "poll", "Poll", "survey"
        return
    last = start  # where the clause after the last poll's may start
    for tail in _POLL_TAIL.finditer(text, start, s1, tokens.CONCURRENT):
        if not ctx.layout.inside_quote(tail.start()) and _poll_tail_frames(text, start, tail):
            comma = text.rfind(",", last, tail.start())
            if _POLL_RELATIVE.search(text, max(comma, last), tail.start()) or (
                    comma >= 0 and _POLL_PHRASE_OPENER.match(text, comma, tail.start())):
                last = tail.end()
                continue  # the poll of a modifier: "Roe, who trails in the polls"
            opens = [m.end() for m in _POLL_CLAUSE_OPENER.finditer(text, last, tail.start())]
            if not opens and last > start:
                continue  # the poll of a clause whose start is no clause's after the last poll's
            clause = opens[-1] if opens else _after_subordinator(text, start, tail.start())
            comma = text.find(",", clause, tail.start())
            if not opens and comma > clause and fronted_adverbial(text, clause, comma):
                clause = comma + 1  # "As a result, | Lee trails in a new poll"
            last = tail.end()
            content = _past_connective(text, *clauses.trim(text, clause, tail.start()))
            after = clauses.skip_space(text, tail.end(), s1)
            if after < s1 and text[after] == "," and content[1] > content[0] and fronted_adverbial(text, *content):
                # "On the left, among all voters in national polls, | Lee leads": the poll ends a
                # phrase fronted before the clause it frames, as _POLL_LEAD's "In a poll, Lee leads"
                content = clauses.trim(text, after + 1, clauses.content_end(ctx, after + 1, s1))
            if content[1] > content[0] and not any(
                    lemma(w.lower()) in en.THAT_VERBS for w in WORD.findall(text, *content, False, tokens.CONCURRENT)):
                # (a verb of saying in the clause reports it rather: "Lee said she led in the polls")
                yield candidate(ctx, sentence, [tail.span(1)], "in", [content], tail.span(2), "core.poll_frame.v2", priority=65)


def _poll_tail_frames(text: str, start: int, tail: regex.Match) -> bool:
    """Whether a poll that ends a clause frames its finding: a clause of a few words
    stands before it ("Lee leads Roe in the polls"), not a noun of standing it modifies
    ("his rise in the polls", unless a lead someone has: "Lee has a wide lead in
    polls"), and not "the poll" alone, which may be the vote itself ("won 40 seats in
    the poll")."""
    source = tail.group(2)
    if source.lower() == "the poll" or not tokens.has_words(text, start, tail.start(), 3):
        return False
    before = WORD.findall(text, max(start, tail.start() - 40), tail.start())
    if not before:
        return False
    if _POLL_RESPONDENTS.search(text, max(start, tail.start() - 60), tail.start()):
        return False
    if before[-1].lower() in _POLL_STANDING_NOUNS and not (
            before[-1].lower() == "lead" and _HAVE_A_LEAD.search(text, max(start, tail.start() - 60), tail.start())):
        return False
    return True


def _after_subordinator(text: str, start: int, end: int) -> int:
    """Where the clause that holds [start, end) starts: past a subordinator that opens
    the sentence ("While Lee trails in most polls, ..." holds "Lee trails")."""
    first = WORD.match(text, start, end)
    return first.end() if first is not None and first.group().lower() in en.SUBORDINATORS else start


# A spaced dash or a colon ends the source of a lead phrase ("according to the poll - a wide
# margin"; not "the 10:30 report")
_SOURCE_STOP = regex.compile(r"\s[-–—]+\s|\s--|:(?=\s)")

_DASH_RUN = regex.compile(r"[-–—]*")


def _source_stop(text: str, start: int, end: int, bound: int = MAX_LEAD_SOURCE_CHARS) -> regex.Match[str] | None:
    """The first _SOURCE_STOP in a lead's source [start, end) that may leave it
    no longer than ``bound`` once trimmed; None when there is none. A stop past
    the first character that trimming keeps after the bound leaves the source
    too long: the search reads no further (a sentence may run on for pages).
    (A stop that opens before that character ends by the character after it,
    the marks between being trimmed too; one that opens at it, a line break,
    runs on over the dashes after it.)"""
    if end - start <= bound:
        return _SOURCE_STOP.search(text, start, end)
    limit = clauses.kept_at_end(text, start + bound, end)
    dashes = _DASH_RUN.match(text, min(end, limit + 1), end)
    stop = _SOURCE_STOP.search(text, start, min(end, dashes.end() + 1))
    return stop if stop is not None and stop.start() <= limit else None


# ... and a party's tag, a list's "including": "former Sen. Ann Lee, R-Ohio", "three polls, including one ..."
_SOURCE_TAIL_MORE = regex.compile(r"(?:including\b|[RDI]-\p{Lu})")

# An appositive that ends a sentence after its source is at most this many words long.
_SOURCE_TAIL_WORDS = 12


# what joins a role to the body it is held in: "analyst at", "director of", "adviser to"
_ROLE_PREPOSITIONS = frozenset("at of for to with in".split())
# how many words in small letters a role with no determiner may have before its preposition
_BARE_ROLE_WORDS = 4


def _bare_role(text: str, start: int, end: int) -> bool:
    """Whether [start, end) opens with a role held somewhere and no determiner, in small
    letters up to its noun and the preposition that names the body: "lead analyst at the
    institute", "executive director of Clean Air Now", "senior fellow at ..."."""
    words = WORD.findall(text, start, min(end, start + 80), False, tokens.CONCURRENT)
    for k, w in enumerate(words[1:_BARE_ROLE_WORDS + 1], 1):
        if w in _ROLE_PREPOSITIONS:
            return all(x.islower() for x in words[:k]) and words[k - 1] in _ROLE_HEADS
    return False


_ROLE_HEADS = en.PERSON_NOUNS | frozenset("head chief fellow".split())


def _describes_source(ctx: Context, sentence: Sentence, start: int, end: int) -> bool:
    """Whether [start, end), after "according to X," describes X to the
    sentence's end ("a harbour pilot", "who chairs the board", "R-Ohio"): no
    quotation, no report of its own, no second clause."""
    text = ctx.text
    if not (SOURCE_TAIL.match(text, start, end) or _SOURCE_TAIL_MORE.match(text, start, end) or _bare_role(text, start, end)
            or _dash_post(text, start, end)):
        return False
    if text[end:sentence.end].strip(clauses.CLOSE_PUNCT + " ") or cues.quotation_inside(text, start, end):
        return False
    if _COMMA_THEN_LOWER.search(text, start, end):
        return False  # "The pier, according to Ann Lee, a pilot, will close": the sentence goes on
    words = WORD.findall(text, start, end, False, tokens.CONCURRENT)
    if len(words) > 1 and words[1].lower() in _COMPARATIVES:
        return False  # "..., according to the tally, the most of any candidate": a comment on Y
    if words[0].lower() in ("who", "which", "whose", "where") or not clauses.noun_phrase(text, start, end):
        return False  # "..., according to a timeline, the crew left at ten": a clause, not an appositive
    return _tail_length(text, start, end) <= _SOURCE_TAIL_WORDS and not any(lemma(w.lower()) in en.THAT_VERBS for w in words)


def _dash_post(text: str, start: int, end: int) -> bool:
    """Whether [start, end) opens with a post in capitals and the field it heads after a spaced
    dash, before any comma: "SVP - Research, Religare Broking" (`sources.dash_in_post_at`)."""
    dash = _POST_DASH.search(text, start, min(end, start + _POST_DASH_REACH))
    return dash is not None and text.find(",", start, dash.start()) < 0 and sources.dash_in_post_at(text, *dash.span())


# how far into an appositive the dash after its post may stand ("Senior VP - ")
_POST_DASH_REACH = 40


# a name in capitals, with the small words that join its parts ("Centre for Research on Energy and
# Clean Air"), and its short form in brackets after it ("(CREA)")
_NAME_RUN = regex.compile(
    r"\p{Lu}[\w.’'&-]*(?:[^\S\n]+(?:(?:of|and|on|for|the|in|&)[^\S\n]+)*\p{Lu}[\w.’'&-]*)*(?:[^\S\n]+\([\w.&-]{2,12}\))?")


def _tail_length(text: str, start: int, end: int) -> int:
    """How many words [start, end) holds, a name in capitals (its short form in brackets with it)
    counted as one: an appositive is no longer for the long name of the body a role is held in."""
    names = list(_NAME_RUN.finditer(text, start, end))
    return len(WORD.findall(text, start, end, False, tokens.CONCURRENT)) - sum(
        len(WORD.findall(text, *n.span(), False, tokens.CONCURRENT)) - 1 for n in names)


# a participle of putting a text out, and what follows it: "published in the BMJ", "released on Monday"
_ISSUED_TAIL = regex.compile(
    r"(?:published|released|issued|conducted|commissioned|compiled|produced|prepared|posted|carried[^\S\n]+out)\b")


def _issued_text(ctx: Context, sentence: Sentence, src: tuple[int, int], rest: tuple[int, int]) -> bool:
    """Whether [rest), after "according to X," where X names a text, tells where or
    when X came out to the sentence's end ("according to the findings, published in
    the BMJ", "according to a survey, conducted by Ipsos last month"): no quotation,
    no report of its own, no second clause."""
    text = ctx.text
    last = WORD.findall(text, src[0], src[1], False, tokens.CONCURRENT)
    if not last or not document_noun(last[-1].lower()) or not _ISSUED_TAIL.match(text, rest[0], rest[1]):
        return False
    if text[rest[1]:sentence.end].strip(clauses.CLOSE_PUNCT + " ") or cues.quotation_inside(text, *rest):
        return False
    if _COMMA_THEN_LOWER.search(text, *rest):
        return False
    words = WORD.findall(text, rest[0], rest[1], False, tokens.CONCURRENT)
    return len(words) <= _SOURCE_TAIL_WORDS and not any(lemma(w.lower()) in en.THAT_VERBS for w in words[1:])


def _fronted_then_clause(text: str, content: tuple[int, int], rest: tuple[int, int]) -> bool:
    """Whether Y before "according to X," is only a phrase fronted before a clause ("Over the
    long term", "In the first year") and the words after X's comma are that clause, not words
    on X ("Over the long term, according to the agency, the deficit will grow"): Y resumes
    there, though it opens with a determiner as an appositive on X does."""
    if not clauses.fronted_phrase(text, *content):
        return False
    comma = text.find(",", rest[0], rest[1])  # "..., a pilot, the pier ...": an aside on X comes first
    return not clauses.noun_phrase(text, rest[0], comma if comma >= 0 else rest[1])


_COMMA_THEN_LOWER = regex.compile(r",\s+\p{Ll}")

_COMPARATIVES = frozenset("most more least less fewest fewer same highest lowest largest biggest".split())

# the medium's noun in small letters after an outlet's name: "the PA news agency", "the Harlow Gazette
# website", "the Funke media group"
_MEDIUM_AFTER_NAME = r"(?:[^\S\n]+" + medium_after_name(r"[^\S\n]+") + r")?"

# "Y, The Post has learned.", "Y, the Gazette understands.": an outlet's own reporting, after what it found
# (a name in camel case after a lower-case opening too: "talkSPORT understands", "iNews has learned")
_OUTLET_LEARNED = regex.compile(
    r",\s+((?:[Tt]he\s+)?(?:[a-z]{1,6})?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}" + _MEDIUM_AFTER_NAME + r")\s+"
    r"((?:has|have)\s+(?:learned|learnt|established)|understands|(?:has|have)\s+been\s+told)\s*[.!]?[”’\"']?\s*$"
)

_LEARNED_FORMS = ("learned", "learnt", "established", "understands", "told")

_CLOSING = frozenset(" .!”’\"'\n\r\t")

# "The Gazette understands Y", "The Post has learned Y": the outlet's own reporting, before what it
# found, with no "that" (the verb rule reads "understands that"; without it "understands" most
# often takes an object: "understands the plan")
_OUTLET_LEARNED_LEAD = regex.compile(
    r"[\W_]{0,3}((?:[Tt]he[^\S\n]+)?(?:[a-z]{1,6})?[A-Z][\w.’'&-]*(?:[^\S\n]+[A-Z][\w.’'&-]*){0,3}" + _MEDIUM_AFTER_NAME + r")[^\S\n]+"
    r"((?:has|have)[^\S\n]+(?:learned|learnt|established)|understands|(?:has|have)[^\S\n]+been[^\S\n]+told)"
    r"[^\S\n]+(?!that\b)(?=\p{L})"
)


def outlet_learned(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"Y, The Post has learned.": the outlet is the source of Y (a person who
    "has learned" something reports nothing)."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    # either reading needs one of the verb's forms in the sentence: a cheap test before the patterns
    if not any(text.find(form, s0, s1) >= 0 for form in _LEARNED_FORMS):
        return
    lead = _OUTLET_LEARNED_LEAD.match(text, s0, s1)
    if lead is not None:
        yield from _outlet_learned_lead(ctx, sentence, lead)
        return
    end = s1
    while end > s0 and text[end - 1] in _CLOSING:
        end -= 1
    close = s1
    if not text.endswith(_LEARNED_FORMS, s0, end):
        # (or before the sources it learned it from: "Y, CNN has learned, according to three sources.")
        lead = trailing_lead(ctx, sentence, s0, s1)
        if lead is None or not text.endswith(_LEARNED_FORMS, s0, close := lead[0]):
            return  # (most sentences: a cheap test before the pattern)
        end = close
    comma = text.rfind(",", s0, end)
    m = _OUTLET_LEARNED.match(text, comma, close) if comma >= 0 else None
    if m is None or ctx.layout.inside_quote(m.start(1)) or not _learning_outlet(ctx, m.span(1)):
        return
    content = clauses.trim(text, s0, comma)
    if content[1] > content[0]:
        yield candidate(ctx, sentence, [m.span(2)], lemma(m.group(2).split()[-1]), [content], m.span(1),
                         "core.outlet_learned.v1", priority=30)


def _learning_outlet(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether the one who "understands" or "has learned" is an outlet: one the lexicon reads
    as such, or an agency's bare name ("PA understands"; "The PA understands" is the Authority)."""
    return kinds.kind(ctx.text, *span, ctx.lexicon) == "outlet" or ctx.text[span[0]:span[1]].lower() in en.OUTLET_BARE_NAMES


def _outlet_learned_lead(ctx: Context, sentence: Sentence, lead: regex.Match) -> Iterator[Candidate]:
    """"The Gazette understands Y": the outlet is the source of Y, a clause (not
    a noun phrase, "understands the plan"), when no "that" opens it."""
    text, s1 = ctx.text, sentence.end
    if ctx.layout.inside_quote(lead.start(1)) or not _learning_outlet(ctx, lead.span(1)):
        return
    content = clauses.trim(text, lead.end(), clauses.content_end(ctx, lead.end(), s1))
    if content[1] > content[0] and not clauses.noun_phrase(text, *content):
        yield candidate(ctx, sentence, [lead.span(2)], lemma(lead.group(2).split()[-1]), [content], lead.span(1),
                         "core.outlet_learned.v1", priority=30)


_HEARSAY = regex.compile(r"\breportedly\b")


def hearsay_adverbs(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"The club is reportedly selling the pier": a report with no source, the
    adverb its cue, the clause around it its content. Before a verb of saying
    ("reportedly said") the adverb is that verb's, and the verb rule reads it."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if text.find("reportedly", s0, s1) < 0:
        return
    for m in _HEARSAY.finditer(text, s0, s1):
        if ctx.layout.inside_quote(m.start()):
            continue
        verb = WORD.match(text, clauses.skip_space(text, m.end(), s1), s1)
        if verb is not None and ctx.lexicon.cue_weight(verb.group(), next_class(text, verb.end(), s1)) >= STRONG_CUE:
            continue
        rest = clauses.trim(text, m.end(), clauses.content_end(ctx, m.end(), s1))
        if rest[1] <= rest[0]:
            continue
        # the subject and any auxiliary before the adverb: "The club is", "Lee has"
        subject = sources.subject(text, s0, aux_start(text, s0, m.start()), ctx.lexicon, strong=True)
        spans = [(subject[0], clauses.trim(text, subject[0], m.start())[1]), rest] if subject else [rest]
        yield candidate(ctx, sentence, [m.span()], "report", spans, None, "core.hearsay_adverb.v1", priority=65)
