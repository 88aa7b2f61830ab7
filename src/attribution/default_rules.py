"""The built-in English rules (stage 3), registered as a plugin like any other.

Each rule reads one sentence of the layout and proposes candidates:

- ``core.lead_phrase.v1``: "According to X, Y", "As per X, Y", "Y, according to X".
- ``core.verb_cue.v1`` and the constructions it names: "X said (that) Y"
  (``core.said_that.v1``), "Y, X said" (``core.trailing_cue.v1``), "Y," said X
  (``core.inverted_cue.v1``), "X said: Y" (``core.colon_lead.v1``),
  "X quoted Y as saying Z" (``core.quoted_as.v1``), "X views Y as Z"
  (``core.view_as.v1``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from attribution import default_lexicon as en
from attribution import sources
from attribution.hookspecs import hookimpl
from attribution.layout import Sentence
from attribution.lexicon import CUE_THRESHOLD, lemma
from attribution.rules import Candidate, Context
from attribution.tokens import WORD, next_class

_CLOSE_PUNCT = " \t.!?;:,"
# A cue this sure of itself takes any determined noun phrase as its source.
_STRONG_CUE = 0.6
_THAT = regex.compile(r"\s*(?:,\s*)?that\b\s*", regex.IGNORECASE)
_AS_SAYING = regex.compile(r"\bas\s+(?:saying|telling|writing|adding|stating|arguing|warning)\b(?:\s+that\b)?", regex.IGNORECASE)
_AS = regex.compile(r"\bas\b", regex.IGNORECASE)
_TRAILING_LEAD = regex.compile(r",?\s*\b(according to|as per|per)\s+", regex.IGNORECASE)
_HEARER = regex.compile(
    r"\s*(?:(?:me|him|her|us|them|you|reporters|journalists|lawmakers|supporters|voters|"
    r"the\s+\w+|an?\s+\w+(?:\s+\w+)?|(?:The\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of\s+)?[A-Z][\w.’'&-]*)*))"
    r"(?=\s|,|$)"
)
_PARTICIPLE_BOUNDARY = regex.compile(
    r",\s+(?:adding|saying|noting|arguing|explaining|insisting|claiming|warning|according to|as per)\b",
    regex.IGNORECASE,
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space and clause punctuation from both edges of a span."""
    while start < end and text[start] in " \t,:;—–-":
        start += 1
    while end > start and text[end - 1] in _CLOSE_PUNCT + "—–-":
        end -= 1
    return start, end


# "Carson, who claimed that ...": the relative pronoun is the source's mention
_RELATIVE = regex.compile(r"(?:^|[\s,])(who|which)\s+$")
_INFINITIVE = regex.compile(r"(?:^|\s)to\s+$")
_COORDINATOR = regex.compile(r"(?:^|\s|,)(?:and|but)\s*$")
_SUBORDINATORS = frozenset(
    "when while as after before if although though because since once until whereas unless".split()
)


def _clause_comma(ctx: Context, pos: int, end: int) -> int:
    """The first comma outside quotations in [pos, end), or end."""
    comma = pos
    while (comma := ctx.text.find(",", comma, end)) >= 0:
        if not ctx.layout.inside_quote(comma):
            return comma
        comma += 1
    return end


def _fronted_clause_end(ctx: Context, sentence: Sentence, cue: int, pos: int) -> int:
    """A cue inside a fronted subordinate clause ("When she appeared ..., she
    declared ...") reports no further than the clause's comma."""
    text = ctx.text
    first = WORD.match(text, _skip_space(text, sentence.start, sentence.end))
    if first is None or first.group().lower() not in _SUBORDINATORS:
        return sentence.end
    comma = pos
    while True:
        comma = text.find(",", comma, sentence.end)
        if comma < 0:
            return sentence.end
        if not ctx.layout.inside_quote(comma):
            return comma if comma > cue else sentence.end
        comma += 1


# A participle or a coordinated verb that starts a new report ends content:
# "..., calling them ...", "... and said she had been ...".
_NEXT_REPORT = regex.compile(
    r"(?:,\s+(?:when\s+|while\s+|after\s+|before\s+)?|,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|did\s+)?)([a-z]+)\b"
)
_NEXT_REPORT_WEIGHT = 0.15


def _content_end(ctx: Context, start: int, end: int) -> int:
    """Content runs to the sentence end, or to a participle or coordinated verb
    that starts a new report."""
    text = ctx.text
    m = _PARTICIPLE_BOUNDARY.search(text, start, end)
    if m:
        end = m.start()
    for m in _NEXT_REPORT.finditer(text, start, end):
        word = m.group(1)
        if ctx.layout.inside_quote(m.start()):
            continue
        participle = m.group().startswith(",") and (word.endswith("ing") or word == "asked") and not m.group().rstrip().endswith(("and", "but"))
        coordinated = not m.group().startswith(",") or " and " in m.group() or " but " in m.group()
        if (participle or coordinated) and (
            lemma(word) in en.THAT_VERBS or ctx.lexicon.cue_prior(word) >= _NEXT_REPORT_WEIGHT
        ):
            return m.start()
    return end


def _lead_phrases(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    text = ctx.text
    s0, s1 = sentence.start, sentence.end
    for m in ctx.lexicon.lead_pattern.finditer(text, s0, s1):
        phrase = m.group(1).lower()
        phrase_lemma = ctx.lexicon.lead_phrases[" ".join(phrase.split())]
        ps, pe = m.start(), m.end()
        if ctx.layout.inside_quote(ps):
            continue
        before = text[s0:ps].strip(" ,")
        lead = not before or before.lower() in ("but", "and", "so", "however", "yet", "now", "still", "also")
        if lead:
            # According to X(, which ...), Y
            comma = text.find(",", pe, s1)
            if comma < 0:
                continue
            src = _trim(text, pe, comma)
            after = comma + 1
            nxt = WORD.match(text, after + 1) or WORD.match(text, after)
            if nxt and nxt.group().lower() in ("which", "who", "whose", "where"):
                comma2 = text.find(",", nxt.end(), s1)
                if comma2 < 0:
                    continue
                after = comma2 + 1
            content = _trim(text, after, s1)
        else:
            # Y, according to X. / Y, according to X, Z.
            if not text[s0:ps].rstrip().endswith(","):
                continue
            src_end = text.find(",", pe, s1)
            src = _trim(text, pe, src_end if src_end > 0 else s1)
            content = _trim(text, s0, ps)
            rest = _trim(text, src_end + 1, s1) if src_end > 0 else (s1, s1)
            if rest[1] > rest[0] and not _SOURCE_TAIL.match(text, rest[0], rest[1]):
                yield _candidate(ctx, sentence, [(ps, pe - 1)], phrase_lemma, [content, rest], src, "core.lead_phrase.v1", priority=20)
                continue
        if src[1] <= src[0] or content[1] <= content[0]:
            continue
        if len(WORD.findall(text, src[0], src[1])) > 15:
            continue
        yield _candidate(ctx, sentence, [(ps, m.end(1))], phrase_lemma, [content], src, "core.lead_phrase.v1", priority=20)


# What follows "according to X," and still describes X: "who was a prosecutor", "a website".
_SOURCE_TAIL = regex.compile(r"(?:who|which|whose|where|a|an|the|one|its|his|her|their)\b", regex.IGNORECASE)


def _candidate(ctx, sentence, cue, cue_lemma, content, source, rule, *, via=(), priority=100) -> Candidate:
    content = [c for c in content if c[1] > c[0]]
    polarity = "denied" if cue_lemma in ctx.lexicon.denial_lemmas else "asserted"
    kind = sources.kind(ctx.text, *source, ctx.lexicon) if source else None
    return Candidate(
        cue=list(cue),
        cue_lemma=cue_lemma,
        content=content,
        rule=rule,
        source=source,
        source_kind=kind,
        via=list(via),
        polarity=polarity,
        priority=priority,
        sentence=-1,
    )


_REPORT_OBJECT = regex.compile(
    r"\s+((?:the\s+|those\s+|these\s+)?(?:"
    + "|".join(sorted(en.REPORT_NOUNS, key=len, reverse=True))
    + r"))(?=\s*,?\s*that\b)",
    regex.IGNORECASE,
)


def _cue_tokens(ctx: Context, sentence: Sentence) -> Iterator[regex.Match]:
    """The words of a sentence, outside quotations, that work as cues here."""
    text, lex = ctx.text, ctx.lexicon
    candidates = lex.candidate_forms
    s0, s1 = sentence.start, sentence.end
    quote_window = _opening_quotation_window(ctx, sentence)
    # a first filter in one pass: words that could be cues, words right after
    # an opening quotation, words before a colon
    pool = [m for m in WORD.finditer(text, s0, s1) if m.group().lower() in candidates]
    if quote_window[1] > quote_window[0]:
        pool += WORD.finditer(text, *quote_window)
    if text.find(":", s0, s1) >= 0:
        pool += (m for m in WORD.finditer(text, s0, s1) if text.startswith(":", m.end()))
    if not pool:
        return
    first = WORD.search(text, s0, s1)
    title_case = _title_case_headline(ctx, sentence)
    seen: set[int] = set()
    for m in sorted(pool, key=lambda m: m.start()):
        if m.start() in seen:
            continue
        seen.add(m.start())
        w = m.group()
        low = w.lower()
        if ctx.layout.inside_quote(m.start()) or (w[0].isupper() and m.start() != first.start() and not title_case):
            continue
        if title_case:
            w = low  # "Sanders Calls Clinton Unqualified": the verb is capitalised like every word
        if _starts_lead_phrase(ctx, m.start(), sentence.end):
            continue  # "according to" belongs to the lead-phrase rule
        context = next_class(text, m.end(), sentence.end)
        weight = lex.cue_weight(w, context)
        if weight >= CUE_THRESHOLD:
            yield m
        elif w.islower() and _REPORT_OBJECT.match(text, m.end(), sentence.end) and (
            lemma(w) in en.THAT_VERBS or lemma(w) in lex.denial_lemmas
        ):
            yield m  # "rejected claims that ..."
        elif lemma(w) in en.AS_VERBS and w.islower() and _AS.search(text, m.end(), sentence.end):
            yield m  # "X views Y as Z"
        elif (w.islower() and weight >= _QUOTE_AHEAD_THRESHOLD and _quotation_ahead(ctx, m.end(), sentence.end)) or (
            context == ":" and _colon_before_quotation(ctx, sentence, m.end())
        ):
            yield m  # "Trump attacked “the hateful ideology ...”"
        elif (context in (".", ",") or lemma(w) in en.INVERTING_VERBS) and quote_window[0] <= m.start() < quote_window[1] and (
            lemma(w) in en.THAT_VERBS or lemma(w) in en.INVERTING_VERBS or _speech_quotation(ctx, sentence)
            and w.islower() and (w.endswith("ed") or w.endswith("s") and low in candidates)
        ):
            yield m  # “...,” one entry states. / “...,” an angry Hollande retaliated.


def _title_case_headline(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence is a headline in title case, where verbs are capitalised too."""
    if sentence.paragraph != 0:
        return False
    words = WORD.findall(ctx.text, sentence.start, sentence.end)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _opening_quotation_window(ctx: Context, sentence: Sentence) -> tuple[int, int]:
    """The stretch of a few words after a quotation that opens the sentence,
    where a verb is the quotation's cue (empty when none opens it)."""
    start = _skip_space(ctx.text, sentence.start, sentence.end)
    q = next(ctx.layout.quotations_from(start), None)
    if q is not None and q.start == start and q.end < sentence.end:
        words = WORD.finditer(ctx.text, q.end, sentence.end)
        tail = [w for _, w in zip(range(_QUOTE_TAIL_WORDS + 1), words)]
        limit = tail[_QUOTE_TAIL_WORDS].start() if len(tail) > _QUOTE_TAIL_WORDS else sentence.end
        return q.end, limit
    return (0, 0)


# A verb within this many words after an opening quotation is its cue.
_QUOTE_TAIL_WORDS = 7
# A word that sometimes heads a cue does, when a quotation follows it closely.
_QUOTE_AHEAD_THRESHOLD = 0.1
_QUOTE_AHEAD_WORDS = 4


def _quotation_ahead(ctx: Context, pos: int, limit: int) -> bool:
    q = next(ctx.layout.quotations_from(pos), None)
    if q is None or q.start >= limit or q.start - pos > 80:
        return False
    return len(WORD.findall(ctx.text, pos, q.start)) <= _QUOTE_AHEAD_WORDS


def _colon_before_quotation(ctx: Context, sentence: Sentence, pos: int) -> bool:
    """A word before a colon that ends its paragraph, with a quotation opening
    the next: "The Times reports:"."""
    rest = ctx.text[pos:ctx.layout.paragraphs[sentence.paragraph][1]].strip()
    return rest == ":" and _next_paragraph_quotation(ctx, sentence) is not None


def _speech_quotation(ctx: Context, sentence: Sentence) -> bool:
    """Whether the quotation that opens the sentence ends as speech does, with
    a comma, question or exclamation mark before its closing mark."""
    start = _skip_space(ctx.text, sentence.start, sentence.end)
    q = next(ctx.layout.quotations_from(start), None)
    return q is not None and q.start == start and ctx.text[q.end - 2 : q.end - 1] in (",", "?", "!")


def _starts_lead_phrase(ctx: Context, pos: int, limit: int) -> bool:
    low = ctx.text[pos : min(limit, pos + 24)].lower()
    return any(low.startswith(p + " ") for p in ctx.lexicon.lead_phrases if " " in p)


def _extend_cue(ctx: Context, start: int, end: int, limit: int) -> int:
    """Extend a cue over the platform or occasion that follows it ("wrote on X"),
    or over the particle its head takes ("called for", "pointed out")."""
    text = ctx.text
    low = text[end:limit].lower()
    for ext in en.CUE_EXTENSIONS:
        if low.startswith(" " + ext) and (len(low) == len(ext) + 1 or not low[len(ext) + 1].isalnum()):
            return end + 1 + len(ext)
    particle = WORD.match(text, end + 1, limit) if low.startswith(" ") else None
    if particle and (text[start:end].lower(), particle.group().lower()) in ctx.lexicon.cue_particles:
        return particle.end()
    return end


_TIME_ADJUNCT = regex.compile(
    r"\s+(?:(?:on|in|at|during|over|last|this|earlier|late|early)\s+(?:the\s+)?)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|year|"
    r"morning|afternoon|evening|night|today|yesterday|tonight|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|\d{4})\b(?:\s+(?:morning|night|afternoon|evening))?"
    r"|\s+(?:also|again|later|too|then|previously|earlier|recently|publicly|repeatedly|separately)\b",
    regex.IGNORECASE,
)


def _skip_post_adjuncts(text: str, pos: int, limit: int) -> int:
    """Skip time adjuncts and adverbs after a cue ("said on Monday", "said again")."""
    while m := _TIME_ADJUNCT.match(text, pos, limit):
        pos = m.end()
    return pos


def _verb_cues(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    text = ctx.text
    previous = None
    for m in _cue_tokens(ctx, sentence):
        if _after_determiner(text, sentence.start, m.start()):
            continue  # "the woman's quotes", "his claims": a noun, not a verb
        if previous is not None and m.group().lower() in en.REPORT_NOUNS and _REPORT_OBJECT.match(text, previous.end()):
            continue  # "rejected claims that": the noun is the cue's object
        previous = m
        strength = ctx.lexicon.cue_weight(m.group(), next_class(text, m.end(), sentence.end))
        for c in _verb_cue(ctx, sentence, m):
            c.strength = strength
            yield c


_NOUN_MARKERS = frozenset("the a an his her their its our my your this that these those".split())


def _after_determiner(text: str, lo: int, pos: int) -> bool:
    before = text[lo:pos].rstrip()
    words = WORD.findall(before[-12:])
    if before.endswith(("’s", "'s", "s’", "s'")):
        # a possessive, unless a pronoun's contraction: "he’s predicting"
        return not (words and words[-1][:-2].lower() in en.PRONOUNS)
    return bool(words) and words[-1].lower() in _NOUN_MARKERS


def _verb_cue(ctx: Context, sentence: Sentence, m: regex.Match) -> Iterator[Candidate]:
    text, lex = ctx.text, ctx.lexicon
    s0, s1 = sentence.start, sentence.end
    cs, ce = m.start(), m.end()
    form = m.group().lower()
    cue_lemma = lemma(form)
    cue_end = _extend_cue(ctx, cs, ce, s1)
    cue_start = _aux_start(text, s0, cs)
    if _passive(text, cue_start, cs):
        # "The group is expected to report ...": an impression with no source, as with "seem"
        if cue_lemma in en.PASSIVE_RAISERS and _TO_OR_AS.match(text, cue_end, s1):
            subject = sources.subject(text, s0, cue_start, lex, strong=True)
            if subject is not None:
                yield from _raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma)
        return
    before = text[s0:cue_start].rstrip()
    # "Y," said X / "Y" said X
    if before and before[-1] in ",”\"’'" and cue_lemma in en.INVERTING_VERBS and _inverted(ctx, cue_end, s1):
        content = _trim(text, s0, s0 + len(before))
        end_src, rest = _source_end(ctx, cue_end, s1)
        src = sources.subject_after(text, cue_end, end_src, lex)
        if src is None or content[1] <= content[0]:
            return
        spans = [content]
        if rest:
            spans.append(rest)
        yield _candidate(ctx, sentence, [(cs, cue_end)], cue_lemma, spans, src, "core.inverted_cue.v1", priority=40)
        return
    strong = lex.cue_weight(form, next_class(text, ce, s1)) >= _STRONG_CUE
    if form.endswith("ing") and cue_start == cs and before and (
        before.endswith(",") or before.rsplit(None, 1)[-1:] in _PARTICIPLE_LEADS or _clause_before(text, s0, cs)
    ):
        # "X issued a statement, saying that Y": the source is the sentence's subject
        yield from _participle(ctx, sentence, cs, cue_end, cue_lemma)
        return
    if _INFINITIVE.search(text, max(s0, cue_start - 6), cue_start):
        # "X took to Twitter to say that Y": the subject of the sentence reports
        src = sources.leading_subject(text, s0, cue_start, lex)
        if src is not None:
            yield from _forward(ctx, sentence, src, cs, cue_start, cue_end, _skip_post_adjuncts(text, cue_end, s1),
                                form, cue_lemma, rule="core.infinitive.v1")
        return
    # only a sure cue makes a relative clause a report ("who claimed that", not "which published")
    if cue_lemma == "ask" and _BARE_ASKED.search(text, max(s0, cue_start - 12), cue_start):
        yield from _asked(ctx, sentence, cue_start, cue_end)
        return
    relative = _RELATIVE.search(text, max(s0, cue_start - 12), cue_start) if strong else None
    src = (relative.start(1), relative.end(1)) if relative else sources.subject(text, s0, cue_start, lex, strong=strong)
    if relative:
        before = len(text[s0:relative.start(1)].rstrip(" ,")) + s0
        antecedent = sources.antecedent(text, s0, before, lex)
        for c in _forward(ctx, sentence, src, cs, cue_start, cue_end, _skip_post_adjuncts(text, cue_end, s1),
                          form, cue_lemma):
            if antecedent is not None:
                c.refers_to, c.refers_kind = antecedent, sources.kind(text, *antecedent, lex)
                c.source_kind = c.refers_kind
            yield c
        return
    if src is not None and cue_lemma in en.RAISING_VERBS:
        yield from _raising(ctx, sentence, src, cue_start, cue_end, cue_lemma)
        return
    if src is None:
        if _COORDINATOR.search(text, max(s0, cue_start - 12), cue_start):
            # "... and said that Y": the source of the verb before; resolution fills it in
            yield from _forward(ctx, sentence, sources.leading_subject(text, s0, cue_start, lex), cs, cue_start,
                                cue_end, _skip_post_adjuncts(text, cue_end, s1), form, cue_lemma,
                                rule="core.coordinated_cue.v1")
        return
    after = _skip_post_adjuncts(text, cue_end, s1)
    tail = text[after:s1].strip(_CLOSE_PUNCT + "\"”’'")
    lead_end = text[s0:src[0]].rstrip()
    after_quote = _ends_quotation(ctx, s0, s0 + len(lead_end)) and ctx.layout.inside_quote(
        _skip_space(text, s0, s1)
    )
    if lead_end and (not tail or _TRAILING_LEAD.match(text, after) or after_quote):
        # "Y, X said." or "Y, X said, as per Z." or "“Y,” X said after ..."
        if not lead_end.endswith((",", "”", '"', "’", "'")):
            return
        content = _trim(text, s0, s0 + len(lead_end))
        if content[1] <= content[0]:
            return
        spans = [content]
        _end, rest = _source_end(ctx, cue_end, s1)
        if rest:
            spans.append(rest)
        via = _trailing_via(ctx, after, s1)
        yield _candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, spans, src, "core.trailing_cue.v1", via=via, priority=40)
        return
    rest_text = text[after:s1].lstrip()
    if rest_text.startswith(",") and text[s0:src[0]].rstrip().endswith((",", ",”", ',"', ",’")) and not (
        rest_text[1:].lstrip()[:1] in ("“", '"', "‘") and not ctx.layout.inside_quote(s0)
        and not text[s0:s0 + 1] in ("“", '"', "‘")
    ):
        # "Y, X said, Z."
        lead = _trim(text, s0, src[0])
        rest = _trim(text, after, _content_end(ctx, after + 1, s1))
        if lead[1] > lead[0] and rest[1] > rest[0]:
            yield _candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [lead, rest], src, "core.trailing_cue.v1", priority=40)
            return
    yield from _forward(ctx, sentence, src, cs, cue_start, cue_end, after, form, cue_lemma)


def _forward(ctx, sentence, src, cs, cue_start, cue_end, after, form, cue_lemma, rule="core.said_that.v1") -> Iterator[Candidate]:
    """Content after the cue: "X said (that) Y", "X told Z (that) Y", "X said: Y"."""
    text = ctx.text
    s1 = sentence.end
    via: list[tuple[int, int]] = []
    cue = [(cue_start, cue_end)]
    pos = after
    if form == "quoted":
        m = _AS_SAYING.search(text, pos, s1)
        if not m:
            return
        quoted = sources.subject(text, pos, m.start(), ctx.lexicon) or _trim(text, pos, m.start())
        quoted = _strip_leading_adverb(text, *quoted)
        if quoted[1] <= quoted[0]:
            return
        content = _trim(text, m.end(), _content_end(ctx, m.end(), s1))
        if content[1] <= content[0]:
            return
        yield _candidate(ctx, sentence, [(cue_start, cue_end), (m.start(), m.end())], "quote", [content], quoted, "core.quoted_as.v1", via=[src], priority=30)
        return
    lemma_ = cue_lemma
    if lemma_ in en.HEARER_VERBS:
        m = _HEARER.match(text, pos, s1)
        # "told X ..." always names a hearer; "warned X" only before "that"
        if m and lemma_ != "tell" and not _THAT.match(text, m.end(), s1):
            m = None
        if m and not ctx.layout.inside_quote(m.start() + 1):
            hearer = _trim(text, m.start(), m.end())
            hk = sources.kind(text, *hearer, ctx.lexicon)
            words = WORD.findall(text, *hearer)
            if hk == "outlet" and words:
                via.append(hearer)
            pos = m.end()
    if lemma_ in en.AS_VERBS:
        m = _AS.search(text, pos, s1)
        if m and m.start() - pos < 80 and not ctx.layout.inside_quote(m.start()):
            first = _trim(text, pos, m.start())
            second = _trim(text, m.end(), s1)
            if first[1] > first[0] and second[1] > second[0]:
                yield _candidate(ctx, sentence, [(cue_start, cue_end), (m.start(), m.end())], lemma_, [first, second], src, "core.view_as.v1", priority=60)
            return
    lead = _TRAILING_LEAD.match(text, pos, s1)
    if lead and text.find(",", lead.end(), s1) > 0:
        # "X wrote on social media as per The Ledger, “...”"
        comma = text.find(",", lead.end(), s1)
        via.append(_trim(text, lead.end(), comma))
        pos = comma
    report = _REPORT_OBJECT.match(text, pos, s1)
    if report:
        cue = [(cue_start, report.end(1))]  # "denied reports": the noun is part of the cue
        pos = report.end(1)
    catenative = _TO_VERB.match(text, pos, s1)
    if catenative and (lemma(catenative.group(1)) in en.THAT_VERBS or ctx.lexicon.cue_prior(catenative.group(1)) >= 0.2):
        # "appeared to imply that", "is struggling to explain": the second verb is the cue's head
        cue = [(cue[0][0], catenative.end(1))]
        pos = catenative.end(1)
    m = _THAT.match(text, pos, s1)
    if m:
        pos = m.end()
    elif text[pos:s1].lstrip().startswith(":"):
        rule = "core.colon_lead.v1"
        pos = text.index(":", pos) + 1
    elif m := _PARENTHETICAL_THAT.match(text, pos, s1):
        pos = m.end()  # "said, among other things, that ..."
    elif text[pos:s1].lstrip().startswith(","):
        nxt = text[pos:s1].lstrip()[1:].lstrip()
        if not nxt or nxt[0] not in "“\"‘'":
            return
        rule = "core.colon_lead.v1"
        pos = text.index(",", pos) + 1
    if rule == "core.colon_lead.v1" and not text[pos:s1].strip():
        # "He said:" and the quotation opens the next paragraph
        nxt = _next_paragraph_quotation(ctx, sentence)
        if nxt is None:
            return
        yield _candidate(ctx, sentence, cue, cue_lemma, list(nxt.parts), src, rule, via=via, priority=50)
        return
    end = min(_content_end(ctx, pos, s1), _fronted_clause_end(ctx, sentence, cue_start, pos))
    if src is not None and text[src[0]:src[1]].lower() in ("who", "which"):
        end = min(end, _clause_comma(ctx, pos, end))  # the relative clause ends at its comma
    via_end = _trailing_lead(ctx, sentence, pos, end)
    if via_end and text[via_end.start():via_end.start() + 1] == ",":
        via += _trailing_via(ctx, via_end.start(), s1)
        end = via_end.start()
    content = _trim(text, pos, end)
    if content[1] <= content[0]:
        return
    yield _candidate(ctx, sentence, cue, cue_lemma, [content], src, rule, via=via, priority=50 if rule == "core.colon_lead.v1" else 60)


_PARENTHETICAL_THAT = regex.compile(r"\s*,(?:\s+[\w’'-]+){1,6},\s+that\s+")
_TO_VERB = regex.compile(r"\s+to\s+([a-z]+)\b")

def _next_paragraph_quotation(ctx: Context, sentence: Sentence):
    """The quotation that opens the paragraph after ``sentence``'s, if any."""
    paragraphs = ctx.layout.paragraphs
    if sentence.paragraph + 1 >= len(paragraphs):
        return None
    start, _end = paragraphs[sentence.paragraph + 1]
    q = next(ctx.layout.quotations_from(start), None)
    return q if q is not None and not ctx.text[start:q.start].strip() else None


_DASH_SOURCE = regex.compile(r"[^\S\r\n]*([―—–]|--)[^\S\r\n]*([A-Z][\w.’'-]*(?:[^\S\r\n]+[A-Z][\w.’'-]*){0,4})(?=[^\S\r\n]*(?:[./,]|$|[“\"”]))", regex.M)


def _dash_credit(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """A quotation followed by a dash and a name: “...” ― Jane Roe."""
    text = ctx.text
    _start, para_end = ctx.layout.paragraphs[sentence.paragraph]
    earliest = ctx.layout.paragraphs[max(0, sentence.paragraph - 1)][0]
    for q in ctx.layout.quotations_from(earliest):
        if q.start > sentence.end:
            break
        if not (sentence.start <= q.end <= sentence.end):
            continue
        m = _DASH_SOURCE.match(text, q.end, para_end)
        if m is not None:
            yield _candidate(ctx, sentence, [m.span(1)], "attribute", list(q.parts), m.span(2), "core.dash_credit.v1", priority=30)


# A speaker named before a colon: a headline ("Pence: Flowers Won't Be at
# Debate") or a transcript line ("PENCE: Well, look, ...").
_HEADLINE_SPEAKER = regex.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s*(:)\s+(?=\S)")
_TRANSCRIPT_SPEAKER = regex.compile(r"[\"“]?((?:[A-Z][A-Z.’'-]+\s+){0,2}[A-Z][A-Z.’'-]+)(:)\s+(?=\S)")


def _headline_speaker(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    para_start, para_end = ctx.layout.paragraphs[sentence.paragraph]
    if sentence.start != para_start:
        return
    if sentence.paragraph == 0:
        m, rule = _HEADLINE_SPEAKER.match(ctx.text, sentence.start, sentence.end), "core.headline_speaker.v1"
        if m is not None and m.group(1).isupper():
            return  # "NEW DELHI: ...": a dateline, not a speaker
    else:
        m, rule = _TRANSCRIPT_SPEAKER.match(ctx.text, sentence.start, sentence.end), "core.transcript_speaker.v1"
        if m is not None and _transcript_lines(ctx) < 2:
            return  # one "CITY:" line is a dateline; a transcript has several speakers' lines
    if m is None:
        return
    content = _trim(ctx.text, m.end(), para_end)
    if content[1] > content[0]:
        yield _candidate(ctx, sentence, [m.span(2)], "say", [content], m.span(1), rule, priority=30)


def _transcript_lines(ctx: Context) -> int:
    """How many paragraphs open with an upper-case speaker label, counted once per parse."""
    if "transcript_lines" not in ctx.memo:
        ctx.memo["transcript_lines"] = sum(
            1 for start, end in ctx.layout.paragraphs[1:] if _TRANSCRIPT_SPEAKER.match(ctx.text, start, end)
        )
    return ctx.memo["transcript_lines"]


def _clause_before(text: str, lo: int, cs: int) -> bool:
    """Whether more than a bare subject ("Protesters chanting") stands before
    an -ing cue: then it modifies a clause ("X issued a statement saying")."""
    words = WORD.finditer(text, lo, cs)
    return next(words, None) is not None and sum(1 for _ in zip(range(3), words)) == 3


# Words after which an -ing cue reports for the sentence's subject: "by saying".
_PARTICIPLE_LEADS = (["by"], ["while"], ["after"], ["before"], ["when"], ["without"], ["in"])


_TO_OR_AS = regex.compile(r"\s+(?:to|as)\b")


# "Asked about the vote, she said ...", "..., when asked whether ...": a question
# put to the sentence's speaker by someone unnamed (or named after "by").
_BARE_ASKED = regex.compile(r"(?:^|(?:when|while|after|before|if|once)\s+|,\s*)$", regex.IGNORECASE)
_ASKED_BY = regex.compile(r"\s+by\s+((?:the\s+|a\s+|an\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]*){0,3})")
_QUESTION = regex.compile(r"\s+(?:specifically\s+)?(about|whether|if|why|what|how|who|when|where|to)\b", regex.IGNORECASE)


def _asked(ctx, sentence, cue_start, cue_end) -> Iterator[Candidate]:
    text = ctx.text
    pos, source = cue_end, None
    by = _ASKED_BY.match(text, pos, sentence.end)
    if by:
        source, pos = by.span(1), by.end()
    if text[cue_start:cue_end].lower().endswith(" about"):
        start = pos  # the cue took in its particle: "asked about"
    else:
        question = _QUESTION.match(text, pos, sentence.end)
        if question is None:
            return
        start = question.start(1) if question.group(1).lower() != "about" else question.end(1)
    content = _trim(text, start, _clause_comma(ctx, start, sentence.end))
    if content[1] > content[0]:
        yield _candidate(ctx, sentence, [(cue_start, cue_end)], "ask", [content], source, "core.asked.v1", priority=55)


def _raising(ctx, sentence, subject, cue_start, cue_end, cue_lemma) -> Iterator[Candidate]:
    """"X seemed certain to leave": no source; the content is the subject and
    its complement (up to the clause's end)."""
    text = ctx.text
    end = _content_end(ctx, cue_end, sentence.end)
    complement = _trim(text, cue_end, end)
    if complement[1] > complement[0]:
        yield _candidate(ctx, sentence, [(cue_start, cue_end)], cue_lemma, [subject, complement], None,
                         "core.raising.v1", priority=60)


def _participle(ctx, sentence, cs, ce, cue_lemma) -> Iterator[Candidate]:
    text = ctx.text
    pos = _skip_post_adjuncts(text, ce, sentence.end)
    m = _THAT.match(text, pos, sentence.end)
    if m:
        pos = m.end()
    content = _trim(text, pos, _content_end(ctx, pos + 1, sentence.end))
    if content[1] <= content[0]:
        return
    # the sentence's subject; resolution prefers the source of a report
    # before it in the same sentence
    src = sources.leading_subject(text, sentence.start, cs, ctx.lexicon)
    yield _candidate(ctx, sentence, [(cs, ce)], cue_lemma, [content], src, "core.participle.v1", priority=70)


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def _ends_quotation(ctx: Context, start: int, end: int) -> bool:
    """Whether [start, end) ends with a closed quotation, a comma at most after it."""
    text = ctx.text
    while end > start and text[end - 1] in " ,":
        end -= 1
    return end > start and ctx.layout.inside_quote(end - 1) and text[end - 1] in "”\"’'»"


def _passive(text: str, cue_start: int, cs: int) -> bool:
    """A cue verb after a form of "be" is passive: its subject is not the source."""
    if text[cs:cs + 12].split()[0].lower().endswith("ing"):
        return False  # "is confirming": progressive, not passive
    aux = text[cue_start:cs].lower().split()
    return any(w in ("was", "were", "is", "are", "been", "being", "be") for w in aux)


def _inverted(ctx: Context, cue_end: int, s1: int) -> bool:
    """Whether the words after a cue are its source and nothing more ("said Caddell.")."""
    end, _rest = _source_end(ctx, cue_end, s1)
    return sources.subject_after(ctx.text, cue_end, end, ctx.lexicon) is not None


_LEADING_ADVERB = regex.compile(r"(?:also|again|even)\s+")
_LAST_WORD = regex.compile(r"(?:^|\s)(\w+)$")


def _strip_leading_adverb(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEADING_ADVERB.match(text, start, end)
    return (m.end(), end) if m else (start, end)


def _aux_start(text: str, lo: int, cs: int) -> int:
    """Extend a cue leftwards over its auxiliaries and adverbs ("has previously denied")."""
    start = cs
    while True:
        window = max(lo, start - 40)
        seg = text[window:start].rstrip()
        m = _LAST_WORD.search(seg)
        if not m or m.group(1)[0].isupper():
            return start
        word = m.group(1).lower()
        if word not in en.AUXILIARIES and not (word.endswith("ly") and len(word) > 4):
            return start
        start = window + m.start(1)


def _trailing_lead(ctx: Context, sentence: Sentence, start: int, end: int) -> regex.Match | None:
    """The first "according to" / "as per" of the sentence within [start, end),
    found once per sentence so that many cues in one sentence cost one scan."""
    key = ("trailing_lead", sentence.start)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = list(_TRAILING_LEAD.finditer(ctx.text, sentence.start, sentence.end))
    return next((m for m in found if start <= m.start() and m.end() <= end), None)


def _sentence_at(ctx: Context, pos: int) -> Sentence:
    sentences = ctx.layout.sentences
    k = bisect.bisect_right(ctx.layout.sentence_starts, pos) - 1
    return sentences[max(k, 0)]


def _source_end(ctx: Context, pos: int, s1: int) -> tuple[int, tuple[int, int] | None]:
    """Where an inverted source ends, and a quotation that continues after it."""
    text = ctx.text
    q = next(ctx.layout.quotations_from(pos + 1), None)
    if q is not None and q.start < s1:
        comma = text.rfind(",", pos, q.start)
        if comma > 0 and not text[comma + 1 : q.start].strip():
            return comma, _trim(text, q.start, s1)
    m = _trailing_lead(ctx, _sentence_at(ctx, pos), pos, s1)
    if m:
        return m.start(), None
    return s1, None


def _trailing_via(ctx: Context, pos: int, s1: int) -> list[tuple[int, int]]:
    m = _TRAILING_LEAD.match(ctx.text, pos, s1) or _trailing_lead(ctx, _sentence_at(ctx, pos), pos, s1)
    if not m:
        return []
    src = _trim(ctx.text, m.end(), s1)
    return [src] if src[1] > src[0] else []


@hookimpl
def attribution_rules(register):
    register("core.lead_phrase.v1", _lead_phrases, priority=20)
    register("core.verb_cue.v1", _verb_cues, priority=50)
    register("core.dash_credit.v1", _dash_credit, priority=30)
    register("core.headline_speaker.v1", _headline_speaker, priority=30)
