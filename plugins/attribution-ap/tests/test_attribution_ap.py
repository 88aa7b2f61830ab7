"""Tests for The Associated Press plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables — examples,
boilerplate, detection, and the property that the plugin keeps what the core
finds — and what is peculiar to it.

Every example is written for these tests in the agency's house style; none
is copied from an article.
"""

import attribution_ap as plugin
import pytest

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "WASHINGTON (AP) — Senator Ann Lee says the budget deal will pass.",
     [("Senator Ann Lee", "says", "the budget deal will pass")]),
    (HOUSE, "WASHINGTON (AP) — “We will not back down,” the governor said Friday.",
     [("the governor", "said Friday", "“We will not back down,”")]),
    (HOUSE, "Deal Reached.\n\nDENVER, Colo. (AP) — The budget will pass, the mayor said Tuesday.",
     [("the mayor", "said Tuesday", "The budget will pass")]),
    (HOUSE, "The governor told The Associated Press on Monday that the vote was rigged.",
     [("The governor", "told", "the vote was rigged")]),
    (HOUSE, "The governor defended the plan, telling the AP that the state had done nothing wrong.",
     [("The governor", "telling", "the state had done nothing wrong")]),
    (HOUSE, ("According to early results of exit polls conducted for The Associated Press and television networks "
     "by Edison Research, most voters want a change."),
     [("early results of exit polls conducted for The Associated Press and television networks by Edison Research",
       "According to", "most voters want a change")]),
    (HOUSE, ("Early results of exit polls conducted by Edison Research for The Associated Press and television "
     "networks show two-thirds of voters back the plan."),
     [("Early results of exit polls conducted by Edison Research for The Associated Press and television networks",
       "show", "two-thirds of voters back the plan")]),
    (HOUSE, "The Latest: Mayor says she will run again.\n\nThe mayor spoke to reporters.",
     [("Mayor", "says", "she will run again")]),
    (HOUSE, "AP-GfK Poll: Voters See Mayor As Honest.\n\nThe poll was taken last week.", []),
    (HOUSE, "Where the race stands.\n\nLee: 1,204.\n\nPoe: 988.", []),
]

BOILERPLATE = [
    ("Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed."),
    "Associated Press writer Ann Lee in Denver contributed to this report.",
    "Poe reported from Denver. Associated Press writer Ann Lee contributed from Boise.",
    "Follow Ann Lee on Twitter at https://twitter.com/annlee",
    "On Twitter follow Ann Lee https://twitter.com/annlee and Tom Poe https://twitter.com/tompoe.",
    "Online:",
    "___.",
    "9:42 p.m.",
    "WASHINGTON (AP) — The Latest on the budget fight in Congress (all times EST):",
    "Which races are voters searching for online? Find out via AP’s Election Buzz tracker. https://example.com/buzz",
    "Senator Ann Lee speaks to supporters about the budget in Denver, Colo., Tuesday, May 3, 2016. (AP Photo/Tom Poe)",
    "UP NEXT",
    "Falcons: At Boise on Friday night.",
    "Rangers: Host the Otters on Sunday.",
]


class TestAP(OutletPluginTests):
    plugin = plugin
    name = "The Associated Press"
    domains = ("apnews.com", "ap.org")
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = ("https://apnews.com/article/budget-senate-1a2b3c", "https://www.ap.org/press-releases/x")
    signed = (
        "Budget Passes.\n\nWASHINGTON (AP) — The Senate passed the budget Tuesday.",
        "Budget Passes.\n\nRENO, Nev. (AP) — The assembly passed the budget Tuesday.",
        "The Latest: Budget Passes.\n\nThe Latest on the budget fight (all times EDT):\n\n3:15 p.m.\n\nThe Senate voted.",
        "Budget Passes.\n\nThe Senate passed the budget Tuesday.\n\n___.\n\nAssociated Press writer Ann Lee contributed.",
        ("10 Things to Know for Today.\n\nYour daily look at late-breaking news, upcoming events and the stories "
         "that will be talked about today:"),
    )
    unsigned = (
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # other outlets cite the agency, its counts and its polls
        "Lee Speaks.\nThe senator told The Associated Press that the deal was bad.",
        "Lee Leads.\nLee leads by 200 delegates, according to a count by The Associated Press.",
        "Lee Leads.\nAccording to an AP-GfK poll, Lee leads the field.",
        # another agency's dateline
        "WASHINGTON (Reuters) - The city council approved the budget on Monday, the mayor said.",
    )

    def test_relays_through_the_agency(self):
        for text, name in (("The governor told The Associated Press on Monday that the vote was rigged.",
                            "The Associated Press"),
                           ("The governor defended the plan, telling the AP that the state had done nothing wrong.",
                            "the AP")):
            doc = self.parse(text)
            assert [v.span.text for v in doc.attributions[0].via] == [name]

    @pytest.mark.parametrize("dateline", ["WASHINGTON (AP) — ", "RENO, Nev. (AP) — ", "CONCORD, N.H. (AP) — "])
    def test_the_dateline_is_no_source_nor_cue(self, dateline):
        text = f"Deal Reached.\n\n{dateline}The budget will pass, the senator said Tuesday."
        found = self.parse(text).attributions
        assert [(a.source.span.text, a.cue.text, a.content[0].text) for a in found] == [
            ("the senator", "said Tuesday", "The budget will pass")]

    def test_boilerplate_only_for_its_articles(self):
        line = BOILERPLATE[-1]  # a photo caption with the agency's credit, a report of what the senator spoke about
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions
