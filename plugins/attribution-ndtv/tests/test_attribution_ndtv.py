"""Tests for the NDTV plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables — examples,
boilerplate, detection, and the property that the plugin keeps what the core
finds — and what is peculiar to it.

Every example is written for these tests in the channel's house style; none
is copied from an article.
"""

import attribution_ndtv as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "\"The government has no answers,\" Congress MP Rohan Deka told NDTV.",
     [("Congress MP Rohan Deka", "told", "\"The government has no answers,\"")]),
    (HOUSE, "Sources told NDTV that the Speaker may call an all-party meeting on Tuesday.",
     [("Sources", "told", "the Speaker may call an all-party meeting on Tuesday")]),
    (HOUSE, "NDTV has learnt that the Speaker may call an all-party meeting on Tuesday.",
     [("NDTV", "has learnt", "the Speaker may call an all-party meeting on Tuesday")]),
    (HOUSE, "In an exclusive interview to NDTV, the chief minister said the alliance was intact.",
     [("the chief minister", "said", "the alliance was intact")]),
    (HOUSE, "The minister, however, said that the fare hike was \"unavoidable\".",
     [("The minister", "said", "the fare hike was \"unavoidable\"")]),
    (HOUSE, "The Bengaluru Police said two men had been arrested, according to news agency PTI.",
     [("news agency PTI", "according to", "The Bengaluru Police said two men had been arrested")]),
    (HOUSE, "NDTV Explains: What the new telecom law means for you\n\nThe law was passed on Friday.", []),
]

BOILERPLATE = [
    "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
    "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)",
    "Track Latest News Live on NDTV.com and get news updates from India and around the world",
    "Listen to the latest songs, only on JioSaavn.com",
    "Featured Video Of The Day",
    "Show full article",
    "(With inputs from ANI)",
    "Edited by: Kavita Menon",
    "NDTV News Desk",
    "Updated: December 01, 2026 10:42 pm IST",
    "Photo Credit: PTI",
    "Protesters gather outside the district court in Patna on Monday. (Photo Credit: X/@patnapolice)",
    "Summary is AI-generated, newsroom-reviewed.",
    ("Disclaimer: These are the personal opinions of the author. NDTV is not responsible for the accuracy, "
     "completeness, suitability, or validity of any information in this article."),
    "(Disclaimer: New Delhi Television is a subsidiary of AMG Media Networks Limited, an Adani Group Company.)",
    "(Anil Verma is a former ambassador who served in Dhaka and Kabul.)",
]


class TestNdtv(OutletPluginTests):
    plugin = plugin
    name = "NDTV"
    domains = ("ndtv.com", "ndtvprofit.com")
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = (
        "https://www.ndtv.com/india-news/opposition-walks-out-of-lok-sabha-over-price-rise-7000000",
        "https://sports.ndtv.com/cricket/x",
        "ndtvprofit.com/markets/y",
    )
    signed = (
        ("Opposition Walks Out\n\nThe MPs walked out on Monday.\n\n(Except for the headline, this story has not "
         "been edited by NDTV staff and is published from a syndicated feed.)"),
        "Opposition Walks Out\n\nThe MPs walked out on Monday.\n\nTrack Latest News Live on NDTV.com and get news updates",
        "Opposition Walks Out\n\nThe MPs walked out on Monday.\n\nFeatured Video Of The Day",
        "Opposition Walks Out\n\nNDTV World Desk\n\nThe MPs walked out on Monday.",
        "Opposition Walks Out\n\nNDTV has learnt that the Speaker may call a meeting.",
        "Opposition Walks Out\n\nSummary is AI-generated, newsroom-reviewed.\n\nThe MPs walked out on Monday.",
    )
    unsigned = (
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # other outlets cite the channel in the past tense
        "Budget Talks.\nThe minister told NDTV that the deal was bad.",
        "Budget Talks.\nIn an interview with NDTV, the minister said the deal was bad.",
        # another outlet's syndication note
        "Budget Talks.\nThe council met.\n(This story has not been edited by Firstpost staff and is auto-generated.)",
    )

    def test_relays_through_the_channel(self):
        doc = self.parse("Sources told NDTV that the Speaker may call an all-party meeting on Tuesday.")
        assert [v.span.text for v in doc.attributions[0].via] == ["NDTV"]
        doc = self.parse("NDTV has learnt that the Speaker may call an all-party meeting on Tuesday.")
        assert doc.attributions[0].source.kind == "outlet"

    def test_bylines_and_agency_credits_are_credits(self):
        doc = self.parse("Edited by: Kavita Menon\n\nThe mayor said the budget was short.\n\n(With inputs from ANI)")
        assert [c.text for c in doc.credits] == ["Edited by: Kavita Menon", "(With inputs from ANI)"]

    def test_a_bracketed_paragraph_that_quotes_is_no_bio(self):
        assert self.parse("(Anil Verma is a former ambassador who said the talks had failed.)").attributions

    def test_boilerplate_only_for_its_articles(self):
        # a video's caption, its credit set after it with no brackets (the core itself silences a
        # caption that ends in a bracketed "(Photo: ...)" credit)
        line = "Students protest in Patna, saying the exam was rigged. Video Credit: ANI"
        assert self.parse("Budget Talks\n\n" + line, outlet="other-outlet").attributions
        assert not self.parse("Budget Talks\n\n" + line).attributions

    def test_section_labels_only_for_its_articles(self):
        headline = "NDTV Explains: What the new telecom law means for you\n\nThe law was passed on Friday."
        assert self.parse(headline, outlet="other-outlet").attributions
        assert not self.parse(headline).attributions
