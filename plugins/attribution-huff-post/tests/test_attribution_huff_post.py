"""Tests for the HuffPost plugin: a table of examples, boilerplate, detection,
and the property that the plugin keeps what the core finds.

Every example is written for these tests in the site's house style; none is
copied from an article.
"""

import attribution_huff_post as plugin
import pytest
from hypothesis import given, settings

from attribution.parser import Parser
from attribution.testing.strategies import attributed_texts, messy_texts

HOUSE = "written in the house style"

SLIDESHOW = (
    "The Year In Ten Moments.\n\n1\n\nSinger Asked Fans To Vote Early.\n\nGetty.\n\n"
    "The concert sold out.\n\n2\n\nMayor Explained Why She Stayed.\n\nAnn Lee via Getty Images.\n\n"
    "The vote was close."
)

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, SLIDESHOW, [("Singer", "Asked", "Fans To Vote Early"), ("Mayor", "Explained", "Why She Stayed")]),
    (HOUSE, "POLLS DIVERGE IN OHIO - Ann Lee: “The two surveys were fielded a week apart, and it shows.”",
     [("Ann Lee", ":", "“The two surveys were fielded a week apart, and it shows.”")]),
    (HOUSE, "Turnout was the story -More from Lee and Ruiz: “Young voters stayed home.”",
     [("Lee and Ruiz", ":", "“Young voters stayed home.”")]),
    (HOUSE, "WHAT THE STUDY SAYS - Not all panels are equal. From the report: “Turnout fell in every county.”",
     [("the report", ":", "“Turnout fell in every county.”")]),
    (HOUSE, "“We have to vote.” ― Ann Lee", [("Ann Lee", "―", "“We have to vote.”")]),
    (HOUSE, "The senator told The Huffington Post that the bill would pass.",
     [("The senator", "told", "the bill would pass")]),
    (HOUSE, "WASHINGTON ― The mayor’s aide, Tom Ruiz, told HuffPost that the count was final.",
     [("The mayor’s aide, Tom Ruiz", "told", "the count was final")]),
]

BOILERPLATE = [
    "Getty.",
    "Ann Lee via Getty Images.",
    "Ann Lee/HuffPost.",
    "This article has been updated to include comments from the mayor, who said she would run.",
    "This story has been updated to note that the mayor denied the report.",
    "Also on HuffPost:",
    "Watch the mayor’s interview in full below:",
    "Tom Ruiz hosts the HuffPost Politics podcast each week. Subscribe here and catch up on past episodes.",
    "Sign up to get an email from reporter Ann Lee whenever her column runs.",
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
    doc = parser.parse("The senator told The Huffington Post that the bill would pass.", outlet=plugin.OUTLET)
    assert [v.span.text for v in doc.attributions[0].via] == ["The Huffington Post"]
    doc = parser.parse("HuffPost Live reported that the senator had left the race.", outlet=plugin.OUTLET)
    assert [a.source.kind for a in doc.attributions] == ["outlet"]


def test_start_case_lines_without_a_photo_credit_are_left_alone(parser):
    # a list of related headlines is no slideshow
    text = "The Vote.\n\nThe council voted on Monday.\n\nMayor Asked Voters To Stay Home.\n\nThe polls closed at eight."
    assert all(a.rule != "huff-post.slide_title.v1" for a in parser.parse(text, outlet=plugin.OUTLET).attributions)


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_yields_nothing(parser, line):
    text = f"The mayor said the budget was short.\n{line}\nThe council meets on Monday."
    found = parser.parse(text, outlet=plugin.OUTLET).attributions
    assert [a.source.span.text for a in found] == ["The mayor"]


def test_boilerplate_only_for_its_articles(parser):
    line = "This story has been updated to note that the mayor denied the report."
    assert parser.parse(line, outlet="other-outlet").attributions
    assert not parser.parse(line, outlet=plugin.OUTLET).attributions


@pytest.mark.parametrize("url", [
    "https://www.huffpost.com/entry/mayor-budget_n_123",
    "https://www.huffingtonpost.com/entry/mayor-budget_us_123",
])
def test_detected_by_url(parser, url):
    assert parser.parse("The mayor said the budget was short.", url=url).outlet == plugin.OUTLET


@pytest.mark.parametrize("text", [
    "Mayor Wins.\nPHILADELPHIA ― The mayor won a second term on Tuesday.",
    "Mayor Wins.\nThe mayor won a second term.\nAnn Lee via Getty Images.",
    "Mayor Wins.\nThe mayor won a second term, her aide told The Huffington Post.",
    "Mayor Wins.\nThe mayor won a second term.\nThis article has been updated with comments from the mayor.",
])
def test_detected_by_signature(parser, text):
    assert parser.parse(text).outlet == plugin.OUTLET


def test_plain_copy_is_not_claimed(parser):
    text = "Council Approves Budget.\nWASHINGTON — The city council approved the budget on Monday, the mayor said."
    assert parser.parse(text).outlet is None


def test_registered_once(parser):
    outlet = parser.host.outlets[plugin.OUTLET]
    assert outlet.name == "HuffPost"
    assert set(outlet.domains) == {"huffpost.com", "huffingtonpost.com"}


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
