"""Constructions of business and financial copy (a wire's business desk, the financial papers, Indian
business dailies): company statements and filings, analysts' notes, central banks and ministries, people
familiar with a deal, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_CARMAKER = (
    "Halvorsen Motors said in a statement on Tuesday that it would cut 2,000 jobs at its plant in Ohio. The carmaker "
    "said the cuts would save about $300 million a year.\n\n"
    "A spokeswoman for the carmaker declined to comment on the talks with the union.\n\n"
    "Shares of Halvorsen fell 6 percent after the company warned that second-quarter profit would miss forecasts."
)


def test_a_carmakers_statement_and_its_nouns(rules_only):
    atts = rules_only.parse(_CARMAKER).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Halvorsen Motors", "organization", "said in a statement"), ("The carmaker", "organization", "said"),
        ("A spokeswoman for the carmaker", "person", "declined"), ("the company", "organization", "warned")]
    assert [s.text for s in atts[0].content] == ["it would cut 2,000 jobs at its plant in Ohio"]
    assert [s.text for s in atts[3].content] == ["second-quarter profit would miss forecasts"]
    assert atts[1].source.refers_to.span.text == "Halvorsen Motors"
    assert atts[3].source.refers_to.span.text == "Halvorsen Motors"


def test_a_filing_and_what_it_said(rules_only):
    atts = rules_only.parse(
        "Brightwater Energy said in a regulatory filing that it had received a takeover offer. "
        "The filing said the offer valued the company at $4.2 billion.").attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Brightwater Energy", "organization", "said in a regulatory filing"), ("The filing", "document", "said")]
    assert [s.text for s in atts[1].content] == ["the offer valued the company at $4.2 billion"]


@pytest.mark.parametrize("sentence,source,content", [
    # a bare plural after "told" that ends the sentence is whom it was told to, no content
    ("Profit at the lender rose 9 percent, Chief Executive Sanjay Mehra told analysts on a conference call.",
     "Chief Executive Sanjay Mehra", "Profit at the lender rose 9 percent"),
    ("The plant will close in March, the company told investors in a statement.",
     "the company", "The plant will close in March"),
    ("The dividend is safe, the chairman told shareholders.", "the chairman", "The dividend is safe"),
])
def test_a_bare_plural_told_after_the_words_is_the_hearer(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "told", [content])


@pytest.mark.parametrize("sentence,content", [
    # a plural the clause follows, or told before its "that", is still the hearer and the clause the content
    ("The chief executive told suppliers it would pay them in full.", "it would pay them in full"),
    ("Chief Executive Tim Cook told analysts on a conference call that demand remained strong.",
     "demand remained strong"),
])
def test_a_bare_plural_told_before_the_clause_stays_the_hearer(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]
