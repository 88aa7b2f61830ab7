"""Verb cues (stage 3): "X said (that) Y", "Y, X said", "Y," said X, "X said: Y", "X quoted Y
as saying Z", "X views Y as Z", "..., saying Y", "... and said Y", "X took to Twitter to say
Y", "X seemed Y" and "X is expected to Y" with no source, "Asked whether Y, ..."; each candidate
names the construction it found.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from attribution import clauses, cues, sources, tokens
from attribution import default_lexicon as en
from attribution.default_rules.common import (
    AGENT_STOP,
    COMMA_BEFORE,
    COMMA_ENDS,
    ENDS_IN_VEHICLE,
    HEADLINE_SPEAKER,
    HEARER,
    HEARING_LEADS,
    LAST_WORD,
    LAST_WORD_OF,
    MAX_LEAD_SOURCE_CHARS,
    OUTLET_NAME_GROUP,
    OWN_SUBJECT,
    POSSESSOR_DETERMINERS,
    RELATIVE_BEFORE,
    RELATIVE_OPENERS,
    STRONG_CUE,
    asked_occasion,
    aux_start,
    broadcast_hearer,
    candidate,
    carrier_before_comma,
    fronted_adverbial,
    gerund_subject,
    headline,
    headline_bare_subject,
    hearer_name,
    interview_outlet,
    may_hold,
    natural_event,
    negative_auxiliary,
    only_how_often,
    programme_hearer,
    quotation_after_sentence,
    says,
    source_aside_end,
    title_last_word,
    titled_programme,
    vehicle_agent,
    vehicle_relay,
)
from attribution.layout import Sentence
from attribution.lexicon import (
    Lexicon,
    document_noun,
    given_names,
    lemma,
    person_noun,
    verb_forms,
)
from attribution.rules import Candidate, Context
from attribution.tokens import WORD, next_class, next_word

# a closing quotation mark, then a dash before the speaker ("“Y” – X said", "“Y,” -- X said")
# a spaced dash right after a trailing cue: "Y, X said — Z"
_DASH_AFTER_CUE = regex.compile(r"[^\S\n]*(?:--|[—–―])[^\S\n]*(?![^\S\n]*[“\"])|[^\S\n]+-[^\S\n]+(?![“\"])")

_QUOTE_DASH_END = regex.compile(r"[”\"’'],?\s*(?:–|—|--?)$")

# a complementizer "that"; not the pronoun that is the clause's own subject, right before its verb
# ("I think that is right", "said that’s why", "told them that would cost millions": "that" opens the content)
_THAT_VERB = (
    r"(?:[’']s\b|\s+(?:is|was|are|has|have|will|would|could|can|cannot|may|might|must|does|did"
    r"|isn[’']t|wasn[’']t|won[’']t|seems|seemed|means|meant|sounds|makes|made)\b)")

# ("acknowledged that limitation.", "confirmed that decision on Monday.": "that" and one word before the
# sentence's end, or before its day, are a determiner and its noun)
# (not an adverb of time or place: "want to see that now.", where the verb's cue takes "that")
_THAT_NOUN_AT_END = (r"|[^\S\n]+(?!(?:now|then|too|again|here|there|today|tonight|yesterday|tomorrow|either|anyway"
                     r"|already|instead|though|well|yet|still|ever|often|soon|later|earlier|before|once|twice)\b)"
                     r"(?-i:[a-z]{4,})(?:[^\S\n]+(?:on|last|this|earlier)[^\S\n]+\w+)?[^\S\n]*[.!?]")

_THAT = regex.compile(r"\s*(?:,\s*)?that\b(?!" + _THAT_VERB + _THAT_NOUN_AT_END + r")\s*", regex.IGNORECASE)

# the comma before such a pronoun: "You could say, that’s easy for you"
_COMMA_THAT_SUBJECT = regex.compile(r"\s*,\s*(?=that" + _THAT_VERB + ")", regex.IGNORECASE)

_AS_SAYING = regex.compile(r"\bas\s+(?:saying|telling|writing|adding|stating|arguing|warning)\b(?:\s+that\b)?", regex.IGNORECASE)

# an outlet's relay that trails or sets off a report as a lead does: "..., as quoted by PTI", "as reported by Reuters"
_AS_RELAYED_BY = r"as\s+(?:quoted|reported)\s+by"

_TRAILING_LEAD = regex.compile(r",?\s*\b(according to|as per|per|" + _AS_RELAYED_BY + r")\s+", regex.IGNORECASE)

# Verbs whose object is the hearer ("told the council", "assured voters"), not what is
# said: "promised a recount" promises the recount
_HEARER_FIRST = en.HEARER_VERBS - {"promise"}

# "Carson, who claimed that ...": the relative pronoun is the source's mention, its
# auxiliary contracted or not ("who’d previously endorsed", "who've said")
_RELATIVE = regex.compile(
    r"(?<![^\s,])(who|which)(?:[’'](?:d|s|ve|ll))?\s+(?:(?:has|have|had)\s+(?=(?:in|at|on|over)\s))?"
    r"(?:(?:on|in|last|this|earlier|later|at|over)\s+(?:the\s+)?\w+,?\s+)?$")

# "a message that said, “...”", "T-shirts that read “...”": "that" after a noun in lower case,
# right before a cue a quotation follows, the subject of a relative clause
_RELATIVE_THAT = regex.compile(r"(?<=\b[a-z][a-z’'-]*[a-z]\s{1,3})(that)\s+$")

_QUOTATION_NEXT = regex.compile(r"\s*[,:]?\s*[“\"]")

_INFINITIVE = regex.compile(r"(?<!\S)to\s+$")

# a subject pronoun after a subordinator or conjunction, a few words before "to": "when he refused to"
_CLAUSE_PRONOUN = regex.compile(
    r"\b(?:when|after|before|because|but|and|as|while|if|since|though|although|that|so)\s+"
    r"(he|she|they|we|I)(?:[’'](?:s|re|m))?\s+(?:[\w’']+\s+){0,3}?to\s+$"
)

# a clause of time, place, reason or contrast the infinitive stands in, with no mark inside it
_ADVERBIAL_CLAUSE_TO = regex.compile(
    r"(?<![\w’'-])(?:when|after|before|because|as|while|since|where|though|although)\s+"
    r"([^,;:()“”\"—–]{1,80}?)\s+to\s+$", regex.IGNORECASE)


def _adverbial_clause_subject(ctx, s0: int, cue_start: int) -> tuple[int, int] | None:
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


# a verb of causing and its object right before "to": "prompted Lee to say", "led
# some of his allies to warn"; the object is the infinitive's subject
_CAUSED_OBJECT = regex.compile(
    r"(?<![^\s,])(?i:" + "|".join(sorted(en.CAUSATIVE_FORMS)) + r")\s+((?:(?!to\s)[\w’'.-]+\s+){1,6}?)to\s+$")

# "and said", "but in a later interview said", "and on Monday announced": a time or occasion
# between the coordinator and the verb leaves the verb the first subject's; "nor" joins the
# second of two denied predicates ("Lee neither confirmed the report nor denied that Y")
_COORDINATOR = regex.compile(
    r"(?<![^\s,])(?:and|but|nor)(?:\s+(?:in|on|at|during|after|last|this|later|earlier)\b[^,.;:“”\"\n]{0,40}?)?\s*$"
)

# the "nor" right before a coordinated verb
_NOR_BEFORE = regex.compile(r"(?<![\w’'-])nor[^\S\n]+\Z")

# "Lee waved, then said", "Lee paused, and then added": a verb coordinated after a comma and
# "then", whose subject is the first verb's; the walk back from it would read the first verb
# into a name ("Lee waved")
_THEN_COORDINATED = regex.compile(r",\s{0,3}(?:and\s{1,3})?then\s{1,3}$")

# verbs of telling whose passive's subject is the hearer: "was told that", "were warned that"
_TELLING_VERBS = frozenset(["tell", "warn", "inform", "assure", "remind", "advise", "notify", "caution"])

# the kinds of things, no one's: what "who" cannot stand for ("a figure who can argue")
_THING_KINDS = frozenset(["unnamed", "document"])

# of those, the ones read as passive after "and" and a passive, before the clause they tell ("was
# jailed and told he must"; not a warning, which the subject may give: "was arrested and warned
# that ..."), and the verbs of bidding before an infinitive ("was ordered to pay", "was warned to stay away")
_PASSIVE_TELLING = _TELLING_VERBS - {"warn", "caution"}

_PASSIVE_BIDDING = _PASSIVE_TELLING | frozenset("order ask urge instruct direct warn".split())

_CLAUSE_NEXT = regex.compile(r"\s+(?:that|he|she|they|it|we|i|there|his|her|their|its)\b")

_INFINITIVE_NEXT = regex.compile(r"\s+to\s")


def _passive_hearer(text: str, cue_lemma: str, cue_end: int, end: int) -> bool:
    """Whether a verb of telling or bidding has no hearer after it, only what it told or bid."""
    return (cue_lemma in _PASSIVE_TELLING and _CLAUSE_NEXT.match(text, cue_end, end) is not None
            or cue_lemma in _PASSIVE_BIDDING and _INFINITIVE_NEXT.match(text, cue_end, end) is not None)


# a passive right before "and" and the verb coordinated with it, no comma or clause between:
# "has been jailed for life and", "was fined £500 and"
_PASSIVE_CONJUNCT = regex.compile(
    r"(?<![\w’'-])(?:been|was|were|is|are|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|ght)\b[^,;:“”\"\n]{0,50}?\s+and\s+$")


def _lead_inside_clause(ctx: Context, start: int, lead: tuple[int, int], s1: int) -> int | None:
    """Where a reported clause opened at ``start`` goes on when a lead set off by
    commas at ``lead`` (its comma, its source's start) stands between the clause's
    subject and its predicate ("said the report, according to aides, | would be out
    soon"): the lead is part of the report's words; None when no clause is reported
    ("criticised the plan, according to aides, in a speech"), the words before the
    lead are no bare subject or no predicate follows its source's comma."""
    text = ctx.text
    subject = clauses.complement_subject(text, start, lead[0])
    if subject < 0 or not clauses.noun_phrase(text, subject, lead[0]):
        return None
    comma = clauses.find_comma(text, lead[1], min(s1, lead[1] + MAX_LEAD_SOURCE_CHARS))
    if comma >= 0 and (close := source_aside_end(text, comma, s1)) >= 0:
        comma = close  # "said the pier, according to Roe, a pilot, | was unsafe"
    if comma < 0 or not clauses.resumes_subject(text, comma + 1, s1):
        return None
    return clauses.trim(text, comma + 1, s1)[0]


def verb_cues(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    text = ctx.text
    previous = None
    found = list(cues.cue_words(ctx, sentence))
    # "Two witnesses said", "Eyewitnesses say": a plural right before the verb heads its
    # subject, no cue, and no verb inside that subject either
    found = [m for k, m in enumerate(found) if not _head_before_verb(text, m, found[k + 1] if k + 1 < len(found) else None)]
    relatives: set[int] = set()
    for k, m in enumerate(found):
        if (_after_determiner(text, sentence.start, m.start()) or _judged_report(text, sentence.start, m.start())) and not (
                _RELATIVE_THAT.search(text, max(sentence.start, m.start() - 40), m.start(), tokens.CONCURRENT)
                and _QUOTATION_NEXT.match(text, m.end(), sentence.end) or cues.document_relative(text, sentence, m)):
            # (but "a sign that said “...”", "an ad that claims ...": the paper's relative clause)
            continue  # "the woman's quotes", "his claims": a noun, not a verb
        if _FINITE_VERB_NEXT.match(text, m.end(), sentence.end) and _POSSESSIVE_PHRASE_BEFORE.search(
                text, max(sentence.start, m.start() - 40), m.start()):
            continue  # "Its new profit forecast is ...": a finite verb follows, so the word heads its subject
        if previous is not None and m.group().lower() in en.REPORT_NOUNS and cues.REPORT_OBJECT.match(text, previous.end(), sentence.end):
            continue  # "rejected claims that": the noun is the cue's object
        previous = m
        if m.group() == "say" and text.startswith(",", m.end(), sentence.end) and COMMA_BEFORE.search(
                text, max(sentence.start, m.start() - 3), m.start()):
            continue  # "no better than, say, the old plan": "say" for "for instance", set off by commas
        if text.endswith(("and ", "or ", ", "), sentence.start, m.start()) and (named := _NAMED_WORDS_BEFORE.search(
                text, max(sentence.start, m.start() - 80), m.start())) and (
                named.group(1) is None or _NAMED_WORDS_GO_ON.match(text, m.end(), sentence.end)):
            continue  # "words such as expects, believes and anticipates": the verbs are named, not used
        if m.start() in relatives:
            continue  # the verb of a noun a reduced relative goes on: read from the participle
        strength = cues.context_and_weight(ctx, sentence, m, m.group())[1]
        reduced = _reduced_relative(ctx, sentence.start, m.start(), m.end(), sentence.end, m.group().lower())
        linking = _linking_start(text, sentence.start, m)
        for c in _verb_cue(ctx, sentence, m, strength):
            if linking is not None and c.cue and c.cue[0][0] == m.start():
                # "officials remain confident that ...": the linking verb is the adjective's, as "are" is
                c.cue[0] = (linking, c.cue[0][1])
            if reduced is not None:
                # "A memo published Friday found ...": the participle goes on its noun with its
                # time; the verb after is the cue, its object or clause the content
                c = _past_reduced_relative(ctx, sentence, c, m, *reduced)
                if c is None:
                    continue
                relatives.add(reduced[0].start(1))
            if c.source is not None and _CLAUSE_SOURCE.match(text, c.source[0], c.source[1], tokens.CONCURRENT) and "," not in text[c.source[0]:c.source[1]]:
                continue  # "He strode | displaying ...", "she faces | renewed doubts": a clause read as a mention
            if c.source is not None and natural_event(text, c.source) and not _person_named_storm(text, c.source, m.group()):
                continue  # "Heavy rain lashes Kerala", "Cyclone Dana batters coast": weather tells nothing
            if c.source is not None and _passive_modifier(text, c, m):
                continue  # "The figures cited in the memo are wrong": the participle describes its noun
            if c.source is not None and _participle_source(text, *c.source):
                continue  # "Based on | estimates by ...", "Using | talking about ...": a fronted participle, no one
            if c.source is not None and k + 1 < len(found) and _inside_next_subject(ctx, sentence, c, found[k + 1]):
                continue  # "A man expected to testify | told reporters": the cue is inside the next verb's subject
            if c.source is not None and c.cue and c.cue[0][0] == m.start() and _counts_cue_noun(text, c.source, m):
                # "there were numerous complaints that ...", "got many requests to ...": the quantifier
                # counts the cue's noun, no one who reports; the report has no source
                c.source, c.source_kind = None, None
            if c.source is not None and _PREPOSITION_SOURCE.match(text, c.source[0], c.source[1], tokens.CONCURRENT):
                # "Lee's standing among | Latinos looks", "the feud over the toll, | most pilots say": a
                # prepositional phrase is no mention; a clause after its comma is the subject
                comma = text.rfind(",", c.source[0], c.source[1])
                if comma < 0:
                    continue
                c.source = clauses.trim(text, comma + 1, c.source[1])
                if c.source[1] <= c.source[0]:
                    continue
            broken = _BROKEN_SOURCE_END.search(text, max(c.source[0], c.source[1] - 12), c.source[1], tokens.CONCURRENT) if c.source else None
            if broken is not None and broken.group().lower() not in ("of", "into", "to", "almost", "nearly") \
                    and _RELATIVE_IN_SOURCE.search(text, c.source[0], c.source[1], tokens.CONCURRENT):
                broken = None  # "Ann Lee, who the pier was named for, | said": the relative clause's own
            if broken is not None and sources.ends_in_stranded_preposition(text, *c.source):
                broken = None  # "Residents we talked to | said": a clause with no "who", its preposition's
            if broken is not None and broken.group().lower() not in ("almost", "nearly"):
                # "the number of | reported cases", "Lee Votes To | Condemn", "anger from residents over | plans":
                # a source that ends in a preposition is no mention
                continue
            if broken is not None:
                c.source = clauses.trim(text, c.source[0], broken.start())  # "editors ... almost | universally say"
                if c.source[1] <= c.source[0]:
                    continue
            # (a verb in a clause whose preposition has no object is the clause's: "Residents I talked with")
            inner = _inner_cue(text, found, c.source) if c.source is not None and reduced is None and not (
                sources.ends_in_stranded_preposition(text, *c.source)) else None
            if inner is None and c.source is not None and m.group()[0].isupper() and m.start() > sentence.start and (
                    "," in text[c.source[1]:m.start()]):
                # a title-case headline's two reports, its first verb one the pool passed over:
                # "Lee Aims Barb At Roe, Slams Board" (but "Media Reports Reveal": one subject); the walk
                # back may stop inside the first report's content ("Lee Says Harbour Is | Safe, Calls ..."),
                # so the first verb is sought from the headline's start, past any label's colon
                lo = min(c.source[0], text.rfind(":", sentence.start, c.source[0]) + 1 or sentence.start)
                inner = _inner_cue(text, [w for w in WORD.finditer(text, lo, c.source[1])
                                          if w.group()[0].isupper() and ctx.lexicon.cue_prior(w.group()) >= clauses.TITLE_VERB_PRIOR],
                                   (lo, c.source[1]))
                if inner is not None:
                    c.source = (lo, c.source[1])
            if inner is not None:
                c.source = clauses.trim(text, c.source[0], inner)  # "Lee chides Roe, praises Ray": Lee praises
                if c.source[1] <= c.source[0]:
                    continue
                if c.source_kind != "anonymous":
                    # the kind read off the whole span ("Lee Mocks Board") is the object's, not the name's
                    c.source_kind = sources.kind(text, *c.source, ctx.lexicon)
            c.strength = strength
            yield c


# what "add" takes when it adds to a score or a sum: an ordinal ("a second", "his third") or a
# number ("12 points", "3%", "£2bn")
_ADDED_COUNT = regex.compile(
    r"\s+(?:(?:a|an|his|her|their|its|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|late|stoppage-time)"
    r"(?:\s+(?:goal|try|run|wicket|penalty))?\b(?!\s+(?:that|warning|point|caveat|note|thought))"
    r"|[£$€]?\d[\d,.]*(?:%|bn|m|k)?(?=\s|[.,;]|$))"
)


def _person_named_storm(text: str, source: tuple[int, int], verb: str) -> bool:
    """Whether a storm's name is a person's: "Storm" is a given name too, so "Storm" and a name
    no storm goes by (storms take given names: "Storm Ciara", "Storm Dennis") before a verb of
    saying, which no storm does, is someone: "Storm Reid said" (not "Storm Ciara said", nor
    "Hurricane Ida said", nor "Storm Reid batters coast")."""
    words = WORD.findall(text, source[0], source[1], False, tokens.CONCURRENT)
    return len(words) == 2 and words[0].lower() in en.NAMED_STORMS_AND_PEOPLE and words[1].lower() not in given_names() and (
        verb.lower() in _FINITE_SAYING)


# a list of words named as words, after "such as" or "like", up to the "and" or "or" before its
# last: "words such as expects, believes and | anticipates" (a disclaimer's list, no one's report),
# or up to a comma before a word in its middle, when the list goes on after it: "terms like
# estimates, | predicts, or forecasts" (not "people like him, | say, ...")
_NAMED_WORDS_BEFORE = regex.compile(r"\b(?:such\s+as|like)\s+[a-z]+(?:,\s+[a-z]+)*(?:,?\s+(?:and|or)|(,))\s+$")

_NAMED_WORDS_GO_ON = regex.compile(r",?\s+(?:and|or)\s+[a-z]+\b|,\s+[a-z]+,")

# a name's last word, then a space, before a verb cue: the verb ends the mention ("Ann Lee | chides")
_NAME_THEN_VERB = regex.compile(r"(?<![\w’'-])\p{Lu}[\w.-]*(?<![’']s)[^\S\n]+$")

# a participle's preposition and its object, then the noun's own finite verb, with no subject
# pronoun, "that", quotation mark or colon between: "cited in the memo | are", "named after Lee, | were"
_MODIFIER_THEN_VERB = regex.compile(
    r"(?:in|as(?!\s+(?:if|though)\b)|on|at|by|under|during|from|for|over|across|about|with|after|before|since|through"
    r"|among)\s(?:(?!\bthat\b)[^\"“”:;\n])*?(?<!\b(?:he|she|it|they|we|i|you|there|that|this|one|who|which|what))"
    r",?\s(?:is|are|was|were|has|have|had|does|do|did|will|would|should|can|could|may|might|must)(?:n[’']t)?\b")

_MODIFIER_CHARS = 150

# the same phrase set off by commas, then the noun's own verb in the past or the present: "The study,
# published in a journal, followed 900 children", "The plan, unveiled on Monday, sets ..."
_APPOSITIVE_THEN_VERB = regex.compile(
    r"(?:in|on|at|by|under|during|from|for|over|across|after|before|since|through|last|this|earlier)\s"
    r"[^\"“”:;,\n]*,\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")


def _passive_modifier(text: str, c: Candidate, m: regex.Match) -> bool:
    """Whether a report's cue is a past participle after its noun, with no object, that
    describes the noun, the subject of a verb after the participle's phrase: "The figures
    cited in the memo are wrong", "Three names mentioned as nominees were ...", "the
    plan, denounced as cruel, has wide support". Not a verb that takes a clause ("Lee
    said in May the toll was high"), nor one before "as if" ("Lee spoke as if the toll had risen")."""
    if c.rule != "core.said_that.v2" or not c.content or c.cue[-1][1] != m.end() or len(c.cue) != 1:
        return False
    word = m.group()
    if not _past_form(word) or lemma(word) in en.THAT_VERBS or lemma(word) in en.CLAUSE_VERBS:
        return False
    if text[c.source[1]:c.cue[0][0]].strip() not in ("", ","):
        return False
    start = c.content[0][0]
    if _MODIFIER_THEN_VERB.match(text, start, min(c.content[0][1], start + _MODIFIER_CHARS)) is not None:
        return True
    if text[c.source[1]:c.cue[0][0]].strip() != ",":
        return False
    after = _APPOSITIVE_THEN_VERB.match(text, start, min(c.content[0][1], start + _MODIFIER_CHARS))
    return after is not None and _finite_verb(after.group("verb"))


def _finite_verb(word: str) -> bool:
    """Whether a lower-case word reads as a finite verb after its subject: a past in "-ed" or an
    irregular past, or a present in "-s" of a verb the lemma table knows."""
    return _past_form(word) or word.endswith("s") and not word.endswith("ss") and lemma(word) != word


def _inner_cue(text: str, found: list[regex.Match], source: tuple[int, int]) -> int | None:
    """Where a source read up to a later cue holds an earlier verb cue of the
    sentence, in lower case right after a name: "Ann Lee chides Roe, praises Ray"
    reads "Ann Lee chides Roe" up to "praises", and Ann Lee is the mention."""
    for m in found:
        w = m.group()
        # (a capitalised cue word inside the source is a title-case headline's verb: "Ann Lee Chides Roe, Praises Ray")
        if not (source[0] < m.start() < source[1] and _finite(w.lower())) or _head_before_past(text, m, source[1]):
            continue
        if clauses.skip_post_adjuncts(text, m.end(), source[1]) == source[1] and _HEAD_THEN_NAME.fullmatch(text, source[0], len(text[:m.start()].rstrip())):
            continue  # "the photo Ann Lee posted | showed": the verb ends a relative clause on the noun, no object
        if w.endswith("ed") and _BY_AGENT.match(text, m.end(), source[1]):
            continue  # "Video posted by the army | showed": a participle and its agent go on the noun, no verb of it
        name = _NAME_THEN_VERB.search(text, max(source[0], m.start() - 40), m.start())
        last = name.group().split()[0].lower() if name is not None else ""
        if name is not None and last not in _OPENS_NOUN_PHRASE and (
                last not in en.AUXILIARIES or last in en.NAME_AUXILIARIES):  # "Lee Was Just Seen": no name's end
            return m.start()  # (a capitalised determiner opens a noun: "The notes said", "Some pilots think")
    return None


def _head_before_past(text: str, m: regex.Match, end: int) -> bool:
    """Whether a cue word in "-s" that ends a source stands right before a verb in the
    past: no two finite verbs stand in a row, so it is the source's head noun ("Bank
    forecasts | showed slower growth"), not the name's own verb."""
    w = m.group()
    if m.end() != end or not w.islower() or not w.endswith("s") or w.endswith("ss"):
        return False
    after = _WORD_RIGHT_AFTER.match(text, end, end + 24)
    return after is not None and (after.group(1) in en.IRREGULAR_PASTS or after.group(1).endswith("ed") and len(after.group(1)) > 4)


# the word after a source, with only spaces before it: "Bank forecasts | showed"
_WORD_RIGHT_AFTER = regex.compile(r"[^\S\n]+(\p{Ll}+)(?![\w’'-])")


def _finite(word: str) -> bool:
    """Whether a cue word reads as a finite verb, not a participle or a noun that
    goes on a mention ("a super PAC backing Lee", "a Lee supporter", "think tank"):
    a present in "-s", a past in "-ed", or an irregular form."""
    return word.endswith(("s", "ed")) and not word.endswith("ss") or word in en.IRREGULAR_LEMMAS


_NOUN_MARKERS = POSSESSOR_DETERMINERS | frozenset("this that these those".split())

# Words that open a noun phrase, capitalised at a sentence's start: no name before a verb
_OPENS_NOUN_PHRASE = _NOUN_MARKERS | frozenset("some many most all both several few no every each any other another".split())

# a subject pronoun and a lower-case word after it that cannot go on a mention: the pronoun's
# own verb, so the "source" is a clause ("She fares | promising", "I remember | feeling")
_CLAUSE_SOURCE = regex.compile(
    r"(?:he|she|they|we|i)\s+(?!(?:and|or|nor|along|alone|too|both|all|themselves|himself|herself|ourselves|myself)\b)(?-i:[a-z])",
    regex.IGNORECASE)

_PARTICIPLE_SOURCE = regex.compile(r"([A-Z][a-z]+(?:ing|ed))(?:\s+(?:on|off|up|out|to|with|by|in))?")

# Words that count a plural noun and may stand as its subject alone ("many say"), whose verb
# then has no "-s"; and adjectives of number that are never a subject alone
_PLURAL_QUANTIFIERS = frozenset("many few several both".split())

_NUMBER_ADJECTIVES = frozenset("numerous various multiple countless".split())


def _counts_cue_noun(text: str, source: tuple[int, int], m: regex.Match) -> bool:
    """Whether a source is one word that counts the cue word right after it, which is
    then a plural noun, no verb: "numerous | complaints", "many | requests", "few |
    calls for" (a verb after "many" has no "-s": "many | say")."""
    word = text[source[0]:source[1]].lower()
    if text[source[1]:m.start()].strip() or not (word in _NUMBER_ADJECTIVES or word in _PLURAL_QUANTIFIERS):
        return False
    form = m.group().lower()
    return word in _NUMBER_ADJECTIVES or form.endswith("s") and not form.endswith("ss") and lemma(form) != form


def _participle_source(text: str, start: int, end: int) -> bool:
    """Whether a source is only a verb's participle, with a particle perhaps ("Having",
    "Based on", "Rattling off"): a fronted participle clause read as the subject. The
    lemma table tells a verb form from a name ("Husted", "Ebeling")."""
    m = _PARTICIPLE_SOURCE.fullmatch(text, start, end, tokens.CONCURRENT)
    return m is not None and lemma(m.group(1).lower()) != m.group(1).lower()


# the last word of a source read up to a cue that no mention ends with: "of" or "into" (a
# stranded "with" or "for" may end a relative clause: the candidate is dropped), or a degree
# adverb that goes with the cue (the source ends before it): "the number of | reported cases",
# "editors who run newsrooms almost | universally say"
_BROKEN_SOURCE_END = regex.compile(
    r"(?<![\w’'.-])(?:(?i:of|into|to|almost|nearly)|over|about|against|amid|despite|from|with|for)$")

# a relative clause may end in its preposition: "Ann Lee, who the pier was named for, said"
_RELATIVE_IN_SOURCE = regex.compile(r"\b(?:who|whom|which|that|whose)\b", regex.IGNORECASE)

# a source read back to a lower-case preposition that opens it: no mention, unless the preposition
# measures a quantity ("about half of voters", "over a dozen pilots", "at least 40")
_PREPOSITION_SOURCE = regex.compile(
    r"(?:among|against|about|amid|between|from|with|over|under|in|on|for|by|into|through)[^\S\n]+"
    r"(?!(?:a|an|least|most|half|nearly|almost|just|more|less|fewer|" + en.NUMBER_WORDS
    + r"|dozen|dozens|hundreds|thousands|\d[\d,.]*)\b)"
)

# finite forms of "say" and "tell", never a noun nor an adjective before one: after a name
# ending in "'s" they are its verb ("Moody's said", "Sainsbury's tells shoppers")
_NEVER_NOMINAL = frozenset("said says told tells".split())


def _head_before_verb(text: str, m: regex.Match, following: regex.Match | None) -> bool:
    """Whether a cue word in "-s" stands right before a finite cue of saying, with
    only a space between: a plural noun heading that verb's subject ("Local
    witnesses said"), as a verb in "-s" takes an object or a clause before another."""
    if following is None or following.start() - m.end() > 2 or text[m.end():following.start()].strip():
        return False
    word, verb = m.group(), following.group().lower()
    return word.islower() and word.endswith("s") and not word.endswith("ss") and verb in _FINITE_SAYING


def _inside_next_subject(ctx: Context, sentence: Sentence, c: Candidate, following: regex.Match) -> bool:
    """Whether the cue of ``c``, opening with a word of what is to come right after its source
    ("expected", "set", "due"), and that source lie inside the subject of the finite cue that
    follows a few words into its content with no mark nor clause's word between: "A man
    [expected to testify] told reporters", "The official [expected to lead the talks] said":
    the word and its infinitive go on the noun, no verb of the clause (no two finite verbs
    share a subject; "Lee is expected to say the mayor told him": the walk from "told" stops)."""
    text = ctx.text
    cue_start, cue_end = c.cue[0][0], c.cue[-1][1]
    if not c.content or not c.content[0][0] <= following.start() <= c.content[0][1] or following.start() < cue_end:
        return False
    first = WORD.match(text, cue_start, cue_end, tokens.CONCURRENT)
    if first is None or first.group() not in sources.PROSPECT_WORDS or text[c.source[1]:cue_start].strip():
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

# finite forms of the commonest verbs of saying, which a plural subject's head stands right before
_FINITE_SAYING = frozenset("said say says told tell tells added add adds wrote write writes".split())

# a noun, "of", a name and its "'s" right before a word: the subject "a friend of Lee's" ends there
# (a noun for a person before the "of": "a friend of Lee's", not "a summary of Lee's | claims")
_DOUBLE_GENITIVE = regex.compile(
    r"(?<![\w’'-])([a-z]+)[^\S\n]+of[^\S\n]+(?:\p{Lu}[\w.-]*[^\S\n]+){0,2}\p{Lu}[\w-]*[’']s[^\S\n]+$")

# letters no article "an" stands before ("an hour", "an SEC filing", but "Officer An said")
_CONSONANTS_NOT_H = frozenset("bcdfgjklmnpqrstvwxyz")


def _after_determiner(text: str, lo: int, pos: int) -> bool:
    before = text[max(lo, pos - 24):pos].rstrip()  # the word before is all it reads
    words = WORD.findall(before[-12:], 0, None, False, tokens.CONCURRENT)
    if before.endswith(("’s", "'s", "s’", "s'")):
        # a possessive, unless a pronoun's contraction: "he’s predicting", "who’s said", or a
        # name ending in "'s" before a verb that cannot be a noun: "Moody's said"
        if words and words[-1][:1].isupper() and WORD.match(text, pos, pos + 40, tokens.CONCURRENT)[0] in _NEVER_NOMINAL:
            return False
        genitive = _DOUBLE_GENITIVE.search(text, max(lo, pos - 48), pos, tokens.CONCURRENT)
        if genitive is not None and person_noun(genitive.group(1).lower()):
            return False  # "A pal of Jordan's claimed ...": the name's "'s" closes the subject, the verb follows
        return not (words and (words[-1][:-2].lower() in en.PRONOUNS or words[-1][:-2].lower() == "who"))
    # only a determiner right before the word marks a noun: not “... believe that,” said
    if words and words[-1] == "An" and text[pos:pos + 1] in _CONSONANTS_NOT_H:
        return False  # "Officer An said", "An told": no article "an" stands before a consonant; a name
    if len(words) > 1 and words[-1] == "An" and words[-2][:1].isupper() and words[-2].isalpha():
        return False  # "Nguyen Van An says": a capitalised "An" after a name's word ends the name
    return bool(words) and before[-1:].isalnum() and words[-1].lower() in _NOUN_MARKERS


# an adjective that judges or dates a report right before a word: "his false | claims"
_JUDGING_BEFORE = regex.compile(
    r"(?<![\w’'-])(" + "|".join(sorted(en.REPORT_ADJECTIVES, key=len, reverse=True)) + r")[^\S\n]+$")


def _judged_report(text: str, lo: int, pos: int) -> bool:
    """Whether a word of saying is a report's noun after a determiner and an adjective that
    judges or dates it ("his false claims", "the repeated warnings"), not a verb whose
    subject ends at the adjective (but "the accused claims", "Lee's new spokesman says")."""
    judging = _JUDGING_BEFORE.search(text, max(lo, pos - 24), pos)
    return judging is not None and _after_determiner(text, lo, judging.start())


# A possessive determiner and up to two words before a cue word, and a finite verb right after it: no
# verb of saying is followed by another finite verb, so the word is a noun, the head of that verb's
# subject ("Its new profit forecast is 310 million", "their sales estimate was cut")
_POSSESSIVE_PHRASE_BEFORE = regex.compile(r"(?<![\w’'-])(?i:its|their|his|her|our|my|your)\s+(?:[\w’'-]+\s+){0,2}$")

_FINITE_VERB_NEXT = regex.compile(
    r"\s+(?:is|was|are|were|has|had|will|would|remains|remained|stands|stood|looks|looked|seems|seemed)\b")

# the kinds of broadcast a "show" is: before it, "show" is a noun
_SHOW_COMPOUND = regex.compile(r"(?<![\w’'-])(?:TV|television|talk|reality|radio|chat|quiz|panel|cookery|cooking|variety)\s+$", regex.IGNORECASE)

# What holds back the act of the -ing form after it: "stopped short of blaming the referee", "fell
# short of endorsing Lee" say nothing (annotators keep "avoided discussing", "refrains from endorsing")
_STOPPED_SHORT = regex.compile(r"(?<![\w’'-])short\s+of\s+$", regex.IGNORECASE)

# "state" is most often the noun in news copy: after a preposition, a conjunction, a number, an
# ordinal or a quantifier ("in states that", "swing states and states that", "the four states",
# "the fifth state that"), or before a relative clause whose verb follows "that" ("Rust Belt
# states that have suffered"); a verb of saying has a subject before it ("The memo states that ...")
_STATE_NOUN_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:in|of|from|across|among|for|with|and|or|other|many|several|few|both|all|most|some|those|these"
    r"|" + en.NUMBER_WORDS + r"|dozen|first|second|third|[a-z]+th|\d[\d,]*(?:st|nd|rd|th)?)\s+$",
    regex.IGNORECASE)

_RELATIVE_CLAUSE_NEXT = regex.compile(
    r"\s+(?:that|which)\s+(?:have|has|had|are|is|were|was|will|would|could|can|may|might|should|must|did|do|does)\b")

# a participle in -ed between a number, a quantifier or a preposition and its noun modifies
# the noun and reports nothing: "only eight reported incidents", "the number of reported
# cases", "her five proposed bills" (after a determiner "the reported cases" is read as a noun)
_PREMODIFIER_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:of|in|for|with|on|from|about|into|among|across|other|several|many|few|some|such|various|numerous"
    r"|" + en.NUMBER_WORDS + r"|dozens?|hundreds|thousands"
    r"|(?!(?:19|20)\d\d\s)\d(?:[\d,.]*\d)?)\s+$",
    regex.IGNORECASE)

_NOUN_AFTER = regex.compile(
    r"\s+(?!(?:he|she|it|they|we|i|you|him|her|them|us|me|his|its|their|our|my|your|the|an?|this|that|these|those"
    r"|to|and|or|but|of|in|on|at|for|with|from|by|as|about|into|than|then|there|here|who|which|what|when|where|how|why"
    r"|if|so|not|no|also|both|all|each|one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z][a-z’'-]*\b(?<!ly)")

# "add to" and a common noun after a determiner: what is added to ("adding to her lead");
# a name is a hearer ("added to People"), and so is what a "that", colon or quotation
# follows later in the sentence ("added to the crowd that ...")
_ADD_TO_SUM = regex.compile(
    r"\s+to\s+(?:his|her|its|their|our|my|your|the|an?)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*\b"
    r"(?![^.;:!?“\"]*(?:\bthat\b|[“\":]))")

# ... or a bare noun, no determiner before it, that names no people ("adding to concerns about
# demand", "added to pressure on the rupee", "adding to worries that ..."; "added to reporters" is a hearer)
_ADD_TO_BARE = regex.compile(r"\s+to\s+(\p{Ll}[\p{Ll}’'-]*)\b(?![’'])")

_NO_BARE_SUM = en.OBJECT_PRONOUNS | frozenset("that this these those what which whom whoever".split())


def _added_to_sum(text: str, cue_end: int, s1: int) -> bool:
    """Whether "add" goes on with "to" and what was added to, a sum grown and no report:
    "adding to her lead", "added to the uncertainty", "adding to concerns"."""
    if _ADD_TO_SUM.match(text, cue_end, s1):
        return True
    bare = _ADD_TO_BARE.match(text, cue_end, s1)
    return bare is not None and (noun := bare.group(1)) not in _NO_BARE_SUM and not person_noun(noun)


# "show up": come, not show
_UP_NEXT = regex.compile(r"\s+up\b")

_FOR_OR_AFTER = regex.compile(r"\s+(?:for|after)\b")

# A thing set down for a later sitting or a sale: "listed the matter for hearing", "posted the
# case for further hearing", "listed the flat for sale": a docket or a notice, no report
_SCHEDULING_VERBS = frozenset(["list", "post"])

# One not yet known, before the "who" of a clause: "anyone who", "anybody with information who",
# "any motorist who may have", "whoever": an appeal's hypothetical person, no one who did anything
_ANYONE_WHO_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:(?:anyone|anybody|any[^\S\n]+[a-z]+)(?:[^\S\n]+[a-z]+){0,4}?[^\S\n]+who|whoever)"
    r"(?:[^\S\n]+(?:may|might|could)(?:[^\S\n]+have)?)?[^\S\n]+$", regex.IGNORECASE)

_SET_DOWN_FOR = regex.compile(
    r"(?:[^\S\n]+[\w’'-]+){1,5}?[^\S\n]+for[^\S\n]+(?:(?:a|an|the|further|final|next|early|urgent|detailed|fresh)[^\S\n]+){0,2}"
    r"(?:hearing|hearings|disposal|arguments|sale|auction|trial|consideration|orders|adjudication)\b", regex.IGNORECASE)


def _verb_cue(ctx: Context, sentence: Sentence, m: regex.Match, strength: float) -> Iterator[Candidate]:
    """The candidates of one cue word ``m``; ``strength`` is its weight where it stands."""
    text, lex = ctx.text, ctx.lexicon
    s0, s1 = sentence.start, sentence.end
    cs, ce = m.start(), m.end()
    form = m.group().lower()
    cue_lemma = lemma(form)
    cue_end = cues.extend_cue(ctx, cs, ce, s1)
    # a cue word capitalised past the sentence's first word is in a title-case headline
    cue_start = aux_start(text, s0, cs, any_case=m.group()[0].isupper() and bool(text[s0:cs].strip()))
    if cue_lemma == "add" and _added_to_sum(text, cue_end, s1):
        return  # "adding to her delegate lead", "added to the uncertainty": a sum grown, no report
    if cue_lemma == "show" and _UP_NEXT.match(text, ce, s1):
        return  # "voters showed up at the polls": they came, and showed nothing
    if cue_lemma == "name" and _FOR_OR_AFTER.match(text, ce, s1):
        return  # "The school was named for a local hero": a name taken from someone, no report
    if cue_lemma in _SCHEDULING_VERBS and _SET_DOWN_FOR.match(text, ce, s1, tokens.CONCURRENT):
        return  # "The bench listed the matter for hearing": set down for a later day, no report
    if cue_lemma == "witness" and _ANYONE_WHO_BEFORE.search(text, max(s0, cue_start - 60), cue_start, tokens.CONCURRENT):
        return  # "Anyone who witnessed the crash is asked to call police": an appeal for witnesses, none yet found
    quoted = _QUOTED_AS.search(text, max(s0, cs - 100), cs) if form == "saying" else None
    if quoted is not None:
        yield from _quoted_as_saying(ctx, sentence, quoted, cue_end)  # "X was quoted as saying ..."
        return
    passive = _passive(text, cue_start, cs, s1)  # read once: both readings below ask
    if passive and cue_lemma == "ask":
        yield from _asked(ctx, sentence, cue_start, cue_end)  # "Cain was asked by a caller why ..."
        return
    if passive and cue_lemma in _TELLING_VERBS:
        # "I was told that ...", "Lee was warned by the police that ...": the hearer is the
        # subject; what was told is the "that" clause, its teller the agent, if named
        told = list(_told_that(ctx, sentence, cue_start, cue_end, cue_lemma))
        if told:
            yield from told
            return
    if passive:
        # "was supported Friday by ...": a time between the cue and its agent
        by = clauses.skip_post_adjuncts(text, cue_end, s1)
        if deadline := _BY_DEADLINE.match(text, by, s1):
            # "is expected by the end of the year to cost more", "was approved by Friday by the board":
            # a time to be done by, no agent
            by = clauses.skip_post_adjuncts(text, deadline.end(), s1)
        agent = _BY_AGENT.match(text, by, s1)
        if agent is not None and cue_lemma in en.PASSIVE_RAISERS and _RAISED_BY_FIRST.match(text, by, s1):
            agent = None  # "was said by aides to be bearing up": the impression raised, its holder the agent
        if agent is not None and cue_lemma != "quote" and (cue_lemma in en.THAT_VERBS or cue_lemma in en.PASSIVE_REPORTS):
            # ("quoted by PTI as saying" is read from its "saying")
            # "The move was first reported by the Ledger.": the agent reports the subject
            yield from _passive_agent(ctx, sentence, cue_start, cue_end, agent.end(), cue_lemma)
            return
        expletive = _IT_BEFORE.search(text, max(s0, cue_start - 8), cue_start)
        impersonal = expletive is not None and (
            cue_lemma in en.THAT_VERBS or cue_lemma in en.PASSIVE_RAISERS or cue_lemma in en.PASSIVE_REPORTS)
        if impersonal:
            # "It is believed that ...", and after a place or an occasion: "It is widely believed in Delhi that ..."
            after = clauses.skip_post_adjuncts(text, cue_end, s1)
            that = _THAT.match(text, after, s1) or _place_then_that(text, after, s1)
        else:
            that = None
        if that is not None:
            # "It is understood that ...": a report with no source
            yield from _impersonal(ctx, sentence, cue_start, cue_end, cue_lemma, that.end(), that)
            return
        if impersonal and not text[clauses.skip_post_adjuncts(text, cue_end, s1):s1].strip(_TAIL_END_MARKS):
            # "The couple split last month, it has been claimed.": the impersonal report trails the
            # clause it reports, after a comma; no source
            lead = text[s0:expletive.start()].rstrip()
            if lead.endswith(",") and not ctx.layout.inside_quote(expletive.start()):
                content = clauses.trim(text, s0, s0 + len(lead) - 1)
                if content[1] > content[0]:
                    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [content], None,
                                     "core.impersonal.v1", priority=60)
            return
        bare = cues.BARE_CLAUSE_SUBJECT.match(text, cue_end, s1) if impersonal else None
        if bare is not None and not clauses.noun_phrase(text, bare.start(1), clauses.content_end(ctx, bare.start(1), s1)):
            # "It is believed the gunman acted alone.": the clause with no "that"
            yield from _impersonal(ctx, sentence, cue_start, cue_end, cue_lemma, bare.start(1), None)
            return
        # "The group is expected to report ...": an impression with no source, as with "seem"
        known = _AS_OR_FOR.match(text, ce, s1) if cue_lemma == "know" else None  # (the particle may extend the cue)
        small_clause = cue_lemma in en.SMALL_CLAUSE_RAISERS and _BARE_COMPLEMENT.match(text, cue_end, s1)
        if cue_lemma in en.PASSIVE_RAISERS and (known or small_clause or _TO_OR_AS.match(text, cue_end, s1) or (
                _RAISED_BY_FIRST.match(text, cue_end, s1)) or deadline and _TO_OR_AS.match(text, deadline.end(), s1)):
            said = _TO_HAVE_VERB.match(text, cue_end, s1)
            if said is not None and lemma(said.group(1)) in en.THAT_VERBS and (
                    lemma(said.group(1)) in _SPEAKING_VERBS
                    or _INNER_REPORT_NEXT.match(text, clauses.skip_post_adjuncts(text, said.end(), s1), s1)):
                # "The minister is reported to have said that ...": her report, read from its own
                # verb; not "is understood to have agreed terms", whose verb takes a plain object
                return
            # "The winger has made six starts and is believed to be unhappy": the subject of the
            # predicate before, which the coordinated passive shares
            subject = (_COORDINATOR.search(text, max(s0, cue_start - 60), cue_start)
                       and sources.leading_subject(text, s0, cue_start, ctx.lexicon)) or _raised_subject(ctx, s0, cue_start, strong=True)
            if subject is not None:
                # "Lee is known for her candour": what she is known for, after the cue's "for"
                yield from _raising(ctx, sentence, subject, cue_start, max(known.end(), cue_end) if known else cue_end, cue_lemma)
        elif cue_lemma in _DECLARING_VERBS or form in en.NAMING_PARTICIPLES and cues.quoted_name(
                text, clauses.skip_post_adjuncts(text, cue_end, s1), s1):
            # "The fund will be dubbed “Clear Water”": the name given, quoted, is told with no source
            yield from _agentless_passive(ctx, sentence, cue_start, cue_end, cue_lemma)
        elif cue_lemma in en.AS_VERBS and _AS_SOON.match(text, cue_end, s1):
            # "He was described as newly serious", "The book is described on its cover as ...": an
            # impression with no source, as "is seen as" is
            subject = _raised_subject(ctx, s0, cue_start, strong=True)
            if subject is not None:
                yield from _raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma)
        elif ((lemma(form) != form or form.endswith(_PARTICIPLE_ENDINGS)) and cue_lemma not in _ASPECT_VERBS
              and cue_lemma not in _SIGHTING_VERBS and cue_lemma not in en.POSTING_VERBS
              and _PASSIVE_COMPLEMENT.match(text, ce, s1)):
            # (a thing posted "with" a caption or a claim, or shared "with" friends, is no one's impression)
            subject = _raised_subject(ctx, s0, cue_start, strong=True)
            if subject is not None:
                yield from _raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma, priority=_AGENTLESS_PRIORITY)
        return
    if (form.endswith("ed") and cue_start == cs and cue_end == ce and _PREMODIFIER_BEFORE.search(text, max(s0, cs - 16), cs, tokens.CONCURRENT)
            and _NOUN_AFTER.match(text, ce, s1)):
        return  # "only eight reported incidents", "the number of reported cases": a participle before its noun
    if form in ("state", "states") and (_STATE_NOUN_BEFORE.search(text, max(s0, cs - 16), cs)
                                         or _RELATIVE_CLAUSE_NEXT.match(text, ce, s1)):
        return  # "in states that ...", "Rust Belt states that have voted": the noun, no report
    if form in ("show", "shows") and _SHOW_COMPOUND.search(text, max(s0, cs - 16), cs):
        return  # "star of the reality show “Cake Boss”", "a TV show": a noun, no report
    if form.endswith("ing") and _STOPPED_SHORT.search(text, max(s0, cs - 12), cs):
        return  # "stopped short of blaming the referee": the blame held back, never said
    if cue_lemma in _NAMING_VERBS and form.endswith("ed") and cue_start == cs and _naming(text, s0, cs, ce, s1):
        return  # "from a group called Citizens for Lee": a name given, no report
    if cue_lemma in _NAMING_AS_VERBS and form.endswith("ed") and cue_start == cs and _named_as(text, s0, cs, ce, s1):
        return  # "held an event billed as “Hard Hats for Lee”": a name given, no report
    if form == "known" and _KNOWN_AS_APPOSITIVE.search(text, max(s0, cue_start - 24), cue_start) and _AS_NEXT.match(text, ce, s1):
        return  # "the Islamic State, also known as ISIS": another name, set off by commas
    if form == "known" and cue_start == cs and _AS_AFTER.match(text, ce, s1):
        return  # "a method known as fracking": a name given, as "a group called X" ("derisively known as" judges)
    referred = form == "referred" and _TO_AS.match(text, ce, s1) and COMMA_BEFORE.search(text, max(s0, cue_start - 4), cue_start)
    # (not after an object's relative: "what many people believed to be a mistake" is theirs; the
    # agent may come before the "to": "a man believed by police to be armed")
    raised = first.end(1) if form in _BELIEF_PARTICIPLES and (first := _RAISED_BY_FIRST.match(text, cue_end, s1)) else cue_end
    believed = form in _BELIEF_PARTICIPLES and _TO_BE_OR_HAVE.match(text, raised, s1) and not _OBJECT_RELATIVE_BEFORE.search(
        text, max(s0, cue_start - 48), cue_start, tokens.CONCURRENT)
    if (form in _BARE_PARTICIPLES or referred or believed) and (cue_start == cs or _adverbs_only(text, cue_start, cs)) and (
            referred or _AS_OR_TO_BE.match(text, raised, s1) or form == "known" and _AS_OR_FOR.match(text, ce, s1)):
        # "a developer known to be bullish", "a state seen as critical": a participle after its
        # noun, passive with no "be", an impression with no source as "is known to" is; an
        # adverb before it too ("piers derisively known as “rust buckets”")
        subject = _raised_subject(ctx, s0, cue_start, strong=True)
        if subject is not None:
            known = _AS_OR_FOR.match(text, ce, s1) if form == "known" else None
            yield from _raising(ctx, sentence, subject, cue_start, max(known.end(), cue_end) if known else cue_end, cue_lemma)
            return
    if form in _REDUCED_RAISERS and (cue_start == cs or _adverbs_only(text, cue_start, cs)) and _TO_OR_AS.match(text, cue_end, s1):
        # "Sales rose 4%, a pace expected to slow", "in a year expected to set a record": a participle
        # after a noun that is no clause's subject (an indefinite aside, a preposition's object) is
        # passive with no "be", an impression with no source ("Analysts expected to see" is theirs)
        subject = _reduced_relative_noun(text, s0, cue_start)
        if subject is None and cue_start == cs and headline(ctx, sentence):
            # "Quake toll expected to rise": a headline drops the "is" of its passive
            subject = _raised_subject(ctx, s0, cue_start, strong=True)
            subject = subject if subject is not None and subject[0] == s0 else None
        if subject is not None:
            yield from _raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma)
            return
    if form.endswith("ed") and cue_lemma != "ask" and _BY_AGENT.match(text, ce, s1, tokens.CONCURRENT) and (
            cue_start == cs or _adverbs_only(text, cue_start, cs)):
        if (cue_lemma != "quote" and (cue_lemma in en.THAT_VERBS or cue_lemma in en.PASSIVE_REPORTS)
                and cue_lemma not in en.PSYCH_VERBS and not _GERUND_AGENT.match(text, ce, s1)):
            # "the bill, opposed by House Republicans, ...", "an allegation rejected by two inquiries": the
            # participle's agent reports the noun it modifies
            yield from _passive_agent(ctx, sentence, cue_start, cue_end, _BY_AGENT.match(text, ce, s1).end(), cue_lemma,
                                      reduced=True)
        return  # "an order signed by the governor": a passive participle, its agent after "by"
    before = text[s0:cue_start].rstrip()
    listed = cue_lemma in en.INVERTING_VERBS
    if (not before and (listed or form.endswith("ed") and cue_lemma in en.THAT_VERBS) and cue_lemma != "ask"
            and m.group()[0].isupper() and not form.endswith("ing")):
        # "Said Comey, “...”", "Wrote Lee:" and her words below: the verb fronted before its speaker
        # (any verb of saying in its past: "Stated Lee: “...”"; the speaker and the quotation must follow)
        yield from _fronted_cue(ctx, sentence, cs, cue_end, cue_lemma)
        return
    # "Y," said X / "Y" said X
    if (before and (before[-1] in ",”\"’'" or _ends_quotation(ctx, s0, s0 + len(before))) and not form.endswith("ing")
            and (listed or _verb_after_speech(ctx, sentence, cue_start, form))
            and _inverted(ctx, cue_end, s1)
            and not (before[-1] == "," and _subject_with_appositive(ctx, s0, cue_start))
            and not (before[-1] == "," and _NOT_APPOSITIVE_BEFORE.search(text, max(s0, cue_start - 64), cue_start))
            and not _quoted_word_said(ctx, cue_end, s1)):
        content = _past_colon_lead(ctx, _past_headline_label(ctx, sentence, clauses.trim(text, s0, s0 + len(before))))
        end_src, rest = _source_end(ctx, cue_end, s1)
        src = sources.subject_after(text, cue_end, end_src, lex)
        # a verb seldom used so must have a speaker after it: "“...,” prompted a long debate" is none
        if src is None or content[1] <= content[0] or not (listed or sources.is_speaker(text, *src, lex)):
            return
        spans = [content]
        if rest and not _reports_between(ctx, src[1], end_src):
            spans.append(rest)
        spans += _quoted_paragraphs_after(ctx, sentence, spans[-1])
        relay = _outlet_relay(text, _INVERTED_RELAY.match(text, src[1], end_src, tokens.CONCURRENT), lex)
        if relay is None and (medium := _INVERTED_MEDIUM.match(text, src[1], end_src, tokens.CONCURRENT)) is not None:
            relay = vehicle_relay(ctx, medium.end(), end_src)
        yield candidate(ctx, sentence, [(cs, cue_end)], cue_lemma, spans, src, "core.inverted_cue.v2",
                         via=[relay] if relay else (), priority=40)
        return
    window = cues.opening_quotation_window(ctx, sentence)
    # sure of itself, or right after a quotation that opens the sentence
    strong = strength >= STRONG_CUE or window[0] <= cs < window[1]
    if form.endswith("ing") and _TITLE_HELD_AFTER.match(text, cue_end, s1):
        return  # "will face defending champion Ann Lee": a participle before a title held names its holder
    if form.endswith("ing") and (_opens_participle_clause(text, s0, cue_start) or _after_fronted_participle(text, s0, cue_start)
                                 and clauses.clause_comma(ctx, cue_end, s1) < s1):
        # "Noting that the pier was unsafe, Lee ...": a participle clause fronted before its subject
        # ("Holding signs calling Lee a fraud, the crowd ...": the participle on an object in that clause)
        comma = clauses.clause_comma(ctx, cue_end, s1)
        if comma < s1 and not text[s0:cue_start].strip() and gerund_subject(
                form, WORD.findall(text, cue_end, comma, False, tokens.CONCURRENT)):
            return  # "Bashing Trump has become a sport, Lee said": a gerund the subject of its own verb, no report
        if comma < s1:
            src = sources.leading_subject(text, s0, s1, lex)
            if src is not None and src[0] > comma:
                # "Citing “duties at home,” Lee ...": a quotation that closes on the comma is whole
                end = clauses.past_closing_mark(ctx, comma)
                yield from _participle(ctx, sentence, cue_start, cue_end, cue_lemma, end=end, src=src)
        return
    if form.endswith("ing") and not before.endswith(COMMA_ENDS) and _ANSWERED_BEFORE.search(
            text, max(s0, cue_start - 60), cue_start, tokens.CONCURRENT):
        return  # "did not respond to a voicemail asking about the case": the message's words, no answer
    if form.endswith("ing") and _adverbs_only(text, cue_start, cs) and before and (
        before.endswith(COMMA_ENDS) or before.rsplit(None, 1)[-1:] in _PARTICIPLE_LEADS or _clause_before(text, s0, cs)
        or _passive_before(text, s0, cs)
    ):
        # "X issued a statement, saying that Y": the source is the sentence's subject
        turn = _turn_start(text, s0, cue_start) if before.endswith("by") else (
            _reply_start(text, s0, cue_start) if before.endswith(",") else None)
        aside = before.endswith(",") and _aside_before_saying(ctx, sentence, cue_start, cue_end)
        for c in _participle(ctx, sentence, cue_start, cue_end, cue_lemma, aside=aside):
            if turn is not None and c.cue[0][0] == cue_start:
                c.cue[0] = (turn, c.cue[0][1])  # "Lee began by saying that Y": the turn and its means are one cue
            yield c
        return
    # (a bare form, or an auxiliary's, follows an infinitive's "to": "to say", "to have said"; "the experts we
    # spoke to said" has a stranded preposition)
    if (form == cue_lemma or cue_start < cs) and (infinitive := _INFINITIVE.search(text, max(s0, cue_start - 6), cue_start, tokens.CONCURRENT)) and (
            not _contact_clause_before(ctx, s0, infinitive.start() + len("to"))):
        if _TERMS_BEFORE_TO.search(text, max(s0, cue_start - 80), cue_start):
            return  # "spoke on condition of anonymity to discuss the talks": the terms of a report, not one
        # "X took to Twitter to say that Y": the subject of the sentence reports, or the
        # pronoun that opens the clause the infinitive is in ("..., but she continued to say")
        near = _CLAUSE_PRONOUN.search(text, max(s0, cue_start - 60), cue_start)
        clausal = None if near else (_adverbial_clause_subject(ctx, s0, cue_start)
                                     or _absolute_before_infinitive(ctx, sentence, cue_start))
        src = near.span(1) if near else clausal or _subject_with_its_phrase(
            ctx, s0, sources.leading_subject(text, s0, cue_start, lex), cue_start)
        if (caused := _CAUSED_OBJECT.search(text, max(s0, cue_start - 80), cue_start, tokens.CONCURRENT)) is not None:
            # "The vote prompted Lee to say ...": the one caused to report, not the cause
            obj = clauses.trim(text, *caused.span(1))
            if text[obj[0]:obj[1]].lower() not in en.OBJECT_PRONOUNS:  # ("led her to say": the pronoun)
                obj = sources.subject(text, caused.start(1), caused.end(1), lex, strong=True)
            if obj is not None and obj[0] == caused.start(1):
                src = obj
            else:
                caused = None  # ("pushed hard to say": no object, the subject's own verb)
        if _TOLD_BEFORE_TO.search(text, max(s0, infinitive.start() - 40), infinitive.start()):
            # "Staff have been told to expect delays", "Residents were urged to say nothing": the
            # subject was bidden, and reports nothing
            return
        if _EXPLETIVE_BEFORE_TO.search(text, max(s0, cue_start - 40), cue_start):
            # "It is too soon to say whether ...", "it's safe to say": no one reports, whatever
            # subject opens the sentence ("Lee, meanwhile, leads - though it's fair to say ...")
            return
        if src is not None:
            # a headline's plan, "Union to endorse Lee": the cue takes in its "to", as "is to endorse" would
            lead = infinitive.start() if cues.planned_in_headline(ctx, m) else _catenative_lead(text, s0, cue_start)
            if clausal is not None and caused is None:
                # ("where crews gather to discuss": the clause's verb is no part of the cue, but a
                # catenative is: "though voters continue to express")
                lead = infinitive.start() if lead == cue_start else lead
            elif caused is None:
                lead = _predicate_start(text, src, infinitive.start() if lead == cue_start else lead)
            elif lead == cue_start:
                lead = infinitive.start()  # ("prompted Lee in May to say": the cue opens at its "to")
            yield from _forward(ctx, sentence, src, cs, lead, cue_end,
                                clauses.skip_post_adjuncts(text, cue_end, s1), form, cue_lemma, rule="core.infinitive.v2")
        return
    # only a sure cue makes a relative clause a report ("who claimed that", not "which published")
    if cue_lemma == "ask" and (cue_start == clauses.skip_space(text, s0, cue_start)
                               or _BARE_ASKED.search(text, max(s0, cue_start - 12), cue_start)
                               and not (before.endswith(",") and _appositive_before(ctx, s0, cue_start))):
        asked = list(_asked(ctx, sentence, cue_start, cue_end))
        if asked or cue_start == clauses.skip_space(text, s0, cue_start) or not before.endswith(","):
            yield from asked
            return
        # "Texas, leading a coalition of states, asked a judge to ...": no question follows, the
        # comma closes an aside, and "asked" is the subject's own verb
    if cue_lemma == "add" and _ADDED_COUNT.match(text, cue_end, s1):
        return  # "added a second from the spot", "added 12 points": a score or sum grown, no report
    if cue_lemma == "appear" and _SHOWING_UP.match(text, cue_end, s1):
        return  # "She appeared before the committee": she came, no impression and no report
    if cue_lemma in _SENSE_VERBS and _SENSED_COMPLEMENT.match(text, ce, s1):
        # "The plan sounds reasonable", "Lee looks much weaker", "It sounds like a tax": how
        # the subject strikes the writer, an impression with no source, as "seems" is
        subject = _raised_subject(ctx, s0, cue_start, strong)
        if subject is not None:
            yield from _raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma)
        return
    if cue_lemma in en.RAISING_VERBS and not _reporting_infinitive(ctx, cue_end, s1):
        # "X seemed certain to leave": an impression; but "X seemed to imply that Y"
        # is X's report, read as "X implied" is (see _forward's catenative)
        subject = _raised_subject(ctx, s0, cue_start, strong)
        if subject is not None:
            yield from _raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma)
            return
    # (a paper's relative clause reports whatever its verb's weight: "an ad in Ohio that claims ...")
    papers = None if strong else cues.document_relative(text, sentence, m)
    relative = _RELATIVE.search(text, max(s0, cue_start - 32), cue_start, tokens.CONCURRENT) or (
        _RELATIVE_THAT.search(text, max(s0, cue_start - 40), cue_start, tokens.CONCURRENT)
        if _QUOTATION_NEXT.match(text, cue_end, s1) else None) or (
        RELATIVE_BEFORE.search(text, max(s0, cue_start - 8), cue_start) if papers else None)
    if relative and not strong and relative.group(1) != "who" and cue_lemma not in cues.STANCE_VERBS and not papers:
        # a person's "who thinks", but not an unsure "which published"; a stance is taken
        # by a group too: "the union, which opposes the toll"
        relative = None
    if relative:
        src = (relative.start(1), relative.end(1))
    elif _THEN_COORDINATED.search(text, max(s0, cs - 16), cs, tokens.CONCURRENT) and not ctx.layout.inside_quote(cs):
        src = None  # the coordinated verb's, below
    elif (headed := _headline_predicate_subject(ctx, sentence, cs)) is not None:
        # "Court pulls up state over delays, says ...": a headline's second predicate, after a comma,
        # is its subject's, not the object's before the comma
        yield from _forward(ctx, sentence, headed, cs, cue_start, cue_end, clauses.skip_post_adjuncts(text, cue_end, s1),
                            form, cue_lemma, rule="core.coordinated_cue.v2")
        return
    elif (serial := _serial_subject(ctx, sentence, cs, cue_end, form)) is not None:
        # "Lee mocked the crews, called the pier “a wreck” and left": a middle item of a series of
        # predicates, the series' subject, not the object before its comma
        yield from _forward(ctx, sentence, serial, cs, cue_start, cue_end, clauses.skip_post_adjuncts(text, cue_end, s1),
                            form, cue_lemma, rule="core.coordinated_cue.v2")
        return
    else:
        src = sources.subject(text, s0, cue_start, lex, strong=strong)
        if src is not None and sources.after_means(text, s0, src):
            src = None
        if src is not None and _modifier_for_subject(ctx, src, cue_start, form):
            return  # "repeated the false claim that ...": the noun a modifier takes, no verb of a subject
        if src is not None:
            src = _head_before_relative(ctx, sentence, src) or src
        if src is None and window[0] < cs:
            src = _subject_after_quotation(ctx, window[0], cue_start, strong)
        if src is None:
            src = headline_bare_subject(ctx, sentence, cue_start)  # "Trains will be cancelled, operator says"
    if src is not None and not relative:
        src = _name_after_gap_head(text, src, cue_end, s1)  # "The plan [Lee] announced would cost ..."
        if _predicate_after_gap(text, s0, src, cue_end, s1):
            return  # "Photographs he posted showed ...": a relative clause on the noun before its subject
    if src is None and not relative and not strong and (cue_lemma in en.THAT_VERBS or cue_lemma in en.HEARER_VERBS):
        src = _trailing_subject(ctx, sentence, cue_start, cue_end)
    if src is None and not relative and window[0] <= cs < window[1] and (
            cue_lemma in en.THAT_VERBS or cue_lemma in en.INVERTING_VERBS):
        # "“Y,” From said": a name the walk reads as a word of another class, alone after the quotation
        whole = clauses.trim(text, window[0], cue_start)
        words = list(WORD.finditer(text, *whole))
        if words and len(words) <= 4 and all(w.group()[0].isupper() for w in words) and text.find(",", *whole) < 0:
            src = whole
    if src is not None and not relative and window[0] < src[0] and window[0] <= cs < window[1] and (
            cue_lemma in en.THAT_VERBS or cue_lemma in en.INVERTING_VERBS):
        # "“Y,” Fight for $15 organizer Ann Lee told ...": a subject the walk read only in part, right
        # after the quotation; all the words between, when a capital opens them and no comma parts them
        gap = clauses.trim(text, window[0], src[0])
        if gap[1] > gap[0] and text[gap[0]].isupper() and text.find(",", gap[0], gap[1]) < 0 and all(
                w.group()[0].isupper() or w.group()[0].isdigit() or w.group() in _NAME_LINKS
                for w in WORD.finditer(text, gap[0], gap[1])):
            src = (gap[0], src[1])
    if relative:
        before = len(text[s0:relative.start(1)].rstrip(" ,")) + s0
        # (a paper's noun, not a place after it: "an ad in Ohio which")
        antecedent = sources.antecedent(text, s0, papers[1] if papers else before, lex, person=relative.group(1) == "who")
        if relative.group(1) == "which" and antecedent is not None and _sentential_which(text, s0, antecedent):
            return  # "The plan was approved, said Lee, which surprised many": the clause, no speaker
        if relative.group(1) == "which" and antecedent is None and _after_trailing_aside(text, s0, before):
            return  # "Prices will rise, Lee said, which suggests ...": the report, no speaker
        for c in _forward(ctx, sentence, src, cs, cue_start, cue_end, clauses.skip_post_adjuncts(text, cue_end, s1),
                          form, cue_lemma):
            if antecedent is not None:
                c.refers_to, c.refers_kind = antecedent, sources.kind(text, *antecedent, lex)
                if relative.group(1) == "who" and c.refers_kind in _THING_KINDS:
                    # "who" is said of people: "a figure who can argue ..." is a person's, not a number's
                    c.refers_kind = "person"
                elif relative.group(1) == "which" and c.refers_kind == "person":
                    # "which" is said of no person: "said Vexa, which makes chips" is a body's
                    c.refers_kind = sources.which_body(text[antecedent[0]:antecedent[1]])
                c.source_kind = c.refers_kind
            yield c
        return
    if src is None:
        if not _COORDINATOR.search(text, max(s0, cue_start - 60), cue_start) and not _THEN_COORDINATED.search(
                text, max(s0, cs - 16), cs, tokens.CONCURRENT):
            return
        # a bare verb shaped as a stance ("... and warn that Y", as against "... and eager to") reports
        # only with a subject to share and no infinitive to continue ("has time to step up and show")
        bare = _stance_adjective(text, cs, s1)
        if bare and not _present_verb(ctx, form) or bare and _INFINITIVE_AND.search(text, max(s0, cue_start - 60), cue_start):
            return
        if _past_form(form) and _passive_hearer(text, cue_lemma, cue_end, s1) and _PASSIVE_CONJUNCT.search(
                text, max(s0, cue_start - 80), cue_start, tokens.CONCURRENT):
            # "The skipper was fined and told he must ...": a participle coordinated with a passive
            # is passive too; its subject was told, and who told it goes unsaid
            yield from _forward(ctx, sentence, None, cs, cue_start, cue_end, clauses.skip_post_adjuncts(text, cue_end, s1),
                                form, cue_lemma, rule="core.coordinated_cue.v2")
            return
        # "... and said that Y": the source of the verb before; resolution fills it in
        # ("Lee, who saw the crash and described it": the relative pronoun, whose clause holds both verbs)
        shared = (_perfect_clause_subject(ctx, sentence, cue_start, form)
                  or _relative_pronoun_subject(ctx, sentence, cue_start, aside=True)
                  or _coordinated_clause_subject(ctx, sentence, cue_start, joined=True)
                  or _subject_after_last_comma(ctx, sentence, cue_start)
                  or sources.leading_subject(text, _past_open_mark(text, s0, cue_start), cue_start, lex)
                  or _subject_before_semicolons(ctx, sentence, cue_start)
                  or _subject_of_first_past(ctx, sentence, cue_start))
        hearing = HEARING_LEADS.match(text, s0, cue_start)
        if hearing is not None and (shared is None or shared[0] < hearing.end()):
            # "The court heard that Lee followed Roe home and attacked him": the evidence goes on,
            # no act of the court's, which only heard
            return
        if bare and (shared is None or cue_start == cs and not _plural_subject(text, shared)):
            # "Lee ... and feel that Y": no singular subject takes the bare present (but "... but did note")
            return
        if (nor := _NOR_BEFORE.search(text, max(s0, cue_start - 8), cue_start)) is not None:
            # "Lee neither confirmed the report nor denied that Y": the "nor" negates the verb, as
            # "did not" does, and is the cue's (a denial negated is none)
            cue_start = nor.start()
        yield from _forward(ctx, sentence, shared, cs, cue_start,
                            cue_end, clauses.skip_post_adjuncts(text, cue_end, s1), form, cue_lemma,
                            rule="core.coordinated_cue.v2")
        return
    after = clauses.skip_post_adjuncts(text, cue_end, s1)
    tail = text[after:s1].strip(clauses.CLOSE_PUNCT + "\"”’')")  # ")": a sentence in brackets
    if not tail and cue_lemma in en.INVERTING_VERBS and not text[s0:src[0]].strip():
        below = quotation_after_sentence(ctx, sentence)
        if below is not None:
            # "Roe, the harbour master, disagreed. “It is rotten.”": a verb that ends its
            # sentence speaks the quotation that follows it in the paragraph
            yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, list(below.parts), src,
                             "core.colon_lead.v2", priority=60)
            return
    # "told the Ledger", "said in an interview with the Ledger": who heard it, read once for both readings below
    # (no hearer after a particle the cue took: "warned of | a strike" names what it warned of)
    relay = (HEARER.match(text, cue_end, s1) if cue_end == ce or cues.takes_platform(text, ce, cue_end) else None) if (
        cue_lemma in _HEARER_FIRST) else _WITH_OUTLET.match(text, _past_interview_occasion(text, cue_end, s1), s1, tokens.CONCURRENT)
    if relay is None and cue_lemma == "tell" and cue_end == ce:
        # "Y, the chief executive told analysts on a call.": a bare plural after "told" is whom it
        # was told to (the clause that would follow it, "told suppliers it would pay", is read below)
        relay = _BARE_PLURAL.match(text, cue_end, s1)
    # "..., X said in a statement carried by WAM.": the outlet that carried the statement
    # (or in an aside: "..., X said, in comments carried by Xinhua.")
    carried = (vehicle_relay(ctx, cue_end, s1) or text.startswith(",", cue_end) and _carried_aside(ctx, cue_end, s1)
               or None) if relay is None and tail else None
    hearer = relay if tail else None
    if hearer:
        # "“Y,” X told the Ledger on Monday.", "“Y,” X said in an interview with the Ledger.": the
        # hearer or the outlet ends the sentence
        past = clauses.skip_post_adjuncts(text, hearer.end(), s1)
        if not text[past:s1].strip(clauses.CLOSE_PUNCT + "\"”’'"):
            after, tail = past, ""
        elif (more := _MORE_HEARERS_TO_END.match(text, past, s1, tokens.CONCURRENT)) is not None and not _THAT.match(
                text, clauses.skip_post_adjuncts(text, more.end(), s1), s1):
            # (not before a "that", where the report goes on: "told Reuters and the BBC on Monday that")
            after, tail = more.end(), ""  # "“Y,” X told Reuters and CNN.", "Y, X told reporters and analysts."
    elif carried is not None and not text[carried[1]:s1].strip(clauses.CLOSE_PUNCT + "\"”’'"):
        after, tail = carried[1], ""
    lead_end = text[s0:src[0]].rstrip()
    dash = _QUOTE_DASH_END.search(lead_end, max(0, len(lead_end) - 6))
    if dash and ctx.layout.inside_quote(clauses.skip_space(text, s0, s1)) and _ends_quotation(
            ctx, s0, s0 + dash.start() + 1):
        # "“Y” – X said.": a dash, not a comma, between a quotation that opens the sentence and its speaker
        lead_end = lead_end[:dash.start() + 1]
    occasion = (_OCCASION_TO_END.match(text, hearer.end() if hearer else after, s1, tokens.CONCURRENT)
                or _CITING_TO_END.match(text, hearer.end() if hearer else after, s1)
                # "Y, X said in a filing with the Securities and Exchange Commission.": the name read as
                # an outlet stopped short at its "and"; the whole phrase from the cue is the occasion
                or (_OCCASION_TO_END.match(text, after, s1, tokens.CONCURRENT) if hearer is not None else None)
                ) if tail and lead_end.endswith(COMMA_ENDS) else None
    if occasion is None and tail and hearer is None and cue_lemma in en.INVERTING_VERBS and lead_end.endswith(COMMA_ENDS) and (
            manner := _MANNER_ADVERB.match(text, after, s1)) is not None and (
            occasion := _OCCASION_TO_END.match(text, manner.end(), s1, tokens.CONCURRENT)) is not None:
        # "Y, X said quietly on Monday.": the adverb is a verb of saying's, as at the sentence's end
        # ("X said quietly."), and the occasion after it ends the sentence (not "So far, they have
        # sided overwhelmingly with Lee": a verb of taking sides and its object)
        cue_end = manner.end()
    after_quote = _ends_quotation(ctx, s0, s0 + len(lead_end)) and (
        ctx.layout.inside_quote(clauses.skip_space(text, s0, s1))
        # "Lee was blunt: “Y,” she recounted in her memoir.": a quotation a colon opened
        or _opened_after_colon(ctx, s0, s0 + len(lead_end))
    )
    if after_quote and tail and _TITLE_END.search(lead_end, max(0, len(lead_end) - 2)) and not _spoken_quotation(
            ctx, s0, s0 + len(lead_end), src):
        # "“Daily Show” host Lee on Monday showed that ...": a title quoted before its noun, a
        # word and no mark of speech at its end, is part of the subject, not words it trails
        after_quote = False
    if (occasion is None and tail and lead_end.endswith(COMMA_ENDS) and not (hearer or after_quote)
            and cues.takes_platform(text, ce, cue_end) and not fronted_adverbial(text, *clauses.trim(text, s0, s0 + len(lead_end) - 1))):
        # (not after a fronted adverbial: "On Monday, the board said in a statement that Y" has its report after)
        # "Y, X said in a video message to the convention.": the platform the cue took in
        # ("in a video") is the start of a longer occasion, which the cue gives back
        occasion = _OCCASION_TO_END.match(text, ce, s1)
        if occasion is not None:
            cue_end = ce
    forward = cue_end, after, tail  # the cue and what follows it before an occasion is read to the end
    if occasion is not None:
        after, tail = occasion.end(), ""  # "Y, X said at a rally in Ohio.": the occasion ends the sentence
    if tail and not after_quote and (aside := _dashed_quotation(ctx, s0, s0 + len(lead_end), after, s1)) is not None:
        # "Lee doubted the plan - “It is a mess,” she said - and left.": a quotation and its
        # speaker set off by dashes inside a sentence of the writer's; the quotation alone is hers
        yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [aside], src, "core.trailing_cue.v2", priority=40)
        return
    if form in ("quoted", "cited") and tail and lead_end.endswith(COMMA_ENDS) and (
            relayed := _quoted_after_quotation(ctx, sentence, src, cue_start, cue_end, (s0, s0 + len(lead_end)))):
        yield relayed  # "“Y,” IRNA quoted him as saying.": his words, IRNA's relay
        return
    colon_lead = text[after:s1].lstrip().startswith(":")  # "In his post, Lee wrote:": what follows is his
    # "Y, X believe — a risk she will need to weigh.": a dash after the cue sets off the writer's comment
    dashed = tail and lead_end.endswith(",") and not after_quote and _DASH_AFTER_CUE.match(text, after, s1) is not None
    if lead_end and not colon_lead and (not tail or dashed or _TRAILING_LEAD.match(text, after, s1, tokens.CONCURRENT) or after_quote):
        # "Y, X said." or "Y, X said, as per Z." or "“Y,” X said after ..."
        if not (lead_end.endswith((",", "”", '"', "’", "'")) or after_quote):
            as_start = _as_clause_start(text, s0, src, cue_lemma, cue_end)
            if as_start is not None and text[s0:as_start].rstrip().endswith(COMMA_ENDS):
                # "The pier is unsafe, as Lee noted."
                yield from _as_clause_after(ctx, sentence, src, [(cue_start, cue_end)], cue_lemma, as_start, after)
            elif (wh := _wh_object(ctx, sentence, src)) is not None and not ctx.layout.inside_quote(wh[0]):
                # "... the toll, which most fishermen opposed.": the pronoun is the cue's object, all its content
                yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [wh], src, "core.said_that.v2", priority=60)
            elif (gap := _gapped_head(ctx, sentence, src)) is not None:
                # "... a levy the board opposed on the radio.": nothing but adjuncts follows the cue,
                # so the head of the relative clause with no pronoun is its object, all its content
                yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [gap], src, "core.said_that.v2", priority=60)
            return
        content = _past_colon_lead(ctx, _past_headline_label(ctx, sentence, clauses.trim(text, s0, s0 + len(lead_end))))
        cited = _CITATION_AT_END.search(text, content[0], content[1])
        if cited is not None:
            content = (content[0], cited.start())  # "“Y” (The Planet, 2019), X said.": where it ran, not what was said
        if content[1] <= content[0]:
            return
        spans = [*_carried_parts_before(ctx, content[0]), content]
        rest_end, rest = _source_end(ctx, cue_end, s1)
        if rest and not _reports_between(ctx, cue_end, rest_end) and not _another_speaker(ctx, cue_end, rest[1]):
            # "“Y,” she said, “Z”", not "..., adding, “Z”" nor "..., though he said, “Z”" nor "..., but
            # “Z,” said Lee": that is a report of its own
            spans.append(rest)
        if len(spans) == 1 and fronted_adverbial(text, *content):
            # "Then, she apologized.", "In 1848, the Whigs went ...": the verb is the sentence's own,
            # and its report follows it if any ("Meanwhile, a panel reported in a journal that ...")
            if forward[2]:
                yield from _forward(ctx, sentence, src, cs, cue_start, forward[0], forward[1], form, cue_lemma)
            return
        spans += _quoted_paragraphs_after(ctx, sentence, spans[-1])
        if len(spans) == 1 and _ASKED_LEAD.match(text, *content):
            return  # "Asked whether ..., the captain shrugged.": the question is the asking's content
        via = _trailing_via(ctx, after, s1)
        if cited is not None and sources.kind(text, *cited.span(1), lex) == "outlet":
            via.append(cited.span(1))
        named = _outlet_relay(text, relay, lex) or (carried if not tail else None)
        if named and named not in via:
            via.insert(0, named)  # "“Y,” X told The Planet.", "“Y,” X said in an interview with The Planet."
            if (also := _second_outlet_hearer(ctx, cue_lemma, named[1], s1)) is not None and also[0] not in via:
                via.insert(1, also[0])  # "“Y,” X told Reuters and the BBC."
        yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, spans, src, "core.trailing_cue.v2", via=via, priority=40)
        return
    split = _comma_past_report(text, relay, after, s1)
    rest_text = text[split:s1].lstrip()
    if rest_text.startswith(",") and text[s0:src[0]].rstrip().endswith(COMMA_ENDS) and not (
        rest_text[1:].lstrip()[:1] in ("“", '"', "‘") and not ctx.layout.inside_quote(s0)
        and text[s0:s0 + 1] not in ("“", '"', "‘")
    ):
        # "Y, X said, Z."
        lead = _after_report_before_dash(ctx, sentence, clauses.trim(text, s0, src[0]))
        relative_start, opener = _relative_lead(text, *lead)
        rest_end = clauses.content_end(ctx, split + 1, s1)
        if relative_start > lead[0]:
            # "the bridge, which, they say, will fail, is ...": the aside's relative clause ends at
            # its own comma, dash or bracket
            lead = (relative_start, lead[1])
            close = text.find(")", split + 1, rest_end) if opener == "(" else -1
            rest_end = close if close >= 0 else clauses.clause_break(ctx, split + 1, rest_end)
        rest = clauses.trim(text, split, rest_end)
        if lead[1] > lead[0] and rest[1] > rest[0]:
            named = _outlet_relay(text, relay, lex) if split != after else None
            via = [named] if named else []
            # "Y, X said, adding that Z": Z is the participle's report, not more of this one
            opener = WORD.match(text, *rest)
            # but not "Y, X said, imposing Z" (a gerund or participle that goes on with Y), nor "Y, she
            # said, but “Z,” said Lee": Z has a speaker of its own
            adding = opener and opener.group().endswith("ing") and ctx.lexicon.cue_prior(opener.group()) >= _PARTICIPLE_CUE_PRIOR
            # nor "Y, X said, speaking on condition of anonymity": the terms X spoke on
            comma = text.find(",", split, rest[0])
            adding = adding or comma >= 0 and sources.anonymous_after(text, comma)
            # nor "Y, X said, which suggests Z": a "which" right after the aside says something of the
            # whole report, the writer's comment (as after "said Lee, which": _sentential_which)
            adding = adding or _WHICH_OPENING.match(text, *rest) is not None
            spans = [lead] if adding or _another_speaker(ctx, *rest) or _coordinated_report(text, *rest) else [lead, rest]
            last = text[lead[0]:lead[1]].rsplit(None, 1)
            if (len(last) == 2 and last[1].lower() in en.SUBORDINATORS
                    and text[src[0]:src[1]].lower() in en.SUBJECT_PRONOUNS):
                # "Lee lamented the days when, he said, the pier was full": the pronoun's aside
                # repeats the report around it, which goes on through the aside
                return
            coordinator = _COORDINATOR_LEAD.search(text, max(lead[0], lead[1] - 12), lead[1])
            if len(spans) == 2 and coordinator and coordinator.start() > lead[0]:
                # "Lee backed the plan to win votes and, she argued, to calm the region": the aside
                # reports only the coordinated part after it, not the clause before the "and"
                spans = [rest]
            elif len(spans) == 1 and fronted_adverbial(text, *lead):
                return  # "Weighing in, Lee agreed, praising ...": the verb is the sentence's own
            elif (len(spans) == 2 and _SENTENCE_QUOTED.match(text, rest[0], rest[1]) and text[lead[0]:lead[1]].lower() not in _BARE_COORDINATORS
                  and (clauses.fronted_phrase(text, *lead) or fronted_adverbial(text, *lead)
                       and not clauses.opens_with_subordinator(text, *lead))):
                # "In addition, she said, ''Y''", "Instead, he wrote, ''Y''": a quotation that opens a
                # sentence alone is the speaker's words, the time or link fronted before the aside the
                # writer's (one in lower case goes on from it: "In other words, he said, ''the ...''")
                spans = [rest]
            yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, spans, src, "core.trailing_cue.v2",
                             via=via, priority=40)
            return
    yield from _forward(ctx, sentence, src, cs, cue_start, cue_end, after, form, cue_lemma)


_BARE_COORDINATORS = frozenset("and but so yet".split())

# a "which" that opens what follows a trailing cue's aside: a comment on the whole report
_WHICH_OPENING = regex.compile(r"which\b")

# the last mark that sets a phrase off after a clause (clauses.SETTING_OFF), read from the end
_LAST_SETTING_OFF = regex.compile(r"(?:" + clauses.SETTING_OFF + r")", regex.REVERSE)


def _after_report_before_dash(ctx: Context, sentence: Sentence, lead: tuple[int, int]) -> tuple[int, int]:
    """The part of an aside's lead after its last dash, semicolon or comma and coordinator
    when a verb of saying stands before that mark, whose report the part before it is: "Roe
    said the toll was fair — no different, he said, from the old one", "Roe said the toll
    was fair, and the fee, he said, would fall" (the aside's leads are "no different", "the
    fee"); else the lead."""
    text = ctx.text
    mark = _LAST_SETTING_OFF.search(text, lead[0], lead[1])
    if mark is None or mark.start() <= lead[0]:
        return lead
    if not any(lemma(m.group().lower()) in en.THAT_VERBS for m in cues.cue_words(ctx, sentence) if lead[0] <= m.start() < mark.start()):
        return lead
    after = clauses.trim(text, mark.end(), lead[1])
    return after if after[1] > after[0] else lead


# a quotation that opens a sentence of its own: its opening mark (two apostrophes standing for one), then a capital
_SENTENCE_QUOTED = regex.compile(r"(?:[“\"‘]|'')\p{Lu}")

# a lead that ends in a coordinator: "... and, she argued, ...", "... but also, he said, ..."
_COORDINATOR_LEAD = regex.compile(r"(?<!\S)(?:and|but|or|yet)(?:\s+also)?$", regex.IGNORECASE)

# a lead that ends in a relative pronoun after a mark that opens its phrase: "..., which",
# "(the cost of which", "-- fees that": the words the aside cuts into start there
_RELATIVE_LEAD = regex.compile(r"(?:^|[,;(—–]|\s-{1,2})\s*((?:[^\s,;()—–]+\s+){0,5}?(?:which|who|whom|that))$",
                               regex.IGNORECASE)


def _relative_lead(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the words before a parenthetical cue ("Y, X said, Z") begin, when
    they end in a relative pronoun, and the mark that opens them: "the dam,
    which, engineers say, will fail" reports "which ... will fail", not the
    clause the pronoun hangs on; else ``start`` and no mark."""
    m = _RELATIVE_LEAD.search(text, max(start, end - 80), end)
    if m is None or m.start(1) <= start:
        return start, ""
    return m.start(1), text[m.start():m.start(1)].strip()[:1]


# the lower-case words a name of an organisation may hold ("Fight for $15", "Friends of the Earth")
_NAME_LINKS = frozenset("of for the and on at in to".split())


def _trailing_subject(ctx: Context, sentence: Sentence, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """The subject of a verb of saying that trails its report, weak where it
    stands: "Y, the engineer warned." A comma before the subject and nothing
    but adjuncts after the cue make the frame sure, whatever noun heads the
    subject."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if text[clauses.skip_post_adjuncts(text, cue_end, s1):s1].strip(clauses.CLOSE_PUNCT + "\"”’')"):
        return None
    src = sources.subject(text, s0, cue_start, ctx.lexicon, strong=True)
    if src is None or not text[s0:src[0]].rstrip().endswith(COMMA_ENDS):
        return None
    return src


def _subject_after_quotation(ctx: Context, close: int, cue_start: int, strong: bool) -> tuple[int, int] | None:
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


# A fronted clause of a question put to the subject: "Asked whether ...", "Pressed on ..."
_ASKED_LEAD = regex.compile(r"(?:asked|pressed|questioned)\b", regex.IGNORECASE)

# the means a report was made by, right after its cue or hearer: "told Reuters by telephone"
_MEANS_OF_SAYING = regex.compile(
    r"[^\S\n]+(?:by[^\S\n]+(?:tele)?phone|by[^\S\n]+e-?mail|by[^\S\n]+text(?:[^\S\n]+message)?"
    r"|over[^\S\n]+the[^\S\n]+(?:tele)?phone|via[^\S\n]+(?:video[^\S\n]+link|e-?mail))\b",
    regex.IGNORECASE,
)

# a clause of time after a verb that takes no reported clause: its adjunct, no content ("Lee
# smiles when asked", "The mayor shrugged before leaving"); "before", "after" and "until" open one
# only before a subject or a participle, else they are prepositions ("decided after a long
# inquiry not to ...", "has gone after Lee as ...": the verb's own phrase)
_TIME_CLAUSE_OPENS = regex.compile(
    r"(?:when|whenever|while|once)\b|(?:before|after|until)\s+(?:he|she|they|I|we|it|you|this|[a-z]+ing)\b")

# the participles of verbs of "X as Y" that are never a past ("seen", not "viewed"): alone, with no
# auxiliary, a passive cut short, as headlines write it ("Oil seen rising as supply tightens")
_BARE_PASSIVE_PARTICIPLES = frozenset(["seen"])
# ... and a perfect's auxiliary before one, an adverb perhaps between, that makes it active: "We’ve
# seen this as ...", "they have long seen it as ..."
_PERFECT_AUXILIARY_BEFORE = regex.compile(
    r"(?:\b(?:have|has|had|having)|[’']ve|[’']d)(?:[^\S\n]+\p{L}+)?[^\S\n]+\Z", regex.IGNORECASE)

# (but a verb of memory takes the time as its object: "She remembers when soldiers came")
_MEMORY_VERBS = frozenset(["remember", "recall", "recollect", "forget", "reminisce", "wonder", "imagine"])


def _quoted_person(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The one quoted between "quoted" and its "as saying" ("quoted the minister as saying"):
    the subject the walk reads there, or all the words between, less an adverb before them."""
    text = ctx.text
    return _strip_leading_adverb(text, *(sources.subject(text, start, end, ctx.lexicon) or clauses.trim(text, start, end)))


def _quoted_after_quotation(ctx: Context, sentence: Sentence, src, cue_start: int, cue_end: int,
                            lead: tuple[int, int]) -> Candidate | None:
    """"“Y,” state news agency IRNA quoted him as saying.": the quotation before the outlet is
    the words of the one it quoted, the outlet their relay; None when no "as saying" ends the
    sentence after the cue."""
    text, s1 = ctx.text, sentence.end
    m = _AS_SAYING.search(text, cue_end, s1)
    # (a time or place may follow: "as saying on Sunday.")
    if m is None or text[clauses.skip_post_adjuncts(text, m.end(), s1):s1].strip(clauses.CLOSE_PUNCT + "\"”’'"):
        return None
    quoted = _quoted_person(ctx, cue_end, m.start())
    content = clauses.trim(text, *lead)
    if quoted[1] <= quoted[0] or content[1] <= content[0]:
        return None
    return candidate(ctx, sentence, [(cue_start, cue_end)], "quote", [content], quoted, "core.quoted_as.v2",
                      via=[src], priority=30)


# "It says a lot that ...", "It tells you something about her that ...": an expletive "it" whose
# "that" clause, after a quantity, is the subject that tells it (not a relative clause on the
# quantity: "it said much that was new")
_TELLING_OF_IT = frozenset(["say", "tell", "speak"])

_QUANTITY_THEN_THAT = regex.compile(
    r"\s+(?:(?:you|us)\s+)?(?:a\s+lot|a\s+(?:great|good)\s+deal|something|much|little|plenty|volumes|nothing|everything)"
    r"(?:\s+about\s+[^,;:.“”\"\n]{1,60}?)?\s+that\s+(?!(?:is|was|are|were|has|had|have|would|could|will|can|should|might"
    r"|may|must|did|does|do|makes?|made)\b)", regex.IGNORECASE)


def _forward(ctx, sentence, src, cs, cue_start, cue_end, after, form, cue_lemma, rule="core.said_that.v2") -> Iterator[Candidate]:
    """Content after the cue: "X said (that) Y", "X told Z (that) Y", "X said: Y"."""
    text = ctx.text
    s1 = sentence.end
    via: list[tuple[int, int]] = []
    cue = [(cue_start, cue_end)]
    pos = after
    # ("cited Lee as saying" as "quoted" is; "cited a report" is read below)
    if form == "quoted" or form == "cited" and _AS_SAYING.search(text, pos, s1) is not None:
        m = _AS_SAYING.search(text, pos, s1)
        if not m:
            return
        quoted = _quoted_person(ctx, pos, m.start())
        if quoted[1] <= quoted[0]:
            return
        start = m.end()
        # "as saying in one message that Y", "as saying that Y": where it was said and the "that" open no words
        if (said := _PLACE_THEN_THAT.match(text, start, s1) or _THAT.match(text, start, s1)) is not None:
            start = said.end()
        content = clauses.trim(text, start, clauses.content_end(ctx, start, s1))
        if content[1] <= content[0]:
            return
        # the verb alone is the cue, as annotators give it: "as saying" only introduces the words
        # quoted, whose speaker stands between ("The Ledger quoted Lee as saying ...")
        yield candidate(ctx, sentence, [(cue_start, cue_end)], "quote", [content], quoted, "core.quoted_as.v2", via=[src], priority=30)
        return
    lemma_ = cue_lemma
    if src is not None and lemma_ in _TELLING_OF_IT and text[src[0]:src[1]].lower() == "it" and _QUANTITY_THEN_THAT.match(
            text, pos, s1, tokens.CONCURRENT):
        return  # "It says a lot that the mayor stayed away": the clause after "that" says it, no one's report
    if lemma_ in en.POSTING_VERBS and (relayed := _relayed_saying(ctx, sentence, src, pos, lemma_)) is not None:
        yield relayed  # "Lee retweeted a clip of Ann Marsh saying Y": Marsh's words, passed on by Lee
        return
    pos = _past_hearer(ctx, lemma_, pos, s1, via)
    if (manner := _MEANS_OF_SAYING.match(text, pos, s1, tokens.CONCURRENT)) is not None:
        pos = manner.end()  # "told Reuters by telephone": how it was said, no part of what
    if lemma_ in en.AS_VERBS and text[cue_start:cue_end].lower() in _BARE_PASSIVE_PARTICIPLES and (
            _PERFECT_AUXILIARY_BEFORE.search(text, max(0, cue_start - 24), cue_start, tokens.CONCURRENT) is None):
        # a participle with no auxiliary is a passive cut short, its subject what is seen, no viewer:
        # wire headlines' "Oil seen rising as supply tightens", "Output seen at record as rains help"
        return
    if lemma_ in en.AS_VERBS:
        m = cues.AS.search(text, pos, s1)
        if m and m.start() - pos < 80 and not ctx.layout.inside_quote(m.start()):
            first = clauses.trim(text, pos, m.start())
            # "view the canal as a lifeline, which ...": the second part ends where any content does
            second = clauses.trim(text, m.end(), clauses.content_end(ctx, m.end(), s1))
            if first[1] > first[0] and second[1] > second[0]:
                yield candidate(ctx, sentence, [(cue_start, cue_end), (m.start(), m.end())], lemma_, [first, second], src, "core.view_as.v1", priority=60)
            elif first[1] <= first[0] and second[1] > second[0] and (wh := _wh_object(ctx, sentence, src)) is not None:
                # "the marchers, whom he described as peaceful, for ...": the object is the pronoun
                # before the source, the relative clause ends at its comma, and the annotators keep
                # "as" with what it is described as
                end = min(second[1], clauses.past_closing_mark(ctx, clauses.clause_comma(ctx, m.end(), second[1])))
                second = clauses.trim(text, m.start(), end)
                yield candidate(ctx, sentence, cue, lemma_, [wh, second], src, "core.view_as.v1", priority=60)
            return
    if lemma_ == "report" and _HANDED_ON.match(text, pos, s1, tokens.CONCURRENT) is not None:
        return  # "reported it to the police": a thing handed on to someone, no words reported
    lead = _TRAILING_LEAD.match(text, pos, s1, tokens.CONCURRENT)
    if lead and clauses.find_comma(text, lead.end(), s1) > 0:
        # "X wrote on social media as per The Ledger, “...”"
        comma = clauses.find_comma(text, lead.end(), s1)
        _add_lead_relay(text, via, clauses.trim(text, lead.end(), comma), ctx.lexicon)
        pos = comma
    # "expressed concern about": the attitude is part of the cue; but a report named as the
    # object ("rejected the notion that ...", "denied reports that ...") is the content's
    # first words, as annotators mark it more often than not
    report = None if cues.REPORT_OBJECT.match(text, pos, s1, tokens.CONCURRENT) else _attitude_object(text, lemma_, pos, s1)
    if report:
        cue = [(cue_start, report.end(1))]
        pos = report.end(1)
    catenative = _TO_VERB.match(text, pos, s1, tokens.CONCURRENT)
    if catenative is None and _ENDS_IN_TO.search(text, cue_start, cue_end, tokens.CONCURRENT):
        # the cue took "to" ("continued to"): a bare verb after it, not a noun ("respond to requests")
        catenative = _BARE_VERB.match(text, pos, s1)
        if catenative and lemma(catenative.group(1)) != catenative.group(1):
            catenative = None
    if catenative and (lemma_ in _INFINITIVE_CONTENT and not _THAT.match(text, catenative.end(1), s1)):
        catenative = None  # "declined to say whether ...": the infinitive is the content
    if catenative and en.ly_adverb(catenative.group(1)) and (verb := _BARE_VERB.match(text, catenative.end(1), s1)):
        catenative = verb  # "continued to awkwardly veer", "went on to specifically fault"
    if catenative and cues.MOVES_AFTER.match(text, catenative.start(1) - 1, s1) is not None and lemma(
            text[cue_start:cue_end].split()[0].lower()) in _COURSE_LEADS:
        # "Cases continued to climb across the county", "Prices began to fall": a verb of rising or
        # falling after one of going on or beginning is a figure's course, no one's report (but
        # "sought to rally voters", "tried to rally voters": an aim, read on)
        return
    if catenative and (says(ctx, catenative.group(1))
                       or (_ASPECTUAL_LEAD.search(text, cue_start, cue_end) and not _CLAUSE_ENDS.match(text, catenative.end(1), s1))):
        # "appeared to imply that", "is struggling to explain": the second verb is the cue's head;
        # after a verb of going on or trying, whatever the second verb ("continued to question X",
        # "went on to name X", "tried to tie X")
        cue = [(cue[0][0], catenative.end(1))]
        pos = catenative.end(1)
    if ((asking := text[cue[-1][0]:cue[-1][1]].split()) and lemma(asking[-1].lower()) in _ASKING_FROM
            and (asked := _FROM_THEN_QUESTION.match(text, pos, s1, tokens.CONCURRENT)) is not None):
        pos = asked.start(1)  # "sought to know from the state why ...": the one asked, then the question
    vehicle = _VEHICLE_THEN_PARTICIPLE.match(text, pos, s1, tokens.CONCURRENT)
    if vehicle and lemma_ in _ANSWERING_VERBS and _ENDS_IN_TO.search(text, cue_start, cue[-1][1], tokens.CONCURRENT):
        # "did not respond to an email seeking comment": what is answered is another's message,
        # its participle that writer's words, no part of the answer's cue
        vehicle = None
    if vehicle and (vehicle.group("participle") is not None and (
            says(ctx, vehicle.group("participle")) and vehicle.group("noun").lower() in en.VEHICLE_NOUNS
            or lemma_ in _ISSUING_VERBS) or (
            # "released a video that accuses X": a verb of saying in a relative clause on what was put out
            vehicle.group("verb") is not None and lemma_ in _ISSUING_VERBS and says(ctx, vehicle.group("verb")))):
        # "issued a statement saying that ...": the statement and its participle are the cue; after
        # a verb that issues it, any participle says what it does ("released a report documenting X")
        cue = [(cue[0][0], vehicle.end())]
        pos = vehicle.end()
    if text.startswith(" for ", pos, s1) and (lemma_ == "write" or ENDS_IN_VEHICLE.search(
            text, max(cue[-1][0], pos - 40), pos, tokens.CONCURRENT)) and (
            paper := _FOR_OUTLET_THEN_THAT.match(text, pos, s1, tokens.CONCURRENT)) is not None and (
            sources.kind(text, *paper.span(1), ctx.lexicon) != "person"):
        # "wrote for The Ledger that ...", "wrote in an op-ed for the Ledger that", "said in an op-ed for
        # the Ledger that": the paper or body written for is the cue's, as gold gives it, no particle
        # "for" with the paper as the report's first words
        cue = [(cue[0][0], paper.end(1))]
        pos = paper.end(1)
    m = _THAT.match(text, pos, s1, tokens.CONCURRENT) or _place_then_that(text, pos, s1)
    if (m is None or text.startswith("that", clauses.skip_space(text, pos, s1))) and ENDS_IN_VEHICLE.search(
            text, max(cue[-1][0], pos - 40), pos, tokens.CONCURRENT):
        # "said in an interview that aired Sunday that ...": the first "that" is the interview's
        relative = _VEHICLE_RELATIVE_THEN_THAT.match(text, pos, s1, tokens.CONCURRENT)
        m = relative or m or _VEHICLE_MODIFIER_THEN_THAT.match(text, pos, s1)  # "wrote in a letter seen by Reuters that ..."
    complementizer = None
    clause_start = None  # where the clause that ends the content starts, when not at its start
    as_start = _as_clause_start(text, sentence.start, src, lemma_, cue[-1][1])  # "As Comey noted, ..."
    as_clause = as_start is not None
    if as_clause and not m and text[sentence.start:as_start].rstrip().endswith(COMMA_ENDS):
        # "The pier is unsafe, as Lee noted." / "The pier, as Lee noted, is unsafe.": what the clause comments on
        found = list(_as_clause_after(ctx, sentence, src, cue, lemma_, as_start, pos))
        nxt = WORD.search(text, cs + len(form), s1)
        if found or nxt is None or nxt.group().lower() in _ADJUNCT_ONLY or nxt.group().lower() == "to":
            yield from found
            return
        # "..., as polls show Lee ahead.": an object follows the cue, its own content
    if m:
        pos = m.end()
        that = m.start() + m.group().lower().rindex("that")
        complementizer = (that, that + 4)
        if _CONDITION_BEFORE_THAT.search(text, max(cue[-1][1], that - 24), that):
            # "spoke on condition that her name not be used": the terms of a report, the "that" the
            # condition's; the report's own "that" may follow them ("said on condition that ... that")
            that = text.find(" that ", pos, s1) + 1
            if not that:
                return
            pos, complementizer = that + 4, (that, that + 4)
        if text.startswith(",", pos) and clauses.opens_fronted(text, pos + 1, s1):
            pos += 1  # "said that, during the storm, the pier closed": the aside's first comma is no content
    elif (comma_that := _COMMA_THAT_SUBJECT.match(text, pos, s1)) is not None:
        pos = comma_that.end()  # "You could say, that’s easy": the pronoun opens the content
    elif (text[pos:s1].lstrip().startswith(":") or _ASIDE_COLON.match(text, pos, s1, tokens.CONCURRENT) and not (
            _OWN_SUBJECT_ASIDE.match(text, pos, s1, tokens.CONCURRENT)) or _object_colon(ctx, pos, s1)
          or _colon_ends_paragraph(ctx, sentence, pos, s1)
          or cues.FILED_FROM_COLON.fullmatch(text, pos, s1) is not None):
        rule = "core.colon_lead.v2"  # "X said: Y", "X told them, to applause: Y", "X added a caveat: “Y”"
        pos = text.index(":", pos) + 1
    elif (place := _PLACE_THEN_QUOTE.match(text, pos, s1, tokens.CONCURRENT)) and not ctx.layout.inside_quote(place.end() - 1) and (
            not _closes_on_saying(text, place.start(), place.end())):
        rule = "core.colon_lead.v2"  # "X said on Twitter, “Y”", "X wrote in the magazine: “Y”"
        pos = place.end()
    elif (caption := _caption_quotation(ctx, lemma_, pos, s1)) is not None:
        rule = "core.colon_lead.v2"  # "X posted a photo with the caption “Y”", "X captioned the clip “Y”"
        pos = caption
    elif (quoted := _quotation_after_phrase(ctx, pos, s1)) is not None:
        rule = "core.colon_lead.v2"  # "X wrote to his followers, “Y”", "X replied evenly, “Y”"
        pos = quoted
        if _sentence_quotation_at(ctx, quoted, s1) is None:
            # "X said of the vote, “Y,” adding ...": the sentence goes on past the quotation, its content
            q = next(ctx.layout.quotations_from(quoted))
            yield candidate(ctx, sentence, cue, cue_lemma, [(q.start, q.end)], src, rule, via=via, priority=50)
            return
    elif (quoted := _quotation_after_asides(ctx, pos, s1)) is not None:
        rule = "core.colon_lead.v2"  # "X said, and I quote, “Y”", "X said in May, when it broke, “Y”"
        pos = quoted
    elif m := _PARENTHETICAL_THAT.match(text, pos, s1, tokens.CONCURRENT):
        pos = m.end()  # "said, among other things, that ..."
        that = m.start() + m.group().lower().rindex("that")
        complementizer = (that, that + 4)
    elif not as_clause and (link := _LINK_AFTER_CUE.match(text, pos, s1, tokens.CONCURRENT)) is not None and not (
            ctx.layout.inside_quote(link.end())) and text[link.end():link.end() + 1].isalpha() and (
            _first_word(text, link.end(), s1) not in en.VERB_AUXILIARIES):  # ("most telling, though, were ...": no clause)
        pos = link.end()  # "said, meanwhile, the pier would close": the writer's link set off by commas, then the clause
    elif (as_clause and (occasion := _OCCASION_BEFORE_COMMA.match(text, pos, s1))):
        rule = "core.as_clause.v2"  # "As Dell said last week in Tel Aviv, “...”"
        pos = occasion.end()
    elif text[pos:s1].lstrip().startswith(","):
        nxt = text[pos:s1].lstrip()[1:].lstrip()
        if as_clause:
            rule = "core.as_clause.v2"  # "As Comey noted, people involved could ..."
        elif aside := _ASIDE_THEN_CLAUSE.match(text, pos, s1):
            if clauses.as_scene_at(text, clauses.skip_space(text, pos, s1), s1):
                # "She said, as she left the court, she would appeal": the scene of the saying
                # set off by commas is no part of it; the content opens after its second comma
                pos = text.rindex(",", pos, aside.end())
            else:
                # "She said, if elected, she would ask ...": the aside opens the content, which
                # ends where the clause after it does
                clause_start = aside.end()
        elif not nxt or nxt[0] not in "“\"‘'":
            wh = _wh_object(ctx, sentence, src) if rule == "core.said_that.v2" and complementizer is None else None
            if wh is not None and not ctx.layout.inside_quote(wh[0]):
                # "the toll, which most fishermen opposed, ...": the pronoun is the cue's object, all its content
                yield candidate(ctx, sentence, cue, cue_lemma, [wh], src, rule, via=via, priority=60)
            return
        else:
            rule = "core.colon_lead.v2"
        pos = text.index(",", pos) + 1
    if rule == "core.colon_lead.v2" and (vehicle := _VEHICLE_BEFORE_COLON.match(text, cue[-1][1], pos)) is not None:
        # "issued the following statement: “Y”", "said in a text message: “Y”": the statement the
        # words come in is the cue's
        cue = [*cue[:-1], (cue[-1][0], vehicle.end(1))]
    if rule == "core.colon_lead.v2" and not text[pos:s1].strip():
        # "He said:" and the quotation opens the next paragraph
        nxt = cues.next_paragraph_quotation(ctx, sentence)
        if nxt is not None:
            yield candidate(ctx, sentence, cue, cue_lemma, list(nxt.parts), src, rule, via=via, priority=50)
        elif cue_lemma in en.INVERTING_VERBS and sentence.paragraph + 1 < len(ctx.layout.paragraphs):
            # "Lee wrote:" and a paragraph of her words set off without quotation marks
            content = clauses.trim(text, *ctx.layout.paragraphs[sentence.paragraph + 1])
            if content[1] > content[0]:
                yield candidate(ctx, sentence, cue, cue_lemma, [content], src, rule, via=via, priority=50)
        return
    if complementizer is None and rule == "core.said_that.v2" and lemma_ == "say" and _HEARER_ALONE.match(text, pos, s1):
        return  # "What do you say to them?", "He said to the crowd.": the hearer alone, nothing said
    if complementizer is None and rule == "core.said_that.v2" and lemma_ != "say":
        if _wh_object(ctx, sentence, src) is None and (
                gap := _gapped_object(ctx, sentence, src, clauses.trim(text, pos, s1), cue[-1][1])) is not None:
            # "an offer the board rebuffed at a meeting": no particle, the head is the object
            yield candidate(ctx, sentence, cue, cue_lemma, [gap], src, rule, via=via, priority=60)
            return
        cue, pos = _take_particles(text, cue, pos, s1, lemma_)  # "railed against X", "shrugged off X"
    opening = _TRAILING_LEAD.match(text, pos, s1, tokens.CONCURRENT) if clause_start is None else None
    if opening is not None and (comma := clauses.find_comma(text, opening.end(), min(s1, opening.end() + MAX_LEAD_SOURCE_CHARS))) > 0:
        # "reported that, according to an analysis, Y": the lead opens the content; Y's clause is after its comma
        clause_start = comma + 1
    end = min(clauses.content_end(ctx, clause_start or pos, s1), clauses.fronted_clause_end(
        ctx, sentence, cue_start, pos, -1 if src is None else src[0]))
    if src is not None and text[src[0]:src[1]].lower() in ("who", "which"):
        end = min(end, clauses.past_closing_mark(ctx, clauses.clause_comma(ctx, pos, end)))  # the relative clause ends at its comma
    via_end = _trailing_lead(ctx, sentence, pos, end)
    if via_end and not text[pos:via_end[0]].strip(" ,"):
        via_end = None  # "reported that, according to an analysis, Y": the lead opens the content, no trailing one
    if via_end and ctx.layout.inside_quote(via_end[1]) and not ctx.layout.inside_quote(cue_start):
        via_end = None  # "X said: “Of its voters, according to the data, ...”": the quoted words' own lead
    # (the content may end at the lead's comma already: a lead is a boundary)
    aside = via_end or _trailing_lead(ctx, sentence, end, s1)
    if aside and aside[0] in (end, via_end and via_end[0]) and text[aside[0]:aside[0] + 1] == "," and (
            resumed := _lead_inside_clause(ctx, clause_start or pos, aside, s1)) is not None:
        # "said the report, according to aides, would be out soon": the lead sits inside the
        # reported clause, whose words run on past it
        end, via_end = clauses.content_end(ctx, resumed, s1), None
    if via_end and text[via_end[0]:via_end[0] + 1] == ",":
        for lead in _trailing_via(ctx, via_end[0], s1):
            _add_lead_relay(text, via, lead, ctx.lexicon)  # "told the BBC the pier was safe, as per PTI"
        end = via_end[0]
    content = clauses.trim(text, pos, end)
    if complementizer is None and rule in ("core.said_that.v2", "core.coordinated_cue.v2") and not (
            lemma_ in _APOLOGY_LEMMAS and text.startswith("for", content[0])):
        told = clauses.outlet_at_end(ctx, *content)
        content = clauses.trim(  # "endorsed Lee on Monday"
            text, content[0], clauses.noun_phrase_end(ctx, *content, clause_verb=_clause_verb(text, cue, lemma_)))
        if told is not None and told[0] >= content[1] and text.startswith(" to ", told[0]) and told[1] not in via:
            via.append(told[1])  # "confirmed the split to People magazine": the outlet told relays it
    if complementizer is None and src is not None and content[1] > content[0]:
        content = clauses.trim(text, content[0], _reduced_participle_end(ctx, sentence, src, cue, *content))
    if complementizer is None and rule == "core.said_that.v2" and src is not None and _OPENING_WHAT.fullmatch(
            text, sentence.start, src[0]):
        return  # "What we know so far about the fire", "What Lee said was ...": the fronted "What" is the object
    wh = _wh_object(ctx, sentence, src) if rule == "core.said_that.v2" and complementizer is None else None
    if wh is not None and content[1] > content[0] and (main := _main_predicate_after(ctx, wh, *content)) is not None:
        # "The ferry, which officials say is unsafe, will be sold.": the relative clause set off
        # by commas ends at the comma before the main clause's verb
        content = clauses.trim(text, content[0], main)
    if content[1] <= content[0] and wh is not None and not ctx.layout.inside_quote(wh[0]):
        # "the toll, which most fishermen opposed, ...": the relative pronoun is the cue's object, all its content
        yield candidate(ctx, sentence, cue, cue_lemma, [wh], src, rule, via=via, priority=60)
        return
    if content[1] <= content[0] or _no_report(text, *content, cue_lemma) or (
            complementizer is None and _second_predicate(ctx, *content, text[cue[-1][0]:cue[-1][1]], after_object=bool(via) or lemma_ == "say" or (
                lemma_ in en.HEARER_VERBS and bool(text[cue[-1][1]:content[0]].strip())))):
        return
    if complementizer is None and cue_lemma not in en.THAT_VERBS and cue_lemma not in _MEMORY_VERBS and (
            cue_lemma not in en.DISCLOSING_LEMMAS) and _TIME_CLAUSE_OPENS.match(text, content[0], content[1]):
        # "Lee shrugs when this is put to her": a gesture and its time, nothing said (a verb of
        # telling what is asked is a cue only before its question: "would not specify when ...")
        return
    if complementizer is None and wh is None and _past_after_noun_cue(text, *content, cue_lemma):
        return  # "Vexa shares rose 3%": a noun and its verb, nothing said; but "sales, which they say rose"

    spans = [content]
    if rule == "core.colon_lead.v2" and text[cue[-1][1]:content[0]].strip() == "," and _GOES_ON_QUOTED.match(
            text, content[0], content[1]) and (front := _aside_front(ctx, sentence, src)) is not None:
        spans.insert(0, front)  # "Y1, X said, “Y2”": the words before the aside open the content
    if wh is None and rule == "core.said_that.v2" and complementizer is None:
        if (gap := _gapped_object(ctx, sentence, src, content, cue[-1][1])) is not None:
            # "something she opposed as a senator": the head is the cue's object, all its content
            yield candidate(ctx, sentence, cue, cue_lemma, [gap], src, rule, via=via, priority=60)
            return
        wh = _relative_head(ctx, sentence, src, content, cue_lemma) or _relative_that(ctx, sentence, src, content)
        if wh is None and src is not None and _subjectless_content(text, src, cue, *content, ctx.lexicon):
            # "A deal announced Monday would close the pier": the participle goes on its noun, "would" is
            # the sentence's verb; as after "was announced Monday", the noun is what was announced, by no one named
            yield candidate(ctx, sentence, cue, cue_lemma, [src], None, "core.raising.v2", priority=60)
            return
    if (wh is None and rule == "core.said_that.v2" and complementizer is None and (cue_lemma in en.STIMULUS_FIRST_VERBS or cue_lemma in en.STIMULUS_WITH_VERBS)
            and src is not None and src[1] <= cue[0][0] and _BE_IN_CUE.search(text, cue[0][0], cue[-1][1]) is None
            and _stimulus_cue_end(text[cue[-1][0]:cue[-1][1]].rsplit(None, 1)[-1].lower(), cue_lemma)
            and clauses.noun_phrase(text, *content) and _MEANS_AFTER.search(text, *content) is None
            and _PREPOSITION_FIRST.match(text, *content) is None):
        # "The remark angered many voters": the ones it moved hold the feeling, the subject is its object
        yield candidate(ctx, sentence, cue, cue_lemma, [src], content, rule, via=via, priority=60)
        return
    if wh is not None:
        spans.insert(0, wh)  # "a wall, which he said Mexico would pay for": the pronoun is the content's
    yield candidate(ctx, sentence, cue, cue_lemma, spans, src, rule, via=via, complementizer=complementizer,
                     priority=50 if rule in ("core.colon_lead.v2", "core.as_clause.v2") else 60)


# A recording or a post of someone else's that a verb of posting passes on, its speaker and the
# participle that says what the speaker says: "retweeted a video of Ann Marsh saying Y", "shared a
# post from the governor claiming Y"
_RELAYED_SAYING = regex.compile(
    r"[^\S\n]+(?:a|an|the|this|that|his|her|their|its)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,2}?"
    r"(?:clip|video|post|tweet|message|footage|recording|interview|quote|statement)s?"
    r"[^\S\n]+(?:of|by|from)[^\S\n]+(?P<speaker>[\w’'.-]+(?:[^\S\n]+[\w’'.-]+){0,5}?),?"
    r"[^\S\n]+(?P<verb>\p{Ll}{3,}ing)\b(?:[^\S\n]+that\b)?,?",
    regex.IGNORECASE)

# ... or one whose relative clause says what it or its author says: "retweeted a user who said Y",
# "shared a post by Ann Lee that called the mayor a liar", "retweeted Ann Lee, who said Y"
_RELAYED_RELATIVE = regex.compile(
    r"[^\S\n]+(?P<speaker>(?:a|an|the|this|that|his|her|their|its|one)[^\S\n]+(?:[\w’'.-]+[^\S\n]+){0,4}?[\w’'.-]+"
    r"|\p{Lu}[\w’'.-]*(?:[^\S\n]+\p{Lu}[\w’'.-]*){0,3}),?"
    r"[^\S\n]+(?:who|that|which)[^\S\n]+(?P<verb>\p{Ll}{3,})\b(?:[^\S\n]+that\b)?,?")

# ... the verbs that pass on another's post, which the relative clause is of ("posted a comment
# that compared ..." is one's own)
_PASSING_ON_LEMMAS = frozenset(["retweet", "share", "repost"])

# ... no verb of what a picture shows ("a clip of the rally showing police ..."): no speaker's words
_DEPICTING_LEMMAS = frozenset(["show", "depict", "feature", "prove", "demonstrate"])


def _relayed_saying(ctx: Context, sentence: Sentence, src: tuple[int, int] | None, pos: int, lemma_: str) -> Candidate | None:
    """The words of a speaker whose recording or post a verb of posting passes on, after the
    cue at ``pos``: "retweeted a video of Ann Marsh saying, “Y”" gives Marsh's "Y", and
    "retweeted a user who said Y" the user's, the poster its relay (as "quoted Lee as saying"
    does); None when no such object and verb of saying follow."""
    text, s1 = ctx.text, sentence.end
    m = _RELAYED_SAYING.match(text, pos, s1, tokens.CONCURRENT)
    if m is None and lemma_ in _PASSING_ON_LEMMAS and (m := _RELAYED_RELATIVE.match(text, pos, s1, tokens.CONCURRENT)) is not None and (
            lemma(m.group("verb")) == m.group("verb")):
        m = None  # "a post that angers ...", "a user who lives ...": a finite verb of saying only, as lemmas know it
    if m is None or not says(ctx, m.group("verb")) or lemma(m.group("verb")) in _DEPICTING_LEMMAS or ctx.layout.inside_quote(
            m.start("speaker")):
        return None
    speaker = sources.subject(text, *m.span("speaker"), ctx.lexicon) or clauses.trim(text, *m.span("speaker"))
    content = clauses.trim(text, m.end(), clauses.content_end(ctx, m.end(), s1))
    if speaker[1] <= speaker[0] or content[1] <= content[0]:
        return None
    if src is not None and text[speaker[0]:speaker[1]].lower() in en.REFLEXIVE_PRONOUNS:
        speaker, src = src, None  # "shared a clip of himself saying Y": his own words
    rule = "core.participle.v2" if m.re is _RELAYED_SAYING else "core.said_that.v2"  # ("a user who said": a finite verb)
    return candidate(ctx, sentence, [m.span("verb")], lemma(m.group("verb")), [content], speaker, rule,
                      via=[] if src is None else [src], priority=30)


def _stimulus_cue_end(last: str, cue_lemma: str) -> bool:
    """Whether the cue's last word leaves a feeler for its object: the verb
    itself ("angered [voters]") or the "with" of one that takes it."""
    return lemma(last) == cue_lemma if cue_lemma in en.STIMULUS_FIRST_VERBS else last == "with" and cue_lemma in en.STIMULUS_WITH_VERBS


# "angered fans [with his remarks]", "[by attending]": the subject acted, and is no mere stimulus
_MEANS_AFTER = regex.compile(r"\s(?:with|by)\s")

# "Asia Worries About ...": a preposition first, the verb has no object
_PREPOSITION_FIRST = regex.compile(r"(?i:about|over|of|for|at|on|in|to)\b")

_BE_IN_CUE = regex.compile(r"\b(?i:is|are|was|were|be|been|being|am|’s|'s)\b")

# What opens words before a speaker's aside that tell when, where or on what
# occasion the words were said, which are no part of them: "On Monday, Lee said,
# “...”", "Asked about the pier, she said, “...”"
_OCCASION_FRONT = regex.compile(
    r"[\W_]{0,3}(?:(?i:asked|pressed|speaking|writing|responding|addressing|later|earlier|afterwards?|meanwhile"
    r"|separately|then|yesterday|today|tonight|now|again|previously|last|this|when|while|after|before|since|still)\b"
    r"|(?:[\w-]+\s+){0,2}(?i:later|earlier|ago)\W*$"
    r"|(?i:on|in|at|during|over)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(sorted(en.TIME_WORDS)) + r")\b"
    r"|(?:[\w’'-]+\s+){0,3}?(?:interviews?|statements?|speech|rally|debate|conference|call|tweets?|posts?|letter|email"
    r"|appearance|hearing|event|meeting|remarks|address|town\s+hall|briefing|radio|television)\b))",
    regex.IGNORECASE,
)

_ASIDE_FRONT_CHARS = 300

_ASIDE_FRONT_WORDS = 16

# A quotation that goes on with a sentence begun before the speaker's aside opens in lower case
_GOES_ON_QUOTED = regex.compile(r"[“\"‘']{1,2}\p{Ll}")

# A front that ends in a word that takes the quotation as its object is the writer's clause:
# "..., including, he said, “...”"
_FRONT_TAKES_OBJECT = regex.compile(r"\b(?:including|such\s+as|like|as|of|about|from|between|than)\s*,?$", regex.IGNORECASE)


def _aside_front(ctx: Context, sentence: Sentence, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The words before a speaker set off by commas ahead of a quotation, "Y1,
    X said, “Y2”": Y1 is the speaker's too ("That, the board said, “would
    help”", "“The real issue,” Lee added, “is ...”"); None when the speaker
    opens the sentence, or the words tell when or on what occasion they spoke."""
    if src is None:
        return None
    text = ctx.text
    if src[0] - sentence.start > _ASIDE_FRONT_CHARS or not text[sentence.start:src[0]].rstrip().endswith(","):
        return None
    front = clauses.trim(text, sentence.start, src[0])
    if front[1] <= front[0] or _OCCASION_FRONT.match(text, front[0], front[1]) or _FRONT_TAKES_OBJECT.search(
            text, front[0], front[1]):
        return None
    if "," in text[front[0]:front[1]] or len(WORD.findall(text, *front)) > _ASIDE_FRONT_WORDS:
        return None  # a clause of the writer's own, or more than one phrase
    return front


def _clause_verb(text: str, cue: list[tuple[int, int]], lemma_: str) -> bool:
    """Whether the cue is a verb of saying or believing whose object is a clause
    (``en.CLAUSE_VERBS``), the verb its last word: no particle after it."""
    if lemma_ not in en.CLAUSE_VERBS:
        return False
    last = LAST_WORD_OF.search(text, cue[-1][0], cue[-1][1], tokens.CONCURRENT)
    return last is not None and lemma(last.group(1)) == lemma_


# Verbs that voice an attitude named by their object, and the attitudes:
# "expressed concern that", "voiced confidence that", "showed no sign that".
# The noun is the cue's; what follows "that" is the content.
_EXPRESSING_VERBS = frozenset(["express", "voice", "show", "signal", "convey"])

_FEELING_NOUNS = (
    "concerns?|confidence|hopes?|fears?|doubts?|skepticism|scepticism|optimism|pessimism|frustration|alarm|"
    "amusement|worry|worries|dismay|surprise|satisfaction|disappointment|relief|sympathy|pride|certainty"
)

_ATTITUDE_NOUNS = _FEELING_NOUNS + "|regret|conviction|signs?|hints?|indications?"

_ATTITUDE_OBJECT = regex.compile(
    r"\s+((?:(?:no|little|some|any|growing|deep|subtle|serious|grave|great|strong|his|her|their|its|our|own)\s+){0,3}"
    r"(?:" + _ATTITUDE_NOUNS + r"))(?=\s+that\s+(?!(?:" + "|".join(sorted(en.VERB_AUXILIARIES)) + r")\b))",
    regex.IGNORECASE,
)

# An attitude or a stance named by the object, then the preposition that says
# what it is about: "expressed concern about X", "raised questions about X",
# "showed no interest in X", "sounded a cautious note on X". The noun and the
# preposition are the cue's; what follows them is the content. ("regret" and
# "conviction" are left out: "voiced regret for X" keeps its noun as often.)
_STANCE_NOUNS = (
    _FEELING_NOUNS + "|interest|notes?|thoughts|questions?|views?|opinions?|reservations|misgivings|support|"
    # (in lower case: "the Opposition" is a body in British and Indian copy, "slams Opposition at rally")
    "(?-i:opposition)|outrage|anger|displeasure|enthusiasm|unease|contempt|disdain|credit"
)

_STANCE_MODIFIERS = (
    r"(?:no|little|some|any|growing|deep|subtle|serious|grave|great|strong|new|fresh|renewed|similar"
    r"|[a-z]+ly|[a-z]+ive|[a-z]+al|[a-z]+ic|[a-z]+ous|[a-z]+ful)"
)

# not a time after the preposition: "announced support on Thursday"
_NO_TIME_AFTER = r"(?!\s+(?:(?:last|this|next|the)\s+)?(?:" + "|".join(sorted(en.TIME_WORDS)) + r"|\d)\b)"

_STANCE_OBJECT = regex.compile(
    # not after "the" or a possessive, which name a stance the content takes in: "his support for Lee"
    r"\s+((?:(?:a|an|" + _STANCE_MODIFIERS + r")\s+){0,3}"
    r"(?:(?:" + _STANCE_NOUNS + r")\s+(?:about|of|over|in|for|on|regarding|toward|towards|with|at)"
    # "showed no sign of", not "a sign in the crowd"
    r"|(?:signs?|hints?|indications?)\s+of))\b" + _NO_TIME_AFTER,
    regex.IGNORECASE,
)

# A spoken or written act an indefinite object names, then the preposition that
# says what it is about: "delivered a fierce defense of X", "launched an attack
# on X", "made a plea for X", "issued a statement on X". The act and the
# preposition are the cue's, what follows them the content. Not after "the" or a
# possessive, which as often name an act the content takes in; "of" only after an
# act of judging ("a defense of X", not "a letter of apology", "a case of fraud");
# not a platform after "on" ("posted a message on Twitter"), nor a message left
# "for comment".
_ACT_NOUNS = (
    "attacks?|counterattack|message|letter|statement|argument|case|plea|appeal|call|warning|speech|"
    "rant|tirade|broadside|testimony|word|tweet|lecture|sermon|screed|diatribe"
)

_JUDGING_NOUNS = "defen[cs]e|critique|denunciation|condemnation"

# Verbs of judging, whose object is the act judged, no act of their subject's: "condemned an attack
# on the mosque" (the attack is what the content names), unlike "launched an attack on"
_JUDGING_VERBS = frozenset(
    "condemn denounce decry deplore criticize criticise praise welcome hail applaud slam blast reject dismiss "
    "lament mourn regret".split())

_PLATFORMS = "|".join(sorted(en.PLATFORMS, key=len, reverse=True))

_ACT_OBJECT = regex.compile(
    r"\s+(an?\s+(?:[\w-]+\s+){0,3}?(?:(?:" + _JUDGING_NOUNS + r")\s+(?:of|about|over|on|regarding|against|for)"
    r"|(?:" + _ACT_NOUNS + r")\s+(?:about|over|on|regarding|against|for)))\b"
    r"(?!\s+(?:comment|" + _PLATFORMS + r")\b)" + _NO_TIME_AFTER,
    regex.IGNORECASE,
)

# A verb that gives voice to what its subject holds, then the subject's own
# thoughts or feelings and their preposition: "offered his thoughts on X",
# "shared their concerns about X", "expressed her condolences over X". The
# verb's object names the act; after a verb that only handles a report ("defend
# his praise of X", "discuss his criticism of X") the possessive names the content.
_GIVING_VOICE_VERBS = _EXPRESSING_VERBS | frozenset(["offer", "share", "post", "extend", "send", "air"])

_OWN_VOICE_OBJECT = regex.compile(
    r"\s+((?:his|her|their|its|our|my|your)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:thoughts|condolences|criticisms?|grievances|concerns|sympathies|gratitude|thanks|apologies)"
    r"\s+(?:about|of|over|for|on|regarding|toward|towards|at|with))\b" + _NO_TIME_AFTER,
    regex.IGNORECASE,
)

# "made it clear that", "makes plain that": the adjective, and its "it", are the cue's
_MADE_CLEAR = regex.compile(r"\s+((?:it\s+)?(?:clear|plain))(?=\s+that\b)", regex.IGNORECASE)


def _attitude_object(text: str, lemma_: str, pos: int, s1: int) -> regex.Match | None:
    """The object a cue takes in before "that" when it names the attitude
    voiced ("expressed concern that") or makes the report plain ("made it
    clear that"); not a noun with a relative clause ("showed the concern
    that has ..."). Before a preposition, an attitude or a stance and the
    preposition ("voiced doubts about", "showed no interest in"); an act and
    its preposition ("launched an attack on")."""
    if lemma_ in _EXPRESSING_VERBS and (m := _ATTITUDE_OBJECT.match(text, pos, s1)):
        return m
    if m := _STANCE_OBJECT.match(text, pos, s1, tokens.CONCURRENT):
        return m
    if lemma_ not in _JUDGING_VERBS and (m := _ACT_OBJECT.match(text, pos, s1)):
        return m
    if lemma_ in _GIVING_VOICE_VERBS and (m := _OWN_VOICE_OBJECT.match(text, pos, s1)):
        return m
    if lemma_ == "make":
        return _MADE_CLEAR.match(text, pos, s1)
    return None


# A preposition or particle right after a cue whose content is no clause is
# the cue's ("spoke about X", "railed against X", "brushed off X"): annotated
# content almost never starts with one. Not "to" ("refused to resign"), nor
# "as", "in" or "by", which start content as often as they end a cue, nor
# "from", which tells where the speaker was ("reported from Kyiv": no report).
# "at least", "about one-third", "over 50 percent" modify a number; "said of X" keeps its "of".
# "in favour of" is one: the side taken, as "for" is ("voted 12 to 1 in favour of X": the tally
# and the side are the cue's, as in gold's "voted 6-1 for").
_PARTICLE = regex.compile(
    r"\s+(about|of|for|on|upon|against|with|at|over|into|out|off|up|down|in\s+favou?r\s+of)\b"
    r"(?!\s+(?:that|least|most|\d|half|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:third|quarter|dozen))\b)"
)

# "to" before a determiner after a cue with no clause opens a noun phrase, the
# content ("responded to the report", "agreed to a deal"), and is no part of
# it: gold on train leaves it out of the content 129 times in 143. Gold puts
# it in the cue as often as not, so the cue is left as it is. Not before a
# verb ("refused to resign"), where the infinitive is the content.
_TO_NOUN_PHRASE = regex.compile(r"\s+to(?=\s+(?:" + "|".join(sorted(_NOUN_MARKERS - {"that"})) + r")\s)")

# The hearer of a verb of speaking (``en.ADDRESS_VERBS``) before a question
# clause: "explained to the BBC why ...", "wrote to the mayor and to Lee
# whether ...". As after "asked X whether", the clause is the content and the
# hearer no part of it. Not "about" or "for": gold on train is split on where
# their content starts (in the cue "talked to X about", 4, or after the hearer,
# 6; dev fell when it was read past), and a short "for X" left alone reads as
# an adjunct.
_HEARER_BEFORE_QUESTION = regex.compile(
    r"\s+to\s+([\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)(?:\s+and\s+to\s+([\w’'.-]+(?:\s+[\w’'.-]+){0,5}?))?"
    # not a phrase cut at its preposition ("wrote to the head of [what] ...")
    r"(?<!\s(?:of|in|on|at|for|with|from|by))"
    r"(?=\s+(?:why|how|whether|what)\s)"
)

# The hearer of an apology and, when there is one, the "for" of what it is for: "apologised to the
# family of the victim [for the delay]", "apologized to his supporters and to Lee [for ...]"
_APOLOGY_LEMMAS = frozenset(["apologize", "apologise"])

_HEARER_OF_APOLOGY = regex.compile(
    r"[^\S\n]+to[^\S\n]+[\w’'.-]+(?:[^\S\n]+(?!for[^\S\n])[\w’'.-]+){0,7}?(?=([^\S\n]+for[^\S\n])|[^\S\n]*[.;:!?]?[^\S\n]*$)"
)

# The hearer of a verb of speaking with nothing after it to the sentence's end: "can complain
# to their council.", "wrote to the mayor." (a clause, "about", a quotation or a comma go on),
# or a pronoun alone: "What do you say to them?", "I spoke to him."
_HEARER_ALONE = regex.compile(
    r"[^\S\n]+to[^\S\n]+(?:(?:the|a|an|his|her|their|its|our|your|my|local)[^\S\n]+"
    r"[\w’'.-]+(?:[^\S\n]+(?!(?:about|that|on|over|of|why|how|whether|what)[^\S\n])[\w’'.-]+){0,4}"
    r"|(?:me|him|her|us|them|you))[^\S\n]*[.!?]?[^\S\n]*$"
)

# a participle in the hearer opens a clause of its own: "replied to emails asking why ..."
_ING_WORD = regex.compile(r"(?<![\w’'-])[a-z]{2,}ing(?![\w’'-])")

# A manner adverb or a bare "little", "nothing" between the cue and its
# particle is the cue's too: "spoke passionately about X", "said little about X",
# "spoke highly of X", "touched briefly on X", "pressed privately for X".
_ADVERB_BEFORE_PARTICLE = regex.compile(
    r"\s+(?:[a-z]{3,}ly|more|often|instead|again|little|nothing|almost\s+nothing|so\s+much|at\s+length)"
    r"(?=\s+(?:about|of|on|upon|for|against|in\s+favou?r\s+of)\b)"
)

# "about" a few words on: the particle after the adverb opened a place or an
# occasion, and "about" names the topic ("spoke briefly on the radio about X")
_ABOUT_AHEAD = regex.compile(r"(?:\s+[\w’'.-]+){1,4}?\s+about\b")

# A span of time that opens with "for" ("for years", "for the first time"), no particle
_SPAN_OF_TIME = regex.compile(
    r"\s+for\s+(?:(?:the\s+)?(?:first|last|second)\s+time|(?:many\s+|several\s+|a\s+few\s+)?"
    r"(?:years|months|weeks|decades|days|hours)|some\s+time|a\s+(?:long\s+)?(?:time|while))\b",
    regex.IGNORECASE,
)


def _take_particles(
        text: str, cue: list[tuple[int, int]], pos: int, s1: int, lemma_: str = "") -> tuple[list[tuple[int, int]], int]:
    """Extend the cue over the prepositions or particles it ends with ("lashed out at"),
    and read past a "to" before a noun phrase, which goes with neither ("agreed to a deal"),
    unless the cue, a verb of speaking, says to whom (``en.ADDRESS_VERBS``: "wrote to the board");
    a hearer before a question clause is read past ("explained to the BBC [why ...]")."""
    if lemma_ in _APOLOGY_LEMMAS and (hearer := _HEARER_OF_APOLOGY.match(text, pos, s1)) is not None:
        # "apologised to the family for the delay": the hearer is read past to what the apology
        # is for; with no "for", the apology is the act and no content is said
        return cue, hearer.end() if hearer.group(1) else s1
    if lemma_ in en.ADDRESS_VERBS and _HEARER_ALONE.match(text, pos, s1) is not None:
        return cue, s1  # "can complain to the council.": the hearer alone, nothing said
    if lemma_ in en.ADDRESS_VERBS and (hearer := _HEARER_BEFORE_QUESTION.match(text, pos, s1)) and all(
            clauses.noun_phrase(text, *hearer.span(k)) for k in (1, 2) if hearer.start(k) >= 0) and not (
            _ING_WORD.search(text, hearer.start(1), hearer.end())):
        return cue, hearer.end()
    adverb = _ADVERB_BEFORE_PARTICLE.match(text, pos, s1, tokens.CONCURRENT)
    if adverb is not None:
        after = adverb.end()
        if span := _SPAN_OF_TIME.match(text, after, s1):
            after = span.end()  # "argued strongly for years against X"
        particle = _PARTICLE.match(text, after, s1)
        if particle is not None and particle.group(1) != "about" and _ABOUT_AHEAD.match(text, particle.end(), s1):
            # a time after the adverb is the cue's, as after the verb: "spoke briefly on Monday about X";
            # any other phrase is a place or an occasion: "spoke briefly on the radio about X"
            after = clauses.skip_post_adjuncts(text, after, s1)
            particle = _PARTICLE.match(text, after, s1)
            particle = particle if particle is not None and particle.group(1) == "about" else None
        if particle is not None:
            pos = after
    for _ in range(2):
        m = _PARTICLE.match(text, pos, s1, tokens.CONCURRENT)
        if m is None:
            break
        cue, pos = [(cue[0][0], m.end(1))], m.end(1)
    if lemma_ not in en.ADDRESS_VERBS and (to := _TO_NOUN_PHRASE.match(text, pos, s1)):
        pos = to.end()  # "responded to the report": the noun phrase, not its "to", is the content
    return cue, pos


# A relative or interrogative pronoun right before the source stands for a
# part of the content: "a wall, which he said Mexico would pay for", "what he
# calls corruption".
# Not "which" or "who" after a preposition: in "a poll in which 60 percent said ..."
# the pronoun is the frame, not the content; but "what" is the object whatever
# governs it ("in what he called a hate crime").
_WH_BEFORE_SOURCE = regex.compile(
    r"(?<![\w’'])((?:which|who|whom)(?<!\b(?:in|at|on|of|to|for|from|by|with|during|under|among|after|before|about|through)"
    r"\s+\w+)|what)\s+$",
    regex.IGNORECASE,
)

_WH_SOURCE_WORDS = 8

# "What" that opens a sentence right before its subject: a free relative or a heading
# ("What we know so far about the fire"), whose object the "What" is; nothing after the cue is
_OPENING_WHAT = regex.compile(r"[\"“‘']?What\s+")


def _wh_object(ctx: Context, sentence: Sentence, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The relative or interrogative pronoun right before a short source, which
    stands for the cue's object ("which he said", "what she calls"), if any."""
    if src is None:
        return None
    text = ctx.text
    wh = _WH_BEFORE_SOURCE.search(text, max(sentence.start, src[0] - 8), src[0], tokens.CONCURRENT)
    if wh is None or wh.start(1) <= sentence.start or "," in text[src[0]:src[1]]:
        return None
    return wh.span(1) if len(WORD.findall(text, *src)) <= _WH_SOURCE_WORDS else None


def _reduced_participle_end(ctx: Context, sentence: Sentence, src: tuple[int, int], cue: list[tuple[int, int]],
                            start: int, end: int) -> int:
    """Where the content of a cue in "-ing" right after the sentence's subject ends: that
    participle only modifies the subject, so the sentence's own verb comes after its content
    and ends it ("A petition urging the council to act | drew 500 signatures", "A post
    thanking the staff | has been shared"). ``end`` when the cue is no such participle or no
    verb of the main clause is seen: an auxiliary, a past that is no participle, or a verb in
    "-ed" before its object."""
    text = ctx.text
    if len(cue) != 1 or not text[cue[0][0]:cue[0][1]].split(None, 1)[0].endswith("ing") or text[src[1]:cue[0][0]].strip():
        return end
    if text[sentence.start:src[0]].strip(" \"“‘'") or not text[src[0]:src[1]].split(None, 1)[0].lower() in _SUBJECT_DETERMINERS:
        return end  # (not "with Lee saying ..., the board voted": no subject of the sentence)
    words = list(WORD.finditer(text, start, end, False, tokens.CONCURRENT))
    for k, m in enumerate(words):
        word = m.group()
        if word in RELATIVE_OPENERS or ctx.layout.inside_quote(m.start()):
            return end  # a clause of its own inside the content holds verbs that are not the main clause's
        before = words[k - 1].group().lower() if k else ""
        if k == 0 or before == "to" or before in en.VERB_AUXILIARIES or text[words[k - 1].end():m.start()].strip():
            continue
        after = words[k + 1].group().lower() if k + 1 < len(words) else ""
        if before in _OBJECT_OPENERS:
            continue  # "a combined $176,000": a modifier in "-ed"
        if (word in en.VERB_AUXILIARIES and word not in ("be", "been", "being", "do") or word in en.FINITE_PASTS
                or (word.endswith("ed") and len(word) > 4 or word in en.IRREGULAR_PASTS) and word.islower() and (
                    after in _OBJECT_OPENERS or after[:1].isdigit())):
            return m.start()
    return end


# what opens a subject a participle right after it may modify: "A petition urging ...", "The post thanking ..."
_SUBJECT_DETERMINERS = frozenset("a an the this one another".split())

# what may open the object of a verb in "-ed" ("drew the ire", "attracted more than 400")
_OBJECT_OPENERS = frozenset("the a an his her its their more some no about nearly over almost".split())


def _main_predicate_after(ctx: Context, wh: tuple[int, int], start: int, end: int) -> int | None:
    """The comma in [start, end) that closes a relative clause opened by a comma
    before its pronoun ``wh``, when an auxiliary or "is"-like verb, the main
    clause's, follows it ("the ferry, which they say is unsafe, will be sold");
    None when the pronoun has no comma before it or no such comma follows."""
    text = ctx.text
    if not text[max(0, wh[0] - 3):wh[0]].rstrip().endswith(","):
        return None
    comma = clauses.clause_comma(ctx, start, end)
    if comma >= end:
        return None
    nxt = WORD.search(text, comma + 1, min(end, comma + 24))
    if nxt is None or text[comma + 1:nxt.start()].strip():
        return None
    if nxt.group() in en.VERB_AUXILIARIES:
        return comma
    # a relative clause on the sentence's subject, set off by commas ("The suspect, who police say
    # was armed, fled on foot"): any verb after its closing comma is the main clause's, whatever its
    # form; not a word that goes on with the clause ("..., and", "..., according to", "..., in May")
    subject = sources.leading_subject(text, _sentence_at(ctx, wh[0]).start, wh[0], ctx.lexicon)
    word = nxt.group()
    if subject is None or text[subject[1]:wh[0]].strip() != "," or not word.islower() or (
            word in en.CLAUSE_BOUNDARIES or word in _GOES_ON_CLAUSE or word.endswith("ing")):
        return None
    return comma


# Words after a comma that go on with the clause before it, no main verb: a preposition, "also"
_GOES_ON_CLAUSE = frozenset(
    "in on at to for from with by of about over under into after before during since per also not including".split())

# "that" right before the source: a relative pronoun when the content has no subject
_THAT_BEFORE_SOURCE = regex.compile(r"(?<![\w’'])(that)\s+$")


def _relative_that(ctx: Context, sentence: Sentence, src: tuple[int, int] | None,
                   content: tuple[int, int]) -> tuple[int, int] | None:
    """The "that" of a relative clause right before a short source, when the
    content is a predicate with no subject of its own, a finite verb first ("a
    deadline that aides said went unnoticed", "a plan that Lee hopes will pass"):
    the pronoun is the predicate's subject and opens the content; else None."""
    if src is None:
        return None
    text = ctx.text
    first = WORD.match(text, content[0], content[1], tokens.CONCURRENT)
    if first is None or "," in text[src[0]:src[1]] or len(WORD.findall(text, *src, False, tokens.CONCURRENT)) > _WH_SOURCE_WORDS:
        return None
    word = first.group()
    if not word.islower() or not (word in en.VERB_AUXILIARIES or word.endswith("ed") or lemma(word) != word):
        return None
    that = _THAT_BEFORE_SOURCE.search(text, max(sentence.start, src[0] - 6), src[0])
    return that.span(1) if that is not None else None


# The noun phrase that heads a relative clause with no pronoun, right before
# its source, with the "that" after it: "a tactic Democrats hope will work",
# "The only regret he voiced was ...", "a trend that the board predicts will
# last". The predicate after the cue has that phrase for its subject, so it
# opens the content (train: the head 6 times, "that" alone 4, neither 2).
_RELATIVE_HEAD = regex.compile(
    r"(?<![\w’'-])((?:(?:one|some|many|most|all|none|each|any)\s+of\s+)?"
    r"(?:(?i:the|a|an|this|these|those|his|her|their|its|our|my|your|every|another|no)\s+"
    r"(?:(?!_STOP)[a-z][\w’'-]*\s+){0,3}(?!_STOP)[a-z][\w’'-]*|(?i:some|every|no|any)thing)(?:\s+that)?)\s+$".replace(
        "_STOP", r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did"
        r"|to|of|in|on|at|for|by|with|from|that|which|who|and|or|but|a|an|the|when|where|while|as|if|because)\b")
)

# An infinitive whose verb lacks its object, the head of the relative clause
# it stands in: "the reforms he hopes [to see] in law", "a fight it expects [to
# last] into spring", "the speech we'd like [to hear]". After the verb comes
# the content's end, a preposition or particle, or a subordinator, never an
# object ("the mayor wants to close the pier" names its own).
_GAPPED_INFINITIVE = regex.compile(
    r"to\s+(?:be\s+[a-z]+ing\s+|have\s+[a-z]+ed\s+)?[a-z][\w’'-]*"
    r"(?=[\s.,;:!?”\"’']*$|\s+(?:in|on|at|to|into|about|for|with|from|by|over|under|up|out|back|off|down|through"
    r"|when|if|as|because|before|after|while|until)\b)"
)

# A phrase fronted at the sentence's start with no comma ("In the end the mayor
# wants to ..."): its noun heads no relative clause.
_FRONTED_PREPOSITION = regex.compile(r"\s*(?:[A-Z][a-z]*\s+)?(?i:in|at|on|by|after|before|for|during|over|since|until|from|with)\s+$")


def _relative_head(ctx: Context, sentence: Sentence, src: tuple[int, int] | None,
                   content: tuple[int, int], cue_lemma: str = "") -> tuple[int, int] | None:
    """The head of a relative clause with no pronoun before a short source, when
    the content is a predicate with no subject of its own (an auxiliary first):
    "a plan [the mayor] says [will fail]", or an infinitive whose verb's object
    is that head: "the reforms [he] hopes [to see]"; else None."""
    if src is None:
        return None
    text = ctx.text
    first = WORD.match(text, content[0], content[1], tokens.CONCURRENT)
    if first is None or "," in text[src[0]:src[1]]:
        return None
    infinitive = first.group() == "to" and text[src[0]:src[1]].lower() not in ("who", "which", "that")
    if not infinitive and first.group().lower() not in en.VERB_AUXILIARIES and not (
            _finite_report_verb(first.group()) and _cue_word_takes_clause(text, src, content[0])):
        return None  # ("a report [Lee] said showed damage": a finite verb of saying opens the predicate too)
    if infinitive and (cue_lemma not in en.INTENT_VERBS or _GAPPED_INFINITIVE.match(text, *content) is None):
        return None
    if len(WORD.findall(text, *src, False, tokens.CONCURRENT)) > _WH_SOURCE_WORDS:
        return None
    head = _RELATIVE_HEAD.search(text, max(sentence.start, src[0] - 60), src[0])
    if head is None or infinitive and (
            head.group(1).endswith("that") or _FRONTED_PREPOSITION.fullmatch(text, sentence.start, head.start(1))):
        return None
    return head.span(1)


# What opens an adjunct, not an object, right after a cue: "opposed [as a senator]",
# "rebuffed [at a meeting]", "never envisioned [when she ran]".
_ADJUNCT_OPENER = regex.compile(
    r"(?:as|at|in|on|during|by|when|while|before|after|since|until|because)\b(?!\s+(?:well|if|though)\b)")

# A subject read as a noun then a name: "The plan Lee", "the ferry Ann Lee"
_HEAD_THEN_NAME = regex.compile(
    r"(?i:the|this|these|those|every|each|his|her|their|its|our|my|your)\s+(?:[a-z][\w’'-]*\s+){0,2}"
    # (not a preposition before the name: "The ministry in Kyiv" is a noun and its place)
    r"(?!(?:in|of|at|from|for|on|by|with|near|outside|inside)\s)([a-z][\w’'-]*)"
    r"\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})")

_ROLE_NOUNS = en.PERSON_NOUNS | en.TITLES | en.ORGANIZATION_WORDS | en.DOCUMENT_NOUNS

# a determiner, a noun, then a name after a courtesy title, ending the subject read: "of a campaign Mr. Khan"
_NOUN_THEN_TITLED_NAME = regex.compile(
    r"(?<![\w’'-])(?i:a|an|the|this|that|his|her|their|its)\s+[a-z][\w’'-]*\s+((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\w’'-]*)\Z")


def _name_after_gap_head(text: str, src: tuple[int, int], cue_end: int, s1: int) -> tuple[int, int]:
    """The name alone, when the subject read is a noun phrase then a name and the
    cue is followed by the sentence's own predicate (an auxiliary first): the
    noun heads a relative clause with no pronoun, whose subject is the name ("The
    plan [Lee] announced would cost ..."); a noun of role or body is the name's
    title ("The senator Ann Lee"), but not in the plural. Else the subject as read."""
    titled = _NOUN_THEN_TITLED_NAME.search(text, *src, tokens.CONCURRENT)
    if titled is not None:
        # "a campaign Mr. Khan has called bigoted": a noun and a name after a courtesy title make
        # no one mention; the name is the relative clause's subject, whatever follows
        return titled.span(1)
    found = _HEAD_THEN_NAME.fullmatch(text, *src, tokens.CONCURRENT)
    if found is None:
        return src
    after = clauses.skip_space(text, clauses.skip_post_adjuncts(text, cue_end, s1), s1)
    nxt = WORD.match(text, after, s1, tokens.CONCURRENT)
    head = found.group(1).lower()
    if document_noun(head) and head not in en.PERSON_NOUNS and head not in en.ORGANIZATION_WORDS and (
            nxt is not None and _finite_report_verb(nxt.group()) or nxt is not None and nxt.group() in en.VERB_AUXILIARIES) and (
            _cue_word_takes_clause(text, src, cue_end)):
        # "The report [Lee] said showed damage": the bare clause after a verb of saying opens with
        # its verb, its subject the noun before the name, which is no title of a text's name
        return found.span(2)
    if head in _ROLE_NOUNS or document_noun(head):
        return src  # a plural noun of role is no title of one name: "The candidates [Lee] named"
    if (nxt is None or nxt.group().lower() not in en.VERB_AUXILIARIES) and _ADJUNCT_THEN_BE.match(text, after, s1) is None:
        return src
    return found.span(2)


def _finite_report_verb(word: str) -> bool:
    """Whether a lower-case word is a finite form, past or present in "-s", of a verb that
    takes a clause ("showed", "finds"), as a predicate with no subject of its own opens."""
    return word.islower() and lemma(word) != word and not word.endswith("ing") and lemma(word) in en.THAT_VERBS


def _cue_word_takes_clause(text: str, src: tuple[int, int], cue_end: int) -> bool:
    """Whether the cue's last word is a verb of saying or thinking that takes a bare clause."""
    cue = WORD.findall(text, max(src[1], cue_end - 30), cue_end, False, tokens.CONCURRENT)
    return bool(cue) and lemma(cue[-1].lower()) in en.CLAUSE_VERBS


# the words before a subject that are no noun a relative clause with no pronoun may hang on
_NO_GAP_HEAD = en.SUBORDINATORS | en.VERB_AUXILIARIES | frozenset(
    "the a an this that these those and but or so then as of in on at to for with by from when while if".split())


def _predicate_after_gap(text: str, s0: int, src: tuple[int, int], cue_end: int, s1: int) -> bool:
    """Whether the cue's subject, a pronoun, follows a noun with nothing between and a verb of saying
    follows the cue, finite, past or present: the cue and its subject are a relative clause
    with no pronoun on that noun, and the verb after them is the sentence's own ("Photographs
    he posted showed a burning warehouse", "The data she cited shows ..."). The report is the
    sentence's verb's, not the cue's. A name may be that subject too ("The photo Ann Lee posted
    showed ..."), after a noun of no role, when the cue takes no bare clause ("the report Lee
    said showed ..." is Lee's report)."""
    if text[src[0]:src[1]].lower() not in sources.GAP_SUBJECTS:
        src = _gapped_name(text, src, cue_end)
        if src is None:
            return False
    elif _cue_word_takes_clause(text, src, cue_end):
        return False  # "The report she said showed ...": her report, as a name's is
    before = WORD.findall(text, max(s0, src[0] - 30), src[0], False, tokens.CONCURRENT)
    if not before or not text[s0:src[0]].rstrip().endswith(before[-1]) or before[-1].lower() in _NO_GAP_HEAD:
        return False
    nxt = WORD.match(text, clauses.skip_space(text, clauses.skip_post_adjuncts(text, cue_end, s1), s1), s1, tokens.CONCURRENT)
    if nxt is None or not nxt.group().islower():
        return False
    return _finite_report_verb(nxt.group())


def _gapped_name(text: str, src: tuple[int, int], cue_end: int) -> tuple[int, int] | None:
    """The name that may open a relative clause with no pronoun on the noun before it: the
    name of "The data Ann Lee" or a name alone ("Ann Lee", after "the photo"), when the noun
    names no role ("The senator Ann Lee" is one mention) and the cue is no verb of saying
    or thinking whose bare clause lost its subject ("the report Lee said showed ..."); else None."""
    if _cue_word_takes_clause(text, src, cue_end):
        return None
    found = _HEAD_THEN_NAME.fullmatch(text, *src, tokens.CONCURRENT)
    if found is not None:
        head, src = found.group(1).lower(), found.span(2)
    else:
        words = WORD.findall(text, *src, False, tokens.CONCURRENT)
        if not words or len(words) > 3 or not all(w[0].isupper() for w in words):
            return None
        before = WORD.findall(text, max(0, src[0] - 30), src[0], False, tokens.CONCURRENT)
        head = before[-1] if before else ""
    if not head.isalpha() or not head.islower() or head in _NO_GAP_HEAD or head in en.PERSON_NOUNS or head in en.TITLES:
        return None
    return src


# "in his letter are ...": an adjunct, then the sentence's own predicate
_ADJUNCT_THEN_BE = regex.compile(
    r"(?:in|on|at|during|by|before|after|since|last|this)\s+(?:(?!that\b)[^,;:.“”\"]){1,40}?\s+(?:is|are|was|were|will|would|has|have|had)\b")

# The most words of a source that opens a relative clause with no pronoun
_GAP_SOURCE_WORDS = 4


def _gapped_object(ctx: Context, sentence: Sentence, src: tuple[int, int] | None,
                   content: tuple[int, int], cue_end: int) -> tuple[int, int] | None:
    """The head of a relative clause with no pronoun right before a short source,
    when what follows the cue is an adjunct, not an object, so the cue's object
    is that head: "something she opposed as a senator", "an offer the board
    rebuffed at a meeting", "a fact he mentions on the trail"; else None.
    A head of time ("the day he spoke on TV") is an adverbial, no object."""
    text = ctx.text
    if src is None or text[cue_end:content[0]].strip() or _ADJUNCT_OPENER.match(text, content[0], content[1], tokens.CONCURRENT) is None:
        return None  # the adjunct comes right after the cue, no hearer or object between
    return _gapped_head(ctx, sentence, src)


def _gapped_head(ctx: Context, sentence: Sentence, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The head of a relative clause with no pronoun right before a short source
    ("a levy [the board] opposed"), when it is no time, manner or place; else None."""
    text = ctx.text
    if src is None:
        return None
    words = WORD.findall(text, *src, False, tokens.CONCURRENT)
    if "," in text[src[0]:src[1]] or len(words) > _GAP_SOURCE_WORDS or not words or (
            words[0].islower() and words[0] not in sources.NOUN_MARKERS and words[-1][:1].isupper()):
        return None  # "the most able candidate Lee argues": a bare noun before the name is the head's
    if (than := _THAN_BEFORE.search(text, max(sentence.start, src[0] - 8), src[0])) is not None:
        return than.span(1)  # "more seats than her aides expected": annotators mark the "than"
    head = _RELATIVE_HEAD.search(text, max(sentence.start, src[0] - 60), src[0])
    if head is None or _FRONTED_PREPOSITION.fullmatch(text, sentence.start, head.start(1)):
        return None
    start, end = head.span(1)
    if text[start:end].endswith("that"):
        end = clauses.trim(text, start, end - 4)[1]
    last = text[start:end].rsplit(None, 1)[-1].lower()
    if last in en.TIME_WORDS or last in _NOT_GAP_HEADS or _ADJUNCT_OPENER.fullmatch(last):
        return None
    if (pre := _PREDETERMINER_BEFORE.search(text, max(sentence.start, start - 6), start)) is not None:
        start = pre.start(1)  # "all the doubt you'd expect": the predeterminer is the head's
    return start, end


# "than" right before the source of a gapped comparative clause, and a predeterminer before a head
_THAN_BEFORE = regex.compile(r"(?<![\w’'-])(than)\s+$")

_PREDETERMINER_BEFORE = regex.compile(r"(?<![\w’'-])((?i:all|both|half))\s+$")

# Heads that stand for an adverbial, not an object ("the way he spoke at ..."),
# and prepositions, which end no head ("policies toward [the town] ...")
_NOT_GAP_HEADS = frozenset("way place reason moment occasion times".split()) | frozenset(
    "toward towards of for from with about over among between behind against into through under like".split())

_WITH_OUTLET = regex.compile(
    r"\s+(?:with|to|on|provided\s+to|sent\s+to|given\s+to|obtained\s+by)\s+" + OUTLET_NAME_GROUP)

# the outlet a piece was written in, after a verb of writing: "wrote in Die Zeit that"
_IN_OUTLET = regex.compile(r"\s+in\s+" + OUTLET_NAME_GROUP)

# What closes an inverted cue's sentence after its speaker: the medium and the outlet
# that heard it, or the outlet written for ("..., said Lee in an interview with The
# Planet.", "..., wrote Lee for The Planet.")
_INVERTED_RELAY = regex.compile(r"(?:" + sources.MEDIUM_TO + r"|\s+(?:for|in|to|on))\s+" + OUTLET_NAME_GROUP)

# ... or the medium alone, before the outlet that carried it: "..., said Lee in a statement
# carried by state news agency WAM."
_INVERTED_MEDIUM = regex.compile(sources.MEDIUM)


def _carried_aside(ctx: Context, pos: int, s1: int) -> tuple[int, int] | None:
    """The outlet that carried the medium of an aside set off by commas from ``pos``, its
    comma, on: "Xinhua" in ", in comments carried by Xinhua, that ...", "CNN" in ", in an
    interview broadcast by CNN, the ..." (not ", in a report published by the institute,"
    whose author is no outlet); None when no such aside closes on its comma or the sentence's end."""
    medium = _INVERTED_MEDIUM.match(ctx.text, pos + 1, s1, tokens.CONCURRENT)
    return carrier_before_comma(ctx, medium.end(), s1) if medium is not None else None


def _as_clause_start(text: str, s0: int, src: tuple[int, int] | None, cue_lemma: str, cue_end: int) -> int | None:
    """Where the "as" of an as-clause stands before the source ("as Lee noted"),
    when the cue reports ("as he spoke" only tells when; "as Lee pointed out"
    does, a phrasal verb of saying whose particle ends the cue at ``cue_end``);
    else None."""
    if src is None or not (cue_lemma in en.THAT_VERBS or cue_lemma in en.INVERTING_VERBS or cue_lemma == "put"
                           or _phrasal_saying(text, cue_lemma, cue_end)):
        return None
    found = _AS_CLAUSE.search(text, max(s0, src[0] - 4), src[0], tokens.CONCURRENT)
    return found.start() if found else None


def _phrasal_saying(text: str, cue_lemma: str, cue_end: int) -> bool:
    """Whether the cue ending at ``cue_end`` ends in the particle of a phrasal
    verb of saying whose head is ``cue_lemma`` ("pointed out")."""
    particle = LAST_WORD_OF.search(text, max(0, cue_end - 6), cue_end)
    return particle is not None and (cue_lemma, particle.group(1).lower()) in en.SAYING_PHRASALS


def _as_clause_after(ctx, sentence, src, cue, lemma_, as_start, pos) -> Iterator[Candidate]:
    """An as-clause after the words it comments on, which are its content: all
    that comes before it, and what follows its closing comma ("The pier, as
    Lee noted, is unsafe")."""
    text, s1 = ctx.text, sentence.end
    before = clauses.trim(text, sentence.start, as_start)
    occasion = _OCCASION_BEFORE_COMMA.match(text, pos, s1) or _OCCASION_TO_END.match(text, pos, s1)
    prep = _ENDS_IN_PREPOSITION.search(text, cue[-1][0], cue[-1][1]) if occasion is None else None
    if prep is not None:
        # "as Lee noted in The Ledger.": the cue took in the occasion's preposition as a particle
        occasion = _OCCASION_BEFORE_COMMA.match(text, prep.start(), s1) or _OCCASION_TO_END.match(text, prep.start(), s1)
        if occasion is not None:
            cue = [*cue[:-1], (cue[-1][0], prep.start())]
    if occasion is not None:
        pos = occasion.end() - (text[occasion.end() - 1] == ",")
    tail = text[pos:s1]
    spans = [before]
    if tail.lstrip().startswith(","):
        after = text.index(",", pos) + 1
        rest = clauses.trim(text, after, clauses.content_end(ctx, after, s1))
        if rest[1] > rest[0]:
            spans.append(rest)
    elif tail.strip(clauses.CLOSE_PUNCT + "”\"’'"):
        return  # more follows that is no part of either side
    if before[1] > before[0]:
        yield candidate(ctx, sentence, cue, lemma_, spans, src, "core.as_clause.v2", priority=50)


# What follows the hearer of a verb that takes one: "told the crowd that",
# "asked the students whether". Not "to": in "urged the board to act" the
# board is a part of what was urged.
_WH = "if|whether|how|what|why|when|where|who"

_COMPLEMENT_AFTER_HEARER = {
    "tell": "that|" + _WH, "ask": _WH, **{verb: "that" for verb in en.HEARER_VERBS if verb != "tell"},
    # "emailed staff on Monday that ...": who got the message is no content
    **{verb: "that" for verb in en.MESSAGING_VERBS},
    # "reminded voters of the stakes", "reminding his staff about ...": the hearer is no content
    "remind": "that|of|about|" + _WH,
}

# An adverb set off by commas after the hearer, before a question: "asked the minister, too,
# whether" (not before "that", which may open a clause of its own: "have been promising a
# larger staff for months, though, that has yet to happen")
_HEARER_ASIDE = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in (*en.PARENTHETICALS, "also", "again"))

_COMPLEMENT_AHEAD = {
    # a place set off by commas may close the hearer: "told supporters in Akron, Ohio, that"
    verb: regex.compile(r"\s+[^,;:“”\"()\n]{1,80}?(?:(?-i:,\s+\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*)?,)|,\s+(?:"
                        + _HEARER_ASIDE + r"),(?=\s+(?:" + _WH + r")\b))?\s+(?=(?:" + words + r")\b)", regex.IGNORECASE)
    for verb, words in _COMPLEMENT_AFTER_HEARER.items()
}

_LONG_HEARER_WORDS = 10

# A hearer is a noun phrase, opened by no preposition: not an adjunct's, nor one of a topic
# ("warned against raising the levy in that harbour", "told of losing her boat in that storm":
# the "that" is a determiner)
_TOPIC_PREPOSITIONS = frozenset("of about against over".split())

_ARTICLE_PARTICIPLE = regex.compile(r"\s*(?:the|an?)\s+[a-z]{2,20}ed(?=\s+[a-z])", regex.IGNORECASE)

# The medium a report went out in, before whom it went to or what carried it, inside the words
# the complement pattern took for a hearer: "told members of the board | in an interview | with
# the BBC that", "in a statement carried by WAM that"
_MEDIUM_AFTER_HEARER = regex.compile(sources.MEDIUM + r"(?=" + sources.MEDIUM_LINK + r"[^\S\n])")


def _past_long_hearer(ctx: Context, lemma_: str, pos: int, s1: int) -> int:
    """Past a hearer the hearer pattern does not know, up to the complement
    that follows it: "told members of the council that ...", "asked the
    students whether ...". The hearer must read as a noun phrase. A medium
    and its link after the hearer end it there, past the medium ("told members
    of the board in an interview | with the BBC that"), where the outlet is read."""
    text = ctx.text
    m = _COMPLEMENT_AHEAD[lemma_].match(text, pos, s1)
    if m is None or ctx.layout.inside_quote(m.end()):
        return pos
    stop = m.end()
    medium = _MEDIUM_AFTER_HEARER.search(text, pos, s1, tokens.CONCURRENT) if text.find(" in ", pos, stop) >= 0 else None
    if medium is not None and pos < medium.start() < stop:
        stop = medium.start()
    words = WORD.findall(text, pos, stop)
    if not words:
        return pos
    first = words[0].lower()
    # an adjective in -ed right after the article is no verb: "told a crowded hall in Leeds that"
    adjective = _ARTICLE_PARTICIPLE.match(text, pos, stop)
    if len(words) > _LONG_HEARER_WORDS or first in _ADJUNCT_ONLY or first in _TOPIC_PREPOSITIONS or not (
            clauses.noun_phrase(text, adjective.end() if adjective else pos, stop)):
        return pos  # "asked about the plan and whether ...": no hearer
    return m.end() if stop == m.end() else medium.end()


# a bare plural after "told": "told suppliers ...", "told shareholders on Monday ..."
# a bare plural in lower case as a whole word, a hearer the pattern does not know: "suppliers", "analysts"
# (after up to two words in lower case that modify it: "told board members", "told the school board members")
# More hearers after the first, to the sentence's end: "(told Reuters) and CNN.", "(told
# reporters) and analysts on a call.", names or a bare plural, no verb ("told Lee and left")
_MORE_HEARERS_TO_END = regex.compile(
    r"[^\S\n]+and[^\S\n]+(?:(?:the[^\S\n]+)?\p{Lu}[\w.&’'-]*(?:[^\S\n]+(?:of[^\S\n]+)?\p{Lu}[\w.&’'-]*){0,4}"
    r"|[a-z]{2,}[^s\W]s)(?=[^\S\n]+(?:on|in|at)[^\S\n]|[\s.!?”\"’']*$)")

_BARE_PLURAL = regex.compile(r"\s*(?:[a-z]+\s+){0,2}?[a-z]{2,}[^s\W]s(?![\w’'-])")


def _past_plural_hearer(ctx: Context, pos: int, s1: int) -> int:
    """Past the hearer of "told" when it is a bare plural the hearer pattern
    does not know, before a clause with no "that" that a determiner or a
    pronoun opens ("told suppliers it would pay", "told investors on Monday
    the plan was dead"); else as :func:`_past_long_hearer`."""
    text = ctx.text
    m = _BARE_PLURAL.match(text, pos, s1)
    if m is not None and not ctx.layout.inside_quote(m.end() - 1):
        after = clauses.skip_post_adjuncts(text, m.end(), s1)
        if _PARENTHETICAL_THAT.match(text, after, s1) is not None:
            return after  # "told farmers, in a speech, that ...": an aside set off by commas, as after "told reporters"
        first = WORD.match(text, clauses.skip_space(text, after, s1), s1)
        if first is not None and first.group().lower() in _NEW_PHRASE_OPENERS:
            return after
    return _past_long_hearer(ctx, "tell", pos, s1)


# Words that open a new noun phrase after a hearer: a determiner or a pronoun
_NEW_PHRASE_OPENERS = _NOUN_MARKERS | frozenset(en.PRONOUNS) | en.OBJECT_PRONOUNS


def _hearer_goes_on(text: str, pos: int, s1: int) -> bool:
    """Whether the words at ``pos``, right after a hearer, may still be part
    of it ("the editorial [board]", "voters [and Twitter followers]") rather
    than open the content: no determiner or pronoun opens a new noun phrase
    ("told reporters [the] plan was dead")."""
    first = WORD.match(text, clauses.skip_space(text, pos, s1), s1)
    return first is not None and first.group().lower() not in _NEW_PHRASE_OPENERS


# The hearer's last word past what the hearer pattern took, or a second hearer joined by "and"
# ("told the harbour | board", "told reporters | and aides", "told Lee | and the board"): a word in
# lower case that is no verb form in -ed, -ing or -ly
_HEARER_TAIL = regex.compile(
    r"[^\S\n]+(?:(?:and|or)[^\S\n]+(?:(?:the|his|her|their|its|our|my)[^\S\n]+)?(?:\p{Lu}[\w.’'-]*|[a-z][\w-]*)|[a-z][\w-]*)"
    r"(?<![a-z](?:ed|ing|ly))(?![\w’'-])")

# ... which ends the sentence, or before a second predicate ("told the board | and walked out")
_HEARER_TAIL_ENDS = regex.compile(r"[\s.!?”\"’']*$|[^\S\n]+and[^\S\n]+[a-z]+ed\b")


def _past_hearer_tail(text: str, pos: int, s1: int) -> int:
    """Past the hearer's last word or a second hearer after ``pos``, where the hearer pattern
    stopped short of them, when a clause with no "that" follows, its subject a pronoun or a
    determiner's noun ("told reporters and aides | she would run", "told the harbour board |
    the pier was safe"), or nothing is said ("told the harbour board | and walked out"); else ``pos``."""
    tail = _HEARER_TAIL.match(text, pos, s1)
    if tail is None or WORD.findall(text, *tail.span())[-1].lower() in _TAIL_NOT_HEARER:
        return pos
    end = clauses.skip_post_adjuncts(text, tail.end(), s1)  # "told the board members | on Monday | the plan ..."
    if _HEARER_TAIL_ENDS.match(text, end, s1) is not None or (
            _DETERMINED_SUBJECT.match(text, end, s1) is not None and _opens_bare_clause(text, end, s1)):
        return end
    return pos


# What is told, no hearer: "told a slightly different tale", "told the whole story"
_TOLD_THINGS = frozenset("story stories tale tales truth lie lies joke jokes version account anecdote anecdotes".split())

_TOLD_THING_NEXT = regex.compile(r"[^\S\n]+(?:" + "|".join(sorted(_TOLD_THINGS)) + r")(?![\w’'-])", regex.IGNORECASE)


def _told_thing(text: str, hearer: regex.Match, s1: int) -> bool:
    """Whether the words the hearer pattern took open a noun phrase, a determiner first, whose
    head right after them is what is told, no hearer: "told | a slightly different | tale",
    "told | the whole | story"."""
    first = WORD.match(text, clauses.skip_space(text, hearer.start(), s1), s1)
    return first is not None and first.group().lower() in _NOUN_MARKERS and _TOLD_THING_NEXT.match(text, hearer.end(), s1) is not None


# Words after a hearer that are no part of it: what is told ("told the board everything"), an
# adverb or a word that opens a clause or a phrase
_TAIL_NOT_HEARER = (en.TIME_WORDS | en.VERB_AUXILIARIES | cues.PREPOSITIONS | _NEW_PHRASE_OPENERS | frozenset(
    "everything something nothing anything all again so too also then there not never".split())
    | en.SUBORDINATORS | frozenset(_WH.split("|")) | _TOLD_THINGS)

_OF_OR_ABOUT = regex.compile(r"\s+(?:of|about)\b", regex.IGNORECASE)


def _hearer_then_clause(text: str, lemma_: str, hearer: regex.Match, s1: int) -> bool:
    """Whether the words a verb of telling's hearer pattern took are a hearer before a clause
    with no "that", its subject a pronoun or a determiner's noun, as after "told": "assured Roe
    a review would ...", "warned the board the plant would ..." (not a time, which the pattern
    may take for a name: "warned Friday the plant would ..."; not a preposition after a pronoun:
    "informing her of the death ..."; not what is promised: "promised her entire plan would ...")."""
    words = WORD.findall(text, *hearer.span())
    # (the hearer's last word may lie past what the pattern took: "warned the harbour | board the pier ...")
    at = hearer.end() if _DETERMINED_SUBJECT.match(text, hearer.end(), s1) else _past_hearer_tail(text, hearer.end(), s1)
    return (lemma_ in _HEARER_FIRST and bool(words) and words[-1].lower() not in en.TIME_WORDS
            and words[-1].lower() not in cues.PREPOSITIONS and _DETERMINED_SUBJECT.match(text, at, s1) is not None
            and _opens_bare_clause(text, at, s1))


# a subject pronoun or a determiner right after a hearer, the subject of a clause with no "that"
_DETERMINED_SUBJECT = regex.compile(r"[^\S\n]+(?:I|we|he|she|they|the|an?|this|these|those|its|his|her|their|our)[^\S\n]")

# a subject pronoun right after the hearer opens the clause a "that" would: "assured voters he would"
_SUBJECT_AFTER_HEARER = regex.compile(r"\s+(?:he|she|they|we|I|it|there)(?![\w-])")

# a cue that ends in its preposition ("warned of", "warned against", "is assured of") has taken its object's place: no hearer follows
_CUE_ENDS_IN_PREPOSITION = regex.compile(r"(?<![\w’'-])(?:of|about|against)\s*$", regex.IGNORECASE)

# Verbs of asking whose hearer may follow "from" before the question: "sought to know from the
# state why ...", "enquired from the officials whether ..."
_ASKING_FROM = frozenset(["know", "ask", "enquire", "inquire", "query", "learn"])

_FROM_THEN_QUESTION = regex.compile(
    r"[^\S\n]+from[^\S\n]+(?:[\w’'.-]+[^\S\n]+){1,6}?(why|what|whether|how|when|where|if|who)\b")


def _past_hearer(ctx: Context, lemma_: str, pos: int, s1: int, via: list[tuple[int, int]]) -> int:
    """Where content may start after a cue's hearer ("told X", "warned X that")
    or the outlet it was given to ("in an interview with X"); an outlet
    goes into ``via``."""
    text = ctx.text
    if _CUE_ENDS_IN_PREPOSITION.search(text, max(pos - 8, 0), pos, tokens.CONCURRENT):
        pass  # "warned of losing seats in that state": what follows "of" is the content, no hearer
    elif lemma_ in en.HEARER_VERBS:
        m = HEARER.match(text, pos, s1)
        # "told X ..." always names a hearer; "warned X" only before "that"
        if m and lemma_ != "tell" and not _THAT.match(text, m.end(), s1) and not (
                lemma_ == "remind" and _OF_OR_ABOUT.match(text, m.end(), s1)) and not (
                _SUBJECT_AFTER_HEARER.match(text, m.end(), s1)) and not _hearer_then_clause(text, lemma_, m, s1):
            m = None
        if m is not None and _told_thing(text, m, s1):
            m = None  # "told a slightly different tale": the pattern's hearer is what is told
        if m is None:
            pos = _past_long_hearer(ctx, lemma_, pos, s1) if lemma_ != "tell" else _past_plural_hearer(ctx, pos, s1)
        elif not ctx.layout.inside_quote(m.start() + 1):
            hearer = title_last_word(text, hearer_name(text, m.span(), s1, ctx.lexicon), s1, ctx.lexicon)
            if (told := _outlet_hearer(ctx, lemma_, hearer, s1)) is not None:
                via.append(told[0])
                hearer = told[1]
                if (also := _second_outlet_hearer(ctx, lemma_, hearer[1], s1)) is not None:
                    via.append(also[0])  # "told Reuters and the BBC that": both outlets relay it
                    hearer = also[1]
            # "told X on Monday that", "told X in an interview that"
            start = pos
            pos = clauses.skip_post_adjuncts(text, max(m.end(), hearer[1]), s1)
            past = pos
            pos = cues.extend_cue(ctx, pos, pos, s1) if text.startswith(" in ", pos) else pos
            # (after a platform the hearer is over: "told reporters in an interview with the BBC that"
            # names the outlet below, no longer hearer)
            if not _THAT.match(text, pos, s1) and not cues.takes_platform(text, past, pos) and _hearer_goes_on(text, pos, s1):
                # "told the editorial board that", "told a crowd in Ohio on Friday that": the
                # pattern read the hearer only in part; it runs to the "that"
                pos = max(pos, _past_long_hearer(ctx, lemma_, start, s1))
                pos = _past_hearer_tail(text, pos, s1)
            pos = _past_hearer_relative(text, pos, s1)
    elif lemma_ in _COMPLEMENT_AFTER_HEARER:
        pos = _past_long_hearer(ctx, lemma_, pos, s1)
    if (agent := vehicle_agent(ctx, pos, s1)) is not None:
        # "said in a statement carried by WAM that ...": the outlet that carried it relays it; any
        # other agent is no part of the report either ("in a report published by the institute that")
        after = clauses.skip_post_adjuncts(text, agent[0][1], s1)
        if _THAT.match(text, after, s1) or text[after:s1].lstrip()[:1] in (",", ":"):
            if agent[1]:
                via.append(agent[0])
            return after
    if text.startswith(",", pos) and (carried := _carried_aside(ctx, pos, s1)) is not None:
        via.append(carried)  # "said, in comments carried by Xinhua, that ...": the same set off by commas
    interview = _WITH_OUTLET.match(text, _past_interview_occasion(text, pos, s1), s1, tokens.CONCURRENT) or (
        _IN_OUTLET.match(text, pos, s1, tokens.CONCURRENT) if lemma_ == "write" else None)
    paper = interview_outlet(ctx, interview, s1) if interview else None
    if paper is not None:
        after = clauses.skip_post_adjuncts(text, paper[1], s1)
        if (aired := _CARRIED_PARTICIPLE.match(text, after, s1, tokens.CONCURRENT)) is not None:
            after = clauses.skip_post_adjuncts(text, aired.end(), s1)  # "with the BBC aired on Monday that"
        # ("said on CNN, where he is a contributor, that ...": after "on" only a "that" or a colon ends the outlet's phrase)
        on = text[interview.start():interview.start(1)].split()[0] == "on"
        if _THAT.match(text, after, s1) or text[after:s1].lstrip()[:1] in ((":",) if on else (",", ":")) or (
                _opens_bare_clause(text, after, s1)) or _place_then_that(text, after, s1) is not None:
            # ("said in an interview with the BBC the pier was safe": a bare clause, no "that", after the outlet;
            # "with the BBC the day after the vote that": the time of the interview, then the "that")
            via.append(paper)
            pos = after
    elif interview is not None and _GIVEN_TO_PERSON.match(text, interview.start(), interview.start(1)) and (
            _MEDIUM_BEFORE.search(text, max(0, pos - 40), pos, tokens.CONCURRENT)):
        # "said in an interview with Ann Roe the vote would pass", "in a letter to Lee the ...": a
        # hearer who is no outlet relays nothing, but the clause after the name is what was said
        after = clauses.skip_post_adjuncts(text, interview.end(1), s1)
        if _opens_bare_clause(text, after, s1):
            pos = after
    return pos


# the interview a report was given during, before the outlet it was given to or aired on: "said
# | during an interview | with CNN", "during a radio interview on Hardball"
_DURING_INTERVIEW = regex.compile(
    r"[^\S\n]+during[^\S\n]+(?:an?|the)[^\S\n]+(?:[a-z-]+[^\S\n]+)?interview(?=[^\S\n]+(?:with|on)[^\S\n])")


def _past_interview_occasion(text: str, pos: int, s1: int) -> int:
    """Past an interview the words were said during, right at ``pos``, when "with" or "on" an
    outlet follows ("said during an interview with CNN that"): the outlet relays them as after
    "in an interview", though annotators keep the occasion out of the cue as often; else ``pos``."""
    if not text.startswith(" during ", pos, s1):
        return pos
    occasion = _DURING_INTERVIEW.match(text, pos, s1, tokens.CONCURRENT)
    return pos if occasion is None else occasion.end()


# The medium a cue ended on, right before its hearer ("said | in an interview", "in a letter"), and
# the "with" or "to" of a hearer given the words in it, no outlet's vehicle ("provided to", "on")
_MEDIUM_BEFORE = regex.compile(sources.MEDIUM + r"$", regex.IGNORECASE | regex.REVERSE)

_GIVEN_TO_PERSON = regex.compile(r"\s+(?:with|to)\s+")

# A subject pronoun or a determiner right after an outlet's name, opening the clause said to it
# (a demonstrative or "our" too, as after a hearer: "reminded voters | this election would ...")
_BARE_CLAUSE_AFTER = regex.compile(r"\s+(?:I|we|he|she|it|they|the|its|his|her|their|our|this|these|those)\s+([\w’'-]*)")


def _opens_bare_clause(text: str, pos: int, s1: int) -> bool:
    """Whether a clause with no "that" opens at ``pos``, right after a hearer's name, its
    subject a pronoun or a determiner's noun ("with the BBC | the pier was safe"), or a bare
    noun phrase in lower case before a finite auxiliary ("with Ann Roe | costs would rise");
    not a time ("with the BBC | the day after he resigned")."""
    bare = _BARE_CLAUSE_AFTER.match(text, pos, s1)
    if bare is None:
        # (in lower case: a word in capitals may still be the name's: "with Ann Roe Smith")
        start = clauses.skip_space(text, pos, s1)
        return text[start:start + 1].islower() and clauses.opens_subject_clause(text, start, s1)
    return bare.group(1) not in en.TIME_WORDS and clauses.reads_as_clause(text, pos, s1)


# How the interview given to an outlet came out, after the outlet's name: "in an interview
# with the BBC aired on Monday that", "with the Planet published on Sunday:"
_CARRIED_PARTICIPLE = regex.compile(r"[^\S\n]+(?:" + "|".join(en.CARRIED_ON) + r")\b")


def _past_hearer_relative(text: str, pos: int, s1: int) -> int:
    """Past a relative clause on the hearer's noun, up to the "that" that opens what was
    told: "told the panel that oversees the banks | that rates would rise" (a verb right
    after the first "that", with no subject between, makes it a relative pronoun); ``pos``
    as it was when no such "that" follows, or after a pronoun, which takes no relative clause."""
    that = _THAT.match(text, pos, s1, tokens.CONCURRENT)
    if that is None or _RELATIVE_PREDICATE.match(text, that.end(), s1, tokens.CONCURRENT) is None:
        return pos
    hearer = text[max(0, pos - 12):pos].split()
    if not hearer or hearer[-1].lower() in en.OBJECT_PRONOUNS:
        return pos
    past = _complementizer_past_relative(text, that.end(), s1)
    return pos if past is None else text.rindex("that", that.end(), past.end())


# A citation in brackets, a name and a year, right after a quotation closes: "“We will appeal”
# (The Planet, 2019)"; group 1 the name
_CITATION_AT_END = regex.compile(r"(?<=[”\"’'])[^\S\n]*\(([^(),\n]{1,60}),[^\S\n]*(?:1[89]|20)\d\d\)$")

_AS_CLAUSE = regex.compile(r"(?<!\S)[Aa]s\s+$")

_BY_AGENT = regex.compile(r"\s+by\s+(?!saying\b|telling\b|noting\b|arguing\b)")


def _occasion(prepositions: str, longest: int, *, questions: bool = True, titles: bool = False) -> str:
    """A place or occasion after a cue: a preposition, then words up to a
    clause's punctuation; with ``questions`` False, none of them opens an
    indirect question ("told Lee on Monday how ...": the question is a content);
    with ``titles``, a programme's or paper's title in quotation marks may
    stand in it ("on NBC’s “Meet the Press.”")."""
    # "at least", "in fact", "on average" open no place: they quantify or hedge what follows
    word = r"[^,;:“”\"\n]" if questions else r"(?:(?!\b(?:how|why|whether|what)\b)[^,;:“”\"\n])"
    if titles:
        word = r"(?:" + word + r"|" + _QUOTED_TITLE + r")"
    return (r"\s+(?:" + prepositions + r")\s+(?!(?:least|most|all|fact|part|general|average|particular)\b)"
            + word + r"{1," + str(longest) + r"}?")


# a short title in quotation marks, no comma before its close, right after a possessive or
# "on": "NBC’s “Meet the Press”", "on “Morning Joe.”" (not a quoted phrase: "had “no substance”")
_QUOTED_TITLE = r"(?<=(?:[’']s|\bon)\s)(?:“[^“”,\n]{1,40}[\w.]”|\"[^\",\n]{1,40}[\w.]\")"

# The time of a saying told by how long after or before an event it came, as a preposition of
# _occasion: "said the day after the vote that", "told CNN hours before the debate that", "..., the
# returning officer declared shortly after 1am."
_HOW_LONG_AFTER = (r"(?:the\s+(?:day|night|morning|afternoon|evening|week|weekend)|an?\s+(?:day|week|hour)|"
                   + clauses.HOW_LONG + r")\s+(?:after|before)")

# "As X said in Tel Aviv, Y": the place or occasion before the comma that ends an as-clause
_OCCASION_BEFORE_COMMA = regex.compile(_occasion("at|in|on|during|after|before|from|to|with", 60) + ",")

# "Y, X said at a rally in Ohio.": a place or occasion that ends the sentence after a trailing cue
# (or a clause of the time it was said in: "Y, X said as she left the hall")
# an adverb of manner right after a cue: "said quietly", "wrote angrily"
_MANNER_ADVERB = regex.compile(r"[^\S\n]+[a-z]{3,}ly(?=[^\S\n])")

_OCCASION_TO_END = regex.compile(
    _occasion(r"at|in|on|during|after|before|from|outside|inside|near|while|with|as(?!\s+(?:per|quoted|reported|cited)\b)|"
              + _HOW_LONG_AFTER, 80, questions=False, titles=True)
    + r"[\s.!?]*$"
)

# "Y, the agency reported citing officials.": whom the reporter cites, with no comma before it,
# ends the sentence as an occasion does (Indian wire copy)
_CITING_TO_END = regex.compile(r"[^\S\n]+(?:citing|quoting)[^\S\n]+[^.!?\n]{1,80}?[\s.!?]*$")

# Hearers with no determiner after "to": the object pronouns, and bodies named by a bare noun
_BARE_HEARERS = (en.OBJECT_PRONOUNS - {"her", "it"}) | frozenset("police staff parliament congress management".split())

# "said at a rally in Ohio that ...", "wrote in his memoir that ...": a place or occasion, then the report;
# the medium or role it was said in too ("announced via Twitter that", "admitted as a witness that"),
# and a programme's quoted title ("said on WKRP’s “Morning Show” that")
_PLACE_THEN_THAT = regex.compile(
    _occasion("at|in|on|from|during|with|after|before|following|amid|outside|inside|near|over|via|through|as|"
              + _HOW_LONG_AFTER
              # "said to reporters that", not an infinitive: "planned to reprint an editorial that"
              + r"|to(?=\s+(?:the|a|an|his|her|their|its|our|\p{Lu}|[a-z]+[^su\s]s\b))"
              # "complained to police that the", "explained to him that he": an object pronoun or a bare
              # body, then a "that" a subject follows (not "vowed to police that border")
              r"|to(?=\s+(?:" + "|".join(sorted(_BARE_HEARERS)) + r")\s+that\s+(?:the|an?|he|she|they|we|I|it|his|her|their|its|there)\b)",
              80, titles=True) + r"\s+that\s+"
)

# the same after a participle, with fewer prepositions: "urging voters to embrace a
# generation that ..." is no occasion
_OCCASION_THEN_THAT = regex.compile(_occasion("at|in|on|during|after", 60) + r"\s+that\s+")

# and before a colon that opens what was said: "telling reporters in Westminster: “...”"
_OCCASION_THEN_COLON = regex.compile(_occasion("at|in|on|during|after", 60) + r"\s*:")

# and when the cue took the preposition in ("saying in"), the rest of the occasion
_ENDS_IN_PREPOSITION = regex.compile(r"\s(?:at|in|on|during|after)$")

_OCCASION_AFTER_PREPOSITION = regex.compile(
    r"\s+(?!(?:least|most|all|fact|part|general|average|particular)\b)[^,;:“”\"\n]{1,60}?\s+that\s+"
)

# a verb right after a "that" that follows a noun, with no subject between: the "that" is a relative
# pronoun on the noun ("spoke before the committee that oversees the banks", "at a rally that was
# held", "in a hearing that followed the vote"), no complementizer
_RELATIVE_PREDICATE = regex.compile(
    r"(?:" + "|".join(sorted((en.VERB_AUXILIARIES | en.FINITE_PASTS) - {"'s", "’s"})) + r")\b"
    r"|[a-z]{2,}(?:s|ed)(?=[^\S\n]+(?:the|a|an|his|her|their|its|our|this|these|those)\b)"
    # (or a past right before the verb of the clause the noun is subject of: "the vote that followed was")
    r"|[a-z]{2,}ed(?=[^\S\n]+(?:" + "|".join(sorted(en.FINITE_AUXILIARIES)) + r")\b)")

# an object pronoun, then "to" and whom it went to, after "reported": "reported it to the
# F.B.I.", "reported them to the police"
_HANDED_ON = regex.compile(r"[^\S\n]+(?:it|them|him|her)[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}|police|authorities)")


def _place_then_that(text: str, pos: int, s1: int) -> regex.Match | None:
    """The place or occasion after a cue and the complementizer "that" after it ("said in
    court that the ..."), or None when a verb follows that "that" with no subject between:
    a relative clause on the occasion's noun, no report ("spoke before the committee that
    oversees the banks")."""
    m = (_PLACE_THEN_THAT.match(text, pos, s1, tokens.CONCURRENT) or _PLACE_COMMA_THAT.match(text, pos, s1, tokens.CONCURRENT)
         or _TOWN_AND_STATE_THAT.match(text, pos, s1, tokens.CONCURRENT))
    if m is not None and _RELATIVE_PREDICATE.match(text, m.end(), s1, tokens.CONCURRENT) is not None:
        # the complementizer may come after the relative clause: "said at the hearing that followed
        # the vote that the ..."
        m = _complementizer_past_relative(text, m.end(), s1)
    if m is not None and _closes_on_saying(text, m.start(), m.end()):
        return None
    if m is not None and _POSSESSED_REPORT_THAT.search(text, m.start(), m.end()) is not None:
        return None  # "bristled at his claims that ...": the clause is the report of the noun's owner, no occasion's
    return m


# a report noun that someone owns, and its "that", at the end of what was read as an occasion:
# "at his claims that", "over Lee's false allegations that" (not a text, which is one: "said in
# his report that")
_POSSESSED_REPORT_THAT = regex.compile(
    r"(?:(?<![\w’'-])(?:his|her|their|its|our|my|your)|\w[’']s?)\s+(?:[a-z][\w-]*\s+)?(?:"
    + "|".join(sorted((w for w in en.REPORT_NOUNS if not document_noun(w)), key=len, reverse=True))
    + r")\s+that\s+\Z", regex.IGNORECASE)

# the last word of an occasion, before its "that", comma or colon
_OCCASION_LAST_WORD = regex.compile(r"\b([a-z]+)(?:\s+that)?\s*[,:]?\s*$")


def _closes_on_saying(text: str, start: int, end: int) -> bool:
    """Whether what was read as an occasion after the cue ends on a verb of saying in the
    past, before its "that", comma or colon: "said in politics it takes time but added
    that ...", "... but added, “Y”": the words are a clause of their own, and what follows
    is the later verb's."""
    last = _OCCASION_LAST_WORD.search(text, start, end)
    return last is not None and (last.group(1) in en.FINITE_PASTS or last.group(1).endswith("ed")) and (
        lemma(last.group(1)) in en.THAT_VERBS)


# a relative clause with no mark in it, then a "that"
_RELATIVE_THEN_THAT = regex.compile(r"[^,;:“”\"\n]{1,60}?\s+that\s+")


def _complementizer_past_relative(text: str, pos: int, s1: int) -> regex.Match | None:
    """The next "that" past the relative clause that starts at ``pos`` (right after its
    relative "that"), when that "that" opens a clause rather than one more relative clause
    ("the committee that oversees the banks | that rates would rise"); None when there is none."""
    m = _RELATIVE_THEN_THAT.match(text, pos, s1, tokens.CONCURRENT)
    return m if m is not None and _RELATIVE_PREDICATE.match(text, m.end(), s1, tokens.CONCURRENT) is None else None


# the place or occasion may hold commas when one closes it before "that":
# "said in Madison, Wisconsin, that", "said on CNN, where he is a contributor, that"
_PLACE_COMMA_THAT = regex.compile(r"\s+(?:at|in|on|during|from|via|through)\s+[^;:“”\"\n]{1,100}?,\s+that\s+")

# ... or a town and its state or country, with no comma after them, or a time: "told a crowd in
# Salem, New Hampshire on Monday that", "said in Pune, India, last week that"
_TOWN_AND_STATE_THAT = regex.compile(
    r"\s+(?:at|in|from)\s+[^,;:“”\"\n]{0,60}?\p{Lu}[\w.’'-]*,\s+\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*)?,?"
    r"(?:\s+(?:on|last|this|early|late)\s+(?:\p{Lu}[a-z]+|week|month|year|night|weekend)|\s+(?:today|yesterday|tonight))?\s+that\s+")

# The paper a writer writes for, by its name in capitals, before "that" or a comma: "wrote for
# the Ledger that", "for The Daily Courier,", "for the Policy Institute that"; group 1 the name (no
# person's: "wrote for Ann Lee that" may be on her behalf)
_FOR_OUTLET_THEN_THAT = regex.compile(
    r"[^\S\n]+for[^\S\n]+((?:[Tt]he[^\S\n]+)?\p{Lu}[\w’'.&-]*(?:[^\S\n]+\p{Lu}[\w’'.&-]*){0,4})(?=[^\S\n]*(?:,|that\b))")

# "said on Twitter, “Y”", "wrote in a recent column: “Y”": a place or occasion, then the quotation
_PLACE_THEN_QUOTE = regex.compile(r"\s+(?:at|in|on|during|via|through)\s+[^,;:“”\"\n]{1,80}?[,:]\s*(?=[“\"‘]|'')")

_ASIDE_COLON = regex.compile(r"\s*,[^,:;“\"‘\n]{1,40}:\s*[“\"‘]")

# "X added a caveat: “Y”", "X put it this way: “Y”": a short object or adverbial, a colon, a quotation
_OBJECT_COLON = regex.compile(r"[^,:;“\"‘\n]{1,60}:\s*[“\"‘]")

# A picture and the caption it was posted with, then the quotation, no comma needed: "posted a
# photo from the rally with the caption “Y”"; after "captioned", the picture alone ("captioned
# the clip “Y”"); a plain single mark too, where the layout opens a quotation at it ('Y')
_WITH_CAPTION_THEN_QUOTE = regex.compile(
    r"(?:[^\S\n]+[^\s,;:“”\"‘]+){0,8}?[^\S\n]+(?i:with[^\S\n]+(?:the|a|its|this)[^\S\n]+caption)[^\S\n]*[,:]?[^\S\n]*(?=[“\"‘']|'')")

# ... or the words counted before them: "posted just two words on his page “Y”", "tweeted a single word “Y”"
_COUNTED_WORDS_THEN_QUOTE = regex.compile(
    r"[^\S\n]+(?:(?i:just|only)[^\S\n]+)?(?i:a[^\S\n]+single|a[^\S\n]+few|one|two|three|four|five|six)[^\S\n]+(?i:words?)"
    r"(?:[^\S\n]+[^\s,;:“”\"‘]+){0,5}?[^\S\n]*[,:]?[^\S\n]*(?=[“\"‘]|'')")

_CAPTIONED_THEN_QUOTE = regex.compile(r"(?:[^\S\n]+[^\s,;:“”\"‘]+){1,6}?[^\S\n]*(?=[“\"‘']|'')")


def _caption_quotation(ctx: Context, lemma_: str, pos: int, s1: int) -> int | None:
    """Where the quotation starts that a picture was posted with, past the picture and its
    caption: "posted a photo with the caption “Y”", "captioned the clip “Y”"; or that the words
    counted before it give: "posted just two words on his page “Y”"; None when neither opens one there."""
    if not ctx.layout.quotation_starts_in(pos, s1):
        return None
    m = (_CAPTIONED_THEN_QUOTE if lemma_ == "caption" else _WITH_CAPTION_THEN_QUOTE).match(
        ctx.text, pos, s1, tokens.CONCURRENT) or _COUNTED_WORDS_THEN_QUOTE.match(ctx.text, pos, s1, tokens.CONCURRENT)
    if m is None or ctx.layout.inside_quote(m.end() - 1):
        return None
    # (a plain single mark is an apostrophe as often: only one the layout paired opens the caption)
    return None if ctx.text.startswith("'", m.end()) and not ctx.layout.quotation_starts_in(m.end(), m.end()) else m.end()


_PHRASE_THEN_QUOTE = regex.compile(r"(?:[^,:;“”\"\n]|(?<=\d),(?=\d{3})){1,120}?[,:]\s*(?=[“\"‘]|'')")

_SHORT_LEAD_WORDS = 3

_LETTER = regex.compile(r"\p{L}")


def _quotation_after_phrase(ctx: Context, pos: int, s1: int) -> int | None:
    """Where a quotation starts that follows the cue past a phrase and a comma or
    colon, and runs to the sentence's end: "wrote to his followers, “Y”",
    "replied evenly, “Y”". The phrase must be a noun phrase or a few words,
    no clause the quotation could go on with ("said the plan, “Y”" is not one),
    and the quotation must open a sentence of its own (a capital letter)."""
    text = ctx.text
    if not ctx.layout.quotation_starts_in(pos, s1):
        return None  # the quotation must start after the phrase, in the sentence
    m = _PHRASE_THEN_QUOTE.match(text, pos, s1, tokens.CONCURRENT)
    if m is None:
        return None
    if _sentence_quotation_at(ctx, m.end(), s1) is None and (
            _TOPIC_PHRASE.match(text, pos, m.end()) is None or _comma_quotation_at(ctx, m.end()) is None):
        return None
    punct = max(text.rfind(",", pos, m.end()), text.rfind(":", pos, m.end()))
    head = _LEADING_PREPOSITION.match(text, pos, punct)  # "wrote [to] his followers, “Y”"
    phrase_start = head.end() if head else pos
    if len(WORD.findall(text, pos, punct)) > _SHORT_LEAD_WORDS and not clauses.noun_phrase(text, phrase_start, punct):
        return None
    return m.end()


_LEADING_PREPOSITION = regex.compile(r"\s*(?:to|at|in|on|with|from|before|during)\s+")

# A phrase that names what the words are about or whom they were for, never the cue's
# object: "said of the vote, “Y,” ...", "wrote to his followers, “Y,” and ..."
# (a "to" before a determiner, a pronoun or a name: "decided to make it ..., “Y,”" is no hearer)
_TOPIC_PHRASE = regex.compile(
    r"\s*(?:of|about|to(?=\s+(?-i:the|a|an|his|her|their|its|our|my|your|these|those|him|them|me|us|\p{Lu})\b))\s+")


def _comma_quotation_at(ctx: Context, start: int) -> int | None:
    """``start`` when a quotation opens there with a capital letter and closes on
    a comma, the sentence going on after it ("“I like it,” adding ..."); else None."""
    text = ctx.text
    q = next(ctx.layout.quotations_from(start), None)
    if q is None or q.start != start or not text[q.start:q.end].rstrip("”\"’'").endswith(","):
        return None
    first = _LETTER.search(text, q.start, q.end)
    return q.start if first is not None and first.group().isupper() else None


# "said, and I quote, “Y”", "wrote on her page, in capital letters, “Y”", "said in May,
# when the story broke, “Y”": asides set off by commas, opened by a comma or a
# preposition, between the cue and a quotation
_ASIDES_THEN_QUOTE = regex.compile(
    r"(?:\s*,|\s+(?:at|in|on|during|via|through|to|from|before|after|with|when|while)\s)"
    r"[^:;“”\"\n]{1,160}?,\s*(?=[“\"‘]|'')"
)

_THAT_WORD = regex.compile(r"\bthat\b", regex.IGNORECASE)


def _quotation_after_asides(ctx: Context, pos: int, s1: int) -> int | None:
    """Where a quotation starts that follows the cue past asides set off by
    commas and runs to the sentence's end, opening a sentence of its own (a
    capital letter): the asides tell when, where or how it was said; the
    quotation is what was. Not past a "that", which opens content of its own,
    nor past a participle ("continued, saying, “Y”") or a later verb of saying ("said in
    May it was hard but added, “Y”"), whose report it is."""
    text = ctx.text
    if not ctx.layout.quotation_starts_in(pos, s1):
        return None  # the quotation must start after the asides, in the sentence
    m = _ASIDES_THEN_QUOTE.match(text, pos, s1, tokens.CONCURRENT)
    if (m is None or _THAT_WORD.search(text, pos, m.end()) or ctx.layout.inside_quote(pos)
            or _reports_between(ctx, pos, m.end()) or _closes_on_saying(text, pos, m.end())):
        return None
    return _sentence_quotation_at(ctx, m.end(), s1)


def _sentence_quotation_at(ctx: Context, start: int, s1: int) -> int | None:
    """``start`` when a quotation opens there, runs to the sentence's end and
    opens a sentence of its own (a capital letter); else None."""
    text = ctx.text
    q = next(ctx.layout.quotations_from(start), None)
    if q is None or q.start != start or text[q.end : s1].strip(clauses.CLOSE_PUNCT):
        return None
    first = _LETTER.search(text, q.start, q.end)
    if first is None or not first.group().isupper():
        return None
    return q.start


_OWN_SUBJECT_ASIDE = regex.compile(r"\s*,\s*(?:with\s+)?" + OWN_SUBJECT + r"\b")

_ASIDE_COLON_END = regex.compile(r"\s*,[^,:;“\"‘\n]{1,40}:\s*$")

_OBJECT_COLON_END = regex.compile(r"[^,:;“\"‘\n]{1,60}:\s*$")


def _colon_ends_paragraph(ctx: Context, sentence: Sentence, pos: int, s1: int) -> bool:
    """Whether an aside or a short object and a colon end the cue's paragraph,
    and a quotation opens the next: "X told them, to applause:", "X put it
    this way:"."""
    text = ctx.text
    end = ctx.layout.paragraphs[sentence.paragraph][1]
    if text[s1:end].strip() or cues.next_paragraph_quotation(ctx, sentence) is None:
        return False
    if _ASIDE_COLON_END.match(text, pos, end):
        return True
    return _OBJECT_COLON_END.match(text, pos, end) is not None and clauses.noun_phrase(text, pos, text.index(":", pos))


def _object_colon(ctx: Context, pos: int, s1: int) -> bool:
    """Whether a colon and a quotation follow the cue past a short noun
    phrase or adverbial, no clause of its own: the quotation is the content."""
    m = _OBJECT_COLON.match(ctx.text, pos, s1, tokens.CONCURRENT)
    if m is None:
        return False
    colon = ctx.text.index(":", pos)
    return not ctx.layout.inside_quote(colon) and clauses.noun_phrase(ctx.text, pos, colon)


# "It is too soon to", "it's safe to", "It was hard to": an expletive subject,
# a copula and an adjective before the infinitive
# a passive of bidding right before an infinitive's "to": "have been told to", "were urged to"
_TOLD_BEFORE_TO = regex.compile(
    r"(?<![\w’'])(?:is|are|was|were|been|being|be)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?"
    r"(?:told|warned|advised|urged|instructed|ordered|encouraged|asked)[^\S\n]+$"
)

_EXPLETIVE_BEFORE_TO = regex.compile(
    r"(?<![\w’'])[Ii]t(?:[^\S\n]+(?:is|was|would\s+be|will\s+be|may\s+be)|[’']s)[^\S\n]+(?:too[^\S\n]+|far[^\S\n]+too[^\S\n]+)?[a-z]+[^\S\n]+to[^\S\n]+$"
)

# The verb or adjective before "to" whose infinitive reports ("continued to
# say", "went on to call", "was quick to point out"): the cue runs from it.
_CATENATIVE_LEAD = regex.compile(r"\b([a-z]+)(\s+on)?\s+to\s+$")

# The words between a subject and the "to" of its infinitive, when they are its predicate
# alone ("took to the airwaves", "is correct", "visited the port on Friday"): a few words,
# no mark that sets off an aside and no word that opens a clause of its own
_PREDICATE_TO = regex.compile(
    # (each word read whole: "has" is no "h" before an "as"; a comma closes an aside after the
    # subject: "Lee, a pilot, is proud to announce")
    r",?[^\S\n]+(?!(?:who|which|that|and|but|or|as|when|while|because|after|before|if)\b)[a-z][\w’'-]*"
    r"(?:[^\S\n]+(?!(?:who|which|that|and|but|or|as|when|while|because|after|before|if)\b)[\w’'-]+){0,6}[^\S\n]+$",
    regex.IGNORECASE)


def _predicate_start(text: str, src: tuple[int, int], to: int) -> int:
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


def _contact_clause_before(ctx: Context, s0: int, to_end: int) -> bool:
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


def _subject_with_its_phrase(ctx: Context, s0: int, src: tuple[int, int] | None, hi: int) -> tuple[int, int] | None:
    """The subject that opens a sentence, with the phrase after its noun that
    the reading from the sentence's start stops at ("A paper | from the Lee
    Institute had this to say"): read back from the finite verb after that
    phrase, the subject takes it in, and the cue starts at the verb."""
    text = ctx.text
    if src is None or _NOUN_PHRASE_PREPOSITION.match(text, src[1], hi) is None:
        return src
    for m in WORD.finditer(text, src[1], hi, tokens.CONCURRENT):
        w = m.group()
        if w.islower() and (w in en.AUXILIARIES or w in en.IRREGULAR_PASTS or w.endswith("ed") and len(w) > 4):
            whole = sources.subject(text, s0, m.start(), ctx.lexicon, strong=True)
            return whole if whole is not None and whole[0] == src[0] and whole[1] > src[1] else src
    return src


# a preposition that opens a phrase inside a noun phrase ("a paper from the institute")
_NOUN_PHRASE_PREPOSITION = regex.compile(r"[^\S\n]+(?:of|from|for)[^\S\n]")


def _catenative_lead(text: str, s0: int, cue_start: int) -> int:
    """Where a cue in an infinitive starts: at the catenative verb before
    "to" ("continued to say", "went on to say"), else at the cue itself."""
    m = _CATENATIVE_LEAD.search(text, max(s0, cue_start - 30), cue_start)
    if m is None:
        return cue_start
    head = lemma(m.group(1))
    if (head == "go") if m.group(2) else (head in en.CATENATIVE_LEADS or head in _INFINITIVE_LEADS
                                          or m.group(1).lower() in _INFINITIVE_LEAD_FORMS):
        return m.start(1)
    return cue_start


# Verbs that take the infinitive as their complement, no
# report of their own: the cue of the infinitive after one starts at it ("refusing to
# concede", "bothered to tell", "has to show")
_INFINITIVE_LEADS = frozenset(
    "refuse want bother pause choose work have need hesitate dare intend prepare".split()
)

# their inflected forms, which the lemma table does not all bring back to them ("has been
# working to show", "bothered to tell", "needing to explain")
_INFINITIVE_LEAD_FORMS = frozenset(
    """refuses refused refusing wants wanted wanting bothers bothered bothering pauses paused pausing
    chooses chose chosen choosing works worked working has had having needs needed needing hesitates
    hesitated hesitating dares dared daring intends intended intending prepares prepared preparing""".split()
)

# The statement or message a quotation came in, between the cue and the colon or comma before it
_VEHICLE_BEFORE_COLON = regex.compile(
    r"[^\S\n]+((?:in[^\S\n]+)?(?:a|an|the|his|her|their|its|this)[^\S\n]+(?:[a-z][\w’'-]*[^\S\n]+){0,3}?"
    r"(?:" + "|".join(regex.escape(n) for n in sorted(en.VEHICLE_NOUNS, key=len, reverse=True)) + r"))"
    r"[^\S\n]*[:,]"
)

# (or set off by commas, a name and its title inside: "wrote in its letter, written by Ann Lee, a
# vice president, that ...")
_VEHICLE_MODIFIER_THEN_THAT = regex.compile(
    r"\s+[a-z]+\s+(?:by|to|on|in|from|at|with)\s+[^,;:“”\"\n]{1,60}?\s+that\s+"
    r"|,\s+[a-z]+\s+(?:by|to|on|in|from|at|with)\s+[^;:“”\"\n]{1,100}?,\s+that\s+"
)

# a relative clause that tells when or where the vehicle came out, then the complementizer: "in an
# interview that aired Sunday that ...", "in a story that posted this week that ..."
_VEHICLE_RELATIVE_THEN_THAT = regex.compile(
    r"\s+that\s+(?:(?:was|were|has\s+been)\s+)?(?:aired|ran|appeared|posted|published|broadcast|released|streamed)\b"
    r"[^,;:“”\"\n]{0,40}?\s+that\s+")


def _first_word(text: str, pos: int, end: int) -> str:
    m = WORD.search(text, pos, min(end, pos + 40))
    return m.group().lower() if m else ""


# a discourse parenthetical set off by commas right after a cue: ", meanwhile, "
_LINK_AFTER_CUE = regex.compile(
    r"[^\S\n]*,[^\S\n]*(?:" + "|".join(regex.escape(p).replace(r"\ ", r"[^\S\n]+") for p in en.PARENTHETICALS)
    + r")[^\S\n]*,[^\S\n]+", regex.IGNORECASE)

_PARENTHETICAL_THAT = regex.compile(r"\s*,(?:\s+[\w’'-]+){1,9},\s+that\s+")

# A comma, a short aside that opens in lower case ("if elected", "win or lose in the
# primary"), a comma and a clause's subject: what is said, the aside with it
_ASIDE_THEN_CLAUSE = regex.compile(
    r"\s*,\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7},\s+(?:he|she|they|we|I|it|there|[Hh]e[’']s|[Ss]he[’']s|[Tt]hey[’']re|[Ww]e[’']re|I[’']m)\s"
)

_TO_VERB = regex.compile(r"\s+to\s+([a-z]+)\b")

_TO_HAVE_VERB = regex.compile(r"\s+to\s+have\s+([a-z]+)\b")

# what makes the verb after "to have" a report of its own: a "that", a quotation, a colon or a
# comma, or a pronoun that is only ever a subject ("is said to have warned they would ...")
_INNER_REPORT_NEXT = regex.compile(r"\s*(?:that\b|[“\"‘:,]|(?:he|she|they|we|I)\b)")

_SPEAKING_VERBS = frozenset(["say", "tell", "write"])

_BARE_VERB = regex.compile(r"\s+([a-z]+)\b")

_ENDS_IN_TO = regex.compile(r"\sto$", regex.IGNORECASE)

# A cue that ends in a verb of going on or trying, or in its "to": the verb after it is the cue's
# head whatever it is ("continued to question", "proceeded to hand down", "went on to name",
# "tried to tie", "failed to mention", "was quick to dismiss"); annotators end such a cue at
# that verb about four times as often as at the first one, and hardly ever at its "to"
_CLAUSE_ENDS = regex.compile(r"[^\S\n]*(?:[.,;:!?]|$)")

# the verbs of going on and beginning among them, whose verb of rising or falling is a course
_COURSE_LEADS = frozenset("continue begin start".split())

_ASPECTUAL_LEAD = regex.compile(
    r"\b(?:continu(?:e|es|ed|ing)|proceed(?:s|ed|ing)?|attempt(?:s|ed|ing)?|struggl(?:e|es|ed|ing)"
    r"|tr(?:y|ies|ied|ying)|fail(?:s|ed|ing)?|tend(?:s|ed|ing)?|beg(?:in|ins|an|un|inning)|need(?:s|ed)?|quick|able"
    r"|(?:go|goes|went|gone|going)\s+on)(?:\s+to)?$",
    regex.IGNORECASE,
)

# Verbs whose infinitive is what they report ("declined to say whether",
# "pledged to oppose the bill"): the verb is the cue, the infinitive the content,
# unless a "that" clause follows the second verb ("refused to admit that ...").
_INFINITIVE_CONTENT = frozenset("decline refuse pledge vow promise decide want prefer hope plan agree threaten".split())

# "issued a statement saying", "released a new letter warning": a short object, then a participle that reports
# Verbs that put out a statement, a report or an ad
_ISSUING_VERBS = frozenset(["issue", "release", "publish", "send", "post", "unveil", "launch", "air"])

# what such a verb puts out, besides the vehicles of a report: "published a story detailing ..."
_ISSUED_NOUNS = en.VEHICLE_NOUNS | frozenset("story stories article articles robocall robocalls".split())

_VEHICLE_THEN_PARTICIPLE = regex.compile(
    # "issued statements condemning": a plural needs no determiner
    r"\s+(?:(?:a|an|the|his|her|their|its|this)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?P<noun>" + "|".join(regex.escape(n) for n in sorted(_ISSUED_NOUNS, key=len, reverse=True)) + r")"
    # "posted a message on Twitter reading": where it was put out
    r"(?:\s+on\s+(?:twitter|facebook|instagram|telegram|social\s+media|(?:its|his|her|their)\s+website))?"
    # "released a statement Thursday night condemning", "a letter this week urging": when it was issued
    r"(?:\s+(?:on\s+|last\s+|this\s+|early\s+|late\s+)?(?:" + "|".join(en.DAY_NAMES) + r"|today|yesterday|week|month|year)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    # "a letter strongly disputing", "a memo titled": an adverb of manner before the participle, or the
    # past participle that names it; or the verb of a relative clause on it, "a video that accuses"
    r"(?:(?:\s+[a-z]+ly)?\s+(?P<participle>[a-z]+ing|titled|entitled|headlined)|\s+that\s+(?P<verb>[a-z]+))"
    r"\b(?!\s+to\b)",  # not "tweets attempting to shame ..."
    regex.IGNORECASE,
)


def _past_headline_label(ctx: Context, sentence: Sentence, content: tuple[int, int]) -> tuple[int, int]:
    """A headline's content before a cue that trails it, without the label before its colon:
    "Mexico will pay for the wall" of "The Latest: Mexico will pay for the wall, Trump says".
    A name there is the story's topic too, since the cue after the content has a subject of its
    own ("Lee: Mexico will pay, Trump says": Trump's words, the story Lee's)."""
    if sentence.paragraph != 0:
        return content
    m = HEADLINE_SPEAKER.match(ctx.text, *content)
    if m is None:
        return content
    return clauses.skip_space(ctx.text, m.end(), content[1]), content[1]


# a verb in lower case set after a comma, right before the speaker it is inverted with (", said Lee")
_INVERTED_VERB_BEFORE = regex.compile(r",[^\S\n]+([a-z]+)[^\S\n]+$")


def _sentential_which(text: str, s0: int, antecedent: tuple[int, int]) -> bool:
    """Whether "which" after a speaker set after the verb of a cue that trails its words stands
    for the clause reported, not for the speaker: a person by a sign no body's name bears
    ("The plan was approved, said Lee, which surprised many"; but "said Vexa, which makes
    chips" and "said the council, which" may be the body's)."""
    verb = _INVERTED_VERB_BEFORE.search(text, max(s0, antecedent[0] - 20), antecedent[0])
    return verb is not None and lemma(verb.group(1)) in en.INVERTING_VERBS and sources.person_by_sign(
        text[antecedent[0]:antecedent[1]])


# a cue's aside set off by a comma, its verb last, at the end of what comes before: ", Lee said"
_TRAILING_ASIDE_END = regex.compile(r",[^\S\n]+(?:[^\s,;:]+[^\S\n]+){1,5}([a-z]+)$")

_TRAILING_ASIDE_REACH = 60


def _after_trailing_aside(text: str, s0: int, end: int) -> bool:
    """Whether the text before ``end`` closes the aside of a cue that trails its report, its verb
    last ("Prices will rise, Lee said"): a "which" after it stands for the report, no mention."""
    aside = _TRAILING_ASIDE_END.search(text, max(s0, end - _TRAILING_ASIDE_REACH), end)
    return aside is not None and lemma(aside.group(1)) in en.INVERTING_VERBS


def _clause_before(text: str, lo: int, cs: int) -> bool:
    """Whether more than a bare subject ("Protesters chanting") stands before
    an -ing cue: then it modifies a clause ("X issued a statement saying")."""
    words = WORD.finditer(text, lo, cs, False, tokens.CONCURRENT)
    return next(words, None) is not None and sum(1 for _ in zip(range(3), words)) == 3


# A form of "be", perhaps an adverb, then a word that may be a participle, right before an -ing cue
_BE_THEN_WORD = regex.compile(r"(?<![\w’'-])(?i:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+$")


def _passive_before(text: str, lo: int, cs: int) -> bool:
    """Whether a passive stands right before an -ing cue ("Lee was heard | saying", "She is
    seen | telling aides", "were overheard | asking"): a short subject's clause, however few
    its words, that the participle reports for, as after a longer clause."""
    m = _BE_THEN_WORD.search(text, max(lo, cs - 40), cs, tokens.CONCURRENT)
    return m is not None and (_past_form(m.group(1)) or m.group(1) in en.IRREGULAR_PASTS or m.group(1) in en.IRREGULAR_PARTICIPLES)


# A title that a participle before it qualifies, no object of a verb: "defending | champion Ann Lee",
# "the reigning | champions", "defending | title holders"
_TITLE_HELD_AFTER = regex.compile(
    r"\s+(?:" + "|".join(sorted(sources.TITLES_HELD)) + r"|title-?\s?holders?)\b", regex.IGNORECASE)

_ANSWERING_VERBS = en.ANSWERING_VERBS

# A verb of answering, its "to" and a short noun phrase right before an -ing cue: what was
# answered, which the participle is on ("replied to a letter asking", "respond to emails seeking",
# "reacted to a tweet saying")
_ANSWERED_BEFORE = regex.compile(
    r"\b(?i:" + "|".join(sorted(verb_forms(_ANSWERING_VERBS))) + r")\s+to\s+(?:[\w’'-]+\s+){1,4}$")

# Words after which an -ing cue reports for the sentence's subject: "by saying".
_PARTICIPLE_LEADS = (["by"], ["while"], ["after"], ["before"], ["when"], ["without"], ["in"])

_TO_OR_AS = regex.compile(r"\s+(?:to|as)\b")

# a noun phrase or an adjective right after the cue, not a preposition or the end of
# the clause: "is considered a moderate", "were deemed invalid"; but "was considered for the post"
_BARE_COMPLEMENT = regex.compile(
    r"\s+(?!(?:for|by|in|on|at|with|from|about|during|after|before|since|until|and|or|but|that|because|if|when|while)\b)"
    r"[\w“\"‘']", regex.IGNORECASE)

_AS_OR_FOR = regex.compile(r"\s+(?:as|for)\b")

# "Asked about the vote, she said ...", "..., when asked whether ...": a question
# put to the sentence's speaker by someone unnamed (or named after "by").
_BARE_ASKED = regex.compile(r"(?:(?<!\S)(?:when|while|after|before|if|once)\s+|,\s*)$", regex.IGNORECASE)

_ASKED_BY = regex.compile(r"\s+by\s+((?:the\s+|a\s+|an\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]*){0,3})")

# ... an asker whose words in small letters come before the name or make up the whole phrase, up
# to the question's word right after it: "was asked by committee member Ann Lee whether", "asked
# by the committee chair why", "asked by a fellow panel member, “...”"
_ASKED_BY_NOUN = regex.compile(
    r"\s+by\s+((?:(?:the|a|an|his|her|its|their|one)\s+)?(?:[a-z][\w’'-]*\s+){1,3}?"
    r"(?:\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){0,3}|[a-z][\w’'-]*))"
    r"(?=\s+(?:specifically\s+)?(?:about|whether|if|why|what|which|how|who|when|where)\b|\s*[,:]?\s*[“\"‘])")

# the question after "asked", an adjunct or two between them: "asked in Iowa recently whether ..."
_QUESTION = regex.compile(
    r"(?:\s+(?:in|at|on|during|after|by|recently|again|later|earlier|repeatedly|directly|last|this)\b[^,;:“\"]{0,50}?)?"
    r"\s+(?:specifically\s+)?(about|whether|if|why|what|which|how|who|when|where|to"
    # or the question itself as the object: "was asked a pointed question about the pier"
    r"|(?:an?|the|this|that|these|those|several|many|some|no|two|three)\s+(?:[\w’'-]+\s+){0,3}?questions?)\b",
    regex.IGNORECASE,
)

_QUOTED_QUESTION = regex.compile(r"\s*[,:]?\s*([“\"‘])")


def _asked(ctx, sentence, cue_start, cue_end) -> Iterator[Candidate]:
    text = ctx.text
    pos, source = cue_end, None
    by = _ASKED_BY.match(text, pos, sentence.end)
    if by and _QUESTION.match(text, by.end(), sentence.end) is None and _QUOTED_QUESTION.match(text, by.end(), sentence.end) is None:
        # ("asked by committee member Ann Lee whether": the short reading stopped before the name)
        by = _ASKED_BY_NOUN.match(text, pos, sentence.end) or by
    if by:
        source, pos = by.span(1), by.end()
    if text[cue_start:cue_end].lower().endswith(" about"):
        start = pos  # the cue took in its particle: "asked about"
    elif quoted := _QUOTED_QUESTION.match(text, pos, sentence.end):
        start = quoted.start(1)  # "X was asked, “Will you run?”"
    else:
        question = _QUESTION.match(text, pos, sentence.end)
        if question is None:
            return
        start = question.start(1) if question.group(1).lower() != "about" else question.end(1)
    if ctx.layout.inside_quote(start):
        end = sentence.end
    else:
        # "Asked if he is “ready to serve,” most said yes": the question keeps its quotation's end
        end = clauses.past_closing_mark(ctx, clauses.clause_comma(ctx, start, sentence.end))
    content = clauses.trim(text, start, end)
    if (occasion := asked_occasion(ctx, sentence)) is not None and content[0] < occasion[0] < content[1]:
        # "Asked about the pier on Planet Radio, ...": the outlet it was asked on is no part of the question
        content = clauses.trim(text, content[0], occasion[0])
    if content[1] > content[0]:
        yield candidate(ctx, sentence, [(cue_start, cue_end)], "ask", [content], source, "core.asked.v2", priority=55)


# "as" within a few words: "described as", "portrayed simply as", "described on its cover as"
_AS_SOON = regex.compile(r"(?:\s+[\w’'-]+){0,3}?\s+as\b")

# Verbs whose passive with no agent is still a report, annotated as one: "The deal was
# announced Friday", "Lee was declared the winner", "Lee was projected the winner"
_DECLARING_VERBS = frozenset(["announce", "declare", "project"])

# A complement that opens with a preposition tells when, where or how, not what was declared
_PREPOSITION_OPENS = regex.compile(r"(?:on|in|at|during|after|before|by|with|via|through|from|amid|for|as\s+part)\b", regex.IGNORECASE)

_NAME_CLOSE = regex.compile(r",[”\"’]|[”\"’](?=,)")

# a subordinator of condition right before a subject
_CONDITION_BEFORE = regex.compile(r"(?<![\w’'-])(?:if|unless|until|whether)\s+$", regex.IGNORECASE)

_WHAT_BEFORE = regex.compile(r"(?<![^\s,])(what)\s+$", regex.IGNORECASE)


def _agentless_passive(ctx, sentence, cue_start, cue_end, cue_lemma) -> Iterator[Candidate]:
    """"The deal was announced Friday.", "Lee was declared the winner in Ohio": a report
    with no source; the subject is the content, with what it was declared to be."""
    text, s1 = ctx.text, sentence.end
    what = _WHAT_BEFORE.search(text, max(sentence.start, cue_start - 8), cue_start)
    # "what is called a “debate”": the pronoun stands for the thing named, as a relative one does
    subject = what.span(1) if what is not None else _raised_subject(ctx, sentence.start, cue_start, strong=True)
    if subject is None:
        return
    if _CONDITION_BEFORE.search(text, max(sentence.start, subject[0] - 10), subject[0]):
        return  # "... if the waiver is not announced by May": a condition, no announcement made
    after = clauses.skip_post_adjuncts(text, cue_end, s1)
    complement = clauses.trim(text, after, clauses.content_end(ctx, after, s1))
    source = None
    # (after a comma, what follows is the sentence's own: "After it was announced, no one came")
    if complement[1] > complement[0] and text[after:complement[0]].strip() == "" and not _PREPOSITION_OPENS.match(text, *complement):
        complement = clauses.trim(text, complement[0], clauses.noun_phrase_end(ctx, *complement))
        if cue_lemma not in _DECLARING_VERBS:
            # "was named “Clear Water,” with Lee in charge": a comma at the quoted name's close ends it
            close = _NAME_CLOSE.search(text, complement[0] + 1, complement[1])
            complement = (complement[0], close.end()) if close is not None else complement
        # "was dubbed “Clear Water” by the mayor": the agent who gave the name is the source
        agent = _judging_agent(ctx, cue_lemma, complement)
        if agent is not None:
            source = clauses.trim(text, *agent.span(1))
            complement = clauses.trim(text, complement[0], agent.start())
        spans = [subject, complement]
    else:
        spans = [subject]
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, spans, source, "core.raising.v2", priority=60)


# "to" and the word after it
_TO_NEXT_WORD = regex.compile(r"\s+to\s+([\p{L}’'-]+)")


def _to_hearer(text: str, pos: int, end: int) -> bool:
    """Whether "to" at ``pos`` opens a noun phrase, a hearer or a place, rather than
    an infinitive: a determiner, a pronoun, a name or a noun for people ("reported to
    the coastguard", "known to detectives")."""
    to = _TO_NEXT_WORD.match(text, pos, end)
    if to is None:
        return False
    word = to.group(1)
    low = word.lower()
    return (word[0].isupper() or low in cues.DETERMINERS or low in en.OBJECT_PRONOUNS or person_noun(low))


def _raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma, priority=60) -> Iterator[Candidate]:
    """"X seemed certain to leave": no source; the content is the subject and
    its complement (up to the clause's end)."""
    text = ctx.text
    if cue_lemma in en.PASSIVE_RAISERS and _to_hearer(text, cue_end, sentence.end):
        return  # "was reported to the coastguard", "is known to detectives": whom it went to, nothing raised
    if cue_lemma in _NAMING_AS and (view := _AS_AFTER.match(text, cue_end, sentence.end)) is not None:
        cue_end = view.end()  # "often referred to as": the "as" of the name is the cue's
    end = clauses.content_end(ctx, cue_end, sentence.end)
    if _RAISED_RELATIVE.fullmatch(text, subject[0], subject[1] + 1) and text[
        max(0, subject[0] - 8) : subject[0]
    ].rstrip().endswith(_ASIDE_OPENS):  # (a few characters read, not the text before)
        # "The final, which is expected to draw a crowd, starts at noon": the clause set off by commas or dashes
        aside = _ASIDE_END.search(text, cue_end, end)
        end = aside.start() if aside else end
    # "X seemed stable, but that could change": annotators end the impression before
    # a clause joined after a comma
    joined = _JOINED_CLAUSE.search(text, cue_end, end) or _afterthought(text, cue_end, end)
    end = joined.start() if joined else end
    complement = clauses.trim(text, cue_end, end)
    if complement[1] <= complement[0]:
        return
    # "Pigs are considered unclean by Muslims", "was seen as a victory by some": the
    # agent of a passive of judging, ending the clause, holds the view
    # ("The pier was called “a death trap” by Ann Lee": the agent of a passive of naming said it)
    agent = _judging_agent(ctx, cue_lemma, complement)
    source = None
    if agent is not None:
        source = clauses.trim(text, *agent.span(1))
        complement = clauses.trim(text, complement[0], agent.start())
    elif cue_lemma in _AGENT_PASSIVES and (first := _JUDGED_BY_FIRST.match(text, complement[0], complement[1])):
        # "was seen by some as a defeat": the agent before the "as" of the view
        source = clauses.trim(text, *first.span(1))
        complement = clauses.trim(text, first.end(1), complement[1])
    elif cue_lemma in en.PASSIVE_RAISERS and (first := _RAISED_BY_FIRST.match(text, complement[0], complement[1])):
        # "was said by aides to be bearing up", "is expected by analysts to rise": the agent before
        # the "to" holds the impression
        source = clauses.trim(text, *first.span(1))
        complement = clauses.trim(text, first.end(1), complement[1])
    elif cue_lemma in _JUDGING_PASSIVES and _relative_subject(text, sentence.start, subject):
        # "Lee, who is seen as a moderate, ...", "jobs that are considered public": a view
        # with no holder, in a clause that describes a noun, is the writer's label for it
        return
    # "it seems likely that ...", "it appears the plan failed": an empty "it" is no part of the
    # content; before "to" ("it appeared to undercut her") it stands for something said before
    expletive = text[subject[0]:subject[1]].lower() == "it" and not _TO_AHEAD.match(text, *complement)
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [complement] if expletive else [subject, complement],
                     source, "core.raising.v2", priority=priority)


# a subject that is a relative pronoun ("who", "which", "that"), or opens with "whose" ("whose campaign")
_RELATIVE_SUBJECT = regex.compile(r"(?:who|which|that)|whose\s.+", regex.IGNORECASE | regex.DOTALL)


def _relative_subject(text: str, s0: int, subject: tuple[int, int]) -> bool:
    """Whether a subject is a relative pronoun after a word of its sentence ("Lee,
    who", "jobs that"), not a "that" which opens the sentence."""
    if not _RELATIVE_SUBJECT.fullmatch(text, subject[0], subject[1]):
        return False
    before = text[max(s0, subject[0] - 3):subject[0]].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",—–(")


# Passives of naming whose "as" annotators take into the cue: "referred to as" (not the "as" of
# "seen", "viewed" or "regarded", which annotators split about evenly)
_NAMING_AS = frozenset(["refer"])

_AS_AFTER = regex.compile(r"[^\S\n]+as\b")

# Passives of judging whose agent holds the view ("are considered unclean by Muslims"), and the
# agent after "by" that ends the clause (not "by the end", "by 2020")
_JUDGING_PASSIVES = frozenset(["consider", "see", "view", "regard", "deem"])

# ... and passives of naming or describing, whose agent is the one who named: "was dubbed
# “the rust bucket” by dockers", "was described by the mayor as a disgrace"
_NAMING_PASSIVES = frozenset(["call", "describe", "dub", "characterize"])

_AGENT_PASSIVES = _JUDGING_PASSIVES | _NAMING_PASSIVES

# ... and passives of blaming or praising, whose agent may end the clause after the charge: "was
# accused of misleading Parliament by MPs", "was criticised for the closure by residents"
_CHARGING_PASSIVES = frozenset(["accuse", "blame", "criticize", "criticise", "condemn", "fault", "praise", "commend"])

# ... or that follows the closing mark of the quoted name, and runs to a comma or the sentence's end
_NAMED_BY = regex.compile(
    r"(?<=[”\"’])[^\S\n]+by[^\S\n]+(?!(?:the[^\S\n]+)?(?:end|time|way|then|now)\b|\d)([^,;:“”\"()\n]{2,60}?)(?=[^\S\n]*(?:[,;:()]|$))")

_JUDGED_BY = regex.compile(r"\s+by\s+(?!(?:the\s+)?(?:end|time|way|then|now)\b|\d)([^,;:“”\"()\n]{2,80})$")

# ... or right after the cue, before the "as" of the view: "was seen by some as a defeat"
_JUDGED_BY_FIRST = regex.compile(r"by\s+(?!(?:the\s+)?(?:end|time|way|then|now)\b|\d)([^,;:“”\"()\n]{2,60}?)(?=\s+as\s)")

# ... and before the "to" of a raised clause (cues.RAISED_BY_FIRST): "was said by aides to be"
_RAISED_BY_FIRST = cues.RAISED_BY_FIRST

# A time to be done by, after a passive, which is no agent: "by the end of the year", "by the
# close of trading", "by Friday", "by next week", "by early June", "by 2020", "by then"
_BY_DEADLINE = regex.compile(
    r"\s+by\s+(?:(?:the\s+)?(?:end|close|start|middle|beginning|turn)\s+of\s+(?:(?:the|this|next|last|its|his|her|their)\s+)?[\w’'-]+"
    r"|(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:this|next|last)\s+)?(?:" + "|".join(sorted(en.TIME_WORDS)) + r")\b(?![’'])"
    r"|(?:then|now|tomorrow)\b|(?:19|20)\d\d\b(?![,.]?\d))"
    # (and no noun it modifies after it: "by weekend shoppers", "by 2020 hopefuls", "by then-Governor Lee")
    r"(?=[^\S\n]*(?:[,.;:!?)]|$)|[^\S\n]+(?:to|by|and|or|but|as|if|when|after|before|in|on|at|for|with|from|because|amid|despite)\b"
    r"|[^\S\n]+(?-i:\p{Lu}))", regex.IGNORECASE)

_FIRST_WORD = regex.compile(r"(?:(?:the|next|last|this)\s+)?([\w’'-]+)", regex.IGNORECASE)

# Nouns of a winning margin, whose "by" is no agent's: "was declared the winner by a slim majority"
_MARGIN_NOUNS = frozenset("majority plurality margin margins landslide".split())


def _declaring_agent(ctx: Context, start: int, end: int) -> bool:
    """Whether the phrase after the "by" of a passive of declaring can speak ("by the
    AP", "by election officials"), no margin nor manner ("by a landslide", "by a
    slim majority", "by a show of hands")."""
    if not sources.is_speaker(ctx.text, start, end, ctx.lexicon):
        return False
    return not any(w.lower() in _MARGIN_NOUNS for w in WORD.findall(ctx.text, start, end, False, tokens.CONCURRENT))


def _judging_agent(ctx: Context, cue_lemma: str, complement: tuple[int, int]) -> regex.Match | None:
    """The "by" phrase that ends the complement of a passive of judging, naming or
    declaring, outside quotation marks, whose group 1 is its agent: "by Muslims" in "are
    considered unclean by Muslims", "by the AP" in "was declared the winner by the AP";
    None for any other passive, a time ("dubbed “Clear Water” by May") or a margin
    ("was declared the winner by a wide margin")."""
    declaring = cue_lemma in _DECLARING_VERBS
    charging = cue_lemma in _CHARGING_PASSIVES
    if cue_lemma not in _AGENT_PASSIVES and not charging and not (declaring and not _TO_AHEAD.match(ctx.text, *complement)):
        return None  # (not "is projected to be built by the council": the agent is the infinitive's)
    # (the hour it was called at, after the agent, is no part of it: "by the AP shortly after 11 p.m.")
    hour = clauses.final_time(ctx.text, complement[0], complement[1])
    agent = _JUDGED_BY.search(ctx.text, complement[0], complement[1] if hour is None else hour.start())
    if agent is not None and (declaring or charging) and not _declaring_agent(ctx, agent.start(1), agent.end(1)):
        return None  # ("accused of misleading Parliament by omission": a means, no one's charge)
    if agent is not None and charging and clauses.participle_in(ctx.text, complement[0], agent.start(), past_first=False):
        return None  # "blamed for the death of a man held by police": the agent is the other verb's
    if agent is None and cue_lemma in _NAMING_PASSIVES:
        # "was called “a farce” by Ann Lee, a judge, and it stuck": the "by" right after the name's
        # closing mark, up to the next comma, however the clause goes on
        agent = _NAMED_BY.search(ctx.text, complement[0], complement[1])
    if agent is None or agent.start() <= complement[0] or ctx.layout.inside_quote(agent.start()):
        return None
    first = _FIRST_WORD.match(ctx.text, agent.start(1), agent.end(1))
    return None if first is not None and first.group(1).lower() in en.TIME_WORDS else agent


_TO_AHEAD = regex.compile(r"to\s", regex.IGNORECASE)

# verbs of sensing that link their subject to how it strikes one ("sounds reasonable",
# "looks like a rout"), and what they then take: "like", "as if", or a word in lower case
# that is no object, particle, preposition or infinitive ("looks to build", "looked at",
# "look forward", "sounded the alarm", "sounded a note", "sound off", "sounded warnings")
_SENSE_VERBS = frozenset(["sound", "look"])

_SENSED_COMPLEMENT = regex.compile(
    r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:like\b|as[^\S\n]+(?:if|though)\b|(?!(?:to|at|into|for|forward|ahead|back|off|out|up|down"
    r"|over|on|in|around|through|after|about|a|an|the|this|that|these|those|his|her|its|their|our|my|your|him|them|us|me|it"
    r"|what|how|whether|who|which|and|or|but|alarm|alarms|warning|warnings|note|notes|caution|bells?)\b)[a-z]+\b(?!-))")

# "appear" with a place or company after it ("appeared before the committee", "appears in
# a clip", "appeared together") is the verb of showing up; annotators still read it when a
# purpose follows ("appeared on television to defend her"), so a "to" and a verb ahead keeps it
_SHOWING_UP = regex.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:before|in|on|at|with|alongside|beside|together|onstage|live)\b(?![^.;:!?]*?\bto\s+[a-z])")

_JOINED_CLAUSE = regex.compile(
    r",\s+(?:but|and|which|when|as|though|although|despite|unlike|if|while|because|even|whereas)\b", regex.IGNORECASE)

# a comma before an afterthought in lower case, not a list, a name, a participle or a
# clause that describes the noun before it: "seemed ready, largely because ..."
_AFTERTHOUGHT = regex.compile(
    r",\s+(?!(?:including|such|who|whom|whose|which|where|or|and|nor)\b)(?=[a-z])(?![a-z]+ing\b)(?![a-z]+(?:\s+[a-z]+)?\s+(?:and|or)\s)")


def _afterthought(text: str, start: int, end: int) -> regex.Match | None:
    """The comma that ends a raised complement ("seemed ready, largely because ..."),
    where the complement is a predicate; a clause ("that ...", "like ...") runs on past
    its own commas, and so does a quotation."""
    if _CLAUSE_OPENS.match(text, start, end):
        return None
    m = _AFTERTHOUGHT.search(text, start, end)
    if m is None or any(q in text[start:m.start()] for q in "“”\"") or _PARENTHETICAL.match(text, m.end(), end):
        return None
    return m


_CLAUSE_OPENS = regex.compile(r"\s*(?:that|like|as\s+if|as\s+though)\b", regex.IGNORECASE)

# "ready, moreover, to act", "decided, at least for now, to wait": an aside, not the end
_PARENTHETICAL = regex.compile(r"(?:\w+ly|moreover|however|though|too|perhaps|at\s+least[^,]{0,30}|for\s+now),")

_ASIDE_OPENS = (",", "—", "–", "-", "(")

_ASIDE_END = regex.compile(r",|\s[—–]|\s--?\s|\)")

# a relative pronoun right before the cue: "voters who seem to be leaving"
_RAISED_RELATIVE = regex.compile(r"(?<![^\s,])(who|which|that)\s+$", regex.IGNORECASE)

# a preposition and its short object after the subject's head: "The economics of clean energy appear"
_OBJECT_AFTER_HEAD = regex.compile(
    r"\s(?:of|for|from|in|on|at|with|about|over|among|between|behind)\s+[^\s,;:()—–\"“”]+(?:\s+[^\s,;:()—–\"“”]+){0,4}\s*$",
    regex.IGNORECASE)

# a preposition right before a subject the walk found: "The tensions between | supporters ..."
_PREPOSITION_BEFORE = regex.compile(r"\s(?:of|for|from|in|on|at|with|about|over|among|between|behind)\s+$", regex.IGNORECASE)

# a participle opening an aside after the subject's noun: ", headed by ...", ", purported to be ..."
_PARTICIPLE_ASIDE = regex.compile(r",\s+(?:\w+ly\s+)?(?!including\b)[a-z]\w*(?:ed|ing)\b")


def _raised_subject(ctx: Context, s0: int, cue_start: int, strong: bool) -> tuple[int, int] | None:
    """The subject a raising cue takes into its content. Annotators keep a relative
    pronoun as it stands ("who … to be leaving"), and the subject need not be one
    who could speak, so a head with a preposition's object is whole ("Enthusiasm
    for Clinton appears"), where the walk for a source stops at the preposition."""
    text, lex = ctx.text, ctx.lexicon
    relative = _RAISED_RELATIVE.search(text, max(s0, cue_start - 8), cue_start)
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


_ADJUNCT_ONLY = frozenset("in at on from during after before with for".split())

_ANONYMITY = regex.compile(
    r"(?:the\s+)?condition\s+(?:of|that)\s+(?:anonymity|they|he|she|his|her|their)\b"
    # "who asked not to be named", "who declined to be identified": the terms, no report
    r"|(?:not\s+)?to\s+be\s+(?:named|identified|quoted\s+by\s+name)\b",
    regex.IGNORECASE,
)

# the noun of the terms a source spoke on right before a "that" clause, which is the terms' own:
# "spoke on condition that her name not be used", "on the condition that he not be identified"
_CONDITION_BEFORE_THAT = regex.compile(r"\bcondition\s+$", regex.IGNORECASE)

# the terms a source spoke on, before an infinitive that names what they cover: "on condition
# of anonymity to discuss ...", "because he was not authorized to speak about ..."
_TERMS_BEFORE_TO = regex.compile(r"\b(?:anonymity|authori[sz]ed)\b[^.;:“”\"\n]{0,60}?\bto\s+$", regex.IGNORECASE)

# a work one writes that is not itself a report, as the verb's object ("wrote a book",
# "wrote the introduction"); an op-ed, article, post or statement is one, and left alone
_WRITTEN_WORK = regex.compile(
    r"(?:a|an|the|his|her|their|its|this|that|one)\s+(?:[\w’'-]+,?\s+){0,3}?"
    r"(?:book|letter|dissertation|thesis|introduction|foreword|profile|column|memoir|novel|play|song|screenplay|biography)s?\b",
    regex.IGNORECASE)

# a day, a rite or a stoppage one keeps, or an event one watches, as the object of "observe"
# ("observed a 12-hour bandh", "observed a minute's silence", "observed Ramadan", "observed the
# voting"); not a clause of what was seen ("observed the strike was total")
_OBSERVED_RITE = regex.compile(
    r"(?:(?:a|an|the|this|that|its|their|his|her|our|one|two)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:strikes?|bandhs?|hartals?|shutdowns?|fasts?|silence|holidays?|days?|ceasefires?|truces?|curfews?"
    r"|sabbath|anniversar(?:y|ies)|festivals?|vigils?|ramadan|lent|rites?|rituals?|customs?|traditions?"
    r"|elections?|polls?|voting|votes?|talks|proceedings|trials?|hearings?)\b"
    r"(?!\s+(?:ago|was|were|is|are|had|has|have|would|will|could|might|must)\b)",
    regex.IGNORECASE)

# ... and what makes the work's words the content: a participle ("a letter urging ..."; not
# an "-ing" word after a determiner, "the fishing fleet"), a title, "in which", a colon or a quotation
_SAYING_PARTICIPLE = r"(?<!\b(?:the|a|an|of|his|her|its|their|on)\s+)\b[a-z]{3,}ing\b"

_WORK_SAYS = regex.compile(_SAYING_PARTICIPLE + r"|\b(?:in\s+which|called|titled|entitled|dubbed)\b|[:“”\"]|''")

# "take to" before its object, and the gerund that makes it a habit of saying ("has taken to
# calling him a liar"); any other object is a place one went to ("took to the streets",
# "have taken to the picket lines"), nothing said, unless an infinitive follows ("taken to
# social media to complain")
_TAKEN_TO_BEFORE = regex.compile(r"(?<![\w’'-])(?:take|takes|took|taken|taking)\s+to\s+$", regex.IGNORECASE)

_GERUND_OPENS = regex.compile(r"\p{Ll}{2,}ing\b|.*?\bto\s+\p{Ll}")  # (an infinitive after the place is the infinitive rule's)

# what makes a thing sent a report: what it says given by a participle ("a letter urging
# ..."), a "that" clause, a purpose ("sent an aide to ask ..."), a colon or a quotation
_SENT_SAYS = regex.compile(
    _SAYING_PARTICIPLE + r"|\bthat\b|[:“”\"]"
    r"|\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]+\b")

# Who a message went to, alone but for where or when it was sent ("his wife from the airport",
# "him on Monday", "supporters late at night"): an object pronoun, or a noun for people (group 1)
# with its determiner, or after one modifier (group 2; the bare noun is tried first, "her mother | late"),
# or a name ("Beijing", "the Kremlin", "North Korea": group "name")
_RECEIVER_ONLY = regex.compile(
    r"(?:(?:me|him|her|them|us|you)|(?:(?:his|her|their|my|our|your|the|a|an)[^\S\n]+)?(?:([a-z]+)|[a-z][\w-]*[^\S\n]+([a-z]+))"
    r"|(?P<name>(?:the[^\S\n]+)?\p{Lu}[\w.’'&-]*(?:[^\S\n]+\p{Lu}[\w.’'&-]*){0,3}))"
    r"(?:[^\S\n]+(?:from|at|on|in|during|after|before|late|early|overnight|last|this|again)\b"
    r"(?![^,;:“”\"]*\b(?:about|with|for|regarding|that|saying|asking|to)\b)[^,;:“”\"]*)?")

# A picture, recording or link shared ("shared a photo of her dog", "shared videos of the rally"),
# or a picture captioned: a thing passed on, no words said (a result posted: _POSTED_RESULT). A
# picture posted or tweeted is a report, as the annotators of the training copy mark it
# ("tweeted a photo of her bruised arm", 9 in 10)
_SHARING_LEMMAS = frozenset(["share", "caption"])

# Verbs of telling whose object is always the hearer, never what is told ("warned the board",
# not "warned the danger"; but "advised caution", "promised a vote"): with that object alone,
# and perhaps a time or place, nothing is told
_HEARER_OBJECT_LEMMAS = en.HEARER_VERBS - {"tell", "advise", "promise"}

_POSTED_HEAD = (r"(?:(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|one|two|three|several|some|new)\s+)?"
                r"(?:[\w’'$,.-]+\s+){0,3}?(?:")

# the head of the object, not the subject of a clause ("shared the video was fake")
_POSTED_HEAD_END = r")s?\b(?=\s*$|[\s,]+(?:of|from|with|to|on|in|at|for|by|about|during|after|before|via|and|online)\b)"

_SHARED_THING = regex.compile(
    _POSTED_HEAD + "|".join(sorted(en.POSTED_MEDIA_NOUNS, key=len, reverse=True)) + _POSTED_HEAD_END, regex.IGNORECASE)

# ... unless the words come with it: a caption, a colon or a quotation
_POSTED_SAYS = regex.compile(r"\bcaption(?:ed)?\b|[:“”\"]|''", regex.IGNORECASE)

# A lower-case coordinator straight after the cue joins a second predicate or word to it,
# and opens no content ("shouted and held up a sign", "laughed and laughed", "hope and
# fear"); but a second cue or "-ed" verb after it shares the object ("derided and mocked
# the plan", "defended and minimized it").
_SECOND_PREDICATE = regex.compile(r"(?:and|or)\s+(\p{L}+)")


def _second_predicate(ctx: Context, start: int, end: int, cue_word: str, *, after_object: bool = False) -> bool:
    """Whether the content opens with "and"/"or" and a word that is no cue sharing
    an object with the cue (or the cue again): a second predicate or noun, no content.
    With ``after_object``, the cue's hearer or object stands before the content, and
    a verb after the coordinator shares nothing with it."""
    m = _SECOND_PREDICATE.match(ctx.text, start, end, tokens.CONCURRENT)
    if m is None:
        return False
    word = m.group(1)
    if word == cue_word:
        return True  # "laughed and laughed"
    after = next_class(ctx.text, m.end(), end)
    if word.endswith("ed") and word.islower() and after in _OBJECT_NEXT and not after_object:
        # "derided and ridiculed the plan": a second verb in "-ed" and its object the cue shares
        # (but "told Reuters and walked away": the hearer is the cue's, the verb a second predicate;
        # and "said and walked away": "say" shares no object with a verb that is no cue)
        return False
    return ctx.lexicon.cue_weight(word, after) < cues.LEAST_WEIGHT


# What may open a verb's object: a word, a name, a pronoun or a quotation (not "to", a preposition or a stop).
_OBJECT_NEXT = frozenset(("word", "cap", "pron", "quote"))

_THAT_BEFORE = regex.compile(r"\bthat[\s,]*$", regex.IGNORECASE)

# a cue in the present that may be a plural noun or a noun's modifier, right before the content:
# "Vexa shares", "the Treasury note"
_NOUN_CUE_BEFORE = regex.compile(r"(?<![\w’'-])(\p{Ll}+)[^\S\n]+\Z")

# a verb in the past that opens the content, then a number, a determiner, a preposition, an
# adverb or the end: "shares rose 3%", "note fell to 4%", "shares bucked the trend"; but not a
# participle before its noun ("say armed men stormed ...")
_PAST_OPENS_CONTENT = regex.compile(
    r"(\p{Ll}+)(?:[^\S\n]+(?:[\d$€£₹]|(?:the|a|an|its|their|to|by|in|on|at|from|after|as|sharply|\p{Ll}+ly)"
    r"(?![\w’'-]))|[^\S\n]*(?:[,;]|\Z))")

# the first word of a content, and the past forms of verbs of finding, which modify no noun as
# some participles do ("say alleged members"): "showed", "suggested"
_WORD_OPENS_CONTENT = regex.compile(r"(\p{Ll}+)(?![\w’'-])")

_FINDING_PASTS = frozenset("showed found indicated suggested".split())


# A finite verb that needs a subject before it: an auxiliary or a modal, or a past that is no
# participle ("would", "has", "took"); not "do", "have" nor "be", which open a command ("said do
# not drink the water", "said have your papers ready")
_SUBJECT_NEEDING_VERBS = (en.VERB_AUXILIARIES - {"'s", "’s", "be", "been", "being", "am", "do", "have"}) | en.FINITE_PASTS

# a time that may be a reported clause's subject ("announced last year was the hottest"), which
# clauses.skip_post_adjuncts leaves in the content
_TIME_BEFORE_VERB = regex.compile(r"(?:last|this|next)[^\S\n]+(?:week|month|year)[^\S\n]+")

_SUBJECTLESS_VERB = regex.compile(
    r"(?:(?:also|still|now|then|already|[a-z]+ly)[^\S\n]+)?(?:" + "|".join(sorted(_SUBJECT_NEEDING_VERBS, key=len, reverse=True))
    + r")(?![\w’'-])")


def _subjectless_content(text: str, src: tuple[int, int], cue: list[tuple[int, int]], start: int, end: int,
                         lexicon: Lexicon) -> bool:
    """Whether the content after a cue that follows its source, a common noun, opens, past any
    time, with a finite verb that has no subject: the cue is then a participle on that noun and
    that verb the sentence's own, which the cue does not report ("A deal announced Monday |
    would close the pier", "The plan unveiled on Monday | took effect"); a clause keeps its
    subject ("The mayor announced Monday | the pier would close")."""
    word = text[cue[0][0]:cue[0][1]]
    if len(cue) != 1 or text[src[1]:cue[0][0]].strip() or not _past_form(word) or len(word.split()) != 1:
        return False  # (a cue of more words, "has not authorized", is finite: "routes the city has not authorized")
    head = text[src[0]:src[1]].rsplit(None, 1)[-1]
    if not head.islower() or head in en.PRONOUNS or head in en.OBJECT_PRONOUNS or person_noun(head):
        # "names he said would be released", "the judge Trump referred to is ...", "a plan the
        # congressman said is designed to ...": a speaker before a gapped relative clause, whose
        # head is the object; the verb after is the clause's
        return False
    # (the adjuncts are read from the space before the content: "last week | has closed")
    at = clauses.skip_space(text, clauses.skip_post_adjuncts(text, start - 1, end), end) if start else start
    if _SUBJECTLESS_VERB.match(text, at, end) is not None:
        return True
    if sources.kind(text, *src, lexicon) != "unnamed":
        return False
    # a noun that names no speaker announces nothing: the time after the participle is its own,
    # no subject of a reported clause ("A deal announced last week | has closed", but "The board
    # announced last year was its best")
    if (time := _TIME_BEFORE_VERB.match(text, at, end)) is not None:
        at = time.end()
    return _SUBJECTLESS_VERB.match(text, at, end) is not None


def _past_after_noun_cue(text: str, start: int, end: int, cue_lemma: str) -> bool:
    """Whether a cue word in the present right before the content is a noun that a past verb
    follows, the subject's head and no verb of saying: "Vexa shares jumped 9%", "the Treasury
    note rose to 4%"."""
    before = _NOUN_CUE_BEFORE.search(text, max(0, start - 24), start)
    if before is None or (word := before.group(1)).endswith("ed") or word in en.IRREGULAR_LEMMAS or (
            lemma(word) != cue_lemma):
        return False
    past = _PAST_OPENS_CONTENT.match(text, start, end)
    if past is None:
        # "Bank forecasts showed slower growth": a past verb of finding opens the content, whatever
        # follows it; no verb of saying takes one as its first word
        opening = _WORD_OPENS_CONTENT.match(text, start, end)
        return opening is not None and opening.group(1) in _FINDING_PASTS
    word = past.group(1)
    return word in en.IRREGULAR_PASTS or word.endswith("ed") and len(word) > 4


# object pronouns, which no verb of saying takes as its subject; "her" is a possessive too, before
# a noun ("knows her plan was ...", "no secret of her doubts", "her alleged role"), and is read
# so only before a past of saying that is no adjective nor noun
_OBJECT_PRONOUNS_BEFORE_VERB = frozenset("me him us them".split())

_PAST_OF_SAYING = frozenset("said told wrote".split())


def _inflected_saying(word: str) -> bool:
    """Whether ``word`` is a verb of saying in the past or the third person present
    ("said", "warned", "says"), which no object pronoun can be the subject of."""
    base = lemma(word)
    return word.islower() and base != word and base in en.THAT_VERBS and not word.endswith("ing")


def _no_report(text: str, start: int, end: int, cue_lemma: str) -> bool:
    """Content that reports nothing: a lone object pronoun after a verb that
    takes a hearer ("told her"; but "endorsed her" is a stance on her), or a
    short place or time phrase ("said in Paris")."""
    words = WORD.findall(text, start, end, False, tokens.CONCURRENT)
    if not words:
        return not cues.quotation_inside(text, start, end)
    if len(words) == 1 and words[0].lower() in en.OBJECT_PRONOUNS:
        return cue_lemma in en.HEARER_VERBS or cue_lemma in en.THAT_VERBS or cue_lemma in en.MESSAGING_VERBS
    if len(words) == 1 and words[0].endswith("ly") and words[0].islower():
        return True  # "said simply"
    if len(words) > 1 and (words[0] in _OBJECT_PRONOUNS_BEFORE_VERB and _inflected_saying(words[1])
                           or words[0] == "her" and words[1] in _PAST_OF_SAYING):
        # "A pilot who knows her said she ...": the relative clause's object, then the
        # sentence's own verb of saying, no clause the first verb reports
        return True
    if only_how_often(words) and not cues.quotation_inside(text, start, end) and not _THAT_BEFORE.search(
            text, max(0, start - 8), start):
        # "said twice", "had sparred for months", "told reporters in private"; but "rejected that,
        # too" and "recalling that moment": the "that" read as a complementizer is the object
        return True
    if _ANONYMITY.match(text, start, end, tokens.CONCURRENT):
        # "spoke on condition of anonymity because ...", "asked not to be named": the terms of a report
        # (a clause after "on condition that" is the condition's: the content starts past it, or there is none)
        return True
    if cue_lemma == "write" and _WRITTEN_WORK.match(text, start, end) and not _WORK_SAYS.search(text, start, end):
        return True  # "wrote a children's book", "wrote his dissertation on ...": a work written, not what it says
    if cue_lemma == "take" and _TAKEN_TO_BEFORE.search(text, max(0, start - 10), start) and not _GERUND_OPENS.match(
            text, start, end):
        return True  # "have taken to the streets": a place gone to; but "has taken to calling him a liar"
    if cue_lemma == "observe" and _OBSERVED_RITE.match(text, start, end) and not cues.quotation_inside(text, start, end):
        return True  # "observed a bandh", "observed a minute's silence", "observed the voting": a thing kept or watched
    if cue_lemma == "send" and not _SENT_SAYS.search(text, start, end):
        return True  # "sent a letter to the minister", "sent troops north": a thing sent, nothing it says
    if cue_lemma in en.MESSAGING_VERBS and (receiver := _RECEIVER_ONLY.fullmatch(text, start, end)) is not None and (
            (noun := receiver.group(1) or receiver.group(2)) is None or person_noun(noun.lower())):
        return True  # "texted his wife from the airport", "emailed him on Monday": who got a message, nothing it says
    if cue_lemma in _HEARER_OBJECT_LEMMAS and _RECEIVER_ONLY.fullmatch(text, start, end) is not None and not clauses.finite(
            words) and not _CUE_ENDS_IN_PREPOSITION.search(text, max(0, start - 8), start, tokens.CONCURRENT):
        # "warned the harbour board", "assured voters on Monday", "warned Beijing and left": whom one
        # told, nothing told (but "warned about surprises", "is assured of winning": the preposition's
        # object is what is told)
        return True
    if cue_lemma in _SHARING_LEMMAS and _SHARED_THING.match(text, start, end) and not _POSTED_SAYS.search(
            text, start, end) and not _THAT_BEFORE.search(text, max(0, start - 8), start):
        return True  # "shared a photo of her dog", "captioned videos": a thing passed on, nothing said
    if cue_lemma in _TALK_VERBS and _SPOKE_WHERE.search(text, max(0, start - 24), start) and not (
            _SPOKE_OF.search(text, start, end) or _SPOKE_TO_DO.match(text, start, end)
            or _NOT_LENGTH.match(text, start, end) or _quote_next(text, end)):
        # "spoke at the forum", "spoke with reporters", "is talking to Lee", "spoke for an hour": where,
        # to whom or how long one spoke, no topic and no words said
        return True
    if (cue_lemma in _BEGIN_VERBS and _BEGUN.search(text, max(0, start - 16), start)
            or _WENT_ON.search(text, max(0, start - 12), start)) and not _BEGUN_SAYS.search(text, start, end):
        # "launched a bid", "started a channel": a thing begun, nothing said of it; "went on the
        # offensive", "went on television": where one went or what one took up
        return True
    if _VOTED_IN.search(text, max(0, start - 12), start) and not _IN_FAVOR.match(text, start, end):
        return True  # "voted in the primary", "voted in the majority": where one voted, not what for
    if cue_lemma == "call" and _CALLED_CONTEST.match(text, start, end):
        return True  # "called the race for Lee", "called a snap election": a contest decided or set, nothing said
    if cue_lemma == "call" and (_CALLED_ACT.match(text, start, end) and _CALL_BEFORE.search(text, max(0, start - 9), start)
                                or _CALLED_OFF.search(text, max(0, start - 5), start)):
        return True  # "called a timeout", "called in extra staff", "called off the deal": a thing done, nothing said
    if cue_lemma in _GRANTING_LEMMAS and _GRANTED.match(text, start, end) and not _THAT_BEFORE.search(
            text, max(0, start - 8), start):
        return True  # "denied bail", "refused him entry": a leave withheld, no claim denied
    if cue_lemma in _GRANTING_LEMMAS and _DENIED_TWO.match(text, start, end) and not _THAT_BEFORE.search(
            text, max(0, start - 8), start):
        return True  # "denied Smith a penalty", "denied the defence a hearing": a thing withheld from someone
    if cue_lemma == "claim" and _CLAIMED_PRIZE.match(text, start, end):
        return True  # "claimed the early lead", "claimed £2,000 in costs", "claimed three lives": a thing taken, no claim made
    if cue_lemma == "concede" and _CONCEDED_SCORE.match(text, start, end):
        return True  # "conceded three goals", "conceded a late penalty": a score let in, no point granted
    if cue_lemma == "argue" and _ARGUED_IN_COURT.match(text, start, end):
        return True  # "argued three cases before the Supreme Court": a case pleaded, no point argued
    if cue_lemma == "pass" and _PASSED_AWAY.match(text, start, end):
        return True  # "passed away at a hospital in Delhi": a death, nothing passed on
    if cue_lemma == "quote" and _QUOTED_NUMBER.match(text, start, end):
        return True  # "contact police, quoting reference 5223": a number to give, no one's words
    if cue_lemma == "post" and _POSTED_RESULT.match(text, start, end):
        return True  # "posted record profits", "posted 310 for six": a result recorded, no message put up
    if cue_lemma in _DRAW_FORMS and _REACTION.match(text, start, end):
        return True  # "drew cheers", "drew criticism from Paris": others' reaction drawn, the drawer says nothing
    if cue_lemma in _DRAW_FORMS and _DRAWN_UP.match(text, start, end):
        return True  # "had drawn up three plans": a plan or a list drafted, nothing said
    if len(words) <= _ADJUNCT_WORDS and cue_lemma in _SPEECH_ADJUNCT_VERBS and (adjunct := _SPEECH_ADJUNCT.match(text, start, end) or (
            _TO_SOMEONE.match(text, start, end) if cue_lemma == "write" else None)) and not _CLAUSE_SIGN.search(
            text, adjunct.end(), end) and not _THAT_BEFORE.search(text, max(0, start - 8), start) and not _quote_next(text, end):
        return True  # "said of the plan", "said as she left", "wrote while a student": an adjunct, the words said elsewhere
    if cue_lemma == "respond" and _CALLED_OUT_TO.match(text, start, end):
        return True  # "responded to the scene", "responded to a report of shots fired": where one was sent, no answer
    if cue_lemma in _ANSWERING_VERBS and (answered := _TO_WHAT.match(text, start, end)) is not None and not _CLAUSE_SIGN.search(
            text, answered.end(), end) and not _ING_WORD.search(text, answered.end(), end) and not _quote_next(text, end):
        # "Replying to a question, Lee said ...": what was answered, the words said elsewhere (but a
        # participle in it opens a clause: "did not reply to letters asking why ...")
        return True
    if cue_lemma in _CLAUSE_ONLY_LEMMAS and not clauses.finite(words) and not cues.quotation_inside(text, start, end):
        # "assumed office", "assumes no obligation to update them": a thing taken on, no belief; the
        # belief is a clause ("assumed the vote would pass")
        return True
    if cue_lemma in _DIFFER_FORMS and _DIFFERS_FROM.match(text, start, end, tokens.CONCURRENT):
        # "results may differ materially from those expressed": unlike, no disagreement (but
        # "they differ on the tax")
        return True
    if cue_lemma == "declare" and _PAYOUT.match(text, start, end, tokens.CONCURRENT):
        # "declared an interim dividend of Rs 4 a share", "Board Declares Bonus Issue": a payout
        # made, a company's act (but "declared victory", "declared that the plan had failed")
        return True
    if start > 0 and text[start - 1] == "(" and (closed := _BRACKET_CLOSE.match(
            text, start, min(len(text), end + 2))) is not None and closed.end() >= end:
        return True  # "Financial Highlights (Q3 vs Q2)": a heading's bracket, no words a verb takes
    if cue_lemma in _APOLOGY_LEMMAS and words[0] == "for":
        return False  # "apologised for the delays": what the apology is for
    if cue_lemma == "decline" and _FELL_BY.match(text, start, end, tokens.CONCURRENT) and not _REFUSED_TO.search(
            text, start, end, tokens.CONCURRENT):
        # "declined 4 percent", "declined in most states", "declined to $3 million": a fall, no refusal
        # (but "declined in a letter to say ...")
        return True
    return len(words) <= 4 and words[0].lower() in _ADJUNCT_ONLY and not cues.quotation_inside(text, start, end)


# A word or two in quotation marks and a lower-case word after them, which no speaker's mention
# holds (a nickname goes before the surname: "said Ann 'Bunny' Lee"): "says Council 'unfair' to workers"
_QUOTED_THEN_LOWER = regex.compile(r"(?<=\s)[‘'\"“]\p{L}[^‘'\"“”’\n,]{0,40}[’'\"”][^\S\n]+\p{Ll}")


def _quoted_word_said(ctx: Context, cue_end: int, s1: int) -> bool:
    """Whether what an inverted cue's mention would be holds a word in quotation marks
    and a lower-case word after them: a clause said, no speaker ("Union rejects fare
    hike, says Council 'unfair' to workers": the union's words, read as a coordinated
    verb's); a nickname goes before a surname ("said Ann 'Bunny' Lee")."""
    if _QUOTED_THEN_LOWER.search(ctx.text, cue_end, s1) is None:
        return False  # (a cheap test first)
    src = sources.subject_after(ctx.text, cue_end, _source_end(ctx, cue_end, s1)[0], ctx.lexicon)
    return src is not None and _QUOTED_THEN_LOWER.search(ctx.text, src[0], src[1]) is not None


# What follows "declined" when it tells of a fall, not a refusal: an amount, or where, since when or
# by how much, perhaps after an adverb ("declined 4 percent", "declined sharply in May", "declined by
# half", "declined to $3 million") ...
_FELL_BY = regex.compile(r"(?:\p{Ll}+ly\s+)?(?:[\d$£€]|(?:by|in|from|since|over|across|among|between)\b|to\s+[\d$£€])")

# ... unless a verb's infinitive follows, what was refused: "declined in a letter to say"
_REFUSED_TO = regex.compile(r"\bto\s+\p{Ll}")

_TO_WHAT = regex.compile(r"to\s+")

# Verbs of speaking whose words or topic must follow them ("spoke about", "talked of", "spoke out against"
# are left to the cue's particle): after the verb alone, or one of its prepositions of place, hearer or
# length, the content tells only where, to whom or how long one spoke ("spoke at the forum", "spoke with
# reporters", "is talking to Lee", "spoke for an hour"); in lower case only, as a title-case headline's
# "Lee Speaks To Pilots" names a speech whose words the story gives
_TALK_VERBS = frozenset(["speak", "talk"])

_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "eve", "day", "weekend")

_SPOKE_WHERE = regex.compile(
    r"\b(?:spoke|speaks?|speaking|spoken|talk|talks|talked|talking|to|with|at|over|in|before|for)\s*$")

# ... unless a topic, the words said or a clause said is in it: "talked to Roe about the toll",
# "spoke with the paper on the strike", "spoke in Paris, “...”", "spoke to say ..."
# (not a relative "that" with its verb: "spoke before the committee that oversees the banks")
# (nor "on" before a day or a date: "talked to Lee on Monday", "on the morning of the vote" tell when)
_SPOKE_OF = regex.compile(r"\b(?i:about|on(?![^\S\n]+(?:the[^\S\n]+)?(?:" + "|".join(en.DAY_NAMES + en.MONTH_NAMES + _PARTS_OF_DAY)
                          + r")\b)|regarding|concerning|over|against|that(?!\s+(?:" + _RELATIVE_PREDICATE.pattern + r"))"
                          r"|whether|how|why|what|if)\b|[:“”\"«]|''")

_SPOKE_TO_DO = regex.compile(  # "spoke to defend the plan": the purpose, maybe what was said
    r"to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|him|them|us|me|this|that|these|those|some|all|every)\b)\p{Ll}+\b(?<!s)")

# ... nor what follows "for" but a length of time: "spoke for Lee" is on her behalf
_NOT_LENGTH = regex.compile(
    r"(?<=\bfor\s+)(?!(?:about|more|less|nearly|almost|over|under|roughly|some|an?|\p{N}+|one|two|three|four"
    r"|five|ten|twenty|thirty|forty|fifty|sixty|ninety|several|many)\b)", regex.IGNORECASE)

# Verbs of beginning, whose object is a thing begun, not words ("launched a bid", "started a
# channel"), right before the content and in lower case (a title-case headline's "Groups Launch
# Ads Against Lee" names what the story reports); the lemma table has no "began", nor "begins"
_BEGIN_VERBS = frozenset(["start", "launch", "begin", "began", "begun", "begins"])

# "differ" (in the forms the lemma table leaves) and "from" after it, an adverb or two between
_DIFFER_FORMS = frozenset(["differ", "differs", "differed", "differing"])

# "declare" and a payout it makes: "declared a final dividend", "declares a 1:1 bonus issue"
_PAYOUT = regex.compile(r"(?:[^\s,;]+[^\S\n]+){0,3}?(?:dividends?|bonus(?:es)?|payouts?)\b", regex.IGNORECASE)

# content that runs to the close of the bracket it opened in
_BRACKET_CLOSE = regex.compile(r"[^()\n]*\)")

_DIFFERS_FROM = regex.compile(r"(?:\w+ly[^\S\n]+){0,2}from\b", regex.IGNORECASE)

# verbs of belief whose noun object is a thing taken on, no belief held: "assumed the presidency"
_CLAUSE_ONLY_LEMMAS = frozenset(["assume"])

# "vote" and "in" before its content: the election or the side one voted in, not what one voted for
# ("voted in the primary"); but "voted in favor of the bill"
_VOTED_IN = regex.compile(r"\bvot(?:e|es|ed|ing)\s+in\s*$")

_IN_FAVOR = regex.compile(r"favou?r\b", regex.IGNORECASE)

_WENT_ON = regex.compile(r"\b(?:go|goes|going|gone|went)\s+on\s*$")

_BEGUN = regex.compile(r"\b(?i:start|starts|started|launch|launches|launched|launching|begin|begins|began|begun)\s*$")

# ... unless the content says what the thing says or whom it targets, or runs on into the words said:
# a target or topic ("launched an attack on Lee", "began with a joke about"), a participle or a clause
# ("a petition urging", "an ad that says"), an infinitive or a quotation
_BEGUN_SAYS = regex.compile(
    r"\b(?i:that|about|against|by|with|on|to|for|of|calling)\b|\b\p{Ll}{2,}ing\b|[“”\"«]|''")

# A contest as the object of "call", with nothing said of it after: a winner named or an election set
# ("called the race for Lee at 11 p.m.", "called a bellwether county", "called a snap election"); not
# a name given to it ("called the election a sham")
_CALLED_CONTEST = regex.compile(
    r"(?:the|a|an|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:race|contest|election|seat|primary|caucus(?:es)?|state|county|district)s?"
    r"(?:\s+(?:for|at|in|on|by|early|late|shortly|just|minutes|hours|after|before|when)\b[^“”\"]*)?[\s.,;!?]*$",
    regex.IGNORECASE,
)

# What "deny" or "refuse" withholds when it is a leave, not a claim: bail, entry, a visa, after at most
# an object pronoun or two modifiers ("denied bail", "refused him entry", "denied the crew permission to
# film", "was denied a visa"); a claim denied is no such thing ("denied the charge", "denied that ...",
# "denied the visa was forged")
_GRANTING_LEMMAS = frozenset(["deny", "refuse"])

_GRANTED = regex.compile(
    r"(?:(?:him|her|them|us|me|it)\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!that\b)[\w’'-]+\s+){0,2}?"
    r"(?:bail|parole|entry|entrance|admission|access|permission|approval|leave|visas?|licen[cs]es?|passports?|asylum|clearance)\b"
    r"(?!\s+(?:claims?|reports?|allegations?|accusations?|charges?)\b)"
    r"(?![^,;]*?\b(?:had|has|have|was|were|is|are|would|will|could|did)\b)",  # a clause: "denied access was cut"
    regex.IGNORECASE,
)

# What may follow an object when nothing but an adjunct comes after it: "in the final", "last year",
# "without dropping a set", or a score ("claimed the first set 6-3")
_ADJUNCT_NEXT = (
    r"(?i:in|on|at|for|from|after|with|without|despite|of|and|but|last|this|over|by|to|during|since|before|than"
    r"|when|while|as|behind|ahead|against|earlier|yesterday|today)\b|\p{N}{1,3}[-–]\p{N}{1,3}\b"
)

# Words between a determiner and its noun, no verb, clause word or preposition among them (but "of the":
# "the player of the month award")
_CLAIM_MODIFIER = (
    r"(?:(?:of\s+(?:the|a|an)|(?!(?:the|a|an|his|her|their|its|our|had|has|have|was|were|is|are|would|will|could|did"
    r"|should|can|may|might|must|that|who|which|in|on|at|for|from|with|by|to|about|over|after|before|during|into|as)\b)"
    r"[\w’'-]+)\s+)"
)

_CLAIM_COUNT = (
    r"(?:the|a|an|his|her|their|its|our|my|your|this|another|some|several|many|more|both|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|dozens|hundreds|thousands|\p{N}[\p{N},.]*)\s+"
)

# What opens an object a verb takes as a thing: a determiner or a count and at most four modifiers
# ("the player of the month", "three late"), or one lower-case word ("record", "second")
_THING_OPENING = r"(?:" + _CLAIM_COUNT + _CLAIM_MODIFIER + r"{0,4}?|(?:\p{Ll}[\w’'-]*\s+)?)"

# ... and what may come after it: nothing but an adjunct, as a clause makes it the subject of what is said
_NOTHING_BUT_ADJUNCT = r"(?=\s*(?:[,.;:!?)]|$|" + _ADJUNCT_NEXT + r"))"

# What "claim" takes when it takes or wins a thing, not asserts one: a prize, a place, a share, a sum or
# lives, after a determiner or a count and at most four modifiers ("claimed the early lead", "claimed
# second place", "claimed the player of the month award", "claimed £2,000 in costs", "claimed 41 percent
# of the vote", "the crash claimed three lives"); a win or a victory only with a determiner or a count
# ("claimed a 2-1 win", "claimed his third victory"), as a bare "claimed victory" declares it, unless
# the margin it was won by follows ("claimed victory by five wickets"); a game's spoils too ("claimed
# three wickets for 24 runs", "claimed the first set"); and only with nothing after it but an adjunct,
# as a clause about the thing is a claim ("claimed the lead was stolen", "claimed the team took the lead")
_CLAIMED_PRIZE = regex.compile(
    r"(?:" + _THING_OPENING +
    r"(?:lead|place|position|pole|spot|titles?|crown|troph(?:y|ies)|cups?|medals?|awards?|prizes?|seats?|points"
    r"|goals?|tries|wickets?|scalps?|sets?|frames?|stages?|berths?|hat-tricks?|gold|silver|bronze|belts?"
    r"|lives|life|careers|jobs|costs|damages|compensation|refunds?|expenses|benefits|allowances?|relief|asylum"
    r"|residency|territory|share|stake|percent|per\s+cent|spoils|jackpot|bounty|reward)"
    r"|" + _CLAIM_COUNT + _CLAIM_MODIFIER + r"{0,4}?(?:victor(?:y|ies)|wins?)"
    r"|victory(?=\s+by\s+(?:an?\s+innings|(?:\p{N}[\p{N},]*|" + en.NUMBER_WORDS + r")\s+(?:runs?|wickets?|goals?"
    r"|points?|strokes?|shots?|lengths?|seconds?|sets?|frames?|tries|votes?)\b))"
    r"|[$£€]\p{N}[\p{N},.]*(?:\s*(?:million|billion|bn|m|k)\b)?|\p{N}[\p{N},.]*\s*(?:%|percent\b|per\s+cent\b))"
    + _NOTHING_BUT_ADJUNCT,
    regex.IGNORECASE,
)

# What "concede" takes when it lets in a score, not grants a point argued: goals, runs, a penalty, a
# set, the lead, after a determiner or a count and at most four modifiers ("conceded three goals",
# "conceded 40 runs in the last three overs", "conceded a soft penalty", "conceded the opening set");
# with nothing after it but an adjunct (but "conceded the race", "conceded the goals were soft")
_CONCEDED_SCORE = regex.compile(
    _THING_OPENING +
    r"(?:goals?|runs|wickets?|penalt(?:y|ies)|free[\s-]kicks?|corners?|tries|touchdowns?|baskets|boundaries|sixes"
    r"|fours|extras|sets?|frames?|lead|possession|territory)"
    + _NOTHING_BUT_ADJUNCT,
    regex.IGNORECASE,
)

# What "argue" takes when a lawyer pleads a matter in court, no claim made: a case, an appeal or a
# motion, after a determiner or a count and at most four modifiers ("argued three cases before the
# Supreme Court", "argued the appeal in 1998"); with nothing after it but an adjunct, though not
# "for" or "against" (but "argued the case for reform": a stance taken)
_ARGUED_IN_COURT = regex.compile(
    _THING_OPENING + r"(?:cases?|appeals?|motions?)(?!\s+(?:for|against)\b)" + _NOTHING_BUT_ADJUNCT,
    regex.IGNORECASE,
)

# ... and "pass" when one dies: "passed away on Sunday"
_PASSED_AWAY = regex.compile(r"away\b", regex.IGNORECASE)

# ... and "quote" when a caller gives a number, as police appeals ask: "quoting reference 5223",
# "quoting crime number 12/3456/24", "quoting log 123 of 4 May"
_QUOTED_NUMBER = regex.compile(
    r"(?:(?:the|a|your)\s+)?(?:(?:crime|incident|case|job|operation)\s+)?(?:reference|ref\.?|number|log|occurrence)\b(?!\s+(?:to|of)\b)",
    regex.IGNORECASE)

# What "respond" takes when one is sent out to it, no words answered: a place or an emergency
# ("responded to the scene", "responded to a house fire"), a call for help by its number ("a 911
# call", "an emergency call"), or a call or a report of an emergency ("responded to reports of
# gunfire", "a call about a fight"); with nothing after a place or an emergency but an adjunct
# (but "responded to the report", "responded to calls for his resignation", "responded to the
# shooting with a speech")
_CALLED_OUT_TO = regex.compile(
    r"(?:" + _THING_OPENING + r"(?:calls?|reports?|alerts?)\s+(?:of|about|reporting)\s+" + _THING_OPENING
    + r"(?:" + "|".join(sorted(en.CALL_OUT_NOUNS, key=len, reverse=True)) + r")\b"
    r"|(?:the|a|an)\s+(?:\p{N}{3}|emergency|distress)\s+calls?\b"
    r"|" + _THING_OPENING + r"(?:" + "|".join(sorted(en.CALL_OUT_PLACES, key=len, reverse=True)) + r")\b"
    # (a time after it, "shortly after midnight", "around 2 a.m.", is an adjunct too)
    r"(?:\s+(?:shortly|around|just|moments|minutes))?" + _NOTHING_BUT_ADJUNCT + r")",
    regex.IGNORECASE,
)

# What "post" takes when it records a result or makes a payment, not puts up a message: a win or a
# loss, a gain or a fall, a score, a time, a sum or bail, after a determiner or a count and at most
# four modifiers ("posted an overwhelming victory", "posted record profits", "posted their biggest
# gain", "posted the fastest time", "posted bail"), or a bare number ("posted 310 for six", "posted $2
# billion in sales"); with nothing after it but an adjunct (but "posted a video", "posted two words on
# Twitter")
_POSTED_RESULT = regex.compile(
    r"(?:" + _THING_OPENING + r"(?:" + "|".join(sorted(en.POSTED_RESULT_NOUNS, key=len, reverse=True)) + r")\b"
    r"|[$£€]?\p{N}[\p{N},.]*(?:\s*(?:million|billion|bn|m|k)\b|\s*(?:%|percent\b|per\s+cent\b))?)"
    + _NOTHING_BUT_ADJUNCT,
    regex.IGNORECASE,
)

# "deny" or "refuse" with two objects, who is refused and what, withholds a thing from someone: a
# pronoun or a name, then a determiner and its noun ("denied Smith a penalty", "denied him the chance",
# "refused Roe any help"), or a determiner's noun, then "a" or "any" and its noun ("denied the defence a
# hearing"; a definite second noun may be a clause's subject: "denied the report the paper ran"); with
# nothing after the second noun but an adjunct, as a clause is what is denied ("denied Lee the money
# was his"); not a day or month for a name ("denied Monday the claims"), nor a time for the thing
# ("denied the report a day later")
_DENIED_TWO = regex.compile(
    r"(?:(?:(?i:him|her|them|us|me)\s+|(?!(?i:" + "|".join(en.DAY_NAMES + en.MONTH_NAMES) + r")\b)\p{Lu}[\w’'.-]*"
    r"(?:\s+\p{Lu}[\w’'.-]*){0,2}\s+)(?i:a|an|the|any|his|her|their|its|our|my|your|another|further|more)"
    r"|(?i:the|his|her|their|its|our)\s+" + _CLAIM_MODIFIER + r"{1,3}?(?i:a|an|any|another))"
    r"\s+(?!(?i:next|following|same|previous|few|couple|while|moment|minute|hours?|days?|weeks?|fortnight|months?"
    r"|years?|decades?|time|night|morning|evening)\b)"  # a time, no object: "denied the report a day later"
    r"" + _CLAIM_MODIFIER + r"{0,3}?[\w’'-]+(?=\s*(?:[,.;:!?)]|$|" + _ADJUNCT_NEXT + r"))"
)

# "Call" as an act, by its particle or its object: a halt or pause called, people summoned, a plan
# dropped ("called a timeout", "called a halt to the talks", "called in the army", "called up two
# players", "called off the merger"); not a call made to say something ("called in to say",
# "called up the mayor to complain"), nor a name given ("called it a halt", "called the strike
# “reckless”", "called the walkout illegal.", "called a strike deeply wrong.": a quotation, an adjective
# or an adverb and its word before the sentence's end; but "called a strike nationwide.", "called a
# strike ballot.")
_CALLED_ACT = regex.compile(
    r"(?:(?:a|an|the|another|his|her|their|its|our)\s+(?:[\w’'-]+\s+)?"
    r"(?:time-?outs?|time\s+outs?|recess|halt|huddle|strike|walkout)\b(?!\s+(?:a|an)\b|\s*[“\"‘«]"
    r"|\s+(?:\p{Ll}+ly\s+\p{Ll}{4,}|\p{Ll}{2,}(?:al|ous|ful|less|ible|able|ive|ic|ary|ed))\s*(?:[.!?;]|$))"
    r"|(?:in|up|off)\s+(?!(?:to|that|for|on|with|a|an)\b)(?![^,;]*?\bto\s+(?:say|tell|ask|complain|report|warn|explain|demand|urge|voice|express)\b))"
)

# ... right after the verb (not "called for a halt"), or the particle kept in the cue ("called off")
_CALL_BEFORE = regex.compile(r"(?<![\w’'-])call(?:s|ed|ing)?\s+$", regex.IGNORECASE)

_CALLED_OFF = regex.compile(r"(?<![\w’'-])off\s+$")

# A reaction that someone's words or deeds draw from others, after at most two modifiers ("drew loud cheers",
# "drew the support of most voters", "drew widespread criticism", "has drawn the attention of regulators")
_DRAW_FORMS = frozenset(["draw", "draws", "drew", "drawn"])  # the lemma table keeps the irregular forms

# "draw up" drafts a thing ("drew up a list", "had drawn up three plans"): the particle opens what was read as the content
_DRAWN_UP = regex.compile(r"up\b(?!\s+(?:to|with)\b)")

_REACTION = regex.compile(
    r"(?:(?:the|a|an|some|much|more|most)\s+)?(?:[\w’'-]+\s+){0,2}?(?:cheers|boos|applause|jeers|criticism|praise"
    r"|support|fire|ire|condemnation|laughter|scorn|rebukes?|backlash|ovations?|gasps|protests?|scrutiny"
    r"|attention(?!\s+to\b))\b",  # (but "drew attention to the cuts" points them out)
    regex.IGNORECASE,
)

# Verbs of saying whose object is what was said: a prepositional phrase or a subordinate clause right after
# them is the saying's adjunct, never what it says ("said of the plan", "wrote while a student"); after
# "write", "to" and a noun phrase is the addressee ("wrote to investors")
_SPEECH_ADJUNCT_VERBS = frozenset(["say", "write", "claim", "report", "tell"])

_ADJUNCT_WORDS = 9  # longer, the words after the adjunct are likely a clause said ("said at the rally Lee lied")

_SPEECH_ADJUNCT = regex.compile(
    r"(?:of|while|after|before|during|amid|following|upon|on|at(?!\s+least\b)|when(?!\s+to\b)"
    r"|as(?=\s+(?:i|you|he|she|we|they)\s))\s+(?:(?<=(?:as|while|when)\s+)(?:i|you|he|she|we|they)\s)?",
    regex.IGNORECASE,
)

_TO_SOMEONE = regex.compile(r"to\s+(?:(?i:the|his|her|their|its|an?|my|our|your)\b|\p{Lu}|\p{Ll}{2,}s\b)")

# A quotation after the adjunct, with no mark between or after the sentence's stop: maybe the words said
# ("said of Lee ''He won''", "said of Lee on Monday. ''He won.''"), which the rule may take on
# (not an apostrophe in a word: "spoke at last month's convention")
_QUOTE_NEXT = regex.compile(r"[^.!?“\"‘'«\n]{0,60}[.!?]?\s{0,3}(?<![\p{L}\p{N}])[“\"‘'«]")

_QUOTE_NEXT_REACH = 65  # the longest stretch the pattern reads

_PARAGRAPH_REACH = 4000  # past a sentence's longest (3000), where a paragraph's end is looked for

_CLOSING_MARKS = ("”", '"', "’", "'", "»")


def _quote_next(text: str, end: int) -> bool:
    """Whether a quotation follows a content's end (`_QUOTE_NEXT`). One that opens the next
    paragraph counts only when that paragraph is quotation alone, ending at its closing mark
    ("spoke only in platitudes.\n“We must act.”"): one with a cue of its own after it ("spoke at
    the hall.\n\n“We will rebuild,” she said.") is another report, not words this one says."""
    m = _QUOTE_NEXT.match(text, end, end + _QUOTE_NEXT_REACH)
    if m is None:
        return False
    if "\n" not in text[m.start():m.end()]:
        return True
    para_end = text.find("\n", m.end(), m.end() + _PARAGRAPH_REACH)
    if para_end < 0:
        para_end = min(len(text), m.end() + _PARAGRAPH_REACH)
    return text[max(m.end(), para_end - 4):para_end].rstrip().endswith(_CLOSING_MARKS)


# What shows that a clause or a quotation is inside past the adjunct's opener (and the subject of an "as",
# "while" or "when" clause): a quotation mark that is no apostrophe, a clause-breaking mark, "that", or a
# subject pronoun or auxiliary of a clause said ("said on Monday he would resign")
_CLAUSE_SIGN = regex.compile(
    r"[“”\"«»]|(?<!\p{L})[‘’']|[’'](?!\p{L})|[,;:—–]|\s-{1,2}\s"
    r"|\b(?i:that|i|he|she|we|they|it|would|will|could|should|must|might|may|can|is|are|was|were|has|have|had)\b"
)

# Words that may open a sentence before a participle clause: "After thanking the crowd, Lee ..."
_PARTICIPLE_OPENERS = frozenset("after while before since upon when by in without despite".split())

# A coordinator that may open the sentence before such an opener: "And in explaining ..., Lee ..."
_SENTENCE_COORDINATORS = frozenset("and but yet so".split())

# how many words may stand between a fronted participle and a participle on its object, and
# what no such short object holds: a mark, or an "of" ("Growing numbers of voters saying ...")
_FRONTED_OBJECT_WORDS = 3

_FRONTED_OBJECT_CHARS = 60

_NOT_IN_FRONTED_OBJECT = regex.compile(r"[^\w\s’'-]|\bof\b")


def _after_fronted_participle(text: str, s0: int, pos: int) -> bool:
    """Whether the sentence opens with a verb's participle and its short object
    right before ``pos`` ("Holding signs | calling ...", "Waving a flag | urging
    ..."): a fronted clause whose subject comes after its comma, not a subject."""
    if pos - s0 > _FRONTED_OBJECT_CHARS:
        return False  # (a cheap test first: a few short words at most)
    words = WORD.findall(text, s0, pos, False, tokens.CONCURRENT)
    if not 2 <= len(words) <= _FRONTED_OBJECT_WORDS + 1 or _NOT_IN_FRONTED_OBJECT.search(text, s0, pos):
        return False
    first = words[0]
    return (first[:1].isupper() and first.endswith("ing") and lemma(first.lower()) != first.lower()
            and all(w.islower() for w in words[1:]) and text[s0:pos].lstrip().startswith(first))


def _opens_participle_clause(text: str, s0: int, pos: int) -> bool:
    """Whether the word at ``pos`` opens the sentence, alone or after a word of
    ``_PARTICIPLE_OPENERS`` ("After thanking ..."), a coordinator perhaps
    before it ("But after thanking ...")."""
    before = WORD.findall(text, s0, pos, False, tokens.CONCURRENT)
    if len(before) == 2 and before[0].lower() in _SENTENCE_COORDINATORS:
        s0 = text.index(before[0], s0) + len(before[0])
        before = before[1:]
    return not text[s0:pos].strip() or len(before) == 1 and before[0].lower() in _PARTICIPLE_OPENERS and (
        not text[s0:pos].replace(before[0], "", 1).strip())


def _participle(ctx, sentence, cs, ce, cue_lemma, *, end=None, src=None, aside=False) -> Iterator[Candidate]:
    """A participle's report: "..., saying that Y" (its content runs to ``end``,
    the sentence's end unless given), its source the noun it modifies or the
    sentence's subject unless ``src`` is given. An ``aside`` between a subject
    and its verb of saying reports only a clause or a quotation of its own."""
    text = ctx.text
    end = sentence.end if end is None else end
    via: list[tuple[int, int]] = []
    pos = _past_hearer(ctx, cue_lemma, clauses.skip_post_adjuncts(text, ce, sentence.end), sentence.end, via)
    # "..., saying in a recent debate that ...": the occasion is the cue's, as after "said"
    m = _THAT.match(text, pos, sentence.end) or (_OCCASION_AFTER_PREPOSITION if _ENDS_IN_PREPOSITION.search(text, cs, ce)
                                                  else _OCCASION_THEN_THAT).match(text, pos, sentence.end)
    complementizer = None
    if m:
        pos = m.end()
        that = m.start() + m.group().lower().rindex("that")
        complementizer = (that, that + 4)
    elif text[pos:sentence.end].lstrip()[:1] in (",", ":"):
        pos = text.index(text[pos:sentence.end].lstrip()[0], pos) + 1  # "telling reporters, “...”"
    elif (m := _OCCASION_THEN_COLON.match(text, pos, sentence.end)) is not None:
        pos = m.end()  # "telling reporters in Westminster: “...”": the place is the telling's
    elif cue_lemma != "say":
        (cue,), pos = _take_particles(text, [(cs, ce)], pos, sentence.end, cue_lemma)  # "..., warning against X"
        cs, ce = cue
    below = _quotation_below(ctx, sentence, pos) if end == sentence.end else None
    content = clauses.trim(text, pos, clauses.content_end(ctx, pos + 1, end))
    if below is not None:
        spans = list(below.parts)  # "..., saying:" and the quotation opening the next paragraph
    else:
        if complementizer is None:
            content = clauses.trim(text, content[0], clauses.noun_phrase_end(ctx, *content))  # "..., praising Lee"
            if aside and ctx.lexicon.cue_prior(text[cs:ce]) < _ASIDE_CUE_PRIOR and not ctx.layout.quotation_starts_in(*content):
                return  # "Lee, writing for the bench, said ...": how she came to say it, no report
        if content[1] <= content[0] or _no_report(text, *content, cue_lemma) or (
                complementizer is None and _second_predicate(ctx, *content, text[cs:ce])):
            return
        spans = [content]
    # the noun phrase the participle modifies ("with Lee saying"), else the
    # sentence's subject; resolution prefers the source of a report before it
    # in the same sentence
    src = src or (_aspect_subject(ctx, sentence, cs)
                  or _participle_subject(ctx, sentence, cs) or _modified_noun(ctx, sentence, cs)
                  or _coordinated_participle_subject(ctx, sentence, cs)
                  or _relative_pronoun_subject(ctx, sentence, cs)
                  or _coordinated_clause_subject(ctx, sentence, cs)
                  or _extraposed_subject(ctx, sentence, cs)
                  or sources.leading_subject(text, sentence.start, cs, ctx.lexicon))
    yield candidate(ctx, sentence, [(cs, ce)], cue_lemma, spans, src, "core.participle.v2", via=via, priority=70,
                     complementizer=complementizer)


# How often a participle must head a cue for an aside of it to report with no clause or
# quotation of its own: "Lee, citing the audit, said ..." does; "Lee, writing for the bench, said" does not
_ASIDE_CUE_PRIOR = 0.5

# what may stand between an aside's closing comma and its subject's verb of saying:
# "..., on Monday said", "..., however, told"
_AFTER_ASIDE = regex.compile(r"\s*(?:(?:also|however|later|then|today|yesterday|on \w+day|\w+ly),?\s+)*(\w+)")


def _aside_before_saying(ctx: Context, sentence: Sentence, cs: int, ce: int) -> bool:
    """Whether the participle at ``cs`` opens an aside set off by commas between
    the sentence's subject and that subject's verb of saying: "Justice Rao,
    writing for the bench, said ...", "An aide, preferring to remain anonymous,
    told ..."."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    comma = text.rfind(",", s0, cs)
    if comma < 0 or text[comma + 1:cs].strip():
        return False
    subject = sources.leading_subject(text, s0, comma, ctx.lexicon)
    if subject is None or text[subject[1]:comma].strip():
        return False
    close = clauses.clause_comma(ctx, ce, s1)
    verb = _AFTER_ASIDE.match(text, close + 1, s1) if close < s1 else None
    if verb is None:
        return False
    word = verb.group(1).lower()
    return word != lemma(word) and (lemma(word) in en.THAT_VERBS or lemma(word) in _TELLING_VERBS)


def _quotation_below(ctx: Context, sentence: Sentence, pos: int):
    """The quotation opening the next paragraph, when a colon right before
    ``pos`` ends the sentence and its paragraph: "..., saying:"."""
    text = ctx.text
    if text[pos - 1 : pos] != ":" or text[pos : ctx.layout.paragraphs[sentence.paragraph][1]].strip():
        return None
    return cues.next_paragraph_quotation(ctx, sentence)


# ", and", ", but": a second clause, with a subject of its own, may open after it; so may a
# clause of place, time or manner the participle ends ("where crowds gathered, chanting",
# "as he accepted the award, thanking", "in which children play, yelling")
_COORDINATED_CLAUSE = regex.compile(
    r",\s+(?:and|but|yet|though|although|whereas)\s+|(?<![^\s,])(?P<sub>where|in\s+which|as|while|when|after|because)\s+")

# subordinators that are prepositions too ("after the vote", "because of it"): their clause is read
# only when a comma closes it before the participle
_CAUSE_OR_TIME_LEADS = frozenset(["after", "because"])

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


def _relative_pronoun_subject(ctx: Context, sentence: Sentence, cs: int, aside: bool = False) -> tuple[int, int] | None:
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


def _subject_after_last_comma(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
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


def _coordinated_clause_subject(ctx: Context, sentence: Sentence, cs: int, joined: bool = False) -> tuple[int, int] | None:
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
    _coordinated_clause_subject); ``_NO_CLAUSE`` when "after" or "because" opens none.
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
    if not finite and last.group("sub") is not None and word.isalpha() and word.islower() and word not in _ADJUNCT_ONLY:
        # "after the maker cut its forecast": a bare past before its object's determiner, in a clause
        # a subordinator opened (which must hold a verb)
        after = WORD.match(text, verb.end() + 1, cs, tokens.CONCURRENT)
        finite = after is not None and text[verb.end():after.start()].strip() == "" and after.group().lower() in _BODY_DETERMINERS
    return src if finite else None


# "that" or a verb of saying right before a clause's subject
_CLAUSE_OPENER = regex.compile(r"(?<![\w’'-])(?:that|[a-z]+)\s+$")


def _perfect_clause_subject(ctx: Context, sentence: Sentence, cue_start: int, form: str) -> tuple[int, int] | None:
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


def _extraposed_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
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
_ASPECT_BEFORE = regex.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(sources.ASPECT_VERBS | {"begun"})) + r")\s+$",
                               regex.IGNORECASE)


def _aspect_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
    """The subject of a verb of aspect the cue in "-ing" follows, whatever clause
    it stands in: "Lee spoke before the crowd began chanting that ...", "as more
    workers have begun urging ...": the crowd and the workers report."""
    aspect = _ASPECT_BEFORE.search(ctx.text, max(sentence.start, cs - 16), cs)
    if aspect is None:
        return None
    # past its auxiliaries and adverbs: "the crowd immediately began", "workers have begun"
    end = aux_start(ctx.text, sentence.start, aspect.start())
    return sources.subject(ctx.text, sentence.start, end, ctx.lexicon, strong=True)


# the participle of an absolute phrase before an infinitive: "with Lee taking to the radio to ..."
_ING_BEFORE_TO = regex.compile(r"(?<![\w’'-])[a-z]{2,}ing(?![\w’'-])[^,;:!?()“”\"—–]*?\s+to\s+$", regex.REVERSE)


def _absolute_before_infinitive(ctx: Context, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
    """The subject of an absolute phrase whose participle an infinitive goes on
    from: "..., with Lee taking to the radio to call the plan a fraud" (Lee's)."""
    ing = _ING_BEFORE_TO.search(ctx.text, max(sentence.start, cue_start - 80), cue_start)
    return _participle_subject(ctx, sentence, ing.start()) if ing is not None else None


# "and" or "or" right before a participle that coordinates it with an earlier one
_AND_BEFORE = regex.compile(r"(?<![\w’'-])(?:and|or)\s+$", regex.IGNORECASE)

# an earlier participle in the same phrase: no mark that ends a clause between it and "and"
_EARLIER_ING = regex.compile(r"(?<![\w’'-])[a-z]{2,}ing(?![\w’'-])[^.;:!?()“”\"—–]*?$", regex.REVERSE)

# how far before "and" the participle it coordinates with may stand
_COORDINATED_PARTICIPLE_REACH = 100


def _coordinated_participle_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
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
    return _participle_subject(ctx, sentence, earlier.start()) or _modified_noun(ctx, sentence, earlier.start())


# a relative pronoun that opens a clause with no mark before it, and no mark inside the clause
_RESTRICTIVE_RELATIVE = regex.compile(r"(?<![\w’'-])(?:who|that|which)(?:’d|'d)?\s+[^,;:!?()“”\"—–]*$",
                                      regex.IGNORECASE | regex.REVERSE)

_RELATIVE_CLAUSE_CHARS = 200


def _head_before_relative(ctx: Context, sentence: Sentence, src: tuple[int, int]) -> tuple[int, int] | None:
    """The subject that opens the sentence, when the mention found before a
    cue is inside that subject's relative clause, its verb's object: "Local
    groups that have endorsed Lee say ...", "Crews who would rather be
    fishing with Lee said ...": the groups and the crews speak. Not a mention
    right after the pronoun, the subject of the clause's own verb ("the plan
    that Lee said would ...")."""
    text = ctx.text
    # (read within a window: a sentence with no end and no pronoun would be read back whole per cue)
    rel = _RESTRICTIVE_RELATIVE.search(text, max(sentence.start, src[0] - _RELATIVE_CLAUSE_CHARS), src[0])
    if rel is None or not text[rel.start():src[0]].split(None, 1)[1:] or rel.start() - sentence.start > _RELATIVE_CLAUSE_CHARS:
        return None  # (the subject the clause goes on opens the sentence: it stands near its start)
    lead = sources.leading_subject(text, sentence.start, rel.start(), ctx.lexicon)
    if lead is None or lead[1] != len(text[lead[0]:rel.start()].rstrip()) + lead[0]:
        return None
    return lead


def _participle_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
    """The subject of a participle in an absolute phrase: "..., with Lee saying
    that ...". The noun phrase after "with", when it is a speaker."""
    text, s0 = ctx.text, sentence.start
    absolute = _WITH_NOUN.search(text, max(s0, cs - 120), cs)
    if absolute is None or (absolute.start() > s0 and not _ABSOLUTE_OPENS.search(text, s0, absolute.start())):
        return None
    src = sources.subject(text, absolute.start(1), cs, ctx.lexicon, strong=True)
    return src if src is not None and src[0] == absolute.start(1) else None


def _modified_noun(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
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
            if w.group().lower() in _NOUN_MARKERS:
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
    if carrier and (sources.plural(head) and lead and lead not in _NOT_ISSUING_LEADS or not sources.plural(head)):
        return None  # "launched petitions calling on ...", "opened a rally blasting ...": the issuer's
    if lead in ("to", "with") and k >= 1 and words[k - 1].group().lower() in _CARRIER_NOUNS:
        return None  # "a pitch to voters saying ...": its hearers
    if not (sources.plural(head) or ctx.lexicon.speaker_share(low) >= _SPEAKER_NOUN_SHARE
            # after such a word, at the sentence's start, or after a comma ("Lee's fund, a group backing ...")
            or first in ("a", "an", "the") and (lead in _DETERMINED_LEADS or not lead and (
                text[words[k].end():start].strip() == "," if k >= 0 else not text[sentence.start:start].strip()))
            and low not in _NOT_IN_DETERMINED
            and low not in _FUNCTION_HEADS and not ctx.lexicon.rarely_in_sources(low)):
        return None
    if not sources.plural(head) or ctx.lexicon.speaker_share(low) < _COUNTED_SPEAKER_SHARE:
        return start, words[-1].end()  # ("a number of laws restricting ...": things, counted or not)
    return _counted_from(text, words, k, start, ctx.lexicon), words[-1].end()


# a pronoun that picks one of those just named, after a comma or a dash: ", one listing ..."
_ONE_OF_THEM = frozenset(["one", "another"])

_MODIFIER_WORDS = _NOUN_MARKERS | frozenset("some many other several two three four five both all".split())

# How often a plural must head a source for a head counting it to be taken in too
_COUNTED_SPEAKER_SHARE = 0.1

# Heads that count or gather the noun after their "of" and so head the mention:
# "a chorus of critics urging ...", "62 percent of voters saying ...", "one of the groups backing ..."
_COUNTING_HEADS = (sources.QUANTITY_NOUNS | en.COLLECTIVE_NOUNS | sources.QUANTIFIER_PRONOUNS | sources.NUMBERS
                   | frozenset("all each".split()))


def _counted_from(text: str, words: list, k: int, start: int, lexicon) -> int:
    """Where a noun phrase a participle modifies starts once a head that counts or
    gathers it, with that head's determiner, number and modifiers, is taken in
    ("a constellation of | super PACs backing ...", "62 percent of | voters saying ...");
    ``words[k]`` is the word right before ``start``."""
    if k < 1 or words[k].group().lower() != "of" or text[words[k].end():start].strip():
        return start
    head = words[k - 1]
    at = tokens.percent_opens(text, words, k - 1)  # "62 per cent of": the head in two words
    if text[head.end():words[k].start()].strip() or at is None and head.group().lower() not in _COUNTING_HEADS:
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
        if w[0].isdigit() or low in _MODIFIER_WORDS or low in sources.NUMBERS:
            start = reach
            if low in _NOUN_MARKERS:
                break
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

_NOT_IN_DETERMINED = en.CLAUSE_BOUNDARIES | _NOUN_MARKERS | frozenset("of for from in at with on to by".split())

# What one issues or holds, whose participle reports the issuer's words: "sent out pitches urging ..."
_CARRIER_NOUNS = en.VEHICLE_NOUNS | en.SPOKEN_VEHICLE_NOUNS | frozenset(
    "article articles paper papers cover story stories pitch pitches petitions appeal appeals plea pleas "
    "rally rallies conversation conversations debate debates meeting meetings event events "
    "speeches address hearing website site response responses reply replies announcement".split())

# Words before an issued thing that do not issue it: "a trove of emails showing ..."
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
_WITH_NOUN = regex.compile(r"(?<![^\s,(])with\s+((?:[^,;:()“”\"]|,(?=\s+(?-i:[A-Z])))+?)\s*$", regex.IGNORECASE)

# what stands before an absolute phrase: a comma or dash (or the sentence's start)
_ABSOLUTE_OPENS = regex.compile(r"(?:[,;(—–]|\s--?)\s*$")


def _reporting_infinitive(ctx: Context, pos: int, s1: int) -> bool:
    """Whether "to" and a verb of saying follow ``pos``: "seemed to suggest"."""
    catenative = _TO_VERB.match(ctx.text, pos, s1)
    return catenative is not None and says(ctx, catenative.group(1))


# a quotation that ends as speech does, its closing mark right after a comma, "?" or "!"
# A quotation that ends on a word, no mark of speech before its closing mark: a title
_TITLE_END = regex.compile(r"[\p{L}\p{N}][”\"’]$")

# a quotation this many words long, two of them lower-case words no title links with, is speech
_SPOKEN_WORDS = 3

_TITLE_LINKS = _NAME_LINKS | frozenset("a an with from by up into upon".split())

_SUBJECT_OPENERS = POSSESSOR_DETERMINERS | en.SUBJECT_PRONOUNS


def _spoken_quotation(ctx: Context, start: int, end: int, src: tuple[int, int]) -> bool:
    """Whether the quotation that ends at ``end`` reads as speech though no comma
    closes it: "“We will win the seat” Lee said after the vote." (three words or
    more, two of them lower-case words other than a title's links, and the
    subject after it opens with a capital or a determiner), not a title quoted
    before its noun ("“Daily Show” host Lee", "“Keeping Up with the Roes” star")."""
    first = WORD.match(ctx.text, *src)
    if first is None or first.group().islower() and first.group() not in _SUBJECT_OPENERS:
        return False
    quote = next((q for q in ctx.layout.quotations_ending_in(start, end) if q.end == end), None)
    if quote is None:
        return False
    words = WORD.findall(ctx.text, quote.start, quote.end, False, tokens.CONCURRENT)
    return len(words) >= _SPOKEN_WORDS and sum(w.islower() and w not in _TITLE_LINKS for w in words) >= 2


_SPEECH_END = (",”", "?”", "!”", ',"', '?"', '!"', ",’", "?’", "!’")


def _verb_after_speech(ctx: Context, sentence: Sentence, cue_start: int, form: str) -> bool:
    """Whether a verb in the past or present tense comes right after a quotation
    that opens the sentence and ends as speech does: "“...,” stated Lee.",
    "“...?” scoffed the mayor.", "“...,” read the sign." Any such verb inverts there as "said" does,
    though few do often enough to be listed. (A quotation inside a subject,
    "Lee, star of “Trainwreck,” thanked ...", opens no sentence.)"""
    quote_end = cues.opening_quotation_window(ctx, sentence)[0]
    between = ctx.text[quote_end:cue_start].strip()
    # British copy sets the comma after the closing mark: "‘...’, vows the mayor"
    return (form.isalpha() and (form.endswith(("ed", "s")) or form in en.PAST_AS_BASE) and quote_end > 0
            and (not between and ctx.text[sentence.start:quote_end].endswith(_SPEECH_END)
                 or between == "," and ctx.text[quote_end - 1] in "’'\"”"))


# the speaker after a fronted verb, then a comma or colon and a quotation (or the end of the sentence)
_FRONTED_SPEAKER = regex.compile(r"\s+([^:;“”\"\n]{1,160}?)\s*[,:]\s*(?:(?=[“\"‘])|$)")


def _fronted_cue(ctx: Context, sentence: Sentence, cs: int, cue_end: int, cue_lemma: str) -> Iterator[Candidate]:
    """A verb of saying that opens its sentence, its speaker after it, then the
    quotation: "Said Comey, “...”"."""
    text, s1 = ctx.text, sentence.end
    m = _FRONTED_SPEAKER.match(text, cue_end, s1)
    if m is None:
        return
    src = sources.subject_after(text, m.start(1), m.end(1), ctx.lexicon)
    if m.end() < s1:
        q = next(ctx.layout.quotations_from(m.end()), None)
        q = q if q is not None and q.start == m.end() else None
    else:
        q = cues.next_paragraph_quotation(ctx, sentence)  # "Wrote Lee:" and the quotation below
    if src is not None and q is not None:
        yield candidate(ctx, sentence, [(cs, cue_end)], cue_lemma, list(q.parts), src, "core.inverted_cue.v2", priority=40)


# a spaced dash: the opening of an aside before its quotation, its close after the cue
_SPACED_DASH_BEFORE = regex.compile(r"[^\S\n][-–—―]{1,2}[^\S\n]*$")

# (a word or two of the saying's manner may stand before it: "she said twice -", "he said, smiling -")
_SPACED_DASH_AFTER = regex.compile(r"(?:,?[^\S\n]+[a-z]+){0,2}[^\S\n]*[-–—―]{1,2}[^\S\n]")


def _dashed_quotation(ctx: Context, s0: int, lead_end: int, after: int, s1: int) -> tuple[int, int] | None:
    """The quotation that ends the lead ``[s0, lead_end)`` when a spaced dash opens
    right before it and another follows the cue's clause at ``after`` ("... - “Y,”
    Lee said - and ..."): an aside of the speaker's inside the writer's sentence."""
    text = ctx.text
    if not _ends_quotation(ctx, s0, lead_end) or not _SPACED_DASH_AFTER.match(text, after, s1):
        return None
    q = next(iter(ctx.layout.quotations_ending_in(lead_end - 2, lead_end)), None)
    if q is None or q.start <= s0 or len(q.parts) > 1 or not _SPACED_DASH_BEFORE.search(text, max(s0, q.start - 4), q.start):
        return None
    return q.start, q.end


def _ends_quotation(ctx: Context, start: int, end: int) -> bool:
    """Whether [start, end) ends with a closed quotation, a comma at most after it."""
    text = ctx.text
    while end > start and text[end - 1] in " ,":
        end -= 1
    # the layout paired the mark as a closing one, whatever its shape (“It's unusual,“ said X)
    return end > start and ctx.layout.inside_quote(end - 1) and text[end - 1] in "”\"’'»“"


def _opened_after_colon(ctx: Context, start: int, end: int) -> bool:
    """Whether the quotation that ends [start, end) opened right after a colon
    in it ("Lee was blunt: “Y,”")."""
    opening = _past_colon_lead(ctx, (start, end))[0]
    return opening > start and ctx.text[start:opening].rstrip().endswith(":")


def _past_colon_lead(ctx: Context, content: tuple[int, int]) -> tuple[int, int]:
    """Content before a trailing cue without a lead that a colon sets before
    its quotation: in "His verdict: “Not yet,” he said" the words are the
    quotation's; the lead only introduces them. Nor with the words of another
    speaker before it: in "“Y,” she said, but “Z,” said Lee" only Z is Lee's."""
    start, end = content
    closing = [q for q in ctx.layout.quotations_ending_in(start, end + 1) if q.end >= end and q.start > start]
    if not closing:
        return content
    opening = closing[0].start
    lead = ctx.text[start:opening].rstrip()
    if lead.endswith(":") and not ctx.layout.inside_quote(start + len(lead) - 1) or _another_speaker(ctx, start, opening):
        return opening, end
    return content


# "and"/"but", then a subject of one to four words: a clause of its own ("and aviation experts say");
# so are a clause of time or cause ("as aid groups warned that Z") and an absolute one ("with
# mediators saying Z"), but not "as long as", "as well as" and the like, which go on with Y
_COORDINATED_SPEAKER = regex.compile(
    r"(?:and|but|while|whereas|with|as(?![^\S\n]+(?:long|soon|well|much|many|far|if|though|of|to|for|a|an)\b))"
    r"\s+((?:[\w’'.-]+\s+){1,4}[\w’'-]+)"
)


def _coordinated_report(text: str, start: int, end: int) -> bool:
    """Whether [start, end), after "Y, X said,", is a coordinated clause with a
    speaker of its own ("..., records show, and experts say Z", "..., while a few argued that Z", "..., as
    pilots warned that Z", "..., with mediators saying Z"): Z is that
    speaker's report, not more of Y. (A verb of saying in lower case after the
    subject's first word.)"""
    m = _COORDINATED_SPEAKER.match(text, start, end)
    if m is None:
        return False
    words = m.group(1).split()[1:]
    return any(w.islower() and lemma(w) in en.INVERTING_VERBS for w in words)


def _another_speaker(ctx: Context, start: int, end: int) -> bool:
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
    """A pronoun or a capitalised word outside quotations: a speaker next to a verb."""
    return (w.group().lower() in en.SUBJECT_PRONOUNS or w.group()[0].isupper()) and not ctx.layout.inside_quote(w.start())


_MAX_COORDINATED_LEAD = 8

_NAME_THEN_APPOSITIVE = regex.compile(
    r"[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*)*,\s+(?:(?:who|whose|the|an?|his|her|its|their|\d+)\s|[RDI]-\p{Lu})"
)

# a contrast set off by commas right before a verb: "Habitat loss, not disease, explains the decline"
# (the verb's subject is before it, no inverted report: "explains" has no speaker after it)
_NOT_APPOSITIVE_BEFORE = regex.compile(r"\w,[ \t]+not[ \t]+[^,.;:!?“”\"\n]{1,40},[ \t]*$")

# A capitalised word after the first with the ending of a verb's present or past ("Lee Mocks Board",
# "Port Reopened After Storm"): a title-case heading's verb
_TITLE_CASE_VERB = regex.compile(r"(?<=\S[^\S\n]+)\p{Lu}\p{Ll}*(?:[^s\W]s|ed)\b")


def _subject_with_appositive(ctx: Context, s0: int, cue_start: int) -> bool:
    """Whether what precedes a cue is its subject with an appositive or a
    relative clause ("Ann Lee, a former mayor, said ...", "Lee, who is 28,
    said ..."), so that the words after the cue are content, not an inverted
    source."""
    text = ctx.text
    start = clauses.skip_space(text, s0, cue_start)
    comma = text.find(",", start, cue_start)
    if comma > start and (fronted_adverbial(text, start, comma) or clauses.fronted_phrase(text, start, comma)):
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


def _appositive_before(ctx: Context, s0: int, cue_start: int) -> bool:
    """Whether the comma before a cue closes an appositive of its subject ("Ann
    Lee, an activist, asked ..."), so that the cue is the subject's finite
    verb, not a participle set off by commas ("The mayor, asked about ...")."""
    subject = sources.subject(ctx.text, s0, cue_start, ctx.lexicon, strong=True)
    return subject is not None and "," in ctx.text[subject[0]:subject[1]]


# "X was quoted as saying (by The Planet) ...": the passive of "The Planet quoted X as saying"
# (or "cited": "was cited by IRNA as saying")
# "was quoted as saying", "was quoted by news agency PTI as saying" (the relay named between,
# by its name or as an outlet: "was quoted by state media as saying", "by the paper")
_QUOTED_AS = regex.compile(
    r"(?<!\S)(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:also|widely)\s+)?"
    r"((?P<verb>quoted|cited)\s+(?:by\s+(?P<by>(?:[\w.’'&-]+\s+){0,4}?(?:[A-Z][\w.’'&-]*|" + "|".join(sorted(en.OUTLET_NOUNS))
    + r"|media|television|radio|press)s?)\s+)?as\s+)$"
)

# the relay after it: "by The Planet", "by news agency PTI" (a word or two of what it is before its
# name), "by cricket.example.au" (a site by its address)
_BY_RELAY = regex.compile(
    r"\s+by\s+((?:[Tt]he\s+)?(?:(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(en.OUTLET_NOUNS)) + r")\s+)?"
    r"[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4}|[A-Za-z][\w-]*(?:\.[a-z][\w-]*)*\.[a-z]{2,}\b)")


def _quoted_as_saying(ctx: Context, sentence: Sentence, quoted: regex.Match, cue_end: int) -> Iterator[Candidate]:
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    src = sources.subject(text, s0, quoted.start(), ctx.lexicon, strong=True)
    if src is None:
        return
    via: list[tuple[int, int]] = [quoted.span("by")] if quoted.group("by") else []
    pos = cue_end
    by = _BY_RELAY.match(text, pos, s1)
    if by is not None:
        via.append(clauses.trim(text, *by.span(1)))
        pos = by.end()
    cue = [(quoted.start(1), cue_end)]
    if quoted.group("by"):
        # "quoted by PTI as saying": the cue is its two parts, the relay between them
        as_word = text.rindex("as", quoted.end("by"), quoted.end(1))
        cue = [quoted.span("verb"), (as_word, cue_end)]
    rest = text[pos:s1].strip(clauses.CLOSE_PUNCT + "\"”’'")
    lead = text[s0:src[0]].rstrip()
    if not rest and lead.endswith((",", "”", '"', "’")):
        content = clauses.trim(text, s0, s0 + len(lead))  # "“Y,” X was quoted as saying by Z."
    else:
        that = _THAT.match(text, pos, s1)
        start = that.end() if that else pos
        content = clauses.trim(text, start, clauses.content_end(ctx, start, s1))
    if content[1] > content[0]:
        yield candidate(ctx, sentence, cue, "say", [content], src, "core.quoted_as.v2", via=via, priority=30)


# "it" as the subject right before a passive cue ("though it was widely reported"), its "is"
# contracted on it too ("it’s widely believed that", "it's been reported that")
_IT_BEFORE = regex.compile(r"(?<![\w’'])[Ii]t(?:[’']s)?\s*$")

# what may close a sentence after a trailing cue
_TAIL_END_MARKS = " .!?\"”’'"

# "it" and its contracted "is" right before a cue: "it’s assumed" is "it is assumed" (but
# "he’s claimed" is mostly "he has claimed")
_ITS_BEFORE = regex.compile(r"(?<![\w’'])[Ii]t[’']s\s+$")

# the "that" after a passive of telling's agent, a few words on: "by the police that"
_THAT_AFTER_AGENT = regex.compile(r"[^\S\n]*,?[^\S\n]+that\b[^\S\n]*", regex.IGNORECASE)

_AGENT_WORDS = 8

# ... or the preposition of what the one told was told about, in its place: "warned by the council
# about rent rises" (not "of", which names may hold: "by the Bank of England")
_TOPIC_AFTER_AGENT = frozenset(["about", "against"])

# a quotation mark that opens a sentence (not "‘", whose close an apostrophe shares)
_OPEN_MARK = regex.compile(r"[“\"][^\S\n]*")


def _past_open_mark(text: str, s0: int, cue_start: int) -> int:
    """Past a quotation mark that opens the sentence at ``s0`` and is not closed before the cue:
    a paragraph of a longer quotation, the mark at each paragraph's head ("\"Lee mocked the plan
    and said, “...”"), whose words name their subject as any sentence does."""
    m = _OPEN_MARK.match(text, s0, cue_start)
    if m is None:
        return s0
    # (quotations may open and close inside: "mocked it as “a stunt” and said")
    closed = (text.count('"', m.end(), cue_start) % 2 == 1 if text[s0] == '"'
              else text.count("”", m.end(), cue_start) > text.count("“", m.end(), cue_start))
    return s0 if closed else m.end()


def _told_that(ctx, sentence, cue_start, cue_end, cue_lemma) -> Iterator[Candidate]:
    """"I was told that Y", "Lee was warned by the police that Y": Y the content;
    the agent, if any, the source; with none, no source (the subject only heard it)."""
    text, s1 = ctx.text, sentence.end
    after = clauses.skip_post_adjuncts(text, cue_end, s1)
    source = None
    topic = None
    agent = _BY_AGENT.match(text, after, s1)
    if agent is not None:
        that = None
        for n, w in enumerate(WORD.finditer(text, agent.end(), s1, tokens.CONCURRENT)):
            if w.group().lower() == "that":
                that = _THAT_AFTER_AGENT.match(text, clauses.trim(text, agent.end(), w.start())[1], s1)
                break
            if topic is None and w.group().lower() in _TOPIC_AFTER_AGENT and not (
                    cues.APPROXIMATE.match(text, w.end(), s1, tokens.CONCURRENT)):
                # "Tenants were warned by the council about rent rises": what they were warned about,
                # unless a "that" follows ("by the council about a year ago that"; "about" an amount)
                topic = w
            if n >= _AGENT_WORDS:
                break
        if that is None and topic is None:
            return
        topic = topic if that is None else None
        source = sources.subject_after(text, agent.end(), (that or topic).start(), ctx.lexicon)
        if source is None:
            return
    else:
        that = _THAT.match(text, after, s1)
        if that is None and not (cue_lemma == "tell" and _bare_clause_after(ctx, after, s1)):
            return
        heard = sources.subject(text, sentence.start, cue_start, ctx.lexicon)
        if heard is not None and sources.kind(text, *heard, ctx.lexicon) == "outlet":
            # "The Ledger has been told that Y": an outlet reports what it was told, as
            # "The Ledger has been told Y" and "The Ledger understands that Y" do
            source = heard
    start = that.end() if that is not None else clauses.skip_space(text, topic.end() if topic is not None else after, s1)
    # "The jury was told that Y": a court's frame, whose evidence goes on over a coordinated verb
    hearing = HEARING_LEADS.match(text, sentence.start, s1)
    end = (clauses.hearing_content_end if hearing is not None and hearing.start(1) == cue_start else clauses.content_end)(
        ctx, start, s1)
    content = clauses.trim(text, start, end)
    if content[1] <= content[0]:
        return
    complementizer = None
    if that is not None:
        word = that.start() + that.group().lower().rindex("that")
        complementizer = (word, word + 4)
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [content], source, "core.told_that.v1",
                     priority=60, complementizer=complementizer)


def _bare_clause_after(ctx: Context, pos: int, s1: int) -> bool:
    """Whether a clause with no "that" follows a passive "told" at ``pos``: its subject, then a
    finite verb ("Jurors were told the victim had been stabbed"; not "was told the news")."""
    bare = cues.BARE_CLAUSE_SUBJECT.match(ctx.text, pos, s1)
    return bare is not None and clauses.finite(
        WORD.findall(ctx.text, bare.end(), clauses.content_end(ctx, bare.start(1), s1)))


def _impersonal(ctx, sentence, cue_start, cue_end, cue_lemma, start, that) -> Iterator[Candidate]:
    """"It was reported that Y", "It is believed Y": no source; Y, from
    ``start``, the content; ``that`` the match of its "that", if any."""
    text = ctx.text
    content = clauses.trim(text, start, clauses.content_end(ctx, start, sentence.end))
    if content[1] <= content[0]:
        return
    complementizer = None
    if that is not None:
        word = that.start() + that.group().lower().rindex("that")
        complementizer = (word, word + 4)
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [content], None, "core.impersonal.v1",
                     priority=60, complementizer=complementizer)


# what a passive report's agent said it for or about: "for suggesting ...", "over his remarks"; or
# what it charged the subject with, "of" and a gerund: "accused by MPs of hiding losses" (not "by the
# Bank of England")
# (the charge may be quoted: "was accused by MPs of “living in a parallel universe”")
_AGENT_REASON = regex.compile(r"\s(for|about|over)\s+(?=[a-z])|\s(of)\s+(?=[“\"‘]?[a-z]+ing\b)")

# "to" and a bare verb after a passive's agent: "was urged by party leaders | to quit" (no determiner
# nor pronoun after it: "an adviser to the mayor", "a letter by Lee to them")
_AGENT_TO_VERB = regex.compile(
    r"([\w’'-]+)[^\S\n]+to[^\S\n]+(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|me|us|it"
    r"|all|some|any|former|then|incoming|outgoing)\b)\p{Ll}+\b")


def _agent_infinitive(text: str, start: int, end: int) -> int:
    """Where a passive's agent ends before the "to" of an infinitive ("was backed by Lee | to win
    votes", "was urged by party leaders | to quit"); not after a noun of a tie ("an adviser to
    incumbent mayors") nor a participle or adjective that takes "to" ("groups trying to block it",
    "those opposed to abortion"); ``end`` where none is found."""
    for m in _AGENT_TO_VERB.finditer(text, start, end):
        low = m.group(1).lower()
        if low not in en.TIE_NOUNS and not low.endswith(("ing", "ed")):
            return m.end(1)
    return end


# a comma or dash right before a noun phrase: an appositive opens there
_APPOSITIVE_OPENS = regex.compile(r"[,–—―-]\s*$")

# "concluded by admonishing ...": "by" and a gerund tell the means of an active verb, no agent
_GERUND_AGENT = regex.compile(r"\s+by\s+[a-z]+ing\b")

# the noun a reduced relative clause goes on, right before its participle: a common noun
# in lower case, or the sentence's first word ("Figures reported on Sunday suggest")
_NOUN_BEFORE_PARTICIPLE = regex.compile(r"(?<![\w’'-])([A-Za-z][a-z’'-]*)[^\S\n]+$")

_FINITE_NEXT = regex.compile(
    r"(?:(?:now|also|still|already|again|since|then|[a-z]+ly)[^\S\n]+)?([a-z]+)\b(?![^\S\n]+(?:to|for|on|of)\b)")

# where a post went round, after the participle of putting it online: "posted online", "shared
# widely on WhatsApp", "uploaded to YouTube", "circulated on social media" (a platform's name in
# capitals, or the web at large)
_ONLINE_PLACE = regex.compile(
    r"(?:[^\S\n]+(?:widely|online|first|again|virally))*"
    r"(?:[^\S\n]+(?:on|across|via|to)[^\S\n]+(?:the[^\S\n]+)?(?:social[^\S\n]+media|internet|web|"
    r"[A-Z][\w.@-]*(?:[^\S\n]+[A-Z][\w.@-]*){0,2})(?![\w’'-]))?"
    r"(?:[^\S\n]+(?:widely|online))?"
)


def _reduced_relative(ctx: Context, s0: int, cs: int, cue_end: int, s1: int, form: str) -> tuple[regex.Match, int] | None:
    """Whether the cue word is a participle in a reduced relative clause, set between its
    noun and the noun's own verb by a time or an adverb: "a memo published Friday found
    ...", "Figures reported on Sunday now suggest ...", "a report issued last year
    concluded ...". The verb after, a cue of the tables that agrees with the noun (a past,
    or a present in its number), reports; the participle and its time go on the mention."""
    if not (form.endswith("ed") or lemma(form) != form and not form.endswith(("s", "ing"))):
        return None
    text = ctx.text
    pos = clauses.skip_post_adjuncts(text, cue_end, s1)
    if form in en.ONLINE_PARTICIPLES and (place := _ONLINE_PLACE.match(text, pos, s1)) is not None and place.end() > pos:
        pos = clauses.skip_post_adjuncts(text, place.end(), s1)  # "a video posted online | shows ..."
    if pos == cue_end or not text[pos:pos + 1].isspace():
        return None  # no time or adverb between: "the memo published the ..." is the noun's own verb
    noun = _NOUN_BEFORE_PARTICIPLE.search(text, max(s0, cs - 30), cs)
    if noun is None:
        return None
    word = noun.group(1)
    low = word.lower()
    if word[0].isupper() and noun.start() != s0 or low in en.AUXILIARIES or low in en.CLAUSE_BOUNDARIES:
        return None
    if low in en.PRONOUNS or low in _OPENS_NOUN_PHRASE or low in cues.PREPOSITIONS or word.endswith("ly"):
        return None
    verb = _FINITE_NEXT.match(text, pos + 1, s1)
    if verb is None or verb.group(1) not in ctx.lexicon.candidate_forms:
        return None
    v = verb.group(1)
    plural = word.endswith("s") and not word.endswith("ss")
    if v.endswith("ed") or lemma(v) != v and not v.endswith(("s", "ing")) or (
            lemma(v) == v if plural else v.endswith("s") and lemma(v) != v):
        return verb, pos  # a past ("found", "concluded"), or a present in the noun's number
    return None


def _past_reduced_relative(ctx: Context, sentence: Sentence, c: Candidate, m: regex.Match, verb: regex.Match,
                           pos: int) -> Candidate | None:
    """The candidate of a reduced relative's participle ``m`` moved to the verb after it:
    the mention runs through the participle and its time (``pos``), the verb is the cue,
    and the content what follows it (past a "that")."""
    text = ctx.text
    vs, ve = verb.span(1)
    if c.cue[0][0] != m.start() or not c.content or not m.end() < c.content[0][0] <= vs or c.source is None:
        return None
    start = clauses.skip_space(text, ve, sentence.end)
    that = _THAT.match(text, ve, sentence.end)
    if that is not None:
        word = text.lower().find("that", ve, that.end())
        c.complementizer = (word, word + 4)
        start = clauses.skip_space(text, that.end(), sentence.end)
    if c.content[0][1] <= start:
        return None
    c.content[0] = (start, c.content[0][1])
    c.cue = [(vs, ve)]
    c.cue_lemma = lemma(verb.group(1))
    c.source = clauses.trim(text, c.source[0], pos)
    return c


def _passive_agent(ctx, sentence, cue_start, cue_end, by_end, cue_lemma, reduced=False) -> Iterator[Candidate]:
    """"Y was reported by X.": X the source, the passive's subject Y the content;
    ``reduced``: a participle after its noun Y with no "be", whose agent ends at
    the next comma or dash ("the bill, opposed by X, never passed")."""
    text, lex = ctx.text, ctx.lexicon
    s0, s1 = sentence.start, sentence.end
    if cue_lemma in _HEARER_PASSIVES:
        return  # "The House was told by 40 MPs": the subject is the hearer, no words said
    end_src, _rest = _source_end(ctx, by_end, s1)
    if reduced:
        stop = AGENT_STOP.search(text, by_end, end_src)
        end_src = stop.start() if stop is not None else end_src
        noun = sources.subject(text, s0, cue_start, lex, strong=True) or _short_subject(text, s0, cue_start)
        if noun is None or text[noun[1]:cue_start].strip() and ("," in text[noun[0]:noun[1]] or not (
                noun[0] == clauses.skip_space(text, s0, cue_start) or _APPOSITIVE_OPENS.search(text, max(s0, noun[0] - 3), noun[0]))):
            # "... through the Senate, supported by X": set off by a comma, the participle modifies
            # a subject or an appositive, not the end of a phrase
            return
        if any(_inflected_saying(w) for w in WORD.findall(text, by_end, end_src, False, tokens.CONCURRENT)[1:]):
            # "Video posted by the army showed soldiers ...": the noun and its participle are the subject
            # of the verb of saying after the agent, which reports; posting it reports nothing
            return
        # "An allegation rejected by two inquiries | resurfaced on Monday": the noun's own verb
        # after the agent ends it
        end_src = _agent_verb(text, by_end, end_src)
    clause_end, end_src = end_src, _agent_infinitive(text, by_end, end_src)
    # "was urged by party leaders to quit": what the subject was bidden to do is said too (not
    # "backed by Lee to win votes", a purpose; nor "rejected by voters, leaving him no choice
    # but to quit": a clause after a comma)
    infinitive = clauses.trim(text, end_src, clause_end) if cue_lemma in _PASSIVE_BIDDING and (
        end_src < clause_end and not AGENT_STOP.search(text, by_end, end_src)) else None
    reason = _AGENT_REASON.search(text, by_end, end_src)
    charge = None
    if reason is not None:
        if reason.group(2):
            # "was accused by MPs of hiding losses": what the subject was accused of is said too
            charge = clauses.trim(text, reason.end(), end_src)
        end_src = reason.start()  # "was attacked by Lee for suggesting ...": what for is no part of the agent
    src = sources.subject_after(text, by_end, end_src, lex)
    content = sources.subject(text, s0, cue_start, lex, strong=True)  # the noun phrase, not the clause before it
    if content is None:
        content = _short_subject(text, s0, cue_start)  # "Tinder's ban of Ms. Gedrich was first reported by ..."
    if src is None or content is None:
        return
    if cue_lemma in _BLOW_PASSIVES and not (sources.is_speaker(text, *src, lex) or sources.kind(text, *src, lex) in _SPEAKING_KINDS):
        return  # "The car was slammed by a truck": a blow dealt, no words
    if cue_lemma in _BLOW_PASSIVES and (toward := _BLOWN_TOWARD.search(text, by_end, end_src)) and (
            toward.group(1).lower() not in en.RESEARCH_NOUNS):
        # "The ball was blasted by Lee into the net": a blow that sends its object somewhere, no words
        # (not "attacked by the inquiry into the riots": what the inquiry is into)
        return
    # (a reduced participle is weaker than every other rule: a report whose content holds it keeps it whole)
    parts = [content] + [p for p in (charge, infinitive) if p is not None and p[1] > p[0]]
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, parts, src, "core.passive_agent.v1",
                     priority=_AGENTLESS_PRIORITY if reduced else 60)


def _agent_verb(text: str, start: int, end: int) -> int:
    """Where the finite verb of the noun a reduced passive goes on stands after the agent that
    opens at ``start`` ("rejected by two inquiries | resurfaced", "... | was dropped"): a past
    or an auxiliary after a noun, no participle of the agent's own ("a panel appointed by the
    governor") nor its modifier ("the embattled mayor", "two unnamed officials"); else ``end``."""
    words = list(WORD.finditer(text, start, end, tokens.CONCURRENT))
    for before, m in zip(words, words[1:]):
        w, prev = m.group(), before.group().lower()
        if not (_past_form(w) or w in en.VERB_AUXILIARIES) or text[before.end():m.start()].strip():
            continue
        if prev in sources.NOUN_MARKERS or prev in cues.PREPOSITIONS or prev in en.CLAUSE_BOUNDARIES or (
                prev.endswith(("’s", "'s", "ly")) or prev in en.VERB_AUXILIARIES):
            continue
        if _BY_AGENT.match(text, m.end(), end):
            continue  # ("a panel appointed by the governor": the agent's own participle and agent)
        return m.start()
    return end


_SHORT_SUBJECT_WORDS = 8

# verbs whose passive subject is the one told, not what was said ("was told by", "were warned by");
# a thing is promised
_HEARER_PASSIVES = en.HEARER_VERBS - {"promise"}

# verbs of reporting that also name a blow, whose agent reports only if it can speak: "was
# slammed by dockers", "was attacked by Lee" (not "was slammed by a truck", "attacked by a dog")
_BLOW_PASSIVES = frozenset(["attack", "slam", "blast"])

# A direction after a blow's agent: where the blow sent its object ("blasted by Lee into the net")
_BLOWN_TOWARD = regex.compile(r"(\w+)\s+(?:into|onto|toward|towards|across)\s", regex.IGNORECASE)

_SPEAKING_KINDS = frozenset(["group", "government", "organization", "outlet", "document"])


def _short_subject(text: str, s0: int, cue_start: int) -> tuple[int, int] | None:
    """All that stands before a passive cue, when it is short and unbroken by a
    comma: the passive's subject, which need not be a speaker, where
    sources.subject, which reads speakers, passes it over."""
    span = clauses.trim(text, s0, cue_start)
    if (span[1] <= span[0] or "," in text[span[0]:span[1]] or len(WORD.findall(text, *span)) > _SHORT_SUBJECT_WORDS
            or clauses.opens_with_subordinator(text, *span)):
        return None
    return span


def _passive(text: str, cue_start: int, cs: int, end: int) -> bool:
    """A cue verb after a form of "be" is passive: its subject is not the source."""
    word = WORD.match(text, cs, end, tokens.CONCURRENT)
    if word is not None and word.group().lower().endswith("ing"):
        return False  # "is confirming", "is acknowledging": progressive, not passive (however long the word)
    aux = text[cue_start:cs].lower().split()
    if "being" not in aux and _stance_adjective(text, cs, end):
        # "was eager to", "is critical of": an adjective, the subject's own stance (not
        # "the partner being supportive of her", a clause inside another's report)
        return False
    if _ITS_BEFORE.search(text, max(0, cue_start - 8), cue_start):
        return True  # "it’s assumed that": "it is", not "it has"
    if cue_start == cs and _OBJECTLESS_ACCUSING.match(text, cs, min(len(text), cs + 40)) and not _SUBJECT_BEFORE_ACCUSING.search(
            text, max(0, cs - _SUBJECT_BEFORE_WINDOW), cs):
        # "a contractor accused of spying", "Lee Accused Of Fraud": a verb that takes its
        # object before the preposition, with none, is a passive with no "be" (not "the rival
        # he accused of lying", "the group which Lee blamed for it": its object went before)
        return True
    return any(w in ("was", "were", "is", "are", "been", "being", "be") for w in aux)


# a verb of accusing or crediting right before the preposition its object would stand before
_OBJECTLESS_ACCUSING = regex.compile(
    r"(?:accused|charged|blamed|criticized|criticised|credited|suspected|faulted)[^\S\n]+(?:of|with|for)\b",
    regex.IGNORECASE)

# a subject pronoun right before, or a relative pronoun a few words before, whose clause's object went before
_SUBJECT_BEFORE_ACCUSING = regex.compile(
    r"(?:\b(?:he|she|they|we|I|you|it)[^\S\n]+$)|\b(?:which|that|whom|who)\b[^,;:.]*$", regex.IGNORECASE)

_SUBJECT_BEFORE_WINDOW = 60

# what a predicative adjective of stance takes: a clause ("adamant that"), an infinitive
# ("eager to"), or the object of the stance ("critical of", "skeptical about", "split on")
_STANCE_COMPLEMENT = regex.compile(r"[^\S\n]+(?:that|to|of|about|over|on|at|with|in|whether)\b", regex.IGNORECASE)


def _stance_adjective(text: str, cs: int, end: int) -> bool:
    """Whether the cue word at ``cs``, after a form of "be", is an adjective of
    stance before what it takes ("was eager to", "is critical of", "were adamant
    that"), not a passive participle: no verb's form (no lemma of its own, no
    participle's ending) and no catenative lead ("was quick to say" is read from
    its "say")."""
    word = WORD.match(text, cs, end, tokens.CONCURRENT)
    if word is None:
        return False
    form = word.group().lower()
    root = lemma(form)
    adjective = root == form and not form.endswith(_PARTICIPLE_ENDINGS) and form not in en.CATENATIVE_LEADS
    # "were worried about", "is convinced that": a feeling's participle is its subject's state
    felt = root != form and (root in en.PSYCH_VERBS or form in en.STANCE_PARTICIPLES) and form.endswith("ed")
    return (adjective or felt) and _STANCE_COMPLEMENT.match(text, word.end(), end, tokens.CONCURRENT) is not None


def _present_verb(ctx: Context, form: str) -> bool:
    """Whether the bare ``form`` is the present of a verb of saying or thinking,
    not an adjective of stance: its third person is a form the tables weigh as
    a cue ("warn" as "warns"; no "adamants" or "eagers")."""
    return lemma(form) == form and form in en.THAT_VERBS and cues.third_person(form) in ctx.lexicon.candidate_forms


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


def _modifier_for_subject(ctx: Context, src: tuple[int, int], cue_start: int, form: str) -> bool:
    """Whether a subject read before a bare form is only a determiner and a
    lower-case word that no bare present agrees with: no plural, no number and
    no noun of a speaker or a paper (a body's takes a plural verb too: "the
    government claim that"). The word modifies the form, a noun: "repeated the
    false claim that ...". (A form in "-s" agrees with any singular noun, "the
    trip suggests", and is left alone.)"""
    if not form.islower() or form.endswith("ing") or lemma(form) != form:
        return False
    text = ctx.text
    found = _DETERMINER_AND_WORD.fullmatch(text, src[0], src[1])
    if found is None or text[src[1]:cue_start].strip() or not text.startswith(form, cue_start):
        return False  # (an auxiliary opens the cue, "Her approach has put": a participle)
    word = found.group(1)
    return not (sources.plural(word) or word in _HEADLESS_AFTER_THE or word in sources.NUMBERS
                or sources.can_report(text, found.start(1), found.end(1), ctx.lexicon))


_PLURAL_HEADS = frozenset("they we i you who many some most few several both all others".split())


def _plural_subject(text: str, span: tuple[int, int] | None) -> bool:
    """Whether a subject agrees with a verb's bare present: a plural noun
    ("pilots"), a pronoun other than "he", "she" or "it", or a quantifier."""
    if span is None:
        return False
    words = WORD.findall(text, *span)
    return bool(words) and (words[-1].lower() in _PLURAL_HEADS or sources.plural(words[-1]))


# an infinitive's verb, a particle or a short object, then "and" before a bare verb: the bare verb is
# the infinitive's second verb, no finite report ("has time to step up and show that ...")
_INFINITIVE_AND = regex.compile(r"(?<![\w’'-])to[^\S\n]+[a-z]+(?:[^\S\n]+[\w’'-]+){0,3},?[^\S\n]+and[^\S\n]+$")

# endings of participles the lemma table may not know ("redacted", "thrown", "forgotten")
_PARTICIPLE_ENDINGS = ("ed", "en", "wn")

# weaker than any rule: a report whose content holds the passive keeps it whole
_AGENTLESS_PRIORITY = 110

# Verbs of going on, stopping or starting, which report in the active ("“...,” he continued")
# but in the passive only say what was done to a thing: "The case was continued for a week",
# "The hearing was resumed with a new panel"
_ASPECT_VERBS = frozenset(["continue", "resume", "begin", "start", "stop", "adjourn", "keep"])

# verbs of being seen, whose passive with "with" tells whom one was seen with, no report: "The
# singer was spotted with a new beau", "was photographed with fans"
_SIGHTING_VERBS = frozenset(["spot", "see", "photograph", "picture", "film", "snap", "catch"])

_PASSIVE_COMPLEMENT = regex.compile(r"[^\S\n]+(?:with|of|for|over|about)\b(?![^\S\n]+(?:\d|the[^\S\n]+(?:past|last|next)\b))",
                                  regex.IGNORECASE)  # ("Lee Accused Of Fraud": a title-case headline)

_PARTICIPLE_CUE_PRIOR = 0.2

_BEFORE_PARTICIPLE = frozenset("and then while by before after also".split())


def _reports_between(ctx: Context, start: int, end: int) -> bool:
    """Whether a participle stands between a speaker and the quotation after
    it ("she said, adding, “...”", "said Lee, speaking of the pier, “...”"):
    the quotation is that participle's report. A word in -ing is one when it
    opens a phrase (first, after a comma or a conjunction) or is a cue, not
    when it modifies a noun ("said of people whose voting rights ..., “...”")."""
    text = ctx.text
    previous = None
    for w in WORD.finditer(text, start, end):
        word = w.group()
        if word.islower() and word.endswith("ing") and (
            previous is None or previous.group().lower() in _BEFORE_PARTICIPLE
            or text[previous.end() : w.start()].strip() == ","
            or ctx.lexicon.cue_prior(word) >= _PARTICIPLE_CUE_PRIOR
        ):
            return True
        previous = w
    return False


def _inverted(ctx: Context, cue_end: int, s1: int) -> bool:
    """Whether the words after a cue are its source and nothing more ("said Caddell.")."""
    if ctx.text[cue_end:s1].lstrip().startswith(":"):
        return False  # "Lee, her adviser, said: “...”": the cue's words follow it, its source is before
    end, _rest = _source_end(ctx, cue_end, s1)
    return sources.subject_after(ctx.text, cue_end, end, ctx.lexicon) is not None


_LEADING_ADVERB = regex.compile(r"(?:also|again|even)\s+")


def _strip_leading_adverb(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEADING_ADVERB.match(text, start, end)
    return (m.end(), end) if m else (start, end)


# a linking verb (an adverb perhaps after it) right before an adjective or participle cue:
# "remain confident", "stayed largely wary of"
_LINKING_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(en.LINKING_VERBS)) + r")[^\S\n]+(?:[a-z]+ly[^\S\n]+)?$")

_RELATIVE_WORD_BEFORE = regex.compile(r"(?<![\w’'-])(?:who|that|which)[^\S\n]+$", regex.IGNORECASE)


def _linking_start(text: str, lo: int, m: regex.Match) -> int | None:
    """Where a cue that is an adjective or a participle starts with the linking verb before
    it ("remain confident", "stayed wary of"), its auxiliaries too ("will remain"); None when
    no linking verb stands there, or the word reads as a verb of its own after a relative
    clause's end ("those who remain fear ...", "residents who stayed said ...")."""
    link = _LINKING_BEFORE.search(text, max(lo, m.start() - 30), m.start())
    if link is None:
        return None
    form = m.group().lower()
    verb = lemma(form) != form and not form.endswith("ed") or form in en.THAT_VERBS or form in en.IRREGULAR_LEMMAS
    if verb or _finite(form) and _RELATIVE_WORD_BEFORE.search(text, max(lo, link.start() - 8), link.start()):
        return None
    return aux_start(text, lo, link.start())


# A verb of taking a turn right before "by" and a participle, a particle or "first" between:
# "began by", "followed up by", "responded first by" (the verb is group 1)
_TURN_BY = regex.compile(r"(?<![\w’'-])([a-z]+)(?:[^\S\n]+(?:up|back|off|out|first))?[^\S\n]+by[^\S\n]+$")


def _turn_start(text: str, s0: int, cue_start: int) -> int | None:
    """Where the cue of a participle after "by" starts when a verb of taking a turn
    stands right before the "by" ("Lee began by saying", "Roe followed up by
    asking"): at that verb, or its auxiliaries ("has responded by"); None for any
    other verb or a passive ("is justified by arguing")."""
    m = _TURN_BY.search(text, max(s0, cue_start - 40), cue_start)
    if m is None:
        return None
    verb = m.group(1)
    root = "begin" if verb in ("began", "begun") else lemma(verb)  # (the lemma table has no "began")
    if root not in en.TURN_VERBS:
        return None
    start = aux_start(text, s0, m.start(1))
    if verb == root and start == m.start(1) or _passive(text, start, m.start(1), cue_start):
        return None  # (a bare form with no auxiliary is no finite verb of a subject: "to begin by")
    return start


# A verb of replying (group 1), "back" after it (group 2), then one to eight words of its adjuncts
# (the first, group 3) with no mark of a clause's end, before the comma that ends the text:
# "responded Friday,", "shot back in a statement,"
_REPLY_COMMA = regex.compile(
    r"(?<![\w’'-])([a-z]+)((?:[^\S\n]+back)?)[^\S\n]+([^\s,;:“”\"‘’()–—]+)"
    r"(?:[^\S\n]+[^\s,;:“”\"‘’()–—]+){0,7}?[^\S\n]*,[^\S\n]*$")

# what a reply is to, at or with, its object or its manner, no adjunct of time or place: annotators
# keep such a reply a cue of its own ("reacted to the news, saying", "responded with vitriol, promoting")
_REPLY_OBJECT_WORDS = frozenset(["to", "at", "with", "against"])


def _reply_start(text: str, s0: int, cue_start: int) -> int | None:
    """Where the cue of a participle after a comma starts when the clause before the
    comma is a finite reply and its adjuncts ("Lee responded Friday, saying", "Roe shot
    back in a statement, saying"): at the verb of replying, or its auxiliaries; None for
    any other clause ("pushed back on the claims, saying"), a reply alone ("Lee responded,
    noting"), to an object ("responded to the claims, saying") or a passive."""
    for m in _REPLY_COMMA.finditer(text, max(s0, cue_start - 80), cue_start, overlapped=True, concurrent=tokens.CONCURRENT):
        verb = m.group(1)
        if verb not in (en.REPLY_BACK_VERBS if m.group(2) else en.REPLY_VERBS):
            continue
        if m.group(3).lower() in _REPLY_OBJECT_WORDS:
            return None
        start = aux_start(text, s0, m.start(1))
        return None if _passive(text, start, m.start(1), cue_start) else start
    return None


def _adverbs_only(text: str, start: int, end: int) -> bool:
    """Whether [start, end) holds no verbal auxiliary: "..., falsely suggesting"
    is a participle, "... is suggesting" a finite verb."""
    return not any(w.lower() in en.VERB_AUXILIARIES or negative_auxiliary(w.lower()) for w in WORD.findall(text, start, end, False, tokens.CONCURRENT))


# A participle that names what the noun before it is called: "a group called X".
_NAMING_VERBS = frozenset(["call", "name", "dub"])

# past participles no past tense shares, passive wherever they stand
_BARE_PARTICIPLES = frozenset(["known", "seen"])

# participles of belief whose past tense takes no bare "to be": "40 MPs understood to be ready",
# "the minister, thought to be close to Lee" are passive, a belief with no holder
_BELIEF_PARTICIPLES = frozenset(["understood", "believed", "thought", "rumored", "rumoured", "reputed", "alleged"])

_TO_BE_OR_HAVE = regex.compile(r"\s+to\s+(?:be|have)\b")

_OBJECT_RELATIVE_BEFORE = regex.compile(r"\b(?:what|which|that|whom|who)\s+(?:[\w’'-]+\s+){1,3}$", regex.IGNORECASE)

# past participles that share their past tense's form, passive after a noun no clause's subject
_REDUCED_RAISERS = frozenset(["expected"])

# a noun phrase of a few words right before the participle, after a preposition ("in a
# presidential year") or after a comma when indefinite (", a figure"): no clause's subject
_REDUCED_NOUN_BEFORE = regex.compile(
    r"(?:(?<![\w’'-])(?:in|on|at|of|for|with|from|into|among|amid|over|under|about|like|than|between|during|across)"
    r"|,(?=\s*(?:an?|another|one)\s))\s+((?:[\w’'%$.-]+\s+){0,3}[\w’'%-]+)\s*$",
    regex.IGNORECASE)

# a word that opens a noun phrase of its own: one inside the span would make it two ("In March the company")
_INNER_DETERMINER = regex.compile(r"\s(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|he|she|it|they|we|I)\s",
                                  regex.IGNORECASE)

_CONJUNCTION_LAST = regex.compile(r"(?<![\w’'-])(?:and|or|but|nor)$", regex.IGNORECASE)


def _reduced_relative_noun(text: str, s0: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase right before a participle at ``cue_start`` when it stands where no
    clause's subject can: after a preposition ("in a year"), or set off by a comma as an
    indefinite aside ("..., a figure"); None otherwise."""
    found = _REDUCED_NOUN_BEFORE.search(text, max(s0, cue_start - 60), cue_start)
    if found is None or _INNER_DETERMINER.search(text, found.start(1), found.end(1) + 1):
        return None
    if _CONJUNCTION_LAST.search(text, found.start(1), found.end(1)):
        return None  # "Courted by its rivals and widely expected to": a participle coordinated with another
    return found.span(1)


# "known as", "seen to be", "known to have": not "made known to the mayor"
_AS_OR_TO_BE = regex.compile(r"\s+(?:as|to\s+(?:be|have))\b")

# "Lee, often referred to as “the Admiral”, ...": "referred to as" set off after its noun is
# passive ("the men Lee referred to as cowards" is hers)
_TO_AS = regex.compile(r"\s+to\s+as\b")

# a comma, then any adverb of the naming, before "known as"
_KNOWN_AS_APPOSITIVE = regex.compile(r",\s*(?:(?:also|once|better|formerly|now|widely|locally)\s+)?$")

_AS_NEXT = regex.compile(r"\s+(?:\w+\s+)?as\b")

# "a (new) group", "one PAC", "another club": an indefinite noun phrase
_INDEFINITE_BEFORE = regex.compile(r"(?<!\S)(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+\s+$")

_NAME_AHEAD = regex.compile(r"\s+(?:the\s+)?[A-Z“\"‘']")

# (a definite one too, set off by its commas: "The group, called “Parents First,” met")
_INDEFINITE_COMMA_BEFORE = regex.compile(r"(?<!\S)(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he|[Tt]his)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+,\s+$")

# a short name in quotation marks after a participle of naming, and what shows the sentence goes
# on past it: a comma, or a verb in the past or in -s
_QUOTED_NAME = regex.compile(r"\s+(?:the\s+)?[“\"]([^“”\"\n]{1,60})[”\"]")

_GOES_ON_AFTER_NAME = regex.compile(r"\s*,|\s+(?!(?:as|his|its|this|us)\b)(?:[a-z]+(?:ed|s)|said|told)\b")

# a name of one to three capitalised words without quotation marks ("a man named Tomasz Nowak")
_BARE_NAME = regex.compile(r"\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")


def _naming(text: str, s0: int, cs: int, ce: int, s1: int) -> bool:
    """Whether a participle after an object's indefinite noun phrase gives
    its name ("launched a website called “X”"); not after a subject ("A
    spokesman called Lee a liar")."""
    np = _INDEFINITE_BEFORE.search(text, max(s0, cs - 40), cs)
    if np is not None and _NAME_AHEAD.match(text, ce, s1) and _object_phrase(text, s0, np.start()):
        return True
    # a subject the participle names, the sentence going on past the quoted name: "A site
    # called “The Pier” cited a poll", "A blog, called the “Log,” runs ..."
    np = np or _INDEFINITE_COMMA_BEFORE.search(text, max(s0, cs - 40), cs)
    if np is None or text[s0:np.start()].strip(" \t\n\"“‘'"):
        return False  # (the subject opens the sentence: "Lee, who hosts a show, named “Jaws” as ...")
    quoted = _QUOTED_NAME.match(text, ce, s1)
    if quoted is not None:
        return quoted.group(1).endswith(",") or _GOES_ON_AFTER_NAME.match(text, quoted.end(), s1) is not None
    # or a bare name the subject's verb follows: "A man named Tomasz runs the shop" (not "A
    # spokesman called Lee a liar", where the name is the object of the report)
    bare = _BARE_NAME.match(text, ce, s1)
    return bare is not None and _GOES_ON_AFTER_NAME.match(text, bare.end(), s1) is not None


def _object_phrase(text: str, s0: int, np_start: int) -> bool:
    """Whether the noun phrase that opens at ``np_start`` is an object: a word in
    lower case right before it, no comma ("launched a website", not "A spokesman")."""
    before = WORD.findall(text, max(s0, np_start - 20), np_start)
    return bool(before) and before[-1].islower() and not text[s0:np_start].rstrip().endswith(",")


# Participles of naming that set "as" before the name or the description given: "an event
# billed as “Hard Hats for Lee”", "a levy branded as a jobs tax"
_NAMING_AS_VERBS = frozenset(["bill", "brand", "label", "style", "term"])

_AS_WORD = regex.compile(r"\s+as(?=\s)")


def _named_as(text: str, s0: int, cs: int, ce: int, s1: int) -> bool:
    """Whether a participle of naming and its "as" follow an object's indefinite
    noun phrase ("held an event billed as “X”"): a passive with no "be", the name
    given with no report; not a subject's verb ("Lee billed the event as ...")."""
    np = _INDEFINITE_BEFORE.search(text, max(s0, cs - 40), cs)
    return np is not None and _AS_WORD.match(text, ce, s1) is not None and _object_phrase(text, s0, np.start())


# Where the speaker spoke, by name: "in Paris", "at the White House".
_PLACE = regex.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")


def _comma_past_report(text: str, relay: regex.Match | None, after: int, s1: int) -> int:
    """Where "Y1, X said ..., Y2" goes on at a comma: past the cue's hearer ("told
    the Ledger on Monday, Y2"), or past the place it was said in ("said Tuesday
    in Paris, Y2"); else right after the cue and its adjuncts."""
    def stops():
        if relay is not None:
            yield clauses.skip_post_adjuncts(text, relay.end(), s1)
        place = _PLACE.match(text, after, s1, tokens.CONCURRENT)
        if place is not None:
            yield clauses.skip_post_adjuncts(text, place.end(), s1)
    return next((p for p in stops() if text[p:s1].lstrip().startswith(",")), after)


def _outlet_relay(text: str, relay: regex.Match | None, lexicon) -> tuple[int, int] | None:
    """The outlet a report was told or given to ("told The Planet", "in an
    interview with The Planet", "told the club's website"), or None when the hearer is no outlet."""
    if relay is None:
        return None
    if relay.groups() and (shown := titled_programme(text, relay, len(text), lexicon)) is not None:
        return shown  # "..., she said on the Today programme.", "..., he said on the Andrew Marr show."
    named = hearer_name(text, relay.span(1) if relay.groups() else relay.span(), len(text), lexicon)
    # (or an agency's bare name, which the lexicon reads as another body's: "told PA")
    if sources.kind(text, *named, lexicon) == "outlet" or sources.unnamed_outlet(text, *named) or (
            text[named[0]:named[1]].lower() in en.OUTLET_BARE_NAMES) or sources.owned_pages(text, *named):
        return named
    return broadcast_hearer(text, named, lexicon)  # "..., the mayor told KTLA.", "..., she told 60 Minutes."


def _trailing_lead(ctx: Context, sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Where the first "according to" / "as per" of the sentence within
    [start, end) starts (at the comma before it, if any) and its source begins;
    found once per sentence so that many cues in one sentence cost one scan."""
    key = ("trailing_lead", sentence.start)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = (_trailing_leads(ctx.text, sentence.start, sentence.end)
                                 if may_hold(ctx, _TRAILING_LEAD_NEEDS, sentence.start, sentence.end) else [])
    return next((m for m in found if start <= m[0] and m[1] <= end), None)


# The phrase of _TRAILING_LEAD alone: a scan for it can skip ahead to its words.
_TRAILING_LEAD_WORDS = regex.compile(r"\b(according to|as per|per|" + _AS_RELAYED_BY + r")\s+", regex.IGNORECASE)

# A word each of its phrases holds before a space, for a cheap test before the scan
_TRAILING_LEAD_NEEDS = ("according", "per", "quoted", "reported")


def _trailing_leads(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every _TRAILING_LEAD in [start, end), as (start, end): found by its
    words, then taken back over the space and the comma before them."""
    out: list[tuple[int, int]] = []
    floor = start
    for m in _TRAILING_LEAD_WORDS.finditer(text, start, end):
        lo = m.start()
        while lo > floor and text[lo - 1].isspace():
            lo -= 1
        if lo > floor and text[lo - 1] == ",":
            lo -= 1
        out.append((lo, m.end()))
        floor = m.end()
    return out


# "...; and declared": a coordinator, maybe "then", alone before the last verb of a series
_SERIES_COORDINATOR = regex.compile(r"\s{0,3}(?:and|but)(?:\s{1,3}then)?\s{1,3}\Z")

_SERIES_ITEMS = 4

# a comma, and an adverb in "-ly" at most, right before a middle item of a series of predicates
_SERIES_COMMA = regex.compile(r",\s{1,3}(?:[a-z]+ly\s{1,3})?$")

# a coordinator after a comma that opens a clause with a subject of its own
_CLAUSE_AFTER_COMMA = regex.compile(r",\s{1,3}(?:and|but|yet|or|so)\s")

# the coordinator and past verb that close such a series: "... and left", ", and later ruled"
_SERIES_CLOSE = regex.compile(r"(?:,\s{0,3}|\s{1,3})and\s{1,3}(?:[a-z]+ly\s{1,3})?([a-z]+)\b")

# how far after a series' middle item the coordinator that closes it may stand
_SERIES_WINDOW = 200


def _past_form(word: str) -> bool:
    """Whether a lower-case word is a verb's past: in "-ed" ("called", "boycotted"),
    or another form the lemma table reads as one ("took")."""
    return word.islower() and (len(word) > 4 and word.endswith("ed")
                               or lemma(word) != word and not word.endswith(("s", "ing", "n’t", "n't")))


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


def _headline_predicate_subject(ctx: Context, sentence: Sentence, cs: int) -> tuple[int, int] | None:
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
    if m is None or WORD.match(text, *m.span(1)).group().lower() in _OPENS_NOUN_PHRASE:
        return None
    if m.group(2) in en.PRONOUNS or _CLAUSE_VERB_AFTER.search(text, m.end(2), cs) is not None:
        return None
    verb = WORD.match(text, cs, s1)
    if verb is not None and _NAME_TO_END.match(text, verb.end(), s1):
        return None  # "UK economy grows, says ONS": the speaker after the verb
    return m.span(1)


# a finite verb after the first predicate's: a clause of its own before the comma
_CLAUSE_VERB_AFTER = regex.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")


def _serial_subject(ctx: Context, sentence: Sentence, cs: int, cue_end: int, form: str) -> tuple[int, int] | None:
    """The subject of a series of predicates in the past, for a cue that is one
    of its middle items: "The mayor toured the pier, called it “a wreck” and
    left" (the mayor's, though the walk back from "called" reads "the pier").
    The sentence's subject must take a past verb of its own right after it (an
    auxiliary or an adverb between), and "and" with a verb in the past must close
    the series after the cue; None otherwise."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if not _past_form(form) or not _SERIES_COMMA.search(text, max(s0, cs - 24), cs, tokens.CONCURRENT):
        return None
    close = _SERIES_CLOSE.search(text, cue_end, min(s1, cue_end + _SERIES_WINDOW), tokens.CONCURRENT)
    if close is None or ctx.layout.inside_quote(close.start()) or not _past_form(close.group(1)):
        return None
    src = sources.leading_subject(text, s0, cs, ctx.lexicon)
    if src is None or "," in text[s0:src[0]] and not text[s0:src[0]].rstrip().endswith(",") or (
            _CLAUSE_AFTER_COMMA.search(text, src[1], cs, tokens.CONCURRENT)):
        return None  # ("Lee led the charge, and within weeks the group had sent ..., hired": another clause's)
    for word in WORD.finditer(text, src[1], min(cs, src[1] + 40), False, tokens.CONCURRENT):
        low = word.group()
        if low in en.AUXILIARIES or en.ly_adverb(low):
            continue  # "has mocked", "later suggested"
        return src if _past_form(low) and text.find(",", src[1], word.start()) < 0 else None
    return None


# A sentence that opens with a determined noun phrase, any time of the act after it, then a verb in the
# past: "The opposition on Thursday demanded ...", "Her party last week staged ..." (groups 1 and 2)
_DETERMINED_THEN_PAST = regex.compile(
    r"((?:The|A|An|His|Her|Their|Its|Our)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,2}?[\w’'-]+)"
    r"(?:[^\S\n]+(?:on|last|this|late|early|earlier)[^\S\n]+\p{Lu}?[a-z]+|[^\S\n]+(?:yesterday|today|also|again|earlier))?"
    r"[^\S\n]+([a-z]{2,}ed)\b")


def _subject_of_first_past(ctx: Context, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
    """The determined noun phrase that opens the sentence before its first verb
    in the past, for a verb coordinated after it: "The opposition on Thursday
    demanded a probe, and accused the minister of lying" (the opposition's),
    whatever noun heads the phrase and whether or not the first verb reports."""
    text = ctx.text
    start = clauses.skip_space(text, sentence.start, cue_start)
    m = _DETERMINED_THEN_PAST.match(text, start, cue_start, tokens.CONCURRENT)
    if m is None or m.end(2) >= cue_start or lemma(m.group(2)) == m.group(2) or ctx.layout.inside_quote(start):
        return None
    if not _COORDINATOR.search(text, max(m.end(2), cue_start - 60), cue_start):
        return None  # the cue must open a predicate coordinated after the first verb's
    return m.span(1)


def _subject_before_semicolons(ctx: Context, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
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


def _sentence_at(ctx: Context, pos: int) -> Sentence:
    sentences = ctx.layout.sentences
    k = bisect.bisect_right(ctx.layout.sentence_starts, pos) - 1
    return sentences[max(k, 0)]


def _carried_parts_before(ctx: Context, start: int) -> list[tuple[int, int]]:
    """The earlier parts of a quotation carried over paragraph breaks (each paragraph left
    open, the next opening again) whose later part opens at ``start``: a cue after the last
    part ("“Y1.\n\n“Y2,” she said.") speaks them all, when the first part opens its paragraph
    and every part opens with the same mark. Not after words in the first part's paragraph
    ("Lee said: “Y1.", "“Y0,” Lee said. “Y1."): that paragraph's speaker goes on there; nor
    across marks of another kind, most often paragraphs of another text quoted whole."""
    layout, text = ctx.layout, ctx.text
    k = bisect.bisect_right(layout.quotation_starts, start)
    for q in layout.quotations[max(k - 3, 0):k]:  # a quotation nested in the carried one may start after it
        for i in range(1, len(q.parts)):
            if q.parts[i][0] != start:
                continue
            first = q.parts[0][0]
            para = bisect.bisect_right(layout.paragraphs, (first, len(text))) - 1
            if text[layout.paragraphs[para][0]:first].strip() or any(
                    text[p[0]] != text[start] for p in q.parts[:i]):
                return []
            return [part for part in (clauses.trim(text, *p) for p in q.parts[:i]) if part[1] > part[0]]
    return []


_MAX_QUOTED_PARAGRAPHS = 3

_OPENING_MARK = regex.compile(r"[“\"‘']")

_MIN_QUOTED_PARAGRAPH_WORDS = 4


def _quoted_paragraphs_after(ctx: Context, sentence: Sentence, last: tuple[int, int]) -> list[tuple[int, int]]:
    """The paragraphs after a quotation credited at the end of its paragraph
    ("“Y,” she said.") that are each one quotation and nothing else: with no
    cue of their own, they go on with the same speaker's words."""
    text, layout = ctx.text, ctx.layout
    para_end = layout.paragraphs[sentence.paragraph][1]
    # (the first character after the sentence is read, not the rest of a paragraph that may be long)
    if not cues.quotation_inside(text, *last) or clauses.skip_space(text, sentence.end, para_end) < para_end:
        return []
    mark = _OPENING_MARK.search(text, *last)
    mark = mark.group() if mark else None
    out: list[tuple[int, int]] = []
    for start, end in layout.paragraphs[sentence.paragraph + 1 : sentence.paragraph + 1 + _MAX_QUOTED_PARAGRAPHS]:
        q = next(layout.quotations_from(start), None)
        part = clauses.trim(text, start, end)
        if q is None or q.start != part[0] or not q.closed or q.end < part[1]:
            break  # a paragraph with words outside its quotation, or none
        if text[q.start] != mark:
            break  # marks of another kind: words from another text (a statement) or another hand
        if len(WORD.findall(text, *part, False, tokens.CONCURRENT)) < _MIN_QUOTED_PARAGRAPH_WORDS:
            break  # “Nooo!”: a cry from the crowd more likely than the speaker going on
        out.append(part)
    return out


def _source_end(ctx: Context, pos: int, s1: int) -> tuple[int, tuple[int, int] | None]:
    """Where an inverted source ends, and a quotation that continues after it."""
    text = ctx.text
    q = next(ctx.layout.quotations_from(pos + 1), None)
    if q is not None and q.start < s1:
        comma = text.rfind(",", pos, q.start)
        if comma > 0 and not text[comma + 1 : q.start].strip():
            return comma, clauses.trim(text, q.start, s1)
    m = _trailing_lead(ctx, _sentence_at(ctx, pos), pos, s1)
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


# An inverted source, a comma, and the rest of the reported sentence, which
# goes on with a finite verb: "..., said Lee and others, would be clear".
_SPLIT_AFTER_SOURCE = regex.compile(
    r"([^,;:“”\"\n]{1,80}?),\s+(?=(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had"
    r"|does|did)\s)"
)


def _outlet_hearer(ctx: Context, lemma_: str, hearer: tuple[int, int], s1: int
                   ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The outlet a verb's hearer names, and the hearer's phrase it ends: "told The Planet",
    "told the Andrew Marr Show", "told KTLA", "told CNN Tuesday" (CNN, the phrase with its
    day); None when the hearer is no outlet."""
    text = ctx.text
    # (a medium's word alone names no outlet: "told TV reporters"; nor an outlet's possessive one
    # it employs: "told the BBC's political editor")
    if WORD.search(text, *hearer) and text[hearer[0]:hearer[1]].lower() not in sources.MEDIUM_WORDS and not (
            text.endswith(("'s", "’s"), *hearer)) and (
            sources.kind(text, *hearer, ctx.lexicon) == "outlet" and not (
                text[hearer[0]].isdigit() and _people_after(text, hearer[1], s1))  # ("told 4WD owners": initials)
            or sources.unnamed_outlet(text, *hearer)
            or lemma_ == "tell" and text[hearer[0]:hearer[1]].lower() in en.OUTLET_BARE_NAMES and not (
                _people_after(text, hearer[1], s1))  # "told PA" (not "told AAP workers": the party's)
            or lemma_ == "tell" and sources.owned_pages(text, *hearer)):  # "told the club's website"
        return hearer, hearer
    if lemma_ != "tell":
        return None
    if (shown := programme_hearer(text, hearer, s1, ctx.lexicon)) is not None:
        return shown, shown  # "told the Andrew Marr Show", "told the Today programme on BBC Radio 4"
    if (aired := broadcast_hearer(text, hearer, ctx.lexicon)) is not None:
        return aired, hearer  # "told KTLA that", "told Face the Nation on Sunday that", "told CNN Tuesday that"
    return None


def _people_after(text: str, end: int, s1: int) -> bool:
    """Whether a noun for people follows the name that ends at ``end``, which then names
    whose they are, no outlet: "told AAP workers", "told PA members"."""
    word = next_word(text, end, s1)
    return word is not None and word.group().islower() and person_noun(word.group())


# "and" between two hearers: "told Reuters | and | the BBC that"
_AND_HEARER = regex.compile(r"[^\S\n]+and(?=[^\S\n])")


def _second_outlet_hearer(ctx: Context, lemma_: str, pos: int, s1: int
                          ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A second outlet joined by "and" to the hearer that ends at ``pos``, as
    ``_outlet_hearer`` gives it, when the hearers' phrase ends after it on a "that", a
    comma or the sentence's end ("told Reuters and the BBC that"); None otherwise ("told
    Reuters and walked away", "told Reuters and CNN reported ...")."""
    text = ctx.text
    if (joined := _AND_HEARER.match(text, pos, s1)) is None or (m := HEARER.match(text, joined.end(), s1)) is None:
        return None
    told = _outlet_hearer(ctx, lemma_, hearer_name(text, m.span(), s1, ctx.lexicon), s1)
    if told is None:
        return None
    after = clauses.skip_post_adjuncts(text, told[1][1], s1)
    ends = _THAT.match(text, after, s1) or text[after:s1].lstrip()[:1] in (",", ":") or not (
        text[after:s1].strip(clauses.CLOSE_PUNCT + "\"”’'"))
    return told if ends else None


def _add_lead_relay(text: str, via: list[tuple[int, int]], lead: tuple[int, int], lexicon) -> None:
    """Put the relay of an "as per" / "as reported by" lead into ``via``, outermost first as
    the chain reads: an outlet that relays the whole report comes before the hearer the
    speaker told ("told the BBC, as reported by Reuters, that": Reuters, then the BBC, as
    "As reported by Reuters, Lee told the BBC" has it); a person who passes the words on
    stands between the speaker and the hearer, after it ("told the BBC, per an interpreter,
    that")."""
    if lead in via:
        return
    via.insert(0 if sources.relay_kind(text, *lead, lexicon) == "outlet" else len(via), lead)


def _trailing_via(ctx: Context, pos: int, s1: int) -> list[tuple[int, int]]:
    here = _TRAILING_LEAD.match(ctx.text, pos, s1)
    m = here.span() if here else _trailing_lead(ctx, _sentence_at(ctx, pos), pos, s1)
    if not m:
        return []
    # (its source ends at its comma where the sentence goes on: "Y, X said, as per Z, will ...")
    comma = clauses.find_comma(ctx.text, m[1], s1)
    src = clauses.trim(ctx.text, m[1], comma if comma > 0 else s1)
    return [src] if src[1] > src[0] else []
