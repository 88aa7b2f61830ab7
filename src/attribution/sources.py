"""Source mentions: finding the noun phrase that speaks, and naming its kind.

Shallow and lexical: a subject is read leftwards from its cue until a clause
boundary; appositives, titles, parentheticals and time adjuncts are handled
by the small tables in :mod:`attribution.default_lexicon`.
"""

from __future__ import annotations

import functools

import regex

from attribution import default_lexicon as en
from attribution.lexicon import (
    Lexicon,
    document_noun,
    family_names,
    given_names,
    lemma,
    name_genders,
    org_names,
    org_trades,
    person_noun,
    place_names,
)
from attribution.tokens import (
    CONCURRENT,
    PERCENT_TOKEN,
    WORD,
    marked_name,
    one_word,
    whole_word_in,
)

_LEADING_THE = regex.compile(r"^the\s+")
# a number with thousands separators is one token ("1,409 teachers"); UTF-8 read as
# Latin-1 leaves a sign after "Ã" or "Â" (composed or not) inside a word ("PeÃ±a", "JosÃ©"): no split
# "per cent" is one token, the word "percent" (`one_word`)
_TOKEN = regex.compile(PERCENT_TOKEN + r"|\d{1,3}(?:,\d{3})+\b|\w+(?:[’'.&/-]\w+|(?<=[ÃÂ\u0302\u0303])[\u00a1-\u00bf]\w*)*\.?|[’']s\b|[^\w\s]")
_WORD = regex.compile(r"\w")


@functools.lru_cache(maxsize=4096)
def _word_char(char: str) -> bool:
    return _WORD.match(char) is not None


def _is_word(token: str) -> bool:
    """Whether a token opens with a word character (a letter, a digit, a mark,
    "_"), as _WORD reads it: no punctuation. Read once per character, as a
    call to the pattern costs many times a lookup."""
    return _word_char(token[:1])


_MAX_WORDS = 12
# A subject that opens where the reading may begin (the sentence's start) may run
# longer: "Large majorities of voters in six states going to the polls on Tuesday said"
_LONG_WORDS = 20
# No subject, appositives included, reaches further back from its cue than this.
_LOOKBACK = 400
# Adjuncts before a verb are a few words long: look no further back than this.
_ADJUNCT_WINDOW = 60
_SHORT_WINDOW = 80
_MAX_APPOSITIVE_WORDS = 30
_VERBISH = frozenset(
    "is was were are be been has have had do does did will would can could should may might "
    "must said says say told tells".split()
)
_CLAUSE_LEADS = frozenset("of for from in at with on to by and but so then".split())
_FOCUS_ADVERBS = frozenset(
    "even still now meanwhile instead ultimately also perhaps yet again already "
    "moreover however nonetheless nevertheless indeed finally".split()
)
NUMBERS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands half most".split())
_DETERMINERS = frozenset("the a an this that these those his her their its our my your some many several two three four five one each both all any most".split())
_PREPOSITIONS = frozenset("of for from in at with on to by".split())
# the prepositions that place a person named before them: "workers in Seattle", "a nurse from Leeds"
_PLACE_PREPOSITIONS = frozenset(["in", "from"])
# Prepositions that name what a report is about, after an inverted cue's speaker and a
# comma: no description of the speaker ("added Ann Lee, about the budget")
_TOPIC_PREPOSITIONS = frozenset("about regarding concerning".split())
# Prepositions that open an adverbial, not a description: "Ann Lee, after the vote, said"
_ADJUNCT_PREPOSITIONS = frozenset(
    "after before during since despite amid following throughout until upon without among against through via".split()
)
# Words before an "-ing" word that make it a noun, as a possessive does: "another ranking", "Thursday’s meeting"
NOUN_MARKERS = _DETERMINERS | frozenset("another every no".split())
_MODALS = frozenset("will may can could would should must might shall".split())
# Quantifiers that stand alone for a group of people: "Several said", "Many say"
QUANTIFIER_PRONOUNS = frozenset("several many some most both few none neither".split())


# the rules that read a mention ask for the same stretch's tokens again and again
# (trimming it, then walking it): a tuple, which no caller can change for another
@functools.lru_cache(maxsize=1024)
def tokens(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    return tuple([(m.start(), m.end(), g if (g := m.group())[:1] not in "pP" else one_word(g))
                  for m in _TOKEN.finditer(text, start, end, False, CONCURRENT)])


def strip_adjuncts_right(text: str, start: int, end: int) -> int:
    """Move ``end`` left past time adjuncts, parentheticals and auxiliaries that
    stand between a subject and its verb ("Kyiv Post over the weekend")."""
    title_case = _title_case_cue(text, end)  # the cue's case, read once
    end = _before_aspect(text, start, end)
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        window = max(start, end - _ADJUNCT_WINDOW)
        form = _PARENTHETICAL_END.search(text, window, end, CONCURRENT)
        if form is not None:
            end = form.start()
            continue
        toks = tokens(text, window, end)
        if window > start and toks:
            toks = toks[1:]  # the first may be cut
        # an auxiliary is known by its lower case, unless the headline's title case
        # or the sentence's first word capitalises it ("Just ask him"); but a modal
        # right before the verb opens no sentence: "Will said", "May told" name someone
        any_case = title_case or (
            window == start and len(toks) == 1 and toks[0][2].lower() not in _MODALS)
        if title_case and _name_modal(text, toks, len(toks) - 1):
            return end
        stripped = _strip_adjunct(toks, any_case, ago=True)
        if stripped is None and toks and _LATER_AHEAD.match(text, end, end + 12):
            # "Lee a month | later said": the cue took the "later" its count of time goes with
            stripped = _ago_start(toks + ((end, end, "later"),))
        if stripped is None or _object_of_preposition(toks, stripped):
            return end
        end = stripped


def _object_of_preposition(toks: tuple[tuple[int, int, str], ...], stripped: int) -> bool:
    """Whether the time words stripped at ``stripped`` are the object of an "of" or a "from"
    before them, part of the subject's phrase, no adjunct: "A survey from last year said",
    "the minutes of last week's meeting"."""
    before = [w for s, e, w in toks if e <= stripped]
    return bool(before) and before[-1] in _OF_TIME_PREPOSITIONS


# the prepositions whose object a time may be inside a subject's phrase ("the poll from last month")
_OF_TIME_PREPOSITIONS = frozenset(["of", "from"])
_LATER_AHEAD = regex.compile(r"\s*(?:later|earlier)\b")
_PARENTHETICAL_END = regex.compile(
    r", (?:" + "|".join(regex.escape(p) for p in en.PARENTHETICALS) + r"),?\Z", regex.IGNORECASE
)
# A verb of beginning, going on or stopping before a cue in "-ing" ("kept talking about",
# "took turns urging"): the cue's, no part of its subject
ASPECT_VERBS = frozenset(
    "keep keeps kept start starts started begin begins began continue continues continued stop stops stopped".split())
_ASPECT_END = regex.compile(r"\s(?:" + "|".join(sorted(ASPECT_VERBS)) + r"|(?:take|takes|took|taking)\s+turns)\s*\Z")
_ING_AHEAD = regex.compile(r"\s*[a-z]+ing\b")
_ING_WINDOW = 40  # (a bounded match: the pattern would otherwise seek "ing" to the text's end)


def _before_aspect(text: str, start: int, end: int) -> int:
    """``end`` moved before a verb of aspect that stands right before a cue in "-ing"."""
    if _ING_AHEAD.match(text, end, end + _ING_WINDOW, CONCURRENT):
        aspect = _ASPECT_END.search(text, max(start, end - 20), end)
        if aspect is not None and aspect.start() > start:
            return aspect.start()
    return end


def _name_modal(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the capitalised modal at ``i``, last before the cue and after a
    capitalised word, ends a name in a title-case headline: the cue after it is
    no bare verb ("Theresa May Said", but "Lee May Say")."""
    if i != len(toks) - 1 or i <= 0 or toks[i][2].lower() not in en.NAME_AUXILIARIES or not toks[i - 1][2][0].isupper():
        return False
    cue = WORD.search(text, toks[i][1], toks[i][1] + 40)
    return cue is not None and lemma(cue.group().lower()) != cue.group().lower()


def _title_case_cue(text: str, pos: int) -> bool:
    """Whether the word after ``pos`` is capitalised: a cue in a title-case
    headline ("Lee Just Said"), where auxiliaries are capitalised too."""
    m = WORD.search(text, pos, pos + 40, CONCURRENT)
    return m is not None and m.group()[0].isupper()


def _strip_adjunct(toks: list[tuple[int, int, str]], any_case: bool = False, *,
                   auxiliaries: bool = True, ago: bool = False) -> int | None:
    """Where a trailing time adjunct or (with ``auxiliaries``) auxiliary starts, or None;
    with ``ago`` also a time counted back, before a verb ("The board long ago promised";
    after an inverted cue's appositive it is the aside's: "said Lee, an aide two years ago")."""
    if toks and toks[-1][2] == ",":
        return None  # ", in a statement,": a parenthetical, which the appositive reading takes
    if ago and toks and toks[-1][2] in ("ago", "later", "earlier"):
        counted = _ago_start(toks)
        if counted is not None:
            return counted
    occasion = _occasion_start(toks)
    if occasion is not None:
        return occasion
    # "on Monday", "over the weekend", "in December", "last week", "in an excerpt"
    last_words = [t[2].lower() for t in toks[-4:]]  # lowered once for the three lengths read
    for n in (4, 3, 2):
        if len(toks) > n:
            words = last_words[-n:]
            if n == 2 and words[0] == "in" and _number(toks[-3][2]):
                continue  # "six in 10 said": a share, not a time
            before = toks[-n - 1][2]
            if "," in words:
                continue  # "based in Hull, today": a comma closes the phrase before the time
            if before == "of" or before.lower() in _ARTICLES_BEFORE_TIME and len(toks) > n + 1 and toks[-n - 2][2] == "of":
                continue  # "the record of the past year suggests": the time is the object of "of", no adjunct
            if before.lower() in _DUE_WORDS and words[0] in _DUE_PREPOSITIONS:
                continue  # "A man due in court on Monday told": when one is due, the noun's, no verb's time
            if (document_noun(before) and not (n == 2 and words[0] == "on" and words[1] in en.DAY_NAMES)
                    or before in _PUBLISHED):
                # "a poll last week found", "a report released on Monday says": the time names the
                # document (but "the Kyiv Post on Monday said": a name's word, capitalised; and "the
                # report on Monday said": a day after "on" is the verb's)
                continue
            if words[0] in en.ADJUNCT_HEADS and (
                words[-1] in en.TIME_WORDS or words[-1].isdigit() or (words[0] == "in" and words[1] in ("a", "an"))
                or (words[1] in en.POSSESSIVE_PRONOUNS and words[-1] in _OCCASION_NOUNS)  # "in his speech"
                # "writes Lee in the book" after a name (but "the woman in the video": where she is seen;
                # "Entries in the diary", a sentence's first word: a text of it, no writer)
                or (words[1] == "the" and words[-1] in _OCCASION_NOUNS and before[:1].isupper() and _is_word(before)
                    and not document_noun(before.lower()))
            ):
                return toks[-n][0]
            if words[-1] in en.TIME_WORDS and all(w in en.TIME_WORDS or w in _TIME_MODIFIERS for w in words):
                return toks[-n][0]  # "Lee Sunday night said", "Lee later Thursday told"
            if " ".join(words) in _SET_ADJUNCTS:
                return toks[-n][0]  # "the report for the first time cited"
    possessed = _possessed_occasion_start(toks)
    if possessed is not None:
        return possessed  # "in his final State of the Union address": a longer "in his speech"
    if len(toks) > 1 and toks[-1][2].lower() in en.DAY_NAMES and toks[-1][2][0].isupper() and _bare_day(toks[-2][2]) and (
            not _day_ends_title(toks)):
        return toks[-1][0]  # "Ann Lee Thursday said", "the leading candidates Thursday lashed out"
    if toks and toks[-1][2] in _DEICTIC_DAYS:
        return toks[-1][0]  # "Northwind Analytics today announced", "the ministry yesterday said"
    if auxiliaries and toks:
        last = toks[-1][2].lower() if any_case else toks[-1][2]
        if last in en.AUXILIARIES or last in en.LINKING_VERBS:
            return toks[-1][0]  # "Ann May said" ends in a name; "the pilots remain | wary of": the pilots
    return None


# Days named from the day of writing, in lower case: before a verb they are its time
_DEICTIC_DAYS = frozenset("today yesterday tonight".split())
# Words that make a day's name part of a name of their own ("Super Tuesday", "Good Friday")
_DAY_NAME_WORDS = frozenset("super black good holy ash palm easter cyber bloody giving maundy shrove whit".split())


# Programmes whose titles end in a day's name ("Fox News Sunday"), by their words' count
_DAY_TITLES = {n: frozenset(t for t in en.BROADCAST_TITLES if len(t.split()) == n and t.split()[-1] in en.DAY_NAMES)
               for n in range(2, 5)}


def _day_ends_title(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the day's name that ends ``toks`` ends a programme's title ("Fox News Sunday
    reported"), no time between a subject and its verb ("CNN Sunday reported")."""
    return any(len(toks) >= n and " ".join(t[2] for t in toks[-n:]).lower() in titles for n, titles in _DAY_TITLES.items())


def _bare_day(before: str) -> bool:
    """Whether a day's name after ``before`` stands alone as a time between a
    subject and its verb: after a name's word or a noun for people, not after a
    document's or an occasion's noun ("His speech Tuesday", "a poll released
    Monday": the time is theirs), a word of time or a preposition (read above),
    nor in a day's own name ("Super Tuesday")."""
    low = before.lower()
    if not _is_word(before) or low in _DAY_NAME_WORDS or low in en.TIME_WORDS or low in _TIME_MODIFIERS:
        return False
    if document_noun(low) or low in _PUBLISHED or low in _OCCASION_NOUNS or low in _EVENT_NOUNS:
        return False
    if before[0].isupper():
        return before.isalpha() or before.endswith(".")
    return person_noun(low) or plural(low) and not low.endswith("ed")


def _ago_start(toks: list[tuple[int, int, str]]) -> int | None:
    """Where a trailing "... ago" or "... later" starts ("long ago", "less than
    two weeks ago", "just a year ago", "a month later"), or None; not after a
    document's noun, whose time names it ("a poll two weeks ago found", as "a poll
    last week")."""
    k = len(toks) - 1
    if k < 2 or toks[k - 1][2].lower() not in _AGO_UNITS:
        return None
    k -= 1
    while k > 1 and len(toks) - k < _AGO_WORDS and (
            toks[k - 1][2] in _AGO_AMOUNTS or _number(toks[k - 1][2]) and toks[k - 1][2][0].islower()
            or toks[k - 1][2].isdigit()):
        k -= 1
    if document_noun(toks[k - 1][2]) or toks[k - 1][2] in _PUBLISHED:
        return None
    return toks[k][0]


def _occasion_start(toks: list[tuple[int, int, str]]) -> int | None:
    """Where "during" and the occasion after a name start ("Lee during the second
    debate said", "said Lee during a visit to the dock"), or "at" and an event
    ("said Lee at a news conference"): the verb's, not the speaker's; None when a
    comma, a clause or a lower-case noun comes before ("Lee, an aide during the
    war", "delegates at the convention" are described)."""
    for k in range(len(toks) - 2, max(0, len(toks) - _OCCASION_WORDS) - 1, -1):
        word = toks[k][2]
        if word == "during" or word == "at" and toks[-1][2].lower() in _EVENT_NOUNS:
            before = toks[k - 1][2] if k else ""
            # ("said the captain at the presentation": a post after "the" is a speaker's whole mention)
            post = k == 2 and toks[0][2].lower() == "the" and before.lower() in en.PERSON_NOUNS
            return toks[k][0] if (before[:1].isupper() and _is_word(before) or before == ")" or post) and _bare(
                toks, k) else None
        if not _is_word(word) or word.lower() in en.CLAUSE_BOUNDARIES:
            return None
    return None


def _possessed_occasion_start(toks: list[tuple[int, int, str]]) -> int | None:
    """Where a preposition, a possessive pronoun and the occasion it names start at the end
    of ``toks``, however many words name the occasion ("in his final State of the Union
    address", "at their annual party conference"): the verb's, as "in his speech" is; None
    when a comma or a clause's boundary stands in it, or nothing stands before it."""
    if not toks or toks[-1][2].lower() not in _OCCASION_NOUNS and toks[-1][2].lower() not in _EVENT_NOUNS:
        return None
    for k in range(len(toks) - 2, max(1, len(toks) - _OCCASION_WORDS) - 1, -1):
        word = toks[k][2]
        if not _is_word(word) or word.lower() in en.CLAUSE_BOUNDARIES:
            return None
        if word.lower() in en.POSSESSIVE_PRONOUNS and k >= 2 and toks[k - 1][2].lower() in en.ADJUNCT_HEADS:
            return toks[k - 1][0]
    return None


def _bare(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the mention before ``k`` is no aside or clause: no comma or relative
    pronoun between it and the clause boundary or the stretch's start before it."""
    for j in range(k - 1, -1, -1):
        low = toks[j][2].lower()
        if low == "," or low in en.RELATIVE_PRONOUNS or low == "whose":
            return False
        if low in en.CLAUSE_BOUNDARIES:
            return True
    return True


_OCCASION_WORDS = 9
# What a speaker speaks at: "at a news conference", "at the rally"
_EVENT_NOUNS = frozenset(
    "conference rally debate event hearing meeting briefing forum summit ceremony dinner luncheon breakfast "
    "fundraiser gathering convention session roundtable interview speech address presentation".split())


# What "ago" counts back ("weeks ago", "long ago", "a generation ago") and the words of
# amount before it ("a few", "less than two", "just a", "a couple of")
_AGO_UNITS = en.TIME_WORDS | frozenset("long while generation generations century centuries".split())
_AGO_AMOUNTS = frozenset(
    "a an few couple of several many some less more than just only about nearly almost over dozen".split())
_AGO_WORDS = 7

# Set phrases of time that stand between a subject and its verb
_SET_ADJUNCTS = frozenset(["for the first time", "for the last time", "at one point", "at first", "at times"])
_PUBLISHED = frozenset("released conducted published issued filed reported taken out posted".split())


def _number(word: str) -> bool:
    return word[0].isdigit() or word.lower() in NUMBERS


# What a report is made in: "in his speech", "in her weekly column"; or a work of the
# writer's own ("writes Lee in her new novel", "sings Vos on her latest album")
_OCCASION_NOUNS = en.VEHICLE_NOUNS | en.SPOKEN_VEHICLE_NOUNS | frozenset(
    "address testimony book memoir speeches novel memoirs autobiography poem song album diary blog podcast"
    " newsletter foreword preface introduction afterword".split())
_TIME_MODIFIERS = frozenset("later earlier late early last this next".split())
# Articles that, after "of", make a time a noun phrase's own, no adjunct of the verb ("the
# record of the past year"; but "the last two weeks have signaled": the time is the subject)
_ARTICLES_BEFORE_TIME = frozenset("the a an".split())


def trim_mention(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A mention without the focus or sentence adverbs that open it ("even
    some allies", "Meanwhile Ann Lee"), an auxiliary contracted onto a lone
    pronoun ("He’s"), an imperative "let" ("Let me") or an
    impression with no subject ("Looks like someone"):
    they belong to the clause, as does a
    preposition that opens the sentence ("Alongside the union", "Like
    others"); None when such a preposition is all there is ("Despite
    complaints that ...": no one is named)."""
    toks = tokens(text, start, end)
    if toks and toks[0][2][0].isupper() and toks[0][2].lower() in _OPENING_PREPOSITIONS:
        if len(toks) == 1 or not _is_word(toks[1][2]):
            return None
        toks = toks[1:]
        start = toks[0][0]
    if len(toks) > 2 and toks[0][2] in ("like", "including") or len(toks) > 3 and toks[0][2] == "such" and toks[1][2] == "as":
        # "Others, like Devon James, 22, said": the walk from the age's comma stopped inside the
        # example that the words before it give; the mention is the example's name
        toks = toks[2:] if toks[0][2] == "such" else toks[1:]
        start = toks[0][0]
    if len(toks) > 1 and toks[0][2].lower() == "let" and _WORD.match(toks[1][2]):
        # "Let me say ...", "let voters decide": the imperative is the clause's, the one it lets speak the mention
        toks = toks[1:]
        start = toks[0][0]
    elif len(toks) > 2 and toks[0][2].lower() in _IMPRESSION_VERBS and toks[1][2].lower() == "like" and _WORD.match(toks[2][2]):
        # "Looks like someone told him ...": the impression is the clause's, not the mention's
        toks = toks[2:]
        start = toks[0][0]
    k = 0
    while k < len(toks) - 1 and toks[k][2].lower() in _FOCUS_ADVERBS and _is_word(toks[k + 1][2]):
        k += 1
    n = len(toks)
    while n - 1 > k and (toks[n - 1][2].lower() in _TRAILING_ADVERBS and (_is_word(toks[n - 2][2]) or toks[n - 2][2] == ")")
                         or toks[n - 1][2].lower() in ("all", "each") and (
                             toks[n - 2][2][0].isupper() or toks[n - 2][2] == ")" or plural(toks[n - 2][2]))):
        # "Lee and Roe both", "the mayor instead", "Lee, Roe and Ray all" (not "who started it all"),
        # "Lee and Roe (R-Va.) both": after a name's tag in brackets too
        n -= 1
    if n - k == 1 and (contracted := _CONTRACTION.search(toks[k][2], 0, None, CONCURRENT)) is not None and (
            toks[k][2][:contracted.start()].lower() in en.PRONOUNS):
        # "He’s already begun to ...", "She’s worked ... and says": the pronoun without the
        # auxiliary contracted onto it, whichever rule took it
        return toks[k][0], toks[k][0] + contracted.start()
    start, end = _unmatched_brackets_off(text, toks[k][0] if k else start, toks[n - 1][1] if n < len(toks) else end)
    return _picture_mark_off(text, start, end)


# Where the person stands in the picture beside the story, in brackets after the name: "Ann Lee
# (pictured) said", "(left)", "(pictured above)", "(inset)", "(file photo)", "(second right)"
_PICTURE_MARK = regex.compile(
    r"\(\s?(?:pictured(?:\s(?:left|right|centre|center|above|below|top|bottom|inset|here|in\s\d{4}))?"
    r"|(?:far\s|second\s|second\sfrom\s|top\s|bottom\s)?(?:left|right)|centre|center|inset|above|below|top|bottom"
    r"|main(?:\s(?:picture|photo|image))?|(?:file|stock)\s(?:photo|picture|image))\s?\)",
    regex.IGNORECASE)
# ... or set off by commas as an aside: "Ann Lee, pictured left, said"
_PICTURED_ASIDE = regex.compile(r",\s{1,2}pictured(?:\s(?:left|right|centre|center|above|below|top|bottom|inset|here))?")


def _picture_mark_off(text: str, start: int, end: int) -> tuple[int, int]:
    """A mention without the picture caption's mark after it ("Ann Lee (pictured)",
    "the mayor (left)", "Ann Lee, pictured left,"): it places the person in a
    photograph, it names no one."""
    if end - start < 4:
        return start, end
    if text[end - 1] != ")":
        comma = text.rfind(",", start, end)
        if comma > start and _PICTURED_ASIDE.fullmatch(text, comma, end) is not None:
            return start, comma
        return start, end
    opening = text.rfind("(", start, end)
    if opening <= start or _PICTURE_MARK.fullmatch(text, opening, end) is None:
        return start, end
    while opening > start and text[opening - 1].isspace():
        opening -= 1
    return (start, opening) if opening > start else (start, end)


_OPEN_TO_CLOSE = {"(": ")", "[": "]"}
_CLOSE_TO_OPEN = {")": "(", "]": "["}


def _unmatched_brackets_off(text: str, start: int, end: int) -> tuple[int, int]:
    """A mention without an opening bracket at its start that it never closes ("(The
    union said ...": the aside opens before the mention) nor a closing one at its end
    that it never opened ("a party activist) said")."""
    if end - start > 1 and text[start] in _OPEN_TO_CLOSE and text.find(_OPEN_TO_CLOSE[text[start]], start + 1, end) < 0:
        start += 1
        while start < end and text[start].isspace():
            start += 1
    if end - start > 1 and text[end - 1] in _CLOSE_TO_OPEN and text.find(_CLOSE_TO_OPEN[text[end - 1]], start, end - 1) < 0:
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


# Prepositions that, capitalised, open a sentence's adverbial, never a mention ("By" opens a
# passive's agent, "Among" a share of a group: "Among voters, most ...")
_OPENING_PREPOSITIONS = (_ADJUNCT_PREPOSITIONS - {"among"}) | frozenset(
    "besides along alongside like unlike under beyond within toward towards across around near".split())
# Verbs of impression that open a clause with "like" and no subject ("Looks like someone told him")
_IMPRESSION_VERBS = frozenset("looks seems sounds feels".split())
_TRAILING_ADVERBS = frozenset("instead however both too though themselves himself herself itself alone already".split())


def is_speaker(text: str, start: int, end: int, lexicon: Lexicon, *, strong: bool = False) -> bool:
    """Whether a phrase can speak: a name, a pronoun, or a noun that heads
    sources. After a ``strong`` cue ("said", "wrote") any determined noun
    phrase can ("the soldier said")."""
    phrase = text[start:end]
    key = ("strong speaker" if strong else "speaker", phrase)
    return lexicon.remembered(key, lambda: _is_speaker(phrase, lexicon, strong))


# A brand's one word that opens in lower case before a capital: "easyJet", "eBay", "iRobot"
_LOWER_CAMEL = regex.compile(r"\p{Ll}{1,5}\p{Lu}\p{Ll}[\p{L}\d]*")


def _is_speaker(text: str, lexicon: Lexicon, strong: bool) -> bool:
    start, end = 0, len(text)
    toks = [t for t in tokens(text, start, end) if _is_word(t[2])]
    if not toks:
        return False
    words = [t[2] for t in toks]
    last = words[-1].lower()
    if len(words) == 1 and last in en.PRONOUNS or words[-1] in en.OUTLET_LOWER_CASE_NAMES:
        return True  # (and an outlet that writes its name in lower case: "dpa reported", "the i reported")
    if strong and len(words) > 1 and words[0].lower() in _DETERMINERS | {"whose"} and last not in _DETERMINERS:
        return True
    if strong and len(words) == 1 and last.endswith("s") and last.isalpha() and last not in _DETERMINERS:
        return True  # a bare plural: "teachers added"
    if len(words) == 1 and last in QUANTIFIER_PRONOUNS:
        return True  # "Several said ...", "but few believe ...": a quantifier that stands for people
    if strong and _counted(words):
        return True  # "nine in 10 said", "46 percent of voters said", "at least 21,000 said"
    if strong and len(words) == 2 and words[0].lower() in _COUNTED_GROUP_LEADS and words[1].lower() in NUMBERS:
        return True  # "“...,” the two said", "all three wrote": a number that stands for people already named
    if words[0].isdigit() and ("%" in text[start:end] or "percent" in (w.lower() for w in words)):
        return True  # "42% say ...": a share of those polled
    if any(w[0].isupper() or _LOWER_CAMEL.fullmatch(w) for w in words) and not (len(words) == 1 and last in _DETERMINERS):
        return True  # (a brand's name in camel case after a lower-case opening is a name too: "easyJet", "eBay")
    head = head_word(words)
    if lexicon.speaker_share(head) >= 0.02:
        return True
    if len(words) > 1 and any(w.lower() in _PAST_ROLES for w in words[:-1]):
        return True  # "Lee will back Roe, former rival says": a noun a past role marks is a person's
    if strong and plural(head) and words[0][0].islower():
        return True  # "majorities in all five say", "lobbyists and former foes say": people in the plural
    if strong and head.endswith(_AGENT_PLURALS) and len(head) > 5:
        return True  # "other prominent bundlers in both parties said": people named by what they do
    if control_service([w.lower() for w in words[-2:]]):
        return True  # "air traffic control said": a public service by what it watches over
    return document_noun(head) or head in en.UNNAMED_NOUNS or head in en.OUTLET_NOUNS


def premodifier(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word before a noun can modify it ("recent polls",
    "staff members", "full-screen graphics"): no function word, adverb, or verb form."""
    low = word.lower()
    return (word.islower() and word.replace("-", "").isalpha() and len(low) > 2
            and low not in _PREMODIFIER_STOPS and low not in en.PRONOUNS and low not in en.OBJECT_PRONOUNS
            and low not in en.CLAUSE_BOUNDARIES and low not in en.AUXILIARIES
            and not low.endswith(("ly", "ed", "ing")) and not lexicon.rarely_in_sources(low))


_PREMODIFIER_STOPS = _VERBISH | _PREPOSITIONS | _CLAUSE_LEADS | _ADJUNCT_PREPOSITIONS | frozenset(
    "than as not also very too only just even about like who which whose what how why where when".split())


# determiners before a number word alone that stands for people ("the two", "all three")
_COUNTED_GROUP_LEADS = frozenset("the all these those".split())


def _counted(words: list[str]) -> bool:
    """Whether a phrase opens with a number, after any words that qualify it."""
    k = 0
    while k < len(words) - 1 and words[k].lower() in _NUMBER_QUALIFIERS:
        k += 1
    first = words[k].lower()
    # a fraction in words counts as a number does: "two-thirds say", "three-quarters of voters"
    return first[0].isdigit() or first in NUMBERS or first.partition("-")[0] in NUMBERS or words[0].lower() == "about"


_COMPARATIVES = frozenset("more less fewer".split())
_NUMBER_QUALIFIERS = frozenset("at least most nearly almost over roughly just only some about more less fewer than around under".split())


_AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ents")
_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "ee", "ees", "ant", "ants", "ent", "ents")


def _agent_plural(word: str) -> bool:
    """Whether a word as written is a plural of agency in small letters, people by what they do
    whether or not a table knows them ("dockers", "hauliers", "cyclists"; not "Sanders", a name,
    nor "payments")."""
    return plural(word) and len(word) > 5 and word.endswith(_AGENT_PLURALS) and not word.endswith("ments")


def can_report(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a mention can be the speaker of a relayed report: a speaker by
    :func:`is_speaker`, or a noun of agency ("the soldier", "the analysts")."""
    if is_speaker(text, start, end, lexicon):
        return True
    words = [t[2] for t in tokens(text, start, end) if _is_word(t[2])]
    head = head_word(words) if words else ""
    return head.endswith(_AGENT_SUFFIXES) and not head.endswith(("ment", "ments"))


# prepositions of where a noun's people are, whose object is no new subject
# (and what a noun's people made or lead: "the researchers behind the survey")
_WHERE_PREPOSITIONS = frozenset("across throughout around behind".split())
# prepositions of where someone stands or under whose flag, after the noun they go on:
# "Residents near the plant", "Farmers under the banner of the union", "Lawyers within the firm"
# (not "outside" nor "inside", adjectives as often: "outside analysts", "an inside source")
_STANDING_PREPOSITIONS = frozenset("near beside within under".split())
# The prepositions that end a head noun: those that attach a phrase, and those of where
# ("Airlines across the region", "Teachers throughout the county", "Farmers around the valley"),
# and "into", of what an inquiry looks at ("An inquiry into the collapse": the inquiry)
_HEAD_PREPOSITIONS = _PREPOSITIONS | _WHERE_PREPOSITIONS | _STANDING_PREPOSITIONS | frozenset(["into"])


_PLACE_ADVERBS_AFTER_HEAD = frozenset(["below", "above"])


def head_word(words: list[str]) -> str:
    """The head noun of a phrase: the last word before any "of"/"for" attachment
    or relative clause."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w in ("which", "who", "whose", "that") and i > 0 and not words[i].isupper() or 0 < i < len(low) - 1 and (
                w in GAP_SUBJECTS and low[i - 1] not in _DETERMINERS and (
                    _participle_form(low[i + 1]) or low[i + 1] in en.VERB_AUXILIARIES)) or 0 < i < len(low) - 1 and _participle_on_noun(
                low[i - 2] if i > 1 else "", words[i - 1], words[i]) and (words[i - 1].islower() or _opens_object(words[i + 1])
                                                                        or i == 1 and (person_noun(low[0]) or low[0] in en.UPROOTED_PEOPLE)) or (
                _gap_clause_at(words, low, i)):
            # (not "WHO", the health body); "the union representing nurses": the clause goes on its
            # head (but "A Reuters rolling poll", "ABC News polling" are a name's); and one with no
            # pronoun, its subject a pronoun: "Photographs he posted", "the data she cited", or a
            # name or noun phrase that ends with its verb: "the photo Ann Lee posted"; a plural of
            # people, capitalised only as the sentence's first word, before a bare noun: "Migrants
            # facing removal", "Workers seeking asylum"
            low = low[:i]
            break
    if len(low) > 2 and low[-1] in en.TIME_WORDS and low[-2] in _TIME_DETERMINERS and low[-3] not in _TIME_DETERMINERS and (
            low[-3] not in ("the", "a", "an")):
        low = low[:-2]  # "a poll this month", "the report last week": a time adjunct after the head
        if len(low) > 2 and _participle_form(low[-1]) and low[-2] not in _TIME_DETERMINERS:
            low = low[:-1]  # "a poll conducted last week": and the participle the time was of
    elif len(low) > 2 and low[-1] in en.TIME_WORDS and _participle_form(low[-2]) and low[-3] not in _HEAD_PREPOSITIONS:
        low = low[:-2]  # "data released Friday", "a report published Tuesday": a participle and its day
    if len(low) > 2 and low[-1] in _PLACE_ADVERBS_AFTER_HEAD:
        low = low[:-1]  # "the chart below", "the table above": where on the page, after the head
    if _named_body_before_head(words, low):
        return low[-1]
    if len(low) > 1 and _EDITION_YEAR.fullmatch(low[-1], 0, len(low[-1])) and document_noun(low[-2]):
        low = low[:-1]  # "the Health Report 2023", "the Annual Survey 2022-23": the year names the edition
    for i, w in enumerate(low):
        if w in _HEAD_PREPOSITIONS and i > 0:
            if w == "of" and low[i - 1] in QUANTITY_NOUNS and i + 1 < len(low) and not (i > 1 and low[i - 2] in _RULING_MODIFIERS):
                # ("the governing body of the sport", "the umbrella group of unions": a body that rules or joins, no count)
                continue  # "a wide array of economists": the head follows "of"
            if len(low) == len(words) and _inside_body_name(words, low, i):
                continue  # "Bank of Japan Governor Ken Sato": the body's name is the post's, the head is after
            if low[i - 1] in _POSTNOMINAL_ADJECTIVES and i > 1:
                return low[i - 2]  # "sources close to her": the noun before the adjective
            if w != "of" and i > 2 and low[i - 1] in _PARTICIPLE_PARTICLES and _participle_form(low[i - 2]):
                return low[i - 3]  # "a survey carried out by the firm", "a plan drawn up by aides"
            if w != "of" and i > 1 and _participle_form(low[i - 1]):
                # "a statement issued by the ministry", "a diary recovered from a soldier": the noun
                # before the participle ("doctors not involved in the trial": the noun before "not")
                return low[i - 3] if low[i - 2] == "not" and i > 2 else low[i - 2]
            if w == "by" and (k := _participle_before_time(low, i)) is not None:
                return low[k - 1]  # "A report published this week by the agency": the time is the participle's
            return low[i - 1]
    return low[-1]


def _gap_clause_at(words: list[str], low: list[str], i: int) -> bool:
    """Whether a relative clause with no pronoun opens at ``i`` after a common noun and runs to
    the phrase's end, its subject a name or a noun phrase and its verb in the past last: "the
    photo [Ann Lee posted]", "the report [the agency released]" (not "the head of the agency")."""
    last = _clause_last(low, i)
    if not 0 < i < last or not _past_form(words[last]) or not words[i - 1].isalpha() or not words[i - 1].islower():
        return False
    if low[i - 1] in _DETERMINERS or low[i - 1] in _HEAD_PREPOSITIONS or low[i - 1] in en.CLAUSE_BOUNDARIES:
        return False
    if words[i][:1].isupper() and low[i] not in _DETERMINERS:
        return all(w[:1].isupper() for w in words[i + 1:last])
    return low[i] in ("the", "a", "an") and i < last - 1 and all(
        w.isalpha() and w.islower() and w not in _HEAD_PREPOSITIONS for w in low[i + 1:last])


# the subjects of a relative clause with no pronoun inside a mention: "the data she cited"
GAP_SUBJECTS = frozenset("he she they we i".split())
# the particles of a phrasal participle after a noun: "a survey carried out by", "a plan drawn up by"
_PARTICIPLE_PARTICLES = frozenset(["out", "up", "down", "together"])


# a year, or a span of years, that names a report's edition after its noun: "2023", "2022-23"
_EDITION_YEAR = regex.compile(r"(?:19|20)\d\d(?:[-–](?:\d\d){1,2})?")


def _participle_before_time(low: list[str], i: int) -> int | None:
    """Where a participle stands before a time phrase of one to three words that ends
    right before ``i`` ("released Friday", "published this week", "released on Monday",
    "issued last month"), after a noun; None when there is none."""
    for k in (i - 2, i - 3, i - 4):
        if k > 0 and _participle_form(low[k]) and low[i - 1] in en.TIME_WORDS and all(
                w in _TIME_DETERMINERS or w in ("on", "in", "earlier", "late", "early") for w in low[k + 1:i - 1]):
            return k
    return None


# the small words inside a body's name in capitals: "Department of Health and Social Care"
NAME_JOINERS = frozenset("of for and the on".split())


def _named_body_before_head(words: list[str], low: list[str]) -> bool:
    """Whether a phrase ends in a noun for a person, a source or a document in lower case after
    a body's or a title's name in capitals that holds "of" or "for" ("A Department of Health
    and Social Care spokesperson", "a Ministry of Defence official", "a Department for Education
    source", "the State of the Climate report"): the name only modifies that noun, its head."""
    if len(words) < 4 or len(words) != len(low) or not words[-1].islower() or not (
            person_noun(low[-1]) or document_noun(low[-1]) or low[-1] in ("source", "sources")):
        return False
    inner = [k for k in range(1, len(words) - 1) if low[k] in ("of", "for")]
    if not inner or not words[inner[0] - 1][:1].isupper() or not any(w[:1].isupper() for w in words[inner[0] + 1:-1]):
        return False  # (no name after "of": "Relatives of the victim", capitalised only as a sentence opens)
    return all(w[:1].isupper() or w in NAME_JOINERS for w in words[inner[0] - 1:-1])


# the prepositions the adjectives that follow a noun take: "people aware of the talks"
_POSTNOMINAL_PREPOSITIONS = frozenset(["of", "with", "to"])


def _modifies_possessor(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` stands between a determiner and a noun that owns
    the mention's head: "the fire marshal's office", "a park ranger's report" (no verb stands
    right after a determiner, nor before a possessor)."""
    return 0 < i and i + 2 < len(toks) and toks[i - 1][2].lower() in _MODIFIED_DETERMINERS and (
        toks[i + 1][2].islower()) and toks[i + 1][2].endswith(_POSSESSIVE_MARKS) and _is_word(toks[i + 2][2])


def _postnominal_adjective(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` is an adjective after a noun that
    takes the preposition after it: "people aware of the matter said" (not
    "Lee is aware of it", where a verb stands before it)."""
    low = toks[i][2].lower()
    if low not in _POSTNOMINAL_ADJECTIVES or i == 0 or i + 1 >= len(toks):
        return False
    if toks[i + 1][2].lower() not in _POSTNOMINAL_PREPOSITIONS and not (
            low in _DUE_WORDS and toks[i + 1][2].lower() in _DUE_PREPOSITIONS):
        return False  # ("A man due in court", "a prisoner due for release": where or when one is expected)
    before = toks[i - 1][2]
    return before.isalpha() and before.lower() not in _NOT_NOUNS_BEFORE_ADJECTIVE


def _determined_adjective_before(toks: list[tuple[int, int, str]], i: int, lexicon: Lexicon) -> bool:
    """Whether an adjective, after a determiner or a possessor, stands right before
    the word at ``i``, the subject's last word or one before its aside's comma: a noun
    in "-ing" then ("the previous meeting said", "the board's annual meeting, held in
    May, showed"), as no verb's "-ing" follows "the" and an adjective (not before a
    name: "At the annual meeting Ann Lee said", where the phrase is the clause's)."""
    if i < 2 or i < len(toks) - 1 and toks[i + 1][2] != ",":
        return False
    modifier = toks[i - 1][2]
    if not _adjective(modifier, lexicon, loose=True) and not (
            # ... or a noun that names its kind or its day: "the board meeting", "a May hearing"
            modifier.isalpha() and modifier.lower() not in NOUN_MARKERS and modifier.lower() not in en.PRONOUNS
            and modifier.lower() not in _PREPOSITIONS):
        return False
    before = toks[i - 2][2]
    return before.lower() in NOUN_MARKERS and before.lower() != "that" or before.endswith(("’s", "'s"))


def _determined_document_of(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` is a noun of a text or record between a determiner
    and "of": "The minutes of the meeting showed", "the results of the audit
    found" (no verb stands right after "the"; "that" may open a relative clause)."""
    return (0 < i < len(toks) - 1 and document_noun(toks[i][2].lower()) and toks[i + 1][2].lower() == "of"
            and toks[i - 1][2].lower() in NOUN_MARKERS and toks[i - 1][2].lower() != "that")


# prepositions after a noun whose object may open with a bare word ("to" opens infinitives too)
_OBJECT_PREPOSITIONS = (_PREPOSITIONS - {"to"}) | frozenset(["into"])
_OBJECT_BARE_WORDS = 3  # how many bare words of that object are read: "into child sexual abuse"
# and those a participle on a text's noun takes too: "documents released under freedom of information laws"
_PARTICIPLE_PREPOSITIONS = _OBJECT_PREPOSITIONS | frozenset(["under", "through"])
# the prepositions that mark a participle on a text's noun whatever its verb ("a memo sent | to
# staff says"): a past of its own would take an object first ("the memo sent shockwaves")
_SENT_PREPOSITIONS = _PARTICIPLE_PREPOSITIONS | frozenset(["to"])


def _text_participle_before(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the preposition at ``i`` follows a participle on a noun of texts: "Emails
    released | under freedom of information laws", "Records obtained | through a request"
    (the participle's clause goes on the noun, and the walk goes on past it)."""
    # (a participle proper, not a past that is only one: "The bill went | through the Senate")
    before = toks[i - 1][2] if i > 1 else ""
    return before.islower() and (before.endswith("ed") or before in en.IRREGULAR_PARTICIPLES) and document_noun(toks[i - 2][2].lower())


def _preposition_object(toks: list[tuple[int, int, str]], i: int, *, determined: bool = False) -> bool:
    """Whether the lower-case word at ``i`` is one of the first bare words of a preposition's
    object right after a noun's preposition: "Campaigners for equal marriage said", "An inquiry
    into child sexual abuse found" (no verb stands right after "for" or "into", nor after its
    object's first bare word); when ``determined``, the object may open with an article:
    "Leaders of the nearby churches"."""
    if not (1 < i < len(toks) - 1 and toks[i][2].islower()):
        return False
    at = i - 1
    while at > i - _OBJECT_BARE_WORDS and at > 1 and toks[at][2] not in _PARTICIPLE_PREPOSITIONS and toks[at][2].isalpha() and (
            toks[at][2].islower() and toks[at][2] not in _NOT_HEADS and toks[at][2] not in en.CLAUSE_BOUNDARIES):
        at -= 1
    if determined and at > 1 and toks[at][2] in _ARTICLES_BEFORE_TIME and toks[at - 1][2] in _PARTICIPLE_PREPOSITIONS:
        at -= 1
    if toks[at][2] not in _PARTICIPLE_PREPOSITIONS or at < 1:
        return False
    if _text_participle_before(toks, at):
        at -= 1  # "Emails released under freedom of information laws show": the participle goes on a text's noun
    elif toks[at][2] not in _OBJECT_PREPOSITIONS:
        return False
    head = toks[at - 1][2]
    if not (head.isalpha() and (document_noun(head.lower()) or _people_by_part(head))):
        return False
    k = at - 2  # the head opens its phrase, after a determiner and an adjective at most
    if k >= 0 and toks[k][2].islower() and toks[k][2] not in NOUN_MARKERS and _is_word(toks[k][2]):
        k -= 1
    return k < 0 or not _is_word(toks[k][2]) or toks[k][2].lower() in NOUN_MARKERS


# words before an adjective that make it a predicate, not a noun's modifier
_NOT_NOUNS_BEFORE_ADJECTIVE = frozenset(
    "is are was were be been being am not well very fully so too more most less as also all only become became".split()
)


# The words that make a time word an adjunct after a noun ("a poll this month")
_TIME_DETERMINERS = frozenset(["this", "last", "next", "that", "each", "every"])
# Nouns that count what follows their "of", and adjectives that follow the noun they describe.
QUANTITY_NOUNS = frozenset(
    "array number group majority minority lot lots handful couple dozen dozens host series range variety "
    "set bunch pair plurality share percent majorities average body".split()
)
# Words before a quantity noun that make it a body which rules or joins others, no count of what follows its "of"
_RULING_MODIFIERS = frozenset("governing ruling regulatory supervisory advisory umbrella parent".split())
_POSTNOMINAL_ADJECTIVES = frozenset(
    "close closest familiar aware privy loyal opposed allied aligned sympathetic critical connected friendly hostile near due".split()
)
# the prepositions "due" takes after its noun, of where or when one is expected
_DUE_PREPOSITIONS = frozenset("in at on before for back".split())


def subject(text: str, lo: int, hi: int, lexicon: Lexicon, *, strong: bool = False) -> tuple[int, int] | None:
    """The subject phrase that ends at ``hi`` (after adjuncts are stripped),
    read leftwards no further than ``lo``; None when there is none."""
    found = _subject(text, lo, hi, lexicon, strong=strong)
    if found is not None and text[found[0]].islower():
        return _name_before_open_appositive(text, lo, found, lexicon) or found
    return found


def _subject(text: str, lo: int, hi: int, lexicon: Lexicon, *, strong: bool = False) -> tuple[int, int] | None:
    # both readings strip the same adjuncts from the same end: strip them once
    lo = max(lo, hi - _LOOKBACK)
    end = strip_adjuncts_right(text, lo, hi)
    found = _walked_stripped(text, lo, end, lexicon, strong)
    if found is None and strong:  # after a sure cue only: "Activists trying to block it say"
        found = _relative_stripped(text, lo, end, lexicon, strong)
    if found is not None and end < hi and found[1] >= end - 1:
        titled = sunday_title(text, found, hi, lexicon)
        if titled != found:
            return titled  # "The Mail on Sunday reported": its Sunday edition, no day
        found = found[0], _with_clause_time(text, found, hi)
    return found


# "on Sunday" after a paper's name may finish the name of its Sunday edition: "told the Mail on
# Sunday" (not "told Reuters on Sunday", a day)
_ON_SUNDAY = regex.compile(r"[^\S\n]+on[^\S\n]+Sunday\b")
# a possessive inside a name, its owner's: "CBS' Face the Nation", "NBC's Today"
# a day in capitals at a name's end and the part of the day after it: "Fox News | Sunday night"
_DAY_THEN_PART = regex.compile(
    r"[^\S\n]+(" + "|".join(d.capitalize() for d in en.DAY_NAMES) + r")[^\S\n]+(?:morning|afternoon|evening|night)\b")
_DAY_PART_CHARS = 10
_OWNER_INSIDE = regex.compile(r"\w[’'](?:s\b|(?=\s))")


def sunday_title(text: str, span: tuple[int, int], limit: int, lexicon: Lexicon) -> tuple[int, int]:
    """``span``, run on over an "on Sunday" after it (before ``limit``) when the two make an
    outlet's name ("the Mail on Sunday"); cut before a day that ends it when a part of the day
    follows, which makes the day the time it was said ("told Fox News | Sunday night", though
    "Fox News Sunday" alone is the programme)."""
    if (day := _DAY_THEN_PART.search(text, span[0], min(limit, span[1] + _DAY_PART_CHARS))) is not None and day.end(1) == span[1]:
        return span[0], day.start()
    m = _ON_SUNDAY.match(text, span[1], limit)
    # (a name's last word is capitalised: not "told state television on Sunday", a day; and an
    # owner's show is no paper's edition: "told CBS' Face the Nation on Sunday", a day too)
    last = text[span[0]:span[1]].rsplit(None, 1)[-1:]
    if m is not None and last and last[0][:1].isupper() and _OWNER_INSIDE.search(text, *span) is None and kind(
            text, span[0], m.end(), lexicon) == "outlet":
        return span[0], m.end()
    return span


def _with_clause_time(text: str, found: tuple[int, int], hi: int) -> int:
    """Where a subject ends that holds a clause of its own, a relative clause or a
    participle after its noun, with the time that closes that clause, which
    stripping read as the main verb's: "Pilots who flew the route last year
    say", "A report released by the trust last year estimated" (annotators
    keep such a time with the clause; "The mayor on Thursday said" has none)."""
    if _CLAUSE_IN_MENTION.search(text, found[0], found[1]) is None and not ends_in_stranded_preposition(text, *found):
        return found[1]  # (a clause with no "who" or "that": "Teachers I spoke to last month say")
    aux = _AUXILIARY_TAIL.search(text, found[1], hi)
    stop = aux.start() if aux is not None else hi
    while stop > found[1] and text[stop - 1] in " ,":
        stop -= 1
    if "," in text[found[1]:stop]:
        return found[1]  # "Lee, who chairs the board, on Sunday said": the comma closed the clause
    cut = stop
    while cut > found[1] + 1:
        window = max(found[0], cut - _ADJUNCT_WINDOW)
        toks = tokens(text, window, cut)
        nxt = _strip_adjunct(toks[1:] if window > found[0] and toks else toks, auxiliaries=False, ago=True)
        if nxt is None or nxt >= cut or nxt < found[1]:
            return found[1]  # more than a time between the clause and the verb
        cut = nxt
        while cut > found[1] and text[cut - 1].isspace():
            cut -= 1
    return stop


# the preposition of a means right before a noun phrase, which is then no subject
_MEANS_BEFORE = regex.compile(r"(?<![\w’'-])(?:through|via)[^\S\n]+\Z")


def after_means(text: str, lo: int, span: tuple[int, int]) -> bool:
    """Whether a noun phrase stands right after "through" or "via", the object of the means a
    longer subject was had or sent by ("A memo obtained through | a lawsuit shows"): no subject."""
    return _MEANS_BEFORE.search(text, max(lo, span[0] - 10), span[0], CONCURRENT) is not None


# A clause inside a mention: a relative pronoun, or a participle in "-ed" after the first word
_CLAUSE_IN_MENTION = regex.compile(r"\b(?:who|that|which|whom)\b|(?<=\w[^\S\n]+)[a-z]{3,}ed\b")
# Auxiliaries and adverbs between a subject's time and its verb: "... last year has publicly"
_AUXILIARY_TAIL = regex.compile(
    r"(?:[^\S\n]+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|does|did|do"
    r"|also|now|still|just|already|not|never|[a-z]+ly))+[^\S\n]*\Z")


# The opening comma of an appositive the walk stopped at: ", the chairman of the board"
_COMMA_BEFORE = regex.compile(r",\s*\Z")
# What may stand before a name that opens a clause: nothing, or a quotation's close ("“...,” Ann Lee, ...")
_AFTER_QUOTATION = regex.compile(r"(?:[”\"]|,[”\"]|'')\s*\Z")


_NOT_NAME_OPENERS = _PREPOSITIONS | _ADJUNCT_PREPOSITIONS | en.CLAUSE_BOUNDARIES | frozenset(["like", "unlike"])


def _name_before_open_appositive(text: str, lo: int, found: tuple[int, int], lexicon: Lexicon) -> tuple[int, int] | None:
    """"Ann Lee, the chairman of the board said": a full name that opens the clause
    before an appositive whose closing comma the copy left out, with the appositive
    the walk read (a description: "the", "a", "an", a title or a word for people).
    The name and its appositive together; None otherwise."""
    comma = _COMMA_BEFORE.search(text, max(lo, found[0] - 4), found[0], CONCURRENT)
    if comma is None:
        return None
    first = WORD.search(text, found[0], found[1])
    low = first.group().lower() if first is not None else ""
    if low not in ("the", "a", "an") and low not in en.TITLES and (
            lexicon.speaker_share(low) <= 0 or plural(low) or low in en.PRONOUNS or low in _NOT_IN_NOUN_PHRASE):
        return None  # ("Lee, officials said": a parenthetical report, no appositive)
    name = _subject(text, lo, comma.start(), lexicon)
    if name is None or name[1] != comma.start() or text[lo:name[0]].strip() and not _AFTER_QUOTATION.search(
            text, max(lo, name[0] - 4), name[0]):
        return None  # (the name opens the clause, or follows the quotation it trails: "“...,” Ann Lee, the ...")
    words = text[name[0]:name[1]].split()
    if not 2 <= len(words) <= 4 or not all(w[0].isupper() for w in words) or any(
            w.lower().strip(".,") in en.TIME_WORDS for w in words) or words[0].lower() in _NOT_NAME_OPENERS:
        return None
    return name[0], found[1]


# a quantifier floated after a mark that closes an aside, right before the cue: "..., both said"
_FLOATING_QUANTIFIER = regex.compile(r"(?:,|[—–]|\s-{1,2})\s{1,3}(both|all|each)\Z")
# A relative clause inside a subject is at most this many words long (the wire's "An official
# who asked not to be named because he was not authorised to speak to the media said" has 16).
_RELATIVE_WORDS = 20


# adjectives of what is to come to a person, whose infinitive goes on the noun before them as a
# participle's clause does: "One of the men due to be removed said", "A man due to appear in
# court told" (the walk reads the others: _infinitive_on_noun)
_DUE_WORDS = frozenset(["due"])
# words of what is to come, or of who was picked for it, whose infinitive goes on the noun before
# them: "The official set to lead the talks said", "A man expected to testify told", "the envoy
# chosen to lead the team"
PROSPECT_WORDS = _DUE_WORDS | frozenset(
    "set expected poised about scheduled slated likely unlikely ready able unable willing eager keen "
    "chosen picked tapped nominated appointed".split())


def _relative_subject(text: str, lo: int, hi: int, lexicon: Lexicon, strong: bool) -> tuple[int, int] | None:
    """A subject with a relative clause between its noun and the cue, where the
    leftward walk stops: "The officials whose laws were struck down say",
    "Activists trying to block the plan say". The noun phrase and its clause."""
    lo = max(lo, hi - _LOOKBACK)
    return _relative_stripped(text, lo, strip_adjuncts_right(text, lo, hi), lexicon, strong)


def _relative_stripped(text: str, lo: int, hi: int, lexicon: Lexicon, strong: bool) -> tuple[int, int] | None:
    """_relative_subject with ``lo`` bounded and the adjuncts before ``hi`` stripped."""
    toks = tokens(text, max(lo, hi - _SHORT_WINDOW * 2), hi)
    for k in range(len(toks) - 1, max(0, len(toks) - _RELATIVE_WORDS) - 1, -1):
        w = toks[k][2]
        low = w.lower()
        if low == "and" and 0 < k < len(toks) - 1 and toks[k - 1][2][:1].isupper() and toks[k + 1][2][:1].isupper():
            continue  # "who backed Roe and Lee": names joined inside the clause
        if not _is_word(w) or low in ("and", "but") or low in _VERBISH and k == len(toks) - 1:
            return None  # punctuation or a coordinator ends the search; "... is said": no subject here
        # ("during", "following": a preposition, no participle)
        reduced = w.islower() and low.endswith("ing") and len(low) > 5 and low not in _ADJUNCT_PREPOSITIONS or (
            low in _DUE_WORDS and k + 1 < len(toks) and toks[k + 1][2] == "to")  # "A man due to be deported"
        if w != "whose" and not _relative_who(w) and not reduced or reduced and k == len(toks) - 1:
            continue  # (an "-ing" noun may end the clause: "the night crossing")
        if k == 0 or k == len(toks) - 1:
            return None  # "a nominee who is expected": "who" is the subject itself
        before = toks[k - 1][2]
        if reduced and not (before[0].isupper() or plural(before) or lexicon.speaker_share(before.lower()) > 0):
            if before in en.VERB_AUXILIARIES:
                continue  # "who would rather be campaigning": a verb inside the clause, its "who" further back
            return None  # "began taking": a verb phrase, not a noun and its clause
        noun = _walked_subject(text, lo, toks[k - 1][1], lexicon, strong)
        if noun is None or noun[1] != toks[k - 1][1]:
            return None
        return noun[0], hi
    return None


def _walked_subject(text: str, lo: int, hi: int, lexicon: Lexicon, strong: bool) -> tuple[int, int] | None:
    lo = max(lo, hi - _LOOKBACK)
    return _walked_stripped(text, lo, strip_adjuncts_right(text, lo, hi), lexicon, strong)


def _walked_stripped(text: str, lo: int, hi: int, lexicon: Lexicon, strong: bool) -> tuple[int, int] | None:
    """_walked_subject with ``lo`` bounded and the adjuncts before ``hi`` stripped."""
    if hi <= lo:
        return None
    floating = _FLOATING_QUANTIFIER.search(text, max(lo, hi - 12), hi)
    if floating is not None and floating.start(1) > lo:
        # "The pilots - whose union was strong - both said", "Two pilots, Lee and Roe, both said": a
        # quantifier floated after an aside; the subject is read before it, with its aside
        found = _walked_stripped(text, lo, floating.start(1) - 1, lexicon, strong) if text[floating.start(1) - 1] == " " else None
        if found is not None:
            return found
    stranded = _STRANDED_PREPOSITION.search(text, max(lo, hi - _STRANDED_REACH), hi, CONCURRENT)
    if stranded is not None and stranded.start(1) > lo:
        # "Residents we talked to say": a clause with no "who" or "that" whose preposition
        # has no object after it; the noun and its clause are the mention
        found = _walked_stripped(text, lo, stranded.start(1) - 1, lexicon, strong) if text[stranded.start(1) - 1] == " " else None
        if found is not None and found[1] == stranded.start(1) - 1:
            return found[0], hi
    seg = text[lo:hi]
    closing = _CLOSING_AFTER_COMMA.search(seg, 0, None, CONCURRENT)
    if closing is not None:
        # "Ann Lee, the author of “Tides,” said": a title quoted at the appositive's end,
        # the comma inside its marks; the mention keeps the closing mark
        # "Lee, who calls the plan a “disaster,” said": the aside a relative clause, the
        # name alone the mention, as before an aside with no quotation
        found = _appositive(text, lo, lo + closing.start() + 1, lexicon, strong, quoted=True)
        if found is None or found[1] > lo + closing.start():
            return None
        return (found[0], hi) if found[1] == lo + closing.start() else found
    if seg.endswith(","):
        found = _appositive(text, lo, hi, lexicon, strong) or _appositive_chain(text, lo, hi, lexicon, strong)
        if found is None and text.rfind(",", lo, hi - 1) < 0:
            # "Sen. Jack Reed (D-R.I.), said": a stray comma after the name
            return _subject(text, lo, hi - 1, lexicon, strong=strong)
        return found
    if seg.endswith(("—", "–", "--", " -")):
        # "Joyce — who is listed as an attorney — told": the name before the dashes
        # (copy that has lost its dashes sets the aside off with spaced hyphens: "Joyce - ... - told")
        dash = max(seg.rfind(d, 0, len(seg.rstrip("—–-")) - 1) for d in ("—", "–", " -- ", " - "))
        if dash <= 0:
            return None
        name = _subject(text, lo, lo + dash, lexicon, strong=strong)
        aside_end = lo + len(seg.rstrip("—–- "))
        opening = lo + dash + (4 if seg.startswith(" -- ", dash) else 3 if seg.startswith(" - ", dash) else 1)
        aside = tokens(text, opening, aside_end)
        if name is not None and _describes(aside) and not text[name[1]:lo + dash].strip():
            # "Jason Sims — a teacher from Ohio — says": the aside describes the name
            return name[0], aside_end
        return name
    # most subjects are short: read a short window first, the whole lookback
    # only when the walk runs off its edge
    for window in (_SHORT_WINDOW, _LOOKBACK):
        w_lo = max(lo, hi - window)
        toks = tokens(text, w_lo, hi)
        if w_lo > lo and toks:
            toks = toks[1:]  # the first may be cut
        start, edge = _walk_left(text, toks, lexicon, long=w_lo == lo)
        if start is False and not (edge and window == _SHORT_WINDOW):
            return None
        if not edge or w_lo == lo:
            break
    if start is None:
        return None
    opened = next((k for k, t in enumerate(toks) if t[0] >= start), 0)
    before = toks[opened - 1][2] if opened > 0 else ""  # what the walk stopped at
    if _inside_relative(toks, opened):
        # "Voters who watched the debate said": the walk stopped inside a relative
        # clause; the subject is the noun and its clause
        return _relative_subject(text, lo, hi, lexicon, strong)
    toks = toks[opened:]
    # a leading preposition or conjunction belongs to the clause, not the subject
    led = False
    lead_word = ""
    lead_start = toks[0][0] if toks else hi
    while toks and toks[0][2].lower() in _CLAUSE_LEADS and not (
            len(toks) > 1 and toks[0][2].lower() == "at" and toks[1][2].lower() in ("least", "most")):
        lead_word = toks[0][2].lower()
        toks, led = toks[1:], True
    comma = next((k for k, t in enumerate(toks[:5]) if t[2] == ","), None) if led else None
    if comma is not None:
        toks = toks[comma + 1:]  # "In Ohio, Lee and Roe said": the place is the clause's
    elif lead_word in _PREPOSITIONS and len(toks) > 1 and (toks[-1][2].lower() in _SUBJECT_PRONOUNS or toks[-1][2] == "it"):
        toks = toks[-1:]  # "Although in September she said", "In a statement it said": the pronoun after it is the subject
    elif lead_word in _PREPOSITIONS:
        opened_after = _after_fronted_phrase(toks) if strong and lead_word != "to" and _opens_clause(text, lo, lead_start) else None
        if opened_after is None:
            return None  # "the about-face on the regime in Damascus worries": the walk stopped inside the subject
        # "In a radio interview the mayor declared": after a sure cue, a phrase fronted with
        # no comma is the clause's ("to" opens an infinitive, no such phrase)
        toks = toks[opened_after:]
    if len(toks) > 1 and toks[0][2].lower() in _TIME_LEADS:
        time_start = toks[0][0]
        toks = toks[_fronted_time_words(toks):]  # "This year the mayor spoke": the time is the clause's
        toks = _past_timed_phrase(text, lo, time_start, toks, strong and not led) or toks
    elif (len(toks) > 2 and not led and toks[0][2].lower() in en.DAY_NAMES and toks[0][2][0].isupper()
          and toks[1][2] in _PREPOSITIONS):
        # "Saturday at the convention Sen. Lee said": the day and the phrase are the clause's
        toks = _past_timed_phrase(text, lo, toks[0][0], toks[1:], strong) or toks
    if not toks:
        return None
    # "a probe the agency said was ongoing": a relative clause with no "who" or "that"
    bare = _bare_relative(toks, lexicon, before)
    if bare is not None:
        toks = toks[bare:]
    start = toks[0][0]
    last = toks[-1][2].lower()
    contracted = _CONTRACTION.search(last, 0, None, CONCURRENT)
    if contracted is not None and last[:contracted.start()] in en.PRONOUNS:
        # "he’s predicting", "they’re", "we’ve", "I'd": the pronoun without its auxiliary
        hi -= len(contracted.group())
        toks = list(tokens(text, start, hi))
    if len(toks) > 1 and toks[-1][2].lower() in en.PRONOUNS and toks[-2][2] not in ("’s", "'s") and not (
            toks[-1][2] in en.OUTLET_LOWER_CASE_NAMES and toks[-2][2].lower() == "the") and not (  # ("the i": the paper)
            toks[-1][2] == "He" and toks[-2][2].lower() in family_names() and toks[-2][2][1:].islower()):
        # ("Vice Premier Liu He said": a given name after a family name, no pronoun)
        start = toks[-1][0]  # "September 27 they": the pronoun is the subject
        toks = toks[-1:]
    modified = _possessed_modifiers(toks, lexicon)
    if modified is not None:
        # "Lee's controversial pledge", "Lee's fiery vows": the cue is the possessed noun, the
        # words before it its modifiers; the possessor is the mention
        hi = toks[modified - 1][1]
        toks = toks[:modified]
    verb = _finite_verb_after_name(toks, lexicon)
    if verb == len(toks) - 1 and (after := _WORD_AFTER.match(text, hi, hi + _WORD_AFTER_REACH)) and _past_form(after.group(1)):
        # "Weather forecasts showed": a form in "-s" right before a verb in the past is no verb
        # (no two finite verbs stand in a row) but the head noun of that verb's subject
        verb = None
    if verb is not None:
        # "Lee struck many of the same notes, saying", "Lee also made these claims": the
        # walk went past the name's own verb; the name is the mention
        hi = toks[verb - 1][1]
        toks = toks[:verb]
    if _modifiers_only(toks, lexicon):
        return None  # "The most telling promise", "his recent claim": the cue is the noun, no verb
    first = toks[0][2]
    if first.endswith("ing") and (first.islower() or len(toks) > 1 and toks[1][2] in _DETERMINERS) and not (
            len(toks) > 1 and _modifies_noun(toks[1][2])) and not (
            len(toks) > 1 and first.lower() in _TITLE_PARTICIPLES and toks[1][2][:1].isupper()):
        # "putting out a video showing ...", "Adopting the plan of ...": a clause, not a subject
        # ("acting Mayor Ann Lee said", "outgoing Senator Roe": a title's participle before a title)
        return None
    if first in en.IRREGULAR_PARTICIPLES and len(toks) > 1 and toks[1][2][:1].isupper():
        # "She had never seen Tom Roe threaten anyone": a participle and its object, no subject
        return None
    if not is_speaker(text, start, hi, lexicon, strong=strong):
        return None
    return start, hi


# the word right after a subject: its verb ("Bank forecasts | showed")
_WORD_AFTER = regex.compile(r"[^\S\n]+([\w’'-]+)")
_WORD_AFTER_REACH = 24


def _finite_verb_after_name(toks: list[tuple[int, int, str]], lexicon: Lexicon) -> int | None:
    """Where a name's own verb starts inside the phrase a walk took: a past form
    before a determiner or quantifier of its object ("Lee made these claims", "Lee
    deflected numerous questions"), or "also" or an adverb in "-ly" before a verb
    ("Lee also struck"), or a present form in "-s" after a singular noun that heads no
    mention, before its object ("The charter makes no mention"); None when there is
    none (not a participle after a plural, "Democratic registered voters",
    "Cuban-Americans polled"), or when that verb takes a clause, its object a report's
    source ("Lee recently revealed its polling shows")."""
    for j in range(1, min(len(toks) - 1, _FINITE_WORDS)):
        prev, word, after = toks[j - 1][2], toks[j][2], toks[j + 1][2]
        if (word.islower() and prev.isalpha() and prev.islower() and not plural(prev) and j > 1
                and after in _VERB_OBJECT_OPENERS and _present_verb(word, lexicon)
                and lexicon.speaker_share(prev) < _MODIFIER_SHARE and lemma(word) not in en.THAT_VERBS):
            return j  # "The new charter makes no mention of": a noun's own verb in -s before its object
        if not word.islower() or not prev[:1].isupper() or not _is_word(prev) or prev.lower() in _NAME_OPENERS:
            continue
        if after in _VERB_OBJECT_OPENERS and (_past_form(word) or toks[0][2].lower() not in _NAME_OPENERS
                                               and _present_verb(word, lexicon)):
            verb = word  # ("Lee holds little hope": a present form after a name that opens the phrase)
        elif (word in _VERB_ADVERBS or len(word) > 5 and en.ly_adverb(word)) and _past_form(after):
            verb = after  # ("Lee and Roe both campaigned on": a floating quantifier is the clause's too)
        else:
            continue
        return None if lemma(verb) in en.THAT_VERBS else j
    if len(toks) > 1 and toks[0][2].lower() not in _NAME_OPENERS and _present_verb(toks[-1][2], lexicon) and (
            toks[-2][2][:1].isupper() and _is_word(toks[-2][2])):
        return len(toks) - 1  # "Ms. Lee avoids | discussing": a present form after a name that opens the phrase
    return None


def _present_verb(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word in "-s" is a verb's present form, one the tables
    weigh as a cue's and no noun of people ("avoids", "devotes"; not "supporters")."""
    return (word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")
            and lexicon.speaker_share(word) < _MODIFIER_SHARE and lexicon.form_prior(word) >= _PRESENT_PRIOR)


_PRESENT_PRIOR = 0.1


def _past_form(word: str) -> bool:
    return word.islower() and (word.endswith("ed") and len(word) > 4 or word in en.IRREGULAR_PASTS)


def _past_verb_next(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token at ``k`` is a verb in the past, or one after a day ("on Tuesday
    staged"): what a subject did (a past the same as its bare form too: "The fund cut rates")."""
    if k + 2 < len(toks) and toks[k][2] == "on" and toks[k + 1][2].lower() in en.DAY_NAMES:
        k += 2
    return k < len(toks) and (_past_form(toks[k][2]) or toks[k][2] in en.BARE_FORM_PASTS)


_FINITE_WORDS = 8
# Words that open a verb's object or particle, not a noun's complement: "Lee spells out the
# plan", "Frank teases the board"
_OBJECT_OPENERS = frozenset("out up off down back the a an his her their its".split())
# Quantifiers that open a verb's object: "devotes much of", "casts many", "leaves no"
_OBJECT_QUANTIFIERS = frozenset("much many numerous several no".split())
# What follows a name's own verb, not a participle: the openers above and, where the verb is
# known (no plural noun, "officials this week"), a demonstrative or "little" ("made these
# claims", "holds little hope")
_VERB_OBJECT_OPENERS = _OBJECT_OPENERS | _OBJECT_QUANTIFIERS | frozenset("these those this little".split())
_VERB_ADVERBS = frozenset("also both all each".split())
# Capitalised words that open a phrase, no name: "A flabbergasted Lee", "Some miffed voters"
_NAME_OPENERS = _DETERMINERS | QUANTIFIER_PRONOUNS | frozenset("no every another".split())


def _possessed_modifiers(toks: list[tuple[int, int, str]], lexicon: Lexicon) -> int | None:
    """Where the words after the possessive that opens a phrase start, when
    they are all adjectives that head no mention ("recent", "controversial",
    "fire-breathing"), not a possessed noun ("Lee's aides", "the group's
    existence"); None otherwise."""
    k = next((i for i in range(len(toks) - 1, -1, -1) if toks[i][2].endswith(("’s", "'s"))), None)
    if k is None or k + 1 >= len(toks) or toks[k][2][:-2].lower() in _CONTRACTED_SUBJECTS:
        return None  # ("He's a pilot": a pronoun and its verb)
    if any(t[2].lower() in _PREPOSITIONS or t[2].islower() and t[2] in _VERBISH for t in toks[:k]):
        return None  # "a poll conducted by voters in Saturday's primary": the possessive is inside the phrase
    # (a document's noun heads one whatever its ending: "the coroner's inquest", "the board's proposal")
    if all(w.islower() and (w.endswith(_ADJECTIVE_ENDINGS) and not w.endswith("ment") or "-" in w) and not plural(w)
           and lexicon.speaker_share(w) < _MODIFIER_SHARE and not _hyphenated_post(w) and not document_noun(w)
           for _s, _e, w in toks[k + 1:]):
        return k + 1
    return None


def _hyphenated_post(low: str) -> bool:
    """Whether a hyphenated lower-case word names a post, a noun and no modifier: one that
    opens with a noun for people ("director-general", "editor-in-chief", "president-elect"),
    or a prefix of rank before one ("co-founder", "vice-chairman"; not "pro-worker")."""
    parts = low.split("-")
    return len(parts) > 1 and (person_noun(parts[0]) or parts[0] in _POST_PREFIXES and person_noun(parts[-1]))


# prefixes of rank before a noun for people: "co-founder", "vice-president", "ex-minister"
_POST_PREFIXES = frozenset("co vice ex deputy acting former".split())


# A word after a possessive that heads mentions less often than this is the possessed noun's modifier
_MODIFIER_SHARE = 0.02
_ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ful", "less", "ic", "ent", "ant", "ing", "ed", "ish", "able", "ible", "est")
_CONTRACTED_SUBJECTS = frozenset("he she it that there here what who where how".split())


def _modifiers_only(toks: list[tuple[int, int, str]], lexicon: Lexicon) -> bool:
    """Whether a phrase is a determiner and adjectives with no noun ("The new",
    "his most recent", "the much-anticipated"): the noun they modify was taken
    for a verb."""
    if not 1 < len(toks) <= 4 or toks[0][2].lower() not in _MODIFIED_DETERMINERS:
        return False
    # (one word alone is read strictly: "the admiral", "the cable", "the initiative" are nouns)
    return all(_adjective(w, lexicon, loose=len(toks) > 2) for _s, _e, w in toks[1:])


_MODIFIED_DETERMINERS = frozenset("the a an his her their its our my your this these those one another".split())
# Adjectives too short or plain for an ending to show them
_PLAIN_ADJECTIVES = frozenset("new old recent latest grim vain most more least much same other".split())
# Endings of adjectives that seldom end nouns ("debunked", "latest"), and of those that often do too
_ADJECTIVE_ENDS = ("ed", "est")
_LOOSE_ADJECTIVE_ENDS = ("al", "ous", "ive", "ful", "less", "ic", "ish", "able", "ible", "ing")


def _adjective(word: str, lexicon: Lexicon, *, loose: bool = False) -> bool:
    """Whether a lower-case word reads as an adjective and heads no mention; a
    ``loose`` reading takes endings that nouns have too ("-al", "-ive", "-ing")."""
    if not word.islower() or not _is_word(word) or plural(word) or document_noun(word):
        return False
    if lexicon.speaker_share(word) >= _MODIFIER_SHARE:
        return False  # "the official", "the critic": nouns of people
    if word in en.ORGANIZATION_WORDS:
        return False  # "an industrial tribunal", "the regional council": a body's noun, whatever its ending
    last = word.rsplit("-", 1)[-1]  # "much-anticipated"
    # (an irregular participle reads as one too, as "-ed" does: "her written statement", "the sworn affidavit")
    return word in _PLAIN_ADJECTIVES or last.endswith(_ADJECTIVE_ENDS) or last in en.IRREGULAR_PARTICIPLES or (
        loose and last.endswith(_LOOSE_ADJECTIVE_ENDS))


def _inside_relative(toks: list[tuple[int, int, str]], opened: int) -> bool:
    """Whether the walk that stopped before ``opened`` stopped inside a relative
    clause with no comma: a "who" and its verb a few words back, only words between."""
    if not opened or toks[-1][2].lower() in en.PRONOUNS:
        return False  # "a man who will say whatever he": the pronoun is the subject
    for k in range(opened - 1, max(-1, opened - _RELATIVE_WORDS), -1):
        w = toks[k][2]
        if _relative_who(w):
            if k + 1 == opened == len(toks) - 1 and w.lower() == "who" and _bare_body_of_people(toks[-1][2]):
                return False  # "the man, who police say was armed": the bare plural the subject of an object relative
            # ("who'd rather campaign": its auxiliary contracted onto it)
            return k + 1 < len(toks) and (_opens_verb_phrase(toks[k + 1][2]) or w.lower() != "who")
        if not _is_word(w):
            return False  # punctuation: no relative clause of the subject's
        if w[0].isupper() and k < opened - 1:
            continue  # a name inside the clause, before where the walk stopped ("who backed Roe or Lee")
        if w in _NAMES_JOINED and 0 < k < len(toks) - 1 and toks[k - 1][2][:1].isupper() and toks[k + 1][2][:1].isupper():
            continue  # "campaign for Roe or Ann Lee": names joined inside the clause, where the walk stopped
        if w == "once" and k + 1 < len(toks) and toks[k + 1][2].islower() and _opens_verb_phrase(toks[k + 1][2]):
            continue  # "who were once courted by": the adverb, no clause's "once"
        if not w.islower() or w in en.CLAUSE_BOUNDARIES:
            return False  # a name where the walk stopped, or "when", "because": no relative clause
    return False


# "who", with an auxiliary perhaps contracted onto it ("who'd", "who’ve")
_RELATIVE_WHO = frozenset(["who"] + [f"who{q}{a}" for q in "’'" for a in ("d", "ll", "ve", "s", "re")])
# what joins names inside a relative clause the walk stopped in
_NAMES_JOINED = frozenset(["or", "and"])


def _relative_who(word: str) -> bool:
    return word.lower() in _RELATIVE_WHO


def _bare_body_of_people(word: str) -> bool:
    """Whether a lone lower-case word names people or a body in the plural, no verb: "police",
    "prosecutors", "authorities", "deputies" (after "who" and right before a verb of saying,
    the subject of an object relative, as against "Those who know say")."""
    return word == "police" or plural(word) and (
        person_noun(word) or person_noun(singular(word)) or singular(word) in en.ORGANIZATION_WORDS)


def _opens_verb_phrase(word: str) -> bool:
    """Whether a word after "who" is its verb ("who watched"), not the subject
    of an object relative ("who he said", "who the board named")."""
    low = word.lower()
    return word.islower() and low not in _DETERMINERS and low not in en.PRONOUNS


# a contracted auxiliary at a word's end: "who’s", "they’re", "I'm"
_CONTRACTION = regex.compile(r"[’'](?:s|d|ll|ve|re|m)$")
_BARE_DETERMINERS = frozenset("the a an his her their its these those many some most".split())
# (nor "into", no noun a relative clause hangs on: "An inquiry into the collapse said")
_NOT_HEADS = _DETERMINERS | _PREPOSITIONS | _CLAUSE_LEADS | frozenset("all both half such what quite rather into".split())


def _bare_relative(toks: list[tuple[int, int, str]], lexicon: Lexicon, before: str) -> int | None:
    """Where the subject of a relative clause with no pronoun starts in a phrase
    walked back from a cue ("a probe the agency said", "It's a view Lee
    shares"): after a determiner and the lower-case words of its noun; None
    when there is none. ``before`` is the word before the phrase."""
    for k in range(len(toks) - 1, 1, -1):
        j = k - 1
        while j >= 0 and toks[j][2].lower() not in _BARE_DETERMINERS and toks[j][2][0].islower() and (
                toks[j][2] == "of" or toks[j][2] not in _PREPOSITIONS) and toks[j][2] not in _NOT_IN_NOUN_PHRASE and (
                not _participle_after_plural(toks, j)):  # ("the unions representing the crews": its object)
            j -= 1  # back over the noun and its modifiers ("the kind of judge") to their determiner
        if j < 0 or j == k - 1 or toks[j][2].lower() not in _BARE_DETERMINERS:
            continue
        governed = _governs(toks[j - 1][2] if j > 0 else before)
        if _opens_bare_relative(toks, k, lexicon, governed):
            return None if _clause_verb_last(toks, k) else k
    return None


def _clause_verb_last(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the phrase that opens at ``k`` ends in its own verb in the past ("the photo
    [Ann Lee posted]"): the relative clause is whole before the cue, so the noun it hangs
    on and the clause are the cue's subject ("The photo Ann Lee posted showed ...")."""
    last = _clause_last([t[2].lower() for t in toks], k)
    return k < last and _past_form(toks[last][2])


# the words that open a time closing a relative clause: "posted on Friday", "released last week"
_CLAUSE_TIME_HEADS = frozenset("on in last this".split())


def _clause_last(low: list[str], start: int) -> int:
    """The index of the last word of a clause that opens at ``start`` in the lower-case words
    ``low`` and runs to their end, before the time that may close it ("the photo Ann Lee
    posted on Friday": "posted")."""
    last = len(low) - 1
    if last - start > 2 and low[-1] in en.TIME_WORDS and low[-2] in _CLAUSE_TIME_HEADS:
        last -= 2  # the time is the clause's
    return last


def _opens_bare_relative(toks: list[tuple[int, int, str]], k: int, lexicon: Lexicon, governed: bool) -> bool:
    """Whether the word at ``k`` opens a new noun phrase right after a common
    noun: the subject of a relative clause with no pronoun ("a probe the agency
    said", "the kind of judge many voters fear", and in a ``governed`` phrase,
    a verb's or a preposition's object, "the photo Lee posted")."""
    w, prev = toks[k][2], toks[k - 1][2]
    if not (prev.isalpha() and prev.islower() and prev not in _NOT_HEADS
            and prev not in en.CLAUSE_BOUNDARIES and not prev.endswith("ly")) or prev in _WHERE_PREPOSITIONS or (
            prev in _PARTICIPLE_PREPOSITIONS and k > 1 and _participle_form(toks[k - 2][2])):
        # (a preposition's object is no relative clause's subject: "The nurses across the county",
        # "A memo released under the law")
        return False
    low = w.lower()
    if low in _BARE_QUANTIFIERS or low in _BARE_DETERMINERS:
        # (a quantifier opens no name in apposition; "the organisation the Harbour League": a name does;
        # a quantifier alone before the cue is its subject, "a view some share", but for "most", the
        # cue's degree adverb: "the candidate most identified with")
        if k + 1 == len(toks):
            return low in _BARE_QUANTIFIERS and low != "most"
        return low in _BARE_QUANTIFIERS or not toks[k + 1][2][0].isupper()
    # a name after a noun in a verb's object ("retweeted the photo Lee posted", "was the friend
    # Lee hoped for"), or any capitalised phrase after a noun that names no one's role ("the ones
    # Lee sent", "the place Navy officials say"); elsewhere a name after a noun is in apposition ("The billionaire Ann Lee said", "a report by the firm
    # Port Analytics found") or a name's word ("the vulnerable Senate Republicans")
    return w[0].isupper() and (prev in _NO_ROLES or governed and _name_to_end(toks, k))


_BARE_QUANTIFIERS = frozenset("many some most few several".split())
# Words that are no noun's modifiers: a determiner read back to past them opens another phrase
_NOT_IN_NOUN_PHRASE = _VERBISH | frozenset("who whom whose which that".split())
# Nouns that stand for things, never for a person's role nor a work's title
# before a name ("the photo Lee posted", "an incident Lee raised", "a word Lee
# repeated", but "the group Harbour Watch", "the film Jaws")
_NO_ROLES = frozenset(
    "ones kind sort type way thing things photo photos picture pictures image images incident incidents "
    "word words remark remarks comment comments point points tactic tactics strategy place moment".split())


def _name_to_end(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the words from ``k`` on are a name, or a name's possessive and
    its noun ("Lee", "Ann Lee's aides"), not a name that modifies a noun
    ("Senate Republicans", "the CBS News poll")."""
    for i in range(k, len(toks)):
        w = toks[i][2]
        if w in ("’s", "'s"):
            return i > k
        if _is_word(w) and not w[0].isupper():
            return False
    return True


def _governs(word: str) -> bool:
    """Whether the word before a phrase makes it a verb's object: a lower-case
    word ("retweeted", "is"), or "it's", "that's"; not a preposition (whose
    object may be part of a subject: "a report by the firm Port Analytics"), a
    number, a conjunction or adverb that opens a clause, nor a comma."""
    low = word.lower()
    if _CONTRACTION.search(low):
        return low[:-2] in ("it", "that", "this", "there", "here", "what")
    return (word.isalpha() and word.islower() and low not in en.CLAUSE_BOUNDARIES and low not in _FOCUS_ADVERBS
            and low not in _PREPOSITIONS and low not in _ADJUNCT_PREPOSITIONS and low not in NUMBERS
            and low not in QUANTITY_NOUNS and low not in en.SENTENCE_ADVERBS and low not in en.TIME_WORDS
            and not low.endswith("ly"))


_PARTY_TAG = regex.compile(r"[RDI]-\p{Lu}[\p{L}.]*(?:,|\s|$)")
# what a comma sets after a firm's or a person's name as part of it: "Northwind, Inc.", "Ann Lee, Jr."
_NAME_SUFFIX = regex.compile(r"(?:" + "|".join(en.CORPORATE_SUFFIXES) + r"|Jr|Sr)\.?(?:,|\s|$)")


# a currency's sign before its amount, a word of a name: "Fight for $15 organizer Ann Lee"
_CURRENCY_SIGNS = frozenset("$£€₹¥")


def _walk_left(text: str, toks: list[tuple[int, int, str]], lexicon: Lexicon, *, long: bool = False):
    """Walk a subject leftwards over ``toks`` from the cue: (where it starts,
    whether the walk ran off the first token); start is None when there is
    no subject, False when the subject is too long to be one. A walk past
    ``_MAX_WORDS`` goes on only when ``long`` (``toks`` open where the reading
    may begin) and must then run off the first token: a long subject opens
    the clause; one that ran past the window's cut edge asks for a wider one."""
    fronted = _fronted_adverbial_subject(toks, lexicon)
    if fronted is not None:
        return toks[fronted][0], False  # "After the vote ministers said": the vote is the adverbial's
    start = None
    words = 0
    listed = False  # after an "and" that joins names: "Ann Lee, Tom Roe and other pilots"
    items_listed = False  # after one that joins determined noun phrases: "the vicar and a rabbi"
    i = len(toks) - 1
    title_case = bool(toks) and _title_case_cue(text, toks[-1][1])
    while i >= 0:
        s, e, w = toks[i]
        low = w.lower()
        if w == "," and items_listed and i > 0 and _determined_item(toks, i - 1, lexicon, long) is None:
            return None, True  # the list's first item may open beyond the window: read a wider one
        if w == "," and i > 0 and (listed and (toks[i - 1][2][0].isupper() or plural(toks[i - 1][2])
                                               or _determined_speaker(toks, i - 1, lexicon))
                                   or (listed or items_listed) and _determined_item(toks, i - 1, lexicon, long)) and not (
                toks[i - 1][2].lower() in en.SENTENCE_ADVERBS and (i == 1 or not _is_word(toks[i - 2][2]))) and not (
                i > 1 and toks[i - 2][2] in _LIST_BREAKING_PREPOSITIONS):
            # ("broadcast by CNN, Ann Lee, Tom Roe and ...": a preposition's object opens no list)
            # ("Instead, Ann Lee, Tom Roe and ...": the adverb opens the clause, no name of the list)
            i -= 1  # "Ann Lee, Tom Roe and ...", "Friends, lobbyists and foes": a comma in a list
            continue
        if w == ")" and start is None:
            # "Sen. Ann Lee (a Democrat who chairs the panel) says": the aside is no part of the walk
            opening = next((j for j in range(i - 1, -1, -1) if toks[j][2] == "("), None)
            if opening is None or opening == 0:
                return None, True  # the name before it lies beyond the window: read a wider one
            if opening > 0 and i - opening <= _MAX_APPOSITIVE_WORDS:
                i = opening - 1
                continue
        if w in _TITLE_CLOSINGS and start is None and i >= 3:
            opening = _quoted_title_opening(toks, i)
            if (opening is not None and opening >= 2 and toks[opening - 1][2].lower() in en.NAMING_PARTICIPLES
                    and _is_word(toks[opening - 2][2]) and toks[opening - 2][2].lower() not in _NOT_NAMED):
                # "A site called “The Pier” cited ...": the name a participle gives its noun is the mention's
                words += i - opening
                start = toks[opening - 1][0]
                i = opening - 2
                continue
        if w in _TITLE_CLOSINGS and start is not None and toks[i + 1][2].islower():
            opening = _quoted_title_opening(toks, i)
            if opening is not None:
                # "the “Harbour Lights” actress said": a quoted title modifies the noun after it
                words += i - opening - 1
                start = toks[opening][0]
                i = opening - 1
                continue
        if w in "!?" and start is None and i == len(toks) - 1 and i > 0 and _marked_name_at(text, toks, i - 1):
            # "Which? said", "Yahoo! said", "the group Which? said": a mark glued to the name right
            # before the verb is the name's own (a question ends its sentence before a capital)
            words += 1
            start = toks[i - 1][0]
            i -= 2
            continue
        if w == "?" and start is not None and i > 0 and _marked_name_at(text, toks, i - 1) and (
                toks[i - 1][2].lower() in en.QUESTION_MARKED_NAME_WORDS):
            # "Which? Money said": a name a question mark ends, then the words its name goes on with
            words += 1
            start = toks[i - 1][0]
            i -= 2
            continue
        if w in "!?" and start is not None and i > 0 and _marked_name_at(text, toks, i - 1) and (
                toks[i + 1][2] in en.OUTLET_MEDIUM_NOUNS):
            i -= 1  # "Hello! magazine said": the name's own mark, before the noun of its medium
            continue
        if not _is_word(w):
            if w == "," and start is not None and words <= 3 and i < len(toks) - 1:
                opening = _comma_in_noun_phrase(toks, i, lexicon) if i < len(toks) - 2 else None
                if opening is None and _comma_in_place(toks, i, words):
                    opening = i - 1  # "Ann Lee of Columbia, South Carolina says": the town's state
                if opening is None and words >= 2 and _dated_year(toks, i):
                    # "On March 3, 2019 engineers warned": the year closes a date fronted with no
                    # comma after it; the subject starts after the year
                    return _ended(toks[i + 2][0], words - 1, long)
                if opening is not None:
                    # "the bespectacled, 71-year-old diplomat", "A Sept. 15, 2011 email": a comma
                    # between a determiner's modifiers, inside its date or between a town and
                    # its state is no boundary
                    words += i - opening
                    start = toks[opening][0]
                    i = opening - 1
                    continue
            if w in ("’s", "'s", "&", "(", ")", ".", "%", "…") or (w in "’'" and i > 0 and text[s - 1].isalnum()) or (
                # "E! News", "Hello!": the mark of an outlet's name is the name's, and so is a show's
                # inside a mention, before a word in small letters ("Former Mamma Mia! star Ann Lee")
                w == "!" and i > 0 and toks[i - 1][1] == s and (toks[i - 1][2].lower() in en.MARKED_NAME_WORDS or (
                    toks[i - 1][2][:1].isupper() and start is not None and text[start:start + 1].islower()))) or (
                w in _CURRENCY_SIGNS and start is not None and text[e:e + 1].isdigit()) or (
                w == "," and start is not None and words == 1 and (
                    _PARTY_TAG.match(text, start, toks[-1][1], CONCURRENT) or _NAME_SUFFIX.match(text, start, toks[-1][1], CONCURRENT))
            ):  # "Sen. Ann Lee, D-Ore., said", "Northwind, Inc. said": the party tag or the suffix is part of the name
                start = s if w != ")" or start is not None else start
                i -= 1
                continue
            return _ended(start, words, long and w == ",")
        if low == "as" and start is not None and i >= 3 and toks[i - 1][2].lower() == "well" and (
                toks[i - 2][2].lower() == "as") and (toks[i - 3][2][0].isupper() or plural(toks[i - 3][2])):
            # "Ann Lee as well as former mayor Tom Roe have endorsed": "as well as" joins two speakers, as "and" does
            listed = True
            i -= 3
            continue
        if low == "as" and start is not None and i >= 2 and toks[i - 1][2].lower() == "such" and (
                plural(toks[i - 2][2]) or _people_by_part(toks[i - 2][2])):
            # "Tory MPs such as Ann Lee said": the people named as examples are among the plural
            # before them, which heads the mention (as "including" goes on it: _participle_after_plural)
            i -= 2
            continue
        if low == "nor" and (k := _neither_before(toks, i)) is not None:
            # "Neither the port authority nor the union said": the pair, whatever words its first part holds
            words += i - k
            start = toks[k][0]
            i = k - 1
            continue
        if low == "and" and start is not None and (k := _shared_determiner(toks, i)) is not None:
            # "the title, history and text of the bylaw showed", "The book and film blame": bare
            # nouns after one determiner are one list, whatever they name
            words += i - k
            start = toks[k][0]
            i = k - 1
            continue
        serial_item = None  # "the imam, the vicar, and a rabbi": the serial comma before the last determined item
        if low == "and" and 1 < i < len(toks) - 1 and toks[i - 1][2] == "," and toks[i + 1][2].lower() in _ITEM_DETERMINERS:
            serial_item = _determined_item(toks, i - 2, lexicon, long)
            if serial_item is None:
                return None, True  # the item before may open beyond the window: read a wider one
        if low in en.CLAUSE_BOUNDARIES and not (low == "and" and (_coordinated(toks, i, lexicon) or serial_item)) and not (
                # "Leaders of nearby churches and a synagogue said": the "and" in the object of a
                # plural of people's preposition joins a noun phrase to the mention, at one level or the other
                low == "and" and _preposition_object(toks, i - 1, determined=True)) and not (
                low == "that" and _determiner_that(toks, i, start, lexicon)) and not (
                low == "nor" and _neither_joins_mentions(toks, i)) and not (
                low == "than" and i > 0 and toks[i - 1][2].lower() in ("more", "less", "fewer")
                and not (i > 1 and toks[i - 2][2][0].isdigit()) and not _subject_after_than(toks, i)):  # "more than half of"
            return _ended(start, words, long and low in ("and", "but") and i > 0 and toks[i - 1][2] == ",")
        # a list of names: "Ann Lee, Tom Roe and other pilots"
        listed = listed or (low == "and" and toks[i - 1][2][0].isupper() and (
            toks[i + 1][2][0].isupper() or toks[i + 1][2].lower() in _OTHERS) and not _department_before_post(toks, i)) or (
            low == "and" and toks[i - 1][2] == "," and 0 < i < len(toks) - 1 and _serial_list(toks, i)) or (
            low == "and" and 0 < i < len(toks) - 1 and plural(toks[i - 1][2]) and _coordinated(toks, i, lexicon))
        # a list of determined noun phrases, whose first items are read as such: "the vicar, the
        # imam of the mosque and a rabbi" (not "Tuesday, the vicar and a rabbi")
        items_listed = items_listed or serial_item or (
            low == "and" and 0 < i < len(toks) - 1 and toks[i - 1][2].islower()
            and toks[i + 1][2].lower() in _ITEM_DETERMINERS and _coordinated(toks, i, lexicon))
        if (opened := _infinitive_on_noun(toks, i, lexicon)) is not None:
            # "The official set to lead the talks said", "A man due to be sentenced told": the
            # infinitive and its object go on the noun before them, no verb of the clause
            words += i - opened + 1
            start = toks[opened][0]
            i = opened - 1
            continue
        if low in _VERBISH and (title_case and not _name_modal(text, toks, i) or not _verb_form_names(toks, i)):
            return _ended(start, words)
        if title_case and start is not None and low in _NO_ROLES:
            # "17 Of The Best Things | Pilots Said": in title case the noun of things a relative
            # clause with no pronoun hangs on is as capitalised as its subject, and ends the walk
            return _ended(start, words)
        if start is not None and (toks[i + 1][2][:1].isupper() or toks[i + 1][2] == "the" and i + 2 < len(toks) and (
                toks[i + 2][2][:1].isupper())) and i > 1 and toks[i - 2][2] == "," and (
                toks[i - 1][2].lower() in ("a", "an")) and (low in en.REPORT_NOUNS or thing_noun(w)):
            # ", a charge Kigali denies", ", a move Washington has condemned", ", a claim the BJP
            # rejected": the report or the thing a clause with no "that" says of; the name after it
            # is the subject (not after an adjective: ", a terse Miller said")
            return _ended(start, words)
        if low == "whose" and start is not None:
            return _ended(s, words)  # "the mayor, whose aides said": "whose aides" is the mention
        if low in ("who", "which", "whose") and not w.isupper() or low.endswith(("n't", "n’t")) or (
                low == "whom" and not (i > 0 and toks[i - 1][2].lower() == "of")):
            # "the rival whom Lee ...": the relative clause's own subject ("all of whom" is a mention)
            return _ended(start, words)
        if words == 0 and _unseen_past_before_object(text, toks, i, lexicon):
            return _ended(start, words)  # "Negotiators resumed talks about a truce": no subject before a noun
        if w[0].islower() and (low in _STRONG_VERBS or lexicon.outside_sources(low)) and words and not (
                low in _COMPARATIVES and toks[i + 1][2].lower() == "than") and not (  # ("fewer than 3 in 10 said")
                low not in _STRONG_VERBS and _determined_modifier(toks, i, lexicon)) and not (
                low not in _STRONG_VERBS and _noun_modifier_after_comma(toks, i, words, long)) and not (
                low not in _STRONG_VERBS and _participle_before_agent(toks, i)) and not (
                low not in _STRONG_VERBS and _document_before_published(toks, i)) and not (
                low in _PARTICIPLE_PREPOSITIONS and _text_participle_before(toks, i)) and not (
                i + 1 < len(toks) and toks[i + 1][2] in _SENT_PREPOSITIONS and _text_participle_before(toks, i + 1)) and not (
                _negated_participle(toks, i)) and not _behind_on_noun(toks, i) and not (
                low not in _STRONG_VERBS and _modifies_person_noun(toks, i)) and not (
                (low in en.ORGANIZATION_WORDS or low in en.OUTLET_MEDIUM_NOUNS) and toks[i + 1][2][:1].isupper()) and not (
                _lacking_group(toks, i)) and not (
                low not in _STRONG_VERBS and _lower_word_in_body_name(toks, i)) and not (
                _postnominal_adjective(toks, i)) and not _modifies_possessor(toks, i) and not _determined_document_of(toks, i) and not (
                low not in _STRONG_VERBS and _preposition_object(toks, i, determined=True)) and not (
                _field_nouns(toks, i, lexicon)) and not (
                i == len(toks) - 2 and control_service([low, toks[i + 1][2].lower()])) and not (
                i + 1 < len(toks) and toks[i + 1][2] == "and" and _department_before_post(toks, i + 1)) and not (
                low in ("figure", "figures") and i > 0 and toks[i - 1][2].lower() in _FIGURES_OF_PEOPLE) and not (
                low.endswith("ing") and i + 1 < len(toks) and toks[i + 1][2].lower() in TITLES_HELD) and not (
                low in TITLES_HELD and i + 1 < len(toks) and toks[i + 1][2][:1].isupper()) and not (
                low in _ORDINAL_WORDS and i + 2 < len(toks) and toks[i + 1][2].isalpha() and toks[i + 1][2].islower()
                and toks[i + 2][2][:1].isupper()) and not (
                start is not None and _participle_after_plural(toks, i, closed=text.startswith(",", toks[-1][1]))) and not (
                start is not None and i > 1 and _participle_after_plural(toks, i - 1, closed=text.startswith(",", toks[-1][1]))):
            # ("the frustrated pilots said": after a determiner, a word read as a verb modifies the noun)
            # ("the fire marshal's office wrote": so does one before a possessor's noun)
            # (", border officials say": a bare noun before the plural a clause opens with)
            # ("A letter written by a soldier said": a participle and its agent go on the noun)
            # ("disaster official Ann Lee said": a bare noun before a post names its field)
            # ("air traffic control said": the word of what a service watches over, before "control")
            # ("the charity Oxfam said", "the daily Bild said": a noun for a body or a paper before a name says what it is)
            # ("the Medicines and Healthcare products Regulatory Agency said": a body's long name holds it)
            # ("people aware of the matter said": an adjective and its object after the noun)
            # ("Critics of the bus fares said": a noun that may be a verb in the object of a people's
            # preposition, after its article too, modifies the object's noun)
            # ("the culture and media secretary said": a department's first field)
            # ("A senior figure at the club said": a figure of rank is a person, no verb)
            # ("Defending champion Ann Lee said": a participle before a title held qualifies it, and
            # the title before a name is a post)
            # ("fourth seed Ann Lee said": an ordinal ranks the post before a name)
            # ("Workers earning the minimum wage said", "People living near the plant said": a participle's
            # clause on a plural, whatever its verb and the word after it)
            return _ended(start, words)
        if low in _ADJUNCT_PREPOSITIONS and low != "among" and words and not _text_participle_before(toks, i) and not (
                not title_case and _inside_name(toks, i)) and not _lacking_group(toks, i) and not (
                i > 1 and _participle_after_plural(toks, i - 1, closed=text.startswith(",", toks[-1][1]))):
            # ("People living near the plant said": the participle's adjunct is inside the mention)
            return _ended(start, words)  # "Despite polls showing": the adverbial is the clause's ("Many among them" is a mention)
        if w[0].islower() and low.endswith("ing") and len(low) > 5 and not (
            i > 0 and (toks[i - 1][2].lower() in NOUN_MARKERS or toks[i - 1][2].endswith(("’s", "'s"))
                       or i == len(toks) - 1 and toks[i - 1][2][0].isupper() and toks[i - 1][2].isalpha())
            or start is not None and _modifies_noun(toks[i + 1][2])
            or start is not None and low in _STATUS_PARTICIPLES  # "leading Democrats", "outgoing Senator Roe"
            or start is not None and _participle_after_plural(  # "Groups urging Lee to run say"
                toks, i, closed=text.startswith(",", toks[-1][1]))
            or _charge_gerund(toks, i)  # "A pilot accused of smuggling said"
            or start is not None and _preposition_object(toks, i)  # "Critics of raising the tax said"
            or _determined_adjective_before(toks, i, lexicon)  # "the previous meeting", "its annual meeting"
        ):
            # "began taking": a verb phrase, not a subject; but a noun in "-ing"
            # heads one after a name ("Exit polling showed"), and one before a noun
            # modifies it ("the tracking poll shows"), and one after a plural opens a
            # clause inside the mention ("Nurses backing the strike said")
            return _ended(start, words)
        words += 1
        if words > (_LONG_WORDS if long else _MAX_WORDS):
            return False, not long
        start = s
        if not title_case and _article_after_hearer(toks, i):
            return _ended(start, words)  # "told the BBC | the survey showed": the name before is the hearer
        i -= 1
    return start, True


def _infinitive_on_noun(toks: list[tuple[int, int, str]], i: int, lexicon: Lexicon) -> int | None:
    """Where the word of what is to come ("set", "due", "expected") or the participle in "-ing"
    stands whose infinitive holds the word at ``i`` (that word itself, or the verb right after
    its "to"), when a noun or a name stands right before it: "The official | set to lead | the
    talks said", "A man | expected to testify | told", "Officials | hoping to join said"; None
    otherwise (not "due to the storm": no verb after the "to"; nor "He set to work": a pronoun)."""
    for k in (i, i - 2):
        if k < 1 or k + 2 >= len(toks) or toks[k + 1][2] != "to":
            continue
        verb, word, noun = toks[k + 2][2], toks[k][2], toks[k - 1][2]
        if not (verb.isalpha() and verb.islower() and verb not in _NOT_HEADS and verb not in en.PRONOUNS):
            continue
        if noun.lower() in en.PRONOUNS or noun.lower() in _NAME_OPENERS or not _is_word(noun):
            continue
        # (a participle in "-ing" after a noun for people: "A man wanting to lead the talks"; not
        # "according to": a phrase that leads a source)
        ing = word.islower() and word.endswith("ing") and len(word) > 5 and f"{word} to" not in en.LEAD_PHRASES
        if (word in PROSPECT_WORDS or ing) and _nounish(noun, lexicon) or _participle_on_noun(
                toks[k - 2][2] if k > 1 else "", noun, word):
            return k
    return None


# Words that may stand before an article inside one noun phrase: "all the members", "half the
# council", "only a few"
_PREDETERMINERS = frozenset("all both half only even just not nearly almost such quite rather what many twice".split())
# Object pronouns that end a noun phrase of their own: "told him the survey showed"
_OBJECT_BEFORE_ARTICLE = frozenset("him them us me".split())
# How many words the name of a hearer may run to between its verb and the article: "told the
# New York Times the survey showed"
_HEARER_NAME_WORDS = 5


def _article_after_hearer(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the article at ``i``, before a word in lower case, opens the subject of a clause
    told to a hearer named, a pronoun or a bare plural right before it: "told the BBC [the survey] showed",
    "told Reuters [a review] found", "assured him [the result] showed". The hearer is the verb's,
    no part of the subject (but "Save the Children", "Alexander the Great": a capital after the
    article goes on the name; "All the members"; a name no verb of telling takes: "Obama the
    realist")."""
    if toks[i][2].lower() not in ("the", "a", "an") or i < 2 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1][2], toks[i + 1][2]
    if not (after[:1].islower() and _is_word(before)):
        return False
    low = before.lower()
    if low in _OBJECT_BEFORE_ARTICLE or before.islower() and plural(before):
        # "told him the survey showed", "told officials the survey showed"
        return lemma(toks[i - 2][2].lower()) in en.HEARER_VERBS
    if not before[:1].isupper() or low in _PREDETERMINERS:
        return False
    # the hearer's name back to its verb: capitalised words and "the" before them
    j = i - 1
    while j > 0 and i - j <= _HEARER_NAME_WORDS and (toks[j - 1][2][:1].isupper() or toks[j - 1][2].lower() == "the"):
        j -= 1
    return j > 0 and toks[j - 1][2][:1].islower() and lemma(toks[j - 1][2].lower()) in en.HEARER_VERBS


def _neither_before(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Where the "neither" that the "nor" at ``i`` answers stands, when the part between
    them is a short mention that opens with a determiner, a name or a pronoun and holds
    no mark ("Neither | the port authority | nor"), else None ("neither confirmed nor")."""
    for k in range(i - 2, max(-1, i - 2 - _NEITHER_PART_WORDS), -1):
        if toks[k][2].lower() == "neither":
            first = toks[k + 1][2]
            if (first[:1].isupper() or first.lower() in _DETERMINERS or first.lower() in en.SUBJECT_PRONOUNS) and all(
                    _is_word(t[2]) for t in toks[k + 1:i]):
                return k
            return None
    return None


# How many words the first part of "neither ... nor" may hold: "Neither the state port authority"
_NEITHER_PART_WORDS = 5


def _neither_joins_mentions(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "nor" at ``i`` answers a "neither" a few words before it that joins two
    mentions ("Neither Lee nor Roe", "neither party nor the board"), not two predicates of
    one subject: "Lee neither confirmed the report nor", "Lee would neither confirm it nor",
    where a past follows "neither" or an auxiliary stands before it."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if toks[k][2].lower() == "neither":
            return k + 1 < i and not _past_form(toks[k + 1][2]) and not (
                k > 0 and toks[k - 1][2].lower() in en.FINITE_AUXILIARIES)
    return False


def _shared_determiner(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Where the determiner stands that the "and" at ``i`` shares between bare nouns, when
    the list opens its clause and its last noun, in the singular with no determiner of its
    own, is the last word or has an "of" after it ("the title, history and text of the
    bylaw", "The book and film"), else None. A bare plural or a noun after a phrase
    opens a clause of its own ("any tissue of the body and researchers hope", "after
    the vote and police said")."""
    if not 1 < i < len(toks) - 1:
        return None
    right = toks[i + 1][2]
    if not (right.isalpha() and right.islower() and not plural(right) and right not in _OTHERS
            and right not in _DETERMINERS and right not in _VERBISH and right not in en.SUBJECT_PRONOUNS
            and (i + 2 == len(toks) or toks[i + 2][2] == "of")):
        return None
    k = i - 1
    for _ in range(_LIST_ITEM_WORDS):  # back over "history," "title,": one bare noun an item
        noun = toks[k][2]
        if k < 1 or not (noun.isalpha() and noun.islower()) or noun in _DETERMINERS:
            return None
        if toks[k - 1][2] != ",":
            break
        k -= 2
    else:
        return None
    k -= 1
    if toks[k][2].lower() not in _SUBJECT_OPENERS:
        return None
    before = toks[k - 1][2].lower() if k else ""
    if k == 0 or not _is_word(before) or before == "that" or lemma(before) in en.THAT_VERBS:
        return k  # the list opens the sentence or the clause a verb of saying reports
    return None


def _participle_form(low: str) -> bool:
    """Whether a lower-cased word may be a past participle: in "-ed", or an irregular
    one ("written", "seen") or a past that serves as one ("sent", "made")."""
    return low.endswith("ed") or low in en.IRREGULAR_PARTICIPLES or low in en.IRREGULAR_PASTS


# participles of a charge and the prepositions that name it: "a pilot accused of smuggling said"
_CHARGE_PARTICIPLES = {
    "accused": ("of",), "charged": ("with",), "convicted": ("of",), "suspected": ("of",),
    "arrested": ("for", "on"), "jailed": ("for",), "detained": ("for", "on"), "wanted": ("for",),
    "sentenced": ("to", "for"), "acquitted": ("of",), "indicted": ("on", "for"),
}
# ... and a post put online with the place it went round: "posts shared widely on WhatsApp", "a video
# posted online", "messages circulated on Facebook claim ..." (the walk goes on to the noun before it)
_ONLINE_AFTERS = ("on", "online", "widely", "across", "via")
_CHARGE_PARTICIPLES.update(dict.fromkeys(en.ONLINE_PARTICIPLES, _ONLINE_AFTERS))


def _charge_gerund(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word in "-ing" at ``i`` names a charge after its participle and
    preposition ("accused of | smuggling", "arrested for | drink-driving")."""
    if i < 2:
        return False
    participle, preposition = toks[i - 2][2].lower(), toks[i - 1][2].lower()
    return preposition in _CHARGE_PARTICIPLES.get(participle, ())


def _modifies_person_noun(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` is a bare noun before a noun for a post
    or part, with at most two more between ("disaster | official", "disaster |
    management official"): they name the post's field, no verb ending the walk
    (none a form in "-s", "-ed" or "-ly", nor an irregular past; one in "-ing"
    only right before the post: "housing secretary", "shipping minister")."""
    for k in range(i, min(i + _FIELD_WORDS, len(toks) - 1)):
        low, after = toks[k][2], toks[k + 1][2]
        # (a body's noun before its name is as much a post: "housing | charity Shelter")
        post = after.islower() and (person_noun(after) or after in en.ORGANIZATION_WORDS and k + 2 < len(toks)
                                    and toks[k + 2][2][:1].isupper())
        if not (low.isalpha() and low.islower() and not low.endswith(("s", "ed", "ly"))
                and not (low.endswith("ing") and (k > i or not post))
                and low not in en.IRREGULAR_PASTS and low not in en.AUXILIARIES and low not in en.PRONOUNS
                and low not in NOUN_MARKERS and low not in _PREPOSITIONS and low not in en.CLAUSE_BOUNDARIES):
            return False  # (a determiner opens the post's own phrase: "In the end | the mayor")
        if post:
            return True
    return False


# how many bare nouns may name a post's field: "state disaster management | official"
_FIELD_WORDS = 3


def _document_before_published(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` is a plural noun of records right before a participle of
    publishing ("Drone images | released by the ministry", "Satellite images | taken on Monday"):
    the noun the participle goes on, no verb ("images" read as one)."""
    low = toks[i][2]
    return i + 1 < len(toks) and low.islower() and plural(low) and document_noun(low) and toks[i + 1][2] in _PUBLISHED


def _participle_before_agent(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` is a past participle right before
    "by" and after a noun ("a letter written | by a soldier", "documents seen
    | by Reuters"): a reduced relative on that noun, no verb of the clause."""
    low = toks[i][2].lower()
    if i == 0 or i + 1 >= len(toks):
        return False
    after = toks[i + 1][2].lower()
    if after in _TIME_DETERMINERS or after in ("on", "in", "earlier"):
        # "a letter sent last month | by the mayor", "a study released on Monday by ...": the time is the participle's
        k = i + 1
        while k < min(len(toks), i + 4) and toks[k][2].lower() != "by":
            k += 1
        if k < len(toks) and toks[k][2].lower() == "by" and toks[k - 1][2].lower() in en.TIME_WORDS:
            after = "by"
    if after != "by" and not (low in _CHARGE_PARTICIPLES and after in _CHARGE_PARTICIPLES[low]):
        return False  # (a charge laid goes on its noun too: "a pilot accused of smuggling")
    if not _participle_form(low):
        return False
    before = toks[i - 1][2].lower()
    # (a noun before it: not "as defined by", "had been captured by", "it was written by")
    return (_is_word(before) and before.isalpha() and before not in en.AUXILIARIES and before not in en.PRONOUNS
            and before not in en.CLAUSE_BOUNDARIES and before not in _PREPOSITIONS and before not in _DETERMINERS
            and not before.endswith(("ly", "ed")))


def _negated_participle(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "not" at ``i`` opens a negated participle and its preposition
    after a noun ("doctors | not | involved in the trial", "experts not affiliated
    with the firm"): a reduced relative on that noun, no verb of the clause."""
    if toks[i][2] != "not" or i == 0 or i + 2 >= len(toks):
        return False
    before, word = toks[i - 1][2].lower(), toks[i + 1][2]
    return (word.islower() and _participle_form(word) and toks[i + 2][2] in _PREPOSITIONS
            and before.isalpha() and before not in en.AUXILIARIES and before not in en.PRONOUNS
            and before not in en.CLAUSE_BOUNDARIES and before not in _PREPOSITIONS and before not in _DETERMINERS
            and not before.endswith(("ly", "ed")))


_BEHIND_DETERMINERS = frozenset("the a an this that these those its their".split())


def _behind_on_noun(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "behind" at ``i`` names what the noun before it made or leads ("the
    researchers | behind | the survey", "the group behind the strike"): a phrase on a
    noun for people or a body, no clause's ("stood behind the mayor"), before a determiner:
    no name nor pronoun, whom a verb's object is put behind ("unite the party behind Lee")."""
    if toks[i][2] != "behind" or i == 0 or i + 1 >= len(toks) or toks[i + 1][2].lower() not in _BEHIND_DETERMINERS:
        return False
    before = toks[i - 1][2].lower()  # (capitalised where it opens the sentence: "Researchers behind ...")
    return toks[i - 1][2][1:].islower() and (person_noun(before) or before in en.ORGANIZATION_WORDS or before == "people")


def _dated_year(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the comma at ``i`` parts a month and day from the year after it ("March 3, 2019")."""
    after = toks[i + 1][2]
    if i < 2 or not (len(after) == 4 and after.isdigit()) or not (toks[i - 1][2].isdigit() and len(toks[i - 1][2]) <= 2):
        return False
    month = toks[i - 2][2].rstrip(".").lower()
    return len(month) >= 3 and any(m.startswith(month) for m in en.MONTH_NAMES)


# Words that open a subordinate clause, whose subject follows them ("that | traffic
# studies showed"); not "and", "or", "but", which may join two nouns' phrases
_SUBORDINATORS = en.CLAUSE_BOUNDARIES - frozenset("and or nor but yet so then than".split())
# the words after which a clause's subject opens, its noun's modifier right after them: the
# subordinators and the "with" of an absolute clause ("as aid groups warned", "with aid groups warning")
_SUBJECT_OPENERS_BEFORE_MODIFIER = _SUBORDINATORS | frozenset(["with"])


def _noun_modifier_after_comma(toks: list[tuple[int, int, str]], i: int, words: int, opening: bool = False) -> bool:
    """Whether the lower-case word at ``i``, right after a comma, a semicolon or a word
    that opens a clause, modifies the plural noun the walk took before the cue (", border
    officials say", "but that traffic studies showed", "as aid groups warned"): a clause
    opened there, no verb phrase (not ", leaving voters", ", amid reports", ", barely
    critics"). When ``opening`` (the tokens start where the caller's reading does, as
    after the "with" of an absolute phrase), the first word may be that modifier too."""
    if words != 1 or i != len(toks) - 2 or (i == 0 and not opening) or i > 0 and (
            toks[i - 1][2] not in (",", ";") and toks[i - 1][2].lower() not in _SUBJECT_OPENERS_BEFORE_MODIFIER
            and not _joins_subjects(toks, i - 1)):
        return False
    low = toks[i][2]
    return (low.isalpha() and low.islower() and plural(toks[i + 1][2]) and toks[i + 1][2].islower()
            and low not in _PREMODIFIER_STOPS and low not in _FOCUS_ADVERBS and low not in en.SENTENCE_ADVERBS
            and low not in en.CLAUSE_BOUNDARIES and low not in en.AUXILIARIES and low not in en.IRREGULAR_PASTS
            and not low.endswith(("ly", "ed", "ing", "s")))


def _joins_subjects(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the "and", "or" or "but" at ``j`` joins two subjects or two clauses, not two
    modifiers of one noun ("Demographic and ideological shifts"): a comma before it (", but
    aid groups said") or, before "and" and "or", a plural noun ("Rights groups and aid agencies")."""
    low = toks[j][2].lower()
    return j > 0 and low in ("and", "or", "but") and (
        toks[j - 1][2] == "," or low != "but" and plural(toks[j - 1][2]))


def _determined_modifier(toks: list[tuple[int, int, str]], i: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``i`` reads as an adjective between a determiner and the
    noun the walk took, after at most one other adjective, with or without a comma
    ("the frustrated pilots", "the cautious careful mayor", "the tired, frustrated
    pilots"): no verb stands right after a determiner. The determiner must open the
    phrase (after punctuation, a clause boundary or a preposition, not a verb: "made an
    interesting observation"); names in capitals may stand between it and the noun ("A
    viral Facebook post", "the angry Air India pilots"), and one noun in lower case ("the
    rural affairs spokesperson"), and a name that joins its words with "of" or "the" ("the
    annual State of the Climate report")."""
    noun = len(toks) - 2
    floor = len(toks) - 5
    while noun > i and noun > floor and _is_word(toks[noun][2]) and (toks[noun][2][:1].isupper() or (
            toks[noun][2] in NAME_JOINERS and (toks[noun - 1][2][:1].isupper() or toks[noun - 1][2] in NAME_JOINERS))):
        floor -= toks[noun][2] in NAME_JOINERS  # (a joiner is no name's word: "State of the Climate", three)
        noun -= 1
    if i == noun - 1 == len(toks) - 3 and toks[noun][2].islower() and _is_word(toks[noun][2]) and (
            person_noun(toks[-1][2]) or toks[-1][2] in en.ORGANIZATION_WORDS) and (
            toks[noun][2] not in _PREPOSITIONS and toks[noun][2] not in _ADJUNCT_PREPOSITIONS and (
                toks[noun][2] not in en.CLAUSE_BOUNDARIES and toks[noun][2] not in NOUN_MARKERS)):
        # (and a noun of its field before a noun of people or of a body: "the party's rural affairs spokesperson")
        noun = i
    if i != noun:
        return False
    if not _adjective(toks[i][2], lexicon, loose=True) and not _noun_modifier_of_body(toks[i][2], toks[-1][2]) and (
            toks[i][2] not in en.FREQUENCY_LY_WORDS):  # ("a weekly newspaper": how often it comes out)
        return False
    k = i - 1
    if k > 1 and toks[k][2] == ",":
        k -= 1  # "the tired, frustrated pilots": coordinate modifiers
        if not _adjective(toks[k][2], lexicon, loose=True):
            return False
    if k > 0 and _adjective(toks[k][2], lexicon, loose=True):
        k -= 1
    # (and names in capitals before it: "The Greek coast guard", "the U.S. border agency")
    least = k - 3
    while k > max(0, least) and toks[k][2][:1].isupper() and _is_word(toks[k][2]) and toks[k][2].lower() not in _MODIFIED_DETERMINERS:
        k -= 1
    if k >= 0 and toks[k][2].endswith(_POSSESSIVE_MARKS) and toks[k][2][:-2].lower() not in _IS_BEFORE:
        return True  # "Japan's space agency", "the party's frustrated members": a possessor determines the noun
    return k >= 0 and toks[k][2].lower() in _MODIFIED_DETERMINERS and (
        # (or a preposition: "the diary recovered from a dead soldier")
        k == 0 or not _is_word(toks[k - 1][2])
        or toks[k - 1][2].lower() in _PREPOSITIONS and toks[-1][2].lower() not in _CLAUSE_LEADS)


# the mark of a possessor at its word's end: "Japan’s" (not "it’s", "that’s": a pronoun and "is")
_POSSESSIVE_MARKS = ("’s", "'s")
_IS_BEFORE = frozenset(en.PRONOUNS) | frozenset("that what there here who where how when why let this".split())


def _noun_modifier_of_body(word: str, head: str) -> bool:
    """Whether a lower-case word before a noun for a body or for people by their
    part modifies it, a noun of what the body looks after: "the border agency",
    "the coast guard", "the space agency"; or before a noun of an outlet, a noun of
    what it carries ("a jobs portal", "the sports website")."""
    low = head.lower()
    return (word.isalpha() and word.islower() and not word.endswith("ly") and word not in en.AUXILIARIES
            and word not in _VERBISH and (low in en.ORGANIZATION_WORDS or low in en.GOVERNMENT_WORDS or person_noun(low)
                                           or low in en.OUTLET_NOUNS))


def control_service(lows: list[str]) -> bool:
    """Whether lower-cased words end in a public service named by "control" after the word of
    what it watches over (``default_lexicon.CONTROL_SERVICE_WORDS``): "air traffic control",
    "Mission Control", "border control" (not "gun control")."""
    return len(lows) >= 2 and lows[-1] == "control" and lows[-2] in en.CONTROL_SERVICE_WORDS


def _field_nouns(toks: list[tuple[int, int, str]], i: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``i`` is one of the two nouns of what a body looks after
    right before the noun for it, after a determiner or a possessor and at most one
    other modifier: "the disaster management authority", "the state fire safety
    agency", "Kenya's wildlife protection service" (no verb after a determiner)."""
    head = len(toks) - 1
    first = head - 2
    if first < 1 or i not in (first, first + 1) or _participle_form(toks[first + 1][2].lower()):
        return False
    noun = toks[head][2]
    if not noun.islower() or noun not in en.ORGANIZATION_WORDS and noun not in en.GOVERNMENT_WORDS:
        return False
    if not all(_noun_modifier_of_body(w, noun) and not plural(w) and w not in _DETERMINERS
               and w not in _PREPOSITIONS and w not in _ADJUNCT_PREPOSITIONS for w in (toks[first][2], toks[first + 1][2])):
        return False
    k = first - 1
    if k > 0 and toks[k][2].lower() not in _MODIFIED_DETERMINERS and (
            _adjective(toks[k][2], lexicon, loose=True) or _noun_modifier_of_body(toks[k][2], noun)):
        k -= 1  # "the state disaster management authority"
    return toks[k][2].lower() in _MODIFIED_DETERMINERS or toks[k][2].endswith(_POSSESSIVE_MARKS)


def _comma_in_noun_phrase(toks: list[tuple[int, int, str]], i: int, lexicon: Lexicon) -> int | None:
    """Where the noun phrase opens when the comma at ``i`` falls inside it: between
    coordinate modifiers after a determiner ("the bespectacled, 71-year-old diplomat")
    or between the day and the year of a date after one ("A Sept. 15, 2011 email");
    None when the comma ends a phrase before the mention."""
    after = toks[i + 1][2]
    if i >= 3 and toks[i - 1][2].isdigit() and len(toks[i - 1][2]) <= 2 and len(after) == 4 and after.isdigit():
        return i - 3 if _dated_year(toks, i) and toks[i - 3][2].lower() in _MODIFIED_DETERMINERS else None
    if i < 2 or toks[i - 2][2].lower() not in _MODIFIED_DETERMINERS:
        return None
    left = toks[i - 1][2]
    if not _adjective(left, lexicon, loose=True):
        # "The snarky, water-carrying headline": a hyphenated participle after the comma
        # shows the word before it a modifier too, unless that word heads mentions or
        # documents ("The company, state-owned since 1990,")
        if (_participle_compound(toks, i) and left.isalpha() and left.islower() and not plural(left)
                and not document_noun(left) and lexicon.speaker_share(left) < _MODIFIER_SHARE):
            return i - 2
        return None
    if _adjective(after, lexicon, loose=True) or _COMPOUND_MEASURE.match(after):
        return i - 2
    return None


def _participle_compound(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether one or two lower-case hyphenated words after the comma at ``i`` end in a
    participle ("water-carrying", "anti-tax, ferry-owning") and a lower-case noun follows."""
    for j in range(i + 1, min(len(toks) - 1, i + 3)):
        word = toks[j][2]
        if not word[:1].islower() or "-" not in word:
            return False
        if word.endswith(("ing", "ed")):
            after = toks[j + 1][2]
            return after.isalpha() and after.islower() and after not in en.CLAUSE_BOUNDARIES and after not in _PREPOSITIONS
    return False


# A hyphenated measure that modifies a noun: "71-year-old", "10-year", "three-term"
_COMPOUND_MEASURE = regex.compile(r"(?:\d{1,4}|(?:%s|%s)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-[a-z]{2,12}(?:-[a-z]{2,8})?$"
                                  % (en.NUMBER_WORDS, en.TENS_WORDS))


def _comma_in_place(toks: list[tuple[int, int, str]], i: int, words: int) -> bool:
    """Whether the comma at ``i`` parts a town from its state or country after a name's
    preposition of place, the state's capitalised words all the walk has taken
    ("Ann Lee of Columbia, South Carolina says"); not a place fronted before the
    clause ("In Columbia, South Carolina voters say")."""
    if words > 2 or i < 3 or not all(t[2][0].isupper() and t[2].isalpha() for t in toks[i + 1:i + 1 + words]):
        return False
    k = i - 1
    while k > i - 3 and toks[k][2][0].isupper() and toks[k][2].isalpha():
        k -= 1
    return k < i - 1 and toks[k][2] in ("of", "from") and k > 0 and toks[k - 1][2][0].isupper() and _is_word(toks[k - 1][2])


def _determined_speaker(toks: list[tuple[int, int, str]], k: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``k`` is a lower-case noun of people after a determiner, the
    first item of a list of speakers: "his family, friends and neighbours", "the
    senator, his aides and his donors"."""
    word = toks[k][2]
    return (k > 0 and word.islower() and toks[k - 1][2].lower() in _GROUP_DETERMINERS
            and (word in en.PERSON_NOUNS or word in en.COLLECTIVE_NOUNS or lexicon.speaker_share(word) >= _LIST_SPEAKER_SHARE))


# A noun this often a speaker's head opens a list of speakers after a determiner
_LIST_SPEAKER_SHARE = 0.1
# how many words the first item of a list of speakers may hold
_ITEM_WORDS = 8


def _determined_item(toks: list[tuple[int, int, str]], k: int, lexicon: Lexicon, long: bool) -> bool | None:
    """Whether the words that end at ``k`` are an item of a list, a noun phrase headed by a
    noun of people that opens with a determiner where the clause opens or after a mark: "The
    imam of the mosque, the vicar and a rabbi". None when the window (``long`` False) is cut
    before the item's opening is found: a wider window decides."""
    for j in range(k - 1, max(-1, k - _ITEM_WORDS), -1):
        w = toks[j][2]
        if not _is_word(w):
            return False
        if j == 0 and not long and w.lower() not in _ITEM_DETERMINERS:
            return None
        if w.lower() in _ITEM_DETERMINERS and (j == 0 or not _is_word(toks[j - 1][2])):
            # the head is the noun before the item's first preposition, only modifiers before it
            # (not "The mayor spoke to the vicar", "The priest visited the imam": clauses)
            lows = [t[2].lower() for t in toks[j + 1:k + 1]]
            cut = next((n for n, m in enumerate(lows) if m in _HEAD_PREPOSITIONS), len(lows))
            if cut == 0 or any(m in NOUN_MARKERS or m in _VERBISH or m in _STRONG_VERBS or n and _past_form(m)
                               for n, m in enumerate(lows[:cut - 1])):
                return False
            head = lows[cut - 1]
            return person_noun(head) or head in en.TITLES or lexicon.speaker_share(head) >= _LIST_SPEAKER_SHARE
    return False


def _determiner_that(toks: list[tuple[int, int, str]], i: int, start: int | None, lexicon: Lexicon) -> bool:
    """Whether the "that" at ``i`` determines the noun after it, inside a
    mention: right after a preposition, before the words the walk took ("the
    head of that agency", "critics of that plan"), or capitalised where the
    walk's reading opens, before a common noun ("That official said"), not
    opening a clause."""
    if (toks[i][2] == "That" and start is not None and (i == 0 or toks[i - 1][2] in _OPENING_MARKS)
            and toks[i + 1][0] == start and toks[i + 1][2].islower() and _is_word(toks[i + 1][2])
            and not _past_form(toks[i + 1][2]) and not plural(toks[-1][2])
            and toks[i + 1][2] not in _SUBJECT_PRONOUNS and toks[i + 1][2] not in NOUN_MARKERS):
        # (a noun for people heads the mention: "That official", not "That decision prompted")
        last = toks[-1][2].lower()
        return person_noun(last) or lexicon.speaker_share(last) >= _HEAD_SHARE
    return (start is not None and i > 0 and toks[i - 1][2] in _PREPOSITIONS
            and toks[i + 1][0] == start and toks[i + 1][2].lower() not in _SUBJECT_PRONOUNS
            and toks[i + 1][2].lower() not in NOUN_MARKERS)  # ("wrong in that the board said")


# marks that may stand before the word that opens a sentence
_OPENING_MARKS = frozenset(["“", '"', "‘", "(", "—", "–"])
# words before a participle of naming that leave it no noun to name: "the so called “X”"
_NOT_NAMED = en.CLAUSE_BOUNDARIES | frozenset("so also often sometimes widely".split())
_TITLE_CLOSINGS = frozenset(["”", '"'])
_TITLE_OPENINGS = frozenset(["“", '"'])
_TITLE_WORDS = 6
# Small words a title in title case may leave in lower case: "“Orange is the New Black”"
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or is are with from by".split())


def _quoted_title_opening(toks: list[tuple[int, int, str]], close: int) -> int | None:
    """Where the opening mark of a quoted title in title case that closes at
    ``close`` stands ("the “Harbour Lights” actress"): up to ``_TITLE_WORDS``
    words, the first capitalised, none in lower case but a title's small words."""
    for j in range(close - 1, max(close - _TITLE_WORDS - 2, -1), -1):
        w = toks[j][2]
        if w in _TITLE_OPENINGS:
            return j if j < close - 2 and toks[j + 1][2][0].isupper() else None
        if not _is_word(w) or not (w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS):
            return None
    return None


# Prepositions whose object, before a comma, is no item of a list of speakers after it
# ("broadcast by CNN, Ann Lee and Tom Roe said"); "of" and "in" take lists inside a
# mention ("voters in Ohio, Iowa and Utah said")
_LIST_BREAKING_PREPOSITIONS = frozenset("by with from at on to".split())


def _participle_after_plural(toks: list[tuple[int, int, str]], i: int, closed: bool = False) -> bool:
    """Whether the word at ``i`` is a lower-case participle in "-ing" right after a
    plural noun, or a body's or a person's noun after "a" or "the", opening a clause
    inside the mention ("unions representing the crews", "A group representing the
    nurses", "a lawyer acting for the family")."""
    if i == 0 or not _participle_on_noun(toks[i - 2][2] if i > 1 else "", toks[i - 1][2], toks[i][2]):
        return False
    # (a singular's clause holds no comma, nor ends at one: "One pastor backing Lee, Ann Roe of ..., said"
    # is the name's)
    return plural(toks[i - 1][2].lower()) or not closed and all(t[2] != "," for t in toks[i + 1:])


# participles that name the members a body is made of: "a bench comprising", "a panel consisting of"
_MEMBERSHIP_PARTICIPLES = frozenset("comprising consisting including".split())
# plurals of people with no "-s": "the people", "many women", "People living near the plant said"
_UNMARKED_PLURALS = frozenset("people men women children folk".split())


def _participle_on_noun(before: str, noun: str, word: str) -> bool:
    """Whether ``word`` is a participle in "-ing" whose clause goes on ``noun`` (a plural,
    or a body's or person's noun after ``before``, "a" or "the", or one uprooted: "a migrant facing")."""
    if not (word.islower() and word.endswith("ing") and len(word) > 5 and noun.isalpha()):
        return False  # (a possessive before a noun in "-ing" modifies it: "Lee's fundraising email")
    if word in _MEMBERSHIP_PARTICIPLES and noun.isalpha() and noun.lower() in en.ORGANIZATION_WORDS:
        # a body and the members it is made of, whatever words or capitals name the body first: "A
        # Division Bench comprising Justices Ann Rao and Tom Iyer", "a panel consisting of three judges"
        return True
    # (police, a body, reads here as its officers: "Police searching the area said")
    return plural(noun.lower()) or noun.lower() in _UNMARKED_PLURALS or noun.lower() == "police" or _people_by_part(noun) or (
        noun.isalpha() and noun.islower() and before.lower() in _NOUN_DETERMINERS and (
            noun in en.ORGANIZATION_WORDS or person_noun(noun) or noun + "s" in en.UPROOTED_PEOPLE))


def _opens_object(word: str) -> bool:
    """Whether a word may open a participle's object, its infinitive or its adjunct of
    place: a determiner, "to", a name, a number or a preposition ("People living near the plant")."""
    return (word.lower() in _DETERMINERS or word == "to" or word[:1].isupper() or word[:1].isdigit()
            or word in _HEAD_PREPOSITIONS or word in _PLACE_PARTICLES or word in _AMOUNT_LEADS)


# prepositions of place a participle's adjunct may open: "living near", "working outside"
_PLACE_PARTICLES = frozenset("near outside inside along under over into beside".split())
# what opens an amount a participle takes: "Families earning less than $40,000 said"
_AMOUNT_LEADS = frozenset("less more $ £ € ₹".split())


# what opens a singular noun a participle's clause may go on inside a mention: "A group representing ..."
_NOUN_DETERMINERS = frozenset("a an the one".split())


def _inside_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the capitalised preposition at ``i`` stands inside a name,
    between capitalised words of letters ("Doctors Without Borders", "Campaign
    Against Arms Trade"), outside a title-case line, where every word is capitalised."""
    return (0 < i < len(toks) - 1 and toks[i][2][0].isupper()
            and all(toks[k][2][0].isupper() and toks[k][2].isalpha() for k in (i - 1, i + 1)))


# the heads of a body's name that may hold a word in lower case: "the Medicines and Healthcare
# products Regulatory Agency", "the Oil and Gas Industry Authority"
_NAME_BODY_HEADS = en.ORGANIZATION_WORDS | frozenset("administration ministry authority directorate inspectorate".split())


def _lower_word_in_body_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` stands between capitalised words of a long
    body's name that runs to the cue ("the Medicines and Healthcare products Regulatory
    Agency said", "... Agency's chief said"): the name holds it, and the walk goes on to the
    name's start."""
    if i == 0 or not (toks[i - 1][2][:1].isupper() and toks[i - 1][2].isalpha()):
        return False
    j = i + 1
    while j < len(toks) and toks[j][2][:1].isupper() and toks[j][2].isalpha():
        j += 1
    if j < len(toks) and toks[j][2][:1].isupper() and toks[j][2].endswith(_POSSESSIVE_MARKS):
        return j - i > 1 and toks[j][2][:-2].lower() in _NAME_BODY_HEADS  # "... Regulatory Agency's chief said"
    return j == len(toks) and j - i > 2 and toks[j - 1][2].lower() in _NAME_BODY_HEADS


def _unseen_past_before_object(text: str, toks: list[tuple[int, int, str]], i: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``i``, right before the cue, is a past in "-ed" that sources never
    hold, after its subject (a name, a plural, a determined noun), and the cue's word a noun, its object: in
    "Negotiators resumed talks about a truce", "The army redeployed claims that ..." the
    verb ends the walk, and the noun has no subject ("Voters consulted said" keeps its
    participle: a past cue follows it)."""
    w = toks[i][2]
    if i == 0 or not (w.isalpha() and w.islower() and w.endswith("ed") and len(w) > 4):
        return False
    before = toks[i - 1][2]
    if not before.isalpha() or before.lower() in NOUN_MARKERS or not (
            before[0].isupper() or plural(before) or i > 1 and toks[i - 2][2].lower() in _DETERMINERS):
        return False  # ("the unnamed official", "Two unnamed aides": a determiner's modifier)
    if _name_after_thing(toks, i):
        return False  # "The data Ann Lee cited shows": the past is a relative clause's, the cue a verb
    if lexicon.source_word_share(w) < 1.0 and not lexicon.outside_sources(w):
        return False  # a word sources hold: "Voters polled said"
    cue = WORD.search(text, toks[-1][1], toks[-1][1] + 40, CONCURRENT)
    return cue is not None and (plural(cue.group()) or cue.group() in en.REPORT_NOUNS)


def _name_after_thing(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the words right before the past at ``i`` are a name that follows a determined
    noun for a thing, a text or a record ("The data | Ann Lee | cited", "the photo | Lee |
    posted"): the name is the subject of a relative clause with no pronoun on that noun,
    not the noun's apposition (a noun for a thing names no one's role)."""
    j = i - 1
    while j > 0 and toks[j][2][:1].isupper() and toks[j][2].isalpha():
        j -= 1
    noun = toks[j][2]
    if j == i - 1 or not (noun.isalpha() and noun.islower() and (document_noun(noun) or noun in _NO_ROLES)):
        return False
    return any(t[2].lower() in _DETERMINERS for t in toks[max(0, j - 2):j])


def _subject_after_than(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a name or a subject pronoun follows the "than" at ``i`` ("less than | Lee
    claimed", "more than | she said"): the subject of a comparative clause, no count of the
    speakers as in "more than | half of voters said"."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][2]
    return nxt.lower() in _SUBJECT_PRONOUNS or nxt[0].isupper() and nxt.isalpha()


def _ended(start, words: int, edge: bool = False):
    """A walk that stopped at a boundary: a subject longer than ``_MAX_WORDS``
    is none unless it opens a clause, at a comma (``edge``: "Last month, a group
    of ... said", "..., and text messages found on ... suggested")."""
    return (False, False) if words > _MAX_WORDS and not edge else (start, False)


# Verbs inside a subject are rare: a strongly cue-like word ends one.
_STRONG_VERBS = frozenset(
    "said says told tells wrote writes added asked noted claimed reported announced "
    "argued believes believed thinks thought found finds showed shows suggested suggests".split()
)


def _modifies_noun(word: str) -> bool:
    """Whether the word after an "-ing" word is a plain noun it may modify ("hiring
    practices"), not an object's determiner, a particle or "to" ("taking the", "trying to")."""
    low = word.lower()
    return (word.isalpha() and word.islower() and low not in _DETERMINERS and low not in _CLAUSE_LEADS
            and low not in en.PRONOUNS and low not in en.OBJECT_PRONOUNS and low not in _PARTICLES
            and low not in ("otherwise", "online") and not low.endswith("ing")
            and not (low.endswith("ly") and low not in en.LY_NOUNS))  # ("a ferry-owning family")


_PARTICLES = frozenset("out up down off over away back about into onto".split())


def _verb_form_names(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a capitalised verb form at ``i`` is a name, outside title case:
    the end of one ("Theresa May") or the whole subject ("May said", and
    right after the quotation it trails, "“...,” May said", "“...” Will wrote"); or the
    month a modal's form spells after a determiner or a preposition, where no verb
    stands ("the May meeting", "published in May", "from last May")."""
    w = toks[i][2]
    return w[0].isupper() and (i > 0 and toks[i - 1][2][0].isupper() or w.lower() in _MODALS and (
        len(toks) == 1 or i == len(toks) - 1 and i > 0 and toks[i - 1][2] in _CLOSING_MARK_TOKENS) or (
        w.lower() in en.MONTH_NAMES and i > 0 and toks[i - 1][2] in _BEFORE_MONTH))


# the words a month follows that no verb does: a determiner, a preposition, a time's word
# ("the May meeting", "in May", "last May")
_BEFORE_MONTH = (_DETERMINERS | _PREPOSITIONS | frozenset("last next early late since until".split())) - {"that"}


# A closing quotation mark, as a token (a doubled '' is two): a trailing speaker's
# name may follow one; right after a comma, no space between, it closes
_CLOSING_MARK_TOKENS = frozenset(["”", '"', "’", "'"])


def _department_before_post(toks, i: int) -> bool:
    """Whether the "and" at ``i`` joins the fields of one department before the post that
    heads them, all in lower case or all capitalised: "the work and pensions secretary", "the
    environment, food and rural affairs secretary", "the shadow culture and media minister",
    "Information and Broadcasting Minister Ann Rao" (one post, no list of names)."""
    if not (i > 0 and toks[i - 1][2].isalpha() and (toks[i - 1][2].islower() or toks[i - 1][2].istitle())):
        return False
    lower = toks[i - 1][2].islower()
    for j in range(i + 1, min(len(toks), i + 1 + _DEPARTMENT_WORDS)):
        word = toks[j][2]
        if not (word.isalpha() and (word.islower() if lower else word.istitle())) or word.lower() in _DETERMINERS:
            return False
        if word.lower() in _DEPARTMENT_POSTS:
            return j > i + 1
    return False


# the posts a department's fields stand before, and how many words its last field may take
_DEPARTMENT_POSTS = frozenset("secretary minister spokesman spokeswoman spokesperson".split())
_DEPARTMENT_WORDS = 4


def _coordinated(toks, i: int, lexicon: Lexicon | None = None) -> bool:
    """An "and" that joins two speakers in one subject: a name or a group of
    others after a capitalised word ("Ann Lee and Tom Roe", "Ann Lee and other
    pilots"), anything after a subject pronoun ("She and her aides"), a
    determined group after a name or a plural ("Ann Lee and her staff",
    "Pilots and some engineers")."""
    if not 0 < i < len(toks) - 1:
        return False
    left, right = toks[i - 1][2], toks[i + 1][2]
    if left.lower() in _SUBJECT_PRONOUNS and (
        i == 1 or not _is_word(toks[i - 2][2]) or toks[i - 2][2].lower() == "that" or lemma(toks[i - 2][2].lower()) in en.THAT_VERBS
    ):
        return True  # "She and her aides", "said he and other leaders are planning"
    low = right.lower()
    if i > 1 and toks[i - 2][2] in _BEFORE_MONTH and (left.lower() in en.MONTH_NAMES or left.lower() in en.DAY_NAMES):
        return False  # "reported in May and some lawmakers said": a time's month or day ends a clause, no speaker
    if left == ")" and _bracketed_tag_after_name(toks, i - 1):
        left = toks[i - 2][2]  # "Sen. Ann Lee (Ohio) and ...": the name's own tag in brackets
        if right[0].isupper() or low in _OTHERS or low in _GROUP_DETERMINERS or low in _TENURES:
            return True
    if left.lower() in _TENURES and low in _TENURES:
        return True  # "current and former officials": two words for one noun
    if _department_before_post(toks, i):
        return True  # "the work and pensions secretary": the fields a post is of, in lower case
    if left.lower() in en.COMPASS_ADJECTIVES and low in en.COMPASS_ADJECTIVES:
        return True  # "counties in northern and western Maine": two parts of one place
    if (lexicon is not None and i > 1 and i < len(toks) - 2 and _adjective(left, lexicon, loose=True)
            and (_adjective(right, lexicon, loose=True) or right[0].isupper() and right.isalpha())
            and (toks[i - 2][2].lower() in _DETERMINERS or toks[i - 2][2].lower() in NUMBERS
                 or toks[i - 2][2].isdigit() or _COUNT_WORD.fullmatch(toks[i - 2][2].lower()))):
        return True  # "several local and national unions", "eleven liberal and Muslim groups": one noun's modifiers
    if left == "," and _serial_list(toks, i):
        return True  # "Ann Lee, Tom Roe, and other pilots": the comma before the "and" of a list
    if left[0].isupper() and (right[0].isupper() or low in _OTHERS or low in _GROUP_DETERMINERS or low in _TENURES):
        return True  # ("the Gazette and former mayor Tom Roe")
    if plural(left) and (low in _OTHERS or low in _GROUP_DETERMINERS or plural(right)):
        return True
    # two short noun phrases, each ending in a name, a plural or a noun that often
    # names a speaker: "the businessman and reality star", "media reports and party
    # sources", "Ann Lee and former mayor Tom Roe"
    # (but a lone name after a lower-case noun more often opens a clause: "a woman
    # asked for a photo and Lee said")
    return (lexicon is not None and len(toks) - i <= _CONJUNCT_WORDS and low not in _VERBISH
            and _nounish(left, lexicon) and _nounish(toks[-1][2], lexicon)
            and not (right[0].isupper() and i == len(toks) - 2))


_CONJUNCT_WORDS = 6
# A number word that counts a group: "eleven", "twenty-one"
_COUNT_WORD = regex.compile(r"(?:%s|%s)(?:-(?:%s))?" % (en.NUMBER_WORDS, en.TENS_WORDS, en.NUMBER_WORDS))
# The items of a list before its last comma are at most this many words long.
_LIST_ITEM_WORDS = 5


def _serial_list(toks, i: int) -> bool:
    """Whether the ", and" at ``i`` closes a list of speakers: a name or a
    plural before the comma, another such item and comma a few words before
    it ("Ann Lee, Tom Roe, and", "unions, pilots' groups, and"), and after the
    "and" a name, a group of others or a determined group."""
    right = toks[i + 1][2]
    if i < 4 or not (right[0].isupper() or right.lower() in _OTHERS or right.lower() in _GROUP_DETERMINERS
                     or right.lower() in _TENURES):
        return False
    item = toks[i - 2][2]
    if not (item[0].isupper() or plural(item)) or item.endswith("."):
        return False  # ("in San Mateo, Calif., and ...": a state's abbreviation after its town ends a place)
    for j in range(i - 3, max(0, i - 3 - _LIST_ITEM_WORDS), -1):
        w = toks[j][2]
        if w == ",":
            return j > 0 and (toks[j - 1][2][0].isupper() or plural(toks[j - 1][2]))
        if not _is_word(w) and w not in (".", "’s", "'s", "-"):
            return False
    return False
# Words for when someone held a post, which "and" joins before one noun
# Words that mark a noun as someone's past role: "former rival", "retired general"
_PAST_ROLES = frozenset("former retired onetime one-time".split())
_TENURES = frozenset("current former past present future retired".split())


def _bracketed_tag_after_name(toks, close: int) -> bool:
    """Whether the ")" at ``close`` ends a short bracketed tag after a capitalised word ("Lee (D-Ohio)")."""
    for j in range(close - 1, max(0, close - 6), -1):
        if toks[j][2] == "(":
            return j > 0 and toks[j - 1][2][:1].isupper()
    return False


def _nounish(word: str, lexicon: Lexicon) -> bool:
    return word[0].isupper() or plural(word) or lexicon.speaker_share(word.lower()) >= 0.05


def singular(word: str) -> str:
    """A regular plural's singular: "agencies" -> "agency", "banks" -> "bank"."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def plural(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun ("groups", not "perhaps" nor "class")."""
    return (word.isalpha() and word.islower() and len(word) > 3 and word.endswith("s")
            and not word.endswith(("ss", "us", "is")) and word not in _S_ADVERBS)


# Words in "-s" that are no plural nouns: "perhaps", "always", "whereas"
_S_ADVERBS = frozenset(
    "perhaps always sometimes besides towards afterwards whereas nevertheless nonetheless unless upwards "
    "downwards backwards forwards outwards indoors outdoors overseas hers ours yours theirs does".split()
)


_OTHERS = frozenset("other others several many some fellow".split())
# Determiners that open a second group of speakers after "and"
_GROUP_DETERMINERS = frozenset("his her their its our the".split())
# ... and those that open an item of a list of speakers: "the vicar, the imam and a rabbi"
_ITEM_DETERMINERS = _GROUP_DETERMINERS | frozenset(["a", "an"])


_TIME_LEADS = frozenset("last next this that earlier later early late every each".split())
# Determiners that open a subject after a fronted phrase with no comma ("In an interview the mayor")
_SUBJECT_OPENERS = frozenset("the a an his her their its our my these those".split())
# A fronted phrase with no comma is at most this many words long
_FRONTED_PHRASE_WORDS = 8


def _opens_clause(text: str, lo: int, pos: int) -> bool:
    """Whether only quote marks, or a comma, a dash or a colon that ends what
    goes before, stand between ``lo`` and ``pos``: a phrase there opens its clause."""
    before = text[max(lo, pos - 200):pos].rstrip()
    return not before.strip("“\"‘'") or before.endswith((",", "—", "–", ";", ":"))


def _past_timed_phrase(text: str, lo: int, time_start: int, toks: list[tuple[int, int, str]],
                       strong: bool) -> list[tuple[int, int, str]]:
    """``toks`` past a prepositional phrase that follows a fronted time with no comma,
    after a sure cue, when the time opens the clause ("Last night at the dock Lee
    said", "... Sen. Lee (D-Ohio) said"); None when there is none."""
    if not strong or len(toks) < 3 or toks[0][2] not in _PREPOSITIONS or not _opens_clause(text, lo, time_start):
        return None
    end = len(toks)
    if toks[-1][2] == ")":  # a name's tag in brackets, which the phrase reading takes for no word
        end = next((k for k in range(len(toks) - 2, max(0, len(toks) - 8), -1) if toks[k][2] == "("), end)
    opened = _after_fronted_phrase(toks[1:end])
    return None if opened is None else toks[opened + 1:]


def _after_fronted_phrase(toks: list[tuple[int, int, str]]) -> int | None:
    """Where the subject starts after a prepositional phrase fronted with no
    comma, its preposition already dropped: "[In] a radio interview the mayor",
    "[On] Monday Lee", "[In] an interview with the Ledger the senator". The
    subject is a determiner and its noun, or a name, with no preposition in
    it, after a noun, a number or a time; None when the words read as one
    phrase ("[on] the regime in Damascus")."""
    capitals = True  # whether the words from k on are all capitalised: a name
    for k in range(len(toks) - 1, 0, -1):
        w = toks[k][2]
        if w.lower() in _PREPOSITIONS or not _is_word(w):
            return None
        capitals = capitals and w[0].isupper()
        prev = toks[k - 1][2]
        low_prev = prev.lower()
        if low_prev in _DETERMINERS or low_prev in _PREPOSITIONS or low_prev in en.CLAUSE_BOUNDARIES or not _is_word(prev):
            continue
        opens = w.lower() in _SUBJECT_OPENERS or capitals and (
            prev[0].islower() or prev[0].isdigit() or low_prev in en.TIME_WORDS)
        if opens:
            return k if k <= _FRONTED_PHRASE_WORDS else None
    return None


def _connective(text: str, start: int, end: int) -> bool:
    """One sentence adverb ("Moreover", "Separately"): no name before an appositive."""
    words = text[start:end].split()
    return len(words) == 1 and (words[0].lower() in en.SENTENCE_ADVERBS or words[0].lower().endswith("ly"))


def _name_before_aside(text: str, lo: int, last_comma: int, lexicon: Lexicon, strong: bool) -> tuple[int, int] | None:
    """"Sen. Ann Lee, facing a challenge in Ohio, a swing state, said": the name
    that opens the stretch, when a participle or relative clause follows it
    and more asides come after; None otherwise."""
    first = text.find(",", lo, last_comma)
    if first < 0:
        return None
    after = tokens(text, first + 1, last_comma)
    if not after or not (after[0][2].lower() in ("who", "which", "whose") or (
            after[0][2].islower() and after[0][2].endswith("ing") and len(after[0][2]) > 4)):
        return None
    if any(t[2] == "," and k + 1 < len(after) and after[k + 1][2].lower() in _CLAUSE_AFTER_ASIDE for k, t in enumerate(after)):
        return None  # "Lee, who ..., said X, while Roe, a pilot, argued": a clause of its own after the first report
    name = _subject(text, lo, first, lexicon, strong=strong)
    opening = WORD.search(text, lo, first)
    if name is None or opening is None or name[0] != opening.start() or not text[name[0]].isupper():
        return None
    return name


# what opens a clause of its own after a comma, no aside of a name: ", while Roe, a pilot, argued"
_CLAUSE_AFTER_ASIDE = frozenset("while whereas although though but".split())


# the closing marks of a quotation, for str.startswith
_CLOSING_MARKS = ("”", '"', "''")
# A comma and the closing mark of a quotation after it, at the end of a subject
_CLOSING_AFTER_COMMA = regex.compile(r",(?:”|\"|'')$")
# a subject pronoun, its verb and a preposition with no object, at a subject's end: the
# clause of "the experts we spoke to", "residents I talked with" (its preposition group 1)
_STRANDED_PREPOSITION = regex.compile(
    r"(?<![\w’'-])(?:I|we|you|he|she|they)[^\S\n]+\p{Ll}+[^\S\n]+(to|with|for|about|at|from|on)[^\S\n]*\Z")
_STRANDED_REACH = 40


def ends_in_stranded_preposition(text: str, start: int, end: int) -> bool:
    """Whether the mention from ``start`` to ``end`` ends in a clause with no "who"
    or "that" whose preposition has no object: "the experts we spoke to"."""
    found = _STRANDED_PREPOSITION.search(text, max(start, end - _STRANDED_REACH), end, CONCURRENT)
    return found is not None and bool(text[start:found.start()].strip())


def _is_age(word: str) -> bool:
    """Whether a word is a number of up to three digits, as an age set off by commas is ("Ann Lee, 54,")."""
    return word.isdigit() and len(word) <= 3


# a date's day before the comma that sets off its year: "January 20| 2025", "Jan. 20| 2025"
_DAY_BEFORE_YEAR = regex.compile(r"\b(?i:" + "|".join(m[:3] for m in en.MONTH_NAMES) + r")[a-z]*\.?[^\S\n]+\d{1,2}$")
_YEAR_AFTER = regex.compile(r"[^\S\n]\d{4}\b")


def _aside_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in [lo, hi) that may open an aside, -1 when there is none: a comma
    between digits groups a number ("the port, where 2,000 people work,"), and one between a
    date's day and its year sets off no aside ("at its meeting on January 20, 2025,"): they open nothing."""
    comma = text.rfind(",", lo, hi)
    while comma > lo and comma + 1 < hi and (text[comma - 1].isdigit() and text[comma + 1].isdigit() or (
            _YEAR_AFTER.match(text, comma + 1, hi) and _DAY_BEFORE_YEAR.search(text, max(lo, comma - 14), comma))):
        comma = text.rfind(",", lo, comma)
    return comma


def _appositive(text: str, lo: int, hi: int, lexicon: Lexicon, strong: bool, *, quoted: bool = False) -> tuple[int, int] | None:
    """"Name, appositive," before a cue: the name and its appositive together;
    the name alone before a relative clause or an age. A ``quoted`` appositive
    ends in a quotation whose closing mark stands after the comma ("the author
    of “Tides,”"): its one opening mark is allowed."""
    inner_end = hi - 1  # the closing comma
    comma = _aside_comma(text, lo, inner_end)
    titled = comma > lo and text.startswith(_CLOSING_MARKS, comma + 1)
    if titled:
        # "Ann Lee, the author of “Tides,” about the sea,": the comma inside a title's
        # closing mark is the title's; the aside opens at the comma before it
        comma = _aside_comma(text, lo, comma)
    if comma < 0:
        return None
    named = _name_before_aside(text, lo, comma, lexicon, strong)
    if named is not None:
        return named
    appos = tokens(text, comma + 1, inner_end)
    if not appos or len(appos) > _MAX_APPOSITIVE_WORDS:
        return None
    marks = [t[2] for t in appos if t[2] in "“”\""]
    if len(marks) > (1 if quoted and any(m in "“\"" for m in marks) else 0) and not (
            _title_pair(marks) and (titled or not any(t[2].lower() in _VERBISH for t in appos))):
        return None
    name = _subject(text, lo, comma, lexicon, strong=strong)
    if name is None:
        return _described_name(text, lo, comma, appos, inner_end)
    if _share(appos):
        return name[0], inner_end  # "A third of voters, 33%,", "about two-thirds, 67 percent,": the share in figures
    first = appos[0][2].lower()
    # (a participle's aside needs none, nor one that keeps the source unnamed: "and two aides,
    # speaking on condition of anonymity, said", "but officials, who asked not to be named, said")
    clausal = first.endswith("ing") and first != "including" and first not in _TITLE_PARTICIPLES or (
        first == "who" and _ANONYMITY_CLAUSE.match(text, comma + 1, inner_end, CONCURRENT) is not None)
    members = first == "including" or _among_them(appos)  # a list of members named: the mention's
    if not members and not clausal and not _opens_clause_after_adjunct(text, lo, name[0]) and not any(
            t[2][0].isupper() for t in tokens(text, name[0], name[1]) + appos if _is_word(t[2])):
        return None  # (a list of members needs no name: "many of the pilots, including two captains,")
    if len(appos) == 1 and _is_age(first):
        return name[0], inner_end  # "Ann Lee, 54,": her age is part of the mention
    if first in ("at", "of", "from") and _affiliation(appos[1:]) and text[name[0]].isupper() and kind(text, *name, lexicon) == "person":
        # "Tom Roe, at the Harbour Institute,", "Ms. Lee, of Ashby Capital,", "Dr. Lee, from the
        # University of Harlow,": where they work
        return name[0], inner_end
    if (first in ("who", "which", "whose", "whom", "when", "where") or first.isdigit()
            or first.endswith("ing") and first != "including" and first not in _TITLE_PARTICIPLES
            or first in _PREPOSITIONS or first in _ADJUNCT_PREPOSITIONS and not members or _adverbial_aside(appos)
            or _passive_aside(appos) and kind(text, *name, lexicon) == "person" or _members_aside(appos)):
        # a relative clause, an age, a participle or an adverbial is no part of the
        # mention, unless the relative clause describes it (see _keeps_relative);
        # a list of members is ("Six papers, including the Gazette,"); a "which" clause after a
        # body's first full name is kept as a "who" clause after a person's is ("Energy UK, which
        # represents suppliers,"), and after an appositive ("Ann Lee, a pilot for the Island Line,
        # which runs the ferry,"), as annotated copy keeps relative clauses more often than not
        relative = first in ("who", "whose", "which") and appos[0][2] == first
        if text[lo:name[0]].rstrip().endswith(","):
            # "Ann Lee, a pilot who flies for the Line, which ..., said": the mention
            # before the aside may hold an appositive of its own
            found = _walked_subject(text, lo, comma + 1, lexicon, strong)
            if found is not None and found[0] < name[0] and not _opens_with_adjunct(text, found[0], name[0]):
                if relative and _keeps_relative(text, found, appos[1:], True, lexicon):
                    return found[0], inner_end
                if first in ("of", "from") and appos[1:] and appos[1][2][:1].isupper() and _is_age(text[name[0]:name[1]]):
                    return found[0], inner_end  # "Ann Lee, 54, of Flint,": her home after her age is the mention's
                return found
        if relative and _keeps_relative(text, name, appos[1:], False, lexicon):
            return name[0], inner_end
        return name
    lead = text[lo:name[0]].rstrip()
    start = lo
    if lead.endswith(",") and lead.count(",") == 2 and _opens_with_adjunct(text, lo, name[0]):
        # "Commenting on the results, Ann Lee, Managing Director, Ashby Mills,": one fronted
        # adverbial, then a name with two asides; the name is read after the adverbial
        start = lo + lead.index(",") + 1
    if lead.endswith(",") and (start > lo or not _opens_with_adjunct(text, lo, name[0])):
        # a second appositive: "Name, the minister of X, a member of Y,"
        # or "Sen. Lindsey Graham, R-S.C., a candidate," (but "On Monday, however, the
        # minister, Ann Lee," opens with an adverbial, no mention)
        first_comma = len(lead) + lo
        outer = _appositive(text, start, first_comma, lexicon, strong)
        if outer is None:
            head = _subject(text, start, first_comma - 1, lexicon, strong=strong)
            if head is not None and any(t[2][0].isupper() for t in tokens(text, *head)) and not _connective(text, *head):
                outer = head
        if outer is not None and (start == lo or not text[start:outer[0]].strip()):
            return outer[0], inner_end  # (after an adverbial, the name opens the clause)
    governor = _LAST_WORD.search(text, max(lo, name[0] - 20), name[0])
    if governor is not None and _object_of_verb(governor.group(1)) and not _DETERMINED.search(
            text, max(lo, governor.start() - 20), governor.start()) and appos[0][2][0].isupper() and all(
            _NAME_WORD.fullmatch(t[2]) or t[2] in ("of", "in") or not _is_word(t[2]) for t in appos):
        # "After winning Ohio in the primary, Gov. Ann Lee said", "One pilot backing
        # Lee, Tom Roe, said": the phrase before the comma is a verb's object, the
        # name after it the mention
        return appos[0][0], appos[-1][1]
    return name[0], inner_end


def _affiliation(words: list[tuple[int, int, str]]) -> bool:
    """Whether the words after an aside's "at" or "of" name a body only: capitalised
    words, perhaps after "the" and joined by "of", "for" or "and" ("the Harbour
    Institute", "Ashby Capital Markets"), or a noun phrase that a "called" or
    "named" names ("a consulting firm called Ashby Partners"); not a time nor an
    occasion ("at the same time", "at Monday's rally")."""
    ws = [t[2] for t in words if _is_word(t[2])]
    if ws and ws[0].lower() in ("a", "an") and len(ws) > 2:
        named = next((j for j, w in enumerate(ws) if w in ("called", "named")), None)
        if named is None or named > _AFFILIATION_WORDS or not all(w.islower() for w in ws[1:named]):
            return False
        ws = ws[named + 1:]
    elif ws and ws[0] == "the":
        ws = ws[1:]
    return (0 < len(ws) <= _AFFILIATION_WORDS and ws[0][0].isupper() and not _number(ws[0])
            and all(w[0].isupper() or w in ("of", "for", "and", "&") for w in ws)
            and not any(w in en.DAY_NAMES or w.lower() in en.DAY_NAMES or w.lower() in en.TIME_WORDS for w in ws)
            and not any(t[2] in ("’s", "'s") or t[2].endswith(("’s", "'s")) for t in words))


_AFFILIATION_WORDS = 6


# A determiner or a possessive right before a word: "the leading", "Lee's acting"
_DETERMINED = regex.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|my)|[’']s?)\s+\Z", regex.IGNORECASE)


def _object_of_verb(word: str) -> bool:
    """Whether a word before a noun phrase makes it a verb's object: a participle
    in "-ing" or "-ed" ("winning Ohio", "backing Lee"), not a title ("managing")."""
    return word.islower() and len(word) > 4 and word.endswith(("ing", "ed")) and word not in _TITLE_PARTICIPLES


# The longest described noun phrase before a name in apposition
_DESCRIBED_WORDS = 10
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}’'.-]*|(?:de|van|von|der|da|bin|al)")


def _described_name(text: str, lo: int, comma: int, appos: list[tuple[int, int, str]],
                    inner_end: int) -> tuple[int, int] | None:
    """"One delegate not on the slate, Kelly Roe," and "The minister of trade and
    industry, Ann Lee,": a noun phrase the walk cannot read, that opens the
    stretch read with a determiner or a number and holds no verb, before a
    name set off by commas: the phrase and the name together. None otherwise."""
    if not 2 <= len(appos) <= 4 or not all(_NAME_WORD.fullmatch(t[2]) for t in appos) or not appos[0][2][0].isupper():
        return None
    head = tokens(text, lo, comma)
    if not 1 < len(head) <= _DESCRIBED_WORDS or head[0][2].lower() not in NOUN_MARKERS | NUMBERS:
        return None
    if any(not _is_word(w) and w not in ("’s", "'s", "-") or w.lower() in _VERBISH or w.lower() in en.SUBORDINATORS
           or w.lower() in _ADJUNCT_PREPOSITIONS or w.lower() in en.TIME_WORDS for _s, _e, w in head):
        # (a clause, or a time: "The day after the vote, Kelly Roe,")
        return None
    return head[0][0], inner_end


def _title_pair(marks: list[str]) -> bool:
    """Whether the quotation marks of an aside are one pair, opening then closing:
    a quoted title inside it ("the author of “Tides,” about the sea", "wearing a
    “Lee” badge"); one in an aside with a verb of its own ("and it has used “velvet
    gloves” in Asia") belongs to a clause, no aside."""
    return len(marks) == 2 and marks[0] in "“\"" and marks[1] in "”\""


# Words in "-ing" that open a title, not a participle: "Ann Lee, managing director of ..."
_TITLE_PARTICIPLES = frozenset("managing acting founding ranking outgoing incoming presiding reigning".split())
# Titles held that a participle before them qualifies: "defending | champion", "reigning | champions"
TITLES_HELD = frozenset("champion champions titleholder titleholders holders".split())
# Ordinals in words, which may rank a post before a name: "fourth seed Ann Lee", "second officer Tom Roe"
_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
# Words in "-ing" that tell a rank or standing before a noun or a name, never a verb
# taking it as object: "leading Democrats", "ruling party", "outgoing Senator Roe"
_STATUS_PARTICIPLES = _TITLE_PARTICIPLES | frozenset("leading ruling governing sitting retiring dissenting".split())


def _share(appos: list[tuple[int, int, str]]) -> bool:
    """Whether an aside is a percentage and nothing else: "33%", "26 percent"."""
    words = [t[2].lower() for t in appos]
    return len(words) == 2 and words[0].replace(".", "").isdigit() and words[1] in ("%", "percent")


def _passive_aside(appos: list[tuple[int, int, str]]) -> bool:
    """Whether an aside is a past participle and its adjunct, which says what
    befell a person, not who they are: "Lee, asked about the vote,", "Lee,
    angered that ...", "Lee, exasperated,"; but "Lee, retired Army general,"
    names her. So does an adjective of a passing state or readiness, whatever
    follows it: "Lee, eager all evening to ...,", "Lee, clad in red,"."""
    first = appos[0][2]
    if first in _STATE_ADJECTIVES:
        return True
    if not (first.islower() and first.endswith("ed") and len(first) > 4):
        return False
    return len(appos) == 1 or appos[1][2].lower() in _AFTER_PASSIVE


_AFTER_PASSIVE = _PREPOSITIONS | _ADJUNCT_PREPOSITIONS | frozenset(["about", "that", "into"])
# Adjectives (and a participle with no "-ed") of a passing state or readiness, which open no
# appositive that names a person: "eager to", "fresh off", "flush with", "clad in"
_STATE_ADJECTIVES = frozenset(
    "eager keen anxious desperate ready quick reluctant unwilling unable willing loath happy glad fresh flush clad"
    .split())


def _among_them(appos: list[tuple[int, int, str]]) -> bool:
    """Whether an aside names some of the mention's members after "among them", as
    "including" does: "Several senators, among them Ann Lee,"."""
    return len(appos) > 2 and appos[0][2].lower() == "among" and appos[1][2] == "them"


def _members_aside(appos: list[tuple[int, int, str]]) -> bool:
    """Whether an aside tells of some of the members of the mention before it, not
    who they are: "the pilots, many of them veterans,", "two pilots, both of whom
    quit,"."""
    return len(appos) > 3 and appos[1][2] == "of" and appos[2][2].lower() in ("them", "whom") and (
        appos[0][2].lower() in _MEMBER_COUNTS or _number(appos[0][2].lower()))


# Words that count the members of a group: "many of them", "both of whom", "one of them"
_MEMBER_COUNTS = QUANTIFIER_PRONOUNS | frozenset("all each".split())


def _describes(aside: list[tuple[int, int, str]]) -> bool:
    """Whether a short aside between dashes describes the mention before it ("— a
    teacher from Ohio —", "— and, in particular, Ann Lee —", "— 55 percent —"),
    rather than opening a relative clause or an adverbial."""
    words = [t for t in aside if _is_word(t[2])]
    if not words or len(aside) > _MAX_APPOSITIVE_WORDS:
        return False
    first = words[0][2].lower()
    if first in ("who", "which", "whose", "whom", "when", "where") or first in _PREPOSITIONS:
        return False
    if first in _ADJUNCT_PREPOSITIONS and not _among_them(words) or first.endswith("ing") and first not in (
            "including", *_TITLE_PARTICIPLES):
        return False  # (but "— among them Ann Lee —" names members, as "— including Ann Lee —" does)
    return not _adverbial_aside(words) and first not in ("now", "then", "even")


# Adverbs and reflexives that open an aside of comment, not a description: "Lee, still
# angry,", "Lee, only a week later,", "Lee, himself a pilot,"
_ASIDE_ADVERBS = frozenset("still only once already himself herself themselves itself".split())


def _adverbial_aside(appos: list[tuple[int, int, str]]) -> bool:
    """Whether an aside is an adverbial, not a description of the name before it:
    a subordinate clause ("Lee, while still a pilot,"), an adverb ("Lee,
    clearly annoyed,", "Lee, almost alone,"), an adverb of comment or a reflexive
    ("Lee, still angry,", "Lee, himself a pilot,") or "then" or "now" before a
    preposition ("Lee, then in college,")."""
    first, last = appos[0][2].lower(), appos[-1][2]
    if first == "as" and len(appos) > 1 and appos[1][2].lower() == "well":
        return False  # "Lee, as well as her aides,": a second speaker
    return (first in en.SUBORDINATORS or first in _ASIDE_ADVERBS or en.ly_adverb(appos[0][2])
            # "Lee, then in college,": a time and a place, where "Lee, then a pilot," describes
            or first in ("then", "now") and len(appos) > 1 and (
                appos[1][2] in _PREPOSITIONS or appos[1][2] in _ADJUNCT_PREPOSITIONS)
            or len(appos) <= 3 and all(t[2].islower() for t in appos) and en.ly_adverb(last)
            # "Lee, also campaigning in Ohio,": a focus adverb before a participle ("Lee, also a pilot," describes)
            or first in _FOCUS_ADVERBS and len(appos) > 1 and _participle_word(appos[1][2])
            # "Lee, it turned out,", "Lee, we learned,": a clause of comment, with a subject of its own
            or len(appos) > 1 and (first in _SUBJECT_PRONOUNS or first == "it") and appos[1][2].islower()
            # "Lee had, earlier that day,", "Lee, late Tuesday,": a time
            or len(appos) <= _TIME_ASIDE_WORDS and last.lower() in en.TIME_WORDS and all(
                t[2].lower() in en.TIME_WORDS or t[2].lower() in _TIME_LEADS or t[2].lower() in _TIME_MODIFIERS
                for t in appos))


_TIME_ASIDE_WORDS = 4


def _participle_word(word: str) -> bool:
    """Whether a word reads as a present participle that opens an aside: lower
    case, in "-ing", and no title's participle ("acting", "managing"); one in
    "-ed" may describe ("Lee, now retired,")."""
    return word.islower() and len(word) > 5 and word.endswith("ing") and word not in _TITLE_PARTICIPLES


# What an aside after a name opens with: a determiner, an age, a place, a relative
# pronoun, a name or a title ("Ann Lee, 60, of Ohio, a doctor who ..., R-Ohio,").
_ASIDE_OPENERS = _DETERMINERS | _PREPOSITIONS | frozenset(
    "who whose whom which another now formerly once also then himself herself".split()
)


def _appositive_chain(text: str, lo: int, hi: int, lexicon: Lexicon, strong: bool) -> tuple[int, int] | None:
    """A name that opens a run of asides, each set off by commas, with its asides:
    "Ann Lee, 60, a doctor,", "Ann Lee, a pollster who works with Tom Roe, a lawyer,",
    "a source, who was not named,". Read from the left, so the run is the longest
    whose asides all open as asides do; None when there is none."""
    inner_end = hi - 1  # the closing comma
    commas = [m.start() for m in _COMMA.finditer(text, lo, inner_end)]
    # the stretch after each comma, tokenised once for every name tried
    after = [tokens(text, a + 1, b) for a, b in zip(commas, commas[1:] + [inner_end])]
    for k, comma in enumerate(commas):
        seg_start = commas[k - 1] + 1 if k else lo
        if _opens_with_adjunct(text, seg_start, comma) or _connective(text, seg_start, comma):
            continue  # "On Monday, Ann Lee, ...": the adverbial is the clause's
        name = _subject(text, seg_start, comma, lexicon, strong=strong)
        if name is None or _connective(text, *name) or text[seg_start:name[0]].strip(" \n”\"’'").lower() not in ("", "and", "but"):
            continue
        asides = after[k:]
        if not all(asides) or sum(map(len, asides)) > _MAX_APPOSITIVE_WORDS:
            continue
        if not (text[name[0]].isupper() or asides[0][0][2].lower() in ("who", "whose")):
            continue  # a common noun needs a relative clause to show it is a person's
        if all(_opens_aside(a[0][2]) and not _finite_before_relative(a) for a in asides):
            return name[0], inner_end
    return None


def _finite_before_relative(aside: list[tuple[int, int, str]]) -> bool:
    """Whether an aside holds a verb of its own, outside a relative clause: a clause, not an aside."""
    for _s, _e, w in aside:
        low = w.lower()
        if low in ("who", "whose", "whom", "which", "that"):
            return False
        if low in _VERBISH:
            return True
    return False


def _opens_aside(word: str) -> bool:
    return word.lower() in _ASIDE_OPENERS or word[0].isupper() or word[0].isdigit()


_COMMA = regex.compile(",")


def _opens_clause_after_adjunct(text: str, lo: int, start: int) -> bool:
    """Whether a noun phrase at ``start`` opens its clause right after one fronted
    adverbial and its comma ("On Monday, the mayor, a pilot, said"), as one in
    capitals opens a sentence ("The mayor, a pilot, said")."""
    lead = text[lo:start].rstrip()
    return lead.endswith(",") and lead.count(",") == 1 and _opens_with_adjunct(text, lo, start)


def _opens_with_adjunct(text: str, lo: int, hi: int) -> bool:
    """Whether the stretch opens with a fronted adverbial ("On Monday,",
    "Meanwhile,", "Last week,") rather than a name."""
    first = WORD.search(text, lo, hi)
    if first is None or text.startswith("-", first.end()):
        return False  # (a word joined to the next by a hyphen is part of a name: "Then-Secretary Ann Lee")
    low = first.group().lower()
    if low in _PLACE_ADVERBS:
        return True
    if low in _PATH_PREPOSITIONS:
        # "Down the line, Ann Lee, a nurse, said": a path's preposition before a determiner
        # (but "Along with her husband, Tom Roe, a pilot,": whom the subject goes with)
        after = WORD.search(text, first.end(), hi)
        return after is not None and after.group().lower() in _DETERMINERS
    return (low in _FRONTED or low in _PREPOSITIONS or low in en.CLAUSE_BOUNDARIES or low in en.SENTENCE_ADVERBS
            or (low.endswith("ly") and len(low) > 4) or (low.endswith("ing") and len(low) > 5))


# adverbs of place that open a sentence: "Nearby, Ann Lee, a nurse, said"
_PLACE_ADVERBS = frozenset("nearby elsewhere".split())
# prepositions of a path, which open a fronted place before a determiner: "Down the street,"
_PATH_PREPOSITIONS = frozenset("down up along past".split())


# the pronouns that are only ever objects, never a speaker after an inverted cue ("her" may open
# one: "said her spokesman")
_OBJECT_ONLY_PRONOUNS = frozenset(["it", "them", "him", "us", "me"])


def subject_after(text: str, lo: int, hi: int, lexicon: Lexicon, *, agent: bool = False) -> tuple[int, int] | None:
    """The subject of an inverted cue ("..., said Caddell."): from ``lo`` to
    the clause's end at ``hi``, trimmed of trailing punctuation. With
    ``agent``, the mention follows a preposition of the cue's that names who
    acts ("the endorsement of the union"), not what a cue is about."""
    seg = text[lo:hi]
    stripped = seg.lstrip()
    start = lo + len(seg) - len(stripped)
    end = start + len(stripped.rstrip(" .!?,;:\"”’'"))
    if end <= start:
        return None
    if text[end + 1:end + 2] == "." and marked_name(text, end, start) is not None:
        end += 1  # "said Ann Lee, an editor at Which?.": the name's own mark, before the sentence's stop
    toks = tokens(text, start, end)
    first = toks[0][2].lower()
    if first in _PREPOSITIONS or first in en.CLAUSE_BOUNDARIES or first in en.TIME_WORDS:
        return None
    if toks[0][2] in _OBJECT_ONLY_PRONOUNS:
        return None  # "Facebook found the post, reported it to the police": the cue's object, no speaker
    if first in _TIME_LEADS and toks[-1][2].lower() in en.TIME_WORDS:
        return None  # "said in a speech last month": a time, not a speaker
    if first in _TIME_LEADS and len(toks) > 1 and toks[1][2].lower() in en.TIME_WORDS and (
            len(toks) == 2 or toks[2][2].lower() in _MENTION_ENDS):
        return None  # "wrote last week after the ruling": the time the clause after it follows
    cue_word = _LAST_WORD.search(text, max(0, lo - 16), lo)
    if not agent and cue_word is not None and cue_word.group(1).lower() in _CUE_PREPOSITIONS:
        return None  # "wrote on his blog", "said about the plan": the object of the cue's preposition
    # the mention stops before a relative clause, a participle or an adverbial,
    # as it does before a cue (see _appositive); an age and the place after it
    # describe the speaker ("said Ann Lee, 24, of Portville"), and so may a
    # relative clause (see _keeps_relative)
    described = False  # an appositive or an age already follows the name
    relative_comma = None
    for k, (s, _e, w) in enumerate(toks):
        if w == "," and k + 1 < len(toks):
            nxt = toks[k + 1][2]
            low = _CONTRACTION.sub("", nxt.lower())  # "who’s", "who'd": the pronoun
            if _age_at(toks, k + 1) or _marked_name_at(text, toks, k + 1):
                # (a name its mark ends is no pronoun: "said Ann Lee, Which? director of policy")
                described = True
                continue
            if described and low in ("of", "from", "in") and k > 0 and toks[k - 1][2].isdigit():
                continue  # "24, of Portville": where the speaker is from
            if low in ("of", "from") and _named_after(toks, k + 2) and kind(text, start, s, lexicon) == "person":
                described = True  # "said Ann Lee, of the University of Eastbridge": the body or place she is from
                continue
            if low in ("who", "whose") and low == nxt.lower() and _keeps_relative(
                    text, (start, s), toks[k + 2:], described, lexicon):
                relative_comma = s
                break
            if low == "now" and k + 2 < len(toks) and toks[k + 2][2].lower() in _MODIFIED_DETERMINERS:
                described = True  # "said Ann Lee, now a pilot": what she is now describes her
                continue
            if low in ("who", "which", "whose", "whom", "when") or nxt.isdigit() or low in _PREPOSITIONS or (
                low in _ADJUNCT_PREPOSITIONS and low != "among"  # ", via email", ", during the debate"
            ) or (
                nxt.islower() and nxt.endswith("ing") and low not in _TITLE_PARTICIPLES
            ) or low in ("still", "now", "also") or low in _TOPIC_PREPOSITIONS or (
                # "said Ann Lee, asked about the vote": what befell a person (as before a cue)
                _passive_aside(toks[k + 1:k + 3]) and kind(text, start, s, lexicon) == "person"
            ) or _members_aside(toks[k + 1:k + 5]):
                end = s
                break
            described = True
    for k, (s, _e, w) in enumerate(toks):
        if s >= end:
            break
        low = w.lower()
        if low in ("who", "whose", "which") and not _marked_name_at(text, toks, k) or (
                low == "that" and k and _noun_before_that(toks[k - 1][2])):
            break  # "said Lee, a pilot who ..., a group that ...": a relative clause the mention keeps
        if low in _MENTION_ENDS and start < s and not _known_as(toks, k):
            end = start + len(text[start:s].rstrip(" ,"))
            break
    end = without_anonymity(text, start, end)
    whole = end  # (as far as a paper's Sunday title may reach, read below)
    if cue_word is not None and cue_word.group(1).lower() in _WRITING_FORMS and "," not in text[start:end]:
        # "wrote Ann Lee in The Gazette", "writes Lee for The Planet": where she wrote it, the
        # cue's, no part of the mention
        outlet = _OUTLET_AFTER_NAME.search(text, start, end)
        if outlet is not None and outlet.start() > start:
            end = outlet.start()
    if "," not in text[start:end]:
        # "said Ann Lee in an interview with The Planet", "said Lee in a letter to members":
        # the medium and whom it went to are the cue's
        medium = _MEDIUM_TO_HEARER.search(text, start, end)
        if medium is not None and medium.start() > start:
            end = medium.start()
        # "said Ann Lee to the Planet", "said Lee to reporters": whom she said it to, as after
        # "told", the cue's (an outlet or the press; "the ambassador to the UN" keeps its "to")
        hearer = _TO_HEARER.search(text, start, end)
        if hearer is not None and hearer.start() > start and (
                hearer.group(1).lower() in _PRESS_HEARERS or kind(text, *hearer.span(1), lexicon) == "outlet"):
            end = hearer.start()
        # "said Ann Lee on CNN", "said Lee on the Today programme": the outlet or the programme she
        # said it on, the cue's (not "on Sunday", which may end a paper's name: "said The Mail on Sunday")
        aired = _ON_OUTLET.search(text, start, end)
        if aired is not None and aired.start() > start and (
                aired.group(1).rsplit(None, 1)[-1].lower() in en.OUTLET_PROGRAMME_NOUNS
                or kind(text, *aired.span(1), lexicon) == "outlet"):
            end = aired.start()
    # (but "on Sunday" may finish a paper's name: "said The Mail on Sunday")
    end = sunday_title(text, (start, _without_trailing_adjuncts(text, start, end, toks)), whole, lexicon)[1]
    if relative_comma is not None and (len(
            [t for t in toks if t[0] < end and _is_word(t[2])]) > _MAX_APPOSITIVE_WORDS
            or _WORD_AFTER_SPACE.match(text, end, len(text))):
        # a relative clause too long to be part of a mention, or one cut short where
        # a report of its own starts ("by Ann Lee, who has been pushing for ..."; the
        # word that goes on lies past ``hi``)
        end = relative_comma
    if len([t for t in toks if t[0] < end and _is_word(t[2])]) > _MAX_APPOSITIVE_WORDS:
        # counted up to where the mention stops: past the bound, only the name
        # before its first comma is kept ("said Ann Lee, a fellow at ... who ..., a body whose ...")
        comma = next((s for s, _e, w in toks if w == ","), None)
        if comma is None or len([t for t in toks if t[0] < comma and _is_word(t[2])]) > _MAX_APPOSITIVE_WORDS:
            return None
        end = comma
    # a verb in what is left makes it a clause, not a mention ("said the plan was ...")
    relative = False
    for s, _e, w in toks:
        if s >= end:
            break
        low = w.lower()
        if low in ("who", "which", "whose", "whom", "that"):
            relative = True
        elif low in _VERBISH and w.islower() and not relative:
            return None
    if text[start:end].endswith((" and", " or")):
        return None  # "..., writes a weekly column and, since 2013, leads ...": a list of objects, no speaker
    if not is_speaker(text, start, end, lexicon, strong=True):
        return None
    return start, end


# Forms of verbs of writing whose inverted subject may be followed by where it was written
_WRITING_FORMS = frozenset("wrote writes write tweeted tweets posted posts blogged blogs".split())
_OUTLET_AFTER_NAME = regex.compile(
    r"[^\S\n]+(?:in|on|for)[^\S\n]+(?:[Tt]he[^\S\n]+)?\p{Lu}[\p{L}\p{N}’'.&-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{N}’'.&-]*){0,4}"
    r"(?:[^\S\n]+on[^\S\n]+Sunday)?\Z")  # (a paper's Sunday title too: "wrote Ann Lee in the Mail on Sunday")

# A medium and its hearer closing an inverted cue's mention: "in an interview with The
# Planet", "in a letter to members", "in a televised address to the nation", or the outlet
# that carried it: "in a statement carried by WAM", "in remarks broadcast on state television"
# ("in" and the medium, up to its "with", "to" or carrier, also read by the inverted cue's relay)
# (the medium after its "in", which may also open a sentence: "In remarks carried by Xinhua, he said")
MEDIUM_NOUN_PHRASE = (r"(?:(?:an?|his|her|their|its)[^\S\n]+(?:[a-z][a-z-]*[^\S\n]+){0,2}?"
                      r"(?:" + "|".join(regex.escape(m) for m in en.MEDIA) + ")|remarks|comments)")
MEDIUM = r"[^\S\n]+in[^\S\n]+" + MEDIUM_NOUN_PHRASE
# (what links the medium to whom it went or what carried it: "with", "to", "carried by", "aired on")
MEDIUM_LINK = (r"[^\S\n]+(?:with|to|(?:" + "|".join(en.CARRIED_BY) + r")[^\S\n]+by"
               r"|(?:" + "|".join(en.CARRIED_ON) + r")[^\S\n]+(?:on|in))")
MEDIUM_TO = MEDIUM + MEDIUM_LINK
_MEDIUM_TO_HEARER = regex.compile(MEDIUM_TO + r"[^\S\n]+[^\n]{1,60}\Z")
# A bare "to" and whom it names, closing an inverted cue's mention ("said Lee to reporters")
_TO_HEARER = regex.compile(r"[^\S\n]+to[^\S\n]+([^\n]{1,60})\Z")
_PRESS_HEARERS = frozenset(["reporters", "journalists", "newsmen", "the press", "the media"])
# A bare "on" and the outlet it names, closing an inverted cue's mention ("said Lee on CNN")
_ON_OUTLET = regex.compile(r"[^\S\n]+on[^\S\n]+([^\n]{1,60})\Z")


def without_anonymity(text: str, start: int, end: int) -> int:
    """``end`` moved left to before a relative clause with no comma that only
    tells how a source asked not to be named ("said one aide who requested
    anonymity to discuss the talks", "according to an official who spoke on
    condition of anonymity"): the terms of the report, no part of the mention,
    as they are not when a comma sets them off (but "an official who was not
    authorized to speak" describes the source, and annotators keep it)."""
    found = _ANONYMITY_CLAUSE.search(text, start, end)
    return found.start() if found is not None and found.start() > start else end


def _named_in_part(phrase: str) -> bool:
    """Whether a mention's clause says its source was not named in full only ("Ann, who declined
    to be named in full"): a person named by what the text gives, no anonymous source."""
    return _NAMED_IN_PART_AFTER.search(phrase, 0, len(phrase), CONCURRENT) is not None


def anonymous_after(text: str, end: int) -> bool:
    """Whether a relative clause right after a mention, set off by a comma or
    not, tells that the source asked not to be named: the mention is of an
    anonymous source though its words name none ("a harbour official")."""
    # (read within a window: a match with no end tried at every mention costs the
    # length of the rest of the text each time, on a long text without full stops
    # quadratic; the longest clause the patterns take is well within it)
    hi = min(len(text), end + _ANONYMITY_WINDOW)
    if not _may_tell_anonymity(text, end, hi):
        return False
    # (set off by a comma or a dash: "The minister — who declined to be named — said")
    aside = end + 1 if text[end:end + 1] == "," else (dash.end() if (dash := _ASIDE_DASH.match(text, end, hi)) else None)
    if aside is not None:
        # or a participle set off by the comma: "An aide, speaking on condition of anonymity, said"
        return _ANONYMITY_CLAUSE.match(text, aside, hi) is not None or _ANONYMITY_PARTICIPLE.match(text, aside, hi) is not None
    return _ANONYMITY_CLAUSE.match(text, end, hi) is not None


# a dash that sets off an aside after a mention: "The minister — who ... —", "An aide -- speaking ..."
_ASIDE_DASH = regex.compile(r"[^\S\n]*(?:—|–|--)")


_ANONYMITY_WINDOW = 240
# Every clause or participle the anonymity patterns below take holds one of these: "anonymity",
# "anonymously", "anonymous", or "named" ("unnamed"), "identified", "quoted"
_ANONYMITY_WORDS = ("anonym", "named", "identified", "quoted", "condition")


def _may_tell_anonymity(text: str, lo: int, hi: int) -> bool:
    """Whether [lo, hi) holds a word any match of the anonymity patterns holds: a cheap
    test before them, which most mentions and cues fail."""
    return any(text.find(word, lo, hi) >= 0 for word in _ANONYMITY_WORDS)


def anonymous_cue_after(text: str, end: int) -> bool:
    """Whether the words right after a cue say the source spoke without being
    named ("Officials said on condition of anonymity that ...", "told
    reporters anonymously"), or a participle set off by a comma does ("said,
    requesting anonymity", "said, declining to be named", "said by phone,
    requesting anonymity")."""
    hi = min(len(text), end + _ANONYMITY_WINDOW)
    if not _may_tell_anonymity(text, end, hi):
        return False
    if _ANONYMOUS_CUE_TAIL.match(text, end, hi) is not None:
        return True
    if (adjunct := _ADJUNCT_BEFORE_COMMA.match(text, end, hi)) is not None:
        end = adjunct.end()  # "said by phone, requesting anonymity": the way or the place of the report first
    return text.startswith(",", end) and _ANONYMITY_PARTICIPLE.match(text, end + 1, hi) is not None


# a short phrase of the way, place or time of a report between its cue and a comma: "by phone", "in Geneva"
_ADJUNCT_BEFORE_COMMA = regex.compile(
    r"[^\S\n]+(?:by|in|on|at|over|from|during|after|before)[^\S\n]+[^,.;:“”\"\n]{1,40}?(?=,)")


# the terms on which a source spoke, after "who" and its auxiliaries or as a participle
# (or that the name be kept back: "on condition that her name not be used", "on condition that he not be
# identified"; not only a part of it: "that his last name not be used")
_ON_CONDITION = (r"(?:on|under)[^\S\n]+(?:the[^\S\n]+)?condition[^\S\n]+(?:of[^\S\n]+anonymity|that[^\S\n]+"
                 r"(?:(?:his|her|their)[^\S\n]+names?|he|she|they)[^\S\n]+not[^\S\n]+be[^\S\n]+(?:used|named|identified|published|printed))")
# after "not to be named": only in part, so that the source is named by what the text gives,
# "Ann, who declined to be named in full", "who asked not to be identified by her surname"
_NAMED_IN_PART = (
    r"(?![^\S\n]+(?:in[^\S\n]+full|by[^\S\n]+(?:(?:his|her|their)[^\S\n]+)?"
    r"(?:surname|last[^\S\n]+name|full[^\S\n]+name|family[^\S\n]+name|second[^\S\n]+name)))")
# "who declined to be named", "who asked not to be identified"
_UNNAMED_WISH = (
    r"(?:declined|refused|asked[^\S\n]+not|requested[^\S\n]+not|(?:did|does|do)[^\S\n]+not[^\S\n]+(?:want|wish)"
    r"|didn[’']t[^\S\n]+(?:want|wish)|wished[^\S\n]+not)[^\S\n]+to[^\S\n]+be[^\S\n]+(?:named|identified|quoted)"
    + _NAMED_IN_PART +
    # "who wished to remain anonymous"
    r"|(?:wished|wanted|preferred|asked|requested)[^\S\n]+to[^\S\n]+remain[^\S\n]+(?:anonymous|unnamed)")
_NAMED_IN_PART_AFTER = regex.compile(r"\b(?:named|identified|quoted)(?=" + _NAMED_IN_PART[3:])
_ANONYMITY_CLAUSE = regex.compile(
    r"[^\S\n]+who[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,6}?(?:"
    r"(?:requested|sought|demanded|requesting|insisted[^\S\n]+on|asked[^\S\n]+for|(?:was|were)[^\S\n]+granted)[^\S\n]+anonymity"
    r"|(?:spoke|speaks|talked|speaking)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,4}?" + _ON_CONDITION +
    r"|(?:spoke|speaks|talked)[^\S\n]+anonymously"
    r"|" + _UNNAMED_WISH + r")\b")
# after a cue, past a hearer of up to two words: "said on condition of anonymity", "told reporters anonymously"
_ANONYMOUS_CUE_TAIL = regex.compile(
    r",?(?:[^\S\n]+[\w’'-]+){0,2}?,?[^\S\n]+(?:" + _ON_CONDITION + r"|anonymously\b)")
# only after a comma: without one, "an aide speaking on condition of anonymity" is read as the mention's
_ANONYMITY_PARTICIPLE = regex.compile(
    r"[^\S\n]+(?:(?:requesting|seeking|demanding|asking[^\S\n]+for|insisting[^\S\n]+on)[^\S\n]+anonymity"
    r"|(?:speaking|talking)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,4}?" + _ON_CONDITION +
    r"|(?:speaking|talking)[^\S\n]+anonymously"
    r"|(?:declining|refusing|asking[^\S\n]+not|requesting[^\S\n]+not|not[^\S\n]+wishing)[^\S\n]+to[^\S\n]+be[^\S\n]+(?:named|identified|quoted)"
    + _NAMED_IN_PART +
    r"|(?:wishing|preferring)[^\S\n]+to[^\S\n]+remain[^\S\n]+(?:anonymous|unnamed))\b")


def _without_trailing_adjuncts(text: str, start: int, end: int, toks: list[tuple[int, int, str]]) -> int:
    """``end`` moved left past the times and occasions that close an inverted
    cue's mention: they are the cue's ("said Ann Lee on Friday", "said Lee in
    a statement", "said Sen. Ann Lee (D-Ore.) at the time"); not inside a
    relative clause or after a participle, where they tell of the clause or of
    a document ("said Lee, who endorsed Roe last week", "a poll released Monday")."""
    if any(t[0] < end and t[2].lower() in ("who", "whose", "which", "that") for t in toks):
        return end
    while end > start:
        window = max(start, end - _ADJUNCT_WINDOW)
        cut = _strip_adjunct(tokens(text, window, end)[1 if window > start else 0:], auxiliaries=False)
        if cut is None:
            return end
        before = text[start:cut].rstrip()
        last = _LAST_WORD.search(before)
        if last is None or last.group(1).islower() and last.group(1).endswith("ed") or text[end - 1].isdigit():
            # "officials involved at the time": the time is the participle's; "a strategist
            # for Lee in 2008": a year dates the noun
            return end
        end = start + len(before.rstrip(","))
    return end


_WORD_AFTER_SPACE = regex.compile(r"[^\S\n]+\w")
_LAST_WORD = regex.compile(r"(\w+)\W*$")
# Prepositions that end a cue before their object (but "by" introduces a passive's agent)
_CUE_PREPOSITIONS = (_PREPOSITIONS - {"by"}) | frozenset("about over into onto upon".split())


def _keeps_relative(text: str, name: tuple[int, int], clause: list[tuple[int, int, str]], described: bool,
                   lexicon: Lexicon) -> bool:
    """Whether a relative clause set off by a comma after a mention ("Ann Lee,
    who runs the ferry,", "Energy UK, which represents suppliers,") belongs to the mention. It does when it goes on
    describing a mention an appositive or an age already describes ("Ann Lee,
    a pilot, who ...", "Ann Lee, 54, who ..."), or when it introduces someone
    named in full for the first time; not after a name the article has used
    before ("Lee, who ..."), and not when it holds a report of its own ("who
    said that ...", "who declined to be named")."""
    # (a word right after a determiner is a noun, no verb of saying: "who led the talks")
    if any((lemma(w) in _RELATIVE_REPORTS or lexicon.cue_prior(w) >= _RELATIVE_CUE_PRIOR) and not (
            k and clause[k - 1][2].lower() in _MODIFIED_DETERMINERS) for k, (_s, _e, w) in enumerate(clause) if w.islower()):
        return False
    if any(w in "“”\"" for _s, _e, w in clause):
        return False
    if described:
        return True
    words = [w for w in WORD.findall(text, *name) if w.lower().rstrip(".") not in en.TITLES]
    if "of" in words[2:-1] and all(w[0].isupper() for w in words[words.index("of", 2) + 1:]):
        # "Sen. Ann Lee of Ohio": the name before where she is from or whom she serves
        words = words[:words.index("of", 2)]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    # (read back no further than an article's length: a hostile text costs no more)
    return not whole_word_in(text, words[-1], max(0, name[0] - _EARLIER_MENTION_WINDOW), name[0])


_EARLIER_MENTION_WINDOW = 50_000


# What a relative clause reports in ("who said that ...", "who thinks the pier is
# unsafe"): verbs of saying and thinking, not of knowing ("who has known her for years").
_RELATIVE_REPORTS = en.THAT_VERBS - frozenset("know learn show find".split())
# A word in the clause that heads cues this often makes the clause a report ("who echoed the mayor").
_RELATIVE_CUE_PRIOR = 0.5


def _named_after(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether only a name runs from ``k`` to the next comma or the end, past a "the": "of
    Eastbridge University", "from the Lee Institute" (not "of Florida's plan", what was said of it)."""
    if k < len(toks) and toks[k][2] == "the":
        k += 1
    if k >= len(toks) or not toks[k][2][:1].isupper():
        return False
    for _s, _e, w in toks[k:]:
        if w == ",":
            break
        if not (w[:1].isupper() and not w.endswith(_POSSESSIVE_MARKS) or w in NAME_JOINERS):
            return False
    return True


def _age_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token at ``k`` is an age set off by commas: "Ann Lee, 54," or "..., 54." at the end."""
    w = toks[k][2]
    return _is_age(w) and (k + 1 == len(toks) or toks[k + 1][2] == ",")


# Words that end an inverted cue's mention: "said Lee, though he added ...", "said Lee that ..."
_MENTION_ENDS = frozenset("that because when while as but if after before though although".split())


def _marked_name_at(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word at ``k`` is a name that a question or exclamation mark glued to it
    ends (`tokens.marked_name`), inside a mention whose words go on after it ("Which? director
    of policy", "Yahoo! News"): no pronoun that opens a question or a relative clause."""
    return k + 1 < len(toks) and toks[k + 1][0] == toks[k][1] and marked_name(text, toks[k + 1][0]) == toks[k][0]


def _known_as(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the "as" at ``k`` names the one a mention is known by, a name after
    it: "said the pilot known as Bob"; or names one of the plural before "such as":
    "said Tory MPs such as Ann Lee"."""
    return (toks[k][2] == "as" and k > 0 and k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and (
        toks[k - 1][2] == "known" or toks[k - 1][2] == "such" and k > 1 and (
            plural(toks[k - 2][2]) or _people_by_part(toks[k - 2][2]))))


def _noun_before_that(word: str) -> bool:
    """Whether the word before "that" is a noun, so that "that" opens a relative
    clause ("a group that favors"), not a verb's complement ("added that", "claims that")."""
    return (word.isalpha() and word.islower() and word not in _VERBISH and not word.endswith("ed")
            and lemma(word) not in en.THAT_VERBS)


# a comma and a relative pronoun that open a relative clause after the mention's noun phrase
_RELATIVE_AFTER_MENTION = regex.compile(r",[^\S\n]+(?:who|which)[^\S\n]")
# a relative clause that "which" opens right after a mention, set off by commas before the rest
# of its sentence: "Vexa, which makes chips, said" (not "..., said Lee, which surprised many.")
_WHICH_CLAUSE_AFTER = regex.compile(r",[^\S\n]+which[^\S\n]+[^,.;:!?\n\"“”]{1,120},")


def which_clause_after(text: str, end: int) -> bool:
    """Whether a relative clause that "which" opens, set off by commas, stands right after a
    mention that ends at ``end``: "Vexa, which makes chips, said"."""
    return _WHICH_CLAUSE_AFTER.match(text, end, min(len(text), end + _WHICH_CLAUSE_CHARS), CONCURRENT) is not None


# how far after a mention its "which" clause is read
_WHICH_CLAUSE_CHARS = 140


def which_body(phrase: str) -> str:
    """The kind of a mention read as a person's that "which" stands for: a bare name in capitals
    is no person's, a place's government ("Jordan, which borders Syria") or else a body's
    ("Vexa, which makes chips"); any longer mention is left a person's, "which" standing for a
    noun inside it ("Ann Lee, an official at the Harbour Trust, which ...")."""
    words = phrase.split()
    if not 1 <= len(words) <= _WHICH_NAME_WORDS or not all(w[:1].isupper() and w[-1:].isalnum() for w in words):
        return "person"
    bare = _LEADING_THE.sub("", phrase.lower().strip())
    return "government" if place_names().get(bare) is not None else "organization"


# the most words of a bare name that "which" says is no person's
_WHICH_NAME_WORDS = 3


def person_by_sign(phrase: str) -> bool:
    """Whether a mention is a person's by a sign no body's name bears, so that "which" cannot
    stand for it: a given name and a surname ("Ann Lee"), a title before a name ("Mr. Okafor",
    "Senator Roe"), a noun for a person in lower case as its head ("the mayor"), or a bare name
    the tables of given or family names hold and no body goes by ("Lee"); not a bare name of
    no table ("Vexa", "Nationwide", which may be firms')."""
    words = [t[2] for t in tokens(phrase, 0, len(phrase)) if _is_word(t[2])]
    if not words or "," in phrase:
        return False  # (an appositive's noun may be what "which" stands for: "Ann Lee, an official at the Trust")
    lows = [w.lower().rstrip(".") for w in words]
    if _personal_name(words) or len(words) >= 2 and lows[0] in en.TITLES and words[-1][:1].isupper():
        return True
    if (head := head_word(words)) in lows and words[lows.index(head)].islower() and person_noun(head):
        return True
    return len(words) == 1 and (lows[0] in family_names() or lows[0] in given_names()) and lows[0] not in org_names()


def kind(text: str, start: int, end: int, lexicon: Lexicon) -> str:
    """The kind of a source mention: person, organization, government,
    outlet, group, document, anonymous or unnamed."""
    phrase = text[start:end]
    found = lexicon.remembered(("kind", phrase), lambda: _kind(phrase, lexicon))
    if found == "person" and which_clause_after(text, end):
        return which_body(phrase)  # "which" stands for no person: "Vexa, which makes chips, said"
    if found in ("organization", "person", "government") and _CITY_NAME.fullmatch(phrase, 0, len(phrase), CONCURRENT) is not None:
        # a city by its name is its government, a club's only among words of sport: "Kansas City
        # said it would drop the fines", "City defends parking fines" (but "Harbour City said the
        # striker had signed", and "City said" a club's too in a story of transfers)
        return "government" if not _among_sport(text, start, end) else "organization" if found == "government" else found
    if found == "person" and _names_a_side(text, phrase):
        return "organization"
    if found == "person" and _OWNED_NAME.match(phrase) is not None:
        return "organization"  # "Microsoft-owned LinkedIn", "state-owned Gazprom": what is owned is a business, no person
    if found == "person" and _mark_inside_name(phrase):
        return "organization"  # "Which? Money", "Yahoo! Finance": a brand's mark the name keeps inside it; no person's name has one
    if found in ("person", "group") and _side_noun(phrase) and _among_sport(text, start, end):
        return "organization"  # a side among words of sport: "the home side said", "the visitors", "the Reds"
    if found in ("person", "group", "government") and _bare_side_name(phrase) and _among_sport(text, start, end):
        return "organization"  # a side by its name's end or its nickname alone, among words of sport: "Rovers said", "Spurs said"
    if found == "government" and phrase.endswith("Palace") and _among_sport(text, start, end) and not _ROYAL_WORDS.search(
            text, max(0, start - _SPORT_REACH), min(len(text), end + _SPORT_REACH), CONCURRENT):
        # a palace by its name among words of sport is a club: "Crystal Palace said the striker"; not
        # among words of a royal household, where "fans" are a family's: "royal fans ... Kensington Palace"
        return "organization"
    if found == "government" and phrase.endswith("Palace") and _CHURCH_WORDS.search(
            text, max(0, start - _SPORT_REACH), min(len(text), end + _SPORT_REACH), CONCURRENT) and not _ROYAL_WORDS.search(
            text, max(0, start - _SPORT_REACH), min(len(text), end + _SPORT_REACH), CONCURRENT):
        # a palace by its name among words of a church and none of a royal household is a see's
        # office, a church's: "Lambeth Palace said the archbishop", "the Apostolic Palace"
        return "organization"
    if found in ("government", "organization") and _LEADING_THE.sub("", phrase.lower()) in en.SPORT_SHARED_INITIALS and (
            phrase[-3:].isupper() and _among_sport(text, start, end)):
        return "organization"  # initials a sport's body shares with a state's, among words of sport: "the SEC" of college games
    if found == "organization" and central_bank(phrase):
        return "government"  # a central bank sets the state's money as a ministry its policy: "the Reserve Bank of India"
    if found == "organization" and (phrase[4:] if phrase[:4] in ("the ", "The ") else phrase) in _POLICE_SHORT_NAMES and _POLICE_WORDS.search(
            text, max(0, start - _SPORT_REACH), min(len(text), end + _SPORT_REACH), CONCURRENT) is not None:
        return "government"  # London's police by its short name, among words of policing: "The Met said officers"
    return found


def _mark_inside_name(phrase: str) -> bool:
    """Whether the whole mention is a name in capitals whose first word a question or exclamation
    mark ends (`tokens.marked_name`), which the layout keeps whole: "Which? Money", "the Yahoo!
    Finance" (not "Which? Money editor Ann Lee")."""
    first = _THE_BEFORE_MARKED.match(phrase)
    at = first.end() if first is not None else 0
    word = WORD.match(phrase, at, len(phrase), CONCURRENT)
    return word is not None and marked_name(phrase, word.end(), at) == at and (
        _NAME_AFTER_MARK.fullmatch(phrase, word.end() + 1, len(phrase), CONCURRENT) is not None)


# "the" before such a name, and the one or two words in capitals after its mark that go on
# with the name: "the Which? Money"
_THE_BEFORE_MARKED = regex.compile(r"[Tt]he[^\S\n]+")
_NAME_AFTER_MARK = regex.compile(r"(?:[^\S\n]+\p{Lu}[\p{L}’'&-]*){1,2}")
# a name after its owner joined to "-owned" or "-controlled": "Microsoft-owned LinkedIn", "state-owned Gazprom"
_OWNED_NAME = regex.compile(r"(?:[Tt]he\s+)?[\p{L}.&]+-(?:owned|controlled)\s+\p{Lu}")


def relay_kind(text: str, start: int, end: int, lexicon: Lexicon) -> str:
    """The kind of a mention a report passes through (its ``via``): an outlet, as the
    rules that put it there read it ("told Forbes", "as per El Universal", though a bare
    name may read as a person's), unless the mention plainly names people: a noun of
    people in small letters ("said, per a translator, that"; "according to his aide"), a
    given name and a surname ("according to Ann Marsh"), or unnamed sources ("according
    to sources close to him")."""
    found = kind(text, start, end, lexicon)
    if found == "anonymous":
        return found
    if found != "person":
        return "outlet"
    words = [t[2] for t in tokens(text, start, end) if _is_word(t[2])]
    head = head_word(words)
    # (the head as written: a noun of people in capitals may open an outlet's name, "The Observer")
    return found if person_noun(head) and head in words or _personal_name(words) else "outlet"


# the words that make a body's name a central bank's: "the European Central Bank", "the central
# bank", "the Reserve Bank of India", "the Federal Reserve", "the Fed"
_CENTRAL_BANK_NAME = regex.compile(r"(?<![\w’'-])(?:(?i:central)\s+(?i:bank)|Reserve\s+Bank|Federal\s+Reserve|Fed)(?![\w-])")


def central_bank(phrase: str) -> bool:
    """Whether a body's name is a central bank's: by the words of its name
    ("the Reserve Bank of Australia", "the central bank"), or one the table
    (``data/org_names.txt``) gives the trade "central" ("the Bank of England",
    "the Bundesbank", "the RBI")."""
    return _CENTRAL_BANK_NAME.search(phrase, 0, len(phrase), CONCURRENT) is not None or org_trades().get(
        (phrase[4:] if phrase[:4] in ("the ", "The ") else phrase).lower().replace("’", "'")) == "central"


def _among_sport(text: str, start: int, end: int) -> bool:
    """Whether words of sport stand around the mention at [start, end) (``_SPORT_REACH`` either side)."""
    return _SPORT_WORDS.search(text, max(0, start - _SPORT_REACH), min(len(text), end + _SPORT_REACH), CONCURRENT) is not None


# the words after a club's one-word name elsewhere in a story that tell it a side: "Eastbridge
# City", and a player's role or a post before a name, "Bellford midfielder Ana Ruiz"
_SIDE_ROLES = en.SIDE_MEMBER_WORDS
# how far after such a name its next two words may reach
_SIDE_REACH = 40


@functools.lru_cache(maxsize=1024)
def _names_a_side(text: str, phrase: str) -> bool:
    """Whether a one-word name no given name is is a side's elsewhere in ``text``: "Eastbridge
    said" where "Eastbridge City" or "Eastbridge manager Tom Hale" stands, not "Tully said"
    where "Graham Tully" does. The answer reads the whole text, so it is kept: a name said
    many times is looked up once."""
    if not (phrase.isalpha() and phrase[:1].isupper() and phrase[1:].islower()) or phrase.lower() in given_names():
        return False
    at = text.find(phrase + " ")
    while at >= 0:
        after = at + len(phrase) + 1
        # (most names stand before a word no side's: its first letter tells, before the pattern is run)
        nxt = WORD.match(text, after, min(len(text), at + len(phrase) + _SIDE_REACH)) if text[after:after + 1] in _SIDE_WORD_INITIALS else None
        if nxt is not None and (at == 0 or not text[at - 1].isalnum()) and (nxt.group() in _CLUB_NAME_ENDS or nxt.group() in _SIDE_ROLES and (
                text[nxt.end() : nxt.end() + 1] == " " and text[nxt.end() + 1 : nxt.end() + 2].isupper())):
            return True
        at = text.find(phrase + " ", at + 1)
    return False


# nouns for a side in sport, a body that speaks through statements: "the home side said", "the
# outfit" (among words of sport only: "the other side said" of a talk's party; "squad", "franchise",
# a body's anywhere, are the lexicon's)
_SIDE_NOUNS = frozenset("side outfit".split())
# the plurals a side goes by in match copy: its players as guests or hosts, or its colours ("the Reds")
_SIDE_PLURALS = frozenset("visitors hosts reds blues whites clarets".split())


def _side_noun(phrase: str) -> bool:
    """Whether a mention names a side by a noun for one ("the home side", "the Welsh outfit") or
    by a plural sides go by after "the" ("the visitors", "the hosts", "the Reds"); not people of
    it ("Celtics fans", "the side's captain")."""
    words = phrase.split()
    if not 2 <= len(words) <= 3 or words[0].lower() != "the":
        return False
    last = words[-1].lower()
    return last in _SIDE_NOUNS or len(words) == 2 and last in _SIDE_PLURALS


def _bare_side_name(phrase: str) -> bool:
    """Whether a mention is one word that ends a club's name or a side's plural nickname, alone, as
    copy of sport names a side again: "Rovers", "United", "Spurs", "the Rangers" (not "Rovers
    fans", nor "Tom Rangers")."""
    bare = phrase[4:] if phrase[:4] in ("the ", "The ") else phrase
    return bare.isalpha() and bare[:1].isupper() and bare[1:].islower() and (bare in _CLUB_NAME_ENDS or bare.lower() in _TEAM_PLURALS)


# the nouns after a news word that end a news service's name: "Christian News Service"
_NEWS_SERVICE_NOUNS = frozenset("service agency".split())
# a city's name, or "City" alone as a headline has it: "Kansas City", "Salt Lake City", "City"
_CITY_NAME = regex.compile(r"(?:\p{Lu}[\p{L}.’'-]*[^\S\n]+){0,3}City")
# words of sport around a club's name, within this many characters either side
_SPORT_WORDS = regex.compile(
    r"\b(?:club|clubs|match|matches|league|striker|goal|goals|season|fans|manager|coach|players?|stadium|transfers?"
    r"|signed|signing|squad|cup|midfielder|defender|goalkeeper|fixture|football|soccer|derby|kick-off|relegation"
    r"|wickets?|innings|tournament|playoffs?|referees?|quarterbacks?|touchdowns?|basketball|baseball"
    # (and cricket's, whose board shares its initials with a state's bank: "the ECB said the batsman")
    r"|cricket(?:ers?)?|batsm[ae]n|batters?|bowlers?|all-rounders?)\b",
    regex.IGNORECASE)
_SPORT_REACH = 400
# a police force's short name, shared with other bodies (an opera house, a museum): "the Met"
_POLICE_SHORT_NAMES = frozenset(["Met"])
# words of policing, which make such a short name the force's: "The Met said officers were called"
_POLICE_WORDS = regex.compile(r"\b(?:police|policing|officers?|constables?|detectives?|arrest(?:s|ed)?|custody|suspects?"
                              r"|Scotland[ \t]+Yard|force)\b", regex.IGNORECASE)
# words of a royal household, which make a palace by its name the household's, though "fans" stand near
_ROYAL_WORDS = regex.compile(r"\b(?:royals?|king|queen|prince|princess|duke|duchess|monarch|monarchy|throne)\b", regex.IGNORECASE)
# words of a church, which make a palace by its name a bishop's or a pope's seat, no state's: "Lambeth Palace"
_CHURCH_WORDS = regex.compile(r"\b(?:archbishops?|bishops?|dioceses?|synods?|cardinals?|pope|pontiff|vatican|anglican|church)\b",
                              regex.IGNORECASE)


# the games a paper's sports desk may be named for after the paper's name: "Mirror Football"
_DESK_WORDS = frozenset("sport sports football cricket rugby racing".split())


# A capital inside a word after a lower-case letter, where a name in camel case joins its parts
_INNER_CAPITAL = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}+$")
# A brand's one word in camel case, its first part three letters or more: "DeepMind", "SpaceX",
# "BioNTech", "LinkedIn" (a surname's prefix is two letters, "McCain", "DeSantis", "LeBron", or one
# of ``_SURNAME_PREFIXES``)
_CAMEL_BRAND = regex.compile(r"(\p{Lu}\p{Ll}{2,})(?:\p{Lu}\p{Ll}*)+")
_SURNAME_PREFIXES = frozenset("mac van von vander vanden der den fitz della dela ten ter san".split())


def _camel_brand(word: str) -> bool:
    """Whether one word is a brand's name in camel case ("DeepMind", "SpaceX"), no surname's
    ("McDonald", "DeSantis", "MacArthur", "VanHollen") nor a person's handle that opens with a
    given name ("JaneDoe")."""
    m = _CAMEL_BRAND.fullmatch(word)
    return m is not None and m.group(1).lower() not in _SURNAME_PREFIXES and m.group(1).lower() not in given_names()


def _lower_camel_brand(word: str) -> bool:
    """Whether one word is a brand's name that opens in lower case before a capital ("eBay",
    "easyJet", "iRobot"), no surname after its particle ("deGrom", "diMarco", "vanDyke")."""
    m = _LOWER_CAMEL.fullmatch(word)
    return m is not None and word[:next(k for k, c in enumerate(word) if c.isupper())] not in _LOWER_SURNAME_PARTICLES


# the particles that open a surname in lower case before its capital: "deGrom", "diMarco", "leBlanc"
_LOWER_SURNAME_PARTICLES = _SURNAME_PREFIXES | frozenset("de di da du le la del dos das".split())


# A stock exchange's code and a listing after a name, in brackets: "(NYSE: ASH)", "(BSE: 500123; NSE: ASHBY)",
# "(Nasdaq: VXTX)"
_TICKER = regex.compile(r"\([^()]{0,40}?\b(?:\p{Lu}{2,8}|Nasdaq(?:GS|GM|CM)?)[^\S\n]?:[^\S\n]?[\p{Lu}\d][\p{Lu}\d.-]*(?:[;,][^()]{0,40})?\)")


# a common noun's possessive ending: "the mayor's", "the campaign’s", "voters'"; or any after "the",
# which no name takes its own mark after ("the Chancellor's", "the Prime Minister's", not "Moody's")
_COMMON_POSSESSIVE_END = regex.compile(
    r"(?:(?<=(?:^|[^\S\n])\p{Ll}[\p{Ll}-]*)|(?<=^[Tt]he[^\S\n]+[^\n]*\p{L}))(?:[’']s|(?<=s)[’'])$")


# a body's initials in brackets after its name, which give it no other kind but a state body's:
# "the Centers for Disease Control and Prevention (CDC)", "the Indian Council of Medical Research
# (ICMR)", "(DfE)", "the India Meteorological Department (IMD)"
_INITIALS_IN_BRACKETS_END = regex.compile(r"(?<=\w)[^\S\n]*\((\p{Lu}[\p{Lu}\p{Ll}&.-]{0,8}\p{Lu})\)\Z")


def before_initials(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a body's mention without the initials in brackets it ends in: "the Financial
    Conduct Authority" of "the Financial Conduct Authority (FCA)"; the span itself when it ends
    in none."""
    initials = _INITIALS_IN_BRACKETS_END.search(text, *span)
    return span if initials is None else (span[0], initials.start())


# a short tag in brackets that ends a mention, after a word: "(Lab, Riverside)", "(SNP)", "(D-Ohio)"
_BRACKETED_TAG_END = regex.compile(r"(?<=\w)[^\S\n]*\([^()\n]{1,30}\)\Z")


# an Australian broadcaster's call sign, a digit and two or three capitals: "2GB", "3AW", "6PR"
# (no "1", which opens other bodies' names: "1MDB")
DIGIT_CALL_SIGN = r"[2-9]\p{Lu}{2,3}"

_DIGIT_CALL_SIGN = regex.compile(DIGIT_CALL_SIGN)

# an American broadcaster's call sign and its band or medium: "KTLA-TV", "WBAP-AM", "KIIS-FM", or
# an Australian one alone
_CALL_SIGN_NAME = regex.compile(r"(?:[Tt]he\s+)?[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)|" + DIGIT_CALL_SIGN)


def _kind(phrase: str, lexicon: Lexicon) -> str:
    if _CALL_SIGN_NAME.fullmatch(phrase) is not None:
        return "outlet"
    if (initials := _INITIALS_IN_BRACKETS_END.search(phrase)) is not None:
        # the name before them tells the kind ("the Food and Drug Administration (FDA)" as "the Food
        # and Drug Administration"), unless the initials say a state's body the name does not: "the
        # India Meteorological Department (IMD)", "the National Transportation Safety Board (NTSB)"
        named = _kind(phrase[:initials.start()], lexicon)
        return "government" if named == "organization" and _kind(initials.group(1), lexicon) == "government" else named
    if (relative := _RELATIVE_AFTER_MENTION.search(phrase)) is not None and relative.start() > 0:
        # a relative clause says what the one named did, not what it is: "The Taliban, who seized
        # power in 2021" is as "The Taliban" is ("Ann Lee, who leads the group", a person as "Ann Lee");
        # but "which" stands for no person: "Vexa, which makes chips", a body
        named = _kind(phrase[:relative.start()], lexicon)
        return which_body(phrase[:relative.start()]) if named == "person" and "which" in relative.group() else named
    if (owner := _COMMON_POSSESSIVE_END.search(phrase)) is not None:
        # an owner's mention is as the owner's is ("The mayor's reply", "the campaign’s statement"); a
        # name keeps its mark, which may be the name's own ("Moody's")
        phrase = phrase[:owner.start()]
    if "(" in phrase and _TICKER.search(phrase, 0, len(phrase)) is not None:
        return "organization"  # a body listed on an exchange: "Ashby Mills (NSE: ASHBY)"
    if (tag := _BRACKETED_TAG_END.search(phrase)) is not None and tag.start() > 0 and _kind(phrase[:tag.start()], lexicon) == "person":
        # a person's party and ward in brackets after the name say nothing of the kind: "Cllr Gareth
        # Evans (Lab, Riverside)", "Ann Lee (Con)" ("Lab" is no laboratory there)
        return "person"
    low = phrase.lower()
    toks = [t[2] for t in tokens(phrase, 0, len(phrase))]
    words = [t for t in toks if _is_word(t)]
    if not words:
        return "unnamed"
    lows = [w.lower().rstrip(".") for w in words]
    if len(words) == 2 and lows[0] == "the" and words[1] in en.OUTLET_LOWER_CASE_NAMES:
        return "outlet"  # "the i": a paper that writes its name in lower case, no pronoun after an article
    # the head is the first noun phrase's, before an appositive: "The report, published by ..."
    comma = toks.index(",", 1) if "," in toks[1:] else len(toks)
    first = [t for t in toks[:comma] if _is_word(t)]  # the words of the first noun phrase
    if first and first[0][:1].isupper() and toks[comma + 1:comma + 2] and toks[comma + 1].rstrip(".") in en.CORPORATE_SUFFIXES:
        return "organization"  # "Vexa Therapeutics, Inc.", "Orrin, Ltd., a maker of ...": the suffix after the comma is the firm's
    head = head_word(first or words)
    rest = [t.lower() for t in toks[comma + 1:] if _is_word(t)]
    if (toks[0][0].isupper() and head not in lexicon.source_heads and len(rest) > 1
            and (rest[0] in _DETERMINERS or rest[0].endswith(("'s", "’s")) and all(w[:1].isupper() for w in first))
            and ((body_head := _apposed_head(rest)) in en.ORGANIZATION_WORDS or body_head in en.OUTLET_NOUNS)):
        # a name the appositive says is a body: "Teck, the mining company", "Vexa, a firm that
        # tracks shipping"
        head = body_head
    elif (toks[0][0].isupper() and head not in lexicon.source_heads and len(rest) > 3 and rest[:2] == ["one", "of"]
          and all(w[:1].isupper() for w in first) and not _personal_name(first) and (plural_head := _apposed_head(rest[2:]))
          and (body_head := singular(plural_head)) != plural_head
          and (body_head in en.ORGANIZATION_WORDS or body_head in en.OUTLET_NOUNS)):
        # a name the appositive says is one of many bodies: "Vexa, one of the largest hosting providers"
        head = body_head
    elif toks[1:].count(",") >= 2 and not person_noun(head) and head not in en.TITLES and not _personal_name(first):
        # a later appositive that says the name is a body: "Its biggest backer, Orrin Capital, a
        # hedge fund"
        # (only the shape "<noun phrase>, <Name>, <a body>": the appositive is the name's)
        last = toks.index(",", comma + 1)
        name = [t for t in toks[comma + 1:last] if _is_word(t)]
        tail = [t.lower() for t in toks[last + 1:] if _is_word(t)]
        if "," not in toks[last + 1:] and any(w.islower() for w in first) and 1 <= len(name) <= 4 and all(
                w[:1].isupper() for w in name) and len(tail) > 1 and tail[0] in ("a", "an", "the") and (
                head_word(tail) == tail[-1] and tail[-1] in en.ORGANIZATION_WORDS):
            head = tail[-1]
    if comma < len(toks) and len(first) >= 2 and all(w[:1].isupper() for w in first[1:]) and (
            rest and not person_noun(head_word(rest)) and rest[0] not in en.RELATIVE_PRONOUNS):
        # a body or an outlet by its name before an appositive that says what it is: "The
        # Global Times, a tabloid run by the party", "the Harbour Gazette, a weekly paper"
        cut = phrase.find(", ")
        named = _kind(phrase[:cut], lexicon) if cut > 0 else None
        if named in ("outlet", "organization", "government"):
            return named
    if head in en.TRADE_NOUNS and comma < len(toks) and _business_apposed(toks, comma, head):
        head = "company"  # a name in apposition to a trade's noun is the business's: "The developer, Harlow Homes"
    if len(lows) == 1 and lows[0] in en.PRONOUNS:
        return en.PRONOUNS[lows[0]]
    if len(lows) == 1 and lows[0] in en.OBJECT_AS_SUBJECT:
        return en.PRONOUNS[en.OBJECT_AS_SUBJECT[lows[0]]]  # "according to them": whom "they" stand for
    if len(lows) == 1 and lows[0] in en.POSSESSIVE_PRONOUNS:
        return en.PRONOUNS[en.POSSESSIVE_PRONOUNS[lows[0]]]  # "his claim", "their warning": the one they stand for
    if len(lows) == 1 and lows[0] in en.RELATIVE_PRONOUNS and not words[0].isupper():
        return en.RELATIVE_PRONOUNS[lows[0]]  # "who", not "WHO"
    if len(words) >= 2 and lows[0] in en.COURTESY_TITLES and all(w[:1].isupper() for w in words) and not _possessive(phrase):
        # a courtesy title before a name says a person, whatever the name's word: "Mr. Band", "Ms.
        # Bank" (but "Sir John Soane's Museum" is the museum)
        return "person"
    if _survey_agency(words, lows):
        return "organization"  # "the British Geological Survey", "the Survey of India": the agency, no document
    if _friends_of_named(words, lows):
        return "organization"  # "Friends of Harlow Park", "Friends of the Earth", "the Sisters of Mercy": a society by its name
    if _religious_order(lows, head):
        return "organization"  # "the Jesuit order said": a body of monks, friars or nuns, no text
    if document_noun(head) and head != lows[-1] and head in lows[:3] and _anonymous_marker(low) and not _anonymous_marker(
            low[:low.find(head)]):
        # "a tally compiled by AFP from official sources": the sources are the document's, not its
        # maker's, and the document is the source
        return "document"
    if _determined_people(toks):
        return "group"  # "the vicar and the rabbi", "The imam of the mosque, the head of ... and a senior archbishop"
    # a full name before its appositive is no one unnamed: "Irina Sokol, a senior fellow at ..."
    named_first = comma < len(toks) and 2 <= len(first) <= 4 and (_personal_name(first) or all(
        w[:1].isupper() for w in first) and first[0].lower() not in _DETERMINERS and _names_someone(first))
    if not named_first and (_anonymous_marker(low) and not _named_in_part(phrase) and not _markers_in_name(phrase, low) or _ANONYMITY_CLAUSE.search(
            phrase, 0, len(phrase), CONCURRENT) is not None or head in ("source", "sources") and (
        not capital_words(words) or lows[0] in _INDEFINITES  # "a Whitehall source", "two Labour sources"
    ) or head in _UNNAMED_INSIDERS and lows[0] in ("a", "an", "another", "one") and (head in lows[1:5] or _body_name_before_head(words, lows, head))
            or lows == [head] and head in _UNNAMED_INSIDERS and not words[0].isupper()):
        # (an official left unnamed, known by where it serves: "a district official", "an IMD official",
        # "an official who was briefed"; one close to the people written about: "A friend told the
        # paper", "Another insider revealed"; and the noun alone, a headline's with no article:
        # "Talks stalled, says official", as "an official")
        return "anonymous"
    if _people_before_bare_relative(words, lows):
        return "group"  # "Hospital managers he spoke to", "Nurses we met": people by their part, many
    if _share_of_people(lows):
        # "47 percent of Americans", "Two-thirds of voters", "a third": a share of a group, many; but
        # "Two of the reports": documents
        of = lows.index("of") if "of" in lows[:-1] else -1
        return "document" if of > 0 and document_noun(head_word(words[of + 1:])) else "group"
    if _bare_count(lows):
        return "group"  # "at least 21,000", "Hundreds", "more than 500": a count of people, many
    if _part_of_document(words, lows) or len(words) == 2 and lows[0] == "the" and words[1] in _LAWS:
        return "document"  # "Clause 4 of the Bill", "Article 21 of the Constitution", "the Act": a text of law
    if lows[0] in _PEOPLE_QUANTIFIERS and (len(lows) == 1 or lows[1] in _AFTER_QUANTIFIER or lows[0] in (
            "everyone", "everybody") or lows[0] == "those" and lows[1].endswith("ed") or len(lows) == 2 and plural(lows[1]) and words[1][:1].isupper()):
        # "Some", "Most of them", "Everyone in the room", "Those surveyed", "Some Germans": people, many; but
        # "Several of the polls": documents
        return "document" if lows[1:2] == ["of"] and len(lows) > 2 and document_noun(head_word(words[2:])) else "group"
    bare = _LEADING_THE.sub("", low.strip())
    if bare in en.GOVERNMENT_NAMES:
        return "government"
    if lows[-1] == "palace" and len(lows) <= 3 and all(w[:1].isupper() for w in words[1 if lows[0] == "the" else 0:]):
        # a palace by its name speaks for the household that sits in it: "Buckingham Palace said",
        # "Kensington Palace declined to comment", "the Quirinal Palace". A royal or a presidential
        # household is read as government, not as an organization: it speaks for a head of state,
        # as "Rashtrapati Bhavan" and "the Elysee" do ("the palace", in lower case: GOVERNMENT_WORDS)
        return "government"
    if _state_of_place(words, lows):
        return "government"  # a state by its formal name: "The Republic of Turkey", "the Kingdom of Bahrain"
    if (is_person := place_names().get(bare)) is not None and words[1 if lows[0] == "the" else 0][:1].isupper() and (
            lows[0] == "the" or not is_person and bare not in given_names()):
        # a country, a state or a province that speaks is its government: "Egypt said", "the UAE",
        # "Maharashtra"; one named as people are only after "the" ("Jordan said" may be a man's)
        return "government"
    if _place_after_its_part(words, lows):
        return "government"  # "mediator Qatar", "host nation France": the place's part, then the place
    if (known := org_names().get(bare.replace("’", "'"))) is not None and not known[1] and (
            words[1 if lows[0] == "the" else 0][:1].isupper() or _LOWER_CAMEL.fullmatch(words[0])):
        # a body the table knows by a bare name no person goes by: "Goldman Sachs said", "Oxfam",
        # "Moody's", "easyJet" (one whose name is also a person's, "Ford", is read against the text: `resolve`)
        return known[0]
    if known is None and (state := bare.partition(" "))[2] and state[0] in place_names() and words[-1][:1].isupper() and (
            org_names().get(state[2], ("",))[0] == "government"):
        return "government"  # a state's body the table knows after the state's name: "the U.S. Centers for Disease Control"
    if len(words) == 2 and lows[0] == "the" and words[1] in ("Congress", "Centre"):
        # Indian copy's "the Congress" is a party, "the Centre" the Union government
        # (a legislature is "Congress" with no article, "the U.S. Congress")
        return "organization" if words[1] == "Congress" else "government"
    if _people_by_nation(words, lows):
        return "group"  # "Native Americans", "British Muslims", "Asian Americans": a people, many
    named = list(first)
    if _joined_modifiers(named):
        return "person"  # "Veteran and respected broadcaster Tom Roe": adjectives joined before one name
    if _joined_people(named) or _listed_people(toks) or _paired_titles(lows):
        # "Ann Lee and Tom Roe", "Neither Ann Lee nor Tom Roe", "Ann Lee, Tom Roe and Ray Fox": people, many
        return "group"
    if _camp_of(named):
        return "group"  # "Team Lee", "the Lee camp", "Lee's camp": a person's people, not the person
    while len(named) > 2 and named[-1].isupper() and named[-1].lower().rstrip(".") in en.POST_NOMINALS:
        named.pop()  # "Ann Lee KC", "Tom Roe MP OBE": the letters after a name are the person's
    if (len(words) >= 2 and lows[-1] in en.OUTLET_EDITION_PLACES and words[-1][:1].isupper() and words[-2][:1].isupper()
            and phrase.rstrip().endswith(words[-1]) and not _possessive(phrase)
            and _kind(phrase[:phrase.rstrip().rfind(words[-1])].rstrip(), lexicon) == "outlet"):
        return "outlet"  # an outlet's edition for a place: "Sky News Australia", "BBC Scotland"
    if _side_by_name(words, lows):
        return "organization"  # a side by its place and its plural name: "Rajasthan Royals", "Boston Celtics"
    if _ampersand_name(toks[:comma]) and bare not in lexicon.outlet_names:
        # "Pratt & Whitney", "Marks & Spencer": names joined by "&" are a firm's, no person's (an
        # outlet's show the table holds stays the outlet's: "Fox & Friends")
        return "organization"
    if _private_trade_name(named):
        return "organization"  # "Private forecaster Skymet Weather", "state-owned developer Orrin": a firm by its sector and trade
    if _personal_name(named):
        return "person"  # "Ann Post", "Liam Fox", "Dr Jane Post": not "the Post", "Fox News"
    if (k := _examples_at(lows)) and (_people_by_part(words[k - 1]) or plural(lows[k - 1])):
        # "Tory MPs including Ann Post", "Farmers such as Tom Roe", "Big banks like Ashby": the
        # plural the examples are named among is the mention's kind, not the name after it
        lead = [t for t in tokens(phrase, 0, len(phrase)) if _is_word(t[2])][k][0]
        return _kind(phrase[:lead].rstrip(), lexicon)
    if _post_of_named_body(words, lows, head):
        return "person"  # "The Bank of Harlow Governor": the body's post, its holder unnamed
    if head == "figures" and head in lows[1:] and lows[lows.index(head) - 1] in _FIGURES_OF_PEOPLE:
        return "group"  # "establishment figures", "the party's top figures": people, not numbers
    if document_noun(head) and head != lows[-1] and head in lows[:3]:
        return "document"  # "a video obtained by the BBC", "a report by Reuters": the outlet made or has it
    agent = _AGENT_AFTER_PARTICIPLE.search(phrase, 0, len(phrase), CONCURRENT)
    if agent is not None and not document_noun(head) and WORD.search(phrase, 0, agent.start(), CONCURRENT):
        return _kind(phrase[:agent.start()], lexicon)  # "Economists polled by Reuters": the economists' kind
    # people who speak for an outlet, or were asked by it, are no outlet: "a spokesman for the BBC"
    speaker = _speaks_for(head, lows, lexicon)
    if len(words) <= 3 and not speaker and _WEB_ADDRESS.search(words[-1], 0, len(words[-1]), CONCURRENT) is not None:
        return "outlet"  # a site by its address: "Factcheck.org", "the news site Politico.com"
    if bare in lexicon.outlet_names or lows[-1].rpartition("-")[2] in en.OUTLET_NAMES and not speaker or (
            len(lows) >= 2 and lows[-1] == "agency" and lows[-2] in en.OUTLET_NAMES) or (
            len(lows) >= 2 and lows[-1] in _NEWS_SERVICE_NOUNS and lows[-2] in en.NEWS_SERVICE_NAME_WORDS
            and words[-1][:1].isupper() and words[-2][:1].isupper() and not speaker):
        # (the name after Arabic's joined article too: "Al-Arabiya", "Al-Ahram"; and an agency by
        # its name and its noun: "Anadolu Agency"; and a service or an agency of news by its name:
        # "Christian News Service", "the Public Broadcasting Service", "Kyodo News Agency")
        return "outlet"
    if (owned := lows[1:] if lows[0] == "the" else lows) and len(owned) >= 2 and (
            owned[0] in _STATE_WORDS or owned[0].endswith(_OWNED_BY_ENDS)) and " ".join(owned[1:]) in lexicon.outlet_names:
        return "outlet"  # a known outlet after who runs it: "the junta-controlled Global New Light of Myanmar", "state-run IRNA"
    if head in _OWNED_PAGES and len(lows) == 3 and lows[1].endswith(("'s", "’s")) and words[1].islower():
        return "document"  # "the company's website": a body's own pages, as "its website" is
    if head in en.OUTLET_NOUNS and lows[0] in ("the", "that", "this") and not _other_agency(phrase, head, lows):
        return "outlet"
    if unnamed_outlet(phrase, 0, len(phrase)) and not speaker:
        return "outlet"  # "A newspaper reported", "a local radio station": an outlet left unnamed, no person
    if head in _STATE_OUTLET_HEADS and not speaker and (any(w in _STATE_WORDS for w in lows[:-1]) or (
            head == lows[-1] and 2 <= len(lows) <= 3 and _NATIONALITY.fullmatch(words[-2], 0, len(words[-2])) is not None)):
        # (or a nation's: "Hungarian television", "Spanish radio", "Indian media")
        return "outlet"  # "State television", "Iranian state media", "state-run TV": the state's own outlets
    if head in BROADCAST_MEDIA and not speaker and 2 <= len(lows) <= 3 and lows[-2] in _BROADCAST_SCOPES:
        # "local television", "regional radio": a broadcaster of the place left unnamed, as the
        # state's is (media at large stay unnamed: "Local media reported")
        return "outlet"
    if _outlet_service(phrase, words, lows, lexicon):
        return "outlet"
    if _named_by_outlet_noun(first or words) and not speaker and not _agency_of_no_news(first or words, lexicon):
        return "outlet"  # "state broadcaster CCTV", "the newspaper Le Monde"
    if _name_and_medium(words, lows) and not speaker and (not _possessive(phrase) or _place_possessive(lows[0])):
        # (after a country's possessive too: "Kenya's Daily Nation newspaper")
        return "outlet"  # "People magazine", "the Hindu newspaper": the medium noun after the name
    if _family_name_first(named):
        return "person"  # "Kim Jong Un", "Foreign Minister Le Yucheng": no "UN", no paper like "Le Monde"
    # (a brand's one word that opens in lower case before a capital is a name too: "easyJet", "eBay")
    capital = [w for w in words if w[0].isupper() or _LOWER_CAMEL.fullmatch(w) is not None]
    if capital and capital[0] is words[0] and (lows[0] in _DETERMINERS or (lows[0] in lexicon.source_heads or document_noun(lows[0])) and not (
            _initials_not_noun(words[0])) or lows[0] == head and person_noun(head) or _plural_after_first_capital(words, head)):
        capital = capital[1:]  # capitalised only because it starts the sentence
    # the name's last word, or the one before its "of" ("The Times of India")
    end_at = lows.index("of", 1) - 1 if "of" in lows[1:-1] else len(lows) - 1
    name_end = lows[end_at].rpartition("-")[2]  # (the last part of a joined word: "the Sun-Times")
    if name_end[-1:].isdigit() and name_end.rstrip("0123456789").isalpha():
        name_end = name_end.rstrip("0123456789")  # (and a word before a figure joined to it: "News24")
    camel = (inner := _INNER_CAPITAL.search(words[end_at])) is not None and name_end not in en.OUTLET_NAME_ENDS
    if camel:
        name_end = words[end_at][inner.start():].lower()  # (or of a name in camel case: "iNews", "PinkNews")
    elif name_end in _DESK_WORDS and end_at > 0 and lows[end_at - 1] in en.OUTLET_NAME_ENDS:
        name_end = lows[end_at - 1]  # (or a paper's desk after its name: "Mirror Football", "Times Cricket")
    elif name_end.startswith("sport") and (desk := next((name_end[len(lead):] for lead in ("sports", "sport") if (
            name_end[len(lead):] in en.OUTLET_NAME_ENDS)), None)) is not None:
        name_end = desk  # (or a paper's sports desk in one word: "Sportsmail", "Sportstar")
    # (the word in capitals, as a name's: "a Facebook post" is a document)
    if (capital or camel) and name_end in en.OUTLET_NAME_ENDS and (words[end_at][:1].isupper() or camel) and len(words) <= 5 and (
            not _possessive(phrase) or _nation_outlet(words, lows, name_end)) and not speaker and not any(
            w in en.TITLES or w in en.PERSON_NOUNS for w in lows[:-1]) and not (
            # ("Lone Star", "Golden Globe", "Human Rights Monitor": a thing or a body, no paper)
            name_end in en.GENERIC_OUTLET_ENDS and end_at > 0 and lows[end_at - 1] in en.THING_BEFORE_OUTLET_END):
        # (not a name after a title or a post: "Detective Inspector Sarah Hill", "Dr Ann Post")
        return "outlet"
    if (_opened_as_paper(words, lows) or _numbered_channel(words, lows)) and not speaker:
        return "outlet"  # "Daily Maverick", "the Dainik Bhaskar": a paper by its first word; "Channel 4"
    if _team_name(words, lows):
        return "organization"  # "Mumbai Indians said", "Red Star Belgrade said": a side, no person
    if len(words) >= 2 and words[-1] in _BODY_NAME_ENDS and not _possessive(phrase) and (
            lows[0] not in en.TITLES or _firm_after_title(words)) and all(
            w[:1].isupper() or w == "and" and lows[0] == "the" for w in words[1 if lows[0] == "the" else 0:]):
        # "Amnesty International", "the United Nations", "Human Rights Watch": the name is the
        # whole mention, "and" inside one after "the" ("the Farmers and Growers Forum"; not "Ann Lee
        # of Human Rights Watch", a person, nor "Ms Power")
        return "organization"
    if (whole := _part_kind(phrase, words, lows, head, lexicon)) is not None:
        return whole  # "the party's youth wing", "the political arm of the group": the whole's; "the placebo arm": no one
    if head in en.UNNAMED_NOUNS and not (document_noun(head) and (lows[0] in en.POSSESSIVE_PRONOUNS or _possessive(phrase))):
        # ("reports say", "accounts differ": no one's; but "its latest accounts", "the bank's
        # reports": the texts a body keeps, documents as "its report" is)
        return "unnamed"
    if document_noun(head) and not _capitalised_inside(first or words, head) and not (
            len(first or words) >= 2 and (first or words)[-1] in en.BUSINESS_NAME_ENDS and (first or words)[-2][:1].isupper()) and not (
            _held_account(lows, head)):
        # (not a firm's name that ends in a medium's plural: "the studio Blue Reel Films")
        return "document"
    if head in en.CROWD_NOUNS and head in lows and not words[lows.index(head)].isupper() and (
            head == lows[-1] or lows[lows.index(head) + 1] in _HEAD_PREPOSITIONS and (
                words[lows.index(head)].islower() or lows.index(head) == 0) and not _crowd_of_things(words, lows, head, lexicon)):
        # (not a body's initials that spell such a word: "CREW", a watchdog)
        # (the noun before a phrase of whose or where they are, in small letters unless it opens the
        # mention: "The crew of the ferry", "the jury in the case", "Family of victim says"; not a
        # title, "The Family of Man", nor a set of things or bodies, "a family of super PACs")
        return "group"  # "the crowd", "the victim's family": many people as one, no body
    if head in _BODY_OR_PERSON and lows[0] in _INDEFINITES:
        return "person"  # "a prison guard", but "the coast guard", "the National Guard"
    if plural(head) and singular(head) in _BODY_OR_PERSON and (lows == [head] or words[lows.index(head)].islower()):
        # guards in the plural, in small letters or alone, are people: "security guards", "the
        # guards", "Guards said"; but "the Revolutionary Guards", "the Guards" (a regiment)
        return "group"
    if head == "department" and "Department" in words:
        return "government"  # a department by its name: "The State Department", "the Department of Justice"
    if _state_arms(lows) or _state_command(words, lows):
        return "government"  # a state's armed forces are the state's: "the Indian Army", "Ukraine's military"
    if _state_body(words, lows, head, phrase):
        return "government"  # "the EPA", "the Met Office", "the police", "the Supreme Court": a state's body
    if control_service(lows):
        return _control_service_kind(words, lows, lexicon)  # "air traffic control", "Mission Control": a public service
    if local_body(lows, head, phrase) or greater_local_body(words, lows):
        # (or a city's wider area's: "Greater Chennai Corporation")
        return "government"  # "the city council", "the school board", "the civic body": a local government's body
    if (head.rstrip(".") in en.ORGANIZATION_WORDS or plural(head) and singular(head) in en.ORGANIZATION_WORDS and not (
            _titled_surname(words, lows) or _named_surname(first or words))) and not _aged_name(first, rest):
        # (a surname after a title or a given name is a person's, though it reads as bodies in the
        # plural: "Mr Chambers", "Sen. Banks", "TV presenter Holly Banks"; and so is a name with its
        # age: "Church, 38", "Banks, 46")
        return "organization"  # "the union", "Acme Inc.", and bodies in the plural: "Intelligence agencies", "banks"
    if all(w in en.GOVERNMENT_WORDS or w in ("and", "the", "north", "south", "united", "states") for w in lows):
        return "government"
    if head in en.GOVERNMENT_WORDS and (not capital or head in lows and words[lows.index(head)].islower()):
        return "government"  # "the ministry", "the Scottish government", "the Modi administration"
    if head in _GOVERNMENT_BODIES and lows[0] in ("the", "a", "an"):
        return "government"  # a body named in capitals: "The Home Ministry", "the Ministry of Defence"
    if head == "congress" and capital:
        # a party's name, "the Trinamool Congress"; a country's legislature, "the U.S. Congress"
        country = any(w in en.GOVERNMENT_WORDS or w + "." in en.GOVERNMENT_WORDS for w in lows[:-1])
        return "government" if country else "organization"
    if thing_noun(head) and head in lows[1:4] and lows[0] in _DETERMINERS and _thing_phrase(first or words, lows, lows.index(head)):
        # a thing, an act or a happening is no one: "The move signals", "The latest figure
        # shows", "The case against Lee shows" (but "a public figure"; and "The report says": a
        # document, read above)
        return "unnamed"
    if _bare_plural_thing(words, lows, head):
        return "unnamed"  # "Prices showed a small rise", "Blood samples showed": things, many, no one
    if not capital and (head.endswith("s") and not head.endswith("ss") or head in _UNMARKED_PLURALS
                        or head.endswith("men") and person_noun(head)) or head in en.GROUP_NAMES:
        return "group"  # "analysts", "many voters", and the members of a party: "Democrats", "Tories"
    # (a plural of agency in small letters is people too, though no table knows it: "dockers", "hauliers")
    agents = head in lows and _agent_plural(words[lows.index(head)])
    if head.endswith("s") and not head.endswith("ss") and (
            lexicon.source_heads.get(head, 0) > 0 or person_noun(head) or head in en.UPROOTED_PEOPLE or agents
            or singular(head) in _PLACE_PARTS) and _names_after_head(words, lows, head):
        # "Analysts at Jefferies", "Officials in Delhi", "Farmers in Kent": the names are of where
        # they are; and countries by their part among others, many: "Developing nations", "Major powers"
        return "group"
    if (head == lows[-1] or lows[0] in _PEOPLE_QUANTIFIERS) and (plural(head) or head.endswith("men")) and (person_noun(head) or agents):
        return "group"  # "Witnesses", "Some fishermen", "Some leaders in the state", "Felixstowe dockers": people by their part, many
    if _counted_plural(words, lows, head):
        return "group"  # "More than 40 Tory backbenchers", "Two Labour MPs": a count of people, many
    if _initials_of_people(first or words, head):
        return "group"  # a post's initials in the plural: "MPs", "Tory MPs", "Senior MLAs": people, many
    if len(words) == 2 and lows[0] in en.POSSESSIVE_PRONOUNS and words[1].isalpha() and words[1].islower() and not (
            person_noun(lows[1]) or lows[1] in en.TITLES or lows[1] in en.KIN_NOUNS or lows[1] in en.TIE_NOUNS
            or lows[1].endswith(_AGENT_ENDINGS) or lexicon.source_heads.get(lows[1], 0) >= _SPEAKING_HEAD):
        # a thing of someone's is no one: "Her approach", "his plan" (but "her brother", "their host",
        # and a noun that is mostly a speaker's: "his lawyer")
        return "document" if document_noun(lows[1]) else "unnamed"
    if not capital and lexicon.source_heads.get(head, 0) > 0 and head not in en.TITLES:
        return "person" if head not in en.ORGANIZATION_WORDS else "organization"
    if _ACRONYM.fullmatch(words[-1], 0, None, CONCURRENT) and head == lows[-1] and head not in en.PERSON_INITIALISMS:
        return "organization"  # a body known by its initials: "the NTSB", "the WHO" (not "the CEO")
    apposed = [t for t in toks[comma + 1:] if _is_word(t)]
    if capital and not _tied_to_body_after(first or words, head) and (len(first or words) >= 2 and _named_body(first or words) or len(apposed) >= 2 and (
            _named_body(apposed) or _body_by_name(first, apposed)) and not _TIES_IN_APPOSITIVE.intersection(w.lower() for w in apposed)):
        # (or an appositive that is the body's name, not a person's tie to it: "Its largest
        # shareholder, the fund Carver Partners", not "Ann Lee, a founder of the group Blue Coast")
        # "the charity Oxfam", "Aid group Relief Now": a noun for a body names what follows, of
        # the noun's kind ("the regulator Ofcom": the state's)
        return _body_noun_kind(apposed if len(first or words) < 2 or not _named_body(first or words) else first or words, lexicon)
    if lows[0] == "the" and len(words) >= 4 and lows[-1] in en.ORGANIZATION_WORDS and words[-1][:1].isupper() and all(
            w[:1].isupper() or w == "of" for w in words[1:]) and not _possessive(phrase) and not (
            head == lows[1] and person_noun(head)):
        # (not a post whose title names a body after "of": "The Chief of Army Staff", a person)
        return "organization"  # a body of one named with "of": "The House of Commons Library", "the House of Lords Committee"
    if _name_joined_by_of(words, lows):
        return "organization"  # "The Islamic State of Iraq", "the Islamic State of Iraq and the Levant"
    if _named_happening(words, lows):
        return "unnamed"  # "Ukraine War said", "the Iraq war": a happening by its name, no one
    if lows[0] == "the" and len(words) >= 2 and all(w[:1].isupper() for w in words[1:]) and not _possessive(phrase):
        # a name after "the" is no person's: "The American Legion", "the AFL-CIO", and in the
        # plural a people or a family, "The Saudis", "the Khans" (but "the Wisconsin Republican",
        # "the Texan": a person by party or by where they are from, not "the Vatican"; "The
        # Treasurer, Ann Lee": the first phrase's noun, before its appositive)
        last = first[-1].lower().rstrip(".") if first else lows[-1]
        if len(words) == 2 and last.endswith("s") and not last.endswith("ss") and last.isalpha():
            return "group"
        if not (person_noun(last) or last in en.TITLES or last in en.PERSON_INITIALISMS or last + "s" in en.GROUP_NAMES
                or last in given_names()
                or last in en.DEMONYMS):
            return "organization"
    if _body_of_a_nation(words, lows) or _body_by_region(words, lows):
        return "organization"
    if len(words) >= 3 and _place_possessive(lows[0]) and all(w[:1].isupper() or w.isdigit() for w in words[1:]):
        # a body of a country by its name after the country's possessive, read as the name
        # alone: "Britain's Network Rail", "Kenya's Greater Nairobi Water" (an outlet's name is
        # read above, and "Britain's Royal Mail" is no outlet: the name's kind only as a body's)
        # (a number in it too, a channel's: "Israel's Channel 12")
        named = _kind(phrase[phrase.find(words[1]):], lexicon)
        if named in ("organization", "government"):
            return named
        if named == "outlet" and (" ".join(lows[1:]) in lexicon.outlet_names or _opened_as_paper(words[1:], lows[1:])
                                  or _numbered_channel(words[1:], lows[1:])):
            # a paper the table knows, or a paper's first word opens, or a channel by its number:
            # "France's Le Monde", "Israel's Channel 12"
            return named
    if (parts := joined_names(toks)) is not None:
        # names joined by "and" with no given name to say they are people's: of one kind, the
        # kind of them all ("Ohio, Iowa and Texas", government; "Microsoft and Apple", bodies),
        # and three or more names of people a list of them, many ("Lee, Roe and Fox"; two,
        # "Lee and Roe", may be a firm's, "Marks and Spencer": `resolve` reads them in the text)
        kinds = {_kind(" ".join(part), lexicon) for part in parts}
        if len(kinds) == 1 and kinds != {"person"}:
            return kinds.pop()
        if len(parts) >= 3 and kinds == {"person"} and all(_names_someone(part) for part in parts):
            return "group"
    if len(words) == 1 and (_camel_brand(words[0]) or _lower_camel_brand(words[0])):
        # (or one that opens in lower case before a capital: "eBay", "easyJet", "iRobot")
        return "organization"  # a brand's name in camel case is no person's: "SpaceX declined to comment"
    return "person"


def _titled_surname(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is titles and one word in capitals after them, a person's surname:
    "Mr Chambers", "Sen. Banks", "Mr Justice Mills"."""
    return len(words) >= 2 and words[-1][:1].isupper() and all(w in en.TITLES for w in lows[:-1])


def _named_surname(words: list[str]) -> bool:
    """Whether a mention ends in a given name, one that is a word too or not, and a surname in
    capitals, with only posts or small words before: "Holly Banks", "TV presenter Holly Banks"
    (not "Central Banks", "the Lloyds Banks")."""
    return (len(words) >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper() and words[-2][1:].islower()
            and words[-2].lower() in name_genders() and _posts_before_name(words, len(words) - 2))


def _aged_name(first: list[str], rest: list[str]) -> bool:
    """Whether a mention is a name in capitals and an age set off by a comma after it, a
    person's: "Banks, 46", "Holly Church, 38"."""
    return (len(rest) == 1 and rest[0].isdigit() and 0 < int(rest[0]) < 120 and 1 <= len(first) <= 3
            and all(w[:1].isupper() for w in first) and first[0].lower() not in _DETERMINERS)


def _control_service_kind(words: list[str], lows: list[str], lexicon: Lexicon) -> str:
    """The kind of a public service named by "control" (:func:`control_service`): the state's
    ("air traffic control", "Mission Control", "the border control"), unless a body's name in
    capitals before it says whose it is ("SpaceX mission control", a business's)."""
    owner = words[1 if lows[0] == "the" else 0:len(words) - 2]
    if owner and lows[len(words) - 3] == "air":
        owner = owner[:-1]  # ("air traffic control": what it watches over, in two words)
    named = _kind(" ".join(owner), lexicon) if owner and owner[0][:1].isupper() else None
    return "organization" if named == "organization" else "government"


def _crowd_of_things(words: list[str], lows: list[str], head: str, lexicon: Lexicon) -> bool:
    """Whether a noun for many people as one stands before "of" and a plural that names no
    people: a set of things or bodies ("a family of super PACs", "a family of funds"), not
    people ("the family of the victims") nor one whose they are ("The crew of the ferry")."""
    at = lows.index(head)
    if lows[at + 1] != "of" or at + 2 >= len(lows) or not plural(lows[-1]):
        return False
    return _kind(" ".join(words[at + 2:]), lexicon) != "group"


def _named_happening(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a happening's name: a name in capitals, perhaps after "the", then a
    noun of a war, a crisis or talks in either case ("Ukraine War", "the Iraq war", "Brexit
    Talks", "Watergate Scandal"); not one that a given name or a title opens ("Ann Row", "Judge
    Summit": people), nor a noun alone ("Crisis")."""
    named = words[1:] if lows[0] == "the" else words
    if len(named) < 2 or not all(w[:1].isupper() for w in named[:-1]):
        return False
    first = named[0].lower().rstrip(".")
    return first not in given_names() and first not in en.TITLES and lows[-1] in en.HAPPENING_NOUNS


def _plural_after_first_capital(words: list[str], head: str) -> bool:
    """Whether a mention's only capitalised word is its first, before a plural head in small
    letters that ends it and names people ("Ferry crews", "Hospital cleaners"): the mention
    reads as it would inside a sentence, people by their part ("ferry crews"), the first
    word's capital the sentence's or a place's ("Felixstowe dockers", people all the same);
    not a name in capitals ("Ann Lee", "BBC staff"), nor a plural of things or a verb after a
    name ("Black circles", "Lee lobbies")."""
    return len(words) >= 2 and words[-1] == head and plural(head) and not words[0].isupper() and all(
        w.islower() for w in words[1:]) and (person_noun(head) or _agent_plural(head) or head in en.CROWD_NOUNS or head in _WORK_PARTIES)


# plurals of the parties people work in, people by their part, many: "Road gangs" ("Ferry crews":
# crews are a crowd's noun, `en.CROWD_NOUNS`)
_WORK_PARTIES = frozenset(["gangs"])


def _initials_not_noun(word: str) -> bool:
    """Whether a word all in capitals, though a common noun's letters, is a body's initials, not
    the noun opening a sentence: "ARM said", "CASE said" (not "THE", nor a noun for people in a
    headline's capitals, "AIDE", "EXPERTS", nor a post's initials, "CEO")."""
    low = word.lower()
    return _ACRONYM.fullmatch(word, 0, None, CONCURRENT) is not None and low not in _DETERMINERS and not (
        person_noun(low) or low in en.PERSON_INITIALISMS or low in en.TITLES)


# the words that open a list of names before its first: "Both Lee and Roe"
_LIST_OPENERS = frozenset("both neither either".split())
# the most names, and the most words in each, read as a list
_LISTED_NAMES = 6
_LISTED_NAME_WORDS = 4


def joined_names(toks: list[str]) -> list[list[str]] | None:
    """The names a mention lists, when it is only names in capitals joined by commas and one last
    "and" or "nor", perhaps after "both", "neither" or "either" ("Lee, Roe and Fox", "Both Ohio
    and Iowa", "Microsoft and Apple"); None for any other mention ("Lee and his aides", "Ann
    Lee, a nurse and a mother")."""
    kept = toks[1:] if toks[:1] and toks[0].lower() in _LIST_OPENERS else toks
    joins = [k for k, t in enumerate(kept) if t in ("and", "nor")]
    if len(joins) != 1 or "," in kept[joins[0]:]:
        return None
    parts: list[list[str]] = [[]]
    for t in kept:
        if t in (",", "and", "nor"):
            parts.append([])
        elif _is_word(t) and t[:1].isupper() and t.replace("-", "").replace(".", "").isalpha():
            parts[-1].append(t)
        else:
            return None
    if not 2 <= len(parts) <= _LISTED_NAMES or not all(1 <= len(p) <= _LISTED_NAME_WORDS for p in parts):
        return None
    return parts


def _survey_agency(words: list[str], lows: list[str]) -> bool:
    """Whether a name in capitals ends in "Survey" after a field that names the agency which
    surveys ("the British Geological Survey", "the U.S. Geological Survey", "the Ordnance
    Survey", "the Botanical Survey of Kenya"), or is "the Survey of" a country ("the Survey of
    India"); not a document named for what it asks ("the Household Pulse Survey", "the Survey of
    Consumer Finances")."""
    at = lows.index("survey") if "survey" in lows[1:] else -1
    if at < 1 or words[at] != "Survey" or not all(w[:1].isupper() for w in words[1 if lows[0] == "the" else 0:at]):
        return False
    after = lows[at + 1:]
    if after and not (len(after) >= 2 and after[0] == "of" and " ".join(after[1:]) in place_names()
                      and all(w[:1].isupper() for w in words[at + 2:])):
        return False
    return lows[at - 1] in en.SURVEY_AGENCY_FIELDS or (lows[at - 1] == "the" and at == 1 and bool(after))


# the ends of an outlet's name that a nation's possessive may stand before and still name it
# ("Egypt's Al-Qahera News"; but "Britain's Royal Mail", "India's Air India Express": no outlets)
_NATION_OUTLET_ENDS = frozenset("news tv television radio".split())


def _nation_outlet(words: list[str], lows: list[str], name_end: str) -> bool:
    """Whether a name in capitals after a country's possessive is an outlet's, the country's
    where it broadcasts or its owner: "Egypt's state-run Al-Qahera News", "Iran's Press TV",
    or a paper's one-word name: "Zimbabwe's Herald", "Nigeria's Guardian"."""
    if len(words) < 2 or not _place_possessive(lows[0]):
        return False
    return len(words) == 2 or name_end in _NATION_OUTLET_ENDS or any(w in _STATE_WORDS for w in lows[1:-1]) or (
        lows[1] in en.OUTLET_EDITION_OPENERS)  # (or a paper's day or time: "Britain's Sunday Times")


def _opened_as_paper(words: list[str], lows: list[str]) -> bool:
    """Whether a name in capitals of two to four words, perhaps after "the", opens with a word
    that opens papers' names: "Daily Maverick", "the Dainik Bhaskar" (not "a daily briefing")."""
    name = words[1:] if lows[0] == "the" else words
    return 2 <= len(name) <= 4 and name[0].lower() in en.OUTLET_NAME_OPENERS and all(w[:1].isupper() for w in name)


# the media a channel or a station is known by with its number: "Channel 4", "Radio 2", "TV 5"
_NUMBERED_MEDIA = frozenset("channel radio tv".split())


def _numbered_channel(words: list[str], lows: list[str]) -> bool:
    """Whether a name is a medium's noun in capitals and a number, perhaps after "the", as a
    channel or a station goes by: "Channel 12", "the Channel 4" (not "a channel 4 viewers like")."""
    name = words[1:] if lows[0] == "the" else words
    return len(name) == 2 and name[0][:1].isupper() and name[0].lower() in _NUMBERED_MEDIA and name[1].isdigit() and len(name[1]) <= 3


def _firm_after_title(words: list[str]) -> bool:
    """Whether a title and one word that ends firms' names are the whole name, a firm's:
    "General Electric", "General Dynamics" (not "Ms Power": "Power" is a surname too)."""
    return len(words) == 2 and words[1] in en.BUSINESS_NAME_ENDS


def _place_possessive(low: str) -> bool:
    """Whether a lower-cased word is a country's, a state's or a province's possessive: "kenya's"."""
    return low.endswith(("'s", "’s")) and place_names().get(low[:-2]) is not None


def _friends_of_named(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a society's name in capitals, "Friends of" a place or a thing
    ("Friends of Harlow Park", "Friends of the Earth"), or another plural of fellowship so
    ("the Sisters of Mercy", "Knights of Columbus": ``default_lexicon.FELLOWSHIP_PLURALS``), not
    a person's friends ("Friends of Ann Lee", "Friends of Mr Lee", "Friends of Lee", "Friends
    of the victim")."""
    if lows[:1] == ["the"]:
        words, lows = words[1:], lows[1:]
    if len(words) < 3 or not words[0][:1].isupper() or lows[0] not in en.FELLOWSHIP_PLURALS or lows[1] != "of":
        return False
    name = words[3:] if lows[2] == "the" else words[2:]
    # (one word after "Friends of" may be a surname, "Friends of Lee"; after the others it names
    # a virtue, a saint or a land, as kin in capitals go by no one: "Sisters of Mercy", "Brothers of Italy")
    return bool(name) and (len(name) >= 2 or lows[2] == "the" or lows[0] != "friends") and all(w[:1].isupper() for w in name) and (
        name[0].lower() not in given_names() and name[0].lower().rstrip(".") not in en.TITLES)


def _religious_order(lows: list[str], head: str) -> bool:
    """Whether a mention's head "order" is a religious order's, named by its founder's or rule's
    word or called religious right before it: "the Jesuit order", "a Franciscan order", "the
    religious order" (not "the court's order", "a gagging order": a text)."""
    return head == "order" and "order" in lows[1:] and lows[lows.index("order") - 1] in en.RELIGIOUS_ORDER_WORDS


# the pronouns that open a relative clause with no "who" after a noun of people: "Nurses he spoke to"
_BARE_RELATIVE_SUBJECTS = frozenset("he she we they i you".split())


def _people_before_bare_relative(words: list[str], lows: list[str]) -> bool:
    """Whether people by their part in the plural stand before a relative clause that no
    "who" opens, its subject a pronoun: "Hospital managers he spoke to", "Nurses we met"."""
    k = next((k for k in range(1, len(lows) - 1) if lows[k] in _BARE_RELATIVE_SUBJECTS), 0)
    return k > 0 and _people_by_part(words[k - 1])


def _initials_of_people(words: list[str], head: str) -> bool:
    """Whether the head of a mention's first noun phrase (its ``words``) is a post's
    initials in the plural ("MPs", "MLAs"), its last word or the noun a participle's
    clause goes on ("MPs backing the bill")."""
    lows = [w.lower() for w in words]
    if len(head) <= 2 or head[-1] != "s" or head[:-1] not in en.PERSON_INITIALISMS or head not in lows:
        return False
    at = lows.index(head)
    # (or before a phrase of where they sit: "MPs on the committee", "MLAs from the state")
    return words[at][:-1].isupper() and (at == len(lows) - 1 or _participle_on_noun("", words[at], words[at + 1])
                                         or lows[at + 1] in _HEAD_PREPOSITIONS)


# the words that open examples of the plural before them: "MPs including Ann Lee", "farmers like Tom Roe"
_EXAMPLE_LEADS = frozenset(["including", "like"])
# ... and the pairs that do: "farmers such as Tom Roe", "senators — among them Ann Lee"
_EXAMPLE_PAIRS = {"such": "as", "among": "them"}


def _examples_at(lows: list[str]) -> int:
    """Where the "including", "like", "such as" or "among them" that opens examples of the
    noun before it stands among a mention's lower-cased words (not first nor last); 0 when
    none does."""
    for k in range(1, len(lows) - 1):
        if lows[k] in _EXAMPLE_LEADS or _EXAMPLE_PAIRS.get(lows[k]) == lows[k + 1]:
            return k
    return 0


def _people_by_part(word: str) -> bool:
    """Whether a word names people in the plural by their part or their post's initials:
    "farmers", "Campaigners", "MPs", "MLAs" (not "Post", "MP")."""
    low = word.lower()
    return (plural(low) or low.endswith("men")) and person_noun(low) or (
        len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and low[:-1] in en.PERSON_INITIALISMS)


def _post_of_named_body(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a name in capitals ends in a post's title after a body's name that "of" joins, the
    holder left unnamed: "The Bank of Harlow Governor", "the University of Kent Chancellor" (not
    "the Office of the President", a body, nor "the Bank of Harlow")."""
    if len(words) < 4 or lows[-1] not in en.TITLES or not words[-1][:1].isupper() or head == lows[-1]:
        return False
    of = lows.index("of") if "of" in lows[1:-2] else -1
    return of > 0 and lows[of + 1] != "the" and lows[-2] not in en.TITLES and head != "office" and all(
        w[:1].isupper() for w in words[1 if lows[0] == "the" else 0:] if w != "of")


# the small words a name in capitals may hold after its "of": "the Islamic State of Iraq and the Levant"
_OF_NAME_JOINERS = frozenset("of and the".split())


def _name_joined_by_of(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a name in capitals after "the", two words or more before its "of" and
    a name after it, whose noun before "of" is no post nor a person's: "The Islamic State of Iraq"
    (not "the Grand Duke of Luxembourg", "The Deputy Speaker of the House": people; a one-word
    noun before "of", "The Duke of York", is read as a title is, above)."""
    if lows[0] != "the" or "of" not in lows[3:-1] or _possessive(" ".join(words)):
        return False
    of = lows.index("of", 3)
    noun = lows[of - 1]
    return (all(w[:1].isupper() for w in words[1:of]) and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in _OF_NAME_JOINERS for w in words[of + 1:])
            and not (person_noun(noun) or noun in en.TITLES or noun in en.RANK_TITLES or noun in en.PERSON_INITIALISMS
                     or noun in given_names()))


# the nouns of a state's formal name before "of" and its place: "the Republic of Korea"
_STATE_FORMS = frozenset("republic kingdom state states commonwealth federation emirate sultanate principality".split())


def _state_of_place(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a state by its formal name, a form of state in capitals, "of" and a
    place the table knows: "The Republic of Turkey", "the Kingdom of Saudi Arabia"."""
    i = 1 if lows[0] == "the" else 0
    return (len(lows) >= i + 3 and lows[i] in _STATE_FORMS and words[i][:1].isupper() and lows[i + 1] == "of"
            and " ".join(lows[i + 2:]) in place_names())


# nouns for the part a country plays among others, before its name: "mediator Qatar", "ally Britain"
_PLACE_PARTS = frozenset(
    "mediator broker host nation country state neighbour neighbor ally partner rival member co-host guarantor"
    " signatory donor superpower power economy".split())


def _place_after_its_part(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a place the table knows, no person's name, after lower-case words for
    its part in the story: "mediator Qatar", "host nation France", "neighbour South Africa" (not
    "striker Jordan", whose place is also a man's name, nor "Qatar's mediator")."""
    at = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    if at == 0 or lows[at - 1] not in _PLACE_PARTS or not all(w.isalpha() and w.islower() for w in words[:at]):
        return False  # (not a place after a preposition: "voters in Ohio", "the senator from Iowa")
    place = " ".join(lows[at:])
    return place_names().get(place) is False and place not in given_names()


def _part_kind(phrase: str, words: list[str], lows: list[str], head: str, lexicon: Lexicon) -> str | None:
    """The kind of a mention whose head is a part of a whole (``default_lexicon.PART_NOUNS``):
    a body's, as the body, after "of" or in its possessive ("the political arm of the group",
    "the party's youth wing"); a thing's or a text's, as no one, there or in the noun before it
    ("the placebo arm", "the trial arm of the study"); None for a person's ("his right arm")
    and for a part of no whole named."""
    if head not in en.PART_NOUNS or head not in lows:
        return None
    at = lows.index(head)
    if at + 1 < len(lows) and lows[at + 1] == "of" and words[at].islower():
        owner = phrase[phrase.lower().find(" of ", phrase.lower().find(head)) + 4:]
    elif (mark := next((i for i in range(at - 1, -1, -1) if lows[i].endswith(_POSSESSIVE_MARKS)), None)) is not None:
        owner = phrase[:phrase.find(words[mark]) + len(words[mark]) - 2]
    elif 0 < at == len(lows) - 1 and (thing_noun(lows[at - 1]) or document_noun(lows[at - 1])):
        return "unnamed"
    else:
        return None
    whole = _kind(owner, lexicon)
    if whole in ("organization", "government", "outlet"):
        return whole
    return "unnamed" if whole in ("document", "unnamed") else None


def thing_noun(head: str) -> bool:
    """Whether a lower-case head names a thing, an act or a happening, no one
    (``default_lexicon.THING_NOUNS``, or a noun in "-tion", "-sion", "-ment" or "-ism"
    that names no body nor people), singular or plural: "move", "cuts", "decision",
    "agreements" (not "opposition", "movement", "organization")."""
    if not head.isalpha() or not head.islower() or person_noun(head) or head in en.ORGANIZATION_WORDS:
        return False
    one = singular(head) if plural(head) else head
    if one != head and one in _PLACE_PARTS:
        return False  # countries by their part, many: "Emerging economies", "the largest economies"
    if one in en.THING_NOUNS or head in en.THING_NOUNS:
        return True
    return one.endswith(_THING_ENDINGS) and one not in en.THING_ENDING_BODIES and one not in en.GOVERNMENT_WORDS and (
        one not in en.CROWD_NOUNS and head not in en.GROUP_NAMES)


_THING_ENDINGS = ("tion", "sion", "ment", "ism")


def _bare_plural_thing(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a mention with no determiner ends in the plural of a thing's noun of the table
    (``default_lexicon.THING_NOUNS``), its other words in lower case but the first, which a
    sentence may open: "Prices", "Blood samples", "rising prices", and a natural thing's noun
    in the singular too, as a mass: "Heavy rain", "Flooding" (not the nouns read by their
    endings, which some bodies share: "Foundations", nor "Ann Price", a name; nor a natural
    thing's noun alone in capitals, which may be a family name: "Rivers said", "Snow said")."""
    natural = head in en.NATURAL_EVENTS or plural(head) and singular(head) in en.NATURAL_EVENTS
    return (head == lows[-1] and (plural(head) and singular(head) in en.THING_NOUNS and thing_noun(head) or head in en.NATURAL_EVENTS)
            and lows[0] not in _DETERMINERS and all(w.islower() for w in words[1:]) and words[-1].isalpha()
            and not (natural and len(words) == 1 and words[0][:1].isupper()))


def _thing_phrase(words: list[str], lows: list[str], k: int) -> bool:
    """Whether the words up to a thing's noun at ``k`` are in lower case, after the
    determiner, and the first noun phrase (``words``, before any appositive) ends with it or
    goes on with a preposition: "The latest move", "The plan, drawn up by Lee", "The case of
    Ann Lee" (not "the Brexit deal", "a public figure")."""
    return (k < len(words) and all(w.islower() for w in words[1:k + 1]) and lows[k - 1] not in _FIGURES_OF_PEOPLE
            and (k == len(words) - 1 or lows[k + 1] in _PREPOSITIONS or lows[k + 1] in _TOPIC_PREPOSITIONS))


# a noun's share of mentions that were sources, above which it is taken for someone's
_SPEAKING_HEAD = 0.1
# endings of nouns for one who does something, which may be a person's though no table holds
# them: "his handler", "her successor", "their strategist"
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ee", "ees", "man", "men", "ant", "ants")


# the nations and countries a public body's name may end in: "NHS England", "Police Scotland",
# "Transport for London"
_BODY_NATIONS = frozenset(
    "england scotland wales ireland britain london india pakistan china russia ukraine iran israel "
    "france germany japan syria turkey canada australia".split())
# the regions of a country, by a compass point, that a body's name may end in: "Electricity
# North West", "Transport for the North", "Harlow Rail West Coast"
_BODY_REGIONS = frozenset(
    ["north west", "north east", "south west", "south east", "west coast", "east coast", "east midlands",
     "west midlands", "north", "south", "midlands"])


def _body_of_a_nation(words: list[str], lows: list[str], any_place: bool = False) -> bool:
    """Whether a name in capitals is a public body's: a nation's or a capital's name after
    initials, a body's noun or a name that no given name opens ("NHS England", "Police
    Scotland", "Public Health England"), or after "for" ("Transport for London"); not a
    post's ("Minister for Europe") nor a person's ("Ann Wales"); or a region's by a compass point
    after a name ("Electricity North West") or after "for the" ("Transport for the North").
    With ``any_place``, any place's name of the table may end it ("Public Health Ontario")."""
    if not 2 <= len(words) <= 4 or lows[0] in given_names():
        return False
    region = next((n for n in (2, 1) if len(words) > n and " ".join(lows[-n:]) in _BODY_REGIONS
                   and all(w[:1].isupper() for w in words[-n:])), 0)
    if region and lows[-region - 1] == "the":
        region += 1  # "Transport for the North": the region after "for the"
        if lows[-region - 1:-region] != ["for"]:
            return False
    if region == 1 or not region and lows[-1] not in _BODY_NATIONS and not (any_place and lows[-1] in place_names()):
        return False  # (a bare point is no region after a name: "Ann North", "Harlow South")
    ends = max(region, 1)
    name = [w for k, w in enumerate(words[:-ends]) if not (lows[k] == "for" and k == len(words) - ends - 1 and k > 0)]
    return bool(name) and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in name) and not any(
        w in en.TITLES or w in en.PERSON_NOUNS or w in en.PERSON_INITIALISMS or person_noun(w) or w in _DETERMINERS
        for w in lows[:-ends] if w not in ("for", "the") or not region)


# the adjectives of a region that open the names of bodies, no person's: "Greater Anglia",
# "Northern Powergrid", "Southern Water", "Central Coast Transit"
_REGION_OPENERS = frozenset(
    "greater northern southern eastern western central northeastern northwestern southeastern southwestern "
    "north-eastern north-western south-eastern south-western".split())


def _body_by_region(words: list[str], lows: list[str]) -> bool:
    """Whether a name of two to four words in capitals opens with a region's adjective and
    holds no title, post or plural: a body's ("Greater Anglia said", "Northern Powergrid"), not
    a person's, whose name opens with a given name or a title (a place so named, "Northern
    Ireland", is read before as its government; nor a people, "Northern Irish", "Southern
    Baptists")."""
    if not 2 <= len(words) <= 4 or lows[0] not in _REGION_OPENERS or not all(
            w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    return not (plural(lows[-1]) or lows[-1] in en.DEMONYMS or _NATIONALITY.fullmatch(words[-1]) is not None or any(
        w in en.TITLES or w in en.PERSON_INITIALISMS or person_noun(w) for w in lows[1:]))


def greater_local_body(words: list[str], lows: list[str]) -> bool:
    """Whether a name of a region's body opens with "Greater" and ends in a local body's noun:
    a city's wider area's government ("Greater Chennai Corporation", "the Greater Hyderabad
    Municipal Corporation"), not a firm "Greater" opens with another noun ("Greater Anglia")."""
    if lows[:1] == ["the"]:
        words, lows = words[1:], lows[1:]
    return 3 <= len(words) <= 5 and lows[0] == "greater" and lows[-1] in en.LOCAL_BODY_NOUNS and _body_by_region(words, lows)


# nouns for one who speaks from inside, left unnamed after "a", "another" or "one"
_UNNAMED_INSIDERS = frozenset("official officer insider friend pal confidant confidante diplomat aide adviser advisor staffer".split())


def _body_name_before_head(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a mention's last word is its head and a body's name in capitals, "of", "and",
    "for" and "the" inside it, stands between it and the article, perhaps after adjectives in
    small letters: "A Ministry of Home Affairs official", "a senior Department of Health and
    Social Care official" (not "a friend of the Lee family")."""
    if lows[-1] != head or len(words) < 3:
        return False
    name = words[1:-1]
    while name and name[0].islower() and name[0].isalpha():
        name = name[1:]  # "senior", "top"
    return bool(name) and name[0][:1].isupper() and all(w[:1].isupper() or w in _OF_NAME_JOINERS or w == "for" for w in name)


# a web address's end: "Factcheck.org", "Politico.com", "Rediff.co.in"
_WEB_ADDRESS = regex.compile(r"\w\.(?:com|org|net|co\.uk|co\.in|in|news)\Z", regex.IGNORECASE)


# what before "figures" makes them people: "senior figures", "establishment figures"
_FIGURES_OF_PEOPLE = frozenset(
    "top senior leading key prominent public political party establishment opposition business community religious".split())


def _anonymous_marker(low: str) -> bool:
    """Whether a lower-cased mention holds words that leave its speaker unnamed
    (``default_lexicon.ANONYMOUS_MARKERS``), as whole words: "sources", not "Natural Resources"."""
    return _ANONYMOUS_MARKER.search(low, 0, len(low), CONCURRENT) is not None


def _markers_in_name(phrase: str, low: str) -> bool:
    """Whether every word of a mention that would leave its speaker unnamed is a word of a
    name: in capitals, past the mention's first word, in a mention whose last word is in small
    letters ("the Insiders program", "the Anonymous hacker group"; not "Sources close to him", nor a
    headline's words in capitals, "Senior White House Insiders")."""
    return phrase.rpartition(" ")[2][:1].islower() and all(
        m.start() > 0 and phrase[m.start()].isupper() for m in _ANONYMOUS_MARKER.finditer(low, 0, len(low), CONCURRENT))


_ANONYMOUS_MARKER = regex.compile(r"(?<![\w’'-])(?:" + "|".join(regex.escape(m) for m in en.ANONYMOUS_MARKERS) + r")(?![\w’'-])")


# what ties one who speaks to the body named after: "A spokesman for the fund", "a lawyer at the firm",
# "an aide from the ministry"
TIES_TO_BODY_AFTER = frozenset("for of at with from".split())


def _tied_to_body_after(first: list[str], head: str) -> bool:
    """Whether the first noun phrase is a person's, tied to a body after a "for", "of", "at",
    "with" or "from": the name in apposition is that body's, not the speaker's ("A spokesman for the fund,
    Orrin Partners", "A lawyer at the firm, Kell & Co")."""
    if not (person_noun(head) or head in en.TITLES):
        return False
    lows = [w.lower() for w in first]
    return head in lows and any(w in TIES_TO_BODY_AFTER for w in lows[lows.index(head) + 1:])


def _body_by_name(first: list[str], apposed: list[str]) -> bool:
    """Whether an appositive after a common noun phrase is a body's name after "the": "One
    member, the Restaurant Owners Alliance", "Its biggest backer, the Harbour Trust"; or a
    firm's name with no "the", by the word a firm's name ends in: "Her employer, Merrow
    Properties"."""
    if 2 <= len(apposed) <= 4 and apposed[-1] in en.BUSINESS_NAME_ENDS and all(w[:1].isupper() for w in apposed) and (
            apposed[0].lower() not in given_names() and any(w.islower() for w in first)):
        return True
    return (len(apposed) >= 3 and apposed[0].lower() == "the" and all(w[:1].isupper() for w in apposed[1:])
            and (apposed[-1].lower() in en.ORGANIZATION_WORDS or apposed[-1] in _BODY_NAME_ENDS)
            and any(w.islower() for w in first))


# the numbers in words that open a count of people: "Fifteen members", "Forty-two senators"
_NUMBER_WORDS = NUMBERS | frozenset(en.NUMBER_WORDS.split("|") + en.TENS_WORDS.split("|")) | frozenset(
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())


def _business_apposed(toks: list[str], comma: int, head: str) -> bool:
    """Whether a determiner and a noun of a trade, the mention's first phrase, stand before a
    name in apposition that is no person's ("The developer, Harlow Homes", "Its supplier, Orrin
    Foods"; not "The developer, Ann Lee", "the builder, Mr Roe"); one word alone names a business
    only after a noun that names no person too ("The contractor, Balfour", not "The owner, Lee")."""
    first = [t for t in toks[:comma] if _is_word(t)]
    if len(first) < 2 or first[0].lower() not in _APPOSED_DETERMINERS or first[-1].lower() != head:
        return False
    end = toks.index(",", comma + 1) if "," in toks[comma + 1:] else len(toks)
    name = [t for t in toks[comma + 1:end] if _is_word(t)]
    if not 1 <= len(name) <= 4 or not all(w[:1].isupper() or w == "&" for w in name) or _personal_name(name):
        return False
    if any(w.lower().rstrip(".") in en.TITLES or w.lower() in en.PRONOUNS for w in name) or name[0].lower() in given_names():
        return False
    return len(name) > 1 or not person_noun(head)


# the words that open a trade's noun before a business's name in apposition
_APPOSED_DETERMINERS = frozenset("the its their his her our my your a an one another".split())


def _joined_people(words: list[str]) -> bool:
    """Whether a mention joins, by "and" or "nor", parts of which one at least is a person's
    full name ("Ann Lee and Tom Roe", "Ann Lee and Roe"): not a firm's name ("Marks and Spencer")."""
    joins = [k for k, w in enumerate(words) if w in ("and", "nor")]
    if not joins:
        return False
    bounds = [-1, *joins, len(words)]
    parts = [[w for w in words[a + 1:b] if w.lower() not in ("neither", "both", "either")] for a, b in zip(bounds, bounds[1:])]
    if not all(parts):
        return False
    if words[0].lower() == "neither" and words[joins[-1]] == "nor":
        # "Neither Lee nor Roe", "Neither he nor Roe": no firm's name opens so, and a surname
        # or a pronoun for a person names one of many
        return all(_names_someone(p) or len(p) == 1 and p[0].lower() in _PERSONAL_PRONOUNS for p in parts)
    if any(p[0].lower() in _DETERMINERS and not _definite_post(p) for p in parts):
        return False  # "a study by economists Ann Lee and Tom Roe": a thing the names go with
    return all(_personal_name(p) or _names_someone(p) or _definite_post(p) for p in parts) and any(
        _personal_name(p) or _name_after_post(p) for p in parts)


def _paired_titles(lows: list[str]) -> bool:
    """Whether a mention is two titles of royalty or rank joined by "and", of one place or of
    none: a pair ("The Duke and Duchess of Sussex", "the King and Queen"; not "The King", nor "the
    President and CEO of Acme", one person)."""
    k = 1 if lows[0] == "the" else 0
    return len(lows) >= k + 3 and lows[k + 1] == "and" and lows[k] in en.PAIRED_TITLES and lows[k + 2] in en.PAIRED_TITLES and (
        len(lows) == k + 3 or lows[k + 3] == "of")


def _determined_people(toks: list[str]) -> bool:
    """Whether a mention lists, by "," and a last "and", two or more noun phrases that each open
    with a determiner, one at least headed by a noun of people and none by a body's, a thing's
    or a text's, and one at least not left unnamed: "the vicar and the rabbi", "The imam of
    the mosque, the head of the parish council and a senior archbishop" (not "a source and an
    aide", unnamed; nor "the mayor and the council"; nor an aside closed by its comma: "The
    mayor, a pilot and a father of two,")."""
    if "and" not in toks or toks[-1] == ",":
        return False
    parts: list[list[str]] = [[]]
    for t in toks:
        if t in (",", "and"):
            parts.append([])
        elif _is_word(t):
            parts[-1].append(t.lower())
        elif t not in _POSSESSIVE_MARKS and t not in ("’", "'"):
            return False  # (a dash, a quote: no such list; "a tenants' board" is one item)
    parts = [p for p in parts if p]  # (the serial comma: ", and")
    if len(parts) < 2 or any(len(p) < 2 or p[0] not in _ITEM_DETERMINERS for p in parts):
        return False
    heads = [head_word(p[1:]) for p in parts]
    if any(h in en.ORGANIZATION_WORDS or h in en.GOVERNMENT_WORDS or h in en.OUTLET_NOUNS or thing_noun(h)
           or document_noun(h) for h in heads):
        return False
    return any(person_noun(h) or h in en.TITLES for h in heads) and not all(_anonymous_marker(" ".join(p)) for p in parts)


def _listed_people(toks: list[str]) -> bool:
    """Whether a mention lists people by "," and a last "and", each a name with a state or a
    party in brackets or a place after "of" perhaps ("Ann Lee, Tom Roe and Ray Fox", "Sens. Ann
    Lee (Ohio) and Tom Roe (Iowa)", "Senator Ann Lee of Ohio and Roe", "he and Mr. Roe"), and one
    at least a full name, a titled name or a pronoun: not a firm's ("Marks and Spencer"), nor an
    appositive's posts ("Ann Lee, a nurse and a mother")."""
    if "and" not in toks:
        return False
    kept: list[str] = []
    depth = 0
    for t in toks:
        depth += t == "("
        if not depth:
            kept.append(t)
        depth -= t == ")" and depth > 0
    if kept.count("and") != 1 or len(kept) > 24:
        return False
    low = kept[0].lower().rstrip(".")
    # a title or a post in the plural before them all: "Sens. Ann Lee and Tom Roe", "Professors Lee and Roe"
    titled = kept[0][:1].isupper() and low.endswith("s") and (low[:-1] in en.TITLES or person_noun(low))
    parts: list[list[str]] = [[]]
    for t in kept[1:] if titled else kept:
        if t in (",", "and"):
            parts.append([])
        elif _is_word(t):
            parts[-1].append(t)
        else:
            return False  # (a dash, a quote: no list of names)
    parts = [p[1:] if p[:1] and p[0].lower() == "both" else p for p in parts]
    parts = [p[:p.index("of")] if "of" in p[1:] else p for p in parts if p]  # "Senator Ann Lee of Ohio"
    if len(parts) < 2 or kept[kept.index("and") + 1:].count(",") or any(not p for p in parts):
        return False
    sure = titled
    for p in parts:
        if len(p) == 1 and p[0].lower() in _PERSONAL_PRONOUNS:
            sure = True
        elif _personal_name(p) or _name_after_post(p) or p[0].lower().rstrip(".") in en.TITLES and 2 <= len(p) <= 4 and (
                all(w[:1].isupper() for w in p) and _names_someone(p)):
            sure = True
        elif not (1 <= len(p) <= 5 and _names_someone(p) and all(w[:1].isupper() for w in p) and p[0].lower() not in _DETERMINERS
                  and p[-1].replace("-", "").replace("’", "").replace("'", "").isalpha()):
            return False  # (a name in capitals only, "Roe", "Gov. Roe": not "a Democrat", "chair")
    return sure


def _name_after_post(words: list[str]) -> bool:
    """Whether a part ends in a person's full name after a post in lower case: "Indian actor
    Dev Patel", "former minister Tom Roe"."""
    low = [k for k, w in enumerate(words) if w.islower()]
    if not low or len(words) - low[-1] - 1 < 2 or any(
            w.lower() in _DETERMINERS or w.lower() in _PREPOSITIONS or w[:1].isdigit() for w in words[:low[-1]]):
        return False  # (no post with a determiner or a preposition: "a study by economists Ann Lee")
    return _personal_name(words[low[-1] + 1:])


def _definite_post(words: list[str]) -> bool:
    """Whether a part is "the" and a noun for a person: "The mayor" in "The mayor and former
    minister Tom Roe" is someone of her own."""
    return len(words) == 2 and words[0].lower() == "the" and person_noun(words[1].lower())


def _joined_modifiers(words: list[str]) -> bool:
    """Whether a mention joins adjectives by "and" before one post noun and one person's name
    ("Veteran and respected broadcaster Tom Roe", "Popular Christian and corporate speaker Ann
    Lee"): one person, not many ("Ann Lee and Tom Roe", "Lee and former minister Tom Roe")."""
    joins = [k for k, w in enumerate(words) if w == "and"]
    if not joins or len(words) > 12:
        return False
    last = words[joins[-1] + 1:]
    names = [w for w in last if not _initials(w)]
    if len(names) < 3 or not _personal_name(last):
        return False  # the name after a post: "respected broadcaster Tom Roe"
    mods = [w for w in words[:joins[-1]] if w not in ("and", ",")]
    return bool(mods) and all(_post_adjective(w, k == 0) for k, w in enumerate(mods))


# the endings of adjectives of a people, a land or a faith: "British", "Indian", "Japanese"
_PEOPLE_ADJECTIVE_ENDS = ("ian", "ese", "ish", "ean")
# the endings of adjectives in lower case before a post: "respected", "national", "creative"
_POST_ADJECTIVE_ENDS = ("ed", "al", "ive", "ous", "ful", "ic")


def _post_adjective(word: str, first: bool) -> bool:
    """Whether a word joined before a post noun and a name is an adjective, no name: one of
    `POST_ADJECTIVES` ("Veteran", "respected"), a people's or a faith's in capitals ("British",
    "Christian" after another adjective, not a given name opening the mention), or a word in
    lower case of an adjective's ending that names no person ("respected", "national")."""
    low = word.lower()
    if low in en.POST_ADJECTIVES:
        return True
    if word[:1].isupper():
        return word[1:].islower() and low.endswith(_PEOPLE_ADJECTIVE_ENDS) and not (first and low in given_names())
    return word.isalpha() and low.endswith(_POST_ADJECTIVE_ENDS) and not person_noun(low) and low not in en.TITLES


# pronouns that stand for a person in a pair: "Neither she nor Roe"
_PERSONAL_PRONOUNS = frozenset("he she i we you they".split())


def _names_someone(words: list[str]) -> bool:
    """Whether a part of a joined mention ends in a name ("Okafor", "Sen. Tomas Brandt"), not in a
    title, a noun for a body or a post ("Former Secretary of State", "GOP contender"), nor in
    an outlet's name (the employer of the post after it: "Sky News and former anchor Ann Lee")."""
    last = words[-1]
    low = last.lower().rstrip(".")
    return last[:1].isupper() and not (low in en.TITLES or low in en.ORGANIZATION_WORDS or low in en.GOVERNMENT_WORDS
                                      or len(words) > 1 and low in en.OUTLET_NAME_ENDS
                                      or low in en.PERSON_NOUNS or low in en.PERSON_INITIALISMS or low in en.PRONOUNS
                                      or low in _DETERMINERS)


names_someone = _names_someone  # for `resolve`, which reads names joined by "and" in the text


def _share_of_people(lows: list[str]) -> bool:
    """Whether a mention opens with a share, alone or of a group, hedged perhaps ("more than",
    "nearly", "all"): a number of percent ("47 percent", "61%"), a fraction ("two-thirds", "a
    third", "about a quarter", "a majority of"), or a number of more than one before "of" or "out
    of" ("two of the five", "nine out of 10", "All three of them"), then "of" or nothing."""
    k = 0
    while k < len(lows) - 1 and (lows[k] in _NUMBER_QUALIFIERS or lows[k] == "all"):
        k += 1
    k += k < len(lows) - 1 and lows[k] in ("a", "an")
    first = lows[k]
    if first == "of" and k > 1 and lows[k - 1] in ("all", "some", "most"):
        return True  # "Nearly all of the staff", "at least some of them"
    number = first[:1].isdigit() or first in _NUMBER_WORDS or all(w in _NUMBER_WORDS for w in first.split("-"))
    after = lows[k + 1:k + 3]
    if number and after[:1] in (["percent"], ["%"]):
        k += 2
    elif first[:1].isdigit() and first.rstrip("%") != "1":
        k += 1  # "61% of Republicans" (the sign no word), "12 of the crew"
    elif first.rpartition("-")[2] in en.FRACTION_NOUNS and first != "majority" or first == "quarter":
        k += 1
    elif first == "majority" and after[:1] == ["of"] or number and first != "one" and (after[:1] == ["of"] or after == ["out", "of"]):
        k += 1  # "a majority of voters", "two of the five", "nine out of 10" (but "one of them": one person)
    else:
        return False
    return k == len(lows) or lows[k] == "of" or lows[k:k + 2] == ["out", "of"]


# the parts a text is cut into, which a number or a letter names ("Clause 4", "Section 12(b)",
# "Article 21", "Chapter 3"): before "of" and a text, the part is the text's too
_DOCUMENT_PARTS = frozenset(
    "clause subclause sub-clause section subsection sub-section article paragraph chapter page part schedule "
    "annex annexure appendix rule provision preamble".split())
# texts of law that are no document alone ("an act of kindness"), but are after a part of them
_CODES = frozenset("act code statute convention covenant rules".split())
# ... and those of them a law is called by alone, capitalised after "the" ("the Act says")
_LAWS = frozenset(["Act", "Statute", "Code"])


def _held_account(lows: list[str], head: str) -> bool:
    """Whether the mention's head is an account held on a platform, the word before it the
    platform's ("her Twitter account", "the campaign account"): it speaks for its holder, no
    text (not "an account of the raid", "Farley's account")."""
    if head not in ("account", "accounts") or head not in lows[1:]:
        return False
    return lows[lows.index(head) - 1] in en.HELD_ACCOUNT_WORDS


def _part_of_document(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a part of a text, then "of" and the text: "Clause 4 of the Bill",
    "Section 12 of the Act", "the first chapter of the report", "a provision of the law"
    (not "a section of the public", "the Minister of State")."""
    if "of" not in lows[1:5] or lows[-1] == "of":
        return False
    of = lows.index("of", 1)
    text = head_word(words[of + 1:])
    return any(w in _DOCUMENT_PARTS for w in lows[:of]) and (document_noun(text) or text in _CODES)


# words that stand for people counted or chosen, before "of" or a place or alone: "Some",
# "Most of them", "Everyone in the room", "Those polled", "Neither of the candidates"
_PEOPLE_QUANTIFIERS = frozenset("some most many several none all both neither either few everyone everybody those".split())
_AFTER_QUANTIFIER = frozenset("of in at on from with among across".split())
# the words that hedge a count with no noun: a number's qualifiers, and "up to 300", "well over 500"
_COUNT_HEDGES = _NUMBER_QUALIFIERS | frozenset("up to approximately well".split())


def _bare_count(lows: list[str]) -> bool:
    """Whether a mention is only a count of more than one, hedged perhaps, with no noun ("at
    least 21,000", "Hundreds", "more than 500"): many people ("One" is a person)."""
    counted = False
    for w in lows:
        if (w[:1].isdigit() or w in _NUMBER_WORDS) and w not in ("one", "1"):
            counted = True
        elif w not in _COUNT_HEDGES:
            return False
    return counted


# words that count what follows them: "more than 40", "dozens of", "several"
_COUNTING_WORDS = frozenset(en.NUMBER_WORDS.split("|")) | frozenset(
    "more fewer dozens hundreds thousands scores several many two".split())


def _counted_plural(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a mention's head is a plural in lower case after a number or a word that counts
    ("More than 40 Tory backbenchers", "Dozens of Labour MPs", "Two Tory MPs"): many people,
    though a name in capitals stands before the head."""
    if head not in lows or not (plural(head) or head.endswith("s") and not head.endswith("ss")) or head in en.ORGANIZATION_WORDS:
        return False
    at = lows.index(head)
    if not words[at][:1].islower() and not words[at][:-1].isupper():
        return False  # (a noun in lower case, or initials in the plural: "MPs", "MLAs")
    return any(w.isdigit() or w in _COUNTING_WORDS for w in lows[:at])


def _named_body(words: list[str]) -> bool:
    """Whether the last lower-case word of a mention is a noun for a body and
    only capitalised words follow it: the name it introduces is that body's; or,
    every word capitalised, whether the first is a noun for a business that opens
    a sentence before the name ("Brokerage Motilal Oswal", "Chipmaker Nvidia"). A
    firm's noun of its trade counts as a body's: a service's ("industry tracker
    Vantix", "the startup Kelp") and a "house" after the noun of what it makes
    ("production house Blue Reel Films", "publishing house Tern Books")."""
    for k in range(len(words) - 1, -1, -1):
        if words[k][:1].islower() and _LOWER_CAMEL.fullmatch(words[k]) is None:  # ("the airline easyJet": a name)
            return 0 < len(words) - 1 - k and (words[k] in en.ORGANIZATION_WORDS or words[k] in _FIRM_NOUNS or (
                words[k] in _GOVERNMENT_BODIES and words[k + 1].lower().rstrip(".") not in en.TITLES) or (
                words[k] == "house" and k > 0 and words[k - 1].isalpha() and words[k - 1].islower()))
    return len(words) > 1 and words[0].lower() in _BUSINESS_NOUNS


def _body_noun_kind(words: list[str], lexicon: Lexicon) -> str:
    """The kind of a body named after a noun for it (:func:`_named_body`): the state's when
    that noun alone, or with the words before it, names a state's body ("the regulator
    Ofcom", as "the regulator"; "the ministry MoD"; "the federal agency Fema", as "the federal
    agency"), else an organization ("the airline easyJet", "the charity Oxfam", "the UN
    refugee agency UNHCR", "the agency Frontex": "the agency" alone may be a news agency's)."""
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k][:1].islower() and _LOWER_CAMEL.fullmatch(words[k]) is None), None)
    if at is None:
        return "organization"
    noun = words[at]
    if noun not in en.ORGANIZATION_WORDS and noun not in _GOVERNMENT_BODIES:
        return "organization"
    described = words[:at + 1] if words[0].lower() in _DETERMINERS else ["the", *words[:at + 1]]
    return "government" if _kind("the " + noun, lexicon) == "government" or _kind(" ".join(described), lexicon) == "government" else "organization"


# Nouns for a firm by the service it sells, which name a body before its name in capitals
# (alone, "the tracker" is a text: ``default_lexicon.DOCUMENT_NOUNS``)
# (and a market's or a service's ground online: "online marketplace Etsy", "the platform Uber";
# alone, "the platform" is a party's text and "the marketplace" the market, no one)
_FIRM_NOUNS = frozenset("tracker aggregator startup marketplace platform".split())


# Nouns for a business that name no post or party, and so may stand in capitals before its name
_BUSINESS_NOUNS = frozenset(
    "automaker carmaker chipmaker drugmaker steelmaker brokerage conglomerate refiner exporter retailer "
    "insurer lender airline manufacturer".split())
# Words that join a name to another noun in a mention: what comes before the name is no title of it
_NAME_BREAKS = frozenset("of for at by with from and or in on to including like as among".split())
# Capitalised words that end the name of a body named for a person, and seldom a surname:
# "Howard University", "Otto Group", "Nobel Foundation" (not "Church", "Court", "Bank": surnames too)
_FOUNDER_BODY_ENDS = frozenset(
    """
    University Institute Foundation Group Association College Academy Hospital Museum School Society
    Corporation Company Holdings Industries Commission Committee Council Agency Bureau Federation
    League Centre Center Club Consortium Trust Fund Clinic Library Gallery Laboratory Observatory
    """.split()
)
# Words in an appositive that tie a person to the body it names: "a founder of the group Blue
# Coast", "an aide who founded the charity Tidewater"
_TIES_IN_APPOSITIVE = _NAME_BREAKS | {"who", "whose", "which", "that"}


def _initials(word: str) -> bool:
    """Whether a word is a name's initial or two: "K", "K.", "K.R."."""
    letters = word.replace(".", "")
    return 0 < len(letters) <= 2 and letters.isupper() and letters.isalpha() and (len(word) == 1 or word.endswith("."))


# the words that open a relative clause on an appositive's head: "a firm that tracks ads"
_APPOSED_RELATIVES = frozenset(["that", "which", "whose"])
# ... or a phrase of whom it speaks for: "the umbrella body for Scotland's councils", "a group
# representing farmers" (not "of": "a group of residents" are people)
_APPOSED_FOR = frozenset(["for", "representing"])


def _apposed_head(rest: list[str]) -> str:
    """The head of an appositive's lower-cased words when it is their last word or the one
    before a relative clause or whom it speaks for ("the mining company", "a firm that tracks
    ads", "the umbrella body for councils": "company", "firm", "body"), else the empty string
    ("the head of the union", no body's own noun)."""
    head = head_word(rest)
    k = len(rest) - 1 if head == rest[-1] else (rest.index(head) if head in rest else -1)
    return head if k >= 0 and (k == len(rest) - 1 or rest[k + 1] in _APPOSED_RELATIVES or rest[k + 1] in _APPOSED_FOR) else ""


def _capitalised_inside(words: list[str], head: str) -> bool:
    """Whether the head, a noun of texts, is a name written with a capital after a given
    name, a title or a noun of people ("Steven Law", "Senator Law", "her husband Bill"),
    not a document's noun ("the bill", "Federal law", "a Morning Consult Poll")."""
    for k in range(1, len(words)):
        if words[k].lower() == head and words[k][:1].isupper():
            before = words[k - 1].lower().rstrip(".")
            if before in given_names() or before in en.TITLES or person_noun(before):
                return True
    return False


# Plural nouns that sides take for names after their place's ("Leeford Tigers", "Harlow Knights",
# "Chennai Super Kings"): beasts, fighters and royalty, which no person's surname is in the plural
_SIDE_NAME_PLURALS = frozenset(
    """
    kings royals capitals giants tigers lions bears bulls eagles hawks falcons wolves sharks panthers jaguars
    warriors knights titans raiders chargers patriots pirates vikings gladiators spartans strikers riders
    stars rockets jets devils celtics
    """.split())
# the most words of a side's name: a place of two words and a name of two ("New South Wales Blues")
_SIDE_NAME_WORDS = 4


def _side_by_name(words: list[str], lows: list[str]) -> bool:
    """Whether a name in capitals is a side's: a plural sides take for names after a place
    ("Boston Celtics", "Leeford Tigers", "Chennai Super Kings"), or any plural in capitals after a
    state's or a country's name no person goes by ("Rajasthan Royals", "Delhi Capitals"); not
    a person ("Ann Roberts", "Georgia Peters"), nor a party's members ("Ohio Democrats"), nor
    people by their post ("Texas Senators"), nor an outlet ("New York Times")."""
    if not 2 <= len(words) <= _SIDE_NAME_WORDS or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    last = lows[-1]
    # (not an outlet's name, whose last word may read as a plural: "New York Times", "Denver Sports")
    if last in en.GROUP_NAMES or last in en.OUTLET_NAME_ENDS or not plural(last) or any(w in given_names() or w in en.TITLES or person_noun(w) for w in lows[:-1]) or (
            person_noun(singular(last)) and last not in _SIDE_NAME_PLURALS):
        return False
    # (the place of one word or of all before the plural: "Chennai Super Kings", "Andhra Pradesh Royals")
    return last in _SIDE_NAME_PLURALS or place_names().get(" ".join(lows[:-1])) is False or (
        len(lows) == 3 and place_names().get(lows[0]) is False)


def _camp_of(words: list[str]) -> bool:
    """Whether a mention names the people around a person rather than the person: "Team Lee",
    "Team Ann Lee", "the Lee camp", "Lee's camp", "Ann Lee’s Camp"."""
    if len(words) >= 2 and words[0] == "Team" and all(w[:1].isupper() for w in words[1:]) and len(words) <= 4:
        return True
    if len(words) < 2 or words[-1].lower() != "camp":
        return False
    name = words[:-1]
    if name[0].lower() == "the":
        name = name[1:]
    return 1 <= len(name) <= 3 and all(w[:1].isupper() for w in name) and name[0].lower() not in _DETERMINERS and (
        words[0].lower() != "the" or not name[-1].endswith(("'s", "’s")))


def _ampersand_name(toks: list[str]) -> bool:
    """Whether a noun phrase is a name of capitalised words joined by "&" standing apart, as a
    firm's is ("Pratt & Whitney", "the Smith & Nephew"; initials glued by it, "AT&T", "P&O", are
    a body's initials, `_ACRONYM`): people are joined by "and" ("Ann Lee and Tom Roe"), and a
    person's noun before the name keeps the person ("A lawyer at Kell & Co")."""
    if "&" not in toks[1:-1]:
        return False
    words = [t for t in toks if t != "&"]
    return all(w[:1].isupper() or w.lower() == "the" for w in words) and words[0].lower() not in _DETERMINERS - {"the"}


# Nouns of a trade that name a person who plies it or a firm that does ("forecaster Ann Lee",
# "forecaster Skymet"), and the words of a sector before one that make it a firm's: "private
# forecaster", "state-run broker", "listed developer" (not "private investigator", a person's trade
# only, nor "private secretary")
_PERSON_OR_FIRM_TRADES = en.TRADE_NOUNS | frozenset("forecaster pollster broker".split())
_SECTOR_WORDS = frozenset("private state-run state-owned government-owned government-run listed unlisted".split())


def _private_trade_name(words: list[str]) -> bool:
    """Whether a mention is a sector's word, a trade a firm or a person may ply, and a name of one
    to three words in capitals with no given name: "Private forecaster Skymet Weather", "state-run
    pollster Vexa" (not "private forecaster Ann Lee")."""
    lows = [w.lower() for w in words]
    for k in range(1, len(words) - 1):
        if lows[k] in _PERSON_OR_FIRM_TRADES and lows[k - 1] in _SECTOR_WORDS:
            name = words[k + 1:]
            return len(name) <= 3 and all(w[:1].isupper() and w.lower() not in given_names() for w in name)
    return False


def _personal_name(words: list[str]) -> bool:
    """Whether a mention ends in a given name and a surname, with initials between
    them and only titles, posts or lower-case words before ("Ann Post", "Dr Ann K.
    Post", "the former pilot Liam Fox", "Labour MP Ann Post"; not "The Charlotte
    Post"), so that it names a person though its last word
    may end an outlet's name or be a document ("The Post", "Fox News")."""
    names = [w for w in words if not _initials(w)]
    if len(names) < 2 or not names[-1][:1].isupper() or not names[-1].isalpha():
        return False
    if names[-1] in en.BUSINESS_NAME_ENDS or names[-1] in _FOUNDER_BODY_ENDS:
        return False  # a firm or a body named for its founder: "Varun Motors", "Ann Paints", "Howard University"
    given = names[-2]
    if not (given[:1].isupper() and given[1:].islower() and given.lower() in given_names()):
        return False
    return _posts_before_name(names, len(names) - 2)


def _posts_before_name(names: list[str], k: int) -> bool:
    """Whether the words before a person's name that opens at ``names[k]`` leave the mention
    the person's: none, or a title, a post or words in small letters ("Dr Ann Post", "the
    former pilot Liam Fox"); not a noun the name is of ("supporters of Ann Post"), nor a
    determiner alone ("The Charlotte Post" is an outlet named for a place)."""
    before = [w.lower().rstrip(".") for w in names[:k]]
    if any(w in _NAME_BREAKS and not _inside_body_name(names, before + [n.lower() for n in names[k:]], i)
           for i, w in enumerate(before)):
        return False  # the name is what another noun is of or with: "supporters of Ann Post"
    return not before or before[-1] in en.TITLES or before[-1] in en.PERSON_INITIALISMS or person_noun(before[-1]) or (
        names[k - 1].islower() and before[-1] not in _DETERMINERS)


# the words that end a body's, an outlet's or a place's name, which no given name after a family
# name is ("Park Service", "Sun News", "Lee Enterprises")
_NOT_GIVEN_AFTER_FAMILY = (en.ORGANIZATION_WORDS | en.GOVERNMENT_WORDS | en.OUTLET_NAME_ENDS | en.OUTLET_NAMES | en.TITLES
                           | en.DOCUMENT_NOUNS | frozenset(w.lower() for w in en.BUSINESS_NAME_ENDS | _FOUNDER_BODY_ENDS))


def _family_name_first(words: list[str]) -> bool:
    """Whether a mention ends in a name written family name first, as Chinese, Korean and
    Vietnamese names are: a family name of the table, one or two given names in capitals after
    it, and only titles, posts or words in small letters before it ("Kim Jong Un", "Vice Premier
    Liu He", "Moon Jae-in", "Foreign Minister Le Yucheng"; not "Park Service", "Sun News", "the
    Sun Herald"). Its last word then names no body ("Un" is no "UN"), nor does its first open a
    paper's name after a post ("Le")."""
    for k in (len(words) - 2, len(words) - 3):
        if k < 0 or words[k].lower() not in family_names() or not words[k][1:].islower():
            continue
        given = words[k + 1:]
        # (a body's initials are no word of two letters in small ones: "Un")
        return all(w[:1].isupper() and w[1:].replace("-", "").isalpha() and w[1:].replace("-", "").islower() and not (
            (low := w.lower()) in _NOT_GIVEN_AFTER_FAMILY and len(low) > 2 or low in place_names()) for w in given) and (
            _posts_before_name(words, k))
    return False


def _inside_body_name(words: list[str], lows: list[str], i: int) -> bool:
    """Whether the "of" or "for" at ``lows[i]`` joins the name in capitals of a body that
    stands before a post and a name, not the person to another noun: "Bank of Japan
    Governor Ken Sato", "University of Leeds economist Ann Post" (but "supporters of Ann
    Post", "Supporters of Ohio Governor Ann Post", and "the Bank of Japan" is the bank)."""
    if not (0 < i < len(lows) - 1 and lows[i] in ("of", "for") and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
            and lows[i + 1] not in en.TITLES and (lows[i - 1] in en.ORGANIZATION_WORDS or lows[i - 1] in _GOVERNMENT_BODIES)):
        return False
    # (a post, a title or a person's noun, and only the words of a name after it)
    return any((w in en.TITLES or person_noun(w)) and all(n[:1].isupper() for n in words[j + 1:])
               for j, w in enumerate(lows[i + 2:-1], i + 2))


# a body's initials, and two joined by "&": "NTSB", "AT&T", "P&G"
_ACRONYM = regex.compile(r"\p{Lu}{2,6}|\p{Lu}{1,4}&\p{Lu}{1,4}")
# what the state broadcasts or prints by, and the words that make it the state's
_STATE_OUTLET_HEADS = frozenset("television tv radio media broadcaster".split())
_STATE_WORDS = frozenset("state state-run state-owned state-controlled government-run official semi-official".split())
# a broadcast medium, and the reach of an unnamed broadcaster before it: "local television", "national radio"
BROADCAST_MEDIA = frozenset("television tv radio".split())
_BROADCAST_SCOPES = frozenset("local regional national public".split())
# the ends of a compound that says who runs an outlet: "junta-controlled", "army-run", "Kremlin-backed"
_OWNED_BY_ENDS = ("-controlled", "-run", "-owned", "-backed", "-funded", "-affiliated")
# a nation's adjective, capitalised, by its ending: "Hungarian", "Spanish", "Chinese", "French", "Iraqi"
NATIONALITY = r"\p{Lu}\p{Ll}+(?:an|ish|ese|ch|i|ic)"
_NATIONALITY = regex.compile(NATIONALITY)
# a participle and "by" after a mention's head, the agent after it: "polled by Reuters"
_AGENT_AFTER_PARTICIPLE = regex.compile(
    r"[^\S\n]+(?:[a-z]+ed|" + "|".join(sorted(en.IRREGULAR_PARTICIPLES)) + r")[^\S\n]+by[^\S\n]")


# outlets' nouns that name a body's own pages after its possessor: "the company's website"
_OWNED_PAGES = frozenset("website site".split())


def _speaks_for(head: str, lows: list[str], lexicon: Lexicon) -> bool:
    """Whether a phrase that ends in an outlet's name is headed by people who
    speak for it or were asked by it, not by the outlet: "a spokesman for the
    BBC", "economists polled by Reuters"."""
    return head != lows[-1] and (person_noun(head) or lexicon.source_heads.get(head, 0) > 0) and head not in en.OUTLET_NOUNS


# capitalised words that end the names of bodies, no person's: "Amnesty International", "the
# United Nations", "Human Rights Watch", and a sports club's ("Harbour City", "Leeds United")
_CLUB_NAME_ENDS = frozenset("United City Rovers Athletic Wanderers Albion FC".split())
# the first letters of the words after a name that make it a side's (`_names_a_side`)
_SIDE_WORD_INITIALS = frozenset(w[0] for w in _CLUB_NAME_ENDS | _SIDE_ROLES)
# the plural nicknames sides go by after their place's name, no family's in the plural: "Texas
# Rangers", "Mumbai Indians" (a people's plural is one only after a name no nation's: `_team_name`)
_TEAM_PLURALS = frozenset(
    """
    rangers giants lakers warriors patriots eagles yankees cowboys bulls tigers lions bears panthers
    raiders chargers titans packers steelers dolphins celtics knicks pistons rockets spurs mavericks
    clippers bucks cavaliers hornets hawks pelicans grizzlies nuggets blazers capitals bruins penguins
    flyers sharks oilers cubs dodgers mets braves astros orioles mariners padres phillies pirates
    brewers rockies marlins royals riders challengers sunrisers saracens harlequins crusaders
    highlanders stormers magpies gunners wolves saints
    """.split())
# the words before a people's plural that make it people of a kind, no side: "Native Americans"
_PEOPLE_ADJECTIVES = frozenset("native indigenous young old ordinary fellow poor rich working rural urban".split())


# the plurals of a faith's people, which a nation's adjective may go before: "British Muslims"
_FAITH_PLURALS = frozenset("muslims christians hindus sikhs jews buddhists catholics protestants evangelicals".split())
# the adjectives of a nation, a region or a race that are no noun of its people ("British", "Asian")
_PEOPLE_ORIGINS = frozenset(
    "british irish scottish welsh english french dutch spanish danish swedish finnish polish turkish asian hispanic"
    " latino black white jewish arab".split())


def _people_by_nation(words: list[str], lows: list[str]) -> bool:
    """Whether a name of two or three words in capitals is a people's, many: a plural of a
    nation's people or of a faith's after a nation's noun or adjective or a word for a people's
    kind ("Native Americans", "American Indians", "British Muslims", "Asian Americans"); not a
    side's after a city's name ("Mumbai Indians")."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    last = lows[-1]
    if not (last.endswith("s") and last[:-1] in en.DEMONYMS or last in _FAITH_PLURALS):
        return False
    return all(w in en.DEMONYMS or w in _PEOPLE_ORIGINS or w in _PEOPLE_ADJECTIVES for w in lows[:-1])


def _team_name(words: list[str], lows: list[str]) -> bool:
    """Whether a name of two or three words in capitals is a side's: a place's name and a plural
    nickname ("Texas Rangers", "LA Lakers"), or a people's plural after a name no nation's nor a
    people's adjective ("Mumbai Indians"; not "American Indians", "Native Americans"); or a
    thing's name of two words, a colour or a word like it before "Star" and its like, perhaps
    and its city ("Red Star Belgrade", "Lone Star"), which no outlet's name is either."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    first = lows[0]
    if first in _DETERMINERS or first in _PEOPLE_QUANTIFIERS or first in en.TITLES or first in given_names():
        return False
    if lows[1] in en.GENERIC_OUTLET_ENDS and first in en.THING_BEFORE_OUTLET_END:
        return True
    last = lows[-1]
    if last in _TEAM_PLURALS:
        return True
    # (a nation's adjective is of the table only: the ending "-i" of "Iraqi" ends "Mumbai" too)
    return last.endswith("s") and last[:-1] in en.DEMONYMS and not any(
        w in en.DEMONYMS or w in _PEOPLE_ADJECTIVES for w in lows[:-1])


# ("Vela Power", but "Ann Power" a person's: `_personal_name` reads her first; "Nation" ends a
# firm's or a people's name: "Live Nation", "Navajo Nation"; the nouns of a campaigning body's
# name: "Common Cause", "Innocence Project", "Sunrise Movement", "Ocean Conservancy")
_BODY_NAME_ENDS = frozenset(
    "International Nations Nation Watch Monitor Forum Power Project Cause Initiative Movement Conservancy Caucus Partnership".split()
) | en.BUSINESS_NAME_ENDS | _CLUB_NAME_ENDS


# the words that make an "agency" one of news: "the news agency", "the state wire agency"
_NEWS_AGENCY_WORDS = frozenset("news wire press".split())


def _other_agency(phrase: str, head: str, lows: list[str]) -> bool:
    """Whether "the ... agency" is some other body's agency, not a news agency:
    "the UN's refugee agency", "the space agency" (but "the agency", "the state
    news agency"); or "the ... paper" a paper of policy, not a newspaper: "the
    white paper", "the policy paper", and one of a year, as a study is dated, no newspaper: "the
    2009 paper" (but "the paper", "the local paper")."""
    if head == "paper":
        return len(lows) > 2 and (lows[-2] in _PAPERS_OF_POLICY or len(lows[-2]) == 4 and lows[-2].isdigit()
                                  and lows[-2][:2] in ("19", "20"))
    return head == "agency" and len(lows) > 2 and (_possessive(phrase) or not _NEWS_AGENCY_WORDS.intersection(lows))


def _agency_of_no_news(words: list[str], lexicon: Lexicon) -> bool:
    """Whether "agency" in small letters before a name is some other body's noun, as
    :func:`_other_agency` reads it after "the": no word of news stands before it and the name
    after it is no outlet the table knows ("the agency Frontex", "the EU border agency Frontex",
    "the federal agency Fema"; not "news agency Xinhua", "the state wire agency Bernama", "the
    agency Reuters")."""
    at = next((k for k, w in enumerate(words) if w == "agency"), None)
    return at is not None and at + 1 < len(words) and not _NEWS_AGENCY_WORDS.intersection(w.lower() for w in words[:at]) and (
        " ".join(w.lower() for w in words[at + 1:]) not in lexicon.outlet_names)


# what a paper that is a document, no newspaper, is: "a white paper", "the consultation paper"
_PAPERS_OF_POLICY = frozenset("white green policy position research working discussion consultation briefing "
                              "strategy command academic scientific".split())


# Government words that are common nouns, no place's or legislature's name: a body named
# with them in capitals is the government's ("The Home Ministry", not "Paris Hilton")
_GOVERNMENT_BODIES = frozenset("government administration ministry cabinet embassy presidency".split())


# the nouns of a state's armed forces, and the words of a branch or a service that may stand
# between the state and them ("the Sudanese Armed Forces", "the Israel Defense Forces"); any other
# word there is an armed group's name ("the Free Syrian Army", "the Irish Republican Army")
_ARMS_HEADS = frozenset("army military navy forces".split())
_ARMS_BRANCH_WORDS = frozenset("armed defence defense security air naval ground land".split())


# the nouns of an office that is a post's, after the post in the possessive ("the mayor's office")
_OFFICE_NOUNS = frozenset("office department".split())
# the most words of a post's title before its office ("the director of public prosecutions's office")
_POST_WORDS = 4
# the nouns of STATE_BODY_NOUNS a business may be named with after its trade ("Creative Artists
# Agency"); "Administration", "Commission" and "Authority" are a state's named for what they oversee
_PRIVATE_SERVICE_NOUNS = frozenset("agency bureau service office".split())


def _office_of_state_post(lows: list[str], head: str) -> bool:
    """Whether a mention is the office of a state's post, the post in the possessive before it:
    "the sheriff's office", "the Greenvale County Sheriff's Department", "the secretary of
    state's office", "the attorney general's office" (not a member's, "Senator Lee's office", nor
    one who speaks for it, "a spokesman for the mayor's office")."""
    at = lows.index(head) if head in _OFFICE_NOUNS and head in lows else len(lows) - 1
    if at < 1 or lows[at] not in _OFFICE_NOUNS or lows[at - 1][-2:] not in ("'s", "’s"):
        return False
    said = lows[max(0, at - _POST_WORDS):at - 1] + [lows[at - 1][:-2]]
    # (a title of more words is read from its first, which the head of the mention must be when
    # it is not the office: "the secretary of state's office", whose head is "secretary")
    return any(" ".join(said[-n:]) in en.STATE_OFFICE_HOLDERS and (head in _OFFICE_NOUNS or said[-n] == head)
               for n in range(1, len(said) + 1))


def state_agency_for_a_place(name: list[str]) -> bool:
    """Whether a name's words, in capitals, are a state's agency's for a nation or a region (the
    rule above ``default_lexicon.STATE_SERVICE_FIELDS``): a field of the state's service opens
    it and a public body's place ends it, as ``_body_of_a_nation`` reads one ("Public Health
    Wales", "Health Protection Scotland", "Public Health Ontario", "Transport for London",
    "Statistics Canada"; not "Public Health Research", whose last word is no place)."""
    lows = [w.lower() for w in name]
    return bool(lows) and lows[0] in en.STATE_SERVICE_FIELDS and _body_of_a_nation(name, lows, any_place=True)


def _state_body(words: list[str], lows: list[str], head: str, phrase: str) -> bool:
    """Whether a mention names a body of a state (the rule of kinds written above
    ``default_lexicon.STATE_BODY_NOUNS``): initials such a body goes by, in capitals ("the FBI",
    "HMRC"); police or a court of law in any case ("the police", "the appeals court", "Delhi
    Police"); the office of a state's post ("the sheriff's office", "the mayor's office"); a
    state's bodies in general ("authorities", "the regulator"); such initials or "Police" before
    a nation's or a region's name ("NHS England", "Police Scotland"); or a name in capitals whose
    head is an agency's, a bureau's, an office's or a service's noun ("the Environmental
    Protection Agency", "the Bureau of Labor Statistics", "the Met Office"). Not a body of many
    states ("the International Energy Agency", "the European Commission"), nor a news service
    ("Christian News Service", "the Public Broadcasting Service"), nor a business named for its
    trade ("Creative Artists Agency"), nor any other name in the possessive ("Moody's Investors
    Service", "Senator Lee's office")."""
    if _office_of_state_post(lows, head):
        return True  # "the county sheriff's office", "the mayor's office": the post's office is the state's
    if head in en.EMERGENCY_SERVICE_NOUNS and head in lows and any(w in en.EMERGENCY_SERVICE_WORDS for w in lows[:lows.index(head)]):
        return True  # "the fire brigade", "the ambulance service", "the weather office": a public emergency or weather service
    at = lows.index(head) if head in lows else -1
    if head in _POSTPOSITIVE_TITLES and at > 0 and lows[at - 1] in en.STATE_BODY_NOUNS and words[at - 1][:1].isupper():
        head, at = lows[at - 1], at - 1  # "the Directorate General of Civil Aviation": a body's noun, no rank after it
    if head in en.STATE_BODY_GENERAL_NOUNS and at >= 0 and (at == 0 or words[at].islower()):
        return True  # "authorities said", "regulators": a state's bodies in general
    if head in en.WATCHDOG_NOUNS and at > 0 and words[at].islower() and words[at - 1].islower() and (
            lows[at - 1] in en.STATE_WATCHDOG_FIELDS or lows[at - 1] in en.STATE_LEVEL_WORDS) and (
            not _possessive(phrase) or _place_possessive(lows[0])) and not any(w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        # "the competition watchdog", "the federal watchdog", "Britain's data watchdog": the state's
        # regulator, as "the regulator" is (not "the party's spending watchdog")
        return True
    name = words[1:] if lows[0] == "the" else words
    if len(name) == 2 and name[1][:1].isupper() and (name[0].isupper() and name[0].lower() in en.STATE_BODY_INITIALS or (
            name[0].lower() in en.STATE_BODY_COMMON_NOUNS)) and name[1].lower() in place_names():
        return True  # a state's body for one of its nations or regions: "NHS England", "Police Scotland"
    if state_agency_for_a_place(name):
        return True  # "Public Health Wales"
    if _health_board_by_area(name):
        return True  # "NHS Lothian", "NHS Greater Glasgow and Clyde": the health service's board for an area
    if head == "council" and _national_council(words, lows, at):
        return True  # "the Indian Council of Medical Research": a nation's council for research
    if head == "trust" and any(w.isupper() and w.lower() in en.STATE_TRUST_INITIALS for w in name[:-1]):
        return True  # a trust of the state's health service: "Barts Health NHS Trust", "the NHS trust"
    if head == "board" and at > 0 and words[at][:1].isupper() and all(w[:1].isupper() or w in NAME_JOINERS for w in name) and any(
            w in en.STATE_BOARD_LEVEL_WORDS and words[i][:1].isupper() for i, w in enumerate(lows)) and not _possessive(phrase) and not any(
            w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        return True  # a board a state's level names: "the Central Board of Secondary Education", "the State Board of Elections"
    if head not in en.STATE_BODY_NOUNS and head not in en.STATE_LEVEL_BODY_NOUNS and head not in en.STATE_BODY_INITIALS or (
            _possessive(phrase) and not _place_possessive(lows[0])) or any(
            w in en.INTERNATIONAL_NAME_WORDS or w in en.NEWS_SERVICE_NAME_WORDS for w in lows):
        # (a country's possessive before the body keeps it the state's: "Nepal's Civil Aviation Authority")
        return False
    if head in _PRIVATE_SERVICE_NOUNS and at > 0 and lows[at - 1] in en.PRIVATE_SERVICE_TRADES:
        return False  # a business named for its trade: "Creative Artists Agency", "United Parcel Service"
    # (a board's or a department's level by a word of STATE_BOARD_LEVEL_WORDS: "the national board" may be a union's)
    levels = en.STATE_LEVEL_WORDS if head in en.STATE_BODY_NOUNS else en.STATE_BOARD_LEVEL_WORDS
    if head in en.STATE_LEVEL_BODY_NOUNS and at > 0 and words[at].islower() and any(
            w in levels and words[i].islower() for i, w in enumerate(lows[:at])):
        return True  # "the state disaster management authority", "the federal agency": a state's level before the body
    if head not in en.STATE_BODY_NOUNS and head not in en.STATE_BODY_INITIALS:
        return False  # a board or a department by a level's word only: "the state board" (not "the Harlow Board")
    if head in en.STATE_BODY_INITIALS:
        return len(name) == 1 and name[0][0].isupper() and name[0][-1].isupper()  # ("the FBI", "the MoD"; not "Mod")
    if head in en.STATE_BODY_COMMON_NOUNS:
        return True
    # (a name besides the noun: "The Commission" alone may be the European one; a word in lower
    # case between its capitalised words, as the walk to the name's start reads it: "the
    # Medicines and Healthcare products Regulatory Agency")
    named = [(0, 0, w) for w in name]
    return len(name) >= 2 and words[at][:1].isupper() and all(
        w[:1].isupper() or w in NAME_JOINERS or _lower_word_in_body_name(named, k) for k, w in enumerate(name))


def _national_council(words: list[str], lows: list[str], at: int) -> bool:
    """Whether the council whose noun stands at ``at`` is a nation's for a field of the state's
    (the rule above ``default_lexicon.STATE_COUNCIL_FIELDS``): its name in capitals holds the
    field's word and the nation's adjective or a state's level before the noun, or "of" and
    the nation's name after it ("the Indian Council of Medical Research", "the National
    Research Council", "the Research Council of Norway"); not a council of many states' ("the
    European Research Council") nor one with no nation ("the Family Research Council")."""
    name = words[1:] if lows[0] == "the" else words
    if at < 0 or not all(w[:1].isupper() or w in NAME_JOINERS for w in name) or en.STATE_COUNCIL_FIELDS.isdisjoint(lows) or any(
            w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        return False
    nation = lows[at + 2:] if lows[at + 1:at + 2] == ["of"] else []
    return any(w in en.DEMONYMS or w in en.STATE_LEVEL_WORDS for w in lows[:at]) or bool(nation) and " ".join(nation) in place_names()


def _health_board_by_area(name: list[str]) -> bool:
    """Whether a name is the state's health service's initials, in capitals, before the name of
    the area its board serves, in capitals ("NHS Lothian", "NHS Greater Glasgow and Clyde", "NHS
    Digital"): no person's, by a post or a given name and a surname ("NHS Lothian chief Ann
    Lee", "NHS boss Ann Lee"), nor a body of its members, in the plural or with
    a body's noun ("NHS Providers", "the NHS Confederation")."""
    if not 2 <= len(name) <= 6 or not name[0].isupper() or name[0].lower() not in en.STATE_TRUST_INITIALS:
        return False
    rest = [w.lower() for w in name[1:]]
    return all(w[:1].isupper() or w == "and" for w in name[1:]) and name[-1] != "and" and not (
        plural(rest[-1]) or rest[-1] in en.ORGANIZATION_WORDS or _personal_name(name[1:]) or any(
            w in en.TITLES or w in en.PERSON_NOUNS or person_noun(w) for w in rest))


def local_body(lows: list[str], head: str, phrase: str) -> bool:
    """Whether a mention names a body of a local government (the rule written above
    ``default_lexicon.LOCAL_BODY_NOUNS``): a council's, a board's, a commission's or a
    corporation's noun after a word of a city, a county, a town or a ward, or after such a
    place's possessive ("the city council", "the county's health department", "the civic
    body"); "school" before a board ("the school board"); or a board of a local
    office's holders ("the Board of Supervisors")."""
    if phrase.endswith(")") and head == lows[-1] and len(lows) > 2:
        head = lows[-2]  # the body's initials after its name: "the Brihanmumbai Municipal Corporation (BMC)"
    if head not in lows:
        return False
    at = lows.index(head)
    if head == "board" and lows[at + 1:at + 2] == ["of"] and lows[at + 2:at + 3] and lows[at + 2] in en.LOCAL_BOARD_OF:
        return True  # "the Board of Education", "the county board of supervisors"
    if head == "board" and lows[at + 1:at + 2] == ["of"] and lows[-1:] == ["education"] and len(lows) > at + 3 and all(
            w in en.SCHOOL_STAGES or w == "and" for w in lows[at + 2:-1]):
        return True  # a board of education by its stage: "the Board of Secondary Education"
    if at > 0 and lows[at - 1] in en.LOCAL_SERVICE_WORDS and (head in en.LOCAL_BODY_NOUNS or head == "district"):
        # a public service's body: "the school board", "the Lakeview School District", "the water
        # board", "the port authority" (a district only so: "the district" alone is a place)
        return True
    # (the words before the head, a place's possessive as the place: "the city's planning department")
    return head in en.LOCAL_BODY_NOUNS and any(
        w.removesuffix("'s").removesuffix("’s") in en.LOCAL_GOVERNMENT_WORDS for w in lows[:at])


def _state_arms(lows: list[str]) -> bool:
    """Whether a mention is a state's armed forces: the state's name, possessive or people's
    adjective, then branch words and the forces' noun ("the Indian Army", "Ukraine's military",
    "the U.S. Navy", "Israeli forces", "the Israel Defense Forces", "the Pakistani air force"),
    or "of" and the state after them ("the military of Pakistan", "the armed forces of Ukraine"),
    or "the army", "the military" alone (not "the Arakan Army" nor "the Free Syrian Army": no
    state's; nor "the forces" alone, whose forces are not said)."""
    words = lows[1:] if lows[:1] == ["the"] else lows
    if "of" in words[1:-1]:
        of = words.index("of")
        place = " ".join(words[of + 2:] if words[of + 1] == "the" else words[of + 1:])
        arms = words[:of]
        return of <= 3 and (arms[-1] in _ARMS_HEADS or arms[-2:] == ["air", "force"]) and all(
            w in _ARMS_BRANCH_WORDS for w in arms[:-1]) and (place in place_names() or place + "." in place_names())
    if len(words) <= 1:
        return len(lows) == 2 and words[0] in ("army", "military", "navy")
    last = words[-1]
    if not (last in _ARMS_HEADS or last == "force" and words[-2] == "air") or len(words) > 4:
        return False
    nation = words[0]
    if nation == "royal" and len(words) >= 2:
        # a monarchy's forces go by "Royal" in place of the state ("the Royal Navy", "the Royal Air
        # Force"), or before its people's adjective ("the Royal Thai Army")
        if words[1] not in en.DEMONYMS:
            return all(w in _ARMS_BRANCH_WORDS for w in words[1:-1])
        words, nation = words[1:], words[1]
    return (nation in en.DEMONYMS or nation in place_names() or nation + "." in place_names() or _place_possessive(nation)
            ) and all(w in _ARMS_BRANCH_WORDS for w in words[1:-1])


# the words that name a state's forces' staff in capitals: "the General Staff", "the Joint Chiefs of Staff"
_ARMS_STAFF_NAMES = frozenset(["general staff", "joint chiefs", "joint staff"])


def _state_command(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a command or the staff of a state's armed forces, in capitals: a
    command after the state's name, its possessive or its forces' ("U.S. Central Command",
    "China's Eastern Theater Command", "the Army's Northern Command"), or the staff by its
    name ("the General Staff", "South Korea's Joint Chiefs of Staff"). (Not a command of no
    state named, "the Northern Command", which may be a rebel army's.)"""
    if any(" ".join(lows[k:k + 2]) in _ARMS_STAFF_NAMES and words[k][:1].isupper() and words[k + 1][:1].isupper() and (
            # (the staff opening the mention, past "the" or the state's possessive: not "the chairman of the
            # Joint Chiefs of Staff", a person)
            lows[:k] in ([], ["the"]) or lows[k - 1].endswith(("'s", "’s")) and "of" not in lows[:k]) for k in range(len(lows) - 1)):
        return True
    if words[-1] != "Command" or len(words) < 3:
        return False
    first = lows[1] if lows[0] == "the" else lows[0]
    owner = first.removesuffix("'s").removesuffix("’s")
    return first != lows[-2] and (first in en.DEMONYMS or _place_possessive(first) or owner in place_names() or (
        owner + "." in place_names()) or owner in _ARMS_HEADS and first != owner)


_INDEFINITES = frozenset("a an one another two three several some senior".split())
# nouns for a body after "the" or in capitals, and for a person after "a" ("a security guard")
_BODY_OR_PERSON = frozenset(["guard", "coastguard"])


# Nouns of an outlet that "a" may open with no name ("told a local channel", "a property portal"), and nouns that
# are one only after a medium's word ("a radio station", not "a police station")
_UNNAMED_OUTLET_HEADS = frozenset("channel newspaper broadcaster tabloid portal".split())
# (and a site's or an agency's noun after "news": "a news portal", "an online news website", "a
# news agency"; not "a property portal", "a travel agency")
_MEDIUM_STATION_HEADS = frozenset("station network portal website site agency".split())
# the words of a medium alone, no outlet's name: "TV", "radio"
MEDIUM_WORDS = frozenset("news radio tv television".split())


def unnamed_outlet(text: str, start: int, end: int) -> bool:
    """Whether a hearer is an unnamed outlet "a" or "an" opens, up to three words
    of what kind before its noun: "told a local channel", "a Marathi news
    channel", "a local radio station" (not "a police station", "a channel of
    aid"). (Only a hearer: as a subject, "a newspaper owned by Lee", the outlet
    is more often what is reported on than who reports.)"""
    lows = text[start:end].lower().split()
    if not 2 <= len(lows) <= 5 or lows[0] not in ("a", "an"):
        return False
    head = lows[-1]
    return head in _UNNAMED_OUTLET_HEADS or head in _MEDIUM_STATION_HEADS and lows[-2] in MEDIUM_WORDS


def _named_by_outlet_noun(words: list[str]) -> bool:
    """Whether a phrase is an outlet noun, or a medium's in lower case, and then a name: "state
    broadcaster CCTV", "Broadcaster RTL", "French radio RTL", "the newspaper Le Monde", "the Daily Caller" (the noun in
    lower case, or opening the phrase after a determiner or a country's possessive, "Kenya's
    Daily Nation", and not in initials: "the SITE Intelligence Group" is no site)."""
    for k in range(1, len(words)):
        noun = words[k - 1]
        if (noun.lower() in en.OUTLET_NOUNS or noun in _STATE_OUTLET_HEADS and (
                words[k][:1].isupper() or _DIGIT_CALL_SIGN.fullmatch(words[k]) is not None)) and (noun.islower() or not noun.isupper() and (
                k == 1 or k == 2 and (words[0].lower() in _DETERMINERS or _place_possessive(words[0].lower())))):
            # (not a post whose name holds the noun: "Station House Officer Ann Rao")
            # (nor a body whose name opens with the noun: "Network Rail", "Channel Ferries")
            # ("of" inside the name is the name's, "the newspaper Global Voice of Asia", "of the
            # Coast"; not "the newspaper of the exiles")
            # (a call sign may open with its digit: "radio station 3AW")
            return all(w[0].isupper() or w in ("of", "the") and k < i < len(words) - 1 or _DIGIT_CALL_SIGN.fullmatch(w) is not None
                       for i, w in enumerate(words[k:], k)) and not any(
                w.lower() in en.PERSON_NOUNS or w.lower() in en.TITLES for w in words[k:]) and words[-1] not in _BODY_NAME_ENDS
    return False


def owned_pages(text: str, start: int, end: int) -> bool:
    """Whether a phrase names a body's own pages by its possessor: "the club's website", "the
    party's official site", "its website" (read as a document, but a hearer that relays what it
    was told: "he told the club's website")."""
    lows = text[start:end].lower().split()
    return 2 <= len(lows) <= 4 and lows[-1] in _OWNED_PAGES and (
        lows[0] in en.POSSESSIVE_PRONOUNS or any(w.endswith(("'s", "’s")) for w in lows[:-1]))


def _name_and_medium(words: list[str], lows: list[str]) -> bool:
    """Whether a phrase is a name in capitals and then a lower-case noun of a medium:
    "People magazine", "the Hindu newspaper" (not "the magazine" alone, nor one a
    determiner opens: "An Israeli newspaper owned by ..."; nor a person's: "Editor Ann
    Lee's magazine"); or a name and "news agency": "Xinhua news agency". A word of the state's
    hold on it before the name is no part of it: "Egypt's state-run Al-Ahram newspaper", "the
    semi-official Tasnim news agency"."""
    agency = len(lows) > 2 and lows[-1] == "agency" and lows[-2] in _NEWS_AGENCY_WORDS and words[-2].islower()
    name = [w for w in words[1 if lows[0] == "the" else 0:-2 if agency else -1] if not (w.islower() and w in _STATE_WORDS)]
    return (2 <= len(words) <= 5 and (words[-1] in en.OUTLET_MEDIUM_NOUNS or agency) and bool(name)
            and all(w[:1].isupper() and w.lower() not in _DETERMINERS for w in name)
            and not any(w.lower() in en.PERSON_NOUNS or w.lower() in en.TITLES for w in name))


_POSSESSIVE_END = regex.compile(r"[’'](?:s)?$")


def _names_after_head(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a plural head is a common noun (the first word, or in lower case)
    and the phrase's capitalised words all follow it ("Analysts at Jefferies")."""
    k = lows.index(head) if head in lows else -1
    if k < 0 or k > 0 and not words[k].islower():
        return False
    return all(not w[0].isupper() for w in words[1:k])


def _outlet_service(phrase: str, words: list[str], lows: list[str], lexicon: Lexicon) -> bool:
    """Whether a phrase names an outlet's service or programme: its name and
    service words ("BBC Radio 4", "CNN International"), or that and a
    programme it airs ("BBC Radio 4's Today programme", "NBC's Meet the Press
    show")."""
    first = 1 if lows[0] == "the" else 0
    if len(words) <= first or _POSSESSIVE_END.sub("", lows[first]) not in lexicon.outlet_names:
        return False
    rest = words[first + 1:]
    if " ".join(w for w in rest if w not in ("’s", "'s", "s")).lower().replace("’", "'") in en.BROADCAST_TITLES:
        return True  # a programme it airs by its title alone: "BBC Newsnight", "the BBC's Panorama", "PBS NewsHour"
    if not _possessive(phrase):
        return 0 < len(rest) <= 3 and all(w.lower() in en.OUTLET_SERVICE_WORDS and w[0].isupper() or w.isdigit() for w in rest) or (
            # a regional service, its medium and then its region: "BBC Radio Lancashire"; or a
            # numbered station's name after its number: "BBC Radio 6 Music"
            1 < len(rest) <= 3 and rest[0].lower() in MEDIUM_WORDS and all(w[:1].isupper() or w.isdigit() for w in rest)
            and rest[-1][:1].isupper()
            and not any(w.lower() in en.TITLES or w.lower() in en.PERSON_NOUNS for w in rest)) or (
            # a programme's title with a small title word right after its outlet: "BBC Match of the Day"
            any(w in _TITLE_FILLERS for w in rest) and _programme_title(rest))
    if lows[-1] in en.OUTLET_PROGRAMME_NOUNS:
        return True
    # a programme's title in capitals after the outlet's possessive, of three words or with a small
    # word of a title ("ITV's Good Morning Britain", "BBC One's Match of the Day"), not a person of
    # the outlet's, mostly a given name and a surname ("CNN's Ann Lee")
    title = [w for w in rest if w not in ("’s", "'s", "s")]
    return (2 < len(title) <= 5 or 1 < len(title) and any(w in _TITLE_FILLERS for w in title)) and _programme_title(title)


def _programme_title(title: list[str]) -> bool:
    """Whether words read as a programme's title: capitalised words and a title's small words,
    no given name first, no initial, and no title or noun of a person's post ("Director of Sport");
    no day at its end, the day it aired ("CBS' Face the Nation Sunday"; a known title that ends in
    one is read before: "Fox News Sunday")."""
    return (len(title) <= 5 and title[0][:1].isupper() and title[0].lower() not in given_names() and title[-1][:1].isupper()
            and title[-1].lower() not in en.DAY_NAMES
            and all(w[:1].isupper() and not _initials(w) or w.isdigit() or w in _TITLE_FILLERS for w in title)
            and not any(w.lower() in en.TITLES or w.lower() in en.PERSON_NOUNS for w in title))


# the small words a programme's title keeps in lower case: "Match of the Day", "Real Time with Bill Roe"
_TITLE_FILLERS = frozenset("of the and at on in for with".split())


def _possessive(phrase: str) -> bool:
    return "’s " in phrase or "'s " in phrase


def capital_words(words: list[str]) -> list[str]:
    return [w for w in words[1:] if w[0].isupper()]


_FRONTED = frozenset(
    "among throughout despite soon once during meanwhile still instead yesterday today amid besides beyond "
    "within without under over through against toward towards across around following unlike like perhaps "
    "outside inside near behind ahead "
    "last next ago "
    # "Whenever it rains, ...", "Whatever his views, ...": a clause of any time, place or thing
    "whenever wherever whatever whichever however".split()
) | en.TIME_WORDS
# Focus adverbs that may open a fronted clause before its subordinator ("Even as the storm grew, ...")
_CLAUSE_FOCUS = frozenset("even just only right".split())


_FRONTED_WORDS = 16
# Words that end a fronted phrase of time: "a month later,", "two weeks ago,", "last Tuesday,"
_TIME_ENDS = en.TIME_WORDS | frozenset("later earlier ago before afterward afterwards".split())
_SHORT_ADVERBIAL = 5
_SUBJECT_PRONOUNS = en.SUBJECT_PRONOUNS


def _past_place_continuation(toks: list[tuple[int, int, str]], named: bool) -> list[tuple[int, int, str]]:
    """Skip the rest of a place a fronted phrase ``named`` (it ends in a capitalised
    word: "Speaking in Salem, New Hampshire, Lee said"): a few capitalised words and
    a comma, when another capitalised word follows, or a preposition or time word
    that opens another adverbial ("At a rally in Ames, Iowa, on Sunday, Lee said");
    an appositive after a name opens in lower case ("Speaking in Ohio, Ann Lee, the
    mayor, said"). A phrase that ends in lower case names no place the words after
    it go on: "Commenting on the results, Ann Lee, Managing Director, said"."""
    comma = next((k for k, t in enumerate(toks[:4]) if t[2] == ","), None)
    if not named or not comma or comma + 1 >= len(toks):
        return toks
    place, after = toks[:comma], toks[comma + 1]
    if not all(t[2][0].isupper() for t in place):
        return toks
    if after[2][0].isupper() and after[2].lower() not in _DETERMINERS:
        return toks[comma + 1:]
    if len(place) == 1 and (after[2] in _PREPOSITIONS or after[2] in _FRONTED):
        return toks[comma + 1:]  # "At a rally in Ames, Iowa, on Sunday, Lee ...": a time or place follows
    return toks


# words of degree before an adverb in "-ly" that opens a sentence with it: "More broadly, ..."
_DEGREE_BEFORE_ADVERB = frozenset("more most less least even much very quite so".split())


def _fronted_word(first: str, toks: list[tuple[int, int, str]], comma: int | None, lexicon: Lexicon) -> bool:
    """Whether a sentence whose first word (lowered) is ``first`` opens with a
    fronted adverbial or clause, ``comma`` the comma that may end it: by its
    first word, or by the time or the subordinator before the comma, unless a
    pronoun or a name of more than one word opens it."""
    if first in _NUMBER_QUALIFIERS and len(toks) > 2 and _number(toks[1][2]) and _people(toks[2][2], lexicon):
        return False  # "about 50 protesters had gathered", "over 200 officers ...": a count of people, no adverbial
    if (first in _FRONTED or first in _PREPOSITIONS or first in en.CLAUSE_BOUNDARIES
            or first in _CLAUSE_FOCUS and len(toks) > 1 and toks[1][2].lower() in en.SUBORDINATORS
            # "Clearly, ...", "Separately the mayor ...", but "Carly Fiorina ...": a name
            or first.endswith("ly") and not (len(toks) > 1 and toks[1][2][0].isupper())
            or first in en.PARENTHETICALS or (first.endswith("ing") and len(first) > 5)
            # "Two weeks ago, ...", "One danger is ...": a number of days or things, not of people
            # ("Two officials ...", "One of the men ...", "One operative ...")
            or (first in NUMBERS or first.isdigit()) and not (len(toks) > 1 and _people(toks[1][2], lexicon))
            # "A few minutes later they ...", "The next day, Lee ...": a phrase of time
            or first in NOUN_MARKERS and _time_phrase_end(toks) is not None
            # "Here in Ohio, Lee ...", "There, Lee ...": a place, not a subject
            or first in ("here", "there") and len(toks) > 1 and (toks[1][2] == "," or toks[1][2].lower() in _PREPOSITIONS)
            # "Indeed, ...", "Well, ...", "Pressed about the polls, Lee ...": an adverb, an interjection or a
            # participle before the comma
            or comma is not None and (comma == 1 and (first in en.SENTENCE_ADVERBS or first in _INTERJECTIONS)
                                      or first.endswith("ed") and comma > 1
                                      # "More broadly, ...", "Most recently, ...": an adverb and its degree
                                      or comma == 2 and first in _DEGREE_BEFORE_ADVERB
                                      and toks[1][2].islower() and toks[1][2].endswith("ly"))):
        return True
    if comma is None or first in _SUBJECT_PRONOUNS or len(toks) > 1 and toks[1][2][0].isupper():
        return False  # "She toured the pier in five days, ...", "Ann Lee toured it Monday, ...": the subject opens it
    if _finite_after_name(toks):
        return False  # "Lee toured the pier on Sunday, and ...", "Lee spoke on Monday, ...": a subject and its verb
    # "A few days later, Lee ...", "Two weeks ago, Lee ...": a time before the comma; "Two weeks
    # after Scalia died, Thomas ...": a fronted clause (but "as" is often a preposition: "summed
    # up the plan as a failure, ..."; nor "as if" or "as though", the manner of a predicate: "Lee
    # waved as if to stop them, then ...")
    return toks[comma - 1][2].lower() in _TIME_ENDS or any(
        t[2].lower() in en.SUBORDINATORS and t[2].lower() != "as" and toks[k - 1][2].lower() != "as"
        for k, t in enumerate(toks[1:comma], 1))


_TIME_WORDS_FRONTED = _TIME_ENDS | _TIME_LEADS


def _fronted_time_words(toks: list[tuple[int, int, str]]) -> int:
    """How many words of a time fronted with no comma open ``toks``, a word such as
    "last" or "earlier" first ("This year the mayor", "Earlier this week Lee",
    "Later Lee"): 0 when no word of the subject would be left after them."""
    k = 0
    while k < min(len(toks) - 1, 4) and (toks[k][2].lower() in _TIME_LEADS or toks[k][2].lower() in en.TIME_WORDS):
        k += 1
    while k > 0 and toks[k - 1][2].lower() not in en.TIME_WORDS and toks[k - 1][2].lower() not in ("earlier", "later"):
        k -= 1
    return k if k < len(toks) and _is_word(toks[k][2]) else 0


def _finite_after_name(toks: list[tuple[int, int, str]]) -> bool:
    """Whether a capitalised first word, no word of time, is followed by a verb
    in the past, in "-ed" or irregular ("toured", "spoke", "met"), or by a finite
    auxiliary ("was"): a subject and its verb, not a fronted time ("Late last
    month, ...", "Yesterday afternoon, ...")."""
    if len(toks) < 2 or not toks[0][2][:1].isupper() or toks[0][2].lower() in _TIME_WORDS_FRONTED:
        return False
    verb = toks[1][2]
    return _past_form(verb) or verb.islower() and (verb in en.IRREGULAR_LEMMAS or verb in en.FINITE_AUXILIARIES)


def _name_after_time(toks: list[tuple[int, int, str]]) -> int | None:
    """Where a name starts right after a short phrase of time with no comma
    ("On Sunday morning Mr. Lee ...", "On the morning of Feb. 28 Lee ..."); None
    when there is none."""
    for j in range(1, min(_TIME_PHRASE_WORDS, len(toks) - 1)):
        w, after = toks[j][2], toks[j + 1][2]
        if (w.lower() in _TIME_ENDS or w.isdigit()) and after[0].isupper() and after.lower() not in en.TIME_WORDS:
            return j + 1
        if not _is_word(w):
            return None
    return None


_TIME_PHRASE_WORDS = 7


def _people(word: str, lexicon: Lexicon) -> bool:
    """Whether a word after a number counts people: "of", a plural that is no
    time, a noun of agency ("inspector") or one that heads mentions ("operative")."""
    low = word.lower()
    return low == "of" or low not in en.TIME_WORDS and (
        plural(low) or low.endswith(("or", "ist", "ian")) or lexicon.speaker_share(low) >= _MODIFIER_SHARE)


def _time_phrase_end(toks: list[tuple[int, int, str]]) -> int | None:
    """Where a short phrase of time that opens ``toks`` ends ("A few minutes later",
    "The next day"), when a comma or a pronoun follows it; None otherwise, and
    None when a verb's past form comes first ("The mayor said Friday, adding")."""
    for j in range(1, min(4, len(toks) - 1)):
        if _past_form(toks[j][2]):
            return None
        if toks[j][2].lower() in _TIME_ENDS and (toks[j + 1][2] == "," or toks[j + 1][2].lower() in _SUBJECT_PRONOUNS):
            return j
    return None


# Words that open a sentence before a comma and say nothing of its subject: "Well, ..."
_INTERJECTIONS = frozenset("well yes no oh okay ok look sure wait listen hey".split())
# A sentence opens with at most this many adverbials and clauses after the first.
_MORE_FRONTED = 2


def _past_fronted(toks: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The tokens after a fronted adverbial or clause that opens them ("Throughout
    the 2000s, Democrats ..."): ``toks`` as they are when none opens them, only a
    pronoun after a short adverbial with no comma ("On Tuesday she doubled down"),
    nothing when the subject cannot be told."""
    first = toks[0][2].lower()
    # the comma that ends a fronted adverbial or clause (not one right before the cue)
    comma = next((k for k, t in enumerate(toks[:_FRONTED_WORDS]) if t[2] == "," and k < len(toks) - 1), None)
    if not _fronted_word(first, toks, comma, lexicon):
        return toks
    # "On Tuesday she doubled down ...", "By Sunday she had cancelled a rally in Salem, Ohio,
    # citing ...": a short adverbial, then a pronoun, before any comma further on
    pronoun = next((k for k, t in enumerate(toks[1:_SHORT_ADVERBIAL], 1) if t[2].lower() in _SUBJECT_PRONOUNS), None)
    if pronoun is not None and (comma is None or comma > pronoun + 2) and not first.endswith("ing") and not any(
            t[2].lower() in en.CLAUSE_BOUNDARIES for t in toks[:pronoun]):
        # (but "Noting he ...", "After she lost ...": a clause's own subject)
        return toks[pronoun:pronoun + 1]
    named = _name_after_time(toks) if first in _PREPOSITIONS else None
    if named is not None and (comma is None or comma > named + 2):
        return toks[named:]  # "On Sunday morning Mr. Lee made a third attempt ..."
    if comma is None:
        # else the adverbial or clause ends at its comma, however far
        comma = next((k for k, t in enumerate(toks) if t[2] == "," and k < len(toks) - 1), None)
        if comma is None and first in en.SUBORDINATORS and len(toks) > 1:
            # "Though most voters continue to express ...": the clause the cue is in
            # opens the sentence, its subject right after the subordinator
            comma = 0
        elif comma is None:
            return toks[pronoun:pronoun + 1] if pronoun is not None else []
    # "Citing “duties at home,” the mayor ...": past the mark a quotation closes on after the comma
    # (no space between; '' is two tokens)
    after = comma + 1
    while (after < min(len(toks) - 1, comma + 3) and toks[after][2] in _CLOSING_MARK_TOKENS
           and toks[after][0] == toks[after - 1][1]):
        after += 1
    toks = _past_place_continuation(toks[after:], comma > 0 and toks[comma - 1][2][:1].isupper())
    if toks and toks[0][2].lower() in ("which", "who", "where"):
        # "Speaking in Ohio, which votes next, Lee said": past the relative clause too
        second = next((k for k, t in enumerate(toks) if t[2] == "," and k < len(toks) - 1), None)
        toks = toks[second + 1 :] if second is not None else []
    return toks


_FRONTING_DETERMINERS = frozenset("the a an this that its their his her".split())
# a noun that heads sources at least this often may open the subject after a fronted
# adverbial's noun that seldom does ("Despite the rain | organisers said")
_FRONTED_HEAD_SHARE = 0.09
_FRONTED_NOUN_SHARE = 0.03


def _fronted_adverbial_subject(toks: list, lexicon: Lexicon) -> int | None:
    """Where the subject opens after a prepositional adverbial that opens the words
    before the cue with no comma: a preposition ("After", "Amid", "Because of"), a
    determiner and one noun, then a subject of its own of one to three words ("After
    the vote | ministers said", "Because of the strike | union leaders said", "Amid the
    protests | police said", "After the hearing | Ann Lee said"). The adverbial's noun
    seldom heads a source, or is a plural (which seldom modifies the noun after it), and
    names no person; the subject is a name in capitals or ends in a noun that heads
    sources."""
    if len(toks) < 4 or len(toks) > 8:
        return None
    first = toks[0][2].lower()
    if first in _ADJUNCT_PREPOSITIONS and first not in ("among", "through", "via", "against"):
        k = 1
    elif first in _TWO_WORD_PREPOSITIONS and toks[1][2].lower() == "of":
        k = 2
    else:
        return None
    if k + 2 >= len(toks) or toks[k][2].lower() not in _FRONTING_DETERMINERS:
        return None
    noun = toks[k + 1][2]
    subject = [t[2] for t in toks[k + 2:]]
    if not (noun.isalpha() and noun.islower()) or person_noun(noun) or not 1 <= len(subject) <= 3:
        return None
    if not all(w.isalpha() or w.replace(".", "").isalpha() for w in subject):
        return None
    if all(w[0].isupper() for w in subject):
        # a name of its own after a noun that names no one: "Despite the ruling Ann Lee said"
        # (not after a word that may open a clause, whose subject the name may close: "After
        # the billionaire Ann Lee said ..., shares fell")
        ok = (k == 2 or first not in en.CLAUSE_BOUNDARIES) and lexicon.speaker_share(noun) < _FRONTED_NOUN_SHARE
    else:
        head = subject[-1]
        ok = (len(subject) <= 2 and all(w.islower() for w in subject)
              and lexicon.speaker_share(head) >= _FRONTED_HEAD_SHARE
              and (lexicon.speaker_share(noun) < _FRONTED_NOUN_SHARE or plural(noun))
              # after a word that may open a clause, whose subject may be a compound ("After the
              # farm workers said ..., the owners met"), a singular noun the adverbial holds is
              # one that sources are known to hold seldom anywhere ("After the vote ministers said")
              and (k == 2 or first not in en.CLAUSE_BOUNDARIES or plural(noun)
                   or lexicon.source_word_share(noun) < _FRONTED_NOUN_SHARE))
    return k + 2 if ok else None


# Prepositions of two words, "X of", that open an adverbial: "Because of the strike ..."
_TWO_WORD_PREPOSITIONS = frozenset("because ahead instead regardless".split())


def _lacking_group(toks: list, i: int) -> bool:
    """Whether "without" at ``i`` says what a plural noun that opens the mention lacks:
    "Nurses without contracts said", "The families without power say" (not "Despite ..."); or
    "throughout" where they are: "Nurses throughout the county said"."""
    return toks[i][2].lower() in ("without", "throughout") and i > 0 and toks[i - 1][2].isalpha() and plural(toks[i - 1][2].lower()) and (
        i == 1 or i == 2 and toks[0][2].lower() in NOUN_MARKERS)


def leading_subject(text: str, lo: int, hi: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject that opens a sentence ("Trump attacked Clinton, saying ..."),
    after any fronted adverbial ("Meanwhile, ...", "In August, ..."). A
    dateline is no part of a sentence (:data:`attribution.layout.DATELINE`)."""
    toks = tokens(text, lo, hi)
    # "And now Mr. Lee ...": connectives that open the sentence are no part of it
    while toks and toks[0][2].lower() in en.SENTENCE_ADVERBS and len(toks) > 1 and toks[1][2] != ",":
        toks = toks[1:]
    if not toks or not _is_word(toks[0][2]):
        return None
    first = toks[0][2].lower()
    if (first in ("there", "here") and len(toks) > 1 and toks[1][2].lower() in _EXPLETIVE_VERBS
            or first.replace("’", "'") in _EXPLETIVE_CONTRACTIONS):
        return None  # "There were also emails showing ...", "That's ...": no one is named before the verb
    toks = _past_fronted(toks, lexicon)
    if len(toks) > 1 and toks[1][2] == "by" and toks[0][2].endswith("ed") and len(toks[0][2]) > 4 and not any(
            t[2] == "," for t in toks):
        # "Courted by Democrats and widely expected to run, Lee ...": a fronted passive not yet
        # closed by its comma names no subject
        return None
    # "At a rally in Ames, Iowa, on Sunday, Lee ...", "Well, if you read it, Lee ...": a second
    # adverbial or clause after the first, set off by commas, opens in lower case
    for _ in range(_MORE_FRONTED):
        if not toks or not toks[0][2].islower():
            break
        comma = next((k for k, t in enumerate(toks[:_FRONTED_WORDS]) if t[2] == "," and k < len(toks) - 1), None)
        if comma is None or not _fronted_word(toks[0][2].lower(), toks, comma, lexicon):
            break
        toks = _past_fronted(toks, lexicon)
    if not toks:
        return None
    start = end = None
    prev_low = ""
    skip_to = -1  # past a party tag in brackets
    listing = False  # after a comma in a list of names
    untied = None  # where the subject ends before a "to" after a noun of a tie ("an adviser | to the campaign")
    possessor_end = None  # where a possessor ends before the noun it opens ("Japan's | central bank")
    possessed = False  # a word taken in only as one of that noun phrase's
    for k, (s, e, w) in enumerate(toks):
        if s < skip_to:
            continue
        low = w.lower()
        if not _is_word(w):
            if start is not None and (w in ("’s", "'s", ".", "-", "&") or _possessor_token(toks, k)):
                end = e  # ("Sanders’ campaign": a plural's possessive mark)
                continue
            tag = _name_tag(text, s, end, hi) if w == "(" and start is not None else None
            if tag is not None:
                # "Sen. Ann Lee (D-Ore.) toured ...", "Vexa Inc. (NYSE: VXA) is pleased to ...": the tag is the name's
                end = skip_to = tag.end()
                continue
            if w == "," and start is not None and _listed_names(toks, k, listing):
                listing = True  # "Lee, Roe and Ray toured ...", "Lee, Roe, and their aides ..."
                prev_low = ","
                continue
            break
        joined = start is not None and (
            # "Ann Lee and her aides spent ...": two speakers joined by "and"
            low == "and" and (prev_low == "," or _coordinated(toks, k))  # ("Lee, Roe, and ...": a listed comma)
            or prev_low == "and" and (low in _OTHERS or low in _GROUP_DETERMINERS))
        # "about 50 protesters": a word that qualifies a count opens the subject
        counted = start is None and low in _NUMBER_QUALIFIERS and k + 1 < len(toks) and _number(toks[k + 1][2])
        # "The Center for Harbour Safety", "the Court of Appeals for the 3rd Circuit": one body's name
        named = low == "for" and start is not None and _named_for(toks, k)
        # "Aides to Ms. Lee are quick to", "an adviser to his campaign": the tie and its object
        # "A spokesman for the union", "lawyers for Ms. Lee": a person who works or speaks for another
        tied = start is not None and (low == "to" and prev_low in en.TIE_NOUNS
                                      or low == "for" and person_noun(prev_low)
                                      or prev_low in ("to", "for") and untied is not None and low in _DETERMINERS)
        if tied and untied is None:
            untied = end
        # a noun for people by kin or work heads the subject however seldom the table finds it in
        # one ("Lee's younger sister", "retired army officers")
        # "his campaign", "their lawyers": a possessive that opens the subject before its noun
        # (after a fronted adverbial: "On Saturday, his campaign sent ...")
        opening = start is None and low in en.POSSESSIVE_PRONOUNS and k + 1 < len(toks) and _is_word(toks[k + 1][2])
        rare = (w[0].islower() and not joined and not counted and not tied and not named and not opening
                and lexicon.rarely_in_sources(low) and not person_noun(low)
                # "The attorney general of Ohio": a title's word after its noun for people
                and not (low in _POSTPOSITIVE_TITLES and person_noun(prev_low))
                # "The opposition staged a walkout, alleging ...": a body the American table seldom saw
                # speak, right after its "the" and before a past verb it does (not "The mission is ...",
                # "opposition to the plan": a thing, a stance)
                and not (prev_low == "the" and low in en.THING_ENDING_BODIES and _past_verb_next(toks, k + 1))
                # "The central bank raised rates, saying ...": a noun for a body, after "the" and its
                # modifiers, before a past verb, heads the subject though the table seldom saw it speak
                and not (start is not None and _body_after_article(toks, start, k)))
        held = rare and start is not None and _modifiers_before_head(toks, k, lexicon)
        # "Japan's central bank": a possessor alone is no subject
        leaning = rare and start is not None and not held and _possessed_word(toks, k)
        if w[0].islower() and not joined and not counted and not tied and not named and not opening and (
                low in _STRONG_VERBS or low in _VERBISH
                or rare and not (held or leaning)
                or low in en.CLAUSE_BOUNDARIES and low != "and"
                # "Lee and Roe both campaigned", "Lee neither confirmed it nor ...": the predicate's word
                or low in ("both", "each", "all", "neither") and start is not None):
            break
        if w in en.CAPITALISED_VERB_FORMS and start is not None:
            break  # "She DMed me: “...”", "Lee Tweeted:": a verb capitalised as its brand is, no name's word
        if w[0].islower() and low.endswith("ed") and start is not None and prev_low not in _DETERMINERS:
            if not _possessed_word(toks, k):
                break  # "The mayor toured": a past tense after a noun ends the subject
            leaning = True  # "the party's presumed nominee"
        if (w[0].islower() and start is not None and low in en.IRREGULAR_PASTS and prev_low not in _DETERMINERS
                and k + 1 < len(toks) and (toks[k + 1][2].lower() in _OBJECT_OPENERS or toks[k + 1][2] in _OBJECT_QUANTIFIERS)
                and not _possessed_word(toks, k)):
            break  # "The paper ran an editorial, telling ...": an irregular past before its object ends the subject
        if (w[0].islower() and start is not None and low.endswith("s") and not low.endswith("ss")
                and k + 1 < len(toks) and (toks[k + 1][2].lower() in _OBJECT_OPENERS
                                           or toks[k + 1][2] in _OBJECT_QUANTIFIERS)):
            # "Lee spells out the plan", "Frank teases the board", "Lee devotes much of her
            # speech to": a verb in -s before its object
            break
        if (w[0].islower() and start is not None and k + 1 < len(toks) and toks[k - 1][2][:1].isupper()
                and len(low) > 5 and en.ly_adverb(low) and _past_form(toks[k + 1][2])):
            break  # "Lee sternly rebuked Roe, saying": an adverb of manner before the name's verb
        if (w[0].islower() and start is not None and low.endswith("s") and not low.endswith("ss")
                and prev_low not in _DETERMINERS and toks[k - 1][2] not in ("’s", "'s")
                and lexicon.form_prior(low) >= _VERB_IN_S_PRIOR and k + 1 < len(toks) and _is_word(toks[k + 1][2])):
            # "The mayor supports closer ties": a verb of stance in -s ends the subject, and one
            # the training text never showed in -s, weighed by its stem ("The firm denies any ...")
            break
        if start is None:
            start = s
        elif possessor_end is None and w.islower() and _possessor_token(toks, k - 1):
            possessor_end = end
        end = e
        prev_low = low
        possessed = possessed or leaning
    if possessed and possessor_end is not None and not _possessor_in_phrase(toks, start, possessor_end):
        # "Lee's remarks drew fire, prompting ...": the possessor speaks, if anyone
        end = _possessed_head_end(toks, possessor_end, end, lexicon)
    if untied is not None and start is not None and (
            _unfinished(text, start, end) or not is_speaker(text, start, end, lexicon)):
        end = untied  # the speaker is the noun of the tie: "an adviser | to his campaign"
    if start is None or _unfinished(text, start, end) or not is_speaker(text, start, end, lexicon):
        return None
    end = _placed_group_end(text, toks, start, end, lexicon)
    return start, _aside_end(text, start, end, hi, lexicon)


# Prepositions that place a group or a common noun's people ("Democrats in Congress", "officials
# at the ministry", "those over 60", "people with knowledge of the talks") and how many words
# their object may hold
_PLACING_PREPOSITIONS = frozenset("in on at from across within inside outside over with like".split())
_PLACE_WORDS = 5
_PLACED_HEADS = frozenset("people those others".split())
_PLACE_STOPS = frozenset("who whom whose which that and or but to".split())


def _placed_group_end(text: str, toks: list[tuple[int, int, str]], start: int, end: int, lexicon: Lexicon) -> int:
    """Where a leading subject headed by a common noun or a party's members
    ends with the phrase that places them, before the sentence's verb or the
    comma before the clause it starts ("Republicans on Capitol Hill | seized
    on it, saying ...", "Voters in the county, fearing ..."): ``end`` when the
    head is a name ("Lee in Iowa" is where Lee spoke), the phrase is a time or
    an occasion ("officials on Monday", "aides in a statement"), or no verb
    or comma closes its object, or the place would make the phrase another kind of source
    ("Republicans on Capitol Hill" names no outlet), save people it leaves unnamed ("People with
    knowledge of the plans")."""
    placed = _place_end(toks, end, lexicon)
    if placed == end:
        return end
    bare = kind(text, start, end, lexicon)
    return placed if kind(text, start, placed, lexicon) in (bare, "anonymous" if bare == "group" else bare) else end


def _place_end(toks: list[tuple[int, int, str]], end: int, lexicon: Lexicon) -> int:
    k = next((j for j, t in enumerate(toks) if t[0] >= end), None)
    if k is None or k == 0 or k + 1 >= len(toks) or toks[k][2] not in _PLACING_PREPOSITIONS:
        return end
    head = toks[k - 1][2]
    if not (head.isalpha() and (head.islower() or head.lower() in _PLACED_HEADS or head.lower() in en.GROUP_NAMES
                                or person_noun(head.lower()))):
        return end
    j = k + 1
    while j - k <= _PLACE_WORDS:
        if j == len(toks):  # the cue closes it
            return end if _strip_adjunct(toks, auxiliaries=False) is not None else toks[-1][1]
        w = toks[j][2]
        low = w.lower()
        closes = (w == "," and j == len(toks) - 1
                  or w.islower() and j > k + 1 and (
                      low in _STRONG_VERBS or low in _VERBISH
                      or toks[j - 1][2].lower() not in _DETERMINERS and not toks[j - 1][2].endswith(("’s", "'s")) and (
                          low.endswith("ed") or low.endswith("s") and not low.endswith("ss")
                          and lexicon.form_prior(low) >= _VERB_IN_S_PRIOR)))
        if closes:
            if j == len(toks) - 1 and w != ",":
                return end
            if _strip_adjunct(toks[:j], auxiliaries=False) is not None or toks[j - 1][2] in _PLACING_PREPOSITIONS:
                return end  # "officials on Monday", "aides in a statement": the verb's adjunct
            return toks[j - 1][1]
        if not (_is_word(w) or w in ("’s", "'s", "-", ".")) or low in _PLACE_STOPS or w.islower() and low.endswith("ing"):
            return end
        j += 1
    return end


# An aside after a leading subject closes within this many commas.
_ASIDE_COMMAS = 3


# A party tag in brackets after a name: "(D-Ore.)", "(R)", "(I-Vt.)"
_BRACKETED_PARTY = regex.compile(r"\(\s{0,2}[RDI](?:\s{0,2}[-–]\s{0,2}\p{Lu}[\p{L}.]{0,12}(?:\s\p{Lu}[\p{L}.]{0,12})?)?\s{0,2}\)")
_QUOTED_NAME = r"(?:the[^\S\n]+)?[“\"](?:the[^\S\n]+)?\p{Lu}[^\"“”()\n]{0,40}[”\"]"
# The short name a release or a filing gives a body in brackets after its full one: '("Vexa")',
# '(the "Company")', '(“Vexa” or the “Company”)'
_DEFINED_NAME = regex.compile(
    r"\([^\S\n]?" + _QUOTED_NAME + r"(?:,?[^\S\n]+(?:or|and)[^\S\n]+" + _QUOTED_NAME + r"){0,2}[^\S\n]?\)")


def _name_tag(text: str, pos: int, end: int, hi: int) -> regex.Match | None:
    """The tag in brackets at ``pos`` that belongs to the name ending at ``end``: a party's
    ("Sen. Ann Lee (D-Ore.)"), a listing's ("Vexa Inc. (NYSE: VXA)") or the short name a
    release defines ("Vexa Inc. (the "Company")"); None for any other bracket."""
    if text[end - 1].isalpha() and (party := _BRACKETED_PARTY.match(text, pos, hi)) is not None:
        return party
    if not (text[end - 1].isalnum() or text[end - 1] == "."):
        return None
    return _TICKER.match(text, pos, hi) or _DEFINED_NAME.match(text, pos, hi)
# A list of names runs to at most this many words after its first comma.
_LIST_WORDS = 10


def _listed_names(toks: list[tuple[int, int, str]], k: int, listing: bool) -> bool:
    """Whether the comma at ``k`` joins names in a list that opens a sentence:
    the word before it and every word after it up to an "and" capitalised
    (other commas allowed, "Lee, Roe, Ray and ..."), and after the "and" a
    capitalised word or a determined group ("Lee, Roe and their aides"); the
    comma of a list already ``listing`` may stand right before its "and"
    ("Lee, Roe, and ...")."""
    if k == 0 or not toks[k - 1][2][0].isupper():
        return False
    for j in range(k + 1, min(len(toks), k + 1 + _LIST_WORDS)):
        w = toks[j][2]
        if w.lower() == "and":
            if j == k + 1 and not listing or j + 1 >= len(toks):
                return False
            nxt = toks[j + 1][2]
            return nxt[0].isupper() or nxt.lower() in _OTHERS or nxt.lower() in _GROUP_DETERMINERS
        if not (w[0].isupper() or w in (",", ".", "’s", "'s", "-") or w.lower() in ("of", "de")):
            return False
    return False


def _aside_end(text: str, start: int, end: int, hi: int, lexicon: Lexicon) -> int:
    """Where a leading subject ends with the aside set off by commas after it
    ("Ann Lee, the port's director, toured ...", "Ann Lee, 54, toured ..."):
    the aside closes at a comma before the verb (a lower-case word that opens
    no noun phrase nor clause), and is read as :func:`subject` reads one
    before a cue; ``end`` when no aside follows."""
    if not text.startswith(",", end):
        return end
    comma = end
    for _ in range(_ASIDE_COMMAS):
        comma = text.find(",", comma + 1, hi)
        if comma < 0:
            return end
        after = WORD.search(text, comma + 1, hi)
        if after is None or after.start() > comma + 2:
            return end
        word = after.group()
        if word.islower() and word not in _DETERMINERS and word not in en.CLAUSE_BOUNDARIES and word not in _PREPOSITIONS:
            found = _subject(text, start, comma + 1, lexicon, strong=True)
            if found is None or found[0] != start or found[1] <= end or any(
                    w.islower() and (w in _STRONG_VERBS or lexicon.outside_sources(w))
                    for w in WORD.findall(text, end, found[1])):
                return end  # "Joe Biden, Lee said, ...": a clause of its own, no aside
            return found[1]
    return end


_BODY_RUN = 3


def _body_after_article(toks: list[tuple[int, int, str]], start: int, k: int) -> bool:
    """Whether the lower-case word at ``k`` is in a short run after a subject's opening "the"
    that a noun for a body closes right before a past verb ("The bank | raised", "the central
    bank | cut"; `default_lexicon.ORGANIZATION_WORDS`): the run is the subject's."""
    j = k - 1
    while j >= 0 and toks[j][0] > start:
        if not toks[j][2].islower() or not toks[j][2].replace("-", "").isalpha():
            return False
        j -= 1
    if j < 0 or toks[j][0] != start or toks[j][2].lower() != "the" or k - j > _BODY_RUN:
        return False
    for i in range(k, min(len(toks), j + 1 + _BODY_RUN)):
        low = toks[i][2]
        if not low.islower() or not low.replace("-", "").isalpha() or low in en.CLAUSE_BOUNDARIES:
            return False
        if low in en.ORGANIZATION_WORDS and _past_verb_next(toks, i + 1):
            return True
    return False


def _modifiers_before_head(toks: list[tuple[int, int, str]], k: int, lexicon: Lexicon) -> bool:
    """Whether the lower-case word at ``k``, after a name or a possessive, opens a
    short run of lower-case modifiers that a noun for people closes ("Obama economic
    adviser Ann Lee", "Radio talk host Tom Roe"): the run is the subject's, no verb
    phrase (not "Lee became the victim", "Lee spent Monday")."""
    before = toks[k - 1][2] if k else ""
    if not (before[:1].isupper() and _is_word(before) or before in ("’s", "'s")):
        return False
    for j in range(k, min(len(toks), k + _MODIFIER_RUN)):
        low = toks[j][2].lower()
        if (not toks[j][2].islower() or not low.replace("-", "").isalpha() or low in _PREMODIFIER_STOPS
                or low in _DETERMINERS or low in en.IRREGULAR_PASTS or low in en.CLAUSE_BOUNDARIES
                or low in en.AUXILIARIES or low in en.PRONOUNS
                or low.endswith(("ly", "ing")) or low.endswith("ed") and "-" not in low
                # a plural never read as a verb may modify ("the IT services firm"), not one in -s that
                # may be the verb ("Lee supports ...")
                or low.endswith("s") and (lexicon.form_prior(low) > 0 or low.endswith("ss"))):
            return False
        if j > k and (person_noun(low) or not lexicon.rarely_in_sources(low)
                      and lexicon.speaker_share(low) >= _HEAD_SHARE):
            return True  # "economic adviser", "talk host": a noun for people closes the run
    return False


_MODIFIER_RUN = 4


def _named_for(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the "for" at ``k`` stands inside the name of a body: after a
    capitalised word, with a capitalised noun of a body before it in the name
    ("Center", "Court of Appeals"), and a capitalised word or an ordinal after
    it, past "the" or "a" ("The Center for Harbour Safety", "the Court of
    Appeals for the 3rd Circuit"); not a person's tie ("Lee for the board")."""
    if not toks[k - 1][2][:1].isupper():
        return False
    j = k + 1
    if j < len(toks) and toks[j][2].lower() in ("the", "a"):
        j += 1
    if j >= len(toks) or not (toks[j][2][:1].isupper() or toks[j][2][:1].isdigit() and toks[j][2][-2:] in _ORDINAL_ENDS):
        return False
    for i in range(k - 1, max(k - _FOR_NAME_WORDS, 0) - 1, -1):
        w = toks[i][2]
        if w[:1].isupper() and w.lower() in en.ORGANIZATION_WORDS:
            return True
        if not (w[:1].isupper() or w in ("of", "&", ".")):
            return False
    return False


_ORDINAL_ENDS = ("st", "nd", "rd", "th")
# Words that close a title after its noun for people ("attorney general", "professor emeritus")
_POSTPOSITIVE_TITLES = frozenset(["general", "emeritus"])
# how many words before "for" a body's name may reach back for its noun
_FOR_NAME_WORDS = 4


def _possessed_word(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the lower-case word at ``k`` stands in the noun phrase a possessive
    opens, right after the possessive or after such words ("Japan's central bank
    ended ...", "the city's | largest union voted ..."): a possessor alone is no
    subject. Not a word of a verb phrase: a verb's form, an adverb, a function word."""
    for j in range(k, max(k - _MODIFIER_RUN, 0) - 1, -1):
        w = toks[j][2]
        if j < k and _possessor_token(toks, j):
            return True
        low = w.lower()
        if (not w.islower() or not low.replace("-", "").isalpha() or low in _PREMODIFIER_STOPS
                or low in _DETERMINERS or low in en.IRREGULAR_PASTS or low in en.CLAUSE_BOUNDARIES
                or low in en.AUXILIARIES or low in en.PRONOUNS or low.endswith(("ly", "ing"))
                # ("the party's presumed nominee": a participle right after the possessive)
                or low.endswith("ed") and "-" not in low and not (j == k and j and _possessor_token(toks, j - 1))):
            return False
    return False


def _possessor_in_phrase(toks: list[tuple[int, int, str]], start: int, possessor_end: int) -> bool:
    """Whether the possessor that ends at ``possessor_end`` stands in a preposition's phrase after
    the subject's head ("Fans of | Ann Lee's show", "Critics of the mayor's plan"): the head speaks,
    with all its words, not the possessor."""
    return any(start < s < possessor_end and w.lower() in _PREPOSITIONS for s, e, w in toks)


def _possessed_head_end(toks: list[tuple[int, int, str]], lo: int, hi: int, lexicon: Lexicon) -> int:
    """Where the noun phrase a possessor opens (its words from ``lo`` to ``hi``)
    ends at its last word that names people or a body that speaks ("Lee's
    aides", "Japan's central bank", "the firm's parent Tidewater"), before any
    preposition ("Lee's policy | toward Roe"); ``lo``, the possessor's end, when
    none does ("Lee's remarks", "Lee's plan to sell the pier")."""
    end = lo
    for s, e, w in toks:
        if s < lo:
            continue
        if e > hi or w in _POSSESSED_ENDS or w.lower() in en.TIME_WORDS:
            break  # ("Lee's aides hit back | Monday")
        if _is_word(w) and (not w.islower() or person_noun(w) or lexicon.speaker_share(w) >= _POSSESSED_HEAD_SHARE):
            end = e
    return end


# Words that end the head of a possessed noun phrase ("Lee's policy | toward Roe")
_POSSESSED_ENDS = _PREPOSITIONS | _TOPIC_PREPOSITIONS | frozenset("toward towards over against into under".split())
# How often a noun must head sources to stand for its possessor's people or body
_POSSESSED_HEAD_SHARE = 0.04


def _possessor_token(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the token at ``j`` ends a possessor: "Lee's", or the mark after a
    plural's "s" it is written against ("Sanders’")."""
    w = toks[j][2]
    return w.endswith(_POSSESSIVE_ENDS) or (
        w in ("’", "'") and j > 0 and toks[j - 1][1] == toks[j][0] and toks[j - 1][2].endswith("s"))


_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")
# A lower-case word that heads mentions this often (its share of all its uses) closes that run
_HEAD_SHARE = 0.05
# A lower-case word in -s that heads cues this often (its share of all its uses) is a
# verb, not a plural noun, after a subject has begun.
_VERB_IN_S_PRIOR = 0.3
_EXPLETIVE_CONTRACTIONS = frozenset("there's here's that's it's what's".split())
_EXPLETIVE_VERBS = frozenset("is are was were has have had will would could may might seems seem appear appears".split())


def _unfinished(text: str, start: int, end: int) -> bool:
    """A phrase cut before its head noun: it ends with a preposition or a
    determiner ("The killings of"), or is a determiner and a participle or a
    superlative ("The escalating", "The latest")."""
    words = [w.lower() for w in WORD.findall(text, start, end, False, CONCURRENT)]
    if not words:
        return True
    if words[-1] in _PREPOSITIONS or words[-1] in _DETERMINERS or words[-1] in ("and", "or"):
        return len(words) > 1 or words[-1] not in ("one", "two", "three", "four", "five", "both", "all", "some", "many", "most")
    return len(words) == 2 and words[0] in ("the", "a", "an") and words[1].endswith(("ing", "est"))


def antecedent(text: str, lo: int, hi: int, lexicon: Lexicon, person: bool = False) -> tuple[int, int] | None:
    """What a relative pronoun after ``hi`` stands for: the name that ends
    there ("... belong to Mayor Ruth Calloway, who"), else the subject phrase;
    ``person``: the pronoun is "who", and a deed's agent stands for it, not the
    deed ("amid a walkout by opposition members, who"). An appositive comes with
    the name it is set off after: "said Father Tom Hale, the local priest, who"."""
    found = _antecedent_phrase(text, lo, hi, lexicon, person)
    return _with_name_apposed(text, lo, found) if found is not None else None


# a name right before the comma that opens an appositive, and an age set off after the name:
# "Father Tom Hale, " or "Ann Lee, 45, " before "the local priest" (the name in group 1)
# (a particle inside it too: "Pierre de Vos, ")
_NAME_BEFORE_APPOSITIVE = regex.compile(
    r"(?<![\w’'.-])(\p{Lu}[\p{L}’'.-]*(?:[^\S\n]+(?:%s)){0,4})(?:,[^\S\n]*\d{1,3})?,[^\S\n]*\Z" % _NAME_WORD.pattern)
# the words that open an appositive describing the name before it
_DESCRIPTION_OPENERS = frozenset(["the", "a", "an"])


def _with_name_apposed(text: str, lo: int, found: tuple[int, int]) -> tuple[int, int]:
    """The appositive ``found`` with the name it is set off after, from ``lo`` on: "Father Tom
    Hale, the local priest" for "the local priest", whom a relative clause after both is said of;
    ``found`` alone when it is no description or no name stands right before it (not a word
    that opens the clause, a time or a place: "In Ohio, the mayor, who", "Dover, a port, which")."""
    first = WORD.match(text, *found)
    if first is None or first.group() not in _DESCRIPTION_OPENERS:
        return found
    name = _NAME_BEFORE_APPOSITIVE.search(text, max(lo, found[0] - _SHORT_WINDOW), found[0], concurrent=CONCURRENT)
    if name is None:
        return found
    words = list(_NAME_PART.finditer(text, *name.span(1), concurrent=CONCURRENT))
    words = words[_opening_adjunct_words([w.group().lower() for w in words]):]
    if not words or words[0].group().lower() in _NOT_NAME_OPENERS or words[0].group().lower() in en.SENTENCE_ADVERBS or any(w.group().lower().strip(".") in en.TIME_WORDS for w in words) or (
            _LEADING_THE.sub("", text[words[0].start():name.end(1)].lower()) in place_names()):
        return found
    return words[0].start(), found[1]


# the words of the run of capitalised words before an appositive
_NAME_PART = regex.compile(r"\S+")


def _opening_adjunct_words(lows: list[str]) -> int:
    """How many words open the run before a name with no comma after them, as an adverb of
    the sentence or a time does: "Meanwhile", "Today", "On Monday" in "Meanwhile Tom Roe, the
    mayor, who" (none when no word of a name is left after them)."""
    k = 0
    while k < len(lows) - 1 and (lows[k] in en.SENTENCE_ADVERBS or lows[k] in en.TIME_WORDS or (
            lows[k] in _PREPOSITIONS and lows[k + 1] in en.TIME_WORDS)):
        k += 1
    return k


def _antecedent_phrase(text: str, lo: int, hi: int, lexicon: Lexicon, person: bool) -> tuple[int, int] | None:
    """What a relative pronoun after ``hi`` stands for, as ``antecedent`` reads it, with no name
    before an appositive."""
    age = _AGE_AT_END.search(text, max(lo, hi - 8), hi)
    if age is not None and age.start() > lo:
        # "said Hamid, 62, who": the age after a name is the name's; the name and its age the antecedent
        name = antecedent(text, lo, age.start(), lexicon)
        return (name[0], hi) if name is not None else None
    phrase = None
    for lead in _EXAMPLES_LEAD.finditer(text, max(lo, hi - _SHORT_WINDOW), hi, overlapped=False, concurrent=CONCURRENT):
        # "candidates such as Ann Lee of Ohio, who", "pilots including Tom Roe, who": the clause
        # goes on the example named right before it, not on the plural it is named among
        named = _subject(text, lead.end(), hi, lexicon, strong=True)
        phrase = named if named is not None and named[0] == lead.end() else phrase
    phrase = phrase or _subject(text, lo, hi, lexicon, strong=True)
    if (contacted := _contacted(text, lo, hi, lexicon, person)) is not None:
        return contacted
    if person and (last := _PERSON_OBJECT_AT_END.search(text, max(lo, hi - _SHORT_WINDOW), hi, CONCURRENT)) is not None and (
            phrase is None or phrase[1] <= last.start(1)) and last.group(1) not in _JOINING_WORDS and (
            person_noun(last.group(3)) or person_noun(singular(last.group(3)))):
        # "His death was confirmed by his agent, who", "He met her manager, who": "who" is said of the
        # person named last, right before it, not of the clause's subject
        return last.start(2), hi
    if phrase is None and (lead := _last_agent_start(text, max(lo, hi - _SHORT_WINDOW), hi)) is not None:
        # the clause before the comma is no subject phrase: the agent of its passive ("The delay
        # was reported by Bloomberg News, which")
        named = _subject(text, lead, hi, lexicon, strong=True)
        phrase = named if named is not None and named[0] == lead and named[1] == hi else None
    if (time := _TIME_AT_END.search(text, max(lo, hi - _TIME_AT_END_REACH), hi, CONCURRENT)) is not None:
        # "praised the report in July, which": the time closes the clause, no part of what "which" stands for
        hi = time.start()
        phrase = (phrase[0], min(phrase[1], hi)) if phrase is not None and phrase[0] < hi else _subject(
            text, lo, hi, lexicon, strong=True)
    if phrase is not None and (bidding := _READER_IMPERATIVE.match(text, phrase[0], phrase[1])) is not None and (
            not text[lo:phrase[0]].strip(" \t\n\"“‘'(")):
        # "Check out the campaign website, which": the reader is bidden; what "which" stands for is the object
        phrase = bidding.end(), phrase[1]
    if phrase is None:
        return None
    if phrase[1] < hi and (obj := _object_before_relative(text, phrase[1], hi, lexicon, person)) is not None:
        return obj
    if person and _LEADING_THE.sub("", text[phrase[0]:phrase[1]].lower()) in place_names():
        return None  # "a nurse from Dover, Delaware, who": who is no state, and whom it is goes unsaid
    toks = [t for t in tokens(text, *phrase)]
    by = next((j for j, t in enumerate(toks) if t[2] == "by"), None) if person else None
    if by is not None and 0 < by < len(toks) - 1 and toks[by - 1][2].islower() and not person_noun(toks[by - 1][2]):
        # "a protest by farmers, who": the farmers (not "a spokesman by ..."), read on as a phrase of its own
        phrase, toks = (toks[by + 1][0], phrase[1]), toks[by + 1:]
    k = len(toks)
    while k > 0 and (toks[k - 1][2][:1].isupper() or toks[k - 1][2] in (".", "’s", "'s", "-")):
        k -= 1
    if 0 < k < len(toks) and toks[k - 1][2][:1].islower() and toks[k][2][:1].isupper():
        first = next((j for j, t in enumerate(toks[:k]) if t[2] in ("of", "at", "to", "for")), None)
        if first is not None and (_named_before_body([t[2] for t in toks[:first]]) or person and first > 0 and (
                person_noun(toks[first - 1][2].lower()))):
            # "said Ann Roe of Human Rights Watch, who": the person named with her body, not the body;
            # and "Tom Ash, an analyst at Carver Partners, who", "an adviser to Ann Lee, who": one by a
            # noun for people, for "who"
            return phrase
        if person and text[toks[k][0]:phrase[1]].lower() in place_names():
            return phrase  # "a professor in Egypt, who": who is the professor, no country
        if person and (placed := _placed_person(toks, k)) is not None:
            # "workers in Seattle who", "a nurse from Leeds, who": the names after "in" or "from"
            # are where the people are, whom "who" is said of, however little known the town
            return placed, phrase[1]
        return toks[k][0], phrase[1]
    return phrase


def _placed_person(toks: list, k: int) -> int | None:
    """Where the noun for people before "in" or "from" and the places after it starts (its
    determiner with it), when only those places end the tokens ``toks`` from their capitalised
    run at ``k`` back ("workers in New York, Los Angeles and Seattle", "a nurse from Leeds");
    else None."""
    j = k - 1
    while j > 0 and (toks[j][2] in _JOINING_WORDS or toks[j][2] == "," or toks[j][2][:1].isupper()):
        j -= 1  # (back over the places before the last: "New York, Los Angeles and")
    if j < 1 or toks[j][2] not in _PLACE_PREPOSITIONS or not person_noun(toks[j - 1][2].lower()):
        return None
    return toks[j - 2][0] if j > 1 and toks[j - 2][2].lower() in _DETERMINERS else toks[j - 1][0]


def _object_before_relative(text: str, verb_at: int, hi: int, lexicon: Lexicon, person: bool) -> tuple[int, int] | None:
    """The object of the subject's own verb at ``verb_at``, which the relative pronoun after ``hi``
    goes on when the subject read stopped before that verb: "Clinton released her medical records
    [in July], which" (``hi`` before the time that closes the clause); for "who", only an object
    that names a person. None when no verb in the past or present and its object end there."""
    verb = _WORD_AFTER.match(text, verb_at, hi)
    if verb is None or not (_past_form(verb.group(1)) or _present_verb(verb.group(1), lexicon)):
        return None
    obj = _subject(text, verb.end(), hi, lexicon, strong=True)
    first = WORD.match(text, obj[0], hi) if obj is not None else None
    if obj is None or obj[1] != hi or text[verb.end():obj[0]].strip() or first is None or (
            first.group() in _PREPOSITIONS or first.group() in _OBJECT_OPENERS and first.group() not in _DETERMINERS):
        return None  # ("lined up with Priebus, who": a particle and a preposition's object, no object of the verb)
    return obj if not person or kind(text, *obj, lexicon) == "person" else None


# a bidding to the reader that opens a sentence, up to its object: "Check out ", "See ", "Click here to
# read ", "Listen to " (its verb capitalised, its object opened by a determiner)
_READER_IMPERATIVE = regex.compile(
    r"(?:(?:" + "|".join(sorted(w.capitalize() for w in en.READER_IMPERATIVES)) + r")[^\S\n]+"
    r"(?:(?:out|here|at|to|on)[^\S\n]+)?(?:to[^\S\n]+[a-z]+[^\S\n]+)?)"
    r"(?=(?:the|a|an|this|these|those|our|his|her|their|its|my|your|more)[^\S\n])")


# a time adjunct that closes a clause: "in July", "on Friday", "last week", "earlier this month"
_TIME_AT_END = regex.compile(
    r"[^\S\n]+(?:(?:in|on|during|last|this|earlier|late|early)[^\S\n]+){1,2}(?:the[^\S\n]+)?"
    r"(?:" + "|".join(name.capitalize() for name in en.MONTH_NAMES + en.DAY_NAMES)
    + r"|week|month|year|weekend|morning|(?:19|20)\d\d)\Z")
_TIME_AT_END_REACH = 40


# a person's noun after a possessive, right after a word in small letters, the object of a verb
# or a preposition before a relative pronoun: "by his agent", "met her manager" (the word before it
# in group 1, the phrase in group 2, its noun in group 3)
_PERSON_OBJECT_AT_END = regex.compile(r"(?<![\w’'-])(\p{Ll}+)[^\S\n]+((?:his|her|their)[^\S\n]+(\p{Ll}+))$")
# ... but not a word that joins it to the subject: "Lee and his agent, who"
_JOINING_WORDS = frozenset("and or nor".split())


def _named_before_body(words: list[str]) -> bool:
    """Whether the words before "of" or "at" are a person's name: two to four capitalised
    words, no determiner and no body's noun ("Ann Roe", not "The Ministry", "Foreign Ministry")."""
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:2].islower() for w in words) and (
        words[0].lower() not in _DETERMINERS) and words[-1].lower() not in en.ORGANIZATION_WORDS and (
        words[-1].lower() not in en.GOVERNMENT_WORDS)


# the words that open examples named among a plural, before a relative clause's antecedent
_EXAMPLES_LEAD = regex.compile(r"\b(?:%s)[^\S\n]+(?=\S)" % "|".join(
    [*_EXAMPLE_LEADS, *(rf"{first}[^\S\n]+{second}" for first, second in _EXAMPLE_PAIRS.items())]), regex.IGNORECASE)
# the agent of a passive at the end of a clause, a relative clause's antecedent: "reported by
# Bloomberg News, which" (other prepositions' nouns are mostly modifiers of the head before them:
# "an adviser to Ann Lee, who", "a nurse from Dover, who", "ties with Lee who")
_AGENT_LEAD = regex.compile(r"(?<=\b[a-z]+(?:ed|en|wn)[^\S\n]+)by[^\S\n]+(?=\S)")


def _last_agent_start(text: str, lo: int, hi: int, lead: regex.Pattern = _AGENT_LEAD) -> int | None:
    """Where the words after the last passive's "by" in ``[lo, hi)`` start (or after the last
    match of ``lead``), None when none."""
    last = None
    for m in lead.finditer(text, lo, hi, concurrent=CONCURRENT):
        last = m.end()
    return last


# the one spoken or written to, a relative clause's antecedent at the end of the clause: "We spoke
# to a railway official, who", "Reporters reached out to the publicist, who", "wrote to the
# ministry, which" (the clause is said of whom the reporter turned to, not of the reporter)
_CONTACT_LEAD = regex.compile(
    r"\b(?:spoke|spoken|talked|wrote|written|reached[^\S\n]+out|turned|appealed|complained|replied|responded)"
    r"[^\S\n]+(?:to|with)[^\S\n]+(?=\S)")
# the kinds of one a "who" after such an object may stand for
_CONTACT_PEOPLE = frozenset(("person", "anonymous", "group"))


def _contacted(text: str, lo: int, hi: int, lexicon: Lexicon, person: bool) -> tuple[int, int] | None:
    """The one spoken or written to whose phrase ends the clause at ``hi`` ("spoke to a railway
    official, who"), for "who" only one of people; None when no such verb and object end there."""
    lead = _last_agent_start(text, max(lo, hi - _SHORT_WINDOW), hi, _CONTACT_LEAD)
    named = _subject(text, lead, hi, lexicon, strong=True) if lead is not None else None
    if named is None or named != (lead, hi) or person and kind(text, *named, lexicon) not in _CONTACT_PEOPLE:
        return None
    return named


# a person's age set off by a comma after a name: "Hamid, 62"
_AGE_AT_END = regex.compile(r",[^\S\n]*\d{1,3}[^\S\n]*$")
