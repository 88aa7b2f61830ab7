"""attribution plugin for NDTV: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``ndtv``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL hosts, and, for text with no URL, the lines only
  its pages carry: the syndication note that names its staff ("... this
  story has not been edited by NDTV staff ..."), its footers and promos
  ("Track Latest News Live on NDTV.com ...", "Listen to the latest songs,
  only on JioSaavn.com", "Featured Video Of The Day"), its opinion
  disclaimer ("... NDTV is not responsible for the accuracy ..."), its
  ownership disclosure, the note under its article summaries ("Summary is
  AI-generated, newsroom-reviewed"), its desk bylines ("NDTV News Desk")
  and the channel citing its own reporting in the present perfect ("NDTV
  has learnt"). Other outlets cite it in the past tense ("told NDTV");
  that claims nothing.
- Its names (NDTV, already known to the core, and NDTV 24x7, NDTV India,
  NDTV Profit, NDTV World, New Delhi Television, its site), so that "told
  NDTV 24x7" is a relay through an outlet.
- Its bylines ("Edited by: ...", "Written by ...") and the agency credit
  ("(With inputs from ANI)"), recorded as credits; its syndication note,
  disclaimers, promos, summary notes and photo credits ("Photo Credit:
  PTI"), which report nothing.
- Section labels that open its headlines ("Opinion: ...", "NDTV Explains:
  ...") are no speaker.

"NDTV has learnt that Y", "Sources told NDTV that Y" and "Speaking to
NDTV, X said Y" need no rule here: the core reads them.
"""

from __future__ import annotations

from attribution.outlet_plugin import label_veto, outlet_hooks

__version__ = "0.1.0"

OUTLET = "ndtv"
NAME = "NDTV"
DOMAINS = ("ndtv.com", "ndtvprofit.com")

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")

SIGNATURES = (
    # The syndication note: "(Except for the headline, this story has not been edited by NDTV staff ...)"
    r"\bnot been edited by NDTV staff\b",
    # Footers and promos
    r"^Track Latest News Live on NDTV\.com\b",
    r"^Listen to the latest songs,? only on JioSaavn\.com\b",
    r"^Featured Video Of The Day\s*$",
    # The opinion disclaimer and the ownership disclosure
    r"\bNDTV is not responsible for the accuracy\b",
    r"\bNew Delhi Television (?:Ltd\.? |Limited )?is a subsidiary of AMG Media Networks\b",
    # The note under its article summaries
    r"\bSummary is AI[- ]generated,? newsroom[- ]reviewed\b",
    # Its desk bylines: "NDTV News Desk", "Reported by NDTV World Desk"
    r"^(?:By |(?:Written|Edited|Reported) by:? )?NDTV (?:[A-Z][a-z]+ ){0,2}Desk\b",
    # The channel citing its own reporting in the present perfect
    r"\bNDTV (?:has|had) (?:exclusively |also )?learn(?:t|ed)\b",
)

OUTLET_NAMES = (
    "ndtv", "ndtv.com", "ndtv 24x7", "ndtv india", "ndtv profit", "ndtv world", "ndtv sports",
    "new delhi television", "ndtv news",
)

# Paragraphs that report nothing. Matched whole, case-blind; a space matches any space but a line break.
BOILERPLATE = (
    # The syndication note, with or without the headline clause
    (r"\(?(?:Except for the headline, )?this (?:story|article|report) has not been edited by NDTV staff\b[^\n]*"),
    # Footers and promos: "Track Latest News Live on NDTV.com and get news updates from India and around the world"
    r"Track Latest News Live on NDTV\.com\b[^\n]*",
    r"Listen to the latest songs,? only on JioSaavn\.com\b[^\n]*",
    r"Featured Video Of The Day",
    r"(?:Show full article|Promoted|Click for more trending news|Get the latest [^\n]{0,100} on NDTV[^\n]{0,100})",
    # Disclaimers: "Disclaimer: These are the personal opinions of the author.", the ownership disclosure
    r"\(?Disclaimer\s*:[^\n]*",
    r"\(?New Delhi Television (?:Ltd\.? |Limited )?is a subsidiary of AMG Media Networks\b[^\n]*",
    # The note on its article summaries: "Quick Reads", "Summary is AI-generated, newsroom-reviewed."
    r"Quick Reads?",
    r"Summary is AI[- ]generated,? newsroom[- ]reviewed\.?",
    # Date lines: "Updated: December 01, 2026 10:42 pm IST"
    r"(?:Updated|Published|Last Updated):? " + _MONTH + r" \d{1,2}, \d{4},? \d{1,2}:\d{2} ?[ap]m IST",
    # Photo credits: "Photo Credit: PTI", "Photo Credit: X/@handle", "<caption> (Photo Credit: AFP)"
    r"(?:[^\n]{0,300} )?\(?(?:Photo|Image|Video) Credits?: ?[^\n()]{1,80}\)?\.?",
    r"\(?(?:Representational|Representative|File) (?:image|photo|pic)\)?\.?",
    # Author bios in brackets at the foot of its opinion pieces: "(Ann Lee is a former ambassador.)"
    (r"\((?:The )?(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}|author|writer) (?:is|was) (?:a|an|the)\b"
     r"(?![^\n]*\b(?:said|says|told|tells|alleged|claimed|wrote|added|according)\b)[^\n]{0,300}\)\.?"),
)

# Its bylines as credit lines (the core knows the agency credit, "(With inputs from ANI)").
CREDIT_LINES = (
    r"(?:Written|Edited|Reported|Translated) by:? [A-Z]",
    r"(?:By )?NDTV (?:[A-Z][a-z]+ ){0,2}Desk\b",
)

# Labels before a headline's colon that name a section or a format, not a speaker.
LABELS = (
    "ndtv explains", "ndtv explainer", "explained", "explainer", "opinion", "blog", "analysis", "exclusive",
    "ndtv exclusive", "watch", "breaking", "live updates", "fact check", "in pics", "video",
)

attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
    credit_lines=CREDIT_LINES,
)

attribution_review = label_veto(OUTLET, LABELS)
