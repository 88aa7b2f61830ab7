"""Counting what the mined cue table is built from.

``data/cues.tsv`` holds, for each word form and the class of what follows it
(``tokens.next_class``), how often it heads an annotated cue and how often it
stands outside quotations at all. ``scripts/build_lexicons.py`` writes it from
these counts over a training split; the model scripts count each fold of
articles apart, so that a model learns from weights mined without the
articles it is fitted on (``out_of_fold``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from attribution.layout import Layout, analyse
from attribution.lexicon import Lexicon
from attribution.tokens import WORD, next_class

Spans = list[tuple[int, int]]

# Words that lead a cue without being its head ("has said", "also told", "did not say").
_LEADING = frozenset(
    "has have had is was were be been being will would could can may might should do does did "
    "also then later previously recently earlier again further not never had already "
    "reportedly publicly privately repeatedly once often still just even".split()
)
# A cue word must head this many annotated cues in a context for the table to keep it.
MIN_AS_CUE = 2


def cue_head(text: str, spans: Spans) -> tuple[str, int] | None:
    """The head word of a cue (skipping auxiliaries and adverbs) and its end offset."""
    for s, e in spans:
        for m in WORD.finditer(text, s, e):
            w = m.group().lower()
            if w not in _LEADING and "’" not in w and "'" not in w and not (w.endswith("ly") and len(w) > 4):
                return w, m.end()  # an adverb ("quickly said") leads a cue; it is no head
    return None


def count_cues(text: str, layout: Layout, cues: Iterable[Spans]) -> tuple[Counter, Counter]:
    """For one article and its annotated cues: how often each (form, next class)
    heads a cue, and how often it stands outside quotations."""
    as_cue: Counter = Counter()
    total: Counter = Counter()
    for m in WORD.finditer(text):
        if not layout.inside_quote(m.start()):  # words inside quotations are never cues
            total[m.group().lower(), next_class(text, m.end())] += 1
    for spans in cues:
        head = cue_head(text, spans)
        if head:
            as_cue[head[0], next_class(text, head[1])] += 1
    return as_cue, total


def cue_rows(as_cue: Counter, total: Counter) -> Iterator[tuple[str, str, int, int]]:
    """The table's rows from summed counts: (form, next class, as cue, total), in order."""
    for (w, c), n in sorted(as_cue.items()):
        if n >= MIN_AS_CUE:
            yield w, c, n, max(total[w, c], n)


def out_of_fold(lexicon: Lexicon, articles: Sequence[tuple[str, Iterable[Spans]]], folds: int) -> Iterator[list[int]]:
    """For each of ``folds`` groups of articles (the i-th article in group
    i % folds), weigh the lexicon's cues by counts mined from the other groups
    alone and yield the group's indices; the shipped weights are back at the end.
    ``articles`` are (text, annotated cue spans) pairs."""
    counts = [count_cues(text, analyse(text), cues) for text, cues in articles]
    try:
        for k in range(folds):
            as_cue: Counter = Counter()
            total: Counter = Counter()
            for i, (cue_counts, word_counts) in enumerate(counts):
                if i % folds != k:
                    as_cue.update(cue_counts)
                    total.update(word_counts)
            lexicon.weigh_cues(cue_rows(as_cue, total))
            yield [i for i in range(len(counts)) if i % folds == k]
    finally:
        lexicon.weigh_cues()
