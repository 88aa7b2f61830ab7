"""Source mentions: where the noun phrase that speaks starts and ends.

Shallow and lexical: a subject is read leftwards from its cue until a clause
boundary; appositives, titles, parentheticals and time adjuncts are handled
by the small tables in :mod:`attribution.default_lexicon`. What a mention is
(person, organization, outlet, ...) is read by :mod:`attribution.kinds`.
"""

from __future__ import annotations

import regex

from attribution import default_lexicon as en
from attribution.kinds import (
    AGENT_PLURALS,
    ANONYMITY_CLAUSE,
    ANONYMITY_PARTICIPLE,
    ANONYMITY_WORDS,
    ARTICLE_NAME,
    DETERMINERS,
    EXAMPLE_LEADS,
    EXAMPLE_PAIRS,
    FIGURES_OF_PEOPLE,
    GROUP_DETERMINERS,
    HEAD_PREPOSITIONS,
    INITIALS_IN_BRACKETS_END,
    ITEM_DETERMINERS,
    LEADING_THE,
    LOWER_CAMEL,
    NAME_JOINERS,
    NUMBER_QUALIFIERS,
    NUMBERS,
    ON_CONDITION,
    PEOPLE_PLACE_PREPOSITIONS,
    POSSESSIVE_MARKS,
    POSTNOMINAL_ADJECTIVES,
    POSTPOSITIVE_TITLES,
    PREPOSITIONS,
    QUANTITY_NOUNS,
    TICKER,
    TIME_DETERMINERS,
    TOPIC_PREPOSITIONS,
    UNMARKED_PLURALS,
    WHERE_PREPOSITIONS,
    WORD_CHARACTER,
    clause_last,
    control_service,
    former_name_aside,
    head_word,
    is_word,
    kind,
    lower_word_in_body_name,
    participle_form,
    participle_on_noun,
    past_form,
    people_by_part,
    plural,
    singular,
    thing_noun,
    tokens,
)
from attribution.lexicon import (
    Lexicon,
    document_noun,
    family_names,
    given_names,
    lemma,
    person_noun,
    place_names,
    title_case_word,
)
from attribution.tokens import (
    CLOSING_QUOTE_MARKS,
    CONCURRENT,
    DASHES,
    WORD,
    marked_name,
    whole_word_in,
)

_MAX_WORDS = 12


# A subject that opens where the reading may begin (the sentence's start) may run
# longer: "Large majorities of voters in six states going to the polls on Tuesday said"
_LONG_WORDS = 20


# No subject, appositives included, reaches further back from its cue than this.
_LOOKBACK = 400


# Adjuncts before a verb are a few words long: look no further back than this.
_ADJUNCT_WINDOW = 60

# The date a weekday stands for, in brackets right after the day (and its part), as Singapore's
# papers write it: "on Tuesday (May 7)", "on Thursday (Jun 6)", "on Friday night (7 June)"; after
# the subject it goes with the day's adjunct ("Mr Lee on Tuesday (May 7) said"), after the cue
# too (`clauses`)
_MONTH_NAMES = "|".join(en.MONTH_NAMES) + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
DAY_DATE = (r"(?<=(?i:" + "|".join(en.DAY_NAMES) + r")(?:\s+(?:morning|night|afternoon|evening))?)\s*\((?i:"
            + r"(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}|\d{1,2}\s+(?:" + _MONTH_NAMES + r"))\)")
_DAY_DATE_END = regex.compile(DAY_DATE + r"\Z")


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


# the prepositions that place a person named before them: "workers in Seattle", "a nurse from Leeds"
_PLACE_PREPOSITIONS = frozenset(["in", "from"])


# Prepositions that open an adverbial, not a description: "Ann Lee, after the vote, said"
_ADJUNCT_PREPOSITIONS = frozenset(
    "after before during since despite amid following throughout until upon without among against through via".split()
)


# Words before an "-ing" word that make it a noun, as a possessive does: "another ranking", "Thursday’s meeting"
NOUN_MARKERS = DETERMINERS | frozenset("another every no".split())


_MODALS = frozenset("will may can could would should must might shall".split())


# Quantifiers that stand alone for a group of people: "Several said", "Many say"
QUANTIFIER_PRONOUNS = frozenset("several many some most both few none neither".split())


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
        if text[end - 1] == ")" and (dated := _DAY_DATE_END.search(text, window, end, CONCURRENT)) is not None:
            end = dated.start()  # "Mr Lee on Tuesday (May 7) | said": the day's date, then the day
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
        if stripped is None and toks and _LATER_AHEAD.match(text, end, end + 12, CONCURRENT):
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
    r", (?:" + "|".join(regex.escape(p) for p in en.PARENTHETICALS) + r"),?\Z", regex.IGNORECASE | regex.REVERSE
)


# A verb of beginning, going on or stopping before a cue in "-ing" ("kept talking about",
# "took turns urging"): the cue's, no part of its subject
ASPECT_VERBS = frozenset(
    "keep keeps kept start starts started begin begins began continue continues continued stop stops stopped".split())


# and a participle of being caught in the act, seen or heard, before it ("was caught bragging
# about", "Aide Overheard Saying", "filmed on camera mocking"): a passive of whom the act was
# caught on, no part of the subject, in any case as a title-case headline writes it
PERCEIVED_PARTICIPLES = frozenset(
    "caught seen spotted filmed overheard heard recorded pictured photographed videotaped taped shown".split())


# (and the medium it was caught on: "caught on tape saying", "Caught On Hot Mic Mocking"; its
# spaces within the line, as the patterns that take it in keep to one paragraph)
CAUGHT_ON = r"(?:[^\S\n]+on[^\S\n]+(?:a[^\S\n]+)?(?:hot[^\S\n]+)?(?:tape|camera|video|film|mic|microphone))?"
_ASPECT_END = regex.compile(
    r"(?i)\s(?:" + "|".join(sorted(ASPECT_VERBS)) + r"|(?:take|takes|took|taking)\s+turns"
    r"|(?:" + "|".join(sorted(PERCEIVED_PARTICIPLES)) + r")" + CAUGHT_ON + r")\s*\Z")


_ING_AHEAD = regex.compile(r"\s*[A-Za-z][a-z]+ing\b")


_ASPECT_REACH = 32  # (the longest: " overheard on a hot microphone")
_ING_WINDOW = 40  # (a bounded match: the pattern would otherwise seek "ing" to the text's end)


def _before_aspect(text: str, start: int, end: int) -> int:
    """``end`` moved before a verb of aspect that stands right before a cue in "-ing"."""
    if _ING_AHEAD.match(text, end, end + _ING_WINDOW, CONCURRENT):
        aspect = _ASPECT_END.search(text, max(start, end - _ASPECT_REACH), end)
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
    held = _held_occasion_start(toks)
    if held is not None:
        return held
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
            if n > 2 and words[0] in _BODY_NAME_PREPOSITIONS and before[:1].isupper() and before.lower() in en.ORGANIZATION_WORDS and (
                    toks[-n + 1][2][:1].isupper()):
                # "The Standing Committee on Finance on Monday said": the preposition and its word in
                # capitals end the body's name, and only the shorter time after them is the verb's
                continue
            if (document_noun(before) and not (n == 2 and words[0] == "on" and words[1] in en.DAY_NAMES)
                    or before in _PUBLISHED):
                # "a poll last week found", "a report released on Monday says": the time names the
                # document (but "the Kyiv Post on Monday said": a name's word, capitalised; and "the
                # report on Monday said": a day after "on" is the verb's)
                continue
            if words[0] in en.ADJUNCT_HEADS and (
                words[-1] in en.TIME_WORDS or words[-1].isdigit() or (words[0] == "in" and words[1] in ("a", "an")
                                                                       # (not "in a move | critics say": a clause with no "that")
                                                                       and not _bare_plural_after_one(toks, len(toks) - n + 1, len(toks) - 1)
                                                                       # (nor "confirmed it in a statement | but did not say":
                                                                       # a conjunction closes the clause the phrase was in)
                                                                       and words[-1] not in en.CLAUSE_BOUNDARIES)
                or (words[1] in en.POSSESSIVE_PRONOUNS and words[-1] in _OCCASION_NOUNS)  # "in his speech"
                # "writes Lee in the book" after a name (but "the woman in the video": where she is seen;
                # "Entries in the diary", a sentence's first word: a text of it, no writer)
                or (words[1] == "the" and words[-1] in _OCCASION_NOUNS and before[:1].isupper() and is_word(before)
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


# the prepositions inside a body's name before its field ("the Committee on Finance", "the
# Commission for Women")
_BODY_NAME_PREPOSITIONS = frozenset(["on", "for"])


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
    if not is_word(before) or low in _DAY_NAME_WORDS or low in en.TIME_WORDS or low in _TIME_MODIFIERS:
        return False
    if document_noun(low) or low in _PUBLISHED or low in _OCCASION_NOUNS or low in EVENT_NOUNS:
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
        if word == "during" or word == "at" and toks[-1][2].lower() in EVENT_NOUNS:
            before = toks[k - 1][2] if k else ""
            # ("said the captain at the presentation": a post after "the" is a speaker's whole mention)
            post = k == 2 and toks[0][2].lower() == "the" and before.lower() in en.PERSON_NOUNS
            return toks[k][0] if (before[:1].isupper() and is_word(before) or before == ")" or post) and _bare(
                toks, k) else None
        if not is_word(word) or word.lower() in en.CLAUSE_BOUNDARIES:
            return None
    return None


# how many words "held" and the time after an event may take at most ("held on January 20, 2025")
_HELD_TIME_WORDS = 7


def _held_occasion_start(toks: list[tuple[int, int, str]]) -> int | None:
    """Where a possessed event with the time it was held after it starts at the end of
    ``toks`` ("The board at its meeting held on Friday | approved", "the board at its meeting
    held today"): the verb's, as "at its meeting" is; None for any other."""
    for k in range(len(toks) - 2, max(1, len(toks) - _HELD_TIME_WORDS) - 1, -1):
        if toks[k][2] == "held" and toks[k - 1][2].lower() in EVENT_NOUNS:
            return _possessed_occasion_start(toks[:k])
    return None


def _possessed_occasion_start(toks: list[tuple[int, int, str]]) -> int | None:
    """Where a preposition, a possessive pronoun and the occasion it names start at the end
    of ``toks``, however many words name the occasion ("in his final State of the Union
    address", "at their annual party conference"): the verb's, as "in his speech" is; None
    when a comma or a clause's boundary stands in it, or nothing stands before it."""
    if not toks:
        return None
    if toks[-1][2].lower() not in _OCCASION_NOUNS and toks[-1][2].lower() not in EVENT_NOUNS:
        return None
    for k in range(len(toks) - 2, max(1, len(toks) - _OCCASION_WORDS) - 1, -1):
        word = toks[k][2]
        if not is_word(word) or word.lower() in en.CLAUSE_BOUNDARIES:
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
EVENT_NOUNS = frozenset(
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
    if toks and toks[0][2][0].isupper() and toks[0][2].lower() in _OPENING_PREPOSITIONS and not _named_by_preposition(toks):
        if len(toks) == 1 or not is_word(toks[1][2]):
            return None
        toks = toks[1:]
        start = toks[0][0]
    if len(toks) > 2 and toks[0][2] in ("like", "including") or len(toks) > 3 and toks[0][2] == "such" and toks[1][2] == "as":
        # "Others, like Devon James, 22, said": the walk from the age's comma stopped inside the
        # example that the words before it give; the mention is the example's name
        toks = toks[2:] if toks[0][2] == "such" else toks[1:]
        start = toks[0][0]
    if len(toks) > 1 and toks[0][2].lower() == "let" and WORD_CHARACTER.match(toks[1][2]):
        # "Let me say ...", "let voters decide": the imperative is the clause's, the one it lets speak the mention
        toks = toks[1:]
        start = toks[0][0]
    elif len(toks) > 2 and toks[0][2].lower() in _IMPRESSION_VERBS and toks[1][2].lower() == "like" and WORD_CHARACTER.match(toks[2][2]):
        # "Looks like someone told him ...": the impression is the clause's, not the mention's
        toks = toks[2:]
        start = toks[0][0]
    k = 0
    while k < len(toks) - 1 and toks[k][2].lower() in _FOCUS_ADVERBS and is_word(toks[k + 1][2]):
        k += 1
    n = len(toks)
    while n - 1 > k and (toks[n - 1][2].lower() in _TRAILING_ADVERBS and (is_word(toks[n - 2][2]) or toks[n - 2][2] == ")")
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
# (pictured) said", "(left)", "(pictured above)", "(inset)", "(file photo)", "(file)", "(second right)"
_PICTURE_MARK = regex.compile(
    r"\(\s?(?:pictured(?:\s(?:left|right|centre|center|above|below|top|bottom|inset|here|in\s\d{4}))?"
    r"|(?:far\s|second\s|second\sfrom\s|top\s|bottom\s)?(?:left|right)|centre|center|inset|above|below|top|bottom"
    r"|main(?:\s(?:picture|photo|image))?|(?:file|stock)(?:\s(?:photo|picture|image))?)\s?\)",
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


def _inserted_after(word: str) -> bool:
    """Whether an editor's insertion in square brackets after ``word`` adds to a mention of a
    speaker ("The mayor [Roe]", "He [Roe]", "the spokesman [for the mayor]"), not a name that
    stands in for a pronoun after a noun of no speaker ("Everything [Lee] said")."""
    low = word.lower()
    return person_noun(low) or plural(low) and person_noun(singular(low)) or low in en.SUBJECT_PRONOUNS


def _unmatched_brackets_off(text: str, start: int, end: int) -> tuple[int, int]:
    """A mention without an opening bracket at its start that it never closes ("(The
    union said ...": the aside opens before the mention), nor the words before one inside
    it that it never closes ("Lee left (Roe declined ...": the aside opens inside the
    sentence, before the mention), nor a closing one at its end that it never opened ("a
    party activist) said")."""
    for opening, closing in _OPEN_TO_CLOSE.items():
        if (inner := text.rfind(opening, start + 1, end - 1)) > start and text.find(closing, inner, end) < 0:
            start = inner
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


# The prepositions of place or manner that open a body's name ("Beyond Blue", "Under Armour",
# "Across Borders", "Within Reach"), not one of time or circumstance, nor "like"
_NAME_PREPOSITIONS = frozenset("beyond under within across around".split())
_PREPOSITION_NAME_WORDS = 3


def _named_by_preposition(toks: list[tuple[int, int, str]]) -> bool:
    """Whether a mention that a capitalised preposition opens is a name that holds it: the
    preposition then capitalised words only, none a time nor initials ("Beyond Blue", "Under
    Armour"; not "Within January Lee", "Across BLM")."""
    rest = toks[1:]
    return (toks[0][2].lower() in _NAME_PREPOSITIONS and 0 < len(rest) <= _PREPOSITION_NAME_WORDS
            and all(is_word(t[2]) and t[2][0].isupper() and not t[2].isupper() and t[2].lower() not in en.TIME_WORDS
                    for t in rest))


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


def _is_speaker(text: str, lexicon: Lexicon, strong: bool) -> bool:
    start, end = 0, len(text)
    toks = [t for t in tokens(text, start, end) if is_word(t[2])]
    if not toks:
        return False
    words = [t[2] for t in toks]
    last = words[-1].lower()
    if len(words) == 1 and last in en.PRONOUNS or words[-1] in en.OUTLET_LOWER_CASE_NAMES:
        return True  # (and an outlet that writes its name in lower case: "dpa reported", "the i reported")
    if strong and len(words) > 1 and words[0].lower() in DETERMINERS | {"whose"} and last not in DETERMINERS:
        return True
    if strong and len(words) == 1 and last.endswith("s") and last.isalpha() and last not in DETERMINERS:
        return True  # a bare plural: "teachers added"
    if len(words) == 1 and last in QUANTIFIER_PRONOUNS:
        return True  # "Several said ...", "but few believe ...": a quantifier that stands for people
    if strong and _counted(words):
        return True  # "nine in 10 said", "46 percent of voters said", "at least 21,000 said"
    if strong and len(words) == 2 and words[0].lower() in _COUNTED_GROUP_LEADS and words[1].lower() in NUMBERS:
        return True  # "“...,” the two said", "all three wrote": a number that stands for people already named
    if words[0].isdigit() and ("%" in text[start:end] or "percent" in (w.lower() for w in words)):
        return True  # "42% say ...": a share of those polled
    if len(words) > 1 and words[0] in _DIRECTION_ADVERBS:
        return False  # "after being sent | home from Leeds": where a verb before sent someone, no speaker
    if len(words) == 1 and last in en.BIDDING_ONLY_IMPERATIVES:
        return False  # "Send your CV with a letter telling us why": the reader is bidden, no one speaks
    if any(w[0].isupper() or LOWER_CAMEL.fullmatch(w, None, None, CONCURRENT) or ARTICLE_NAME.match(w, None, None, CONCURRENT) for w in words) and not (
            len(words) == 1 and last in DETERMINERS):
        # (a brand's name in camel case after a lower-case opening is a name too: "easyJet", "eBay";
        # and so is one after the Arabic article: "al-Sudani")
        return True
    head = head_word(words)
    if lexicon.speaker_share(head) >= 0.02:
        return True
    if len(words) > 1 and words[0].lower() in DETERMINERS and head.lower() in en.SPEAKING_BODY_NOUNS:
        return True  # "the opposition alleged fraud", "the junta claimed": a side or body the mined tables never saw speak
    if len(words) > 1 and any(w.lower() in _PAST_ROLES for w in words[:-1]):
        return True  # "Lee will back Roe, former rival says": a noun a past role marks is a person's
    if strong and plural(head) and words[0][0].islower():
        return True  # "majorities in all five say", "lobbyists and former foes say": people in the plural
    if strong and head.endswith(AGENT_PLURALS) and len(head) > 5:
        return True  # "other prominent bundlers in both parties said": people named by what they do
    if control_service([w.lower() for w in words[-2:]]):
        return True  # "air traffic control said": a public service by what it watches over
    return document_noun(head) or head in en.UNNAMED_NOUNS or head in en.OUTLET_NOUNS


# Adverbs of where to, in lower case, that a verb of moving takes before its place ("sent home from
# Leeds", "flew back from Spain"): no noun a mention opens with
_DIRECTION_ADVERBS = frozenset("home back away abroad overseas".split())


def premodifier(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word before a noun can modify it ("recent polls",
    "staff members", "full-screen graphics"): no function word, adverb, or verb form."""
    low = word.lower()
    return (word.islower() and word.replace("-", "").isalpha() and len(low) > 2
            and low not in _PREMODIFIER_STOPS and low not in en.PRONOUNS and low not in en.OBJECT_PRONOUNS
            and low not in en.CLAUSE_BOUNDARIES and low not in en.AUXILIARIES
            and not low.endswith(("ly", "ed", "ing")) and not lexicon.rarely_in_sources(low))


_PREMODIFIER_STOPS = _VERBISH | PREPOSITIONS | _CLAUSE_LEADS | _ADJUNCT_PREPOSITIONS | frozenset(
    "than as not also very too only just even about like who which whose what how why where when".split())


# determiners before a number word alone that stands for people ("the two", "all three")
_COUNTED_GROUP_LEADS = frozenset("the all these those".split())


def _counted(words: list[str]) -> bool:
    """Whether a phrase opens with a number, after any words that qualify it."""
    k = 0
    while k < len(words) - 1 and words[k].lower() in NUMBER_QUALIFIERS:
        k += 1
    first = words[k].lower()
    # a fraction in words counts as a number does: "two-thirds say", "three-quarters of voters"
    return first[0].isdigit() or first in NUMBERS or first.partition("-")[0] in NUMBERS or words[0].lower() == "about"


_COMPARATIVES = frozenset("more less fewer".split())


_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "ee", "ees", "ant", "ants", "ent", "ents")


def can_report(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a mention can be the speaker of a relayed report: a speaker by
    :func:`is_speaker`, or a noun of agency ("the soldier", "the analysts")."""
    if is_speaker(text, start, end, lexicon):
        return True
    words = [t[2] for t in tokens(text, start, end) if is_word(t[2])]
    head = head_word(words) if words else ""
    return head.endswith(_AGENT_SUFFIXES) and not head.endswith(("ment", "ments"))


# the prepositions the adjectives that follow a noun take: "people aware of the talks"
_POSTNOMINAL_PREPOSITIONS = frozenset(["of", "with", "to"])


def _modifies_possessor(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` stands between a determiner and a noun that owns
    the mention's head: "the fire marshal's office", "a park ranger's report" (no verb stands
    right after a determiner, nor before a possessor)."""
    return 0 < i and i + 2 < len(toks) and toks[i - 1][2].lower() in _MODIFIED_DETERMINERS and (
        toks[i + 1][2].islower()) and toks[i + 1][2].endswith(POSSESSIVE_MARKS) and is_word(toks[i + 2][2])


def _postnominal_adjective(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` is an adjective after a noun that
    takes the preposition after it: "people aware of the matter said" (not
    "Lee is aware of it", where a verb stands before it)."""
    low = toks[i][2].lower()
    if low not in POSTNOMINAL_ADJECTIVES or i == 0 or i + 1 >= len(toks):
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
            and modifier.lower() not in PREPOSITIONS):
        return False
    before = toks[i - 2][2]
    return before.lower() in NOUN_MARKERS and before.lower() != "that" or before.endswith(("’s", "'s"))


# the prepositions after a text's noun that name what it is of or who made it: "the minutes | of
# the meeting", "a request | by the BBC", "a letter | from the bishop"
_DOCUMENT_PREPOSITIONS = frozenset("of by from".split())
# how many words in capitals may stand between the determiner and the text's noun: "A Freedom
# of Information request" (the joiners of a name among them)
_DOCUMENT_NAME_WORDS = 4


def _determined_document_of(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` is a noun of a text or record between a determiner
    and "of", "by" or "from": "The minutes of the meeting showed", "the results of
    the audit found", "A request by the BBC revealed" (no verb stands right after "the";
    "that" may open a relative clause). A name in capitals may stand between, with its
    joiners ("A Freedom of Information request by the BBC"), or one bare noun in lower
    case ("A records request by the AP")."""
    if not (0 < i < len(toks) - 1 and document_noun(toks[i][2].lower()) and toks[i + 1][2].lower() in _DOCUMENT_PREPOSITIONS):
        return False
    k = i - 1
    if toks[i + 1][2].lower() != "of":
        if k > 0 and toks[k][2].isalpha() and toks[k][2].islower() and toks[k][2] not in NOUN_MARKERS and (
                plural(toks[k][2]) and document_noun(toks[k][2])):
            k -= 1  # "a records request by": a bare noun of records before it
        least = k - _DOCUMENT_NAME_WORDS
        while k > max(0, least) and is_word(toks[k][2]) and toks[k][2].lower() not in NOUN_MARKERS and (
                toks[k][2][:1].isupper() or toks[k][2] in NAME_JOINERS and toks[k - 1][2][:1].isupper()):
            k -= 1
    return toks[k][2].lower() in NOUN_MARKERS and toks[k][2].lower() != "that"


# prepositions after a noun whose object may open with a bare word ("to" opens infinitives too)
_OBJECT_PREPOSITIONS = (PREPOSITIONS - {"to"}) | frozenset(["into"])


# two words that count a preposition's object before its number: "of at least six", "of more than 40"
_COUNT_OPENERS = frozenset({("at", "least"), ("at", "most"), ("more", "than"), ("fewer", "than"), ("less", "than"),
                            ("up", "to")})
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
    if toks[i][2] != "by" and i > 3:
        # and after the participle's agent, a name of a few words: "Data obtained by the Times | through a
        # request" (the agent's "by" read as the participle's preposition)
        by = next((k for k in range(i - 1, max(1, i - _AGENT_WORDS - 2), -1) if toks[k][2] == "by"), None)
        if by is not None and all(is_word(t[2]) and (t[2][:1].isupper() or t[2] == "the") for t in toks[by + 1:i]):
            i = by
    before = toks[i - 1][2] if i > 1 else ""
    return before.islower() and (before.endswith("ed") or before in en.IRREGULAR_PARTICIPLES) and document_noun(toks[i - 2][2].lower())


# how many words the name of a text participle's agent may hold: "obtained by the Associated Press"
_AGENT_WORDS = 4


def _preposition_object(toks: list[tuple[int, int, str]], i: int, *, determined: bool = False) -> bool:
    """Whether the lower-case word at ``i`` is one of the first bare words of a preposition's
    object right after a noun's preposition: "Campaigners for equal marriage said", "An inquiry
    into child sexual abuse found" (no verb stands right after "for" or "into", nor after its
    object's first bare word); when ``determined``, the object may open with an article:
    "Leaders of the nearby churches"."""
    if not (1 < i < len(toks) - 1 and toks[i][2].islower()):
        return False
    at = i - 1
    reach = i - _OBJECT_BARE_WORDS
    while at > reach and at > 1:
        if at > 2 and (toks[at - 1][2], toks[at][2]) in _COUNT_OPENERS:
            # "Residents of at least six housing societies said", "Leaders of more than 40 unions said":
            # the pair counts the object, no preposition nor clause of its own
            at -= 2
            reach -= 2
            continue
        if toks[at][2].replace(",", "").isdigit() or toks[at][2] in NUMBERS:
            at -= 1  # "Residents of 20 housing estates said", "of three housing estates": the object's number
            continue
        if not (toks[at][2] not in _PARTICIPLE_PREPOSITIONS and toks[at][2].isalpha() and (
                toks[at][2].islower() and toks[at][2] not in _NOT_HEADS and toks[at][2] not in en.CLAUSE_BOUNDARIES)):
            break
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
    if not (head.isalpha() and (document_noun(head.lower()) or people_by_part(head))):
        return False
    k = at - 2  # the head opens its phrase, after a determiner and an adjective at most
    if k >= 0 and toks[k][2].islower() and toks[k][2] not in NOUN_MARKERS and is_word(toks[k][2]):
        k -= 1
    return k < 0 or not is_word(toks[k][2]) or toks[k][2].lower() in NOUN_MARKERS


# words before an adjective that make it a predicate, not a noun's modifier
_NOT_NOUNS_BEFORE_ADJECTIVE = frozenset(
    "is are was were be been being am not well very fully so too more most less as also all only become became".split()
)


# the prepositions "due" takes after its noun, of where or when one is expected
_DUE_PREPOSITIONS = frozenset("in at on before for back".split())


def subject(text: str, lo: int, hi: int, lexicon: Lexicon, *, strong: bool = False) -> tuple[int, int] | None:
    """The subject phrase that ends at ``hi`` (after adjuncts are stripped),
    read leftwards no further than ``lo``; None when there is none."""
    found = _subject(text, lo, hi, lexicon, strong=strong)
    if found is not None and field_item(text, *found):
        return None
    if found is not None and text[found[0]] in _DAY_INITIALS and _DAY_THEN_PREPOSITION.match(text, found[0], found[1]):
        return None  # "said Wednesday in remarks prepared for ...": the day of the cue before it, no speaker
    if found is not None and (heard := _HEARD_BY_BODY.search(text, found[0], found[1], CONCURRENT)) is not None and (
            heard.end() < found[1] and _RELATIVE_WORD.search(text, found[0], heard.start(), CONCURRENT) is None):
        # "The court heard Lee told police ...": what heard the evidence is no part of the teller's mention
        found = heard.end(), found[1]
    if found is not None and text[found[0]].islower():
        return _name_before_open_appositive(text, lo, found, lexicon) or found
    if found is not None and found[0] - 2 > lo and text[found[0] - 1].isspace() and text[found[0] - 2].islower() and (
            text[text.rfind(" ", lo, found[0] - 1) + 1:found[0] - 1] in _OUTLET_NAME_JOINER_WORDS):
        return _joined_outlet_name(text, lo, found, lexicon)  # (only after such a small word: no search else)
    return found

# a day's name and a preposition after it opening a phrase read back from a verb: "(said) Wednesday
# in remarks | prepared": the time and place of a cue before it, never a subject
_DAY_INITIALS = frozenset(d[0].upper() for d in en.DAY_NAMES)
_DAY_THEN_PREPOSITION = regex.compile(
    r"(?:" + "|".join(d.capitalize() for d in en.DAY_NAMES) + r")[^\S\n]+(?:in|at|on|during|before|after|to)(?![\w’'-])")

# the small words of other tongues that join the words of an outlet's name (en.OUTLET_NAME_JOINERS)
_OUTLET_NAME_JOINERS = "|".join(sorted(en.OUTLET_NAME_JOINERS))
_OUTLET_NAME_JOINER_WORDS = en.OUTLET_NAME_JOINERS

# the words in capitals and the small word of another language that join an outlet's name, right
# before the last word the walk took: "Bild am | Sonntag", "Corriere della | Sera", "Le Journal du | Dimanche"
_OUTLET_JOINED_BEFORE = regex.compile(
    r"(?<![\w’'-])((?:\p{Lu}[\w’'-]*[^\S\n]+){1,3})(?:" + _OUTLET_NAME_JOINERS + r")[^\S\n]+\Z")

# how far before the walk's start those words may begin
_OUTLET_JOINED_REACH = 60


def _joined_outlet_name(text: str, lo: int, found: tuple[int, int], lexicon: Lexicon) -> tuple[int, int]:
    """``found`` with the words before it that make with it an outlet's name the table holds
    whole, joined by a small word in lower case the walk stops at ("Bild am Sonntag
    reported": not "Sonntag"); ``found`` itself when there are none."""
    m = _OUTLET_JOINED_BEFORE.search(text, max(lo, found[0] - _OUTLET_JOINED_REACH), found[0])
    if m is None:
        return found
    for w in WORD.finditer(text, m.start(1), m.end(1)):
        if text[w.start()].isupper() and _whole_outlet_name(text[w.start():found[1]], lexicon):
            return w.start(), found[1]
    return found


# a sentence adverb set off by commas, the mention's closing comma first (", however,")
_PARENTHETICAL_AFTER = regex.compile(
    r", (?:" + "|".join(regex.escape(p) for p in en.PARENTHETICALS) + r"),", regex.IGNORECASE)
_PARENTHETICAL_REACH = 24

# a conjunction that opens a clause after a comma: ", but", ", and", ", yet"
_CONJUNCTION_AFTER_COMMA = regex.compile(r"\s*(?:and|but|or|yet|so|while|whereas|though|although)\b")


def _subject(text: str, lo: int, hi: int, lexicon: Lexicon, *, strong: bool = False) -> tuple[int, int] | None:
    # both readings strip the same adjuncts from the same end: strip them once
    lo = max(lo, hi - _LOOKBACK)
    end = strip_adjuncts_right(text, lo, hi)
    found = None
    if end < hi and _PARENTHETICAL_AFTER.match(text, end, min(hi, end + _PARENTHETICAL_REACH), CONCURRENT) is not None and (
            (comma := text.rfind(",", lo, end)) >= 0) and not _CONJUNCTION_AFTER_COMMA.match(text, comma + 1, end):
        # "The leader, Hon. Ann Obi, however, said", "Ann Lee, 54, for her part, said": a sentence
        # adverb set off by commas after a mention with an aside; the mention is read with its
        # closing comma, as where no adverb stands between it and the cue (not when a conjunction
        # opens a clause of its own after that comma: "The board met, but Lee, too, said")
        found = _walked_stripped(text, lo, end + 1, lexicon, strong)
    if found is None:
        found = _walked_stripped(text, lo, end, lexicon, strong)
    if found is None and strong:  # after a sure cue only: "Activists trying to block it say"
        found = _relative_stripped(text, lo, end, lexicon, strong)
    if found is not None and end < hi and found[1] >= end - 1:
        titled = sunday_title(text, found, hi, lexicon)
        if titled != found:
            return titled  # "The Mail on Sunday reported": its Sunday edition, no day
        found = found[0], _with_clause_time(text, found, hi)
    return found


# a body that hears evidence and its verb, with no "that" after it, inside a subject read back from a
# verb: "The court heard | Lee told police", "Jurors have heard | the driver admitted" (not after a
# relative word: "Residents who heard the blast said")
_HEARD_BY_BODY = regex.compile(
    r"\b(?:court|jury|jurors|inquest|tribunal|hearing|trial|magistrates|Bailey)[^\S\n]+(?:(?:has|have|had)[^\S\n]+)?heard[^\S\n]+",
    regex.IGNORECASE)


# "on Sunday" after a paper's name may finish the name of its Sunday edition: "told the Mail on
# Sunday" (not "told Reuters on Sunday", a day)
_ON_SUNDAY = regex.compile(r"[^\S\n]+on[^\S\n]+Sunday\b")

# "and" and a capitalised word after a paper's name may finish a name that holds it: "told The
# Globe | and Mail", "the Mail | and Guardian" (not "told Reuters and CNN": two outlets); so may
# the small words of other tongues that join a paper's name ("told Bild | am Sonntag", "told
# Corriere | della Sera") and a preposition ("told Notes | from Poland"), as the table holds the
# whole name
_AND_NAME_WORD = regex.compile(
    r"[^\S\n]+(?:and|&|from|of|" + _OUTLET_NAME_JOINERS + r")[^\S\n]+\p{Lu}[\w’'-]*(?![\w’'-])")


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
    if (day := _DAY_THEN_PART.search(text, span[0], min(limit, span[1] + _DAY_PART_CHARS), CONCURRENT)) is not None and day.end(1) == span[1]:
        return span[0], day.start()
    if (joined := _AND_NAME_WORD.match(text, span[1], limit, CONCURRENT)) is not None and _whole_outlet_name(
            text[span[0]:joined.end()], lexicon):
        return span[0], joined.end()  # "The Globe and Mail": the table holds the name with its "and"
    m = _ON_SUNDAY.match(text, span[1], limit, CONCURRENT)
    # (a name's last word is capitalised: not "told state television on Sunday", a day; and an
    # owner's show is no paper's edition: "told CBS' Face the Nation on Sunday", a day too)
    last = text[span[0]:span[1]].rsplit(None, 1)[-1:]
    if m is not None and last and last[0][:1].isupper() and _OWNER_INSIDE.search(text, *span) is None and kind(
            text, span[0], m.end(), lexicon) == "outlet":
        return span[0], m.end()
    return span


def _whole_outlet_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name``, with any "the" before it, is an outlet's name the table holds whole."""
    low = " ".join(name.split()).lower()
    return low.removeprefix("the ") in lexicon.outlet_names


def _with_clause_time(text: str, found: tuple[int, int], hi: int) -> int:
    """Where a subject ends that holds a clause of its own, a relative clause or a
    participle after its noun, with the time that closes that clause, which
    stripping read as the main verb's: "Pilots who flew the route last year
    say", "A report released by the trust last year estimated" (annotators
    keep such a time with the clause; "The mayor on Thursday said" has none)."""
    if _CLAUSE_IN_MENTION.search(text, found[0], found[1], CONCURRENT) is None and not ends_in_stranded_preposition(text, *found):
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
_CLAUSE_IN_MENTION = regex.compile(r"\b(?:who|that|which|whom)\b|(?<=\w[^\S\n]+)(?:[a-z]{3,}ed|"
                                   + "|".join(sorted(en.IRREGULAR_PARTICIPLES)) + r")\b")


# Auxiliaries and adverbs between a subject's time and its verb: "... last year has publicly"
_AUXILIARY_TAIL = regex.compile(
    r"(?:[^\S\n]+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|does|did|do"
    r"|also|now|still|just|already|not|never|[a-z]+ly))+[^\S\n]*\Z")


# The opening comma of an appositive the walk stopped at: ", the chairman of the board"
_COMMA_BEFORE = regex.compile(r",\s*\Z")


# What may stand before a name that opens a clause: nothing, or a quotation's close ("“...,” Ann Lee, ...")
_AFTER_QUOTATION = regex.compile(r"(?:[”\"]|,[”\"]|'')\s*\Z")


_NOT_NAME_OPENERS = PREPOSITIONS | _ADJUNCT_PREPOSITIONS | en.CLAUSE_BOUNDARIES | frozenset(["like", "unlike"])


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
_FLOATING_QUANTIFIER = regex.compile(r"(?:,|[" + DASHES + r"]|\s-{1,2})\s{1,3}(both|all|each)\Z")


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
        if low in _NAMES_JOINED and 0 < k < len(toks) - 1 and toks[k - 1][2][:1].isupper() and toks[k + 1][2][:1].isupper():
            continue  # "who backed Roe and Lee": names joined inside the clause
        if not is_word(w) or low in ("and", "but", "or") or low in _VERBISH and k == len(toks) - 1:
            return None  # punctuation or a coordinator ends the search; "... is said": no subject here
        # ("during", "following": a preposition, no participle)
        reduced = w.islower() and low.endswith("ing") and (len(low) > 5 or low in en.SHORT_PARTICIPLES) and low not in _ADJUNCT_PREPOSITIONS or (
            low in _DUE_WORDS and k + 1 < len(toks) and toks[k + 1][2] == "to")  # "A man due to be deported"
        if w != "whose" and not _relative_who(w) and not _relative_that(toks, k) and not reduced or reduced and k == len(toks) - 1:
            continue  # (an "-ing" noun may end the clause: "the night crossing")
        if k == 0 or k == len(toks) - 1:
            return None  # "a nominee who is expected": "who" is the subject itself
        before = toks[k - 1][2]
        if reduced and not (before[0].isupper() or plural(before) or lexicon.speaker_share(before.lower()) > 0
                            or document_noun(before.lower())):  # "An image going viral on X claims"
            if before in en.VERB_AUXILIARIES or before in _GERUND_PREPOSITIONS:
                # "who would rather be campaigning", "who died after visiting": a verb inside the clause, its "who" further back
                continue
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
    floating = _FLOATING_QUANTIFIER.search(text, max(lo, hi - 12), hi, CONCURRENT)
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
        found = (_before_means_aside(text, lo, hi, lexicon, strong) or _appositive(text, lo, hi, lexicon, strong)
                 or _appositive_chain(text, lo, hi, lexicon, strong))
        if found is None and text.rfind(",", lo, hi - 1) < 0:
            # "Sen. Jack Reed (D-R.I.), said": a stray comma after the name
            return _subject(text, lo, hi - 1, lexicon, strong=strong)
        return found
    if seg.endswith((*DASHES, "--", " -")):
        # "Joyce — who is listed as an attorney — told": the name before the dashes
        # (copy that has lost its dashes sets the aside off with spaced hyphens: "Joyce - ... - told";
        # some sets it off with the horizontal bar: "Joyce ― ... ― told")
        dash = max(seg.rfind(d, 0, len(seg.rstrip(DASHES + "-")) - 1) for d in (*DASHES, " -- ", " - "))
        if dash <= 0:
            return None
        name = _subject(text, lo, lo + dash, lexicon, strong=strong)
        aside_end = lo + len(seg.rstrip(DASHES + "- "))
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
    if before in ("that", "which") and opened >= 2 and (
            _relative_that(toks, opened - 1, reports=True) or _object_relative(toks, opened, lexicon)):
        # "Unions that oppose the plan said": a clause that reports on its own, the noun alone (annotators
        # keep the clause out when they mark its report, in when they do not); "The memo that Lee sent
        # showed": an object relative whose verb ends it before the cue, the noun and its clause
        noun = _walked_subject(text, lo, toks[opened - 2][1], lexicon, strong)
        if noun is None or noun[1] != toks[opened - 2][1]:
            return None
        return noun if _relative_that(toks, opened - 1, reports=True) else (noun[0], hi)
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
    elif lead_word in PREPOSITIONS and len(toks) > 1 and (toks[-1][2].lower() in _SUBJECT_PRONOUNS or toks[-1][2] == "it"):
        toks = toks[-1:]  # "Although in September she said", "In a statement it said": the pronoun after it is the subject
    elif lead_word in PREPOSITIONS:
        opened_after = _after_fronted_phrase(toks) if strong and lead_word != "to" and _opens_clause(text, lo, lead_start) else None
        if opened_after is None:
            bare = _bare_relative(toks, lexicon, lead_word)
            if bare is None:
                return None  # "the about-face on the regime in Damascus worries": the walk stopped inside the subject
            # "..., in a move critics say will ...": the subject of a clause with no "that" inside
            # the phrase, as without the preposition ("a move critics say")
            opened_after = bare
        # "In a radio interview the mayor declared": after a sure cue, a phrase fronted with
        # no comma is the clause's ("to" opens an infinitive, no such phrase)
        toks = toks[opened_after:]
    if len(toks) > 1 and toks[0][2].lower() in _TIME_LEADS:
        time_start = toks[0][0]
        toks = toks[_fronted_time_words(toks):]  # "This year the mayor spoke": the time is the clause's
        toks = _past_timed_phrase(text, lo, time_start, toks, strong and not led) or toks
    elif (len(toks) > 2 and not led and toks[0][2].lower() in en.DAY_NAMES and toks[0][2][0].isupper()
          and toks[1][2] in PREPOSITIONS):
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
            # ("several included on it told": a preposition's object, no subject)
            toks[-1][2].lower() in _OBJECT_ONLY_PRONOUNS and toks[-2][2].lower() in PREPOSITIONS) and not (
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
    if verb == len(toks) - 1 and (after := _WORD_AFTER.match(text, hi, hi + _WORD_AFTER_REACH)) and past_form(after.group(1)):
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
    if first[:1].isupper() and first.endswith("ing") and len(toks) > 2 and toks[1][2] in _FRONTED_PARTICIPLE_PREPOSITIONS and (
            first.lower() not in _TITLE_PARTICIPLES and first.lower() not in family_names()) and (
            comma := next((k for k in range(len(toks) - 1, 1, -1) if toks[k][2] == ","), None)) is not None:
        # "Speaking outside the House of Commons, Champlain said": a participle's phrase fronted
        # before its comma is the clause's; the subject follows the comma
        toks = toks[comma + 1:]
        start = toks[0][0]
        first = toks[0][2]
    elif first[:1].isupper() and first.endswith("ing") and len(toks) > 3 and toks[1][2] in _FRONTED_PARTICIPLE_PREPOSITIONS and (
            first.lower() not in _TITLE_PARTICIPLES) and (cut := title_after_outlet(text, toks, lexicon)) is not None:
        # "Speaking to BBC Scotland Mr Lee said": no comma after the phrase, which ends at the
        # outlet's name before the title that opens the subject
        toks = toks[cut:]
        start = toks[0][0]
        first = toks[0][2]
    if first.endswith("ing") and (first.islower() or len(toks) > 1 and toks[1][2] in DETERMINERS) and not (
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


def _title_at(words: list[str], k: int) -> bool:
    """Whether a capitalised title opens at ``words[k]``: "Mr", "Dr.", "Senator", or a portfolio
    and its title ("Health Secretary")."""
    word = words[k]
    if not word[:1].isupper():
        return False
    low = word.lower().rstrip(".")
    if low in en.TITLES or low in en.COURTESY_TITLES:
        return True
    return low in en.PORTFOLIO_FIELDS and k + 1 < len(words) and words[k + 1].lower().rstrip(".") in en.TITLES


def title_after_outlet(text: str, toks, lexicon: Lexicon) -> int | None:
    """Where the subject opens in a fronted participle's phrase that no comma ends ("Speaking to
    BBC Scotland | Mr Lee said", "Talking to the Times | Health Secretary Ann Lee said"): the
    first capitalised title after the preposition's object, when the words before it name an
    outlet; None when there is none."""
    words = [t[2] for t in toks]
    for k in range(3, len(toks) - 1):
        if not words[k - 1][:1].isupper() or not _title_at(words, k):
            continue
        if kind(text, toks[2][0], toks[k - 1][1], lexicon) == "outlet":
            return k
        return None
    return None


# the prepositions after a participle that opens a fronted phrase: "Speaking | outside the House, ..."
_FRONTED_PARTICIPLE_PREPOSITIONS = PREPOSITIONS | _ADJUNCT_PREPOSITIONS | frozenset(
    "outside inside near about after before behind beside over under across".split())


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
        if not word.islower() or not prev[:1].isupper() or not is_word(prev) or prev.lower() in _NAME_OPENERS:
            continue
        if _passive_clause_on_people(toks, j):
            continue  # "Shoppers locked out of the mall", "Police called to the scene": a participle's clause on them
        if after in _VERB_OBJECT_OPENERS and (past_form(word) or toks[0][2].lower() not in _NAME_OPENERS
                                               and _present_verb(word, lexicon)):
            verb = word  # ("Lee holds little hope": a present form after a name that opens the phrase)
        elif (word in _VERB_ADVERBS or len(word) > 5 and en.ly_adverb(word)) and past_form(after):
            verb = after  # ("Lee and Roe both campaigned on": a floating quantifier is the clause's too)
        else:
            continue
        return None if lemma(verb) in en.THAT_VERBS else j
    if len(toks) > 1 and toks[0][2].lower() not in _NAME_OPENERS and _present_verb(toks[-1][2], lexicon) and (
            toks[-2][2][:1].isupper() and is_word(toks[-2][2])):
        return len(toks) - 1  # "Ms. Lee avoids | discussing": a present form after a name that opens the phrase
    return None


def _present_verb(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word in "-s" is a verb's present form, one the tables
    weigh as a cue's and no noun of people ("avoids", "devotes"; not "supporters")."""
    return (word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")
            and lexicon.speaker_share(word) < _MODIFIER_SHARE and lexicon.form_prior(word) >= _PRESENT_PRIOR)


_PRESENT_PRIOR = 0.1


def _past_verb_next(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token at ``k`` is a verb in the past, or one after a day ("on Tuesday
    staged"): what a subject did (a past the same as its bare form too: "The fund cut rates")."""
    if k + 2 < len(toks) and toks[k][2] == "on" and toks[k + 1][2].lower() in en.DAY_NAMES:
        k += 2
    return k < len(toks) and (past_form(toks[k][2]) or toks[k][2] in en.BARE_FORM_PASTS)


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
_NAME_OPENERS = DETERMINERS | QUANTIFIER_PRONOUNS | frozenset("no every another".split())


def _possessed_modifiers(toks: list[tuple[int, int, str]], lexicon: Lexicon) -> int | None:
    """Where the words after the possessive that opens a phrase start, when
    they are all adjectives that head no mention ("recent", "controversial",
    "fire-breathing"), not a possessed noun ("Lee's aides", "the group's
    existence"); None otherwise."""
    k = next((i for i in range(len(toks) - 1, -1, -1) if toks[i][2].endswith(("’s", "'s"))), None)
    if k is None or k + 1 >= len(toks) or toks[k][2][:-2].lower() in _CONTRACTED_SUBJECTS:
        return None  # ("He's a pilot": a pronoun and its verb)
    if any(t[2].lower() in PREPOSITIONS or t[2].islower() and t[2] in _VERBISH for t in toks[:k]):
        return None  # "a poll conducted by voters in Saturday's primary": the possessive is inside the phrase
    # (a document's noun heads one whatever its ending: "the coroner's inquest", "the board's proposal";
    # and so does a body's in "-al": "the country's electoral tribunal", "the town's hospital"; not one
    # that is an adjective as often: "the party's collective shrug", "a cooperative stance")
    if toks[-1][2] in en.ORGANIZATION_WORDS and toks[-1][2].endswith("al"):
        return None
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
    if len(toks) == 2 and toks[0][2].lower() == "those" and toks[1][2].islower() and (
            toks[1][2].endswith("ed") or toks[1][2] in en.IRREGULAR_PARTICIPLES):
        return False  # "Those evacuated", "those arrested (on Friday)": the people a passive participle names
    # (one word alone is read strictly: "the admiral", "the cable", "the initiative" are nouns)
    return all(_adjective(w, lexicon, loose=len(toks) > 2) for _s, _e, w in toks[1:])


_MODIFIED_DETERMINERS = frozenset("the a an his her their its our my your this these those one another".split())
_SINGULAR_ARTICLES = frozenset("a an another".split())


# Adjectives too short or plain for an ending to show them (and those of a text several
# put out together, or of its manner: "a joint statement said", "a short statement said")
_PLAIN_ADJECTIVES = frozenset("new old recent latest grim vain most more least much same other "
                              "joint common collective short blunt".split())


# Endings of adjectives that seldom end nouns ("debunked", "latest"), and of those that often do too
_ADJECTIVE_ENDS = ("ed", "est")


_LOOSE_ADJECTIVE_ENDS = ("al", "ous", "ive", "ful", "less", "ic", "ish", "able", "ible", "ing")


def _adjective(word: str, lexicon: Lexicon, *, loose: bool = False) -> bool:
    """Whether a lower-case word reads as an adjective and heads no mention; a
    ``loose`` reading takes endings that nouns have too ("-al", "-ive", "-ing")."""
    if not word.islower() or not is_word(word) or plural(word) or document_noun(word):
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
        if _relative_who(w) or _relative_that(toks, k):
            if k + 1 == opened == len(toks) - 1 and w.lower() == "who" and _bare_body_of_people(toks[-1][2]):
                return False  # "the man, who police say was armed": the bare plural the subject of an object relative
            # ("who'd rather campaign": its auxiliary contracted onto it)
            return k + 1 < len(toks) and (_opens_verb_phrase(toks[k + 1][2]) or w.lower() != "who")
        if not is_word(w):
            return False  # punctuation: no relative clause of the subject's
        if w[0].isupper() and k < opened - 1:
            continue  # a name inside the clause, before where the walk stopped ("who backed Roe or Lee")
        if w in _NAMES_JOINED and 0 < k < len(toks) - 1 and toks[k - 1][2][:1].isupper() and toks[k + 1][2][:1].isupper():
            continue  # "campaign for Roe or Ann Lee": names joined inside the clause, where the walk stopped
        if w == "once" and k + 1 < len(toks) and toks[k + 1][2].islower() and _opens_verb_phrase(toks[k + 1][2]):
            continue  # "who were once courted by": the adverb, no clause's "once"
        if w in _GERUND_PREPOSITIONS and k + 1 < opened and _gerund(toks[k + 1][2]):
            continue  # "who died after visiting the clinic": a participle's adverbial inside the clause
        if not w.islower() or w in en.CLAUSE_BOUNDARIES:
            return False  # a name where the walk stopped, or "when", "because": no relative clause
    return False


# The prepositions of time and manner before a participle inside a relative clause: "who died
# after visiting the clinic", "who fell ill while working abroad", "who was hurt by falling glass"
# (none of which ends the clause as "when" or "because" do)
_GERUND_PREPOSITIONS = frozenset("after before while since without".split())


def _gerund(word: str) -> bool:
    return word.islower() and word.endswith("ing") and len(word) > 5


# "who", with an auxiliary perhaps contracted onto it ("who'd", "who’ve")
_RELATIVE_WHO = frozenset(["who"] + [f"who{q}{a}" for q in "’'" for a in ("d", "ll", "ve", "s", "re")])


# what joins names inside a relative clause the walk stopped in
_NAMES_JOINED = frozenset(["or", "and"])


def _relative_who(word: str) -> bool:
    return word.lower() in _RELATIVE_WHO


def _relative_that(toks: list[tuple[int, int, str]], k: int, *, reports: bool = False) -> bool:
    """Whether "that" or "which" at ``k`` opens a relative clause whose subject it is, a finite
    verb right after it, a noun of a body or of people before it: "the trust that runs the school",
    "the firm which built the bridge" (not an object relative, "the board that Lee chairs", nor a
    thing's clause, "the speech that has drawn"). A clause whose verb reports on its own ("groups
    that have endorsed him") counts only when ``reports``."""
    if toks[k][2] not in ("that", "which") or k == 0 or k + 1 >= len(toks):
        return False
    before, verb = toks[k - 1][2], toks[k + 1][2]
    if not before.isalpha() or not verb.isalpha() or not verb.islower():
        return False
    head = before.lower()
    if lemma(head) != head and lemma(head) in en.THAT_VERBS:
        return False  # "Mining states that ...": a verb of saying's form, its "that" the clause's
    j = k + 1
    while j + 1 < len(toks) and toks[j][2] in en.FINITE_AUXILIARIES | _PERFECT_BE:
        j += 1
    if lemma(toks[j][2]) in en.THAT_VERBS or not reports and lemma(toks[j][2]) in en.PASSIVE_REPORTS:
        return False  # "groups that have endorsed him say": the clause is a report of its own, its source "that"
    one = singular(head) if plural(head) else head
    if not (one in en.ORGANIZATION_WORDS or one in en.GOVERNMENT_WORDS or person_noun(head) or person_noun(one)):
        return False  # "an economy that seems", "the speech that has drawn": no one who speaks
    if verb in DETERMINERS or verb in en.PRONOUNS:
        return False  # "the plan that the board backed": the clause's own subject after "that"
    if verb in en.FINITE_AUXILIARIES or verb in en.IRREGULAR_PASTS or (
            verb.endswith(("s", "ed")) and not verb.endswith("ss") and lemma(verb) != verb):
        return True
    # a verb the lemma table may not know, its object's determiner after it: "that owns the paper"
    return k + 2 < len(toks) and toks[k + 2][2].lower() in _OBJECT_DETERMINERS


_PERFECT_BE = frozenset(["been", "be"])


# the subject pronouns that may open an object relative's clause: "the plan that they backed"
_RELATIVE_SUBJECT_PRONOUNS = frozenset("he she they we i you".split())


# how many words the clause of an object relative may hold: "that the regional health board released"
_OBJECT_RELATIVE_WORDS = 7


def _object_relative(toks: list[tuple[int, int, str]], opened: int, lexicon: Lexicon) -> bool:
    """Whether "that" or "which" right before ``opened`` opens an object relative on the noun
    before it, its clause running to the cue: a subject (a determiner's noun phrase, a name or a
    pronoun) and its verb in the past last ("The memo that Lee sent showed", "The report which the
    agency released said"): no two finite verbs stand in a row, so the clause is inside the subject.
    Not after a verb ("Lee argued that"), nor a form of a verb of saying ("states that")."""
    head, first = toks[opened - 2][2], toks[opened][2]
    if not (head.isalpha() and head.islower()) or head in _NOT_HEADS or head in en.CLAUSE_BOUNDARIES or (
            head.endswith("ly") or past_form(head) or head.endswith("ing")):
        return False
    if lemma(head) in en.THAT_VERBS and not (opened > 2 and toks[opened - 3][2].lower() in _MODIFIED_DETERMINERS):
        return False  # ("Lee claims that", not "the report that the agency released": a determiner's noun)
    if len(toks) - opened > _OBJECT_RELATIVE_WORDS or not all(
            is_word(t[2]) and t[2].lower() not in _VERBISH and t[2].lower() not in _NOT_IN_NOUN_PHRASE for t in toks[opened:]):
        return False
    if not (first.lower() in _OBJECT_DETERMINERS or first.lower() in _RELATIVE_SUBJECT_PRONOUNS or first[0].isupper()):
        return False
    last = clause_last([t[2].lower() for t in toks], opened)
    return opened < last and past_form(toks[last][2])

_OBJECT_DETERMINERS = frozenset("the a an its their his her our this these those".split())


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
    return word.islower() and low not in DETERMINERS and low not in en.PRONOUNS


# a contracted auxiliary at a word's end: "who’s", "they’re", "I'm"
_CONTRACTION = regex.compile(r"[’'](?:s|d|ll|ve|re|m)$")


_BARE_DETERMINERS = frozenset("the a an his her their its our my your these those many some most".split())


# (nor "into", no noun a relative clause hangs on: "An inquiry into the collapse said")
_NOT_HEADS = DETERMINERS | PREPOSITIONS | _CLAUSE_LEADS | TOPIC_PREPOSITIONS | frozenset("all both half such what quite rather into".split())


def _bare_relative(toks: list[tuple[int, int, str]], lexicon: Lexicon, before: str) -> int | None:
    """Where the subject of a relative clause with no pronoun starts in a phrase
    walked back from a cue ("a probe the agency said", "It's a view Lee
    shares"): after a determiner and the lower-case words of its noun; None
    when there is none. ``before`` is the word before the phrase."""
    for k in range(len(toks) - 1, 1, -1):
        j = k - 1
        while j >= 0 and toks[j][2].lower() not in _BARE_DETERMINERS and toks[j][2][0].islower() and (
                toks[j][2] == "of" or toks[j][2] not in PREPOSITIONS) and toks[j][2] not in _NOT_IN_NOUN_PHRASE and (
                not _participle_after_plural(toks, j)):  # ("the unions representing the crews": its object)
            j -= 1  # back over the noun and its modifiers ("the kind of judge") to their determiner
        if j < 0 or j == k - 1 or toks[j][2].lower() not in _BARE_DETERMINERS:
            continue
        governed = _governs(toks[j - 1][2] if j > 0 else before)
        if _in_finished_clause(toks, k):
            return None  # "Villagers trapped after the river burst | its banks": the clause's own object
        if _opens_bare_relative(toks, k, lexicon, governed) or _bare_plural_after_one(toks, j, k):
            return None if _clause_verb_last(toks, k) else k
    return None


def _bare_plural_after_one(toks: list[tuple[int, int, str]], j: int, k: int) -> bool:
    """Whether the word at ``k``, last before the cue, is a bare plural after a noun that "a" or
    "an" at ``j`` counts as one: no one noun phrase holds both ("a move | critics said was
    rushed", "a decision | residents say is unfair"), so the plural opens a relative clause
    with no "that", the cue's subject. Not a count ("a few critics", "a dozen aides"), nor
    a plural within the counted phrase ("a news outlets" reads as no clause)."""
    w = toks[k][2]
    if k != len(toks) - 1 or toks[j][2].lower() not in ("a", "an") or not (w.isalpha() and w.islower()):
        return False
    if not plural(w) or w in QUANTITY_NOUNS or w in _BARE_QUANTIFIERS:
        return False
    between = [t[2] for t in toks[j + 1:k]]
    return all(b.isalpha() and b.islower() and not plural(b) and b not in QUANTITY_NOUNS and b not in NUMBERS
               and b not in _BARE_QUANTIFIERS and b not in _NOT_HEADS for b in between)


def _clause_verb_last(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the phrase that opens at ``k`` ends in its own verb in the past ("the photo
    [Ann Lee posted]"): the relative clause is whole before the cue, so the noun it hangs
    on and the clause are the cue's subject ("The photo Ann Lee posted showed ...")."""
    last = clause_last([t[2].lower() for t in toks], k)
    return k < last and past_form(toks[last][2])


def _opens_bare_relative(toks: list[tuple[int, int, str]], k: int, lexicon: Lexicon, governed: bool) -> bool:
    """Whether the word at ``k`` opens a new noun phrase right after a common
    noun: the subject of a relative clause with no pronoun ("a probe the agency
    said", "the kind of judge many voters fear", and in a ``governed`` phrase,
    a verb's or a preposition's object, "the photo Lee posted")."""
    w, prev = toks[k][2], toks[k - 1][2]
    if not (prev.isalpha() and prev.islower() and prev not in _NOT_HEADS
            and prev not in en.CLAUSE_BOUNDARIES and not prev.endswith("ly")) or prev in WHERE_PREPOSITIONS or prev in PEOPLE_PLACE_PREPOSITIONS or (
            (prev in _PARTICIPLE_PREPOSITIONS or prev in _ADJUNCT_PREPOSITIONS or prev in _AGENT_TIME_PREPOSITIONS)
            and k > 1 and participle_form(toks[k - 2][2])):
        # (a preposition's object is no relative clause's subject: "The nurses across the county",
        # "Many residents near the plant", "A memo released under the law", "A poll taken during
        # the debate", "A report issued over the summer")
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
        if is_word(w) and not w[0].isupper():
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
            and low not in PREPOSITIONS and low not in _ADJUNCT_PREPOSITIONS and low not in NUMBERS
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
    joined_at = None  # ... and where that "and" stands
    items_listed = False  # after one that joins determined noun phrases: "the vicar and a rabbi"
    fields_listed = False  # after a department's fields in a list before its post
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
                toks[i - 1][2].lower() in en.SENTENCE_ADVERBS and (i == 1 or not is_word(toks[i - 2][2]))) and not (
                i > 1 and toks[i - 2][2] in _LIST_BREAKING_PREPOSITIONS):
            # ("broadcast by CNN, Ann Lee, Tom Roe and ...": a preposition's object opens no list)
            # ("Instead, Ann Lee, Tom Roe and ...": the adverb opens the clause, no name of the list)
            i -= 1  # "Ann Lee, Tom Roe and ...", "Friends, lobbyists and foes": a comma in a list
            continue
        if w in _CLOSE_TO_OPEN and start is None:
            # "Sen. Ann Lee (a Democrat who chairs the panel) says": the aside is no part of the walk,
            # nor is an editor's insertion in square brackets ("The mayor [Roe] said")
            opening = next((j for j in range(i - 1, -1, -1) if toks[j][2] == _CLOSE_TO_OPEN[w]), None)
            if w == "]" and opening is not None and opening > 0 and not _inserted_after(toks[opening - 1][2]):
                return None, False  # "Everything [Lee] said is ...": the name stands for a pronoun, no insertion
            if opening is None or opening == 0:
                return None, True  # the name before it lies beyond the window: read a wider one
            if opening > 0 and i - opening <= _MAX_APPOSITIVE_WORDS:
                i = opening - 1
                continue
        if w in _TITLE_CLOSINGS and start is None and i >= 3:
            opening = _quoted_title_opening(toks, i)
            if (opening is not None and opening >= 2 and toks[opening - 1][2].lower() in en.NAMING_PARTICIPLES
                    and is_word(toks[opening - 2][2]) and toks[opening - 2][2].lower() not in _NOT_NAMED):
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
        if w in _TITLE_CLOSINGS and start is not None and (opening := _nickname_opening(toks, i)) is not None:
            # "Joko “Jokowi” Widodo said", "Juan "Chico" Ruiz": a name in quotation marks between a given
            # name and the surname the walk took is the person's nickname, inside the name
            words += i - opening
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
        if not is_word(w):
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
                    words, start, i = _taken_back(toks, words, i, opening)
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
            if start is not None and _dash_in_post(text, toks, i):
                i -= 1  # "Ann Rao, Head - Retail Research, Vexa Securities, said": the post's field after a dash
                continue
            if start is not None and _glued_hyphen(toks, i):
                # "the Calif.-based company": a hyphen glued to an abbreviation's point and a word
                start = s
                i -= 1
                continue
            if w == "," and start is not None and not fields_listed and (k := _department_list_start(toks, i)) is not None:
                # "Culture, Media and Sport Secretary Ann Lee said": a department's fields in a
                # list before its post are one title, commas and all
                words, start, i = _taken_back(toks, words, i, k)
                fields_listed = True  # (one list a title: "Yesterday, Culture, Media and Sport Secretary ...")
                continue
            if w == "," and start is not None and (k := _place_before_based(toks, i)) is not None:
                # "The Cupertino, California-based company said": a town and its region before
                # "-based" are one modifier of the noun, comma and all
                words, start, i = _taken_back(toks, words, i, k)
                continue
            return _ended(start, words, long and w == ",")
        if low == "as" and start is not None and i >= 3 and toks[i - 1][2].lower() == "well" and (
                toks[i - 2][2].lower() == "as") and (toks[i - 3][2][0].isupper() or plural(toks[i - 3][2])):
            # "Ann Lee as well as former mayor Tom Roe have endorsed": "as well as" joins two speakers, as "and" does
            listed = True
            i -= 3
            continue
        if low == "as" and start is not None and i >= 2 and toks[i - 1][2].lower() == "such" and (
                plural(toks[i - 2][2]) or people_by_part(toks[i - 2][2])):
            # "Tory MPs such as Ann Lee said": the people named as examples are among the plural
            # before them, which heads the mention (as "including" goes on it: _participle_after_plural)
            i -= 2
            continue
        if low == "nor" and (k := _neither_before(toks, i)) is not None:
            # "Neither the port authority nor the union said": the pair, whatever words its first part holds
            words, start, i = _taken_back(toks, words, i, k)
            continue
        if low == "and" and start is not None and (k := _shared_determiner(toks, i)) is not None:
            # "the title, history and text of the bylaw showed", "The book and film blame": bare
            # nouns after one determiner are one list, whatever they name
            words, start, i = _taken_back(toks, words, i, k)
            continue
        serial_item = None  # "the imam, the vicar, and a rabbi": the serial comma before the last determined item
        if low == "and" and 1 < i < len(toks) - 1 and toks[i - 1][2] == "," and toks[i + 1][2].lower() in ITEM_DETERMINERS:
            serial_item = _determined_item(toks, i - 2, lexicon, long)
            if serial_item is None:
                return None, True  # the item before may open beyond the window: read a wider one
        if low in en.CLAUSE_BOUNDARIES and not (low == "and" and (_coordinated(toks, i, lexicon) or serial_item)) and not (
                # "People Before Profit TD Ann Lee said": a capitalised preposition between a name's
                # capitalised words opens no clause, as it ends no mention below
                low in _ADJUNCT_PREPOSITIONS and not title_case and _inside_name(toks, i)) and not (
                # "Leaders of nearby churches and a synagogue said": the "and" in the object of a
                # plural of people's preposition joins a noun phrase to the mention, at one level or the other
                low == "and" and _preposition_object(toks, i - 1, determined=True)) and not (
                low == "that" and _determiner_that(toks, i, start, lexicon)) and not (
                # "A statement issued after the talks said": the participle's adjunct of time on a text's noun
                # (its object a determined noun phrase, no clause: "Files released after officials said")
                low in _ADJUNCT_PREPOSITIONS and start is not None and i + 1 < len(toks)
                and toks[i + 1][2].lower() in _MODIFIED_DETERMINERS and _text_participle_before(toks, i)) and not (
                low == "nor" and _neither_joins_mentions(toks, i)) and not (
                # "Families displaced after the storm said": a passive participle's adjunct of time on
                # a plural of people, its object a noun phrase with no verb (not "after the storm hit")
                low in _ADJUNCT_PREPOSITIONS and start is not None and _passive_phrase_before(toks, i)
                and (_verbless_object(toks, i) or _finished_clause(toks, i))) and not (
                # ("Villagers trapped when the bridge collapsed said": a word that opens a clause of time
                # after one, the clause whole)
                low in _PASSIVE_SUBORDINATORS and start is not None and _passive_phrase_before(toks, i)
                and _finished_clause(toks, i)) and not (
                low == "than" and i > 0 and toks[i - 1][2].lower() in ("more", "less", "fewer")
                and not (i > 1 and toks[i - 2][2][0].isdigit()) and not _subject_after_than(toks, i)):  # "more than half of"
            return _ended(start, words, long and low in ("and", "but") and i > 0 and toks[i - 1][2] == ",")
        # a list of names: "Ann Lee, Tom Roe and other pilots"
        was_listed = listed
        listed = listed or (low == "and" and toks[i - 1][2][0].isupper() and (
            toks[i + 1][2][0].isupper() or toks[i + 1][2].lower() in _OTHERS
            # (and a name that opens with "the" after one that opens the list or follows its comma:
            # "Egypt, Qatar and the United States said"; not a preposition's objects, "leaders in the
            # Senate and the House", after which a comma ends the mention)
            or toks[i + 1][2] == "the" and i + 2 < len(toks) and toks[i + 2][2][:1].isupper() and (
                i == 1 or toks[i - 2][2] == "," or toks[i - 2][2][:1].isupper())) and not (
                _department_before_post(toks, i))) or (
            low == "and" and toks[i - 1][2] == "," and 0 < i < len(toks) - 1 and _serial_list(toks, i)) or (
            low == "and" and 0 < i < len(toks) - 1 and plural(toks[i - 1][2]) and _coordinated(toks, i, lexicon))
        if listed and not was_listed and low == "and":
            joined_at = i  # the "and" that opened the list, read as one of clauses if a verb stands before its first name
        # a list of determined noun phrases, whose first items are read as such: "the vicar, the
        # imam of the mosque and a rabbi" (not "Tuesday, the vicar and a rabbi")
        items_listed = items_listed or serial_item or (
            low == "and" and 0 < i < len(toks) - 1 and toks[i - 1][2].islower()
            and toks[i + 1][2].lower() in ITEM_DETERMINERS and _coordinated(toks, i, lexicon))
        if (opened := _infinitive_on_noun(toks, i, lexicon)) is not None:
            # "The official set to lead the talks said", "A man due to be sentenced told": the
            # infinitive and its object go on the noun before them, no verb of the clause
            words += i - opened + 1
            start = toks[opened][0]
            i = opened - 1
            continue
        if start is not None and (low in _SIDE_PREPOSITIONS or low == "of") and _side_taken(toks, i):
            return _ended(start, words)  # "MEPs voted for | the resolution, which": the clause's own verb and its side
        if low in _VERBISH and (title_case and not _name_modal(text, toks, i) or not _verb_form_names(toks, i) and not (
                _modal_names(text, toks, i))) and not (start is not None and _passive_clause_on_people(toks, i)):
            # ("Some told of the plan said": a passive participle's phrase on people, read below)
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
        if listed and joined_at is not None and _report_verb_before_list(toks, i):
            # "Lee has not endorsed Roe and | Ray said": the "and" joins two clauses, the first one's
            # verb and its object before it; the subject is what follows the "and"
            return _ended(toks[joined_at + 1][0], words)
        if w[0].islower() and (low in _STRONG_VERBS or lexicon.outside_sources(low)) and words and not (
                low in _COMPARATIVES and toks[i + 1][2].lower() == "than") and not (  # ("fewer than 3 in 10 said")
                low not in _STRONG_VERBS and _determined_modifier(toks, i, lexicon)) and not (
                low not in _STRONG_VERBS and _noun_modifier_after_comma(toks, i, words, long)) and not (
                low not in _STRONG_VERBS and _participle_before_agent(toks, i)) and not (
                _time_before_agent(toks, i)) and not (
                start is not None and _in_finished_clause(toks, i)) and not (
                low not in _STRONG_VERBS and _document_before_published(toks, i)) and not (
                (low in _PARTICIPLE_PREPOSITIONS or low in _ADJUNCT_PREPOSITIONS) and _text_participle_before(toks, i)) and not (
                i + 1 < len(toks) and toks[i + 1][2] in _SENT_PREPOSITIONS and _text_participle_before(toks, i + 1)) and not (
                _negated_participle(toks, i)) and not _behind_on_noun(toks, i) and not (
                low not in _STRONG_VERBS and _modifies_person_noun(toks, i)) and not (
                low not in _STRONG_VERBS and _people_before_preposition(toks, i)) and not (
                (low in en.ORGANIZATION_WORDS or low in en.OUTLET_MEDIUM_NOUNS) and toks[i + 1][2][:1].isupper()) and not (
                low not in _STRONG_VERBS and _modifier_before_named_noun(toks, i)) and not (
                _lacking_group(toks, i)) and not _plain_adjective_after_determiner(toks, i) and not (
                low not in _STRONG_VERBS and lower_word_in_body_name(toks, i)) and not (
                _postnominal_adjective(toks, i)) and not _modifies_possessor(toks, i) and not _determined_document_of(toks, i) and not (
                _topic_of_text(toks, i)) and not (
                (low in _ADJUNCT_PREPOSITIONS or low in _PASSIVE_SUBORDINATORS) and _passive_phrase_before(toks, i)) and not (
                start is not None and _inside_passive_phrase(toks, i)) and not (
                (low in _PASSIVE_PARTICLES or low in TOPIC_PREPOSITIONS) and _passive_clause_on_people(toks, i - 1)) and not (
                low not in _STRONG_VERBS and _preposition_object(toks, i, determined=True)) and not (
                _field_nouns(toks, i, lexicon)) and not (
                i == len(toks) - 2 and control_service([low, toks[i + 1][2].lower()])) and not (
                _in_department_fields(toks, i)) and not (
                low in ("figure", "figures") and i > 0 and toks[i - 1][2].lower() in FIGURES_OF_PEOPLE) and not (
                low.endswith("ing") and i + 1 < len(toks) and toks[i + 1][2].lower() in TITLES_HELD) and not (
                low in TITLES_HELD and i + 1 < len(toks) and toks[i + 1][2][:1].isupper()) and not (
                low in _ORDINAL_WORDS and i + 2 < len(toks) and toks[i + 1][2].isalpha() and toks[i + 1][2].islower()
                and toks[i + 2][2][:1].isupper()) and not (
                start is not None and _passive_clause_on_people(toks, i)) and not (
                start is not None and _opens_passive_phrase(toks, i)) and not (
                start is not None and _participle_after_plural(toks, i, closed=text.startswith(",", toks[-1][1]))) and not (
                start is not None and i > 1 and _participle_after_plural(toks, i - 1, closed=text.startswith(",", toks[-1][1]))):
            # ("the frustrated pilots said": after a determiner, a word read as a verb modifies the noun)
            # ("the fire marshal's office wrote": so does one before a possessor's noun)
            # (", border officials say": a bare noun before the plural a clause opens with)
            # ("A letter written by a soldier said": a participle and its agent go on the noun, and
            # its adjunct of time: "A statement issued after the talks said")
            # ("disaster official Ann Lee said": a bare noun before a post names its field)
            # ("air traffic control said": the word of what a service watches over, before "control")
            # ("the charity Oxfam said", "the daily Bild said": a noun for a body or a paper before a name says what it is)
            # ("the dating app Hinge said": and so do the words between it and its article)
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
            # ("Patients treated since the outbreak said", "Several included on the slate told": a
            # passive participle and its preposition on a plural of people or a quantifier for them)
            return _ended(start, words)
        if low in _ADJUNCT_PREPOSITIONS and low != "among" and words and not _text_participle_before(toks, i) and not (
                not title_case and _inside_name(toks, i)) and not _lacking_group(toks, i) and not (
                i > 1 and _participle_after_plural(toks, i - 1, closed=text.startswith(",", toks[-1][1]))) and not (
                _passive_phrase_before(toks, i)):
            # ("People living near the plant said": the participle's adjunct is inside the mention)
            # ("Residents evacuated during the fighting said": so is a passive participle's)
            return _ended(start, words)  # "Despite polls showing": the adverbial is the clause's ("Many among them" is a mention)
        if w[0].islower() and low.endswith("ing") and len(low) > 5 and not (
            # ("A poll taken during the debate found": a preposition in "-ing", the participle's adjunct)
            low in _ADJUNCT_PREPOSITIONS and _text_participle_before(toks, i)) and not (
            i > 0 and (toks[i - 1][2].lower() in NOUN_MARKERS or toks[i - 1][2].endswith(("’s", "'s"))
                       or i == len(toks) - 1 and toks[i - 1][2][0].isupper() and toks[i - 1][2].isalpha())
            or start is not None and _modifies_noun(toks[i + 1][2])
            or start is not None and low in _STATUS_PARTICIPLES  # "leading Democrats", "outgoing Senator Roe"
            or start is not None and _participle_after_plural(  # "Groups urging Lee to run say"
                toks, i, closed=text.startswith(",", toks[-1][1]))
            or _charge_gerund(toks, i)  # "A pilot accused of smuggling said"
            or start is not None and _preposition_object(toks, i)  # "Critics of raising the tax said"
            or _determined_adjective_before(toks, i, lexicon)  # "the previous meeting", "its annual meeting"
            or start is not None and _topic_of_text(toks, i)  # "An email regarding the audit"
            or low in _ADJUNCT_PREPOSITIONS and _passive_phrase_before(toks, i)  # "Residents evacuated during the fighting"
            or low in TOPIC_PREPOSITIONS and _passive_clause_on_people(toks, i - 1)  # "Several consulted regarding the route"
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


# pasts that, after a name, make one word of a modifier with it, a hyphen dropped
# ("Moscow backed Lee and Roe", "London based Ann Lee and ...")
_COMPOUND_PARTICIPLES = frozenset("based backed led owned run funded sponsored controlled allied aligned linked "
                                  "affiliated born bred trained educated elected appointed".split())


def _report_verb_before_list(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i``, in a walk that took a list of names after it, is
    a verb of saying or of a stance in its past ("endorsed", "criticized") right
    before the list's first name, with no article before it, or any past between
    two names ("Lee met Roe and"): the verb of a clause the "and" closes, its
    object the first name ("Lee has not endorsed Roe and Ray withdrew ...": Ray
    alone withdrew; but "states" in "Rust Belt states Ohio and Iowa" is a noun)."""
    w = toks[i][2]
    if not w.isalpha() or not w.islower() or i + 1 >= len(toks) or not toks[i + 1][2][:1].isupper():
        return False
    if i > 0 and toks[i - 1][2][:1].isupper() and toks[i - 1][2].isalpha() and (
            past_form(w) or w in en.BARE_FORM_PASTS) and w not in _COMPOUND_PARTICIPLES:
        return True  # "Lee met Roe and | Ray said": a past between two names, its subject the first
    if not w.endswith("ed"):
        return False
    base = lemma(w)
    if base == w or not (base in en.THAT_VERBS or base in en.PASSIVE_REPORTS):
        return False
    return i == 0 or toks[i - 1][2].lower() not in NOUN_MARKERS  # ("the accused Ann Lee and Tom Roe")


# verbs in the past that take a side with a preposition, active before it and no passive's
# ("voted for", "campaigned against", "argued in favour of"), which no table of words in
# mentions knows as verbs ("those who voted for Lee said" has them in many)
_SIDE_TAKING_PASTS = frozenset("voted campaigned lobbied".split())
_SIDE_PREPOSITIONS = frozenset(["for", "against"])
_RELATIVE_LEADS = frozenset("who that which whom".split())
_TALLY = regex.compile(r"\d{1,4}-\d{1,4}")


def _side_taken(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the preposition at ``i`` is the side a past before it takes, a tally perhaps
    between ("voted for", "voted 412 to 98 in favour of"), after a word that opens no relative
    clause: the clause's own verb and preposition, which no mention reads over ("MEPs voted for
    | the bill, which"; but "Voters who voted for Lee said")."""
    j = i - 1
    if toks[i][2] == "of":
        if i < 3 or toks[j][2].lower() not in ("favour", "favor") or toks[j - 1][2] != "in":
            return False
        j -= 2
    if j >= 3 and toks[j][2].isdigit() and toks[j - 1][2] in ("to", "-", "–") and toks[j - 2][2].isdigit():
        j -= 3  # a tally: "voted 412 to 98"
    elif j >= 1 and _TALLY.fullmatch(toks[j][2]):
        j -= 1  # "voted 6-1"
    return j >= 1 and toks[j][2] in _SIDE_TAKING_PASTS and toks[j - 1][2].lower() not in _RELATIVE_LEADS


def _topic_of_text(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` is a preposition of what a text is about right after the
    text's noun ("An email | regarding the audit showed"), or the first word of that
    preposition's object ("A survey about | housing costs found"): no verb, the walk goes on."""
    if i == 0 or not toks[i][2].islower():
        return False
    low, before = toks[i][2], toks[i - 1][2].lower()
    if low in TOPIC_PREPOSITIONS:
        return document_noun(before)
    return before in TOPIC_PREPOSITIONS and i > 1 and document_noun(toks[i - 2][2].lower())


def _passive_on_people(toks: list[tuple[int, int, str]], i: int, one: bool = False) -> bool:
    """Whether the word at ``i`` is a past participle in lower case right after a plural
    of people ("Residents | evacuated during the fighting", "Families | displaced after the
    storm", a crowd's noun too, `CROWD_NOUNS`): its clause goes on the plural, inside the mention."""
    if i < 1:
        return False
    noun = toks[i - 1][2]
    low = noun.lower()
    return _passive_form(toks, i) and (
        plural(low) and (person_noun(low) or people_by_part(noun) or low in en.CROWD_NOUNS)
        or low in _COLLECTIVE_PEOPLE  # ("Staff | laid off in March", "Police called to the scene")
        # ("People | locked out of their homes", "Migrants | turned away at the border")
        or low in UNMARKED_PLURALS or low in en.UPROOTED_PEOPLE
        # ("A man | trapped when the bridge collapsed", "One nurse | suspended after the audit":
        # ``one``, before the adjunct of time only, where no past of the sentence's own reads, "The
        # mayor walked in to loud cries")
        or one and i > 1 and toks[i - 2][2].lower() in _ONE_DETERMINERS and noun.islower() and (
            person_noun(low) or low in _ONE_PERSON_NOUNS))


# the determiners of one person before a singular noun a passive participle's phrase goes on,
# and the nouns of one person no table of parts holds
_ONE_DETERMINERS = frozenset("a an the one another this that".split())
_ONE_PERSON_NOUNS = frozenset("man woman boy girl child teenager person".split())


def _passive_form(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` may be a past participle: in "-ed", an irregular
    one, or one like its verb's base form before its particle ("cut | off", "shut | out")."""
    low = toks[i][2]
    return low.islower() and (low.endswith("ed") or low in en.IRREGULAR_PARTICIPLES or (
        low in _BASE_FORM_PARTICIPLES and i + 1 < len(toks) and toks[i + 1][2] in _PASSIVE_PARTICLES))


# the past participles spelt as their verbs' base forms, read as such before a particle only
_BASE_FORM_PARTICIPLES = frozenset("cut shut put".split())


# the quantifiers that stand for people as a mention's head before a passive participle's
# clause: "Several included on the slate", "Many arrested on Friday", "Those named in the suit"
_PEOPLE_QUANTIFIERS = QUANTIFIER_PRONOUNS | frozenset("those others all".split())


def _passive_clause_on_people(toks: list[tuple[int, int, str]], i: int, one: bool = False) -> bool:
    """Whether the word at ``i`` is a passive participle with a preposition right after it, on a
    plural of people ("Patients | treated since the outbreak") or on a quantifier that opens the
    mention and stands for people ("Several | included on the slate"): its clause is the
    mention's, no verb (which the tables may know the word as: "treated", "included")."""
    if not 0 < i < len(toks) - 1 or toks[i + 1][2] not in PREPOSITIONS and toks[i + 1][2] not in _ADJUNCT_PREPOSITIONS and (
            toks[i + 1][2] not in _PASSIVE_PARTICLES) and toks[i + 1][2] not in _PASSIVE_SUBORDINATORS and (
            toks[i + 1][2] not in TOPIC_PREPOSITIONS) and toks[i + 1][2] != "over":
        # (or its particle: "Workers | laid off last month", "Residents cut off by the floods"; or
        # a word that opens a clause of time: "Villagers | trapped when the bridge collapsed"; or
        # what it was about: "Residents | asked about the plan", "Nurses | questioned over the shortages")
        return False
    if _passive_on_people(toks, i, one):
        return True
    before = toks[i - 1][2].lower()
    # (a count of people too, "Dozens | detained after the rally", and a participle spelt as its
    # verb's base form, which no subject's past reads between a quantifier and a preposition:
    # "Some | hurt as the roof fell", "Many | hit by the cuts")
    return (_passive_form(toks, i) or toks[i][2] in en.BASE_FORM_PARTICIPLES) and (
        before in _PEOPLE_QUANTIFIERS or before in en.PEOPLE_COUNTS) and (
        i == 1 or not is_word(toks[i - 2][2]) or toks[i - 2][2].lower() in en.CLAUSE_BOUNDARIES)


def passive_clause_on_people_at(text: str, start: int, pos: int, end: int) -> bool:
    """Whether the word at ``pos``, inside the mention read from ``start`` to ``end``, is a passive
    participle whose phrase goes on the plural of people or the quantifier before it ("Families |
    questioned at the scene said", "Several | consulted on the route said"): no verb of the mention's
    own, though the tables know it as a cue (see `_passive_clause_on_people`)."""
    toks = tokens(text, max(start, pos - _PASSIVE_LEFT_REACH), min(end, pos + _PASSIVE_RIGHT_REACH))
    if start < pos - _PASSIVE_LEFT_REACH and toks:
        toks = toks[1:]  # the first may be cut
    i = next((k for k, t in enumerate(toks) if t[0] == pos), None)
    return i is not None and _passive_clause_on_people(toks, i)


# how far around a participle `passive_clause_on_people_at` reads: two words before it, one after
_PASSIVE_LEFT_REACH = 40
_PASSIVE_RIGHT_REACH = 40


# the words that open a clause of time after a passive participle on people, as a preposition
# of `_ADJUNCT_PREPOSITIONS` does, though only before a whole clause: "Villagers trapped | when
# the bridge collapsed", "Patients moved | as the fire spread", "Crews stranded | once the road shut"
_PASSIVE_SUBORDINATORS = frozenset("when once as while".split())


# the particles a passive participle's phrasal verb keeps: "laid off", "locked out", "cut off", "turned away"
_PASSIVE_PARTICLES = frozenset("off out away up down back".split())


# the words that open a clause's subject after a preposition that may open a clause: "after they fled"
_CLAUSE_SUBJECT_WORDS = frozenset(en.PRONOUNS) | frozenset(["it", "there"])


# how many words the object of a passive participle's adjunct may hold: "since the outbreak of the virus"
_ADJUNCT_OBJECT_WORDS = 6


def _verbless_object(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the words from the preposition at ``i`` to the cue are a noun phrase, no clause:
    no pronoun subject after the preposition, no mark, no verb, and no name nor noun for people
    or a body last, which may be the subject of the cue ("after the storm", "since the outbreak",
    "since Monday"; not "after the storm hit", "since they fled", "after officials")."""
    rest = toks[i + 1:]
    if not rest or len(rest) > _ADJUNCT_OBJECT_WORDS or rest[0][2].lower() in _CLAUSE_SUBJECT_WORDS:
        return False
    last = rest[-1][2].lower()
    if rest[-1][2][:1].isupper() and last not in en.DAY_NAMES and last not in en.MONTH_NAMES or person_noun(last) or (
            plural(last) and person_noun(singular(last))) or last in en.ORGANIZATION_WORDS or last in _COLLECTIVE_PEOPLE or (
            document_noun(last) or plural(last) and document_noun(singular(last)) or last in en.REPORT_NOUNS or last in en.VEHICLE_NOUNS
            or last in en.SPOKEN_VEHICLE_NOUNS):
        # ("Workers protested after managers said", "Families rallied after the mayor said", "Families
        # fled after the warning said": a name, a noun for people, a body or a text last may be the
        # cue's own subject, the clause's)
        return False
    return all(is_word(w) and w.lower() not in _VERBISH and w.lower() not in en.AUXILIARIES and w.lower() not in _MODALS
               and not past_form(w) and w.lower() not in en.CLAUSE_BOUNDARIES for _, _, w in rest)


def _finished_clause(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the words from the preposition at ``i`` to the cue are a whole clause: a subject
    (a pronoun, a determined or bare noun phrase, a name), its verb and at most a short
    determined object ("after the quake struck", "after the river burst its banks", "since
    they fled"); the cue then needs a subject before the preposition (not "after the alert",
    a noun phrase that may be the cue's own subject)."""
    rest = toks[i + 1:]
    if not 1 < len(rest) <= _ADJUNCT_CLAUSE_WORDS or not all(is_word(w) for _, _, w in rest):
        return False
    if any(w.lower() in en.CLAUSE_BOUNDARIES or w.lower() in _VERBISH or w.lower() in en.AUXILIARIES
           or w.lower() in _MODALS for _, _, w in rest):
        return False
    first = rest[0][2]
    if not (first.lower() in _CLAUSE_SUBJECT_WORDS or first.lower() in _OBJECT_DETERMINERS or first[:1].isupper()
            or plural(first)):
        return False
    for j in range(1, len(rest)):
        w, prev = rest[j][2], rest[j - 1][2].lower()
        if not w.islower() or prev in _OBJECT_DETERMINERS or w in PREPOSITIONS:
            if w in PREPOSITIONS or w in _ADJUNCT_PREPOSITIONS:
                return False  # ("after the report issued by ...": a participle's phrase, no clause)
            continue
        obj = rest[j + 1:]
        # a past ("struck", "fled"), one spelt as its base form when it ends the clause ("after
        # the fire spread", "when the dam burst"; a noun too, "the price cut", and then no subject
        # of the cue), or a word between two noun phrases, which only a verb may be ("the river
        # burst | its banks")
        if not (past_form(w) or w in en.BARE_FORM_PASTS and not obj
                or obj and obj[0][2] in _OBJECT_DETERMINERS):
            continue
        return len(obj) <= _CLAUSE_OBJECT_WORDS and (not obj or obj[0][2] in _OBJECT_DETERMINERS or _bare_complement(obj)) and not any(
            past_form(t[2]) or t[2] in PREPOSITIONS for t in obj)
    return False


def _bare_complement(obj: list[tuple[int, int, str]]) -> bool:
    """Whether the words after a clause's past are one bare word in the singular that names no
    one, its object or complement ("the storm made | landfall", "the march turned | violent"; not
    "asked | residents", a plural that may be the cue's own subject)."""
    if len(obj) != 1:
        return False
    w = obj[0][2]
    return w.isalpha() and w.islower() and not plural(w) and not person_noun(w) and w not in en.CLAUSE_BOUNDARIES and (
        w not in _VERBISH and w not in en.AUXILIARIES and w not in _MODALS)


# how many words a clause after a passive participle's preposition may hold, and its object
_ADJUNCT_CLAUSE_WORDS = 7
_CLAUSE_OBJECT_WORDS = 3


def _passive_phrase_before(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a passive participle's phrase on people ends right before the preposition at
    ``i``: the participle itself ("Families displaced | after"), or it and its particle or a
    short phrase of its own ("Residents forced out | after", "Children pulled from the rubble |
    after"), lower-case words with no verb nor clause's word between."""
    return _passive_phrase_start(toks, i) is not None


def _passive_phrase_start(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Where the passive participle stands whose phrase on people ends right before the
    preposition at ``i`` (`_passive_phrase_before`); None when there is none."""
    for p in range(i - 1, max(0, i - _PASSIVE_PHRASE_WORDS - 1), -1):
        if _passive_clause_on_people(toks, p, one=True):
            return p
        w = toks[p][2]
        if not (w.isalpha() and w.islower()) or w in en.CLAUSE_BOUNDARIES or w in _ADJUNCT_PREPOSITIONS or past_form(w):
            return None
    return None


def _opens_passive_phrase(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` is the passive participle whose phrase ends before an adjunct
    of time the walk took ("A man | trapped when the bridge collapsed"; on one person too)."""
    for p in range(i + 1, min(len(toks), i + _PASSIVE_PHRASE_WORDS + 1)):
        if toks[p][2] in _ADJUNCT_PREPOSITIONS or toks[p][2] in _PASSIVE_SUBORDINATORS:
            return _passive_phrase_start(toks, p) == i
    return False


def _inside_passive_phrase(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` stands inside a passive participle's own phrase on people
    before its adjunct of time ("Residents moved from the | coast | after the storm"): no verb."""
    for p in range(i + 1, min(len(toks), i + _PASSIVE_PHRASE_WORDS + 1)):
        if toks[p][2] in _ADJUNCT_PREPOSITIONS or toks[p][2] in _PASSIVE_SUBORDINATORS:
            q = _passive_phrase_start(toks, p)
            return q is not None and q < i
    return False


# how many words a passive participle's own phrase may hold before an adjunct: "pulled from the rubble"
_PASSIVE_PHRASE_WORDS = 4


def _in_finished_clause(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` stands in a whole clause after a passive participle's
    preposition on people ("Villagers trapped after the quake | struck"): no verb of the cue's."""
    return any((toks[p][2] in _ADJUNCT_PREPOSITIONS or toks[p][2] in _PASSIVE_SUBORDINATORS)
               and _passive_phrase_before(toks, p) and _finished_clause(toks, p)
               for p in range(max(2, i - _ADJUNCT_CLAUSE_WORDS), i))


def _taken_back(toks: list[tuple[int, int, str]], words: int, i: int, k: int) -> tuple[int, int, int]:
    """The walk's state once the tokens from ``k`` to ``i`` join the mention:
    its word count, its start and the next token to read."""
    return words + i - k, toks[k][0], k - 1


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
        if noun.lower() in en.PRONOUNS or noun.lower() in _NAME_OPENERS or not is_word(noun):
            continue
        # (a participle in "-ing" after a noun for people: "A man wanting to lead the talks"; not
        # "according to": a phrase that leads a source)
        ing = word.islower() and word.endswith("ing") and len(word) > 5 and f"{word} to" not in en.LEAD_PHRASES
        if (word in PROSPECT_WORDS or ing) and _nounish(noun, lexicon) or participle_on_noun(
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
    if not (after[:1].islower() and is_word(before)):
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
            if (first[:1].isupper() or first.lower() in DETERMINERS or first.lower() in en.SUBJECT_PRONOUNS) and all(
                    is_word(t[2]) for t in toks[k + 1:i]):
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
            return k + 1 < i and not past_form(toks[k + 1][2]) and not (
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
            and right not in DETERMINERS and right not in _VERBISH and right not in en.SUBJECT_PRONOUNS
            and (i + 2 == len(toks) or toks[i + 2][2] == "of")):
        return None
    k = i - 1
    for _ in range(_LIST_ITEM_WORDS):  # back over "history," "title,": one bare noun an item
        noun = toks[k][2]
        if k < 1 or not (noun.isalpha() and noun.islower()) or noun in DETERMINERS:
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
    if k == 0 or not is_word(before) or before == "that" or lemma(before) in en.THAT_VERBS:
        return k  # the list opens the sentence or the clause a verb of saying reports
    return None


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
                and low not in NOUN_MARKERS and low not in PREPOSITIONS and low not in en.CLAUSE_BOUNDARIES):
            return False  # (a determiner opens the post's own phrase: "In the end | the mayor")
        if post:
            return True
    return False


def _people_before_preposition(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` is a plural noun of people before a
    preposition of where or whose they are ("Many children | at the school", "Some
    volunteers | at the shelter", "Many mothers | in the town"): the head of the
    subject the walk is reading, no verb ending it, however seldom sources hold it
    (not a form in "-ed": "the accused" may be a verb)."""
    low = toks[i][2]
    return i + 1 < len(toks) and toks[i + 1][2] in _PEOPLE_PREPOSITIONS and not low.endswith("ed") and (
        low in UNMARKED_PLURALS or low.endswith("s") and person_noun(low))


# where or whose people are: "children at the school", "mothers in the town", "victims of the fire"
_PEOPLE_PREPOSITIONS = frozenset("at in of from on with".split())


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
    if after in TIME_DETERMINERS or after in _AGENT_TIME_PREPOSITIONS:
        # "a letter sent last month | by the mayor", "a study released on Monday by ...", "a report issued
        # over the summer by ...": the time is the participle's
        k = i + 1
        while k < min(len(toks), i + 4) and toks[k][2].lower() != "by":
            k += 1
        if k < len(toks) and toks[k][2].lower() == "by" and _time_noun(toks[k - 1][2].lower()):
            after = "by"
    if after != "by" and not (low in _CHARGE_PARTICIPLES and after in _CHARGE_PARTICIPLES[low]):
        return False  # (a charge laid goes on its noun too: "a pilot accused of smuggling")
    if not participle_form(low):
        return False
    before = toks[i - 1][2].lower()
    # (a noun before it: not "as defined by", "had been captured by", "it was written by")
    return (is_word(before) and before.isalpha() and before not in en.AUXILIARIES and before not in en.PRONOUNS
            and before not in en.CLAUSE_BOUNDARIES and before not in PREPOSITIONS and before not in DETERMINERS
            and not before.endswith(("ly", "ed")))


# the prepositions of a time between a participle and its agent: "issued over the summer by"
_AGENT_TIME_PREPOSITIONS = frozenset("on in earlier over during".split())


# the seasons, times as much as the words of `TIME_WORDS` are
_SEASONS = frozenset("summer winter autumn".split())


def _time_noun(low: str) -> bool:
    return low in en.TIME_WORDS or low in _SEASONS


def _time_before_agent(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` is a time right before the agent's "by" of a participle
    on a noun a few words before ("A report issued over the | summer | by the OECD"): the
    participle's adjunct, no verb ending the walk."""
    return (i + 1 < len(toks) and toks[i + 1][2] == "by" and _time_noun(toks[i][2])
            and any(_participle_before_agent(toks, k) for k in range(max(1, i - 3), i)))


def _negated_participle(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "not" at ``i`` opens a negated participle and its preposition
    after a noun ("doctors | not | involved in the trial", "experts not affiliated
    with the firm"): a reduced relative on that noun, no verb of the clause."""
    if toks[i][2] != "not" or i == 0 or i + 2 >= len(toks):
        return False
    before, word = toks[i - 1][2].lower(), toks[i + 1][2]
    return (word.islower() and participle_form(word) and toks[i + 2][2] in PREPOSITIONS
            and before.isalpha() and before not in en.AUXILIARIES and before not in en.PRONOUNS
            and before not in en.CLAUSE_BOUNDARIES and before not in PREPOSITIONS and before not in DETERMINERS
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
            and not (low.endswith(("ly", "ed", "ing", "s")) and not low.endswith(("ss", "us"))))
    # (a noun in "-ss" or "-us" is no verb's form in "-s": ", bus drivers said", ", business owners say")


def _joins_subjects(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the "and", "or" or "but" at ``j`` joins two subjects or two clauses, not two
    modifiers of one noun ("Demographic and ideological shifts"): a comma before it (", but
    aid groups said") or, before "and" and "or", a plural noun ("Rights groups and aid agencies")."""
    low = toks[j][2].lower()
    if j == 0 or low not in ("and", "or", "but"):
        return False
    left = toks[j - 1][2]
    if left[:1].isupper() and (j == 1 or not is_word(toks[j - 2][2])):
        left = left.lower()  # "Nurses and fire crews said": the plural capitalised where the sentence opens
    return left == "," or low != "but" and (plural(left) or left in _COLLECTIVE_PEOPLE)


# nouns for a body of people that take a plural verb with no "-s": "Police and fire crews said"
_COLLECTIVE_PEOPLE = frozenset("police staff personnel clergy".split())


# the nouns for a body, an outlet or a product that stand before its name and say what it is:
# "the charity Oxfam", "the daily Bild", "the app Hinge", "the site Match"
_NAMED_NOUNS = en.ORGANIZATION_WORDS | en.OUTLET_MEDIUM_NOUNS | en.PRODUCT_NOUNS | frozenset(["site"])


def _modifier_before_named_noun(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` is one of at most two words in small letters between a
    determiner that opens the phrase and a noun of ``_NAMED_NOUNS`` right before a name in
    capitals: "the dating app Hinge", "the food delivery app Zomato", "the dating site Match"
    (the article and the words that say what kind of body it is are the mention's, as in "the
    messaging app Telegram")."""
    j = i + 1
    if j < len(toks) - 2 and toks[j][2] not in _NAMED_NOUNS and toks[j][2].islower() and is_word(toks[j][2]):
        j += 1  # "the food | delivery app Zomato"
    if not (j + 1 < len(toks) and toks[j][2] in _NAMED_NOUNS and toks[j + 1][2][:1].isupper()):
        return False
    k = i - 1
    if k > 0 and toks[k][2].islower() and is_word(toks[k][2]) and toks[k][2] not in _MODIFIED_DETERMINERS:
        k -= 1  # "the food delivery | app Zomato"
    return k >= 0 and toks[k][2].lower() in _MODIFIED_DETERMINERS and (k == 0 or not is_word(toks[k - 1][2]))


def _plain_adjective_after_determiner(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` is a plain adjective right after a determiner that opens
    the phrase, before a noun in lower case, whatever follows the noun ("A joint statement
    issued on Tuesday said"; `_determined_modifier` reads the noun the walk took last only)."""
    return (toks[i][2] in _PLAIN_ADJECTIVES and 0 < i < len(toks) - 1 and toks[i + 1][2].islower()
            and toks[i - 1][2].lower() in _MODIFIED_DETERMINERS and (i == 1 or not is_word(toks[i - 2][2])))


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
    while noun > i and noun > floor and is_word(toks[noun][2]) and (toks[noun][2][:1].isupper() or (
            toks[noun][2] in NAME_JOINERS and (toks[noun - 1][2][:1].isupper() or toks[noun - 1][2] in NAME_JOINERS))):
        floor -= toks[noun][2] in NAME_JOINERS  # (a joiner is no name's word: "State of the Climate", three)
        noun -= 1
    if i == noun - 1 == len(toks) - 3 and toks[noun][2].islower() and is_word(toks[noun][2]) and (
            person_noun(toks[-1][2]) or toks[-1][2] in en.ORGANIZATION_WORDS) and (
            toks[noun][2] not in PREPOSITIONS and toks[noun][2] not in _ADJUNCT_PREPOSITIONS and (
                toks[noun][2] not in en.CLAUSE_BOUNDARIES and toks[noun][2] not in NOUN_MARKERS)):
        # (and a noun of its field before a noun of people or of a body: "the party's rural affairs spokesperson")
        noun = i
    # (plain nouns before the noun, one or two, though each may be a verb too: "the ballot dispute",
    # "the ballot question fight")
    compound = len(toks) - 3 <= i < len(toks) - 1 and all(_noun_before_noun(t[2], toks[-1][2]) for t in toks[i:-1])
    if i != noun and not compound:
        return False
    if not _adjective(toks[i][2], lexicon, loose=True) and not _noun_modifier_of_body(toks[i][2], toks[-1][2]) and (
            toks[i][2] not in en.FREQUENCY_LY_WORDS) and not compound:  # ("a weekly newspaper": how often it comes out)
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
    while k > max(0, least) and toks[k][2][:1].isupper() and is_word(toks[k][2]) and toks[k][2].lower() not in _MODIFIED_DETERMINERS:
        k -= 1
    if k >= 0 and toks[k][2].endswith(POSSESSIVE_MARKS) and toks[k][2][:-2].lower() not in _IS_BEFORE:
        return True  # "Japan's space agency", "the party's frustrated members": a possessor determines the noun
    if k > 0 and toks[k][2] in ("'", "’") and toks[k - 1][2].endswith("s") and is_word(toks[k - 1][2]) and (
            toks[k - 1][1] == toks[k][0] < toks[k][1] < toks[k + 1][0]):
        return True  # "the employees' joint forum": a plural's possessor does too
    return k >= 0 and toks[k][2].lower() in _MODIFIED_DETERMINERS and (
        # (or a preposition: "the diary recovered from a dead soldier")
        k == 0 or not is_word(toks[k - 1][2])
        or toks[k - 1][2].lower() in PREPOSITIONS and toks[-1][2].lower() not in _CLAUSE_LEADS)


_IS_BEFORE = frozenset(en.PRONOUNS) | frozenset("that what there here who where how when why let this".split())


def _noun_before_noun(word: str, head: str) -> bool:
    """Whether a plain lower-case word right before the noun the walk took, after a determiner,
    is a noun that modifies it, though it may be a verb too: "the ballot dispute", "the border
    fight", "a water shortage" (no verb stands right after a determiner); not a word of a
    verb's endings or a plural ("the ballots", "the voting"), nor before a noun in capitals."""
    return (word.isalpha() and word.islower() and head.isalpha() and head.islower() and not word.endswith(_VERB_FORM_ENDS)
            and not plural(word) and word not in en.AUXILIARIES and word not in _VERBISH and word not in PREPOSITIONS
            and word not in en.CLAUSE_BOUNDARIES and word not in DETERMINERS and word not in en.PRONOUNS)


# endings of a verb's forms that a plain noun before a noun seldom has ("-ly": an adverb)
_VERB_FORM_ENDS = ("ed", "ing", "ly")


def _noun_modifier_of_body(word: str, head: str) -> bool:
    """Whether a lower-case word before a noun for a body or for people by their
    part modifies it, a noun of what the body looks after: "the border agency",
    "the coast guard", "the space agency"; or before a noun of an outlet, a noun of
    what it carries ("a jobs portal", "the sports website")."""
    low = head.lower()
    return (word.isalpha() and word.islower() and not word.endswith("ly") and word not in en.AUXILIARIES
            and word not in _VERBISH and (low in en.ORGANIZATION_WORDS or low in en.GOVERNMENT_WORDS or person_noun(low)
                                           or low in en.OUTLET_NOUNS))


def _field_nouns(toks: list[tuple[int, int, str]], i: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``i`` is one of the two nouns of what a body looks after
    right before the noun for it, after a determiner or a possessor and at most one
    other modifier: "the disaster management authority", "the state fire safety
    agency", "Kenya's wildlife protection service" (no verb after a determiner)."""
    head = len(toks) - 1
    first = head - 2
    if first < 1 or i not in (first, first + 1) or participle_form(toks[first + 1][2].lower()):
        return False
    noun = toks[head][2]
    if not noun.islower() or noun not in en.ORGANIZATION_WORDS and noun not in en.GOVERNMENT_WORDS:
        return False
    if not all(_noun_modifier_of_body(w, noun) and not plural(w) and w not in DETERMINERS
               and w not in PREPOSITIONS and w not in _ADJUNCT_PREPOSITIONS for w in (toks[first][2], toks[first + 1][2])):
        return False
    k = first - 1
    if k > 0 and toks[k][2].lower() not in _MODIFIED_DETERMINERS and (
            _adjective(toks[k][2], lexicon, loose=True) or _noun_modifier_of_body(toks[k][2], noun)):
        k -= 1  # "the state disaster management authority"
    return toks[k][2].lower() in _MODIFIED_DETERMINERS or toks[k][2].endswith(POSSESSIVE_MARKS)


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
            return after.isalpha() and after.islower() and after not in en.CLAUSE_BOUNDARIES and after not in PREPOSITIONS
    return False


# A hyphenated measure that modifies a noun: "71-year-old", "10-year", "three-term"
_COMPOUND_MEASURE = regex.compile(r"(?:\d{1,4}|(?:%s|%s)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-[a-z]{2,12}(?:-[a-z]{2,8})?$"
                                  % (en.NUMBER_WORDS, en.TENS_WORDS))


def _comma_in_place(toks: list[tuple[int, int, str]], i: int, words: int) -> bool:
    """Whether the comma at ``i`` parts a town from its state or country after a name's
    preposition of place, the state's capitalised words all the walk has taken
    ("Ann Lee of Columbia, South Carolina says"); not a place fronted before the
    clause ("In Columbia, South Carolina voters say"), nor a person's name after a
    fronted phrase's place ("Speaking at the Bank of Canada, Lee said", "..., Ann Lee said").
    After a noun of people (in small letters but for a capital opening it) the preposition may be "in" too, the state a place
    of the table ("A farmer from Athens, Georgia said", "a nurse in Dayton, Ohio said"; not "a
    rally in Salem, Ohio Lee said", whose noun is no person's)."""
    if not 1 <= words <= 2 or i < 3 or not all(t[2][0].isupper() and t[2].isalpha() for t in toks[i + 1:i + 1 + words]):
        return False  # (no word taken after the comma: no state it parts off, "“““, . said")
    after = [t[2].lower() for t in toks[i + 1:i + 1 + words]]
    if " ".join(after) not in place_names() and (after[0] in given_names() or after[-1] in family_names()):
        return False
    k = i - 1
    while k > i - 3 and toks[k][2][0].isupper() and toks[k][2].isalpha():
        k -= 1
    if not (k < i - 1 and k > 0):
        return False
    before = toks[k - 1][2]
    if toks[k][2] in ("of", "from") and before[0].isupper() and is_word(before):
        return True
    low = before.lower()
    return toks[k][2] in ("of", "from", "in") and before.isalpha() and before[1:].islower() and (
        person_noun(low) or plural(low) and person_noun(singular(low))) and " ".join(after) in place_names()


def _determined_speaker(toks: list[tuple[int, int, str]], k: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``k`` is a lower-case noun of people after a determiner, the
    first item of a list of speakers: "his family, friends and neighbours", "the
    senator, his aides and his donors"."""
    word = toks[k][2]
    return (k > 0 and word.islower() and toks[k - 1][2].lower() in GROUP_DETERMINERS
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
        if not is_word(w):
            return False
        if j == 0 and not long and w.lower() not in ITEM_DETERMINERS:
            return None
        if w.lower() in ITEM_DETERMINERS and (j == 0 or not is_word(toks[j - 1][2])):
            # the head is the noun before the item's first preposition, only modifiers before it
            # (not "The mayor spoke to the vicar", "The priest visited the imam": clauses)
            lows = [t[2].lower() for t in toks[j + 1:k + 1]]
            cut = next((n for n, m in enumerate(lows) if m in HEAD_PREPOSITIONS), len(lows))
            if cut == 0 or any(m in NOUN_MARKERS or m in _VERBISH or m in _STRONG_VERBS or n and past_form(m)
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
            and toks[i + 1][0] == start and toks[i + 1][2].islower() and is_word(toks[i + 1][2])
            and not past_form(toks[i + 1][2]) and not plural(toks[-1][2])
            and toks[i + 1][2] not in _SUBJECT_PRONOUNS and toks[i + 1][2] not in NOUN_MARKERS):
        # (a noun for people heads the mention: "That official", not "That decision prompted")
        last = toks[-1][2].lower()
        return person_noun(last) or lexicon.speaker_share(last) >= _HEAD_SHARE
    if i > 0 and toks[i - 1][2].lower() in _THAT_TIME_LEADS and toks[i + 1][2].lower() in en.TIME_WORDS and (
            i == 1 or not is_word(toks[i - 2][2]) or toks[i - 2][2].lower() in en.CLAUSE_BOUNDARIES):
        # "Later that week the mayor said", "and earlier that day she said": a time fronted with no
        # comma, the clause's, no relative (but "a win in Ohio later that night could": the noun's)
        return True
    return (start is not None and i > 0 and toks[i - 1][2] in PREPOSITIONS
            and toks[i + 1][0] == start and toks[i + 1][2].lower() not in _SUBJECT_PRONOUNS
            and toks[i + 1][2].lower() not in NOUN_MARKERS)  # ("wrong in that the board said")


# Words of time before "that" and a noun of time: "Later that week", "Early that morning"
_THAT_TIME_LEADS = frozenset("later earlier late early".split())


# marks that may stand before the word that opens a sentence
_OPENING_MARKS = frozenset(["“", '"', "‘", "(", *DASHES])


# words before a participle of naming that leave it no noun to name: "the so called “X”"
_NOT_NAMED = en.CLAUSE_BOUNDARIES | frozenset("so also often sometimes widely".split())


_TITLE_CLOSINGS = frozenset(["”", '"'])


_TITLE_OPENINGS = frozenset(["“", '"'])


_TITLE_WORDS = 6


def _quoted_title_opening(toks: list[tuple[int, int, str]], close: int) -> int | None:
    """Where the opening mark of a quoted title in title case that closes at
    ``close`` stands ("the “Harbour Lights” actress"): up to ``_TITLE_WORDS``
    words, the first capitalised, none in lower case but a title's small words."""
    for j in range(close - 1, max(close - _TITLE_WORDS - 2, -1), -1):
        w = toks[j][2]
        if w in _TITLE_OPENINGS:
            return j if j < close - 2 and toks[j + 1][2][0].isupper() else None
        if not is_word(w) or not title_case_word(w, en.QUOTED_TITLE_SMALL_WORDS):
            return None
    return None


def _nickname_opening(toks: list[tuple[int, int, str]], close: int) -> int | None:
    """Where the opening mark of a nickname that closes at ``close`` stands, between a
    given name and a surname ("Joko “Jokowi” Widodo"): one or two capitalised words in the
    marks, a capitalised word before them and after them."""
    if close + 1 >= len(toks) or not toks[close + 1][2][:1].isupper() or not is_word(toks[close + 1][2]):
        return None
    for opening in (close - 2, close - 3):
        if opening < 1 or toks[opening][2] not in _TITLE_OPENINGS:
            continue
        named = [toks[j][2] for j in range(opening + 1, close)]
        before = toks[opening - 1][2]
        if all(is_word(n) and n[0].isupper() for n in named) and is_word(before) and before[0].isupper():
            return opening
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
    if i == 0 or not participle_on_noun(toks[i - 2][2] if i > 1 else "", toks[i - 1][2], toks[i][2]):
        return False
    # (a singular's clause holds no comma, nor ends at one: "One pastor backing Lee, Ann Roe of ..., said"
    # is the name's)
    return plural(toks[i - 1][2].lower()) or not closed and all(t[2] != "," for t in toks[i + 1:])


def _inside_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the capitalised preposition at ``i`` stands inside a name,
    between capitalised words of letters ("Doctors Without Borders", "Campaign
    Against Arms Trade"), outside a title-case line, where every word is capitalised."""
    return (0 < i < len(toks) - 1 and toks[i][2][0].isupper()
            and all(toks[k][2][0].isupper() and toks[k][2].isalpha() for k in (i - 1, i + 1)))


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
            before[0].isupper() or plural(before) or i > 1 and toks[i - 2][2].lower() in DETERMINERS):
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
    return any(t[2].lower() in DETERMINERS for t in toks[max(0, j - 2):j])


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
    return (word.isalpha() and word.islower() and low not in DETERMINERS and low not in _CLAUSE_LEADS
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


def _modal_names(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a capitalised modal that may be a given name (`default_lexicon.NAME_AUXILIARIES`)
    at ``i`` opens a name outside title case: before a cue that is no bare verb, which no modal
    takes, the modal alone ("In short, Will wrote", "The plan fails, May said") or with the
    capitalised words after it ("Will Smith wrote"), an appositive after a comma following
    them ("Will Smith, the head of the group, said")."""
    w = toks[i][2]
    if not w[:1].isupper() or w.isupper() or w.lower() not in en.NAME_AUXILIARIES:
        return False
    if any(not (tok[2][:1].isupper() and tok[2].isalpha()) for tok in toks[i + 1:]):
        return False
    end = toks[-1][1]
    if text.startswith(",", end):  # past an appositive, to its closing comma
        close = text.find(",", end + 1, end + 100)
        end = close + 1 if close > 0 else end
    cue = WORD.search(text, end, end + 40, CONCURRENT)
    return cue is not None and cue.group().islower() and lemma(cue.group()) != cue.group()


# the words a month follows that no verb does: a determiner, a preposition, a time's word
# ("the May meeting", "in May", "last May")
_BEFORE_MONTH = (DETERMINERS | PREPOSITIONS | frozenset("last next early late since until".split())) - {"that"}


# A closing quotation mark, as a token (a doubled '' is two): a trailing speaker's
# name may follow one; right after a comma, no space between, it closes
_CLOSING_MARK_TOKENS = frozenset(CLOSING_QUOTE_MARKS)


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
        if not (word.isalpha() and (word.islower() if lower else word.istitle())) or word.lower() in DETERMINERS:
            return False
        if word.lower() in _DEPARTMENT_POSTS or word.lower() in _DEPARTMENT_BODIES and j == len(toks) - 1:
            return j > i + 1
    return False


# how many words each field of a department's list may hold, and how many tokens its list may take
_FIELD_LIST_WORDS = 3
_FIELD_LIST_TOKENS = 12


def _department_list_start(toks, i: int) -> int | None:
    """Where a department's fields open when the comma at ``i`` parts two of them in a list that
    an "and" before its post ends ("Culture, Media and Sport Secretary", "Environment, Food and
    Rural Affairs Minister"; `_department_before_post`): the first field's first word, each field
    one to three words all capitalised or all in lower case, the first after no word of the same
    case; None otherwise."""
    if i < 1 or i + 1 >= len(toks):
        return None
    lower = toks[i + 1][2].islower()

    def field_word(word: str) -> bool:
        return word.isalpha() and (word.islower() if lower else word.istitle()) and word.lower() not in DETERMINERS

    run = 0
    for j in range(i + 1, min(len(toks), i + 1 + _FIELD_LIST_TOKENS)):
        word = toks[j][2]
        if word == "and":
            if not 0 < run <= _FIELD_LIST_WORDS or not _department_before_post(toks, j):
                return None
            break
        if word == ",":
            if not 0 < run <= _FIELD_LIST_WORDS:
                return None
            run = 0
        elif field_word(word):
            run += 1
        else:
            return None
    else:
        return None
    k = i - 1
    while k >= 0 and k > i - 1 - _FIELD_LIST_WORDS and field_word(toks[k][2]):
        k -= 1
    while lower and 0 < k < i - 1 and toks[k][2] == "," and field_word(toks[k - 1][2]) and i - k < _FIELD_LIST_TOKENS:
        # (and the fields before in lower case, a comma between each: "the digital, culture, media and
        # sport committee"; capitals may open the sentence: "Yesterday, Culture, Media and Sport Secretary")
        comma = k
        k -= 1
        while k >= 0 and k > comma - 1 - _FIELD_LIST_WORDS and field_word(toks[k][2]):
            k -= 1
    if k == i - 1 or k >= 0 and is_word(toks[k][2]) and (
            toks[k][2].lower() not in _MODIFIED_DETERMINERS and (lower or not toks[k][2].islower())) and not (
            lower and (toks[k][2][:1].isupper() or toks[k][2] in POSSESSIVE_MARKS)):
        # ("Ann Lee, Tom Roe and Sport Secretary ...": a name's words before the comma; but fields in
        # lower case may follow their body's owner: "Holyrood's net zero, energy and transport
        # committee", "the Commons digital, culture, media and sport committee")
        return None
    return k + 1


# the posts a department's fields stand before, and the nouns of a body they stand before last
# in the mention (``default_lexicon.DEPARTMENT_POSTS``)
_DEPARTMENT_POSTS = en.DEPARTMENT_POSTS
_DEPARTMENT_BODIES = en.DEPARTMENT_BODY_NOUNS
# how many words a department's last field may take
_DEPARTMENT_WORDS = 4


def _in_department_fields(toks, i: int) -> bool:
    """Whether the word at ``i`` is a word of a department's or a committee's fields that an "and"
    joins before its post or its body (`_department_before_post`), right before that "and" or a
    few words in lower case from it, on either side: "the rural | affairs and islands committee",
    "the islands and rural | affairs committee"."""
    for k in range(i + 1, min(len(toks), i + _DEPARTMENT_WORDS)):
        if toks[k][2] == "and":
            return _department_before_post(toks, k)
        if not (toks[k][2].isalpha() and toks[k][2].islower()):
            break
    for k in range(i - 1, max(-1, i - _DEPARTMENT_WORDS), -1):
        if toks[k][2] == "and":
            return _department_before_post(toks, k)
        if not (toks[k][2].isalpha() and toks[k][2].islower()):
            break
    return False


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
        i == 1 or not is_word(toks[i - 2][2]) or toks[i - 2][2].lower() == "that" or lemma(toks[i - 2][2].lower()) in en.THAT_VERBS
    ):
        return True  # "She and her aides", "said he and other leaders are planning"
    low = right.lower()
    if i > 1 and toks[i - 2][2] in _BEFORE_MONTH and (left.lower() in en.MONTH_NAMES or left.lower() in en.DAY_NAMES):
        return False  # "reported in May and some lawmakers said": a time's month or day ends a clause, no speaker
    if left == ")" and _bracketed_tag_after_name(toks, i - 1):
        left = toks[i - 2][2]  # "Sen. Ann Lee (Ohio) and ...": the name's own tag in brackets
        if right[0].isupper() or low in _OTHERS or low in GROUP_DETERMINERS or low in _TENURES:
            return True
    if left.lower() in _TENURES and low in _TENURES:
        return True  # "current and former officials": two words for one noun
    if _department_before_post(toks, i):
        return True  # "the work and pensions secretary": the fields a post is of, in lower case
    if left.lower() in en.COMPASS_ADJECTIVES and low in en.COMPASS_ADJECTIVES:
        return True  # "counties in northern and western Maine": two parts of one place
    if (lexicon is not None and i > 1 and i < len(toks) - 2 and _adjective(left, lexicon, loose=True)
            and (_adjective(right, lexicon, loose=True) or right[0].isupper() and right.isalpha())
            and (toks[i - 2][2].lower() in DETERMINERS or toks[i - 2][2].lower() in NUMBERS
                 or toks[i - 2][2].isdigit() or _COUNT_WORD.fullmatch(toks[i - 2][2].lower()))):
        return True  # "several local and national unions", "eleven liberal and Muslim groups": one noun's modifiers
    if _past_verb_object_before(toks, i):
        return False  # "The river burst its banks and officials said": the verb's object ends its clause
    if left == "," and _serial_list(toks, i):
        return True  # "Ann Lee, Tom Roe, and other pilots": the comma before the "and" of a list
    if left[0].isupper() and (right[0].isupper() or low in _OTHERS or low in GROUP_DETERMINERS or low in _TENURES):
        return True  # ("the Gazette and former mayor Tom Roe")
    if plural(left) and (low in _OTHERS or low in GROUP_DETERMINERS or plural(right)):
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


def _past_verb_object_before(toks, i: int) -> bool:
    """Whether the words before the "and" at ``i`` are the object of a verb in the past: a
    determined noun phrase of a few words right after a past ("-ed", "broke", "burst") that
    follows a word of its subject's ("The river burst | its banks | and officials said", "Police
    arrested two men and ..."); the "and" then opens a clause of its own, whose subject is the
    cue's. Not a relative clause's verb ("Voters who lost their homes and ..."), nor a past
    after an infinitive's "to" or an auxiliary of the passive."""
    j = i - 1
    while j > 0 and i - j <= _PAST_OBJECT_WORDS and toks[j][2].isalpha() and toks[j][2].lower() not in _PAST_OBJECT_DETERMINERS:
        j -= 1
    if j < 2 or j == i - 1 or toks[j][2].lower() not in _PAST_OBJECT_DETERMINERS:
        return False
    verb, subject_word = toks[j - 1][2], toks[j - 2][2]
    if not (verb.isalpha() and verb.islower()) or not (
            verb in en.FINITE_PASTS or verb in en.BARE_FORM_PASTS or verb.endswith("ed") and len(verb) > 4):
        return False
    low = subject_word.lower()
    return subject_word.isalpha() and low not in NOUN_MARKERS and low not in _NOT_SUBJECT_WORDS


# the words that open a verb's object: "burst | its banks", "arrested | two men"
_PAST_OBJECT_DETERMINERS = frozenset("the a an his her their its our my your these those two three several".split())

# how many words the object may hold between its determiner and the "and"
_PAST_OBJECT_WORDS = 4

# words before a past that make it no finite verb after its subject: a relative clause's pronoun
# ("who burst"), an infinitive's "to", the passive's auxiliaries
_NOT_SUBJECT_WORDS = frozenset("who which that to be been being was were is are".split())


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
    if i < 4 or not (right[0].isupper() or right.lower() in _OTHERS or right.lower() in GROUP_DETERMINERS
                     or right.lower() in _TENURES):
        return False
    item = toks[i - 2][2]
    if not (item[0].isupper() or plural(item)) or item.endswith("."):
        return False  # ("in San Mateo, Calif., and ...": a state's abbreviation after its town ends a place)
    for j in range(i - 3, max(0, i - 3 - _LIST_ITEM_WORDS), -1):
        w = toks[j][2]
        if w == ",":
            return j > 0 and (toks[j - 1][2][0].isupper() or plural(toks[j - 1][2]))
        if not is_word(w) and w not in (".", "’s", "'s", "-"):
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


_OTHERS = frozenset("other others several many some fellow".split())


_TIME_LEADS = frozenset("last next this that earlier later early late every each".split())


# Determiners that open a subject after a fronted phrase with no comma ("In an interview the mayor")
_SUBJECT_OPENERS = frozenset("the a an his her their its our my these those".split())


# A fronted phrase with no comma is at most this many words long
_FRONTED_PHRASE_WORDS = 8


def _opens_clause(text: str, lo: int, pos: int) -> bool:
    """Whether only quote marks, or a comma, a dash or a colon that ends what
    goes before, stand between ``lo`` and ``pos``: a phrase there opens its clause."""
    before = text[max(lo, pos - 200):pos].rstrip()
    return not before.strip("“\"‘'") or before.endswith((",", *DASHES, ";", ":"))


def _past_timed_phrase(text: str, lo: int, time_start: int, toks: list[tuple[int, int, str]],
                       strong: bool) -> list[tuple[int, int, str]]:
    """``toks`` past a prepositional phrase that follows a fronted time with no comma,
    after a sure cue, when the time opens the clause ("Last night at the dock Lee
    said", "... Sen. Lee (D-Ohio) said"); None when there is none."""
    if not strong or len(toks) < 3 or toks[0][2] not in PREPOSITIONS or not _opens_clause(text, lo, time_start):
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
        if w.lower() in PREPOSITIONS or not is_word(w):
            return None
        capitals = capitals and w[0].isupper()
        prev = toks[k - 1][2]
        low_prev = prev.lower()
        if low_prev in DETERMINERS or low_prev in PREPOSITIONS or low_prev in en.CLAUSE_BOUNDARIES or not is_word(prev):
            continue
        opens = w.lower() in _SUBJECT_OPENERS or capitals and (
            prev[0].islower() or prev[0].isdigit() or low_prev in en.TIME_WORDS)
        if opens:
            return k if k <= _FRONTED_PHRASE_WORDS else None
    return None


# the prepositions of an aside that says whom or what a report went out through: "through his
# spokesman", "via its lawyer", "in a statement signed by its spokesperson"
_MEANS_ASIDE_PREPOSITIONS = frozenset("through via in".split())


def _before_means_aside(text: str, lo: int, hi: int, lexicon: Lexicon, strong: bool) -> tuple[int, int] | None:
    """"The governor, through his spokesman, Ann Lee,", "The ministry, in a statement signed by its
    spokesperson, Ann Lee,": a mention, then an aside set off by commas that a preposition opens
    and a noun of a person closes (the one the report went out through), then that person's name
    in apposition to the aside's noun. The mention is what stands before the aside, with its own
    appositive ("The governor, Ann Lee, through his spokesman, Tom Roe,"); None when the stretch
    ending at the comma ``hi - 1`` is not of this shape."""
    inner_end = hi - 1
    named = _aside_comma(text, lo, inner_end)
    opening = _aside_comma(text, lo, named) if named > lo else -1
    if opening <= lo:
        return None
    name = tokens(text, named + 1, inner_end)
    if not 2 <= len(name) <= _MEANS_NAME_WORDS or not all(_NAME_WORD.fullmatch(t[2]) for t in name):
        return None
    aside = [t[2] for t in tokens(text, opening + 1, named)]
    if len(aside) < 3 or aside[0] not in _MEANS_ASIDE_PREPOSITIONS:
        return None
    # (the aside's noun is someone's, the mention's: "through his spokesman", "by its spokesperson";
    # a post in capitals may go on over its field: "its Special Assistant on Media and Publicity")
    owner = next((k for k, w in enumerate(aside) if w in _MEANS_OWNERS), None)
    if owner is None:
        return None
    post = next((k for k in range(len(aside) - 1, owner, -1) if _post_noun(aside[k].lower())), None)
    if post is None or not all(w[:1].isupper() or w in _POST_FIELD_JOINERS for w in aside[post + 1:]):
        return None
    return _walked_stripped(text, lo, opening + 1, lexicon, strong)


def _post_noun(low: str) -> bool:
    """A noun of a person by their work or their tie to another: "spokesman", "aide", "assistant"."""
    return person_noun(low) or low in en.TIE_NOUNS and low != "close"


# the small words inside a post's field in capitals: "Special Adviser to the President on Media and Publicity"
_POST_FIELD_JOINERS = frozenset("of on to for and the".split())


_MEANS_OWNERS = frozenset("his her its their".split())


# the most words of the name after the aside: "Mr Kayode Adebayo Akinmade"
_MEANS_NAME_WORDS = 5


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
_CLOSING_AFTER_COMMA = regex.compile(r",(?:”|\"|'')$", regex.REVERSE)


# a subject pronoun, its verb and a preposition with no object, at a subject's end: the
# clause of "the experts we spoke to", "residents I talked with" (its preposition group 1)
_STRANDED_PREPOSITION = regex.compile(
    r"(?<![\w’'-])(?:I|we|you|he|she|they)[^\S\n]+\p{Ll}+[^\S\n]+(to|with|for|about|at|from|on)[^\S\n]*\Z", regex.REVERSE)


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
            _YEAR_AFTER.match(text, comma + 1, hi, CONCURRENT) and _DAY_BEFORE_YEAR.search(text, max(lo, comma - 14), comma))):
        comma = text.rfind(",", lo, comma)
    if comma > lo and _POST_OR_BODY_AT_END.search(text, max(lo, hi - _LAST_WORD_REACH), hi) is not None and (
            (fields := _fields_listed_before(text, lo, hi, comma)) is not None):
        # "Tom Roe, the culture, media and sport secretary,": the commas of a department's fields
        # listed before its post open no aside; the aside opens before the list
        comma = text.rfind(",", lo, fields)
    return comma


# the last word before an aside's closing comma, in lower case, when it is a post or a body's noun
# a department's fields may stand before ("secretary", "committee")
_POST_OR_BODY_AT_END = regex.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(en.DEPARTMENT_POSTS | en.DEPARTMENT_BODY_NOUNS)) + r")[^\S\n]*\Z")
_LAST_WORD_REACH = 16


def _fields_listed_before(text: str, lo: int, hi: int, comma: int) -> int | None:
    """Where a department's fields listed before the post or body that ends [lo, hi) open, when
    the comma at ``comma`` parts two of them ("the culture, media and sport secretary"); None
    when it parts no such fields."""
    toks = tokens(text, max(lo, comma - _FIELDS_REACH), hi)
    at = next((j for j, t in enumerate(toks) if t[0] == comma), None)
    if at is None or at + 1 >= len(toks) or not toks[at + 1][2].islower():
        return None
    k = _department_list_start(toks, at)
    return None if k is None else toks[k][0]


# how far before the last comma a department's list of fields may open
_FIELDS_REACH = 80


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
    # (and a past participle of the terms the source spoke on: "A senior aide, granted anonymity to
    # discuss the talks, said")
    granted = first in _GRANTING and ANONYMITY_PARTICIPLE.match(text, comma + 1, inner_end, CONCURRENT) is not None
    clausal = first.endswith("ing") and first != "including" and first not in _TITLE_PARTICIPLES or granted or (
        first == "who" and ANONYMITY_CLAUSE.match(text, comma + 1, inner_end, CONCURRENT) is not None)
    members = first == "including" or _among_them(appos)  # a list of members named: the mention's
    if not members and not clausal and not _opens_clause_after_adjunct(text, lo, name[0]) and not any(
            t[2][0].isupper() for t in tokens(text, name[0], name[1]) + appos if is_word(t[2])):
        return None  # (a list of members needs no name: "many of the pilots, including two captains,")
    if len(appos) == 1 and _is_age(first):
        return name[0], inner_end  # "Ann Lee, 54,": her age is part of the mention
    if first in ("at", "of", "from") and _affiliation(appos[1:]) and text[name[0]].isupper() and kind(text, *name, lexicon) == "person":
        # "Tom Roe, at the Harbour Institute,", "Ms. Lee, of Ashby Capital,", "Dr. Lee, from the
        # University of Harlow,": where they work
        return name[0], inner_end
    if (first in ("who", "which", "whose", "whom", "when", "where") or first.isdigit()
            or first.endswith("ing") and first != "including" and first not in _TITLE_PARTICIPLES
            or first in PREPOSITIONS or first in _ADJUNCT_PREPOSITIONS and not members or _adverbial_aside(appos) or granted
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
            _NAME_WORD.fullmatch(t[2]) or t[2] in ("of", "in") or not is_word(t[2]) for t in appos):
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
    ws = [t[2] for t in words if is_word(t[2])]
    owner = next((j for j, w in enumerate(ws) if w.endswith(("’s", "'s"))), None)
    if owner is not None:
        return _unit_of_body(ws, owner)
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


def _unit_of_body(ws: list[str], owner: int) -> bool:
    """Whether the words after an aside's "of" or "at", the one at ``owner`` a possessive, name a
    unit of a body: the body by its capitalised name or by "the" and its noun ("Kent Police’s",
    "the force’s", "the council’s"), then up to five words ending in a unit's noun ("roads policing
    unit", "Serious Collision Investigation Unit", "housing team"), or in capitals holding one
    ("King's College London"); not an occasion nor a time
    ("at Monday’s rally", "of last year’s budget")."""
    body, unit = ws[:owner + 1], ws[owner + 1:]
    body[-1] = body[-1][:-2]
    if body and body[0] == "the":
        body = body[1:]
    if not body or not unit or len(unit) > 5 or len(body) > _AFFILIATION_WORDS:
        return False
    if len(body) == 1 and body[0].islower():
        named = body[0] in en.ORGANIZATION_WORDS and len(ws) > owner + 1 and ws[0] == "the"
    else:
        named = all(w[:1].isupper() or w in ("of", "for", "and", "&") for w in body) and body[0][:1].isupper() and not _number(body[0])
    # (a name in capitals may close on the place the body is in: "King's College London", "Queen's University Belfast")
    proper = all(w[:1].isupper() for w in unit) and any(w.lower() in en.ORGANIZATION_WORDS for w in unit)
    return (named and (unit[-1].lower() in en.ORGANIZATION_WORDS or proper) and all(w.isalpha() for w in unit)
            and not any(w in en.DAY_NAMES or w.lower() in en.DAY_NAMES or w.lower() in en.TIME_WORDS for w in body + unit))


# A determiner or a possessive right before a word: "the leading", "Lee's acting"
_DETERMINED = regex.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|my)|[’']s?)\s+\Z", regex.IGNORECASE)


def _object_of_verb(word: str) -> bool:
    """Whether a word before a noun phrase makes it a verb's object: a participle
    in "-ing" or "-ed" ("winning Ohio", "backing Lee"), not a title ("managing")."""
    return word.islower() and len(word) > 4 and word.endswith(("ing", "ed")) and word not in _TITLE_PARTICIPLES


# The longest described noun phrase before a name in apposition
_DESCRIBED_WORDS = 10


# a word of a person's name: one in capitals, or a small word of a surname of several ("de", "van",
# "bin": `default_lexicon.SURNAME_PARTICLES`)
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}’'.-]*|(?:%s)" % "|".join(sorted(en.SURNAME_PARTICLES, key=lambda w: (-len(w), w))))


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
    if any(not is_word(w) and w not in ("’s", "'s", "-") or w.lower() in _VERBISH or w.lower() in en.SUBORDINATORS
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
    if first in _DESCRIBING_PARTICIPLES:
        return False  # "Halifax, owned by Lloyds,", "Acme, based in Ohio,": who owns or runs it describes it
    if not (first.islower() and first.endswith("ed") and len(first) > 4):
        return False
    return len(appos) == 1 or appos[1][2].lower() in _AFTER_PASSIVE


# Participles of owning, running or founding, which say what a name is (whose it is, who runs it,
# where it sits), not what befell it: an aside they open stays in the mention, whatever kind the
# name seems to be ("Halifax, owned by Lloyds, said", "Purple PAC, steered by Ed Roe, said")
_DESCRIBING_PARTICIPLES = frozenset(
    "owned run operated controlled founded co-founded funded financed bankrolled led headed chaired steered "
    "managed based located headquartered".split())
_AFTER_PASSIVE = PREPOSITIONS | _ADJUNCT_PREPOSITIONS | frozenset(["about", "that", "into"])


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
    words = [t for t in aside if is_word(t[2])]
    if not words or len(aside) > _MAX_APPOSITIVE_WORDS:
        return False
    first = words[0][2].lower()
    if first in ("who", "which", "whose", "whom", "when", "where") or first in PREPOSITIONS:
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
    if former_name_aside([t[2] for t in appos]) is not None:
        return False  # "X, formerly Twitter,", "Meta, formerly known as Facebook,": the name it had is the mention's
    return (first in en.SUBORDINATORS or first in _ASIDE_ADVERBS or en.ly_adverb(appos[0][2])
            # "Lee, then in college,": a time and a place, where "Lee, then a pilot," describes
            or first in ("then", "now") and len(appos) > 1 and (
                appos[1][2] in PREPOSITIONS or appos[1][2] in _ADJUNCT_PREPOSITIONS)
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
_ASIDE_OPENERS = DETERMINERS | PREPOSITIONS | frozenset(
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
        # (the conjunction that opens the sentence is no adverbial: "But Ann Lee, of Leeds, who ..., said")
        opener = _OPENING_CONJUNCTION.match(text, seg_start, comma) if not k else None
        bare = opener.end() if opener is not None else seg_start
        if _opens_with_adjunct(text, bare, comma) or _connective(text, bare, comma):
            continue  # "On Monday, Ann Lee, ...": the adverbial is the clause's
        name = _subject(text, seg_start, comma, lexicon, strong=strong)
        if name is None or _connective(text, *name) or text[seg_start:name[0]].strip(" \n" + CLOSING_QUOTE_MARKS).lower() not in ("", "and", "but"):
            continue
        asides = after[k:]
        if not all(asides) or sum(map(len, asides)) > _MAX_APPOSITIVE_WORDS:
            continue
        if not (text[name[0]].isupper() or asides[0][0][2].lower() in ("who", "whose")):
            continue  # a common noun needs a relative clause to show it is a person's
        if all(_opens_aside(a[0][2]) and not _finite_before_relative(a) for a in asides):
            return name[0], inner_end
    return None


# "But" or "And" opening a sentence before its subject, a capital after it
_OPENING_CONJUNCTION = regex.compile(r"\s*(?:But|And) (?=\p{Lu})")


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
        return after is not None and after.group().lower() in DETERMINERS
    return (low in _FRONTED or low in PREPOSITIONS or low in en.CLAUSE_BOUNDARIES or low in en.SENTENCE_ADVERBS
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
    end = start + len(stripped.rstrip(" .!?,;:" + CLOSING_QUOTE_MARKS))
    if end <= start:
        return None
    if text[end + 1:end + 2] == "." and marked_name(text, end, start) is not None:
        end += 1  # "said Ann Lee, an editor at Which?.": the name's own mark, before the sentence's stop
    toks = tokens(text, start, end)
    first = toks[0][2].lower()
    if first in PREPOSITIONS or first in en.CLAUSE_BOUNDARIES or first in en.TIME_WORDS:
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
            if low in ("who", "which", "whose", "whom", "when") or nxt.isdigit() or low in PREPOSITIONS or (
                low in _ADJUNCT_PREPOSITIONS and low != "among"  # ", via email", ", during the debate"
            ) or (
                nxt.islower() and nxt.endswith("ing") and low not in _TITLE_PARTICIPLES
            ) or low in ("still", "now", "also") or low in TOPIC_PREPOSITIONS or (
                # "said Ann Lee, asked about the vote": what befell a person (as before a cue)
                _passive_aside(toks[k + 1:k + 3]) and kind(text, start, s, lexicon) == "person"
            ) or _members_aside(toks[k + 1:k + 5]) or low in _GRANTING and ANONYMITY_PARTICIPLE.match(
                text, s + 1, min(len(text), s + _ANONYMITY_WINDOW), CONCURRENT) is not None:
                # (", granted anonymity to speak freely": the terms the source spoke on)
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
                hearer.group(1).lower() in PRESS_HEARERS or kind(text, *hearer.span(1), lexicon) == "outlet"):
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
            [t for t in toks if t[0] < end and is_word(t[2])]) > _MAX_APPOSITIVE_WORDS
            or _WORD_AFTER_SPACE.match(text, end, len(text))):
        # a relative clause too long to be part of a mention, or one cut short where
        # a report of its own starts ("by Ann Lee, who has been pushing for ..."; the
        # word that goes on lies past ``hi``)
        end = relative_comma
    if len([t for t in toks if t[0] < end and is_word(t[2])]) > _MAX_APPOSITIVE_WORDS:
        # counted up to where the mention stops: past the bound, only the name
        # before its first comma is kept ("said Ann Lee, a fellow at ... who ..., a body whose ...")
        comma = next((s for s, _e, w in toks if w == ","), None)
        if comma is None or len([t for t in toks if t[0] < comma and is_word(t[2])]) > _MAX_APPOSITIVE_WORDS:
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
# ("remarks" and "comments", plurals, with no determiner or a possessive: "in remarks to the council",
# "in his opening remarks to reporters", "in her comments carried by Xinhua")
MEDIUM_NOUN_PHRASE = (r"(?:(?:an?|his|her|their|its)[^\S\n]+(?:[a-z][a-z-]*[^\S\n]+){0,2}?"
                      r"(?:" + "|".join(regex.escape(m) for m in en.MEDIA) + ")"
                      r"|(?:(?:his|her|their|its)[^\S\n]+(?:[a-z][a-z-]*[^\S\n]+){0,2}?)?(?:remarks|comments))")


MEDIUM = r"[^\S\n]+in[^\S\n]+" + MEDIUM_NOUN_PHRASE


# (what links the medium to whom it went or what carried it: "with", "to", "carried by", "aired on")
MEDIUM_LINK = (r"[^\S\n]+(?:with|to|(?:" + "|".join(en.CARRIED_BY) + r")[^\S\n]+by"
               r"|(?:" + "|".join(en.CARRIED_ON) + r")[^\S\n]+(?:on|in))")


MEDIUM_TO = MEDIUM + MEDIUM_LINK


_MEDIUM_TO_HEARER = regex.compile(MEDIUM_TO + r"[^\S\n]+[^\n]{1,60}\Z")


# A bare "to" and whom it names, closing an inverted cue's mention ("said Lee to reporters")
_TO_HEARER = regex.compile(r"[^\S\n]+to[^\S\n]+([^\n]{1,60})\Z")


PRESS_HEARERS = frozenset(["reporters", "journalists", "newsmen", "the press", "the media"])


# A bare "on" and the outlet it names, closing an inverted cue's mention ("said Lee on CNN")
_ON_OUTLET = regex.compile(r"[^\S\n]+on[^\S\n]+([^\n]{1,60})\Z")


def without_anonymity(text: str, start: int, end: int) -> int:
    """``end`` moved left to before a relative clause with no comma that only
    tells how a source asked not to be named ("said one aide who requested
    anonymity to discuss the talks", "according to an official who spoke on
    condition of anonymity"): the terms of the report, no part of the mention,
    as they are not when a comma sets them off (but "an official who was not
    authorized to speak" describes the source, and annotators keep it)."""
    found = ANONYMITY_CLAUSE.search(text, start, end)
    if found is None and text.find("condition", start, end) >= 0:
        # nor the bare terms, which go with the cue ("said a senior officer on condition of
        # anonymity", "according to an official on the condition of anonymity")
        found = _BARE_ON_CONDITION.search(text, start, end)
        if found is not None and _RELATIVE_WORD.search(text, start, found.start()) is not None:
            found = None  # "a person who described her remarks on the condition of anonymity": the clause's terms
    return found.start() if found is not None and found.start() > start else end


# the terms of a report with no clause: "on condition of anonymity", "on the condition that he not be named"
_BARE_ON_CONDITION = regex.compile(r"[^\S\n]+" + ON_CONDITION + r"(?![\w’'-])")
_RELATIVE_WORD = regex.compile(r"(?<![\w’'-])(?:who|whom|which|that)(?![\w’'-])", regex.IGNORECASE)


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
        return ANONYMITY_CLAUSE.match(text, aside, hi) is not None or ANONYMITY_PARTICIPLE.match(text, aside, hi) is not None
    return ANONYMITY_CLAUSE.match(text, end, hi) is not None


# a dash that sets off an aside after a mention: "The minister — who ... —", "An aide -- speaking ..."
_ASIDE_DASH = regex.compile(r"[^\S\n]*(?:[" + DASHES + r"]|--)")


_ANONYMITY_WINDOW = 240


def _may_tell_anonymity(text: str, lo: int, hi: int) -> bool:
    """Whether [lo, hi) holds a word any match of the anonymity patterns holds: a cheap
    test before them, which most mentions and cues fail."""
    return any(text.find(word, lo, hi) >= 0 for word in ANONYMITY_WORDS)


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
    return text.startswith(",", end) and ANONYMITY_PARTICIPLE.match(text, end + 1, hi) is not None


# a short phrase of the way, place or time of a report between its cue and a comma: "by phone", "in Geneva";
# or whom it was told to, the press or a name in capitals: "told AFP, requesting anonymity", "told reporters, ..."
_ADJUNCT_BEFORE_COMMA = regex.compile(
    r"[^\S\n]+(?:(?:by|in|on|at|over|from|during|after|before)[^\S\n]+[^,.;:“”\"\n]{1,40}?"
    r"|reporters|journalists|(?:the[^\S\n]+)?\p{Lu}[\w’'.&+-]*(?:[^\S\n]+\p{Lu}[\w’'.&+-]*){0,2})(?=,)")


# after a cue, past a hearer of up to two words and a time of up to two: "said on condition of
# anonymity", "told reporters anonymously", "told Reuters on Tuesday on condition of anonymity"
_ANONYMOUS_CUE_TAIL = regex.compile(
    r",?(?:[^\S\n]+[\w’'-]+){0,4}?,?[^\S\n]+(?:" + ON_CONDITION + r"|anonymously\b)")


# the past participles of the terms granted to a source, opening an aside: "granted anonymity",
# "given anonymity" (kinds.ANONYMITY_PARTICIPLE is read only after a comma: without one, "an aide
# speaking on condition of anonymity" is read as the mention's)
_GRANTING = frozenset(["granted", "given"])


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
        if text[end - 1] == ")" and (dated := _DAY_DATE_END.search(text, window, end, CONCURRENT)) is not None:
            end = dated.start()  # "said Mr Lee on Tuesday (May 7)": the day's date, then the day
            continue
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
_CUE_PREPOSITIONS = (PREPOSITIONS - {"by"}) | frozenset("about over into onto upon".split())


def _keeps_relative(text: str, name: tuple[int, int], clause: list[tuple[int, int, str]], described: bool,
                   lexicon: Lexicon) -> bool:
    """Whether a relative clause set off by a comma after a mention ("Ann Lee,
    who runs the ferry,", "Energy UK, which represents suppliers,") belongs to the mention. It does when it goes on
    describing a mention an appositive or an age already describes ("Ann Lee,
    a pilot, who ...", "Ann Lee, 54, who ..."), or when it introduces someone
    named in full for the first time; not after a name the article has used
    before ("Lee, who ..."), and not when it holds a report of its own ("who
    said that ...", "who declined to be named")."""
    # (a word right after a determiner is a noun, no verb of saying: "who led the talks"; so is one
    # in its bare form after "a" and a word: "who quit after a bitter dispute", as a verb there
    # would agree with the singular before it: "a spokesman disputes")
    if any((lemma(w) in _RELATIVE_REPORTS or lexicon.cue_prior(w) >= _RELATIVE_CUE_PRIOR) and not (
            k and clause[k - 1][2].lower() in _MODIFIED_DETERMINERS or k > 1 and clause[k - 2][2].lower() in _SINGULAR_ARTICLES
            and clause[k - 1][2].islower() and is_word(clause[k - 1][2]) and not w.endswith(("s", "ed")))
           for k, (_s, _e, w) in enumerate(clause) if w.islower()):
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
        if not (w[:1].isupper() and not w.endswith(POSSESSIVE_MARKS) or w in NAME_JOINERS):
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


# The posts in capitals a spaced dash joins to the field they head, in a market analyst's
# or an executive's title ("Head - Retail Research", "VP – Equity Research"): with person_noun's
# ("Director - Sales", "Analyst - Banking") and the post initials ("VP", "AVP", "CEO")
_FIELD_HEADING_POSTS = frozenset("head avp svp evp".split())


# the participles of where a body or a person is, glued by a hyphen to a place: "California-based"
_PLACE_PARTICIPLES = frozenset(en.PLACE_PARTICIPLES)


# how many capitalised words a town before the comma of "Town, Region-based" may hold
_TOWN_WORDS = 3


def _glued_hyphen(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token at ``k`` is a hyphen glued to an abbreviation's point before it and to a
    word after it, as the tokens read "Calif.-based": ("Calif.", "-", "based")."""
    return (toks[k][2] == "-" and 0 < k < len(toks) - 1 and toks[k - 1][1] == toks[k][0]
            and toks[k + 1][0] == toks[k][1] and toks[k - 1][2].endswith(".") and is_word(toks[k + 1][2]))


def _based_on_place(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token at ``k`` is a place's name glued to a participle of where one is
    ("California-based", or "Calif." with "-" and "based" after it)."""
    word = toks[k][2]
    if not word[:1].isupper():
        return False
    if "-" in word:
        return word.rsplit("-", 1)[1].lower() in _PLACE_PARTICIPLES
    return k + 2 < len(toks) and _glued_hyphen(toks, k + 1) and toks[k + 2][2].lower() in _PLACE_PARTICIPLES


def _place_before_based(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Where a town opens when the comma at ``i`` parts it from its region glued to "-based" and
    the like ("The Cupertino, California-based company", "Raleigh, N.C.-based Salix"): the first
    of the town's capitalised words; None otherwise, and after a preposition ("In Austin,
    Texas-based firms said": the place is the adverbial's)."""
    if i < 1 or i + 1 >= len(toks) or not _based_on_place(toks, i + 1):
        return None
    k = i - 1
    while k >= 0 and k > i - 1 - _TOWN_WORDS and toks[k][2][:1].isupper() and toks[k][2].replace(".", "").isalpha():
        k -= 1
    if k == i - 1 or k >= 0 and (toks[k][2].lower() in PREPOSITIONS or toks[k][2].lower() in _ADJUNCT_PREPOSITIONS):
        return None
    return k + 1


def _dash_in_post(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token at ``k`` is a spaced hyphen or en dash inside a title in capitals,
    between a post and the field it heads: "Ann Rao, Head - Retail Research, Vexa Securities,
    said" (not a dateline's "MUMBAI - The bank said": no post before its dash, and an article after it)."""
    if toks[k][2] not in ("-", "–") or not 0 < k < len(toks) - 1:
        return False
    post, field = toks[k - 1], toks[k + 1]
    low = post[2].lower()
    return (text[post[1]:field[0]] in (" - ", " – ") and post[2][:1].isupper() and field[2][:1].isupper()
            and field[2].lower() not in ("the", "a", "an")
            and (low in _FIELD_HEADING_POSTS or low in en.PERSON_INITIALISMS or person_noun(low)))


# the word before a spaced dash and the one after it (`dash_in_post_at`)
_WORD_BEFORE_DASH = regex.compile(r"(\p{Lu}[\p{L}.]*)$")
_WORD_AFTER_DASH = regex.compile(r"\p{Lu}[\p{L}]*")


def dash_in_post_at(text: str, start: int, end: int) -> bool:
    """Whether the spaced hyphen or en dash [start, end) (" - ") stands inside a title in
    capitals, between a post and the field it heads, as `_dash_in_post` reads it in a
    mention's tokens: "According to Ann Rao, SVP - Research, Vexa Broking, ..."."""
    if text[start:end] not in (" - ", " – "):
        return False
    before = _WORD_BEFORE_DASH.search(text, max(0, start - 24), start)
    after = _WORD_AFTER_DASH.match(text, end, min(len(text), end + 24))
    if before is None or after is None or after.group().lower() in ("the", "a", "an"):
        return False
    low = before.group(1).lower()
    return low in _FIELD_HEADING_POSTS or low in en.PERSON_INITIALISMS or person_noun(low)


def _known_as(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the "as" at ``k`` names the one a mention is known by, a name after
    it: "said the pilot known as Bob"; or names one of the plural before "such as":
    "said Tory MPs such as Ann Lee"."""
    return (toks[k][2] == "as" and k > 0 and k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and (
        toks[k - 1][2] == "known" or toks[k - 1][2] == "such" and k > 1 and (
            plural(toks[k - 2][2]) or people_by_part(toks[k - 2][2]))))


def _noun_before_that(word: str) -> bool:
    """Whether the word before "that" is a noun, so that "that" opens a relative
    clause ("a group that favors"), not a verb's complement ("added that", "claims that")."""
    return (word.isalpha() and word.islower() and word not in _VERBISH and not word.endswith("ed")
            and lemma(word) not in en.THAT_VERBS)


def before_initials(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a body's mention without the initials in brackets it ends in: "the Financial
    Conduct Authority" of "the Financial Conduct Authority (FCA)"; the span itself when it ends
    in none."""
    initials = INITIALS_IN_BRACKETS_END.search(text, *span)
    return span if initials is None else (span[0], initials.start())


_FRONTED = frozenset(
    "among throughout despite soon once during meanwhile still instead yesterday today amid besides beyond "
    "within without under over through against toward towards across around following unlike like perhaps "
    "outside inside near behind ahead "
    "last next ago "
    # "Whenever it rains, ...", "Whatever his views, ...": a clause of any time, place or thing
    "whenever wherever whatever whichever however".split()
) | en.TIME_WORDS


# The first words of prepositions of two words, "to", "of" or "from" the second: "thanks to",
# "due to", "regardless of", "apart from" (not "according to": its noun is a source)
_COMPOUND_PREPOSITION_HEADS = frozenset("thanks due owing prior contrary regardless irrespective apart aside".split())

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
    if after[2][0].isupper() and after[2].lower() not in DETERMINERS:
        return toks[comma + 1:]
    if len(place) == 1 and (after[2] in PREPOSITIONS or after[2] in _FRONTED):
        return toks[comma + 1:]  # "At a rally in Ames, Iowa, on Sunday, Lee ...": a time or place follows
    return toks


# words of degree before an adverb in "-ly" that opens a sentence with it: "More broadly, ..."
_DEGREE_BEFORE_ADVERB = frozenset("more most less least even much very quite so".split())


def _fronted_word(first: str, toks: list[tuple[int, int, str]], comma: int | None, lexicon: Lexicon) -> bool:
    """Whether a sentence whose first word (lowered) is ``first`` opens with a
    fronted adverbial or clause, ``comma`` the comma that may end it: by its
    first word, or by the time or the subordinator before the comma, unless a
    pronoun or a name of more than one word opens it."""
    if first in NUMBER_QUALIFIERS and len(toks) > 2 and _number(toks[1][2]) and _people(toks[2][2], lexicon):
        return False  # "about 50 protesters had gathered", "over 200 officers ...": a count of people, no adverbial
    if (first in _FRONTED or first in PREPOSITIONS or first in en.CLAUSE_BOUNDARIES
            or first in _CLAUSE_FOCUS and len(toks) > 1 and toks[1][2].lower() in en.SUBORDINATORS
            # "Thanks to her show, Lee ...", "Due to the storm, ...": a preposition of two words
            or first in _COMPOUND_PREPOSITION_HEADS and len(toks) > 1 and toks[1][2].lower() in ("to", "of", "from")
            # "Clearly, ...", "Separately the mayor ...", but "Carly Fiorina ...": a name
            or first.endswith("ly") and not (len(toks) > 1 and toks[1][2][0].isupper())
            or first in en.PARENTHETICALS or (first.endswith("ing") and len(first) > 5)
            # "Two weeks ago, ...", "One danger is ...": a number of days or things, not of people
            # ("Two officials ...", "One of the men ...", "One operative ...")
            or (first in NUMBERS or first.isdigit()) and not (len(toks) > 1 and _people(toks[1][2], lexicon))
            # "A few minutes later they ...", "The next day, Lee ...": a phrase of time
            or first in NOUN_MARKERS and _time_phrase_end(toks) is not None
            # "Here in Ohio, Lee ...", "There, Lee ...": a place, not a subject
            or first in ("here", "there") and len(toks) > 1 and (toks[1][2] == "," or toks[1][2].lower() in PREPOSITIONS)
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


# the words that link "late" or "early" to its time ("late on Monday", "early in the day")
_TIME_LINKS = frozenset("on in at the this that".split())
_FRONTED_TIME_WORDS = 5


def _fronted_time_words(toks: list[tuple[int, int, str]]) -> int:
    """How many words of a time fronted with no comma open ``toks``, a word such as
    "last" or "earlier" first ("This year the mayor", "Earlier this week Lee",
    "Later Lee"): 0 when no word of the subject would be left after them."""
    k = 0
    # ("Late on Monday the Liberals", "Early in the day officials": a preposition and its article after "late")
    linked = toks[0][2].lower() in _THAT_TIME_LEADS if toks else False
    while k < min(len(toks) - 1, _FRONTED_TIME_WORDS) and (
            toks[k][2].lower() in _TIME_LEADS or toks[k][2].lower() in en.TIME_WORDS
            or linked and k > 0 and toks[k][2] in _TIME_LINKS):
        k += 1
    while k > 0 and toks[k - 1][2].lower() not in en.TIME_WORDS and toks[k - 1][2].lower() not in ("earlier", "later"):
        k -= 1
    return k if k < len(toks) and is_word(toks[k][2]) else 0


def _finite_after_name(toks: list[tuple[int, int, str]]) -> bool:
    """Whether a capitalised first word, no word of time, is followed by a verb
    in the past, in "-ed" or irregular ("toured", "spoke", "met"), or by a finite
    auxiliary ("was"): a subject and its verb, not a fronted time ("Late last
    month, ...", "Yesterday afternoon, ...")."""
    if len(toks) < 2 or not toks[0][2][:1].isupper() or toks[0][2].lower() in _TIME_WORDS_FRONTED:
        return False
    verb = toks[1][2]
    return past_form(verb) or verb.islower() and (verb in en.IRREGULAR_LEMMAS or verb in en.FINITE_AUXILIARIES)


def _name_after_time(toks: list[tuple[int, int, str]]) -> int | None:
    """Where a name starts right after a short phrase of time with no comma
    ("On Sunday morning Mr. Lee ...", "On the morning of Feb. 28 Lee ..."); None
    when there is none."""
    for j in range(1, min(_TIME_PHRASE_WORDS, len(toks) - 1)):
        w, after = toks[j][2], toks[j + 1][2]
        if (w.lower() in _TIME_ENDS or w.isdigit()) and after[0].isupper() and after.lower() not in en.TIME_WORDS:
            return j + 1
        if not is_word(w):
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
        if past_form(toks[j][2]):
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
    if first in en.SUBORDINATORS and (closed := _quotation_ends_clause(toks)) is not None:
        # "When Lee yelled “Liar!” the mayor ...", "As Lee shouted, “Shame,” the mayor ...": the
        # quotation the fronted clause ends on closes it, its comma or mark inside the marks
        return toks[closed:]
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
    named = _name_after_time(toks) if first in PREPOSITIONS else None
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


def _quotation_ends_clause(toks: list[tuple[int, int, str]]) -> int | None:
    """Where a fronted clause ends that closes on a quotation of its verb's, the quotation's
    last word followed by a comma, "!" or "?" inside its close, then a word that opens the main
    clause (not "and" or another clause boundary, where the fronted clause goes on): the index
    after the closing mark, or None. Only a comma before the opening mark may stand outside,
    and no determiner (a name in marks: "When the “Squad,” a group of ...")."""
    opened = None
    for k, (s, e, w) in enumerate(toks[:_FRONTED_WORDS]):
        if opened is None:
            if w in ("“", '"') and k > 1:
                if toks[k - 1][2].lower() in _FRONTING_DETERMINERS:
                    return None  # "When the “Squad,” a group of ...": a name in marks, no words said
                opened = k
            elif w == "," and not (k + 1 < len(toks) and toks[k + 1][2] in ("“", '"')):
                return None
            continue
        if w in ("”", '"') and k > opened + 1 and toks[k - 1][2] in (",", "!", "?") and toks[k - 1][1] == s:
            nxt = toks[k + 1][2] if k + 1 < len(toks) - 1 else ""
            return k + 1 if is_word(nxt) and nxt.lower() not in en.CLAUSE_BOUNDARIES else None
        if w in ("”", '"'):
            return None
    return None


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
    "throughout" where they are: "Nurses throughout the county said"; or a preposition of where
    people stand or how near, after their plural (``kinds.PEOPLE_PLACE_PREPOSITIONS``): "Residents
    near the plant said", "Villagers beside the river say", "Many residents along the coast
    said" (the place is theirs, no subject of its own)."""
    low = toks[i][2].lower()
    if not (i > 0 and toks[i - 1][2].isalpha()):
        return False
    if low in PEOPLE_PLACE_PREPOSITIONS:
        # (wherever the plural stands in the walk's window: "Many residents near the plant")
        before = toks[i - 1][2]
        return (before.lower() in UNMARKED_PLURALS or people_by_part(before) or before.lower() in en.UPROOTED_PEOPLE
                or plural(before.lower()) and before.lower() in en.CROWD_NOUNS)  # "Families near the canal"
    return low in ("without", "throughout") and plural(toks[i - 1][2].lower()) and (
        i == 1 or i == 2 and toks[0][2].lower() in NOUN_MARKERS)


def leading_subject(text: str, lo: int, hi: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject that opens a sentence ("Trump attacked Clinton, saying ..."),
    after any fronted adverbial ("Meanwhile, ...", "In August, ..."). A
    dateline is no part of a sentence (:data:`attribution.layout.DATELINE`)."""
    toks = tokens(text, lo, hi)
    # "And now Mr. Lee ...": connectives that open the sentence are no part of it
    while toks and toks[0][2].lower() in en.SENTENCE_ADVERBS and len(toks) > 1 and toks[1][2] != ",":
        toks = toks[1:]
    if not toks or not is_word(toks[0][2]):
        return None
    first = toks[0][2].lower()
    if (first in ("there", "here") and len(toks) > 1 and toks[1][2].lower() in _EXPLETIVE_VERBS
            or first.replace("’", "'") in _EXPLETIVE_CONTRACTIONS):
        return None  # "There were also emails showing ...", "That's ...": no one is named before the verb
    if first in en.READER_IMPERATIVES and bids_reader(text, toks[0][0], hi, lo) or field_item(text, toks[0][0], hi):
        return None  # "Call the office, telling them ...": the reader is bidden, the text names no speaker
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
        if not is_word(w):
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
            or prev_low == "and" and (low in _OTHERS or low in GROUP_DETERMINERS))
        # "about 50 protesters": a word that qualifies a count opens the subject
        counted = start is None and low in NUMBER_QUALIFIERS and k + 1 < len(toks) and _number(toks[k + 1][2])
        # "The Center for Harbour Safety", "the Court of Appeals for the 3rd Circuit": one body's name
        named = low == "for" and start is not None and _named_for(toks, k)
        # "Aides to Ms. Lee are quick to", "an adviser to his campaign": the tie and its object
        # "A spokesman for the union", "lawyers for Ms. Lee": a person who works or speaks for another
        tied = start is not None and (low == "to" and prev_low in en.TIE_NOUNS
                                      or low == "for" and person_noun(prev_low)
                                      or prev_low in ("to", "for") and untied is not None and low in DETERMINERS)
        if tied and untied is None:
            untied = end
        # a noun for people by kin or work heads the subject however seldom the table finds it in
        # one ("Lee's younger sister", "retired army officers")
        # "his campaign", "their lawyers": a possessive that opens the subject before its noun
        # (after a fronted adverbial: "On Saturday, his campaign sent ...")
        opening = start is None and low in en.POSSESSIVE_PRONOUNS and k + 1 < len(toks) and is_word(toks[k + 1][2])
        rare = (w[0].islower() and not joined and not counted and not tied and not named and not opening
                and lexicon.rarely_in_sources(low) and not person_noun(low)
                # "His family paid tribute, describing ...": many people who speak as one, whom the
                # American table seldom saw speak
                and low not in en.CROWD_NOUNS
                # "The attorney general of Ohio": a title's word after its noun for people
                and not (low in POSTPOSITIVE_TITLES and person_noun(prev_low))
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
        if w[0].islower() and low.endswith("ed") and start is not None and prev_low not in DETERMINERS:
            if not _possessed_word(toks, k):
                break  # "The mayor toured": a past tense after a noun ends the subject
            leaning = True  # "the party's presumed nominee"
        if (w[0].islower() and start is not None and low in en.IRREGULAR_PASTS and prev_low not in DETERMINERS
                and k + 1 < len(toks) and (toks[k + 1][2].lower() in _OBJECT_OPENERS or toks[k + 1][2] in _OBJECT_QUANTIFIERS)
                and not _possessed_word(toks, k)):
            break  # "The paper ran an editorial, telling ...": an irregular past before its object ends the subject
        if (w[0].islower() and start is not None and low.endswith("s") and not low.endswith("ss")
                and k + 1 < len(toks) and (toks[k + 1][2].lower() in _OBJECT_OPENERS
                                           or toks[k + 1][2] in _OBJECT_QUANTIFIERS)):
            # "Lee spells out the plan", "Frank teases the board", "Lee devotes much of her
            # speech to": a verb in -s before its object
            break
        if (w[0].islower() and start is not None and k + 1 < len(toks) and toks[k + 1][2] in _PRESSING_PREPOSITIONS
                and low.endswith("s") and toks[k - 1][2][:1].isupper() and (
                    low[:-1] in _PRESSING_VERBS or low[:-2] in _PRESSING_VERBS or low[:-3] + "y" in _PRESSING_VERBS)):
            break  # "Lee lobbies for a higher wage:", "Ann Roe argues against it:": a verb of pressing in -s after a name
        if (w[0].islower() and start is not None and k + 1 < len(toks) and toks[k - 1][2][:1].isupper()
                and len(low) > 5 and en.ly_adverb(low) and past_form(toks[k + 1][2])):
            break  # "Lee sternly rebuked Roe, saying": an adverb of manner before the name's verb
        if (w[0].islower() and start is not None and low.endswith("s") and not low.endswith("ss")
                and prev_low not in DETERMINERS and toks[k - 1][2] not in ("’s", "'s")
                and lexicon.form_prior(low) >= _VERB_IN_S_PRIOR and k + 1 < len(toks) and is_word(toks[k + 1][2])):
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


# verbs of pressing for a cause, whose form in -s after a name reads as a plural noun before the
# preposition of the cause ("Lee lobbies for", "Roe campaigns against"): the name's verb
_PRESSING_VERBS = frozenset("lobby campaign push argue fight call press plead appeal rally advocate battle agitate".split())
_PRESSING_PREPOSITIONS = frozenset(["for", "against"])


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
                      or toks[j - 1][2].lower() not in DETERMINERS and not toks[j - 1][2].endswith(("’s", "'s")) and (
                          low.endswith("ed") or low.endswith("s") and not low.endswith("ss")
                          and lexicon.form_prior(low) >= _VERB_IN_S_PRIOR)))
        if closes:
            if j == len(toks) - 1 and w != ",":
                return end
            if _strip_adjunct(toks[:j], auxiliaries=False) is not None or toks[j - 1][2] in _PLACING_PREPOSITIONS:
                return end  # "officials on Monday", "aides in a statement": the verb's adjunct
            return toks[j - 1][1]
        if not (is_word(w) or w in ("’s", "'s", "-", ".")) or low in _PLACE_STOPS or w.islower() and low.endswith("ing"):
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


# A name's own short tag in capitals in brackets, of one to three words each capitalised: a
# party's faction ("Shiv Sena (UBT)", "Janata Dal (United)", "NCP (SP)") or a body's initials
# ("The Reserve Bank of India (RBI)")
_CAPITALISED_TAG = regex.compile(r"\([^\S\n]?\p{Lu}[\p{L}\d&.-]{0,14}(?:[^\S\n]\p{Lu}[\p{L}.-]{0,14}){0,2}[^\S\n]?\)")


def _name_tag(text: str, pos: int, end: int, hi: int) -> regex.Match | None:
    """The tag in brackets at ``pos`` that belongs to the name ending at ``end``: a party's
    ("Sen. Ann Lee (D-Ore.)"), a faction's or initials ("Shiv Sena (UBT)", "the Reserve Bank
    of India (RBI)", after a capitalised word), a listing's ("Vexa Inc. (NYSE: VXA)") or the
    short name a release defines ("Vexa Inc. (the "Company")"); None for any other bracket."""
    if text[end - 1].isalpha() and (party := _BRACKETED_PARTY.match(text, pos, hi)) is not None:
        return party
    if not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        return None  # (a second tag after the first: 'Vexa Inc. ("Vexa") (NYSE: VXA)')
    return TICKER.match(text, pos, hi) or _DEFINED_NAME.match(text, pos, hi) or (
        _CAPITALISED_TAG.match(text, pos, hi) if _capitalised_before(text, end) else None)


def _capitalised_before(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` opens in a capital ("Sena" of "Shiv Sena")."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-"):
        start -= 1
    return text[start:start + 1].isupper()


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
            return nxt[0].isupper() or nxt.lower() in _OTHERS or nxt.lower() in GROUP_DETERMINERS
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
        if word.islower() and word not in DETERMINERS and word not in en.CLAUSE_BOUNDARIES and word not in PREPOSITIONS:
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
    if not (before[:1].isupper() and is_word(before) or before in ("’s", "'s")):
        return False
    for j in range(k, min(len(toks), k + _MODIFIER_RUN)):
        low = toks[j][2].lower()
        if (not toks[j][2].islower() or not low.replace("-", "").isalpha() or low in _PREMODIFIER_STOPS
                or low in DETERMINERS or low in en.IRREGULAR_PASTS or low in en.CLAUSE_BOUNDARIES
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
                or low in DETERMINERS or low in en.IRREGULAR_PASTS or low in en.CLAUSE_BOUNDARIES
                or low in en.AUXILIARIES or low in en.PRONOUNS or low.endswith(("ly", "ing"))
                # ("the party's presumed nominee": a participle right after the possessive)
                or low.endswith("ed") and "-" not in low and not (j == k and j and _possessor_token(toks, j - 1))):
            return False
    return False


def _possessor_in_phrase(toks: list[tuple[int, int, str]], start: int, possessor_end: int) -> bool:
    """Whether the possessor that ends at ``possessor_end`` stands in a preposition's phrase after
    the subject's head ("Fans of | Ann Lee's show", "Critics of the mayor's plan"): the head speaks,
    with all its words, not the possessor."""
    return any(start < s < possessor_end and w.lower() in PREPOSITIONS for s, e, w in toks)


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
        if is_word(w) and (not w.islower() or person_noun(w) or lexicon.speaker_share(w) >= _POSSESSED_HEAD_SHARE
                           or w in en.ORGANIZATION_WORDS):  # ("Britain's biggest lender", "India's largest carmaker")
            end = e
    return end


# Words that end the head of a possessed noun phrase ("Lee's policy | toward Roe")
_POSSESSED_ENDS = PREPOSITIONS | TOPIC_PREPOSITIONS | frozenset("toward towards over against into under".split())


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
    if words[-1] in PREPOSITIONS or words[-1] in DETERMINERS or words[-1] in ("and", "or"):
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


# a name that ends a clause after a word in small letters, its verb or its preposition, before a
# relative pronoun: "made no mention of Tom Hale" (the name in group 1)
_NAME_ENDING_CLAUSE = regex.compile(
    r"(?<=\p{Ll}[^\S\n]+)(\p{Lu}[\p{L}’'.-]*(?:[^\S\n]+(?:%s)){0,4})[^\S\n]*\Z" % _NAME_WORD.pattern)


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
    name = _NAME_BEFORE_APPOSITIVE.search(text, max(lo, found[0] - _SHORT_WINDOW), found[0], CONCURRENT)
    if name is None:
        return found
    words = list(_NAME_PART.finditer(text, *name.span(1), False, CONCURRENT))
    words = words[_opening_adjunct_words([w.group().lower() for w in words]):]
    if not words or words[0].group().lower() in _NOT_NAME_OPENERS or words[0].group().lower() in en.SENTENCE_ADVERBS or any(w.group().lower().strip(".") in en.TIME_WORDS for w in words) or (
            LEADING_THE.sub("", text[words[0].start():name.end(1)].lower()) in place_names()):
        return found
    return words[0].start(), found[1]


# the words of the run of capitalised words before an appositive
_NAME_PART = regex.compile(r"\S+")


# a verb only a plural takes, right after a relative "who" (a word of frequency or "also"
# between): "who are", "who have", "who say" (a reporting verb's base, no past spelt alike)
_PLURAL_AUXILIARIES = frozenset(["are", "were", "have", "do", "aren't", "aren’t", "weren't", "weren’t",
                                 "haven't", "haven’t", "don't", "don’t"])
_PLURAL_RELATIVE = regex.compile(
    r"[^\S\n]*,?[^\S\n]*who[^\S\n]+(?:(?:also|still|now|often|all|both|never|increasingly)[^\S\n]+)?([a-z]+(?:[’'][a-z]+)?)\b")


def _plural_relative_verb(text: str, hi: int) -> bool:
    """Whether the relative "who" right after ``hi`` opens on a verb only a plural takes: "voters
    such as Ann Lee, who are drawn", "who say", "who have said"."""
    m = _PLURAL_RELATIVE.match(text, hi, min(len(text), hi + 48))
    if m is None:
        return False
    verb = m.group(1)
    return verb in _PLURAL_AUXILIARIES or verb in en.THAT_VERBS and verb not in en.PAST_AS_BASE


def _opening_adjunct_words(lows: list[str]) -> int:
    """How many words open the run before a name with no comma after them, as an adverb of
    the sentence or a time does: "Meanwhile", "Today", "On Monday" in "Meanwhile Tom Roe, the
    mayor, who" (none when no word of a name is left after them)."""
    k = 0
    while k < len(lows) - 1 and (lows[k] in en.SENTENCE_ADVERBS or lows[k] in en.TIME_WORDS or (
            lows[k] in PREPOSITIONS and lows[k + 1] in en.TIME_WORDS)):
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
    for lead in _EXAMPLES_LEAD.finditer(text, max(lo, hi - _SHORT_WINDOW), hi, False, CONCURRENT):
        # "candidates such as Ann Lee of Ohio, who", "pilots including Tom Roe, who": the clause
        # goes on the example named right before it, not on the plural it is named among, unless
        # its verb is the plural's ("voters such as Ann Lee, who are", "who say")
        if person and _plural_relative_verb(text, hi) and (
                whole := _subject(text, lo, hi, lexicon, strong=True)) is not None and whole[0] < lead.start() and (
                # (no clause that the lead's word goes on as a verb: "It means including people who have")
                text[whole[0]:whole[1]].split(None, 1)[0].lower() not in en.PRONOUNS):
            return whole
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
    if phrase is None and person and text[hi:hi + 1] == "," and (
            name := _NAME_ENDING_CLAUSE.search(text, max(lo, hi - _SHORT_WINDOW), hi, CONCURRENT)) is not None and (
            kind(text, *name.span(1), lexicon) == "person"):
        # no subject phrase, but a person's name ends the clause, the object of its verb or its
        # preposition: "made no mention of Tom Hale, who", "a reply from Mr. Hale, who" (the
        # relative set off by a comma after a name is said of that name; with none, it may be said
        # of a noun before the name's phrase: "the man with a feud with Lee who quit")
        phrase = name.span(1)
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
    if person and LEADING_THE.sub("", text[phrase[0]:phrase[1]].lower()) in place_names():
        return None  # "a nurse from Dover, Delaware, who": who is no state, and whom it is goes unsaid
    toks = [t for t in tokens(text, *phrase)]
    by = next((j for j, t in enumerate(toks) if t[2] == "by"), None) if person else None
    if by is not None and 0 < by < len(toks) - 1 and toks[by - 1][2].islower() and not person_noun(toks[by - 1][2]):
        # "a protest by farmers, who": the farmers (not "a spokesman by ..."), read on as a phrase of its own
        phrase, toks = (toks[by + 1][0], phrase[1]), toks[by + 1:]
    k = len(toks)
    while k > 0 and (toks[k - 1][2][:1].isupper() or toks[k - 1][2] in (".", "’s", "'s", "-") or (
            # (and the small words of a surname of several: "Mayor Tom de Vries")
            k > 1 and toks[k - 1][2] in en.SURNAME_PARTICLES and toks[k - 2][2][:1].isupper())):
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
    return toks[j - 2][0] if j > 1 and toks[j - 2][2].lower() in DETERMINERS else toks[j - 1][0]


def _object_before_relative(text: str, verb_at: int, hi: int, lexicon: Lexicon, person: bool) -> tuple[int, int] | None:
    """The object of the subject's own verb at ``verb_at``, which the relative pronoun after ``hi``
    goes on when the subject read stopped before that verb: "Clinton released her medical records
    [in July], which" (``hi`` before the time that closes the clause); for "who", only an object
    that names a person. None when no verb in the past or present and its object end there."""
    verb = _WORD_AFTER.match(text, verb_at, hi)
    if verb is not None and (verb.group(1) in _ADVERBS_BEFORE_VERB or verb.group(1).endswith("ly")):
        verb = _WORD_AFTER.match(text, verb.end(), hi)  # (an adverb before it: "Lee also interviewed Tom Hale, who")
    if verb is None or not (past_form(verb.group(1)) or _present_verb(verb.group(1), lexicon)):
        return None
    obj = _subject(text, verb.end(), hi, lexicon, strong=True)
    first = WORD.match(text, obj[0], hi) if obj is not None else None
    if obj is None or obj[1] != hi or text[verb.end():obj[0]].strip() or first is None or (
            first.group() in PREPOSITIONS or first.group() in _OBJECT_OPENERS and first.group() not in DETERMINERS):
        return None  # ("lined up with Priebus, who": a particle and a preposition's object, no object of the verb)
    return obj if not person or kind(text, *obj, lexicon) == "person" else None


# the adverbs that may stand between a subject and its verb: "Lee also interviewed", "Lee then met"
_ADVERBS_BEFORE_VERB = frozenset("also then later again never once still already just".split())


# a bidding to the reader that opens a sentence, up to its object: "Check out ", "See ", "Click here to
# read ", "Listen to " (its verb capitalised, its object opened by a determiner)
_READER_IMPERATIVE = regex.compile(
    r"(?:(?:" + "|".join(sorted(w.capitalize() for w in en.READER_IMPERATIVES)) + r")[^\S\n]+"
    r"(?:(?:out|here|at|to|on)[^\S\n]+)?(?:to[^\S\n]+[a-z]+[^\S\n]+)?)"
    r"(?=(?:the|a|an|this|these|those|our|his|her|their|its|my|your|more)[^\S\n])")


# a page's field label opening its line, right before its value: "Pros: ", "Price: " (group 1 the label)
_FIELD_LABEL_BEFORE = regex.compile(r"(?:^|\n)[^\S\n]*(\p{L}[\p{L}’' ]{0,24}):[^\S\n]*\Z")


# the word after a comma, and how far it is read
_WORD_AFTER_COMMA = regex.compile(r",[^\S\n]*([\w’'-]+)")
_FIELD_ITEM_REACH = 40


def field_item(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is the first item of a list that a page's field label opens
    ("Pros: Quiet, quick to charge", "Cons: Heavy, loud, says the maker"; ``en.page_label``):
    a value, no one who speaks."""
    if text[start - 2:start].strip() != ":" or not ("," in text[start:end] or text[end:end + 1] == ","):
        return False
    comma = text.index(",", start)
    nxt = _WORD_AFTER_COMMA.match(text, comma, comma + _FIELD_ITEM_REACH)
    if nxt is None or nxt.group(1).lower() in _MODIFIED_DETERMINERS or nxt.group(1)[0].isdigit():
        return False  # "Verdict: Lee, the judge, said ...", "Lee, 54, said": a speaker and her aside
    label = _FIELD_LABEL_BEFORE.search(text, max(0, start - 30), start)
    return label is not None and en.page_label(label.group(1).strip())


def bids_reader(text: str, start: int, hi: int, lo: int) -> bool:
    """Whether a bidding to the reader opens at ``start``, its verb capitalised and its object
    after it ("Call the office, telling them ...", "Phone your MP, saying ..."), the clause
    that opens at ``lo`` (not inside a quotation that opens it: "“Watch a fetus ...,” said Lee,
    suggesting ..."), and running to ``hi`` with no second clause after it ("Check out the site,
    and you'll find papers laying out ...": that clause's subject is another's): the clause
    names no one who speaks."""
    return text[start:start + 1].isupper() and not text[lo:start].strip() and (
        _READER_IMPERATIVE.match(text, start, hi) is not None) and _CLAUSE_JOINED.search(text, start, hi) is None


# a second clause joined after a comma: ", and you'll find ..."
_CLAUSE_JOINED = regex.compile(r",[^\S\n]+(?:and|but|or|so|yet)[^\S\n]")


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
        words[0].lower() not in DETERMINERS) and words[-1].lower() not in en.ORGANIZATION_WORDS and (
        words[-1].lower() not in en.GOVERNMENT_WORDS)


# the words that open examples named among a plural, before a relative clause's antecedent
_EXAMPLES_LEAD = regex.compile(r"\b(?:%s)[^\S\n]+(?=\S)" % "|".join(
    [*EXAMPLE_LEADS, *(rf"{first}[^\S\n]+{second}" for first, second in EXAMPLE_PAIRS.items())]), regex.IGNORECASE)


# the agent of a passive at the end of a clause, a relative clause's antecedent: "reported by
# Bloomberg News, which" (other prepositions' nouns are mostly modifiers of the head before them:
# "an adviser to Ann Lee, who", "a nurse from Dover, who", "ties with Lee who"); so too the one
# credited after "according to": "Y, according to Ann Lee, who warned that ..."
_AGENT_LEAD = regex.compile(r"(?<=\b[a-z]+(?:ed|en|wn)[^\S\n]+)by[^\S\n]+(?=\S)|(?<![\w’'-])[Aa]ccording[^\S\n]+to[^\S\n]+(?=\S)")


def _last_agent_start(text: str, lo: int, hi: int, lead: regex.Pattern = _AGENT_LEAD) -> int | None:
    """Where the words after the last passive's "by" in ``[lo, hi)`` start (or after the last
    match of ``lead``), None when none."""
    last = None
    for m in lead.finditer(text, lo, hi, False, CONCURRENT):
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
