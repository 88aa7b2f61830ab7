"""Paragraph roles: headline, headings, lead-ins, credit lines and boilerplate.

These paragraphs are kept on the Document (headline, headings, credits) and
yield no attribution. Credit and boilerplate patterns come from plugins.
"""

from __future__ import annotations

import attrs
import regex

from attribution import default_lexicon as en
from attribution.layout import AD_SLOT_LABELS, Layout
from attribution.lexicon import Lexicon, lemma, title_case_word
from attribution.tokens import CONCURRENT, LIST_MARKS

_WORDS = regex.compile(r"\w+")
_CREDIT = regex.compile(
    r"(?i)^\s*(?:\(?with (?:inputs? from|(?:agency|wire) inputs)\b|\(?with (?:additional )?reporting by\b|reporting by\b|"
    r"editing by\b|\(?writing by\b|compiled by\b|\(?(?:additional )?reporting (?:by|from)\b)"
)
# Editorial notes about the article itself report nothing: a correction, a clarification, an
# editor's note or an update that speaks of the story ("Correction: An earlier version of this
# story ..."). One that tells the news again is news ("Editor's Note: ... On Wednesday, the
# director said that ...", as a live blog's "UPDATE: Police said ..." is).
_EDITORIAL = regex.compile(
    r"(?i)^\s*(?:[•·*]\s*)?(?:(?:correction|clarification|editor['’]s note|update)\s*:"
    r"(?=[^\n]{0,120}?\b(?:this|(?:an?|the)\s+(?:earlier|previous|original))\s+(?:version|article|story|post|report|headline)\b)"
    r"|this (?:article|story) was (?:amended|updated|corrected)\b)"
)
# Links to other stories, promos and notices of the page around the article:
# "Also Read | ...", "Read more: ...", "Sign up to our newsletter", "Follow us on
# Twitter", "Copyright 2024 ... All rights reserved". A linked headline may hold
# a cue ("Read more: Bridge unsafe, says report"); it reports nothing here.
_PAGE_FURNITURE = regex.compile(
    r"(?i)^\s*(?:"
    r"(?:also\s+(?:read|watch|see|check(?:\s+out)?)|read\s+(?:more|also|next)|related(?:\s+(?:stories|news|articles?|coverage))?"
    r"|see\s+also|more\s+from|recommended|must\s+read|don['’]t\s+miss)\s*[:|\-–—]"
    r"|(?:sign\s+up|subscribe)\b[^\n]{0,60}\b(?:newsletter|alerts|updates|channel)"
    r"|follow\b[^\n]{0,60}\bon\s+(?:twitter|x|facebook|instagram|linkedin|youtube|telegram|whatsapp|threads|social\s+media)\b"
    r"|(?:click|tap)\s+here\b"
    r"|(?:copyright|©)\s[^\n]{0,80}\ball\s+rights\s+reserved"
    # what a scraped page leaves between paragraphs: its advertisement slots, an app's promo, a
    # pointer to live coverage, an embedded post's frame ("View this post on Instagram", "A post
    # shared by ...", a line that is only the post's picture link) and a syndicated feed's notice
    r"|(?:" + AD_SLOT_LABELS + r"|sponsored(?:\s+content)?"
    r"|follow\s+(?:our\s+|the\s+)?live(?:\s+(?:updates|coverage|blog))?|view\s+this\s+(?:post|photo|video)\s+on\s+\w+"
    r"|(?:more\s+on\s+this\s+story|related\s+topics|top\s+stories|most\s+read))\s*$"
    r"|download\s+(?:the|our)\b[^\n]{0,40}\bapp\b|a\s+post\s+shared\s+by\b|pic\.twitter\.com/"
    r"|\(?(?:except\s+for\s+the\s+headline,\s+)?this\s+(?:story|article|report)\s+has\s+not\s+been\s+edited\b"
    r"|\(?disclaimer\s*:"
    # a print edition's note on the story, wherever it stands: "A version of this article appears in
    # print on May 9, 2017, on Page A14 of the New York edition with the headline: ..."
    r"|(?:an?\s+)?(?:version|edition)\s+of\s+this\s+(?:article|story|review|column|report|piece|essay|editorial|op-ed"
    r"|news\s+analysis)\s+(?:appears|appeared|was\s+published|ran)\s+in\s+(?:print|the\s+print\s+edition)\b"
    r"|this\s+(?:article|story|review|column|report|piece)\s+(?:appears|appeared|ran)\s+in\s+(?:print|the\s+print\s+edition)\b"
    # a picture's caption or credit: "Image caption, ...", "(Photo: PTI)", "File photo | Getty
    # Images", "Photograph: ...", "Representational image."
    r"|image\s+(?:caption|source|copyright)\s*[,:]"
    r"|\(?(?:file\s+)?(?:photo(?:graph)?s?|pictures?|pic|images?)(?:\s+credits?)?\s*[:|]"
    r"|file\s+(?:photo|image|picture)\b|represent(?:ational|ative)\s+(?:image|photo|picture)\b"
    # the page's time stamps, a date and a time and nothing else after the label: "Updated: March
    # 3, 2026 10:41 IST", "First published on ...", "Last modified on Tue 3 Mar 2026 10.41 GMT",
    # "Published" on a line of its own ("Published on Monday, the report says ..." is a sentence)
    r"|(?:story\s+)?(?:(?:last|first)\s+)?(?:updated|published|modified|posted)(?![\w-])"
    r"(?:[\s\d,.:|/\[\]()+–-]|(?:at|on|am|pm|a\.m|p\.m|hrs|ist|gmt|bst|utc|[ecmp][sd]?t"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
    r"|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\w-]))*$"
    r")"
)
# A press release's closing notices, its boilerplate: a heading on a line of its own over the firm's
# profile ("About Vexa Corp."), its legal notice ("Forward-Looking Statements", "Cautionary Note
# Regarding Forward-Looking Statements", "Safe Harbor Statement"), its contacts ("Media Contact:",
# "Contacts"), its notes ("Notes to Editors", "Conference Call") or its filing's notes ("Non-GAAP
# Financial Measures", "Qualified Person") ...
_RELEASE_NOTICE_HEADING = regex.compile(
    r"about(?-i:\s+(?:\p{Lu}[\w.&’'-]*|of|and|the|for|&)){1,8}\s*:?"
    r"|(?:(?:cautionary|special)\s+(?:note|statement|language)s?\s+(?:regarding|concerning|about|on|relating\s+to)\s+)?"
    r"forward[-\s]looking\s+(?:statements?|information)(?:\s+disclaimer)?\s*:?"
    r"|safe\s+harbou?r(?:\s+statements?)?\s*:?"
    r"|(?:(?:media|press|investor|investors|analyst)(?:\s+(?:and|&)\s+(?:media|press|investor|investors|analyst))?"
    r"(?:\s+relations)?\s+)?contacts?(?:\s+information)?\s*:?"
    r"|non-gaap\s+(?:financial\s+)?measures\s*:?|qualified\s+persons?\s*:?|notes?\s+to\s+editors\s*:?"
    r"|(?:conference\s+call|webcast)(?:\s+(?:and|&)\s+(?:webcast|conference\s+call))?(?:\s+(?:information|details))?\s*:?",
    regex.IGNORECASE)
# ... or its legal notice's opening words at a paragraph's start ("This press release contains
# forward-looking statements ...", "Certain statements in this news release ...", "Forward-Looking
# Statements: ..."). From either to the text's end the release reports nothing: its profile says
# what the firm "believes", its notice what it "expects" or "cautions"
_RELEASE_NOTICE_OPENING = regex.compile(
    r"(?:(?:this|the)\s+(?:press|news)\s+release\s+(?:contains|includes|may\s+contain)\s+(?:certain\s+)?forward[-\s]looking"
    r"|(?:certain\s+)?statements\s+(?:(?:made\s+)?in|contained\s+in)\s+this\s+(?:press|news)\s+release\b"
    r"|(?:(?:cautionary|special)\s+(?:note|statement)s?\s+(?:regarding|concerning|about|on)\s+)?forward[-\s]looking\s+statements?\s*[:–—-]"
    r"|safe\s+harbou?r(?:\s+statements?)?\s*[:–—-])",
    regex.IGNORECASE)
# the longest such heading, in characters: a cheap test before the pattern
_RELEASE_HEADING_CHARS = 90
# how a firm's profile under its "About" heading opens, when not with the firm's name
_PROFILE_OPENING = regex.compile(r"(?:founded|headquartered|based|established|incorporated|since|with|as)\b", regex.IGNORECASE)


def _profile_follows(text: str, layout: Layout, i: int, heading: regex.Match) -> bool:
    """Whether the notice heading of paragraph ``i`` opens a release's notices: any heading but
    "About ...", which a news story's subheading may be too ("About Trump's Plan"): that one
    heads a firm's profile only when the next paragraph opens with the name it gives ("About
    Vexa Corp." || "Vexa Corp. is a maker of ...") or as profiles do ("Founded in 1990, ...")."""
    if not heading.group().lower().startswith("about"):
        return True
    if i + 1 >= len(layout.paragraphs):
        return False
    s, e = layout.paragraphs[i + 1]
    nxt = text[s:e].lstrip()
    names = [w for w in heading.group()[5:].split() if w[:1].isupper() and w.lower() not in ("the", "a", "an", "our")]
    return bool(names) and nxt.startswith(names[0].rstrip(":")) or _PROFILE_OPENING.match(nxt) is not None
# A caption that ends on its picture's credit in brackets: "Police at the scene. (Photo: PTI)"
_CAPTION_CREDIT = regex.compile(r"(?i)\((?:file\s+)?(?:photo(?:graph)?|picture|pic|image)(?:\s+credits?)?\s*[:|][^()\n]{1,60}\)\s*$")
# how far from a paragraph's end its caption's credit starts, at most
_CAPTION_REACH = 80
# A video's or a recording's label before a linked title, below the headline: "Watch: ...", "VIDEO | ..."
_MEDIA_LABEL = regex.compile(r"(?i)^\s*(?:watch|video|listen)\s*[:|]")
# A byline's credit to a writer or an editor, a name after "by" to the paragraph's end or a bar
# ("Written by Ann Rao | New Delhi", "Edited by Tom Roe", "Published By: Ann Rao")
_BYLINE = regex.compile(r"(?i)^\s*(?:written|edited|curated|produced|published|reported)\s+by(?:\s*:\s*|\s+)(?-i:\p{Lu})[^,.\n|]{0,60}(?:\||$)")
_MAX_HEADING_WORDS = 12
# A label on a line of its own over a list of links to other stories: "More on this story",
# "Related Topics", "Related Internet Links", "Top Stories", "You may also like", "Most read"
_LINK_LABELS = (
    r"(?:more\s+on\s+this\s+(?:story|topic)|related(?:\s+(?:topics|stories|news|articles?|coverage|content|links"
    r"|internet\s+links|reading|posts|videos))?|top\s+(?:stories|news|headlines)|most\s+(?:read|popular|viewed|shared|watched)"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)"
    r"|recommended(?:\s+(?:for\s+you|stories|reading|articles|videos))?|(?:also|must)\s+read|read\s+(?:more|next|also)"
    r"|more\s+(?:stories|news|videos|headlines)|trending(?:\s+(?:now|stories|news|topics))?|latest\s+(?:news|stories|headlines)"
    r"|editor['’]s\s+picks|further\s+reading|around\s+the\s+web|what\s+to\s+read\s+next|(?:explore|discover)\s+more"
    r"|popular\s+(?:now|stories)|see\s+also|also\s+(?:watch|see|on\s+\w+))"
)
# (the label may stand in quotation marks, as a page's markup sets it in copy taken from it: "“Related:”")
_LINK_LIST_LABEL = regex.compile(r"(?i)\s*[“\"]?" + _LINK_LABELS + r"\s*:?[”\"]?:?\s*")
# ... and before the first title, after a colon or a bar: "Top Stories: Minister quits over ferry row"
_LINK_LIST_LEAD = regex.compile(r"(?i)\s*(?:[“\"](?=[^”\"\n]{1,40}[”\"]))?" + _LINK_LABELS + r"\s*(?:[:|][”\"]?|[”\"][:|])\s*(?=\S)")
# A label on a line of its own over a story's points in brief: "Key points", "Highlights", "Key
# takeaways:", "At a glance", "What we know so far" (not a report's "Key findings", which are its own)
_KEY_POINTS = (
    r"(?:key\s+(?:points|takeaways|highlights|facts)|(?:story\s+)?highlights|main\s+points|at\s+a\s+glance"
    r"|in\s+(?:brief|short)|quick\s+read|summary|what\s+(?:we|you)\s+(?:know|need\s+to\s+know)(?:\s+so\s+far)?)"
)
_KEY_POINTS_LABEL = regex.compile(r"(?i)\s*" + _KEY_POINTS + r"\s*:?\s*")
# ... and before the first point, after a colon or a bar: "Key points: Residents told to avoid travel"
_KEY_POINTS_LEAD = regex.compile(r"(?i)\s*" + _KEY_POINTS + r"\s*[:|]\s*(?=\S)")
# a bullet's mark before its point: "• ", "- ", "* ", "1. "
_BULLET = regex.compile(r"(?:[" + LIST_MARKS + r"]|\d{1,2}[.)])\s+")
# a word of a point that may be its verb of saying: its lemma is one of en.THAT_VERBS
_POINT_WORD = regex.compile(r"(?<![\w’'-])(?:to\s+)?([a-z]+)(?![\w’'-])")
# the subject right before a verb's bare form: a plural, a name or a plural pronoun ("Experts | warn",
# "Islanders | fear", "They | say")
_PLURAL_SUBJECT_BEFORE = regex.compile(r"(?:\b\p{Lu}[\w’'-]*|\b[\w’'-]+s|\b(?:they|we|you|i))\s+$")
# what follows a participle in the passive: "told | to avoid travel", "denied | by the board"
_PASSIVE_AFTER = regex.compile(r"\s+(?:to|by|as)\b")
# most words of a linked title: a headline's, not a paragraph of prose
_LINK_TITLE_WORDS = 20
# a word of letters (the small words a headline's title case may leave in lower case: en.TITLE_SMALL_WORDS)
_TITLE_WORD = regex.compile(r"(?<![\w’'-])\p{L}[\w’'-]*")
# fewest words of a title in title case that ends on a full stop ("Lee Quits.", two, may be prose's)
_TITLE_CASE_WORDS = 3
# most words of a bulleted item in such a list
_POINT_WORDS = 40
# the longest such label, in characters ("Related Internet Links:"): a cheap test before the pattern
_LINK_LABEL_CHARS = 40
_BYLINE_INITIALS = frozenset("WwEeCcPpRr")


@attrs.frozen
class Roles:
    headline: tuple[int, int] | None
    headings: tuple[tuple[int, int], ...]
    credits: tuple[tuple[int, int], ...]
    # paragraphs (by index) that yield no attribution
    silent: frozenset[int]


def assign(text: str, layout: Layout, lexicon: Lexicon, outlet: str | None = None) -> Roles:
    credit_lines = lexicon.patterns("credit_lines", outlet)
    boilerplate = lexicon.patterns("boilerplate", outlet)
    headline = None
    headings, credits, silent = [], [], set()
    links = False  # in the links listed under a label ("More on this story") and no prose since
    points = False  # in the points listed under a label ("Key points") and no prose since
    notices = False  # in a press release's closing notices (its profile, legal notice, contacts)
    for i, (s, e) in enumerate(layout.paragraphs):
        raw = text[s:e]
        para = raw.strip()
        start = s + raw.index(para[0]) if para else s
        span = (start, start + len(para))
        if i > 0 and not notices and (
                len(para) <= _RELEASE_HEADING_CHARS and (heading := _RELEASE_NOTICE_HEADING.fullmatch(para, 0, None, CONCURRENT))
                and _profile_follows(text, layout, i, heading)
                or _RELEASE_NOTICE_OPENING.match(para, 0, min(len(para), _RELEASE_HEADING_CHARS), CONCURRENT)):
            notices = True  # "About Vexa Corp.", "Forward-Looking Statements", "Media Contact:": the release's boilerplate
        if notices:
            silent.add(i)
            continue
        if i > 0 and len(para) <= _LINK_LABEL_CHARS and _LINK_LIST_LABEL.fullmatch(para, 0, None, CONCURRENT):
            links = True  # the label, and the titles it lists up to the next paragraph of prose
            silent.add(i)
            continue
        if links and (links := _link_title(para) or _bulleted(para)):
            silent.add(i)
            continue
        if i > 0 and (lead := _LINK_LIST_LEAD.match(para, 0, min(len(para), _LINK_LABEL_CHARS), CONCURRENT)) is not None and (
                _link_title(para[lead.end():])):
            links = True  # "Top Stories: Minister quits over ferry row" and the titles under it
            silent.add(i)
            continue
        if i > 0 and len(para) <= _LINK_LABEL_CHARS and _KEY_POINTS_LABEL.fullmatch(para, 0, None, CONCURRENT):
            points = True  # the label, and the points below it up to the next paragraph of prose
            silent.add(i)
            continue
        if i > 0 and (lead := _KEY_POINTS_LEAD.match(para, 0, min(len(para), _LINK_LABEL_CHARS), CONCURRENT)) is not None and (
                _link_title(para[lead.end():]) or _bulleted(para[lead.end():])):
            points = True  # "Key points: Residents told to avoid travel" and the points under it
            if not _reported_point(para[lead.end():]):
                silent.add(i)
            continue
        if points and (points := _link_title(para) or _bulleted(para)):
            if not _reported_point(para):
                silent.add(i)  # "Residents told to avoid travel", "Flood warnings issued": a headline's shorthand
            continue  # ("Police said two men were arrested": a sentence of the story, read as any other)
        if (_CREDIT.match(para, 0, None, CONCURRENT) or any(p.match(para) for p in credit_lines)
                or para[:1] in _BYLINE_INITIALS and _BYLINE.match(para, 0, None, CONCURRENT)):
            credits.append(span)
            silent.add(i)
        elif _EDITORIAL.match(para, 0, None, CONCURRENT) or _PAGE_FURNITURE.match(para, 0, None, CONCURRENT) or any(p.fullmatch(para) for p in boilerplate):
            silent.add(i)
        elif i > 0 and (_MEDIA_LABEL.match(para, 0, None, CONCURRENT) or para.endswith(")") and _CAPTION_CREDIT.search(
                para, max(0, len(para) - _CAPTION_REACH), None, False, CONCURRENT)):
            silent.add(i)  # (a headline's "Watch: Lee says ..." is still the story's)
        elif i == 0 and not para.endswith(".") and _n_words(para) <= 25:
            headline = span
        elif para.endswith("?") and ":" not in para and _n_words(para) <= _MAX_HEADING_WORDS and not layout.quoted_chars(s, e):
            headings.append(span)
            silent.add(i)
    return Roles(headline, tuple(headings), tuple(credits), frozenset(silent))


def _link_title(para: str) -> bool:
    """Whether a paragraph reads as a linked story's title, not prose: a few words
    that end on no full stop ("Storm warning issued for Scotland", "Is the pier safe?"),
    or on one in a headline's title case ("Port Board Says Fares Will Rise.")."""
    if _n_words(para) > _LINK_TITLE_WORDS:
        return False
    return not para.rstrip("”\"’')").endswith((".", "…")) or _title_case(para)


def _title_case(para: str) -> bool:
    """Whether every word of a few is capitalised but the small words a headline's
    title case may leave in lower case ("Ferry Fares to Rise as Port Cuts Jobs.")."""
    words = _TITLE_WORD.findall(para, 0, None, False, CONCURRENT)
    return len(words) >= _TITLE_CASE_WORDS and all(title_case_word(w) for w in words)


def _bulleted(para: str) -> bool:
    """Whether a paragraph is an item of a list, a bullet's mark before a few words,
    a full stop or none ("• Residents were told to avoid travel.")."""
    return _BULLET.match(para) is not None and _n_words(para) <= _POINT_WORDS


def _reported_point(para: str) -> bool:
    """Whether a point listed in brief reports what someone said: a verb of saying
    of en.THAT_VERBS in an active form ("Police said two men were arrested",
    "Minister says camps are open", "Experts warn of floods"); not its participle
    before "to", "by" or "as" ("Residents told to avoid travel"), an infinitive or a
    gerund ("Storm warning issued")."""
    pos = m.end() if (m := _BULLET.match(para)) else 0
    for w in _POINT_WORD.finditer(para, pos, None, False, CONCURRENT):
        word = w.group(1)
        if w.group().startswith("to") and w.group() != word or word.endswith("ing") or lemma(word) not in en.THAT_VERBS:
            continue
        if word != lemma(word) and not word.endswith("s") and _PASSIVE_AFTER.match(para, w.end()):
            continue  # "told to avoid travel", "denied by the board", "confirmed as leader": passive
        if word == lemma(word) and not _PLURAL_SUBJECT_BEFORE.search(para, pos, w.start()):
            continue  # "asked to submit report": a bare form is a verb only after its plural subject ("Experts warn")
        return True
    return False


def _n_words(para: str) -> int:
    """Counted only for the few paragraphs a length decides (a headline, a heading)."""
    return len(_WORDS.findall(para, 0, None, False, CONCURRENT))
