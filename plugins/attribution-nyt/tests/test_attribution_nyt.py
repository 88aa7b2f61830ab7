"""Tests for The New York Times plugin: a table of examples, boilerplate,
detection, and the property that the plugin keeps what the core finds.

Every example is written for these tests in the paper's house style; none is
copied from an article.
"""

import attribution_nyt as plugin
import pytest
from hypothesis import given, settings

from attribution.parser import Parser
from attribution.testing.strategies import attributed_texts, messy_texts

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "Ann Lee, 58, a retired machinist from Toledo, Ohio, said she would vote for the governor.",
     [("Ann Lee, 58, a retired machinist from Toledo, Ohio", "said", "she would vote for the governor")]),
    (HOUSE, "Ms. Roe, a Democratic pollster who has worked for three governors, said the party would lose.",
     [("Ms. Roe, a Democratic pollster who has worked for three governors", "said", "the party would lose")]),
    (HOUSE, "Mr. Lee, the state’s budget director, told reporters on Monday that the deficit would grow.",
     [("Mr. Lee, the state’s budget director", "told", "the deficit would grow")]),
    (HOUSE, "Ann Lee, a retired teacher, said in an interview with The New York Times that she would vote.",
     [("Ann Lee, a retired teacher", "said in an interview", "she would vote")]),
    (HOUSE, "''We are not going to raise taxes,'' Mr. Lee said.",
     [("Mr. Lee", "said", "''We are not going to raise taxes,''")]),
    (HOUSE, "''It is a disaster,'' said Ms. Roe, a Democratic pollster.",
     [("Ms. Roe, a Democratic pollster", "said", "''It is a disaster,''")]),
    (HOUSE, "The governor told The New York Times that the vote was rigged.",
     [("The governor", "told", "the vote was rigged")]),
    (HOUSE, "The senator said in an interview with The Times that he would run again.",
     [("The senator", "said in an interview", "he would run again")]),
    (HOUSE, "DealBook reported that the bank would merge.",
     [("DealBook", "reported", "the bank would merge")]),
]

BOILERPLATE = [
    "ABSTRACT.",
    "FULL TEXT.",
    "CORRECTION APPENDED.",
    "As published in the International New York Times.",
    "Economic Scene.",
    "Tuesday, May 9, 2017.",
    "Ann Lee contributed reporting from Columbus, Ohio, and Tom Roe from Washington.",
    "Reporting was contributed by Ann Lee in Columbus, Ohio, and Tom Roe in Washington.",
    "EMAIL: budgetdesk@nytimes.com.",
    "Follow Ann Lee on Twitter: @annlee.",
    "Sign up for the Morning Briefing newsletter here.",
    "Ann Lee for The New York Times",
    "A version of this article appears in print on May 9, 2017, on Page A14 of the New York edition with the headline: Budget Deal Stalls.",
    "Photograph: The governor spoke to supporters in Columbus on Tuesday, where he said the budget was balanced.",
]


@pytest.fixture
def parser(make_parser):
    return make_parser(plugin)


def _found(doc):
    return [(a.source.span.text if a.source else None, a.cue.text, " … ".join(s.text for s in a.content))
            for a in doc.attributions]


@pytest.mark.parametrize("origin,text,expected", EXAMPLES)
def test_examples(parser, origin, text, expected):
    assert _found(parser.parse(text, outlet=plugin.OUTLET)) == expected


def test_relays_through_the_paper_names(parser):
    doc = parser.parse("The governor told The New York Times that the vote was rigged.", outlet=plugin.OUTLET)
    assert [v.span.text for v in doc.attributions[0].via] == ["The New York Times"]
    doc = parser.parse(EXAMPLES[3][1], outlet=plugin.OUTLET)
    assert [v.span.text for v in doc.attributions[0].via] == ["The New York Times"]
    doc = parser.parse("DealBook reported that the bank would merge.", outlet=plugin.OUTLET)
    assert doc.attributions[0].source.kind == "outlet"


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_yields_nothing(parser, line):
    text = f"The mayor said the budget was short.\n{line}\nThe council meets on Monday."
    found = parser.parse(text, outlet=plugin.OUTLET).attributions
    assert [a.source.span.text for a in found] == ["The mayor"]


@pytest.mark.parametrize("line", [
    # sentences that mention credits or the paper are no credit lines
    "He said she contributed research to the study.",
    "She said he wrote for The New York Times.",
])
def test_reports_about_credits_are_kept(parser, line):
    text = f"The mayor said the budget was short.\n{line}"
    found = parser.parse(text, outlet=plugin.OUTLET).attributions
    assert [a.source.span.text for a in found] == ["The mayor", line.split()[0]]


def test_boilerplate_only_for_its_articles(parser):
    line = BOILERPLATE[-1]  # a photo caption
    assert parser.parse(line, outlet="other-outlet").attributions
    assert not parser.parse(line, outlet=plugin.OUTLET).attributions


@pytest.mark.parametrize("url", ["https://www.nytimes.com/2016/05/01/us/politics/budget.html", "nytimes.com/x"])
def test_detected_by_url(parser, url):
    assert parser.parse("The mayor said the budget was short.", url=url).outlet == plugin.OUTLET


@pytest.mark.parametrize("text", [
    "Budget Deal Stalls.\n\nABSTRACT.\n\nThe governor’s plan stalled.\n\nFULL TEXT.\n\nThe governor said the plan had stalled.",
    "Budget Deal Stalls.\n\nCOLUMBUS, Ohio -- The governor said the plan had stalled.",
    "Budget Deal Stalls.\n\n''We will not back down,'' the governor said.",
    "Budget Deal Stalls.\n\nMr. Lee said the plan had stalled. Ms. Roe said it had not.",
    "Budget Deal Stalls.\n\nThe governor told The Times that the plan had stalled.",
    "Budget Deal Stalls.\n\nThe governor said the plan had stalled.\n\nEMAIL: budgetdesk@nytimes.com.",
])
def test_detected_by_signature(parser, text):
    assert parser.parse(text).outlet == plugin.OUTLET


@pytest.mark.parametrize("text", [
    "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
    # wire copy carries the agency's dateline
    "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
    # other outlets cite the paper by its full name
    "Lee Speaks.\nThe senator told The New York Times that the deal was bad.",
    # a print headline with its deck: other papers' archive copy has it too
    "Budget Deal Stalls; \nGovernor’s plan meets resistance.\n\nThe governor said the plan had stalled.",
    # one courtesy title is not the house style
    "Budget Deal Stalls.\n\nMr. Lee said the plan had stalled.",
])
def test_plain_copy_is_not_claimed(parser, text):
    assert parser.parse(text).outlet is None


def test_registered_once(parser):
    outlet = parser.host.outlets[plugin.OUTLET]
    assert outlet.name == "The New York Times"
    assert outlet.domains == ("nytimes.com", "nyti.ms")


PARSER = Parser(plugins=[plugin], entry_points=False)


@settings(max_examples=50, deadline=None)
@given(attributed_texts(lexicon=PARSER.lexicon))
def test_the_plugin_keeps_what_the_core_finds(make_parser, assert_attributions, case):
    text, expected = case
    found = make_parser(plugin).parse(text, outlet=plugin.OUTLET).attributions
    assert_attributions(found, expected, exact=False)


@settings(max_examples=50, deadline=None)
@given(messy_texts())
def test_hostile_text_raises_nothing(make_parser, text):
    assert make_parser(plugin).parse(text, outlet=plugin.OUTLET).errors == ()
