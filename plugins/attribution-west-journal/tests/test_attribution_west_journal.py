"""Tests for the Western Journalism plugin: a table of examples, boilerplate,
detection, and the property that the plugin keeps what the core finds.

Every example is written for these tests in the site's house style; none is
copied from an article.
"""

import attribution_west_journal as plugin
import pytest
from hypothesis import given, settings

from attribution.parser import Parser
from attribution.testing.strategies import attributed_texts, messy_texts

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "Senator Just Revealed Who She Would Back For Mayor – It Might Surprise You.\nThe town hall was packed.",
     [("Senator", "Revealed", "Who She Would Back For Mayor")]),
    (HOUSE, "Mayor Just Promised A Tax Cut- And Rivals Are Furious.\nThe vote is next week.",
     [("Mayor", "Promised", "A Tax Cut")]),
    (HOUSE, "Wow: Governor Just Said Something Unexpected About The Budget.\nThe budget is due in May.",
     [("Governor", "Said", "Something Unexpected About The Budget")]),
    (HOUSE, "BREAKING: Senator Just Announced Her Endorsement.\nThe primary is in June.",
     [("Senator", "Announced", "Her Endorsement")]),
    (HOUSE, "Western Journalism reported that the county had certified the results.",
     [("Western Journalism", "reported", "the county had certified the results")]),
    (HOUSE, "As reported by Western Journalism, the county had already certified the results.",
     [("Western Journalism", "As reported by", "the county had already certified the results")]),
    (HOUSE, "The mayor told Western Journalism that the budget was short.",
     [("The mayor", "told", "the budget was short")]),
    (HOUSE, "“We are not done yet,” the mayor told Western Journal.",
     [("the mayor", "told", "“We are not done yet,”")]),
]

BOILERPLATE = [
    "Do you support the governor? Like the page:",
    "Are you on Team Lee? Like the page:",
    "h/t: The Daily Ledger, which first reported the vote.",
    "h/t The Daily Ledger.",
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


def test_relays_through_the_site_name(parser):
    doc = parser.parse("The mayor told Western Journalism that the budget was short.", outlet=plugin.OUTLET)
    assert [v.span.text for v in doc.attributions[0].via] == ["Western Journalism"]
    doc = parser.parse("Western Journal reported that the mayor had resigned.", outlet=plugin.OUTLET)
    assert doc.attributions[0].source.kind == "outlet"


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_yields_nothing(parser, line):
    text = f"The mayor said the budget was short.\n{line}\nThe council meets on Monday."
    found = parser.parse(text, outlet=plugin.OUTLET).attributions
    assert [a.source.span.text for a in found] == ["The mayor"]


def test_boilerplate_only_for_its_articles(parser):
    # the same line in another outlet's article is read as usual
    line = "h/t: The Daily Ledger, which first reported the vote."
    assert parser.parse(line, outlet="other-outlet").attributions
    assert not parser.parse(line, outlet=plugin.OUTLET).attributions


@pytest.mark.parametrize("url", [
    "https://www.westernjournal.com/mayor-budget/",
    "https://westernjournalism.com/2016/05/mayor-budget/",
])
def test_detected_by_url(parser, url):
    assert parser.parse("The mayor said the budget was short.", url=url).outlet == plugin.OUTLET


@pytest.mark.parametrize("text", [
    "Mayor Just Revealed Her Plan For The Budget – It Might Surprise You.\nThe mayor spoke on Monday.",
    "Look: Governor Spotted At Rally Wearing Shirt Rivals Will HATE.\nThe rally was on Friday.",
    "The mayor spoke on Monday.\nDo you support the mayor? Like the page:\nThe council meets next.",
    "The council met.\nAs reported by Western Journalism, the vote was delayed.",
])
def test_detected_by_signature(parser, text):
    assert parser.parse(text).outlet == plugin.OUTLET


def test_plain_copy_is_not_claimed(parser):
    text = "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said."
    assert parser.parse(text).outlet is None


def test_registered_once(parser):
    outlet = parser.host.outlets[plugin.OUTLET]
    assert outlet.name == "Western Journalism"
    assert set(outlet.domains) == {"westernjournal.com", "westernjournalism.com"}


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
