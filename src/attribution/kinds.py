"""The kind of a source mention: person, organization, government, outlet, group,
document, anonymous or unnamed, read from the words of the mention alone (its
head noun, its number, the names in it and the tables of
:mod:`attribution.default_lexicon` and :mod:`attribution.lexicon`), together
with the noun-phrase reading both this and :mod:`attribution.sources` rest on:
word tokens, head words, singular and plural.
"""

from __future__ import annotations

import functools

import regex

from attribution import default_lexicon as en
from attribution.lexicon import (
    Lexicon,
    city_names,
    document_noun,
    family_names,
    given_names,
    name_genders,
    national_place_names,
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
)

LEADING_THE = regex.compile(r"^the\s+")


# a number with thousands separators is one token ("1,409 teachers"); UTF-8 read as
# Latin-1 leaves a sign after "Ã" or "Â" (composed or not) inside a word ("PeÃ±a", "JosÃ©"): no split
# "per cent" is one token, the word "percent" (`one_word`)
# (a word may end in "+", which is the name's: "Canal+", "Disney+"; not "C++", "1+1")
_TOKEN = regex.compile(PERCENT_TOKEN + r"|\d{1,3}(?:,\d{3})+\b|\w+(?:[’'.&/-]\w+|(?<=[ÃÂ\u0302\u0303])[\u00a1-\u00bf]\w*)*(?:\.|(?<=\p{L})\+(?![\w+]))?|[’']s\b|[^\w\s]")


WORD_CHARACTER = regex.compile(r"\w")


@functools.lru_cache(maxsize=4096)
def _word_char(char: str) -> bool:
    return WORD_CHARACTER.match(char) is not None


def is_word(token: str) -> bool:
    """Whether a token opens with a word character (a letter, a digit, a mark,
    "_"), as WORD_CHARACTER reads it: no punctuation. Read once per character, as a
    call to the pattern costs many times a lookup."""
    return _word_char(token[:1])


NUMBERS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands half most".split())


DETERMINERS = frozenset("the a an this that these those his her their its our my your some many several two three four five one each both all any most".split())


PREPOSITIONS = frozenset("of for from in at with on to by".split())


# Prepositions that name what a report is about, after an inverted cue's speaker and a
# comma: no description of the speaker ("added Ann Lee, about the budget")
TOPIC_PREPOSITIONS = frozenset("about regarding concerning".split())


# the rules that read a mention ask for the same stretch's tokens again and again
# (trimming it, then walking it): a tuple, which no caller can change for another
@functools.lru_cache(maxsize=1024)
def tokens(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    return tuple([(m.start(), m.end(), g if (g := m.group())[:1] not in "pP" else one_word(g))
                  for m in _TOKEN.finditer(text, start, end, False, CONCURRENT)])


# A brand's one word that opens in lower case before a capital: "easyJet", "eBay", "iRobot"
LOWER_CAMEL = regex.compile(r"\p{Ll}{1,5}\p{Lu}\p{Ll}[\p{L}\d]*")

# A name that opens with the Arabic article in lower case, as it is written after a given name
# and alone: "al-Sudani", "el-Sissi", "as-Sadr" ("Mohammed Shia al-Sudani", "al-Sudani said";
# `default_lexicon.ARABIC_ARTICLES`)
ARTICLE_NAME = regex.compile(r"(?:%s)-\p{Lu}\p{Ll}" % "|".join(en.ARABIC_ARTICLES))


NUMBER_QUALIFIERS = frozenset("at least most nearly almost over roughly just only some about more less fewer than around under".split())


AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ents")


def _agent_plural(word: str) -> bool:
    """Whether a word as written is a plural of agency in small letters, people by what they do
    whether or not a table knows them ("dockers", "hauliers", "cyclists"; not "Sanders", a name,
    nor "payments")."""
    return plural(word) and len(word) > 5 and word.endswith(AGENT_PLURALS) and not word.endswith("ments")


# prepositions of where a noun's people are, whose object is no new subject
# (and what a noun's people made or lead: "the researchers behind the survey")
WHERE_PREPOSITIONS = frozenset("across throughout around behind".split())


# prepositions of where someone stands or under whose flag, after the noun they go on:
# "Residents near the plant", "Farmers under the banner of the union", "Lawyers within the firm"
# (not "outside" nor "inside", adjectives as often: "outside analysts", "an inside source")
_STANDING_PREPOSITIONS = frozenset("near beside within under".split())


# The prepositions that end a head noun: those that attach a phrase, and those of where
# ("Airlines across the region", "Teachers throughout the county", "Farmers around the valley"),
# and "into", of what an inquiry looks at ("An inquiry into the collapse": the inquiry)
HEAD_PREPOSITIONS = PREPOSITIONS | WHERE_PREPOSITIONS | _STANDING_PREPOSITIONS | frozenset(["into"])


_PLACE_ADVERBS_AFTER_HEAD = frozenset(["below", "above"])


# prepositions of when, after a participle on a noun: "A poll taken during the debate", "A
# report issued over the summer"
_TIME_ADJUNCT_PREPOSITIONS = frozenset("after before during since amid following until over".split())


# prepositions of where people stand, or how near they are to a place, that head no mention
# after a plural of people ("Protesters outside the court", "Residents near the plant",
# "Villagers beside the river": the place is theirs), though before a noun some may be
# adjectives ("outside analysts", "an inside source")
PEOPLE_PLACE_PREPOSITIONS = frozenset("near beside opposite outside inside along beyond".split())


# the adverbs of the place a story is filed from, after a mention's head: "Officials here said"
_FILED_FROM = frozenset(["here", "there"])


def head_word(words: list[str]) -> str:
    """The head noun of a phrase: the last word before any "of"/"for" attachment
    or relative clause."""
    low = [w.lower() for w in words]
    if len(low) > 1 and ("here" in low[1:] or "there" in low[1:]):
        # "Officials here", "Police there", "a statement issued here (on Monday)": the place the
        # copy is filed from, after the head or its participle, is no part of the noun
        kept = [k for k, w in enumerate(low) if k == 0 or w not in _FILED_FROM]
        if len(kept) > 2 and kept[-1] == len(low) - 2 and participle_form(low[kept[-1]]) and low[kept[-2]] not in DETERMINERS:
            kept.pop()  # "a statement issued here": the participle goes with the place
        words, low = [words[k] for k in kept], [low[k] for k in kept]
    if "present" in low[1:] and (at := low.index("present", 1)) and words[at].islower() and low[at - 1] not in DETERMINERS and (
            low[at - 1] not in HEAD_PREPOSITIONS):
        # "Two people present", "officials present at the meeting": the adjective after the noun
        # says who was there, no head (not "the present government", "at present")
        words, low = words[:at] + words[at + 1:], low[:at] + low[at + 1:]
    for i, w in enumerate(low):
        if w in ("which", "who", "whose", "that") and i > 0 and not words[i].isupper() or 0 < i < len(low) - 1 and (
                w in GAP_SUBJECTS and low[i - 1] not in DETERMINERS and (
                    participle_form(low[i + 1]) or low[i + 1] in en.VERB_AUXILIARIES)) or 0 < i < len(low) - 1 and participle_on_noun(
                words[i - 2] if i > 1 else "", words[i - 1], words[i]) and (words[i - 1].islower() or _opens_object(words[i + 1])
                                                                        or i == 1 and (person_noun(low[0]) or low[0] in en.UPROOTED_PEOPLE)) or (
                _gap_clause_at(words, low, i)) or 0 < i and _passive_on_plural(words, low, i):
            # (not "WHO", the health body); "the union representing nurses": the clause goes on its
            # head (but "A Reuters rolling poll", "ABC News polling" are a name's); and one with no
            # pronoun, its subject a pronoun: "Photographs he posted", "the data she cited", or a
            # name or noun phrase that ends with its verb: "the photo Ann Lee posted"; a plural of
            # people, capitalised only as the sentence's first word, before a bare noun: "Migrants
            # facing removal", "Workers seeking asylum"; and a passive participle's clause on a
            # plural of people: "Villagers trapped when the bridge collapsed", "People locked out"
            low = low[:i]
            break
    if len(low) > 2 and low[-1] in en.TIME_WORDS and low[-2] in TIME_DETERMINERS and low[-3] not in TIME_DETERMINERS and (
            low[-3] not in ("the", "a", "an")):
        low = low[:-2]  # "a poll this month", "the report last week": a time adjunct after the head
        if len(low) > 2 and _published_at(low, len(low) - 1) and low[-2] not in TIME_DETERMINERS:
            low = low[:-1]  # "a poll conducted last week": and the participle the time was of
    elif len(low) > 2 and low[-1] in en.TIME_WORDS and _published_at(low, len(low) - 2) and low[-3] not in HEAD_PREPOSITIONS:
        low = low[:-2]  # "data released Friday", "a report published Tuesday", "a poll out Monday": a participle and its day
    if len(low) > 2 and low[-1] in _PLACE_ADVERBS_AFTER_HEAD:
        low = low[:-1]  # "the chart below", "the table above": where on the page, after the head
    if _named_body_before_head(words, low):
        return low[-1]
    if len(low) > 1 and _EDITION_YEAR.fullmatch(low[-1], 0, len(low[-1]), CONCURRENT) and document_noun(low[-2]):
        low = low[:-1]  # "the Health Report 2023", "the Annual Survey 2022-23": the year names the edition
    for i, w in enumerate(low):
        if w in PEOPLE_PLACE_PREPOSITIONS and i > 0 and (
                low[i - 1] in UNMARKED_PLURALS or (plural(low[i - 1]) or low[i - 1].endswith("men")) and person_noun(low[i - 1])
                or plural(low[i - 1]) and low[i - 1] in en.CROWD_NOUNS):
            # where people stand, after their plural: "Protesters outside the court", "Residents
            # along the coast", "Shopkeepers opposite the station", "Families outside the school"
            # (no head of the place's)
            return low[i - 1]
        if w in _TIME_ADJUNCT_PREPOSITIONS and i > 1 and _published_at(low, i - 1) and low[i - 2] not in DETERMINERS:
            # "A poll taken during the debate", "a study published amid the pandemic": the time is
            # the participle's, the noun before it the head
            return low[i - 2]
        if w in TOPIC_PREPOSITIONS and i > 0 and document_noun(low[i - 1]):
            # "A report about the integration of migrants", "an email regarding the audit": what a
            # text is about is no head; the text is
            return low[i - 1]
        if w in HEAD_PREPOSITIONS and i > 0:
            if w == "of" and low[i - 1] in QUANTITY_NOUNS and i + 1 < len(low) and not (i > 1 and low[i - 2] in _RULING_MODIFIERS):
                # ("the governing body of the sport", "the umbrella group of unions": a body that rules or joins, no count)
                continue  # "a wide array of economists": the head follows "of"
            if len(low) == len(words) and _inside_body_name(words, low, i):
                continue  # "Bank of Japan Governor Ken Sato": the body's name is the post's, the head is after
            if len(low) == len(words) and _name_before_document(words, low, i):
                continue  # "A Freedom of Information request by ...": the name's "of", the text's noun after it the head
            if low[i - 1] in POSTNOMINAL_ADJECTIVES and i > 1:
                return low[i - 2]  # "sources close to her": the noun before the adjective
            if w != "of" and i > 2 and low[i - 1] in _PARTICIPLE_PARTICLES and participle_form(low[i - 2]):
                return low[i - 3]  # "a survey carried out by the firm", "a plan drawn up by aides"
            if w != "of" and i > 1 and _published_at(low, i - 1):
                # "a statement issued by the ministry", "a diary recovered from a soldier": the noun
                # before the participle ("doctors not involved in the trial": the noun before "not"; "a
                # survey out on Tuesday": a text's "out" as its participle)
                return low[i - 3] if low[i - 2] == "not" and i > 2 else low[i - 2]
            if w in ("by", "from") and (k := _participle_before_time(low, i)) is not None:
                # "A report published this week by the agency", "a poll out Friday from the
                # firm": the time is the participle's
                return low[k - 1]
            return low[i - 1]
    return low[-1]


def _passive_on_plural(words: list[str], low: list[str], i: int) -> bool:
    """Whether the word at ``i`` is a past participle in lower case right after a plural of
    people ("Tenants | locked out of the block", "Migrants | turned away", "People | moved
    after the fire"): its clause goes on the plural, the head. The plural opens the phrase
    or follows its determiner (not "the praise | people poured online": a clause with no
    pronoun, the noun before it the head)."""
    before = low[i - 1]
    return (i == 1 or i == 2 and low[0] in DETERMINERS) and words[i].islower() and (past_form(low[i]) or low[i] in en.IRREGULAR_PARTICIPLES) and (
        before in UNMARKED_PLURALS or before in en.UPROOTED_PEOPLE or people_by_part(words[i - 1])
        or plural(before) and before in en.CROWD_NOUNS)


# the nouns of a notice put out to warn, a text as a bulletin is: "the alert said", "a warning from the agency said"
_NOTICE_NOUNS = frozenset("alert alerts warning warnings".split())


def _gap_clause_at(words: list[str], low: list[str], i: int) -> bool:
    """Whether a relative clause with no pronoun opens at ``i`` after a common noun and runs to
    the phrase's end, its subject a name or a noun phrase and its verb in the past last: "the
    photo [Ann Lee posted]", "the report [the agency released]" (not "the head of the agency")."""
    last = clause_last(low, i)
    if not 0 < i < last or not past_form(words[last]) or not words[i - 1].isalpha() or not words[i - 1].islower():
        return False
    if low[i - 1] in DETERMINERS or low[i - 1] in HEAD_PREPOSITIONS or low[i - 1] in en.CLAUSE_BOUNDARIES:
        return False
    if words[i][:1].isupper() and low[i] not in DETERMINERS:
        return all(w[:1].isupper() for w in words[i + 1:last])
    return low[i] in ("the", "a", "an") and i < last - 1 and all(
        w.isalpha() and w.islower() and w not in HEAD_PREPOSITIONS for w in low[i + 1:last])


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
        if k > 0 and _published_at(low, k) and low[i - 1] in en.TIME_WORDS and all(
                w in TIME_DETERMINERS or w in ("on", "in", "earlier", "late", "early") for w in low[k + 1:i - 1]):
            return k
    return None


def _published_at(low: list[str], k: int) -> bool:
    """Whether the lower-cased word at ``k`` is a participle, or the "out" of a text put out
    right after the text's noun ("a poll out Monday", "a study out this week": as "released")."""
    return participle_form(low[k]) or low[k] == "out" and k > 0 and document_noun(low[k - 1])


# the small words inside a body's name in capitals: "Department of Health and Social Care"
NAME_JOINERS = frozenset("of for and the on".split())


def _name_words(words: list[str]) -> bool:
    """Whether every word is a name's: in capitals, or a small word that joins a name's parts
    ("Bank of England", "Office for National Statistics")."""
    return all(w[:1].isupper() or w in NAME_JOINERS for w in words)


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
    return _name_words(words[inner[0] - 1:-1])


# The words that make a time word an adjunct after a noun ("a poll this month")
TIME_DETERMINERS = frozenset(["this", "last", "next", "that", "each", "every"])


# Nouns that gather a run or batch of what follows their "of" into one: "the recent crop of
# stories", "a spate of reports", "a new batch of emails"
GATHERING_NOUNS = frozenset(
    "crop string spate flurry batch raft slew wave trove barrage rash stream torrent deluge litany volley "
    "succession collection series".split()
)


# Nouns that count or gather what follows their "of", and adjectives that follow the noun they describe.
QUANTITY_NOUNS = frozenset(
    "array number group majority minority lot lots handful couple dozen dozens host series range variety "
    "set bunch pair plurality share percent majorities average body".split()
) | GATHERING_NOUNS


# Words before a quantity noun that make it a body which rules or joins others, no count of what follows its "of"
_RULING_MODIFIERS = frozenset("governing ruling regulatory supervisory advisory umbrella parent".split())


POSTNOMINAL_ADJECTIVES = frozenset(
    "close closest familiar aware privy loyal opposed allied aligned sympathetic critical connected friendly hostile near due".split()
)


def past_form(word: str) -> bool:
    """Whether a word is a verb's past by its spelling alone: in lower case, and in "-ed" past
    four letters ("called"; not "need", "shed") or a common irregular past ("took", "left").
    `default_rules.common.lemma_past_form` takes any past the lemma table reads besides."""
    return word.islower() and (word.endswith("ed") and len(word) > 4 or word in en.IRREGULAR_PASTS)


# the words that open a time closing a relative clause: "posted on Friday", "released last week"
_CLAUSE_TIME_HEADS = frozenset("on in last this".split())


def clause_last(low: list[str], start: int) -> int:
    """The index of the last word of a clause that opens at ``start`` in the lower-case words
    ``low`` and runs to their end, before the time that may close it ("the photo Ann Lee
    posted on Friday": "posted")."""
    last = len(low) - 1
    if last - start > 2 and low[-1] in en.TIME_WORDS and low[-2] in _CLAUSE_TIME_HEADS:
        last -= 2  # the time is the clause's
    return last


def participle_form(low: str) -> bool:
    """Whether a lower-cased word may be a past participle: in "-ed", or an irregular
    one ("written", "seen") or a past that serves as one ("sent", "made")."""
    return low.endswith("ed") or low in en.IRREGULAR_PARTICIPLES or low in en.IRREGULAR_PASTS


# the mark of a possessor at its word's end: "Japan’s" (not "it’s", "that’s": a pronoun and "is")
POSSESSIVE_MARKS = ("’s", "'s")


def control_service(lows: list[str]) -> bool:
    """Whether lower-cased words end in a public service named by "control" after the word of
    what it watches over (``default_lexicon.CONTROL_SERVICE_WORDS``): "air traffic control",
    "Mission Control", "border control" (not "gun control")."""
    return len(lows) >= 2 and lows[-1] == "control" and lows[-2] in en.CONTROL_SERVICE_WORDS


# participles that name the members a body is made of: "a bench comprising", "a panel consisting of"
_MEMBERSHIP_PARTICIPLES = frozenset("comprising consisting including".split())


# plurals of people with no "-s": "the people", "many women", "People living near the plant said"
UNMARKED_PLURALS = frozenset("people men women children folk".split())


def participle_on_noun(before: str, noun: str, word: str) -> bool:
    """Whether ``word`` is a participle in "-ing" whose clause goes on ``noun`` (a plural,
    or a body's or person's noun after ``before``, "a" or "the", or one uprooted: "a migrant facing")."""
    if not (word.islower() and word.endswith("ing") and (len(word) > 5 or word in en.SHORT_PARTICIPLES) and noun.isalpha()):
        return False  # (a possessive before a noun in "-ing" modifies it: "Lee's fundraising email")
    if word in _MEMBERSHIP_PARTICIPLES and noun.isalpha() and noun.lower() in en.ORGANIZATION_WORDS:
        # a body and the members it is made of, whatever words or capitals name the body first: "A
        # Division Bench comprising Justices Ann Rao and Tom Iyer", "a panel consisting of three judges"
        return True
    # (police, a body, reads here as its officers: "Police searching the area said")
    return plural(noun.lower()) or noun.lower() in UNMARKED_PLURALS or noun.lower() == "police" or people_by_part(noun) or (
        noun.isalpha() and noun.islower() and (before.lower() in _NOUN_DETERMINERS or _named_modifier(before)) and (
            noun in en.ORGANIZATION_WORDS or person_noun(noun) or noun + "s" in en.UPROOTED_PEOPLE
            # a text or a picture that goes round, after its article: "a message circulating on
            # WhatsApp", "a video doing the rounds" (not a modifier: "policy planning director")
            or document_noun(noun) and before.lower() in _NOUN_DETERMINERS))


def _named_modifier(word: str) -> bool:
    """Whether ``word`` is a capitalised modifier, a people's or a place's or a body's, that may
    stand between the article and a body's or person's noun: "a Ukrainian brigade fighting in the
    area", "a U.S. soldier serving in Iraq", "an Israeli official speaking in Jerusalem"."""
    return word[:1].isupper() and word.replace(".", "").isalpha() and word.lower() not in _NOT_MODIFIERS


# capitalised words that open a clause or stand for a noun, no modifier of the noun after them
_NOT_MODIFIERS = frozenset("i he she it we they you this that these those there here when while as if".split())


def _opens_object(word: str) -> bool:
    """Whether a word may open a participle's object, its infinitive or its adjunct of
    place: a determiner, "to", a name, a number or a preposition ("People living near the plant")."""
    return (word.lower() in DETERMINERS or word == "to" or word[:1].isupper() or word[:1].isdigit()
            or word in HEAD_PREPOSITIONS or word in _PLACE_PARTICLES or word in _AMOUNT_LEADS)


# prepositions of place a participle's adjunct may open: "living near", "working outside"
_PLACE_PARTICLES = frozenset("near outside inside along under over into beside".split())


# what opens an amount a participle takes: "Families earning less than $40,000 said"
_AMOUNT_LEADS = frozenset("less more $ £ € ₹".split())


# what opens a singular noun a participle's clause may go on inside a mention: "A group representing ..."
_NOUN_DETERMINERS = frozenset("a an the one".split())


# the heads of a body's name that may hold a word in lower case: "the Medicines and Healthcare
# products Regulatory Agency", "the Oil and Gas Industry Authority"
_NAME_BODY_HEADS = en.ORGANIZATION_WORDS | frozenset("administration ministry authority directorate inspectorate".split())


def lower_word_in_body_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``i`` stands between capitalised words of a long
    body's name that runs to the cue ("the Medicines and Healthcare products Regulatory
    Agency said", "... Agency's chief said"): the name holds it, and the walk goes on to the
    name's start."""
    if i == 0 or not (toks[i - 1][2][:1].isupper() and toks[i - 1][2].isalpha()):
        return False
    j = i + 1
    while j < len(toks) and toks[j][2][:1].isupper() and toks[j][2].isalpha():
        j += 1
    if j < len(toks) and toks[j][2][:1].isupper() and toks[j][2].endswith(POSSESSIVE_MARKS):
        return j - i > 1 and toks[j][2][:-2].lower() in _NAME_BODY_HEADS  # "... Regulatory Agency's chief said"
    return j == len(toks) and j - i > 2 and toks[j - 1][2].lower() in _NAME_BODY_HEADS


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


# Determiners that open a second group of speakers after "and"
GROUP_DETERMINERS = frozenset("his her their its our the".split())


# ... and those that open an item of a list of speakers: "the vicar, the imam and a rabbi"
ITEM_DETERMINERS = GROUP_DETERMINERS | frozenset(["a", "an"])


def _named_in_part(phrase: str) -> bool:
    """Whether a mention's clause says its source was not named in full only ("Ann, who declined
    to be named in full"): a person named by what the text gives, no anonymous source."""
    return _NAMED_IN_PART_AFTER.search(phrase, 0, len(phrase), CONCURRENT) is not None


# the terms on which a source spoke, after "who" and its auxiliaries or as a participle
# (or that the name be kept back: "on condition that her name not be used", "on condition that he not be
# identified"; not only a part of it: "that his last name not be used")
ON_CONDITION = (r"(?:on|under)[^\S\n]+(?:the[^\S\n]+)?condition[^\S\n]+(?:of[^\S\n]+anonymity|that[^\S\n]+"
                 r"(?:(?:his|her|their)[^\S\n]+names?|he|she|they)[^\S\n]+not[^\S\n]+be[^\S\n]+(?:used|named|identified|published|printed))")


# after "not to be named": only in part, so that the source is named by what the text gives,
# "Ann, who declined to be named in full", "who asked not to be identified by her surname"
NAMED_IN_PART = (
    r"(?![^\S\n]+(?:in[^\S\n]+full|by[^\S\n]+(?:(?:his|her|their)[^\S\n]+)?"
    r"(?:surname|last[^\S\n]+name|full[^\S\n]+name|family[^\S\n]+name|second[^\S\n]+name)))")


# "who declined to be named", "who asked not to be identified", "who cannot be named"
_UNNAMED_WISH = (
    r"(?:declined|refused|asked[^\S\n]+not|requested[^\S\n]+not|(?:did|does|do)[^\S\n]+not[^\S\n]+(?:want|wish)"
    r"|didn[’']t[^\S\n]+(?:want|wish)|wished[^\S\n]+not)[^\S\n]+to[^\S\n]+be[^\S\n]+(?:named|identified|quoted)"
    + NAMED_IN_PART +
    # "who wished to remain anonymous"
    r"|(?:wished|wanted|preferred|asked|requested)[^\S\n]+to[^\S\n]+remain[^\S\n]+(?:anonymous|unnamed)"
    # "who cannot be named under civil service rules", "who could not be identified for legal reasons"
    r"|(?:cannot|can[^\S\n]+not|can[’']t|could[^\S\n]+not|couldn[’']t|may[^\S\n]+not)[^\S\n]+be[^\S\n]+(?:named|identified)"
    + NAMED_IN_PART)


_NAMED_IN_PART_AFTER = regex.compile(r"\b(?:named|identified|quoted)(?=" + NAMED_IN_PART[3:])


ANONYMITY_CLAUSE = regex.compile(
    r"[^\S\n]+who[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,6}?(?:"
    r"(?:requested|sought|demanded|requesting|insisted[^\S\n]+on|asked[^\S\n]+for|(?:was|were)[^\S\n]+(?:granted|given))[^\S\n]+anonymity"
    r"|(?:spoke|speaks|talked|speaking)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,4}?" + ON_CONDITION +
    r"|(?:spoke|speaks|talked)[^\S\n]+anonymously"
    r"|" + _UNNAMED_WISH + r")\b")


# a participle's aside after the mention that says it was let speak unnamed, as the clause
# does: "A senior aide, granted anonymity to discuss the talks," (a name before it stays a
# person's: "Ann Lee, granted anonymity by the court,")
def _bare_name(first: list[str]) -> bool:
    """Whether the words before a mention's comma are a name alone: capitalised, no
    determiner first and no noun of people ("Lee", "Ann Lee"; not "The nurse", "A senior aide",
    "Officials" opening a sentence)."""
    return bool(first) and first[0].lower() not in DETERMINERS and all(w[:1].isupper() for w in first) and not any(
        person_noun(w.lower()) or plural(w.lower()) and person_noun(singular(w.lower())) for w in first)


# A participle after a mention's comma that says the source spoke unnamed, as the clause does:
# "An aide, speaking on condition of anonymity, said", "said, requesting anonymity", "A senior
# aide, granted anonymity to discuss the talks,"; matched right after the comma (kinds reads it
# inside a mention, sources after a mention or a cue)
ANONYMITY_PARTICIPLE = regex.compile(
    r"[^\S\n]+(?:(?:requesting|seeking|demanding|asking[^\S\n]+for|insisting[^\S\n]+on|granted|given|promised|offered)"
    r"[^\S\n]+anonymity"
    r"|(?:speaking|talking)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,4}?" + ON_CONDITION +
    r"|(?:speaking|talking)[^\S\n]+anonymously"
    r"|(?:declining|refusing|asking[^\S\n]+not|requesting[^\S\n]+not|not[^\S\n]+wishing)[^\S\n]+to[^\S\n]+be[^\S\n]+(?:named|identified|quoted)"
    + NAMED_IN_PART +
    r"|(?:wishing|preferring)[^\S\n]+to[^\S\n]+remain[^\S\n]+(?:anonymous|unnamed))\b")

# Every clause or participle the anonymity patterns take holds one of these: "anonymity",
# "anonymously", "anonymous", or "named" ("unnamed"), "identified", "quoted", "condition": a cheap
# test before them, which most mentions and cues fail
ANONYMITY_WORDS = ("anonym", "named", "identified", "quoted", "condition")


def _anonymity_aside(phrase: str, low: str) -> bool:
    """Whether a comma inside a mention opens a participle that says its source spoke
    unnamed ("A senior aide, granted anonymity to discuss the talks")."""
    if not any(word in low for word in ANONYMITY_WORDS):
        return False
    comma = phrase.find(",")
    while comma >= 0:
        if ANONYMITY_PARTICIPLE.match(phrase, comma + 1, None, CONCURRENT) is not None:
            return True
        comma = phrase.find(",", comma + 1)
    return False

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

# a relative clause that "who" opens right after a mention with a verb in the singular, one
# person's: "Banks, who chairs the committee, said", "Chambers, who was elected in 2020" (not
# "Banks, who have raised rates": the lenders, many)
_ONE_WHO_AFTER = regex.compile(
    r",[^\S\n]+who[^\S\n]+(?:(?:also|now|still|currently|once|formerly|previously)[^\S\n]+)?\p{Ll}*[^\W\ds]s(?![\w’'-])")


def _surname_of_plural_body(phrase: str, text: str, end: int) -> bool:
    """Whether a mention of one capitalised word that reads as bodies in the plural ("Banks",
    "Chambers") has a relative clause of one person's right after it: a surname, no bodies."""
    low = phrase.lower()
    return (phrase[:1].isupper() and phrase.isalpha() and not phrase.isupper() and plural(low)
            and singular(low) in en.ORGANIZATION_WORDS and text.startswith(", who ", end)
            and _ONE_WHO_AFTER.match(text, end, min(len(text), end + 40), CONCURRENT) is not None)


def city_speaks(phrase: str) -> bool:
    """Whether a mention is a well-known city's bare name in title case (``lexicon.city_names``),
    none a person goes by too: "Mumbai", "Los Angeles", "the Hague"; not "Houston" nor "Sydney",
    which may be a man's and a woman's, nor "MUMBAI" in capitals. A city's name with its state's
    or its country's after a comma is the city's, one a person goes by too or not: "Houston,
    Texas", "Manchester, England" (not "Ann Lee, Texas": no city's)."""
    city, comma, state = phrase.partition(", ")
    if comma and city_names().get(city.lower()) is not None and state.lower() in place_names() and (
            city[:1].isupper() and state[:1].isupper() and not city.isupper()):
        return True
    words = phrase.split()
    if not 1 <= len(words) <= _CITY_WORDS:
        return False
    low = phrase.lower()  # ("the Hague" keeps its article in the table, "the Mumbai" has none)
    bare = LEADING_THE.sub("", low, 0, None, None, CONCURRENT)
    is_person = city_names().get(low, city_names().get(bare))
    return is_person is False and bare not in given_names() and words[-1][:1].isupper() and not words[-1].isupper()


def _city_named_as_city(text: str, start: int, phrase: str) -> bool:
    """Whether a bare city's name a person goes by too (``lexicon.city_names`` marks it) is the
    city's in this text: the text calls it a city, "the city of Houston", or names its state or
    its country after it, "Houston, Texas" ("Sydney said" alone may be a woman's, and so it is
    after "Ann Sydney" earlier)."""
    if city_names().get(phrase.lower()) is not True or not phrase[:1].isupper() or phrase.isupper():
        return False
    if _surname_named_before(text, start, phrase):
        return False
    if text.find("ity of " + phrase) >= 0:
        return True
    at = text.find(phrase + ", ")
    for _ in range(_CITY_COMMA_LOOKS):
        if at < 0:
            return False
        after = at + len(phrase) + 2
        state = WORD.match(text, after, min(len(text), after + _STATE_CHARS), False, CONCURRENT)
        if state is not None and state.group()[:1].isupper() and state.group().lower() in place_names():
            return True
        at = text.find(phrase + ", ", after)
    return False


# how many of a city's name and comma `_city_named_as_city` reads, and how far it reads the state's name
_CITY_COMMA_LOOKS = 4
_STATE_CHARS = 20


# the most words of a city's name ("Ho Chi Minh City", "Rio de Janeiro")
_CITY_WORDS = 4


def which_body(phrase: str) -> str:
    """The kind of a mention read as a person's that "which" stands for: a bare name in capitals
    is no person's, a place's government ("Jordan, which borders Syria") or else a body's
    ("Vexa, which makes chips"); any longer mention is left a person's, "which" standing for a
    noun inside it ("Ann Lee, an official at the Harbour Trust, which ...")."""
    words = phrase.split()
    if not 1 <= len(words) <= _WHICH_NAME_WORDS or not all(w[:1].isupper() and w[-1:].isalnum() for w in words):
        return "person"
    bare = LEADING_THE.sub("", phrase.lower().strip())
    return "government" if place_names().get(bare) is not None else "organization"


# the most words of a bare name that "which" says is no person's
_WHICH_NAME_WORDS = 3


def person_by_sign(phrase: str) -> bool:
    """Whether a mention is a person's by a sign no body's name bears, so that "which" cannot
    stand for it: a given name and a surname ("Ann Lee"), a title before a name ("Mr. Okafor",
    "Senator Roe"), a noun for a person in lower case as its head ("the mayor"), or a bare name
    the tables of given or family names hold and no body goes by ("Lee"); not a bare name of
    no table ("Vexa", "Nationwide", which may be firms')."""
    words = [t[2] for t in tokens(phrase, 0, len(phrase)) if is_word(t[2])]
    if not words or "," in phrase:
        return False  # (an appositive's noun may be what "which" stands for: "Ann Lee, an official at the Trust")
    lows = [w.lower().rstrip(".") for w in words]
    if _personal_name(words) or len(words) >= 2 and lows[0] in en.TITLES and words[-1][:1].isupper():
        return True
    if (head := head_word(words)) in lows and words[lows.index(head)].islower() and person_noun(head):
        return True
    return len(words) == 1 and (lows[0] in family_names() or lows[0] in given_names()) and lows[0] not in org_names()


# a one-word name before an aside of where it is based: "Acme, based in Ohio"
_PLACED_ASIDE = regex.compile(r"([A-Z][\w’'-]+),[^\S\n]+(?:based|located)[^\S\n]+in\b")


def _surname_named_before(text: str, start: int, word: str) -> bool:
    """Whether ``word`` stood earlier in the text after a given name, as a person's surname
    does when the person is first named in full ("Ann Lee ... Lee, based in Oslo"); read
    back no further than an article's length."""
    lo = max(0, start - _EARLIER_NAME_WINDOW)
    i = text.rfind(word, lo, start)
    while i > lo:
        before = _WORD_BEFORE.search(text, max(lo, i - 30), i)
        after = i + len(word)
        if before is not None and not (after < len(text) and (text[after].isalnum() or text[after] in "’'-")) and (
                before.group(1).lower() in given_names()):
            return True
        i = text.rfind(word, lo, i)
    return False


_EARLIER_NAME_WINDOW = 50_000

# the word right before a name, with an initial between: "Ann |Lee", "Ann K. |Lee"
_WORD_BEFORE = regex.compile(r"\b([A-Z][a-z]+)[^\S\n]+(?:[A-Z]\.[^\S\n]+)?$")


def kind(text: str, start: int, end: int, lexicon: Lexicon) -> str:
    """The kind of a source mention: person, organization, government,
    outlet, group, document, anonymous or unnamed."""
    phrase = text[start:end]
    found = lexicon.remembered(("kind", phrase), lambda: _kind(phrase, lexicon))
    if found == "organization" and (placed := _PLACED_ASIDE.match(phrase)) is not None and _surname_named_before(
            text, start, placed.group(1)):
        return "person"  # "Ann Lee runs the bakery. ... Lee, based in Oslo, said": a surname, no body's name
    if found == "organization" and _surname_of_plural_body(phrase, text, end):
        return "person"  # "Banks, who chairs the committee, said": one person's clause after a surname
    if found == "person" and which_clause_after(text, end):
        return which_body(phrase)  # "which" stands for no person: "Vexa, which makes chips, said"
    if found in ("organization", "person", "government") and _CITY_NAME.fullmatch(phrase, 0, len(phrase), CONCURRENT) is not None:
        # a city by its name is its government, a club's only among words of sport: "Kansas City
        # said it would drop the fines", "City defends parking fines" (but "Harbour City said the
        # striker had signed", and "City said" a club's too in a story of transfers)
        return "government" if not _among_sport(text, start, end) else "organization" if found == "government" else found
    if found == "government" and phrase == "Congress" and _around(_INDIAN_POLITICS, text, start, end):
        return "organization"  # "Congress hit back" among India's parties and houses: the party, no legislature
    if found == "person" and _name_of_common_words(phrase, lexicon):
        return "organization"  # "More in Common", "Hope not Hate", "Stand Up to Racism": a campaign's or a pollster's name
    if found == "person" and phrase.lower() in en.CLUB_TOWNS:
        # a town a club goes by: the club's among words of sport, "Liverpool confirmed the signing
        # of ...", the town's government elsewhere, "Leeds said it would close two libraries"
        return "organization" if _among_sport(text, start, end) else "government"
    if found == "person" and (city_speaks(phrase) or _city_named_as_city(text, start, phrase)):
        # a city that speaks is its council, or its club among words of sport: "Chennai said it
        # would appeal", "Houston's council"; "Manchester confirmed the signing" (`city_speaks`)
        return "organization" if _among_sport(text, start, end) else "government"
    if found == "person" and phrase[:4] == "The " and phrase[4:].lower() in en.DEMONYMS and _inside_sentence(text, start):
        # "The" in capitals inside a sentence before a people's adjective titles a paper: "told The
        # Australian", "according to The Australian" ("the Australian", in small letters, is a player)
        return "outlet"
    if found == "organization" and phrase[:4] == "The " and _title_of_one_word(phrase[4:]) and _inside_sentence(text, start) and (
            not text.startswith(_NAME_GOES_ON, end)):
        # "The" in capitals inside a sentence before one name titles a paper or a site, as with a
        # people's adjective above: "told The Blaze", "according to The Advocate" (not "the
        # Vatican", a body's noun, nor "The Hague", a place; nor the first word of a longer name
        # read only in part, "told The Harbour and Dock Gazette")
        return "outlet"
    if found == "person" and _names_a_side(text, phrase):
        return "organization"
    if found == "person" and _OWNED_NAME.match(phrase, None, None, CONCURRENT) is not None:
        return "organization"  # "Microsoft-owned LinkedIn", "state-owned Gazprom": what is owned is a business, no person
    if found == "person" and _mark_inside_name(phrase):
        return "organization"  # "Which? Money", "Yahoo! Finance": a brand's mark the name keeps inside it; no person's name has one
    if found in ("person", "group") and _side_noun(phrase) and _among_sport(text, start, end):
        return "organization"  # a side among words of sport: "the home side said", "the visitors", "the Reds"
    if found == "organization" and _bare_team(phrase) and _around(_RESEARCH_WORDS, text, start, end) and not _among_sport(text, start, end):
        return "group"  # a team among words of research is its researchers: "The team said the drug worked" (a side's a body)
    if found in ("person", "group", "government") and _bare_side_name(phrase) and _among_sport(text, start, end):
        return "organization"  # a side by its name's end or its nickname alone, among words of sport: "Rovers said", "Spurs said"
    if found == "government" and phrase.endswith("Palace") and _among_sport(text, start, end) and not _around(_ROYAL_WORDS, text, start, end):
        # a palace by its name among words of sport is a club: "Crystal Palace said the striker"; not
        # among words of a royal household, where "fans" are a family's: "royal fans ... Kensington Palace"
        return "organization"
    if found == "government" and phrase.endswith("Palace") and _around(_CHURCH_WORDS, text, start, end) and not _around(_ROYAL_WORDS, text, start, end):
        # a palace by its name among words of a church and none of a royal household is a see's
        # office, a church's: "Lambeth Palace said the archbishop", "the Apostolic Palace"
        return "organization"
    if found in ("government", "organization") and LEADING_THE.sub("", phrase.lower()) in en.SPORT_SHARED_INITIALS and (
            phrase[-3:].isupper() and _among_sport(text, start, end)):
        return "organization"  # initials a sport's body shares with a state's, among words of sport: "the SEC" of college games
    if found in _DEFINED_INITIALS_KINDS and phrase.isupper() and _ACRONYM.fullmatch(phrase) is not None and (
            defined := _defined_initials_kind(text, start, phrase, lexicon)) is not None:
        # initials the text spells out before, "Full Name (ACR)", are that name's, whatever else they
        # stand for: "Pakistan Tehreek-e-Insaf (PTI) ... PTI said", a party, no news agency
        return defined
    if found == "organization" and len(phrase) == 12 and phrase[4:] == "platform" and _around(
            _PARTY_POLITICS, text, start, end):
        return "document"  # "the platform" among words of a party's politics is its text: "the platform will endorse a $15 wage"
    if found == "person" and phrase.lower() in _PICKED_ONES:
        return _picked_one_kind(text, start)  # "Two officials spoke on condition of anonymity. One said": one of them
    if found == "organization" and central_bank(phrase):
        return "government"  # a central bank sets the state's money as a ministry its policy: "the Reserve Bank of India"
    if found == "organization" and (phrase[4:] if phrase[:4] in ("the ", "The ") else phrase) in _POLICE_SHORT_NAMES and _around(_POLICE_WORDS, text, start, end):
        return "government"  # London's police by its short name, among words of policing: "The Met said officers"
    if found == "organization" and phrase in ("the force", "The force") and _around(_POLICING_NOT_FORCE, text, start, end):
        return "government"  # a police force by its noun alone, among words of policing: "the force said patrols would"
    return found


# a subject that picks one of a group named before it, with no noun of its own: "One said",
# "Another added", "A second told the paper", "The other declined to comment" ("A third" is a share: `_share_of_people`)
_PICKED_ONES = frozenset(["one", "another", "another one", "a second", "the other", "the second", "the third"])
# how far back the group they are picked from is looked for (within the paragraph)
_PICKED_REACH = 300
# what leaves the group they are picked from unnamed: "Two officials, who spoke on condition of
# anonymity", "Three sources told the paper", "two aides who asked not to be named"
_GROUP_LEFT_UNNAMED = regex.compile(
    r"\b(?:anonymity|anonymously|unnamed|unidentified|sources|not[^\S\n]+authori[sz]ed|" + _UNNAMED_WISH + r")\b")
# a count or a pick before the noun of the group or of its first one: "one company says ...,
# another says", "two of the firms", "Several agencies"
_COUNTED_NOUN = regex.compile(
    r"\b(?i:one|another|two|three|four|five|six|several|both|some)[^\S\n]+(?:of[^\S\n]+the[^\S\n]+)?"
    r"(?:[\p{L}-]+[^\S\n]+){0,2}?(\p{Ll}[\p{L}-]*)\b")


def _picked_one_kind(text: str, start: int) -> str:
    """The kind of one picked from a group named before it ("One said", "Another added"), as the
    group's: anonymous when the group is left unnamed ("Two officials, who spoke on condition of
    anonymity ... One said"), a body when the group is of bodies ("one company says ..., another
    says"), an outlet or a text likewise; else a person, one of the people named before."""
    window = text[max(start - _PICKED_REACH, text.rfind("\n", 0, start) + 1):start]
    if _GROUP_LEFT_UNNAMED.search(window, 0, len(window), CONCURRENT) is not None:
        return "anonymous"
    for counted in reversed(list(_COUNTED_NOUN.finditer(window, 0, len(window), CONCURRENT))):
        noun = counted.group(1).lower()
        one = singular(noun) if plural(noun) else noun
        if one in en.ORGANIZATION_WORDS and not person_noun(one):
            return "organization"
        if one in en.OUTLET_NOUNS:
            return "outlet"
        if document_noun(one):
            return "document"
        if person_noun(one) or one in UNMARKED_PLURALS or noun in UNMARKED_PLURALS:
            return "person"
    return "person"


def _inside_sentence(text: str, start: int) -> bool:
    """Whether a mention starts inside a sentence: after a word or a comma on its line, not after
    a sentence's end, a quotation mark or a line's break."""
    before = text[max(0, start - 40):start].rstrip(" \t")
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;:")


# what goes on with a name past a mention read only in part: "The Harbour and Dock Gazette"
_NAME_GOES_ON = (" and ", " of ", " & ", " for ")


def _title_of_one_word(word: str) -> bool:
    """Whether a word after "The" may title a paper or a site: one word in title case, no body's
    nor a state's noun, no place's name: "Blaze", "Advocate", "Federalist" (not "Vatican",
    "Union", "Hague", nor initials, "The NTSB")."""
    low = word.lower()
    return (word.isalpha() and len(word) > 2 and word[0].isupper() and word[1:].islower() and low not in en.ORGANIZATION_WORDS
            and low not in en.GOVERNMENT_WORDS and low not in place_names() and city_names().get("the " + low) is None)


# the small words inside a name in title case made of common words, which no person's name holds
# (not "of", "and" nor a surname's particle: "Joan of Arc", "Ann and Tom Lee", "Ludwig van Beethoven")
_COMMON_NAME_JOINERS = frozenset("in not for to on at with against without from into".split())
# such a name: three to six words, the first and the last in capitals, the small words one at a time
_COMMON_WORDS_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)*(?:[^\S\n]+\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)+)+")


def _name_of_common_words(phrase: str, lexicon: Lexicon) -> bool:
    """Whether a mention is a name in title case made of common words, a small word of
    ``_COMMON_NAME_JOINERS`` inside it and no given name before a word in capitals: a
    campaign's, a charity's or a pollster's ("More in Common", "Hope not Hate", "Stand Up to
    Racism"); not a person's, a given name before a word in capitals ("Ann Lee in Oslo"), nor a
    post's ("Minister for Europe")."""
    if _COMMON_WORDS_NAME.fullmatch(phrase, None, None, CONCURRENT) is None:
        return False
    words = phrase.split()
    if not 3 <= len(words) <= 6 or not all(w in _COMMON_NAME_JOINERS for w in words if w.islower()):
        return False
    lows = [w.lower() for w in words]
    joiner = next(k for k, w in enumerate(words) if w.islower())
    if lows[0] in _INDEFINITE_PRONOUNS or _kind(" ".join(words[:joiner]), lexicon) not in ("person", "organization"):
        return False  # "Nobody in British Columbia", "People in Fort Pierce", "La Stampa in Italy": who is in a place
    if lows[joiner] in _PLACE_JOINERS and " ".join(lows[joiner + 1:]) in place_names():
        return False  # "La Stampa in Italy": a name and where it is
    return not any(
        w in en.TITLES or person_noun(w) or w in given_names() and k + 1 < len(words) and words[k + 1][:1].isupper()
        for k, w in enumerate(lows))


# the pronouns of anyone or no one, capitalised at a sentence's start: "Nobody in Ohio"
_INDEFINITE_PRONOUNS = frozenset("nobody somebody anybody everybody someone anyone everyone".split())
# the small words that place a name: "La Stampa in Italy", "Ann Lee at Oxford"
_PLACE_JOINERS = frozenset("in at from".split())


def _mark_inside_name(phrase: str) -> bool:
    """Whether the whole mention is a name in capitals whose first word a question or exclamation
    mark ends (`tokens.marked_name`), which the layout keeps whole: "Which? Money", "the Yahoo!
    Finance" (not "Which? Money editor Ann Lee")."""
    first = _THE_BEFORE_MARKED.match(phrase, None, None, CONCURRENT)
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
    words = [t[2] for t in tokens(text, start, end) if is_word(t[2])]
    head = head_word(words)
    # (the head as written: a noun of people in capitals may open an outlet's name, "The Observer")
    return found if person_noun(head) and head in words or _personal_name(words) else "outlet"


# a department's fields in lower case, one to three words each, a comma between each and "and"
# before the last, then its post or its body's noun, last in the mention (`_kind`)
_FIELD = r"\p{Ll}+(?:[^\S\n]+\p{Ll}+){0,2}"
_FIELD_LIST_ENDS = en.DEPARTMENT_POSTS | en.DEPARTMENT_BODY_NOUNS
_FIELD_LIST = regex.compile(
    _FIELD + r"(?:,[^\S\n]+" + _FIELD + r")+,?[^\S\n]+and[^\S\n]+" + _FIELD + r"[^\S\n]+(?:"
    + "|".join(sorted(_FIELD_LIST_ENDS)) + r")\Z")


# the words that make a body's name a central bank's: "the European Central Bank", "the central
# bank", "the Reserve Bank of India", "the Federal Reserve", "the Fed"
_CENTRAL_BANK_NAME = regex.compile(r"(?<![\w’'-])(?:(?i:central)\s+(?i:bank)|Reserve\s+Bank|Federal\s+Reserve|Fed)(?![\w-])")


def central_bank(phrase: str) -> bool:
    """Whether a body's name is a central bank's: by the words of its name
    ("the Reserve Bank of Australia", "the central bank"), or one the table
    (``data/org_names.txt``) gives the trade "central" ("the Bank of England",
    "the Bundesbank", "the RBI")."""
    if phrase[-1:] == ")" and (initials := INITIALS_IN_BRACKETS_END.search(phrase)) is not None:
        phrase = phrase[:initials.start()]  # "the Bank of Thailand (BOT)": the name before its initials
    return _CENTRAL_BANK_NAME.search(phrase, 0, len(phrase), CONCURRENT) is not None or org_trades().get(
        (phrase[4:] if phrase[:4] in ("the ", "The ") else phrase).lower().replace("’", "'")) == "central"


def _around(pattern: regex.Pattern, text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` finds its words around the mention at [start, end) (``_AROUND_REACH``
    either side): words of sport, of research, of a royal household, of policing."""
    return pattern.search(text, max(0, start - _AROUND_REACH), min(len(text), end + _AROUND_REACH), CONCURRENT) is not None


def _among_sport(text: str, start: int, end: int) -> bool:
    """Whether words of sport stand around the mention at [start, end)."""
    return _around(_SPORT_WORDS, text, start, end)


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
        nxt = WORD.match(text, after, min(len(text), at + len(phrase) + _SIDE_REACH), CONCURRENT) if text[after:after + 1] in _SIDE_WORD_INITIALS else None
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


# the nouns for one side of a dispute or a contest, people as one, and the words that pick one
# of two or more out ("Neither side", "Each camp", "One faction", "the other side", "the rival camp")
_SIDES_OF_MANY = frozenset("side camp faction".split())
_SIDE_PICKERS = frozenset("neither either each one another".split())
_SIDE_PICKERS_AFTER_THE = frozenset("other opposing rival".split())


def _one_of_sides(lows: list[str]) -> bool:
    """Whether a mention is one side of many picked out by a word, with no other noun: "Neither
    side", "Each faction", "the other camp", "The opposing side" (the people of that side,
    many; not "the side's captain", nor "the Lee camp", read as a camp of one person's)."""
    return lows[-1] in _SIDES_OF_MANY and (len(lows) == 2 and lows[0] in _SIDE_PICKERS or (
        len(lows) == 3 and lows[0] == "the" and lows[1] in _SIDE_PICKERS_AFTER_THE))


def _side_noun(phrase: str) -> bool:
    """Whether a mention names a side by a noun for one ("the home side", "the Welsh outfit") or
    by a plural sides go by after "the" ("the visitors", "the hosts", "the Reds"); not people of
    it ("Celtics fans", "the side's captain")."""
    words = phrase.split()
    if len(words) == 2 and words[0].lower() in _SIDE_PICKERS and words[1].lower() in _SIDE_NOUNS:
        return True  # one side of two picked out: "Neither side", "Each side"
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


# words of research around a team, which make it the researchers who work in it
_RESEARCH_WORDS = regex.compile(
    r"\b(?:research(?:ers?)?|scientists?|study|studies|journal|professor|laborator(?:y|ies)|experiments?|peer-reviewed|findings)\b",
    regex.IGNORECASE)


def _bare_team(phrase: str) -> bool:
    """Whether a mention is "the" or "a" team with only words in small letters between: "The
    team", "the research team", "a team" (not "his team", "Clinton's team", "the Trump team",
    "the Olympic team")."""
    words = phrase.split()
    return 2 <= len(words) <= 3 and words[0].lower() in ("the", "a") and words[-1] == "team" and all(w.isalpha() and w.islower() for w in words[1:])


# the nouns after a news word that end a news service's name: "Christian News Service"
_NEWS_SERVICE_NOUNS = frozenset("service agency".split())


# a city's name, or "City" alone as a headline has it: "Kansas City", "Salt Lake City", "City"
_CITY_NAME = regex.compile(r"(?:\p{Lu}[\p{L}.’'-]*[^\S\n]+){0,3}City")


def _role_pattern(word: str) -> str:
    """A side's role as a pattern that takes its plural too: "strikers", "batsmen", "coaches"."""
    if word.endswith("man"):
        return regex.escape(word[:-3]) + "m[ae]n"
    return regex.escape(word) + ("(?:es)?" if word.endswith(("s", "ch", "sh")) else "s?")


# the roles on a side that have senses outside sport as common, which tell no story sport's:
# "an international airport", "the film's star", "his boss", "a veteran MP", "Captain Ann Lee",
# "a water pitcher", "a bottle opener", "going forward", "the Trump campaign's spinners"
_ROLES_OF_OTHER_SENSES = frozenset("international forward star boss veteran rookie captain pitcher opener keeper spinner".split())


# words of sport around a club's name, within this many characters either side: the game's, and
# those on a side by its roles (``default_lexicon.SIDE_ROLES``: "striker", "coach", "bowlers")
_SPORT_WORDS = regex.compile(
    r"\b(?:club|clubs|match|matches|league|goal|goals|season|fans|stadium|transfers?"
    r"|signed|signing|squad|cup|fixture|football|soccer|derby|kick-off|relegation"
    r"|wickets?|innings|tournament|playoffs?|referees?|touchdowns?|basketball|baseball"
    # (and cricket's, whose board shares its initials with a state's bank: "the ECB said the batsman")
    r"|cricket(?:ers?)?|"
    + "|".join(_role_pattern(w) for w in sorted(en.SIDE_ROLES.keys() - _ROLES_OF_OTHER_SENSES, key=lambda w: (-len(w), w)))
    + r")\b",
    regex.IGNORECASE)


# how far either side of a mention the words of its subject (sport, research, policing) are read
_AROUND_REACH = 400

# India's parties and houses by the names its copy gives them, among which "Congress" alone is a
# party ("Congress hit back"), as "the Congress" is anywhere
_INDIAN_POLITICS = regex.compile(
    r"\b(?:BJP|AAP|TMC|NCP|DMK|AIADMK|BSP|RJD|JD\(U\)|CPI\(M\)|Shiv\s+Sena|Samajwadi|Trinamool|Lok\s+Sabha|Rajya\s+Sabha"
    r"|MLAs?|MPs?\s+from\s+the\s+BJP)(?![\w’'-])")


# words of a party's politics, among which "the platform" is a party's text, no business online
_PARTY_POLITICS = regex.compile(r"\b(?:party|parties|convention|delegates|nominee|Democrats?|Democratic|Republicans?|GOP|manifesto)\b")


# a police force's short name, shared with other bodies (an opera house, a museum): "the Met"
_POLICE_SHORT_NAMES = frozenset(["Met"])


# words of policing, which make such a short name the force's: "The Met said officers were called"
_POLICE_WORDS = regex.compile(r"\b(?:police|policing|officers?|constables?|detectives?|arrest(?:s|ed)?|custody|suspects?"
                              r"|Scotland[ \t]+Yard|force)\b", regex.IGNORECASE)
# words that tell policing in its own terms (no "force", which an army, a union's "task force" is too, nor
# "officers", whom an army has too): what makes "the force" a police force
_POLICING_NOT_FORCE = regex.compile(r"\b(?:police|policing|constables?|detectives?|(?:chief[ \t]+)?superintendents?|arrest(?:s|ed)?"
                                    r"|custody|Scotland[ \t]+Yard)\b", regex.IGNORECASE)


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
    m = LOWER_CAMEL.fullmatch(word)
    return m is not None and word[:next(k for k, c in enumerate(word) if c.isupper())] not in _LOWER_SURNAME_PARTICLES


# the particles that open a surname in lower case before its capital: "deGrom", "diMarco", "leBlanc"
# (the prefixes and the small words of a surname of several glued to the word after them)
_LOWER_SURNAME_PARTICLES = _SURNAME_PREFIXES | en.SURNAME_PARTICLES


# A stock exchange's code and a listing after a name, in brackets: "(NYSE: ASH)", "(BSE: 500123; NSE: ASHBY)",
# "(Nasdaq: VXTX)"
TICKER = regex.compile(r"\([^()]{0,40}?\b(?:\p{Lu}{2,8}|Nasdaq(?:GS|GM|CM)?)[^\S\n]?:[^\S\n]?[\p{Lu}\d][\p{Lu}\d.-]*(?:[;,][^()]{0,40})?\)")


# a common noun's possessive ending: "the mayor's", "the campaign’s", "voters'"; or any after "the",
# which no name takes its own mark after ("the Chancellor's", "the Prime Minister's", not "Moody's")
_COMMON_POSSESSIVE_END = regex.compile(
    r"(?:(?<=(?:^|[^\S\n])\p{Ll}[\p{Ll}-]*)|(?<=^[Tt]he[^\S\n]+[^\n]*\p{L}))(?:[’']s|(?<=s)[’'])$", regex.REVERSE)


# a body's initials in brackets after its name, which give it no other kind but a state body's:
# "the Centers for Disease Control and Prevention (CDC)", "the Indian Council of Medical Research
# (ICMR)", "(DfE)", "the India Meteorological Department (IMD)", a digit among them too: "the
# Copernicus Climate Change Service (C3S)"
INITIALS_IN_BRACKETS_END = regex.compile(r"(?<=\w)[^\S\n]*\((\p{Lu}[\p{Lu}\p{Ll}\d&.-]{0,8}\p{Lu})\)\Z")


# a short tag in brackets that ends a mention, after a word: "(Lab, Riverside)", "(SNP)", "(D-Ohio)"
_BRACKETED_TAG_END = regex.compile(r"(?<=\w)[^\S\n]*\([^()\n]{1,30}\)\Z")
# and one before a comma: "The MoS (Home), Ann Lee"
_BRACKETED_TAG_BEFORE_COMMA = regex.compile(r"(?<=\w)[^\S\n]*\([^()\n]{1,30}\)(?=,)")

# a body's initials, each with its full stop, that end a mention: "the F.B.I.", "the C.I.A."
_DOTTED_INITIALS_END = regex.compile(r"(?<![\w.])(?:\p{Lu}\.){2,6}\Z")


# the nouns of an outlet that name one alone, with no article (not "paper" nor "website", texts
# too, nor "network" or "agency", bodies)
_BARE_OUTLET_NOUNS = frozenset("newspaper magazine tabloid broadcaster".split())


# an Australian broadcaster's call sign, a digit and two or three capitals: "2GB", "3AW", "6PR"
# (no "1", which opens other bodies' names: "1MDB")
DIGIT_CALL_SIGN = r"[2-9]\p{Lu}{2,3}"


_DIGIT_CALL_SIGN = regex.compile(DIGIT_CALL_SIGN)

# a broadcaster's news named by its channel's number glued to "News": "1News", "9News", "7NEWS"
DIGIT_NEWS_NAME = r"\d{1,2}(?:News|NEWS)(?![\w&-])"


# an American broadcaster's call sign and its band or medium: "KTLA-TV", "WBAP-AM", "KIIS-FM", or
# an Australian one alone
_CALL_SIGN_NAME = regex.compile(r"(?:[Tt]he\s+)?[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)|" + DIGIT_CALL_SIGN + "|" + DIGIT_NEWS_NAME)


# a broadcaster named "Radio" and then its name in capitals, perhaps after its owner's or its
# country's possessive: "Radio NZ", "Radio Free Asia", "New Zealand's Radio NZ" (the last word in
# capitals is no body's initials, nor the name after "Radio" a person's; not "Radio Fiji's Ann Lee")
_RADIO_NAME = regex.compile(
    r"(?:[Tt]he[^\S\n]+|(?:\p{Lu}[\w.’'-]*[^\S\n]+){0,2}\p{Lu}[\w.-]*[’']s[^\S\n]+)?"
    r"Radio(?:[^\S\n]+(?:\p{Lu}[\w-]*|\d+)){1,3}")


# a lower-case noun and the initials after it that end a mention: "the federal agency FEMA"
_BODY_NOUN_BEFORE_INITIALS = regex.compile(r"(?<![^\s])(\p{Ll}+)[^\S\n]+(\p{Lu}{2,})$")


# the adverbs of a name a mention's bearer had before, and the words that may name it after them
_FORMER_ADVERBS = frozenset("formerly previously".split())
_FORMER_NAMING = (("known", "as"), ("called",), ("named",))


# how many words the former name of an aside may hold
_FORMER_NAME_WORDS = 5


def former_name_aside(words: list[str]) -> int | None:
    """Where the former name opens in the words of an aside that gives one ("formerly Twitter",
    "formerly known as Facebook", "previously called Vexa Labs"), its words all capitalised; None
    otherwise ("formerly a pilot" describes, and is no name)."""
    if len(words) < 2 or words[0].lower() not in _FORMER_ADVERBS:
        return None
    k = 1
    for naming in _FORMER_NAMING:
        if tuple(w.lower() for w in words[1:1 + len(naming)]) == naming:
            k += len(naming)
            break
    name = words[k:]
    if not 0 < len(name) <= _FORMER_NAME_WORDS or not all(w[:1].isupper() or w in ("&", ".", "of", "and") for w in name):
        return None
    return k


# a town before the comma of its region glued to "-based" and the like: "The Cupertino, California-based
# company" is as "The California-based company" is (the town's words are no head of the mention)
_TOWN_BEFORE_BASED = regex.compile(
    r"(?<![\w’'.-])\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*){0,2},[^\S\n]+"
    r"(?=\p{Lu}[\p{L}.]*-(?:" + "|".join(en.PLACE_PARTICIPLES) + r")\b)")


# the nouns of one that holds a body, between the body's name and the holder's
_HOLDING_NOUNS = frozenset(["parent", "owner"])


# how many words each name around a holding noun may hold
_HOLDING_NAME_WORDS = 4


def _owning_body(phrase: str, lexicon: Lexicon) -> str | None:
    """The kind of a name after a body's name and "parent" or "owner" ("Google parent Alphabet",
    "the Vexa owner Orrin Holdings"): the holder's, a body whenever its name is no person's, as
    "parent" names no person; a person's when the name says one ("Club owner Tom Roe", "Harbour
    FC owner Ann Lee") or is one unknown word after "owner" ("Chelsea owner Abramovich", as
    sports copy names an owner; "Facebook owner Meta" is a body only where the word is known
    as one); None when the phrase is of no such shape."""
    words = [t[2] for t in tokens(phrase, 0, len(phrase))]
    if words and words[0].lower() == "the":
        words = words[1:]
    k = next((j for j, w in enumerate(words) if w in _HOLDING_NOUNS), None)
    if k is None or not 0 < k <= _HOLDING_NAME_WORDS or not 0 < len(words) - k - 1 <= _HOLDING_NAME_WORDS:
        return None
    body, name = words[:k], words[k + 1:]
    if not all(w[:1].isupper() and is_word(w) for w in body + name):
        return None  # ("club owner Tom Roe": no body's name before the noun; its kind is read as usual)
    if _kind(" ".join(body), lexicon) not in ("organization", "outlet", "government"):
        return None
    held = _kind(" ".join(name), lexicon)
    if held != "person":
        return held
    if _personal_name(name) or len(name) == 1 and name[0].lower() in given_names():
        return "person"
    if len(name) == 1 and words[k] == "owner" and name[0].lower() not in org_names():
        # "Chelsea owner Abramovich": a surname alone, as sports copy names an owner (a body known
        # by a name a person's may share is a body here: "Facebook owner Meta")
        return "person"
    return "organization"  # "Google parent Alphabet": "parent" names no person


def _renamed(phrase: str, lexicon: Lexicon) -> str | None:
    """The kind of a name with an aside that gives the name it had ("X, formerly Twitter",
    "Meta, formerly known as Facebook"): the kind of whichever of the two names is no
    person's, as renaming is mostly a body's; a person's when one is a personal name ("Ann
    Lee, formerly Ann Roe"); None when the phrase gives no former name."""
    cut = phrase.find(", ")
    aside = [t[2] for t in tokens(phrase, cut + 2, len(phrase))]
    if aside and aside[-1] == ",":
        aside = aside[:-1]
    k = former_name_aside(aside)
    if k is None:
        return None
    now = phrase[:cut]
    named = _kind(now, lexicon)
    if named != "person":
        return named
    former = " ".join(aside[k:])
    had = _kind(former, lexicon)
    if had != "person":
        return had
    if _personal_name([t[2] for t in tokens(now, 0, len(now)) if is_word(t[2])]) or _personal_name(aside[k:]):
        return "person"
    return "organization"


# the name in capitals that ends right before a point (initials in brackets): its words in
# capitals, joined by small words of a name and hyphens ("Pakistan Tehreek-e-Insaf", "the Press
# Trust of India", "Bureau of Labor Statistics")
_EXPANDED_NAME = regex.compile(
    r"(?<![\w’'-])(\p{Lu}[\w’'&.-]*(?:[^\S\n]+(?:(?:of|and|for|on|the|de|del|du|la|&)[^\S\n]+)*\p{Lu}[\w’'&.-]*){0,7})[^\S\n]*\Z")
# how far before the brackets such a name is looked for
_EXPANDED_NAME_CHARS = 90
# the kinds of initials that the text's own spelling out may overrule
_DEFINED_INITIALS_KINDS = frozenset(["outlet", "organization", "government", "person"])
# the kinds a spelled-out name may give its initials
_DEFINING_KINDS = frozenset(["outlet", "organization", "government"])


def _defined_initials_kind(text: str, start: int, initials: str, lexicon: Lexicon) -> str | None:
    """The kind of the name the text spells out before ``initials`` in brackets ("Pakistan
    Tehreek-e-Insaf (PTI)", "the Press Trust of India (PTI)"), when it opens with the initials'
    first letter and is a body's or an outlet's; None when the text defines no such name."""
    at = text.rfind("(" + initials + ")", 0, start)
    if at <= 0:
        return None
    name = _EXPANDED_NAME.search(text, max(0, at - _EXPANDED_NAME_CHARS), at)
    if name is None or name.group(1)[0] != initials[0]:
        return None
    named = lexicon.remembered(("kind", name.group(1)), lambda: _kind(name.group(1), lexicon))
    return named if named in _DEFINING_KINDS else None


def _kind(phrase: str, lexicon: Lexicon) -> str:
    if "-" in phrase and "," in phrase:
        phrase = _TOWN_BEFORE_BASED.sub("", phrase)
    if ", " in phrase and phrase.rpartition(" ")[2] in _FIELD_LIST_ENDS and " and " in phrase and (
            fields := _FIELD_LIST.search(phrase)) is not None:
        # a department's fields in lower case, a comma between each, are one post's or one body's
        # name, no appositive: "the environment, food and rural affairs secretary", "Holyrood's net
        # zero, energy and transport committee", read as with no commas
        phrase = phrase[:fields.start()] + fields.group().replace(",", "") + phrase[fields.end():]
    if _CALL_SIGN_NAME.fullmatch(phrase, None, None, CONCURRENT) is not None or _RADIO_NAME.fullmatch(phrase, None, None, CONCURRENT) is not None:
        return "outlet"
    if (initials := INITIALS_IN_BRACKETS_END.search(phrase, None, None, CONCURRENT)) is not None:
        # the name before them tells the kind ("the Food and Drug Administration (FDA)" as "the Food
        # and Drug Administration"), unless the initials say a state's body the name does not: "the
        # India Meteorological Department (IMD)", "the National Transportation Safety Board (NTSB)"
        named = _kind(phrase[:initials.start()], lexicon)
        if named == "person" and (owner := max(phrase.rfind("'s ", 0, initials.start()), phrase.rfind("’s ", 0, initials.start()))) > 0 and (
                _EXPANDED_NAME.fullmatch(phrase, owner + 3, initials.start()) is not None):
            # the initials are the name's right before them, not its owner's: "Imran Khan's Pakistan
            # Tehreek-e-Insaf (PTI)", a party, as "Pakistan Tehreek-e-Insaf"
            named = _kind(phrase[owner + 3:initials.start()], lexicon)
        return "government" if named == "organization" and _kind(initials.group(1), lexicon) == "government" else named
    if (named_body := _BODY_NOUN_BEFORE_INITIALS.search(phrase, None, None, CONCURRENT)) is not None and named_body.group(1).lower() in (
            en.STATE_LEVEL_BODY_NOUNS | en.EMERGENCY_SERVICE_NOUNS) and _kind(named_body.group(2), lexicon) == "government":
        # a lower-case body's noun before the initials it goes by: the state's body the initials
        # say ("the country's disaster agency AFAD", "the federal agency FEMA")
        return "government"
    if (relative := _RELATIVE_AFTER_MENTION.search(phrase, None, None, CONCURRENT)) is not None and relative.start() > 0:
        # a relative clause says what the one named did, not what it is: "The Taliban, who seized
        # power in 2021" is as "The Taliban" is ("Ann Lee, who leads the group", a person as "Ann Lee");
        # but "which" stands for no person: "Vexa, which makes chips", a body
        named = _kind(phrase[:relative.start()], lexicon)
        return which_body(phrase[:relative.start()]) if named == "person" and "which" in relative.group() else named
    if ", " in phrase and (renamed := _renamed(phrase, lexicon)) is not None:
        return renamed
    if (" parent " in phrase or " owner " in phrase) and (owned := _owning_body(phrase, lexicon)) is not None:
        return owned
    if (owner := _COMMON_POSSESSIVE_END.search(phrase, None, None, CONCURRENT)) is not None:
        # an owner's mention is as the owner's is ("The mayor's reply", "the campaign’s statement"); a
        # name keeps its mark, which may be the name's own ("Moody's")
        phrase = phrase[:owner.start()]
    if phrase.endswith(".") and (dotted := _DOTTED_INITIALS_END.search(phrase, None, None, CONCURRENT)) is not None and (
            undotted := _kind(phrase[:dotted.start()] + dotted.group().replace(".", ""), lexicon)) in ("government", "organization", "outlet"):
        return undotted  # initials written with full stops are the body's as without: "the F.B.I." as "the FBI"
    if "(" in phrase and TICKER.search(phrase, 0, len(phrase)) is not None:
        return "organization"  # a body listed on an exchange: "Ashby Mills (NSE: ASHBY)"
    if (tag := _BRACKETED_TAG_END.search(phrase, None, None, CONCURRENT)) is not None and tag.start() > 0 and _kind(phrase[:tag.start()], lexicon) == "person":
        # a person's party and ward in brackets after the name say nothing of the kind: "Cllr Gareth
        # Evans (Lab, Riverside)", "Ann Lee (Con)" ("Lab" is no laboratory there)
        return "person"
    if "), " in phrase and (tag := _BRACKETED_TAG_BEFORE_COMMA.search(phrase, None, None, CONCURRENT)) is not None and tag.start() > 0 and (
            _kind(phrase[:tag.start()], lexicon) == "person"):
        # and so before an appositive: "The MoS (Home), Ann Lee", "the DGP (Law and Order), Ravi
        # Rao" are read as "The MoS, Ann Lee", a post's portfolio in brackets between the post and its holder
        return _kind(phrase[:tag.start()] + phrase[tag.end():], lexicon)
    low = phrase.lower()
    toks = [t[2] for t in tokens(phrase, 0, len(phrase))]
    words = [t for t in toks if is_word(t)]
    if not words:
        return "unnamed"
    lows = [w.lower().rstrip(".") for w in words]
    if len(words) >= 2 and words[-1].isupper() and words[-1].isalpha() and (
            _place_owner(lows) == len(words) - 1) and _kind(words[-1], lexicon) == "government":
        return "government"  # "Turkey's AFAD", "South Korea's KCDC": a country's own state initials, as "AFAD" alone
    if len(words) == 2 and lows[0] == "the" and words[1] in en.OUTLET_LOWER_CASE_NAMES:
        return "outlet"  # "the i": a paper that writes its name in lower case, no pronoun after an article
    # the head is the first noun phrase's, before an appositive: "The report, published by ..."
    comma = toks.index(",", 1) if "," in toks[1:] else len(toks)
    first = [t for t in toks[:comma] if is_word(t)]  # the words of the first noun phrase
    if first and first[0][:1].isupper() and toks[comma + 1:comma + 2] and toks[comma + 1].rstrip(".") in en.CORPORATE_SUFFIXES:
        return "organization"  # "Vexa Therapeutics, Inc.", "Orrin, Ltd., a maker of ...": the suffix after the comma is the firm's
    head = head_word(first or words)
    if trade_giant(first or words, head):
        return "organization"  # "The South Korean tech giant", "the oil major": a business by its size in its trade
    if first and first[-1].endswith("+") and all(w[:1].isupper() for w in first) and (
            any(c.islower() for c in first[-1]) or _kind(first[-1][:-1], lexicon) == "outlet"):
        return "outlet"  # "Canal+", "Apple TV+", "ESPN+": a channel or a streaming service by its "+" (not "LGBT+")
    rest = [t.lower() for t in toks[comma + 1:] if is_word(t)]
    if (len(rest) > 3 and rest[0] in ("a", "an", "the") and rest[1] in _OWNER_NOUNS and rest[2] == "of"
            and first and _kind(phrase[:phrase.find(",")], lexicon) == "organization"):
        return "organization"  # "Marlow Bancorp, the parent of Marlow Bank, Inc.": a firm's owner named as one
    if (said := _apposed_kind(toks, comma, first, rest)) is not None:
        # what the appositive says a name is settles its kind over the name's last word: "The
        # Free and Fair Election Network, an independent monitoring group" (a body, no outlet),
        # "The Orrin Group, a news website" (an outlet); a state's body stays the state's
        named = _kind(phrase[:phrase.find(",")], lexicon)
        return "government" if named == "government" and said == "organization" else said
    if (len(rest) > 2 and (rest[0] in _OWNED_PARTICIPLES and rest[1] in ("by", "in") or rest[0] in _PLACED_PARTICIPLES and rest[1] == "in")
            and first and all(w[:1].isupper() for w in first) and first[0].lower() not in DETERMINERS
            and head not in lexicon.source_heads and not _personal_name(first) and not (
                rest[0] in _PLACED_PARTICIPLES and person_by_sign(" ".join(first)))):
        # "Halifax, owned by Lloyds", "Zentra, run by two brothers": a body, which no one owns or
        # runs; "Acme, based in Ohio": a body where it is based (a person's surname alone is one
        # named in full before: see kind)
        return "organization"
    if (toks[0][0].isupper() and head not in lexicon.source_heads and len(rest) > 1
            and (rest[0] in DETERMINERS or rest[0].endswith(("'s", "’s")) and all(w[:1].isupper() for w in first))
            and ((body_head := _apposed_head(rest)) in en.ORGANIZATION_WORDS or body_head in en.OUTLET_NOUNS
                 or trade_giant(rest, body_head) or body_head in en.TRADE_NOUNS and _name_of_a_trade(first, rest, body_head))):
        # a name the appositive says is a body: "Teck, the mining company", "Vexa, a firm that
        # tracks shipping", "Vexa, the chip giant" (a business, as "the company"), "Orrin, the
        # grocer", "Harlow Hunt, the broker" (a trade's noun, a business when the name is no person's)
        head = "company" if body_head in en.FIRM_SIZE_NOUNS or body_head in en.TRADE_NOUNS else body_head
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
        name = [t for t in toks[comma + 1:last] if is_word(t)]
        tail = [t.lower() for t in toks[last + 1:] if is_word(t)]
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
    if _preposition_inside_name(words):
        return "organization"  # "Mothers Against Drunk Driving", "People Before Profit": a cause's name, no one's
    if _religious_order(lows, head):
        return "organization"  # "the Jesuit order said": a body of monks, friars or nuns, no text
    if document_noun(head) and head != lows[-1] and head in lows[:3] and _anonymous_marker(low) and not _anonymous_marker(
            low[:low.find(head)]):
        # "a tally compiled by AFP from official sources": the sources are the document's, not its
        # maker's, and the document is the source
        return "document"
    if len(lows) > 2 and lows[:2] == ["an", "official"] and head == lows[-1] and document_noun(head) and all(
            w.islower() and not person_noun(w) for w in words[2:]):
        return "document"  # "an official statement", "an official press release": "official" says the text's, no one unnamed
    if _determined_people(toks):
        return "group"  # "the vicar and the rabbi", "The imam of the mosque, the head of ... and a senior archbishop"
    # a full name before its appositive is no one unnamed: "Irina Sokol, a senior fellow at ..."
    named_first = comma < len(toks) and 2 <= len(first) <= 4 and (_personal_name(first) or all(
        w[:1].isupper() for w in first) and first[0].lower() not in DETERMINERS and _names_someone(first))
    if not named_first and (_anonymous_marker(low) and not _named_in_part(phrase) and not _markers_in_name(phrase, low) or ANONYMITY_CLAUSE.search(
            phrase, 0, len(phrase), CONCURRENT) is not None or _anonymity_aside(phrase, low) and not _bare_name(first) or head in ("source", "sources") and (
        not capital_words(words) or lows[0] in _INDEFINITES  # "a Whitehall source", "two Labour sources"
    ) or head in _UNNAMED_INSIDERS and lows[0] in ("a", "an", "another", "one") and (head in lows[1:5] or _body_name_before_head(words, lows, head))
            # (not one the appositive then names: "A friend of the star, Tom Vale", "an ally, the MP Tom Vale")
            and not (comma < len(toks) and _personal_name([t for t in toks[comma + 1:] if is_word(t)]))
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
        # (and "Four in 10 polls": documents)
        return "document" if document_noun(head_word(words[of + 1:]) if of > 0 else lows[-1]) else "group"
    if _bare_count(lows):
        return "group"  # "at least 21,000", "Hundreds", "more than 500": a count of people, many
    if _part_of_document(words, lows) or len(words) == 2 and lows[0] == "the" and words[1] in _LAWS:
        return "document"  # "Clause 4 of the Bill", "Article 21 of the Constitution", "the Act": a text of law
    if lows[:2] == ["no", "one"] and words[1] == "one" or lows[0] in ("nobody", "no-one"):
        # "Nobody in British Columbia", "No one at the council": no one at all, whom no pronoun after
        # stands for ("No one is eager to attack him. ... they're also looking to ...")
        return "unnamed"
    if lows[0] in _PEOPLE_QUANTIFIERS and (len(lows) == 1 or lows[1] in _AFTER_QUANTIFIER or lows[0] in (
            "everyone", "everybody") or lows[0] == "those" and (lows[1].endswith("ed") or lows[1] == "present") or len(lows) == 2 and plural(lows[1]) and words[1][:1].isupper()):
        # "Some", "Most of them", "Everyone in the room", "Those surveyed", "Some Germans": people,
        # many; but "Several of the polls": documents
        return "document" if lows[1:2] == ["of"] and len(lows) > 2 and document_noun(head_word(words[2:])) else "group"
    if _quantifier_participle(lows):
        return "group"  # "Several included on the slate", "Many arrested when the march turned violent": people, many
    if _one_of_sides(lows):
        return "group"  # "Neither side disputed", "Each faction said", "the rival camp": the people of one side, many
    if "press" in lows and (press := _press_office_kind(phrase, words, lows, lexicon)):
        return press  # "the SBU press service", "the press office of the ministry": its body's
    bare = LEADING_THE.sub("", low.strip(), 0, None, None, CONCURRENT)
    if bare in en.GOVERNMENT_NAMES:
        return "government"
    if words[-1] == "Executive" and lows[0] == "the" and 2 <= len(words) <= 4 and (
            len(words) == 2 or _devolved_place(words[1:-1])):
        # "the Executive", "the Northern Ireland Executive", "the Scottish Executive": a devolved
        # government, capitalised as a body's name (a person's post has a title's word before it:
        # "the Chief Executive")
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
            words[1 if lows[0] == "the" else 0][:1].isupper() or LOWER_CAMEL.fullmatch(words[0])):
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
    if _joined_portfolio([t for t in toks if t != ","]):
        return "person"  # "Science and Technology Minister Ann Rao": one post's fields, one holder
    if _joined_people(named) or _listed_people(toks) or _paired_titles(lows):
        # "Ann Lee and Tom Roe", "Neither Ann Lee nor Tom Roe", "Ann Lee, Tom Roe and Ray Fox": people, many
        return "group"
    if _camp_of(named):
        return "group"  # "Team Lee", "the Lee camp", "Lee's camp": a person's people, not the person
    while len(named) > 2 and named[-1].isupper() and named[-1].lower().rstrip(".") in en.POST_NOMINALS:
        named.pop()  # "Ann Lee KC", "Tom Roe MP OBE": the letters after a name are the person's
    if (len(words) >= 2 and lows[-1] in en.OUTLET_EDITION_PLACES and words[-1][:1].isupper() and words[-2][:1].isupper()
            and phrase.rstrip().endswith(words[-1]) and not _possessive(phrase)
            and not (len(words) == 2 and lows[0] in _DESK_WORDS)
            and _kind(phrase[:phrase.rstrip().rfind(words[-1])].rstrip(), lexicon) == "outlet"):
        # (not a desk's word alone before the place, a public body's: "Sport England", "Sport Ireland")
        return "outlet"  # an outlet's edition for a place: "Sky News Australia", "BBC Scotland"
    if _side_by_name(words, lows):
        return "organization"  # a side by its place and its plural name: "Rajasthan Royals", "Boston Celtics"
    if _ampersand_name(toks[:comma]) and bare not in lexicon.outlet_names:
        # "Pratt & Whitney", "Marks & Spencer": names joined by "&" are a firm's, no person's (an
        # outlet's show the table holds stays the outlet's: "Fox & Friends")
        return "organization"
    if _private_trade_name(named) or _trade_firm_name(named):
        # "Private forecaster Skymet Weather", "state-owned developer Orrin": a firm by its sector and
        # trade; "Pollster Ipsos", "short seller Harbor Research": by its trade and a name no person's
        return "organization"
    if _league_or_izafat_name(words) and bare not in lexicon.outlet_names:
        # (not an outlet the table knows so named: "Fox League")
        return "organization"  # "Pakistan Muslim League-Nawaz", "Jamiat Ulema-e-Islam": a party's name
    if _agency_in_its_tongue(words, lows):
        return "outlet"  # "Agência Brasil", "Agenzia Nova": a news agency by its noun in its tongue
    if words[lows[0] == "the" and len(words) > 1][:1].isupper() and bare not in lexicon.outlet_names and (
            foreign := _body_in_its_tongue(words, lows)) is not None:
        return foreign  # "Ministerio de Hacienda", "Tribunal Supremo", "Banco de España", "Bundeskartellamt"
    if _personal_name(named):
        return "person"  # "Ann Post", "Liam Fox", "Dr Jane Post": not "the Post", "Fox News"
    if (k := _examples_at(lows)) and (people_by_part(words[k - 1]) or plural(lows[k - 1])):
        # "Tory MPs including Ann Post", "Farmers such as Tom Roe", "Big banks like Ashby": the
        # plural the examples are named among is the mention's kind, not the name after it
        lead = [t for t in tokens(phrase, 0, len(phrase)) if is_word(t[2])][k][0]
        return _kind(phrase[:lead].rstrip(), lexicon)
    if _post_of_named_body(words, lows, head):
        return "person"  # "The Bank of Harlow Governor": the body's post, its holder unnamed
    if head == "figures" and head in lows[1:] and (lows[lows.index(head) - 1] in FIGURES_OF_PEOPLE or _figures_of_a_body(
            words, lows.index(head))):
        return "group"  # "establishment figures", "the party's top figures": people, not numbers
    if document_noun(head) and head != lows[-1] and (head in lows[:3] or head in lows and _name_words(words[1:lows.index(head)])) and not (
            bare in lexicon.outlet_names and words[lows.index(head)][:1].isupper()):
        # (not an outlet the table knows whose name opens with such a noun: "Notes from Poland reported")
        # "a video obtained by the BBC", "a report by Reuters": the outlet made or has it (a name
        # in capitals before the noun too: "A Freedom of Information request by the BBC")
        return "document"
    agent = _AGENT_AFTER_PARTICIPLE.search(phrase, 0, len(phrase), CONCURRENT)
    if agent is not None and not document_noun(head) and WORD.search(phrase, 0, agent.start(), CONCURRENT):
        return _kind(phrase[:agent.start()], lexicon)  # "Economists polled by Reuters": the economists' kind
    # people who speak for an outlet, or were asked by it, are no outlet: "a spokesman for the BBC"
    speaker = _speaks_for(head, lows, lexicon)
    if len(words) <= 3 and not speaker and _WEB_ADDRESS.search(words[-1], 0, len(words[-1]), CONCURRENT) is not None:
        return "outlet"  # a site by its address: "Factcheck.org", "the news site Politico.com"
    if party_initials_with_the(phrase):
        return "organization"  # "the PTI said": the party (the agency goes bare, "PTI reported")
    if (bare in lexicon.outlet_names or lows[-1].rpartition("-")[2] in en.OUTLET_NAMES and not speaker) and (
            lows[-1] not in en.OUTLET_INITIALS_IN_CAPITALS or words[-1].isupper()) and (
            # (a name of common words names the outlet only with a capital in it: "the Spectator",
            # "told Variety", not "the spectator", "a variety"; "openDemocracy" holds one)
            bare not in en.OUTLET_WHOLE_NAMES or not words[-1].islower()) or (
            len(lows) >= 2 and lows[-1] == "agency" and lows[-2] in en.OUTLET_NAMES) or (
            len(lows) >= 2 and lows[-1] in _NEWS_SERVICE_NOUNS and lows[-2] in en.NEWS_SERVICE_NAME_WORDS
            and words[-1][:1].isupper() and words[-2][:1].isupper() and not speaker):
        # (the name after Arabic's joined article too: "Al-Arabiya", "Al-Ahram"; and an agency by
        # its name and its noun: "Anadolu Agency"; and a service or an agency of news by its name:
        # "Christian News Service", "the Public Broadcasting Service", "Kyodo News Agency")
        return "outlet"
    if len(words) == 2 and lows[0] == "the" and lows[1] in en.OUTLET_NAMES_WITH_THE and words[1][:1].isupper() and not speaker:
        return "outlet"  # "The National", "told the National"; bare, "National" is a party's
    if 2 <= len(words) <= 3 and words[-1][:1].isupper() and " ".join(lows[:-1]) in lexicon.outlet_names and (
            place_names().get(lows[-1]) is False or lows[-1] in _COUNTRIES_IN_THEIR_TONGUE or words[-1] in en.LANGUAGES) and not speaker:
        # (or its service in a language: "BBC Russian", "BBC Persian", "BBC Mundo", "VOA Urdu")
        return "outlet"  # an outlet's edition for a country: "CNN Chile", "CNN Brasil", "Sky News Australia"
    if (owned := lows[1:] if lows[0] == "the" else lows) and len(owned) >= 2 and (
            owned[0] in _STATE_WORDS or owned[0].endswith(_OWNED_BY_ENDS)) and " ".join(owned[1:]) in lexicon.outlet_names:
        return "outlet"  # a known outlet after who runs it: "the junta-controlled Global New Light of Myanmar", "state-run IRNA"
    if not speaker and (owner := _place_owner(lows)) and len(lows) > owner and " ".join(lows[owner:]) in lexicon.outlet_names and (
            words[owner][:1].isupper()):
        return "outlet"  # a known outlet after its country's possessive: "Italy's Corriere della Sera", "Ireland's Newstalk"
    if lows[-1] in _OWNED_PAGES and words[-1].islower() and _owned_by_common_noun(words):
        # "the company's website", "the party's official site", "the secretary of state's website": a
        # body's or a post's own pages, as "its website" is (a name's may be an outlet: "the BBC's website")
        return "document"
    if head in en.OUTLET_NOUNS and lows[0] in ("the", "that", "this") and not _other_agency(phrase, head, lows):
        return "outlet"
    if lows == [head] and head in _BARE_OUTLET_NOUNS:
        return "outlet"  # the noun alone, a headline's with no article: "Newspaper Says Mayor Must Go", as "the newspaper"
    if unnamed_outlet(phrase, 0, len(phrase)) and not speaker:
        return "outlet"  # "A newspaper reported", "a local radio station": an outlet left unnamed, no person
    if not speaker and _unnamed_outlets(words, lows, head) and not _possessive(phrase):
        return "outlet"  # "News outlets reported", "Several newspapers", "TV stations": outlets left unnamed, no people
    if head in _NATION_OUTLET_HEADS and not speaker and (any(w in _STATE_WORDS for w in lows[:-1]) or (
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
    if _name_and_medium(words, lows) and not speaker and (not _possessive(phrase) or _place_owner(lows)):
        # (after a country's possessive too: "Kenya's Daily Nation newspaper")
        return "outlet"  # "People magazine", "the Hindu newspaper": the medium noun after the name
    if _family_name_first(named):
        return "person"  # "Kim Jong Un", "Foreign Minister Le Yucheng": no "UN", no paper like "Le Monde"
    # (a brand's one word that opens in lower case before a capital is a name too: "easyJet", "eBay")
    capital = [w for w in words if w[0].isupper() or LOWER_CAMEL.fullmatch(w, None, None, CONCURRENT) is not None]
    if capital and capital[0] is words[0] and (lows[0] in DETERMINERS or (lows[0] in lexicon.source_heads or document_noun(lows[0])) and not (
            _initials_not_noun(words[0])) or lows[0] == head and person_noun(head) or _plural_after_first_capital(words, head)):
        capital = capital[1:]  # capitalised only because it starts the sentence
    # the name's last word, or the one before its "of" ("The Times of India")
    end_at = lows.index("of", 1) - 1 if "of" in lows[1:-1] else len(lows) - 1
    name_end = lows[end_at].rpartition("-")[2]  # (the last part of a joined word: "the Sun-Times")
    if name_end[-1:].isdigit() and name_end.rstrip("0123456789").isalpha():
        name_end = name_end.rstrip("0123456789")  # (and a word before a figure joined to it: "News24")
    camel = (inner := _INNER_CAPITAL.search(words[end_at], None, None, CONCURRENT)) is not None and name_end not in en.OUTLET_NAME_ENDS
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
    if _media_firm_name(words, lows) and not speaker:
        return "outlet"  # "OC Media said", "Nine Media reported": a house of news by its name, no media at large
    if head == lows[-1] == "press" and not speaker and (len(lows) == 1 or lows[0] in DETERMINERS) and all(
            w.islower() for w in words[1:]):
        return "unnamed"  # "the press said", "the local press reported": the news media at large, as "the media"
    if len(lows) == 2 and lows[1] == "news" and lows[0] in _NEWS_VERDICTS:
        return "unnamed"  # "Breaking news", "Good news": what is told, no one who tells it
    if head in en.UNNAMED_NOUNS and not (document_noun(head) and (lows[0] in en.POSSESSIVE_PRONOUNS or _possessive(phrase))):
        # ("reports say", "accounts differ": no one's; but "its latest accounts", "the bank's
        # reports": the texts a body keeps, documents as "its report" is)
        return "unnamed"
    if (document_noun(head) or head in _NOTICE_NOUNS) and not _capitalised_inside(first or words, head) and not (
            len(first or words) >= 2 and (first or words)[-1] in en.BUSINESS_NAME_ENDS and (first or words)[-2][:1].isupper()) and not (
            _held_account(lows, head)):
        # (not a firm's name that ends in a medium's plural: "the studio Blue Reel Films")
        return "document"
    if head in en.CROWD_NOUNS and head in lows and not words[lows.index(head)].isupper() and (
            head == lows[-1] or lows[lows.index(head) + 1] in HEAD_PREPOSITIONS and (
                words[lows.index(head)].islower() or lows.index(head) == 0) and not _crowd_of_things(words, lows, head, lexicon)):
        # (not a body's initials that spell such a word: "CREW", a watchdog)
        # (the noun before a phrase of whose or where they are, in small letters unless it opens the
        # mention: "The crew of the ferry", "the jury in the case", "Family of victim says"; not a
        # title, "The Family of Man", nor a set of things or bodies, "a family of super PACs")
        return "group"  # "the crowd", "the victim's family": many people as one, no body
    if head in en.LEGAL_SIDE_NOUNS and head in lows and words[lows.index(head)].islower() and (
            head == lows[-1] or lows[lows.index(head) + 1] in _LEGAL_SIDE_AFTER) and (
            lows[0] == "the" or lows[0] in en.POSSESSIVE_PRONOUNS or lows.index(head) > 0 and (
                words[lows.index(head) - 1].endswith(POSSESSIVE_MARKS))):
        # a side at a trial speaks through its lawyers, many: "the prosecution said", "Lee's
        # defence argued", "the defense for Lee told the jury" (not "the defence of the plan", a
        # thing; nor "the Defence Ministry", a body; nor "Defense Secretary Ann Lee")
        return "group"
    if _team_of_people(words, lows, head):
        return "group"  # "A team of researchers at Harlow University", "a team of doctors": people, many, no body
    if head in _BODY_OR_PERSON and lows[0] in _INDEFINITES:
        return "person"  # "a prison guard", but "the coast guard", "the National Guard"
    if plural(head) and singular(head) in _BODY_OR_PERSON and (lows == [head] or words[lows.index(head)].islower()):
        # guards in the plural, in small letters or alone, are people: "security guards", "the
        # guards", "Guards said"; but "the Revolutionary Guards", "the Guards" (a regiment)
        return "group"
    if head == "department" and "Department" in words:
        return "government"  # a department by its name: "The State Department", "the Department of Justice"
    if head == "ministry" and "Ministry" in words:
        return "government"  # a ministry by its name, with no article too: "Ministry of Health said", "Health Ministry said"
    if _state_arms(lows) or _state_command(words, lows):
        return "government"  # a state's armed forces are the state's: "the Indian Army", "Ukraine's military"
    if _state_body(words, lows, head, phrase):
        return "government"  # "the EPA", "the Met Office", "the police", "the Supreme Court": a state's body
    if comma == len(toks) and _office_by_title(words, lows):
        return "government"  # "the Fair Work Ombudsman", "the NSW Auditor-General": the office, a public body
    if _state_power_council(words, lows, head):
        return "government"  # "Russia's Investigative Committee", "the Russian Security Council": a state's organ
    if head in _LEGISLATURE_HEADS and _legislature(words, lows, head):
        return "government"  # "the Scottish Parliament", "the Legislative Council", "the Mainland Affairs Council"
    if control_service(lows):
        return _control_service_kind(words, lows, lexicon)  # "air traffic control", "Mission Control": a public service
    if local_body(lows, head, phrase) or greater_local_body(words, lows):
        # (or a city's wider area's: "Greater Chennai Corporation")
        return "government"  # "the city council", "the school board", "the civic body": a local government's body
    if (head in _GOVERNMENT_NAME_HEADS or lows[-1] in _GOVERNMENT_NAME_HEADS) and (
            owned := _place_owner(lows) or _nation_word(words, lows)) and " ".join(lows[owned:]) in en.GOVERNMENT_NAMES:
        # (a name whose head is not its last word too: "Mexico's Chamber of Deputies"; after a
        # nation's adjective: "the Italian Chamber of Deputies", "the Nigerian House of Representatives")
        return "government"  # a seat or an office by its name after a country's possessive: "South Korea's presidential office"
    if (head.rstrip(".") in en.ORGANIZATION_WORDS or plural(head) and singular(head) in en.ORGANIZATION_WORDS and not (
            _titled_surname(words, lows) or _named_surname(first or words))) and not _aged_name(first, rest) and not (
            _person_apposed(first, rest)):
        # (a surname after a title or a given name is a person's, though it reads as bodies in the
        # plural: "Mr Chambers", "Sen. Banks", "TV presenter Holly Banks"; and so is a name with its
        # age: "Church, 38", "Banks, 46"; or with an appositive that says who the one is: "Banks,
        # the Indiana Republican")
        return "organization"  # "the union", "Acme Inc.", and bodies in the plural: "Intelligence agencies", "banks"
    if all(w in en.GOVERNMENT_WORDS or w in ("and", "the", "north", "south", "united", "states") for w in lows):
        return "government"
    if head in lows and plural(head) and singular(head) in _STATE_BODIES_IN_PLURAL and (
            words[lows.index(head)].islower() or lows.index(head) == 0):
        # states' bodies in the plural, as "banks" are bodies: "The governments of Chile and Peru",
        # "the ministries of both countries", "Western embassies"
        return "government"
    if (bare_head := head.rstrip(".")) in en.GOVERNMENT_WORDS and (not capital or bare_head in lows and words[lows.index(bare_head)].islower()):
        return "government"  # "the ministry", "the Scottish government", "the Modi administration"
    if head in _GOVERNMENT_BODIES and lows[0] in ("the", "a", "an"):
        return "government"  # a body named in capitals: "The Home Ministry", "the Ministry of Defence"
    if head == "congress" and capital:
        # a party's name, "the Trinamool Congress"; a country's legislature, "the U.S. Congress"
        country = any(w in en.GOVERNMENT_WORDS or w + "." in en.GOVERNMENT_WORDS for w in lows[:-1])
        return "government" if country else "organization"
    if head == "assembly" and capital and head in lows:
        # an assembly that is no legislature (`_legislature`, read above) is a body's, never a
        # person's: "the World Health Assembly", "the Assembly of First Nations", "Iran's Assembly of Experts"
        return "organization"
    if head in en.PRODUCT_NOUNS and (product := _product_kind(words, lows, head)) is not None:
        return product  # "The app said", "the social media platform": the business that runs it; "the party platform": a text
    if thing_noun(head) and head in lows[1:4] and lows[0] in DETERMINERS and _thing_phrase(first or words, lows, lows.index(head)):
        # a thing, an act or a happening is no one: "The move signals", "The latest figure
        # shows", "The case against Lee shows" (but "a public figure"; and "The report says": a
        # document, read above)
        return "unnamed"
    if _bare_plural_thing(words, lows, head):
        return "unnamed"  # "Prices showed a small rise", "Blood samples showed": things, many, no one
    if not capital and (head.endswith("s") and not head.endswith("ss") or head in UNMARKED_PLURALS
                        or head.endswith("men") and person_noun(head)) or head in en.GROUP_NAMES and not (
            head in en.PARTIES_BY_PLURAL and lows[0] == "the" and len(words) == 2 and words[1][:1].isupper()):
        # (but "the Greens", "the Liberals" in capitals after "the": the party, read below)
        return "group"  # "analysts", "many voters", and the members of a party: "Democrats", "Tories"
    # (a plural of agency in small letters is people too, though no table knows it: "dockers", "hauliers")
    agents = head in lows and _agent_plural(words[lows.index(head)])
    if head.endswith("s") and not head.endswith("ss") and (
            lexicon.source_heads.get(head, 0) > 0 or person_noun(head) or head in en.UPROOTED_PEOPLE or agents
            or singular(head) in _PLACE_PARTS) and _names_after_head(words, lows, head) or (
                head in UNMARKED_PLURALS and head in lows and lows.index(head) + 1 < len(lows)
                and (lows[lows.index(head) + 1] in _PLACE_JOINERS or lows[lows.index(head) + 1] in PEOPLE_PLACE_PREPOSITIONS) and _names_after_head(words, lows, head)):
        # "Analysts at Jefferies", "Officials in Delhi", "Farmers in Kent": the names are of where
        # they are (and so a plural with no "s" before where they are: "People in Fort Pierce",
        # "Women from Harlow"); and countries by their part among others, many: "Developing nations"
        return "group"
    if (head == lows[-1] or lows[0] in _PEOPLE_QUANTIFIERS) and (
            (plural(head) or head.endswith("men")) and (person_noun(head) or agents) or head in UNMARKED_PLURALS):
        # "Witnesses", "Some fishermen", "Some leaders in the state", "Felixstowe dockers", and a
        # plural with no "s" opening the sentence, "Children", "Some women": people by their part, many
        return "group"
    if head in UNMARKED_PLURALS and head in lows[1:] and words[lows.index(head)].islower() and (
            lows[0] in _PEOPLE_QUANTIFIERS or any(w[:1].isdigit() or w in _COUNTING_WORDS for w in lows[:lows.index(head)])):
        # a plural with no "s", counted or chosen, before names of where they are or whose: "Several
        # people in Lee's circle", "Two women from Harlow", "Many people I spoke with"
        return "group"
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
    if _dated_happening(words, lows, head):
        return "unnamed"  # "the 2016 election", "the 45th primary": a happening by its year or its number, no one
    if not capital and lexicon.source_heads.get(head, 0) > 0 and head not in en.TITLES:
        return "person" if head not in en.ORGANIZATION_WORDS else "organization"
    if _ACRONYM.fullmatch(words[-1], 0, None, CONCURRENT) and head == lows[-1] and head not in en.PERSON_INITIALISMS and not (
            _letters_after_name(words)):
        # a body known by its initials: "the NTSB", "the WHO" (not "the CEO", nor "Lee KC", "Ann
        # Lee AO": the letters after a name are the person's)
        return "organization"
    apposed = [t for t in toks[comma + 1:] if is_word(t)]
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
        if len(words) == 2 and last.endswith("s") and not last.endswith("ss") and last.isalpha() and last not in en.PARTIES_BY_PLURAL and (
                (first or words)[-1].endswith("s")):
            # (a plural's "s" is in small letters: not "The MoS", a post's initials, "Minister of State")
            return "group"
        if _holder_after_post(first or words):
            return "person"  # "The Awami League Chief Sheikh Rana", "the Harlow Party Chairman Roe": the post's holder
        if not (person_noun(last) or last in en.TITLES or last in en.PERSON_INITIALISMS or last + "s" in en.GROUP_NAMES
                or _joined_post(last)
                or last in given_names()
                or last in en.DEMONYMS
                or " ".join((first or words)[-2:]).lower() in en.OFFICES_OF_TWO_WORDS):
            return "organization"
    if (_body_of_a_nation(words, lows) or _body_by_region(words, lows)) and not _service_of_a_place(words, lows):
        return "organization"  # (a public service's is the state's, read below: "WorkSafe New Zealand")
    if (owner_words := _place_owner(lows)) and len(words) == owner_words + 1 and words[-1][:1].isupper() and words[-1].isalpha() and (
            _kind("the " + words[-1], lexicon) == "government"):
        return "government"  # a state's body by one word after a country's possessive: "Britain's Treasury", "Russia's Kremlin"
    if owner_words and len(words) >= owner_words + 2 and words[-1] not in NAME_JOINERS and all(
            w[:1].isupper() or w.isdigit() or (w in NAME_JOINERS and k > owner_words)
            for k, w in enumerate(words) if k >= owner_words):
        # a body of a country by its name after the country's possessive, read as the name
        # alone: "Britain's Network Rail", "Kenya's Greater Nairobi Water" (an outlet's name is
        # read above, and "Britain's Royal Mail" is no outlet: the name's kind only as a body's)
        # (a number in it too, a channel's: "Israel's Channel 12")
        # (the country's name may be of more words: "South Korea's Harlow Water"; the name may
        # join its words with "of" or "and": "Qatar's Ministry of Foreign Affairs", a ministry
        # by the name it calls itself, as "the Ministry of Foreign Affairs" is)
        named = _kind(phrase[phrase.find(words[owner_words]):], lexicon)
        if named == "person" and _kind("the " + phrase[phrase.find(words[owner_words]):], lexicon) == "government":
            # a state's body read as one after "the", which a country's possessive stands for:
            # "Russia's Defence Ministry" as "the Defence Ministry", "Britain's Treasury" (but
            # "Britain's Andy Murray", whom "the" makes no body of the state's)
            named = "government"
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
        if kinds == {"person", "government"} and all(
                _kind(" ".join(part), lexicon) == "government" or " ".join(part).lower() in place_names() for part in parts):
            # a state's name that is a person's too, beside a state: "Kenya and the United Kingdom"
            kinds = {"government"}
        if len(kinds) == 1 and kinds != {"person"}:
            return kinds.pop()
        if len(parts) >= 3 and kinds == {"person"} and all(_names_someone(part) for part in parts):
            return "group"
    if _party_name(words, lows):
        return "organization"  # "Parti Québécois said", "Québec solidaire": a party abroad by its name in its tongue
    if _public_service_name(words, lows):
        if lows[-1] != "health" or _health_of_a_place(words[:-1]):
            return "government"  # "Cal Fire said", "NSW Health said": a state's service by its name, no person
        return "organization"  # "Greyfield Health said", "Orrin Health": a care business's name, no place's service
    if _service_of_a_place(words, lows) or _maori_wellbeing_body(words, lows):
        # "Ambulance Victoria", "Transport for NSW", "Fire and Emergency New Zealand": a state's
        # service by its trade and its place; "Kāinga Ora", "Te Whatu Ora": New Zealand's by its Māori name
        return "government"
    if len(words) == 1 and (_camel_brand(words[0]) or _lower_camel_brand(words[0])):
        # (or one that opens in lower case before a capital: "eBay", "easyJet", "iRobot")
        return "organization"  # a brand's name in camel case is no person's: "SpaceX declined to comment"
    if _name_with_no_given_name(words, lows):
        return "organization"  # "Under Armour said", "Best Buy", "Dollar General": a brand of common words, no person
    if _chapter_of_a_body(words, lows, lexicon):
        # "Amnesty International Kenya", "Oxfam Ghana", "Human Rights Watch Asia": a body's branch (after a
        # state's service by its place, read above: "WorkSafe Victoria")
        return "organization"
    if _named_place_unit(words, lows):
        return "government"  # "Fars province said", "the Kherson region", "Harris County": a place's own state, as "Maharashtra said"
    if len(words) >= 3 and lows[0] == "the" and words[-1] in _FOUNDER_BODY_ENDS and words[1][:1].isupper():
        return "organization"  # "the Prince of Wales Theatre", "the Duke of York Hotel": a body named for someone
    return "person"


# the nouns of a country's parts that a place's name goes before: "Fars province", "Kherson region",
# "Harris County", "Fukushima prefecture"
_PLACE_UNIT_NOUNS = frozenset("province region state district county oblast prefecture governorate canton".split())


def _named_place_unit(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a place's name in capitals and then a noun of a country's part, with
    "the" or nothing before: "Fars province", "the Kherson region", "Orange County" (not "Ann
    Lee district", a person's name before it, nor a post's: "Governor Lee County")."""
    name = words[1:-1] if lows[0] == "the" else words[:-1]
    return lows[-1] in _PLACE_UNIT_NOUNS and 1 <= len(name) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in name) and not any(
        w.lower() in en.TITLES or w.lower() in given_names() or person_noun(w.lower()) for w in name)


# the words that open no person's name of two or three words, when no given name of the table
# they are: a preposition or a particle, a superlative, a count ("Under Armour", "Best Buy", "Five
# Guys"; not "ten", a surname's particle, "Ten Hag"; nor a word that opens a list of names, "Both
# Lee and Roe", "All", "Each", which a mention cut short may keep: "Both Lee")
_NO_NAME_OPENERS = frozenset(
    "under over up down out off into onto upon about above across after against along among around before "
    "behind below beneath beyond between through within without toward towards inside outside best most "
    "one two three four five six seven eight nine hundred thousand".split())
# the posts that "General" closes beside TITLES and the nouns of a person's part ("Postmaster
# General", "Judge Advocate General", "Major General"), which leave a name in "General" a person's
POSTS_BEFORE_GENERAL = frozenset(
    "postmaster paymaster advocate comptroller adjutant major brigadier consul quartermaster receiver "
    "commissary procurator accountant registrar".split())


def _name_with_no_given_name(words: list[str], lows: list[str]) -> bool:
    """Whether a name of two or three words in capitals, with no given name of the table first,
    reads as no person's: one that a word of ``_NO_NAME_OPENERS`` opens ("Under Armour", "Best
    Buy"), or one that "General" closes after no post ("Dollar General", "Mass General"; not
    "Attorney General", "Postmaster General"): a brand's or a body's, made of common words."""
    if not 2 <= len(words) <= 3 or lows[0] in given_names() or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if any(w in en.TITLES or person_noun(w) for w in lows[1:]) and lows[-1] != "general":
        return False
    if lows[0] in _NO_NAME_OPENERS:
        return True
    return lows[-1] == "general" and not any(w in en.TITLES or person_noun(w) or w in POSTS_BEFORE_GENERAL for w in lows[:-1])


# the small words inside a party's name in its tongue, in lower case: "Partij van de Arbeid",
# "Alternative für Deutschland", "Fratelli d'Italia", "Parti de la France"
_PARTY_NAME_JOINERS = frozenset("de del della di do da van voor für la le les et y e i".split())
# the most words such a name has in a mention
_PARTY_NAME_WORDS = 6


def _party_name(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a party's name in its own tongue (the rule above
    ``default_lexicon.PARTY_NAME_WORDS``): two to six words, one of them a word for a party, a
    bloc, a movement or a front there or an adjective a party is named by, the others in capitals
    or small joining words ("Parti Québécois", "Partij van de Arbeid", "Québec solidaire"); no
    person's name holds such a word, nor opens with one before a hyphen ("Pakistan Tehreek-e-Insaf")."""
    return 2 <= len(words) <= _PARTY_NAME_WORDS and words[0][:1].isupper() and any(
        w in en.PARTY_NAME_WORDS or "-" in w and w.partition("-")[0] in en.PARTY_NAME_WORDS for w in lows) and all(
        w[:1].isupper() or lows[k] in en.PARTY_NAME_WORDS or lows[k] in _PARTY_NAME_JOINERS for k, w in enumerate(words))


# the small words that join a body's name in another tongue, with the elided articles that open
# a word ("Ministère de l'Intérieur", "Conseil d'État", "Istituto Superiore di Sanità")
_FOREIGN_NAME_JOINERS = _PARTY_NAME_JOINERS | frozenset("des dos das der du dei degli delle della dello al el".split())
_ELIDED_ARTICLES = ("l'", "d'", "l’", "d’", "dell'", "dell’")


def _body_in_its_tongue(words: list[str], lows: list[str]) -> str | None:
    """The kind of a body named in its own tongue by the head noun that opens its name
    (``default_lexicon.BODY_HEADS_OF_OTHER_TONGUES``), the other words in capitals or small
    joining words: "Ministerio de Hacienda", "Agencia Tributaria" (the state's), "Banco de España",
    "Instituto Nacional de Estadística" (a body); or a German name of the state's in one word or
    more, "Bundeskartellamt", "Bundesamt für Migration". None for a person's mention: a title or a
    given name after the noun ("Tribunal President Ann Lee")."""
    if lows[0] == "the":
        words, lows = words[1:], lows[1:]
    if not words or len(words) > _PARTY_NAME_WORDS:
        return None
    opener = lows[0]
    said = en.BODY_HEADS_OF_OTHER_TONGUES.get(opener) if len(words) >= 2 else None
    if said is None and opener.startswith(en.BODY_HEAD_OF_THE_FEDERATION) and len(opener) > 8 and (
            opener not in en.NOT_BODIES_OF_THE_FEDERATION):
        said = "government"
    if said is None:
        return None
    for k in range(1, len(words)):
        w, low = words[k], lows[k]
        if low in _FOREIGN_NAME_JOINERS:
            continue
        if low.rpartition("-")[2] in en.OUTLET_NAME_ENDS or low in en.NEWS_AGENCY_NAME_WORDS or low in en.NEWS_WORDS_OF_OTHER_TONGUES:
            return None  # a house of news so named: "Agencia Mexicana de Noticias", "Agenzia Giornalistica Italia"
        if low.startswith(_ELIDED_ARTICLES):
            w = w[w.find("'") + 1:] if "'" in w else w[w.find("’") + 1:]  # "l'Intérieur": the word after the article
        if low in en.TITLES or low in given_names() or not w[:1].isupper() and not (
                # (French copy keeps the words after the head in small letters: "Cour de cassation",
                # "Conseil constitutionnel", "Autorité de la concurrence"; not after a head English
                # shares, "the tribunal chairman", nor a noun of people: "Cour officials")
                opener not in _HEADS_ENGLISH_SHARES and w.isalpha() and not person_noun(low)
                and low not in en.ORGANIZATION_WORDS and low not in en.GOVERNMENT_WORDS):
            return None
    return said


# the heads of a body's name in another tongue that are English words too ("the tribunal heard")
_HEADS_ENGLISH_SHARES = frozenset("tribunal direction parquet procura guardia banca secretaria institut".split())


# what may follow a side at a trial in its mention: whom it acts for or where ("the defence for
# Lee", "the prosecution in the case"), never "of" ("the defence of the plan")
_LEGAL_SIDE_AFTER = frozenset("for in at".split())


def _joined_post(low: str) -> bool:
    """Whether a word joined by hyphens ends in a noun of people or a title, a post's name in
    capitals as Indian and British copy write it: "the Sub-Inspector", "the Vice-Chancellor",
    "the Advocate-General", "the Director-General" (not "the AFL-CIO", "the Sun-Times")."""
    lead, _, end = low.rpartition("-")
    return bool(lead) and end.isalpha() and (person_noun(end) or end in en.TITLES)


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


def _person_apposed(first: list[str], rest: list[str]) -> bool:
    """Whether a mention is one capitalised word, a surname that reads as a plural noun, and
    an appositive that says it is one person: a noun of a person's post or part in the singular,
    or a party's member ("Banks, the senator", "Banks, the Indiana Republican"; not "Banks, the
    biggest lenders")."""
    if len(first) != 1 or not first[0][:1].isupper() or first[0].isupper() or not rest:
        return False
    head = _apposed_head(rest)
    return bool(head) and rest[0] in ("a", "an", "the") and (
        person_noun(head) and not plural(head) or head + "s" in en.GROUP_NAMES)


def _aged_name(first: list[str], rest: list[str]) -> bool:
    """Whether a mention is a name in capitals and an age set off by a comma after it, a
    person's: "Banks, 46", "Holly Church, 38"."""
    return (len(rest) == 1 and rest[0].isdigit() and 0 < int(rest[0]) < 120 and 1 <= len(first) <= 3
            and all(w[:1].isupper() for w in first) and first[0].lower() not in DETERMINERS)


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
    noun of a war, a crisis, talks or a vote in either case ("Ukraine War", "the Iraq war",
    "Brexit Talks", "the New York primary"); not one that a given name or a title opens ("Ann
    Row", "Judge Summit": people), nor a noun alone ("Crisis"). After "the" with the noun in small
    letters a person's name before it is only what the happening or the built place is named for,
    no one who speaks: "the Ann Lee scandal", "the Tom Roe bridge" (`_BUILT_PLACE_NOUNS`)."""
    named = words[1:] if lows[0] == "the" else words
    if len(named) < 2 or not all(w[:1].isupper() for w in named[:-1]):
        return False
    if lows[0] == "the" and words[-1].islower() and (lows[-1] in en.HAPPENING_NOUNS or lows[-1] in _BUILT_PLACE_NOUNS):
        return True
    first = named[0].lower().rstrip(".")
    return first not in given_names() and first not in en.TITLES and lows[-1] in en.HAPPENING_NOUNS


def _dated_happening(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a mention is a happening told by its year or its number: a year or an ordinal in
    figures before a noun of a vote, a war or talks in small letters that heads it ("the 2016
    election", "the 2020 presidential race", "the 45th primary", "Ohio's 2018 runoff"), whatever
    else the noun heads as a speaker; not a person's post ("the 2016 nominee")."""
    if head not in en.HAPPENING_NOUNS or head not in lows:
        return False
    at = lows.index(head)
    return words[at].islower() and any(
        _EDITION_YEAR.fullmatch(w, 0, len(w), CONCURRENT) or w[:1].isdigit() and w[-2:] in _ORDINAL_ENDS and w[:-2].isdigit()
        for w in lows[:at])


_ORDINAL_ENDS = ("st", "nd", "rd", "th")


# Nouns of built places and of areas that no one speaks for, which a name in capitals before them
# after "the" names: "the Tom Roe bridge", "the New York area" (a body's place speaks through the
# body: "the Ann Lee stadium" is read by `default_lexicon.ORGANIZATION_WORDS`)
_BUILT_PLACE_NOUNS = frozenset("bridge street road avenue lane square highway motorway tunnel park area neighborhood neighbourhood".split())


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
    return _ACRONYM.fullmatch(word, 0, None, CONCURRENT) is not None and low not in DETERMINERS and not (
        person_noun(low) or low in en.PERSON_INITIALISMS or low in en.TITLES)


# the words that open a list of names before its first: "Both Lee and Roe"
_LIST_OPENERS = frozenset("both neither either".split())


# the most names, and the most words in each, read as a list
_LISTED_NAMES = 6


_LISTED_NAME_WORDS = 4


def joined_names(toks: list[str]) -> list[list[str]] | None:
    """The names a mention lists, when it is only names in capitals joined by commas and one last
    "and" or "nor", perhaps after "both", "neither" or "either" ("Lee, Roe and Fox", "Both Ohio
    and Iowa", "Microsoft and Apple", "Egypt and the United States"); None for any other mention ("Lee and his aides", "Ann
    Lee, a nurse and a mother")."""
    kept = toks[1:] if toks[:1] and toks[0].lower() in _LIST_OPENERS else toks
    joins = [k for k, t in enumerate(kept) if t in ("and", "nor")]
    if len(joins) != 1 or "," in kept[joins[0]:] or _joined_portfolio([t for t in kept if t != ","]):
        return None  # (one post's fields: "Science and Technology Minister Ann Rao")
    parts: list[list[str]] = [[]]
    for t in kept:
        if t in (",", "and", "nor"):
            parts.append([])
        elif is_word(t) and t[:1].isupper() and t.replace("-", "").replace(".", "").isalpha():
            parts[-1].append(t)
        elif t == "the" and not parts[-1] and len(parts) > 1:
            parts[-1].append(t)  # a name after the first that opens with "the": "Egypt, Qatar and the United States"
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
    owner = _place_owner(lows)  # (the country's name of one word or more: "Kenya's", "Sri Lanka's")
    if not owner or len(words) <= owner:
        return False
    return len(words) == owner + 1 or name_end in _NATION_OUTLET_ENDS or any(w in _STATE_WORDS for w in lows[owner:-1]) or (
        lows[owner] in en.OUTLET_EDITION_OPENERS)  # (or a paper's day or time: "Britain's Sunday Times")


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


# the most words of a place's name before its possessive: "south korea's", "united arab emirates'"
_PLACE_OWNER_REACH = 3


# the last words of GOVERNMENT_NAMES, read before a name is taken whole after a possessive
_GOVERNMENT_NAME_HEADS = frozenset(n.split()[-1] for n in en.GOVERNMENT_NAMES)


def _place_owner(lows: list[str]) -> int:
    """How many words at a mention's start are a country's, a state's or a province's
    possessive, its name of one word or more ("kenya's", "south korea's", "sri lanka's"),
    or 0."""
    for n in range(1, min(_PLACE_OWNER_REACH, len(lows)) + 1):
        if lows[n - 1].endswith(("'s", "’s")):
            return n if _place_possessive(" ".join(lows[:n])) else 0
    return 0


def _nation_word(words: list[str], lows: list[str]) -> int:
    """How many words at a mention's start are "the" (if there) and a nation's adjective in
    capitals ("the Italian", "Nigerian"), or 0."""
    at = 1 if lows[0] == "the" else 0
    if at + 1 >= len(words) or not words[at][:1].isupper():
        return 0
    return at + 1 if lows[at] in en.DEMONYMS or _NATIONALITY.fullmatch(words[at]) is not None else 0


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
    return k > 0 and people_by_part(words[k - 1])


def _initials_of_people(words: list[str], head: str) -> bool:
    """Whether the head of a mention's first noun phrase (its ``words``) is a post's
    initials in the plural ("MPs", "MLAs"), its last word or the noun a participle's
    clause goes on ("MPs backing the bill")."""
    lows = [w.lower() for w in words]
    # (the plural may be listed alone, its singular a body's name too: "TDs", not "TD")
    if len(head) <= 2 or head[-1] != "s" or head[:-1] not in en.PERSON_INITIALISMS and head not in en.PERSON_INITIALISMS or (
            head not in lows):
        return False
    at = lows.index(head)
    # (or before a phrase of where they sit: "MPs on the committee", "MLAs from the state")
    return words[at][:-1].isupper() and (at == len(lows) - 1 or participle_on_noun("", words[at], words[at + 1])
                                         or lows[at + 1] in HEAD_PREPOSITIONS)


# the words that open examples of the plural before them: "MPs including Ann Lee", "farmers like Tom Roe"
EXAMPLE_LEADS = frozenset(["including", "like"])


# ... and the pairs that do: "farmers such as Tom Roe", "senators — among them Ann Lee"
EXAMPLE_PAIRS = {"such": "as", "among": "them"}


def _examples_at(lows: list[str]) -> int:
    """Where the "including", "like", "such as" or "among them" that opens examples of the
    noun before it stands among a mention's lower-cased words (not first nor last); 0 when
    none does."""
    for k in range(1, len(lows) - 1):
        if lows[k] in EXAMPLE_LEADS or EXAMPLE_PAIRS.get(lows[k]) == lows[k + 1]:
            return k
    return 0


def people_by_part(word: str) -> bool:
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


# the most words of a name after a post's title
_HOLDER_NAME_WORDS = 4


def _holder_after_post(words: list[str]) -> bool:
    """Whether a name in capitals after "the" names a body, a post's title and then its holder,
    no body: "The Awami League Chief Sheikh Rana", "the Harlow Party Chairman Roe", "The BNP
    Secretary General Mirza Alamgir" (not "The UN General Assembly", "the General Medical
    Council", "The King Edward Hospital": a body's noun after the title)."""
    lows = [w.lower().rstrip(".") for w in words]
    for k in range(2, len(lows) - 1):
        # (the body's name first, no title in it: not "The President Hotel")
        if lows[k] in en.TITLES and 1 <= len(lows) - k - 1 <= _HOLDER_NAME_WORDS:
            return not any(w in en.TITLES for w in lows[1:k]) and not any(
                w in en.ORGANIZATION_WORDS or w in en.GOVERNMENT_WORDS or w in en.OUTLET_NAME_ENDS
                or w in _BODY_NAME_ENDS_LOWER or document_noun(w) for w in lows[k + 1:])
    return False


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
    elif (mark := next((i for i in range(at - 1, -1, -1) if lows[i].endswith(POSSESSIVE_MARKS)), None)) is not None:
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
            and lows[0] not in DETERMINERS and all(w.islower() for w in words[1:]) and words[-1].isalpha()
            and not (natural and len(words) == 1 and words[0][:1].isupper()))


def _thing_phrase(words: list[str], lows: list[str], k: int) -> bool:
    """Whether the words up to a thing's noun at ``k`` are in lower case, after the
    determiner, and the first noun phrase (``words``, before any appositive) ends with it or
    goes on with a preposition: "The latest move", "The plan, drawn up by Lee", "The case of
    Ann Lee" (not "the Brexit deal", "a public figure")."""
    return (k < len(words) and all(w.islower() for w in words[1:k + 1]) and lows[k - 1] not in FIGURES_OF_PEOPLE
            and (k == len(words) - 1 or lows[k + 1] in PREPOSITIONS or lows[k + 1] in TOPIC_PREPOSITIONS))


# a noun's share of mentions that were sources, above which it is taken for someone's
_SPEAKING_HEAD = 0.1


# endings of nouns for one who does something, which may be a person's though no table holds
# them: "his handler", "her successor", "their strategist"
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ee", "ees", "man", "men", "ant", "ants")


# the nations and countries a public body's name may end in: "NHS England", "Police Scotland",
# "Transport for London"
_BODY_NATIONS = frozenset(
    "england scotland wales ireland britain london india pakistan china russia ukraine iran israel "
    "france germany japan syria turkey canada australia".split()) | frozenset(["new zealand", "south africa", "northern ireland"])


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
    nation = next((n for n in (2, 1) if len(words) > n and (" ".join(lows[-n:]) in _BODY_NATIONS or any_place and (
        " ".join(lows[-n:]) in place_names()))), 0)  # (a nation of two words: "Sport New Zealand")
    if region == 1 or not region and not nation:
        return False  # (a bare point is no region after a name: "Ann North", "Harlow South")
    ends = region or nation
    name = [w for k, w in enumerate(words[:-ends]) if not (lows[k] == "for" and k == len(words) - ends - 1 and k > 0)]
    return bool(name) and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in name) and not any(
        w in en.TITLES or w in en.PERSON_NOUNS or w in en.PERSON_INITIALISMS or person_noun(w) or w in DETERMINERS
        for w in lows[:-ends] if w not in ("for", "the") or not region)


# the adjectives of a region that open the names of bodies, no person's: "Greater Anglia",
# "Northern Powergrid", "Southern Water", "Central Coast Transit"
_REGION_OPENERS = frozenset(
    "greater northern southern eastern western central northeastern northwestern southeastern southwestern "
    "north-eastern north-western south-eastern south-western".split())


# the world's regions a body's branch for them is named by, besides the countries of `place_names`
_CHAPTER_REGIONS = frozenset(["asia", "africa", "europe", "americas", "middle east", "latin america", "pacific"])


def _chapter_of_a_body(words: list[str], lows: list[str], lexicon: Lexicon) -> bool:
    """Whether a name in capitals is a body's branch for a country or a region of the world: the
    body's own name, of a kind the table or its words make a body's, then the place ("Amnesty
    International Kenya", "Oxfam Nigeria", "Human Rights Watch Asia"); not a person's name a
    place's ends ("Ann Jordan": the name before it is no body's)."""
    if not 2 <= len(words) <= 6 or lows[0] == "the":
        return False
    ends = next((n for n in (2, 1) if len(words) > n and all(w[:1].isupper() for w in words[-n:]) and (
        (place := " ".join(lows[-n:])) in place_names() or place in _CHAPTER_REGIONS)), 0)
    return bool(ends) and _kind(" ".join(words[:-ends]), lexicon) == "organization"


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


# nouns for one who speaks from inside, left unnamed after "a", "another" or "one" ("one ally of
# the chancellor said", as British copy keeps a minister's camp unnamed)
_UNNAMED_INSIDERS = frozenset("official officer insider friend pal ally confidant confidante diplomat aide adviser advisor staffer".split())


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


# the words in capitals before "Media" that leave it the media at large, a headline's ("State Media
# Say", "Social Media Users"), as a nation's adjective does ("Russian Media Report")
_MEDIA_AT_LARGE = frozenset("state social local national foreign western mainstream independent official regional mass news the".split())


def _media_firm_name(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a house of news by a name that ends in "Media" in capitals, one or
    two words in capitals before it that are no nation's adjective nor a word of the media at
    large: "OC Media", "Vice Media" (not "Russian Media", "State Media", "Social Media")."""
    return 2 <= len(words) <= 3 and words[-1] == "Media" and all(w[:1].isupper() for w in words[:-1]) and not any(
        w in _MEDIA_AT_LARGE or w in en.DEMONYMS or _NATIONALITY.fullmatch(words[k]) is not None for k, w in enumerate(lows[:-1]))


# a web address's end: "Factcheck.org", "Politico.com", "Rediff.co.in", a country's two letters
# in small letters ("Civil.ge", "News.am", "24.kg"; not initials, "U.S."), and the domains of the
# British nations and Ireland in either case ("Nation.Cymru", "TheJournal.ie")
_WEB_ADDRESS = regex.compile(r"\w\.(?:(?i:com|org|net|co\.uk|co\.in|in|news|ie|scot|cymru|wales)|[a-z]{2})\Z")


def _devolved_place(words: list[str]) -> bool:
    """Whether capitalised words name a nation or a region, or its people's adjective, before a
    government's noun: "Northern Ireland", "Scottish", "Welsh"."""
    joined = " ".join(words)
    return all(w[:1].isupper() for w in words) and (
        place_names().get(joined.lower()) is not None or _NATIONALITY.fullmatch(joined) is not None)


# what before "figures" makes them people: "senior figures", "establishment figures"
FIGURES_OF_PEOPLE = frozenset(
    "top senior leading key prominent public political party establishment opposition business community religious".split())


# what before a body's name before "figures" makes them its people: "senior Tory figures",
# "leading Congress figures" (not "key Treasury figures", its numbers)
_SENIORITY_BEFORE_FIGURES = frozenset("senior leading prominent veteran".split())


def _figures_of_a_body(words: list[str], k: int) -> bool:
    """Whether the words before "figures" at ``k`` are a body's name in capitals after a word of
    seniority: "Senior Tory figures", "leading BJP figures"."""
    j = k
    while j > 0 and words[j - 1][:1].isupper() and words[j - 1].lower() not in _SENIORITY_BEFORE_FIGURES:
        j -= 1
    return 0 < j < k and words[j - 1].lower() in _SENIORITY_BEFORE_FIGURES


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
    first = [t for t in toks[:comma] if is_word(t)]
    if len(first) < 2 or first[0].lower() not in _APPOSED_DETERMINERS or first[-1].lower() != head:
        return False
    end = toks.index(",", comma + 1) if "," in toks[comma + 1:] else len(toks)
    name = [t for t in toks[comma + 1:end] if is_word(t)]
    if not 1 <= len(name) <= 4 or not all(w[:1].isupper() or w == "&" for w in name) or _personal_name(name):
        return False
    if any(w.lower().rstrip(".") in en.TITLES or w.lower() in en.PRONOUNS for w in name) or name[0].lower() in given_names():
        return False
    return len(name) > 1 or not person_noun(head)


def _name_of_a_trade(name: list[str], rest: list[str], noun: str) -> bool:
    """Whether a name before an appositive of a trade's noun is a business's: the appositive
    the noun after "the" or a place's possessive, the one business of the trade the text knows
    (a person is one of many: "Tom Crow, a Texas property developer"); no person's full name, no
    title, and one word alone only before a noun no person plies ("Orrin, the grocer", "Harlow
    Hunt, the broker", "Orrin, Britain's biggest grocer"; not "Ann Lee, the broker", nor "Roe, the
    miner", a surname alone)."""
    if rest[-1:] != [noun] or not (rest[0] == "the" or rest[0].endswith(POSSESSIVE_MARKS) and _place_owner(rest)):
        return False
    if not name or not all(w[:1].isupper() or w == "&" for w in name) or _personal_name(name):
        return False
    if any(w.lower().rstrip(".") in en.TITLES for w in name) or name[0].lower() in given_names():
        return False
    return len(name) > 1 or not person_noun(noun)


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
    if any(p[0].lower() in DETERMINERS and not _definite_post(p) for p in parts):
        return False  # "a study by economists Ann Lee and Tom Roe": a thing the names go with
    return all(_personal_name(p) or _names_someone(p) or _definite_post(p) for p in parts) and any(
        _personal_name(p) or _name_after_post(p) for p in parts)


# the words a portfolio's post may open with before its fields
_PORTFOLIO_LEADS = frozenset("the former shadow acting deputy junior outgoing then ex".split())


def _joined_portfolio(words: list[str]) -> bool:
    """Whether a mention's "and" joins the fields of one portfolio before one title and a name:
    the words before the last "and" capitalised fields alone, the words after it capitalised up
    to a title with a name after it ("Science and Technology Minister Ann Rao", "Food and Civil
    Supplies Minister Ravi Nath"; not "Trump and Defense Secretary Tom Roe", two people)."""
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in _PORTFOLIO_LEADS:
        lead += 1  # "Former Culture, Media and Sport Secretary Ann Lee", "the Shadow Culture and Media Minister"
    words = words[lead:]
    joins = [k for k, w in enumerate(words) if w == "and"]
    if not joins:
        return False
    if _joined_place_post(words, joins[0]):
        return True
    parts = [words[:joins[-1]], words[joins[-1] + 1:]]
    if not all(w[:1].isupper() and w.lower() in en.PORTFOLIO_FIELDS for w in parts[0] if w != "and"):
        return False
    last = parts[-1]
    title = next((k for k, w in enumerate(last) if w.lower() in en.TITLES), 0)
    return 0 < title < len(last) - 1 and all(w[:1].isupper() and w.lower() not in en.TITLES for w in last[:title])


# the most words of a place's name the table holds with its "and" after the "and" ("Trinidad and | Tobago")
_JOINED_PLACE_TAIL = 3


def _joined_place_post(words: list[str], join: int) -> bool:
    """Whether a mention opens with a place whose name holds an "and", as the table of places
    holds it whole, then a title in capitals and a name: one post's holder ("Newfoundland and
    Labrador Premier Ann Rao", "Trinidad and Tobago Prime Minister Ravi Nath"; not "Ohio and
    Iowa", nor "Ohio and Governor Tom Roe")."""
    start = 1 if words[:1] and words[0].lower() == "the" else 0
    if not 0 < join - start <= _JOINED_PLACE_TAIL:
        return False
    for end in range(join + 2, min(join + 2 + _JOINED_PLACE_TAIL, len(words))):
        if " ".join(words[start:end]).lower() in place_names():
            last = words[end:]
            title = next((k for k, w in enumerate(last) if w.lower().rstrip(".") in en.TITLES or (
                w.lower() in en.PERSON_NOUNS)), -1)  # (a title, or a post's noun: "Premier")
            return 0 <= title <= 1 and title < len(last) - 1 and all(w[:1].isupper() for w in last)
    return False


# prepositions that, capitalised between a name's capitalised words, make it a cause's or a
# campaign's ("Mothers Against Drunk Driving", "People Before Profit", "Life After Hate")
_NAME_PREPOSITIONS = frozenset("against before after without beyond within".split())


def _preposition_inside_name(words: list[str]) -> bool:
    """Whether a mention is capitalised words, at most three either side of a capitalised
    preposition of `_NAME_PREPOSITIONS`, with no title nor noun for a person among them: a body's
    name ("Mothers Against Drunk Driving"; not "People Before Profit TD Ann Roy", nor "Secretary
    Without Portfolio")."""
    named = words[1:] if words[:1] and words[0].lower() == "the" else words
    at = next((k for k, w in enumerate(named) if w.lower() in _NAME_PREPOSITIONS), None)
    return at is not None and 1 <= at <= 3 and 1 <= len(named) - at - 1 <= 3 and named[at][:1].isupper() and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and w.lower() not in en.TITLES and w.lower() not in en.PERSON_NOUNS
        for w in named)


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
        elif is_word(t):
            parts[-1].append(t.lower())
        elif t not in POSSESSIVE_MARKS and t not in ("’", "'"):
            return False  # (a dash, a quote: no such list; "a tenants' board" is one item)
    parts = [p for p in parts if p]  # (the serial comma: ", and")
    if len(parts) < 2 or any(len(p) < 2 or p[0] not in ITEM_DETERMINERS for p in parts):
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
        elif is_word(t):
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
        elif not (1 <= len(p) <= 5 and _names_someone(p) and all(w[:1].isupper() for w in p) and p[0].lower() not in DETERMINERS
                  and p[-1].replace("-", "").replace("’", "").replace("'", "").isalpha()):
            return False  # (a name in capitals only, "Roe", "Gov. Roe": not "a Democrat", "chair")
    return sure


def _name_after_post(words: list[str]) -> bool:
    """Whether a part ends in a person's full name after a post in lower case: "Indian actor
    Dev Patel", "former minister Tom Roe"."""
    low = [k for k, w in enumerate(words) if w.islower()]
    if not low or len(words) - low[-1] - 1 < 2 or any(
            w.lower() in DETERMINERS or w.lower() in PREPOSITIONS or w[:1].isdigit() for w in words[:low[-1]]):
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
                                      or low in DETERMINERS)


names_someone = _names_someone  # for `resolve`, which reads names joined by "and" in the text


def _share_of_people(lows: list[str]) -> bool:
    """Whether a mention opens with a share, alone or of a group, hedged perhaps ("more than",
    "nearly", "all"): a number of percent ("47 percent", "61%"), a fraction ("two-thirds", "a
    third", "about a quarter", "a majority of"), or a number of more than one before "of" or "out
    of" ("two of the five", "nine out of 10", "All three of them"), then "of" or nothing."""
    k = 0
    while k < len(lows) - 1 and (lows[k] in NUMBER_QUALIFIERS or lows[k] == "all"):
        k += 1
    k += k < len(lows) - 1 and lows[k] in ("a", "an")
    first = lows[k]
    if first == "of" and k > 1 and lows[k - 1] in ("all", "some", "most"):
        return True  # "Nearly all of the staff", "at least some of them"
    number = first[:1].isdigit() or first in _NUMBER_WORDS or all(w in _NUMBER_WORDS for w in first.split("-"))
    after = lows[k + 1:k + 3]
    if number and after[:1] in (["percent"], ["%"]):
        k += 2
    elif first[:1].isdigit() and first.rstrip("%") != "1" and _WEB_ADDRESS.search(first) is None:
        k += 1  # "61% of Republicans" (the sign no word), "12 of the crew" (not a site's address: "24.kg")
    elif first.rpartition("-")[2] in en.FRACTION_NOUNS and first != "majority" or first == "quarter":
        k += 1
    elif first == "majority" and after[:1] == ["of"] or number and first != "one" and (after[:1] == ["of"] or after == ["out", "of"]):
        k += 1  # "a majority of voters", "two of the five", "nine out of 10" (but "one of them": one person)
    elif number and after[:1] == ["in"] and len(after) == 2 and (after[1][:1].isdigit() or after[1] in _NUMBER_WORDS):
        return True  # one in so many, of people or of no noun: "Four in 10 voters", "One in five", "six in 10 of them"
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


# what opens the rest of a passive participle's clause after a quantifier, besides a
# preposition: "Many arrested when the march turned violent", "Some hurt as the roof fell"; or the
# participle's particle: "Many laid off in March", "Dozens locked out of their homes"
_AFTER_QUANTIFIER_PARTICIPLE = PREPOSITIONS | TOPIC_PREPOSITIONS | _TIME_ADJUNCT_PREPOSITIONS | PEOPLE_PLACE_PREPOSITIONS | frozenset(
    "when while as because once where off out away up down back".split())


def _quantifier_participle(lows: list[str]) -> bool:
    """Whether a mention is a quantifier or a count of many with no noun ("Many", "Several",
    "Dozens"), then a passive participle and a preposition, a time's word or a clause's opener
    after it ("Several included on the slate", "Many arrested when the march turned violent",
    "Dozens detained after the rally"), or the participle alone ("Many affected"): the people
    so treated, many; not a quantifier before a
    participle that modifies a noun ("Some leaked documents", whose noun follows it)."""
    return len(lows) > 1 and (lows[0] in _PEOPLE_QUANTIFIERS or lows[0] in en.PEOPLE_COUNTS) and (
        past_form(lows[1]) or lows[1] in en.IRREGULAR_PARTICIPLES) and (len(lows) == 2 or lows[2] in _AFTER_QUANTIFIER_PARTICIPLE) or (
        # (a participle spelt as its verb's base form, before the rest of its clause: "Some hurt as the roof fell")
        len(lows) > 2 and (lows[0] in _PEOPLE_QUANTIFIERS or lows[0] in en.PEOPLE_COUNTS) and lows[1] in en.BASE_FORM_PARTICIPLES
        and lows[2] in _AFTER_QUANTIFIER_PARTICIPLE)


# the words that hedge a count with no noun: a number's qualifiers, and "up to 300", "well over 500"
_COUNT_HEDGES = NUMBER_QUALIFIERS | frozenset("up to approximately well".split())


def _league_or_izafat_name(words: list[str]) -> bool:
    """Whether a mention is a name in capitals of a party or a movement as South Asian copy
    writes them: one that ends in "League" or "League" and a hyphen ("Pakistan Muslim
    League-Nawaz", "the Awami League"), or holds the joining "-e-" of Urdu and Persian
    ("Jamiat Ulema-e-Islam", "Tehreek-e-Labbaik", "Lashkar-e-Taiba"), no person's name."""
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > 6 or not (
            words[-1] == "League" or words[-1].startswith("League-") or any("-e-" in w for w in words)):
        return False  # (the cheap test of the name's own marks first: most mentions have none)
    # (a post in the name is its holder's: "Jaish-e-Mohammed Chief Masood Azhar")
    return all(w[:1].isupper() for w in words) and not any(
        w.lower().rstrip(".") in en.TITLES or person_noun(w.lower()) for w in words)


def _agency_in_its_tongue(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a name of two words in capitals, one of them a news agency's noun in
    another tongue (``default_lexicon.AGENCY_WORDS_OF_OTHER_TONGUES``) and the other no word of a
    state's body: "Agência Brasil", "Agencia Andina", "Nachrichtenagentur dpa" (not "Agencia
    Tributaria", a state's tax agency)."""
    if lows[0] == "the":
        words, lows = words[1:], lows[1:]
    return len(words) == 2 and bool(en.AGENCY_WORDS_OF_OTHER_TONGUES.intersection(lows)) and words[1][:1].isupper() and (
        words[0][:1].isupper() or lows[0] in en.AGENCY_WORDS_OF_OTHER_TONGUES) and not en.STATE_AGENCY_WORDS_OF_OTHER_TONGUES.intersection(lows)


def _bare_count(lows: list[str]) -> bool:
    """Whether a mention is only a count of more than one, hedged perhaps, with no noun ("at
    least 21,000", "Hundreds", "more than 500"): many people ("One" is a person)."""
    counted = False
    for w in lows:
        if (w[:1].isdigit() and _WEB_ADDRESS.search(w) is None or w in _NUMBER_WORDS) and w not in ("one", "1"):
            # (not a site's address that opens with digits: "24.kg")
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
        if words[k][:1].islower() and LOWER_CAMEL.fullmatch(words[k]) is None:  # ("the airline easyJet": a name)
            return 0 < len(words) - 1 - k and (words[k] in en.ORGANIZATION_WORDS or words[k] in _FIRM_NOUNS or trade_giant(
                words[:k + 1], words[k]) or (
                words[k] in _GOVERNMENT_BODIES and words[k + 1].lower().rstrip(".") not in en.TITLES) or (
                words[k] == "house" and k > 0 and words[k - 1].isalpha() and words[k - 1].islower()))
    return len(words) > 1 and words[0].lower() in _BUSINESS_NOUNS


def trade_giant(words: list[str], head: str) -> bool:
    """Whether a mention's head is a noun of size (``FIRM_SIZE_NOUNS``) in lower case right
    after a word of a trade in lower case or a capital opening the mention ("the tech giant",
    "the South Korean chip giant", "the IT major", "Snack giant", "a fintech heavyweight"): a
    business; but "the gentle giant", "an army major", "Major Ann Lee" are persons."""
    lows = [w.lower() for w in words]
    if head not in en.FIRM_SIZE_NOUNS or head not in lows:
        return False
    at = len(lows) - 1 - lows[::-1].index(head)
    if at == 0 or not words[at].islower():
        return False
    trade = lows[at - 1]
    return (words[at - 1].islower() or words[at - 1].isupper() or at == 1) and (
        trade in en.TRADE_WORDS or trade.endswith("tech") and trade.isalpha())


def _body_noun_kind(words: list[str], lexicon: Lexicon) -> str:
    """The kind of a body named after a noun for it (:func:`_named_body`): the state's when
    that noun alone, or with the words before it, names a state's body ("the regulator
    Ofcom", as "the regulator"; "the ministry MoD"; "the federal agency Fema", as "the federal
    agency"), else an organization ("the airline easyJet", "the charity Oxfam", "the UN
    refugee agency UNHCR", "the agency Frontex": "the agency" alone may be a news agency's)."""
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k][:1].islower() and LOWER_CAMEL.fullmatch(words[k]) is None), None)
    if at is None:
        return "organization"
    noun = words[at]
    if noun not in en.ORGANIZATION_WORDS and noun not in _GOVERNMENT_BODIES:
        return "organization"
    described = words[:at + 1] if words[0].lower() in DETERMINERS else ["the", *words[:at + 1]]
    return "government" if _kind("the " + noun, lexicon) == "government" or _kind(" ".join(described), lexicon) == "government" else "organization"


# Nouns for a firm by the service it sells, which name a body before its name in capitals
# (alone, "the tracker" is a text: ``default_lexicon.DOCUMENT_NOUNS``)
# (and a market's or a service's ground online: "online marketplace Etsy", "the platform Uber",
# "the dating app Hinge", "the chatbot Grok"; alone, "the marketplace" is the market, no one)
_FIRM_NOUNS = frozenset("tracker aggregator startup marketplace platform app chatbot".split())


# Nouns for a business that name no post or party, and so may stand in capitals before its name
_BUSINESS_NOUNS = frozenset(
    "automaker carmaker chipmaker drugmaker steelmaker planemaker brokerage conglomerate refiner exporter retailer "
    "insurer lender airline manufacturer shipper importer supplier wholesaler distributor".split())


# Words that join a name to another noun in a mention: what comes before the name is no title of it
_NAME_BREAKS = frozenset("of for at by with from and or in on to including like as among".split())


# Capitalised words that end the name of a body named for a person, and seldom a surname:
# "Howard University", "Otto Group", "Nobel Foundation", "the Prince Charles Cinema" (not "Church",
# "Court", "Bank", "Hall": surnames too)
_FOUNDER_BODY_ENDS = frozenset(
    """
    University Institute Foundation Group Association College Academy Hospital Museum School Society
    Corporation Company Holdings Industries Commission Committee Council Agency Bureau Federation
    League Centre Center Club Consortium Trust Fund Clinic Library Gallery Laboratory Observatory
    Cinema Theatre Theater Playhouse Arena Stadium Orchestra Festival Hotel
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


# ... or where it is, or who owns it: "a firm in Oslo", "a charity based in Leeds", "a bank
# founded in 1990", "a firm owned by Ann Lee" (not "of": "the head of the union")
_APPOSED_PLACES = frozenset("in based headquartered located founded owned run".split())


def _apposed_head(rest: list[str]) -> str:
    """The head of an appositive's lower-cased words when it is their last word or the one
    before a relative clause, whom it speaks for or where it is ("the mining company", "a firm
    that tracks ads", "the umbrella body for councils", "a charity based in Leeds": "company",
    "firm", "body", "charity"), else the empty string ("the head of the union", no body's own noun)."""
    head = head_word(rest)
    k = len(rest) - 1 if head == rest[-1] else (rest.index(head) if head in rest else -1)
    return head if k >= 0 and (k == len(rest) - 1 or rest[k + 1] in _APPOSED_RELATIVES or rest[k + 1] in _APPOSED_FOR or (
        rest[k + 1] in _APPOSED_PLACES and k + 2 < len(rest)) or (
        head in _TRADE_OF_NOUNS and rest[k + 1] == "of" and k + 2 < len(rest))) else ""


# the nouns of a business by what it makes or sells, whose goods follow after "of": "Vexa, a
# leading provider of cloud software", "Orrin, a maker of chips" (a release's appositive)
_TRADE_OF_NOUNS = frozenset("provider maker manufacturer supplier distributor".split())


# the words before an outlet's noun that is a text's too, that make it a medium's: "a news
# website", "a local paper" (not "a research paper", "a campaign website")
_NEWS_PAPER_WORDS = frozenset("news online daily weekly local regional national evening morning sunday community student".split())


# the words of a medium before a noun of bodies, whose appositive may still be an outlet's: "a
# media group", "the news network", "a broadcasting company"
_MEDIUM_BEFORE_BODY = frozenset("news radio tv television media broadcasting publishing press".split())


def _apposed_kind(toks: list[str], comma: int, first: list[str], rest: list[str]) -> str | None:
    """The kind an appositive after a name says it is, when it is one noun phrase that opens with
    an article and ends in a noun of bodies or of outlets: "The Free and Fair Election Network,
    an independent monitoring group" (organization), "The Orrin Group, a news website", "The
    Harbour Report, an online newspaper" (outlet); None for any other, or a noun of both kinds
    with no word of a medium before it ("a monitoring network", "the agency"), or a person's
    name ("Ann Lee, a charity worker": the worker's noun is no body's anyway); and one that
    says the name is part of a body named in capitals is a body's (`_part_of_body`)."""
    if comma >= len(toks) or "," in toks[comma + 1:] or not first or not toks[0][:1].isupper() or len(rest) < 2:
        return None
    if not _name_words(first) or (
            first[0].lower() in DETERMINERS and first[0].lower() != "the") or _personal_name(first):
        return None
    if _part_of_body(toks[comma + 1:], rest) and not person_by_sign(" ".join(first)):
        return "organization"  # "Vexa, part of Harlow Group", "Vexa, a unit of Harlow": a body's part is a body
    if rest[0] not in ("a", "an", "the"):
        return None
    head = _apposed_head(rest)
    if not head:
        return None
    medium = any(w in _MEDIUM_BEFORE_BODY for w in rest[:rest.index(head)])
    if head in en.OUTLET_NOUNS and (head not in en.ORGANIZATION_WORDS or medium) and (
            not document_noun(head) or rest[rest.index(head) - 1] in _NEWS_PAPER_WORDS):
        return "outlet"
    if head in en.ORGANIZATION_WORDS and head not in en.OUTLET_NOUNS and not medium:
        return "organization"
    return None


# the nouns of what owns a body, which say nothing of a firm's kind before them: "Marlow Bancorp,
# the parent of Marlow Bank" (a person may be an owner too: the name before settles it)
_OWNER_NOUNS = frozenset("parent owner holder".split())


# the nouns of a body's part that make what they name after a name a body too: "Vexa, a unit of
# Harlow Group", "Vexa, a Harlow subsidiary"
_BODY_PART_NOUNS = frozenset("subsidiary unit division arm affiliate offshoot".split())


def _part_of_body(apposed: list[str], rest: list[str]) -> bool:
    """Whether an appositive says the name before it is part of a body named in capitals:
    "part of Harlow Banking Group", "a unit of Harlow", "a subsidiary of the Harlow Group",
    "a Harlow subsidiary" (not "part of the team", "a unit commander")."""
    words = [t for t in apposed if is_word(t)]
    if rest[:2] == ["part", "of"]:
        at = 2
    elif rest[0] in ("a", "an", "the") and len(rest) >= 3 and rest[1] in _BODY_PART_NOUNS and rest[2] == "of":
        at = 3
    elif rest[0] in ("a", "an") and len(rest) == 3 and rest[2] in _BODY_PART_NOUNS and words[1][:1].isupper():
        return True  # "a Harlow subsidiary"
    else:
        return False
    if at < len(rest) and rest[at] == "the":
        at += 1
    return at < len(words) and words[at][:1].isupper() and _name_words(words[at:])


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
    return 1 <= len(name) <= 3 and all(w[:1].isupper() for w in name) and name[0].lower() not in DETERMINERS and (
        words[0].lower() != "the" or not name[-1].endswith(("'s", "’s")))


def _ampersand_name(toks: list[str]) -> bool:
    """Whether a noun phrase is a name of capitalised words joined by "&" standing apart, as a
    firm's is ("Pratt & Whitney", "the Smith & Nephew"; initials glued by it, "AT&T", "P&O", are
    a body's initials, `_ACRONYM`): people are joined by "and" ("Ann Lee and Tom Roe"), and a
    person's noun before the name keeps the person ("A lawyer at Kell & Co")."""
    if "&" not in toks[1:-1]:
        return False
    words = [t for t in toks if t != "&"]
    return all(w[:1].isupper() or w.lower() == "the" for w in words) and words[0].lower() not in DETERMINERS - {"the"}


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


# Trades firms ply more than persons, before a name of one word no table knows: "Pollster Ipsos",
# "Broker Zerodha", "the supplier Vexa" (a name that ends as a firm's may follow any of
# ``_PERSON_OR_FIRM_TRADES``, or a seller's or an investor's: "short seller Harbor Research")
_FIRM_TRADES = frozenset("pollster broker forecaster supplier contractor subcontractor distributor wholesaler importer "
                         "housebuilder miner outsourcer grocer utility".split())


# the trades of ``_PERSON_OR_FIRM_TRADES`` and those a name that ends as a firm's may follow
_TRADES_BEFORE_FIRM_NAMES = _PERSON_OR_FIRM_TRADES | frozenset("seller investor".split())


def _trade_firm_name(words: list[str]) -> bool:
    """Whether a mention is a trade and a name of one to three words in capitals that is no
    person's, with only words in small letters before the trade but the mention's first: a name that ends
    as a firm's does ("short seller Harbor Research", "investor Carver Capital"), or one word no
    table knows as a given name, a family name or a title after a trade firms ply more than
    persons ("Pollster Ipsos", "Broker Zerodha"); not "pollster Ann Lee", "broker Wang" (a
    family name), nor "Private investigator Tom Vexa"."""
    lows = [w.lower() for w in words]
    for k in range(len(words) - 1):
        if lows[k] not in _TRADES_BEFORE_FIRM_NAMES:
            continue
        if not all(w.islower() for w in words[1:k]) or k > 0 and lows[0] in given_names():
            return False
        name = words[k + 1:]
        if not 1 <= len(name) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name) or (
                name[0].lower() in given_names()):
            return False
        if len(name) >= 2:
            return name[-1] in en.BUSINESS_NAME_ENDS or name[-1].lower() in en.ORGANIZATION_WORDS
        low = name[0].lower()
        # (or a trade after the good it makes or sells, which a person plies seldom: "Copper
        # producer Codelco", "oil producer Ecopetrol", "coffee exporter Vexa"; not "film producer Ann")
        return (lows[k] in _FIRM_TRADES or k > 0 and lows[k - 1] in _GOODS_BEFORE_TRADE) and (
            low not in family_names() and low not in en.TITLES and not name[0].isupper())
    return False


# goods before a trade that make it a firm's: "copper producer", "oil exporter", "steel supplier"
_GOODS_BEFORE_TRADE = frozenset(
    "oil gas crude copper lithium nickel zinc iron ore coal gold silver aluminium aluminum steel cement uranium "
    "coffee cocoa sugar soy soybean soybeans grain wheat corn beef meat pork poultry chicken pulp cellulose "
    "ethanol fertilizer fertiliser chemicals power electricity".split())


def _team_of_people(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a mention is a team, in small letters, of people by their work in the plural:
    "a team of researchers", "The team of doctors at the clinic" (not "the team of Ann Lee",
    "a team of horses", nor a side by its name, "the Team of the Year")."""
    if head != "team" or "team" not in lows:
        return False
    at = lows.index("team")
    if at + 2 >= len(lows) or lows[at + 1] != "of" or not (words[at].islower() or at == 0):
        return False
    people = words[at + 2:]
    noun = head_word(people)
    return noun in people and plural(noun) and (person_noun(noun) or _agent_plural(noun))


# Participles of owning and running, before "by" or "in", in an appositive after a name in capitals:
# what they describe is a body ("Halifax, owned by Lloyds", "Vexa, headquartered in Oslo"), as a
# person is neither owned nor headquartered (not "managed" or "backed": "a singer, managed by her
# father"; "based" see _PLACED_PARTICIPLES)
_OWNED_PARTICIPLES = frozenset(
    "owned co-owned operated run controlled headquartered founded co-founded funded financed bankrolled chaired".split())


# Participles of where a body is, before "in" in an appositive after a name in capitals that is
# no person's ("Acme, based in Ohio", "Zentra, located in Oslo"); a person may be based somewhere
# too, but is named in full first ("Ann Lee ... Lee, based in Oslo": see _surname_named_before)
_PLACED_PARTICIPLES = frozenset("based located".split())


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
        names[k - 1].islower() and before[-1] not in DETERMINERS)


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


# how many words in capitals a name that holds "of" or "for" may have after it before a text's noun
_NAME_BEFORE_DOCUMENT_WORDS = 4


def _name_before_document(words: list[str], lows: list[str], i: int) -> bool:
    """Whether the "of" or "for" at ``lows[i]`` joins a name in capitals that stands before a
    noun of a text or record in lower case, the phrase's head, at its end or before a
    preposition: "A Freedom of Information request by the BBC", "the Court of Appeal ruling",
    "the Office for National Statistics figures", "the Panel on Climate Change report" (but "the
    Bank of England", "supporters of Ann Lee", "the Court of Appeal judges", whose head is no text)."""
    if not (0 < i < len(lows) - 1 and lows[i] in ("of", "for", "on") and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()):
        return False
    k = i + 1
    while k < min(len(words), i + 1 + _NAME_BEFORE_DOCUMENT_WORDS) and (
            words[k][:1].isupper() or lows[k] in NAME_JOINERS and k + 1 < len(words) and words[k + 1][:1].isupper()):
        k += 1
    return k < len(words) and words[k].islower() and document_noun(lows[k]) and (
        k == len(words) - 1 or lows[k + 1] in HEAD_PREPOSITIONS)


# a body's initials, with a faction's letters after a hyphen ("PML-N", "JUI-F", "CPN-UML"), and two
# joined by "&": "NTSB", "AT&T", "P&G"
_ACRONYM = regex.compile(r"\p{Lu}{2,6}(?:-\p{Lu}{1,3})?|\p{Lu}{1,4}&\p{Lu}{1,4}")


# what the state broadcasts or prints by, and the words that make it the state's
_STATE_OUTLET_HEADS = frozenset("television tv radio media broadcaster".split())
# and what a nation's outlets are called together after its adjective: "Israeli news", "the Turkish press"
_NATION_OUTLET_HEADS = _STATE_OUTLET_HEADS | frozenset("news press".split())


_STATE_WORDS = frozenset("state state-run state-owned state-controlled government-run official semi-official".split())


# a broadcast medium, and the reach of an unnamed broadcaster before it: "local television", "national radio"
BROADCAST_MEDIA = frozenset("television tv radio".split())


_BROADCAST_SCOPES = frozenset("local regional national public".split())


# the ends of a compound that says who runs an outlet: "junta-controlled", "army-run", "Kremlin-backed"
_OWNED_BY_ENDS = ("-controlled", "-run", "-owned", "-backed", "-funded", "-affiliated")


# a nation's adjective, capitalised, by its ending: "Hungarian", "Spanish", "Chinese", "French", "Iraqi"
# (and the few with no such ending, ``default_lexicon.NATION_ADJECTIVES_OF_NO_ENDING``: "Welsh",
# "Greek", "Swiss", "Kazakh", "Thai", "Argentine")
NATIONALITY = r"(?:\p{Lu}\p{Ll}+(?:an|ish|ese|ch|i|ic)|" + "|".join(en.NATION_ADJECTIVES_OF_NO_ENDING) + r")"


_NATIONALITY = regex.compile(NATIONALITY)


# a participle and "by" after a mention's head, the agent after it: "polled by Reuters"
_AGENT_AFTER_PARTICIPLE = regex.compile(
    r"[^\S\n]+(?:[a-z]+ed|" + "|".join(sorted(en.IRREGULAR_PARTICIPLES)) + r")[^\S\n]+by[^\S\n]")


# outlets' nouns that name a body's own pages after its possessor: "the company's website"
_OWNED_PAGES = frozenset("website site".split())


def _speaks_for(head: str, lows: list[str], lexicon: Lexicon) -> bool:
    """Whether a phrase that ends in an outlet's name is headed by people who
    speak for it or were asked by it, not by the outlet: "a spokesman for the
    BBC", "economists polled by Reuters"; not the state's outlets where they are:
    "state media in the capital"."""
    return head != lows[-1] and (person_noun(head) or lexicon.source_heads.get(head, 0) > 0) and (
        head not in en.OUTLET_NOUNS and head not in _STATE_OUTLET_HEADS)


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
    if first in DETERMINERS or first in _PEOPLE_QUANTIFIERS or first in en.TITLES or first in given_names():
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
_BODY_NAME_ENDS_LOWER = frozenset(w.lower() for w in _BODY_NAME_ENDS)


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


# the words of a legislature's rank or seat before "Assembly": "the Legislative Assembly", "the
# National Assembly", "the state Assembly"
_LEGISLATURE_RANKS = frozenset("legislative national state provincial regional territorial constituent".split())
# the nouns of a legislature's name, and the ranks that make a council one, or a region's
# government ("the Legislative Council", "the Regional Council", "the Swiss Federal Council"; and a
# senate by its place or its people, "the Italian Senate", "the Texas Senate"; not
# "the National Council of Churches" nor "the State Council", read as a state's organ)
_LEGISLATURE_HEADS = frozenset(["assembly", "parliament", "council", "senate"])
_COUNCIL_RANKS = frozenset("legislative provincial regional territorial federal".split())
# the words before "Affairs" that name a trade or a profession, no portfolio of a state's
# ("the Muslim Public Affairs Council", an advocacy group)
_NO_PORTFOLIO_AFFAIRS = frozenset(["public", "corporate"])


def _legislature(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a mention in capitals is a state's legislature or a public council by its
    place, its people or its rank before the noun: "the Kerala Assembly", "the Welsh Assembly",
    "the Legislative Assembly", "Serbia's Assembly", "the London Assembly", "the Scottish
    Parliament", "the Kenyan Parliament", "the Legislative Council", "the Hong Kong Legislative
    Council"; and a council named for a portfolio, "Affairs" before it, as a government's are
    ("the Mainland Affairs Council", "Taiwan's Ocean Affairs Council"). Not one of many states' ("the European
    Parliament", "the World Affairs Council"), nor one of a people's own ("the Youth Parliament",
    "the Muslim Public Affairs Council"), nor the noun alone ("the Assembly")."""
    if head not in lows:
        return False
    at, to = _place_owner(lows) or (1 if lows[0] == "the" else 0), lows.index(head)  # (after a nation's possessive: "Serbia's")
    if to <= (lows[0] == "the") or not all(w[:1].isupper() for w in words[at:to + 1]) or any(
            w in en.INTERNATIONAL_NAME_WORDS for w in lows[at:to]):
        return False
    if head == "council":
        if to - at >= 2 and lows[to - 1] == "affairs":
            return lows[to - 2] not in _NO_PORTFOLIO_AFFAIRS
        if not (at < to and lows[to - 1] in _COUNCIL_RANKS):
            return False
        to -= 1
    else:
        to -= 1 if at < to and lows[to - 1] in _LEGISLATURE_RANKS else 0
    # (a city's too: "the London Assembly", "the Hong Kong Legislative Council")
    return at == to or (place := " ".join(lows[at:to])) in place_names() or city_names().get(place) is not None or all(
        lows[k] in en.DEMONYMS or _NATIONALITY.fullmatch(words[k]) is not None for k in range(at, to))


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


# the nouns of a body's office that speaks to the press, after "press": "the press service", "the press office"
_PRESS_OFFICE_NOUNS = frozenset("service office centre center department secretariat".split())
# "press" and such a noun, then "of" and the body ("the press service of the Defence Ministry")
_PRESS_OFFICE = r"press[^\S\n]+(?:" + "|".join(sorted(_PRESS_OFFICE_NOUNS)) + r")"
_PRESS_OFFICE_OF = regex.compile(r"(?i:the[^\S\n]+)?" + _PRESS_OFFICE + r"[^\S\n]+of[^\S\n]+")
# "press" and such a noun ending a mention, the body before it ("the Kremlin press service", "the ministry's press office")
_PRESS_OFFICE_AFTER = regex.compile(r"[^\S\n]+" + _PRESS_OFFICE + r"[^\S\n]*\Z")


def _press_office_kind(phrase: str, words: list[str], lows: list[str], lexicon: Lexicon) -> str | None:
    """The kind of a body's press service or press office, its body's: the state's for a
    state's body or post ("the SBU press service", "the ministry's press service", "the press
    office of the Defence Ministry", "the governor's press service": government), an
    organization for any other ("the club's press office"); None when no body is named with it
    ("the press office") or the mention is no such office."""
    at = lows.index("press")
    if at + 1 >= len(lows) or lows[at + 1] not in _PRESS_OFFICE_NOUNS or not words[at].islower():
        return None
    if (of := _PRESS_OFFICE_OF.match(phrase)) is not None:
        owner = phrase[of.end():]
    elif (after := _PRESS_OFFICE_AFTER.search(phrase)) is not None and at > (lows[0] == "the"):
        owner = phrase[:after.start()]
        if owner.endswith(("'s", "’s")) and _office_of_state_post(lows[:at] + ["office"], "office"):
            return "government"  # "the regional governor's press service": the post's office
        owner = _POSSESSIVE_END.sub("", owner)
    else:
        return None
    if not WORD.search(owner):
        return None
    return "government" if _kind(owner, lexicon) == "government" else "organization"


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
    # (a title of two words may be joined by a hyphen: "the attorney-general's office")
    said[-1] = said[-1].replace("-", " ") if "-" in said[-1] else said[-1]
    return any(" ".join(said[-n:]) in en.STATE_OFFICE_HOLDERS and (head in _OFFICE_NOUNS or said[-n] == head)
               for n in range(1, len(said) + 1))


# the most words of the holder's name between the title and the office
_LEADER_NAME_WORDS = 3
# a name in the possessive before the office's noun that ends the mention ("Lee's office", "Adams' office")
_POSSESSIVE_OFFICE = regex.compile(r"\p{Lu}[\p{L}.-]*(?:[’']s|(?<=s)[’'])[^\S\n]+(?:office|department)$")


def titled_leader_before(before: list[str]) -> bool:
    """Whether the words ``before`` a name's last word end in the title of a state's leader or post
    in capitals (``default_lexicon.TITLED_OFFICE_HOLDERS``), up to two more capitalised words of
    the name between and no other title: "Prime Minister Shigeru | Ishiba", "Sheriff | Roe" (not
    "Senator Ann | Lee", nor "Ann | Lee")."""
    for w in reversed(before[-_LEADER_NAME_WORDS:]):
        low = w.lower().rstrip(".")
        if low in en.TITLED_OFFICE_HOLDERS and w[:1].isupper():
            return True
        if not w[:1].isupper() or low in en.TITLES:
            return False
    return False


def _office_of_titled_leader(words: list[str], lows: list[str], head: str, phrase: str) -> bool:
    """Whether a mention is the office of a state's leader named after the title (`titled_leader_before`),
    the name in the possessive: "Prime Minister Ann Lee's office", "Premier Tom Roe's office" (not
    a member's, "Senator Lee's office", nor one with no title, "Lee's office")."""
    if head not in _OFFICE_NOUNS or lows[-1] != head or _POSSESSIVE_OFFICE.search(phrase) is None:
        return False
    return titled_leader_before(words[:-2])  # (the words before the name's last word, "Lee's", "Adams'")


def state_agency_for_a_place(name: list[str]) -> bool:
    """Whether a name's words, in capitals, are a state's agency's for a nation or a region (the
    rule above ``default_lexicon.STATE_SERVICE_FIELDS``): a field of the state's service opens
    it and a public body's place ends it, as ``_body_of_a_nation`` reads one ("Public Health
    Wales", "Health Protection Scotland", "Public Health Ontario", "Transport for London",
    "Statistics Canada"; not "Public Health Research", whose last word is no place); or a
    portfolio's plural right before a nation's name ("Global Affairs Canada", `_portfolio_of_a_nation`)."""
    lows = [w.lower() for w in name]
    if len(name) == 2 and lows[0] in en.STATE_TITLED_FIELDS and name[0][:1].isupper() and name[1][:1].isupper() and (
            lows[1] in _BODY_NATIONS and place_names().get(lows[1]) is False):
        return True  # "Justice Canada": a title's field before a nation no person goes by
    if 4 <= len(name) <= 6 and lows[0] in en.STATE_SERVICE_FIELDS and "and" in lows[1:-2] and lows[-1] in _BODY_NATIONS:
        # fields joined by "and" before a nation's name: "Fisheries and Oceans Canada",
        # "Employment and Social Development Canada" (read as the name without its "and")
        joined = [w for k, w in enumerate(name) if not (lows[k] == "and" and 0 < k < len(name) - 2)]
        return len(joined) <= 4 and _body_of_a_nation(joined, [w.lower() for w in joined])
    return bool(lows) and (
        lows[0] in en.STATE_SERVICE_FIELDS and _body_of_a_nation(name, lows, any_place=True) or _portfolio_of_a_nation(name, lows))


def _portfolio_of_a_nation(name: list[str], lows: list[str]) -> bool:
    """Whether a name of three or four words in capitals ends in a portfolio's plural of
    ``default_lexicon.STATE_PORTFOLIO_ENDS`` and a nation's name, and no given name opens it nor
    a title is among its words: a state's department ("Global Affairs Canada", "Veterans
    Affairs Canada", "Indigenous Services Canada"; not "Ann Affairs Canada", nor "Hockey
    Canada", a sport's body)."""
    return 3 <= len(name) <= 4 and lows[-2] in en.STATE_PORTFOLIO_ENDS and lows[-1] in _BODY_NATIONS and (
        lows[0] not in given_names()) and all(w[:1].isupper() and w.isalpha() for w in name) and not any(
        w in en.TITLES for w in lows)


def party_initials_with_the(phrase: str) -> bool:
    """Whether a mention is "the" and the initials of an agency of news that a party goes by
    too (``default_lexicon.OUTLET_INITIALS_PARTY_WITH_THE``): "the PTI" is the party, as the
    agency goes bare ("PTI reported", "told PTI"), so read as an outlet it is a hearer to none."""
    article, _, name = phrase.partition(" ")
    return article.lower() == "the" and name.isupper() and name.lower() in en.OUTLET_INITIALS_PARTY_WITH_THE


# the words of politics that make a platform before which they stand a party's text: "the party
# platform", "the campaign platform"
_PLATFORM_OF_POLITICS = frozenset("party campaign election electoral policy".split())


def _product_kind(words: list[str], lows: list[str], head: str) -> str | None:
    """The kind of a product or a service online by its noun in lower case
    (``default_lexicon.PRODUCT_NOUNS``), the mention's last word after a determiner and words in
    lower case: the business that runs it ("The app", "the messaging app", "the social media
    platform", "the chatbot"); but a platform after a name in capitals, a possessive or a word of
    politics is a party's or a candidate's text ("the Democratic platform", "the Party's
    platform", "the party platform"), a document; None for any other shape ("its platform";
    "the app Hinge", a name after the noun, is read as the name's, `_FIRM_NOUNS`)."""
    if lows[-1] != head or not words[-1].islower() or len(words) < 2 or lows[0] not in DETERMINERS or (
            lows[0] in en.POSSESSIVE_PRONOUNS):
        return None  # (a thing of someone's is read as such: "its platform", "her app")
    before = words[1:-1]
    if head == "platform" and (any(w[:1].isupper() or w.endswith(POSSESSIVE_MARKS) for w in before) or any(
            w.lower() in _PLATFORM_OF_POLITICS for w in before) or lows[0] in en.POSSESSIVE_PRONOUNS):
        return "document"
    return "organization" if all(w.islower() or "-" in w for w in before) else None


def _office_by_title(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a public office named by its holder's title in capitals
    (``default_lexicon.STATUTORY_OFFICE_TITLES``) after a body's or a place's name of one to
    five words in capitals ("the Fair Work Ombudsman", "the NSW Auditor-General", "the Banking
    Ombudsman"): the office, no person; not a title alone ("the Auditor-General"), a deputy's or
    a chief's ("the Deputy Ombudsman"), nor a person's name before it."""
    if lows[-1] not in en.STATUTORY_OFFICE_TITLES and " ".join(lows[-2:]) not in en.STATUTORY_OFFICE_TITLES:
        return False
    size = 1 if lows[-1] in en.STATUTORY_OFFICE_TITLES else 2
    start = 1 if lows[0] == "the" else 0
    before = words[start:len(words) - size]
    return 1 <= len(before) <= 5 and all(w[:1].isupper() for w in words[start:]) and not any(
        w in en.TITLES or person_noun(w) for w in lows[start:len(words) - size]) and not _personal_name(before)


# the nouns of a unit of the state's service after its field in lower case: "the census bureau",
# "the budget office", "the transport department" (and the health body's, `default_lexicon.HEALTH_BODY_NOUNS`)
_FIELD_UNIT_NOUNS = en.HEALTH_BODY_NOUNS | frozenset("office bureau agency".split())
# the fields of `default_lexicon.STATE_SERVICE_FIELDS` whose word in lower case is no state's unit's
# before such a noun: "the public office", "the creative agency", "the service department"
_FIELDS_OF_NO_STATE_UNIT = frozenset("public service creative natural historic homes industry".split())


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
    if _office_of_state_post(lows, head) or _office_of_titled_leader(words, lows, head, phrase):
        # (or a leader's, named after the title: "Prime Minister Ann Lee's office")
        return True  # "the county sheriff's office", "the mayor's office": the post's office is the state's
    if head in en.EMERGENCY_SERVICE_NOUNS and head in lows and any(w in en.EMERGENCY_SERVICE_WORDS for w in lows[:lows.index(head)]):
        return True  # "the fire brigade", "the ambulance service", "the weather office": a public emergency or weather service
    at = lows.index(head) if head in lows else -1
    if at > 0 and words[at].islower() and "private" not in lows and _intelligence_service(words, lows, head, at):
        return True  # "the spy agency", "the domestic security service", "military intelligence": the state's
    if head in POSTPOSITIVE_TITLES and at > 0 and lows[at - 1] in en.STATE_BODY_NOUNS and words[at - 1][:1].isupper():
        head, at = lows[at - 1], at - 1  # "the Directorate General of Civil Aviation": a body's noun, no rank after it
    if head in en.STATE_BODY_GENERAL_NOUNS and at >= 0 and (at == 0 or words[at].islower()):
        return True  # "authorities said", "regulators": a state's bodies in general
    if head in en.WATCHDOG_NOUNS and at > 0 and words[at].islower() and words[at - 1].islower() and (
            lows[at - 1] in en.STATE_WATCHDOG_FIELDS or lows[at - 1] in en.STATE_LEVEL_WORDS) and (
            not _possessive(phrase) or _place_owner(lows)) and not any(w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        # "the competition watchdog", "the federal watchdog", "Britain's data watchdog": the state's
        # regulator, as "the regulator" is (not "the party's spending watchdog")
        return True
    if head in en.ELECTION_BODY_NOUNS and at > 0 and words[at].islower() and lows[at - 1] in en.ELECTION_WORDS and (
            not _possessive(phrase) or _place_owner(lows)) and not any(w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        # "the poll body", "the poll panel", "the electoral body", "the election commission": the
        # state's body that runs elections (not "the party's election panel")
        return True
    if head in en.ELECTION_BODY_NAME_NOUNS and at > 0 and words[at][:1].isupper() and lows[at - 1] in en.ELECTION_WORDS and (
            words[at - 1][:1].isupper()) and (not _possessive(phrase) or _place_owner(lows)) and not any(
            w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        # and by its name in capitals: "the National Electoral Council", "Mexico's National Electoral
        # Institute", "the Supreme Electoral Tribunal" (not "the Electoral Reform Society")
        return True
    if head in en.HEALTH_BODY_NOUNS and at > 0 and words[at].islower() and lows[at - 1] == "health" and (
            not _possessive(phrase) or _place_owner(lows)) and not any(w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        # "the health department", "the Tamil Nadu health department": the state's health body
        return True
    if head in _FIELD_UNIT_NOUNS and at > 0 and words[at].islower() and words[at - 1].islower() and (
            lows[at - 1] in en.STATE_SERVICE_FIELDS or lows[at - 1] in en.STATE_TITLED_FIELDS) and (
            lows[at - 1] not in _FIELDS_OF_NO_STATE_UNIT) and (not _possessive(phrase) or _place_owner(lows)) and not any(
            w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        # and so is a unit of another field of the state's service in lower case: "the budget
        # office", "the census bureau", "the Kerala transport department" (not "the firm's
        # finance department", nor "the creative agency")
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
    if head == "trust" and at > 0 and words[at] == "trust" and lows[at - 1] in en.STATE_TRUST_SERVICES and words[at - 1].islower() and (
            not _possessive(phrase) or _place_owner(lows)):
        return True  # "a hospital trust", "the ambulance trust": one of the health service's, in lower case
    if head == "board" and at > 0 and words[at][:1].isupper() and _name_words(name) and any(
            w in en.STATE_BOARD_LEVEL_WORDS and words[i][:1].isupper() for i, w in enumerate(lows)) and not _possessive(phrase) and not any(
            w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        return True  # a board a state's level names: "the Central Board of Secondary Education", "the State Board of Elections"
    if head in en.STATE_BODY_INITIALS_AFTER_THE and lows[0] == "the" and len(name) == 1 and name[0].isupper():
        return True  # "the NAB": the state's bureau (bare "NAB" is as often a bank's)
    if head not in en.STATE_BODY_NOUNS and head not in en.STATE_LEVEL_BODY_NOUNS and head not in en.STATE_BODY_INITIALS or (
            _possessive(phrase) and not _place_owner(lows)) or any(
            w in en.INTERNATIONAL_NAME_WORDS or w in en.NEWS_SERVICE_NAME_WORDS for w in lows):
        # (a country's possessive before the body keeps it the state's: "Nepal's Civil Aviation Authority")
        return False
    if head in _PRIVATE_SERVICE_NOUNS and at > 0 and lows[at - 1] in en.PRIVATE_SERVICE_TRADES:
        return False  # a business named for its trade: "Creative Artists Agency", "United Parcel Service"
    # (a board's or a department's level by a word of STATE_BOARD_LEVEL_WORDS: "the national board" may be a union's)
    levels = en.STATE_LEVEL_WORDS if head in en.STATE_BODY_NOUNS else en.STATE_BOARD_LEVEL_WORDS
    if head in en.STATE_LEVEL_BODY_NOUNS and at > 0 and words[at].islower() and any(
            w in levels and (words[i].islower() or words[i] == "State") for i, w in enumerate(lows[:at])):
        # "the state disaster management authority", "the federal agency": a state's level before the body
        # (Indian copy's "State" in capitals before a noun in lower case: "the State health department")
        return True
    if head not in en.STATE_BODY_NOUNS and head not in en.STATE_BODY_INITIALS:
        return False  # a board or a department by a level's word only: "the state board" (not "the Harlow Board")
    if head in en.STATE_BODY_INITIALS:
        # ("the FBI", "the MoD", "MI5"; not "Mod")
        return len(name) == 1 and name[0][0].isupper() and (name[0][-1].isupper() or name[0][-1].isdigit())
    if head in en.STATE_BODY_COMMON_NOUNS:
        return True
    # (a name besides the noun: "The Commission" alone may be the European one; a word in lower
    # case between its capitalised words, as the walk to the name's start reads it: "the
    # Medicines and Healthcare products Regulatory Agency")
    named = [(0, 0, w) for w in name]
    return len(name) >= 2 and words[at][:1].isupper() and all(
        w[:1].isupper() or w in NAME_JOINERS or lower_word_in_body_name(named, k) for k, w in enumerate(name))


def _intelligence_service(words: list[str], lows: list[str], head: str, at: int) -> bool:
    """Whether the noun at ``at``, in lower case, is a state's intelligence or secret service's
    (the rule above ``default_lexicon.INTELLIGENCE_WORDS``): "the spy agency", "the intelligence
    service", "the domestic security service", "the Shin Bet security service", "military
    intelligence" (not "a private security service", nor "an intelligence report")."""
    before = lows[at - 1]
    if head in en.EMERGENCY_SERVICE_NOUNS and not plural(head):
        # (one service: many in the plural are bodies at large, "Intelligence agencies believe")
        if before in en.INTELLIGENCE_WORDS:
            return True
        return before == "security" and head == "service" and at > 1 and (
            lows[at - 2] in en.SECURITY_SERVICE_REACH_WORDS or words[at - 2][:1].isupper() and lows[at - 2] not in DETERMINERS)
    return head == "intelligence" and at == len(lows) - 1 and before in en.INTELLIGENCE_ARM_WORDS


def _national_council(words: list[str], lows: list[str], at: int) -> bool:
    """Whether the council whose noun stands at ``at`` is a nation's for a field of the state's
    (the rule above ``default_lexicon.STATE_COUNCIL_FIELDS``): its name in capitals holds the
    field's word and the nation's adjective or a state's level before the noun, or "of" and
    the nation's name after it ("the Indian Council of Medical Research", "the National
    Research Council", "the Research Council of Norway"); not a council of many states' ("the
    European Research Council") nor one with no nation ("the Family Research Council")."""
    name = words[1:] if lows[0] == "the" else words
    if at < 0 or not _name_words(name) or en.STATE_COUNCIL_FIELDS.isdisjoint(lows) or any(
            w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        return False
    nation = lows[at + 2:] if lows[at + 1:at + 2] == ["of"] else []
    return any(w in en.DEMONYMS or w in en.STATE_LEVEL_WORDS for w in lows[:at]) or bool(nation) and " ".join(nation) in place_names()


_STATE_POWER_COUNCILS = frozenset(["committee", "council"])


def _state_power_council(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a mention is a nation's committee or council of the state's power (the rule above
    ``default_lexicon.STATE_POWER_COUNCIL_WORDS``): its name in capitals holds a word of that power
    before the noun, and a nation's possessive or adjective opens it or "of" and the nation's
    name follows the noun ("Russia's Investigative Committee", "China's State Council", "the
    Russian Security Council", "the National Security Council of Ukraine"); not a committee for a
    field a nation's members run ("Russia's Olympic Committee"), nor a council of many states' or
    of none ("the UN Security Council", "the Security Council")."""
    if head not in _STATE_POWER_COUNCILS or head not in lows:
        return False
    at = lows.index(head)
    owner = _place_owner(lows)
    start = owner or (1 if lows[0] == "the" else 0)
    name = words[start:at + 1]
    if len(name) < 2 or not all(w[:1].isupper() or w == "and" for w in name) or not any(
            w in en.STATE_POWER_COUNCIL_WORDS for w in lows[start:at]) or any(w in en.INTERNATIONAL_NAME_WORDS for w in lows):
        return False
    nation = lows[at + 2:] if lows[at + 1:at + 2] == ["of"] else []
    return bool(owner) or any(w in en.DEMONYMS for w in lows[start:at]) or bool(nation) and " ".join(nation) in national_place_names()


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
    "the U.S. Navy", "Israeli forces", "the Israel Defense Forces", "the Pakistani air force",
    "South Korea's military"),
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
    if (owner := _place_owner(words)) > 1:
        # a state's name of more words before its possessive: "South Korea's military", "Saudi Arabia's navy"
        return all(w in _ARMS_BRANCH_WORDS for w in words[owner:-1])
    return (nation in en.DEMONYMS or nation in place_names() or nation + "." in place_names() or _place_possessive(nation)
            ) and all(w in _ARMS_BRANCH_WORDS for w in words[1:-1])


# the words that name a state's forces' staff in capitals: "the General Staff", "the Joint Chiefs of Staff"
_ARMS_STAFF_NAMES = frozenset(["general staff", "joint chiefs", "joint staff"])


def _state_command(words: list[str], lows: list[str]) -> bool:
    """Whether a mention is a command or the staff of a state's armed forces, in capitals: a
    command after the state's name, its possessive or its forces' ("U.S. Central Command",
    "China's Eastern Theater Command", "the Army's Northern Command"), or the staff by its
    name ("the General Staff", "South Korea's Joint Chiefs of Staff"), or a corps by its name ("the
    Marine Corps"). (Not a command of no
    state named, "the Northern Command", which may be a rebel army's.)"""
    if any(" ".join(lows[k:k + 2]) in _ARMS_STAFF_NAMES and (words[k][:1].isupper() and words[k + 1][:1].isupper() and (
            # (the staff opening the mention, past "the" or the state's possessive: not "the chairman of the
            # Joint Chiefs of Staff", a person)
            lows[:k] in ([], ["the"]) or lows[k - 1].endswith(("'s", "’s")) and "of" not in lows[:k])
            # in lower case after a state's possessive of one word: "Ukraine's general staff", "Russia's general staff"
            or k == 1 and _place_possessive(lows[0])) for k in range(len(lows) - 1)):
        return True
    if words[-1] == "Corps" and len(words) >= 3 and lows[0] == "the" and words[-2][:1].isupper() and words[-2].isalpha() and (
            lows[-2] != "press"):
        # a corps by its name in capitals after "the" is a state's forces or service: "the Marine Corps", "the
        # Chinar Corps", "the Islamic Revolutionary Guard Corps" (not "the corps", "the Press Corps",
        # nor a firm's name with no article, "Democracy Corps")
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


# the outlets' nouns whose plural alone names outlets left unnamed: "news outlets", "Several
# newspapers", "the tabloids" (a site's, a station's or a network's only after a medium's word,
# `_MEDIUM_STATION_HEADS`: "TV stations", "news sites", not "polling stations", "terror networks")
_UNNAMED_OUTLETS_HEADS = _UNNAMED_OUTLET_HEADS | _BARE_OUTLET_NOUNS | frozenset("outlet publication website".split())


# the nouns of a body that a medium's word before makes an outlet's, one or many: "the news
# organization", "news organisations", "a news outfit" (not "a terrorist organization")
_NEWS_BODY_NOUNS = frozenset("organization organisation outfit".split())


def _unnamed_outlets(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a mention ends in the plural of an outlet's noun in small letters, outlets left
    unnamed, many: "news outlets", "Multiple outlets", "the tabloids", "local TV stations" (not a
    paper's, texts too, "court papers"; nor a network's, a body's too, "criminal networks"); or
    in a body's noun after a medium's word, one or many: "the news organization", "Other news
    organizations"."""
    if head != lows[-1] or not words[-1].islower():
        return False
    medium = len(lows) >= 2 and lows[-2] in MEDIUM_WORDS
    if head in _NEWS_BODY_NOUNS:
        return medium
    if not plural(head):
        return False
    one = singular(head)
    return one in _UNNAMED_OUTLETS_HEADS or (one in _MEDIUM_STATION_HEADS or one in _NEWS_BODY_NOUNS) and medium


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


# the small words inside an outlet's name after its noun: "of the Coast", "Folha de S.Paulo", "Jornal
# do Brasil", "Corriere della Sera" (the joiners of other tongues, `default_lexicon.OUTLET_NAME_JOINERS`)
_NAME_INNER_WORDS = frozenset("of the das".split()) | en.OUTLET_NAME_JOINERS


# countries by their names in Spanish or Portuguese, as an outlet's edition for them is named: "CNN Brasil"
# (and the world in them, whose service an outlet names so: "BBC Mundo", "BBC Afrique")
_COUNTRIES_IN_THEIR_TONGUE = frozenset("brasil méxico perú españa mundo afrique".split())

# the nouns of a state's body that, in the plural, are such bodies, not people: "the governments of ..."
_STATE_BODIES_IN_PLURAL = frozenset("government administration ministry parliament embassy cabinet regime junta".split())


def _named_by_outlet_noun(words: list[str]) -> bool:
    """Whether a phrase is an outlet noun, or a medium's in lower case, and then a name: "state
    broadcaster CCTV", "Broadcaster RTL", "French radio RTL", "the newspaper Le Monde", "the Daily Caller" (the noun in
    lower case, or opening the phrase after a determiner or a country's possessive, "Kenya's
    Daily Nation", and not in initials: "the SITE Intelligence Group" is no site)."""
    for k in range(1, len(words)):
        noun = words[k - 1]
        if (noun.lower() in en.OUTLET_NOUNS or noun in _STATE_OUTLET_HEADS and (
                words[k][:1].isupper() or _DIGIT_CALL_SIGN.fullmatch(words[k]) is not None)) and (noun.islower() or not noun.isupper() and (
                k == 1 or k == 2 and (words[0].lower() in DETERMINERS or _place_possessive(words[0].lower())))):
            # (not a post whose name holds the noun: "Station House Officer Ann Rao")
            # (nor a body whose name opens with the noun: "Network Rail", "Channel Ferries")
            # ("of" inside the name is the name's, "the newspaper Global Voice of Asia", "of the
            # Coast"; not "the newspaper of the exiles")
            # (a call sign may open with its digit: "radio station 3AW"; a small word of another
            # tongue inside the name is the name's too: "the newspaper Folha de S.Paulo", "the paper Corriere della Sera")
            return all(w[0].isupper() or w in _NAME_INNER_WORDS and k < i < len(words) - 1 or _DIGIT_CALL_SIGN.fullmatch(w) is not None
                       for i, w in enumerate(words[k:], k)) and not any(
                w.lower() in en.PERSON_NOUNS or w.lower() in en.TITLES for w in words[k:]) and words[-1] not in _BODY_NAME_ENDS
    return False


def _owned_by_common_noun(words: list[str]) -> bool:
    """Whether a mention's last word follows a possessive in lower case and nothing but words in
    lower case after it, in a mention that opens with "the" ("the company's website", "the
    party's official site", "the California secretary of state's website")."""
    if words[0].lower() != "the":
        return False
    for k in range(len(words) - 2, 0, -1):
        if not words[k].islower():
            return False
        if words[k].endswith(POSSESSIVE_MARKS):
            return True
    return False


def owned_pages(text: str, start: int, end: int) -> bool:
    """Whether a phrase names a body's own pages by its possessor: "the club's website", "the
    party's official site", "its website" (read as a document, but a hearer that relays what it
    was told: "he told the club's website")."""
    lows = text[start:end].lower().split()
    return 2 <= len(lows) <= 4 and lows[-1] in _OWNED_PAGES and (
        lows[0] in en.POSSESSIVE_PRONOUNS or any(w.endswith(("'s", "’s")) for w in lows[:-1]))


# the nouns of a medium that "news" before makes one of news: "the RBC news outlet", "the Meduza
# news site"
_NEWS_MEDIUM_NOUNS = frozenset("outlet site website portal channel service".split())


# the words of what news is, capitalised only where they open a sentence: "Breaking news", "Good
# news", "Fake news" (what is told, no broadcaster's name, as "Kan news" is)
_NEWS_VERDICTS = frozenset("breaking good bad fake great sad welcome latest big real false grim happy terrible".split())


# the nouns of a business that "media" before, after a name, makes a publisher of news: "the Funke
# media group", "the Bennett Coleman media house", "the Orrin media company"
_MEDIA_BODY_NOUNS = frozenset("group house company outlet conglomerate".split())


def _name_and_medium(words: list[str], lows: list[str]) -> bool:
    """Whether a phrase is a name in capitals and then a lower-case noun of a medium:
    "People magazine", "the Hindu newspaper" (not "the magazine" alone, nor one a
    determiner opens: "An Israeli newspaper owned by ..."; nor a person's: "Editor Ann
    Lee's magazine"); or a name and "news agency": "Xinhua news agency", or another noun of a
    news medium after "news": "the RBC news outlet", "Russia's RBC news channel", or a body's noun
    after "media": "the Funke media group", "the Bennett Coleman media house". A word of the state's
    hold on it before the name is no part of it: "Egypt's state-run Al-Ahram newspaper", "the
    semi-official Tasnim news agency". A broadcast medium or "news" in lower case after a name
    names the broadcaster too ("Al-Manar television", "Kan radio", "Kan news", "Channel 13 news"),
    not after a nation's adjective alone ("Israeli news" is the country's media at large) nor after a
    word of what the news is ("Breaking news", "Good news")."""
    medium = words[-1] in en.OUTLET_MEDIUM_NOUNS or (words[-1] in BROADCAST_MEDIA or words[-1] == "news") and not (
        len(words) == 2 and (_NATIONALITY.fullmatch(words[0]) is not None or words[-1] == "news" and lows[0] in _NEWS_VERDICTS))
    agency = len(lows) > 2 and words[-2].islower() and (lows[-1] == "agency" and lows[-2] in _NEWS_AGENCY_WORDS or (
        lows[-2] == "news" and lows[-1] in _NEWS_MEDIUM_NOUNS) or lows[-2] == "media" and lows[-1] in _MEDIA_BODY_NOUNS)
    # (nor is a country's possessive before it, whose name may hold a title's word: "Sri Lanka's")
    owner = 0 if lows[0] == "the" else _place_owner(lows)
    name = [w for w in words[owner or lows[0] == "the":-2 if agency else -1] if not (w.islower() and w in _STATE_WORDS)]
    # (the country's name counts as one word, as "Kenya's" is)
    # (a channel's number inside the name is a word of it: "Channel 13 news")
    return (2 <= len(words) - max(owner - 1, 0) <= 5 and (medium or agency) and bool(name or owner)
            and all(w[:1].isupper() and w.lower() not in DETERMINERS or k and w.isdigit() for k, w in enumerate(name))
            and not any(w.lower() in en.PERSON_NOUNS or w.lower() in en.TITLES for w in name))


_POSSESSIVE_END = regex.compile(r"[’'](?:s)?$")


def _names_after_head(words: list[str], lows: list[str], head: str) -> bool:
    """Whether a plural head is a common noun (the first word, or in lower case)
    and the phrase's capitalised words all follow it ("Analysts at Jefferies")."""
    k = lows.index(head) if head in lows else -1
    if k < 0 or k > 0 and not words[k].islower():
        return False
    return all(not w[0].isupper() for w in words[1:k])


# the nouns that may end a broadcaster's service's name after its service words: "Fox News
# Channel", "Fox Business Network"
_SERVICE_NETWORK_NOUNS = frozenset(["channel", "network"])


def _outlet_service(phrase: str, words: list[str], lows: list[str], lexicon: Lexicon) -> bool:
    """Whether a phrase names an outlet's service or programme: its name and
    service words ("BBC Radio 4", "CNN International"), or that and a
    programme it airs ("BBC Radio 4's Today programme", "NBC's Meet the Press
    show")."""
    first = 1 if lows[0] == "the" else 0
    if len(words) <= first:
        return False
    if lows[-1] in _SERVICE_NETWORK_NOUNS and words[-1][:1].isupper() and (
            len(words) - first > 2 or len(words) - first == 2 and words[first].isupper() and len(words[first]) > 1) and (
            not _possessive(phrase)) and _kind(phrase[:phrase.rstrip().rfind(words[-1])].rstrip(), lexicon) == "outlet":
        # an outlet by its name, of initials or of more words, and its channel or network: "CNN
        # Channel", "Al Jazeera Channel", "Geo News Channel", "CBS Network" (not a name of one
        # word a surname may be, with the noun alone: "Fox Channel")
        return True
    if _POSSESSIVE_END.sub("", lows[first], 0, None, None, CONCURRENT) not in lexicon.outlet_names:
        if not (len(words) > first + 1 and lows[first] in en.BROADCASTER_NAME_WORDS and lows[first] not in MEDIUM_WORDS
                and lows[first] not in en.BROADCAST_OUTLET_NOUNS and words[first][:1].isupper() and not _possessive(phrase)
                and (len(words) > first + 2 and lows[first + 1] == "news" or lows[first + 1] in en.OUTLET_SERVICE_WORDS)):
            return False
        # a broadcaster's name and "News", the house of news its word alone may not name (a surname
        # too), before a service: "Fox News Digital", "Fox News Radio" (not a person of the service's,
        # "Fox News Digital's Ann Lee"); or its name and a service word alone: "Fox Business"
        first += lows[first + 1] == "news" and len(words) > first + 2
    rest = words[first + 1:]
    if rest and rest[-1][:1].isupper() and rest[-1].lower() in _SERVICE_NETWORK_NOUNS and not _possessive(phrase) and (
            len(rest) > 1 or lows[first] == "news"):
        # a service's channel or network: "Fox News Channel", "CNN International Channel", "Fox
        # Business Network" (not a known name's with the noun alone, "Fox Channel")
        return len(rest) == 1 or len(rest) <= 3 and all(w.lower() in en.OUTLET_SERVICE_WORDS and w[0].isupper() for w in rest[:-1])
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


# the words of a public service that end a state's body's short name after a place or a
# clipped one: "Cal Fire", "NSW Health", "Kent Police", "Queensland Ambulance" (a utility's
# or a railway's, "Sydney Water", "Network Rail", reads as a business's name)
_PUBLIC_SERVICE_NAME_ENDS = frozenset("health fire police ambulance transport rescue".split())


# the words of a public service that open a state's body's name before its place's: "Ambulance
# Victoria", "WorkSafe Victoria", "Transport for NSW", "Fire and Emergency New Zealand", "Sport
# England", "Tourism Australia" (and the fields of ``default_lexicon.STATE_SERVICE_FIELDS``)
_PLACE_SERVICE_WORDS = _PUBLIC_SERVICE_NAME_ENDS | en.STATE_SERVICE_FIELDS | frozenset(
    "worksafe safework emergency tourism biosecurity corrections customs housing roads waterways".split())
# the small words inside such a name
_PLACE_SERVICE_JOINERS = frozenset(["and", "for"])


def _service_of_a_place(words: list[str], lows: list[str]) -> bool:
    """Whether a name of two to six words in capitals (small joining words aside) is a public
    service's by what it does (``_PLACE_SERVICE_WORDS``, "Ambulance", "WorkSafe") before the place
    it serves, a state or a nation of ``place_names`` ("Ambulance Victoria", "Transport for NSW",
    "Fire and Emergency New Zealand"); not one after a given name or a title ("Ann Victoria",
    "Queen Victoria"), nor another word before a place ("Grandpa Bern", "Cricket Australia")."""
    if not 2 <= len(words) <= 6 or lows[0] == "the" or lows[0] in given_names() or lows[0] in en.TITLES:
        return False
    place = next((n for n in (3, 2, 1) if n < len(lows) and " ".join(lows[-n:]) in place_names()), 0)
    before = words[:-place] if place else []
    if not before or lows[len(before) - 1] in _PLACE_SERVICE_JOINERS or not all(
            w[:1].isupper() and w.isalpha() or lows[k] in _PLACE_SERVICE_JOINERS for k, w in enumerate(words)):
        return False
    return any(low in _PLACE_SERVICE_WORDS for low in lows[:len(before)])


def _maori_wellbeing_body(words: list[str], lows: list[str]) -> bool:
    """Whether a name of two to four words in capitals ends in Māori "Ora" (wellbeing, life), as
    New Zealand's Crown bodies of health and housing are named ("Te Whatu Ora", "Kāinga Ora",
    "Te Aka Whai Ora"), after no given name (the singer "Rita Ora")."""
    return 2 <= len(words) <= 4 and lows[-1] == "ora" and lows[0] not in given_names() and all(
        w[:1].isupper() and w.isalpha() for w in words)


def _public_service_name(words: list[str], lows: list[str]) -> bool:
    """Whether a name of two or three capitalised words ends in the word of a public service
    and opens with no given name nor title: a state's service ("Cal Fire", "NSW Health"), not a
    person whose surname the word is ("Ann Fire")."""
    return (2 <= len(words) <= 3 and lows[-1] in _PUBLIC_SERVICE_NAME_ENDS and all(w[:1].isupper() for w in words)
            and lows[0] not in given_names() and lows[0] not in en.TITLES and not any(w.endswith(POSSESSIVE_MARKS) for w in words))


def _health_of_a_place(words: list[str]) -> bool:
    """Whether the words before "Health" in a public service's short name name a place, a
    state's or a city's, or are its initials in capitals ("NSW Health", "Queensland Health",
    "Nova Scotia Health"), not a business's name ("Greyfield Health", "Atrium Health")."""
    place = " ".join(words).lower()
    return all(w.isupper() for w in words) or place in place_names() or place in city_names()


def _letters_after_name(words: list[str]) -> bool:
    """Whether a mention ends in letters after a person's name (``default_lexicon.POST_NOMINALS``),
    one or more, in capitals after a word of a name in capitals and small letters ("Lee KC",
    "Ann Lee AO", "Sir Tom Reid KBE", "Jo Hay MSP OBE"): not after initials ("ABC AM", the radio's
    programme), an article, nor a place's name ("Pakistan SC", its Supreme Court)."""
    k = len(words)
    while k > 1 and words[k - 1].isupper() and words[k - 1].lower().rstrip(".") in en.POST_NOMINALS:
        k -= 1
    if k == len(words) or not (name := words[k - 1])[:1].isupper() or name.isupper() or not name.replace("-", "").isalpha():
        return False
    low = name.lower()
    return low not in DETERMINERS and low not in place_names() and low not in city_names()


def _possessive(phrase: str) -> bool:
    return "’s " in phrase or "'s " in phrase


def capital_words(words: list[str]) -> list[str]:
    return [w for w in words[1:] if w[0].isupper()]


# Words that close a title after its noun for people ("attorney general", "professor emeritus")
POSTPOSITIVE_TITLES = frozenset(["general", "emeritus"])
