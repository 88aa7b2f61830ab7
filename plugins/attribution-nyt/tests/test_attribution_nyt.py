"""Tests for The New York Times plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables, and
what is peculiar to it.

Every example is written for these tests in the paper's house style; none is
copied from an article.
"""

import attribution_nyt as plugin
import pytest

from attribution.testing.outlet import OutletPluginTests

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
     [("Ann Lee, a retired teacher", "said", "she would vote")]),
    (HOUSE, "''We are not going to raise taxes,'' Mr. Lee said.",
     [("Mr. Lee", "said", "''We are not going to raise taxes,''")]),
    (HOUSE, "''It is a disaster,'' said Ms. Roe, a Democratic pollster.",
     [("Ms. Roe, a Democratic pollster", "said", "''It is a disaster,''")]),
    (HOUSE, "The governor told The New York Times that the vote was rigged.",
     [("The governor", "told", "the vote was rigged")]),
    (HOUSE, "The senator said in an interview with The Times that he would run again.",
     [("The senator", "said", "he would run again")]),
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


class TestNewYorkTimes(OutletPluginTests):
    plugin = plugin
    name = "The New York Times"
    domains = ("nytimes.com", "nyti.ms")
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = ["https://www.nytimes.com/2016/05/01/us/politics/budget.html", "nytimes.com/x"]
    signed = [
        "Budget Deal Stalls.\n\nABSTRACT.\n\nThe governor’s plan stalled.\n\nFULL TEXT.\n\nThe governor said the plan had stalled.",
        "Budget Deal Stalls.\n\nCOLUMBUS, Ohio -- The governor said the plan had stalled.",
        "Budget Deal Stalls.\n\n''We will not back down,'' the governor said.",
        "Budget Deal Stalls.\n\nMr. Lee said the plan had stalled. Ms. Roe said it had not.",
        "Budget Deal Stalls.\n\nThe governor told The Times that the plan had stalled.",
        "Budget Deal Stalls.\n\nThe governor said the plan had stalled.\n\nEMAIL: budgetdesk@nytimes.com.",
    ]
    unsigned = [
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # wire copy carries the agency's dateline
        "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
        # other outlets cite the paper by its full name
        "Lee Speaks.\nThe senator told The New York Times that the deal was bad.",
        # a print headline with its deck: other papers' archive copy has it too
        "Budget Deal Stalls; \nGovernor’s plan meets resistance.\n\nThe governor said the plan had stalled.",
        # one courtesy title is not the house style
        "Budget Deal Stalls.\n\nMr. Lee said the plan had stalled.",
    ]

    def test_relays_through_the_paper_names(self):
        doc = self.parse("The governor told The New York Times that the vote was rigged.")
        assert [v.span.text for v in doc.attributions[0].via] == ["The New York Times"]
        doc = self.parse(EXAMPLES[3][1])
        assert [v.span.text for v in doc.attributions[0].via] == ["The New York Times"]
        doc = self.parse("DealBook reported that the bank would merge.")
        assert doc.attributions[0].source.kind == "outlet"

    # (not named ``line``: the base class parametrizes that name with the boilerplate)
    @pytest.mark.parametrize("report", [
        # sentences that mention credits or the paper are no credit lines
        "He said she contributed research to the study.",
        "She said he wrote for The New York Times.",
    ])
    def test_reports_about_credits_are_kept(self, report):
        text = f"The mayor said the budget was short.\n{report}"
        found = self.parse(text).attributions
        assert [a.source.span.text for a in found] == ["The mayor", report.split()[0]]

    def test_boilerplate_only_for_its_articles(self):
        # a contributor line that holds a report (the core itself silences a "Photograph:" caption
        # and a print edition's note)
        line = "Ann Lee contributed reporting from Columbus, where officials said the budget was short."
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions
