"""attribution plugin for Firstpost: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``firstpost``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL host, and, for text with no URL, the lines of its
  house style: the explainer's lead-in ("Let us take a look.", "Let's find
  out:"), its syndication and opinion disclaimers, its WhatsApp promo and
  ownership disclosure, and the site citing its own reporting ("Firstpost
  has learnt", "speaking to Firstpost", "As Firstpost reported"). The agency
  credit at the foot ("(With inputs from PTI)") and paragraphs that open on
  "As per X, ..." are in any Indian outlet's copy, so they are no signature.
- Its names (Firstpost and its sections and show), so that "told
  Firstpost" is a relay through an outlet and "Firstpost reported ..." has
  an outlet as its source.
- Its read-next links, follow-us lines, photo credits, disclaimers and
  author bios, which report nothing.
- Its self-reports that the core does not read: "As Firstpost (had)
  reported, Y" and "Firstpost has learnt that Y" (``firstpost.self_report.v1``).
- Its explainers' question headings: a paragraph that is one question
  ("What did the minister say about the ‘new rules’?") asks and reports
  nothing. The core silences short ones; the plugin drops what the core
  reads in the longer ones, those with quote marks or a colon, and question
  headlines. Section labels before a headline's colon ("Explained: ...",
  "FP Explainer: ...") are no speaker either.

"As per X, Y" and "According to X, Y" leads, and the credit line "With
inputs from agencies", need nothing here: the core reads them.
"""

from __future__ import annotations

import bisect

import regex

from attribution import clauses
from attribution.hookspecs import hookimpl
from attribution.lexicon import spaced
from attribution.outlet_plugin import outlet_hooks
from attribution.rules import Candidate

__version__ = "0.1.0"

OUTLET = "firstpost"
NAME = "Firstpost"
DOMAINS = ("firstpost.com",)

# The wire services whose copy it runs and credits.
AGENCIES = r"(?:agencies|agency|PTI|ANI|IANS|Reuters|AP|AFP|Bloomberg|ENS|wires?)"
_SELF = r"(?:Firstpost|FP)"

SIGNATURES = (
    # (The agency credit at the foot, "(With inputs from PTI)", and paragraphs opening
    # on "As per X, ..." are in any Indian outlet's copy: they are no signature of Firstpost's.)
    # The explainer's lead-in, a paragraph of its own: "Let us take a look.", "Let's find out:"
    r"^Let(?:['’]s| us) (?:take a (?:closer |quick )?look|find out|explain|understand)\b[^\n]{0,40}[:.]\s*$",
    # Wire copy run unedited, and the opinion disclaimer
    r"\bnot been edited by Firstpost staff\b",
    r"\bdo(?:es)? not necessarily reflect Firstpost['’]s views\b",
    # The WhatsApp promo and the ownership disclosure
    r"^Firstpost is now on WhatsApp\b",
    r"\bFirstpost is a part of the Network ?18 group\b",
    # The site citing its own reporting and interviews, in the present tense or as the lede
    r"\b" + _SELF + r" (?:has|had) (?:exclusively )?learn(?:t|ed)\b",
    r"\b(?:[Ss]peaking|[Tt]alking) (?:exclusively )?(?:to|with) Firstpost\b",
    # (sought from "with Firstpost", the words before it checked as a lookbehind: a pattern
    # that opens on alternatives is tried at every character)
    r"with Firstpost\b(?<=\b(?:an?|the) (?:exclusive )?(?:interview|conversation|chat) with Firstpost)",
    r"\bAs Firstpost (?:has |had )?(?:earlier |previously |first |exclusively )?reported\b",
)

OUTLET_NAMES = ("firstpost", "firstpost.com", "tech2", "firstcricket", "vantage with palki sharma")

# Paragraphs that report nothing. Matched whole, case-blind; a space matches any space but a line break.
BOILERPLATE = (
    # Read-next links: "Also Read: <headline>", "Also Watch | <headline>", "Read more: ..."
    (r"(?:Also (?:Read|Watch|See|Check)|Read (?:more|also|next|here)|Watch(?: more| also)?|Recommended|"
     r"Must read|Don['’]t miss)\s*[:|\-–—][^\n]*"),
    # "Follow us on Facebook, X and Instagram ...", "Catch all the latest ... news ... here."
    r"(?:You can )?Follow us on [^\n]*",
    r"Catch all the (?:latest|breaking)\b[^\n]*",
    r"Firstpost is now on WhatsApp\b[^\n]*",
    # Photo credits: "Image courtesy: Reuters", "Photo credit: X/@handle"
    r"(?:Image|Photo|Picture|Pic|Video|Cover image|Representational image)s? ?(?:courtesy|credits?|source)\b[^\n]{0,200}",
    # Captions: "Representational image. Reuters", "File image of the minister. PTI", "Screengrab from X"
    r"(?:Representational|File|Screengrab|Screenshot|Image|Photo)\b[^\n]{0,200}?"
    r"(?:[./|:\-–—(]\s*(?:" + AGENCIES + r"|X|Twitter|File|Getty Images|Wikimedia Commons|Firstpost|"
    r"Screengrab|Screenshot|YouTube|@\w+)(?: ?(?:Photo|Image|Images|Picture)s?)?(?:/[^\n]{1,60})?\)?\.?)",
    # A caption credited to an agency: "<who> at a rally in <place>. PTI"
    (r"[A-Z][^\n.!?“”\"]{2,200}\.\s*(?:Image|Photo|Picture)?:?\s*(?:PTI|ANI|IANS|Reuters|AP|AFP)"
     r"(?: ?(?:Photo|Image|Images|Picture))?(?:/File)?\.?"),
    # The syndication note: "(This story has not been edited by Firstpost staff and is auto-generated ...)"
    r"\(?This (?:story|article|report|copy) has not been edited by Firstpost\b[^\n]*",
    # The opinion disclaimer and author bios: "Views expressed are personal.", "The writer is ..."
    r"(?:The )?Views expressed\b[^\n]*",
    # (a bio reports nothing; a paragraph about an author that quotes them is no bio)
    (r"(?:The )?(?:author|writer)s? (?:is|are|was|were) (?:a|an|the)\b"
     r"(?![^\n]*\b(?:said|says|told|tells|argues|argued|claims|claimed|writes|wrote)\b)[^\n]*"),
    r"Disclaimer\s*:[^\n]*",
)

# Labels before a headline's colon that name a section or a format, not a speaker.
LABELS = (
    "explained", "explainer", "fp explainer", "fp explainers", "firstpost explainer", "opinion",
    "analysis", "exclusive", "fp exclusive", "watch", "breaking", "live updates", "also read",
    "in pics", "in numbers", "fact check", "vantage",
)

# A question heading: one question, starting on a question word, standing as a paragraph.
_QUESTION = regex.compile(
    r"(?:What|Why|How|Who|Whom|Whose|Where|When|Which|Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|"
    r"Should|Has|Have|Had|Must|May)\b[^\n?!]{2,240}\?"
)
_SENTENCE_BREAK = regex.compile(r"[.!](?:['’”\"]\s|\s)+[A-Z“\"‘']")
_MAX_QUESTION_WORDS = 35

# "As Firstpost (had earlier) reported, Y" / "Firstpost has learnt that Y"
_AS_REPORTED = regex.compile(spaced(
    r"(?:(?:But|And|Also|However),? )?As (?P<src>Firstpost|FP) "
    r"(?P<cue>(?:has |had )?(?:earlier |previously |first |exclusively |also )?(?P<verb>reported|revealed|noted|pointed out|"
    r"explained))"
    r"(?: earlier| previously| before| last \w+)?,\s+"
))
_LEMMAS = {"reported": "report", "revealed": "reveal", "noted": "note", "pointed out": "point out",
           "explained": "explain"}
_LEARNT = regex.compile(spaced(
    r"\b(?P<src>Firstpost|FP) (?P<cue>(?:has|had) (?:exclusively |also )?learn(?:t|ed))(?: exclusively)?(?: that)?\s+"
))


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
)


def _self_report(context, sentence):
    """"As Firstpost reported, Y" and "Firstpost has learnt that Y": the site as the source of Y."""
    if context.outlet != OUTLET:
        return
    text = context.text
    s0, s1 = sentence.start, sentence.end
    lead = text[s0:s1].lstrip()
    s0 += len(text[s0:s1]) - len(lead)
    m = _AS_REPORTED.match(text, s0, s1)
    if m is None:
        m = _LEARNT.search(text, s0, s1)
        if m is None or text[s0:m.start()].strip(" ,") not in ("", "But", "And", "Now", "Meanwhile"):
            return
    if context.layout.inside_quote(m.start("src")):
        return
    content = clauses.trim(text, m.end(), s1)
    if content[1] - content[0] < 3:
        return
    lemma = "learn" if "learn" in m.group("cue") else _LEMMAS[m.group("verb")]
    yield Candidate(
        cue=[m.span("cue")], cue_lemma=lemma, content=[content], rule="firstpost.self_report.v1",
        source=m.span("src"), source_kind="outlet", priority=30,
    )


@hookimpl
def attribution_rules(register):
    register("firstpost.self_report.v1", _self_report, priority=30, outlet=OUTLET)


def _question_paragraphs(context):
    """Indices of the paragraphs that are one question heading (computed once per parse)."""
    found = context.memo.get("firstpost.questions")
    if found is None:
        found = set()
        text = context.text
        for i, (s, e) in enumerate(context.layout.paragraphs):
            para = text[s:e].strip()
            if (
                _QUESTION.fullmatch(para)
                and not _SENTENCE_BREAK.search(para)
                and len(para.split()) <= _MAX_QUESTION_WORDS
            ):
                found.add(i)
        context.memo["firstpost.questions"] = found
    return found


def _paragraph_of(context, pos):
    starts = [s for s, _ in context.layout.paragraphs]
    return bisect.bisect_right(starts, pos) - 1


@hookimpl
def attribution_review(context, candidate):
    if context.outlet != OUTLET:
        return None
    # "Explained: Why India is tightening its drone rules": the label is no speaker.
    source = candidate.source
    if candidate.rule == "core.headline_speaker.v2" and source is not None \
            and context.text[source[0]:source[1]].strip().lower() in LABELS:
        return False
    # "What did the minister say about the ‘new rules’?" as a heading: a question reports nothing.
    if candidate.cue and _paragraph_of(context, candidate.cue[0][0]) in _question_paragraphs(context):
        return False
    return None
