"""attribution plugin for The Washington Post: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``wash-post``.

What the plugin knows, and why the core rules need it:

- Its articles: the URL host, and, for text with no URL, the lines of its
  house style: datelines set with a plain hyphen ("DES MOINES - ",
  "NASHUA, N.H. - "), the spaced ellipsis (". . ."), the paper calling
  itself "The Post" ("told The Post", "The Post's <reporter>", "a Post-ABC
  poll"), the columnist's sign-off ("Twitter: @handle"), the "BYLINE:" line
  of its digests, and the quotation credited on a line of its own with a
  hyphen ("- Jane Roe.").
- Its names (The Washington Post and its sections and blogs), so that "told
  The Washington Post" is read as a relay through an outlet and "The Fact
  Checker found ..." has an outlet as its source.
- Its sign-offs, bylines and credit lines, which report nothing: "<name>
  reported from <place>.", "<names> contributed to this report.",
  "Twitter: @handle", "BYLINE: <name>", "- <reporter>." under a digest item,
  "- Reuters." under wire copy, photo credits ("(Jane Roe/The Washington
  Post)").
- The words after a credited name: a quotation in a paragraph of its own,
  credited in the next after a plain hyphen ("“...”" then "-Jane Roe,
  speaking in Ohio."), is read by the core (``core.dash_credit.v2``); the
  plugin keeps the rest of the credit line from reporting anything.
"""

from __future__ import annotations

import bisect

import regex

from attribution.hookspecs import hookimpl
from attribution.outlet_plugin import outlet_hooks

__version__ = "0.1.0"

OUTLET = "wash-post"
NAME = "The Washington Post"
DOMAINS = ("washingtonpost.com",)

# Its polls with partners, named without "Washington" only in its own copy: "a Post-ABC poll".
_POLL_PARTNERS = r"(?:ABC|SurveyMonkey|Schar|Kaiser|Ipsos|Miller Center|UMD|University)"
# A dateline: a city in capitals, perhaps a state or country in the Post's abbreviations, a hyphen.
_DATELINE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})? - "

_STATES = (
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J"
    r"|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\."
)

SIGNATURES = (
    # The dateline, set with a plain hyphen, opening the article's first paragraphs:
    # "NASHUA, N.H. - " (the agencies and most outlets use a dash: "WASHINGTON (AP) — ")
    r"\A(?:[^\n]*\n\s*){1,3}" + _DATELINE + r"[A-Z“\"]",
    # The spaced ellipsis in its quotations: "... the economy. . . . We have ..."
    # (written to start at the full stop: a pattern that starts at every word, or opens on
    # alternatives, is tried at every character)
    r"\. \. \.(?:(?<=\w[.,?!’'\"”]? \. \. \.)| [\w“\"])",
    # A quotation inside a quotation closed with a space between the marks: "... 'a disaster,' " he said.
    r"(?<=\w[,.?!])['’] \"",
    # Its style sheet whole: dashes set as spaced hyphens, never a true dash, and lawmakers tagged
    # with its state abbreviations ("Sen. Ann Lee (R-Tex.)", "Sen. Ann Lee (Ky.)")
    (
        # (no true dash and no double hyphen anywhere: negated classes, which scan fast; the spaced
        # hyphen and the title are sought hyphen by hyphen and stop by stop, not at every character)
        r"\A(?=[^—―–]*\Z)(?=[^-]*(?:-[^-]+)*\Z)(?=(?:(?>[^-]*)-)*?(?<=\w -) \w)"
        r"(?=(?:(?>[^.]*)\.)*?(?<=\b(?:Sen|Rep|Gov)\.) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} \((?:[RDI]-)?"
        + _STATES + r"\))"
    ),
    # The paper naming itself "The Post": "told The Post", "obtained by The Post"
    r"\b(?:told|to|by|with|from|for) The Post\b(?! and\b)(?![-–])",
    # Its polls with partners, without "Washington": "a Post-ABC News poll", "The Post-SurveyMonkey poll"
    r"(?<!Washington )\bPost ?[-/] ?" + _POLL_PARTNERS + r"\b",
    # The columnist's sign-off on a line of its own: "Twitter: @handle."
    r"^Twitter: @\w+\.?\s*$",
    # The byline line of its digests: "BYLINE: Jane Roe."
    r"^BYLINE: [A-Z]",
    # A quotation credited on the next line, after a plain hyphen: "“...”" then "- Jane Roe."
    # (sought from the line break, which is rarer than a closing mark)
    r"\n(?<=[\"”]\s*\n)\s*-[^\S\n]?[A-Z][\w.'’-]*(?:[^\S\n][A-Z][\w.'’-]*){0,3}(?:,[^\n]{1,80})?\.?\s*$",
)

# Its names, without a leading "the" (the core drops it before looking a mention up). The bare
# "Post" and "Fix" are left out: every outlet's copy uses them as plain words.
OUTLET_NAMES = (
    "washington post", "washingtonpost.com", "washington post fact checker", "washington post live",
    "wonkblog", "powerpost", "daily 202",
)

# Paragraphs that report nothing: sign-offs, bylines and credits. Matched whole, case-blind.
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
_PLACE = r"[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}"
BOILERPLATE = (
    # "Lee reported from Des Moines.", "Lee reported from Des Moines; Kim, from Washington."
    # (names and places in capitals: "Officials reported from the city that ..." is a report)
    (
        r"(?-i:" + _NAME + r" (?:and " + _NAME + r" )?reported from " + _PLACE
        + r"(?:[;,] (?:and )?" + _NAME + r",? (?:reported )?from " + _PLACE + r")*)\.?"
    ),
    # "Ann Lee in Des Moines and Bo Kim contributed to this report."
    r"[^\n]{2,300}\bcontributed (?:to this report|reporting)\b[^\n]{0,120}",
    # The columnist's sign-off: "Twitter: @handle."
    r"(?:Follow [^\n]{2,80} on )?Twitter:? @\w+\.?",
    # The byline line of a digest: "BYLINE: Ann Lee."
    r"BYLINE: [^\n]{2,120}",
    # A wire story's credit on a line of its own: "- Reuters." (a reporter's "- Ann Lee." under a
    # digest item reports nothing either, but the same line under a quotation credits it: the
    # core's dash credit tells them apart, so that line is no boilerplate)
    r"- ?(?:Reuters|Associated Press|AP|AFP|Bloomberg(?: News)?)\.?",
    # Photo credits: "(Jane Roe/The Washington Post)", "Jane Roe/For The Washington Post"
    r"\(?[^\n/()]{2,80}/(?:For )?The Washington Post\)?\.?",
    # Its promos: "Read more:", "Read more from <columnist>'s archive", "Sign up for <newsletter>"
    r"Read more(?: from| at| on| about)?\b[^\n]{0,200}",
    r"Sign up for (?:The |our )?[^\n]{2,80} newsletter\b[^\n]{0,200}",
)

# Credit lines: a paragraph starting so is a credit line.
CREDIT_LINES = (
    r"Photo(?:graph)?s? by [^\n]{2,80}(?:/| for )The Washington Post",
)

# The quotation's credit as a paragraph of its own: "- Jane Roe." / "-President Lee, speaking in Ohio."
_HYPHEN_CREDIT = regex.compile(
    r"(-)[^\S\n]?([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})(?=[^\S\n]*(?:,[^\n]*)?\.?[^\S\n]*$)"
)


def _credit(context, paragraph):
    """The hyphen credit opening ``paragraph`` and the quotation it credits, when the paragraph
    before is nothing but that quotation; else None."""
    if paragraph == 0:
        return None
    layout, text = context.layout, context.text
    para_start, para_end = layout.paragraphs[paragraph]
    m = _HYPHEN_CREDIT.match(text, para_start, para_end)
    if m is None:
        return None
    q_start, q_end = layout.paragraphs[paragraph - 1]
    for q in layout.quotations_from(q_start):
        if q.start > q_end:
            break
        # the quotation must fill its paragraph: a name under prose is a byline
        if q.start == q_start and q.closed and not text[q.end:q_end].strip(" ."):
            return m, q
    return None


attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name=NAME, domains=DOMAINS, signatures=SIGNATURES, names=OUTLET_NAMES, boilerplate=BOILERPLATE,
    credit_lines=CREDIT_LINES,
)


@hookimpl
def attribution_review(context, candidate):
    # "-Jane Roe, speaking in Ohio.": the words after the credited name describe the speaker,
    # they report nothing of their own.
    if context.outlet != OUTLET or candidate.rule == "core.dash_credit.v2":
        return None
    cue = candidate.cue[0][0]
    paragraphs = context.layout.paragraphs
    at = bisect.bisect_right(paragraphs, (cue, len(context.text) + 1)) - 1
    if at > 0 and cue < paragraphs[at][1] and _credit(context, at) is not None:
        return False
    return None
