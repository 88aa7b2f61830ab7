"""Speakers of verb cues: the subject before the verb, read through appositives, relative
clauses, participles, coordination and asides ("Lee, who leads the council, said"); the
speaker after the verb ("Y, said Lee"); and where the speaker's mention ends.
"""

from __future__ import annotations

import bisect

import regex

from attribution import clauses, cues, kinds, sources, tokens
from attribution import default_lexicon as en
from attribution.default_rules.common import (
    COMMA_ENDS,
    LAST_WORD,
    aux_start,
    fronted_adverbial,
    lemma_past_form,
    possessor_mention,
    sentence_at,
)
from attribution.default_rules.hearers import (
    ADJUNCT_ONLY,
    NOUN_MARKERS,
    TELLING_VERBS,
    trailing_lead,
)
from attribution.layout import Sentence
from attribution.lexicon import (
    lemma,
    person_noun,
    verb_forms,
)
from attribution.rules import Candidate, Context
from attribution.tokens import WORD

# a clause of time, place, reason or contrast the infinitive stands in, with no mark inside it
_ADVERBIAL_CLAUSE_TO = regex.compile(
    r"(?<![\w’'-])(?:when|after|before|because|as|while|since|where|though|although)\s+"
    r"([^,;:()“”\"—–]{1,80}?)\s+to\s+$", regex.IGNORECASE)


def adverbial_clause_subject(ctx, s0: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of a clause of time, place or reason that an infinitive
    ends, with its verb between: "..., where fishermen gather to discuss the
    toll", "as crowds paused to remember ...": theirs, not the sentence's
    first subject's. None unless a verb stands between the subject and "to"."""
    text = ctx.text
    clause = _ADVERBIAL_CLAUSE_TO.search(text, max(s0, cue_start - 100), cue_start)
    if clause is None:
        return None
    verb = LAST_WORD.search(text, clause.start(1), clause.end(1))
    if verb is not None:
        # the noun phrase before the clause's verb and its auxiliaries: "as the crowds have paused to"
        src = sources.subject(text, clause.start(1), aux_start(text, clause.start(1), verb.start(1)), ctx.lexicon,
                              strong=True)
        if src is not None and src[0] == clause.start(1):
            return src
    # else the subject that opens the clause, with words after it
    src = sources.leading_subject(text, clause.start(1), clause.end(1), ctx.lexicon)
    if src is None or src[0] != clause.start(1) or not text[src[1]:clause.end(1)].strip():
        return None
    return src


# "and said", "but in a later interview said", "and on Monday announced": a time or occasion
# between the coordinator and the verb leaves the verb the first subject's; "nor" joins the
# second of two denied predicates ("Lee neither confirmed the report nor denied that Y")
COORDINATOR = regex.compile(
    r"(?<![^\s,])(?:and|but|nor)(?:\s+(?:in|on|at|during|after|last|this|later|earlier)\b[^,.;:“”\"\n]{0,40}?)?\s*$"
)


def head_before_past(text: str, m: regex.Match, end: int) -> bool:
    """Whether a cue word in "-s" that ends a source stands right before a verb in the
    past: no two finite verbs stand in a row, so it is the source's head noun ("Bank
    forecasts | showed slower growth"), not the name's own verb."""
    w = m.group()
    if m.end() != end or not w.islower() or not w.endswith("s") or w.endswith("ss"):
        return False
    after = _WORD_RIGHT_AFTER.match(text, end, end + 24)
    return after is not None and kinds.past_form(after.group(1))


# the word after a source, with only spaces before it: "Bank forecasts | showed"
_WORD_RIGHT_AFTER = regex.compile(r"[^\S\n]+(\p{Ll}+)(?![\w’'-])")

# Words that open a noun phrase, capitalised at a sentence's start: no name before a verb
OPENS_NOUN_PHRASE = NOUN_MARKERS | frozenset("some many most all both several few no every each any other another".split())


def head_before_verb(text: str, m: regex.Match, following: regex.Match | None) -> bool:
    """Whether a cue word in "-s" stands right before a finite cue of saying, with
    only a space between: a plural noun heading that verb's subject ("Local
    witnesses said"), as a verb in "-s" takes an object or a clause before another."""
    if following is None or following.start() - m.end() > 2 or text[m.end():following.start()].strip():
        return False
    word, verb = m.group(), following.group().lower()
    return word.islower() and word.endswith("s") and not word.endswith("ss") and verb in FINITE_SAYING


def inside_next_subject(ctx: Context, sentence: Sentence, c: Candidate, following: regex.Match) -> bool:
    """Whether the cue of ``c``, opening with a word of what is to come right after its source
    ("expected", "set", "due"), and that source lie inside the subject of the finite cue that
    follows a few words into its content with no mark nor clause's word between: "A man
    [expected to testify] told reporters", "The official [expected to lead the talks] said":
    the word and its infinitive go on the noun, no verb of the clause (no two finite verbs
    share a subject; "Lee is expected to say the mayor told him": the walk from "told" stops);
    so do a passive participle and its preposition on people: "Residents [questioned about the
    fire] said"."""
    text = ctx.text
    cue_start, cue_end = c.cue[0][0], c.cue[-1][1]
    if not c.content or not c.content[0][0] <= following.start() <= c.content[0][1] or following.start() < cue_end:
        return False
    first = WORD.match(text, cue_start, cue_end, tokens.CONCURRENT)
    if first is None or text[c.source[1]:cue_start].strip() or first.group() not in sources.PROSPECT_WORDS and not (
            # ("Residents [questioned about the fire] said": a passive participle's phrase on people)
            first.group().islower() and sources.passive_clause_on_people_at(text, c.source[0], cue_start, following.start())
            # (a finite verb after the preposition's object, not its object: "Fans responded with | chants")
            and text[max(cue_start, following.start() - 16):following.start()].rstrip().rpartition(" ")[2].lower() not in _OBJECT_PREPOSITIONS):
        return False
    verb = following.group().lower()
    if not verb.islower() or verb.endswith("ing") or lemma(verb) == verb and verb not in en.IRREGULAR_PASTS:
        return False  # (a finite form only: a past or a present in "-s")
    between = text[cue_end:following.start()]
    if len(between) > _NEXT_SUBJECT_REACH or not _PLAIN_WORDS.fullmatch(between):
        return False
    whole = sources.subject(text, sentence.start, following.start(), ctx.lexicon, strong=True)
    return whole is not None and whole[0] <= c.source[0] and whole[1] >= cue_end


# how far into a content a finite cue whose subject takes in the cue before it may stand, and the
# words that may stand between: "expected to lead the talks | said", no mark nor clause's word
_NEXT_SUBJECT_REACH = 60

_PLAIN_WORDS = regex.compile(
    r"(?:[^\S\n]+(?!(?:that|who|which|and|but|or|as|when|while|because|if|whether)\b)[\w’'-]+)*[^\S\n]*",
    regex.IGNORECASE)

# the prepositions after which a word that may be a verb is their object
_OBJECT_PREPOSITIONS = frozenset("in of for from at with on to by into about over regarding concerning".split())

# finite forms of the commonest verbs of saying, which a plural subject's head stands right before
FINITE_SAYING = frozenset("said say says told tell tells added add adds wrote write writes".split())


def trailing_subject(ctx: Context, sentence: Sentence, cue_start: int, cue_end: int,
                     aside: bool = False) -> tuple[int, int] | None:
    """The subject of a verb of saying that trails its report, weak where it
    stands: "Y, the engineer warned." A comma before the subject and nothing
    but adjuncts after the cue make the frame sure, whatever noun heads the
    subject; with ``aside``, a comma after them too, the cue's clause an aside
    in its sentence ("The levy, the tribunal ruled, does not apply.")."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    rest = text[clauses.skip_post_adjuncts(text, cue_end, s1):s1]
    if rest.strip(clauses.CLOSE_PUNCT + "\"”’')") and not (aside and rest.lstrip().startswith(",")):
        return None
    src = sources.subject(text, s0, cue_start, ctx.lexicon, strong=True)
    if src is None or not text[s0:src[0]].rstrip().endswith(COMMA_ENDS):
        return None
    return src


def subject_after_quotation(ctx: Context, close: int, cue_start: int, strong: bool) -> tuple[int, int] | None:
    """The subject of a cue after the quotation that opens the sentence and its
    comma, longer than a walk from the sentence's start allows: the clause opens
    at the comma, "“...,” energy experts Ann Lee and Tom Roe of the Institute for
    Energy Studies wrote." The subject must run to that comma."""
    text = ctx.text
    lo = close + 1 if text.startswith(",", close) else close
    if not text[close - 2:lo].endswith(COMMA_ENDS):
        return None
    src = sources.subject(text, lo, cue_start, ctx.lexicon, strong=strong)
    if src is None or text[lo:src[0]].strip():
        return None
    return src


def quoted_person(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The one quoted between "quoted" and its "as saying" ("quoted the minister as saying"):
    the subject the walk reads there, or all the words between, less an adverb before them."""
    text = ctx.text
    return _strip_leading_adverb(text, *(sources.subject(text, start, end, ctx.lexicon) or clauses.trim(text, start, end)))


# The words between a subject and the "to" of its infinitive, when they are its predicate
# alone ("took to the airwaves", "is correct", "visited the port on Friday"): a few words,
# no mark that sets off an aside and no word that opens a clause of its own
_PREDICATE_TO = regex.compile(
    # (each word read whole: "has" is no "h" before an "as"; a comma closes an aside after the
    # subject: "Lee, a pilot, is proud to announce")
    r",?[^\S\n]+(?!(?:who|which|that|and|but|or|as|when|while|because|after|before|if)\b)[a-z][\w’'-]*"
    r"(?:[^\S\n]+(?!(?:who|which|that|and|but|or|as|when|while|because|after|before|if)\b)[\w’'-]+){0,6}[^\S\n]+$",
    regex.IGNORECASE)


def predicate_start(text: str, src: tuple[int, int], to: int) -> int:
    """Where the cue of an infinitive starts, given its "to" or the catenative verb
    before it (``to``): at the predicate right after its subject ("Lee took to the
    radio to say", "Lee is continuing to insist"), as annotators mark it, else there
    ("..., visiting the port to say")."""
    if src[1] <= to and to - src[1] <= 80 and _PREDICATE_TO.fullmatch(text, src[1], to) is not None and not any(
            lemma(w.lower()) in en.RAISING_VERBS or lemma(w.lower()) in en.PASSIVE_RAISERS or w.endswith("ing")
            for w in WORD.findall(text, src[1], to)):
        # (but "seemed ready to say", "are expected to show": an impression that the
        # raising rule reads, no predicate of the infinitive's report; nor "was criticized
        # for using the term to describe": the infinitive is the gerund's)
        return clauses.skip_space(text, src[1] + text.startswith(",", src[1]), to)
    return to


# a noun and a subject pronoun after it that opens a clause with no "who": "Nurses | I talked to"
_NOUN_BEFORE_PRONOUN = regex.compile(r"(?<![\w’'-])([\w’'-]+)[^\S\n]+(?:I|we|you|he|she|they)[^\S\n]+\p{Ll}+[^\S\n]+to\Z")


def contact_clause_before(ctx: Context, s0: int, to_end: int) -> bool:
    """Whether the "to" ending at ``to_end`` is the stranded preposition of a
    clause with no "who" after a noun, the verb after it the noun's: "Nurses
    I talked to say" (not "Lee said he wrote to say", where a verb stands
    before the pronoun, nor "He wrote to say", which has no noun before it)."""
    text = ctx.text
    if not sources.ends_in_stranded_preposition(text, s0, to_end):
        return False
    noun = _NOUN_BEFORE_PRONOUN.search(text, max(s0, to_end - 60), to_end)
    if noun is None:
        return False
    word = noun.group(1).lower()
    return not (word in en.CLAUSE_BOUNDARIES or word in en.SUBORDINATORS or word in en.AUXILIARIES
                or ctx.lexicon.cue_prior(word) > 0 or lemma(word) != word and not word.endswith("s"))


def subject_with_its_phrase(ctx: Context, s0: int, src: tuple[int, int] | None, hi: int) -> tuple[int, int] | None:
    """The subject that opens a sentence, with the phrase after its noun that
    the reading from the sentence's start stops at ("A paper | from the Lee
    Institute had this to say"): read back from the finite verb after that
    phrase, the subject takes it in, and the cue starts at the verb."""
    text = ctx.text
    if src is None or _NOUN_PHRASE_PREPOSITION.match(text, src[1], hi) is None:
        return src
    for m in WORD.finditer(text, src[1], hi, tokens.CONCURRENT):
        w = m.group()
        if w in en.AUXILIARIES or kinds.past_form(w):
            whole = sources.subject(text, s0, m.start(), ctx.lexicon, strong=True)
            return whole if whole is not None and whole[0] == src[0] and whole[1] > src[1] else src
    return src


# a preposition that opens a phrase inside a noun phrase ("a paper from the institute")
_NOUN_PHRASE_PREPOSITION = regex.compile(r"[^\S\n]+(?:of|from|for)[^\S\n]")

# a subject that is a relative pronoun ("who", "which", "that"), or opens with "whose" ("whose campaign")
_RELATIVE_SUBJECT = regex.compile(r"(?:who|which|that)|whose\s.+", regex.IGNORECASE | regex.DOTALL)


def relative_subject(text: str, s0: int, subject: tuple[int, int]) -> bool:
    """Whether a subject is a relative pronoun after a word of its sentence ("Lee,
    who", "jobs that"), not a "that" which opens the sentence."""
    if not _RELATIVE_SUBJECT.fullmatch(text, subject[0], subject[1]):
        return False
    before = text[max(s0, subject[0] - 3):subject[0]].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",—–(")


# a relative pronoun right before the cue: "voters who seem to be leaving"
RAISED_RELATIVE = regex.compile(r"(?<![^\s,])(who|which|that)\s+$", regex.IGNORECASE)

# a preposition and its short object after the subject's head: "The economics of clean energy appear"
_OBJECT_AFTER_HEAD = regex.compile(
    r"\s(?:of|for|from|in|on|at|with|about|over|among|between|behind)\s+[^\s,;:()—–\"“”]+(?:\s+[^\s,;:()—–\"“”]+){0,4}\s*$",
    regex.IGNORECASE)

# a preposition right before a subject the walk found: "The tensions between | supporters ..."
_PREPOSITION_BEFORE = regex.compile(r"\s(?:of|for|from|in|on|at|with|about|over|among|between|behind)\s+$", regex.IGNORECASE)

# a participle opening an aside after the subject's noun: ", headed by ...", ", purported to be ..."
_PARTICIPLE_ASIDE = regex.compile(r",\s+(?:\w+ly\s+)?(?!including\b)[a-z]\w*(?:ed|ing)\b")


def raised_subject(ctx: Context, s0: int, cue_start: int, strong: bool) -> tuple[int, int] | None:
    """The subject a raising cue takes into its content. Annotators keep a relative
    pronoun as it stands ("who … to be leaving"), and the subject need not be one
    who could speak, so a head with a preposition's object is whole ("Enthusiasm
    for Clinton appears"), where the walk for a source stops at the preposition."""
    text, lex = ctx.text, ctx.lexicon
    relative = RAISED_RELATIVE.search(text, max(s0, cue_start - 8), cue_start)
    if relative is not None:
        return relative.span(1)
    found = sources.subject(text, s0, cue_start, lex, strong=strong)
    if found is None:
        tail = _OBJECT_AFTER_HEAD.search(text, max(s0, cue_start - 60), cue_start)
        head = sources.subject(text, s0, tail.start(), lex) if tail is not None else None
        if head is None or head[1] != tail.start():
            return None
        lo = max(s0, cue_start - 8)  # (the subject ends before the space ahead of the cue: a few characters read)
        found = head[0], lo + len(text[lo:cue_start].rstrip())
    # the walk may stop at a preposition inside the subject: "The tensions between
    # supporters and protesters seem ...", take in the head before it
    for _ in range(3):
        prep = _PREPOSITION_BEFORE.search(text, max(s0, found[0] - 16), found[0])
        head = sources.subject(text, s0, prep.start(), lex) if prep is not None else None
        if head is None or head[1] != prep.start():
            break
        found = head[0], found[1]
    # "The statistics, purported to be ..., appear": annotators leave a participle's aside out
    aside = _PARTICIPLE_ASIDE.search(text, found[0], found[1])
    return (found[0], aside.start()) if aside is not None else found


# what may stand between an aside's closing comma and its subject's verb: "..., on Monday said",
# "..., however, told"; the verb is the group's last word
_AFTER_ASIDE = regex.compile(r"\s*(?:(?:also|however|later|then|today|yesterday|on \w+day|\w+ly),?\s+)*(\w+)")


def subject_aside(ctx: Context, sentence: Sentence, cs: int, ce: int) -> tuple[int, str] | None:
    """The comma that closes an aside opened by the participle at ``cs`` right after the
    sentence's subject and its comma, and the word after it where the subject's verb stands
    ("Justice Rao, writing for the bench, | said", "Lee, pleading for an inquiry, | wept");
    None when no such aside is seen."""
    text, s0 = ctx.text, sentence.start
    comma = text.rfind(",", s0, cs)
    if comma < 0 or text[comma + 1:cs].strip():
        return None
    subject = sources.leading_subject(text, s0, comma, ctx.lexicon)
    if subject is None or text[subject[1]:comma].strip():
        return None
    return aside_comma(ctx, sentence, ce)


def aside_comma(ctx: Context, sentence: Sentence, pos: int) -> tuple[int, str] | None:
    """The first comma from ``pos`` that may close an aside, and the word after it where a
    verb of the subject's would stand (adverbs and a day skipped); None when there is none."""
    close = clauses.clause_comma(ctx, pos, sentence.end)
    verb = _AFTER_ASIDE.match(ctx.text, close + 1, sentence.end) if close < sentence.end else None
    return None if verb is None else (close, verb.group(1))


def aside_before_saying(ctx: Context, sentence: Sentence, cs: int, ce: int) -> bool:
    """Whether the participle at ``cs`` opens an aside set off by commas between
    the sentence's subject and that subject's verb of saying: "Justice Rao,
    writing for the bench, said ...", "An aide, preferring to remain anonymous,
    told ..."."""
    found = subject_aside(ctx, sentence, cs, ce)
    if found is None:
        return False
    word = found[1].lower()
    return word != lemma(word) and (lemma(word) in en.THAT_VERBS or lemma(word) in TELLING_VERBS)


# the tail of a report a participle may follow: "..., the judge said, | writing ...", "...,
# said the judge, | writing ...", "..., she added on Monday, | writing ..." (the subject and
# the verb in either order, a few words of time after them)
_REPORT_TAIL_BEFORE = regex.compile(
    r",[”\"’]?[^\S\n]+(?P<tail>[^,;:\n]{1,60}?)(?:[^\S\n]+(?:on[^\S\n]+\w+day|today|yesterday|later))?,[^\S\n]*$")

# the most words such a tail holds: a verb and a subject of a post and a name
_REPORT_TAIL_WORDS = 7


def tail_before_participle(ctx: Context, sentence: Sentence, cs: int) -> bool:
    """Whether the participle at ``cs`` follows, after a comma, a report's tail
    that closes its clause: "“Y,” Justice Rao said, writing for the bench." (how
    she came to say it, as in the aside "Justice Rao, writing for the bench,
    said ...")."""
    text = ctx.text
    m = _REPORT_TAIL_BEFORE.search(text, max(sentence.start, cs - 80), cs)
    if m is None:
        return False
    words = m.group("tail").split()
    return len(words) <= _REPORT_TAIL_WORDS and any(
        w != lemma(w) and (lemma(w) in en.THAT_VERBS or lemma(w) in TELLING_VERBS)
        for w in (words[0], words[-1]) if w.islower())


# ", and", ", but": a second clause, with a subject of its own, may open after it; so may a
# clause of place, time or manner the participle ends ("where crowds gathered, chanting",
# "as he accepted the award, thanking", "in which children play, yelling")
_COORDINATED_CLAUSE = regex.compile(
    r",\s+(?:and|but|yet|though|although|whereas)\s+|(?<![^\s,])(?P<sub>where|in\s+which|as|while|when|after|because)\s+")

# subordinators that are prepositions too ("after the vote", "because of it"): their clause is read
# only when a comma closes it before the participle
_CAUSE_OR_TIME_LEADS = frozenset(["after", "because"])

def _speaking_subject(ctx: Context, lead: tuple[int, int]) -> bool:
    """Whether a main clause's subject is one who speaks: a person, a body or a group (not a
    plural that opens the sentence, which reads as a name: "Shares fell after ...")."""
    found = kinds.kind(ctx.text, *lead, ctx.lexicon)
    return found in _SPEAKING_KINDS and not (found == "person" and kinds.plural(ctx.text[lead[0]:lead[1]].lower()))


# the kinds of a main clause's subject that a participle goes on before a paper in its clause of time
_SPEAKING_KINDS = frozenset(["person", "organization", "government", "group"])

# a relative clause between a clause of time and a participle holds the participle ("when
# he worked on ads that began by citing ...": the ads')
_RELATIVE_BETWEEN = regex.compile(r"\b(?:that|which|who)\b")

# how far before a participle the clause it ends may open
_CLAUSE_WINDOW = 200

# a relative pronoun a participle's clause may open with, and how far before the participle
_RELATIVE_PRONOUN = regex.compile(r"\b(?:who|which)\b")

_RELATIVE_WINDOW = 150

# a mark that ends a relative clause before a participle ("Lee, who ..., left, saying")
_RELATIVE_CLOSERS = regex.compile(r"[,;:()\"“”—–]|\s-{1,2}\s")

# words before "who" that make it an interrogative, no relative pronoun ("asked who ...")
_INTERROGATIVE_LEADS = frozenset("asked ask asks asking know knows knew wonder wondered about of on to as".split())

# prepositions whose object the pronoun is, no subject of its clause ("a meeting in which the board ...")
_PRONOUN_PREPOSITIONS = frozenset("in of for from at with on to by into through under among upon over".split())


def relative_pronoun_subject(ctx: Context, sentence: Sentence, cs: int, aside: bool = False) -> tuple[int, int] | None:
    """The relative pronoun whose clause holds a participle: "Lee, who was
    distracted while saying goodbye", "the mayor, who spent the speech
    defending the plan" (the pronoun, as for a verb of saying in that clause);
    None when a mark closes the clause before the participle. With ``aside``,
    only a clause set off by a comma or a dash: a second verb after a clause
    that restricts its noun may be the sentence's ("He praised those who left
    but said ...")."""
    text = ctx.text
    last = None
    for m in _RELATIVE_PRONOUN.finditer(text, max(sentence.start, cs - _RELATIVE_WINDOW), cs, False, tokens.CONCURRENT):
        last = m
    if last is None or _RELATIVE_CLOSERS.search(text, last.end(), cs) or ctx.layout.inside_quote(last.start()):
        return None
    before = text[max(sentence.start, last.start() - 30):last.start()].rstrip()
    word = regex.search(r"(\w+)\W*\Z", before)
    if not before or word is None or (not before.endswith(",") and word.group(1).lower() in _INTERROGATIVE_LEADS) or (
            not before.endswith(",") and word.group(1).lower() in _PRONOUN_PREPOSITIONS) or (
            aside and not before.endswith((",", "—", "–", "-", "("))):
        return None
    return last.span()


# a pronoun that is only ever a subject, right after a comma, and its verb: "..., he laughed"
_PRONOUN_AFTER_COMMA = regex.compile(r",\s{1,3}(he|she|they|we|I)\s{1,3}(?:[a-z]+ly\s{1,3})?([a-z]+)\s")


def subject_after_last_comma(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
    """The subject pronoun of the main clause after a fronted one, for a verb
    coordinated with that clause's own: "When Lee was asked ..., he laughed and
    said ..." (his, not a walk from the sentence's start into the fronted
    clause). The last pronoun after a comma before the verb, with a finite verb
    of its own right after it and no comma between it and the cue."""
    text = ctx.text
    last = None
    for m in _PRONOUN_AFTER_COMMA.finditer(text, max(sentence.start, cs - _CLAUSE_WINDOW), cs, False, tokens.CONCURRENT):
        last = m
    if last is None or "," in text[last.end(1):cs] or ctx.layout.inside_quote(last.start()):
        return None
    verb = last.group(2)
    finite = verb in en.AUXILIARIES or lemma(verb) != verb or verb.endswith("ed")
    return last.span(1) if finite else None


def coordinated_clause_subject(ctx: Context, sentence: Sentence, cs: int, joined: bool = False) -> tuple[int, int] | None:
    """The subject of the last clause coordinated before a participle, or of
    the clause of place, time or manner it ends, when that clause has a
    subject and a verb of its own: "The port shut, and the union sued the
    board, saying ..." (the union's), "..., where crews had gathered, chanting
    ..." (the crews'). A verb ``joined`` by "and" to that clause's verb goes on
    it too ("after the bank held rates and said ...")."""
    text = ctx.text
    found = [m for m in _COORDINATED_CLAUSE.finditer(text, max(sentence.start, cs - _CLAUSE_WINDOW), cs, False, tokens.CONCURRENT)
             if not ctx.layout.inside_quote(m.start())]
    joined = joined and _AND_RIGHT_BEFORE.search(text, max(sentence.start, cs - 6), cs) is not None
    while found:
        src = _clause_subject(ctx, sentence, found.pop(), cs, joined)
        if src is not _NO_CLAUSE:
            return src
    return None


# a relative clause open, with no mark since its pronoun, where a clause of time opens
_RELATIVE_BEFORE_CLAUSE = regex.compile(r"(?<![\w’'-])(?:who|which)\s[^,;:()“”\"—–]*$", regex.IGNORECASE)

# what _clause_subject finds when an "after" or "because" opens no clause but a preposition's noun phrase
_NO_CLAUSE = (-1, -1)


def _clause_subject(ctx: Context, sentence: Sentence, last: regex.Match, cs: int, joined: bool = False) -> tuple[int, int] | None:
    """The subject of the clause ``last`` opens, for a participle at ``cs`` (see
    coordinated_clause_subject); ``_NO_CLAUSE`` when "after" or "because" opens none.
    A verb ``joined`` to the clause's by "and", no comma between, needs no comma closing
    the clause, only a subject that may speak, no pronoun ("Shares fell after the firm cut
    its forecast and said ...": the firm's; "Lee left after the rain stopped and said ...": Lee's)."""
    text = ctx.text
    if last.group("sub") is not None and (
            _RELATIVE_BETWEEN.search(text, last.end(), cs) or "," in text[last.end():cs].rstrip().rstrip(",")):
        # a relative clause holds the participle ("when he worked on ads that began by citing"); a
        # comma closed the clause of time before the main one ("When I asked, he smiled and said")
        return None
    if last.group("sub") is not None and _RELATIVE_BEFORE_CLAUSE.search(
            text, max(sentence.start, last.start() - _RELATIVE_WINDOW), last.start()):
        # the clause of time is a relative clause's ("met a clerk who said he quit after he was
        # fined, saying ..."): the participle goes on the sentence's own clause
        return None
    src = sources.leading_subject(text, last.end(), cs, ctx.lexicon)
    sub = (last.group("sub") or "").lower()
    if sub in _CAUSE_OR_TIME_LEADS and not joined and not text[sentence.start:cs].rstrip().endswith(","):
        return _NO_CLAUSE  # (an "after" or "because" clause is the participle's only when a comma closes it)
    if src is None and sub:
        src = _body_subject(text, last.end(), cs)  # "after the packaging maker cut its forecast"
    if src is None:
        return None
    if sub in _CAUSE_OR_TIME_LEADS and (text[src[0]:src[1]].lower() in en.PRONOUNS or joined and not sources.is_speaker(
            text, *src, ctx.lexicon, strong=True)):
        # (a pronoun there is as often the main clause's object: "Lee embraced Roe after he won and said ...",
        # "Lee apologised for the columns after they came out, saying ...")
        return _NO_CLAUSE
    lead = sources.leading_subject(text, sentence.start, cs, ctx.lexicon)
    if lead is not None and lead[0] < last.start() and lead[1] >= src[1]:
        return None  # "Ann Lee, Tom Roe, and Ray Fox toured ...": the "and" ends a list of names, no clause
    if (sub in _CAUSE_OR_TIME_LEADS and lead is not None and lead[1] <= last.start()
            and kinds.kind(text, *src, ctx.lexicon) == "document" and _speaking_subject(ctx, lead)):
        # "The board apologised after a paper contained an error, saying ...", "Lee resigned after
        # the report was published, saying ...": a paper in the clause of time, one who speaks before it
        return _NO_CLAUSE
    verb = WORD.search(text, src[1], cs)
    if verb is None or verb.end() >= cs or text[src[1]:verb.start()].strip():
        return None
    word = verb.group()
    if sub in _CAUSE_OR_TIME_LEADS and (word.endswith("ing") or word.endswith("s") and word not in en.AUXILIARIES):
        return _NO_CLAUSE  # "after the Orlando shooting", "after the Paris attacks": a preposition's noun phrase, no clause
    # a verb right after the subject: a clause, not a list of names ("..., and Lee for criticizing ...")
    # (or a common irregular past, which the lemma table may not know, joined to a verb of saying by "and"
    # after a subordinator, or in a clause coordinated by a comma and "and": "..., and a neighbour came in and
    # told me"; a clause of place may be a cleft's: "That's where the mayor stood, calling ...")
    finite = word in en.AUXILIARIES or lemma(word) != word or word in en.IRREGULAR_PASTS and (
        joined or last.group("sub") is None) or (
        word.islower() and word.endswith(("ed", "s")) and not word.endswith("ss") and word not in _NOT_IN_DETERMINED)
    if not finite and last.group("sub") is not None and word.isalpha() and word.islower() and word not in ADJUNCT_ONLY:
        # "after the maker cut its forecast": a bare past before its object's determiner, in a clause
        # a subordinator opened (which must hold a verb)
        after = WORD.match(text, verb.end() + 1, cs, tokens.CONCURRENT)
        finite = after is not None and text[verb.end():after.start()].strip() == "" and after.group().lower() in _BODY_DETERMINERS
    return src if finite else None


# "that" or a verb of saying right before a clause's subject
_CLAUSE_OPENER = regex.compile(r"(?<![\w’'-])(?:that|[a-z]+)\s+$")


def perfect_clause_subject(ctx: Context, sentence: Sentence, cue_start: int, form: str) -> tuple[int, int] | None:
    """The subject of a reported clause in the perfect that a verb in -ed after "and" goes on
    ("said that the general had congratulated the troops and promised ...": the general
    promised); None unless that clause follows "that" or a verb of saying."""
    text, s0 = ctx.text, sentence.start
    if not form.endswith("ed") or not _AND_RIGHT_BEFORE.search(text, max(s0, cue_start - 6), cue_start):
        return None
    perfect = clauses.perfect_before(text, max(s0, cue_start - _CLAUSE_WINDOW), cue_start)
    if perfect is None or ctx.layout.inside_quote(perfect.start()):
        return None
    src = sources.subject(text, s0, perfect.start(), ctx.lexicon, strong=True)
    if src is None or not sources.can_report(text, *src, ctx.lexicon):
        return None  # ("said flu cases had risen and urged ...": cases urge nothing; the source did)
    lead = _CLAUSE_OPENER.search(text, max(s0, src[0] - 24), src[0])
    if lead is None:
        return None
    word = lead.group().strip().lower()
    if not (word == "that" or lemma(word) in en.THAT_VERBS) or not clauses.past_report_before(text, src[0]):
        return None
    return src


_AND_RIGHT_BEFORE = regex.compile(r"(?<![\w’'-])and\s+$")

# what opens a noun phrase that names a body or a person by its work, and how many words it may hold
_BODY_DETERMINERS = frozenset("the a an its their his her our".split())

_BODY_WORDS = 4


def _body_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A determined noun phrase at ``lo`` headed by a word for a body or for people by their
    work ("the packaging maker", "the central bank", "a local official"), which the tables may
    seldom find in a source: the subject of a clause of time or cause."""
    words = list(WORD.finditer(text, lo, min(hi, lo + 80), False, tokens.CONCURRENT))
    if len(words) < 3 or words[0].group().lower() not in _BODY_DETERMINERS or text[lo:words[0].start()].strip():
        return None
    for k in range(1, min(len(words) - 1, _BODY_WORDS)):
        low = words[k].group().lower()
        if not words[k].group().islower() or text[words[k - 1].end():words[k].start()].strip():
            return None
        if low in en.ORGANIZATION_WORDS or low in en.GOVERNMENT_WORDS or person_noun(low):
            return words[0].start(), words[k].end()
    return None


# "It was at the rally that", "It is a shame that", "It has not helped that": an expletive "it"
# whose "that" clause holds the subject; not "It has warned that" (the "it" of a report)
_EXTRAPOSED_IT = regex.compile(
    r"[Ii]t\s+(?:(?:is|was|[’']s)\b|(?:also\s+)?(?:(?:has|had|did|does)(?:\s+not|n[’']t)?\s+)?(?:helped|helps|help|hurt|hurts)\b)"
    r"[^,;:“”\"]{0,60}?\bthat\s+")


def extraposed_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
    """The subject of the "that" clause after an expletive "it" that opens the
    sentence, for a participle after it: in "It was at the rally that Lee spoke,
    pointing to ..." the pointing is Lee's, not the "it"'s."""
    text = ctx.text
    start = clauses.skip_space(text, sentence.start, cs)
    if text[start:start + 2] not in ("It", "it"):
        return None
    m = _EXTRAPOSED_IT.match(text, start, cs)
    return sources.leading_subject(text, m.end(), cs, ctx.lexicon) if m else None


# a verb of beginning, going on or stopping right before a cue in "-ing": the cue is that verb's
_ASPECT_BEFORE = regex.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(sources.ASPECT_VERBS | {"begun"})) + r"|(?:"
                               + "|".join(sorted(sources.PERCEIVED_PARTICIPLES)) + r")" + sources.CAUGHT_ON + r")\s+$",
                               regex.IGNORECASE)


def aspect_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
    """The subject of a verb of aspect the cue in "-ing" follows, whatever clause
    it stands in: "Lee spoke before the crowd began chanting that ...", "as more
    workers have begun urging ...": the crowd and the workers report; so after a participle of
    being caught or heard in the act: "the senator was overheard saying ...", the senator's."""
    aspect = _ASPECT_BEFORE.search(ctx.text, max(sentence.start, cs - 32), cs)
    if aspect is None:
        return None
    # past its auxiliaries and adverbs: "the crowd immediately began", "workers have begun"
    end = aux_start(ctx.text, sentence.start, aspect.start())
    return sources.subject(ctx.text, sentence.start, end, ctx.lexicon, strong=True)


# the participle of an absolute phrase before an infinitive: "with Lee taking to the radio to ..."
_ING_BEFORE_TO = regex.compile(r"(?<![\w’'-])[a-z]{2,}ing(?![\w’'-])[^,;:!?()“”\"—–]*?\s+to\s+$", regex.REVERSE)


def absolute_before_infinitive(ctx: Context, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
    """The subject of an absolute phrase whose participle an infinitive goes on
    from: "..., with Lee taking to the radio to call the plan a fraud" (Lee's)."""
    ing = _ING_BEFORE_TO.search(ctx.text, max(sentence.start, cue_start - 80), cue_start)
    return participle_subject(ctx, sentence, ing.start()) if ing is not None else None


# "and" or "or" right before a participle that coordinates it with an earlier one
_AND_BEFORE = regex.compile(r"(?<![\w’'-])(?:and|or)\s+$", regex.IGNORECASE | regex.REVERSE)

# an earlier participle in the same phrase: no mark that ends a clause between it and "and"
_EARLIER_ING = regex.compile(r"(?<![\w’'-])[a-z]{2,}ing(?![\w’'-])[^.;:!?()“”\"—–]*?$", regex.REVERSE)

# how far before "and" the participle it coordinates with may stand
_COORDINATED_PARTICIPLE_REACH = 100


def coordinated_participle_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
    """The subject of an earlier participle that a participle after "and" is
    coordinated with, when that one has a subject of its own: the noun it
    modifies or the noun of its absolute phrase ("..., with officers praising
    the plan and vowing to ...", "an ad featuring voters telling their stories
    and criticizing the toll"); None when the earlier one takes the sentence's
    subject, as the chain after this does."""
    text = ctx.text
    lo = max(sentence.start, cs - _COORDINATED_PARTICIPLE_REACH)
    m = _AND_BEFORE.search(text, lo, cs)
    if m is None:
        return None
    earlier = _EARLIER_ING.search(text, lo, m.start())
    if earlier is None:
        return None
    return participle_subject(ctx, sentence, earlier.start()) or modified_noun(ctx, sentence, earlier.start())


# a relative pronoun that opens a clause with no mark before it, and no mark inside the clause
_RESTRICTIVE_RELATIVE = regex.compile(r"(?<![\w’'-])(?:who|that|which)(?:’d|'d)?\s+[^,;:!?()“”\"—–]*$",
                                      regex.IGNORECASE | regex.REVERSE)

_RELATIVE_CLAUSE_CHARS = 200


def head_before_relative(ctx: Context, sentence: Sentence, src: tuple[int, int]) -> tuple[int, int] | None:
    """The subject that opens the sentence, when the mention found before a
    cue is inside that subject's relative clause, its verb's object: "Local
    groups that have endorsed Lee say ...", "Crews who would rather be
    fishing with Lee said ...": the groups and the crews speak. Not a mention
    right after the pronoun, the subject of the clause's own verb ("the plan
    that Lee said would ...")."""
    text = ctx.text
    # (read within a window: a sentence with no end and no pronoun would be read back whole per cue)
    rel = _RESTRICTIVE_RELATIVE.search(text, max(sentence.start, src[0] - _RELATIVE_CLAUSE_CHARS), src[0], tokens.CONCURRENT)
    if rel is None or not text[rel.start():src[0]].split(None, 1)[1:] or rel.start() - sentence.start > _RELATIVE_CLAUSE_CHARS:
        return None  # (the subject the clause goes on opens the sentence: it stands near its start)
    if (words := text[rel.start():src[0]].split(None, 2))[0].lower() == "that" and words[1].lower() in en.TIME_WORDS:
        return None  # "Later that week he said": "that" determines a fronted time, no relative pronoun
    lead = sources.leading_subject(text, sentence.start, rel.start(), ctx.lexicon)
    if lead is None or lead[1] != len(text[lead[0]:rel.start()].rstrip()) + lead[0]:
        return None
    return lead


def participle_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
    """The subject of a participle in an absolute phrase: "..., with Lee saying
    that ...". The noun phrase after "with", when it is a speaker."""
    text, s0 = ctx.text, sentence.start
    absolute = _WITH_NOUN.search(text, max(s0, cs - 120), cs)
    if absolute is None or (absolute.start() > s0 and not _ABSOLUTE_OPENS.search(text, s0, absolute.start())):
        return None
    src = sources.subject(text, absolute.start(1), cs, ctx.lexicon, strong=True)
    return src if src is not None and src[0] == absolute.start(1) else None


def modified_noun(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
    """The noun a participle right after it modifies, as a relative clause
    would: "groups backing Lee", "the ledgers showing that ...", "a group
    backing Lee", "footage of Lee talking about ...". A plural, a noun that
    heads speakers, a singular noun after "a" or "the", or a name after a
    preposition, with no comma between, and the determiner or names before
    it. Not a thing one issues, as the object of the verb that issues it
    ("sent out pitches urging ...": the sender's), nor the hearer of one ("a
    pitch to voters saying ..."), nor an occasion ("opened a rally blasting ...")."""
    text = ctx.text
    lo = max(sentence.start, cs - 60)
    words = list(WORD.finditer(text, lo, cs, False, tokens.CONCURRENT))
    if not words or text[words[-1].end():cs].strip():
        return None
    head = words[-1].group()
    low = head.lower()
    if low in _TIME_NOUNS or low in en.TIME_WORDS or low in sources.ASPECT_VERBS or low == "turns":
        return None  # "a statement Tuesday questioning ...": when it was issued
    if _SPENT_TIME.search(text, lo, cs, tokens.CONCURRENT):
        return None  # "Lee spent much of the run-up to the polls portraying ...": the spender's
    if low in _ONE_OF_THEM and (len(words) < 2 or text[words[-2].end():words[-1].start()].strip() in (",", "—", "–")):
        # "It had two columns, one listing the facts ...": the one of them the participle is about
        return words[-1].span()
    named = not head.islower()
    if named and not head[0].isupper():
        return None
    start = words[-1].start()
    k = len(words) - 1
    compound = False
    for k in range(len(words) - 2, -2, -1):
        if k < 0:
            break
        w = words[k]
        if text[w.end():start] == "-" and w.group().islower():
            # "full-screen graphics", "pro-union groups": a compound's first part, and the
            # determiner right before it if any ("the pro-union groups")
            start = w.start()
            compound = True
            if k > 0 and words[k - 1].group().lower() in ("a", "an", "the") and not text[words[k - 1].end():start].strip():
                start = words[k - 1].start()
                k -= 1
            k -= 1
            break
        if text[w.end():start].strip() not in ("", "’s", "'s"):
            break  # punctuation ends the noun phrase
        if (w.group()[0].isupper() or w.group()[0].isdigit() or w.group().lower() in _MODIFIER_WORDS
                or sources.premodifier(w.group(), ctx.lexicon)):  # "recent polls", "staff members"
            start = w.start()
            if w.group().lower() in NOUN_MARKERS:
                k -= 1
                break
        else:
            break
    # "a super PAC backing ...", "a U.S.-born gunman claiming ...": words the walk did not take, then "a"
    for j in range(k, max(k - _DETERMINED_WORDS, -1) if not compound else k, -1):
        if text[words[j].end():start if j == k else words[j + 1].start()].strip() not in ("", "-"):
            break
        word = words[j].group().lower()
        if word in ("a", "an", "the"):
            start, k = words[j].start(), j - 1
            break
        if word in _NOT_IN_DETERMINED or word.endswith(("ing", "ly", "ed")):
            break
    lead = words[k].group().lower() if k >= 0 and not text[words[k].end():start].strip() else ""
    first = text[start:words[-1].end()].split(None, 1)[0].lower()
    if named and first not in ("a", "an", "the"):
        # "footage of Lee talking about ...", "has Lee discussing ...": a name that is no subject
        return (_counted_from(text, words, k, start, ctx.lexicon), words[-1].end()) if lead in _NAME_LEADS else None
    carrier = low in _CARRIER_NOUNS
    if low in _OWNED_CARRIERS and (owner := _carrier_owner(ctx, sentence, words[-1].start())) is not None:
        return owner  # "Lee's speech denouncing ...": whose it is
    if carrier and (kinds.plural(head) and lead and lead not in _NOT_ISSUING_LEADS or not kinds.plural(head)):
        return None  # "launched petitions calling on ...", "opened a rally blasting ...": the issuer's
    if lead in ("to", "with") and k >= 1 and words[k - 1].group().lower() in _CARRIER_NOUNS:
        return None  # "a pitch to voters saying ...": its hearers
    if first not in ("a", "an") and (lead in _ADDRESSING_VERBS and lead not in _ADDRESSED_TO or lead == "to" and k >= 1 and (
            words[k - 1].group().lower() in _ADDRESSED_TO)):
        return None  # "Lee wrote to the mayor seeking ...", "petitioned the council asking ...": the writer's
    if not (kinds.plural(head) or ctx.lexicon.speaker_share(low) >= _SPEAKER_NOUN_SHARE
            # after such a word, at the sentence's start, or after a comma ("Lee's fund, a group backing ...")
            or first in ("a", "an", "the") and (lead in _DETERMINED_LEADS or not lead and (
                text[words[k].end():start].strip() == "," if k >= 0 else not text[sentence.start:start].strip()))
            and low not in _NOT_IN_DETERMINED
            and low not in _FUNCTION_HEADS and not ctx.lexicon.rarely_in_sources(low)):
        return None
    if not kinds.plural(head):
        return start, words[-1].end()
    if ctx.lexicon.speaker_share(low) < _COUNTED_SPEAKER_SHARE:
        # things: a noun that gathers them into one is the mention's head ("the recent crop of
        # stories alleging ..."), one that counts them is not ("a number of laws restricting ...")
        return _counted_from(text, words, k, start, ctx.lexicon, _GATHERING_HEADS), words[-1].end()
    return _counted_from(text, words, k, start, ctx.lexicon), words[-1].end()


# Things one issues (not an event one takes part in: "their debate", "his rally")
_OWNED_CARRIERS = en.VEHICLE_NOUNS | en.SPOKEN_VEHICLE_NOUNS

# How many words may stand between a possessor and the thing it issued: "Lee's | Tuesday | speech"
_OWNED_MODIFIERS = 2

_OWNED_GAP = regex.compile(r"(?:[^\S\n]+[\w-]+){0,%d}[^\S\n]+$" % _OWNED_MODIFIERS)


def _carrier_owner(ctx: Context, sentence: Sentence, head_start: int) -> tuple[int, int] | None:
    """The named possessor of a thing one issues right before a participle, when
    it can speak: "Lee's" in "Lee's Tuesday speech denouncing ..."; the speech's
    owner made it. None with no possessor, a pronoun ("his letter urging ...": its
    referent is resolution's to find, and the subject is most often it), or one
    that speaks no words ("the day's events showing ...")."""
    text = ctx.text
    lo = max(sentence.start, head_start - 40)
    owner = None
    for m in tokens.possessors(text, lo, head_start):
        owner = m
    if owner is None or not _OWNED_GAP.fullmatch(text, owner.end(), head_start):
        return None
    if owner.group().lower() in en.POSSESSIVE_PRONOUNS:
        return None
    mention = possessor_mention(ctx, sentence.start, owner)
    return mention if sources.is_speaker(text, mention[0], owner.start(), ctx.lexicon) else None


# a pronoun that picks one of those just named, after a comma or a dash: ", one listing ..."
_ONE_OF_THEM = frozenset(["one", "another"])

_MODIFIER_WORDS = NOUN_MARKERS | frozenset("some many other several two three four five both all".split())

# How often a plural must head a source for a head counting it to be taken in too
_COUNTED_SPEAKER_SHARE = 0.1

# Heads that count or gather the noun after their "of" and so head the mention:
# "a chorus of critics urging ...", "62 percent of voters saying ...", "one of the groups backing ..."
_COUNTING_HEADS = (kinds.QUANTITY_NOUNS | en.COLLECTIVE_NOUNS | sources.QUANTIFIER_PRONOUNS | kinds.NUMBERS
                   | frozenset("all each".split()))

# ... and those that gather things into one, which head a mention of things too
_GATHERING_HEADS = kinds.GATHERING_NOUNS | en.COLLECTIVE_NOUNS


def _counted_from(text: str, words: list, k: int, start: int, lexicon, heads: frozenset[str] = _COUNTING_HEADS) -> int:
    """Where a noun phrase a participle modifies starts once a head that counts or
    gathers it, with that head's determiner, number and modifiers, is taken in
    ("a constellation of | super PACs backing ...", "62 percent of | voters saying ...");
    ``words[k]`` is the word right before ``start``."""
    if k < 1 or words[k].group().lower() != "of" or text[words[k].end():start].strip():
        return start
    head = words[k - 1]
    at = tokens.percent_opens(text, words, k - 1)  # "62 per cent of": the head in two words
    if text[head.end():words[k].start()].strip() or at is None and head.group().lower() not in heads or (
            at is not None and heads is not _COUNTING_HEADS):
        return start
    at = k - 1 if at is None else at
    start = reach = words[at].start()
    # its number, and its determiner with any modifiers between: "62 percent of",
    # "the ragtag band of" (modifiers with no determiner before them may be a verb's: "left 62 percent")
    for j in range(at - 1, max(at - 1 - _DETERMINED_WORDS, -1), -1):
        w = words[j].group()
        low = w.lower()
        if text[words[j].end():reach].strip():
            break
        reach = words[j].start()
        if w[0].isdigit() or low in _MODIFIER_WORDS or low in kinds.NUMBERS:
            start = reach
            if low in NOUN_MARKERS:
                break
        elif (j > 0 and w.isalpha() and w.islower() and words[j - 1].group().lower() in ("a", "an", "the")
              and not text[words[j - 1].end():reach].strip()):
            return words[j - 1].start()  # "a large number of", "the sheer number of": an adjective after an article
        elif not sources.premodifier(w, lexicon) or low.endswith("s"):  # ("depicts one of")
            break
    return start


_TIME_NOUNS = frozenset("days weeks months years hours minutes times decades nights mornings".split())

# a verb of spending time and how much of it, then the rest of its object with no mark, right
# before a participle: "spent much of the run-up to the polls | portraying ...", "wasted
# little time since the attacks | urging ...": the time is the subject's, and so is the participle
_SPENT_TIME = regex.compile(
    r"(?<![\w’'-])(?:spend|spends|spent|spending|waste|wastes|wasted|wasting)\s+"
    r"(?:much|most|little|all|part|some|more|less|the\s+(?:rest|bulk|better\s+part))\s+[^,;:()“”\"—–]*$",
    regex.IGNORECASE)

# Words before a name that make it no subject but a participle's own: "footage of Lee talking"
_NAME_LEADS = frozenset("of about between has have had among like with".split())

# How many words may stand between "a" or "the" and a noun a participle modifies
_DETERMINED_WORDS = 3

_NOT_IN_DETERMINED = en.CLAUSE_BOUNDARIES | NOUN_MARKERS | frozenset("of for from in at with on to by".split())

# What one issues or holds, whose participle reports the issuer's words: "sent out pitches urging ..."
_CARRIER_NOUNS = en.VEHICLE_NOUNS | en.SPOKEN_VEHICLE_NOUNS | frozenset(
    "article articles paper papers cover story stories pitch pitches petitions appeal appeals plea pleas "
    "rally rallies conversation conversations debate debates meeting meetings event events "
    "speeches address hearing website site response responses reply replies announcement".split())

# Words before an issued thing that do not issue it: "a trove of emails showing ..."
# Verbs whose object, or whose "to", is the one addressed, whom a participle after it does not
# have as its subject: "Lee wrote to the mayor seeking a meeting", "petitioned the council
# asking ..." (the writer seeks; but "wrote to a group backing Lee" is the group's)
_ADDRESSED_TO = verb_forms(["write"])
_ADDRESSING_VERBS = _ADDRESSED_TO | verb_forms(["petition"])

_NOT_ISSUING_LEADS = frozenset("of about including among than were are was is".split())

# What may stand before a singular noun a participle modifies: a preposition that is no place's or
# time's ("to a group backing Lee", "of a man claiming ..."), a verb of perceiving ("saw a man waving")
_DETERMINED_LEADS = frozenset(
    "to of about for with against among alongside after before between like including see saw seen seeing hear heard "
    "hearing watch watched watching show shows showed showing".split())

# Words that end no noun phrase before a participle: "the same as saying", "a friend without saying"
_FUNCTION_HEADS = frozenset(
    "in on at into onto around across through throughout during over under within inside outside near by without "
    "as than from since until same".split())

_SPEAKER_NOUN_SHARE = 0.3

# "with Lee saying": the noun phrase between "with" and the participle, no comma in it but
# one that lists names ("with Lee, Roe and Fox all calling for ...")
# (a body's short form in brackets after its name stays in the phrase: "with the Central Pollution
# Control Board (CPCB) data showing ...")
_WITH_NOUN = regex.compile(r"(?<![^\s,(])with\s+((?:[^,;:()“”\"]|,(?=\s+(?-i:[A-Z]))|\((?-i:[A-Z][\w.&-]{1,11})\)(?=\s))+?)\s*$",
                           regex.IGNORECASE)

# what stands before an absolute phrase: a comma or dash (or the sentence's start)
_ABSOLUTE_OPENS = regex.compile(r"(?:[,;(—–]|\s--?)\s*$")


def another_speaker(ctx: Context, start: int, end: int) -> bool:
    """Whether a verb of saying and its subject ("she said", "said Lee") stand
    in [start, end) outside quotations, right after a quotation or right before
    one: a speaker of its own words."""
    text = ctx.text
    words = WORD.findall(text, start, end, False, tokens.CONCURRENT)
    if not any(lemma(w.lower()) in en.INVERTING_VERBS for w in words):
        return False  # (the common case, read without offsets)
    found = list(WORD.finditer(text, start, end))
    for k, w in enumerate(found):
        if (lemma(w.group().lower()) not in en.INVERTING_VERBS or not w.group().islower() or w.group().endswith("ing")
                or ctx.layout.inside_quote(w.start())):
            continue
        for subject in (found[k - 1] if k > 0 else None, found[k + 1] if k + 1 < len(found) else None):
            if subject is None or not _subject_word(ctx, subject):
                continue
            lo, hi = min(w.start(), subject.start()), max(w.end(), subject.end())
            if (text[start:lo].rstrip(" ,").endswith(("”", '"', "’", "'"))
                    or text[hi:end].lstrip(" ,:").startswith(("“", '"', "‘"))):
                return True
    return False


def _subject_word(ctx: Context, w: regex.Match) -> bool:
    """A pronoun or a capitalised word outside quotations: a speaker next to a verb (and a
    pronoun that stands for one of many: "“Y,” one fan wrote, while another added, “Z”")."""
    low = w.group().lower()
    return (low in en.SUBJECT_PRONOUNS or low in _ONE_OF_MANY or w.group()[0].isupper()) and not ctx.layout.inside_quote(w.start())


# pronouns that stand for one or some of many people, who speak for themselves
_ONE_OF_MANY = frozenset(["another", "others"]) | sources.QUANTIFIER_PRONOUNS


_MAX_COORDINATED_LEAD = 8

_NAME_THEN_APPOSITIVE = regex.compile(
    r"[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*)*,\s+(?:(?:who|whose|the|an?|his|her|its|their|\d+)\s|[RDI]-\p{Lu})"
)

# A capitalised word after the first with the ending of a verb's present or past ("Lee Mocks Board",
# "Port Reopened After Storm"): a title-case heading's verb
_TITLE_CASE_VERB = regex.compile(r"(?<=\S[^\S\n]+)\p{Lu}\p{Ll}*(?:[^s\W]s|ed)\b")


def _ing_name(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are a name whose first word ends as a participle
    does, no verb's form ("Erling Haaland", "Sterling"; not "Speaking Tuesday"): a subject, not the
    adverbial a participle opens."""
    words = WORD.findall(text, start, end)
    return bool(words) and words[0].lower().endswith("ing") and all(w[:1].isupper() for w in words) and (
        lemma(words[0]) == words[0].lower()) and not any(
        w.lower() in en.TIME_WORDS for w in words)


def subject_with_appositive(ctx: Context, s0: int, cue_start: int) -> bool:
    """Whether what precedes a cue is its subject with an appositive or a
    relative clause ("Ann Lee, a former mayor, said ...", "Lee, who is 28,
    said ..."), so that the words after the cue are content, not an inverted
    source."""
    text = ctx.text
    start = clauses.skip_space(text, s0, cue_start)
    if (label := _SUBJECT_LABEL.match(text, start, cue_start)) is not None:
        # "Voter access: Lee, whose base is young, said ...": a topic's label before the subject
        s0 = start = label.end()
    comma = text.find(",", start, cue_start)
    if comma > start and (fronted_adverbial(text, start, comma) or clauses.fronted_phrase(text, start, comma)
                          or _fronted_subordinate(text, start, comma)) and not _ing_name(text, start, comma):
        # "On Monday, the pier was unsafe, noted Lee", "However, the pier ...": the subject is read past
        # a fronted time, occasion or sentence adverb
        s0 = start = clauses.skip_space(text, comma + 1, cue_start)
    if _NAME_THEN_APPOSITIVE.match(text, start, cue_start):
        return True
    subject = sources.subject(text, s0, cue_start, ctx.lexicon, strong=True)
    if subject is None:
        return False
    if text[subject[1]:cue_start].strip() == "," and "," not in text[subject[0]:subject[1]] and (
            text[cue_start].islower() or _TITLE_CASE_VERB.search(text, subject[0], subject[1]) is None):
        # "The pier closed, said Lee": a comma sets off no subject from its verb, but a clause from its
        # cue; in a title-case heading too, when no word after the first has a verb's ending ("Chief
        # Confident Of Win, Says Aide"; but "Lee Mocks Board, Says ..." runs its verbs together)
        return False
    gap = text[subject[1]:cue_start].strip()
    if gap.endswith(",") and not gap.startswith(",") and "," not in gap[:-1]:
        # "Monsoon likely to be normal this year, says IMD": the walk took the words before a time
        # as a subject, but a comma closes no aside it did not open; a clause before an inverted cue
        return False
    fronted = text[start:subject[0]].rstrip()
    if fronted.endswith(",") and fronted_adverbial(text, start, start + len(fronted) - 1):
        return True  # "In a letter to the board, Ann Lee, a pilot, noted the ...": a time or occasion before it
    lead = text[start:subject[0]].replace(",", " ").split()
    # "Experts and U.S. officials, however, said ...": a coordinated subject
    return all(w.lower() in en.SENTENCE_ADVERBS for w in lead) or (
        len(lead) <= _MAX_COORDINATED_LEAD and lead[-1].lower() in ("and", "or") and not any(w[:1] in "“\"‘" for w in lead))


# a label of a few words, capitalised, and its colon before a sentence's subject: "Voter access: "
_SUBJECT_LABEL = regex.compile(r"\p{Lu}[\w’'-]*(?:[^\S\n]+[\w’'-]+){0,3}:[^\S\n]+(?=\p{Lu})")


def _fronted_subordinate(text: str, start: int, comma: int) -> bool:
    """Whether [start, comma) is a subordinate clause fronted before a subject, of any length up
    to its comma, quoting nothing ("While Lee did not spell out the party's path to the
    nomination in detail, Rep. Ann Roe, D-NY, says ...")."""
    words = WORD.findall(text, start, comma, False, tokens.CONCURRENT)
    return (len(words) >= 3 and words[0].lower() in en.SUBORDINATORS
            and not any(c in text[start:comma] for c in "“”\"‘;:\n"))


def appositive_before(ctx: Context, s0: int, cue_start: int) -> bool:
    """Whether the comma before a cue closes an appositive of its subject ("Ann
    Lee, an activist, asked ..."), so that the cue is the subject's finite
    verb, not a participle set off by commas ("The mayor, asked about ...")."""
    subject = sources.subject(ctx.text, s0, cue_start, ctx.lexicon, strong=True)
    return subject is not None and "," in ctx.text[subject[0]:subject[1]]


_SHORT_SUBJECT_WORDS = 8


def short_subject(text: str, s0: int, cue_start: int) -> tuple[int, int] | None:
    """All that stands before a passive cue, when it is short and unbroken by a
    comma: the passive's subject, which need not be a speaker, where
    sources.subject, which reads speakers, passes it over."""
    span = clauses.trim(text, s0, cue_start)
    if (span[1] <= span[0] or "," in text[span[0]:span[1]] or len(WORD.findall(text, *span)) > _SHORT_SUBJECT_WORDS
            or clauses.opens_with_subordinator(text, *span)):
        return None
    return span


# a determiner or an owner's possessive and one lower-case word, the whole of a subject: "the
# false", "his earlier", "Lee’s new"
_DETERMINER_AND_WORD = regex.compile(
    r"(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[\w.-]+[’'](?:s(?![\w’'-]))?)"
    r"[^\S\n]+(\p{Ll}[\p{Ll}-]*)")

# words that stand alone for people or things already named after "the", as a noun does: "the
# latter argues", "the other claims", "the rest believe"; and adjectives that name people as a
# plural: "the elderly fear", "the undecided say"
_HEADLESS_AFTER_THE = frozenset(
    "former latter first second third last other one rest remainder elderly poor rich young old wealthy unemployed "
    "undecided faithful disabled injured homeless uninsured".split())


def modifier_for_subject(ctx: Context, src: tuple[int, int], cue_start: int, form: str) -> bool:
    """Whether a subject read before a bare form is only a determiner and a
    lower-case word that no bare present agrees with: no plural, no number and
    no noun of a speaker or a paper (a body's takes a plural verb too: "the
    government claim that"). The word modifies the form, a noun: "repeated the
    false claim that ...". (A form in "-s" agrees with any singular noun, "the
    trip suggests", and is left alone.)"""
    if not form.islower() or form.endswith("ing") or lemma(form) != form or form in en.BE_FORMS:
        return False  # (a form of "be" is no noun: "The bench is of the view that ...")
    text = ctx.text
    found = _DETERMINER_AND_WORD.fullmatch(text, src[0], src[1])
    if found is None or text[src[1]:cue_start].strip() or not text.startswith(form, cue_start):
        return False  # (an auxiliary opens the cue, "Her approach has put": a participle)
    word = found.group(1)
    return not (kinds.plural(word) or word in _HEADLESS_AFTER_THE or word in kinds.NUMBERS
                or sources.can_report(text, found.start(1), found.end(1), ctx.lexicon))


_PLURAL_HEADS = frozenset("they we i you who many some most few several both all others".split())


def plural_subject(text: str, span: tuple[int, int] | None) -> bool:
    """Whether a subject agrees with a verb's bare present: a plural noun
    ("pilots"), a pronoun other than "he", "she" or "it", or a quantifier."""
    if span is None:
        return False
    words = WORD.findall(text, *span)
    return bool(words) and (words[-1].lower() in _PLURAL_HEADS or kinds.plural(words[-1]))


def inverted(ctx: Context, cue_end: int, s1: int) -> bool:
    """Whether the words after a cue are its source and nothing more ("said Caddell.")."""
    if ctx.text[cue_end:s1].lstrip().startswith(":"):
        return False  # "Lee, her adviser, said: “...”": the cue's words follow it, its source is before
    end, _rest = source_end(ctx, cue_end, s1)
    return sources.subject_after(ctx.text, cue_end, end, ctx.lexicon) is not None


_LEADING_ADVERB = regex.compile(r"(?:also|again|even)\s+")


def _strip_leading_adverb(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEADING_ADVERB.match(text, start, end)
    return (m.end(), end) if m else (start, end)


# "...; and declared": a coordinator, maybe "then", alone before the last verb of a series
_SERIES_COORDINATOR = regex.compile(r"\s{0,3}(?:and|but)(?:\s{1,3}then)?\s{1,3}\Z")

_SERIES_ITEMS = 4

# a comma, and an adverb in "-ly" at most, right before a middle item of a series of predicates
_SERIES_COMMA = regex.compile(r",\s{1,3}(?:[a-z]+ly\s{1,3})?$")

# a sentence adverb set off by commas right before the cue: its closing comma ends an aside,
# no series' item ("... and he, once again, pledged")
_ASIDE_BEFORE = regex.compile(
    r",\s{1,3}(?:" + "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in en.PARENTHETICALS) + r"),\s{1,3}$",
    regex.IGNORECASE)

# a coordinator after a comma that opens a clause with a subject of its own
_CLAUSE_AFTER_COMMA = regex.compile(r",\s{1,3}(?:and|but|yet|or|so)\s")

# a relative pronoun or a subordinator at a comma between the series' subject and its middle
# item: that item is a subordinate clause's, no predicate of the subject's ("a video that,
# while praising him, dwelled on ...")
_SUBORDINATE_ITEM = regex.compile(
    r"(?<![\w’'-])(?:that|which|who),|,\s{1,3}(?:" + "|".join(sorted(en.SUBORDINATORS)) + r")\s")

# the coordinator and past verb that close such a series: "... and left", ", and later ruled"
_SERIES_CLOSE = regex.compile(r"(?:,\s{0,3}|\s{1,3})and\s{1,3}(?:[a-z]+ly\s{1,3})?([a-z]+)\b")

# how far after a series' middle item the coordinator that closes it may stand
_SERIES_WINDOW = 200

# A headline's name, then its first predicate's verb in the present, then no comma up to the one
# before the cue: "SC pulls up state over delays, says ...", "Rao attacks Centre, claims ..."
_HEADLINE_PREDICATE = regex.compile(
    r"((?:\p{Lu}[\w.’'&-]*[^\S\n]+){0,3}\p{Lu}[\w.’'&-]*"
    # (a sentence-case headline's noun after the capital: "Central bank holds ...", but no word in
    # "-s", which may be the verb)
    r"(?:[^\S\n]+\p{Ll}[\p{Ll}-]*(?<![^s]s)){0,2})[^\S\n]+"
    # (and no word in "-s" of another class: "Prices to rise this year, says ...")
    r"(?!(?:this|his|its|was|is|as|us|thus|plus|perhaps|always|whereas)\b)(\p{Ll}+(?<!ss)s)\b[^,\n“”\"]*,[^\S\n]*$")

# a name alone after a headline's verb: the verb is inverted, its speaker after it ("..., says ONS")
_NAME_TO_END = regex.compile(r"[^\S\n]+(?:\p{Lu}[\w.’'&-]*[^\S\n]*){1,4}[.!?]?[^\S\n]*$")

_HEADLINE_PREDICATE_REACH = 120


def headline_predicate_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
    """The subject of a headline's second predicate in the present, set off by a comma
    with no "and": "SC pulls up state over delays, says ‘liberty cannot wait’" (the
    court's, though the walk back from "says" reads "delays"). Only in a first
    paragraph with no full stop at its end, and when the name that opens it is no
    noun phrase's determiner ("The pier closes, says Lee" is inverted)."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if sentence.paragraph != 0 or cs - s0 > _HEADLINE_PREDICATE_REACH or text[s0:s1].rstrip().endswith("."):
        return None
    if text[cs].isupper():
        return None  # a title-case headline is read by its capitalised verbs
    m = _HEADLINE_PREDICATE.match(text, s0, cs, tokens.CONCURRENT)
    if m is None or WORD.match(text, *m.span(1)).group().lower() in OPENS_NOUN_PHRASE:
        return None
    if m.group(2) in en.PRONOUNS or _CLAUSE_VERB_AFTER.search(text, m.end(2), cs) is not None:
        return None
    verb = WORD.match(text, cs, s1)
    if verb is not None and _NAME_TO_END.match(text, verb.end(), s1):
        return None  # "UK economy grows, says ONS": the speaker after the verb
    return m.span(1)


# a finite verb after the first predicate's: a clause of its own before the comma
_CLAUSE_VERB_AFTER = regex.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")


def serial_subject(ctx: Context, sentence: Sentence, cs: int, cue_end: int, form: str) -> tuple[int, int] | None:
    """The subject of a series of predicates in the past, for a cue that is one
    of its middle items: "The mayor toured the pier, called it “a wreck” and
    left" (the mayor's, though the walk back from "called" reads "the pier").
    The sentence's subject must take a past verb of its own right after it (an
    auxiliary or an adverb between), and "and" with a verb in the past must close
    the series after the cue; None otherwise."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if not lemma_past_form(form) or not _SERIES_COMMA.search(text, max(s0, cs - 24), cs, tokens.CONCURRENT):
        return None
    if _ASIDE_BEFORE.search(text, max(s0, cs - 40), cs, tokens.CONCURRENT):
        return None  # "She vowed to cut taxes and she, once again, pledged ...": the aside's comma
    close = _SERIES_CLOSE.search(text, cue_end, min(s1, cue_end + _SERIES_WINDOW), tokens.CONCURRENT)
    if close is None or ctx.layout.inside_quote(close.start()) or not lemma_past_form(close.group(1)):
        return None
    src = sources.leading_subject(text, s0, cs, ctx.lexicon)
    if src is None or "," in text[s0:src[0]] and not text[s0:src[0]].rstrip().endswith(",") or (
            _CLAUSE_AFTER_COMMA.search(text, src[1], cs, tokens.CONCURRENT)):
        return None  # ("Lee led the charge, and within weeks the group had sent ..., hired": another clause's)
    if _SUBORDINATE_ITEM.search(text, src[1], cs, tokens.CONCURRENT):
        return None  # ("... a video that, while praising him, dwelled on ...": the relative clause's verb)
    for word in WORD.finditer(text, src[1], min(cs, src[1] + 40), False, tokens.CONCURRENT):
        low = word.group()
        if low in en.AUXILIARIES or en.ly_adverb(low):
            continue  # "has mocked", "later suggested"
        return src if lemma_past_form(low) and text.find(",", src[1], word.start()) < 0 else None
    return None


# A sentence that opens with a determined noun phrase, any time of the act after it, then a verb in the
# past: "The opposition on Thursday demanded ...", "Her party last week staged ..." (groups 1 and 2)
_DETERMINED_THEN_PAST = regex.compile(
    r"((?:The|A|An|His|Her|Their|Its|Our)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,2}?[\w’'-]+)"
    r"(?:[^\S\n]+(?:on|last|this|late|early|earlier)[^\S\n]+\p{Lu}?[a-z]+|[^\S\n]+(?:yesterday|today|also|again|earlier))?"
    r"[^\S\n]+([a-z]{2,}ed)\b")


def subject_of_first_past(ctx: Context, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
    """The determined noun phrase that opens the sentence before its first verb
    in the past, for a verb coordinated after it: "The opposition on Thursday
    demanded a probe, and accused the minister of lying" (the opposition's),
    whatever noun heads the phrase and whether or not the first verb reports."""
    text = ctx.text
    start = clauses.skip_space(text, sentence.start, cue_start)
    m = _DETERMINED_THEN_PAST.match(text, start, cue_start, tokens.CONCURRENT)
    if m is None or m.end(2) >= cue_start or lemma(m.group(2)) == m.group(2) or ctx.layout.inside_quote(start):
        return None
    if not COORDINATOR.search(text, max(m.end(2), cue_start - 60), cue_start):
        return None  # the cue must open a predicate coordinated after the first verb's
    return m.span(1)


def subject_before_semicolons(ctx: Context, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
    """The subject of a series of predicates parted by semicolons, for the verb
    that a coordinator opens at its end: "Lee praised the crews; clashed with Roe;
    and declared that ..." (Lee's). Each item is a sentence of the layout; the
    subject opens the first item that no semicolon precedes."""
    text, s0 = ctx.text, sentence.start
    if not _SERIES_COORDINATOR.match(text, s0, cue_start):
        return None
    k = bisect.bisect_right(ctx.layout.sentence_starts, s0) - 1
    for _ in range(_SERIES_ITEMS):
        if k <= 0:
            return None
        prev = ctx.layout.sentences[k - 1]
        if prev.paragraph != sentence.paragraph or not text[prev.start:prev.end].rstrip().endswith(";"):
            return None
        k -= 1
        first = ctx.layout.sentences[k - 1] if k > 0 else None
        if first is None or first.paragraph != sentence.paragraph or not text[first.start:first.end].rstrip().endswith(";"):
            return sources.leading_subject(text, prev.start, prev.end, ctx.lexicon)
    return None


def source_end(ctx: Context, pos: int, s1: int) -> tuple[int, tuple[int, int] | None]:
    """Where an inverted source ends, and a quotation that continues after it."""
    text = ctx.text
    q = next(ctx.layout.quotations_from(pos + 1), None)
    if q is not None and q.start < s1:
        comma = text.rfind(",", pos, q.start)
        if comma > 0 and not text[comma + 1 : q.start].strip():
            return comma, clauses.trim(text, q.start, s1)
    if _REPORTED_NEEDS.search(text, pos, s1) is not None and (
            relayed := _TRAILING_REPORT.search(text, pos, s1)) is not None:
        # "“Y,” said Lee, an aide, the Times reported.", "..., said Lee, reports USA Today.": the
        # outlet that relays the words closes the sentence, no part of the speaker
        return relayed.start(), None
    m = trailing_lead(ctx, sentence_at(ctx, pos), pos, s1)
    if m:
        if (split := _SPLIT_AFTER_SOURCE.match(text, m[1], s1, tokens.CONCURRENT)) is not None:
            # "The fare, said Lee, as per Z, will rise": the sentence goes on after the lead's source too
            return m[0], clauses.trim(text, split.end(), clauses.content_end(ctx, split.end(), s1))
        return m[0], None
    split = _SPLIT_AFTER_SOURCE.match(text, pos, s1, tokens.CONCURRENT)
    if split is not None:
        # "The contrast, said Lee and others, would be clear": the sentence goes on after the source
        return split.end(1), clauses.trim(text, split.end(), clauses.content_end(ctx, split.end(), s1))
    return s1, None


# A clause of the outlet that relays an inverted cue's words, closing its sentence after a comma:
# "..., said Lee, the Times reported.", "..., said Lee, reports USA Today." (a name in capitals,
# "the" before it at most, then the verb; or the verb inverted before the name)
_RELAYING_VERB = r"(?:" + "|".join(cues.RELAYING_FORMS) + r")"
_TRAILING_REPORT = regex.compile(
    r",\s+(?:" + cues.RELAYED_NAME + r"\s+" + _RELAYING_VERB + r"|" + _RELAYING_VERB + r"\s+" + cues.RELAYED_NAME
    + r")[\s.!?]*$")
# (a cheap test before it: one of the verbs after a comma in the span)
_REPORTED_NEEDS = regex.compile(r"\b" + _RELAYING_VERB + r"\b")


# An inverted source (with an aside set off by commas after it, at most), a comma, and the rest
# of the reported sentence, which goes on with a finite verb: "..., said Lee and others, would
# be clear", "..., says Carl Roe, a historian at the library, is that ...".
_SPLIT_AFTER_SOURCE = regex.compile(
    # (the aside after a name, or opening as asides do: "a historian", "who runs it"; not "their
    # speeches, already full of it, would")
    r"((?:\s*(?=\p{Lu})[^,;:“”\"\n]{1,80}?,\s+|[^,;:“”\"\n]{1,80}?,\s+(?=(?:an?|the|who|whose|\d+)\s))?"
    r"[^,;:“”\"\n]{1,80}?),\s+(?=(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had"
    r"|does|did)\s)"
)
