"""Word tokens with offsets, and the coarse class of what follows a word.

Shared by the parser and by the script that mines the lexicons from an
annotated corpus, so that both see words the same way.
"""

from __future__ import annotations

import regex

WORD = regex.compile(r"\w+(?:[’']\w+)*")
_QUOTE_MARKS = "\"“”‘’'«»„"
_PRONOUNS = frozenset("he she they it we i you him her them us me".split())


def next_class(text: str, end: int, limit: int | None = None) -> str:
    """The class of what follows a word ending at ``end``: 'that', 'quote', ':',
    ',', '.', 'to', 'prep', 'pron', 'cap' (a capitalised word) or 'word'."""
    limit = len(text) if limit is None else limit
    i = end
    while i < limit and text[i] in " \t":
        i += 1
    if i >= limit or text[i] in "\r\n":
        return "."
    ch = text[i]
    if ch in _QUOTE_MARKS:
        return "quote"
    if ch in ":—–-":
        return ":"
    if ch in ",;(":
        return ","
    if ch in ".!?":
        return "."
    m = WORD.match(text, i)
    if m is None:
        return "word"
    w = m.group()
    lw = w.lower()
    if lw == "that":
        return "that"
    if lw == "to":
        return "to"
    if lw in ("of", "for", "about", "on", "in", "with", "by", "at", "as", "from", "against"):
        return "prep"
    if lw in _PRONOUNS:
        return "pron"
    if w[0].isupper():
        return "cap"
    return "word"


CLASSES = ("that", "quote", ":", ",", ".", "to", "prep", "pron", "cap", "word")
