"""A pytest plugin for testing parsers and plugins (entry point ``pytest11``).

Fixtures:

- ``make_parser(*plugins, entry_points=False)``: a parser with the built-in
  plugins and exactly the plugins given (installed ones left out unless
  ``entry_points=True``).
- ``assert_attributions(found, expected, exact=True)``: compares
  attributions by kind, content and source (on their letters and digits),
  and on failure prints a readable diff of what was expected against what
  was found; ``exact=False`` only asks that every expected one be found.

And a plain function, ``single(doc)``: the document's one attribution, or a
failure that lists every attribution found.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from attribution.model import Attribution
from attribution.parser import Parser


def _line(att: Attribution) -> str:
    src = f"{att.source.span.text!r}@{att.source.span.start}" if att.source else "(no source)"
    content = " … ".join(f"{s.text!r}@{s.start}" for s in att.content)
    via = f" via {[v.span.text for v in att.via]}" if att.via else ""
    return f"{att.kind:5s} {src} {att.cue.text!r}: {content}{via}"


def _letters(spans) -> frozenset[int]:
    """Spans as the letters and digits they cover, as the PolNeAR scorer
    compares them: punctuation and spaces at an edge never decide."""
    return frozenset(i for s in spans for i, ch in enumerate(s.text, s.start) if ch.isalnum())


def _key(att: Attribution) -> tuple:
    return (att.kind, _letters(att.content), _letters([att.source.span]) if att.source else None)


def compare(found: Iterable[Attribution], expected: Iterable[Attribution]) -> list[str]:
    """The differences between found and expected attributions, one line each."""
    found, expected = list(found), list(expected)
    have = {_key(a) for a in found}
    want = {_key(a) for a in expected}
    return [f"- expected {_line(a)}" for a in expected if _key(a) not in have] + [
        f"+ found    {_line(a)}" for a in found if _key(a) not in want
    ]


def single(doc) -> Attribution:
    """The one attribution a parsed document holds; fails, listing what was
    found, when there are none or several."""
    if len(doc.attributions) != 1:
        lines = "\n".join(_line(a) for a in doc.attributions) or "(none)"
        pytest.fail(f"expected one attribution, found {len(doc.attributions)}:\n{lines}", pytrace=False)
    return doc.attributions[0]


@pytest.fixture(scope="session")
def make_parser():
    """A parser with the built-in plugins and the plugins given (built once per
    set of plugins: parsers hold no state between parses)."""
    built: dict[tuple, Parser] = {}

    def build(*plugins: Any, entry_points: bool = False) -> Parser:
        key = (tuple(id(p) for p in plugins), entry_points)
        if key not in built:
            built[key] = Parser(plugins=plugins, entry_points=entry_points)
        return built[key]

    return build


@pytest.fixture(scope="session")
def assert_attributions():
    """Assert that found and expected attributions agree, with a readable diff."""

    def check(found: Iterable[Attribution], expected: Iterable[Attribution], *, exact: bool = True) -> None:
        diff = compare(found, expected)
        if not exact:
            diff = [d for d in diff if d.startswith("-")]
        if diff:
            pytest.fail("attributions differ:\n" + "\n".join(diff), pytrace=False)

    return check
