"""BRAT standoff in the PolNeAR style: the contract evaluation tooling relies on.

Per attribution: T lines ``Source`` (when there is one), ``Cue``, ``Content``
(``s e;s e`` for discontinuous spans), a T line ``Attribution`` on the cue's
span, then ``E<n>\tAttribution:T.. Source:T.. Cue:T.. Content:T..``.

Schemes differ on one point: whether the "that" introducing reported
content belongs to it. PolNeAR's annotators include it ("said [that the
deal is off]"); the plain scheme, like the attributions themselves, leaves
it out. ``to_ann`` writes PolNeAR's by default.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribution.model import Attribution, Document, Span

SCHEMES = ("polnear", "plain")


def _t_line(n: int, label: str, spans: Sequence[Span]) -> str:
    offsets = ";".join(f"{s.start} {s.end}" for s in spans)
    return f"T{n}\t{label} {offsets}\t{' '.join(s.text for s in spans)}"


def content_spans(text: str, att: Attribution, scheme: str = "polnear") -> tuple[Span, ...]:
    """The content as ``scheme`` marks it: under PolNeAR's, the first span
    starts at the complementizer ("that") before it."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown BRAT scheme {scheme!r} (expected one of {', '.join(SCHEMES)})")
    comp = att.complementizer
    if scheme == "plain" or comp is None or comp.end > att.content[0].start:
        return att.content
    return (Span.of(text, comp.start, att.content[0].end), *att.content[1:])


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
        lines.append(_t_line(t, "Cue", att.cue.spans))
        cue_id = f"T{t}"
        t += 1
        lines.append(_t_line(t, "Content", content_spans(doc.text, att, scheme)))
        content_id = f"T{t}"
        t += 1
        lines.append(_t_line(t, "Attribution", att.cue.spans))
        args.append(f"Attribution:T{t}")
        if att.source is not None:
            args.append(f"Source:{source_id}")
        args += [f"Cue:{cue_id}", f"Content:{content_id}"]
        lines.append(f"E{e}\t{' '.join(args)}")
    return "".join(line + "\n" for line in lines)
