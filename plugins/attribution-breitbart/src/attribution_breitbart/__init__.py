"""attribution plugin for Breitbart News: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``breitbart``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL host, and, for text with no URL, the lines of its
  house style: the reporter's sign-off ("Follow <name> on Twitter @handle"),
  the video-post lede ("Friday on CNN's ...", "Tuesday at a rally in ..."),
  party-and-state tags with postal codes ("Sen. Ann Lee (R-TX)"), "(h/t ...)"
  credits, the radio-show promo, and the site quoting its own interviews
  ("told Breitbart News", "in an interview with Breitbart News").
- Its names (Breitbart News and its regional desks and radio shows), so
  that "Breitbart News reported ..." is read as an outlet and "told
  Breitbart London" as a relay through one.
- Its sign-offs, promos and credit lines, which report nothing.
- Section labels before a headline's colon ("The Latest: ..." on the wire
  copy it runs, "Breitbart News Daily: ..." for its radio show): the core
  reads them as the headline's speaker; the plugin drops that reading.

Breitbart also runs AP, UPI, AFP and Reuters copy under their own
datelines; those datelines belong to the agencies, not to Breitbart, so
they are no signature here.
"""

from __future__ import annotations

from attribution.outlet_plugin import label_veto, outlet_hooks

__version__ = "0.1.0"

OUTLET = "breitbart"
NAME = "Breitbart News"
DOMAINS = ("breitbart.com",)

# The site's desks and shows: "Breitbart London's <reporter>", "Breitbart News Daily".
DESKS = ("London", "Texas", "California", "Jerusalem", "Tech", "Sports", "Jobs")
SHOWS = ("Breitbart News Daily", "Breitbart News Saturday", "Breitbart News Sunday", "Breitbart News Tonight")

_DESK = r"Breitbart (?:News|" + "|".join(DESKS) + r")"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

SIGNATURES = (
    # The reporter's sign-off: "Follow <name> on Twitter @handle."
    r"^Follow [^\n]{2,120}? on Twitter:? (?:at )?@\w+",
    # The video-post lede: "<Weekday> on <network>'s <show>, ..." / "<Weekday> at <event>, ..."
    # (sought from "day ": a pattern that opens on alternatives is tried at every character)
    r"day (?<=^" + _WEEKDAY + r" )(?:on|at|during) [A-Z]",
    # Party-and-state tags with postal codes: "(R-TX)", "(D-NY)"
    r"\((?:R|D|I)-[A-Z]{2}\)",
    # Credits in brackets on a line of their own: "(h/t <source>.)"
    r"^\(h/t [^)\n]{2,80}\)\.?\s*$",
    # The radio-show promo
    r"^Breitbart News (?:Daily|Saturday|Sunday)\b[^\n]{0,40}\bairs\b",
    # The site quoting its own interviews, in the present tense or as exclusives
    # (other outlets cite them too, in the past tense: "told Breitbart News"); sought from the
    # site's name, as a pattern that starts at every article is slow
    r"\btells " + _DESK + r"\b",
    _DESK + r"(?:(?<=\b(?:an?|the) (?:exclusive )?interview with " + _DESK + r")\b| in an exclusive interview\b)",
    # The site citing its own reporting
    r"\bAs " + _DESK + r" (?:has |had )?(?:previously |first |exclusively )?reported\b",
    # A reporter's address on the site
    r"\b[\w.]+@breitbart\.com\b",
    # Excerpts from other outlets: "From <writer> writing at <outlet>:" ... "Read the rest of the story at ..."
    r"^From [^\n:]{3,120} writing (?:at|in|for) [^\n:]{2,80}:\s*$",
    r"^Read the rest of the (?:story|article|piece) (?:at|here)\b",
)

OUTLET_NAMES = ("breitbart news", "breitbart news network", "breitbart.com") + tuple(
    f"breitbart {desk.lower()}" for desk in DESKS
) + tuple(show.lower() for show in SHOWS)

# Paragraphs that report nothing: sign-offs, promos and credits. Matched whole, case-blind.
BOILERPLATE = (
    # "Follow <name> on Twitter @handle." (and the reporter's address after it)
    r"(?:On Twitter,? )?Follow [^\n]{2,160}? on Twitter\b[^\n]*",
    # "(h/t <source>.)"
    r"\(h/t\b[^)\n]{1,80}\)\.?",
    # "Read it all here.", "Read the rest of the story at <outlet>."
    r"Read (?:it all|the rest(?: of the (?:story|article|piece))?|more)(?: here| at [^\n]{2,80})?\.?",
    # "Watch the full video of <speaker>'s remarks below:", "Listen to the interview below:"
    r"(?:Watch|Listen to)\b[^\n]{0,160}\b(?:below|above)[.:]?",
    # The radio-show promo: "<show> airs on SiriusXM Patriot 125 weekdays from ..."
    r"Breitbart News (?:Daily|Saturday|Sunday|Tonight)\b[^\n]{0,40}\bairs\b[^\n]{0,200}",
    # The lead-in of an excerpt: "From <writer> writing at <outlet>:"
    r"From [^\n:]{3,120} writing (?:at|in|for) [^\n:]{2,80}:",
    # A book excerpt's credit: "From <book> by <author>. Copyright © ... Reprinted courtesy of ..."
    r"[^\n]{0,200}\bCopyright ©[^\n]*\b(?:Reprinted|Used) (?:courtesy|with permission|by permission)\b[^\n]*",
    # A contributor's bio: "<name> is <title> at Breitbart News. <more about the contributor>"
    r"[A-Z][^\n]{2,60} is (?:a |the )?[^\n]{2,80}\b(?:at|for|of) " + _DESK + r"\.[^\n]*",
)

# Labels before a headline's colon that name a section or a show, not a speaker.
LABELS = ("the latest", "delegate update", "exclusive", "watch", "breaking", "live updates") + tuple(
    show.lower() for show in SHOWS
)


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
)


# "The Latest: Sanders wins the caucuses": the label is no speaker.
attribution_review = label_veto(OUTLET, LABELS)
