"""Tests for the Politico plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables of
examples, boilerplate and detection, with the property that the plugin keeps
what the core finds, and what is peculiar to it.

Every example is written for these tests in the site's house style; none is
copied from an article.
"""

import attribution_politico as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "Sen. Ann Lee (D-Mo.) told POLITICO that the budget deal was “a disaster.”",
     [("Sen. Ann Lee (D-Mo.)", "told", "the budget deal was “a disaster.”")]),
    (HOUSE, "“We will not back down,” Lee told POLITICO Florida.",
     [("Lee", "told", "“We will not back down,”")]),
    (HOUSE, "POLITICO New York reported last month that the transit board had doubled its budget.",
     [("POLITICO New York", "reported", "the transit board had doubled its budget")]),
    (HOUSE, "Poll: Lee leads Ross in Ohio.\n\nThe race is tight.",
     [("Poll", ":", "Lee leads Ross in Ohio")]),
    (HOUSE, "Report: Ross to skip the convention.\n\nThe convention opens in July.",
     [("Report", ":", "Ross to skip the convention")]),
    (HOUSE, "Daily Ledger editorial: ‘Vote for Lee.’\n\nThe paper rarely endorses.",
     [("Daily Ledger editorial", ":", "‘Vote for Lee.’")]),
    (HOUSE, "Lee: The Budget Deal Is ‘A Disaster.’\n\nThe senator spoke on Friday.",
     [("Lee", ":", "The Budget Deal Is ‘A Disaster.’")]),
    (HOUSE, "Playbook: The week ahead in the Senate.\n\nThe chamber returns on Monday.", []),
]

BOILERPLATE = [
    "Follow @politico.",
    "Ann Lee contributed to this story.",
    "Ann Lee and Bo Ross contributed.",
    "--additional reporting by Ann Lee.",
    "Podcast produced by Ann Lee.",
    "(Subscribe to the Daily Ledger podcast on iTunes, or download it here.)",
    "Feedback? What should we talk about next? Email us at show@politico.com.",
    "Questions? Tips? Email me at alee@politico.com, and tell me what you think of the newsletter.",
    "View full results: http://politi.co/1abcDEF.",
    "Want to receive this in your inbox? Sign up by entering your email below:",
]


class TestPolitico(OutletPluginTests):
    plugin = plugin
    name = "Politico"
    domains = ("politico.com", "politi.co")
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = ["https://www.politico.com/story/2016/05/mayor-budget-123", "politico.com/news/x",
            "http://politi.co/1abcDEF"]
    signed = [
        "Lee Wins Primary.\nThe senator told POLITICO that she had won by nine points.",
        "Lee Speaks.\nSen. Ann Lee said the deal was bad, according to a POLITICO review of the records.",
        "Lee Speaks.\nThe senator said the deal was bad.\nBo Ross contributed to this story.",
        "Lee Speaks.\nThe senator said the deal was bad.\nFollow @politico.",
        "Poll Results.\nLee leads in Ohio.\nView full results: http://politi.co/1abcDEF.",
    ]
    unsigned = [
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # other outlets cite the site in ordinary case
        "Lee Speaks.\nThe senator told Politico that the deal was bad.",
        # an all-capitals line is a heading, not the house spelling
        "LEE SPEAKS TO POLITICO REPORTERS\nThe senator said the deal was bad.",
        # datelines and party tags are those of much American copy
        "DES MOINES, Iowa — Sen. Ann Lee (D-Mo.) said the deal was bad.",
        # "contributed reporting" is another house's sign-off
        "Lee Speaks.\nThe senator said the deal was bad.\nBo Ross contributed reporting.",
    ]

    def test_relays_through_the_site_names(self):
        doc = self.parse("“We will not back down,” Lee told POLITICO Florida.")
        assert [v.span.text for v in doc.attributions[0].via] == ["POLITICO Florida"]
        doc = self.parse("POLITICO New York reported last month that the transit board had doubled its budget.")
        assert doc.attributions[0].source.kind == "outlet"

    def test_headline_sources_only_for_its_articles(self):
        # ("AP: ..." and "Ledger editorial: ..." the core reads for every outlet too: an outlet in
        # capitals, or a name and a document's noun, before the colon)
        text = "Ledger editorial: Lee should quit the race.\n\nThe race is tight."
        rules = lambda doc: {a.rule for a in doc.attributions}  # noqa: E731
        assert "politico.headline_source.v1" not in rules(self.parse(text, outlet="other-outlet"))
        assert self.parse(text).attributions

    def test_boilerplate_only_for_its_articles(self):
        line = "Questions? Tips? Email me at alee@politico.com, and tell me what you think of the newsletter."
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions
