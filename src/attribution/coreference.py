"""Stage 5: coreference. Each source mention goes to the fuller mention it stands
for: pronouns, surnames, "the outlet", "the ministry", "the 62-year-old" to the
earlier name, with its kind (person, organization, government, outlet, group,
document, anonymous, unnamed) settled from the name and what the text says of it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Collection, Iterator

import regex

from attribution import clauses, kinds, sources
from attribution import default_lexicon as en
from attribution.layout import ANSWER_LABEL, interview_start
from attribution.lexicon import (
    city_names,
    document_noun,
    family_names,
    finite_forms,
    given_names,
    lemma,
    name_genders,
    national_place_names,
    org_branches,
    org_names,
    org_trades,
    person_noun,
    place_names,
)
from attribution.resolve import (
    CREDITING_LEADS,
    INSTITUTION_KINDS,
    TRANSCRIPT_TURN,
    inside_any,
    relative_source,
    sentence_index,
)
from attribution.rules import Candidate, Context
from attribution.tokens import (
    CLOSING_QUOTE_CLASS,
    CONCURRENT,
    ONE_NAME,
    OPENING_QUOTE_CLASS,
    WORD,
    marked_name,
    whole_word_in,
)

# the kinds of things, no one's: no name stands for one
_THING_KINDS = frozenset(["unnamed", "document"])


# the nouns a country or a state goes by after its name: "Egypt said ... The country said"
_PLACE_NOUNS = frozenset(["country", "kingdom", "emirate", "state"])


def _place_named(text: str, span: tuple[int, int]) -> bool:
    """Whether a mention is a country, a state or a province by its name alone: "Egypt", "the UAE"."""
    low = text[span[0]:span[1]].lower()
    return (low[4:] if low.startswith("the ") else low) in place_names()


def _town_or_land(text: str, span: tuple[int, int]) -> bool:
    """Whether a name is a country's, a state's or a well-known city's alone: "Egypt", "Leeds"."""
    low = text[span[0]:span[1]].lower()
    return low in place_names() or low in city_names()


# the nouns of a body a place has one of, which go by the place's name: "Gatwick ... the airport",
# "Harlow ... the council"
_PLACE_BODY_NOUNS = frozenset(["airport", "council"])


# what joins two names of one list: "Gatwick and Leeds", "Gatwick, Leeds", "Gatwick or Leeds"
_LIST_JOIN = regex.compile(r"(?:,[^\S\n]+(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)")


def _one_place_body_listed(text: str, listed: list[tuple[tuple[int, int], bool]], noun: str) -> tuple[int, int] | None:
    """The one body of a place's ``noun`` among the names the report's own words give (each with
    whether it is a place, in order): the one name of no place, where no other stands, nor a place
    in one list with it ("Gatwick" of "Flights at Gatwick were suspended", of "Flights from Leeds
    to Gatwick"; not of "at Gatwick and Leeds"); else the one of them named with the noun
    ("Gatwick Airport" of "at Gatwick Airport and Leeds"); none when no one is."""
    bodies = {text[a:b] for (a, b), place in listed if not place}
    lists: list[set[bool]] = []  # the names' lists, each by whether it holds places and bodies
    for i, (name, place) in enumerate(listed):
        if i and _LIST_JOIN.fullmatch(text, listed[i - 1][0][1], name[0], CONCURRENT) is not None:
            lists[-1].add(place)
        else:
            lists.append({place})
    if len(bodies) <= 1 and all(len(kinds_listed) == 1 for kinds_listed in lists):
        return next((name for name, place in reversed(listed) if not place), None)
    named = {text[a:b]: (a, b) for (a, b), _place in listed if text[a:b].rsplit(None, 1)[-1].lower() == noun}
    return next(iter(named.values())) if len(named) == 1 else None


def _nation_named(text: str, span: tuple[int, int]) -> bool:
    """Whether a mention is a country or its capital by its name alone: "Turkey", "Ankara"."""
    low = text[span[0]:span[1]].lower()
    return (low[4:] if low.startswith("the ") else low) in national_place_names()


def _interview(ctx: Context) -> int | None:
    """Where the first question of an interview in questions and answers opens (the
    layout's reading of the paragraphs' labels); None in other copy. Read once per parse."""
    if "interview" not in ctx.memo:
        ctx.memo["interview"] = interview_start(ctx.text, ctx.layout.paragraphs)
    return ctx.memo["interview"]


# A byline of one writer, a paragraph of its own: "By Ann Lee", "By Ann Lee, Staff Writer"
_BYLINE = regex.compile(r"By[^\S\n]+(\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*){1,3})[^\S\n]*(?:,[^\n]*)?")


# the paragraphs a byline is looked for in: the headline, a standfirst, the byline
_BYLINE_PARAGRAPHS = 4


def _byline(ctx: Context) -> tuple[int, int] | None:
    """The name of the one writer a byline near the top gives ("By Ann Lee"), whom the
    writer's own "I" stands for; None when there is none, or several ("By Ann Lee and
    Tom Roe"). Read once per parse."""
    if "byline" not in ctx.memo:
        found = None
        for start, end in ctx.layout.paragraphs[:_BYLINE_PARAGRAPHS]:
            line = _BYLINE.fullmatch(ctx.text, start, len(ctx.text[start:end].rstrip()) + start, CONCURRENT)
            if line is not None:
                # (a given name first: "By Monday Night, ..." is no byline)
                if line.group(1).split()[0].lower() in given_names():
                    found = line.span(1)
                break
        ctx.memo["byline"] = found
    return ctx.memo["byline"]


def _answer_paragraph(ctx: Context, pos: int) -> bool:
    """Whether the paragraph holding ``pos`` opens with "A:"."""
    paragraphs = ctx.layout.paragraphs
    k = bisect.bisect_right(paragraphs, (pos, len(ctx.text) + 1)) - 1
    return k >= 0 and ANSWER_LABEL.match(ctx.text, *paragraphs[k]) is not None


def _first_person(text: str, candidates: list[Candidate], start: int, end: int, ref_of: dict) -> tuple[int, int] | None:
    """The first person named as a source between ``start`` and ``end`` (an interview's
    introduction, past its headline: "Ann Lee, the new police chief, said she would ..."),
    by the fullest mention it stands for; no pronoun."""
    for c in candidates:
        if c.source is not None and c.source[1] > end:
            break
        if c.source is not None and c.source[0] >= start and c.source_kind == "person" and (
                text[c.source[0]:c.source[1]].lower() not in en.PRONOUNS):
            return ref_of.get(c.source, c.source)
    return None


# An interview's introduction that names the one interviewed by the meeting, with no report:
# the subject of "spoke to", "sat down with", "talked to" ("Ann Lee, the housing minister, spoke to
# The Sentinel", "Lee talked to us"), else a name right after it or after "In an interview with
# ...," ("The Sentinel spoke to Ann Lee", "In an exclusive interview with Mint, Ann Lee ...")
_MET = regex.compile(
    r"(?<![\w’'-])(?P<verb>(?:spoke|speaks|talked|talks|chatted|chats|sat[^\S\n]+down|sits[^\S\n]+down)"
    r"(?:[^\S\n]+exclusively)?[^\S\n]+(?:to|with))[^\S\n]+"
    r"|(?<![\w’'-])[Ii]n[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+)?interview[^\S\n]+with[^\S\n]+[^,\n]{1,60},[^\S\n]+")


_NAME_AHEAD = regex.compile(r"\p{Lu}[\p{L}’'-]+(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*){1,3}(?![\w’'-])")


def _met_person(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The person an interview's introduction between ``start`` and ``end`` says the paper
    met, by the meeting rather than a report ("Ann Lee spoke to The Sentinel", "The Sentinel
    sat down with Ann Lee"); None when it names no person so."""
    text, lex = ctx.text, ctx.lexicon
    for m in _MET.finditer(text, start, end, False, CONCURRENT):
        if m.group("verb") is not None:
            lo = max(start, text.rfind("\n", start, m.start()) + 1)
            who = sources.subject(text, lo, m.start(), lex)
            if who is not None and text[who[0]:who[1]].lower() not in en.PRONOUNS and kinds.kind(text, *who, lex) == "person":
                return who
        name = _NAME_AHEAD.match(text, m.end(), end, CONCURRENT)
        if name is not None and kinds.kind(text, *name.span(), lex) == "person":
            return name.span()
    return None


# a post held at a body, set off after a name, that ends the mention: "Ann Lee, chief executive
# of Vexa", "Tom Roe, a senior fellow at the Harbour Institute"
_POST_OF_BODY = regex.compile(
    r",[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+){1,4}(?:of|at)[^\S\n]+"
    r"((?:the[^\S\n]+)?\p{Lu}[\p{L}’'&.-]*(?:[^\S\n]+(?:of|for|and|&|\p{Lu}[\p{L}’'&.-]*)){0,5})[^\S\n]*\Z")


def _body_of_post(ctx: Context, mention: tuple[int, int]) -> tuple[int, int] | None:
    """The body at which the person of ``mention`` holds the post set off after the name
    ("Ann Lee, chief executive of Vexa": Vexa), when it is a body's name; else None."""
    m = _POST_OF_BODY.search(ctx.text, *mention, CONCURRENT)
    if m is None or kinds.kind(ctx.text, *m.span(1), ctx.lexicon) not in INSTITUTION_KINDS and not _bare_business_name(m.group(1)):
        return None  # (not "a friend of Tom Roe")
    return m.span(1)


# "the" and a common noun: "the outlet" itself, no outlet's name ("The Gazette" is one)
_GENERIC_THE = regex.compile(r"[Tt]he\s+\p{Ll}\w*$")


_OUTLET_MENTION = regex.compile(r"\b(?:The[^\S\n]+)?(?:[A-Z][\w’'.&-]*[^\S\n]+){0,4}[A-Z][\w’'.&-]*")
# the words in capitals that go on after a name's mark: the "News" of "E! News"
_AFTER_MARK = regex.compile(r"\s+(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*")


# nouns for a body, which name no person when they stand alone in capitals ("Police", "Labour")
_BODY_NOUNS = en.ORGANIZATION_WORDS | frozenset(["police"])


def link(ctx: Context, candidates: list[Candidate]) -> None:
    """Point pronouns, surnames and "the outlet" to the fuller, earlier mention."""
    _Linker(ctx, candidates).run()


# a post in small letters and a name in capitals after a name that heads a clause: the "chief
# executive Ann Roe" of "Vexa chief executive Ann Roe will step down", no preposition nor article
# among its words (not the "with coach Jo Mace" of "Talks with coach Jo Mace broke down")
_POST_AND_NAME_AFTER = regex.compile(
    r"(?:[ \t]+(?!(?:with|of|for|to|at|by|from|in|on|and|or|the|an?|as|over|against)[ \t])\p{Ll}[\p{Ll}-]*){1,3}"
    r"(?<=[ \t](\p{Ll}[\p{Ll}-]*))[ \t]+\p{Lu}\p{Ll}")


def _post_and_name_after(text: str, at: int, end: int) -> bool:
    """Whether a post in small letters ("chief executive", "spokeswoman") and a name in capitals
    stand right after ``at``, before ``end``: the name heading them is the body of the post's holder,
    a body's name though named nowhere before ("Vexa chief executive Ann Roe will step down, the
    company said")."""
    m = _POST_AND_NAME_AFTER.match(text, at, min(end, at + 60), CONCURRENT)
    return m is not None and (m.group(1) in en.TITLES or person_noun(m.group(1)))


# the kinds of a name the text scan read as a full name that no "he" or "she" stands for, and how
# many such names a pronoun passes over before giving up
_NO_PERSONS_KINDS = frozenset(["outlet", "organization"])
_BODY_SKIPS = 2


# the verbs that put a question to someone named after them, and those of the answer
_ASKING_LEMMAS = frozenset(["ask", "press", "quiz", "question"])
_REPLYING_LEMMAS = frozenset(["reply", "answer", "respond", "retort"])


# the one a question is put to, between its verb and the question: " Ann Lee ", " Sen. Tom Roe "
_ADDRESSEE = regex.compile(r"[ \t]+((?:\p{Lu}[\p{L}’'-]*\.?[ \t]+){0,3}\p{Lu}[\p{L}’'-]*)[ \t,]*")


# a name's possessive, up to two words in small letters and a noun: "Turkey's central bank"
_POSSESSED_BODY = regex.compile(r"(?<![\w’'.-])(\p{Lu}[\p{L}-]*)[’']s((?:[ \t]+\p{Ll}[\p{Ll}-]*){1,3})\b")
_POSSESSED_BODY_REACH = 600


class _Linker:
    """What ``link`` has read of one text so far: the mentions, their kinds and referents, and the
    report being resolved."""

    def __init__(self, ctx: Context, candidates: list[Candidate]) -> None:
        self.ctx, self.candidates = ctx, candidates
        self.text, self.lex = ctx.text, ctx.lexicon
        self.seen: list[tuple[tuple[int, int], str]] = []
        self.outlets: list[tuple[int, int]] | None = None  # found when first needed
        self.headline_label: tuple[int, int] | None | bool = False  # the headline's label name, found when first needed
        # the words of each mention, read once: a surname is compared with every earlier mention
        self.words_of: dict[tuple[int, int], list[str]] = {}
        self.heads_of: dict[tuple[int, int], list[str]] = {}
        # the pronoun ("he", "she") each mention has been referred to by: "he" is not one called "she"
        self.gender: dict[tuple[int, int], str] = {}
        # the pronoun a person's own report hints at ("Ann Lee said she would run"): weaker, as the
        # pronoun may be another's ("Lee said she had not met Roe")
        self.hinted: dict[tuple[int, int], str] = {}
        # names read as a person's that may be an outlet's the table does not know: ones that
        # reported, no known given name in them ("Harbour Lantern reported that"), which no post stands for
        self.reporting_names: set[tuple[int, int]] = set()
        # the relative pronouns given their antecedent here, of a verb deep in their clause, whom no
        # pronoun after stands for ("Lee, who was tired after saying goodbye, ... He said")
        self.passing_relatives: set[tuple[int, int]] = set()
        # the bare names read as bodies' by a noun that stood for them, each to whether the noun was a
        # business's ("the company") or another body's ("the union", "the charity")
        self.bare_bodies: dict[tuple[int, int], bool] = {}
        # the fuller mention each resolved mention stands for: "he" after "the minister" is the minister's
        # name, not "the minister" again
        self.ref_of: dict[tuple[int, int], tuple[int, int]] = {}
        self.named: set[tuple[int, int]] = set()
        # where the mention last read that stands for an earlier one ends: "Tom Lee ... Lee said"
        self.mentioned_at: dict[tuple[int, int], int] = {}
        self.full_names: dict[str, tuple[list[tuple[int, int]], int]] = {}
        # per surname, its full namings through the text by given name, read once (`shared_surname`)
        self.namings: dict[str, dict[str, list[tuple[int, int]]]] = {}
        # the kind each mention was read with
        self.kind_of: dict[tuple[int, int], str | None] = {}
        # the reports each mention read so far is the source of
        self.said_by: dict[tuple[int, int], list[Candidate]] = {}
        # who put a question, by the sentence it was put in ("Asked by an analyst whether ...")
        self.askers: dict[tuple[int, int], int] = {}
        # the one an interview's introduction reports on, found when an answer's "I" first asks
        self.interviewee: dict[int, tuple[int, int] | None] = {}
        # the sentence of the source being resolved
        self.current_sentence = -1
        # where the words of the report being resolved open, when they stand before its source
        self.opening: int | None = None
        # the words of the report being resolved: no one named there is its source
        self.own_words: list[tuple[int, int]] = []
        # a body's organ that heads the words before a trailing "it said", taken when no body spoke before
        self.organ_heading: tuple[int, int] | None = None
        # the verb of the report being resolved ("reply"), and the one a question was last put to,
        # with the sentence it was put in ("asked Ann Lee whether she would run")
        self.cue_lemma: str | None = None
        self.asked: tuple[tuple[int, int], int] | None = None

    def run(self) -> None:
        """Point pronouns, surnames and "the outlet" to the fuller, earlier mention."""
        self.read_names()
        for c in self.candidates:
            self.begin_report(c)
            if c.source is not None:
                self.said_by.setdefault(c.source, []).append(c)
                self.relative_antecedent(c)
                ref = self.resolve_source(c)
                self.read_relative(c, ref)
                self.remember_source(c)
            self.read_relays(c)
        self.spread_bare_bodies()
        self.trim_asides()

    def read_names(self) -> None:
        """Settle the kinds the text's names tell before any mention is linked."""
        text, candidates = self.text, self.candidates
        _known_bodies(text, candidates)
        _business_names(text, candidates)
        _outlet_names(text, candidates)
        _papers_abroad(text, candidates)
        _plural_groups(text, candidates)
        _joined_people(text, candidates)

    def begin_report(self, c: Candidate) -> None:
        """Note the report being resolved: its sentence, and its own words, where they open before its source."""
        self.current_sentence = c.sentence
        self.cue_lemma = c.cue_lemma
        self.opening = c.content[0][0] if c.content and c.source is not None and c.content[-1][1] <= c.source[0] else None
        self.own_words = c.content

    def resolve_source(self, c: Candidate) -> tuple[int, int] | None:
        """Point the source of ``c`` to the mention it stands for and settle its kind by it; that mention, if any."""
        text, ctx, ref_of, named, kind_of = self.text, self.ctx, self.ref_of, self.named, self.kind_of
        if c.source_kind == "person" and (pair := _SURNAME_PAIR.fullmatch(text, *c.source, CONCURRENT)) is not None and all(
                _full_name_before(text, c.source[0], pair.group(k), self.full_names) is not None for k in (1, 2)):
            # two surnames, each of a full name given before, are two people: "Lee and Roe said"
            # after "Ann Lee" and "Tom Roe" (not a firm's name: "Marks and Spencer")
            c.source_kind = "group"
        # a transcript's label in capitals is a speaker's, though it reads like a body's acronym:
        # "MENSAH: Not this year." after "Mayor Abe Mensah spoke on the radio"
        turn = c.rule == TRANSCRIPT_TURN and c.source_kind == "organization"
        ref = self.resolve(c.source, "person" if turn else c.source_kind)
        if text[c.source[0]:c.source[1]] == "I" and (first_question := _interview(ctx)) is not None and (
                _answer_paragraph(ctx, c.source[0])):
            # "A: I think the pier is safe.": in an interview, the "I" of an answer is the one
            # interviewed, the person its introduction reports on
            # (when it names no one, the "I" is read as before)
            ref = self.interviewed(first_question) or ref
        if ref is None and c.source_kind == "person":
            self.spoken_for_by_noun(c.source)
            name = self.words_in(c.source)
            if len(name) == 1 and name[0][:1].isupper() and name[0].lower() not in given_names() and (
                    name[0].lower() not in family_names()) and self.spoken_for_before(c.source, "organization") is not None:
                # a bare name of one word, read as a person's, that one spoke for before is a body's,
                # no fuller for that mention: "A spokesperson for Tavora said ... Tavora added" (not a
                # given name nor a family name the tables know: "a spokesman for Ann", "for Lee")
                c.source_kind = "organization"
        if ref is not None:
            ref = ref_of.get(ref, ref)
            ref_of[c.source] = ref
            c.refers_to = ref
            # a full name read from the text is a person's ("Ann Rao" for "Rao")
            # (a mention already read keeps the kind its own report gave it: "the people, who asked
            # not to be identified", anonymous)
            rk = c.refers_kind = "person" if ref in named else kind_of.get(ref) or kinds.kind(text, *ref, self.lex)
            if c.source_kind in ("person", "group", "organization") and rk != c.source_kind and self.words_in(c.source)[0].lower() not in en.PRONOUNS and (
                    [w.lower() for w in self.words_in(c.source)] not in _ONE_OF_THEM):  # (one of a group is a person)
                c.source_kind = rk
            elif self.words_in(c.source)[0].lower() in ("they", "it"):
                c.source_kind = rk
            elif c.source_kind == "outlet" or rk == "outlet" or ref in named or c.source_kind == "document" and len(
                    self.words_in(c.source)) == 1 and text[c.source[0]].isupper():
                c.source_kind = rk  # (a surname read as a document's noun: "Post" for "Ann Post", "Law" for "Steven Law")
        if turn and ref is None and text[c.source[0]:c.source[1]].isupper() and (
                _table_key(text[c.source[0]:c.source[1]]) not in org_names()):
            # no one named before it: the label in capitals is still a speaker's, not a body's
            # ("TOM ROE:", "RAMOS:"), unless it is the name of a body the table knows ("UNICEF:")
            c.source_kind = "person"
        if ref is None and c.source_kind == "outlet" and _research_paper(text, c.source):
            c.source_kind = "document"  # "A study published in Nature ... According to the paper": the study's paper
        if ref is None and c.source_kind == "outlet" and [w.lower() for w in self.words_in(c.source)] == ["the", "agency"]:
            # "the agency" with no news agency nor public body named before is a state's agency,
            # as most are (the rule of kinds above ``default_lexicon.STATE_BODY_NOUNS``): "The
            # agency said the recall would widen"
            c.source_kind = "government"
        if ref is None and c.source_kind == "organization" and _office_of_titled_holder(text, c.source):
            # a state's leader's office, the leader named by the surname alone after a title before
            # ("Prime Minister Shigeru Ishiba ... Ishiba's office said"), is the state's, as the
            # office of the title is ("the prime minister's office", `kinds`)
            c.source_kind = "government"
        kind_of.setdefault(c.source, c.source_kind)
        return ref

    def member_placed_before(self, span: tuple[int, int], body: str) -> tuple[int, int] | None:
        """The latest person named before ``span`` whose mention placed them in ``body`` by an aside
        ("Ann Kerr, of Sinn Féin, said", "Tom Roe, of the SDLP, said"), for a member's post named with
        that body: "the Sinn Féin MLA", "the SDLP MLA"; None when none did."""
        text = self.text
        asides = (", of " + body, ", of the " + body)
        for prev, prev_kind in reversed(self.seen[-_TITLE_LOOKBACK:]):
            if prev[0] < span[0] and prev_kind == "person" and text[prev[0]:prev[0] + 1].isupper() and any(
                    text.find(aside, *prev) > prev[0] for aside in asides):
                return prev
        return None

    def relative_antecedent(self, c: Candidate) -> None:
        """Give a relative "who" or "which" that its rule took as the source of a verb further in its
        clause ("Lee, who saw the crash and described it", a coordinated verb or a participle), and
        that stands for no mention yet, the mention it is said of, as a verb right after it gets."""
        text = self.text
        if c.refers_to is not None or text[c.source[0]:c.source[1]].lower() != "who":
            return  # (not "which", whose antecedent a noun of a thing's phrase may hide: "a finding by a panel, which")
        layout = self.ctx.layout
        opening = layout.sentences[sentence_index(layout, c.source[0])].start
        before = len(text[opening:c.source[0]].rstrip(" \t,")) + opening
        found = sources.antecedent(text, opening, before, self.lex, person=True) if opening < before else None
        if found is None or (found_kind := kinds.kind(text, *found, self.lex)) not in _WHO_KINDS:
            return  # (nor a body's name, a noun in the aside before more likely: "Ann Lee, a member of the Vexa Caucus, who")
        c.refers_to = found
        c.refers_kind = c.source_kind = found_kind
        self.passing_relatives.add(c.source)

    def read_relative(self, c: Candidate, ref: tuple[int, int] | None) -> None:
        """Carry a relative pronoun's referent to the fuller mention it stands for, and its kind to that mention."""
        text, ref_of, named, kind_of = self.text, self.ref_of, self.named, self.kind_of
        if ref is None and c.refers_to is not None and relative_source(text, c.source) and (
                fuller := self.resolve(c.refers_to, c.refers_kind)) is not None:
            # what the relative pronoun stands for may stand for a fuller mention before: "Lee, a
            # nurse, who said" after "Ann Lee" is Ann Lee
            c.refers_to = ref_of.get(fuller, fuller)
            if (rk := "person" if c.refers_to in named else kind_of.get(c.refers_to)) is not None:
                # (of the kind that mention was read with: "said Guardian, who" after "Mayor Don
                # Guardian said" is no outlet's)
                c.refers_kind = c.source_kind = rk
        if ref is None and c.refers_to is not None and c.refers_kind and relative_source(text, c.source):
            # the kind a relative pronoun's clause gave the one it stands for is that mention's:
            # "Monsanto, which opposed the bill ... the company said", a body's, no person's
            kind_of.setdefault(c.refers_to, c.refers_kind)

    def remember_source(self, c: Candidate) -> None:
        """Record the source of ``c`` as the latest mention, with who asked and the pronoun it is known by."""
        text, seen, gender, hinted = self.text, self.seen, self.gender, self.hinted
        if c.cue_lemma == "report" and c.source_kind == "person" and c.refers_to is None and _unknown_name(
                self.words_in(c.source)):
            self.reporting_names.add(c.source)
        latest = None
        if text[c.source[0]:c.source[1]] == "I":
            # (the writer, whom only another "I" stands for: no "he" after it)
            seen.append(latest := (c.source, "first"))
        elif c.refers_to is None and len(self.words_in(c.source)) == 1 and self.words_in(c.source)[0].lower() in en.POSSESSIVE_PRONOUNS:
            pass  # (a "his" left unresolved is no one a later pronoun may stand for, nor tells one's pronoun)
        elif c.refers_to is None and relative_source(text, c.source) or c.source in self.passing_relatives:
            # (nor a relative "who" or "which" that stands for no mention found: "a lawyer who said
            # ... He said" is the one "who" is, or another named before, never "who")
            pass
        elif c.refers_to is None or len(self.words_in(c.source)) > 1:
            seen.append(latest := (c.source, c.source_kind or "person"))
        else:
            # "Brooks said no. ... she said": the one just named again is the latest mentioned
            seen.append(latest := (c.refers_to, c.refers_kind or "person"))
            self.mentioned_at[c.refers_to] = c.source[1]
        latest = latest[0] if latest is not None else None
        if latest is not None and c.rule == "core.asked.v2":
            self.askers[latest] = c.sentence
        if c.cue_lemma in _ASKING_LEMMAS and c.content and c.cue[-1][1] < c.content[0][0] and (
                (m := _ADDRESSEE.fullmatch(text, c.cue[-1][1], c.content[0][0], CONCURRENT)) is not None) and (
                kinds.kind(text, *m.span(1), self.lex) == "person"):
            # the one a question was put to: "Host Tom Roe asked Ann Lee whether she would run"
            self.asked = (m.span(1), c.sentence)
        if latest is not None and latest not in gender:
            said = _gender_word(text, c.source)
            if said is not None:
                # "Mr. Lee" known as "he", and so the "Tom Lee" it stands for
                gender[latest] = said
                if c.refers_to is not None:
                    gender.setdefault(c.refers_to, said)
            elif latest not in hinted and (said := _gender_hint(text, c)) is not None:
                hinted[latest] = said

    def read_relays(self, c: Candidate) -> None:
        """Read the kinds of the relays (``via``) of ``c`` and the mentions they stand for."""
        text, lex = self.text, self.lex
        c.via_kinds = [kinds.relay_kind(text, *v, lex) for v in c.via]
        c.via_refers_to = [self.resolve(v, k) for v, k in zip(c.via, c.via_kinds)]

    def spread_bare_bodies(self) -> None:
        """Read as a body's each bare name a body's noun stood for, wherever else it stands alone."""
        # (before the noun, the headline's "Prices rise, says Vela", or after it, "Vela added", not only
        # where the noun found it; one that stands for another mention is that one's)
        text = self.text
        for prev in [p for p in self.bare_bodies if self.gender.get(p) is not None]:
            # one a later "he" or "she" went on with is a person after all, no body a noun stood for:
            # "Jordan Hale said ... The company said ... “...,” he said"
            del self.bare_bodies[prev]
            for c in self.candidates:
                if c.source == prev:
                    c.source_kind = "person"
                elif c.refers_to == prev and c.source_kind == "organization":
                    c.refers_to = c.refers_kind = None
        bodies = {text[s:e] for s, e in self.bare_bodies}
        for c in self.candidates:
            if bodies and c.source is not None and c.refers_to is None and c.source_kind in ("person", "group") and (
                    text[c.source[0]:c.source[1]] in bodies):
                c.source_kind = "organization"

    def trim_asides(self) -> None:
        """Trim each referent and relay's referent before its relative aside, once all are read."""
        text = self.text
        for c in self.candidates:
            # (trimmed once all are read: the mention is still known by its whole span above)
            if c.refers_to is not None:
                c.refers_to = _before_relative_aside(text, c.refers_to)
            c.via_refers_to = [_before_relative_aside(text, v) if v is not None else None for v in c.via_refers_to]

    def words_in(self, span: tuple[int, int]) -> list[str]:
        """The words of a mention, read once."""
        found = self.words_of.get(span)
        if found is None:
            found = self.words_of[span] = WORD.findall(self.text, *span, False, CONCURRENT)
        return found

    def bare_body(self, prev: tuple[int, int], pk: str, span: tuple[int, int]) -> bool:
        """Whether the source ``prev``, read as a person's or a group's, is a body's bare name that
        a body's noun at ``span`` stands for: no person's surname named before ("Republican Lee"
        after "Tom Lee"), no other name between; if so it and its reports become an organization's."""
        text = self.text
        business = self.words_in(span)[-1].lower() not in _NON_BUSINESS_HEADS
        if not (pk in ("person", "group") and prev[1] <= span[0] and prev not in self.ref_of and prev not in self.named and (
                _bare_business_name(text[prev[0]:prev[1]])) and (
                _full_name_before(text, prev[0], self.words_in(prev)[-1], self.full_names) is None) and (
                _no_other_name(text, prev, span[0])) and self.bare_bodies.get(prev, business) == business) or (
                self.known_as_person(prev)):
            # (a name a business's noun stood for is no union, nor one a union's noun stood for a
            # business: "Skyways said ... The airline said ... The union said")
            return False
        self.bare_bodies[prev] = business
        for other in self.said_by.get(prev, ()):
            other.source_kind = "organization"
        self.kind_of[prev] = "organization"
        return True

    def known_as_person(self, prev: tuple[int, int]) -> bool:
        """Whether a name the tables know no given name of is a person's by what the text says of
        it: "he" or "she" known for it or opening its report ("Jordan Price said he ...")."""
        return prev in self.gender or prev in self.hinted

    def known_body(self, prev: tuple[int, int], pk: str, span: tuple[int, int]) -> bool:
        """Whether the source ``prev`` is a body the table knows by a bare name, read so,
        that a body's noun at ``span`` stands for, no other name between: "Goldman Sachs
        said ... the bank added" (of a trade the noun fits: "Oxfam" is no "the bank")."""
        # (its initials in brackets after it are no part of the name the table knows: "The British
        # Medical Association (BMA) said ... The union said")
        name = kinds.INITIALS_IN_BRACKETS_END.sub("", self.text[prev[0]:prev[1]])
        return pk == "organization" and prev[1] <= span[0] and prev not in self.ref_of and (
            _table_key(name) in org_names()) and _fits_trade(name, self.words_in(span)[-1].lower()) and (
            _no_other_name(self.text, prev, span[0]))

    def latest_source(self, span: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
        """The source named last before ``span`` and its kind; for one who speaks for a body by
        its bare name, the body: "An Oxfam spokesman said ... The charity said" is Oxfam's."""
        prev = next(((prev, pk) for prev, pk in reversed(self.seen[-_LOOKBACK:]) if prev[1] <= span[0]), None)
        if prev is not None and prev[1] == "person" and (body := _body_of_spokesman(self.text, prev[0])) is not None:
            self.kind_of.setdefault(body, "organization")
            return body, "organization"
        return prev

    def spoken_for_by_noun(self, mention: tuple[int, int]) -> None:
        """Read the bare name of the source named last as a body's, with its reports, when one
        who speaks for a body by a noun that would stand for it follows: "Halifax said it would
        raise rates. A spokesperson for the bank said" (no person's name: ``bare_body``)."""
        m = _SPOKESMAN_FOR_NOUN.match(self.text, *mention, CONCURRENT)
        if m is None or not (_COMPANY_NOUNS.get(m.group(2)) is False or m.group(2) in _KNOWN_BODY_NOUNS):
            return  # (no noun of a trade: "a spokesman for the developer" may speak for a person)
        prev = next(((prev, pk) for prev, pk in reversed(self.seen[-_LOOKBACK:]) if prev[1] <= mention[0]), None)
        if prev is not None and _fits_trade(self.text[prev[0][0]:prev[0][1]], m.group(2)):
            self.bare_body(*prev, m.span(1))

    def genders_known(self, mention: tuple[int, int]) -> tuple[str | None, ...]:
        """What tells the pronoun of a mention: the one it and its referent have been called by,
        and the given names of each ("Tom Hale": "he")."""
        ref = self.ref_of.get(mention, mention)
        return self.gender.get(mention), self.gender.get(ref), _given_name_gender(self.words_in(mention)), _given_name_gender(self.words_in(ref))

    def surnames_known_by(self, pronoun: str | None) -> set[str]:
        """The surnames of the latest mentions known by ``pronoun`` (a bound on the work per pronoun,
        as the lookback is): the last word of each, and of its words before any aside, the name's
        ("Whitman" of "Ann Whitman, the former governor", not only "governor")."""
        return {w for g, said in itertools.islice(reversed(self.gender.items()), _LOOKBACK) if said == pronoun
                for w in (self.words_in(g)[-1], self.head_words(g)[-1] if self.head_words(g) else "")} - {""}

    def head_words(self, mention: tuple[int, int]) -> list[str]:
        """The words of a mention before any aside: "Tom Hale", not "an aide to Ann Rao", in
        "Tom Hale, an aide to Ann Rao" (read once for each mention, as its words are)."""
        found = self.heads_of.get(mention)
        if found is None:
            comma = self.text.find(",", *mention)
            words = self.words_in(mention if comma < 0 else (mention[0], comma))
            found = self.heads_of[mention] = words[:_before_relative(words)]
        return found

    def subject_since(self, found: tuple[int, int] | None, start: int, pronoun: str, since: int = 0) -> tuple[tuple[int, int], bool] | None:
        """The person a sentence after the latest mention of ``found`` opens with (a name that heads its
        clause), in the paragraph of ``start`` or the one before, when it is another than ``found``,
        known to be a person and by no other pronoun: its mention as a source, else its full name; and
        whether the name is known by the pronoun."""
        text, ref_of, gender = self.text, self.ref_of, self.gender
        found_words = self.head_words(ref_of.get(found, found)) if found is not None else []
        for opening in _sentence_subjects(self.ctx, self.mentioned_at.get(found, found[1]) if found is not None else since, start, pronoun):
            surname = text[opening[1]:opening[2]]
            if found is not None and _names_person(text, ref_of.get(found, found), found_words, surname):
                return None  # the one found, named again
            titles = self.words_in((opening[0], opening[1]))
            given = next((w for w in titles if w.lower().rstrip(".") not in en.TITLES and w not in _TITLE_PRONOUNS and (
                w not in _RANK_PRONOUNS)), None)
            mention = next((prev for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "person" and prev[1] <= start and (
                _names_person(text, prev, self.head_words(prev), surname)) and not _AND.search(text, *prev, CONCURRENT) and (
                _OTHER_GENDER[pronoun] not in self.genders_known(prev))), None)
            full = _full_name_before(text, opening[1], surname, self.full_names) if given is None else None
            # (a peer's rank or a knight's right before the name says the pronoun as a courtesy
            # title does: "Baroness Kerr" is no "he"; not a post after it, "Lord Mayor Kerr")
            said = name_genders().get(given.lower()) if given is not None else next((
                _TITLE_PRONOUNS.get(w.rstrip(".")) for w in titles if w.rstrip(".") in _TITLE_PRONOUNS), None) or (
                _RANK_PRONOUNS.get(titles[-1]) if titles else None)
            if said is not None and mention is not None and not (set(titles) & set(self.words_in(mention))) and (
                    said not in self.genders_known(mention)):
                mention = None  # ("Mrs. Clinton" is no "Bill Clinton" read before, known by no pronoun)
            if said is None and mention is not None:
                said = next((g for g in self.genders_known(mention) if g is not None), None)
            if full is not None and _given_name_gender(self.words_in(full)) != said and (
                    said is not None or _given_name_gender(self.words_in(full)) == _OTHER_GENDER[pronoun]):
                if said is None and (mention is None or self.head_words(ref_of.get(mention, mention)) == [surname]):
                    # ("Gov. Lee" after "Tom Lee", known by no other word, is no "she", nor is "Lee"
                    # named alone in a headline)
                    continue
                full = None  # ("Mrs. Clinton" is not "Bill Clinton")
            if said is None and full is not None:
                # (or the pronoun the full name was used with: "Quill Batey ... she said ... || Batey
                # spoke" is no "he")
                said = _given_name_gender(self.words_in(full)) or gender.get(full)
            if said == _OTHER_GENDER[pronoun]:
                continue  # another, of the other pronoun: the one before may be the pronoun's
            if mention is not None:
                # (the name it stands for, unless known by the other pronoun: "Mr. Khan" is no "Ghazala Khan")
                ref = ref_of.get(mention, mention)
                return (ref if gender.get(ref) != _OTHER_GENDER[pronoun] else mention), said is not None
            if given is None and full is None and not titles:
                if mention is not None or name_genders().get(surname.lower()) != pronoun and (
                        surname.lower() in given_names() or not _name_like(text, surname, max(0, start - _SUBJECT_REACH), start)
                        or _own_pronoun(text, opening[2], start) != pronoun and _introduced_as(text, opening[0]) != pronoun):
                    continue  # no person known by the word ("Florida is ...")
                # (a given name alone, the pronoun's in the table: "Ramesh is teaching. He tells me";
                # or one the table lacks, that its sentence goes on to call so: "Kiara opened up
                # about her split. She said")
                said = pronoun
            self.named.add(full or (opening[0], opening[2]))
            return full or (opening[0], opening[2]), said is not None
        return None

    def heads_own_words(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The name of no person that opens the words of the report being resolved, when they
        stand before its source ``span`` in one sentence ("Vexa plans to expand, the company said"),
        named before too (not "Revenue rose, the company said"): the one such a source most likely
        speaks for."""
        text = self.text
        if self.opening is None or self.opening >= span[0] or _in_headline(text, self.opening):
            return None
        m = _OPENING_NAME.match(text, self.opening, span[0], CONCURRENT)
        heading = m.span(1) if m is not None else None
        if heading is not None and (owner := self.owner_of(heading)) is not None:
            return owner
        if heading is None or not _bare_heading_name(text, heading) or self.unnamed_in_own_words(heading) and not (
                _post_and_name_after(text, heading[1], span[0])) or (
                _full_name_before(text, heading[0], self.words_in(heading)[-1], self.full_names) is not None):
            return None  # (not a surname: "Lee plans to run, the company said" after "Tom Lee")
        self.kind_of.setdefault(heading, "organization")
        return heading

    def unnamed_in_own_words(self, heading: tuple[int, int]) -> bool:
        """Whether a name that heads a clause stands in the words of the report being resolved,
        before its source, and nothing before them names it: "Revenue rose, the company said"
        (a sentence's first word, in capitals as any is, is no body's name by that alone)."""
        return self.opening is not None and self.opening <= heading[0] and not whole_word_in(
            self.text, self.text[heading[0]:heading[1]], max(0, self.opening - _TITLE_REACH), self.opening)

    def opens_unnamed_bodys_words(self, heading: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether a name that heads a clause opens the words of an earlier report before its
        source, a business's noun that stood for no one ("Sales fell 4 percent, the company said"),
        and nothing before them names it: the noun passed it over as no body's name, and so does a
        later one ("... The firm did not respond" is no "Sales")."""
        for c in self.candidates:
            if c.source is None or c.source[1] > span[0] or not c.content or c.refers_to is not None:
                continue
            opening = c.content[0][0]
            low = [w.lower() for w in self.words_in(c.source)]
            if opening <= heading[0] < c.content[-1][1] <= c.source[0] and len(low) == 2 and low[0] == "the" and (
                    low[1] in _COMPANY_NOUNS) and not whole_word_in(
                    self.text, self.text[heading[0]:heading[1]], max(0, opening - _TITLE_REACH), opening):
                return True
        return False

    def owner_of(self, heading: tuple[int, int]) -> tuple[int, int] | None:
        """The body whose possessive opens the words ``heading`` opens, the report's own words
        before its source, by a bare name of no person nor place: "SpaceX's rocket exploded, the
        company said", named there first or not (not "Britain's economy grew", nor "Lee's plan"
        after "Tom Lee", nor "Ford's plan" where the text says "Sen. Ford")."""
        text = self.text
        mark = _OWNER_MARK.search(text, *heading, CONCURRENT)
        owner = (heading[0], mark.start()) if mark is not None else None
        if owner is None or not _bare_business_name(text[owner[0]:owner[1]]) or (
                kinds.kind(text, *owner, self.lex) not in ("person", "organization")) or (
                _full_name_before(text, owner[0], self.words_in(owner)[-1], self.full_names) is not None) or (
                WORD.match(text, *owner, CONCURRENT).group().lower() in _NOT_GIVEN) or named_as_person(text, text[owner[0]:owner[1]]):
            return None
        self.kind_of.setdefault(owner, "organization")
        return owner

    def body_in_own_words(self, span: tuple[int, int], noun: str) -> tuple[int, int] | None:
        """The one body the words of the report being resolved name inside them, when they stand
        before its source ``span`` in one sentence and nothing before gave the body's ``noun`` a
        referent: "Flights at Gatwick were suspended, the airport said" (a bare name of no person
        nor place, that the noun fits; none when they name two: "Flights at Gatwick and Luton").
        A noun of a body a place has one of ("the airport", "the council") may stand for a place
        listed with the name too, which leaves it no surer: "Flights at Gatwick and Leeds" gives
        none, but the one of them named with the noun, if any: "at Gatwick Airport and Leeds"."""
        text = self.text
        if self.opening is None or self.opening >= span[0] or _in_headline(text, self.opening):
            return None
        found = None
        place_noun = noun in _PLACE_BODY_NOUNS
        listed: list[tuple[tuple[int, int], bool]] = []  # (for a place's noun) the names, and whether each is a place
        for m in _CAPITALISED_RUN.finditer(text, self.opening, span[0], False, CONCURRENT):
            mark = _OWNER_MARK.search(text, *m.span(), CONCURRENT)
            name = (m.start(), mark.start() if mark is not None else m.end())
            if m.start() == self.opening or not _bare_business_name(text[name[0]:name[1]]) or (
                    self.words_in(name)[0].lower() in _NOT_GIVEN) or self.ctx.layout.inside_quote(m.start()) or _modifier_name(text, name):
                continue  # (the word that opens the sentence, which ``heads_own_words`` reads; a
                # quotation's, the speaker's own words; one that qualifies a noun: "the Christmas holiday")
            if place_noun and _town_or_land(text, name):
                listed.append((name, True))
                continue
            if _initialled(text, name):
                continue  # (an initial and the name it opens are a person's: "identified as K. Lakshmi, the police said")
            if _AMOUNT_AFTER.match(text, name[1], min(len(text), name[1] + 3), CONCURRENT):
                continue  # (a currency's or a unit's sign before a number: "a profit of Rs 1,245 crore", "USD 12 million")
            if kinds.kind(text, *name, self.lex) not in ("person", "organization") or named_as_person(text, text[name[0]:name[1]]) or (
                    _full_name_before(text, name[0], self.words_in(name)[-1], self.full_names) is not None) or (
                    _person_noun_right_before(text, name[0])):
                continue  # (a place or a person: "Flights from London were suspended", "Chelsham midfielder Jo Price has signed")
            if (after := _WORD_AFTER.match(text, name[1], min(len(text), name[1] + 20), CONCURRENT)) is not None and (
                    after.group(1) in _SPEAKING_FORMS):
                continue  # (one who speaks in the words is another speaker, no body the noun stands for:
                # "“We found nothing,” Smith said, according to the police")
            if noun == "union" and _employer_of_workforce(text, name[0]):
                continue  # (where the workers work is no union: "Staff at the Sierra Club will strike, the union said")
            if place_noun:
                listed.append((name, False))
            elif found is not None and text[found[0]:found[1]] != text[name[0]:name[1]]:
                return None
            found = name
        if place_noun and found is not None:
            found = _one_place_body_listed(text, listed, noun)
        if found is None or not _fits_trade(text[found[0]:found[1]], noun) or noun == "party" and not _party_name(text[found[0]:found[1]]):
            return None
        self.kind_of.setdefault(found, "organization")
        return found

    def body_heading_own_words(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The body that heads the words of the report being resolved, when they stand before its
        source ``span`` in one sentence: a bare name named before (``heads_own_words``), or a
        definite noun for a body before the verb, what it stands for if named before ("The chip
        designer expects revenue to rise, it said"; not "The deal will close, it said")."""
        text = self.text
        heading = self.heads_own_words(span)
        if heading is not None or self.opening is None or self.opening >= span[0] or _in_headline(text, self.opening):
            return heading
        m = _OPENING_NOUN_PHRASE.match(text, self.opening, span[0], CONCURRENT)
        if m is None:
            return None
        phrase = (m.start(), m.end(2))
        body = kinds.kind(text, *phrase, self.lex)
        if body not in INSTITUTION_KINDS:
            if not (m.group(1) and _AGENT_NOUN.fullmatch(m.group(2))):
                return None
            body = "organization"  # (a trade's agent noun that is "it" is a business's: "the chip designer")
        self.kind_of.setdefault(phrase, body)
        found = self.resolve(phrase, body)
        if found is None and m.group(2).lower() in _ORGAN_NOUNS and (not m.group(1) or m.group(1).islower()):
            # a body's organ, named before by nothing, is what the body that spoke before tells of:
            # "Vexa said ... The board will meet in May, it added" is Vexa; the organ only when no
            # body spoke before ("The board will meet in May, it said")
            self.organ_heading = phrase
            return None
        return found or phrase

    def resolve(self, span: tuple[int, int], kind: str | None) -> tuple[int, int] | None:
        """The fuller, earlier mention the mention at ``span``, read as of ``kind``, stands for, if any."""
        text = self.text
        words = self.words_in(span)
        low = [w.lower() for w in words]
        if len(low) == 1 and low[0] in en.POSSESSIVE_PRONOUNS:
            # "his claim that ...": "his" stands for whom "he" would, a source of its paragraph only (a
            # possessive stands for the one its sentence is about, often named in no report)
            low = [en.POSSESSIVE_PRONOUNS[low[0]]]
            found = self.resolve_pronoun(span, low)
            return found if found is not None and _paragraphs_between(text, found[1], span[0]) == 0 else None
        if len(low) == 1 and low[0] in en.OBJECT_AS_SUBJECT:
            low = [en.OBJECT_AS_SUBJECT[low[0]]]  # "According to them": as "they" would
        if len(low) == 1 and low[0] in en.PRONOUNS:
            return self.resolve_pronoun(span, low)
        if low and (low[0] in _PART_QUANTIFIERS and (low[1:] in ([], ["of", "them"])) and kind == "group" or (
                low in _ONE_OF_THEM and kind == "person")):
            # "Some told the BBC", "Many of them said": a part of the group "they" would stand for,
            # a group's report in the sentence just before ("Local residents said ... Some said")
            found = self.resolve_pronoun(span, ["they"])
            at = self.mentioned_at.get(found, found[1]) - 1 if found is not None else 0
            # (no group a lead only credits: "..., according to company leaders. But some were")
            if found is not None and self.kind_of.get(found) == "group" and (
                    sentence_index(self.ctx.layout, span[0]) - sentence_index(self.ctx.layout, at) == 1) and not all(
                    r.cue_lemma in CREDITING_LEADS for r in self.said_by.get(found, ())):
                return found
            # else the group the sentence just before is about, though it said nothing: "Local
            # residents gathered at the pier. Some told the BBC ..."
            group = _group_subject_before(self.ctx, span[0])
            if group is not None:
                self.kind_of.setdefault(group, "group")
            return group
        if not words:
            return None  # a mention of marks alone, no word to stand for anyone (hostile input)
        if kind == "person" and len(low) == 3 and low[0] == "the" and words[1].islower() and low[2].isdigit() and (
                comma := text.find(",", *span)) > 0 and _AGE_AFTER_SURNAME.fullmatch(text, comma, span[1], CONCURRENT):
            # a noun and its age stand for whom the noun alone would: "The star, 29, told Hello!"
            # after "pop star Lena Vos", "the singer, 34, said" (the age only repeats what is known)
            return self.resolve((span[0], comma), kind)
        if kind == "person" and len(words) >= 3 and words[0][:1].isupper() and low[0] not in en.PRONOUNS and (
                comma := text.find(",", *span)) > 0 and _APPOSED_AFTER_NAME.match(text, comma, span[1], CONCURRENT) and (
                1 <= len(head := self.words_in((span[0], comma))) <= 3) and all(w[:1].isupper() for w in head) and (
                found := self.resolve((span[0], comma), kind)) is not None and _ends_a_name(self.words_in(found), head[-1]):
            # a name and an aside after it stand for whom the name alone would, though the aside
            # holds a capitalised word: "Banks, a Republican, told reporters" after "Rep. Jim Banks",
            # as "Banks told reporters" (the aside says something of the one named, not who it is);
            # a name the one found ends with, not a given name of another's ("John, the chairman"
            # after "Tom John" is no "John Hammond")
            return found
        if kind == "person" and len(low) == 4 and low[0] == "the" and (parent := _PARENT_OF.fullmatch(text, *span, CONCURRENT)) is not None:
            # a parent known by the count of children, as British copy names one after her name
            # ("Holly Banks ... The mother-of-three told the paper", "the dad-of-two said"): whom "she"
            # or "he" would stand for
            return self.resolve_pronoun(span, [_KIN_GENDERS.get(parent.group(1), "he" if parent.group(1) in ("dad", "grandad") else "she")])
        if kind == "person" and len(words) == 1 and len(words[0]) > 2 and words[0].isupper() and words[0].isalpha() and (
                not person_noun(low[0])) and low[0] not in en.TITLES and low[0] not in _BROADCAST_POSTS:
            # a surname in capitals, as a transcript labels its speaker's turns: "LEE: We will" after
            # "spokesperson Ann Lee said" (not a post: "REPORTER: Will you?"), when not named so before
            # ("KATE BOULDUAN, CNN ANCHOR: ... BOULDUAN:")
            return self.resolve_noun(span, kind, words, low) or self.caps_surname(span, words[0][0] + low[0][1:])
        if kind == "person" and len(words) == 1 and len(words[0]) > 2 and words[0].isupper() and (
                person_noun(low[0]) or low[0] in en.TITLES or low[0] in _BROADCAST_POSTS):
            # a post alone, as a transcript labels a turn: "MINISTER: The line will open" after
            # "Transport Minister Ravi Shah said", "HOST:" after "host Ann Lee": whom "the minister"
            # stands for when named with the post; none else ("REPORTER:" is seldom the one named last)
            if low[0] in _BROADCAST_POSTS:
                return _role_named_before(text, span, low[0], 0)
            return self.resolve_noun(span, kind, ["the", low[0]], ["the", low[0]])
        if kind == "person" and len(low) >= 2 and low[-1] == "ji" and words[-2][:1].isupper():
            # "Rao-ji", "Rao ji": the suffix of respect Indian copy adds to a name is no part of it
            words, low = words[:-1], low[:-1]
        if kind == "person" and len(low) == 3 and low[0] == "the" and "-".join(low[1:]) in _PLAYING_ROLES and (
                text[span[0]:span[1]].lower().endswith("-".join(low[1:]))):
            # a player's place of two words joined by a hyphen is one noun: "the all-rounder"
            words, low = ["the", "-".join(low[1:])], ["the", "-".join(low[1:])]
        if kind == "person" and len(low) == 4 and low[:2] == ["the", "former"] and words[2][:1].isupper() and (
                low[3] in _POST_SYNONYMS or low[3] in _PLAYING_ROLES):
            # a side's former player or post holder is whom the side's post or place is: "the former
            # India captain" after "Rahul Menon said", as "the India captain"
            words, low = [words[0], *words[2:]], [low[0], *low[2:]]
        if kind == "person" and (post := _STYLED_POSTS.get(" ".join(low))) is not None:
            # a style of address stands for whom the post's noun would: "The Holy Father said" or
            # "His Holiness urged" after "Pope Francis", as "the pontiff" does
            words, low = ["the", post], ["the", post]
        if kind == "person" and (role := _title_role(words, low)) is not None:
            return self.role_holder(span, kind, words, low, *role)
        found = self.resolve_noun(span, kind, words, low)
        if found is None and kind == "person" and low[-2:] == ["prime", "minister"] and low[0] == "the" and 3 <= len(low) <= 4:
            found = self.national_premier(span, words, low)
        if found is None and kind == "person" and len(low) == 3 and low[0] == "the" and low[2] in _BODY_HEAD_POSTS and (
                words[1][:1].isupper()):
            found = self.body_head(span, words[1])
        if found is None and kind in INSTITUTION_KINDS:
            found = self.spoken_for_before(span, kind)
        if len(low) == 2 and low[0] == "the" and low[1] in _NOUN_TRADES and (
                known := _body_heading_before(text, span, _NOUN_TRADES[low[1]], low[1])) is not None and (
                found is None or self.mentioned_at.get(found, found[1]) <= known[0]):
            # a body the table knows, of a trade the noun fits, that heads a sentence since the one
            # found, though no report's source: "Barclays cut its rates ... The lender said"
            self.kind_of.setdefault(known, "organization")
            return known
        if found is None and kind == "person" and (noun := _definite_role(low)) is not None and (
                _PLURAL_POSSESSIVE.search(text, *span, CONCURRENT) is None) and (
                noun not in _SIDE_POSTS and noun not in _PLAYING_ROLES or "former" in low):
            # "Lee said ... The governor added": a post no name before was given, for the person
            # named last before it, in a report or not (not one known as others': "the victims' lawyer";
            # nor a side's post, which the player named last seldom holds: "Das took three wickets.
            # ... the skipper said" is no one read before, unless named with the post; but a former
            # holder holds it no more, most often the one named last: "Kohli said ... the former
            # captain said")
            found = self.latest_named(span, noun)
        if found is None and kind == "person" and 2 <= len(low) <= 4 and low[0] == "the" and (
                low[-1] in _PLAYING_PLACES or low[-1] in _TITLE_HOLDERS) and words[-1].islower():
            # a player's place or a title won, no one was given in the text, right after one person
            # alone is named: that person ("Tom Roe conceded ... the fast bowler said", "Ann Lee
            # said ... the two-time champion said"); not a side's lead ("the skipper"), which the
            # one named seldom is
            found = self.sole_person_before(span, low[-1])
        return found

    def role_holder(self, span: tuple[int, int], kind: str, words: list[str], low: list[str], role: str,
                    demonym: str | None) -> tuple[int, int] | None:
        """The holder a role that paraphrases titles stands for (``_ROLE_TITLES``, `_title_role`):
        one the role names as its own title first ("Premier Tom Ford ... the premier said"), else
        the nearest holder named with any of its titles ("President Ann Rao arrived ... The head
        of state said", "Prime Minister Ali Khan ... the premier said"), not a former one
        ("Former prime minister Ali Khan" is no premier now), and of the place the people's noun
        names when one does ("the Japanese premier": "Japanese Prime Minister Shigeru Ishiba",
        "Japan's Prime Minister ..."); for no one else."""
        titles = _ROLE_TITLES[role]
        if role == "the premier":
            # (a head of government's title one nation alone gives is a premier's of its people:
            # "Taoiseach Ann Byrne ... the Irish premier said", `default_lexicon.NATIONAL_HEAD_TITLES`)
            titles = titles + tuple(t for t, people in en.NATIONAL_HEAD_TITLES.items() if demonym in (None, people))
        found = self.resolve_noun(span, kind, words, low) if role.rpartition(" ")[2] in titles else None
        if found is None:
            found = max(filter(None, (self.title_noun(span, ["the", *title.split()]) for title in titles)), default=None)
            if found is not None and ("former" in (w.lower() for w in self.words_in(found)) or (
                    demonym is not None and not _placed(self.text, found, demonym))):
                found = None
        return found

    def body_head(self, span: tuple[int, int], body: str) -> tuple[int, int] | None:
        """The head "the Kremlin chief", "the NATO chief" or "the Fed boss" stands for: one named
        before with the body's name right before a title of their own ("NATO Secretary General
        Mark Rutte", "Fed Chair Ann Lee"), else, for a seat of government, the nearest holder of
        the titles its name stands for (``en.SEAT_HEADS``: "Russian President Vladimir Putin ...
        The Kremlin chief said"); not one named as a former holder."""
        text = self.text
        start = max(0, span[0] - _TITLE_REACH)
        at = text.rfind(body, start, span[0])
        while at >= 0:
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-’'")) and (
                    head := _HEAD_AFTER_BODY.match(text, at + len(body), span[0], CONCURRENT)) is not None and all(
                    w.lower() in _HEAD_TITLES for w in head.group(1).split()) and (
                    not text[max(0, at - 8):at].lower().rstrip().endswith(("former", "ex-", "ex"))):
                return at, head.end()
            at = text.rfind(body, start, at)
        seat = en.SEAT_HEADS.get(body.lower())
        if seat is None:
            return None
        titles, demonym = seat
        found = max(filter(None, (self.title_noun(span, ["the", *title.split()]) for title in titles)), default=None)
        if found is not None and ("former" in (w.lower() for w in self.words_in(found)) or (
                demonym is not None and not _placed(text, found, demonym))):
            return None
        return found

    def national_premier(self, span: tuple[int, int], words: list[str], low: list[str]) -> tuple[int, int] | None:
        """The holder named "Premier" whom "the prime minister" stands for when no one named
        "Prime Minister" does: a nation's premier, named with its people's adjective ("Chinese
        Premier Li Qiang ... the prime minister said"), or of the place "the Chinese prime
        minister" names, or named with the title that place alone gives ("Taoiseach Ann Byrne ...
        the Irish prime minister said"); not a premier of a province or a state ("Ontario Premier
        Ann Lee" is no "the prime minister", a federal post, whom the text need not name), nor a
        former one."""
        demonym = None
        if len(low) == 4:
            if low[1] not in _NATION_ADJECTIVES or not words[1][:1].isupper():
                return None
            demonym = low[1]
        found = self.title_noun(span, ["the", "premier"])
        own_title = None
        if found is None and demonym is not None:
            # (or the head of government of the nation the adjective names, by the title it alone
            # gives: "Taoiseach Ann Byrne ... the Irish prime minister said"; not for "the prime
            # minister" alone, which may be another nation's, named by no title)
            found = max(filter(None, (self.title_noun(span, ["the", title]) for title, people in en.NATIONAL_HEAD_TITLES.items()
                                      if people == demonym)), default=None)
            own_title = found
        if found is None:
            return None
        named = [w.lower() for w in WORD.findall(self.text, max(0, found[0] - _PLACE_BEFORE_NAME), found[1], False, CONCURRENT)]
        if "former" in named:
            return None
        if own_title is not None:
            return own_title
        if "premier" not in named:
            return None
        if demonym is not None:
            return found if _placed(self.text, found, demonym) or demonym in named[:named.index("premier")][-2:] else None
        return found if any(w in _NATION_ADJECTIVES for w in named[:named.index("premier")][-2:]) else None

    def spoken_for_before(self, span: tuple[int, int], kind: str) -> tuple[int, int] | None:
        """The body named again by ``span`` (with or without "the") that one who spoke for it named
        before, though it never spoke itself: "A spokeswoman for the Home Office said ... The Home
        Office added", "A Treasury spokesman said ... The Treasury said"."""
        name = self.words_in(span)
        name = name[1:] if name[:1] in (["The"], ["the"]) else name
        if not name or not name[0][:1].isupper():
            return None
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            if pk != "person" or prev[1] > span[0] or (body := _spoken_for(self.text, prev)) is None:
                continue
            bw = self.words_in(body)
            if (bw[1:] if bw[:1] in (["The"], ["the"]) else bw) == name:
                self.kind_of.setdefault(body, kind)
                return body
        return None

    def sole_person_before(self, span: tuple[int, int], noun: str) -> tuple[int, int] | None:
        """The one person named in the stretch before ``span``, outside any quotation, when no
        other person is named there and ``noun`` is given to no one there: a source's mention of
        a name, or a full name heading a clause; not one named with another player's place or a
        side's staff post ("Harbury striker Tom Roe" is no "the goalkeeper")."""
        text = self.text
        lo = max(0, span[0] - _SOLE_PERSON_REACH)
        if whole_word_in(text, noun, lo, span[0]):
            return None  # (given to someone, named or not: "a bowler")
        found: tuple[int, int] | None = None
        surname = ""
        for prev, pk in self.seen[-_LOOKBACK:]:
            if prev[0] < lo or prev[0] >= span[0]:
                continue
            ref = self.ref_of.get(prev, prev)
            head = self.head_words(ref)
            if pk != "person":
                continue
            if not _named_person(head):
                if ref == prev:
                    return None  # (a person no name was given: "the coach said")
                continue
            if surname and head[-1] != surname:
                return None
            found, surname = found or ref, head[-1]
        for m in _GIVEN_AND_SURNAME_OR_OBJECT.finditer(text, lo, span[0], False, CONCURRENT):
            if not self.ctx.layout.inside_quote(m.start()) and m.group(2) != surname:
                return None
        if found is None:
            return None
        lows = {w.lower() for w in self.words_in(found)}
        lows.update(w.lower() for w in WORD.findall(text, max(0, found[0] - _PLACE_BEFORE_NAME), found[0], False, CONCURRENT)[-2:])
        if any(_other_playing_place(w, noun) or en.SIDE_ROLES.get(w) == "staff" for w in lows):
            return None
        return found

    def latest_named(self, span: tuple[int, int], noun: str) -> tuple[int, int] | None:
        """The person named last before ``span``, outside any quotation, within a stretch before it:
        by a surname of a person read before ("Ann Lee ... Lee said"), or a full name with a given name
        the table holds, or a titled surname; not one the ``noun``'s pronoun is not ("the
        congresswoman"), nor one given another post ("Gov. Lee" for "the senator"), nor, for a post
        with a name in capitals ("the Ohio governor"), one named with no such word before the name."""
        text = self.text
        other = _OTHER_GENDER.get(_GENDER_WORDS.get(noun, ""))
        words = self.words_in(span)
        qualifiers = words[1:[w.lower() for w in words].index(noun) if noun in (w.lower() for w in words) else len(words) - 1]
        # a party's word before the post ("the Labour MP", "the Republican senator") tells the
        # holder's party, which the text need not give with the name: no place the name must hold
        # ("the Ohio governor"), but one named with another party's word is not the holder (a
        # body's initials, "the TMC leader", may be a party's or another body's: held by one
        # named with them only)
        parties = {_party_mark(w) for w in qualifiers} - {""}
        places = [w for w in qualifiers if w[:1].isupper() and not _party_mark(w)]
        # a post a government gives by field ("the health minister", "the home secretary") is held
        # by one named with its noun only: no one named without it ("Lee Brown said ... The health
        # minister said" is another, whom the text need not name)
        k = words.index(noun) if noun in words else 0
        by_field = noun in _FIELD_POSTS and k >= 2 and words[k - 1].islower() and _office_field(words[k - 1])
        # so is a local office of the state no title goes with ("the sheriff", "the coroner", "the
        # prosecutor"): "Ann Lee said she ran. ... the sheriff said" is another, not the one quoted
        by_field = by_field or noun in en.STATE_OFFICE_HOLDERS and noun not in en.TITLES
        # and so is one who sits on the bench, though a title goes with it: court copy names the
        # parties, witnesses and counsel, seldom the judge without the post ("Ann Lee is on trial.
        # ... The judge said" is another, whom the text need not name)
        by_field = by_field or noun in _BENCH_NOUNS
        lo = max(0, span[0] - _ROLE_REACH)
        found: list[tuple[int, tuple[int, int]]] = []
        # where each stood last as a report's source or a sentence's subject
        standing: dict[tuple[int, int], int] = {}
        done: set[str] = set()
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            if pk != "person" or prev[0] >= span[0] or _many(text, prev) or prev in self.reporting_names:
                continue
            ref = self.ref_of.get(prev, prev)
            head = self.head_words(ref)
            if not _named_person(head) or head[-1] in done or not head[-1][:1].isupper():
                continue
            done.add(head[-1])
            if other is not None and other in (self.gender.get(prev), self.gender.get(ref), _given_name_gender(head)):
                continue
            at = text.rfind(head[-1], lo, span[0])
            while at >= 0 and (at > 0 and (text[at - 1].isalnum() or text[at - 1] in _WORD_JOINERS) or (
                    at + len(head[-1]) < len(text) and text[at + len(head[-1])].isalnum()) or self.ctx.layout.inside_quote(at) or (
                    _title_case_around(text, at, at + len(head[-1])))):
                at = text.rfind(head[-1], lo, at)
            if at >= 0 and len(head) == 1:
                # (a surname read alone, for the full name given before: "Ann Lee ... Lee said")
                ref = _full_name_before(text, at, head[0], self.full_names)
            if at >= 0 and ref is not None:
                found.append((at, ref))
                standing[ref] = max(standing.get(ref, -1), prev[0])
        full = _person_named_before(text, span[0], set(), other or "",
                                    lambda surname, at: _full_name_before(text, at, surname, self.full_names))
        if full is not None and full[0] >= lo and not self.ctx.layout.inside_quote(full[0]) and not _title_case_around(text, *full):
            found.append((full[0], full))
        for opening in _sentence_subjects(self.ctx, lo, span[0]):
            # or a surname that opens a sentence since, of a full name given before: "Tom Lee bought
            # the pier. ... Lee has kept quiet since."
            full = _full_name_before(text, opening[1], text[opening[1]:opening[2]], self.full_names)
            if full is not None and (other is None or _given_name_gender(self.words_in(full)) != other):
                found.append((opening[1], full))
                break
        for opening in _sentence_subjects(self.ctx, lo, span[0]) if parties else ():
            full = _full_name_before(text, opening[2], text[opening[1]:opening[2]], self.full_names)
            if full is not None:
                standing[full] = max(standing.get(full, -1), opening[0])
                found.append((opening[1], full))
        unmarked: list[tuple[int, int]] = []
        others: set[str] = set()  # (the surnames of those named with another party's word)
        for _at, ref in sorted(found, reverse=True):
            # (the mention's words, and the capitalised ones right before it: "Ohio Gov. Tom Lee")
            before = WORD.findall(text, max(0, ref[0] - _PLACE_BEFORE_NAME), ref[0], False, CONCURRENT)[-3:]
            head = self.head_words(ref) + list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(before)))
            posts = {_LONG_TITLES.get(w.lower().rstrip("."), w.lower().rstrip(".")) for w in head}
            if noun in en.TITLES and any(p in en.TITLES and p not in en.COURTESY_TITLES and p != noun for p in posts):
                continue
            if noun in _POST_SYNONYMS and noun not in en.TITLES and any(
                    p in en.PERSON_NOUNS and p not in _POST_SYNONYMS[noun] for p in posts):
                continue  # ("the principal" is no "The vice-chancellor, Professor Ann Rao": given another post)
            if noun not in _MEMBER_ROLES and (any(p in _MEMBER_POSTS for p in posts) or noun in en.TITLES and (
                    "member" in posts or before[-1:] == ["member"])):
                # ("the minister", "the clerk" is no "Labour MP Ann Lee", "State Assemblyman Tom Roe";
                # a title's office none named a party's or a body's "member": "the governor" is no
                # "Party member Ann Lee")
                continue
            name_at = text.find(head[0], *ref) if head else -1
            apposed = WORD.findall(_apposed_post_before(text, name_at if name_at >= 0 else ref[0]))
            if _another_trade(noun, posts | set(_post_run_before(text, ref[0])) | {w.lower() for w in apposed}):
                # ("the inspector", "the complainant" is no "Superintendent of Police Ann Rao", "the
                # speaker" no "The shadow home secretary, Ann Lee")
                continue
            if not all(p in head or any(w.endswith(("’s", "'s")) and _place_of_people(w.lower(), p.lower()) or (
                    en.NATIONAL_HEAD_TITLES.get(w.lower()) == p.lower()) for w in head) for p in places):
                # (a place's possessive before the post is its people's word: "Taiwan's President Lai
                # Ching-te" for "the Taiwanese leader", "France's President" for "the French leader";
                # and so is a title one nation alone gives: "Taoiseach Ann Byrne" for "the Irish leader")
                continue
            # (in their order: the capitalised words before the name, then its own)
            lows = [w.lower() for w in head[len(self.head_words(ref)):][::-1] + self.head_words(ref)]
            # (the words right before the name too, in any case, and a title in its short form:
            # "the mayor" is no "Deputy mayor Ann Rao", "the governor" no "Deputy Gov. Ann Rao")
            titled = [_LONG_TITLES.get(w.rstrip("."), w) for w in [w.lower() for w in before] + lows]
            if (counsel := _counsel_before(text, ref[0])) is not None:
                # (the side counsel takes, opening the sentence before the name: "Prosecuting, Ann
                # Lee said" is the prosecutor's, "Defending, Tom Roe said" counsel's, no judge's)
                titled.append(counsel)
                lows = [*lows, counsel]
            if noun in titled and _other_post(titled, noun, [w.lower() for w in words]):
                continue  # ("the minister" is no "Prime Minister Ann Rao")
            if _other_office([w.lower() for w in before] + lows, words, noun):
                continue  # ("the prime minister" is no "the cabinet minister Ann Rao")
            if by_field and noun not in titled and not _post_after_name(text, ref, self.head_words(ref), noun, span[0]):
                continue  # (named with the noun before the name, in it, or in an aside after it: "Ann Rao, the health minister,")
            if noun in _GOVERNMENT_POSTS and (not _OPPOSITION_WORDS.isdisjoint(titled) or noun in _PORTFOLIO_POSTS and (
                    noun not in titled and any(p in _GOVERNMENT_POSTS for p in titled))):
                # ("the minister", "the treasurer" is no "Opposition Leader Ann Lee", no "shadow treasurer
                # Tom Roe"; "the treasurer" no "Prime Minister Ann Lee", who holds another of a
                # government's posts; but "the minister" may be "Treasurer Tom Roe", and "the premier"
                # a prime minister, as British and wire copy call one)
                continue
            if _CASE_PARTIES.get(noun) != "tried" and _marked_tried(text, ref, self.head_words(ref), before) and (
                    noun not in titled) and noun not in _post_head_after_name(text, ref, self.head_words(ref), span[0], _POST_SERVED):
                # (the one the text marks as tried, given no such post, holds none of another's in the
                # case: "Ann Lee is on trial. ... The driver told the court" is a witness, not her)
                continue
            if noun in _CASE_PARTIES:
                # (the noun in small letters right before the name, and the post's head in an aside
                # after it, up to the one it serves: "Ann Lee, a lawyer for the family")
                noun_before = _WORD_ENDING.search(text, max(0, ref[0] - _NOUN_BEFORE_NAME), ref[0], CONCURRENT)
                case_words = lows + ([noun_before.group(1)] if noun_before is not None else []) + _post_head_after_name(
                    text, ref, self.head_words(ref), span[0], _POST_SERVED)
                if _other_party(case_words, noun):
                    continue  # ("the defendant" is no "prosecutor Ann Lee", "the judge" no "defence lawyer Tom Roe")
            if noun not in _NEWSROOM_POSTS and (not _NEWSROOM_POSTS.isdisjoint(lows) or _NEWSROOM_POST_BEFORE.search(
                    text, max(0, ref[0] - _PLACE_BEFORE_NAME), ref[0], CONCURRENT)):
                continue  # ("the mayor" is no "our correspondent Ann Lee": who reports the story holds no post in it)
            if _introduced_since(text, noun, _at, span[0]):
                return None  # ("Ann Lee hired a builder. The builder said": another, the one hired)
            if ref == _byline(self.ctx):
                continue  # (the writer a byline names is no post of the story)
            if (noun in en.TITLES or noun in _POST_SYNONYMS or noun in en.STATE_OFFICE_HOLDERS or noun in _OFFICES_BY_OWN_NAME) and _given_another_post(
                    text, ref, self.head_words(ref), noun, span[0], words):
                # ("Ann Lee, a lawyer, spoke. The mayor said": the lawyer holds no office of mayor,
                # nor "Ann Lee, a resident" that of sheriff or coroner; a role that goes with another
                # post stays hers: "Lee, a former agent ... the author")
                continue
            if parties and parties.isdisjoint(held := _party_marks(head[len(self.head_words(ref)):][::-1] + self.words_in(ref)) | (
                    _party_after(text, ref))):
                # (one named with the party's word before one named with none: "Congress MP Ravi
                # Shah ... Home Minister Amit Rao ... the Congress leader"; never one named with
                # another party's: "the BJP leader" is no "Congress MP Ravi Shah"; and one named with
                # none only as a report's source or a sentence's subject, the latest to stand so,
                # not one a report is about: "Sen. Tom Roe says President Ann Lee's plan fails ...
                # the Republican candidate repeated")
                if not held and ref in standing:
                    unmarked.append(ref)
                elif held:
                    others.add(self.head_words(ref)[-1])  # (by any of its mentions: "Ann Lee, a Tory MP," and "Ann Lee")
                continue
            if ref not in self.kind_of:
                self.named.add(ref)
            return ref
        latest = max((u for u in unmarked if self.head_words(u)[-1] not in others), key=standing.__getitem__, default=None)
        if latest is not None and latest not in self.kind_of:
            self.named.add(latest)
        return latest

    def caps_surname(self, span: tuple[int, int], surname: str) -> tuple[int, int] | None:
        """The latest person named before ``span`` with ``surname`` in the head of the mention,
        else the full name given before outside any report."""
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            if pk == "person" and prev[1] <= span[0] and surname in self.head_words(prev)[1:]:
                return prev
        full = _full_name_before(self.text, span[0], surname, self.full_names)
        if full is not None:
            self.named.add(full)
        return full

    def resolve_pronoun(self, span: tuple[int, int], low: list[str]) -> tuple[int, int] | None:
        """The one the pronoun ``low[0]`` at ``span`` goes on with, if any, read in steps: the
        writer's "we" and "you" and a report's "I" apart (`writers_we`, `first_person`), the
        latest source of the pronoun's kind and sex (`latest_of_kind`), else the person named
        before it (`person_named_before`) or by the headline's label (`headline_speaker`); then
        one nearer in the pronoun's paragraph (`nearer_in_paragraph`) or opening a sentence since
        (`opening_since`), else a full name the tables lack (`guessed_person`)."""
        if low[0] in ("we", "you") and not self.ctx.layout.inside_quote(span[0]) and not any(
                inside_any(span, c.content) for c in self.candidates):
            # outside every quotation and every report's words, "we" is the writer's or the paper's
            # ("We believe the plan is sound"), none named before; in an interview's answer, the
            # body of the one interviewed, when the introduction names it ("Ann Lee, chief
            # executive of Vexa, spoke to The Sentinel" ... "A: We expect growth")
            # (and "you" the reader's, "If you prefer to stay home", none named before)
            return self.writers_we(span) if low[0] == "we" else None
        singular = low[0] in ("he", "she", "i")
        want = {"person"} if singular else {"group", "organization", "government", "anonymous"}
        if low[0] == "it":
            want = {"organization", "government", "document", "outlet"}
            self.organ_heading = None
            if (heading := self.body_heading_own_words(span)) is not None:
                # the body the words before "it" open with speaks of itself: "Vexa plans to expand,
                # it said" after "Harbor Ventures said", not the body that spoke before
                return heading
        if low[0] == "i":
            return self.first_person(span)
        other = _OTHER_GENDER.get(low[0])
        # a witness giving evidence is no one who sits on the bench: "Judge Ann Lee said ... Giving
        # evidence, she said" is another, the latest person named who is no judge, or no one
        # (so is one who testifies: "The judge warned the jury. “...,” she testified" is the witness)
        bench = self.bench_surnames(span) if singular and (self.cue_lemma in _WITNESS_LEMMAS or _WITNESS_OPENER.search(
            self.text, max(0, span[0] - _WITNESS_OPENER_CHARS), span[0], CONCURRENT) is not None) else set()
        found, post_only, since = self.latest_of_kind(span, low, singular, want, other, bench)
        if found is None and low[0] == "it" and self.organ_heading is not None:
            found = self.organ_heading
        if (found is None or found == post_only) and low[0] in _OTHER_GENDER:
            found = self.person_named_before(span, low, other, found, post_only, bench)
        if found is None and low[0] in _OTHER_GENDER and span[1] <= self.ctx.layout.paragraphs[0][1]:
            found = self.headline_speaker(span, other)
        if found is None and low[0] in _OTHER_GENDER:
            found = self.unnamed_going_on(span, other)
        if found is not None and other is not None and found != post_only and other in (
                _given_name_gender(head := self.head_words(self.ref_of.get(found, found))),
                # (the given name after a post in small letters: "GOP strategist Tom Roe", not the
                # middle name of "Ann Todd Lee")
                _given_name_gender(head[-2:]) if len(head) > 2 and head[-3].islower() else None):
            # the latest source is named by a given name of the other pronoun's: "GOP strategist Tom
            # Roe said ... || One voter, Ann Lee, stopped him. “...,” she said" is the one named before
            found = self.person_named_before(span, low, other, None, None, bench)
        if found is not None and low[0] in _OTHER_GENDER and (boss := self.spoken_for_person(found, span, low[0], other)) is not None:
            found = boss
        if found is not None and low[0] in _OTHER_GENDER:
            found = self.nearer_in_paragraph(found, span, low, other)
        if low[0] in _OTHER_GENDER and (kin := self.kin_apposed_before(found, span, low[0])) is not None:
            found = kin
        sure = True
        if low[0] in _OTHER_GENDER:
            found, sure = self.opening_since(found, span, low, other, since, bench)
        if low[0] in _OTHER_GENDER and (beside := self.beside_other_subject(found, span, low[0])) is not None:
            found, sure = beside, True
        if low[0] in _OTHER_GENDER and self.cue_lemma in _REPLYING_LEMMAS and (answering := self.answering(span, other)) is not None:
            found, sure = answering, True
        if found is not None and bench and self.benched(found, bench):
            found = None
        if found is not None and low[0] in _OTHER_GENDER and sure:
            self.gender[found] = low[0]
        return found

    def beside_other_subject(self, found: tuple[int, int] | None, span: tuple[int, int], pronoun: str) -> tuple[int, int] | None:
        """For a pronoun that opens its sentence, when the sentence before it in its paragraph opens
        with a person known by the other pronoun, the one person of the pronoun's sex that sentence
        names after its subject, by a name or a name's possessive, outside any quotation, when
        the one found was last mentioned before that sentence: "Ann Lee backed Tom Roe's
        campaign. He thanked her" is Roe."""
        text, layout = self.text, self.ctx.layout
        k = sentence_index(layout, span[0])
        if not 0 < k < len(layout.sentences) or layout.sentences[k].start < span[0] - 2 and text[
                layout.sentences[k].start:span[0]].strip(" \t“\"‘'"):
            return None
        lo, hi = layout.sentences[k - 1].start, layout.sentences[k - 1].end
        if "\n" in text[hi:span[0]] or found is not None and max(found[1], self.mentioned_at.get(found, 0)) >= lo:
            return None
        other = _OTHER_GENDER[pronoun]
        subject = _SUBJECT_NAME.match(text, lo, hi, CONCURRENT)
        if subject is None or layout.inside_quote(subject.start(2)):
            return None
        surname = subject.group(2)
        known = next((prev for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "person" and prev[1] <= span[0] and (
            self.names_own(prev, surname))), None)
        if known is None or other not in self.genders_known(known):
            return None
        people = set()
        for n, m in enumerate(_NAME_OR_POSSESSIVE.finditer(text, subject.end(2), hi, CONCURRENT)):
            if n >= _BESIDE_NAMES:
                return None  # (a sentence of many names is no sure guide: a bound on the work too)
            if layout.inside_quote(m.start()):
                continue
            name = m.group(1)
            mention = next((prev for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "person" and prev[1] <= span[0] and (
                self.names_own(prev, name)) and not _many(text, prev)), None)
            # (one of unknown sex may be the pronoun's as well: "Ann Lee backed Dan Roe and Sam Hale")
            if mention is not None:
                said = self.genders_known(mention)
                if other not in said:
                    people.add(self.ref_of.get(mention, mention) if pronoun in said else None)
            elif (full := _full_name_before(text, m.end(), name, self.full_names)) is not None and (
                    said := _given_name_gender(self.words_in(full))) != other:
                people.add(full if said == pronoun else None)
        if len(people) != 1 or None in people:
            return None
        person = people.pop()
        self.named.add(person)
        return person

    def names_own(self, mention: tuple[int, int], surname: str) -> bool:
        """Whether ``surname`` is the name of the one ``mention`` stands for, not the word before a
        post that says whose the post is ("Lee aide Ann Roe")."""
        ref = self.ref_of.get(mention, mention)
        return _names_person(self.text, ref, self.head_words(ref), surname)

    def answering(self, span: tuple[int, int], other: str | None) -> tuple[int, int] | None:
        """For the pronoun of a reply, the one the question of the sentence just before (or of its
        own) was put to, when not known by the other pronoun: "Host Tom Roe asked Ann Lee whether
        she would run. “Absolutely,” she replied." is Lee, whoever asked."""
        if self.asked is None or not 0 <= self.current_sentence - self.asked[1] <= 1 or self.asked[0][1] > span[0]:
            return None
        asked = self.asked[0]
        full = self.resolve(asked, "person")
        full = self.ref_of.get(full, full) if full is not None else asked
        if other is not None and other in (self.gender.get(full), _given_name_gender(self.words_in(full)), _gender_word(self.text, asked)):
            return None
        self.named.add(full)
        return full

    def writers_we(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """A "we" outside every quotation and report: the writer's or the paper's, none named
        before, or in an interview's answer the body of the one interviewed."""
        if (first_question := _interview(self.ctx)) is not None and _answer_paragraph(self.ctx, span[0]) and (
                who := self.interviewed(first_question)) is not None:
            return _body_of_post(self.ctx, who)
        return None

    def first_person(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """A report's "I", outside every quotation: the writer, no one named in the third person;
        only an "I" before it, or the byline's author above it."""
        # ("Lee argues that ... I would argue that ..."; "By Ann Lee" above an opinion piece: the
        # first "I" is hers)
        before = next((prev for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "first" and prev[0] < span[0]), None)
        if before is None and (author := _byline(self.ctx)) is not None and author[1] <= span[0]:
            self.named.add(author)
            return author
        return before

    def bench_surnames(self, span: tuple[int, int]) -> set[str]:
        """The surnames of those named before ``span`` who sit on the bench (``on_the_bench``),
        and of any "Judge", "Coroner" or "Recorder" titled in the text before: "Judge Ann Lee"; the
        bench's nouns too, which end a mention of one named by none ("the judge"), no surname."""
        # (the last word of the mention and of its words before any aside: "Lee" of "The judge, Ann Lee")
        found = {w for prev, pk in self.seen[-_LOOKBACK:] if pk == "person" and prev[1] <= span[0] and self.on_the_bench(prev)
                 for w in (self.words_in(prev)[-1:] + self.head_words(prev)[-1:]) if w[:1].isupper()}
        for m in _BENCH_TITLED.finditer(self.text, max(0, span[0] - _TITLE_REACH), span[0], False, CONCURRENT):
            found.add(m.group(1))
        return found | _BENCH_NOUNS

    def benched(self, mention: tuple[int, int] | None, bench: set[str]) -> bool:
        """Whether a mention names one who sits on the bench, by its words or by a surname of
        ``bench`` (``bench_surnames``)."""
        return mention is not None and (self.on_the_bench(mention) or not bench.isdisjoint(
            self.words_in(mention)[-1:] + self.head_words(mention)[-1:]))

    def on_the_bench(self, prev: tuple[int, int]) -> bool:
        """Whether a person's mention, or the one it stands for, names one who sits on the bench:
        "Judge Ann Lee", "The coroner, Tom Roe", "the magistrate"."""
        return any(w.lower() in _BENCH_NOUNS for w in (*self.words_in(prev), *self.words_in(self.ref_of.get(prev, prev))))

    def latest_of_kind(self, span: tuple[int, int], low: list[str], singular: bool, want: set[str],
                       other: str | None, bench: set[str]) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
        """The latest source before the pronoun of its kind and not of the other sex, walking back
        over those seen: the one found, the one of them known by a post alone that may yet yield
        (``post_only``), and where the search for one named since starts; with ``bench``, none
        who sits on the bench (``on_the_bench``)."""
        text, ref_of, gender = self.text, self.ref_of, self.gender
        found = post_only = None
        since = 0  # where the search for one named since starts when none is found: the text's start, or
        # the same pronoun before, left standing for no one (whatever was named before it, it passed over)
        latest = True
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            if bench and pk == "person" and self.on_the_bench(prev):
                continue  # (a witness giving evidence is no one who sits on the bench)
            if self.askers.get(prev, -1) == self.current_sentence:
                # "Asked by an analyst whether ..., he said": who answers is not who asked
                continue
            if (own := text[prev[0]:prev[1]].lower()) in _FIRST_AND_SECOND_PERSON and own != low[0]:
                continue  # "we" and "you" stand for no one "they" or "it" goes on with
            if own == "it" and low[0] != "it" and prev not in ref_of:
                continue  # nor an "it" that stands for no one named: "it assumes ... they prefer"
            if own == low[0] and prev not in ref_of:
                # the same pronoun before, left standing for no one named, is the one this goes on
                # with, still unnamed: no pronoun is a referent, and the first passed over all before
                # it ("Voters were angry. 'No,' they said. 'Never,' they added")
                since = prev[1]
                break
            # (a mention that stands for another is known by that one's pronoun: "Ann Lee said ... she
            # said ... The lawyer said")
            # (or by the given name of the one it stands for: "Gov. Christie" for "Chris Christie")
            said = gender.get(prev) or gender.get(ref_of.get(prev, prev)) or (
                _given_name_gender(self.words_in(prev)) or _given_name_gender(self.words_in(ref_of.get(prev, prev))) if pk == "person" else None)
            if said is None and pk == "person" and (own := text[prev[0]:prev[1]].lower()) in _OTHER_GENDER:
                said = own  # a pronoun is known by itself: "she claimed ... He said" is someone else
            # (one left unnamed, known by no pronoun yet, when it is the latest source: "A nurse, who asked
            # not to be named, said ... She said")
            unnamed = latest and said is None and self.hinted.get(prev) is None and prev[0] < span[0] and (
                _paragraphs_between(text, prev[1], span[0]) == 0 and _PRONOUN_OPENS.search(text, max(0, span[0] - 3), span[0]) is not None) and not (
                # (an unnamed source or insider, whose sex the paper keeps back, is no "she" that opens the
                # next paragraph: "A source said: ... || She wrote on Instagram" is the star's)
                pk == "anonymous" and any(w.lower() in _KEPT_BACK for w in self.words_in(prev)[:3]) and "\n" in text[prev[1]:span[0]])
            latest = False
            if singular and pk == "person" and said is None and prev not in ref_of and (
                    (opener := self.words_in(prev)[0].lower()) in _THING_DETERMINERS or opener in en.POSSESSIVE_PRONOUNS) and (
                    self.said_by.get(prev) and all(_refused_comment(text, r) for r in self.said_by[prev])) and (
                    _paragraphs_between(text, prev[1], span[0]) > 0):
                continue  # one known by a post who only declined to comment says no more in a later paragraph:
                # "A representative for the singer declined to comment. || Speaking on ITV, she said" is the singer
            if not singular and low[0] != "it" and pk == "government" and _place_named(text, prev):
                continue  # a country is "it", not "they": "Egypt said ... They said" is someone else
            if pk == "person" and _place_possessive(text, prev):
                continue  # a place's name read as a person's source is no one: "America’s best hope for"
            if singular and pk == "person" and prev not in ref_of and _no_one_named(self.words_in(prev), self.lex):
                continue  # a mention of no name and no noun for a person is no "he" or "she": "among those",
                # "whose political arm", "15,000 strong" (words the scan took for a source)
            if low[0] == "it" and pk == "document" and _many_records(self.head_words(prev)):
                continue  # "according to exchange data. It said": figures in the plural are no "it", nor speak
            # (not one named in an aside: "a third, Tom Dunn")
            thing = singular and pk in want and prev[0] < span[0] and _someones_thing(self.head_words(prev), self.lex) and (
                _COMMA_NAME.search(text, *prev, CONCURRENT) is None)
            if thing and found is None and (owner := self.possessor(prev, other)) is not None:
                # "Tom Dunn ... Dunn's speech ran long. He said": the one whose thing the latest
                # source is, named before, is whom the pronoun goes on with
                found = owner
                break
            # "she" is no "Reyes and other owners": people joined by "and" are many
            # (an unnamed one is one ("An official, speaking on condition of anonymity") or one's
            # ("Lee's coach, who asked not to be named", "his manager"): a later "he" or "she" goes on with them)
            # (and one the text withholds the name of, the latest source just before: "The driver,
            # who cannot be named, told the court ... “...,” he said")
            if (pk in want or singular and pk == "anonymous" and (_one_unnamed(first := self.words_in(prev)[0]) or (
                    unnamed and first.lower() == "the")) and (unnamed or low[0] in (said, self.hinted.get(prev)))) and prev[0] < span[0] and not (singular and (
                    _many(text, prev) or _collective(self.words_in(prev)) or thing or _plural_people(self.head_words(prev)))) and (
                    other is None or said != other):
                # (a hint of the other is weaker than what is known: "His agent, Maria Lopez, said he
                # ... She said" is Lopez)
                if other is None or self.hinted.get(prev) != other or said == low[0]:
                    if found is None and other is not None and said is None and self.hinted.get(prev) is None and (
                            prev not in ref_of and len(self.words_in(prev)) >= 2 and self.words_in(prev)[0].lower() in _THING_DETERMINERS
                            and all(w.islower() or w.endswith(("'s", "’s")) for w in self.words_in(prev)[1:])):
                        # "Ann Lee ... The county's chief clerk said ... she said": one known by a
                        # post alone, of no known pronoun, yields to one named in the paragraph or the
                        # one before, known by this one
                        found = post_only = prev
                        continue
                    if found is not None and found == post_only and _new_role_in_paragraph(text, post_only, prev, span, self.words_in(post_only)):
                        # "Dan Price denies murder. || The pathologist told the court ... “...,” he
                        # said": one brought in by a calling, no title a name bears, in the pronoun's
                        # own paragraph is a speaker of its own, not one named in a paragraph before
                        break
                    if found is None or low[0] in (said, self.hinted.get(prev)) and (
                            found != post_only or _paragraphs_between(text, prev[1], span[0]) <= 1):
                        found = prev
                        break
                elif found is None:
                    # only hinted the other ("Lee said she ..."): taken unless one before is known by this one
                    found = prev
        return found, post_only, since

    def unnamed_going_on(self, span: tuple[int, int], other: str | None) -> tuple[int, int] | None:
        """With no one else found, the latest source, one left unnamed of no known sex, when the
        pronoun trails a quotation that opens the next paragraph: "A senior police officer said ...
        || “We are still looking,” he added" (not one whose sex the paper keeps back, "a source")."""
        text = self.text
        prev = next(((prev, pk) for prev, pk in reversed(self.seen[-_LOOKBACK:]) if prev[1] <= span[0]), None)
        if prev is None or prev[1] != "anonymous" or not _one_unnamed(self.words_in(prev[0])[0]):
            return None
        prev = prev[0]
        if prev in self.ref_of or self.gender.get(prev) or self.hinted.get(prev) == other or any(
                w.lower() in _KEPT_BACK for w in self.words_in(prev)[:3]) or _paragraphs_between(text, prev[1], span[0]) != 1:
            return None
        para = text.rfind("\n", prev[1], span[0]) + 1
        if not (para < span[0] and text[para] in _OPENING_QUOTES and self.ctx.layout.inside_quote(para + 1)) or (
                _PRONOUN_OPENS.search(text, max(0, span[0] - 3), span[0]) is None):
            return None
        return prev

    def person_named_before(self, span: tuple[int, int], low: list[str], other: str | None,
                            found: tuple[int, int] | None, post_only: tuple[int, int] | None,
                            bench: set[str]) -> tuple[int, int] | None:
        """With no one found, or one known by a post alone: the person last named in the text (by
        none of the surnames ``bench``)."""
        text = self.text
        # no one named in a report before: the person last named in the text ("Ann Lee, 34,
        # lost her home. “It’s gone,” she said.")
        person = self.person_before(span, other, avoid=bench)
        for _ in range(_BODY_SKIPS):
            if person is None or kinds.kind(text, *person, self.lex) not in _NO_PERSONS_KINDS:
                break
            # a name read as a paper's or a body's is no one "he" or "she" stands for: "Jean Roux
            # wrote a novel. In an interview broadcast by Le Monde, he said" is Roux; the person
            # named before it, if any
            person = self.person_before((person[0], person[0]), other, avoid=bench)
        if found is None or person is not None and _given_name_gender(self.words_in(person)) == low[0] and (
                "\n" in text[found[1]:span[0]]) and any(w.lower() in _SPEAKS_FOR for w in self.head_words(found)):
            # (one who speaks for another, known by the post alone and of no known sex, in a paragraph
            # before, yields to one named whose given name says the pronoun: "Singer Ann Roe wed. || A
            # spokesman for the couple said ... || She said"; a spokesman may be a woman, "spokesman
            # Hope Hicks", so no name of the other yields; in its own paragraph the post goes on, "A
            # spokesman said ... He said", as one who speaks for no one does: "A nurse said ... || She said")
            found = person
        elif found == post_only and person is not None and person[0] >= found[1] and (
                _given_name_gender(self.words_in(person)) == low[0] or self.gender.get(person) == low[0]) and (
                not self.ctx.layout.inside_quote(person[0])) and not any(inside_any(person, c.content) for c in self.candidates):
            # one known by a post alone, of no known sex, yields to one named after it outside any
            # report whose name says the pronoun: "The BBC's director general said ... The chair, Dame
            # Sheila Rowe, was less sure. She once joked" is Rowe
            found = person
        if found is not None and found != post_only:
            # (with the post it is in apposition to: "The judge, Rosa Pike, looked tired")
            found = _post_apposed_to(self.ctx, found, span[0]) or found
            self.named.add(found)
        return found

    def spoken_for_person(self, found: tuple[int, int], span: tuple[int, int], pronoun: str,
                          other: str | None) -> tuple[int, int] | None:
        """The person one who speaks for another, known by the post alone and of no known sex,
        speaks for, when the mention names that one by a name or a possessive of the pronoun's
        sex and the pronoun stands in a later paragraph: "Ann Roe's representative said ... ||
        In a 2019 interview, she said" is Roe, as "Her spokesman said" after "Ann Roe" is."""
        # (in its own paragraph the post goes on: "A representative for Mr. Lee said ... He added")
        text = self.text
        # (a hint of the pronoun is no sign of its own: "A spokesman for Mr. Hale said he was ill" is Hale's "he")
        if found in self.ref_of or found in self.gender or "\n" not in text[found[1]:span[0]]:
            return None
        if (m := _SPEAKER_FOR_PERSON.fullmatch(text, *found, CONCURRENT)) is None or m.group("noun").lower() not in _SPEAKS_FOR:
            return None
        if (own := m.group("own")) is not None:
            # "Her spokesman said": the person named before the mention whom the pronoun is known by
            if _POSSESSIVE_SEX.get(own.lower()) != pronoun:
                return None
            person = self.person_before((found[0], found[0]), other)
            if person is None or pronoun not in (self.gender.get(person), _given_name_gender(self.words_in(person))):
                return None
            self.named.add(person)
            return person
        name = m.span("owner") if m.group("owner") is not None else m.span("for")
        words = self.words_in(name)
        surname = words[-1]
        # an earlier source of the surname, else the full name given before, else the name itself
        earlier = next((self.ref_of.get(prev, prev) for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "person" and (
            prev[1] <= found[0]) and surname in self.head_words(prev) and not _many(text, prev)), None)
        full = earlier or _full_name_before(text, name[0], surname, self.full_names) or name
        title = _TITLE_PRONOUNS.get(words[0].rstrip(".")) if len(words) > 1 else None
        said = self.gender.get(full) or title or _given_name_gender(self.words_in(full)) or (
            # (a name of one word, a given name the table knows: "Adele's representative")
            name_genders().get(surname.lower()) if full == name and len(words) == 1 else None)
        if said != pronoun:
            return None
        self.named.add(full)
        return full

    def person_before(self, span: tuple[int, int], other: str | None, *, unknown: bool = False,
                      avoid: Collection[str] = ()) -> tuple[int, int] | None:
        """The person last named before the pronoun at ``span``, none known by the other pronoun
        ``other`` among the latest gendered mentions (a bound on the work per pronoun, as the
        lookback is), its full name taken where a surname alone stands; with ``unknown``, one
        whose given name the tables lack too; none by a surname in ``avoid``."""
        text = self.text
        return _person_named_before(text, span[0], self.surnames_known_by(other) | set(avoid), other,
                                    lambda surname, at: _full_name_before(text, at, surname, self.full_names), True, unknown=unknown)

    def headline_speaker(self, span: tuple[int, int], other: str | None) -> tuple[int, int] | None:
        """In the first paragraph, no one named before: the person the headline's label names."""
        if self.headline_label is False:
            self.headline_label = _headline_label_name(self.text, self.lex)
        if self.headline_label is not None and self.headline_label[1] < span[0] and _given_name_gender(
                self.words_in(self.headline_label)) != other:
            # "Trump: Mexico will pay for the wall, he says": a headline's pronoun, no one named
            # before it, goes on with the person its label before the colon names
            self.named.add(self.headline_label)
            return self.headline_label
        return None

    def nearer_in_paragraph(self, found: tuple[int, int], span: tuple[int, int], low: list[str],
                            other: str | None) -> tuple[int, int]:
        """One named after the source found and nearer the pronoun: a person opening its paragraph,
        or a surname alone opening the sentence before."""
        text, ref_of, gender = self.text, self.ref_of, self.gender
        if (nearer := _person_opening_paragraph(
                self.ctx, found[1], span[0], low[0])) is not None:
            # "A spokesman said ... || Her neighbour, Tom Reid, was less forgiving. 'No,' he
            # said": a person named outside any report in the first sentence of the pronoun's
            # paragraph, after the source found, by a given name of the pronoun's
            found = _post_apposed_to(self.ctx, nearer, span[0]) or nearer
            self.named.add(found)
        if (opening := _surname_opening_sentence_before(self.ctx, found[1], span[0])) is not None:
            # "Tom Vance ... A spokesman said ... || Vance conceded after midnight. In a statement,
            # he said": a surname alone that opens the sentence before the pronoun's, in its
            # paragraph, after the source found, for a full name given before, of no other pronoun
            surname = text[opening[0]:opening[1]]
            full = _full_name_before(text, opening[0], surname, self.full_names)
            # (its given name the pronoun's in the table; not the one found again: "Chris Cox, who
            # runs the group")
            if full is not None and surname not in self.words_in(ref_of.get(found, found)) and gender.get(full) != other and (
                    _given_name_gender(self.words_in(full)) == low[0]):
                found = full
                self.named.add(found)
        return found

    def kin_apposed_before(self, found: tuple[int, int] | None, span: tuple[int, int], pronoun: str) -> tuple[int, int] | None:
        """A name set off by commas after one's kin or post, opening a sentence before the pronoun's
        in its paragraph, after the source found was last mentioned, of the pronoun's sex."""
        # "Tom Reid runs the farm. || His wife, Helen, is less diplomatic. 'No,' she says": a name
        # in apposition to "his wife", "her son", "their lawyer" is whom the next "she" or "he"
        # of its sex goes on with, its sex told by the noun ("wife") or by the given name
        if found is not None and max(found[1], self.mentioned_at.get(found, 0)) > span[0]:
            return None
        text = self.text
        lo = max(text.rfind("\n", max(0, span[0] - _OPENING_REACH - 1), span[0]) + 1, span[0] - _OPENING_REACH,
                 max(found[1], self.mentioned_at.get(found, 0)) if found is not None else 0)
        # most paragraphs set off no name by commas, nor name kin: ask that first, before reading
        # where their sentences end
        if _NAME_SET_OFF.search(text, lo, span[0], CONCURRENT) is None or (
                _KIN_APPOSED.search(text, lo, span[0], CONCURRENT) is None
                and _KIN_OF_ANOTHER_APPOSED.search(text, lo, span[0], CONCURRENT) is None):
            return None
        ends = _sentence_ends(text, lo, span[0])
        if not ends:
            return None
        kin = None
        for m in _KIN_APPOSED.finditer(text, lo, ends[-1], CONCURRENT):
            head = m.group(1).lower()
            said = _GENDER_WORDS.get(head) or name_genders().get(m.group(2).lower())
            if said == pronoun and not self.ctx.layout.inside_quote(m.start()) and (
                    not head.endswith("s") or head.endswith("ss")) and _persons_noun(head, self.lex):
                kin = m.span(3)
        # "A statement from the victim's mother, Ann Roe, was read out": inside a sentence too, a name
        # set off after another's kin the noun tells the sex of, in a sentence wholly after the one found
        # (not "Ann Lee said her sister's son, Tom Roe, was hurt. 'No,' he said" for one that sentence is of)
        first = _sentence_ends(text, found[1], ends[-1], first=True) if found is not None else []
        since = first[0] if first else lo
        for m in _KIN_OF_ANOTHER_APPOSED.finditer(text, max(lo, since), ends[-1], CONCURRENT):
            if (kin is None or m.start() > kin[0]) and _KIN_GENDERS.get(m.group(1).lower()) == pronoun and not (
                    self.ctx.layout.inside_quote(m.start())):
                kin = m.span(2)
        if kin is not None:
            self.named.add(kin)
        return kin

    def opening_since(self, found: tuple[int, int] | None, span: tuple[int, int], low: list[str],
                      other: str | None, since: int, bench: set[str]) -> tuple[tuple[int, int] | None, bool]:
        """The person or post that opens a sentence since, over the one found, else, with no one
        found, a guessed person; and whether the pronoun is known to be theirs (the person's own
        pronoun, "he" or "she": ``low[0]``); with ``bench``, none who sits on the bench."""
        sure = True
        if (nearer := self.subject_since(found, span[0], low[0], since)) is not None and not (
                bench and self.benched(nearer[0], bench)):
            # "Lee said ... || Clinton aimed her speech at Trump. “We know,” she told the crowd":
            # the person a sentence since opens with, in the pronoun's paragraph or the one before,
            # outside any quotation, is the one the pronoun goes on with, not a source named before
            # (known by the pronoun only when nothing else says it: it may stand for another still)
            found, sure = nearer
        elif (role := self.role_since(found, span[0], low[0], since)) is not None and not (bench and self.benched(role, bench)):
            # "Lee, an economist, said ... || The governor has been careful. In a speech, he said": a
            # post of one person that opens a sentence since, outside any report, is whom the pronoun
            # goes on with, not the source before (not known by the pronoun: it may be another)
            found, sure = role, False
        if found is None:
            found = self.guessed_person(span, low, other)
            sure = False
        return found, sure

    def guessed_person(self, span: tuple[int, int], low: list[str], other: str | None) -> tuple[int, int] | None:
        """No one else at all: the one full name in reach whose given name the tables lack."""
        gender = self.gender
        # no one else at all: the one full name in reach whose given name the tables lack, read
        # as a person's ("Tia Marsh opened the shop. She said"), not known by the pronoun
        found = self.person_before(span, other, unknown=True)
        if found is not None:
            self.named.add(found)
            # (guessed, yet the one it was used with: a later pronoun of the other is someone
            # else, "Tia Marsh opened the shop. She said ... Asked, he said")
            gender.setdefault(found, low[0])
        return found

    def role_since(self, found: tuple[int, int] | None, start: int, pronoun: str, since: int = 0) -> tuple[int, int] | None:
        """The post of one person that opens a sentence since the mention of ``found``, before
        ``start`` (see ``_role_subject``), or the person named before it holds ("Sen. Ann Lee ...
        The senator paused": Lee); None when ``found`` is a person named in its paragraph or the
        one before, given no other post after the name: "the senator" is likely that one."""
        role = _role_subject(self.ctx, self.mentioned_at.get(found, found[1]) if found is not None else since, start, pronoun)
        if role is None:
            return None
        (at, end), noun = role
        if found is not None:
            ref = self.ref_of.get(found, found)
            head = self.head_words(ref)
            if _named_person(head) and _paragraphs_between(self.text, self.mentioned_at.get(found, found[1]), at) <= 1 and (
                    not _given_another_post(self.text, ref, head, noun, at)):
                return None
        holder = self.latest_named((at, end), noun) if _definite_role([w.lower() for w in self.words_in((at, end))]) else None
        if holder is not None and _OTHER_GENDER[pronoun] not in (self.gender.get(holder), _given_name_gender(self.words_in(holder))):
            return holder
        if (known := holder or self.ref_of.get((at, end))) is not None and _OTHER_GENDER[pronoun] in (
                self.gender.get(known), _given_name_gender(self.words_in(known))):
            # (a post that stands for one of the other pronoun is no one this pronoun goes on with:
            # "Tesco boss Ken Murphy said ... The chief executive said ... she said" is no Murphy)
            return None
        return at, end

    def possessor(self, thing: tuple[int, int], other: str | None) -> tuple[int, int] | None:
        """The person a thing's possessive names ("Dunn's speech"), by a source before it with
        the surname, else the full name given before, when not known by the ``other`` pronoun."""
        gender = self.gender
        first = self.words_in(thing)[0]
        owner = first[:-2]
        if not (first.endswith(("'s", "’s")) and owner[:1].isupper() and owner[1:].islower() and owner.isalpha()):
            return None
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            if pk == "person" and prev[1] <= thing[0] and owner in self.head_words(prev) and not _many(self.text, prev):
                ref = self.ref_of.get(prev, prev)
                return ref if other not in (gender.get(prev), gender.get(ref), _given_name_gender(self.words_in(ref))) else None
        full = _full_name_before(self.text, thing[0], owner, self.full_names)
        return full if full is not None and _given_name_gender(self.words_in(full)) != other and gender.get(full) != other else None

    def surname_opening_since(self, latest: tuple[int, int], span: tuple[int, int]) -> tuple[int, int] | None:
        """The full name, named before, whose surname alone opens a sentence outside any quotation
        after the latest report's mention ``latest`` and before ``span``, in the paragraph of
        ``span`` or the one before, as that sentence's subject (a comma or a word in small letters
        after it, `_SURNAME_OPENING`), when it is no part of the name the latest mention stands for:
        the last such."""
        text, layout = self.text, self.ctx.layout
        lo = max(self.mentioned_at.get(latest, latest[1]), _paragraph_start_back(text, span[0], 1))
        if lo >= span[0]:
            return None
        own = {w.lower() for w in (*self.words_in(latest), *self.words_in(self.ref_of.get(latest, latest)))}
        found = None
        for k in range(sentence_index(layout, lo), sentence_index(layout, span[0]) + 1):
            start = layout.sentences[k].start
            if start < lo or start >= span[0] or layout.inside_quote(start):
                continue
            m = _SURNAME_OPENING.match(text, start, span[0], CONCURRENT)
            if m is None or m.group(2).lower() in own or m.group(2).lower() in _NOT_GIVEN:
                continue
            if (full := _full_name_before(text, start, m.group(2), self.full_names)) is not None:
                found = full
        return found

    def named_reporter_near(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The latest person a report named before ``span``, by name, in its paragraph or the one
        before: "Ortega said ..." for "The Spaniard admitted"."""
        latest = next((prev for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "person" and prev[1] <= span[0]), None)
        if latest is not None and _paragraphs_between(self.text, self.mentioned_at.get(latest, latest[1]), span[0]) <= 1 and (
                _named_person(self.words_in(self.ref_of.get(latest, latest)))):
            # (a person by name: "The Tennessean reported" after "the governor's spokeswoman said" is a paper)
            return latest
        return None

    def player_reporter_near(self, span: tuple[int, int], noun: str) -> tuple[int, int] | None:
        """The person a report named just before ``span`` (``named_reporter_near``), for a player's
        place ``noun`` no one was named with ("Ben Stokes said ... The all-rounder said"), unless named
        with a post no player holds or another player's place ("Manager Tom Lee said ... The striker
        said", "Striker Tom Roe said ... the goalkeeper said" is another, the one spoken of), or the
        noun was said of someone since ("Ann Lee said a bowler was hurt ... the bowler said")."""
        reporter = self.named_reporter_near(span)
        if reporter is None or any(w not in _PLAYER_POSTS and (w in en.PERSON_NOUNS or w in en.TITLES or w in _POST_SYNONYMS)
                                   or _other_playing_place(w, noun) for w in (
                w.lower() for w in (*self.head_words(self.ref_of.get(reporter, reporter)), *self.head_words(reporter)))):
            return None
        if whole_word_in(self.text, noun, reporter[1], span[0]):
            return None
        return reporter

    def resolve_noun(self, span: tuple[int, int], kind: str | None, words: list[str], low: list[str]) -> tuple[int, int] | None:
        """The one a mention by a noun or a name stands for, each sort of noun read by its own method."""
        text = self.text
        described = low != ["the", "agency"] and _described_agency(words)
        if (low == ["the", "agency"] or described) and (body := self.agency_noun(span, described)) is not None:
            return body
        if len(low) == 2 and low[0] == "the" and kind == "document" and document_noun(low[1]):
            # "the study", "the report": the latest document of that noun a report before had as its
            # source ("A study published in a journal found ... The study also found")
            found = _document_before(text, span, low[1], self.seen[-_LOOKBACK:])
            return self.ref_of.get(found, found) if found is not None else None
        if len(low) == 2 and low[0] == "the" and low[1] in _PAIR_NOUNS:
            # "the couple", "the pair", "the two": the two people last named together before it
            # ("Tom Hale and Ann Roe", "Tom Hale and his wife Ann"), as people, many
            if (pair := _pair_named_before(text, span[0], self.ctx.layout.inside_quote)) is not None:
                self.kind_of.setdefault(pair, "group")
            return pair
        if len(low) == 2 and low[0] == "the" and low[1] in _PLACE_NOUNS:
            # "the kingdom", "the state": the latest place named that spoke ("Saudi Arabia said ...
            # The kingdom said")
            return next((p for p, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "government" and p[1] <= span[0]
                         and _place_named(text, p)), None)
        if low == ["the", "government"] and kind == "government":
            # "Turkey said ... the government called on": the source named last, when a country
            # or its capital by name, in the paragraph of the mention or the one before (not a
            # state's or a province's: "Texas sued ... The government said" is the nation's)
            prev = self.latest_source(span)
            if prev is not None and prev[1] == "government" and _nation_named(text, prev[0]) and (
                    _paragraphs_between(text, prev[0][1], span[0]) <= 1):
                return self.ref_of.get(prev[0], prev[0])
        wire = low[:1] == ["the"] and " ".join(low[1:]) in _WIRE_NOUNS  # "the news agency", "the wire service"
        if len(low) == 2 and low[0] == "the" and low[1] in en.OUTLET_NOUNS or wire:
            return self.outlet_noun(span, low, wire)
        if len(low) == 2 and low[0] == "the" and _INITIALISM.fullmatch(words[1]) and (holder := _bracketed_post_holder(
                text, span, words[1], [p for p, pk in self.seen[-_LOOKBACK:] if pk == "person"])) is not None:
            # a post's initials the text gave in brackets after it, before the holder's name, stand
            # for that person, whatever body the initials may name elsewhere: "Superintendent of
            # Police (SP) Ann Rao said ... The SP said" (the Samajwadi Party's "SP" too)
            self.kind_of.setdefault(holder, "person")
            return holder
        if len(low) == 2 and low[0] == "the" and kind == "person" and words[1].isupper() and _INITIALISM.fullmatch(words[1]) and (
                holder := _initialled_title_holder(words[1].lower(), span, [p for p, pk in self.seen[-_TITLE_LOOKBACK:] if pk == "person"],
                                                   self.words_in)) is not None:
            # a post given by the initials of its words, named in full before a name: "Chief
            # Election Commissioner Ann Rao said ... The CEC added"
            return holder
        if 2 <= len(low) <= 4 and low[0] == "the" and (low[-1] in en.TITLES or low[-1] in en.RANK_TITLES or low[-1] in _TITLE_ABBREVIATIONS):
            if (holder := self.title_noun(span, low)) is not None:
                return holder
        if len(low) == 3 and low[0] == "the" and not _COMPANY_NOUNS.get(low[2], True) and words[1].isalpha() and (
                words[1].islower() or _INITIALISM.fullmatch(words[1]) and low[1] not in place_names()
        ) and low[1] not in _ANOTHER_BODYS:
            # "the food group", "the software company", "the IT firm": a business by its trade's word
            # (or the trade's initials, but not a place's: "the US firm") and its noun stands for whom
            # the noun alone would (not "the parent company", another body)
            modifier, low = low[1], ["the", low[2]]
        elif len(low) >= 2 and (described := _described_business(text, span)) is not None:
            # so do a noun's hyphened words and its rank in the world or a place: "the
            # state-owned company", "the co-operative", "the world's largest dairy exporter"
            modifier, low = described[1], ["the", described[0]]
        else:
            modifier = None
        if len(low) == 2 and low[0] == "the" and low[1] in _COMPANY_NOUNS:
            return self.company_noun(span, kind, low, modifier)
        if low[:1] == ["the"] and (len(low) == 2 and low[1] in _YOUNG_NOUNS or 4 <= len(low) <= 5 and low[1].isdigit() and (
                low[2:4] == ["year", "old"]) and (len(low) == 4 or low[4] in en.PERSON_NOUNS or low[4] in _PLAYING_ROLES)):
            return self.aged_noun(span, kind, words, low)
        if len(low) == 2 and low[0] == "the" and low[1] in _BODY_WORK_NOUNS and (body := _latest_government(
                text, self.lex, self.seen, span, lambda p: _named_for_work(self.words_in(p), low[1]))) is not None:
            # "Kent Police said ... The force said", "the Met Office said ... The forecaster said": a
            # state's body called by a noun of its work, the latest named by a word of that work
            return body
        if 2 <= len(low) <= 3 and low[0] == "the" and low[-1] in _OVERSIGHT_NOUNS and words[-1].islower() and (
                words[1].islower() or _placing_word(words[1])) and (
                body := _overseer_before(text, span, self.seen[-_LOOKBACK:], self.words_in, self.ctx.lexicon)) is not None:
            # "Ofqual said ... The exam regulator said", "A report by Ofsted found ... The watchdog
            # said", "The FCA said ... the City regulator said": the latest state body named by a
            # bare name or a name of oversight
            return body
        if len(low) == 3 and low[0] == "the" and low[1] in _LOCAL_NOUN_WORDS and low[2] in en.LOCAL_BODY_NOUNS and (
                body := _latest_government(text, self.lex, self.seen, span, lambda p: _local_government_body(text, p, self.words_in(p)))) is not None:
            # "the Brihanmumbai Municipal Corporation (BMC) said ... The civic body said": a local
            # government's body called by a word of its level, the latest local body named
            return body
        if low[:1] == ["the"] and low[-2:] == ["governing", "body"] and len(low) <= 4:
            # "the governing body", "the sport's governing body": the latest body a report named that
            # governs, by its name's last word or its initials ("the Football Association", "the
            # ECB") or as the table knows it ("Fifa"), no club ("Chelsea said ... the governing body")
            return next((prev for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk in INSTITUTION_KINDS and prev[1] <= span[0] and (
                _governing_name(text[prev[0]:prev[1]], self.words_in(prev)))), None)
        if len(low) == 2 and low[0] == "the" and (low[1] in en.ORGANIZATION_WORDS or low[1] in en.GOVERNMENT_WORDS):
            return self.body_noun(span, low) or self.possessed_body(span, low[1])
        if len(low) == 2 and low[0] == "the" and kinds.plural(low[1]) and (
                kinds.singular(low[1]) in en.ORGANIZATION_WORDS or kinds.singular(low[1]) in en.GOVERNMENT_WORDS):
            # a body's noun in the plural stands for a body whose name ends in it, and none other:
            # "the charity the Wildlife Trusts ... The trusts said"
            return self.body_noun(span, low)
        if len(low) == 3 and low[0] == "the" and low[2] in en.ORGANIZATION_WORDS:
            return self.two_word_body_noun(span, words, low)
        if len(low) == 3 and low[0] == "the" and (low[1] == "head" and low[2] in _POST_SYNONYMS or words[1][:1].isupper() and (
                words[1][1:].islower() and (low[2] in _POST_SYNONYMS or low[2] in _PLAYING_ROLES))) and kind == "person":
            return self.side_post_noun(span, low)
        if len(low) == 2 and low[0] == "the" and (
                low[1] in en.PERSON_NOUNS or low[1] in en.PERSON_INITIALISMS or low[1] in _PLAYING_ROLES or low[1] in _POST_SYNONYMS or (
                    # (a house member's letters in capitals, Ireland's "TD" too, a bank's name alone)
                    low[1] in _HOUSE_MEMBER_LETTERS and words[1].isupper())):
            return self.post_noun(span, low)
        if len(low) == 2 and low[0] == "the" and kind == "group" and words[1].islower() and (
                kinds.plural(low[1]) or low[1] in en.CROWD_NOUNS):
            # "the residents", "the petitioners": the latest group named by that noun, as its head or
            # its appositive ("Residents of Elm Street", "Ann Lee and Tom Roe, the petitioners"), none other
            # (the same two words before stand for no one more: "The residents said ... the residents added");
            # so does a crowd's noun in the singular, its indefinite mention placed by a word or a phrase
            # ("A rescue crew said ... The crew said", "a delegation of farmers ... the delegation")
            return next((prev for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "group" and prev[1] <= span[0] and (
                [w.lower() for w in self.words_in(prev)] != low) and _group_named_by(text, prev, low[1])), None)
        if len(low) == 2 and low[0] == "the" and words[1][:1].isupper() and words[1][1:].islower() and low[1].endswith(_DEMONYM_ENDS) and kind != "outlet":
            # "the Texan", "the Briton": the latest person a post or an appositive gave the place
            # ("Texas Governor Dale Pruitt", "Dale Pruitt, a Texas Republican")
            for prev, prev_kind in reversed(self.seen[-_LOOKBACK:]):
                if prev_kind == "person" and prev[1] <= span[0] and _placed(text, prev, low[1]):
                    return prev
        if len(low) == 2 and low[0] == "the" and low[1] in en.DEMONYMS and words[1][:1].isupper():
            # "Ortega said ... The Spaniard admitted", "Petrov said ... the Russian added": a noun
            # of a place's people with no person of that place named, the latest person a report
            # named, in this paragraph or the one before, or one named by a full name in this
            # paragraph or the one before since ("Ortega said ... Coach Luis Andrade was angry. The
            # Spaniard said")
            latest = next((prev for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "person" and prev[1] <= span[0]), None)
            full_name = _full_name_in_paragraph(text, span)
            if full_name is not None and (latest is None or full_name[0] >= self.mentioned_at.get(latest, latest[1])):
                return full_name
            if latest is not None and (since := self.surname_opening_since(latest, span)) is not None:
                # another, named by a surname opening a sentence after the latest report, is whom the
                # noun turns to: "Ana Petrova beat Mia Roe. “...,” Petrova said. Roe, who won in
                # Paris, fell to 4-3. “...,” the Briton said" is Mia Roe
                return since
            if (reporter := self.named_reporter_near(span)) is not None:
                return reporter
        if len(low) == 2 and low[0] in _KIN_OWNERS and words[1].islower() and kind == "person":
            # "Her daughter, Ann Reid, said ... “...,” her daughter said": the latest person named
            # after the same two words ("His brother Sam", "Their neighbour, Tom Hale")
            owners, ties = (low[0],), (low[1],)
        elif len(low) == 3 and low[0] == "the" and words[1].islower() and low[1].endswith(("'s", "’s")) and (
                low[2] in _KIN_GENDERS or low[2] in en.KIN_NOUNS) and kind == "person":
            # "His wife of 50 years, Mary, said ... The actor's widow said": a kin of one known by a post
            # is the latest person named as that kin of "his", "her" or "their" (a widow, as the wife)
            owners, ties = _KIN_OWNERS, (low[2], _KIN_BEFORE_DEATH.get(low[2], low[2]))
        else:
            owners = ties = ()
        for prev, prev_kind in reversed(self.seen[-_LOOKBACK:]) if owners else ():
            if prev[0] >= span[0] or prev_kind != "person":
                continue
            pw = self.words_in(prev)
            if len(pw) > 2 and pw[0].lower() in owners and pw[1].lower() in ties and (
                    pw[2][:1].isupper() or _COMMA_NAME.search(text, *prev, CONCURRENT)):
                # (the name right after, or after an aside: "His wife of 50 years, Mary")
                return prev
        if len(low) == 2 and low[0] == "the" and (words[1].islower() or words[1][1:].islower()) and kind in ("person", "anonymous"):
            # "Ann Lee, a selector, said ... The selector added": a noun no table holds, which an
            # earlier person's appositive gave her, or the latest left unnamed that it heads, past a
            # word or two that place it ("A royal insider said ... the insider added", "a senior
            # Labour source ... The source said"); in capitals too, a party's member ("Tom Roe, a
            # Democrat from Ohio ... The Democrat said"), else read as a name ("the Donald")
            for prev, prev_kind in reversed(self.seen[-_LOOKBACK:]):
                if prev[0] >= span[0] or prev_kind not in ("person", "anonymous"):
                    continue
                lw = [w.lower() for w in self.words_in(prev)]
                lw = lw[:_before_relative(lw)]  # (not a noun in its relative clause: "a man who met a diplomat")
                k = next((lw.index(n) for n in _UNNAMED_SYNONYMS.get(low[1], (low[1],)) if n in lw), -1)
                if k > 0 and _unnamed_head(lw, k) and (k == len(lw) - 1 or lw[k + 1] in _UNNAMED_NOUN_TAILS):
                    return prev
            if words[1].islower():
                # or a person the noun stood before, though no report's: "Model Gia Moretti shared a
                # photo ... The model wrote", "pop star Lena Vos ... the star said"
                placed = _trade_named_before(text, span, low[1], low[1], self.ctx.lexicon) if kind == "person" else None
                return (self.resolve(placed, kind) if placed is not None and len(self.words_in(placed)) == 1 else None) or placed
        if 3 <= len(low) <= 4 and low[0] == "the" and words[-1].islower() and kind == "person" and (
                placed := _trade_named_before(text, span, " ".join(words[1:]), low[-1], self.ctx.lexicon)) is not None:
            # a noun and the word that places it, as they stood before a name or in apposition: "Oscar
            # winner Mara Quinlan ... the Oscar winner said", "campaign manager Tom Roe ... the campaign
            # manager said", "Scottish Labour leader Ann Kerr ... the Scottish Labour leader said" (a
            # surname in apposition stands for its full name: "Roe, the campaign manager")
            return (self.resolve(placed, kind) if len(self.words_in(placed)) == 1 else None) or placed
        if 3 <= len(low) <= 5 and low[0] == "the" and kind == "person" and low[-1] in _MEMBER_POSTS and all(
                w[:1].isupper() for w in words[1:-1]) and (member := self.member_placed_before(span, " ".join(words[1:-1]))) is not None:
            return member
        if len(low) == 3 and low[0] == "the" and kind == "person" and low[2] in _BODY_HEAD_POSTS and _INITIALISM.fullmatch(words[1]) and (
                head := _initials_head_before(text, span, words[1], [p for p, pk in self.seen[-_TITLE_LOOKBACK:] if pk == "person"])) is not None:
            # "the TMC leader", "the SNP chief": the latest person a report named with the body's
            # initials in the mention or right after it ("Mamata Banerjee of the TMC said")
            return head
        if len(words) <= 2 and (len(words) == 1 or low[0] == "the") and kind != "person" and _INITIALISM.fullmatch(words[-1]) and (
                spelled := _spelled_before(text, span, words[-1])) is not None:
            # a body's initials for its name given before, in a report or not: "the National Farmers'
            # Union warned ... the NFU said", "the Ministry of Defence ... the MoD added"
            for prev, pk in reversed(self.seen[-_LOOKBACK:]):
                # (the report's mention of the name, read as a body's: the kind it was first read with)
                if prev[0] <= spelled[0] and spelled[1] <= prev[1] and pk != "person" and self.kind_of.get(prev, pk) in _BODY_KINDS:
                    return prev
            # (read as the name reads by itself when that is a state's body, though the initials
            # read as a body's only: "the Central Board of Secondary Education", in another's words,
            # then "the CBSE said")
            own = kinds.kind(text, *spelled, self.ctx.lexicon)
            self.kind_of.setdefault(spelled, own if own == "government" else kind)
            return spelled
        comma = text.find(",", *span)
        if comma > 0 and len(low) > 3 and low[0].rstrip(".") in en.TITLES and words[1][:1].isupper() and (
                _APPOSITIVE_AFTER_SURNAME.match(text, comma, span[1], CONCURRENT)):
            # a titled surname and its appositive stand for the full name as the surname does: "said
            # Mr. Hegde, a senior party leader" after "Ashok Hegde said"
            head = (span[0], comma)
            if len(self.words_in(head)) == 2:
                return self.resolve(head, kind)
        if comma > 0 and kind == "person" and len(self.words_in((span[0], comma))) == 1 and words[0][:1].isupper() and (
                _APPOSITIVE_AFTER_SURNAME.match(text, comma, span[1], CONCURRENT) or _AGE_AFTER_SURNAME.fullmatch(
                    text, comma, span[1], CONCURRENT)) and (found := self.resolve((span[0], comma), kind)) is not None:
            # so do a bare surname and its age or appositive: "Sorensen, 67, said" or "Sorensen, a
            # nurse, said" after "Ann Sorensen said"
            return found
        if kind == "person" and len(words) == 3 and (
                titled_joined := _TITLED_JOINED_SURNAME.fullmatch(text, *span, CONCURRENT)) is not None and (
                titled_joined.group(1) in _TITLE_PRONOUNS):
            # a courtesy title before a surname of two joined by a hyphen stands for its full name, as
            # the surname alone does: "Mr Lane-Fox said" after "Tom Lane-Fox" (not a woman's: "Mrs Lane-Fox")
            full = self.resolve(titled_joined.span(2), kind)
            if full is not None and _given_name_gender(self.words_in(full)) == _OTHER_GENDER[_TITLE_PRONOUNS[titled_joined.group(1)]]:
                full = None
            return full
        if kind == "person" and 3 <= len(words) <= 4 and words[0].rstrip(".").lower() in en.TITLES and (
                words[1] in _SURNAME_PARTICLES or words[1][:1].isupper()) and (
                rest := WORD.search(text, span[0] + len(words[0]), span[1], CONCURRENT)) is not None and (
                _surname_of_words(text, (rest.start(), span[1]), words[1:], particle_first=True)):
            # a title before a surname of several words stands for its full name, as the surname alone
            # does: "Ms Al Qasimi said" after "Sheikha Lubna Al Qasimi", "Mr van der Berg" (no name
            # whose given name says the other pronoun than a courtesy title's: "Mrs de la Cruz")
            full = self.joined_surname((rest.start(), span[1]), words[1:], False)
            said = _TITLE_PRONOUNS.get(words[0].rstrip("."))
            if full is not None and said is not None and _given_name_gender(self.words_in(full)) == _OTHER_GENDER[said]:
                full = None
            return full
        joined = kind == "person" and len(words) == 2 and _JOINED_SURNAME.fullmatch(text, *span, CONCURRENT) is not None
        if (joined or kind == "person" and _surname_of_words(text, span, words)) and (
                (full := self.joined_surname(span, words, joined)) is not None or joined):
            return full
        return self.name_noun(span, kind, words, low)

    def agency_noun(self, span: tuple[int, int], described: bool) -> tuple[int, int] | None:
        """The public body "the agency" or an agency described ("the U.N. weather agency") stands for, if any."""
        text = self.text
        # "the agency" after a public body is that body, no news agency: "the Federal Trade
        # Commission said ... the agency said" (a news agency is "the news agency" or named);
        # one named in the paragraph after the one in a report before is the later: "the Justice
        # Department found ... according to data from the FBI. The agency lists": the FBI
        body = _public_body_before(text, span, self.seen[-_LOOKBACK:], self.words_in)
        in_paragraph = _public_body_named_before(text, span, self.lex.outlet_names)
        if in_paragraph is not None and (body is None or in_paragraph[0] >= body[1]) and (
                body is None or _unarticled(self.words_in(in_paragraph)) != _unarticled(self.words_in(body))):
            # (the same body named again since, as a modifier or not, is the report's mention it
            # stands for: "The Water Agency said ... Water Agency data show ... The agency added")
            body = in_paragraph
        if body is not None and described and (_paragraphs_between(text, self.mentioned_at.get(body, body[1]), span[0]) > 1 or (
                sentence_index(self.ctx.layout, body[0]) == sentence_index(self.ctx.layout, span[0]))):
            # an agency described ("the U.N. weather agency") far from the body may be another one,
            # and one in the sentence that names the body is another ("HALDEN (AP) — ..., the
            # national flood agency said": a dateline's place, no body)
            body = None
        if body is not None and described and _described_otherwise(self.words_in(span), self.words_in(body)):
            # nor is one described by other words of its field than the body, itself described so:
            # "Indonesia's meteorology agency said ... the national disaster agency said"
            body = None
        return body

    def outlet_noun(self, span: tuple[int, int], low: list[str], wire: bool) -> tuple[int, int] | None:
        """The outlet "the paper", "the network" or "the news agency" stands for: the latest of its sort named before."""
        text = self.text
        if self.outlets is None:
            self.outlets = _outlet_mentions(self.ctx)
        before = [o for o in self.outlets if o[1] <= span[0]]
        if low[1] in en.PRINT_OUTLET_NOUNS or low[1] in en.BROADCAST_OUTLET_NOUNS:
            # (an outlet a report had as its source, whose aside says which it is, though its name
            # alone was not read as an outlet's: "El Tiempo, a newspaper, said")
            before = sorted(before + [p for p, pk in self.seen[-_LOOKBACK:] if pk == "outlet" and p[1] <= span[0] and not any(
                o[0] < p[1] and p[0] < o[1] for o in before)], key=lambda o: o[1])
        if low[1] == "agency" or wire:
            # only a news agency, no broadcaster or paper: "Patients told the BBC ... The agency said"
            before = [o for o in before if _news_agency(text[o[0]:o[1]])]
        elif low[1] in en.PRINT_OUTLET_NOUNS:
            # only a paper, no broadcaster: "told The Times ... ITV said ... told the paper"
            before = [o for o in before if not _broadcaster(text[o[0]:o[1]])]
        elif low[1] in en.BROADCAST_OUTLET_NOUNS and (aired := [o for o in before if not _prints(text[o[0]:o[1]])]):
            # a broadcaster's noun, for an outlet whose name or aside does not say it prints, when
            # one is named: "The Times reported ... Radio Zeta said ... the station said"
            before = aired
        if low[1] == "magazine" and (magazines := [o for o in before if "magazine" in text[o[0]:o[1]].lower() or (
                _MAGAZINE_AFTER.match(text, o[1], o[1] + 12) is not None)]):
            # a magazine named as one, before any paper: "told OK! magazine ... told The Sun ... told the magazine"
            before = magazines
        if before and low[1] == "paper" and _research_since(text, before[-1][1], span[0]):
            # "Researchers at the Wire's city university wrote in a paper ... The paper said":
            # the study's paper, named since the outlet
            return None
        return before[-1] if before else None

    def title_noun(self, span: tuple[int, int], low: list[str]) -> tuple[int, int] | None:
        """The holder of the title or rank "the senator", "the duke" or "the SHO" stands for, if any."""
        text = self.text
        # (a rank's holder too, who goes by "of" and a place: "the Duke of Arden ... the duke said")
        people = [p for p, pk in self.seen[-_TITLE_LOOKBACK:] if pk == "person"]
        holder = _title_holder(text, span, low, people, own_words=self.own_words)
        if holder is None and len(_TITLE_ABBREVIATIONS.get(low[-1], ())) > 2:
            # a post known by its initials may be given by them too: "Ravi Nath, the SHO"
            holder = _title_holder(text, span, low, people, (low[-1],), self.own_words)
        if holder is None and low[-1] in _SHORT_TITLES and (len(low) == 2 or all(
                w[:1].isupper() for w in self.words_in(span)[1:-1])):
            # a title may be given before the name in its short form: "Sen. Ann Lee ... the senator
            # said", and so with a place's name before it, "Ohio Gov. Tom Lee ... the Ohio governor
            # said", never for one named with another place's: "the Ohio governor" is no "Texas Gov."
            holder = _title_holder(text, span, low, people, (_SHORT_TITLES[low[-1]],), self.own_words)
            if holder is not None and len(low) > 2 and any(
                    w.lower() in place_names() and w.lower() not in low for w in (
                        *WORD.findall(text, max(0, holder[0] - _PLACE_BEFORE_NAME), holder[0], False, CONCURRENT)[-3:],
                        *self.words_in(holder))):
                holder = None
        if holder is None and low[-1] == "judge" and (justice := max(filter(None, (
                _title_holder(text, span, low, people, key, self.own_words) for key in (("justice",), ("chief", "justice")))),
                default=None)) is not None:
            # a judge may be given the title Justice before the name: "Justice K. Menon ruled ...
            # the judge said", or Chief Justice, the nearer of the two (not a post of justice:
            # "Justice Minister Ann Lee")
            named = [w.lower() for w in self.words_in(justice)]
            after = named[named.index("justice") + 1:named.index("justice") + 2] if "justice" in named else []
            holder = justice if after and after[0] not in en.TITLES and after[0] not in en.PERSON_NOUNS and (
                after[0] not in _POST_SYNONYMS) else None
        if holder is not None and len(low) == 2 and (apposed := _apposed_named_before(text, span, low[1], holder[1])) is not None:
            # one given the title in an aside since is its holder too, the nearer: "Cllr Ann Lee
            # ... Tom Roe, a councillor in Leeds, ... the councillor said"
            holder = apposed
        owner = next((w[:-2] for w in low[1:-1] if w.endswith(("’s", "'s"))), None)
        if holder is not None and self.ctx.layout.inside_quote(holder[0]) and self.another_opens_paragraph(span, holder):
            # one named only inside a quotation is no holder when another person, named outside any,
            # opens the mention's paragraph: "“..., President Obama wouldn't ...,” Fallon said. ||
            # Bill Clinton joined in. “...,” the former president said"
            return None
        if holder is not None and (owner is None or owner in (w.lower() for w in self.words_in(holder))):
            # (a post another's holds is no holder's named by its body: "the Commission's
            # spokesman" is no "a spokesman for the Lee campaign" read before, but "Commission
            # spokesman Tom Roe")
            return holder
        return None

    def heads_own_sentence(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The name of a body that heads the sentence of ``span``, before it, no person's
        (`_body_heading_before`): "Rolls-Royce" of "Rolls-Royce shares jumped after the engine
        maker said"; None when the mention opens its sentence or none heads it."""
        layout = self.ctx.layout
        opening = layout.sentences[sentence_index(layout, span[0])].start
        if opening >= span[0] or not self.text[opening:span[0]].strip():
            return None
        heading = _body_heading_before(self.text, span, start=opening)
        if heading is None or heading[0] < opening or any(
                prev[0] < heading[1] and heading[0] < prev[1] for prev, pk in self.seen[-_LOOKBACK:] if pk == "person") or (
                _full_name_before(self.text, heading[0], self.words_in(heading)[-1], self.full_names) is not None) or (
                # (nor a name in the report's own words that nothing before names: "Orvane shares
                # fell, the company said", as `unnamed_in_own_words`)
                self.unnamed_in_own_words(heading) or self.opens_unnamed_bodys_words(heading, span)):
            return None
        named = self.words_in(heading)
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            # (a short name of a body named in full before stands for that: "Halvorsen Motors said
            # ... Shares of Halvorsen fell after the company warned")
            if pk == "organization" and prev[1] <= heading[0] and self.words_in(prev)[:len(named)] == named:
                return self.ref_of.get(prev, prev)
        return heading

    def another_opens_paragraph(self, span: tuple[int, int], other: tuple[int, int]) -> bool:
        """Whether a full name outside any quotation opens the first sentence of the paragraph of
        ``span``, before it (``_person_opening_paragraph``), with no word of ``other``'s name."""
        names = {w for w in self.words_in(other) if w[:1].isupper()}
        return any(opener is not None and not names & set(self.words_in(opener)) for opener in (
            _person_opening_paragraph(self.ctx, -1, span[0], pronoun) for pronoun in ("he", "she")))

    def company_noun(self, span: tuple[int, int], kind: str | None, low: list[str], modifier: str | None) -> tuple[int, int] | None:
        """The business "the company", "the firm" or a trade's noun ("the retailer") stands for."""
        text = self.text
        # "the company", "the firm": the latest organization named, or a bare name read as a
        # person's or a group's that is no person's ("Carver Partners said ... The firm said"),
        # which is then a business ("the group" may be people's: not for it); or a business named
        # since by a name that says so, though no report's source ("Harlow Bank", "Orrin Holdings")
        # (a noun of a trade, "the developer", "the supermarket", may be a person's: only a body)
        trade = _COMPANY_NOUNS[low[1]]
        # (a trade's noun may be a person's, given the trade in an aside or a relative clause since
        # the body named last: "Lumen Films ... Nora Hale, who produced the film, ... the producer")
        holder = max((m for m in (_role_named_before(text, span, low[1], 0), _trade_done_before(text, span, low[1]))
                      if m is not None), default=None) if trade and kind == "person" else None
        if low[1] in _STARTUP_NOUNS and kind != "person" and (described := _role_named_before(text, span, low[1], 0)) is not None and (
                _fits_trade(text[described[0]:described[1]], low[1])):
            # a body described as a startup before, in an aside or before its name, over any body named
            # since: "Kestrel, a payments startup, ... Harlow Bank said ... The startup said" is Kestrel
            # (its name alone after the noun: "startup Kestrel")
            first = WORD.match(text, *described, CONCURRENT)
            if first is not None and first.group().lower() == low[1]:
                described = (clauses.skip_space(text, first.end(), described[1]), described[1])
            self.kind_of.setdefault(described, "organization")
            return described
        named_since = _business_named_before(text, span, low[1], True) if low[1] != "group" else None
        if named_since is not None and (not _fits_branch_by_name(text[named_since[0]:named_since[1]], low[1]) or (
                low[1] in _STARTUP_NOUNS and not _fits_trade(text[named_since[0]:named_since[1]], low[1]))):
            named_since = None  # a firm of another branch by its name's end: "Kerrigan Airport ... the airline"
        # (a firm named only as where one works is taken last: "Tom Roe, an analyst at Jefferies
        # Group" speaks of another firm)
        employer = named_since is not None and _employer_named(text, named_since[0])
        if trade is False and low[1] != "group" and (heading := self.heads_own_words(span)) is not None and _fits_trade(text[heading[0]:heading[1]], low[1]):
            # a business whose name heads the words the noun's own report gives before it is whom
            # it speaks of, over a firm named before: "Vexa plans to expand, the company said"
            # after "Harbor Ventures led a round for Vexa"
            return heading
        if low[1] != "group" and kind != "person" and (heading := self.heads_own_sentence(span)) is not None and (
                _fits_trade(text[heading[0]:heading[1]], low[1])):
            # a business whose name heads the mention's own sentence is whom a noun of its trade
            # there speaks of, over a body named in a sentence before: "Barclays said ... Rolls-Royce
            # shares jumped after the engine maker said ..."
            self.kind_of.setdefault(heading, "organization")
            return heading
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            # (a name read again since stands where it was last read: "Vexa Inc ... Orrin Corp
            # sued Vexa ... Vexa said ... The company said" is Vexa's)
            if named_since is not None and not employer and self.mentioned_at.get(prev, prev[1]) <= named_since[0]:
                return named_since if holder is None or holder[0] < named_since[0] else holder
            if pk == "organization" and prev[1] <= span[0] and holder is None and (
                    commented := _business_commented_on(text, prev, low[1], self.words_in(prev)[0])) is not None:
                self.kind_of.setdefault(commented, "organization")
                return commented
            if pk == "organization" and prev[1] <= span[0] and _named_body(self.words_in(prev)) and (
                    named_since is None or not self.words_in(prev)[0].endswith(("’s", "'s"))) and (
                    _fits_trade(text[prev[0]:prev[1]], low[1])) and (
                    low[1] == "group" or not _no_business(text[prev[0]:prev[1]], self.words_in(prev))):
                # (a body one is said to have is no business named since: "Apple Inc ... Lee's
                # campaign said ... the company"; nor a body the table knows of another trade:
                # "Oxfam said ... the lender"; nor a union or an association, which only "the
                # group" may stand for: "the National Farmers' Union said ... the group said")
                return prev if holder is None or holder[0] < prev[0] else holder
            if not trade and self.bare_body(prev, pk, span):
                return prev
            if pk == "outlet" and low[1] in _OUTLET_AS_COMPANY and prev[1] <= span[0] and self.words_in(prev)[0][:1].isupper() and (
                    self.words_in(prev)[0].lower() != "the"):
                # an outlet by its name is a business too, and one named since leaves a body named
                # before it no surer "the company" than itself: "Wealth-X says ... Bloomberg says
                # ... The company says" is neither's for sure
                break
            if pk == "person" and prev[1] <= span[0] and (body := _body_of_spokesman(text, prev) or _body_of_head(text, prev)) is not None and (
                    _full_name_before(text, body[0], text[body[0]:body[1]].split()[-1], self.full_names) is None) and (
                    kinds.kind(text, *body, self.lex) in ("person", "organization")) and _fits_trade(text[body[0]:body[1]], low[1]):
                # "A Vexa spokesperson said ... The company said": the body the spokesperson speaks
                # for (no person's surname: "Tom Vexa ... a Vexa spokesman"; no government's)
                self.kind_of.setdefault(body, "organization")
                return body if holder is None or holder[0] < body[0] else holder
        if holder is not None:
            return holder
        if (named_since is None or employer) and low[1] != "group":
            # or, with no body named before, a name no word says is a business's, no report's
            # source, that heads a sentence in the paragraph or the one before: "Tesco raised
            # prices on Monday. The retailer said ..."
            heading = _body_heading_before(text, span)
            if heading is not None and not _in_headline(text, heading[0]) and _fits_trade(text[heading[0]:heading[1]], low[1]) and not any(
                    prev[0] < heading[1] and heading[0] < prev[1] for prev, _pk in self.seen[-_LOOKBACK:]) and (
                    _full_name_before(text, heading[0], self.words_in(heading)[-1], self.full_names) is None) and not (
                    employer and not whole_word_in(text, text[heading[0]:heading[1]], heading[1], span[0])) and not (
                    self.unnamed_in_own_words(heading)) and not self.opens_unnamed_bodys_words(heading, span):
                # (not in the headline, nor a surname of a person named before: "Bill Ackman ...
                # Ackman lives or dies by ..."; over a firm named as one's employer, only a name
                # read again since, not a word that opens a sentence: "Rain fell"; nor one that
                # opens the report's own words, named nowhere before: "Revenue rose, the company said")
                self.kind_of.setdefault(heading, "organization")
                named_since = heading
        if named_since is None and low[1] == "group" and modifier is not None:
            # "the paramilitary group", "the militant group": a group named just before,
            # though no report's source ("The army accused the RSF of shelling; the
            # paramilitary group denied it")
            named_since = _group_named_just_before(text, span, self.lex.outlet_names)
            if named_since is not None:
                self.kind_of.setdefault(named_since, "organization")
        found = named_since if named_since is not None else self.body_in_own_words(span, low[1])
        if found is None and low[1] in _GENERIC_BUSINESS_NOUNS:
            found = self.unnamed_business_before(span)
        return found

    def unnamed_business_before(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The business's noun before ``span`` that stood for no one named, as the latest body's
        mention, in its paragraph or the one before: "Sales fell, the company said. || The firm did
        not respond" (the firm the company, no other body's)."""
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            if prev[1] > span[0] or pk not in ("organization", "government"):
                continue
            low = [w.lower() for w in self.words_in(prev)]
            if len(low) == 2 and low[0] == "the" and low[1] in _GENERIC_BUSINESS_NOUNS and prev not in self.ref_of and (
                    _paragraphs_between(self.text, prev[1], span[0]) <= 1):
                return prev
            return None
        return None

    def aged_noun(self, span: tuple[int, int], kind: str | None, words: list[str], low: list[str]) -> tuple[int, int] | None:
        """The person "the teenager" or "the 19-year-old" ("the 57-year-old actor") stands for."""
        text = self.text
        # "the teenager", "the 19-year-old", "the 57-year-old actor": the person last named with
        # such an age ("Kieran Oduya, 19, ...")
        ages = range(13, 20) if len(low) == 2 else range(int(low[1]), int(low[1]) + 1)
        aged = _aged_before(text, span, ages)
        if aged is None and len(low) == 4:
            # with no age given before, "the 51-year-old" is the person named last, as a report's
            # source, in its paragraph or the one or two before: "Denholm said ... the 51-year-old added"
            # (when a surname stood for it, where the surname stood: "Ann Denholm ... Denholm said")
            latest = next((prev for prev, pk in reversed(self.seen[-_LOOKBACK:]) if pk == "person" and prev[1] <= span[0]), None)
            at = self.mentioned_at.get(latest, latest[1]) if latest is not None else -1
            if latest is not None and _paragraphs_between(text, at, span[0]) <= _AGED_PARAGRAPHS:
                latest = self.ref_of.get(latest, latest)  # ("the manager": the name it stands for)
                aged = latest if _named_person(self.words_in(latest)) else None
            # or a person named in full since, though no report's source, whose name or surname
            # stands nearer: "Bell signed winger Tom Roe. ... The 20-year-old said"
            person = _person_named_last(text, max(at, 0), span, self.ctx.layout.inside_quote)
            if person is not None and person[1] > at:
                aged = person[0]
        elif aged is None and len(low) == 5 and (noun := _definite_role([low[0], low[4]])) is not None:
            # with no such age given before, "the 86-year-old pontiff" is whom "the pontiff" is,
            # unless given another age ("Ann Lee, 66," is no "the 41-year-old bishop")
            aged = self.latest_named(span, noun)
            if aged is not None and _NAME_AND_AGE.match(text, aged[0], aged[1] + _AGE_CHARS, CONCURRENT) is not None:
                aged = None
        elif aged is None and len(low) == 5 and low[4] in _PLAYING_ROLES:
            # and "the 22-year-old quarterback" whom "the quarterback" is
            aged = self.resolve_noun(span, kind, ["the", words[4]], ["the", low[4]])
        return aged

    def body_noun(self, span: tuple[int, int], low: list[str]) -> tuple[int, int] | None:
        """The body "the ministry", "the union" or "the charity" stands for."""
        # "the ministry", "the union": the latest body named with that noun ("the Home Ministry"),
        # or one named since by a name that ends in it, though no report's source ("Harlow Bank")
        named_since = _business_named_before(self.text, span, low[1], False)
        if named_since is not None and low[1] in _STATE_FORCE_NOUNS and kinds.kind(self.text, *named_since, self.lex) != "government":
            named_since = None  # (an armed group's name is no state's force: "the Free Syrian Army")
        latest = True
        # (one named since only in passing, after a preposition in another report's words, yields to
        # an earlier report's source by a name the noun heads: "The Delhi High Court said ... The
        # petitioners cited a ruling of the Supreme Court ... The court said" is the High Court)
        passing = named_since is not None and _PASSING_BEFORE.search(
            self.text, max(0, named_since[0] - _PASSING_CHARS), named_since[0], CONCURRENT) is not None and any(
            inside_any(named_since, c.content) for c in self.candidates if c.source is not None and c.source[1] <= span[0])
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            if named_since is not None and prev[1] <= named_since[0] and not passing:
                return named_since
            spokesperson = False
            if pk == "person" and prev[1] <= span[0] and (spoken_for := _spoken_for(self.text, prev)) is not None:
                # the body one who spoke for it named, after the noun or before it, as though it spoke:
                # "A spokesperson for the Department for Education said ... The department added", "A
                # Home Office spokeswoman said ... The office said"
                prev, spokesperson = spoken_for, True
                pk = kinds.kind(self.text, *prev, self.lex)
                if pk == "person" and _INITIALISM.fullmatch(self.text, *prev, CONCURRENT):
                    pk = "organization"  # (initials one speaks for are a body's, though read alone as a person's)
                pk = self.kind_of.setdefault(prev, pk)
            if pk == "organization" and low[1] in _STATE_FORCE_NOUNS:
                # (a state's force by its noun is no armed group nor body whose name merely holds
                # it: "the army" is no "the National Liberation Army, a rebel group", "the police"
                # no "the Police Federation"; a state's own, "the Indian Army", is the government's)
                continue
            if pk in ("organization", "government") and prev[1] <= span[0] and prev != span:
                pw = self.words_in(prev)
                if latest and (low[1] in _INITIALLED_BODY_NOUNS and _INITIALS.fullmatch(pw[-1]) and low[1][0].upper() in pw[-1] or (
                        spokesperson and _INITIALISM.fullmatch(pw[-1]) and pw[-1][0] == low[1][0].upper())) and (
                        len(pw) == 1 or pw[:-1] == ["The"] or pw[:-1] == ["the"]):
                    # the body named last by initials, one of them the noun's: "The BCCI said ... the
                    # board said", "the FTC said ... The commission said" (not "the BBC" for "the council");
                    # one a spokesperson spoke for by initials that open with the noun's, as a
                    # ministry's or a department's do: "A DfE spokesperson said ... The department said"
                    return prev
                latest = False
                if len(pw) > 2 and low[1] in (w.lower() for w in pw[1:]) and (
                        pw[0][:1].isupper() or pw[0] == "the" and (pw[1][:1].isupper() or pk == "government") and (
                            pw[-1].lower() == low[1] or _body_name_head(pw) == low[1])) or (
                        len(pw) == 2 and pw[0].lower() != "the" and pw[1].lower() == low[1]) or (
                        len(pw) > 2 and pw[0].lower() == low[1] and pw[1] in ("at", "in")):
                    # (a name after "the" inside a sentence, the noun its head, before any "of":
                    # "..., according to the Gaza health ministry. The ministry says", "the
                    # University of Kent said ... The university said"; a state's body in lower case
                    # too: "according to the state disaster management authority. The authority
                    # said"; "the UN refugee agency" is no "the UN"; the noun heading where the body
                    # is: "Police at Gatwick said ... the police said")
                    return prev
        if named_since is None and low[1] in en.ORGANIZATION_WORDS and low[1] not in en.GOVERNMENT_WORDS:
            # or the source named last, by one name in capitals that is no person's, when no
            # other name stands between: "Oxfam warned ... The charity said" (Oxfam a body)
            prev = self.latest_source(span)
            if prev is not None and (len(self.words_in(prev[0])) == 1 and self.bare_body(*prev, span) or (
                    low[1] in _KNOWN_BODY_NOUNS and self.known_body(*prev, span))):
                return prev[0]
            # or the body whose name opens the report's own words, named before or before a head's post
            # and name: "Harlow chairman Tom Roe will retire, the bank said"
            if low[1] in _KNOWN_BODY_NOUNS and (heading := self.heads_own_words(span)) is not None and (
                    _fits_trade(self.text[heading[0]:heading[1]], low[1])):
                return heading
            # or the one body the report's own words name: "Flights at Gatwick were suspended, the airport said"
            return named_since or self.body_in_own_words(span, low[1])
        return named_since

    def possessed_body(self, span: tuple[int, int], noun: str) -> tuple[int, int] | None:
        """The body named last before ``span``, in reach, by a name's possessive and ``noun`` after
        it, though no report's source: "Turkey's central bank raised rates. The bank said", "Vexa's
        board met. The board said"; outside any quotation."""
        text = self.text
        lo = max(0, span[0] - _POSSESSED_BODY_REACH)
        if text.find(noun, lo, span[0]) < 0:
            return None
        found = None
        for m in _POSSESSED_BODY.finditer(text, lo, span[0], False, CONCURRENT):
            words = m.group(2).split()
            if noun in words and m.group(1).lower() not in _DETERMINERS and not self.ctx.layout.inside_quote(m.start()) and (
                    not _NOT_MODIFIERS.intersection(words[:words.index(noun)])):  # (no list: "Turkey's bankers and bank chiefs")
                # (up to the noun: "Turkey's central bank raised" is "Turkey's central bank")
                end = m.start(2)
                for w in words:
                    end = text.find(w, end, m.end()) + len(w)
                    if w == noun:
                        break
                found = (m.start(), end)
        if found is not None:
            self.kind_of.setdefault(found, kinds.kind(text, *found, self.lex))
        return found

    def two_word_body_noun(self, span: tuple[int, int], words: list[str], low: list[str]) -> tuple[int, int] | None:
        """The body a noun and its word stand for ("the high court", "the central bank", "the aid group")."""
        # "the high court": the latest body named with both words ("the Delhi High Court"); "the apex
        # court" is the Supreme Court
        pair = _BODY_SYNONYMS.get((low[1], low[2]), (low[1], low[2]))
        central = pair == ("central", "bank")
        # (a central bank the table knows that heads a sentence since, though no report's source:
        # "The Bank of Japan kept rates on hold. ... the central bank said")
        known = _body_heading_before(self.text, span, ("central",)) if central else None
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            if pk in ("organization", "government") and prev[1] <= span[0] and prev != span:
                if known is not None and self.mentioned_at.get(prev, prev[1]) <= known[0]:
                    break
                pw = [w.lower() for w in self.words_in(prev)]
                if any(tuple(pw[i:i + 2]) == pair for i in range(1, len(pw) - 1)) or central and (
                        pw[0] != "the" or len(pw) > 2) and kinds.central_bank(self.text[prev[0]:prev[1]]):
                    # (a central bank by another name: "the Reserve Bank of India ... the central bank"; not
                    # another "the central bank")
                    return prev
        if known is not None:
            self.kind_of.setdefault(known, "government")
            return known
        if low[2] in _KNOWN_BODY_NOUNS and words[1].islower():
            # or a body the table knows, named last, no other name between: "Moody's said ...
            # The ratings agency added", "Oxfam warned ... the aid group said"
            prev = self.latest_source(span)
            if prev is not None and self.known_body(*prev, span):
                return prev[0]
        return None

    def side_post_noun(self, span: tuple[int, int], low: list[str]) -> tuple[int, int] | None:
        """The person a post or a player's place of a side stands for ("the Rovers boss", "the head coach")."""
        # "the Rovers boss", "the head coach": the latest person named with the post, or one of
        # its other names, and the side it is held for ("Rovers manager Glen Ashdown", "coach Tom Barlow")
        side = low[1] if low[1] != "head" else None
        posts = _POST_SYNONYMS.get(low[2], (low[2],))
        for prev, prev_kind in reversed(self.seen[-_LOOKBACK:]):
            if prev[0] >= span[0] or prev_kind != "person":
                continue
            pw = self.words_in(prev)
            lw = [w.lower() for w in pw]
            if (side is None or side in lw) and any(n in lw and not _other_post(lw, n, low) for n in posts) and any(
                    w[0].isupper() and w.lower() not in _DETERMINERS and w.lower() not in _POST_SYNONYMS and w.lower() != side
                    for w in pw):
                return prev
        # or, with no one named with the side and the post, the person a report named just
        # before, unless it was by that post for another side: "Skipper Ann Reeve said ...
        # said the England captain", "Rovers captain Jo Pike said ... the England defender
        # said", not "Rovers manager Ed Tully said ... the City manager said"
        reporter = None if side is None else self.player_reporter_near(span, low[2]) if (
            low[2] in _PLAYING_ROLES and low[2] not in _SIDE_POSTS) else self.named_reporter_near(span)
        rw = self.words_in(reporter) if reporter is not None else []
        if reporter is not None and not any(w.lower() in posts and k > 0 and rw[k - 1][:1].isupper() and (
                rw[k - 1].lower() not in _DETERMINERS and rw[k - 1].lower() != side) for k, w in enumerate(rw)):
            return reporter
        return None

    def post_noun(self, span: tuple[int, int], low: list[str]) -> tuple[int, int] | None:
        """The person a post or a person's noun stands for ("the spokesperson", "the official", "the skipper")."""
        # "The spokesperson said": the latest named mention that holds the noun, "Ann Lee, a
        # spokesperson for the council" or "council spokesperson Ann Lee", or the latest left
        # unnamed that it heads ("A senior officer said ... The officer added"); a noun of the
        # same post stands for it too ("the skipper" for "captain Ann Reeve")
        # (not one of the other sex: "the spokesman" is no "spokeswoman Ann Lee")
        posts = tuple(n for n in _POST_SYNONYMS.get(low[1], (low[1],)) if not _other_sex(n, low[1]) and (
            n not in _WIDE_POST_NAMES or n == low[1]))
        best = None
        for prev, prev_kind in reversed(self.seen[-_LOOKBACK:]):
            if prev[0] >= span[0] or prev_kind not in ("person", "anonymous"):
                continue
            # (the words before a relative clause: the noun inside it is another's, "A man who met
            # an official said ... The official said")
            pw = self.words_in(prev)
            pw = pw[:_before_relative(pw)]
            if not pw:
                continue
            lw = [w.lower() for w in pw]
            post = next((n for n in posts if n in lw), low[1])
            if post in lw and prev_kind == "person" and not _other_post(lw, post, low) and any(
                    w[0].isupper() and w.lower() not in _DETERMINERS and w.lower() != post for w in pw) or (
                    lw[-1] in posts and lw[0] in _INDEFINITES and (_words_but_initials(pw) <= 4 or _body_named_before_post(pw))) or (
                    # ("A senior U.S. defense official said ... The official added": the initials of a
                    # state's name count as no words of their own)
                    # ("The housing minister said ... The minister added": the post, with a word before it)
                    # (or one of its other names: "The school's headteacher said ... The head added")
                    lw[-1] in posts and lw[0] == "the" and 3 <= len(lw) <= _POST_PHRASE_WORDS and all(w.islower() for w in pw[1:])
                    and not _other_post(lw, lw[-1], low)) or (
                    # ("A senior official of the works department ... The official said")
                    lw[0] in _INDEFINITES and low[1] in lw[1:4] and "".join(lw[lw.index(low[1]) + 1:][:1]) in _BODY_PHRASE_OPENERS) or (
                    # ("A senior Roman Catholic archbishop in Nigeria said ... The archbishop added":
                    # the noun the indefinite that opens it heads, past words that place it)
                    lw[0] in _INDEFINITES and low[1] in lw and _unnamed_head(lw, at := lw.index(low[1])) and (
                        not _INDEFINITES.intersection(lw[1:at])) and (at == len(lw) - 1 or lw[at + 1] in _UNNAMED_NOUN_TAILS)):
                best = prev
                break
        # or a name the noun stands before in the paragraphs since, though no report's: "Arsenal
        # midfielder Declan Rice was booked. ... The midfielder said"
        roles = [m for m in (_role_named_before(self.text, span, n, best[1] if best else 0) for n in posts) if m is not None]
        if low[1] in _HOUSE_MEMBER_LETTERS and (lettered := _name_before_letters(self.text, span, low[1], best[1] if best else 0, self.lex)):
            # or a name the letters of a member of a house follow: "Ann Lee MP ... The MP said",
            # "Tom Hale TD ... the TD added"
            roles.append(lettered)
        if roles or best:
            return max(roles) if roles else best
        # or, named by no such noun, the person whose deed a relative clause after it tells
        # again: "Sani Okafor scored twice ... said the midfielder, who scored twice"; else, for a
        # player's place, the player a report named just before ("Rashford said ... The forward said")
        deed = _deed_told_again(self.text, span)
        if deed is None and low[1] in _PLAYING_ROLES and low[1] not in _SIDE_POSTS:
            deed = self.player_reporter_near(span, low[1])
        return deed

    def joined_surname(self, span: tuple[int, int], words: list[str], joined: bool) -> tuple[int, int] | None:
        """The person a surname of two words or joined by a hyphen stands for ("Lopez-Cantera", "Von der Leyen")."""
        text = self.text
        # a surname of two joined by a hyphen is one name ("Lopez-Cantera said"), and so is one of
        # two or three words ("Wasserman Schultz said", "Von der Leyen said"): the latest person
        # named with it after a given name or before an aside, else the full name the text gave
        # before (a particle that opens the sentence is in small letters there: "Ursula von der Leyen")
        surname = text[span[0]:span[1]]
        spellings = [surname] if joined and surname[:surname.find("-") + 1].lower() not in _JOINED_ARTICLES or (
            not joined and words[0].lower() not in _SURNAME_PARTICLES) else [surname, surname[0].lower() + surname[1:]]
        for prev, prev_kind in reversed(self.seen[-_LOOKBACK:]):
            for spelling in spellings:
                at = text.find(spelling, *prev) if prev_kind == "person" and prev[0] < span[0] else -1
                if at == prev[0] and len(self.words_in(prev)) > len(words) or at > prev[0] + 1 and text[at - 1] == " " and text[at - 2].isalpha() and (
                        given := WORD.findall(text, prev[0], at, False, CONCURRENT)) and given[-1][:1].isupper() and (
                        given[-1].lower() not in en.TITLES):
                    # (or the surname before an appositive: "Lopez-Cantera, a former legislator")
                    return prev
        full = None
        for spelling in spellings:
            found = _full_name_before(text, span[0], spelling, self.full_names)
            if found is not None and (full is None or found[0] > full[0]):
                full = found
        if full is not None:
            self.named.add(full)
        return full

    def name_noun(self, span: tuple[int, int], kind: str | None, words: list[str], low: list[str],
                  respelt: bool = True) -> tuple[int, int] | None:
        """The one a name stands for: a surname, a titled one, a given name, a business's first word
        (a surname alone by its other spellings too, unless ``respelt`` is false)."""
        text = self.text
        name = [w for w in words if w[0].isupper() and w.lower().rstrip(".") not in en.TITLES]
        # a post set before a surname as a title is ("Skipper Sethi", "Coach Reyes"): the surname is
        # the name, as after "Captain", of a person (no "Reyes Holdings" before)
        post_titled = kind == "person" and len(words) == 2 and name == words and words[0].lower() in en.PERSON_NOUNS and (
            words[1][1:].islower())
        if post_titled:
            name = words[1:]
        # so does a title ("Captain Reyes", "Mr. Reyes", "Dr. Garland"): the surname after it is a
        # person's, not the firm of that name ("Reyes Holdings said ... Captain Reyes said")
        post_titled = post_titled or kind == "person" and len(name) == 1 and len(words) >= 2 and name[0] is words[-1] and all(
            w.lower().rstrip(".") in en.TITLES for w in words[:-1])
        if not name and len(words) == 1 and words[0][:1].isupper() and not words[0].endswith(".") and kind == "person" and (
                _full_name_before(text, span[0], words[0], self.full_names) is not None):
            # a surname spelt as a title's short form, with no full stop, after a full name that ends
            # in it: "Amartya Sen ... Sen said", "Mark Judge ... Judge said"
            name = words
        if name and name[0].lower() in _DETERMINERS:
            return None
        if kind == "person" and 2 <= len(words) <= 3 and name == words and (fuller := self.fuller_name(span, words)) is not None:
            return fuller
        if kind == "person" and len(words) == 2 and name == words and all(w.isalpha() and w[1:].islower() for w in words) and (
                span[1] - span[0] == len(words[0]) + len(words[1]) + 1) and (
                full := _full_name_before(text, span[0], text[span[0]:span[1]], self.full_names)) is not None and (
                title := _WORD_ENDING_BEFORE.search(text, max(0, full[0] - _TITLE_LOOKBACK), full[0], CONCURRENT)) is not None and (
                title.group(1).lower() in en.TITLES):
            # a name of two words that ends a longer titled name given before stands for it: "Ali Shah
            # said" after "Chief Minister Murad Ali Shah" (not after a word that opens a headline,
            # "Celebrating Hillary Clinton", nor one of a name of its own, "Ann Tom Lee's work ... Tom Lee")
            self.named.add(full)
            return full
        if len(name) == 1 and name[0] is words[-1] and len(words) <= 2 and not _POSSESSIVE.search(text, *span, CONCURRENT):
            # "Police said": a body, no person whose post holds the word ("Commissioner of Police Ann Rao")
            body = name[0].lower() in _BODY_NOUNS and kind in ("organization", "government")
            # the pronoun a courtesy title says the one named goes by: "Mr. Khan" is no "Ann Khan"
            # named before, nor a "Ms. Khan" known as "she"
            titled = next((_TITLE_PRONOUNS[w.rstrip(".")] for w in words[:-1] if w.rstrip(".") in _TITLE_PRONOUNS), None)
            if kind == "person" and len(words) == 1 and (main := self.shared_surname(span, name[0])) is not None:
                return main
            for prev, prev_kind in reversed(self.seen[-_LOOKBACK:]):
                # (a document or a thing is no one's full name: "The memo, sent to Lee", "a copy of
                # the Lee Trust's site"; nor is what a name possesses: "Brooks' office")
                if prev[0] >= span[0] or prev == span or prev_kind in _THING_KINDS or body and prev_kind == "person" or (
                        post_titled and prev_kind != "person"):
                    continue
                pw = self.words_in(prev)
                if titled is not None and _OTHER_GENDER[titled] in (
                        self.gender.get(prev), self.gender.get(self.ref_of.get(prev, prev)), _given_name_gender(self.head_words(prev)),
                        _gender_word(text, prev)):
                    continue
                if len(pw) > 1 and name[0] in pw[:_before_relative(pw)] and not _possessed_by(text, prev, name[0]) and _heads_name(pw, prev_kind, kind) and (
                        not _only_hyphen_joined(text, prev, name[0])) and (
                        not _name_modifies(text, prev, name[0])) and (
                        not _modifying_initialism(pw, name[0])):
                    if kind == "person" and prev_kind == "person" and (inner := _spoken_for(text, prev)) is not None and (
                            len(self.words_in(inner)) > 1 and name[0] in self.words_in(inner)):
                        # the person one spoke for, named more fully there, not the one who spoke: "A
                        # spokesman for Ann Lee said ... Lee said" is Ann Lee
                        self.named.add(inner)
                        return inner
                    if _AND.search(text, *prev, CONCURRENT) and not _posts_joined_before_name(text, prev, name[0]):
                        # one of several named together: "Justices Ann Rao and Tom Roe ... Rao said"
                        # (or one person's name before an appositive of two posts: "Rao, a nurse
                        # and a mother of two")
                        joined = _named_in(text, prev, name[0]) or (prev if _posts_joined(text, prev) and _heads_mention(text, prev, name[0]) else None)
                        if joined is None and self.words_in(prev)[0] == name[0]:
                            continue  # the surname bare there too ("Ward and other experts"): its full name is earlier
                        return joined
                    if kind == "person" and _bare_before_comma(text, prev, name[0]) and (
                            full := _full_name_before(text, span[0], name[0], self.full_names)) is not None:
                        # the surname bare before an aside, or after a question's verb, is no fuller
                        # than the surname: "Does Lee, like Roe, back it?" after "Ann Lee"
                        self.named.add(full)
                        return full
                    # (a relative, by the kin or by the name it stood for since, in a paragraph before:
                    # "His daughter, Jane Lee, said ... “...,” Ms. Lee said. || Lee said" is the elder)
                    kin = self.ref_of.get(prev, prev)
                    if kind == "person" and (elder := _named_before_kin(text, span, prev, pw, name[0], self.full_names) or (
                            _named_before_kin(text, span, kin, self.words_in(kin), name[0], self.full_names) if kin != prev and (
                                _paragraphs_between(text, prev[1], span[0]) and name[0] in self.words_in(kin)) else None)) is not None and (
                            titled is None or _given_name_gender(self.words_in(elder)) != _OTHER_GENDER[titled]):
                        self.named.add(elder)
                        return elder
                    return prev
            if kind == "person" and name[0] is words[-1] and _spelled_as_name(name[0]):
                # a surname whose fuller name was given outside any report: "Police arrested Dev Rao.
                # ... Rao said ..." (an apostrophe inside it too: "O'Brien", "D’Souza")
                full = _full_name_before(text, span[0], name[0], self.full_names)
                if full is None and (again := _surname_again_before(text, span[0], name[0])) is not None:
                    # or given before the surname read alone, in the reach before it: "Ann Fields ...
                    # (pages) ... met Fields ... Fields said" (read afresh, from further back)
                    full = _full_name_before(text, again, name[0], {})
                if full is not None and titled is not None and _given_name_gender(self.words_in(full)) == _OTHER_GENDER[titled]:
                    full = None  # ("Mr. Khan" is not "Ann Khan")
                if full is None and len(words) == 1:
                    # no fuller name given: the surname after a title before, "President Lee spoke on
                    # Tuesday. ... Lee said", "Sen. Roe (D-Ohio) ... Roe said"
                    full = _title_and_surname_before(text, span[0], name[0])
                if full is None and len(words) == 2 and words[0].lower() in _GIVEN_NAME_TITLES:
                    # a knight or a dame goes by the given name: "Sir Keir Starmer ... Sir Keir said"
                    full = _surname_after_before(text, span[0], name[0])
                elif full is None and len(words) == 2 and words[0].lower() in _ROYAL_TITLES:
                    # a royal or a sheikh goes by the title and the given name: "Crown Prince Mohammed
                    # bin Salman ... Prince Mohammed said", "King Abdullah II ... King Abdullah said"
                    full = _titled_name_before(text, span)
                elif full is None and len(words) == 1 and name[0].lower() in given_names():
                    # a given name alone, one the table holds, for the full name given before: "Ann
                    # Lee, 34, lost her home. ... Ann said"
                    full = _surname_after_before(text, span[0], name[0])
                elif full is None and len(words) == 1 and _name_like(text, name[0], max(0, span[0] - _SUBJECT_REACH), span[0]):
                    # or one the table lacks, never in small letters before, for a full name given
                    # before whose surname is no word of a body or a place: "Police met Kelsey Marsh.
                    # ... Kelsey said"; not "Vexa Holdings ... Vexa said"
                    full = _surname_after_before(text, span[0], name[0])
                    if full is not None and not _name_of_two(text, full, max(0, span[0] - _NAME_REACH)):
                        full = None
                if full is None and len(words) == 1 and respelt:
                    # the surname spelt another way, as names written in another script are: "Zelensky
                    # said" after "Volodymyr Zelenskyy", "Abdulla" after "Abdullah" (`_respellings`)
                    full = next(filter(None, (self.name_noun(span, kind, [other], [other.lower()], False)
                                              for other in _respellings(name[0]))), None)
                    if full is not None:
                        return full
                if full is not None:
                    self.named.add(full)
                elif len(words) == 1 and (full := _business_opened_by(text, span[0], name[0])) is not None:
                    # one word that opens a business's fuller name given before, outside any
                    # report, stands for it: "Vexa Energy agreed ... Vexa declined to comment"
                    self.kind_of.setdefault(full, "organization")
                return full
            if kind == "organization" and len(words) == 1 and name[0] is words[-1] and (
                    full := _business_opened_by(text, span[0], name[0])) is not None:
                return full  # (the same when the word was read as a body's already: "Vexa said its sales rose")
            if (kind in ("outlet", "document") or _plural_of_no_people(kind, low[0])) and len(words) == 1 and name[0].isalpha():
                # a surname read alone as an outlet's or a document's ("Fox", "Post"), or as bodies in
                # the plural ("Banks"), or as many of no people's noun ("Powers", read as nations), is a
                # person's when a given name the table holds went before it: "Police arrested Liam
                # Fox. ... Fox said ..." (not "Nurses", "Democrats": people by their noun), one that
                # is a word too among them: "Holly Banks ... Banks said"
                full = _full_name_before(text, span[0], name[0], self.full_names)
                if full is not None and ((given := WORD.match(text, *full, CONCURRENT).group().lower()) in given_names() or (
                        given in name_genders())):
                    self.named.add(full)
                    return full
                return None
        return None

    def shared_surname(self, span: tuple[int, int], surname: str) -> tuple[int, int] | None:
        """The one a bare ``surname`` stands for when the text names two or more people by it
        ("Hillary Clinton", "Bill Clinton"): the one it names in full first, in the headline or the
        lead, the text's subject (not the one named most: "Bill Clinton" named again and again in
        a story on his wife's run), a mention of whom before ``span`` is given;
        None when the surname names one person, or when another who bears it is named in full in
        the surname's sentence or the one before ("Bill Clinton spoke. Clinton said"), or the one
        found is named in full after it in its sentence ("Clinton said of Hillary Clinton")."""
        namings = self.namings.get(surname)
        if namings is None:
            namings = self.namings[surname] = _namings(self.text, surname)
        if len(namings) < 2:
            return None
        main = min(namings, key=lambda given: namings[given][0])
        layout, text = self.ctx.layout, self.text
        k = sentence_index(layout, span[0])
        lo = layout.sentences[k - 1].start if 0 < k <= len(layout.sentences) else 0
        hi = layout.sentences[k].end if k < len(layout.sentences) else len(text)
        genders = name_genders()
        if (own := _own_subject_pronoun(text, span[1], hi)) is not None and genders.get(main) != own:
            # (the sex of the name's own "she" or "he" in its clause breaks the tie over the one
            # named first: "Clinton signaled she is girding" is Hillary's; not over another named
            # just before, who may be meant by the name as the pronoun another: "Jane Lee said.
            # Lee added that he loved the land")
            of_sex = [given for given in namings if genders.get(given) == own and namings[given][0][0] < span[0]]
            if len(of_sex) == 1:
                main = of_sex[0]
        first = namings[main][0]
        if first[0] >= span[0]:
            return None
        if any(lo <= at[0] < span[0] for given, at_list in namings.items() if given != main for at in at_list) or any(
                span[1] <= at[0] < hi for at in namings[main]):
            return None  # (nor the one named in full after it in its sentence: "Lee said of Maria Lee")
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            # (a mention the full name ends, or ends before an aside: not "a spokesman for the Ann Lee
            # brand", which is another's)
            if pk == "person" and prev[0] < span[0] and prev != span and any(
                    prev[0] <= at[0] and (at[1] == prev[1] or text.startswith(",", at[1]) and at[1] < prev[1]) for at in namings[main]):
                return prev
        self.named.add(first)
        return first

    def fuller_name(self, span: tuple[int, int], words: list[str]) -> tuple[int, int] | None:
        """The latest person's mention before ``span`` that gives the full name ``words`` again with
        more: a post before it or an aside after it ("Finance minister Ann Lee", "Ann Lee, the
        finance minister"), which the name given again stands for ("— Ann Lee (@annlee) March 3",
        a post's credit line; "Ann Lee told reporters"). None when one of several named together."""
        n = len(words)
        for prev, pk in reversed(self.seen[-_LOOKBACK:]):
            if prev[0] >= span[0] or pk != "person" or prev == span:
                continue
            head = self.head_words(prev)
            if head[-n:] == words and "and" not in head and len(self.words_in(prev)) > n:
                return prev
        return None

    def interviewed(self, first_question: int) -> tuple[int, int] | None:
        """The one an interview's introduction reports on or says was met, else the headline's
        speaker; read once."""
        if first_question not in self.interviewee:
            # (an introduction that names no speaker leaves the one it names as met, by no
            # report ("Ann Lee spoke to The Sentinel"), then the headline's: "Ann Lee: 'We
            # waited too long'" above "Q: Why now?")
            self.interviewee[first_question] = _first_person(
                self.text, self.candidates, self.ctx.layout.paragraphs[1][0], first_question, self.ref_of) or _met_person(
                self.ctx, self.ctx.layout.paragraphs[1][0], first_question) or _first_person(
                self.text, self.candidates, 0, self.ctx.layout.paragraphs[1][0], self.ref_of)
        return self.interviewee[first_question]


# the endings of a surname in the Slavic adjective's form, each spelt in several ways by the
# systems that write Ukrainian and Russian in Latin letters: Zelensky, Zelenskyy, Zelenskiy, Zelenskyi
_SLAVIC_ENDINGS = ("iy", "yy", "yi", "y")


def _respellings(surname: str) -> list[str]:
    """The other ways a surname written from another script is spelt, all of five letters or
    more: its Slavic adjective's ending in each of the others ("Zelenskyy", "Zelenskiy" for
    "Zelensky"), its final letter doubled or single ("Zelensky" and "Zelenskyy"), a final "h"
    after "a" dropped or added ("Abdullah", "Abdulla"); none for a shorter name, nor one in
    capitals."""
    if len(surname) < 5 or not surname[1:].islower() or not surname.isalpha():
        return []
    out = []
    end = next((e for e in _SLAVIC_ENDINGS if surname.endswith(e)), None)
    if end is not None and surname[-len(end) - 1] not in "aeiouy":
        out += [surname[:-len(end)] + e for e in _SLAVIC_ENDINGS if e != end]
    elif surname[-1] == surname[-2]:
        out.append(surname[:-1])
    elif surname[-1] not in "aeiouy":
        out.append(surname + surname[-1])
    if surname.endswith("ah"):
        out.append(surname[:-1])
    elif surname.endswith("a"):
        out.append(surname + "h")
    return out


# the nouns for two people after "the" that stand for the two named together before
_PAIR_NOUNS = frozenset("couple pair duo two".split())


# a spouse's or a partner's noun after "his" or "her" that joins two people's names
_PARTNER_NOUNS = r"(?:wife|husband|partner|fianc[eé]e?|girlfriend|boyfriend)"


# a name of one or two capitalised words, the first perhaps a title with its stop ("Mrs. Hale")
_SHORT_NAME = r"\p{Lu}\p{Ll}+\.?(?:[^\S\n]+\p{Lu}\p{Ll}+)?"


# two people's names joined by "and", the first perhaps with its age, the second perhaps as the
# first one's spouse: "Tom Hale and Ann Roe", "Tom Hale, 54, and Ann Hale", "Tom Hale and his
# wife, Ann", "Mr and Mrs Hale"
_NAMED_PAIR = regex.compile(
    r"(?<![\p{L}’'-])(" + _SHORT_NAME + r")(?:,[^\S\n]+\d{1,3},)?[^\S\n]+and[^\S\n]+(?:(?:his|her)[^\S\n]+"
    + _PARTNER_NOUNS + r",?[^\S\n]+)?(" + _SHORT_NAME + r")(?![\p{L}’'-])")


# how far before "the couple" the two names are looked for
_PAIR_REACH = 1500


def _group_subject_before(ctx, start: int) -> tuple[int, int] | None:
    """The subject of the sentence before the one at ``start``, in the same paragraph, when it
    names a group ("Local residents gathered at the pier."); None otherwise, and when the group
    is a pair ("Both leaders") or someone's ("Mr. Trump's voters", "his aides"): "few" or "many"
    after them are as often people at large ("... But few believe ...")."""
    layout = ctx.layout
    i = sentence_index(layout, start)
    if i == 0 or i >= len(layout.sentences):
        return None
    before = layout.sentences[i - 1]
    if ctx.text.find("\n", before.end, start) >= 0:
        return None  # (a sentence of another paragraph may be about something else)
    subject = sources.leading_subject(ctx.text, before.start, before.end, ctx.lexicon)
    if subject is None or kinds.kind(ctx.text, *subject, ctx.lexicon) != "group":
        return None
    words = [w.lower() for w in WORD.findall(ctx.text, *subject)]
    if words[0] in _PAIR_OPENERS or not en.POSSESSIVE_PRONOUNS.keys().isdisjoint(words) or _POSSESSIVE.search(ctx.text, *subject):
        return None
    return subject


# the words that open a pair's mention: "Both leaders", "Two envoys"
_PAIR_OPENERS = frozenset("both either neither two".split())


def _pair_named_before(text: str, start: int, inside_quote) -> tuple[int, int] | None:
    """The span of the last two people named together before ``start``, within ``_PAIR_REACH``:
    "Tom Hale and Ann Roe", "Tom Hale and his wife Ann", "Mr and Mrs Hale"; each name opened by
    a given name of the table or a title ("the Duke and Duchess"; no "Marks and Spencer", no "Ohio and Texas"), outside
    quotation marks (a pair the couple's own words name is another: "“The King and Queen are
    delighted,” the statement added. The couple said"); None if there are none."""
    found = None
    for m in _NAMED_PAIR.finditer(text, max(0, start - _PAIR_REACH), start, True, CONCURRENT):
        # (a stop after a title only: "Mrs. Hale", but no sentence's end, "met Tom. Ann and Joe")
        # (or a title of rank, of a royal pair: "the Duke and Duchess of Sussex")
        if all((w := WORD.match(m.group(k)).group().lower()) in en.TITLES or w in en.RANK_TITLES or w in given_names() and (
                "." not in m.group(k)) for k in (1, 2)) and not inside_quote(m.start()):
            found = m.span()
    return found


# a body's initials: two to six capitals, with the small letter of an "of" or a "for" between
# them ("MoD", "DfT")
_INITIALISM = regex.compile(r"\p{Lu}(?:[of]?\p{Lu}){1,5}")


# the small words a body's name may hold that its initials leave out
_NAME_LINKS = r"(?:(?:of|and|for|the|&)[^\S\n]+)*"


# the last words of a body's name that two initials may stand for ("Associated Press", "European
# Union"); two capitalised words alone are as often a person's ("Ann Park" for "AP")
_BODY_NOUN_ENDS = en.ORGANIZATION_WORDS | en.GOVERNMENT_WORDS | en.OUTLET_NOUNS | frozenset(["press", "nations", "news"])


# how far back the name is looked for (as a surname's full name is)
_INITIALS_REACH = 5000


_BODY_KINDS = frozenset(["organization", "government", "group", "outlet", "anonymous"])


# a capitalised word of a name ("Farmers", "Anglo-Irish"), and what may join two of them: a space,
# after an apostrophe perhaps ("Farmers' Union"), and the small words of a name ("of", "and", "for", "the")
_NAME_WORD = regex.compile(r"(?<![\w’'-])\p{Lu}\p{Ll}\w*(?:[’'-]\w+)*(?![\w-])")


_NAME_LINK = regex.compile(r"[’']?[^\S\n]+" + _NAME_LINKS)


def _spelled_before(text: str, span: tuple[int, int], initialism: str) -> tuple[int, int] | None:
    """The latest name before ``span``, within a few paragraphs, whose capitalised words' initials
    spell ``initialism``: "National Farmers' Union" for "NFU", "Ministry of Defence" for "MoD"."""
    capitals = "".join(ch for ch in initialism if ch.isupper())
    # (one pattern for every initialism: the capitalised words before, then the run of them, joined
    # as a name's are, whose first letters spell it, the latest)
    found = list(_NAME_WORD.finditer(text, max(0, span[0] - _INITIALS_REACH), span[0], False, CONCURRENT))
    last = None
    n = len(capitals)
    for k in range(len(found) - n, -1, -1):
        run = found[k:k + n]
        if all(m.group()[0] == ch for m, ch in zip(run, capitals)) and all(
                _NAME_LINK.fullmatch(text, a.end(), b.start(), CONCURRENT) is not None for a, b in zip(run, run[1:])):
            last = (run[0].start(), run[-1].end())
            break
    if last is None:
        if "O" in initialism[1:-1]:
            # an "of" the initials write in capitals: "MOH", "Ministry of Health"; "DOJ", "BOT"
            return _spelled_before(text, span, initialism[0] + initialism[1:-1].replace("O", "o") + initialism[-1])
        return None
    words = WORD.findall(text, *last, False, CONCURRENT)
    if len(capitals) < len(initialism):
        # a small letter in the initials is a small word's in the name: "MoD", "Ministry of Defence"
        if not all(any(w[0] == ch and w.islower() for w in words) for ch in initialism if ch.islower()):
            return None
    elif len(capitals) == 2 and words[-1].lower() not in _BODY_NOUN_ENDS:
        return None
    if text.endswith(("’s", "'s"), *last):
        # the name without the possessive it was read with: "the Markets Authority's chief ... The MA said"
        last = (last[0], last[1] - 2)
    return last


# how a capitalised noun of a place's people ends (`en.DEMONYM_ENDS`), and the endings a body's
# name shares, which the place the person's mention names tells apart here: "Briton", "Scot",
# "the Irish"
_DEMONYM_ENDS = en.DEMONYM_ENDS + ("on", "ot", "sh")


def _placed(text: str, span: tuple[int, int], demonym: str) -> bool:
    """Whether a person's mention names, outside the name itself, the place a lower-case
    ``demonym`` is of: a capitalised word that shares most of its stem ("Texas" for "texan",
    "Britain" or "British" for "briton", "Canada" for "canadian"), or a place's possessive right
    before the mention ("Japan's" before "Prime Minister Shigeru Ishiba", for "japanese")."""
    comma = text.find(",", *span)
    head = WORD.findall(text, span[0], comma if comma > 0 else span[1], False, CONCURRENT)
    words = head[:-2] + (WORD.findall(text, comma, span[1], False, CONCURRENT) if comma > 0 else [])
    if any(en.NATIONAL_HEAD_TITLES.get(w.lower()) == demonym for w in head):
        return True  # (a title one nation alone gives: "Taoiseach Ann Byrne" is Irish)
    for w in words:
        lw = w.lower()
        if lw == demonym:
            return True  # ("Dale Pruitt, a Texan")
        if w[:1].isupper() and _place_of_people(lw, demonym):
            return True
    return (owner := _place_possessive_before(text, span[0])) is not None and _place_of_people(owner.lower(), demonym)


# a capitalised word and its possessive's mark right before a mention: "Japan's ", "Taiwan’s "
_POSSESSIVE_BEFORE = regex.compile(r"(?<![\w’'.-])(\p{Lu}[\p{L}.]*)[’']s[^\S\n]+\Z")


def _place_possessive_before(text: str, start: int) -> str | None:
    """The capitalised word whose possessive stands right before ``start`` ("Japan" of "Japan's
    Prime Minister ..."), if any; a cheap test of the mark before the pattern runs."""
    if start < 3 or text[start - 1] not in " \t" or text[start - 2] != "s" or text[start - 3] not in "’'":
        return None
    m = _POSSESSIVE_BEFORE.search(text, max(0, start - 30), start, CONCURRENT)
    return m.group(1) if m is not None else None


def _place_of_people(place: str, demonym: str) -> bool:
    """Whether the lower-case word ``place`` (a possessive's mark dropped) names the place whose
    people the lower-case ``demonym`` names: by most of its stem ("texas" for "texan", "japan"
    for "japanese", "korea" for "korean"), or by the table of those that share too little
    ("france" for "french", ``default_lexicon.IRREGULAR_PLACE_ADJECTIVES``)."""
    place = place.removesuffix("’s").removesuffix("'s")
    if en.IRREGULAR_PLACE_ADJECTIVES.get(place) == demonym:
        return True
    common = next((k for k, (a, b) in enumerate(zip(place, demonym)) if a != b), min(len(place), len(demonym)))
    return common >= 4 and common >= min(len(place), len(demonym)) - 3


# the offices that "chief" makes another office of: a chief minister is no minister of a cabinet,
# but a chief spokesman or a chief economist is still a spokesman or an economist
_CHIEF_OFFICES = frozenset("minister secretary justice".split())


# the words before a post's noun that make it another person's post, one the noun alone never
# stands for: a shadow chancellor, a deputy mayor, a vice president, an assistant coach are none of
# "the chancellor", "the mayor", "the president", "the coach" (but "former" is left out: "the former
# president" is often the "President Clinton" the story named first)
_OTHER_HOLDER_WORDS = frozenset("shadow deputy vice assistant".split())


# the words of a post the opposition holds in a parliament, and the posts of a government, which
# no holder of an opposition's post holds: the leader of the opposition, a shadow treasurer are
# none of "the minister", "the treasurer", "the premier" (nor is a party's critic of a portfolio,
# "Conservative finance critic Tom Reid", the minister of it)
_OPPOSITION_WORDS = frozenset("opposition shadow critic".split())


_GOVERNMENT_POSTS = frozenset("minister treasurer premier chancellor".split())


# offices of one holder known by a name of their own, no title before a name: a head of government
# and the deputy ("the Tánaiste" is no "Micheál Martin, the Taoiseach", given another office;
# written with its accent or without, as copy outside Ireland writes it: "the Tanaiste")
_OFFICES_BY_OWN_NAME = frozenset("taoiseach tánaiste tanaiste cathaoirleach premier".split())


# the posts of a government's purse, whose holder holds no other of its posts
_PORTFOLIO_POSTS = frozenset("treasurer chancellor".split())


# (as a lookbehind: no chief's or prime post, nor another holder's, ends right before the noun)
_NO_OTHER_POST_BEFORE = r"(?<!(?i:chief|prime|%s)[^\S\n]+)" % "|".join(sorted(_OTHER_HOLDER_WORDS))


def _other_post(lows: list[str], noun: str, own: Collection[str] = ()) -> bool:
    """Whether every ``noun`` in a mention's words is part of another post: "the minister" is no
    "Chief Minister H R Rao", nor "the secretary" a "Foreign Secretary"'s "Permanent Secretary",
    nor "the chancellor" a "Shadow chancellor Ann Rao" (but "the spokesman" is "the council's chief
    spokesman", and "the deputy mayor", whose words ``own`` hold the modifier, is "Deputy Mayor Ann Rao")."""
    return all(k and (lows[k - 1] in ("prime", "permanent") or lows[k - 1] == "chief" and noun in _CHIEF_OFFICES
                      or _other_holder_before(lows, k, own))
               for k, w in enumerate(lows) if w == noun)


def _other_holder_before(lows: list[str], k: int, own: Collection[str] = ()) -> bool:
    """Whether a word of another holder's post (``_OTHER_HOLDER_WORDS``) stands right before the
    post that opens at ``k`` in the words ``lows``, or before a field or rank between: "Shadow health
    secretary", "Deputy Prime Minister" (none the mention's ``own`` words hold: "the deputy mayor")."""
    return any(w in _OTHER_HOLDER_WORDS and w not in own for w in lows[max(0, k - 2):k])


def _other_office(lows: list[str], mention: list[str], noun: str) -> bool:
    """Whether a mention that names its office by a modifier before the noun ("the prime
    minister", "the finance minister") stands before a person the words ``lows`` give another
    office of that noun ("cabinet minister Ann Rao", "the finance minister Ann Rao" for "the
    prime minister"); a noun with no modifier before it ("Minister Ann Rao") is no other office.
    A field in small letters names the office of a post held by field too, against another field
    only: "the health minister" is no "education minister Ann Rao", but may be "former minister
    Ann Rao" (while "the conference speaker" may be "corporate speaker Ann Rao")."""
    k = mention.index(noun) if noun in mention else 0
    modifier = mention[k - 1].lower() if k >= 2 else ""
    if modifier in _TITLE_MODIFIERS:
        return modifier not in lows and any(j and lows[j - 1] not in _DETERMINERS for j, w in enumerate(lows) if w == noun)
    return noun in _FIELD_POSTS and mention[k - 1].islower() and _office_field(modifier) and modifier not in lows and any(
        j and _office_field(lows[j - 1]) for j, w in enumerate(lows) if w == noun)


# the words for those who work at a place, before "at", "of" or "for" and its name ("staff at
# Harlow Motors", "employees of the museum"): the name is their employer's
_WORKFORCE_WORDS = frozenset("staff workers employees workforce personnel crew crews".split())
# people by their part who belong to a body rather than work for it: "members of Unite"
_BELONGING_PLURALS = frozenset("members supporters fans followers".split())
_WORKFORCE_BEFORE = regex.compile(r"([A-Za-z]+)[^\S\n]+(?:at|of|for|from)[^\S\n]+(?:the[^\S\n]+)?\Z", regex.IGNORECASE)


def _employer_of_workforce(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows a workforce and "at", "of" or "for": "Staff at the Sierra
    Club", "nurses at Kestrel Hospital", "employees of Harlow Motors" (not "members of Unite")."""
    m = _WORKFORCE_BEFORE.search(text, max(0, at - 40), at, CONCURRENT)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in _WORKFORCE_WORDS or word not in _BELONGING_PLURALS and kinds.plural(word) and (
        person_noun(kinds.singular(word)))


# the posts a government gives by field: "the health minister", "the home secretary"; and the
# heads of a public service named by it: "the fire commissioner" is no "police commissioner Tom
# Roe", "the fire chief" no "Police Chief Ann Lee", "the health director" no "the transport director"
_FIELD_POSTS = frozenset("minister secretary commissioner chief director".split())


# the words before a post's noun that say when or how one holds it, not which post it is: "the
# former minister", "the acting secretary"
_STANDING_WORDS = frozenset(
    "former ex then current new outgoing incoming acting interim caretaker late longtime veteran top senior junior "
    "first sitting serving".split())


def _office_field(word: str) -> bool:
    """Whether a word in lower case before a post's noun may name its field: "health", "cabinet"
    (not "the", "his", "former")."""
    return word.isalpha() and word not in _DETERMINERS and word not in en.POSSESSIVE_PRONOUNS and word not in _STANDING_WORDS


# a plural's possessive mark: "the victims' lawyer"
_PLURAL_POSSESSIVE = regex.compile(r"s[’'](?=[^\S\n])")


# nouns of a trade or a party that a person's capitalised post before the name never names: "the
# engineer", "the inspector", "the complainant" is no "Mayor Ann Lee", "Superintendent Tom Roe"
# (but a lawmaker's, a party's or a public figure's broad nouns may be: "Sen. Ann Lee ... the
# lawmaker", "Gov. Tom Roe ... the candidate")
_BROAD_HOLDER_NOUNS = frozenset("executive veteran boss chief head".split())


# a post in capitals right before a name, its words joined by "of" and a qualifier in brackets
# among them: "Superintendent of Police (Rural) | Ann Rao", "Commissioner of Customs | Tom Roe" (a
# dot ends only a short word's abbreviation: "Supt. | Ann Rao", not "... the Inspector. | Ann Rao said")
_POST_RUN_BEFORE = regex.compile(
    r"(?:\p{Lu}(?:[\p{L}’'-]*|\p{L}{0,3}\.)[^\S\n]+(?:(?:of|and)[^\S\n]+|\(\p{Lu}[\p{L}-]*\)[^\S\n]+)*){1,5}$")


def _post_run_before(text: str, start: int) -> list[str]:
    """The words, in small letters, of the post in capitals right before the name at ``start``."""
    m = _POST_RUN_BEFORE.search(text, max(0, start - _PLACE_BEFORE_NAME - 20), start, CONCURRENT)
    return [w.lower() for w in WORD.findall(m.group())] if m is not None else []


def _another_trade(noun: str, posts: Collection[str]) -> bool:
    """Whether the capitalised posts ``posts`` a person is named with hold a person's noun, none of
    them ``noun`` nor its other name, where ``noun`` is a noun of a trade, a rank or a party, no
    title and no broad noun of a public figure."""
    if noun in en.TITLES or noun in _MEMBER_ROLES or noun in _BROAD_HOLDER_NOUNS or noun in posts:
        return False
    same = _POST_SYNONYMS.get(noun, (noun,))
    return any(p in en.PERSON_NOUNS and p not in en.COURTESY_TITLES and p not in same for p in posts)


def _other_party(lows: list[str], noun: str) -> bool:
    """Whether a mention's words name its person another party to a case than ``noun`` does: "the
    defendant" is no "prosecutor Ann Lee", nor "the judge" a "victim Tom Roe" or "lawyer Ann Lee",
    nor "the lawyer" a "Judge Tom Roe" (but a lawyer may be the one who prosecutes)."""
    side = _CASE_PARTIES.get(noun)
    if side == "judges" and noun not in lows and any(w.rstrip(".") in _HEALING_AND_LEARNING or (
            w.rstrip(".") in _POLICE_RANKS) for w in lows):
        return True  # ("the judge", "the magistrate" is no "Dr Ann Lee", "Prof Tom Roe", "Det Insp Tom Roe")
    return side is not None and any(
        _CASE_PARTIES.get(w, side) != side and {side, _CASE_PARTIES[w]} != _PLEADING_SIDES for w in lows)


# what opens the sentence of a witness's evidence, before its subject: "Giving evidence, she
# said", "Giving evidence at the inquest, he said", "Testifying, she told the court", "Under
# cross-examination, he said", "In her evidence, she said"
_WITNESS_OPENER = regex.compile(
    r"(?:^|(?<=[.!?][" + CLOSING_QUOTE_CLASS + r"]?[^\S\n]+))(?:Giving[^\S\n]+evidence|Testifying|Under[^\S\n]+cross-examination|Cross-examined"
    r"|In[^\S\n]+(?:his|her)[^\S\n]+evidence)[^,.\n]{0,40},[^\S\n]*\Z", regex.MULTILINE)
_WITNESS_OPENER_CHARS = 70


# the verbs of a witness's evidence, no one on the bench gives: "“...,” she testified"
_WITNESS_LEMMAS = frozenset(["testify"])


# the nouns of those who sit on the bench and hear a witness's evidence, no witness themselves
_BENCH_NOUNS = frozenset("judge magistrate coroner recorder".split())


# such a noun as a title before a name, and the name's last word: "Judge Ann Lee", "Coroner Tom Roe"
_BENCH_TITLED = regex.compile(
    r"(?<![\w’'-])(?:Judge|Magistrate|Coroner|Recorder)(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*)*?[^\S\n]+(\p{Lu}[\p{Ll}’'-]+)(?![\w’'-])(?![^\S\n]+\p{Lu})")


# the side counsel takes in a case, as British court copy opens a sentence before the name:
# "Prosecuting, Ann Lee said", "Defending, Tom Roe told the court", "Mitigating, Ann Lee said",
# "Representing him, Tom Roe said"
_COUNSEL_OPENER = regex.compile(
    r"(?:^|(?<=[.!?][" + CLOSING_QUOTE_CLASS + r"]?[^\S\n]+))(Prosecuting|Defending|Mitigating|Representing[^\S\n]+(?:him|her|them))[^\S\n]*,[^\S\n]*\Z",
    regex.MULTILINE)
_COUNSEL_OPENER_CHARS = 30
_COUNSEL_SIDES = {"Prosecuting": "prosecutor"}


def _counsel_before(text: str, start: int) -> str | None:
    """The noun of the side counsel takes, when it opens the sentence before the name at
    ``start``: "prosecutor" for "Prosecuting, Ann Lee said", "counsel" for "Defending, Tom Roe said"."""
    m = _COUNSEL_OPENER.search(text, max(0, start - _COUNSEL_OPENER_CHARS), start, CONCURRENT)
    return None if m is None else _COUNSEL_SIDES.get(m.group(1), "counsel")


# the titles and nouns of the callings of medicine and learning, whose holder is no one who judges a
# case: a doctor, a professor, a pathologist giving evidence
_HEALING_AND_LEARNING = frozenset(
    """
    dr doctor prof professor pathologist surgeon physician psychiatrist psychologist paediatrician pediatrician
    nurse paramedic scientist researcher academic lecturer
    """.split())


# the ranks of the police, full and cut short, whose holder is no one who judges a case either:
# the officer who led an inquiry giving evidence ("Det Insp Ann Lee", "Detective Sergeant Tom Roe")
_POLICE_RANKS = frozenset(
    """
    detective det insp inspector sergeant sgt constable pc dc ds di dci dcs supt superintendent
    """.split())


# the parties to a case, each a person of its own: the one tried, the one who prosecutes, the one
# who judges, the one wronged, the one who petitions a court and the one who answers, the one who
# pleads another's case
_CASE_PARTIES = {"defendant": "tried", "accused": "tried", "suspect": "tried", "prosecutor": "prosecutes",
                 "judge": "judges", "magistrate": "judges", "victim": "wronged", "complainant": "wronged",
                 "plaintiff": "wronged", "claimant": "wronged", "petitioner": "petitions", "appellant": "petitions",
                 "respondent": "responds",
                 **dict.fromkeys("lawyer lawyers attorney counsel solicitor barrister advocate".split(), "pleads")}


# what marks the one named as the one tried, right after the name (past an age or an aside): "Ann
# Lee is on trial", "Ann Lee, 34, denies murder", "Tom Roe, who is charged with fraud", "Tom Roe
# pleaded not guilty", "Ann Lee, the defendant,"
_TRIED_AFTER_NAME = regex.compile(
    r"(?:[^\S\n]*,[^,.;:\n]{1,60},)?[^\S\n]*,?[^\S\n]*(?:who[^\S\n]+)?(?:(?:is|was|has|had|have)[^\S\n]+(?:been[^\S\n]+)?)?"
    r"(?:on[^\S\n]+trial|(?:stands|stood|faces|facing|went[^\S\n]+on)[^\S\n]+trial|accused[^\S\n]+of|charged[^\S\n]+with"
    r"|denies|pleaded|the[^\S\n]+(?:defendant|accused))(?![\w’'-])")
_TRIED_REACH = 90


def _marked_tried(text: str, ref: tuple[int, int], head: list[str], before: list[str]) -> bool:
    """Whether the person named at ``ref`` (its head words ``head``; ``before``, the words right
    before it) is marked as the one tried in a case: "defendant Ann Lee", "Ann Lee is on trial",
    "Tom Roe, 34, denies murder", "Ann Lee, who is charged with fraud"."""
    if before and before[-1].lower() in ("defendant", "accused"):
        return True
    at = text.rfind(head[-1], ref[0], ref[1]) if head else -1
    if at < 0:
        return False
    at += len(head[-1])
    return _TRIED_AFTER_NAME.match(text, at, min(len(text), at + _TRIED_REACH), CONCURRENT) is not None


def _ends_a_name(words: list[str], name: str) -> bool:
    """Whether ``name`` is among ``words`` and ends a name there, no capitalised word after it:
    "Lee" in "Ann Lee, 34", not "John" in "John Hammond"."""
    k = len(words) - 1 - words[::-1].index(name) if name in words else -1
    return k >= 0 and (k == len(words) - 1 or not words[k + 1][:1].isupper())


# the words that join a post to the one it serves or the place it is held: "a lawyer | for the
# family", "the judge | in the case"
_POST_SERVED = frozenset("of for to in at with on".split())


# the sides of one who pleads and one who prosecutes, which may be one person: "lawyer Ann Lee"
# may be "the prosecutor"
_PLEADING_SIDES = frozenset(["pleads", "prosecutes"])


# the heads of a public body's name that "the agency" may stand for ("the disaster management
# agency", "the Food Standards Authority", "the Federal Trade Commission", and a UN body's: "the
# World Meteorological Organization")
_AGENCY_HEADS = frozenset("agency commission administration authority bureau service department office board "
                          "directorate inspectorate regulator institute ministry center centre organization organisation".split())


# the words after a body's head that open what the body is for: "the National Institutes of
# Health", "the Centers for Disease Control and Prevention" (the head before them, not the last word)
_BODY_PURPOSE_WORDS = frozenset(["of", "for"])


def _body_name_head(words: list[str]) -> str:
    """The head of a body's name, in small letters and in the singular: the word before the first
    "of" or "for" after a word in capitals ("Institutes" of "the National Institutes of Health"),
    else the last word."""
    at = next((k for k in range(1, len(words)) if words[k] in _BODY_PURPOSE_WORDS and words[k - 1][:1].isupper()), len(words))
    head = words[at - 1].lower()
    return kinds.singular(head) if at < len(words) and kinds.plural(head) else head


def _public_body_before(text: str, span: tuple[int, int], seen, words_in) -> tuple[int, int] | None:
    """The latest body mentioned before ``span`` that "the agency" may stand for: one read as an
    organization's or a government's, whose last word heads a public body's name or whose name is
    initials ("the FBI"). With none, "the agency" is read as a news agency, the outlet before it."""
    for prev, pk in reversed(seen):
        if prev[1] > span[0] or pk not in ("organization", "government"):
            continue
        pw = words_in(prev)
        if not pw:
            continue
        last = pw[-1]
        if last.lower() in _AGENCY_HEADS or len(last) >= 2 and last.isupper() and last.isalpha() or kinds.state_agency_for_a_place(
                pw[1:] if pw[0].lower() == "the" else pw) or (
                pw[0][:1].isupper() or len(pw) > 1 and pw[1][:1].isupper()) and _body_name_head(pw) in _AGENCY_HEADS:
            return prev
    return None


def _unarticled(words: list[str]) -> list[str]:
    """A name's words without its article: "The Water Agency" and "Water Agency" name one body."""
    return words[1:] if words[:1] in (["The"], ["the"]) else words


def _news_agency(name: str) -> bool:
    """Whether an outlet's name is a news agency's: one the lexicon knows ("Reuters", "the AP",
    "PTI") or one with an agency's word ("the Associated Press", "Agence France-Presse")."""
    lows = _NAME_SPLIT.split(name.lower().replace("’", "'").strip())
    if lows[:1] == ["the"]:
        lows = lows[1:]
    return " ".join(lows) in en.NEWS_AGENCY_NAMES or not en.NEWS_AGENCY_NAME_WORDS.isdisjoint(lows)


def _broadcaster(name: str) -> bool:
    """Whether an outlet's name is a broadcaster's or a programme's: one with a broadcaster's
    word ("the BBC", "Sky News", "Channel 4") or a programme's title ("Good Morning Britain")."""
    lows = _NAME_SPLIT.split(name.lower().replace("’", "'").strip())
    if lows[:1] == ["the"]:
        lows = lows[1:]
    return " ".join(lows) in en.BROADCAST_TITLES or not en.BROADCASTER_NAME_WORDS.isdisjoint(lows)


def _prints(name: str) -> bool:
    """Whether an outlet's name, or the aside of its mention, says it prints: a paper's noun in it
    ("El Tiempo, a newspaper", "the Daily Mail") or a paper's name's end ("The Times")."""
    lows = _NAME_SPLIT.split(name.lower().replace(",", " ").strip())
    return not _broadcaster(name) and (not en.PRINT_OUTLET_NOUNS.isdisjoint(lows) or lows[-1] in en.PRINT_NAME_ENDS)


# what splits an outlet's name into its words: spaces and hyphens ("Agence France-Presse")
_NAME_SPLIT = regex.compile(r"[\s-]+")


# how many paragraphs "the study" may stand after the document it stands for
_DOCUMENT_PARAGRAPHS = 3


def _document_before(text: str, span: tuple[int, int], noun: str, seen) -> tuple[int, int] | None:
    """The latest source before ``span``, in its paragraph or the few before, read as a document
    whose head, before any comma, is ``noun``, after an article or an owner's possessive: "A
    report by the panel warned ... The report said" (not a headline's words, "Fox News Just
    Uncovered A Game-Changing Video")."""
    for prev, pk in reversed(seen):
        if prev[1] > span[0] or pk != "document":
            continue
        if _paragraphs_between(text, prev[1], span[0]) > _DOCUMENT_PARAGRAPHS:
            return None
        first, comma, _rest = text[prev[0]:prev[1]].partition(",")
        first = first.split()
        # (the bare noun only with more after its comma: "The study, published in The Lancet, found")
        if (len(first) > 2 or comma and len(first) == 2) and kinds.head_word(first) == noun and (first[0].lower() in _DETERMINERS or any(
                w.endswith(("’s", "'s")) for w in first[:-1])):
            return prev
    return None


# a public body's name, its capitalised words joined by "and" or "of" and its head last: "the
# Cybersecurity and Infrastructure Security Agency", "the Food Standards Authority"; or its head
# (in the plural too) before what it is for: "the Centers for Disease Control and Prevention"; or
# its initials, three to six capitals ("the FBI", "the NIH")
_PUBLIC_BODY_NAME = regex.compile(
    r"(?<![\w’'.&-])(?P<initials>\p{Lu}{3,6})(?![\w’'&-]|\.\w)|(?<![\w’'.&-])(?:\p{Lu}[\w’'.&-]*[^\S\n]+(?:(?:and|of|for|on)[^\S\n]+)?){0,6}"
    r"(?P<head>" + "|".join(sorted(h.capitalize() for h in _AGENCY_HEADS)) + r")(?:(?<=[^sy])s)?\b"
    r"(?:(?P<purpose>[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\w’'-]*(?:[^\S\n]+(?:and[^\S\n]+)?\p{Lu}[\w’'-]*){0,4})"
    r"|(?![’']s\b|[^\S\n]+\p{Lu}))(?![\w’'-]|\.\w)")


# the words before a head that make the body a news agency's or a broadcaster's: "Press Agency", "News Service"
_NEWS_BODY_WORDS = frozenset("News Press Broadcasting Wire".split())


# how far before "the agency" a public body named in its paragraph, in no report's source, is looked for
_PUBLIC_BODY_REACH = 600


def _paragraph_start_back(text: str, pos: int, paragraphs: int) -> int:
    """Where the paragraph of ``pos`` opens, or the one that many ``paragraphs`` before it
    (blank lines between are no paragraphs), read back no further than the public body's reach."""
    floor = max(0, pos - _PUBLIC_BODY_REACH)
    para = text.rfind("\n", floor, pos)
    for _ in range(paragraphs):
        if para < 0:
            break
        prev = text.rfind("\n", floor, para)
        while prev >= 0 and not text[prev + 1:para].strip():
            para, prev = prev, text.rfind("\n", floor, prev)
        para = prev
    return para + 1 if para >= 0 else floor


def _without_opening_word(text: str, found: tuple[int, int]) -> tuple[int, int]:
    """``found`` without a first word that is no part of the name after it: an article or a
    word of shares ("The Harlow Bank", "Shares Harlow Bank" give "Harlow Bank")."""
    first = WORD.match(text, *found, CONCURRENT)
    if first is not None and first.group() in _NOT_IN_NAME:
        found = (_SPACES.match(text, first.end(), found[1]).end(), found[1])
    return found


def _public_body_named_before(text: str, span: tuple[int, int], outlet_names, paragraphs: int = 0) -> tuple[int, int] | None:
    """The last public body named in full or by its initials in the paragraph of ``span``, before
    it, though in no report's source: "The Federal Security Agency added the flaw to its list, the
    agency said", "data from the FBI ... The agency lists" (the agency the body, no news agency;
    "the Press Agency" is one, and "AFP" or a place, "the USA", no body's); or in as many
    ``paragraphs`` before it too, within the same reach."""
    lo = max(_paragraph_start_back(text, span[0], paragraphs), span[0] - _PUBLIC_BODY_REACH)
    found = None
    for m in _PUBLIC_BODY_NAME.finditer(text, lo, span[0], False, CONCURRENT):
        if m.group("initials") is not None:
            low = m.group().lower()
            if low not in outlet_names and low not in place_names():
                found = m.span()
            continue
        before = text[m.start():m.start("head")].split()  # (the name's words before its head)
        if (before or m.group("purpose")) and not _NEWS_BODY_WORDS.intersection(before[-1:]):
            found = m.span()
    return None if found is None else _without_opening_word(text, found)


# a name in capitals of two to six letters, as a body's initials ("the RSF", "the FARC"), and a
# run of words in capitals that may be a body's bare name ("Hamas", "the Islamic Jihad")
_BODY_INITIALS = regex.compile(r"(?<![\w’'.&-])\p{Lu}{2,6}(?![\w’'&-]|\.\w)")


_CAPITALISED_RUN = regex.compile(r"(?<![\w’'.&-])\p{Lu}[\w’'&-]*(?:[^\S\n]+\p{Lu}[\w’'&-]*){0,3}(?![\w’'&-])")
# a number right after a word in capitals, which makes the word its currency or unit: "Rs 1,245", "USD 12", "Rs. 50"
_AMOUNT_AFTER = regex.compile(r"\.?[^\S\n]\d")


def _group_named_just_before(text: str, span: tuple[int, int], outlet_names) -> tuple[int, int] | None:
    """The last group named in the sentence of ``span`` or the one before, before it, that a
    modified "the group" may stand for though it is in no report's source: initials in capitals,
    no place's, outlet's nor post's, nor a world body's ("accused the RSF of shelling. The
    paramilitary group denied it"; not "the UN envoy"), or a group the table knows ("Hamas"; not
    "Barclays", a bank)."""
    lo = max(text.rfind("\n", 0, span[0]) + 1, span[0] - _PUBLIC_BODY_REACH)
    ends = _sentence_ends(text, lo, span[0])
    lo = ends[-2] if len(ends) >= 2 else lo
    found = None
    for m in _BODY_INITIALS.finditer(text, lo, span[0], False, CONCURRENT):
        low = m.group().lower()
        if low not in outlet_names and low not in place_names() and low not in en.PERSON_INITIALISMS and low not in en.TITLES and (
                low not in en.ORGANIZATION_WORDS and low not in en.GOVERNMENT_WORDS and org_trades().get(low, "group") == "group"):
            found = m.span()  # (nor a body known by its initials as by a word, "the UN", "NATO", nor one the table knows of another trade)
    for m in _CAPITALISED_RUN.finditer(text, lo, span[0], False, CONCURRENT):
        if org_trades().get(_table_key(m.group())) == "group" and (found is None or m.start() > found[0]):
            found = _without_opening_word(text, m.span())
    return found


_RELATIVE_WORDS = frozenset(["who", "whom", "whose", "which"])


# the quantifiers that stand alone for a part of a group named before: "Some said", "Many of them said"
_PART_QUANTIFIERS = frozenset("some many most several few".split())
# one person of a group "they" stands for: "Two diplomats said ... one of them said"
_ONE_OF_THEM = (["one", "of", "them"], ["another", "of", "them"])


def _before_relative(words: list[str]) -> int:
    """How many of a mention's words come before its relative clause: a name inside it is
    another's ("Ann Lee, who has known Tom Roe for years": no mention of Roe), as it is
    inside a participle's clause with its agent ("A panel led by Tom Roe": no mention of Roe)."""
    return next((k for k, w in enumerate(words) if w in _RELATIVE_WORDS or w == "by" and k > 0 and (
        (before := words[k - 1]).islower() and (before.endswith("ed") or before in en.IRREGULAR_PASTS))), len(words))


# a relative clause set off by a comma inside a mention: ", who represents sellers"
_RELATIVE_ASIDE = regex.compile(r",[^\S\n]*(?:%s)(?![\w’'-])" % "|".join(sorted(_RELATIVE_WORDS)))


def _before_relative_aside(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The mention a pronoun stands for without the relative clause set off after it: "Ann Lee,
    a broker in Tampa" for "Ann Lee, a broker in Tampa, who represents sellers" (the clause says
    something of her, it does not name her); a clause with no comma before it stays, as it tells
    who is meant ("voters who backed Lee")."""
    aside = _RELATIVE_ASIDE.search(text, *span, CONCURRENT)
    return (span[0], aside.start()) if aside is not None and aside.start() > span[0] else span


# words after a name in a mention that leave it the mention's head: "Ann Lee of the council"
# the finite verbs of saying a speaker's name heads: "Smith said", "Lee told"
_SPEAKING_FORMS = finite_forms(en.INVERTING_VERBS | {"tell"})


_AFTER_HEAD = frozenset("of at for from in on with and or who whom whose which that to by as".split())


_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}+)\b")


# ... or a post in capitals: "Vexa Chief Executive Ann Rao", "Vexa CEO Tom Roe"
_POST_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{L}.]*)(?![\w’'-])")


# two or three words in capitals after a name, up to the one before the next ("Communications
# Director | Ann"): a post of several words before another's name
_POST_RUN_AFTER = regex.compile(r"((?:[ \t]+\p{Lu}\p{Ll}+){1,2}[ \t]+\p{Lu}[\p{L}.]*)[ \t]+\p{Lu}")


def _post_run_after(text: str, at: int, end: int) -> bool:
    """Whether a post of two or three words in capitals, its last a title or a person's noun,
    follows ``at`` before another name that runs to ``end``: "Lee Communications Director Ann
    Rao", "Roe Campaign Manager Tom Lee" (not "Ann Lou Rao": no post)."""
    run = _POST_RUN_AFTER.match(text, at, end, CONCURRENT)
    if run is None:
        return False
    words = run.group(1).split()
    return any((low := w.lower().rstrip(".")) in en.TITLES or person_noun(low) for w in words[1:])


def _name_modifies(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether every ``name`` in a mention is another's than the mention's: it modifies a noun
    after it ("a Lee supporter", "Lee campaign manager Ann Rao", "Vexa Chief Executive Ann
    Rao"), or a preposition stands right before it ("a spokesperson for Vexa", "Ann Rao, an
    engineer at Vexa", "Ann Rao, chief executive of Vexa Energy": Vexa is where she works; but
    "The minister, Lou Jiwei": a name in apposition). "Vexa said" then stands for no such mention."""
    for at in _places(text, name, *span):
        end = at + len(name)
        if at == span[0] or not (text[at - 1].isalnum() or text[at - 1] in _WORD_JOINERS) or (
                text[at - 1] == "-" and _ARTICLE_BEFORE.search(text, max(0, at - _ARTICLE_REACH), at, CONCURRENT)):
            # (a name after Arabic's article joined to it is the name: "Abu Bakr al-Baghdadi")
            before = _WORD_ENDING.search(text, max(span[0], at - 12), at, CONCURRENT)
            if before is None and (tie := _TIE_BEFORE_NAME.search(text, max(span[0], at - _TIE_REACH), at, CONCURRENT)) is not None and (
                    person_noun(tie.group(1)) and tie.group(1) not in en.TITLES):
                continue  # the rest of a name one serves or is tied to: "an aide to Volodymyr Zelenskyy"
            if before is None or before.group(1) not in _OTHERS_PREPOSITIONS:
                after = _WORD_AFTER.match(text, end, span[1], CONCURRENT)
                if after is None and (post := _POST_AFTER.match(text, end, span[1], CONCURRENT)) is not None and (
                        (low := post.group(1).lower().rstrip(".")) in en.TITLES or low in en.PERSON_INITIALISMS or (
                            # (a person's noun in a headline in title case: "Sunak Ally Warns Of Revolt")
                            person_noun(low) and _title_case_around(text, *span))):
                    pass  # a post in capitals after the name: "Vexa CEO Tom Roe"
                elif after is None and _post_run_after(text, end, span[1]):
                    pass  # a post of several words in capitals: "Lee Communications Director Ann Rao"
                elif after is None or after.group(1) in _AFTER_HEAD or after.group(1) in _SURNAME_PARTICLES:
                    # (a particle after it opens more of the name: "Luiz Inacio Lula da Silva")
                    return False
    return True


# a person's noun in small letters and its tie to another named after it, the name's first words
# up to the surname: "an aide to | Volodymyr", "an ally of | Rishi" (the noun in group 1)
_TIE_BEFORE_NAME = regex.compile(
    r"(?<![\w’'-])(\p{Ll}+)[ \t]+(?:to|of|for)[ \t]+(?:\p{Lu}[\p{L}.’'-]*[ \t]+){1,2}\Z")
_TIE_REACH = 60


# the prepositions whose object, in a mention, is another than the one it names: one's body ("a
# spokesperson for Vexa"), or one it serves or is done by ("an adviser to Lee", "a panel led by Roe")
_OTHERS_PREPOSITIONS = kinds.TIES_TO_BODY_AFTER | frozenset(["to", "by"])


# the lower-case word that ends a stretch of text: the one before a name
_WORD_ENDING = regex.compile(r"(?<![\w’'-])(\p{Ll}+)[ \t]+$", regex.REVERSE)


# verbs that open a question in capitals: "Does Lee, like Roe, back the plan?"
_QUESTION_OPENERS = frozenset(w for w in en.VERB_AUXILIARIES if w.isalpha()) - en.NAME_AUXILIARIES


def _bare_before_comma(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether a mention's words before its first comma are the bare ``name``, or a question's
    opening verb and the name: "Lee, like Roe," and "Does Lee, like Roe," name Lee no more
    fully than "Lee" does."""
    comma = text.find(",", *span)
    head = WORD.findall(text, span[0], comma if comma > 0 else span[1], False, CONCURRENT)
    if len(head) == 2 and head[0][:1].isupper() and head[0].lower() in _QUESTION_OPENERS:
        head = head[1:]
    return head == [name]


def _named_before_kin(text: str, span: tuple[int, int], prev: tuple[int, int], words: list[str], surname: str,
                      full_names: dict[str, tuple[list[tuple[int, int]], int]]) -> tuple[int, int] | None:
    """The person named in full before a relative of theirs who shares the surname, for that
    surname read alone a paragraph or more after the relative ("Tom Lee died. ... His daughter,
    Jane Lee, said ... (paragraphs) ... Lee once said": the one who died, whom the relative is
    named by); None when ``prev``, the latest mention with the surname, is named by no kin before
    the name, or is in the surname's own paragraph ("his son, Sam Lee, said ... Lee added")."""
    if _KIN_GENDERS.keys().isdisjoint(w.lower() for w in words[:words.index(surname)]) or not _paragraphs_between(text, prev[1], span[0]):
        return None
    full = _full_name_before(text, prev[0], surname, full_names)
    return full if full is not None and full[1] <= prev[0] else None


def _heads_name(words: list[str], kind: str, own_kind: str | None) -> bool:
    """Whether a surname (a mention of ``own_kind``) may stand for a fuller mention
    ``words`` of that ``kind``: not a group's when it names no group itself ("Aides to
    Lee"; but "Ann Rao and Tom Roe" name people, and "Tories" may stand for "Senior
    Tories")."""
    return kind != "group" or own_kind == "group" or "and" in words


_OTHER_GENDER = {"he": "she", "she": "he"}


_FIRST_AND_SECOND_PERSON = frozenset(["we", "you", "i", "us", "me"])


# the marks that open a quotation
_OPENING_QUOTES = frozenset("“\"‘'")


# what stands before a pronoun that opens its sentence or follows its quotation ("“...,” she said")
_PRONOUN_OPENS = regex.compile(r"(?:^|[.!?,][" + CLOSING_QUOTE_CLASS + r"]?[^\S\n]|[.!?,][^\S\n]?[" + CLOSING_QUOTE_CLASS + r"][^\S\n])$", regex.MULTILINE)


# How many of the latest mentions a mention may stand for: enough for an article's people, and
# a bound on the work per mention in a text of thousands of them
_LOOKBACK = 60


# the nouns of a business an outlet, a business too, may be spoken of by
_OUTLET_AS_COMPANY = frozenset(["company", "firm"])


# the words that open a mention of one person left unnamed, whom "he" or "she" stands for once known
# by it: "A driver, who asked not to be named, said he ... “...,” he said"
_ONE_UNNAMED = frozenset("a an one another".split())


def _one_unnamed(first: str) -> bool:
    """Whether the first word of an unnamed source says it is one person: "a", "one", "another",
    or a possessive, a person's pronoun or a name ("his manager", "Lee's coach")."""
    return first.lower() in _ONE_UNNAMED or _possessed_opener(first)


def _possessed_opener(first: str) -> bool:
    """Whether a mention's first word says it is known as another's: "his", "her", or a name's
    possessive ("Lee's coach")."""
    return first.lower() in ("his", "her") or first.endswith(("'s", "’s")) and first[:1].isupper() and first[:-2].isalpha()


# the nouns of one who briefs unnamed, whose sex the paper keeps back: "a source", "an insider"
_KEPT_BACK = frozenset("source insider pal".split())


# ... and how many a title with "the" is looked for among ("the minister": the nearest that gives it)
_TITLE_LOOKBACK = 20


# kin, who are mostly named by what they are to another: "the victim's husband, Tom"; a relative
# who shares another's surname is introduced so: "his daughter, Jane Lee"
_KIN_GENDERS = {
    **dict.fromkeys("husband father son brother grandfather grandson uncle nephew widower boyfriend".split(), "he"),
    **dict.fromkeys("wife mother daughter sister grandmother granddaughter aunt niece widow girlfriend".split(), "she"),
}


# the possessives that name whose kin one is, "his daughter, Ann Reid", and the kin one was
# named as before another's death: "His wife, Mary, ... the actor's widow"
_KIN_OWNERS = ("his", "her", "their")


_KIN_BEFORE_DEATH = {"widow": "wife", "widower": "husband"}


# words of a mention that say whether "he" or "she" stands for it: "Mr Lee", "Ms Rao", "the spokeswoman"
_GENDER_WORDS = {
    # (a peer's rank too, "Baroness Kerr", "Earl Spencer"; not "Lord", which opens posts a woman
    # may hold, "Lord Mayor", "Lord Chancellor")
    **dict.fromkeys("mr sir baron earl viscount marquess".split(), "he"),
    **dict.fromkeys("ms mrs miss dame lady baroness countess duchess viscountess marchioness spokeswoman chairwoman "
                    "businesswoman congresswoman councilwoman actress headmistress".split(), "she"),
    "headmaster": "he",
    **_KIN_GENDERS,
}


# nouns in small letters that say the sex of whom they name: "the woman", "a man", "the girl"
# (in small letters only: no club's or place's name, "Man United", "Isle of Man")
_SEX_NOUNS = {**dict.fromkeys("man boy gentleman lad businessman policeman fireman schoolboy".split(), "he"),
              **dict.fromkeys("woman girl policewoman schoolgirl".split(), "she")}


# the capitalised words that open a noun phrase before a name in apposition: "His agent, Maria Lopez"
_APPOSED_OPENERS = frozenset("the his her their its our my your".split())


def _given_name_gender(words: list[str]) -> str | None:
    """The pronoun the people of a named mention's given name mostly go by ("Tom Hale", "President
    Tom Hale": "he"): the first capitalised word after any titles, with a surname after it (after a
    noun phrase it is in apposition to too: "His agent, Maria Lopez", "The club's chair, Ann Moss")."""
    k = 0
    while k < len(words) and (words[k].lower().rstrip(".") in en.TITLES or not words[k][:1].isupper() or (
            words[k].lower() in _APPOSED_OPENERS)):
        k += 1
    # (up to two capitalised words of a party or a place, none a given name, and posts in small letters
    # before a table's given name and a surname: "Republican Christine Todd Whitman", "Green Party
    # leader Ann Price")
    j, skipped = k, 0
    # (a body's initials before the post count as no word: "the F.B.I. director, James B. Comey")
    while j + 2 < len(words) and skipped < 2 and words[j].lower() not in given_names() and (
            words[j].lower() not in en.PRONOUNS or len(words[j]) == 1) and (
            words[j][1:].islower() or not words[j][:1].isupper() or len(words[j]) == 1):
        skipped += words[j][:1].isupper() and len(words[j]) > 1
        j += 1
        while j + 2 < len(words) and not words[j][:1].isupper():
            j += 1
        if words[j].lower() in name_genders() and words[j][1:].islower() and words[j + 1][:1].isupper():
            k = j
            break
    if k + 1 < len(words) and (words[k + 1][:1].isupper() or words[k + 1] in _SURNAME_PARTICLES and k + 2 < len(words)) and not (
            k + 2 < len(words) and words[k + 1].endswith(("'s", "’s"))):
        # (not a possessor's name before what is theirs: "Ann Roe's spokesman" may be a man; a surname
        # may open with a small word: "Maria de la Cruz")
        return name_genders().get(words[k].lower()) or _given_after_post(words, k)
    return None


def _given_after_post(words: list[str], k: int) -> str | None:
    """The pronoun of the given name right after a post in capitals that opens a name from ``k``
    ("Senate Majority Leader Mitch McConnell": "he"): the first word after the post's last title
    or person's noun only, with a surname after it (never a middle name further on, "Christine Todd
    Whitman")."""
    j = k
    while j + 2 < len(words) and words[j][:1].isupper() and words[j].lower() not in name_genders():
        j += 1
    if j == k or j + 1 >= len(words) or not words[j + 1][:1].isupper() or (
            (post := words[j - 1].lower().rstrip(".")) not in en.TITLES and post not in en.PERSON_NOUNS):
        return None
    return name_genders().get(words[j].lower())


_APPOSITIVE_AFTER_SURNAME = regex.compile(r",[^\S\n]+(?:an?|the)[^\S\n]+\p{Ll}")


# a parent by the count of children: "mother-of-three", "dad-of-two", "grandmother-of-five"
_PARENT_OF = regex.compile(r"[Tt]he[^\S\n]+(mother|father|mum|mom|dad|grandmother|grandfather|gran|grandad)-of-[a-z]+")


# an age after a surname: "Sorensen, 67"
# the word right before a name, on its line: "Minister | Murad Ali Shah"
_WORD_ENDING_BEFORE = regex.compile(r"(?<![\w’'-])(\p{L}+)\.?[ \t]+$")


_AGE_AFTER_SURNAME = regex.compile(r",[^\S\n]+\d{1,3}")


# an aside after a name that describes the one named: "Banks, a Republican", "Rao, the BJP's leader"
_APPOSED_AFTER_NAME = regex.compile(r",[^\S\n]+(?:a|an|the)[^\S\n]+\w")


# the tie of a mention's noun to another named after it: "a spokesman for", "an aide to", "the wife of"
_TIE_TO_ANOTHER = regex.compile(r"[^\S\n](?:for|to|of)[^\S\n]")


def _gender_word(text: str, span: tuple[int, int]) -> str | None:
    """The pronoun a source mention's own word says it is known by ("Mr Lee", "a
    spokeswoman"), read before any comma: an appositive may name another ("Tom Hale,
    an adviser to Mrs. Rao"), as may a possessive ("Her rival, Tom Hale")."""
    comma = text.find(",", span[0], span[1])
    end = span[1] if comma < 0 else comma
    # nor the words after a tie to another: "A spokesman for Mr. Hale", "an aide to Mrs. Rao"
    if (tie := _TIE_TO_ANOTHER.search(text, span[0], end, CONCURRENT)) is not None:
        end = tie.start()
    # the words before a possessive mark name the possessor: "Mrs Lee's husband" is "he"
    owner = max(text.rfind("’s", span[0], end), text.rfind("'s", span[0], end))
    for w in WORD.findall(text, span[0] if owner < 0 else owner + 2, end, False, CONCURRENT):
        said = _GENDER_WORDS.get(w.lower()) or (_SEX_NOUNS.get(w) if w.islower() else None)
        if said is not None:
            return said
    if comma >= 0 and (m := _SEXED_ASIDE.match(text, comma, span[1], CONCURRENT)) is not None:
        # or the head noun of an aside after the name: "Kay Robison, a local woman", "Lee, a
        # mother of three" (not a noun after a tie to another: "Lee, a lawyer for the mother")
        return _SEX_NOUNS.get(m.group(1)) or _KIN_GENDERS.get(m.group(1))
    return None


# an aside after a name headed by a noun of sex or kin: ", a local woman", ", the 45-year-old
# father of two" (words in small letters before it, none a tie or a possessive)
_SEXED_ASIDE = regex.compile(
    r",[^\S\n]+(?:an?|the|one)(?:[^\S\n]+(?!(?:for|to|of|with|from|in|at|on|by|and|or|who|whose)\b)[\p{Ll}\d][\p{Ll}\d-]*){0,3}?"
    r"[^\S\n]+(" + "|".join(sorted({*_SEX_NOUNS, *_KIN_GENDERS}, key=lambda w: (-len(w), w))) + r")\b(?![’'-])")


def _gender_hint(text: str, c: Candidate) -> str | None:
    """The subject pronoun that opens the reported clause of a person's report ("Ann Lee
    said she would run"), which mostly stands for the speaker."""
    if c.source_kind not in ("person", "anonymous") or not c.content:
        return None
    # the mention and the relative clause it may have left out: up to its cue when that comes
    # after it, else up to the sentence's end ("..., said an official, who ...")
    end = -1
    if c.source is not None:
        end = c.cue[0][0] if c.source[1] <= c.cue[0][0] else min(len(text), c.source[1] + _ASIDE_REACH)
        if end > c.source[1] + _ASIDE_REACH:
            end = c.source[1]
        stop = text.find(".", c.source[1], end)
        end = stop if stop >= 0 else end
    if c.source is not None and (who := _WHO_ASIDE.search(text, c.source[0], end, CONCURRENT)):
        # or the one in its own relative clause: "An official, who spoke on condition of anonymity
        # because he was not authorised to speak, said ..."
        said = _SUBJECT_HE_SHE.search(text, who.end(), end, CONCURRENT)
        if said is not None:
            return said.group().lower()
    if c.content[0][0] < c.cue[0][1]:
        return None
    if c.source is not None and (opener := WORD.match(text, c.source[0], c.source[1], CONCURRENT)) is not None and (
            _possessed_opener(opener.group())):
        # one known as another's ("Lee's coach said she was fine", "his lawyer said he was
        # innocent"): the pronoun is likelier the other's, no hint of the speaker's own
        return None
    first = WORD.match(text, c.content[0][0], c.content[0][1], CONCURRENT)
    return first.group().lower() if first is not None and first.group().lower() in _OTHER_GENDER else None


# the relative clause after a source and before its cue, and "he" or "she" in it
_ASIDE_REACH = 200


_WHO_ASIDE = regex.compile(r",[^\S\n]*who\b")


_SUBJECT_HE_SHE = regex.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he)(?![\w’'-])")


# the word after a post's noun that opens the phrase of its body: "A senior official | of the
# works department"
_BODY_PHRASE_OPENERS = kinds.TIES_TO_BODY_AFTER


# what follows the noun of one left unnamed: those, "a selector for the club", and "a person
# familiar with the plans", "a source close to the minister", "a person who asked not to be named"
# "an archbishop in Nigeria"
_UNNAMED_NOUN_TAILS = _BODY_PHRASE_OPENERS | frozenset("familiar close briefed privy who in".split())


# Nouns that name the same one left unnamed, each to all of its names: "A source told the paper
# ... the insider said"
_UNNAMED_NAMES = (("source", "insider"),)


_UNNAMED_SYNONYMS = {noun: names for names in _UNNAMED_NAMES for noun in names}


# the most words that may stand between an indefinite and the noun it heads: "a senior Roman
# Catholic archbishop"
_HEAD_MODIFIERS = 3


# words that part an indefinite from the noun it would head: "a friend of the insider"
_NOT_MODIFIERS = frozenset("of for to the his her their its and or".split())


# what may stand before a group's plural noun in its mention: nothing, or a comma and "the" (an
# appositive), and a few words that place it ("Local residents", "Ann Lee and Tom Roe, the
# petitioners", "Angry Elm Street residents"; not "Lawyers for the residents")
_BEFORE_GROUP_NOUN = regex.compile(
    r"(?:\A|,[^\S\n]+the[^\S\n]+|\Athe[^\S\n]+)(?:(?!(?:%s)(?![\w’'-]))[\w’'-]+[^\S\n]+){0,%d}\Z"
    % ("|".join(sorted(_NOT_MODIFIERS)), _HEAD_MODIFIERS), regex.IGNORECASE)


# what may follow it: nothing, or a phrase that places the group ("Residents of Elm Street")
_AFTER_GROUP_NOUN = regex.compile(r"(?:[^\S\n]+(?:%s)(?![\w’'-])|,|\Z)" % "|".join(sorted(_UNNAMED_NOUN_TAILS)), regex.IGNORECASE)


def _group_named_by(text: str, mention: tuple[int, int], noun: str) -> bool:
    """Whether a group's mention names it by a plural noun, as its head or in an appositive:
    "Residents of Elm Street", "local residents", "Ann Lee and Tom Roe, the petitioners" for
    "residents", "petitioners"; not "Lawyers for the residents"."""
    low = text[mention[0]:mention[1]].lower()
    at = low.find(noun)
    while at >= 0:
        end = at + len(noun)
        if (at == 0 or not low[at - 1].isalnum()) and _BEFORE_GROUP_NOUN.search(low, 0, at) is not None and (
                _AFTER_GROUP_NOUN.match(low, end) is not None):
            return True
        at = low.find(noun, end)
    return False


def _unnamed_head(lw: list[str], k: int) -> bool:
    """Whether the word at ``k`` of a lower-cased mention is the noun an indefinite heads,
    right after it or past a few words that place it: "a royal insider", "a senior Labour
    source", "a senior Roman Catholic archbishop", "Ann Lee, a local selector"; not "a friend
    of the insider"."""
    for i in range(k - 1, max(-1, k - 2 - _HEAD_MODIFIERS), -1):
        if lw[i] in _INDEFINITES:
            return True
        if lw[i] in _NOT_MODIFIERS or not lw[i].isalpha():
            return False
    return False


# the nouns for a body that stand for one named before, each to its kind and the trades of the
# table's bodies (``data/org_names.txt``) it fits, none for any: a "business" noun stands for the
# latest business named, and fits a bank's or a firm's ("the company", "the carmaker"; "the lender"
# a bank's only; "the group" a group's or a charity's too: "Hezbollah ... the group"); a "trade" noun (``TRADE_NOUNS``) for a business too, though it may be a person's
# ("the developer"); a "body" noun for another body ("the charity" a charity's, "the club" any)
_BUSINESS_TRADES = ("bank", "firm")


_BODY_NOUN_TABLE: dict[str, tuple[str, tuple[str, ...]]] = {
    **dict.fromkeys(en.TRADE_NOUNS, ("trade", ())),
    **dict.fromkeys("company firm business retailer carrier airline insurer operator manufacturer maker automaker carmaker "
                    "chipmaker drugmaker steelmaker brokerage conglomerate refiner exporter cooperative co-operative "
                    "co-op".split(), ("business", _BUSINESS_TRADES)),
    "lender": ("business", ("bank",)), "group": ("business", ("group", *_BUSINESS_TRADES, "charity")),
    "bank": ("body", ("bank", "central")), "charity": ("body", ("charity",)), "agency": ("body", ("agency",)),
    "union": ("body", ("union",)), "airport": ("body", ("firm",)),
    **dict.fromkeys("organization organisation foundation trust fund club".split(), ("body", ())),
}


# its views: the nouns for a business, which stand for the latest one named ("the company", "the
# developer"), and whether it may be a person's; the nouns that stand for a body the table knows, its
# trade's or its kind's ("the bank", "the ratings agency"), not a court's, a force's or a regulator's,
# which are bodies of their own; and the trades each fits, where it fits not all
_COMPANY_NOUNS = {noun: kind == "trade" for noun, (kind, _trades) in _BODY_NOUN_TABLE.items() if kind != "body"}


# the nouns for any business, of no trade: "the company", "the firm"
_GENERIC_BUSINESS_NOUNS = frozenset(["company", "firm"])


_KNOWN_BODY_NOUNS = frozenset(noun for noun, (kind, _trades) in _BODY_NOUN_TABLE.items() if kind != "trade")


_NOUN_TRADES = {noun: trades for noun, (_kind, trades) in _BODY_NOUN_TABLE.items() if trades}


# the business nouns that name a branch of trade, each to the branches of the table's firms
# (``data/org_names.txt``, after the slash) it fits: "the carmaker" is Toyota, no bank nor
# Infosys; "the carrier" an airline or a telephone company
_BRANCH_NOUNS = {**dict.fromkeys(["carmaker", "automaker"], ("car",)), "chipmaker": ("chip",), "drugmaker": ("drug",),
                 "steelmaker": ("steel",), "airline": ("airline",), "carrier": ("airline", "telecom"), "refiner": ("oil",),
                 "retailer": ("retail",), "insurer": ("insurance",), "airport": ("airport",)}


# the words that end a firm's name in a branch ("Pellam Air", "Harlow Motors", "Kestrel
# Therapeutics"), and those that end a name of one trade alone, no branch's noun's for another
# ("the airline" is no "Kerrigan Airport", no "Vela Rail", no "Harlow Motors"; but any may be
# "Orrin Enterprises", "Vexa Technologies" or "Kestrel Labs", names of any trade)
_BRANCH_NAME_ENDS = {"airline": frozenset("Air Airways Airlines Aviation".split()), "car": frozenset("Motors Auto".split()),
                     "airport": frozenset(["Airport", "Airports"]),
                     "drug": frozenset("Pharma Pharmaceuticals Therapeutics Biotech Biosciences".split())}


_ONE_TRADE_NAME_ENDS = frozenset().union(*_BRANCH_NAME_ENDS.values()) | frozenset(
    """Airport Airports Rail Railway Railways Railroad Ferries Buses Trains Highways Ports Cruises Trucking
    Oil Petroleum Mining Foods Hotels Insurance Realty Bancorp Cement Paints Textiles Water Gas Books Publishing
    Records Pictures Homes""".split())


# the nouns for a bank, and the words that end a name of a trade no bank plies, which such a noun
# cannot stand for: "Capital Economics said ... The lender expects" is no lender's, nor "Kerrigan
# Airport" nor "Harlow Homes" ("Harlow Bancorp" is a bank's)
_LENDING_NOUNS = frozenset(["lender", "bank"])


_NO_LENDER_NAME_ENDS = (_ONE_TRADE_NAME_ENDS - {"Bancorp"}) | frozenset(
    "Economics Analytics Research Consulting Advisory Polling Strategies".split())


# the nouns in lower case that say a body named before is no business, which "the company" or
# "the airline" cannot stand for: "Pilots' body ALPA India", "the pilots' union", "watchdog Transport Focus"
_NON_BUSINESS_HEADS = frozenset("union unions body watchdog charity association federation".split())


def _named_body(words: list[str]) -> bool:
    """Whether a body's mention is its name, in capitals after "the" or without it ("Vexa",
    "The Harlow Mills Union", "the Country Growers Association"), no noun of a kind ("the company")."""
    if words[0].lower() == "the":
        return len(words) > 2 and words[1][:1].isupper()
    return words[0][:1].isupper()


def _no_business(name: str, words: list[str]) -> bool:
    """Whether a body's mention says it is no business: a noun in small letters ("the pilots'
    union", "watchdog Transport Focus") or the head of its name ("the National Growers' Union
    (NGU)", "the Association of Mill Owners"), its initials in brackets left aside."""
    if not _NON_BUSINESS_HEADS.isdisjoint(words):
        return True
    named = WORD.findall(name.partition(" (")[0], None, None, False, CONCURRENT)
    return bool(named) and _body_name_head(named) in _NON_BUSINESS_HEADS


# the words before a business's noun that make it another body than one named before: "the parent
# company", "the rival firm", "the new group"
_ANOTHER_BODYS = frozenset("parent rival sister target holding other former new combined merged acquiring same".split())


# a business's noun after "the" and up to three words in small letters that describe it, whole or
# joined by hyphens, or after a superlative that ranks it in the world or a place, with "the" or
# after the place's possessive: "the co-operative", "the state-owned company", "the world's largest
# dairy exporter", "Britain's biggest lender" (read by ``_described_business``)
_DESCRIBED_BUSINESS = regex.compile(
    r"(?:(?P<the>[Tt]he)[^\S\n]+)?"
    r"(?:(?P<owner>\p{L}+)[’']s[^\S\n]+(?P<rank>(?:(?:second|third|fourth|fifth)-)?\p{Ll}+est|top|leading)[^\S\n]+)?"
    # (a place in capitals it is based in counts as such words: "the Mumbai-based lender", "the
    # New York-headquartered bank")
    r"(?P<words>(?:(?:\p{Lu}\p{Ll}+[^\S\n]+){0,2}\p{Lu}\p{Ll}+-(?:" + "|".join(en.SEAT_PARTICIPLES) + r")[^\S\n]+)?"
    r"(?:\p{Ll}+(?:-\p{Ll}+)*[^\S\n]+){0,3})(?P<noun>\p{Ll}+(?:-\p{Ll}+)*)")


# the nouns whose possessive ranks a business among all there: "the world's largest", "the country's biggest"
_RANKING_OWNERS = frozenset("world country nation region continent state city".split())


def _described_business(text: str, span: tuple[int, int]) -> tuple[str, str | None] | None:
    """The noun of a business a mention ends in, when words that describe it or rank it stand
    between "the" and the noun ("the state-owned company", "the world's largest dairy exporter",
    "Britain's biggest lender"), or a hyphen joins it ("the co-operative"), and the words that
    describe it (None for none); not "the parent company", another body, nor "the company's
    largest shareholder", a rank among another's, nor a trade's noun ranked nowhere ("the local
    developer"), which may be a person's."""
    m = _DESCRIBED_BUSINESS.fullmatch(text, *span, CONCURRENT)
    if m is None or m.group("noun") not in _COMPANY_NOUNS:
        return None
    owner = m.group("owner")
    if owner is None and m.group("the") is None or owner is not None and (
            owner.lower() not in _RANKING_OWNERS if m.group("the") else owner.lower() not in place_names()):
        return None
    described = m.group("words").split()
    if _COMPANY_NOUNS[m.group("noun")] and owner is None or not _ANOTHER_BODYS.isdisjoint(
            part for word in described for part in word.split("-")):
        return None
    return m.group("noun"), " ".join(described) or m.group("rank")


# what a news agency is called after its name, no public body: "Reuters reported ... The news agency said"
_WIRE_NOUNS = frozenset(["news agency", "wire service", "news service", "wire agency", "newswire"])


# the words before "agency" that tell an agency's field or whose it is, no news agency's ("the U.N.
# weather agency", "the federal agency"; not "the news agency", "the rival agency")
_NOT_AGENCY_FIELDS = en.NEWS_AGENCY_NAME_WORDS | _ANOTHER_BODYS | frozenset(["news"])


_AGENCY_FIELD_WORDS = 4


def _described_agency(words: list[str]) -> bool:
    """Whether a mention is a public agency described by its field or its state, not named: "the
    U.N. weather agency", "the federal agency", "the UN refugee agency" (words in small letters or
    initials between "the" and "agency"; not "the Environmental Protection Agency", a name)."""
    return 3 <= len(words) <= _AGENCY_FIELD_WORDS + 2 and words[0].lower() == "the" and words[-1] == "agency" and all(
        w.isalpha() and (w.islower() and w not in _NOT_AGENCY_FIELDS or w.isupper() and len(w) <= 3) for w in words[1:-1])


def _described_otherwise(words: list[str], body_words: list[str]) -> bool:
    """Whether an agency described by its field ("the national disaster mitigation agency")
    names a field in small letters that a body's mention, described in small letters itself
    ("Indonesia's meteorology and geophysics agency"), does not hold; a word of the state's level
    alone ("the national agency", "the federal agency") tells no other field."""
    own = {w.lower() for w in body_words}
    fields = [w for w in body_words[:-1] if w.islower() and w not in _NOT_MODIFIERS and w not in en.STATE_LEVEL_WORDS]
    return bool(fields) and any(w.islower() and w not in en.STATE_LEVEL_WORDS and w not in own for w in words[1:-1])


# the words that end a business's name as its kind of company does ("Tata Motors Ltd", "Orrin Holdings")
_COMPANY_NAME_ENDS = "|".join([*en.CORPORATE_SUFFIXES, "Limited", "Corporation", "Holdings", "Group",
                               *sorted(en.BUSINESS_NAME_ENDS)])


# one to three capitalised words that open a report's words before a verb in lower case: "Vexa
# plans to", "Orrin Labs will" (a name the words are about)
_OPENING_NAME = regex.compile(r"((?:\p{Lu}[\p{L}’'&-]*[ \t]+){0,2}\p{Lu}[\p{L}’'&-]*)[ \t]+\p{Ll}")


# a determiner right before a name, and the word in small letters right after it
_DETERMINER_BEFORE = regex.compile(r"(?<![\w’'-])(?:the|a|an)[^\S\n]+\Z", regex.IGNORECASE)


_SMALL_WORD_AFTER = regex.compile(r"[^\S\n]+(\p{Ll}+)\b")


def _modifier_name(text: str, name: tuple[int, int]) -> bool:
    """Whether a name after a determiner qualifies the noun in small letters after it, no verb's
    subject: "the Christmas holiday", "a Vexa phone" (not "the Sierra Club will sue")."""
    after = _SMALL_WORD_AFTER.match(text, name[1], min(len(text), name[1] + 40), CONCURRENT)
    return after is not None and after.group(1) not in en.VERB_AUXILIARIES and _DETERMINER_BEFORE.search(
        text, max(0, name[0] - 5), name[0], CONCURRENT) is not None


# an initial and the space after it: "K. ", "R. "
_INITIAL_DOT = regex.compile(r"(?<![\w’'.&-])\p{Lu}\.[^\S\n]+(?=\p{Lu})")
_INITIAL_DOT_BEFORE = regex.compile(r"(?<![\w’'.&-])\p{Lu}\.[^\S\n]+$")


def _initialled(text: str, name: tuple[int, int]) -> bool:
    """Whether a run in capitals is an initial before a name ("K" of "K. Lakshmi") or the name
    an initial opens ("Lakshmi"): a person's, no body's, whatever its word."""
    return _INITIAL_DOT.match(text, name[0], min(len(text), name[1] + 3), CONCURRENT) is not None and name[1] - name[0] == 1 or (
        _INITIAL_DOT_BEFORE.search(text, max(0, name[0] - 4), name[0], CONCURRENT) is not None)


# a possessive's mark that ends a name: "SpaceX's", "Harlow Bank’s"
_OWNER_MARK = regex.compile(r"[’']s(?![\w’'-])")


# capitalised words that open a sentence before a name and are no part of it
_NOT_IN_NAME = frozenset(["The", "A", "An", "Shares", "Shareholders"])


_SPACES = regex.compile(r"[^\S\n]*")


# the words in capitals before "of" that stand before a business's name, not in it ("Shares of ...")
_NOT_NAME_BEFORE_OF = r"(?:Shares|Shareholders|Stock)\b"


# "Shares of" or "Stock in" right before a name, which is a business's
_SHARES_OF = regex.compile(_NOT_NAME_BEFORE_OF + r"[ \t]+(?:of|in)[ \t]+$")


def _business_named_before(text: str, span: tuple[int, int], noun: str, ends: bool) -> tuple[int, int] | None:
    """The last business named in the few paragraphs before ``span`` by a name that ends in
    ``noun`` in capitals ("Harlow Bank" for "the bank"), or, with ``ends``, in a word of a
    company's name ("Vantor Motors Ltd" for "the carmaker"), though it is no report's source."""
    found = employer = None
    if not ends and noun.isalpha() and text.find(noun.capitalize(), max(0, span[0] - _TITLE_REACH), span[0]) < 0:
        return None  # the name must end in the noun as written: a cheap test before the pattern is compiled and run
    for m in _business_name_pattern(noun, ends).finditer(text, max(0, span[0] - _TITLE_REACH), span[0], False, CONCURRENT):
        after = WORD.match(text, _SPACES.match(text, m.end(), span[0]).end(), span[0], CONCURRENT)
        if after is None or not person_noun(after.group()) or after.group().lower() in _SPEAKS_FOR:
            # (not a firm's name before a post, the person's: "Niko Partners analyst Sam Ortega", but
            # before one who speaks for it: "a Harlow Bank spokesman"; one named as where one works
            # only when no other is: "an analyst at Jefferies Group")
            if _employer_named(text, m.start()):
                employer = m.span()
            else:
                found = m.span()
    found = found or employer
    return None if found is None else _without_opening_word(text, found)


# a preposition, "the" after it or not, right before a body's name that names it in passing: "a
# ruling of the Supreme Court", "appealed to the Supreme Court" (not "in", "at": "Shares in Harlow Bank")
_PASSING_BEFORE = regex.compile(r"(?<![\w’'-])(?:of|by|to|before|from|against|with)[^\S\n]+(?:the[^\S\n]+)?\Z")
_PASSING_CHARS = 16


# a noun for one's work and "at" or "with" before a firm's name: "an analyst at Jefferies Group",
# and at a sentence's head: "Analysts at Macquarie said"
_WORKS_AT = regex.compile(r"(?<![\w’'-])(\p{L}\p{Ll}+)[^\S\n]+(?:at|with)[^\S\n]+(?:the[^\S\n]+)?$")


# how far before a firm's name the noun for one's work is looked for
_WORKS_AT_REACH = 40


def _employer_named(text: str, start: int) -> bool:
    """Whether the firm's name at ``start`` is given only as where one works, after a noun for
    the work and "at" or "with" ("Tom Roe, an analyst at Jefferies Group"): another body than the
    one a story's "the company" stands for (not a spokesperson's: "a spokesman at Vexa Corp")."""
    m = _WORKS_AT.search(text, max(0, start - _WORKS_AT_REACH), start, CONCURRENT)
    work = m.group(1).lower() if m is not None else ""
    return m is not None and person_noun(work) and work not in _POST_SYNONYMS["spokesman"]


# the nouns that give a firm, before its name, as one that comments on others' businesses:
# "Brokerage Macquarie said the stock was dear" speaks of another firm, no "the company"
_COMMENTING_FIRMS = frozenset("brokerage broker consultancy".split())


def _business_commented_on(text: str, source: tuple[int, int], noun: str, first: str) -> tuple[int, int] | None:
    """The body whose name heads a sentence before a commenting firm's mention ``source`` (its
    first word ``first``), its possessive mark dropped, that the ``noun`` ("the company") stands
    for rather than the firm: "Paytm's shares fell. Brokerage Macquarie said ... The company
    said" is Paytm's (not for the firm's own noun: "the brokerage" is Macquarie)."""
    if first.lower() not in _COMMENTING_FIRMS or noun == first.lower():
        return None
    heading = _body_heading_before(text, source)
    if heading is None or heading[0] >= source[0] or _in_headline(text, heading[0]):
        return None
    if text.endswith(("'s", "’s"), *heading):
        heading = (heading[0], heading[1] - 2)
    return heading if _fits_trade(text[heading[0]:heading[1]], noun) else None


def _body_heading_before(text: str, span: tuple[int, int], trades: tuple[str, ...] = (), noun: str = "",
                         start: int = 0) -> tuple[int, int] | None:
    """The last body whose name heads a clause in the paragraph of ``span`` or the one before,
    though it is no report's source. With ``trades``, a body the table knows, of one of them, by
    its bare name (opening a sentence, or before a verb or its possessive mark): "Goldman Sachs cut
    its forecast on Monday. ... the bank said", "On Monday, Barclays cut its rates ... The lender
    said" (not "Oxfam ... the lender", nor "Tesco sued Barclays"), not a name the text gives a
    person ("Mr Ford"). Without, a name of one to three capitalised words that opens a sentence
    ("Tesco raised prices"), no person's (no given name first), nor a word the text around writes
    in lower case ("Prices rose"), nor a quantifier ("Many left."), which "the company" or "the
    retailer" may stand for. With a ``noun`` too, a body it fits only ("Tesco ... the retailer",
    not "Infosys ... the carmaker"). A body named only as where one works heads nothing ("Analysts at
    Macquarie said"). None is read before ``start``."""
    pattern = _known_name_pattern() if trades else _NAME_HEADING
    for m in reversed(list(pattern.finditer(text, max(0, span[0] - _TITLE_REACH, start), span[0],
                                            False, CONCURRENT))):
        at = m.span(m.lastindex)
        if _paragraphs_between(text, at[1], span[0]) > 1:
            return None
        if trades:
            key = _table_key(text[at[0]:at[1]])
            # (not a body named only as where one works: "Analysts at Macquarie said ... The company said")
            if org_trades().get(key) in trades and (not noun or _fits_trade(key, noun)) and not (
                    org_names()[key][1] and named_as_person(text, text[at[0]:at[1]])) and not _employer_named(text, at[0]):
                return at
            continue
        if _bare_heading_name(text, at) or _reports_results(text, at) or _SHARES_OF.search(text, max(0, at[0] - 20), at[0], CONCURRENT) is not None and (
                not whole_word_in(text, text[at[0]:at[1]].split()[0].lower(), max(0, at[0] - _NAME_REACH), min(len(text), at[1] + _NAME_REACH))):
            # (a name after "Shares of" is a listed business's, though a given name opens it: "Shares
            # of Pranav Infra rose")
            return at
    return None


def _bare_heading_name(text: str, at: tuple[int, int]) -> bool:
    """Whether the capitalised words at ``at``, heading a clause, may be a body's bare name: no
    given name first, no pronoun, title, determiner or quantifier, nor a word the text around
    writes in lower case ("Prices rose"), nor a place, with its possessive or not ("London's
    buses ran late")."""
    first = WORD.match(text, *at, CONCURRENT).group()
    low = first.lower()
    mark = _OWNER_MARK.search(text, *at, CONCURRENT)
    if mark is None and _told_as_person(text, at):
        return False
    return not (first in _NOT_IN_NAME or low in given_names() or low in _NOT_GIVEN or low in en.PRONOUNS
                or low in en.TITLES or low in _DETERMINERS or low in sources.QUANTIFIER_PRONOUNS
                or low in en.ECONOMIC_FIGURE_NOUNS or not first[1:].islower()
                or len(first) == at[1] - at[0] and person_noun(low)
                or text[at[0]:mark.start() if mark is not None else at[1]].lower() in place_names()) and not whole_word_in(
        text, low, max(0, at[0] - _NAME_REACH), min(len(text), at[1] + _NAME_REACH))


def _told_as_person(text: str, name: tuple[int, int]) -> bool:
    """Whether a name of two words in capitals is told as a person's by the words around it,
    whatever the table of given names holds ("Morgan", "Taylor" are surnames too): a person's
    noun right before it ("chairman Morgan Hale"), an age or a person's noun set off after it
    (", 54,", ", the chief executive,"), or "he" or "she" later in its sentence or opening the
    next, no other name between ("Kim Reed quit, and she ...", "Kim Reed quit. She had led the bank")."""
    start, end = name
    words = WORD.findall(text, start, end, False, CONCURRENT)
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if _person_noun_right_before(text, start) or _AGE_AFTER_SURNAME.match(text, end, min(len(text), end + _AGE_CHARS), CONCURRENT):
        return True
    post = _POST_AFTER_NAME.match(text, end, min(len(text), end + _POST_REACH), CONCURRENT)
    if post is not None and text[end] == "," and any(person_noun(w) for w in WORD.findall(post.group(1).lower())):
        return True
    m = _PRONOUN_AFTER_NAME.match(text, end, min(len(text), end + _PRONOUN_REACH), CONCURRENT)
    # (no other name between, whose the pronoun may be: "Vexa fired Tom Ross. He had lied")
    return m is not None and not any(w[:1].isupper() and w.lower() not in en.TIME_WORDS
                                     for w in WORD.findall(text, end, m.start(m.lastindex), False, CONCURRENT))


# how far after a name its pronoun is looked for: "he" or "she" later in its sentence, or opening
# the next ("Kim Reed quit, and she ...", "Kim Reed quit. She had led the bank")
_PRONOUN_REACH = 200
_PRONOUN_AFTER_NAME = regex.compile(r"[^.!?\n“”\"]*?(?:\b(he|she)\b|[.!?][" + CLOSING_QUOTE_CLASS + r")]*[ \t]+(He|She)\b)")


@functools.cache
def _known_name_pattern() -> regex.Pattern:
    """The names of the table's bodies, in capitals, where they head a clause: opening a sentence
    before a verb or a mark ("Oxfam, the charity, ..."), or anywhere before a verb or a
    possessive mark, no word in capitals right before ("Shares in Barclays fell", "HSBC's
    chief"; not "the shell", nor "Royal Dutch Shell"), as in `_body_heading_before`."""
    names = "|".join(regex.escape(n).replace("'", "['’]") for n in sorted(org_names(), key=lambda w: (-len(w), w)))
    return regex.compile(
        rf"(?=\p{{Lu}})(?:(?:^|(?<=[.!?][{CLOSING_QUOTE_CLASS}]?[ \t]+))(?:The[ \t]+)?(?=\p{{Lu}})((?i:{names}))(?={_CLAUSE_AFTER_NAME})"
        rf"|(?<![\w’'&.-])(?<!\p{{Lu}}[\p{{L}}’'&.-]*[ \t]+)((?i:{names}))(?=[’']s\b|{_VERB_AFTER_NAME}))",
        regex.MULTILINE)


def _fits_trade(name: str, noun: str) -> bool:
    """Whether a body's ``noun`` may stand for ``name``: not when the table knows the name
    as a body of a trade the noun does not fit ("Oxfam" is no "the lender", "Barclays" no
    "the charity"), nor, for a noun of a branch of trade, a body it knows of no such branch
    ("Infosys" is no "the carmaker", "Toyota" is); any other name, or noun, may."""
    key = _table_key(name)
    trade = org_trades().get(key)
    if noun in _STARTUP_NOUNS and (key in org_branches() or trade not in (None, "firm") or trade is None and (
            name.rsplit(None, 1)[-1] in _ESTABLISHED_NAME_ENDS if name.strip() else False)):
        return False  # a body of an established trade is no startup: "Harlow Bank", "Barclays", "Toyota"
    if trade is None:
        return _fits_branch_by_name(name, noun)
    return (noun not in _NOUN_TRADES or trade in _NOUN_TRADES[noun]) and (
        noun not in _BRANCH_NOUNS or org_branches().get(key) in _BRANCH_NOUNS[noun])


# the nouns of a young business, which no body of an established trade is ("the startup"; "the
# start-up" is read as two words, no business's noun)
_STARTUP_NOUNS = frozenset(["startup"])


# the words that end the name of a body of an established trade, no startup's: "Harlow Bank",
# "Vantor Motors", "Pellam Airways"
_ESTABLISHED_NAME_ENDS = frozenset(
    """Bank Bancorp Insurance Assurance Motors Airways Airlines Railways Railway Railroad Petroleum Oil Steel
    Mining Cement Ferries Hotels Tyres Tires Paints Textiles Ports Shipping""".split())


def _party_name(name: str) -> bool:
    """Whether a name "the party" may stand for, in the report's own words: one that ends in
    "Party" or is initials ("the Vexa Party", "the SNP"), no club's nor firm's name ("the New
    York Jets", "Vexa")."""
    return name.endswith("Party") or _INITIALISM.fullmatch(name) is not None


def _fits_branch_by_name(name: str, noun: str) -> bool:
    """Whether a noun of a branch of trade may stand for a name the table does not know, by the
    word that ends the name: "the airline" for "Pellam Air", "Vexa" or "Orrin Enterprises", not
    for "Kerrigan International Airport" nor "Harlow Motors", names of another trade alone; a
    noun of a branch whose names no such words end ("the carrier", an airline or a telephone
    company) may stand for any."""
    branches = _BRANCH_NOUNS.get(noun, ())
    end = name.rsplit(None, 1)[-1] if name.strip() else ""
    if noun in _LENDING_NOUNS and end in _NO_LENDER_NAME_ENDS:
        return False  # "Capital Economics said ... The lender expects": a bank's noun, a name of no bank's trade
    return not branches or not all(b in _BRANCH_NAME_ENDS for b in branches) or end not in _ONE_TRADE_NAME_ENDS or any(
        end in _BRANCH_NAME_ENDS[b] for b in branches)


def _in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in the text's first line, and that line ends in no sentence's
    mark, as a headline does ("Columbia defends Exxon articles" ends in one, but its words
    in capitals are read as a headline's too)."""
    end = text.find("\n", pos)
    if end < 0 or text.find("\n", 0, pos) >= 0:
        return False
    line = text[:end].rstrip()
    return (not line.endswith((".", "!", "?", "”", '"')) or _title_case_around(text, 0, min(pos + 1, len(line))))


# a headline's label before its colon, a name of up to three words in capitals: "Trump: ...", "Ann Lee: ..."
_HEADLINE_LABEL_NAME = regex.compile(r"((?:\p{Lu}[\p{L}.’'-]*[^\S\n]+){0,2}\p{Lu}[\p{L}.’'-]*):[^\S\n]")


# how far from the text's start a headline's label and its colon may reach: a bound, as the
# engine looks for the colon the pattern needs through all it is given before it tries to match
_LABEL_REACH = 200


def _headline_label_name(text: str, lex) -> tuple[int, int] | None:
    """The name of a person that labels the text's headline, before its colon ("Trump" of
    "Trump: Mexico will pay, he says"); not a topic, a word the text writes in small letters
    too ("Budget: ... the budget"), nor a label of no person ("Floods:", "BBC:")."""
    m = _HEADLINE_LABEL_NAME.match(text, 0, min(len(text), _LABEL_REACH), CONCURRENT)
    if m is None or any(whole_word_in(text, w.lower(), 0, len(text)) for w in WORD.findall(text, *m.span(1), False, CONCURRENT)):
        return None
    return m.span(1) if kinds.kind(text, *m.span(1), lex) == "person" else None


@functools.cache
def _business_name_pattern(noun: str, ends: bool) -> regex.Pattern:
    last = regex.escape(noun.capitalize()) + ("|" + _COMPANY_NAME_ENDS if ends else "")
    # (and the place or field after "of" that ends some: "the Public Policy Institute of California";
    # not the end of a longer body's name: "the Institute for | International Economics"; but
    # "Shares of" opens a sentence before a name: "Shares of Vantor Motors Ltd rose"; a state's
    # initials are a word of the name: "U.S. Africa Command")
    return regex.compile(rf"(?<![\w’'&.-])(?<!(?!{_NOT_NAME_BEFORE_OF})\p{{Lu}}\w*[^\S\n]+(?:for|of|and|on)[^\S\n]+)(?:(?:\p{{Lu}}\.){{2,}}[^\S\n]+|\p{{Lu}}[\w’'&-]*[^\S\n]+){{1,3}}(?:{last})\b"
                         rf"(?:[^\S\n]+of(?:[^\S\n]+\p{{Lu}}[\w’'&-]*){{1,3}}\b)?(?![’']s\b|[^\S\n]+\p{{Lu}})")


_DETERMINERS = frozenset(["the", "a", "an", "this", "that"])


def _modifying_initialism(words: list[str], name: str) -> bool:
    """Whether ``name`` is a body's initials that only modify the noun after them in a
    mention ("an IMD official", "BJP MLA Ann Rao"): "the IMD" is the body, not its official,
    while "the India Meteorological Department (IMD)" names it."""
    if len(name) < 2 or not name.isupper() or not name.isalpha():
        return False
    at = words.index(name)
    return at + 1 < len(words)


def _possessed_by(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether the mention ``span`` is something ``name`` possesses ("Brooks' office",
    "Lee’s aide"): the name with a possessive mark in it, read only then; "The
    company's chief executive, Tom Hale" is Hale's own mention. So is a word of a
    possessor's name of several words before its mark, when no word after the mark
    repeats it: "Fox News’ Ann Lee" is Lee's, never "Fox"'s, the owner's."""
    for m in _POSSESSIVE.finditer(text, *span, False, CONCURRENT):
        if text.startswith(name, m.start() + 1 - len(name)):
            return True
        # (the possessor's words in capitals run on to the mark, spaces alone between them: not the
        # "Ann Lee" of "Ann Lee, Tom Roe's aide")
        owner, at = [], m.start() + 1
        for w in reversed(list(WORD.finditer(text, span[0], at, CONCURRENT))):
            if not w.group()[:1].isupper() or text[w.end():at].strip(" \t"):
                break
            owner.append(w.group())
            at = w.start()
        if name in owner and name not in WORD.findall(text, m.end(), span[1], CONCURRENT):
            return True
    return False


def _only_hyphen_joined(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether ``name`` stands in the mention ``span`` only as one half of a name joined by a
    hyphen: "Dr. Okafor" is not "Ruth Okafor-Lane", nor "Lane" "Tom Lane-Fox" (but Arabic's article
    joined to a name is no half of one: "Baghdadi" is "Abu Bakr al-Baghdadi")."""
    for at in _places(text, name, *span):
        end = at + len(name)
        if not (text[at - 1:at] == "-" and _ARTICLE_BEFORE.search(text, max(0, at - _ARTICLE_REACH), at, CONCURRENT) is None
                or text[end:end + 1] == "-"):
            return False
    return True


_TITLE_ABBREVIATIONS = {
    "cm": ("chief", "minister"), "pm": ("prime", "minister"),
    # posts of Indian copy known by their initials once named in full
    "dcp": ("deputy", "commissioner", "of", "police"), "acp": ("assistant", "commissioner", "of", "police"),
    "ssp": ("senior", "superintendent", "of", "police"), "dgp": ("director", "general", "of", "police"),
    "sho": ("station", "house", "officer"), "dm": ("district", "magistrate"),
}


# the nouns for a state's body by its work that stand for one named before, after "the", each
# to the words of the names it may stand for: a British police force is "the force" ("Kent
# Police said ... The force said"), a weather service "the forecaster" ("the Met Office said ...
# The forecaster said"; not "the Met", London's police)
_BODY_WORK_NOUNS = {"force": ("force", "police", "constabulary"),
                    "forecaster": ("weather", "meteorological", "meteorology", "met office", "met department", "met éireann")}


# the nouns of a state's armed or police forces, which stand for a state's body alone ("the army
# said" is no rebel army's, "the police said" no police union's)
_STATE_FORCE_NOUNS = frozenset("army navy military police".split())


# the nouns for a body that oversees others, after "the" and at most one word that places it ("the
# exam regulator", "the watchdog"), which stand for the latest state body named by a bare name or
# a name of oversight ("Ofqual", "the FCA", "the Financial Conduct Authority"); not a ministry
_OVERSIGHT_NOUNS = frozenset(["regulator", "watchdog"])


_OVERSIGHT_HEADS = frozenset("authority commission regulator inspectorate agency board".split())


# how many paragraphs back such a noun reads for its body
_OVERSIGHT_PARAGRAPHS = 1


def _placing_word(word: str) -> bool:
    """Whether a capitalised word before "regulator" or "watchdog" places the body by a district or
    a seat of power, as a word in small letters would ("the City regulator", "the Whitehall
    watchdog"): no country's, state's or city's name nor its people's ("the US regulator", "the
    British watchdog" may be another country's body than the one named last), nor initials."""
    return word[:1].isupper() and word[1:].islower() and word.lower() not in place_names() and (
        not word.lower().endswith(_DEMONYM_ENDS))


# the author a document's mention names: "A report by Ofsted", "a study by the FCA"
_DOCUMENT_BY = regex.compile(r"[ \t]by[ \t]+((?:the[ \t]+)?\p{Lu}[\w’'&-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\w’'&-]*){0,5})$")


def _overseer_before(text: str, span: tuple[int, int], seen, words_in, lex) -> tuple[int, int] | None:
    """The latest state body named before ``span``, in its paragraph or the one before, that "the
    regulator" or "the watchdog" may stand for: a source read as a government's, or a document's
    author ("A report by Ofsted"), named by one word or initials ("Ofqual", "the FCA") or a name
    whose head is one of oversight ("the Financial Conduct Authority"); not "the Home Office". Or
    such a body named since in the paragraph or the one before, though in no report's source: "The
    Financial Conduct Authority fined the bank on Monday. The City regulator said"."""
    named = _public_body_named_before(text, span, lex.outlet_names, _OVERSIGHT_PARAGRAPHS)
    if named is not None and (kinds.kind(text, *named, lex) != "government" or not _overseeing_name(text, named, words_in)):
        named = None
    for prev, pk in reversed(seen):
        if prev[1] > span[0] or pk not in ("government", "document"):
            continue
        if _paragraphs_between(text, prev[1], span[0]) > _OVERSIGHT_PARAGRAPHS:
            break
        if named is not None and prev[1] <= named[0]:
            # (the same body named again since, as a modifier or not, is the report's mention:
            # "The Water Authority said ... Water Authority data show ... The regulator added")
            return prev if pk == "government" and _unarticled(words_in(prev)) == _unarticled(words_in(named)) else named
        if pk == "document":
            m = _DOCUMENT_BY.search(text, *prev, CONCURRENT)
            if m is None or kinds.kind(text, *m.span(1), lex) != "government":
                continue
            prev = m.span(1)
        if _overseeing_name(text, prev, words_in):
            return prev
    return named


def _overseeing_name(text: str, span: tuple[int, int], words_in) -> bool:
    """Whether a state body's mention names it as "the regulator" may call it: by one word or
    initials ("Ofqual", "the FCA") or a name whose head is one of oversight ("the Financial Conduct
    Authority (FCA)", its initials aside); not "the Home Office"."""
    pw = words_in(sources.before_initials(text, span))
    name = pw[1:] if pw[:1] in (["the"], ["The"]) else pw
    return bool(name) and name[0][:1].isupper() and (len(name) == 1 or _body_name_head(name) in _OVERSIGHT_HEADS)


# the words of a local government's level that call any of its bodies, after "the" and before a
# local body's noun: "the civic body", "the municipal corporation"
_LOCAL_NOUN_WORDS = frozenset("civic municipal".split())


# the most words of a body's name before the noun of one left unnamed who serves it
_POST_BODY_NAME_WORDS = 6


def _words_but_initials(words: list[str]) -> int:
    """How many words a mention holds but the letters of initials ("A U.S. defense official": 3)."""
    return sum(1 for w in words if not (len(w) == 1 and w.isupper() and w != "A"))


def _body_named_before_post(words: list[str]) -> bool:
    """Whether the words between an indefinite and the last noun of one left unnamed are a
    body's name, in capitals, with the small words a name may hold: "a Mumbai Fire Brigade
    official", "a Ministry of Home Affairs official" (not "a man who spoke to an official")."""
    name = words[1:-1]
    return 0 < len(name) <= _POST_BODY_NAME_WORDS and name[0][:1].isupper() and name[-1][:1].isupper() and all(
        w[:1].isupper() or w in kinds.NAME_JOINERS for w in name)


def _latest_government(text: str, lex, seen, span: tuple[int, int], fits) -> tuple[int, int] | None:
    """The latest state body's mention among the ``seen`` before ``span`` that ``fits``
    ("the force": one named by a word of policing), or the body a spokesperson's mention names
    ("A spokeswoman for Kent Police said ... The force said"), or None."""
    for p, pk in reversed(seen[-_LOOKBACK:]):
        if p[1] > span[0] or p == span:
            continue
        if pk == "person":
            p = _state_body_spoken_for(text, p, lex)
        elif pk != "government":
            continue
        if p is not None and fits(p):
            return p
    return None


def _named_for_work(words: list[str], noun: str) -> bool:
    """Whether a body's name holds a word of the work ``noun`` calls it by
    (``_BODY_WORK_NOUNS``): "Kent Police" for "the force", "the Met Office" for "the forecaster"."""
    name = " " + " ".join(w.lower() for w in words) + " "
    return any(" " + w + " " in name for w in _BODY_WORK_NOUNS[noun])


def _local_government_body(text: str, span: tuple[int, int], words: list[str]) -> bool:
    """Whether a government's mention names a local government's body, as its kind was read
    (``kinds.local_body``): "the Brihanmumbai Municipal Corporation (BMC)", "Kent County
    Council" (not "the Supreme Court", nor "Harlow Council", whose level no word says)."""
    lows = [w.lower() for w in words]
    return bool(words) and (kinds.local_body(lows, kinds.head_word(words), text[span[0]:span[1]])
                            or kinds.greater_local_body(words, lows))


# what a court's other name in Indian copy stands for: "the apex court" is the Supreme Court
_BODY_SYNONYMS = {("apex", "court"): ("supreme", "court"), ("top", "court"): ("supreme", "court")}


# titles and their short forms before a name: "Sen. Ann Lee", "Gov. Tom Roe"
_SHORT_TITLES = {"senator": "sen", "governor": "gov", "representative": "rep", "general": "gen", "president": "pres",
                 "professor": "prof", "captain": "capt", "sergeant": "sgt", "colonel": "col", "admiral": "adm",
                 "councillor": "cllr"}


_SHORT_TITLE_FORMS = frozenset(_SHORT_TITLES.values())


_LONG_TITLES = {short: title for title, short in _SHORT_TITLES.items()}


_TITLE_MODIFIERS = frozenset("chief prime first deputy vice shadow assistant foreign home finance defence defense".split())


# How far back a title's holder is looked for in the text: a few paragraphs
_TITLE_REACH = 3000


def _title_holder(text: str, span: tuple[int, int], low: list[str], people: list[tuple[int, int]],
                  key: tuple[str, ...] | None = None, own_words: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The mention a title with "the" stands for ("the minister", "the chief minister", "the
    CM"): the nearest earlier mention that gives that title before a name, as a source
    ("Union Minister Ann Rao said ...") or anywhere in the few paragraphs before
    ("Chief Minister K. Ravi Rao opened the bridge. The CM said ..."); not one named in
    ``own_words``, the words the mention's own report gives: a speaker names another there
    ("“He runs against President Obama and me,” the former president said")."""
    key = key or _TITLE_ABBREVIATIONS.get(low[-1]) or (
        (low[-2], low[-1]) if len(low) > 2 and low[-2] in _TITLE_MODIFIERS else (low[-1],))
    best: tuple[int, int] | None = None
    # a former holder's mention ("the former minister") stands for one named as a former holder,
    # and a sitting one's for one named as sitting, over the nearer named otherwise ("Former minister
    # Ann Lee ... Minister Tom Ross ... the former minister"); that one only when no other is named
    former = "former" in low[:-1]
    other_holder: tuple[int, int] | None = None
    for prev in reversed(people):
        if prev[1] > span[0] or key[-1] not in text[prev[0]:prev[1]].lower() or inside_any(prev, own_words):
            continue  # (a cheap test before the mention's words are read)
        found = list(WORD.finditer(text, *prev, False, CONCURRENT))
        words = [m.group() for m in found]
        lows = [w.lower() for w in words]
        at = next((i for i in range(len(lows) - len(key) + 1) if tuple(lows[i:i + len(key)]) == key), None)
        # the title before a name of its own: "Minister Ann Rao", not "the minister" again
        if at is not None and not (len(key) == 1 and at and lows[at - 1] in ("chief", "prime")) and not (
                _other_holder_before(lows, at, low)) and any(
            w[:1].isupper() for w in words[at + len(key):]
        ) and (key[-1] not in en.RANK_TITLES or lows[at + len(key):at + len(key) + 1] == ["of"]) and not (
                _other_office(lows[:at + len(key)], low, key[-1])):
            # (a rank's holder goes by "of" and a place: "Earl Grant" is a given name; "the health
            # minister" is no "Education Minister Ann Rao")
            if ("former" in lows[max(0, at - 2):at] or lows[at - 1:at] == ["ex"]) != former:
                other_holder = other_holder or _titled_owner(found, at, len(key)) or prev
                continue
            best = _titled_owner(found, at, len(key)) or _served_holder(found, at, len(key)) or prev
            break
    # the latest source that holds the title, over one the text names with it since, unless that
    # one is named in the mention's paragraph and the source paragraphs before: "Senator Ann Lee
    # said ... at a hearing Senator Tom Roe called ... The senator added"
    start = max(0, span[0] - _TITLE_REACH, best[1] if best else 0)
    # the last title in capitals before the mention, read back from it by its first word
    first = key[0].capitalize()
    at = text.rfind(first, start, span[0])
    if at < 0:
        return best or other_holder  # (before the pattern is compiled, which takes long: most titles are not in reach)
    pattern = _title_pattern(key)
    while at >= 0:
        m = pattern.match(text, at, span[0], CONCURRENT)
        # (in a headline in title case, up to the word after the given name: "Senator Ann Lee Quits Race")
        named = m and _headline_name_end(text, at, at + text[at:m.end()].lower().find(key[-1]) + len(key[-1]), m.end(), True)
        # (with the field or place in capitals before the title: "Health Minister Ann Rao", which
        # is no "the education minister")
        found = _field_before_title(text, (at, named)) if m is not None and named is not None else None
        lows = [w.lower() for w in WORD.findall(text, found[0], m.end(), False, CONCURRENT)] if found is not None else []
        if found is not None and not inside_any(m.span(), own_words) and not _other_office(lows, low, key[-1]) and not (
                # (nor another holder's post: "the prime minister" is no "Deputy Prime Minister Ann Rao")
                key[0] in lows and _other_holder_before(lows, lows.index(key[0]), low)):
            if ("former" in lows or "ex" in lows) != former:
                other_holder = other_holder or found
                at = text.rfind(first, start, at)
                continue
            if best is None or text.find("\n", m.end(), span[0]) < 0 and text.rfind("\n", best[1], m.start()) >= 0:
                return found
            return best
        at = text.rfind(first, start, at)
    return best or other_holder


# up to two capitalised words right before a title, on its line: "Health | Minister Ann Rao",
# "Former Health | Minister Ann Rao", "Ohio | Gov. Tom Lee"
_CAPITALS_BEFORE = regex.compile(r"(?<![\w’'.-])(?:\p{Lu}\p{Ll}+[^\S\n]+){1,2}\Z")


def _field_before_title(text: str, title: tuple[int, int]) -> tuple[int, int]:
    """A title and the name after it (``title``) with the capitalised words right before it
    that name its field, place or standing: "Health Minister Ann Rao" for the match "Minister
    Ann Rao"; not a word that opens a sentence or a clause, a determiner or a day ("On Monday
    Minister Ann Rao", "The Minister")."""
    m = _CAPITALS_BEFORE.search(text, max(0, title[0] - 30), title[0], CONCURRENT)
    if m is None:
        return title
    start = title[0]
    for w in reversed(list(WORD.finditer(text, m.start(), title[0], False, CONCURRENT))):
        low = w.group().lower()
        if low in _NOT_GIVEN or low in _DETERMINERS or low in en.PRONOUNS or low in en.POSSESSIVE_PRONOUNS or (
                low in en.TITLES or low in given_names()):
            break
        start = w.start()
    return start, title[1]


def _titled_owner(words: list[regex.Match], at: int, size: int) -> tuple[int, int] | None:
    """The title and the name after it, without its possessive's mark, when the name in
    capitals is the owner of another's noun in the mention ``words`` (the title's ``size`` words
    from ``at``): "Senator Ann Lee" of "Senator Ann Lee's spokesman", whom "the senator" stands
    for, not the spokesman; None when the name is the mention's own."""
    for k in range(at + size, len(words) - 1):
        word = words[k].group()
        if not word[:1].isupper():
            return None
        if word.endswith(("’s", "'s")):
            return words[at].start(), words[k].end() - 2
    return None


def _served_holder(words: list[regex.Match], at: int, size: int) -> tuple[int, int] | None:
    """The title and the name after it when the mention ``words`` is of one who speaks for or
    serves the titled one (the title's ``size`` words from ``at``, after a person's noun and "for"
    or "to"): "Prince Tom" of "A spokesman for Prince Tom", "the Duke of Arden" of "an aide to the
    Duke of Arden", whom "the prince", "the duke" stands for, not the spokesman or the aide."""
    k = at - 1 - (at >= 3 and words[at - 1].group() == "the")
    if k < 1 or words[k].group() not in ("for", "to") or not person_noun(words[k - 1].group().lower()):
        return None
    end = at + size
    while end < len(words) and (words[end].group()[:1].isupper() or words[end].group() == "of" and (
            end + 1 < len(words) and words[end + 1].group()[:1].isupper())):
        end += 1
    return (words[at].start(), words[end - 1].end()) if end > at + size else None


# the kinds of the mentions a relative "who" that stands for no one yet is given as its antecedent
# ("Lee, who saw the crash and described it", "the voters, who kept on saying", `_Linker.relative_antecedent`)
_WHO_KINDS = frozenset(["person", "group"])


# the nouns for who heads a body, which after its initials stand for one named with them: "the TMC
# leader", "the SNP chief"
_BODY_HEAD_POSTS = frozenset("leader chief head boss chairman chairwoman chairperson chair president founder supremo".split())


# the Arabic article joined to a surname, in small letters, as a full name writes it ("Mohammed Shia
# al-Sudani"), and in capitals too, as one opening a sentence does ("Al-Sudani said")
_LOWER_ARTICLE = r"(?:%s)-" % "|".join(sorted(en.ARABIC_ARTICLES, key=lambda w: (-len(w), w)))
_ARTICLE = r"(?:%s)-" % "|".join(sorted({*en.ARABIC_ARTICLES, *(a.capitalize() for a in en.ARABIC_ARTICLES)}, key=lambda w: (-len(w), w)))
_ARTICLE_REACH = max(len(a) for a in en.ARABIC_ARTICLES) + 2  # (the longest, its hyphen and the space before it)


# the small words a surname of several may hold ("von der Leyen", "van den Berg", "de la Cruz", the
# Welsh "ap Iorwerth")
_SURNAME_PARTICLES = en.SURNAME_PARTICLES


# a word of a name after a title: a second half joined by a hyphen is of it ("President Kassym-Jomart
# Tokayev", "Senator Ann Lane-Fox"), and so is a capital after "Mc", "Mac" or an "O'" ("Ann McNeil",
# "Tom O'Brien"), the article joined to a surname ("Mohammed Shia al-Sudani"), and the small words
# of a surname of several before it ("Prime Minister Ann de Vries", "Crown Prince Mohammed bin Salman")
_TITLED_NAME_WORD = (r"(?:(?:(?:%s)[^\S\n]+){0,2}(?:%s)?\p{Lu}(?:[’']\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*)"
                     % ("|".join(sorted(_SURNAME_PARTICLES, key=lambda w: (-len(w), w))), _LOWER_ARTICLE))


# the words of the titles of a body's head, after the body's name: "NATO Secretary General", "Fed
# Chair", "Bank of England Governor" (no spokesman's: "Pentagon spokesman Tom Roe" is no chief)
_HEAD_TITLES = _BODY_HEAD_POSTS | frozenset(
    "secretary general secretary-general director director-general governor executive ceo commissioner "
    "minister prime premier chancellor".split())


# the title of a body's head after the body's name, and the head's name after it: "NATO | Secretary
# General Mark Rutte", "Fed | chair Ann Lee" (the title's words in group 1, checked against the titles)
_HEAD_AFTER_BODY = regex.compile(
    rf"((?:[^\S\n]+\p{{L}}+){{1,3}}?)(?:[^\S\n]+{_TITLED_NAME_WORD}){{1,3}}(?![\w’'-])")


# what stands between a person's name and the initials of the body the person is of: "Ann Rao of
# the TMC", "Ann Rao, the TMC chief", "Ann Rao (TMC)"
_BEFORE_BODY_INITIALS = regex.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?|,[^\S\n]*(?:the|a|an)[^\S\n]+|[^\S\n]*\(")


def _initials_head_before(text: str, span: tuple[int, int], initials: str,
                          people: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The latest person's mention before ``span`` that holds the body's ``initials`` as a word, or
    is followed by them: "TMC chief Ann Rao", "Ann Rao of the TMC" (not "Tom Roe attacked the TMC")."""
    for prev in reversed(people):
        if prev[1] > span[0]:
            continue
        if whole_word_in(text, initials, *prev):
            return prev
        gap = _BEFORE_BODY_INITIALS.match(text, prev[1], span[0], CONCURRENT)
        if gap is not None and text.startswith(initials, gap.end()) and whole_word_in(
                text, initials, gap.end(), min(len(text), gap.end() + len(initials) + 1)):
            return prev
    return None


def _initialled_title_holder(initials: str, span: tuple[int, int], people: list[tuple[int, int]],
                            words_in: Callable[[tuple[int, int]], list[str]]) -> tuple[int, int] | None:
    """The latest person's mention before ``span`` whose capitalised words, right before a name
    of their own, open with ``initials``: "Chief Election Commissioner Ann Rao" for "cec"."""
    n = len(initials)
    for prev in reversed(people):
        if prev[1] > span[0]:
            continue
        words = words_in(prev)
        for i in range(len(words) - n):
            if all(words[i + j][:1].isupper() and words[i + j][:1].lower() == initials[j] for j in range(n)) and (
                    words[i + n][:1].isupper()):
                return prev
    return None


# a post's initials in brackets and the holder's name after them: "(SP) Ann Rao", "(DGP) Ann K. Rao"
_BRACKETED_INITIALS_NAME = regex.compile(r"\)[^\S\n]+\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*){0,3}")


def _bracketed_post_holder(text: str, span: tuple[int, int], initials: str,
                           people: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The person a post's ``initials`` stand for when the text gave them in brackets right after
    the post's words, which they spell, before the holder's name: "Superintendent of Police (SP)
    Ann Rao" for "the SP" after it; the latest person's mention that holds them so, else the post
    and the name as the text gave them (not a body's: "Samajwadi Party (SP) President Ann Rao")."""
    lo = max(0, span[0] - _INITIALS_REACH)
    bracket = "(" + initials + ")"
    at = text.rfind(bracket, lo, span[0])
    if at < 0:
        return None
    name = _BRACKETED_INITIALS_NAME.match(text, at + len(bracket) - 1, min(span[0], at + len(bracket) + _POST_REACH), CONCURRENT)
    spelled = _spelled_before(text, (at, at), initials)
    if name is None or spelled is None or text[spelled[1]:at].strip() or not any(
            person_noun(w) or w in en.TITLES for w in (w.lower() for w in WORD.findall(text, *spelled, False, CONCURRENT))):
        return None
    for prev in reversed(people):
        if prev[0] <= at and name.end() <= prev[1] <= span[0]:
            return prev
    return spelled[0], name.end()


_INDEFINITES = frozenset(["a", "an", "one"])


# How far around a bare name the text is read for what says it is a business
_BUSINESS_REACH = 3000


# what only a business has, after its name or its possessive ("Infosys's chief executive", "Tata
# Power shares", "Wipro Ltd"), or before it ("shares of Tata Power", "a stake in Wipro")
_BUSINESS_WORD = regex.compile(
    r"\b(?:[Ss]hares?|[Ss]tock|share[^\S\n]+price|chief[^\S\n]+executive|CEO|board|chairman|chairperson|"
    r"[Ss]hareholders|profits?|revenues?|subsidiary|[Ss]take|Ltd|Limited|Inc|Corp|Corporation|plc|PLC|LLC|LLP|"
    r"Holdings|AG|SA|NV)\b")


def _business_names(text: str, candidates: list[Candidate]) -> None:
    """Read as an organization a source that is only a name in capitals with no given name
    first ("Tata Power", "Infosys", "Carver Partners"), first read as a person or a group,
    when the text around says it is a business: shares of it, its chief executive or
    board, its "Ltd" or "plc" ("Shares of Tata Power rose"), or people who work at it ("an analyst
    at Carver Partners"). A person's name is no business:
    one whose first word is a given name of the table is left alone."""
    verdict: dict[str, bool] = {}
    words: list[tuple[int, int]] | None = None  # where the words only a business has stand, read once when first asked
    # the names that speak of themselves as "its" in a report of their own, read before any
    # verdict: one such report makes every report of the name a body's
    # (or as "it" that aims or hopes, "Nationwide said it expected ...", or by "which" right after
    # the name, "Vexa, which makes chips, said")
    itself = {text[c.source[0]:c.source[1]] for c in candidates if c.source is not None and (
        c.source_kind == "person" and c.content and _own_report(text, c.content[0][0], c.content[0][1])
        and _PERSONAL_PRONOUN.search(text, c.source[1], c.content[0][0], CONCURRENT) is None
        or c.source_kind == "person" and _own_medium(text, c)
        or c.source_kind == "person" and _body_finding(text, c)
        or c.source_kind in ("person", "organization") and kinds.which_clause_after(text, c.source[1]))}
    for c in candidates:
        if c.source is None or c.source_kind not in ("person", "group"):
            continue
        name = text[c.source[0]:c.source[1]]
        found = verdict.get(name)
        if found is None:
            found = _bare_business_name(name)
            if found:
                if words is None:
                    words = [m.span() for m in _BUSINESS_WORD.finditer(text, 0, len(text), False, CONCURRENT)]
                k = bisect.bisect_left(words, (c.source[0] - _BUSINESS_REACH, 0))
                found = _business_evidence(text, c.source, name, words, k) or _people_at(text, name) or (
                    name in itself and _speaks_as_itself(text, name))
            # (or a business's results or listing after it, though a given name opens it: "Tarun
            # Steel reported a loss", "Vexa Glass listed its shares")
            found = found or _reports_results(text, c.source)
            verdict[name] = found
        if found:
            c.source_kind = "organization"


# the verbs of findings and estimates a body's studies report ("Vexa found that", "Harlow
# estimates"), and how far around such a report a personal pronoun says its source is a person's
_FINDING_LEMMAS = frozenset(["find", "estimate"])


_FINDING_PRONOUN_REACH = 300


def _body_finding(text: str, c: Candidate) -> bool:
    """Whether a report of a finding or an estimate ("Vexa found that", "Harlow estimates")
    has no "he" or "she" near it, in its words nor around them: a body's, not a person's
    ("Lee estimated he sold 40 bottles")."""
    if c.cue_lemma not in _FINDING_LEMMAS or not c.content:
        return False
    end = max(e for _, e in c.content)
    return _PERSONAL_PRONOUN.search(text, max(0, c.source[0] - _FINDING_PRONOUN_REACH), min(len(text), end + _FINDING_PRONOUN_REACH),
                                    CONCURRENT) is None


# a report whose words open with "its" before any noun another "its" could stand for: "Ocado
# said its sales rose", "Cadillac declined to renew its sponsorship" (not "Lee said the plan and
# its cost", "Lee said voters liked its tone" may stand for a thing named before: the name is
# read as a body's only when nothing names it as a person's, ``_speaks_as_itself``)
_OWN_ITS = regex.compile(
    r"(?:(?!(?:the|a|an|this|these|those|his|her|their|our|my|your|its|another|each|every|some|any|no)\b)\p{Ll}+[^\S\n]+){0,5}its\b")


# a report whose words open with "it", perhaps a modal or "had", then a verb of aiming
# (``default_lexicon.AIM_VERBS``): "it expected", "it would seek", "it had hoped" (not "it was
# expected", "it needs", "it was over")
_OWN_IT = regex.compile(
    r"it[^\S\n]+(?:(?:would|will|could|did|does|had|has|may|might|should)(?:n[’']t)?[^\S\n]+(?:not[^\S\n]+)?)?(\p{Ll}+)\b")


# ... or "it" in a progressive, or after "will" or "would", before a verb a body's "it" goes with
# (``default_lexicon.IMPERSONAL_IT_VERBS``) and its object, which opens with a determiner or a
# figure (perhaps after a particle): "it was laying off 600 workers", "it would close two plants",
# "it will sell its unit" (not "it would close", which a thing does)
_OWN_IT_DOING = regex.compile(
    r"it[^\S\n]+(?:(?:was|is|’s|'s)[^\S\n]+(\p{Ll}+ing)|(?:would|will)(?:n[’']t)?[^\S\n]+(?:not[^\S\n]+)?(\p{Ll}+))"
    r"[^\S\n]+(?:(?:off|up|out|down|back)[^\S\n]+)?(?:(?:a|an|the|its|some|all|more|about|around|nearly|almost|another"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b|\$?\d)")


def _own_report(text: str, start: int, end: int) -> bool:
    """Whether a report's words, at [start, end), speak of their source as "its" or as "it" that
    aims or hopes, or does a body's deed to come or under way: "Ocado said its sales rose",
    "Nationwide said it expected prices to fall", "Vexa said it was closing a plant", "it would
    cut 300 jobs" (not "it was raining", "it would be hard", "it would close")."""
    if _OWN_ITS.match(text, start, end, CONCURRENT) is not None:
        return True
    it = _OWN_IT.match(text, start, end, CONCURRENT)
    if it is not None and lemma(it.group(1)) in en.AIM_VERBS:
        return True
    doing = _OWN_IT_DOING.match(text, start, end, CONCURRENT)
    return doing is not None and (doing.group(1) not in en.IMPERSONAL_IT_PARTICIPLES if doing.group(1) else (
        doing.group(2) not in en.IMPERSONAL_IT_VERBS))


# "its" and the medium or place it spoke in, between a name and its report's words: "Slack
# said on its status page that", "Vexa said in its annual report that"
_ITS_MEDIUM = regex.compile(r"\p{L}+(?:[^\S\n]+\p{Ll}+)?[^\S\n]+(?:in|on)[^\S\n]+its[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?[\w-]+[^\S\n]*(?:that\b|:|,)")


_ITS_MEDIUM_CHARS = 60


def _own_medium(text: str, c: Candidate) -> bool:
    """Whether a source spoke "in its" or "on its" medium right after its cue, before the
    report's words: "Slack said on its status page that ..." (a person's would be "his" or "her")."""
    start = c.cue[0][0] if c.cue else c.source[1]
    end = c.content[0][0] if c.content else start
    return start >= c.source[1] and 0 < end - start <= _ITS_MEDIUM_CHARS and _ITS_MEDIUM.match(
        text, start, end + 1, CONCURRENT) is not None


# a pronoun only a person goes by, which between a name and its report's words tells a person's
# "its" for another's: "Obama won his party's nomination by promising its revenge"
_PERSONAL_PRONOUN = regex.compile(r"\b(?i:he|him|his|she|her|hers|himself|herself)\b")


def _speaks_as_itself(text: str, name: str) -> bool:
    """Whether a one-word name that spoke of itself as "its" is a body's: nothing in the text
    names it as a person's (no given name, title, initial or name in capitals right before it
    anywhere, ``named_as_person``) and it is no family name of the table ("Lee")."""
    return " " not in name and name.lower() not in family_names() and name.lower() not in given_names() and not (
        named_as_person(text, name))


def _known_bodies(text: str, candidates: list[Candidate]) -> None:
    """Read as the body the table (``data/org_names.txt``) knows a source read as a person's
    whose bare name is also a person's or a common word ("Ford said", "Apple", "the Shell"),
    when nothing in the text names a person by it: no given name, title, initial nor other
    name in capitals stands right before it anywhere ("Henry Ford", "Mr Dell", "Doug Ford")."""
    verdict: dict[str, str | None] = {}
    for c in candidates:
        if c.source is None or c.source_kind != "person" or c.source[1] - c.source[0] > _KNOWN_BODY_CHARS:
            continue
        name = text[c.source[0]:c.source[1]]
        if name not in verdict:
            bare = name[4:] if name[:4] in ("the ", "The ") else name
            # (a post's initials a body goes by too are the body's only bare: "GM said" is the
            # carmaker's, "the GM said" a general manager's)
            known = org_names().get(_table_key(name)) if bare[:1].isupper() and not (
                bare != name and bare.lower() in en.PERSON_INITIALISMS) else None
            verdict[name] = known[0] if known is not None and known[1] and not named_as_person(text, bare) else None
        if verdict[name] is not None:
            c.source_kind = verdict[name]


def _table_key(name: str) -> str:
    """A name as ``data/org_names.txt`` writes it: lower case, no "the" first, "'" for "’"."""
    return (name[4:] if name[:4] in ("the ", "The ") else name).lower().replace("’", "'")


# the last words of the names of bodies that govern a sport or a trade, which "the governing body"
# stands for: "the Football Association", "the Rugby Football Union", "the Athletics Integrity Unit"
_GOVERNING_NAME_WORDS = frozenset(
    "association federation league board council union body committee confederation agency unit commission authority".split())


def _governing_name(name: str, words: list[str]) -> bool:
    """Whether a body's name is a governing body's: by its last word ("the Premier League"), its
    initials alone ("the ECB", "BCCI") or as the table knows it ("Fifa"), no club's ("Chelsea")."""
    lows = [w.lower() for w in words if w.lower() != "the"]
    return bool(lows) and (lows[-1] in _GOVERNING_NAME_WORDS or len(lows) == 1 and _INITIALISM.fullmatch(words[-1]) is not None or (
        org_trades().get(_table_key(name)) in ("body", "agency")))


# the longest name `_known_bodies` reads
_KNOWN_BODY_CHARS = 40


@functools.lru_cache(maxsize=1024)
def named_as_person(text: str, name: str) -> bool:
    """Whether a given name of the table, a title, an initial, or a word in capitals inside
    its sentence stands right before ``name`` anywhere in the text: "Henry Ford", "Sen. Ford",
    "Doug Ford" (not "Shares of Ford", nor "Ford" opening a sentence). Each answer reads the
    whole text, so it is kept: a text that names the same word many times asks once."""
    if _person_marked(text, name):
        return True
    for at in _places(text, name):
        m = _NAME_WORD_BEFORE.search(text, max(0, at - _NAME_WORD_REACH), at, CONCURRENT)
        if m is not None and _table_key(m.group() + name) not in org_names():
            return True  # (not a body's fuller name the table knows: "Royal Dutch Shell")
    return False


# the words in capitals right before a name, with the spaces after them, all of them: one
# inside its sentence (a word, a figure or a comma before it), or two or more anywhere: the
# "Doug " of "said Doug Ford", the "Premier Doug " of "Premier Doug Ford", not the "At " of "At
# Ford"; and how far back they are read
_NAME_WORD_BEFORE = regex.compile(
    r"(?<!\p{Lu}\p{L}*[^\S\n]+)(?:(?<=[\p{L}\d,;:)][^\S\n]+)\p{Lu}\p{L}+[^\S\n]+|(?:\p{Lu}\p{L}+[^\S\n]+){2,})\Z")


_NAME_WORD_REACH = 40


def _people_at(text: str, name: str) -> bool:
    """Whether a noun for people who work somewhere stands before "at" and ``name`` anywhere in
    the text ("an analyst at Carver Partners", "engineers at Vantor Grid"): a place of work,
    no person."""
    for at in _places(text, name):
        end = at + len(name)
        if text.endswith(" at ", max(0, at - 4), at) and not (end < len(text) and (text[end].isalnum() or text[end] in "’'-")):
            before = WORD.findall(text, max(0, at - 4 - _WORK_NOUN_CHARS), at - 4, False, CONCURRENT)
            if before and person_noun(before[-1].lower()) and at >= 5 and text[at - 5].isalpha():
                return True
    return False


# the longest noun for people read before "at" and a name
_WORK_NOUN_CHARS = 24


def _outlet_names(text: str, candidates: list[Candidate]) -> None:
    """Read as an outlet a source that is one name in capitals, first read as a person's, a
    group's or a body's ("BuzzFeed", a brand by its camel case), when the text elsewhere names it with a noun of a medium ("Forbes magazine", "the
    website Mashable") or as the one that reported a story ("first reported by BuzzFeed"); not a
    name that a given name stands before anywhere in the text ("Steve Forbes")."""
    bare = {text[c.source[0]:c.source[1]] for c in candidates if c.source is not None and c.source_kind in (
        "person", "group", "organization") and ONE_NAME.fullmatch(text, *c.source, CONCURRENT)}
    # and a hearer of one name a report was told to: "told Forbes that ..." goes by way of Forbes
    bare |= {text[c.hearer[0]:c.hearer[1]] for c in candidates if c.hearer is not None}
    if not bare or not any(word in text for word in _MEDIUM_WORDS):
        return  # (a text with no such word is read no further: most are)
    named = {next(g for g in m.groups() if g) for lo, hi in _lines_holding(text, _MEDIUM_NEEDLES)
             for m in _NAMED_MEDIUM.finditer(text, lo, hi, False, CONCURRENT)}
    outlets = {name for name in bare & named if not _given_name_before(text, name)}
    for c in candidates:
        if c.source is not None and c.source_kind in ("person", "group", "organization") and text[c.source[0]:c.source[1]] in outlets:
            c.source_kind = "outlet"
        if c.hearer is not None and c.hearer not in c.via and text[c.hearer[0]:c.hearer[1]] in outlets:
            c.via.append(c.hearer)


def _lines_holding(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """The lines of ``text`` (start, end, the end before its line break) that hold one of ``needles``,
    in order: a pattern whose matches never cross a line break and always hold a needle is read
    on these alone, as it finds the same there as in the whole text, the break before and after
    a line being no word character."""
    starts = set()
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            line = text.rfind("\n", 0, i) + 1
            starts.add(line)
            end = text.find("\n", i)
            i = text.find(needle, i + 1) if end < 0 else text.find(needle, end)
    lines = []
    for line in sorted(starts):
        end = text.find("\n", line)
        lines.append((line, len(text) if end < 0 else end))
    return lines


# what every match of `_NAMED_MEDIUM` holds, on its one line: each alternative's noun or
# verb ("magazine", "the news site", "reported by", "WEEI radio", "station WFAA")
_MEDIUM_NEEDLES = ("agazine", "newspaper", "tabloid", "website", "news", "reported", "radio", "TV", "television",
                   "station", "affiliate")
# the words one of which `_NAMED_MEDIUM` needs
_MEDIUM_WORDS = ("agazine", "newspaper", "tabloid", "website", "news site", "reported by", "radio", "TV", "television",
                 "station", "affiliate")


# an American broadcaster's call sign: "WEEI", "KTLA" (its "-TV" makes it an outlet's name by itself)
_CALL_SIGN = r"([KW][A-Z]{2,3})(?![\w’'-])"


# a name and a medium's noun after it, or that noun (or "reported by") before it, the name one word;
# or a call sign and a broadcaster's noun after it or before it ("WEEI radio", "station WFAA"), which
# no other body's initials take ("WADA", "KPMG" stand before no "radio")
_NAMED_MEDIUM = regex.compile(
    r"(?<![\w’'.-])(\p{Lu}[\p{L}\d.-]*\p{L})(?:[’']s)?[^\S\n]+(?:magazine|Magazine|newspaper|tabloid|website)\b"
    r"|\b(?:the[^\S\n]+(?:magazine|newspaper|tabloid|website|news[^\S\n]+site)|reported[^\S\n]+by)[^\S\n]+"
    r"(\p{Lu}[\p{L}\d.-]*\p{L})(?![\w’'-]|[^\S\n]+\p{Lu})"
    r"|(?<![\w’'.-])" + _CALL_SIGN + r"[^\S\n]+(?:radio|TV|television|(?:radio|TV|television)?[^\S\n]*station)\b"
    r"|\b(?:station|affiliate)[^\S\n]+" + _CALL_SIGN)


# a name in another tongue's article and one or two words in capitals, no more: "Le Parisien",
# "Die Welt", "El Universal", "Il Messaggero"
_ARTICLE_NAME = regex.compile(
    r"(?:" + "|".join(sorted(en.FOREIGN_ARTICLES)) + r")[^\S\n]+\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)?")


def _papers_abroad(text: str, candidates: list[Candidate]) -> None:
    """Read as an outlet a source, or a hearer, read as a person's that is a name in another
    tongue's article ("Le Parisien reported", "told Die Welt"), when no word in capitals but an
    article, nor an "of", stands right before it anywhere in the text ("Marine Le Pen", "Mr Le
    Maire": a surname with its article; "the Council of La Raza": a body's name); and read as
    a person's a one-word outlet of the table that the text writes before a surname elsewhere,
    as a given name ("Dawn said" after "Dawn Lee")."""
    verdict: dict[str, bool] = {}

    def abroad(span: tuple[int, int]) -> bool:
        name = text[span[0]:span[1]]
        if name not in verdict:
            verdict[name] = _ARTICLE_NAME.fullmatch(name, None, None, CONCURRENT) is not None and not any(
                w.lower() in given_names() for w in name.split()[1:]) and not any(
                _names_a_person_before(w) for w in _words_before(text, name)) and not _person_after(text, name)
        return verdict[name]

    for c in candidates:
        if c.source is not None and c.source_kind == "person" and abroad(c.source):
            c.source_kind = "outlet"
        elif c.source is not None and c.source_kind == "outlet" and _given_name_of(text, text[c.source[0]:c.source[1]]):
            c.source_kind = "person"
        if c.hearer is not None and c.hearer not in c.via and abroad(c.hearer):
            c.via.append(c.hearer)


def _names_a_person_before(word: str) -> bool:
    """Whether a word right before a name in another tongue's article makes it a person's or a
    body's: a word in capitals ("Marine Le Pen", "Mr. Le Maire"), but for a place that closes a
    phrase with its comma or its sentence with its stop ("In Paris, Le Parisien reported"); a title
    or a noun for a person in lower case ("finance minister Le Maire"); or an "of" ("the Council of
    La Raza")."""
    low = word.lower()
    if word[:1].isupper():
        return low not in ("the", "a", "an") and not (word.endswith((",", ";", ":")) or (
            word.endswith(".") and low.rstrip(".") not in en.TITLES))
    return low == "of" or low in en.TITLES or low in en.PERSON_NOUNS


# what only a person does right after the name: a relative "who", telling the press, a station or
# a person by name ("told France Inter", "told TF1", "told Reuters": a paper reports, it tells no one), or
# one of us; speaking in an interview
_PERSON_AFTER = regex.compile(
    r",?[^\S\n]+(?:who\b|told[^\S\n]+(?:reporters|journalists|the[^\S\n]+(?:press|media)|a[^\S\n]+news[^\S\n]+conference"
    r"|him|her|them|us|me|\p{Lu}[\p{L}\p{N}.-]*(?![\p{L}\p{N}’']))\b"
    r"|(?:said|added|told[^\S\n]+\p{L}+)[^\S\n]+(?:in|during)[^\S\n]+an[^\S\n]+interview\b)")


def _person_after(text: str, name: str) -> bool:
    """Whether a name in another tongue's article is followed anywhere in the text by what only a
    person does: "Le Maire, who chairs the talks", "Le Maire told reporters", "Le Maire told
    France Inter", "Le Maire said in an interview" (no paper's: "Le Monde, which ...")."""
    return any(_PERSON_AFTER.match(text, at + len(name), min(len(text), at + len(name) + 40), CONCURRENT) is not None
               for at in _places(text, name))


def _given_name_of(text: str, name: str) -> bool:
    """Whether a one-word outlet's name of the table is a given name in the text, a surname in
    capitals after it somewhere: "Dawn Lee" for "Dawn" (not "Dawn News", "Metro Bank")."""
    if name.lower() not in en.OUTLET_WHOLE_NAMES or " " in name:
        return False
    for at in _places(text, name):
        after = _SURNAME_AFTER.match(text, at + len(name), len(text), CONCURRENT)
        word = after.group().lstrip() if after is not None else ""
        if word and (at == 0 or not text[at - 1].isalnum()) and not (
                word.lower() in en.OUTLET_SERVICE_WORDS or word in en.BUSINESS_NAME_ENDS
                or word.lower() in en.OUTLET_NOUNS or word.lower() in en.ORGANIZATION_WORDS):
            return True  # (not the outlet's service nor another body by its name: "Dawn News", "Metro Bank")
    return False


def _plural_groups(text: str, candidates: list[Candidate]) -> None:
    """Read as a group a source of one capitalised word read as a person's that is a plural
    of people: a people's ("Americans", "Saudis"), a noun for people or of a people's ending
    ("Proponents", "Caucus-goers"), or a word the text writes in lower case too ("Millennials
    ... millennials"), capitalised as it opens its sentence or as a generation's name is; not
    a surname that a given name, a title or an initial stands before anywhere in the text
    ("Sanders" after "Bernie Sanders", "Sen. Sanders"). By the same mark, a surname read as
    bodies or nations in the plural ("Banks", "Powers") is a person's."""
    verdict: dict[str, bool] = {}
    for c in candidates:
        if c.source is None or c.source[1] - c.source[0] > _PLURAL_CHARS:
            continue
        word = text[c.source[0]:c.source[1]]
        if c.source_kind != "person":
            if _plural_of_no_people(c.source_kind, word.lower()) and word.isalpha() and word[:1].isupper() and (
                    _person_marked(text, word)):
                # and the other way: a surname read alone as bodies or nations in the plural is a
                # person's when a given name, a title or an initial stands before it anywhere in
                # the text, later too: "Banks said ... Rep. Ann Banks of Ohio" (coreference reads
                # the names given before)
                c.source_kind = "person"
            continue
        found = verdict.get(word)
        if found is None:
            low = word.lower()
            found = verdict[word] = (
                word[:1].isupper() and word[1:].replace("-", "").islower() and kinds.plural(low.replace("-", ""))
                and (low[:-1] in en.DEMONYMS or person_noun(low) or low.endswith(_PEOPLE_PLURALS) or "-" in low and low.endswith(_AGENT_PLURALS)
                     or whole_word_in(text, low, 0, len(text)))
                and not _person_marked(text, word))
        if found:
            c.source_kind = "group"


def _plural_of_no_people(kind: str | None, low: str) -> bool:
    """Whether a word in lower case, read with ``kind``, is a plural of bodies ("banks",
    "chambers") or of no people's noun read as many ("powers", as nations), which a surname may
    spell ("Banks", "Powers"); not people by their noun ("nurses", "democrats")."""
    return kinds.plural(low) and (kind == "organization" and kinds.singular(low) in en.ORGANIZATION_WORDS or (
        kind == "group" and not person_noun(low) and low not in en.GROUP_NAMES))


# documents that are records in the mass, no text that says: "exchange data"
_MASS_RECORDS = frozenset(["data", "metadata"])


def _many_records(words: list[str]) -> bool:
    """Whether a document's mention is headed by a plural or by a mass of records, which "it" does
    not stand for: "exchange data", "the latest figures", "official statistics" (not "the report",
    "a census")."""
    head = kinds.head_word(words) if words else ""
    return head in _MASS_RECORDS or kinds.plural(head) and document_noun(head)


def _joined_people(text: str, candidates: list[Candidate]) -> None:
    """Read as a group a source of names joined by "and", read as a person's for want of a given
    name ("Okafor and Brandt", "Both Lee and Roe"), when a given name, a title or an initial stands
    right before one of the names anywhere in the text ("Sen. Tomas Brandt"): people, many; not a
    firm named for two ("Marks and Spencer"), which the text names by no person's."""
    verdict: dict[str, bool] = {}
    for c in candidates:
        if c.source is None or c.source_kind != "person" or " and " not in text[c.source[0]:c.source[1]]:
            continue
        name = text[c.source[0]:c.source[1]]
        if name not in verdict:
            parts = kinds.joined_names([t[2] for t in kinds.tokens(text, *c.source)])
            verdict[name] = parts is not None and all(kinds.names_someone(p) for p in parts) and any(
                _person_marked(text, p[-1]) for p in parts)
        if verdict[name]:
            c.source_kind = "group"


# the longest one-word plural read as a group; the endings of plural nouns for people that
# no common surname has ("Proponents", "Millennials"), and of agents, which surnames have too
# ("Sanders", "Rogers"), but no joined word's ("Caucus-goers")
_PLURAL_CHARS = 30


_PEOPLE_PLURALS = ("ists", "ians", "ants", "ents", "als")


_AGENT_PLURALS = ("ers", "ors", *_PEOPLE_PLURALS)


def _person_marked(text: str, name: str) -> bool:
    """Whether a given name of the table, a title or an initial stands right before ``name``
    anywhere in the text: "Bernie Sanders", "Sen. Sanders", "J. Sanders"."""
    for word in _words_before(text, name):
        word = word.rstrip(".")
        if word.lower() in given_names() or word.lower() in en.TITLES or len(word) == 1 and word.isupper():
            return True  # (an initial in capitals: not the article of "a LinkedIn spokesman")
    return False


def _given_name_before(text: str, name: str) -> bool:
    """Whether a given name of the table stands right before ``name`` anywhere in the text."""
    return any(word.lower() in given_names() for word in _words_before(text, name))


def _words_before(text: str, name: str) -> Iterator[str]:
    """The word right before each place ``name`` stands in the text, a space between."""
    for at in _places(text, name):
        before = text[max(0, at - 30):at]
        if before.endswith(" ") and before.split():
            yield before.split()[-1]


def _places(text: str, name: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """Where ``name`` stands in ``text[lo:hi]``, the first first, each place after the end of the
    one before (none overlapping it)."""
    hi = len(text) if hi is None else hi
    at = text.find(name, lo, hi)
    while at >= 0:
        yield at
        at = text.find(name, at + len(name), hi)


def _bare_business_name(name: str, given: bool = False) -> bool:
    """Whether a name of one to three capitalised words may be a business's: no title, person's
    noun, pronoun nor determiner in it, and (unless ``given``) no given name of the table first."""
    words = name.split()
    if not 1 <= len(words) <= 3 or len(name) > 60:
        return False
    for w in words:
        low = w.lower().rstrip(".")
        if not (w[:1].isupper() or w == "&") or not w.replace("&", "").replace("-", "").isalnum() or (
                low in en.TITLES or low in en.PERSON_NOUNS or low in en.PERSON_INITIALISMS or low in _DETERMINERS
                or low in en.PRONOUNS or low in en.RELATIVE_PRONOUNS or low in en.GROUP_NAMES):
            return False
    if len(words) == 1 and person_noun(words[0].lower()):
        return False  # "Users took to social media": a noun for people, capitalised as the sentence's first word
    return (given or words[0].lower() not in given_names()) and words[0].lower() not in _NO_NAME_OPENERS


# words that may stand between a verb of a business's results and the figure it reports: "a
# quarterly loss", "its first net profit", "record revenue", "a bigger-than-expected loss"
_RESULTS_MODIFIERS = (
    "net gross quarterly annual yearly record operating underlying pretax pre-tax first second third fourth "
    "half-year full-year half-yearly interim surprise big bigger wide wider narrow narrower small smaller "
    "strong stronger weak weaker higher lower large larger heavy heavier steep steeper").split()


# a verb of a business's results or listing right after a name, its subject: "Tarun Steel reported a
# quarterly loss", "Vela Power posted revenue of", "Orrin swung to a profit", "Kiran Metals listed its shares"
_RESULTS_AFTER = regex.compile(
    r"[^\S\n]+(?:(?:reported|posted|booked|recorded|swung[^\S\n]+to|returned[^\S\n]+to)[^\S\n]+(?:(?:a|an|its)[^\S\n]+)?"
    r"(?:(?:[$€£₹]?\d[\d.,]*%?|\p{Ll}+(?:-\p{Ll}+)+|" + "|".join(_RESULTS_MODIFIERS) + r")[^\S\n]+){0,4}"
    r"(?:loss|losses|profit|profits|revenue|revenues|earnings|sales|turnover)"
    r"|(?:listed|floated)[^\S\n]+its[^\S\n]+shares)(?![\w’'-])")


_RESULTS_CHARS = 100


def _reports_results(text: str, name: tuple[int, int]) -> bool:
    """Whether a name of one to three capitalised words is a business's by the verb of its results
    or its listing right after it, though a given name opens it ("Tarun Steel reported a quarterly
    loss", "Kiran Metals listed its shares"), and nothing around tells it a person's ("Kim Reed
    posted a loss, and she ...")."""
    return _RESULTS_AFTER.match(text, name[1], min(len(text), name[1] + _RESULTS_CHARS), CONCURRENT) is not None and (
        _bare_business_name(text[name[0]:name[1]], given=True)) and not _told_as_person(text, name)


# How far before "the company" a bare name is read as the business it stands for
_BARE_BUSINESS_REACH = 400


_CAPITALISED = regex.compile(r"(?<![\w’'-])\p{Lu}[\w’'&-]*")


_SENTENCE_GAP = regex.compile(r"[.!?:;][" + CLOSING_QUOTE_CLASS + r")]*\s+[(" + OPENING_QUOTE_CLASS + r"]*$")


def _no_other_name(text: str, prev: tuple[int, int], end: int) -> bool:
    """Whether no name other than ``prev``'s own words stands between it and ``end``, a few
    sentences on at most: "Apple" between "Nabisco said" and "the company balked" is what
    the company may be."""
    if end - prev[1] > _BARE_BUSINESS_REACH:
        return False
    own = set(text[prev[0]:prev[1]].split())
    for m in _CAPITALISED.finditer(text, prev[1], end, False, CONCURRENT):
        word = m.group()
        if word in own or word.lower() in en.TIME_WORDS or word in ("I", "The", "A", "An"):
            continue
        if m.start() == 0 or _SENTENCE_GAP.search(text, max(prev[1], m.start() - 6), m.start(), CONCURRENT):
            continue  # a sentence's first word
        return False
    return True


# words that open a sentence in capitals and name no business: "His promises ...", "One says ..."
_NO_NAME_OPENERS = frozenset(
    "his her their its our my your one some many several both each all any another this that these those "
    "there here such most few".split())


def _business_evidence(text: str, span: tuple[int, int], name: str, words: list[tuple[int, int]], k: int) -> bool:
    """Whether one of the business ``words`` (from the ``k``-th on) within reach of ``span``
    stands right after ``name`` ("Tata Power shares", "Infosys's chief executive") or
    before it ("shares of Tata Power"): read by comparing strings, no pattern built per name."""
    lo, hi = max(0, span[0] - _BUSINESS_REACH), min(len(text), span[1] + _BUSINESS_REACH)
    for start, end in itertools.islice(words, k, None):
        if start > hi:
            break
        # "<name>’s chief executive": the name, a possessive, a space, then the word
        for gap in range(1, _GAP_CHARS + 1) if text[start:end] not in _ONLY_BEFORE_NAME else ():
            at = start - gap - len(name)
            if at >= lo and text.startswith(name, at) and _AFTER_GAP.fullmatch(text, at + len(name), start) and not (
                    at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_’'-")):
                return True
        # "shares of <name>"
        if end < hi and text[start:end].lower() in _BEFORE_NAME_WORDS:
            gap_end = _BEFORE_GAP.match(text, end, hi)
            after = gap_end.end() + len(name) if gap_end else -1
            if gap_end and text.startswith(name, gap_end.end()) and after <= hi and not (
                    after < len(text) and (text[after].isalnum() or text[after] == "_")):
                return True
    return False


# what stands between a business's name and a word after it, and the words before it and what
# stands between them and the name
_AFTER_GAP = regex.compile(r"(?:[’']s?)?[^\S\n]+")


_GAP_CHARS = 6


_BEFORE_NAME_WORDS = frozenset("shares stock shareholders stake".split())


_ONLY_BEFORE_NAME = frozenset("Shares Share Stock Shareholders stake Stake".split())


_BEFORE_GAP = regex.compile(r"[^\S\n]+(?:of|in)[^\S\n]+")


# the places of a team's players, which stand before their names as a post does: "midfielder
# Declan Rice ... the midfielder said"
# Nouns that name the same post, each with all of its names: "the skipper" is the captain named
# before, "the boss" the manager
_POST_NAMES = (
    ("manager", "boss", "gaffer", "manageress"),
    ("captain", "skipper"),
    ("coach",),  # ("the head coach", "the Rovers coach")
    ("chairman", "chairwoman", "chairperson", "chair"),
    ("spokesman", "spokeswoman", "spokesperson"),
    # a school's head by the names of each country's schools ("head teacher Ann Cole ... the head
    # said", "Principal Ann Cole ... the headmistress said"), and the pope by his other name
    ("headteacher", "headmaster", "headmistress", "head", "principal"),
    ("pope", "pontiff"),
    # a friend of a star's, as tabloid copy names one again: "A friend said ... the pal added"
    ("friend", "pal"),
)


_POST_SYNONYMS = {noun: names for names in _POST_NAMES for noun in names}


# the styles by which a holder of a post is addressed and written of, each to the post's noun:
# "the Holy Father" and "His Holiness" are the pope, "Her Majesty" the queen
_STYLED_POSTS = {"the holy father": "pope", "his holiness": "pope", "her majesty": "queen", "his majesty": "king"}


# the roles that paraphrase the titles of those who hold them, each to the titles, the nearest
# holder named with any of them standing for it: "President Ann Rao ... The head of state said";
# "the premier" is its own title too, and placed by a people's noun ("the Japanese premier", `_title_role`)
_ROLE_TITLES = {"the head of state": ("president", "king", "queen", "emir", "sultan", "monarch"),
                "the head of government": en.HEAD_OF_GOVERNMENT_TITLES,
                "the premier": en.PREMIER_TITLES,
                # a state's foreign minister, as wire and Asian copy call one again: "Foreign Minister
                # Wang Yi said ... The top diplomat added"
                "the top diplomat": ("foreign minister", "secretary of state", "foreign secretary", "minister of foreign affairs")}


def _title_role(words: list[str], low: list[str]) -> tuple[str, str | None] | None:
    """The role of ``_ROLE_TITLES`` a mention is, and the people's noun that places it, if any:
    "the head of state" (no noun), "the Japanese premier" ("the premier", "japanese"); or None."""
    if not 2 <= len(low) <= 4 or low[0] != "the":
        return None
    if (role := " ".join(low)) in _ROLE_TITLES:
        return role, None
    if len(low) == 3 and low[2] == "premier" and low[1] in _NATION_ADJECTIVES and words[1][:1].isupper():
        return "the premier", low[1]
    return None


# the adjectives of a nation's people that place a premier: the nouns of its people that serve as
# adjectives too ("the Japanese premier"), and those in "-ish" and "-ch" and of no usual ending that
# no noun is ("the Irish premier", "the Dutch premier", "the British premier", "the Welsh premier")
_NATION_ADJECTIVES = en.DEMONYMS | frozenset(en.IRREGULAR_PLACE_ADJECTIVES.values()) | en.NATION_ADJECTIVES_IN_ISH | frozenset(
    w.lower() for w in en.NATION_ADJECTIVES_OF_NO_ENDING)


# the posts of one who speaks for another, not for themself: "a spokesman for the couple", "her rep"
_SPEAKS_FOR = frozenset(_POST_SYNONYMS["spokesman"]) | frozenset("representative rep publicist".split())


# one who speaks for a person by the post alone, the person named by a possessive before the noun or
# after "for": "Ann Roe's representative", "Her spokesman", "a publicist for Mr. Hale" (the noun
# checked against ``_SPEAKS_FOR``)
_SPEAKER_FOR_PERSON = regex.compile(
    r"(?:(?P<own>[Hh]is|[Hh]er)[^\S\n]+|(?P<owner>(?:\p{Lu}[\w.’'-]*[^\S\n]+){0,2}\p{Lu}[\w.-]*)[’']s[^\S\n]+|(?:[Aa]n?|[Tt]he)[^\S\n]+)"
    r"(?:\p{Ll}[\w-]*[^\S\n]+){0,2}?(?P<noun>\p{Ll}+)"
    r"(?(owner)|(?(own)|[^\S\n]+for[^\S\n]+(?P<for>(?:(?:Mr|Mrs|Ms|Miss)\.?[^\S\n]+)?(?:\p{Lu}[\w’'-]*[^\S\n]+){0,2}\p{Lu}[\w-]*)))")


# the sex a possessive pronoun tells of the one it stands for
_POSSESSIVE_SEX = {"his": "he", "her": "she"}


# the names among them that head other posts too, which only a mention by the same name stands
# for: "the head of the maths department" is the head, no principal
_WIDE_POST_NAMES = frozenset(["head"])


# the posts of a broadcast or a debate that no table of people's nouns holds, being other things'
# words too ("a host of", "an anchor"): a transcript's label by the post alone ("HOST:") stands
# for one named with it ("host Ann Lee")
_BROADCAST_POSTS = frozenset("host cohost anchor moderator".split())


# the posts of a side, held by one named with the post, seldom by the player named last
_SIDE_POSTS = en.SIDE_POSTS


# How many words a post's phrase with "the" in small letters may hold, whom the post's noun alone
# stands for after it: "The prime minister's official spokesperson ... the spokesperson said"
_POST_PHRASE_WORDS = 6


# a spokesperson's mention that names the body spoken for in capitals right before the noun: "A
# Vexa spokesperson", "Vexa spokesman Tom Roe" (not an analyst's or a lawyer's firm, another body)
_BODY_THEN_SPOKESMAN = regex.compile(
    r"(?:(?:[Aa]n?|[Tt]he)[ \t]+)?(\p{Lu}[\w’'&.-]*(?:[ \t]+\p{Lu}[\w’'&.-]*){0,2})[ \t]+(?:"
    + "|".join(_POST_SYNONYMS["spokesman"]) + r")(?![\w’'-])")


# a head's post in small letters (or its initials) between a body's name and the holder's name
# in capitals: "Vexa chief executive Ann Hale", "Harlow chairman Tom Roe" (not "Niko Partners
# analyst Sam Ortega", who speaks of other firms)
_BODY_THEN_HEAD = regex.compile(
    r"(?:(?:[Aa]n?|[Tt]he)[ \t]+)?(\p{Lu}[\w’'&.-]*(?:[ \t]+\p{Lu}[\w’'&.-]*){0,2})[ \t]+(?:executive[ \t]+)?(?:"
    r"chief[ \t]+executive(?:[ \t]+officer)?|CEO|chairman|chairwoman|chairperson|president|co-founder|founder|"
    r"managing[ \t]+director)[ \t]+\p{Lu}\p{Ll}")


def _body_of_head(text: str, mention: tuple[int, int]) -> tuple[int, int] | None:
    """The business a head's mention names before the post, by a bare name or one the table
    knows ("Vexa chief executive Ann Hale", "Harlow chairman Tom Roe": Vexa, Harlow), or None."""
    m = _BODY_THEN_HEAD.match(text, *mention, CONCURRENT)
    return m.span(1) if m is not None and (
        _bare_business_name(m.group(1)) or _table_key(m.group(1)) in org_names()) else None


def _body_of_spokesman(text: str, mention: tuple[int, int]) -> tuple[int, int] | None:
    """The body a spokesperson's mention names, as a business's bare name or one the table
    knows, its possessive mark and all, before the noun or after "for" ("A Vexa spokesperson",
    "a spokesman for the Sierra Club", "A Moody's spokesman": Vexa, Sierra Club, Moody's), or None."""
    m = _SPOKESMAN_FOR_BODY.match(text, *mention, CONCURRENT)
    # (the "for" first: the other reads the article of "A spokeswoman for ..." as a name)
    m, group = (m, 2) if m is not None else (_BODY_THEN_SPOKESMAN.match(text, *mention, CONCURRENT), 1)
    return m.span(group) if m is not None and (
        _bare_business_name(m.group(group)) or _table_key(m.group(group)) in org_names()) else None


# one who speaks for a body named after the noun: "a spokeswoman for Kent Police", "the
# spokesman for the Met Office", "a spokesperson for the Department for Transport" (the name
# without its article the second group)
_SPOKESMAN_FOR_BODY = regex.compile(
    r"(?:(?:[Aa]n?|[Tt]he)[ \t]+)?(?:" + "|".join(_POST_SYNONYMS["spokesman"]) + r")[ \t]+for[ \t]+"
    r"((?:the[ \t]+)?(\p{Lu}[\w’'&.-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+)?\p{Lu}[\w’'&.-]*){0,4}))\Z")


# one who speaks for a body by its noun: "a spokesperson for the bank", "a spokesman for the
# company" (the body's mention, "the bank", the group)
_SPOKESMAN_FOR_NOUN = regex.compile(
    r"(?:(?:[Aa]n?|[Tt]he)[ \t]+)?(?:" + "|".join(_POST_SYNONYMS["spokesman"]) + r")[ \t]+for[ \t]+(the[ \t]+(\p{Ll}+))\Z")


def _spoken_for(text: str, mention: tuple[int, int]) -> tuple[int, int] | None:
    """The body a spokesperson's mention names, after "for" with its article or before the noun
    ("a spokeswoman for the Home Office", "A DfE spokesperson": the Home Office, DfE), or None."""
    if (m := _SPOKESMAN_FOR_BODY.match(text, *mention, CONCURRENT)) is not None:
        return m.span(1)
    # (the "for" first: the other reads the article of "A spokeswoman for ..." as a name)
    m = _BODY_THEN_SPOKESMAN.match(text, *mention, CONCURRENT)
    return m.span(1) if m is not None else None


def _state_body_spoken_for(text: str, mention: tuple[int, int], lex) -> tuple[int, int] | None:
    """The state's body a spokesperson's mention names, before the noun or after "for" ("A Kent
    Police spokesman", "a spokeswoman for Kent Police": Kent Police), or None (not "a spokesman
    for Vexa", a business)."""
    # (the "for" first: the other reads the article of "A spokeswoman for ..." as a name)
    m = _SPOKESMAN_FOR_BODY.match(text, *mention, CONCURRENT) or _BODY_THEN_SPOKESMAN.match(text, *mention, CONCURRENT)
    return m.span(1) if m is not None and kinds.kind(text, *m.span(1), lex) == "government" else None


def _other_sex(noun: str, other: str) -> bool:
    """Whether two nouns of a post name it for each sex: "spokesman" and "spokeswoman",
    "headmaster" and "headmistress"."""
    return noun.endswith("woman") != other.endswith("woman") and noun.endswith("man") and other.endswith("man") or (
        {noun[-6:], other[-8:]} == {"master", "mistress"} or {other[-6:], noun[-8:]} == {"master", "mistress"})


_PLAYING_ROLES = en.PLAYING_ROLES


# the places of players in the game ("the striker", "the fast bowler"), and titles a player or a side
# wins ("the two-time champion"): nouns of what a player is, not of a post the side gives
_PLAYING_PLACES = frozenset(w for w, role in en.SIDE_ROLES.items() if role == "position")


# the places of players one player may be called by two of ("Spinner Tom Roe ... the bowler
# said"; a wicketkeeper bats); "international" goes with any
_PLACE_KIN = tuple(frozenset(g.split()) for g in (
    "goalkeeper keeper", "wicketkeeper keeper batsman batter", "bowler pacer spinner all-rounder",
    "batsman batter opener all-rounder", "striker forward winger playmaker", "midfielder playmaker",
    "defender centre-back center-back full-back fullback"))


def _other_playing_place(word: str, noun: str) -> bool:
    """Whether ``word`` is a player's place that no player called by ``noun`` holds:
    "striker" for "goalkeeper", not "spinner" for "bowler"."""
    return word in _PLAYING_PLACES and word != noun and "international" not in (word, noun) and not any(
        word in kin and noun in kin for kin in _PLACE_KIN)


_TITLE_HOLDERS = frozenset("champion titleholder title-holder medallist medalist".split())


# how far back the one person named before such a noun is looked for
_SOLE_PERSON_REACH = 600


# the words a player may be named with, no post of another ("England captain Ben Stokes", "veteran
# Tom Roe"): one so named may be "the all-rounder" next
_PLAYER_POSTS = en.PLAYER_WORDS


# nouns for a young person, which stand for one named with a teenager's age
_YOUNG_NOUNS = frozenset(["teenager", "teen", "youngster"])


# a name and the age set off by commas after it: "Kieran Oduya, 19,"
_NAME_AND_AGE = regex.compile(r"((?:\p{Lu}[\w’'.-]*[^\S\n]+){0,3}\p{Lu}[\w’'-]+),[^\S\n]*(\d{1,3}),")


# an age given before a name, a noun or two in small letters between: "41-year-old Ann Lee",
# "19-year-old striker Kieran Oduya"
_AGE_AND_NAME = regex.compile(r"(?<![\w’'-])(\d{1,3})-year-old[ \t]+(?:\p{Ll}+[ \t]+){0,2}(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\w’'-]+){1,2})")


# how far past a name its age and commas may run: "Ann Lee, 66,"
_AGE_CHARS = 7


# how many paragraphs may open between a person named as a source and "the 51-year-old" that stands for them
_AGED_PARAGRAPHS = 2


# the words a refusal to comment opens with: "declined to comment", "refused to comment further"
_TO_COMMENT = regex.compile(r"to[^\S\n]+comment\b", regex.IGNORECASE)


def _refused_comment(text: str, c: Candidate) -> bool:
    """Whether a report is only a refusal to comment: "declined to comment on the reports"."""
    return c.cue_lemma in ("decline", "refuse") and bool(c.content) and _TO_COMMENT.match(text, *c.content[0]) is not None


# the posts a name may bear before it, or its holder be called by alone ("Senator Ann Lee ... the
# senator"): one known by such a post may be one named before, in any paragraph
_POSTS_OF_NAMED = en.TITLES | en.STATE_OFFICE_HOLDERS | en.STATUTORY_OFFICE_TITLES


def _new_role_in_paragraph(text: str, post: tuple[int, int], named: tuple[int, int], span: tuple[int, int],
                           words: list[str]) -> bool:
    """Whether one known by a post alone (``post``, its ``words``) opens a new speaker against one
    named before (``named``): the post in the pronoun's paragraph (``span``), the name in a
    paragraph before, and the post's noun a calling, no title or office a name bears ("the
    pathologist", "the driver"; not "the senator", "the minister")."""
    return (words[-1].lower() not in _POSTS_OF_NAMED and "\n" in text[named[1]:post[0]]
            and _paragraphs_between(text, post[1], span[0]) == 0)


def _paragraphs_between(text: str, start: int, end: int) -> int:
    """How many paragraphs (non-blank lines) open between ``start`` and ``end``."""
    count = 0
    at = text.find("\n", start, end)
    while at >= 0:
        nxt = text.find("\n", at + 1, end)
        if text[at + 1 : end if nxt < 0 else nxt].strip():
            count += 1
        at = nxt
    return count


def _full_name_in_paragraph(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The last name before ``span`` in its paragraph or the one before that a known given name
    opens, heading a clause or an aside: "Luis Andrade" in "Coach Luis Andrade was angry. The
    Spaniard said", or "Top seed Ana Petrova beat Mia Roe. || “I was nervous,” the Russian said"."""
    start = max(0, span[0] - _TITLE_REACH, min(text.rfind("\n", 0, span[0]) + 1, _paragraph_start_back(text, span[0], 1)))
    found = None
    for m in _GIVEN_AND_SURNAME.finditer(text, start, span[0], False, CONCURRENT):
        if m.group(1).lower() in given_names():
            found = m.span()
    return found


def _unknown_name(words: list[str]) -> bool:
    """Whether a mention is two words or more, all in capitals, none a given name the table holds
    nor a title: "Harbour Lantern", not "Ann Lee", "Dr Lee" nor "the Harbour Lantern's editor"."""
    return len(words) >= 2 and all(w[:1].isupper() and w.lower() not in given_names()
                                   and w.lower().rstrip(".") not in en.TITLES for w in words)


def _named_person(words: list[str]) -> bool:
    """Whether a mention names its person: a word in capitals that is no determiner, pronoun, title or
    noun of a place's people ("The Spaniard" names no one, and "the Frenchman" after it is someone else)."""
    return any(w[:1].isupper() and w.lower() not in _DETERMINERS and w.lower() not in en.PRONOUNS
               and w.lower().rstrip(".") not in en.TITLES and w.lower() not in en.DEMONYMS for w in words)


# how far back the post before a name is looked for: "manager | Tom Roe"
_NAME_POST_REACH = 24


# a given name and a surname, each capitalised: "Tom Roe" (the given name checked against the table)
_GIVEN_THEN_SURNAME = regex.compile(r"(?<![\w’'.-])(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[\p{Ll}’'-]*\p{Ll}(?![\w’'-])")


def _person_named_last(text: str, since: int, span: tuple[int, int], quoted: Callable[[int], bool]) -> tuple[tuple[int, int], int] | None:
    """The person named in full ("Tom Roe", a known given name first or a post before) after ``since`` and in the
    paragraphs before ``span`` that an age stands for (``_AGED_PARAGRAPHS``), whose name or surname
    stands last before it, and where it stood: "with Roe scoring" after "Tom Roe" and "Ann Lee"
    makes Tom Roe the one named last. Names inside a quotation (``quoted``) count for none: they
    are the speaker's words. None when there is none, or it stands in the headline."""
    lo = max(since, span[0] - _TITLE_REACH, 0)
    best = None
    for m in _GIVEN_THEN_SURNAME.finditer(text, lo, span[0], False, CONCURRENT):
        before = text[max(lo, m.start() - _NAME_POST_REACH):m.start()].split()[-1:]
        if not (m.group(1).lower() in given_names() or before and before[0].islower() and person_noun(before[0])) or (
                _in_headline(text, m.start())) or quoted(m.start()):
            continue  # (a name a known given name opens, or one after a post: "coach Tom Roe")
        surname = text[m.start(1) + len(m.group(1)):m.end()].strip()
        last = text.rfind(surname, m.end(), span[0])
        while last >= 0 and (not whole_word_in(text, surname, last, last + len(surname)) or quoted(last)):
            last = text.rfind(surname, m.end(), last)
        at = m.end() if last < 0 else last + len(surname)
        if _paragraphs_between(text, at, span[0]) <= _AGED_PARAGRAPHS and (best is None or at > best[1]):
            best = (m.span(), at)
    return best


def _aged_before(text: str, span: tuple[int, int], ages: range) -> tuple[int, int] | None:
    """The last name in the few paragraphs before ``span`` whose age, set off by commas after
    it or given before it, is one of ``ages``: "the 19-year-old" or "the teenager" for "Kieran
    Oduya, 19," or "19-year-old Kieran Oduya"."""
    found = None
    lo = max(0, span[0] - _TITLE_REACH)
    for m in _NAME_AND_AGE.finditer(text, lo, span[0], False, CONCURRENT):
        if int(m.group(2)) in ages:
            found = m.span(1)
    for m in _AGE_AND_NAME.finditer(text, lo, span[0], False, CONCURRENT):
        if int(m.group(1)) in ages and (found is None or m.start(2) > found[0]):
            found = m.span(2)
    return found


# what gives a name a role noun after it: an aside with an article, a relative clause that says
# the person holds it, or a predicate that says so or that it was given: "Ann Lee, the minister",
# "Tom Roe, a juror", "Ann Lee, who is the health minister", "Ann Lee was named health minister",
# "Tom Roe became chairman", "Ann Lee is a lawyer" (not "Ann Lee was hugging the minister")
_POST_GIVEN_AFTER_NAME = (
    r"(?:,[^\S\n]+(?:who[^\S\n]+(?:is|was|has[^\S\n]+been|had[^\S\n]+been|became|remains)(?:[^\S\n]+(?:the|an?))?|the|an?)"
    r"|[^\S\n]+(?:(?:is|was|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:named|appointed|made|elected|sworn[^\S\n]+in|confirmed)"
    r"(?:[^\S\n]+as)?|became|(?:is|was)(?=[^\S\n]+(?:the|an?)[^\S\n]))(?:[^\S\n]+(?:the|an?))?)[^\S\n]")


# the cheap tests that one of those may stand in a stretch, each led by a literal the engines find
# fast (the whole pattern, led by a space, is tried at every space): a comma and an article or
# "who", or the words of a predicate that gives a post with single spaces (a tab between them
# leaves it unread)
_COMMA_OPENING = regex.compile(r",[^\S\n]+(?:the|an?|who)[^\S\n]")


_POST_GIVING_PHRASES = (" became ", " named ", " appointed ", " made ", " elected ", " sworn ", " confirmed ",
                        " is the ", " is a ", " is an ", " was the ", " was a ", " was an ")


# the forms of the verbs that give the one named in their object a post: "appointed Sir Alan Pike
# as chairman", "named Ann Lee as its chief executive", "chose Tom Roe as captain" (the pattern's
# words, `_POST_GIVING_VERBS`, and a cheap test before it runs)
_POST_GIVING_FORMS = ("appoint appoints appointed name names named elect elects elected choose chooses chose "
                      "pick picks picked hire hires hired install installs installed tap taps tapped").split()
_POST_GIVING_VERB_FORMS = tuple(f" {form} " for form in _POST_GIVING_FORMS)


# how far into the text a headline may reach
_HEADLINE_CHARS = 300


# the surname right after a given name: " Lee"
_NAME_AFTER_GIVEN_WORD = regex.compile(r"[ \t]+\p{Lu}[\p{L}’'-]*")


def _headline_name_end(text: str, start: int, name_from: int, end: int, titled: bool = False) -> int | None:
    """Where the name of a post and a name found at ``start`` (the name from ``name_from``) ends:
    at ``end``, but in a headline in title case, which capitalises every word, at the word after a
    given name the table holds ("Senator Ann Lee Quits Race" is "Senator Ann Lee"), and nowhere
    when no such given name opens it ("Trump Aide Caught Bragging" names no aide); after a title
    (``titled``), at the first word then, a surname ("President Hale Signs Bill": "President Hale")."""
    if start >= _HEADLINE_CHARS or not text[start].isupper() or not _in_headline(text, start):
        return end
    first = _NAME_WORD.search(text, name_from, end, CONCURRENT)
    if first is None:
        return None
    if first.group().lower() not in given_names():
        return first.end() if titled else None
    surname = _NAME_AFTER_GIVEN_WORD.match(text, first.end(), end, CONCURRENT)
    return surname.end() if surname is not None else end


# the letters after a name of a member of a house ("Ann Lee MP", "Tom Hale TD", "Jo Roe MSP"; of
# `en.POST_NOMINALS`), which "the MP", "the TD" stand for
_HOUSE_MEMBER_LETTERS = frozenset("mp msp mla mlc mep td mpp mna mhr mha mhk".split())


@functools.cache
def _lettered_name_pattern(letters: str) -> regex.Pattern:
    """A name of two to four capitalised words and a house member's ``letters`` after it, in
    capitals, no name after them: "Ann Lee MP" (not "Labour MP Ann Lee"; the name in group 1)."""
    return regex.compile(r"(?<![\w’'.-])(\p{Lu}[\p{L}’'.-]*(?:[^\S\n]+\p{Lu}[\p{L}’'.-]*){1,3})[^\S\n]+%s\b(?![^\S\n]+\p{Lu})"
                         % letters.upper())


def _name_before_letters(text: str, span: tuple[int, int], letters: str, since: int, lex) -> tuple[int, int] | None:
    """The last name in the few paragraphs before ``span`` and after ``since`` that a house
    member's ``letters`` follow, with them, its first word a given name of the table or the
    name a person's by its kind: "Ann Lee MP" for "the MP" (not "Former Labour MP")."""
    start = max(0, span[0] - _TITLE_REACH, since)
    if text.find(" " + letters.upper(), start, span[0]) < 0:
        return None  # (a cheap test first: the pattern is compiled only for letters in reach)
    found = None
    for m in _lettered_name_pattern(letters).finditer(text, start, span[0], False, CONCURRENT):
        first = WORD.match(text, m.start(1), m.end(1), CONCURRENT)
        if first is not None and (first.group().lower() in given_names() or kinds.kind(text, *m.span(1), lex) == "person"):
            found = m.span()
    return found


def _role_named_before(text: str, span: tuple[int, int], noun: str, since: int) -> tuple[int, int] | None:
    """The last "<noun> <Name>" in the few paragraphs before ``span`` and after ``since``: a
    role noun of people, in any case, right before a capitalised name ("midfielder Declan
    Rice", "Arsenal midfielder Declan Rice": "midfielder Declan Rice"), and a spokesperson's
    with the body named before the noun ("Kremlin spokesman Dmitry Peskov"), a house member's
    with the party ("Labour MP Jo Smith")."""
    start = max(0, span[0] - _TITLE_REACH, since)
    if noun.isalpha() and not any(text.find(form, start, span[0]) >= 0 for form in _role_forms(noun)):
        # both patterns hold the noun as written: a cheap test first, which most nouns asked for
        # fail, and a noun's patterns are compiled only when it stands in reach (each takes long)
        return None
    found = None
    for m in _role_pattern(noun).finditer(text, start, span[0], False, CONCURRENT):
        if (end := _headline_name_end(text, m.start(), m.start() + len(noun), m.end())) is not None:
            found = (m.start(), end)
    if found is not None and (noun in _SPEAKS_FOR or noun in _HOUSE_MEMBER_LETTERS):
        # one who speaks for a body with the body's name in capitals before the noun, as a title
        # is with its field: "Kremlin spokesman Dmitry Peskov" (`_field_before_title`; a player's
        # or a star's side or genre is no part: "midfielder Declan Rice", "star Lena Vos"), and a
        # house member with the party: "Sinn Féin MLA Ann Lee", the fullest mention
        found = _field_before_title(text, found)
    apposed = _apposed_named_before(text, span, noun, start)
    return apposed if found is None or apposed is not None and apposed[0] > found[0] else found


def _apposed_named_before(text: str, span: tuple[int, int], noun: str, start: int) -> tuple[int, int] | None:
    """The last name from ``start`` to ``span`` that the role ``noun`` is in apposition to or given
    by a verb (as `_role_named_before` reads them)."""
    forms = _apposed_forms(noun)
    if not any(text.find(form, start, span[0]) >= 0 for form in forms):
        return None  # (a cheap test first: the noun as an aside writes it)
    found = None
    # a name the noun is in apposition to, after it or before it: "John Hale, the defendant,"
    # or "The defendant, John Hale," (a cheap test first: the comma either holds)
    apposed = any(text.find(form + ",", start, span[0]) >= 0 for form in forms) or (
        _COMMA_OPENING.search(text, start, span[0]) is not None) or any(
        text.find(phrase, start, span[0]) >= 0 for phrase in _POST_GIVING_PHRASES)
    given = any(text.find(form, start, span[0]) >= 0 for form in _POST_GIVING_VERB_FORMS)
    matches = [*(_apposed_role_pattern(noun).finditer(text, start, span[0], False, CONCURRENT) if apposed else ()),
               *(_post_given_pattern(noun).finditer(text, start, span[0], False, CONCURRENT) if given else ())]
    for m in matches:
        name = m.span(1) if m.start(1) >= 0 else m.span(2)
        first = WORD.match(text, *name, CONCURRENT)
        if first is not None and first.group().lower() in _NOT_GIVEN:
            if first.end() >= name[1]:
                continue
            name = (clauses.skip_space(text, first.end(), name[1]), name[1])  # "On Monday Ann Lee, the minister": the name only
        if found is None or name[0] > found[0]:
            found = name
    return found


# nouns of fame (default_lexicon.FAME_NOUNS): "pop star Lena Vos ... the star said"
_FAME_NOUNS = en.FAME_NOUNS


# the nouns of fame that go with any trade of show business, and those trades: "England star Ben Roe"
# is the footballer, "pop star Lena Vos" the singer
_STAR_NOUNS = frozenset("star superstar megastar".split())


_SHOW_TRADES = frozenset("singer actor actress presenter footballer rapper comedian musician dancer songwriter "
                         "dj influencer personality broadcaster".split())


def _trade_named_before(text: str, span: tuple[int, int], noun: str, head: str, lexicon) -> tuple[int, int] | None:
    """The person ``noun`` stood before or in apposition to in the paragraphs before ``span`` (as
    `_role_named_before` finds them), when its ``head`` is a noun for people by their work or fame
    and what it stood before is a person's name: "comedian Dan Roe" for "the comedian", "Oscar
    winner Mara Quinlan" for "the Oscar winner"; not "the debate" of "debate Sunday", nor "the
    platform" of "the Platform Committee"."""
    if not (_persons_noun(head, lexicon) or head in _FAME_NOUNS):
        return None
    found = _role_named_before(text, span, noun, 0)
    if noun == head and (head in _STAR_NOUNS or head in _SHOW_TRADES):
        # celebrity copy calls a performer by fame and by trade alike: "Singer Maisie Roe ... The
        # star said", "pop star Lena Vos ... the singer added" (one trade is no other: "the actor"
        # is no "rapper Tom Roe")
        for other in (_FAME_NOUNS | _SHOW_TRADES if head in _STAR_NOUNS else _STAR_NOUNS) - {head}:
            placed = _role_named_before(text, span, other, found[0] if found is not None else 0)
            if placed is not None and (found is None or placed[0] > found[0]):
                found = placed
    return found if found is not None and kinds.kind(text, *found, lexicon) == "person" else None


# a relative clause after a mention, its verb and up to three words after it: ", who scored twice"
_WHO_DEED = regex.compile(r",[^\S\n]+who[^\S\n]+(\p{Ll}+(?:[^\S\n]+[\w’'-]+){1,3}?)(?=[^\S\n]*[,.;:!?]|[^\S\n]*$)")


def _deed_told_again(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The last name before ``span`` (within the reach of a title) that the words of the relative
    clause after it follow: "Sani Okafor scored twice" for "the midfielder, who scored twice"."""
    m = _WHO_DEED.match(text, span[1], min(len(text), span[1] + 80), CONCURRENT)
    if m is None or m.group(1).split()[0] in _NOT_DEEDS:
        return None
    deed = r"[^\S\n]+".join(regex.escape(w) for w in m.group(1).split())
    pattern = regex.compile(r"(?<![\w’'-])((?:\p{Lu}\p{Ll}+[^\S\n]+){1,2}\p{Lu}\p{Ll}+)[^\S\n]+" + deed + r"(?![\w’'-])")
    found = None
    for name in pattern.finditer(text, max(0, span[0] - _TITLE_REACH), span[0], False, CONCURRENT):
        found = name.span(1)
        first = WORD.match(text, found[0], found[1])
        if first is not None and first.group().lower() in _NOT_GIVEN and first.end() < found[1]:
            found = (clauses.skip_space(text, first.end(), found[1]), found[1])  # "After Sam Okoro scored twice": the name only
    return found


def _surname_again_before(text: str, start: int, surname: str) -> int | None:
    """Where ``surname``, as a whole word, is first read in the reach of a full name before ``start``."""
    at = text.find(surname, max(0, start - _NAME_REACH), start)
    while at >= 0 and not whole_word_in(text, surname, at, min(len(text), at + len(surname) + 1)):
        at = text.find(surname, at + 1, start)
    return at if at >= 0 else None


def _trade_done_before(text: str, span: tuple[int, int], noun: str) -> tuple[int, int] | None:
    """The last name before ``span`` (within the reach of a title) whose relative clause does the
    trade of a noun in "-er" or "-or": "Nora Hale, who produced the film" for "the producer",
    "Tom Roe, who has developed the site" for "the developer"."""
    if not noun.endswith(("er", "or")) or len(noun) < 6:
        return None
    found = None
    for m in _trade_pattern(noun[:-2]).finditer(text, max(0, span[0] - _TITLE_REACH), span[0], False, CONCURRENT):
        found = m.span(1)
    return found


@functools.cache
def _trade_pattern(stem: str) -> regex.Pattern:
    """A name and a relative clause after it whose verb opens with ``stem`` ("produc": "who produced")."""
    return regex.compile(rf"(?<![\w’'-])({_ROLE_NAME}),[^\S\n]+who[^\S\n]+(?:ha[sd][^\S\n]+)?{stem}(?:e[sd]|ed|s|es)\b")


# verbs too common to tell one person's deed: "who said", "who is"
_NOT_DEEDS = en.VERB_AUXILIARIES | frozenset("said says added told spoke asked".split())


def _role_forms(noun: str) -> set[str]:
    """A role noun of people as running text writes it: in small letters, capitalised, and in
    capitals too when it is initials ("officer", "Officer"; "mp", "Mp", "MP")."""
    return {noun, noun.capitalize(), noun.upper()} if noun in en.PERSON_INITIALISMS or noun in _HOUSE_MEMBER_LETTERS else {
        noun, noun.capitalize()}


@functools.cache
def _role_pattern(noun: str) -> regex.Pattern:
    """A role noun of people and the name after it, the noun as written in running text, in
    capitals or as initials ("officer", "Officer", "MP"); "the minister" is no chief or prime
    minister."""
    alternatives = "|".join(sorted(regex.escape(f) for f in _role_forms(noun)))
    return regex.compile(
        rf"(?<![\w’'-]){_NO_OTHER_POST_BEFORE}(?:{alternatives})(?:[^\S\n]+(?:\p{{Lu}}\.[^\S\n]*){{0,3}}{_TITLED_NAME_WORD}){{1,4}}\b(?![’']s\b)"
    )


# a name of one to three words in capitals, after initials or none: "Ann Lee", "K. Ravi Rao"
_ROLE_NAME = r"(?:\p{Lu}\.[^\S\n]*){0,3}\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+){0,2}"


# up to three words that may stand between an article and its noun, no preposition nor "and":
# "the health", "a former", "the country's finance"; not "the wife of the"
_ROLE_MODIFIERS = r"(?:(?!(?:of|for|to|and|or|with|from|at|in|on|by|who|whose)[^\S\n])[\w’'-]+[^\S\n]+){0,3}"


_POST_GIVING_VERBS = "(?:" + "|".join(_POST_GIVING_FORMS) + ")"


def _apposed_forms(noun: str) -> tuple[str, ...]:
    """A role noun as an aside writes it: as it is, and in capitals too when it is a house
    member's letters or a person's initials ("Tom Roe, the Labour MP for Hull")."""
    return (noun, noun.upper()) if noun in en.PERSON_INITIALISMS or noun in _HOUSE_MEMBER_LETTERS else (noun,)


@functools.cache
def _apposed_role_pattern(noun: str) -> regex.Pattern:
    """A name and a role noun of people in apposition, after the name with an article and
    what ends the phrase ("Ann Lee, the health minister," "John Hale, a defendant in the
    case", "Tom Roe, a senator from Ohio"), or given it after the name by a relative clause
    or a predicate ("Ann Lee, who is the health minister,", "Ann Lee, who is mayor of Harlow",
    "Ann Lee was named health minister in May"), or before it with "the" or a place's possessive ("The defendant, John Hale,",
    "Harlow's mayor, Ann Lee,"): the name is group 1 or 2; "the minister" is no chief or prime
    minister; a house member's letters in capitals too: "Tom Roe, the Labour MP for Hull"."""
    noun = "(?:%s)" % "|".join(_apposed_forms(noun))
    return regex.compile(
        rf"(?<![\w’'-])({_ROLE_NAME}){_POST_GIVEN_AFTER_NAME}[^\S\n]*{_ROLE_MODIFIERS}{_NO_OTHER_POST_BEFORE}{noun}"
        rf"(?=[,.;]|[^\S\n]+(?:of|for|in|at|on|with|from)[^\S\n])"
        rf"|(?<![\w’'-])(?:[Tt]he|\p{{Lu}}\p{{Ll}}+[’']s)[^\S\n]+{_ROLE_MODIFIERS}{_NO_OTHER_POST_BEFORE}{noun},[^\S\n]+({_ROLE_NAME})(?=[,.;])"
    )


@functools.cache
def _post_given_pattern(noun: str) -> regex.Pattern:
    """A name in the object of a verb that gives it the post ``noun`` names: "appointed Sir Alan
    Pike as chairman", "named Ann Lee as its chief executive" (the name in group 1; apart from
    `_apposed_role_pattern`, and run only when a verb's form stands in reach)."""
    return regex.compile(
        rf"(?<![\w’'-]){_POST_GIVING_VERBS}[^\S\n]+({_ROLE_NAME})[^\S\n]+as[^\S\n]+(?:(?:the|an?|its|their)[^\S\n]+)?"
        rf"{_ROLE_MODIFIERS}{_NO_OTHER_POST_BEFORE}{noun}(?=[,.;]|[^\S\n]+(?:of|for|in|at|on|with|last|this|earlier)[^\S\n])"
    )


@functools.cache
def _title_pattern(key: tuple[str, ...]) -> regex.Pattern:
    """A title in capitals and the name after it: "Chief Minister K. Ravi Rao", "Minister Ann Rao";
    a rank's, "of" and its place: "Duke of Arden", "Emir of Qatar"."""
    title = r"\s+".join(w.capitalize() for w in key)
    if key[-1] in en.RANK_TITLES:
        title += r"[^\S\n]+of"
    if key[-1] in _SHORT_TITLE_FORMS:
        title += r"\.?"  # "Sen. Ann Lee", "Gov Tom Roe"
    # "the minister" is no chief or prime minister
    lone = _NO_OTHER_POST_BEFORE if len(key) == 1 else ""
    return regex.compile(
        rf"\b{lone}{title}(?:\s+(?:\p{{Lu}}\.){{1,3}}|(?:[^\S\n]+\p{{Lu}}(?=[^\S\n])){{1,3}})?(?:\s+{_TITLED_NAME_WORD}){{1,4}}+\b"
    )



def _named_in(text: str, span: tuple[int, int], surname: str) -> tuple[int, int] | None:
    """The full name that ends in ``surname`` inside a mention of several people: the surname
    and the capitalised words before it that are no title nor "and" ("Ann Rao" in "Justices
    Ann Rao and Tom Roe"); None when the surname stands alone there. A comma ends the name: "Tom
    Roe, Ann Rao and Ed Lim" gives "Ann Rao" for "Rao"."""
    toks = list(WORD.finditer(text, *span, False, CONCURRENT))
    at = next((k for k, m in enumerate(toks) if m.group() == surname), None)
    if at is None:
        return None
    first = at
    while (first > 0 and toks[first - 1].group()[:1].isupper() and not _titled(toks[first - 1].group())
           and not text[toks[first - 1].end():toks[first].start()].strip(" \t.")):  # ("Ann K. Rao": an initial's stop)
        first -= 1
    return (toks[first].start(), toks[at].end()) if first < at else None


# How far back the full name of a surname is looked for in the text
_NAME_REACH = 5000


# a capitalised word before a surname that is no given name: a connective, a time, a pronoun, a
# question's verb ("Does Rao")
_NOT_GIVEN = (en.SUBORDINATORS | en.SENTENCE_ADVERBS | en.TIME_WORDS | en.SUBJECT_PRONOUNS
              | frozenset("this that in on at for with by from to of after about even".split())
              # (nor a question's word that opens a headline: "Why Obama's pick may fly")
              | frozenset("why how what when where who which whether".split())
              | _QUESTION_OPENERS)


# a given name and initials right before a place on its line: "Ann ", "K. ", "Ann K. ", "K. R. "
# (initials with or without full stops: "K. S. Rao", "K.S. Rao", "K S Rao", as Indian copy writes them)
_NAME_BEFORE = regex.compile(r"(?<![\w’'.])(?:\p{Lu}\p{Ll}+[ \t]+)?(?:\p{Lu}\.[ \t]*|(?![AI][ \t])\p{Lu}[ \t]+)*$")


_WORDS_AROUND = 30


# the space after a word and the initial that follows it
_INITIAL_AFTER = regex.compile(r"[ \t]+(?=\p{Lu}(?:\.|[ \t]))")


def _surname_after_before(text: str, start: int, given: str) -> tuple[int, int] | None:
    """The first mention, within a few paragraphs before, of the given name ``given`` and a
    surname after it ("Keir Starmer" for "Sir Keir"); None when there is none. (A string
    search for the given name, then one pattern for the surname: no pattern built per name.)"""
    at = text.find(given, max(0, start - _NAME_REACH), start)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in _WORD_JOINERS):
            surname = _SURNAME_AFTER.match(text, at + len(given), start, CONCURRENT)
            if surname is not None:
                return at, surname.end()
        at = text.find(given, at + 1, start)
    return None


def _name_of_two(text: str, full: tuple[int, int], lo: int) -> bool:
    """Whether two capitalised words at ``full`` read as a given name the table lacks and a
    surname: the first word not read alone since ``lo`` before them, no "the" before them, no
    third capitalised word after them, and the second no word of a body's, an outlet's, a
    business's or a place's name ("Kelsey Marsh"; not "Vexa Shipping", "Modi Government", "Velmar
    Bay", "Red Sox Nation", "the Vexa Arena", nor "Lee Road" after "Lee said")."""
    given, surname = text[full[0]:full[1]].split(None, 1)
    low = surname.lower()
    before = _LOWER_WORD_BEFORE.search(text, max(0, full[0] - 20), full[0], CONCURRENT)
    return (text.find(given, lo, full[0]) < 0 and _CAPITAL_AFTER.match(text, full[1], len(text), CONCURRENT) is None
            and (before is None or before.group(1).lower() not in _DETERMINERS)
            and _BUSINESS_NAME_TAIL.match(text, full[0] + len(given), full[1], CONCURRENT) is None
            and low not in _NOT_SURNAMES and low not in place_names()
            and not (kinds.plural(low) and kinds.singular(low) in _NOT_SURNAMES))


# another capitalised word after a name; the word right before one ("the Vexa Arena")
_CAPITAL_AFTER = regex.compile(r"[ \t]+\p{Lu}")


_LOWER_WORD_BEFORE = regex.compile(r"\b(\w+)[ \t]+$")


# words that end the name of a body, an outlet, a business or a place, not a person's ("Velmar Bay")
_NOT_SURNAMES = (en.GOVERNMENT_WORDS | en.ORGANIZATION_WORDS | en.OUTLET_NAME_ENDS | en.OUTLET_NAMES | en.GROUP_NAMES
                 | en.DOCUMENT_NOUNS | en.TITLES | en.TIME_WORDS | frozenset(
                     """street road avenue lane drive square bridge bay river lake sea ocean island islands valley
                     hill hills mountain mountains park beach coast harbour harbor port airport station
                     stadium arena hall tower centre center county province district""".split()))


# a surname after a given name and its spaces; what, besides a letter or a digit, joins a word
# to the one before it ("O'Keir" holds no "Keir")
_SURNAME_AFTER = regex.compile(r"[ \t]+\p{Lu}[\p{Ll}’'-]*\p{Ll}\b")


_WORD_JOINERS = "_’'.-"


# titles before a given name, not a surname: "Sir Keir", "Dame Ann"
_GIVEN_NAME_TITLES = frozenset(["sir", "dame"])


# titles a person goes by with the given name alone
_ROYAL_TITLES = frozenset(["prince", "princess", "king", "queen", "sheikh", "sheikha", "emir", "sultan"])


# the rest of a name after a title and a given name: "bin Salman", "II", "al-Thani"
_NAME_AFTER_GIVEN = regex.compile(r"(?:[ \t]+(?:bin|ibn|bint|al|el)(?=[ \t-]))?[ \t-]+\p{Lu}[\p{L}’'-]*")


def _title_and_surname_before(text: str, start: int, surname: str) -> tuple[int, int] | None:
    """The first mention, within a few paragraphs before ``start``, of a title and ``surname``
    right after it, no more of a name after the surname ("President Lee", "Sen. Roe"); None when
    there is none. (A string search for the surname, then a look at the word before it.)"""
    at = text.find(surname, max(0, start - _NAME_REACH), start)
    while at >= 0:
        end = at + len(surname)
        if at > 0 and text[at - 1] in " \t" and not (end < len(text) and (text[end].isalnum() or text[end] in _WORD_JOINERS and (
                end + 1 < len(text) and text[end + 1].isalnum()))) and (
                (title := _WORD_ENDING_BEFORE.search(text, max(0, at - _TITLE_LOOKBACK), at, CONCURRENT)) is not None) and (
                title.group(1).lower() in en.TITLES or title.group(1) in _TITLE_PRONOUNS) and title.group(1)[:1].isupper() and (
                _CAPITAL_AFTER.match(text, end, len(text), CONCURRENT) is None):
            return title.start(), end
        at = text.find(surname, at + 1, start)
    return None


def _titled_name_before(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The latest mention, within a few paragraphs before, of a title and a given name ``span``
    holds with more of the name after it ("Prince Mohammed bin Salman" for "Prince Mohammed");
    None when there is none."""
    titled = text[span[0]:span[1]]
    at = text.rfind(titled, max(0, span[0] - _NAME_REACH), span[0])
    while at >= 0:
        end = at + len(titled)
        rest = _NAME_AFTER_GIVEN.match(text, end, span[0], CONCURRENT) if at == 0 or not text[at - 1].isalnum() else None
        if rest is not None:
            return at, rest.end()
        at = text.rfind(titled, max(0, span[0] - _NAME_REACH), at)
    return None


# an Arabic article joined to a surname by a hyphen, with a space before it: "al-Sisi", "el-Baradei"
_ARTICLE_BEFORE = regex.compile(r"(?<=[ \t])" + _ARTICLE + "$")


def _spelled_as_name(word: str) -> bool:
    """Whether ``word`` is letters only, an apostrophe inside it aside: "Rao", "O'Brien", "D’Souza"."""
    return word.replace("'", "").replace("’", "").isalpha() and word[-1].isalpha()


def _full_name_before(text: str, start: int, surname: str,
                      found: dict[str, tuple[list[tuple[int, int]], int]]) -> tuple[int, int] | None:
    """The first mention, within a few paragraphs before, of ``surname`` after a given name or
    initials: "Dev Rao", "K. Rao", "Ann K. Rao" (a title before it left out: "Mayor Ann Rao"
    gives "Ann Rao"), or of a family name written first before its given names ("Wang Yi",
    "Yoon Suk Yeol" for "Yoon"); not in a line in title case, a headline's "Rao Slams Lee". None when
    there is none. ``found`` keeps, per surname, the full names read so far and how far the
    text has been read for them, so that each stretch of text is read once per surname however
    many times it is asked for (a surname repeated through a long text)."""
    floor = max(0, start - _NAME_REACH)
    hits, read_to = found.get(surname, ([], 0))
    family = surname.lower() in family_names()
    at = text.find(surname, max(read_to, floor), start)
    while at >= 0:
        end = at + len(surname)
        article = _ARTICLE_BEFORE.search(text, max(0, at - _ARTICLE_REACH), at, CONCURRENT) if 0 < at and text[at - 1] == "-" else None
        if article is not None:
            # the surname after an article joined to it: "Abdel Fattah al-Sisi" for "Sisi"
            at = article.start()
        if at > 0 and not text[end].isalnum() and text[at - 1] in " \t":
            m = _NAME_BEFORE.search(text, max(0, at - 30), at, CONCURRENT)
            given = WORD.match(text, m.start(), at, CONCURRENT) if m is not None and m.start() < at else None
            if given is not None and _titled(given.group()) and (initial := _INITIAL_AFTER.match(text, given.end(), at, CONCURRENT)):
                # a title before initials: "Minister K S Rao" gives "K S Rao"
                given = WORD.match(text, initial.end(), at, CONCURRENT)
            if given is not None and (given.group().lower() not in _NOT_GIVEN and not _titled(given.group())
                                      and _may_be_given(text, given.group(), at)
                                      and not _title_case_around(text, given.start(), end)):
                # (the name goes on past a surname of several words after it: "Luiz Inacio Lula da
                # Silva" for "Lula")
                tail = _PARTICLE_SURNAME_AFTER.match(text, end, start, CONCURRENT) if text.startswith((" ", "\t"), end) else None
                hits.append((_given_before(text, given.start()), tail.end() if tail is not None else end))
            elif family and (after := _given_names_after(text, end, start)) is not None and not _title_case_around(text, at, after):
                hits.append((at, after))  # a family name before its given names: "Wang Yi", "Kim Jong Un"
        at = text.find(surname, end - len(surname) + 1, start)
    found[surname] = (hits, max(read_to, start))
    # (the hits are in text order: the first from the floor, found by bisection)
    k = bisect.bisect_left(hits, (floor, -1))
    return hits[k] if k < len(hits) and hits[k][1] <= start else None


# a surname of several words, its small words first, right after a name: " da Silva", " van der Berg"
_PARTICLE_SURNAME_AFTER = regex.compile(
    r"(?:[ \t]+(?:%s)){1,2}[ \t]+\p{Lu}\p{Ll}+(?![\w’'-])" % "|".join(sorted(_SURNAME_PARTICLES, key=lambda w: (-len(w), w))))


# the given names after a family name written first: one or two words in capitals, a second
# half joined by a hyphen to either ("Wang Yi", "Yoon Suk Yeol", "Moon Jae-in"), no third after,
# a possessive's mark may ("Xi Jinping's plan")
_GIVEN_NAMES_AFTER = regex.compile(
    r"[ \t]+(\p{Lu}\p{Ll}*(?:-\p{L}+)?)(?:[ \t]+(\p{Lu}\p{Ll}*(?:-\p{L}+)?))?(?=[’']s\b|(?![\w’'-]|[ \t]+\p{Lu}))")


def _given_names_after(text: str, end: int, limit: int) -> int | None:
    """Where the given names after a family name that ends at ``end`` end, before ``limit``
    ("Wang Yi", "Kim Jong Un"); None when the words after it are none, or are of a body's, a
    place's or an outlet's name, or a title ("Park Avenue", "Lee Road", "Sun News"). (A body's
    initials are no word of two letters in small ones: "Kim Jong Un" is no "UN".)"""
    m = _GIVEN_NAMES_AFTER.match(text, end, limit, CONCURRENT)
    if m is None:
        return None
    for name in m.groups():
        low = name.lower() if name is not None else ""
        if low in _NOT_SURNAMES and len(low) > 2 or low in place_names() or low in _NO_GIVEN_NAMES:
            return None
    return m.end()


# the words that end the name of a place of learning, which its first word alone stands for as a
# business's does: "Harwell University ... Harwell said" (not "Institute" nor "Foundation", more
# often named for a person: "the Gates Foundation ... Gates said")
_PLACE_OF_LEARNING_ENDS = frozenset("University College Polytechnic Seminary".split())


# the words that end the name of a fund's manager, which its first word alone stands for too:
# "Elliott Management ... Elliott said" (no business's noun: "the company" goes to a firm named so)
_FUND_NAME_ENDS = frozenset(["Management"])


# what follows a business's first word in its fuller name: up to two more capitalised words and
# a word that ends a company's name ("Vexa Energy", "Vexa Grid Holdings"), no longer name after
_BUSINESS_NAME_TAIL = regex.compile(
    r"(?:[^\S\n]+\p{Lu}[\w’'&-]*){0,2}?[^\S\n]+(?:" + _COMPANY_NAME_ENDS + "|" + "|".join(sorted(_PLACE_OF_LEARNING_ENDS | _FUND_NAME_ENDS))
    + r")\b(?![^\S\n]+\p{Lu})")


def _business_opened_by(text: str, start: int, word: str) -> tuple[int, int] | None:
    """The latest business's name before ``start``, within a few paragraphs, that opens with
    the capitalised ``word`` and ends as a company's name does: "Vexa Energy" for "Vexa"; or a
    place of learning's, "Harwell University" for "Harwell"."""
    floor = max(0, start - _NAME_REACH)
    at = text.rfind(word, floor, start)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "’'-.&")) and (
                tail := _BUSINESS_NAME_TAIL.match(text, end, start, CONCURRENT)) is not None:
            return at, tail.end()
        at = text.rfind(word, floor, at)
    return None


# How far back a pronoun's person is looked for among the names the text gives outside reports
_PERSON_REACH = 600


# how far back the person a post with "the" stands for is looked for, named last ("Lee said ... The governor added")
_ROLE_REACH = 1500


# nouns of people by what they do or have, besides the table's, that a post with "the" may end in
_ROLE_NOUNS = frozenset("businessman businesswoman billionaire tycoon magnate congressman congresswoman".split())


# nouns of people that stand for no one named before them as often as not: one known only by
# another ("the aide", "the spokesman", "the supporter"), one of many ("the official", "the
# nurse"), or one whose post the text need not name ("the president", "the pope")
_UNNAMED_ROLES = frozenset(
    """aide adviser advisor spokesman spokeswoman spokesperson supporter member employee staffer manager
    organizer organiser partner friend colleague official officer nurse patient voter witness victim
    resident student worker investor fan president pope king queen premier chancellor""".split())


# the posts of a newsroom, whose holder reports the story and holds no post in it ("our correspondent
# Ann Lee", "BBC political editor Tom Roe")
_NEWSROOM_POSTS = frozenset("correspondent reporter editor columnist journalist presenter anchor".split())


# one of them right before a name, in lower case: "our correspondent | Ann Lee"
_NEWSROOM_POST_BEFORE = regex.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(_NEWSROOM_POSTS)) + r")[^\S\n]+$")


# the posts of a member of a legislature named with the name ("Tory MP Ann Lee", "Rep. Tom Roe",
# "State Assemblyman Ray Fox"), who holds no other post "the minister", "the mayor" or "the clerk"
# names, only the member's own or a part a member plays ("the lawmaker", "the chairman")
_MEMBER_POSTS = frozenset(
    "mp mla mlc mep msp mpp assemblyman assemblywoman assemblymember congressman congresswoman "
    "congressmember backbencher senator representative".split())


_MEMBER_ROLES = _MEMBER_POSTS | frozenset(
    "lawmaker legislator member parliamentarian politician councillor chairman chairwoman chair leader whip "
    "candidate nominee incumbent democrat republican".split())


# the words of a party's members before a post or a name ("the Labour MP", "Republican Sen. Tom
# Roe"), each to the one party it names ("the GOP nominee" is a Republican)
_PARTY_WORDS = {"democrat": "democrat", "democratic": "democrat", "republican": "republican", "gop": "republican",
                "conservative": "conservative", "tory": "conservative", "labour": "labour", "labor": "labour",
                "liberal": "liberal", "green": "green", "socialist": "socialist", "libertarian": "libertarian",
                "congress": "congress"}


def _party_mark(word: str) -> str:
    """The party a capitalised word before a post names, by its word or its initials, else ""."""
    return _PARTY_WORDS.get(word.lower(), "") if word[:1].isupper() else ""


def _party_marks(words: list[str]) -> set[str]:
    """The parties the words of a name and the post before it name: a party's word ("Labour MP
    Ann Lee", "GOP Sen. Tom Roe"), or the initials right before a member's post ("TMC MP Ann
    Rao"), not a post's own ("MP") nor a place's ("US Senator Tom Roe")."""
    marks = {_party_mark(w) for w in words} - {""}
    marks.update(w.lower() for w, after in itertools.pairwise(words) if after.lower() in _MEMBER_ROLES and (
        _INITIALISM.fullmatch(w)) and w.lower() not in _MEMBER_POSTS and w.lower() not in place_names())
    return marks


# a US lawmaker's party and state in brackets after the name: "Sen. Tom Roe (R-Ohio)", "(D-N.Y.)"
_PARTY_LETTER_AFTER = regex.compile(r"[^\S\n]*\(([RD])[-–]")


def _party_after(text: str, name: tuple[int, int]) -> set[str]:
    """The party a letter in brackets right after a name gives ("Tom Roe (R-Ohio)"), if any."""
    m = _PARTY_LETTER_AFTER.match(text, name[1], min(len(text), name[1] + 8), CONCURRENT)
    return {"republican" if m.group(1) == "R" else "democrat"} if m is not None else set()


# how far before a name a word placing it is read
_PLACE_BEFORE_NAME = 40


# a post given to a name right after it, in an aside or by "is"/"was": "Ann Lee, a lawyer for the
# family", "Ann Lee is a former member of the council"
_POST_AFTER_NAME = regex.compile(
    r"(?:,|[^\S\n]+(?:is|was|has[^\S\n]+been|had[^\S\n]+been))[^\S\n]+(?:a|an|the)[^\S\n]+((?:[\w’'-]+[^\S\n]*){1,5})")


_POST_REACH = 60


# a post set before a name by an article and a comma: "the shadow home secretary, | Ann Lee"
_POST_APPOSED_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)[^\S\n]+((?:[\w’'-]+[^\S\n]+){0,4}[\w’'-]+),[^\S\n]*$")


def _given_another_post(text: str, ref: tuple[int, int], head: list[str], noun: str, end: int,
                        mention: list[str] = ()) -> bool:
    """Whether the person named at ``ref`` (its head words ``head``) is given a post right after
    the name, or in an aside right before it, and that post is not ``noun``'s: "Ann Lee, a lawyer
    for the family" or "Ann Lee is a former member of the council" stands for no "the mayor"
    after it, nor "Ann Lee, the education minister" for the ``mention`` "the health minister"
    (``_other_office``), nor "The shadow home secretary, Ann Lee" for "the speaker"."""
    name_end = text.find(head[0], ref[0], ref[1]) if head else -1
    if name_end < 0:
        return False
    apposed = _apposed_post_before(text, name_end)
    if apposed and _another_post_than(apposed, noun, mention):
        return True
    for word in head[1:]:
        at = text.find(word, name_end, ref[1])
        if at < 0:
            return False
        name_end = at
    name_end += len(head[-1])
    post = _POST_AFTER_NAME.match(text, name_end, min(end, name_end + _POST_REACH), CONCURRENT)
    if post is None:
        return False
    return _another_post_than(post.group(1), noun, mention)


def _apposed_post_before(text: str, start: int) -> str:
    """The words of a post set before the name at ``start`` by an article and a comma ("the shadow
    home secretary" of "the shadow home secretary, Ann Lee"), or nothing."""
    m = _POST_APPOSED_BEFORE.search(text, max(0, start - _POST_REACH), start, CONCURRENT)
    return m.group(1) if m is not None else ""


def _another_post_than(post: str, noun: str, mention: Collection[str] = ()) -> bool:
    """Whether the words of a post given to a name are a person's post, and no post of ``noun``."""
    words = [w.lower() for w in WORD.findall(post)]
    # (the post's head is before any "of": "the wife of the minister" is no minister, nor is a
    # "prime minister" one)
    head = words[:words.index("of")] if "of" in words else words
    return (noun not in head or _other_post(head, noun) or _other_office(head, list(mention), noun)) and any(
        person_noun(w) or w in _ROLE_NOUNS for w in words)


def _post_after_name(text: str, ref: tuple[int, int], head: list[str], noun: str, end: int) -> bool:
    """Whether the person named at ``ref`` (its head words ``head``) is given a post of ``noun``
    right after the name, in an aside or by "is"/"was": "Ann Rao, the health minister"; the post's
    head before any "of" ("the wife of the minister" is no minister)."""
    return noun in _post_head_after_name(text, ref, head, end, ("of",))


def _post_head_after_name(text: str, ref: tuple[int, int], head: list[str], end: int, ties: Collection[str]) -> list[str]:
    """The words, in small letters, of the post the person named at ``ref`` (its head words
    ``head``) is given right after the name, in an aside or by "is"/"was", up to the first of
    ``ties`` ("the health minister" of "Ann Rao, the health minister of the state")."""
    at = text.rfind(head[-1], ref[0], ref[1]) if head else -1
    if at < 0:
        return []
    at += len(head[-1])
    post = _POST_AFTER_NAME.match(text, at, min(end, at + _POST_REACH), CONCURRENT)
    if post is None:
        return []
    words = [w.lower() for w in WORD.findall(post.group(1))]
    return list(itertools.takewhile(lambda w: w not in ties, words))


def _introduced_since(text: str, noun: str, start: int, end: int) -> bool:
    """Whether ``noun`` is given with "a", "an", "another" or "the" (and up to two words between)
    between ``start`` and ``end``: one brought in or spoken of since, whom "the <noun>" stands for
    ("Ann Lee hired a builder. The builder said", "Ann Lee, who accused the priest, ... The priest
    said"); not in an aside right after a name ("Tom Roe, a builder, said"), nor after "is" or "as"
    ("Tom Roe is the builder")."""
    at = text.find(noun, start, end)
    while at >= 0:
        if whole_word_in(text, noun, at, min(end, at + len(noun) + 1)):
            lo = max(start, at - _INTRODUCED_BEFORE)
            before = [w.lower() for w in WORD.findall(text, lo, at, False, CONCURRENT)[-3:]]
            if any(w in _INTRODUCING for w in before) and not _APPOSED_ARTICLE.search(text, lo, at, CONCURRENT) and not (
                    "the" in before and _PREDICATE_THE.search(text, lo, at, CONCURRENT)):
                return True
        at = text.find(noun, at + 1, end)
    return False


# the words that bring in one not named before ("a builder", "another aide") or speak of one ("accused
# the priest"), how far before the noun they are read, an aside's article after a name's comma ("Tom
# Roe, a local builder", "Ann Lee, the mayor"), and "the" after a verb that gives the name a post
_INTRODUCING = frozenset(["a", "an", "another", "the"])


_INTRODUCED_BEFORE = 30


_APPOSED_ARTICLE = regex.compile(r"\p{Lu}[\p{Ll}’'-]+,[^\S\n]+(?:an?|another|the)[^\S\n]")


_PREDICATE_THE = regex.compile(
    r"(?<![\w’'-])(?:is|was|as|became|becomes|been|remains|remained|named|appointed)[^\S\n]+the[^\S\n]", regex.IGNORECASE)


def _definite_role(low: list[str], unnamed: bool = False) -> str | None:
    """The noun of a definite post of one person, "the governor", "the Florida senator", "the former
    secretary of state": "the", up to three words, a person's noun (before "of" and one or two words);
    one that often stands for no one named ("the chancellor") only when ``unnamed``."""
    if not 2 <= len(low) <= 6 or low[0] != "the":
        return None
    k = low.index("of") - 1 if "of" in low else len(low) - 1
    if k < 1 or len(low) - k > 3 or k > 4:
        return None
    noun = low[k]
    # (a head of government by the office's modifier is one the text need not name, as "the premier" is:
    # "the prime minister")
    # (a former holder of such a post, not a title's, is one known by it, as the one named before
    # is: "Tom Roe said ... The former manager said", as "the former coach"; but "the former
    # president" stands for one the text need not name as often as "the president" does)
    unnamed = unnamed or "former" in low[1:k] and noun not in en.TITLES
    if (noun in _UNNAMED_ROLES or k > 1 and low[k - 1] == "prime") and not unnamed or any(w.endswith(("’s", "'s")) or w.isdigit() for w in low):
        return None  # (nor one known as another's, "the minister's spokesman", nor by an age, "the 57-year-old actor")
    return noun if noun in en.PERSON_NOUNS or noun in en.TITLES or noun in _ROLE_NOUNS or noun in _UNNAMED_ROLES or (
        noun in _MEMBER_POSTS) else None  # (a member's post by its initials too: "the Labour MP")


# a capitalised word, an initial or two, and a capitalised surname after it: "Ann Lee", "Ann K. Lee"
# then a mark, or a verb in "-ed" or "-s" or an auxiliary: the name heads a clause or an aside ("Ann
# Lee, 34,", "Ann Lee lost", "Ann Lee has"), not a longer name nor a noun it modifies ("Ann Lee Realty",
# "Ann Lee staffers": a plural noun in "-s" is told from a verb by its "-ers", "-ists", "-ants"); an
# adverb in "-ly" may go before the verb ("Ann Lee quietly opened")
# (or a common irregular past, which after one person's name is no present: "Ann Lee cut the
# ribbon", "Tom Roe heard the case")
_PASTS_AFTER_NAME = en.IRREGULAR_PASTS | en.BARE_FORM_PASTS | en.PAST_AS_BASE


_VERB_AFTER_NAME = (r"[ \t]+(?:\p{Ll}+ed|\p{Ll}{2,}(?<!er|ist|ant|or|an)s|is|was|has|had|did|will|would|can|could|may|might|must|should|shall"
                    r"|said|told|says|\p{Ll}+ly[ \t]+(?:\p{Ll}+ed|\p{Ll}{2,}(?<!er|ist|ant|or|an)s)|"
                    # an adverb of time or addition before the verb: "Ann Lee also visited", "Lee then said"
                    r"(?:also|then|later|again|first|once|still|never)[ \t]+(?:\p{Ll}+ed|\p{Ll}{2,}(?<!er|ist|ant|or|an)s|said|told|"
                    + "|".join(sorted(_PASTS_AFTER_NAME)) + r")|"
                    + "|".join(sorted(_PASTS_AFTER_NAME)) + r")\b")


_CLAUSE_AFTER_NAME = r"[,.;:)]|" + _VERB_AFTER_NAME


# (a full name may first say where its person is from, a town of one or two words: "Ann Lee of
# Dayton disagrees", "Tom Roe of Glen Park, a nurse,"; that town is no name: "Glen Park")
# (a given name's second half joined by a hyphen goes with its first, which tells the pronoun:
# "Marie-Claire Dubois")
_GIVEN_AND_SURNAME_HEAD = (
    r"(?<![\w’'.-]|\p{Lu}\p{Ll}+[ \t]+of[ \t]+)(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+\p{Lu}\.)*[ \t]+(\p{Lu}[\p{Ll}’'-]*\p{Ll})(?="
    r"(?:[ \t]+of[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)?(?:" + _CLAUSE_AFTER_NAME)


_GIVEN_AND_SURNAME = regex.compile(_GIVEN_AND_SURNAME_HEAD + "))")


# ... and one in a verb's object, an adjunct of where or when after it, whom a pronoun may go on
# with: "Reporters met Ann Lee at noon. She said", "found Tom Roe in the hall", "named Tom Roe as chair"
_GIVEN_AND_SURNAME_OR_OBJECT = regex.compile(
    _GIVEN_AND_SURNAME_HEAD + r"|[ \t]+(?:at|in|on|as|outside|near|during|after|before|last|earlier)[ \t]))")


# a definite noun phrase that opens a report's words before its verb, its words before the
# head noun (up to three) and the head: "The chip designer expects", "The company will"
_OPENING_NOUN_PHRASE = regex.compile(r"(?:The|the)[ \t]+((?:[\p{L}-]+[ \t]+){0,3}?)(\p{Ll}[\p{Ll}-]*)(?=" + _VERB_AFTER_NAME + ")")


# an agent noun, which after a word of its trade names a business when it is "it": "the chip designer"
_AGENT_NOUN = regex.compile(r"\p{Ll}{2,}(?:er|or)")


# a name of one to three capitalised words that opens a sentence and heads its clause
_NAME_HEADING = regex.compile(
    r"(?:^|(?<=[.!?][" + CLOSING_QUOTE_CLASS + r"]?[ \t]+))(?:" + _NOT_NAME_BEFORE_OF + r"[ \t]+(?:of|in)[ \t]+)?((?:\p{Lu}[\p{L}’'&-]*[ \t]+){0,2}\p{Lu}[\p{L}’'&-]*)(?=" + _CLAUSE_AFTER_NAME + ")",
    regex.MULTILINE)


# a surname after a title: "Mr. Lee", "Ms Rao", "President Obama" (not a given name: "President Tom Lee")
_TITLED_SURNAME = regex.compile(
    r"(?<![\w’'.-])(\p{Lu}\p{Ll}+)\.?[ \t]+(\p{Lu}[\p{Ll}’'-]*\p{Ll})\b(?![ \t]+\p{Lu}|[ \t]*\.?[ \t]*\p{Lu}\.)")


# what follows a name that heads a clause or an aside (as above)
_HEADS_CLAUSE = regex.compile(_CLAUSE_AFTER_NAME)


_TITLE_PRONOUNS = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she"}


# the nouns of an office held by one person, after a holder's name in the possessive: "Ishiba's office"
_HOLDERS_OFFICES = frozenset("office department".split())


def _office_of_titled_holder(text: str, span: tuple[int, int]) -> bool:
    """Whether the mention at ``span`` is a one-word name's office ("Ishiba's office", "Lee's
    office") whose name was last given, in the stretch before, after a state's post as a title,
    up to two capitalised names between (`kinds.titled_leader_before`: "Prime Minister Shigeru
    Ishiba", "President Lee Jae-myung", "Health Minister Tom Roe"); not when it was last given
    with no such title ("Senator Ann Lee", "Ann Lee")."""
    words = list(WORD.finditer(text, *span, False, CONCURRENT))
    if len(words) != 2 or words[1].group().lower() not in _HOLDERS_OFFICES or not words[0].group()[:1].isupper() or (
            not words[0].group().endswith(("’s", "'s"))):
        return False
    name = words[0].group()[:-2]
    at = text.rfind(name, max(0, span[0] - _ROLE_REACH), span[0])
    while at >= 0 and (at > 0 and (text[at - 1].isalnum() or text[at - 1] in _WORD_JOINERS) or (
            at + len(name) < len(text) and text[at + len(name)].isalnum())):
        at = text.rfind(name, max(0, span[0] - _ROLE_REACH), at)
    if at < 0:
        return False
    return kinds.titled_leader_before(WORD.findall(text, max(0, at - _PLACE_BEFORE_NAME), at, False, CONCURRENT))


# a title that says the pronoun right before a full name: "Mrs | Ada Okafor", "Lady | Ada Okafor"
_PRONOUN_TITLE_BEFORE = regex.compile(r"(?<![\w’'.-])(Mrs|Ms|Miss|Mr|Sir|Dame|Lady|Lord)\.?[ \t]+\Z")


def _title_pronoun_before(text: str, start: int) -> str | None:
    """The pronoun a title right before the name at ``start`` says ("she" after "Mrs", "Dame"),
    if any; a cheap test of the space before the pattern runs."""
    if start < 3 or text[start - 1] not in " \t":
        return None
    m = _PRONOUN_TITLE_BEFORE.search(text, max(0, start - 8), start, CONCURRENT)
    if m is None:
        return None
    return _TITLE_PRONOUNS.get(m.group(1)) or _PEERAGE_PRONOUNS.get(m.group(1)) or ("he" if m.group(1) == "Sir" else "she")


# a peer's title before a surname alone, and the pronoun it says: "Lord Ashby", "Baroness Hale",
# "Lady Rowe" (read only before a surname: "Lord Mayor", "Lord Justice" are posts, held by either)
_PEERAGE_PRONOUNS = {**dict.fromkeys("Lord Baron Earl Duke Viscount Marquess".split(), "he"),
                     **dict.fromkeys("Lady Baroness Countess Duchess Viscountess Marchioness".split(), "she")}
# and a knight's or a dame's title with them, each right before a name
_RANK_PRONOUNS = {**_PEERAGE_PRONOUNS, "Sir": "he", "Dame": "she"}


# a word before a name that makes it one of several joined: "Tom Roe and Ann Lee"
_JOINED_BEFORE = regex.compile(r"(?:\band|\bor|&)[ \t]+$")


def _person_opening_paragraph(ctx: Context, after: int, start: int, pronoun: str) -> tuple[int, int] | None:
    """The full name that opens the first sentence of the paragraph that holds ``start``
    (after titles, or a short phrase it is in apposition to), when that sentence ends before
    ``start`` and the paragraph opens after ``after``: outside any quotation, heading a clause
    or an aside, its given name one the table gives ``pronoun`` ("he" or "she"); else None."""
    text = ctx.text
    lo = text.rfind("\n", 0, start) + 1
    if lo <= after:
        return None
    ends = _sentence_ends(text, lo, start, first=True)
    if not ends:
        return None
    genders = name_genders()
    for m in _GIVEN_AND_SURNAME.finditer(text, lo, ends[0], False, CONCURRENT):
        if genders.get(m.group(1).lower()) == pronoun and not ctx.layout.inside_quote(m.start()) and (
                opening := _OPENS_WITH_NAME.fullmatch(text, lo, m.start(), CONCURRENT)) is not None and (
                not opening.captures(1) or person_noun(opening.captures(1)[-1])):
            return m.span()
    return None


# what may stand before the name that is a paragraph's subject: titles in capitals ("Justice",
# "Former Representative"), with up to two words in small letters among them, the last a noun
# of a person's work ("Film critic", "Farm union leader": the noun checked by the caller), or a
# short noun phrase it is in apposition to ("Her neighbour, ")
_OPENS_WITH_NAME = regex.compile(r"(?:\p{Lu}[\w.’'-]*[ \t]+)*(?:(\p{Ll}+)[ \t]+(?:\p{Lu}[\w.’'-]*[ \t]+)*){0,2}"
                                 r"|(?:[\w’'-]+[ \t]+){0,3}[\w’'-]+,[ \t]+")


# a name set off by commas after a possessive and one's kin or post (up to two words before its noun),
# opening a sentence: "His wife, Helen, is", "But her eldest son, Tom Reid, said" (the noun and the name)
_KIN_APPOSED = regex.compile(
    r"(?:(?<![^\n])|(?<=[.!?][" + CLOSING_QUOTE_CLASS + r"]?[ \t]))(?:(?:But|And|Yet)[ \t]+(?:his|her|their)|His|Her|Their)[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}?"
    r"(\p{Ll}+),[ \t]+(?=(\p{Lu}\p{Ll}+))(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}’'-]*\p{Ll})?),")


# a name set off by commas, as either of the two above sets it off
_NAME_SET_OFF = regex.compile(r",[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}’'-]*\p{Ll})?,")


# a name set off by commas after another's kin, inside a sentence: "the victim's mother, Ann Roe,"
# "Lee's wife, Jo," (the kin noun and the name)
_KIN_OF_ANOTHER_APPOSED = regex.compile(
    r"(?<=\w[’']s[ \t]+|\ws[’'][ \t]+)(?:\p{Ll}[\p{Ll}-]*[ \t]+)?(\p{Ll}+),[ \t]+"
    r"(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}’'-]*\p{Ll})?),")


def _sentence_ends(text: str, lo: int, hi: int, first: bool = False) -> list[int]:
    """Where the sentences in [lo, hi) end (past the stop and its space), read by their stops and
    not by a title's or an initial's ("Mr.", "U.S."); with ``first``, only the first of them."""
    ends = []
    for m in _SENTENCE_END.finditer(text, lo, hi, False, CONCURRENT):
        short = _WORD_AT_STOP.search(text, max(lo, m.start() - 6), m.start(), CONCURRENT)
        if short is None or len(short.group()) > 1 and short.group().lower() not in en.TITLES:
            ends.append(m.end())
            if first:
                break
    return ends


# the end of a sentence: a stop and a space
_SENTENCE_END = regex.compile(r"[.!?][ \t]")


# a surname alone heading a sentence's clause: "Vance conceded", "Vance, 54, said"
# (after a title: "Mr. Vance conceded")
_SURNAME_OPENING = regex.compile(r"(?:(\p{Lu}\p{Ll}*)\.?[ \t]+)?(\p{Lu}\p{Ll}+)(?=" + _CLAUSE_AFTER_NAME + ")")


# the word before a stop that ends no sentence: a title ("Mr.") or an initial ("U.S.")
_WORD_AT_STOP = regex.compile(r"(?<![\w’'])(?:\w|\p{Lu}\p{Ll}{0,4})$")


# how far back the paragraph's sentences are read for it
_OPENING_REACH = 1000


def _surname_opening_sentence_before(ctx: Context, after: int, start: int) -> tuple[int, int] | None:
    """The capitalised word that opens the sentence right before the one that holds ``start``, in
    its paragraph, and heads its clause (a surname alone: "Vance conceded."), when that sentence
    opens after ``after`` outside any quotation; else None."""
    text = ctx.text
    lo = max(text.rfind("\n", 0, start) + 1, start - _OPENING_REACH)
    ends = _sentence_ends(text, lo, start)
    if not ends:
        return None
    opens = ends[-2] if len(ends) > 1 else lo
    if opens <= after or ctx.layout.inside_quote(opens):
        return None
    m = _SURNAME_OPENING.match(text, opens, ends[-1], CONCURRENT)
    if m is None or m.group(1) is not None and m.group(1).lower() not in en.TITLES:
        return None
    return m.span(2)


# nouns of work in the public eye that go before a name in small letters, besides the person
# nouns: "reality star Tia Marsh", "TV presenter Ann Lee" (not people's nouns alone: "a star", "a model")
_JOB_BEFORE_NAME_NOUNS = frozenset(
    "star presenter host model rapper comedian influencer dancer musician footballer cricketer boxer golfer".split())


# the work of a person, in small letters, that opens a sentence before the name: a capitalised word
# (or initials) and the job's noun ("Reality star", "TV presenter"), with a word that ranks the post between
# ("Qantas chief executive", "Labour deputy leader"), the body's name up to three words ("Harlow Air
# chief executive"), or a word of the post's standing, one more
# word and the noun ("Former reality star"); not "Critics slammed actor"
_JOB_BEFORE_NAME = (
    r"(?:(?=\p{Lu})(?i:" + "|".join(sorted(en.POST_ADJECTIVES, key=lambda w: (-len(w), w))) + r")[ \t]+\p{Ll}+|\p{Lu}\p{L}+"
    r"(?:[ \t]+\p{Lu}\p{L}+){0,2}(?:[ \t]+(?:" + "|".join(sorted(_TITLE_MODIFIERS)) + r"))?)"
    r"[ \t]+(?:" + "|".join(sorted(en.PERSON_NOUNS | _JOB_BEFORE_NAME_NOUNS, key=lambda w: (-len(w), w))) + r")[ \t]+(?=\p{Lu})")


# a name that opens a sentence, after a conjunction, and heads its clause or an aside: "Vance
# conceded", "But Mr. Vance said", "Gov. Tom Vance – a farmer – said" (titles and a given name before
# the surname); or a person introduced by it: "A young man called Tomasz works here", or by their
# work: "Reality star Tia Marsh has split"
# a capitalised word alone or with its possessive mark: "Roe", "Roe's", "Davis’"; and how many
# such words after a sentence's subject are read for one of a pronoun's sex
_NAME_OR_POSSESSIVE = regex.compile(r"(?<![\w’'.-])(\p{Lu}\p{Ll}+)(?:[’']s?)?(?![\w-])")
_BESIDE_NAMES = 12


_SUBJECT_NAME = regex.compile(
    r"(?:(?:But|And|Yet|Still|Then|So)[ \t]+|An?[ \t]+(?:\p{Ll}+[ \t]+){1,3}(?:called|named)[ \t]+|" + _JOB_BEFORE_NAME + r")?"
    r"((?:\p{Lu}[\p{Ll}.]*[ \t]+){0,3})(\p{Lu}[\p{Ll}’'-]*\p{Ll})(?="
    + _CLAUSE_AFTER_NAME + r"|[ \t]+[—–][ \t]|[ \t]+\(|[ \t]+(?:him|her)self\b)")


# how far back the sentences are read for the name that opens one
_SUBJECT_REACH = 1500


# the last mark before a paragraph's blank lines and the words that stand for no one named
_LAST_NONSPACE = regex.compile(r"\S(?=\s*$)", regex.REVERSE)


# the words that open a question or a clause of one, which stand for no one: "What does she want?"
_WH_WORDS = frozenset("what who whom whose which why how when where whether whatever whoever however".split())


_NOT_SUBJECT_NAMES = frozenset(en.PRONOUNS) | _DETERMINERS | _NO_NAME_OPENERS | _WH_WORDS


# a fronted clause of a question put to the sentence's subject: "Asked what she wanted, Elena Vance
# paused.", "When pressed on the cost, Lee shrugged."
_FRONTED_ASKED = regex.compile(r"(?:When[ \t]+(?:asked|pressed|questioned)|Asked|Pressed|Questioned)\b[^,.!?;:\n“”\"]{1,150},[ \t]+")


# or a short fronted phrase of time or place that sets the scene before the subject: "As the
# light fades, Ann Lee begins the last song.", "Back in the classroom, Ramesh is teaching."
# ("Days after the vote, Lee left."; not a name in apposition to the phrase's last noun: "On the
# topic of another rival, Mr. Roe, Mr. Lee was pressed": Lee's sentence, not Roe's)
# (or a sentence's adverb alone: "Later, Jane Marsh met the crew.")
# (or a fronted phrase of a life's course, of the subject after it: "Born in rural Ohio, Carr taught
# himself", "Raised by his aunt, Lee", "Having lost the seat, Roe")
_FRONTED_SCENE = regex.compile(r"(?:(?:Back|As|When|While|After|Before|Once|Later|Earlier|In|At|On|By|Outside|Inside"
                               r"|Born|Raised|Reared|Brought[ \t]+up|Educated|Schooled|Trained|Orphaned|Adopted|Growing[ \t]+up|Having"
                               r"|(?:Moments|Hours|Days|Weeks|Months|Years)[ \t]+(?:after|before|later))"
                               r"\b[^,.!?;:\n“”\"]{1,60}|(?:" + "|".join(sorted(w.capitalize() for w in en.SENTENCE_ADVERBS)) + r")),[ \t]+(?!(?:\p{Lu}[\w.’'-]*[ \t]+){0,3}\p{Lu}[\w’'-]*,[ \t]+\p{Lu})")


def _subject_starts(text: str, after: int, start: int) -> list[int]:
    """Where the subjects of the sentences between ``after`` and ``start`` (the one that holds
    ``start`` too) open, in its paragraph and the one before, the latest first: each sentence's
    start, or the end of a fronted question or scene-setting phrase before its subject."""
    # (a line break before the reach's floor is as good as none: no need to look farther back)
    floor = max(0, after - 1, start - _SUBJECT_REACH - 1)
    para = text.rfind("\n", floor, start) + 1
    last = _LAST_NONSPACE.search(text, max(0, para - 200), para, CONCURRENT) if para > 0 else None
    before_para = text.rfind("\n", floor, last.start()) + 1 if last is not None else para
    lo = max(after, start - _SUBJECT_REACH, before_para)
    opens = [o for o in ([before_para, para] + _sentence_ends(text, lo, start)) if lo <= o < start]
    starts = []
    for o in sorted(set(opens), reverse=True):
        fronted = _FRONTED_ASKED.match(text, o, start, CONCURRENT) or _FRONTED_SCENE.match(text, o, start, CONCURRENT)
        starts.append(fronted.end() if fronted is not None else o)
    return starts


def _sentence_subjects(ctx: Context, after: int, start: int, pronoun: str | None = None) -> Iterator[tuple[int, int, int]]:
    """The names that open the sentences between ``after`` and ``start`` (the one that holds
    ``start`` too), or head them after a fronted question ("Asked why, Lee paused.") or a phrase
    that sets the scene ("Back in the classroom, Lee is teaching."), in its
    paragraph and the one before, the latest first, outside any quotation:
    (where the name opens, where its surname opens, where it ends); only titles or a given name
    go before the surname ("Sen. Ann Lee", not "Florida Gov. Lee"), or, for a ``pronoun``, a
    capitalised word the table does not hold when the first pronoun of the sentence after the
    name is that one's ("Kelsey Marsh praised her coach": "she")."""
    text = ctx.text
    for at in _subject_starts(text, after, start):
        m = _SUBJECT_NAME.match(text, at, start, CONCURRENT)
        if m is None or ctx.layout.inside_quote(m.start(1)):
            continue
        name = m.group(2)
        low = name.lower()
        if low in _NOT_SUBJECT_NAMES or low in en.TITLES or name in _TITLE_PRONOUNS or name.endswith(("’s", "'s")) or (
                whole_word_in(text, low, max(0, start - _SUBJECT_REACH), start)):
            # no name: a possessive heads no clause ("Lee's aide said"), and a word the text writes in
            # small letters is a common one ("Markets fell ... as markets do")
            continue
        before = WORD.findall(text, m.start(1), m.start(2), False, CONCURRENT)
        if all(w.lower().rstrip(".") in en.TITLES or w in _TITLE_PRONOUNS or k == len(before) - 1 and w.lower() in given_names()
               for k, w in enumerate(before)):
            yield m.start(1), m.start(2), m.end(2)
        elif pronoun is not None and len(before) == 1 and _name_like(text, before[0], max(0, start - _SUBJECT_REACH), start) and (
                (own := _own_pronoun(text, m.end(2), start)) == pronoun or own is None and _QUOTE_NEXT.fullmatch(
                    text, m.end(2), start, CONCURRENT) is not None):
            # (or, with no pronoun of its own in its sentence, the pronoun trails the quotation that
            # opens the next: "Former captain Nasser Hussain was less convinced. “They lack depth,” he
            # said" is Hussain, who says nothing else; not "Zoltan Roe mended his barn. “...,” she said")
            yield m.start(1), m.start(2), m.end(2)


# the rest of a sentence with no quotation, then one quotation that opens the next sentence, up to
# the pronoun that trails it: " was less convinced. “They lack depth,” " (before "he said")
_QUOTE_NEXT = regex.compile(
    r"[^.!?\n“”\"]{0,200}[.!?][ \t]*\n*[ \t]*[“\"][^“”\"\n]{1,600}[”\"][ \t]*")


# a definite post of one person that opens a sentence and heads its clause: "The chancellor
# disagrees.", "But the Ohio governor has been careful" (up to three words before the noun)
_ROLE_SUBJECT = regex.compile(
    r"(?:(?:But|And|Yet|Still|Then|So)[ \t]+)?([Tt]he(?:[ \t]+[\p{L}-]+){1,3}?)(?=" + _CLAUSE_AFTER_NAME + ")")


# two capitalised words that open a sentence, as a full name does: "Tom Lee may be harder to beat"
_TWO_NAME_WORDS = regex.compile(r"(?:(?:But|And|Yet|Still|Then|So)[ \t]+)?(\p{Lu}\p{Ll}+)[ \t]+(?:\p{Lu}\.[ \t]+)?\p{Lu}[\p{Ll}’'-]*\p{Ll}\b")


# a full name in an aside after a post: ", Ann Lee," in "The prosecutor, Ann Lee, looked crushed"
_APPOSED_NAME = regex.compile(r",[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Lu}\.)+)?(?:[ \t]+\p{Lu}[\p{Ll}’'-]*\p{Ll}){1,2}),")


def _role_subject(ctx: Context, after: int, start: int, pronoun: str) -> tuple[tuple[int, int], str] | None:
    """The post of one person, named by no name ("The chancellor disagrees."), that opens the latest
    sentence between ``after`` and ``start`` that opens with a subject, in the paragraph of ``start``
    or the one before, outside any quotation, when the post is not the other pronoun's ("the
    congresswoman" for "he"): "The chancellor disagrees. In her speech, she claimed" is hers; and
    the post's noun."""
    text = ctx.text
    for at in _subject_starts(text, after, start):
        if _SUBJECT_NAME.match(text, at, start, CONCURRENT) is not None or (
                (two := _TWO_NAME_WORDS.match(text, at, start, CONCURRENT)) is not None
                and two.group(1).lower() not in _NOT_SUBJECT_NAMES):
            return None  # a name heads the latest subject ("Lee disagrees.", "Tom Lee may"): another's work
        post = _opening_post(ctx, at, start)
        if post is None:
            continue
        opens, ends, apposed, noun = post
        if noun in en.COURTESY_TITLES or _GENDER_WORDS.get(noun) == _OTHER_GENDER[pronoun]:
            continue  # (no post: "The challenge for Mrs. Lee was")
        # (with the name an aside gives it: "The prosecutor, Ann Lee, looked crushed")
        return (opens, apposed[1] if apposed is not None else ends), noun
    return None


def _post_apposed_to(ctx: Context, name: tuple[int, int], start: int) -> tuple[int, int] | None:
    """The post that opens the sentence of ``name``, outside any quotation, with the name in an
    aside after it, read before ``start``: "The judge, Rosa Pike" for "Rosa Pike" in "The judge,
    Rosa Pike, looked tired."; else None."""
    starts = _subject_starts(ctx.text, max(0, name[0] - _SUBJECT_REACH), name[0])
    post = _opening_post(ctx, starts[0], start) if starts else None
    return (post[0], name[1]) if post is not None and post[2] == name else None


def _opening_post(ctx: Context, at: int, start: int) -> tuple[int, int, tuple[int, int] | None, str] | None:
    """The definite post of one person that opens a subject at ``at``, read before ``start``,
    outside any quotation, ending in its noun ("The chancellor", "But the Ohio governor"): where
    it opens and ends, the full name an aside after it gives (", Ann Lee," in "The prosecutor,
    Ann Lee, looked crushed") or None, and its noun; else None."""
    text = ctx.text
    m = _ROLE_SUBJECT.match(text, at, start, CONCURRENT)
    if m is None or ctx.layout.inside_quote(m.start(1)):
        return None
    low = [w.lower() for w in WORD.findall(text, *m.span(1), False, CONCURRENT)]
    noun = _definite_role(low, unnamed=True)
    if noun is None or low[-1] != noun:
        return None
    apposed = _APPOSED_NAME.match(text, m.end(1), start, CONCURRENT)
    return m.start(1), m.end(1), apposed.span(1) if apposed is not None else None, noun


# the first third-person pronoun of a person in the rest of a sentence, near, outside any quotation:
# "Kelsey Marsh praised her coach", "Tasha herself appeared" ("she"); "him" is another than the
# subject ("Fans can expect him to sing")
_PERSON_PRONOUN_AFTER = regex.compile(r"[^.!?\n“”\"]{0,120}?\b(he|him|his|himself|she|her|hers|herself)\b", regex.IGNORECASE)


_PRONOUN_OF = {"he": "he", "him": None, "his": "he", "himself": "he", "she": "she", "her": "she", "hers": "she", "herself": "she"}


def _introduced_as(text: str, at: int) -> str | None:
    """The pronoun the noun that introduces the name at ``at`` says ("A young man called Tomasz":
    "he"), else None."""
    m = _NOUN_CALLED.search(text, max(0, at - 40), at, CONCURRENT)
    return _INTRODUCING_NOUNS.get(m.group(1)) if m is not None else None


# a noun, then the participle that gives its name: "a young woman named "
_NOUN_CALLED = regex.compile(r"(\p{Ll}+)[ \t]+(?:called|named)[ \t]+$")


_INTRODUCING_NOUNS = {**_GENDER_WORDS, **_SEX_NOUNS, "lady": "she"}


def _names_person(text: str, span: tuple[int, int], words: list[str], surname: str) -> bool:
    """Whether ``surname``, among the head ``words`` of the mention at ``span``, is a person's name
    there, not a word before a post that says whose the post is: "Ann Lee", "Ann Lee of Ohio",
    "Lee (a nurse)", not "Lee press aide Tom Roe" nor "a Lee aide"."""
    if surname not in words:
        return False
    return any(_SMALL_WORD_AFTER_NAME.match(text, at + len(surname), span[1], CONCURRENT) is None
               for at in _places(text, surname, *span))


# a word in small letters right after a name, as a post whose it says: "Lee press aide"
_SMALL_WORD_AFTER_NAME = regex.compile(r"[ \t]+(?!of\b)\p{Ll}")


def _own_pronoun(text: str, at: int, end: int) -> str | None:
    """The pronoun ("he" or "she") the first person's pronoun after ``at`` in its sentence (before
    ``end``) is, for the name that heads it: "Kelsey Marsh praised her coach" is a "she"; none when
    the word right after the name is a possessive, no verb ("During his visit, he")."""
    if _POSSESSIVE_NEXT.match(text, at, end, CONCURRENT) is not None:
        return None
    m = _PERSON_PRONOUN_AFTER.match(text, at, end, CONCURRENT)
    return _PRONOUN_OF[m.group(1).lower()] if m is not None else None


def _own_subject_pronoun(text: str, at: int, end: int) -> str | None:
    """The subject pronoun ("he" or "she") of the clause a name right before ``at`` heads, before
    ``end`` and any quotation mark: "Lee signaled she would run" is a "she"; none after a possessive
    right after the name ("Lee's aide said he"), nor past another name, whose the pronoun may be
    ("Lee said Roe was wrong because he")."""
    if text.startswith(("'s", "’s"), at):
        return None
    m = _SUBJECT_PRONOUN_AFTER.match(text, at, end, CONCURRENT)
    return m.group(1).lower() if m is not None else None


_SUBJECT_PRONOUN_AFTER = regex.compile(r"[^.!?\n“”\"\p{Lu}]{0,80}?\b(he|she)\b")


_POSSESSIVE_NEXT = regex.compile(r"[ \t]+(?:his|her|its|their|my|our|your)\b")


# words that open a sentence in capitals and are no given name the table lacks: connectives,
# prepositions, words for all or none ("During his visit", "Everyone knows her")
_NO_GIVEN_NAMES = _NOT_SUBJECT_NAMES | en.SUBORDINATORS | en.SENTENCE_ADVERBS | en.TIME_WORDS | frozenset(
    "for from with within without under over behind beyond during despite about across against along among "
    "around between through throughout toward towards upon into onto near like unlike amid inside outside "
    "everyone everybody someone somebody anyone anybody nobody none nothing everything something "
    "two three four five six seven eight nine ten perhaps maybe rather otherwise thus hence soon".split())


def _name_like(text: str, word: str, lo: int, hi: int) -> bool:
    """Whether a capitalised ``word`` that opens a sentence may be a given name the table lacks
    ("Kelsey", "Tomasz"): letters only, in capitals then small ones, no "-ing" or "-ly" form, no
    title, place or word of the language's small ones, and never written in small letters in
    [lo, hi), nor a known verb's form in "-s" or "-ed" (a headline's "Sees Reagan as a hero", "Backed
    Lee in May")."""
    low = word.lower()
    return len(word) > 2 and word.isalpha() and word[0].isupper() and word[1:].islower() and not low.endswith(("ing", "ly")) and (
        low not in _NO_GIVEN_NAMES and low not in en.TITLES and low not in place_names()) and not (
        low.endswith(("s", "ed")) and lemma(low) != low) and not whole_word_in(text, low, lo, hi)


def _person_named_before(text: str, start: int, avoid: set[str], other: str,
                         full_name: Callable[[str, int], tuple[int, int] | None],
                         objects: bool = False, unknown: bool = False) -> tuple[int, int] | None:
    """The last full name, a given name from the table and a surname (or a family name of the
    table and a given name after it: "Wang Yu"), in the
    stretch before ``start``: who "he" or "she" stands for when no report before
    names anyone; not a surname in ``avoid`` (known by the ``other`` pronoun),
    nor a name whose given name's people mostly go by the other ("Tom Hale" for
    "she"), nor the last of names joined by "and" ("Tom Roe and Ann Lee") but
    the one of a list no clause opens with that the given names say ("met
    Tom Roe and Ann Lee." for "she"). A
    surname after a title later than the name stands for the full name with it
    before (``full_name``: "Ted Cruz ... Mr. Cruz said ..."), or for itself;
    not after a title of the other pronoun ("Ms. Lee"), nor after one that
    says none ("President Lee") unless the full name's given name says this
    one or the mention heads a clause. With ``objects``, for a pronoun, a name in a verb's
    object counts too ("met Ann Lee at noon. She said"); a post ("the former senator") goes on
    with one who heads a clause."""
    lo = max(0, start - _PERSON_REACH)
    found, at = None, -1
    genders = name_genders()
    # full names whose given name the tables lack, read as a person's (see ``unknown``)
    strangers: set[str] = set()
    only: tuple[int, int] | None = None
    for m in (_GIVEN_AND_SURNAME_OR_OBJECT if objects else _GIVEN_AND_SURNAME).finditer(text, lo, start, False, CONCURRENT):
        given = m.group(1).lower()
        if given not in given_names() and m.group(2) not in avoid and (said := _title_pronoun_before(text, m.start())) is not None:
            # a given name the table lacks after a title that says the pronoun: "his lawyer, Mrs Ada
            # Okafor, ... She said" (none of the other pronoun's: "Mr Obi Nwosu" for "she")
            if said != other and not _JOINED_BEFORE.search(text, max(lo, m.start() - 12), m.start(), CONCURRENT):
                found, at = m.span(), m.start()
        elif given not in given_names() and m.group(1) not in avoid and m.group(2) not in avoid and (
                opening := _family_name_opening(text, m)) is not None:
            if not _JOINED_BEFORE.search(text, max(lo, opening - 5), opening, CONCURRENT) and genders.get(m.group(2).lower()) != other:
                found, at = (opening, m.end()), opening  # "Wang Yu", "Kim Jong Un": a family name written first
        elif unknown and given not in given_names() and m.group(2) not in avoid and _name_like(text, m.group(1), lo, start) and (
                _name_of_two(text, m.span(), lo)) and m.group().lower() not in place_names() and _introduced_person(text, m.span()):
            strangers.add(m.group())
            only = m.span()
        elif given in given_names() and m.group(2) not in avoid:
            if not _JOINED_BEFORE.search(text, max(lo, m.start() - 5), m.start(), CONCURRENT):
                if genders.get(given) != other:
                    found, at = m.span(), m.start()
            elif text.startswith(_OBJECT_LIST_ENDS, m.end()):
                # "met Tom Roe and Ann Lee.": the one of them the pronoun's given names say; none when
                # they say no one, not the first of the list read as a name alone ("Tom Roe, Ed Lim and")
                # (not names that head a clause together: "Tom Roe and Ann Lee said" is a pair, no "she")
                one, opening = _only_one_of_joined(text, lo, m, other)
                if one is not None:
                    found, at = one, m.start()
                elif found is not None and opening <= found[0]:
                    found, at = None, -1
    for m in _TITLED_SURNAME.finditer(text, lo, start, False, CONCURRENT):
        title, surname = m.group(1), m.group(2)
        if (m.start() > at and (title in _TITLE_PRONOUNS or title in _PEERAGE_PRONOUNS or title.lower() in en.TITLES)
                and surname not in avoid and surname.lower() not in given_names()
                and surname.lower() not in en.GOVERNMENT_WORDS and surname.lower() not in en.ORGANIZATION_WORDS):
            full = full_name(surname, m.start())
            # (a peer's title says the pronoun before a surname, no post: "Lord Ashby", not "Lord Mayor")
            peer = _PEERAGE_PRONOUNS.get(title) if surname.lower() not in en.TITLES else None
            said = _TITLE_PRONOUNS.get(title) or _GENDER_WORDS.get(title.lower()) or peer or (
                genders.get(WORD.match(text, *full, CONCURRENT).group().lower()) if full is not None else None)
            # (a title that says no pronoun, of a name the table gives none: only a name heading a
            # clause or an aside, "President Obama has ...", not one in a phrase, "fealty to
            # President Obama at a debate")
            if said != other and (said is not None or _HEADS_CLAUSE.match(text, m.end(), start, CONCURRENT)):
                found, at = full or m.span(), m.start()
    if unknown:
        # with ``unknown``, and no one else named in reach, a full name whose given name the tables
        # lack, read as a person's (not a body's or a place's, its first word never in small
        # letters), the only one of its kind: "Tia Marsh opened the shop. She said" (only that one)
        if found is None and len(strangers) == 1 and not any(
                other_name.group() not in strangers and other_name.group(1).lower() not in given_names() and (
                    _name_like(text, other_name.group(1), lo, start) and _name_of_two(text, other_name.span(), lo))
                for other_name in _FULL_NAME.finditer(text, lo, start, False, CONCURRENT)):
            # (nor any other full name the tables lack in reach, whatever follows it: "actor Tia Marsh
            # and director Anouk Verhoeven"; one the tables hold was weighed already)
            return only
        return None
    return _with_honorific(text, found) if found is not None else None


# an honorific that is part of a British name, as a report's mention keeps it: "Dame Sheila
# Rowe", "Sir Alan Pike", "Lord Ashby", "Baroness Hale" (a courtesy title or a post is no part
# of the name the name alone gives)
_HONORIFIC_BEFORE = regex.compile(r"(?<![\w’'.-])(?:Sir|Dame|Lord|Lady|Baroness|Baron)[^\S\n]+\Z")


def _with_honorific(text: str, name: tuple[int, int]) -> tuple[int, int]:
    """A full name found by its given name and surname, with the honorific right before it if any:
    "chaired by Dame Sheila Rowe. She said" stands for "Dame Sheila Rowe", as the other mentions read."""
    m = _HONORIFIC_BEFORE.search(text, max(0, name[0] - 12), name[0], CONCURRENT)
    return (m.start(), name[1]) if m is not None else name


def _introduced_person(text: str, name: tuple[int, int]) -> bool:
    """Whether the full name at ``name`` is brought in as a person's: after a person's noun in
    small letters ("student Tia Marsh", "leader Kofi Brandt"), before an aside of an age or a
    person's noun (", 34,", ", a nurse"), or opening a sentence before its verb ("Tia Marsh opened
    the shop"); not a name read after a preposition ("in Palo Alto") nor one that labels a headline
    ("Vexa Watch: ...")."""
    start, end = name
    before = _WORD_ENDING.search(text, max(0, start - _NOUN_BEFORE_NAME), start, CONCURRENT)
    if before is not None and before.end() == start and person_noun(before.group(1)):
        return True
    if _AGE_AFTER_SURNAME.match(text, end, min(len(text), end + _AGE_CHARS), CONCURRENT) is not None:
        return True
    post = _POST_AFTER_NAME.match(text, end, min(len(text), end + _POST_REACH), CONCURRENT)
    if post is not None and text[end] == "," and any(person_noun(w) for w in WORD.findall(post.group(1).lower())):
        return True
    return _SENTENCE_OPENS.search(text, max(0, start - 4), start, CONCURRENT) is not None and (
        _VERB_AFTER.match(text, end, min(len(text), end + _VERB_CHARS), CONCURRENT) is not None)


# how far before a name a person's noun is read ("student | Tia Marsh"), and after it a verb
_NOUN_BEFORE_NAME = 30


def _person_noun_right_before(text: str, start: int) -> bool:
    """Whether a noun for a person in small letters, a player's place or a title, stands right
    before the name at ``start``: "midfielder Jo Price", "actor Jo Price", "sheriff Jo Price" (a
    person's name, however its words read, no body's)."""
    before = _WORD_ENDING.search(text, max(0, start - _NOUN_BEFORE_NAME), start, CONCURRENT)
    return before is not None and before.end() == start and (
        person_noun(word := before.group(1)) or word in _PLAYING_ROLES or word in en.TITLES)


_VERB_CHARS = 40


_VERB_AFTER = regex.compile(_VERB_AFTER_NAME)


# where a sentence opens: the text's start, a line's, or after a full stop and its marks
_SENTENCE_OPENS = regex.compile(r"(?:^|[.!?][" + CLOSING_QUOTE_CLASS + r")]*[ \t]+)$", regex.MULTILINE)


def _family_name_opening(text: str, m: regex.Match) -> int | None:
    """Where a name written family name first opens that ends as ``m`` does (two capitalised
    words, `_GIVEN_AND_SURNAME`'s): at its first word, a family name of the table ("Wang Yu"), or
    at the one before it ("Kim" of "Kim Jong Un"); None when neither is one, or the words after
    it are no given names ("Park Avenue")."""
    if m.group(1).lower() in family_names():
        opening, family_end = m.start(), m.end(1)
    else:
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start(), CONCURRENT)
        if before is None or before.group(2) is not None or before.group(1).lower() not in family_names():
            return None
        opening, family_end = before.start(), before.end(1)
    return opening if _given_names_after(text, family_end, m.end()) == m.end() else None


# what ends a list of names that is no clause's subject: "met Tom Roe and Ann Lee."
_OBJECT_LIST_ENDS = (",", ".", ";", ":", ")")


# full names joined in a list before the "and" of its last one: "Tom Roe, Ed Lim and "
_NAMES_JOINED = regex.compile(
    r"(?<![\w’'.-])(?:\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}’'-]*\p{Ll},[ \t]+){0,4}"
    r"\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}’'-]*\p{Ll},?[ \t]+(?:and|&)[ \t]+$")


# one full name of such a list: "Tom Roe"
_FULL_NAME = regex.compile(r"(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[\p{Ll}’'-]*\p{Ll}")


def _only_one_of_joined(text: str, lo: int, last: regex.Match, other: str) -> tuple[tuple[int, int] | None, int]:
    """The one of full names joined by "and" (``last`` the last of them) whose given name
    the table gives the pronoun that is not ``other``, when it gives every other name of the
    list ``other`` ("she" after "Tom Roe and Ann Lee" is Ann Lee, "he" Tom Roe), else None
    ("Ann Lee and Eva Roe" for "she"); and where the list opens."""
    joined = _NAMES_JOINED.search(text, max(lo, last.start() - _JOINED_REACH), last.start(), CONCURRENT)
    if joined is None:
        return None, last.start()
    if other not in _OTHER_GENDER:
        return None, joined.start()
    genders = name_genders()
    names = [*_FULL_NAME.finditer(text, joined.start(), joined.end(), False, CONCURRENT), last]
    ones = [n.span() for n in names if genders.get(n.group(1).lower()) == _OTHER_GENDER[other]]
    if len(ones) != 1 or any(genders.get(n.group(1).lower()) != other for n in names if n.span() != ones[0]):
        return None, joined.start()
    return ones[0], joined.start()


# how far before the last of names joined by "and" the list is read: five names or so
_JOINED_REACH = 150


# Words that end or make an outlet's name: no given name unless the table of them says so ("the Post Rao ...")
_OUTLET_WORDS = en.OUTLET_NAME_ENDS | en.OUTLET_NAMES


# a surname's given name before it, a middle name or initial between them allowed ("Ann Rao",
# "Ann K. Rao", "Ann Dev Rao"): group 1 the given name, group 2 a middle word
_GIVEN_BEFORE_SURNAME = regex.compile(r"(?<![\w’'.-])(\p{Lu}\p{Ll}+)[ \t]+(?:(\p{Lu}\p{Ll}+|\p{Lu}\.)[ \t]+)?\Z")


# a lone word in capitals and a possessive's mark: "America’s"
_LONE_POSSESSIVE = regex.compile(r"(\p{Lu}\p{Ll}+)[’']s?")


def _place_possessive(text: str, span: tuple[int, int]) -> bool:
    """Whether a mention is a place's name alone in the possessive, one that is no person's name
    ("America’s", "Britain's"): no one a pronoun stands for."""
    m = _LONE_POSSESSIVE.fullmatch(text, *span, CONCURRENT) if span[1] - span[0] < 30 else None
    return m is not None and place_names().get(m.group(1).lower()) is False


def _known_given(low: str) -> bool:
    """Whether a word in small letters is a given name of the tables, one a word too among them
    ("bill", "chelsea")."""
    return low in given_names() or low in name_genders()


# the end of a sentence and the space after it
_SENTENCE_GAPS = frozenset([". ", "? ", "! ", ".\n", "\" ", "” "])


def _namings(text: str, surname: str) -> dict[str, list[tuple[int, int]]]:
    """The full namings of ``surname`` through the text by the given name of the tables before it
    ("Hillary Clinton", "Hillary Rodham Clinton", "President Bill Clinton"), each given name to its
    spans in text order."""
    out: dict[str, list[tuple[int, int]]] = {}
    for at in _places(text, surname):
        end = at + len(surname)
        if end < len(text) and (text[end].isalnum() or text[end] == "-") or at > 0 and (text[at - 1].isalnum()):
            continue
        m = _GIVEN_BEFORE_SURNAME.search(text, max(0, at - 40), at, CONCURRENT)
        if m is None:
            continue
        given = m.group(1).lower()
        if not _known_given(given) and m.group(2) is not None and m.group(2)[-1] != "." and _known_given(m.group(2).lower()):
            given = m.group(2).lower()  # a title or a word before the given name: "President Bill Clinton"
            start = m.start(2)
        elif _known_given(given):
            start = m.start(1)
        else:
            continue
        if given in en.VERB_AUXILIARIES and (start == 0 or text[start - 1] == "\n" or text[max(0, start - 2):start] in _SENTENCE_GAPS):
            continue  # an auxiliary too, not a given name, opening a sentence: "Will Lee run?" (but "Bill Clinton got in")
        out.setdefault(given, []).append((start, end))
    return out


def _may_be_given(text: str, word: str, at: int) -> bool:
    """Whether a capitalised word right before a surname at ``at`` may be a given name: one the
    table of given names holds ("Ann"), or one that ends no outlet's name and that the text
    around never writes in lower case, as it would a common word capitalised at a sentence's
    or a headline's start ("Maybe Rao", "Calls Rao")."""
    low = word.lower()
    if low in given_names():
        return True
    if place_names().get(low) is False or city_names().get(low) is False:
        return False  # a place's name that is no person's: "a Wisconsin Trump rally", "the Leeds Patel trial"
    if low in _OUTLET_WORDS or not word[1:].islower():
        return low not in _OUTLET_WORDS
    if low.endswith(("s", "ed")) and lemma(low) != low:
        return False  # a known verb's form in "-s" or "-ed": a headline's "She Sees Reagan-like Qualities"
    return not whole_word_in(text, low, max(0, at - _NAME_REACH), min(len(text), at + _NAME_REACH))


# a capitalised word and the space after it, or the hyphen that joins it to the next, right
# before a position
_WORD_BEFORE = regex.compile(r"(?<![\w’'.-])(\p{Lu}\p{Ll}+)(?:[ \t]+|(-))$")


# the words of Arabic's names that open a name before a given name: "Abu Bakr", "Umm Kulthum"
_NAME_OPENING_WORDS = frozenset(["abu", "umm"])


def _given_before(text: str, start: int) -> int:
    """Where a full name that opens at ``start`` opens when a given name of the table stands
    before it, its second word a middle name ("Ann Dev Rao" for "Dev Rao"), or a family name
    written first ("Pham Minh Chinh" for "Minh Chinh"), or a word that opens Arabic's names
    ("Abu Bakr al-Baghdadi"), or a first half joined by a hyphen ("Jean-Luc Picard" for "Luc
    Picard"); else ``start``."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start, CONCURRENT)
    if m is not None and (m.group(2) is not None or (low := m.group(1).lower()) in given_names() or low in family_names()
                          or low in _NAME_OPENING_WORDS):
        return m.start()
    if m is not None and m.group(2) is None and low not in en.TITLES and (
            title := _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start(), CONCURRENT)) is not None and (
            title.group(2) is None and title.group(1).lower() in en.TITLES):
        # or a word the tables lack right after a title, which opens the name: "President Luiz
        # Inacio Lula" for "Inacio Lula"
        return m.start()
    return start


def _title_case_around(text: str, start: int, end: int) -> bool:
    """Whether the words around [start, end) on its line all open in capitals ("Lee Slams Roe
    Over Pier"): a headline's, where a name may run into the words beside it."""
    line_start = text.rfind("\n", max(0, start - _WORDS_AROUND), start) + 1
    line_end = text.find("\n", end, end + _WORDS_AROUND)
    around = (WORD.findall(text, max(line_start, start - _WORDS_AROUND), start, False, CONCURRENT)
              + WORD.findall(text, end, line_end if line_end >= 0 else min(len(text), end + _WORDS_AROUND), False, CONCURRENT))
    return len(around) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in around)


def _titled(word: str) -> bool:
    """Whether a word is a title or its plural ("Justice", "Justices", "Sens.")."""
    low = word.lower().rstrip(".")
    return low in en.TITLES or low.endswith("s") and low[:-1] in en.TITLES or low in ("the", "a", "an")


# a coordinating "and" inside a mention; a possessive mark after a word
_AND = regex.compile(r"\sand\s")


# the words around "and" that join two posts of one person: "CEO and Managing Director Ann Rao",
# "founder and chief executive Tom Roe" (a comma before the "and" too, so that "Ann Rao, 34, and
# Tom Roe" and "Ann Rao, the mayor, and Tom Roe" are two)
_JOINED_POST = regex.compile(r"(\w+),?\s+and\s+(\w+)")


_POST_OPENERS = frozenset("managing chief executive vice deputy joint additional senior principal general assistant associate".split())


def _collective(words: list[str]) -> bool:
    """Whether a mention is headed by a noun for a body of people ("the family", "his staff"), which
    no "he" or "she" stands for: "the family said ... He once told an interviewer"."""
    return len(words) <= 3 and words[-1].lower() in _COLLECTIVE_HEADS


_COLLECTIVE_HEADS = en.COLLECTIVE_NOUNS | en.CROWD_NOUNS | {"crew", "team", "committee", "panel"}


# what may open a mention of a thing of someone's: "Her approach", "Lee's speech"
_THING_OPENERS = frozenset(["his", "her", "its", "their"])


# the determiners of a mention of a thing, no one's: "The accord", "a page on climate"
_THING_DETERMINERS = frozenset(["the", "a", "an", "this", "that"])


# the nouns of bodies that initials are made of: "the board" for "the BCCI", "the commission" for "the FTC"
_INITIALLED_BODY_NOUNS = frozenset("board commission council committee authority agency bureau federation association".split())
_INITIALS = regex.compile(r"\p{Lu}{2,6}")


# a body's organs, which the body itself tells of: "the board will meet", "the committee will rule"
_ORGAN_NOUNS = frozenset("board committee subcommittee panel council cabinet".split())


# a name in an aside after a comma
_COMMA_NAME = regex.compile(r",[^\S\n]+\p{Lu}")


# nouns for one by their tie to another, not all in the lexicon's people: "his rival", "her nephew"
# endings of nouns for people by what they do ("manager", "advisor", "economist", "assistant",
# "historian", "nominee", "chairman"): such a noun may be a person's, unread in the lexicon
_PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ian", "ians", "ee", "ees", "man", "men")


# a noun's share of mentions that were sources, above which it is taken for someone's
_SPEAKING_HEAD = 0.1


def _persons_noun(head: str, lexicon) -> bool:
    """Whether a lower-case head noun may name a person: by their work, post or tie ("aide",
    "senator", "wife", "rival"), by a person's ending ("organizer", "opponent"), or as a
    noun that often heads a source ("allies")."""
    return person_noun(head) or head in en.TITLES or head in en.TIE_NOUNS or head in en.KIN_NOUNS or (
        head.endswith(_PERSON_ENDINGS) or head.endswith(("ent", "ents")) and not head.endswith(("ment", "ments"))) or (
        lexicon.source_heads.get(head, 0) >= _SPEAKING_HEAD)


def _someones_thing(words: list[str], lexicon) -> bool:
    """Whether a mention is a thing of someone's, which no "he" or "she" stands for: a
    possessive or a determiner before lower-case words headed by a noun for no person ("Her
    approach", "Lee's lengthy speech", "The rare accord"); not "His wife", "Her chief aide",
    "His son Tom", "the organizer"."""
    if len(words) < 2 or not (words[0].lower() in _THING_OPENERS or words[0].lower() in _THING_DETERMINERS or (
            words[0].endswith(("'s", "’s")))):
        return False
    if not all(w.islower() for w in words[1:]):
        return False
    head = kinds.head_word(words[1:])
    return head.isalpha() and not _persons_noun(head, lexicon) and head.lower() not in given_names()


# what ends the noun phrase that heads a mention: a preposition, a relative, or the subject of a
# clause that modifies it ("Residents I talked with")
_HEAD_ENDS = _BODY_PHRASE_OPENERS | _RELATIVE_WORDS | frozenset("that in on to by about i we they".split())


# plural endings of nouns for people by what they do: "advisers", "confidants", "economists"
_PLURAL_PERSON_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees", "men")


def _plural_people(words: list[str]) -> bool:
    """Whether a mention is headed by a plural noun for people, which no "he" or "she" stands for:
    "Residents I talked with", "Mrs. Lee's advisers", "local women"; not a surname in "-s"
    ("Ann Rogers"), nor one of many ("one of her advisers")."""
    end = next((k for k, w in enumerate(words) if k and w.lower() in _HEAD_ENDS), len(words))
    if not end:
        return False
    head = words[end - 1]
    low = head.lower()
    # (in capitals only as the mention's first word, and a noun the lexicon holds: "Voters", not
    # "Tom Rogers" nor "Sanders")
    if end == 1 and head[:1].isupper() and low.endswith("s") and (low[:-1] in en.DEMONYMS or low[:-1] in _PARTY_WORDS):
        return True  # the people of a place or a party: "Americans", "Republicans"
    return (end == 1 or head.islower()) and (low == "people" or (kinds.plural(low) or low.endswith("men")) and (
        person_noun(low) or head.islower() and low.endswith(_PLURAL_PERSON_ENDINGS)) and low not in given_names())


# the words in capitals that open a mention with no name in them: "Among those", "The deal", "Should they"
_NAMELESS_OPENERS = _THING_DETERMINERS | _HEAD_ENDS | _PART_QUANTIFIERS | en.SUBORDINATORS | en.VERB_AUXILIARIES | frozenset(
    "among almost all those these every each some any no".split())


def _no_one_named(words: list[str], lexicon) -> bool:
    """Whether a mention holds no name in capitals (past a word in capitals that only opens a
    sentence) and no noun for a person, which no "he" or "she" stands for: "among those", "almost
    everyone", "The deal binds together", "15,000 strong", and the thing a "whose" owns, "whose
    political arm"; not "a resident", "Lee", "the organizer", "The retired neurosurgeon", "his
    wife", "whose wife", "who"."""
    if not words or words[0].lower() in en.PRONOUNS or words[0].lower() in en.RELATIVE_PRONOUNS:
        return False
    # (after "whose", only a noun the lexicon holds for people: a noun often heading a source is
    # most often a body's part there, "whose political arm")
    owned = words[0].lower() == "whose"
    for k, word in enumerate(words):
        low = word.lower().removesuffix("’s").removesuffix("'s").strip(".,;:’'\"“”()")
        if word[:1].isupper() and (k or low not in _NAMELESS_OPENERS):
            return False
        if low.isalpha() and low not in _EVERYONE and (low in given_names() or _person_word(low) or (
                not owned and lexicon.source_heads.get(low, 0) >= _SPEAKING_HEAD)):
            return False
    return True


# the words for one person that are no noun of a calling: "one", "someone", "a person"
_ONE_PERSON_WORDS = frozenset("one someone somebody anyone anybody person star boy girl guy lady".split())


# the words for all or none, which no "he" or "she" stands for: "almost everyone"
_EVERYONE = frozenset("everyone everybody nobody".split())


def _person_word(low: str) -> bool:
    """Whether a lower-case word names a person by what the lexicon holds of people (their work,
    post, tie or kin, "woman", "someone"), not by an ending alone ("together")."""
    return person_noun(low) or low in en.TITLES or low in en.TIE_NOUNS or low in en.KIN_NOUNS or (
        low.endswith(("man", "men"))) or low in _ONE_PERSON_WORDS or low in en.REFLEXIVE_PRONOUNS


def _many(text: str, span: tuple[int, int]) -> bool:
    """Whether a mention names several, joined by "and" ("Ann Rao and Tom Roe"), and not
    one holder of two posts ("CEO and Managing Director Ann Rao")."""
    if _AND.search(text, *span, CONCURRENT) is None:
        return False
    if _posts_joined(text, span):
        return False  # two posts in the appositive after one name: "Tom Roe, the MP for Ashby and one of the rebels"
    comma = text.find(",", *span)
    for m in _JOINED_POST.finditer(text, *span, False, CONCURRENT):
        before, after = m.group(1).lower(), m.group(2).lower()
        if comma >= 0 and _PHRASE_IN_APPOSITIVE.match(text, comma, m.end(1)) is not None:
            continue  # "Ann Rao, a spokeswoman for the Red Cross and Red Crescent": the body's name, one person
        if _DEPARTMENT_POST.match(text, m.end(), span[1], CONCURRENT) is not None or (
                _POST_FOR.search(text, max(span[0], m.start() - _POST_FOR_REACH), m.start(), CONCURRENT) is not None):
            continue  # the words of one department a post is of: "the Work and Pensions Secretary, Ann Lee"
        if _in_post_brackets(text, span, m.start(), m.end()):
            continue  # the field of one post, in brackets: "Additional Director General of Police (Law and Order) Ann Rao"
        if not (_post_word(before) and (_post_word(after) or after in _POST_OPENERS)):
            return True
    return False


# an opening bracket right after a capitalised word, and no closing one since: "Police (Law |and Order)"
_OPEN_POST_BRACKET = regex.compile(r"\p{Lu}[\w.’'-]*[^\S\n]*\([^()\n]*\Z")


def _in_post_brackets(text: str, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether ``start`` to ``end`` of the mention at ``span`` stands inside brackets opened right
    after a capitalised word and closed before the mention ends, as the field of a post is given:
    "Deputy Commissioner of Police (Crime and Traffic) Ann Rao", "Minister (Roads and Buildings)"."""
    if _OPEN_POST_BRACKET.search(text, span[0], start, CONCURRENT) is None:
        return False
    close, reopen = text.find(")", end, span[1]), text.find("(", end, span[1])
    return close >= 0 and (reopen < 0 or close < reopen)


# the appositive after a mention's first comma up to a word inside its prepositional phrase, no
# comma between: "Ann Rao|, a spokeswoman for the Red Cross| and Red Crescent"
_PHRASE_IN_APPOSITIVE = regex.compile(r",[^,]*?[^\S\n](?:for|of|at|with|from|in)[^\S\n][^,]*\Z")


# a post after the words of its department, or before them after "for": "the Work and Pensions
# Secretary", "Food and Rural Affairs Secretary", "Minister for Women and Equalities"
_DEPARTMENT_POST = regex.compile(r"(?:[^\S\n]+\w+){0,2}?[^\S\n]+(?:secretary|minister|spokesman|spokeswoman|spokesperson)\b",
                                 regex.IGNORECASE)


_POST_FOR = regex.compile(r"(?:secretary|minister)(?:[^\S\n]+of[^\S\n]+state)?[^\S\n]+for[^\S\n]+(?:\w+,?[^\S\n]+)?$",
                          regex.IGNORECASE)


_POST_FOR_REACH = 40


# what opens a second post after "and" in an appositive: "and one of ...", "and a ...", "and the ..."
_APPOSITIVE_POST = frozenset("one a an the its their".split())


# "and" and the word after it
_AND_NEXT = regex.compile(r"\sand\s+(\w+)")


def _posts_joined(text: str, span: tuple[int, int]) -> bool:
    """Whether every "and" of a mention stands after its first comma and before another post of
    the one person, a word that opens a noun phrase ("Tom Roe, the MP for Ashby and one of the
    rebels' leaders", "Ann Rao, a nurse and a mother of two", or a word that goes before a post:
    "Ann Rao, the governor and former EPA administrator"; not "Ann Rao, 34, and Tom Roe",
    nor "Lee, and others")."""
    comma = text.find(",", *span)
    if comma < 0:
        return False
    ands = list(_AND_NEXT.finditer(text, *span, False, CONCURRENT))
    # (a word before a post only in an appositive that opens with a determiner: "Friends, lobbyists
    # and former foes" are many)
    opener = _WORD_AFTER.match(text, comma + 1, span[1], CONCURRENT)
    apposed = opener is not None and opener.group(1) in _APPOSITIVE_POST
    # (or a bare post that opens it, joined to another post: "Jo Lee, vice president and assistant
    # general counsel for Vexa")
    posted = opener is not None and (_post_word(w := opener.group(1).lower()) or w in _POST_OPENERS)
    return bool(ands) and all(
        m.start() > comma and text[m.start() - 1] != "," and (
            m.group(1).lower() in _APPOSITIVE_POST or apposed and m.group(1).lower() in en.POST_ADJECTIVES or posted and (
                m.group(1).lower() in _POST_OPENERS or _post_word(m.group(1).lower()))) for m in ands)


def _posts_joined_before_name(text: str, span: tuple[int, int], surname: str) -> bool:
    """Whether every "and" of a mention with no comma joins two posts of the one person named
    after them, the mention ending in ``surname``: a post's noun before it and a post's noun,
    initials or adjective after it ("Vexa founder and CEO Ann Rowe", "chairman and chief
    executive Tom Roe"; not "Ann Rao and Tom Roe", nor "Ann Rao, a nurse and a mother", an
    appositive's posts)."""
    if "," in text[span[0]:span[1]] or not text[span[0]:span[1]].endswith(surname):
        return False
    ands = list(_POST_AND_POST.finditer(text, *span, False, CONCURRENT))
    return bool(ands) and all(
        person_noun(m.group(1).lower()) and (person_noun(m.group(2).lower()) or m.group(2).lower() in en.PERSON_INITIALISMS or (
            m.group(2).lower() in en.POST_ADJECTIVES)) for m in ands) and len(ands) == len(
        _AND.findall(text, *span, False, CONCURRENT))


# the words either side of an "and" in a mention
_POST_AND_POST = regex.compile(r"([\w-]+)\s+and\s+([\w-]+)")


def _heads_mention(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether ``name`` stands before a mention's first comma, in the name it opens with, and not
    only in its appositive ("Lee" in "Ann Lee, a nurse", not in "Tom Roe, an aide to Ms. Lee")."""
    comma = text.find(",", *span)
    head = text[span[0]:comma if comma >= 0 else span[1]]
    return whole_word_in(head, name, 0, len(head))


def _post_word(word: str) -> bool:
    return word in en.TITLES or word in en.PERSON_NOUNS or word in en.PERSON_INITIALISMS


# a surname of two capitalised parts joined by a hyphen: "Lopez-Cantera", "Mark-Viverito"
# two surnames joined by "and", after "both" perhaps: "Lee and Roe", "Both Lee and Roe"
_SURNAME_PAIR = regex.compile(r"(?:[Bb]oth[^\S\n]+)?(\p{Lu}\p{Ll}[\p{L}’'-]*)[^\S\n]+and[^\S\n]+(\p{Lu}\p{Ll}[\p{L}’'-]*)")


_JOINED_SURNAME = regex.compile(r"\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+")


# the Arabic article joined to a surname, in capitals where it opens a sentence and in small
# letters in the full name: "Al-Sudani said" after "Mohammed Shia al-Sudani" (`_ARTICLE_BEFORE`)
_JOINED_ARTICLES = frozenset(a + "-" for a in en.ARABIC_ARTICLES)


# the same after a courtesy title, with or without its full stop: "Mr Lane-Fox", "Ms. Lane-Fox"
_TITLED_JOINED_SURNAME = regex.compile(r"(\p{Lu}\p{Ll}+)\.?[ \t]+(\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)")



def _surname_of_words(text: str, span: tuple[int, int], words: list[str], particle_first: bool = False) -> bool:
    """Whether a mention of two or three words may be one surname: "Wasserman Schultz", "Von der
    Leyen", "Aboul Gheit"; capitalised words and the small words of names only, none a title, a
    given name of the table or a determiner first ("Ann Lee" is a full name). With
    ``particle_first``, after a title, the first may be a small word: "(Mr) van der Berg"."""
    if not 2 <= len(words) <= 3 or not (words[0][:1].isupper() or particle_first and words[0] in _SURNAME_PARTICLES) or (
            not words[-1][:1].isupper()) or span[1] - span[0] != sum(len(w) for w in words) + len(words) - 1:
        return False  # (words joined by single spaces only: no mark, no possessive)
    first = words[0].lower()
    if first in given_names() or first in _DETERMINERS or first in en.PRONOUNS:
        return False
    return all(w[:1].isupper() and w.lower() not in en.TITLES and w[1:].islower() or w in _SURNAME_PARTICLES for w in words)


_POSSESSIVE = regex.compile(r"\w(?:[’']s?)(?=\s)")


def _research_paper(text: str, span: tuple[int, int]) -> bool:
    """Whether "the paper", which stands for no outlet named before it, comes after words
    of research close before it: a study's paper, a document, no newspaper ("A study
    published in a journal found ... According to the paper, ...")."""
    return _THE_PAPER.fullmatch(text, *span) is not None and _RESEARCH_BEFORE.search(
        text, max(0, span[0] - _RESEARCH_REACH), span[0]) is not None


def _research_since(text: str, lo: int, hi: int) -> bool:
    """Whether "a paper" and words of research stand between ``lo`` (an outlet's mention) and "the
    paper" at ``hi``, close before it: the paper is the study's, introduced since, no newspaper
    ("Researchers wrote in a paper ... The paper said"; but "The Ledger ran a study ... According
    to the paper" is the Ledger)."""
    lo = max(lo, hi - _RESEARCH_REACH)
    return _A_PAPER.search(text, lo, hi) is not None and _RESEARCH_BEFORE.search(text, lo, hi) is not None


_A_PAPER = regex.compile(r"\b(?i:an?)[^\S\n]+(?:[\w-]+[^\S\n]+)?paper\b")


_THE_PAPER = regex.compile(r"(?i:the)[^\S\n]+paper")


_RESEARCH_BEFORE = regex.compile(
    r"\b(?:stud(?:y|ies)|researchers?|scientists|peer-reviewed|preprint|journal|co-authors?|lead author|findings"
    # a trial of medicine, not a court's: "the clinical trial", "a randomised controlled trial", "the vaccine trial"
    r"|(?:clinical|randomi[sz]ed|controlled|placebo-controlled|drug|vaccine|phase[^\S\n]+(?:[1-4]|I{1,3}|IV))[^\S\n]+trials?)\b",
    regex.IGNORECASE)


# how far before "the paper" the words of research are looked for: a paragraph or two
_RESEARCH_REACH = 600


def _outlet_runs(text: str) -> Iterator[tuple[int, int]]:
    """The runs of words in capitals an outlet's name may be, with the "!" that marks a name
    (``tokens.marked_name``) and the words after it: "OK!", "E! News"."""
    at = 0
    while (m := _OUTLET_MENTION.search(text, at, len(text))) is not None:
        s, e = m.span()
        while text[e:e + 1] == "!" and marked_name(text, e, s) is not None:
            e += 1
            if (more := _AFTER_MARK.match(text, e, min(len(text), e + 120), CONCURRENT)) is not None:
                e = more.end()
        yield s, e
        at = e


def _outlet_mentions(ctx: Context) -> list[tuple[int, int]]:
    """Named outlets in the text, in order: what "the outlet" may stand for. None in a paragraph
    the roles silenced: a picture's credit names the agency that took it, no source of the story
    ("Photograph: Ann Roe/AP ... the agency said" is no AP's)."""
    out = []
    text, lex = ctx.text, ctx.lexicon
    for s, e in _outlet_runs(text):
        if ctx.skipped and sentence_index(ctx.layout, s) in ctx.skipped:
            continue
        if text[e - 1] == "." and "." not in text[s:e - 1].rsplit(None, 1)[-1]:
            e -= 1  # the full stop after a name that ends its sentence ("from CNN."), not an initial's ("U.S.")
        if ". " in text[s:e] and (k := sentence_index(ctx.layout, e - 1)) < len(ctx.layout.sentences) and (
                ctx.layout.sentences[k].start > s):
            # a run across a sentence's end is the next sentence's name: "on Monday. Blu Radio said"
            s = ctx.layout.sentences[k].start
            while s < e and not text[s].isupper():
                s += 1
        if _GENERIC_THE.match(text, s, e):
            continue  # "The outlet" itself
        if _capitalised_opener(text, s, e):
            continue  # "Weekly injection cuts risk": a sentence's first word, no paper "Weekly"
        if text[s:e].lower() in kinds.BROADCAST_MEDIA:
            continue  # "The reality TV favourite": a medium alone, no outlet's name ("reality TV", "on TV")
        if (of := _OF_NAME.match(text, e, e + 80)) is not None and kinds.kind(text, s, of.end(), lex) == "outlet":
            out.append((s, of.end()))  # a name that holds "of": "The Times of India", "Press Trust of India"
        elif kinds.kind(text, s, e, lex) == "outlet":
            out.append((s, e))
        elif (mag := _MAGAZINE_AFTER.match(text, e, e + 12)) is not None and kinds.kind(text, s, mag.end(), lex) == "outlet":
            out.append((s, mag.end()))  # a name the word "magazine" marks: "Family Circle magazine’s poll"
    return out


# the word that names an outlet a magazine right after its name: "OK! magazine", "Glimmer magazine"
_MAGAZINE_AFTER = regex.compile(r"!?[^\S\n]+magazine(?=[’']s\b|(?![\w’'-]))")


# "of" and the capitalised words after a name, which may end it ("The Times of India")
_OF_NAME = regex.compile(r"[^\S\n]+of[^\S\n]+(?:[A-Z][\w’'.&-]*[^\S\n]+){0,3}[A-Z][\w’'.&-]*")


def _capitalised_opener(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is one word that opens a sentence before a lower-case word and
    ends outlets' names without naming one ("Weekly", "Daily", "Star"): capitalised for its
    place, an adjective or noun of the sentence ("Weekly injection cuts risk")."""
    low = text[s:e].lower()
    return (low in en.OUTLET_NAME_ENDS and low not in en.OUTLET_NAMES and _LOWER_WORD_AFTER.match(text, e, e + 2)
            is not None and _SENTENCE_OPEN_BEFORE.search(text, max(0, s - 4), s) is not None)


# what stands before a sentence's first word, and the lower-case word after it
_SENTENCE_OPEN_BEFORE = regex.compile(r"(?:\A|\n[^\S\n]*|[.!?][" + CLOSING_QUOTE_CLASS + r"]?[^\S\n]+)\Z")


_LOWER_WORD_AFTER = regex.compile(r"[^\S\n]\p{Ll}")
