"""A pattern that reads an article's text from a position also gets where to
stop: a search with no end runs on to the text's end, which costs a whole
article's reading for each word a rule asks about (and a megabyte's on hostile
input). Reading the whole text on purpose starts at 0 (or passes no position)."""

import ast
from pathlib import Path

import pytest

import attribution

ROOT = Path(attribution.__file__).parent
MODULES = sorted(ROOT.rglob("*.py")) + sorted((ROOT.parents[1] / "plugins").glob("*/src/*/*.py"))
_READS = frozenset("match search fullmatch finditer findall".split())


def _unbounded_reads(tree: ast.AST) -> list[str]:
    """The calls that read a text (a name ``text`` or an attribute ``.text``)
    from a position, with no end or an end of None."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _READS):
            continue
        args = node.args
        if len(args) < 2 or any(isinstance(a, ast.Starred) for a in args):
            continue  # the whole string, or a span passed as (start, end)
        first = args[0]
        if not (isinstance(first, ast.Name) and first.id == "text" or isinstance(first, ast.Attribute) and first.attr == "text"):
            continue
        start = args[1]
        if isinstance(start, ast.Constant) and start.value == 0:
            continue  # the whole text, read on purpose
        if len(args) == 2 or isinstance(args[2], ast.Constant) and args[2].value is None:
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.parent.name + "/" + p.name)
def test_every_read_from_a_position_has_an_end(path):
    assert _unbounded_reads(ast.parse(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize(
    ("code", "unbounded"),
    [
        ("P.match(text, i)", True),
        ("P.search(ctx.text, i, None, C)", True),
        ("P.match(text, i, end)", False),
        ("P.finditer(text, *span)", False),
        ("P.finditer(text, 0, None, False, C)", False),
        ("P.findall(word)", False),
    ],
)
def test_the_check_tells_a_bounded_read_from_an_unbounded_one(code, unbounded):
    assert bool(_unbounded_reads(ast.parse(code))) is unbounded
