"""Where reported content ends at a comma or a dash: the walk over its
breaks, the clause-end model's features and table, and the script that fits it."""

import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from test_evaluation import corpus  # noqa: F401  (the annotated fixture corpus)

import attribution
from attribution import clauses, logistic

ROOT = Path(__file__).resolve().parents[1]

BUT = "The mayor said the budget was balanced, but the auditor disagreed."
INCLUDING = "The mayor said the plan would cost $5 million, including a new bridge."


def _content(text: str, model: logistic.Model | None) -> str:
    parser = attribution.Parser(entry_points=False, confidence=False)
    with mock.patch.object(clauses, "clause_end_model", lambda: model):
        (att,) = parser.parse(text).attributions
    return att.content[-1].text


def test_without_a_model_the_rules_alone_end_the_content():
    assert _content(BUT, None) == "the budget was balanced"
    assert _content(INCLUDING, None) == "the plan would cost $5 million, including a new bridge"


def test_a_model_that_never_stops_reads_past_the_rules_stop():
    never = logistic.Model({"bias": -10.0})
    assert _content(BUT, never) == "the budget was balanced, but the auditor disagreed"


def test_a_model_that_always_stops_ends_at_the_first_comma():
    always = logistic.Model({"bias": 10.0})
    assert _content(INCLUDING, always) == "the plan would cost $5 million"


def test_the_rules_verdict_is_among_what_the_model_reads():
    # trusting the rules alone, the content ends where they end it, at "but" and not at the comma before
    trusting = logistic.Model({"bias": -10.0, "rule=boundary": 20.0})
    text = "The mayor said the road would open in May, weeks late, but the auditor disagreed."
    assert _content(text, trusting) == "the road would open in May, weeks late"


def test_a_model_that_always_stops_ends_at_a_dash_too():
    always = logistic.Model({"bias": 10.0})
    text = "The mayor said the pier would close -- a blow to the fleet."
    assert _content(text, always) == "the pier would close"


def test_a_model_that_stops_only_at_dashes_reads_past_commas():
    dashes = logistic.Model({"bias": -10.0, "mark=dash": 20.0})
    text = "The mayor said the pier, the quay and the slip would close — for good."
    assert _content(text, dashes) == "the pier, the quay and the slip would close"


def test_a_comma_inside_a_quotation_is_not_a_place_to_stop():
    always = logistic.Model({"bias": 10.0})
    text = "The mayor said the plan was “late, costly and wrong” and would be dropped."
    assert _content(text, always) == "the plan was “late, costly and wrong” and would be dropped"


def _features_at_breaks(text: str) -> list[tuple[int, list[str]]]:
    """The position and features of each break the walk asks about, going on past every one."""
    seen = []

    def decide(pos, feats, rules_stop):
        seen.append((pos, feats))
        return False

    parser = attribution.Parser(entry_points=False, confidence=False)
    with mock.patch.object(clauses, "content_end", lambda ctx, s, e: clauses.walk_breaks(ctx, s, e, decide)):
        parser.parse(text)
    return seen


def test_the_features_name_the_words_around_the_comma_and_the_rules_verdict():
    pos, feats = _features_at_breaks(BUT)[0]
    assert BUT[pos + 2 : pos + 5] == "but"
    assert {"rule=boundary", "next=but", "previous=balanced", "segment=last", "content=clause"} <= set(feats)


def test_fitting_is_deterministic_and_learns_a_clear_signal():
    rows = [(["bias", "next=which"], 1)] * 20 + [(["bias", "next=including"], 0)] * 20
    weights = logistic.fit(rows)
    assert weights == logistic.fit(rows)
    model = logistic.Model(weights)
    assert model.probability(["bias", "next=which"]) > 0.8
    assert model.probability(["bias", "next=including"]) < 0.2
    assert logistic.fit([]) == {}


def test_a_bad_table_line_names_the_table_and_its_number():
    with pytest.raises(ValueError, match="clause-end table, line 2"):
        logistic.Model.from_rows(["bias\t0.5", "next=which 0.25"], "clause-end table")


def test_the_shipped_model_loads_and_weighs_the_rules_verdict():
    model = clauses.clause_end_model()
    assert model is not None
    assert model.weights["rule=boundary"] > model.weights["rule=none"]


def test_training_writes_a_table_the_parser_reads(corpus, tmp_path):  # noqa: F811
    out = tmp_path / "clause_ends.tsv"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_clause_ends.py"), str(corpus), "--folds", "2", "--min-count", "1",
         "--out", str(out)],
        capture_output=True, text=True, check=True,
    )
    assert "decisions at breaks" in run.stderr
    model = logistic.Model.from_rows(out.read_text(encoding="utf-8").splitlines())
    assert "bias" in model.weights


def test_the_features_say_when_the_content_resumes_with_a_verb_after_an_aside():
    text = "Officials said the pier, estimated to cost $5 million, was nearly finished."
    (_, first), (_, second) = _features_at_breaks(text)[:2]
    assert "resumes with=auxiliary" in first and "content=phrase" in first
    assert "resumes with=none" in second
