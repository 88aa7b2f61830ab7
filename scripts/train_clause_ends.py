#!/usr/bin/env python3
"""Fit the clause-end model (src/attribution/data/clause_ends.tsv) on an annotated split.

usage: python scripts/train_clause_ends.py TRAIN_SPLIT_DIR [--folds 5] [--min-count 10] [--out PATH]

TRAIN_SPLIT_DIR holds ``text/`` and ``attributions/`` in the PolNeAR layout.
Only ever point it at a training split.

The core parser (no plugins, no confidence filter, the rules alone at every
break) parses every article, each of ``--folds`` groups with cue and source tables
mined from the other groups (``mining.out_of_fold``), and each time a rule asks where a content
ends, the content it starts is looked up among the annotated ones (the same
first letter). When one is found, the breaks (commas and dashes) from its
start are walked as the parser walks them (``clauses.walk_breaks``): each
break before the annotated end is a place the content goes on, the break
at the end a place it stops; the walk stops there. A logistic model is fitted to those
decisions (``logistic.fit``, deterministic). Out-of-fold figures (the
articles split into ``--folds`` groups) say how often the content's end
comes out right with the rules alone and with the model.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

from attribution import clauses, logistic, mining
from attribution.evaluation import load_corpus
from attribution.parser import Parser
from attribution.rules import Context

Row = tuple[list[str], int]

# A feature seen fewer times than this in the decisions is left out of the fit
# (a word after one break or two tells nothing that generalises)
_MIN_COUNT = 10


def _first_letter(text: str, pos: int, end: int) -> int:
    while pos < end and not text[pos].isalnum():
        pos += 1
    return pos


def _annotated_ends(text: str, gold) -> dict[int, int]:
    """The end of each annotated one-span content, by the position of its first letter."""
    out = {}
    for ann in gold:
        if len(ann.content) != 1:
            continue
        start, end = ann.content[0]
        out[_first_letter(text, start, end)] = end
    return out


def _requests(parser: Parser, text: str) -> Iterator[tuple[Context, int, int]]:
    """Each distinct (start, end) a rule asks the content's end for, with its context; the
    rules alone answer meanwhile."""
    asked: list[tuple[Context, int, int]] = []

    def record(ctx: Context, start: int, end: int) -> int:
        asked.append((ctx, start, end))
        return clauses.rule_end(ctx, start, end)[0]

    with mock.patch.object(clauses, "content_end", record):
        parser.parse(text)
    seen = set()
    for ctx, start, end in asked:
        if (start, end) not in seen:
            seen.add((start, end))
            yield ctx, start, end


def _at(text: str, pos: int, gold_end: int) -> bool:
    """Whether an annotated end lies at ``pos``: nothing but marks and space between."""
    lo, hi = sorted((pos, gold_end))
    return not any(c.isalnum() for c in text[lo:hi])


def article_rows(parser: Parser, text: str, gold) -> tuple[list[Row], list[tuple[int, int, int]]]:
    """The decisions at the breaks of one article, and per annotated content found its
    (annotated end, rules' end, start) for the figures."""
    ends = _annotated_ends(text, gold)
    rows: list[Row] = []
    found = []
    for ctx, start, end in _requests(parser, text):
        gold_end = ends.get(_first_letter(text, start, end))
        if gold_end is None:
            continue

        def oracle(pos: int, feats: list[str], _rules_stop: bool, gold_end: int = gold_end) -> bool:
            if pos > gold_end and not _at(text, pos, gold_end):
                return True  # the annotated end came earlier, at no break: nothing to learn here
            label = _at(text, pos, gold_end)
            rows.append((feats, int(label)))
            return label

        clauses.walk_breaks(ctx, start, end, oracle)
        found.append((ctx, start, end, gold_end))
    return rows, found


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path(clauses.__file__).parent / "data" / "clause_ends.tsv")
    ap.add_argument("--min-count", type=int, default=_MIN_COUNT, help="least times a feature must be seen to be fitted")
    args = ap.parse_args(argv)
    parser = Parser(entry_points=False, confidence=False)
    articles = list(load_corpus(args.split))
    per_article: list = [None] * len(articles)
    with mock.patch.object(clauses, "clause_end_model", lambda: None):
        for group in mining.out_of_fold(parser.lexicon, [(a.text, a.gold) for a in articles], args.folds):
            for i in group:
                rows, found = article_rows(parser, articles[i].text, articles[i].gold)
                per_article[i] = (articles[i].text, rows, found)
    # out of fold: how often each way ends the content where the annotation does
    by_rules = by_model = total = 0
    for k, model in logistic.fold_models([rows for _, rows, _ in per_article], args.folds, args.min_count):
        for i, (text, _, found) in enumerate(per_article):
            if i % args.folds != k:
                continue
            for ctx, start, end, gold_end in found:
                total += 1
                by_rules += _at(text, clauses.rule_end(ctx, start, end)[0], gold_end)
                decide = lambda pos, feats, rules_stop: clauses.stops(model, feats, rules_stop)  # noqa: E731
                by_model += _at(text, clauses.walk_breaks(ctx, start, end, decide), gold_end)
    everything = [r for _, rows, _ in per_article for r in rows]
    model = logistic.Model(logistic.fit(logistic.common(everything, args.min_count)))
    header = [
        "# Clause-end model: feature<TAB>weight (logit) of a content ending at a comma or dash.",
        "# Built by scripts/train_clause_ends.py from a training split:",
        f"# {len(everything)} decisions at breaks in {total} annotated contents; out of fold the end",
        f"# is right for {by_rules / max(total, 1):.4f} of them by the rules alone, {by_model / max(total, 1):.4f} with the model.",
    ]
    logistic.write_table(args.out, header, model)
    print("\n".join(header), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
