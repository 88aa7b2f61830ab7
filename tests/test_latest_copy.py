"""Constructions of wire timelines in AP's "The Latest" shape and of UK and Indian live pages: a series
label before the headline's speaker, a live page's title, "___" separators, time stamps with their zone,
"HERE'S THE LATEST:" bullets, notes that an item was updated, promotion and credit lines, entries
in the present tense that quote officials, on texts written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


def _rows(doc):
    return [(a.source.span.text, a.source.kind, a.cue.text,
             a.source.refers_to.span.text if a.source.refers_to else None) for a in doc.attributions]


_FLOOD = (
    "The Latest: Governor orders evacuations as river rises\n\n"
    "MILLBROOK, Ohio (AP) \u2014 The Latest on flooding along the Scioto River (all times local):\n\n"
    "___\n\n"
    "4:45 p.m.\n\n"
    "Gov. Ann Lee says the state will open three more shelters before nightfall.\n\n"
    "Lee told reporters at the statehouse that Guard trucks are already moving sandbags. She says residents "
    "who ignore the order are putting rescuers at risk.\n\n"
    "___\n\n"
    "1:15 p.m.\n\n"
    "Millbrook Mayor Carl Hines says city schools will stay closed through Friday.\n\n"
    "Hines says about 400 homes have been evacuated so far. He adds that no injuries have been reported.\n\n"
    "___\n\n"
    "11:50 a.m.\n\n"
    "This item has been updated to correct the spelling of the mayor's name.\n\n"
    "___\n\n"
    "10:20 a.m.\n\n"
    "Sgt. Maria Lopez of the Millbrook Police Department says the driver ignored barricades. "
    "\"He's lucky to be alive,\" Lopez said.\n\n"
    "___\n\n"
    "Follow AP's coverage of the floods at https://apnews.com/hub/floods\n\n"
    "The Associated Press contributed to this report."
)


def test_a_latest_timeline_keeps_each_entrys_reports_and_its_speakers(parser):
    rows = _rows(parser.parse(_FLOOD))
    lee, hines, lopez = "Gov. Ann Lee", "Millbrook Mayor Carl Hines", "Sgt. Maria Lopez of the Millbrook Police Department"
    # the headline's order is a report of its own (as "ordered" is in news copy); the stamps, the
    # separators, the note on the update, the promotion and the credit line give nothing
    assert rows[1:] == [
        (lee, "person", "says", None), ("Lee", "person", "told", lee), ("She", "person", "says", lee),
        (hines, "person", "says", None), ("Hines", "person", "says", hines), ("He", "person", "adds", hines),
        (lopez, "person", "says", None), ("Lopez", "person", "said", lopez)]


_VOTE = (
    "The Latest: Senate vote on spending bill delayed again\n\n"
    "WASHINGTON (AP) \u2014 The Latest on the fight over the spending bill (all times EDT):\n\n"
    "HERE'S THE LATEST:\n\n"
    "\u2014 Senate leaders say the vote will not happen before Friday.\n\n"
    "\u2014 The White House says the president will veto any bill that cuts border funding.\n\n"
    "___\n\n"
    "1:30 p.m. EDT\n\n"
    "Senate Majority Leader Tom Reed says negotiations are \u201cmoving in the right direction.\u201d\n\n"
    "Reed spoke briefly to reporters outside his office. He said he expected a deal within days.\n\n"
    "Earlier: Reed said the chamber would stay in session over the weekend if needed.\n\n"
    "___\n\n"
    "Associated Press writers Kim Park and Joe Brennan contributed to this report."
)


def test_the_latest_bullets_and_an_earlier_line(parser):
    doc = parser.parse(_VOTE)
    reed = "Senate Majority Leader Tom Reed"
    assert _rows(doc) == [
        ("Senate leaders", "group", "say", None), ("The White House", "government", "says", None),
        (reed, "person", "says", None), ("He", "person", "said", reed), ("Reed", "person", "said", reed)]
    assert [s.text for s in doc.attributions[-1].content] == ["the chamber would stay in session over the weekend if needed"]


@pytest.mark.parametrize("headline,source,content", [
    # a series' label before the headline's speaker and colon is no part of either
    ("The Latest: Trump: Mexico will pay for the wall", "Trump", "Mexico will pay for the wall"),
    ("The Latest: Police: Suspect had no criminal record", "Police", "Suspect had no criminal record"),
    ("Exclusive: Lee: I will not resign", "Lee", "I will not resign"),
])
def test_a_series_label_before_the_headlines_speaker(rules_only, headline, source, content):
    att = _one(rules_only.parse(f"{headline}\n\nThe river rose."))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("headline", [
    # the near misses: after the label, a topic, a dateline or a feature's title is no speaker
    "The Latest: Storm Ada: trains cancelled",
    "LIVE: NEW DELHI: Counting begins",
    "Live updates: Premier League: Five things we learned",
    "The Latest: Cruz to give away shotgun",
    # and a live page's title, its topic then "Live" or "LIVE Updates", names no one
    "Bihar Election LIVE: Counting begins",
    "Ukraine War Live: Russia shells Kyiv",
    "Ukraine War Live Updates: Russia shells Kyiv",
])
def test_labels_topics_and_live_titles_are_no_speakers(rules_only, headline):
    assert rules_only.parse(f"{headline}\n\nThe river rose.").attributions == ()


def test_a_live_titles_report_keeps_its_speaker(rules_only):
    att = _one(rules_only.parse("Russia-Ukraine War LIVE Updates: Zelensky says talks will resume\n\nThe river rose."))
    assert (att.source.span.text, [s.text for s in att.content]) == ("Zelensky", ["talks will resume"])


@pytest.mark.parametrize("text,source,kind", [
    # a utility is a business, whoever owns it
    ("The city's water utility says a second main break has been repaired.", "The city's water utility", "organization"),
    ("The utility said power would be restored by Sunday.", "The utility", "organization"),
    # an Indian page's "FM", "HM", "EAM" are ministers
    ("Budget 2026 Live Updates: FM says tax slabs unchanged\n\nThe river rose.", "FM", "person"),
    ("HM says security has been tightened at the border.", "HM", "person"),
    # the near miss: a business's trade noun before a name is still the business
    ("The utility, Harlow Water, said prices would rise.", "The utility, Harlow Water", "organization"),
])
def test_a_utility_and_a_ministers_initials(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text", [
    # stamps with a zone, separators, update notes, promotion and credit lines report nothing
    "Vote live\n\n14:05 IST\n\n___\n\nThe river rose.",
    "Vote live\n\n1:30 p.m. EDT\n\nThe river rose.\n\nThis item has been updated.",
    "Vote live\n\nThe river rose.\n\nFollow AP's coverage of the election at https://apnews.com/hub/election",
    "Vote live\n\nThe river rose.\n\nThe Associated Press contributed to this report.",
    "Vote live\n\nThe river rose.\n\nWith inputs from PTI and ANI",
    "Vote live\n\nThe river rose.\n\nCatch all the latest updates on the counting of votes here.",
])
def test_stamps_separators_and_promotion_report_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


_BUDGET = (
    "Budget day live: Chancellor unveils tax cuts\n\n"
    "12.30pm: Labour says the budget does nothing for working families.\n\n"
    "Shadow chancellor Priya Shah tells the BBC the measures are \u201ca con\u201d. She says Labour would reverse the cuts.\n\n"
    "11.40am: Speaking to reporters outside the Treasury, the chancellor says the budget will "
    "\u201cput money back in people's pockets\u201d.\n\n"
    "Asked whether the cuts were affordable, he says: \u201cAbsolutely. Every penny is accounted for.\u201d"
)


def test_the_chancellor_is_no_shadow_chancellor_and_he_goes_on_with_the_chancellor(parser):
    refs = {(a.source.span.text, a.source.refers_to.span.text if a.source.refers_to else None)
            for a in parser.parse(_BUDGET).attributions if a.source}
    assert ("She", "Shadow chancellor Priya Shah") in refs
    assert ("the chancellor", None) in refs
    assert ("he", "the chancellor") in refs


@pytest.mark.parametrize("text,person", [
    # a shadow, deputy, vice or assistant post is another person's than the noun alone names
    ("Shadow chancellor Priya Shah says the cuts are a con. The chancellor says the budget is fair.", None),
    ("The shadow chancellor, Priya Shah, says the cuts are a con. The chancellor says the budget is fair.", None),
    ("Deputy mayor Priya Shah says the cuts are a con. The mayor says the budget is fair.", None),
    ("Vice President Priya Shah says the cuts are a con. The president says the budget is fair.", None),
    ("Assistant coach Tom Reed says the team is tired. The coach says the team is fine.", None),
    # the near misses: the same post again, or the post alone, stands for its holder
    ("Deputy Mayor Priya Shah says the cuts are a con. The deputy mayor says the budget is fair.", "Deputy Mayor Priya Shah"),
    ("Shadow chancellor Priya Shah says the cuts are a con. The shadow chancellor says more.", "Shadow chancellor Priya Shah"),
    ("Chancellor Priya Shah says the cuts are fair. The chancellor says the budget is sound.", "Chancellor Priya Shah"),
    # and "the former president" may be the president the story named ("former" is left alone)
    ("Former President Tom Reed says the cuts are a con. The former president says more.", "Former President Tom Reed"),
])
def test_another_holders_post_is_not_the_posts(parser, text, person):
    att = parser.parse(text).attributions[-1]
    assert (att.source.refers_to.span.text if att.source.refers_to else None) == person


@pytest.mark.parametrize("text", [
    # a bullet's mark is no part of the words a trailing cue reports
    "Flood live\n\n* The dam is holding, police said",
    "Flood live\n\nThe river rose.\n\u2022 The dam is holding, police said",
    # the near miss: a dash's bullet, trimmed as before
    "Flood live\n\n- The dam is holding, police said",
])
def test_a_bullets_mark_is_no_part_of_its_report(rules_only, text):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [s.text for s in att.content]) == ("police", ["The dam is holding"])


@pytest.mark.parametrize("headline,source,content", [
    # a section label, a dateline or a topic before the colon is no part of the report a cue trails
    ("The Latest: Mexico will pay for the wall, Trump says", "Trump", "Mexico will pay for the wall"),
    ("Exclusive: Ferries will run on Sunday, the operator says", "the operator", "Ferries will run on Sunday"),
    ("Analysis: Rates will stay high, says Ann Lee", "Ann Lee", "Rates will stay high"),
    ("Harbour Update: The pier will reopen in May, council says", "council", "The pier will reopen in May"),
    ("Ukraine War: Talks will resume on Monday, Zelensky says", "Zelensky", "Talks will resume on Monday"),
    # the near miss: a label with no colon is the report's own first words
    ("Latest figures show a fall in crime, police say", "police", "Latest figures show a fall in crime"),
])
def test_a_headlines_label_is_no_part_of_a_trailed_report(rules_only, headline, source, content):
    att = _one(rules_only.parse(f"{headline}\n\nThe river rose."))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("headline", [
    # a topic of two words or more before the colon, its last a noun of a thing or a happening, names no one
    "Ukraine War: Russia shells Kyiv",
    "Election Results: Counting begins",
    "Brexit Talks: No deal yet on fishing",
    "Gaza Ceasefire: Aid lorries cross at dawn",
    # an outcome's noun: the story's verdict on what follows, no one's words
    "Big Win For Harbour Staff: Union Holds Off On Strike",
    "Major Setback: Ferry Plan Is Shelved",
])
def test_a_topic_of_several_words_is_no_speaker(rules_only, headline):
    assert rules_only.parse(f"{headline}\n\nThe river rose.").attributions == ()


@pytest.mark.parametrize("headline,source,kind", [
    # the near misses: a name, a post and a name, a firm, what a poll found, a title-case sentence
    ("Lee: I will run", "Lee", "person"),
    ("Mayor Ann Lee: \u2018We are ready\u2019", "Mayor Ann Lee", "person"),
    ("Ann Price: I will run again", "Ann Price", "person"),
    ("Senator Price: I will run again", "Senator Price", "person"),
    ("Poll Results: Lee leads by six points", "Poll Results", "document"),
    ("Election Commission: Polls will be held on May 5", "Election Commission", "government"),
    # and "Nation" ends a firm's or a people's name, no person's
    ("Live Nation: Tour will go ahead", "Live Nation", "organization"),
    ("Navajo Nation: Water is safe to drink", "Navajo Nation", "organization"),
])
def test_a_speaker_before_a_headlines_colon_stays(rules_only, headline, source, kind):
    att = _one(rules_only.parse(f"{headline}\n\nThe river rose."))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_a_name_ending_in_nation_after_a_given_name_is_a_person(rules_only):
    att = _one(rules_only.parse("Ann Nation said the tour would go ahead."))
    assert (att.source.span.text, att.source.kind) == ("Ann Nation", "person")


@pytest.mark.parametrize("headline,reports", [
    # a title-case headline's second report after a comma, its verb capitalised: its own cue and
    # content, the headline's subject its speaker
    ("Lee Says Harbour Is Safe, Calls Critics \u2018Cowards\u2019",
     [("Lee", "Says", "Harbour Is Safe"), ("Lee", "Calls", "Critics \u2018Cowards\u2019")]),
    ("Exclusive: Roe Says Plan Is Dead, Slams Board Over Delays",
     [("Roe", "Says", "Plan Is Dead"), ("Roe", "Slams", "Board Over Delays")]),
    # the near misses: a verb after an aside that goes on with the content, and a headline in sentence case
    ("Lee Says Harbour, Built In 1900, Needs Repair", [("Lee", "Says", "Harbour, Built In 1900, Needs Repair")]),
    ("Lee says harbour is safe, and critics are wrong", [("Lee", "says", "harbour is safe, and critics are wrong")]),
])
def test_a_title_case_headlines_second_report(rules_only, headline, reports):
    doc = rules_only.parse(f"{headline}\n\nThe river rose.")
    assert [(a.source.span.text, a.cue.text, " ".join(s.text for s in a.content)) for a in doc.attributions] == reports


@pytest.mark.parametrize("headline,cue,content", [
    # in a headline, an "as" and its clause after the object of an act is the news beside it
    ("Governor orders evacuations as river rises", "orders", "evacuations"),
    ("Governor Orders Evacuations As River Rises", "Orders", "Evacuations"),
    ("Minister urges calm as protests spread", "urges", "calm"),
    # the near misses: after a verb of saying the clause may go on; "as" with no clause; body copy
    ("Lee says prices will rise as demand grows", "says", "prices will rise as demand grows"),
    ("Lee says prices rise as demand grows", "says", "prices rise as demand grows"),
    ("Lee hails the deal as a step forward", "hails", "the deal as a step forward"),
])
def test_an_as_clause_after_a_headlines_object(rules_only, headline, cue, content):
    att = _one(rules_only.parse(f"{headline}\n\nThe river rose."))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


def test_an_as_clause_after_an_object_in_the_body_goes_on(rules_only):
    att = _one(rules_only.parse("Flood live\n\nThe governor ordered evacuations as the river rises."))
    assert [s.text for s in att.content] == ["evacuations as the river rises"]


@pytest.mark.parametrize("headline,source,kind,content", [
    # a headline drops its articles: a bare noun of a post or a body the tables seldom see before
    # its cue, after the comma or the label's colon, is the speaker
    ("Trains will be cancelled, operator says", "operator", "organization", "Trains will be cancelled"),
    ("Storm Ada: Trains will be cancelled, operator says", "operator", "organization", "Trains will be cancelled"),
    ("Fares to rise in May, insurer warns", "insurer", "organization", "Fares to rise in May"),
    ("Ferries will run on Sunday, harbour operator says", "harbour operator", "organization", "Ferries will run on Sunday"),
    ("Storm Ada: ferry operator says sailings will resume", "ferry operator", "organization", "sailings will resume"),
    # the near misses the tables knew before: "minister", "police", "council"
    ("Rates will rise, minister says", "minister", "person", "Rates will rise"),
    ("Trains will be cancelled, police say", "police", "government", "Trains will be cancelled"),
])
def test_a_headlines_bare_noun_of_a_post_or_body_speaks(rules_only, headline, source, kind, content):
    att = _one(rules_only.parse(f"{headline}\n\nThe river rose."))
    assert (att.source.span.text, att.source.kind, [s.text for s in att.content]) == (source, kind, [content])


@pytest.mark.parametrize("text", [
    # body text keeps its articles: a bare noun there the tables seldom see heading a source stays unread
    "Flood live\n\nTrains will be cancelled, operator said.",
    # nor, in a headline, a bare noun of no post nor body
    "Trains will be cancelled, weather says\n\nThe river rose.",
])
def test_a_bare_noun_outside_a_headline_or_of_no_post_is_no_speaker(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("headline,source,content", [
    # a cue with its own speaker after the content, past a comma, credits the words: a name
    # before the headline's colon is then the story's topic, no speaker
    ("Lee: Mexico will pay, Trump says", "Trump", "Mexico will pay"),
    ("Ann Lee: The pier will reopen in May, says Tom Roe", "Tom Roe", "The pier will reopen in May"),
    ("Lee: Talks will resume, operator says", "operator", "Talks will resume"),
    ("Lee: \u2018We will win,\u2019 aide says", "aide", "\u2018We will win,\u2019"),
    # the near misses: no verb of saying after the comma, or none with a speaker; the name speaks
    ("Lee: I will run, come what may", "Lee", "I will run, come what may"),
    ("Lee: I will run, and win", "Lee", "I will run, and win"),
])
def test_a_trailing_credit_makes_a_headlines_name_its_topic(rules_only, headline, source, content):
    att = _one(rules_only.parse(f"{headline}\n\nThe river rose."))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("headline,source,content", [
    # a speaker and a verb of saying that open the words after a headline's colon credit them:
    # the label before the colon is then the story's topic, no speaker
    ("Budget: council says cuts will hit libraries", "council", "cuts will hit libraries"),
    ("Heatwave: police warn drivers to stay home", "police", "drivers to stay home"),
    ("Ferries: Ann Lee says sailings will resume", "Ann Lee", "sailings will resume"),
    # the near misses: no verb of saying after the colon's first words, or the words after the
    # verb in the label's own first person; the label speaks
    ("Johnson: I will not resign", "Johnson", "I will not resign"),
    ("Johnson: Police said I lied", "Johnson", "Police said I lied"),
    ("Lee: Council plans to close the pier", "Lee", "Council plans to close the pier"),
])
def test_a_leading_credit_makes_a_headlines_label_its_topic(rules_only, headline, source, content):
    att = _one(rules_only.parse(f"{headline}\n\nThe river rose."))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])
