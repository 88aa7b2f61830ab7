"""Constructions of Australian and New Zealand copy (ABC, AAP, the Sydney Morning Herald, RNZ,
Stuff): Senate estimates hearings, an inquiry that heard evidence, a treasurer after an opposition
leader, the region's outlets a source told, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_ESTIMATES = (
    "Senate estimates has heard the defence department spent $4 million on consultants for a project that was "
    "later scrapped.\n\n"
    "Greens senator Sarah Hanson-Young told Senate estimates the spending was \u201can absolute disgrace\u201d.\n\n"
    "Department secretary Greg Moriarty told the committee the contracts had been properly approved.\n\n"
    "\u201cWe followed every procurement rule,\u201d Mr Moriarty said.\n\n"
    "The inquiry heard that the department had been warned about cost overruns in 2021.\n\n"
    "Defence Minister Richard Marles's office said in a statement the minister had asked for a full review."
)


def test_a_senate_estimates_story(rules_only):
    atts = rules_only.parse(_ESTIMATES).attributions
    assert [(a.source.span.text if a.source else None, a.cue.text) for a in atts] == [
        (None, "has heard"), ("Greens senator Sarah Hanson-Young", "told"), ("Department secretary Greg Moriarty", "told"),
        ("Mr Moriarty", "said"), (None, "heard"), ("Defence Minister Richard Marles's office", "said in a statement")]
    assert [s.text for s in atts[0].content] == [
        "the defence department spent $4 million on consultants for a project that was later scrapped"]
    assert atts[3].source.refers_to.span.text == "Department secretary Greg Moriarty"


@pytest.mark.parametrize("text,content", [
    # the Senate's estimates hearings hear evidence as a court or an inquiry does; "estimates" is no verb
    ("Senate estimates heard that the agency had lost track of 300 laptops.", "the agency had lost track of 300 laptops"),
    ("Senate Estimates was told the new ferries would arrive late.", "the new ferries would arrive late"),
    # after "that" the words are a clause, though their verb reads as a participle ("spent")
    ("The inquiry heard that the council spent $2 million on the report.", "the council spent $2 million on the report"),
])
def test_a_hearing_of_estimates_hears_evidence(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert att.source is None
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text", [
    # a document's noun in -s before an auxiliary is that verb's subject, no verb of saying
    "Budget estimates were revised after the floods.",
    "Treasury forecasts had assumed a wetter winter.",
    # and a hearing that heard a case, no evidence, is no report
    "The court heard the appeal on Tuesday.",
])
def test_a_noun_before_an_auxiliary_is_no_cue(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,source,cue", [
    # the verb in -s before its clause is still one (no auxiliary after it)
    ("Treasury estimates that the rate cut will save households $80 a month.", "Treasury", "estimates"),
    # a verb whose clause's subject a relative took stays one before an auxiliary
    ("The levy, which Ms Roe claims has cost farmers dearly, ends in May.", "Ms Roe", "claims"),
])
def test_a_verb_in_s_before_its_clause_still_reports(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("text", [
    # a leader of the opposition, a shadow treasurer hold none of a government's posts
    "Opposition Leader Tom Harker said the budget was a mess.\n\nThe treasurer said the budget would include relief.",
    "Shadow treasurer Tom Harker said the budget was a mess.\n\nThe minister said the budget would include relief.",
    # nor does a prime minister hold the treasurer's
    "The Prime Minister said the budget was fair.\n\nThe treasurer said the budget would include relief.",
])
def test_a_government_post_is_no_opposition_member(rules_only, text):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text.lower() in ("the treasurer", "the minister")
    assert att.source.refers_to is None


@pytest.mark.parametrize("text,person", [
    # the treasurer named before is the treasurer, with another post of his or not
    ("Deputy Prime Minister and Treasurer Tom Harker said the budget was fair.\n\nThe treasurer said the budget would include relief.",
     "Deputy Prime Minister and Treasurer Tom Harker"),
    # a treasurer is a minister
    ("Treasurer Tom Harker said the budget was fair.\n\nThe minister said the budget would include relief.",
     "Treasurer Tom Harker"),
    # one given no post is whom the post goes on with, as before
    ("Ann Lee said the budget was fair.\n\nThe treasurer said the budget would include relief.", "Ann Lee"),
])
def test_a_government_post_still_goes_on_with_its_holder(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


@pytest.mark.parametrize("outlet", [
    "RNZ", "AAP", "The Age", "Stuff", "TVNZ", "Newshub", "The West Australian", "the AFR", "Radio New Zealand",
    "Crikey", "A Current Affair", "Newstalk ZB",
])
def test_the_regions_outlets_a_source_told(rules_only, outlet):
    att = _one(rules_only.parse(f"Ms Lane told {outlet} that the dam would not be finished before winter."))
    assert [v.span.text for v in att.via] == [outlet]
    assert [s.text for s in att.content] == ["the dam would not be finished before winter"]


@pytest.mark.parametrize(("text", "outlet", "content"), [
    # a channel's news by its number glued to "News", with or without "that": the outlet told, no
    # part of the content
    ("Ms Lane told 1News the dam would not be finished before winter.", "1News",
     "the dam would not be finished before winter"),
    ("The mayor told 9News that the road would stay shut.", "9News", "the road would stay shut"),
    ("A witness told 7NEWS the fire had spread quickly.", "7NEWS", "the fire had spread quickly"),
])
def test_a_channels_news_by_its_number_is_an_outlet_told(rules_only, text, outlet, content):
    att = _one(rules_only.parse(text))
    assert [v.span.text for v in att.via] == [outlet]
    assert [s.text for s in att.content] == [content]


def test_a_channels_news_by_its_number_reporting_is_an_outlet(rules_only):
    assert _one(rules_only.parse("7NEWS reported the fire was out by noon.")).source.kind == "outlet"


@pytest.mark.parametrize("text", [
    # India's Aam Aadmi Party by its initials, before its people, is no agency told
    "Mr Kejriwal told AAP workers that the party would win in Punjab.",
    "The minister told PA members that the talks would resume.",
])
def test_a_bare_agency_name_before_its_people_is_no_outlet(rules_only, text):
    assert _one(rules_only.parse(text)).via == ()


@pytest.mark.parametrize("dateline", [
    # Australian Associated Press writes its name after the date with no brackets, before the dash
    "HOBART, Mar 3 AAP - ", "Darwin, Oct 12 AAP - ", "ALICE SPRINGS, June 9 AAP - ", "WELLINGTON, Feb 2 NZPA - ",
])
def test_an_agency_with_no_brackets_after_the_date_ends_a_dateline(rules_only, dateline):
    att = _one(rules_only.parse(dateline + "The ferry to the island will stop running in May, the operator says."))
    assert [s.text for s in att.content] == ["The ferry to the island will stop running in May"]
    assert rules_only.parse(dateline + "Nothing was said.").attributions == ()


@pytest.mark.parametrize("text", [
    # the same words with no date, or with no dash, open a sentence
    "Lee and AAP - the wire - said the ferry would stop.",
    "Ann Lee, Mar 3 AAP reporter, said the ferry would stop.",
])
def test_capitals_with_no_date_or_dash_open_no_dateline(rules_only, text):
    from attribution import layout

    assert layout.analyse(text).sentences[0].start == 0


@pytest.mark.parametrize("name", [
    # the portfolios of Australian and New Zealand ministers that "and" joins before one title
    "Climate Change and Energy Minister Chris Toa",
    "Immigration and Citizenship Minister Chris Toa",
    "Aged Care and Seniors Minister Chris Toa",
    "Indigenous Australians and Regional Development Minister Chris Toa",
    "Pacific Peoples and Ethnic Communities Minister Chris Toa",
    "Mental Health and Suicide Prevention Minister Chris Toa",
])
def test_a_portfolio_of_joined_fields_has_one_holder(rules_only, name):
    att = _one(rules_only.parse(f"{name} said the scheme would be expanded."))
    assert (att.source.span.text, att.source.kind) == (name, "person")


@pytest.mark.parametrize("name", ["Ann Lee and Energy Minister Chris Toa", "Lee and Climate Change Minister Chris Toa"])
def test_a_person_joined_to_a_minister_is_two(rules_only, name):
    att = _one(rules_only.parse(f"{name} said the scheme would be expanded."))
    assert (att.source.span.text, att.source.kind) == (name, "group")


@pytest.mark.parametrize("text,source", [
    # the Australian Labor Party by its one word, as "Labour" is the British and New Zealand party's
    ("Labor said the Coalition had no plan for the economy.", "Labor"),
    ("Labor has said it will oppose the bill.", "Labor"),
    ("Federal Labor says the bill does not go far enough.", "Federal Labor"),
])
def test_labor_is_a_party(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("text,outlets", [
    # two outlets "and" joins, then the clause told with no "that", as after one
    ("Ms Lane told The Sydney Morning Herald and The Age the dam would not be finished before winter.",
     ["The Sydney Morning Herald", "The Age"]),
    ("Ms Lane told RNZ and Stuff the dam would not be finished before winter.", ["RNZ", "Stuff"]),
    ("Ms Lane told the ABC and AAP the dam would not be finished before winter.", ["the ABC", "AAP"]),
    ("Ms Lane told Newstalk ZB and the Herald she would not be finished before winter.", ["Newstalk ZB", "the Herald"]),
])
def test_two_outlets_told_before_a_bare_clause_both_relay_it(rules_only, text, outlets):
    att = _one(rules_only.parse(text))
    assert [v.span.text for v in att.via] == outlets
    assert att.content[0].text.endswith("would not be finished before winter")


@pytest.mark.parametrize("name", [
    # the Commonwealth's letters after a name (counsel, orders, members of a house) are the person's
    "Attorney-General Dana Moss KC", "Rhys Tane AO", "Lorne QC", "Bea Hollis AC", "Sir Colin Ashe KBE",
    "Dame Mere Tui DNZM", "Ivy Marsh ONZM", "Hal Brice MHR", "Wynn SC", "Petra Gale OAM",
])
def test_letters_after_a_name_keep_it_a_person(rules_only, name):
    att = _one(rules_only.parse(f"{name} said the ruling would be appealed."))
    assert (att.source.span.text, att.source.kind) == (name, "person")


@pytest.mark.parametrize("name", ["Pakistan SC", "the NTSB"])
def test_letters_after_no_name_stay_a_body(rules_only, name):
    att = _one(rules_only.parse(f"{name} said the ruling would be appealed."))
    assert att.source.kind != "person"


@pytest.mark.parametrize("name", [
    # a public service by what it does, then the state or the nation it serves
    "Ambulance Victoria", "WorkSafe Victoria", "Transport for NSW", "Fire and Emergency New Zealand",
    "Biosecurity Queensland", "Housing Tasmania", "Corrections Otago",
    # New Zealand's Crown bodies named in Māori for wellbeing
    "Te Whatu Ora", "Kāinga Ora", "Te Aka Whai Ora",
    # and agencies the table knows by a brand or a name in Māori
    "Centrelink", "Oranga Tamariki", "Waka Kotahi", "Te Puni Kōkiri", "Home Affairs",
])
def test_the_regions_public_services_are_the_state(rules_only, name):
    att = _one(rules_only.parse(f"{name} said the figures would be released on Friday."))
    assert (att.source.span.text, att.source.kind) == (name, "government")


@pytest.mark.parametrize("name", ["Queen Victoria", "Ann Victoria", "Rita Ora", "Hana Ora"])
def test_a_place_or_ora_after_a_given_name_or_title_is_a_person(rules_only, name):
    att = _one(rules_only.parse(f"{name} said the figures would be released on Friday."))
    assert att.source.kind == "person"


@pytest.mark.parametrize("name", ["Fonterra", "Telstra", "Westpac", "Woolworths", "Kiwibank", "Wesfarmers"])
def test_the_regions_large_firms_are_bodies(rules_only, name):
    att = _one(rules_only.parse(f"{name} said its profit fell in the half."))
    assert (att.source.span.text, att.source.kind) == (name, "organization")


@pytest.mark.parametrize("text,name", [
    ("The Nationals said they would block the bill.", "The Nationals"),
    ("The Liberals said they would block the bill.", "The Liberals"),
    ("The bill would be blocked, the Nationals said.", "the Nationals"),
    ("The bill would be blocked, the Liberals said on Monday.", "the Liberals"),
    ("The Greens said they would block the bill.", "The Greens"),
])
def test_a_party_by_its_members_plural_after_the_is_a_party(rules_only, text, name):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (name, "organization")


@pytest.mark.parametrize("text,name", [
    # "The" in capitals inside a sentence before a people's adjective titles a paper
    ("The dam was late, The Australian reported.", "The Australian"),
    ("According to The Australian, the dam was late.", "The Australian"),
    ("The levy will rise, The Scotsman reported on Monday.", "The Scotsman"),
])
def test_the_in_capitals_before_a_peoples_adjective_is_a_paper(rules_only, text, name):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (name, "outlet")


@pytest.mark.parametrize("text", [
    "The pitch was slow, the Australian said after the match.",
    "The pitch was slow, the New Zealander said after the match.",
])
def test_the_in_small_letters_before_a_peoples_adjective_is_a_player(rules_only, text):
    assert _one(rules_only.parse(text)).source.kind == "person"
