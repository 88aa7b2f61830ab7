"""The value types of a parse: spans, sources, cues, quotes, claims and documents.

Every span is a half-open ``[start, end)`` offset into the original,
unmodified text, counted in Python ``str`` characters. All types are frozen;
a :class:`Document` checks on construction that each span slices to its text.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

# 2 added each attribution's "complementizer", 3 its "confidence"; versions 1
# and 2 still read
SCHEMA_VERSION = 3
_READABLE_VERSIONS = (1, 2, 3)

SOURCE_KINDS = (
    "person",
    "organization",
    "government",
    "outlet",
    "group",
    "document",
    "anonymous",
    "unnamed",
)
MODES = ("direct", "indirect", "mixed")
POLARITIES = ("asserted", "denied")


def _one_of(choices: tuple[str, ...]):
    def check(instance: Any, attribute: attrs.Attribute, value: str) -> None:
        if value not in choices:
            raise ValueError(
                f"{attribute.name!r} must be one of {', '.join(choices)} (got {value!r})"
            )

    return check


def _non_empty(instance: Any, attribute: attrs.Attribute, value: tuple) -> None:
    if not value:
        raise ValueError(f"{attribute.name!r} must hold at least one span")


def _unit_interval(instance: Any, attribute: attrs.Attribute, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name!r} must be a number from 0 to 1 (got {value!r})")


# how Span.of builds a span whose checks it has made (the class is frozen)
_new = object.__new__
_set = object.__setattr__


@attrs.frozen
class Span:
    """A half-open ``[start, end)`` slice of the original text."""

    start: int = attrs.field(validator=attrs.validators.instance_of(int))
    end: int = attrs.field(validator=attrs.validators.instance_of(int))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.start < 0:
            raise ValueError(f"'start' must be >= 0 (got start={self.start})")
        if self.end < self.start:
            raise ValueError(f"'end' must be >= 'start' (got start={self.start}, end={self.end})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"'text' must have end - start characters "
                f"(got start={self.start}, end={self.end}, len(text)={len(self.text)})"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``text``."""
        if (cls is Span and type(text) is str and type(start) is int and type(end) is int
                and 0 <= start <= end <= len(text)):
            # every check of __init__ holds, so the fields are set without them:
            # a parse makes spans by the thousand
            span = _new(Span)
            _set(span, "start", start)
            _set(span, "end", end)
            _set(span, "text", text[start:end])
            return span
        return cls(start, end, text[start:end])

    def check(self, text: str) -> None:
        """Raise ValueError unless this span slices ``text`` to its own text."""
        if text[self.start : self.end] != self.text:
            raise ValueError(
                f"span [{self.start}, {self.end}) does not slice the document to its text "
                f"(span says {self.text[:40]!r}, document has {text[self.start:self.end][:40]!r})"
            )

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(data["start"], data["end"], data["text"])


@attrs.frozen
class Source:
    """Who an attribution is attributed to: a mention in the text.

    ``refers_to`` is the earlier, fuller Source this mention stands for
    (a pronoun, a surname, "the outlet"), or None when the mention is itself
    the fullest one.
    """

    span: Span
    kind: str = attrs.field(validator=_one_of(SOURCE_KINDS))
    name: str = ""
    refers_to: Source | None = None

    @property
    def resolved(self) -> Source:
        """The fullest mention this source stands for (itself when unresolved)."""
        source = self
        while source.refers_to is not None:
            source = source.refers_to
        return source

    def spans(self) -> tuple[Span, ...]:
        out = (self.span,)
        if self.refers_to is not None:
            out += self.refers_to.spans()
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "span": self.span.to_dict(),
            "kind": self.kind,
            "name": self.name,
            "refers_to": self.refers_to.to_dict() if self.refers_to else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        ref = data.get("refers_to")
        return cls(
            Span.from_dict(data["span"]),
            data["kind"],
            data.get("name", ""),
            cls.from_dict(ref) if ref else None,
        )


@attrs.frozen
class Cue:
    """The words that signal an attribution; split cues have several spans."""

    spans: tuple[Span, ...] = attrs.field(converter=tuple, validator=_non_empty)
    lemma: str = ""

    @property
    def text(self) -> str:
        return " … ".join(s.text for s in self.spans)

    def to_dict(self) -> dict[str, Any]:
        return {"spans": [s.to_dict() for s in self.spans], "lemma": self.lemma}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cue:
        return cls(tuple(Span.from_dict(s) for s in data["spans"]), data.get("lemma", ""))


@attrs.frozen(kw_only=True)
class Attribution:
    """What a source claims, by which cue, with which content."""

    kind: ClassVar[str] = "attribution"

    source: Source | None
    cue: Cue
    content: tuple[Span, ...] = attrs.field(converter=tuple, validator=_non_empty)
    mode: str = attrs.field(validator=_one_of(MODES))
    via: tuple[Source, ...] = attrs.field(default=(), converter=tuple)
    polarity: str = attrs.field(default="asserted", validator=_one_of(POLARITIES))
    rule: str = ""
    # the "that" introducing reported content ("said that ..."): no part of
    # the content, kept for annotation schemes that include it (PolNeAR's)
    complementizer: Span | None = None
    # how likely the confidence stage finds it to be right (0 to 1); None when
    # the parser weighed nothing (``Parser(confidence=False)``)
    confidence: float | None = attrs.field(default=None, validator=attrs.validators.optional(_unit_interval))

    @property
    def start(self) -> int:
        return min(s.start for s in self.spans())

    def _weighed(self, confidence: float) -> Attribution:
        """This attribution holding ``confidence``, as ``attrs.evolve`` would
        make it; the other fields, checked when this one was made, are copied
        without checks (the parser weighs every attribution it finds)."""
        if type(self) not in _WEIGHED_AS_IS:
            return attrs.evolve(self, confidence=confidence)  # a subclass with fields of its own
        _unit_interval(self, _CONFIDENCE, confidence)
        new = _new(type(self))
        for name in _KEPT_WHEN_WEIGHED:
            _set(new, name, getattr(self, name))
        _set(new, "confidence", confidence)
        return new

    def spans(self) -> tuple[Span, ...]:
        """Every span this attribution holds, resolved sources included."""
        out = tuple(self.content) + tuple(self.cue.spans)
        if self.complementizer is not None:
            out += (self.complementizer,)
        for src in (self.source, *self.via):
            if src is not None:
                out += src.spans()
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict(),
            "content": [s.to_dict() for s in self.content],
            "mode": self.mode,
            "via": [v.to_dict() for v in self.via],
            "polarity": self.polarity,
            "rule": self.rule,
            "complementizer": self.complementizer.to_dict() if self.complementizer else None,
            "confidence": self.confidence,
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Attribution:
        cls = {"quote": Quote, "claim": Claim}.get(data.get("kind"))
        if cls is None:
            raise ValueError(f"'kind' must be 'quote' or 'claim' (got {data.get('kind')!r})")
        src = data.get("source")
        return cls(
            source=Source.from_dict(src) if src else None,
            cue=Cue.from_dict(data["cue"]),
            content=tuple(Span.from_dict(s) for s in data["content"]),
            mode=data["mode"],
            via=tuple(Source.from_dict(v) for v in data.get("via", ())),
            polarity=data.get("polarity", "asserted"),
            rule=data.get("rule", ""),
            complementizer=Span.from_dict(data["complementizer"]) if data.get("complementizer") else None,
            confidence=data.get("confidence"),
        )


_CONFIDENCE = attrs.fields(Attribution).confidence
_KEPT_WHEN_WEIGHED = tuple(f.name for f in attrs.fields(Attribution) if f is not _CONFIDENCE)


@attrs.frozen(kw_only=True)
class Quote(Attribution):
    """An attribution whose content stands mostly inside quotation marks."""

    kind: ClassVar[str] = "quote"


@attrs.frozen(kw_only=True)
class Claim(Attribution):
    """An attribution whose content is reported without quotation marks."""

    kind: ClassVar[str] = "claim"


_WEIGHED_AS_IS = (Attribution, Quote, Claim)


@attrs.frozen
class PluginError:
    """A plugin that failed during a parse, and why; parsing went on without it."""

    plugin: str
    hook: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"plugin": self.plugin, "hook": self.hook, "message": self.message}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PluginError:
        return cls(data["plugin"], data["hook"], data["message"])


@attrs.frozen(kw_only=True)
class Document:
    """A parsed text: its attributions in text order, and what else the parse kept."""

    text: str
    url: str | None = None
    outlet: str | None = None
    attributions: tuple[Attribution, ...] = attrs.field(default=(), converter=tuple)
    headline: Span | None = None
    headings: tuple[Span, ...] = attrs.field(default=(), converter=tuple)
    credits: tuple[Span, ...] = attrs.field(default=(), converter=tuple)
    errors: tuple[PluginError, ...] = attrs.field(default=(), converter=tuple)

    def __attrs_post_init__(self) -> None:
        spans = [*self.headings, *self.credits]
        if self.headline is not None:
            spans.append(self.headline)
        for att in self.attributions:
            spans.extend(att.spans())
        for span in spans:
            span.check(self.text)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return tuple(a for a in self.attributions if isinstance(a, Quote))

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(a for a in self.attributions if isinstance(a, Claim))

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "text": self.text,
            "url": self.url,
            "outlet": self.outlet,
            "headline": self.headline.to_dict() if self.headline else None,
            "headings": [s.to_dict() for s in self.headings],
            "credits": [s.to_dict() for s in self.credits],
            "attributions": [a.to_dict() for a in self.attributions],
            "errors": [e.to_dict() for e in self.errors],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        version = data.get("schema_version")
        if version not in _READABLE_VERSIONS:
            raise ValueError(
                f"'schema_version' must be one of {', '.join(map(str, _READABLE_VERSIONS))} (got {version!r})"
            )
        headline = data.get("headline")
        return cls(
            text=data["text"],
            url=data.get("url"),
            outlet=data.get("outlet"),
            headline=Span.from_dict(headline) if headline else None,
            headings=tuple(Span.from_dict(s) for s in data.get("headings", ())),
            credits=tuple(Span.from_dict(s) for s in data.get("credits", ())),
            attributions=tuple(Attribution.from_dict(a) for a in data.get("attributions", ())),
            errors=tuple(PluginError.from_dict(e) for e in data.get("errors", ())),
        )
