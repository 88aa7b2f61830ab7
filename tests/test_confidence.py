"""The confidence stage: its features, its table, and the attributions it drops."""

import subprocess
import sys
from pathlib import Path

import pytest
from test_evaluation import corpus  # noqa: F401  (the annotated fixture corpus)

import attribution
from attribution import confidence

ROOT = Path(__file__).resolve().parents[1]


def test_features_name_what_the_attribution_is_made_of(parser):
    text = "The harbour master said that the pier would close."
    att = attribution.Parser(entry_points=False, confidence=False).parse(text).attributions[0]
    feats = confidence.features(text, att, parser.lexicon)
    assert "rule=core.said_that.v2" in feats
    assert "lemma=say" in feats
    assert "that" in feats
    assert "order=cue first" in feats
    assert "content opens=the" in feats


def test_a_weak_kind_of_finding_is_dropped_and_kept_without_the_filter():
    text = "“The pier will close,” the harbour master said.\nThe ferry company said that fares would rise."
    model = confidence.Model({"bias": 2.0, "rule=core.said_that.v2": -6.0}, threshold=0.5)
    parser = attribution.Parser(entry_points=False)
    parser.confidence = model
    kept = parser.parse(text).attributions
    assert [a.rule for a in kept] == ["core.trailing_cue.v2"]
    everything = attribution.Parser(entry_points=False, confidence=False).parse(text).attributions
    assert {a.rule for a in everything} == {"core.trailing_cue.v2", "core.said_that.v2"}


def test_the_table_round_trips_and_a_bad_line_names_its_number():
    model = confidence.Model({"bias": 0.5, "rule=core.said_that.v2": -1.25}, threshold=0.3)
    again = confidence.Model.from_rows(model.rows())
    assert again.weights == model.weights and again.threshold == pytest.approx(0.3)
    with pytest.raises(ValueError, match="line 2"):
        confidence.Model.from_rows(["bias\t0.5", "lemma=say 0.25"])


def test_the_shipped_table_loads_with_a_threshold_between_zero_and_one():
    model = confidence.shipped()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert model.weights["bias"] != 0.0


def test_training_writes_a_table_the_parser_reads(corpus, tmp_path):  # noqa: F811
    out = tmp_path / "confidence.tsv"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_confidence.py"), str(corpus), "--folds", "2", "--out", str(out)],
        capture_output=True, text=True, check=True,
    )
    assert "attributions" in run.stdout
    model = confidence.Model.from_rows(out.read_text(encoding="utf-8").splitlines())
    assert "rule=core.said_that.v2" in model.weights
    assert 0.0 <= model.threshold <= 1.0
