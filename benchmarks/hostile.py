"""Hostile input: cost per character against ordinary news text.

Builds adversarial texts of about ``--size`` characters each (a run of
quote marks, unbalanced and mixed marks, a text with no full stop, runs of
capitalised words, deeply nested quotations, a whole article in one
paragraph, a run of cue words, quotation after quotation, right single
marks that open quotations), parses each once and compares its CPU time
per character with that of ordinary news text
(PolNeAR's dev split when it lies beside the project, else the example
article). Exits 1 when any costs more than ``--limit`` times as much.

    python benchmarks/hostile.py [--size N] [--limit X]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import attribution

HERE = Path(__file__).resolve().parent
NEWS = HERE.parent.parent / "shared" / "corpora" / "polnear" / "dev" / "text"
EXAMPLE = HERE.parent / "examples"


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def hostile_texts(size: int, article: str) -> dict[str, str]:
    nested_depth = size // 4
    return {
        "straight quote marks": _fill('"', size),
        "curly quote marks": _fill("“", size),
        "unbalanced and mixed marks": _fill("“He said ’no” and \"yes‘ ", size),
        "no full stop": _fill("the minister said that the plan would work and ", size),
        "capitalised words": _fill("Minister Of State Ann Lee Said Officials Told Reporters ", size),
        "nested quotations": ("“‘" * nested_depth + "word" + "’”" * nested_depth)[:size],
        "one paragraph article": _fill(" ".join(article.split()) + " ", size),
        "cue words": _fill("said told claimed according to as per ", size),
        "quotation after quotation": _fill("“We will win,” he said. ", size),
        # copy that types ’ to open as well as to close: each may open a quotation where speech opens
        "right single marks opening": _fill("’We knew, she says ’Ab ", size),
        # an initial written as a syllable, between a post and a name, in every sentence
        "syllable initials": _fill("Health Minister Ma. Subramanian said the ward would open. ", size),
        "control characters and CRLF": _fill("\ufeff“Yes,\x00” she said.\r\n\x07", size),
    }


def cpu_per_char(parser: attribution.Parser, texts: list[str]) -> float:
    start = time.process_time()
    for t in texts:
        parser.parse(t)
    return (time.process_time() - start) / sum(map(len, texts))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per hostile text")
    ap.add_argument("--limit", type=float, default=10.0, help="allowed cost per character, as a multiple of news")
    args = ap.parse_args(argv)

    folder = NEWS if NEWS.is_dir() else EXAMPLE
    news = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    parser = attribution.Parser()
    for t in news:
        parser.parse(t)  # warm-up
    baseline = min(cpu_per_char(parser, news) for _ in range(3))
    print(f"news text ({folder.name}, {sum(map(len, news)):,} chars): {1 / baseline:,.0f} chars/CPU-s")
    worst = 0.0
    for name, text in hostile_texts(args.size, max(news, key=len)).items():
        ratio = cpu_per_char(parser, [text]) / baseline
        worst = max(worst, ratio)
        flag = "" if ratio <= args.limit else "  <-- over the limit"
        print(f"{name:28s} {len(text):>9,} chars  {ratio:5.1f}x news per char{flag}")
    print(f"worst: {worst:.1f}x (limit {args.limit:g}x)")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
