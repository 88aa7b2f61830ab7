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
would read as a speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from attribution.hookspecs import hookimpl


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
