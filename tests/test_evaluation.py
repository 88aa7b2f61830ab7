"""`attribution evaluate` agrees with the PolNeAR scorer and explains its errors."""

import json
import subprocess
import sys

import pytest
from conftest import SHARED

from attribution import evaluation
from attribution.cli import main
from attribution.formats import brat

ARTICLES = {
    "planet_2020-01-01_port": (
        "“The quay is rotten,” engineer Nadia Petrov said.\n"
        "The board said that repairs would start in May, according to the minutes.\n"
        "Dock workers denied that they had blocked the gates.\n"
    ),
    "ledger_2020-01-02_rail": (
        "According to the ministry, fares will rise.\n"
        "“No one told us,” said commuter Ali Shah. “We found out online.”\n"
        "The union believes the plan will fail.\n"
    ),
}


def _gold_ann(text: str) -> str:
    """Hand annotations for the fixture, some deliberately unlike the parser's."""
    def span(s):
        i = text.index(s)
        return f"{i} {i + len(s)}"

    lines, t, e = [], 0, 0
    for source, cue, content in (
        ("engineer Nadia Petrov", "said", "“The quay is rotten,”"),
        ("The board", "said", "repairs would start in May"),
        ("Dock workers", "denied", "they had blocked the gates"),
        ("the ministry", "According to", "fares will rise"),
        ("commuter Ali Shah", "said", "“No one told us,”"),
        ("The union", "believes", "the plan will fail"),
        ("the minutes", "according to", "The board said that repairs would start in May"),
    ):
        if source not in text:
            continue
        ids = []
        for label, s in (("Source", source), ("Cue", cue), ("Content", content)):
            t += 1
            lines.append(f"T{t}\t{label} {span(s)}\t{s}")
            ids.append(f"{label}:T{t}")
        e += 1
        lines.append(f"E{e}\tAttribution:T{t - 1} " + " ".join(ids))
    return "\n".join(lines) + "\n"


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for art, text in ARTICLES.items():
        (tmp_path / "text" / f"{art}.txt").write_text(text, encoding="utf-8")
        (tmp_path / "attributions" / f"{art}_ab12.ann").write_text(_gold_ann(text), encoding="utf-8")
    return tmp_path


def test_figures_agree_with_the_scorer(corpus, parser, tmp_path):
    scorer = SHARED / "tools" / "score.py"
    if not scorer.is_file():
        pytest.skip("../shared/tools/score.py is not here")
    pred = tmp_path / "pred"
    pred.mkdir()
    for art, text in ARTICLES.items():
        (pred / f"{art}.ann").write_text(brat.to_ann(parser.parse(text)), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(scorer), str(corpus / "text"), str(corpus / "attributions"), str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )
    theirs = json.loads(out.stdout)
    ours = evaluation.evaluate(evaluation.load_corpus(corpus), parser)
    for row, figures in ours.rows.items():
        for metric, value in figures.items():
            assert theirs[row][metric] == value, (row, metric)
    assert theirs["span_exact"] == ours.span_exact


def test_perfect_predictions_score_one(corpus, parser, tmp_path):
    for art, text in ARTICLES.items():
        (corpus / "attributions" / f"{art}_ab12.ann").write_text(brat.to_ann(parser.parse(text)), encoding="utf-8")
    ours = evaluation.evaluate(evaluation.load_corpus(corpus), parser)
    assert ours.rows["all"]["attribution"]["f1"] == 1.0
    assert ours.rows["all"]["content_exact"]["f1"] == 1.0
    assert sum(ours.errors.values()) == 0


def test_breakdown_names_the_errors(corpus, parser):
    ours = evaluation.evaluate(evaluation.load_corpus(corpus), parser)
    assert ours.errors["missed"] >= 1  # the outer "according to the minutes" report
    assert {ex.article for exs in ours.examples.values() for ex in exs} <= set(ARTICLES)
    assert all(r["produced"] >= r["correct"] for r in ours.rules.values())
    assert set(ours.rows) >= {"all", "direct", "indirect", "all@planet", "all@ledger"}


def test_folder_of_ann_files_with_text_dir(corpus, capsys):
    assert main(["evaluate", str(corpus / "attributions"), "--text-dir", str(corpus / "text"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 2 and "attribution" in data["rows"]["all"]


def test_a_folder_without_annotations_is_a_clear_error(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path)]) == 2
    assert "text/ and attributions/" in capsys.readouterr().err


def test_polnear_gives_the_as_of_view_as_to_the_content(parser):
    text = "Farmers in the valley view the new canal as a lifeline."
    att = parser.parse(text).attributions[0]
    assert [s.text for s in att.cue.spans] == ["view", "as"]
    assert [s.text for s in brat.content_spans(text, att)] == ["the new canal as a lifeline"]
    assert [s.text for s in brat.cue_spans(text, att)] == ["view"]
    assert [s.text for s in brat.content_spans(text, att, "plain")] == ["the new canal", "a lifeline"]
    assert [s.text for s in brat.cue_spans(text, att, "plain")] == ["view", "as"]
