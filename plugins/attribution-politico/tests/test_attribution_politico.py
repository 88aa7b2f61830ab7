"""Tests for the Politico plugin: a table of examples, boilerplate,
detection, and the property that the plugin keeps what the core finds.

Every example is written for these tests in the site's house style; none is
copied from an article.
"""

import attribution_politico as plugin
import pytest
from hypothesis import given, settings

from attribution.parser import Parser
from attribution.testing.strategies import attributed_texts, messy_texts

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "Sen. Ann Lee (D-Mo.) told POLITICO that the budget deal was “a disaster.”",
     [("Sen. Ann Lee (D-Mo.)", "told", "the budget deal was “a disaster.”")]),
    (HOUSE, "“We will not back down,” Lee told POLITICO Florida.",
     [("Lee", "told", "“We will not back down,”")]),
    (HOUSE, "POLITICO New York reported last month that the transit board had doubled its budget.",
     [("POLITICO New York", "reported", "the transit board had doubled its budget")]),
    (HOUSE, "Poll: Lee leads Ross in Ohio.\n\nThe race is tight.",
     [("Poll", ":", "Lee leads Ross in Ohio")]),
    (HOUSE, "Report: Ross to skip the convention.\n\nThe convention opens in July.",
     [("Report", ":", "Ross to skip the convention")]),
    (HOUSE, "Daily Ledger editorial: ‘Vote for Lee.’\n\nThe paper rarely endorses.",
     [("Daily Ledger editorial", ":", "‘Vote for Lee.’")]),
    (HOUSE, "Lee: The Budget Deal Is ‘A Disaster.’\n\nThe senator spoke on Friday.",
     [("Lee", ":", "The Budget Deal Is ‘A Disaster.’")]),
    (HOUSE, "Playbook: The week ahead in the Senate.\n\nThe chamber returns on Monday.", []),
]

BOILERPLATE = [
    "Follow @politico.",
    "Ann Lee contributed to this story.",
    "Ann Lee and Bo Ross contributed.",
    "--additional reporting by Ann Lee.",
    "Podcast produced by Ann Lee.",
    "(Subscribe to the Daily Ledger podcast on iTunes, or download it here.)",
    "Feedback? What should we talk about next? Email us at show@politico.com.",
    "Questions? Tips? Email me at alee@politico.com, and tell me what you think of the newsletter.",
    "View full results: http://politi.co/1abcDEF.",
    "Want to receive this in your inbox? Sign up by entering your email below:",
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
    doc = parser.parse("“We will not back down,” Lee told POLITICO Florida.", outlet=plugin.OUTLET)
    assert [v.span.text for v in doc.attributions[0].via] == ["POLITICO Florida"]
    doc = parser.parse("POLITICO New York reported last month that the transit board had doubled its budget.",
                       outlet=plugin.OUTLET)
    assert doc.attributions[0].source.kind == "outlet"


def test_headline_sources_only_for_its_articles(parser):
    text = "AP: Lee leads Ross in Ohio.\n\nThe race is tight."
    assert not parser.parse(text, outlet="other-outlet").attributions
    assert parser.parse(text, outlet=plugin.OUTLET).attributions


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_yields_nothing(parser, line):
    text = f"The mayor said the budget was short.\n{line}\nThe council meets on Monday."
    found = parser.parse(text, outlet=plugin.OUTLET).attributions
    assert [a.source.span.text for a in found] == ["The mayor"]


def test_boilerplate_only_for_its_articles(parser):
    line = "Questions? Tips? Email me at alee@politico.com, and tell me what you think of the newsletter."
    assert parser.parse(line, outlet="other-outlet").attributions
    assert not parser.parse(line, outlet=plugin.OUTLET).attributions


@pytest.mark.parametrize("url", ["https://www.politico.com/story/2016/05/mayor-budget-123", "politico.com/news/x",
                                 "http://politi.co/1abcDEF"])
def test_detected_by_url(parser, url):
    assert parser.parse("The mayor said the budget was short.", url=url).outlet == plugin.OUTLET


@pytest.mark.parametrize("text", [
    "Lee Wins Primary.\nThe senator told POLITICO that she had won by nine points.",
    "Lee Speaks.\nSen. Ann Lee said the deal was bad, according to a POLITICO review of the records.",
    "Lee Speaks.\nThe senator said the deal was bad.\nBo Ross contributed to this story.",
    "Lee Speaks.\nThe senator said the deal was bad.\nFollow @politico.",
    "Poll Results.\nLee leads in Ohio.\nView full results: http://politi.co/1abcDEF.",
])
def test_detected_by_signature(parser, text):
    assert parser.parse(text).outlet == plugin.OUTLET


@pytest.mark.parametrize("text", [
    "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
    # other outlets cite the site in ordinary case
    "Lee Speaks.\nThe senator told Politico that the deal was bad.",
    # an all-capitals line is a heading, not the house spelling
    "LEE SPEAKS TO POLITICO REPORTERS\nThe senator said the deal was bad.",
    # datelines and party tags are those of much American copy
    "DES MOINES, Iowa — Sen. Ann Lee (D-Mo.) said the deal was bad.",
    # "contributed reporting" is another house's sign-off
    "Lee Speaks.\nThe senator said the deal was bad.\nBo Ross contributed reporting.",
])
def test_plain_copy_is_not_claimed(parser, text):
    assert parser.parse(text).outlet is None


def test_registered_once(parser):
    outlet = parser.host.outlets[plugin.OUTLET]
    assert outlet.name == "Politico"
    assert outlet.domains == ("politico.com", "politi.co")


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
