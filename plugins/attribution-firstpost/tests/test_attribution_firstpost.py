"""Tests for the Firstpost plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables — examples,
boilerplate, detection, and the property that the plugin keeps what the core
finds — and what is peculiar to it.

Every example is written for these tests in the site's house style; none is
copied from an article.
"""

import attribution_firstpost as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "As per the ministry, over 200 firms have applied for drone licences.",
     [("the ministry", "As per", "over 200 firms have applied for drone licences")]),
    (HOUSE, "As per reports, the cabinet will take up the bill on Wednesday.",
     [("reports", "As per", "the cabinet will take up the bill on Wednesday")]),
    (HOUSE, "The curbs target parts made abroad, according to officials.",
     [("officials", "according to", "The curbs target parts made abroad")]),
    (HOUSE, "The defence secretary told Firstpost that the review would be completed by March.",
     [("The defence secretary", "told", "the review would be completed by March")]),
    (HOUSE, "“We will not compromise on security,” the minister told Firstpost.",
     [("the minister", "told", "“We will not compromise on security,”")]),
    (HOUSE, "Firstpost reported that the deal was signed on Tuesday.",
     [("Firstpost", "reported", "the deal was signed on Tuesday")]),
    (HOUSE, "India Eases Drone Rules\n\nAs Firstpost had reported earlier, the plan was shelved in 2019.",
     [("Firstpost", "had reported", "the plan was shelved in 2019")]),
    (HOUSE, "Firstpost has learnt that the file has been sent back to the ministry.",
     [("Firstpost", "has learnt", "the file has been sent back to the ministry")]),
    (HOUSE, "India Eases Drone Rules\n\nWhat did the minister say?\n\nHe said the rules were needed.",
     [("He", "said", "the rules were needed")]),
    (HOUSE, ("India Eases Drone Rules\n\nWhat did the minister say about the ‘new rules’ on imports?\n\n"
            "He said the rules were needed."),
     [("He", "said", "the rules were needed")]),
    (HOUSE, "India Eases Drone Rules\n\nWhy did the court say “no” to the plea?\n\nThe court said the plea had no merit.",
     [("The court", "said", "the plea had no merit")]),
    (HOUSE, ("Did the minister say the rules would be scrapped after the protests by drone makers in three states?"
            "\n\nThe rules stay."), []),
    (HOUSE, "Explained: Why India is tightening its drone rules\n\nThe rules come into force next month.", []),
    (HOUSE, "FP Explainer: Why are drones a worry?\n\nThe rules come into force next month.", []),
    (HOUSE, "Rao: India Will Not Back Down\n\nThe minister spoke on Friday.",
     [("Rao", ":", "India Will Not Back Down")]),
]

BOILERPLATE = [
    "With inputs from agencies",
    "(With inputs from PTI)",
    "With agency inputs",
    "Also Read: Minister says drone rules will be eased",
    "Also Watch | Army chief says the border is calm",
    "Follow us on Facebook, X and Instagram for the latest updates.",
    "Image courtesy: Reuters",
    "Image Courtesy: X/@ministry",
    "Representational image. Reuters",
    "File image of the defence minister addressing a rally. PTI",
    "(This story has not been edited by Firstpost staff and is auto-generated from a syndicated feed.)",
    ("Views expressed in the above piece are personal and solely those of the author. "
    "They do not necessarily reflect Firstpost’s views."),
    "The writer is a former diplomat who served in Beijing. Views expressed are personal.",
    "Firstpost is now on WhatsApp. For the latest analysis and news updates, follow us by subscribing to our channel.",
]


class TestFirstpost(OutletPluginTests):
    plugin = plugin
    name = "Firstpost"
    domains = ("firstpost.com",)
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = ("https://www.firstpost.com/explainers/india-drone-rules-13800000.html", "firstpost.com/world/x")
    signed = (
        "Why Is India Easing Drone Rules?\nThe government has acted.\nLet us take a quick look.\nWhat has changed?",
        "India Eases Drone Rules\nFirstpost has learnt that the file has been sent back.",
        "India Eases Drone Rules\nSpeaking to Firstpost, the official said the decision was final.",
    )
    unsigned = (
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # lines any Indian outlet's copy can carry: no signature of Firstpost's
        "India Eases Drone Rules\nThe rules come into force next month.\n(With inputs from PTI)",
        "India Eases Drone Rules\nAs per the ministry, the rules come into force next month.",
        "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
        # other outlets cite the site's interviews in the past tense
        "Lee Speaks.\nThe senator told Firstpost that the deal was bad.",
        # "as per" in running prose is no lead
        "Budget Talks.\nThe council, as per usual, approved the budget on Monday.",
    )

    def test_relays_through_the_site_names(self):
        doc = self.parse("The defence secretary told Firstpost that the review would be completed by March.")
        assert [v.span.text for v in doc.attributions[0].via] == ["Firstpost"]
        for text in ("Firstpost reported that the deal was signed on Tuesday.",
                     "Firstpost has learnt that the file has been sent back to the ministry."):
            assert self.parse(text).attributions[0].source.kind == "outlet"

    def test_credit_lines_are_credits(self):
        doc = self.parse("The mayor said the budget was short.\n(With inputs from PTI)")
        assert [c.text for c in doc.credits] == ["(With inputs from PTI)"]

    def test_boilerplate_only_for_its_articles(self):
        # an author's bio and the short disclaimer (read-next links are silent in any outlet's copy, and
        # so is the long disclaimer, "Views expressed in the above piece are personal ...")
        line = BOILERPLATE[12]
        assert self.parse("Budget Talks\n\n" + line, outlet="other-outlet").attributions
        assert not self.parse("Budget Talks\n\n" + line).attributions

    def test_house_rules_only_for_its_articles(self):
        heading = "Budget Talks\n\nWhat did the minister say about the ‘new rules’ on imports?"
        assert self.parse(heading, outlet="other-outlet").attributions
        assert not self.parse(heading).attributions
