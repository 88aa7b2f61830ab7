"""Constructions of local news copy (US city councils, school boards and county commissions, UK
local councils, Indian municipal corporations): members who speak at meetings, residents at public
comment, staff reports and agendas, letters to parents, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_COUNCIL = (
    "The Brookfield City Council said on Monday that it would delay a vote on the new parking rules. The council "
    "said the delay would give businesses time to respond.\n\n"
    "Council member Rosa Albright said during the meeting that the rules were \"long overdue.\""
)


def test_a_city_council_and_its_member(rules_only):
    atts = rules_only.parse(_COUNCIL).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("The Brookfield City Council", "government", "said"), ("The council", "government", "said"),
        ("Council member Rosa Albright", "person", "said")]
    assert atts[1].source.refers_to.span.text == "The Brookfield City Council"
    assert [s.text for s in atts[0].content] == ["it would delay a vote on the new parking rules"]


@pytest.mark.parametrize("sentence,source", [
    # a body of a city, a county, a town or a ward is a local government's, in any case
    ("The city council said it would review the plan.", "The city council"),
    ("Dunmore County Council said it would review the plan.", "Dunmore County Council"),
    ("Ashcombe Borough Council said in a statement that bins would be collected weekly.", "Ashcombe Borough Council"),
    ("The parish council said it would review the plan.", "The parish council"),
    ("The school board said it would review the plan.", "The school board"),
    ("The Millbrook Board of Education said it would review the plan.", "The Millbrook Board of Education"),
    ("The county board of supervisors said it would review the plan.", "The county board of supervisors"),
    ("The county commission said it would review the plan.", "The county commission"),
    ("The planning commission said the project met the rules.", "The planning commission"),
    ("The civic body said the drains would be cleaned before the monsoon.", "The civic body"),
    ("The Nagpur Municipal Corporation (NMC) said the drains would be cleaned.",
     "The Nagpur Municipal Corporation (NMC)"),
    ("The gram panchayat said the well would be repaired.", "The gram panchayat"),
    ("The county health department said 40 new cases were reported.", "The county health department"),
    ("The city's planning department said the permit was valid.", "The city's planning department"),
])
def test_a_local_governments_body_is_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source", [
    # a council or a board of no city, county or town is no local government's
    ("The student council said it would review the plan.", "The student council"),
    ("The Muslim Council of Britain said it would review the plan.", "The Muslim Council of Britain"),
    ("The company's board said it would review the offer.", "The company's board"),
    ("The housing charity's board said it would review the plan.", "The housing charity's board"),
    ("The Vishwa Hindu Parishad said it would hold a rally.", "The Vishwa Hindu Parishad"),
])
def test_a_body_of_no_local_government_stays_an_organization(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("sentence,source", [
    # an agenda is a text, as minutes and a staff report are
    ("According to the meeting agenda, the council will take up the rezoning next month.", "the meeting agenda"),
    ("The agenda shows the council will take up the rezoning next month.", "The agenda"),
    ("According to a staff report, the road would cost $2 million to repave.", "a staff report"),
    ("According to the minutes, the board discussed the closure in April.", "the minutes"),
])
def test_an_agenda_is_a_document(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("sentence", [
    # a verb of rising or falling after one of going on or beginning is a figure's course, no report
    "Flu cases continued to climb across the county.",
    "Water bills continued to rise.",
    "Enrollment began to fall in 2019.",
    "Rents started to climb across the city.",
])
def test_a_figures_course_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,cue", [
    # one who goes on speaking, or tries to rally people, still reports
    ("The mayor continued to question the figures.", "continued to question"),
    ("Lee tried to rally voters behind the plan.", "tried to rally"),
])
def test_a_speakers_going_on_still_reports(rules_only, sentence, cue):
    assert _one(rules_only.parse(sentence)).cue.text == cue


@pytest.mark.parametrize("sentence,source,content", [
    # "during" and "following" in a relative clause on the subject are prepositions, no participles
    ("Residents who spoke during public comment said they were worried about rising water rates.",
     "Residents who spoke during public comment", "they were worried about rising water rates"),
    ("Parents who spoke during the meeting said the closures would hurt young children.",
     "Parents who spoke during the meeting", "the closures would hurt young children"),
    ("Tenants who moved out following the fire said the landlord had ignored the alarms.",
     "Tenants who moved out following the fire", "the landlord had ignored the alarms"),
    # and the near miss: a clause set off by commas is the mention's as before
    ("Ann Lee, who spoke during the meeting, said the rates were too high.", "Ann Lee, who spoke during the meeting",
     "the rates were too high"),
])
def test_a_relative_clause_with_during_stays_in_the_subject(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "said", [content])


@pytest.mark.parametrize("sentence,content", [
    # a plural hearer of "told" with a noun before it is the hearer, whole, before the clause
    ("Jessica Marsh told board members the district had not listened to families.",
     "the district had not listened to families"),
    ("One resident told school board members the buses were always late.", "the buses were always late"),
    ("The developer told council members it would build 40 affordable homes.", "it would build 40 affordable homes"),
    # and the near miss: a bare plural hearer, as before
    ("The clerk told commissioners the road was unsafe.", "the road was unsafe"),
])
def test_a_modified_plural_hearer_stays_out_of_the_content(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("told", [content])


@pytest.mark.parametrize("sentence,source,kind", [
    # "people" and the place they are in are many people, as "residents in" a place are
    ("People in Fort Harlow say the pier should stay open.", "People in Fort Harlow", "group"),
    ("Women from Dunmore Bay said the clinic was too far away.", "Women from Dunmore Bay", "group"),
    ("Children at Harlow Primary said the bus was late.", "Children at Harlow Primary", "group"),
    # and no one, wherever, is no one a pronoun may stand for
    ("Nobody in New Harlow said the pier should close.", "Nobody in New Harlow", "unnamed"),
    ("No one at the council said the pier should close.", "No one at the council", "unnamed"),
    ("Nobody said the pier should close.", "Nobody", "unnamed"),
])
def test_people_or_no_one_in_a_place(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_no_pronoun_stands_for_no_one(rules_only):
    text = ("The mayor spoke last. Nobody asked about the pier, so the mayor raised it. "
            "He said the pier would reopen in May.")
    att = next(a for a in rules_only.parse(text).attributions if a.source.span.text == "He")
    assert att.source.refers_to is None or att.source.refers_to.span.text != "Nobody"


@pytest.mark.parametrize(("sentence", "source"), [
    # a verb of feeling before the colon: the one it moves, its object, speaks the quotation
    ("The council's decision doesn't surprise Maya Ortiz: “They never listen to the harbour.”", "Maya Ortiz"),
    ("The vote did not surprise Councillor Dev Anand: “We saw it coming for months.”", "Councillor Dev Anand"),
    # its past and a perfect, whose forms the mined cue lemmas do not know
    ("The long wait for the bridge has frustrated Mayor Rosa Kent: “Every winter we hear the same excuse.”",
     "Mayor Rosa Kent"),
    ("The ruling delighted Councillor Ivo Marsh: “The residents finally have a say.”", "Councillor Ivo Marsh"),
    ("The closure stunned Pastor Glen Ode: “Nobody asked the families.”", "Pastor Glen Ode"),
])
def test_the_one_a_verb_of_feeling_moves_speaks_after_the_colon(rules_only, sentence, source):
    att = _one(rules_only.parse("The council met on Monday.\n" + sentence))
    assert (att.source.span.text, att.cue.text) == (source, ":")
    assert att.content[0].text.startswith("“")


def test_a_verb_of_speech_before_the_colon_keeps_its_subject(rules_only):
    att = _one(rules_only.parse("The council met on Monday.\nMaya Ortiz thanked the crew: “You kept us afloat.”"))
    assert att.source.span.text == "Maya Ortiz"


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a feeling's participle after "be" before a "that" clause is its subject's stance
    ("The harbour master was delighted that the dredging had finally begun.", "was delighted",
     "the dredging had finally begun"),
    ("Councillor Ana Ruiz was disappointed that the vote had been put off again.", "was disappointed",
     "the vote had been put off again"),
])
def test_a_feelings_participle_before_that_is_a_stance(rules_only, sentence, cue, content):
    att = _one(rules_only.parse("The council met on Monday.\n" + sentence))
    assert (att.cue.text, [c.text for c in att.content]) == (cue, [content])


def test_a_feeling_lemma_of_each_form():
    from attribution.lexicon import feeling_lemma
    assert [feeling_lemma(w) for w in ("frustrated", "delights", "worried", "stunned", "saddens", "said")] == [
        "frustrate", "delight", "worry", "stun", "sadden", "say"]
