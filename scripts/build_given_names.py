#!/usr/bin/env python3
"""Rebuild ``src/attribution/data/given_names.txt``, the given names the parser
knows, from annotated training splits.

usage: python scripts/build_given_names.py TRAIN_SPLIT_DIR [TRAIN_SPLIT_DIR ...]

Each TRAIN_SPLIT_DIR holds ``text/`` and ``attributions/`` in the PolNeAR
layout (the first annotator's file of each article is read). Only ever point
it at training splits.

A word is mined as a given name when, in some article, an annotated source
is a run of capitalised words whose last word, the surname, is also an
annotated source on its own in that article ("Ann Rao said ... Rao added"):
the word right before the surname (initials skipped: "Ann K. Rao") is the
given name, when the name is of those two words only (after a title or a
lower-case word: "Mayor Ann Rao", not "Ann Lee Rao", whose "Lee" may be a
middle name or part of the surname). Words that other tables of the project
already give a part (titles, outlet names, bodies of government, ...), words
the training text uses in lower case at least half as often as in capitals
mid-sentence (a common noun: "state", "bill"), words it shows as a place a
tenth of the time ("in Utah", "from Delhi"), and words annotated as a source
on their own more often than mined as a given name (a surname: "Trump"),
and words that stand before another capitalised word in less than half of
their capitalised uses mid-sentence (a word of description: "Latino voters")
are dropped. A hand-kept list of common given names of American, British,
Irish, Australian and Indian English and of world news (``common_given_names.COMMON_GIVEN_NAMES``), many of
which a training split seldom shows, is added to what is mined.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from common_given_names import COMMON_GIVEN_NAMES

from attribution import default_lexicon as en
from attribution.evaluation import load_corpus
from attribution.tokens import WORD

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "attribution" / "data" / "given_names.txt"


# Words that a table of the project gives another part: no given name, whatever the corpus shows.
_NOT_NAMES = (
    en.TITLES | en.OUTLET_NAME_ENDS | en.OUTLET_NAMES | en.OUTLET_NOUNS | en.GOVERNMENT_WORDS
    | en.ORGANIZATION_WORDS | en.DOCUMENT_NOUNS | en.GROUP_NAMES | en.PERSON_NOUNS | en.TIME_WORDS
    | en.SUBORDINATORS | en.SENTENCE_ADVERBS | en.SUBJECT_PRONOUNS | en.OBJECT_PRONOUNS
    | frozenset(en.PRONOUNS) | en.UNNAMED_NOUNS | en.COLLECTIVE_NOUNS
)
# Prepositions before a place: a word seen capitalised right after one, with no
# capitalised word after it, names a place ("in Utah", "from Delhi").
_PLACE_PREPOSITIONS = frozenset("in from to across near outside".split())
# A word is dropped as a common noun when the text has it in lower case at least
# half as often as capitalised mid-sentence ("bill", "mark"), and as a place when
# a tenth or more of its capitalised uses are after a preposition of place.
_COMMON_NOUN_RATIO = 2
_PLACE_RATIO = 10


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and word.isalpha()


def _initial(text: str, m) -> bool:
    """Whether a word is an initial: one capital letter and a full stop ("K.")."""
    return len(m.group()) == 1 and m.group().isupper() and text[m.end():m.end() + 1] == "."


def mine(splits: list[Path]) -> tuple[collections.Counter, ...]:
    """Per lower-case word: how often it is mined as a given name, how often the
    text has it in lower case, capitalised mid-sentence, capitalised after a
    preposition of place with no capitalised word after it, as an annotated
    source on its own (a surname), and capitalised mid-sentence before a
    capitalised word."""
    given: collections.Counter = collections.Counter()
    lower: collections.Counter = collections.Counter()
    capital: collections.Counter = collections.Counter()
    place: collections.Counter = collections.Counter()
    surname: collections.Counter = collections.Counter()
    named: collections.Counter = collections.Counter()
    for split in splits:
        for article in load_corpus(split):
            text = article.text
            words = list(WORD.finditer(text))
            for k in range(1, len(words)):
                w, before = words[k].group(), text[words[k - 1].end():words[k].start()]
                if w.islower():
                    lower[w] += 1
                elif _capitalised(w) and before.strip() in ("", ","):  # mid-sentence
                    capital[w.lower()] += 1
                    after = words[k + 1].group() if k + 1 < len(words) else ""
                    if words[k - 1].group().lower() in _PLACE_PREPOSITIONS and not after[:1].isupper():
                        place[w.lower()] += 1
                    if after[:1].isupper():
                        named[w.lower()] += 1
            spans = [[m for s, e in ann.source for m in WORD.finditer(text, s, e)] for ann in article.gold if ann.source]
            alone = {ms[0].group() for ms in spans if len(ms) == 1 and _capitalised(ms[0].group())}
            for ms in spans:
                names = [m for m in ms if not _initial(text, m)]
                if len(names) == 1 and _capitalised(names[0].group()):
                    surname[names[0].group().lower()] += 1
                if len(names) < 2 or names[-1].group() not in alone:
                    continue
                # a name of two words, the first of the mention or after a title or a lower-case
                # word ("Ann Rao", "Mayor Ann Rao", "pilot Ann K. Rao"; not "Ann Lee Rao")
                first = names[-2].group()
                before = names[-3].group() if len(names) > 2 else ""
                if (_capitalised(first) and first.lower() not in en.TITLES
                        and (not before or before.lower().rstrip(".") in en.TITLES or not before[:1].isupper())):
                    given[first.lower()] += 1
    return given, lower, capital, place, surname, named


def given_names(splits: list[Path]) -> list[str]:
    """The mined given names that pass the rules in the module's docstring, with the hand-kept ones, sorted."""
    given, lower, capital, place, surname, named = mine(splits)
    mined = {
        w for w in given
        if w not in _NOT_NAMES and w + "s" not in _NOT_NAMES and lower[w] * _COMMON_NOUN_RATIO <= capital[w]
        and place[w] * _PLACE_RATIO < capital[w] and surname[w] <= given[w] and named[w] * 2 >= capital[w]
    }
    return sorted(mined | COMMON_GIVEN_NAMES)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    names = given_names([Path(a) for a in argv])
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Given names, one a line, lower case: written by scripts/build_given_names.py\n")
        f.write("# (mined from an annotated training split's sources, with a hand-kept list of common ones).\n")
        for name in names:
            f.write(name + "\n")
    print(f"{len(names)} given names -> {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
