"""Paragraph roles: headline, headings, lead-ins, credit lines and boilerplate.

These paragraphs are kept on the Document (headline, headings, credits) and
yield no attribution. Credit and boilerplate patterns come from plugins.
"""

from __future__ import annotations

import attrs
import regex

from attribution.layout import Layout
from attribution.lexicon import Lexicon
from attribution.tokens import CONCURRENT

_WORDS = regex.compile(r"\w+")
_CREDIT = regex.compile(
    r"(?i)^\s*(?:\(?with (?:inputs? from|(?:agency|wire) inputs)\b|\(?with (?:additional )?reporting by\b|reporting by\b|"
    r"editing by\b|\(?writing by\b|compiled by\b|\(?(?:additional )?reporting (?:by|from)\b)"
)
# Editorial notes about the article itself report nothing. An "Update:" is one when it speaks
# of the story ("Update: An earlier version of this story ..."); a live blog's "UPDATE: Police
# said ..." is news.
_EDITORIAL = regex.compile(
    r"(?i)^\s*(?:[•·*]\s*)?(?:(?:correction|clarification|editor['’]s note)\s*:"
    r"|update\s*:(?=[^\n]{0,120}?\b(?:this|(?:an?|the)\s+(?:earlier|previous|original))\s+(?:version|article|story|post|report|headline)\b)"
    r"|this (?:article|story) was (?:amended|updated|corrected)\b)"
)
# Links to other stories, promos and notices of the page around the article:
# "Also Read | ...", "Read more: ...", "Sign up to our newsletter", "Follow us on
# Twitter", "Copyright 2024 ... All rights reserved". A linked headline may hold
# a cue ("Read more: Bridge unsafe, says report"); it reports nothing here.
_PAGE_FURNITURE = regex.compile(
    r"(?i)^\s*(?:"
    r"(?:also\s+(?:read|watch|see|check(?:\s+out)?)|read\s+(?:more|also|next)|related(?:\s+(?:stories|news|articles?|coverage))?"
    r"|see\s+also|more\s+from|recommended|must\s+read|don['’]t\s+miss)\s*[:|\-–—]"
    r"|(?:sign\s+up|subscribe)\b[^\n]{0,60}\b(?:newsletter|alerts|updates|channel)"
    r"|follow\b[^\n]{0,60}\bon\s+(?:twitter|x|facebook|instagram|linkedin|youtube|telegram|whatsapp|threads|social\s+media)\b"
    r"|(?:click|tap)\s+here\b"
    r"|(?:copyright|©)\s[^\n]{0,80}\ball\s+rights\s+reserved"
    r")"
)
_MAX_HEADING_WORDS = 12


@attrs.frozen
class Roles:
    headline: tuple[int, int] | None
    headings: tuple[tuple[int, int], ...]
    credits: tuple[tuple[int, int], ...]
    # paragraphs (by index) that yield no attribution
    silent: frozenset[int]


def assign(text: str, layout: Layout, lexicon: Lexicon, outlet: str | None = None) -> Roles:
    credit_lines = lexicon.patterns("credit_lines", outlet)
    boilerplate = lexicon.patterns("boilerplate", outlet)
    headline = None
    headings, credits, silent = [], [], set()
    for i, (s, e) in enumerate(layout.paragraphs):
        raw = text[s:e]
        para = raw.strip()
        start = s + raw.index(para[0]) if para else s
        span = (start, start + len(para))
        if _CREDIT.match(para, 0, None, CONCURRENT) or any(p.match(para) for p in credit_lines):
            credits.append(span)
            silent.add(i)
        elif _EDITORIAL.match(para, 0, None, CONCURRENT) or _PAGE_FURNITURE.match(para, 0, None, CONCURRENT) or any(p.fullmatch(para) for p in boilerplate):
            silent.add(i)
        elif i == 0 and not para.endswith(".") and _n_words(para) <= 25:
            headline = span
        elif para.endswith("?") and ":" not in para and _n_words(para) <= _MAX_HEADING_WORDS and not layout.quoted_chars(s, e):
            headings.append(span)
            silent.add(i)
    return Roles(headline, tuple(headings), tuple(credits), frozenset(silent))


def _n_words(para: str) -> int:
    """Counted only for the few paragraphs a length decides (a headline, a heading)."""
    return len(_WORDS.findall(para, 0, None, False, CONCURRENT))
