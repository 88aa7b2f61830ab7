"""attribution plugin for the Hindustan Times: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``hindustan-times``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL host, and, for text with no URL, the lines only
  its pages carry: its staff bylines ("By HT Correspondent", "HT News
  Desk", "HT Sports Desk"), its syndication note when it names its staff
  ("... has not been edited by HT staff ..."), its footers that name the
  paper ("Get Latest India News ... at Hindustan Times"), its archive
  column ("HT This Day") and the paper citing its own reporting in the
  present perfect ("HT has learnt"). Other outlets cite it in the past
  tense ("told the Hindustan Times", "HT reported"); that claims nothing.
- Its names (the Hindustan Times, HT, its site and its city and tech
  sections), so that "told HT" is a relay through an outlet and "HT has
  learnt that ..." has an outlet as its source. The core knows "the
  Hindustan Times" by its last word, but not "HT": it takes "HT" for a
  person.
- Its bylines and the agency credit ("(With inputs from agencies)"),
  recorded as credits; its syndication notes, footers, app and cricket
  promos, author bios ("Priya Sharma is a special correspondent ...") and
  photo captions ("(HT Photo)", "(Raj K Raj/HT Photo)"), which report
  nothing.
- Section labels that open its headlines ("HT Explainer: ...", "Analysis:
  ...") are no speaker.

"HT has learnt that Y" and "As HT reported, Y" need no rule here: with the
names registered, the core reads them.
"""

from __future__ import annotations

from attribution.outlet_plugin import label_veto, outlet_hooks

__version__ = "0.1.0"

OUTLET = "hindustan-times"
NAME = "Hindustan Times"
DOMAINS = ("hindustantimes.com",)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"

SIGNATURES = (
    # Its staff bylines: "By HT Correspondent", "HT News Desk", "By HT Sports Desk, New Delhi"
    r"^(?:By )?HT (?:(?:[A-Z][a-z]+ ){0,2}Desk|Correspondent|Bureau)\b",
    # Its syndication note when it names its staff
    r"\bedited by HT staff\b",
    # Footers that name the paper: "Get Latest India News ... at Hindustan Times."
    r"^(?:Get|Catch|Read) [^\n]{0,200}\b(?:at|on|from) (?:the )?Hindustan Times\.?\s*$",
    # Its archive column and the paper citing its own reporting in the present perfect
    r"^HT This Day\b",
    r"\bHT (?:has|had) (?:exclusively |also )?learn(?:t|ed)\b",
)

OUTLET_NAMES = (
    "hindustan times", "the hindustan times", "ht", "hindustantimes.com", "hindustantimes", "ht city",
    "ht tech", "ht digital",
)

# Paragraphs that report nothing. Matched whole, case-blind; a space matches any space but a line break.
BOILERPLATE = (
    # Syndication notes: "(This story has been published from a wire agency feed without modifications
    # to the text. Only the headline has been changed.)", "(Except for the headline, this story has not
    # been edited by HT staff and is published from a syndicated feed.)"
    (r"\(?(?:Except for the headline, )?This (?:story|article|copy) (?:has been |was |is )?(?:published|generated|"
     r"auto-generated) from (?:a|an) (?:wire agency|automated news agency|syndicated|agency) feed\b[^\n]*"),
    r"\(?(?:Except for the headline, )?this (?:story|article|copy) has not been edited by HT staff\b[^\n]*",
    # Footers: "Get Latest India News along with Latest News and Top Headlines from India and around the world."
    (r"(?:Get|Catch) (?:Latest|Current Updates on|all the latest|the latest)\b[^\n]{0,160}\b"
     r"(?:Top Headlines|Latest News|Hindustan Times)\b[^\n]{0,160}"),
    # App and newsletter promos: "Download the HT app ...", "Catch every big hit, every wicket with Crick-it ..."
    r"(?:Download|Get) the (?:HT|Hindustan Times) app\b[^\n]*",
    r"Catch every big hit\b[^\n]*",
    r"Never miss a story\b[^\n]*",
    # Author bios: "About the author", "Priya Sharma is a special correspondent with Hindustan Times ..."
    r"About the author\.?",
    (r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3} (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}"
     r"(?:correspondent|reporter|editor|journalist|writer|columnist|producer|content producer)\b"
     r"(?![^\n]*\b(?:said|says|told|tells|alleged|claimed|wrote|added|according)\b)[^\n]{0,300}"),
    # Date lines: "Updated on Dec 01, 2026 10:42 PM IST", "Published on Dec 01, 2026 09:15 AM IST"
    r"(?:Updated|Published) on " + _MONTH + r" \d{1,2}, \d{4},? \d{1,2}:\d{2} ?[AP]M IST",
    # Photo captions: "(HT Photo)", "<who> in Gurugram on Monday. (Parveen Kumar/HT Photo)", "(ANI Photo)"
    (r"[^\n]{0,300}\((?:[^\n()/]{1,60}/)?(?:HT|PTI|ANI|IANS|AFP|AP|Reuters|Bloomberg|Agencies|Representative|File|"
     r"Sourced) (?:Photo|Image|Pic)(?:/[^\n()]{1,60})?\)\.?"),
    r"\((?:Representative|File|Representational) (?:image|photo|pic)\)\.?",
)

# Its staff bylines as credit lines (the core knows the agency credit, "(With inputs from agencies)").
CREDIT_LINES = (
    r"(?:By )?HT (?:(?:[A-Z][a-z]+ ){0,2}Desk|Correspondent|Bureau)\b",
)

# Labels before a headline's colon that name a section or a format, not a speaker.
LABELS = (
    "ht explainer", "ht explains", "explained", "explainer", "analysis", "opinion", "exclusive", "ht exclusive",
    "watch", "breaking", "live updates", "ht this day", "fact check", "in pics", "ht spotlight",
)

attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
    credit_lines=CREDIT_LINES,
)

attribution_review = label_veto(OUTLET, LABELS)
