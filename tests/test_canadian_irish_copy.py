"""Constructions of Canadian and Irish political copy (CBC, The Canadian Press, the Globe and Mail,
RTÉ, the Irish Times): the country's outlets a source told, a premier of a province whose name
holds an "and", a party whose name holds a capitalised preposition, on sentences written for
these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source,via,content", [
    # a paper whose name holds an "and" is one outlet, not two
    ("Ann Roy told The Globe and Mail that the budget would be late.", "Ann Roy", ["The Globe and Mail"],
     "the budget would be late"),
    ("The MP told the Globe and Mail the vote was rigged.", "The MP", ["the Globe and Mail"], "the vote was rigged"),
    ("Tom Reid said in an interview with The Globe and Mail that he would not resign.", "Tom Reid",
     ["The Globe and Mail"], "he would not resign"),
    ("The senator told the Post and Courier that the tax was unfair.", "The senator", ["the Post and Courier"],
     "the tax was unfair"),
    ("The minister told the Mail and Guardian that the mine would close.", "The minister", ["the Mail and Guardian"],
     "the mine would close"),
])
def test_a_paper_whose_name_holds_and_relays_whole(rules_only, sentence, source, via, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        source, via, [content])


@pytest.mark.parametrize("sentence,via", [
    # Canada's and Ireland's outlets by names that read as other words
    ("Liberal MP Ann Roy told Radio-Canada that she would not run again.", ["Radio-Canada"]),
    ("Ann Roy said in an interview with Radio-Canada that she would not run again.", ["Radio-Canada"]),
    ("Ann Roy told Le Devoir that she would not run again.", ["Le Devoir"]),
    ("Ann Roy told Newstalk that she would not run again.", ["Newstalk"]),
    ("Ann Roy told CBC that she would not run again.", ["CBC"]),
    ("Ann Roy said in a statement to CBC that she would not run again.", ["CBC"]),
    ("Ann Roy told Global News and CTV that she would not run again.", ["Global News", "CTV"]),
])
def test_a_canadian_or_irish_outlet_relays(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == (via, ["she would not run again"])


@pytest.mark.parametrize("sentence,source,kind", [
    # Canada's initials are another body's in American copy: bare, outside an outlet's frame, no outlet
    ("CBC has learned that the minister will resign.", "CBC", "outlet"),
    ("The CBC said the minister will resign.", "The CBC", "organization"),
])
def test_cbc_is_an_outlet_in_an_outlets_frame(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source", [
    # a place whose name holds an "and", then a post and a name: one person
    ("Newfoundland and Labrador Premier Ann Roy said the deal was fair.", "Newfoundland and Labrador Premier Ann Roy"),
    ("Trinidad and Tobago Prime Minister Ravi Nath said the deal was fair.",
     "Trinidad and Tobago Prime Minister Ravi Nath"),
    ("Bosnia and Herzegovina Foreign Minister Tom Reid said the deal was fair.",
     "Bosnia and Herzegovina Foreign Minister Tom Reid"),
    ("Newfoundland and Labrador Liberal Leader Tom Reid said the deal was fair.",
     "Newfoundland and Labrador Liberal Leader Tom Reid"),
])
def test_a_post_of_a_place_whose_name_holds_and_is_one_person(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "person", "said", ["the deal was fair"])


@pytest.mark.parametrize("sentence,source", [
    # two places, or a place and a person, stay many
    ("Ohio and Governor Tom Reid said the deal was fair.", "Ohio and Governor Tom Reid"),
    ("Newfoundland and Labrador Premier Ann Roy and Tom Reid said the deal was fair.",
     "Newfoundland and Labrador Premier Ann Roy and Tom Reid"),
])
def test_a_place_joined_to_a_person_stays_many(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "group")


@pytest.mark.parametrize("sentence,source", [
    # a capitalised preposition between a name's capitalised words opens no clause
    ("People Before Profit TD Ann Roy said the budget was a disgrace.", "People Before Profit TD Ann Roy"),
    ("Life After Debt founder Tom Reid said the budget was a disgrace.", "Life After Debt founder Tom Reid"),
    ("Homes Before Profit spokeswoman Ann Roy said the budget was a disgrace.",
     "Homes Before Profit spokeswoman Ann Roy"),
])
def test_a_capitalised_preposition_inside_a_name(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        source, "said", ["the budget was a disgrace"])


@pytest.mark.parametrize("sentence", [
    "The Cathaoirleach said the motion was out of order.",
    "Cathaoirleach Ann Roy said the motion was out of order.",
])
def test_the_chair_of_an_irish_house_is_a_person(rules_only, sentence):
    att = _one(rules_only.parse(sentence))
    assert (att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        "person", "said", ["the motion was out of order"])


@pytest.mark.parametrize("sentence,source,kind", [
    # a capitalised preposition between a name's capitalised words makes a cause's or a campaign's name
    ("People Before Profit said the budget was a disgrace.", "People Before Profit", "organization"),
    ("Mothers Against Drunk Driving said the law was too weak.", "Mothers Against Drunk Driving", "organization"),
    ("Homes Before Profit said the rents were too high.", "Homes Before Profit", "organization"),
    # ... but a person after it stays one
    ("People Before Profit TD Ann Roy said the budget was a disgrace.", "People Before Profit TD Ann Roy", "person"),
    # the police and the spy service of Canada by their initials, and a provincial member by hers
    ("The RCMP said the driver had died at the scene.", "The RCMP", "government"),
    ("CSIS said the threat level had not changed.", "CSIS", "government"),
    ("The MPP said the clinic would close.", "The MPP", "person"),
    ("The MNA said the clinic would close.", "The MNA", "person"),
])
def test_canadian_and_irish_bodies_and_members_by_kind(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, kind, "said")


@pytest.mark.parametrize("sentence,source", [
    # a federal department by its field's name and "Canada", a title's field too, and fields joined by "and"
    ("Justice Canada said the appeal would be heard in May.", "Justice Canada"),
    ("Service Canada said the payments would resume.", "Service Canada"),
    ("Correctional Service Canada said the inmate had been moved.", "Correctional Service Canada"),
    ("Fisheries and Oceans Canada said the cod quota would fall.", "Fisheries and Oceans Canada"),
    ("Employment and Social Development Canada said the payments would resume.",
     "Employment and Social Development Canada"),
    ("Industry Canada said the merger would be reviewed.", "Industry Canada"),
])
def test_a_canadian_department_by_its_field_is_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source,kind", [
    # near misses: a judge by the title and a surname or a nation that is a surname too; a sport's body
    ("Justice Kennedy said the appeal would be heard in May.", "Justice Kennedy", "person"),
    ("Justice Jordan said the appeal would be heard in May.", "Justice Jordan", "person"),
    ("Justice Ireland said the appeal would be heard in May.", "Justice Ireland", "person"),
    ("Hockey Canada said the tournament would go ahead.", "Hockey Canada", "organization"),
])
def test_near_misses_of_a_canadian_department(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source", [
    # the chair of a house of parliament by a title in Irish or Welsh is a person
    ("The Ceann Comhairle said the motion was out of order.", "The Ceann Comhairle"),
    ("The Leas-Cheann Comhairle said the motion was out of order.", "The Leas-Cheann Comhairle"),
    ("The Llywydd said the motion was out of order.", "The Llywydd"),
    ("The Dirprwy Lywydd said the motion was out of order.", "The Dirprwy Lywydd"),
])
def test_a_chair_of_a_house_by_an_irish_or_welsh_title_is_a_person(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")


@pytest.mark.parametrize("sentence,source", [
    # the house itself, by its name in Irish or Welsh, is the state's
    ("The Dáil said the motion was carried.", "The Dáil"),
    ("The Seanad said the motion was carried.", "The Seanad"),
    ("The Senedd said the motion was carried.", "The Senedd"),
])
def test_a_house_by_its_irish_or_welsh_name_is_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source", [
    # a party by its name in Irish or French, of one word or with a word for a party or a bloc
    ("Aontú said the motion was out of order.", "Aontú"),
    ("Sinn Féin said the motion was out of order.", "Sinn Féin"),
    ("Québec solidaire said the budget was reckless.", "Québec solidaire"),
    ("Parti Québécois said the budget was reckless.", "Parti Québécois"),
    ("Bloc Québécois said the budget was reckless.", "Bloc Québécois"),
])
def test_a_party_by_its_name_in_irish_or_french_is_an_organization(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")

