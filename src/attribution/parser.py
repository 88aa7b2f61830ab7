"""The pipeline: layout, cues and rules, resolution, review; one way through.

``parse(text)`` never raises on a ``str``: a plugin that fails is recorded in
``Document.errors`` and parsing goes on without it (``strict=True`` raises
instead).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from attribution import confidence as confidence_stage
from attribution import coreference, resolve, roles
from attribution import layout as layout_stage
from attribution import plugins as plugin_stage
from attribution.model import (
    Attribution,
    Claim,
    Cue,
    Document,
    PluginError,
    Quote,
    Source,
    Span,
)
from attribution.rules import Candidate, Context
from attribution.tokens import CONCURRENT, WORD

_QUOTE_SHARE = 0.5


class ParseError(Exception):
    """What ``Document.errors`` would record, raised by a strict parse."""


class Parser:
    """A reusable parser: plugins loaded and lexicons merged once.

    ``plugins`` adds plugin objects (modules or instances with hook
    implementations) to the built-in and installed ones.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[Any] | None = None,
        entry_points: bool = True,
        strict: bool = False,
        confidence: bool = True,
    ):
        self.strict = strict
        # drop the attributions the shipped model finds unlikely (False keeps every one)
        self.confidence = confidence_stage.shipped() if confidence else None
        self.host = plugin_stage.PluginHost(plugins, entry_points=entry_points)
        self.lexicon = self.host.lexicon
        self.rules = self.host.rules

    def parse(self, text: str, *, url: str | None = None, outlet: str | None = None) -> Document:
        if not isinstance(text, str):
            raise TypeError(f"parse() needs a str, got {type(text).__name__}")
        errors: list[PluginError] = []
        if outlet is None:
            outlet = self.host.detect_outlet(text, url, errors)
        layout = layout_stage.analyse(text)
        paragraph_roles = roles.assign(text, layout, self.lexicon, outlet)
        ctx = Context(text=text, layout=layout, lexicon=self.lexicon, outlet=outlet, url=url)
        ctx.skipped = {i for i, s in enumerate(layout.sentences) if s.paragraph in paragraph_roles.silent}
        candidates = self._candidates(ctx, errors)
        candidates = resolve.relays(text, self.lexicon, candidates)
        candidates = resolve.overlaps(text, candidates)
        # a quotation appended as a continuation may go on in the next paragraph
        resolve.continuations(ctx, candidates)
        resolve.quotation_parts(ctx, candidates)
        candidates = resolve.participles(text, candidates)
        coreference.link(ctx, candidates)
        candidates = [c for c in candidates if self.host.review(ctx, c, errors)]
        if self.strict and errors:
            raise ParseError("; ".join(f"plugin {e.plugin!r} failed in {e.hook}: {e.message}" for e in errors))
        # the words of each content span, read once: freezing counts them, weighing reads them
        words: dict[str, list[str]] = {}
        return Document(
            text=text,
            url=url,
            outlet=outlet,
            attributions=self._weigh(text, [_freeze(text, layout, c, words) for c in candidates], words),
            headline=_span(text, paragraph_roles.headline),
            headings=tuple(_span(text, h) for h in paragraph_roles.headings),
            credits=tuple(_span(text, c) for c in paragraph_roles.credits),
            errors=tuple(errors),
        )

    def _weigh(
        self, text: str, attributions: list[Attribution], words: dict[str, list[str]] | None = None
    ) -> tuple[Attribution, ...]:
        if self.confidence is None:
            return tuple(attributions)
        kept = []
        first_line = text.find("\n")  # read once: a text may be long and hold many attributions
        for a in attributions:
            confidence = self.confidence.confidence(text, a, self.lexicon, first_line, words)
            if confidence >= self.confidence.threshold:
                kept.append(a._weighed(round(confidence, 4)))
        return tuple(kept)

    def _candidates(self, ctx: Context, errors: list[PluginError]) -> list[Candidate]:
        out: list[Candidate] = []
        # the rules for this article's outlet and for every article; a rule that
        # fails is dropped for the rest of the parse
        rules = [r for r in self.rules if r.outlet is None or r.outlet == ctx.outlet]
        for idx, sentence in enumerate(ctx.layout.sentences):
            if idx in ctx.skipped:
                continue
            for rule in rules:
                try:
                    found = list(rule.function(ctx, sentence))
                except Exception as exc:  # a failing plugin must not sink the parse
                    rules = [r for r in rules if r.name != rule.name]
                    errors.append(PluginError(rule.plugin, f"rule {rule.name}", f"{type(exc).__name__}: {exc}"))
                    continue
                if found:
                    for c in found:
                        c.sentence = idx
                    out.extend(found)
        return out


def _span(text: str, offsets: tuple[int, int] | None) -> Span | None:
    return None if offsets is None else Span.of(text, *offsets)


# a possessive mark that ends a mention: "Donald J. Trump's", "Sanders'"
_POSSESSIVE_END = regex.compile(r"(?<=\w)[’']s\Z|(?<=s)[’']\Z")


def _source(text: str, offsets: tuple[int, int] | None, kind: str | None, refers_to=None) -> Source | None:
    """The mention at ``offsets`` as a Source: its words on one line for its name, a person's
    without a possessive mark ("Mr. Trump's claim that": the name "Mr. Trump"; a body's name
    may end so, "Moody's")."""
    if offsets is None:
        return None
    span = Span.of(text, *offsets)
    name = " ".join(span.text.split())
    if kind == "person":
        name = _POSSESSIVE_END.sub("", name, 0, None, None, CONCURRENT)
    return Source(span, kind or "unnamed", name, refers_to)


def _freeze(text: str, layout: layout_stage.Layout, c: Candidate, words_of: dict[str, list[str]] | None = None):
    """``c`` as a Quote or a Claim; the words of its content spans kept in
    ``words_of``, by span text, for the confidence stage."""
    content = tuple(Span.of(text, s, e) for s, e in sorted(c.content))
    # "most of its content" is counted in words, so a long unquoted lead and a
    # short quoted phrase weigh as a reader weighs them
    words = quoted = 0
    for span in content:
        if not layout.quoted_chars(span.start, span.end):
            found = WORD.findall(span.text, 0, None, False, CONCURRENT)
            words += len(found)
        else:
            matches = list(WORD.finditer(text, span.start, span.end, False, CONCURRENT))
            found = [m.group() for m in matches]
            words += len(matches)
            quoted += layout.count_inside_quotes([m.start() for m in matches])
        if words_of is not None:
            words_of[span.text] = found
    share = quoted / words if words else 0.0
    mode = "direct" if share >= 0.9 else "indirect" if share == 0 else "mixed"
    cls = Quote if share > _QUOTE_SHARE else Claim
    ref = _source(text, c.refers_to, c.refers_kind) if c.refers_to is not None else None
    return cls(
        source=_source(text, c.source, c.source_kind, ref),
        cue=Cue(tuple(Span.of(text, s, e) for s, e in c.cue), c.cue_lemma),
        content=content,
        mode=mode,
        via=tuple(
            _source(text, v, k, _source(text, r, k) if r else None)
            for v, r, k in zip(c.via, c.via_refers_to or [None] * len(c.via), c.via_kinds + ["outlet"] * (len(c.via) - len(c.via_kinds)))
        ),
        polarity=c.polarity,
        rule=c.rule,
        complementizer=Span.of(text, *c.complementizer) if c.complementizer else None,
    )


_default_parser: Parser | None = None


def parse(text: str, *, url: str | None = None, outlet: str | None = None, strict: bool = False) -> Document:
    """Parse ``text`` with the built-in and installed plugins."""
    global _default_parser
    if _default_parser is None:
        _default_parser = Parser()
    doc = _default_parser.parse(text, url=url, outlet=outlet)
    if strict and doc.errors:
        raise ParseError("; ".join(f"plugin {e.plugin!r} failed in {e.hook}: {e.message}" for e in doc.errors))
    return doc
