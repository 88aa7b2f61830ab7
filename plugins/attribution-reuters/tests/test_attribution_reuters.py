"""Tests for the Reuters plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables — examples,
boilerplate, detection, and the property that the plugin keeps what the core
finds — and what is peculiar to it.

Every example is written for these tests in the agency's house style; none
is copied from an article.
"""

import attribution_reuters as plugin
import pytest

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "WASHINGTON (Reuters) - Senator Ann Lee said on Tuesday that the budget deal would pass.",
     [("Senator Ann Lee", "said", "the budget deal would pass")]),
    (HOUSE, "WASHINGTON (Reuters) - “We will not back down,” the governor said on Friday.",
     [("the governor", "said", "“We will not back down,”")]),
    (HOUSE, "May 3 (Reuters) - The council approved the budget on Monday, according to a statement from the mayor’s office.",
     [("a statement from the mayor’s office", "according to", "The council approved the budget on Monday")]),
    (HOUSE, "PARIS, May 3 (Reuters) - The budget will pass, the finance minister said on Tuesday.",
     [("the finance minister", "said", "The budget will pass")]),
    (HOUSE, "The governor told Reuters on Friday that the vote was rigged.",
     [("The governor", "told", "the vote was rigged")]),
    (HOUSE, "Hours later, the governor answered the charge, telling Reuters, “We have done nothing wrong.”",
     [("the governor", "telling", "“We have done nothing wrong.”")]),
    (HOUSE, "Reuters reported on Friday that the talks had stalled.",
     [("Reuters", "reported", "the talks had stalled")]),
]

BOILERPLATE = [
    "(Reporting by Ann Lee in Washington; Editing by Tom Bell)",
    "(Additional reporting by Jim Bell in London; Writing by Ann Lee; Editing by Tom Bell and Sara Cole.)",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "(Adds comment from the governor’s office, paragraphs 5-7)",
    "(This story has been refiled to correct the spelling of the senator’s name in paragraph 3)",
    "© 2016 Thomson Reuters. All rights reserved.",
    "Jim Bell / Reuters.",
    "Senator Ann Lee speaks to reporters about the budget in Washington, U.S., May 1, 2016. REUTERS/Jim Bell/File Photo",
]


class TestReuters(OutletPluginTests):
    plugin = plugin
    name = "Reuters"
    domains = ("reuters.com",)
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = ("https://www.reuters.com/article/us-usa-budget-idUSKCN0XX", "reuters.com/world/x")
    signed = (
        "Budget Passes.\n\nWASHINGTON (Reuters) - The Senate passed the budget on Tuesday.",
        "Budget Passes.\n\nPARIS, May 3 (Reuters) - The assembly passed the budget on Tuesday.",
        "Budget Passes.\n\nThe Senate passed the budget on Tuesday.\n\n(Reporting by Ann Lee; Editing by Tom Bell)",
        ("Budget Passes.\n\nThe Senate passed the budget on Tuesday. (Reporting by Ann Lee in Washington; "
         "Writing by Jim Bell; Editing by Tom Bell.)"),
        "Budget Passes.\n\nThe Senate passed the budget on Tuesday.\n\nOur Standards: The Thomson Reuters Trust Principles.",
    )
    unsigned = (
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # other outlets cite the agency, its polls and its photographers
        "Lee Speaks.\nThe senator told Reuters that the deal was bad.",
        "Lee Leads.\nAccording to a Reuters/Ipsos poll, Lee leads the field.",
        "Lee Speaks.\nThe senator spoke on Monday.\nJim Bell / Reuters.",
        # another agency's dateline
        "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
    )

    def test_relays_through_the_agency(self):
        for text in ("The governor told Reuters on Friday that the vote was rigged.",
                     "Hours later, the governor answered the charge, telling Reuters, “We have done nothing wrong.”"):
            doc = self.parse(text)
            assert [v.span.text for v in doc.attributions[0].via] == ["Reuters"]
        doc = self.parse("Reuters reported on Friday that the talks had stalled.")
        assert doc.attributions[0].source.kind == "outlet"

    @pytest.mark.parametrize("dateline", ["WASHINGTON (Reuters) - ", "ORLANDO, Fla. (Reuters) – ", "Dec 29 (Reuters) - "])
    def test_the_dateline_is_no_source_nor_cue(self, dateline):
        text = f"Deal Reached.\n\n{dateline}The budget will pass, the senator said on Tuesday."
        found = self.parse(text).attributions
        assert [(a.source.span.text, a.cue.text, a.content[0].text) for a in found] == [
            ("the senator", "said", "The budget will pass")]

    def test_boilerplate_only_for_its_articles(self):
        line = BOILERPLATE[-1]  # a photo caption with the photographer's credit
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions
