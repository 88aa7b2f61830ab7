"""Word tokens with offsets, and the coarse class of what follows a word.

Shared by the parser and by the script that mines the lexicons from an
annotated corpus, so that both see words the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

WORD = regex.compile(r"\w+(?:[’']\w+)*")
# one name in capitals, letters at both its ends: "Forbes", "BuzzFeed", "Factcheck.org"
ONE_NAME = regex.compile(r"\p{Lu}[\p{L}\d.-]*\p{L}")
# The regex module gives up the GIL around each match on a str and takes it back,
# over a thousand instructions a call; a parse runs in one thread, so the calls
# made most often pass this as ``concurrent``, positionally (as a keyword it
# costs more than it saves): ``WORD.match(text, pos, end, CONCURRENT)``,
# ``WORD.finditer(text, pos, end, False, CONCURRENT)`` (not overlapped).
CONCURRENT = False
# Quotation marks, straight and typographic; the straight apostrophe is left
# out (it is most often an elision or a possessive) and classed apart below.
QUOTE_MARKS = frozenset("\"“”‘’«»„")
# The marks that open a quotation, the straight apostrophe among them (a quotation in single
# marks, or the doubled '' of some copy, opens with one): what a rule checks at a content's
# first character, or at the character after a cue's comma.
OPENING_QUOTE_MARKS = frozenset("“\"‘'«")
# The marks that close one, the straight apostrophe among them (a quotation in single marks closes
# with one, the doubled '' of some copy with two): one string, for ``str.strip`` and for testing one
# character with ``in`` (a slice that may be empty is tested apart: "" is in every string).
CLOSING_QUOTE_MARKS = "”\"’'»"
# The same marks as the inside of a pattern's character class, to set between its brackets with
# whatever else it takes: "[.!?][" + CLOSING_QUOTE_CLASS + "]?", "[" + CLOSING_QUOTE_CLASS + ")]*".
# A class of the double marks alone ("[^,;:“”\"]{1,60}") leaves the single ones out on purpose:
# an apostrophe inside a word ("don’t", "Lee’s") must not stop the scan.
CLOSING_QUOTE_CLASS = regex.escape(CLOSING_QUOTE_MARKS)
# and the opening marks the same way: "[(" + OPENING_QUOTE_CLASS + "]*"
OPENING_QUOTE_CLASS = regex.escape("".join(sorted(OPENING_QUOTE_MARKS)))
# The marks that open an item of a list before its first word: "• ", "- ", "* ", "▪ " (a pattern's
# character class: the hyphen last)
LIST_MARKS = "•·▪●►‣◦*–—-"
# The dashes that set off an aside or open a clause: the em and en dashes, and the horizontal
# bar some copy sets its asides off with ("Joyce ― who is listed as an attorney ― told")
DASHES = "—–―"
# the word in capitals a name's mark ends ("Which?", "Yahoo!", "E!"), letters only and glued to the
# mark, no word, stop or hyphen running into it, read back from the mark up to `_MARKED_NAME_CHARS`
_MARKED_NAME = regex.compile(r"(?<![\w’'.-])\p{Lu}\p{L}*\Z")
_MARKED_NAME_CHARS = 20


def marked_name(text: str, mark: int, start: int = 0) -> int | None:
    """Where the name starts that the "?" or "!" at ``mark`` is the mark of, glued to its last
    letter: a word in capitals that no word, stop or hyphen runs into, at or after ``start``
    ("Which? Money", "Yahoo! Finance", "E! News", "said Ann Lee of Which?."); None where the
    character is no such mark ("Why?" is a word in capitals too: what the mark is, a question's
    end or a name's, the reader decides by the name and what follows it)."""
    if text[mark:mark + 1] not in ("?", "!"):
        return None
    m = _MARKED_NAME.search(text, max(start, mark - _MARKED_NAME_CHARS), mark, CONCURRENT)
    return m.start() if m is not None else None


_PRONOUNS = frozenset("he she they it we i you him her them us me".split())
# The word of a percentage, "percent", which British and Indian copy write as two, "per cent":
# a pattern for the readers of text (in lower case, as the word stands after a number); the two
# words as one token, for the tokenizers that place it first; and `one_word`, which gives that
# token the word "percent" for the readers of tokens.
PERCENT = r"per(?:[^\S\n]+)?cent"
PERCENT_TOKEN = r"(?<!\w)(?i:per[^\S\n]+cent)\b"


_PERCENT = regex.compile(PERCENT, regex.IGNORECASE)


def percent_opens(text: str, words: list, i: int) -> int | None:
    """Where the word "percent" that ends with ``words[i]`` (`WORD` matches) opens: ``i`` for
    "percent", ``i - 1`` for "per cent"; None when ``words[i]`` ends no such word."""
    at = i - 1 if i > 0 and words[i].group().lower() == "cent" else i
    return at if _PERCENT.fullmatch(text, words[at].start(), words[i].end(), CONCURRENT) else None


def one_word(token: str) -> str:
    """A token's word, "per cent" read as "percent" ("Per cent" as "Percent"): the
    readers of tokens that ask for "percent" find it written either way."""
    return "".join(token.split())


# What a single character after the word makes the class: marks and stops.
_MARK_CLASSES = {
    **dict.fromkeys([*QUOTE_MARKS, "'"], "quote"),
    **dict.fromkeys(":—–-", ":"),
    **dict.fromkeys(",;(", ","),
    **dict.fromkeys(".!?\r\n", "."),
}
# What a following word makes the class, by its lower-case form; any other word is 'cap' or 'word'.
_WORD_CLASSES = {
    "that": "that",
    "to": "to",
    **dict.fromkeys(("of", "for", "about", "on", "in", "with", "by", "at", "as", "from", "against"), "prep"),
    **dict.fromkeys(_PRONOUNS, "pron"),
}


def has_words(text: str, start: int, end: int, n: int) -> bool:
    """Whether [start, end) holds at least ``n`` words, read no further than the
    ``n``th: ``len(WORD.findall(text, start, end)) >= n`` over a stretch that may
    run on for a long sentence."""
    for k, _word in enumerate(WORD.finditer(text, start, end, False, CONCURRENT), 1):
        if k >= n:
            return True
    return n <= 0


def whole_word_in(text: str, word: str, lo: int, hi: int) -> bool:
    """Whether ``word`` stands as a whole word in ``text[lo:hi]``, as ``\\b`` + word + ``\\b``
    searched from ``lo`` to ``hi`` would find it: by string search, as a pattern built for each
    word costs more than the search."""
    i = text.find(word, lo, hi)
    while i >= 0:
        end = i + len(word)
        if not (i > 0 and _word_char(text[i - 1])) and not (end < hi and _word_char(text[end])):
            return True
        i = text.find(word, i + 1, hi)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _past_blanks(text: str, i: int, limit: int) -> int:
    """Where the spaces and tabs from ``i`` end, ``limit`` at the most (no newline is skipped:
    the word after one is another line's)."""
    while i < limit and text[i] in " \t":
        i += 1
    return i


def next_class(text: str, end: int, limit: int | None = None) -> str:
    """The class of what follows a word ending at ``end``: 'that', 'quote', ':',
    ',', '.', 'to', 'prep', 'pron', 'cap' (a capitalised word) or 'word'."""
    limit = len(text) if limit is None else limit
    i = _past_blanks(text, end, limit)
    if i >= limit:
        return "."
    found = _MARK_CLASSES.get(text[i])
    if found is not None:
        return found
    m = WORD.match(text, i, limit, CONCURRENT)
    if m is None:
        return "word"
    w = m.group()
    found = _WORD_CLASSES.get(w.lower())
    if found is not None:
        return found
    return "cap" if w[0].isupper() else "word"


CLASSES = ("that", "quote", ":", ",", ".", "to", "prep", "pron", "cap", "word")


# A possessor: a possessive pronoun, or a word with a possessive ending ("Lee's",
# "the ministers’"). Shared by the rule of nouns a possessor reports by
# ("Lee's claim that ...") and by the script that mines those nouns.
# (not a pronoun's contraction: "it's", "he’s", "there's"). A word is read for
# its ending only when a mark follows it: the pattern is tried at every word.
POSSESSOR = regex.compile(
    r"\b(?<![’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|(?=[\w.-]*[’'])"
    r"(?!(?i:it|he|she|that|there|here|what|who|where|when|how|why|let)[’']s)\w[\w.-]*(?:[’']s|s[’']))(?![\w’'])"
)
# The possessive pronouns alone: where no apostrophe stands, POSSESSOR finds only these
_POSSESSIVE_PRONOUN = regex.compile(r"\b(?<![’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)(?![\w’'])")


# The characters a match of POSSESSOR is made of: each lies inside one run of them
_RUN = regex.compile(r"[\w.’'-]*")
_RUN_BACK = regex.compile(r"[\w.’'-]*", regex.REVERSE)


def possessors(text: str, start: int, end: int) -> Iterator[regex.Match]:
    """The matches of POSSESSOR in [start, end). POSSESSOR is costly where it
    reads every word for an apostrophe, so it reads only the runs of word
    characters, stops, hyphens and apostrophes that hold an apostrophe; the
    stretches between them (all of most sentences) are read for the
    pronouns alone, a cheaper scan. No match spans two runs."""
    pos = start
    while True:
        quote = text.find("’", pos, end)
        straight = text.find("'", pos, end)
        mark = straight if quote < 0 or 0 <= straight < quote else quote
        if mark < 0:
            yield from _POSSESSIVE_PRONOUN.finditer(text, pos, end, False, CONCURRENT)
            return
        run_start = _RUN_BACK.match(text, pos, mark, CONCURRENT).start()
        run_end = _RUN.match(text, mark, end, CONCURRENT).end()
        yield from _POSSESSIVE_PRONOUN.finditer(text, pos, run_start, False, CONCURRENT)
        yield from POSSESSOR.finditer(text, run_start, run_end, False, CONCURRENT)
        pos = run_end


def word_starts(text: str, words: Iterable[str]) -> list[int] | None:
    """Where each of ``words`` (lower-case letters) starts in ``text``, in any
    case, after no letter and before a space, in order: found by one scan of the
    text per word, for a cheap test of whether a stretch may hold a case-blind
    pattern that needs one of them before a space. None when lowering the text
    would move its offsets ("İ" lowers to two characters)."""
    folded = text.lower().replace("ſ", "s")  # a case-blind pattern reads the long s as "s"
    if len(folded) != len(text):
        return None
    found = []
    for w in words:
        i = folded.find(w)
        while i >= 0:
            if not folded[i - 1 : i].isalpha() and folded[i + len(w) : i + len(w) + 1].isspace():
                found.append(i)
            i = folded.find(w, i + 1)
    return sorted(found)


def next_word(text: str, pos: int, end: int | None = None) -> regex.Match | None:
    """The word after one space at ``pos``, if one follows there."""
    return WORD.match(text, pos + 1, len(text) if end is None else end, CONCURRENT) if text.startswith(" ", pos) else None


# What may follow a noun a possessor reports by, each its own context: the
# complementizer, a preposition, a copula ("His answer was ...") or a colon
_AFTER_NOUN_WORDS = {
    "that": "that",
    **{p: p for p in "of for on about against with toward towards over in from to".split()},
    **dict.fromkeys(("is", "was", "are", "were"), "be"),
}


def after_noun(text: str, end: int, limit: int | None = None) -> str | None:
    """The context of a noun ending at ``end`` after a possessor: 'that', a
    preposition, 'be' or ':'; None for anything else."""
    limit = len(text) if limit is None else limit
    i = _past_blanks(text, end, limit)
    if text.startswith(":", i):
        return ":"
    if i == end:
        return None  # no space: "Lee's claim," or a word that goes on
    m = WORD.match(text, i, limit, CONCURRENT)
    return _AFTER_NOUN_WORDS.get(m.group().lower()) if m is not None else None
