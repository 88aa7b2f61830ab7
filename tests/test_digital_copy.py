"""Constructions of US digital-native political copy (briefs in "Smart Brevity" with their section
labels and bullets, Capitol Hill newsletters, Semafor's sections, cable news sites' pages): party-state
tags after names, "told Axios", "per a source familiar", a spokesperson who "did not respond", a
guest's appearance on a show, on articles written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


def _found(doc):
    return [(a.source.span.text if a.source else None, " … ".join(s.text for s in a.content)) for a in doc.attributions]


@pytest.mark.parametrize("text,source,content", [
    # a brief's section label before its colon is no part of the sentence it opens
    ("Tariff pause weighed\n\nDriving the news: Officials met Tuesday to discuss the plan, according to a person"
     " familiar with the matter.", "a person familiar with the matter", "Officials met Tuesday to discuss the plan"),
    ("Tariff pause weighed\n\nThe plan is new.\n\nYes, but: Some advisers fear the pause would look weak, one"
     " official said.", "one official", "Some advisers fear the pause would look weak"),
    ("Tariff pause weighed\n\nThe plan is new.\n\nBetween the lines: The move is a retreat, two aides told Axios.",
     "two aides", "The move is a retreat"),
    ("Tariff pause weighed\n\nThe plan is new.\n\nWhat they’re saying: “We will not negotiate in public,” press"
     " secretary Dana Price said.", "press secretary Dana Price", "“We will not negotiate in public,”"),
    ("Stock ban\n\nThe bill is new.\n\nThe big picture: The ban has drawn support from both parties, Rep. Dave Ortiz"
     " (R-Ariz.) said.", "Rep. Dave Ortiz (R-Ariz.)", "The ban has drawn support from both parties"),
    ("Stock ban\n\nThe bill is new.\n\nFlashback: Lawmakers rejected a similar ban last year, the aide noted.",
     "the aide", "Lawmakers rejected a similar ban last year"),
])
def test_a_section_label_is_no_part_of_the_content(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, " … ".join(s.text for s in att.content)) == (source, content)


@pytest.mark.parametrize("text", [
    # a section label names no speaker, in a headline or over a paragraph
    "Scoop: Senate GOP eyes new deadline\n\nThe vote is set for Friday.",
    "Senate GOP eyes new deadline\n\nThe vote is set for Friday.\n\nWhy it matters: The government runs out of money"
    " on Sept. 30.",
    "Senate GOP eyes new deadline\n\nThe vote is set for Friday.\n\nZoom in: Three Republicans have yet to commit.",
])
def test_a_section_label_names_no_speaker(rules_only, text):
    assert rules_only.parse(text).attributions == ()


def test_two_section_labels_make_no_transcript(rules_only):
    # two paragraphs a label in capitals opens are a brief's sections, no turns of two speakers
    text = ("Senate GOP eyes new deadline\n\nThe vote is set for Friday.\n\nFlashback: The last fight ran for"
            " weeks.\n\nScoop: Leaders met on Monday, two aides told Punchbowl News.")
    assert _found(rules_only.parse(text)) == [("two aides", "Leaders met on Monday")]


@pytest.mark.parametrize("text,via,content", [
    # a show's title in quotation marks after its network's possessive relays the words, the comma or
    # the point American copy sets inside the title's closing mark among them
    ("“It’s a stunt,” Sen. Lisa Howard (D-Mich.) said on NBC’s “Meet the Press.”",
     "NBC’s “Meet the Press.”", "“It’s a stunt,”"),
    # a network's possessive that is its initials' "S" and a bare mark
    ("Sen. Lisa Howard told CBS’ “Face the Nation” on Sunday that the probe was a stunt.",
     "CBS’ “Face the Nation”", "the probe was a stunt"),
    ("Rep. Jim Banks said on CBS' \"Face the Nation\" that the committee would press on.",
     "CBS' \"Face the Nation\"", "the committee would press on"),
])
def test_a_quoted_show_after_its_networks_possessive_relays(rules_only, text, via, content):
    att = _one(rules_only.parse(text))
    assert ([v.span.text for v in att.via], " … ".join(s.text for s in att.content)) == ([via], content)


@pytest.mark.parametrize("text,source,via,content", [
    # a broadcaster's name and "News" before a service word is the outlet's service, which relays
    ("“This bill does nothing,” Sen. Roy Hale, R-Kan., told Fox News Digital in an interview.",
     "Sen. Roy Hale, R-Kan.", "Fox News Digital", "“This bill does nothing,”"),
    ("Sen. Roy Hale told Sky News Digital that the bill did nothing.", "Sen. Roy Hale", "Sky News Digital",
     "the bill did nothing"),
])
def test_a_networks_digital_service_relays(rules_only, text, source, via, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [v.span.text for v in att.via], " … ".join(s.text for s in att.content)) == (
        source, [via], content)


@pytest.mark.parametrize("text,kind", [
    ("Fox News Digital said the poll was closed.", "outlet"),
    # a person of the service's is no outlet
    ("Fox News Digital's Ann Lee said the poll was closed.", "person"),
    # a network's channel, and a service word after a broadcaster's name that is a surname too
    ("Fox News Channel reported that the talks had stalled.", "outlet"),
    ("Fox Business said the merger was off.", "outlet"),
    ("The merger was off, the Fox Business Network reported.", "outlet"),
    ("Sky News Arabia reported that the port had reopened.", "outlet"),
    ("CNN International Channel said the border was shut.", "outlet"),
    # a person of the channel's, and a person of that surname, stay people
    ("Fox Business host Ann Lee said the merger was off.", "person"),
    ("Former minister Liam Fox said the merger was off.", "person"),
])
def test_a_networks_digital_service_is_an_outlet(rules_only, text, kind):
    assert _one(rules_only.parse(text)).source.kind == kind


@pytest.mark.parametrize("text,source,kind,cue,via,content", [
    # a bullet's mark opens no mention; a party-state tag after the name is the mention's
    ("Tariff pause weighed\n\nThe plan is new.\n\n• Sen. Ann Lee (D-Ore.) said in a statement: “This chaos hurts"
     " farmers.”", "Sen. Ann Lee (D-Ore.)", "person", "said in a statement", [], "“This chaos hurts farmers.”"),
    ("Tariff pause weighed\n\nThe plan is new.\n\n- A senior White House official told Axios the plan is one of"
     " several options.", "A senior White House official", "anonymous", "told", ["Axios"],
     "the plan is one of several options"),
    ("Tariff pause weighed\n\nThe plan is new.\n\n• Treasury Secretary Mark Dunn has argued for the pause, per a"
     " source familiar.", "a source familiar", "anonymous", "per", [], "Treasury Secretary Mark Dunn has argued for the pause"),
    ("Stopgap vote\n\nThe bill is new.\n\n* Rep. Tom Hale, R-Texas, told reporters the pause was welcome.",
     "Rep. Tom Hale, R-Texas", "person", "told", [], "the pause was welcome"),
    ("Stopgap vote\n\nHouse Democrats plan a series of votes, Punchbowl News has learned.", "Punchbowl News", "outlet",
     "has learned", [], "House Democrats plan a series of votes"),
])
def test_bullets_tags_and_sources_familiar(rules_only, text, source, kind, cue, via, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, " … ".join(s.text for s in att.cue.spans),
            [v.span.text for v in att.via], " … ".join(s.text for s in att.content)) == (source, kind, cue, via, content)


@pytest.mark.parametrize("text,cue,via,content", [
    # the day between the cue and the show or outlet it was said on does not hide the relay
    ("“The votes are not there,” Sen. Ann Lee said Sunday on NBC's “Meet the Press.”", "said",
     ["NBC's “Meet the Press.”"], "“The votes are not there,”"),
    ("“The votes are not there,” Lee said last week in an interview with CNN.", "said", ["CNN"],
     "“The votes are not there,”"),
    # the network's possessive before its host's name: the network relays, the host heard it
    ("“The votes are not there,” Lee told CNN's Jake Tapper.", "told", ["CNN"], "“The votes are not there,”"),
    ("“The votes are not there,” Lee told Fox News' Sean Hannity on Monday.", "told", ["Fox News"],
     "“The votes are not there,”"),
    ("Lee told CNN's Dana Bash on Sunday that the votes were not there.", "told", ["CNN"],
     "the votes were not there"),
    ("Lee said in an interview with NBC's Lester Holt that the votes were not there.", "said", ["NBC"],
     "the votes were not there"),
    ("“The votes are not there,” Lee said Monday in an interview with MSNBC's Andrea Mitchell.", "said",
     ["MSNBC"], "“The votes are not there,”"),
    # a show by its title quoted, no network's possessive before it
    ("“The votes are not there,” Lee said during an appearance on “Fox & Friends.”", "said during an appearance",
     ["Fox & Friends"], "“The votes are not there,”"),
    ("“The votes are not there,” Lee said Sunday on “Face the Nation.”", "said", ["Face the Nation"],
     "“The votes are not there,”"),
    ("Lee said on “Meet the Press” that the votes were not there.", "said", ["Meet the Press"],
     "the votes were not there"),
    # ... and opening the sentence, the lead's comma inside its marks
    ("Appearing on “Fox & Friends,” Lee said the votes were not there.", "said", ["Fox & Friends"],
     "the votes were not there"),
    ("Speaking on “Obamacare,” Lee said the votes were not there.", "said", [], "the votes were not there"),
    # a quoted phrase the lexicon reads as no show is no relay, nor the possessive of no outlet
    ("Lee said on “Obamacare” that the votes were not there.", "said", [], "the votes were not there"),
    ("Lee told Ann Roe's aides that the votes were not there.", "told", [], "the votes were not there"),
])
def test_a_guests_show_and_host_relay_past_the_day(rules_only, text, cue, via, content):
    att = _one(rules_only.parse(text))
    assert (" … ".join(s.text for s in att.cue.spans), [v.span.text for v in att.via],
            " … ".join(s.text for s in att.content)) == (cue, via, content)


@pytest.mark.parametrize("text,source,cue,via,content", [
    # an outlet's "has learned" set off before the sources it learned it from: the sources' report, the
    # outlet its relay, its own cue no part of the words
    ("The White House has drafted a list of nominees, CNN has learned, according to three sources.", "three sources",
     "according to", ["CNN"], "The White House has drafted a list of nominees"),
    ("Senate leaders plan a vote next week, Axios understands, per two people familiar with the plan.",
     "two people familiar with the plan", "per", ["Axios"], "Senate leaders plan a vote next week"),
    # alone it is the outlet's own report
    ("Senate leaders plan a vote next week, NBC News has learned.", "NBC News", "has learned", [],
     "Senate leaders plan a vote next week"),
])
def test_an_outlet_learned_from_the_sources_after_it(rules_only, text, source, cue, via, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, " … ".join(s.text for s in att.cue.spans), [v.span.text for v in att.via],
            " … ".join(s.text for s in att.content)) == (source, cue, via, content)


@pytest.mark.parametrize("text", [
    # sending a reporter to read something is no report
    "A Sinema spokesperson pointed Axios to her earlier remarks.",
    "A spokesperson for the senator pointed reporters to a statement from last week.",
])
def test_pointing_a_reporter_to_a_statement_is_no_report(rules_only, text):
    assert not rules_only.parse(text).attributions


def test_pointing_to_evidence_still_reports(rules_only):
    att = _one(rules_only.parse("Lee pointed to the polls as proof that voters agree."))
    assert " … ".join(s.text for s in att.cue.spans) == "pointed to"
