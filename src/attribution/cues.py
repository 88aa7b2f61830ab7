"""Stage 2: cues. The words of a sentence that work as cues in their context.

A word is a cue when the mined table (``data/cues.tsv``) says it heads
annotated cues often enough given what follows it, read with the words
around it by the cue-context model (``data/cue_context.tsv``), or when its
context makes it one: a verb of saying before "that", a verb right after a quotation
that opens the sentence, a verb a quotation closely follows, a verb before a
colon that ends its paragraph above a quotation.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from attribution import default_lexicon as en
from attribution import logistic
from attribution.clauses import (
    CLOSE_PUNCT,
    FOR_THE_BENCH,
    NOUN_MARKER_BEFORE,
    THAT_TIME_SUBJECT,
    TIME_PLACE_PREPOSITIONS,
    TIME_UNIT,
    VERDICT,
    fronted_phrase,
    medium_before_clause,
    opens_with_subordinator,
    reads_as_clause,
    saying_phrasal,
    skip_post_adjuncts,
    skip_space,
)
from attribution.layout import Sentence
from attribution.lexicon import (
    CUE_THRESHOLD,
    document_noun,
    feeling_lemma,
    lemma,
    person_noun,
    title_case_word,
    verb_forms,
)
from attribution.rules import Context
from attribution.sources import EVENT_NOUNS
from attribution.tokens import (
    CLOSING_QUOTE_MARKS,
    CONCURRENT,
    OPENING_QUOTE_MARKS,
    PERCENT,
    QUOTE_MARKS,
    WORD,
    next_class,
)

AS = regex.compile(r"\bas\b", regex.IGNORECASE)
_TO_BE = regex.compile(r"[^\S\n]+to[^\S\n]+(?:be|have)\b")
# "to" and a lower-case word: the infinitive a raiser of en.INFINITIVE_RAISERS raises ("is
# believed to live"), unless the word opens a noun phrase ("thought to himself", "to the end")
_TO_WORD = regex.compile(r"[^\S\n]+to[^\S\n]+(\p{Ll}+)\b")
# The agent of a raising passive, right after it and before the "to" of the raised clause: "was
# said by aides to be", "is believed by police to have fled", "are expected by analysts to rise"
# (not a time: "is expected by Friday to pass", "by next year", "by the end of June")
# "by" and a name right after a participle: its passive's agent named ("denied by Lee's aides",
# "rejected by Congress"), no day nor month it was done by ("approved by Friday")
_NAMED_AGENT_NEXT = regex.compile(
    r"[^\S\n]+by[^\S\n]+(?!(?:" + "|".join(d.capitalize() for d in en.DAY_NAMES + en.MONTH_NAMES) + r")\b)\p{Lu}")
RAISED_BY_FIRST = regex.compile(
    r"\s*by\s+(?!(?:the\s+)?(?:end|time|way|then|now|next|this|last|early|late|mid|tomorrow|tonight)\b|\d|(?:"
    + "|".join(en.DAY_NAMES + en.MONTH_NAMES) + r")\b)([^,;:“”\"()\n]{2,40}?)(?=\s+to\s)", regex.IGNORECASE)


REPORT_OBJECT = regex.compile(
    r"\s+((?:the\s+|those\s+|these\s+)?(?:"
    + "|".join(sorted(en.REPORT_NOUNS, key=lambda w: (-len(w), w)))
    + r"))(?=\s*,?\s*that\b)",
    regex.IGNORECASE,
)


# "that" after the adjuncts a cue may take before it: "found last month that"
_THAT_AFTER = regex.compile(r"[^\S\n]*,?[^\S\n]+that\b", regex.IGNORECASE)
# "to" and a bare verb after them: "pledged on Friday to cut ..."
_TO_VERB_AFTER = regex.compile(r"[^\S\n]+to[^\S\n]+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)\b)[a-z]+\b")


# "that" as the determiner of a time's noun, an adjunct of when, not a clause's opening: "gathered
# that evening outside the court", "noted that morning that ..." (unless a verb follows, the noun
# the clause's subject: "said that day was the worst"); the rule of verbs' complementizer shares it
_THAT_TIME_AFTER = regex.compile(
    r"[^\S\n]*(?!" + THAT_TIME_SUBJECT + r")that[^\S\n]+" + TIME_UNIT + r"\b", regex.IGNORECASE)

_NO_CLAUSE_AFTER_TIME = frozenset(("prep", "to", ",", ".", ":"))
_PLACE_PREPOSITION_NEXT = regex.compile(r"\s+(?i:throughout|" + TIME_PLACE_PREPOSITIONS + r")\b")


def cue_context(text: str, end: int, limit: int) -> str:
    """The class of what follows a cue word (``tokens.next_class``), read past
    the time adjuncts and adverbs it takes (``clauses.skip_post_adjuncts``)
    when a "that" follows them: "found last month that" is followed by "that";
    likewise a "to" and its verb: "pledged Saturday to cut" by "to"."""
    context = next_class(text, end, limit)
    if context == "that" and (time := _THAT_TIME_AFTER.match(text, end, limit)):
        # "gathered that evening outside the court", "that morning to hear ...": a phrase, a
        # mark or an infinitive after the time counts; what may open a clause leaves the "that"
        # ("swore that day she would ...", "said that night that ...")
        past = skip_post_adjuncts(text, time.end(), limit)
        after = next_class(text, past, limit)
        if after == "word" and _PLACE_PREPOSITION_NEXT.match(text, past, limit):
            return "prep"  # ("outside the court", "near the gate": a place the token classes read as a word)
        return after if after in _NO_CLAUSE_AFTER_TIME else "that"
    if context in ("word", "cap", "prep"):
        past = skip_post_adjuncts(text, end, limit)
        if past > end:
            if _THAT_AFTER.match(text, past, limit):
                return "that"
            if _TO_VERB_AFTER.match(text, past, limit):
                return "to"
            if context == "prep" and (after := next_class(text, past, limit)) in (".", ","):
                # "Y, data showed on Friday.": the adjunct ends the sentence, as the cue would; or
                # its clause, before a comma ("Y, data showed on Friday, adding to fears")
                return after
    return context


def object_context(ctx: Context, m: regex.Match, context: str) -> str:
    """What follows the word ``m`` as its weight reads it: a verb whose object is
    a relative pronoun before its subject, then a comma or the end ("the toll,
    which most fishermen opposed, ..."), is read as a verb before its object."""
    if context in (",", ".") and m.group().islower() and _OBJECT_RELATIVE.search(
            ctx.text, max(0, m.start() - 60), m.start(), CONCURRENT):
        return "word"
    return context


def context_and_weight(ctx: Context, sentence: Sentence, m: regex.Match, form: str) -> tuple[str, float]:
    """What follows the word ``m`` as its weight reads it (``cue_context``, then
    ``object_context``) and its weight there read as ``form`` (``weight_here``):
    read once per word and form, as both the cue filter and the verb rule ask."""
    key = ("cue weight", m.start(), m.end(), sentence.end, form)
    found = ctx.memo.get(key)
    if found is None:
        context = object_context(ctx, m, cue_context(ctx.text, m.end(), sentence.end))
        found = ctx.memo[key] = (context, weight_here(ctx, m, form, context))
    return found


# "have" and what one has to say, before the infinitive's "to": "had this to say", "has plenty to
# say", "had a lot to say", "has nothing but praise to say", "had harsh words to say"; or "what"
# and the one who has it ("what the coach had to say") - not "had to say" alone, a duty ("he
# had to say sorry")
_HAD_TO_SAY_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:(?P<have>had|has|have|having)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,3}?"
    r"(?:this|these|plenty|much|little|lots?|something|nothing|more|deal|words?|things|praise|criticism)"
    r"|[Ww]hat[^\S\n]+(?P<who>(?:[\w’'.-]+[^\S\n]+){1,6}?)(?P<have>had|has|have)(?:[^\S\n]+(?:already|also|since|then))?)"
    r"[^\S\n]+to[^\S\n]+$")
# how far before "say" the phrase is looked for
_HAD_TO_SAY_REACH = 80


def had_to_say(text: str, start: int) -> int | None:
    """Where the "have" starts of a phrase of having words to say before the "say" at
    ``start`` ("had this to say", "what Lee had to say"), or None."""
    m = _HAD_TO_SAY_BEFORE.search(text, max(0, start - _HAD_TO_SAY_REACH), start, CONCURRENT)
    return None if m is None else m.start("have")


def who_had_to_say(text: str, lo: int, start: int) -> int | None:
    """Where the one who had it to say starts, after "what", in a phrase of having words to say
    before the "say" at ``start`` that opens at or after ``lo`` ("what | the coach had to say",
    "what | Lee has already had to say"), or None (no "what": "Lee had this to say")."""
    m = _HAD_TO_SAY_BEFORE.search(text, max(lo, start - _HAD_TO_SAY_REACH), start, CONCURRENT)
    return None if m is None or m.start("who") < 0 else m.start("who")


# The participles of a record's showing, and the nouns of records of facts and of studies before
# them, whose showing is a report ("figures showing", "data suggesting", "polls indicating")
_FINDING_PARTICIPLES = frozenset(["showing", "suggesting", "indicating"])
_FINDING_NOUNS = en.RESEARCH_NOUNS | frozenset(
    "data figures numbers statistics stats records results findings estimates polling".split())
# the word right before a participle
_NOUN_BEFORE = regex.compile(r"(?<![\w’'-])([\w’'-]+)[^\S\n]+\Z")


# Verbs of pledging, and the quotation that opens their object, after a determiner perhaps
_PLEDGE_LEMMAS = frozenset(["pledge", "promise", "vow"])
_QUOTED_OBJECT = regex.compile(r"[^\S\n]+(?:(?:a|an|the|his|her|their|its|our)[^\S\n]+)?[“\"‘]\p{L}")
_QUOTED_OBJECT_REACH = 16


def weight_here(ctx: Context, m: regex.Match, form: str, context: str) -> float:
    """The weight of the word ``m`` (read as ``form``) before ``context``; a bare
    form right after a plural subject is the verb's present tense ("polls show",
    "Democrats support"), and weighs as its third-person form before the same
    context does: the bare form's own weight is diluted by its uses as a noun or
    an infinitive ("the show", "to support")."""
    # read once: the text, its length, the form in lower case, its lemma and whether the word as
    # written is in lower case, which the tests below ask again and again
    text, lexicon = ctx.text, ctx.lexicon
    n, low = len(text), form.lower()
    root, written_low = lemma(low), m.group().islower()
    if low in _VIEW_HOLDING_HEADS and view_held(text, m.start(), n) is not None:
        return _CERTAIN  # "was of the view that", "took the view that": a view surely held
    if form == "like" and _IMPERSONAL_BEFORE.search(text, max(0, m.start() - 24), m.start(), CONCURRENT):
        return 0.0  # "It's like going home", "what it is like to watch": a likeness, no one's liking
    weight = lexicon.cue_weight(form, context)
    if context == "to" and (claim := en.PURPORTING_FORMS.get(low)) is not None:
        weight = max(weight, lexicon.cue_weight(claim, context))  # "purports to show" as "claims to show"
    if context in _BARE_CLAUSE_CONTEXTS and weight < 1.0 and root in _BELIEF_VERBS and _BARE_FINITE_CLAUSE.match(
            text, m.end(), min(n, m.end() + 60), CONCURRENT) and not _NOUN_PLACE_BEFORE.search(
            text, max(0, m.start() - 12), m.start()) and not NOUN_MARKER_BEFORE.search(text, max(0, m.start() - 12), m.start()) and (
            root != "report" or not _TIME_NEXT.match(text, m.end(), min(n, m.end() + 24), CONCURRENT)):
        # "analysts doubt a spring cut will happen": a subject and its auxiliary after a verb of
        # belief open the clause "that" leaves out, and the verb weighs as before "that"
        weight = max(weight, lexicon.cue_weight(form, "that"))
    if context == "," and weight < 1.0 and written_low and not form.endswith("ing") and root in en.THAT_VERBS and (
            _FRAME_SUBJECT_BEFORE.search(text, max(0, m.start() - 60), m.start(), CONCURRENT)):
        # "Their staff, the researchers found, were less stressed": a verb that takes "that" between
        # commas, after a subject set off by the first, frames the sentence it cuts into, and weighs
        # as before "that" (its weight before a comma counts "Police found, on searching ...")
        weight = max(weight, lexicon.cue_weight(form, "that"))
    if weight < 1.0 and written_low and _refusal_to_tell(text, m, form) and _QUESTION_AFTER.match(
            text, m.end(), min(n, m.end() + 12), CONCURRENT):
        # "would not confirm whether ...", "did not disclose how much ...": one who will not tell what
        # is asked reports on the question, as one who "would not say whether" does
        weight = max(weight, _CERTAIN)
    if context in _BARE_CLAUSE_CONTEXTS and weight < _CERTAIN and written_low and root in en.HEARER_VERBS and (
            _object_then_that(text, m.end(), min(n, m.end() + _HEARER_REACH))):
        # "briefed lawmakers that the plant was safe", "notified residents that ...", "advised him that
        # ...": a verb of telling, whom it told, then the clause "that" opens is a report, as "told
        # reporters that" is, though the verb alone is as often a job or a notice ("advised the mayor")
        weight = max(weight, _CERTAIN)
    if context in ("to", "prep") and root in _TALK_LEMMAS and _hearer_then_topic(
            text, m.end(), min(n, m.end() + _HEARER_REACH)) is not None:
        # "spoke to the senator about the budget": whom one spoke to, then what about, is
        # a report as "spoke about the budget" is, though "spoke to" alone seldom is one
        weight = max(weight, _CERTAIN)
    if form == "say" and weight < _CERTAIN and written_low and had_to_say(text, m.start()) is not None:
        # "had this to say", "has plenty to say about", "what Lee had to say": one who has
        # words to say says them, whatever follows (a platform, a topic, a colon and a quotation)
        weight = max(weight, _CERTAIN)
    if form in _SAYING_GOES_FORMS and written_low and saying_goes(
            text, max(0, m.start() - 50), m.start(), m.end(), min(n, m.end() + 20)):
        # "as the old saying goes, ...": a saying goes as a speaker says it, surely
        weight = _CERTAIN
    if low == "alleging" and weight < _CERTAIN and context in _BARE_CLAUSE_CONTEXTS and written_low:
        # "a man alleging the police beat him", "stories alleging cronyism": the verb's "-ing" form,
        # unlike "alleged", is never an adjective, and whatever it takes is the charge it reports,
        # as a clause after "that" is
        weight = max(weight, lexicon.cue_weight(form, "that"))
    if form in _FINDING_PARTICIPLES and weight < _CERTAIN and context in _BARE_CLAUSE_CONTEXTS and written_low and (
            noun := _NOUN_BEFORE.search(text, max(0, m.start() - 24), m.start(), CONCURRENT)) is not None and (
            noun.group(1).lower() in _FINDING_NOUNS):
        # "..., with figures showing inflation at 3%", "data suggesting growth had stalled": what a
        # record of facts shows it reports, whatever its clause opens with
        weight = max(weight, _CERTAIN)
    if weight < _CERTAIN and root in _PLEDGE_LEMMAS and written_low and _QUOTED_OBJECT.match(
            text, m.end(), min(n, m.end() + _QUOTED_OBJECT_REACH), CONCURRENT):
        # "pledged a “political revolution”", "vowed “cooperation”": a pledge whose object is quoted
        # gives the pledger's own words, though "pledged" alone is as often money ("pledged $5m")
        weight = max(weight, _CERTAIN)
    if context == "that" and weight < _CERTAIN and _stance_before_clause(text, m, form):
        # "aides are optimistic that Lee will win", "some are concerned that ...": a stance its
        # subject takes, after "be", on the clause "that" opens
        weight = _CERTAIN
    if weight < _CERTAIN and written_low and root in _RAISING_QUESTION_LEMMAS and "question" in text[
            m.end():m.end() + _QUESTIONS_REACH] and _QUESTIONS_ABOUT.match(text, m.end(), min(n, m.end() + _QUESTIONS_REACH)):
        # "raised questions about his health", "begs the question of whether ...": questions put, the topic the content
        weight = _CERTAIN
    if low in _SEEING_FORMS and _SEEN_YOU.match(text, m.end(), min(n, m.end() + 12), CONCURRENT):
        return 0.0  # "The doctor will see you now", "I saw you on TV": a meeting or a sight (not "see you as ...")
    if _KEPT_ALIVE.match(text, m.end(), min(n, m.end() + 10), CONCURRENT):
        return 0.0  # "keep their title hopes alive", "left his claims intact": a noun that "keep" or "leave" holds in a state, no verb
    if low in _WITHDRAWING_FORMS and _NO_OBJECT_AFTER.match(text, m.end(), min(n, m.end() + 10), CONCURRENT):
        return 0.0  # "withdrew from the race", "withdrew with a calf injury": one who pulls out, no claim or support withdrawn
    if low in _REFERRING_FORMS and _OBJECT_THEN_TO.match(text, m.end(), min(n, m.end() + 60), CONCURRENT):
        return 0.0  # "The panel referred the case to the police": a thing sent on to a body, no words (not "referred to X as Y")
    if form.endswith("s") and MOVES_AFTER.match(text, m.end(), min(n, m.end() + 12), CONCURRENT):
        return 0.0  # "Acme shares jump", "Oil sales slump": a plural noun, the subject of a verb of movement
    if form.endswith("s") and document_noun(low) and _PERFECT_OR_PAST_AFTER.match(
            text, m.end(), min(n, m.end() + 8), CONCURRENT):
        return 0.0  # "Budget estimates were revised", "Senate estimates heard that": a noun, the verb's subject
    if form.islower() and root == form and planned_in_headline(ctx, m):
        # "Union to endorse Lee": a headline's plan, read as "Union endorses Lee" is
        return max(weight, lexicon.cue_weight(third_person(form), context))
    if (m.group()[0].isupper() and form.islower() and form.endswith("s") and form not in _LINKING_FORMS
            and _TITLE_SUBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and not _bare_verb_after(ctx, m.end())):
        # a title-case headline's verb in -s after a name: "Lee Tweets A Photo", "Board Votes To Close"; the
        # form is mostly a noun elsewhere, so its stem's forms weigh it (not a noun before the plural's
        # own verb: "Media Reports Reveal")
        weight = max(weight, lexicon.stem_weight(form, context))
    if (context == "." and written_low and form.endswith("s") and form not in _LINKING_FORMS
            and _TAIL_SUBJECT_BEFORE.search(text, max(0, m.start() - 50), m.start())):
        # a verb in -s after a determined subject that a comma sets off, at the sentence's end:
        # the tail of a report, ("..., the affidavit states."), though the form is mostly a noun
        # elsewhere ("the States"): its stem's forms weigh it
        weight = max(weight, lexicon.stem_weight(form, context))
    if (weight > 0.0 and written_low and root == form and not form.endswith("s")
            and lexicon.cue_prior(form) == 0.0
            and _MODIFIER_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start(), CONCURRENT)):
        # a bare form the tables never saw head a cue, after a capitalised word that no plural or
        # subject pronoun ends, inside a phrase: a noun the name modifies ("a contract for Welsh rail
        # stock"), which a singular subject's verb never is in the bare form
        return 0.0
    if not form.islower() or root != form or form in _PREPOSITION_VERBS:
        return weight
    # the third-person form's weight counts only where it is the greater: a lookup, read before
    # the patterns, which most bare forms need not run (two in three on the train split)
    third = lexicon.cue_weight(third_person(form), context)
    if third <= weight or not (_PLURAL_BEFORE.search(
            text, max(0, m.start() - _PLURAL_REACH), m.start(), CONCURRENT) or form in _CONTENDING_FORMS and _MODAL_BEFORE.search(
            text, max(0, m.start() - _MODAL_REACH), m.start(), CONCURRENT) or (
                form in en.HEARER_VERBS and context in _DO_SUPPORT_CONTEXTS or form in _DISPUTING_FORMS)
            and _DO_SUPPORT_BEFORE.search(text, max(0, m.start() - 20), m.start(), CONCURRENT)):
        return weight
    # (after "did" a bare verb that takes a hearer is the finite verb too, before a clause, a
    # hearer's name or a quotation: "She did tell MPs that ...")
    return third


# a form of "be" and the adverbs a predicate's adjective takes, right before it ("are not
# entirely", "have long been", "’re"); no "so" or "too", whose "that" opens a result ("were so
# upset that they left")
_BE_BEFORE = regex.compile(
    r"(?:(?<![\w’'-])(?:is|are|was|were|am|be|been)|(?<=\w)[’'](?:s|re|m))"
    r"(?:[^\S\n]+(?:not|never|very|more|less|most|still|also|now|all|quite|(?!(?:only|early)\b)[a-z]+ly))*[^\S\n]+\Z")
_STANCE_BE_REACH = 50


def _stance_before_clause(text: str, m: regex.Match, form: str) -> bool:
    """Whether the word ``m`` (read as ``form``) is an adjective of stance, or a feeling's
    participle, after a form of "be" whose subject is no impersonal "it" ("It is certain
    that": no one's stance), before a "that" that opens a clause."""
    low = form.lower()
    if not (low in en.STANCE_THAT_ADJECTIVES or low.endswith("ed") and feeling_lemma(low) in en.PSYCH_VERBS):
        return False
    if _BE_BEFORE.search(text, max(0, m.start() - _STANCE_BE_REACH), m.start(), CONCURRENT) is None:
        return False
    if _IMPERSONAL_BEFORE.search(text, max(0, m.start() - 24), m.start(), CONCURRENT):
        return False
    that = text.find("that", m.end(), m.end() + _STANCE_BE_REACH)
    return that >= 0 and _THAT_CLAUSE.match(text, that, min(len(text), that + _CLAUSE_OPENER_CHARS), CONCURRENT) is not None


# how far a "that" and the words that open its clause may reach: the end passed to a pattern with
# a word it must hold, which the `regex` module looks for first as far as that end, whatever the
# start (a text's end there costs the rest of the text at each call)
_CLAUSE_OPENER_CHARS = 120


# the auxiliary "do" right before a bare form, which makes it the clause's finite verb: "she did
# tell MPs", "it does warn", "they didn't tell us" (the form alone is most often an infinitive);
# only for a verb of telling, before what opens a report's content or names its hearer: other
# verbs there are as often a deed ("didn't find a job", "didn't show the speech") or an aside
# inside a report ("told the paper that, despite ..., he didn't think ...")
_DO_SUPPORT_CONTEXTS = frozenset(("that", "cap", "pron", "quote", ":"))
# ... and a verb of denial, in any context: "did not deny the report",
# "does not contest the figures" (its object is what is denied; not "confirm": "did not confirm the memo" withholds)
_DISPUTING_FORMS = frozenset("deny dispute contest".split())
_DO_SUPPORT_BEFORE = regex.compile(r"(?<![\w’'-])(?:do|does|did)(?:n[’']t|[^\S\n]+not|[^\S\n]+also)?[^\S\n]+\Z")
# a modal right before a bare verb of contending makes it the verb, no noun ("Police will allege
# the man ...", "the defence would contend"), and the form weighs as its third-person form does (not
# every verb's: "would support", "will see" more often take a thing than a clause)
_CONTENDING_FORMS = frozenset(["allege", "contend"])
_MODAL_BEFORE = regex.compile(r"(?<![\w’'-])(?:will|would|could|might|should|must|shall)(?:n[’']t|[^\S\n]+not|[^\S\n]+also)?[^\S\n]+\Z")
_MODAL_REACH = 16


# Verbs of talking, and the hearer after their "to" or "with", then the topic's "about": "spoke to
# the senator about", "talked with Vexa's board about"; the hearer of five words at most, with no
# comma, no clause and no other preposition in it ("spoke to reporters on Monday about" is no such),
# and no time for its first word ("the experts I spoke to this week about": the hearer is the relative's)
_TALK_LEMMAS = frozenset(["speak", "talk"])
_HEARER = (
    r"[^\S\n]+(?:to|with)[^\S\n]+(?!(?:this|last|next|that|earlier|later|yesterday|today|recently)[^\w’'-])"
    r"(?:(?!(?:about|on|at|in|for|that|who|and|after|before)[^\w’'-])[\w’'.&-]+[^\S\n]+){1,5}?")
_TOPIC = r"(?:about|regarding|concerning)(?![\w’'-])"
_HEARER_THEN_TOPIC = regex.compile(_HEARER + _TOPIC)
# ... or the hearer, then a time before the topic: "talked to reporters | on Monday | about"
_HEARER_THEN_TIME = regex.compile(_HEARER + r"(?=(?:on|in|at|during|last|this|earlier|late|early)[^\S\n])")
_TOPIC_AFTER = regex.compile(r"[^\S\n]+" + _TOPIC)
_HEARER_REACH = 80


def _hearer_then_topic(text: str, pos: int, limit: int) -> int | None:
    """Where the hearer and the topic's "about" after a verb of talking end ("spoke to the
    senator about"), a time perhaps between them ("talked to reporters on Monday about");
    None when no topic follows the hearer."""
    m = _HEARER_THEN_TOPIC.match(text, pos, limit, CONCURRENT)
    if m is not None:
        return m.end()
    m = _HEARER_THEN_TIME.match(text, pos, limit, CONCURRENT)
    if m is None:
        return None
    past = skip_post_adjuncts(text, m.end() - 1, limit)  # (from the space before the time)
    topic = _TOPIC_AFTER.match(text, past, limit, CONCURRENT) if past > m.end() else None
    return topic.end() if topic is not None else None


# a lower-case word, then a capitalised one with no plural's "-s" right before a word: a name inside a
# phrase ("for Welsh rail"), not a sentence's first word nor a subject pronoun ("They rail")
# ("Lee and Roe rail against" is a plural subject's verb)
_MODIFIER_NAME_BEFORE = regex.compile(r"(?<![\w’'-])(?!(?:and|or|nor)[^\S\n])[a-z]+[^\S\n]+\p{Lu}[a-z]+(?<!s)[^\S\n]+$")


# words that no participle's phrase of place, time or agent holds: a clause's or a verb's
_NO_PARTICIPLE_PHRASE_WORD = (
    r"(?:that|which|who|to|and|or|but|would|will|can|could|may|might|should|must|do|does|did|not|is|are|was|were|has|have|had)")
# A plural noun (or "percent", `PERCENT`) right before a word, with a space between them: "polls show", "Democrats
# support", "61 percent want", "61 per cent want", "three-quarters oppose" (the plural fractions of `FRACTION_NOUNS`); not a possessive ("the polls’ show") nor a word the walk reads as a name's end;
# or "who", after which a bare form is the finite verb of a plural antecedent ("voters who support"), or a
# subject pronoun that takes the bare form ("they support", "we back", "I oppose"; not "you", mostly the reader: "Do you support ...?"); an
# adverb may stand between ("Democrats overwhelmingly support", "Police also allege", `_PLURAL_VERB_ADVERBS`)
# the adverbs in no "-ly" that stand between a plural subject and its bare verb as those in "-ly" do:
# "Police also allege", "officials still claim", "residents now fear", "prosecutors further allege"
_PLURAL_VERB_ADVERBS = frozenset("also still now further earlier already often even later then all both".split())
# how far back the plural and its participle's phrases may start: "Figures obtained by the BBC under
# the Freedom of Information Act | show"
_PLURAL_REACH = 100
_PLURAL_BEFORE = regex.compile(
    r"(?:(?<![\w’'-])[a-z]{2,}[^sui\W]s|(?<![\w’'])\p{L}+-(?:"
    + "|".join(sorted(w for w in en.FRACTION_NOUNS if w.endswith("s")))
    + r")|(?<![\w’'-])\p{Lu}[a-z]+(?:ans|ats|als|ists|ers|ors)|\b" + PERCENT + r"|\bwho|(?<![\w’'-]|\b(?:what|which|as)[^\S\n]+)(?:[Tt]hey|[Ww]e|I)|(?<=^|\n|[.!?][^\S\n]{1,3})\p{Lu}[a-z]+[^sui\W]s"
    # "data", a plural with no "-s" ("data show"), and a plural with a participle and its named agent
    # ("emails seen by the Ledger show", "figures obtained by Lee Roe show") or a named place
    # ("reports in Spain claim", "officials in New Delhi say")
    r"|(?<![\w’'-])[Dd]ata"
    # and "police", a plural with no "-s" ("Police allege the man ...", "the police claim"; not
    # after "a", a noun it modifies: "a police report")
    r"|(?<![\w’'-])(?<!(?<![\w’'-])[Aa]n?[^\S\n]+)[Pp]olice"
    r"|(?<![\w’'-])\p{L}[a-z]+[^sui\W]s[^\S\n]+(?:(?:[a-z]{2,}ed|seen|shown|given|taken|drawn|written)[^\S\n]+by|in|from)[^\S\n]+"
    r"(?:the[^\S\n]+)?(?:\p{Lu}[\w’'.-]*[^\S\n]+){0,2}\p{Lu}[\w’'.-]*"
    # ... or a plural with a participle and where, when, by whom or under what, in up to five words with
    # no verb nor clause word, not ending on a determiner ("figures released on Tuesday show", "data released
    # by the agency last week show", "figures released under the Freedom of Information Act show"; not
    # "voters turned on the | show")
    r"|(?<![\w’'-])(?:\p{L}[a-z]+[^sui\W]s|[Dd]ata)[^\S\n]+(?:[a-z]{2,}ed|seen|shown|given|taken|drawn|written)"
    r"[^\S\n]+(?:by|in|from|on|at|over|for|under|through|last|this|earlier)(?:[^\S\n]+(?!" + _NO_PARTICIPLE_PHRASE_WORD + r"[^\w’'-])[\w’'.-]+){1,5}"
    # (and a second phrase of what law or request, after the agent: "figures obtained by the BBC under the
    # Freedom of Information Act show")
    r"(?:[^\S\n]+(?:under|through|via)(?:[^\S\n]+(?!" + _NO_PARTICIPLE_PHRASE_WORD + r"[^\w’'-])[\w’'.-]+){1,5})?"
    r"(?<![^\w’'-](?:the|a|an|its|their|his|her|this|these|those|that))"
    r")[^\S\n]+(?:(?:[a-z]{2,}ly|" + "|".join(sorted(_PLURAL_VERB_ADVERBS)) + r")[^\S\n]+)?$",
    # only asked whether it matches: read back from the end it is anchored to, not tried at each start
    regex.REVERSE,
)


# A headline that opens with its subject, names only (capitalised words, commas,
# "and"), then "to" and a bare verb: the plan a headline writes as "X to VERB"
# ("Union to endorse Lee", "Lee, Roe to campaign for Ray"); the verb is group 1
_HEADLINE_PLAN = regex.compile(
    r"[^\S\n]*(?:\p{Lu}[\w.’'&-]*,?[^\S\n]+(?:and[^\S\n]+)?){1,5}to[^\S\n]+([a-z]{2,})\b"
)
_LAST_BEFORE_TO = regex.compile(r"([\w’'-]+)\W*[^\S\n]+to[^\S\n]+[a-z]+$")


def _headline_plan(text: str, start: int, end: int) -> regex.Match | None:
    """A headline's "X to VERB" from ``start``, its subject no word such as
    "Ready" or "How" that takes an infinitive with no subject of its own."""
    planned = _HEADLINE_PLAN.match(text, start, end)
    if planned is None:
        return None
    last = _LAST_BEFORE_TO.search(text, planned.start(), planned.end())
    return None if last is None or last.group(1).lower() in en.INFINITIVE_OPENERS else planned


# How far the word after a position is read: past any word of English
_NEXT_WORD_REACH = 40


def _bare_verb_after(ctx: Context, pos: int) -> bool:
    """Whether the word after ``pos`` is a bare verb whose third-person form may head a cue."""
    if not ctx.text.startswith(" ", pos):
        return False
    nxt = WORD.match(ctx.text, pos + 1, min(len(ctx.text), pos + _NEXT_WORD_REACH), CONCURRENT)
    if nxt is None:
        return False
    low = nxt.group().lower()
    return lemma(low) == low and third_person(low) in ctx.lexicon.candidate_forms


# Forms of "refer", and an object of up to five words (no "to", "that" or "as" among them) then "to":
# a case, a matter or a question sent on to a body ("referred the case to the police", "refers
# questions to the campaign"), no report; "referred to X as Y" takes its "to" first and stays a cue
_REFERRING_FORMS = verb_forms(["refer"])
# Forms of "withdraw" with no object after them, before a preposition or the clause's end: one who
# pulls out ("withdrew from the race", "withdrew with an injury", "withdrew."); "withdrew his support"
# takes back what was said
_WITHDRAWING_FORMS = frozenset("withdraw withdraws withdrew withdrawn withdrawing".split())
_NO_OBJECT_AFTER = regex.compile(
    r"[^\S\n]*[.,;]|[^\S\n]+(?:from|with|through|due|after|because|before|amid|over|on|in|at|last|this|early|late)(?![\w’'-])")
# Forms of "see" before "you": a meeting or a sight ("will see you now", "saw you on TV"), not a view
# ("see you as a leader")
_SEEING_FORMS = verb_forms(["see"])

# Verbs that put questions before others, then the questions and what they are about: "raised
# questions about his health", "is raising fresh questions over the deal", "posed questions as to
# whether ...", "begs the question of whether ...": a doubt voiced or prompted, the topic its
# content, though "raised" alone is most often money or a child ("raised $2m", "was raised in Ohio")
_RAISING_QUESTION_LEMMAS = frozenset(["raise", "pose", "beg"])
_QUESTIONS_ABOUT = regex.compile(
    r"[^\S\n]+(?:(?:the|new|fresh|more|further|serious|troubling|tough|hard|broader|similar|concrete|"
    r"many|some|several|other|additional|[a-z]+ly)[^\S\n]+){0,2}questions?[^\S\n]+"
    r"(?:about|over|regarding|as[^\S\n]+to|of[^\S\n]+(?:whether|how|what|who|why))(?![\w’'-])")
_QUESTIONS_REACH = 60
_SEEN_YOU = regex.compile(r"[^\S\n]+you(?![\w’'-])(?![^\S\n]+as(?![\w’'-]))")
# A state a noun is kept or left in, right after it: the word before is that noun (a cue's verb takes
# no such adjective straight after it)
_KEPT_ALIVE = regex.compile(r"[^\S\n]+(?:alive|afloat|intact)(?![\w’'-])")
_OBJECT_THEN_TO = regex.compile(r"(?:[^\S\n]+(?!(?:to|that|as)\b)[\w’'-]+){1,5}?[^\S\n]+to\b")
# The bare forms of verbs of rising and falling, which a headline's plural subject
# takes ("Acme shares jump", "Fuel prices soar"): the word in -s before one is that noun, no verb
MOVES_AFTER = regex.compile(
    r"[^\S\n]+(?:rise|fall|jump|slump|soar|surge|tumble|climb|drop|slide|sink|plunge|rally|dip|slip|rebound"
    r"|sag|crash|spike|plummet|dive|leap|sour|stall|falter)\b(?![’'-])"
)
# An auxiliary of the perfect or the past right after a word in -s that is a document's noun too:
# the word is that noun, the auxiliary's subject ("estimates were revised"), as it is before "heard",
# a body that heard evidence ("Senate estimates heard that"). A verb takes one only where a relative
# took its clause's subject ("who he claims has been unfair"), most often before a modal ("which
# the bank estimates would cost", `_AUXILIARY_NEXT` holds those too): none here.
_PERFECT_OR_PAST_AFTER = regex.compile(r"[^\S\n]+(?:has|have|had|was|were|heard)(?![\w’'-])")
# Verbs of belief or expectation that take a clause with its "that" left out ("doubt a cut will
# come"), and what follows them as ``cue_context`` reads it when a clause does; a record's "show"
# takes one as well ("the minutes showed officials were worried"), and so does a paper's "report",
# whose present is mostly a noun elsewhere ("The Post reports the mayor will resign")
_BELIEF_VERBS = frozenset("doubt suspect reckon fear expect show find report".split())
# a time's noun after a word, with a determiner or none: after "reports" it makes the word a noun
# that the time dates, not a verb whose clause opens there ("Police reports this year were public")
_TIME_NEXT = regex.compile(
    r"[^\S\n]+(?:(?:this|that|each|every|last|next|the|a)[^\S\n]+)?(?:" + "|".join(sorted(en.TIME_WORDS)) + r")(?![\w’'-])",
    regex.IGNORECASE)
# the subject of a framing verb between commas, right after the first comma and a word before it:
# a determiner and up to four words, up to three names in capitals, a subject pronoun of the third
# person, or one or two words in lower case that join no clause nor open a phrase and hold no auxiliary (", the
# researchers", ", Lee", ", they", ", police"; not the fillers ", I think,", ", you know,")
_FRAME_SUBJECT_BEFORE = regex.compile(
    r"[\w’'”\")][^\S\n]*,[^\S\n]+(?:(?:the|a|an|his|her|their|its|our|some|many|most|other|several|both)"
    r"(?:[^\S\n]+[\w’'-]+){1,4}|\p{Lu}[\w’'.-]*(?:[^\S\n]+\p{Lu}[\w’'.-]*){0,2}|he|she|they|it"
    r"|(?!(?:and|but|or|yet|so|then|which|who|that|also|later|eventually|finally|soon|you|i|we|by|in|on|at|for|with|of|from|to|as)\b)[a-z][\w’'-]+"
    r"(?:[^\S\n]+(?!(?:will|would|might|may|can|could|should|must|do|does|did|had|has|have)\b)[a-z][\w’'-]+)?)"
    r"[^\S\n]+$")
_BARE_CLAUSE_CONTEXTS = frozenset(["word", "cap", "pron"])
# verbs of telling what is asked (`en.DISCLOSING_LEMMAS`), negated right before them, and the
# question's word after them: "would not confirm whether", "didn't disclose how", "could not specify when"
_NOT_BEFORE = regex.compile(r"(?:(?<![\w’'-])(?:not|never)|n[’']t)[^\S\n]+\Z")
# a verb of telling paired with a denial after a negation ("would not confirm or | deny", "would
# neither confirm nor | deny"): the two are one refusal to tell
_NEGATED_PAIR_BEFORE = regex.compile(
    r"(?:(?:(?<![\w’'-])(?:not|never)|n[’']t)[^\S\n]+(\p{Ll}+)[^\S\n]+or|(?<![\w’'-])[Nn]either[^\S\n]+(\p{Ll}+)[^\S\n]+nor)[^\S\n]+\Z")


def _refusal_to_tell(text: str, m: regex.Match, form: str) -> bool:
    """Whether the verb ``m`` (read as ``form``) is a verb of telling negated right before it
    ("would not confirm", "didn't disclose"), or a denial paired with one under a negation
    ("would not confirm or deny", "would neither confirm nor deny")."""
    verb = lemma(form.lower())
    if verb in en.DISCLOSING_LEMMAS and _NOT_BEFORE.search(text, max(0, m.start() - 12), m.start(), CONCURRENT):
        return True
    if verb not in en.DENIAL_LEMMAS:
        return False
    pair = _NEGATED_PAIR_BEFORE.search(text, max(0, m.start() - 40), m.start(), CONCURRENT)
    return pair is not None and lemma(pair.group(1) or pair.group(2)) in en.DISCLOSING_LEMMAS
_QUESTION_AFTER = regex.compile(r"[^\S\n]+(?:whether|if|how|what|why|when|where|who|which)(?![\w’'-])")
# a preposition right before a word, which makes it a noun: "beyond doubt", "without fear"
_NOUN_PLACE_BEFORE = regex.compile(r"(?<![\w’'])(?i:without|beyond|of|for|in|with|from|no)[^\S\n]+$")
# a short subject (a pronoun, not "it", which may be the verb's object, `test_cue_context`; a
# determined noun phrase, a name in capitals, or one or two words in lower case with no determiner,
# after a quantifier or none: "prices", "most members", "core inflation"), then an auxiliary
_BARE_WORD = r"(?!(?:it|you|him|them|us|me|her|he|she|they|we|i|what|how|why|who|which|where|when|whether|if|that|up|out|off|not)\b)[a-z][\w’'-]*"
_BARE_FINITE_CLAUSE = regex.compile(
    r"[^\S\n]+(?:(?i:he|she|they|we|i|there)|(?i:the|a|an|this|these|those|his|her|their|its|our|some|any|no|such)"
    r"(?:[^\S\n]+[\w’'-]+){1,4}?|\p{Lu}[\w’'-]*(?:[^\S\n]+\p{Lu}[\w’'-]*){0,2}"
    r"|(?:(?:most|many|few|several|all|both)[^\S\n]+)?" + _BARE_WORD + r"(?:[^\S\n]+" + _BARE_WORD + r")?)[^\S\n]+"
    r"(?:will|would|could|can|may|might|should|must|is|are|was|were|has|have|had|does|did|won[’']t|wouldn[’']t|can[’']t)\b")
# verbs of seeming and becoming, whose subject is described, not heard: "Lee Sounds Tired", "Pier Looks Doomed"
_LINKING_FORMS = frozenset("sounds looks seems appears feels becomes remains gets goes turns grows stays".split())
# a capitalised word (a name's last) right before a word in a title-case headline
_TITLE_SUBJECT_BEFORE = regex.compile(r"(?<![\w’'-])\p{Lu}[\w.’'-]*[^\S\n]+$", regex.REVERSE)


# a comma, a determiner and one to three words right before a word: the subject of a report's tail
# (", the affidavit states", ", the police report notes")
_TAIL_SUBJECT_BEFORE = regex.compile(
    r",[^\S\n]+(?:the|a|an|its|his|her|their)[^\S\n]+(?:[\w’'-]+[^\S\n]+){1,3}$", regex.REVERSE)


# How far from its paragraph's start a headline's planned verb may stand: five
# names and "to" ("Ann Lee, Tom Roe and Ray Fox to ...") fit well inside it
_HEADLINE_PLAN_REACH = 400
# "to" and a space right before a word
_TO_BEFORE = regex.compile(r"(?<![\w’'-])to[^\S\n]+$")


def planned_in_headline(ctx: Context, m: regex.Match) -> bool:
    """Whether the word ``m`` is the verb of a headline's "X to VERB"."""
    layout = ctx.layout
    if not layout.paragraphs or not layout.paragraphs[0][0] <= m.start() < layout.paragraphs[0][1]:
        return False
    start = layout.paragraphs[0][0]
    # cheap tests first: the pattern's scan for its "to" runs to ``m``, which in a
    # paragraph with no end would cost the whole text for every word
    if m.start() - start > _HEADLINE_PLAN_REACH or _TO_BEFORE.search(ctx.text, max(start, m.start() - 12), m.start()) is None:
        return False
    planned = _headline_plan(ctx.text, start, m.end())
    return planned is not None and planned.start(1) == m.start()


# Bare verb forms that are prepositions after a plural as often as verbs: "states like Ohio"
_PREPOSITION_VERBS = frozenset(["like"])


def third_person(base: str) -> str:
    """A verb's third-person present form: "show" "shows", "push" "pushes", "worry" "worries"."""
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return base[:-1] + "ies"
    return base + "s"


# A passive of naming: "be" (and adverbs) before the participle, a quoted name after it
_NAMING_AUX_BEFORE = regex.compile(r"\b(?:is|was|are|were|be|been|being)[^\S\n]+(?:[a-z]+ly[^\S\n]+){0,2}$")
_QUOTED_NAME = regex.compile(r"[^\S\n]*(?:(?:the|a|an)[^\S\n]+)?[“\"‘]", regex.IGNORECASE)
_NAMING_WORD = regex.compile(r"\b(?:" + "|".join(sorted(en.NAMING_PARTICIPLES)) + r")\b")


def quoted_name(text: str, pos: int, limit: int) -> bool:
    """Whether a quoted name opens at ``pos``, after "the", "a" or "an" if any."""
    return _QUOTED_NAME.match(text, pos, limit) is not None


def _named_in_quotes(text: str, sentence: Sentence, m: regex.Match) -> bool:
    """Whether the word ``m`` is a passive participle of naming before a quoted
    name: "is called a “debate”", "will informally be dubbed the “...”"."""
    return (m.group() in en.NAMING_PARTICIPLES and quoted_name(text, m.end(), sentence.end)
            and _NAMING_AUX_BEFORE.search(text, max(sentence.start, m.start() - 40), m.start()) is not None)


def cue_words(ctx: Context, sentence: Sentence) -> Iterator[regex.Match]:
    """The words of a sentence, outside quotations, that work as cues here."""
    text, lex = ctx.text, ctx.lexicon
    candidates = lex.candidate_forms
    s0, s1 = sentence.start, sentence.end
    quote_window = opening_quotation_window(ctx, sentence)
    # a first filter in one pass: words that could be cues, words right after
    # an opening quotation, words before a colon
    low = _lowered(ctx)
    if low is not None:
        pool = [WORD.match(text, m.start(), s1, CONCURRENT) for m in WORD.finditer(low, s0, s1, False, CONCURRENT)
                if m[0] in candidates]
    else:
        pool = [m for m in WORD.finditer(text, s0, s1) if m.group().lower() in candidates]
    if text.find("e-", s0, s1) >= 0:  # (a cheap test before the pattern; ahead of the words that start where these do)
        pool += (v for v in _E_PREFIXED.finditer(text, s0, s1, False, CONCURRENT) if v.group().lower() in candidates)
    if quote_window[1] > quote_window[0]:
        pool += WORD.finditer(text, *quote_window, False, CONCURRENT)
    if text.find(":", s0, s1) >= 0:
        pool += (m for m in WORD.finditer(text, s0, s1, False, CONCURRENT) if text.startswith(":", m.end()))
    pool += (WORD.match(text, v.start(), s1, CONCURRENT) for v in _eds_before_that(text, s0, s1) if lex.unseen(v.group(1)))
    if text.find("that", s0, s1) >= 0:  # a cheap test before the pattern, which reads every word
        pool += (WORD.match(text, v.start(), s1, CONCURRENT) for v in _ED_TO_HEARER_THAT.finditer(text, s0, s1, False, CONCURRENT)
                 if lex.unseen(v.group(1)))
        pool += (WORD.match(text, v.start(), s1, CONCURRENT) for v in _VERB_PLACE_THAT.finditer(text, s0, s1, False, CONCURRENT)
                 if v.group(1) not in candidates and lemma(v.group(1)) in en.THAT_VERBS)
    if text.find("“", s0, s1) >= 0 or text.find('"', s0, s1) >= 0:
        pool += _NAMING_WORD.finditer(text, s0, s1, False, CONCURRENT)  # "is called a “debate”": a name given, quoted
    if (text.find(" view", s0, s1) >= 0 or text.find(" opinion", s0, s1) >= 0) and text.find(" the ", s0, s1) >= 0:
        # "was of the view that", "held the opinion that": a view held, its verb the phrase's head (a
        # cheap test before the pattern: its noun and its article)
        pool += (WORD.match(text, v.start(), s1, CONCURRENT) for v in _VIEW_HELD.finditer(text, s0, s1, False, CONCURRENT))
    if sentence.paragraph == 0:
        planned = _headline_plan(text, s0, s1)
        if planned is not None:
            pool.append(WORD.match(text, planned.start(1), s1, CONCURRENT))  # "Union to back Lee": the planned act's verb
    # (an opening mark must stand in the sentence: a cheap test before the scan)
    quotes = (text.find("“", s0, s1) >= 0 or text.find('"', s0, s1) >= 0 or text.find("''", s0, s1) >= 0
              or ctx.layout.quotation_starts_in(s0, s1))  # single marks: a quotation the layout opens
    for q in _COMMA_QUOTE.finditer(text, s0, s1, False, CONCURRENT) if quotes else ():
        verb = _VERB_COMMA_QUOTE.search(text, max(s0, q.start() - 40), q.end())
        if verb is not None:
            pool.append(WORD.match(text, verb.start(1), s1, CONCURRENT))
    if not pool:
        return
    first = WORD.search(text, s0, s1, CONCURRENT)
    title_case = None  # read when a capitalised word first asks: most sentences' cue words are in lower case
    seen: set[int] = set()
    for m in sorted(pool, key=lambda m: m.start()):
        if m.start() in seen:
            continue
        seen.add(m.start())
        w = m.group()
        if w[0].isupper() and title_case is None:
            title_case = _title_case_headline(ctx, sentence)
        if w in en.CAPITALISED_VERB_FORMS and not title_case:
            w = w.lower()  # "Lee Tweeted that ...": the brand's verb, capitalised as the brand is
        elif (w[0].isupper() and m.start() != first.start() and not title_case) or ctx.layout.inside_quote(m.start()):
            continue
        if title_case and w[0].isupper():
            if len(w) < 3:
                continue  # an initial ("D. J. Lee"), no verb
            w = w.lower()  # "Sanders Calls Clinton Unqualified": the verb is capitalised like every word
        # whether the word works as a cue is asked first: most words of the pool
        # do not, and the two rarer reasons to pass one over need not be read for them
        if _noun_after_article(text, s0, m, w) or _plural_after_count(text, s0, m, w):
            continue
        if text.startswith(",", m.end()) and w.islower() and _ASIDE_NOUN_BEFORE.search(
                text, max(s0, m.start() - _ASIDE_NOUN_REACH), m.start(), CONCURRENT) is not None and lemma(w) == w:
            continue  # "said Tuesday, in a rare public rebuke, that ...": the aside's noun, no verb of its own
        if w.endswith("s") and _SURPASSING_BEFORE.search(text, max(s0, m.start() - 40), m.start(), CONCURRENT):
            continue  # "Acme beat estimates", "profit tops analysts' forecasts": the figures it was measured against
        if w in _RULING_FORMS and m.group()[0].islower() and _governed(text, m, s1):
            continue  # "ruled the kingdom for forty years", "ruled Spain": a reign, no finding
        if w in _GOING_FORMS and _WENT_ON_AS_EVENT.match(text, m.end(), s1, CONCURRENT):
            continue  # "Protests went on here with ...", "The talks went on for hours": the event lasted, no one spoke
        if w in _PRESSING_FORMS and _PRESSED_AHEAD.match(text, m.end(), s1, CONCURRENT):
            continue  # "pressed ahead with the bill", "pressed against a fence": went on with it or pushed, said nothing
        if w in _PUSHING_FORMS and _PUSHED_ONWARD.match(text, m.end(), s1, CONCURRENT):
            continue  # "troops pushed into the town", "pushed deeper into", "pushed ahead with": a move, said nothing
        if (w in _DELIVERING_FORMS and m.group()[0].islower()
                and _DELIVERED_UTTERANCE.match(text, m.end(), min(s1, m.end() + _DELIVERY_REACH), CONCURRENT) is None):
            continue  # "The courier delivered a parcel", "delivered a blowout win": goods or results, nothing said
        if w in _SEEING_PARTICIPLES and _seen_after_noun(text, s0, s1, m):
            continue  # "documents seen by Reuters show ...": what the outlet saw, no report of its own
        if (w in _SHOWING_FORMS and _ADVERB_TO_END.match(text, m.end(), s1, CONCURRENT)
                and text.find(",", s0, m.start()) < 0 and not ctx.layout.inside_quote(s0)):
            continue  # "The change showed almost immediately.": it became visible, no finding shown (not "Y, data showed clearly.")
        if w in _PUTTING_FORMS and _PUT_AS_REPORT.match(text, m.end(), min(s1, m.end() + _PUT_REACH), CONCURRENT) is None:
            continue  # "Lee smiled and put her cup down", "put her on the map": a thing placed, nothing said
        if w in _MAKING_FORMS and _MADE_NAME.match(text, m.end(), min(s1, m.end() + _MADE_NAME_REACH), CONCURRENT):
            continue  # "The novel made her name and put her on the shortlist": fame won, nothing said
        if w in _ORDERING_FORMS and _ORDERED_GOODS.match(text, m.end(), min(s1, m.end() + _ORDERED_GOODS_REACH), CONCURRENT):
            continue  # "has ordered a first print run of 60,000 copies", "ordered 40 new buses": goods, nothing bidden
        if w in _SIGNING_FORMS and _SIGNED_PERSON.match(text, m.end(), min(s1, m.end() + _SIGNED_PERSON_REACH), CONCURRENT):
            continue  # "The club signed the striker", "signed the author to a deal": one taken on, no paper signed
        if w in _BLAME_NOUNS and _object_of_blame_verb(text, s0, m):
            continue  # "The rivals traded blame over ...", "accepted blame for": the noun, the verb before it
        if _neither_nor_verb(text, s0, s1, m):
            continue  # "neither confirmed nor denied the report": no report, as "did not confirm or deny" is none
        if not _works_as_cue(ctx, sentence, m, w, quote_window):
            continue
        if _compound_part(text, m.start(), m.end()):
            continue  # "late-deciding voters", "Cruz-supporting", but "re-tweeting"
        if _starts_lead_phrase(ctx, m.start(), sentence.end):
            continue  # "according to" belongs to the lead-phrase rule
        yield m


def _neither_nor_verb(text: str, lo: int, hi: int, m: regex.Match) -> bool:
    """Whether the verb ``m`` is one of two denied together, right after "neither" with a
    "nor" ahead, or right after that "nor" ("The ministry neither confirmed nor denied it")."""
    start = max(lo, m.start() - _NEITHER_REACH)
    if text.find("neither", start, m.start()) < 0 and text.find("Neither", start, m.start()) < 0:
        return False  # (a cheap test before the patterns, which most cues fail)
    if _NEITHER_BEFORE.search(text, start, m.start(), CONCURRENT) is not None:
        return _NOR_AHEAD.search(text, m.end(), min(hi, m.end() + _NEITHER_REACH), CONCURRENT) is not None
    if (pair := _NEITHER_VERB_NOR_BEFORE.search(text, start, m.start(), CONCURRENT)) is None:
        return False
    if pair.group("between") and _CLAUSE_AFTER.match(text, m.end(), hi, CONCURRENT):
        # "neither confirmed the report nor denied that the talks failed": each verb has its own
        # object, and the second, a clause, is reported (its negation is the cue's "nor")
        return False
    # "would neither confirm nor deny that talks took place": one refusal to tell, which reports
    # on the clause after it as "would not confirm or deny that" does (the pair and "neither" are
    # the cue's); with no clause after it ("neither confirmed nor denied the report") there is none
    return not (_CLAUSE_AFTER.match(text, m.end(), hi, CONCURRENT) and (pair := _NEGATED_PAIR_BEFORE.search(
        text, start, m.start(), CONCURRENT)) is not None and pair.group(2) is not None and lemma(pair.group(2)) in _CONFIRM_OR_DENY
        and lemma(m.group().lower()) in _CONFIRM_OR_DENY)


_NEITHER_REACH = 80
_CONFIRM_OR_DENY = en.DISCLOSING_LEMMAS | en.DENIAL_LEMMAS
# "that" or a question's word opening a clause right after a verb
_CLAUSE_AFTER = regex.compile(r"[^\S\n]+(?:that|whether|if|how|what|why|when|where|who|which)(?![\w’'-])")
_NEITHER_BEFORE = regex.compile(r"(?<![\w’'])[Nn]either[^\S\n]+$")
_NOR_AHEAD = regex.compile(r"[^\S\n]nor[^\S\n]+\p{Ll}")
# "neither", a verb in lower case, up to six words, and "nor" right before a position
_NEITHER_VERB_NOR_BEFORE = regex.compile(
    r"(?<![\w’'])[Nn]either[^\S\n]+\p{Ll}[\w’'-]*(?P<between>(?:[^\S\n]+[\w’'-]+){0,6}?),?[^\S\n]+nor[^\S\n]+$")


# "went on" reports speech going on ("went on to say", "went on: “...”", "went on CNN"),
# not an event lasting, before a place, a time, a span or a manner ("went on here with",
# "went on for hours", "went on until dawn", "went on unabated")
_GOING_FORMS = frozenset("go goes going gone went".split())
# "press ahead" and "press on with": to go on with something; "pressed against the fence",
# "pressed into service", "pressed through the crowd": a push of the body or a thing; no report
_PRESSING_FORMS = verb_forms(["press"])
# Forms of "deliver", which report only when what is delivered is something said: its object's
# noun, up to six words on, names an utterance ("delivered a speech", "delivering a blistering
# critique of", "delivered its ruling", "his last State of the Union Address"); not goods or results ("delivered a parcel to the court",
# "delivered a blowout win", "delivered the worst recession")
_DELIVERING_FORMS = verb_forms(["deliver"])
_DELIVERED_UTTERANCE = regex.compile(
    r"(?:[^\S\n]+(?!(?:to|by|for|from|with|at|in|into|on|that|which|who|and|or|but)\b)[\w’'“”\"‘$.,-]*?[\w’'“”\"‘$-]){0,6}?"
    r"[^\S\n]+[“\"‘]?(?i:speech(?:es)?|address(?:es)?|remarks|messages?|warnings?|verdicts?|rulings?|judge?ments?"
    r"|statements?|sermons?|lectures?|talks?|eulog(?:y|ies)|tributes?|defen[cs]es?|critiques?|rebukes?|tirades?"
    r"|retorts?|responses?|repl(?:y|ies)|rebuttals?|apolog(?:y|ies)|promises?|pledges?|updates?|briefings?"
    r"|testimony|monologues?|orations?|keynotes?|ultimatums?|indictments?|denunciations?|condemnations?"
    r"|broadsides?|diatribes?|rants?|screeds?|homil(?:y|ies)|pleas?|appeals?|answers?|ripostes?|rejoinders?"
    r"|lines?|bites?|soundbites?|jokes?|quips?|news|announcements?|reports?|assessments?|findings?"
    r"|conclusions?|opinions?|arguments?|critiques?|attacks?|criticism|praise|endorsements?|invocations?"
    r"|benedictions?|prayers?|toasts?|manifestos?|proclamations?|declarations?|pronouncements?"
    r"|sentences?|lessons?|notices?|summar(?:y|ies)|readouts?|analys[ie]s|reprimands?|scolding|lashing|rebuffs?)"
    r"(?![\w-])")
_DELIVERY_REACH = 90
# "push into the town", "pushed deeper", "pushing toward the river", "pushed ahead with the bill":
# troops or a crowd moving on, or one going on with a plan; no report (not "pushed for", "pushed
# back on the claims", "pushing out a new video", which are)
_PUSHING_FORMS = verb_forms(["push"])
_PUSHED_ONWARD = regex.compile(
    r"[^\S\n]+(?:(?:further|farther|deep|deeper)[^\S\n]+)?"
    r"(?:into|through|towards?|deeper|further|farther|forward|past|across|beyond|ahead|onwards?|inland)(?![\w’'-])")
_PRESSED_AHEAD = regex.compile(r"[^\S\n]+(?:ahead|on[^\S\n]+with|against|into|through|together|down|up[^\S\n]+against)\b")
_WENT_ON_AS_EVENT = regex.compile(
    r"[^\S\n]+on[^\S\n]+(?:here|there|for|until|till|with|into|throughout|through|despite|amid|unabated|"
    r"uninterrupted|late|long|all|during|since|at|in|and|as|without|regardless|smoothly|peacefully|apace)\b"
)
# participles of seeing that, right after a noun and before their agent, tell what saw the
# noun ("a letter seen by the Gazette", "footage viewed by the BBC"): a reduced relative
_SEEING_PARTICIPLES = frozenset(["seen", "viewed"])
_AGENT_AFTER = regex.compile(r"[^\S\n]+by[^\S\n]")
_WORD_BEFORE = regex.compile(r"([\w’'-]+)[^\S\n]+$")


# "put" reports only as "put it", "put forward", "put out", "put to", or as an estimate of an
# object "at" a figure ("Forbes put his net worth at $45 billion", "Estimates put the toll at
# 40"), or in "put her finger on"; elsewhere it places a thing, "put her cup down", "put her on the map"
_PUTTING_FORMS = frozenset(["put", "puts", "putting"])
_PUT_AS_REPORT = regex.compile(
    r"[^\S\n]+(?:it|forth|forward|out|to|across|in[^\S\n]+writing)(?![\w’'-])"
    r"|(?:[^\S\n]+[\w’'$.,%-]+){1,14}?[^\S\n]+(?:at|near|around|close[^\S\n]+to)[^\S\n]"
    # and the idiom of naming what matters: "put her finger on the problem"
    r"|(?:[^\S\n]+[\w’'-]+)?[^\S\n]+finger[^\S\n]+on(?![\w’'-])", regex.IGNORECASE)
_PUT_REACH = 120
# "make" and an owner's noun of fame or fortune: "the novel made her name", "made his mark",
# "made their fortune", "made her debut", "makes a living": a name or a living made, nothing said
# (not "made her case", "made his pitch", "made their views clear", which report)
_MAKING_FORMS = frozenset(["make", "makes", "made", "making"])
_MADE_NAME = regex.compile(
    r"[^\S\n]+(?:her|his|their|its|my|our|your|one[’']s|a)(?:[^\S\n]+own)?[^\S\n]+"
    r"(?:name|names|mark|fortune|fortunes|debut|debuts|living)(?![\w’'-])(?![^\S\n]+for[^\S\n])")
_MADE_NAME_REACH = 30
# "order" and a thing bought or made to order, a count or a few modifiers before its noun: "has
# ordered a first print run of 60,000 copies", "ordered 40 new buses", "ordered a pizza": goods,
# no directive (not "ordered a review of ...", "ordered the release of ...", "ordered the troops to
# ...": what was bidden, which gold gives as a report)
_ORDERING_FORMS = frozenset(["order", "orders", "ordered", "ordering"])
_ORDERED_GOODS = regex.compile(
    r"[^\S\n]+(?:(?:an?|the|its|their|his|her|another|more|further|extra|additional|\d[\d,.]*|"
    + en.NUMBER_WORDS + r"|dozens|hundreds|thousands|millions)[^\S\n]+)?"
    r"(?:(?!(?:to|that|of|for|into|on|in|by|with|from|at|and|or)[^\S\n])[\w’'-]+[^\S\n]+){0,3}?"
    r"(?:print[^\S\n]+runs?|" + "|".join(sorted(en.ORDERED_GOODS, key=lambda w: (-len(w), w))) + r")(?![\w’'-])"
    # (not goods sent somewhere: "ordered the tanks to the border", "ordered ships into the gulf")
    r"(?![^\S\n]+(?:to|into|onto|out|back|across|toward|towards|off|home|away|north|south|east|west)(?![\w’'-]))",
    regex.IGNORECASE)
_ORDERED_GOODS_REACH = 80
# "sign" and a person as its object: "The club signed the striker", "has signed him on loan",
# "signed the author to a two-book deal": a player or a client taken on, no paper put one's name
# to (not "signed the bill", "signed a letter", "signed the player's contract")
_SIGNING_FORMS = frozenset(["sign", "signs", "signed", "signing"])
_SIGNED_PERSON = regex.compile(
    r"[^\S\n]+(?:(?:him|me|us)(?![\w’'-])|(?:(?:the|a|an|its|their|his|her|our|another|\d[\d,.]*|"
    + en.NUMBER_WORDS + r")[^\S\n]+)?(?:(?!(?:to|that|of|for|into|on|in|by|with|from|at|as|and|or|while|during|after|before)[^\S\n])[\w’'-]+[^\S\n]+){0,3}?(?:"
    + "|".join(sorted(en.PERSON_NOUNS | en.PLAYER_WORDS, key=lambda w: (-len(w), w)))
    + r")s?(?![\w’'-])(?=[^\S\n]*(?:[,.;:!?)]|$|(?:to|on|as|for|from|in|until|after|before|last|this|and|who|ahead)(?![\w’'-]))))",
    regex.IGNORECASE)
_SIGNED_PERSON_REACH = 60
# Cue words that are nouns of blame or praise too, and the verbs that take those nouns as their
# object: "The rivals traded blame over ...", "shifted blame onto", "accepted blame for",
# "heaped praise on", "won praise from": the noun after such a verb is no cue, and the verb no
# part of the subject's name
_BLAME_NOUNS = frozenset(["blame", "praise"])
_BLAME_TAKING_FORMS = verb_forms(
    "trade shift deflect accept share apportion assign shoulder dodge duck pin heap win earn deserve attract "
    "receive garner lavish pile".split()) | frozenset(
    "take takes taking took taken lay lays laying laid draw draws drawing drew drawn won".split())
_BLAME_REACH = 30


def _object_of_blame_verb(text: str, lo: int, m: regex.Match) -> bool:
    """Whether the noun-or-verb ``m`` ("blame", "praise") stands right after a
    verb that takes it as its object ("traded blame", "heaped praise")."""
    before = _WORD_BEFORE.search(text, max(lo, m.start() - _BLAME_REACH), m.start(), CONCURRENT)
    return before is not None and before.group(1).lower() in _BLAME_TAKING_FORMS


def _seen_after_noun(text: str, lo: int, hi: int, m: regex.Match) -> bool:
    """Whether the participle ``m`` stands right after a noun (no auxiliary, pronoun or
    relative before it) and right before "by" and its agent."""
    return _AGENT_AFTER.match(text, m.end(), hi) is not None and _right_after_noun(text, lo, m.start())


# the words right before a participle that make it no reduced relative on a noun: a relative's
# word, "being", "not" (with auxiliaries, pronouns and adverbs in -ly)
_NO_NOUN_BEFORE = frozenset(["who", "which", "that", "being", "not"])


def _right_after_noun(text: str, lo: int, start: int, more: frozenset[str] = frozenset()) -> bool:
    """Whether the word before ``start`` (no further back than ``lo``) may be a noun's: no
    auxiliary, pronoun, relative's word, adverb in -ly, nor one of ``more``."""
    before = _WORD_BEFORE.search(text, max(lo, start - 40), start, CONCURRENT)
    if before is None:
        return False
    prev = before.group(1).lower()
    return prev.isalpha() and prev not in en.AUXILIARIES and prev not in en.PRONOUNS and prev not in _NO_NOUN_BEFORE and (
        prev not in more) and not prev.endswith("ly")


# A participle's particle and a time after it, then (perhaps) its agent, in a reduced relative on the
# subject: "Workers laid off last month | said", "A report issued over the summer by the OECD | noted",
# "A memo written during the war | describes" (the clause's own verb of saying comes after)
_MONTH_OR_DAY = "|".join(en.MONTH_NAMES + en.DAY_NAMES)
_PARTICIPLE_TIME_THEN_VERB = regex.compile(
    r"(?P<particle>[^\S\n]+(?:off|over|out|up|down))?[^\S\n]+(?:"
    r"(?:last|this|earlier[^\S\n]+this|early[^\S\n]+this|late[^\S\n]+last|late[^\S\n]+this)[^\S\n]+"
    r"(?:week|month|year|summer|winter|spring|autumn|fall|weekend|night|decade|" + _MONTH_OR_DAY + r")"
    r"|(?:in|during|over|since|after|before|on)[^\S\n]+(?:the[^\S\n]+)?(?:(?:past|last|first|second|early|late|same|cold)[^\S\n]+)?"
    r"(?:war|summer|winter|spring|autumn|fall|weekend|week|month|year|years|months|weeks|decade|pandemic|crisis|"
    + _MONTH_OR_DAY + r"|\d{4}s?)"
    r"|yesterday|today|years[^\S\n]+ago|(?:a|two|three|four|five|six)[^\S\n]+(?:days?|weeks?|months?|years?)[^\S\n]+ago"
    r")(?![\w’'-])(?:(?P<agent>[^\S\n]+by[^\S\n]+)(?:[\w’'.&-]+[^\S\n]+){1,6}?|[^\S\n]+)"
    # (the verb in a past or a present form, in lower case)
    r"(?-i:(?P<verb>\p{Ll}+(?:s|ed)|said|told|wrote|found|say|show|argue|claim|warn|note|suggest|believe))(?![\w’'-])",
    regex.IGNORECASE)
_PARTICIPLE_TIME_REACH = 120
# past participles the lexicon's list of irregular ones leaves out, which take a particle: "made up",
# "sold off", "left out", "set up", "cut off" (its list holds "laid": "laid off")
_MORE_PARTICIPLES = frozenset("made sold left set put cut".split())
# how often a word must head a cue to be read as the subject's own verb after such a relative
_OWN_VERB_PRIOR = 0.5


def _participle_in_subject(ctx: Context, lo: int, hi: int, m: regex.Match) -> bool:
    """Whether the past participle ``m`` ends a reduced relative on a noun: right after the
    noun, a particle and a time after it (perhaps an agent), then a verb of saying that is the
    clause's own ("Workers laid off last month said ...", "A memo written during the war
    describes ...")."""
    text = ctx.text
    tail = _PARTICIPLE_TIME_THEN_VERB.match(text, m.end(), min(hi, m.end() + _PARTICIPLE_TIME_REACH), CONCURRENT)
    if tail is None:
        return False
    if tail.group("particle") is None and tail.group("agent") is None:
        return False  # (with neither, the clause's verb reads its subject whole: "A report issued earlier this year reported")
    # (nor a coordinator before it: "... and laid off")
    return ctx.lexicon.cue_prior(tail.group("verb")) >= _OWN_VERB_PRIOR and _right_after_noun(text, lo, m.start(), _COORDINATORS)


_COORDINATORS = frozenset(["and", "or", "but"])


# "it" and its passive "is" right before a cue ("It is believed", "it was widely thought")
_IMPERSONAL_BEFORE = regex.compile(r"(?<![\w’'])[Ii]t(?:[’']s|\s+(?:is|was|has\s+been|had\s+been))\s+(?:[a-z]+ly\s+)?$", regex.REVERSE)
# the subject that opens a clause with no "that" after an impersonal cue: a determiner or
# pronoun, or a capitalised word ("It is thought the fire ...", "It is understood Lee ...")
BARE_CLAUSE_SUBJECT = regex.compile(
    r"[^\S\n]+((?:the|a|an|this|these|those|his|her|their|its|he|she|they|we|no|some|several|many)\b|\p{Lu}\p{Ll})")


# "a" or "an" and one word right before a word: "a slide | show", "a Facebook | post"
# a regular past by its ending, five letters or more ("bed", "red", "shed" are none), not "-eed"
# ("need", "speed", "breed": nouns as often)
_UNKNOWN_PAST = regex.compile(r"\w{3,}(?<!e)ed")
# what may stand before an article that opens a clause (or nothing, the sentence's start): a mark that ends a phrase, or a
# word that opens a clause ("When a heckler ...", "..., and a voter ...")
_CLAUSE_OPENS_BEFORE = regex.compile(
    r"(?:[,;:—–(]|(?<![\w’'-])(?i:when|then|as|after|before|while|until|once|because|since|and|but|so))[^\S\n]*\Z")
_ARTICLE_AND_WORD = regex.compile(r"(?<![\w’'-])[Aa]n?[^\S\n]+([\w-]+)[^\S\n]+$", regex.REVERSE)
# words after "a" that count what follows, which then takes a plural's verb: "a few say", "a third back"
_COUNTING_AFTER_A = frozenset(
    "few lot number majority minority plurality handful dozen couple bunch host third quarter half fifth tenth".split())


def _noun_after_article(text: str, lo: int, m: regex.Match, w: str) -> bool:
    """Whether a bare form (no -s, -ed or -ing) stands right after "a" or "an"
    and one word: no subject takes it as its verb there, so it is the head of a
    compound noun ("a slide show that predicted ...", "a Facebook post that
    appeared to ..."), not a cue; not after a word that counts ("a few say"). A past
    in "-ed" the lemma table does not know is the verb of the phrase when the article
    opens the clause: "A resident protested that ...", "When a heckler screamed, “...”"
    (but "passed a levy labeled as ...": an object's participle; "a need": "-eed")."""
    if not w.islower() or lemma(w) != w or w.endswith("ing"):
        return False
    before = _ARTICLE_AND_WORD.search(text, max(lo, m.start() - _ARTICLE_WINDOW), m.start(), CONCURRENT)
    if before is not None and _UNKNOWN_PAST.fullmatch(w) and (
            before.start() - lo <= 2 and not text[lo:before.start()].strip(" \t\"“‘'") or _CLAUSE_OPENS_BEFORE.search(
                text, max(lo, before.start() - _ARTICLE_WINDOW), before.start(), CONCURRENT) is not None):
        return False
    if before is None:
        # "a viral Facebook post claims ...", "The Met Office forecast said ...": up to three words
        # after a determiner, and a finite verb of saying right after the bare form, whose subject
        # it heads (no clause has two finite verbs side by side)
        before = _DETERMINER_AND_WORDS.search(text, max(lo, m.start() - _ARTICLE_WINDOW), m.start(), CONCURRENT)
        if before is None or not _finite_saying_after(text, m.end(), present=before.group()[0] in "Aa"):
            return False
    return before.group(1).lower() not in _COUNTING_AFTER_A


def _finite_saying_after(text: str, pos: int, present: bool) -> bool:
    """Whether a finite verb of saying follows ``pos``: a past ("said", "found"), or when
    ``present`` a present in "-s" ("says"). Only after "a" may the present stand: after "the"
    a form in "-s" is as often a plural noun, the object of a verb ("the voters continue to
    express | doubts about")."""
    verb = _WORD_AFTER.match(text, pos, min(len(text), pos + 40), CONCURRENT)
    if verb is None or (form := verb.group(1)).endswith("ing") or (root := lemma(form)) == form or root not in en.THAT_VERBS:
        return False
    return present or not form.endswith("s")


_ARTICLE_WINDOW = 30
# a preposition, "a" or "an" and up to three words right before a bare form that a comma follows:
# the form heads the aside's noun phrase ("in a rare public rebuke,", "with a shrug,"), no subject's verb
_ASIDE_NOUN_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:in|with|amid|after|during|as)[^\S\n]+[Aa]n?[^\S\n]+(?:[a-z][\w’'-]*[^\S\n]+){0,3}$")
_ASIDE_NOUN_REACH = 50
# a count above one right before a word: "three | witnesses", "12 | reports", "several | claims"
_COUNT_BEFORE = regex.compile(
    r"(?<![\w’'.,$£€-])(?:" + en.NUMBER_WORDS.replace("one|", "") + "|" + en.TENS_WORDS
    + r"|several|[2-9]|\d[\d,]*\d)[^\S\n]+$", regex.IGNORECASE | regex.REVERSE)

# A verb of measuring up to a figure, and up to two words that say whose figure it is ("beat
# analysts' | estimates", "topped Wall Street | forecasts", "missed consensus | estimates"): a form
# in "-s" after it is the plural noun of the figure, its object, no verb of saying
_SURPASSING_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:beat|beats|beating|tops|topped|topping|miss|misses|missed|missing|exceed|exceeds|exceeded"
    r"|exceeding|surpass|surpasses|surpassed|surpassing|meets|met|trails|trailed|lags|lagged)"
    r"(?:[^\S\n]+(?:analysts[’']?|analyst|consensus|market|its|their|the|own|\p{Lu}[\w’'.&-]*)){0,2}[^\S\n]+$")


def _plural_after_count(text: str, lo: int, m: regex.Match, w: str) -> bool:
    """Whether a form in "-s" stands right after a count above one: a verb
    takes no "-s" after a plural, so it is a plural noun ("called three
    witnesses at the hearing", "two reports from the agency"), not a cue."""
    return (w.islower() and w.endswith("s") and not w.endswith("ss")
            and _COUNT_BEFORE.search(text, max(lo, m.start() - _ARTICLE_WINDOW), m.start(), CONCURRENT) is not None)


# a determiner and one to three words right before a word: "the Met Office | forecast", "a viral
# Facebook | post", "its annual | report"
_DETERMINER_AND_WORDS = regex.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[^\S\n]+([\w-]+)(?:[^\S\n]+[\w-]+){0,2}[^\S\n]+$")
_WORD_AFTER = regex.compile(r"[^\S\n]+([a-z]+)\b")


# A copula that says what its subject is or does, no stance: before a noun phrase, a number or a
# participle in "-ing" ("I am not one of them", "I am a teacher", "I am doing these things"), where
# "I am glad ...", "am not sure why ...", "am here to tell" may report
COPULAS = frozenset("am is are was were".split())
_COPULA_DESCRIBES = regex.compile(
    r"(?:[^\S\n]+(?:not|never|no[^\S\n]+longer|also|still|just|[a-z]+ly))*[^\S\n]+"
    r"(?:a|an|the|one|my|his|her|their|our|its|this|these|those|\d[\d,.]*|[a-z]{2,}ing)\b")


def _goes_on_as_phrase(text: str, head: str, end: int, limit: int) -> bool:
    """Whether the word after a head of PHRASE_ONLY_HEADS ending at ``end`` is one its phrases
    go on with ("lashed | out", "doubled | down"), as no object is ("lashed | the state")."""
    after = _WORD_AFTER.match(text, end, min(limit, end + 40), CONCURRENT)
    return after is not None and after.group(1) in en.PHRASE_ONLY_NEXT.get(head, ())


# what a verb of striking scores: "home" and a noun's determiner ("fired home a penalty"), up to
# three words and a noun of scoring ("struck a fluent century", "blasted a hat-trick"), or a
# count of runs and the balls it took ("struck 112 off 140 balls")
_SCORED = regex.compile(
    r"[^\S\n]+(?:home(?:[^\S\n]+(?:a|an|the|his|her|their|its)\b|[^\S\n]*[,.;]|[^\S\n]+from\b)"
    r"|(?:[\w'’]+[^\S\n]+){0,3}(?:" + "|".join(sorted(en.SCORING_NOUNS, key=lambda w: (-len(w), w))) + r")(?![\w-])"
    r"|\d+(?:[^\S\n]+not[^\S\n]+out)?[^\S\n]+(?:runs\b|off[^\S\n]+(?:just[^\S\n]+|only[^\S\n]+)?\d+[^\S\n]+(?:balls|deliveries)\b)"
    # or a bare score, after "a" and up to two words ("struck a fluent 112 as India won", "hit a
    # brisk 45 before lunch", "smashed 87 not out"): no noun after the figure, which a count of
    # things ("hit 200 targets"), a share ("a 5-4 ruling", "30 percent") or a year would have
    r"|(?:an?[^\S\n]+(?:[a-z][\w’'-]*[^\S\n]+){0,2})?\d{1,3}\*?(?:[^\S\n]+not[^\S\n]+out\b)?"
    r"(?=[^\S\n]*(?:[,.;:)!]|$)|[^\S\n]+(?:as|before|after|off|from|in|on|at|against|and|but|while|when|to|with|for)\b))",
    regex.IGNORECASE)


# What a side declares on, its total: a count of runs and of wickets ("declared on 450 for
# five", "declared on 320-7", "declared at 501/6") or its innings ("declared their innings
# closed"), no statement (not a date: "declared on 12 March that ...")
# ... and one kept from play, "ruled out of" a match, a series or a tour by an injury ("Pandya
# ruled out of T20 series with ankle injury"), where "ruled out a tax rise" reports
_OUT_OF = regex.compile(r"[^\S\n]+out[^\S\n]+of[^\S\n]+(?!hand\b|order\b)", regex.IGNORECASE)
_DECLARING_FORMS = frozenset("declare declares declared declaring".split())
_DECLARED_TOTAL = regex.compile(
    r"[^\S\n]+(?:(?:(?:on|at)[^\S\n]+)?\d{2,3}(?:[^\S\n]+for[^\S\n]+(?:" + en.NUMBER_WORDS + r"|\d)\b|-\d\b)"
    r"|(?:(?:on|at)[^\S\n]+)?\d{3}/\d\b|(?:their|its|the|his|her)[^\S\n]+(?:(?:first|second)[^\S\n]+)?innings\b)",
    regex.IGNORECASE)
# A match official's gesture, no message in words: an arm raised for a call ("The umpire
# signalled a wide", "signalled offside", `default_lexicon.MATCH_SIGNAL_NOUNS`), a finger to the
# penalty spot ("The referee pointed to the spot") or a card shown ("showed Rice a second yellow
# card", "showed him a straight red"); not "pointed to a lack of discipline", which reports
_SIGNALLING_FORMS = frozenset("signal signals signalled signaled signalling signaling".split())
_MATCH_SIGNAL = regex.compile(
    r"[^\S\n]+(?:(?:an?|the)[^\S\n]+)?(?:" + "|".join(sorted(en.MATCH_SIGNAL_NOUNS, key=lambda w: (-len(w), w))) + r")"
    r"(?=[^\S\n]*(?:[,.;:)!]|$)|[^\S\n]+(?:for|to|after|against|as|and|but|when|while|before)\b)",
    regex.IGNORECASE)
_POINTING_FORMS = frozenset("point points pointed pointing".split())
_SPOT_POINTED = regex.compile(
    r"[^\S\n]+to[^\S\n]+the[^\S\n]+(?:penalty[^\S\n]+)?(?:spot|centre[^\S\n]+circle|center[^\S\n]+circle)\b"
    r"(?![^\S\n]+(?:where|in|at|on|of|that|which)\b)",
    regex.IGNORECASE)
_CARD_SHOWING_FORMS = frozenset("show shows showed shown showing".split())
_CARD_SHOWN = regex.compile(
    r"(?:[^\S\n]+[\w’'.-]+){0,4}?[^\S\n]+(?:an?|the|his|her|their)[^\S\n]+(?:(?:second|first|straight|another)[^\S\n]+)?"
    r"(?:yellow|red)(?:[^\S\n]+card|\b(?![^\S\n]+\w))",
    regex.IGNORECASE)


# Forms of "unveil", and the object that makes one a product's launch, no report (the training text's
# cues are plans, ads, lists and nicknames unveiled): a product's name, its head capitalised or a model
# number ("iOS 19", "the first Macintosh", "the Galaxy S30"), or a noun for a made thing after at most
# three modifiers ("a new electric truck"), then the object's end
_UNVEILING_FORMS = verb_forms(["unveil"])
_PRODUCT_UNVEILED = regex.compile(
    r"[^\S\n]+(?:(?:an?|the|its|their|his|her)[^\S\n]+)?"
    r"(?:(?!(?:of|for|to|in|on|at|with|from|by|about|and|or|that|which)\b)[\w’'-]+[^\S\n]+){0,3}?"
    r"(?:(?-i:\p{Lu}[\w’'-]*|[\w-]*\d[\w-]*)|(?:phone|smartphone|handset|tablet|laptop|computer|console|car|cars|truck|trucks"
    r"|vehicle|vehicles|model|models|device|devices|gadget|chip|chips|processor|headset|watch|camera|jet|aircraft|drone|robot|engine))"
    r"(?=[^\S\n]*(?:[,.;:!?]|$)|[^\S\n]+(?:on|in|at|during|to|for|with|that|which|and|as|after|before|last|this|next|today|yesterday)\b)",
    regex.IGNORECASE)


def _gesture_of_play(text: str, low: str, end: int, limit: int) -> bool:
    """Whether the verb ``low`` ending at ``end`` is a side's or a match official's act of play,
    no report: a declaration on a total, a call signalled, the spot pointed to, a card shown."""
    reach = min(limit, end + 60)
    if low in _RULING_FORMS:
        return _OUT_OF.match(text, end, reach, CONCURRENT) is not None
    if low in _DECLARING_FORMS:
        return _DECLARED_TOTAL.match(text, end, reach, CONCURRENT) is not None
    if low in _SIGNALLING_FORMS:
        return _MATCH_SIGNAL.match(text, end, reach, CONCURRENT) is not None
    if low in _POINTING_FORMS:
        return _SPOT_POINTED.match(text, end, reach, CONCURRENT) is not None
    if low in _CARD_SHOWING_FORMS:
        return _CARD_SHOWN.match(text, end, reach, CONCURRENT) is not None
    return False


def _scores(text: str, end: int, limit: int) -> bool:
    """Whether a verb of striking ending at ``end`` scores: "home" after it, a noun of scoring
    within its next four words, or runs made off balls (`default_lexicon.SCORING_NOUNS`)."""
    return _SCORED.match(text, end, min(limit, end + 60), CONCURRENT) is not None


_SAYING_GOES_FORMS = frozenset(["goes", "went"])

# "the old saying", "the argument", "As the theory": a determiner, up to two modifiers and a
# noun of a saying or a line of thought (`default_lexicon.SAYING_NOUNS`) right before "goes"
_SAYING_GOES_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur)"
    r"(?:[^\S\n]+[a-z][\w-]*){0,2}?[^\S\n]+(" + "|".join(sorted(en.SAYING_NOUNS)) + r")[^\S\n]+$")

# what follows a saying's "goes": the end of its clause, a comma, a colon or "that" (not a
# particle or an adverb of motion: "goes back", "went dead")
_SAYING_GOES_AFTER = regex.compile(r"[^\S\n]*(?:[,.;:!?—–)\n]|that\b)")


def saying_goes(text: str, s0: int, start: int, end: int, s1: int) -> bool:
    """Whether the "goes" (or "went") from ``start`` to ``end`` tells how a saying or
    a line of thought runs: a noun of one right before it, and after it the clause's end,
    a comma, a colon or "that" ("as the old saying goes, ...", "The argument goes that ...")."""
    return (_SAYING_GOES_BEFORE.search(text, max(s0, start - 50), start) is not None
            and _SAYING_GOES_AFTER.match(text, end, s1) is not None)


# the forms of sending someone to read something, and whom to what: "pointed | Axios to her remarks",
# "referred | reporters to a statement", "directed | questions to the campaign" (not "directed the
# agency to release the files", an order: "to" before a verb)
_SENDING_FORMS = _POINTING_FORMS | frozenset("refer refers referred referring direct directs directed directing".split())
_POINTED_TO = regex.compile(
    r"[^\S\n]+(?:(?:the[^\S\n]+)?\p{Lu}[\w.’'&-]*(?:[^\S\n]+\p{Lu}[\w.’'&-]*){0,3}|me|us|him|them"
    r"|(?:the[^\S\n]+)?(?:reporters|journalists|questions|inquiries|enquiries|requests|queries)"
    r")[^\S\n]+to(?=[^\S\n])")

# the words a reader is sent to: a statement, a post, remarks ("pointed Axios to | her earlier remarks";
# not "pointed America to | a new tax system", a course set)
_WORDS_POINTED_TO = en.VEHICLE_NOUNS | en.SPOKEN_VEHICLE_NOUNS | frozenset(["comments", "testimony", "website", "transcript"])
_POINTED_TO_WORDS = 5


def _pointed_to_words(text: str, pos: int, limit: int) -> bool:
    """Whether a verb of pointing ending at ``pos`` sends whom it names to words set down, within
    a few words after its "to": "pointed Axios to her earlier remarks", "referred reporters to a
    statement from May"."""
    to = _POINTED_TO.match(text, pos, min(limit, pos + 80))
    if to is None:
        return False
    words = WORD.findall(text, to.end(), min(limit, to.end() + 60))[:_POINTED_TO_WORDS]
    return any(w.lower() in _WORDS_POINTED_TO for w in words)

# the forms of granting the terms a source spoke on, and those terms right after: "granted | anonymity"
_GRANTING_FORMS = frozenset("grant grants granted granting give gives given giving gave".split())
_ANONYMITY_NEXT = regex.compile(r"[^\S\n]+anonymity\b")


def _works_as_cue(ctx: Context, sentence: Sentence, m: regex.Match, w: str, quote_window: tuple[int, int]) -> bool:
    """Whether the word ``m`` (read as ``w``) works as a cue where it stands: by
    its mined weight before what follows it, or by the report, quotation or
    colon after it."""
    text, lex = ctx.text, ctx.lexicon
    low = m.group().lower()
    if low in _VIEW_HOLDING_HEADS and view_held(text, m.start(), sentence.end) is not None:
        return True  # "was of the view that", "took the view that": a view its subject holds
    if text.startswith(":", m.end()) and page_label_before(text, sentence.start, m.end()):
        return False  # "Reader comments:", "Comments posted:": the page's label over what follows, no report
    if low in COPULAS and _COPULA_DESCRIBES.match(text, m.end(), sentence.end, CONCURRENT):
        return False  # "I am not one of them": a copula that describes, no report
    if low in en.PHRASE_ONLY_HEADS and not _goes_on_as_phrase(text, low, m.end(), sentence.end):
        return False  # "Rain lashed the state": the head of "lashed out at" with no "out" after it
    if low in en.STRIKING_FORMS and _scores(text, m.end(), sentence.end):
        return False  # "Root struck a century", "Kane fired home a penalty": a shot, no attack in words
    if _gesture_of_play(text, low, m.end(), sentence.end):
        return False  # "declared on 450 for five", "The umpire signalled a wide": play, no report
    if low in _SENDING_FORMS and _pointed_to_words(text, m.end(), sentence.end):
        return False  # "A spokesperson pointed Axios to her earlier remarks": where to read, no report
    if low in _GRANTING_FORMS and _ANONYMITY_NEXT.match(text, m.end(), sentence.end) is not None:
        return False  # "An aide, granted anonymity to discuss the talks, said": the terms the source spoke on
    if low in _UNVEILING_FORMS and _PRODUCT_UNVEILED.match(text, m.end(), min(sentence.end, m.end() + 60), CONCURRENT):
        return False  # "Apple unveiled iOS 19", "Ford unveiled a new electric truck": a launch, no words nor plan made known
    if (w.islower() and (low.endswith("ed") or low in en.IRREGULAR_PARTICIPLES or low in _MORE_PARTICIPLES)
            and lemma(low) != "say"
            and _participle_in_subject(ctx, sentence.start, sentence.end, m)):
        return False  # "Workers laid off last month said ...": a participle on the subject, its verb after
    if low.endswith("ing") and _adjective_before_noun(text, sentence, m):
        return False  # "the mayor's most startling claim": an adjective on the noun, which is the cue
    if low in RELAYING_FORMS and text[m.start() - 2:m.start()] == ", " and _OUTLET_CLOSES.match(
            text, m.end(), sentence.end, CONCURRENT) is not None:
        return True  # "“Y,” said Hal Lee, head of the union, reports the Ledger.": the relaying outlet's verb
    context, weight = context_and_weight(ctx, sentence, m, w)
    if (weight < _CERTAIN or person_noun(low)) and m.group()[0].isupper() and _title_passive_next(text, m.end(), sentence.end):
        # "Terror Suspect Named By Police", "Report Criticised By Watchdog": in a headline's title case
        # the word before a participle and its agent is the passive's subject, a noun, as "suspect
        # named by police" is (a verb known as one everywhere keeps its clause: "Lee Says Targeted By Police",
        # unless it names people too: "Arson Suspects Identified By Police")
        return False
    if low in _SUSPECTED_FORMS and context in ("word", "cap") and w.islower() and not _alleging_subject_before(
            text, sentence.start, m.start(), lex):
        # "Police detain suspected Russian agents", "Army kills suspected Islamist fighters": an
        # adjective on its noun after another verb, no subject before it (not "Police suspected
        # Russian involvement")
        return False
    if weighed_as_cue(ctx, sentence, m, weight, context) or phrasal(text, low, m.start(), sentence.end) is not None:
        return True
    if low in _BELIEVING_LEMMAS and _LEANING_TO.search(text, max(sentence.start, m.start() - _LEANING_REACH), m.start()):
        return True  # "voters were less inclined to believe the mayor": a leaning to believe, what follows its content
    if w.islower() and (lemma(w) in en.THAT_VERBS or lemma(w) in lex.denial_lemmas) and REPORT_OBJECT.match(
        text, m.end(), sentence.end
    , CONCURRENT):
        return True  # "rejected claims that ..."
    if (context in ("word", "cap") and w.islower() and lemma(w) in STANCE_VERBS and lemma(w) != low
            and _WHO_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start())
            and not _PARTICLE_NEXT.match(text, m.end(), sentence.end)):
        return True  # "the donor who backed Lee": a stance taken, its subject a relative pronoun
    if context == "that" and low in _RECORDING_FORMS and _recording_subject(text, sentence, m):
        return True  # "The minutes record that ...", "The diary records that ...": a paper sets it down
    if context in ("word", "cap", "pron") and low in _FINDING_FORMS and _research_subject(text, sentence, m):
        return True  # "A survey found 90 percent support ...", "The audit found the agency had ...": a study's finding
    if (context in ("word", "cap", "pron") and (low in _EXPECTING_FORMS or low in _BIDDING_FORMS)
            and not NOUN_MARKER_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start())):
        if _OBJECT_THEN_INFINITIVE.match(text, m.end(), sentence.end, CONCURRENT):
            # "He expects the rupee to trade ...": what is expected of its object, as "expects that it
            # will"; "The board advises parents to keep ...": a bidding and whom it is put to
            return True
        if low in _EXPECTING_FORMS and _AMOUNT_OBJECT.match(text, m.end(), sentence.end, CONCURRENT):
            return True  # "Analysts had expected revenue of $4 billion", "It expects 2% growth": an amount foreseen
    if (context in ("word", "cap", "pron", "that") and w.islower() and low in _DIRECTING_FORMS and not low.endswith("ing")
            and not NOUN_MARKER_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start())
            and (_directed_agent_to_act(ctx, m.end(), sentence.end) or context == "that" and _DIRECTED_THAT.match(
                text, m.end(), min(sentence.end, m.end() + 40), CONCURRENT))):
        # "The court directed the Centre to file a reply": an order, whom it binds and what to do;
        # "The judge directed that the files be released": what it ordered
        return True
    if context in ("word", "cap", "pron") and low in _RULING_FORMS and _RULED_OBJECT_AND_VERDICT.match(
            text, m.end(), sentence.end, CONCURRENT):
        return True  # "The coroner ruled the death a homicide", "The board ruled Lee eligible": a finding
    if context in ("word", "cap", "pron") and low in _RULING_FORMS and w.islower():
        obj = _RULED_OBJECT.match(text, m.end(), sentence.end, CONCURRENT)
        if obj is not None and _ruled_clause(text, m, obj.end(), sentence.end):
            return True  # "The ombudsman ruled the council had been at fault": its object is what was found's subject
    if context in ("word", "cap", "pron") and low in _FINDING_VERDICT_FORMS and _FOUND_OBJECT_AND_VERDICT.match(
            text, m.end(), sentence.end, CONCURRENT):
        return True  # "The jury found him guilty of murder": a verdict, as "ruled the death a homicide"
    if w.islower() and low in _VERDICT_GIVING_FORMS and _GIVEN_VERDICT.match(text, m.end(), sentence.end, CONCURRENT):
        return True  # "The coroner recorded a conclusion of accidental death", "The jury returned a narrative verdict"
    if context in ("word", "cap", "pron") and low in _RATING_FORMS and _RATED_OBJECT_AND_VERDICT.match(
            text, m.end(), sentence.end, CONCURRENT):
        return True  # "Snopes rated the claim false", "rated it “Mostly True.”": a fact-checker's finding
    if low in _RULING_FORMS and m.group().islower() and _OUT_AFTER.match(text, m.end(), sentence.end):
        return True  # "The coroner ruled out foul play": a possibility set aside, whoever the subject is
    if w.islower() and not low.endswith("ing") and lemma(low) in en.RULING_VERBS and _judging_after_comma(text, sentence, m):
        # "The bank must refund her, the ombudsman has ruled.", "The dismissal was unfair, the court
        # held last week.": a ruling or a finding after what it found, as "..., the minister said."
        return True
    if low in _DEMANDING_FORMS and _TO_KNOW_QUESTION.match(text, m.end(), sentence.end, CONCURRENT):
        return True  # "The bench demanded to know why ...": a question put, as "sought to know"
    if (context in ("word", "cap") and low in _DEMANDING_FORMS and _mandated_clause(ctx, m.end(), sentence.end)
            and not NOUN_MARKER_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start())):
        return True  # "Residents demanded the minister resign": a subject and its bare verb, the clause "that" leaves out
    if context in (".", ",") and low in _SHOWING_FORMS and _document_after_comma(text, sentence, m):
        return True  # "Prices rose, the minutes showed.": a paper's finding, its noun closing the report (or an aside: ", the minutes showed, but")
    if (context in ("word", "cap", "pron", "quote") and w.islower() and lemma(w) in en.THAT_VERBS and lemma(w) != low
            and document_relative(text, sentence, m)):
        return True  # "ran an ad in Ohio that claims Lee “voted to ...”": a paper's relative clause, its verb finite
    if context == "word" and w.islower() and _gapped_clause_verb(text, sentence, m, low, w):
        # "a rule our members believe is wrong", "the cause he believes will define him": a verb of
        # believing or saying whose bare clause lost its subject to the noun before, its verb next
        return True
    if context in ("word", "cap") and w.islower() and lemma(w) in _STANCE_ANYWHERE:
        return True  # "the union may well endorse Lee", "is endorsing Lee": a stance wherever it is a verb
    if lemma(w) in en.AS_VERBS and w.islower() and AS.search(text, m.end(), sentence.end):
        return True  # "X views Y as Z"
    if (context == "pron" and w.islower() and (lemma(w) in en.THAT_VERBS or low in en.THAT_VERB_FORMS)
            and _SUBJECT_PRONOUN.match(text, m.end(), sentence.end)
            and not NOUN_MARKER_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start())):
        # "observers doubt they would ...", "Lee swore he would ...": a subject pronoun opens the clause a "that" would (not
        # after a determiner: "the promises he made", "there's no denying he ...": a noun and its clause)
        return True
    if (context == "word" and low in en.SWEARING_FORMS and BARE_CLAUSE_SUBJECT.match(text, m.end(), sentence.end)
            and reads_as_clause(text, m.end(), sentence.end)
            and not NOUN_MARKER_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start())):
        # "The witness swore the car was red": a determiner's noun and its verb open the clause a
        # "that" would, as a pronoun does above (not an object: "swore an oath of office")
        return True
    if context == "word" and w.islower() and _particle_before_that(ctx, m, sentence.end):
        return True  # "Lee points out that ...": a phrasal verb of its cues before a "that" clause
    if context == "word" and w.islower() and saying_phrasal(text, m.start(), m.end(), sentence.end):
        return True  # "as Lee points out, ...", "It also points out another bill": a phrasal verb of saying
    if (w.islower() and low.endswith("ed") and (lemma(w) in en.THAT_VERBS or lemma(w) in en.PASSIVE_REPORTS)
            and lemma(w) not in STANCE_VERBS and _NAMED_AGENT_NEXT.match(text, m.end(), sentence.end, CONCURRENT)):
        # "a claim denied by Lee's aides", "was rejected by Congress": a report, its agent named (not
        # "rebels backed by Ankara": backing may be arms or money)
        return True
    if w.islower() and lemma(w) in en.PASSIVE_RAISERS and lemma(w) != low and (
            _raised_infinitive(text, m.end(), sentence.end, lemma(w)) or (
                (agent := RAISED_BY_FIRST.match(text, m.end(), sentence.end, CONCURRENT))
                and _raised_infinitive(text, agent.end(), sentence.end, lemma(w)))):
        # a passive raiser: "a ferry known to be unreliable", "is said to have left", and with its
        # agent before the "to": "is believed by police to have fled"
        return True
    if (w.islower() and (lemma(w) in en.THAT_VERBS or lemma(w) in en.PASSIVE_RAISERS)
            and _IMPERSONAL_BEFORE.search(text, max(sentence.start, m.start() - 24), m.start(), CONCURRENT)
            and BARE_CLAUSE_SUBJECT.match(text, m.end(), sentence.end)):
        return True  # "It is believed the gunman acted alone.": a clause with no "that" after an impersonal passive
    if (w.islower() and weight >= _QUOTE_AHEAD_THRESHOLD and _quotation_ahead(ctx, m.end(), sentence.end)) or (
        context == ":" and not _when_word(w) and not _occasion_noun(text, sentence.start, m)
        and _colon_before_quotation(ctx, sentence, m.end())
    ):
        return True  # "Trump attacked “the hateful ideology ...”"
    if context == "word" and _posts_demonstrative_below(ctx, sentence, m, w):
        return True  # "..., sharing the following:" and the post in the next paragraph
    if context in ("prep", "word") and _posted_on_before_quotation(ctx, sentence, m, w):
        # "The club posted on its website:", "The council tweeted on Monday:" and the quotation that
        # opens the next paragraph
        return True
    if context in (":", "prep") and _verb_ends_paragraph(ctx, sentence, m, w):
        # "Our correspondent, Tom Hale, reports:" (or "reports from Kyiv:") and his words in the
        # next paragraph, unmarked
        return True
    if context == "that" and w.islower() and w.endswith("ed") and lex.unseen(w) and _ED_BEFORE_THAT.match(text, m.start(), sentence.end, CONCURRENT):
        return True  # "Hewlett sniped that the ...": a verb the tables never weighed, before a "that" clause
    if low == "alleged" and _alleging_subject_before(text, sentence.start, m.start(), lex):
        return True  # "The family has alleged foul play", "The complaint alleged fraud": the verb, no adjective
    if context == "that" and low in _HOLDING_FORMS and (that := text.find("that", m.end(), min(sentence.end, m.end() + 60))) >= 0 and (
            _held_clause(text, that, sentence.end)):
        # "The bench held that the order was bad in law", "..., holding that sufficient notice had been
        # served": a court's finding, as "ruled that" (not "held that Sunday rally")
        return True
    if (context == "to" and w.islower() and w.endswith("ed") and (lex.unseen(w) or lemma(w) in en.THAT_VERBS)
            and _ED_TO_HEARER_THAT.match(text, m.start(), sentence.end)):
        # "Lee groused to a crowd that the ...": the same, its hearer before the clause; and a verb of
        # saying the tables weigh low there ("testified to the committee that the ...")
        return True
    if (context in ("prep", "word") and w.islower() and (lemma(w) in en.THAT_VERBS or low in en.THAT_VERB_FORMS or lemma(w) in en.POSTING_VERBS)
            and _WHERE_SAID_THEN_THAT.match(text, m.end(), sentence.end, CONCURRENT)):
        # "Lee testified in the second suit that the ...": where it was said, then its clause; "shared
        # with fans that he ...": with whom; "testified before a Senate panel that": before whom (a
        # "word" to the token classes)
        return True
    if _named_in_quotes(text, sentence, m):
        return True  # "the show was officially named “...”": a name given, with no source
    if w.islower() and _speaks_a_quotation(ctx, m):
        return True  # "He jokes, “It’s a never ending line!”"
    if not quote_window[0] <= m.start() < quote_window[1]:
        return False
    # “...,” Lee shot back. / “...,” he points out, ...: a verb and the particle its cues take
    particle = _particle_then_stop(ctx, m, sentence.end)
    # “...,” one entry states. / “...,” an angry Hollande retaliated.
    return (
        context in (".", ",") or lemma(w) in en.INVERTING_VERBS or particle
        # “...,” Cruz quipped in reference to ...: the first verb after its speaker
        or _past(w) and "," not in text[quote_window[0]:m.start()] and _speech_quotation(ctx, sentence)
        # “...,” the officials state in a letter.: a verb of saying in the present, right after its
        # speaker, before where it was said
        or _present_saying_after_speaker(ctx, sentence, m, w, quote_window[0])
    ) and (
        lemma(w) in en.THAT_VERBS or lemma(w) in en.INVERTING_VERBS or _speech_quotation(ctx, sentence)
        and w.islower() and (_past(w) or w.endswith("s") and low in lex.candidate_forms or particle
                             or _present_after_speaker(ctx, m))
    )


# a finite auxiliary or copula right after a verb: the verb of a clause whose subject went before
_FINITE_AUXILIARY_NEXT = regex.compile(
    r"[^\S\n]+(?:is|are|was|were|will|would|could|can|should|might|may|must|has|have|had)(?![\w’'-])")
# the subject pronouns before a verb whose form is as often a noun ("they hope", not "their hopes")
_PRONOUN_SUBJECT_BEFORE = regex.compile(r"(?<![\w’'-])(?i:I|we|you|he|she|they|it)[^\S\n]+$")
# verbs of believing whose finite forms are no nouns ("the thought" is kept out by its determiner)
_BELIEVING_LEMMAS = frozenset(("believe", "think", "reckon"))
# a leaning or a likelihood right before the infinitive's "to" ("less inclined to | believe", "more
# likely to | think"): the subject's belief, which the tables weigh low after a bare "to"
_LEANING_TO = regex.compile(r"(?<![\w’'-])(?:inclined|likely|apt|prone)[^\S\n]+to[^\S\n]+$")
_LEANING_REACH = 16


def _gapped_clause_verb(text: str, sentence: Sentence, m: regex.Match, low: str, w: str) -> bool:
    """Whether ``m``, a finite verb that takes a bare clause ("believe", "hoped"), is right followed
    by a finite auxiliary or copula: the clause's subject is the noun or relative word before the
    verb's own subject ("a tax voters believe is unfair", "which he hoped would help"). A form that
    is as often a noun ("hopes", "claims") counts only after a subject pronoun, and none after a
    determiner ("the thought was", "his claims are")."""
    base = lemma(w)
    if base not in en.CLAUSE_VERBS or low.endswith("ing"):
        return False
    if (low == base or low.endswith("s")) and base not in _BELIEVING_LEMMAS and not _PRONOUN_SUBJECT_BEFORE.search(
            text, max(sentence.start, m.start() - 6), m.start()):
        return False  # "the claims are false", "her fears were": nouns, no verbs
    if NOUN_MARKER_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start()):
        return False
    return _FINITE_AUXILIARY_NEXT.match(text, m.end(), min(sentence.end, m.end() + 12)) is not None


# an adverb of degree right before a word in -ing, which makes it an adjective ("most startling")
_DEGREE_BEFORE = regex.compile(
    r"(?<![\w’'-])(?i:most|more|less|least|very|so|too|quite|rather|particularly|especially|extremely)[^\S\n]+$", regex.REVERSE)
# the words after such an adjective that open no noun it modifies: "more welcoming of", "most willing to"
_NO_NOUN_AFTER = en.VERB_AUXILIARIES | frozenset(
    "of for from in at with on to by about as than that and or but".split())


def _adjective_before_noun(text: str, sentence: Sentence, m: regex.Match) -> bool:
    """Whether the word in -ing ``m`` follows an adverb of degree and comes right before a
    lower-case noun: an adjective on that noun ("his most startling claim was that ...", "a
    very telling remark"), no verb (not "more welcoming of outsiders", "so disappointing is")."""
    if _DEGREE_BEFORE.search(text, max(sentence.start, m.start() - 14), m.start(), CONCURRENT) is None:
        return False
    nxt = WORD.match(text, skip_space(text, m.end(), sentence.end), sentence.end, CONCURRENT)
    return nxt is not None and nxt.start() > m.end() and nxt.group().isalpha() and nxt.group().islower() and (
        nxt.group() not in _NO_NOUN_AFTER)


# a preposition that opens where or when something was said, right after its verb
_PLACE_AFTER_VERB = regex.compile(r"[^\S\n]+(?:in|on|at|during|after|before)[^\S\n]")


def _present_saying_after_speaker(ctx: Context, sentence: Sentence, m: regex.Match, w: str, after_quote: int) -> bool:
    """Whether ``m``, in the words after an opening quotation, is a verb of saying in
    the present right after its speaker and before the place or time of the saying
    ("“...,” the officials state in a letter", "“...,” the memo states on page 2";
    not "“...,” state officials said", "“...,” the state in question ...")."""
    text = ctx.text
    return (w.islower() and w.endswith(("s", "e")) and lemma(w) in en.THAT_VERBS
            and WORD.search(text, after_quote, m.start()) is not None
            and "," not in text[after_quote:m.start()]
            and not NOUN_MARKER_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start())
            and _PLACE_AFTER_VERB.match(text, m.end(), sentence.end) is not None
            and _speech_quotation(ctx, sentence))


# the speaker's last word right before a verb: a capitalised word or a subject pronoun
_SPEAKER_END = regex.compile(r"(?:\p{Lu}[\w’'.-]*|he|she|they|we|I)[^\S\n]+$")


def _present_after_speaker(ctx: Context, m: regex.Match) -> bool:
    """Whether the word ``m``, after an opening quotation, is the present in -s
    of a verb whose past is a cue, or of a verb the tables never saw, right after
    its speaker: "“...,” Lee answers." as "Lee answered", "“...,” he retorts."
    (the form alone is mostly a noun, or too rare to weigh)."""
    low = m.group()
    if not low.endswith("s") or low.endswith("ss") or len(low) < 5:
        return False
    lex = ctx.lexicon
    stem = low[:-2] if low.endswith(("ches", "shes", "xes", "sses")) else low[:-1]
    past = stem + ("d" if stem.endswith("e") else "ed")
    if past not in lex.candidate_forms and not lex.unseen(low):
        return False
    return _SPEAKER_END.search(ctx.text, max(0, m.start() - 40), m.start()) is not None


# a relative pronoun, then a short subject (no verb of its own, no comma) right
# before a word: the word's object is the pronoun ("which most fishermen opposed")
_OBJECT_RELATIVE = regex.compile(
    r"(?<![\w’'])(?:which|whom|who|that)[^\S\n]+(?!(?:is|was|are|were|has|have|had|will|would|can|could)\b)"
    r"(?:[\w’'.-]+[^\S\n]+){1,5}$",
    regex.IGNORECASE,
)


STANCE_VERBS = frozenset(["back", "support", "oppose", "endorse"])
# ... of which one that names a stance taken wherever it stands as a verb before its
# object ("back", "support" and "oppose" also mean holding up, paying for or playing against)
_STANCE_ANYWHERE = frozenset(["endorse"])
# "found" reports with no "that" when a study found it: "A poll last week found Lee ahead",
# "The audit found the agency had overspent" (but "Police found the body": no study)
_FINDING_FORMS = frozenset(["found", "finds"])
# A clause that opens with a study's noun phrase and runs to the verb: up to eight words before the
# noun (no relative pronoun: "Police who read the report found"), up to fourteen after it with no
# relative pronoun nor a mark ("A study by Lee University and the Ray Institute found")
_RESEARCH_PHRASE = (
    r"[^\S\n]*(?:(?!(?:who|which|that)\b)[\w$.’'/&-]+[^\S\n]+){0,8}?(?i:"
    + "|".join(sorted(en.RESEARCH_NOUNS, key=lambda w: (-len(w), w)))
    + r")\b(?:[^\S\n]+(?!(?:who|which|that)\b)[\w$.’'/&-]+){0,14}"
)
_RESEARCH_SUBJECT = regex.compile(_RESEARCH_PHRASE + r"[^\S\n]+$")
# ... and one that ends at the comma opening an aside on it: "The study, which followed 900 nurses,"
_RESEARCH_BEFORE_ASIDE = regex.compile(_RESEARCH_PHRASE + r"$")
# the first word of an aside between commas on a study's noun: a relative pronoun, or a participle
# ("The study, published in 2019, found", "The review, led by Ann Lee, found")
_ASIDE_FIRST_WORD = regex.compile(r"[^\S\n]*(?:which|who|[a-z]+ed|led|run|done|written)\b")


# "record" and "records" before "that" set a thing down when a text's noun is their subject: "The
# minutes record that", "Minutes of the meeting record that", "The diary records that" (most often
# a noun before a relative "that": "a track record that", "the records that show": lexicon.THAT_VERB_FORMS)
_RECORDING_FORMS = en.TEXT_RECORDING_FORMS
# how many words a text's noun phrase before them may hold ("Minutes of last week's council meeting")
_RECORDING_SUBJECT_WORDS = 9
# the determiners that make the singular before "records" a subject ("the diary records"; not
# "some paper records that ...", "court records that ...": a compound noun)
_RECORDING_DETERMINERS = frozenset("the a an his her its their this our my your".split())


def _recording_subject(text: str, sentence: Sentence, m: regex.Match) -> bool:
    """Whether the clause before ``m``, "record" or "records" (from the sentence's start or its
    last comma), is a text's noun phrase the verb agrees with: a plural before "record" ("The
    minutes", "Documents of the inquiry"), a determiner's singular before "records" ("The diary")."""
    start = max(sentence.start, m.start() - 120, text.rfind(",", sentence.start, m.start()) + 1)
    lows = [w.group().lower() for w in WORD.finditer(text, start, m.start())]
    if not lows or len(lows) > _RECORDING_SUBJECT_WORDS or any(w in ("who", "which", "that") for w in lows):
        return False
    head = lows.index("of") - 1 if "of" in lows else len(lows) - 1  # "Minutes | of the meeting"
    if head < 0 or not document_noun(lows[head]):
        return False
    if m.group().lower() == "record":
        return lows[head].endswith("s")
    return head > 0 and not lows[head].endswith("s") and lows[head - 1] in _RECORDING_DETERMINERS


def _research_subject(text: str, sentence: Sentence, m: regex.Match) -> bool:
    """Whether the clause before the word ``m`` (from the sentence's start or its
    last comma) is a study's noun phrase: "A survey by the union last month"; or,
    the word right after an aside between commas, the clause before the aside is:
    "The study, which followed 900 nurses for a decade, found"."""
    lo = max(sentence.start, m.start() - 200)
    start = max(lo, text.rfind(",", sentence.start, m.start()) + 1)
    if _RESEARCH_SUBJECT.match(text, start, m.start(), CONCURRENT) is not None:
        return True
    if start == lo or text[start:m.start()].strip():
        return False
    opening = text.rfind(", ", lo, start - 1)  # the aside's opening comma (no figure's: "40,000")
    return opening >= 0 and _ASIDE_FIRST_WORD.match(text, opening + 1, start - 1, CONCURRENT) is not None and (
        _RESEARCH_BEFORE_ASIDE.match(text, max(lo, text.rfind(",", lo, opening) + 1), opening, CONCURRENT) is not None)


# Forms of "rule" that report a finding with no "that": an object and what it was found to be,
# "ruled the death a homicide", "ruled Lee eligible", "rules the ban unlawful" (not "ruled the
# country for years", "ruled the roost": no verdict follows the object)
_RULING_FORMS = frozenset("rule rules ruled".split())
# ... and the particle that sets a possibility aside: "ruled out a bid" (`en.DISMISSING_PHRASALS`)
_OUT_AFTER = regex.compile(r"[^\S\n]+out\b(?![^\S\n]+of\b)")
# the object of a verdict: a determiner and up to three words, a name in capitals, or a pronoun
_VERDICT_OBJECT = (r"[^\S\n]+(?:(?:the|his|her|its|their|this|that|these|those)(?:[^\S\n]+[a-z][\w’'-]*){1,3}?"
                   r"|\p{Lu}[\w’'.-]*(?:[^\S\n]+\p{Lu}[\w’'.-]*){0,2}|him|her|them|it)")
_RULED_OBJECT_AND_VERDICT = regex.compile(
    _VERDICT_OBJECT +
    # ... then the verdict, a noun after "a" or an adjective by its ending or a few plain ones, at
    # the clause's end ("ruled the shooting justified.", "ruled the law unconstitutional, saying"); a
    # chair's ruling on the rules of debate ("ruled the question out of order")
    r"[^\S\n]+(?:an?[^\S\n]+[a-z][\w-]*|[a-z]+(?:ible|able|al|ful|ous|ent|ant|ic|ive|ied|ed)|moot|void|dead"
    r"|(?:out[^\S\n]+of|in)[^\S\n]+order)"
    r"(?=[^\S\n]*(?:[,.;:]|$)|[^\S\n]+(?:and|but|after|because|in|on|last|this)\b)"
)
# Verbs by which a coroner, a jury or a court gives its finding as the object, the finding's noun
# after an article or an owner and up to two modifiers: "recorded a conclusion of accidental
# death", "returned an open verdict", "delivered its ruling" (as "issued a ruling"; not
# "recorded a song", "returned the money", "reached a conclusion")
_VERDICT_GIVING_FORMS = frozenset("record records recorded return returns returned deliver delivers delivered".split())
_GIVEN_VERDICT = regex.compile(
    r"[^\S\n]+(?:a|an|its|their|his|her)(?:[^\S\n]+[a-z][\w-]*){0,2}?[^\S\n]+"
    r"(?:verdicts?|conclusions?|findings?|rulings?|judge?ments?)(?![\w’'-])")
# Forms of "rate" that report a fact-checker's finding: an object of up to six words, then a
# verdict on its truth, quoted or not, at the clause's end ("rated the claim false.", "rated both
# parts of it “True.”"); not a grade or a score ("rated the hotel five stars", "rated the film highly")
_RATING_FORMS = frozenset(["rate", "rates", "rated"])
_RATED_OBJECT_AND_VERDICT = regex.compile(
    r"(?:[^\S\n]+(?!(?:as|that)[^\w’'-])[\w’'.-]+){1,6}?[^\S\n]+(?:as[^\S\n]+)?[“\"‘']?(?i:" + en.TRUTH_VERDICTS + r")[”\"’']?"
    r"(?=[^\S\n]*(?:[,.;:”\"’]|$)|[^\S\n]+(?:and|but|after|because|in|on|last|this)\b)")
# Forms of "find" that report a court's verdict with no "that": an object and a word of guilt
# or blame, "The jury found him guilty of murder", "found the firm liable", "found Lee in
# contempt" (not "found the book boring", "found the keys useful": no verdict; nor the passive,
# "was found guilty", which names no one who found it)
_FINDING_VERDICT_FORMS = frozenset(["find", "finds", "found"])
# (a relative clause set off by commas may stand between: "found Lee, who had denied it, guilty")
_FOUND_OBJECT_AND_VERDICT = regex.compile(
    _VERDICT_OBJECT + r"(?:,[^\S\n]+(?:who|which)[^\S\n][^,;:“”\"\n]{1,80},)?[^\S\n]+" + VERDICT)
# ... and the object of one that reigns: a determiner and its noun, or a name in capitals
_RULED_OBJECT = regex.compile(r"[^\S\n]+(?:(?:the|his|her|its|their|these|those)[^\S\n]+([a-z][\w’'-]*)|(\p{Lu}[\w’'.-]*))")
_THAT_AHEAD = regex.compile(r"[^\S\n]that[^\S\n]")
_RULED_REACH = 80
# ... and a finite auxiliary right after that object (up to two more words of its noun phrase, none
# a preposition or a word that opens a clause), which makes the object the subject of what was
# ruled: "ruled the council had been at fault", "ruled the firm was liable" (not "ruled the country
# for years while his son was away")
_RULED_SUBJECT_THEN_AUXILIARY = regex.compile(
    r"(?:[^\S\n]+(?!(?:for|in|of|on|at|by|with|from|while|when|until|and|or|but|who|which|that|as|since|after|before)\b)"
    r"[\w’'-]+){0,2}?[^\S\n]+(?:" + "|".join(sorted(en.FINITE_AUXILIARIES)) + r")(?:[^\S\n]+not)?[^\S\n]+[a-z]")


_RELATIVE_BEFORE = regex.compile(r"(?:^|[^\w’'-])(?:who|which|that)[^\S\n]+$")


def _ruled_clause(text: str, m: regex.Match, pos: int, limit: int) -> bool:
    """Whether the object of the form of "rule" ``m``, ending at ``pos``, is the subject of a clause
    with a finite auxiliary ("ruled the council had been at fault", "ruled Lee was liable"); never
    after a relative pronoun, whose verb's object it is ("the party which ruled the country was ousted")."""
    return (_RULED_SUBJECT_THEN_AUXILIARY.match(text, pos, min(limit, pos + _RULED_REACH), CONCURRENT) is not None
            and _RELATIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None)


def _governed(text: str, m: regex.Match, limit: int) -> bool:
    """Whether the form of "rule" ``m`` governs the object after it ("ruled the country for
    years", "ruled Spain"): an object that is no time ("ruled Monday", "ruled this week that")
    with no verdict after it ("ruled the death a homicide") and no "that" ahead; never after a
    comma or a quotation, where the name after it is its speaker ("“...,” ruled Judge Ann Lee")."""
    if text[max(0, m.start() - 3):m.start()].rstrip().endswith((",", "”", '"', "’", "'")):
        return False
    obj = _RULED_OBJECT.match(text, m.end(), limit, CONCURRENT)
    if obj is None or (obj.group(1) or obj.group(2)).rstrip(".").lower() in en.TIME_WORDS:
        return False
    return (_RULED_OBJECT_AND_VERDICT.match(text, m.end(), limit, CONCURRENT) is None
            and not _ruled_clause(text, m, obj.end(), limit)
            and _THAT_AHEAD.search(text, obj.end(), min(limit, obj.end() + _RULED_REACH)) is None)


# Forms of "demand" before "to know" and a question: "demanded to know whether ..."
_DEMANDING_FORMS = verb_forms(["demand"])
# Finite verbs of expecting, which take an object and an infinitive for what is expected ("expects the
# bank to cut rates", "forecast prices to rise"); and that object (up to five words) with its "to" and verb
_EXPECTING_FORMS = frozenset("expect expects expected forecast forecasts forecasted".split())
# Verbs of bidding that take an object and its infinitive, in any tense: "advises parents to", "urges voters to"
# (the present is rare in the training text, which weighs "advised" low: a "that" clause is its cue's usual sign)
_BIDDING_FORMS = frozenset("urge urges urged advise advises advised implore implores implored exhort exhorts exhorted".split())
_OBJECT_THEN_INFINITIVE = regex.compile(r"(?:[^\S\n]+(?!to\b)[\w’'.%$-]+){1,5}?[^\S\n]+to[^\S\n]+[a-z]{2,}\b")
# An object of such a verb that is an amount or a measure: up to three words in lower case and "of"
# before a sum or a number ("revenue of $4 billion", "growth of 1.1%"), or the sum or rate itself
# ("$2 billion in sales", "3% growth"); a word that opens a clause or an infinitive ends the search
_AMOUNT_OBJECT = regex.compile(
    r"(?:(?:[^\S\n]+(?!(?:to|that|of|if|when|as)\b)[a-z][\w’'-]*){1,3}?[^\S\n]+of)?"
    r"[^\S\n]+(?:(?:about|around|roughly|nearly|almost|up[^\S\n]+to)[^\S\n]+)?"
    r"(?:[$£€]\d|\d[\d.,]*(?:%|[^\S\n]+(?:percent|per[^\S\n]+cent)\b))"
)
# A subject after a verb of demanding and the bare verb a mandate takes ("demanded the minister
# resign", "demands Lee step down", "demanded the council not close", "demanded a judge review the
# case", "demanded wealthy Americans pay more"): a determiner or none, up to four words, one of them
# the subject's head, then "not" or none, then the word read as the verb (no possessive's "’s")
_MANDATED_CLAUSE = regex.compile(
    r"[^\S\n]+(?:(?:the|his|her|their|its|our|this|that|these|those|a|an|all|every|some)[^\S\n]+)?"
    r"(?P<words>(?:\p{L}[\w.-]*[^\S\n]+){0,3}\p{L}[\w.-]*)[^\S\n]+(?:not[^\S\n]+)?(?P<verb>[a-z]+)(?![\w’'-])")
# Words after such a subject that are no bare verb: the words that join or open a phrase, and
# the endings of nouns ("demanded the police investigation", "demanded Senate action")
_NO_BARE_VERB = frozenset(
    "of for to in on at by with from into over about and or but as than after before since until while who which that"
    " the a an".split())
# (endings that verbs share are left out: "implement", "insist", "advance", "ensure", "carry")
_NOUN_ENDINGS = ("tion", "sion", "ness", "ity", "ship", "ism")
# how often a noun heads a source, at least, to be read as a mandate's subject ("the council", "the board"; not "a pay | rise")
_MANDATED_SUBJECT_SHARE = 0.05


def _bare_verb(word: str) -> bool:
    """Whether a word may be the bare verb of a mandate's clause ("resign", "review", "pay")."""
    return (word.isalpha() and word.islower() and word not in _NO_BARE_VERB
            and not word.endswith(("ed", "ing", "ly") + _NOUN_ENDINGS)
            and (not word.endswith("s") or word.endswith("ss")) and lemma(word) == word)


def _mandated_clause(ctx: Context, pos: int, limit: int) -> bool:
    """Whether a mandate's clause with no "that" follows a verb of demanding at ``pos``: a subject
    that may speak or act (a name, or a noun that heads sources: "the council", "a judge", "wealthy
    Americans", "more officials", "Prime Minister Kim") and a bare verb right after its head."""
    found = _MANDATED_CLAUSE.match(ctx.text, pos, limit, CONCURRENT)
    if found is None:
        return False
    words = found.group("words").split()
    verb = found.group("verb")
    for i, head in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else verb
        if head.islower() and ctx.lexicon.speaker_share(head) < _MANDATED_SUBJECT_SHARE:
            continue  # a modifier ("more officials", "wealthy Americans") or no subject ("a public apology")
        if after == "not" and i + 2 < len(words):
            after = words[i + 2]
        if after == "be" or _bare_verb(after):
            return True  # "demanded the minister be sacked"; a word in capitals goes on ("Prime | Minister Kim resign")
    return False


# The forms of the verbs of directing (`default_lexicon.DIRECTING_VERBS`), and the object and
# infinitive an order takes after one: a determiner or none, up to six words, "not" or none, "to"
# and the word read as the bare verb ("directed the state government to pay", "instructed aides
# not to send", "directed Immigration and Customs Enforcement to stop")
_DIRECTING_FORMS = verb_forms(en.DIRECTING_VERBS)
_DIRECTED_AGENT_TO_ACT = regex.compile(
    r"[^\S\n]+(?:(?:the|his|her|their|its|our|this|these|those|a|an|all|every|some|each)[^\S\n]+)?"
    r"(?P<words>(?:(?!(?:to|not)\b)\p{L}[\w.’'-]*[^\S\n]+){0,5}?(?!(?:to|not)\b)\p{L}[\w.’'-]*)"
    r"[^\S\n]+(?:not[^\S\n]+)?to[^\S\n]+(?P<verb>[a-z]+)(?![\w’'-])")


def _directed_agent_to_act(ctx: Context, pos: int, limit: int) -> bool:
    """Whether an order's object and its infinitive follow a verb of directing at ``pos``: whom it
    binds, one who may act (a name, an object pronoun, a noun that heads sources or names people or
    a body: "the Centre", "him", "the police", "aides", "the port trust"), then "to" and a bare verb ("to pay", "not to
    send"); a thing sent somewhere is no order ("directed funds to schools", "directed traffic to
    safety", "directed the film to acclaim")."""
    found = _DIRECTED_AGENT_TO_ACT.match(ctx.text, pos, min(limit, pos + _DIRECTED_REACH), CONCURRENT)
    if found is None or not (_bare_verb(found.group("verb")) or found.group("verb") == "be"):
        return False
    words = found.group("words").split()
    if words[0].lower() in _NO_BARE_VERB or any(
            w in _NO_BARE_VERB and not (words[i][:1].isupper() and words[i + 2][:1].isupper())
            for i, w in enumerate(words[1:-1])):
        return False  # a phrase's word ("directed money from the fund to"), no object's (but "Lee and Roe", "Bank of Ghana")
    head = words[-1]
    low = head.lower()
    return (head[0].isupper() or low in _OBJECT_PRONOUNS or person_noun(low) or low in en.ORGANIZATION_WORDS
            or _bodies(low) or ctx.lexicon.speaker_share(low) >= _MANDATED_SUBJECT_SHARE)


def _bodies(low: str) -> bool:
    """Whether a lower-case word is the regular plural of a body's noun, as whom an order binds:
    "directed all private schools to", "instructed the banks to", "directed universities to"."""
    if len(low) < 5 or not low.endswith("s") or low.endswith("ss"):
        return False
    one = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return one in en.ORGANIZATION_WORDS or one in en.GOVERNMENT_WORDS


_DIRECTED_REACH = 90
_TO_KNOW_QUESTION = regex.compile(r"[^\S\n]+to[^\S\n]+know[^\S\n]+(?:why|what|whether|how|when|where|if|who|which)\b")
# Verbs of showing or finding that a paper's noun takes at the end of its report: "..., the data show."
_SHOWING_FORMS = frozenset("show shows showed shown find finds found".split())
# an adverb in "-ly" (one more may go before it) that ends the sentence after a verb: "showed almost immediately."
_ADVERB_TO_END = regex.compile(r"(?:[^\S\n]+(?:almost|only|quite|very|fairly|more))?[^\S\n]+[a-z]{2,}ly[^\S\n]*[.!?;]?[^\S\n]*$")
# How many words a paper's noun phrase after the report's comma may hold: "the latest central bank minutes"
# (and, apart, the name of its maker after it)
_DOCUMENT_PHRASE_WORDS = 6
# the words that name who made the paper after its noun: "data from Moneyfacts", "a survey by Ipsos"
_MAKER_PREPOSITIONS = frozenset(["from", "by"])


# a noun and, after it, one short phrase of place or time, then the relative "that" right before
# a verb: "an ad | that", "a leaflet in Ohio | that", "a post on Facebook | that"
_NOUN_THEN_RELATIVE = regex.compile(
    r"(?<![\w’'-])(\p{Ll}[\p{Ll}-]+)(?:[^\S\n]+(?:in|on|from|for|by|during|last|this)[^\S\n]+"
    r"(?:the[^\S\n]+)?[\w’'-]+)?[^\S\n]+that[^\S\n]+$")


# an auxiliary right after the word: it is a plural noun, the subject of that verb ("the report that
# claims were false", a "that" of the noun's content)
_AUXILIARY_NEXT = regex.compile(r"[^\S\n]+(?:" + en.FINITE_AUXILIARY_ALTERNATION + r")\b")


# what a record shows is most often evidence the writer cites, the clause the object of the verb
# that holds the record ("published a story that showed ...", "emails that showed ..."): no report
_EVIDENCE_LEMMAS = frozenset("show reveal depict".split())


def document_relative(text: str, sentence: Sentence, m: regex.Match) -> tuple[int, int] | None:
    """The noun of a text or record that "that" right before ``m`` opens a relative clause on
    ("an ad in Ohio that | claims ...", "a leaflet that | says ..."): the word after it is that
    clause's finite verb, the paper's report; None for a "that" after a verb ("said that claims
    ...", where the plural noun opens the clause), a verb of a paper put out ("a story that
    posted this week"), of evidence shown ("emails that showed ...") or one with a particle
    ("a film that showed off the plane")."""
    low = m.group()
    if not low.islower() or lemma(low) == low or lemma(low) in en.POSTING_VERBS or lemma(low) in _EVIDENCE_LEMMAS or not text[
            max(sentence.start, m.start() - 6):m.start()].rstrip().endswith("that"):
        return None  # (a cheap test first: a finite verb in lower case right after the pronoun)
    found = _NOUN_THEN_RELATIVE.search(text, max(sentence.start, m.start() - 48), m.start(), CONCURRENT)
    if found is None or not document_noun(found.group(1)) or _AUXILIARY_NEXT.match(text, m.end(), sentence.end, CONCURRENT) or (
            _PARTICLE_NEXT.match(text, m.end(), sentence.end)):
        return None
    return found.span(1)


def _document_after_comma(text: str, sentence: Sentence, m: regex.Match) -> bool:
    """Whether the words between the sentence's last comma before ``m`` and
    ``m`` are a short noun phrase, no pronoun nor function word in it, headed
    by a noun of a text, record or study ("the minutes", "a new trial"), its
    maker perhaps named after it ("data from Moneyfacts"): the subject of a
    verb of showing that closes the report before the comma."""
    comma = text.rfind(",", max(sentence.start, m.start() - 80), m.start())
    if comma < 0:
        return False
    words = [w.group() for w in WORD.finditer(text, comma + 1, m.start(), False, CONCURRENT)]
    # the paper's noun may name its maker after "from" or "by": "data from Moneyfacts", "figures
    # from the Office for National Statistics", whose name may hold a preposition of its own
    cut = next((i for i, w in enumerate(words) if i > 0 and w in _MAKER_PREPOSITIONS), len(words))
    words, maker = words[:cut], words[cut + 1:]
    if not 0 < len(words) <= _DOCUMENT_PHRASE_WORDS or len(maker) > _DOCUMENT_PHRASE_WORDS or not (
            document_noun(words[-1].lower()) or words[-1].lower() in en.RESEARCH_NOUNS):
        return False
    if words[-1][0].isupper() and not sentence.paragraph == 0:
        return False  # "..., Research Found" only in a headline's title case
    if any(w.lower() in en.PRONOUNS or w.lower() in en.CLAUSE_BOUNDARIES or w.lower() in PREPOSITIONS
           for w in words) or any(w.lower() in en.PRONOUNS or w.lower() in en.CLAUSE_BOUNDARIES for w in maker):
        return False
    # a report before the comma with a verb of saying of its own is that verb's: "Lee said ..., the data show."
    return not any(lemma(w) in en.THAT_VERBS and lemma(w) != w for w in (
        v.group().lower() for v in WORD.finditer(text, sentence.start, comma, False, CONCURRENT)))


# How many words the subject of a ruling after the comma may hold: "the Financial Ombudsman Service"
_RULING_SUBJECT_WORDS = 6
# the auxiliaries of a perfect, between that subject and its verb: "the tribunal has ruled"
_PERFECT_AUXILIARIES = frozenset(["has", "have", "had"])


def _judging_after_comma(text: str, sentence: Sentence, m: regex.Match) -> bool:
    """Whether the verb of judging ``m`` closes its sentence (but for adjuncts of time, or
    before a comma: "..., the court held on Monday, and ...") after a clause and a comma, its
    subject between: a noun phrase of a few words, no pronoun nor function word in it but
    "of" ("the Court of Appeal"), or a subject pronoun alone, and a perfect's auxiliary
    ("A bank must refund her, the ombudsman has ruled."); not after a fronted phrase or
    a subordinate clause ("In 1520, the king ruled.", "When the vote came, the board
    decided."), nor with any other auxiliary ("..., the team was determined.", "..., the
    judge will decide."), nor with an object ("..., the court held a hearing."). "Held" needs
    a subject that can judge, a name, a person's noun or a body's, as a thing "holds" when it
    lasts ("..., the sea wall held.")."""
    rest = text[skip_post_adjuncts(text, m.end(), sentence.end):sentence.end].lstrip(" \t")
    if rest.strip(CLOSE_PUNCT + CLOSING_QUOTE_MARKS + ")") and not rest.startswith(","):
        return False
    comma = text.rfind(",", max(sentence.start, m.start() - 80), m.start())
    if comma < 0:
        return False
    subject = [w.group() for w in WORD.finditer(text, comma + 1, m.start(), False, CONCURRENT)]
    while subject and subject[-1].lower() in _PERFECT_AUXILIARIES:
        subject.pop()
    words = [w.lower() for w in subject]
    if len(words) == 1 and words[0] in en.SUBJECT_PRONOUNS:
        pass  # "..., she ruled."
    elif not 0 < len(words) <= _RULING_SUBJECT_WORDS or any(
            w in en.PRONOUNS or w in en.CLAUSE_BOUNDARIES or w in en.VERB_AUXILIARIES or w in PREPOSITIONS and w != "of"
            for w in words):
        return False
    elif m.group().lower() in _HOLDING_FORMS and not (
            subject[-1][0].isupper() or person_noun(words[-1]) or words[-1] in en.ORGANIZATION_WORDS):
        return False  # "Prices fell, the index held.", "the sea wall held": it lasted, no court nor judge held it
    if opens_with_subordinator(text, sentence.start, comma) or fronted_phrase(text, sentence.start, comma):
        return False  # (a fronted phrase may hold a modal's form: "In May, the club held, for once, a gala")
    if reads_as_clause(text, sentence.start, comma):
        return True
    # an aside between commas after the subject it frames, its predicate (an auxiliary or a past)
    # after it: "The firm, the court held, had failed." (not "In May, the club held, for once, a
    # gala": no subject before it, nor a predicate after it)
    first = WORD.search(text, sentence.start, comma, CONCURRENT)
    if not rest.startswith(",") or first is None or first.group().lower() in PREPOSITIONS:
        return False
    close = text.find(",", m.end(), sentence.end) + 1
    return bool(_AUXILIARY_NEXT.match(text, close, sentence.end) or _PAST_NEXT.match(text, close, sentence.end))


# a verb's past in "-ed" right after a position: an aside's predicate ("..., the court held, failed to")
_PAST_NEXT = regex.compile(r"[^\S\n]+[a-z]{2,}ed\b")


_WHO_BEFORE = regex.compile(r"(?<![\w’'])(?:who|which)[^\S\n]+$")
# a particle that makes another verb of one of stance: "backed away from", "backed off"
_PARTICLE_NEXT = regex.compile(r"[^\S\n]+(?:away|off|out|down|up|into)\b")


def _past(word: str) -> bool:
    """Whether a word reads as a verb's past: in "-ed", or a past spelt as its base ("read")."""
    return word.endswith("ed") or word in en.PAST_AS_BASE


# A particle's end, then the end of the clause: "shot back.", "points out,", or an adjunct of the
# manner, time or place of the saying: "shot back with a laugh", "fired back in an interview"
_CLAUSE_STOP = regex.compile(
    r"[^\S\n]*(?:[.,;!?]|$)|[^\S\n]+(?:with|in|at|after|before|during|while|from|on|over)[^\S\n]+(?:a|an|the|his|her|their|its)\b"
)


def _particle_then_stop(ctx: Context, m: regex.Match, limit: int) -> bool:
    """Whether the word ``m`` takes a particle its cues take ("shot back",
    "went on"), and the clause ends right after it."""
    text = ctx.text
    particle = WORD.match(text, m.end() + 1, limit, CONCURRENT) if text.startswith(" ", m.end(), limit) else None
    return (particle is not None and (m.group().lower(), particle.group().lower()) in ctx.lexicon.cue_particles
            and _CLAUSE_STOP.match(text, particle.end(), limit) is not None)


def _particle_before_that(ctx: Context, m: regex.Match, limit: int) -> bool:
    """Whether the word ``m`` takes a particle its cues take, then "that" and a
    clause: "points out that", "figured out that" (the form alone is mostly a
    noun or weighs little: "the point that ...")."""
    text = ctx.text
    particle = WORD.match(text, m.end() + 1, limit, CONCURRENT) if text.startswith(" ", m.end(), limit) else None
    if particle is None or (m.group().lower(), particle.group().lower()) not in ctx.lexicon.cue_particles:
        return False
    that = _THAT_AFTER.match(text, particle.end(), limit)
    return that is not None and _CLAUSE_AFTER_THAT.match(text, that.end(), limit) is not None


# a pronoun that is only ever a subject, opening a clause right after a word
_SUBJECT_PRONOUN = regex.compile(r"[^\S\n]+(?:he|she|they|we|I)\b(?![’'-])")
# a clause after "that": a subject word (a name, a pronoun, a determiner, a number), not a verb
_CLAUSE_AFTER_THAT = regex.compile(
    r"[^\S\n]+(?:\p{Lu}|\d|(?:the|a|an|he|she|they|it|we|i|you|there|this|these|those|his|her|their|its|our|some"
    r"|many|most|no|not|if|when|while|because|although|even)\b)")


# The verbs an outlet relays words with after a comma that closes the sentence, and the outlet's
# name there (a name in capitals, "the" before it at most): "..., said Lee, the Times reported.",
# "..., said Lee, head of the union, reports the Ledger." (also read by `subjects.source_end`)
RELAYING_FORMS = ("reported", "reports", "wrote", "writes")
RELAYED_NAME = r"(?:[Tt]he[^\S\n]+)?\p{Lu}[\w.&’'-]*(?:[^\S\n]+(?:of[^\S\n]+)?\p{Lu}[\w.&’'-]*){0,4}"
# the verb inverted before that name: the outlet's verb, whatever the model reads of the words before it
_OUTLET_CLOSES = regex.compile(r"[^\S\n]+" + RELAYED_NAME + r"[\s.!?]*$")


def weighed_as_cue(ctx: Context, sentence: Sentence, m: regex.Match, weight: float, context: str) -> bool:
    """Whether the word ``m`` works as a cue by its weight, read in its context.

    A word the tables know as a cue everywhere (weight near 1) is one, and one
    they weigh under ``LEAST_WEIGHT`` is none, whatever stands around it
    ("Boats lined the quay"). Any other word the tables weigh goes to the
    cue-context model, which reads its weight together with the words around
    it ("they know that" against "we know about"); without a model, the weight
    alone decides, against ``CUE_THRESHOLD``."""
    model = cue_context_model()
    if model is None or not asks_model(ctx, sentence, m, weight):
        return weight >= CUE_THRESHOLD
    return model.probability(context_features(ctx, sentence, m, weight, context)) >= CUE_CONTEXT_THRESHOLD


def asks_model(ctx: Context, sentence: Sentence, m: regex.Match, weight: float) -> bool:
    """Whether the cue-context model decides for the word ``m`` of this weight.
    It admits no word under ``CUE_THRESHOLD`` in a question ("What do we know
    about it?"): on the train split, such words head a cue one time in five."""
    if not LEAST_WEIGHT <= weight < _CERTAIN or m.group().lower() not in ctx.lexicon.candidate_forms:
        return False
    return weight >= CUE_THRESHOLD or not _question(ctx, sentence)


def _question(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence asks a question: read once per sentence, as each of its words may ask."""
    key = ("question", sentence.start)
    if key not in ctx.memo:
        ctx.memo[key] = ctx.text[sentence.start : sentence.end].rstrip().endswith("?")
    return ctx.memo[key]


# A word of the tables is a cue where the model gives it at least this: the
# threshold that gave the best attribution F1 on the train split.
CUE_CONTEXT_THRESHOLD = 0.35
# A weight this high makes a cue whatever stands around it.
_CERTAIN = 0.99
# A weight this low makes none: the model may admit words the weight alone
# would not, down to this and not below (under it, the words it admitted on the
# train split were as often wrong as right, light verbs above all: "did", "made")
LEAST_WEIGHT = 0.25
# The weight's buckets, as the model reads it.
_WEIGHT_BOUNDS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99)


@functools.cache
def cue_context_model() -> logistic.Model | None:
    """The cue-context model shipped in ``data/cue_context.tsv``, or None when the package has none."""
    return logistic.shipped("cue_context.tsv")


def context_features(ctx: Context, sentence: Sentence, m: regex.Match, weight: float, context: str) -> list[str]:
    """What the cue-context model reads of a word: its weight, its form before
    what follows, and the classes of the two words before it and after it,
    alone and with its lemma; how often a noun right before it ends a source;
    whether the next word is a particle of its cues ("put it", "pointed to");
    whether a "that" comes within three words; and whether the sentence asks
    a question."""
    text = ctx.text
    s0, s1 = sentence.start, sentence.end
    form = m.group().lower()
    words = list(WORD.finditer(text, max(s0, m.start() - 40), m.start(), False, CONCURRENT))[-2:]
    before = [w.group() for w in words]
    gap = text[words[-1].end() : m.start()] if words else ""
    if "," in gap:
        prev = "comma"
    elif any(c in QUOTE_MARKS for c in gap):
        prev = "quote"
    else:
        prev = word_class(before[-1]) if before else "start"
    prev2 = word_class(before[-2]) if len(before) > 1 else "start"
    # (none when only adjuncts stand before the sentence's end: "data showed on Friday.")
    adjuncts_only = context == "." and next_class(text, m.end(), s1) != "."
    after = [] if adjuncts_only else [
        w for _, w in zip(range(3), WORD.finditer(text, m.end(), min(s1, m.end() + 60), False, CONCURRENT))]
    next1 = word_class(after[0].group()) if after else "end"
    next2 = word_class(after[1].group()) if len(after) > 1 else "end"
    that = str(any(w.group().lower() == "that" for w in after))
    root = lemma(form)
    band = logistic.bucket(weight, _WEIGHT_BOUNDS)
    # a common noun before the word: how often it ends a source ("the spokesman", "the poll")
    # (a filing's initials too: "The PIL sought"; not before a participle, which modifies it: "suits challenging")
    heads = logistic.bucket(_head_share(ctx, before[-1].lower(), form), _HEAD_BOUNDS) if prev in _NOUNS or (
        before and before[-1].lower() in en.FILING_NOUNS) else prev
    return [
        "bias",
        f"weight={band}",
        f"weight|before={band}|{prev}",
        f"form|next={form}|{context}",
        f"next={context}",
        f"before={prev}",
        f"before2|before={prev2}|{prev}",
        f"before|lemma={prev}|{root}",
        f"after={next1}|{next2}",
        f"lemma|after={root}|{next1}",
        f"particle={bool(after) and (form, after[0].group().lower()) in ctx.lexicon.cue_particles}",
        f"that_ahead={that}",
        f"lemma|that_ahead={root}|{that}",
        f"question={_question(ctx, sentence)}",
        f"first={not before}",
        f"before heads sources={heads}",
    ]


_HEAD_BOUNDS = (0.0, 0.05, 0.2)
# The least share of sources the model reads for a noun of a filing (`default_lexicon.FILING_NOUNS`):
# a petition's or a lawsuit's, as mined ("The plea sought a stay" as "The petition sought a stay")
_FILING_SHARE = 0.25


def _head_share(ctx: Context, noun: str, form: str) -> float:
    """How often the lower-case noun before the word ``form`` heads a source, as the cue-context
    model reads it: its share (``Lexicon.speaker_share``), and at least ``_FILING_SHARE`` for a
    filing's noun before a finite verb ("The plea sought", not "suits challenging the law")."""
    share = ctx.lexicon.speaker_share(noun)
    return max(share, _FILING_SHARE) if noun in en.FILING_NOUNS and not form.endswith("ing") else share


_NOUNS = ("word", "word-s")
DETERMINERS = frozenset("a an the this these those his her their its our my your some any no every each".split())


def _raised_infinitive(text: str, pos: int, end: int, cue_lemma: str) -> bool:
    """Whether the clause a passive raiser raises opens at ``pos``: "to be" or "to have"
    after any ("is said to have left"), "to" and a verb after a raiser of
    en.INFINITIVE_RAISERS ("is believed to live abroad"), not a noun phrase ("thought to
    himself")."""
    if _TO_BE.match(text, pos, end):
        return True
    to = _TO_WORD.match(text, pos, end) if cue_lemma in en.INFINITIVE_RAISERS else None
    return to is not None and not (
        (word := to.group(1)) in DETERMINERS or word in en.OBJECT_PRONOUNS or word in en.REFLEXIVE_PRONOUNS)
PREPOSITIONS = frozenset("of for about on in with by at as from against after before".split())


def word_class(word: str) -> str:
    """A word's coarse class, as the cue-context model reads the words around a cue."""
    low = word.lower()
    if low in en.PRONOUNS:
        return "pron"
    if low in en.VERB_AUXILIARIES:
        return "aux"
    if low in DETERMINERS:
        return "det"
    if low in PREPOSITIONS:
        return "prep"
    if low in ("to", "not", "never", "and", "but", "or", "who", "which", "that"):
        return low
    if word[0].isupper():
        return "cap"
    if word[0].isdigit():
        return "num"
    if low.endswith("ly"):
        return "adv"
    return "word-s" if low.endswith("s") else "word"


# A word of the older spelling with the hyphen of "e-mail", read whole: "e-mailed" is the
# verb "emailed", where the word after the hyphen alone ("mailed") is another verb
_E_PREFIXED = regex.compile(r"(?<![\w’'-])[Ee]-\p{Ll}+")

# Prefixes a hyphen joins to a verb that stays a verb ("re-elect", "co-wrote").
_PREFIXES = frozenset(["re", "co", "pre", "mis", "over", "out"])


def _compound_part(text: str, start: int, end: int) -> bool:
    """Whether the word [start, end) is one part of a hyphenated compound, not
    a verb after a prefix."""
    if text.startswith("-", end):
        return True
    if start == 0 or not text.startswith("-", start - 1):
        return False
    before = text[max(0, start - 5) : start - 1].lower().split()
    return not before or before[-1] not in _PREFIXES


def _lowered(ctx: Context) -> str | None:
    """The text in lower case, once per parse; None when lower case would move
    offsets (a few letters lower to two characters: "İ")."""
    if "lowered" not in ctx.memo:
        low = ctx.text.lower()
        ctx.memo["lowered"] = low if len(low) == len(ctx.text) else None
    return ctx.memo["lowered"]


def _title_case_headline(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence is a headline in title case, where verbs are capitalised too:
    the article's own, or one inside it (a live blog's entry, a numbered list's item,
    "2 Ann Lee Explained Why The Pier Closed"), where every long word is capitalised
    (a sentence full of names has a "president" or "said" among them)."""
    if sentence.paragraph != 0:
        # every long word capitalised: read up to the first that is not (most sentences' second or third word)
        long_words = 0
        for m in WORD.finditer(ctx.text, sentence.start, sentence.end, False, CONCURRENT):
            w = m.group()
            if len(w) > 3:
                if not w[0].isupper():
                    return False
                long_words += 1
        return long_words >= _INNER_HEADLINE_WORDS
    words = WORD.findall(ctx.text, sentence.start, sentence.end, False, CONCURRENT)
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in long_words)
    return len(long_words) >= 3 and capitalised >= 0.8 * len(long_words)


# An inner headline has at least this many long words, every one capitalised.
_INNER_HEADLINE_WORDS = 4


def opening_quotation_window(ctx: Context, sentence: Sentence) -> tuple[int, int]:
    """The stretch of a few words after a quotation that opens the sentence,
    where a verb is the quotation's cue (empty when none opens it)."""
    key = ("quote window", sentence.start)  # read once per sentence: each of its cues asks
    if key not in ctx.memo:
        ctx.memo[key] = _opening_quotation_window(ctx, sentence)
    return ctx.memo[key]


def _opening_quotation_window(ctx: Context, sentence: Sentence) -> tuple[int, int]:
    start = skip_space(ctx.text, sentence.start, sentence.end)
    q = next(ctx.layout.quotations_from(start), None)
    if q is not None and q.start == start and q.end < sentence.end:
        words = WORD.finditer(ctx.text, q.end, sentence.end, False, CONCURRENT)
        tail = [w for _, w in zip(range(_QUOTE_TAIL_WORDS + 1), words)]
        limit = tail[_QUOTE_TAIL_WORDS].start() if len(tail) > _QUOTE_TAIL_WORDS else sentence.end
        return q.end, limit
    return (0, 0)


# A verb within this many words after an opening quotation is its cue.
_QUOTE_TAIL_WORDS = 7


# A word that sometimes heads a cue does, when a quotation follows it closely (chosen on
# the train split: 0.10 took too many verbs of doing before a quoted title or phrase,
# "launched the “... initiative”"; 0.15 to 0.17 score alike, above them cues are lost)
_QUOTE_AHEAD_THRESHOLD = 0.15


# how many words may stand between such a word and the quotation (chosen on the train split:
# 4 to 8 tried, 6 best; "hailed the new harbour plan as “...”")
_QUOTE_AHEAD_WORDS = 6
# before a colon, as before: more words make a clause that leads its quotation
_QUOTE_AHEAD_BEFORE_COLON = 4


# The first word of a clause a "that" opens, or a bare noun and a finite auxiliary after it
# ("testified in court that banks were safe", "that inflation has risen")
_FINITE_AUXILIARIES = en.VERB_AUXILIARIES - frozenset(["'s", "’s", "be", "been", "being"])
# (each word whole: "that allows", "that then" open no clause)
_CLAUSE_OPENER = (r"(?:(?:the|a|an|he|she|they|we|you|I|it|his|her|their|its|our|my|your|this|these|those|there|some|no|none|all|both|each|every|many|most)\b|[A-Z]"
                  r"|[a-z]+[^\S\n]+(?:" + "|".join(sorted(_FINITE_AUXILIARIES)) + r")\b)")
# A few words, then a "that" that opens a clause: whom a reply answered, then what it said
# ("replied to critics that the ferries were safe"); the word before "that" is read by _hearer_then_that
_HEARER_THEN_THAT = regex.compile(r"(?:[^\S\n]+[\w’'.-]+){0,4}?[^\S\n]+([\w’'.-]+)[^\S\n]+that[^\S\n]+" + _CLAUSE_OPENER)
# (an object pronoun that names a person: "it" is a thing's)
_OBJECT_PRONOUNS = en.OBJECT_PRONOUNS - {"it"}


def _hearer_then_that(text: str, pos: int, limit: int) -> bool:
    """Whether a hearer, then a "that" that opens a clause, follows ``pos``: a name, an object
    pronoun or a noun for people before "that" ("replied to critics that the ...", "to Lee that");
    a thing there takes a relative clause ("responded to a letter that the board sent")."""
    m = _HEARER_THEN_THAT.match(text, pos, limit, CONCURRENT)
    if m is None:
        return False
    last = m.group(1)
    return last[:1].isupper() or last.lower() in _OBJECT_PRONOUNS or person_noun(last.lower())
# (words that make the "that" no complementizer of the verb's: a result's "so" or "such" anywhere
# before it, "assured them so often that ..."; a preposition that opens the object or ends it, a
# phrase's, "warned of dangers that ...", "briefed on that")
_RESULT_WORDS = frozenset("so such".split())
_NOT_HEARER_EDGE = PREPOSITIONS | frozenset(["to"])


def _object_then_that(text: str, pos: int, limit: int) -> bool:
    """Whether an object, then a "that" that opens a clause, follows a verb of telling at ``pos``:
    whom it told, in up to five words, and what ("briefed lawmakers that the plant ...", "notified the
    family that ...", "advised clients that prices ..."); the object of such a verb is its hearer,
    a noun for people or not (not a result's "so" or a preposition's phrase before "that")."""
    m = _HEARER_THEN_THAT.match(text, pos, limit, CONCURRENT)
    if m is None:
        return False
    words = [w.lower() for w in WORD.findall(text, pos, m.end(1))]
    return words[0] not in _NOT_HEARER_EDGE and words[-1] not in _NOT_HEARER_EDGE and _RESULT_WORDS.isdisjoint(words)


# A verb in -ed right before a "that" that opens a clause, not a determiner
# ("sniped that the board", "that he", not "forwarded that part"): the tables
# may never have seen the verb
_THAT_OPENS_CLAUSE = r"that[^\S\n]+" + _CLAUSE_OPENER
# ... after a verb of directing: what it ordered ("directed that the files be released")
_DIRECTED_THAT = regex.compile(r"[^\S\n]+" + _THAT_OPENS_CLAUSE)
_ED_BEFORE_THAT = regex.compile(r"\b([a-z]+ed)(?=[^\S\n]+" + _THAT_OPENS_CLAUSE + ")")
# ... or before "to" and its hearer, a determined noun, an object pronoun or a name, then such a
# "that" ("groused to a crowd in Ohio that the ...", "confided to her that he"; not "listened to it
# knows that", "was dismayed to learn that")
_ED_TO_HEARER_THAT = regex.compile(
    r"\b([a-z]+ed)[^\S\n]+to[^\S\n]+(?:a|an|the|his|her|their|him|them|me|us|[A-Z][\w’'.-]{0,30})"
    r"(?:[^\S\n]+[\w’'.-]+){0,4}?[^\S\n]+that"
    r"(?=[^\S\n]+" + _CLAUSE_OPENER + ")"
)
# ... or, after a verb of saying, where it was said: "in", "on" or "at" (or with whom: "with", or before whom:
# "testified before a Senate panel that") and a few words with
# no stop between (an occasion the rules read past, `default_rules.hearers.PLACE_THEN_THAT`),
# then such a "that", a quotation mark allowed before the clause ("testified in one of the
# suits that “none ...”", "posted on Twitter Friday that his"; not "testified in the case
# that was dismissed")
_WHERE_SAID_THEN_THAT = regex.compile(
    r"[^\S\n]+(?:in|on|at|with|before)"
    r"(?:[^\S\n]+[\w’'.-]+){1,6}?[^\S\n]+that[^\S\n]+[“\"‘]?" + _CLAUSE_OPENER
)
# The same with the verb before it, read for verbs the tables never weighed as cues ("testified")
# (the word is taken whole, with no step back: a shorter part of it is followed by a letter, never by
# the spaces the lookahead needs, so trying one cost each word a step at every letter for nothing)
_VERB_PLACE_THAT = regex.compile(r"\b([a-z]++)(?=" + _WHERE_SAID_THEN_THAT.pattern + ")")
# A participle in title case and its agent's capitalised "By" after a word (`_title_passive_next`)
_TITLE_PASSIVE_NEXT = regex.compile(r"[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+By(?![\w’'-])")


def _title_passive_next(text: str, end: int, limit: int) -> bool:
    """Whether a participle in title case and its agent's "By" follow the word ending at ``end``."""
    nxt = _TITLE_PASSIVE_NEXT.match(text, end, limit, CONCURRENT)
    if nxt is None:
        return False
    low = nxt.group(1).lower()
    return low.endswith("ed") or low in en.IRREGULAR_PARTICIPLES


# "suspected", which as "alleged" modifies a noun as often as it is a verb; it reports only after its
# subject, read as "alleged"'s is
_SUSPECTED_FORMS = frozenset(["suspected"])
# Words before "alleged" that make it a verb ("has alleged", "they alleged", "who alleged"),
# and the determiners and prepositions before which it is mostly an adjective ("the alleged fraud")
_ALLEGING_LEADS = frozenset("has have had he she they we i who".split())
_ALLEGING_ADVERBS = frozenset("also earlier further later already once even then long".split())
_NOT_ALLEGING = frozenset("the a an his her its their our my your this that these those of for in on about over "
                          "into with by from against to and or".split())


def _alleging_subject_before(text: str, s0: int, pos: int, lexicon) -> bool:
    """Whether "alleged" at ``pos`` is the verb of a subject right before it (an
    adverb may stand between: "also", "earlier", one in "-ly"): an auxiliary of the perfect, a subject
    pronoun or "who", a name, a document, a noun that heads sources or one for a side or a body
    (`SPEAKING_BODY_NOUNS`: "the opposition alleged"); not after a
    determiner, a possessive or a preposition, where it modifies a noun."""
    words = list(WORD.finditer(text, max(s0, pos - 40), pos, False, CONCURRENT))
    if words and (en.ly_adverb(words[-1].group()) or words[-1].group() in _ALLEGING_ADVERBS):
        pos = words.pop().start()
    if not words or text[words[-1].end():pos].strip() or words[-1].group().endswith(("’s", "'s")):
        return False  # (a punctuation mark or a possessive between: "Lee's alleged role")
    prev = words[-1].group()
    low = prev.lower()
    if low in _ALLEGING_LEADS:
        return True
    if low in _NOT_ALLEGING or low in en.AUXILIARIES:
        return False
    if prev[0].isupper() or document_noun(low) or lexicon.speaker_share(low) >= _ALLEGING_SHARE:
        return True
    # a side or a body the tables of American copy rarely saw speak: "the opposition alleged fraud",
    # "the junta alleged", "the prosecution alleged" ("a militia alleged to have ..." is a raising's)
    return low in en.SPEAKING_BODY_NOUNS


# How often a lower-case noun must head a source to be the subject of "alleged" right after it
_ALLEGING_SHARE = 0.02
# "hold" reports a finding only before a "that" that opens a clause ("the court held that the
# ..."; not "held that post", "held that day"), which is mostly a court's, a panel's or a scholar's
_HOLDING_FORMS = frozenset(["hold", "holds", "held", "holding"])
# The same, found from its "that": the clause it opens, then the verb and the spaces read back
# from the "that" (the verb is the same whichever way it is read)
_THAT_CLAUSE = regex.compile(_THAT_OPENS_CLAUSE)
_ED_THEN_SPACE = regex.compile(r"\b([a-z]+ed)[^\S\n]+\Z", regex.REVERSE)
# ... and for "hold": capitalised words after "that" and the word after them, which must read as
# their verb ("held that Lee acted", not "held that Sunday rally")
_CAPITALS_THEN_WORD = regex.compile(r"that[^\S\n]+\p{Lu}[\w’'.-]*(?:[^\S\n]+\p{Lu}[\w’'.-]*){0,3}[^\S\n]+([a-z]+)\b")


def _held_clause(text: str, that: int, end: int) -> bool:
    """Whether the "that" at ``that`` after a form of "hold" opens a clause: a subject and a finite
    auxiliary ("that sufficient notice had been served", `_BARE_FINITE_CLAUSE`), or the words that
    open one (`_THAT_OPENS_CLAUSE`), a capitalised subject's then a verb's, in -ed or -s or an
    auxiliary ("that Lee acted", "that Roe owes"; not "that Sunday rally", a day's)."""
    limit = min(end, that + _HELD_CLAUSE_REACH)
    if _BARE_FINITE_CLAUSE.match(text, that + 4, limit, CONCURRENT):
        return True
    if not _THAT_CLAUSE.match(text, that, end, CONCURRENT):
        return False
    caps = _CAPITALS_THEN_WORD.match(text, that, limit, CONCURRENT)
    if caps is None:
        return True  # "that the ...", "that he ...": a determiner or a pronoun opens it
    verb = caps.group(1)
    return verb.endswith("ed") or verb.endswith("s") and not verb.endswith("ss") or verb in _FINITE_AUXILIARIES


_HELD_CLAUSE_REACH = 80


def _eds_before_that(text: str, start: int, end: int) -> Iterator[regex.Match]:
    """The matches of _ED_BEFORE_THAT in [start, end), in order: read from each
    "that" of the stretch, not at each of its words (most sentences hold a
    "that" or none, and the scan reads every word)."""
    that = text.find("that", start, end)
    while that >= 0:
        if _THAT_CLAUSE.match(text, that, end, CONCURRENT) is not None and (verb := _ED_THEN_SPACE.search(text, start, that, CONCURRENT)) is not None:
            yield verb
        that = text.find("that", that + 4, end)


# A comma or a colon, then a quotation that opens: ', “', ': "', ": ''", or a single mark,
# as British copy opens one (": ‘", ": '"; the layout tells a quotation from an apostrophe)
_COMMA_QUOTE = regex.compile(r"[,:][^\S\n]*(?:[“\"‘']|'')")
# The verb before such a comma or colon, in -s or -ed, after a subject pronoun, a capitalised name
# or a noun phrase a determiner opens ("The minister alleged, “...”", "one fan fumed: ‘...’": "alleged" after a noun is
# weighed low, as an adjective), or after "and" or "then", the last verb of its subject's
# predicate ("leaned in and boomed: “...”")
_VERB_COMMA_QUOTE = regex.compile(
    r"(?:\b(?:he|she|they|we|I|He|She|They|We|and|then)|\b[A-Z][\w’'.-]+"
    r"|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Oo]ne|[Aa]nother)(?:[^\S\n]+[\w’'.-]+){0,3}?[^\S\n]+[a-z][\w-]+)"
    r"[^\S\n]+([a-z]+(?:s|ed))[^\S\n]*[,:][^\S\n]*(?:[“\"‘']|'')$",
    # read back from the end it is anchored to; the verb (group 1) is the same whichever way it is read
    regex.REVERSE,
)


def _speaks_a_quotation(ctx: Context, m: regex.Match) -> bool:
    """Whether the word is a verb its subject speaks a quotation with: a
    pronoun, a name or a determined noun, the verb in -s or -ed, a comma or a colon, and a
    quotation that opens right after it ("He jokes, “...”", "Ann Lee
    quipped, “...”", "Lee gloated: “...”", and in single marks "Lee gushed: ‘...’",
    when the layout opens a quotation at the mark, no apostrophe: "Lee fumed: 'It's ...'")."""
    text = ctx.text
    comma = skip_space(text, m.end(), len(text))
    if text[comma : comma + 1] not in (",", ":"):
        return False
    mark = skip_space(text, comma + 1, len(text))
    if m.group().lower() in en.NOT_CUES:
        return False
    if text[mark : mark + 1] in ("‘", "'") and not text.startswith("''", mark):
        q = next(ctx.layout.quotations_from(mark), None)
        if q is None or q.start != mark or person_noun(m.group()):
            return False  # (nor a noun for people: "Lee heckles party supporters: ‘...’")
    elif text[mark : mark + 1] not in ("“", '"') and not text.startswith("''", mark):
        return False
    verb = _VERB_COMMA_QUOTE.search(text, max(0, m.start() - 40), mark + 2 if text.startswith("''", mark) else mark + 1)
    return verb is not None and verb.start(1) == m.start()


def _quotation_ahead(ctx: Context, pos: int, limit: int) -> bool:
    """Whether a quotation opens a few words after ``pos``, with no colon
    before it: a clause and a colon lead their quotation as a whole ("gave
    the board a warning: “...”", ``core.colon_quote.v1``)."""
    q = next(ctx.layout.quotations_from(pos), None)
    if q is None or q.start >= limit or q.start - pos > 80:
        return False
    words = WORD.findall(ctx.text, pos, q.start, False, CONCURRENT)
    if not (len(words) <= _QUOTE_AHEAD_WORDS and (len(words) <= _QUOTE_AHEAD_BEFORE_COLON or not ctx.text[pos:q.start].rstrip().endswith(":"))):
        return False
    # a title that is the verb's object names a thing, no words (one in a phrase after a preposition
    # leaves the verb as it was: "made similar comments on CNBC's “Squawk Box” program")
    return any(w in _ADJUNCT_OPENERS for w in words) or not _title_before_noun(ctx.text, q.start, q.end, limit)


# the prepositions that open a phrase of time or place after a verb's object
_ADJUNCT_OPENERS = frozenset("on in at during for from with by to".split())


# the lower-case noun right after a quotation's closing mark
_NOUN_AFTER_QUOTATION = regex.compile(r"[^\S\n]+([a-z]+)\b")
# the most words such a title has
_TITLE_WORDS = 6


def _title_before_noun(text: str, start: int, end: int, limit: int) -> bool:
    """Whether the quotation at ``start``-``end`` is a title in title case before the noun it
    names, no words spoken: "took home the “Rising Star” award", "on CNBC's “Squawk Box”
    program" (`en.TITLED_NOUNS`)."""
    noun = _NOUN_AFTER_QUOTATION.match(text, end, limit, CONCURRENT)
    if noun is None or noun.group(1) not in en.TITLED_NOUNS:
        return False
    words = WORD.findall(text, start, end, False, CONCURRENT)
    return 0 < len(words) <= _TITLE_WORDS and words[0][:1].isupper() and all(
        title_case_word(w, en.QUOTED_TITLE_SMALL_WORDS) for w in words)


def _when_word(w: str) -> bool:
    """Whether a word tells a time, not a deed: a year or a date in figures ("1992", "21st"),
    a day, a month or a noun of time ("Here's Lee in May 1992:", "... last week:"); no cue,
    whatever the colon after it leads."""
    return any(ch.isdigit() for ch in w) or w.lower() in en.TIME_WORDS


def page_label_before(text: str, start: int, end: int) -> bool:
    """Whether the words from the sentence's ``start`` to a colon at ``end`` are a label of the
    page (``en.PAGE_LABELS``: "Reader comments", "Posted"), no subject and verb."""
    return end - start <= en.PAGE_LABEL_CHARS and en.page_label(text[start:end].strip())


def _occasion_noun(text: str, lo: int, m: regex.Match) -> bool:
    """Whether ``m`` is a noun of an occasion one speaks at (``sources.EVENT_NOUNS``) after a
    determiner and up to three words: "Here's the coach at his weekly news conference:" presents
    where the words were said, no verb "conference" before the colon."""
    return m.group().lower() in EVENT_NOUNS and _DETERMINED_BEFORE.search(
        text, max(lo, m.start() - _DETERMINED_REACH), m.start(), CONCURRENT) is not None


# a determiner and up to three words right before a word: "his weekly news | conference", "the | rally"
_DETERMINED_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[\w-]+[’']s)(?:[^\S\n]+[\w-]+){0,3}[^\S\n]+$")
_DETERMINED_REACH = 48


def _colon_before_quotation(ctx: Context, sentence: Sentence, pos: int) -> bool:
    """A word before a colon that ends its paragraph, with a quotation opening
    the next: "The Times reports:"."""
    rest = ctx.text[pos:ctx.layout.paragraphs[sentence.paragraph][1]].strip()
    return rest == ":" and next_paragraph_quotation(ctx, sentence) is not None


# the word right before a verb, or before the comma that closes an apposition ("Lee Park, our
# reporter, writes", "Our reporter, Lee Park, writes")
_WORD_BEFORE_VERB = regex.compile(r"([\w’'.-]+),?[^\S\n]+$")
# A colon that ends a reporter's line, past where the report is filed from, if given: ":",
# " from Kyiv:", " from outside the court:" (a live blog's "Our correspondent reports from Kyiv:")
FILED_FROM_COLON = regex.compile(r"(?:[^\S\n]+from[^\S\n]+[^,:;“”\"‘’\n.!?]{1,40}?)?[^\S\n]*:\s*")


# The post a verb of posting or issuing names, a determiner, up to two words and a noun of what
# carries a report ("a statement", "a short video", `en.VEHICLE_NOUNS`), and where it went up,
# a short phrase after "on", "to" or "in" ("on its website", "to YouTube", "on Monday evening")
_VEHICLE_OBJECT = (
    r"[^\S\n]+(?:a|an|the|its|his|her|their|this)(?:[^\S\n]+[a-z][\w’'-]*){0,2}?[^\S\n]+"
    r"(?:" + "|".join(sorted(en.VEHICLE_NOUNS, key=lambda w: (-len(w), w))) + r")(?![\w’'-])")
PLACE_PHRASE = r"[^\S\n]+(?:on|to|in)(?:[^\S\n]+[\w’'.-]+){1,5}?"

# Where a post went up, right after its verb and before the colon, at most five words, after
# the post itself if the verb names it ("shared a statement on its website:", "uploaded a short
# video to YouTube:", "shared a statement:"); no other object, no comma, no clause
_POSTED_ON_COLON = regex.compile(
    r"(?=[^\S\n]+\w)(?:" + _VEHICLE_OBJECT + r")?(?:" + PLACE_PHRASE + r")?[^\S\n]*:[^\S\n]*$")

# ... the post named (group 1) and maybe its place before a colon that ends the text read: "shared
# a statement on its website:", "uploaded a video to YouTube:" (the place no object's preposition:
# "a statement | on its website", not "a statement on")
VEHICLE_PLACE_COLON = regex.compile(r"(" + _VEHICLE_OBJECT + r")(?:" + PLACE_PHRASE + r")?[^\S\n]*:\s*$")


def vehicle_place_colon(text: str, pos: int, end: int) -> regex.Match | None:
    """``VEHICLE_PLACE_COLON`` matched at ``pos`` before ``end``; read only when the last character
    before ``end`` that is no space is the colon the pattern ends on (a cheap test, read back from
    ``end``: the pattern would otherwise seek its colon from ``pos`` to ``end``, a hostile long
    sentence's length at each cue)."""
    j = end
    while j > pos and text[j - 1].isspace():  # (every space of the pattern's "\s" is one of str.isspace's)
        j -= 1
    if j <= pos or text[j - 1] != ":":
        return None
    return VEHICLE_PLACE_COLON.match(text, pos, end)


# "the following", "this" or "these", and perhaps a noun of words posted, then a colon that ends
# the paragraph: "tweeted the following:", "posted this tweet:", "shared these words:" (not a
# picture's noun: "posted these photos:" leads no words)
POSTED_DEMONSTRATIVE_COLON = regex.compile(
    r"[^\S\n]+(?:the[^\S\n]+following|this|these)(?:[^\S\n]+(?:tweets?|messages?|posts?|words|statement|note"
    r"|comments?|reply|response|update))?[^\S\n]*:\s*$", regex.IGNORECASE)


def _posts_demonstrative_below(ctx: Context, sentence: Sentence, m: regex.Match, w: str) -> bool:
    """Whether ``m`` is a verb of posting, in any form, whose demonstrative object and colon end its
    paragraph before another: "..., sharing the following:", "Lee reposted this message:" and
    the post set off below (not a noun: "the posts this week:")."""
    if not (w.islower() and lemma(w) in en.POSTING_VERBS) or NOUN_MARKER_BEFORE.search(
            ctx.text, max(sentence.start, m.start() - 12), m.start()):
        return False
    paragraphs = ctx.layout.paragraphs
    return sentence.paragraph + 1 < len(paragraphs) and POSTED_DEMONSTRATIVE_COLON.match(
        ctx.text, m.end(), paragraphs[sentence.paragraph][1]) is not None


def _posted_on_before_quotation(ctx: Context, sentence: Sentence, m: regex.Match, w: str) -> bool:
    """Whether ``m`` is a verb of posting in its past ("posted", "shared", "tweeted") whose
    place ends its paragraph at a colon, before a paragraph that opens with a
    quotation: the post's words (the place is no cue of its own, as a platform after
    "said on" is not, and the word before the colon then none either)."""
    if not (w.islower() and lemma(w) in en.POSTING_VERBS and lemma(w) != w and not w.endswith("ing")):
        return False
    text = ctx.text
    paragraph_end = ctx.layout.paragraphs[sentence.paragraph][1]
    end = paragraph_end if text[sentence.end:paragraph_end].strip() == "" else sentence.end
    return (_POSTED_ON_COLON.match(text, m.end(), end, CONCURRENT) is not None
            and next_paragraph_quotation(ctx, sentence) is not None
            and not NOUN_MARKER_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start()))


def _verb_ends_paragraph(ctx: Context, sentence: Sentence, m: regex.Match, w: str) -> bool:
    """Whether ``m`` is a verb of saying in the third person, right after its
    speaker, before a colon that ends its paragraph and a paragraph that follows unmarked:
    "Our reporter, Lee Park, reports:" or "... reports from Kyiv:" (a live blog's entry, its
    words set off with no marks) or "posts on X:", not "Key findings:" nor "the latest reports:"."""
    text = ctx.text
    paragraph_end = ctx.layout.paragraphs[sentence.paragraph][1]
    # a verb of posting in its past may follow any subject: "The party posted on Facebook:", "Acme shared:"
    posting = w.islower() and w.endswith("ed") and lemma(w) in en.POSTING_VERBS
    if not (posting or w.islower() and w.endswith(("s", "ed")) and lemma(w) in en.THAT_VERBS):
        return False
    # (past the platform it went up on: "The minister posted on X:", "Lee wrote on Facebook:")
    platform = extension(text, m.end(), paragraph_end)
    return (FILED_FROM_COLON.fullmatch(text, platform.end() if platform else m.end(), paragraph_end) is not None
            and sentence.paragraph + 1 < len(ctx.layout.paragraphs)
            # (a quotation that opens the next paragraph is `_colon_before_quotation`'s, closed or carried on)
            and text[ctx.layout.paragraphs[sentence.paragraph + 1][0]] not in OPENING_QUOTE_MARKS
            and not NOUN_MARKER_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start())
            and ((before := _WORD_BEFORE_VERB.search(text, max(sentence.start, m.start() - 40), m.start())) is not None)
            and (posting or before.group(1)[0].isupper() or before.group(1) in en.SUBJECT_PRONOUNS or person_noun(before.group(1))))


def _speech_quotation(ctx: Context, sentence: Sentence) -> bool:
    """Whether the quotation that opens the sentence ends as speech does, with
    a comma, question or exclamation mark before its closing mark."""
    start = skip_space(ctx.text, sentence.start, sentence.end)
    q = next(ctx.layout.quotations_from(start), None)
    return q is not None and q.start == start and ctx.text[q.end - 2 : q.end - 1] in (",", "?", "!")


def _starts_lead_phrase(ctx: Context, pos: int, limit: int) -> bool:
    return ctx.lexicon.lead_start_pattern.match(ctx.text, pos, min(limit, pos + 24)) is not None


# One space, then a platform or occasion from the table, ending at a word's edge, which a
# hyphen before a letter is not ("in a post-match interview" is no "in a post"); the longest
# first, so that a medium another one modifies is read whole ("in a video message", not "in a video").
# A note "of" a feeling is a tone, no document: "said in a note of caution"; a readout "of" a call
# names what it gives an account of, and the cue keeps to its verb ("said in a readout of the
# call that" reads "said", as it did before readouts were media); a call a word in lower case goes
# on after is the cue's no more (an appeal: "said on a call for unity that"; one described: "said |
# on a media call set up by unions", as gold gives it), but a "that" may follow; nor is a
# conference a participle describes ("said | at a press conference held by the union that"). A document's length in pages before its
# medium counts as a modifier of any of the paged media: "said in a 48-page order", "wrote in its
# 120-page report"
_PAGES = r"in[^\S\n]+(?:an?|its)[^\S\n]+\d{1,4}-page[^\S\n]+(?:" + "|".join(sorted(en.PAGED_MEDIA)) + ")"
_EXTENSION = regex.compile(
    " (?:" + "|".join(regex.escape(e) for e in sorted(en.CUE_EXTENSIONS, key=lambda w: (-len(w), w)))
    + "|" + _PAGES + r")(?![^\W_]|-[^\W\d_])(?!(?<=note|readout)[^\S\n]+of\b)(?!(?<=call)[^\S\n]+(?!that\b)(?-i:[a-z]))"
    r"(?!(?<=conference)[^\S\n]+(?-i:[a-z]+ed|held)\b)"
    # (not a decision's infinitive, what was decided: "said in its decision to drop the case that")
    r"(?!(?<=decision)[^\S\n]+to\b)", regex.IGNORECASE
)


# A phrasal cue from the table, from its head's start to a word's edge: one pattern
# for each head, which holds that head's phrases only (in the table's order), so a
# head word is tried against a few phrases, not the whole table; each head's pattern is
# compiled the first time a text asks for it (most heads never come up in a run)
def _phrasal_forms() -> dict[str, str]:
    phrases: dict[str, list[str]] = {}
    for p in en.PHRASAL_CUES:
        phrases.setdefault(p.split()[0], []).append(regex.escape(p).replace(r"\ ", r"\s+"))
    # (a phrase in "over" is none before "and over", an adverb of repetition: "warns over and over that")
    return {head: "(?:" + "|".join(forms) + r")(?![^\W_])(?!(?<=over)\s+and\s+over\b)" for head, forms in phrases.items()}


_PHRASAL_FORMS = _phrasal_forms()
_PHRASAL_BY_HEAD: dict[str, regex.Pattern] = {}


def phrasal(text: str, head: str, pos: int, limit: int) -> regex.Match | None:
    """The phrasal cue from the table that opens with the word ``head`` (in lower
    case) at ``pos``, or None: "hit out at", "took a dig at", "made it clear"."""
    pattern = _PHRASAL_BY_HEAD.get(head)
    if pattern is None:
        form = _PHRASAL_FORMS.get(head)
        if form is None:
            return None
        pattern = _PHRASAL_BY_HEAD[head] = regex.compile(form, regex.IGNORECASE)
    return pattern.match(text, pos, limit, CONCURRENT)


# A view held, before the "that" of what is held: "The minister was of the view that ...", "the
# bench is of the considered opinion that ...", "held the view that ...", "took the view that ..."
# (Indian, Pakistani and British copy): a form of "be" and "of", or of "hold" or "take", before
# the noun, the head the verb
_VIEW_HOLDING_BE = sorted(en.BE_FORMS, key=lambda w: (-len(w), w)) + "remain remains remained".split()
_VIEW_HOLDING_VERBS = "hold holds held holding take takes took taken taking".split()
_VIEW_HOLDING_HEADS = frozenset(_VIEW_HOLDING_BE + _VIEW_HOLDING_VERBS)
_VIEW_HELD = regex.compile(
    r"(?<![\w’'-])(?:(?:" + "|".join(_VIEW_HOLDING_BE) + r")(?:[^\S\n]+(?:not|also|still|firmly|clearly))?[^\S\n]+of|(?:" + "|".join(_VIEW_HOLDING_VERBS) + r"))"
    r"[^\S\n]+the[^\S\n]+(?:(?:considered|firm|clear|same|prima[^\S\n]+facie)[^\S\n]+)?(?:view|opinion)"
    r"(?=(?:[^\S\n]*,[^\S\n]*(?:" + "|".join(regex.escape(p).replace(r"\ ", r"[^\S\n]+") for p in en.PARENTHETICALS)
    + r"))?[^\S\n]*,?[^\S\n]+that[^\S\n])")
# (a discourse parenthetical may stand between the phrase and its "that": "was of the view,
# however, that ...")
_VIEW_HELD_REACH = 80
# the lemma of a view held in a form of "be": "was of the view" is "be"'s, as "held the view" is "hold"'s
VIEW_HOLDING_BE = en.BE_FORMS


def view_held(text: str, start: int, limit: int) -> regex.Match | None:
    """The phrase of a view held that opens at ``start`` ("was of the view", "took the
    considered view"), before a "that"; None if there is none."""
    return _VIEW_HELD.match(text, start, min(limit, start + _VIEW_HELD_REACH), CONCURRENT)


# a phrasal cue that ends in "that" ("hopeful that"): the table's phrase finds the cue, the
# clause's "that" is the content's
_PHRASAL_THAT = regex.compile(r"\sthat$", regex.IGNORECASE)
# up to four words after a phrasal cue in "over", then a "that" that opens a clause: the "over" opened
# a time or a medium ("warns over the weekend that", "warns over the phone that"), not the cue's object
_OCCASION_THEN_THAT = regex.compile(r"(?:[^\S\n]+[\w’'-]+){1,4}?[^\S\n]+that[^\S\n]+" + _CLAUSE_OPENER)


_EXTENSION_OPENERS = frozenset(" " + e.split()[0] + " " for e in en.CUE_EXTENSIONS)
# (the prepositions' lengths: two letters, " in ", and "during")
_EXTENSION_OPENER_LENGTHS = tuple(sorted({len(o) for o in _EXTENSION_OPENERS}))


def extension(text: str, end: int, limit: int) -> regex.Match | None:
    """The match of _EXTENSION at ``end`` before ``limit`` (" in an interview");
    tried only after a space and a preposition a platform or occasion opens with,
    a cheap test that fails after most cues (not made on other letters than
    ASCII, which the pattern may match ignoring case: "İn")."""
    for length in _EXTENSION_OPENER_LENGTHS:
        opener = text[end : end + length]
        if not opener.isascii() or opener.lower() in _EXTENSION_OPENERS:
            return _EXTENSION.match(text, end, limit, CONCURRENT)
    return None


def takes_platform(text: str, end: int, extended: int) -> bool:
    """Whether :func:`extend_cue` extended a cue ending at ``end`` to ``extended``
    over a platform or occasion ("said in an interview"), not a particle."""
    return extended > end and extension(text, end, extended) is not None


# An adverb of manner or time after a verb of saying that ends the cue's clause or
# stands before its "that" or quotation ("said dryly.", "noted repeatedly that",
# "asked rhetorically:", a reply's "wrote back:"), not one of the content ("said nearly all ...").
_ADVERB_AFTER = regex.compile(r"[^\S\n]([a-z]+)(?=[^\S\n]*(?:[,.:;!?“\"]|that\b|$))")
_ADVERBS_AFTER = frozenset(["only", "then", "later", "afterwards", "afterward", "beforehand", "here", "back"])


# An amount "about" approximates: "about half", "about 20 percent", "about a third"
APPROXIMATE = regex.compile(
    r"[^\S\n]+(?:\d|half|halfway|a[^\S\n]+(?:third|quarter|fifth|dozen|hundred|thousand|million|billion)\b|"
    r"(?:" + en.NUMBER_WORDS + "|" + en.TENS_WORDS + r"|hundred|dozen)\b)", regex.IGNORECASE)


# "with", a determiner and a noun or two, or a bare noun, that end the clause after a verb of
# saying: the manner of the saying ("said with a laugh.", "said with disbelief,")
# "on", "in" or "to" after "say", "write" or "note" with no platform from the table after it:
# where or to whom, no particle ("wrote on his blog", "says to the camera")
_PLACE_PREPOSITIONS = frozenset(["on", "in", "to"])
_PLACED_VERBS = frozenset(["say", "write", "note", "post"])
_MANNER_VERBS = frozenset("say add explain reply answer ask joke quip recall remark shout whisper write".split())
_MANNER_WITH = regex.compile(
    r" with[^\S\n]+(?:(?:a|an|his|her|their|a[^\S\n]+wry|some)[^\S\n]+[a-z][\w-]*(?:[^\S\n]+[a-z][\w-]*)?|[a-z][\w-]*)"
    r"(?=[^\S\n]*(?:[.,!?;]|$))"
)


# The language a verb of saying was spoken in, or the interpreter it went through, before the
# clause's end, its "that" or a platform: "said in Arabic that", "said through an interpreter.",
# "wrote in Hindi on X", or a place or occasion ("said through an interpreter in Ankara"); not a
# people's adjective before its noun ("said in Russian territory")
_SPOKEN_IN = regex.compile(
    r" (?:in[^\S\n]+(?:" + "|".join(sorted(en.LANGUAGES)) + r")"
    r"|(?:through|via)[^\S\n]+(?:an?|his|her|their|the)[^\S\n]+(?:interpreter|translator)s?)"
    r"(?=[^\S\n]*(?:[.,:;!?“\"]|that\b|(?:on|in|at|during|to)[^\S\n]|$))"
)


# A span of time "for" opens before a "that", how long or how often the report was
# made: "has argued for years that ...", "admitted for the first time Friday that ..."
_SPAN_OF_TIME = regex.compile(
    r"[^\S\n]+(?:the[^\S\n]+(?:first|second|third|last)[^\S\n]+time|(?:many[^\S\n]+|several[^\S\n]+)?"
    r"(?:years|decades|months|weeks|days)|some[^\S\n]+time|a[^\S\n]+(?:long[^\S\n]+)?(?:time|while))(?:[^\S\n]+[\w-]+){0,2}?[^\S\n]+that\b")


# How long the subject did what the verb says, "for" and a span of time, with nothing after it
# in its clause but an end or a clause of time: "She thinks for a long time.", "He paused and
# thought for a moment before answering", "pushed for a long time and failed": a duration, no
# particle of the verb's and no content (not "saw for the first time the abundance ...", whose
# object follows, nor "pushed for a vote": a "for" of the verb's)
DURATION_ALONE = regex.compile(
    r"[^\S\n]+for[^\S\n]+(?:(?:about|nearly|almost|over|more[^\S\n]+than|less[^\S\n]+than|at[^\S\n]+least)[^\S\n]+)?"
    r"(?:(?:a|an|one|some|several|many|a[^\S\n]+few|a[^\S\n]+couple[^\S\n]+of|" + en.NUMBER_WORDS + r"|\d+)[^\S\n]+)?"
    r"(?:(?:long|short|brief|good|little|full|whole)[^\S\n]+)?"
    r"(?:time|while|moment|moments|second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months"
    r"|year|years|decade|decades|ages)(?:[^\S\n]+or[^\S\n]+so)?"
    r"(?=[^\S\n]*(?:[.,;:!?)]|$|(?:before|after|until|while|when|then|and|but)(?![\w’'-])))",
    regex.IGNORECASE)
# how far such a duration may reach: the end its pattern is read to
DURATION_CHARS = 60


# A bare weekday, with its part of the day, after a verb of saying, before the end of
# the clause or its "that": the day of the report, which gold gives the cue ("said
# Tuesday.", "said Friday night that"); after "on" or a platform, gold leaves it out
# ("said on Tuesday.", "said in an interview Tuesday.").
_WEEKDAY = (r"[^\S\n]+(?:" + "|".join(d.capitalize() for d in en.DAY_NAMES) + r")"
            r"(?:[^\S\n]+(?:morning|afternoon|evening|night))?")
_WEEKDAY_AFTER = regex.compile(_WEEKDAY + r"(?=[^\S\n]*(?:[,.]|that\b))")

# An adverb between a verb of saying and the platform or occasion after it ("said later in a
# statement", "said happily on MSNBC"): gold gives the cue both, as it gives "said in an interview
# later" and "later said in an interview"; not a bare weekday, which gold mostly leaves out there
# ("announced | Monday on Twitter that", "said | Thursday at a news conference": train, 3 of 5)
_WORD_BEFORE_PLATFORM = regex.compile(r"[^\S\n]+([a-z]+)(?=[^\S\n])")


# The time of the report counted in turns, before its "that", with the weekday it came on:
# the cue's, as gold gives it ("acknowledged for the first time Friday that", "said for the
# second time that"); not a span of time, whose "for years that" gold splits
_ORDINAL_TIME_BEFORE_THAT = regex.compile(
    r"[^\S\n]+for[^\S\n]+the[^\S\n]+(?:first|second|third|last)[^\S\n]+time(?:" + _WEEKDAY
    + r")?(?=[^\S\n]*,?[^\S\n]*that\b)")


# A bare verb after "to" (no determiner nor pronoun): the "to" of an infinitive, no particle
# of "looking" or "reluctant", whose cue annotators end before it ("is looking | to bring")
_INFINITIVE_OF_INTENT = regex.compile(
    r"[^\S\n]+(?!(?:the|a|an|his|her|their|its|my|our|this|that|these|those|him|them|me|us|it|all|some|any)\b)[a-z]+\b")


# a reflexive pronoun and "from" after a verb: "distanced himself from"
_REFLEXIVE_FROM = regex.compile(r"[^\S\n]+(?:" + "|".join(sorted(en.REFLEXIVE_PRONOUNS)) + r")[^\S\n]+from\b", regex.IGNORECASE)


# An interview before whom it was given to or the outlet it aired on ("said | in an interview |
# with CNN", "during a radio interview | on Hardball"): gold leaves the occasion out of the cue
# there (train: the verb alone in 16 of 24), as it gives it the cue before a clause ("said in an
# interview that"); the hearer's rules read past it (hearers.past_interview_occasion)
INTERVIEW_BEFORE_HEARER = regex.compile(
    r"[^\S\n]+(?:in|during)[^\S\n]+(?:an?|the)[^\S\n]+(?:[a-z-]+[^\S\n]+)?interview(?=[^\S\n]+(?:with|on)[^\S\n])")
# how far such an interview may reach: the end its pattern is read to, near the cue, as the
# `regex` module looks for the pattern's word "interview" first as far as the end it is given
INTERVIEW_CHARS = 80


# "in favor of" after a cue, the side it takes: "voted in favor of"
_IN_FAVOUR_OF = regex.compile(r"[^\S\n]+in[^\S\n]+favou?r[^\S\n]+of\b", regex.IGNORECASE)


def extend_cue(ctx: Context, start: int, end: int, limit: int) -> int:
    """Extend a cue over the rest of its phrasal verb ("hit out at"), over the
    platform or occasion that follows it ("wrote on X"), or over the particle
    its head takes ("called for", "pointed out"); then over an adverb that ends
    its clause ("said dryly.")."""
    text = ctx.text
    if text[start:end].lower() in _VIEW_HOLDING_HEADS and (held := view_held(text, start, limit)) is not None:
        return held.end()  # "was of the view | that": the phrase is the cue, its "that" the content's
    if (phrase := phrasal(text, text[start:end].lower(), start, limit)) is not None:
        if _PHRASAL_THAT.search(text, max(start, phrase.end() - 6), phrase.end()):
            return end  # "is hopeful that ...": the "that" opens the content's clause, no part of the cue
        if text.endswith("over", start, phrase.end()) and _OCCASION_THEN_THAT.match(text, phrase.end(), limit, CONCURRENT):
            return end  # "warns over the weekend that ...": a time or a medium, then the clause; no "warns over" a thing
        return phrase.end()
    ext = extension(text, end, limit)
    head = text[start:end].lower()
    if (reflexive := _REFLEXIVE_FROM.match(text, end, limit, CONCURRENT)) is not None and lemma(head) in en.DISTANCING_VERBS:
        return reflexive.end()  # "distanced himself from": the reflexive and its particle are the cue's
    if lemma(head) in _TALK_LEMMAS and (topic := _hearer_then_topic(text, end, limit)) is not None:
        return topic  # "spoke to CNN about": the hearer and the topic's "about" are the cue's, what follows its words
    if (favour := _IN_FAVOUR_OF.match(text, end, limit, CONCURRENT)) is not None:
        return favour.end()  # "voted in favor of", "argued in favour of": the stance is the cue's, not "in" alone
    if ext is not None and INTERVIEW_BEFORE_HEARER.match(text, end, min(limit, end + INTERVIEW_CHARS), CONCURRENT):
        return end  # "said | in an interview with CNN": the verb alone, as gold gives it before the hearer
    if ext is not None and ((medium := medium_before_clause(text, end, limit)) is None or medium <= ext.end()):
        return _post_adjunct(text, head, ext.end(), limit, day=False)  # ("said in an interview Tuesday")
    if ext is None and (platform := _platform_after_adverb(text, head, end, limit)) is not None:
        return _post_adjunct(text, head, platform, limit, day=False)  # ("said later in a statement")
    # ("said in a video message that": the medium a modifier names is no table's; the content starts after it)
    if text.startswith((" in ", " through ", " via "), end, limit) and (
            spoken := _SPOKEN_IN.match(text, end, limit)) is not None and lemma(head) in _MANNER_VERBS:
        # "said in Arabic", "said through an interpreter": how it was said, the cue's as a platform
        # is, and the platform after it too ("wrote in Hindi on X")
        platform = extension(text, spoken.end(), limit)
        return _post_adjunct(text, head, (platform or spoken).end(), limit)
    if text.startswith(" with ", end, limit) and (manner := _MANNER_WITH.match(text, end, limit)) is not None and (
            lemma(head) in _MANNER_VERBS):
        return manner.end()  # "said with a laugh.", "explained with a smile,": the manner ends the clause
    particle = WORD.match(text, end + 1, limit, CONCURRENT) if text.startswith(" ", end, limit) else None
    word = particle.group().lower() if particle else ""
    if particle and ((head, word) in ctx.lexicon.cue_particles or (head, word) in en.DISMISSING_PHRASALS) and not (
            word == "about" and APPROXIMATE.match(text, particle.end(), limit)) and not (
            word in _PLACE_PREPOSITIONS and lemma(head) in _PLACED_VERBS) and not (
            word == "for" and (_SPAN_OF_TIME.match(text, particle.end(), limit)
                               or FOR_THE_BENCH.match(text, end, limit)
                               or DURATION_ALONE.match(text, end, min(limit, end + DURATION_CHARS), CONCURRENT))) and not (
            word == "to" and _INFINITIVE_OF_INTENT.match(text, particle.end(), limit)
            and (lemma(head) == "look" or head in en.INFINITIVE_OPENERS and head not in en.CATENATIVE_LEADS)) and not (
            word == "to" and lemma(head) in en.REPLYING_VERBS and _hearer_then_that(text, particle.end(), limit)):
        # (not "about" before a number: "said about half of them"; nor "for" before a span of
        # time: "has argued for years that"; nor the "to" of an intent: "is looking | to sell"; nor
        # a reply's "to" before whom it answered and a clause: "replied to critics that the ...")
        return particle.end()
    if word == "about" and head == "say" and had_to_say(text, start) is not None:
        return particle.end()  # "had plenty to say about the plan": the topic's "about" is the phrase's, as gold gives it
    return _post_adjunct(text, head, end, limit)


def _post_adjunct(text: str, head: str, end: int, limit: int, day: bool = True) -> int:
    """Past the adverb, or (if ``day``) the bare weekday, after a verb of saying
    (``head``) that ends at ``end``."""
    # after a space or a no-break space ("said\u00a0Tuesday."), not a line's end
    if end >= limit or not (space := text[end : end + 1]).isspace() or space == "\n" or (
            (verb := lemma(head)) not in en.THAT_VERBS and verb not in en.INVERTING_VERBS):
        return end
    adverb = _ADVERB_AFTER.match(text, end, limit, CONCURRENT)
    if adverb is not None and (adverb.group(1) in _ADVERBS_AFTER or en.ly_adverb(adverb.group(1))) and not (
            head.endswith("ing") and text.startswith(",", adverb.end(), limit)):
        return adverb.end()  # (but "..., shouting loudly, ...": a participle's manner, no report)
    if text.startswith("for the ", end + 1, limit) and (
            ordinal := _ORDINAL_TIME_BEFORE_THAT.match(text, end, limit, CONCURRENT)) is not None:
        return ordinal.end()  # "acknowledged for the first time Friday that"
    if day and (weekday := _WEEKDAY_AFTER.match(text, end, limit, CONCURRENT)) is not None:
        return weekday.end()
    return end


def _platform_after_adverb(text: str, head: str, end: int, limit: int) -> int | None:
    """Where the platform or occasion ends that follows an adverb after a verb of saying
    (``head``) ending at ``end``: "said later | in a statement"; None when none does."""
    if not text.startswith(" ", end, limit) or ((verb := lemma(head)) not in en.THAT_VERBS and verb not in en.INVERTING_VERBS):
        return None
    m = _WORD_BEFORE_PLATFORM.match(text, end, limit, CONCURRENT)
    if m is None or m.group(1) not in _ADVERBS_AFTER and not en.ly_adverb(m.group(1)):
        return None
    platform = extension(text, m.end(), limit)
    return platform.end() if platform is not None else None


def next_paragraph_quotation(ctx: Context, sentence: Sentence):
    """The quotation that opens the paragraph after ``sentence``'s, if any."""
    paragraphs = ctx.layout.paragraphs
    if sentence.paragraph + 1 >= len(paragraphs):
        return None
    start, _end = paragraphs[sentence.paragraph + 1]
    q = next(ctx.layout.quotations_from(start), None)
    return q if q is not None and not ctx.text[start:q.start].strip() else None


def quotation_inside(text: str, start: int, end: int) -> bool:
    """Whether [start, end) holds a quotation mark."""
    return any(ch in "“”\"‘’«»" for ch in text[start:end])
