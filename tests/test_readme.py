"""The README shows only code that runs: its Python example and its JSON shape."""

import contextlib
import io
import json
import re
from pathlib import Path

import attribution

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_python_example_prints_what_it_says():
    code = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, {})
    assert out.getvalue().splitlines() == expected


def test_json_shape_is_what_to_dict_gives():
    shown = json.loads(re.search(r"```json\n(.*?)```", README, re.S).group(1))
    doc = attribution.parse("“The quay is rotten,” engineer Nadia Petrov said. “It will fall.”")
    assert doc.attributions[0].to_dict() == shown


def test_example_article_shows_what_the_readme_promises():
    text = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")
    doc = attribution.Parser(entry_points=False).parse(text)
    assert any(a.polarity == "denied" for a in doc.attributions)
    assert any(a.kind == "quote" and len(a.content) > 1 for a in doc.attributions)
    assert any(a.via for a in doc.attributions)
    assert [c.text for c in doc.credits] == ["With inputs from agencies"]
