"""JSON and JSON Lines: the one serialised shape, ``Document.to_dict()``."""

from __future__ import annotations

import json
from collections.abc import Iterable

from attribution.model import Document


def dumps(doc: Document, *, indent: int | None = 1) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent)


def dumps_many(docs: Iterable[Document]) -> str:
    return json.dumps([d.to_dict() for d in docs], ensure_ascii=False, indent=1)


def jsonl_line(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False)


def loads(text: str) -> Document:
    return Document.from_dict(json.loads(text))
