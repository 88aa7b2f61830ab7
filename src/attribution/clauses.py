"""Clause boundaries: where the content of a report starts and ends.

Shared by the rules: trimming clause punctuation, the end of a fronted
subordinate clause, the next report that ends a content, adjuncts after a cue.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

import attrs
import regex

from attribution import default_lexicon as en
from attribution import kinds, logistic, sources
from attribution.layout import Sentence
from attribution.lexicon import (
    CUE_THRESHOLD,
    Lexicon,
    finite_forms,
    lemma,
    person_noun,
    title_case_word,
)
from attribution.rules import Context
from attribution.tokens import (
    CLOSING_QUOTE_CLASS,
    CLOSING_QUOTE_MARKS,
    CONCURRENT,
    OPENING_QUOTE_CLASS,
    OPENING_QUOTE_MARKS,
    WORD,
    next_class,
)

CLOSE_PUNCT = " \t.!?;:,"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space and clause punctuation from both edges of a span (and a bullet's
    mark from its start: "• The dam is holding, police said"), and a markup tag at either
    edge, which frames the words and says none of them ("<tweet author="@lee">Y</tweet>"); and a
    closing bracket at its end that the span never opened, a sentence in brackets' close ("(Lee
    declined to comment.)": "to comment")."""
    while True:
        while start < end and text[start] in " \t,:;—–-(•*":
            start += 1
        while end > start and text[end - 1] in CLOSE_PUNCT + "—–-":
            end -= 1
        if end > start and text[end - 1] in ")]" and text.count(text[end - 1], start, end) > text.count(
                _OPENING_BRACKET[text[end - 1]], start, end):
            end -= 1
        elif start < end and text[start] == "<" and (tag := _OPENING_TAG.match(text, start, min(end, start + _TAG_REACH))):
            start = tag.end()
        elif end > start and text[end - 1] == ">" and (
                tag := _CLOSING_TAG.search(text, max(start, end - _TAG_REACH), end)) is not None:
            end = tag.start()
        else:
            return start, end


_OPENING_BRACKET = {")": "(", "]": "["}
# A markup tag, as copy taken from a web page keeps it around an embedded post: an opening tag
# with its attributes, or a closing or empty one ("<tweet/>", "</tweet>"), within a bounded reach
_TAG_REACH = 200
_OPENING_TAG = regex.compile(r"<[A-Za-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>")
_CLOSING_TAG = regex.compile(r"</?[A-Za-z][\w-]*\s*/?>$")


_KEPT_AT_END = regex.compile("[^" + regex.escape(CLOSE_PUNCT + "—–-") + "]")


def kept_at_end(text: str, pos: int, end: int) -> int:
    """The first place in [pos, end) holding a character that :func:`trim`
    keeps at a span's end (no clause punctuation, dash or white space), or
    ``end``: a span cut anywhere after it still reaches past it when trimmed
    (a markup tag's marks count as kept, though :func:`trim` takes a whole tag
    off a span's end: the bounded search this serves reads a lead's source,
    which holds no tag)."""
    m = _KEPT_AT_END.search(text, pos, end)
    return end if m is None else m.start()


def find_comma(text: str, pos: int, end: int) -> int:
    """The first comma in [pos, end) that is not inside a number ("8,000"), or -1."""
    comma = text.find(",", pos, end)
    while comma > 0 and text[comma - 1].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.find(",", comma + 1, end)
    return comma


def clause_comma(ctx: Context, pos: int, end: int) -> int:
    """The first comma outside quotations in [pos, end), or one that a
    quotation closes on ("“ready to serve,”"), or end; not one inside a
    number ("8,000")."""
    text = ctx.text
    comma = pos
    while (comma := find_comma(text, comma, end)) >= 0:
        if not (ctx.layout.inside_quote(comma) and not closes_quotation(ctx, comma + 1)):
            return comma
        comma += 1
    return end


# A dash between clauses: "--", an em or en dash, or a hyphen between spaces
_DASH = regex.compile(r"[^\S\n]*(?:--|[—–―])|[^\S\n]+-(?=[^\S\n])")


def dash_marks(text: str) -> list[int]:
    """Where a match of _DASH may have its dash, in order: an em, en or bar
    dash, and a hyphen after a space or before another; found by a scan of
    the text per mark, so that a stretch with none needs no call to _DASH."""
    found = []
    for mark in "—–―-":
        i = text.find(mark)
        while i >= 0:
            if mark != "-" or text[i - 1 : i].isspace() or text.startswith("-", i + 1):
                found.append(i)
            i = text.find(mark, i + 1)
    return sorted(found)


def clause_break(ctx: Context, pos: int, end: int) -> int:
    """The first comma or dash outside quotations in [pos, end) (commas as
    ``clause_comma`` finds them), or end."""
    comma = clause_comma(ctx, pos, end)
    marks = ctx.memo.get("dash_marks")
    if marks is None:
        marks = ctx.memo["dash_marks"] = dash_marks(ctx.text)
    k = bisect.bisect_left(marks, pos)
    if k == len(marks) or marks[k] >= comma:
        return comma  # (a cheap test: no mark _DASH reads stands before the comma)
    for m in _DASH.finditer(ctx.text, pos, comma, False, CONCURRENT):
        if not ctx.layout.inside_quote(m.end() - 1):
            return m.start()
    return comma


def past_closing_mark(ctx: Context, comma: int) -> int:
    """The end of a clause at ``comma``: past the mark of a quotation that closes on it."""
    if ctx.text[comma : comma + 1] != "," or not closes_quotation(ctx, comma + 1):
        return comma
    return comma + 3 if ctx.text.startswith("''", comma + 1) else comma + 2


def closes_quotation(ctx: Context, pos: int) -> bool:
    """Whether a closing mark at ``pos`` ends a quotation: the comma before it
    ("... the plan,” she said", "... the plan,'' she said") ends the clause
    around the quotation too."""
    mark = ctx.text[pos : pos + 1]
    if mark == "" or mark not in CLOSING_QUOTE_MARKS:
        return False
    # a mark of two apostrophes ('') ends the quotation after its second
    return not ctx.layout.inside_quote(pos + 2 if ctx.text.startswith("''", pos) else pos + 1)


# Words in -ever that open a fronted clause when no comma follows them ("however
# the vote goes, ...", "whatever she decides, ..."); "however, ..." is an adverb
_EVER_OPENERS = frozenset("however whatever whoever whichever wherever whenever".split())


def opens_with_subordinator(text: str, start: int, end: int) -> bool:
    """Whether [start, end) opens with a subordinating word ("although", "when", "however the ...")."""
    first = WORD.match(text, skip_space(text, start, end), end, CONCURRENT)
    if first is None:
        return False
    word = first.group().lower()
    return word in en.SUBORDINATORS or word in _EVER_OPENERS and text[first.end() : first.end() + 1] == " "


# Prepositions that open a phrase fronted before the content's own clause:
# "that during the storm, the pier closed", "that, based on the survey, it is safe"
_FRONTING_WORDS = frozenset(
    "during for in on at after before despite amid following given based with without under since by over "
    "unlike among throughout".split()
)
# Words after the comma that make what follows no main clause of the content
_NO_MAIN_CLAUSE = frozenset("which who whom whose where when and but or nor including according as such".split())


# Focus adverbs that may stand before a fronting word: "that, even if ..., the pier"
_FOCUS = frozenset("even just only especially particularly".split())


def _fronting_word(text: str, start: int, end: int) -> str:
    """The first word of [start, end) in lower case, past a focus adverb."""
    first = WORD.match(text, skip_space(text, start, end), end, CONCURRENT)
    if first is not None and first.group().lower() in _FOCUS:
        first = WORD.match(text, skip_space(text, first.end(), end), end, CONCURRENT)
    return "" if first is None else first.group().lower()


def opens_fronted(text: str, start: int, end: int) -> bool:
    """Whether [start, end) opens with a word that fronts a phrase or a clause ("during", "even if")."""
    word = _fronting_word(text, start, end)
    return word in _FRONTING_WORDS or word in en.SUBORDINATORS


# The longest phrase of time, place or occasion fronted before a clause's subject
_FRONTED_PHRASE_WORDS = 6
_TIME_OPENERS = frozenset("last this next earlier later early late".split())


def fronted_phrase(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is only a short phrase of time, place or occasion
    set before a clause's subject and its comma ("In May", "On Monday",
    "Earlier this year", "Last week"), no clause of its own: a preposition
    or a word of time opens it (not a subordinator: "although"), six words
    at most and no comma."""
    if text.find(",", start, end) >= 0:
        return False
    words = []
    for w in WORD.finditer(text, start, end, False, CONCURRENT):  # (seven words settle it: no reading a long sentence's)
        if len(words) == _FRONTED_PHRASE_WORDS:
            return False
        words.append(w.group())
    if not words:
        return False
    first = words[0].lower()
    return first in _FRONTING_WORDS or first in _TIME_OPENERS or first in en.DAY_NAMES or (
        first in en.SENTENCE_ADVERBS and len(words) == 1)


def _fronted_phrase(ctx: Context, start: int, comma: int, end: int) -> bool:
    """Whether the content from ``start`` opens with a phrase fronted before
    its main clause, which its first break ``comma`` ends: a subordinate
    clause after a focus adverb ("that even if ..., the pier"), or a
    prepositional phrase a clause follows ("that for one, the pier is
    unsafe"). The comma closes the phrase, not the content."""
    text = ctx.text
    if comma >= end or text[comma] != ",":
        return False
    word = _fronting_word(text, start, end)
    if word in en.SUBORDINATORS:
        return True
    if word not in _FRONTING_WORDS:
        return False
    following = clause_break(ctx, comma + 1, end)
    after = [w.lower() for w in WORD.findall(text, comma + 1, min(following, comma + 200), False, CONCURRENT)[:_SEGMENT_WORDS]]
    return bool(after) and after[0] not in _NO_MAIN_CLAUSE and _clause(after)


def fronted_clause_end(ctx: Context, sentence: Sentence, cue: int, pos: int, source: int = -1) -> int:
    """A cue inside a fronted subordinate clause ("When she appeared ..., she
    declared ...") reports no further than the clause's comma. A content that
    opens with a fronted phrase of its own, after a source that stands past the
    clause's comma ("As the talks dragged on, Lee said that even in May, the
    pier was unsafe"), is the main clause's report: its comma is the phrase's."""
    text = ctx.text
    # (a focus adverb may stand before the subordinator: "Even after the board voted, ...")
    if not (opens_with_subordinator(text, sentence.start, sentence.end)
            or _fronting_word(text, sentence.start, sentence.end) in en.SUBORDINATORS):
        return sentence.end
    if sentence.start < source < cue and opens_fronted(text, pos, sentence.end) and _closed_before(ctx, sentence.start, source):
        return sentence.end
    comma = clause_comma(ctx, pos, sentence.end)
    return past_closing_mark(ctx, comma) if comma > cue else sentence.end


def _closed_before(ctx: Context, start: int, source: int) -> bool:
    """Whether the fronted clause that opens the sentence at ``start`` closes
    at a comma before ``source``: a clause of its own before that comma (a
    verb, not "After all," or "Though,"), and no subordinator between the
    comma and the source ("After all, while he insisted ...")."""
    text = ctx.text
    comma = clause_comma(ctx, start, source)
    if comma >= source:
        return False
    fronted = [w.lower() for w in WORD.findall(text, start, comma, False, CONCURRENT)]
    between = [w.lower() for w in WORD.findall(text, comma + 1, source, False, CONCURRENT)]
    return _clause(fronted[1:]) and not any(w in en.SUBORDINATORS for w in between)


# Words after a comma that end reported content: a participle that reports
# again ("..., adding that ..."), a lead to the source ("..., according to
# X"), a relative or concessive clause, which is the writer's ("..., which
# ...", "..., but ..."). A closing quotation mark may stand after the comma.
# ("..., though ..." is not among them: annotators keep it in the content as
# often as not.)
_BOUNDARY = regex.compile(
    r",([" + CLOSING_QUOTE_CLASS + r"])?\s+(?P<word>adding|saying|noting|arguing|explaining|insisting|claiming|warning|according to|as per"
    r"|which|who|where|but|although|despite|whereas|compared\s+(?:with|to))\b",
    regex.IGNORECASE,
)
# "before" and a participle after a quotation's closing mark or a comma: the
# source's next act, which the writer narrates ("groused that the board “never
# listens” before floating a plan", "said it was "unfair," before backing
# down"). Annotators end the content there (train: 4 times to none).
_LATER_ACT = regex.compile(r"(?:([”\"]),?|,([”\"])?)[^\S\n]+before[^\S\n]+[a-z]{2,}ing\b")
# ", and" or ", but" and a past of changing or taking back what was stated or published, with its
# object: "said turnout was 48 percent, but later revised the figure", "tweeted that ..., and then
# deleted the post": the speaker's next act, the clause's subject being no one who states a thing
_TAKEN_BACK = regex.compile(
    r",[^\S\n]+(?:and|but)[^\S\n]+(?:(?:later|then|subsequently|quickly|swiftly|since|eventually)[^\S\n]+)?"
    r"(?:revised|amended|updated|retracted|corrected|deleted|reversed|rescinded|recanted|edited)"
    r"[^\S\n]+(?:the|its|their|his|her|my|our|that|this|those|these|it|them)\b")
# "even as" and a clause (a subject, then a verb within a few words), after a comma or not: the writer sets what else went on beside
# the report ("ordered an inquiry, even as the opposition demanded ...", "said it was safe even
# as doctors warned ..."), no part of it (train: 16 contents end there, 7 run on, most of those
# "even as" and no clause: "even as a candidate")
_EVEN_AS = regex.compile(
    r"(,[^\S\n]+|[^\S\n]+)even[^\S\n]+as[^\S\n]+(?!(?:a|an)[^\S\n])[\w’'.-]+(?:[^\S\n]+[\w’'.-]+){0,3}?[^\S\n]+"
    r"(?:" + en.FINITE_AUXILIARY_ALTERNATION + r"|[a-z]+(?:ed|s))(?![\w’'-])"
)
# ... and "as" with a clause after a dash: the British headline's "Minister says fares will rise -
# as commuters face strike", the news set beside the report, no part of it
_AS_CLAUSE = (
    # (not a comparison, "- as safe as houses", nor "as a rule", "as well")
    r"as[^\S\n]+(?!(?:a|an|well|if|though|ever|usual|such|many|much|few|little|far|long|soon)[^\S\n])"
    r"(?![\w’'.-]+[^\S\n]+as[^\S\n])[\w’'.-]+(?:[^\S\n]+[\w’'.-]+){0,3}?[^\S\n]+"
    # the verb: an auxiliary, a form in -ed or -s, or a plural's verb in the present ("teachers threaten")
    r"(?:" + en.FINITE_AUXILIARY_ALTERNATION + r"|[a-z]+(?:ed|s)"
    r"|(?<=[a-z]s[^\S\n]+)[a-z]{3,})(?![\w’'-])"
)
_DASH_AS = regex.compile(r"(?:[^\S\n]+-|[^\S\n]*(?:--|[—–]))[^\S\n]+" + _AS_CLAUSE)
# ... and with no mark before it, in a headline, after the object of a verb that takes no clause:
# "Governor orders evacuations | as river rises" (in title case too: "Orders Evacuations As River Rises")
_HEADLINE_AS = regex.compile(r"(?i)[^\S\n]+" + _AS_CLAUSE)
_AS_WORD = regex.compile(r"(?i)\sas\s")  # (the cheap test first)
_DASHES_BEFORE_AS = ("- as ", "– as ", "— as ", "-- as ", "—as ", "–as ")
# ... and "as" after a comma, a pronoun and a verb of coming or going in the past: the scene the
# words were said in ("said the talks had failed, as she left the hall"), or "as" and a pronoun
# with "did" or "has done" standing for the content's verb, the writer's comparison ("..., as
# they did last year"); annotators end the content before the comparison (train: 3 times to
# none), as before the scene of the "before" and "even as" above. Not "as"
# with any other verb, which may give the speaker's reason ("..., as he is still very active").
_AS_SCENE = regex.compile(
    r",[^\S\n]+as[^\S\n]+(?:he|she|they|we|I|it)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?"
    r"(?:(?:" + "|".join(sorted(en.MOTION_PASTS)) + r")(?![\w’'-])"
    r"|(?:did|(?:has|have|had)[^\S\n]+(?:done|before))(?=[^\S\n]*[,.;!?]|[^\S\n]+(?:in|on|last|before|at|when|with|after|during|earlier|recently|so)\b))"
)


# the verb right before a content, past any "that": "orders | evacuations", "says that | ..."
_VERB_BEFORE_CONTENT = regex.compile(r"(?<![\w’'-])([A-Za-z]+)(?:[^\S\n]+that)?[^\S\n]*$")


# "no" or "yes" and "to" after "says": a refusal or a consent and what it answers ("says no to a deal")
_ANSWER_TO = regex.compile(r"(?i)[^\S\n]*(?:no|yes)[^\S\n]+to\b")


def _object_before_as(text: str, start: int, pos: int) -> bool:
    """Whether the content from ``start`` up to an "as" and its clause at ``pos`` is the object
    of a verb that takes no clause, with no finite verb of its own ("orders evacuations | as river
    rises"): the "as" clause is the news set beside the act, no part of its object. After a verb
    of saying the content is a clause, which the "as" clause may go on ("says prices will rise as
    demand grows"); not after "says no to" or "says yes to", a refusal or a consent, whose object
    is a noun phrase ("Lee Says No To Debate | As Rival Gains")."""
    verb = _VERB_BEFORE_CONTENT.search(text, max(0, start - 30), start)
    if verb is None or (lemma(verb.group(1).lower()) in en.THAT_VERBS or lemma(verb.group(1).lower()) in en.CLAUSE_VERBS) and (
            not _ANSWER_TO.match(text, start, pos)):
        return False
    return not finite(WORD.findall(text, start, pos, False, CONCURRENT))


def as_scene_at(text: str, pos: int, end: int) -> bool:
    """Whether the comma at ``pos`` opens "as", a pronoun and a verb of coming or going
    (or "did"), the scene the words were said in or the writer's comparison (_AS_SCENE)."""
    return _AS_SCENE.match(text, pos, end, CONCURRENT) is not None


# "with" and a noun phrase that a participle follows after a comma: the
# writer's account of what went on around the report ("denied it, with aides
# calling the claim absurd", "leads the race, with polls showing ..."), no part of it
_WITH_ABSOLUTE = regex.compile(r",[^\S\n]+with[^\S\n]+(?:[\w’'.-]+[^\S\n]+){1,5}?[a-z]{3,}ing\b")
# "without" and a verb of telling, or what a report may lack, after a comma:
# the writer noting what the source left out ("said the army would respond,
# without giving details", "..., without elaborating", "..., without naming
# the company"), no part of what was said. (Not any participle: "would cut
# taxes, without raising fees" is the speaker's.)
_WITHHELD = regex.compile(
    r",[^\S\n]+without[^\S\n]+(?:(?:giving|offering|providing|elaborating|citing|naming|specifying|explaining|disclosing"
    r"|revealing|identifying|presenting|producing|detailing|commenting|going[^\S\n]+into)"
    r"|(?:(?:further|any)[^\S\n]+)?(?:elaboration|details?|evidence|comment|explanation|specifics|proof))\b"
)
# A reaction that words or deeds draw from others, after at most two modifiers: "loud cheers",
# "the support of most voters", "widespread criticism", "a sharp reply" (not "attention to": "drew
# attention to the cuts" points them out); what "drew" takes (`default_rules.clause_ends`) and
# what a participle after a report names (_REACTION_AFTER)
REACTION = (
    r"(?:(?:the|a|an|some|much|more|most)\s+)?(?:[\w’'-]+\s+){0,2}?(?:cheers|boos|applause|jeers|criticism|praise"
    r"|support|fire|ire|condemnation|laughter|scorn|rebukes?|backlash|ovations?|gasps|protests?|scrutiny"
    r"|outrage|anger|ridicule|repl(?:y|ies)|comparisons|attention(?!\s+to\b))\b"
)
# A participle of drawing or causing and a reaction after a comma: the writer's account of how others
# took the report ("said the mayor lied, drawing criticism from Democrats", "..., prompting a sharp
# rebuke", "..., sparking outrage"), no part of what was said. (Not any consequence: "the cuts would
# hurt, prompting layoffs", "could backfire, angering his supporters" are the speaker's.)
_REACTION_AFTER = regex.compile(
    r",[^\S\n]+(?:drawing|prompting|sparking|triggering|provoking|eliciting|attracting|igniting|fuell?ing)[^\S\n]+"
    + REACTION, regex.IGNORECASE)
# The reasons of the rules' end that no reading of the clause-end model overrules: the writer's note of
# what went unsaid (_WITHHELD), of how the report was taken (_REACTION_AFTER)
_WRITERS_NOTES = frozenset(["withheld", "reaction"])
# "..., but" that goes on with the report rather than the writer: "..., but
# that ...", "not for X, but because Y", "..., but not Y", "..., but rather Y",
# "not only X, but also Y".
_BUT_CONTINUES = regex.compile(r"\s+(?:that|not|rather|because|a|an|yet|instead|only|for|also)\b", regex.IGNORECASE)
# A finite predicate with no subject of its own after ", and" or ", but" shares
# the subject of the content's clause and goes on with it: "that the plan was
# fair, but required more work", "that he was unsure, and would wait": an
# auxiliary, a negated auxiliary or a verb in -ed (a verb of saying there,
# "..., but added that ...", is the source's next report, which rule_end finds).
_SHARED_SUBJECT_PREDICATE = regex.compile(
    r",\s+(?:and|but)\s+(?:(?:also|still|then|later|now)\s+)?"
    r"(?:(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b"
    r"|[a-z]+n[’']t\b|[a-z]{3,}ed\b)"
    # not an auxiliary before its subject: "..., but should he win, ..."
    r"(?!\s+(?:he|she|they|it|we|I|you|there)\b)"
)


# A comma inside a list, which goes on to "and" or "or" in short items:
# "by mail, phone and text", "in 2001, 2003 and 2005", "Ng, Lee, Roe or Ali".
# Annotators keep the whole list in the content (train: 224 times to 5).
# A verb phrase after the comma is no item: "..., throwing chairs and ...".
_LIST_ITEMS = regex.compile(
    r",\s+(?!(?:and|but|or|which|who|whose|where|when|while|he|she|they|it|we|I|said|says|despite|after|before|in|as"
    r"|with|including|according)\b)"
    # (not a participle or a verb in -ed: "..., throwing chairs and ...", "..., ruled X and ...")
    r"(?![a-z]+(?:ing|ed)\b)[\w’'-]+(?:\s+[\w’'-]+){0,2}(?:,\s+[\w’'-]+(?:\s+[\w’'-]+){0,2})*,?\s+(?:and|or)\s"
)


# A series of pasts after a comma, the last after "and": "Hill left the store, | grabbed a gun and
# fired", the content's subject acting on (_predicate_series)
_PREDICATE_SERIES = regex.compile(
    r",[^\S\n]+(?P<first>[a-z]{3,}ed|" + "|".join(sorted(en.IRREGULAR_PASTS)) + r")[^\S\n]+[^,;:.!?“”\"\n]{1,60}?"
    r"[^\S\n]and[^\S\n]+(?:then[^\S\n]+)?(?P<last>[a-z]{3,}ed|" + "|".join(sorted(en.IRREGULAR_PASTS)) + r")(?![\w’'-])"
)
_PREDICATE_SERIES_REACH = 90


def _predicate_series(ctx: Context, start: int, pos: int, end: int) -> bool:
    """Whether the comma at ``pos`` leads to the last two of a series of predicates in the past
    that share the subject of the content's clause ("said Hill left the store, | grabbed a gun
    and fired three times"): a content whose clause has a past of its own goes on with them,
    unless the first of them reports (", praised the mayor and ...": the source's next act)."""
    text = ctx.text
    m = _PREDICATE_SERIES.match(text, pos, min(end, pos + _PREDICATE_SERIES_REACH), CONCURRENT)
    if m is None or ctx.lexicon.cue_prior(m.group("first").lower()) >= _COORDINATED_REPORT_WEIGHT:
        return False
    before = [w.lower() for w in WORD.findall(text, start, pos, False, CONCURRENT)]
    return len(before) >= 3 and any(w.endswith("ed") or w in en.IRREGULAR_PASTS for w in before[1:])


def _shares_subject(ctx: Context, start: int, pos: int, end: int) -> bool:
    """Whether the break at ``pos`` leads to a predicate that shares the
    subject of the content's clause from ``start``. A content with no finite
    verb of its own ("criticized the plan, but had ...") has none to share:
    the source is the subject there."""
    m = _SHARED_SUBJECT_PREDICATE.match(ctx.text, pos, end, CONCURRENT)
    if m is None or not finite(WORD.findall(ctx.text, start, pos)):
        return False
    # "..., but would not oppose it", "..., and has endorsed Lee": a verb that
    # reports is the source's next report, as a coordinated cue reads it
    verbs = WORD.findall(ctx.text, m.start(), m.end() + 30)[:_PREDICATE_WORDS]
    return not any(ctx.lexicon.cue_prior(w.lower()) >= _COORDINATED_REPORT_WEIGHT for w in verbs)


# The words of a predicate after "and" or "but" where its verb stands: "but would not oppose"
_PREDICATE_WORDS = 5
# A relative clause closed by a comma stands inside the content ("the
# criticism, which is outlined in a report, is fair game"); one that runs to
# the end of the content is the writer's aside.
_RELATIVE_WORDS = frozenset(["who", "which", "where"])
# An appositive that ends the content describes its last noun for the reader
# ("..., a Republican running for an open seat", "..., the presumptive
# nominee"), or adds the writer's gloss ("..., a claim that X disputes").
_FINAL_APPOSITIVE = regex.compile(r",\s+(?:a|an|the)\s+[^,;:“”\"]*$", regex.IGNORECASE | regex.REVERSE)
# A final segment that goes on with "and" or "or" and another noun phrase, one with "the" or a
# name ("Israel, the nuclear deal and the budget", "Lipitor, the pill Zoloft or Viagra"), lists
# the last items of the content's own list, no appositive ("Lee, a pilot and former mayor")
_LAST_ITEMS = regex.compile(r",\s+(?:a|an|the)\s+[^,;:“”\"]*?\s(?:and|or)\s+(?:the\s|(?-i:\p{Lu}))", regex.IGNORECASE)
# or "a" or "an" and another after a common noun in the plural: the last items of a list of
# things ("90 homes, a new park and a school"), where a name's appositive would stand after a name
_LAST_THINGS = regex.compile(r",\s+(?:a|an)\s+[^,;:“”\"]*?\s(?:and|or)\s+(?:a|an)\s", regex.IGNORECASE)
_COMMON_NOUN_BEFORE = regex.compile(r"(?<![\w’'-])[a-z]{3,}s$")


def _last_things(text: str, start: int, comma: int, last: int) -> bool:
    """Whether the segment from ``comma`` lists the last things of a list after a plural
    common noun ("90 homes, a new park and a school"), not people who stand in apposition
    to it ("the owners, a builder and a nurse")."""
    if _LAST_THINGS.match(text, comma, last, CONCURRENT) is None:
        return False
    if _COMMON_NOUN_BEFORE.search(text, max(start, comma - 30), comma) is None:
        return False
    return not any(w.lower() in en.PERSON_NOUNS for w in WORD.findall(text, comma, last, False, CONCURRENT))
# A participle, a coordinated verb or a new clause after a comma that starts
# a new report ends content: "..., calling them ...", "... and said she had
# been ...", "..., he also accuses them of ...", "..., and he repeated it ...".
_NEXT_REPORT = regex.compile(
    r"(?:,\s+(?!and\b|but\b)(?:when\s+|while\s+|after\s+|before\s+|(?P<subject>he|she|they|we|I)\s+(?:also\s+|then\s+|later\s+)?)?"
    r"|,?\s+(?:and|but)\s+(?:(?P<joined>he|she|they|we|I)\s+)?(?:also\s+|then\s+|later\s+|did\s+)?)(?P<word>[a-z]+)\b"
)
# The verbs of saying a clause coordinated after a comma, with a pronoun for its subject, reports
# with as a rule ("..., and he repeated the claim on radio": the speaker's next act, no more of
# the content); any other verb goes on with it ("..., and he had total access")
_JOINED_REPORT_VERBS = en.THAT_VERBS | en.INVERTING_VERBS | en.ADDRESS_VERBS


_NEXT_REPORT_WEIGHT = 0.15
# A verb coordinated after the content ("... and wanted a candidate who ...",
# "... but decided to proceed") goes on with the content's own verb as often
# as it starts the source's next report, unless it reports as a rule: only
# a sure cue ("and praised ...", "and accused ..."), or a verb of saying
# before "that", ends the content there.
_COORDINATED_REPORT_WEIGHT = 0.45
# A finite predicate coordinated after the content, which _coordinated_predicate
# weighs: an auxiliary ("... and has worked ...", "... but is undecided",
# "... but did not name any"), a verb in -ed, or a pronoun and its verb.
_COORDINATED_FINITE = regex.compile(
    r",?\s+(?:and|but)\s+(?:(?:also|then|later|still|now|instead|since|so\s+far|repeatedly|never|not|[a-z]{3,}ly)\s+)*"
    r"(?:(?P<aux>is|are|was|were|has|had|will|would|can|could|may|might|must|should|did|does)\b"
    # a verb in -ed, not an adjective before its noun ("and advanced fuels")
    r"|[a-z]{3,}ed(?=\s+(?:(?:the|a|an|his|her|their|its|him|them|it|to|for|on|in|at|with|by|up|out|down|back|off)\b|[A-Z\d]))"
    # a new clause with a pronoun for its subject ("... and he did not ...")
    # (an aside may follow it: "... and he, once again, pledged ...")
    r"|(?:he|she|they|we|I)(?:\s+(?=[a-z])|,\s)"
    # a verb's irregular past ("... and took the stage", "... but gave no date"), not its participle
    r"|(?:" + "|".join(sorted(en.IRREGULAR_PASTS)) + r")\b"
    # a past the same as its bare form before "its" or "their" ("..., and cut its forecast"): read
    # in `_coordinated_predicate`, after a comma only, when that pronoun may stand for the source
    r"|(?P<bare>" + "|".join(sorted(en.BARE_FORM_PASTS)) + r")(?=\s+(?P<owner>its|their)\s))"
)


# what may follow the place the speaker left: the clause's end, "and" or an adverb of time (not
# "left the hall in ruins", "left the chamber divided": what the clause's subject left behind)
_LEFT_PLACE_END = r"(?=\s*[.,;!?]|\s*$|\s+(?:and|early|abruptly|shortly|immediately|without|after|before)\b)"

# The speaker leaving or closing the talk after a reported clause, and the end of the clause
# after it: "... and walked away.", "... and then left,", "... and stormed out of the room",
# "... and left the room", "... and walked off the stage" (``default_lexicon.LEAVING_PLACES``),
# "... and hung up", "... and declined to elaborate" (``default_lexicon.LEAVING_PASTS``); a refusal
# to say more after "but" too: "... but did not elaborate", "... but gave no further details"
_SPEAKER_EXIT = regex.compile(
    r",?\s+and\s+(?:then\s+)?(?:(?:" + "|".join(sorted(en.LEAVING_PASTS)) + r")(?:\s+(?:" + "|".join(sorted(en.LEAVING_PARTICLES)) + r"))?"
    r"(?=\s+of\b|\s*[.,;!?]|\s*$|\s+the\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(en.LEAVING_PLACES)) + r")" + _LEFT_PLACE_END + r")|hung\s+up\b)"
    # after a quotation's close, any movement of the speaker's: "said “No” and walked to the door"
    r"|(?<=[”\"])\s+and\s+(?:then\s+)?(?:" + "|".join(sorted(en.LEAVING_PASTS | en.MOTION_PASTS)) + r")(?=\s)"
    r"|,?\s+(?:and|but)\s+(?:then\s+)?(?:(?:(?:declined|refused)\s+to|(?:did|would|could)\s+not|(?:didn|wouldn|couldn)[’']t)\s+"
    r"(?:immediately\s+|further\s+)?(?:" + "|".join(sorted(en.SAYING_MORE_VERBS)) + r")"
    r"|(?:gave|offered|provided)\s+no\s+(?:further\s+|more\s+|other\s+|additional\s+)?(?:"
    + "|".join(sorted(en.SAYING_MORE_NOUNS)) + r"))\b"
)


def _speaker_exit(ctx: Context, start: int, end: int) -> int | None:
    """Where the speaker's leaving or closing the talk starts after a reported clause in
    [start, end) ("the pier was safe | and walked away", "... | and declined to elaborate"):
    the speaker's next act ends the content; None when there is none, or it is quoted."""
    if ctx.text.find("and ", start, end) < 0 and ctx.text.find("but ", start, end) < 0:
        return None  # (the cheap test first)
    m = _SPEAKER_EXIT.search(ctx.text, start, end, CONCURRENT)
    return m.start() if m is not None and not ctx.layout.inside_quote(m.start()) else None


def coordinated_finite(text: str, pos: int, end: int) -> int | None:
    """Where a finite predicate coordinated after a phrase starts, between ``pos``
    and ``end`` ("the backing of Roe | and ran on the pier", "... | but is
    undecided"; see ``_COORDINATED_FINITE``); None when none is."""
    m = _COORDINATED_FINITE.search(text, pos, end)
    return m.start() if m is not None else None


# A participle coordinated after the content of a participle: "..., touting her record and pounding him"
_COORDINATED_PARTICIPLE = regex.compile(
    r",?\s+and\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing(?=\s+(?:(?:the|a|an|his|her|their|its|him|them|it|to|for|on|about|with|up|out)\b|[A-Z]))"
)
# The participle that opens a report right before its content: "touting", "repeatedly calling for"
_PARTICIPLE_CUE = regex.compile(r"\b[a-z]{3,}ing(?:\s+(?:for|on|about|at|to|out|up))?\s*$")
# A comma splice that opens a new report with a short noun-phrase subject, as
# headlines write two reports: "Minister says X, opposition calls it Y"
_SPLICED_SUBJECT = regex.compile(
    r",\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?P<noun>[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?P<word>[a-z]+)\b"
)
_NOT_SUBJECTS = en.SUBORDINATORS | en.OBJECT_PRONOUNS | en.SENTENCE_ADVERBS | frozenset(
    "which who whom whose that this these those what where when while including and but or nor so as of for from in at with on to by "
    "according also then later first last now still just only even".split()
)
_THAT_AHEAD = regex.compile(r"\s+that\s")


# a particle right after a word, not one of a number's share ("ten points out of ten")
_PARTICLE_NOT_OF = regex.compile(r"[^\S\n]+([a-z]+)\b(?![^\S\n]+of\b)")


def saying_phrasal(text: str, start: int, end: int, limit: int) -> bool:
    """Whether the word at [start, end) and the particle after it make a
    phrasal verb of saying (``default_lexicon.SAYING_PHRASALS``: "points
    out"), a cue though its head alone is mostly a noun or weighs little."""
    particle = _PARTICLE_NOT_OF.match(text, end, limit, CONCURRENT)
    if particle is None or (lemma(text[start:end].lower()), particle.group(1)) not in en.SAYING_PHRASALS:
        return False
    # not a noun's: "the points out there", "won 12 points out west", "scored points out on the road"
    before = max(0, start - 16)
    return NOUN_MARKER_BEFORE.search(text, before, start) is None and _OBJECT_BEFORE.search(text, before, start) is None


# a number or a verb in the past right before a word, whose object the word is
_OBJECT_BEFORE = regex.compile(r"(?:\d|(?<![\w’'])[a-z]+ed)[^\S\n]+$")


# a determiner right before a word, which makes a noun of it
NOUN_MARKER_BEFORE = regex.compile(
    r"(?<![\w’'])(?:the|a|an|no|many|his|her|their|its|our|my|your|every|each|this|these|those)[^\S\n]+$",
    regex.IGNORECASE)


def _base_form(word: str) -> bool:
    """A verb's bare form ("tell", "show"), as far as its spelling and the lemma table tell."""
    return not word.endswith(("ed", "s", "ing")) and lemma(word) == word.lower()


# A closing quotation mark, a dash and a name: the quotation's own credit
_DASH_CREDIT = regex.compile(r"[”\"][^\S\n]*(?:--|[―—–])[^\S\n]*[A-Z]")


def content_end(ctx: Context, start: int, end: int) -> int:
    """Content runs to the sentence end, or to a boundary after a comma, or to
    a participle or coordinated verb that starts a new report; an appositive
    that ends it is left out. At each comma or dash on the way the clause-end
    model (``data/clause_ends.tsv``) weighs whether the content stops there,
    the rules' own verdict among what it reads."""
    model = clause_end_model()
    if model is None:
        stop = rule_end(ctx, start, end)[0]
    else:
        stop = walk_breaks(ctx, start, end, lambda pos, feats, rules_stop: stops(model, feats, rules_stop))
    for closing in _CLOSINGS_BEFORE_MEDIUM:
        stop = _before_closing(ctx, start, stop, closing)
    stop = before_final_medium(ctx, start, stop, bare=False)[0]  # "..., in remarks carried by state media."
    for closing in _CLOSINGS_AFTER_MEDIUM:
        stop = _before_closing(ctx, start, stop, closing)
    if (cut := _before_closing(ctx, start, stop, _OTHERS_REPORT_CLOSING)) < stop and not finite(
            WORD.findall(ctx.text, start, cut, False, CONCURRENT)):
        # "approved the plan | in a decision residents say is unfair": another's report on the act
        # ends a content that is a noun phrase (a clause may hold it: "said the council acted in a
        # way residents say is unfair" reports the whole)
        stop = cut
    if (demonstrative := _DEMONSTRATIVE_OBJECT.match(ctx.text, start, stop, CONCURRENT)) is not None:
        return demonstrative.end(1)
    stop = _before_host_verb(ctx, start, stop, end)
    stop = _past_exclaimed_quotation(ctx, start, stop)
    stop = _within_open_parenthesis(ctx.text, start, stop)
    return _outside_open_parenthesis(ctx.text, start, _before_occasion_after_quotation(ctx, start, stop))


def _past_exclaimed_quotation(ctx: Context, start: int, stop: int) -> int:
    """Where a content that opens with a quotation closed by "!" or "?" ends when words
    follow the close: the exclamation or question quoted whole is what the verb reports,
    the words after it go on with the writer's sentence ("When Lee yelled “Liar!” the mayor
    smiled", "Roe asked “Why now?” before the vote"); ``stop`` otherwise."""
    text = ctx.text
    q = skip_space(text, start, stop)
    if q >= stop or text[q] not in "“\"":
        return stop
    part = ctx.layout.quoted_part_at(q)
    if part is None or part[0] != q or part[1] >= stop or text[part[1] - 1] not in "”\"" or text[part[1] - 2] not in "!?":
        return stop
    return part[1] if WORD.search(text, part[1], stop) is not None else stop


# What may stand between a report in a sentence's subject and the sentence's start: no clause mark
_SUBJECT_LEAD_MARKS = regex.compile(r"[;:()“”\"—–―]|\s-\s")
# The words after a cue that lead to its content: "comment that", "warning about", "plans to"
_CUE_LINKS = frozenset("that whether to about of for on".split())
# The links after which the content is no clause but a noun phrase ("warning about the war")
_NOUN_LINKS = frozenset("about of for on".split())
# Words before a report noun that make it no verb: "the claim", "her comment"
_NOUN_DETERMINERS = frozenset("the a an his her their its our my your this".split())
# A relative pronoun after the subject's head: "Voters who believe ..." (not "that", a
# complementizer as often: "noting that ...")
_SUBJECT_RELATIVES = frozenset("who which".split())
# The nouns of a view held ("who are of the view that", "who took the view that") and the words of
# its phrase before the noun, the cue's as the relative's verb is
_VIEW_NOUNS = frozenset(["view", "opinion"])
_VIEW_PHRASE_WORDS = frozenset(
    "of the considered firm clear same prima facie not also still firmly clearly remain remains remained "
    "hold holds held holding take takes took taken taking".split())
# The most words before a report noun in a subject: "President Obama's ban on ..."
_NOUN_LEAD_WORDS = 3
# Words after which a verb in -ed is none of a clause's own finite verbs: "having ended", "to be named"
_NOT_FINITE_BEFORE = frozenset("to having being been be get got".split())
# Words that open a clause inside the content, whose verb group is not the host's:
# "the pier that was built in 1900 will close", "used it while she was in office"
_EMBEDDING = frozenset("that which who whom whose where when while because if although though since as after before until unless".split())
# Words that coordinate or separate clauses: a verb group after them may be a new predicate of the content
_COORDINATORS = frozenset("and or but nor than".split())
# Clause punctuation between two verb groups: the second may open a new clause
_GAP_MARKS = regex.compile(r"[,;:()“”\"—–―]")


def _lead_finite(words: list[str]) -> bool:
    """Whether the words before a report hold a finite verb: :func:`finite`'s
    reading, a past such as "said" or "made", or a subject pronoun with its
    clitic ("She's", "I'm", "That’s")."""
    return finite(words) or any(
        w in en.IRREGULAR_PASTS or _CLITIC.split(w.lower(), 1, CONCURRENT)[0] in _CLITIC_HOSTS and _CLITIC.search(w, 0, len(w)) is not None
        for w in words)


_CLITIC = regex.compile(r"[’']")
_CLITIC_HOSTS = en.SUBJECT_PRONOUNS | frozenset("it you there that what who here".split())


# The longest stretch before a content read as its sentence's subject: a head, a relative
# clause of 20 words at most and the cue ("An official who asked not to be named because ...")
_SUBJECT_LEAD_CHARS = 200


def _subject_lead(ctx: Context, start: int) -> tuple[str, str, str]:
    """How a report whose content starts at ``start`` stands in its sentence's
    subject, the sentence's own finite verb yet to come: "participle"
    ("Investors expecting ..."), "relative" ("Voters who believe ..."), "noun"
    ("Her comment that ...", "Their refusal to ..."), "noun phrase" (a
    noun's content that is no clause: "Her attacks on ..."), or "" when the
    words before the content are no such subject; the cue's word, and the
    word that links the content to it ("that", "to", "about") if any. A short
    phrase fronted with its comma may open the sentence ("In May, voters who
    believe ...")."""
    text = ctx.text
    starts = ctx.layout.sentence_starts
    i = bisect.bisect_right(starts, start) - 1
    if i < 0:
        return "", "", ""
    lo = starts[i]
    comma = text.rfind(",", lo, start)
    if start - max(lo, comma + 1) > _SUBJECT_LEAD_CHARS:
        return "", "", ""  # no subject runs so long: reading its words would cost a long sentence dear
    if comma >= 0:
        if not fronted_phrase(text, lo, comma):
            return "", "", ""
        lo = comma + 1
    if _SUBJECT_LEAD_MARKS.search(text, lo, start, CONCURRENT) is not None:
        return "", "", ""
    found = list(WORD.finditer(text, lo, start, False, CONCURRENT))
    words = [m.group() for m in found]
    link = ""
    if len(words) > 2 and words[-1] in _CUE_LINKS:
        link = words.pop()
    if len(words) < 2:
        return "", "", ""
    cue, pre = words[-1], words[:-1]
    # a plural's possessive mark stands after its word: "Reuters’ claim that ..."
    plural_possessor = text.startswith(("’", "'"), found[len(pre) - 1].end())
    first = pre[0].lower()
    if first in en.SUBORDINATORS or first in _CLAUSE_OPENERS or first in _SUBJECT_PRONOUNS or pre[-1] in _FRONTING_WORDS:
        return "", "", ""  # "When voters ...", "in explaining ...": no subject of the sentence
    for k in range(1, len(pre)):
        if pre[k] in _SUBJECT_RELATIVES:
            # "Voters who (have long) believe(d) ...": the relative's verb is the cue itself
            # ("Experts who are of the view | took the view that ...": the phrase of a view held is the cue's)
            skip = _VIEW_PHRASE_WORDS if cue in _VIEW_NOUNS else ()
            verbs = [w for w in pre[k + 1 :] if w not in en.AUXILIARIES and not w.endswith("ly") and w not in skip]
            return ("", "", "") if verbs or _lead_finite(pre[:k]) else ("relative", cue, link)
    if _lead_finite(pre) or not cue.islower() or ctx.lexicon.cue_prior(cue) <= 0:
        return "", "", ""
    if cue.endswith("ing"):
        return "participle", cue, link
    if len(pre) <= _NOUN_LEAD_WORDS and (pre[-1].lower() in _NOUN_DETERMINERS or pre[-1].endswith(("’s", "'s")) or plural_possessor):
        return ("noun phrase" if link in _NOUN_LINKS else "noun"), cue, link
    return "", "", ""


def _verb_groups(text: str, start: int, end: int) -> tuple[list[int], int]:
    """Where each verb group of [start, end) that may be the host sentence's
    own starts, as far as a reader without a tagger can tell: a finite
    auxiliary ("will close", "may want") or a verb in the past ("angered"),
    an adverb before it with it ("also did not"), not one of a clause the
    content embeds ("the pier that was built ..."); and where the reading
    stopped: at a second group, at ``end``, or at a comma, a quotation or a
    coordinator after the first group, past which a verb group may be a new
    predicate of the content's own."""
    groups: list[int] = []
    embedded = False  # the next group is an embedded clause's
    in_group = False  # words of the group go on: auxiliaries, adverbs, then its verb
    prev = ""
    adverb = -1  # where a run of adverbs right before the current word starts
    pos = start
    for k, m in enumerate(WORD.finditer(text, start, end, False, CONCURRENT)):
        word = m.group()
        low = word.lower()
        if groups and _GAP_MARKS.search(text, pos, m.start(), CONCURRENT) is not None:
            return groups, pos
        pos = m.end()
        if in_group:
            in_group = low in en.AUXILIARIES or low.endswith("ly")
            prev = low
            continue
        if k == 0 and low in ("that", "whether"):
            prev = low
            continue
        if low in _COORDINATORS:
            if groups:
                return groups, m.start()
        elif low in _EMBEDDING:
            embedded = True
        else:
            # (not after "to", "having", a preposition or a determiner: "for failed talks", "the embattled mayor")
            past = word.islower() and (len(word) > 4 and word.endswith("ed") or word in en.FINITE_PASTS or word in _SHORT_PASTS) and not (
                prev in _NOT_FINITE_BEFORE or prev in _FRONTING_WORDS or prev in _NOUN_DETERMINERS)
            if word in en.FINITE_AUXILIARIES or word.endswith(("n’t", "n't")) or past and not text.startswith(" by ", m.end()):
                if embedded:
                    embedded = False
                else:
                    groups.append(m.start() if adverb < 0 else adverb)
                    if len(groups) == 2:
                        return groups, m.start()  # the host's verb group: what follows is none of the content's
                in_group = word in en.FINITE_AUXILIARIES or not past
        is_adverb = low.endswith("ly") or low in _GROUP_ADVERBS
        adverb = (m.start() if adverb < 0 else adverb) if is_adverb else -1
        prev = low
    return groups, end


def second_verb_group(ctx: Context, start: int, end: int) -> int | None:
    """Where the sentence's own verb group starts when the clause from ``start``, which
    a noun in the sentence's subject takes, holds a second one after its own ("that the
    vote was rigged | drew anger"), else None (``_verb_groups``' reading)."""
    groups = [g for g in _verb_groups(ctx.text, start, end)[0] if not ctx.layout.inside_quote(g)]
    return groups[1] if len(groups) >= 2 else None


# Pasts in -ed of four letters, which most such words are not ("need", "shed")
_SHORT_PASTS = frozenset("used owed lied died".split())
# Adverbs that may stand before a verb group's auxiliary: "also did not", "still is"
_GROUP_ADVERBS = frozenset("also still never not just even only now then instead already".split())


def _before_host_verb(ctx: Context, start: int, stop: int, end: int) -> int:
    """A report inside its sentence's subject ends before the sentence's own
    verb: "Investors expecting the bank to cut rates | may want to wait",
    "Her comment that the pier will close | angered the union", "Voters who
    believe the tax will rise | are angry". The content's clause keeps its
    own verb group (the first), and a noun phrase or an infinitive has none
    ("expecting a deal | may want"): one verb group alone in the sentence
    from the content on is the sentence's, unless the cue is a verb whose
    bare object is a clause ("calls saying shots were fired"), or "that" or a
    subject pronoun opens the content ("who said they would vote")."""
    text = ctx.text
    if start >= stop or ctx.layout.inside_quote(start):
        return stop
    # some rules start a content one past the space before it ("that he ..."): read its first word whole
    partial = _WORD_PART.search(text, max(0, start - 20), start, CONCURRENT) if text[start].isalnum() else None
    if partial is not None:
        start = partial.start()
    lead, cue, link = _subject_lead(ctx, start)
    if not lead:
        return stop
    groups, read = _verb_groups(text, start, stop)
    first = WORD.match(text, skip_space(text, start, stop), stop, CONCURRENT)
    if first is None:
        return stop
    groups = [g for g in groups if g > first.start() and not ctx.layout.inside_quote(g)]
    if not groups:
        return stop
    word = first.group().lower()
    if lead == "noun phrase" or word == "to":
        return groups[0]
    if len(groups) >= 2:
        return groups[1]
    if (word not in _CLAUSE_OPENERS and word not in _SUBJECT_PRONOUNS and link not in _COMPLEMENTIZERS and lemma(cue) not in en.CLAUSE_VERBS
            and not _host_verb_after(text, read, end)):
        return groups[0]
    return stop


def _host_verb_after(text: str, pos: int, end: int) -> bool:
    """Whether [pos, end) holds a finite auxiliary or a past that is no participle
    ("took") outside a clause it embeds (not "reports that had injured three")."""
    for m in _FINITE_AFTER.finditer(text, pos, end, False, CONCURRENT):
        before = [w.lower() for w in WORD.findall(text, max(pos, m.start() - 40), m.start(), False, CONCURRENT)[-3:]]
        if not any(w in _EMBEDDING for w in before):
            return True
    return False


# A finite auxiliary or a past that is no participle ("took", "fell"), in what follows a content
_FINITE_AFTER = regex.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(en.FINITE_AUXILIARIES | en.FINITE_PASTS)) + r")(?![\w’'-])|n[’']t\b"
)


# how far before a content's start the bracket it opens inside may stand
_ASIDE_REACH = 240


def _within_open_parenthesis(text: str, start: int, end: int) -> int:
    """Where a content ends that opens inside an aside in brackets: at the aside's close ("The
    board voted (Lee said it was unfair) and fares rose": "it was unfair"), for what the
    sentence says after the aside is no one's report in it. ``end`` when the content opens
    inside no bracket of its paragraph or the aside does not close before ``end``."""
    closing = text.find(")", start, end)
    if closing < 0:
        return end
    paren = text.rfind("(", max(0, start - _ASIDE_REACH), start)
    if paren < 0 or text.find(")", paren, start) >= 0 or text.find("\n", paren, start) >= 0:
        return end
    if text.find("(", start, closing) >= 0:
        return end  # ("(Lee said the crews would return (in June) ...": a bracket of its own first)
    return trim(text, start, closing)[1]


def _outside_open_parenthesis(text: str, start: int, end: int) -> int:
    """Where a content ends that would end inside a parenthesis it opened: before
    the parenthesis ("said Lee wants 30 piers (in fact, he has asked for three)",
    cut at the comma inside it, ends at "piers"), for no content ends inside an
    aside it does not close (train: 5 such ends, none right, 3 of their gold
    contents ending before the parenthesis). ``end`` when no parenthesis is left open."""
    paren = text.rfind("(", start + 1, end)
    if paren < 0 or text.find(")", paren, end) >= 0:
        return end
    return trim(text, start, paren)[1]


def _before_occasion_after_quotation(ctx: Context, start: int, end: int) -> int:
    """Where a content ends before the occasion or day of the report that
    follows its last quotation, or before a comment of the writer's set off
    by a dash after it ("“a relic” — a word the mayor regrets") ("called the plan “a farce” in a post",
    "said the vote was “rigged” on Tuesday"): the quoted words are the
    report, the words after the closing mark tell where or when it was made.
    Not after a title ("on “Good Morning America” in May"), nor when another
    quotation follows, nor before "at" (a place the quoted words may have
    been said in first: "a “poor choice” at a rally") or a month (the time of
    what is reported: "“very close” in November"), nor when a predicate of the
    content follows the occasion; ``end`` when nothing is cut."""
    last = None
    for last in ctx.layout.quotations_ending_in(start + 1, end - 1):
        pass
    if last is None or not last.closed or last.start < start:
        return end
    pos = last.end
    text = ctx.text
    if ctx.layout.quotation_starts_in(pos, end) or _TITLE_QUOTATION.fullmatch(text, last.start, pos):
        return end
    if _DASH_COMMENT.match(text, pos, end) is not None:
        return pos  # "... “a national election” — an issue Democrats fear": the writer's comment
    m = _OCCASION.match(text, pos, end)
    if m is None:
        return end if _REPORT_DAY.match(text, pos, end) is None else pos
    # (not when the content goes on with a predicate of its own: "did “great” in the debate and is sure ...")
    return end if m.group(1).lower() == "at" or coordinated_finite(text, m.end(), end) is not None else pos


# What hears evidence in court reporting, and the frame that says it was heard, set off
# after what was heard: "Y, the court heard.", "Y, the inquest was told on Monday."
# (a court by its name: "Leeds Crown Court", "Westminster Magistrates' Court", "the Old Bailey"; a
# jury or an inquest at one: "the jury at Leeds Crown Court")
_COURT_NAME = r"(?:(?-i:\p{Lu})[\w’'.-]*[^\S\n]+){1,4}(?:court|tribunal)|(?-i:Old[^\S\n]+Bailey)"
# a chamber of a legislature by its capitalised name hears what a minister or a member tells it, as a
# court does: "The Commons heard that", "the Lok Sabha was told", "the House of Lords heard"; so do
# a council's meeting and the members of a devolved chamber ("the meeting heard that", "MSPs were told");
# and the Senate's hearings of estimates, where the Australian Senate questions officials on the budget,
# by their name ("Senate estimates heard that", "Senate Estimates was told")
_CHAMBER_NAME = (r"(?-i:Commons|Lords|Lok[^\S\n]+Sabha|Rajya[^\S\n]+Sabha|Vidhan[^\S\n]+Sabha|Senate(?:[^\S\n]+[Ee]stimates)?"
                 r"|Assembly|Parliament"
                 r"|House(?:[^\S\n]+of[^\S\n]+(?:Commons|Lords|Representatives|Delegates))?)")
# the words that name which hearing or committee it is, before its noun: "the Senate estimates hearing",
# "the House Intelligence Committee", "the coroner's court" (no preposition nor clause word among them)
_BODY_MODIFIER = r"(?!(?:at|in|of|on|for|to|by|with|from|who|which|that|and|or|but)\b)[\p{L}’'-]+[^\S\n]+"
# where a hearing sits, by a place's capitalised name after "at" or "in", a second after "in" ("the
# inquest in Truro", "an inquest at County Hall in Truro", "the jury at Leeds Crown Court")
_HEARING_PLACE = (r"(?:[^\S\n]+(?:at|in)[^\S\n]+(?:the[^\S\n]+)?(?:" + _COURT_NAME
                  + r"|(?-i:\p{Lu}[\p{L}’'-]+)(?:[^\S\n]+(?-i:\p{Lu}[\p{L}’'-]+)){0,2})){0,2}")
HEARING_BODY = (r"(?:(?:the|an?)\s+(?:" + _BODY_MODIFIER + r"){0,3})?(?:(?:court|jury|inquest|tribunal|hearing|trial|inquiry|bench|committee|meeting)"
                + _HEARING_PLACE + r"|" + _COURT_NAME + r"|" + _CHAMBER_NAME + r"|jurors|(?-i:MPs|MSPs|MLAs)|peers|magistrates"
                # the members of a chamber, as "MPs": "Members of Parliament heard that", "members of the Senate were told"
                + r"|members[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?" + _CHAMBER_NAME + r")")
HEARING_VERB = r"(?:heard|hears|(?:has|have|had)\s+heard|(?:was|were)\s+told|(?:has|have|had)\s+been\s+told)"
HEARING_FRAME_END = regex.compile(
    r",[^\S\n]+" + HEARING_BODY + r"[^\S\n]+(" + HEARING_VERB + r")\b[^.!?;,\n]{0,40}[.!?]?[\s" + CLOSING_QUOTE_CLASS + r"]*$",
    regex.IGNORECASE)
# a verb coordinated after a content with no subject of its own: "... and attacked him"
_COORDINATED_VERB = regex.compile(
    r"[^\S\n]*,?[^\S\n]+(?:and|but)[^\S\n]+(?:then[^\S\n]+|later[^\S\n]+)?"
    r"(?!(?:he|she|they|it|we|I|you|the|an?|his|her|its|their|this|that|there)\b)[a-z]+\b")


def hearing_content_end(ctx: Context, start: int, end: int) -> int:
    """Where the evidence a court, jury or inquest heard ends: as a content ends,
    but on over a verb coordinated with no subject of its own, which the body that
    heard cannot do ("The court heard that Lee followed Roe home and attacked him":
    Lee attacked, not the court), where after a person the verb might be the
    source's next report ("Lee heard that Y and warned ...")."""
    text = ctx.text
    stop = content_end(ctx, start, end)
    for _ in range(3):  # (a few coordinated verbs at most: "... and hit him and fled")
        m = _COORDINATED_VERB.match(text, stop, end)
        if m is None or ctx.layout.inside_quote(m.start()):
            break
        stop = content_end(ctx, m.end(), end)
    return stop


# An aside in parentheses that ends the content: the writer's comment on it
# ("... on firm legal ground (naturally).", "... a private server (an
# arrangement the inquiry uncovered)."); not an acronym or a name ("the Trade
# Partnership (TPP)", "(Harvard)") nor a party label ("(R-Texas)")
_FINAL_ASIDE = regex.compile(r"[^\S\n]+\((?![RDI]-|[" + OPENING_QUOTE_CLASS + r"]|[A-Z][\w.&-]*\))[^()\n]{1,150}\)[\s.!?;:," + CLOSING_QUOTE_CLASS + r"]*$")


# The occasion of a report told after its content: "said the state would act while addressing a
# rally", "said this while speaking to reporters" (Indian copy): the speaker's act, no part of the content
_SPEAKING_OCCASION = regex.compile(
    r",?[^\S\n]+while[^\S\n]+(?:(?:addressing|briefing)[^\S\n]+(?:(?:a|an|the|his|her|their)[^\S\n]+)?(?:[\w’'-]+[^\S\n]+){0,3}?"
    r"(?:rally|rallies|conference|meeting|gathering|crowd|reporters|journalists|media|press|supporters|workers|event"
    r"|session|assembly|house|parliament|students|audience|function|convention|summit|voters|people)\b"
    r"|(?:speaking|talking)[^\S\n]+(?:to|with)|interacting[^\S\n]+with)\b")


# A bare "this" the cue takes as its object, then where, when or to whom it was said: "disclosed
# this in a statement on Sunday", "stated this when he received the delegation", "said this
# at a news conference", "revealed this to journalists": the content is the pronoun alone (not
# "said this in itself was wrong", "believed this to be true": the pronoun opens a clause)
_DEMONSTRATIVE_OBJECT = regex.compile(
    r"[^\S\n]*(this)[^\S\n]+(?:when|while|during|after|before|yesterday|today|shortly"
    r"|on[^\S\n]+(?:" + "|".join(d.capitalize() for d in en.DAY_NAMES) + r")"
    r"|(?:on|at|in)[^\S\n]+(?:a|an|the|his|her|their|its)(?![^\S\n]+(?:past|end|long|same|first|least|own|whole|other)\b)"
    r"|to[^\S\n]+(?:the|our|his|her|their|journalists|reporters|newsmen|correspondents))\b")


@attrs.frozen
class _Closing:
    """A phrase that closes a content and is no part of it: its pattern, a
    word or mark any match holds (a cheap test before the pattern), and how
    many characters of the content's tail it is looked for in (None: all)."""

    pattern: regex.Pattern
    needles: tuple[str, ...]
    window: int | None = None


def _before_closing(ctx: Context, start: int, end: int, closing: _Closing) -> int:
    """Where a content ends before the closing phrase, outside quotations, or ``end``."""
    lo = start if closing.window is None else max(start, end - closing.window)
    if all(ctx.text.find(needle, lo, end) < 0 for needle in closing.needles):
        return end
    m = closing.pattern.search(ctx.text, lo, end)
    if m is None or m.start() <= start or ctx.layout.inside_quote(m.start()):
        return end
    return m.start()


# The writer's note, set off by a comma, that what was reported could not be checked: "..., figures
# that could not be independently verified", "..., a claim that has not been confirmed"
_UNVERIFIED_GLOSS = regex.compile(
    r",[^\S\n]+(?:(?:a|an|the)[^\S\n]+)?(?:[\w’'-]+[^\S\n]+){0,2}?"
    r"(?:figures?|numbers?|claims?|tolls?|accounts?|reports?|assertions?|allegations?|details?|tall(?:y|ies)|statements?)"
    r"[^\S\n]+(?:that|which)[^\S\n]+(?:could|can|cannot|were|was|have|has|had)[^\S\n]+(?:not[^\S\n]+)?(?:be(?:en)?[^\S\n]+)?"
    r"(?:(?:immediately|independently)[^\S\n]+){0,2}(?:verified|confirmed)\b",
    regex.IGNORECASE)

# The writer's note at a content's end, set off by a comma, that gives another name for what was
# named ("vowed to defeat the Islamic State, also known as ISIS"): no part of what was said (not
# an alias the content goes on past: "said the group, also known as ISIS, was blamed")
_ALIAS_GLOSS = regex.compile(
    r",[^\S\n]+(?:(?:also|better|more[^\S\n]+commonly|commonly|formerly|previously|then|now)[^\S\n]+)?known[^\S\n]+as"
    r"[^\S\n]+[^,;:()“”\"\n]{1,60}?[\s.!?;:,”\"’']*$")

# The finite forms of the verbs that take a turn to speak ("said", "replied", "interjected"),
# as a pattern's alternatives, the longest first: a reply's, a turn's (`resolve`)
TURN_VERB_FORMS = "|".join(sorted(
    finite_forms(en.INVERTING_VERBS | en.QUOTING_VERBS | {"interject", "interrupt"}) | en.REPLY_VERBS, key=lambda w: (-len(w), w)))
# Another speaker's reply to the report, set off as a relative clause at its end: "said the pier was safe,
# to which Roe replied: ...", "..., at which point Roe interjected": the reply's turn, no part of the content
_REPLY_RELATIVE = regex.compile(
    r",[^\S\n]+(?:to|at)[^\S\n]+which(?:[^\S\n]+point)?[^\S\n]+(?:[\w.’'-]+[^\S\n]+){1,4}?(?:" + TURN_VERB_FORMS + r")\b")
# A quotation set off by dashes, with its own speaker and cue, at the content's end: "suggested
# the plan would work - “Again, we need the details,” she said - and ...": the quotation is the
# speaker's aside inside the writer's sentence, no part of the report around it
_DASHED_QUOTATION_ASIDE = regex.compile(
    r"(?:[^\S\n]-[^\S\n]|[^\S\n]?[—–][^\S\n]?)(?=[“\"][^“”\"\n]{1,400}[,!?][”\"][^\S\n]+(?:[\w.’'-]+[^\S\n]+){1,4}?(?:"
    + "|".join(sorted(finite_forms(en.INVERTING_VERBS | en.QUOTING_VERBS), key=lambda w: (-len(w), w))) + r")\b[^\S\n]*(?:\Z|[-—–,]))")

# Another's report on an act, told in a relative clause with no "that" on the noun of the act,
# in a phrase at the content's end: "approved the plan | in a decision residents say is unfair",
# "raised fares | in a move critics said would hurt commuters"; the act's noun and the clause are
# the other speaker's words, no part of the first report (not the medium of the report itself:
# "said in a statement officials say ...")
_OTHERS_REPORT_IN_PHRASE = regex.compile(
    r"[^\S\n]+in[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+)?"
    r"(?!(?:statement|interview|letter|speech|post|tweet|email|e-mail|message|video|report|note|memo|filing|release)\b)"
    r"\p{Ll}[\w-]*[^\S\n]+(?:(?:the|some|many|most|its|his|her|their)[^\S\n]+)?(?:[\w’'-]+[^\S\n]+)?"
    r"(?:\p{Ll}+s|\p{Lu}[\w.’'-]*)[^\S\n]+"
    r"(?:say|said|claim|claimed|argue|argued|believe|believed|fear|feared|warn|warned|insist|insisted|allege|alleged)"
    r"[^\S\n]+(?:is|was|are|were|will|would|could|may|might|has|had|have|amounts|marks|violates|breaks|risks)\b")
_OTHERS_REPORT_CLOSING = _Closing(_OTHERS_REPORT_IN_PHRASE, (" in a",), 160)

# in the order they are cut: a parenthetical aside, a court report's frame, the speaking occasion,
# (the report's medium, set off by a comma: :func:`before_final_medium`, cut by :func:`content_end`
# after these three) the note that it could not be checked, another name for what was named,
# another speaker's reply, a quotation set off by dashes
_CLOSINGS_BEFORE_MEDIUM = (
    _Closing(_FINAL_ASIDE, (")",)),
    _Closing(HEARING_FRAME_END, ("hear", "told"), 80),
    _Closing(_SPEAKING_OCCASION, ("while",), 160),
)
_ALIAS_CLOSING = _Closing(_ALIAS_GLOSS, ("known",), 120)
_CLOSINGS_AFTER_MEDIUM = (
    _Closing(_UNVERIFIED_GLOSS, ("verified", "confirmed"), 120),
    _ALIAS_CLOSING,
    _Closing(_REPLY_RELATIVE, ("which",), 240),
    _Closing(_DASHED_QUOTATION_ASIDE, ("”", '"'), 480),
)


def before_alias_gloss(ctx: Context, start: int, end: int) -> int:
    """Where a content that a rule ended after :func:`content_end` ends before the writer's
    alias gloss that its cut left at the end: "was criticized for ... against the Islamic State,
    also known as ISIS, though ...", the raised complement ending at the joined clause
    ("..., though ..."), the alias before it no part of it either; ``end`` otherwise."""
    return _before_closing(ctx, start, end, _ALIAS_CLOSING)


# The decision at one break (a comma or a dash): given its position, its
# features and whether the rules stop there, whether the content stops there
Decide = Callable[[int, list[str], bool], bool]

# How sure the model must be to overrule the rules: where annotators split
# about evenly (", but the ...", ", who ..."), the rules' reading stands
OVERRULE_MARGIN = 0.1


def stops(model: logistic.Model, feats: list[str], rules_stop: bool) -> bool:
    """The model's verdict at a break, overruling the rules only when it is sure."""
    p = model.probability(feats)
    return p >= 0.5 - OVERRULE_MARGIN if rules_stop else p >= 0.5 + OVERRULE_MARGIN


# A comma and the word that sets a second result beside the first ("..., while Roe trailed",
# "..., with Roe at 12 percent", "..., and 40 percent backed Roe")
_BESIDE_RESULT = regex.compile(r",[^\S\n]+(?:while|with|and)[^\S\n]")


def _result_beside_result(text: str, start: int, pos: int, end: int) -> bool:
    """Whether the comma at ``pos`` sets a second result beside the first in what a poll or a
    study found or showed ("the poll found Lee led by four, while Roe trailed"; train: of the
    contents of such verbs with a comma and "while", "with" or "and", 32 go on past it and 3
    end there); where the words after the comma report again, the rules stop there first."""
    if _BESIDE_RESULT.match(text, pos, min(end, pos + 12), CONCURRENT) is None:
        return False
    words = [w.lower() for w in WORD.findall(text, max(0, start - 40), start, False, CONCURRENT)[-4:]]
    if words and words[-1] == "that":
        words.pop()
    return any(lemma(w) in en.FINDING_VERBS for w in words[-3:])


def walk_breaks(ctx: Context, start: int, end: int, decide: Decide) -> int:
    """Walk the commas and dashes of a content from ``start``, asking
    ``decide`` at each whether the content ends there; where it goes on past
    a comma the rules stopped at, the rules read on from that comma."""
    stop, stop_comma, reason = rule_end(ctx, start, end)
    breaks = 0
    pos = clause_break(ctx, start, end)
    if pos >= end or stop_comma < 0 and pos >= stop or stop_comma >= 0 and pos > stop_comma:
        return stop  # no break before the rules' end ("said the pier is unsafe."): nothing below is asked
    # "that while he opposed the toll, he backed Lee": the comma after a fronted
    # subordinate clause leads to the content's own main clause
    fronted = pos if opens_with_subordinator(ctx.text, start, end) or _fronted_phrase(ctx, start, pos, end) else -1
    resumed = (-1, -1)  # the mark that closes an aside inside the content
    subject = complement_subject(ctx.text, start, end)
    while pos < end:
        if stop_comma < 0 and pos >= stop or stop_comma >= 0 and pos > stop_comma:
            break  # the rules end the content before this break, and not at a comma
        here = pos == stop_comma
        # a quotation after the comma goes on with the content, unless it stands in an
        # appositive that ends it ("..., a site that ran headlines such as “...”")
        quoted_on = not (here and reason == "appositive") and _quotation_goes_on(ctx, pos, end)
        # where the rules read on, a predicate that shares the content's subject goes on with it
        shared = not here and _shares_subject(ctx, start, pos, end)
        # nor does a list end at a comma between its items, nor a series of predicates
        listed = not here and (_LIST_ITEMS.match(ctx.text, pos, end, CONCURRENT) is not None or _predicate_series(ctx, start, pos, end)
                               or _result_beside_result(ctx.text, start, pos, end))
        # nor at a relative clause between the content's subject and its predicate, nor at its close
        # (a mark of two, "--", is met twice)
        closing = resumed[0] <= pos < resumed[1]
        aside = (-1, -1) if closing or here else _embedded_aside(ctx, pos, end)
        if aside[0] < 0 and not closing and not here and 0 <= subject < pos:
            aside = _subject_aside(ctx, subject, pos, end)
        embedded = closing or aside[0] >= 0
        if aside[0] >= 0:
            resumed = (pos + 1, aside[1])  # (the commas inside the aside too: "– Kim, Park and Ng –")
        if here and reason in _WRITERS_NOTES:
            return stop  # the writer's note of what went unsaid or how it was taken, which no model reading overrules
        if pos != fronted and not quoted_on and not shared and not listed and not embedded and decide(pos, break_features(ctx, start, pos, end, reason if here else "none", breaks), here):
            return stop if here else past_closing_mark(ctx, pos)
        if here:
            stop, stop_comma, reason = rule_end(ctx, pos + 1, end)
        breaks += 1
        pos = clause_break(ctx, pos + 1, end)
    return stop


# A relative clause after a comma ("the pier, which the state built, ...")
_RELATIVE_OPENER = regex.compile(r",[^\S\n]+(?:which|who)\b")
# A court's word of guilt or blame after the object of "found" ("found him | not guilty",
# "found the firm | liable", "found Lee | in contempt")
VERDICT = r"(?:not[^\S\n]+)?(?:guilty|innocent|liable|culpable|in[^\S\n]+contempt)(?![\w’'-])"
# What resumes the content's clause after the aside's closing comma or dash:
# its predicate, an auxiliary ("is", "won't"), a verb in -ed or -es
# ("lasted", "reaches") or a quotation that opens there; or the verdict of a
# small clause after "found" ("found Lee, who had denied it, guilty")
_RESUMED_PREDICATE = regex.compile(
    r"[^\S\n]*(?:[“\"‘]|(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did"
    r"|[a-z]+n[’']t|[a-z]{3,}(?:ed|es))\b|" + VERDICT + r")"
)


def _embedded_aside(ctx: Context, pos: int, end: int) -> tuple[int, int]:
    """Where the mark that closes an aside opening at ``pos`` starts and ends,
    when the content's own predicate resumes after it, or (-1, -1): a relative clause between commas ("the
    pier, which the state built, “will not last”", "the plan, which Lee
    backed, was ...") or any aside between dashes ("the pier -- a gift of the
    state -- is failing"). The aside stands inside the content's clause."""
    text = ctx.text
    dash = _DASH.match(text, pos, end, CONCURRENT)
    if dash is None and _RELATIVE_OPENER.match(text, pos, end, CONCURRENT) is None:
        return -1, -1
    closing = clause_break(ctx, pos + 1 if dash is None else dash.end(), end)
    if closing >= end:
        return -1, -1
    mark_end = closing + 1 if text[closing] == "," else None
    if dash is not None:  # an aside that opens at a dash closes at one
        closing_dash = _DASH.match(text, closing, end, CONCURRENT)
        mark_end = None if closing_dash is None else closing_dash.end()
    return (closing, mark_end) if mark_end is not None and _RESUMED_PREDICATE.match(text, mark_end, end, CONCURRENT) else (-1, -1)


# The words that open a reported clause and stand before its content ("said that ...", "asked whether ...")
_COMPLEMENTIZERS = frozenset(["that", "whether"])
# A predicate that resumes a clause's subject after an aside set off from it: an
# adverb may stand first ("- already lags ..."), then a word in lower case that no
# function word, pronoun, participle or verb of saying is ("- know better", ", is",
# ", all plan", ", would do better")
_SUBJECT_RESUMES = regex.compile(
    r"[^\S\n]*(?:(?:already|also|still|all|both|each|now|then|only|never|not|too|just|even|[a-z]+ly)[^\S\n]+)?"
    r"(?!(?:the|a|an|and|but|or|nor|which|who|whose|whom|where|when|while|as|if|because|so|than|such|in|on|at|of"
    r"|for|to|from|with|by|about|into|over|after|before|he|she|they|it|we|i|you|his|her|their|its|our|this|that"
    r"|these|those|said|says|according|including)\b)[a-z]{2,}\b(?<!ing)"
)


def resumes_predicate(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start``, after a relative clause set off by commas inside a
    content, resume the content's own clause ("the plan, which Lee backed, | was ...",
    "found Ng, who denied it, | guilty")."""
    return _RESUMED_PREDICATE.match(text, start, end, CONCURRENT) is not None


def resumes_subject(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start``, after an aside set off from a clause's subject, are its predicate ("is", "would do better")."""
    return _SUBJECT_RESUMES.match(text, start, end, CONCURRENT) is not None


# The breaks an aside between a clause's subject and its predicate may hold ("Lee, more than his rivals, Ng and Roe, would ...")
_SUBJECT_ASIDE_BREAKS = 3
_SUBJECT_ASIDE_CHARS = 200


def complement_subject(text: str, start: int, end: int) -> int:
    """Where the subject of a clause that a complementizer opens starts, when
    the content from ``start`` is such a clause ("that" or "whether" right
    before it, or its first word: "asked whether ..."); -1 when it is not."""
    first = WORD.match(text, skip_space(text, start, end), end, CONCURRENT)
    if first is not None and first.group().lower() in _COMPLEMENTIZERS:
        return skip_space(text, first.end(), end)
    lead = text[max(0, start - 10) : start].rstrip(" \t").lower()
    if any(lead.endswith(word) and not lead[-len(word) - 1 : -len(word)].isalnum() for word in _COMPLEMENTIZERS):
        return start
    # a clause with no "that", right after a verb of saying or believing that seldom takes
    # a noun phrase for its object ("said the project, launched in 2022, aims ..."; not
    # "knew Lee well, and ...")
    verb = _SAYING_RIGHT_BEFORE.search(text, max(0, start - 20), start, CONCURRENT)
    if verb is not None and lemma(verb.group(1)) in _CLAUSE_TAKING_VERBS:
        return skip_space(text, start, end)
    return -1


# the verb in lower case right before a clause with no "that" ("said the ...")
_SAYING_RIGHT_BEFORE = regex.compile(r"(?<![\w’'-])([a-z]+)[^\S\n]*$")
_CLAUSE_TAKING_VERBS = frozenset("say add claim insist argue believe think contend allege assert".split())


def _subject_aside(ctx: Context, start: int, pos: int, end: int) -> tuple[int, int]:
    """Where the mark that closes an aside opening at ``pos`` starts and ends,
    when the content from ``start`` is the bare subject of a clause that a
    complementizer opens ("that the majority – a bare majority of the members
    – know better", "that Mr. Lee, whose own record is poor, is ..."), and the
    clause's predicate follows the aside; or (-1, -1). A clause that "that"
    opens does not end at its subject."""
    text = ctx.text
    dash = _DASH.match(text, pos, end, CONCURRENT)
    if dash is None and text[pos] != ",":
        return -1, -1
    # (between dashes, a subject with no finite verb is enough: "that Lee's visit to Leeds – ... – would")
    if not (noun_phrase(text, start, pos) or dash is not None and not finite(WORD.findall(text, start, pos, False, CONCURRENT))) \
            or opens_fronted(text, start, pos):
        return -1, -1
    limit = min(end, pos + _SUBJECT_ASIDE_CHARS)
    after = pos + 1 if dash is None else dash.end()
    for _ in range(_SUBJECT_ASIDE_BREAKS):
        closing = clause_break(ctx, after, limit)
        if closing >= limit:
            return -1, -1
        after = closing + 1
        if dash is not None:
            closing_dash = _DASH.match(text, closing, end, CONCURRENT)
            if closing_dash is None:
                if text[closing] == ",":
                    continue  # a comma inside the aside: "the old leaders – Kim, Park and Ng – all plan"
                return -1, -1  # (an aside that opens at a dash closes at one)
            mark_end = closing_dash.end()
        elif text[closing] != ",":
            return -1, -1
        else:
            mark_end = closing + 1
        if _SUBJECT_RESUMES.match(text, mark_end, end, CONCURRENT):
            return closing, mark_end
        if dash is not None:
            return -1, -1
    return -1, -1


def _quotation_goes_on(ctx: Context, pos: int, end: int) -> bool:
    """Whether the segment after a comma at ``pos`` (or a dash right before an
    opening mark: "techniques -- “I think ...”") opens a quotation that
    no report of its own frames, before it or right after it: "he had offers,
    but “none I could take,”", "a large turnout, which “will help us win.”"
    The quoted words are the source's, so the content goes on to take them in."""
    dash = _DASH.match(ctx.text, pos, end, CONCURRENT) if ctx.text[pos] != "," else None
    if ctx.text[pos] != "," and dash is None:
        return False
    if dash is not None:
        # after a dash, only a quotation that opens right after it: "techniques -- “I think ...”"
        opened = skip_space(ctx.text, dash.end(), end)
        if ctx.text[opened : opened + 1] not in _OPENING_MARKS:
            return False
        pos = dash.end() - 1
    following = clause_break(ctx, pos + 1, end)
    q = next(ctx.layout.quotations_from(pos + 1), None)
    if q is None or q.start >= following or q.start >= end:
        return False
    # its own speaker's verb stands after a quotation that ends on a comma or a
    # question ("“...,” she said", "“...?” he asked"), not after one the sentence
    # goes on from ("“a fair fight” since he began")
    tail = ctx.text[q.end - 3 : q.end + 1]  # (the closing mark may be two: "''")
    speaker = _BEFORE_SPEAKER_MARK.search(tail) or _PRONOUN_AFTER.match(ctx.text, q.end, end)
    after = WORD.findall(ctx.text, q.end, min(end, q.end + 40))[:_QUOTE_SPEAKER_WORDS] if speaker else []
    return not any(ctx.lexicon.cue_prior(w.lower()) >= _NEXT_REPORT_WEIGHT
                   for w in WORD.findall(ctx.text, pos + 1, q.start, False, CONCURRENT) + after)


# The words after a quotation where its own speaker's verb stands ("“...,” he said")
_QUOTE_SPEAKER_WORDS = 3
# The marks around a closing quotation mark after which a speaker's verb may stand
_BEFORE_SPEAKER_MARK = regex.compile(r"[,!?]")
# or a pronoun, a subject of its own, right after the quotation ("“...” she said")
_PRONOUN_AFTER = regex.compile(r"[^\S\n]+(?:he|she|they|we|I|it)\b")


_SEGMENT_WORDS = 12
_WINDOW = 240
# The marks that open and close a quotation in double or curly marks (tokens' sets less two): the
# straight apostrophe is left out here: the clause-end model was trained without it, and in train
# copy a quotation in doubled apostrophes after a dash ("words - ''So terrible'' - with a link") is
# the writer's aside more often than the source's words going on; so are the guillemets, which the
# model never saw
_OPENING_MARKS = OPENING_QUOTE_MARKS - {"'", "«"}
_CLOSING_MARKS = frozenset(CLOSING_QUOTE_MARKS) - {"'", "»"}


def break_features(ctx: Context, start: int, pos: int, end: int, reason: str, breaks: int) -> list[str]:
    """What the clause-end model reads at a break (a comma or a dash at
    ``pos``) of a content that starts at ``start``: the mark, the words around
    it, the shape of the segment that follows it (up to the next break), how
    far the content has run, and why the rules would stop there ("none" when
    they would not)."""
    text = ctx.text
    mark = "comma" if text[pos] == "," else "dash"
    after_mark = pos + 1 if mark == "comma" else _DASH.match(text, pos, end, CONCURRENT).end()
    following = clause_break(ctx, after_mark, end)
    after = WORD.findall(text, after_mark, min(following, pos + 200), False, CONCURRENT)[:_SEGMENT_WORDS]
    before = WORD.findall(text, max(start, pos - 40), pos, False, CONCURRENT)
    w1 = after[0] if after else ""
    w2 = after[1] if len(after) > 1 else ""
    prev = before[-1] if before else ""
    low = [w.lower() for w in after]
    reports = any(ctx.lexicon.cue_prior(w) >= _NEXT_REPORT_WEIGHT for w in low)
    # (a closing mark may be two apostrophes: "''a disgrace,''")
    closes = mark == "comma" and (text[pos + 1 : pos + 2] in _CLOSING_MARKS or text.startswith("''", pos + 1))
    # a quotation that closes on a comma before "but that" or "and that" is no speaker's (“...,” she
    # said) but the first of two complements of one verb: "said the city had “listened,” but that
    # ...": the break is read as it would be with no marks
    second = closes and _SECOND_COMPLEMENT.match(text, past_closing_mark(ctx, pos), end, CONCURRENT) is not None
    closes = closes and not second
    opened = skip_space(text, after_mark, end)
    opens = not closes and not second and text[opened : opened + 1] in _OPENING_MARKS
    # the content's words so far and the words still ahead, read in windows
    # (the buckets they fill stop at about forty words) so that a run of
    # commas costs each break the same
    so_far = [w.lower() for w in WORD.findall(text, max(start, pos - _WINDOW), pos, False, CONCURRENT)]
    content = "clause" if _clause(so_far) else "phrase"
    rest = len(WORD.findall(text, after_mark, min(end, after_mark + _WINDOW), False, CONCURRENT))
    # what comes after the segment: an auxiliary or a verb there makes the
    # segment an aside ("the project, estimated to cost $5m, was late")
    resumed = WORD.match(text, skip_space(text, following + 1, end), end) if following < end else None
    resumes = "none" if resumed is None else "auxiliary" if resumed.group().lower() in _AUXILIARIES else _shape(resumed.group())
    return [
        "bias",
        "mark=" + mark,
        f"mark|next shape={mark}|{_shape(w1)}",
        "rule=" + reason,
        "next=" + w1.lower(),
        "next shape=" + _shape(w1),
        f"next shapes={_shape(w1)}|{_shape(w2)}",
        f"next words={w1.lower()}|{w2.lower()}",
        "previous=" + prev.lower(),
        "previous shape=" + _shape(prev),
        f"rule|next shape={reason}|{_shape(w1)}",
        f"rule|next={reason}|{w1.lower()}",
        "segment=" + ("last" if following >= end else "inner"),
        "segment words=" + logistic.bucket(len(after), (1, 2, 4, 8)),
        "segment=" + ("clause" if _clause(low) else "phrase"),
        "segment reports" if reports else "segment reports not",
        "content words=" + logistic.bucket(len(so_far), (3, 6, 12, 24)),
        "content=" + content,
        "rest words=" + logistic.bucket(rest, (2, 5, 10, 20)),
        "breaks before=" + logistic.bucket(breaks, (0, 1)),
        "resumes with=" + resumes,
        f"content|resumes with={content}|{resumes}",
        "closes quotation" if closes else "opens quotation" if opens else "no quotation mark",
    ]


_SUBJECT_PRONOUNS = frozenset("he she they we i it there you".split())
# A second complement of the verb after a closing mark: "“...,” but that ...", "“...,” and that ..."
_SECOND_COMPLEMENT = regex.compile(r"[^\S\n]+(?:and|but)[^\S\n]+that[^\S\n]")


def _clause(words: list[str]) -> bool:
    """Whether lower-case ``words`` read as a clause: an auxiliary, a subject pronoun or a verb in -ed."""
    return any(w in _AUXILIARIES or w in _SUBJECT_PRONOUNS or w.endswith("ed") and len(w) > 4 for w in words)


_CLAUSE_WORDS = 12
_WH_OPENERS = frozenset("how what why when where whether if who which whom".split())


def reads_as_clause(text: str, start: int, end: int) -> bool:
    """Whether the first words of ``text[start:end]`` read as a clause (an auxiliary, a
    subject pronoun, a verb in -ed, or a wh-word first: "how to ..."), not a noun phrase alone ("three days of mourning")."""
    words = [m.group().lower() for m in WORD.finditer(text, start, end)][:_CLAUSE_WORDS]
    return bool(words) and (words[0] in _WH_OPENERS or _clause(words))


def _shape(word: str) -> str:
    """A word's shape: its case, and the endings that tell verbs and adverbs."""
    if not word:
        return "none"
    if word[0].isdigit():
        return "number"
    if word[0].isupper():
        return "capital"
    low = word.lower()
    if low.endswith("ing"):
        return "ing"
    if low.endswith("ed"):
        return "ed"
    if low.endswith("ly"):
        return "ly"
    return "lower"


@functools.cache
def clause_end_model() -> logistic.Model | None:
    """The clause-end model shipped in ``data/clause_ends.tsv``, or None when the package has none."""
    return logistic.shipped("clause_ends.tsv")


def _first_unquoted(ctx: Context, pattern: regex.Pattern, start: int, end: int) -> regex.Match | None:
    """The first match of ``pattern`` in [start, end) that starts outside a quotation."""
    for m in pattern.finditer(ctx.text, start, end, False, CONCURRENT):
        if not ctx.layout.inside_quote(m.start()):
            return m
    return None


def rule_end(ctx: Context, start: int, end: int) -> tuple[int, int, str]:
    """Where the rules end a content that starts at ``start``: the end, the
    comma the end stands at (-1 when it stands at none), and why the rules
    stop there ("none" when they run to ``end``)."""
    text = ctx.text
    reason = "none"
    comma = -1
    credit = _DASH_CREDIT.search(text, start, end, CONCURRENT)
    if credit is not None:
        end = credit.start() + 1  # '... was “not dead.”--Ann Lee': the credit names the quotation's speaker
        reason = "credit"
    for m in _BOUNDARY.finditer(text, start, end, False, CONCURRENT):
        if ctx.layout.inside_quote(m.start("word")):
            continue
        word = m.group("word").lower()
        if word == "but" and (_BUT_CONTINUES.match(text, m.end(), end, CONCURRENT) or _shares_subject(ctx, start, m.start(), end)):
            continue
        if word in _RELATIVE_WORDS:
            closing = clause_comma(ctx, m.end(), end)
            if closing < end and text[closing + 1 : end].strip(CLOSE_PUNCT + CLOSING_QUOTE_MARKS):
                continue
        end = m.end(1) if m.group(1) else m.start()  # a closing quotation mark stays with the content
        comma, reason = m.start(), "boundary"
        break
    if text.find("with", start, end) >= 0 and (m := _first_unquoted(ctx, _WITH_ABSOLUTE, start, end)):  # (the cheap test first)
        end = comma = m.start()
        reason = "boundary"
    if text.find("without", start, end) >= 0 and (m := _first_unquoted(ctx, _WITHHELD, start, end)):
        end = comma = m.start()
        reason = "withheld"
    if text.find("ing ", start, end) >= 0 and (m := _first_unquoted(ctx, _REACTION_AFTER, start, end)):  # (the cheap test first)
        end = comma = m.start()
        reason = "reaction"
    for m in _LATER_ACT.finditer(text, start, end, False, CONCURRENT):
        if not ctx.layout.inside_quote(m.end() - 1):
            # a closing quotation mark stays with the content
            mark = m.end(1) if m.group(1) else m.end(2) if m.group(2) else -1
            comma = m.start() if mark < 0 else (mark if text[mark : mark + 1] == "," else -1)
            end, reason = (mark if mark >= 0 else m.start()), "boundary"
            break
    if text.find("ed ", start, end) >= 0 and (m := _first_unquoted(ctx, _TAKEN_BACK, start, end)):  # (the cheap test first)
        end = comma = m.start()
        reason = "boundary"
    if text.find("even as", start, end) >= 0 and (m := _first_unquoted(ctx, _EVEN_AS, start, end)):
        end = m.start()
        comma, reason = (m.start() if m.group(1).startswith(",") else -1), "boundary"
    if any(text.find(d, start, end) >= 0 for d in _DASHES_BEFORE_AS):  # (the cheap test first)
        for m in _DASH_AS.finditer(text, start, end, False, CONCURRENT):
            if not ctx.layout.inside_quote(m.start()) and _DASH.search(text, m.end(), end, CONCURRENT) is None:
                # (not an aside between dashes: "those who refused - as some rivals have - were wrong")
                end, comma, reason = m.start(), -1, "boundary"
                break
    if text.find(", as ", start, end) >= 0 and (m := _first_unquoted(ctx, _AS_SCENE, start, end)):
        end = comma = m.start()
        reason = "boundary"
    # (a headline: the first paragraph of several)
    if (len(ctx.layout.paragraphs) > 1 and start < ctx.layout.paragraphs[0][1] and _AS_WORD.search(text, start, end)
            and (m := _first_unquoted(ctx, _HEADLINE_AS, start, end)) and _object_before_as(text, start, m.start())):
        end, comma, reason = m.start(), -1, "boundary"
    last = end
    while last > start and text[last - 1] in " \t.!?":
        last -= 1
    # "that although Lee confessed, he showed no remorse", "that during the storm, the
    # pier closed": the comma after a fronted clause or phrase leads to the content's own main clause
    fronted_comma = -1
    if opens_fronted(text, start, end):  # (the comma sought only after a fronting word)
        first_comma = clause_comma(ctx, start, end)
        if opens_with_subordinator(text, start, end) or _fronted_phrase(ctx, start, first_comma, end):
            fronted_comma = first_comma
    appositive = _FINAL_APPOSITIVE.search(text, start, last, CONCURRENT)
    if appositive is not None and (_LAST_ITEMS.match(text, appositive.start(), last, CONCURRENT) or _last_things(text, start, appositive.start(), last)):
        appositive = None  # "differ on Israel, the nuclear deal and the budget": the last items of a list
    if appositive is not None and appositive.start() != fronted_comma and not ctx.layout.inside_quote(appositive.start()):
        end = comma = appositive.start()
        reason = "appositive"
    leaving = _speaker_exit(ctx, start, end)
    if leaving is not None:
        end, comma, reason = leaving, -1, "coordinated predicate"
    coordinated = _coordinated_predicate(ctx, start, end)
    if coordinated is not None:
        end, comma, reason = coordinated, -1, "coordinated predicate"
    for m in _NEXT_REPORT.finditer(text, start, end, False, CONCURRENT):
        word = m.group("word")
        if ctx.layout.inside_quote(m.start()):
            continue
        if m.start() == fronted_comma and m.group("subject") is not None:
            continue
        if m.group("joined") is not None:
            if m.group().startswith(",") and lemma(word) in _JOINED_REPORT_VERBS:
                return m.start(), m.start(), "next report"
            continue
        participle = m.group().startswith(",") and (word.endswith("ing") or word == "asked") and not m.group().rstrip().endswith(("and", "but"))
        # "... and said ...", not "... would sit him down and tell him ...": a coordinated verb in its
        # base form goes on with the content's own verb
        coordinated = (not m.group().startswith(",") or " and " in m.group() or " but " in m.group()) and not (
            _base_form(word) and not _THAT_AHEAD.match(text, m.end(), end))
        spliced = m.group("subject") is not None
        only_coordinated = coordinated and not (participle or spliced)
        if only_coordinated and _adjective_in_subject(text, start, m, end):
            continue  # "said the heat and unsettled weather could last": an adjective of the content's subject
        if only_coordinated and not m.group().startswith(",") and _shares_perfect(text, start, m, ctx.lexicon):
            continue  # "... that the general had congratulated the troops and promised ...": the clause's verb
        if only_coordinated and m.group("joined") is None and past_conjunct_subject(
                text, max(0, start - _PAST_CLAUSE_CHARS), m.start("word"), ctx.lexicon) is not None:
            continue  # "Police said he returned with a knife and attacked a bouncer": the clause's verb
        weight = _COORDINATED_REPORT_WEIGHT if only_coordinated else _NEXT_REPORT_WEIGHT
        if (participle or coordinated or spliced) and (
            # "... and thought the criticism was ...": a coordinated verb of thinking may share the content's subject
            lemma(word) in en.THAT_VERBS and not (only_coordinated and not _THAT_AHEAD.match(text, m.end(), end))
            or ctx.lexicon.cue_prior(word) >= weight
            # "..., but lamented that ...": any verb before "that", not a noun ("and gender that ...")
            or word.endswith("ed") and _THAT_AHEAD.match(text, m.end(), end)
            # "... and points out that ...": a phrasal verb of saying, whose head alone is mostly a noun
            or saying_phrasal(text, m.start("word"), m.end("word"), end)
        ):
            return m.start(), m.start() if m.group().startswith(",") else -1, "next report"
    splice = _spliced_report(ctx, start, end)
    if splice is not None:
        return splice, splice, "next report"
    title = _title_case_predicate(ctx, start, end)
    if title is not None:
        return title, title, "next report"
    return end, comma, reason


# A noun and the finite auxiliary or modal after it: "weather could", "charges were"
_NOUN_THEN_AUXILIARY = regex.compile(
    r"[^\S\n]+([a-z]+)[^\S\n]+(?:could|would|will|can|may|might|must|should|was|were|is|are|had|has|have)\b")
# Words that cannot be the noun an adjective in -ed goes with: the object or clause of a verb
_NOT_SUBJECT_NOUNS = frozenset(
    "the a an his her its their our my your him them it us me that this these those to he she they we i".split())


def _adjective_in_subject(text: str, start: int, m: regex.Match, end: int) -> bool:
    """Whether a word in -ed after "and" (``m``) is an adjective of a subject coordinated
    in the content ("said the heat and unsettled weather could last", "the rain and continued
    cold would persist"), not the source's next verb: a bare noun and an auxiliary follow it,
    the content before "and" has no verb of its own, and the word is no verb of saying
    ("announced the plan and warned costs would rise" is a report)."""
    if m.group().startswith(",") or not _adjective_of_a_subject(text, m.group("word"), m.end(), end):
        return False
    return not finite(WORD.findall(text, start, m.start(), False, CONCURRENT))


def _adjective_of_a_subject(text: str, word: str, after: int, limit: int) -> bool:
    """Whether ``word``, ending at ``after``, may be an adjective in -ed of a subject's noun: no
    verb of saying, and a bare noun and a finite auxiliary follow it ("unsettled | weather could")."""
    if not word.endswith("ed") or lemma(word) in en.THAT_VERBS:
        return False
    noun = _NOUN_THEN_AUXILIARY.match(text, after, min(limit, after + 40))
    return noun is not None and noun.group(1) not in _NOT_SUBJECT_NOUNS


_AND_BEFORE = regex.compile(r"(?<![\w’'-])and[^\S\n]+$")


def adjective_after_and(text: str, s0: int, cue_start: int, cue_end: int, s1: int) -> bool:
    """Whether a cue in -ed right after "and" is an adjective of a subject coordinated in the
    content of a verb of saying before it ("said the heat and unsettled weather could last"):
    a bare noun and an auxiliary follow it, and only a short noun phrase stands between that
    verb and the "and"."""
    if not _adjective_of_a_subject(text, text[cue_start:cue_end], cue_end, s1):
        return False
    if _AND_BEFORE.search(text, max(s0, cue_start - 8), cue_start) is None:
        return False
    comma = text.rfind(",", s0, cue_start)
    words = WORD.findall(text, max(s0, comma + 1), cue_start)[:-1]  # (the "and" left out)
    said = [i for i, w in enumerate(words) if w.islower() and lemma(w) in en.THAT_VERBS]
    if not said:
        return False
    between = words[said[-1] + 1:]
    return 0 < len(between) <= 4 and not finite(between)


def past_conjunct_subject(text: str, lo: int, pos: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject of a clause in the simple past, reported by a verb of saying in the past,
    that a verb in the past joined by "and" at ``pos`` goes on, with an object after it ("Police
    said he returned with a knife and attacked a bouncer": he attacked, no second report of the
    police's); None when the verb may be the source's own: the clause's verb an auxiliary or a
    copula ("The mayor said the plan was fair and attacked the council"), a comma before the
    "and", a verb of saying or a "that" after it, or a pronoun subject that may be the source
    ("Lee said she regretted it and promised ...")."""
    conj = _AND_BEFORE.search(text, max(lo, pos - 8), pos)
    verb = WORD.match(text, pos, min(len(text), pos + _WORD_REACH))
    if conj is None or verb is None or text[lo:conj.start()].rstrip().endswith(","):
        return None
    word = verb.group()
    if not kinds.past_form(word) or lemma(word) in _SAYING_CONJUNCTS or _THAT_AHEAD.match(text, verb.end(), verb.end() + 8):
        return None
    if _ACTIVE_OBJECT.match(text, verb.end(), min(len(text), verb.end() + 8)) is None:
        return None
    toks = list(WORD.finditer(text, max(lo, conj.start() - _PAST_CLAUSE_CHARS), conj.start(), False, CONCURRENT))
    report = next((i for i in range(len(toks) - 1, -1, -1) if lemma(toks[i].group()) in en.THAT_VERBS and (
        kinds.past_form(toks[i].group()) or _present_report(toks, i))), None)
    if report is None or _STOPS_CLAUSE.search(text, toks[report].end(), conj.start()) is not None:
        return None
    # "Police say he followed her and attacked her": a past after a present report is the clause's,
    # whoever its subject (the source's next act would be in the present as its report is)
    present = not kinds.past_form(toks[report].group())
    clause = toks[report + 1:]
    if clause and clause[0].group() == "that":
        clause = clause[1:]
    low = [t.group().lower() for t in clause]
    if len(low) < 3 or any(w in _AUXILIARIES or w in ("not", "never") or w.endswith(("n’t", "n't")) for w in low):
        return None
    k = next((i for i in range(1, min(len(low), _PAST_SUBJECT_WORDS + 1)) if kinds.past_form(clause[i].group())), None)
    if k is None:
        return None
    subject = clause[0].start(), clause[k - 1].end()
    first = low[0]
    if k == 1 and first in en.SUBJECT_PRONOUNS:
        if present:
            return subject
        source = sources.subject(text, max(lo, toks[report].start() - _PAST_CLAUSE_CHARS), toks[report].start(), lexicon, strong=True)
        if source is None or not _other_than_source(text, source, first, lexicon):
            return None
        return subject
    if not (clause[0].group()[0].isupper() or first in _CLAUSE_SUBJECT_DETERMINERS):
        return None  # the clause opens with no subject: "said in May it ...", "said most of ..."
    return subject


def _other_than_source(text: str, source: tuple[int, int], pronoun: str, lexicon: Lexicon) -> bool:
    """Whether a subject pronoun in a reported clause cannot stand for the source that reports
    it: another pronoun ("she said he ..."), or "he" or "she" after a body or a group ("Police
    said he ...")."""
    said = text[source[0]:source[1]].lower()
    if said in en.SUBJECT_PRONOUNS or said in ("it", "you"):
        return said != pronoun
    return pronoun in ("he", "she") and kinds.kind(text, *source, lexicon) != "person"


# Verbs of saying after "and" that go on with the source's report: "said Y and added that Z"
# the words before a bare form that make it no present of the source's ("to say", "will say"), nor
# a past the same as its bare form ("has cast", "was set")
_NOT_PRESENT_BEFORE = frozenset("to will would could can may might must should shall did do does"
                                " has have had having is are was were be been being"
                                # nor a noun after a determiner or a preposition ("of State", "the claims")
                                " the a an his her its their our my your this these those of in on at for with by from"
                                " as about into over under after before".split())


def _present_report(toks: list[regex.Match], i: int) -> bool:
    """Whether the verb of saying ``toks[i]`` (no past) is in the present: "say", "says" in lower
    case after no "to", modal, auxiliary, determiner nor preposition ("Police say ...", not
    "declined to say ...", "has cast ...", "of State ...")."""
    return toks[i].group().islower() and (i == 0 or toks[i - 1].group().lower() not in _NOT_PRESENT_BEFORE)


_SAYING_CONJUNCTS = frozenset("say tell add note explain insist repeat".split())

_PAST_CLAUSE_CHARS = 120

_PAST_SUBJECT_WORDS = 4

_WORD_REACH = 30

# what a clause between its verb of saying and the "and" may not hold: a comma, a colon, a quotation
_STOPS_CLAUSE = regex.compile(r"[,;:“”\"()—–]")

_CLAUSE_SUBJECT_DETERMINERS = frozenset("the a an his her their its this that these those".split())


# a perfect's auxiliary and the participle after it, an adverb perhaps between: "had congratulated", "has since met"
_PERFECT_IN_CLAUSE = regex.compile(r"(?<![\w’'-])(?:had|has|have)\s+(?:[a-z]+ly\s+|also\s+|since\s+|already\s+)?([a-z]+)\b")


_NOT_PERFECT_PARTICIPLES = frozenset("been to no not a an the his her its their our my your any some that this".split())


def _shares_perfect(text: str, start: int, m: regex.Match, lexicon: Lexicon) -> bool:
    """Whether a verb in -ed coordinated by "and" after a content (``m``) shares a perfect
    the content's clause holds ("... the general had congratulated the troops and promised
    ..."): a participle of that clause, not the source's next report. A clause whose
    subject cannot report shares no verb of saying ("... flu cases had risen and urged
    ...": the source urged)."""
    if not (m.group("word").endswith("ed") and " and " in m.group() and past_report_before(text, start)):
        return False
    perfect = perfect_before(text, start, m.start())
    if perfect is None:
        return False
    subject = sources.subject(text, start, perfect.start(), lexicon, strong=True)
    return subject is None or sources.can_report(text, *subject, lexicon)


# the word before a reported clause, past any "that"
_REPORT_WORD_BEFORE = regex.compile(r"(?<![\w’'-])([a-z]+)(?:\s+that)?\s*$")


def past_report_before(text: str, start: int) -> bool:
    """Whether the verb that reports the clause at ``start`` is in the past ("said that",
    "reported"): a perfect's clause after it is told in the past too, and a verb in -ed after
    its "and" goes on with it; after a present ("adds she has released ... and called on")
    the past is the reporter's own."""
    m = _REPORT_WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    return kinds.past_form(m.group(1))


def perfect_before(text: str, lo: int, pos: int) -> regex.Match | None:
    """The last perfect ("had congratulated", "has met") in [lo, pos) with no comma after it:
    a verb in -ed coordinated at ``pos`` shares its auxiliary; None when there is none."""
    if text.find(",", lo, pos) >= 0:
        return None
    perfect = None
    for perfect in _PERFECT_IN_CLAUSE.finditer(text, lo, pos, False, CONCURRENT):
        pass
    if perfect is None:
        return None
    participle = perfect.group(1)
    # (not "had to", "has no", "had a", "has been": no participle of a verb of the clause's own)
    if participle in _NOT_PERFECT_PARTICIPLES or not (
            participle.endswith(("ed", "en", "wn", "t", "d", "ne", "ng", "k", "m")) or participle in en.IRREGULAR_PARTICIPLES):
        return None
    return perfect


def _coordinated_predicate(ctx: Context, start: int, end: int) -> int | None:
    """Where a finite verb coordinated after a content with no finite verb of
    its own starts ("supports Lee but is not working for her", "has asked the
    board to resign and has since called ..."), or a new clause with a pronoun
    subject ("decided not to run and she kept ..."): that verb has the source
    for its subject, not the content, which is a noun phrase or an infinitive."""
    text = ctx.text
    # some rules start a content one past the space before it ("saying that he ..."): read its first word whole
    partial = _WORD_PART.search(text, max(0, start - 20), start, CONCURRENT) if text[start : start + 1].isalnum() else None
    if partial is not None:
        start = partial.start()
    if text.find("and", start, end) < 0 and text.find("but", start, end) < 0:
        return None  # every coordination the patterns below read opens with "and" or "but": a cheap test first
    m = _COORDINATED_FINITE.search(text, start, end, CONCURRENT)
    while m is not None and ctx.layout.inside_quote(m.start()):
        m = _COORDINATED_FINITE.search(text, m.end(), end)
    if _PARTICIPLE_CUE.search(text, max(0, start - 20), start, CONCURRENT):
        # "touting her record and pounding him on guns": a participle coordinated with the participle that reports
        p = _COORDINATED_PARTICIPLE.search(text, start, m.start() if m is not None else end)
        if p is not None and not ctx.layout.inside_quote(p.start()) and not finite(WORD.findall(text, start, p.start())):
            return p.start()
    while m is not None and m.group("bare") is not None and not _owner_is_source(ctx, start, m):
        m = _COORDINATED_FINITE.search(text, m.end(), end)
    if m is None:
        return None
    if m.group("bare") is not None:
        return m.start()  # "Analysts said margins would widen, and cut their price target": the analysts cut it
    words = WORD.findall(text, start, m.start(), False, CONCURRENT)
    if m.group("aux") in ("has", "have") and _PERFECT_CUE.search(text, max(0, start - 40), start) and not any(
        w.lower() in ("has", "have", "had") or w.endswith(_PERFECT_CLITICS) for w in words
    ):
        return m.start()  # "has said she wants X and has expressed Y": the perfect matches the cue's, not the content's
    if (_leads_clause(text, start) and not _INFINITIVE.match(text, start, end)) or finite(words) and not _named_object(text, start, words):
        return m.start() if _source_predicate(text, m, words, end) else None
    return m.start()


# the pronouns a verb of naming takes for its object before the name it gives ("called it “a wreck”")
_NAMED_OBJECTS = frozenset("it them him her".split())


def _named_object(text: str, start: int, words: list[str]) -> bool:
    """Whether a content at ``start`` (its words ``words``) is the object pronoun of a verb of
    naming right before it and the name it gives, no clause ("called it “a wreck” | and took
    questions": the "it" is no subject, the verb after the name the source's)."""
    if len(words) < 2 or words[0] not in _NAMED_OBJECTS or any(w.lower() in _AUXILIARIES for w in words):
        return False
    lead = WORD.findall(text, max(0, start - 16), start, False, CONCURRENT)
    return bool(lead) and lead[-1] in en.NAMING_PARTICIPLES


def _owner_is_source(ctx: Context, start: int, m: regex.Match) -> bool:
    """Whether a past in its bare form after ", and" ("..., and cut their target", ``m``, its
    group "bare") is the source's: a comma before the "and" (with none, "would widen and cut"
    shares the clause's modal), a verb of saying right before the content at ``start``, and
    its "its" or "their" fits the source that verb has, a body for "its" and a group or a
    plural for "their" ("The bank said profits would fall, and cut its forecast")."""
    text = ctx.text
    if not m.group().startswith(",") or ctx.layout.inside_quote(m.start()):
        return False
    said = _REPORT_WORD_BEFORE.search(text, max(0, start - 30), start)
    if said is None or lemma(said.group(1)) not in en.THAT_VERBS:
        return False
    source = sources.subject(text, max(0, said.start() - _PAST_CLAUSE_CHARS), said.start(), ctx.lexicon, strong=True)
    if source is None:
        return False
    kind = kinds.kind(text, *source, ctx.lexicon)
    if m.group("owner") == "its":
        return kind in _BODY_KINDS
    head = WORD.findall(text, *source)[-1]
    return kind == "group" or head.lower() == "they" or kind != "person" and kinds.plural(head.lower())


_BODY_KINDS = frozenset("organization government outlet".split())


# Auxiliaries that a coordinated verb in the past cannot share: a modal or a present that is no perfect
_NOT_PAST_AUXILIARIES = frozenset("will would can could may might must shall should is are am".split())
_SINGULAR_AUXILIARIES = frozenset("is was has does".split())
# What follows a verb in the past that takes an object: a determiner or an object pronoun
_ACTIVE_OBJECT = regex.compile(r"\s+(?:(?:the|a|an|its|their|his|our)\s|(?:her|him|them|it)(?![\w’'-]))")


def _source_predicate(text: str, m: regex.Match, words: list[str], end: int) -> bool:
    """Whether a verb in the past coordinated after a reported clause ("said the bill would
    pass | and raised ...") is the source's own, not the clause's: the clause's verb is a
    modal or a present, which a past cannot share ("would pass and raised"), or the clause's
    subject is singular and the verb's object is "their" ("the stock was cheap | and raised
    their target"). The past takes an object, which a participle of a passive does not ("was
    arrested and charged with theft")."""
    if m.group("aux") is not None or m.group().rstrip().endswith(("he", "she", "they", "we", "I", ",")):
        return False
    verb_end = m.end()
    obj = _ACTIVE_OBJECT.match(text, verb_end, end)
    if obj is None:
        return False
    low = [w.lower() for w in words]
    auxiliaries = [w for w in low if w in _AUXILIARIES]
    if not auxiliaries:
        return False
    if all(a in _NOT_PAST_AUXILIARIES for a in auxiliaries):
        return True
    owner = obj.group().strip()
    return auxiliaries[0] in _SINGULAR_AUXILIARIES and (
        owner == "their" or owner in ("his", "her") and _thing_subject(low))


# the determiners a clause's subject that names a thing opens with ("the plan was fair")
_THING_DETERMINERS = frozenset("the this that a an".split())


def _thing_subject(low: list[str]) -> bool:
    """Whether a reported clause (its words ``low``, lower-cased) opens with a subject of a
    determiner and at most two nouns that name no person ("the plan", "the idling plan") before its
    auxiliary: no "his" or "her" after it stands for that subject ("said the plan was the right
    call | and kept his rating": the speaker kept it; not "said the manager was fair and kept his word")."""
    aux = next((k for k, w in enumerate(low) if w in _AUXILIARIES), None)
    if aux is None or not 2 <= aux <= 3 or low[0] not in _THING_DETERMINERS:
        return False
    return not any(person_noun(w) or w in en.SUBJECT_PRONOUNS for w in low[1:aux])


# A content that opens with an infinitive ("vowed to keep it and celebrated ..."): no clause, whatever the cue
_INFINITIVE = regex.compile(r"\s*to\s+[a-z]")


# The part of a word that ends at a position
_WORD_PART = regex.compile(r"[\w’']+$")
# A cue in the perfect right before its content: "has said", "have long argued"
_PERFECT_CUE = regex.compile(r"\b(?:has|have)\s+(?:(?:[a-z]+ly|also|long|since|repeatedly|often)\s+)*[a-z]+(?:\s+that)?\s*$")
# "she's", "they've" (and, to be safe, any possessive): a perfect of the content's own
_PERFECT_CLITICS = ("’s", "'s", "’ve", "'ve", "’d", "'d")


def _leads_clause(text: str, start: int) -> bool:
    """Whether the word before ``start`` is "that" or a verb of saying or
    thinking, which report a clause: "said the board meets in May and will
    vote in June" has a finite verb the spelling cannot tell."""
    lead = WORD.findall(text, max(0, start - 30), start, False, CONCURRENT)
    if lead and lemma(lead[-1].lower()) in en.DENIAL_LEMMAS and _DETERMINED.match(text, start, start + 40):
        # "denied the charges and was released": a verb of denial before a determiner denies a noun
        # phrase; the clause it may report ("denied the claims were true") shows a finite verb of its own
        return False
    return bool(lead) and (lead[-1].lower() == "that" or lemma(lead[-1]) in en.THAT_VERBS)


# a determiner that opens a noun phrase, after the space before it
_DETERMINED = regex.compile(r"\s*(?:the|a|an|any|all|his|her|their|its|these|those|every|each)\s", regex.IGNORECASE)


def finite(words: list[str]) -> bool:
    """Whether ``words`` hold a finite verb, as far as a reader without a tagger
    can tell: an auxiliary, a negation, a subject pronoun, a verb in -ed (in
    lower case: "the United States" has none), or a word that opens a clause
    ("that", "whether") first."""
    low = [w.lower() for w in words]
    return bool(low) and low[0] in _CLAUSE_OPENERS - {"to"} or any(
        w in _AUXILIARIES or w in _SUBJECT_PRONOUNS or w.endswith(("n’t", "n't")) for w in low
    ) or any(w.endswith("ed") and len(w) > 4 and w.islower() for w in words)


# A noun phrase of at most three words and the finite auxiliary after it: "schools will", "the two sides have"
_SUBJECT_AUXILIARY = regex.compile(
    r"((?:[\w’'-]+[^\S\n]+){1,3}?)(?:" + "|".join(sorted(en.FINITE_AUXILIARIES)) + r")(?![\w’'-])")


def opens_subject_clause(text: str, pos: int, end: int) -> bool:
    """Whether a clause opens at ``pos`` with a noun phrase of a few words for its subject and
    a finite auxiliary after it ("schools will remain shut", "the two sides have agreed"):
    no word of the phrase opens a subordinate or relative clause, or is a pronoun of an object,
    an adverb or a preposition ("that prices will", "in May the board will")."""
    m = _SUBJECT_AUXILIARY.match(text, pos, end)
    return m is not None and not any(
        w.lower() in _NOT_SUBJECTS or w.lower() in _AUXILIARIES for w in m.group(1).split())


def _spliced_report(ctx: Context, start: int, end: int) -> int | None:
    """The comma of a splice that starts a new report with a noun-phrase subject, if any."""
    text = ctx.text
    for m in _SPLICED_SUBJECT.finditer(text, start, end, False, CONCURRENT):
        noun, word = m.group("noun").lower(), m.group("word")
        first = noun.split()[0]
        if ctx.layout.inside_quote(m.start()) or first in _NOT_SUBJECTS or first in _AUXILIARIES or noun.endswith(("ly", "ing")):
            continue
        if _LIST_ITEMS.match(text, m.start(), end, CONCURRENT):
            continue  # "by mail, phone calls and ads": an item of a list, no subject and its verb
        # a verb agrees with its subject: "opposition calls", "unions call", "the board said"
        agrees = word.endswith(("s", "ed")) or noun.endswith("s") and _base_form(word)
        if agrees and (lemma(word) in en.THAT_VERBS or ctx.lexicon.cue_weight(word, next_class(text, m.end(), end)) >= CUE_THRESHOLD):
            return m.start()
    return None


# A title-case headline's second predicate after a comma, its verb capitalised in "-s": "Lee Says
# Harbour Is Safe, | Calls Critics ‘Cowards’"
_TITLE_PREDICATE = regex.compile(r",[^\S\n]+(\p{Lu}\p{Ll}{2,}(?<!ss)s)\b")
# How often that verb must head a cue to open the headline's next report ("Calls", "Slams",
# not "Needs", which goes on with the content: "Harbour, Built In 1900, Needs Repair")
TITLE_VERB_PRIOR = 0.25


def _title_case_predicate(ctx: Context, start: int, end: int) -> int | None:
    """The comma of a title-case headline's second report, a capitalised verb of saying in "-s"
    after it with the headline's subject for its own ("Lee Says Harbour Is Safe, Calls Critics
    ‘Cowards’": Lee calls them so), when the content before the comma is in title case too
    (every word of four letters or more capitalised), or None."""
    text = ctx.text
    for m in _TITLE_PREDICATE.finditer(text, start, end, False, CONCURRENT):
        words = [w for w in WORD.findall(text, start, m.start(), False, CONCURRENT) if len(w) > 3]
        if not words or not all(w[0].isupper() or w[0].isdigit() for w in words):
            return None  # (a comma past a word in lower case: no title case before it, nor after it)
        verb = m.group(1).lower()
        if not ctx.layout.inside_quote(m.start()) and lemma(verb) != verb and ctx.lexicon.cue_prior(verb) >= TITLE_VERB_PRIOR:
            return m.start()
    return None


_DAYS = "|".join(en.DAY_NAMES)
_MONTHS = "|".join(en.MONTH_NAMES)
# A time word in capitals after "told" or "on" after a word in small letters, a show's title,
# not the time it was said at: "told This Week that", "said on Today that", "told Morning Joe",
# "told Evening Standard" (a time is written in small letters inside a sentence: "told this
# week"; a day's or a month's name has its capital anyway; a text in capitals keeps its times:
# "SAID TODAY"; and a cue that takes no hearer is told no show: "said Tonight that" is a slip)
_TITLE_TIME = (r"(?:(?<=(?-i:(?<![\w’'-])(?:told|tell|tells|telling)))\s+|(?<=(?-i:(?<![\w’'-])\p{Ll}[\w’'-]*))\s+(?-i:on)\s+)"
               r"(?-i:(?:This|Last)\s+\p{Lu}\w*|Today|Tonight|Yesterday|Morning|Afternoon|Evening|Night|Weekend|Week)\b")
# the spans of time a determiner or "the ... before/after" may open: "that night", "the week after"
TIME_UNIT = r"(?:day|night|morning|afternoon|evening|week|weekend|month|year)"
# What decides whether "that" before a time's noun is the noun's determiner or the complementizer,
# by what follows the noun (the one place the cue, its complementizer and the post-cue adjuncts read
# it from): a verb or a possessive's mark makes the noun the clause's subject, "that" a part of the
# content ("said that day was the worst of her life", "that year's budget was a mess"; the
# complementizer is no "that"); a place's preposition makes "that" and its noun a time phrase the cue
# takes, with the clause after ("noted that evening outside the court that ...")
TIME_SUBJECT_AFTER_THAT = (r"[^\S\n]+" + TIME_UNIT + r"(?:[’']s\b|[^\S\n]+(?:is|was|are|were|has|had|will|would|could|can|"
                           r"may|might|must|should|did|does|seemed|seems|became|remained|remains|proved|marked)\b)")
THAT_TIME_SUBJECT = r"that" + TIME_SUBJECT_AFTER_THAT
TIME_PLACE_PREPOSITIONS = "outside|inside|near|around|across|along|behind|beside|opposite|under|into|onto|towards?|amid"
_TIME_ADJUNCT = (
    r"(?!" + _TITLE_TIME + r")"
    # (not "last year" or "this week" with a finite verb right after it: the clause's subject, "said
    # last year was the hottest"; a bare day is left alone: "a deal announced Monday would ...")
    r"(?!\s+(?:last|this|next)\s+(?:week|month|year)\s+(?:is|are|was|were|will|would|has|had|could|can|may|might|must|should)\b)"
    r"\s+(?:(?:(?:late|early|earlier|later)\s+(?:on|in)|on|in|at|during|over|last|this|earlier|late|early|just)\s+(?:the\s+)?)?"
    rf"(?:{_DAYS}|weekend|week|month|year|"
    # (not the first part of a compound: "said during the week-long trial that", "said at the
    # year-end meeting that")
    # (a year only after a preposition, a determiner or a month, or before "that": "said in 2016",
    # "in July 2010", "said 2019 that"; not "said 2016 was the hottest year": the clause's subject)
    rf"morning|afternoon|evening|night|today|yesterday|tonight|{_MONTHS}|(?<=(?<![\w’'-])(?:on|in|at|during|over|last|this|earlier|late|early|just|the|{_MONTHS})\s+)\d{{4}}|\d{{4}}(?=\s+that\b))\b(?![’']s\b|-\w)(?:\s+(?:morning|night|afternoon|evening))?"
    # the date a weekday stands for, in brackets after it, as Singapore's papers give it: "said
    # on Tuesday (May 7)", "said on Friday night (7 June) that"
    + "(?:" + sources.DAY_DATE + ")?"
    # (not the title of a programme a time names: "said on the Today programme", "on the Sunday show";
    # but "Records released last month show that": a plural's verb)
    rf"(?!(?<=\bthe\s+\w+)\s+(?:{'|'.join(sorted(en.OUTLET_PROGRAMME_NOUNS))})\b)"
    # (not the "too" of "too many", nor the "then" of "then-Senator Lee")
    r"|\s+(?:also|again|later|too(?=\s*[,.;]|\s+that\b)|then(?!-)|previously|earlier|recently|publicly|repeatedly|separately)\b"
    # the place of the dateline, a wire's "said here on Monday that" (not the subject "here is")
    r"|\s+here\b(?!\s+(?:is|are|was|were|and|or)\b|[’']s\b)"
    # "reported ten days ago", "said a few weeks later"
    r"|\s+(?:a\s+few|a\s+couple\s+of|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|later|earlier)\b"
    # a time long past, a writer's way to date a saying: "noted years ago", "said long ago", "warned
    # back in 2010", "observed as far back as 1966", "argued as early as the 1990s"
    r"|\s+(?:years|decades|long)\s+ago\b"
    r"|\s+(?:back\s+in|as\s+(?:far\s+back|early|long\s+ago)\s+as)\s+(?:the\s+)?\d{4}s?\b"
    # a time reckoned from an event: "told CNN the day before the vote [she would run]", "said the
    # morning after the debate he would"; the event's short phrase must be followed by a
    # subject pronoun ("the week before she ran" may be a clause of time: left alone)
    r"|\s+the\s+" + TIME_UNIT + r"\s+(?:before|after)"
    r"\s+(?:the|a|an|his|her|their|its|this|last)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s+(?:he|she|they|we|I|it|there)\s)"
    # or standing alone, the event said before, as the agent of a passive or a stop follows it ("was
    # endorsed the day before by Lee", "said so the week after.")
    r"|\s+the\s+" + TIME_UNIT + r"\s+(?:before|after)(?=\s+by\s|\s*[,.;])"
    # "said that night (that) ...", "vowed that day to ...": "that" is the time's determiner, before
    # a comma, the complementizer, an infinitive or the clause's subject, a name too ("reported that
    # night Lee had won"; not "said that time is short")
    # (or a place's preposition, whose phrase the adjuncts skip after it: "noted that evening
    # outside the court that ...", ``THAT_TIME_SUBJECT``)
    r"|\s+that\s+" + TIME_UNIT +
    r"(?=\s*,|\s+(?:that|to|the|a|an|he|she|they|we|I|it|there|his|her|their|its|our|" + TIME_PLACE_PREPOSITIONS
    + r")\s|\s+(?-i:\p{Lu}))"
    # a span of time: "has said for years", "has argued in recent weeks", "has bristled in the past"
    r"|\s+(?:for\s+(?:days|weeks|months|years|decades)|in\s+recent\s+(?:days|weeks|months|years)"
    r"|(?:in|over|during)\s+the\s+(?:past|last)(?:\s+(?:few|several|two|three|four|five|six|\d{1,2}))?"
    r"\s+(?:days?|weeks?|months?|years?|decades?)"
    # ("in the past", not "in the past tense")
    r"|in\s+the\s+past(?-i:(?![^\S\n]+(?!(?:that|whether|if|to|at|about|on|of|for|with|and|as)\b)[a-z])))\b"
)  # (read in any case: ``_POST_ADJUNCT`` sets it)


# Auxiliaries and pasts after a "that" that make it a relative pronoun, its clause's verb:
# "a rally that was held", "a rally that drew thousands"
_VERBISH_AFTER_THAT = en.FINITE_PASTS | frozenset(
    "is are was were has have had will would could can may might should shall must did does do".split())


# Before "that", any manner adverb, means or span of time is the cue's: "said
# only that", "argued insistently that", "told Reuters by phone that", "has
# said for years that", and where, as "on Facebook" is: "posted online that".
# Lower case: "told Kelly that" names a hearer.
_ADVERB_BEFORE_THAT = (
    r"\s+(?:[a-z]{2,}ly|only|instead|first|online|for\s+(?:the\s+first\s+time|years|months|weeks|decades)"
    r"|by\s+(?:tele)?phone|by\s+e-?mail|by\s+text(?:\s+message)?|over\s+the\s+(?:tele)?phone"
    r"|in\s+(?:writing|person|private|public)"
    # the sworn setting of a witness's words: "acknowledged under questioning that", "said under oath that"
    r"|under\s+(?:oath|questioning|cross-examination)"
    # ... and the one who put the questions, by name: "said under questioning from Sen. Ann Lee that"
    r"(?:\s+(?:from|by)\s+\p{Lu}[^,;:\"“”\n]{0,60}?)?)"
    # ... "that" may come after a day: "admitted for the first time Friday that"
    rf"(?=(?:\s+(?i:(?:on\s+)?(?:{_DAYS}|today|yesterday)))?\s*,?\s+that\b)"
    # the occasion of the saying, a participle's clause with no mark in it, up to a "that" a
    # clause's subject follows: "said while addressing a rally in Agra that ..." (not the
    # relative "that" of "a rally that was held ...")
    r"|\s+(?:while|when|after|before)\s+[a-z]{2,}ing\b[^,.;:!?\"“”\n]{0,80}?"
    rf"(?=\s+that\s+(?!(?:{'|'.join(sorted(_VERBISH_AFTER_THAT))}|[a-z]+ed)\b)\p{{L}})"
)


# Whom a medium went to, "to" and a name, a bare plural or a body, or a determiner and one or two
# nouns ("to reporters", "to staff", "to the board"), and the subject of a clause with no "that"
# ahead (a pronoun, or a determiner before a word in lower case): _ISSUED's and _MEDIUM_ADDRESSEE's
_ADDRESSEE = (r"\s+to\s+(?:(?:the|his|her|its|their)\s+(?:[a-z][\w-]*\s+)?(?!be\b)[a-z][\w-]*"
              r"|(?:staff|police|parliament|congress)\b|(?!(?:its|his|this|has|was|is)\b)[a-z]{2,}[^s\W]s)")
_CLAUSE_SUBJECT_AHEAD = r"(?=\s+(?:(?:the|a|an|his|her|its|their)\s+\p{Ll}|(?:he|she|it|they|we|I|there)\s+\p{Ll}))"


# The participle that says how a statement came out, after the cue took in the statement:
# "said in a statement issued here on Monday that ...", "said in a report published this week that ...";
# and how an interview, a piece or a speech went out: "said in an interview published Sunday that",
# "in an interview aired on Monday that", "wrote in an op-ed published Tuesday that"
_ISSUED = (
    r"(?<=\b(?:statement|release|communiqu[eé]|note|message|bulletin|report|letter|e-?mail|filing|review|audit))"
    r"\s+(?:issued|released|circulated|posted|published|put\s+out|"
    r"made\s+(?:available|public))\b"
    r"|(?<=\b(?:interview|op-ed|column|article|speech|address|video))\s+(?:published|posted|released|aired|broadcast|televised)\b"
    r"(?:\s+online\b)?"
    # ("a statement made available to journalists": whom it went to)
    r"(?:\s+to\s+(?:journalists|reporters|newsmen|the\s+(?:press|media)))?"
    # ... or sent to whom it went, before the clause said in it: "said in an email sent to staff that",
    # "wrote in a letter sent to members the plan was fair" (the hearers as _ADDRESSEE reads them)
    r"|(?<=\b(?:statement|note|message|letter|e-?mail|memo|post))\s+(?:sent|addressed)(?=\s+to\s)"
    + _ADDRESSEE + r"(?:(?=\s*,?\s+that\s)|" + _CLAUSE_SUBJECT_AHEAD + ")"
)


# A court's or a chamber's tally before its "that": "ruled 6-3 that", "voted 52-48 that"; after
# a verb of voting or ruling, before whatever follows, with "to" or a manner of deciding ("voted
# 5-2 on Tuesday to close", "voted 5 to 4 in February to stall", "voted unanimously for"): how
# the count went, no part of what was decided. After other verbs a score may be what was said
# ("the poll showed 52-48 in favour of Lee")
_TALLY = regex.compile(
    r"\s+\d{1,3}[-–]\d{1,3}(?=\s+that\b)"
    r"|(?<=\b(?i:vot(?:e[ds]?|ing)|rul(?:e[ds]?|ing)|decid(?:e[ds]?|ing)))"
    r"\s+(?:\d{1,3}(?:[-–]|\s+to\s+)\d{1,3}|unanimously|overwhelmingly|narrowly)\b(?![-–]\d)")

# The marks that set a phrase or an aside off after a clause, as a pattern's alternatives: a
# dash (or a hyphen spaced as one: "fair - no different"), a semicolon, a comma and a coordinator
# ("Lee said the toll was fair — no different, he said, from ...", "..., and the fee, she said, would fall")
SETTING_OFF = r"[—–;]|[^\S\n]--?(?=[^\S\n])|,[^\S\n]+(?:and|but)(?=[^\S\n])"

# The four, tried in that order in one call (an alternation tries its first branch whole first)
# Whom a judge writes for, before the report: "wrote for the majority that", "wrote for a
# unanimous court,"; the bench the opinion speaks for, no particle of the cue nor its object
FOR_THE_BENCH = regex.compile(
    r"[^\S\n]+for[^\S\n]+(?:a|the)[^\S\n]+(?:(?:unanimous|divided|narrow|\d+-\d+)[^\S\n]+)?"
    r"(?:majority|minority|plurality|court|panel|bench)\b(?=[^\S\n]*(?:,|that\b))"
)
# ... or before a clause with no "that", its subject a pronoun: "told me privately they fear"
# (not "only", which the content's subject may take: "said only he could fix it")
_ADVERB_BEFORE_PRONOUN = (r"\s+(?!only\b)[a-z]{2,}ly(?=\s+(?:I|we|he|she|they)\s)")
# ... or the medium it was said in, with its modifiers, before the clause: "said in a regulatory
# filing it had hired advisers", "said in a video message that", or the speaker's own, bare too:
# "said in its annual report it had", "said in her statement the" (the cue's table holds the
# bare media after "a": "in a statement")
_MEDIUM_BEFORE_CLAUSE = regex.compile(
    r"\s+in\s+(?:an?\s+(?:[a-z][a-z-]*\s+){1,2}?|(?:its|his|her|their)\s+(?:[a-z][a-z-]*\s+){0,2}?)(?:"
    + "|".join(regex.escape(m) for m in en.MEDIA) + ")"
    r"(?=\s*,?\s+(?:that|I|we|he|she|it|they|the|its|his|her|their)\s)"
    # ... bare too before whom it went to and the clause: "said in a message to journalists it carried
    # out the attack" (the hearers are _MEDIUM_ADDRESSEE's)
    r"|\s+in\s+an?\s+(?:" + "|".join(regex.escape(m) for m in en.MEDIA) + ")(?=" + _ADDRESSEE + _CLAUSE_SUBJECT_AHEAD + ")")

# ... or the place it was said at, by its name, before a clause with no "that": "said in New
# Delhi the pier was safe", "told reporters at Trump Tower he would" (the clause's subject a
# pronoun, or a determiner before a word in lower case; "said on CNN the ..." is an outlet's,
# which relays: see ``default_rules.hearers.past_hearer``)
_NAMED_PLACE_BEFORE_CLAUSE = (
    r"\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}"
    r"(?=(?:\s+(?:on|last|this)\s+\p{Lu}\p{Ll}+)?\s+(?:(?:the|a|an|his|her|its|their)\s+\p{Ll}|(?:he|she|it|they|we|I|there)\s+\p{Ll}))")


# ... or the place or event it was said at or after, in lower case, before a clause with no "that":
# "told reporters at party headquarters he would", "said after Sunday's race he was happy", "told
# reporters outside the court he was innocent" (the scene's noun from a list, perhaps a determiner
# or a possessive before it and two words at most between, no word in -ing first with none: "said after
# meeting the board" is a gerund and its object; the clause's subject a pronoun, or a
# determiner before a word in lower case; "said in winter the pier takes a beating" keeps its phrase)
_SCENE_BEFORE_CLAUSE = (
    r"\s+(?:at|outside|inside|after|before|following)\s+(?:(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.-]*[’']s)\s+|(?![a-z]+ing\s))"
    r"(?:(?!(?:the|a|an|his|her|its|their|he|she|it|they|we|I|there)\s)[\w’'-]+\s+){0,2}?"
    r"(?:" + "|".join(sorted(en.SAYING_SCENES)) + r")"
    r"(?=\s+(?:(?:the|a|an|his|her|its|their)\s+\p{Ll}|(?:he|she|it|they|we|I|there)\s+\p{Ll}))")

# ... or the call or the talks it was said in, and with whom, before a clause with no "that" or a
# noun phrase: "affirmed in a phone call with the president the need for calm", "stressed during
# the call the need for calm", "said in talks with Lee the pier was safe" (whom, a name or a
# determiner and up to three words, no "of" among them: "with the head of the union the ..." is left)
_NO_CALLER = r"(?:the|a|an|his|her|its|their|of|and|he|she|it|they|we|I|there)\b"
_CALL_BEFORE_CONTENT = (
    r"\s+(?:in|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:(?:phone|telephone|video|virtual|private|separate|brief|joint)\s+)?"
    r"(?:call|conversation|meeting|talks|chat|exchange)"
    r"(?:\s+with\s+(?:(?:the|his|her|its|their)\s+)?(?:(?!" + _NO_CALLER + r")[\w’'.-]+\s+){0,2}?(?!" + _NO_CALLER + r")[\w’'.-]+)?"
    + _CLAUSE_SUBJECT_AHEAD)

# ... or whom the medium the cue took in went to, before a clause with no "that": "said in a
# statement to reporters the plan was fair", "said in a message to journalists it carried out
# the attack", "wrote in a letter to the board the pier was safe" (a name, a bare plural, or a
# determiner and one or two nouns; the clause's subject a pronoun, or a determiner before a word
# in lower case)
# (not a name in capitals, an outlet's, which relays: "said in a statement to the AP the ...")
_MEDIUM_ADDRESSEE = (
    r"(?<=\b(?:" + "|".join(regex.escape(m) for m in en.MEDIA) + r"))" + _ADDRESSEE + _CLAUSE_SUBJECT_AHEAD)


def medium_before_clause(text: str, pos: int, limit: int) -> int | None:
    """Where a medium with its modifiers ends that stands at ``pos`` before the clause
    said in it ("in a video message that"), or None."""
    found = _MEDIUM_BEFORE_CLAUSE.match(text, pos, limit, CONCURRENT)
    return None if found is None else found.end()


# ... or the terms the source spoke on, which are the report's as its time is, with the reason
# for them up to the sentence's end or a comma: "told AFP on condition of anonymity, adding
# that", "said on the condition of anonymity that", "said on condition of anonymity because he was
# not authorised to speak", "... anonymity to discuss the talks" (up to a "that", whose clause
# is the report: "said on condition of anonymity to discuss the talks that ...")
_ON_CONDITION_ADJUNCT = (r"[^\S\n]+" + kinds.ON_CONDITION + r"(?![\w’'-])"
                                      r"(?:[^\S\n]+(?:because|as|since|to)[^\S\n]+(?:(?![^\S\n]that[^\S\n])[^,.;:!?“”\"\n]){1,120}(?=[,.;:!?]|[^\S\n]that[^\S\n]))?")


# ... or the day a medium bears, after the medium and before the "that" of its clause: "said in an
# interim order of 2023 that", "wrote in a letter dated March 4 that" (the medium is the cue's)
_MEDIUM_DATE = regex.compile(
    r"(?<=(?i:" + "|".join(regex.escape(m) for m in en.MEDIA) + r"))\s+(?:of|dated)\s+"
    r"(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?i:" + _MONTHS + r")(?:,?\s+\d{4})?"
    r"|(?i:" + _MONTHS + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    r"(?=,?\s+that\s)")
_MEDIUM_DATE_OPENERS = frozenset(("of", "dated"))
_MEDIUM_DATE_REACH = 40

# (the branches whose pattern this alone uses are kept as strings, compiled only here: a
# compilation of each on its own cost the start-up and served no match)
_POST_ADJUNCT = regex.compile(
    f"(?i:{_TIME_ADJUNCT})|{_ADVERB_BEFORE_THAT}|{_ADVERB_BEFORE_PRONOUN}|{_MEDIUM_BEFORE_CLAUSE.pattern}|{_NAMED_PLACE_BEFORE_CLAUSE}|{_SCENE_BEFORE_CLAUSE}|{_CALL_BEFORE_CONTENT}|{_ISSUED}|{_MEDIUM_ADDRESSEE}|{_TALLY.pattern}|{FOR_THE_BENCH.pattern}"
    f"|{_ON_CONDITION_ADJUNCT}|{_MEDIUM_DATE.pattern}")


# The words, in lower case, that an adjunct of _POST_ADJUNCT can open with, after its
# spaces: the first word of each of its branches (a day, a month, a number of hours or
# days, a span, an adverb in "-ly" and the occasion's "while" are read apart)
_POST_ADJUNCT_OPENERS = frozenset(en.DAY_NAMES) | frozenset(en.MONTH_NAMES) | frozenset(
    "on in at during over last this earlier late early just weekend week month year morning afternoon evening "
    "night today yesterday tonight also again later too then previously recently publicly repeatedly separately "
    "here a several an one two three four five six seven eight nine ten for only instead first by while when "
    "after before following outside inside under issued released circulated posted published put made sent addressed years decades long back as online to "
    "aired broadcast televised".split()
)
# "the day before", "the morning after": the opening of a time reckoned from an event (_TIME_ADJUNCT)
_THE_TIME_BEFORE = regex.compile(r"\s+" + TIME_UNIT + r"\s+(?:before|after)\s")
# "that day", "that night": a time the determiner "that" opens (_TIME_ADJUNCT)
_THAT_TIME = regex.compile(r"\s+" + TIME_UNIT + r"\b")
# the spaces at a position and the run of plain letters after them
_SPACES_THEN_LETTERS = regex.compile(r"\s+([A-Za-z]*)")


def _may_open_adjunct(text: str, pos: int, limit: int) -> bool:
    """Whether the word after the spaces at ``pos`` may open a post-cue adjunct: a cheap
    test that rejects most words ("said the", "told Lee") before the long pattern is
    tried; a digit or a letter outside plain ASCII leaves the question to the pattern."""
    m = _SPACES_THEN_LETTERS.match(text, pos, limit, CONCURRENT)
    if m is None:
        return False
    word, after = m.group(1), text[m.end() : m.end() + 1]
    if after and not after.isascii():
        return True
    if not word:
        return after.isdigit()
    word = word.lower()
    if word == "the":  # ("said the", the commonest of all: only before a time reckoned from an event)
        return _THE_TIME_BEFORE.match(text, m.end(), limit, CONCURRENT) is not None
    if word == "that":  # (as common: only before a time it determines)
        return _THAT_TIME.match(text, m.end(), limit, CONCURRENT) is not None
    if word in _MEDIUM_DATE_OPENERS:  # ("warned of", "spoke of": only the day a medium bears)
        return _MEDIUM_DATE.match(text, pos, min(limit, pos + _MEDIUM_DATE_REACH)) is not None
    return word in _POST_ADJUNCT_OPENERS or word.endswith("ly")


# A memo of the reads after a cue end that the rules repeat (a cue's content end, its source, its
# hearer and its relay each skip the same adjuncts after the same cue): the text it holds and a
# dictionary from a read's key to its answer. It serves one text, the one a parse reads, and is
# replaced as soon as another text asks, so it dies with the document; a text the size of no
# article (hostile input) clears it at _POST_CUE_MEMO_SIZE entries. The pair is replaced whole,
# never mutated in place, so a reader holds a dictionary for its own text alone.
_post_cue_memo: tuple[str | None, dict] = (None, {})
_POST_CUE_MEMO_SIZE = 4096


def post_cue_memo(text: str) -> dict:
    """The memo of reads after cue ends in ``text`` (see `_post_cue_memo`): keys of
    two integers are `skip_post_adjuncts`'s; other readers key theirs with a name first."""
    global _post_cue_memo
    memo = _post_cue_memo
    if memo[0] is not text or len(memo[1]) >= _POST_CUE_MEMO_SIZE:
        memo = _post_cue_memo = (text, {})
    return memo[1]


def skip_post_adjuncts(text: str, pos: int, limit: int) -> int:
    """Skip time adjuncts and adverbs after a cue ("said on Monday", "said again")."""
    # every adjunct opens with a space, then one of a few words: no call to the pattern before others
    if not text[pos : pos + 1].isspace():
        return pos
    memo = post_cue_memo(text)
    key = (pos, limit)
    found = memo.get(key)
    if found is None:
        found = pos
        while text[found : found + 1].isspace() and _may_open_adjunct(text, found, limit) and (
                m := _POST_ADJUNCT.match(text, found, limit, CONCURRENT)):
            found = m.end()
        memo[key] = found
    return found


def skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def skip_space_back(text: str, pos: int, limit: int = 0) -> int:
    """Where the space before ``pos`` starts, no further back than ``limit``:
    ``len(text[:pos].rstrip())`` without copying the text up to ``pos``."""
    while pos > limit and text[pos - 1].isspace():
        pos -= 1
    return pos


# Where a content that is a noun phrase ("endorsed Ann Lee on Monday",
# "praised the plan in an interview") ends: before the time or the occasion
# of the report, which belong to the cue. A clause keeps them ("said the
# ferry sank on Monday"): there they may tell when it sank.
# (a month in capitals, by name or its abbreviation: "April", "Dec.")
_CAPITAL_MONTHS = "|".join(m.capitalize() for m in en.MONTH_NAMES) + r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\."
_FINAL_TIME = regex.compile(
    # ("earlier on Tuesday", "since last year": the adverb or preposition goes with the time; but a
    # bare day after "until" or "since" is the phrase's own, see _TIME_OBJECT_BEFORE)
    rf"\s+(?:(?:earlier|later|early|late)\s+)?(?:(?:on|last|this|earlier|late|early|next)\s+)?(?:{_DAYS})\b"
    r"(?:\s+(?:morning|night|afternoon|evening))?[\s.,]*$"
    r"|\s+(?:(?:earlier|later|since)\s+)?(?:on|in|during|last|this|earlier)\s+(?:the\s+)?(?:weekend|week|month|year|morning|afternoon|evening|night|"
    rf"{_MONTHS}|\d{{4}})\b"
    r"(?:\s+(?:\d{1,2}(?:,\s*\d{4})?|\d{4}))?[\s.,]*$"
    # a stretch of time up to now or ahead ("in recent weeks", "over the past few months",
    # "in the coming days", "for years", "until recent days", "in the past"), or a part of a
    # month or a year ("in early June", "in late 2015")
    r"|\s+(?:(?:in|over|during|for|within)\s+(?:recent|coming|the\s+(?:past|last|coming|next)(?:\s+(?:few|several|two|three|four|five|six))?)"
    r"|for|until\s+recent)\s+(?:days|weeks|months|years|decades)[\s.,]*$"
    r"|\s+in\s+the\s+past[\s.,]*$"
    rf"|\s+in\s+(?:early|late|mid-?)\s*(?:{_MONTHS}|\d{{4}})[\s.,]*$"
    # an hour of the night ("shortly after midnight", "at 3.12am", "just before 11 p.m."), or the
    # small hours ("in the early hours of Friday"): a count's times, the report's
    r"|\s+(?:(?:shortly|just|soon|early|late)\s+)?(?:after|before|at|around)\s+(?:midnight|noon|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.?|p\.m\.?)|\d{1,2}[:.]\d\d)[\s.,]*$"
    rf"|\s+in\s+the\s+(?:early|small)\s+hours(?:\s+of\s+(?:the\s+morning|{_DAYS}))?[\s.,]*$"
    # a time reckoned back or on from now or then ("three months ago", "two years earlier", "a
    # day later"; but "from eight years ago" is the phrase's own, see _TIME_OBJECT_BEFORE)
    r"|\s+(?:(?:about|nearly|almost|some|just|only|more\s+than)\s+)?(?:a|an|a\s+few|a\s+couple\s+of|several|many|\d+|"
    + en.NUMBER_WORDS + r")\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later)[\s.,]*$"
    # the years a list joins ("in 2008 and 2012", "in 2001, 2003 and 2005")
    r"|\s+in\s+\d{4}(?:,\s*\d{4})*,?\s+(?:and|or)\s+\d{4}[\s.,]*$"
    # a date with no preposition before it ("signed it into law April 5"; but not a preposition's
    # object, "the deadline of April 5", nor a determiner's noun, "any role in the Sept. 11
    # attacks" cut short): the month in capitals
    r"|(?<!\b(?:of|on|in|at|and|or|through|between|than|to|by|for|from|until|till|since|before|after"
    r"|the|a|an|this|that|these|those|its|his|her|their|our|my|your|each|every))"
    rf"\s+(?-i:{_CAPITAL_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?[\s.,]*$",
    regex.IGNORECASE,
)
# The words a match of _FINAL_TIME can end with, read backwards from the content's end:
# a cheap test that fails on most contents, where the forward search for a match anchored
# at the end would try every word of the content ("on", "last" ... and the spaces).
_FINAL_TIME_WORD = regex.compile(
    rf"(?r)(?:days?|morning|night|afternoon|evening|weekend|weeks?|months?|years?|decades|past|{_MONTHS}|\d"
    r"|midnight|noon|hours|(?<![^\W\d_])(?:ago|earlier|later|am|pm|a\.m|p\.m))[\s.,]*\Z", regex.IGNORECASE
)


# A preposition that takes a bare day as its object, right before it: "for Friday", "until Monday"
_TIME_OBJECT_BEFORE = regex.compile(r"(?i)(?<![\w’'-])(?:for|until|till|from|by|before|after|since|to)$")


# A town or a body after such a time, at the stretch's end: " on Monday | in Boston.", read
# backwards (the time and the place are one adjunct; a place before the time, "in Boston on
# Monday", may be the noun's own: "criticised the shooting in Boston on Monday")
_FINAL_PLACE = regex.compile(r"(?r)[^\S\n]+in[^\S\n]+(?-i:[A-Z][a-z]{2,}(?:[^\S\n]+[A-Z][a-z]{2,})?)[\s.,]*\Z")


def final_time(text: str, start: int, end: int) -> regex.Match | None:
    """The match of _FINAL_TIME in [start, end) (a time adjunct that ends the
    stretch: " on Monday.", " last week", or " on Monday" before a place that
    ends it: " on Monday in Boston."), as a forward search gives it; only
    searched when the stretch ends with a word such an adjunct ends with."""
    if _FINAL_TIME_WORD.match(text, start, end, CONCURRENT) is None:
        place = _FINAL_PLACE.match(text, start, end, CONCURRENT)
        if place is None or _FINAL_TIME_WORD.match(text, start, place.start(), CONCURRENT) is None:
            return None
        end = place.start()
    m = _FINAL_TIME.search(text, start, end)
    if m is not None and _TIME_OBJECT_BEFORE.search(text, max(start, m.start() - 8), m.start(), CONCURRENT) is not None:
        return None  # "announced a curfew for Friday": the day is the phrase's own, not the report's
    if m is not None and (joined := _PARALLEL_JOINER.search(text, max(start, m.start() - _PARALLEL_REACH), m.start(), CONCURRENT)):
        first = _FINAL_TIME.search(text, start, joined.start())
        if first is not None and first.group().split(None, 1)[0].lower() == m.group().split(None, 1)[0].lower():
            return None  # "142,000 in January and 125,000 in June": the second of two times a list pairs, no report's
    return m


# "and" or "or" and a few words (no clause) before a content's final time, the second member of a
# list whose first ends in a time of its own ("142,000 in January and 125,000 in June")
_PARALLEL_JOINER = regex.compile(r"(?r)[^\S\n]+(?:and|or|versus|against|to)[^\S\n]+(?:[\w$£€%.,’'-]+[^\S\n]+){0,3}?[\w$£€%.,’'-]+\Z")
_PARALLEL_REACH = 40


_OCCASION = regex.compile(
    r"\s+(in|during|at|on|via|through)\s+(?:a|an|the|his|her|their|its|this|that|one|several|two|three)?\s*"
    # (not across a word that opens a clause: "in order to show", "in education to how to address")
    # (a title's words in quotation marks among them: "on Fox’s “Morning Show” program")
    r"(?:(?!(?:to|that|which|who|how|and|or|whether|if|order)\b)[“\"]?[\w’'-]+[”\"]?\s+){0,4}?"
    r"(?:interviews?|statements?|speech(?:es)?|rally|rallies|debates?|press\s+conference|"
    r"news\s+conference|conference\s+call|tweets?|posts?|letter|op-ed|emails?|appearance|town\s+hall|video|broadcast|"
    r"program|show|radio|television|facebook|twitter|instagram|remarks|address|hearing|event|meeting|memo|column|"
    r"messages?|(?:news|press)\s+releases?|communiqu[eé]s?|"
    r"essay|book|ads?|social\s+media|(?:condition|promise)\s+of\s+anonymity|spokes(?:man|woman|person)|lawyers?|attorneys?)(?![\w’'-])",
    regex.IGNORECASE,
)
# A quotation that is a title of two words or more: each word capitalized ("“Good Morning America”"),
# in any marks, the single ones of British copy too ("‘Good Morning Britain’")
_TITLE_QUOTATION = regex.compile(
    r"[" + OPENING_QUOTE_CLASS + r"]{1,2}[A-Z][\w’'.&-]*(?:\s+(?:of|the|and|a|in|on|to|for|[A-Z\d][\w’'.&-]*)){1,8}[,.!?]?["
    + CLOSING_QUOTE_CLASS + r"]{1,2}")
# A dash after a closing quotation mark that opens the writer's comment and runs to the content's
# end, with no dash to close it: a noun phrase ("— an issue ...", "- the first to ..."), "itself",
# "absent", "except", "so" or "as in"
_DASH_COMMENT = regex.compile(r"[^\S\n]*(?:—|–|--?)[^\S\n]*(?:a|an|the|itself|absent|except|so|as\s+in)\s(?:(?!\s-{1,2}\s|--)[^—–\n]){0,300}$")
# The day of a report after its quotation, to the content's end: " on Monday", " Friday afternoon"
_REPORT_DAY = regex.compile(
    rf"\s+(?:(?:on|late|early|earlier)\s+)?(?:{_DAYS})\b(?:\s+(?:morning|night|afternoon|evening))?[\s.,]*$",
    regex.IGNORECASE,
)
_ADVERBS_ONLY = regex.compile(r"[a-z]+ly(?:\s+[a-z]+ly){0,2}")
_AUXILIARIES = frozenset(
    "is are was were be been being will would could should can may might must has have had do does did".split()
)
# Words that open a clause, not a noun phrase: a pronoun subject, "to", a question word.
_CLAUSE_OPENERS = frozenset(
    "he she they it we i you there this that to what which who whom why how whether if where when".split()
)


_NOUN_PHRASE_WORDS = 30
_CONTRACTION = regex.compile(r"[’']")
# An auxiliary contracted onto its subject or a negation: "they’ll", "we’re", "didn’t"
# (not "’s", also a possessive: "the mayor’s plan")
_CONTRACTED_AUXILIARIES = tuple(x.replace("’", q) for q in "’'" for x in ("n’t", "’ll", "’re", "’ve", "’d", "’m"))


def noun_phrase(text: str, start: int, end: int) -> bool:
    """Whether [start, end) reads as a noun phrase, not a clause: no auxiliary,
    no "to", no negation, no verb in -ed, and no pronoun or question word first."""
    k = -1
    for k, m in enumerate(WORD.finditer(text, start, end, False, CONCURRENT)):
        w = m.group().lower()
        if k == 0 and _CONTRACTION.split(w, 1, CONCURRENT)[0] in _CLAUSE_OPENERS:
            return False  # "he", "he’ll"
        if k >= _NOUN_PHRASE_WORDS or w in _AUXILIARIES or w == "to" or w.endswith(_CONTRACTED_AUXILIARIES) or (
            w.endswith("ed") and len(w) > 4
        ) or k > 0 and w in en.FINITE_PASTS:
            return False  # a longer content is a clause, or too long to tell: read no further
    return k >= 0


# A past that reads as a participle too ("spent", "paid", "sent") right before an object, a
# determiner, a pronoun, a number or a sum: the finite verb of a clause, for a participle of a
# noun ("the money spent on ...", "the letter sent by ...") takes none
_PAST_BEFORE_OBJECT = regex.compile(
    r"[^\S\n](?:" + "|".join(sorted(en.IRREGULAR_PASTS)) + r")[^\S\n]+"
    r"(?:(?:the|a|an|its|their|his|her|our|him|them|it|this|these|those)[^\S\n]|[\d$£€])")


def past_before_object(text: str, start: int, end: int) -> bool:
    """Whether a past past the first word of [start, end) takes an object, and so is a
    clause's verb though it reads as a participle: "the department spent $4m on ..."."""
    return _PAST_BEFORE_OBJECT.search(text, start, end, CONCURRENT) is not None


# A word that opens an adjunct clause or phrase after a noun-phrase content: it
# tells when or why the cue's act happened ("endorsed Lee [before the vote]",
# "backed Ng [because he had won]", "opposed it [despite his doubts]"), no part of
# what was endorsed or backed. "as", "when" or "while" only before a pronoun
# subject ("praised the crew [as she left]", "banned it [when he took office]"),
# and not before a clause that reports on its own ("[when he warned that ...]"):
# otherwise they as often open a relative clause of the phrase ("the days when
# ...") or go on with it ("cast Lee as a hero").
# How long after or before an event, before its "after" or "before": "shortly", "two days"
# (not after an article: "in the moments before he was shot" is the phrase's own)
HOW_LONG = (r"(?:shortly|just|soon|right|(?:(?:\d+|a\s+few|several|" + en.NUMBER_WORDS + r")\s+)?"
            r"(?<!\b(?:the|these|those)\s+)(?:moments|minutes|hours|days|weeks))")
_ADJUNCT_OPENER = regex.compile(
    # (with how long after or before: "conceded defeat shortly after midnight", "two days before the vote")
    r"\s+(?:" + HOW_LONG + r"\s+(?=(?:after|before)\b))?"
    r"(?:after|before|because|despite|amid|(?P<temporal>as|when|while)(?=\s+(?:he|she|they|it|we|I)\s))\b"
)
# The same openers capitalised, in a headline's title case, before a capitalised word or a number:
# "Slams Lee Over Fares After Ferry Ruling", "Defends Lee Amid Pier Row" (read only when the
# content before it is in title case too, `_title_case_run`: "the film Before Sunrise" is a title);
# "While" before any subject ("Call For Talks While Rivals Tweet"), "When" only before a pronoun
# ("Backed Lee When He Ran"; "Recalls Night When Pier Burned" is the noun's relative clause)
_TITLE_ADJUNCT_OPENER = regex.compile(
    r"\s+(?:After|Before|Because|Despite|Amid|While|When(?=\s+(?:He|She|They|It|We|I)\s))\s+(?=\p{Lu}|\d)")
_THAT_WORD = regex.compile(r"\bthat\b")
# "because" right after a closing quotation mark: the reason the source gives for its quoted words
_REASON_AFTER_QUOTATION = regex.compile(r"[" + CLOSING_QUOTE_CLASS + r"][^\S\n]+because\b")


# A pronoun that stands alone for the object before an adjunct or a result clause, no clause's
# subject, which a verb would follow: "feel strongly about [this] because ...", "spoke so rarely
# about [it] that ..." (not "that": "said that because ..." opens the reported clause)
_LONE_OBJECT_PRONOUNS = frozenset("this it these those them him her".split())


def lone_object_pronoun(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is one pronoun that stands for an object (see _LONE_OBJECT_PRONOUNS)."""
    return text[start:end].strip().lower() in _LONE_OBJECT_PRONOUNS


# A demonstrative that is an object or its determiner, before a final time: "learned [that] in
# 1990", "echoed [that promise] on Monday" (not before a name, a determiner or a pronoun, where
# "that" opens a clause, "that Lee won", "that the plan failed", whose time may be its own)
_DEMONSTRATIVES = frozenset("this that these those".split())
_NOT_AFTER_DEMONSTRATIVE = _CLAUSE_OPENERS | frozenset(
    "the a an his her their its our my your no any some every each all both many most".split())


def demonstrative_object(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a demonstrative alone or before a noun phrase in small letters (see
    _DEMONSTRATIVES)."""
    words = WORD.finditer(text, start, end, False, CONCURRENT)
    first = next(words, None)
    if first is None or first.start() > start or first.group().lower() not in _DEMONSTRATIVES:
        return False
    second = next(words, None)
    return second is None or (second.group().islower() and second.group() not in _NOT_AFTER_DEMONSTRATIVE
                              and noun_phrase(text, second.start(), end))


# "so" and its adverb or adjective in the cue right before a content ("spoke so rarely about",
# "cared so much for"): a "that" clause after the content's object is the result the degree
# leads to ("spoke so rarely about it | that few knew"), no part of what was spoken about
_SO_BEFORE = regex.compile(
    r"(?<![\w’'-])so[^\S\n]+[a-z]+(?:[^\S\n]+(?:about|of|on|to|with|for|at|over))?[^\S\n]+\Z")
_SO_REACH = 40
_RESULT_THAT = regex.compile(r"[^\S\n]+that[^\S\n]")


def _before_result_clause(ctx: Context, start: int, end: int) -> int:
    """Where a content that is an object after a cue of degree ("so rarely about") ends before
    the "that" clause of the degree's result; ``end`` when there is none (see _SO_BEFORE)."""
    text = ctx.text
    if text.find("so ", max(0, start - _SO_REACH), start) < 0 or _SO_BEFORE.search(text, max(0, start - _SO_REACH), start) is None:
        return end  # (the cheap test first)
    m = _RESULT_THAT.search(text, start, end, CONCURRENT)
    if m is None or m.start() <= start or ctx.layout.inside_quote(m.start()) or not (
            noun_phrase(text, start, m.start()) or lone_object_pronoun(text, start, m.start())):
        return end
    return m.start()


def _before_adjunct_clause(ctx: Context, start: int, end: int, clause_verb: bool = False) -> int:
    """Where a content that opens with a noun phrase ends before an adjunct
    clause or phrase that follows the phrase; ``end`` when none does. After a
    verb of saying or believing (``clause_verb``) the words before the adjunct,
    two or more, are a clause's subject and verb, and the adjunct is theirs:
    "says [millions lost their homes because of greed]"; not "think twice
    before ...", nor a content the adjunct opens ("said after the vote")."""
    m = _ADJUNCT_OPENER.search(ctx.text, start, end, CONCURRENT)
    if m is None and (title := _TITLE_ADJUNCT_OPENER.search(ctx.text, start, end, CONCURRENT)) is not None and (
            _title_case_run(ctx.text, start, title.start())):
        m = title
    if m is not None and m.re is _ADJUNCT_OPENER and m.group("temporal") and _THAT_WORD.search(ctx.text, m.end(), end):
        return end
    if m is not None and _REASON_AFTER_QUOTATION.match(ctx.text, m.start() - 1, end, CONCURRENT):
        return end  # "called the plan “a farce” because ...": the reason for the quoted verdict is the source's too
    if m is None or m.start() <= start or ctx.layout.inside_quote(m.start()) or not (
            noun_phrase(ctx.text, start, m.start()) or lone_object_pronoun(ctx.text, start, m.start())):
        return end
    if clause_verb and not _ADJUNCT_OPENER.match(ctx.text, start - 1, end) and _TWO_WORDS.match(ctx.text, start, m.start()):
        return end
    if _participle_predicate(ctx.text, start, m.start()):
        return end  # "the poll showed [Lee losing ground after the debate]": the participle's adjunct
    return m.start()


def _title_case_run(text: str, start: int, end: int) -> bool:
    """Whether every word of [start, end) but title case's small words (`default_lexicon.TITLE_SMALL_WORDS`)
    is capitalised or a number, one at least: a headline's title case."""
    words = WORD.findall(text, start, end, False, CONCURRENT)
    return any(w not in en.TITLE_SMALL_WORDS for w in words) and all(title_case_word(w) for w in words)


# Words in -ing that are no participle of a verb, and words after which one is a gerund or a noun
_NOT_PARTICIPLES = frozenset(
    "during according including following regarding concerning nothing something anything everything thing "
    "morning evening king ring spring string building meeting hearing funding spending wedding".split())
_BEFORE_GERUND = frozenset(
    "in of for about on at to by with from without after before into than the a an his her their its our my "
    "your this that these those no any some".split())


def _participle_predicate(text: str, start: int, end: int) -> bool:
    """Whether [start, end) holds a participle after a noun, the predicate of a
    small clause ("Lee losing ground", "laws barring most abortions"), not its
    first word nor a gerund after a preposition or a determiner ("in reviving")."""
    prev = None
    for k, w in enumerate(WORD.finditer(text, start, end, False, CONCURRENT)):
        word = w.group()
        if k >= _NOUN_PHRASE_WORDS:
            return False
        if (prev is not None and word.endswith("ing") and len(word) > 4 and word.islower()
                and word not in _NOT_PARTICIPLES and prev not in _BEFORE_GERUND):
            return True
        prev = word.lower()
    return False


_TWO_WORDS = regex.compile(r"\S+\s+\S")


# A single adverb that ends a noun-phrase content, after its object: the report's manner, time or
# place, no part of the phrase ("replayed the speech later", "mentioned Lee directly", "called him a
# liar instead", "praised the plan too", "shared the post online"); one word only ("put things a
# little differently", "still later" keep their degree and its adverb), and not after a gerund,
# whose adverb it is ("insisted on acting now"); not "here" nor "differently", which the phrase
# as often keeps ("braced for defeat here", "saw his words differently")
_FINAL_ADVERBS = frozenset(
    "later afterward afterwards online instead directly repeatedly too now".split())
_ADVERB_MODIFIERS = frozenset("little bit much far even still very so more less rather quite and or".split())
_AS_WELL_END = regex.compile(r"[^\S\n]+as[^\S\n]+well[\s.,]*\Z", regex.IGNORECASE)


def final_adverb(text: str, start: int, end: int) -> int:
    """Where a content [start, end) ends before a single adverb at its end, and a comma before it
    (see _FINAL_ADVERBS; "as well" too), else -1."""
    stop = end
    while stop > start and text[stop - 1] in " .,":
        stop -= 1
    space = text.rfind(" ", start, stop)
    if space <= start:
        return -1
    if text[space + 1:stop].lower() in _FINAL_ADVERBS:
        cut = space
    elif text[space + 1:stop].lower() == "well" and (m := _AS_WELL_END.search(text, max(start, space - 8), end)):
        cut = m.start()
    else:
        return -1
    cut = skip_space_back(text, cut, start)
    if cut > start and text[cut - 1] == ",":
        cut -= 1
    before = text.rfind(" ", start, cut)
    first = WORD.match(text, start, end)
    if text[before + 1:cut].lower() in _ADVERB_MODIFIERS or first is not None and first.group().endswith("ing"):
        return -1
    return cut


def noun_phrase_end(ctx: Context, start: int, end: int, clause_verb: bool = False) -> int:
    """Where a noun-phrase content ends: before an adjunct clause after the
    phrase ("before the vote"), a final time adjunct or the first occasion of
    the report ("in an interview", "during a rally"). What decides is whether
    the words before the adjunct read as a noun phrase, the adjunct's own words
    aside ("praised Lee in an email to donors")."""
    text = ctx.text
    end = _before_adjunct_clause(ctx, start, _before_result_clause(ctx, start, end), clause_verb)
    whole = noun_phrase(text, start, end)
    cut = end
    m = final_time(text, start, end)
    if m is not None and m.start() > start and not ctx.layout.inside_quote(m.start()) and (
            whole or noun_phrase(text, start, m.start()) or demonstrative_object(text, start, m.start())):
        cut = m.start()  # ("learned that in 1990", "echoed that promise on Monday": a demonstrative's too)
    if cut == end and (adverb := final_adverb(text, start, end)) > start and (
            noun_phrase(text, start, adverb) or demonstrative_object(text, start, adverb)):
        cut = adverb  # ("replayed the speech later", "called him a liar instead", "praised the plan too")
    if (outlet := outlet_at_end(ctx, start, cut)) is not None:
        cut = outlet[0]
    for m in _OCCASION.finditer(text, start, cut, False, CONCURRENT):
        # an adverb alone before the occasion is the cue's ("talked openly on social media about X")
        if m.start() <= start or ctx.layout.inside_quote(m.start()) or _ADVERBS_ONLY.fullmatch(text, start, m.start()):
            continue
        if _GAPPED_REPORT_BEFORE.search(text, max(start, m.start() - _GAPPED_REPORT_REACH), m.start(), CONCURRENT) and (
                _FINITE_AFTER_GAP.match(text, m.end(), cut, CONCURRENT)):
            continue  # "the attacks that Ng said during the debate were unfair": the relative clause's own occasion
        # the occasion's own words may hold "to" or a verb in -ed ("in an email to donors", "in an
        # interview published Monday"): a noun phrase before it is enough, when nothing after it
        # goes on with that phrase ("comments on Facebook about X", "a post on Twitter that ...")
        if whole or noun_phrase(text, start, m.start()) and not _GOES_ON_AFTER_OCCASION.search(text, m.end(), cut):
            # a time before the occasion is the report's too ("made similar comments Thursday on Fox")
            time = final_time(text, start, m.start())
            return time.start() if time is not None and time.start() > start and noun_phrase(text, start, time.start()) else m.start()
    return cut


# The medium a report was made in, at its content's end and the sentence's, with whom it was
# given to, where it went up or what carried it, and a day: "said the plan was fair in a
# statement.", "... in an interview with the BBC on Monday", "... in a post on X", and the same
# set off by a comma: "said Ankara would not allow it, in remarks carried by state media",
# "..., in a speech broadcast on state television on Friday": the speaker's act, no part of what
# was said (as it is none before the content: "said in remarks carried by state media that
# ..."). One pattern on the one list of media (``sources.MEDIUM_NOUN_PHRASE``). Without the
# comma, not after a verb that puts the words in it ("the figure appeared in a statement", "was
# quoted in an interview"), whose phrase it completes; nor where whom it went to is neither a
# name nor the press ("in her comments to reporters" is the report's), nor where "during" opens
# it and names no one: the phrase may be the reported event's ("had treated her family rudely
# during a phone call", "discussed the plan in a call with aides and himself"; but "said the pier
# was safe during an interview with CNN").
_FINAL_MEDIUM = regex.compile(
    r"(?:,[^\S\n]+|[^\S\n]+(?<!\b(?:appear(?:ed|s)?|includ(?:ed|es?)|publish(?:ed|es)?|print(?:ed|s)?|mention(?:ed|s)?|quot(?:ed|es?)|"
    r"cit(?:ed|es?)|contain(?:ed|s)?|post(?:ed|s)?|written|wr[io]tes?|made|makes?|sa(?:id|ys?)|describ(?:ed|es?)|"
    r"outlin(?:ed|es?)|out|reveal(?:ed|s)?|disclos(?:ed|es?)|told|tells?|was|were|is|are|be|been|found|read|use[ds]?|"
    r"speak(?:s|ing)?|spoke|talk(?:ed|s)?|announc(?:ed|es?)|sent|shar(?:ed|es?)|put)[^\S\n]+))"
    r"(?P<prep>in|during)[^\S\n]+(?P<medium>" + sources.MEDIUM_NOUN_PHRASE
    + r")(?:(?:" + sources.MEDIUM_LINK + r"|[^\S\n]+on)[^\S\n]+(?P<name>[^,;:\n“”\"()]{1,60}?))?"
    r"(?:[^\S\n]+(?:(?:on|this|last)[^\S\n]+\w+|" + "|".join(d.capitalize() for d in en.DAY_NAMES)
    + r"|today|yesterday|earlier|later))?"
    r"[\s.,!?]*\Z"
)
_FINAL_MEDIUM_REACH = 160
# (the media that close a content with no comma before them: a speaking occasion, not a paper
# whose place in the report's own words is as likely, "said the board erred in its order",
# "... was wrong in its filing", "... made a mistake in its call")
_BARE_FINAL_MEDIA = frozenset(
    "statement interview tweet post op-ed email e-mail letter message memo speech video briefing podcast release "
    "remarks comments readout communique communiqué".split())


# ... nor one's remarks or comments with a possessive and no hearer: the manner of the words
# reported may lie in them ("said he was being sarcastic in his comments", "said there was
# nothing new in her remarks"; but "in his remarks to reporters", "in her comments to CNN")
_OWN_WORDS_OPENERS = frozenset("his her their its".split())
_OWN_WORDS = frozenset(["remarks", "comments"])


# the prepositions a final medium opens with, bare or set off by a comma (``bare``)
_FINAL_MEDIUM_OPENINGS = {True: (" in ", " during "), False: (", in ", ", during ")}


def before_final_medium(ctx: Context, start: int, end: int, bare: bool = True) -> tuple[int, tuple[int, int] | None]:
    """Where a content [start, end) ends before the medium its report was made in, at its
    end ("said the plan was fair in a statement", "..., in remarks carried by state media"),
    else ``end``; and the outlet the medium names, which relays the report ("the BBC" in "in
    an interview with the BBC on Monday", "Xinhua" in "in comments carried by Xinhua"; None
    for a person's name, "in an interview with Ann Lee", or none). ``bare``: the medium
    need not be set off by a comma (a clause's after a verb of saying, which its caller checks)."""
    text = ctx.text
    lo = max(start, end - _FINAL_MEDIUM_REACH)
    in_, during = _FINAL_MEDIUM_OPENINGS[bare]
    first = text.find(in_, lo, end)
    if (other := text.find(during, lo, end)) >= 0 and not 0 <= first < other:
        first = other
    if first < 0:
        return end, None  # (no preposition a medium opens with: no call to the pattern)
    # (from the first, or the comma before it)
    m = _FINAL_MEDIUM.search(text, max(lo, first - 1), end, CONCURRENT)
    if m is None or m.start() <= start or ctx.layout.inside_quote(m.start()) or text[m.start()] != "," and (
            not bare or (medium := m.group("medium").split())[-1] not in _BARE_FINAL_MEDIA
            or (_NAMED.fullmatch(text, *m.span("name")) is None and m.group("name").lower() not in sources.PRESS_HEARERS
                if m.start("name") >= 0 else m.group("prep") == "during" or medium[0] in _OWN_WORDS_OPENERS and medium[-1] in _OWN_WORDS)):
        return end, None
    return m.start(), _medium_outlet(ctx, m)


# whom a medium went to or what it went up on, named in capitals: "the BBC", "X", "Fox News"
_NAMED = regex.compile(r"(?:the[^\S\n]+)?\p{Lu}[\w’'&.-]*(?:[^\S\n]+\p{Lu}[\w’'&.-]*){0,2}")


def medium_after(ctx: Context, pos: int, end: int) -> tuple[int, int] | None:
    """The outlet of the medium set off by a comma at ``pos`` that closes the sentence by
    ``end`` (the one :func:`content_end` cut off: "..., in comments carried by Xinhua."), or None."""
    if not ctx.text.startswith(",", pos):
        return None
    m = _FINAL_MEDIUM.match(ctx.text, pos, end, CONCURRENT)
    return _medium_outlet(ctx, m) if m is not None else None


def _medium_outlet(ctx: Context, m: regex.Match) -> tuple[int, int] | None:
    """The span of the name a final medium's match holds, when it is an outlet's."""
    if m.start("name") < 0:
        return None
    outlet = trim(ctx.text, *m.span("name"))
    return outlet if kinds.kind(ctx.text, *outlet, ctx.lexicon) == "outlet" else None


def participle_in(text: str, start: int, end: int, past_first: bool = True) -> bool:
    """Whether a word of [start, end) (``past_first``: past its first) is a past participle, a
    verb's of its own in the phrase: "comments made earlier", "the ad aired", "a letter written by"."""
    return any(w.endswith("ed") and len(w) > 3 or w in en.IRREGULAR_PARTICIPLES or w == "made"
               for w in WORD.findall(text, start, end, False, CONCURRENT)[1 if past_first else 0:])


# " on" or " to" and a name in capitals to the content's end, an outlet's the report was made on
# or told to: " on Sky Sports.", " to People magazine."
# ("People magazine": the name the outlet goes by, its medium's noun after it)
_ON_OUTLET = regex.compile(
    r" (?:on|to)[^\S\n]+((?:the[^\S\n]+)?\p{Lu}[\w.’'&!-]*(?:[^\S\n]+\p{Lu}[\w.’'&-]*){0,3})"
    r"((?:[^\S\n]+(?:" + "|".join(sorted(en.OUTLET_MEDIUM_NOUNS)) + r"))?)[\s.,]*\Z")


# a time after the outlet told, at a content's end: "confirmed the cuts to Reuters on Tuesday",
# "... to The Verge last week"
_TIME_AFTER_OUTLET = regex.compile(
    rf"(?i)[^\S\n]+(?:(?:on|last|this|earlier|late|early|earlier[^\S\n]+this)[^\S\n]+)?(?:{_DAYS}|today|yesterday|tonight|week|month|year)"
    r"(?:[^\S\n]+(?:morning|afternoon|evening|night))?[\s.,]*\Z")


def outlet_at_end(ctx: Context, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """Where a noun-phrase content [start, end) ends before the outlet it was said on or told to,
    and that outlet's span: "slammed the decision as “a disgrace” on Sky Sports", "confirmed the
    split to People magazine", and before a time after it: "confirmed the cuts to Reuters on
    Tuesday" (but a participle's in the phrase: "his comments made earlier on MSNBC"; and "the
    key to Republicans" names no outlet)."""
    text = ctx.text
    if (time := _TIME_AFTER_OUTLET.search(text, max(start, end - 40), end, CONCURRENT)) is not None and time.start() > start:
        end = time.start()
    at = max(text.rfind(" on ", start, end), text.rfind(" to ", start, end))
    if at <= start or ctx.layout.inside_quote(at):
        return None
    m = _ON_OUTLET.match(text, at, end, CONCURRENT)
    if m is None or kinds.kind(text, m.start(1), m.end(2), ctx.lexicon) != "outlet":
        return None
    if not noun_phrase(text, start, at) or participle_in(text, start, at):
        return None
    return at, (m.start(1), m.end(2))


# A relative clause whose verb of saying or thinking has its clause's subject as the gap, right
# before an occasion that a finite verb follows: "the attacks [that Ng said] during the debate were
# unfair"; the occasion is that verb's, the words after it its clause's (_FINITE_AFTER_GAP)
_GAPPED_REPORT_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:that|which|who)(?:[^\S\n]+[\w’'.-]+){1,4}?[^\S\n]+(?:say|says|said|claim|claims|claimed|argue|argues|argued"
    r"|think|thinks|thought|believe|believes|believed|insist|insists|insisted)[^\S\n]*\Z")
_GAPPED_REPORT_REACH = 60
_FINITE_AFTER_GAP = regex.compile(
    r"[^,;:\n]{0,60}?[^\S\n](?:is|are|was|were|had|has|have|would|will|could|should|might|may)[^\S\n]")

# What after an occasion makes it part of the phrase before it: a clause ("that", "which",
# "as", ...), the topic of a noun ("about"), a colon or a quotation
_GOES_ON_AFTER_OCCASION = regex.compile(r"\b(?:that|which|who|whom|whose|as|because|so|while|when|about)\b|[:;“\"]")
