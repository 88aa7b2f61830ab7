"""Evaluation against BRAT-annotated corpora, and an error breakdown a rule writer can act on.

The figures follow the definitions of the PolNeAR scorer: spans are compared
as the sets of offsets of their letters and digits; predictions and gold
attributions are paired one to one, greedily, by content overlap (largest
first); an attribution is right when its content overlaps and its source
does (at least half of the predicted source's letters lie in the gold
source, or neither has one). Rows: ``all``, ``direct`` (a quote mark inside
the content or at its edge), ``indirect``, and ``all@PUBLISHER`` (the part of
the article id before its first underscore).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from attribution.formats import brat
from attribution.model import Document
from attribution.parser import Parser

# The marks that make an attribution "direct", as the reference scorer defines them (wider
# than the parser's own set in ``tokens``, and without ’, which the scorer leaves out).
QUOTE_MARKS = "\"“”„‟«»「」‘"
_RECORD = re.compile(r"^(?:T|E|A|R|N|#)\d+\t")
_ANNOTATOR = re.compile(r"(.+)_[0-9a-f]{4}$")
Spans = tuple[tuple[int, int], ...]


@attrs.frozen
class Annotation:
    """One attribution of a BRAT file: spans per role."""

    source: Spans
    cue: Spans
    content: Spans
    optional: bool = False
    rule: str = ""


def _spans(field: str) -> Spans:
    out = []
    for part in field.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return tuple(out)


def read_ann(text: str) -> list[Annotation]:
    """The attributions of a BRAT standoff file (PolNeAR style)."""
    records: list[str] = []
    for line in text.split("\n"):
        if _RECORD.match(line):
            records.append(line)
        elif records:
            records[-1] += "\n" + line  # covered text may run over lines
    spans: dict[str, Spans] = {}
    events: list[tuple[str, list[str]]] = []
    optional: set[str] = set()
    for rec in records:
        fields = rec.split("\t")
        if rec.startswith("T"):
            _label, offsets = fields[1].split(" ", 1)
            spans[fields[0]] = _spans(offsets)
        elif rec.startswith("E"):
            events.append((fields[0], fields[1].split()))
        elif rec.startswith("A"):
            attr = fields[1].split()
            if attr[0] == "Optional" and len(attr) > 1:
                optional.add(attr[1])
    out = []
    for eid, args in events:
        roles: dict[str, Spans] = {"source": (), "cue": (), "content": ()}
        for arg in args[1:]:
            role, _, tid = arg.partition(":")
            role = role.rstrip("0123456789").lower()
            if role in roles and tid in spans:
                roles[role] = spans[tid]
        out.append(Annotation(roles["source"], roles["cue"], roles["content"], eid in optional))
    return out


def from_document(doc: Document, scheme: str = "polnear") -> list[Annotation]:
    """The annotations a parse predicts, with the rule behind each, cue and
    content marked as ``scheme`` marks them (see :func:`attribution.formats.brat.content_spans`)."""
    return [
        Annotation(
            ((a.source.span.start, a.source.span.end),) if a.source else (),
            tuple((s.start, s.end) for s in brat.cue_spans(doc.text, a, scheme)),
            tuple((s.start, s.end) for s in brat.content_spans(doc.text, a, scheme)),
            rule=a.rule,
        )
        for a in doc.attributions
    ]


@attrs.frozen
class Article:
    id: str
    text: str
    gold: tuple[Annotation, ...]

    @property
    def publisher(self) -> str:
        return self.id.split("_", 1)[0]


class CorpusError(ValueError):
    """A corpus folder that does not hold what evaluation needs."""


def load_corpus(gold_dir: str | Path, text_dir: str | Path | None = None) -> Iterator[Article]:
    """Articles of a BRAT corpus: a split folder holding ``text/`` and
    ``attributions/``, or a folder of ``.ann`` files with ``text_dir``.
    With several annotator files for one article, the first in sorted order counts."""
    gold_dir = Path(gold_dir)
    if text_dir is None:
        if not (gold_dir / "attributions").is_dir() or not (gold_dir / "text").is_dir():
            raise CorpusError(
                f"{gold_dir}: expected a split folder with text/ and attributions/, "
                "or pass the folder of texts with --text-dir"
            )
        ann_dir, text_dir = gold_dir / "attributions", gold_dir / "text"
    else:
        ann_dir, text_dir = gold_dir, Path(text_dir)
    first: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        m = _ANNOTATOR.match(path.stem)
        first.setdefault(m.group(1) if m else path.stem, path)
    if not first:
        raise CorpusError(f"{ann_dir}: no .ann files")
    for article, path in first.items():
        text_path = text_dir / f"{article}.txt"
        if not text_path.is_file():
            raise CorpusError(f"{path}: no text file {text_path}")
        with open(text_path, encoding="utf-8", newline="") as f:
            text = f.read()
        yield Article(article, text, tuple(read_ann(path.read_text(encoding="utf-8"))))


@attrs.define
class _Item:
    """An annotation prepared for matching."""

    ann: Annotation
    content: frozenset[int]
    source: frozenset[int]
    cue: frozenset[int]
    direct: bool


def _letters(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, min(e, len(text))) if text[i].isalnum())


def _prepare(text: str, anns: Iterable[Annotation]) -> list[_Item]:
    items = []
    for a in anns:
        content = _letters(text, a.content)
        if not content:
            continue
        around = "".join(text[max(s - 1, 0) : e + 1] for s, e in a.content)
        items.append(
            _Item(a, content, _letters(text, a.source), _letters(text, a.cue), any(q in around for q in QUOTE_MARKS))
        )
    return items


def _pair(gold: list[_Item], pred: list[_Item]) -> list[tuple[_Item, _Item]]:
    """One-to-one pairs by content overlap, largest overlap first."""
    candidates = sorted(
        ((len(g.content & p.content), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if g.content & p.content),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _overlap, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def source_agrees(g: _Item, p: _Item) -> bool:
    """Neither has a source, or at least half the predicted source's letters lie in the gold one."""
    if not g.source and not p.source:
        return True
    return len(p.source) > 0 and 2 * len(g.source & p.source) >= len(p.source)


def _prf(tp_p: float, n_pred: int, tp_r: float, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


@attrs.define
class _Row:
    gold: list[_Item] = attrs.Factory(list)
    pred: list[_Item] = attrs.Factory(list)
    pairs: list[tuple[_Item, _Item]] = attrs.Factory(list)

    def figures(self) -> dict[str, Any]:
        ng, npred, m = len(self.gold), len(self.pred), len(self.pairs)
        exact = sum(g.content == p.content for g, p in self.pairs)
        att = sum(source_agrees(g, p) for g, p in self.pairs)
        strict = sum(source_agrees(g, p) and g.content == p.content for g, p in self.pairs)
        src_exact = sum(g.source == p.source for g, p in self.pairs)
        cue = sum(bool(g.cue & p.cue) or not (g.cue or p.cue) for g, p in self.pairs)
        soft_p = sum(len(g.content & p.content) / len(p.content) for g, p in self.pairs)
        soft_r = sum(len(g.content & p.content) / len(g.content) for g, p in self.pairs)
        out: dict[str, Any] = {"gold": ng, "pred": npred, "matched": m}
        for key, tp in (
            ("content_overlap", m), ("content_exact", exact), ("attribution", att),
            ("attribution_strict", strict), ("source_exact", src_exact), ("cue", cue),
        ):
            out[key] = _prf(tp, npred, tp, ng)
        out["content_soft"] = _prf(soft_p, npred, soft_r, ng)
        return out


@attrs.define
class Example:
    article: str
    kind: str
    context: str
    gold: str | None
    predicted: str | None
    rule: str


@attrs.define
class Evaluation:
    """Figures, the error breakdown and per-rule counts for one corpus run."""

    rows: dict[str, dict[str, Any]]
    span_exact: dict[str, dict[str, float]]
    errors: dict[str, int]
    examples: dict[str, list[Example]]
    rules: dict[str, dict[str, Any]]
    articles: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "rows": self.rows,
            "span_exact": self.span_exact,
            "errors": self.errors,
            "examples": {k: [attrs.asdict(e) for e in v] for k, v in self.examples.items()},
            "rules": self.rules,
        }


_ERROR_KINDS = ("missed", "spurious", "wrong_source", "content_too_long", "content_too_short", "content_shifted", "cue")


def _describe(text: str, item: _Item | None) -> str | None:
    if item is None:
        return None
    a = item.ann
    part = lambda spans: " … ".join(text[s:e] for s, e in spans)  # noqa: E731
    return f"source=[{part(a.source)}] cue=[{part(a.cue)}] content=[{part(a.content)[:200]}]"


def _context(text: str, item: _Item) -> str:
    start = min(s for s, _ in item.ann.content)
    end = max(e for _, e in item.ann.content)
    return " ".join(text[max(0, start - 120) : min(len(text), end + 60)].split())


def evaluate(
    articles: Iterable[Article],
    parser: Parser | None = None,
    *,
    outlet: str | None = None,
    examples_per_kind: int = 5,
    scheme: str = "polnear",
) -> Evaluation:
    """Parse every article and compare with its gold annotations, the
    predicted content marked as the gold's ``scheme`` marks it."""
    parser = parser or Parser()
    rows: dict[str, _Row] = defaultdict(_Row)
    span_counts = {role: [0, 0, 0] for role in ("source", "cue", "content")}
    errors: Counter[str] = Counter()
    examples: dict[str, list[Example]] = {k: [] for k in _ERROR_KINDS}
    rules: dict[str, Counter[str]] = defaultdict(Counter)
    n = 0

    def note(kind: str, art: Article, g: _Item | None, p: _Item | None) -> None:
        errors[kind] += 1
        if len(examples[kind]) < examples_per_kind:
            anchor = g if g is not None else p
            examples[kind].append(
                Example(art.id, kind, _context(art.text, anchor), _describe(art.text, g), _describe(art.text, p),
                        p.ann.rule if p is not None else "")
            )

    for art in articles:
        n += 1
        text = art.text
        gold = _prepare(text, art.gold)
        pred = _prepare(text, from_document(parser.parse(text, outlet=outlet), scheme))
        _count_spans(text, gold, pred, span_counts)
        for name, keep in (("all", None), ("direct", True), ("indirect", False)):
            g = [x for x in gold if keep is None or x.direct == keep]
            p = [x for x in pred if keep is None or x.direct == keep]
            pairs = _pair(g, p)
            spared = {id(q) for a, q in pairs if a.ann.optional}
            g = [x for x in g if not x.ann.optional]
            p = [x for x in p if id(x) not in spared]
            pairs = [(a, q) for a, q in pairs if not a.ann.optional]
            for key in (name, f"all@{art.publisher}") if name == "all" else (name,):
                row = rows[key]
                row.gold += g
                row.pred += p
                row.pairs += pairs
            if name == "all":
                _breakdown(art, g, p, pairs, note, rules)
    return Evaluation(
        rows={k: rows[k].figures() for k in sorted(rows, key=_row_order)},
        span_exact={role: _prf(tp, npred, tp, ngold) for role, (tp, npred, ngold) in span_counts.items()},
        errors={k: errors[k] for k in _ERROR_KINDS},
        examples=examples,
        rules={
            name: {"produced": c["produced"], "matched": c["matched"], "correct": c["correct"],
                   "precision": round(c["correct"] / c["produced"], 4) if c["produced"] else 0.0}
            for name, c in sorted(rules.items(), key=lambda kv: -kv[1]["produced"])
        },
        articles=n,
    )


def _row_order(key: str) -> tuple[int, str]:
    return ({"all": 0, "direct": 1, "indirect": 2}.get(key, 3), key)


def _count_spans(text: str, gold: list[_Item], pred: list[_Item], counts: dict[str, list[int]]) -> None:
    """Exact span figures per role, over the sets of distinct spans; a prediction
    that equals only an optional gold span counts neither way."""
    for role in ("source", "cue", "content"):
        g = {getattr(x, role) for x in gold if not x.ann.optional and getattr(x, role)}
        opt = {getattr(x, role) for x in gold if x.ann.optional and getattr(x, role)}
        p = {getattr(x, role) for x in pred if getattr(x, role)} - (opt - g)
        counts[role][0] += len(g & p)
        counts[role][1] += len(p)
        counts[role][2] += len(g)


def _breakdown(art, gold, pred, pairs, note, rules) -> None:
    paired_g = {id(g) for g, _ in pairs}
    paired_p = {id(p) for _, p in pairs}
    for g in gold:
        if id(g) not in paired_g:
            note("missed", art, g, None)
    for p in pred:
        rules[p.ann.rule]["produced"] += 1
        if id(p) not in paired_p:
            note("spurious", art, None, p)
    for g, p in pairs:
        rules[p.ann.rule]["matched"] += 1
        if source_agrees(g, p):
            rules[p.ann.rule]["correct"] += 1
        else:
            note("wrong_source", art, g, p)
        if g.content != p.content:
            if p.content > g.content:
                note("content_too_long", art, g, p)
            elif p.content < g.content:
                note("content_too_short", art, g, p)
            else:
                note("content_shifted", art, g, p)
        if not (g.cue & p.cue) and (g.cue or p.cue):
            note("cue", art, g, p)


def render_table(ev: Evaluation) -> str:
    """The evaluation as text: figures, error counts with examples, rules."""
    lines = [f"articles: {ev.articles}", ""]
    metrics = ("content_overlap", "content_soft", "content_exact", "attribution", "attribution_strict", "cue")
    lines.append(f"{'row':24s} {'gold':>5s} {'pred':>5s} " + " ".join(f"{m:>18s}" for m in metrics))
    for name, r in ev.rows.items():
        lines.append(f"{name:24s} {r['gold']:5d} {r['pred']:5d} " + " ".join(f"{r[m]['f1']:18.3f}" for m in metrics))
    lines.append("span_exact  " + "  ".join(f"{role}={v['f1']:.3f}" for role, v in ev.span_exact.items()))
    lines += ["", "errors:"]
    for kind, count in ev.errors.items():
        lines.append(f"  {kind:18s} {count:6d}")
        for ex in ev.examples[kind][:3]:
            lines.append(f"      {ex.article}: …{ex.context[:160]}…")
            if ex.gold:
                lines.append(f"        gold {ex.gold[:160]}")
            if ex.predicted:
                lines.append(f"        pred {ex.predicted[:160]} ({ex.rule})")
    lines += ["", f"{'rule':34s} {'produced':>8s} {'precision':>9s}"]
    for name, r in ev.rules.items():
        lines.append(f"{name:34s} {r['produced']:8d} {r['precision']:9.3f}")
    return "\n".join(lines) + "\n"
