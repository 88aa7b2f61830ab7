"""attribution plugin for The Associated Press: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``ap``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL host, and, for text with no URL (the agency's copy
  runs under other publishers' names), the lines of its house style: the
  dateline ("WASHINGTON (AP) —", "RENO, Nev. (AP) —"), the live-update
  frame of "The Latest" ("(all times EST):", time stamps such as "9:42
  p.m." on a line of their own, "___" separators), the contributor line
  ("Associated Press writer <name> contributed"), the daily "Things to
  Know" lede and the agency's copyright line. Other outlets cite the agency
  ("told The Associated Press", "according to an Associated Press count");
  that is no signature.
- Its names (The Associated Press, AP), so that "told The Associated
  Press" is a relay through an outlet.
- Its contributor lines, reporters' Twitter links, copyright notice, photo
  credits, time stamps and separators, which report nothing.
- The dateline, which the core sets apart from the lede ("BEDFORD, N.H.
  (AP) —"), and "..., telling The Associated Press, “...”", which it reads
  with the agency as the relay: the plugin drops any reading whose source
  or cue lies inside a dateline.
- The exit-poll formula ("According to early results of exit polls
  conducted for The Associated Press and television networks by Edison
  Research, ..."): the core gives up on a source that long
  (``ap.exit_poll.v1``).
- Section labels before a headline's colon ("The Latest:", "AP-GfK Poll:")
  and delegate tallies ("Clinton: 1,769."), which the core reads as
  speakers: the plugin drops those readings.
"""

from __future__ import annotations

import bisect

import regex

from attribution import clauses
from attribution.hookspecs import hookimpl
from attribution.outlet_plugin import outlet_hooks
from attribution.rules import Candidate

__version__ = "0.1.0"

OUTLET = "ap"
NAME = "The Associated Press"
DOMAINS = ("apnews.com", "ap.org")

_SELF = r"(?:[Tt]he )?(?:Associated Press|AP)"
# "WASHINGTON (AP) — ", "RENO, Nev. (AP) — ", and "(AP) — " where a layout split the dateline
_DATELINE = r"(?:[A-Z][^\n()“”\"]{0,60}?)?\(AP\) ?[—–-]+ ?"
_TIME = r"\d{1,2}[:.]\d{2} ?[ap]\.m\."

SIGNATURES = (
    # The dateline at the head of a paragraph
    r"^" + _DATELINE + r"\S",
    # The frame of "The Latest": "The Latest on <event> (all times EST):"
    r"\(all times (?:are )?[A-Za-z ]{2,40}\):",
    # Its time stamps on a line of their own: "9:42 p.m."
    r"^" + _TIME + r":?\s*$",
    # Its separators: "___"
    r"^_{3,}\.?[ \t]*$",
    # The contributor line: "Associated Press writer <name> contributed ..."
    r"^(?:[^\n]{0,120}\. )?Associated Press writers? [^\n]{2,300}\bcontributed\b",
    # The daily "Things to Know" lede
    r"^Your daily look at late-breaking news\b",
    # Its copyright line
    r"\bCopyright \d{4} The Associated Press\. All rights reserved\b",
)

OUTLET_NAMES = ("the associated press", "associated press", "the ap", "ap", "ap news")

# Paragraphs that report nothing: notices, contributor lines, links, stamps. Matched whole, case-blind.
BOILERPLATE = (
    # "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, ..."
    r"(?:Copyright|©) ?(?:©)? ?\d{4} (?:The )?Associated Press\b[^\n]*",
    r"This material may not be published, broadcast, rewritten,? or redistributed\.?[^\n]*",
    # "Associated Press writer <name> contributed from <city>.", after "<name> reported from <city>."
    r"(?:[A-Z][^\n.]{0,80} reported from [^\n.]{2,80}\. ?)?Associated Press writers? [^\n]{2,300}?\bcontributed\b[^\n]*",
    # "Follow <name> on Twitter: https://twitter.com/<handle>", "On Twitter follow <name> https://twitter.com/<handle>"
    r"(?:On Twitter,? )?follow\b[^\n]{2,200}?\btwitter\.com/\w+[^\n]*",
    # "Online:", and a link on a line of its own
    r"Online:?",
    r"(?:Online:\s*)?https?://\S+",
    # Promos of its interactives: "<question>? Find out via AP’s <feature>. <link>"
    r"[^\n]{0,200}\bFind out (?:via|with|at|on) (?:AP|The Associated Press)[’']s? [^\n]*",
    # The "Things to Know" lede
    r"Your daily look at late-breaking news\b[^\n]*",
    # The frame of "The Latest": "<dateline> The Latest on <event> (all times EST):", time stamps, separators
    r"(?:" + _DATELINE + r")?The Latest on [^\n]{0,300}\(all times [^)\n]{1,40}\):?",
    _TIME + r":?",
    r"_{2,}\.?",
    # Photo captions that end in the credit: "... speaks in Reno, Nev. (AP Photo/Ann Lee)"
    r"[^\n]{0,500}\(AP Photo(?:/[^\n)]{1,80})?\)\.?",
    # The schedule at the foot of a game story: "UP NEXT", then "Hawks: Host Milwaukee on Tuesday night."
    r"Up next:?",
    r"[^\n:]{1,40}: (?:at|host|hosts|visit|visits|vs\.?|travel to|play|plays) [^\n:]{1,80}?\b"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| afternoon| evening| morning)?\.?",
    # Corrections to the story itself: "This story has been corrected to show ..."
    r"\(?This (?:story|version|article) (?:has been |was )?(?:corrected|corrects|updated|updates)\b[^\n]*",
)

CREDIT_LINES = (
    r"AP Photo/",
)

# Labels before a headline's colon that name a section or a series, not a speaker.
LABELS = regex.compile(
    r"(?:the latest|delegate update|news guide|ap fact check|fact check|ap explains|ap interview|ap exclusive"
    r"|analysis|ap[- ][\w-]+ poll|\d+ things to know(?: for today)?)",
    regex.IGNORECASE,
)
# A tally: "Clinton: 1,769.", "Pledged: 781."
_TALLY = regex.compile(r"[\d,.%$ ]+\.?")

_DATELINE_AT = regex.compile(_DATELINE)
# ", telling The Associated Press, “...”", ", telling the AP on Friday that ..."
_TELLING = regex.compile(
    r",\s+(?P<cue>telling)\s+(?P<via>" + _SELF + r")"
    r"(?:(?:\s+(?:on|late|early|earlier|last|in an? [\w ]{0,20}?interview)\b[^,:;“”\"]{0,40}?)?(?:\s*[,:]\s*|\s+that\s+)|\s+)"
)
# "Hours later, ...", "Two days ago, ...": a fronted time before the subject
_FRONTED_TIME = regex.compile(r"[^,\n]{1,40}?\b(?:later|earlier|ago|afterwards?)\s*,\s*")
# The exit polls it commissions: "(early) results of (the) exit poll(s) conducted for/by ... networks/Research"
_POLL = (
    r"(?:(?:the )?(?:early |preliminary |new )?results of )?(?:the |an )?(?:exit|entrance) polls? conducted "
    r"(?:for|by) [^,.;\n“”\"]{2,200}?(?:networks|research)"
)
_POLL_LEAD = regex.compile(
    r"(?:(?P<that>that)(?:[’']s| is) )?(?P<cue>according to) (?P<src>" + _POLL + r")(?P<end>\s*[,.])",
    regex.IGNORECASE,
)
_POLL_SHOW = regex.compile(
    r"(?P<src>(?:early |preliminary )?" + _POLL + r"),? (?P<cue>shows?|showed|found|finds?|suggest(?:s|ed)?"
    r"|indicat(?:es?|ed))\b(?: that)?\s+",
    regex.IGNORECASE,
)


def _dateline_end(context, sentence) -> int | None:
    """The end of the dateline that opens ``sentence``, if it opens with one."""
    m = _DATELINE_AT.match(context.text, sentence.start, sentence.end)
    if m is None or m.end() >= sentence.end:
        return None
    return m.end()


def _exit_poll(context, sentence):
    """"According to early results of exit polls conducted for The Associated
    Press and television networks by Edison Research, Y", "That's according
    to ...", "Early results of exit polls conducted ... show Y"."""
    if context.outlet != OUTLET:
        return
    text = context.text
    lo = _dateline_end(context, sentence) or sentence.start
    lo = clauses.skip_space(text, lo, sentence.end)
    m = _POLL_LEAD.match(text, lo, sentence.end)
    if m and m.group("that"):
        content = m.span("that")
    elif m and m.group("end").strip() == ",":
        content = clauses.trim(text, m.end(), sentence.end)
    elif m is None:
        m = _POLL_SHOW.match(text, lo, sentence.end)
        if m is None:
            return
        content = clauses.trim(text, m.end(), sentence.end)
    else:
        return
    if content[1] <= content[0]:
        return
    yield Candidate(
        cue=[m.span("cue")], cue_lemma="according to" if m.group("cue").lower() == "according to" else "show",
        content=[content], rule="ap.exit_poll.v1", source=m.span("src"), source_kind="document", priority=20,
    )


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
    credit_lines=CREDIT_LINES,
)


@hookimpl
def attribution_rules(register):
    register("ap.exit_poll.v1", _exit_poll, priority=20, outlet=OUTLET)


@hookimpl
def attribution_review(context, candidate):
    if context.outlet != OUTLET or candidate.rule.startswith(OUTLET + "."):
        return None
    text, layout = context.text, context.layout
    if candidate.source is not None and [text[s:e] for s, e in candidate.cue] == [":"]:
        # "The Latest: Mayor says ...", "AP-GfK Poll: ...": the label is no speaker.
        if candidate.rule == "core.headline_speaker.v2" and LABELS.fullmatch(text[slice(*candidate.source)].strip()):
            return False
        # "Clinton: 1,769.": a tally, not a quotation.
        if all(_TALLY.fullmatch(text[s:e].strip()) for s, e in candidate.content):
            return False
    # "X answered the charge, telling The Associated Press, “...”": the clause before the relay reports nothing.
    if _TELLING.match(text, max(e for _s, e in candidate.content), len(text)):
        return False
    # "WASHINGTON (AP) — ...": the dateline is neither a source nor a cue.
    spans = list(candidate.cue) + ([candidate.source] if candidate.source else [])
    for s, _e in spans:
        k = bisect.bisect_right(layout.sentence_starts, s) - 1
        if k < 0:
            continue
        end = _dateline_end(context, layout.sentences[k])
        if end is not None and s < end:
            return False
    return None
