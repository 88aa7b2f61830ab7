"""Small logistic models over string features, shipped as tables.

Three stages weigh evidence this way: whether a word works as a cue where it
stands (``cues``), whether reported content ends at a comma (``clauses``) and
the confidence of an attribution (``confidence``).
Each feature is a plain string ("next=which", "rule=core.said_that.v2") with
one weight, so a table reads as a list of reasons. The models are fitted on a
train split by the scripts under ``scripts/``, deterministically, and shipped
as ``feature<TAB>weight`` rows under ``data/``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Iterator
from importlib import resources
from itertools import repeat
from pathlib import Path

# Fitting: full-batch gradient descent with per-feature step sizes (AdaGrad)
_EPOCHS = 60
_RATE = 0.5
_L2 = 1e-3


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.lru_cache(maxsize=8192)  # read for every feature row: the same few values and bounds recur
def bucket(value: float, bounds: tuple[float, ...]) -> str:
    """The first bound ``value`` does not exceed, as a label ("<=3"), or ">" the last."""
    last = None
    for bound in bounds:
        if value <= bound:
            return f"<={bound}"
        last = bound
    return f">{last}"


class Model:
    """A weight per feature; a feature the table lacks weighs nothing."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def probability(self, features: Iterable[str]) -> float:
        return sigmoid(sum(map(self.weights.get, features, repeat(0.0))))

    def rows(self) -> list[str]:
        """The table's rows, weights too small to matter left out."""
        return [f"{f}\t{w:.5f}" for f, w in sorted(self.weights.items()) if abs(w) >= 1e-3]

    @classmethod
    def from_rows(cls, rows: Iterable[str], name: str = "model table") -> Model:
        return cls(read_table(rows, name))


def read_table(rows: Iterable[str], name: str) -> dict[str, float]:
    """``feature<TAB>weight`` rows as a dict; ``#`` lines and blank lines skipped."""
    weights: dict[str, float] = {}
    for number, line in enumerate(rows, 1):
        if line.startswith("#") or not line.strip():
            continue
        feature, sep, value = line.rstrip("\n").rpartition("\t")
        try:
            weight = float(value)
        except ValueError:
            weight = None
        if not sep or weight is None:
            raise ValueError(f"{name}, line {number}: expected 'feature<TAB>weight', got {line!r}")
        weights[feature] = weight
    return weights


def fit(rows: list[tuple[list[str], int]]) -> dict[str, float]:
    """Logistic regression with an L2 penalty on (features, label) rows, in a
    fixed order, so the same rows always give the same weights."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    for _ in range(_EPOCHS):
        grad: dict[str, float] = {}
        for feats, label in rows:
            err = sigmoid(sum(weights.get(f, 0.0) for f in feats)) - label
            for f in feats:
                grad[f] = grad.get(f, 0.0) + err
        for f, g in grad.items():
            g = g / len(rows) + _L2 * weights.get(f, 0.0)
            squares[f] = squares.get(f, 0.0) + g * g
            weights[f] = weights.get(f, 0.0) - _RATE * g / (math.sqrt(squares[f]) + 1e-8)
    return weights


def shipped_rows(name: str) -> list[str] | None:
    """The rows of the table ``data/<name>`` shipped with the package, or None when it has none."""
    path = resources.files("attribution").joinpath("data", name)
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as f:
        return f.readlines()


def shipped(name: str) -> Model | None:
    """The model in the shipped table ``data/<name>``, or None when the package has none."""
    rows = shipped_rows(name)
    return None if rows is None else Model.from_rows(rows, f"data/{name}")


def common(rows: list[tuple[list[str], int]], least: int) -> list[tuple[list[str], int]]:
    """The rows with only the features seen at least ``least`` times among them
    (a feature seen once or twice tells nothing that generalises)."""
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    return [([f for f in feats if counts[f] >= least], label) for feats, label in rows]


def fold_models(groups: list[list[tuple[list[str], int]]], folds: int, least: int = 1) -> Iterator[tuple[int, Model]]:
    """For each of ``folds`` folds (the i-th group in fold i % folds), the
    fold's number and a model fitted on the rows of the other folds' groups,
    with the features seen fewer than ``least`` times among them left out:
    what the train scripts' out-of-fold figures are measured with."""
    for k in range(folds):
        rows = [row for i, group in enumerate(groups) if i % folds != k for row in group]
        yield k, Model(fit(common(rows, least) if least > 1 else rows))


def write_table(path: Path, header: list[str], model: Model) -> None:
    """Write a model's table under its ``#`` header lines."""
    path.write_text("\n".join(header + model.rows()) + "\n", encoding="utf-8")


__all__ = ["Model", "bucket", "common", "fit", "fold_models", "read_table", "shipped", "shipped_rows", "sigmoid", "write_table"]
