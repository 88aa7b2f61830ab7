"""Counting what the mined tables of cues and sources are built from.

``data/cues.tsv`` holds, for each word form and the class of what follows it
(``tokens.next_class``), how often it heads an annotated cue and how often it
stands outside quotations at all; ``data/source_heads.tsv`` and
``data/source_words.tsv``, how often a lower-case word ends or stands in an
annotated source. ``scripts/build_lexicons.py`` writes them from these counts
over a training split; the model scripts count each fold of articles apart,
so that a model learns from tables mined without the articles it is fitted
on (``out_of_fold``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from attribution.layout import Layout, analyse
from attribution.lexicon import Lexicon
from attribution.tokens import POSSESSOR, WORD, after_noun, next_class, next_word

Spans = Sequence[tuple[int, int]]

# Words that lead a cue without being its head ("has said", "also told", "did not say").
_LEADING = frozenset(
    "has have had is was were be been being will would could can may might should do does did "
    "also then later previously recently earlier again further not never already "
    "reportedly publicly privately repeatedly once often still just even".split()
)
# A cue word must head this many annotated cues in a context for the table to keep it.
MIN_AS_CUE = 2


def cue_head(text: str, spans: Spans) -> tuple[str, int] | None:
    """The head word of a cue (skipping auxiliaries and adverbs) and its end offset."""
    for s, e in spans:
        for m in WORD.finditer(text, s, e):
            w = m.group().lower()
            if m.start() >= 2 and text[m.start() - 1] in "’'" and text[m.start() - 2].isalnum():
                # a cue begun inside a word, at a contraction's tail ("I|’m aghast", "they|'re worried"):
                # the parser reads "I’m" as one word, so the tail ("m", "re") heads nothing it could weigh
                return None
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


def count_sources(text: str, layout: Layout, sources: Iterable[Spans]) -> tuple[Counter, Counter, Counter]:
    """For one article and its annotated sources: how often each lower-case
    word ends a source, how often it stands inside one, and how often it
    stands outside quotations at all."""
    heads: Counter = Counter()
    inside: Counter = Counter()
    everywhere: Counter = Counter()
    for m in WORD.finditer(text):
        if m.group().islower() and not layout.inside_quote(m.start()):
            everywhere[m.group()] += 1
    for spans in sources:
        for s, e in spans:
            for m in WORD.finditer(text, s, e):
                if m.group().islower():
                    inside[m.group()] += 1
        if spans:
            words = WORD.findall(text, *spans[-1])
            if words and words[-1].islower():
                heads[words[-1]] += 1
    return heads, inside, everywhere


def source_head_rows(heads: Counter, everywhere: Counter) -> Iterator[tuple[str, int, int]]:
    """``source_heads.tsv``'s rows: (word, times it ends a source, times seen), in order."""
    for w, n in sorted(heads.items()):
        if n >= MIN_AS_HEAD:
            yield w, n, max(everywhere[w], n)


def source_word_rows(inside: Counter, everywhere: Counter) -> Iterator[tuple[str, int, int]]:
    """``source_words.tsv``'s rows: (word, times inside a source, times seen), in order."""
    for w, n in sorted(everywhere.items()):
        if n >= MIN_SEEN:
            yield w, inside[w], n


class Attribution(Protocol):
    """What the mining of possessed cues reads of an annotated attribution."""

    cue: Spans
    source: Spans
    content: Spans


def count_possessed_cues(text: str, layout: Layout, gold: Iterable[Attribution]) -> tuple[Counter, Counter]:
    """For one article: how often a noun right after a possessor ("Lee's
    claim that", "his attacks on"), keyed by the noun and what follows it
    (``tokens.after_noun``), heads an annotated cue whose source holds the
    possessor, and how often it stands there at all. A possessor inside
    another attribution's content is not counted: there the outer report
    takes the words, as the parser's resolution does."""
    gold = list(gold)
    heads = {}
    for g in gold:
        head = cue_head(text, g.cue)
        if head is not None and g.source:
            heads.setdefault(head[1], []).append(g)
    contents = [span for g in gold for span in g.content]
    as_cue: Counter = Counter()
    total: Counter = Counter()
    for m in POSSESSOR.finditer(text):
        noun = next_word(text, m.end())
        if noun is None or not noun.group().islower() or layout.inside_quote(m.start()):
            continue
        after = after_noun(text, noun.end())
        if after is None:
            continue
        key = noun.group(), after
        if any(s < m.end() and m.start() < e for g in heads.get(noun.end(), ()) for s, e in g.source):
            as_cue[key] += 1
            total[key] += 1
        elif not any(s <= m.start() < e for s, e in contents):
            total[key] += 1
    return as_cue, total


def possessed_cue_rows(as_cue: Counter, total: Counter) -> Iterator[tuple[str, str, int, int]]:
    """``possessed_cues.tsv``'s rows: (noun, what follows, as cue, total), in
    order. Every noun seen as a cue is kept: the lexicon pools the forms of a
    noun ("attack", "attacks") before it asks for enough cues."""
    for (w, c), n in sorted(as_cue.items()):
        yield w, c, n, max(total[w, c], n)


# A word must end this many annotated sources, or be seen this often, for its table to keep it.
MIN_AS_HEAD = 2
MIN_SEEN = 5


def out_of_fold(lexicon: Lexicon, articles: Sequence[tuple[str, Sequence[Attribution]]], folds: int) -> Iterator[list[int]]:
    """For each of ``folds`` groups of articles (the i-th article in group
    i % folds), weigh the lexicon's cues, source words and possessed cues by
    counts mined from the other groups alone, and yield the group's indices;
    the shipped tables are back at the end. ``articles`` are (text,
    annotations) pairs."""
    counts = []
    for text, gold in articles:
        layout = analyse(text)
        counts.append(
            count_cues(text, layout, [g.cue for g in gold])
            + count_sources(text, layout, [g.source for g in gold])
            + count_possessed_cues(text, layout, gold)
        )
    try:
        for k in range(folds):
            sums: list[Counter] = [Counter() for _ in range(7)]
            for i, article_counts in enumerate(counts):
                if i % folds != k:
                    for total, part in zip(sums, article_counts):
                        total.update(part)
            as_cue, words, heads, inside, everywhere, possessed, possessed_total = sums
            lexicon.weigh_cues(cue_rows(as_cue, words))
            lexicon.weigh_sources(source_head_rows(heads, everywhere), source_word_rows(inside, everywhere))
            lexicon.weigh_possessed_cues(possessed_cue_rows(possessed, possessed_total))
            yield [i for i in range(len(counts)) if i % folds == k]
    finally:
        lexicon.weigh_cues()
        lexicon.weigh_sources()
        lexicon.weigh_possessed_cues()
