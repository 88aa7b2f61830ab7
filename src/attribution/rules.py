"""What rules read and what they produce: the parse context and candidates.

A rule is a function ``rule(context, sentence) -> Iterable[Candidate]``
registered through the ``attribution_rules`` hook. Candidates hold plain
offsets; the resolution stage links them, and the parser freezes them into
:class:`attribution.Quote` and :class:`attribution.Claim` objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from attribution.layout import Layout, Sentence
from attribution.lexicon import Lexicon

Offsets = tuple[int, int]


@attrs.define
class Candidate:
    """An attribution a rule has found, before resolution."""

    cue: list[Offsets]
    cue_lemma: str
    content: list[Offsets]
    rule: str
    source: Offsets | None = None
    source_kind: str | None = None
    via: list[Offsets] = attrs.Factory(list)
    # a hearer of one name the rule could not tell for an outlet ("told Forbes that ..."):
    # resolution makes it a ``via`` when the text elsewhere names it as one ("Forbes magazine")
    hearer: Offsets | None = None
    # the "that" which introduces reported content, when there is one
    complementizer: Offsets | None = None
    polarity: str = "asserted"
    priority: int = 100
    # how sure the cue is of itself (its mined weight in context); breaks ties
    strength: float = 1.0
    sentence: int = -1
    # filled by resolution: the index of the candidate or mention a source stands for
    refers_to: Offsets | None = None
    refers_kind: str | None = None
    via_refers_to: list[Offsets | None] = attrs.Factory(list)
    # filled by resolution: the kind of each mention in ``via`` (an outlet but for people: "per a translator")
    via_kinds: list[str] = attrs.Factory(list)

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content + self.cue)


@attrs.define
class Context:
    """Everything a rule may read about the text being parsed."""

    text: str
    layout: Layout
    lexicon: Lexicon
    outlet: str | None = None
    url: str | None = None
    # sentences that yield no attribution (headings, credit lines, boilerplate)
    skipped: set[int] = attrs.Factory(set)
    # what rules compute once per parse and share (keys namespaced by the rule)
    memo: dict = attrs.Factory(dict)


@attrs.frozen
class Rule:
    name: str
    function: Callable[[Context, Sentence], Iterable[Candidate]]
    priority: int
    plugin: str
    # the outlet whose articles alone the rule reads (None: every article)
    outlet: str | None = None
