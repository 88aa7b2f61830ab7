"""attribution plugin for The Guardian: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``guardian``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL hosts (``theguardian.com``, the older
  ``guardian.co.uk``), and, for text with no URL, the lines its web pages
  carry and no one else's do: the picture credit that closes a caption
  ("... Photograph: <name>/<agency>", "Composite: ...", "Illustration:
  ..."), the shared byline "Guardian staff and agencies", the newsletter
  insert ("Privacy Notice: Newsletters may contain info about charities
  ...", "after newsletter promotion"), the letters-page footer ("... to be
  considered for publication in our letters section"), the reader-support
  appeal, the time stamps under the byline ("Sat 7 Jun 2025 06.00 BST",
  "Last modified on ..."), the bio that closes a column ("Jane Smith is a Guardian
  columnist"), the live blog's time stamps ("Updated at 14.05 BST") and the
  page's foot ("Explore more on these topics", "Reuse this content").
  Other outlets cite it ("told the Guardian", "a Guardian investigation");
  that is no signature.
- Its names: the Guardian, its editions (Guardian Australia, Guardian US),
  its weekly, its publisher and its news podcast, so that "told Guardian
  Australia that ..." is a relay through an outlet and "Guardian
  Australia revealed ..." has an outlet as its source. The names are safe
  in every article: they name the Guardian wherever they appear.
- Its page furniture, which reports nothing: captions with their picture
  credit (a caption restates the copy: "The minister, who said the plan was
  sound. Photograph: ..."), author bios, the newsletter insert and its
  blurbs, the corrections footer as it prints it (after a bullet: "• This
  article was amended on ..."; "An earlier version of this article said ..."
  reads, to the core, as a report), the letters-page footer, calls for
  readers' stories ("... you can tell us your experience using the form
  below"), the helpline footer, the support appeal and its live blogs' time
  stamps.
- Its self-reports that the core does not read: "The Guardian understands
  Y" (with no "that") and ", the Guardian has learned." / ", the Guardian
  understands." after the report (``guardian.self_report.v1``): the
  Guardian, an outlet, is the source of Y.
- Its headline labels ("Live", "Revealed:", "Exclusive:", "First Thing:",
  "Opinion:"), which the core reads as a headline's speaker.
"""

from __future__ import annotations

from attribution.hookspecs import hookimpl
from attribution.outlet_plugin import outlet_hooks, self_report_rule

__version__ = "0.1.0"

OUTLET = "guardian"
NAME = "The Guardian"
DOMAINS = ("theguardian.com", "guardian.co.uk")

# The picture credit that closes a caption: "Photograph: Jo Ellis/The Guardian", "Composite: Getty/Reuters"
_PICTURE = r"(?:Photograph|Photographs|Photo|Illustration|Composite|Video|Graphic|Graphics)"

# An author's bio as a paragraph of its own: "Jane Smith is a Guardian columnist ...",
# "Jo Ellis is the Guardian's senior political correspondent"
_BIO = (r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3} (?:is|was) (?:a|an|the) Guardian(?:[’']s)? "
        r"(?:[a-z-]+ ){0,3}(?:columnist|writer|editor|correspondent|reporter|critic|journalist)\b")

SIGNATURES = (
    # The credit at the end of a caption, on a line of its own
    r"(?:^|[.!?”’)] )" + r"(?:Photograph|Illustration|Composite): [A-Z][^\n]{0,80}$",
    # The shared byline
    r"^Guardian staff(?: reporter| and agenc(?:y|ies))?$",
    # The newsletter insert
    r"^Privacy Notice: Newsletters may contain info(?:rmation)? about charities\b",
    r"^(?:after|skip past) newsletter promotion$",
    # The letters-page footer and the reader-support appeal
    r"\bto be considered for publication in our letters section\b",
    r"\bas you[’']re joining us today from\b",
    # The bio that closes a column: "Jane Smith is a Guardian columnist"
    r"^" + _BIO,
    # The time stamps under the byline: "Sat 7 Jun 2025 06.00 BST", "Last modified on Sat 7 Jun 2025 09.12 BST";
    # sought from the time's full stop, the date before it checked as a lookbehind (regex
    # scans fast for a literal, but tries a pattern that opens on alternatives at every character)
    r"\.(?<=^(?:Last modified on )?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4} \d\d\.)\d\d "
    r"(?:BST|GMT|EDT|EST|AEST|AEDT|CET|CEST)$",
    # The live blog's time stamps: "Updated at 14.05 BST"
    r"^Updated at \d{1,2}\.\d\d (?:BST|GMT|EDT|EST|AEST|AEDT|CET|CEST)$",
    # The foot of the page
    r"^Explore more on these topics$",
    r"^Reuse this content$",
)

OUTLET_NAMES = (
    "guardian", "the guardian", "theguardian.com", "guardian.co.uk", "guardian australia", "guardian us",
    "guardian weekly", "the guardian weekly", "guardian news & media", "guardian news and media",
    "guardian media group", "the guardian's today in focus", "the guardian’s today in focus", "today in focus",
    "guardian's today in focus", "guardian’s today in focus", "guardian australia's full story",
    "guardian australia’s full story",
)

# Paragraphs that report nothing. Matched whole, case-blind; a space matches any space but a line break.
BOILERPLATE = (
    # A caption closed by its picture credit: "The minister, who said the plan was sound. Photograph: Jo Ellis/PA"
    r"(?:[^\n]{0,400}?[.!?”’)]\s+)?" + _PICTURE + r": [^\n]{1,120}",
    # Author bios: "Jane Smith is a Guardian columnist and the author of ..., which argued that ..."
    _BIO + r"[^\n]*",
    # Its bylines: "Guardian staff and agencies", "Guardian sport"
    r"Guardian (?:staff|reporters|sport|sport staff|correspondents?)(?: (?:and|&) agenc(?:y|ies))?",
    # The newsletter insert: "Sign up to First Edition", its blurbs, the privacy notice and the marker after it
    r"Sign up to [A-Z][^\n]{0,120}",
    r"Free (?:daily|weekly|monthly) (?:newsletter|email)\.?",
    r"Our [^\n]{0,60}\b(?:email|newsletter)\b[^\n]*",
    r"Privacy Notice: [^\n]*",
    r"(?:after|skip past) newsletter promotion",
    # The corrections footer: "• This article was amended on 4 June 2025. An earlier version said ..."
    (r"(?:•\s*)?(?:This (?:article|piece|story|headline|caption|standfirst|picture) (?:was|has been) "
     r"(?:amended|updated|corrected|changed)|An earlier version of this (?:article|piece|story|headline|caption|"
     r"standfirst|picture caption))\b[^\n]*"),
    # The letters-page footer: "• Do you have an opinion on the issues raised in this article? ..."
    r"(?:•\s*)?Do you have an opinion on the issues raised in this article\?[^\n]*",
    # Calls for readers' stories: "Do you have information about ...? Contact us ..."
    (r"(?:•\s*)?(?:Do you have|Have you got|Have you been|Are you|Were you)\b[^\n?]{0,200}\?\s*"
     r"(?:Contact us|Get in touch|Email|Share|Tell us|Let us know|You can contact)\b[^\n]*"),
    # Call-outs: "If you have been affected ..., you can tell us your experience using the form below."
    r"(?:•\s*)?(?:If you|You can|Tell us|Share your)\b[^\n]{0,300}?\b(?:the form below|contact us|get in touch)\b[^\n]*",
    # The helpline footer: "In the UK and Ireland, Samaritans can be contacted on freephone 116 123 ..."
    (r"(?:•\s*)?In (?:the UK|the US|the UK and Ireland|Australia|Ireland)\b[^\n]{0,60}?"
     r"\b(?:Samaritans|Lifeline|Crisis Line|Mind|Refuge|Beyond Blue)\b[^\n]{0,40}?"
     r"\b(?:can be contacted|can be reached|is available|can call|are available)\b[^\n]*"),
    # The reader-support appeal: "… as you’re joining us today from the UK, we have a small favour to ask."
    r"[….\s]*(?:as you[’']re joining us today from|we have a small favour to ask|I hope you appreciated this article)\b[^\n]*",
    # The live blog's time stamps and its JavaScript line
    r"Updated at \d{1,2}\.\d\d\s*(?:BST|GMT|EDT|EST|AEST|AEDT|CET|CEST)",
    r"Please turn on JavaScript to use this feature\.?",
    # The foot of the page
    r"(?:Explore more on these topics|Reuse this content|Most viewed|Most popular|Key events|Show key events only)",
)

# Labels before a headline's colon that name a format, not a speaker.
LABELS = frozenset((
    "live", "revealed", "exclusive", "opinion", "analysis", "explainer", "first thing", "morning mail",
    "the morning mail", "editorial", "comment", "letters", "in pictures", "quick guide", "factcheck",
    "fact check", "the guardian view", "today in focus", "video", "podcast", "guardian weekly",
))
_LABEL_RULES = ("core.headline_speaker.v2", "core.transcript_speaker.v2")

# Its names as they stand as the subject of a self-report.
_SELF = r"(?:the Guardian|The Guardian|Guardian Australia|Guardian US|the Observer and the Guardian)"

attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
)


# "The Guardian understands Y" (no "that") and "Y, the Guardian can reveal.": the outlet as the source of Y
_self_report = self_report_rule("guardian.self_report.v1", _SELF)


@hookimpl
def attribution_rules(register):
    register("guardian.self_report.v1", _self_report, priority=30, outlet=OUTLET)


@hookimpl
def attribution_review(context, candidate):
    # "Revealed: UK firms sold ...": the label is no speaker.
    if context.outlet != OUTLET or candidate.rule not in _LABEL_RULES or candidate.source is None:
        return None
    source = candidate.source
    if context.text[source[0]:source[1]].strip().lower() in LABELS:
        return False
    return None
