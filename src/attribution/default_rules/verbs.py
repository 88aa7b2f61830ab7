"""Verb cues (stage 3): "X said (that) Y", "Y, X said", "Y," said X, "X said: Y", "X quoted Y
as saying Z", "X views Y as Z", "..., saying Y", "... and said Y", "X took to Twitter to say
Y", "X seemed Y" and "X is expected to Y" with no source, "Asked whether Y, ..."; each candidate
names the construction it found.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attribution import clauses, cues, kinds, sources, tokens
from attribution import default_lexicon as en
from attribution.default_rules.clause_ends import (
    APOLOGY_LEMMAS,
    HEAD_THEN_NAME,
    HEARER_ALONE,
    OCCASION_BEFORE_COMMA,
    OCCASION_TO_END,
    as_clause_after,
    as_clause_start,
    aside_front,
    attitude_object,
    clause_verb,
    first_word,
    gapped_head,
    gapped_object,
    lead_inside_clause,
    main_predicate_after,
    name_after_gap_head,
    no_report,
    past_after_noun_cue,
    predicate_after_gap,
    reduced_participle_end,
    relative_head,
    relative_that,
    second_predicate,
    stimulus_cue_end,
    subject_aside_end,
    subjectless_content,
    take_particles,
    wh_object,
)
from attribution.default_rules.common import (
    COMMA_BEFORE,
    COMMA_ENDS,
    ENDS_IN_VEHICLE,
    HEADLINE_SPEAKER,
    HEARER,
    HEARING_LEADS,
    MAX_LEAD_SOURCE_CHARS,
    OUTLET_NAME_GROUP,
    OWN_SUBJECT,
    RELATIVE_BEFORE,
    STRONG_CUE,
    asked_occasion,
    aux_start,
    candidate,
    complementizer_of,
    fronted_adverbial,
    gerund_subject,
    headline,
    headline_bare_subject,
    lemma_past_form,
    natural_event,
    negative_auxiliary,
    quotation_after_sentence,
    says,
    vehicle_relay,
)
from attribution.default_rules.hearers import (
    ADJUNCT_ONLY,
    BARE_PLURAL,
    BY_AGENT,
    HEARER_FIRST,
    INVERTED_MEDIUM,
    NOUN_MARKERS,
    OUTLET_OCCASION,
    PARENTHETICAL_THAT,
    PLACE_THEN_THAT,
    TELLING_VERBS,
    THAT,
    THAT_VERB,
    TRAILING_LEAD,
    WITH_OUTLET,
    add_lead_relay,
    carried_aside,
    closes_on_saying,
    medium_agent,
    occasion_pattern,
    outlet_relay,
    passive_hearer,
    past_hearer,
    past_interview_occasion,
    place_then_that,
    quoted_as_saying,
    relayed_saying,
    second_outlet_hearer,
    takes_hearer,
    told_quoted_title,
    told_that,
    trailing_lead,
    trailing_via,
)
from attribution.default_rules.passives import (
    AGENTLESS_PRIORITY,
    AS_AFTER,
    DECLARING_VERBS,
    PARTICIPLE_ENDINGS,
    after_fronted_participle,
    agentless_passive,
    filed_paper,
    headline_passive,
    impersonal_report,
    is_passive,
    opens_participle_clause,
    participle_report,
    participle_source,
    passive_agent,
    passive_before,
    passive_modifier,
    past_reduced_relative,
    raising,
    reduced_relative,
    reduced_relative_noun,
    stance_adjective,
)
from attribution.default_rules.quotations import (
    AS_SAYING,
    NAME_LINKS,
    PARTICIPLE_CUE_PRIOR,
    caption_quotation,
    carried_parts_before,
    colon_ends_paragraph,
    dashed_quotation,
    ends_quotation,
    object_colon,
    opened_after_colon,
    past_colon_lead,
    past_open_mark,
    quotation_after_asides,
    quotation_after_phrase,
    quoted_after_quotation,
    quoted_paragraphs_after,
    quoted_word_said,
    reports_between,
    sentence_quotation_at,
    spoken_quotation,
    verb_after_speech,
)
from attribution.default_rules.subjects import (
    COORDINATOR,
    FINITE_SAYING,
    OPENS_NOUN_PHRASE,
    absolute_before_infinitive,
    adverbial_clause_subject,
    another_speaker,
    appositive_before,
    aside_before_saying,
    contact_clause_before,
    coordinated_clause_subject,
    head_before_past,
    head_before_relative,
    head_before_verb,
    headline_predicate_subject,
    inside_next_subject,
    inverted,
    modifier_for_subject,
    participle_subject,
    perfect_clause_subject,
    plural_subject,
    predicate_start,
    quoted_person,
    raised_subject,
    relative_pronoun_subject,
    serial_subject,
    source_end,
    subject_after_last_comma,
    subject_after_quotation,
    subject_before_semicolons,
    subject_of_first_past,
    subject_with_appositive,
    subject_with_its_phrase,
    tail_before_participle,
    trailing_subject,
)
from attribution.layout import Sentence
from attribution.lexicon import (
    document_noun,
    finite_forms,
    given_names,
    lemma,
    person_noun,
    verb_forms,
)
from attribution.rules import Candidate, Context
from attribution.tokens import WORD

# a closing quotation mark, then a dash before the speaker ("“Y” – X said", "“Y,” -- X said")
# a spaced dash right after a trailing cue: "Y, X said — Z"
_DASH_AFTER_CUE = regex.compile(r"[^\S\n]*(?:--|[—–―])[^\S\n]*(?![^\S\n]*[“\"])|[^\S\n]+-[^\S\n]+(?![“\"])")

_QUOTE_DASH_END = regex.compile(r"[”\"’'],?\s*(?:–|—|--?)$")

# the comma before such a pronoun: "You could say, that’s easy for you"
_COMMA_THAT_SUBJECT = regex.compile(r"\s*,\s*(?=that" + THAT_VERB + ")", regex.IGNORECASE)

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
# a verb of claiming right before an infinitive's "to", whose claim the infinitive opens: "purporting to", "claims to"
_CLAIMING_TO = regex.compile(
    r"(?<![\w’'-])(?i:" + "|".join(sorted(en.PURPORTING_FORMS)) + r"|claim|claims|claimed|claiming)\s+to$")

# auxiliaries, a negation and adverbs right before a verb ("didn't", "will not", "has also")
_AUXILIARIES_BEFORE = regex.compile(
    r"(?:[^\S\n]+(?:do|does|did|will|would|may|might|could|should|must|can|has|have|had|not|n[’']t|never|also|"
    r"already|always|certainly|clearly|just|still|doesn[’']t|didn[’']t|don[’']t|won[’']t|wouldn[’']t|hasn[’']t|"
    r"haven[’']t|hadn[’']t|couldn[’']t|can[’']t))*[^\S\n]*$", regex.IGNORECASE)

# the words that present what follows, before its "what": "Here's what Lee said", "Below is what"
_HERE_IS_BEFORE = regex.compile(r"[^\S\n]*(?:(?:And|So|Now|But)[^\S\n]+)?(?:[Hh]ere[’']s|[Hh]ere[^\S\n]+is|[Bb]elow[^\S\n]+is)[^\S\n]+")

# verbs of taste, which report nothing when their object is the head of a relative clause with
# no pronoun and nothing follows them: "“Y,” Lee told “Morning Joe,” a show she likes." (but "a
# point he likes to make" reads its infinitive's cue, and "Lee likes the plan" its object)
_LIKING_VERBS = frozenset("like love enjoy adore".split())

# a subject pronoun after a subordinator or conjunction, a few words before "to": "when he refused to"
_CLAUSE_PRONOUN = regex.compile(
    r"\b(?:when|after|before|because|but|and|as|while|if|since|though|although|that|so)\s+"
    r"(he|she|they|we|I)(?:[’'](?:s|re|m))?\s+(?:[\w’']+\s+){0,3}?to\s+$"
)

# a verb of causing and its object right before "to": "prompted Lee to say", "led
# some of his allies to warn"; the object is the infinitive's subject
_CAUSED_OBJECT = regex.compile(
    r"(?<![^\s,])(?i:" + "|".join(sorted(en.CAUSATIVE_FORMS)) + r")\s+((?:(?!to\s)[\w’'.-]+\s+){1,6}?)to\s+$")

# "for" and its noun right before "to", the infinitive's subject: "unusual for a judge | to weigh in";
# with the two words before "for", which tell the frame (``_frame_before_for``)
_FOR_SUBJECT = regex.compile(
    r"(?:(?:(?P<prev>[\w’'-]+)\s+)?(?P<word>[\w’'-]+)\s+)?(?<![\w’'-])for\s+(?P<noun>(?:(?!to\s)[\w’'.-]+\s+){1,6}?)to\s+$")
# verbs whose "for" bids, asks or waits: "called for Lee to speak", "pressed for the board to say"
# (all their forms, and the irregular past `verb_forms` does not make: "paid for")
_FOR_BIDDING = verb_forms("call ask push press wait appeal pay arrange plead argue".split()) | {"paid"}
_BE_FORMS = en.BE_FORMS | frozenset("it’s it's that’s that's".split())


def _frame_before_for(prev: str | None, word: str | None) -> bool:
    """Whether the words before "for" frame its noun as the infinitive's subject: an adjective
    or a noun ("It is unusual for", "enough for", "an opening for"), a participle only after a
    form of "be" ("It is unprecedented for"); not a verb's "for" ("called for", "reached for") nor
    a "be" before it, a plan or a hope ("The only hope is for Washington to act")."""
    if word is None:
        return True
    low = word.lower()
    if low in _FOR_BIDDING or low in _BE_FORMS or low in en.IRREGULAR_PASTS:
        return False
    return not low.endswith("ed") or prev is not None and (prev.lower() in _BE_FORMS or prev.lower().endswith("ly"))


# a modal or "do", perhaps negated, right after a subject: the verb group that takes the bare form,
# which goes on to a bare verb coordinated with the first ("Lee would neither confirm it nor deny
# that", "Lee did not confirm it or deny that")
_MODAL_AFTER_SUBJECT = regex.compile(
    r"[^\S\n]+(?:(?:also|still|then)[^\S\n]+)?(?:will|would|could|can|cannot|may|might|should|shall|must|did|does|do"
    r"|won[’']t|can[’']t|(?:would|could|should|did|does|do|must|might)n[’']t)(?![\w’'-])")

# the "nor" right before a coordinated verb
_NOR_BEFORE = regex.compile(r"(?<![\w’'-])nor[^\S\n]+\Z")

# "Lee waved, then said", "Lee paused, and then added": a verb coordinated after a comma and
# "then", whose subject is the first verb's; the walk back from it would read the first verb
# into a name ("Lee waved")
_THEN_COORDINATED = regex.compile(r",\s{0,3}(?:and\s{1,3})?then\s{1,3}$")

# the kinds of things, no one's: what "who" cannot stand for ("a figure who can argue")
_THING_KINDS = frozenset(["unnamed", "document"])

# a passive right before "and" and the verb coordinated with it, no comma or clause between:
# "has been jailed for life and", "was fined £500 and"
_PASSIVE_CONJUNCT = regex.compile(
    r"(?<![\w’'-])(?:been|was|were|is|are|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|ght)\b[^,;:“”\"\n]{0,50}?\s+and\s+$")


def verb_cues(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    text = ctx.text
    previous = None
    found = list(cues.cue_words(ctx, sentence))
    # "Two witnesses said", "Eyewitnesses say": a plural right before the verb heads its
    # subject, no cue, and no verb inside that subject either
    found = [m for k, m in enumerate(found) if not head_before_verb(text, m, found[k + 1] if k + 1 < len(found) else None)]
    relatives: set[int] = set()
    for k, m in enumerate(found):
        if (_after_determiner(text, sentence.start, m.start()) or _judged_report(text, sentence.start, m.start())) and not (
                _RELATIVE_THAT.search(text, max(sentence.start, m.start() - 40), m.start(), tokens.CONCURRENT)
                and _QUOTATION_NEXT.match(text, m.end(), sentence.end) or cues.document_relative(text, sentence, m)):
            # (but "a sign that said “...”", "an ad that claims ...": the paper's relative clause)
            continue  # "the woman's quotes", "his claims": a noun, not a verb
        if _FINITE_VERB_NEXT.match(text, m.end(), sentence.end, tokens.CONCURRENT) and _POSSESSIVE_PHRASE_BEFORE.search(
                text, max(sentence.start, m.start() - 40), m.start()) and not lemma_past_form(m.group()) and not (
                _after_plural_people(text, sentence.start, m)):
            # "Its new profit forecast is ...": a finite verb follows, so the word heads its subject (but
            # a past is no noun: "a result his rivals said was flawed", a relative clause with no "that";
            # nor a bare form after a plural of people: "a levy her neighbours say is unfair")
            continue
        if m.group() == "accused" and _PEOPLE_QUANTIFIER_BEFORE.search(
                text, max(sentence.start, m.start() - 12), m.start(), tokens.CONCURRENT) and _AUXILIARY_NEXT.match(
                text, m.end(), sentence.end, tokens.CONCURRENT):
            continue  # "Both accused were remanded", "All three accused have denied it": those charged, a noun
        if _object_noun_head(text, sentence.start, m.start(), m.group().lower()):
            continue  # "Citi raised its Brent forecast to $90": the head of the verb's object, a noun
        if previous is not None and m.group().lower() in en.REPORT_NOUNS and cues.REPORT_OBJECT.match(text, previous.end(), sentence.end):
            continue  # "rejected claims that": the noun is the cue's object
        previous = m
        if m.group() == "say" and text.startswith(",", m.end(), sentence.end) and COMMA_BEFORE.search(
                text, max(sentence.start, m.start() - 3), m.start()):
            continue  # "no better than, say, the old plan": "say" for "for instance", set off by commas
        if text.endswith(("and ", "or ", ", "), sentence.start, m.start()) and (named := _NAMED_WORDS_BEFORE.search(
                text, max(sentence.start, m.start() - 80), m.start(), tokens.CONCURRENT)) and (
                named.group(1) is None or _NAMED_WORDS_GO_ON.match(text, m.end(), sentence.end)):
            continue  # "words such as expects, believes and anticipates": the verbs are named, not used
        if m.start() in relatives:
            continue  # the verb of a noun a reduced relative goes on: read from the participle
        strength = cues.context_and_weight(ctx, sentence, m, m.group())[1]
        reduced = reduced_relative(ctx, sentence.start, m.start(), m.end(), sentence.end, m.group().lower())
        linking = _linking_start(text, sentence.start, m)
        for c in _verb_cue(ctx, sentence, m, strength):
            if linking is not None and c.cue and c.cue[0][0] == m.start():
                # "officials remain confident that ...": the linking verb is the adjective's, as "are" is
                c.cue[0] = (linking, c.cue[0][1])
            if reduced is not None:
                # "A memo published Friday found ...": the participle goes on its noun with its
                # time; the verb after is the cue, its object or clause the content
                c = past_reduced_relative(ctx, sentence, c, m, *reduced)
                if c is None:
                    continue
                relatives.add(reduced[0].start(1))
            if c.source is not None and _CLAUSE_SOURCE.match(text, c.source[0], c.source[1], tokens.CONCURRENT) and "," not in text[c.source[0]:c.source[1]]:
                continue  # "He strode | displaying ...", "she faces | renewed doubts": a clause read as a mention
            if c.source is not None and (natural_event(text, c.source) and not _person_named_storm(text, c.source, m.group())
                                         or _lone_event_word(text, c.source, m.group())):
                continue  # "Heavy rain lashes Kerala", "Cyclone Dana batters coast": weather tells nothing
            if c.source is not None and passive_modifier(text, c, m):
                continue  # "The figures cited in the memo are wrong": the participle describes its noun
            if c.source is not None and filed_paper(text, c, m):
                continue  # "its verdict on the petitions filed against the ban": the paper filed, no one who files
            if c.source is not None and participle_source(text, *c.source):
                continue  # "Based on | estimates by ...", "Using | talking about ...": a fronted participle, no one
            if c.source is not None and k + 1 < len(found) and inside_next_subject(ctx, sentence, c, found[k + 1]):
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
                    c.source_kind = kinds.kind(text, *c.source, ctx.lexicon)
            c.strength = strength
            yield c


# what "add" takes when it adds to a score or a sum: an ordinal ("a second", "his third") or a
# number ("12 points", "3%", "£2bn")
_ADDED_COUNT = regex.compile(
    r"\s+(?:(?:a|an|his|her|their|its|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|late|stoppage-time)"
    r"(?:\s+(?:goal|try|run|wicket|penalty))?\b(?!\s+(?:that|warning|point|caveat|note|thought))"
    r"|[£$€]?\d[\d,.]*(?:%|bn|m|k)?(?=\s|[.,;]|$))"
)


def _lone_event_word(text: str, source: tuple[int, int], verb: str) -> bool:
    """Whether a subject is one capitalised word of weather or a disaster in the singular before
    a verb that takes no clause of saying ("Rain threatened the match", "Fog delayed flights"):
    a sentence's first word, no name; before a verb of saying ("Snow said", "Rain warned that")
    it may be someone's."""
    word = text[source[0]:source[1]]
    if not (word[:1].isupper() and word[1:].islower() and word.lower() in en.NATURAL_EVENTS
            and verb.lower() not in FINITE_SAYING and lemma(verb.lower()) not in en.THAT_VERBS):
        return False
    # ... unless a name before it ends in that word: "Tony Snow met aides. Snow criticised the plan."
    lo = max(0, source[0] - _NAME_BEFORE_REACH)
    return not any(text[i - 1:i] in (" ", "\t") and _CAPITALISED_WORD_END.search(text, max(lo, i - 40), i - 1)
                   for i in _occurrences(text, word, lo, source[0]))


_NAME_BEFORE_REACH = 3000
_CAPITALISED_WORD_END = regex.compile(r"(?<![\w’'-])\p{Lu}[\p{L}.’'-]*\Z")


def _occurrences(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    """Where ``word`` starts between ``lo`` and ``hi`` (str.find, no scan by pattern)."""
    i = text.find(word, lo, hi)
    while i != -1:
        yield i
        i = text.find(word, i + 1, hi)


def _person_named_storm(text: str, source: tuple[int, int], verb: str) -> bool:
    """Whether a storm's name is a person's: "Storm" is a given name too, so "Storm" and a name
    no storm goes by (storms take given names: "Storm Ciara", "Storm Dennis") before a verb of
    saying, which no storm does, is someone: "Storm Reid said" (not "Storm Ciara said", nor
    "Hurricane Ida said", nor "Storm Reid batters coast")."""
    words = WORD.findall(text, source[0], source[1], False, tokens.CONCURRENT)
    return len(words) == 2 and words[0].lower() in en.NAMED_STORMS_AND_PEOPLE and words[1].lower() not in given_names() and (
        verb.lower() in FINITE_SAYING)


# a list of words named as words, after "such as" or "like", up to the "and" or "or" before its
# last: "words such as expects, believes and | anticipates" (a disclaimer's list, no one's report),
# or up to a comma before a word in its middle, when the list goes on after it: "terms like
# estimates, | predicts, or forecasts" (not "people like him, | say, ...")
_NAMED_WORDS_BEFORE = regex.compile(r"\b(?:such\s+as|like)\s+[a-z]+(?:,\s+[a-z]+)*(?:,?\s+(?:and|or)|(,))\s+$")

_NAMED_WORDS_GO_ON = regex.compile(r",?\s+(?:and|or)\s+[a-z]+\b|,\s+[a-z]+,")

# a name's last word, then a space, before a verb cue: the verb ends the mention ("Ann Lee | chides")
_NAME_THEN_VERB = regex.compile(r"(?<![\w’'-])\p{Lu}[\w.-]*(?<![’']s)[^\S\n]+$")


def _inner_cue(text: str, found: list[regex.Match], source: tuple[int, int]) -> int | None:
    """Where a source read up to a later cue holds an earlier verb cue of the
    sentence, in lower case right after a name: "Ann Lee chides Roe, praises Ray"
    reads "Ann Lee chides Roe" up to "praises", and Ann Lee is the mention."""
    for m in found:
        w = m.group()
        # (a capitalised cue word inside the source is a title-case headline's verb: "Ann Lee Chides Roe, Praises Ray")
        if not (source[0] < m.start() < source[1] and _finite(w.lower())) or head_before_past(text, m, source[1]):
            continue
        if clauses.skip_post_adjuncts(text, m.end(), source[1]) == source[1] and HEAD_THEN_NAME.fullmatch(text, source[0], clauses.skip_space_back(text, m.start())):
            continue  # "the photo Ann Lee posted | showed": the verb ends a relative clause on the noun, no object
        if w.endswith("ed") and BY_AGENT.match(text, m.end(), source[1]):
            continue  # "Video posted by the army | showed": a participle and its agent go on the noun, no verb of it
        if w.islower() and sources.passive_clause_on_people_at(text, source[0], m.start(), source[1]):
            continue  # "Families questioned at the scene | said": a passive participle's phrase on people, no verb of theirs
        name = _NAME_THEN_VERB.search(text, max(source[0], m.start() - 40), m.start())
        last = name.group().split()[0].lower() if name is not None else ""
        if name is not None and last not in OPENS_NOUN_PHRASE and not (w.islower() and document_noun(last)) and (
                last not in en.AUXILIARIES or last in en.NAME_AUXILIARIES):  # "Lee Was Just Seen": no name's end
            # ("Papers filed with the court show": a text's noun opening the sentence is no name)
            return m.start()  # (a capitalised determiner opens a noun: "The notes said", "Some pilots think")
    return None


def _finite(word: str) -> bool:
    """Whether a cue word reads as a finite verb, not a participle or a noun that
    goes on a mention ("a super PAC backing Lee", "a Lee supporter", "think tank"):
    a present in "-s", a past in "-ed", or an irregular form."""
    return word.endswith(("s", "ed")) and not word.endswith("ss") or word in en.IRREGULAR_LEMMAS


# a subject pronoun and a lower-case word after it that cannot go on a mention: the pronoun's
# own verb, so the "source" is a clause ("She fares | promising", "I remember | feeling")
_CLAUSE_SOURCE = regex.compile(
    r"(?:he|she|they|we|i)\s+(?!(?:and|or|nor|along|alone|too|both|all|themselves|himself|herself|ourselves|myself)\b)(?-i:[a-z])",
    regex.IGNORECASE)

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


# the last word of a source read up to a cue that no mention ends with: "of" or "into" (a
# stranded "with" or "for" may end a relative clause: the candidate is dropped), or a degree
# adverb that goes with the cue (the source ends before it): "the number of | reported cases",
# "editors who run newsrooms almost | universally say"
_BROKEN_SOURCE_END = regex.compile(
    r"(?<![\w’'.-])(?:(?i:of|into|to|almost|nearly)|over|about|against|amid|despite|from|with|for)$", regex.REVERSE)

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
    if words and words[-1].endswith("ly") and (
            adverb := _ARTICLE_ADVERB_BEFORE.search(text, max(lo, pos - 30), pos)) is not None and en.ly_adverb(
            adverb.group(1).lower()) and (word := WORD.match(text, pos, pos + 40, tokens.CONCURRENT)) is not None and (
            lemma_past_form(word.group())):
        return True  # "a personally signed letter", "the widely reported deal": a participle that modifies a noun
    return bool(words) and before[-1:].isalnum() and words[-1].lower() in NOUN_MARKERS


# a determiner that opens a noun phrase only (not "this" nor "that", which may stand alone:
# "This clearly shows ...") and an adverb in "-ly" (group 1) right before a word
_ARTICLE_ADVERB_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)[^\S\n]+(\w+ly)[^\S\n]+$")


# an adjective that judges or dates a report right before a word: "his false | claims"
_JUDGING_BEFORE = regex.compile(
    r"(?<![\w’'-])(" + "|".join(sorted(en.REPORT_ADJECTIVES, key=lambda w: (-len(w), w))) + r")[^\S\n]+$", regex.REVERSE)


def _judged_report(text: str, lo: int, pos: int) -> bool:
    """Whether a word of saying is a report's noun after a determiner and an adjective that
    judges or dates it ("his false claims", "the repeated warnings"), not a verb whose
    subject ends at the adjective (but "the accused claims", "Lee's new spokesman says")."""
    judging = _JUDGING_BEFORE.search(text, max(lo, pos - 24), pos, tokens.CONCURRENT)
    return judging is not None and _after_determiner(text, lo, judging.start())


def _after_plural_people(text: str, lo: int, m: regex.Match) -> bool:
    """Whether the cue word ``m`` is a bare form right after a plural noun of people, its
    subject: "her neighbours say", "his critics claim" (no compound noun: "neighbours say" is
    no kind of say, as "profit forecast" is a kind of forecast)."""
    if m.group()[-1:] in "sS":
        return False
    before = _WORD_BEFORE.search(text, max(lo, m.start() - 30), m.start())
    low = before.group(1).lower() if before is not None else ""
    return low.endswith(("s", "men", "ple")) and low not in en.PERSON_NOUNS and (person_noun(low) or low == "people")


# the word right before a cue word, a space between
_WORD_BEFORE = regex.compile(r"(?<![\w’'-])(\p{Ll}+)[^\S\n]+$")


# A possessive determiner and up to two words before a cue word, and a finite verb right after it: no
# verb of saying is followed by another finite verb, so the word is a noun, the head of that verb's
# subject ("Its new profit forecast is 310 million", "their sales estimate was cut")
_POSSESSIVE_PHRASE_BEFORE = regex.compile(r"(?<![\w’'-])(?i:its|their|his|her|our|my|your)\s+(?:[\w’'-]+\s+){0,2}$")

# A verb in the past, a possessive determiner and one to three words right before a word: the
# verb's object, whose head the word is ("raised its Brent forecast", "cut their 2025 GDP estimates",
# "kept its S&P 500 forecast"); a finite verb of saying after that object would need a relative
# clause before it ("The bank that raised its rates said"), which the reading leaves alone
# words that join, place or stand for a phrase, none a noun's modifier: "shook her head and | said",
# "punctuated his list by | saying", "everywhere she | went"
_NO_MODIFIER = (r"(?i:and|or|but|nor|by|to|of|in|on|at|for|with|from|as|into|than|then|when|where|while|so|if|not"
                r"|never|also|everywhere|he|she|they|it|we|i|you|him|them|us|who|which|that)")
_VERB_POSSESSIVE_BEFORE = regex.compile(
    r"(?<![\w’'-])([a-z]+)[^\S\n]+(?:its|their|his|her|our|my|your)[^\S\n]+(?:(?!" + _NO_MODIFIER
    + r"[^\S\n])[\w&’'.-]+[^\S\n]+){1,3}$")
_RELATIVE_BEFORE = regex.compile(r"(?<![\w’'-])(?:who|whom|which|that|whose)(?![\w’'-])", regex.IGNORECASE)


def _object_noun_head(text: str, lo: int, pos: int, form: str) -> bool:
    """Whether the word ``form`` at ``pos`` ends the object of a past verb of another kind, after its
    possessive and its modifiers ("raised its Brent forecast", "cut their sales estimates"):
    a noun, no verb (not after a verb of saying, whose clause it may report: "said his staff
    report daily"; nor in a relative clause: "The lender that cut its rates said")."""
    if form.endswith(("ed", "ing")) or form in _NEVER_NOMINAL:
        return False  # no noun: "shook her head and said", "started his day by calling"
    before = _VERB_POSSESSIVE_BEFORE.search(text, max(lo, pos - 60), pos, tokens.CONCURRENT)
    if before is None:
        return False
    verb = before.group(1)
    if not (kinds.past_form(verb) or verb in en.BARE_FORM_PASTS):
        return False
    if lemma(verb) in en.THAT_VERBS or lemma(verb) in en.HEARER_VERBS:
        return False
    return _RELATIVE_BEFORE.search(text, lo, before.start()) is None


# a quantifier that stands alone for people ("Both accused were ...") and a finite auxiliary after
# the word it goes before: "accused" between them is those charged, no verb (which takes an object)
_PEOPLE_QUANTIFIER_BEFORE = regex.compile(r"(?<![\w’'-])(?i:both|all|" + en.NUMBER_WORDS + r")\s+$")
# (the finite "be", "has", "had" and the future both patterns below open with)
_FINITE_CORE = "is|was|are|were|has|had|will|would"
_AUXILIARY_NEXT = regex.compile(r"\s+(?:" + _FINITE_CORE + r"|have|could|can|may|might|must|should|did|do)\b")

# a finite verb after a word that heads a possessive phrase, "Its new profit forecast is ...": the core
# above and the copulas a subject's head goes before ("remains", "seems"); not the other modals nor a
# bare "have" or "do", which `_AUXILIARY_NEXT` takes, as the word before them may be a verb whose
# relative clause lost its subject ("the sum his office estimates could reach")
_FINITE_VERB_NEXT = regex.compile(
    r"\s+(?:" + _FINITE_CORE + r"|remains|remained|stands|stood|looks|looked|seems|seemed)\b")

# the kinds of broadcast a "show" is: before it, "show" is a noun
_SHOW_COMPOUND = regex.compile(r"(?<![\w’'-])(?:TV|television|talk|reality|radio|chat|quiz|panel|cookery|cooking|variety)\s+$", regex.IGNORECASE)

# What holds back the act of the -ing form after it: "stopped short of blaming the referee", "fell
# short of endorsing Lee" say nothing (annotators keep "avoided discussing", "refrains from endorsing")
_STOPPED_SHORT = regex.compile(r"(?<![\w’'-])short\s+of\s+$", regex.IGNORECASE)

# A verb that takes a warning or an alert as its object, and the grade or tone such a warning is
# given, right before an -ing form with no article between, as a headline drops it: the -ing form
# is that verb's object, a noun, no participle ("Met Office issues amber warning as storm nears",
# "Council issues warning over landlords", "Lee heeded stark warning"); "Lee issued a statement
# saying ..." keeps its participle, after a noun of its own
_WARNING_GIVEN = regex.compile(
    r"(?<![\w’'-])(?:issu|heed|sound|giv|gav)(?:e|es|s|ed|ing|en)?[^\S\n]+"
    r"(?:(?:amber|red|yellow|orange|severe|stark|fresh|new|urgent|final|early)[^\S\n]+)?$", regex.IGNORECASE)

# "state" is most often the noun in news copy: after a preposition, a conjunction, a number, an
# ordinal or a quantifier ("in states that", "swing states and states that", "the four states",
# "the fifth state that"), or before a relative clause whose verb follows "that" ("Rust Belt
# states that have suffered"); a verb of saying has a subject before it ("The memo states that ...")
_STATE_NOUN_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:in|of|from|across|among|for|with|and|or|other|many|several|few|both|all|most|some|those|these"
    r"|" + en.NUMBER_WORDS + r"|dozen|first|second|third|[a-z]+th|\d[\d,]*(?:st|nd|rd|th)?)\s+$",
    regex.IGNORECASE)
# and after a preposition of place and one modifier: "in battleground states", "across southern
# states", and in a headline's title case "In Battleground States To ..." (not a determiner or a
# pronoun, which may open a clause's subject: "In the memo, Lee states that ...")
_STATE_MODIFIED_BEFORE = regex.compile(
    r"(?<![\w’'-])(?i:in|across|among|throughout)[^\S\n]+"
    r"(?!(?i:the|a|an|this|that|these|those|his|her|their|its|our|my|your|he|she|it|they|we|i)[^\S\n])[\w-]+[^\S\n]+$")

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

# ... and so does one after an adverb of how often, opening the sentence or after a determiner
# ("Frequently asked questions", "the most commonly cited reasons"; not "Lee often cited polls")
_HOW_OFTEN = (r"(?:(?:most|more|less|least)[^\S\n]+)?"
              r"(?:frequently|commonly|often|widely|rarely|seldom|oft|regularly|occasionally)[^\S\n]+")
# the last letters of those adverbs, in any case: a cheap test before the patterns
_HOW_OFTEN_LAST = frozenset("yYnNmMtT")
_HOW_OFTEN_OPENING = regex.compile(r"(?:(?:the|our|your|these|some)[^\S\n]+)?" + _HOW_OFTEN, regex.IGNORECASE)
_HOW_OFTEN_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:the|a|an|our|your|its|their|these|some|of|in|to|for)[^\S\n]+" + _HOW_OFTEN + "$", regex.IGNORECASE)

# a determiner or a possessive, then a word of degree, right before a word: an adjective compared,
# no verb ("his most outspoken critics", "Lee's more vocal allies", "the least trusted sources")
_DEGREE_AFTER_DETERMINER = regex.compile(
    r"(?:(?<![\w’'-])(?i:the|a|an|his|her|its|their|our|my|your)|\w[’']s)\s+(?:more|most|less|least)\s+$")

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


# Verbs of the means a report came by, whose participle after the report's tail tells how it
# was said, no report of its own unless a clause or a quotation follows: "“Y,” Justice Rao
# said, writing for the bench." (as "Justice Rao, writing for the bench, said ...")
_WRITING_OR_SPEAKING = frozenset(["write", "speak"])


# the speaker of a report that trails its clause: a pronoun, a name (after "the" perhaps), or a
# determiner and one to three words in lower case ("the mayor", "his lawyers", "the port authority")
_TRAILING_SPEAKER = (r"(?:he|she|they|we|I)|(?:[Tt]he[^\S\n]+)?\p{Lu}[\w.’'&-]*(?:[^\S\n]+\p{Lu}[\w.’'&-]*){0,4}"
                     r"|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:[^\S\n]+\p{Ll}[\w’'-]*){1,3}")
# A second report that trails the rest of an aside's sentence: its comma, a speaker (above), and a
# verb of saying in the past or "-s" at the sentence's end ("..., the Chicago Sun-Times reported.",
# "..., Roe said.", "..., the mayor added.")
_SECOND_TRAILING_REPORT = regex.compile(
    r",[^\S\n]+(?:" + _TRAILING_SPEAKER + ")"
    r"[^\S\n]+(?P<verb>\p{Ll}+(?:ed|s)|said|wrote|told)[^\S\n]*[.!?]?[”\"’']?[^\S\n]*$")
# how far back from the aside's end the second report's comma may stand
_SECOND_TRAILING_REACH = 60


# the word that joins two reports that trail their clauses: "Y, X said, while Z, W said."
_REPORTS_JOINER = regex.compile(r"(?:while|whereas|and|but)[^\S\n]+")
_FIRST_ASIDE_REPORT = regex.compile(
    r",[^\S\n]+(?:" + _TRAILING_SPEAKER + ")"
    r"[^\S\n]+(?P<verb>\p{Ll}+(?:ed|s)|said|wrote|told),[^\S\n]+")


def _first_aside_report(ctx: Context, start: int, end: int) -> int | None:
    """Where the words after the last aside report in the words from ``start`` to ``end``
    start, when those words trail a second report ("Y, X said, | while Z" before ", W
    said."): the aside's report is X's own, not W's; None if there is none."""
    text = ctx.text
    found = None
    pos = start
    while (comma := text.find(",", pos, end)) >= 0:
        m = _FIRST_ASIDE_REPORT.match(text, comma, end)
        if m is not None and lemma(m.group("verb")) in en.INVERTING_VERBS and not ctx.layout.inside_quote(comma):
            found = m.end()
        pos = comma + 1
    return found if found is not None and found < end else None


def _second_trailing_report(ctx: Context, start: int, end: int, limit: int) -> int | None:
    """Where the comma stands of a second report that trails the words from ``start`` to
    ``end``, the rest of an aside's sentence ("Y, X said, while Z, W said."): its speaker and
    a verb of saying that inverts, at the end, or right after ``end`` when the content ends
    before it, up to the sentence's end ``limit`` ("Y, X said, and Z, she added."); None if
    there is none."""
    text = ctx.text
    if text.startswith(",", end, limit) and not ctx.layout.inside_quote(end) and (
            m := _SECOND_TRAILING_REPORT.match(text, end, limit)) is not None and lemma(m.group("verb")) in en.INVERTING_VERBS:
        return end
    comma = text.rfind(",", max(start, end - _SECOND_TRAILING_REACH), end)
    if comma <= start or ctx.layout.inside_quote(comma):
        return None
    m = _SECOND_TRAILING_REPORT.match(text, comma, end)
    if m is None or lemma(m.group("verb")) not in en.INVERTING_VERBS:
        return None
    return comma


# how far past the joiner the comma of a second aside report may stand ("and the fare, she added, ...")
_SECOND_ASIDE_REACH = 60


def _second_aside_report(ctx: Context, start: int, limit: int) -> int | None:
    """Where the comma stands of a second aside report inside the clause that a joiner opens
    at ``start`` after a first aside ("Y, X said, and Z, W added, V.": Z ... V is W's, not X's),
    up to the sentence's end ``limit``; None if there is none."""
    text = ctx.text
    joiner = _REPORTS_JOINER.match(text, start, limit)
    if joiner is None:
        return None
    end = min(limit, joiner.end() + _SECOND_ASIDE_REACH)
    comma = text.find(",", joiner.end(), end)
    if comma < 0 or ctx.layout.inside_quote(comma):
        return None  # (only the clause's first comma: "and the fare, she added, ...")
    m = _FIRST_ASIDE_REPORT.match(text, comma, min(limit, comma + _SECOND_ASIDE_REACH))
    if m is None or lemma(m.group("verb")) not in en.INVERTING_VERBS:
        return None
    return comma


# A passive of perceiving right before a verb of saying, its "-ing" or its "to": "can be heard |
# saying", "is seen | telling", "was overheard | asking", "was heard to | say", "was caught on camera |
# shouting": the words of a recording or a scene, heard or seen there (the participles and the
# medium are those a subject stops before, `sources.PERCEIVED_PARTICIPLES`; read back from the cue,
# one match at most: the end is anchored, the form of "be" a whole word)
_PERCEIVED_FRAME = regex.compile(
    r"(?<![\w’'-])(?:is|are|was|were|be|been)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?"
    r"(?:" + "|".join(sorted(sources.PERCEIVED_PARTICIPLES)) + r")" + sources.CAUGHT_ON + r"[^\S\n]+(to[^\S\n]+)?$",
    regex.REVERSE)
# how far before the cue such a passive is looked for (room for a form of "be", an adverb and "caught on camera")
_PERCEIVED_REACH = 48

# how the quotation before such a speaker closes: a comma, a question mark or a cry, then the mark
_PERCEIVED_QUOTATION_END = regex.compile(r"(?:,[”\"’']|[?!][”\"’'],?|[”\"’'],)$")


def _perceived_after_quotation(ctx: Context, sentence: Sentence, cs: int, frame: regex.Match, cue_end: int,
                               cue_lemma: str, bare: bool) -> Iterator[Candidate]:
    """"“Get back,” an officer can be heard saying.", "“Why?” a reporter is heard asking Lee.",
    "“Run,” a man was heard to say.": a quotation that opens the sentence, then its speaker and a
    passive of perceiving before the verb of saying, with no words of its own after it (a hearer,
    an occasion at most). The speaker is the passive's subject; the cue the verb of saying alone,
    its "to" with the passive in the infinitive's ("was heard to say"), as that reading has it
    before a clause."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if bool(frame.group(1)) != bare:
        return
    window = cues.opening_quotation_window(ctx, sentence)
    if window[1] <= window[0] or cs < window[0]:
        return
    close = window[0] + 1 if text.startswith(",", window[0]) else window[0]
    if not _PERCEIVED_QUOTATION_END.search(text, max(s0, close - 3), close):
        return  # (a comma, a question or a cry closes it: "“Why?” a reporter is heard asking")
    frame_start = aux_start(text, s0, frame.start())
    src = sources.subject(text, close, frame_start, ctx.lexicon, strong=True)
    if src is None or text[close:src[0]].strip() or text[src[1]:frame_start].strip():
        return
    lead_end = text[s0:src[0]].rstrip()
    _, rest = source_end(ctx, cue_end, s1)  # "“Y,” an officer can be heard saying, “Z.”"
    after = clauses.skip_post_adjuncts(text, cue_end, s1)
    if rest is None and (THAT.match(text, after, s1) or text[after:s1].lstrip()[:1] in (":", "“", '"', "‘")):
        return  # words of its own after the cue: the forward readings have them
    content = clauses.trim(text, s0, s0 + len(lead_end))
    if content[1] <= content[0]:
        return
    spans = [*carried_parts_before(ctx, content[0]), content, *([rest] if rest else [])]
    spans += quoted_paragraphs_after(ctx, sentence, spans[-1])
    cue = (frame_start if bare else cs, cue_end)
    yield candidate(ctx, sentence, [cue], cue_lemma, spans, src, "core.trailing_cue.v2", priority=40)


# how far before its cue an aside in brackets may open
_ASIDE_REACH = 240


def _trailing_cue_aside(text: str, s0: int, cs: int, cue_end: int, s1: int) -> tuple[int, int] | None:
    """The inside of the brackets around a cue that ends them after a comma and its subject
    ("(at one point as low as 19%, Lee says)"), when the brackets open and close inside the
    sentence; None else."""
    closing = text.find(")", cue_end, s1)
    if closing < 0 or text[cue_end:closing].strip(" ,"):
        return None
    opening = text.rfind("(", max(s0, cs - _ASIDE_REACH), cs)
    if opening < 0 or text.find(")", opening, cs) >= 0 or text.find(",", opening, cs) < 0:
        return None
    return opening + 1, closing


def _verb_cue(ctx: Context, sentence: Sentence, m: regex.Match, strength: float) -> Iterator[Candidate]:
    """The candidates of one cue word ``m``; ``strength`` is its weight where it stands."""
    text, lex = ctx.text, ctx.lexicon
    s0, s1 = sentence.start, sentence.end
    cs, ce = m.start(), m.end()
    form = m.group().lower()
    cue_lemma = lemma(form)
    cue_end = cues.extend_cue(ctx, cs, ce, s1)
    if form in cues.VIEW_HOLDING_BE and cue_end > ce:
        cue_lemma = "be"  # "was of the view that": the phrase's head lemmatised, as "took the view" is "take"'s
    if (aside := _trailing_cue_aside(text, s0, cs, cue_end, s1)) is not None:
        # "Her ratings (as low as 19%, Lee says) hurt him.": a report that trails its words inside
        # brackets is read as the sentence the brackets hold
        sentence = Sentence(aside[0], aside[1], sentence.paragraph)
        s0, s1 = aside
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
        yield from quoted_as_saying(ctx, sentence, quoted, cue_end)  # "X was quoted as saying ..."
        return
    # read once: both readings below ask ("Airline told to pay refunds": a headline drops the "is")
    passive = is_passive(text, cue_start, cs, s1) or headline_passive(ctx, sentence, cue_start, cs, ce)
    if passive and cue_lemma == "ask":
        yield from _asked(ctx, sentence, cue_start, cue_end)  # "Cain was asked by a caller why ..."
        return
    if passive and cue_lemma in TELLING_VERBS:
        # "I was told that ...", "Lee was warned by the police that ...": the hearer is the
        # subject; what was told is the "that" clause, its teller the agent, if named
        told = list(told_that(ctx, sentence, cue_start, cue_end, cue_lemma))
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
        agent = BY_AGENT.match(text, by, s1)
        if agent is not None and cue_lemma in en.PASSIVE_RAISERS and cues.RAISED_BY_FIRST.match(text, by, s1):
            agent = None  # "was said by aides to be bearing up": the impression raised, its holder the agent
        if agent is not None and cue_lemma != "quote" and (cue_lemma in en.THAT_VERBS or cue_lemma in en.PASSIVE_REPORTS or (
                # "was portrayed by the White House as a protest": a view the agent holds of the subject
                cue_lemma in en.AS_VERBS and " as " in text[agent.end():min(s1, agent.end() + 80)])):
            # ("quoted by PTI as saying" is read from its "saying")
            # "The move was first reported by the Ledger.": the agent reports the subject
            found = list(passive_agent(ctx, sentence, cue_start, cue_end, agent.end(), cue_lemma))
            yield from found
            if found or cue_lemma in en.THAT_VERBS or cue_lemma in en.PASSIVE_REPORTS:
                return
            # (a view whose subject no mention reads, "which was regarded by the mayor as ...", is read below)
        expletive = _IT_BEFORE.search(text, max(s0, cue_start - 8), cue_start)
        impersonal = expletive is not None and (
            cue_lemma in en.THAT_VERBS or cue_lemma in en.PASSIVE_RAISERS or cue_lemma in en.PASSIVE_REPORTS)
        if impersonal:
            # "It is believed that ...", and after a place or an occasion: "It is widely believed in Delhi that ..."
            after = clauses.skip_post_adjuncts(text, cue_end, s1)
            that = THAT.match(text, after, s1) or place_then_that(text, after, s1)
        else:
            that = None
        if that is not None:
            # "It is understood that ...": a report with no source
            yield from impersonal_report(ctx, sentence, cue_start, cue_end, cue_lemma, that.end(), that)
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
            yield from impersonal_report(ctx, sentence, cue_start, cue_end, cue_lemma, bare.start(1), None)
            return
        # "The group is expected to report ...": an impression with no source, as with "seem"
        known = _AS_OR_FOR.match(text, ce, s1) if cue_lemma == "know" else None  # (the particle may extend the cue)
        small_clause = cue_lemma in en.SMALL_CLAUSE_RAISERS and _BARE_COMPLEMENT.match(text, cue_end, s1)
        if cue_lemma in en.PASSIVE_RAISERS and (known or small_clause or _TO_OR_AS.match(text, cue_end, s1) or (
                cues.RAISED_BY_FIRST.match(text, cue_end, s1)) or deadline and _TO_OR_AS.match(text, deadline.end(), s1)):
            said = _TO_HAVE_VERB.match(text, cue_end, s1)
            if said is not None and lemma(said.group(1)) in en.THAT_VERBS and (
                    lemma(said.group(1)) in _SPEAKING_VERBS
                    or _INNER_REPORT_NEXT.match(text, clauses.skip_post_adjuncts(text, said.end(), s1), s1)):
                # "The minister is reported to have said that ...": her report, read from its own
                # verb; not "is understood to have agreed terms", whose verb takes a plain object
                return
            # "The winger has made six starts and is believed to be unhappy": the subject of the
            # predicate before, which the coordinated passive shares
            subject = (COORDINATOR.search(text, max(s0, cue_start - 60), cue_start)
                       and sources.leading_subject(text, s0, cue_start, ctx.lexicon)) or raised_subject(ctx, s0, cue_start, strong=True)
            if cue_start == cs and subject is not None and (
                    noun := _DETERMINED_NOUN_BEFORE.search(text, max(subject[0], cs - 60), cs)) is not None:
                # "Police held a man said to be the leader": the raising passive with no "be"
                # describes the noun right before it, an object of the clause's own verb
                subject = clauses.trim(text, noun.start(), noun.end())
            if subject is not None:
                # "Lee is known for her candour": what she is known for, after the cue's "for"
                yield from raising(ctx, sentence, subject, cue_start, max(known.end(), cue_end) if known else cue_end, cue_lemma)
        elif cue_lemma in DECLARING_VERBS or form in en.NAMING_PARTICIPLES and cues.quoted_name(
                text, clauses.skip_post_adjuncts(text, cue_end, s1), s1):
            # "The fund will be dubbed “Clear Water”": the name given, quoted, is told with no source
            yield from agentless_passive(ctx, sentence, cue_start, cue_end, cue_lemma)
        elif cue_lemma in en.AS_VERBS and _AS_SOON.match(text, cue_end, s1):
            # "He was described as newly serious", "The book is described on its cover as ...": an
            # impression with no source, as "is seen as" is
            subject = raised_subject(ctx, s0, cue_start, strong=True)
            if subject is not None:
                yield from raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma)
        elif ((lemma(form) != form or form.endswith(PARTICIPLE_ENDINGS)) and cue_lemma not in _ASPECT_VERBS
              and cue_lemma not in _SIGHTING_VERBS and cue_lemma not in en.POSTING_VERBS and cue_lemma not in _GIVING_VERBS
              and _PASSIVE_COMPLEMENT.match(text, ce, s1)):
            # (a thing posted "with" a caption or a claim, or shared "with" friends, is no one's impression;
            # nor is a thing offered "with" its terms or "for" sale)
            subject = raised_subject(ctx, s0, cue_start, strong=True)
            if subject is not None:
                yield from raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma, priority=AGENTLESS_PRIORITY)
        return
    if (form.endswith("ed") and cue_start == cs and cue_end == ce and (
            _PREMODIFIER_BEFORE.search(text, max(s0, cs - 16), cs, tokens.CONCURRENT)
            or text[s0:cs].rstrip()[-1:] in _HOW_OFTEN_LAST and (
                _HOW_OFTEN_OPENING.fullmatch(text, s0, cs) or _HOW_OFTEN_BEFORE.search(text, max(s0, cs - 40), cs, tokens.CONCURRENT)))
            and _NOUN_AFTER.match(text, ce, s1)):
        # "only eight reported incidents", "the number of reported cases", "Frequently asked
        # questions": a participle before its noun
        return
    if cue_start == cs and _DEGREE_AFTER_DETERMINER.search(text, max(s0, cs - 24), cs, tokens.CONCURRENT) and (
            _NOUN_AFTER.match(text, ce, s1)):
        return  # "his most outspoken critics", "the more vocal members": an adjective compared, before its noun
    if form in ("state", "states") and (_STATE_NOUN_BEFORE.search(text, max(s0, cs - 16), cs)
                                         or _STATE_MODIFIED_BEFORE.search(text, max(s0, cs - 40), cs)
                                         or _RELATIVE_CLAUSE_NEXT.match(text, ce, s1)):
        return  # "in states that ...", "Rust Belt states that have voted": the noun, no report
    if form in ("show", "shows") and _SHOW_COMPOUND.search(text, max(s0, cs - 16), cs):
        return  # "star of the reality show “Cake Boss”", "a TV show": a noun, no report
    if form.endswith("ing") and _STOPPED_SHORT.search(text, max(s0, cs - 12), cs, tokens.CONCURRENT):
        return  # "stopped short of blaming the referee": the blame held back, never said
    if form.endswith("ing") and cue_start == cs and _WARNING_GIVEN.search(text, max(s0, cs - 32), cs):
        return  # "Met Office issues amber warning as storm nears": the verb's object, a noun, no participle
    if cue_lemma in _NAMING_VERBS and form.endswith("ed") and cue_start == cs and _naming(text, s0, cs, ce, s1):
        return  # "from a group called Citizens for Lee": a name given, no report
    if cue_lemma in _NAMING_AS_VERBS and form.endswith("ed") and cue_start == cs and _named_as(text, s0, cs, ce, s1):
        return  # "held an event billed as “Hard Hats for Lee”": a name given, no report
    if form == "known" and _KNOWN_AS_APPOSITIVE.search(text, max(s0, cue_start - 24), cue_start) and _AS_NEXT.match(text, ce, s1):
        return  # "the Islamic State, also known as ISIS": another name, set off by commas
    if form == "known" and cue_start == cs and AS_AFTER.match(text, ce, s1):
        return  # "a method known as fracking": a name given, as "a group called X" ("derisively known as" judges)
    referred = form == "referred" and _TO_AS.match(text, ce, s1) and COMMA_BEFORE.search(text, max(s0, cue_start - 4), cue_start)
    # (not after an object's relative: "what many people believed to be a mistake" is theirs; the
    # agent may come before the "to": "a man believed by police to be armed")
    raised = first.end(1) if form in _BELIEF_PARTICIPLES and (first := cues.RAISED_BY_FIRST.match(text, cue_end, s1)) else cue_end
    believed = form in _BELIEF_PARTICIPLES and _TO_BE_OR_HAVE.match(text, raised, s1) and not _OBJECT_RELATIVE_BEFORE.search(
        text, max(s0, cue_start - 48), cue_start, tokens.CONCURRENT)
    if (form in _BARE_PARTICIPLES or referred or believed) and (cue_start == cs or _adverbs_only(text, cue_start, cs)) and (
            referred or _AS_OR_TO_BE.match(text, raised, s1) or form == "known" and _AS_OR_FOR.match(text, ce, s1)):
        # "a developer known to be bullish", "a state seen as critical": a participle after its
        # noun, passive with no "be", an impression with no source as "is known to" is; an
        # adverb before it too ("piers derisively known as “rust buckets”")
        subject = raised_subject(ctx, s0, cue_start, strong=True)
        if subject is not None:
            known = _AS_OR_FOR.match(text, ce, s1) if form == "known" else None
            yield from raising(ctx, sentence, subject, cue_start, max(known.end(), cue_end) if known else cue_end, cue_lemma)
            return
    if form in _REDUCED_RAISERS and (cue_start == cs or _adverbs_only(text, cue_start, cs)) and _TO_OR_AS.match(text, cue_end, s1):
        # "Sales rose 4%, a pace expected to slow", "in a year expected to set a record": a participle
        # after a noun that is no clause's subject (an indefinite aside, a preposition's object) is
        # passive with no "be", an impression with no source ("Analysts expected to see" is theirs)
        subject = reduced_relative_noun(text, s0, cue_start)
        if subject is None and cue_start == cs and headline(ctx, sentence):
            # "Quake toll expected to rise": a headline drops the "is" of its passive
            subject = raised_subject(ctx, s0, cue_start, strong=True)
            subject = subject if subject is not None and subject[0] == s0 else None
        if subject is not None:
            yield from raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma)
            return
    if form.endswith("ed") and cue_lemma != "ask" and BY_AGENT.match(text, ce, s1, tokens.CONCURRENT) and (
            cue_start == cs or _adverbs_only(text, cue_start, cs)):
        if (cue_lemma != "quote" and (cue_lemma in en.THAT_VERBS or cue_lemma in en.PASSIVE_REPORTS)
                and cue_lemma not in en.PSYCH_VERBS and not _GERUND_AGENT.match(text, ce, s1)):
            # "the bill, opposed by House Republicans, ...", "an allegation rejected by two inquiries": the
            # participle's agent reports the noun it modifies
            yield from passive_agent(ctx, sentence, cue_start, cue_end, BY_AGENT.match(text, ce, s1).end(), cue_lemma,
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
    if before in ("So", "Thus") and listed and not form.endswith("ing") and m.group().islower():
        # "“Y.” So says Lee, 82, who ...", "So says Lee: “Y”": the verb inverted after the "So"
        # that stands for the words, the quotation before it or after the speaker's colon
        yield from _so_says(ctx, sentence, cue_start, cue_end, cue_lemma)
        return
    # "Y," said X / "Y" said X
    if (before and (before[-1] in ",”\"’'" or ends_quotation(ctx, s0, s0 + len(before))) and not form.endswith("ing")
            and (listed or verb_after_speech(ctx, sentence, cue_start, form))
            and inverted(ctx, cue_end, s1)
            and not (before[-1] == "," and subject_with_appositive(ctx, s0, cue_start))
            and not (before[-1] == "," and _NOT_APPOSITIVE_BEFORE.search(text, max(s0, cue_start - 64), cue_start))
            and not (before[-1] == "," and _AGE_BEFORE.search(text, max(s0, cue_start - 64), cue_start))
            and not quoted_word_said(ctx, cue_end, s1)):
        content = past_colon_lead(ctx, _past_headline_label(ctx, sentence, clauses.trim(text, s0, s0 + len(before))))
        end_src, rest = source_end(ctx, cue_end, s1)
        src = sources.subject_after(text, cue_end, end_src, lex)
        # a verb seldom used so must have a speaker after it: "“...,” prompted a long debate" is none
        if src is None or content[1] <= content[0] or not (listed or sources.is_speaker(text, *src, lex)):
            return
        spans = [content]
        if rest and not reports_between(ctx, src[1], end_src) and not another_speaker(ctx, src[1], rest[1]):
            # (not "“Y,” wrote one fan, while another added, “Z”": Z is a report of its own)
            spans.append(rest)
        spans += quoted_paragraphs_after(ctx, sentence, spans[-1])
        relay = outlet_relay(text, _INVERTED_RELAY.match(text, src[1], end_src, tokens.CONCURRENT), lex)
        if relay is None and (medium := INVERTED_MEDIUM.match(text, src[1], end_src, tokens.CONCURRENT)) is not None:
            relay = vehicle_relay(ctx, medium.end(), end_src)
        yield candidate(ctx, sentence, [(cs, cue_end)], cue_lemma, spans, src, "core.inverted_cue.v2",
                         via=[relay] if relay else (), priority=40)
        return
    window = cues.opening_quotation_window(ctx, sentence)
    # sure of itself, or right after a quotation that opens the sentence
    strong = strength >= STRONG_CUE or window[0] <= cs < window[1]
    if form.endswith("ing") and _TITLE_HELD_AFTER.match(text, cue_end, s1, tokens.CONCURRENT):
        return  # "will face defending champion Ann Lee": a participle before a title held names its holder
    if form.endswith("ing") and (opens_participle_clause(text, s0, cue_start) or after_fronted_participle(text, s0, cue_start)
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
                yield from participle_report(ctx, sentence, cue_start, cue_end, cue_lemma, end=end, src=src)
        return
    if form.endswith("ing") and not before.endswith(COMMA_ENDS) and _ANSWERED_BEFORE.search(
            text, max(s0, cue_start - 60), cue_start, tokens.CONCURRENT):
        return  # "did not respond to a voicemail asking about the case": the message's words, no answer
    if form.endswith("ing") and before.endswith(" by") and _GERUND_BEFORE_BY.search(
            text, max(s0, cue_start - _GERUND_BEFORE_BY_REACH), cue_start, tokens.CONCURRENT):
        return  # "arrested a man for cheating aspirants by promising them jobs": the means of the gerund's doer, the object
    if form.endswith("ing") and _adverbs_only(text, cue_start, cs) and before and (
        before.endswith(COMMA_ENDS) or before.rsplit(None, 1)[-1:] in _PARTICIPLE_LEADS or _clause_before(text, s0, cs)
        or passive_before(text, s0, cs)
    ):
        # "X issued a statement, saying that Y": the source is the sentence's subject
        turn = _turn_start(text, s0, cue_start) if before.endswith("by") else (
            _reply_start(text, s0, cue_start) if before.endswith(",") else None)
        aside = before.endswith(",") and (aside_before_saying(ctx, sentence, cue_start, cue_end)
                                          or cue_lemma in _WRITING_OR_SPEAKING and tail_before_participle(ctx, sentence, cue_start))
        frame = _PERCEIVED_FRAME.search(text, max(s0, cs - _PERCEIVED_REACH), cs, tokens.CONCURRENT)
        perceived = list(_perceived_after_quotation(ctx, sentence, cs, frame, cue_end, cue_lemma, bare=False)) if (
            frame is not None) else None
        if perceived:
            yield from perceived  # "“Get back,” an officer can be heard saying.": the quotation before the passive's subject
            return
        # "Lee, pleading for an inquiry, wept": the aside's closing comma ends its content
        aside_end = subject_aside_end(ctx, sentence, cue_start, cue_end) if before.endswith(",") else None
        for c in participle_report(ctx, sentence, cue_start, cue_end, cue_lemma, aside=aside, end=aside_end):
            if turn is not None and c.cue[0][0] == cue_start:
                c.cue[0] = (turn, c.cue[0][1])  # "Lee began by saying that Y": the turn and its means are one cue
            yield c
        return
    # (a bare form, or an auxiliary's, follows an infinitive's "to": "to say", "to have said"; "the experts we
    # spoke to said" has a stranded preposition)
    if (form == cue_lemma or cue_start < cs) and (infinitive := _INFINITIVE.search(text, max(s0, cue_start - 6), cue_start, tokens.CONCURRENT)) and (
            not contact_clause_before(ctx, s0, infinitive.start() + len("to"))):
        if _TERMS_BEFORE_TO.search(text, max(s0, cue_start - 80), cue_start):
            return  # "spoke on condition of anonymity to discuss the talks": the terms of a report, not one
        if _CLAIMING_TO.search(text, max(s0, infinitive.start() - 12), infinitive.start() + 2, tokens.CONCURRENT):
            # "a video purporting to show ...", "Posts claiming to show ...": the infinitive is the claim's, its cue
            # the verb of claiming (no one before it shows a thing)
            return
        # "X took to Twitter to say that Y": the subject of the sentence reports, or the
        # pronoun that opens the clause the infinitive is in ("..., but she continued to say")
        near = _CLAUSE_PRONOUN.search(text, max(s0, cue_start - 60), cue_start)
        clausal = None if near else (adverbial_clause_subject(ctx, s0, cue_start)
                                     or absolute_before_infinitive(ctx, sentence, cue_start))
        src = near.span(1) if near else clausal or subject_with_its_phrase(
            ctx, s0, sources.leading_subject(text, s0, cue_start, lex), cue_start)
        if near is None and clausal is None and form == "say" and (have := cues.had_to_say(text, cue_start)) is not None:
            # "Here's what the coach had to say:", "... why the senator had so much to say": the one
            # who had it to say is the subject right before "have" and its auxiliaries
            had = cues.who_had_to_say(text, s0, cue_start)
            lo = had if had is not None else s0
            aux = _AUXILIARIES_BEFORE.search(text, lo, have)
            who = subject_with_its_phrase(ctx, lo, sources.subject(text, lo, aux.start(), lex, strong=True), have)
            if who is not None and (had is None or who[0] == had):
                src = who
        if (caused := _CAUSED_OBJECT.search(text, max(s0, cue_start - 80), cue_start, tokens.CONCURRENT)) is not None:
            # "The vote prompted Lee to say ...": the one caused to report, not the cause
            obj = clauses.trim(text, *caused.span(1))
            if text[obj[0]:obj[1]].lower() not in en.OBJECT_PRONOUNS:  # ("led her to say": the pronoun)
                obj = sources.subject(text, caused.start(1), caused.end(1), lex, strong=True)
            if obj is not None and obj[0] == caused.start(1):
                src = obj
            else:
                caused = None  # ("pushed hard to say": no object, the subject's own verb)
        if caused is None and near is None and clausal is None and (
                bearer := _FOR_SUBJECT.search(text, max(s0, cue_start - 80), cue_start, tokens.CONCURRENT)) is not None and (
                _frame_before_for(bearer.group("prev"), bearer.group("word"))):
            # "It is unusual for a judge to weigh in", "was enough for him to claim": the noun after
            # "for" is the infinitive's subject, whoever opens the sentence
            if _EXPLETIVE_BEFORE_FOR.search(text, max(s0, bearer.start("noun") - 60), bearer.start("noun")):
                # "It is unusual for a judge to say so", "it's not unreasonable for Lee to claim that":
                # the writer weighs what saying so would be, no one's report (as train gold reads it)
                return
            obj = sources.subject(text, bearer.start("noun"), bearer.end("noun"), lex, strong=True)
            if obj is not None and obj[0] == bearer.start("noun") and not text[obj[1] - 3:obj[1]] == "ing":
                src, caused = obj, bearer
        if _TOLD_BEFORE_TO.search(text, max(s0, infinitive.start() - 40), infinitive.start()):
            # "Staff have been told to expect delays", "Residents were urged to say nothing": the
            # subject was bidden, and reports nothing
            return
        if caused is None and _EXPLETIVE_BEFORE_TO.search(text, max(s0, cue_start - 40), cue_start):
            # "It is too soon to say whether ...", "it's safe to say": no one reports, whatever
            # subject opens the sentence ("Lee, meanwhile, leads - though it's fair to say ...")
            return
        if form == cue_lemma and (frame := _PERCEIVED_FRAME.search(
                text, max(s0, cs - _PERCEIVED_REACH), cs, tokens.CONCURRENT)) is not None:
            perceived = list(_perceived_after_quotation(ctx, sentence, cs, frame, cue_end, cue_lemma, bare=True))
            if perceived:
                yield from perceived  # "“Run,” a man was heard to say.": the quotation before the passive's subject
                return
        if src is not None:
            # a headline's plan, "Union to endorse Lee": the cue takes in its "to", as "is to endorse" would
            lead = infinitive.start() if cues.planned_in_headline(ctx, m) else _catenative_lead(text, s0, cue_start)
            if clausal is not None and caused is None:
                # ("where crews gather to discuss": the clause's verb is no part of the cue, but a
                # catenative is: "though voters continue to express")
                lead = infinitive.start() if lead == cue_start else lead
            elif caused is None:
                lead = predicate_start(text, src, infinitive.start() if lead == cue_start else lead)
                if form == "say" and (have := cues.had_to_say(text, cue_start)) is not None and src[1] <= have < lead:
                    lead = have  # "has nothing but praise to say": the phrase is one cue from its "have"
            elif lead == cue_start:
                lead = infinitive.start()  # ("prompted Lee in May to say": the cue opens at its "to")
            yield from _forward(ctx, sentence, src, cs, lead, cue_end,
                                clauses.skip_post_adjuncts(text, cue_end, s1), form, cue_lemma, rule="core.infinitive.v2")
        return
    # only a sure cue makes a relative clause a report ("who claimed that", not "which published")
    if cue_lemma == "ask" and (cue_start == clauses.skip_space(text, s0, cue_start)
                               or _BARE_ASKED.search(text, max(s0, cue_start - 12), cue_start)
                               and not (before.endswith(",") and appositive_before(ctx, s0, cue_start))):
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
        subject = raised_subject(ctx, s0, cue_start, strong)
        if subject is not None:
            yield from raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma)
        return
    if cue_lemma in en.RAISING_VERBS and not _reporting_infinitive(ctx, cue_end, s1):
        # "X seemed certain to leave": an impression; but "X seemed to imply that Y"
        # is X's report, read as "X implied" is (see _forward's catenative)
        subject = raised_subject(ctx, s0, cue_start, strong)
        if subject is not None:
            yield from raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma)
            return
    # (a paper's relative clause reports whatever its verb's weight: "an ad in Ohio that claims ...")
    papers = None if strong else cues.document_relative(text, sentence, m)
    relative = _RELATIVE.search(text, max(s0, cue_start - 32), cue_start, tokens.CONCURRENT) or (
        _RELATIVE_THAT.search(text, max(s0, cue_start - 40), cue_start, tokens.CONCURRENT)
        if _QUOTATION_NEXT.match(text, cue_end, s1, tokens.CONCURRENT) else None) or (
        RELATIVE_BEFORE.search(text, max(s0, cue_start - 8), cue_start) if papers else None)
    if relative and not strong and relative.group(1) != "who" and cue_lemma not in cues.STANCE_VERBS and not papers:
        # a person's "who thinks", but not an unsure "which published"; a stance is taken
        # by a group too: "the union, which opposes the toll"
        relative = None
    if relative:
        src = (relative.start(1), relative.end(1))
    elif _THEN_COORDINATED.search(text, max(s0, cs - 16), cs, tokens.CONCURRENT) and not ctx.layout.inside_quote(cs):
        src = None  # the coordinated verb's, below
    elif (headed := headline_predicate_subject(ctx, sentence, cs)) is not None:
        # "Court pulls up state over delays, says ...": a headline's second predicate, after a comma,
        # is its subject's, not the object's before the comma
        yield from _forward(ctx, sentence, headed, cs, cue_start, cue_end, clauses.skip_post_adjuncts(text, cue_end, s1),
                            form, cue_lemma, rule="core.coordinated_cue.v2")
        return
    elif (serial := serial_subject(ctx, sentence, cs, cue_end, form)) is not None:
        # "Lee mocked the crews, called the pier “a wreck” and left": a middle item of a series of
        # predicates, the series' subject, not the object before its comma
        yield from _forward(ctx, sentence, serial, cs, cue_start, cue_end, clauses.skip_post_adjuncts(text, cue_end, s1),
                            form, cue_lemma, rule="core.coordinated_cue.v2")
        return
    else:
        src = sources.subject(text, s0, cue_start, lex, strong=strong)
        if src is not None and sources.after_means(text, s0, src):
            src = None
        if src is not None and strong:
            src = _list_tail_subject(ctx, sentence, src, cue_start, cue_end, cue_lemma) or src
        if src is not None and modifier_for_subject(ctx, src, cue_start, form):
            return  # "repeated the false claim that ...": the noun a modifier takes, no verb of a subject
        if src is not None:
            src = head_before_relative(ctx, sentence, src) or src
        if src is None and window[0] < cs:
            src = subject_after_quotation(ctx, window[0], cue_start, strong)
        if src is None and cue_lemma in en.PSYCH_VERBS and form.endswith("ed") and cue_start == cs and THAT.match(
                text, clauses.skip_post_adjuncts(text, cue_end, s1), s1):
            # "..., with many worried that Y": a participle of a state of mind and its "that" in an
            # absolute phrase, whose noun after "with" holds it, as "with many fearing that" does
            src = participle_subject(ctx, sentence, cs)
        if src is None:
            src = headline_bare_subject(ctx, sentence, cue_start)  # "Trains will be cancelled, operator says"
    if src is not None and not relative:
        src = name_after_gap_head(text, src, cue_end, s1)  # "The plan [Lee] announced would cost ..."
        if predicate_after_gap(text, s0, src, cue_end, s1):
            return  # "Photographs he posted showed ...": a relative clause on the noun before its subject
    if src is None and not relative and not strong and (
            cue_lemma in en.THAT_VERBS or cue_lemma in en.HEARER_VERBS or cue_lemma in en.RULING_VERBS):
        # (and a verb of judging, which the cue filter admits there only, and in an aside between
        # commas: "Y, the ombudsman has ruled.", "The levy, the tribunal ruled, does not apply.")
        src = trailing_subject(ctx, sentence, cue_start, cue_end, aside=cue_lemma in en.RULING_VERBS)
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
                w.group()[0].isupper() or w.group()[0].isdigit() or w.group() in NAME_LINKS
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
                c.refers_to, c.refers_kind = antecedent, kinds.kind(text, *antecedent, lex)
                if relative.group(1) == "who" and c.refers_kind in _THING_KINDS:
                    # "who" is said of people: "a figure who can argue ..." is a person's, not a number's
                    c.refers_kind = "person"
                elif relative.group(1) == "which" and c.refers_kind == "person":
                    # "which" is said of no person: "said Vexa, which makes chips" is a body's
                    c.refers_kind = kinds.which_body(text[antecedent[0]:antecedent[1]])
                c.source_kind = c.refers_kind
            yield c
        return
    if src is None:
        if not COORDINATOR.search(text, max(s0, cue_start - 60), cue_start) and not _THEN_COORDINATED.search(
                text, max(s0, cs - 16), cs, tokens.CONCURRENT):
            return
        if clauses.adjective_after_and(text, s0, cue_start, cue_end, s1):
            return  # "said the heat and unsettled weather could last": an adjective of the content's subject
        # a bare verb shaped as a stance ("... and warn that Y", as against "... and eager to") reports
        # only with a subject to share and no infinitive to continue ("has time to step up and show")
        bare = stance_adjective(text, cs, s1)
        if bare and not _present_verb(ctx, form) or bare and _INFINITIVE_AND.search(text, max(s0, cue_start - 60), cue_start):
            return
        if lemma_past_form(form) and passive_hearer(text, cue_lemma, cue_end, s1) and _PASSIVE_CONJUNCT.search(
                text, max(s0, cue_start - 80), cue_start, tokens.CONCURRENT):
            # "The skipper was fined and told he must ...": a participle coordinated with a passive
            # is passive too; its subject was told, and who told it goes unsaid
            yield from _forward(ctx, sentence, None, cs, cue_start, cue_end, clauses.skip_post_adjuncts(text, cue_end, s1),
                                form, cue_lemma, rule="core.coordinated_cue.v2")
            return
        # "... and said that Y": the source of the verb before; resolution fills it in
        # ("Lee, who saw the crash and described it": the relative pronoun, whose clause holds both verbs)
        shared = (perfect_clause_subject(ctx, sentence, cue_start, form)
                  # "Police said he returned with a knife and attacked a bouncer": he attacked
                  or (clauses.past_conjunct_subject(text, s0, cue_start, lex) if not ctx.layout.inside_quote(cue_start) else None)
                  or relative_pronoun_subject(ctx, sentence, cue_start, aside=True)
                  or coordinated_clause_subject(ctx, sentence, cue_start, joined=True)
                  or subject_after_last_comma(ctx, sentence, cue_start)
                  or sources.leading_subject(text, past_open_mark(text, s0, cue_start), cue_start, lex)
                  or subject_before_semicolons(ctx, sentence, cue_start)
                  or subject_of_first_past(ctx, sentence, cue_start))
        hearing = HEARING_LEADS.match(text, s0, cue_start)
        if hearing is not None and (shared is None or shared[0] < hearing.end()):
            # "The court heard that Lee followed Roe home and attacked him": the evidence goes on,
            # no act of the court's, which only heard
            return
        if bare and (shared is None or cue_start == cs and not plural_subject(text, shared) and not _MODAL_AFTER_SUBJECT.match(
                text, shared[1], cue_start, tokens.CONCURRENT)):
            # "Lee ... and feel that Y": no singular subject takes the bare present (but "... but did note",
            # and "Lee would neither confirm it nor deny that Y", whose modal governs both verbs)
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
        cue_lemma in HEARER_FIRST) else _outlet_occasion(text, cue_end, s1)
    if relay is None and cue_lemma == "write" and cue_end == ce:
        # "Y, Lee wrote Roe.": a name or an object pronoun that ends the sentence right after
        # "wrote" is whom it was written to
        relay = _WRITTEN_TO_END.match(text, cue_end, s1)
    if relay is None and cue_lemma == "tell" and cue_end == ce:
        # "“Y,” Lee told “Morning Joe.”": a title in quotation marks after "told" is the show told
        relay = told_quoted_title(text, cue_end, s1)
    if relay is None and cue_lemma == "tell" and cue_end == ce:
        # "Y, the chief executive told analysts on a call.": a bare plural after "told" is whom it
        # was told to (the clause that would follow it, "told suppliers it would pay", is read below)
        relay = BARE_PLURAL.match(text, cue_end, s1)
    # "..., X said in a statement carried by WAM.": the outlet that carried the statement
    # (or in an aside: "..., X said, in comments carried by Xinhua.")
    carried = (vehicle_relay(ctx, cue_end, s1) or text.startswith(",", cue_end) and carried_aside(ctx, cue_end, s1)
               or (carrier := medium_agent(ctx, cue_end, s1)) is not None and carrier[1] and carrier[0]
               or None) if relay is None and tail else None
    hearer = relay if tail else None
    if hearer:
        # "“Y,” X told the Ledger on Monday.", "“Y,” X said in an interview with the Ledger.": the
        # hearer or the outlet ends the sentence
        past = clauses.skip_post_adjuncts(text, hearer.end(), s1)
        if not text[past:s1].strip(clauses.CLOSE_PUNCT + "\"”’'"):
            after, tail = past, ""
        elif (more := _MORE_HEARERS_TO_END.match(text, past, s1, tokens.CONCURRENT)) is not None and not THAT.match(
                text, clauses.skip_post_adjuncts(text, more.end(), s1), s1):
            # (not before a "that", where the report goes on: "told Reuters and the BBC on Monday that")
            after, tail = more.end(), ""  # "“Y,” X told Reuters and CNN.", "Y, X told reporters and analysts."
    elif carried is not None and not text[carried[1]:s1].strip(clauses.CLOSE_PUNCT + "\"”’'"):
        after, tail = carried[1], ""
    lead_end = text[s0:src[0]].rstrip()
    dash = _QUOTE_DASH_END.search(lead_end, max(0, len(lead_end) - 6), None, tokens.CONCURRENT)
    if dash and ctx.layout.inside_quote(clauses.skip_space(text, s0, s1)) and ends_quotation(
            ctx, s0, s0 + dash.start() + 1):
        # "“Y” – X said.": a dash, not a comma, between a quotation that opens the sentence and its speaker
        lead_end = lead_end[:dash.start() + 1]
    occasion = (OCCASION_TO_END.match(text, hearer.end() if hearer else after, s1, tokens.CONCURRENT)
                or _CITING_TO_END.match(text, hearer.end() if hearer else after, s1, tokens.CONCURRENT)
                # "Y, X told AFP by telephone.": the means it was said by, perhaps with its time, ends the sentence
                or _MEANS_TO_END.match(text, hearer.end() if hearer else after, s1, tokens.CONCURRENT)
                # "Y, X said in a filing with the Securities and Exchange Commission.": the name read as
                # an outlet stopped short at its "and"; the whole phrase from the cue is the occasion
                or (OCCASION_TO_END.match(text, after, s1, tokens.CONCURRENT) if hearer is not None else None)
                ) if tail and lead_end.endswith(COMMA_ENDS) else None
    if occasion is None and tail and hearer is None and cue_lemma in en.INVERTING_VERBS and lead_end.endswith(COMMA_ENDS) and (
            manner := _MANNER_ADVERB.match(text, after, s1)) is not None and (
            occasion := OCCASION_TO_END.match(text, manner.end(), s1, tokens.CONCURRENT)) is not None:
        # "Y, X said quietly on Monday.": the adverb is a verb of saying's, as at the sentence's end
        # ("X said quietly."), and the occasion after it ends the sentence (not "So far, they have
        # sided overwhelmingly with Lee": a verb of taking sides and its object)
        cue_end = manner.end()
    after_quote = ends_quotation(ctx, s0, s0 + len(lead_end)) and (
        ctx.layout.inside_quote(clauses.skip_space(text, s0, s1))
        # "Lee was blunt: “Y,” she recounted in her memoir.": a quotation a colon opened
        or opened_after_colon(ctx, s0, s0 + len(lead_end))
    )
    if after_quote and tail and _TITLE_END.search(lead_end, max(0, len(lead_end) - 2)) and not spoken_quotation(
            ctx, s0, s0 + len(lead_end), src):
        # "“Daily Show” host Lee on Monday showed that ...": a title quoted before its noun, a
        # word and no mark of speech at its end, is part of the subject, not words it trails
        after_quote = False
    if (occasion is None and tail and lead_end.endswith(COMMA_ENDS) and not (hearer or after_quote)
            and cues.takes_platform(text, ce, cue_end) and not fronted_adverbial(text, *clauses.trim(text, s0, s0 + len(lead_end) - 1))):
        # (not after a fronted adverbial: "On Monday, the board said in a statement that Y" has its report after)
        # "Y, X said in a video message to the convention.": the platform the cue took in
        # ("in a video") is the start of a longer occasion, which the cue gives back
        occasion = OCCASION_TO_END.match(text, ce, s1)
        if occasion is not None:
            cue_end = ce
    forward = cue_end, after, tail  # the cue and what follows it before an occasion is read to the end
    if occasion is not None:
        after, tail = occasion.end(), ""  # "Y, X said at a rally in Ohio.": the occasion ends the sentence
    if tail and not after_quote and (aside := dashed_quotation(ctx, s0, s0 + len(lead_end), after, s1)) is not None:
        # "Lee doubted the plan - “It is a mess,” she said - and left.": a quotation and its
        # speaker set off by dashes inside a sentence of the writer's; the quotation alone is hers
        yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [aside], src, "core.trailing_cue.v2", priority=40)
        return
    if form in ("quoted", "cited") and tail and lead_end.endswith(COMMA_ENDS) and (
            relayed := quoted_after_quotation(ctx, sentence, src, cue_start, cue_end, (s0, s0 + len(lead_end)))):
        yield relayed  # "“Y,” IRNA quoted him as saying.": his words, IRNA's relay
        return
    colon_lead = text[after:s1].lstrip().startswith(":")  # "In his post, Lee wrote:": what follows is his
    # "Y, X believe — a risk she will need to weigh.": a dash after the cue sets off the writer's comment
    dashed = tail and lead_end.endswith(",") and not after_quote and _DASH_AFTER_CUE.match(text, after, s1) is not None
    if lead_end and not colon_lead and (not tail or dashed or TRAILING_LEAD.match(text, after, s1, tokens.CONCURRENT) or after_quote):
        # "Y, X said." or "Y, X said, as per Z." or "“Y,” X said after ..."
        if not (lead_end.endswith((",", "”", '"', "’", "'")) or after_quote):
            as_start = as_clause_start(text, s0, src, cue_lemma, cue_end)
            if as_start is not None and text[s0:as_start].rstrip().endswith(COMMA_ENDS):
                # "The pier is unsafe, as Lee noted."
                yield from as_clause_after(ctx, sentence, src, [(cue_start, cue_end)], cue_lemma, as_start, after)
            elif (wh := wh_object(ctx, sentence, src)) is not None and _HERE_IS_BEFORE.fullmatch(text, s0, wh[0]):
                yield from _presented_below(ctx, sentence, [(cue_start, cue_end)], cue_lemma, src, [])  # "Here's what Lee said."
            elif wh is not None and not ctx.layout.inside_quote(wh[0]):
                # "... the toll, which most fishermen opposed.": the pronoun is the cue's object, all its content
                yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [wh], src, "core.said_that.v2", priority=60)
            elif cue_lemma not in _LIKING_VERBS and (gap := gapped_head(ctx, sentence, src)) is not None:
                # "... a levy the board opposed on the radio.": nothing but adjuncts follows the cue,
                # so the head of the relative clause with no pronoun is its object, all its content
                yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [gap], src, "core.said_that.v2", priority=60)
            return
        content = past_colon_lead(ctx, _past_headline_label(ctx, sentence, clauses.trim(text, s0, s0 + len(lead_end))))
        first = None if after_quote else _first_aside_report(ctx, *content)
        if first is not None:
            # "Y, X said, while Z, W said.": W's is Z, after X's aside, and the word that joins the two
            # reports is neither's
            joiner = _REPORTS_JOINER.match(text, first, content[1])
            content = clauses.trim(text, joiner.end() if joiner else first, content[1])
        cited = _CITATION_AT_END.search(text, content[0], content[1])
        if cited is not None:
            content = (content[0], cited.start())  # "“Y” (The Planet, 2019), X said.": where it ran, not what was said
        if content[1] <= content[0]:
            return
        spans = [*carried_parts_before(ctx, content[0]), content]
        rest_end, rest = source_end(ctx, cue_end, s1)
        if rest and rest[0] >= after and not reports_between(ctx, cue_end, rest_end) and not another_speaker(ctx, cue_end, rest[1]):
            # "“Y,” she said, “Z”", not "..., adding, “Z”" nor "..., though he said, “Z”" nor "..., but
            # “Z,” said Lee": that is a report of its own (nor a title the occasion ended on: "..., she
            # wrote in her memoir, “Years of Rain.”")
            spans.append(rest)
        if len(spans) == 1 and first is None and fronted_adverbial(text, *content) and not _bracketed_aside(text, content[0], after):
            # "Then, she apologized.", "In 1848, the Whigs went ...": the verb is the sentence's own,
            # and its report follows it if any ("Meanwhile, a panel reported in a journal that ...")
            if forward[2]:
                yield from _forward(ctx, sentence, src, cs, cue_start, forward[0], forward[1], form, cue_lemma)
            return
        spans += quoted_paragraphs_after(ctx, sentence, spans[-1])
        if len(spans) == 1 and _ASKED_LEAD.match(text, *content):
            return  # "Asked whether ..., the captain shrugged.": the question is the asking's content
        via = trailing_via(ctx, after, s1)
        if cited is not None and kinds.kind(text, *cited.span(1), lex) == "outlet":
            via.append(cited.span(1))
        named = outlet_relay(text, relay, lex) or (carried if not tail else None)
        if named and named not in via:
            via.insert(0, named)  # "“Y,” X told The Planet.", "“Y,” X said in an interview with The Planet."
            if (also := second_outlet_hearer(ctx, cue_lemma, named[1], s1)) is not None and also[0] not in via:
                via.insert(1, also[0])  # "“Y,” X told Reuters and the BBC."
        yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, spans, src, "core.trailing_cue.v2", via=via, priority=40)
        return
    # (past an occasion only for a verb of saying after a lead that is a clause, no fronted adverbial:
    # "In May, Lee voted in Ohio, ..." is the sentence's own verb)
    split = _comma_past_report(text, relay, after, s1, (s0, src[0]) if cue_lemma in en.INVERTING_VERBS else None)
    past_occasion = split != after and relay is None and _PLACE.match(text, after, s1, tokens.CONCURRENT) is None
    rest_text = text[split:s1].lstrip()
    if rest_text.startswith(",") and text[s0:src[0]].rstrip().endswith(COMMA_ENDS) and not (
        # (nor past asides: "When Roe shouted, “Y,” Lee joked, in a mock accent, “Z.”": Z is his)
        (rest_text[1:].lstrip()[:1] in ("“", '"', "‘") or quotation_after_asides(ctx, split, s1) is not None)
        and not ctx.layout.inside_quote(s0) and text[s0:s0 + 1] not in ("“", '"', "‘")
    ):
        # "Y, X said, Z."
        lead = _after_report_before_dash(ctx, sentence, clauses.trim(text, s0, src[0]))
        if (first := _first_aside_report(ctx, *lead)) is not None:
            # "Y, X said, while Z, W added, V.": W's lead is Z, after X's aside, and the word that
            # joins the two reports is neither's
            joiner = _REPORTS_JOINER.match(text, first, lead[1])
            lead = clauses.trim(text, joiner.end() if joiner else first, lead[1])
        relative_start, opener = _relative_lead(text, *lead)
        if relative_start == lead[0] and (where := _WHERE_LEAD.search(text, max(lead[0], lead[1] - 8), lead[1])) is not None and (
                where.start() > lead[0]):
            # "He points to a bench where, he says, he proposed.": the aside stands in the relative
            # clause of place, which is all it reports, not the writer's sentence the clause hangs on
            relative_start = where.start()
        rest_end = clauses.content_end(ctx, split + 1, s1)
        second = _second_trailing_report(ctx, split + 1, rest_end, s1)  # "Y, X said, while Z, W said.": Z is W's
        if second is None:
            # "Y, X said, and Z, W added, V.": Z ... V is W's
            second = _second_aside_report(ctx, clauses.trim(text, split + 1, s1)[0], s1)
        if relative_start > lead[0]:
            # "the bridge, which, they say, will fail, is ...": the aside's relative clause ends at
            # its own comma, dash or bracket
            lead = (relative_start, lead[1])
            close = text.find(")", split + 1, rest_end) if opener == "(" else -1
            rest_end = close if close >= 0 else clauses.clause_break(ctx, split + 1, rest_end)
        rest = clauses.trim(text, split, rest_end)
        if lead[1] > lead[0] and rest[1] > rest[0]:
            named = outlet_relay(text, relay, lex) if split != after else None
            via = [named] if named else []
            # "Y, X said, adding that Z": Z is the participle's report, not more of this one
            opener = WORD.match(text, *rest)
            # but not "Y, X said, imposing Z" (a gerund or participle that goes on with Y), nor "Y, she
            # said, but “Z,” said Lee": Z has a speaker of its own
            adding = opener and opener.group().endswith("ing") and ctx.lexicon.cue_prior(opener.group()) >= PARTICIPLE_CUE_PRIOR
            # nor "Y, X said, speaking on condition of anonymity": the terms X spoke on
            comma = text.find(",", split, rest[0])
            adding = adding or comma >= 0 and sources.anonymous_after(text, comma)
            # nor "Y, X said, which suggests Z": a "which" right after the aside says something of the
            # whole report, the writer's comment (as after "said Lee, which": _sentential_which)
            adding = adding or _WHICH_OPENING.match(text, *rest) is not None
            # nor, past an occasion, a clause that reports again ("Y, he said after the meeting, because
            # he said Z": Z is the second report's)
            adding = adding or past_occasion and _says_again(text, *rest)
            spans = [lead] if adding or second is not None or another_speaker(ctx, *rest) or _coordinated_report(text, *rest) else [lead, rest]
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


def _bracketed_aside(text: str, start: int, after: int) -> bool:
    """Whether a trailing cue and its source close a bracket that opens right before the content
    [start, ...): "(at one point as low as 19%, Lee says)". The bracket holds the whole report, so
    words that would read as a fronted adverbial are its content, no main clause's opener."""
    return text[max(0, start - 3):start].rstrip().endswith("(") and text[after:after + 3].lstrip().startswith(")")


def _list_tail_subject(ctx: Context, sentence: Sentence, src: tuple[int, int], cue_start: int,
                       cue_end: int, cue_lemma: str) -> tuple[int, int] | None:
    """The subject of a verb of saying that ends its sentence after a clause whose last noun
    the walk read on as a list with it: in "Support is strong among the unions, teachers and
    officials said." the clause before leaves the verb no subject but the words after the
    list's last comma, which trail the report."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    before = text[s0:src[0]].rstrip()
    comma = text.rfind(",", src[0], src[1])
    if comma < 0 or not before[-1:].isalnum() or " and " not in text[comma:src[1]]:
        return None  # (a list's last item after "and"; not "“Y,” Ann Lee, an aide, said", an appositive)
    hearer = HEARER.match(text, cue_end, s1) if cue_lemma in HEARER_FIRST else None  # "... officials told Reuters."
    if text[clauses.skip_post_adjuncts(text, hearer.end() if hearer else cue_end, s1):s1].strip(clauses.CLOSE_PUNCT + "\"”’')"):
        return None  # words after the verb: its report follows it, the list its subject
    tail = sources.subject(text, comma + 1, cue_start, ctx.lexicon, strong=True)
    return tail if tail is not None and not text[comma + 1:tail[0]].strip() else None


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


# ... and one with no mark before it, right after a plural noun in small letters: "attacks that",
# "rules which" (a plural, so that no verb, "said that", nor a word of a clause's lead, "so that", stands there)
_BARE_RELATIVE_LEAD = regex.compile(r"(?<![\w’'-])([a-z]{3,}s)[^\S\n]+(which|who|that)$")

# plurals in "-s" that are no nouns before a relative pronoun ("was less that", "as that")
_NO_NOUN_BEFORE_RELATIVE = frozenset("was has is does says thinks believes means adds notes argues claims insists less unless thus".split())


# a relative "where" right before a parenthetical cue's comma, after its noun: "a bench where, he says, ..."
_WHERE_LEAD = regex.compile(r"(?<![\w’'-])where$")


def _relative_lead(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the words before a parenthetical cue ("Y, X said, Z") begin, when
    they end in a relative pronoun, and the mark that opens them: "the dam,
    which, engineers say, will fail" reports "which ... will fail", not the
    clause the pronoun hangs on; else ``start`` and no mark."""
    m = _RELATIVE_LEAD.search(text, max(start, end - 80), end)
    if m is None or m.start(1) <= start:
        bare = _BARE_RELATIVE_LEAD.search(text, max(start, end - 40), end)
        if bare is not None and bare.start(1) > start and bare.group(1) not in _NO_NOUN_BEFORE_RELATIVE and (
                lemma(bare.group(1)) not in en.THAT_VERBS):
            # "... responses to attacks that, Roe noted, were unfair": a relative clause on a plural
            # with no mark before it; the aside reports the clause, not the sentence it stands in
            # (not a verb's "that": "Lee argues that, Roe noted, ...")
            return bare.start(2), ""
        return start, ""
    return m.start(1), text[m.start():m.start(1)].strip()[:1]


# A fronted clause of a question put to the subject: "Asked whether ...", "Pressed on ..."
_ASKED_LEAD = regex.compile(r"(?:asked|pressed|questioned)\b", regex.IGNORECASE)

# the means a report was made by, right after its cue or hearer: "told Reuters by telephone"
_MEANS_OF_SAYING = regex.compile(
    r"[^\S\n]+(?:by[^\S\n]+(?:tele)?phone|by[^\S\n]+e-?mail|by[^\S\n]+text(?:[^\S\n]+message)?"
    r"|over[^\S\n]+the[^\S\n]+(?:tele)?phone|via[^\S\n]+(?:video[^\S\n]+link|e-?mail))\b",
    regex.IGNORECASE,
)

# ... and the means alone, or with a time or an occasion after it, up to the sentence's end:
# "Y, X told Reuters by telephone.", "Y, X said by phone on Sunday."
_MEANS_TO_END = regex.compile(r"(?i:" + _MEANS_OF_SAYING.pattern + r")(?:" + OCCASION_TO_END.pattern + r"|[\s.!?;]*$)")

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
    if form == "quoted" or form == "cited" and AS_SAYING.search(text, pos, s1) is not None:
        m = AS_SAYING.search(text, pos, s1)
        if not m:
            return
        quoted = quoted_person(ctx, pos, m.start())
        if quoted[1] <= quoted[0]:
            return
        start = m.end()
        # "as saying in one message that Y", "as saying that Y": where it was said and the "that" open no words
        if (said := PLACE_THEN_THAT.match(text, start, s1) or THAT.match(text, start, s1)) is not None:
            start = said.end()
        content = clauses.trim(text, start, clauses.content_end(ctx, start, s1))
        if content[1] <= content[0]:
            return
        # the verb alone is the cue, as annotators give it: "as saying" only introduces the words
        # quoted, whose speaker stands between ("The Ledger quoted Lee as saying ...")
        yield candidate(ctx, sentence, [(cue_start, cue_end)], "quote", [content], quoted, "core.quoted_as.v2", via=[src], priority=30)
        return
    if text[cue_start:cue_end].rsplit(None, 1)[-1].lower() in _PLEA_FORMS and (plea := _NOT_GUILTY.match(text, pos, s1, tokens.CONCURRENT)) is not None and (
            plea.group(2) is None):
        # "pleaded not guilty at his arraignment": the plea is the content, the occasion after it no part
        # of it (but "pleaded not guilty to fraud" goes on to the charge it answers)
        yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [plea.span(1)], src, rule, via=via, priority=50)
        return
    if _PLEA_END.search(text, cue_start, cue_end, tokens.CONCURRENT):
        charge = _TO_CHARGE.match(text, pos, min(s1, pos + _TO_CHARGE_REACH), tokens.CONCURRENT)
        if charge is None:
            return  # "pleaded guilty at a hearing": a plea says what it answers only after "to"
        if text[pos:charge.end()].strip() != "to":
            pos = charge.end() - 3  # "pleaded guilty in May | to fraud": the time or occasion is no part of the charge
    lemma_ = cue_lemma
    if src is not None and lemma_ in _TELLING_OF_IT and text[src[0]:src[1]].lower() == "it" and _QUANTITY_THEN_THAT.match(
            text, pos, s1, tokens.CONCURRENT):
        return  # "It says a lot that the mayor stayed away": the clause after "that" says it, no one's report
    if lemma_ in en.POSTING_VERBS and (relayed := relayed_saying(ctx, sentence, src, pos, lemma_)) is not None:
        yield relayed  # "Lee retweeted a clip of Ann Marsh saying Y": Marsh's words, passed on by Lee
        return
    before_hearer = pos
    pos = past_hearer(ctx, lemma_, pos, s1, via)
    heard = lemma_ in en.HEARER_VERBS and bool(text[before_hearer:pos].strip())
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
            elif first[1] <= first[0] and second[1] > second[0] and (wh := wh_object(ctx, sentence, src)) is not None:
                # "the marchers, whom he described as peaceful, for ...": the object is the pronoun
                # before the source, the relative clause ends at its comma, and the annotators keep
                # "as" with what it is described as
                end = min(second[1], clauses.past_closing_mark(ctx, clauses.clause_comma(ctx, m.end(), second[1])))
                second = clauses.trim(text, m.start(), end)
                yield candidate(ctx, sentence, cue, lemma_, [wh, second], src, "core.view_as.v1", priority=60)
            return
    if lemma_ == "report" and _HANDED_ON.match(text, pos, s1, tokens.CONCURRENT) is not None:
        return  # "reported it to the police": a thing handed on to someone, no words reported
    lead = TRAILING_LEAD.match(text, pos, s1, tokens.CONCURRENT)
    if lead and clauses.find_comma(text, lead.end(), s1) > 0:
        # "X wrote on social media as per The Ledger, “...”"
        comma = clauses.find_comma(text, lead.end(), s1)
        add_lead_relay(text, via, clauses.trim(text, lead.end(), comma), ctx.lexicon)
        pos = comma
    # "expressed concern about": the attitude is part of the cue; but a report named as the
    # object ("rejected the notion that ...", "denied reports that ...") is the content's
    # first words, as annotators mark it more often than not
    # (nor a post and the place it went up before a colon: "shared a statement on its website:")
    report = None if cues.REPORT_OBJECT.match(text, pos, s1, tokens.CONCURRENT) or cues.vehicle_place_colon(
        text, pos, s1) else attitude_object(text, lemma_, pos, s1)
    if report:
        cue = [(cue_start, report.end(1))]
        pos = report.end(1)
    catenative = _TO_VERB.match(text, pos, s1, tokens.CONCURRENT)
    if catenative is None and _ENDS_IN_TO.search(text, cue_start, cue_end, tokens.CONCURRENT):
        # the cue took "to" ("continued to"): a bare verb after it, not a noun ("respond to requests")
        catenative = _BARE_VERB.match(text, pos, s1)
        if catenative and lemma(catenative.group(1)) != catenative.group(1):
            catenative = None
    if catenative and (lemma_ in _INFINITIVE_CONTENT and not THAT.match(text, catenative.end(1), s1)):
        catenative = None  # "declined to say whether ...": the infinitive is the content
    if catenative and heard and not THAT.match(text, catenative.end(1), s1):
        catenative = None  # "told aides to submit forms": what the hearer is bid do, no second verb of the cue
    if catenative and en.ly_adverb(catenative.group(1)) and (verb := _BARE_VERB.match(text, catenative.end(1), s1)):
        catenative = verb  # "continued to awkwardly veer", "went on to specifically fault"
    if catenative and cues.MOVES_AFTER.match(text, catenative.start(1) - 1, s1) is not None and lemma(
            text[cue_start:cue_end].split()[0].lower()) in _COURSE_LEADS:
        # "Cases continued to climb across the county", "Prices began to fall": a verb of rising or
        # falling after one of going on or beginning is a figure's course, no one's report (but
        # "sought to rally voters", "tried to rally voters": an aim, read on)
        return
    if catenative and _ASPECTUAL_LEAD.search(text, cue_start, cue_end) and lemma(
            catenative.group(1).lower()) in _OUTCOME_VERBS and not says(ctx, catenative.group(1)):
        # "Shareholders continued to receive dividends", "She went on to win Ohio", "tried to reach
        # the summit": a verb of getting, winning or holding after one of going on or trying is a
        # deed or its outcome, no one's report (but "continued to question X", "went on to name X")
        return
    if catenative and (says(ctx, catenative.group(1))
                       or (_ASPECTUAL_LEAD.search(text, cue_start, cue_end) and not _CLAUSE_ENDS.match(text, catenative.end(1), s1))):
        # "appeared to imply that", "is struggling to explain": the second verb is the cue's head;
        # after a verb of going on or trying, whatever the second verb ("continued to question X",
        # "went on to name X", "tried to tie X")
        cue = [(cue[0][0], catenative.end(1))]
        pos = catenative.end(1)
        if (inner := lemma(catenative.group(1).lower())) != lemma_ and takes_hearer(inner):
            # "continued to assure her that", "tried to tell voters that": the hearer of the
            # second verb, past which the content starts, as after "assured her that"
            pos = past_hearer(ctx, inner, pos, s1, via)
    if ((asking := text[cue[-1][0]:cue[-1][1]].split()) and lemma(asking[-1].lower()) in _ASKING_FROM
            and (asked := _FROM_THEN_QUESTION.match(text, pos, s1, tokens.CONCURRENT)) is not None):
        pos = asked.start(1)  # "sought to know from the state why ...": the one asked, then the question
    vehicle = _VEHICLE_THEN_PARTICIPLE.match(text, pos, s1, tokens.CONCURRENT)
    if vehicle and lemma_ in en.ANSWERING_VERBS and _ENDS_IN_TO.search(text, cue_start, cue[-1][1], tokens.CONCURRENT):
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
            kinds.kind(text, *paper.span(1), ctx.lexicon) != "person"):
        # "wrote for The Ledger that ...", "wrote in an op-ed for the Ledger that", "said in an op-ed for
        # the Ledger that": the paper or body written for is the cue's, as gold gives it, no particle
        # "for" with the paper as the report's first words
        cue = [(cue[0][0], paper.end(1))]
        pos = paper.end(1)
    m = THAT.match(text, pos, s1, tokens.CONCURRENT) or place_then_that(text, pos, s1)
    if (m is None or text.startswith("that", clauses.skip_space(text, pos, s1))) and ENDS_IN_VEHICLE.search(
            text, max(cue[-1][0], pos - 40), pos, tokens.CONCURRENT):
        # "said in an interview that aired Sunday that ...": the first "that" is the interview's
        relative = _VEHICLE_RELATIVE_THEN_THAT.match(text, pos, s1, tokens.CONCURRENT)
        m = relative or m or _VEHICLE_MODIFIER_THEN_THAT.match(text, pos, s1)  # "wrote in a letter seen by Reuters that ..."
    complementizer = None
    clause_start = None  # where the clause that ends the content starts, when not at its start
    as_start = as_clause_start(text, sentence.start, src, lemma_, cue[-1][1])  # "As Comey noted, ..."
    as_clause = as_start is not None
    if as_clause and not m and text[sentence.start:as_start].rstrip().endswith(COMMA_ENDS):
        # "The pier is unsafe, as Lee noted." / "The pier, as Lee noted, is unsafe.": what the clause comments on
        found = list(as_clause_after(ctx, sentence, src, cue, lemma_, as_start, pos))
        nxt = WORD.search(text, cs + len(form), s1)
        if found or nxt is None or nxt.group().lower() in ADJUNCT_ONLY or nxt.group().lower() == "to":
            yield from found
            return
        # "..., as polls show Lee ahead.": an object follows the cue, its own content
    if m:
        pos = m.end()
        complementizer = complementizer_of(m)
        that = complementizer[0]
        if _CONDITION_BEFORE_THAT.search(text, max(cue[-1][1], that - 24), that):
            # "spoke on condition that her name not be used": the terms of a report, the "that" the
            # condition's; the report's own "that" may follow them ("said on condition that ... that")
            that = text.find(" that ", pos, s1) + 1
            if not that:
                return
            pos, complementizer = that + 4, (that, that + 4)
        if text.startswith(",", pos) and clauses.opens_fronted(text, pos + 1, s1):
            pos += 1  # "said that, during the storm, the pier closed": the aside's first comma is no content
    elif (comma_that := _COMMA_THAT_SUBJECT.match(text, pos, s1, tokens.CONCURRENT)) is not None:
        pos = comma_that.end()  # "You could say, that’s easy": the pronoun opens the content
    elif (text.startswith(":", clauses.skip_space(text, pos, s1), s1) or _ASIDE_COLON.match(text, pos, s1, tokens.CONCURRENT) and not (
            _OWN_SUBJECT_ASIDE.match(text, pos, s1, tokens.CONCURRENT)) or object_colon(ctx, pos, s1)
          or colon_ends_paragraph(ctx, sentence, pos, s1, posted=lemma_ in en.POSTING_VERBS)
          or cues.FILED_FROM_COLON.fullmatch(text, pos, s1, tokens.CONCURRENT) is not None):
        rule = "core.colon_lead.v2"  # "X said: Y", "X told them, to applause: Y", "X added a caveat: “Y”"
        colon = text.index(":", pos)
        if lemma_ == "say" and text.endswith(" to say about", cue[-1][0], cue[-1][1]) and text[pos:colon].strip():
            cue = [*cue[:-1], clauses.trim(text, cue[-1][0], colon)]  # "had this to say about the plan:": the topic is the phrase's
        pos = colon + 1
    elif (place := _PLACE_THEN_QUOTE.match(text, pos, s1, tokens.CONCURRENT)) and not ctx.layout.inside_quote(place.end() - 1) and (
            not closes_on_saying(text, place.start(), place.end())):
        rule = "core.colon_lead.v2"  # "X said on Twitter, “Y”", "X wrote in the magazine: “Y”"
        pos = place.end()
    elif (caption := caption_quotation(ctx, lemma_, pos, s1)) is not None:
        rule = "core.colon_lead.v2"  # "X posted a photo with the caption “Y”", "X captioned the clip “Y”"
        pos = caption
    elif (quoted := quotation_after_phrase(ctx, pos, s1)) is not None:
        rule = "core.colon_lead.v2"  # "X wrote to his followers, “Y”", "X replied evenly, “Y”"
        pos = quoted
        if sentence_quotation_at(ctx, quoted, s1) is None:
            # "X said of the vote, “Y,” adding ...": the sentence goes on past the quotation, its content
            q = next(ctx.layout.quotations_from(quoted))
            yield candidate(ctx, sentence, cue, cue_lemma, [(q.start, q.end)], src, rule, via=via, priority=50)
            return
    elif (quoted := quotation_after_asides(ctx, pos, s1)) is not None:
        rule = "core.colon_lead.v2"  # "X said, and I quote, “Y”", "X said in May, when it broke, “Y”"
        pos = quoted
    elif m := PARENTHETICAL_THAT.match(text, pos, s1, tokens.CONCURRENT):
        pos = m.end()  # "said, among other things, that ..."
        complementizer = complementizer_of(m)
    elif not as_clause and (link := _LINK_AFTER_CUE.match(text, pos, s1, tokens.CONCURRENT)) is not None and not (
            ctx.layout.inside_quote(link.end())) and text[link.end():link.end() + 1].isalpha() and (
            first_word(text, link.end(), s1) not in en.VERB_AUXILIARIES):  # ("most telling, though, were ...": no clause)
        pos = link.end()  # "said, meanwhile, the pier would close": the writer's link set off by commas, then the clause
    elif (as_clause and (occasion := OCCASION_BEFORE_COMMA.match(text, pos, s1))):
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
            wh = wh_object(ctx, sentence, src) if rule == "core.said_that.v2" and complementizer is None else None
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
        elif (cue_lemma in en.INVERTING_VERBS or cue_lemma in en.POSTING_VERBS) and sentence.paragraph + 1 < len(
                ctx.layout.paragraphs):
            # "Lee wrote:" and a paragraph of her words set off without quotation marks, and so a
            # verb of posting ("Lee posted:", "The minister posted on X:"): the post's words below
            content = clauses.trim(text, *ctx.layout.paragraphs[sentence.paragraph + 1])
            if content[1] > content[0]:
                yield candidate(ctx, sentence, cue, cue_lemma, [content], src, rule, via=via, priority=50)
        return
    if complementizer is None and rule == "core.said_that.v2" and lemma_ == "say" and HEARER_ALONE.match(text, pos, s1, tokens.CONCURRENT):
        return  # "What do you say to them?", "He said to the crowd.": the hearer alone, nothing said
    if complementizer is None and rule == "core.said_that.v2" and lemma_ != "say":
        if wh_object(ctx, sentence, src) is None and (
                gap := gapped_object(ctx, sentence, src, clauses.trim(text, pos, s1), cue[-1][1])) is not None:
            # "an offer the board rebuffed at a meeting": no particle, the head is the object
            if not no_report(text, *gap, cue_lemma) and cue_lemma not in _LIKING_VERBS:
                # (but "a tune she wrote at 15", "the albums they released": a work, as after the verb;
                # and "a show she likes on weekends": a taste, not a stance the head is the content of)
                yield candidate(ctx, sentence, cue, cue_lemma, [gap], src, rule, via=via, priority=60)
            return
        cue, pos = take_particles(text, cue, pos, s1, lemma_)  # "railed against X", "shrugged off X"
    opening = TRAILING_LEAD.match(text, pos, s1, tokens.CONCURRENT) if clause_start is None else None
    if opening is not None and (comma := clauses.find_comma(text, opening.end(), min(s1, opening.end() + MAX_LEAD_SOURCE_CHARS))) > 0:
        # "reported that, according to an analysis, Y": the lead opens the content; Y's clause is after its comma
        clause_start = comma + 1
    end = min(clauses.content_end(ctx, clause_start or pos, s1), clauses.fronted_clause_end(
        ctx, sentence, cue_start, pos, -1 if src is None else src[0]))
    if src is not None and text[src[0]:src[1]].lower() in ("who", "which"):
        end = min(end, clauses.past_closing_mark(ctx, clauses.clause_comma(ctx, pos, end)))  # the relative clause ends at its comma
    via_end = trailing_lead(ctx, sentence, pos, end)
    if via_end and not text[pos:via_end[0]].strip(" ,"):
        via_end = None  # "reported that, according to an analysis, Y": the lead opens the content, no trailing one
    if via_end and ctx.layout.inside_quote(via_end[1]) and not ctx.layout.inside_quote(cue_start):
        via_end = None  # "X said: “Of its voters, according to the data, ...”": the quoted words' own lead
    # (the content may end at the lead's comma already: a lead is a boundary)
    aside = via_end or trailing_lead(ctx, sentence, end, s1)
    if aside and aside[0] in (end, via_end and via_end[0]) and text[aside[0]:aside[0] + 1] == "," and (
            resumed := lead_inside_clause(ctx, clause_start or pos, aside, s1)) is not None:
        # "said the report, according to aides, would be out soon": the lead sits inside the
        # reported clause, whose words run on past it
        end, via_end = clauses.content_end(ctx, resumed, s1), None
    if via_end and text[via_end[0]:via_end[0] + 1] == ",":
        for lead in trailing_via(ctx, via_end[0], s1):
            add_lead_relay(text, via, lead, ctx.lexicon)  # "told the BBC the pier was safe, as per PTI"
        end = via_end[0]
    elif aside and aside[0] == end and text.startswith(",", end) and text[aside[0]:aside[1]].lstrip(", ").lower().startswith("quoted"):
        # "said the talks had failed, quoted by Xinhua": the bare participle's comma closed the content already
        for lead in trailing_via(ctx, end, s1):
            add_lead_relay(text, via, lead, ctx.lexicon)
    content = clauses.trim(text, pos, end)
    if rule == "core.colon_lead.v2" and content[1] > content[0]:
        content = (content[0], _closed_quotation_end(ctx, *content))
    if complementizer is None and rule in ("core.said_that.v2", "core.coordinated_cue.v2") and not (
            lemma_ in APOLOGY_LEMMAS and text.startswith("for", content[0])):
        told = clauses.outlet_at_end(ctx, *content)
        content = clauses.trim(  # "endorsed Lee on Monday"
            text, content[0], clauses.noun_phrase_end(ctx, *content, clause_verb=clause_verb(text, cue, lemma_)))
        if told is not None and told[0] >= content[1] and text.startswith(" to ", told[0]) and told[1] not in via:
            via.append(told[1])  # "confirmed the split to People magazine": the outlet told relays it
    if complementizer is None and src is not None and content[1] > content[0]:
        content = clauses.trim(text, content[0], reduced_participle_end(ctx, sentence, src, cue, *content))
    if rule == "core.said_that.v2" and lemma_ in _MEDIUM_AFTER_CLAUSE_VERBS and content[1] > content[0] and (
            src is not None and src[1] <= cue[0][0] and _IN_OR_DURING.search(text, cue[0][0], cue[-1][1], tokens.CONCURRENT) is None):
        # "Lee said the plan was fair in a statement.": the medium at the end is the report's, no
        # part of what was said (not when the cue took one in already: "said in a letter the pier ...")
        medium_end, outlet = clauses.before_final_medium(ctx, *content)
        if medium_end == content[1]:
            # "..., in comments carried by Xinhua.": the medium set off by a comma, cut off by the content's end
            outlet = clauses.medium_after(ctx, content[1], s1)
        content = clauses.trim(text, content[0], medium_end)
        if outlet is not None and outlet not in via:
            via.append(outlet)  # "... in an interview with the BBC on Monday": the outlet relays it, as before the content
    elif rule == "core.said_that.v2" and content[1] > content[0] and src is not None and text.startswith(", ", content[1]) and (
            outlet := clauses.medium_after(ctx, content[1], s1)) is not None and outlet not in via:
        # "condemned the attack, in a statement carried by SPA": any verb's medium set off by a comma at the
        # sentence's end, which the content's end cut off already, names the outlet that carried it
        via.append(outlet)
    if complementizer is None and rule == "core.said_that.v2" and src is not None and (
            _OPENING_WHAT.fullmatch(text, sentence.start, src[0], tokens.CONCURRENT)
            or _WHAT_AFTER_LABEL.search(text, max(sentence.start, src[0] - 12), src[0], tokens.CONCURRENT) is not None):
        # "What we know so far about the fire", "What Lee said was ...": the fronted "What" is the
        # object; so after a headline's label and its colon ("Floods in Assam: What we know so far")
        return
    wh = wh_object(ctx, sentence, src) if rule == "core.said_that.v2" and complementizer is None else None
    if wh is not None and content[1] > content[0] and (main := main_predicate_after(ctx, wh, *content)) is not None:
        # "The ferry, which officials say is unsafe, will be sold.": the relative clause set off
        # by commas ends at the comma before the main clause's verb
        content = clauses.trim(text, content[0], main)
    if content[1] <= content[0] and wh is not None and _HERE_IS_BEFORE.fullmatch(text, sentence.start, wh[0]):
        yield from _presented_below(ctx, sentence, cue, cue_lemma, src, via)  # "Here's what Lee said to them."
        return
    if content[1] <= content[0] and wh is not None and not ctx.layout.inside_quote(wh[0]):
        # "the toll, which most fishermen opposed, ...": the relative pronoun is the cue's object, all its content
        yield candidate(ctx, sentence, cue, cue_lemma, [wh], src, rule, via=via, priority=60)
        return
    if content[1] <= content[0] or no_report(text, *content, cue_lemma) or (
            complementizer is None and second_predicate(ctx, *content, text[cue[-1][0]:cue[-1][1]], after_object=bool(via) or lemma_ == "say" or (
                lemma_ in en.HEARER_VERBS and bool(text[cue[-1][1]:content[0]].strip())))):
        return
    if complementizer is None and cue_lemma not in en.THAT_VERBS and cue_lemma not in _MEMORY_VERBS and (
            cue_lemma not in en.DISCLOSING_LEMMAS) and _TIME_CLAUSE_OPENS.match(text, content[0], content[1], tokens.CONCURRENT):
        # "Lee shrugs when this is put to her": a gesture and its time, nothing said (a verb of
        # telling what is asked is a cue only before its question: "would not specify when ...")
        return
    if complementizer is None and wh is None and past_after_noun_cue(text, *content, cue_lemma):
        return  # "Vexa shares rose 3%": a noun and its verb, nothing said; but "sales, which they say rose"

    spans = [content]
    if rule == "core.colon_lead.v2" and _ASIDE_COMMA.fullmatch(text, cue[-1][1], content[0]) and (front := aside_front(ctx, sentence, src)) is not None and (
            _GOES_ON_QUOTED.match(text, content[0], content[1])
            or text[src[0]:src[1]].lower() not in en.RELATIVE_PRONOUNS and _clause_front(text, *front)):
        # "Y1, X said, “Y2”": the words before the aside open the content; and so does a clause of
        # its own before a quotation that opens a sentence ("The plan failed, Lee said in an
        # interview, “We will fight on.”"), as after a quotation ("“Y1,” X said, “Y2”")
        spans.insert(0, front)
    elif rule == "core.colon_lead.v2" and (opening := _opening_speech(ctx, sentence, src, cue, content)) is not None:
        spans.insert(0, opening)  # "“Y1,” X said: Y2": the quotation before the speaker opens the content
    if wh is None and rule == "core.said_that.v2" and complementizer is None:
        if (gap := gapped_object(ctx, sentence, src, content, cue[-1][1])) is not None:
            # "something she opposed as a senator": the head is the cue's object, all its content
            yield candidate(ctx, sentence, cue, cue_lemma, [gap], src, rule, via=via, priority=60)
            return
        wh = relative_head(ctx, sentence, src, content, cue_lemma) or relative_that(ctx, sentence, src, content)
        if wh is None and src is not None and subjectless_content(text, src, cue, *content, ctx.lexicon):
            # "A deal announced Monday would close the pier": the participle goes on its noun, "would" is
            # the sentence's verb; as after "was announced Monday", the noun is what was announced, by no one named
            yield candidate(ctx, sentence, cue, cue_lemma, [src], None, "core.raising.v2", priority=60)
            return
    if (wh is None and rule == "core.said_that.v2" and complementizer is None and (cue_lemma in en.STIMULUS_FIRST_VERBS or cue_lemma in en.STIMULUS_WITH_VERBS)
            and src is not None and src[1] <= cue[0][0] and _BE_IN_CUE.search(text, cue[0][0], cue[-1][1]) is None
            and stimulus_cue_end(text[cue[-1][0]:cue[-1][1]].rsplit(None, 1)[-1].lower(), cue_lemma)
            and clauses.noun_phrase(text, *content) and _MEANS_AFTER.search(text, *content) is None
            and _PREPOSITION_FIRST.match(text, *content) is None):
        # "The remark angered many voters": the ones it moved hold the feeling, the subject is its object
        yield candidate(ctx, sentence, cue, cue_lemma, [src], content, rule, via=via, priority=60)
        return
    if wh is not None:
        spans.insert(0, wh)  # "a wall, which he said Mexico would pay for": the pronoun is the content's
    yield candidate(ctx, sentence, cue, cue_lemma, spans, src, rule, via=via, complementizer=complementizer,
                     priority=50 if rule in ("core.colon_lead.v2", "core.as_clause.v2") else 60)


# The verbs of saying whose clause may end in the medium the report was made in ("said the plan
# was fair in a statement"), and the preposition a medium the cue took in already opens with
_MEDIUM_AFTER_CLAUSE_VERBS = frozenset(
    "say write add claim argue insist state tell warn note explain maintain assert contend suggest "
    "acknowledge admit confirm deny predict stress".split())
_IN_OR_DURING = regex.compile(r"\s(?:in|during)\s")


def _opening_speech(ctx, sentence, src, cue, content) -> tuple[int, int] | None:
    """The quotation that opens the sentence and ends as speech does (a comma, a question or
    an exclamation mark before its closing mark) right before the source, when the cue after
    the source ends at the colon before the content: "“It was wrong,” Lee said: Roe had lied"
    (both the words quoted and those after the colon are what the speaker said)."""
    text = ctx.text
    if src is None or src[1] > cue[0][0] or text[cue[-1][1]:content[0]].strip() != ":":
        return None
    start = clauses.skip_space(text, sentence.start, src[0])
    q = next(ctx.layout.quotations_from(start), None)
    if q is None or q.start != start or q.end > src[0] or text[q.end - 2:q.end - 1] not in (",", "?", "!"):
        return None
    return (q.start, q.end) if not text[q.end:src[0]].strip() else None


# "angered fans [with his remarks]", "[by attending]": the subject acted, and is no mere stimulus
_MEANS_AFTER = regex.compile(r"\s(?:with|by)\s")

# "Asia Worries About ...": a preposition first, the verb has no object
_PREPOSITION_FIRST = regex.compile(r"(?i:about|over|of|for|at|on|in|to)\b")

_BE_IN_CUE = regex.compile(r"\b(?i:is|are|was|were|be|been|being|am|’s|'s)\b")

# A quotation that goes on with a sentence begun before the speaker's aside opens in lower case
_GOES_ON_QUOTED = regex.compile(r"[“\"‘']{1,2}\p{Ll}")


# What stands between an aside's cue and the quotation after it: its comma, after the day or the
# occasion of the saying if any ("Lee said, “Y2”", "Lee said on Friday, “Y2”")
_ASIDE_COMMA = regex.compile(r"(?:[^\S\n]+[^,;:\n“”\"‘’]{1,40}?)?,[^\S\n]*")


def _clause_front(text: str, start: int, end: int) -> bool:
    """Whether the words before a speaker's aside are a clause of their own, a report: three
    words or more with a finite verb ("The plan was a mistake", "The plan failed badly"), not a
    phrase or a clause that the writer fronts before the sentence's subject ("On the subject of
    the pier", "If it rains", "Emphasizing the point"), a noun and its participle ("Eyebrows
    raised"), a participle's phrase ("Striding into the hall"), a phrase of the writer's link
    ("That said") or a relative clause's antecedent."""
    words = WORD.findall(text, start, end)
    # (a participle's phrase fronted, however long, is the scene: "Dashing into the hall, Lee called, “Y”")
    return len(words) >= _CLAUSE_FRONT_WORDS and words[0].lower() not in _NOT_CLAUSE_FRONTS and not words[0].endswith("ing") and not (
        fronted_adverbial(text, start, end) or clauses.fronted_phrase(text, start, end)
        or clauses.opens_fronted(text, start, end)) and clauses.reads_as_clause(text, start, end)


_CLAUSE_FRONT_WORDS = 3

# first words of a front that is no report of its own: a link ("That said", "This aside")
_NOT_CLAUSE_FRONTS = frozenset("that this which who and but or so".split())

# "What" that opens a sentence right before its subject: a free relative or a heading
# ("What we know so far about the fire"), whose object the "What" is; nothing after the cue is
_OPENING_WHAT = regex.compile(r"[\"“‘']?What\s+")

# ... or opens what follows a headline's label and its colon or dash ("Floods in Assam: What we know")
_WHAT_AFTER_LABEL = regex.compile(r"[:|–—][^\S\n]+[\"“‘']?What[^\S\n]+$", regex.REVERSE)

# What closes an inverted cue's sentence after its speaker: the medium and the outlet
# that heard it, or the outlet written for ("..., said Lee in an interview with The
# Planet.", "..., wrote Lee for The Planet.")
def _closed_quotation_end(ctx: Context, start: int, end: int) -> int:
    """Where a content that a quotation opens ends when the quotation closes on its own stop, "!"
    or "?" before words in small letters of the writer's: at its closing mark ("Lee shouted, “Stop
    it!” as she fell.", "Lee said: “We won.” and left."); else ``end``."""
    text = ctx.text
    if text[start] not in tokens.OPENING_QUOTE_MARKS:
        return end
    q = next(ctx.layout.quotations_from(start), None)
    if q is None or q.start != start or len(q.parts) != 1 or not q.closed or q.end >= end or (
            text[q.end - 2:q.end - 1] not in (".", "!", "?")):
        return end
    after = clauses.skip_space(text, q.end, end)
    return q.end if text[after:after + 1].islower() else end


def _outlet_occasion(text: str, cue_end: int, s1: int) -> regex.Match | None:
    """The outlet or show a cue that takes no hearer first was said on, with or in an interview
    with, right after the cue ("..., Lee said on CNN.", "said in an interview with NBC's Lester
    Holt") or past the time between them ("said Sunday on NBC's “Meet the Press.”", "said last
    week in an interview with CNN"), as `hearers.WITH_OUTLET` or `hearers.OUTLET_OCCASION`
    match it; None when neither follows."""
    memo = clauses.post_cue_memo(text)  # (asked again at the same cue end by each reading of the cue)
    key = ("outlet", cue_end, s1)
    if key in memo:
        return memo[key]
    relay = None
    for pos in (cue_end, clauses.skip_post_adjuncts(text, cue_end, s1)):
        relay = WITH_OUTLET.match(text, past_interview_occasion(text, pos, s1), s1, tokens.CONCURRENT) or (
            OUTLET_OCCASION.match(text, pos, s1, tokens.CONCURRENT))
        if relay is not None or pos > cue_end:
            break
    memo[key] = relay
    return relay


_INVERTED_RELAY = regex.compile(r"(?:" + sources.MEDIUM_TO + r"|\s+(?:for|in|to|on))\s+" + OUTLET_NAME_GROUP)

# a bare plural after "told": "told suppliers ...", "told shareholders on Monday ..."
# a bare plural in lower case as a whole word, a hearer the pattern does not know: "suppliers", "analysts"
# (after up to two words in lower case that modify it: "told board members", "told the school board members")
# More hearers after the first, to the sentence's end: "(told Reuters) and CNN.", "(told
# reporters) and analysts on a call.", names or a bare plural, no verb ("told Lee and left")
# whom a trailing "wrote" was written to, to the sentence's end: a name of up to three words, or an
# object pronoun ("..., Lee wrote Roe.", "..., she wrote them.")
_WRITTEN_TO_END = regex.compile(
    r"[^\S\n]+(?:\p{Lu}[\w.&’'-]*(?:[^\S\n]+\p{Lu}[\w.&’'-]*){0,2}|him|her|them|me|us)(?=[\s.!?”\"’']*$)")

_MORE_HEARERS_TO_END = regex.compile(
    r"[^\S\n]+and[^\S\n]+(?:(?:the[^\S\n]+)?\p{Lu}[\w.&’'-]*(?:[^\S\n]+(?:of[^\S\n]+)?\p{Lu}[\w.&’'-]*){0,4}"
    r"|[a-z]{2,}[^s\W]s)(?=[^\S\n]+(?:on|in|at)[^\S\n]|[\s.!?”\"’']*$)")

# Verbs of asking whose hearer may follow "from" before the question: "sought to know from the
# state why ...", "enquired from the officials whether ..."
_ASKING_FROM = frozenset(["know", "ask", "enquire", "inquire", "query", "learn"])

_FROM_THEN_QUESTION = regex.compile(
    r"[^\S\n]+from[^\S\n]+(?:[\w’'.-]+[^\S\n]+){1,6}?(why|what|whether|how|when|where|if|who)\b")

# A citation in brackets, a name and a year, right after a quotation closes: "“We will appeal”
# (The Planet, 2019)"; group 1 the name
_CITATION_AT_END = regex.compile(r"(?<=[”\"’'])[^\S\n]*\(([^(),\n]{1,60}),[^\S\n]*(?:1[89]|20)\d\d\)$")

# "Y, X said at a rally in Ohio.": a place or occasion that ends the sentence after a trailing cue
# (or a clause of the time it was said in: "Y, X said as she left the hall")
# an adverb of manner right after a cue: "said quietly", "wrote angrily"
_MANNER_ADVERB = regex.compile(r"[^\S\n]+[a-z]{3,}ly(?=[^\S\n])")

# "Y, the agency reported citing officials.": whom the reporter cites, with no comma before it,
# ends the sentence as an occasion does (Indian wire copy)
_CITING_TO_END = regex.compile(r"[^\S\n]+(?:citing|quoting)[^\S\n]+[^.!?\n]{1,80}?[\s.!?;]*$")

# an object pronoun, then "to" and whom it went to, after "reported": "reported it to the
# F.B.I.", "reported them to the police"
_HANDED_ON = regex.compile(r"[^\S\n]+(?:it|them|him|her)[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}|police|authorities)")

# The paper a writer writes for, by its name in capitals, before "that" or a comma: "wrote for
# the Ledger that", "for The Daily Courier,", "for the Policy Institute that"; group 1 the name (no
# person's: "wrote for Ann Lee that" may be on her behalf)
_FOR_OUTLET_THEN_THAT = regex.compile(
    r"[^\S\n]+for[^\S\n]+((?:[Tt]he[^\S\n]+)?\p{Lu}[\w’'.&-]*(?:[^\S\n]+\p{Lu}[\w’'.&-]*){0,4})(?=[^\S\n]*(?:,|that\b))")

# "said on Twitter, “Y”", "wrote in a recent column: “Y”": a place or occasion, then the quotation
_PLACE_THEN_QUOTE = regex.compile(r"\s+(?:at|in|on|during|via|through)\s+[^,;:“”\"\n]{1,80}?[,:]\s*(?=[“\"‘]|'')")

# (a plain single mark too, as British copy opens its quotations: "X said, to applause: 'Y'")
_ASIDE_COLON = regex.compile(r"\s*,[^,:;“\"‘\n]{1,40}:\s*[“\"‘']")

_OWN_SUBJECT_ASIDE = regex.compile(r"\s*,\s*(?:with\s+)?" + OWN_SUBJECT + r"\b")

# "It is too soon to", "it's safe to", "It was hard to": an expletive subject,
# a copula and an adjective before the infinitive
# a passive of bidding right before an infinitive's "to": "have been told to", "were urged to"
_TOLD_BEFORE_TO = regex.compile(
    r"(?<![\w’'])(?:is|are|was|were|been|being|be)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?"
    r"(?:told|warned|advised|urged|instructed|ordered|encouraged|asked)[^\S\n]+$"
)

# ... and the expletive "it", a form of "be" and an adjective before "for" and the infinitive's
# subject: "It is unusual for | a judge to say", "it's also not unreasonable for | Lee to claim" (not
# "enough", which the gold reads as the subject's: "it may be enough for both to agree on")
_EXPLETIVE_BEFORE_FOR = regex.compile(
    r"(?<![\w’'])[Ii]t(?:[^\S\n]+(?:is|was|would\s+be|will\s+be|may\s+be|might\s+be|could\s+be|has\s+been|had\s+been"
    r"|seems|seemed|isn[’']t|wasn[’']t)|[’']s)[^\S\n]+(?:(?:not|also|so|too|very|quite|rather|highly|more|less|most|far"
    r"|just|still|even|really|hardly|pretty)[^\S\n]+){0,3}(?!enough\b)[a-z]+[^\S\n]+for[^\S\n]+$"
)

_EXPLETIVE_BEFORE_TO = regex.compile(
    r"(?<![\w’'])[Ii]t(?:[^\S\n]+(?:is|was|would\s+be|will\s+be|may\s+be)|[’']s)[^\S\n]+(?:too[^\S\n]+|far[^\S\n]+too[^\S\n]+)?[a-z]+[^\S\n]+to[^\S\n]+$"
)

# The verb or adjective before "to" whose infinitive reports ("continued to
# say", "went on to call", "was quick to point out"): the cue runs from it.
_CATENATIVE_LEAD = regex.compile(r"\b([a-z]+)(\s+on)?\s+to\s+$")


def _presented_below(ctx: Context, sentence: Sentence, cue: list[tuple[int, int]], cue_lemma: str,
                     src: tuple[int, int] | None, via: list[tuple[int, int]]) -> Iterator[Candidate]:
    """"Here's what Lee said." and her words below: "what" presents them and says nothing of its
    own; the quotation that opens the next paragraph, after a sentence that ends its paragraph
    with a full stop or a colon, is the content, else there is none."""
    text = ctx.text
    if text[sentence.start:sentence.end].rstrip()[-1:] not in ".:" or text[
            sentence.end:ctx.layout.paragraphs[sentence.paragraph][1]].strip():
        return
    below = cues.next_paragraph_quotation(ctx, sentence)
    if below is not None:
        yield candidate(ctx, sentence, cue, cue_lemma, list(below.parts), src, "core.colon_lead.v2", via=via, priority=50)


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
    r"(?:" + "|".join(regex.escape(n) for n in sorted(en.VEHICLE_NOUNS, key=lambda w: (-len(w), w))) + r"))"
    # (past where it went up, before a colon: "shared a statement on its website:")
    r"(?:[^\S\n]*,|(?:" + cues.PLACE_PHRASE + r")?[^\S\n]*:)"
)

# (or set off by commas, a name and its title inside: "wrote in its letter, written by Ann Lee, a
# vice president, that ..."); or what the vehicle is of, a word or three in lower case before the
# "that": "said in a letter of protest that", "in a statement of support that" (its complement,
# no report's first words; not a relative "that" before a verb: "a letter of the kind that was sent")
_VEHICLE_MODIFIER_THEN_THAT = regex.compile(
    r"\s+[a-z]+\s+(?:by|to|on|in|from|at|with)\s+[^,;:“”\"\n]{1,60}?\s+that\s+"
    r"|\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+that\s+(?!(?:was|is|were|are|has|had|have|will|would|could|can|may|might)\b)"
    r"|,\s+[a-z]+\s+(?:by|to|on|in|from|at|with)\s+[^;:“”\"\n]{1,100}?,\s+that\s+"
)

# a relative clause that tells when or where the vehicle came out, then the complementizer: "in an
# interview that aired Sunday that ...", "in a story that posted this week that ..."
_VEHICLE_RELATIVE_THEN_THAT = regex.compile(
    r"\s+that\s+(?:(?:was|were|has\s+been)\s+)?(?:aired|ran|appeared|posted|published|broadcast|released|streamed)\b"
    r"[^,;:“”\"\n]{0,40}?\s+that\s+")

# a discourse parenthetical set off by commas right after a cue: ", meanwhile, "
_LINK_AFTER_CUE = regex.compile(
    r"[^\S\n]*,[^\S\n]*(?:" + "|".join(regex.escape(p).replace(r"\ ", r"[^\S\n]+") for p in en.PARENTHETICALS)
    + r")[^\S\n]*,[^\S\n]+", regex.IGNORECASE)

# A comma, a short aside that opens in lower case ("if elected", "win or lose in the
# primary"), a comma and a clause's subject: what is said, the aside with it
_ASIDE_THEN_CLAUSE = regex.compile(
    r"\s*,\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7},\s+(?:he|she|they|we|I|it|there|[Hh]e[’']s|[Ss]he[’']s|[Tt]hey[’']re|[Ww]e[’']re|I[’']m)\s"
)

_TO_VERB = regex.compile(r"\s+to\s+([a-z]+)\b")

# a noun phrase that an article opens, right before a participle ("held a man | said to be")
_DETERMINED_NOUN_BEFORE = regex.compile(r"(?<![\p{L}’'-])(?:the|a|an)[^\S\n]+(?:[\p{L}\d’'-]+[^\S\n]+){1,3}$")

_TO_HAVE_VERB = regex.compile(r"\s+to\s+have\s+([a-z]+)\b")

# what makes the verb after "to have" a report of its own: a "that", a quotation, a colon or a
# comma, or a pronoun that is only ever a subject ("is said to have warned they would ...")
_INNER_REPORT_NEXT = regex.compile(r"\s*(?:that\b|[“\"‘:,]|(?:he|she|they|we|I)\b)")

_SPEAKING_VERBS = frozenset(["say", "tell", "write"])

_BARE_VERB = regex.compile(r"\s+([a-z]+)\b")

_ENDS_IN_TO = regex.compile(r"\sto$", regex.IGNORECASE)
# the plea a phrasal cue ends in ("pleaded guilty"), and the "to" before the charge it answers, its
# only content, perhaps after a time or an occasion ("pleaded guilty in May to ..."); not an
# occasion alone ("pleaded guilty at a hearing"), no report of anything
_PLEA_END = regex.compile(r"(?i)\sguilty$")
_PLEA_FORMS = verb_forms(["plead"])  # (with the American past "pled")
# a plea of not guilty after the bare verb, and the "to" of a charge it answers right after it
_NOT_GUILTY = regex.compile(r"(?i)[^\S\n]+(not[^\S\n]+guilty)(?![\w'’-])([^\S\n]+to[^\S\n])?")
_TO_CHARGE = regex.compile(r"[^,;:.!?“”\"\n]*?[^\S\n]to[^\S\n]")
_TO_CHARGE_REACH = 60

# A cue that ends in a verb of going on or trying, or in its "to": the verb after it is the cue's
# head whatever it is ("continued to question", "proceeded to hand down", "went on to name",
# "tried to tie", "failed to mention", "was quick to dismiss"); annotators end such a cue at
# that verb about four times as often as at the first one, and hardly ever at its "to"
_CLAUSE_ENDS = regex.compile(r"[^\S\n]*(?:[.,;:!?]|$)")

# the verbs of going on and beginning among them, whose verb of rising or falling is a course
_COURSE_LEADS = frozenset("continue begin start".split())

# Verbs of getting, winning, losing, holding or doing a deed of one's life: after a verb of going
# on or trying ("continued to receive", "went on to win", "tried to reach") an outcome, no report
_OUTCOME_VERBS = frozenset(
    """
    receive get earn gain collect obtain inherit win lose become lead build renew perform play score
    serve pay own hold reach marry live work graduate star travel move
    """.split())

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
    r"(?P<noun>" + "|".join(regex.escape(n) for n in sorted(_ISSUED_NOUNS, key=lambda w: (-len(w), w))) + r")"
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
    m = HEADLINE_SPEAKER.match(ctx.text, *content) or _HEADLINE_TOPIC.match(ctx.text, *content)
    if m is None:
        return content
    return clauses.skip_space(ctx.text, m.end(), content[1]), content[1]


# A headline's topic in sentence case before its colon, a noun phrase of a few words with no stop nor
# quotation in it ("Senedd expansion: new voting system ‘confusing’, warns ..."): the story's label
_HEADLINE_TOPIC = regex.compile(r"\p{Lu}[\w’'-]*(?:[^\S\n]+[\w’'-]+){0,4}[^\S\n]*:[^\S\n]+(?=\S)")


# a verb in lower case set after a comma, right before the speaker it is inverted with (", said Lee")
_INVERTED_VERB_BEFORE = regex.compile(r",[^\S\n]+([a-z]+)[^\S\n]+$")


def _sentential_which(text: str, s0: int, antecedent: tuple[int, int]) -> bool:
    """Whether "which" after a speaker set after the verb of a cue that trails its words stands
    for the clause reported, not for the speaker: a person by a sign no body's name bears
    ("The plan was approved, said Lee, which surprised many"; but "said Vexa, which makes
    chips" and "said the council, which" may be the body's)."""
    verb = _INVERTED_VERB_BEFORE.search(text, max(s0, antecedent[0] - 20), antecedent[0])
    return verb is not None and lemma(verb.group(1)) in en.INVERTING_VERBS and kinds.person_by_sign(
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


# A title that a participle before it qualifies, no object of a verb: "defending | champion Ann Lee",
# "the reigning | champions", "defending | title holders"
_TITLE_HELD_AFTER = regex.compile(
    r"\s+(?:" + "|".join(sorted(sources.TITLES_HELD)) + r"|title-?\s?holders?)\b", regex.IGNORECASE)

# A verb of answering, its "to" and a short noun phrase right before an -ing cue: what was
# answered, which the participle is on ("replied to a letter asking", "respond to emails seeking",
# "reacted to a tweet saying")
_ANSWERED_BEFORE = regex.compile(
    r"\b(?i:" + "|".join(sorted(verb_forms(en.ANSWERING_VERBS))) + r")\s+to\s+(?:[\w’'-]+\s+){1,4}$")

# A gerund after "for" or "of" (an adverb perhaps between) and its object, with no comma, right
# before "by": a participle after that "by" is the gerund's means, and the gerund's doer is the
# verb's object, no subject of the sentence ("The police arrested a man for allegedly cheating
# aspirants by promising them jobs", "charged the firm of misleading buyers by claiming ...")
_GERUND_BEFORE_BY = regex.compile(r"\b(?:for|of)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b[^,;:—–()“”\"]*\sby\s+(?:[a-z]+ly\s+)?$")
_GERUND_BEFORE_BY_REACH = 120
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

# the asked one's own report joined after the question, which ends it: "was asked about the cuts
# | and said ...", "... and insisted that ..." (the coordinated cue reads that report)
_AND_REPORTED = regex.compile(
    r"[^\S\n]+and[^\S\n]+(?:(?:later|then|simply|again)[^\S\n]+)?(?:"
    + "|".join(sorted(finite_forms(en.INVERTING_VERBS | {"tell", "insist", "reply"}), key=lambda w: (-len(w), w))) + r")\b")


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
        if " and " in text[start:end] and (reported := _AND_REPORTED.search(text, start, end, tokens.CONCURRENT)) is not None:
            end = reported.start()
    content = clauses.trim(text, start, end)
    if (occasion := asked_occasion(ctx, sentence)) is not None and content[0] < occasion[0] < content[1]:
        # "Asked about the pier on Planet Radio, ...": the outlet it was asked on is no part of the question
        content = clauses.trim(text, content[0], occasion[0])
    if content[1] > content[0]:
        yield candidate(ctx, sentence, [(cue_start, cue_end)], "ask", [content], source, "core.asked.v2", priority=55)


# "as" within a few words: "described as", "portrayed simply as", "described on its cover as"
_AS_SOON = regex.compile(r"(?:\s+[\w’'-]+){0,3}?\s+as\b")

# A time to be done by, after a passive, which is no agent: "by the end of the year", "by the
# close of trading", "by Friday", "by next week", "by early June", "by 2020", "by then"
_BY_DEADLINE = regex.compile(
    r"\s+by\s+(?:(?:the\s+)?(?:end|close|start|middle|beginning|turn)\s+of\s+(?:(?:the|this|next|last|its|his|her|their)\s+)?[\w’'-]+"
    r"|(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:this|next|last)\s+)?(?:" + "|".join(sorted(en.TIME_WORDS)) + r")\b(?![’'])"
    r"|(?:then|now|tomorrow)\b|(?:19|20)\d\d\b(?![,.]?\d))"
    # (and no noun it modifies after it: "by weekend shoppers", "by 2020 hopefuls", "by then-Governor Lee")
    r"(?=[^\S\n]*(?:[,.;:!?)]|$)|[^\S\n]+(?:to|by|and|or|but|as|if|when|after|before|in|on|at|for|with|from|because|amid|despite)\b"
    r"|[^\S\n]+(?-i:\p{Lu}))", regex.IGNORECASE)

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
# purpose follows ("appeared on television to defend her"), so a "to" and a verb ahead keeps it;
# not one past a comma, which is the next clause's ("When she appeared before supporters, she
# declined to claim ...": she came, and the main clause reports)
_SHOWING_UP = regex.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:before|in|on|at|with|alongside|beside|together|onstage|live)\b(?![^.;:!?,]*?\bto\s+[a-z])")

# the noun of the terms a source spoke on right before a "that" clause, which is the terms' own:
# "spoke on condition that her name not be used", "on the condition that he not be identified"
_CONDITION_BEFORE_THAT = regex.compile(r"\bcondition\s+$", regex.IGNORECASE)

# the terms a source spoke on, before an infinitive that names what they cover: "on condition
# of anonymity to discuss ...", "because he was not authorized to speak about ..."
_TERMS_BEFORE_TO = regex.compile(r"\b(?:anonymity|authori[sz]ed)\b[^.;:“”\"\n]{0,60}?\bto\s+$", regex.IGNORECASE)


def _reporting_infinitive(ctx: Context, pos: int, s1: int) -> bool:
    """Whether "to" and a verb of saying follow ``pos``: "seemed to suggest"."""
    catenative = _TO_VERB.match(ctx.text, pos, s1)
    return catenative is not None and says(ctx, catenative.group(1))


# a quotation that ends as speech does, its closing mark right after a comma, "?" or "!"
# A quotation that ends on a word, no mark of speech before its closing mark: a title
_TITLE_END = regex.compile(r"[\p{L}\p{N}][”\"’]$")

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


# the speaker after "So says", to a colon and the quotation it opens
_SPEAKER_THEN_COLON = regex.compile(r"[^\S\n]+([^:;“”\"\n]{1,160}?)[^\S\n]*:[^\S\n]*(?=[“\"‘']|'')")

# how far back the quotation before "So says" may end: past a paragraph's break
_SO_SAYS_REACH = 8


def _so_says(ctx: Context, sentence: Sentence, cue_start: int, cue_end: int, cue_lemma: str) -> Iterator[Candidate]:
    """"So says X" (or "Thus wrote X"), the verb inverted after "So": what X says is the
    quotation that makes up the sentence or the paragraph right before ("“We were never told.”
    So says Jean Barker, 82, who ..."), or the one after the speaker's colon ("So says Lee:
    “...”"); with neither, "So" stands for the words said before it."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    after = _SPEAKER_THEN_COLON.match(text, cue_end, s1, tokens.CONCURRENT)
    if after is not None:
        q = next(ctx.layout.quotations_from(after.end()), None)
        src = sources.subject_after(text, after.start(1), after.end(1), ctx.lexicon)
        if q is not None and q.start == after.end() and src is not None:
            yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, list(q.parts), src,
                             "core.inverted_cue.v2", priority=40)
        return
    end_src = source_end(ctx, cue_end, s1)[0]
    src = sources.subject_after(text, cue_end, end_src, ctx.lexicon)
    if src is None or not sources.is_speaker(text, *src, ctx.lexicon, strong=True):
        return
    start = clauses.skip_space(text, s0, cue_start)
    prev = len(text[max(0, start - _SO_SAYS_REACH):start].rstrip())
    prev += max(0, start - _SO_SAYS_REACH)
    q = next((q for q in ctx.layout.quotations_ending_in(prev, prev) if q.end == prev), None)
    if q is not None and text[q.end - 2:q.end - 1] in (".", "!", "?"):
        content = list(q.parts)
    else:
        content = [(start, start + 2 if text.startswith("So", start) else start + 4)]
    yield candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, content, src, "core.inverted_cue.v2", priority=40)


# "and"/"but", then a subject of one to four words: a clause of its own ("and aviation experts say");
# so are a clause of time or cause ("as aid groups warned that Z") and an absolute one ("with
# mediators saying Z"), but not "as long as", "as well as" and the like, which go on with Y
_COORDINATED_SPEAKER = regex.compile(
    r"(?:and|but|while|whereas|with|as(?![^\S\n]+(?:long|soon|well|much|many|far|if|though|of|to|for)\b)"
    r"(?=[^\S\n]+(?P<determiner>an?\b)?))"
    r"\s+(?P<words>(?:[\w’'.-]+\s+){1,4}[\w’'-]+)"
)
# "that" right after the verb of a coordinated clause
_THAT_NEXT = regex.compile(r"[^\S\n]+that\b")


def _coordinated_report(text: str, start: int, end: int) -> bool:
    """Whether [start, end), after "Y, X said,", is a coordinated clause with a
    speaker of its own ("..., records show, and experts say Z", "..., while a few argued that Z", "..., as
    pilots warned that Z", "..., with mediators saying Z"): Z is that
    speaker's report, not more of Y. (A verb of saying in lower case after the
    subject's first word.)"""
    m = _COORDINATED_SPEAKER.match(text, start, end)
    if m is None:
        return False
    words = m.group("words").split()[1:]
    if m.group("determiner") is None and any(w.islower() and lemma(w) in en.INVERTING_VERBS for w in words):
        return True
    # "..., as a new study found that Z", "..., while research showed that Z": a verb in the present or
    # past of the class that takes a clause, with its "that" right after it (after "as a" the clause
    # must have one: "as a result, Lee said" is no subject's)
    # (not a noun after its determiner or owner: "as the claims that Z", "and the board's fears that Z")
    words = m.group("words").split()
    words.append("that" if _THAT_NEXT.match(text, m.end(), end) else "")
    return any(w.islower() and not w.endswith("ing") and lemma(w) in en.THAT_VERBS and words[k + 1] == "that"
               and words[k - 1].lower() not in _NOUN_DETERMINERS and not words[k - 1].endswith(("’s", "'s", "s’", "s'"))
               for k, w in enumerate(words[:-1]) if k > 0)


# words that make the word after them a noun
_NOUN_DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())


# a contrast set off by commas right before a verb: "Habitat loss, not disease, explains the decline"
# (the verb's subject is before it, no inverted report: "explains" has no speaker after it)
_NOT_APPOSITIVE_BEFORE = regex.compile(r"\w,[ \t]+not[ \t]+[^,.;:!?“”\"\n]{1,40},[ \t]*$")
# a name and the age set off by commas after it right before a verb, a place of home perhaps after
# the age: "The indictment says Karen Walsh, 58, wrote checks ...", "Lee, 34, of Akron, wrote ...";
# the name is the verb's subject, no clause ends before an inverted cue there
_AGE_BEFORE = regex.compile(
    r"\p{Lu}[\w.’'-]*,[ \t]+\d{1,3},(?:[ \t]+of[ \t]+\p{Lu}[\w.’'-]*(?:[ \t]+\p{Lu}[\w.’'-]*){0,3},)?[ \t]*$")

# "X was quoted as saying (by The Planet) ...": the passive of "The Planet quoted X as saying"
# (or "cited": "was cited by IRNA as saying")
# "was quoted as saying", "was quoted by news agency PTI as saying" (the relay named between,
# by its name or as an outlet: "was quoted by state media as saying", "by the paper")
_QUOTED_AS = regex.compile(
    r"(?<!\S)(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:also|widely)\s+)?"
    r"((?P<verb>quoted|cited)\s+(?:by\s+(?P<by>(?:[\w.’'&-]+\s+){0,4}?(?:[A-Z][\w.’'&-]*|" + "|".join(sorted(en.OUTLET_NOUNS))
    + r"|media|television|radio|press)s?)\s+)?as\s+)$"
)

# "it" as the subject right before a passive cue ("though it was widely reported"), its "is"
# contracted on it too ("it’s widely believed that", "it's been reported that")
_IT_BEFORE = regex.compile(r"(?<![\w’'])[Ii]t(?:[’']s)?\s*$")

# what may close a sentence after a trailing cue
_TAIL_END_MARKS = " .!?\"”’'"

# "concluded by admonishing ...": "by" and a gerund tell the means of an active verb, no agent
_GERUND_AGENT = regex.compile(r"\s+by\s+[a-z]+ing\b")


def _present_verb(ctx: Context, form: str) -> bool:
    """Whether the bare ``form`` is the present of a verb of saying or thinking,
    not an adjective of stance: its third person is a form the tables weigh as
    a cue ("warn" as "warns"; no "adamants" or "eagers")."""
    return lemma(form) == form and form in en.THAT_VERBS and cues.third_person(form) in ctx.lexicon.candidate_forms


# an infinitive's verb, a particle or a short object, then "and" before a bare verb: the bare verb is
# the infinitive's second verb, no finite report ("has time to step up and show that ...")
_INFINITIVE_AND = regex.compile(r"(?<![\w’'-])to[^\S\n]+[a-z]+(?:[^\S\n]+[\w’'-]+){0,3},?[^\S\n]+and[^\S\n]+$")

# Verbs of going on, stopping or starting, which report in the active ("“...,” he continued")
# but in the passive only say what was done to a thing: "The case was continued for a week",
# "The hearing was resumed with a new panel"
_ASPECT_VERBS = frozenset(["continue", "resume", "begin", "start", "stop", "adjourn", "keep"])

# verbs of being seen, whose passive with "with" tells whom one was seen with, no report: "The
# singer was spotted with a new beau", "was photographed with fans"
_SIGHTING_VERBS = frozenset(["spot", "see", "photograph", "picture", "film", "snap", "catch"])

# verbs of giving, whose passive's "with" or "for" tells what comes with the thing given or what
# it is given for, no report: "The house is offered with no chain", "was offered for sale"
_GIVING_VERBS = frozenset(["offer", "give", "provide", "sell", "supply", "serve"])

_PASSIVE_COMPLEMENT = regex.compile(r"[^\S\n]+(?:with|of|for|over|about)\b(?![^\S\n]+(?:\d|the[^\S\n]+(?:past|last|next)\b))",
                                  regex.IGNORECASE)  # ("Lee Accused Of Fraud": a title-case headline)

# a linking verb (an adverb perhaps after it) right before an adjective or participle cue:
# "remain confident", "stayed largely wary of"
_LINKING_BEFORE = regex.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(en.LINKING_VERBS)) + r")[^\S\n]+(?:[a-z]+ly[^\S\n]+)?$", regex.REVERSE)

_RELATIVE_WORD_BEFORE = regex.compile(r"(?<![\w’'-])(?:who|that|which)[^\S\n]+$", regex.IGNORECASE)


def _linking_start(text: str, lo: int, m: regex.Match) -> int | None:
    """Where a cue that is an adjective or a participle starts with the linking verb before
    it ("remain confident", "stayed wary of"), its auxiliaries too ("will remain"); None when
    no linking verb stands there, or the word reads as a verb of its own after a relative
    clause's end ("those who remain fear ...", "residents who stayed said ...")."""
    link = _LINKING_BEFORE.search(text, max(lo, m.start() - 30), m.start(), tokens.CONCURRENT)
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
    if verb == root and start == m.start(1) or is_passive(text, start, m.start(1), cue_start):
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
    for m in _REPLY_COMMA.finditer(text, max(s0, cue_start - 80), cue_start, True, tokens.CONCURRENT):
        verb = m.group(1)
        if verb not in (en.REPLY_BACK_VERBS if m.group(2) else en.REPLY_VERBS):
            continue
        if m.group(3).lower() in _REPLY_OBJECT_WORDS:
            return None
        start = aux_start(text, s0, m.start(1))
        return None if is_passive(text, start, m.start(1), cue_start) else start
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


# the occasion of a verb of saying up to the comma the report goes on after ("said after the
# meeting, because Y2"); no "to" or "from", which more often open the cue's object ("wrote to
# investors, ...", "pleaded guilty to fraud, ...")
_OCCASION_THEN_COMMA = regex.compile(occasion_pattern("at|in|on|during|after|before|with", 60) + ",")


def _says_again(text: str, start: int, end: int) -> bool:
    """Whether a verb of saying stands in [start, end)."""
    return any(lemma(w.lower()) in en.INVERTING_VERBS for w in WORD.findall(text, start, end, False, tokens.CONCURRENT))


def _comma_past_report(text: str, relay: regex.Match | None, after: int, s1: int,
                       lead: tuple[int, int] | None = None) -> int:
    """Where "Y1, X said ..., Y2" goes on at a comma: past the cue's hearer ("told
    the Ledger on Monday, Y2"), or past the place it was said in ("said Tuesday
    in Paris, Y2"), or past the occasion up to its comma ("said after meeting
    with aides, because Y2", "said at a rally in Ohio, Y2": a verb of saying, whose
    ``lead`` before its source is given); else right after the cue and its adjuncts."""
    def stops():
        if relay is not None:
            yield clauses.skip_post_adjuncts(text, relay.end(), s1)
        place = _PLACE.match(text, after, s1, tokens.CONCURRENT)
        if place is not None:
            yield clauses.skip_post_adjuncts(text, place.end(), s1)
        if lead is not None and relay is None and (occasion := _OCCASION_THEN_COMMA.match(text, after, s1)) is not None and (
                not fronted_adverbial(text, *clauses.trim(text, *lead))):
            yield occasion.end() - 1
    return next((p for p in stops() if text[p:s1].lstrip().startswith(",")), after)
