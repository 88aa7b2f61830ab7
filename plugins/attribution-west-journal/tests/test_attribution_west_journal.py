"""Tests for the Western Journalism plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables, and
what is peculiar to it.

Every example is written for these tests in the site's house style; none is
copied from an article.
"""

import attribution_west_journal as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "Senator Just Revealed Who She Would Back For Mayor – It Might Surprise You.\nThe town hall was packed.",
     [("Senator", "Just Revealed", "Who She Would Back For Mayor")]),
    (HOUSE, "Mayor Just Promised A Tax Cut- And Rivals Are Furious.\nThe vote is next week.",
     [("Mayor", "Just Promised", "A Tax Cut")]),
    (HOUSE, "Wow: Governor Just Said Something Unexpected About The Budget.\nThe budget is due in May.",
     [("Governor", "Just Said", "Something Unexpected About The Budget")]),
    (HOUSE, "BREAKING: Senator Just Announced Her Endorsement.\nThe primary is in June.",
     [("Senator", "Just Announced", "Her Endorsement")]),
    (HOUSE, "Western Journalism reported that the county had certified the results.",
     [("Western Journalism", "reported", "the county had certified the results")]),
    (HOUSE, "As reported by Western Journalism, the county had already certified the results.",
     [("Western Journalism", "reported", "the county had already certified the results")]),
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


class TestWesternJournalism(OutletPluginTests):
    plugin = plugin
    name = "Western Journalism"
    domains = ("westernjournal.com", "westernjournalism.com")
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = [
        "https://www.westernjournal.com/mayor-budget/",
        "https://westernjournalism.com/2016/05/mayor-budget/",
    ]
    signed = [
        "Mayor Just Revealed Her Plan For The Budget – It Might Surprise You.\nThe mayor spoke on Monday.",
        "Look: Governor Spotted At Rally Wearing Shirt Rivals Will HATE.\nThe rally was on Friday.",
        "The mayor spoke on Monday.\nDo you support the mayor? Like the page:\nThe council meets next.",
        "The council met.\nAs reported by Western Journalism, the vote was delayed.",
    ]
    unsigned = [
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
    ]

    def test_relays_through_the_site_name(self):
        doc = self.parse("The mayor told Western Journalism that the budget was short.")
        assert [v.span.text for v in doc.attributions[0].via] == ["Western Journalism"]
        doc = self.parse("Western Journal reported that the mayor had resigned.")
        assert doc.attributions[0].source.kind == "outlet"

    def test_boilerplate_only_for_its_articles(self):
        # the same line in another outlet's article is read as usual
        line = "h/t: The Daily Ledger, which first reported the vote."
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions
