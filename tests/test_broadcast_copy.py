"""Constructions of copy that reports what was said on camera or on air (a video posted online,
footage, a clip, a broadcast interview, a podcast, a livestream, a televised address), on
sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a quotation heard or seen in a recording, its speaker after it with a passive of perceiving:
    # the speaker is the passive's subject, the cue the verb of saying alone
    ("“Get back,” an officer can be heard saying.", "an officer", "saying", ["“Get back,”"]),
    ("“Get back,” an officer could be heard shouting.", "an officer", "shouting", ["“Get back,”"]),
    ("“Get back,” Constable Tom Hale is heard saying in the video.", "Constable Tom Hale", "saying", ["“Get back,”"]),
    ("“Move the car,” a man is seen telling the driver.", "a man", "telling", ["“Move the car,”"]),
    ("“It was rigged,” Ann Lee can be heard telling aides in the recording.", "Ann Lee", "telling",
     ["“It was rigged,”"]),
    # an occasion or a scene after the verb is no part of the words
    ("“Get back,” an officer can be heard saying as the crowd surges forward.", "an officer", "saying", ["“Get back,”"]),
    # a question, its asker and whom it was asked
    ("“Will you resign?” a reporter can be heard asking the mayor after the meeting.", "a reporter", "asking",
     ["“Will you resign?”"]),
    # the quotation goes on after the cue
    ("“Get back,” an officer can be heard saying, “or you will be arrested.”", "an officer", "saying",
     ["“Get back,”", "“or you will be arrested.”"]),
    # the passive in the infinitive's: the cue is the whole phrase, as before a clause
    ("“We have no shells left,” a soldier was heard to say.", "a soldier", "was heard to say",
     ["“We have no shells left,”"]),
    # every participle of being caught in the act a subject stops before (`sources.PERCEIVED_PARTICIPLES`),
    # bare or with the medium it was caught on
    ("“Shut the gate,” the warden was caught telling a guard.", "the warden", "telling", ["“Shut the gate,”"]),
    ("“Shut the gate,” the warden was caught on a hot mic telling a guard.", "the warden", "telling",
     ["“Shut the gate,”"]),
    ("“Shut the gate,” the warden was spotted telling a guard.", "the warden", "telling", ["“Shut the gate,”"]),
])
def test_a_quotation_heard_in_a_recording_is_its_speakers(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.kind, att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "quote", source, cue, content)


def test_the_medium_caught_on_stays_in_its_paragraph(rules_only):
    # a line break between "caught on" and its medium ends the paragraph: the speaker above is
    # no subject of the participle below
    atts = rules_only.parse("The warden was caught on\ntape telling a guard to shut the gate.").attributions
    assert not any(a.source is not None and a.source.span.text == "The warden" for a in atts)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # before the quotation or the clause, the participle reads as it did
    ("An officer can be heard saying, “Get back.”", "An officer", "saying", "“Get back.”"),
    ("Ann Lee was heard saying that the vote was rigged.", "Ann Lee", "saying", "the vote was rigged"),
    ("A soldier in the clip was heard to say that the unit had run out of shells.", "A soldier in the clip",
     "was heard to say", "the unit had run out of shells"),
])
def test_a_passive_of_perceiving_before_the_words_is_unchanged(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_a_perceived_frame_with_no_quotation_before_it_reports_nothing_more(rules_only):
    # a crowd heard chanting a name says no words of a quotation before it
    atts = rules_only.parse("The crowd could be heard in the distance.").attributions
    assert atts == ()


@pytest.mark.parametrize("sentence,cue,outlet", [
    # an interview that went out on air, and the outlet that aired it, before the clause: the outlet
    # relays the report and is no part of its words
    ("Ann Lee said in an interview aired by CBS that the talks had failed.", "said in an interview", "CBS"),
    ("Ann Lee said in an interview broadcast by the BBC that the talks had failed.", "said in an interview", "the BBC"),
    ("Ann Lee said in an interview televised by NDTV on Monday that the talks had failed.", "said in an interview", "NDTV"),
    ("Ann Lee said in a video broadcast by Al Jazeera that the talks had failed.", "said in a video", "Al Jazeera"),
    ("Ann Lee said in an interview published by the Times that the talks had failed.", "said in an interview", "the Times"),
    # a verb that may take a hearer reads the agent as the carrier, not whom it warned
    ("Ann Lee warned in an interview aired by CBS that the talks had failed.", "warned in an interview", "CBS"),
    ("Ann Lee warned in remarks aired by CBS that the talks had failed.", "warned in remarks", "CBS"),
])
def test_an_interview_aired_by_an_outlet_is_relayed_by_it(rules_only, sentence, cue, outlet):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        cue, [outlet], ["the talks had failed"])


def test_a_hearer_a_verb_of_warning_takes_is_still_no_carrier(rules_only):
    att = _one(rules_only.parse("Ann Lee warned voters in Ohio that the talks had failed."))
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == ([], ["the talks had failed"])


@pytest.mark.parametrize("sentence,outlet", [
    # a broadcast the sentence opens by speaking on or to, after a time or a link set off before it
    ("Later, appearing on Times Radio, Ann Lee said the inquiry was biased.", "Times Radio"),
    ("Later, speaking to CNN, Ann Lee said the inquiry was biased.", "CNN"),
    ("On Sunday, speaking to CNN, Ann Lee said the inquiry was biased.", "CNN"),
    ("Meanwhile, in an interview with NPR, Ann Lee said the inquiry was biased.", "NPR"),
    # an Australian station by its call sign
    ("Speaking to 2GB, Tom Roe said regional voters felt ignored.", "2GB"),
    ("Speaking to 3AW on Monday, Tom Roe said regional voters felt ignored.", "3AW"),
])
def test_a_broadcast_opening_the_sentence_relays_it(rules_only, sentence, outlet):
    att = _one(rules_only.parse(sentence))
    assert [v.span.text for v in att.via] == [outlet]


@pytest.mark.parametrize("sentence", [
    "Later, speaking to reporters, Ann Lee said the inquiry was biased.",
    "Meanwhile, in Ohio, Ann Lee said the inquiry was biased.",
])
def test_an_opening_that_names_no_outlet_relays_nothing(rules_only, sentence):
    att = _one(rules_only.parse(sentence))
    assert (att.via, [s.text for s in att.content]) == ((), ["the inquiry was biased"])


@pytest.mark.parametrize("sentence,show", [
    # a show by its quoted title and its noun is the occasion, and relays the words
    ("Ann Lee said on the “Pod Save America” podcast that the talks had failed.", "the “Pod Save America” podcast"),
    ("Ann Lee said on the “Daily” podcast that the talks had failed.", "the “Daily” podcast"),
    ("Ann Lee said on “The Daily” podcast that the talks had failed.", "“The Daily” podcast"),
])
def test_a_show_by_its_quoted_title_is_no_part_of_the_words(rules_only, sentence, show):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == ([show], ["the talks had failed"])


@pytest.mark.parametrize("sentence", [
    # a broadcast that went out live: the channel that carried it relays the words
    "In remarks broadcast live on state television, Ann Lee said the war would end.",
    "Ann Lee said in remarks broadcast live on state television that the war would end.",
    "Ann Lee said in remarks broadcast on state television that the war would end.",
])
def test_remarks_broadcast_live_are_relayed_by_the_channel(rules_only, sentence):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == (["state television"], ["the war would end"])
