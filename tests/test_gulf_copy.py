"""Constructions of Middle East and Gulf English-language copy (state news agencies of the Gulf
and the Arab states, ministries by the names they call themselves, the medium a report went out
in told after it), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("text,source", [
    # a ministry by its own name, with "of", after a country's possessive: the state's, as
    # "the Ministry of Foreign Affairs" is
    ("Qatar's Ministry of Foreign Affairs said the envoy was welcome.", "Qatar's Ministry of Foreign Affairs"),
    ("Oman's Ministry of Labour said the new rules would apply next month.", "Oman's Ministry of Labour"),
    ("Saudi Arabia's Ministry of Interior said two men had been detained.", "Saudi Arabia's Ministry of Interior"),
    ("Jordan's Ministry of Water and Irrigation said the dam was half full.",
     "Jordan's Ministry of Water and Irrigation"),
    ("Kuwait's Ministry of Oil said output would stay the same.", "Kuwait's Ministry of Oil"),
])
def test_a_ministry_of_a_field_after_a_countrys_possessive_is_government(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("text,source", [
    # near misses: a post named with "of" after the possessive is a person's
    ("Egypt's Minister of Health said the clinics would open.", "Egypt's Minister of Health"),
    ("Lebanon's Speaker of Parliament said the vote would wait.", "Lebanon's Speaker of Parliament"),
    ("Pakistan's Chief of Army Staff said the border was calm.", "Pakistan's Chief of Army Staff"),
])
def test_a_post_of_a_field_after_a_countrys_possessive_stays_a_person(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "person")


@pytest.mark.parametrize("text,source", [
    # the Gulf's and the Arab states' news agencies by their initials are outlets
    ("SPA reported that the king had returned from his trip.", "SPA"),
    ("State-run BNA said the ferry service would resume.", "State-run BNA"),
    ("ONA said the sultan had received the envoy.", "ONA"),
    ("The official news agency MENA reported that the canal was open.", "The official news agency MENA"),
    ("NNA said the road to the south had reopened.", "NNA"),
])
def test_a_state_news_agency_by_its_initials_is_an_outlet(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("text,source", [
    # near misses: the same letters as a word or a given name, not in capitals, are no agency
    ("The spa said it would reopen in May.", "The spa"),
    ("Mena said the plan was fair.", "Mena"),
    ("Ona said the vote was close.", "Ona"),
])
def test_an_agencys_initials_written_as_a_word_are_no_outlet(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source and att.source.kind != "outlet"


@pytest.mark.parametrize("text,content", [
    # the medium set off by a comma after the content, ending the sentence, is no part of it
    ("The president said the country would not allow a corridor on its border, in remarks carried by state media.",
     "the country would not allow a corridor on its border"),
    ("The minister said the talks would resume next week, in a statement carried by the state news agency.",
     "the talks would resume next week"),
    ("The cleric said the enemy had failed, in a speech broadcast on state television on Friday.",
     "the enemy had failed"),
    ("Lee said the ferry would run again, in an interview with the Harbour Times.",
     "the ferry would run again"),
    ("The governor said the dam was safe, in a statement.", "the dam was safe"),
])
def test_the_medium_after_the_content_is_no_part_of_it(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,content,via", [
    # the outlet that carried the medium set off by a comma, or that it was given to, relays the
    # report, as it does without the comma and before the content
    ("The envoy said the border would stay shut, in remarks carried by state media.",
     "the border would stay shut", ["state media"]),
    ("The envoy said the border would stay shut, in a statement carried by Xinhua on Sunday.",
     "the border would stay shut", ["Xinhua"]),
    ("The envoy said the border would stay shut, in an interview with the BBC.", "the border would stay shut", ["the BBC"]),
    ("The envoy said the border would stay shut, during a phone call with CNN.", "the border would stay shut", ["CNN"]),
    # near misses: an author that is no outlet, a person written to, a medium with no carrier
    ("The envoy said the border would stay shut, in a report published by the institute.",
     "the border would stay shut", []),
    ("The envoy said the border would stay shut, in a letter to Omar Saleh.", "the border would stay shut", []),
    ("The envoy said the border would stay shut, in a speech.", "the border would stay shut", []),
])
def test_the_outlet_of_the_medium_after_the_content_relays_it(rules_only, text, content, via):
    att = _one(rules_only.parse(text))
    assert ([s.text for s in att.content], [v.span.text for v in att.via]) == ([content], via)


@pytest.mark.parametrize("text,content", [
    # near misses: "in" and a noun that is no medium, or a medium inside the content before more words
    ("The mayor said the ferry sank in a storm, in the harbour.", "the ferry sank in a storm, in the harbour"),
    ("Lee said the pier was closed, in a statement that surprised nobody, and reopened later.",
     "the pier was closed, in a statement that surprised nobody, and reopened later"),
])
def test_a_phrase_after_the_content_that_is_no_closing_medium_stays(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == [content]
