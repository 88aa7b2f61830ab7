"""Quotations around verb cues: a quotation after the cue's phrase or colon, one that opens the
next sentence or paragraph, quotations carried over paragraphs or set off by a dash, and
whether a quotation's words are the cue's content.
"""

from __future__ import annotations

import bisect

import regex

from attribution import clauses, cues, sources, tokens
from attribution import default_lexicon as en
from attribution.default_rules.common import (
    POSSESSOR_DETERMINERS,
    candidate,
)
from attribution.default_rules.hearers import (
    closes_on_saying,
)
from attribution.default_rules.subjects import (
    another_speaker,
    quoted_person,
    source_end,
)
from attribution.layout import Sentence
from attribution.rules import Candidate, Context
from attribution.tokens import WORD

AS_SAYING = regex.compile(r"\bas\s+(?:saying|telling|writing|adding|stating|arguing|warning)\b(?:\s+that\b)?", regex.IGNORECASE)

# the lower-case words a name of an organisation may hold ("Fight for $15", "Friends of the Earth")
NAME_LINKS = frozenset("of for the and on at in to".split())


def quoted_after_quotation(ctx: Context, sentence: Sentence, src, cue_start: int, cue_end: int,
                            lead: tuple[int, int]) -> Candidate | None:
    """"“Y,” state news agency IRNA quoted him as saying.": the quotation before the outlet is
    the words of the one it quoted, the outlet their relay; None when no "as saying" ends the
    sentence after the cue."""
    text, s1 = ctx.text, sentence.end
    m = AS_SAYING.search(text, cue_end, s1)
    # (a time or place may follow: "as saying on Sunday.")
    if m is None or text[clauses.skip_post_adjuncts(text, m.end(), s1):s1].strip(clauses.CLOSE_PUNCT + tokens.CLOSING_QUOTE_MARKS):
        return None
    quoted = quoted_person(ctx, cue_end, m.start())
    content = clauses.trim(text, *lead)
    if quoted[1] <= quoted[0] or content[1] <= content[0]:
        return None
    return candidate(ctx, sentence, [(cue_start, cue_end)], "quote", [content], quoted, "core.quoted_as.v2",
                      via=[src], priority=30)


# "X added a caveat: “Y”", "X put it this way: “Y”": a short object or adverbial, a colon, a quotation
# (a plain single mark too, as British copy opens its quotations: "told the justice committee: 'Y'")
_OBJECT_COLON = regex.compile(r"[^,:;“\"‘\n]{1,60}:\s*[“\"‘']")

# A picture and the caption it was posted with, then the quotation, no comma needed: "posted a
# photo from the rally with the caption “Y”"; after "captioned", the picture alone ("captioned
# the clip “Y”"); a plain single mark too, where the layout opens a quotation at it ('Y')
_WITH_CAPTION_THEN_QUOTE = regex.compile(
    r"(?:[^\S\n]+[^\s,;:“”\"‘]+){0,8}?[^\S\n]+(?i:with[^\S\n]+(?:the|a|its|this)[^\S\n]+caption)[^\S\n]*[,:]?[^\S\n]*(?=[“\"‘']|'')")

# ... or the words counted before them: "posted just two words on his page “Y”", "tweeted a single word “Y”"
_COUNTED_WORDS_THEN_QUOTE = regex.compile(
    r"[^\S\n]+(?:(?i:just|only)[^\S\n]+)?(?i:a[^\S\n]+single|a[^\S\n]+few|one|two|three|four|five|six)[^\S\n]+(?i:words?)"
    r"(?:[^\S\n]+[^\s,;:“”\"‘]+){0,5}?[^\S\n]*[,:]?[^\S\n]*(?=[“\"‘]|'')")

_CAPTIONED_THEN_QUOTE = regex.compile(r"(?:[^\S\n]+[^\s,;:“”\"‘]+){1,6}?[^\S\n]*(?=[“\"‘']|'')")


def caption_quotation(ctx: Context, lemma_: str, pos: int, s1: int) -> int | None:
    """Where the quotation starts that a picture was posted with, past the picture and its
    caption: "posted a photo with the caption “Y”", "captioned the clip “Y”"; or that the words
    counted before it give: "posted just two words on his page “Y”"; None when neither opens one there."""
    if not ctx.layout.quotation_starts_in(pos, s1):
        return None
    m = (_CAPTIONED_THEN_QUOTE if lemma_ == "caption" else _WITH_CAPTION_THEN_QUOTE).match(
        ctx.text, pos, s1, tokens.CONCURRENT) or _COUNTED_WORDS_THEN_QUOTE.match(ctx.text, pos, s1, tokens.CONCURRENT)
    if m is None or ctx.layout.inside_quote(m.end() - 1):
        return None
    # (a plain single mark is an apostrophe as often: only one the layout paired opens the caption)
    return None if ctx.text.startswith("'", m.end()) and not ctx.layout.quotation_starts_in(m.end(), m.end()) else m.end()


_PHRASE_THEN_QUOTE = regex.compile(r"(?:[^,:;“”\"\n]|(?<=\d),(?=\d{3})){1,120}?[,:]\s*(?=[“\"‘]|'')")

_SHORT_LEAD_WORDS = 3

_LETTER = regex.compile(r"\p{L}")


def quotation_after_phrase(ctx: Context, pos: int, s1: int) -> int | None:
    """Where a quotation starts that follows the cue past a phrase and a comma or
    colon, and runs to the sentence's end: "wrote to his followers, “Y”",
    "replied evenly, “Y”". The phrase must be a noun phrase or a few words,
    no clause the quotation could go on with ("said the plan, “Y”" is not one),
    and the quotation must open a sentence of its own (a capital letter)."""
    text = ctx.text
    if not ctx.layout.quotation_starts_in(pos, s1):
        return None  # the quotation must start after the phrase, in the sentence
    m = _PHRASE_THEN_QUOTE.match(text, pos, s1, tokens.CONCURRENT)
    if m is None:
        return None
    if sentence_quotation_at(ctx, m.end(), s1) is None and (
            _TOPIC_PHRASE.match(text, pos, m.end()) is None or _comma_quotation_at(ctx, m.end()) is None):
        return None
    punct = max(text.rfind(",", pos, m.end()), text.rfind(":", pos, m.end()))
    head = _LEADING_PREPOSITION.match(text, pos, punct)  # "wrote [to] his followers, “Y”"
    phrase_start = head.end() if head else pos
    if len(WORD.findall(text, pos, punct)) > _SHORT_LEAD_WORDS and not clauses.noun_phrase(text, phrase_start, punct):
        return None
    return m.end()


_LEADING_PREPOSITION = regex.compile(r"\s*(?:to|at|in|on|with|from|before|during)\s+")

# A phrase that names what the words are about or whom they were for, never the cue's
# object: "said of the vote, “Y,” ...", "wrote to his followers, “Y,” and ..."
# (a "to" before a determiner, a pronoun or a name: "decided to make it ..., “Y,”" is no hearer)
_TOPIC_PHRASE = regex.compile(
    r"\s*(?:of|about|to(?=\s+(?-i:the|a|an|his|her|their|its|our|my|your|these|those|him|them|me|us|\p{Lu})\b))\s+")


def _comma_quotation_at(ctx: Context, start: int) -> int | None:
    """``start`` when a quotation opens there with a capital letter and closes on
    a comma, the sentence going on after it ("“I like it,” adding ..."); else None."""
    text = ctx.text
    q = next(ctx.layout.quotations_from(start), None)
    if q is None or q.start != start or not text[q.start:q.end].rstrip(tokens.CLOSING_QUOTE_MARKS).endswith(","):
        return None
    first = _LETTER.search(text, q.start, q.end)
    return q.start if first is not None and first.group().isupper() else None


# "said, and I quote, “Y”", "wrote on her page, in capital letters, “Y”", "said in May,
# when the story broke, “Y”": asides set off by commas, opened by a comma or a
# preposition, between the cue and a quotation
_ASIDES_THEN_QUOTE = regex.compile(
    r"(?:\s*,|\s+(?:at|in|on|during|via|through|to|from|before|after|with|when|while)\s)"
    r"[^:;“”\"\n]{1,160}?,\s*(?=[“\"‘]|'')"
)

_THAT_WORD = regex.compile(r"\bthat\b", regex.IGNORECASE)


def quotation_after_asides(ctx: Context, pos: int, s1: int) -> int | None:
    """Where a quotation starts that follows the cue past asides set off by
    commas and runs to the sentence's end, opening a sentence of its own (a
    capital letter): the asides tell when, where or how it was said; the
    quotation is what was. Not past a "that", which opens content of its own,
    nor past a participle ("continued, saying, “Y”") or a later verb of saying ("said in
    May it was hard but added, “Y”"), whose report it is."""
    text = ctx.text
    if not ctx.layout.quotation_starts_in(pos, s1):
        return None  # the quotation must start after the asides, in the sentence
    m = _ASIDES_THEN_QUOTE.match(text, pos, s1, tokens.CONCURRENT)
    if (m is None or _THAT_WORD.search(text, pos, m.end()) or ctx.layout.inside_quote(pos)
            or reports_between(ctx, pos, m.end()) or closes_on_saying(text, pos, m.end())):
        return None
    return sentence_quotation_at(ctx, m.end(), s1)


def sentence_quotation_at(ctx: Context, start: int, s1: int) -> int | None:
    """``start`` when a quotation opens there, runs to the sentence's end and
    opens a sentence of its own (a capital letter); else None."""
    text = ctx.text
    q = next(ctx.layout.quotations_from(start), None)
    if q is None or q.start != start or text[q.end : s1].strip(clauses.CLOSE_PUNCT):
        return None
    first = _LETTER.search(text, q.start, q.end)
    if first is None or not first.group().isupper():
        return None
    return q.start


_ASIDE_COLON_END = regex.compile(r"\s*,[^,:;“\"‘\n]{1,40}:\s*$")

# where or to whom it was said, a short phrase after a preposition: "tweeted to her followers:",
# "posted on its website:", "wrote in the club's programme:"
_PLACE_COLON_END = regex.compile(cues.PLACE_PHRASE + r"[^\S\n]*:\s*$")

_OBJECT_COLON_END = regex.compile(r"[^,:;“\"‘\n]{1,60}:\s*$")

# A demonstrative that stands for the words before the colon, perhaps after a hearer or "it" and
# before "way" or "words": "said this:", "told reporters this:", "put it this way:", "said these words:"
# (a lone "this" first reads as a clause's subject to ``clauses.noun_phrase``)
_DEMONSTRATIVE_COLON = regex.compile(
    r"(?:[^\S\n]+(?!(?:" + "|".join(sorted(en.FINITE_AUXILIARIES)) + r")[^\S\n])[\w’'-]+){0,3}?"
    r"[^\S\n]+(?:this|these)(?:[^\S\n]+(?:way|words?))?[^\S\n]*:")


def _object_before_colon(text: str, pos: int, colon: int) -> bool:
    """Whether the words between the cue and its colon are its short object, no clause."""
    return clauses.noun_phrase(text, pos, colon) or _DEMONSTRATIVE_COLON.fullmatch(text, pos, colon + 1) is not None


def colon_ends_paragraph(ctx: Context, sentence: Sentence, pos: int, s1: int, posted: bool = False) -> bool:
    """Whether an aside or a short object and a colon end the cue's paragraph,
    and a quotation opens the next: "X told them, to applause:", "X put it
    this way:". After a verb of posting (``posted``), a demonstrative object
    will do with no quotation, the post set off as the next paragraph of its
    own: "X tweeted the following:", "X posted this message:"."""
    text = ctx.text
    end = ctx.layout.paragraphs[sentence.paragraph][1]
    if clauses.skip_space(text, s1, end) < end:
        return False
    if cues.next_paragraph_quotation(ctx, sentence) is None:
        return posted and sentence.paragraph + 1 < len(ctx.layout.paragraphs) and (
            cues.POSTED_DEMONSTRATIVE_COLON.match(text, pos, end) is not None)
    if _ASIDE_COLON_END.match(text, pos, end) or _PLACE_COLON_END.match(text, pos, end) or (
            cues.vehicle_place_colon(text, pos, end)):  # ("uploaded a video to YouTube:": the post and its place)
        return True
    return _OBJECT_COLON_END.match(text, pos, end) is not None and _object_before_colon(text, pos, text.index(":", pos))


def posted_below(ctx: Context, sentence: Sentence, pos: int) -> list[tuple[int, int]] | None:
    """The words a verb of posting's participle leads below, when a demonstrative object and
    a colon end its paragraph right after ``pos`` (``cues.POSTED_DEMONSTRATIVE_COLON``): "...,
    tweeting the following:" and the quotation that opens the next paragraph, else that
    paragraph whole, the post set off with no marks; None when no such colon ends it."""
    paragraphs = ctx.layout.paragraphs
    if sentence.paragraph + 1 >= len(paragraphs):
        return None
    end = paragraphs[sentence.paragraph][1]
    if cues.POSTED_DEMONSTRATIVE_COLON.match(ctx.text, pos, end) is None:
        return None
    q = cues.next_paragraph_quotation(ctx, sentence)
    if q is not None:
        return list(q.parts)
    content = clauses.trim(ctx.text, *paragraphs[sentence.paragraph + 1])
    return [content] if content[1] > content[0] else None


def object_colon(ctx: Context, pos: int, s1: int) -> bool:
    """Whether a colon and a quotation follow the cue past a short noun
    phrase or adverbial, no clause of its own: the quotation is the content."""
    m = _OBJECT_COLON.match(ctx.text, pos, s1, tokens.CONCURRENT)
    if m is None:
        return False
    colon = ctx.text.index(":", pos)
    return not ctx.layout.inside_quote(colon) and _object_before_colon(ctx.text, pos, colon)


# A word or two in quotation marks and a lower-case word after them, which no speaker's mention
# holds (a nickname goes before the surname: "said Ann 'Bunny' Lee"): "says Council 'unfair' to workers"
_QUOTED_THEN_LOWER = regex.compile(r"(?<=\s)[‘'\"“]\p{L}[^‘'\"“”’\n,]{0,40}[’'\"”][^\S\n]+\p{Ll}")


def quoted_word_said(ctx: Context, cue_end: int, s1: int) -> bool:
    """Whether what an inverted cue's mention would be holds a word in quotation marks
    and a lower-case word after them: a clause said, no speaker ("Union rejects fare
    hike, says Council 'unfair' to workers": the union's words, read as a coordinated
    verb's); a nickname goes before a surname ("said Ann 'Bunny' Lee")."""
    if _QUOTED_THEN_LOWER.search(ctx.text, cue_end, s1) is None:
        return False  # (a cheap test first)
    src = sources.subject_after(ctx.text, cue_end, source_end(ctx, cue_end, s1)[0], ctx.lexicon)
    return src is not None and _QUOTED_THEN_LOWER.search(ctx.text, src[0], src[1]) is not None


# A quotation after the adjunct, with no mark between or after the sentence's stop: maybe the words said
# ("said of Lee ''He won''", "said of Lee on Monday. ''He won.''"), which the rule may take on
# (not an apostrophe in a word: "spoke at last month's convention")
_QUOTE_NEXT = regex.compile(r"[^.!?“\"‘'«\n]{0,60}[.!?]?\s{0,3}(?<![\p{L}\p{N}])[“\"‘'«]")

_QUOTE_NEXT_REACH = 65  # the longest stretch the pattern reads

_PARAGRAPH_REACH = 4000  # past a sentence's longest (3000), where a paragraph's end is looked for

_CLOSING_MARKS = tuple(tokens.CLOSING_QUOTE_MARKS)


def quote_next(text: str, end: int) -> bool:
    """Whether a quotation follows a content's end (`_QUOTE_NEXT`). One that opens the next
    paragraph counts only when that paragraph is quotation alone, ending at its closing mark
    ("spoke only in platitudes.\n“We must act.”"): one with a cue of its own after it ("spoke at
    the hall.\n\n“We will rebuild,” she said.") is another report, not words this one says."""
    m = _QUOTE_NEXT.match(text, end, end + _QUOTE_NEXT_REACH)
    if m is None:
        return False
    if "\n" not in text[m.start():m.end()]:
        return True
    para_end = text.find("\n", m.end(), m.end() + _PARAGRAPH_REACH)
    if para_end < 0:
        para_end = min(len(text), m.end() + _PARAGRAPH_REACH)
    return text[max(m.end(), para_end - 4):para_end].rstrip().endswith(_CLOSING_MARKS)


# a quotation this many words long, two of them lower-case words no title links with, is speech
_SPOKEN_WORDS = 3

_TITLE_LINKS = NAME_LINKS | frozenset("a an with from by up into upon".split())

_SUBJECT_OPENERS = POSSESSOR_DETERMINERS | en.SUBJECT_PRONOUNS


def spoken_quotation(ctx: Context, start: int, end: int, src: tuple[int, int]) -> bool:
    """Whether the quotation that ends at ``end`` reads as speech though no comma
    closes it: "“We will win the seat” Lee said after the vote." (three words or
    more, two of them lower-case words other than a title's links, and the
    subject after it opens with a capital or a determiner), not a title quoted
    before its noun ("“Daily Show” host Lee", "“Keeping Up with the Roes” star")."""
    first = WORD.match(ctx.text, *src)
    if first is None or first.group().islower() and first.group() not in _SUBJECT_OPENERS:
        return False
    quote = next((q for q in ctx.layout.quotations_ending_in(start, end) if q.end == end), None)
    if quote is None:
        return False
    words = WORD.findall(ctx.text, quote.start, quote.end, False, tokens.CONCURRENT)
    return len(words) >= _SPOKEN_WORDS and sum(w.islower() and w not in _TITLE_LINKS for w in words) >= 2


_SPEECH_END = (",”", "?”", "!”", ',"', '?"', '!"', ",’", "?’", "!’")


def verb_after_speech(ctx: Context, sentence: Sentence, cue_start: int, form: str) -> bool:
    """Whether a verb in the past or present tense comes right after a quotation
    that opens the sentence and ends as speech does: "“...,” stated Lee.",
    "“...?” scoffed the mayor.", "“...,” read the sign." Any such verb inverts there as "said" does,
    though few do often enough to be listed. (A quotation inside a subject,
    "Lee, star of “Trainwreck,” thanked ...", opens no sentence.)"""
    quote_end = cues.opening_quotation_window(ctx, sentence)[0]
    between = ctx.text[quote_end:cue_start].strip()
    # British copy sets the comma after the closing mark: "‘...’, vows the mayor"
    return (form.isalpha() and (form.endswith(("ed", "s")) or form in en.PAST_AS_BASE) and quote_end > 0
            and (not between and ctx.text[sentence.start:quote_end].endswith(_SPEECH_END)
                 or between == "," and ctx.text[quote_end - 1] in tokens.CLOSING_QUOTE_MARKS))


# a spaced dash: the opening of an aside before its quotation, its close after the cue
_SPACED_DASH_BEFORE = regex.compile(r"[^\S\n][-–—―]{1,2}[^\S\n]*$")

# (a word or two of the saying's manner may stand before it: "she said twice -", "he said, smiling -")
_SPACED_DASH_AFTER = regex.compile(r"(?:,?[^\S\n]+[a-z]+){0,2}[^\S\n]*[-–—―]{1,2}[^\S\n]")


def dashed_quotation(ctx: Context, s0: int, lead_end: int, after: int, s1: int) -> tuple[int, int] | None:
    """The quotation that ends the lead ``[s0, lead_end)`` when a spaced dash opens
    right before it and another follows the cue's clause at ``after`` ("... - “Y,”
    Lee said - and ..."): an aside of the speaker's inside the writer's sentence."""
    text = ctx.text
    if not ends_quotation(ctx, s0, lead_end) or not _SPACED_DASH_AFTER.match(text, after, s1):
        return None
    q = next(iter(ctx.layout.quotations_ending_in(lead_end - 2, lead_end)), None)
    if q is None or q.start <= s0 or len(q.parts) > 1 or not _SPACED_DASH_BEFORE.search(text, max(s0, q.start - 4), q.start):
        return None
    return q.start, q.end


def ends_quotation(ctx: Context, start: int, end: int) -> bool:
    """Whether [start, end) ends with a closed quotation, a comma at most after it."""
    text = ctx.text
    while end > start and text[end - 1] in " ,":
        end -= 1
    # the layout paired the mark as a closing one, whatever its shape (“It's unusual,“ said X)
    return end > start and ctx.layout.inside_quote(end - 1) and text[end - 1] in tokens.CLOSING_QUOTE_MARKS + "“"


def opened_after_colon(ctx: Context, start: int, end: int) -> bool:
    """Whether the quotation that ends [start, end) opened right after a colon
    in it ("Lee was blunt: “Y,”")."""
    opening = past_colon_lead(ctx, (start, end))[0]
    return opening > start and ctx.text[start:opening].rstrip().endswith(":")


def past_colon_lead(ctx: Context, content: tuple[int, int]) -> tuple[int, int]:
    """Content before a trailing cue without a lead that a colon sets before
    its quotation: in "His verdict: “Not yet,” he said" the words are the
    quotation's; the lead only introduces them. Nor with the words of another
    speaker before it: in "“Y,” she said, but “Z,” said Lee" only Z is Lee's."""
    start, end = content
    closing = [q for q in ctx.layout.quotations_ending_in(start, end + 1) if q.end >= end and q.start > start]
    if not closing:
        return content
    opening = closing[0].start
    lead = ctx.text[start:opening].rstrip()
    if lead.endswith(":") and not ctx.layout.inside_quote(start + len(lead) - 1) or another_speaker(ctx, start, opening):
        return opening, end
    return content


# a quotation mark that opens a sentence (not "‘", whose close an apostrophe shares)
_OPEN_MARK = regex.compile(r"[“\"][^\S\n]*")


def past_open_mark(text: str, s0: int, cue_start: int) -> int:
    """Past a quotation mark that opens the sentence at ``s0`` and is not closed before the cue:
    a paragraph of a longer quotation, the mark at each paragraph's head ("\"Lee mocked the plan
    and said, “...”"), whose words name their subject as any sentence does."""
    m = _OPEN_MARK.match(text, s0, cue_start)
    if m is None:
        return s0
    # (quotations may open and close inside: "mocked it as “a stunt” and said")
    closed = (text.count('"', m.end(), cue_start) % 2 == 1 if text[s0] == '"'
              else text.count("”", m.end(), cue_start) > text.count("“", m.end(), cue_start))
    return s0 if closed else m.end()


PARTICIPLE_CUE_PRIOR = 0.2

_BEFORE_PARTICIPLE = frozenset("and then while by before after also".split())


def reports_between(ctx: Context, start: int, end: int) -> bool:
    """Whether a participle stands between a speaker and the quotation after
    it ("she said, adding, “...”", "said Lee, speaking of the pier, “...”"):
    the quotation is that participle's report. A word in -ing is one when it
    opens a phrase (first, after a comma or a conjunction) or is a cue, not
    when it modifies a noun ("said of people whose voting rights ..., “...”")."""
    text = ctx.text
    previous = None
    for w in WORD.finditer(text, start, end):
        word = w.group()
        if word.islower() and word.endswith("ing") and (
            previous is None or previous.group().lower() in _BEFORE_PARTICIPLE
            or text[previous.end() : w.start()].strip() == ","
            or ctx.lexicon.cue_prior(word) >= PARTICIPLE_CUE_PRIOR
        ):
            return True
        previous = w
    return False


def carried_parts_before(ctx: Context, start: int) -> list[tuple[int, int]]:
    """The earlier parts of a quotation carried over paragraph breaks (each paragraph left
    open, the next opening again) whose later part opens at ``start``: a cue after the last
    part ("“Y1.\n\n“Y2,” she said.") speaks them all, when the first part opens its paragraph
    and every part opens with the same mark. Not after words in the first part's paragraph
    ("Lee said: “Y1.", "“Y0,” Lee said. “Y1."): that paragraph's speaker goes on there; nor
    across marks of another kind, most often paragraphs of another text quoted whole."""
    layout, text = ctx.layout, ctx.text
    k = bisect.bisect_right(layout.quotation_starts, start)
    for q in layout.quotations[max(k - 3, 0):k]:  # a quotation nested in the carried one may start after it
        for i in range(1, len(q.parts)):
            if q.parts[i][0] != start:
                continue
            first = q.parts[0][0]
            para = bisect.bisect_right(layout.paragraphs, (first, len(text))) - 1
            if text[layout.paragraphs[para][0]:first].strip() or any(
                    text[p[0]] != text[start] for p in q.parts[:i]):
                return []
            return [part for part in (clauses.trim(text, *p) for p in q.parts[:i]) if part[1] > part[0]]
    return []


_MAX_QUOTED_PARAGRAPHS = 3

_OPENING_MARK = regex.compile(r"[“\"‘']")

_MIN_QUOTED_PARAGRAPH_WORDS = 4


def quoted_paragraphs_after(ctx: Context, sentence: Sentence, last: tuple[int, int]) -> list[tuple[int, int]]:
    """The paragraphs after a quotation credited at the end of its paragraph
    ("“Y,” she said.") that are each one quotation and nothing else: with no
    cue of their own, they go on with the same speaker's words."""
    text, layout = ctx.text, ctx.layout
    para_end = layout.paragraphs[sentence.paragraph][1]
    # (the first character after the sentence is read, not the rest of a paragraph that may be long)
    if not cues.quotation_inside(text, *last) or clauses.skip_space(text, sentence.end, para_end) < para_end:
        return []
    mark = _OPENING_MARK.search(text, *last)
    mark = mark.group() if mark else None
    out: list[tuple[int, int]] = []
    for start, end in layout.paragraphs[sentence.paragraph + 1 : sentence.paragraph + 1 + _MAX_QUOTED_PARAGRAPHS]:
        q = next(layout.quotations_from(start), None)
        part = clauses.trim(text, start, end)
        if q is None or q.start != part[0] or not q.closed or q.end < part[1]:
            break  # a paragraph with words outside its quotation, or none
        if text[q.start] != mark:
            break  # marks of another kind: words from another text (a statement) or another hand
        if len(WORD.findall(text, *part, False, tokens.CONCURRENT)) < _MIN_QUOTED_PARAGRAPH_WORDS:
            break  # “Nooo!”: a cry from the crowd more likely than the speaker going on
        out.append(part)
    return out
