#!/usr/bin/env python3
"""Fit the confidence model (src/attribution/data/confidence.tsv) on an annotated split.

usage: python scripts/train_confidence.py TRAIN_SPLIT_DIR [--folds 5] [--out PATH]

TRAIN_SPLIT_DIR holds ``text/`` and ``attributions/`` in the PolNeAR layout.
Only ever point it at a training split.

The articles are split into ``--folds`` groups. The core parser (no plugins,
no confidence filter) parses each group with cue and source tables mined from the
other groups (``mining.out_of_fold``), as the shipped table weighs articles
it never saw. Each attribution it finds is labelled right when the scorer's
matching pairs it with an annotated one whose source it agrees with
(content overlap, one to one, as ``attribution evaluate`` counts). A
logistic model with an L2 penalty is fitted to those labels
(``logistic.fit``, gradient descent in a fixed order), so the same split
always gives the same table. The threshold is the one that maximises
attribution F1 over out-of-fold confidences (each group scored by a model
fitted on the others), so it is chosen on articles its weights did not see.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from attribution import confidence, logistic, mining
from attribution.evaluation import (
    _letters,
    _pair,
    _prepare,
    from_document,
    load_corpus,
    source_agrees,
)
from attribution.parser import Parser

# thresholds this close to the best F1 count as as good
_TOLERANCE = 0.001

Example = tuple[list[str], int]


def examples(split: Path, folds: int) -> tuple[list[list[Example]], int]:
    """Per article, each attribution's features and label; and the number of
    annotated attributions. Each group of articles is parsed with cue and source tables
    mined from the others (``mining.out_of_fold``)."""
    parser = Parser(entry_points=False, confidence=False)
    articles = list(load_corpus(split))
    out: list[list[Example]] = [[] for _ in articles]
    n_gold = 0
    for group in mining.out_of_fold(parser.lexicon, [(a.text, a.gold) for a in articles], folds):
        for i in group:
            n_gold += _article_examples(parser, articles[i], out[i])
    return out, n_gold


def _article_examples(parser: Parser, article, rows: list[Example]) -> int:
    """Add one article's (features, label) rows; return its number of annotated attributions."""
    doc = parser.parse(article.text)
    gold = [g for g in _prepare(article.text, article.gold) if not g.ann.optional]
    optional = [g for g in _prepare(article.text, article.gold) if g.ann.optional]
    # _prepare drops attributions with no letters in their content: keep the lists aligned
    found = [(a, ann) for a, ann in zip(doc.attributions, from_document(doc)) if _letters(article.text, ann.content)]
    preds = _prepare(article.text, [ann for _, ann in found])
    right = {id(p) for g, p in _pair(gold, preds) if source_agrees(g, p)}
    spared = {id(p) for g, p in _pair(optional, [p for p in preds if id(p) not in right])}
    for (att, _ann), item in zip(found, preds):
        if id(item) in spared:
            continue  # an optional annotation found: neither right nor wrong
        rows.append((confidence.features(article.text, att, parser.lexicon), int(id(item) in right)))
    return len(gold)


def best_threshold(scored: list[tuple[float, int]], n_gold: int) -> tuple[float, float]:
    """The threshold for F1 = 2 TP / (predicted + gold), and the F1 there: the
    lowest threshold whose F1 comes within ``_TOLERANCE`` of the best, since
    the curve is flat near its top and the filter should drop no more than it must."""
    scored = sorted(scored, reverse=True)
    tp = 0
    cuts = []
    for k, (p, label) in enumerate(scored, 1):
        tp += label
        next_p = scored[k][0] if k < len(scored) else -1.0
        if next_p < p:
            cuts.append(((p + max(next_p, 0.0)) / 2, 2 * tp / (k + n_gold)))
    if not cuts:
        return 0.0, 0.0
    top = max(f1 for _, f1 in cuts)
    return min((t, f1) for t, f1 in cuts if f1 >= top - _TOLERANCE)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path(confidence.__file__).parent / "data" / "confidence.tsv")
    args = ap.parse_args(argv)
    per_article, n_gold = examples(args.split, args.folds)
    everything = [r for rows in per_article for r in rows]
    out_of_fold: list[tuple[float, int]] = []
    for k, model in logistic.fold_models(per_article, args.folds):
        held = [r for i, rows in enumerate(per_article) if i % args.folds == k for r in rows]
        out_of_fold.extend((model.probability(feats), label) for feats, label in held)
    threshold, f1 = best_threshold(out_of_fold, n_gold)
    keep_all = 2 * sum(label for _, label in everything) / (len(everything) + n_gold)
    model = confidence.Model(logistic.fit(everything), threshold)
    header = [
        "# Confidence model for attributions: feature<TAB>weight (logit); @threshold is the",
        "# least confidence an attribution needs. Built by scripts/train_confidence.py from a",
        f"# training split: {len(everything)} attributions, {n_gold} annotated;",
        f"# out-of-fold attribution F1 {keep_all:.4f} keeping all, {f1:.4f} at the threshold.",
    ]
    logistic.write_table(args.out, header, model)
    print(f"{len(everything)} attributions; F1 keeping all {keep_all:.4f}, at threshold {threshold:.3f}: {f1:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
