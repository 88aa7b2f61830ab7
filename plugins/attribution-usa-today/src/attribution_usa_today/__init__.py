"""attribution plugin for USA Today: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``usa-today``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL hosts (usatoday.com and the sites of the papers of
  its network whose copy it runs), and, for text with no URL, the lines of
  its house style: its name set in capitals ("USA TODAY", "the USA TODAY
  NETWORK", "USA TODAY/Suffolk University Poll"), the "Contributing: ..."
  credit line, the heads of its letters page ("LETTERS.", "TWITTER.",
  "FACEBOOK."), "secretary of State" with the capital on the department,
  "the USA" for the country, its opinion desk's handles, and its print
  copy: a headline with its deck after a semicolon, dashes set as two
  hyphens, figures given with "%".
- Its names (USA TODAY, the USA TODAY NETWORK, usatoday.com, and the papers
  of the network), so that "told USA TODAY" is read as a relay through an
  outlet and "USA TODAY reported ..." has an outlet as its source.
- Its credit lines, reporters' sign-offs, contributors' bios, poll boxes
  and promos, which report nothing.
- Its own polls and analyses as sources ("..., a new USA TODAY/Suffolk
  University Poll finds", "a USA TODAY analysis shows"): the core reads
  the trailing form only when its verb weighs enough where it stands; the
  plugin reads them all, as documents (``usa-today.own_poll.v1``).
- Its guides, where each item opens with a short line naming a candidate
  and an aim ("Lee: Hold the lead."): the core reads that line as a
  transcript's speaker; the plugin drops that reading.
- The reporter's sign-off glued to the last item of its news briefs
  ('... "the plan is dead."--Ann Lee.'): the core reads the reporter as the
  speaker of the quotation before it; the plugin drops that reading.
"""

from __future__ import annotations

import regex

from attribution import clauses
from attribution.hookspecs import hookimpl
from attribution.lexicon import lemma
from attribution.outlet_plugin import outlet_hooks
from attribution.rules import Candidate

__version__ = "0.1.0"

OUTLET = "usa-today"
NAME = "USA TODAY"
# usatoday.com, and the network papers whose copy it runs under their own credits
# (The Cincinnati Enquirer, the Asbury Park Press, The Courier-Journal, The Record of
# Bergen County; "The Record" is no name to register: "on the record").
DOMAINS = ("usatoday.com", "cincinnati.com", "app.com", "courier-journal.com", "northjersey.com")

_NAME = r"USA TODAY"

SIGNATURES = (
    # Its name, set in capitals: "told USA TODAY", "a USA TODAY/Suffolk University Poll"
    r"\b" + _NAME + r"\b",
    # The credit line at the foot of a story: "Contributing: Ann Lee and Tom Roe."
    r"^Contributing: [A-Z]",
    # The heads of its letters page
    # (sought from the full stop: a pattern that opens on alternatives is tried at every character)
    r"\.$(?<=^(?:LETTERS|TWITTER|FACEBOOK)\.)",
    # Its style for the department in a title: "former secretary of State"
    r"\b(?:former|as) secretary of State\b",
    # "the USA" for the country ("across the USA"), not a name that starts with it
    r"\bthe USA\b(?!\s*[A-Z/-])",
    # Its opinion desk's handles ("@USATOpinion", "#tellusatoday"), each sought once from the
    # text's start: alternatives are tried at every character, a literal is scanned for fast
    r"(?s)\A(?:(?=.*?@USAT\w)|(?=.*?#tellusatoday))",
    # Print copy: a headline with its deck after a semicolon, and dashes set as two hyphens
    # (sought hyphen by hyphen, as the next one sign by sign: a scan at every character is slow)
    r"\A[^\n]*; \n(?=(?:(?>[^-]*)-)*?(?<= --) )",
    # Print copy: a headline with its deck after a semicolon, and figures given with "%"
    r"\A[^\n]*; \n(?=(?:(?>[^%]*)%)*?(?<=\d%))",
)

# The papers of its network whose copy it runs (their credits appear in its stories).
NETWORK = (
    "the cincinnati enquirer", "cincinnati enquirer", "asbury park press", "the asbury park press",
    "the courier-journal", "courier-journal", "the louisville courier-journal",
)
OUTLET_NAMES = ("usa today", "usatoday", "usatoday.com", "usa today network", "the usa today network") + NETWORK

# Paragraphs that report nothing: credits, sign-offs, bios, poll boxes, promos. Matched whole, case-blind.
BOILERPLATE = (
    # The reporter's sign-off: "Lee reported from Des Moines.", "Lee and Roe reported from Iowa."
    r"(?-i:[A-Z])[\w.’'-]+(?:,? (?:and )?(?-i:[A-Z])[\w.’'-]+)* reported from (?-i:[A-Z])(?:(?!\bthat\b)[^\n]){1,80}",
    # A contributor's bio: "<name>, <title>, is a member of USA TODAY's Board of Contributors."
    r"[^\n]{0,240}\b" + _NAME + r"(?:['’]s)? Board of Contributors\b[^\n]{0,240}",
    # A staff bio: "<name> is a Washington-based reporter for the USA TODAY NETWORK."
    r"(?-i:[A-Z])[^\n]{2,60} is (?:a |an |the )?[^\n]{2,80}\b(?:at|for|of) (?:the )?" + _NAME + r"(?: NETWORK)?\.(?: [^\n]*)?",
    # The opinion desk's promo: "Follow @USATOpinion or #tellusatoday on Twitter."
    r"Follow @USAT\w+[^\n]*|[^\n]{0,80}#tellusatoday[^\n]*",
    # A reporter's sign-off: "Follow Ann Lee on Twitter: @annlee."
    r"Follow [^\n]{2,120}? on Twitter\b[^\n]*",
    # The source line under a poll box: "Source USA TODAY/Suffolk University.", "Source: Census Bureau."
    r"Sources?:? " + _NAME + r"[^\n]{0,120}|Sources?: [^\n]{2,160}",
    # The poll's method: "Poll of 1,000 likely voters taken ... Margin of error +/- 3 percentage points."
    r"(?:Poll|Survey) of [\d,]+ [^\n]{2,240}|Margin of error\b[^\n]{0,120}",
)

# The credit line at the foot of a story: "Contributing: Ann Lee, The Daily Ledger."
CREDIT_LINES = (r"Contributing:\s",)

# -- its own polls and analyses --------------------------------------------

# "a new USA TODAY/Suffolk University Poll", "a USA TODAY analysis", "a poll from USA TODAY/<partner>":
# the core reads the partner after the slash as the whole source, or, after a comma, none at all.
_OWN_NOUN = r"(?:[Pp]oll|survey|analysis|investigation|review|examination|study)"
_PARTNER = r"(?:/[A-Z][\w.&’'-]*(?: (?:[A-Z][\w.&’'-]*|the|of|for|and))*?)?"
_OWN = (
    r"(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) )?(?:(?:new|latest|national|nationwide|recent|earlier|exclusive) ){0,2}"
    r"(?:" + _NAME + _PARTNER + r" " + _OWN_NOUN + r"|(?:[Pp]oll|survey) (?:from|by) " + _NAME + _PARTNER + r")"
)
_FINDS = r"(?:finds|found|shows|showed|suggests|suggested|indicates|indicated|reveals|revealed|concludes|concluded)"
# "..., a new USA TODAY/Suffolk University Poll finds."
_OWN_TRAILING = regex.compile(r",\s+(" + _OWN + r")\s+(" + _FINDS + r")(?=\s*[,.;]|\s*$)")
# "A new USA TODAY/Suffolk University Poll found (that) ..."
_OWN_LEADING = regex.compile(r"(?:(?:And|But) )?(" + _OWN + r")\s+(" + _FINDS + r")\s+(?:that\s+)?")


def _own_poll(context, sentence):
    """Its own polls and analyses as sources, with the partner after the slash
    kept in the name: "..., a new USA TODAY/Suffolk University Poll finds"."""
    if context.outlet != OUTLET:
        return
    text, start, end = context.text, sentence.start, sentence.end
    found = []
    m = _OWN_LEADING.match(text, start, end)
    if m is not None:
        found.append((m.span(1), m.span(2), clauses.trim(text, m.end(), end)))
    for m in _OWN_TRAILING.finditer(text, start, end):
        if not context.layout.inside_quote(m.start()):
            found.append((m.span(1), m.span(2), clauses.trim(text, start, m.start())))
    for source, cue, content in found:
        if content[1] > content[0]:
            yield Candidate(
                cue=[cue], cue_lemma=lemma(text[cue[0]:cue[1]].lower()), content=[content],
                rule="usa-today.own_poll.v1", source=source, source_kind="document", priority=35,
            )


# A reporter's sign-off glued to the last item of a brief: '..."the plan is dead."--Ann Lee.'
_BRIEF_SIGN_OFF = regex.compile(r"[.!?\"”’']--[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}\.\s*$")
# A guide's item head: "Lee: Hold the lead."
_GUIDE_HEAD = regex.compile(r"((?:[A-Z][\w.’'-]+ ){0,2}[A-Z][\w.’'-]+): ([^\n“”\"]{1,60})")
_GUIDE_HEAD_WORDS = 6


def _glued_sign_off(context, candidate) -> bool:
    """Whether a dash credit is a brief's sign-off: the dash glued to the
    sentence before it, the name and a full stop ending the paragraph."""
    dash = candidate.cue[0][0]
    for start, end in context.layout.paragraphs:
        if start <= dash < end:
            return bool(_BRIEF_SIGN_OFF.match(context.text, dash - 1, end))
    return False


def _guide_head(context, candidate) -> bool:
    """Whether a "Name: aim." line heads an item of a guide: a paragraph of a
    few words whose name the next paragraph, no line of a transcript, takes up."""
    paragraphs = context.layout.paragraphs
    for i, (start, end) in enumerate(paragraphs):
        if start <= candidate.source[0] < end:
            break
    else:
        return False
    m = _GUIDE_HEAD.fullmatch(context.text[start:end].strip().rstrip(".?!"))
    if m is None or len(m.group(2).split()) > _GUIDE_HEAD_WORDS or i + 1 >= len(paragraphs):
        return False
    after = context.text[paragraphs[i + 1][0]:paragraphs[i + 1][1]]
    if _GUIDE_HEAD.match(after):
        return False  # the next line has a speaker of its own: a transcript
    return any(regex.search(r"\b" + regex.escape(word) + r"\b", after) for word in m.group(1).split() if len(word) > 2)


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
    credit_lines=CREDIT_LINES,
)


@hookimpl
def attribution_rules(register):
    register("usa-today.own_poll.v1", _own_poll, priority=35, outlet=OUTLET)


@hookimpl
def attribution_review(context, candidate):
    if context.outlet != OUTLET:
        return None
    # '..."the plan is dead."--Ann Lee.': the brief's reporter, not the speaker.
    if candidate.rule == "core.dash_credit.v2" and candidate.cue and _glued_sign_off(context, candidate):
        return False
    # "Lee: Hold the lead." heading an item of a guide: no transcript line.
    if candidate.rule == "core.transcript_speaker.v2" and candidate.source and _guide_head(context, candidate):
        return False
    return None
