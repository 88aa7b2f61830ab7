"""Hypothesis strategies for property-testing attribution parsers.

``attributed_texts()`` draws ``(text, expected)``: a news-like text and the
Quotes and Claims it holds, with exact offsets. The cue words and lead
phrases come from the lexicon a parser has merged from its plugins, so a
plugin's additions get exercised. ``messy_texts()`` draws hostile text.

Needs the ``testing`` extra (hypothesis). Installing the package registers
these strategies with Hypothesis, so ``st.from_type(attribution.Claim)``
works.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from attribution import default_lexicon as en
from attribution.lexicon import Lexicon, lemma
from attribution.model import Attribution, Claim, Cue, Quote, Source, Span

ORDERS = (
    "said_that",  # X said that Y.
    "trailing",  # “Y,” X said.
    "inverted",  # “Y,” said X.
    "split",  # “Y1,” X said. “Y2”
    "paragraphs",  # X said: “Y1 <newline> “Y2”
    "lead",  # According to X, Y.
    "trailer",  # Y, according to X.
    "relay",  # X told OUTLET that Y.
)
KINDS = ("person", "organization", "outlet", "group", "document", "anonymous")

# Sources by kind: mentions the built-in rules read whole.
_FIRST = ("Ann", "Omar", "Lena", "Ravi", "Maria", "Tom", "Keiko", "Samuel", "Ines", "Dara")
_LAST = ("Lee", "Okafor", "Novak", "Menon", "Silva", "Brandt", "Tanaka", "Osei", "Ruiz", "Keller")
_TITLES = ("Mayor", "Senator", "Minister", "Governor", "Judge", "Dr.")
_ORGANIZATIONS = ("The city council", "The union", "The ferry company", "The health ministry", "The port authority")
_OUTLETS = ("The Harbour Gazette", "The Valley Herald", "The Morning Ledger", "The Coastal Post")
_GROUPS = ("Analysts", "Residents", "Economists", "Teachers", "Farmers")
_DOCUMENTS = ("The report", "The memo", "The audit", "The letter")
_ANONYMOUS = ("A senior official", "A source familiar with the talks", "An official")

# Content: plain clauses that hold no cue, name or quotation mark of their own.
_SUBJECTS = ("the bridge", "the budget", "the new line", "the old mill", "the river", "the school", "prices")
_PREDICATES = (
    "would reopen in spring", "was short of money", "had been closed for weeks", "will cost more than planned",
    "needs new pumps", "could flood again", "was safe for now", "will open next year",
)
_FILLERS = (
    "The weather was mild for the season.", "Traffic was light on the coast road.",
    "The market opened early on Friday.", "Boats lined the quay at dawn.",
)


@functools.cache
def _default_lexicon() -> Lexicon:
    from attribution.parser import Parser

    return Parser(entry_points=False).lexicon


def _cue_forms(lexicon: Lexicon, context: str) -> tuple[str, ...]:
    """Past or present tense cue verbs that the lexicon is sure of in ``context``."""
    forms = {
        f for (f, c), w in lexicon._weights.items()
        if c == context and w >= 0.8 and f.isalpha() and f.endswith(("ed", "s", "id", "ld", "te"))
        and lemma(f) != f and not f.endswith("ing")
    } | {f for f in lexicon.cue_words if f.isalpha() and not f.endswith("ing")}
    return tuple(sorted(forms))


@st.composite
def _source(draw: Any, kinds: Sequence[str]) -> tuple[str, str]:
    kind = draw(st.sampled_from(kinds))
    if kind == "person":
        name = f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_LAST))}"
        if draw(st.booleans()):
            name = f"{draw(st.sampled_from(_TITLES))} {name}"
        return name, kind
    table = {"organization": _ORGANIZATIONS, "outlet": _OUTLETS, "group": _GROUPS,
             "document": _DOCUMENTS, "anonymous": _ANONYMOUS}[kind]
    return draw(st.sampled_from(table)), kind


@st.composite
def _clause(draw: Any) -> str:
    return f"{draw(st.sampled_from(_SUBJECTS))} {draw(st.sampled_from(_PREDICATES))}"


class _Builder:
    """Appends text and records spans at exact offsets."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text), piece)


def _lower_first(s: str) -> str:
    """A mention as it reads inside a sentence: "the union", "analysts"; names keep their capitals."""
    if s in _GROUPS or s.split(" ", 1)[0] in ("The", "A", "An") and s not in _OUTLETS:
        return s[0].lower() + s[1:]
    return s


@st.composite
def _one(draw: Any, b: _Builder, order: str, lexicon: Lexicon, kinds: Sequence[str], quote_style: str) -> Attribution:
    """Write one attributed sentence (or two) into ``b`` and return what it holds."""
    open_q, close_q = ("“", "”") if quote_style == "curly" else ('"', '"')
    source, kind = draw(_source(kinds))
    clause = draw(_clause())
    if order == "said_that":
        cue = draw(st.sampled_from(_cue_forms(lexicon, "that")))
        src = b.add(source)
        b.add(" ")
        cue_span = b.add(cue)
        b.add(" that ")
        content = [b.add(clause)]
        b.add(".")
        return Claim(source=Source(src, kind, source), cue=Cue((cue_span,), lemma(cue)), content=content,
                     mode="indirect", rule="core.said_that.v2")
    if order in ("trailing", "inverted", "split"):
        forms = _cue_forms(lexicon, ".")
        if order == "inverted":
            forms = tuple(f for f in forms if lemma(f) in en.INVERTING_VERBS) or ("said",)
        cue = draw(st.sampled_from(forms))
        q1 = b.add(f"{open_q}{clause[0].upper()}{clause[1:]},{close_q}")
        b.add(" ")
        if order == "inverted":
            cue_span = b.add(cue)
            b.add(" ")
            src = b.add(_lower_first(source))
        else:
            src = b.add(_lower_first(source))
            b.add(" ")
            cue_span = b.add(cue)
        b.add(".")
        content = [q1]
        if order == "split":
            b.add(" ")
            content.append(b.add(f"{open_q}{draw(_clause()).capitalize()}.{close_q}"))
        rule = "core.inverted_cue.v2" if order == "inverted" else "core.trailing_cue.v2"
        return Quote(source=Source(src, kind, src.text), cue=Cue((cue_span,), lemma(cue)), content=content,
                     mode="direct", rule=rule)
    if order == "paragraphs":
        src = b.add(source)
        b.add(" ")
        cue_span = b.add("said")
        b.add(": ")
        first = b.add(f"{open_q}{clause[0].upper()}{clause[1:]}.")
        b.add("\n")
        second = b.add(f"{open_q}{draw(_clause()).capitalize()}.{close_q}")
        return Quote(source=Source(src, kind, source), cue=Cue((cue_span,), "say"), content=[first, second],
                     mode="direct", rule="core.colon_lead.v2")
    if order in ("lead", "trailer"):
        phrases = sorted(p for p in lexicon.lead_phrases if " " in p)
        phrase = draw(st.sampled_from(phrases))
        if order == "lead":
            cue_span = b.add(phrase.capitalize())
            b.add(" ")
            src = b.add(_lower_first(source))
            b.add(", ")
            content = [b.add(clause)]
        else:
            content = [b.add(clause[0].upper() + clause[1:])]
            b.add(", ")
            cue_span = b.add(phrase)
            b.add(" ")
            src = b.add(_lower_first(source))
        b.add(".")
        return Claim(source=Source(src, kind, src.text), cue=Cue((cue_span,), lexicon.lead_phrases[phrase]),
                     content=content, mode="indirect", rule="core.lead_phrase.v2")
    # relay: X told OUTLET that Y.
    outlet = draw(st.sampled_from(_OUTLETS))
    src = b.add(source)
    b.add(" ")
    cue_span = b.add("told")
    b.add(" ")
    via = b.add(outlet)
    b.add(" that ")
    content = [b.add(clause)]
    b.add(".")
    return Claim(source=Source(src, kind, source), cue=Cue((cue_span,), "tell"), content=content,
                 mode="indirect", via=(Source(via, "outlet", outlet),), rule="core.said_that.v2")


@st.composite
def _attributed_texts(draw: Any, orders, kinds, lexicon, max_attributions, quote_styles) -> tuple[str, tuple]:
    b = _Builder()
    expected = []
    n = draw(st.integers(1, max_attributions))
    style = draw(st.sampled_from(quote_styles))
    for i in range(n):
        if i:
            b.add("\n")
            if draw(st.booleans()):
                b.add(draw(st.sampled_from(_FILLERS)) + "\n")
        order = draw(st.sampled_from(orders))
        expected.append(draw(_one(b, order, lexicon, kinds, style)))
    return b.text, tuple(expected)


def attributed_texts(
    *,
    orders: Sequence[str] = ORDERS,
    kinds: Sequence[str] = KINDS,
    lexicon: Lexicon | None = None,
    max_attributions: int = 4,
    quote_styles: Sequence[str] = ("curly", "straight"),
) -> st.SearchStrategy[tuple[str, tuple[Attribution, ...]]]:
    """Texts with known attributions: ``(text, expected)``.

    ``orders`` narrows the constructions drawn (see ``ORDERS``), ``kinds``
    the source kinds (see ``KINDS``); ``lexicon`` is the merged lexicon of
    the parser under test (``parser.lexicon``), so that a plugin's cue
    words and lead phrases are drawn too.
    """

    @st.composite
    def checked(draw: Any):
        bad_orders = set(orders) - set(ORDERS)
        if not orders or bad_orders:
            raise InvalidArgument(f"orders must be a non-empty subset of {ORDERS} (got {sorted(bad_orders)})")
        bad_kinds = set(kinds) - set(KINDS)
        if not kinds or bad_kinds:
            raise InvalidArgument(f"kinds must be a non-empty subset of {KINDS} (got {sorted(bad_kinds)})")
        if not isinstance(max_attributions, int) or max_attributions < 1:
            raise InvalidArgument(f"max_attributions must be an int >= 1 (got {max_attributions!r})")
        return draw(_attributed_texts(tuple(orders), tuple(kinds), lexicon or _default_lexicon(),
                                      max_attributions, tuple(quote_styles)))

    return checked()


_MARKS = "“”\"‘’'«»„"


def messy_texts(*, max_size: int = 400) -> st.SearchStrategy[str]:
    """Hostile text: unbalanced and mixed quote marks, control characters,
    byte order marks, CRLF and lone CR line ends, mixed scripts, long runs."""
    if not isinstance(max_size, int) or max_size < 1:
        raise InvalidArgument(f"max_size must be an int >= 1 (got {max_size!r})")
    pieces = st.one_of(
        st.sampled_from(list(_MARKS)),
        st.sampled_from(["\r\n", "\r", "\n\n", "\ufeff", "\x00", "\x0b", "\u2028", "\u200b", "\t"]),
        st.sampled_from(["said", " said ", "according to", "As per", "told", ", ", ". ", ": ", "—", "''"]),
        st.sampled_from(["Mr. Lee", "The Daily Ledger", "Ann Cole", "الحكومة", "政府", "Минздрав", "İstanbul"]),
        st.text(max_size=8),
        st.text(alphabet=_MARKS + " a", min_size=20, max_size=60),
    )
    return st.lists(pieces, max_size=max_size // 4).map("".join)


def _claims() -> st.SearchStrategy[Claim]:
    return attributed_texts(orders=("said_that", "lead", "trailer", "relay")).map(lambda te: te[1][0])


def _quotes() -> st.SearchStrategy[Quote]:
    return attributed_texts(orders=("trailing", "inverted", "split")).map(lambda te: te[1][0])


def _register_hypothesis() -> None:
    """Entry point for Hypothesis: ``st.from_type(Claim)`` and friends."""
    st.register_type_strategy(Claim, _claims())
    st.register_type_strategy(Quote, _quotes())
    st.register_type_strategy(Attribution, st.one_of(_claims(), _quotes()))


__all__ = ["KINDS", "ORDERS", "attributed_texts", "messy_texts"]
