"""Constructions of transport and aviation copy (air crash inquiries, airline strikes, rail
delays, shipping accidents), wire, UK and Indian: an inquiry's preliminary report, the trades of
the cabin, the cockpit and the track, a crew that speaks as one, airlines, airports and operators
known by a bare name, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_CRASH = (
    "The pilots of a regional jet that slid off a runway in Iowa had been warned about ice, the "
    "National Transportation Safety Board said in a preliminary report on Friday.\n\n"
    "A flight attendant told investigators that the cabin had filled with smoke.\n\n"
    "An air traffic controller said the crew did not answer two calls.\n\n"
    "The cabin crew said they had evacuated the aircraft in 90 seconds.\n\n"
    "Gatwick declined to comment on the delays."
)


def test_a_crash_inquiry_story(rules_only):
    atts = rules_only.parse(_CRASH).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("the National Transportation Safety Board", "government", "said in a preliminary report"),
        ("A flight attendant", "person", "told"),
        ("An air traffic controller", "person", "said"),
        ("The cabin crew", "group", "said"),
        ("Gatwick", "organization", "declined")]
    assert [s.text for s in atts[2].content] == ["the crew did not answer two calls"]


@pytest.mark.parametrize("sentence,source,kind", [
    # a trade of the cabin, the tower, the train or the road is a person's, and the words of its
    # field before it are the mention's ("flight", "traffic" seldom stand in one)
    ("A flight attendant said the doors had jammed.", "A flight attendant", "person"),
    ("The air traffic controller said the jet was too low.", "The air traffic controller", "person"),
    ("A train conductor told the BBC that the doors had jammed.", "A train conductor", "person"),
    ("A cyclist who saw the crash said the lorry did not stop.", "A cyclist who saw the crash", "person"),
    ("Two sailors said the ship had listed for an hour.", "Two sailors", "group"),
])
def test_transport_trades_speak(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_a_trade_inside_the_content_is_no_source(rules_only):
    att = _one(rules_only.parse("Officials said the flight attendant had been injured."))
    assert (att.source.span.text, [s.text for s in att.content]) == (
        "Officials", ["the flight attendant had been injured"])


@pytest.mark.parametrize("sentence,kind", [
    # a crew speaks as many people bound as one, no body
    ("The crew said they had seen smoke.", "group"),
    ("The cabin crew said the flight was calm.", "group"),
    ("Crew members said they had seen smoke.", "group"),
])
def test_a_crew_is_a_group(rules_only, sentence, kind):
    assert _one(rules_only.parse(sentence)).source.kind == kind


@pytest.mark.parametrize("sentence,cue", [
    # an inquiry's report by its stage is the medium the cue was said in, as "in a statement" is
    ("The board said in a preliminary report that the crew had erred.", "said in a preliminary report"),
    ("The crew had erred, the NTSB said in its final report.", "said in its final report"),
    ("The branch said in an interim report that the rail had cracked.", "said in an interim report"),
    # a modifier no table knows leaves the cue bare, as before
    ("The ferry company said in a lengthy report that the crew had erred.", "said"),
])
def test_an_inquiry_report_extends_the_cue(rules_only, sentence, cue):
    assert _one(rules_only.parse(sentence)).cue.text == cue


@pytest.mark.parametrize("sentence,source,kind", [
    # airlines, airports, operators and makers known by a bare name that reads as a person's
    ("Heathrow said it was working with airlines to cut queues.", "Heathrow", "organization"),
    ("Eurostar said trains would run normally on Monday.", "Eurostar", "organization"),
    ("Qantas said the engine had been inspected.", "Qantas", "organization"),
    ("Services will resume on Friday, TfL said.", "TfL", "government"),
    # a brand in camel case after a lower-case opening is a name that speaks
    ("easyJet said flights would resume on Monday.", "easyJet", "organization"),
    ("Flights will resume on Monday, easyJet said.", "easyJet", "organization"),
    # with its noun, as before
    ("Gatwick Airport said flights were delayed.", "Gatwick Airport", "organization"),
])
def test_transport_bodies_by_a_bare_name(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_a_camel_case_word_in_the_content_is_no_source(rules_only):
    att = _one(rules_only.parse("iPhone sales fell in March, analysts said."))
    assert (att.source.span.text, [s.text for s in att.content]) == ("analysts", ["iPhone sales fell in March"])


def test_a_bodys_initials_that_spell_crew_are_no_group(rules_only):
    att = _one(rules_only.parse("CREW said the agency had withheld the records."))
    assert (att.source.span.text, att.source.kind) == ("CREW", "organization")


@pytest.mark.parametrize("text,person", [
    # a body a lower-case noun gives as a union, a watchdog or a pilots' body is no "the airline"
    ("Pilots' body ALPA India alleged that the airline had cut corners. The airline denied the allegation.", None),
    ("The pilots' union alleged that the airline had cut corners. The airline denied the allegation.", None),
    # an airline named before still is, as before
    ("Skyways said fares would rise. The airline said the rise was fair.", "Skyways"),
    ("Union Pacific said freight was down. The company said it would cut jobs.", "Union Pacific"),
])
def test_a_union_or_a_watchdog_is_no_airline(rules_only, text, person):
    ref = rules_only.parse(text).attributions[-1].source.refers_to
    assert (ref.span.text if ref is not None else None) == person
