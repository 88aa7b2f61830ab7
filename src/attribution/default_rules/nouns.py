"""Report nouns (stage 3): "his claim that Y", "Lee's attacks on Y", "her decision to Y";
a crowd's cries ("to chants of “Y”"); "warnings from X that Y", "claims by X that Y"; backing
received; hearings as frames ("The court heard that Y").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attribution import clauses, cues, kinds, sources
from attribution import default_lexicon as en
from attribution.default_rules.common import (
    AGENT_STOP,
    CLAUSE_LEADS,
    COPULAR_REPORT_NOUN_FORMS,
    HEARING_ASIDE,
    HEARING_LEADS,
    LEAD_NOUN_FORMS,
    OPEN_BEFORE_POSSESSOR,
    POSSESSOR_DETERMINERS,
    RELATIVE_BEFORE,
    REPORT_NOUN_FORMS,
    WORD_BEFORE,
    aux_start,
    candidate,
    may_hold,
    possessor_mention,
)
from attribution.layout import Sentence
from attribution.lexicon import lemma
from attribution.rules import Candidate, Context
from attribution.tokens import WORD, after_noun, next_class, next_word, possessors

# "his claim that Y", "Lee's attacks on Y", "her decision to Y", "Their answer was Y": a
# report named by a noun, its possessor the source. Which nouns report, and before what
# (``tokens.after_noun``), is mined (``data/possessed_cues.tsv``): a noun reports when the
# annotated cues it heads there reach this share of its occurrences (chosen on the train
# split out of fold: each fold parsed with the table mined from the others).
POSSESSED_CUE_WEIGHT = 0.4

# (below resolve's sure inner report, which displaces an unsure verb around it)
_NOUN_STRENGTH = 0.45

# Nouns of a promise, which name a report before an infinitive in any prose ("Lee's pledge to
# cut fares"), mined or not; ``_noun_report`` takes "to" and a verb only ("a promise to voters" is none)
_PROMISE_NOUN_FORMS = frozenset("promise pledge vow".split())

# ... and a document's, before "that" alone ("the paper's report that the mayor lied"): before a
# colon or a copula it names where the words are, which then speaks ("From the council's report: “...”")
_THAT_REPORT_NOUN_FORMS = REPORT_NOUN_FORMS | frozenset(["report"])

# Nouns that report before a copula and "that" beyond ``COPULAR_REPORT_NOUN_FORMS``: a party's
# case or allegation, as court copy puts it ("The Crown's case is that Y", "her allegation was that Y")
_COPULA_THAT_NOUN_FORMS = COPULAR_REPORT_NOUN_FORMS | frozenset("case allegation".split())

# A side in a trial before its case, no possessive, then a copula and a clause "that" opens:
# "The prosecution case was that Y", "The defence case is that Y", "the Crown case was that Y"
_SIDE_CASE = regex.compile(
    r"(?<![\w’'-])((?:[Tt]he[^\S\n]+)?(?:prosecution|defence|defense|Crown))[^\S\n]+(case)[^\S\n]+(?:is|was)[^\S\n]+that[^\S\n]")

_COPULA_THAT = regex.compile(r"[^\S\n]+(?:is|was|are|were)[^\S\n]+that[^\S\n]+[“\"‘]?([\w’']+)")

# a copula and its complement before a colon and a quotation: "(response) was blunt: “"
_COPULA_COMPLEMENT_COLON = regex.compile(
    r"[^\S\n]+(?:is|was|are|were)(?:[^\S\n]+[a-z][\w-]*){1,2}[^\S\n]*:[^\S\n]*(?=[“\"‘]|'')")

# Words that open a phrase after "to" as a preposition ("his response to the crash"), not an infinitive.
_TO_OBJECT_OPENERS = frozenset(
    "the a an this that these those his her their its our my your me him us them you it whether what how why who".split()
)

# Lower-case words that open a clause after "that" as its subject or lead: "his claim that
# the pier ...", "her warning that if ...". Any other ("his plan that would ...", "that night")
# makes "that" a relative pronoun or a determiner, and what follows no content.
_CLAUSE_OPENERS = frozenset(
    "he she they it we i you there this these those the a an his her their its our my your some many most "
    "no every all each both one two three several few more only even if when while because".split()
)

# Words of degree before an adjective, the two one modifier of a report's noun: "Lee's most explosive claim"
_DEGREE_WORDS = frozenset("most least very".split())

# Words before a noun that modify no report of it: "Lee's own plan", "his first decision".
_NOT_MODIFIERS = frozenset("the a an and or but to of that this own first".split())

# ... and a copula, whose complement is no verb's object: "The takeaway was his warning that ..."
_COPULAS_BEFORE_POSSESSOR = frozenset("is was are were be been being".split())

# a focus adverb after a comma or dash, opening a phrase set beside the one before it,
# whose possessor is no verb's object: "the backlash, particularly his warning that ..."
_FOCUS_AFTER_MARK = regex.compile(
    r"[,;—–]\s*(?:particularly|especially|notably|namely|specifically|chiefly|mainly|above\s+all|in\s+particular)\s+$",
    regex.IGNORECASE)

# a phrase that opens a sentence before its main clause: "Despite Lee's claims that ..., the pier ..."
# ("Contrary to his claim that ..., there is ...", "Because of Lee's warning that ..., ...")
_FRONTED_PHRASE = regex.compile(
    r"(?:despite|after|before|amid|following|given|unlike|with|in|on|over|contrary|regardless|notwithstanding"
    r"|because|thanks|without|beyond)\b", regex.IGNORECASE)


def possessed_cues(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"his claim that Y", "Lee's attacks on Y": the possessor the source, what
    the noun takes (a clause, an infinitive, a preposition's object) the content."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    start = clauses.skip_space(text, s0, s1)
    for m in possessors(text, s0, s1):
        if ctx.layout.inside_quote(m.start()):
            continue
        found = _report_noun(ctx, m.end(), s1)
        if found is None:
            continue
        cue_start, noun, after, weight = found
        if after == ":" and cues.page_label_before(text, start, text.find(":", noun.end(), s1)):
            continue  # "Readers’ comments: “Y”": the page's label over a reader's words, no possessor's report
        source = possessor_mention(ctx, s0, m)
        if after == "that" and (said := _SAID_IN_BEFORE.search(text, max(s0, source[0] - 30), source[0])) is not None and (
                (word := said.group(1)) != lemma(word) and lemma(word) in en.THAT_VERBS):
            continue  # "Lee stressed in his remarks that Y": the remarks are where the verb's report was made
        before = WORD_BEFORE.search(text, max(s0, source[0] - 24), source[0])
        verb_start = None
        if before is not None and before.group(1).islower() and before.group(1) not in OPEN_BEFORE_POSSESSOR and (
                before.group(1) not in _COPULAS_BEFORE_POSSESSOR) and (
                _FOCUS_AFTER_MARK.search(text, max(s0, source[0] - 40), source[0]) is None):
            verb_start = _renewing_verb(ctx, s0, m, before)
            if verb_start is None:
                continue  # a verb's object: "repeated his claim that"
        report = _noun_report(ctx, sentence, noun, after)
        if report is None:
            continue
        cue_end, content, complementizer = report
        if verb_start is not None:
            # "Lee stepped up her attacks on Roe": the verb's subject holds the report it renews
            cue_start = aux_start(text, s0, verb_start)
            source = sources.subject(text, s0, cue_start, ctx.lexicon)
            if source is None or not sources.is_speaker(text, *source, ctx.lexicon):
                continue
        opens_clause = before is None or before.group(1).lower() in CLAUSE_LEADS
        if opens_clause and after not in ("that", "be", ":"):
            content = _subject_complement(ctx, content)
        if "," not in text[start:m.start()] and (
            _FRONTED_PHRASE.match(text, start, m.start()) or clauses.opens_with_subordinator(text, start, m.start())
        ):
            # the fronted phrase, and the report in it, end at its comma
            comma = clauses.past_closing_mark(ctx, clauses.clause_comma(ctx, cue_end, content[1]))
            content = clauses.trim(text, content[0], min(content[1], comma))
        if content[1] - content[0] <= len("that"):
            continue
        c = candidate(ctx, sentence, [(cue_start, cue_end)], lemma(noun.group()), [content], source,
                       "core.report_noun.v2", priority=60, complementizer=complementizer)
        # a report a noun names is never surer than a verb's report around it:
        # "Lee questioned Roe's claim that ..." is Lee's, even when "questioned" is unsure
        c.strength = min(weight, _NOUN_STRENGTH)
        yield c
    yield from _side_cases(ctx, sentence)


def _side_cases(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"The prosecution case was that Y": a trial's side before its case, no possessive
    (``_SIDE_CASE``), the side the source, the noun and its copula the cue, the clause the content,
    as for "The Crown's case is that Y"."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    pos = text.find(" case ", s0, s1)
    while pos >= 0:
        m = _SIDE_CASE.search(text, max(s0, pos - 20), min(s1, pos + 20))
        if m is not None and m.start(2) == pos + 1 and not ctx.layout.inside_quote(m.start()):
            copula = _COPULA_THAT.match(text, m.end(2), s1)
            report = _noun_report(ctx, sentence, WORD.match(text, m.start(2), m.end(2)), "be")
            if copula is not None and _opens_clause(copula.group(1)) and report is not None:
                cue_end, content, _ = report
                c = candidate(ctx, sentence, [(m.start(2), cue_end)], "case", [content], m.span(1),
                              "core.report_noun.v2", priority=60)
                c.strength = _NOUN_STRENGTH
                yield c
        pos = text.find(" case ", pos + 1, s1)


# a verb of saying and the preposition of an occasion right before a possessor: "stressed in | his remarks"
_SAID_IN_BEFORE = regex.compile(r"(?<![\w’'-])(\p{Ll}+)[^\S\n]+(?:in|during|at)[^\S\n]+\Z")

# A finite auxiliary or copula: in a phrase after a noun that opens the sentence, the
# sentence's own predicate ("His call to ban the ferry has split the town")
_PREDICATE = regex.compile(
    r"(?<![\w’'])(?:" + en.FINITE_AUXILIARY_ALTERNATION + r")"
    r"(?:n[’']t)?(?![\w’'])"
)

# Particles a verb may take before the report it renews: "stepped up his attacks on"
_RENEWING_PARTICLES = frozenset("up down off out back upon".split())

_NO_VERB = frozenset(en.PRONOUNS) | POSSESSOR_DETERMINERS | OPEN_BEFORE_POSSESSOR | frozenset("to not never".split())


def _renewing_verb(ctx: Context, s0: int, possessor: regex.Match, before: regex.Match) -> int | None:
    """Where the verb starts when a possessive pronoun's report noun is its
    object, the possessor the verb's own subject ("Lee stepped up her attacks
    on", "He renewed his call for"): the verb and its particles, read
    leftwards from the word ``before`` the possessor; None when the
    possessor is no pronoun or no finite verb stands there ("to reverse his
    opposition to", "Roe's")."""
    if possessor.group().lower() not in _PRONOUN_POSSESSORS:
        return None
    text = ctx.text
    word = before
    for _ in range(2):
        if word.group(1) not in _RENEWING_PARTICLES:
            break
        word = WORD_BEFORE.search(text, max(s0, word.start(1) - 24), word.start(1))
        if word is None or not word.group(1).islower():
            return None
    verb = word.group(1)
    if verb in _NO_VERB or verb in en.AUXILIARIES or en.ly_adverb(verb):
        return None
    if not verb.endswith(_VERB_ENDINGS) and lemma(verb) == verb:
        return None  # no verb's form: "made sure his critique of"
    if ctx.lexicon.cue_weight(verb, next_class(text, word.end(1), len(text))) >= cues.LEAST_WEIGHT:
        return None  # a cue of its own, the report its object: "repeated his promise to"
    previous = WORD_BEFORE.search(text, max(s0, word.start(1) - 24), word.start(1))
    if previous is not None and previous.group(1).lower() in _NO_VERB:
        return None  # "to reverse his opposition", "and the ...": no finite verb after its subject
    return word.start(1)


_PRONOUN_POSSESSORS = frozenset("his her their its".split())

_VERB_ENDINGS = ("ed", "s", "ing")


def _subject_complement(ctx: Context, content: tuple[int, int]) -> tuple[int, int]:
    """The phrase a noun that is the sentence's subject takes ("Her refusal to
    sell the pier, which ...", "His attacks on Roe have ...") ends at the first
    comma or dash, or before the sentence's auxiliary or copula."""
    text = ctx.text
    end = clauses.clause_break(ctx, content[0], content[1])
    for m in _PREDICATE.finditer(text, content[0], end):
        if not ctx.layout.inside_quote(m.start()):
            end = m.start()
            break
    return clauses.trim(text, content[0], end)


# A month or a day, the one modifier in capitals before a report's noun: "her March comment that ..."
_WHEN_MODIFIERS = frozenset(en.MONTH_NAMES) | frozenset(en.DAY_NAMES)


def _report_noun(ctx: Context, pos: int, end: int) -> tuple[int, regex.Match, str, float] | None:
    """The noun after a possessor ending at ``pos`` that reports, right after it
    or after one modifier ("his repeated warnings"): where its cue starts, the
    noun, what follows it and its weight there; None when none reports."""
    text = ctx.text
    first = next_word(text, pos, end)
    if first is None or not first.group().isalpha() or not (first.group().islower() or first.group().istitle() and (
            first.group().lower() in _WHEN_MODIFIERS)):
        return None
    cue_start = first.start()
    if first.group() in _DEGREE_WORDS and (adjective := next_word(text, first.end(), end)) is not None and (
            adjective.group().isalpha() and adjective.group().islower()):
        first = adjective  # "Lee's most explosive claim is that": the degree word and its adjective one modifier
    second = next_word(text, first.end(), end)
    if first.group() in _NOT_MODIFIERS or second is None or not second.group().isalpha() or not second.group().islower():
        second = None  # (a possessive is no modifier: "his father's claim" is the father's)
    for noun in (first, second):
        if noun is None:
            break
        after = after_noun(text, noun.end(), end)
        if after is None:
            continue
        weight = ctx.lexicon.possessed_cue_weight(noun.group(), after)
        if after == "that" and noun.group().removesuffix("s") in _THAT_REPORT_NOUN_FORMS:
            weight = 1.0
        elif after == "to" and noun.group().removesuffix("s") in _PROMISE_NOUN_FORMS and _infinitive_verb(
                text, text.index("to", noun.end()) + 2, end) is not None:
            weight = max(weight, POSSESSED_CUE_WEIGHT)  # "his repeated vows to sell the pier": what is promised follows
        elif after == ":" and weight < POSSESSED_CUE_WEIGHT and noun.group().removesuffix("s") in LEAD_NOUN_FORMS:
            weight = 1.0  # "Carrier's message: moving jobs south is ...": what the noun names follows its colon
        elif after == "be" and weight < POSSESSED_CUE_WEIGHT and noun.group().removesuffix("s") in _COPULA_THAT_NOUN_FORMS:
            copula = _COPULA_THAT.match(text, noun.end(), end)
            if copula is not None and _opens_clause(copula.group(1)):
                weight = 1.0  # "his answer was that the pier ...", not "his answer was wrong"
        if weight >= POSSESSED_CUE_WEIGHT:
            return cue_start, noun, after, weight
    return None


# A relative clause after a noun of a document, its object left out: "that the board released
# on Monday", "that the paper published." ("his report that the board released the data" reports)
_DOCUMENT_RELATIVE = regex.compile(
    r"[^\S\n]+(?:the|a|an|this|his|her|their|its|our|my)(?:[^\S\n]+[\w’'.-]+){1,3}?[^\S\n]+"
    r"(?:released|published|issued|commissioned|prepared|compiled|wrote|produced|obtained|leaked|filed|sent|submitted)"
    r"(?=[^\S\n]*[,.;:)]|[^\S\n]+(?:on|in|last|this|earlier|yesterday|today|to|by|at|for|with|after|before|and|but|is|was|are|were|has|had)\b)"
)


def _opens_clause(word: str) -> bool:
    """Whether a word after "that" opens a clause: a name, a number, a subject or a subordinator,
    contracted or not ("his claim that he's ...", "that there'd be ...")."""
    return (word in _CLAUSE_OPENERS or word.replace("’", "'").partition("'")[0] in _CLAUSE_OPENERS
            or not word.islower() and word.lower() not in en.TIME_WORDS)


def _clause_after(text: str, word: regex.Match, end: int) -> bool:
    """Whether the ``word`` after "that" opens a clause: :func:`_opens_clause`,
    or a bare noun with its finite auxiliary, negated or not ("his claim that prices
    would fall", "that inflation is", "that felons won't"), not the relative's own verb ("his plan that
    would cut ...")."""
    if _opens_clause(word.group()):
        return True
    following = next_word(text, word.end(), end)
    return (word.group() not in en.FINITE_AUXILIARIES and following is not None
            and (following.group() in en.FINITE_AUXILIARIES or following.group().endswith(("n't", "n’t"))))


def _infinitive_verb(text: str, pos: int, end: int) -> regex.Match | None:
    """The verb after a "to" that ends at ``pos`` when it opens an infinitive ("decision to
    leave"), not a phrase the preposition takes ("response to the crash", "vows to voters")."""
    following = next_word(text, pos, end)
    if following is None or not following.group().islower() or following.group() in _TO_OBJECT_OPENERS:
        return None
    return None if kinds.plural(following.group()) else following


def _noun_report(
    ctx: Context, sentence: Sentence, noun: regex.Match, after: str
) -> tuple[int, tuple[int, int], tuple[int, int] | None] | None:
    """What a reporting noun takes, by what follows it: where its cue ends, its
    content, and the "that" that opens the content when one does; None when
    what follows is no content ("his plan that would ...": a relative clause)."""
    text, s1 = ctx.text, sentence.end
    if after == ":":
        colon = text.index(":", noun.end())
        return colon + 1, clauses.trim(text, colon + 1, clauses.content_end(ctx, colon + 1, s1)), None
    word = WORD.search(text, noun.end(), s1)
    if after == "that":
        following = WORD.match(text, clauses.skip_space(text, word.end(), s1), s1)
        if following is not None and not _clause_after(text, following, s1):
            return None
        if _DOCUMENT_RELATIVE.match(text, word.end(), s1) is not None:
            return None  # "the agency's report that the board released on Monday": the report's maker, no content
        end = clauses.content_end(ctx, word.end(), s1)
        if _SUBJECT_POSSESSOR.fullmatch(text, sentence.start, noun.start()) and (
                verb := clauses.second_verb_group(ctx, word.start(), end)) is not None:
            # "Lee's false claims that the vote was rigged drew anger": a noun phrase that opens
            # the sentence is its subject, and its clause ends before the sentence's own verb
            # (a modifier before the noun hides it from ``clauses.content_end``)
            end = verb
        return noun.end(), clauses.trim(text, word.start(), end), word.span()
    if after == "be":
        if _COPULA_COMPLEMENT_COLON.match(text, noun.end(), s1) is not None:
            return None  # "Lee's response was blunt: “No.”": the quotation after the colon is the report (``colon_quote``)
        # "His answer was that ...", "My advice is, ...": the copula is the cue's
        return word.end(), clauses.trim(text, word.end(), clauses.content_end(ctx, word.end(), s1)), None
    if after == "to":
        following = _infinitive_verb(text, word.end(), s1)
        if following is not None:
            # "her decision to leave": the infinitive is the content
            end = clauses.content_end(ctx, word.end(), s1)
            if _SUBJECT_POSSESSOR.fullmatch(text, sentence.start, noun.start()):
                # "His refusal to act made it worse": a noun phrase that opens the sentence is its
                # subject, and the content ends before the sentence's own verb
                verb = _MAIN_VERB.search(text, following.end(), end)
                end = verb.start() if verb is not None and not ctx.layout.inside_quote(verb.start()) else end
            return noun.end(), clauses.trim(text, word.start(), end), None
    # a preposition and its object: "his attacks on Lee", "her call for a ban"
    end = clauses.clause_break(ctx, word.end(), clauses.content_end(ctx, word.end(), s1))
    if _SUBJECT_POSSESSOR.fullmatch(text, sentence.start, noun.start()):
        # "Lee's attacks on Roe stand out": the phrase is the sentence's subject, and the
        # object ends before the sentence's own verb
        verb = _MAIN_VERB.search(text, word.end(), end) or _VERB_AFTER_NAME.search(text, word.end(), end)
        if verb is not None and not ctx.layout.inside_quote(verb.start()):
            end = verb.start()
    end = clauses.noun_phrase_end(ctx, clauses.skip_space(text, word.end(), end), end)
    return word.end(), clauses.trim(text, word.end(), end), None


# A possessor that opens the sentence before its noun: "His", "Lee's", "The
# board's", "Gov. Ann Lee's", "But the mayor's"
_SUBJECT_POSSESSOR = regex.compile(
    r"[\W_]{0,3}(?:(?:But|And|Yet|So|Still)\s+)?(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)"
    r"|(?:[Tt]he\s+)?(?:[\w.-]+\s+){0,3}[\w.-]+[’']s)\s+(?:(?:most|least|very)\s+)?(?:[a-z][\w-]*\s+)?"
)

# The finite verb of a sentence after an infinitive in its subject: an auxiliary or a past
_MAIN_VERB = regex.compile(
    r"[^\S\n]+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|made|became"
    # (a verb in -ed before its object, not an adjective before its noun: "undocumented people")
    r"|[a-z]{3,}ed(?=[^\S\n]+(?:(?:the|a|an|his|her|their|its|him|them|it|us|me|that)\b|[A-Z])))\b(?![^\S\n]+(?:by|to)\b)"
)

# A verb in the present or the past right after a name or a quotation that ends a
# subject: "... on Roe stands out", "... for a “revolution” draws crowds"
_VERB_AFTER_NAME = regex.compile(
    r"(?<=\p{Lu}[\w.-]*|[”\"’'])[^\S\n]+(?:[a-z]{2,}(?<!ss|us|is|ics)s|came|went|stood|drew|grew|fell|rose|won|lost|left|got)\b"
    r"(?![^\S\n]+(?:of|and|or)\b)"
)

# A noun of what a crowd cries out, "of", then a quotation: "chants of “...”"; a possessive
# pronoun right before it (an adjective may stand between) is who cried: "their chants of"
_CRY = regex.compile(
    r"(?:\b(his|her|their|its|our)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?)?\b("
    + "|".join(sorted(en.CRY_NOUNS, key=lambda w: (-len(w), w)))
    + r")[^\S\n]+of[^\S\n]+(?=[“\"])",
    regex.IGNORECASE,
)

# what may stand between two quotations a crowd cries one after the other: ", ", " and ", ", or "
_BETWEEN_CRIES = regex.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:(?:and|or)[^\S\n]+)?")


def cries(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"Walking in to chants of “Lee! Lee!”", "their chants of “...”": the
    crowd's cry is reported, the noun and its "of" the cue, the quotations it
    runs to the content; a possessive pronoun before the noun the source, else
    none. Weaker than a verb's report that holds it ("answered with chants of")."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if text.find(" of “", s0, s1) < 0 and text.find(' of "', s0, s1) < 0:
        return  # (most sentences: a cheap test before the pattern)
    for m in _CRY.finditer(text, s0, s1):
        if ctx.layout.inside_quote(m.start(2)):
            continue
        quotes = ctx.layout.quotations_from(m.end())
        first = next(quotes, None)
        if first is None or first.start != m.end() or first.end > s1:
            continue
        end = first.end
        for q in quotes:
            gap = _BETWEEN_CRIES.match(text, end, q.start)
            if q.end > s1 or gap is None or gap.end() != q.start:
                break
            end = q.end
        source = m.span(1) if m.group(1) else None
        yield candidate(ctx, sentence, [(m.start(2), m.end() - 1)], lemma(m.group(2).lower()), [(first.start, end)],
                         source, "core.cry_noun.v1", priority=90)


# A noun of a report, "from" or "by", who made it, then "that" and a clause: "despite warnings
# from dozens of MPs that the plan will fail", "claims by the agency that ...". The noun is the
# cue, the people after the preposition the source, the clause the content. The source is a
# short phrase of words that open no clause of their own ("criticism from rivals who agree that"
# is the relative clause's report, not the noun's).
_NOUN_FROM_FORMS = _THAT_REPORT_NOUN_FORMS | frozenset(
    "accusation allegation criticism call demand assurance suggestion comment threat prediction".split())

_NOUN_FROM = regex.compile(
    r"(?<![\w’'-])(" + "|".join(sorted(_NOUN_FROM_FORMS, key=lambda w: (-len(w), w))) + r")(s?)[^\S\n]+(?:from|by)[^\S\n]+"
    r"((?:[\w.’'&-]+[^\S\n]+){1,8}?)that[^\S\n]+(?=\S)",
    regex.IGNORECASE,
)

_REPORT_FROM_WORDS = ("from", "by")

# Words that end the phrase of who made the report: a verb, a relative pronoun or a clause's lead
_NOT_IN_MAKER = en.AUXILIARIES | en.SUBORDINATORS | frozenset(
    "who which whom whose that said says say told tells and but or nor to over about on".split())


def reports_from(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"warnings from dozens of MPs that the plan will fail": the MPs the
    source, the noun the cue, the "that" clause the content."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    # (a cheap test before the pattern, which is tried at every word: its "that" and its "from" or "by")
    if not may_hold(ctx, ("that",), s0, s1) or not may_hold(ctx, _REPORT_FROM_WORDS, s0, s1):
        return
    for m in _NOUN_FROM.finditer(text, s0, s1):
        if ctx.layout.inside_quote(m.start()):
            continue
        words = m.group(3).split()
        if any(w.lower() in _NOT_IN_MAKER for w in words[1:]) or words[0].lower() in _NOT_IN_MAKER:
            continue
        following = WORD.match(text, m.end(), s1)
        if following is None or not _clause_after(text, following, s1) or _DOCUMENT_RELATIVE.match(text, m.end() - 1, s1):
            continue  # ("a report by the agency that the board released on Monday": a relative clause)
        source = clauses.trim(text, m.start(3), m.end(3))
        if not sources.is_speaker(text, *source, ctx.lexicon):
            continue
        that = (m.end(3), m.end(3) + len("that"))
        content = clauses.trim(text, that[0], clauses.content_end(ctx, that[1], s1))
        if content[1] - content[0] <= len("that"):
            continue
        c = candidate(ctx, sentence, [(m.start(1), m.end(2))], m.group(1).lower(), [content], source,
                       "core.report_from.v1", priority=60, complementizer=that)
        c.strength = _NOUN_STRENGTH
        yield c


# A verb of winning, getting or holding, then a noun of backing and "of", "from" or "among": "Lee won
# the endorsement of the union", "Roe has the backing of most pilots", "Ray drew support from farmers",
# "Lee has strong support among pilots".
# The backers after the preposition are the source, who gets or holds the backing (the verb's
# subject) the content, the verb with its auxiliaries to the noun the cue (annotators mostly leave
# the preposition out: "has won overwhelming support", "drew the support", but not the "of" of a
# backing held: "has the backing of"). Only a finite
# verb: an infinitive or a modal's ("to win the support of", "may not have the backing of") is a
# hope, not a stance taken. Up to three words (no preposition, conjunction or pronoun of a clause)
# stand between the verb and the noun: "has won overwhelming support from".
_GETTING_VERBS = (
    "won wins received receives secured secures got gets gotten earned earns gained gains garnered garners "
    "landed lands snagged snags nabbed nabs scored scores collected collects consolidated consolidates drew "
    "draws drawn attracted attracts enjoyed enjoys retained retains kept keeps lacked lacks has had have"
).split()

# ... and criticism got or met with, from its critics ("The plan has drawn sharp criticism from
# farmers", "the bill is facing opposition from unions", "sparked criticism from Democrats"): the
# critics after "from" the source, what is criticised (the subject) the content. "from" alone:
# "criticism of Y" and "opposition to Y" name the target. Verbs of meeting with it as well as of
# getting it; "have" is none ("has criticism for Y" is the subject's own).
_CRITICISM_NOUNS = frozenset("criticism criticisms condemnation opposition scorn praise".split())
_MEETING_VERBS = (
    "faced faces facing face sparked sparks sparking drawing prompted prompts provoked provokes "
    "received receives receiving attracting"
).split()

_BACKING_RECEIVED = regex.compile(
    r"(?<![\w’'-])((?:picked|picks|locked|locks|sewn|sewed|racked|racks)[^\S\n]+up|"
    + "|".join(sorted(set(_GETTING_VERBS + _MEETING_VERBS), key=lambda w: (-len(w), w))) + r")"
    r"(?:[^\S\n]+(?!(?:of|from|for|to|in|on|at|by|with|and|or|that|which|who|than|as)\b)[a-z][\w’'-]*){0,3}?"
    r"[^\S\n]+(endorsements?|backing|support|" + "|".join(sorted(_CRITICISM_NOUNS, key=lambda w: (-len(w), w))) + r")"
    # (the target may come first, the critics after it: "faced criticism of her plan from members")
    r"(?:[^\S\n]+of(?:[^\S\n]+(?!(?:from|that|which|who)\b)[\w’'-]+){1,6}?(?=[^\S\n]+from[^\S\n]))?"
    r"[^\S\n]+(of|from|among)[^\S\n]+(?=\S)"
)
# "that" or "to" right after the critics: their words follow, or what they oppose
_CRITICS_THEN = regex.compile(r"[^\S\n]+(that|to)[^\S\n]+(?=\S)")
_NOT_MEETING = frozenset("has had have kept keeps retained retains lacked lacks enjoyed enjoys".split())

# Where the backers end, besides a comma, dash or relative clause: a clause or phrase of how, when
# or against whom ("by echoing ...", "to Roe's 20%", "even while ..."); a second predicate of the
# subject's ends them too ("the backing of Roe and capitalized on ...": ``clauses.coordinated_finite``)
_BACKERS_END = regex.compile(
    r"[^\S\n](?:by|to|even|while|as|after|before|since|until|when|because|though|although|over)[^\S\n]"
    # ... or what they fault or back it for, after a word in lower case ("from within his own party |
    # for his remarks"; not a name's "for": "the Center for Reform")
    r"|(?<=(?<![\w’'-])\p{Ll}[\w’'-]*)[^\S\n]for[^\S\n]")

# the "for" of what the critics fault, right after them
_FAULTED_FOR = regex.compile(r"[^\S\n]+(for)[^\S\n]+(?=\S)")

# Words before the verb that make it an infinitive or a modal's, no stance taken
_NOT_FINITE_BEFORE = frozenset("to can could may might must should would will shall".split())


def backing_received(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"Lee won the endorsement of the union": the union the source, Lee the
    content; the cue runs from the verb (its auxiliaries too) to the noun."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if text.find("support ", s0, s1) < 0 and text.find("backing ", s0, s1) < 0 and text.find(
            "endorsement", s0, s1) < 0 and not (text.find(" from ", s0, s1) >= 0 and any(
                text.find(f"{w} from", s0, s1) >= 0 or text.find(f"{w} of ", s0, s1) >= 0 for w in _CRITICISM_NOUNS)):
        return  # (most sentences: a cheap test before the pattern)
    pos = s0
    while (m := _BACKING_RECEIVED.search(text, pos, s1)) is not None:
        pos = m.end()
        if ctx.layout.inside_quote(m.start()):
            continue
        criticism = m.group(2) in _CRITICISM_NOUNS
        if not criticism and m.start(3) > m.end(2) + 1:
            continue  # (a target before the backers is criticism's: "support of the bill from" is none read here)
        verb = m.group(1)
        if verb in ("has", "have", "had") and (between := text[m.end(1):m.start(2)].split()) and (
                between[0] in _GETTING_VERBS or between[0] in _MEETING_VERBS):
            verb = between[0]  # "has drawn criticism from", "have faced opposition from"
        if criticism and (m.group(3) != "from" or verb in _NOT_MEETING):
            continue  # "criticism of Y", "opposition to Y": the target; "has criticism for": the subject's own
        if not criticism and verb in _MEETING_VERBS and verb not in _GETTING_VERBS:
            pos = m.end(1)
            continue  # "faced support", "sparked support": backing is got, not met with
        if m.group(1).endswith("ing") and aux_start(text, s0, m.start()) == m.start():
            continue  # "..., drawing scorn from Y": whose the participle is the main clause tells
        between = text[m.end(1):m.start(2)].split()
        if m.group(1) in ("has", "have", "had") and between and between[0] not in _GETTING_VERBS and (
                between[0].endswith("ed") or lemma(between[0]) != between[0]):
            pos = m.end(1)  # "has welcomed support from", "have sought support from": another verb's object
            continue  # (but "has locked up support from" is read again from "locked")
        if any(w.lower() in en.POSSESSIVE_PRONOUNS or w.endswith(("’s", "'s")) for w in between):
            continue  # "won his first endorsement from", "has Roe's support for": a possessor's own report
        cue_start = aux_start(text, s0, m.start())
        before = WORD_BEFORE.search(text, max(s0, cue_start - 24), cue_start)
        if before is not None and before.group(1).lower() in _NOT_FINITE_BEFORE or any(
                w.lower() in _NOT_FINITE_BEFORE for w in text[cue_start:m.start()].split()):
            continue  # "to win the support of", "may not have the backing of"
        relative = RELATIVE_BEFORE.search(text, max(s0, cue_start - 12), cue_start)
        # "Lee, who had the backing of Roe, ...": the relative pronoun, as annotators mark it
        content = relative.span(1) if relative is not None else sources.subject(
            text, s0, cue_start, ctx.lexicon, strong=True)
        if content is None:
            continue
        end = clauses.trim(text, m.end(), s1)[1]
        stop = AGENT_STOP.search(text, m.end(), end)
        end = stop.start() if stop is not None else end
        stop = _BACKERS_END.search(text, m.end(), end)
        end = stop.start() if stop is not None else end
        end = clauses.coordinated_finite(text, m.end(), end) or end  # "the backing of Roe | and ran on ..."
        source = sources.subject_after(text, m.end(), end, ctx.lexicon, agent=True)
        if source is None:
            continue
        if criticism and (after := _CRITICS_THEN.match(text, source[1], s1)) is not None:
            if after.group(1) == "that":
                continue  # "criticism from rivals that Y": the critics' words, read by ``reports_from``
            if m.group(2) != "opposition":
                continue
            # "faced opposition from residents to his plan": what they oppose is the content
            content = clauses.trim(text, after.end(), clauses.content_end(ctx, after.end(), s1))
            if content[1] <= content[0]:
                continue
        # a backing held, "has the support of Roe": the "of" that names the backers is the cue's, as
        # annotators give it (not after a verb of getting: "won the support | of Roe")
        cue_end = m.end(3) if m.group(1) in ("has", "have", "had") and m.group(3) == "of" else m.end(2)
        contents = [content]
        if m.start(3) > m.end(2) + 1 and content[1] <= cue_start:
            # "Lee faced criticism of her plan from members": what is criticised goes on in its "of"
            contents.append(clauses.trim(text, m.end(2), m.start(3)))
        elif criticism and content[1] <= cue_start and (fault := _FAULTED_FOR.match(text, source[1], s1)) is not None:
            # "Lee faced criticism from her party for her remarks": what she is faulted for is the
            # content's too, as gold gives it
            contents.append(clauses.trim(text, fault.start(1), clauses.content_end(ctx, fault.start(1), s1)))
        c = candidate(ctx, sentence, [(cue_start, cue_end)], lemma(m.group(2)), contents, source,
                       "core.backing_received.v1", priority=60)
        # never surer than a verb's report around it, nor than a report a possessed noun names, which
        # it may hold: "Lee said Roe has the backing of Ray", "her claim that Roe has the backing of Ray"
        c.strength = min(_NOUN_STRENGTH, POSSESSED_CUE_WEIGHT)
        yield c


# A stance named by a noun that opens the sentence as its subject, with no one's it is: "Opposition
# to the toll has united the pilots", "Support for Lee was strongest in the port", "Concerns about
# the pier remain": the noun and its preposition the cue, what it is about the content, no source.
# The topic runs to the sentence's finite verb, an auxiliary, a modal or a copula not far after it
# (with none, no stance subject: "Support for the pier came from ..." is read no further).
_STANCE_SUBJECT = regex.compile(
    r"[^\S\n]*(?:(?:But|And|Yet|The)[^\S\n]+)?((?:[Oo]pposition[^\S\n]+to|[Ss]upport[^\S\n]+for|"
    r"[Cc]riticism[^\S\n]+of|[Cc]oncerns?[^\S\n]+about|[Ff]ears?[^\S\n]+(?:of|about)|[Aa]nger[^\S\n]+(?:over|at)|"
    r"[Oo]utrage[^\S\n]+over))[^\S\n]+(?=\S)")
_STANCE_SUBJECT_WORDS = ("pposition", "upport", "riticism", "oncern", "ears", "ear ", "nger", "utrage")
_SUBJECT_VERB = regex.compile(
    r"[^\S\n]+(?:has|have|had|is|are|was|were|will|would|may|might|can|could|should|must|remains|remained)(?![\w’'-])")
_SUBJECT_VERB_REACH = 120
# a clause that opens before that verb, whose verb it then is: "The criticism of Lee comes as his
# wife is ..." (not "as well as", which joins two topics)
_CLAUSE_BEFORE_VERB = regex.compile(
    r"[^\S\n](?:(?<!well[^\S\n])as(?![^\S\n]+well(?![\w’'-]))|while|because|when|after|before|since|although|though|"
    r"if|that|which|who|whose|where)[^\S\n]")


def stance_subjects(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"Opposition to the toll has united the pilots": no source, the noun
    and its preposition the cue, the toll the content."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    head = text[s0:s0 + 16]
    if not any(w in head for w in _STANCE_SUBJECT_WORDS):
        return  # (most sentences: a cheap test on the sentence's first words)
    m = _STANCE_SUBJECT.match(text, s0, s1)
    if m is None or ctx.layout.inside_quote(m.start(1)):
        return
    verb = _SUBJECT_VERB.search(text, m.end(), min(s1, m.end() + _SUBJECT_VERB_REACH))
    if verb is None:
        return
    if _CLAUSE_BEFORE_VERB.search(text, m.end() - 1, verb.start()) is not None:
        return
    content = clauses.trim(text, m.end(), verb.start())
    if content[1] <= content[0]:
        return
    noun = m.group(1).split()[0].lower()
    c = candidate(ctx, sentence, [m.span(1)], noun, [content], None, "core.stance_subject.v1", priority=60)
    c.strength = _NOUN_STRENGTH
    yield c


def hearing_frames(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """Evidence given in court, framed by what heard it: "The jury heard that Y",
    "Y, the court was told." No source (the body heard it, and is no source);
    the frame's verb the cue, Y the content. A report of its own in Y ("Lee
    said Y, the court heard") is read by its verb, and the frame only ends it."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if text.find("hear", s0, s1) < 0 and text.find("told", s0, s1) < 0:
        return
    lead = HEARING_LEADS.match(text, s0, s1)
    if lead is not None and text.startswith("by ", lead.end(), s1):
        return  # "MPs were told by the minister that Y": whoever told them is the source, as a passive's agent is
    if lead is not None and not ctx.layout.inside_quote(lead.start(1)):
        content = clauses.trim(text, lead.end(), clauses.hearing_content_end(ctx, lead.end(), s1))
        # (not "The court heard the appeal."; but after "that" a clause, though its verb reads as a
        # participle: "The inquiry heard that the department spent $4 million"; and without "that" when
        # that verb takes an object: "The inquiry heard the department spent $4 million")
        if _HEARING_INTO.search(text, lead.start(), lead.start(1)) is not None and not lead.group("that") and (
                _CLAUSE_SUBJECT.match(text, content[0], content[1]) is None):
            return  # "The inquiry into the noise residents heard last night ...": a relative clause's verb, no frame
        if content[1] > content[0] and (lead.group("that") or not clauses.noun_phrase(text, *content)
                                        or clauses.past_before_object(text, *content)):
            yield candidate(ctx, sentence, [lead.span(1)], "hear", [content], None, "core.hearing_frame.v1", priority=60)
        return
    aside = HEARING_ASIDE.search(text, s0, s1)
    if aside is not None and not ctx.layout.inside_quote(aside.start(1)):
        # "Lee, the court heard, had followed Roe home": what was heard runs on either side of the frame
        lead, rest = clauses.trim(text, s0, aside.start()), clauses.trim(
            text, aside.end(), clauses.hearing_content_end(ctx, aside.end(), s1))
        inner = [m for m in cues.cue_words(ctx, sentence) if m.start() < aside.start()]
        if lead[1] > lead[0] and rest[1] > rest[0] and not any(
                lemma(m.group().lower()) in en.THAT_VERBS or _quote_mark_in(text, m.end(), aside.start()) for m in inner):
            # (not "Lee said, the court heard, that Y": Lee's report, read by its verb)
            yield candidate(ctx, sentence, [aside.span(1)], "hear", [lead, rest], None, "core.hearing_frame.v1",
                             priority=60)
        return
    trail = clauses.HEARING_FRAME_END.search(text, max(s0, s1 - 80), s1)
    if trail is None or ctx.layout.inside_quote(trail.start(1)):
        return
    content = clauses.trim(text, s0, trail.start())
    if content[1] <= content[0]:
        return
    inner = [m for m in cues.cue_words(ctx, sentence) if m.start() < trail.start()]
    if any(lemma(m.group().lower()) in en.THAT_VERBS and not _ACT_PREPOSITION.match(text, m.end(), trail.start())
           or _quote_mark_in(text, m.end(), trail.start()) for m in inner):
        return  # "Lee said Y, the court heard", "Lee shouted “...”, the court heard": Lee's report, read by its verb
    # "Lee attacked Roe in the street, the court heard": an act the court heard of, and no report of
    # Lee's, whose verb only reads as one ("attacked the plan"); the frame goes before it
    yield candidate(ctx, sentence, [trail.span(1)], "hear", [content], None, "core.hearing_frame.v1",
                     priority=_BEFORE_VERB_CUES if inner else 60)


_BEFORE_VERB_CUES = 45

# a hearing's noun and what it is into or of, in a frame that opens the sentence ("An inquest into the
# death of Ann Lee heard"), and the word that must then open what it heard, with no "that": a
# subject, a name or a determiner ("... heard he had", "... was told the van"), lest the verb be a
# relative clause's ("The inquiry into the noise residents heard last night ...")
_HEARING_INTO = regex.compile(r"(?i:inquest|trial|hearing|inquiry)[^\S\n]+(?:into|of)[^\S\n]")
_CLAUSE_SUBJECT = regex.compile(
    r"(?:he|she|they|we|it|there|the|an?|his|her|its|their|this|these|those|\p{Lu}[\p{L}’'-]*)(?![\w’'-])")

# a verb of saying before a preposition of company or of time names a quarrel or a talk, and
# reports no words: "The two men had argued for months, the court heard", "Lee spoke with Roe"
_ACT_PREPOSITION = regex.compile(r"[^\S\n]+(?:for|with|over|against|until|throughout)\b")


def _quote_mark_in(text: str, start: int, end: int) -> bool:
    return any(text.find(q, start, end) >= 0 for q in ("“", '"', "‘"))
