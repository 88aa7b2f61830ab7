#!/usr/bin/env python3
"""Fit the cue-context model (src/attribution/data/cue_context.tsv) on an annotated split.

usage: python scripts/train_cue_context.py TRAIN_SPLIT_DIR [--folds 5] [--min-count 3] [--out PATH]

TRAIN_SPLIT_DIR holds ``text/`` and ``attributions/`` in the PolNeAR layout.
Only ever point it at a training split.

The articles are split into ``--folds`` groups. The core parser (no
plugins, no confidence filter, the weights alone deciding) parses each
group with cue and source tables mined from the other groups only
(``mining.out_of_fold``), as the shipped table will
weigh articles it never saw. Each word it asks the model about
(``cues.weighed_as_cue``) becomes a row: the word's features
(``cues.context_features``) and whether an annotated cue holds it. A
logistic model is fitted to those rows (``logistic.fit``, deterministic).
Out-of-fold figures compare the cues it accepts at
``cues.CUE_CONTEXT_THRESHOLD`` with those the weight alone accepts at
``CUE_THRESHOLD``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from unittest import mock

from attribution import cues, logistic, mining
from attribution.evaluation import load_corpus
from attribution.lexicon import CUE_THRESHOLD
from attribution.parser import Parser

Row = tuple[list[str], int]

# A feature seen fewer times than this among the rows is left out of the fit
_MIN_COUNT = 3


def article_rows(parser: Parser, text: str, gold) -> list[tuple[Row, float]]:
    """Each word of one article the parser weighs as a possible cue: its row and its weight."""
    in_cue = {i for ann in gold for s, e in ann.cue for i in range(s, e)}
    asked: dict[int, tuple[Row, float]] = {}

    def record(ctx, sentence, m, weight, context):
        if m.start() not in asked and cues.asks_model(ctx, sentence, m, weight):
            feats = cues.context_features(ctx, sentence, m, weight, context)
            asked[m.start()] = ((feats, int(m.start() in in_cue)), weight)
        return weight >= CUE_THRESHOLD

    with mock.patch.object(cues, "weighed_as_cue", record):
        parser.parse(text)
    return [asked[k] for k in sorted(asked)]


def _figures(kept: list[tuple[bool, int]]) -> str:
    """Precision and recall of the words kept as cues, over (kept, label) pairs."""
    tp = sum(1 for k, label in kept if k and label)
    chosen = sum(1 for k, _ in kept if k)
    positive = sum(label for _, label in kept)
    return f"precision {tp / max(chosen, 1):.4f}, recall {tp / max(positive, 1):.4f}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path(cues.__file__).parent / "data" / "cue_context.tsv")
    ap.add_argument("--min-count", type=int, default=_MIN_COUNT, help="least times a feature must be seen to be fitted")
    args = ap.parse_args(argv)
    parser = Parser(entry_points=False, confidence=False)
    articles = list(load_corpus(args.split))
    per_article: list[list[tuple[Row, float]]] = [[] for _ in articles]
    for group in mining.out_of_fold(parser.lexicon, [(a.text, a.gold) for a in articles], args.folds):
        for i in group:
            per_article[i] = article_rows(parser, articles[i].text, articles[i].gold)
    by_weight: list[tuple[bool, int]] = []
    by_model: list[tuple[bool, int]] = []
    for k, model in logistic.fold_models([[row for row, _ in rows] for rows in per_article], args.folds, args.min_count):
        for i, rows in enumerate(per_article):
            if i % args.folds == k:
                for (feats, label), weight in rows:
                    by_weight.append((weight >= CUE_THRESHOLD, label))
                    by_model.append((model.probability(feats) >= cues.CUE_CONTEXT_THRESHOLD, label))
    everything = [row for rows in per_article for row, _ in rows]
    model = logistic.Model(logistic.fit(logistic.common(everything, args.min_count)))
    header = [
        "# Cue-context model: feature<TAB>weight (logit) of a word heading a cue where it stands.",
        "# Built by scripts/train_cue_context.py from a training split:",
        f"# {len(everything)} words weighed; out of fold, the words kept as cues have",
        f"# {_figures(by_weight)} by the weight alone, {_figures(by_model)} with the model.",
    ]
    logistic.write_table(args.out, header, model)
    print("\n".join(header), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
