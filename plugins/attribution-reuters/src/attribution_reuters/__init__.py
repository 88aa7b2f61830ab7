"""attribution plugin for Reuters: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``reuters``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL host, and, for text with no URL (the agency's copy
  runs under other publishers' names), the lines of its house style: the
  dateline ("WASHINGTON (Reuters) -", "PARIS, Aug 31 (Reuters) -",
  "Dec 29 (Reuters) -"), the credit block that closes a story
  ("(Reporting by ...; Editing by ...)"), the trust-principles footer and
  the agency's copyright line. Other outlets cite the agency ("told
  Reuters", "a Reuters/Ipsos poll") and credit its photographers; neither
  is a signature.
- Its names (Reuters, Thomson Reuters, the Reuters news agency), so that
  "told Reuters" is a relay through an outlet.
- Its credit block, rewrite notes ("(Adds comment from ..., paragraphs
  5-7)"), photo credits ("REUTERS/<name>") and footers, which report nothing.
- The dateline and "..., telling Reuters, “...”", which the core reads
  (the dateline apart from the lede, the agency as the relay): the plugin
  drops any reading whose source or cue lies inside a dateline, and the
  report of the clause before "telling Reuters".
"""

from __future__ import annotations

import bisect

import regex

from attribution.hookspecs import hookimpl
from attribution.outlet_plugin import outlet_hooks

__version__ = "0.1.0"

OUTLET = "reuters"
NAME = "Reuters"
DOMAINS = ("reuters.com",)

_SELF = r"(?:Thomson )?Reuters"
# "WASHINGTON (Reuters) - ", "ORLANDO, Fla. (Reuters) – ", "PARIS, Aug 31 (Reuters) - ", "Dec 29 (Reuters) - "
_DATELINE = r"(?:[A-Z][^\n()“”\"]{0,60}?)?\(Reuters\) ?[-–—]+ ?"

SIGNATURES = (
    # The dateline at the head of a paragraph
    r"^" + _DATELINE + r"\S",
    # The credit block: "(Reporting by <names>[ in <city>]; [Writing by ...;] Editing by <names>)"
    r"\(?(?:Additional )?[Rr]eporting by [^\n;()]{2,300}; (?:[^\n()]{0,300}; )?(?:Writing|Editing) by [A-Z]",
    # A credit block of editing alone, in brackets: "(Editing by <names>)"
    r"\((?:Compiled|Writing|Editing) by [^\n()]{2,200}; Editing by [A-Z][^\n()]{2,200}\)",
    # The footer of its web pages
    r"^Our Standards: The Thomson Reuters Trust Principles\b",
    # Its copyright line
    r"(?:©|\bCopyright) ?\d{4} Thomson Reuters\b",
)

OUTLET_NAMES = ("reuters", "thomson reuters", "reuters news agency", "reuters tv", "reuters breakingviews")

# Paragraphs that report nothing: footers, rewrite notes, photo credits. Matched whole, case-blind.
BOILERPLATE = (
    # "Our Standards: The Thomson Reuters Trust Principles."
    r"Our Standards: The Thomson Reuters Trust Principles\.?",
    # "© 2016 Thomson Reuters. All rights reserved. ..." / "Copyright 2016 Thomson Reuters. Click For Restrictions ..."
    r"(?:©|Copyright) ?(?:©)? ?\d{4} Thomson Reuters\b[^\n]*",
    # Rewrite notes: "(Adds comment from White House, paragraphs 5-7)", "(Corrects spelling of name in paragraph 3)"
    (r"\((?:Adds|Updates|Corrects|Recasts|Rewrites|Refiles|Repeats|Removes|Fixes|Clarifies|Changes|Inserts|Deletes"
    r"|Writes through|Moves|Expands)\b[^\n]{0,300}\)\.?"),
    # "(This story has been refiled to correct ...)", "(This version of the story corrects ...)"
    r"\(This (?:story|version of (?:the|this) (?:story|article)|article) [^\n]{0,300}\)\.?",
    # Pointers to related copy: "For a FACTBOX on the candidates, see:", "Click here for a graphic ..."
    (r"(?:For (?:a |an |the )?(?:FACTBOX|TIMELINE|graphic|interactive|related (?:story|coverage)|more)\b[^\n]{0,200}"
    r"|Click (?:here|on) [^\n]{0,200}|Related (?:coverage|stories|story):?[^\n]{0,200})"),
    # Photo captions ending in the photographer's credit: "... in Washington, May 1, 2016. REUTERS/Ann Lee/File Photo"
    r"[^\n]{0,500}\bREUTERS ?/ ?[A-Z][^\n]{1,80}",
    # Photo credits of its photographers: "Ann Lee / Reuters."
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4} ?/ ?(?:[A-Z][\w ]{0,20} ?/ ?)?Reuters\.?",
)

# A paragraph starting so is a credit line: "(Additional reporting by ...", "Reporting by ...; Editing by ...".
CREDIT_LINES = (
    r"\(?(?:Additional |Writing and additional )?[Rr]eporting by [^\n]{2,300}\b(?:Editing|Writing) by\b",
    r"\(?(?:Compiled|Editing|Graphic|Graphics) by\b",
)

_DATELINE_AT = regex.compile(_DATELINE)
# ", telling Reuters, “...”", ", telling Reuters on Friday that ..."
_TELLING = regex.compile(
    r",\s+(?P<cue>telling)\s+(?P<via>" + _SELF + r"(?: news agency)?)"
    r"(?:(?:\s+(?:on|late|early|earlier|last|in an? [\w ]{0,20}?interview)\b[^,:;“”\"]{0,40}?)?(?:\s*[,:]\s*|\s+that\s+)|\s+)"
)
# "Hours later, ...", "Two days ago, ...": a fronted time before the subject
_FRONTED_TIME = regex.compile(r"[^,\n]{1,40}?\b(?:later|earlier|ago|afterwards?)\s*,\s*")


def _dateline_end(context, sentence) -> int | None:
    """The end of the dateline that opens ``sentence``, if it opens with one."""
    m = _DATELINE_AT.match(context.text, sentence.start, sentence.end)
    if m is None or m.end() >= sentence.end:
        return None
    return m.end()


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
    credit_lines=CREDIT_LINES,
)


@hookimpl
def attribution_review(context, candidate):
    # "WASHINGTON (Reuters) - ...": the dateline is neither a source nor a cue.
    if context.outlet != OUTLET or candidate.rule.startswith(OUTLET + "."):
        return None
    # "X answered the charge, telling Reuters, “...”": the clause before the relay reports nothing.
    if _TELLING.match(context.text, max(e for _s, e in candidate.content), len(context.text)):
        return False
    layout = context.layout
    spans = list(candidate.cue) + ([candidate.source] if candidate.source else [])
    for s, _e in spans:
        k = bisect.bisect_right(layout.sentence_starts, s) - 1
        if k < 0:
            continue
        sentence = layout.sentences[k]
        end = _dateline_end(context, sentence)
        if end is not None and s < end:
            return False
    return None
