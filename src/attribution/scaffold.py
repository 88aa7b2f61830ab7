"""``attribution new-plugin``: write a complete plugin distribution to start from.

The generated plugin installs, registers an outlet, a lexicon entry and a
rule, and passes its own tests as generated; its tests use the project's
pytest plugin and Hypothesis strategies.
"""

from __future__ import annotations

from pathlib import Path

import regex

_NAME = regex.compile(r"[a-z][a-z0-9-]*[a-z0-9]")


class ScaffoldError(ValueError):
    """A plugin name or folder that cannot be used."""


def _camel(key: str) -> str:
    """``daily-planet`` as ``DailyPlanet``: the name of its test class."""
    return "".join(part.capitalize() for part in key.replace("_", "-").split("-") if part)


def _files(key: str, module: str, title: str) -> dict[str, str]:
    return {
        "pyproject.toml": f'''[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "attribution-{key}"
version = "0.1.0"
description = "attribution plugin for {title}"
requires-python = ">=3.11"
dependencies = ["attribution"]

[project.optional-dependencies]
testing = ["attribution[testing]"]

[project.entry-points.attribution]
{key} = "{module}"

[tool.setuptools.packages.find]
where = ["src"]

[tool.pytest.ini_options]
testpaths = ["tests"]
''',
        f"src/{module}/__init__.py": f'''"""attribution plugin for {title}: what is peculiar to its copy.

Registered through the ``attribution`` entry-point group as ``{key}``.
"""

from attribution.hookspecs import hookimpl
from attribution.outlet_plugin import outlet_hooks
from attribution.rules import Candidate

__version__ = "0.1.0"

OUTLET = "{key}"

# How to recognise the outlet's articles (URL host, or lines its copy
# carries), the names it goes by, and the boilerplate that must yield no
# attribution in its articles.
attribution_outlets, attribution_lexicon = outlet_hooks(
    OUTLET, name="{title}", domains=["{key}.example"], signatures=[r"^\\({title}\\) —"],
    boilerplate=[r"Follow {title} on .+"],
)


def _exclaimed(context, sentence):
    """A house style: "X exclaimed Y." reports Y for X."""
    text = context.text
    at = text.find(" exclaimed ", sentence.start, sentence.end)
    if at < 0:
        return
    end = sentence.end - 1 if text[sentence.end - 1] == "." else sentence.end
    yield Candidate(
        cue=[(at + 1, at + 10)], cue_lemma="exclaim", content=[(at + 11, end)],
        rule="{key}.exclaimed.v1", source=(sentence.start, at), source_kind="person", priority=50,
    )


@hookimpl
def attribution_rules(register):
    # registered for the outlet: it runs on the outlet's articles only
    register("{key}.exclaimed.v1", _exclaimed, priority=50, outlet=OUTLET)
''',
        f"tests/test_{module}.py": f'''"""Tests for the {title} plugin: the tests every outlet plugin owes
(attribution.testing.outlet.OutletPluginTests) on its tables, and what is
peculiar to it in methods of its own."""

import {module}
from attribution.testing.outlet import OutletPluginTests


class Test{_camel(key)}(OutletPluginTests):
    plugin = {module}
    name = "{title}"
    domains = ("{key}.example",)
    # (where it came from, text, [(source, cue, content)])
    examples = [
        ("written for the plugin", "The mayor exclaimed the bridge is open.",
         [("The mayor", "exclaimed", "the bridge is open")]),
    ]
    boilerplate = ["Follow {title} on social media."]
    urls = ["https://www.{key}.example/story"]
    signed = ["Bridge opens\\n({title}) — The mayor said the bridge is open."]
    unsigned = ["Bridge opens\\nThe mayor said the bridge is open."]

    def test_exclaimed_only_for_its_articles(self):
        assert self.parse("The mayor exclaimed the bridge is open.", outlet="other-outlet").attributions == ()
''',
        "README.md": f'''# attribution-{key}

An [attribution](https://pypi.org/project/attribution/) plugin for {title}:
how to recognise its articles, its boilerplate, and its house style.

```
pip install -e .            # registers the plugin under the key "{key}"
attribution plugins         # lists it with what it registers
attribution parse --outlet {key} article.txt
```

See `examples.md` for what it finds, and `tests/` for the table of examples.
''',
        "examples.md": f'''# {title}: examples

| text | source | cue | content |
|---|---|---|---|
| The mayor exclaimed the bridge is open. | The mayor | exclaimed | the bridge is open |
''',
    }


def write(name: str, output_dir: str | Path) -> Path:
    """Write the plugin distribution ``attribution-NAME`` into ``output_dir``."""
    if not _NAME.fullmatch(name):
        raise ScaffoldError(f"plugin name {name!r}: use lower-case letters, digits and '-' (like 'daily-planet')")
    root = Path(output_dir) / f"attribution-{name}"
    if root.exists():
        raise ScaffoldError(f"{root} already exists")
    module = "attribution_" + name.replace("-", "_")
    title = " ".join(part.capitalize() for part in name.split("-"))
    for rel, content in _files(name, module, title).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root
