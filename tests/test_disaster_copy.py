"""Constructions of accident, transport and weather-disaster copy (a wire's breaking news, British
and Indian papers): airlines and rail operators, safety boards, weather services, coastguards, fire
brigades and disaster authorities, rescuers, survivors and officials with a death toll, on
sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_RUNWAY = (
    "A cargo plane overran the runway at Dunmore airport on Sunday, the airline said in a statement.\n\n"
    "Pellam Air said the Boeing 737 had landed in strong crosswinds. \"Nobody on board was hurt,\" the airline "
    "said in a statement.\n\n"
    "The National Transportation Safety Board (NTSB) said it had sent three investigators to the airport. The "
    "board said the cockpit voice recorder had been found.\n\n"
    "A survivor, who asked not to be named, said the crew had acted quickly.\n\n"
    "According to the NTSB, the inquiry could take a year. The agency reported that the jet had been serviced in May."
)


def test_a_runway_accident_and_its_safety_board(rules_only):
    atts = rules_only.parse(_RUNWAY).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts][1:] == [
        ("Pellam Air", "organization", "said"), ("the airline", "organization", "said in a statement"),
        ("The National Transportation Safety Board (NTSB)", "government", "said"), ("The board", "government", "said"),
        ("A survivor", "anonymous", "said"), ("the NTSB", "government", "According to"),
        ("The agency", "government", "reported")]
    assert atts[2].source.refers_to.span.text == "Pellam Air"
    assert atts[4].source.refers_to.span.text == "The National Transportation Safety Board (NTSB)"
    assert [s.text for s in atts[5].content] == ["the crew had acted quickly"]


_DERAILMENT = (
    "At least nine people were killed when a passenger train left the tracks near Rampur on Friday, officials said.\n\n"
    "Rescuers said they had pulled 30 people from the coaches. According to the state disaster management "
    "authority, more than 200 people had been moved to safety.\n\n"
    "The India Meteorological Department (IMD) said heavy rain would continue over the next two days. The "
    "National Disaster Response Force (NDRF) said its teams had reached the site."
)


def test_a_derailment_and_the_indian_bodies(rules_only):
    atts = rules_only.parse(_DERAILMENT).attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [
        ("officials", "group"), ("Rescuers", "group"), ("the state disaster management authority", "government"),
        ("The India Meteorological Department (IMD)", "government"),
        ("The National Disaster Response Force (NDRF)", "government")]
    assert [s.text for s in atts[1].content] == ["they had pulled 30 people from the coaches"]


_STORM = (
    "The Met Office warned that gusts of 80mph could bring down power lines. Network Rail said four lines had been "
    "closed.\n\n"
    "The coastguard said it had rescued three people from a yacht off the coast. A fire brigade spokesman said crews "
    "had been called to 30 flooded homes."
)


def test_a_storm_and_its_british_bodies(rules_only):
    atts = rules_only.parse(_STORM).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("The Met Office", "government", "warned"), ("Network Rail", "organization", "said"),
        ("The coastguard", "government", "said"), ("A fire brigade spokesman", "person", "said")]
    assert [s.text for s in atts[2].content] == ["it had rescued three people from a yacht off the coast"]


@pytest.mark.parametrize("sentence,source", [
    # a public emergency service is the state's, in lower case too, as the police are
    ("The fire brigade said the blaze had been put out.", "The fire brigade"),
    ("The fire department said two firefighters were hurt.", "The fire department"),
    ("The ambulance service said it had treated 14 people.", "The ambulance service"),
    ("Kerrow Fire and Rescue Service said the road would stay shut.", "Kerrow Fire and Rescue Service"),
    ("The coastguard said the search had been called off.", "The coastguard"),
    ("HM Coastguard said the vessel had sunk.", "HM Coastguard"),
    # a lower-case body after a word of a state's level
    ("The state disaster management authority said 40 villages were flooded.", "The state disaster management authority"),
    ("A federal agency said the bridge was unsafe.", "A federal agency"),
    # initials of a transport or weather body, and a name before its initials in brackets
    ("The IMD said the cyclone would make landfall on Tuesday.", "The IMD"),
    ("The DGCA said the pilot's licence had been suspended.", "The DGCA"),
    ("The AAIB said the helicopter's engine had failed.", "The AAIB"),
    ("The National Transportation Safety Board said the crash was under review.",
     "The National Transportation Safety Board"),
    ("The Bureau of Aviation Safety (BAS) said it would publish a report.", "The Bureau of Aviation Safety (BAS)"),
])
def test_a_transport_weather_or_rescue_body_is_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source,kind", [
    # near misses: a private service, a lone coastguard, a firm's agency, and a body of many states
    ("The security service said the guard had left.", "The security service", "organization"),
    ("A coastguard said the sea was too rough.", "A coastguard", "person"),
    ("The national advertising agency said the campaign would run.", "The national advertising agency",
     "organization"),
    ("The International Civil Aviation Organization (ICAO) said the rules would change.",
     "The International Civil Aviation Organization (ICAO)", "organization"),
    ("Amnesty International (AI) said the camp was closed.", "Amnesty International (AI)", "organization"),
    ("Senator Ann Roe (D-NY) said the bill would pass.", "Senator Ann Roe (D-NY)", "person"),
])
def test_a_near_miss_keeps_its_kind(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,antecedent", [
    # "the airline" stands for no firm whose name's end says another trade, but for one named for flying
    ("A jet slid off the runway at Kerrigan International Airport, the airline said.", None),
    ("Harlow Motors cut 500 jobs on Monday. The airline said it would hire again.", None),
    ("Vela Air cut 500 jobs on Monday. The airline said it would hire again.", "Vela Air"),
    # a carrier may be a line by sea or rail as well as an airline
    ("Casco Bay Lines cut two ferries on Monday. The carrier said it would add them back.", "Casco Bay Lines"),
])
def test_the_airline_stands_for_a_firm_of_its_trade(rules_only, text, antecedent):
    ref = rules_only.parse(text).attributions[-1].source.refers_to
    assert (ref.span.text if ref is not None else None) == antecedent


def test_a_state_body_in_lower_case_is_its_noun_again(rules_only):
    atts = rules_only.parse(
        "Some 400 families had left their homes, according to the state disaster management authority. "
        "The authority said relief camps had been set up.").attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [
        ("the state disaster management authority", "government"), ("The authority", "government")]
    assert atts[1].source.refers_to.span.text == "the state disaster management authority"


@pytest.mark.parametrize("sentence,source", [
    # a weather service in lower case is the state's, as a weather body by its name is
    ("The weather office has warned of heavy rain over the coast.", "The weather office"),
    ("The weather bureau said the cyclone had weakened.", "The weather bureau"),
    ("The Greek coast guard said the ferry had been towed to port.", "The Greek coast guard"),
])
def test_a_weather_office_or_a_coast_guard_in_lower_case_is_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("text,antecedent", [
    # a name of any trade may be an airline's or a carmaker's ("Enterprises", "Labs")
    ("Orrin Enterprises cut 500 jobs on Monday. The airline said it would hire again.", "Orrin Enterprises"),
    ("Kestrel Labs cut 500 jobs on Monday. The drugmaker said it would hire again.", "Kestrel Labs"),
    ("Vela Rail cut 500 jobs on Monday. The carmaker said it would hire again.", None),
])
def test_a_branch_noun_and_a_name_of_any_trade(rules_only, text, antecedent):
    ref = rules_only.parse(text).attributions[-1].source.refers_to
    assert (ref.span.text if ref is not None else None) == antecedent


@pytest.mark.parametrize("text", [
    "Rain threatened the final at Eden Park.",
    "Fog disrupted flights out of Hallam on Friday.",
    "Hail damaged the orchards near Tarlow.",
    "Fire threatened homes on the ridge.",
])
def test_one_capitalised_word_of_weather_before_a_verb_is_no_source(rules_only, text):
    assert not rules_only.parse(text).attributions


@pytest.mark.parametrize("text,source", [
    ("Dana Snow toured the depot. Snow criticised the plan.", "Snow"),
    ("Ravi Rain chaired the panel. Rain opposed the levy.", "Rain"),
    ("Snow said the depot would close.", "Snow"),
])
def test_a_word_of_weather_that_a_name_ends_or_that_says_is_a_source(rules_only, text, source):
    assert rules_only.parse(text).attributions[-1].source.span.text == source


@pytest.mark.parametrize("sentence,source,content", [
    # the fields of one body joined by "and" in lower case before its noun: the whole body speaks
    ("The fire and rescue service said two crews had been sent to the mill.", "The fire and rescue service",
     "two crews had been sent to the mill"),
    ("Kalvia's meteorology and geophysics agency said there was no threat of a tsunami.",
     "Kalvia's meteorology and geophysics agency", "there was no threat of a tsunami"),
    ("The state health and family welfare department said 40 people had been treated.",
     "The state health and family welfare department", "40 people had been treated"),
    ("Kalvia's fire and emergency directorate said the boat had been found.",
     "Kalvia's fire and emergency directorate", "the boat had been found"),
])
def test_a_body_named_by_fields_joined_with_and_is_one_source(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "government", "said", [content])


@pytest.mark.parametrize("sentence,source", [
    # "and" before a noun of a body that is no last word of the mention joins no fields
    ("The storm hit the coast and rescue service staff said three people had died.", "rescue service staff"),
    ("The tide rose over the pier and ambulance service staff said two people were hurt.", "ambulance service staff"),
    ("The quake shook the town and weather agency officials said it was shallow.", "weather agency officials"),
])
def test_and_before_a_body_noun_inside_a_longer_mention_joins_no_fields(rules_only, sentence, source):
    assert rules_only.parse(sentence).attributions[-1].source.span.text == source


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a weather, disaster or emergency service in lower case is the state's by the word of its work
    ("The meteorological department warned that heavy rain would continue.", "The meteorological department",
     "warned", "heavy rain would continue"),
    ("The met department said the monsoon had arrived early.", "The met department", "said",
     "the monsoon had arrived early"),
    ("The weather agency said the typhoon had weakened overnight.", "The weather agency", "said",
     "the typhoon had weakened overnight"),
    ("The disaster agency said 20 people were still trapped.", "The disaster agency", "said",
     "20 people were still trapped"),
    ("The fire authority said the blaze was under control.", "The fire authority", "said",
     "the blaze was under control"),
    ("The police department said the driver had been arrested.", "The police department", "said",
     "the driver had been arrested"),
    # a lower-case body's noun before the initials a state's body goes by
    ("The country's disaster agency AFAD said 20 people were trapped.", "The country's disaster agency AFAD", "said",
     "20 people were trapped"),
    ("The federal agency FEMA said aid was on its way.", "The federal agency FEMA", "said", "aid was on its way"),
    ("The USGS said the quake struck at a depth of 10 km.", "The USGS", "said", "the quake struck at a depth of 10 km"),
])
def test_an_emergency_or_weather_body_is_government(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "government", cue, [content])


@pytest.mark.parametrize("sentence,source,kind", [
    # near misses: a charity for disasters, a police union, a firm's agency, a news agency by its initials
    ("A disaster relief charity said 40 families needed shelter.", "A disaster relief charity", "organization"),
    ("The police union said officers were exhausted.", "The police union", "organization"),
    ("The firm's agency WPP said the campaign would run.", "The firm's agency WPP", "organization"),
    ("The news agency AFP said the road was shut.", "The news agency AFP", "outlet"),
    ("The travel agency said flights were cancelled.", "The travel agency", "organization"),
])
def test_a_near_miss_of_an_emergency_body_keeps_its_kind(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,kind,content", [
    # "official" before a text's noun says whose the text is; the text speaks, no one left unnamed
    ("The toll rose to 14, an official statement said.", "an official statement", "document", "The toll rose to 14"),
    ("An official press release said relief camps had been set up.", "An official press release", "document",
     "relief camps had been set up"),
    ("An official report said the dam had not been inspected.", "An official report", "document",
     "the dam had not been inspected"),
    # but an official, and an official of any post, is one left unnamed
    ("An official said relief camps had been set up.", "An official", "anonymous", "relief camps had been set up"),
    ("An official spokesman said the dam had held.", "An official spokesman", "anonymous", "the dam had held"),
])
def test_an_official_text_is_a_document(rules_only, sentence, source, kind, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, kind, "said", [content])
