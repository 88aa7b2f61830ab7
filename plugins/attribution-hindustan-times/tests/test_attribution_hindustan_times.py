"""Tests for the Hindustan Times plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables — examples,
boilerplate, detection, and the property that the plugin keeps what the core
finds — and what is peculiar to it.

Every example is written for these tests in the paper's house style; none is
copied from an article.
"""

import attribution_hindustan_times as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "\"The next three days are crucial,\" an official of the air quality panel told HT.",
     [("an official of the air quality panel", "told", "\"The next three days are crucial,\"")]),
    (HOUSE, "A senior police officer told HT that the two men had been detained for questioning.",
     [("A senior police officer", "told", "the two men had been detained for questioning")]),
    (HOUSE, "HT has learnt that the Centre is weighing a ban on construction in the capital region.",
     [("HT", "has learnt", "the Centre is weighing a ban on construction in the capital region")]),
    (HOUSE, "As HT reported on Sunday, schools may shift to online classes next week.",
     [("HT", "reported", "schools may shift to online classes next week")]),
    (HOUSE, "The Hindustan Times reported that the file was returned to the home ministry.",
     [("The Hindustan Times", "reported", "the file was returned to the home ministry")]),
    (HOUSE, "The water crisis will end soon, Delhi water minister Meera Kapoor said on Tuesday.",
     [("Delhi water minister Meera Kapoor", "said", "The water crisis will end soon")]),
    (HOUSE, "Speaking to HT, the minister said the scheme would reach every district.",
     [("the minister", "said", "the scheme would reach every district")]),
    (HOUSE, "HT Explainer: Why Delhi's air turns toxic every winter\n\nFarm fires are only one cause.", []),
]

BOILERPLATE = [
    "By HT Correspondent, New Delhi",
    "HT News Desk",
    "(With inputs from agencies)",
    "Updated on Dec 01, 2026 10:42 PM IST",
    ("(This story has been published from a wire agency feed without modifications to the text. "
     "Only the headline has been changed.)"),
    ("(Except for the headline, this story has not been edited by HT staff and is published from a "
     "syndicated feed.)"),
    "Get Latest India News along with Latest News and Top Headlines from India and around the world.",
    "Catch every big hit, every wicket with Crick-it, the one-stop destination for live scores and match stats.",
    "About the Author",
    "Priya Sharma is a special correspondent with Hindustan Times who covers health and the environment.",
    "Commuters wade through a waterlogged underpass in Gurugram on Monday. (Parveen Kumar/HT Photo)",
    "(Representative image)",
]


class TestHindustanTimes(OutletPluginTests):
    plugin = plugin
    name = "Hindustan Times"
    domains = ("hindustantimes.com",)
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = (
        "https://www.hindustantimes.com/cities/delhi-news/delhi-air-quality-slips-101733000000000.html",
        "hindustantimes.com/india-news/x",
    )
    signed = (
        "Delhi air turns severe\n\nBy HT Correspondent\n\nNEW DELHI: The air turned severe on Monday.",
        "Delhi air turns severe\n\nHT Trending Desk\n\nThe air turned severe on Monday.",
        "HT This Day: Delhi gets its first metro line\n\nThe line opened on Tuesday, the railway minister said.",
        "Delhi air turns severe\n\nHT has learnt that schools may shut next week.",
        ("Delhi air turns severe\n\nThe air turned severe on Monday.\n\n(Except for the headline, this story has "
         "not been edited by HT staff and is published from a syndicated feed.)"),
        ("Delhi air turns severe\n\nThe air turned severe on Monday.\n\nGet Latest India News and Top Headlines "
         "from India and around the world at Hindustan Times."),
    )
    unsigned = (
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # other outlets cite the paper in the past tense
        "Budget Talks.\nThe minister told the Hindustan Times that the deal was bad.",
        "Budget Talks.\nAs HT reported on Sunday, the deal was bad.",
        # other outlets' desks
        "Budget Talks.\nTOI News Desk\nThe council approved the budget on Monday.",
    )

    def test_relays_through_the_paper(self):
        doc = self.parse("A senior police officer told HT that the two men had been detained for questioning.")
        assert [v.span.text for v in doc.attributions[0].via] == ["HT"]
        for text in ("HT has learnt that the Centre is weighing a ban on construction in the capital region.",
                     "As HT reported on Sunday, schools may shift to online classes next week."):
            assert self.parse(text).attributions[0].source.kind == "outlet"

    def test_bylines_and_agency_credits_are_credits(self):
        doc = self.parse("HT News Desk\n\nThe mayor said the budget was short.\n\n(with inputs from agencies)")
        assert [c.text for c in doc.credits] == ["HT News Desk", "(with inputs from agencies)"]

    def test_a_paragraph_about_a_reporter_that_quotes_is_no_bio(self):
        text = "Priya Sharma is a former reporter who said the paper had been fair to her."
        assert self.parse(text).attributions

    def test_boilerplate_only_for_its_articles(self):
        line = "Farmers protest in Karnal on Monday, saying crop prices are too low. (HT Photo)"  # a caption
        assert self.parse("Budget Talks\n\n" + line, outlet="other-outlet").attributions
        assert not self.parse("Budget Talks\n\n" + line).attributions

    def test_section_labels_only_for_its_articles(self):
        headline = "HT Explainer: Why Delhi's air turns toxic every winter\n\nFarm fires are only one cause."
        assert self.parse(headline, outlet="other-outlet").attributions
        assert not self.parse(headline).attributions
