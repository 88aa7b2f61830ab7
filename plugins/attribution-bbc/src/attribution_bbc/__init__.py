"""attribution plugin for BBC News: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``bbc``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL hosts (``bbc.co.uk``, ``bbc.com``), and, for text
  with no URL, the lines its web pages carry and no one else's do: the
  media labels as the page gives them as text ("Image source, Getty
  Images", "Image caption, ...", "Media caption, ..."), the video
  placeholder ("This video can not be played"), the external-links footer
  ("The BBC is not responsible for the content of external sites", "Read
  about our approach to external linking") and the byline's second line
  ("Health correspondent, BBC News", "BBC News, Washington", "BBC Scotland
  education correspondent"). Other
  outlets cite it ("told the BBC", "a BBC investigation"); that is no
  signature.
- Its names: the BBC and its services, channels, national and local radio
  stations and programmes ("BBC Verify", "Radio 4's Today programme",
  "Newsnight", "BBC Radio Cumbria"), so that "told BBC Radio 4's Today
  programme that ..." is a relay through an outlet and "BBC Verify has
  found ..." or "Panorama revealed ..." has an outlet as its source. These
  names are safe in every article: they name the BBC wherever they appear.
- Its page furniture, which reports nothing: image and media captions (a
  caption restates the copy, "Media caption, Watch: X says ..."), the video
  placeholder, "Get in touch" calls, its radio and app promos, the footer,
  and the linked headlines listed under "More on this story", "Related
  topics" or "Top stories" at the foot of the page (the plugin drops what
  the core reads after such a heading) and the links to a video or a clip
  in the body ("Watch: Residents say ...").
- Its self-reports that the core does not read: "The BBC understands Y"
  (with no "that") and ", the BBC has learned." / ", BBC News understands."
  after the report (``bbc.self_report.v1``): the BBC, an outlet, is the
  source of Y.
- Its headline labels ("Live:", "Watch:", "In pictures:", "BBC Verify:"),
  which the core reads as a headline's speaker.
"""

from __future__ import annotations

import regex

from attribution.hookspecs import hookimpl
from attribution.outlet_plugin import outlet_hooks, self_report_rule

__version__ = "0.1.0"

OUTLET = "bbc"
NAME = "BBC News"
DOMAINS = ("bbc.co.uk", "bbc.com")

# Its services and desks as they sign a byline: "Health correspondent, BBC News"
_DESK_NAMES = (r"(?:News(?: (?:Online|NI|Arabic|Russian|Persian|Mundo|Brasil|Ukrainian|Hindi|Urdu|Chinese))?"
               r"|Verify|Sport|Scotland(?: News)?|Wales(?: News)?|Newsbeat|Monitoring|World Service|Business|"
               r"Local Democracy Reporting Service|Shared Data Unit)")
_DESKS = r"BBC " + _DESK_NAMES

SIGNATURES = (
    # The media labels of its pages, as text: "Image source, Getty Images", "Media caption, ..."
    r"^Image source, \S",
    r"^(?:Image|Media|Video) caption, \S",
    # The video placeholder
    r"^This video can ?not be played\b",
    # The footer on external links
    r"\bThe BBC is not responsible for the content of external (?:sites|internet sites)\b",
    r"^Read about our approach to external linking\b",
    # The byline's second line, a paragraph of its own: "Political correspondent, BBC News", "BBC News, Kyiv".
    # Sought from "BBC ", what comes before it checked as a lookbehind: regex scans fast for a
    # literal, but tries a pattern that opens on a line start and a class at every character
    r"BBC (?:(?<=^[A-Z][\w’'-]*(?: [\w’'&-]+){0,5}, BBC )" + _DESK_NAMES + r"$"
    r"|(?<=^BBC )" + _DESK_NAMES + r", [A-Z][\w .’'-]{1,40}$)",
    # or the desk and the title: "BBC Scotland education correspondent"
    r"^" + _DESKS + r"(?: [a-z][\w-]*){0,4} (?:correspondent|editor|reporter|analyst|presenter)$",
)

# Its national and local radio stations ("BBC Radio Cumbria", "BBC Radio 5 Live")
_RADIO = (
    "berkshire", "bristol", "cambridgeshire", "cornwall", "coventry & warwickshire", "cumbria", "derby", "devon",
    "essex", "gloucestershire", "guernsey", "hereford & worcester", "humberside", "jersey", "kent", "lancashire",
    "leeds", "leicester", "lincolnshire", "london", "manchester", "merseyside", "newcastle", "norfolk",
    "northampton", "nottingham", "oxford", "sheffield", "shropshire", "solent", "somerset", "stoke", "suffolk",
    "surrey", "sussex", "tees", "wiltshire", "york", "wm", "cymru", "wales", "scotland", "ulster", "foyle",
    "1", "2", "3", "4", "5 live", "1xtra", "6 music",
)

_PROGRAMMES = (
    "today programme", "radio 4's today programme", "bbc's today programme", "bbc radio 4's today programme",
    "newsnight", "bbc newsnight", "bbc's newsnight", "panorama", "bbc panorama", "bbc's panorama",
    "bbc breakfast", "world at one", "bbc's world at one", "radio 4's world at one", "bbc hardtalk", "hardtalk",
    "sunday with laura kuenssberg", "bbc's sunday with laura kuenssberg", "bbc question time", "bbc newsround",
    "newsround", "bbc look north", "bbc look east", "bbc points west", "bbc spotlight", "bbc inside out",
    "radio 4's pm programme", "bbc's pm programme", "bbc's file on 4", "file on 4", "bbc's dateline london",
)

OUTLET_NAMES = tuple(
    ["bbc", "bbc news", "british broadcasting corporation", "bbc news online", "bbc news website", "bbc online",
     "bbc verify", "bbc world service", "bbc monitoring", "bbc sport", "bbc sounds", "bbc iplayer", "bbc one",
     "bbc two", "bbc three", "bbc four", "bbc news channel", "bbc world news", "bbc scotland", "bbc wales",
     "bbc cymru wales", "bbc northern ireland", "bbc news ni", "bbc newsbeat", "newsbeat", "bbc persian",
     "bbc arabic", "bbc russian", "bbc ukrainian", "bbc hindi", "bbc urdu", "bbc mundo", "bbc chinese",
     "bbc local democracy reporting service", "local democracy reporting service", "bbc shared data unit",
     "radio 4", "radio 5 live", "5 live", "bbc 5 live", "bbc radio 5 live", "bbc's verify team"]
    + ["bbc radio " + r for r in _RADIO]
    + [p for name in _PROGRAMMES for p in (name, name.replace("'", "’"))]
)

# Paragraphs that report nothing. Matched whole, case-blind; a space matches any space but a line break.
BOILERPLATE = (
    # The media labels of its pages: "Image source, Getty Images", "Image caption, The minister in Leeds"
    r"(?:Image|Media|Video|Audio) (?:source|caption), [^\n]*",
    # The video placeholder and its line on JavaScript
    r"This video can ?not be played\.?",
    r"To play this video you need to enable JavaScript in your browser\.?",
    # Calls for readers' stories: "Have you been affected by ...? Get in touch.", "Get in touch"
    r"Get in touch\.?",
    r"(?:Have you been|Are you|Were you|Do you have)\b[^\n?]{0,200}\?\s*(?:Get in touch|Contact us|Share your)[^\n]*",
    r"Send your story ideas to [^\n]*",
    # Its radio, app and iPlayer promos: "Listen to the best of BBC Radio Leeds on Sounds ...",
    # "Watch on iPlayer", "Download the BBC News app ..."
    r"Listen to (?:the best of )?(?:BBC|Radio)\b[^\n]*",
    r"(?:Watch|Listen|Catch up) (?:again |live )?on (?:BBC )?(?:iPlayer|Sounds)\b[^\n]*",
    r"(?:Download|Get) the BBC (?:News )?app\b[^\n]*",
    # The foot of the page: "More on this story", "Related topics", "Top stories", the footer
    r"(?:More on this story|Related topics|Related internet links|Top stories|More from the BBC|"
    r"Around the BBC|Elsewhere on the BBC|Features|Most read|Related content)",
    r"The BBC is not responsible for the content of external (?:sites|internet sites)\b[^\n]*",
    r"Read about our approach to external linking\.?",
    # "You can follow <name> on X", "Follow BBC Yorkshire on Facebook ..." (the core silences lines that open "Follow")
    r"You can follow [^\n]{1,80} on (?:X|Twitter|Bluesky|Facebook|Instagram|Threads)\b[^\n]*",
)

# Links under these headings at the foot of the page are other stories' headlines.
_FOOT_HEADINGS = regex.compile(
    r"(?i)(?:More on this story|Related topics|Top stories|More from the BBC|Related internet links|"
    r"Around the BBC|Elsewhere on the BBC|Most read)\s*"
)

# Labels before a headline's colon that name a format, not a speaker.
LABELS = frozenset((
    "live", "watch", "listen", "in pictures", "in video", "analysis", "explainer", "bbc verify", "verify",
    "quiz", "the papers", "newspaper headlines", "video", "breaking", "exclusive", "weekly quiz",
))
_LABEL_RULES = ("core.headline_speaker.v2", "core.transcript_speaker.v2")

# Its names as they stand as the subject of a self-report.
_SELF = (r"(?:the BBC|The BBC|BBC News|BBC Verify|BBC Sport|BBC Scotland(?: News)?|BBC Wales(?: News)?|BBC News NI|"
         r"Newsnight|Panorama|BBC Newsnight|BBC Panorama)")

attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
)


# "The BBC understands Y" (no "that") and "Y, the BBC can reveal.": the outlet as the source of Y
_self_report = self_report_rule("bbc.self_report.v1", _SELF)


@hookimpl
def attribution_rules(register):
    register("bbc.self_report.v1", _self_report, priority=30, outlet=OUTLET)


# A link to a video or a clip in the body: "Watch: Residents say the warnings came too late"
_PROMO = regex.compile(r"(?:Watch|Listen)(?: again| live)?\s*:\s")


def _promos(context) -> tuple[tuple[int, int], ...]:
    """Starts of the paragraphs after the headline that link to a video or a clip (computed once per parse)."""
    key = "bbc.promos"
    if key not in context.memo:
        text = context.text
        found = []
        for s, e in context.layout.paragraphs[1:]:
            while s < e and text[s].isspace():
                s += 1
            if _PROMO.match(text, s, e):
                found.append((s, e))
        context.memo[key] = tuple(found)
    return context.memo[key]


def _foot(context) -> int | None:
    """Where the linked headlines at the foot of the page begin (computed once per parse)."""
    key = "bbc.foot"
    if key not in context.memo:
        found = None
        text = context.text
        paragraphs = context.layout.paragraphs
        # a heading in the first half of the page is navigation, not the foot of the page
        for s, e in paragraphs[max(1, len(paragraphs) // 2):]:
            if _FOOT_HEADINGS.fullmatch(text, s, e):
                found = e
                break
        context.memo[key] = found
    return context.memo[key]


@hookimpl
def attribution_review(context, candidate):
    if context.outlet != OUTLET:
        return None
    # "Live: Ministers face MPs ...": the label is no speaker.
    source = candidate.source
    if candidate.rule in _LABEL_RULES and source is not None \
            and context.text[source[0]:source[1]].strip().lower() in LABELS:
        return False
    if not candidate.cue:
        return None
    at = candidate.cue[0][0]
    # The headlines listed under "More on this story" belong to other stories.
    foot = _foot(context)
    if foot is not None and at >= foot:
        return False
    # "Watch: Residents say ..." in the body is a link to a video, whose caption the copy restates.
    if any(s <= at < e for s, e in _promos(context)):
        return False
    return None

