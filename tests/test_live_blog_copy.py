"""Constructions of live blogs, "The Latest" timelines and bulleted explainers (time stamps, entry
labels, headings in title case, bullets, a correspondent's lines, embedded posts, credit lines), on
entries written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


def _sources(doc):
    return [(a.source.span.text if a.source else None,
             a.source.refers_to.span.text if a.source and a.source.refers_to else None) for a in doc.attributions]


@pytest.mark.parametrize("text,source,content", [
    # an entry's time stamp, on its own line or before the entry, is no part of the report
    ("Flood live\n\n10:42 a.m.\nThe minister said crews would work through the night.",
     "The minister", "crews would work through the night"),
    ("Flood live\n\n14:05 GMT: Police said two people had been rescued.", "Police", "two people had been rescued"),
    ("Flood live\n\nPosted at 11:20\nThe mayor told reporters the levee was holding.", "The mayor", "the levee was holding"),
    ("Vote live\n\nJan 05, 2026 10:42 (IST)\nThe commission said counting had begun.", "The commission",
     "counting had begun"),
    ("Flood live\n\n3:15 p.m.\n\nGovernor Ruth Alder says no new evacuations are planned.", "Governor Ruth Alder",
     "no new evacuations are planned"),
    # and so is an entry's label: "BREAKING:", "UPDATE:", a wire's "UPDATE 2-"
    ("Flood live\n\nBREAKING: The governor says she will visit the dam tonight.", "The governor",
     "she will visit the dam tonight"),
    ("Flood live\n\nUPDATE: The port authority said all sailings were cancelled.", "The port authority",
     "all sailings were cancelled"),
    ("Vote live\n\nUPDATE 2-Officials say turnout was the highest in two decades", "Officials",
     "turnout was the highest in two decades"),
    ("Flood live\n\nBreaking - Forecasters say the river will peak on Thursday.", "Forecasters",
     "the river will peak on Thursday"),
])
def test_an_entrys_time_and_label_are_no_part_of_its_report(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("text", [
    # stamps, a promise of what is known, credit lines and notes on the story say nothing of anyone's
    "Flood live\n\n10:42 a.m.\n\nHere's what we know so far:\n\nThe river rose overnight.",
    "Flood live\n\nThe river rose.\n\nReporting by Sam Ortiz; Editing by Lena Park",
    "Flood live\n\nThe river rose.\n\nWith inputs from PTI",
    "Flood live\n\nThe river rose.\n\nAssociated Press writer Kim Vance in Millbrook contributed to this report.",
    # the near miss: an "Update:" that speaks of the story itself is an editor's note, no news
    "Flood live\n\nThe river rose.\n\nUpdate: An earlier version of this story said the mayor had resigned.",
    "Flood live\n\nThe river rose.\n\nUPDATE: This article has been amended to say the dam was not breached.",
    "Flood live\n\nThe river rose.\n\nCorrection: An earlier version of this story said the mayor had resigned.",
    "Flood live\n\nThe river rose.\n\nEditor's note: The original version of this article said the dam had failed.",
])
def test_stamps_credits_and_editors_notes_report_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,source,content", [
    # a note that tells the news again, not of the story's words, is news
    ("Dam holds\n\nThe river rose.\n\nEditor's Note: An article on Monday reported that the dam had failed. On"
     " Tuesday, however, the engineer, Ann Lee, said that the dam held.", "the engineer, Ann Lee", "the dam held"),
    ("Dam holds\n\nThe river rose.\n\nCorrection: Police said on Friday that two men, not three, were arrested.",
     "Police", "two men, not three, were arrested"),
    ("Dam holds\n\nThe river rose.\n\nClarification: The council said the vote would be held in May.",
     "The council", "the vote would be held in May"),
])
def test_an_editors_note_that_tells_the_news_again_reports(rules_only, text, source, content):
    found = [(a.source.span.text, a.content[0].text) for a in rules_only.parse(text).attributions]
    assert (source, content) in found


@pytest.mark.parametrize("text,source,content", [
    # an entry's heading in title case gives its speaker before "Says" or after ", Says"
    ("Talks live\n\nKeller Says Talks Will Go On\n\nThe minister spoke in Dover.", "Keller", "Talks Will Go On"),
    ("Vote live\n\nParty Chief Confident Of Win, Says Aide\n\nCounting goes on.", "Aide", "Party Chief Confident Of Win"),
    ("Vote live\n\nEarly Trends Show Close Contest, Says Poll Body\n\nCounting goes on.", "Poll Body",
     "Early Trends Show Close Contest"),
])
def test_a_title_case_heading_names_its_speaker(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


def test_a_heading_that_runs_its_verbs_together_keeps_its_subject(rules_only):
    # the near miss: a verb's ending before the comma makes the words before it a clause, its subject first
    atts = rules_only.parse("Vote live\n\nLee Mocks Board, Says Plan Will Fail\n\nCounting goes on.").attributions
    assert "Lee" in [a.source.span.text for a in atts]
    assert "Plan Will Fail" not in [a.source.span.text for a in atts]


def test_a_body_of_officials_is_an_organization(rules_only):
    # (the body that runs elections is the state's: "the poll body", test_election_copy.py)
    assert _one(rules_only.parse("The governing body said the rules would change.")).source.kind == "organization"
    # the near miss: a body of work or research is what it holds, no organization
    assert _one(rules_only.parse("A large body of research suggests the rules work.")).source.kind != "organization"


def test_bullets_keep_their_reports(rules_only):
    doc = rules_only.parse("Storm live\n\nKey points:\n\n• The forecaster said gusts could reach 80mph.\n"
                           "• Police said the seafront was closed.\n"
                           "- Council officials warned that schools could shut.\n"
                           "* The airport denied that flights were grounded.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("The forecaster", "gusts could reach 80mph"), ("Police", "the seafront was closed"),
        ("Council officials", "schools could shut"), ("The airport", "flights were grounded")]


@pytest.mark.parametrize("line", [
    "Our correspondent Jane Roe reports:",
    "Our correspondent Jane Roe reports from Dover:",
    "Our correspondent Jane Roe reports from outside the court:",
    "Jane Roe, our correspondent in Dover, reports:",
])
def test_a_correspondents_line_gives_the_next_paragraph_to_the_correspondent(rules_only, line):
    att = _one(rules_only.parse(f"Strike live\n\nThe gates opened at six.\n\n{line}\n\n"
                                "Hundreds of dockers gathered at the gates this morning."))
    assert (att.source.span.text.endswith("Jane Roe") or att.source.span.text.startswith("Jane Roe"), att.cue.text,
            [s.text for s in att.content]) == (True, "reports", ["Hundreds of dockers gathered at the gates this morning"])


@pytest.mark.parametrize("line", [
    # the near miss: a heading of reports, or findings from somewhere, names no one
    "The latest reports from Dover:",
    "Key findings from the survey:",
])
def test_reports_from_a_place_without_a_reporter_are_no_ones(rules_only, line):
    assert rules_only.parse(f"Strike live\n\nThe gates opened.\n\n{line}\n\nHundreds gathered.").attributions == ()


def test_a_post_noun_stands_for_no_correspondent(parser):
    # the newsroom's reporter holds no post in the story: "the mayor" is someone else
    doc = parser.parse("Strike live\n\nOur correspondent Jane Roe says the gates are shut.\n\n"
                       "In a post on X, the mayor wrote: “Our town stands with the workers.”")
    assert _sources(doc) == [("Our correspondent Jane Roe", None), ("the mayor", None)]
    assert doc.attributions[1].mode == "direct"
    # the near miss: the newsroom's own post still stands for its holder
    doc = parser.parse("Strike live\n\nBBC political editor Jane Roe says the gates are shut.\n\n"
                       "The editor said the mood was tense.")
    assert _sources(doc)[1] == ("The editor", "BBC political editor Jane Roe")


def test_a_speaker_is_followed_across_entries(parser):
    doc = parser.parse(
        "Harbour strike – live\n\n"
        "10:42 a.m.\nThe transport minister, Ann Keller, said talks would resume on Monday.\n\n"
        "Posted at 11:20\nUnion leader Tom Brady told reporters the offer was “an insult.”\n\n"
        "BREAKING: Keller says she will meet the union leaders tonight.\n\n"
        "Keller Says Talks Will Go On\n\n"
        "The minister said she remained hopeful of a deal. She added that the government would not impose terms.\n\n"
        "Reporting by Sam Ortiz; Editing by Lena Park")
    minister = "The transport minister, Ann Keller"
    assert _sources(doc) == [
        (minister, None), ("Union leader Tom Brady", None), ("Keller", minister), ("Keller", minister),
        ("The minister", minister), ("She", minister)]


@pytest.mark.parametrize("post,author", [
    ("The ferry will sail on Monday. Book early.", "Ann Rao"),
    ("Our crews are at the pier and the road is closed", "Harbour Police"),
    ("We will not raise fares this year. pic.twitter.com/Ab12Cd34", "Tom Roe MP"),
])
def test_an_embedded_post_is_its_authors(parser, post, author):
    # a scraped page's embedded post: its text, then a dash, the author's name and handle and the date
    text = (f"Ferry news\n\nThe port reopened on Monday.\n\n{post}\n\n— {author} (@{author.split()[0].lower()}) March 3, 2026"
            "\n\nThe harbour master said the pier was safe.")
    doc = parser.parse(text)
    [att] = [a for a in doc.attributions if a.source.span.text == author]
    assert att.content[0].text == post.split(" pic.twitter")[0].rstrip(".")
    assert [a.source.span.text for a in doc.attributions][-1] == "The harbour master"


@pytest.mark.parametrize("intro,source", [("In a post on X, she wrote:", "she"), ("Ann Rao said in a post:", "Ann Rao"), ("She tweeted:", "She")])
def test_a_post_a_sentence_introduces_is_that_sentences_and_its_picture_link_no_part_of_it(parser, intro, source):
    text = ("Ferry news\n\nThe minister, Ann Rao, spoke on Monday.\n\n" + intro +
            "\n\nFares will not rise this year. pic.twitter.com/Ab12Cd34\n\n— Ann Rao (@annrao) March 3, 2026")
    atts = [a for a in parser.parse(text).attributions if "Fares" in a.content[0].text]
    assert [(a.source.span.text, [c.text for c in a.content]) for a in atts] == [(source, ["Fares will not rise this year"])]


@pytest.mark.parametrize("intro,source,cue", [
    ("Ann Rao posted:", "Ann Rao", "posted"),
    ("The minister posted on X:", "The minister", "posted on X"),
    ("The port board posted on Facebook:", "The port board", "posted on Facebook"),
    ("The council reposted:", "The council", "reposted"),
    ("She later shared:", "She", "later shared"),
])
def test_a_verb_of_posting_before_a_colon_leads_the_posts_paragraph(parser, intro, source, cue):
    # the post's words set off without marks in the paragraph below, as after "said in a post:"
    text = ("Ferry news\n\nThe port reopened on Monday.\n\n" + intro +
            "\n\nThe ferry will sail at noon. Please book early and bring your pass.\n\nThe harbour master said the pier was safe.")
    doc = parser.parse(text)
    [att] = [a for a in doc.attributions if a.content[0].text.startswith("The ferry")]
    assert (att.source.span.text, [s.text for s in att.cue.spans], [c.text for c in att.content]) == (
        source, [cue], ["The ferry will sail at noon. Please book early and bring your pass"])
    assert doc.attributions[-1].source.span.text == "The harbour master"


@pytest.mark.parametrize("intro", [
    "Her latest posts:",  # a noun, no verb of posting
    "The club posted these photos:",  # what was posted is the verb's object before the colon
    "Ann Rao posted a link to the timetable.",  # no colon: nothing below is led
])
def test_no_post_is_led_without_a_verb_of_posting_before_the_colon(parser, intro):
    text = "Ferry news\n\nThe port reopened on Monday.\n\n" + intro + "\n\nThe ferry will sail at noon. Please book early."
    assert not any(a.content and a.content[0].text.startswith("The ferry") for a in parser.parse(text).attributions)


@pytest.mark.parametrize("line", [
    "— Ann Rao, the harbour master",  # a dash credit with no handle is no post's
    "— Ann Rao (harbour master) March 3",
])
def test_a_dash_line_without_a_handle_credits_no_post(parser, line):
    doc = parser.parse(f"Ferry news\n\nThe port reopened on Monday.\n\nThe boats are full again\n\n{line}")
    assert not any(a.content and a.content[0].text.startswith("The boats") for a in doc.attributions)


@pytest.mark.parametrize("text,source,content", [
    # an explainer's list of who said what: a name, a label set beside it after a comma, a colon and
    # the quotation; the label is the speaker's, the colon the cue (with a bullet's mark or none)
    ("Reaction\n\nThe bridge shut on Monday.\n\n\u2022 Ann Lee, the council leader: \u201cWe will act.\u201d",
     "Ann Lee, the council leader", "\u201cWe will act.\u201d"),
    ("Reaction\n\nThe bridge shut on Monday.\n\n- Tom Black, a local shopkeeper: \u201cIt was terrifying.\u201d",
     "Tom Black, a local shopkeeper", "\u201cIt was terrifying.\u201d"),
    ("Reaction\n\nThe bridge shut on Monday.\n\nPriya Nair, a nurse at the hospital: \u201cNobody warned us.\u201d",
     "Priya Nair, a nurse at the hospital", "\u201cNobody warned us.\u201d"),
    ("Reaction\n\nThe bridge shut on Monday.\n\n* Raj Mehta, district collector: \u201cThe roads are open.\u201d",
     "Raj Mehta, district collector", "\u201cThe roads are open.\u201d"),
])
def test_a_listed_name_and_its_label_speak_the_quotation_after_the_colon(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, ":", [content])


@pytest.mark.parametrize("text,source,cue", [
    # the near miss: a clause before the colon keeps its verb as the cue
    ("Reaction\n\nThe bridge shut on Monday.\n\nLee, however, told reporters: \u201cWe will act.\u201d", "Lee", "told"),
    ("Reaction\n\nThe bridge shut on Monday.\n\nAnn Lee, the council leader, said: \u201cWe will act.\u201d",
     "Ann Lee, the council leader", "said"),
])
def test_a_clause_before_the_colon_keeps_its_verb(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("text", [
    # an explainer's headline after its topic and colon promises what is known: no one's report
    "Floods in Assam: What we know so far\n\nThe river rose overnight.",
    "Rail strike \u2013 What we know about the walkout\n\nTrains were cancelled.",
    # nor do an explainer's or a list's labels name a speaker
    "Factbox: Key quotes from the summit\n\nThe summit ended on Friday.",
    "Timeline: How the talks collapsed\n\nThe summit ended on Friday.",
    "FAQ: What the new rules mean for renters\n\nThe rules change in April.",
])
def test_explainer_headlines_report_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,source,content", [
    # a list's label that names a body, then an item that names its own speaker: the label heads the
    # item, the report inside is the item's speaker's
    ("Reaction\n\nThe verdict came on Monday.\n\nPolice: A spokesman said officers were still at the scene.\n\n"
     "Hospital: The hospital said three patients were stable.",
     "A spokesman", "officers were still at the scene"),
    ("Reaction\n\nThe verdict came on Monday.\n\nCouncil: Officials said the road would reopen on Tuesday.\n\n"
     "Hospital: Doctors said three patients were stable.",
     "Officials", "the road would reopen on Tuesday"),
    ("Reaction\n\nThe verdict came on Monday.\n\nUnion: \u201cWe will strike,\u201d a union official said.\n\n"
     "Hospital: Doctors said three patients were stable.",
     "a union official", "\u201cWe will strike,\u201d"),
])
def test_a_bodys_label_gives_way_to_the_report_it_heads(rules_only, text, source, content):
    atts = rules_only.parse(text).attributions
    assert [(a.source.span.text, [s.text for s in a.content]) for a in atts][0] == (source, [content])
    assert not any(a.cue.text == ":" for a in atts)


def test_a_persons_turn_still_holds_the_report_inside(rules_only):
    # the near miss: in a transcript a person's turn is that person's words, a report inside them included
    text = ("Debate\n\nANN LEE: Officials said the road would reopen.\n\n"
            "TOM ROE: That is not what they told me.")
    assert "ANN LEE" in [a.source.span.text for a in rules_only.parse(text).attributions]


@pytest.mark.parametrize("text,source,content", [
    # "Here's what X said:" over a paragraph that names its own speaker and cue: the lead points to
    # that report, which stays
    ("Budget\n\nTaxes were cut.\n\nHere's what the opposition said:\n\n"
     "Opposition leader Ravi Menon said the budget ignored farmers.", "Opposition leader Ravi Menon",
     "the budget ignored farmers"),
    ("Strike\n\nTrains were cancelled.\n\nThis is what the unions said:\n\n"
     "The rail union said its members would walk out again in May.", "The rail union",
     "its members would walk out again in May"),
])
def test_a_what_lead_gives_way_to_the_report_below(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "said", [content])


def test_a_writers_lead_keeps_the_passage_below(rules_only):
    # the near miss: "Lee writes:" over a passage of her column keeps the passage hers
    text = "The vote was close.\n\nAnn Lee writes:\n\nThe police said the road would stay shut."
    assert "Ann Lee" in [a.source.span.text for a in rules_only.parse(text).attributions]
