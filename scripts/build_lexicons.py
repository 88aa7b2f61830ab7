#!/usr/bin/env python3
"""Rebuild the mined lexicons in src/attribution/data/ from an annotated corpus.

usage: python scripts/build_lexicons.py TRAIN_SPLIT_DIR

TRAIN_SPLIT_DIR holds ``text/`` and ``attributions/`` in the PolNeAR layout
(BRAT standoff; several annotator files per article: the first in sorted
order is used). Only ever point it at a training split.

Writes:
- ``cues.tsv``: for each word form and the class of what follows it
  (``attribution.tokens.next_class``), how often it heads an annotated cue
  and how often it occurs outside quotations. The parser weighs a cue word by this ratio
  in its context, so "says" before "that" counts, "shows" before "up" does not.
- ``cue_particles.tsv``: a cue's head and the particle after it that the
  annotated cue takes in at least half the time ("called for", "pointed out").
- ``lemmas.tsv``: each inflected cue word and its base form, the stem the
  corpus itself uses as a word ("believes" -> "believe").
- ``source_words.tsv``: lower-case words with how often they stand inside
  annotated source mentions and how often they occur at all: a subject read
  leftwards from its cue stops at a word that sources never hold.
- ``source_heads.tsv``: lower-case words that end annotated source mentions
  ("spokesman", "poll", "officials"), with how often they do, and how often
  they occur at all.
- ``possessed_cues.tsv``: nouns right after a possessor ("Lee's claim that",
  "his attacks on"), by what follows them (``attribution.tokens.after_noun``):
  how often they head an annotated cue whose source holds the possessor, and
  how often they stand there outside other attributions' content.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from attribution.evaluation import load_corpus
from attribution.layout import analyse
from attribution.mining import (
    count_cues,
    count_possessed_cues,
    count_sources,
    cue_head,
    cue_rows,
    possessed_cue_rows,
    source_head_rows,
    source_word_rows,
)
from attribution.tokens import WORD

# Words that may follow a cue's head inside the cue: "called for", "pointed out".
_PARTICLES = frozenset("for to on about of with out up at into against over down back off in".split())

def base_form(form: str, vocabulary: set[str]) -> str:
    """The base form of an inflected cue word: the first candidate stem that
    the corpus uses as a word of its own ("believes" -> "believe")."""
    candidates = []
    for suffix in ("ies", "ied", "ing", "ed", "es", "s"):
        if form.endswith(suffix) and len(form) - len(suffix) >= 2:
            stem = form[: -len(suffix)]
            if suffix in ("ies", "ied"):
                candidates.append(stem + "y")
                continue
            candidates += [stem + "e", stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                candidates.append(stem[:-1])
            break
    for c in candidates:
        if c in vocabulary:
            return c
    return form


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    split = Path(argv[0])
    as_cue: collections.Counter = collections.Counter()
    total: collections.Counter = collections.Counter()
    head_src: collections.Counter = collections.Counter()
    in_source: collections.Counter = collections.Counter()
    head_all: collections.Counter = collections.Counter()
    particle_seen: collections.Counter = collections.Counter()
    particle_in_cue: collections.Counter = collections.Counter()
    possessed_as_cue: collections.Counter = collections.Counter()
    possessed_total: collections.Counter = collections.Counter()
    for article in load_corpus(split):  # the first annotator's file of each article
        text = article.text
        layout = analyse(text)
        cues, words = count_cues(text, layout, [att.cue for att in article.gold])
        as_cue.update(cues)
        total.update(words)
        heads, inside, everywhere = count_sources(text, layout, [att.source for att in article.gold])
        head_src.update(heads)
        in_source.update(inside)
        head_all.update(everywhere)
        possessed, seen = count_possessed_cues(text, layout, article.gold)
        possessed_as_cue.update(possessed)
        possessed_total.update(seen)
        for att in article.gold:
            head = cue_head(text, att.cue)
            if head:
                nxt = WORD.match(text, head[1] + 1) if text[head[1] : head[1] + 1] == " " else None
                if nxt and nxt.group().lower() in _PARTICLES:
                    key = (head[0], nxt.group().lower())
                    particle_seen[key] += 1
                    if any(s <= nxt.start() < e for s, e in att.cue):
                        particle_in_cue[key] += 1
    vocabulary = set(head_all)
    data = Path(__file__).resolve().parents[1] / "src" / "attribution" / "data"
    with (data / "cues.tsv").open("w", encoding="utf-8") as f:
        f.write("# form\tnext\tas_cue\ttotal\n")
        for w, c, n, t in cue_rows(as_cue, total):
            f.write(f"{w}\t{c}\t{n}\t{t}\n")
    with (data / "source_heads.tsv").open("w", encoding="utf-8") as f:
        f.write("# head\tas_source\ttotal\n")
        for w, n, seen in source_head_rows(head_src, head_all):
            f.write(f"{w}\t{n}\t{seen}\n")
    with (data / "source_words.tsv").open("w", encoding="utf-8") as f:
        f.write("# word\tin_sources\ttotal\n")
        for w, n, seen in source_word_rows(in_source, head_all):
            f.write(f"{w}\t{n}\t{seen}\n")
    with (data / "possessed_cues.tsv").open("w", encoding="utf-8") as f:
        f.write("# noun\tnext\tas_cue\ttotal\n")
        for w, c, n, t in possessed_cue_rows(possessed_as_cue, possessed_total):
            f.write(f"{w}\t{c}\t{n}\t{t}\n")
    with (data / "cue_particles.tsv").open("w", encoding="utf-8") as f:
        f.write("# head\tparticle\tin_cue\tseen\n")
        for (w, prt), n in sorted(particle_seen.items()):
            if n >= 3 and 2 * particle_in_cue[w, prt] >= n:
                f.write(f"{w}\t{prt}\t{particle_in_cue[w, prt]}\t{n}\n")
    with (data / "lemmas.tsv").open("w", encoding="utf-8") as f:
        f.write("# form\tlemma\n")
        for w in sorted({w for (w, _c), n in as_cue.items() if n >= 2}):
            base = base_form(w, vocabulary)
            if base != w:
                f.write(f"{w}\t{base}\n")
    print(f"wrote the mined tables in {data}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
