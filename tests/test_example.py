"""The example article shows what the README says it shows."""

from pathlib import Path

import pytest

import attribution

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "article.txt"
CREDIT = "With inputs from agencies"


@pytest.fixture(scope="module")
def doc():
    text = ARTICLE.open(encoding="utf-8", newline="").read()
    return attribution.Parser(entry_points=False).parse(text)


def _line(doc, pos):
    return doc.text.count("\n", 0, pos)


def test_quotes_and_claims(doc):
    assert doc.quotes, "no Quote found"
    assert doc.claims, "no Claim found"


def test_as_per_and_according_to_leads(doc):
    leads = {a.cue.text.lower() for a in doc.attributions if a.source is not None}
    assert {"as per", "according to"} <= leads, leads


def test_a_denial(doc):
    assert any(a.polarity == "denied" for a in doc.attributions)


def test_a_quote_split_around_its_cue(doc):
    assert any(len(a.content) >= 2 for a in doc.quotes)


def test_a_quote_carried_over_a_paragraph_break(doc):
    assert any(len({_line(doc, s.start) for s in a.content}) >= 2 for a in doc.quotes)


def test_a_relayed_attribution(doc):
    assert any(a.via for a in doc.attributions)


def test_pronoun_and_surname_sources_resolve(doc):
    resolved = {a.source.span.text: a.source.resolved.span.text for a in doc.attributions if a.source and a.source.refers_to}
    assert any(s.lower() in ("he", "she") for s in resolved), resolved
    assert any(s[0].isupper() and s.lower() not in ("he", "she") and s in r for s, r in resolved.items()), resolved


def test_question_headings_and_credit_line(doc):
    assert [h.text for h in doc.headings] == ["What do we know?", "Why does it matter?"]
    assert CREDIT in [c.text for c in doc.credits]
    assert not any(s.start >= doc.text.index(CREDIT) for a in doc.attributions for s in a.content)
