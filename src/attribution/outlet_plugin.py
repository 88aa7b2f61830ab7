"""The two hooks every outlet plugin writes alike, from its tables.

An outlet plugin describes its outlet (key, name, URL domains, signature
lines), the names it goes by and the boilerplate and credit lines of its
pages; :func:`outlet_hooks` turns those tables into the plugin's
``attribution_outlets`` and ``attribution_lexicon`` hook implementations,
the boilerplate and credit lines scoped to the outlet's key::

    from attribution.outlet_plugin import outlet_hooks

    OUTLET = "daily-planet"
    attribution_outlets, attribution_lexicon = outlet_hooks(
        OUTLET, name="The Daily Planet", domains=["dailyplanet.example"],
        signatures=[r"^METROPOLIS \\(Daily Planet\\) —"], names=["daily planet"],
        boilerplate=[r"Follow the Daily Planet on .+"],
    )

Rules and most vetoes, which differ from outlet to outlet, stay hooks of
the plugin's own (``attribution_rules``, ``attribution_review``). One veto
many outlets need is here: :func:`label_veto`, for the section labels and
show names that open their headlines ("Playbook: ...") and that the core
would read as a speaker; and one rule: :func:`self_report_rule`, for an
outlet that cites its own reporting ("The Gazette understands Y").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import regex

from attribution import clauses
from attribution.hookspecs import hookimpl
from attribution.lexicon import spaced
from attribution.rules import Candidate


def outlet_hooks(
    key: str,
    *,
    name: str,
    domains: Iterable[str] = (),
    signatures: Iterable[str] = (),
    names: Iterable[str] = (),
    boilerplate: Iterable[str] = (),
    credit_lines: Iterable[str] = (),
) -> tuple[Callable[..., None], Callable[..., None]]:
    """``(attribution_outlets, attribution_lexicon)`` for an outlet described by its tables."""
    domains, signatures, names = list(domains), list(signatures), list(names)
    boilerplate, credit_lines = list(boilerplate), list(credit_lines)

    @hookimpl
    def attribution_outlets(register):
        register(key, name=name, domains=domains, signatures=signatures)

    @hookimpl
    def attribution_lexicon(register):
        if names:
            register("outlet_names", names)
        if boilerplate:
            register("boilerplate", {pattern: key for pattern in boilerplate})
        if credit_lines:
            register("credit_lines", {pattern: key for pattern in credit_lines})

    return attribution_outlets, attribution_lexicon


def label_veto(key: str, labels: Iterable[str], *, rule: str = "core.headline_speaker.v2") -> Callable[..., bool | None]:
    """An ``attribution_review`` that drops, in the outlet's articles, what
    ``rule`` attributes to one of ``labels`` (compared in lower case): a
    label that opens a headline is no speaker."""
    labels = frozenset(label.lower() for label in labels)

    @hookimpl
    def attribution_review(context, candidate):
        if context.outlet != key or candidate.rule != rule or candidate.source is None:
            return None
        if context.text[candidate.source[0]:candidate.source[1]].strip().lower() in labels:
            return False
        return None

    return attribution_review


# After the content any of these; before it with no "that", only those that take no
# object noun ("The Gazette has seen a letter ...", "can reveal the names of ...": no report)
_SELF_CUES = r"(?:understands|understood|(?:has|had) (?:learned|learnt|established)|can (?:reveal|confirm))"
_LEADING_CUES = r"(?:understands|understood|(?:has|had) (?:learned|learnt))"
_SELF_LEMMAS = {"understands": "understand", "understood": "understand", "learned": "learn", "learnt": "learn",
                "established": "establish", "reveal": "reveal", "confirm": "confirm"}


def self_report_rule(rule: str, self_names: str) -> Callable[..., Iterator[Candidate]]:
    """A rule for an outlet that cites its own reporting, its names given as
    the pattern ``self_names``: "The Gazette understands Y" with no "that"
    (which the core reads only with it) and "Y, the Gazette can reveal." (the
    core reads "Y, the Gazette has learned." for any outlet). Register it
    with the outlet's key, so that it reads that outlet's articles only."""
    leading = regex.compile(spaced(
        r"(?:(?:But|And|However|Meanwhile|Now),? )?(?P<src>" + self_names + r") (?P<cue>" + _LEADING_CUES + r")"
        r"(?! that\b)(?: (?:exclusively|separately))?,?\s+(?=\S)"
    ))
    trailing = regex.compile(spaced(r",\s+(?P<src>" + self_names + r") (?P<cue>" + _SELF_CUES + r")\s*[.!]?[”’\"']?\s*$"))

    def self_report(context, sentence) -> Iterator[Candidate]:
        text = context.text
        s0, s1 = sentence.start, sentence.end
        while s0 < s1 and text[s0].isspace():
            s0 += 1
        m = leading.match(text, s0, s1)
        if m is not None:
            content = clauses.trim(text, m.end(), s1)
        else:
            comma = text.rfind(",", s0, s1)
            m = trailing.match(text, comma, s1) if comma >= 0 else None
            if m is None:
                return
            content = clauses.trim(text, s0, comma)
        if context.layout.inside_quote(m.start("src")) or content[1] - content[0] < 3:
            return
        yield Candidate(
            cue=[m.span("cue")], cue_lemma=_SELF_LEMMAS[m.group("cue").rsplit(" ", 1)[-1]], content=[content],
            rule=rule, source=m.span("src"), source_kind="outlet", priority=30,
        )

    return self_report
