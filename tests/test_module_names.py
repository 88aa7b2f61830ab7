"""Each module binds a top-level name once: a second pattern or table under
the same name silently replaces the first for every rule that reads it."""

import ast
import collections
from pathlib import Path

import pytest

import attribution

MODULES = sorted(Path(attribution.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> collections.Counter:
    names: collections.Counter = collections.Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(Path(attribution.__file__).parent).as_posix())
def test_no_module_binds_a_top_level_name_twice(path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, n in names.items() if n > 1] == []


def test_the_check_sees_a_name_bound_twice():
    tree = ast.parse("A = 1\ndef f():\n    pass\nA = 2\n")
    assert _top_level_names(tree)["A"] == 2
