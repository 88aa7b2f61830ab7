#!/usr/bin/env python3
"""Rebuild ``src/attribution/data/name_genders.txt``, the pronoun ("he" or
"she") the people of a given name mostly go by, from training splits.

usage: python scripts/build_name_genders.py TRAIN_SPLIT_DIR [TRAIN_SPLIT_DIR ...]

Each TRAIN_SPLIT_DIR holds ``text/`` in the PolNeAR layout. Only ever point
it at training splits.

Only the given names of ``data/given_names.txt`` are read. In each article a
full name is a given name of the table and a capitalised surname right
after it ("Ann Lee", "Ann K. Lee"); the surname alone later in the article
stands for the latest full name with it ("Lee said"). Each third-person
pronoun ("he", "his", "him", "himself"; "she", "her", "hers", "herself")
is credited to the latest mention of a name before it in its own sentence
or the one before; and a surname after "Mr", "Ms", "Mrs" or "Miss" is
credited ``_TITLE_WEIGHT`` times to its given name. A given name is kept
with the pronoun it was credited with when it was credited at least
``_MIN_COUNT`` times and that pronoun holds at least ``_MAJORITY`` of them.
A hand-kept list of common American, British, Irish, Australian, Indian and world-news
given names with the pronoun their people mostly go by (``common_given_names``),
many of which a training split seldom shows, fills in the names
mining leaves out; with it the given names that are common words too ("Bill",
"Hope"), which only this table holds.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import regex
from common_given_names import COMMON_GENDERS, WORD_NAME_GENDERS

from attribution.evaluation import load_corpus
from attribution.lexicon import given_names

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "attribution" / "data" / "name_genders.txt"

_PRONOUNS = {
    **dict.fromkeys("he his him himself".split(), "he"),
    **dict.fromkeys("she her hers herself".split(), "she"),
}
_TITLE_GENDERS = {"mr": "he", "ms": "she", "mrs": "she", "miss": "she"}
# A full name: a capitalised word, initials, a capitalised surname ("Ann K. Lee")
_FULL_NAME = regex.compile(r"\b(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\.)*[ \t]+(\p{Lu}[\p{Ll}’'-]*\p{Ll})\b")
_WORD = regex.compile(r"[\p{L}’'-]+")
# the end of a sentence or a paragraph
_SENTENCE_END = regex.compile(r"[.!?][”\"’']?[ \t]+(?=[“\"‘']?\p{Lu})|\n+")
_TITLE_WEIGHT = 3
_MIN_COUNT = 5
_MAJORITY = 0.75


def mine(splits: list[Path]) -> dict[str, collections.Counter]:
    """Per given name of the table: how often each pronoun was credited to it."""
    names = given_names()
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for split in splits:
        for article in load_corpus(split):
            text = article.text
            ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
            # the full names of the article, by the position of their surname
            full = {m.start(2): m.group(1).lower() for m in _FULL_NAME.finditer(text) if m.group(1).lower() in names}
            # the given names each surname is seen with: a surname of people of several given names in
            # the article ("Jane Lee" and "Tom Lee") is not read alone
            givens: dict[str, set[str]] = collections.defaultdict(set)
            for start, given in full.items():
                givens[_WORD.match(text, start).group()].add(given)
            surname_given: dict[str, str] = {}  # the given name of the full name before with a surname
            sentence, latest = 0, []  # (position, given name) of names in this sentence and the one before
            words = list(_WORD.finditer(text))
            for i, w in enumerate(words):
                while w.start() >= ends[sentence]:
                    sentence += 1
                    since = ends[sentence - 2] if sentence >= 2 else 0
                    latest = [(s, g) for s, g in latest if s >= since]
                word = w.group()
                if w.start() in full and len(givens[word]) == 1:
                    surname_given[word] = full[w.start()]
                given = full.get(w.start()) or surname_given.get(word)
                if given is not None:
                    latest.append((w.start(), given))
                    title = words[i - 1].group().lower() if i else ""
                    if title in _TITLE_GENDERS:
                        counts[given][_TITLE_GENDERS[title]] += _TITLE_WEIGHT
                    continue
                said = _PRONOUNS.get(word.lower())
                if said is not None and latest and all(g == latest[-1][1] for _s, g in latest):
                    counts[latest[-1][1]][said] += 1
    return counts


def name_genders(splits: list[Path]) -> dict[str, str]:
    """The given names with the pronoun mined for them, with the hand-kept ones."""
    found = dict(COMMON_GENDERS) | WORD_NAME_GENDERS
    for given, c in mine(splits).items():
        (said, n), = c.most_common(1)
        total = sum(c.values())
        if total >= _MIN_COUNT and n >= _MAJORITY * total:
            found[given] = said
    return dict(sorted(found.items()))


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    genders = name_genders([Path(a) for a in argv])
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Given names and the pronoun their people mostly go by, tab-separated: written by\n")
        f.write("# scripts/build_name_genders.py (mined from a training split, with a hand-kept list).\n")
        for name, said in genders.items():
            f.write(f"{name}\t{said}\n")
    print(f"{len(genders)} given names with a pronoun -> {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
