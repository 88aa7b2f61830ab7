"""attribution plugin for Politico: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``politico``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL host, and, for text with no URL, the lines of its
  house style: the site spells its own name in capitals ("told POLITICO",
  "according to a POLITICO analysis", "POLITICO Florida reported"), links
  through its own short host (politi.co), signs off with "Follow @politico"
  and "<name> contributed to this story.", and gives addresses at
  politico.com. Its datelines ("DES MOINES, Iowa — ") and party-and-state
  tags ("(D-Mo.)") are those of much American copy, so they are no
  signature here.
- Its names (POLITICO and its state desks, magazine, Pro service,
  newsletters and podcasts), so that "told POLITICO Florida" is read as a
  relay through an outlet and "POLITICO New York reported" has an outlet as
  its source.
- Its sign-offs, contributor lines, podcast and newsletter promos, and the
  link lines under its polls ("View full results: http://..."), which
  report nothing.
- Its headlines that put the reporting document or outlet before a colon
  ("Poll: Lee leads in Ohio", "Report: ...", "AP: ...", "<paper> editorial:
  ..."): the core reads such words as section labels elsewhere; in
  Politico's headlines they are the source (``politico.headline_source.v1``).
- Its newsletter and podcast names before a headline's colon ("Playbook:
  ...", "Nerdcast: ..."): labels, not speakers (``attribution_review``).
"""

from __future__ import annotations

import regex

from attribution import clauses, kinds
from attribution.hookspecs import hookimpl
from attribution.outlet_plugin import label_veto, outlet_hooks
from attribution.rules import Candidate

__version__ = "0.1.0"

OUTLET = "politico"
NAME = "Politico"
DOMAINS = ("politico.com", "politi.co")

# Its state desks and editions: "told POLITICO Florida", "POLITICO New York reported".
DESKS = ("New York", "New Jersey", "Florida", "Massachusetts", "California", "Illinois", "Europe", "Magazine", "Pro")
# Its newsletters and podcasts, which open headlines as labels ("Playbook: ...").
SHOWS = ("Playbook", "Nerdcast", "Off Message", "Campaign Pro", "Morning Score", "The POLITICO Caucus")

_NAME = r"POLITICO(?: (?:" + "|".join(DESKS) + r"))?"

SIGNATURES = (
    # The site's own name in capitals, as its copy spells it and other outlets do not
    # ("told POLITICO", "a POLITICO analysis", "POLITICO Florida reported").
    r"(?<![A-Z] )\b" + _NAME + r"\b(?! [A-Z]{2,})",
    # Links through its own short host
    r"\bpoliti\.co/\w+",
    # The sign-off pointing to its account, on a line of its own
    r"^Follow @politico\b",
    # Addresses at the site ("Email us at <show>@politico.com")
    r"\b[\w.]+@politico\.com\b",
    # The contributor line on a line of its own: "<name> contributed." / "... contributed to this story."
    (r"^(?:[A-Z][\w.’'-]* ){1,3}[A-Z][\w’'-]+(?: and (?:[A-Z][\w.’'-]* ){1,3}[A-Z][\w’'-]+)?"
     r" contributed(?: to this story)?\.\s*$"),
)

OUTLET_NAMES = ("politico", "politico.com", "politico magazine", "politico pro", "politico playbook") + tuple(
    f"politico {desk.lower()}" for desk in DESKS
)

# Paragraphs that report nothing. Matched whole, case-blind.
_PERSON = r"(?:[\w.’'-]+ ){1,3}[\w’'-]+"
BOILERPLATE = (
    # "Follow @politico." / "Follow @<reporter> on Twitter."
    r"Follow @\w+(?: (?:on|and) [^\n]{2,80})?\.?",
    # "<name> contributed." / "<name> and <name> contributed to this story." / "... contributed reporting from <place>."
    _PERSON + r"(?:(?:,| and|, and) " + _PERSON + r")* contributed(?: reporting| to this (?:story|report|article))?"
    r"(?: from [^\n]{2,60})?\.",
    # "Podcast produced by <name>."
    r"(?:The |This )?(?:podcast|episode|show|video|newsletter) (?:was )?(?:produced|edited) by [^\n]{2,80}",
    # "(Subscribe to <show> on iTunes ...)"
    r"\(?Subscribe to [^\n]{2,160}",
    # "Want to receive this in your inbox? Sign up ..." / "Sign up for <newsletter> ..."
    r"(?:Want to (?:receive|get) [^\n]{2,80}\? )?Sign up\b[^\n]{0,200}",
    # "Feedback? ... Email us at <show>@politico.com." / "Questions? Tips? Email me, <address>, and follow @<handle> ..."
    r"[^\n]{0,160}\bE-?mail (?:us|me)\b[^\n]{0,40}?\b[\w.]+@[\w-]+(?:\.[\w-]+)+\b[^\n]{0,200}",
    # A label and a link: "View full results: http://...", "A summary of the results is here: http://..."
    r"[^\n:“”\"]{1,120}:\s*https?://\S+",
    # The lead-in of its live lists: "Here are POLITICO’s five things to watch tonight:"
    r"Here(?: are|’s|'s| is) POLITICO(?:’s|'s)? [^\n]{2,120}:",
)

CREDIT_LINES = (
    # "--additional reporting by <name>."
    r"-{1,2}\s*(?:with )?additional reporting by\b",
)

# Labels before a headline's colon that name one of its newsletters or podcasts, not a speaker.
LABELS = tuple(show.lower() for show in SHOWS) + ("politico playbook", "2016 nerdcast")

# Headlines that name the reporting outlet or its editorial before the colon: "AP: ...",
# "<paper> editorial: ..." ("Poll: ...", "Report: ..." and an outlet in capitals, "AP: ...",
# the core reads for every outlet).
DOCUMENTS = frozenset(["editorial", "editorials"])
_HEADLINE_SOURCE = regex.compile(r"((?:[A-Z][\w.’'&-]*\s+){0,2}[A-Za-z][\w.’'&-]*)\s*(:)\s+(?=\S)")


def _headline_source(context, sentence):
    """"Poll: Lee leads in Ohio." reports for the poll; "AP: ..." for the agency."""
    if context.outlet != OUTLET or sentence.paragraph != 0:
        return
    para_start, para_end = context.layout.paragraphs[0]
    if sentence.start != para_start:
        return
    text = context.text
    m = _HEADLINE_SOURCE.match(text, sentence.start, sentence.end)
    if m is None or not m.group(1)[0].isupper():
        return
    label = m.group(1)
    kind = kinds.kind(text, *m.span(1), context.lexicon)
    if label.split()[-1].lower() not in DOCUMENTS and kind != "outlet":
        return  # a person before the colon is the core's; a section label is nobody
    content = clauses.trim(text, m.end(), para_end)
    if content[1] > content[0]:
        yield Candidate(
            cue=[m.span(2)], cue_lemma="say", content=[content], rule="politico.headline_source.v1",
            source=m.span(1), source_kind=kind, priority=30,
        )


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
    credit_lines=CREDIT_LINES,
)


@hookimpl
def attribution_rules(register):
    register("politico.headline_source.v1", _headline_source, priority=30, outlet=OUTLET)


# "Playbook: The week ahead": the newsletter's name is no speaker.
attribution_review = label_veto(OUTLET, LABELS)
