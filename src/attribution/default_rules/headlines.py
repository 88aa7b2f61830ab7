"""Headlines, labels and credits (stage 3): "Name: Y" headlines and transcript lines,
“Y” ― Name credits, quotations after a colon, and labels a speaker gives himself.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attribution import clauses, cues, kinds, sources, tokens
from attribution import default_lexicon as en
from attribution.default_rules.common import (
    HEADLINE_SPEAKER,
    LEAD_NOUN_FORMS,
    OWN_SUBJECT,
    SAYING_PRIOR,
    candidate,
    headline_bare_subject,
    natural_event,
    possessor_mention,
    quotation_after_sentence,
    says,
)
from attribution.layout import LABEL_ROLE, Quotation, Sentence, abbreviation
from attribution.lexicon import (
    document_noun,
    feeling_lemma,
    given_names,
    lemma,
    person_noun,
)
from attribution.rules import Candidate, Context
from attribution.tokens import WORD, possessors

# how many paragraphs after the headline a dateline may open
_DATELINE_REACH = 3


def _dateline_place(ctx: Context, label: str) -> bool:
    """Whether a headline's label is the place a dateline in the paragraphs right after it
    names in capitals: "Mumbai: Civic body to demolish ..." over "MUMBAI: The civic body ..."
    or "MUMBAI, Dec 4 (PTI) ..."."""
    place = label.upper()
    for start, end in ctx.layout.paragraphs[1:1 + _DATELINE_REACH]:
        if ctx.text.startswith(place, start) and ctx.text[start + len(place):start + len(place) + 1] in (":", ",", " ", "("):
            return True
    return False


_CREDITED_NAME = r"[^\S\r\n]*([A-Z][\w.’'-]*(?:[^\S\r\n]+[A-Z][\w.’'-]*){0,4})(?=[^\S\r\n]*(?:[./,]|$|[“\"”]))"

_DASH_SOURCE = regex.compile(r"[^\S\r\n]*([―—–]|--)" + _CREDITED_NAME, regex.M)

# on a line of its own, a hyphen credits too: "- Jane Roe, mayor."
_CREDIT_LINE = regex.compile(r"[^\S\r\n]*([―—–-]+)" + _CREDITED_NAME, regex.M)


def dash_credit(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """A quotation followed by a dash and a name: “...” ― Jane Roe. Also a
    quotation that fills its paragraph, credited on the next line ("- Jane Roe, mayor.")."""
    text = ctx.text
    para_start, para_end = ctx.layout.paragraphs[sentence.paragraph]
    for q in ctx.layout.quotations_ending_in(sentence.start, sentence.end):
        m = _DASH_SOURCE.match(text, q.end, para_end, tokens.CONCURRENT)
        credit = m and (m.span(1), m.span(2))
        if m is None and q.start == clauses.skip_space(text, para_start, para_end) and not text[q.end:para_end].strip(" .\t"):
            credit = _credit_line(ctx, sentence.paragraph)
        if credit is None and sentence.paragraph == 0 and (m := _headline_dash_credit(ctx, q.end, para_end)) is not None:
            credit = m.span(1), m.span(2)
        if credit is not None:
            cue, name = credit
            if text[name[1] - 1] == "." and not abbreviation(text, name[0], name[1] - 1):
                name = (name[0], name[1] - 1)  # "- Jane Roe.": the full stop ends the line, not the name ("Jr.")
            yield candidate(ctx, sentence, [cue], "attribute", list(q.parts), name, "core.dash_credit.v2", priority=30)
    if (post := _post_credit(ctx, sentence)) is not None:
        # an embedded post on a scraped page: its text, then a dash, its author and the author's
        # handle ("— Ann Lee (@annlee) March 3, 2026"); the whole paragraph is what the post says
        content = clauses.trim(text, sentence.start, para_end)
        if content[1] > content[0]:
            yield candidate(ctx, sentence, [post.span(1)], "attribute", [content], post.span(2), "core.dash_credit.v2", priority=30)
    if sentence.paragraph == 0 and (m := _HEADLINE_SOURCES.search(text, sentence.start, sentence.end, tokens.CONCURRENT)) is not None:
        # "Talks on the pier stall - sources": a headline's report, credited after a dash to
        # the sources it came from (British and Indian copy)
        content = clauses.trim(text, sentence.start, m.start())
        words = WORD.findall(text, *content, False, tokens.CONCURRENT)
        if len(words) >= 3 and any(w.islower() for w in words) and not ctx.layout.inside_quote(content[0]):
            yield candidate(ctx, sentence, [m.span(1)], "attribute", [content], m.span(2), "core.dash_credit.v2", priority=30)


# The sources a headline ends with, after a dash: "Talks stall - sources", "Deal near – diplomatic sources"
_HEADLINE_SOURCES = regex.compile(r"[^\S\n]+([-–—])[^\S\n]+((?:[\w.’'-]+[^\S\n]+){0,2}?[Ss]ources?)[^\S\n]*\.?$")

# A headline's quotation credited after a dash, by a name or by a post in lower case, perhaps with
# what it was said on (British copy): "'We will not back down' - union boss", "‘I miss him’ – TV
# presenter on loss of father"
_CREDITED_POST = (r"((?:[\w.’'-]+[^\S\n]+){0,3}?[\w.’'-]+?)"
                  r"(?:[^\S\n]+(?:on|over|after|about)[^\S\n]+[^\n]{1,80}?)?[^\S\n]*\.?\s*")

_HEADLINE_DASH = regex.compile(r"[^\S\n]+([-–—])[^\S\n]+" + _CREDITED_POST)

# ... and after a colon: "‘We will not back down’: union boss"
_HEADLINE_POST = regex.compile(r"[^\S\n]+" + _CREDITED_POST)


def _headline_dash_credit(ctx: Context, end: int, para_end: int) -> regex.Match | None:
    """The dash and speaker that credit a headline's quotation ending at ``end``:
    only a mention that can speak ("union boss", "PM", "Ann Lee"), not a topic
    ("‘Stay home’ - advice ignored"), and no sentence with a verb of its own ("“...” — Ann
    Lee told reporters", read by the trailing cue)."""
    m = _HEADLINE_DASH.fullmatch(ctx.text, end, para_end)
    if m is None or not sources.is_speaker(ctx.text, *m.span(2), ctx.lexicon):
        return None
    if any(w.islower() and (w in en.AUXILIARIES or lemma(w) != w and (lemma(w) in en.THAT_VERBS or lemma(w) in en.INVERTING_VERBS))
           for w in WORD.findall(ctx.text, *m.span(2), False, tokens.CONCURRENT)):
        return None
    return m


# A credit line is short: a dash, a name, perhaps a role or an occasion.
_CREDIT_LINE_CHARS = 120


# The line under an embedded post that credits it: a dash, the author's name and handle, then the
# date ("— Ann Lee (@annlee) March 3, 2026")
_POST_CREDIT = regex.compile(r"[^\S\n]*([―—–-]+)[^\S\n]*(\p{Lu}[\w.’'-]*(?:[^\S\n]+\p{Lu}[\w.’'-]*){0,4})[^\S\n]*\(@\w{1,30}\)")


def _post_credit(ctx: Context, sentence: Sentence) -> regex.Match | None:
    """The dash and author's name of the line crediting an embedded post, when the sentence
    opens the paragraph right above it (the post's text), else None."""
    paragraph = sentence.paragraph
    if paragraph + 1 >= len(ctx.layout.paragraphs) or paragraph == 0:
        return None
    para_start = ctx.layout.paragraphs[paragraph][0]
    start, end = ctx.layout.paragraphs[paragraph + 1]
    if sentence.start != clauses.skip_space(ctx.text, para_start, sentence.end) or end - start > _CREDIT_LINE_CHARS:
        return None
    if ctx.text.find("(@", start, end) < 0 or ctx.text[:para_start].rstrip().endswith(":"):
        return None  # (a post that a sentence introduces, "She wrote:", is that sentence's)
    return _POST_CREDIT.match(ctx.text, start, end, tokens.CONCURRENT)


# A credit line with no dash, as explainers and newsletters set a pull quote's: a name of two or
# three capitalised words, its comma and an affiliation, nothing more, ended by a full stop or by
# the mark that closes the quotation above, which scraped copy sets after the credit ("Ann Lee,
# Economic Policy Institute."); groups: the name, the comma, the affiliation, the stop, the mark
_BARE_CREDIT_LINE = regex.compile(
    r"[^\S\r\n]*(\p{Lu}[\p{Ll}’'-]+(?:[^\S\r\n]+\p{Lu}\.?[\p{Ll}’'-]*){1,2})[^\S\r\n]*(,)[^\S\r\n]*"
    r"(\p{Lu}[^\n,;:“”\"()]{1,60}?)[^\S\r\n]*(\.?)[^\S\r\n]*([”\"]?)[^\S\r\n]*$")


def _credit_line(ctx: Context, paragraph: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The cue and source of the paragraph after ``paragraph`` (a quotation that fills it) when
    that one is only a credit: a dash and a name ("- Jane Roe."), or a person's name, a comma
    and an affiliation with no verb ("Ann Lee, Economic Policy Institute.": the name and its
    affiliation the source, the closing mark after them or else the full stop the cue), unless
    such lines credit the quotations after them, a name line before the quotation too, with no
    quotation before that line ("Ann Lee, mayor" / "“...”" / "Tom Roe, council leader" /
    "“...”": each line the label of the quotation under it)."""
    paragraphs = ctx.layout.paragraphs
    if paragraph + 1 >= len(paragraphs):
        return None
    start, end = paragraphs[paragraph + 1]
    if end - start > _CREDIT_LINE_CHARS:
        return None
    if (m := _CREDIT_LINE.match(ctx.text, start, end)) is not None:
        return m.span(1), m.span(2)
    if ctx.text.find(",", start, end) < 0 or (m := _bare_credit(ctx, start, end)) is None:
        return None
    if paragraph > 0 and _bare_credit(ctx, *paragraphs[paragraph - 1]) is not None and not (
            paragraph > 1 and _all_quotation(ctx, paragraph - 2)):
        return None
    cue = m.span(5) if m.group(5) else m.span(4)
    return (cue, (m.start(1), m.end(3))) if cue[1] > cue[0] else None


def _bare_credit(ctx: Context, start: int, end: int) -> regex.Match | None:
    """A match of _BARE_CREDIT_LINE on the paragraph [start, end) whose name is a person's
    and whose affiliation holds no verb and names no outlet (an author's line under the
    story's last quotation: "Ann Lee, Associated Press")."""
    if end - start > _CREDIT_LINE_CHARS:
        return None
    m = _BARE_CREDIT_LINE.match(ctx.text, start, end, tokens.CONCURRENT)
    if m is None or kinds.kind(ctx.text, *m.span(1), ctx.lexicon) != "person":
        return None
    if kinds.kind(ctx.text, *m.span(3), ctx.lexicon) == "outlet" or any(
            w.islower() and (w in en.AUXILIARIES or w.endswith("ed") or lemma(w) in en.THAT_VERBS)
            for w in WORD.findall(ctx.text, *m.span(3), False, tokens.CONCURRENT)):
        return None
    return m


def _all_quotation(ctx: Context, paragraph: int) -> bool:
    """Whether a quotation fills the paragraph."""
    start, end = ctx.layout.paragraphs[paragraph]
    q = next(ctx.layout.quotations_from(start), None)
    return q is not None and q.start == clauses.skip_space(ctx.text, start, end) and not ctx.text[q.end:end].strip(" .\t")


# (a role or an affiliation in brackets may stand between the name and its colon: "ANN LEE (host):",
# "Tom Roe (Labour):"; the name alone is the speaker)
_TRANSCRIPT_SPEAKER = regex.compile(r"[\"“]?((?:[A-Z][\w.’'-]+\s+){0,2}[A-Z][\w.’'-]+)" + LABEL_ROLE + r"(:)\s+(?=\S)")

# Section labels that open headlines without naming a speaker ("Poll: ..." and
# "Report: ..." do name one: the document the headline reports).
_HEADLINE_LABEL = regex.compile(
    r"(?i)(?:the\s+)?(?:latest|exclusive|breaking|breaking news|watch|live|live updates|analysis|opinion|"
    r"editorial|review|fact[- ]?check|reality check|explainer|just in|update|photos|video|wow|interview|q&a|transcript|"
    # the labels of explainers and lists: "Factbox: ...", "Timeline: ...", "FAQ: ...", "Key points: ..."
    r"fact[- ]?box|fact[- ]?file|backgrounder|timeline|faqs?|key points|at a glance|in numbers|in pictures|"
    # the labels of a film's or a book's page, a recipe and a listing: "Synopsis: ...", "Recipe: ..."
    r"synopsis|plot|recipe|preview|listings|(?:job\s+)?vacanc(?:y|ies)|for sale|to let|"
    # promotional cries that stand before the story's own sentence: "Bombshell: ...", "Just Leaked: ..."
    r"bombshell|boom|busted|shocking|must see|must watch|look|(?:just\s+|now\s+)?leaked)"
)

# A live page's title, its topic then "Live" or "LIVE" (and "Updates", "Blog"): "Bihar Election LIVE:",
# "Ukraine War Live Updates:" (no speaker's name ends so)
_LIVE_TITLE = regex.compile(r"(?i)\blive(?:\s+(?:updates?|blog|news|coverage))?$")


def headline_speaker(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    if not _has_colon(ctx.text, sentence):
        return  # every speaker this rule reads stands before a colon
    para_start, para_end = ctx.layout.paragraphs[sentence.paragraph]
    # "EXCLUSIVE – Lee: ...": the layout read the label before its dash as a dateline,
    # and the sentence after it opens the paragraph all the same
    label = ctx.text[para_start:sentence.start].rstrip()
    if label and not label.endswith(_LABEL_DASHES):
        yield from _quoted_speaker(ctx, sentence)
        return
    yield from _quoted_speaker(ctx, sentence, inside_only=True)
    if sentence.paragraph == 0 and (told := _quotation_then_speaker(ctx, sentence)) is not None:
        yield told
        return
    credit = _headline_credit(ctx, sentence) if sentence.paragraph == 0 else None
    if credit is not None:
        content, colon, source = credit
        yield candidate(ctx, sentence, [colon], "say", [content], source, "core.headline_speaker.v2", priority=30)
        return
    if sentence.paragraph == 0:
        m, rule = HEADLINE_SPEAKER.match(ctx.text, sentence.start, sentence.end), "core.headline_speaker.v2"
        if m is not None and _HEADLINE_LABEL.fullmatch(m.group(1)) and (
                after := HEADLINE_SPEAKER.match(ctx.text, m.end(), sentence.end)) is not None:
            m = after  # "The Latest: Trump: Wall will be built": a series' label, then its speaker and colon
        if m is None:
            m = _headline_group(ctx.text, sentence.start, sentence.end)
            if m is not None and _past_saying_in_label(ctx, m):
                return  # "She emailed reporters: “...”": a sentence, its own cue before the colon reads it
            verb = _headline_group_verb(ctx.text, m) if m is not None else None
            if verb is not None:
                # "Star heckles supporters: “...”": a sentence before the colon, its subject the speaker
                # and its verb and object the cue
                content = clauses.trim(ctx.text, m.end(), para_end)
                source = sources.trim_mention(ctx.text, m.start(1), m.start(1) + len(ctx.text[m.start(1):verb.start()].rstrip()))
                if content[1] > content[0] and source is not None:
                    yield candidate(ctx, sentence, [(verb.start(), m.end(2))], lemma(verb.group().lower()), [content],
                                     source, "core.headline_speaker.v2", priority=30)
                return
        if m is not None and (_label_names_no_one(ctx, m) or _NAMED_LEAD.match(ctx.text, *m.span(1)) is not None):
            return  # ("Here's Lee: “...”" names its speaker after "Here's": ``colon_quote`` reads it)
    else:
        m, rule = _TRANSCRIPT_SPEAKER.match(ctx.text, sentence.start, sentence.end, tokens.CONCURRENT), "core.transcript_speaker.v2"
        if m is None or _fronted_verb(m.group(1)):
            return  # "Wrote Lee:" is a verb's
        # (a title line of its own inside the story that quotes its speaker: "Kane: We will bounce back")
        title = _quoting_title_line(ctx, sentence, m)
        if _transcript_speakers(ctx) < 2 and not title:
            return  # one "CITY:" line is a dateline; a transcript has at least two speakers
        if _HEADLINE_LABEL.fullmatch(m.group(1)) or en.page_label(m.group(1)) or _subhead(ctx, sentence.paragraph, m) and not title:
            return  # "VIDEO: ..." and "Verdict: False" are labels; "Lee: Hold on. Lee has led ..." a subhead the paragraph tells of
    if m is None or rule == "core.headline_speaker.v2" and (
            _credited_quotation(ctx, m.end(), sentence.end) or _trailing_credit(ctx, sentence, m.end())
            or _leading_credit(ctx, sentence, m.end())):
        return
    if _FEATURE_TITLE.match(ctx.text, m.end(), para_end) is not None:
        return  # "Premier League: Five things we learned", "England v India: as it happened": a feature's title
    if rule == "core.headline_speaker.v2" and _EXPLAINER_END.search(ctx.text, max(m.end(), para_end - _EXPLAINER_REACH), para_end):
        return  # "Vox: The filibuster fight, explained", "Brexit: The deal, in five charts": the page's own explainer
    if rule == "core.headline_speaker.v2" and _topic_before_named_quotation(ctx, m, para_end):
        return  # "Labour leadership: Morgan ‘confident’ of support": the name after the colon owns the words
    content = clauses.trim(ctx.text, m.end(), para_end)
    # (the label's pattern reads the space after its colon: its end is the turn's first mark)
    if rule == "core.transcript_speaker.v2" and (stage := _STAGE_DIRECTION.match(ctx.text, m.end(), para_end)) is not None and (
            stage.group(1).lower() in en.STAGE_DIRECTIONS):
        content = clauses.trim(ctx.text, stage.end(), content[1])  # "TOM ROE: [Crosstalk] Some of them do.": his words follow
    if content[1] > content[0] and not (rule == "core.transcript_speaker.v2" and _tally_or_roll(ctx.text, *content)):
        if rule == "core.headline_speaker.v2" and (verb := _title_case_verb(ctx, m)) is not None:
            # "Lee Addresses Pier Fire: ...": the name before the verb is the speaker, the verb
            # and its object through the colon the cue, as "Star heckles supporters:" in lower case
            source = (m.start(1), m.start(1) + len(ctx.text[m.start(1):verb[0]].rstrip()))
            yield candidate(ctx, sentence, [(verb[0], m.end(2))], lemma(ctx.text[verb[0]:verb[1]].lower()), [content],
                             source, rule, priority=30)
            return
        yield candidate(ctx, sentence, [m.span(2)], "say", [content], m.span(1), rule, priority=30)


# how far into the story a name that a headline's word in "-s" may be is looked for
_NAME_REACH = 2000


def _title_case_verb(ctx: Context, m: regex.Match) -> tuple[int, int] | None:
    """The span of the verb of a headline's label in title case that is a sentence, a name and a
    capitalised verb in "-s" with more words after it ("Lee Addresses Pier Fire", "Roe Wades In"),
    or None: not the first word, not a noun of people, bodies, outlets or documents ("Harbour News
    Daily"), and no name the story goes on to write capitalised ("Ann Sanders Says")."""
    words = list(WORD.finditer(ctx.text, *m.span(1), False, tokens.CONCURRENT))
    if not all(w.group()[:1].isupper() for w in words):
        return None  # "Lee's new statement": no title case
    for w in words[1:-1]:
        word = w.group()
        low = word.lower()
        if not word[1:].islower():
            return None  # "US", "McCain": no verb of title case
        if not low.endswith("s") or low.endswith(("ss", "us", "is", "’s", "'s")):
            continue
        stem = low[:-3] + "y" if low.endswith("ies") else low[:-1]
        if (low in _LABEL_NOUNS or stem in _LABEL_NOUNS or low in en.OUTLET_NOUNS or low in en.OUTLET_NAME_ENDS or document_noun(low)
                or tokens.whole_word_in(ctx.text, word, m.end(), m.end() + _NAME_REACH)):
            return None
        return w.span()
    return None


# a name of one to three capitalised words, a title perhaps, right before a quotation that opens
# straight after it: "Morgan ‘confident’ of support", "PM ‘will not quit’"
_NAME_BEFORE_QUOTATION = regex.compile(r"(?:\p{Lu}[\w.’'-]*[^\S\n]+){0,2}\p{Lu}[\w.’'-]*[^\S\n]+(?=[‘“'\"])")


def _topic_before_named_quotation(ctx: Context, label: regex.Match, end: int) -> bool:
    """Whether a headline's label before its colon ends in a lower-case noun that names no people
    and the words after the colon open with a name and a quotation of that name's words right after
    it ("Welsh Labour leadership: Morgan ‘confident’ of support"): the name is the speaker the
    headline gives, and the label the story's topic (but "Trump: Clinton ‘unfit’ to lead" and
    "Tory rebels: PM ‘must go’" are the label's words)."""
    last = label.group(1).rsplit(None, 1)[-1]
    if not last.islower() or person_noun(last) or kinds.plural(last) and person_noun(last[:-1]):
        return False
    start = clauses.skip_space(ctx.text, label.end(), end)
    m = _NAME_BEFORE_QUOTATION.match(ctx.text, start, end)
    if m is None:
        return False
    q = next(ctx.layout.quotations_from(m.end()), None)
    return q is not None and q.start == m.end()


def _label_names_no_one(ctx: Context, m: regex.Match) -> bool:
    """Whether a headline's label before its colon (``HEADLINE_SPEAKER``'s match) names no
    speaker: "NEW DELHI: ...", a dateline (but "AP: ..." an outlet, "PM: ..." a post); "The
    Latest: ...", "Revealed: ...", a section label, and a page's field ("Pros: ...", "Salary: ...",
    ``default_lexicon.PAGE_LABELS``); "Storm Ada: trains cancelled", the story's
    topic; "Mumbai: Civic body to ..." over a story datelined "MUMBAI:", the place it is from."""
    label = m.group(1)
    return (label.isupper() and not _outlet(ctx, m.span(1)) and label.lower() not in en.PERSON_INITIALISMS
            or _HEADLINE_LABEL.fullmatch(label) is not None or en.page_label(label)
            or _participle_label(label) or _column_label(label) or _topic_label(ctx, label) or _topic_phrase_label(label)
            or _possessed_label(label) or _LIVE_TITLE.search(label) is not None
            or natural_event(ctx.text, m.span(1))
            or _dateline_place(ctx, label))


# A stage direction in brackets that opens a transcript's turn: "[Crosstalk] ", "(Laughs) "
_STAGE_DIRECTION = regex.compile(r"[\[(]([\w-]+)[\])][^\S\n]*")

# The titles of features that a topic and a colon open, no one's words: a list of what a game or a
# week taught ("Five things we learned", "Three talking points", "10 things to know"), what was
# learned, and the live page or its record ("Live updates", "as it happened", "player ratings")
_FEATURE_TITLE = regex.compile(
    r"(?i)(?:(?:\d{1,2}|%s|%s)[^\S\n]+(?:(?:key|big|main)[^\S\n]+)?(?:things|talking[^\S\n]+points|takeaways|lessons|conclusions)"
    r"(?=[^\S\n]*(?:$|[.:!?]|[^\S\n](?:we[^\S\n]+(?:learned|learnt|saw)|from|to[^\S\n]+(?:know|watch|take)"
    r"|you[^\S\n]+(?:need|should|may|might)|after)\b))"
    r"|what[^\S\n]+we[^\S\n]+(?:learned|learnt|know)\b"
    r"|(?:live(?:[^\S\n]+(?:updates|blog|score|scores|coverage|commentary|stream))?|as[^\S\n]+it[^\S\n]+happened"
    r"|player[^\S\n]+ratings|talking[^\S\n]+points|highlights)[^\S\n]*(?:$|[.:!|–—-]))" % (en.NUMBER_WORDS, en.TENS_WORDS),
    regex.MULTILINE)

# The ends of an explainer's title, which says what the page itself shows of its topic, no words
# of the label's ("The filibuster fight, explained", "The deal, in five charts", "The speech,
# annotated"); read in the title's last few characters
_EXPLAINER_END = regex.compile(
    r",[^\S\n]+(?:explained|annotated|decoded|visuali[sz]ed|fact-checked|in[^\S\n]+(?:(?:\d{1,2}|%s)[^\S\n]+)?"
    r"(?:charts?|maps?|graphs?|graphics|numbers|pictures|photos|videos?))[^\S\n]*[.!]?[^\S\n]*\Z" % en.NUMBER_WORDS,
    regex.IGNORECASE)
_EXPLAINER_REACH = 40


def _topic_label(ctx: Context, label: str) -> bool:
    """Whether a headline's one word before its colon is a topic, no speaker: a field of public
    life ("Budget: ..."), or a common noun
    the story writes in lower case too ("Heatwave: hospitals on alert ... the heatwave"), not
    a noun of people, bodies or documents ("Historians: ...", "Poll: ...")."""
    low = label.lower()
    if " " in label or not label.isalpha() or not label[1:].islower():
        return False
    if low in en.TOPIC_NOUNS:
        return True  # "Budget: council plans to cut libraries": a field of public life, in a headline alone too
    if person_noun(low) or document_noun(low) or kinds.plural(low) or low in en.ORGANIZATION_WORDS or low in en.OUTLET_NOUNS:
        return False
    return tokens.whole_word_in(ctx.text, low, 0, len(ctx.text))


def _topic_phrase_label(label: str) -> bool:
    """Whether a headline's label of two words or more before its colon is a topic, no speaker:
    every word capitalised, the last a noun of a thing, an act or a happening ("Ukraine War",
    "Election Results", "Brexit Talks"); not a name that a given name or a title opens ("Ann
    Price", "Senator Price"), nor what a document or a study found ("Poll Results": the poll's),
    nor a title-case sentence, a verb before its last word ("Trump Addresses Munich Attack:"). A
    named day is a topic too ("Black Friday", "Super Tuesday"): no one's name ends in a weekday."""
    words = label.split()
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    lows = [w.lower() for w in words]
    if lows[0] in given_names() or lows[0] in en.TITLES or any(
            w in en.RESEARCH_NOUNS or document_noun(w) or person_noun(w) or lemma(w) != w for w in lows[:-1]):
        return False
    return kinds.thing_noun(lows[-1]) or lows[-1] in en.DAY_NAMES


_LABEL_DASHES = ("–", "—", "|")

# the colon after a headline's opening quotation, then the subject of the words after it
_COLON_AFTER_QUOTATION = regex.compile(r"[^\S\n]*:[^\S\n]+")

# verbs a headline gives the speaker of its opening quotation: "‘We were terrified’: residents describe ...",
# "‘It’s over’: Star admits ...", "‘Unfair’: Coach slams ..."
_HEADLINE_TELLING = frozenset([
    "describe", "recall", "recount", "tell", "say", "speak", "warn", "reveal", "admit", "insist", "vow", "claim",
    "confirm", "announce", "deny", "defend", "plead", "beg", "urge", "thank", "praise", "slam", "blast", "react",
    "respond", "reply", "share", "write", "post", "gush", "rage", "fume", "hail", "blame", "accuse",
    "attack", "criticise", "criticize", "mock", "taunt", "rap", "target",
])

# and a verb that speaks only with its word after it: "‘I’m heartbroken’: Singer breaks silence", "opens up",
# "hits back", "pays tribute" (but "Storm breaks records", "Strike hits commuters")
_HEADLINE_TELLING_PHRASES = {"break": ("silence",), "open": ("up",), "hit": ("back", "out"), "pay": ("tribute",),
                             "lash": ("out",)}


def _quotation_then_speaker(ctx: Context, sentence: Sentence) -> Candidate | None:
    """A headline that opens with a quotation, then a colon and the speaker's
    own sentence: "‘We were terrified’: residents describe night of flooding".
    The subject of that sentence speaks the quotation; its verb is the cue."""
    text = ctx.text
    start = clauses.skip_space(text, sentence.start, sentence.end)
    q = next(ctx.layout.quotations_from(start), None)
    if q is None or q.start != start or q.end >= sentence.end:
        return None
    colon = _COLON_AFTER_QUOTATION.match(text, q.end, sentence.end)
    if colon is None:
        return None
    words = list(WORD.finditer(text, colon.end(), min(sentence.end, colon.end() + 80), False, tokens.CONCURRENT))
    for k, w in enumerate(words[1:6], 1):
        low = w.group().lower()
        base = lemma(low)
        if base == low and low.endswith("s") and not low.endswith("ss"):
            base = low[:-2] if low.endswith(("shes", "ches")) else low[:-1]  # a verb the lemma table lacks: "breaks", "pays", "lashes"
        phrase = _HEADLINE_TELLING_PHRASES.get(base)
        if phrase is not None and k + 1 < len(words) and words[k + 1].group().lower() in phrase:
            cue = (w.start(), words[k + 1].end())  # "breaks silence", "opens up"
        elif base in _HEADLINE_TELLING:
            cue = w.span()
        else:
            continue
        source = sources.trim_mention(text, colon.end(), words[k - 1].end())
        if source is None or not sources.is_speaker(text, *source, ctx.lexicon):
            return None
        return candidate(ctx, sentence, [cue], base, list(q.parts), source, "core.headline_speaker.v2", priority=30)
    return None


def _credited_quotation(ctx: Context, pos: int, end: int) -> bool:
    """Whether a quotation at ``pos`` is credited by a verb after it ("Floods: ‘We will
    rebuild,’ says PM"): the label before the colon is the story's topic, no speaker."""
    q = next(ctx.layout.quotations_from(pos), None)
    if q is None or ctx.text[pos:q.start].strip() or q.end >= end:
        return False
    verb = _VERB_AFTER_QUOTATION.match(ctx.text, q.end, end)
    return verb is not None and lemma(verb.group(1)) in en.INVERTING_VERBS


_VERB_AFTER_QUOTATION = regex.compile(r",?[^\S\n]+([a-z]+)\b")

# a report's credit at a headline's end after a comma, its subject before its verb or after it:
# ", Trump says", ", the operator said", ", says Ann Lee", and after a quotation's comma, ",’ aide says"
_TRAILING_CREDIT = regex.compile(
    r",[’”\"']?[^\S\n]+(?:(?P<subject>(?:[\w.’'-]+[^\S\n]+){0,3}[\w.’'-]+)[^\S\n]+(?P<verb>[a-z]+)"
    r"|(?P<inverted>[a-z]+)[^\S\n]+(?P<speaker>[\w.’'-]+(?:[^\S\n]+[\w.’'-]+){0,3}))\Z")


def _trailing_credit(ctx: Context, sentence: Sentence, pos: int) -> bool:
    """Whether the words of a headline after ``pos`` end with a verb of saying and its own
    speaker after a comma ("Lee: Mexico will pay, Trump says", "..., says Ann Lee"): the
    words are that speaker's, and a name before the headline's colon is its topic."""
    text = ctx.text
    start, end = clauses.trim(text, pos, sentence.end)
    m = _TRAILING_CREDIT.search(text, start, end)
    if m is None:
        return False
    verb = m.group("verb") or m.group("inverted")
    if lemma(verb) not in en.INVERTING_VERBS or verb.endswith("ing"):
        return False
    if m.group("verb") is not None:
        return sources.is_speaker(text, *m.span("subject"), ctx.lexicon, strong=True) or (
            headline_bare_subject(ctx, sentence, m.start("verb")) is not None)
    return sources.is_speaker(text, *m.span("speaker"), ctx.lexicon)


# a report's credit that opens a headline's words after its colon, its subject before its verb:
# "council says", "Ann Lee warns", "police said"
_LEADING_CREDIT = regex.compile(r"(?P<subject>(?:[\w.’'-]+[^\S\n]+){0,3}?[\w.’'-]+)[^\S\n]+(?P<verb>[a-z]+)[^\S\n]+")

# a speaker's own words name him in the first person singular: "Lee: Police said I lied" (a
# body's "we" is its own: "Budget: council says we must cut")
_FIRST_PERSON_SINGULAR = regex.compile(r"(?<![\w’'-])(?:I|[Mm]y|me)(?:[’'](?:m|ve|ll|d))?(?![\w’'-])")


def _leading_credit(ctx: Context, sentence: Sentence, pos: int) -> bool:
    """Whether the words of a headline after its colon at ``pos`` open with their own speaker
    and a verb of saying ("Budget: council says cuts will hit libraries", "Heatwave: police
    warn ..."): the words are that speaker's, and the label before the colon is the story's
    topic. Not when the words after the verb speak in the first person singular, the label's
    own voice ("Lee: Police said I lied")."""
    text = ctx.text
    start, end = clauses.trim(text, pos, sentence.end)
    m = _LEADING_CREDIT.match(text, start, end)
    if m is None:
        return False
    verb = m.group("verb")
    if lemma(verb) not in en.INVERTING_VERBS or verb.endswith("ing") or _FIRST_PERSON_SINGULAR.search(text, m.end(), end) is not None:
        return False
    return sources.is_speaker(text, *m.span("subject"), ctx.lexicon, strong=True) or (
        headline_bare_subject(ctx, sentence, m.start("verb")) is not None)


# A name and the lower-case noun of its people or its words before a headline's colon:
# "Lee camp: ...", "Harbour Board statement: ...", "Democrats' new warning: ..."
_HEADLINE_GROUP = regex.compile(
    r"((?:\p{Lu}[\w.’'-]*[^\S\n]+){0,3}\p{Lu}[\w.-]*(?:[’']s?)?(?:[^\S\n]+[a-z][\w-]*){0,1}[^\S\n]+[a-z]+)[^\S\n]*(:)[^\S\n]+(?=\S)"
)

# the nouns of a side's people and replies, with the tables' nouns of documents and bodies
_SIDE_NOUNS = frozenset(["camp", "reaction", "response", "aides", "allies", "supporters", "backers"])

_LABEL_NOUNS = en.VEHICLE_NOUNS | en.DOCUMENT_NOUNS | en.ORGANIZATION_WORDS | en.PERSON_NOUNS | _SIDE_NOUNS


def _headline_group(text: str, start: int, end: int) -> regex.Match | None:
    """A headline's label that names a side by its people or its words: a name,
    then a lower-case noun of documents, bodies, people or replies ("Lee camp",
    "Times editorial", "Ministry report")."""
    m = _HEADLINE_GROUP.match(text, start, end)
    if m is None:
        return None
    noun = m.group(1).rsplit(None, 1)[-1]
    return m if noun in _LABEL_NOUNS or noun.endswith("s") and noun[:-1] in _LABEL_NOUNS or document_noun(noun) else None


def _headline_group_verb(text: str, m: regex.Match) -> regex.Match | None:
    """The verb of a headline label that is a sentence, a name and a lower-case verb in "-s"
    before its object ("Star heckles supporters:"), not a name and two nouns ("Lee campaign
    aides:", "Biden allies react:"), or None."""
    lower = [w for w in WORD.finditer(text, *m.span(1), False, tokens.CONCURRENT) if w.group().islower()]
    if len(lower) != 2:
        return None
    verb = lower[0].group()
    if not verb.endswith("s") or verb.endswith("ss") or verb in _LABEL_NOUNS or verb[:-1] in _LABEL_NOUNS or (
            verb.endswith("ies") and verb[:-3] + "y" in _LABEL_NOUNS):
        return None
    return lower[0]


def _past_saying_in_label(ctx: Context, m: regex.Match) -> bool:
    """Whether a headline label's lower-case words hold a verb of saying in the past
    ("Lee told reporters:", "She emailed staff:"): a sentence with a subject and a cue of its
    own, no label of a side ("Lee camp:", "Times editorial:"). A form in "-s" or "-ing" may be a
    noun ("Clinton emails", "Democrats' new warning"), so only a past form counts."""
    return any(w.islower() and not w.endswith(("s", "ing")) and lemma(w) != w and says(ctx, w)
               for w in WORD.findall(ctx.text, *m.span(1), False, tokens.CONCURRENT))


def _outlet(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether the mention is a news outlet's ("AP", "PTI")."""
    return kinds.kind(ctx.text, *span, ctx.lexicon) == "outlet"


# The last words of a column's or a notice's name: "Delegate Update", "Harbour Daily", "Paid Notice"
_COLUMN_NOUNS = frozenset(["update", "updates", "newsletter", "briefing", "digest", "roundup", "recap",
                           "notice", "daily", "weekly", "podcast", "bulletin",
                           # the labels of opinion pages: "Comment: ...", "Guest Column: ...", "Our View: ..."
                           "comment", "commentary", "column", "op-ed", "viewpoint", "perspective", "view", "letters"])


def _column_label(label: str) -> bool:
    """Whether a headline's label names a column, a newsletter or a notice by its
    last word ("Delegate Update", "Harbour Daily"): a series, no speaker."""
    return label.rsplit(None, 1)[-1].lower() in _COLUMN_NOUNS


def _participle_label(label: str) -> bool:
    """Whether a headline's label ends in a verb's past participle ("Revealed",
    "Now Confirmed", "Explained"), which tells what the story does and names no
    speaker; a name in -ed ("Ahmed", "Ted") is no verb form the lemma table knows."""
    last = label.rsplit(None, 1)[-1].lower()
    return last.endswith("ed") and lemma(last) != last


def _possessed_label(label: str) -> bool:
    """Whether a headline's label is a thing of someone's that a possessive pronoun opens ("His
    message", "Her verdict", "Their plea"): the story's label for what follows, whose "his" the
    headline names no one for; no speaker ("Lee: ...", "Report: ..." are)."""
    first, _, rest = label.partition(" ")
    return bool(rest) and first.lower() in en.POSSESSIVE_PRONOUNS and rest.islower()


def _subhead(ctx: Context, paragraph: int, label) -> bool:
    """Whether a paragraph's label heads a list's item, not a turn of a transcript: its
    last word names someone again later in the paragraph, or in the next when that
    opens with no label of its own ("Lee: Hold on. Senator Ann Lee has led ...");
    a speaker in a transcript seldom names himself."""
    name = label.group(1).rsplit(None, 1)[-1]
    paragraphs = ctx.layout.paragraphs
    if tokens.whole_word_in(ctx.text, name, label.end(), paragraphs[paragraph][1]):
        return True
    if paragraph + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[paragraph + 1]
    return _TRANSCRIPT_SPEAKER.match(ctx.text, start, end) is None and tokens.whole_word_in(ctx.text, name, start, end)


# a word of the first person, by which a title line quotes its speaker ("Kane: We will bounce
# back", "Lee: I am staying"), in the case it is written in ("US" is a country's)
_FIRST_PERSON = regex.compile(r"(?<![\w’'-])(?:I|[Ww]e|[Mm]y|[Oo]urs?|us|me)(?:[’'](?:m|ve|ll|re|d))?(?![\w’'-])")

# the most words after the colon of a title line
_TITLE_LINE_WORDS = 12


def _quoting_title_line(ctx: Context, sentence: Sentence, label) -> bool:
    """Whether a paragraph is a title line of its own that quotes its speaker: a person's name,
    a colon and a few words in the first person with no full stop ("Kane: We will bounce back",
    "Ann Lee: I am not going anywhere"); not a list's item ("Lee: The favourite"), a tally, nor a
    paragraph of sentences."""
    para_start, para_end = ctx.layout.paragraphs[sentence.paragraph]
    line = ctx.text[label.end():para_end].rstrip()
    if not line or line.endswith((".", ",", ";", ":")) or "\n" in line or sentence.end < len(line) + label.end() - 1:
        return False
    if len(WORD.findall(line, 0, len(line), False, tokens.CONCURRENT)) > _TITLE_LINE_WORDS or _FIRST_PERSON.search(line) is None:
        return False
    return kinds.kind(ctx.text, *label.span(1), ctx.lexicon) == "person" and not label.group(1).isupper()


def _tally_or_roll(text: str, start: int, end: int) -> bool:
    """Whether what follows a label is a tally or a roll of names, not speech:
    "Clinton: 1,769.", "Iowa: Ann Lee, Tom Roe, Abe Mensah", and a credit's one name
    with no mark to end it ("Director: Ann Lee", "Music: Tom Roe" under a review)."""
    if not any(c.isalpha() for c in text[start:end]):
        return True
    words = WORD.findall(text, start, end, False, tokens.CONCURRENT)
    capitalised = all(w[0].isupper() for w in words)
    # (a turn's one word ends in its full stop: "LEE: December.")
    unmarked = text[end - 1].isalpha() and (end == len(text) or text[end].isspace())
    return capitalised and (text.count(",", start, end) >= 2 or len(words) <= _CREDITED_NAME_WORDS and unmarked)


# the most words of a name a credit's label gives ("Director: Ann Marie Lee")
_CREDITED_NAME_WORDS = 4


# The speaker a headline ends with, after a colon: "Fares to rise in May: Minister",
# "‘We will win’: Ann Lee", with what the speaker spoke on: "‘We will rebuild’: PM on
# the floods" (Indian and British copy).
_HEADLINE_CREDIT = regex.compile(
    r"[^\S\n]+((?:\p{Lu}[\w.’'-]*[^\S\n]+){0,3}\p{Lu}[\w.’'-]*)(?:[^\S\n]+(?:on|over)[^\S\n]+[^:\n]{1,60}?)?[^\S\n]*")


def _headline_credit(ctx: Context, sentence: Sentence) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """The content, colon and speaker of a headline in sentence case that
    credits its speaker at the end. A headline in title case is left alone:
    there "Lee to Voters: Stay Home" cannot be told apart."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    colon = text.rfind(":", s0, s1)
    if colon < 0:
        return None
    tail = _HEADLINE_CREDIT.fullmatch(text, colon + 1, s1)
    if tail is None and (q := next(ctx.layout.quotations_from(clauses.skip_space(text, s0, colon)), None)) is not None and (
            q.end == colon and q.start == clauses.skip_space(text, s0, colon)):
        # "‘We will not back down’: union boss": after a quotation alone, a post in lower case
        # credits it too, if it can speak
        tail = _HEADLINE_POST.fullmatch(text, colon + 1, s1)
        if tail is not None and not sources.is_speaker(text, *tail.span(1), ctx.lexicon):
            return None
    if tail is None and (post := _HEADLINE_POST.fullmatch(text, colon + 1, s1)) is not None and _credited_in_lower_case(
            text, post.span(1)):
        tail = post  # "Two held for robbery: police", "Rates to stay unchanged: officials", "...: survey"
    if tail is None or _HEADLINE_LABEL.fullmatch(tail.group(1)):
        return None
    content = clauses.trim(text, s0, colon)
    words = WORD.findall(text, *content)
    if len(words) < 3 or not any(w.islower() and len(w) > 3 for w in words):
        return None
    return content, (colon, colon + 1), _without_mood(text, tail.span(1))


# the most words a credit in lower case after a headline's colon takes ("senior police officials")
_CREDITED_LOWER_WORDS = 3


def _credited_in_lower_case(text: str, span: tuple[int, int]) -> bool:
    """Whether a headline's words after its colon, all in lower case, credit its report: a few words
    whose last names people by their part ("doctors", "officials", "experts", "sources"), a body
    ("police", "the ministry") or a finding's text ("report", "survey", "study", "poll"); not a
    gallery's or a page's label ("photos", "highlights", "live")."""
    words = WORD.findall(text, *span)
    if not 0 < len(words) <= _CREDITED_LOWER_WORDS or not all(w.islower() for w in words):
        return False
    head = words[-1]
    return (person_noun(head) or head in _CREDITING_NOUNS or head in en.ORGANIZATION_WORDS
            or head in en.STATE_BODY_NOUNS or head in en.RESEARCH_NOUNS)


# the unnamed sources and a state's organs that credit a headline in lower case ("...: govt"), besides
# the nouns of people, bodies and findings the lexicon holds
_CREDITING_NOUNS = frozenset("source sources ministry government govt administration embassy".split())


def _without_mood(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A headline's speaker without the words of mood after it: "Minister" of "‘...’: Minister
    defiant over strike", "Ann Lee" of "Ann Lee furious" (but "union boss", "TV presenter": a
    noun in lower case that is one of people or of a body is the head)."""
    words = list(WORD.finditer(text, *span))
    while len(words) > 1 and words[-1].group().islower() and not person_noun(words[-1].group()) and (
            words[-1].group() not in en.ORGANIZATION_WORDS) and not kinds.plural(words[-1].group()):
        words.pop()
    return span[0], words[-1].end()


# A name, a colon and a quotation, inside a paragraph: 'Clinton: "Our goal is ..." Bush: "..."'
_NAME = r"(?:[A-Z][\w.’'-]+\s+){0,3}[A-Z][\w.’'-]+"

_QUOTED_SPEAKER = regex.compile(r"(" + _NAME + r"(?:\s+and\s+" + _NAME + r")?)(:)\s*(?=[“\"])")

# ... after a dash or "More from" inside a sentence: "- Ann Lee and Tom Roe: “...”" (digest copy)
_CREDITED_SPEAKER = regex.compile(r"(?:\s[-—–]+|\bMore from)\s+(" + _NAME + r"(?:\s+and\s+" + _NAME + r")?)(:)\s*(?=[“\"])")


def _quoted_speaker(ctx: Context, sentence: Sentence, *, inside_only: bool = False) -> Iterator[Candidate]:
    text = ctx.text
    found = [] if inside_only else [_QUOTED_SPEAKER.match(text, sentence.start, sentence.end)]
    found += _CREDITED_SPEAKER.finditer(text, sentence.start, sentence.end, False, tokens.CONCURRENT)
    for m in found:
        if m is None or en.page_label(m.group(1)) or ctx.layout.inside_quote(m.start(1)) or _fronted_verb(m.group(1)):
            continue
        q = next(ctx.layout.quotations_from(m.end()), None)
        if q is not None and q.start == m.end():
            yield candidate(ctx, sentence, [m.span(2)], "say", list(q.parts), m.span(1), "core.transcript_speaker.v2",
                             priority=30)


def _fronted_verb(label: str) -> bool:
    """Whether a label opens with a verb of saying in the past, fronted before
    its speaker ("Continued Lee:", "Wrote Roe:", "Stated Ann Lee:"): no name
    but a verb and its speaker, read by ``colon_quote``."""
    first, _, rest = label.strip().partition(" ")
    low = first.lower()
    base = lemma(low)
    return bool(rest) and first[:1].isupper() and base != low and (base in en.INVERTING_VERBS or base in en.THAT_VERBS)


def _has_colon(text: str, sentence: Sentence) -> bool:
    """Whether the sentence holds a colon: a cheap test before the patterns that need one."""
    return text.find(":", sentence.start, sentence.end) >= 0


def _transcript_speakers(ctx: Context) -> int:
    """How many different labels open paragraphs ("HOST:", "Matthews:"),
    counted once per parse: a dialogue has two or more."""
    if "transcript_speakers" not in ctx.memo:
        labels = set()
        for start, end in ctx.layout.paragraphs[1:]:
            m = _TRANSCRIPT_SPEAKER.match(ctx.text, start, end)
            if m and not en.page_label(m.group(1)):
                labels.add(m.group(1))
        ctx.memo["transcript_speakers"] = len(labels)
    return ctx.memo["transcript_speakers"]


# "Kasich resisted: “...”", "From the report: “...”": a clause, a colon, a quotation
# (or a single mark, as British copy opens one: "A third chimed in: ‘...’"; the layout tells a
# quotation from an apostrophe)
_COLON_QUOTE = regex.compile(r"([^:;“”\"\n]{3,200}?)[^\S\n]*(:)[^\S\n]*(?=[“\"‘']|'')")

# A coordinator that opens a second clause before the colon: "Reid scoffed, but he gave X a compliment: “...”"
_CLAUSE_COORDINATOR = regex.compile(
    r"(?:,[^\S\n]*(?:but|and|yet)|[^\S\n]+(?:but|yet))[^\S\n]+(?=[a-z])"
    # or the clause of a result: "The hall was so cold that the mayor could only joke: “...”"
    r"|[^\S\n]+(?:so|such)[^\S\n]+(?:[\w’'-]+[^\S\n]+){1,3}?that[^\S\n]+(?=\w)")

# a colon right before a quotation opens
_COLON_THEN_QUOTE = regex.compile(r"[^\S\n]*:[^\S\n]*(?=[“\"]|'')")


def _clause_after_quotation(ctx: Context, start: int, end: int) -> int | None:
    """Where a clause coordinated after the sentence's last quotation before a
    colon and a quotation opens ("..., but he gave X a compliment: “...”"), if one does."""
    text = ctx.text
    colon = _COLON_THEN_QUOTE.search(text, start, end)
    if colon is None:
        return None
    last = None
    for last in ctx.layout.quotations_ending_in(start, colon.start()):
        pass
    if last is None:
        return None
    coordinated = None
    for coordinated in _CLAUSE_COORDINATOR.finditer(text, last.end, colon.start()):
        pass
    return coordinated.end() if coordinated is not None else None


# a lead that names the quotation's source outright
_NAMED_LEAD = regex.compile(
    # "More from the report:"
    r"(?:(?:And|But|So)\s+)?(?:(?:More\s+)?From|Here(?:’|')s|Here[^\S\n]+is|Per)\s+(.+?)\s*$",
    regex.IGNORECASE,
)

# the occasion a lead's speaker is presented at, after the name: "Here's the mayor | at the rally in
# Leeds:", "Here is Lee | during Tuesday's debate:" (where the words were said, not who said them)
_OCCASION_AFTER_NAME = regex.compile(
    r"[^\S\n]+(?:at|during)[^\S\n]+(?:a|an|the|this|that|his|her|their|its|last|[\w’'-]+[’']s)[^\S\n]+"
    r"(?:[\w’'-]+[^\S\n]+){0,3}?(?:" + "|".join(sorted(sources.EVENT_NOUNS, key=lambda w: (-len(w), w))) + r")s?(?![\w’'-])",
    regex.IGNORECASE)

# a dash before a lead that names its source: " - More from the report:"
_DASH_THEN_FROM = regex.compile(r"[^\S\n][-–—]+[^\S\n]*(?=(?:More[^\S\n]+)?From[^\S\n])", regex.IGNORECASE)

# the mark that opens a list's item before its first word: "• ", "- ", "* ", "▪ "
_LIST_MARK = regex.compile(r"[" + tokens.LIST_MARKS + r"][^\S\n]+")

# the articles that open a label apposed to a name: "Ann Lee, a resident:"
_APPOSED_ARTICLES = frozenset("a an the".split())

# the prepositions that end the head of such a label
_APPOSED_HEAD_ENDS = frozenset("of for at in from with".split())


def _apposed_label(ctx: Context, src: tuple[int, int], predicate: tuple[int, int]) -> bool:
    """Whether what stands between a name and its colon is a label set beside the name after a
    comma, with no verb: "Ann Lee, the council leader:", "Tom Roe, a local shopkeeper:", "Ann
    Lee, council leader:", "Tom Roe, a nurse at the hospital:" (an article or a small letter opens
    it, a noun of people heads it); not a clause
    ("Lee, however, told reporters:")."""
    text = ctx.text
    if text.find(",", src[1], predicate[0]) < 0 or text[src[0]] in tokens.OPENING_QUOTE_MARKS:
        return False
    words = WORD.findall(text, *predicate, False, tokens.CONCURRENT)
    if not words or len(words) > 8 or any(w.islower() and says(ctx, w) for w in words):
        return False
    # (the head before a phrase after it: "the leader of the council", "a nurse at the hospital")
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in _APPOSED_HEAD_ENDS), words[-1])
    return (words[0].lower() in _APPOSED_ARTICLES or words[0].islower()) and person_noun(head.lower())


_EMPTY_SUBJECTS = frozenset("there it this that here what which one".split())

# A comma and a participle that end a predicate before its colon: ", saying", ", writing"
_COMMA_PARTICIPLE_END = regex.compile(r",[^\S\n]+([a-z]+ing)$", regex.REVERSE)

# ... or one with its own subject (``OWN_SUBJECT``), which the clause before the colon ends with
_OWN_SUBJECT_PARTICIPLE_END = regex.compile(
    r"(?:,|\bwith)[^\S\n]+" + OWN_SUBJECT + r"(?:[^\S\n]+[\w’'-]+){0,3}$", regex.REVERSE)

# The last word of a subject read up to the colon, a verb of saying it swallowed: "Lee concludes:"
_SUBJECT_LAST_WORD = regex.compile(r"[^\S\n]+([a-z]+)$", regex.REVERSE)

# A prepositional phrase that goes on with the subject before its colon, then its verb: an
# auxiliary or a past in -ed ("from the Lee Institute had", "in the report makes")
_VERB_AFTER_MODIFIER = regex.compile(
    r"(?:by|from|in|of|on|over|at|with)[^\S\n]+(?:[\w’'.-]+[^\S\n]+){1,12}?"
    r"((?:has|have|had|is|was|were|are|makes|made|gives|gave|offers|offered|[a-z]+ed)\b)")


def _finite_saying(ctx: Context, word: str) -> bool:
    """Whether ``word`` is a verb of saying in a finite form, "-s" or past:
    "concludes", "affirms", "warned" (not a bare noun: "the report")."""
    base = lemma(word)
    if base == word and word.endswith("s"):
        base = word[:-1]  # a verb the lemma table lacks: "affirms"
    return base != word and (base in en.THAT_VERBS or ctx.lexicon.cue_prior(word) >= SAYING_PRIOR)


# A gesture or a pause that ends its sentence: "she laughed.", "Lee paused for a moment."
_GESTURE_FORMS = tuple(sorted(en.GESTURE_VERBS | {"paused", "pauses"}))

_GESTURE_WORD = regex.compile(r"(?<![\w’'-])(?:" + "|".join(_GESTURE_FORMS) + r")(?![\w’'-])", regex.IGNORECASE)

# what may follow it before the full stop: its manner or length ("briefly", "again", "for a moment")
# or the question it met ("when asked about ...")
_GESTURE_TAIL = regex.compile(r"(?:[^\S\n]+(?:[a-z]+ly|again|for[^\S\n]+a[^\S\n]+(?:moment|second|beat|while)))?"
                              r"(?:,?[^\S\n]+(?:when|as|after)[^\S\n]+(?:she[^\S\n]+was[^\S\n]+|he[^\S\n]+was[^\S\n]+)?"
                              r"(?:asked|pressed|questioned)\b[^.!?\n]*)?[^\S\n]*\.?\s*")

# an adverb between the subject and its gesture: "Lee just shrugged", "she simply smiled"
_GESTURE_ADVERB = regex.compile(r"[^\S\n]+(?:just|only|simply|merely|[a-z]+ly)[^\S\n]*$")

# how far before its sentence's end a gesture is looked for
_GESTURE_REACH = 120


def _gesture_subject(ctx: Context, s0: int, end: int) -> tuple[int, int] | None:
    """The person whose noun phrase ends right at ``end``, before a gesture."""
    src = sources.subject(ctx.text, s0, end, ctx.lexicon)
    if src is None or kinds.kind(ctx.text, *src, ctx.lexicon) != "person" or ctx.text[src[1]:end].strip():
        return None
    return src


def _gesture_then_quotation(ctx: Context, sentence: Sentence, below: Quotation) -> Iterator[Candidate]:
    """A person's gesture that ends its sentence, before the quotation ``below`` that makes
    up a sentence of its own in the paragraph: the quotation is the person's,
    the gesture its cue ("Asked whether she would run, Lee laughed. “Not this
    year.”", "The coach shrugged. “Injuries happen.”")."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    window = text[max(s0, s1 - _GESTURE_REACH):s1].lower()
    if not any(word in window for word in _GESTURE_FORMS):
        return  # (a plain substring test first: most sentences hold no gesture)
    last = None
    for last in _GESTURE_WORD.finditer(text, max(s0, s1 - _GESTURE_REACH), s1, False, tokens.CONCURRENT):
        pass
    if last is None or ctx.layout.inside_quote(last.start()):
        return
    if _GESTURE_TAIL.fullmatch(text, clauses.skip_post_adjuncts(text, last.end(), s1), s1) is None:
        return  # "Lee smiled at the joke about ...": more than the gesture's manner or time follows
    src = _gesture_subject(ctx, s0, last.start())
    if src is None and (adverb := _GESTURE_ADVERB.search(text, max(s0, last.start() - 20), last.start())) is not None:
        src = _gesture_subject(ctx, s0, adverb.start())  # "Lee just shrugged" (but "The family smiled")
    if src is None:
        return
    if text[s0:src[0]].strip() and not text[s0:src[0]].rstrip().endswith(","):
        return  # the subject opens the sentence, or the main clause after a fronted one
    yield candidate(ctx, sentence, [last.span()], "say", list(below.parts), src, "core.colon_lead.v2", priority=60)


# "be" and an adjective of a speaker's manner ending the sentence, adverbs of degree between:
# "is blunt", "was more philosophical", "is refreshingly candid" (`en.SPEAKING_MANNER_ADJECTIVES`)
_MANNER_AT_END = regex.compile(
    r"(?<![\w’'-])(?:is|was|are|were|remains|remained)(?:[^\S\n]+(?:more|less|rather|very|equally|quite|[a-z]+ly)){0,2}"
    r"[^\S\n]+(" + "|".join(sorted(en.SPEAKING_MANNER_ADJECTIVES, key=lambda w: (-len(w), w))) + r")(?=[^\S\n]*\.?[^\S\n]*$)",
    regex.IGNORECASE)

# an age set off by commas after a mention: "The owner, 52, "
_AGE_AFTER = regex.compile(r"[^\S\n]*,[^\S\n]*(\d{1,3})[^\S\n]*,[^\S\n]*$")

# how far before its sentence's end the manner is looked for
_MANNER_REACH = 60


def _manner_then_quotation(ctx: Context, sentence: Sentence, below: Quotation) -> Iterator[Candidate]:
    """A person described by the manner of their speaking, in a sentence of its own that ends on
    it, before the quotation ``below`` that makes up a sentence of its own in the paragraph: the quotation is
    the person's, "be" and the adjective its cue, as before a colon ("The owner, 52, is blunt.
    “Nobody comes any more.”", "Her father is more philosophical. ‘You win some.’")."""
    text = ctx.text
    lo, hi = clauses.trim(text, sentence.start, sentence.end)
    if hi <= lo or text[hi:sentence.end].strip() != "." or ctx.layout.inside_quote(lo):
        return
    m = _MANNER_AT_END.search(text, max(lo, hi - _MANNER_REACH), hi + 1, tokens.CONCURRENT)
    if m is None:
        return
    src = sources.leading_subject(text, lo, m.start(), ctx.lexicon)
    if src is not None and (age := _AGE_AFTER.match(text, src[1], m.start())) is not None:
        src = (src[0], age.end(1))  # "The owner, 52, is blunt.": the age set off by commas is the mention's
    if src is None or text[src[1]:m.start()].strip(" ,") or not sources.is_speaker(text, *src, ctx.lexicon, strong=True):
        return  # "The message was blunt.": a subject that speaks, right before its "be"
    if kinds.kind(text, *src, ctx.lexicon) not in ("person", "group", "organization"):
        return
    yield candidate(ctx, sentence, [m.span()], "colon", list(below.parts), src, "core.colon_quote.v1", priority=60)


# an owned noun of saying is surer than a verb read in the noun ("Her one-word reply:" is no "reply" said)
_OWNED_LEAD_PRIORITY = 45


def _owned_lead_above(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """A lead of an owned noun of saying that is its paragraph's last sentence and ends
    in a colon, over a paragraph that opens with a quotation: the quotation is the
    owner's, as after the colon on the same line ("The club's statement in full:",
    "Here is the full statement from the ministry:")."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    end = s0 + len(text[s0:s1].rstrip())
    if end <= s0 or text[end - 1] != ":" or text[end:ctx.layout.paragraphs[sentence.paragraph][1]].strip():
        return
    q = cues.next_paragraph_quotation(ctx, sentence)
    if q is None:
        return
    lo = clauses.skip_space(text, s0, end)
    if en.page_label(text[lo:end - 1]):
        return  # "Readers' comments:": the page's label over the comments, no owner's words
    owned = _saying_noun_lead(ctx, lo, end - 1)
    if owned is not None:
        yield candidate(ctx, sentence, owned[1], "colon", list(q.parts), owned[0], "core.colon_quote.v1",
                         priority=_OWNED_LEAD_PRIORITY)
    elif text.startswith("Here", lo) and (src := _named_lead_source(ctx, lo, end - 1)) is not None:
        # "Here's Lee in May 1992:", "Here is the coach last week:": the speaker the lead presents, the
        # colon the cue (not "From Ann Roe writing in the Post:" over a block of her column: an excerpt)
        yield candidate(ctx, sentence, [(end - 1, end)], "colon", list(q.parts), src, "core.colon_quote.v1", priority=70)


def _named_lead_source(ctx: Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The source a lead before a colon names outright (``_NAMED_LEAD``): "Here's Lee in May 1992"
    is Lee's, past the time and place after the name; "More from the report" the report's. None
    when what it names cannot speak ("Here's the thing", "Here's what he said") or is the words
    themselves ("Here is the full text")."""
    text = ctx.text
    lead = _NAMED_LEAD.match(text, lo, hi)
    if lead is None:
        return None
    src = clauses.trim(text, *lead.span(1))
    src = (src[0], sources.strip_adjuncts_right(text, *src))
    if (occasion := _OCCASION_AFTER_NAME.search(text, *src)) is not None:
        src = (src[0], sources.strip_adjuncts_right(text, src[0], occasion.start()))  # ("Here's the mayor at the rally:")
    if src[1] <= src[0] or not sources.is_speaker(text, *src, ctx.lexicon):
        return None
    if text.startswith("Here", lo) and kinds.kind(text, *src, ctx.lexicon) == "document":
        return None  # "Here is the full statement:": the words presented, no one who said them
    return src


def _saying_noun_lead(ctx: Context, lo: int, hi: int) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The source and the cue of a lead that is a noun of what was said with its
    owner, and at most a copula and its adjective, alone before a colon or a
    question mark: "His message was simple", "Her reply", "Lee's blunt response
    was", "His message to voters was", "The verdict from the coach". The owner
    (the possessor, or who the noun comes "from") is the source; the noun and its
    copula the cue. The lead may follow a fronted phrase and its comma ("Asked
    about it, her reply was curt")."""
    text = ctx.text
    comma = text.rfind(", ", lo, hi)
    found = _owned_saying_noun(ctx, lo, hi)
    if found is None and comma >= 0 and not ctx.layout.inside_quote(comma):
        found = _owned_saying_noun(ctx, comma + 2, hi)
    return found


def _owned_saying_noun(ctx: Context, lo: int, hi: int) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """``_saying_noun_lead`` for a lead that runs from ``lo``."""
    text = ctx.text
    connective = _LEAD_CONNECTIVE.match(text, lo, hi)
    lo = connective.end() if connective is not None else lo
    owner = None
    full = _IN_FULL_END.search(text, lo, hi)  # (not the "its" of "in its entirety")
    for owner in possessors(text, lo, hi if full is None else full.start()):
        pass  # the last possessor owns the noun: "His team's message"
    m = None
    if owner is not None:
        source = possessor_mention(ctx, lo, owner)
        if source[0] > lo and _owner_name_words(ctx, lo, source[0]):
            source = (lo, source[1])  # "The harbour board's statement:", "The Ministry of Defence's"
        m = _OWNED_LEAD_NOUN.fullmatch(text, owner.end(), hi) if source[0] == lo else None
    if m is None and (m := _LEAD_NOUN_FROM.fullmatch(text, lo, hi)) is not None:
        source = clauses.trim(text, *m.span("owner"))
        if not sources.is_speaker(text, *source, ctx.lexicon) and not (
                m.group("noun") in en.VEHICLE_NOUNS and kinds.kind(text, *source, ctx.lexicon) == "organization"):
            return None  # (a statement or a letter from a body is the body's: "The statement from the club")
    if m is None:
        return None
    copula = clauses.trim(text, *m.span("copula"))
    if m.re is _LEAD_NOUN_FROM:
        # "reaction | from Labour | was swift": the owner is no cue's
        return source, [m.span("noun"), copula] if copula[1] > copula[0] else [m.span("noun")]
    # "message to voters was simple", "advice to young players": the cue runs to the colon, so no word in it
    # reads as a verb of its own ("players:")
    return source, [clauses.trim(text, m.start("noun"), hi)]


# the small words a name of several words may hold between its capitals: "Ministry of Defence",
# "Department for Transport", "Marks & Spencer"
_NAME_LINKS = frozenset("of for and & the on".split())

# how many words may open an owner's mention before its possessive word
_OWNER_WORDS = 6

# a character no name or noun phrase of this kind holds
_OWNER_MARK = regex.compile(r"[^\w \t&.’'-]")


def _owner_name_words(ctx: Context, lo: int, start: int) -> bool:
    """Whether the words from ``lo`` to ``start``, where a possessor's mention was read to
    start, are the opening of the same noun phrase that fills the whole lead: a name's words
    in capitals and the small words between them ("Kent County", "The Ministry of"), or an
    article and the nouns that modify the possessor ("The harbour", "The local health"); no
    comma, no verb of saying, no pronoun."""
    text = ctx.text
    words = WORD.findall(text, lo, start, False, tokens.CONCURRENT)
    if not words or len(words) > _OWNER_WORDS:
        return False
    if _OWNER_MARK.search(text, lo, start) is not None:
        return False  # (a mark of its own: a comma, a dash, a bracket, a quotation mark)
    article = words[0].lower() in ("the", "a", "an")
    for k, w in enumerate(words):
        low = w.lower()
        if w[:1].isupper() and (k > 0 or low not in en.PRONOUNS and low not in en.SUBORDINATORS):
            continue
        if k > 0 and low in _NAME_LINKS and words[k - 1][:1].isupper():
            continue  # (between a name's capitals only: "Ministry of Defence", not "the focus on")
        if not (article and w.islower() and w.isalpha()) or (
                low in en.PRONOUNS or low in en.SUBORDINATORS or low in _LEADS_BEFORE_OWNER
                or says(ctx, low) or lemma(low) != low):
            return False
    return True


# words that leave what follows them no owner's name: a preposition or a verb's object
_LEADS_BEFORE_OWNER = frozenset("in on at by with from to after before about over under".split())


def _question_lead_quotation(ctx: Context, sentence: Sentence, below: Quotation) -> Iterator[Candidate]:
    """A noun of what was said and its owner asked as a question, then the
    quotation ``below`` that makes up the next sentence: "Her reply? “Absolutely not.”"
    The quotation is the owner's (``_saying_noun_lead``)."""
    text = ctx.text
    lo, hi = clauses.trim(text, sentence.start, sentence.end)  # (the trim leaves the question mark out)
    if hi <= lo or text[hi:sentence.end].strip() != "?" or ctx.layout.inside_quote(lo):
        return
    lead = _saying_noun_lead(ctx, lo, hi)
    if lead is None:
        return
    source, cue = lead
    yield candidate(ctx, sentence, cue, "colon", list(below.parts), source, "core.colon_quote.v1", priority=_OWNED_LEAD_PRIORITY)


def _role_then_name(text: str, src: tuple[int, int]) -> bool:
    """Whether a mention is a noun of people in small letters, perhaps after its modifiers,
    then a name in capitals to its end: "Jazz pianist Leo Marsh", "Veteran actor Tom Roe"
    (not "Lee heckles fans", which ends in no name)."""
    words = [w.group() for w in WORD.finditer(text, *src)]
    lower = [k for k, w in enumerate(words) if w.islower()]
    return bool(lower) and lower[-1] < len(words) - 1 and person_noun(words[lower[-1]]) and all(
        w[:1].isupper() for w in words[lower[-1] + 1:])


def colon_quote(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """A quotation introduced by a clause and a colon, with no verb of saying
    the cue rules know: “Kasich resisted: “...””, “he gave the Texan a
    back-handed compliment: “...””. The quotation is the clause's subject's
    (or the source a lead names: “From the report: “...””)."""
    text = ctx.text
    s0, s1 = sentence.start, sentence.end
    # a gesture, a manner or a question that ends the sentence leads only a quotation that makes
    # up the next sentence of the paragraph: a cheap look-up first, which most sentences fail
    if (below := quotation_after_sentence(ctx, sentence)) is not None:
        yield from _gesture_then_quotation(ctx, sentence, below)
        yield from _manner_then_quotation(ctx, sentence, below)
        yield from _question_lead_quotation(ctx, sentence, below)
    if not _has_colon(text, sentence):
        return
    yield from _owned_lead_above(ctx, sentence)
    start = clauses.skip_space(text, s0, s1)
    if (mark := _LIST_MARK.match(text, start, s1)) is not None:
        start = mark.end()  # "• Ann Lee, the council leader: “...”": a list's item, its mark no part of the speaker
    m = _COLON_QUOTE.match(text, start, s1, tokens.CONCURRENT)
    if m is None and (dash := _DASH_THEN_FROM.search(text, start, s1, tokens.CONCURRENT)) is not None:
        # "... the sample “looks” right - More from the report: “...”": a heading's dash
        # sets the lead off from what runs before it
        start = dash.end()
        m = _COLON_QUOTE.match(text, start, s1)
    if m is None and (after := _clause_after_quotation(ctx, start, s1)) is not None:
        # "Reid called them “weak,” but he gave the Texan a compliment: “...”": a quotation
        # before the clause that leads this one belongs to the report before it
        start, m = after, _COLON_QUOTE.match(text, after, s1)
    if m is None or ctx.layout.inside_quote(start):
        return
    coordinated = None
    for coordinated in _CLAUSE_COORDINATOR.finditer(text, m.start(1), m.end(1)):
        pass  # the last clause before the colon is the one that leads the quotation
    if coordinated is not None:
        m = _COLON_QUOTE.match(text, coordinated.end(), s1)
        if m is None:
            return
    if clauses.opens_with_subordinator(text, m.start(1), m.end(1)) and text.find(",", m.start(1), m.end(1)) < 0:
        return  # "If we lived in calmer times a reader would ask: “...”": no comma tells where the main clause starts
    q = next(ctx.layout.quotations_from(m.end()), None)
    if q is None or q.start != m.end() or en.page_label(m.group(1).strip()):
        return  # (and "Reader comments: “...”", the page's label over a comment)
    # (an owned noun first: "Here's the club's statement:" names no speaker after "Here's")
    owned = _saying_noun_lead(ctx, m.start(1), m.end(1))
    lead = _NAMED_LEAD.match(text, m.start(1), m.end(1)) if owned is None else None
    if owned is not None:
        # "His message was simple: “...”", "The verdict from the coach: “...”": the noun's owner speaks
        src, cue = owned
    elif lead is not None:
        named = _named_lead_source(ctx, m.start(1), m.end(1))  # "Here’s Lee in May 1992:"
        if named is None:
            return  # "Here's the thing: “...”": no one named
        src, cue = named, [m.span(2)]
    elif (felt := _FEELER_AFTER.search(text, m.start(1), m.end(1))) is not None and feeling_lemma(
            felt.group(1)) in en.PSYCH_VERBS and sources.is_speaker(text, *felt.span(2), ctx.lexicon, strong=True):
        # "The ruling doesn't surprise Ann Lee: “...”": the one the verb of feeling moves speaks,
        # its object; the colon the cue
        src, cue = felt.span(2), [m.span(2)]
    else:
        src = sources.leading_subject(text, m.start(1), m.end(1), ctx.lexicon)
        if (src is None or text[src[0]:src[1]].lower() in _EMPTY_SUBJECTS
                or not sources.is_speaker(text, *src, ctx.lexicon, strong=True)):
            return  # "There was one problem: “...”": no one speaks
        predicate = clauses.trim(text, src[1], m.end(1))
        verb = _VERB_AFTER_MODIFIER.match(text, *predicate) if predicate[1] > predicate[0] else None
        if verb is not None:
            # "A paper from the Lee Institute had this to say: “...”": the subject's modifier is the
            # subject's, the cue opens at the verb after it
            src, predicate = (src[0], clauses.trim(text, src[0], verb.start(1))[1]), (verb.start(1), predicate[1])
        if predicate[1] > predicate[0] and _OWN_SUBJECT_PARTICIPLE_END.search(text, *predicate) is not None:
            return  # "Fans flooded the page, with one writing: “...”": the participle's own subject speaks (its rule's)
        cue = [predicate] if predicate[1] > predicate[0] else [m.span(2)]
        if predicate[1] > predicate[0] and _apposed_label(ctx, src, predicate):
            # "Ann Lee, the council leader: “...”": the label apposed to the name is the
            # speaker's, the colon the cue
            src, cue = (src[0], predicate[1]), [m.span(2)]
        if predicate[1] > predicate[0] and (last := _COMMA_PARTICIPLE_END.search(text, *predicate)) is not None:
            cue = [last.span(1)]  # "Lee rallied supporters, saying: “...”": the participle speaks the quotation
        verb = WORD.match(text, *src)
        if verb is not None and predicate[1] <= predicate[0] and _fronted_verb(text[src[0]:src[1]]):
            # "Continued Lee: “...”": the verb fronted before its speaker is the cue
            cue, src = [verb.span()], (clauses.skip_space(text, verb.end(), src[1]), src[1])
        elif predicate[1] <= predicate[0] and (last := _SUBJECT_LAST_WORD.search(text, *src)) is not None and (
                _finite_saying(ctx, last.group(1))):
            # "The report concludes: “...”": the subject read to the colon ends with its verb of saying
            cue, src = [last.span(1)], clauses.trim(text, src[0], last.start())
    if src[1] <= src[0] or cue == [m.span(2)] and text[m.end()] in "‘'" and not text.startswith("''", m.end()) and not (
            _role_then_name(text, src)):
        # (a quotation in single marks needs a verb before its colon: a headline's "Lee heckles
        # fans: ‘...’" reads as one long subject, the colon no cue; but a name after the noun of
        # its trade is a speaker's whole label: "Jazz pianist Leo Marsh: ‘...’")
        return
    yield candidate(ctx, sentence, cue, "colon", list(q.parts), src, "core.colon_quote.v1",
                     priority=_OWNED_LEAD_PRIORITY if owned is not None else 70)


# a verb of feeling in the active (an auxiliary and "not" before it at most) and its object to the
# colon, a name in capitals: "doesn't surprise | Ann Lee", "has long frustrated | Mayor Roe" (the
# verb read in the predicate, where a subject read short leaves its noun: "The board's | decision
# doesn't surprise Lee")
_FEELER_AFTER = regex.compile(
    r"(?<![\w’'-])(?:(?:does|do|did|has|have|had|will|would|can|could|may|might)(?:n[’']t)?[^\S\n]+(?:not[^\S\n]+)?"
    r"(?:[a-z]+ly[^\S\n]+)?)?(\p{Ll}+)[^\S\n]+(\p{Lu}[\w’'.-]*(?:[^\S\n]+\p{Lu}[\w’'.-]*){0,3})[^\S\n]*$")

_WRITTEN_LEAD_NOUNS = frozenset("letter tweet post memo email note".split())

# (and the written vehicles a statement comes in: "The board's letter:", "The statement from the club:")
_LEAD_NOUN = "(?P<noun>" + "|".join(sorted(LEAD_NOUN_FORMS | _WRITTEN_LEAD_NOUNS, key=lambda w: (-len(w), w))) + ")s?"

# what the noun is to or about, a short phrase: "message to voters", "verdict on the season"
_LEAD_NOUN_TOPIC = r"(?P<topic>[^\S\n]+(?:to|on|about|for|over)(?:[^\S\n]+[\w’'.-]+){1,5}?)?"

# the whole of what was said, after the noun: "statement in full", "letter in its entirety"
_IN_FULL_WORDS = r"[^\S\n]+in[^\S\n]+(?:full|its[^\S\n]+entirety)"
_IN_FULL = r"(?:" + _IN_FULL_WORDS + r")?"

_IN_FULL_END = regex.compile(_IN_FULL_WORDS + r"$")

# a copula and at most two words of its complement before the colon: "was simple", "was short and"
_LEAD_COPULA = r"(?P<copula>(?:[^\S\n]+(?:is|was|are|were)(?:[^\S\n]+[a-z][\w-]*){0,2})?)[^\S\n]*"

# what follows a possessor in such a lead: a modifier, the noun, the copula ("’s | blunt response was short")
_OWNED_LEAD_NOUN = regex.compile(r"[^\S\n]+(?:[a-z][\w-]*[^\S\n]+)?" + _LEAD_NOUN + _LEAD_NOUN_TOPIC + _IN_FULL + _LEAD_COPULA)

# the noun and who made it after "from": "The verdict from the coach", "A blunt reply from the ministry was"
_LEAD_NOUN_FROM = regex.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+)?" + _LEAD_NOUN
    + r"[^\S\n]+from[^\S\n]+(?P<owner>[^,;:?]+?)" + _IN_FULL + _LEAD_COPULA)

# a connective that may open such a lead, or the words that present the statement below it: "Here
# is the full statement from the club:", "Read the ministry's letter in full:"
_LEAD_CONNECTIVE = regex.compile(r"(?:And|But|Yet|So|Still|Here[’']s|Here[^\S\n]+is|Below[^\S\n]+is|Read)[^\S\n]+")

# "a self-described socialist": a label its bearer gives himself, "self" the source, the participle the
# cue and the noun phrase it labels the content (to a comma, a relative pronoun or a verb), not after "the",
# which refers by the label rather than reporting it ("the self-described socialist has vowed ...")
_SELF_LABEL = regex.compile(
    r"(?<![Tt]he[^\S\n]{1,3})\b(self)-(described|professed|proclaimed)[^\S\n]+"
    r"([^,;:()\n]{1,60}?)(?=[^\S\n]*(?:[,;:()\n.]|$)|[^\S\n]+(?:who|whom|which|that|has|have|had|is|was|are|were"
    r"|said|says|will|would)\b)"
)


def self_labels(ctx: Context, sentence: Sentence) -> Iterator[Candidate]:
    """"Lee, a self-described socialist, said ...": the label is its bearer's own
    report of himself: "self" the source, the participle the cue, the noun
    phrase it labels the content."""
    text, s0, s1 = ctx.text, sentence.start, sentence.end
    if text.find("self-", s0, s1) < 0:
        return  # (most sentences: a cheap test before the pattern)
    for m in _SELF_LABEL.finditer(text, s0, s1):
        if ctx.layout.inside_quote(m.start()):
            continue
        content = clauses.trim(text, *m.span(3))
        if content[1] <= content[0] or text[content[0]] in tokens.OPENING_QUOTE_MARKS:
            continue  # (a label in quotation marks is the writer's quoting it: "self-described “Berners”")
        c = candidate(ctx, sentence, [m.span(2)], lemma(m.group(2)), [content], m.span(1),
                       "core.self_label.v1", priority=90)
        bearer = _label_bearer(ctx, sentence, m.start())
        if bearer is not None:
            # "self" stands for the one the label is set beside: "Ann Lee, a self-described ..."
            c.refers_to, c.refers_kind = bearer, kinds.kind(text, *bearer, ctx.lexicon)
        yield c


# the comma and article of an appositive, right before its label: "Ann Lee, a | self-described"
_APPOSITIVE_BEFORE = regex.compile(r",[^\S\n]+(?:a|an)[^\S\n]+$")


def _label_bearer(ctx: Context, sentence: Sentence, start: int) -> tuple[int, int] | None:
    """The mention an appositive label starting at ``start`` is set beside ("Ann Lee,
    a self-described socialist"), or None when it stands in no appositive."""
    text = ctx.text
    m = _APPOSITIVE_BEFORE.search(text, max(sentence.start, start - 6), start)
    if m is None:
        return None
    return sources.subject(text, sentence.start, m.start(), ctx.lexicon)
