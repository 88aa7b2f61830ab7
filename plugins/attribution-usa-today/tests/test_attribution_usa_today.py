"""Tests for the USA Today plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables of
examples, boilerplate and detection, with the property that the plugin keeps
what the core finds, and what is peculiar to it.

Every example is written for these tests in the paper's house style; none is
copied from an article.
"""

import attribution_usa_today as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

GUIDE = (
    "Candidates Eye Iowa.\n"
    "Here is what each candidate needs to do on Monday.\n"
    "Lee: Hold the lead.\n"
    "Sen. Ann Lee has led the polls for months, and she said she expects to win.\n"
    "Roe: Finish strong.\n"
    "Gov. Tom Roe said he was \"feeling good\" about his chances."
)
BRIEF = (
    "IN BRIEF.\n"
    "Council delays vote.\n"
    "The council put off its vote on the budget Monday.\n"
    "The mayor said she will \"try again\" and insisted that the plan was \"not dead.\"--Ann Lee."
)
# A print headline with its deck after a semicolon
DECK = "Council Approves Budget; \nMayor calls plan a \"fresh start.\"\n\n"
TRANSCRIPT = "Debate Night.\nLEE: We will win.\nROE: No, you won't.\nLEE: We will."

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "The governor told USA TODAY that the budget was short.",
     [("The governor", "told", "the budget was short")]),
    (HOUSE, "\"We will not back down,\" Lee told USA TODAY.",
     [("Lee", "told", "\"We will not back down,\"")]),
    (HOUSE, "Lee said in an interview with USA TODAY that the vote was rigged.",
     [("Lee", "said", "the vote was rigged")]),
    (HOUSE, "USA TODAY reported last month that the group had paid for the trips.",
     [("USA TODAY", "reported", "the group had paid for the trips")]),
    (HOUSE, "The governor told The Cincinnati Enquirer that the plant would close.",
     [("The governor", "told", "the plant would close")]),
    (HOUSE, "Most voters back the plan, a new USA TODAY/Lakeside University Poll finds.",
     [("a new USA TODAY/Lakeside University Poll", "finds", "Most voters back the plan")]),
    (HOUSE, "A new poll from USA TODAY/Lakeside University found 40% of voters back the plan.",
     [("A new poll from USA TODAY/Lakeside University", "found", "40% of voters back the plan")]),
    (HOUSE, "The latest USA TODAY/Lakeside University Poll shows young voters are split.",
     [("The latest USA TODAY/Lakeside University Poll", "shows", "young voters are split")]),
    (HOUSE, "The donations came from people with modest incomes, a USA TODAY analysis shows.",
     [("a USA TODAY analysis", "shows", "The donations came from people with modest incomes")]),
    (HOUSE, "Sen. Ann Lee, R-Texas, said the deal was bad.",
     [("Sen. Ann Lee, R-Texas", "said", "the deal was bad")]),
    (HOUSE, GUIDE,
     [("she", "said", "she expects to win"), ("Gov. Tom Roe", "said", "he was \"feeling good\" about his chances")]),
    (HOUSE, BRIEF, [("The mayor", "said", "she will \"try again\"")]),
    (HOUSE, TRANSCRIPT, [("LEE", ":", "We will win"), ("ROE", ":", "No, you won't"), ("LEE", ":", "We will")]),
]

BOILERPLATE = [
    "Contributing: Ann Lee and Tom Roe, The Daily Ledger.",
    "Lee reported from Des Moines.",
    "Lee and Roe reported from Des Moines, Iowa.",
    "Ann Lee, a law professor at Lakeside University, is a member of USA TODAY's Board of Contributors.",
    "Ann Lee is a Washington-based reporter for the USA TODAY NETWORK. She said she has covered the senator for years.",
    "Follow @USATOpinion or #tellusatoday on Twitter for more of this discussion.",
    "Follow Ann Lee on Twitter: @annlee.",
    "Source USA TODAY/Lakeside University Poll of 1,000 likely voters.",
    "Poll of 1,000 likely voters taken Monday through Thursday. Margin of error +/- 3 percentage points, the pollsters said.",
]


class TestUsaToday(OutletPluginTests):
    plugin = plugin
    name = "USA TODAY"
    domains = plugin.DOMAINS
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = [
        "https://www.usatoday.com/story/news/politics/2016/05/01/mayor-budget/1234/",
        "usatoday.com/story/x",
        "https://www.cincinnati.com/story/news/2016/05/01/mayor-budget/",
    ]
    signed = [
        "Budget Fight Looms.\nThe governor told USA TODAY that the budget was short.",
        "Budget Fight Looms.\nThe mayor said the budget was short.\nContributing: Ann Lee.",
        "Letters On The Budget.\nLETTERS.\nThe mayor is wrong about the budget.\nAnn Lee.\nSpringfield, Ill.",
        "Budget Fight Looms.\nThe former secretary of State said the treaty was sound.",
        "Budget Fight Looms.\nFactories across the USA are hiring again, the report said.",
        "Budget Fight Looms.\nShare your view: follow @USATOpinion on Twitter.",
        DECK + "The council approved the budget -- its first in two years -- on Monday.",
        DECK + "The plan won 62% of the vote on Monday.",
    ]
    unsigned = [
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # wire copy carries the agency's dateline
        "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
        # other outlets cite the paper in ordinary case
        "Lee Speaks.\nThe senator told USA Today that the deal was bad.",
        # party-and-state tags and the title before a name are everyone's style
        "Lee Speaks.\nSen. Ann Lee, R-Texas, said the deal was bad.",
        "Lee Speaks.\nSecretary of State Ann Lee said the treaty was sound.",
        "Lee Speaks.\nThe senator backed the USA Patriot Act, she said.",
        # a headline with its deck, but dashes set as dashes
        DECK + "The council approved the budget — its first in two years — on Monday.",
        # two hyphens and a percent sign without the print headline
        "Lee Speaks.\nThe plan won 62% of the vote -- a record -- on Monday.",
    ]

    def test_relays_through_the_paper_and_its_network(self):
        doc = self.parse("The governor told USA TODAY that the budget was short.")
        assert [v.span.text for v in doc.attributions[0].via] == ["USA TODAY"]
        doc = self.parse("The governor told The Cincinnati Enquirer that the plant would close.")
        assert [v.span.text for v in doc.attributions[0].via] == ["The Cincinnati Enquirer"]
        doc = self.parse("USA TODAY reported last month that the group had paid for the trips.")
        assert doc.attributions[0].source.kind == "outlet"

    def test_own_polls_are_documents(self):
        doc = self.parse("Most voters back the plan, a new USA TODAY/Lakeside University Poll finds.")
        assert doc.attributions[0].source.kind == "document"

    def test_house_readings_only_for_its_articles(self):
        # other outlets' guides and briefs are left to the core (which sets a guide's
        # heads apart too, when the item names its candidate again: default_rules.headlines._subhead)
        assert not any(a.cue.text == ":" for a in self.parse(GUIDE, outlet="other-outlet").attributions)
        assert any(a.cue.text == "--" for a in self.parse(BRIEF, outlet="other-outlet").attributions)
        # its own polls are read by its rule only in its articles (the core may read them its own way)
        line = "Most voters back the plan, a USA TODAY analysis shows."
        assert "usa-today.own_poll.v1" in [a.rule for a in self.parse(line).attributions]
        assert "usa-today.own_poll.v1" not in [a.rule for a in self.parse(line, outlet="other-outlet").attributions]

    def test_boilerplate_only_for_its_articles(self):
        line = BOILERPLATE[4]  # a staff bio
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions

    def test_contributing_is_a_credit(self):
        doc = self.parse("The mayor said the budget was short.\nContributing: Ann Lee.")
        assert [c.text for c in doc.credits] == ["Contributing: Ann Lee."]
