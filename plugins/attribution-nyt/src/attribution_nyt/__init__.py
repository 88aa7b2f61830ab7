"""attribution plugin for The New York Times: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``nyt``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL host, and, for text with no URL, the lines of its
  house style and of the archive frame its copy comes in: the "ABSTRACT."
  and "FULL TEXT." lines, quotation marks set as two apostrophes
  (''...''), courtesy titles on second reference, twice ("Mr. Lee said",
  "said Ms. Roe"), a dateline with a double hyphen opening the article
  ("WASHINGTON --"), its column labels ("Economic Scene.", "The Upshot."),
  its correction and edition notes, reporters' addresses at the paper, and
  the paper citing itself by its short name ("told The Times") or its
  polls ("a New York Times/CBS News poll"). The print headline with its
  deck after a semicolon is no signature: other papers' archive copy
  has it too.
- Its names (The New York Times, The International New York Times, its
  magazine, DealBook), so that "told The New York Times" is a relay
  through an outlet and "DealBook reported ..." has an outlet as its
  source. ("The Upshot" is left out: "the upshot" is common English.)
- Its archive lines, column labels, correction and edition notes,
  contributor lines, sign-offs and photo credits, which report nothing.

Its self-references as relays ("X told The New York Times that Y", "said in
an interview with The Times") and its long appositives ("Jane Roe, 63, a
retired teacher, said ...") need no rule of their own: with the names
registered, the core rules read them.
"""

from __future__ import annotations

import regex

from attribution.outlet_plugin import outlet_hooks

__version__ = "0.1.0"

OUTLET = "nyt"
NAME = "The New York Times"
DOMAINS = ("nytimes.com", "nyti.ms")

_TITLE = r"(?:Mr|Mrs|Ms|Dr)\."
_SURNAME = r"[A-Z][\w'’-]+"
# A courtesy title with its verb of saying, before or after: "Mr. Lee said", "said Ms. Roe"
_TITLED_SPEAKER = (
    # (sought from the title's full stop, one literal the pattern scans for fast)
    r"(?:\.(?<=\b" + _TITLE + r") (?:(?<=\b(?:said|says|added) " + _TITLE + r" )[A-Z]|" + _SURNAME
    + r" (?:said|says|added|wrote)\b))"
)
_CITY = r"[A-Z][A-Z.'’ -]{1,30}[A-Z.]"
# Its column labels, set as the deck of a headline or on a line of their own.
COLUMNS = (
    "Economic Scene", "The Upshot", "DealBook", "Letter From America", "Abroad in America",
    "News Analysis", "Common Sense", "Window on Wall Street", "Your Money", "Obituary",
    "Fair Game", "Mediator", "The Haggler", "Wealth Matters", "Political Memo",
)
_COLUMN = "(?:" + "|".join(regex.escape(c) for c in COLUMNS) + ")"

SIGNATURES = (
    # The archive frame: the summary and the article under their labels
    r"^ABSTRACT\.[ \t]*$",
    r"^FULL TEXT\.[ \t]*$",
    # Quotation marks set as two apostrophes: ''We will,'' she said.
    r"[,.?!]''(?=[ \t]|$)",
    # Courtesy titles on second reference, twice: "Mr. Lee said", "said Ms. Roe"
    # (each sought from the title, which is rarer than the verb)
    r"(?s)" + _TITLED_SPEAKER + r".*?" + _TITLED_SPEAKER,
    # A dateline with a double hyphen opening the article: "WASHINGTON -- ", "BOCA RATON, Fla. -- "
    r"\A(?:[^\n]*\n){0,6}" + _CITY + r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)? -- ",
    # A column label on a line of its own
    # (this and the next sought from the full stop: a pattern that opens on alternatives
    # is tried at every character, one that opens on a literal is scanned for fast)
    r"\.(?<=^" + _COLUMN + r"\.)[ \t]*$",
    # Its correction and edition notes
    r"\.(?:(?<=^CORRECTION APPENDED\.)[ \t]*$|(?<=^As published in the International New York Times\.))",
    r"^A version of this (?:article|review|column|news analysis) appears in print on\b",
    # A reporter's or a column's address at the paper
    r"\b[\w.+-]+@nytimes\.com\b",
    # The paper citing itself by its short name, or its own polls
    r"The Times\b(?:(?<=\b(?:told|to|with|by|for) The Times)(?! of\b)"
    r"|(?<=(?<!\w)The Times) (?:reported|has reported|found|obtained|reviewed)\b)",
    r"New York Times/(?:(?<=\bThe New York Times/)[A-Z][\w.]*(?: [A-Z][\w.]*)* (?:poll|survey)\b"
    r"|(?<=(?<!\w)New York Times/)CBS News (?:poll|survey)\b)",
)

# Names as the core looks them up: lower case, without a leading "the".
OUTLET_NAMES = (
    "new york times", "international new york times", "new york times magazine", "nytimes.com", "dealbook",
)

# Paragraphs that report nothing. Matched whole, case-blind, in its articles only.
BOILERPLATE = (
    # The archive frame's labels
    r"ABSTRACT\.|FULL TEXT\.|CORRECTION APPENDED\.|CORRECTION:",
    # Edition notes
    r"As published in the International New York Times\.",
    r"A version of this (?:article|review|column|news analysis) appears in print on [^\n]*",
    # A column label on a line of its own: "Economic Scene."
    _COLUMN + r"\.",
    # The date that closes a correction: "Tuesday, May 3, 2016."
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+\.? \d{1,2}, \d{4}\.",
    # Contributor lines: "<name> contributed reporting from <place>." / "Reporting was contributed by ..."
    # (names in capitals: the table is matched case-blind, so the names' pattern is not)
    r"(?-i:(?:[A-Z][\w.'’-]*|and)(?:,? (?:[A-Z][\w.'’-]*|and))*) contributed (?:reporting|research)\b[^\n]{0,200}",
    r"(?:Additional )?(?:Reporting|Research) was contributed by [^\n]+",
    # Sign-offs: "EMAIL: <address>@nytimes.com.", "Follow <name> on Twitter: @handle."
    r"E-?MAIL: [^\n]{0,80}@nytimes\.com\.?",
    r"Follow [^\n]{2,160}? on (?:Twitter|Facebook|Instagram)\b[^\n]*",
    r"(?:Sign up|Subscribe) (?:for|to) [^\n]{0,120}\bnewsletter\b[^\n]*",
    # Photo credits: "<name> for The New York Times", "Photograph by <name>/The New York Times"
    r"(?:(?:Photo(?:graph)?s?|Credit)(?: by)?:? )?(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}) ?(?: for|/) ?The New York Times\.?",
    r"(?:Photo(?:graph)?s?|Credit|Chart|Map|Video|Graphic): [^\n]{0,200}",
)


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
)
