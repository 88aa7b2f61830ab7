"""Every Python snippet in docs/ runs as shown; a page's snippets run in order, sharing names."""

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
# spark.md needs a Spark session and a Parquet dataset: tests/test_spark.py runs it
PAGES = sorted(p for p in DOCS.glob("*.md") if "```python" in p.read_text(encoding="utf-8") and p.name != "spark.md")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_snippets_run(page, tmp_path, monkeypatch):
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
    namespace: dict = {}
    for i, code in enumerate(re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)):
        exec(compile(code, f"{page.name}[{i}]", "exec"), namespace)


def test_console_commands_in_docs_exist():
    from attribution.cli import build_parser

    commands = set(build_parser()._subparsers._group_actions[0].choices)
    for page in DOCS.glob("*.md"):
        for used in re.findall(r"^\$ (?:\S+=\S+ )?attribution (\S+)", page.read_text(encoding="utf-8"), re.M):
            assert used in commands, (page.name, used)
