"""Tests for the BBC News plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables — examples,
boilerplate, detection, and the property that the plugin keeps what the core
finds — and what is peculiar to it.

Every example is written for these tests in the house style of its web
pages; none is copied from an article.
"""

import attribution_bbc as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, "The Home Secretary told BBC Radio 4's Today programme that the new border checks would begin in May.",
     [("The Home Secretary", "told", "the new border checks would begin in May")]),
    (HOUSE, "“We will find the money,” the chancellor told Sunday with Laura Kuenssberg.",
     [("the chancellor", "told", "“We will find the money,”")]),
    (HOUSE, "Speaking to BBC Breakfast, the union’s general secretary said the strike would go ahead.",
     [("the union’s general secretary", "said", "the strike would go ahead")]),
    (HOUSE, "BBC Verify has found that the video was first posted in 2019.",
     [("BBC Verify", "has found", "the video was first posted in 2019")]),
    (HOUSE, "Panorama revealed that the trust had ignored three warnings.",
     [("Panorama", "revealed", "the trust had ignored three warnings")]),
    (HOUSE, "The BBC understands the cabinet will meet on Sunday evening.",
     [("The BBC", "understands", "the cabinet will meet on Sunday evening")]),
    (HOUSE, "Two further sites in Kent are being considered, BBC News has learned.",
     [("BBC News", "has learned", "Two further sites in Kent are being considered")]),
    (HOUSE, "A Downing Street spokesperson said: “The prime minister has full confidence in the minister.”",
     [("A Downing Street spokesperson", "said", "“The prime minister has full confidence in the minister.”")]),
    (HOUSE, "Live: Ministers face questions over prison releases\n\nThe justice secretary will make a statement.", []),
    (HOUSE, "Watch: Floodwater pours through village high street\n\nThe river burst its banks overnight.", []),
    (HOUSE, ("Heathrow runway approved\n\nThe council said it would appeal.\n\nThe ruling was welcomed by airlines.\n\n"
             "More on this story\n\nAirport expansion will harm climate goals, say campaigners"),
     [("The council", "said", "it would appeal")]),
    (HOUSE, ("Flood barrier fails\n\nThe council said the barrier had failed.\n\n"
             "Watch: Residents say the warnings came too late\n\nThe river has since fallen."),
     [("The council", "said", "the barrier had failed")]),
    (HOUSE, "Watch: Residents say the warnings came too late\n\nThe river has since fallen.",
     [("Residents", "say", "the warnings came too late")]),
]

BOILERPLATE = [
    "Image source, Getty Images",
    "Image source, PA Media",
    "Image caption, The transport secretary said the line would reopen by the summer",
    "Media caption, Watch: Residents say the warnings came too late",
    "This video can not be played",
    "To play this video you need to enable JavaScript in your browser.",
    "Have you been affected by the rail strikes? Get in touch.",
    "Get in touch",
    "Listen to the best of BBC Radio Devon on Sounds and follow BBC Spotlight on X.",
    "Download the BBC News app to get alerts on the stories that matter.",
    "You can follow our political editor on X.",
    "More on this story",
    "The BBC is not responsible for the content of external sites. Read about our approach to external linking.",
]


class TestBBC(OutletPluginTests):
    plugin = plugin
    name = "BBC News"
    domains = ("bbc.co.uk", "bbc.com")
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = ("https://www.bbc.co.uk/news/articles/c4g7x2y1z9no", "bbc.com/news/world-12345678",
            "https://www.bbc.com/sport/football/articles/cx2")
    signed = (
        "Rail strike called off\n\nBy Jo Ellis\nTransport correspondent, BBC News\n\nThe strike was called off.",
        "Rail strike called off\n\nBy Jo Ellis\nBBC Scotland transport correspondent\n\nThe strike was called off.",
        "Rail strike called off\n\nBy Jo Ellis\nBBC News, Glasgow\n\nThe strike was called off.",
        "Rail strike called off\n\nImage source, Getty Images\nImage caption, Union members on a picket line\n\nThe strike is off.",
        "Rail strike called off\n\nThe strike was called off.\n\nThis video can not be played\n\nMore on this story",
        ("Rail strike called off\n\nThe strike was called off.\n\nCopyright 2025 BBC. All rights reserved. The BBC is not "
         "responsible for the content of external sites. Read about our approach to external linking."),
    )
    unsigned = (
        "Council Approves Budget.\nThe city council approved the budget on Monday, the mayor said.",
        # other outlets cite the BBC, its programmes and its findings
        "Lee Speaks.\nThe minister told the BBC that the deal was bad.",
        "Lee Speaks.\nThe minister told BBC Radio 4's Today programme on Monday that the deal was bad.",
        "Lee Speaks.\nA BBC investigation found that the trust ignored warnings, the Guardian reported.",
        "Lee Speaks.\nThe BBC understands that the minister will resign.",
        # another outlet's dateline and caption credits
        "WASHINGTON (AP) — The city council approved the budget on Monday, the mayor said.",
        "Lee Speaks.\nThe minister at Westminster. Photograph: Jo Ellis/PA",
    )

    def test_relays_through_its_programmes(self):
        for text, via in (
            ("The minister told BBC Radio 4’s Today programme that the deal was bad.", "BBC Radio 4’s Today programme"),
            ("The minister told Newsnight that the deal was bad.", "Newsnight"),
            ("The mayor told BBC Radio Leeds that the bridge would reopen.", "BBC Radio Leeds"),
        ):
            doc = self.parse(text, outlet="other-outlet")  # the names hold everywhere
            assert [v.span.text for v in doc.attributions[0].via] == [via]

    def test_self_reports_only_for_its_articles(self):
        for text in ("The BBC understands the cabinet will meet on Sunday evening.",
                     "Two further sites in Kent are being considered, BBC News has learned."):
            assert self.parse(text).attributions[0].source.kind == "outlet"
            assert not [a for a in self.parse(text, outlet="other-outlet").attributions
                        if a.rule == "bbc.self_report.v1"]

    def test_no_self_report_of_an_object(self):
        for text in ("The BBC has seen a letter in which the minister says the plan was dropped.", "BBC News can reveal the names of the three donors."):
            assert not [a for a in self.parse(text).attributions if a.rule == "bbc.self_report.v1"]

    def test_self_report_inside_a_quote_is_the_speaker_s(self):
        text = "“Nobody here thinks the BBC understands the valley,” said Ann Lee."
        found = self.parse(text).attributions
        assert [(a.source.span.text, a.rule) for a in found] == [("Ann Lee", "core.inverted_cue.v2")]

    def test_a_foot_heading_early_in_the_page_is_navigation(self):
        text = ("Rail strike called off\n\nTop stories\n\nThe union said the strike was off.\n\n"
                "Passengers were relieved.\n\nThe operator said services would run as normal.")
        assert [a.source.span.text for a in self.parse(text).attributions] == ["The union", "The operator"]

    def test_boilerplate_only_for_its_articles(self):
        # a video's caption that restates the copy (the core itself silences an image's caption)
        line = BOILERPLATE[3]
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions
