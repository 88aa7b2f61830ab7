"""attribution plugin for Western Journalism (The Western Journal): what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``west-journal``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL hosts, and, for text with no URL, the lines of its
  house style: the social promo after a paragraph ("Do you support <name>?
  Like the page:"), clickbait headlines (a "Wow:" label, "Just <Verb>" with
  a teaser after a dash, a word in capitals for effect, "3-Word"), the site
  citing itself ("As reported by Western Journalism"), bare "h/t:" credits.
- Its names, so that "Western Journalism reported ..." or "told Western
  Journal" is read as an outlet.
- Its promos and hat-tips, which report nothing.
- Teaser headlines ("X Just Revealed Y – It Might Surprise You"): the core
  runs the claim on into the teaser; the plugin reads the headline as the
  core reads headlines, but one piece at a time.
- Clickbait labels ("Wow: X Just Said Y"): the core reads the label as the
  headline's speaker; the plugin drops that reading.
"""

from __future__ import annotations

import functools

import regex

from attribution.hookspecs import hookimpl
from attribution.outlet_plugin import label_veto, outlet_hooks
from attribution.rules import Candidate

__version__ = "0.1.0"

OUTLET = "west-journal"
NAME = "Western Journalism"
DOMAINS = ("westernjournal.com", "westernjournalism.com")

# Clickbait labels that open a headline: "Wow:", "BREAKING:", "Just Leaked:".
LABELS = (
    "look", "wow", "watch", "breaking", "boom", "revealed", "bombshell", "busted",
    "just in", "just leaked", "must see", "must watch", "alert", "shocking",
)
_LABEL = regex.compile(r"(?i)(?:" + "|".join(LABELS) + r")\s*:\s+")

# Words a clickbait headline sets in capitals for effect (acronyms like GOP are no signal).
EMPHASIS = (
    "HATE", "BIG", "BIGGER", "HUGE", "SICK", "THIS", "NOT", "LOT", "LAST", "MAJOR", "WHOLE", "ACTUALLY",
    "EPIC", "NEVER", "EVER", "WON’T", "CAN’T", "IF", "AFTER", "DURING", "CRINGE", "INSANE", "STUNNING",
    "SHOCKING", "BRUTAL", "PERFECT", "EXACTLY", "ONLY", "REAL", "TRUTH", "WHY", "WHAT", "HOW",
)

SIGNATURES = (
    # The social promo after a paragraph: "Do you support <name>? Like the page:"
    r"\?\s*Like (?:the|our|this) page:?\s*$",
    # A headline opened by a clickbait label: "Wow: ...", "BREAKING: ..."
    r"\A(?i:" + "|".join(LABELS) + r"):\s",
    # A headline with "Just <Verb>" and a teaser after a dash or an ellipsis
    r"\A[^\n]{0,300}?\bJust [A-Z][a-z]+[^\n]{0,300}?(?:\s[–—]\s|\w- |…)",
    # A headline teasing a number of words: "Launches 4-Word Warning"
    r"\A[^\n]{0,300}?\b(?:\d+|One)[- ]Words?\b",
    # A headline shouting one word in capitals for effect: "She'll HATE It", "Something BIG"
    r"\A[^\n]{0,300}?\b(?:" + "|".join(EMPHASIS) + r")\b",
    # A headline that trails off: "... Here's Why…"
    r"\A[^\n]{0,300}?\w(?:…|\.\.\.)",
    # The site citing itself
    r"\b(?:[Aa]s (?:previously |first )?reported by|reporting for|told) Western Journal(?:ism)?\b",
    # A bare hat-tip line: "h/t: <outlet>."
    r"^h/t/?:?\s+[A-Z]",
)

OUTLET_NAMES = ("western journalism", "western journal", "the western journal", "westernjournalism.com")

# Paragraphs that report nothing: promos and credits. Matched whole, case-blind.
BOILERPLATE = (
    # "Do you support <name>? Like the page:", "Are you on Team <name>? Like the page:"
    r"[^\n]{3,160}\?\s*Like (?:the|our|this) page:?",
    # Hat-tips to the story's origin: "h/t: <outlet>."
    r"h/t/?:?\s+\S.{0,80}",
)


# -- teaser headlines --------------------------------------------------------

# A teaser starts after a spaced dash, a dash glued to the word before it
# ("Her Plan- And Rivals Are Furious"), or an ellipsis.
_TEASER = regex.compile(r"\s+[–—]\s+|(?<=\w)-\s+(?=\S)|…\s*(?=\S)|\.\.\.\s+")
_WORD = regex.compile(r"\p{L}[\p{L}’'.-]*")


def _headline_like(text: str) -> bool:
    """Whether a first line is set as a headline: (nearly) every word capitalised."""
    words = _WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _teaser_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a headline sentence split at its teasers; none when it has no teaser."""
    pieces, pos = [], start
    for m in _TEASER.finditer(text, start, end):
        pieces.append((pos, m.start()))
        pos = m.end()
    if not pieces:
        return []
    pieces.append((pos, end))
    return [(s, e) for s, e in pieces if text[s:e].strip(" .!?…")]


@functools.cache
def _core_parser():
    """A parser with the built-in rules only, to read a piece of a headline as
    the core reads a headline. Built on first use, once."""
    from attribution.parser import Parser

    return Parser(entry_points=False)


def _headline(context, sentence):
    """A teaser headline ("X Just Revealed Y – It Might Surprise You"), read as
    the core reads headlines, a piece at a time: the claim ends at the teaser.

    A headline with a clickbait label is left to the core and the review
    below: the core folds whatever follows the label into the label's
    reading before any plugin can step in.
    """
    if context.outlet != OUTLET or sentence.paragraph != 0:
        return
    text = context.text
    start0, end0 = context.layout.paragraphs[0]
    if _LABEL.match(text, start0, end0) or not _headline_like(text[start0:end0]):
        return
    for start, end in _teaser_pieces(text, sentence.start, sentence.end):
        for a in _core_parser().parse(text[start:end], outlet=OUTLET).attributions:
            yield Candidate(
                cue=[(start + s.start, start + s.end) for s in a.cue.spans],
                cue_lemma=a.cue.lemma,
                content=[(start + s.start, start + s.end) for s in a.content],
                rule="west-journal.headline.v1",
                source=(start + a.source.span.start, start + a.source.span.end) if a.source else None,
                source_kind=a.source.kind if a.source else None,
                via=[(start + v.span.start, start + v.span.end) for v in a.via],
                polarity=a.polarity,
                priority=25,
            )


# -- hooks -------------------------------------------------------------------


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
)


@hookimpl
def attribution_rules(register):
    register("west-journal.headline.v1", _headline, priority=25, outlet=OUTLET)


# "Wow: <headline>": the core reads the clickbait label as the headline's speaker.
attribution_review = label_veto(OUTLET, LABELS)
