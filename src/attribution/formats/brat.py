"""BRAT standoff in the PolNeAR style: the contract evaluation tooling relies on.

Per attribution: T lines ``Source`` (when there is one), ``Cue``, ``Content``
(``s e;s e`` for discontinuous spans), a T line ``Attribution`` on the cue's
span, then ``E<n>\tAttribution:T.. Source:T.. Cue:T.. Content:T..``.

Schemes differ on two points: whether the "that" introducing reported
content belongs to it, and whether a part of the cue that stands between
two parts of the content ("views [the canal] as [a lifeline]") belongs to
the cue or to the content. PolNeAR's annotators give both to the content
("said [that the deal is off]", "views [the canal as a lifeline]"); the
plain scheme, like the attributions themselves, leaves "that" out and
keeps "as" in the cue. ``to_ann`` writes PolNeAR's by default.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribution.model import Attribution, Document, Span

SCHEMES = ("polnear", "plain")


def _t_line(n: int, label: str, spans: Sequence[Span]) -> str:
    offsets = ";".join(f"{s.start} {s.end}" for s in spans)
    return f"T{n}\t{label} {offsets}\t{' '.join(s.text for s in spans)}"


def _check(scheme: str) -> None:
    if scheme not in SCHEMES:
        raise ValueError(f"unknown BRAT scheme {scheme!r} (expected one of {', '.join(SCHEMES)})")


def _bridge(text: str, att: Attribution, left: Span, right: Span) -> Span | None:
    """The cue part that alone joins two parts of the content: "as" in
    "views [the canal] as [a lifeline]", with only white space around it."""
    for part in att.cue.spans[1:]:
        if left.end <= part.start and part.end <= right.start and not (
            text[left.end : part.start].strip() or text[part.end : right.start].strip()
        ):
            return part
    return None


def content_spans(text: str, att: Attribution, scheme: str = "polnear") -> tuple[Span, ...]:
    """The content as ``scheme`` marks it: under PolNeAR's, the first span
    starts at the complementizer ("that") before it, and two parts that only
    a cue part joins are one span ("the canal as a lifeline")."""
    _check(scheme)
    if scheme == "plain":
        return att.content
    comp = att.complementizer
    first = att.content[0]
    spans = [Span.of(text, comp.start, first.end) if comp is not None and comp.end <= first.start else first]
    for right in att.content[1:]:
        if _bridge(text, att, spans[-1], right) is not None:
            spans[-1] = Span.of(text, spans[-1].start, right.end)
        else:
            spans.append(right)
    return tuple(spans)


def cue_spans(text: str, att: Attribution, scheme: str = "polnear") -> tuple[Span, ...]:
    """The cue as ``scheme`` marks it: under PolNeAR's, without the parts
    that :func:`content_spans` gives to the content."""
    _check(scheme)
    if scheme == "plain":
        return att.cue.spans
    bridges = {_bridge(text, att, left, right) for left, right in zip(att.content, att.content[1:])}
    return tuple(s for s in att.cue.spans if s not in bridges)


def to_ann(doc: Document, scheme: str = "polnear") -> str:
    lines: list[str] = []
    t = 0
    for e, att in enumerate(doc.attributions, 1):
        args = []
        if att.source is not None:
            t += 1
            lines.append(_t_line(t, "Source", [att.source.span]))
            source_id = f"T{t}"
        t += 1
        cue = cue_spans(doc.text, att, scheme)
        lines.append(_t_line(t, "Cue", cue))
        cue_id = f"T{t}"
        t += 1
        lines.append(_t_line(t, "Content", content_spans(doc.text, att, scheme)))
        content_id = f"T{t}"
        t += 1
        lines.append(_t_line(t, "Attribution", cue))
        args.append(f"Attribution:T{t}")
        if att.source is not None:
            args.append(f"Source:{source_id}")
        args += [f"Cue:{cue_id}", f"Content:{content_id}"]
        lines.append(f"E{e}\t{' '.join(args)}")
    return "".join(line + "\n" for line in lines)
