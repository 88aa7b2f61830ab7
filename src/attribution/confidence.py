"""Stage 7: confidence. How likely an attribution is to be right, from what it is made of.

The rules find attributions by their cues; some kinds of finding are right
far less often than others (a stance noun with a long content and no
named source, say, against "said" before "that" with a named one). A
logistic model over a few features of each attribution weighs them: the
rule that made it, its cue's lemma and what follows the cue, its source's
kind and length, its content's length and share of quotation, and a
handful more. Its weights are fitted on the train split of an annotated
corpus by ``scripts/train_confidence.py`` and shipped in
``data/confidence.tsv``, with the threshold that served that split best;
the parser keeps the attributions whose confidence reaches it.

Features are plain strings, so the table reads as a list of reasons.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from attribution import logistic
from attribution.lexicon import Lexicon
from attribution.model import Attribution
from attribution.tokens import CONCURRENT, WORD, next_class

_THRESHOLD_ROW = "@threshold"


def features(
    text: str, att: Attribution, lexicon: Lexicon, first_line: int | None = None,
    span_words: dict[str, list[str]] | None = None,
) -> list[str]:
    """The features of one attribution of ``text``, as the model reads them.
    ``first_line`` is where the text's first line ends (-1 when it has only
    one), for callers that weigh many attributions of one text; ``span_words``
    holds the words (``WORD`` tokens) of content span texts a caller has read
    already (the parser, which counts them to tell quotes from claims)."""
    cue = att.cue.spans[0]
    words = WORD.findall(cue.text, 0, None, False, CONCURRENT)
    head = words[-1].lower() if words else cue.text.strip() or "?"
    after = next_class(text, cue.end)
    weight_label = logistic.bucket(lexicon.cue_weight(head, after), (0.2, 0.3, 0.45, 0.6, 0.8, 0.99))
    source = att.source
    kind = source.kind if source is not None else "none"
    source_words = WORD.findall(source.span.text, 0, None, False, CONCURRENT) if source is not None else []
    content_words: list[str] = []
    for span in att.content:
        found = span_words.get(span.text) if span_words is not None else None
        content_words += found if found is not None else WORD.findall(span.text)
    opening = WORD.search(att.content[0].text, 0, None, CONCURRENT)
    first = opening.group() if opening else ""
    shape = "phrase" if _FINITE.isdisjoint(map(str.lower, content_words)) else "clause"
    if first_line is None:
        first_line = text.find("\n")
    out = [
        "bias",
        "rule=" + att.rule,
        "lemma=" + att.cue.lemma,
        f"lemma|after={att.cue.lemma}|{after}",
        f"rule|after={att.rule}|{after}",
        "cue words=" + logistic.bucket(len(words), (1, 2, 3)),
        "weight=" + weight_label,
        f"weight|rule={weight_label}|{att.rule}",
        f"weight|kind={weight_label}|{kind}",
        "content opens=" + (first.lower() if first.lower() in _OPENINGS else "capital" if first[:1].isupper() else "word"),
        "kind=" + kind,
        f"kind|rule={kind}|{att.rule}",
        "source words=" + logistic.bucket(len(source_words), (0, 1, 2, 4, 8)),
        "content words=" + logistic.bucket(len(content_words), (1, 3, 8, 20, 40)),
        "mode=" + att.mode,
        "order=" + ("cue first" if cue.start < att.content[0].start else "content first"),
        "form=" + head,
        "content=" + shape,
        f"content|rule={shape}|{att.rule}",
    ]
    if source is not None:
        last = source_words[-1] if source_words else ""
        out.append("source head=" + (last.lower() if last.islower() else "capital"))
    if att.complementizer is not None:
        out.append("that")
    if att.polarity != "asserted":
        out.append("polarity=" + att.polarity)
    if 0 <= first_line and cue.start < first_line:
        out.append("first line")
    if len(att.content) > 1:
        out.append("split content")
    return out


# Words whose presence at the head of content tells a clause from a phrase
_OPENINGS = frozenset(
    "that the a an he she they it we i you his her their its to for of in on about with as "
    "this these there what how why if whether".split()
)


# Words that make content a clause ("the plan would fail") rather than a
# phrase ("a blowout win"): auxiliaries, copulas and subject pronouns
_FINITE = frozenset(
    "is was were are am be been has have had will would can could should may might must do does did "
    "isn't wasn't won't can't don't doesn't didn't he she they we i it there".split()
)


class Model(logistic.Model):
    """Weights per feature and the threshold an attribution's confidence must reach."""

    def __init__(self, weights: dict[str, float], threshold: float) -> None:
        super().__init__(weights)
        self.threshold = threshold

    def confidence(
        self, text: str, att: Attribution, lexicon: Lexicon, first_line: int | None = None,
        span_words: dict[str, list[str]] | None = None,
    ) -> float:
        """The model's probability that ``att`` is a right attribution of ``text``."""
        return self.probability(features(text, att, lexicon, first_line, span_words))

    def rows(self) -> list[str]:
        """The table as ``data/confidence.tsv`` holds it."""
        return [f"{_THRESHOLD_ROW}\t{self.threshold:.4f}"] + super().rows()

    @classmethod
    def from_rows(cls, rows: Iterable[str], name: str = "confidence table") -> Model:
        weights = logistic.read_table(rows, name)
        threshold = weights.pop(_THRESHOLD_ROW, 0.0)
        return cls(weights, threshold)


@functools.cache
def shipped() -> Model | None:
    """The model in ``data/confidence.tsv``, or None when the package has none."""
    rows = logistic.shipped_rows("confidence.tsv")
    return None if rows is None else Model.from_rows(rows)


__all__ = ["Model", "features", "shipped"]
