"""Tests for the Breitbart News plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables, and
what is peculiar to it.

Every example is written for these tests in the site's house style; none is
copied from an article.
"""

import attribution_breitbart as plugin

from attribution.testing.outlet import OutletPluginTests

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


class TestBreitbart(OutletPluginTests):
    plugin = plugin
    name = "Breitbart News"
    domains = ("breitbart.com",)
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = ["https://www.breitbart.com/politics/2016/05/01/mayor-budget/", "breitbart.com/tech/x"]
    signed = [
        "Lee Wins Primary.\nThe senator won by nine points.\nFollow Ann Lee on Twitter @annlee.",
        "Lee: Deal Is Bad.\nTuesday on KXYZ’s “Morning Show,” Sen. Ann Lee said the deal was bad.",
        "Lee Speaks.\nSen. Ann Lee (R-TX) said the deal was bad.",
        "Lee Speaks.\n“The deal is bad,” Lee tells Breitbart News.",
        "Lee Speaks.\nThe senator said the deal was bad.\n(h/t The Daily Ledger.)",
    ]
    unsigned = [
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # wire copy carries the agency's dateline, not Breitbart's
        "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
        # other outlets cite the site's interviews in the past tense
        "Lee Speaks.\nThe senator told Breitbart News that the deal was bad.",
    ]

    def test_relays_through_the_site_names(self):
        doc = self.parse("The governor told Breitbart London that the vote was rigged.")
        assert [v.span.text for v in doc.attributions[0].via] == ["Breitbart London"]
        doc = self.parse("Breitbart Texas reported that the border crossings had doubled.")
        assert doc.attributions[0].source.kind == "outlet"

    def test_boilerplate_only_for_its_articles(self):
        line = BOILERPLATE[-1]  # a contributor's bio
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions
