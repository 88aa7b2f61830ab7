"""Constructions of the devolved nations' political copy (BBC Scotland, The Herald, The National,
WalesOnline, Nation.Cymru, the Belfast Telegraph, the News Letter): the nations' outlets and
programmes a speaker is told or speaks to, the committees of Holyrood, the Senedd and Stormont
named by their fields, a question put and then answered, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,via", [
    # the nations' papers, sites and broadcasters by names that read as other words or hold an "and"
    ("Ms Rhys told WalesOnline the levy would be reviewed.", "WalesOnline"),
    ("Ms Rhys told STV the levy would be reviewed.", "STV"),
    ("Ms Rhys told UTV the levy would be reviewed.", "UTV"),
    ("Ms Rhys told S4C the levy would be reviewed.", "S4C"),
    ("Ms Rhys told BBC Alba the levy would be reviewed.", "BBC Alba"),
    ("Ms Rhys told ITV Cymru Wales the levy would be reviewed.", "ITV Cymru Wales"),
    ("Ms Rhys told BBC Northern Ireland the levy would be reviewed.", "BBC Northern Ireland"),
    ("Ms Rhys told the News Letter the levy would be reviewed.", "the News Letter"),
    ("Ms Rhys told the Press and Journal the levy would be reviewed.", "the Press and Journal"),
    ("Ms Rhys told the Impartial Reporter the levy would be reviewed.", "the Impartial Reporter"),
    ("Ms Rhys told The Ferret the levy would be reviewed.", "The Ferret"),
    ("Ms Rhys told Politics Wales the levy would be reviewed.", "Politics Wales"),
    # a paper whose name is a common word, after its article
    ("Ms Rhys told The National the levy would be reviewed.", "The National"),
    ("Ms Rhys told the National the levy would be reviewed.", "the National"),
    # a site by its address, its domain capitalised: no sentence ends at its point
    ("Ms Rhys told Nation.Cymru the levy would be reviewed.", "Nation.Cymru"),
    ("Ms Rhys told Nation.Cymru that the levy would be reviewed.", "Nation.Cymru"),
])
def test_a_devolved_outlet_relays_a_forward_report(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == ("Ms Rhys", "told")
    assert [v.span.text for v in att.via] == [via]
    assert [s.text for s in att.content] == ["the levy would be reviewed"]


@pytest.mark.parametrize("sentence,via", [
    ("\u2018We want the money spent where it is raised,\u2019 Mr Pryce told WalesOnline.", "WalesOnline"),
    ("\u2018We want the money spent where it is raised,\u2019 Mr Pryce told The National.", "The National"),
    ("\u2018We want the money spent where it is raised,\u2019 Mr Pryce told Nation.Cymru.", "Nation.Cymru"),
    ("\u2018We want the money spent where it is raised,\u2019 Mr Pryce told UTV.", "UTV"),
    # a show by its title and its noun, told after the quotation as before a clause
    ("\u2018We want the money spent where it is raised,\u2019 Mr Pryce told the Nolan Show.", "the Nolan Show"),
    ("\u2018We want the money spent where it is raised,\u2019 Mr Pryce told the Kaye Adams Show on Monday.",
     "the Kaye Adams Show"),
])
def test_a_devolved_outlet_relays_a_trailing_quotation(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == ("Mr Pryce", "told")
    assert [v.span.text for v in att.via] == [via]
    assert [s.text for s in att.content] == ["\u2018We want the money spent where it is raised,\u2019"]


@pytest.mark.parametrize("sentence,source,kind", [
    ("The National reported that the minister would resign.", "The National", "outlet"),
    ("Nation.Cymru reported that the minister would resign.", "Nation.Cymru", "outlet"),
    ("WalesOnline reported that the minister would resign.", "WalesOnline", "outlet"),
    ("STV reported that the minister would resign.", "STV", "outlet"),
    # bare, the word is no paper's: New Zealand's party, or anyone's
    ("National said the minister would resign.", "National", "person"),
])
def test_a_devolved_outlet_by_kind(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_a_programme_that_is_no_show_relays_nothing(rules_only):
    att = _one(rules_only.parse("\u2018It is a fair deal,\u2019 Mr Pryce told the Erasmus programme."))
    assert list(att.via) == []


@pytest.mark.parametrize("sentence,source,content", [
    # a relative clause with no "that" inside a fronted "in a ..." phrase: its subject reports
    ("Members of the Senedd voted to introduce a visitor levy, in a move critics say will hurt tourism.",
     "critics", ["a move", "will hurt tourism"]),
    ("The council backed the ferry contract in a deal islanders say is too costly.",
     "islanders", ["a deal", "is too costly"]),
    ("MSPs met in a chamber workers said was too cold.", "workers", ["a chamber", "was too cold"]),
])
def test_a_bare_relative_after_in_a_noun(rules_only, sentence, source, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.cue.text in ("say", "said")]
    assert len(atts) == 1
    assert atts[0].source.span.text == source
    assert [s.text for s in atts[0].content] == content


@pytest.mark.parametrize("sentence,source", [
    # Holyrood's, the Senedd's and Stormont's committees by their fields in small letters, joined
    ("The finance and public administration committee said the costs were unclear.",
     "The finance and public administration committee"),
    ("In a report, the health and social care committee said the costs were unclear.",
     "the health and social care committee"),
    ("Holyrood's rural affairs and islands committee said the costs were unclear.",
     "Holyrood's rural affairs and islands committee"),
    ("The Senedd's culture and communications committee said the costs were unclear.",
     "The Senedd's culture and communications committee"),
    ("Stormont's infrastructure and transport committee said the costs were unclear.",
     "Stormont's infrastructure and transport committee"),
])
def test_a_committee_by_its_joined_fields(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source
    assert [s.text for s in att.content] == ["the costs were unclear"]


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a question put, then the asked one's own report joined by "and": the question ends there
    ("Northern Ireland Secretary Hilary Benn was asked about the cuts on Monday and said the government "
     "was listening.", "Northern Ireland Secretary Hilary Benn", "said", "the government was listening"),
    ("Mr Swinney was asked about the ferries and insisted that the vessels would be delivered.",
     "Mr Swinney", "insisted", "the vessels would be delivered"),
    ("The First Minister was asked whether she would resign and replied that she would not.",
     "The First Minister", "replied", "she would not"),
])
def test_asked_and_then_answered(rules_only, sentence, source, cue, content):
    atts = rules_only.parse(sentence).attributions
    asked = [a for a in atts if a.rule == "core.asked.v2"]
    answered = [a for a in atts if a.cue.text == cue]
    assert len(asked) == 1 and " and " not in asked[0].content[0].text
    assert len(answered) == 1
    assert answered[0].source.span.text == source
    assert [s.text for s in answered[0].content] == [content]


@pytest.mark.parametrize("sentence,content", [
    # an "and" with no verb of saying after it leaves the question whole
    ("Mr Swinney was asked about the ferries and the budget.", "the ferries and the budget"),
])
def test_asked_about_two_things(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,source,cue,via,content", [
    # the house style: the name after "said", a programme by its outlet's possessive, a spokeswoman
    # "in a statement", quotations split around the cue
    ("\u2018The First Minister keeps making promises he cannot keep,\u2019 said Mr Findlay.",
     "Mr Findlay", "said", [], ["\u2018The First Minister keeps making promises he cannot keep,\u2019"]),
    ("Health Secretary Neil Gray told BBC Radio Scotland's Good Morning Scotland programme that "
     "progress was being made.", "Health Secretary Neil Gray", "told",
     ["BBC Radio Scotland's Good Morning Scotland programme"], ["progress was being made"]),
    ("In a statement, a spokeswoman for the Scottish Government said: \u2018Ministers are committed "
     "to reducing waiting times.\u2019", "a spokeswoman for the Scottish Government", "said", [],
     ["\u2018Ministers are committed to reducing waiting times.\u2019"]),
    ("Finance Secretary Shona Robison, speaking to STV News, said the government had made tough choices.",
     "Finance Secretary Shona Robison", "said", ["STV News"], ["the government had made tough choices"]),
    ("Mr Swinney told MSPs that the Scottish Government had delivered an extra \u00a3100 million.",
     "Mr Swinney", "told", [], ["the Scottish Government had delivered an extra \u00a3100 million"]),
    ("Mike Nesbitt told the Assembly that emergency departments were under pressure.",
     "Mike Nesbitt", "told", [], ["emergency departments were under pressure"]),
])
def test_devolved_house_style(rules_only, text, source, cue, via, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert [v.span.text for v in att.via] == via
    assert [s.text for s in att.content] == content


@pytest.mark.parametrize("sentence,source,kind", [
    ("Police Scotland said two men had been arrested.", "Police Scotland", "government"),
    ("The PSNI said two men had been arrested.", "The PSNI", "organization"),
    ("COSLA said councils had not been consulted.", "COSLA", "organization"),
    ("SDLP MLA Ann Kerr said councils had not been consulted.", "SDLP MLA Ann Kerr", "person"),
    ("Welsh Conservative MS Sam Pryce said councils had not been consulted.", "Welsh Conservative MS Sam Pryce",
     "person"),
    ("A Welsh Government spokesperson said councils had not been consulted.",
     "A Welsh Government spokesperson", "person"),
])
def test_devolved_sources_by_kind(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,content", [
    # a hearer of a few words before a colon, the quotation opened by a plain single mark as British
    # copy types it: the quotation is what was told, no clause after a one-word hearer
    ("Angela Constance told the justice committee: 'This was the right decision.'", "Angela Constance",
     "'This was the right decision.'"),
    ("Ms Forbes told the Scottish Parliament's finance committee: 'This is a fair budget.'", "Ms Forbes",
     "'This is a fair budget.'"),
    ("The minister told Stormont's health committee: 'We need more money.'", "The minister",
     "'We need more money.'"),
    # ... and after an aside set off by a comma
    ("Ms Rhys said, to applause: 'We will win.'", "Ms Rhys", "'We will win.'"),
])
def test_a_colon_then_a_plain_single_mark(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.rule) == (source, "core.colon_lead.v2")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,via", [
    # a programme by its outlet's possessive, its title of three words that ends on a place
    ("Speaking on BBC Radio Scotland's Good Morning Scotland, Mr Pryce said the plan was flawed.",
     "BBC Radio Scotland's Good Morning Scotland"),
    ("Speaking on BBC Radio Ulster's Good Morning Ulster, Mr Pryce said the plan was flawed.",
     "BBC Radio Ulster's Good Morning Ulster"),
    ("Speaking to BBC Radio 4's Today programme, Mr Pryce said the plan was flawed.", "BBC Radio 4's Today programme"),
])
def test_speaking_on_a_programme_with_a_long_title(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == ("Mr Pryce", "said")
    assert [v.span.text for v in att.via] == [via]


@pytest.mark.parametrize("sentence,via", [
    # a programme named for its host after the outlet's possessive is the relay whole, where the
    # sentence opens, set off by commas, or after the cue, as after "told"
    ("Speaking on BBC Two's Evenings with Tom Garrow, Mr Pryce said the plan was flawed.",
     ["BBC Two's Evenings with Tom Garrow"]),
    ("Mr Pryce, speaking on BBC Two's Evenings with Tom Garrow, said the plan was flawed.",
     ["BBC Two's Evenings with Tom Garrow"]),
    ("Mr Pryce said on BBC Two's Evenings with Tom Garrow that the plan was flawed.",
     ["BBC Two's Evenings with Tom Garrow"]),
    ("Mr Pryce told BBC Two's Evenings with Tom Garrow that the plan was flawed.",
     ["BBC Two's Evenings with Tom Garrow"]),
    # near miss: a companion in small letters is no host of the title and no part of the relay
    ("Speaking on ABC's Nightline with his wife, Mr Pryce said the plan was flawed.", ["ABC's Nightline"]),
])
def test_a_programme_named_for_its_host_is_the_relay_whole(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == ("Mr Pryce", "said" if "told" not in sentence else "told")
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize("sentence,source,kind", [
    # a devolved government by its capitalised noun, alone or after its nation
    ("The Executive said the plan was flawed.", "The Executive", "government"),
    ("The Northern Ireland Executive said the plan was flawed.", "The Northern Ireland Executive", "government"),
    ("The Scottish Executive said the plan was flawed.", "The Scottish Executive", "government"),
    # a post's holder, a title's word before it, or the noun in small letters: a person
    ("The Chief Executive said the plan was flawed.", "The Chief Executive", "person"),
    ("The executive said the plan was flawed.", "The executive", "person"),
])
def test_the_executive_of_a_devolved_government(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence", [
    # "agree" with a plain noun object adopts a thing, and reports no point granted
    "The talks stalled after the Executive agreed its budget.",
    "The harbour board agreed the plan on Monday.",
    "Both unions agreed a new pay deal last week.",
    # "offer" with goods or a price for its object offers no words
    "The ferry firm offered a 10% discount to islanders.",
    "Most distilleries offer tours and tastings for about \u00a315.",
    "The hotel offered free meals to stranded passengers.",
])
def test_a_thing_adopted_or_offered_reports_nothing(rules_only, sentence):
    assert list(rules_only.parse(sentence).attributions) == []


@pytest.mark.parametrize("sentence,cue,content", [
    # a clause after "agree" keeps it a report; words offered are reported
    ("Ms Rhys agreed the levy would hurt tourism.", "agreed", ["the levy would hurt tourism"]),
    ("Mr Pryce offered his condolences to the family.", "offered", ["his condolences to the family"]),
    ("Mr Pryce offered an assessment of the talks.", "offered", ["an assessment of the talks"]),
])
def test_a_clause_agreed_or_words_offered_still_report(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert att.cue.text == cue
    assert [s.text for s in att.content] == content


@pytest.mark.parametrize("sentence,source,content", [
    # "without citing sources" qualifies the report: no second report of the sources
    ("The Herald reported, without citing sources, that the minister would resign.",
     "The Herald", ["the minister would resign"]),
    ("The paper said the minister would resign, without citing sources.",
     "The paper", ["the minister would resign"]),
    ("The paper said the minister would resign, without providing any evidence.",
     "The paper", ["the minister would resign"]),
])
def test_without_citing_sources_is_no_report(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source
    assert [s.text for s in att.content] == content


@pytest.mark.parametrize("text,source,content", [
    # a headline's topic label before its colon is no speaker when a name and its quoted words follow
    ("Welsh Labour leadership: Morgan \u2018confident\u2019 of support\n\nThe vote closes on Friday.", None, None),
    ("Ferry contract row: Pryce \u2018angry\u2019 at delay\n\nThe vote closes on Friday.", None, None),
    # ... and no part of the content a trailing cue reports
    ("Senedd expansion: new voting system \u2018confusing\u2019, warns Electoral Commission\n\nThe vote closes on Friday.",
     "Electoral Commission", ["new voting system \u2018confusing\u2019"]),
    ("Island ferries: new timetable \u2018unworkable\u2019, says council\n\nThe vote closes on Friday.",
     "council", ["new timetable \u2018unworkable\u2019"]),
])
def test_a_headline_topic_label_is_no_speaker_nor_content(rules_only, text, source, content):
    atts = list(rules_only.parse(text).attributions)
    if source is None:
        assert atts == []
    else:
        assert len(atts) == 1
        assert atts[0].source.span.text == source
        assert [s.text for s in atts[0].content] == content


def test_a_person_label_before_a_name_and_its_quotation_stays_the_speaker(rules_only):
    att = _one(rules_only.parse("Pryce: Rhys \u2018unfit\u2019 to lead\n\nThe vote closes on Friday."))
    assert att.source.span.text == "Pryce"


@pytest.mark.parametrize("sentence,source,via", [
    # no comma after a participle's lead: it ends at the outlet's name before the subject's title
    ("Speaking to BBC Scotland Mr Lee said the plan would fail.", "Mr Lee", ["BBC Scotland"]),
    ("Speaking to STV Dr Ann Rhys said the plan would fail.", "Dr Ann Rhys", ["STV"]),
    ("Talking to BBC Wales Health Secretary Ann Rhys said the plan would fail.",
     "Health Secretary Ann Rhys", ["BBC Wales"]),
    ("Speaking to BBC Scotland, Mr Lee said the plan would fail.", "Mr Lee", ["BBC Scotland"]),
])
def test_a_lead_with_no_comma_ends_at_the_outlet(rules_only, sentence, source, via):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source
    assert [v.span.text for v in att.via] == via
    assert [s.text for s in att.content] == ["the plan would fail"]


@pytest.mark.parametrize("sentence,content", [
    # another's report on the act in a phrase ends the content of a cue whose object is a noun phrase
    ("The council approved the plan in a decision residents say is unfair.", ["the plan"]),
    ("The council endorsed the levy in a vote traders said would hurt them.", ["the levy"]),
])
def test_another_report_in_a_phrase_ends_a_noun_content(rules_only, sentence, content):
    atts = list(rules_only.parse(sentence).attributions)
    first = [a for a in atts if a.cue.text not in ("say", "said")]
    other = [a for a in atts if a.cue.text in ("say", "said")]
    assert [s.text for s in first[0].content] == content
    assert len(other) == 1 and other[0].content[-1].text in ("is unfair", "would hurt them")


def test_a_clause_keeps_another_report_in_its_phrase(rules_only):
    atts = [a for a in rules_only.parse("Ms Rhys said the council acted in a way residents say is unfair.").attributions
            if a.cue.text == "said"]
    assert [s.text for s in atts[0].content] == ["the council acted in a way residents say is unfair"]


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    # a committee's fields in lower case, commas and all, after its house's name
    ("Holyrood's net zero, energy and transport committee said the plan was weak.",
     "Holyrood's net zero, energy and transport committee", "organization"),
    ("The Commons digital, culture, media and sport committee said the plan was weak.",
     "The Commons digital, culture, media and sport committee", "organization"),
    ("The plan was weak, the environment, food and rural affairs committee said.",
     "the environment, food and rural affairs committee", "organization"),
    ("Yesterday, the environment, food and rural affairs secretary said the plan was weak.",
     "the environment, food and rural affairs secretary", "person"),
    # capitalised fields after a sentence's opener keep the opener out
    ("Yesterday, Culture, Media and Sport Secretary Ann Lee said the plan was weak.",
     "Culture, Media and Sport Secretary Ann Lee", "person"),
])
def test_a_committees_fields_listed_with_commas(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)
