"""Stage 2's tables: the lexicon every rule reads, merged from all plugins.

Holds the mined tables shipped in ``data/`` (cue words weighed by what
follows them; source head nouns) and the hand-kept tables that plugins
register through ``attribution_lexicon``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any

import regex

from attribution import default_lexicon as en
from attribution.tokens import CLASSES

# A cue word fires when at least this share of its occurrences in this
# context heads an annotated cue (smoothed towards the word's overall share).
CUE_THRESHOLD = 0.3
_SMOOTHING = 3.0
# Mentions repeat within and across articles: this many answers are remembered.
_MEMO_SIZE = 50_000
# A word whose weight reaches this in no context is never a cue: the first filter.
_CANDIDATE_WEIGHT = 0.1
# A word seen this often, and inside sources less than this share of the
# time, is taken to be no part of a subject.
_MIN_SEEN = 8
_SOURCE_SHARE = 0.015
_LEADING_SOURCE_SHARE = 0.1
# A noun after a possessor must head this many annotated cues in a context for its own weight there.
_MIN_POSSESSED_CUES = 2
# The least share of sources a noun for a person by their work or part
# (``default_lexicon.PERSON_NOUNS``) is given, whether or not the mined table
# holds it: about a lawyer's or a minister's there.
_PERSON_NOUN_SHARE = 0.1

# Tables of plain facts: two plugins may register the same entry.
_SHARED_TABLES = frozenset(["outlet_names", "denial_lemmas"])
TABLES = ("lead_phrases", "cue_words", "denial_lemmas", "outlet_names", "boilerplate", "credit_lines")


def spaced(pattern: str) -> str:
    """``pattern`` with every space outside a character class matching any
    space but a line break: web copy puts no-break spaces between words.
    Registered boilerplate, credit lines and outlet signatures go through it."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == " ":
            ch = r"[^\S\n]"
        out.append(ch)
    return "".join(out)


class LexiconError(ValueError):
    """A plugin registered something the lexicon cannot take."""


def _read_tsv(name: str) -> Iterable[list[str]]:
    with resources.files("attribution").joinpath("data", name).open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


_KNOWN_LEMMAS = (en.THAT_VERBS | en.DENIAL_LEMMAS | en.AS_VERBS | en.HEARER_VERBS | en.INVERTING_VERBS | en.POSTING_VERBS
                 | en.MESSAGING_VERBS | en.RATING_VERBS | en.DISCLOSING_LEMMAS | en.DIRECTING_VERBS)


def _inflections(lemmas: Iterable[str]) -> set[str]:
    """The regular inflections of verbs: say, says, said-like -ed forms, saying."""
    out = set()
    for base in lemmas:
        stem = base[:-1] if base.endswith("e") else base
        out |= {base, base + "s", base + "es", stem + "ed", stem + "ing", base + "d"}
        if base.endswith("y"):
            out |= {base[:-1] + "ies", base[:-1] + "ied"}
        if len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
            out |= {base + base[-1] + "ed", base + base[-1] + "ing"}  # admit -> admitted
    return out


def finite_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """The finite forms of verbs, past and present, to build a pattern from:
    "say" gives "said" and "says", "quip" "quipped" and "quips", "deny"
    "denied" and "denies", "stress" "stressed" and "stresses". Irregular pasts
    come from the table of irregular forms; the regular forms are built for
    every verb all the same (an odd "sayed" never matches text)."""
    known = frozenset(lemmas)
    out = set()
    for base in known:
        if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
            out |= {base[:-1] + "ied", base[:-1] + "ies"}
            continue
        stem = base[:-1] if base.endswith("e") else base
        out |= {stem + "ed", base + ("es" if base.endswith(("s", "x", "z", "ch", "sh", "o")) else "s")}
        if len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and (
                base[-3] not in "aeiou" or base[-4:-2] == "qu"):
            out.add(base + base[-1] + "ed")  # quip -> quipped, admit -> admitted
    out |= {f for f, base in en.IRREGULAR_LEMMAS.items() if base in known and not f.endswith("ing")}
    return frozenset(out)


def verb_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """The forms of verbs: the bases, their finite forms (see `finite_forms`) and their "-ing"
    forms, made as regular verbs make them: "reply" gives "reply", "replies", "replied" and
    "replying", "note" "noting"; a verb whose past doubles its last consonant doubles it before
    "-ing" too ("refer": "referred", "referring"; an odd "offerring" never matches text)."""
    known = frozenset(lemmas)
    finite = finite_forms(known)
    return known | finite | {_past_and_gerund(base)[1] for base in known} | {
        base + base[-1] + "ing" for base in known if base + base[-1] + "ed" in finite}


def _bases(past: str) -> tuple[str, ...]:
    """The bases a past in "-ed" may have: its lemma when the tables know it,
    else both readings ("chided": "chide", "chid"; "mocked": "mocke", "mock")."""
    found = lemma(past)
    return (found,) if found != past else (past[:-1], past[:-2])


def _past_and_gerund(base: str) -> tuple[str, str]:
    """A verb's past and "-ing" forms ("term": "termed", "terming")."""
    if base == "tell":
        return "told", "telling"
    stem = base[:-1] if base.endswith("e") else base
    return stem + "ed", stem + "ing"


# (and a past of the other short form, American this time, that weighs as its commoner spelling:
# "pled not guilty" as "pleaded")
_IRREGULAR_BRITISH = {"learned": "learnt", "spelled": "spelt", "dreamed": "dreamt", "burned": "burnt", "leaned": "leant",
                      "pleaded": "pled"}


def british_variants(form: str) -> set[str]:
    """The British spellings of an American form: -ise for -ize ("criticised"),
    -our for -or ("favoured"), a doubled l ("labelled"), "learnt" for "learned"; and the
    hyphen of the older spelling, common to both, "e-mailed" for "emailed"."""
    out = set()
    if form.startswith("email"):
        out.add("e-" + form[1:])
    if form in _IRREGULAR_BRITISH:
        out.add(_IRREGULAR_BRITISH[form])
    k = form.rfind("iz", max(0, len(form) - 8))
    if k > 2:
        out.add(form[:k] + "is" + form[k + 2:])
    for suffix in ("ed", "ing", "s", ""):
        stem = form[: len(form) - len(suffix)]
        if form.endswith(suffix) and stem.endswith("or") and len(stem) > 4 and stem[-3] in "vnmbli":
            out.add(stem[:-2] + "our" + suffix)  # favored -> favoured, rumors -> rumours
        if suffix in ("ed", "ing") and form.endswith(suffix) and len(stem) > 4 and stem[-1] == "l" and stem[-2] in "ae" \
                and stem[-3] not in "aeiou":
            out.add(stem + "l" + suffix)  # labeled -> labelled, signaling -> signalling
    return out


@functools.cache
def _british() -> dict[str, str]:
    """British spelling -> the American form the mined tables know. A British form
    the cue table saw a few times itself ("criticised"), or a verb class names in both
    spellings ("recognise"), still weighs as its better-attested American form; only
    a form the mined lemmas give as a word of its own keeps its own reading."""
    known = set(_lemmas()) | {f for f, *_rest in _read_tsv("cues.tsv")} | _inflections(_KNOWN_LEMMAS)
    own = set(_lemmas())
    return {b: form for form in known for b in british_variants(form) if b not in own}


def stem(form: str) -> str:
    """A crude stem that the inflections of a verb share: "intends",
    "intended", "intending" and "intend" all give "intend"; "hoped" and
    "hoping" give "hop". Only ever compared with other stems."""
    if form.endswith(("ies", "ied")) and len(form) > 4:
        form = form[:-3] + "y"
    elif form.endswith("ing") and len(form) > 5:
        form = form[:-3]
    elif form.endswith("ed") and len(form) > 4:
        form = form[:-2]
    elif form.endswith("es") and len(form) > 4 and form[-3] in "sxzh":
        form = form[:-2]
    elif form.endswith("s") and not form.endswith("ss") and len(form) > 3:
        form = form[:-1]
    if len(form) > 3 and form[-1] == form[-2] and form[-1] not in "aeiouls":
        form = form[:-1]  # "admitt" -> "admit"
    return form[:-1] if form.endswith("e") and len(form) > 3 else form


@functools.lru_cache(maxsize=65536)
def lemma(form: str) -> str:
    """A cue word's lemma: irregular forms by hand, the rest as mined; British
    spellings as their American forms."""
    form = form.lower()
    form = _british().get(form, form)
    found = en.IRREGULAR_LEMMAS.get(form) or _lemmas().get(form)
    if found:
        return found
    known = _known_lemmas()
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if form.endswith(suffix) and form[: -len(suffix)] + repl in known:
            return form[: -len(suffix)] + repl
    for suffix in ("ed", "ing"):
        stem = form[: -len(suffix)]
        if form.endswith(suffix) and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in known:
            return stem[:-1]  # "averred", "admitting": the consonant doubled before the ending
    return form


@functools.lru_cache(maxsize=4096)
def feeling_lemma(form: str) -> str:
    """A verb of feeling's lemma (``default_lexicon.PSYCH_VERBS``), which the mined cue lemmas
    mostly lack: "frustrated", "delights", "worried", "stunned" give "frustrate", "delight",
    "worry", "stun"; any other word its :func:`lemma`."""
    form = form.lower()
    if form in en.PSYCH_VERBS:
        return form
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("d", ""), ("es", ""), ("s", "")):
        if form.endswith(suffix) and len(form) > len(suffix) + 3:
            stem = form[: -len(suffix)] + repl
            if stem in en.PSYCH_VERBS:
                return stem
            if suffix == "ed" and stem[-1] == stem[-2] and stem[:-1] in en.PSYCH_VERBS:
                return stem[:-1]  # "stunned", "appalled": the consonant doubled before the ending
    return lemma(form)


def title_case_word(word: str, small: frozenset[str] = en.TITLE_SMALL_WORDS) -> bool:
    """Whether a word may stand in a title in title case: capitalised, a number, or one of the
    ``small`` words title case leaves in lower case ("Guardians of the Galaxy", "Route 66")."""
    return word[:1].isupper() or word[:1].isdigit() or word in small


def person_noun(low: str) -> bool:
    """Whether a lower-case word names people by their work or part
    (``default_lexicon.PERSON_NOUNS``), singular or plural: "economist",
    "farmers", "witnesses", "deputies", "congressmen", "midwives", and compounds in ``PERSON_NOUN_ENDINGS``:
    "shareholders", "landowner"."""
    return (low in en.PERSON_NOUNS or low.endswith("s") and low[:-1] in en.PERSON_NOUNS
            or low.endswith("es") and low[:-2] in en.PERSON_NOUNS
            or low.endswith("ies") and low[:-3] + "y" in en.PERSON_NOUNS
            or low.endswith("men") and low[:-3] + "man" in en.PERSON_NOUNS
            or low.endswith("ves") and low[:-3] + "fe" in en.PERSON_NOUNS
            or low.removesuffix("s").endswith(en.PERSON_NOUN_ENDINGS) and low.isalpha())


def document_noun(low: str) -> bool:
    """Whether a lower-case word names texts or recordings (``default_lexicon.DOCUMENT_NOUNS``),
    singular or in a regular plural: "memo", "memos", "studies", "copies", "ads"."""
    if low in en.DOCUMENT_NOUNS:
        return True
    if len(low) < 3 or not low.endswith("s") or low.endswith(("ss", "us", "is")) or not low.isalpha() or not low.islower():
        return False
    return (low[:-3] + "y" if low.endswith("ies") else low[:-1]) in en.DOCUMENT_NOUNS


class _AccentFoldingNames(frozenset):
    """Names in lower case that hold a word written with accents the table lacks by its form
    without them: "seán", "micheál", "zoë" as "sean", "micheal", "zoe" (a word in plain letters,
    most of those asked for, is looked up once)."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or word.isascii():
            return False
        return frozenset.__contains__(self, _unaccented(word))


class _AccentFoldingGenders(dict):
    """Given names' pronouns that give a name written with accents the table lacks the one of its
    form without them ("Seán" goes by "he" as "Sean" does), as `_AccentFoldingNames` holds it."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, word) or isinstance(word, str) and not word.isascii() and (
            dict.__contains__(self, _unaccented(word)))

    def get(self, word, default=None):
        found = dict.get(self, word)
        if found is None and isinstance(word, str) and not word.isascii():
            found = dict.get(self, _unaccented(word))
        return default if found is None else found


@functools.lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    """``word`` without the accents of its letters: "micheál" gives "micheal"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@functools.cache
def given_names() -> frozenset[str]:
    """Given names in lower case (``data/given_names.txt``, rebuilt by
    ``scripts/build_given_names.py``): the "Ann" of "Ann Post" that makes the
    name a person's, not an outlet's; a name written with accents the table
    lacks is one by its plain form ("Seán", "Micheál", `_AccentFoldingNames`)."""
    return _AccentFoldingNames(row[0] for row in _read_tsv("given_names.txt"))


@functools.cache
def family_names() -> frozenset[str]:
    """Family names written before the given name, in lower case (``data/family_names.txt``,
    hand-kept): the "Wang" of "Wang Yi", the "Yoon" of "Yoon Suk Yeol", the "Pham" of "Pham
    Minh Chinh", whose given names come after them."""
    return frozenset(row[0] for row in _read_tsv("family_names.txt"))


@functools.cache
def name_genders() -> dict[str, str]:
    """The pronoun ("he" or "she") the people of a given name mostly go by, by
    the given name in lower case (``data/name_genders.txt``, rebuilt by
    ``scripts/build_name_genders.py``; a name written with accents the table
    lacks by its plain form, `_AccentFoldingGenders`)."""
    return _AccentFoldingGenders((row[0], row[1]) for row in _read_tsv("name_genders.txt"))


@functools.cache
def place_names() -> dict[str, bool]:
    """Countries, states and provinces in lower case (``data/place_names.txt``, hand-kept),
    each to whether its name is also a person's: "egypt" to False, "jordan" to True. A place
    that speaks is its government: "Egypt said", "the UAE said"."""
    return {row[0]: row[1:2] == ["name"] for row in _read_tsv("place_names.txt")}


@functools.cache
def city_names() -> dict[str, bool]:
    """Well-known cities that are no nation's seat of government, in lower case
    (``data/city_names.txt``, hand-kept), each to whether its name is also a person's:
    "mumbai" to False, "houston" to True. A city that speaks is its council, or its club among
    words of sport ("Chennai said"); one in title case before a colon opens a dateline
    ("Mumbai: The chief minister said ...")."""
    return {row[0]: row[1:2] == ["name"] for row in _read_tsv("city_names.txt")}


@functools.cache
def national_place_names() -> frozenset[str]:
    """The places of ``place_names`` that are countries or their capitals, in lower case, not
    the states and provinces of the file's sections headed "sub-national:", which have a
    nation's government above theirs: after "Turkey said", "the government" may be Turkey's;
    after "Texas said", it is more likely the nation's."""
    names, national, after_blank = set(), True, True
    with resources.files("attribution").joinpath("data", "place_names.txt").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                if after_blank:  # a section's heading: its first comment line
                    national = not line.startswith("# sub-national:")
            elif line.strip() and national:
                names.add(line.split("\t")[0].strip())
            after_blank = not line.strip()
    return frozenset(names)


@functools.cache
def org_names() -> dict[str, tuple[str, bool]]:
    """Well-known bodies that speak under a bare name, in lower case (``data/org_names.txt``,
    hand-kept), each to its kind and whether its name is also a person's or a common word:
    "oxfam" to ("organization", False), "ford" to ("organization", True). "Oxfam said" is
    the charity's; "Ford said" the carmaker's only where no "Henry" nor "Mr" stands before
    "Ford" in the text."""
    return {row[0]: (row[1], row[3:4] == ["name"]) for row in _read_tsv("org_names.txt")}


@functools.cache
def org_trades() -> dict[str, str]:
    """The trade of each body of ``data/org_names.txt``, which a noun for it must fit:
    "barclays" to "bank" ("the lender"), "oxfam" to "charity", "pfizer" to "firm"."""
    return {row[0]: row[2].partition("/")[0] for row in _read_tsv("org_names.txt")}


@functools.cache
def org_branches() -> dict[str, str]:
    """The branch of trade of each firm of ``data/org_names.txt`` that has one a noun names,
    which a noun of a branch must fit: "toyota" to "car" ("the carmaker"), "pfizer" to "drug"
    ("the drugmaker"); "infosys", of none, is no "the carmaker"."""
    return {row[0]: row[2].partition("/")[2] for row in _read_tsv("org_names.txt") if "/" in row[2]}


@functools.cache
def _known_lemmas() -> frozenset[str]:
    """The lemmas the lexicon's verb classes name, and those the mined forms
    give: an unseen form of one ("urges" beside a mined "urged") is its form."""
    return frozenset(_KNOWN_LEMMAS | set(_lemmas().values()))


@functools.cache
def _lemmas() -> dict[str, str]:
    return dict(_read_tsv("lemmas.tsv"))


class Lexicon:
    """The merged tables. Built once per :class:`attribution.Parser`."""

    def __init__(self) -> None:
        self._weights: dict[tuple[str, str], float] = {}
        self.lead_phrases: dict[str, str] = {}
        self.cue_words: dict[str, str] = {}
        self.denial_lemmas: set[str] = set()
        self.outlet_names: set[str] = set()
        # (pattern, outlet key or None for every outlet)
        self.boilerplate: list[tuple[regex.Pattern, str | None]] = []
        self.credit_lines: list[tuple[regex.Pattern, str | None]] = []
        self.owners: dict[tuple[str, str], str] = {}
        self._values: dict[tuple[str, str], Any] = {}
        # answers that depend on a phrase and these tables only (a mention's
        # kind): kept while the tables stay as they are (see remembered)
        self.memo: dict[tuple[str, str], Any] = {}
        # cue_weight's answers, kept as the memo is: every cue word is weighed
        # several times per parse (by the cue filter, the rules, the confidence stage)
        self._weight_memo: dict[tuple[str, str], float] = {}
        self._load_mined()

    def _load_mined(self) -> None:
        self.weigh_sources()
        self.weigh_cues()
        self.cue_particles = {(head, prt) for head, prt, _n, _seen in _read_tsv("cue_particles.tsv")}
        self.cue_particles |= en.CUE_IDIOMS
        self.weigh_possessed_cues()

    def weigh_possessed_cues(self, counts: Iterable[tuple[str, str, int, int]] | None = None) -> None:
        """Weigh nouns after a possessor ("Lee's claim that") by these rows of
        (noun, what follows, as cue, total), or by the shipped table's
        (``data/possessed_cues.tsv``) when None. The forms of a noun pool
        their counts ("attack on", "attacks on"); a noun that heads fewer than
        ``_MIN_POSSESSED_CUES`` annotated cues in a context weighs nothing there."""
        if counts is None:
            counts = ((w, ctx, int(n), int(total)) for w, ctx, n, total in _read_tsv("possessed_cues.tsv"))
        pooled: dict[tuple[str, str], list[int]] = {}
        for form, ctx, n, total in counts:
            acc = pooled.setdefault((stem(form), ctx), [0, 0])
            acc[0] += n
            acc[1] += total
        self._possessed = {key: n / total for key, (n, total) in pooled.items() if n >= _MIN_POSSESSED_CUES}

    def speaker_share(self, noun: str) -> float:
        """How often a lower-case noun heads a source: its mined share
        (``data/source_heads.tsv``), and at least ``_PERSON_NOUN_SHARE`` for
        a noun for a person ("economist", "farmers") or for one by a tie of kin or
        company ("his widow", "her co-star", ``default_lexicon.KIN_NOUNS``), former or not, which a
        corpus of one country's politics may never show speaking, or for a share of a group
        ("two-thirds support", "half say"), which stands for the group."""
        share = self.source_heads.get(noun, 0.0)
        # (a former tie too: "her ex-girlfriend", "his ex-manager")
        tie = noun.removeprefix("ex-")
        if person_noun(tie) or tie in en.KIN_NOUNS or noun.rpartition("-")[2] in en.FRACTION_NOUNS:
            return max(share, _PERSON_NOUN_SHARE)
        return share

    def possessed_cue_weight(self, noun: str, context: str) -> float:
        """How likely a noun after a possessor heads a cue when followed by
        ``context`` (``tokens.after_noun``): "Lee's decision to", "his attacks on"."""
        return self._possessed.get((stem(noun.lower()), context), 0.0)

    def weigh_sources(
        self, heads: Iterable[tuple[str, int, int]] | None = None, words: Iterable[tuple[str, int, int]] | None = None
    ) -> None:
        """Weigh lower-case words as source heads and source words by these
        rows of (word, times it ends or stands in a source, times seen), or by
        the shipped tables' (``data/source_heads.tsv``, ``data/source_words.tsv``)
        when None; see ``weigh_cues``."""
        if heads is None:
            heads = ((w, int(n), int(total)) for w, n, total in _read_tsv("source_heads.tsv"))
        if words is None:
            words = ((w, int(n), int(total)) for w, n, total in _read_tsv("source_words.tsv"))
        self.source_heads = {w: n / total for w, n, total in heads}
        self._source_share = {w: n / total for w, n, total in words if total >= _MIN_SEEN}
        self._weight_memo.clear()
        self.memo.clear()

    def weigh_cues(self, counts: Iterable[tuple[str, str, int, int]] | None = None) -> None:
        """Weigh cue words by these counts, rows of (form, next class, as cue,
        total), or by the shipped table's (``data/cues.tsv``) when None. The
        model scripts weigh each fold of a training split by counts mined
        without it (``mining.out_of_fold``)."""
        if counts is None:
            counts = ((form, ctx, int(n), int(total)) for form, ctx, n, total in _read_tsv("cues.tsv"))
        per_form: dict[str, list[int]] = {}
        rows = []
        self._weights = {}
        for form, ctx, n_, t_ in counts:
            rows.append((form, ctx, n_, t_))
            acc = per_form.setdefault(form, [0, 0])
            acc[0] += n_
            acc[1] += t_
        for form, ctx, n, total in rows:
            prior = per_form[form][0] / per_form[form][1]
            self._weights[form, ctx] = (n + _SMOOTHING * prior) / (total + _SMOOTHING)
        self._prior = {f: (a / t if t else 0.0) for f, (a, t) in per_form.items()}
        # a form the training text never showed (neither table holds it)
        # weighs as the other forms of its stem
        # ("intends" as "intend", "intended"): counts pooled per stem and context
        per_stem: dict[tuple[str, str], list[int]] = {}
        for form, ctx, n, total in rows:
            for key in ((stem(form), ctx), (stem(form), "")):
                acc = per_stem.setdefault(key, [0, 0])
                acc[0] += n
                acc[1] += total
        self._stem_weights = {
            key: (n + _SMOOTHING * per_stem[key[0], ""][0] / max(1, per_stem[key[0], ""][1])) / (total + _SMOOTHING)
            for key, (n, total) in per_stem.items() if key[1]
        }
        self._stem_prior = {key[0]: n / total for key, (n, total) in per_stem.items() if not key[1] and total}
        # rarer verbs of saying weigh as their commoner synonyms ("termed" as "called")
        for rare, common in en.CUE_SYNONYMS.items():
            for form, model in zip(_past_and_gerund(rare), _past_and_gerund(common)):
                if self._prior.get(form, 0.0) < self._prior.get(model, 0.0):
                    self._prior[form] = self._prior[model]
                    for context in CLASSES:
                        if (model, context) in self._weights:
                            self._weights[form, context] = self._weights[model, context]
        # British spellings weigh as their American forms, which the tables were mined from
        for british, american in _british().items():
            if american in self._prior:
                self._prior[british] = self._prior[american]
        for (form, ctx), w in list(self._weights.items()):
            for british in british_variants(form):
                if _british().get(british) == form:
                    self._weights[british, ctx] = w
        # every word that could work as a cue in some context: a fast first filter
        usable = {f for (f, _c), w in self._weights.items() if w >= _CANDIDATE_WEIGHT}
        # the forms the tables never saw of a verb whose past they weigh: a headline's
        # present ("mocks", "chides" after "mocked", "chided"), weighed by their stem
        unseen = {
            f for f in _inflections(base for f in usable if f.endswith("ed") for base in _bases(f))
            if f not in self._prior and f not in self._source_share and len(f) > 3
        }
        self.candidate_forms = (
            usable | unseen | _inflections(_KNOWN_LEMMAS) | set(en.IRREGULAR_LEMMAS) | en.PHRASAL_HEADS
            # ("swears that", "attests that": forms that take a clause after "that" alone)
            | en.THAT_VERB_FORMS | en.TEXT_RECORDING_FORMS | en.FINDING_PARTICIPLES | set(en.PURPORTING_FORMS)
            # ("are optimistic that": adjectives of stance before a clause, weighed where they stand)
            | en.STANCE_THAT_ADJECTIVES
        ) - en.NOT_CUES | set(self.cue_words)
        self._weight_memo.clear()
        self.memo.clear()

    def outside_sources(self, word: str) -> bool:
        """Whether annotated sources (almost) never hold this lower-case word:
        a verb or adverb that ends a subject read leftwards ("uses", "granted")."""
        return self._source_share.get(word, 1.0) < _SOURCE_SHARE

    def source_word_share(self, word: str) -> float:
        """How often annotated sources hold this lower-case word where it
        stands; 1.0 for a word seen too seldom to tell."""
        return self._source_share.get(word, 1.0)

    def rarely_in_sources(self, word: str) -> bool:
        """Whether a lower-case word seldom stands inside a source mention: a
        subject read forward from a sentence's start ends before it."""
        return self._source_share.get(word, 1.0) < _LEADING_SOURCE_SHARE

    def cue_weight(self, form: str, context: str) -> float:
        """How likely ``form`` heads a cue when followed by ``context``."""
        key = (form, context)
        found = self._weight_memo.get(key)
        if found is None:
            if len(self._weight_memo) > _MEMO_SIZE:
                self._weight_memo.clear()
            found = self._weight_memo[key] = self._cue_weight(form, context)
        return found

    def _cue_weight(self, form: str, context: str) -> float:
        form = form.lower()
        if form in en.NOT_CUES or "’" in form or "'" in form:
            return 0.0  # function words and contractions ("don't") head no cue
        if form in self.cue_words:
            return 1.0
        if context == "that" and (lemma(form) in en.THAT_VERBS or form in en.THAT_VERB_FORMS):
            return 1.0
        w = self._weights.get((form, context))
        if w is not None:
            return w
        if form not in self._prior and form not in self._source_share and len(form) > 3:
            # a form never seen: half its stem's weight here (its stem's share when unseen here)
            root = stem(form)
            w = self._stem_weights.get((root, context))
            w = w if w is not None else self._stem_prior.get(root, 0.0)
            # a verb of denial or of saying in the third person's present is as sure as its past:
            # "Lee denies fraud" (court copy), "The report predicts a rise"; its bare form is
            # mostly an infinitive ("refused to deny"); not a verb whose object is its hearer ("Lee
            # advises the mayor": the adviser's job)
            return w if form.endswith("s") and not form.endswith("ss") and root in self._present_stems else 0.5 * w
        if context == "to" and form.endswith("s") and not form.endswith("ss") and (base := lemma(form)) != form and (
                bare := self._weights.get((base, context))) is not None:
            # a present in "-s" unseen before "to", its bare form seen there: the same verb before
            # the same infinitive ("claims to show ..." as "claim to ...")
            return bare
        # unseen in this context: the word's overall share, damped
        return 0.5 * self._prior.get(form, 0.0)

    @functools.cached_property
    def _present_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.denial_lemmas | (en.THAT_VERBS - en.HEARER_VERBS))

    def stem_weight(self, form: str, context: str) -> float:
        """How likely the forms of ``form``'s stem head a cue before ``context``
        (their overall share when never seen there)."""
        root = stem(form.lower())
        w = self._stem_weights.get((root, context))
        return w if w is not None else self._stem_prior.get(root, 0.0)

    def remembered(self, key: tuple[str, str], compute: Callable[[], Any]) -> Any:
        """``compute()``, worked out once per key while the tables stay as they
        are; the memo is bounded, so a stream of millions of articles cannot grow it."""
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) > _MEMO_SIZE:
                self.memo.clear()
            found = self.memo[key] = compute()
        return found

    @functools.cached_property
    def lead_pattern(self) -> regex.Pattern:
        """All lead phrases in one case-blind pattern, longest first."""
        phrases = sorted(self.lead_phrases, key=lambda w: (-len(w), w))
        alternatives = "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in phrases)
        return regex.compile(r"\b(" + alternatives + r")\s+", regex.IGNORECASE)

    @functools.cached_property
    def lead_words(self) -> tuple[str, ...]:
        """The longest word of each lead phrase, one of which any match of
        lead_pattern holds before a space (``tokens.word_starts``); empty, and no
        test, when a phrase has no word of plain letters."""
        words = [max((w for w in p.lower().split() if w.isascii() and w.isalpha()), key=len, default=None)
                 for p in self.lead_phrases]
        return () if None in words else tuple(sorted(set(words)))

    @functools.cached_property
    def lead_start_pattern(self) -> regex.Pattern:
        """The lead phrases of more than one word, each followed by a space, to
        match where a word starts ("according to ")."""
        phrases = sorted((p for p in self.lead_phrases if " " in p), key=lambda w: (-len(w), w))
        return regex.compile("|".join(regex.escape(p + " ") for p in phrases) or r"(?!)", regex.IGNORECASE)

    def patterns(self, table: str, outlet: str | None) -> list[regex.Pattern]:
        """The boilerplate or credit-line patterns that apply to an article from ``outlet``."""
        return [p for p, key in getattr(self, table) if key is None or key == outlet]

    def tables_of(self, plugin: str) -> dict[str, int]:
        """How many entries ``plugin`` registered, per table."""
        counts: dict[str, int] = {}
        for (table, _key), owner in self.owners.items():
            if owner == plugin:
                counts[table] = counts.get(table, 0) + 1
        return counts

    def unseen(self, form: str) -> bool:
        """Whether the training text never showed this form, nor another of its stem."""
        low = form.lower()
        return low not in self._prior and low not in self._source_share and stem(low) not in self._stem_prior

    def cue_prior(self, form: str) -> float:
        """The share of a word's occurrences that head an annotated cue, in any context."""
        return self._prior.get(form.lower(), 0.0)

    def form_prior(self, form: str) -> float:
        """:meth:`cue_prior`, or for a form the training text never showed, half
        its stem's share, as :meth:`cue_weight` weighs one ("denies" as "denied")."""
        low = form.lower()
        if low in self._prior or low in self._source_share or len(low) <= 3:
            return self._prior.get(low, 0.0)
        return 0.5 * self._stem_prior.get(stem(low), 0.0)

    def register(self, table: str, entries: Any, *, plugin: str = "?") -> None:
        """Add a plugin's entries to ``table``; a duplicate from another plugin is an error."""
        if table not in TABLES:
            raise LexiconError(
                f"plugin {plugin!r} registered unknown table {table!r} (known: {', '.join(TABLES)})"
            )
        items = list(entries.items()) if isinstance(entries, Mapping) else [(e, None) for e in entries]
        for key, value in items:
            if not isinstance(key, str) or not key:
                raise LexiconError(f"plugin {plugin!r} registered a non-string entry {key!r} in {table!r}")
            owner = self.owners.get((table, key))
            if owner is not None and owner != plugin:
                if table in _SHARED_TABLES or self._values.get((table, key)) == value:
                    continue  # the same fact from two plugins ("the new york times" is an outlet): no conflict
                raise LexiconError(
                    f"plugin {plugin!r} registered {key!r} in {table!r} as {value!r}, "
                    f"already registered by {owner!r} as {self._values.get((table, key))!r}"
                )
            self.owners[table, key] = plugin
            self._values[table, key] = value
            self.memo.clear()
            self._weight_memo.clear()
            if table in ("boilerplate", "credit_lines"):
                try:
                    pattern = regex.compile(spaced(key), regex.IGNORECASE)
                except regex.error as exc:
                    raise LexiconError(
                        f"plugin {plugin!r} registered an invalid pattern {key!r} in {table!r}: {exc}"
                    ) from None
                if value is not None and not isinstance(value, str):
                    raise LexiconError(
                        f"plugin {plugin!r} registered pattern {key!r} in {table!r} for outlet {value!r}: "
                        "the outlet must be a key string, or None for every outlet"
                    )
                getattr(self, table).append((pattern, value))
            elif table in ("lead_phrases", "cue_words"):
                getattr(self, table)[key.lower()] = value or key.lower()
                if table == "cue_words":
                    self.candidate_forms.add(key.lower())
            else:
                getattr(self, table).add(key.lower())


__all__ = ["CLASSES", "CUE_THRESHOLD", "Lexicon", "LexiconError", "finite_forms", "lemma", "person_noun", "spaced"]
