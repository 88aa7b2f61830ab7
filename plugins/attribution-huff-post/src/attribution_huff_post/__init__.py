"""attribution plugin for HuffPost (The Huffington Post): what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``huff-post``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL hosts, and, for text with no URL, the lines of its
  house style: datelines with the horizontal bar (U+2015) its pages use as a
  dash ("WASHINGTON ― "), photo credits ("<name> via Getty Images",
  "<name>/HuffPost"), its standing editor's note on Donald Trump, its update
  notes, promos and poll column, its box of the 2016 candidates, and the
  site quoting its own interviews ("told The Huffington Post").
- Its names (HuffPost, The Huffington Post, HuffPo, its columns), so that
  "told The Huffington Post" is read as a relay through an outlet.
- Its photo credits, update notes, promos and author lines, which report
  nothing.
- Slide titles: a slideshow's titles are set like headlines ("Singer Asked
  Fans To Vote Early"), each above its photo credit; the core reads verbs
  in Start Case only in an article's first line, so the plugin reads each
  title as the core reads a headline.
- The items of its poll column ("TOPIC - Jane Roe: “...”", "From the
  report: “...”"), where a name and a colon credit the quotation that
  follows; the core reads a speaker before a colon only at the start of a
  headline or of a transcript line.
- The items of its morning newsletter ("HEADLINE “...” [Outlet.]"): the
  headline in capitals is the source, the bracketed credit the cue.
- Its live blogs' headlines, glued to their time stamps ("9:52PMMayor Says
  ..."): the core sees no headline there; the plugin reads each as one.

Its listicle credits ("“...” ― Jane Roe") are read by the core rule
``core.dash_credit.v2`` already.
"""

from __future__ import annotations

import functools

import regex

from attribution import kinds
from attribution.hookspecs import hookimpl
from attribution.lexicon import spaced
from attribution.outlet_plugin import outlet_hooks
from attribution.rules import Candidate

__version__ = "0.1.0"

OUTLET = "huff-post"
NAME = "HuffPost"
DOMAINS = ("huffpost.com", "huffingtonpost.com")

_SELF = r"(?:The )?(?:Huffington Post|HuffPost)"

SIGNATURES = (
    # A dateline with the horizontal bar: "PHILADELPHIA ― "
    r"^[A-Z][A-Z.’', -]{1,40} ― ",
    # The standing editor's note it appended to its articles on Donald Trump
    r"^Editor[’']s note: Donald Trump (?:regularly incites|is a serial liar)",
    # Its update notes: "This article has been updated to include ..."
    r"^This (?:story|article|post) (?:has been|was) updated\b",
    # Its promos: "Also on HuffPost:", reporters' newsletters
    r"^\ufeff?Also on (?:HuffPost|The Huffington Post|WorldPost)\b",
    # (sought from the "Sign up " both share: a pattern that opens on alternatives is tried at every character)
    r"Sign up (?:(?<=^Sign up )to get an email from\b|(?<=^Want more updates from [A-Z]\w+\? Sign up )for (?:her|his) newsletter)",
    # Its box of the 2016 candidates: "<name> (R-Texas) — Announced <Month> <day>, <year>"
    r"^[^\n]{3,60} — Announced [A-Z][a-z]+ \d{1,2}, \d{4}$",
    # Photo credits on a line of their own
    r"^(?:[A-Z][\w.’'-]* ){1,5}via Getty Images\.?\s*$",
    r"^[^\n/]{2,60}/(?:HuffPost|The Huffington Post)\.?\s*$",
    # The site quoting its own interviews
    r"\b(?:told|tells|telling|spoke (?:to|with)|(?:an? )?interview with) " + _SELF + r"\b",
    # Its own promos for its podcast, app and poll column (a mere mention of
    # them is no signature: other outlets cite the column's poll averages)
    (
        r"\b(?:Subscribe to|Listen to|co-hosts? (?:of )?the) (?:HuffPost|Huffington Post)(?:[’']s)?"
        r" (?:[Pp]olitics )?podcast\b"
    ),
    r"\bFor more (?:video news )?from The Huffington Post\b",
    r"^HUFFPOLLSTER(?::| VIA EMAIL)",
)

OUTLET_NAMES = (
    "the huffington post", "huffington post", "huffpo", "huffingtonpost.com", "huffpost.com",
    "huffpost politics", "huffpost live", "huffpost pollster", "huffpollster",
)

# Photo credits: "Getty.", "<name> via Getty Images.", "<name>/HuffPost.", "<name>/Reuters."
PHOTO_CREDITS = (
    r"Getty(?: Images)?\.?",
    r"(?:[A-Z][\w.’'-]* ){1,5}(?:via |/ ?)Getty Images\.?",
    r"[^\n/]{2,60}/(?:HuffPost|The Huffington Post|Getty Images|AP|Reuters|AFP)\.?",
)

# Paragraphs that report nothing. Matched whole, case-blind.
BOILERPLATE = PHOTO_CREDITS + (
    # Update notes: "This story has been updated to include ..."
    r"This (?:story|article|post) (?:has been|was) updated\b[^\n]*",
    # Promos: "Also on HuffPost:", "For more from The Huffington Post, download our app ..."
    r"\ufeff?Also on (?:HuffPost|The Huffington Post|WorldPost):?",
    r"For more (?:video news )?from The Huffington Post\b[^\n]*",
    # Reporters' newsletters: "Sign up to get an email from <reporter> ...", "Enter your email address:"
    r"(?:Sign up to get an email from|Want more updates from [A-Z]\w+\? Sign up)\b[^\n]*",
    r"Enter your email address:?",
    # Podcast promos: "... Subscribe here or listen to the latest episode below:"
    (
        r"[^\n]{0,200}\b(?:Subscribe here|listen to the latest episode|podcast embedded (?:above|below)|podcast here)"
        r"\b[^\n]*"
    ),
    # The poll column's mail promo: "HUFFPOLLSTER VIA EMAIL! - You can receive this daily update ..."
    r"HUFFPOLLSTER VIA EMAIL!?[^\n]*",
    # Pointers to embedded media: "Watch the mayor’s interview in full below:", "Listen to audio of ... below:"
    r"(?:Watch|Listen to)\b[^\n]{0,160}\b(?:below|above)\b[^\n]{0,80}",
    # Author lines: "<name> is senior media editor at The Huffington Post."
    r"[A-Z][^\n]{2,60}\b(?:is|edits|writes|covers)\b[^\n]{2,120}\b(?:at|for) " + _SELF + r"\b[^\n]*",
    # The standing editor's note the outlet set under its 2016 campaign stories, its view of a
    # candidate, not the story's news: "Editor’s note: Donald Trump regularly incites political
    # violence and is a serial liar ...", and its earlier wording, "Editor’s note: Donald Trump is a
    # serial liar, rampant xenophobe ..."
    r"Editor[’']s note: Donald Trump (?:regularly incites political violence|is a serial liar)\b[^\n]*",
    # The box of the 2016 candidates: "<name> — Announced <Month> <day>, <year>"
    r"[^\n]{3,60} — Announced [A-Z][a-z]+ \d{1,2}, \d{4}",
)


# -- slide titles ------------------------------------------------------------

_WORD = regex.compile(r"\p{L}[\p{L}’'.-]*")


def _start_case(paragraph: str) -> bool:
    """Whether every word of a short paragraph opens with a capital, as the
    site sets headlines ("Singer Asked Fans To Vote Early.")."""
    words = _WORD.findall(paragraph)
    return 3 <= len(words) <= 25 and any(ch.islower() for ch in paragraph) and all(w[0].isupper() for w in words)


@functools.cache
def _photo_credits() -> tuple[regex.Pattern, ...]:
    return tuple(regex.compile(spaced(p), regex.IGNORECASE) for p in PHOTO_CREDITS)


@functools.cache
def _core_parser():
    """A parser with the built-in rules only, to read a slide title as the
    core reads a headline. Built on first use, once."""
    from attribution.parser import Parser

    return Parser(entry_points=False)


def _slide_titles(context, sentence):
    """The title of a slide, a Start Case line right above its photo credit,
    read as the core reads a headline."""
    layout, text = context.layout, context.text
    k = sentence.paragraph
    if context.outlet != OUTLET or k == 0 or k + 1 >= len(layout.paragraphs) or (OUTLET, k) in context.memo:
        return
    context.memo[OUTLET, k] = True  # a paragraph is read once, whatever its sentences
    start, end = layout.paragraphs[k]
    credit = text[slice(*layout.paragraphs[k + 1])].strip()
    if not _start_case(text[start:end]) or not any(p.fullmatch(credit) for p in _photo_credits()):
        return
    yield from _as_headline(text, start, end, "huff-post.slide_title.v1")


def _as_headline(text, start, end, rule):
    """The attributions the core finds in text[start:end] read as an
    article's headline, as candidates of ``rule`` in the whole text."""
    for a in _core_parser().parse(text[start:end], outlet=OUTLET).attributions:
        yield Candidate(
            cue=[(start + s.start, start + s.end) for s in a.cue.spans],
            cue_lemma=a.cue.lemma,
            content=[(start + s.start, start + s.end) for s in a.content],
            rule=rule,
            source=(start + a.source.span.start, start + a.source.span.end) if a.source else None,
            source_kind=a.source.kind if a.source else None,
            via=[(start + v.span.start, start + v.span.end) for v in a.via],
            polarity=a.polarity,
            priority=25,
        )


# -- live-blog headlines -----------------------------------------------------

# Its live blogs, as the page's text comes out, glue each post's headline to
# the time it was posted: "February 6, 2016 9:52PMMayor Says The Vote Was Fair"
# then a line break. The headline runs from the time to the end of its line.
_STAMP = regex.compile(r"\b\d{1,2}:\d\d ?[AP]M ?(?=\p{Lu})")
_BODY = regex.compile(r"[ \t]{0,3}\n{1,2}[\p{L}“\"‘']")


def _live_blog_headlines(context, sentence):
    """A live-blog post's headline, glued to its time stamp, read as the core
    reads a headline."""
    if context.outlet != OUTLET:
        return
    text = context.text
    if text.find("M", sentence.start, sentence.end) < 0:
        return
    para_end = context.layout.paragraphs[sentence.paragraph][1]
    for m in _STAMP.finditer(text, sentence.start, sentence.end):
        if ("live_blog", m.end()) in context.memo:
            continue
        context.memo["live_blog", m.end()] = True  # a headline is read once, whatever sentences it spans
        end = text.find("\n", m.end(), para_end)  # the line ends with its paragraph or before
        if end < 0:
            end = para_end
        if end - m.end() > 200:
            continue
        # a post with text under its headline (a photo's post has only its title and the page's controls)
        if not _BODY.match(text, end, min(len(text), end + 8)):
            continue
        end = m.end() + len(text[m.end() : end].rstrip())
        if _start_case(text[m.end() : end]):
            yield from _as_headline(text, m.end(), end, "huff-post.live_blog_headline.v1")


# -- poll column items -------------------------------------------------------

# "TOPIC - Jane Roe: “...”", "TOPIC -More from Roe and Poe: “...”"; the name
# before the colon is the source of the quotation that follows it.
_NAME = r"[A-Z][\w.’'-]*(?: (?:and |& )?[A-Z][\w.’'-]*){0,5}"
_ITEM = regex.compile(
    r"(?<!\S)-+ ?(?:(?:More|Also) from |From )?(?P<source>" + _NAME + r"|the \w+) ?(?P<cue>:)\s+(?=[“\"])"
)
# "From the report: “...”" opening a sentence
_FROM = regex.compile(r"(?:(?:More|Also) from|From) (?P<source>the \w+|" + _NAME + r") ?(?P<cue>:)\s+(?=[“\"])")


def _poll_items(context, sentence):
    """A poll-column item: "TOPIC - Jane Roe: “...”" credits the quotation to Jane Roe."""
    if context.outlet != OUTLET:
        return
    text, layout = context.text, context.layout
    para_end = layout.paragraphs[sentence.paragraph][1]
    found = list(_ITEM.finditer(text, sentence.start, sentence.end))
    lead = _FROM.match(text, sentence.start, sentence.end)
    for m in found + ([lead] if lead else []):
        quote = next(layout.quotations_from(m.end()), None)
        if quote is not None and quote.start == m.end():
            content = list(quote.parts)
        else:
            content = [(m.end(), m.end() + len(text[m.end() : para_end].rstrip()))]
        yield Candidate(
            cue=[m.span("cue")], cue_lemma="say", content=content, rule="huff-post.poll_item.v1",
            source=m.span("source"), source_kind=kinds.kind(text, *m.span("source"), context.lexicon),
            priority=30,
        )


# -- newsletter items --------------------------------------------------------

# Its morning newsletter sets each item as "HEADLINE IN CAPITALS <summary or
# “quotation”> [Outlet.]": the bracketed credit at the paragraph's end is the
# cue, the headline its source, what lies between its content. The headline is
# two or more words with no lower-case letter; what follows opens on a
# quotation mark or a capitalised word (not on a dash, as the poll column's
# "TOPIC - Jane Roe: “...”" does).
_CAPS = r"[\p{Lu}\d‘’'][\p{Lu}\d‘’',:;?!&./-]{0,40}"
_NEWSLETTER = regex.compile(
    r"(?P<source>" + _CAPS + r"(?: " + _CAPS + r"){1,20}) "
    r"(?P<content>(?=[“\"]|\p{Lu}(?:\p{Ll}| \p{Ll}))[^\n]{2,3000}?)\s{0,3}"
    r"(?P<cue>\[\p{Lu}[^\[\]\n]{0,40}\.\])\s{0,3}$"
)


def _newsletter_items(context, sentence):
    """A newsletter item, "HEADLINE “...” [Outlet.]": the headline is the
    source of what follows it, the bracketed credit the cue."""
    text, layout = context.text, context.layout
    k = sentence.paragraph
    if context.outlet != OUTLET or ("newsletter", k) in context.memo:
        return
    context.memo["newsletter", k] = True  # a paragraph is read once, whatever its sentences
    start, end = layout.paragraphs[k]
    if not text[start:end].rstrip().endswith(".]"):
        return
    m = _NEWSLETTER.match(text, start, end)
    if m is None:
        return
    c0, c1 = m.span("content")
    if text[c1 - 1] == ".":  # the summary's full stop is no part of what it reports
        c1 -= 1
    yield Candidate(
        cue=[m.span("cue")], cue_lemma="report", content=[(c0, c1)], rule="huff-post.newsletter_item.v1",
        source=m.span("source"), source_kind=kinds.kind(text, *m.span("source"), context.lexicon),
        priority=30,
    )


# -- hooks -------------------------------------------------------------------


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
)


@hookimpl
def attribution_rules(register):
    register("huff-post.slide_title.v1", _slide_titles, priority=25, outlet=OUTLET)
    register("huff-post.poll_item.v1", _poll_items, priority=30, outlet=OUTLET)
    register("huff-post.newsletter_item.v1", _newsletter_items, priority=30, outlet=OUTLET)
    register("huff-post.live_blog_headline.v1", _live_blog_headlines, priority=25, outlet=OUTLET)
