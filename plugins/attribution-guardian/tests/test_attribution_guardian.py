"""Tests for the Guardian plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables — examples,
boilerplate, detection, and the property that the plugin keeps what the core
finds — and what is peculiar to it.

Every example is written for these tests in the house style of its web
pages; none is copied from an article.
"""

import attribution_guardian as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "The trust’s chief executive told the Guardian that the ward would reopen in the spring.",
     [("The trust’s chief executive", "told", "the ward would reopen in the spring")]),
    (HOUSE, "“Nobody asked us,” said one tenant, who did not want to be named.",
     [("one tenant", "said", "“Nobody asked us,”")]),
    (HOUSE, "The minister told Guardian Australia the scheme would be reviewed before the election.",
     [("The minister", "told", "the scheme would be reviewed before the election")]),
    (HOUSE, "Guardian Australia revealed last month that the grants went to marginal seats.",
     [("Guardian Australia", "revealed", "the grants went to marginal seats")]),
    (HOUSE, "The Guardian understands the review will be published next week.",
     [("The Guardian", "understands", "the review will be published next week")]),
    (HOUSE, "Officials were warned about the cladding in 2019, the Guardian has learned.",
     [("the Guardian", "has learned", "Officials were warned about the cladding in 2019")]),
    (HOUSE, "A government spokesperson said: “We do not comment on leaked documents.”",
     [("A government spokesperson", "said", "“We do not comment on leaked documents.”")]),
    (HOUSE, "Revealed: Water firms spent £2bn on dividends\n\nThe figures cover five years.", []),
    (HOUSE, "Live: Chancellor to set out spending plans\n\nThe statement is due at 12.30.", []),
]

BOILERPLATE = [
    "Residents outside the tower block in west London on Friday. Photograph: Jo Ellis/The Guardian",
    "The housing secretary, who said the rules were clear, in Westminster. Photograph: Sam Pike/PA",
    "Illustration: Guardian Design",
    "Composite: Getty Images/Reuters",
    "Guardian staff and agencies",
    "Jane Smith is a Guardian columnist and the author of The Lean Years, which argued that austerity failed",
    "Sign up to Business Today",
    "Free daily newsletter",
    "Our morning briefing sets out the day’s main stories, telling you what happened and why it matters.",
    ("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
     "parties."),
    "after newsletter promotion",
    "• This article was amended on 12 March 2025. An earlier version said the ward had 30 beds; it has 24.",
    "An earlier version of this article said the fund was worth £3m.",
    ("• Do you have an opinion on the issues raised in this article? If you would like to submit a letter of up to "
     "300 words, email it to us to be considered for publication in our letters section."),
    "Do you have information about the closures? Contact us using the form below.",
    "If you have been affected by the closure, you can tell us your experience using the form below.",
    "In the UK and Ireland, Samaritans can be contacted on freephone 116 123.",
    "… as you’re joining us today from the UK, we have a small favour to ask.",
    "Updated at 14.05 BST",
    "Explore more on these topics",
]


class TestGuardian(OutletPluginTests):
    plugin = plugin
    name = "The Guardian"
    domains = ("theguardian.com", "guardian.co.uk")
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = ("https://www.theguardian.com/politics/2025/mar/12/ministers-warned-cladding",
            "theguardian.com/world/x", "http://www.guardian.co.uk/uk/2011/jan/05/story")
    signed = (
        "Ward to reopen\n\nThe ward will reopen.\n\nNurses on the ward in May. Photograph: Jo Ellis/The Guardian",
        "Ward to reopen\n\nGuardian staff and agencies\n\nThe ward will reopen in the spring.",
        "Ward to reopen\n\nThe ward will reopen.\n\nafter newsletter promotion\n\nThe trust has apologised.",
        "Ward to reopen\n\nThe ward will reopen.\n\nExplore more on these topics\nHealth\nReuse this content",
        "The ward’s closure was a mistake\n\nThe trust erred.\n\nJo Ellis is a Guardian columnist",
        "Ward to reopen\n\nJo Ellis in Leeds\n\nSat 7 Jun 2025 06.00 BST\n\nThe ward will reopen in the spring.",
        "Ward to reopen – live\n\nUpdated at 09.15 GMT\n\nThe ward will reopen in the spring.",
    )
    unsigned = (
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # other outlets cite the Guardian, its investigations and its self-reports
        "Lee Speaks.\nThe minister told the Guardian that the deal was bad.",
        "Lee Speaks.\nA Guardian investigation found that the grants went to marginal seats.",
        "Lee Speaks.\nThe Guardian understands that the minister will resign.",
        "Lee Speaks.\nJo Ellis, a Guardian columnist, said the deal was bad.",
        "Lee Speaks.\nSat 7 Jun 2025\nThe minister spoke at 06.00 BST on Saturday.",
        "Lee Speaks.\nThe photograph shows the minister at the rally.",
        # another outlet's dateline and another's caption credits
        "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
        "Lee Speaks.\nThe minister at Westminster. (Getty Images)",
    )

    def test_relays_through_its_editions(self):
        doc = self.parse("The minister told Guardian Australia that the scheme would be reviewed.", outlet="other-outlet")
        assert [v.span.text for v in doc.attributions[0].via] == ["Guardian Australia"]

    def test_self_reports_only_for_its_articles(self):
        for text in ("The Guardian understands the review will be published next week.",
                     "Officials were warned about the cladding in 2019, the Guardian has learned."):
            assert self.parse(text).attributions[0].source.kind == "outlet"
            assert not [a for a in self.parse(text, outlet="other-outlet").attributions
                        if a.rule == "guardian.self_report.v1"]

    def test_no_self_report_of_an_object(self):
        for text in ("The Guardian has seen a letter in which the minister says the plan was dropped.", "The Guardian can reveal the names of the three donors."):
            assert not [a for a in self.parse(text).attributions if a.rule == "guardian.self_report.v1"]

    def test_self_report_inside_a_quote_is_the_speaker_s(self):
        text = "“I doubt the Guardian understands the valley,” said Ann Lee."
        found = self.parse(text).attributions
        assert [(a.source.span.text, a.rule) for a in found] == [("Ann Lee", "core.inverted_cue.v2")]

    def test_boilerplate_only_for_its_articles(self):
        line = BOILERPLATE[1]  # a caption that restates the copy
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions
