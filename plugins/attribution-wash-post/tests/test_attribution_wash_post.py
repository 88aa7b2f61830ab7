"""Tests for The Washington Post plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables of
examples, boilerplate and detection, with the property that the plugin keeps
what the core finds, and what is peculiar to it.

Every example is written for these tests in the paper's house style; none is
copied from an article.
"""

import attribution_wash_post as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "Lee to Run Again.\n\nDES MOINES - Sen. Ann Lee (R-Tex.) said Tuesday that she would run again.",
     [("Sen. Ann Lee (R-Tex.)", "said Tuesday", "she would run again")]),
    (HOUSE, "The governor told The Washington Post that the vote was rigged.",
     [("The governor", "told", "the vote was rigged")]),
    (HOUSE, "The Post reported last month that the fund had given nothing.",
     [("The Post", "reported", "the fund had given nothing")]),
    (HOUSE, "The Washington Post Fact Checker found that the claim was false.",
     [("The Washington Post Fact Checker", "found", "the claim was false")]),
    (HOUSE, "“The economy is strong. . . . We will keep it that way,” Lee said.",
     [("Lee", "said", "“The economy is strong. . . . We will keep it that way,”")]),
    (HOUSE, "Lee Makes Her Case.\n\n“We will not back down.”\n\n- Sen. Ann Lee.\n\nThe senator spoke in Des Moines.",
     [("Sen. Ann Lee", "-", "“We will not back down.”")]),
    (HOUSE, "Lee Makes Her Case.\n\n“Great speech. She is ready.”\n\n-Ann Lee, writing on Twitter after the debate.",
     [("Ann Lee", "-", "“Great speech. She is ready.”")]),
    (HOUSE, "The mayor said the budget was short.\n\n- Ann Lee.",
     [("The mayor", "said", "the budget was short")]),
]

BOILERPLATE = [
    "Lee reported from Des Moines.",
    "Lee reported from Des Moines, Iowa; Kim, from Washington.",
    "Ann Lee in Des Moines and Bo Kim contributed to this report.",
    "Twitter: @annlee.",
    "BYLINE: Ann Lee.",
    "- Reuters.",
    "- Ann Lee.",
    "(Jane Roe/The Washington Post)",
    "Read more: Lee says the budget is short.",
    "Read more from Ann Lee’s archive, or follow her on Facebook.",
    "Sign up for The Daily 202 newsletter, which says what matters in politics.",
]


class TestWashPost(OutletPluginTests):
    plugin = plugin
    name = "The Washington Post"
    domains = ("washingtonpost.com",)
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = ["https://www.washingtonpost.com/politics/mayor-budget/2016/05/01/", "washingtonpost.com/x"]
    signed = [
        "Lee to Run Again.\n\nDES MOINES - Sen. Ann Lee said Tuesday that she would run again.",
        "Lee to Run Again.\n\nNASHUA, N.H. - Sen. Ann Lee said Tuesday that she would run again.",
        "Lee Speaks.\n\n“The economy is strong. . . . We will keep it that way,” Lee said.",
        "Lee Speaks.\n\n“They said, ‘You are finished,’ \" Lee recalled.",
        "Lee Speaks.\n\nSen. Ann Lee (R-Tex.) - who has opposed the deal - said it was bad.",
        "Lee Speaks.\n\nThe senator told The Post that the deal was bad.",
        "Lee Speaks.\n\nIn a Post-ABC News poll, most voters backed the deal.",
        "Lee Speaks.\n\nThe senator said the deal was bad.\n\nTwitter: @annlee.",
        "BYLINE: Ann Lee.\n\nThe senator said the deal was bad.",
        "Lee Speaks.\n\n“We will not back down.”\n\n- Sen. Ann Lee.",
    ]
    unsigned = [
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # wire copy carries the agency's dateline and a true dash
        "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
        # other outlets cite the paper by its full name
        "Lee Speaks.\nThe senator told The Washington Post that the deal was bad.",
        "Lee Speaks.\nA Washington Post-ABC News poll found that most voters backed the deal.",
        # the same tags set with true dashes are another outlet's style
        "Lee Speaks.\nSen. Ann Lee (R-Tex.) — who has opposed the deal — said it was bad.",
        # a poll column's heading in capitals, deep in the article, is no dateline
        "Lee Speaks.\nThe senator spoke.\nThe crowd cheered.\nThe band played.\nVOTERS STILL UNDECIDED - Most have not chosen.",
    ]

    def test_relays_through_the_paper_names(self):
        doc = self.parse("The governor told The Washington Post that the vote was rigged.")
        assert [v.span.text for v in doc.attributions[0].via] == ["The Washington Post"]
        doc = self.parse("The Washington Post Fact Checker found that the claim was false.")
        assert doc.attributions[0].source.kind == "outlet"
        doc = self.parse("Wonkblog reported that the plan would cost $2 billion.")
        assert doc.attributions[0].source.kind == "outlet"

    def test_the_credit_line_reports_nothing_of_its_own_only_in_its_articles(self):
        text = "Lee Makes Her Case.\n\n“Great speech.”\n\n-Ann Lee, tweeting that the debate was won."
        assert [a.cue.text for a in self.parse(text).attributions] == ["-"]
        assert len(self.parse(text, outlet="other-outlet").attributions) == 2

    def test_words_after_a_credited_name_report_nothing(self):
        text = "Lee Makes Her Case.\n\n“Great speech.”\n\n-Ann Lee, tweeting after the debate."
        assert [a.cue.text for a in self.parse(text).attributions] == ["-"]

    def test_a_report_from_a_place_is_no_sign_off(self):
        found = self.parse("Officials reported from Kabul that the road had reopened.").attributions
        assert [(a.source.span.text, a.cue.text) for a in found] == [("Officials", "reported")]

    def test_boilerplate_only_for_its_articles(self):
        line = "Read more at The Fix, where Lee says the budget is short."  # a promo the core reads
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions
