"""Tests for the Breitbart News plugin: a table of examples, boilerplate,
detection, and the property that the plugin keeps what the core finds.

Every example is written for these tests in the site's house style; none is
copied from an article.
"""

import attribution_breitbart as plugin
import pytest
from hypothesis import given, settings

from attribution.parser import Parser
from attribution.testing.strategies import attributed_texts, messy_texts

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "Friday on KXYZ’s “Morning Show,” Sen. Ann Lee (R-TX) said the budget deal was “a disaster.”",
     [("Sen. Ann Lee (R-TX)", "said", "the budget deal was “a disaster.”")]),
    (HOUSE, "“We will not back down,” Lee tells Breitbart News.",
     [("Lee", "tells", "“We will not back down,”")]),
    (HOUSE, "The governor told Breitbart London that the vote was rigged.",
     [("The governor", "told", "the vote was rigged")]),
    (HOUSE, "Breitbart Texas reported that the border crossings had doubled.",
     [("Breitbart Texas", "reported", "the border crossings had doubled")]),
    (HOUSE, "The Latest: Mayor says she will run again.\n\nThe mayor spoke to reporters.",
     [("Mayor", "says", "she will run again")]),
    (HOUSE, "Breitbart News Daily: The Week Ahead.\n\nThe show airs on weekdays.", []),
    (HOUSE, "Lee: The Budget Deal Is ‘A Disaster.’\n\nThe senator spoke on Friday.",
     [("Lee", ":", "The Budget Deal Is ‘A Disaster.’")]),
]

BOILERPLATE = [
    "Follow Ann Lee on Twitter @annlee.",
    "Follow Ann Lee on Twitter: @annlee. Reach her directly at alee@breitbart.com.",
    "(h/t The Daily Ledger.)",
    "Breitbart News Tonight airs on SiriusXM weeknights from 7:00 p.m. Eastern.",
    "Read the rest of the story at The Daily Ledger.",
    "From Ann Lee writing at The Daily Ledger:",
    "Watch the senator’s speech in full below:",
    "Ann Lee is Senior Editor at Breitbart News. Her new book, which argues that the press has failed, is out now.",
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


def test_relays_through_the_site_names(parser):
    doc = parser.parse("The governor told Breitbart London that the vote was rigged.", outlet=plugin.OUTLET)
    assert [v.span.text for v in doc.attributions[0].via] == ["Breitbart London"]
    doc = parser.parse("Breitbart Texas reported that the border crossings had doubled.", outlet=plugin.OUTLET)
    assert doc.attributions[0].source.kind == "outlet"


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_yields_nothing(parser, line):
    text = f"The mayor said the budget was short.\n{line}\nThe council meets on Monday."
    found = parser.parse(text, outlet=plugin.OUTLET).attributions
    assert [a.source.span.text for a in found] == ["The mayor"]


def test_boilerplate_only_for_its_articles(parser):
    line = BOILERPLATE[-1]  # a contributor's bio
    assert parser.parse(line, outlet="other-outlet").attributions
    assert not parser.parse(line, outlet=plugin.OUTLET).attributions


@pytest.mark.parametrize("url", ["https://www.breitbart.com/politics/2016/05/01/mayor-budget/", "breitbart.com/tech/x"])
def test_detected_by_url(parser, url):
    assert parser.parse("The mayor said the budget was short.", url=url).outlet == plugin.OUTLET


@pytest.mark.parametrize("text", [
    "Lee Wins Primary.\nThe senator won by nine points.\nFollow Ann Lee on Twitter @annlee.",
    "Lee: Deal Is Bad.\nTuesday on KXYZ’s “Morning Show,” Sen. Ann Lee said the deal was bad.",
    "Lee Speaks.\nSen. Ann Lee (R-TX) said the deal was bad.",
    "Lee Speaks.\n“The deal is bad,” Lee tells Breitbart News.",
    "Lee Speaks.\nThe senator said the deal was bad.\n(h/t The Daily Ledger.)",
])
def test_detected_by_signature(parser, text):
    assert parser.parse(text).outlet == plugin.OUTLET


@pytest.mark.parametrize("text", [
    "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
    # wire copy carries the agency's dateline, not Breitbart's
    "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
    # other outlets cite the site's interviews in the past tense
    "Lee Speaks.\nThe senator told Breitbart News that the deal was bad.",
])
def test_plain_copy_is_not_claimed(parser, text):
    assert parser.parse(text).outlet is None


def test_registered_once(parser):
    outlet = parser.host.outlets[plugin.OUTLET]
    assert outlet.name == "Breitbart News"
    assert outlet.domains == ("breitbart.com",)


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
