"""Stage 4: resolution. Candidates become a consistent set of attributions.

- relays: a report inside an outlet's report keeps the inner speaker as its
  source and the outlet in ``via`` ("As per X, the soldier admitted ...");
- overlaps: each word belongs to at most one attribution; the stronger rule wins;
- continuations: a quotation with no cue right after a quoted speaker's
  sentence is more of what that speaker said;
- quotation parts: content that takes in one part of a quotation carried over
  paragraphs takes in its other parts too;
- participles: a participle's report (", adding that ...") has the source of
  the report before it.

Who each source is (pronouns, surnames, "the outlet") is the next stage's work,
in ``coreference``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

import regex

from attribution import clauses, sources
from attribution import default_lexicon as en
from attribution.layout import QUESTION_LABEL
from attribution.lexicon import (
    document_noun,
    lemma,
)
from attribution.rules import Candidate, Context
from attribution.tokens import (
    CLOSING_QUOTE_MARKS,
    CONCURRENT,
    OPENING_QUOTE_MARKS,
    WORD,
)

# Lemmas of cues that report speech or writing: only these relay through an outlet.
_REPORTING = en.THAT_VERBS | en.INVERTING_VERBS | {"read", "state", "quote"}


_SPEAKER_KINDS = frozenset(["person", "organization", "government", "group", "document", "anonymous"])


# the kinds of an institution that reports as one
INSTITUTION_KINDS = frozenset(["organization", "government"])


def inside_any(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


class _SpanIndex:
    """Spans with their owners, for "which spans overlap this one" in about
    log time: the resolution stage stays linear on hostile input."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._items: list[tuple[int, int, int]] = []
        self._longest = 0

    def add(self, span: tuple[int, int], owner: int) -> None:
        k = bisect.bisect_left(self._starts, span[0])
        self._starts.insert(k, span[0])
        self._items.insert(k, (span[0], span[1], owner))
        self._longest = max(self._longest, span[1] - span[0])

    def overlapping(self, start: int, end: int) -> Iterator[int]:
        """Owners of spans that share a character with [start, end)."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        for s, e, owner in self._items[lo:hi]:
            if s < end and start < e:
                yield owner

    def containing(self, start: int, end: int) -> Iterator[int]:
        """Owners of spans that hold all of [start, end)."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_right(self._starts, start)
        for s, e, owner in self._items[lo:hi]:
            if s <= start and end <= e:
                yield owner


# Rules whose report may be a second verb of the outer report's subject
_SUBJECTS_VERBS = frozenset(["core.coordinated_cue.v2", "core.participle.v2"])


# (with the adverb that focuses the connective, which goes with it: "..., even though Lee said",
# "..., just as Roe warned"; left behind, it would end the outer content: "... if it passes, even")
# (not the last "as" of "as soon as", "as long as": a condition or time inside the content)
_COORDINATED = regex.compile(
    r"(?:[,;]\s*|\s)(?:(?:even|just|especially|particularly|precisely)\s+)?"
    r"(?:and|but|while|whereas|although|though|yet|so|(?<!\bas\s+(?:soon|long|far)\s)as)\s+$|[;,]\s*$")


# A clause of time after the outer content ("X said Y when Lee claimed Z") holds a report of
# its own when both cues are sure; an unsure inner one ("... when he signed the bill") is the
# content's, and an unsure outer one ("avoided criticism until Monday, when he warned ...")
# gives way to the inner report.
# the coordinators of two main clauses, as _COORDINATED finds them with a comma or none
_COORDINATORS = frozenset(["", "and", "but", "yet", "so"])


_TIME_CLAUSE = regex.compile(r"\s(?:when|after|before)\s+$")


# An inner report whose cue weighs this much reports of its own, even after a
# fronted clause ("that when Lee spoke, he argued that ..."); a weaker one is
# the content's main verb ("that although Lee confessed, he showed no remorse").
_SURE_INNER = 0.5


def _fronted_subordinate(text: str, start: int, comma: int) -> bool:
    """Whether [start, comma) is a subordinate clause that opens the content
    ("although Lee confessed"), so the comma leads to the content's main clause."""
    return clauses.opens_with_subordinator(text, start, comma) and "," not in text[start:comma]


# a lead to a source: "according to X", "as per X", "per X"
_LEAD_WORDS = regex.compile(r"(?:according[^\S\n]+to|as[^\S\n]+per|per)[^\S\n]", regex.IGNORECASE)


def _opening_lead(text: str, start: int, comma: int) -> bool:
    """Whether [start, comma) is only a lead to a source, "according to X", that opens a content before its clause."""
    return _LEAD_WORDS.match(text, start, comma) is not None and "," not in text[start:comma]


def _cut_at_coordination(text: str, outer: Candidate, inner: Candidate) -> bool:
    """When an inner report is a clause coordinated with the outer content
    ("X said A, but Y said B"), end the outer content before it. Not an unsure
    inner report in a sure one's content ("Lee said the fee is high and he feels
    the pier is old"): annotators keep its words in the outer content."""
    if inner.strength < _SURE_INNER <= outer.strength:
        return False
    src_start = min(inner.source[0], inner.cue[0][0]) if inner.source else inner.cue[0][0]
    if inner.rule == "core.passive_agent.v1" and inner.content[0][0] < src_start:
        # "An aide, accused by Lee of lying, quit, records show": a passive's subject or the noun its
        # participle modifies comes first; no clause is coordinated at the comma before its cue
        src_start = inner.content[0][0]
    for k, (a, b) in enumerate(outer.content):
        if a <= src_start <= b:
            m = _COORDINATED.search(text, max(a, src_start - 20), src_start)
            if m is None and inner.strength >= _SURE_INNER and outer.strength >= _SURE_INNER:
                m = _TIME_CLAUSE.search(text, max(a, src_start - 20), src_start)
            if m is None or m.start() <= a:
                return False
            if outer.rule in _TRAILING_RULES and outer.cue[0][0] > inner.cue[-1][1] and (
                    m.group().strip(" ,;\n\t") in _COORDINATORS):
                # "The agency said it sent teams, and the president approved aid, the White House
                # said": the cue after both clauses reports both, each its own report inside
                return False
            if m.group().strip() == "," and inner.strength < _SURE_INNER and _fronted_subordinate(text, a, m.start()):
                return False  # "that although Lee confessed, he showed ...": the content's own main clause
            if (k == 0 and m.group().strip() == "," and (outer.rule in _TRAILING_RULES or outer.strength >= _SURE_INNER)
                    and (clauses.fronted_phrase(text, a, m.start()) or _opening_lead(text, a, m.start()))):
                # "Last week, the board voted to ..., Lee said", "He claimed at one point, a pilot
                # asked ...": a time or place that opens the content before the inner clause, no clause
                # of its own; a sure or trailing report's content is the clause it fronts (so is a lead
                # to a source: "said that, according to the FIR, the mob attacked the guard")
                return False
            outer.content[k] = (a, len(text[a:m.start()].rstrip(" ,;")) + a)
            del outer.content[k + 1 :]
            return True
    return False


# "before adding", "while insisting": a participle of the subject's, after the outer content
_SUBJECTS_PARTICIPLE = regex.compile(r"(?:,\s*|\s)(?:before|after|while)\s+$")


# ", adding that ...", ", calling him ...": a participle of the subject's set off by a comma alone
# (a quotation that closes on the comma keeps its mark: "were ''overblown,'' adding that ...")
_COMMA_PARTICIPLE = regex.compile(r"(?<=,(?:''|[”\"’]))\s+$|,\s+$")


# "by pointing out": a participle of means after the outer verb's object
_BY_BEFORE = regex.compile(r"\sby\s+$")


# The lead phrase whose report keeps what it credits whole: "“Y,” Lee said, according to a transcript"
CREDITING_LEADS = frozenset(["according to"])


def _relayed(text: str, lexicon, outer: Candidate, inner: Candidate) -> bool:
    """Whether the inner report is a speaker's, relayed through the outlet that
    reports it ("As per X, the soldier admitted ..."), or through whoever an "as
    quoted by" lead names, a name the lexicon need not know as an outlet's ("As
    quoted by The Clarion, Lee said ..."): the relay goes into its ``via``."""
    return (
        (outer.source_kind == "outlet" or _quoting_lead(outer))
        and inner.source is not None
        and inner.source_kind in _SPEAKER_KINDS
        and inner.cue_lemma in _REPORTING
        # (a body the mention stage already read as one speaks for itself: "the port authority")
        and (inner.source_kind in INSTITUTION_KINDS or sources.can_report(text, *inner.source, lexicon))
    )


def _quoting_lead(outer: Candidate) -> bool:
    """Whether a report is an "as quoted by X" lead: the quoter passes on another's
    words, so a speaker's report inside it is relayed, whatever kind of mention X is."""
    return outer.rule == "core.lead_phrase.v2" and outer.cue_lemma == "quote" and outer.source is not None


def _object_act(text: str, outer: Candidate, inner: Candidate) -> bool:
    """Whether the inner report, inside what an outlet's own verb reports, is an act
    with a noun phrase for its object ("reported that the governor had declared three days
    of mourning"): no "that", no quotation and no clause after the inner cue."""
    if outer.rule == "core.lead_phrase.v2" or inner.complementizer is not None or len(inner.content) != 1:
        return False
    start, end = inner.content[0]
    return (start >= inner.cue[-1][1] and not text[inner.cue[-1][1]:start].strip()
            and text[start] not in OPENING_QUOTE_MARKS and not clauses.reads_as_clause(text, start, end))


def _carried_document(text: str, outer: Candidate) -> bool:
    """Whether an outlet's report is its own carrying of a document, a noun phrase after a verb
    of carrying, no clause ("A newspaper published an interview with Lee, in which Lee said
    ..."): the outlet's act is the report, the words inside the document are part of it."""
    if outer.rule == "core.lead_phrase.v2" or outer.complementizer is not None or not outer.content:
        return False
    start, end = outer.content[0]
    words = WORD.findall(text, start, min(end, start + 40), False, CONCURRENT)
    return lemma(text[outer.cue[-1][0]:outer.cue[-1][1]].lower()) in _CARRYING_VERBS and len(words) >= 2 and (
        words[0].lower() in ("a", "an", "the", "its") and (document_noun(words[1].lower()) or words[1].lower() in _CARRIED_NOUNS))


def _cited_evidence(text: str, outer: Candidate, inner: Candidate) -> bool:
    """Whether an outlet's report cites a document whose own report opens what it cites ("The
    paper cited studies showing that ...", "cited a number of audits showing"): the citing is
    the outlet's own claim, the document its evidence, as gold gives it (the cue "cited", the
    content the document and what it shows); no relay of the document's words."""
    if outer.cue_lemma != "cite" or inner.source_kind != "document" or inner.source is None or not outer.content:
        return False
    start = outer.content[0][0]
    if not start <= inner.source[0] <= start + _CITED_COUNT_CHARS:
        return False
    gap = text[start:inner.source[0]].split()
    return not gap or gap[-1] == "of" and len(gap) <= 4  # ("a large number of | audits")


# the longest count before the documents cited: "a large number of", "a series of"
_CITED_COUNT_CHARS = 30


# the verbs an outlet carries a document with
_CARRYING_VERBS = frozenset(["publish", "air", "broadcast", "carry", "print", "run"])


# what an outlet carries that no table of documents holds: "published an interview with Lee"
_CARRIED_NOUNS = frozenset(["interview"])


def _holds_attributed_report(outer: Candidate, inner: Candidate) -> bool:
    """Whether the outer report is an "according to X" lead whose content holds the
    inner report's cue ("“Y,” Lee said, according to a transcript", "According to the
    filing, the board voted to ..."): X vouches for all of it, the speaker's words and the
    speaker's act, and the inner report is part of that content, not a report of
    its own (a speaker's report through an outlet is relayed instead: ``_relayed``)."""
    return (outer.rule == "core.lead_phrase.v2" and outer.cue_lemma in CREDITING_LEADS
            and inside_any(inner.cue[0], outer.content) and not inside_any(outer.cue[0], inner.content))


def _infinitive_in_report(outer: Candidate, inner: Candidate) -> bool:
    """Whether the inner report is an infinitive inside what a verb of saying reports,
    read with the sentence's subject, which is the outer speaker's ("Lee said the onus
    is on Roe to show that ...", "Lee said she intended to show that ..."): the
    infinitive is part of the speaker's words, its subject inside them. (Not after a
    participle, whose own source is read later, from the report before it.)"""
    return (inner.rule == "core.infinitive.v2" and outer.cue_lemma in en.THAT_VERBS and outer.rule != "core.participle.v2"
            and inner.source is not None and inner.source == outer.source
            and inner.source[1] <= outer.cue[0][0] and inside_any(inner.cue[-1], outer.content))


def _infinitive_in_content(outer: Candidate, inner: Candidate) -> bool:
    """Whether the inner report is an infinitive, wholly inside the outer content
    ("Lee, urging voters to see the big picture, ...", "Roe said she was dismayed
    to learn that ..."): annotators mark the report around it, the infinitive
    among its words, whoever the infinitive's subject."""
    return (inner.rule == "core.infinitive.v2" and all(inside_any(span, outer.content) for span in inner.cue)
            and not inside_any(outer.cue[0], inner.content))


_COMMA_BEFORE = regex.compile(r",\s*$")


def _unsure_before_participle(text: str, outer: Candidate, inner: Candidate) -> bool:
    """Whether the outer report is an unsure verb whose subject goes on, after a
    comma, in a participle that reports ("Lee toured the harbour with aides,
    declaring that ..."): the participle is the report, the verb before it and
    its object only what the subject did."""
    if inner.rule != "core.participle.v2" or inner.source != outer.source or outer.source is None \
            or outer.strength >= _SURE_INNER or outer.complementizer is not None:
        return False
    start = inner.cue[0][0]
    return (inside_any(inner.cue[0], outer.content) and not inside_any(outer.cue[0], inner.content)
            and _COMMA_BEFORE.search(text, max(0, start - 3), start) is not None)


def _report_by_means(text: str, outer: Candidate, inner: Candidate) -> int | None:
    """Where the "by" stands when the inner report is a participle of the outer
    subject's after it ("Lee dismissed the charges by pointing out that ...",
    "began the rally by praising Roe"): the participle reports of its own, and the
    outer verb with its object ("dismissed the charges") is a report too, which
    annotators mostly keep beside it, its content ending before "by". Not after an
    outer clause ("Lee said the board would act by raising fees": the participle is
    that clause's)."""
    if inner.rule != "core.participle.v2" or inner.source != outer.source or outer.source is None \
            or inner.strength < _SURE_INNER or outer.complementizer is not None or outer.cue_lemma in en.THAT_VERBS:
        return None
    # a verb of a turn before "by" may lead the participle's cue ("began by saying"): read from its "by"
    start, end = inner.cue[0]
    by = text.rfind(" by ", start, end)
    start = by + 4 if by >= 0 else start
    if not inside_any((start, end), outer.content) or inside_any(outer.cue[0], inner.content):
        return None
    by = _BY_BEFORE.search(text, max(0, start - 6), start)
    # an object before "by" ("answered by saying ..." is one report, its content the means)
    return by.start() if by is not None and any(a < by.start() < b for a, b in outer.content) else None


def _participle_after_comma(text: str, outer: Candidate, inner: Candidate) -> bool:
    """Whether the inner report is a sure participle of the outer subject's set off by
    a comma inside the outer content ("Lee told them A, adding that B", "Lee went after
    Roe, calling him ...")."""
    if inner.rule != "core.participle.v2" or inner.source != outer.source or outer.source is None \
            or max(inner.strength, outer.strength) < _SURE_INNER or not inside_any(inner.cue[0], outer.content) \
            or inside_any(outer.cue[0], inner.content):
        return False
    start = inner.cue[0][0]
    return any(a < start <= b and _COMMA_PARTICIPLE.search(text, max(a, start - 6), start) is not None
               for a, b in outer.content)


def _cut_at_coordinated_verb(text: str, outer: Candidate, inner: Candidate,
                             joined: regex.Pattern | None = None, sure: bool = True) -> bool:
    """When a verb coordinated with the outer one reports of its own, sharing its
    subject ("Lee backed the levy but did not promise a vote", "Lee said the
    pier was safe before adding that ..."), end the outer content before the
    conjunction."""
    if inner.rule not in _SUBJECTS_VERBS or inner.source != outer.source or outer.source is None \
            or sure and inner.strength < _SURE_INNER:
        return False
    start = inner.cue[0][0]
    if not inside_any(inner.cue[0], outer.content) or inside_any(outer.cue[0], inner.content):
        return False
    if joined is None:
        joined = _COORDINATED if inner.rule == "core.coordinated_cue.v2" else _SUBJECTS_PARTICIPLE
    for k, (a, b) in enumerate(outer.content):
        if a <= start <= b:
            m = joined.search(text, max(a, start - 20), start)
            if m is None or m.start() <= a:
                return False
            outer.content[k] = (a, len(text[a:m.start()].rstrip(" ,;")) + a)
            del outer.content[k + 1 :]
            return True
    return False


# a pluperfect's auxiliary opening a coordinated cue ("... and had shown"), and a perfect's opening the outer one
_PLUPERFECT = regex.compile(r"had\s", regex.IGNORECASE)


_PERFECT_AUX = regex.compile(r"(?:had|has|have)\s", regex.IGNORECASE)


def _backshifted_conjunct(text: str, outer: Candidate, inner: Candidate) -> bool:
    """Whether a coordinated cue in the pluperfect goes on with the clause a report in
    the simple past holds: "Lee said her client had a long record and had shown
    remorse" backshifts the client's "has shown" (the speaker's own second verb would
    be "and showed"); after "Lee had said ..." the perfects run parallel."""
    if inner.rule != "core.coordinated_cue.v2" or inner.source != outer.source or outer.source is None:
        return False
    start, cue = inner.cue[0][0], outer.cue[0]
    if _PLUPERFECT.match(text, start, inner.cue[0][1]) is None or _PERFECT_AUX.match(text, *cue) is not None:
        return False
    head = WORD.findall(text, *outer.cue[-1])
    if not head or outer.cue_lemma not in en.THAT_VERBS or not (
            head[-1].endswith("ed") or head[-1].lower() in en.IRREGULAR_PASTS):
        return False
    a = outer.content[0][0]
    return a < start <= outer.content[0][1] and clauses.finite(WORD.findall(text, a, start))


# the comma that sets off the phrase a relative pronoun hangs on: ", double the number who"
_RELATIVE_PHRASE = regex.compile(r",\s+(?:[^\s,;:“”\"]+\s+){0,5}$")


def _cut_at_relative_report(text: str, outer: Candidate, inner: Candidate) -> bool:
    """When a sure inner report is a relative clause ("who said ...") on a
    phrase set off by a comma inside the outer content, end the outer content
    at that comma."""
    if inner.strength < _SURE_INNER or inner.cue_lemma not in _REPORTING or not inner.source \
            or not relative_source(text, inner.source):
        return False
    m = _RELATIVE_PHRASE.search(text, max(0, inner.source[0] - 60), inner.source[0])
    return m is not None and _end_content_at(text, outer, m.start(), " ,;", strictly_inside=True)


# the comma that closes a relative clause right after its words
_CLOSING_COMMA = regex.compile(r"[^\S\n]*,")
# the same comma inside the closing mark of the quotation the clause ends on ("who put the
# cost "in the millions," said ...": American copy sets the comma before the mark)
_COMMA_IN_CLOSING_MARK = regex.compile(r",[”\"’']\Z")


def _around_relative_aside(text: str, outer: Candidate, inner: Candidate) -> list[tuple[int, int]] | None:
    """The outer content in two parts around a sure inner report that is a relative
    clause set off by commas inside it, on the word before its comma, when the outer
    content's clause goes on after the closing comma with its predicate ("said Lee, who
    had claimed it, | would resign", "found Ng, who denied it, | guilty"): the words
    before and after the aside, which is the inner report's; None when it is no such aside.
    So too a relative clause with a trailing cue set off inside it ("said the dam, which,
    engineers say, will fail, | is old"); when no predicate follows it ("said the dam,
    which, engineers say, will fail."), the outer content ends at the comma before it."""
    if not inner.content:
        return None
    interposed = _interposed_relative(text, inner)
    if not interposed and (inner.strength < _SURE_INNER or not inner.source or not relative_source(text, inner.source)):
        return None
    opener = inner.content[0][0] if interposed else inner.source[0]
    comma = _COMMA_BEFORE.search(text, max(0, opener - 4), opener)
    if comma is None:
        return None
    for k, (a, b) in enumerate(outer.content):
        if a < comma.start() and (inner.content[-1][1] <= b if interposed else inner.content[-1][1] < b):
            end = inner.content[-1][1]
            closing = _CLOSING_COMMA.match(text, end, b)
            after = closing.end() if closing is not None else \
                end if _COMMA_IN_CLOSING_MARK.search(text, max(0, end - 2), end) else None
            if after is None or not clauses.resumes_predicate(text, after, b):
                if interposed and not text[end:b].strip(" ,;.\n\t"):
                    return [*outer.content[:k], (a, comma.start())]
                return None
            resumed = clauses.skip_space(text, after, b)
            return [*outer.content[:k], (a, comma.start()), (resumed, b), *outer.content[k + 1:]]
    return None


# a relative pronoun that opens a clause with a trailing cue set off inside it: "which, Lee said, ..."
_INTERPOSED_RELATIVES = frozenset(["which", "who", "whom"])


def _interposed_relative(text: str, inner: Candidate) -> bool:
    """Whether ``inner`` is a trailing cue set off inside a relative clause, its content the
    pronoun and the words after the cue: "which, engineers say, will fail"."""
    if inner.rule not in _TRAILING_RULES or len(inner.content) != 2:
        return False
    a, b = inner.content[0]
    return b - a <= 5 and text[a:b].lower() in _INTERPOSED_RELATIVES and inner.cue[0][0] > b


def _sourceless_inside_sure(outer: Candidate, inner: Candidate) -> bool:
    """Whether the inner report has no source and lies inside the content of a
    sure report that has one, however sure the inner verb ("Lee said she was
    told that ...": what she heard is part of what she says)."""
    return (inner.source is None and outer.source is not None and inside_any(inner.cue[0], outer.content)
            and not inside_any(outer.cue[0], inner.content) and outer.strength >= _SURE_INNER)


def _cut_before(text: str, outer: Candidate, inner: Candidate) -> bool:
    """End the outer content before the inner report's source, when words are left."""
    src_start = min(inner.source[0], inner.cue[0][0])
    # "which plan that Lee said": the word that opens the speaker's clause goes with it
    return _end_content_at(text, outer, src_start, " ,;:", lambda a, end: _THAT_BEFORE.search(text, a, end))


_TRAILING_RULES = frozenset(["core.trailing_cue.v2", "core.inverted_cue.v2"])


def _colon_before_trailing_quote(text: str, outer: Candidate, inner: Candidate) -> bool:
    """End the outer content at the colon before a quotation that a trailing
    cue after it reports, when words are left."""
    start = inner.content[0][0]
    if inner.rule not in _TRAILING_RULES or text[start] not in OPENING_QUOTE_MARKS or inner.cue[0][0] < start:
        return False
    colon = start - 1
    while colon >= 0 and text[colon].isspace():
        colon -= 1  # (only the white space before the quotation is read: never the whole text)
    if colon < 0 or text[colon] != ":":
        return False
    return _end_content_at(text, outer, colon, " ,;", strictly_inside=True)


def _end_content_at(text: str, outer: Candidate, pos: int, strip: str,
                    joined: Callable[[int, int], regex.Match | None] | None = None, *, strictly_inside: bool = False) -> bool:
    """End the outer content at ``pos`` (or before the word ``joined`` finds
    there), dropping the spans after it, when words are left."""
    for k, (a, b) in enumerate(outer.content):
        if (a < pos < b) if strictly_inside else (a <= pos <= b):
            end = a + len(text[a:pos].rstrip(strip))
            found = joined(a, end) if joined is not None else None
            if found is not None:
                end = a + len(text[a : found.start()].rstrip(strip))
            if end <= a:
                return False
            outer.content[k] = (a, end)
            del outer.content[k + 1 :]
            return True
    return False


# "X said A, but B, they said": the contrast that opens the trailing speaker's clause, and the
# word after it, which must be a subject pronoun or open a short subject and its auxiliary: a clause of its own
_CONTRAST = regex.compile(r",\s+(but|yet|and|while)\s+(\w+)")


# double marks only (and two apostrophes standing for one): a single mark here is
# more often an apostrophe than a quotation
_DOUBLE_QUOTE_MARKS = regex.compile(r"[“”\"]|''")


def _split_opening_report(text: str, outer: Candidate, inner: Candidate) -> bool:
    """When a trailing cue's content opens with a sure report of its own whose
    content a coordinated clause with a subject pronoun, or a short noun phrase and
    an auxiliary, follows or ends ("Lee said the toll was fair, but they expect it to
    rise, officials said"; "..., and schools will stay shut, ..."), that clause
    is the trailing speaker's: the inner content ends before its comma, the outer
    one starts at the coordinator, and both reports stand."""
    if (outer.rule not in _TRAILING_RULES or inner.source is None or inner.cue_lemma not in _REPORTING
            or inner.strength < _SURE_INNER or outer.strength < _SURE_INNER):
        return False
    a, b = outer.content[0]
    c, d = inner.content[-1]
    if inner.source[0] != a or not inner.source[1] <= inner.cue[0][0] < inner.content[0][0] < d:
        return False
    m = _CONTRAST.search(text, c, b)
    if m is None or m.start() <= c or m.end() >= b or _DOUBLE_QUOTE_MARKS.search(text, c, m.start()) \
            or m.group(2).lower() not in en.SUBJECT_PRONOUNS and not clauses.opens_subject_clause(text, m.start(2), b):
        return False  # no clause of its own, or one coordinated inside the quoted words
    inner.content[-1] = (c, min(d, m.start()))
    outer.content[0] = (m.start(1), b)
    return True


TRANSCRIPT_TURN = "core.transcript_speaker.v2"


# "what" right before a lead's speaker: "Here's what the opposition said:"
_WHAT_BEFORE_LEAD = regex.compile(r"\b[Ww]hat\s+$")

_LABEL_RULES = frozenset([TRANSCRIPT_TURN, "core.headline_speaker.v2"])


def _label_before_report(text: str, outer: Candidate, inner: Candidate) -> bool:
    """Whether ``outer`` is a label and its colon that names no person ("Police:", "Supreme
    Court:", "Hospital:") before a report that opens its words and names its own speaker ("A
    spokesman said ...", "“We are coping,” a spokeswoman said"): an explainer's list of who said
    what, whose label heads the item. A person's turn in a transcript ("LEE: Roe said ...", "Ann
    Lee: Roe said ...") holds the report, and so does a document's label ("Poll: Voters see Lee as
    electable": what the poll found)."""
    if (outer.rule == "core.colon_lead.v2" and inner.source is not None and inner.strength >= _SURE_INNER
            and inner.source_kind in _SPEAKER_KINDS and inner.source_kind != "document"):
        # "Here's what the opposition said:" then a paragraph that opens with its own speaker and
        # cue ("Congress president Ann Rao said ..."): the lead points to the report below (not a
        # document's or a work's, which the quoted passage tells of: "Lee writes:" then "The film
        # mentions neither ...")
        # (only a lead that tells of what was said, "what" before its speaker: "Lee writes:" then a
        # column's passage with its own reports stays Lee's)
        start = outer.content[0][0]
        return (outer.source is not None and _WHAT_BEFORE_LEAD.search(text, max(0, outer.source[0] - 6), outer.source[0])
                is not None and "\n" in text[outer.cue[-1][1]:start] and inner.source[0] == start)
    if outer.rule not in _LABEL_RULES or outer.source_kind in ("person", "document") or inner.source is None or len(outer.content) != 1:
        return False
    if text[outer.cue[0][0]:outer.cue[0][1]] != ":":
        return False
    start = outer.content[0][0]
    # (a sure verb of saying inside, not an act the label's own words tell: "Lee camp: Roe's
    # rhetoric threatens security"; and no label in capitals, a transcript's speaker: "JAKE ROE:")
    return (inner.source[0] == start or inner.content[0][0] == start) and inner.strength >= _SURE_INNER and not (
        text[outer.source[0]:outer.source[1]].isupper())


_THAT_BEFORE = regex.compile(r"\s+(?:that|which|who)\s*$")


# "the levy that Lee said would pass", "what Roe calls a tax": a relative word stands for the
# inner report's object, which the outer content names
_OBJECT_RELATIVE = regex.compile(r"\s(?:that|which|what)\s+$")


def _object_relative(text: str, inner: Candidate) -> bool:
    """Whether the inner report is an object relative clause ("the levy that Lee
    said would pass"): annotators keep the report around the phrase it hangs on,
    even an unsure one, and the relative clause is part of its content."""
    if inner.source is None or inner.source[1] > inner.cue[0][0]:
        return False
    start = inner.source[0]
    return _OBJECT_RELATIVE.search(text, max(0, start - 7), start) is not None


def _turn_led(text: str, outer: Candidate, inner: Candidate) -> bool:
    """Whether the inner report is a participle whose cue took in the outer report's
    verb of a turn before its "by" ("Lee responded by saying Y", "Lee began by saying:
    “Y”"): one act, which the participle's cue names whole; the turn verb read alone,
    its content "by saying Y" or the same quotation, is no report of its own. (The two
    may have read their subject at different mentions of one name: "When he returned he
    began by saying": the turn verb's is the nearer.)"""
    (start, end), (o_start, o_end) = inner.cue[0], outer.cue[0]
    return (inner.rule == "core.participle.v2" and outer.rule != "core.participle.v2"
            and inner.source is not None and outer.source is not None and len(outer.cue) == 1
            and text[slice(*inner.source)].lower() == text[slice(*outer.source)].lower()
            and start <= o_start and o_end < end and text.find(" by ", o_end, end) >= 0)


def _lead_aside(lead: Candidate, host: Candidate) -> bool:
    """Whether ``lead`` is an "according to X" lead set off inside the words of
    ``host``, a sure report of another kind, each holding the other's cue ("According
    to the FIR, the guard was hit, the official said", "The minister said the
    report, according to aides, would be out soon"): the lead is part of what
    the host reports, and no report of its own (not around an unsure verb that
    runs on past it: "Cubans, 82 percent of whom view Lee unfavorably according
    to the poll, live in Miami")."""
    return (lead.rule == "core.lead_phrase.v2" and host.rule != lead.rule and lead.source is not None
            and host.strength >= _SURE_INNER
            and inside_any(lead.cue[0], host.content) and inside_any(lead.source, host.content)
            and inside_any(host.cue[0], lead.content))


def relays(text: str, lexicon, candidates: list[Candidate]) -> list[Candidate]:
    """Fold an outlet's report around an inner report into the inner one's ``via``
    (not an outlet's "according to" or trailing cue around a person: "Lee said Y, according to CNN" is CNN's);
    end an outer report before a coordinated one; drop other inner reports
    (their words belong to the outer content), unless the outer cue is unsure
    and the inner one sure: then the outer one goes (not a document's cue that
    trails the clause it reports: "He agreed to sell it, records show")."""
    cues = _SpanIndex()
    for j, c in enumerate(candidates):
        cues.add(c.cue[0], j)
    dropped: set[int] = set()
    for j, inner in enumerate(candidates):
        if inner.rule == "core.participle.v2" and len(inner.cue) == 1:
            for i in cues.overlapping(*inner.cue[0]):
                if i != j and _turn_led(text, candidates[i], inner):
                    inner.source = candidates[i].source
                    dropped.add(i)
    for i, outer in enumerate(candidates):
        inners = sorted({j for a, b in outer.content for j in cues.overlapping(a, b) if j != i})
        absorbed: list[tuple[int, int]] = []  # the words of reports an outlet's report took whole
        for j in inners:
            inner = candidates[j]
            if i in dropped or j in dropped:
                continue
            if absorbed and inside_any(inner.cue[0], absorbed):
                # "Lee said the memo showed Y, according to CNN": the memo's report is Lee's words, which are CNN's
                dropped.add(j)
                continue
            if _learned_from_lead(text, outer, inner):
                # "Y, CNN has learned, according to three sources": the outlet learned Y from the
                # lead's source, and relays it; its own cue is no part of Y
                outer.content = [(outer.content[0][0], inner.content[-1][1])]
                outer.via = [inner.source, *(v for v in outer.via if v != inner.source)]
                dropped.add(j)
                continue
            if _lead_aside(inner, outer) or _lead_aside(outer, inner):
                # the lead goes, its words the host's ("According to the Post, Y, Lee said": what Lee
                # said cites the Post, who is no relay of Lee's)
                dropped.add(j if inner.rule == "core.lead_phrase.v2" else i)
                continue
            if _aside_in_report(outer, inner):
                # "Lee said the plan, he added, was unfair": the aside is set off inside what the
                # report before it says, which goes on around it; the report is the one before
                inner.content = [(inner.content[0][0], outer.content[0][1]), outer.content[1]]
                dropped.add(i)
                continue
            if _holds_attributed_report(outer, inner) and not _relayed(text, lexicon, outer, inner):
                dropped.add(j)
                continue
            if _infinitive_in_report(outer, inner) or _infinitive_in_content(outer, inner):
                dropped.add(j)
                continue
            if _unsure_before_participle(text, outer, inner):
                dropped.add(i)
                continue
            by = _report_by_means(text, outer, inner)
            if by is not None:
                # the outer report keeps its object, up to "by"; not a verb of a turn ("started the
                # debate by asking"), nor one before a turn that leads the cue ("when he returned he
                # began by saying"), nor one with no words left: then it goes
                if outer.cue_lemma in en.TURN_VERBS or inner.cue[0][0] < by or outer.strength < _SURE_INNER \
                        or not _end_content_at(text, outer, by, " ,;", strictly_inside=True):
                    dropped.add(i)
                continue
            if _backshifted_conjunct(text, outer, inner):
                dropped.add(j)  # "said her client had a long record and had shown remorse": the clause's own verb
                continue
            if _cut_at_coordinated_verb(text, outer, inner):
                continue
            if _participle_after_comma(text, outer, inner):
                if outer.strength >= _SURE_INNER:
                    _cut_at_coordinated_verb(text, outer, inner, _COMMA_PARTICIPLE, sure=False)
                else:
                    dropped.add(i)
                continue
            if _sourceless_inside_sure(outer, inner):
                # "he said he is often asked about her views": a report with no one behind it,
                # inside what a sure speaker says, is part of those words
                dropped.add(j)
                continue
            if not (inside_any(inner.cue[0], outer.content) and inner.source and inside_any(inner.source, outer.content)):
                continue
            if _split_opening_report(text, outer, inner):
                continue
            if inside_any(outer.cue[0], inner.content):
                continue  # "They want Y, Sanders said": the inner report holds the outer one; overlaps decides
            if outer.source_kind == "outlet" and _according_to_outlet(text, outer, inner):
                # "On Monday, Lee said ..., saying ..., according to CNN": the outlet's report
                # holds the person's, whose words are its content
                dropped.add(j)
                absorbed.extend(inner.content)
                continue
            if outer.rule == TRANSCRIPT_TURN and text[inner.source[0]:inner.source[1]].lower() in en.PRONOUNS:
                # "ROE: Well, I think the pier is safe": a speaker's turn in a transcript holds what
                # the speaker says of himself or of those he speaks of, whole
                dropped.add(j)
                continue
            if _label_before_report(text, outer, inner):
                # "Police: A spokesman said officers were still at the scene": a list's label that
                # names a body, then a report of its own with its own speaker; the label is no speaker
                dropped.add(i)
                continue
            relayed = _relayed(text, lexicon, outer, inner)
            if relayed and (_object_act(text, outer, inner) or _carried_document(text, outer) or _cited_evidence(text, outer, inner)):
                # "SUNA reported that the governor had declared three days of mourning": the
                # outlet reports an act, its object no words of the actor's; the outlet's report stays
                dropped.add(j)
            elif relayed:
                chain = [outer.source, *outer.via, *inner.via]
                inner.via = [v for k, v in enumerate(chain) if v not in chain[:k]]
                dropped.add(i)
            elif (inner.strength >= _SURE_INNER and text[inner.content[0][0]] in OPENING_QUOTE_MARKS
                  and not any(inside_any(span, outer.content) for span in inner.content) and _cut_before(text, outer, inner)):
                # "who backed the bill that Lee said, “...”": the outer content runs into a speaker
                # whose words lie past it; it ends before that speaker
                pass
            elif _colon_before_trailing_quote(text, outer, inner):
                # "praised the role she would have: “...,” the union wrote": the colon ends the
                # outer content; the quotation is the trailing cue's
                pass
            elif (parts := _around_relative_aside(text, outer, inner)) is not None:
                # "found Ng, who had denied it, guilty": the aside's report stands, and the outer
                # content's clause goes on around it
                outer.content = parts
            elif _cut_at_relative_report(text, outer, inner):
                # "60 percent said Y, double the number who said Z": a relative clause that
                # reports again, set off by a comma, ends the outer content before its phrase
                pass
            elif not _cut_at_coordination(text, outer, inner):
                # an unsure outer verb around a sure report is no report itself
                # ("avoided criticism until he warned that ..."); a passive participle weaker than
                # the report around it is part of its words ("Lee, backed by Roe, will win, polls show")
                weaker = inner.rule == "core.passive_agent.v1" and inner.priority > outer.priority
                # an object relative ("praised the town halls, which he said were fair") is the outer content's
                weaker = weaker or _object_relative(text, inner)
                # "He agreed to sell it, records show.": a document's unsure cue trailing the clause
                # vouches for all of it, the sure verb inside included (not a person's: "The mayor
                # said she expects ..., she went on" is the mayor's report)
                weaker = weaker or outer.rule in _TRAILING_RULES and outer.source_kind == "document"
                # "The suit claims Ocampo wrote the contract himself": a sure verb with a noun phrase
                # for its object, no clause and no quotation, whose subject opens what the unsure verb
                # of saying reports, is an act that verb reports
                weaker = weaker or (outer.cue_lemma in en.THAT_VERBS and inner.source[0] == outer.content[0][0]
                                    and _object_act(text, outer, inner))
                dropped.add(i if outer.strength < _SURE_INNER <= inner.strength and not weaker else j)
    kept = [c for k, c in enumerate(candidates) if k not in dropped]
    _end_before_colon_quotes(text, kept)
    return kept


def _end_before_colon_quotes(text: str, candidates: list[Candidate]) -> None:
    """End a report's content at the colon before a quotation that a trailing cue
    gives to its speaker, when the content stops short of that cue ("Lee argued that
    the city had lost its way: “We are broke,” she said": the clause before the colon
    is the first report's, the quotation the trailing cue's; left whole, the two
    would clash and the first report be lost)."""
    contents: _SpanIndex | None = None
    for inner in candidates:
        if inner.rule not in _TRAILING_RULES:
            continue
        start = inner.content[0][0]
        if text[start] not in OPENING_QUOTE_MARKS or inner.cue[0][0] < start:
            continue
        colon = start - 1
        while colon >= 0 and text[colon].isspace():
            colon -= 1  # (only the white space before the quotation is read)
        if colon < 0 or text[colon] != ":":
            continue
        if contents is None:
            contents = _SpanIndex()
            for k, c in enumerate(candidates):
                for span in c.content:
                    contents.add(span, k)
        for o in list(contents.overlapping(colon, colon + 1)):
            outer = candidates[o]
            if outer is not inner and outer.cue[0][1] <= colon and not inside_any(inner.cue[0], outer.content):
                _end_content_at(text, outer, colon, " ,;", strictly_inside=True)


# the verbs of saying whose content an aside may be set off inside ("Lee said the plan, he added, was
# unfair"), not a verb of thought or act that a trailing cue reports ("They were hoping Y, they argued, Z")
_SAYING_ASIDE_HOSTS = en.INVERTING_VERBS | {"tell", "claim", "state"}


def _aside_in_report(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``outer`` is a trailing cue set off inside the content of the sure report
    ``inner`` that opens its first part ("Lee said the plan, Roe noted, | was unfair",
    "Lee told reporters that the plan, he added, | was unfair"): its content's first part
    holds the inner source and cue and ends where the inner content meets the aside."""
    if outer.rule not in _TRAILING_RULES or len(outer.content) != 2 or not inner.source or not inner.content \
            or inner.strength < _SURE_INNER or inner.rule in (*_TRAILING_RULES, TRANSCRIPT_TURN) \
            or inner.cue_lemma not in _SAYING_ASIDE_HOSTS:
        return False
    (a, b), (c, _) = outer.content
    start, end = inner.content[0][0], inner.content[-1][1]
    return (a <= inner.source[0] and inner.cue[-1][1] <= start < b and outer.cue[0][0] < c
            and (end == b or len(inner.content) == 1 and c < end))


def _learned_from_lead(text: str, outer: Candidate, inner: Candidate) -> bool:
    """Whether ``inner`` is an outlet's "has learned" or "understands" set off inside the content
    of the "according to" or "per" lead ``outer`` that trails it, over the same words: "Y, CNN has
    learned, according to three sources", "Y, Axios understands, per two officials"."""
    return (inner.rule == "core.outlet_learned.v1" and outer.rule == "core.lead_phrase.v2" and inner.source is not None
            and len(outer.content) == 1 and len(inner.content) == 1 and outer.cue[0][0] >= outer.content[0][1]
            and inner.content[0][0] == outer.content[0][0] and inner.content[0][1] < outer.content[0][1]
            and inside_any(inner.cue[0], outer.content)
            and text[outer.cue[0][0]:outer.cue[0][1]].lower() in ("according to", "per"))


def _according_to_outlet(text: str, outer: Candidate, inner: Candidate) -> bool:
    """Whether ``outer`` is an outlet's "according to", or its cue trailing the
    report or in an "as" clause, around what a person or a body said: "“...,”
    Lee said, according to CNN", "Profits fell, the company said, according to
    Reuters", "According to the Post, Lee said ...", "Lee said ..., the Post
    reported", "As the Post revealed, the campaign said ...".
    Annotators give such a report to the outlet, the person's words and cue its
    content; a document's words ("the diary reads"), a relay by "as per" and an
    outlet's cue before the report ("the Post wrote that Lee said") stay the
    inner report's, the outlet in its ``via``."""
    # (a document's words are read out, not said: they stay its own)
    if inner.source_kind not in _SPEAKER_KINDS or inner.source_kind == "document":
        return False
    if outer.rule == "core.lead_phrase.v2":
        return text[outer.cue[0][0]:outer.cue[0][1]].lower().startswith("according")
    # the outlet's own verb after or around the report
    return outer.rule in ("core.trailing_cue.v2", "core.inverted_cue.v2", "core.as_clause.v2")


def overlaps(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Keep, among candidates that share content or use another's words, the strongest."""
    # a cue inside another candidate's source is part of a name or a relative clause
    named = _SpanIndex()
    for k, c in enumerate(candidates):
        if c.source:
            named.add(c.source, k)
    def named_by(k: int) -> list[int]:
        return [o for o in named.containing(*candidates[k].cue[0]) if o != k]

    # a source that runs over the report holding its own cue ("The mayor, aides said,
    # vetoed it": "The mayor, aides said" for "vetoed") has swallowed the outer report:
    # the inner one goes, the outer one stays; but an outer report that is a relative
    # clause of that source ("an aide who spoke anonymously said"), or an unsure verb
    # before a sure one ("The builder named in the report denied"), is the mention's
    swallowers = {
        o for k, c in enumerate(candidates) if c.source and not relative_source(text, c.source)
        for o in named_by(k)
        if inside_any(candidates[o].cue[0], c.content) and not c.strength < _SURE_INNER <= candidates[o].strength
        and not _participle_in_source(text, c, candidates[o])
    }
    # when two candidates each take the other's cue as their source, the surer cue wins
    candidates = [
        c for k, c in enumerate(candidates)
        if k not in swallowers and not any(
            o not in swallowers and (k not in named_by(o) or candidates[o].strength > c.strength) for o in named_by(k))
    ]
    candidates = _cues_in_relays(candidates)
    candidates = _own_words_again(text, candidates)
    order = sorted(
        range(len(candidates)),
        key=lambda k: (candidates[k].priority, -candidates[k].strength, candidates[k].start),
    )
    kept_content, kept_cues = _SpanIndex(), _SpanIndex()
    kept: list[Candidate] = []
    for k in order:
        c = candidates[k]
        # a borrower's source is provisional: the report before it lends its own
        probes = [*c.content, *c.cue, *([c.source] if c.source and c.rule not in _BORROWERS else [])]
        clash = next((o for span in probes for o in kept_content.overlapping(*span)), None)
        if clash is not None and (cut := _before_aside(text, c, candidates[clash])) is not None:
            c.content = [cut]  # "Lee said the toll was fair — no different, he said, from ...": up to the aside's mark
            probes = [*c.content, *c.cue, *([c.source] if c.source and c.rule not in _BORROWERS else [])]
            clash = next((o for span in probes for o in kept_content.overlapping(*span)), None)
        if clash is not None:
            continue
        if any(next(kept_cues.overlapping(*span), None) is not None for span in c.content):
            continue
        kept.append(c)
        for span in c.content:
            kept_content.add(span, k)
        for span in c.cue:
            kept_cues.add(span, k)
    kept.sort(key=lambda c: c.start)
    return kept


def _cues_in_relays(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a report whose cue is a word of another report's outlet: in "Lee told
    the Today show that Y" the noun "show" ends the programme Lee told, no verb
    whose subject is "the Today"."""
    relayed = _SpanIndex()
    for k, c in enumerate(candidates):
        for span in c.via:
            relayed.add(span, k)
    return [c for k, c in enumerate(candidates) if not any(o != k for o in relayed.containing(*c.cue[0]))]


def _before_aside(text: str, c: Candidate, aside: Candidate) -> tuple[int, int] | None:
    """The content of report ``c`` up to the mark before ``aside``, a report set off inside it
    after a dash, a semicolon or a comma and coordinator ("Lee said the toll was fair — no
    different, he said, from the old one": "the toll was fair"), or None when the aside is
    none such."""
    if aside.rule != "core.trailing_cue.v2" or len(c.content) != 1 or c.cue[-1][1] > c.content[0][0]:
        return None
    start, end = c.content[0]
    aside_start = min(span[0] for span in [*aside.content, *aside.cue, *([aside.source] if aside.source else [])])
    if not start < aside_start <= end:
        return None
    mark = _ASIDE_MARK.search(text, start, aside_start)
    if (mark is None or mark.start() <= start) and aside.content[0][0] == aside_start and (
            _RELATIVE_OPENS.match(text, aside_start, end + 2) is not None) and text[max(start, aside_start - 2):aside_start].rstrip()[-1:].isalpha():
        # "Lee said the cuts answer attacks that, Roe noted, were unfair": the aside's report is a
        # relative clause with no mark before it; the outer report runs up to its pronoun
        return start, start + len(text[start:aside_start].rstrip())
    if mark is None or mark.start() <= start:
        return None
    return start, mark.start()


# a relative pronoun that opens an aside's report and its comma: "that, Roe noted, ..."
_RELATIVE_OPENS = regex.compile(r"(?:which|who|that)[^\S\n]*,")


# the mark that sets an aside off inside a report, right before it: a dash (or a hyphen spaced as
# one: "the ads were false - attacks that, Roe noted, ..."), a semicolon, a comma and a coordinator
_ASIDE_MARK = regex.compile(r"[^\S\n]*(?:" + clauses.SETTING_OFF + r")[^\S\n]*\Z")


def _own_words_again(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop a pronoun's report that opens another's content and shares its words:
    "Lynch said she recalled thinking, “...”" is Lynch's report, whole; the
    speaker's second verb is part of what she said."""
    by_cue_end: dict[int, list[Candidate]] = {}
    for o in candidates:
        by_cue_end.setdefault(o.cue[-1][1], []).append(o)
    out = []
    for c in candidates:
        if c.source and text[c.source[0]:c.source[1]].lower() in en.SUBJECT_PRONOUNS and any(
                o is not c and any(a < f and e < b for a, b in o.content for e, f in c.content)
                for end in _cue_ends_before(text, c.source[0]) for o in by_cue_end.get(end, ())):
            continue
        out.append(c)
    return out


# a "that" and the spaces around it, at the end of the few characters read before a word
_THAT_AT_END = regex.compile(r"\s*\bthat\s*$")


def _cue_ends_before(text: str, start: int) -> tuple[int, ...]:
    """Where a cue right before ``start`` would end: past the spaces before it, or also
    past a "that" ("said she", "said that she")."""
    lo = max(0, start - 12)  # (a few characters read, not the text before)
    before = text[lo:start]
    ends = [lo + len(before.rstrip())]
    that = _THAT_AT_END.search(before, None, None, CONCURRENT)
    if that is not None:
        ends.append(lo + that.start())
    return tuple(ends)


RELATIVE_PRONOUNS = frozenset(["who", "which", "that", "whom", "whose"])


def _participle_in_source(text: str, inner: Candidate, outer: Candidate) -> bool:
    """Whether the cue of ``inner`` is a participle in "-ing" inside the source of ``outer``
    with no mark before it, a clause on the source's noun ("Residents fearing the worst said"),
    or a passive one in lower case ("Some questioned at the scene said", "Many told of the plan
    said"): the mention's words, no report set off inside it ("The mayor, aides said, vetoed it")."""
    cue_start, cue_end = inner.cue[0]
    word = WORD.match(text, cue_start, cue_end)
    # (the passive one before its preposition or particle: "questioned | at the scene", not a
    # verb before its object, "Others who backed it expressed | similar doubts")
    after = word and _WORD_AFTER.match(text, word.end(), min(len(text), word.end() + _WORD_AFTER_REACH))
    participle = text.endswith("ing", cue_start, cue_end) or word is not None and word.group().islower() and (
        word.group().endswith("ed") or word.group() in en.IRREGULAR_PARTICIPLES or word.group() in en.BASE_FORM_PARTICIPLES) and (
        after is not None and after.group(1) in _AFTER_PASSIVE)
    # (the participle's own subject is the outer source's noun, right before it)
    return (participle and outer.source is not None and inner.source is not None
            and inner.source[0] == outer.source[0] and not text[inner.source[1]:cue_start].strip()
            and not _MARK_IN_SOURCE.search(text, outer.source[0], cue_start))


# the word after a passive participle on a source's noun: a preposition, a particle or a clause's opener of time
_AFTER_PASSIVE = frozenset(
    "at by in on of from about over during after before since for with into to off out away up down back when while as once".split())
_WORD_AFTER = regex.compile(r"[^\S\n]+([\w’'-]+)")
_WORD_AFTER_REACH = 24


_MARK_IN_SOURCE = regex.compile(r"[,;:()“”\"—–]")


def relative_source(text: str, span: tuple[int, int]) -> bool:
    """Whether a source is only a relative pronoun ("who")."""
    return text[span[0]:span[1]].strip().lower() in RELATIVE_PRONOUNS


def quotation_parts(ctx: Context, candidates: list[Candidate]) -> None:
    """Content that takes in one part of a quotation carried over paragraphs
    takes in its other parts too."""
    multi = [q for q in ctx.layout.quotations if len(q.parts) > 1]
    if not multi:
        return
    for c in candidates:
        extra = []
        for q in multi:
            if any(a < q.parts[0][1] and q.parts[0][0] < b for a, b in c.content):
                extra += [p for p in q.parts[1:] if not any(a <= p[0] < b for a, b in c.content)]
        c.content.extend(extra)


# Participles that go on with the speaker's words ("..., adding that ..."): a
# quotation after their sentence is more of what was added
_GOING_ON = frozenset(["add", "continue"])


# Rules of a cue that trails its quotation ("“Y,” Lee said", "“Y,” said Lee")
_QUOTE_TAILS = frozenset(["core.trailing_cue.v2", "core.inverted_cue.v2"])


def continuations(ctx: Context, candidates: list[Candidate]) -> None:
    """Append to a speaker the quotations that follow with no cue of their own,
    in the same paragraph, until anything else intervenes."""
    layout = ctx.layout
    by_sentence: dict[int, Candidate] = {}
    for c in candidates:
        idx = sentence_index(layout, c.cue[0][0])
        c.sentence = idx
        first = by_sentence.setdefault(idx, c)
        if first is not c and c.rule == "core.participle.v2" and c.cue_lemma in _GOING_ON:
            by_sentence[idx] = c  # "“Y,” he said, adding that Z. “W”": W goes on with what he added
        elif first is not c and c.rule in _QUOTE_TAILS and c.cue[0][0] > first.cue[0][0]:
            by_sentence[idx] = c  # "X told them that Y: “Z,” Lee said. “W”": W is more of what Lee said
        elif first is not c and first.source is None and c.source is not None and c.cue[0][0] > first.cue[0][0]:
            by_sentence[idx] = c  # "Asked whether Y, she said Z. “W”": W is hers, not the question's
    covered = [span for c in candidates for span in c.content + c.cue]
    for idx, s in enumerate(layout.sentences):
        if idx in by_sentence or idx in ctx.skipped or idx == 0:
            continue
        prev = by_sentence.get(idx - 1)
        answer = prev is None and _quoted_sentence(ctx, s.start, s.end) and (prev := _answered(ctx, by_sentence, idx)) is not None
        if prev is None or not (_quoted_sentence(ctx, s.start, s.end) or _opening_quotation(ctx, s.start, s.end)):
            continue
        if _claimed_below(ctx, s.start, s.end, covered):
            continue  # a quotation that goes on below is the cue's there ("“... \n “...,” she said.")
        if any(a < s.end and s.start < b for a, b in covered):
            continue
        if not answer and _another_turn_after(ctx.text, prev, layout.sentences[idx - 1].end):
            continue  # "“Y,” Lee said, and her brother cut in. “W”": W is the brother's, not Lee's
        if layout.sentences[idx - 1].paragraph != s.paragraph and not answer and not (
                _ends_its_paragraph(ctx, prev, layout.sentences[idx - 1].paragraph)
                and _LOWER.search(ctx.text, s.start, s.end)):
            # across paragraphs, a later cue usually claims the quotation; but after a
            # report whose content ends its paragraph ("Lee said that the pier was unsafe.")
            # a paragraph that is only a quotation goes on with her words (one in capitals
            # is a heading)
            continue
        if layout.sentences[idx - 1].paragraph != s.paragraph and not answer and _crosshead(ctx, s.paragraph):
            continue  # "Lee said the plan worked.\n\n‘It gave me my life back’\n\nRoe, 71, ...": a heading
        prev.content.append((s.start, s.end))
        by_sentence[idx] = prev


_LOWER = regex.compile(r"\p{Ll}")


# the marks a quotation that ends a sentence closes on, inside its closing mark or after it
_SENTENCE_END_MARKS = ".!?…:;,-–—"


def _crosshead(ctx: Context, paragraph: int) -> bool:
    """Whether the paragraph is a quotation alone, with no mark to end a sentence inside
    it or after it, nor a later quotation of the same paragraph: a heading that quotes a
    speaker below ("‘It gave me my life back’"), no speaker's words going on; or a short
    one in single marks where the quotation before it opens with double marks, the house
    style of a heading that quotes a few words from below ("“Y,” Lee said.\n\n‘So much
    rust.’\n\nThe pier ..."): a speaker going on keeps her marks."""
    start, end = ctx.layout.paragraphs[paragraph]
    line = ctx.text[start:end].rstrip()
    if "\n" in line:
        return False
    stripped = line.rstrip(CLOSING_QUOTE_MARKS)
    if len(stripped) < len(line) and not stripped.endswith(tuple(_SENTENCE_END_MARKS)):
        return True
    return _single_marked_heading(ctx, start, start + len(line))


# The most words a heading in single marks holds ("‘Pretty cool working there.’")
_HEADING_WORDS = 8
_DOUBLE_MARKS = ("“", '"', "''")


def _single_marked_heading(ctx: Context, start: int, end: int) -> bool:
    """Whether [start, end), a paragraph, is one short quotation in single marks after a
    quotation in double marks (see :func:`_crosshead`)."""
    text, layout = ctx.text, ctx.layout
    if text[start] not in "‘'" or text.startswith("''", start) or text[end - 1] not in "’'" or text.startswith("''", end - 2):
        return False
    q = next(layout.quotations_from(start), None)
    if q is None or q.start != start or q.end < end or len(WORD.findall(text, start, end, False, CONCURRENT)) > _HEADING_WORDS:
        return False
    k = bisect.bisect_left(layout.quotation_starts, start) - 1
    return k >= 0 and text.startswith(_DOUBLE_MARKS, layout.quotations[k].start)


# a clause coordinated after a report with a subject of its own, no pronoun, and a verb that takes
# the turn to speak: ", and her brother cut in", "before Roe replied" (not ", and smiled", nor
# ", and she added": the same speaker; nor ", as the crowd cheered": no one else speaks)
_TURN_VERB = r"(?:(?:" + clauses.TURN_VERB_FORMS + r")|(?:cut|cuts|broke|breaks|chimed|chimes|jumped|jumps)[^\S\n]+in)\b"


_ANOTHER_TURN = regex.compile(
    r"[^\S\n]*,?[^\S\n]+(?:and|but|before|when|until|then)[^\S\n]+"
    r"(?:(?:the|a|an|his|her|their|its|my|our|your)[^\S\n]+(?:\p{L}[\p{L}’'-]*[^\S\n]+){0,2}"
    r"|\p{Lu}[\p{L}.’'-]*[^\S\n]+(?:\p{Lu}[\p{L}.’'-]*[^\S\n]+)?)" + _TURN_VERB)


def _another_turn_after(text: str, prev: Candidate, end: int) -> bool:
    """Whether the sentence of ``prev``, ending at ``end``, goes on after the report with
    a clause of another subject: "“Y,” Lee said, and her brother cut in." hands the
    turn on, and a quotation after it is no more of Lee's."""
    last = max(b for _a, b in [*prev.content, *prev.cue, *([prev.source] if prev.source else [])])
    return last < end and _ANOTHER_TURN.match(text, last, end, CONCURRENT) is not None


# Verbs of asking: the answer below a question is not the asker's
_ASKING = frozenset("ask question query wonder press".split())


def _answered(ctx: Context, by_sentence: dict[int, Candidate], idx: int) -> Candidate | None:
    """The report whose speaker answers the question paragraphs right before the
    quotation that opens sentence ``idx``'s paragraph, in an interview's write-up:
    the report that ends the paragraph before the questions ("Lee said she was
    tired.", then "Will you run again?", then "“Not this year.”"); None when no
    question stands between, or the report before is a question put to someone."""
    layout, text = ctx.layout, ctx.text
    paragraph = layout.sentences[idx].paragraph
    start = layout.paragraphs[paragraph][0]
    if clauses.skip_space(text, start, layout.sentences[idx].start) != layout.sentences[idx].start:
        return None  # the quotation opens its paragraph
    j, asked = idx - 1, set()
    while j >= 0 and layout.sentences[j].paragraph != paragraph:
        p = layout.sentences[j].paragraph
        if p in asked:
            j -= 1
            continue
        ps, pe = layout.paragraphs[p]
        if j in by_sentence or layout.quoted_chars(ps, pe) or not (
                text[ps:pe].rstrip().endswith("?") or QUESTION_LABEL.match(text, ps, pe)):
            break
        asked.add(p)
        j -= 1
    if not asked or j < 0 or len(asked) > 2:
        return None
    prev = by_sentence.get(j)
    if prev is None or prev.source is None or prev.cue_lemma in _ASKING:
        return None
    return prev if _ends_its_paragraph(ctx, prev, layout.sentences[j].paragraph) else None


# Verbs of thinking: a quotation below what someone thinks or sees is seldom her words.
_THINKING = frozenset("think believe feel know see view regard consider hope expect fear worry suspect doubt".split())


def _ends_its_paragraph(ctx: Context, c: Candidate, paragraph: int) -> bool:
    """Whether the candidate reports speech and its content, so far, is the
    last thing in the paragraph (its own, or one of its quotations after it), a
    closing mark or a full stop at most after it."""
    if c.cue_lemma in _THINKING:
        return False
    start, end = ctx.layout.paragraphs[paragraph]
    last = max(b for _a, b in c.content)
    return start < last <= end and not ctx.text[last:end].strip(clauses.CLOSE_PUNCT + CLOSING_QUOTE_MARKS)


def _claimed_below(ctx: Context, start: int, end: int, covered: list[tuple[int, int]]) -> bool:
    """Whether the quotation opening in [start, end) goes on into another
    paragraph, where a report takes in its words."""
    q = next(ctx.layout.quotations_from(start), None)
    if q is None or q.start >= end or len(q.parts) < 2:
        return False
    return any(a < pe and ps < b for ps, pe in q.parts[1:] for a, b in covered)


def _quoted_sentence(ctx: Context, start: int, end: int) -> bool:
    """A sentence that is a quotation, or a quotation after a connective
    ("Instead, “he just acts ...”", "But “it helps.”")."""
    text = ctx.text
    while start < end and text[start].isspace():
        start += 1
    lead = _SHORT_LEAD.match(text, start, end, CONCURRENT)
    if lead is not None and lead.group(1).lower() in en.SENTENCE_ADVERBS:
        start = lead.end()
    return start < end and ctx.layout.inside_quote(start) and ctx.layout.quoted_chars(start, end) * 10 >= (end - start) * 9


def _opening_quotation(ctx: Context, start: int, end: int) -> bool:
    """A sentence that opens with a quotation closing mid-sentence, the rest of the
    sentence going on in lower case with no cue of its own ("“I think they care
    about wages” and other pocketbook issues."): at least half of it quoted, and the
    quotation closed on a word, not on the comma that a trailing cue follows."""
    text = ctx.text
    start = clauses.skip_space(text, start, end)
    part = ctx.layout.quoted_part_at(start)
    if part is None or part[0] != start or part[1] >= end:
        return False
    close = part[1] - 1
    while close > start and text[close] in CLOSING_QUOTE_MARKS:
        close -= 1  # the closing mark, one or two ('' too)
    if not text[close].isalnum():
        return False  # "“Y,” was another": a quotation closed by its comma has its cue after it
    after = clauses.skip_space(text, part[1], end)
    return after < end and text[after].islower() and (part[1] - part[0]) * 2 >= end - start


# A connective before a quotation that makes up the rest of its sentence, in any
# opening mark, two apostrophes too ("Now, ''it helps.''")
_SHORT_LEAD = regex.compile(r"([A-Z][a-z]+),?\s+(?=[“\"‘]|'')")


def sentence_index(layout, pos: int) -> int:
    lo, hi = 0, len(layout.sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if layout.sentences[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


_LIGHT_OBJECT_WORDS = 6


# Rules whose source is no subject of the clause, so lends none to a report after it:
# "Lee won the endorsement of Roe by echoing ...", the backers after "of"
_NOT_LENDERS = frozenset(["core.backing_received.v1"])


# Rules whose reports take their source from the report before them in the sentence.
_BORROWERS = frozenset(["core.participle.v2", "core.coordinated_cue.v2"])


# the word that puts a participle's report at another time than the report it borrows from
_EARLIER_OR_LATER = regex.compile(r"\b(?:after|before|since|until)[^\S\n]+$", regex.IGNORECASE)


def _vehicle(text: str, span: tuple[int, int]) -> bool:
    """Whether a short object names what carries a report ("a statement", "a tweet")."""
    words = WORD.findall(text, *span)
    return bool(words) and words[-1].lower() in en.VEHICLE_NOUNS


def _own_subject(text: str, c: Candidate) -> bool:
    """Whether a participle's source stands right before its cue, its own
    subject: "with Lee saying", "a group backing Lee"."""
    return c.rule == "core.participle.v2" and c.source is not None and not text[c.source[1]:c.cue[0][0]].strip()


_WITH_BEFORE = regex.compile(r"(?i)\bwith\s+$")


def _participle_in_noun_phrase(text: str, c: Candidate) -> bool:
    """Whether a participle modifies the noun right before it, inside a noun
    phrase ("vented about Lee vowing to ...", "gave to a group backing Lee"),
    not in an absolute phrase of its own ("..., with Lee saying ...")."""
    return _own_subject(text, c) and not _WITH_BEFORE.search(text, max(0, c.source[0] - 8), c.source[0])


_SINGULAR_MENTIONS = frozenset("he she it his her its".split())


def _disagrees(text: str, prev: Candidate, c: Candidate) -> bool:
    """Whether a coordinated verb in its bare present ("warn") cannot share the
    subject of the report before it: that report's verb is in the third person
    singular ("opposes"), or its source a singular pronoun ("she", "his")."""
    word = WORD.match(text, *c.cue[-1])
    if word is None or not word.group().islower() or c.cue_lemma != word.group():
        return False
    head = WORD.findall(text, *prev.cue[-1])
    own = WORD.findall(text, *prev.source)
    return (bool(head) and head[-1].endswith("s") and head[-1].lower() != prev.cue_lemma
            or len(own) == 1 and own[0].lower() in _SINGULAR_MENTIONS)


# a mark that opens or closes an aside: a dash (spaced hyphens in copy that lost its dashes) or a bracket
_ASIDE_OPEN = regex.compile(r"[—–(]|\s-{1,2}\s")


_ASIDE_CLOSE = regex.compile(r"[—–)]|\s-{1,2}\s")


# how far before a report's cue the aside holding it may open
_ASIDE_WINDOW = 150


def _in_closed_aside(text: str, prev: Candidate, c: Candidate) -> bool:
    """Whether the report before lies in an aside set off by dashes or brackets
    that closes before the borrower's cue: "he dropped the plan - which he once
    backed - and has praised ..." (the praising is the subject's before the
    aside), "Lee hates boats - ''I never sail,'' he said - and vowed ..."."""
    start = min(prev.cue[0][0], prev.source[0]) if prev.source else prev.cue[0][0]
    lo = max(0, start - _ASIDE_WINDOW)
    stop = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    lo = stop + 1 if stop >= 0 else lo
    opened = None
    for m in _ASIDE_OPEN.finditer(text, lo, start):
        opened = m
    if opened is None or _ASIDE_CLOSE.search(text, opened.end(), start):
        return False  # no aside open around the report before
    end = max(prev.cue[-1][1], prev.content[-1][1]) if prev.content else prev.cue[-1][1]
    return _ASIDE_CLOSE.search(text, min(end, c.cue[0][0]), c.cue[0][0]) is not None


# a phrasal reply struck back at someone: "hit back at", "hits back at"
_BACK_AT = regex.compile(r"[^\S\n]back[^\S\n]+at$", regex.IGNORECASE)


def participles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A participle report ("..., adding that ...") has the source of the report
    before it; a report whose content is only a short object before the
    participle ("issued a statement, saying ...") joins the participle's cue."""
    dropped: set[int] = set()
    lender = -1  # the report before, whose source a borrower takes
    for k, (prev, c) in enumerate(zip(candidates, candidates[1:])):
        if prev.rule in _NOT_LENDERS:
            lender = -1  # "Lee won the backing of Roe by echoing ...": the backers are no subject
        elif not _participle_in_noun_phrase(text, prev):
            lender = k  # not a participle inside a noun phrase: "vented about Lee vowing to ..., and said ..."
        if lender < 0:
            continue
        k, prev = lender, candidates[lender]
        # a quotation after a coordinated verb with no subject of its own ("X said ...,
        # and added: “Y”") borrows the source as a coordinated verb's content does
        borrows = c.rule in _BORROWERS or c.rule == "core.colon_lead.v2" and c.source is None
        if not borrows or prev.sentence != c.sentence or prev.source is None:
            continue
        if _own_subject(text, c):
            continue  # "with Lee saying": the participle's own subject stands right before it
        if c.rule in _BORROWERS and c.source is not None and c.source[0] > max(prev.cue[-1][1], prev.source[1]):
            # "Lee said ..., and the union sued, saying ...": a subject after the report is the participle's,
            # and the coordinated verb's ("Rallying workers who are struggling, Lee toured and promised ...")
            continue
        if c.rule == "core.coordinated_cue.v2" and c.source is not None and _disagrees(text, prev, c):
            continue  # "... whether she opposes it and worry that ...": a plural's verb, not hers
        if c.source is not None and _in_closed_aside(text, prev, c):
            continue  # "she left the plan - which he said was sound - and has praised": the aside lends no source
        c.source, c.source_kind = prev.source, prev.source_kind
        if not c.via and prev.via and not _EARLIER_OR_LATER.search(text, max(0, c.cue[0][0] - 8), c.cue[0][0]):
            # "Lee told The Planet that ... and called for ...", "..., adding ...": the second
            # verb's words reached the writer by the relay the first's did (not "after hinting
            # ...": said at another time, perhaps to someone else)
            c.via = list(prev.via)
        if c.rule == "core.coordinated_cue.v2":
            continue
        last = prev.content[-1]
        if (
            prev.cue_lemma not in en.THAT_VERBS
            and len(prev.content) == 1
            # nothing between them but a time ("issued a statement on Friday, saying ...")
            and not text[clauses.skip_post_adjuncts(text, last[1], c.cue[0][0]) : c.cue[0][0]].strip(" ,")
            and len(WORD.findall(text, *last)) <= _LIGHT_OBJECT_WORDS
            and not any(q in text[last[0] : last[1]] for q in "“”\"")  # a quoted object is content
            # "issued a statement", not "echoed those comments": a report of its own; but one struck back at
            # is whom the reply answers, whose words the participle gives ("hit back at the Tories, saying
            # ..."): the participle alone is the report, as after "fired back at the mayor,"
            and ((back := _BACK_AT.search(text, *prev.cue[-1]) is not None)
                 # (not a stance on another's words, a report of its own: "echoed that warning, recalling ...")
                 or _vehicle(text, last) and prev.cue_lemma not in en.PASSIVE_REPORTS)
        ):
            if not back:
                c.cue = [(prev.cue[0][0], c.cue[-1][1])]
            dropped.add(k)
    return [c for k, c in enumerate(candidates) if k not in dropped]
