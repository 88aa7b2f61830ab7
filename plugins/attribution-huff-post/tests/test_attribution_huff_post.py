"""Tests for the HuffPost plugin: the tests every outlet plugin owes
(:class:`attribution.testing.outlet.OutletPluginTests`) on its tables, and
what is peculiar to it.

Every example is written for these tests in the site's house style; none is
copied from an article.
"""

import attribution_huff_post as plugin

from attribution.testing.outlet import OutletPluginTests

HOUSE = "written in the house style"

SLIDESHOW = (
    "The Year In Ten Moments.\n\n1\n\nSinger Asked Fans To Vote Early.\n\nGetty.\n\n"
    "The concert sold out.\n\n2\n\nMayor Explained Why She Stayed.\n\nAnn Lee via Getty Images.\n\n"
    "The vote was close."
)

# (where it came from, text, expected [(source, cue, content)]); content parts joined with " … "
EXAMPLES = [
    (HOUSE, SLIDESHOW, [("Singer", "Asked", "Fans To Vote Early"), ("Mayor", "Explained", "Why She Stayed")]),
    (HOUSE, "POLLS DIVERGE IN OHIO - Ann Lee: “The two surveys were fielded a week apart, and it shows.”",
     [("Ann Lee", ":", "“The two surveys were fielded a week apart, and it shows.”")]),
    (HOUSE, "Turnout was the story -More from Lee and Ruiz: “Young voters stayed home.”",
     [("Lee and Ruiz", ":", "“Young voters stayed home.”")]),
    (HOUSE, "WHAT THE STUDY SAYS - Not all panels are equal. From the report: “Turnout fell in every county.”",
     [("the report", ":", "“Turnout fell in every county.”")]),
    (HOUSE, "“We have to vote.” ― Ann Lee", [("Ann Lee", "―", "“We have to vote.”")]),
    (HOUSE, "The senator told The Huffington Post that the bill would pass.",
     [("The senator", "told", "the bill would pass")]),
    (HOUSE, "WASHINGTON ― The mayor’s aide, Tom Ruiz, told HuffPost that the count was final.",
     [("The mayor’s aide, Tom Ruiz", "told", "the count was final")]),
]

NEWSLETTER = (
    "Wednesday’s Morning Email.\n\nTOP STORIES.\n\n"
    "CITY HALL FACES A BUDGET GAP “We cannot pay for everything this year, and we will not pretend to.” [Tribune.]\n\n"
    "THE RIVER KEEPS RISING Water reached the bridge overnight. [Ann Lee.]"
)

LIVE_BLOG = (
    "The Debate, Live.\n\nRead the latest updates below:\n\n"
    "12 postsFollowAnn Lee 5ptsmoderatorFeaturedMarch 3, 2016 9:52PMMayor Says The Count Was Fair\n"
    "The mayor defended the tally on Friday night.\n"
    "\xa0FlagShareTom Ruiz 5ptsmoderatorFeaturedMarch 3, 2016 9:40PMMayor Says Goodbye\n"
    "\xa0FlagShareTom Ruiz 5ptsmoderatorFeaturedMarch 3, 2016 9:31PMCouncil Chair: We Will Recount\n"
    "The chair took questions for an hour."
)

BOILERPLATE = [
    "Getty.",
    "Ann Lee via Getty Images.",
    "Ann Lee/HuffPost.",
    "This article has been updated to include comments from the mayor, who said she would run.",
    "This story has been updated to note that the mayor denied the report.",
    "Also on HuffPost:",
    "Watch the mayor’s interview in full below:",
    "Tom Ruiz hosts the HuffPost Politics podcast each week. Subscribe here and catch up on past episodes.",
    "Sign up to get an email from reporter Ann Lee whenever her column runs.",
    "Editor’s note: Donald Trump regularly incites political violence and is a serial liar who has repeatedly"
    " pledged to ban all refugees from entering the country.",
    "Editor’s note: Donald Trump is a serial liar and bully who has repeatedly vowed to close the border to"
    " all refugees.",
]


class TestHuffPost(OutletPluginTests):
    plugin = plugin
    name = "HuffPost"
    domains = ("huffpost.com", "huffingtonpost.com")
    examples = EXAMPLES
    boilerplate = BOILERPLATE
    urls = [
        "https://www.huffpost.com/entry/mayor-budget_n_123",
        "https://www.huffingtonpost.com/entry/mayor-budget_us_123",
    ]
    signed = [
        "Mayor Wins.\nPHILADELPHIA ― The mayor won a second term on Tuesday.",
        "Mayor Wins.\nThe mayor won a second term.\nAnn Lee via Getty Images.",
        "Mayor Wins.\nThe mayor won a second term, her aide told The Huffington Post.",
        "Mayor Wins.\nThe mayor won a second term.\nThis article has been updated with comments from the mayor.",
    ]
    unsigned = [
        "Council Approves Budget.\nWASHINGTON — The city council approved the budget on Monday, the mayor said.",
    ]

    def test_relays_through_the_site_names(self):
        doc = self.parse("The senator told The Huffington Post that the bill would pass.")
        assert [v.span.text for v in doc.attributions[0].via] == ["The Huffington Post"]
        doc = self.parse("HuffPost Live reported that the senator had left the race.")
        assert [a.source.kind for a in doc.attributions] == ["outlet"]

    def test_start_case_lines_without_a_photo_credit_are_left_alone(self):
        # a list of related headlines is no slideshow
        text = "The Vote.\n\nThe council voted on Monday.\n\nMayor Asked Voters To Stay Home.\n\nThe polls closed at eight."
        assert all(a.rule != "huff-post.slide_title.v1" for a in self.parse(text).attributions)

    def test_boilerplate_only_for_its_articles(self):
        line = "This story has been updated to note that the mayor denied the report."
        assert self.parse(line, outlet="other-outlet").attributions
        assert not self.parse(line).attributions

    def _found(self, text, rule, **kwargs):
        return [(a.source.span.text, a.cue.text, " … ".join(c.text for c in a.content))
                for a in self.parse(text, **kwargs).attributions if a.rule == rule]

    def test_newsletter_items_credit_the_headline(self):
        # "HEADLINE “...” [Outlet.]": the headline is the source, the bracketed credit the cue
        assert self._found(NEWSLETTER, "huff-post.newsletter_item.v1") == [
            ("CITY HALL FACES A BUDGET GAP", "[Tribune.]",
             "“We cannot pay for everything this year, and we will not pretend to.”"),
            ("THE RIVER KEEPS RISING", "[Ann Lee.]", "Water reached the bridge overnight"),
        ]

    def test_newsletter_items_need_a_capitalised_headline_and_a_credit(self):
        # a poll-column item ("TOPIC - Jane Roe: “...”") keeps its speaker; a line with no
        # bracketed credit, or with no headline in capitals, is no newsletter item
        text = (
            "POLLS DIVERGE IN OHIO - Ann Lee: “The two surveys were fielded a week apart.” [HuffPost.]\n\n"
            "CITY HALL FACES A BUDGET GAP “We cannot pay for everything this year.”\n\n"
            "City Hall Faces A Gap “We cannot pay for everything this year.” [Tribune.]"
        )
        assert self._found(text, "huff-post.newsletter_item.v1") == []
        assert "Ann Lee" in [a.source.span.text for a in self.parse(text).attributions if a.source]

    def test_newsletter_items_only_for_its_articles(self):
        assert self._found(NEWSLETTER, "huff-post.newsletter_item.v1", outlet="other-outlet") == []

    def test_live_blog_headlines_glued_to_their_time(self):
        # the headline after "9:52PM" is read as a headline; a post with no text under its
        # headline (a photo's) is left alone
        assert self._found(LIVE_BLOG, "huff-post.live_blog_headline.v1") == [
            ("Mayor", "Says", "The Count Was Fair"),
            ("Council Chair", ":", "We Will Recount"),
        ]
        assert self._found(LIVE_BLOG, "huff-post.live_blog_headline.v1", outlet="other-outlet") == []
