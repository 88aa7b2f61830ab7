"""Constructions of aviation, space and travel copy (engine failures and their investigators,
air traffic faults, regulators' fines, launches and space agencies), wire, UK and Indian: a
preliminary report that finds, flight-tracking data, a union that warns, a chairman who tells
reporters, a quote carried over paragraphs, an engine maker joined by "&", on sentences written
for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_ENGINE_FAILURE = (
    "Investigators said on Tuesday that the right engine of a Pellam Air jet had failed soon after "
    "take-off from Dunmore, forcing the crew to turn back.\n\n"
    "The preliminary report found that a fan blade had snapped and pierced the engine casing.\n\n"
    "According to flight-tracking data from FlightRadar24, the jet circled for half an hour before landing.\n\n"
    "The airline said in a statement that it had grounded two more aircraft as a precaution.\n\n"
    "The pilots' union warned that engineers were stretched too thin.\n\n"
    "Pellam Air expects to restore its full timetable by Sunday, a spokesman said."
)


def test_an_engine_failure_story(rules_only):
    atts = rules_only.parse(_ENGINE_FAILURE).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Investigators", "group", "said"),
        ("The preliminary report", "document", "found"),
        ("flight-tracking data from FlightRadar24", "document", "According to"),
        ("The airline", "organization", "said in a statement"),
        ("The pilots' union", "organization", "warned"),
        ("a spokesman", "person", "said")]
    # the airline named in the first report's words is the one "the airline" stands for
    assert atts[3].source.refers_to.span.text == "Pellam Air"
    assert [s.text for s in atts[0].content] == [
        "the right engine of a Pellam Air jet had failed soon after take-off from Dunmore, forcing the crew to turn back"]


_WATCHDOG_FINE = (
    "Skyways has agreed to pay a record fine for selling seats on cancelled flights, the regulator said.\n\n"
    "“The airline's conduct was unacceptable,” the regulator's chair, Ann Pellow, told a news conference.\n\n"
    "“Many travellers were left out of pocket.\n\n"
    "“This fine should send a message to the whole industry.”\n\n"
    "In a statement, Skyways chief executive Vanessa Hudson apologised to customers. “We let you down,” she said."
)


def test_a_regulators_fine_story(rules_only):
    atts = rules_only.parse(_WATCHDOG_FINE).attributions
    chair = next(a for a in atts if a.cue.text == "told")
    # the quotation goes on over the paragraphs that open with a quotation mark and no close before
    assert len(chair.content) == 3 and chair.content[-1].text.startswith("“This fine")
    # "she" is the chief executive who opens the sentence before, though no report's source
    she = atts[-1]
    assert she.source.span.text == "she" and she.source.refers_to.span.text == "Vanessa Hudson"


_LAUNCH = (
    "The Dunmore Space Agency will launch its first lunar lander in July, agency chairman Ravi Menon told "
    "reporters on Monday.\n\n"
    "“All the tests are done and the lander is ready,” Mr Menon said at the agency's headquarters.\n\n"
    "A senior agency official, who did not wish to be named, said the launch window would open on July 12.\n\n"
    "Former agency chief K. Rao said the mission would put the country among a few nations.\n\n"
    "“It is a proud moment,” he told PTI."
)


def test_a_launch_story(rules_only):
    atts = rules_only.parse(_LAUNCH).attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [
        ("agency chairman Ravi Menon", "person"),
        ("Mr Menon", "person"),
        ("A senior agency official", "anonymous"),
        ("Former agency chief K. Rao", "person"),
        ("he", "person")]
    assert atts[1].source.refers_to.span.text == "agency chairman Ravi Menon"
    assert atts[4].source.refers_to.span.text == "Former agency chief K. Rao"
    assert [v.span.text for v in atts[4].via] == ["PTI"]


@pytest.mark.parametrize("sentence,source,kind,cue", [
    # a regulator's and a space agency's officials, many; a split quote under one speaker
    ("Space agency officials said on Wednesday that the launch would slip by a week.",
     "Space agency officials", "group", "said"),
    ("“We will not fly until we understand the leak,” said Tom Vance, the mission's manager. “Safety comes first.”",
     "Tom Vance, the mission's manager", "person", "said"),
    ("A spokesperson for Dunmore Airport said: “We are sorry for the delays.”",
     "A spokesperson for Dunmore Airport", "person", "said"),
    ("Passengers told the BBC they had waited on the tarmac for three hours.", "Passengers", "group", "told"),
    # an engine maker joined by "&" speaks as a firm
    ("Harlow & Vance said in a regulatory filing that the inspections would take months.",
     "Harlow & Vance", "organization", "said in a regulatory filing"),
    ("The carrier expects passenger numbers to grow this year, it said.", "it", "organization", "said"),
])
def test_aviation_sources_speak(rules_only, sentence, source, kind, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, kind, cue)


def test_an_engineer_who_speaks_for_the_engine_maker_is_a_person(rules_only):
    # near miss: a person's noun before the firm joined by "&" keeps the person
    att = _one(rules_only.parse("An engineer at Harlow & Vance said the blades were checked."))
    assert (att.source.span.text, att.source.kind) == ("An engineer at Harlow & Vance", "person")


@pytest.mark.parametrize("text,referent", [
    # "the airport" stands for an airport the table knows by its bare name
    ("Gatwick said flights were suspended after drone sightings. The airport said it was sorry.", "Gatwick"),
    # near miss: an airline it knows is no airport
    ("Qantas said flights were suspended after drone sightings. The airport said it was sorry.", None),
])
def test_the_airport_after_a_bare_name(rules_only, text, referent):
    att = rules_only.parse(text).attributions[-1]
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == referent


@pytest.mark.parametrize("sentence,source,kind", [
    # space agencies and air traffic bodies written as a word, not in capitals, are no person
    ("Isro said the lander had touched down.", "Isro", "government"),
    ("Roscosmos said its cosmonauts were safe.", "Roscosmos", "government"),
    ("Eurocontrol said delays would rise this summer.", "Eurocontrol", "organization"),
    ("Iata said demand for flights had recovered.", "Iata", "organization"),
    # near miss: the same body in capitals reads as it did
    ("ISRO said the lander had touched down.", "ISRO", "government"),
])
def test_agencies_by_a_bare_word(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)
