"""Tests for The Times of India plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables — examples,
boilerplate, detection, and the property that the plugin keeps what the core
finds — and what is peculiar to it.

Every example is written for these tests in the paper's house style; none is
copied from an article.
"""

import attribution_times_of_india as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "\"We cannot let children be pushed to the brink,\" a senior education ministry official told TOI.",
     [("a senior education ministry official", "told", "\"We cannot let children be pushed to the brink,\"")]),
    (HOUSE, "Coaching centre owners told TOI that the rules would hurt small institutes.",
     [("Coaching centre owners", "told", "the rules would hurt small institutes")]),
    (HOUSE, "TOI has learnt that the state cabinet will take up the proposal on Friday.",
     [("TOI", "has learnt", "the state cabinet will take up the proposal on Friday")]),
    (HOUSE, "According to a TOI report, at least 14 hostels in the city have no fire clearance.",
     [("a TOI report", "According to", "at least 14 hostels in the city have no fire clearance")]),
    (HOUSE, "As TOI reported on Sunday, the civic body has not paid contractors since June.",
     [("TOI", "reported", "the civic body has not paid contractors since June")]),
    (HOUSE, "The Times of India reported that the tender was cancelled twice.",
     [("The Times of India", "reported", "the tender was cancelled twice")]),
    (HOUSE, "Speaking to TOI, the commissioner said the drive would continue through the monsoon.",
     [("the commissioner", "said", "the drive would continue through the monsoon")]),
    (HOUSE, "The BMC will clear the encroachments within a week, said additional municipal commissioner Asha Rane.",
     [("additional municipal commissioner Asha Rane", "said", "The BMC will clear the encroachments within a week")]),
    (HOUSE, "As per the police, the accused fled to Nashik after the incident.",
     [("the police", "As per", "the accused fled to Nashik after the incident")]),
    (HOUSE, "TOI Explains: Why Mumbai floods every July\n\nThe city got 300mm of rain on Monday.", []),
]

BOILERPLATE = [
    "By Ritu Saxena, TNN",
    "TNN | Updated: Dec 1, 2026, 22:10 IST",
    "TOI News Desk",
    "Updated: Dec 1, 2026, 22:10 IST",
    "(With inputs from PTI)",
    "Download The Times of India News App for Latest India News.",
    "Get the latest lifestyle updates on Times of India, along with Diwali wishes and messages.",
    "Start a conversation, not a fire. Post with kindness.",
    "This story is from December 1, 2026",
    "(Representative image)",
    "Representative image (Photo credit: X/@mumbaipolice)",
    "Photo: TOI",
    "Commuters wade through a waterlogged subway in Andheri on Monday. (TOI photo)",
]


class TestTimesOfIndia(OutletPluginTests):
    plugin = plugin
    name = "The Times of India"
    domains = ("timesofindia.indiatimes.com", "timesofindia.com", "toi.in")
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = (
        "https://timesofindia.indiatimes.com/city/mumbai/bmc-clears-encroachments/articleshow/115000000.cms",
        "https://m.timesofindia.com/india/x",
        "toi.in/abc123",
    )
    signed = (
        "Kota hostels get new rules\n\nBy Ritu Saxena, TNN\n\nKOTA: The rules come into force next month.",
        "Kota hostels get new rules\n\nTNN | Updated: Dec 1, 2026, 22:10 IST\n\nThe rules come into force next month.",
        "Kota hostels get new rules\n\nTOI Sports Desk\n\nThe rules come into force next month.",
        "Kota hostels get new rules\n\nThe rules come into force next month.\n\nThis story is from December 1, 2026",
        "Kota hostels get new rules\n\nTOI has learnt that the rules come into force next month.",
        ("Kota hostels get new rules\n\nThe rules come into force next month.\n\n"
         "Download The Times of India News App for Latest India News."),
    )
    unsigned = (
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # other outlets cite the paper in the past tense
        "Budget Talks.\nThe minister told TOI that the deal was bad.",
        "Budget Talks.\nAccording to a Times of India report, the deal was bad.",
        # other Times group titles and other outlets' desks
        "Budget Talks.\nET Bureau\nThe council approved the budget on Monday.",
        "Budget Talks.\nHT News Desk\nThe council approved the budget on Monday.",
    )

    def test_relays_through_the_paper(self):
        doc = self.parse("Coaching centre owners told TOI that the rules would hurt small institutes.")
        assert [v.span.text for v in doc.attributions[0].via] == ["TOI"]
        for text in ("TOI has learnt that the state cabinet will take up the proposal on Friday.",
                     "As TOI reported on Sunday, the civic body has not paid contractors since June."):
            assert self.parse(text).attributions[0].source.kind == "outlet"

    def test_bylines_and_agency_credits_are_credits(self):
        doc = self.parse("By Ritu Saxena, TNN\n\nThe mayor said the budget was short.\n\n(With inputs from agencies)")
        assert [c.text for c in doc.credits] == ["By Ritu Saxena, TNN", "(With inputs from agencies)"]

    def test_boilerplate_only_for_its_articles(self):
        line = "Get the latest news updates, says the desk, only on Times of India."
        assert self.parse("Budget Talks\n\n" + line, outlet="other-outlet").attributions
        assert not self.parse("Budget Talks\n\n" + line).attributions

    def test_section_labels_only_for_its_articles(self):
        headline = "TOI Explains: Why Mumbai floods every July\n\nThe city got 300mm of rain on Monday."
        assert self.parse(headline, outlet="other-outlet").attributions
        assert not self.parse(headline).attributions
