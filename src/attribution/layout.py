"""Stage 1: the layout of a text: paragraphs, quotations and sentences, with offsets.

Quotation marks are paired here, once, across paragraph breaks, so no later
stage scans quote marks again. Nothing here rewrites the text: every offset
points into the original string.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs
import regex

from attribution import default_lexicon as en
from attribution.lexicon import city_names, finite_forms, person_noun
from attribution.tokens import (
    CLOSING_QUOTE_CLASS,
    CLOSING_QUOTE_MARKS,
    CONCURRENT,
    marked_name,
)

# Marks that open and close a quotation. Two apostrophes ('') stand for a
# double mark in some wire copy. An apostrophe that stands for left-out letters
# or digits before a word is none ("the '90s", "drag 'em out", "rock 'n' roll",
# "'til dawn"), nor is the inch mark after feet ("he is 6'2" and quick"). Of three
# apostrophes after a letter or a stop, the first closes a single quotation nested in a
# double one written as two ("''Ask him, 'Why?''' she said").
_MARK = regex.compile(
    r"(?<=[\w.,!?;:])'(?='')|''|(?<!\d['′]\d{1,2})\"|[“”„‟«»’‚‛]|(?<!(?<![\w’'])['‘]n)[‘'](?!(?:\d0s|em|til|cause|cos|bout|twas|tis)\b|n['’]\s)"
)
_DOUBLE = frozenset(['"', "“", "”", "„", "‟", "«", "»", "''"])
_OPEN_ONLY = frozenset(["“", "„", "‟", "«", "‘", "‚", "‛"])
_CLOSE_ONLY = frozenset(["”", "»"])
# A paragraph starts after any invisible formatting marks that open its line (a direction
# mark, a zero-width space, a byte-order mark): "\u202a”Sorry ...” posted Lee." opens with its quotation.
_PARAGRAPH = regex.compile(r"[^\r\n\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff][^\r\n]*")
# A sentence ends at . ! ? (or …) with any closing marks and brackets after
# it, before white space; what follows decides whether it really ends. Copy
# that lost the space ends one too where a word in lower case (a capital at
# most first) meets a capitalised one ("the crowd took off.A video shows",
# "said Lee.“We ..."; not "U.S.A", "Ph.D", nor a title: "Mrs.Lee"; nor a web address whose
# domain its owner writes capitalised, "Nation.Cymru", "Business.Scot").
_SENTENCE_END = regex.compile(
    r"[.!?…]+[" + CLOSING_QUOTE_CLASS + r")\]]*(?=\s)|[;](?=\s)"
    r"|(?<=(?<![\w.@/-])\p{Lu}?\p{Ll}{2,})(?<!www)[.!?]+[”’»)]*(?=[\"“‘]?\p{Lu}(?:\p{Ll}|[^\S\n]))"
    r"(?!(?:Cymru|Scot|Com|Org|Net)(?![\w-]))")
# The verbs a speaker after a quotation reports with, in any finite form: the verbs of
# saying and thinking the rules read (default_lexicon.THAT_VERBS, INVERTING_VERBS,
# QUOTING_VERBS: "claimed", "alleges", "stressed", "yelled"), the replies ("retorted")
# and the phrasal ones ("pointed out", "went on", "shot back"). Those that speak (the
# inverting and quoting ones, "told", the replies and the phrasal ones) may go on after
# a question; the others only with what ends a speaker's clause (_SAID_TAIL).
_SPEAKING_FORMS = finite_forms(en.INVERTING_VERBS | en.QUOTING_VERBS | {"tell"}) | en.REPLY_VERBS
# (and the brand's verb capitalised as the brand is: “Not us!” Lee, the group's head, Tweeted on Friday.)
_SPEAKING_FORMS |= {f for f in en.CAPITALISED_VERB_FORMS if f.lower() in _SPEAKING_FORMS}
_SAYING_FORMS = finite_forms(en.THAT_VERBS) - _SPEAKING_FORMS
_PHRASAL_FORMS = [f + r"\s+" + particle for head, particle in sorted(en.SAYING_PHRASALS) for f in sorted(finite_forms([head]))] + [
    r"(?:went|goes)\s+on", r"(?:" + "|".join(sorted(en.REPLY_BACK_VERBS)) + r")\s+back"]
_SPEAKING_ALTERNATIVES = _PHRASAL_FORMS + sorted(_SPEAKING_FORMS, key=lambda w: (-len(w), w))
_SPEAKING_VERB = r"(?:" + "|".join(_SPEAKING_ALTERNATIVES) + r")"
_SAYING_VERB = r"(?:" + "|".join(_SPEAKING_ALTERNATIVES + sorted(_SAYING_FORMS, key=lambda w: (-len(w), w))) + r")"
_HEARER_FORMS = "|".join(sorted(finite_forms(en.HEARER_VERBS), key=lambda w: (-len(w), w)))
# A verb of saying with nothing else but whom it was said to, where, in what and
# when: "told PTI in a statement", "said at a rally in Pune on Monday", "posted on X"
# (not "told the staff to pack", "said in May it failed")
_TAIL_WORD = r"(?!(?i:he|she|it|they|we|i|you|there|that|this|who|which|and|but)\b)[\w’'-]+"
_TAIL_PHRASE = r"(?:(?:a|an|the|his|her|its|their|this|last)\s+)?" + _TAIL_WORD + r"(?:\s+" + _TAIL_WORD + r"){0,2}"
_TAIL_ADJUNCT = (
    r"\s+(?:(?:in|at|on|during|after|before|outside|from|via|over|with|through)\s+" + _TAIL_PHRASE
    + r"(?:\s+(?:of|to|for)\s+" + _TAIL_PHRASE + r")?"
    # what the words were about, after a verb of saying ("said of the meeting", "wrote of the
    # vote"), not after one of thinking ("thought of leaving" tells no topic of the quotation's)
    r"|(?<=\b(?:said|says|wrote|writes|added|adds|remarked|remarks|told\s+[\w’'-]+)\s+)of\s+" + _TAIL_PHRASE
    + r"|(?:late\s+|early\s+)?[A-Z]\w+day(?:\s+(?:morning|afternoon|evening|night))?|earlier|later|today|yesterday|again)"
)
_SAID_TAIL = (
    r"(?:(?:" + _HEARER_FORMS + r")\s+(?:(?:the|a|an|his|her|their)\s+)?" + _TAIL_WORD + r"(?:\s+" + _TAIL_WORD + r")?"
    r"|" + _SAYING_VERB + r")(?:" + _TAIL_ADJUNCT + r"){0,3}"
)
# After a quotation that ends in ? or !, a short clause with a verb of saying
# is still the same sentence: “Who knew?” Graham asked. / “Why now?” Beck questioned.
# The speaker's name may carry an age or a title set off by commas: “Wow!” Ann Lee, R-Pa., said.
# A person's post in lower case may stand inside the capitalised speaker, as
# Indian and British copy writes it: “Where are the jobs?” Party spokesperson
# Ann Lee said. / “It is over.” Union national secretary Tom Roe said.
_POST_WORD = "|".join(sorted(en.PERSON_NOUNS | en.POST_ADJECTIVES | {"general", "national", "party", "state"}))
# A post set off by commas after the name, an article first, up to eight words: “...” Lee, a fisherman,
# said. / “Why?” Lee, a retired pilot from the ferry line, asked.
_APPOSITIVE_POST = r"(?:(?<=,\s+)(?:a|an|the)\s+(?:[^\s,.;:“”\"?!]+\s+){0,7}?[^\s,.;:“”\"?!]+,\s+)?"
# An interviewer who asks in the first person and the present, as features write it, is one too:
# ‘Was it lonely?’ I ask. / 'Why?' I ask her.
_FIRST_PERSON_SPEAKING = r"I\s+(?:" + "|".join(sorted(en.INVERTING_VERBS | en.QUOTING_VERBS | {"tell"}, key=lambda w: (-len(w), w))) + r")\b"
_SPEECH_TAIL = regex.compile(
    r"\s+(?:(?:[A-Z][\w.’'-]*|\d{1,3}|(?:" + _POST_WORD + r")),?\s+){0,6}?" + _APPOSITIVE_POST + r"(?:" + _SPEAKING_VERB
    + r"\b(?![,:]?[^\S\n]*[“\"])|" + _SAID_TAIL + r"(?:\.|,(?![^\S\n]*[“\"]))(?=\s|$))"
    r"|\s+" + _FIRST_PERSON_SPEAKING + r"(?![,:]?[^\S\n]*[“\"])"
    r"|\s+(?:the\s+|an?\s+)?(?:[\w.’'-]+\s+){0,3}?[a-z]{3,}(?:ed|es)(?:\s+\w+)?(?:\.|,(?![^\S\n]*[“\"]))(?=\s|$)"
)
# After a quotation that ends in a full stop, a speaker and a verb of saying
# with nothing else (_SAID_TAIL) still belong to it: “... missing.” Trump said. /
# “...” Lee told PTI in a statement. / “...” Lee said at a rally in Pune on Monday.
# A verb of any other sense after a full stop starts a sentence (“...” Lee
# resigned.), and so does a clause after the verb (“...” Lee told the staff to pack.).
_SPEAKER_TAIL = regex.compile(
    r"\s+[A-Z][\w.’'-]*,?\s+(?:(?:[A-Z][\w.’'-]*|\d{1,3}|(?:" + _POST_WORD + r")),?\s+){0,4}"
    # and a post set off by commas after the name: “...” Lee, a fisherman, said.
    + _APPOSITIVE_POST + _SAID_TAIL
    + r"\.(?=\s|$)"
)
# A dateline opens a paragraph of agency or newspaper copy and belongs to no
# sentence: "WASHINGTON (AP) — ", "MANCHESTER, N.H. - ", "New York (AFP) – ",
# "LONDON, Dec 29 (Reuters) - ", "NEW DELHI: ", "Mumbai, Dec 1 (PTI) ". The
# agency is an acronym or a name of up to three words in title case. The
# city is in capitals, or the agency in brackets follows it, and a dash ends
# it; a colon ends a city in capitals or a short place name in title case
# (but not in the headline, where "Lee: ..." or "AP: ..." is a speaker), and
# the bracketed agency may end it alone.
# A release's wire is in capitals in brackets or between slashes: "(BUSINESS WIRE)", "(GLOBE
# NEWSWIRE)", "/PRNewswire/", "/PRNewswire-Asia/".
_AGENCY = (r"(?P<agency>\((?:\p{Lu}{2,6}|dpa|\p{Lu}[a-z]{2,15}(?:[^\S\n]+\p{Lu}[a-z]{2,15}){0,2}|\p{Lu}{3,12}[^\S\n]+\p{Lu}{3,12}"
           r"|\p{Lu}{3,6}WIRE)\)|/\p{L}[\p{L}.-]{1,24}/)")
_PLACE = r"\p{Lu}[\p{L}.’'-]+(?:[^\S\n]+\p{Lu}[\p{L}.’'-]+){0,3}"
_CAPITAL_PLACE = r"\p{Lu}[\p{Lu}.’'/-]+(?:[^\S\n]+\p{Lu}[\p{Lu}.’'/-]+){0,2}"
# the state and country after the city ("AUSTIN, Texas", "BENGALURU, Karnataka, India"), the date
# and a release's year ("Feb. 12, 2025")
_STATE_OR_DATE = (r"(?:,[^\S\n]+\p{Lu}[\p{L}.]{1,12}(?:[^\S\n]+\p{Lu}[\p{L}.]{1,12})?){0,2}"
                  r"(?:,?[^\S\n]+\p{Lu}[a-z]{2,8}\.?[^\S\n]+\d{1,2}(?:,[^\S\n]+\d{4})?)?")
# the state or country of a place, in brackets before the comma and the date, in wire copy from
# India: "Wayanad (Kerala), Jul 31 (PTI) "
_REGION = r"(?:[^\S\n]+\(\p{Lu}[\p{L}.&]{1,15}(?:[^\S\n]+\p{Lu}[\p{L}.&]{1,15})?\)(?=,))?"
# a dash and a space, or a long dash alone; the double dash after a wire's brackets runs on into
# the first word ("--(BUSINESS WIRE)--Vexa"), not after a name ("SIEGEL--Jerome Arthur, 98, ...")
_DASH_END = r"(?:[^\S\n]*(?:--?|[—–])[^\S\n]+|[^\S\n]*[—–]|(?<=[)/])--)(?=\S)"
_COLON_END = r"(?P<colon>:)[^\S\n]+(?=[\p{Lu}“\"‘'])"
DATELINE = regex.compile(
    r"(?:" + _CAPITAL_PLACE + _STATE_OR_DATE + r"(?:[^\S\n]*(?:--)?" + _AGENCY + r")?(?:" + _DASH_END + "|" + _COLON_END + ")"
    r"|(?:" + _PLACE + _REGION + _STATE_OR_DATE + r"|\p{Lu}[a-z]{2,8}\.?[^\S\n]+\d{1,2})?[^\S\n]*" + _AGENCY
    + r"(?:" + _DASH_END + r"|[^\S\n]+(?=[\p{Lu}“\"‘']))"
    # an agency in capitals with no brackets after the date, before the dash, as Australian
    # Associated Press writes it: "CANBERRA, Jan 14 AAP - ", "Sydney, Oct 3 AAP - "
    r"|(?:" + _CAPITAL_PLACE + "|" + _PLACE + r"),[^\S\n]+\p{Lu}[a-z]{2,8}\.?[^\S\n]+\d{1,2}[^\S\n]+(?P<agency>\p{Lu}{2,5})" + _DASH_END
    # (not a lead that presents a speaker: "Here's Lee:", "Here’s Ann Roe:")
    + r"|(?P<titled>(?!(?:Here|There)[’']s[^\S\n])\p{Lu}[\p{L}.’'-]+(?:[^\S\n]+\p{Lu}[\p{L}.’'-]+)?" + _STATE_OR_DATE + r")" + _COLON_END + r")"
)
_DATELINE_PARAGRAPHS = 3
# A live blog's entry opens on its time and belongs to no sentence, as a dateline does:
# "10.42am: The minister ...", "14:05 BST - Police said ...", "9.15 pm IST | The court ..."
_ENTRY_TIME = regex.compile(
    r"[0-2]?\d[.:][0-5]\d(?:[^\S\n]*(?:[ap]\.?m\.?|[AP]M))?(?:[^\S\n]+(?:BST|GMT|IST|UTC|CET|CEST|[ECMP][SD]?T))?"
    r"[^\S\n]*(?:[:|]|[^\S\n](?:--?|[—–])|[—–])[^\S\n]+(?=\S)"
)
# A live blog's or a wire's label of an entry belongs to no sentence either: "UPDATE: Police said ...",
# "BREAKING - The court ...", "UPDATE 2-Officials say ..." (a wire story's second update)
_ENTRY_LABEL = regex.compile(
    r"(?:UPDATED?|BREAKING(?:[^\S\n]+NEWS)?|JUST[^\S\n]+IN|DEVELOPING|Update|Breaking(?:[^\S\n]+news)?)(?:[^\S\n]+\d{1,2})?"
    r"[^\S\n]*(?::|--?|[—–])[^\S\n]*(?=\p{Lu}|[“\"‘'])"
)
# The labels of an interview's questions and answers that open their paragraphs: "Q: ", "A: ",
# or "Q. ", "A. " as Indian papers write them below an introduction (an interview needs two of
# each, so an initial, "A. Raman said", makes none)
QUESTION_LABEL = regex.compile(r"Q[:.][^\S\n]")
ANSWER_LABEL = regex.compile(r"A[:.][^\S\n]")
# the space after a label, which no sentence opens with either
_LABEL_SPACE = regex.compile(r"[^\S\n]*")


def interview_start(text: str, paragraphs) -> int | None:
    """Where the first question of an interview in questions and answers opens: two
    paragraphs or more past the headline open with "Q:", two or more with "A:" (one
    "A:" line alone is no interview); None in other copy."""
    questions, answers = [], 0
    for start, end in paragraphs[1:]:
        if QUESTION_LABEL.match(text, start, end):
            questions.append(start)
        elif ANSWER_LABEL.match(text, start, end):
            answers += 1
    return questions[0] if len(questions) >= 2 and answers >= 2 else None


def _qa_label_end(text: str, start: int, end: int, interview) -> int | None:
    """Where the sentence after a question's or an answer's label opening the paragraph at
    ``start`` begins ("Q: The polls tell us ..." opens at "The"): a label with a colon is
    always one, one with a full stop only in an interview ("A. Raman said ..." is an initial's
    otherwise); None when the paragraph opens with no label. ``interview`` reads whether the
    text is an interview, once, when asked."""
    m = QUESTION_LABEL.match(text, start, end) or ANSWER_LABEL.match(text, start, end)
    if m is None or text[start + 1] == "." and interview() is None:
        return None
    return _LABEL_SPACE.match(text, m.end(), end).end()


def _page_label_end(text: str, start: int, end: int) -> int | None:
    """Where the sentence after a label of the page (``en.PAGE_LABELS``) and its colon opening
    the paragraph at ``start`` begins, a capital or a quotation mark after it: "Why it matters:
    The vote ...", "Yes, but: Some advisers ...", "Background: “...”"; None in other paragraphs
    (a speaker's label, "Lee: ...", or a colon after a sentence's words)."""
    colon = text.find(":", start, min(end, start + en.PAGE_LABEL_CHARS))
    if colon < 0 or not en.page_label(text[start:colon]):
        return None
    after = _LABEL_SPACE.match(text, colon + 1, end).end()
    if after == colon + 1 or after >= end or not (text[after].isupper() or text[after] in "“\"‘'•-*"):
        return None
    return after


# A headline in capitals that opens a paragraph, run on into its first sentence (a newsletter's
# "TWO HURT IN PIER FIRE The harbour board said ..."): four words or more in capitals, two of
# them of letters alone, before a word in title case; it is a sentence of its own.
_KICKER = regex.compile(r"((?:[\p{Lu}\d$][\p{Lu}\d’'.,$&%-]{0,20}[^\S\n]+){3,20}[\p{Lu}\d$][\p{Lu}\d’'.,$&%-]{0,20})[^\S\n]+(?=\p{Lu}\p{Ll})")
_KICKER_WORD = regex.compile(r"(?<!\S)\p{Lu}{2,20}(?!\S)")
# Every dateline ends in a dash or a colon, or names its agency in brackets.
_DATELINE_MARKS = ("(", "-", "—", "–", ":")
_MAX_SENTENCE = 3000
# Titles stand before a name and never end a sentence.
_TITLES = frozenset(
    """
    mr mrs ms dr prof gov sen rep reps sens gen lt col capt cmdr adm sgt maj pres supt
    st messrs mt ft rev hon fr vs v coun cllr amb brig cpl pvt spc atty det insp smt tmt
    """.split()
)
# Indian courtesy titles written in full, that Tamil copy gives a full stop ("Thiru. Elangovan said",
# "Selvi. J. Jayalalithaa"): a title before a capitalised name or an initial that opens no sentence,
# as the words are names too and may end one ("... said Selvi.")
_FULL_COURTESY_TITLES = frozenset("thiru thirumathi selvi shri sri".split())
# West African professional and courtesy titles with a full stop, before a capitalised name
# or "Hon." ("Engr. Ade Obi", "Barr. Ngozi Eze", "Arc. Tunde Ojo", "Pharm. Ada Uche",
# "Rt. Hon. Femi Gbaja", "Alh. Musa Bello"), read as the courtesy titles above, as some are
# words that may end a sentence ("the story arc."); and the Philippine press's secretaries, under-
# and assistant secretaries ("Interior Sec. Ann Cruz", "Health Usec. Ben Reyes", "Asec. Lee"),
# written in title case (the capitals' "SEC." is a commission, that may end one)
_POINTED_TITLES = frozenset("engr arc barr pharm rt alh pst evang dcn sec usec asec".split())
_CAPITAL_AFTER = regex.compile(r"[^\S\n]+\p{Lu}")
# Other abbreviations may end one: "... in the U.S. He said ..."; "Del." is a
# delegate's title ("Del. Ann Lee said") but also a state that ends a sentence
# ("in Dover, Del. The ...").
_ABBREVIATIONS = frozenset(
    """
    jr sr nos etc al inc corp co ltd dept est approx del
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m d.c
    """.split()
)
# A clock time's "a.m."/"p.m." ends a sentence before any capitalised word but
# these, which go on telling the time: "at 5 p.m. Friday", "at 9 a.m. Eastern".
_CLOCK = frozenset(("a.m", "p.m"))
_AFTER_CLOCK = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc ist cet aest
    eastern central mountain pacific local
    """.split()
)
# Words that open a sentence and rarely follow an abbreviation inside one.
_SENTENCE_OPENERS = frozenset(
    "he she it they we i you the this these those there but and his her their its our "
    "in on at for after when while if as a an".split()
)


@attrs.frozen
class Quotation:
    """A quotation: its parts (one per paragraph it spans), marks included."""

    parts: tuple[tuple[int, int], ...]
    closed: bool

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@attrs.frozen
class Sentence:
    start: int
    end: int
    paragraph: int


@attrs.frozen
class Layout:
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    quotations: tuple[Quotation, ...]
    sentences: tuple[Sentence, ...]
    # per character offset ranges that lie inside a quotation part
    quoted: tuple[tuple[int, int], ...]
    quotation_starts: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    # where each of ``quoted`` starts, bisected as plain ints (made from ``quoted``)
    _quoted_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_quoted_starts", tuple(a for a, _ in self.quoted))

    def inside_quote(self, pos: int) -> bool:
        # the last part that starts at or before pos
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def quoted_part_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation part ``pos`` lies inside (as :meth:`inside_quote` reads it), or None."""
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return self.quoted[i] if i >= 0 and pos < self.quoted[i][1] else None

    def count_inside_quotes(self, positions: list[int]) -> int:
        """How many of ``positions`` (ascending) lie inside a quotation part,
        each read as :meth:`inside_quote` reads it: counted per part, by
        bisection, over the positions from its start until it ends or the next
        part starts."""
        quoted = self.quoted
        if not positions or not quoted:
            return 0
        n = len(quoted)
        i = max(bisect.bisect_right(self._quoted_starts, positions[0]) - 1, 0)
        last = positions[-1]
        count = 0
        while i < n and quoted[i][0] <= last:
            start, end = quoted[i]
            if i + 1 < n:
                end = min(end, quoted[i + 1][0])
            if end > start:
                count += bisect.bisect_left(positions, end) - bisect.bisect_left(positions, start)
            i += 1
        return count

    def quotations_from(self, pos: int) -> Iterator[Quotation]:
        """The quotations that start at or after ``pos``, in order."""
        quotes = self.quotations
        return (quotes[k] for k in range(bisect.bisect_left(self.quotation_starts, pos), len(quotes)))

    def quotation_starts_in(self, start: int, end: int) -> bool:
        """Whether a quotation starts in [start, end]: a cheap test before a
        pattern that looks for a quotation ahead."""
        starts = self.quotation_starts
        k = bisect.bisect_left(starts, start)
        return k < len(starts) and starts[k] <= end

    def quotations_ending_in(self, start: int, end: int) -> Iterator[Quotation]:
        """The quotations whose end lies in [start, end], in order; found from
        the last few that start before ``start`` (quotations follow one
        another, so only those can reach into the range)."""
        quotes = self.quotations
        k = max(bisect.bisect_right(self.quotation_starts, start) - 3, 0)
        while k < len(quotes) and quotes[k].start <= end:
            if start <= quotes[k].end <= end:
                yield quotes[k]
            k += 1

    def quoted_chars(self, start: int, end: int) -> int:
        """How many characters of [start, end) lie inside quotations."""
        total = 0
        quoted = self.quoted
        i = max(bisect.bisect_right(self._quoted_starts, start) - 1, 0)
        while i < len(quoted) and quoted[i][0] < end:
            a, b = quoted[i]
            if b > start:
                total += min(b, end) - max(a, start)
            i += 1
        return total


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int, j: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not _is_word(before) and not after.isspace() and before not in ".,;!?"


def _can_close(text: str, i: int, j: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not before.isspace() and not _is_word(after)


def _pair(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int]], int | None, int | None, tuple[int, int] | None, list[tuple[int, int]] | None]:
    """Pair the marks of one paragraph.

    Returns the closed quotations, the offset of a quotation still open at the
    paragraph's end (a double one, or a single one where speech opens), the
    offset of the paragraph's first mark when it opens a quotation (which
    may continue one from the paragraph before), the quotation the open
    single one would be had a plural possessive's apostrophe closed it (kept
    when the next paragraph does not carry it on), and, for a quotation that opens
    the paragraph and is left open with quotations of the other style closed inside
    it, those nested quotations: they stand on their own, its mark a stray, unless
    the next paragraph carries it on.
    """
    found: list[tuple[int, int]] = []
    open_double: int | None = None
    outer: int | None = None  # a quotation of the other style the open one is nested in
    nested: list[tuple[int, int]] = []  # the quotations closed inside it, kept if it never closes
    resumed: int | None = None  # the outer quotation open again after a nested one closed
    open_single: int | None = None
    single_outer: int | None = None  # a single quotation opened where speech opens, a double one nested in it
    first_open: int | None = None
    # a single quotation of some words where speech opens, that an apostrophe after a
    # plural "-s" before a word could close ('‘We will not cross the dockers’ picket.'):
    # that reading, kept only when no later mark closes it
    possessive: tuple[int, int] | None = None
    first = True
    last_close: int | None = None  # where the paragraph's last closing ’ stands (-1: none), read once when asked
    for m in _MARK.finditer(text, start, end, False, CONCURRENT):
        mark = m.group()
        i, j = m.span()
        if mark in _DOUBLE:
            # a closing mark where nothing is open and a word follows opens
            # a quotation: some copy opens with ” as well as closes with it
            can_open, can_close = _can_open(text, i, j), _can_close(text, i, j)
            opener = (mark in _OPEN_ONLY and (open_double is None or can_open)) or (
                (mark not in _CLOSE_ONLY or open_double is None) and can_open
            )
            # an opening mark where only a closing one can stand closes: “It's unusual,“ said X
            closer = mark in _CLOSE_ONLY or (can_close and (mark not in _OPEN_ONLY or not can_open))
            if (open_double is not None and outer is None and opener and not can_close
                    and _straight(mark) != _straight(text[open_double])):
                # a quotation in the other style opens inside the open one: "... “fair play” ...";
                # the outer goes on when it closes
                outer, open_double = open_double, i
                first = False
                continue
            if outer is not None and (closer or not opener):
                if _straight(mark) == _straight(text[outer]):
                    found.append((outer, j))  # the outer closes, the inner left open
                    open_double = outer = resumed = None
                    nested = []
                else:
                    nested.append((open_double, j))  # the inner closes
                    open_double, outer = outer, None
                    resumed = open_double
                open_single = None
                first = False
                continue
            if open_double is not None and (closer or not opener):
                found.append((open_double, j))
                open_double = resumed = None
                nested = []
                open_single, single_outer = single_outer, None  # British copy: ‘... “...” ...’
            elif opener:
                if open_double is None and open_single is not None and _opens_speech(text, start, open_single):
                    single_outer = open_single
                if open_double is not None and (said := _SPEECH_AFTER_COMMA.search(text, open_double, i)) is not None:
                    # another opens with the first left open: ", said X" showed where the first
                    # ended ('“The pier is unsafe, the engineer said. “It must close.”')
                    found.append((open_double, said.end(1)))
                    nested = []
                open_double = i
                open_single = None
                if first:
                    first_open = i
            first = False
            continue
        # single marks: an apostrophe inside a word is never a quote mark
        if _is_word(text[i - 1] if i > start else " ") and j < end and _is_word(text[j]):
            continue
        if (single_outer is not None and open_double is not None and outer is None and text[i - 1] in ".!?,"
                and (j >= end or text[j].isspace())):
            # the single quotation closes after a stop with the double one nested in it left open
            found = [q for q in found if q[0] < single_outer] + [(single_outer, j)]
            open_double = resumed = single_outer = None
            nested = []
            first = False
            continue
        if (open_single is None and open_double is not None and outer is None and text[i - 1] in ".!?,"
                and (j >= end or text[j].isspace()) and _straight(mark) == _straight(text[open_double])
                and not _closing_double_ahead(text, j, end, _straight(mark))):
            # a single closing mark after a stop, in the style of the open double quotation,
            # with no single one open and no double mark to close it after it (the next
            # double mark in the paragraph, if any, opens another), closes it, mismatched:
            # “We always do.’ She left for “Trainwreck.”
            found.append((open_double, j))
            open_double = resumed = None
            nested = []
            first = False
            continue
        if (open_single is not None and open_double is None
                and _plural_possessive(text, open_single, i, j, end) and _opens_speech(text, start, open_single)):
            # a later one ('‘the members’ money and the members’ vote’') keeps the first reading
            if possessive is None:
                possessive = (open_single, j)
            first = False
            continue
        if open_single is not None and _can_close(text, i, j):
            possessive = None
            if open_double is None:
                if text[i - 1] == "s" and (stop := _STOP_AND_CLOSE.match(text, j, end)) is not None:
                    j = stop.end()  # a plural possessive ends it: ‘The vote is the members’,’ she said
                # the quotations nested in it are its own words
                found = [q for q in found if q[0] < open_single] + [(open_single, j)]
            open_single = None
        elif _can_open(text, i, j) and (mark != "’" or _closing_mark_may_open(text, start, i, j, end, open_single, open_double) and (
                (last_close := _last_closing_single(text, start, end) if last_close is None else last_close) > j)):
            if open_single is not None and open_double is None and _SHORT_YEAR.match(text, j, min(end, j + 3)):
                continue  # a year in short inside the open quotation: ‘... since '85.’ ('the '90s' is none)
            if possessive is not None:
                found.append(possessive)  # another opens: the apostrophe closed the first
                possessive = None
            open_single = i
            if first and open_double is None:
                first_open = i
        first = False
    if (outer is None and open_double is not None and open_double == resumed and open_double == first_open
            and not text[start:open_double].strip()):
        # a quotation that opens its paragraph, with others nested in it, may go on in the
        # next paragraph, as a quotation over several paragraphs does ('"It isn’t about
        # “fair play” anymore. ...' then '"The next ...'): whether it does decides
        # between it and a stray mark
        return found, open_double, first_open, None, nested
    if outer is not None or (open_double is not None and open_double == resumed):
        # a quotation that never closes in its paragraph holds none nested in it: its mark
        # is a stray ('"Lee laughed it off, “Only Roe.”'); the quotations inside stand on
        # their own, and one still open goes on as any open one does
        found = sorted(found + nested)
        if outer is None:
            open_double = None
    if possessive is not None and (open_single != possessive[0] or open_double is not None):
        found.append(possessive)
        found.sort()
        possessive = None
    if open_double is None and open_single is not None and _opens_speech(text, start, open_single):
        found = [q for q in found if q[0] < open_single]  # those nested in it go on with it
        return found, open_single, first_open, possessive, None  # ‘A single mark may open a quotation that goes on
    return found, open_double, first_open, None, None


def _closing_mark_may_open(text: str, start: int, i: int, j: int, end: int, open_single, open_double) -> bool:
    """Whether a right single mark (’) at [i, j) may open a quotation, as copy that typed the
    closing mark for both writes it: with no quotation open, where speech opens, before a
    capital ("’We didn’t know,’ she says."), when another ’ later in the paragraph closes it
    (the caller asks ``_last_closing_single`` once a paragraph); elsewhere it is an
    apostrophe ("’em", "the ’90s", "’ello")."""
    return (open_single is None and open_double is None and j < end and text[j].isupper()
            and _opens_speech(text, start, i))


def _last_closing_single(text: str, start: int, end: int) -> int:
    """Where the last right single mark of a paragraph that can close stands, or -1:
    read once a paragraph, so a paragraph of many marks is not searched again for each."""
    m = _LAST_CLOSING_SINGLE.search(text, start, end, False, CONCURRENT)
    return m.start() if m is not None else -1


# a right single mark that can close, after a word or a stop and before no letter: the last of a paragraph
_LAST_CLOSING_SINGLE = regex.compile(r"(?r)(?<=[\w.,!?])’(?![\w])")


def _plural_possessive(text: str, opened: int, i: int, j: int, end: int) -> bool:
    """Whether a single mark at [i, j) may be the apostrophe of a plural "-s" before a
    word ("the dockers’ picket"), in a quotation opened at `opened` that holds some words,
    or of a name in "-s" that opens it ("'James' car was gone,' she says")."""
    return (
        i - opened > 4 and text[i - 1] == "s" and text[i - 2].isalpha()
        and (" " in text[opened + 1:i] or text[opened + 1].isupper())
        and j + 1 < end and text[j] == " " and text[j + 1].isalnum()
        and _NOT_AFTER_POSSESSIVE.match(text, j + 1, min(end, j + 8)) is None
    )


# A year written short after an apostrophe ("since '85", "in '08"): two digits, then no word
_SHORT_YEAR = regex.compile(r"\d\d(?!\w)")
# A stop and a single closing mark right after an apostrophe: "the members’,’ she said".
_STOP_AND_CLOSE = regex.compile(r"[,.!?]['’](?![\w’'])")
# Words that follow a closing mark but not a possessive: "‘... the workers’ and left".
_NOT_AFTER_POSSESSIVE = regex.compile(
    r"(?:and|or|but|nor|as|to|in|at|on|for|with|from|by|of|is|was|are|were|he|she|they|it|"
    r"said|says|the|an?|that|this|which|who)\b"
)


def _closing_double_ahead(text: str, j: int, end: int, straight: bool) -> bool:
    """Whether the next double mark of a style in [j, end) closes a quotation (”, or a
    straight mark that can close and not open)."""
    if straight:
        k = text.find('"', j, end)
        return k >= 0 and _can_close(text, k, k + 1) and not _can_open(text, k, k + 1)
    m = _CURLY_DOUBLE.search(text, j, end)
    return m is not None and m.group() == "”"


_CURLY_DOUBLE = regex.compile("[“”]")


def _straight(mark: str) -> bool:
    """Whether a double mark is in the straight style ('"', "''"), not a curly or angled one."""
    return mark in ('"', "'")


def _opens_speech(text: str, start: int, mark: int) -> bool:
    """Whether a single mark left open stands where speech opens: at the
    paragraph's start, after a colon or comma ("He said: ‘..."), or opening a
    sentence of its own in capitals ("'...,' she said. 'It was ...")."""
    k = mark  # the last character before the mark but white space (read back no further: a
    while k > start and text[k - 1].isspace():  # paragraph of many marks asks for each)
        k -= 1
    return k == start or text[k - 1] in ":," or (text[k - 1] in ".?!" and text[mark + 1:mark + 2].isupper())


def quotations(text: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[Quotation, ...]:
    """Pair quotation marks; a quotation left open at a paragraph's end
    continues when the next paragraph opens with a quote mark."""
    out: list[Quotation] = []
    carried: list[tuple[int, int]] | None = None
    carried_fallback: tuple[int, int] | None = None
    carried_stray: list[tuple[int, int]] | None = None
    for start, end in paragraphs:
        found, open_at, first_open, fallback, stray = _pair(text, start, end)
        if carried is not None and _INTERSTITIAL.match(text, start, end, CONCURRENT) is not None:
            # a page's line between a quotation's paragraphs does not end it: the next may go on
            out.extend(Quotation((q,), True) for q in found)
            continue
        if carried is not None:
            # a paragraph that opens with a mark and a new speaker's label ('"WALLACE: ...')
            # starts a quotation of its own
            if first_open is not None and first_open == _first_mark(text, start, end) and not _SPEAKER_LABEL.match(
                text, first_open + 1, end
            ):
                # the quotation goes on: its first part in this paragraph is
                # the first quotation found (or the open one)
                if found and found[0][0] == first_open:
                    out.append(Quotation(tuple(carried + [found[0]]), True))
                    found = found[1:]
                    carried = carried_stray = None
                elif open_at == first_open:
                    carried.append((open_at, end))
                    carried_stray = None
                    out.extend(Quotation((q,), True) for q in found)  # (those nested in it are its words)
                    continue
            if carried is not None:
                out.extend(_left_open(text, carried, carried_fallback, carried_stray))
                carried = carried_stray = None
        out.extend(Quotation((q,), True) for q in found)
        if open_at is not None:
            carried, carried_fallback, carried_stray = [(open_at, end)], fallback, stray
    if carried is not None:
        out.extend(_left_open(text, carried, carried_fallback, carried_stray))
    out.sort(key=lambda q: q.start)
    return tuple(out)


_SPEAKER_LABEL = regex.compile(r"\p{Lu}[\p{Lu}.’'-]+(?:\s+\p{Lu}[\p{Lu}.’'-]+)?:\s")

# The labels of an advertisement's slot on a scraped page, a line of their own: "Advertisement",
# "Story continues below advertisement", "Continue reading", "Scroll to continue" (a paragraph
# holds no line break, so its white space is "\s"; ``roles`` silences such a line too)
AD_SLOT_LABELS = (
    r"advertisement|advertising|story\s+continues\s+below(?:\s+this)?\s+advertisement"
    r"|continue\s+reading(?:\s+(?:below|the\s+main\s+story))?|scroll\s+to\s+continue(?:\s+with\s+content|\s+reading)?")

# What a scraped page sets between two paragraphs of a story, which a quotation carried on from
# one to the next runs past: an advertisement's slot ("Advertisement", "Story continues below
# advertisement"), a link to another story ("Also Read: ...", "READ MORE | ...") and a picture's
# caption or credit ("Image caption, ...", "(Photo: PTI)")
_INTERSTITIAL = regex.compile(
    r"(?i)[^\S\n]*(?:(?:" + AD_SLOT_LABELS + r")[^\S\n]*$"
    r"|(?:also[^\S\n]+(?:read|watch|see)|read[^\S\n]+(?:more|also|next)|related|image[^\S\n]+(?:caption|source|copyright)"
    r"|\(?(?:file[^\S\n]+)?(?:photo(?:graph)?|picture|image)s?)[^\S\n]*[:|,–—-])"
)


# In a quotation left open, ", said Ann Lee" or ", Ann Lee said" shows where it ended:
# the closing mark was left out ('"There was no plan, said Lee, who ...') or is a
# single one that does not match ('“It is over,’ said the captain').
_SPEECH_AFTER_COMMA = regex.compile(
    r"(,[’']?)\s+(?:(?:said|says|added|told)\s+(?:(?:the|an?)\s+[a-z]|(?:[a-z][\w-]*\s+){0,3}[A-Z])"
    r"|(?:the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:said|says|added)\b)"
)


def _left_open(text: str, parts: list[tuple[int, int]], fallback: tuple[int, int] | None,
               stray: list[tuple[int, int]] | None) -> list[Quotation]:
    """What a quotation left open at the end of ``parts`` is: the quotations nested in
    it, its mark a stray, when no paragraph carried on the one that opened a paragraph
    with others nested in it (``_pair``); else the open quotation itself."""
    if stray is not None and len(parts) == 1:
        return [Quotation((q,), True) for q in stray]
    return [_unclosed(text, parts, fallback)]


def _unclosed(text: str, parts: list[tuple[int, int]], fallback: tuple[int, int] | None = None) -> Quotation:
    """A quotation left open: closed at a comma before its speaker when one
    follows within its first part, else at the apostrophe of a plural possessive
    that could close it when it was not carried on, else open to its paragraph's end."""
    start, end = parts[0]
    m = _SPEECH_AFTER_COMMA.search(text, start, end)
    if m is not None:
        return Quotation(((start, m.end(1)),), True)
    if fallback is not None and len(parts) == 1:
        return Quotation((fallback,), True)
    return Quotation(tuple(parts), False)


def _first_mark(text: str, start: int, end: int) -> int | None:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i if i < end and _MARK.match(text, i, end) else None


# A speaker's role or affiliation in brackets between a label's name and its colon: "ANN LEE (host):",
# "Tom Roe (Labour):" (the rules' reading of a transcript's turns shares it)
LABEL_ROLE = r"(?:[^\S\n]+\([^()\n]{1,40}\))?"
# A label that opens a paragraph: "HOST: ", "Ann Lee: ", "NEW DELHI: ", with a role in brackets
# before its colon ("ANN LEE (host): ")
_PARAGRAPH_LABEL = regex.compile(r"[\"“]?(?:\p{Lu}[\w.’'-]+[^\S\n]+){0,2}\p{Lu}[\w.’'-]+" + LABEL_ROLE + r":\s")


def _transcript(text: str, paragraphs) -> bool:
    """Whether paragraphs open with two or more speakers' labels, as the turns
    of a transcript do: then "NEW DELHI: " is a speaker's label, not a dateline.
    The same label twice is no exchange: a headline's place and the dateline's
    ("Mumbai: Civic body to ..." over "MUMBAI: The civic body ...")."""
    speakers = set()
    for start, end in paragraphs:
        m = _PARAGRAPH_LABEL.match(text, start, end)
        if m and not en.page_label(label := m.group().strip(" \n\"“:")):
            speakers.add(label.lower().replace("’", "'"))
            if len(speakers) >= 2:
                return True
    return False


def _dateline(text: str, start: int, end: int) -> regex.Match | None:
    """DATELINE's match at ``start``; a paragraph that holds none of its marks
    is passed over at once (a cheap test before the pattern, most of whose
    cost is in the words it reads before it fails)."""
    if all(text.find(mark, start, end) < 0 for mark in _DATELINE_MARKS):
        return None
    m = DATELINE.match(text, start, end, CONCURRENT)
    if m is not None and m.group("agency") and _rank_in_brackets(text, m.start(), m.start("agency"), m.group("agency")):
        return None  # "SP (Rural) Ann Rao said ...", "Station House Officer (SHO) Ann Rao said ...": a post
    if m is not None and m.group("agency") and _party_initials(text, m):
        return None  # "Kuomintang (KMT) Chairman Eric Chu said ...", "MoS (Home) Ann Rao said ...": a post
    return m


# the outlets whose initials in capitals a dateline may hold with no dash after them ("Pune, Mar 3 (PTI) ")
_DASHLESS_AGENCIES = en.NEWS_AGENCY_NAMES | en.OUTLET_NAMES


def _party_initials(text: str, m: regex.Match) -> bool:
    """Whether a dateline's "agency" in capitals or in title case, with no dash after it, is no
    outlet's name: a body's initials after its name ("Kuomintang (KMT) Chairman ...", "On Monday,
    Likud (LK) leader ..."), or a post's portfolio ("MoS (Home) Ann Rao said ...", "Minister of
    State (External Affairs) Ann Rao ...")."""
    inner = m.group("agency")[1:-1]
    return (inner.isupper() or inner[:1].isupper() and inner[1:2].islower()) and (
        inner.lower() not in _DASHLESS_AGENCIES and inner.split()[0].lower() not in _DASHLESS_AGENCIES) and not any(c in "-—–:" for c in text[m.end("agency"):m.end()])


# Words that qualify an officer's post in brackets ("SP (Rural)", "DCP (South)"), no agency's name
_POST_QUALIFIERS = frozenset(
    "north south east west central rural urban city crime traffic retd retired headquarters hq "
    "operations vigilance security administration".split()
)


def _rank_in_brackets(text: str, start: int, agency_start: int, agency: str) -> bool:
    """Whether a dateline's "agency" in brackets qualifies a post or spells the initials of the
    words before it ("SP (Rural)", "Station House Officer (SHO)"): a name with its post, no dateline."""
    inner = agency[1:-1]
    if inner.lower() in _POST_QUALIFIERS:
        return True
    before = text[start:agency_start].split()
    return len(before) > 1 and inner.isupper() and "".join(w[0] for w in before) == inner


# the first person that opens what a speaker's label stands before, which no dateline's reporting does
_FIRST_PERSON_AFTER = regex.compile(r"[“\"‘']?(?:I|We|My|Our|Us)(?![\p{L}’'])")


def _speaker_label(text: str, dateline: regex.Match) -> bool:
    """Whether a place in title case before a colon, read as a dateline, is a speaker's
    label instead, as a title line's is: what follows the colon opens in the first person
    ("Ann Lee: We need more nurses", "Harbourton: I will stay"), which a place's reporting
    never does ("Mumbai: The chief minister said ...")."""
    if not dateline.group("titled"):
        return False
    return _FIRST_PERSON_AFTER.match(text, dateline.end(), dateline.end() + 8) is not None


def _city_dateline(text: str, dateline: regex.Match) -> bool:
    """Whether a place in title case before a colon is a well-known city's (``lexicon.city_names``)
    that no person goes by: a dateline even in the first paragraph, short as a headline is, of a
    text that opens on its story ("Mumbai: Benchmark indices ended lower on Monday.", "Chennai,
    Jan 5: The ..."), where "Lee: ..." is a headline's speaker (but "Houston: ..." may be a man's)."""
    if not dateline.group("titled"):
        return False
    place = text[dateline.start():dateline.start("colon")].partition(",")[0].strip()
    return city_names().get(place.lower()) is False


# A first paragraph this long that ends a sentence is the story's, not a headline
_BODY_WORDS = 20


def _story_opens(text: str, paragraphs, p: int) -> bool:
    """Whether paragraph ``p`` opens the story after a longer head than
    ``_DATELINE_PARAGRAPHS`` allows: a headline, a standfirst, a byline and a
    line of its date before "Mumbai: The high court ...", none of them
    ending as a sentence ends."""
    return p < _DATELINE_HEAD_PARAGRAPHS and not any(
        text[paragraphs[k][0]:paragraphs[k][1]].rstrip()[-1:] in _SENTENCE_END_MARKS for k in range(p))


# the marks a paragraph of the story ends in, no headline's, standfirst's or byline's (`_story_opens`)
_SENTENCE_END_MARKS = frozenset(".!?" + CLOSING_QUOTE_MARKS)


# the most paragraphs a headline, its standfirst, a byline and a date line take before the story's
# dateline (`_story_opens`)
_DATELINE_HEAD_PARAGRAPHS = 6


def _body_paragraph(text: str, start: int, end: int) -> bool:
    """Whether a first paragraph reads as the story's first paragraph (a text
    without its headline: "Mumbai: The chief minister on Sunday said ..."),
    not a headline ("AP: Lee leads"): long, ending as a sentence ends, and
    not in title case."""
    words = text[start:end].split()
    if len(words) < _BODY_WORDS or text[start:end].rstrip()[-1:] not in ".!?”\"’'":
        return False
    return 2 * sum(w[0].islower() for w in words) >= len(words)


def _sentences(text: str, paragraphs, quoted) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    qi = 0
    transcript = None  # whether the text is a transcript, read once when a colon asks
    interview: list = []  # where the text's interview opens, read once when a label asks

    def interview_once() -> int | None:
        if not interview:
            interview.append(interview_start(text, paragraphs))
        return interview[0]

    for p, (start, end) in enumerate(paragraphs):
        # a dateline opens the story, after the headline and a byline at most; one
        # that names its agency ("(AP)") may open any paragraph (live updates, a long byline)
        dateline = _dateline(text, start, end)
        if dateline is not None and dateline.group("colon") and p > 0 and transcript is None:
            transcript = _transcript(text, paragraphs)
        if dateline is not None and (
            p >= _DATELINE_PARAGRAPHS and not dateline.group("agency") and not _story_opens(text, paragraphs, p)
            or dateline.group("colon") and (p == 0 and not _body_paragraph(text, start, end) and not _city_dateline(text, dateline)
                                            or transcript)
            or _speaker_label(text, dateline)
        ):
            dateline = None  # "Lee: ..." in a headline or a transcript is a speaker
        s = dateline.end() if dateline else start
        if dateline is None and text[start:start + 1].isdigit():
            entry = _ENTRY_TIME.match(text, start, end)
            s = entry.end() if entry is not None else s
        elif text[s:s + 1] in "UBJD" and (label := _ENTRY_LABEL.match(text, s, end)) is not None:
            s = label.end()
        elif text[s:s + 1] in "QA" and (qa := _qa_label_end(text, s, end, interview_once)) is not None:
            s = qa  # "Q: ...", "A: ...": the label is no part of the question or the answer
        elif p > 0 and (section := _page_label_end(text, s, end)) is not None:
            s = section  # "Why it matters: ...", "Driving the news: ...": a section's label is no part of its sentence
        kicker = _KICKER.match(text, s, end, CONCURRENT) if text[s:s + 2].isupper() else None
        if kicker is not None and len(_KICKER_WORD.findall(kicker.group(1))) >= 2:
            _add(out, text, s, kicker.end(1), p)
            s = kicker.end()
        for m in _SENTENCE_END.finditer(text, s, end, False, CONCURRENT):
            stop, cut = m.span()
            while qi < len(quoted) and quoted[qi][1] <= stop:
                qi += 1
            # a full stop inside a quotation does not end the sentence
            # unless the quotation ends with it
            if qi < len(quoted) and quoted[qi][0] < stop < quoted[qi][1] - 1 and cut < quoted[qi][1]:
                continue
            mark = text[stop]
            if mark == "." and cut - stop == 1 and abbreviation(text, s, stop):
                continue
            if mark in "?!" and text[cut - 1] in "\"”’'»" and _SPEECH_TAIL.match(text, cut, end):
                continue
            if mark in "!?" and cut - stop == 1 and _marked_name(text, s, stop, end):
                continue  # "told E! News that", "Yahoo! News reported", "Which? Money said": the mark is the name's
            if mark in ".…" and text[cut - 1] in "\"”’'»" and _SPEAKER_TAIL.match(text, cut, end):
                continue  # “... are missing.” Trump said. / “... and then…” Trump said.
            if mark in ".…" and _ellipsis_in_title(text, s, stop, cut, end):
                continue  # "I'm a Celebrity... Get Me Out of Here! contestant Ann Lee said": a title's
            if mark == ";" and _bracketed(text, max(s, stop - _BRACKET_REACH), stop, min(end, cut + _BRACKET_REACH)):
                continue  # "Ashby Mills (BSE: 500123; NSE: ASHBY) said": a list inside brackets
            nxt = cut
            while nxt < end and text[nxt].isspace():
                nxt += 1
            if nxt < end and text[nxt].islower() and mark != ";":
                continue
            if text.startswith("(", nxt, end) and text.startswith(".)", stop, cut) and _PARTY_TAG_CLOSED.search(
                    text, max(s, stop - _PARTY_TAG_REACH), stop + 1):
                continue  # "Sen. Ann Lee (D-Ore.) (pictured) said": a party tag's state, then a second bracket
            _add(out, text, s, cut, p)
            s = nxt
        if s < end and text[s:end].strip():
            _add(out, text, s, end, p)
    return tuple(out)


# a party tag in brackets whose state's abbreviation ends it: "(D-Ore.", "(R-N.Y."; how far back it opens
_PARTY_TAG_CLOSED = regex.compile(r"\([RDI]-\p{Lu}[\p{L}.]*\.$")
_PARTY_TAG_REACH = 12


# a word in capitals after an outlet's mark ("E!", "Hello!", read by `tokens.marked_name`), which
# goes on with the name: "E! News", "Yahoo! Finance", "OK! Magazine"
_NAME_GOES_ON = regex.compile(r"[^\S\n](\p{Lu}\p{L}*)")


def _marked_name(text: str, start: int, mark: int, end: int) -> bool:
    """Whether the "!" at ``mark`` is the mark of an outlet's name that goes on after it in capitals
    ("E! News", "Yahoo! Finance"), not a sentence's end: the name is a lone capital ("E! News"),
    or goes on with a word an outlet's name ends in or names its service by ("Yahoo! News", "OK!
    Magazine"); "OK! The crowd cheered", "Hello! Meet the..." end one. So does a "?" that ends
    a name ("Which? Money said"; not "Which? The blue one.")."""
    at = marked_name(text, mark, start)
    after = _NAME_GOES_ON.match(text, mark + 1, end)
    names = en.MARKED_NAME_WORDS if text[mark] == "!" else en.QUESTION_MARKED_NAME_WORDS
    if at is None or text[at:mark].lower() not in names or after is None:
        return False
    return mark - at == 1 or after.group(1).lower() in _MARKED_NAME_ENDS


_MARKED_NAME_ENDS = en.OUTLET_NAME_ENDS | en.OUTLET_SERVICE_WORDS | {"finance", "money", "entertainment"}


# A title's word in capitals right before an ellipsis ("I'm a Celebrity..."), and the rest of
# the title after it, words in capitals and the small words a title holds, up to the noun in
# small letters after it, and the name it stands before: "... Get Me Out of Here! | contestant | Ann"
_WORD_BEFORE_ELLIPSIS = regex.compile(r"(?<![\w’'-])\p{Lu}[\p{L}’'-]*\Z")
_TITLE_AFTER_ELLIPSIS = regex.compile(
    r"[^\S\n]*\p{Lu}[\p{L}’'-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}’'-]*|of|the|an?|and|in|on|out|to|for|me|my|you)){0,8}"
    r"[!?]?[^\S\n]+(\p{Ll}+)[^\S\n]+(?=\p{Lu})")


def _ellipsis_in_title(text: str, start: int, stop: int, cut: int, end: int) -> bool:
    """Whether the ellipsis at ``stop`` is inside a title in capitals that a noun for people and
    a name follow, which holds the title as what the person is in: "I'm a Celebrity... Get Me Out
    of Here! contestant Ann Lee said" (not "The pier shut... Officials said", whose word before
    the ellipsis is in small letters, nor "at the Stadium... Party members said", no name after)."""
    if text[stop] == "." and cut - stop < 3 or _WORD_BEFORE_ELLIPSIS.search(text, max(start, stop - 30), stop) is None:
        return False
    after = _TITLE_AFTER_ELLIPSIS.match(text, cut, end)
    return after is not None and (person_noun(after.group(1)) or after.group(1) in en.FAME_NOUNS)


# How far a bracket around a semicolon may open before it and close after it
_BRACKET_REACH = 60


def _bracketed(text: str, lo: int, pos: int, hi: int) -> bool:
    """Whether ``pos`` stands inside round brackets that open after ``lo`` and
    close before ``hi`` (a company's tickers: "(BSE: 500123; NSE: ASHBY)")."""
    opened = text.rfind("(", lo, pos)
    if opened < 0 or text.rfind(")", opened, pos) >= 0:
        return False
    closed = text.find(")", pos, hi)
    return closed >= 0 and text.rfind("(", pos, closed) < 0


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    if end - start <= _MAX_SENTENCE:
        if end > start:
            out.append(Sentence(start, end, paragraph))
    else:
        out.extend(_bounded(text, start, end, paragraph))


def _bounded(text: str, start: int, end: int, paragraph: int) -> Iterator[Sentence]:
    """A sentence, cut at white space into pieces of at most _MAX_SENTENCE
    characters: no news sentence is that long, and it keeps the cost of
    every later stage linear in the length of hostile input."""
    while end - start > _MAX_SENTENCE:
        cut = start + _MAX_SENTENCE
        space = max(text.rfind(" ", start + _MAX_SENTENCE // 2, cut), text.rfind("\n", start + _MAX_SENTENCE // 2, cut))
        if space > start:
            cut = space
        yield Sentence(start, cut, paragraph)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield Sentence(start, end, paragraph)


def abbreviation(text: str, start: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial ("Sen.", "F."), not a sentence."""
    i = dot
    while i > start and not text[i - 1].isspace() and text[i - 1] not in "(\"“":
        i -= 1
    word = text[i:dot].lower().rsplit("-", 1)[-1]  # "then-Sen.", "ex-Gov."
    if len(word) == 1 and word.isalpha() and _LETTER_AFTER_WORD.search(text, max(start, i - 30), i) and (
            _QUOTE_OR_END.match(text, dot + 1, len(text)) or _opens_sentence(text, dot + 1)):
        return False  # "Lee wrote on X. “It ...”", "vitamin C. The ...": a letter after a lower-case word, no initial
    if word in _TITLES or len(word) == 1 and word.isalpha():
        return True  # "Sen.", an initial: "John F. Kennedy"
    if (word in _FULL_COURTESY_TITLES or word in _POINTED_TITLES) and text[i].isupper() and text[i + 1:dot].islower() and _CAPITAL_AFTER.match(
            text, dot + 1, min(len(text), dot + 4)) and not _opens_sentence(text, dot + 1):
        return True  # "Thiru. Elangovan said", "Selvi. J. Jayalalithaa": a title before the name
    if 2 <= len(word) <= 4 and _syllable_initial(text, start, i, dot):
        return True  # "Health Minister Ma. Subramanian", "VCK leader Thol. Thirumavalavan"
    if word in ("no", "rs"):
        return bool(_NUMBER_AHEAD.match(text, dot + 1, len(text)))  # "No. 2", "Rs. 450 crore", but "No. I won't"
    if word in _CLOCK:
        after = _NEXT_WORD.match(text, dot + 1, len(text))
        return after is None or after.group(1).lower() in _AFTER_CLOCK  # "at 5 p.m. Lee said", but "5 p.m. Friday"
    if word in _ABBREVIATIONS:
        return not _opens_sentence(text, dot + 1)  # "the U.S. economy", but "in the U.S. He said"
    if all(len(part) == 1 and part.isalpha() for part in word.split(".")):
        # a run of initials: "A.E. Dick Howard"; but a state's after a place's comma may
        # end the sentence ("at a rally in Fort Mill, S.C. The ..."); other initials after a
        # comma open a name, unless a sentence's opener follows ("The chairman, K.C. Venugopal, said")
        return not text[max(start, i - 2) : i] == ", " or (
            word.replace(".", "") not in _DOTTED_STATES and not _opens_sentence(text, dot + 1))
    return False


_NUMBER_AHEAD = regex.compile(r"[^\S\n]*\d")
# the word before an initial written as a syllable, a title or a post: "Minister Ma.", "leader Thol.", "Dr. Pon."
_WORD_BEFORE = regex.compile(r"(?<![\w.-])(\p{L}+)\.?[^\S\n]+$")
# the capitalised name after one, no initial itself: "Ma. Subramanian said"
_NAME_AFTER = regex.compile(r"[^\S\n]+(\p{Lu}\p{Ll}{3,})\b(?!\.)")


def _syllable_initial(text: str, start: int, i: int, dot: int) -> bool:
    """Whether the word of two to four letters at ``i`` to ``dot`` is an initial written as a
    syllable, as Tamil names have it ("Health Minister Ma. Subramanian", "VCK leader Thol.
    Thirumavalavan", "Dr. Pon. Radhakrishnan"): a capital and small letters between a title or
    a post and a capitalised name that opens no sentence; not a short surname that ends one
    ("met President Xi. Trump said ..."), which the text names alone nearby ("Xi said")."""
    if not (text[i].isupper() and text[i + 1:dot].isalpha() and text[i + 1:dot].islower()):
        return False
    before = _WORD_BEFORE.search(text, max(start, i - 30), i)
    if before is None:
        return False
    low = before.group(1).lower()
    if not (low in en.TITLES or low in en.PERSON_INITIALISMS or person_noun(low)):
        return False
    after = _NAME_AFTER.match(text, dot + 1, min(len(text), dot + 40))
    if after is None or after.group(1).lower() in _SENTENCE_OPENERS:
        return False
    # (looked for within a window: over the whole text, a text full of such initials cost the
    # square of its length)
    if regex.compile(rf"\b{text[i:dot]}\b(?!\.)").search(
            text, max(0, i - _NAMED_ALONE_REACH), min(len(text), dot + _NAMED_ALONE_REACH)) is not None:
        return False
    # the name after it named before without the initial is the next sentence's subject: "Trump
    # met President Xi. Trump said ..." (but "Minister Ma. Subramanian ... Ma. Subramanian said")
    return regex.compile(rf"(?<!\b{text[i:dot]}\.[^\S\n]+)\b{after.group(1)}\b").search(
        text, max(0, i - _NAMED_ALONE_REACH), i) is None


# how far from an initial written as a syllable the same word standing alone is looked for
_NAMED_ALONE_REACH = 6000
# the American states and the capital written as two initials, after a place's comma: "Fort Mill, S.C."
_DOTTED_STATES = frozenset("nh nj nm ny nc nd sc sd ri dc".split())
# a lower-case word right before a single letter ("on X", "vitamin C"), which an initial never follows
_LETTER_AFTER_WORD = regex.compile(r"(?<![\w’'.-])\p{Ll}[\p{Ll}’'-]*[^\S\n]+$")
# an opening quotation mark, or the paragraph's or the text's end, after a full stop
_QUOTE_OR_END = regex.compile(r"[^\S\n]*(?:$|\n)|[^\S\n]+[“\"]")
_NEXT_WORD = regex.compile(r"[^\S\n]+(\p{Lu}\w*)\b")


def _opens_sentence(text: str, i: int) -> bool:
    """Whether the word after ``i`` is a capitalised word that opens sentences ("He", "The")."""
    m = _NEXT_WORD.match(text, i, len(text))
    # (not "A." that is an initial: "by J. A. Smith")
    return m is not None and m.group(1).lower() in _SENTENCE_OPENERS and not text.startswith(".", m.end())


# The link to an embedded post's picture that ends the post's text on a scraped page ("... income
# tax. pic.twitter.com/Ab12Cd"), no part of what the post says
_POST_LINK = regex.compile(r"[^\S\n]+(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+[^\S\n]*$")
# how far from a paragraph's end its post's link starts, at most
_POST_LINK_REACH = 60


def _without_post_link(text: str, start: int, end: int) -> tuple[int, int]:
    """A paragraph's span without the link to a post's picture that ends it (one that is
    only the link stays: the page's line, silent)."""
    m = _POST_LINK.search(text, max(start, end - _POST_LINK_REACH), end)
    return (start, m.start()) if m is not None and text[start:m.start()].strip() else (start, end)


def analyse(text: str) -> Layout:
    """The layout of ``text``: one pass for paragraphs, one for marks."""
    paragraphs = tuple((m.start(), m.end()) for m in _PARAGRAPH.finditer(text, 0, None, False, CONCURRENT) if m.group().strip())
    if "pic.twitter.com/" in text or "t.co/" in text:
        paragraphs = tuple(_without_post_link(text, s, e) for s, e in paragraphs)
    quotes = quotations(text, paragraphs)
    quoted = tuple(part for q in quotes for part in q.parts)
    quoted = tuple(sorted(quoted))
    sentences = _sentences(text, paragraphs, quoted)
    return Layout(
        text, paragraphs, quotes, sentences, quoted, tuple(q.start for q in quotes), tuple(s.start for s in sentences)
    )
