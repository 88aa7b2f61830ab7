"""A readable terminal view of a Document."""

from __future__ import annotations

from attribution.model import Document, Source


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _who(source: Source | None) -> str:
    if source is None:
        return "(no source)"
    out = f"{source.span.text} [{source.kind}]"
    if source.refers_to is not None:
        out += f" → {source.resolved.span.text}"
    return out


def render(doc: Document, *, width: int = 100) -> str:
    lines = []
    for i, att in enumerate(doc.attributions, 1):
        head = f"{i:3d}. {att.kind} ({att.mode})"
        if att.polarity == "denied":
            head += " DENIED"
        lines.append(head)
        lines.append(f"     source : {_short(_who(att.source), width - 14)}")
        lines.append(f"     cue    : {att.cue.text}")
        if att.via:
            lines.append(f"     via    : {', '.join(v.resolved.span.text for v in att.via)}")
        content = " … ".join(s.text for s in att.content)
        lines.append(f"     content: {_short(content, width - 14)}")
        lines.append(f"     rule   : {att.rule}")
    if not doc.attributions:
        lines.append("(no attributions)")
    for err in doc.errors:
        lines.append(f"error: plugin {err.plugin!r} in {err.hook}: {err.message}")
    return "\n".join(lines) + "\n"
