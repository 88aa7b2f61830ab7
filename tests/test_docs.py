"""Every Python snippet in docs/ runs as shown."""

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
SNIPPETS = [
    (path.name, i, code)
    for path in sorted(DOCS.glob("*.md"))
    for i, code in enumerate(re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), re.S))
]


@pytest.mark.parametrize("name,index,code", SNIPPETS, ids=[f"{n}[{i}]" for n, i, _ in SNIPPETS])
def test_snippet_runs(name, index, code, tmp_path, monkeypatch):
    # a tiny corpus where the snippets expect one
    split = tmp_path / "corpus" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    text = "“We will win,” Mayor Ann Lee said.\n"
    (split / "text" / "planet_1.txt").write_text(text, encoding="utf-8")
    (split / "attributions" / "planet_1.ann").write_text(
        "T1\tSource 15 28\tMayor Ann Lee\nT2\tCue 29 33\tsaid\nT3\tContent 0 14\t“We will win,”\n"
        "T4\tAttribution 29 33\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    exec(compile(code, f"{name}[{index}]", "exec"), {})
