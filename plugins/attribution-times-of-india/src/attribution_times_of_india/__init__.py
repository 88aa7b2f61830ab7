"""attribution plugin for The Times of India: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``times-of-india``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL hosts, and, for text with no URL, the lines only
  its pages carry: the Times News Network byline ("By <name>, TNN",
  "TNN | Updated: ..."), its desk bylines ("TOI News Desk", "TOI Sports
  Desk"), the app promo ("Download The Times of India News App ..."), the
  comment-box line ("Start a conversation, not a fire. ..."), the archive
  note ("This story is from December 1, 2026") and the paper citing its
  own reporting in the present perfect ("TOI has learnt"). Other outlets
  cite it in the past tense ("told TOI", "a TOI report"); that claims
  nothing.
- Its names (The Times of India, TOI, its sites and its entertainment
  brand ETimes), so that "told TOI" is a relay through an outlet and "a
  TOI report" or "TOI reported ..." has an outlet as its source. The core
  knows "The Times of India" by its last word and "TOI" by its table of
  outlets' names; the sites and ETimes only this plugin knows.
- Its bylines and the agency credit ("(With inputs from PTI)"), recorded
  as credits; its app, comment-box and footer promos, archive notes and
  photo captions ("(Representative image)", "(TOI photo)"), which report
  nothing.
- Section labels that open its headlines ("TOI Explains: ...", "Watch:
  ...") are no speaker.

"TOI has learnt that Y", "As TOI reported, Y" and "according to a TOI
report" need no rule here: with the names registered, the core reads them.
"""

from __future__ import annotations

from attribution.outlet_plugin import label_veto, outlet_hooks

__version__ = "0.1.0"

OUTLET = "times-of-india"
NAME = "The Times of India"
DOMAINS = ("timesofindia.indiatimes.com", "timesofindia.com", "toi.in")

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")

SIGNATURES = (
    # The Times News Network byline: "By Ann Lee, TNN", "TNN | Updated: Dec 1, 2026, 22:10 IST"
    r"^(?:By [^\n,|]{2,80}, )?TNN\s*(?:\|[^\n]{0,80})?$",
    r"\bTimes News Network\b",
    # Its desk bylines: "TOI News Desk", "By TOI Sports Desk", "TOI Tech Desk / TIMESOFINDIA.COM"
    r"^(?:By )?TOI (?:[A-Z][a-z]+ ){0,2}Desk\b",
    # The app promo, the comment-box line and the archive note
    r"^Download (?:The |the )?(?:Times of India|TOI) (?:News )?App\b",
    r"^Start a conversation, not a fire\b",
    r"^This story is from " + _MONTH + r" \d{1,2}, \d{4}\.?\s*$",
    # The paper citing its own reporting in the present perfect
    r"\bTOI (?:has|had) (?:exclusively |also )?learn(?:t|ed)\b",
)

OUTLET_NAMES = (
    "times of india", "the times of india", "toi", "timesofindia.com", "timesofindia", "etimes",
    "the times of india online",
)

# Paragraphs that report nothing. Matched whole, case-blind; a space matches any space but a line break.
BOILERPLATE = (
    # The app promo: "Download The Times of India News App for Latest India News."
    r"Download (?:the )?(?:Times of India|TOI) (?:News )?App\b[^\n]*",
    # Footers: "Catch/Get/Stay updated with the latest ... news on Times of India"
    (r"(?:Catch|Get|Stay updated with|Stay informed with|Read) (?:all )?(?:the )?latest\b[^\n]{0,200}"
     r"\b(?:on|at|from) (?:The )?(?:Times of India|TOI|timesofindia\.com)\b[^\n]{0,100}"),
    # The comment box: "Start a conversation, not a fire. Post with kindness."
    r"Start a conversation, not a fire\b[^\n]*",
    # The archive note: "This story is from December 1, 2026"
    r"This story is from " + _MONTH + r" \d{1,2}, \d{4}\.?",
    # Bylines and date lines: "TNN | Updated: Dec 1, 2026, 22:10 IST", "By Ann Lee, TNN"
    r"(?:By [^\n,|]{2,80}, )?TNN(?: ?\|[^\n]{0,80})?",
    r"(?:Updated|Published|Last updated)(?: on)?:? " + _MONTH + r" \d{1,2}, \d{4},? \d{1,2}:\d{2}(?: ?[AP]M)? IST",
    # Photo captions and credits: "(Representative image)", "(TOI photo)", "Photo: TOI",
    # "Representative image (Photo credit: X/@handle)", "<who> in Lucknow on Monday. (TOI photo)"
    r"\(?(?:Representative|Representational|File|Symbolic) (?:image|photo|pic(?:ture)?)\)?\.?(?: ?\([^\n()]{1,80}\))?",
    r"\(?(?:Photo|Image|Pic|Picture)s?(?: credits?| courtesy)?: ?[^\n()]{1,80}\)?\.?",
    (r"[^\n]{0,300}\((?:(?:TOI|PTI|ANI|IANS|AFP|AP|Reuters|File|Representative) )?(?:photo|image|pic)"
     r"(?:[:/] ?[^\n()]{1,60})?\)\.?"),
)

# Its desk and TNN bylines as credit lines (the core knows the agency credit, "(With inputs from PTI)").
CREDIT_LINES = (
    r"(?:By )?TOI (?:[A-Z][a-z]+ ){0,2}Desk\b",
    r"(?:By [^\n,|]{2,80}, )?TNN\s*(?:\||$)",
)

# Labels before a headline's colon that name a section or a format, not a speaker.
LABELS = (
    "toi explains", "explained", "explainer", "watch", "opinion", "analysis", "exclusive", "toi exclusive",
    "breaking", "live updates", "in pics", "fact check", "toi+", "etimes", "video",
)

attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
    credit_lines=CREDIT_LINES,
)

attribution_review = label_veto(OUTLET, LABELS)
