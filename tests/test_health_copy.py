"""Constructions of health and medical-science copy (American, British NHS and Indian): studies and
their authors, public health agencies, NHS trusts and their spokespeople, ministries and drug
companies, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


def _rows(doc):
    """Each report's source, its kind, its cue and its content, in order."""
    return [(a.source.span.text, a.source.kind, a.cue.text, [s.text for s in a.content]) for a in doc.attributions]


@pytest.mark.parametrize("source", [
    # a body's initials in brackets after its name leave it the kind its name gives
    "The Centers for Disease Control and Prevention (CDC)",
    "The Food and Drug Administration (FDA)",
    "The Environmental Protection Agency (EPA)",
    "The Department for Education (DfE)",
])
def test_a_state_body_with_its_initials_in_brackets_is_government(rules_only, source):
    att = _one(rules_only.parse(f"{source} said on Monday that the number of cases had risen."))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("source,kind", [
    # the near-miss: initials in brackets after a firm's or a person's name change nothing
    ("Halvorsen Pharma (HP)", "organization"),
    ("Senator Ann Lee (R-Texas)", "person"),
])
def test_initials_in_brackets_after_another_name_keep_its_kind(rules_only, source, kind):
    att = _one(rules_only.parse(f"{source} said on Monday that the number of cases had risen."))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("source", [
    # a nation's public health agency, and a trust of the state's health service
    "Public Health Wales", "Public Health Scotland", "Health Protection Scotland", "Public Health Ontario",
    "Barts Health NHS Trust", "The Northfield Teaching Hospitals NHS Foundation Trust", "The NHS trust",
    "The ICMR", "The MHRA",
])
def test_public_health_bodies_and_nhs_trusts_are_government(rules_only, source):
    att = _one(rules_only.parse(f"{source} said flu admissions had risen for the third week."))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("source", [
    # a charity's trust and a name that merely opens with "Public Health" are no state's
    "The Wellcome Trust", "The Orrin Trust", "Public Health Research",
])
def test_a_charitys_trust_and_a_research_name_stay_organizations(rules_only, source):
    att = _one(rules_only.parse(f"{source} said flu admissions had risen for the third week."))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


_TRUST = (
    "A woman died after waiting nine hours in an ambulance outside the emergency department of the Marlow "
    "General Hospital.\n\n"
    "Marlow Teaching Hospitals NHS Foundation Trust said demand had been exceptionally high that night. A "
    "hospital spokesperson said staff had done everything they could.\n\n"
    "The trust apologised to the woman's family and said it would share the findings of its review with them."
)


def test_an_nhs_trust_its_spokesperson_and_the_trust(rules_only):
    atts = rules_only.parse(_TRUST).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Marlow Teaching Hospitals NHS Foundation Trust", "government", "said"),
        ("A hospital spokesperson", "person", "said"),
        ("The trust", "government", "said")]
    assert atts[2].source.refers_to.span.text == "Marlow Teaching Hospitals NHS Foundation Trust"
    assert [s.text for s in atts[2].content] == ["it would share the findings of its review with them"]


def test_the_agency_after_a_public_health_body_and_a_broadcaster_is_the_body(rules_only):
    # the broadcaster patients spoke to, named last, is no agency
    att = rules_only.parse(
        "Public Health Wales said flu cases had risen sharply. Patients told the BBC they had waited hours for a "
        "bed. The agency said admissions were at their highest level since 2018.").attributions[-1]
    assert (att.source.span.text, att.source.kind, att.source.refers_to.span.text) == (
        "The agency", "government", "Public Health Wales")


@pytest.mark.parametrize("outlet", ["the BBC", "CNN", "The Daily Telegraph"])
def test_the_agency_after_a_broadcaster_or_a_paper_alone_stands_for_none(rules_only, outlet):
    att = rules_only.parse(
        f"Dr Ann Lee told {outlet} that the ward was full. The agency said the figures would be published on "
        "Friday.").attributions[-1]
    assert att.source.span.text == "The agency" and att.source.refers_to is None


@pytest.mark.parametrize("outlet", ["Agence France-Presse", "the Press Trust of India", "Reuters"])
def test_the_agency_after_a_news_agency_is_still_the_agency(rules_only, outlet):
    att = rules_only.parse(
        f"Dr Ann Lee told {outlet} that the ward was full. The agency said the figures would be published on "
        "Friday.").attributions[-1]
    assert (att.source.span.text, att.source.kind) == ("The agency", "outlet")
    assert att.source.refers_to.span.text == outlet.removeprefix("the ")


@pytest.mark.parametrize("text,document", [
    # the document's bare noun with what tells it after a comma is its full mention
    ("The study, published in The Lancet on Wednesday, found that coffee drinkers lived longer.\n\n"
     "The study also found that tea had no effect.", "The study, published in The Lancet on Wednesday"),
    ("The trial, led by doctors at the Harlow Institute, found that the drug cut deaths. The trial also found "
     "that it was safe.", "The trial, led by doctors at the Harlow Institute"),
])
def test_the_study_stands_for_the_study_told_after_a_comma(rules_only, text, document):
    att = rules_only.parse(text).attributions[-1]
    assert (att.source.kind, att.source.refers_to.span.text) == ("document", document)


def test_the_study_after_a_bare_the_study_stands_for_none(rules_only):
    # the near-miss: "The study" with nothing after it tells no more than the later one
    att = rules_only.parse("The study found that bees sleep. The study also found that they dream.").attributions[-1]
    assert att.source.refers_to is None


_DRUG = (
    "The Food and Drug Administration said on Thursday it had approved a new drug for early Alzheimer's disease. "
    "The FDA said it would review data from a second trial before extending the approval.\n\n"
    "Corvane Therapeutics said in a press release that the drug would cost about $26,000 a year.\n\n"
    "NEW DELHI: The Union health ministry said in a statement that 1,200 new cases of dengue had been reported. "
    "ICMR said a rapid test it had developed could detect the virus within 20 minutes."
)


def test_a_regulator_a_drug_company_a_ministry_and_icmr(rules_only):
    atts = rules_only.parse(_DRUG).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("The Food and Drug Administration", "government", "said"), ("The FDA", "government", "said"),
        ("Corvane Therapeutics", "organization", "said in a press release"),
        ("The Union health ministry", "government", "said in a statement"), ("ICMR", "government", "said")]
    assert atts[1].source.refers_to.span.text == "The Food and Drug Administration"
    assert [s.text for s in atts[2].content] == ["the drug would cost about $26,000 a year"]
    assert [s.text for s in atts[4].content] == ["a rapid test it had developed could detect the virus within 20 minutes"]


@pytest.mark.parametrize("sentence,source,kind", [
    # a drug, a vaccine or a sample that shows a finding is a thing, no person
    ("The drug showed no effect on sleep.", "The drug", "unnamed"),
    ("The vaccine showed strong protection in older adults.", "The vaccine", "unnamed"),
    ("The sample showed traces of arsenic.", "The sample", "unnamed"),
    # near misses: the noun modifies a body's or a person's head, whose kind it keeps
    ("The drug company said it would appeal the ruling.", "The drug company", "organization"),
    ("A drug dealer told police he had never been to the flat.", "A drug dealer", "person"),
])
def test_a_drug_or_a_sample_that_shows_a_finding_is_no_person(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("heading", [
    # a heading that quotes a speaker below, with no mark to end a sentence, is no more of the report above
    "'It gave me my life back'",
    "‘We were lucky’",
    "“A second chance”",
    '"I thought I was going to die"',
])
def test_a_quoted_heading_after_a_report_is_not_its_content(rules_only, heading):
    text = (f"Dr Ann Lee said the team had ruled out other causes of the fall in cases.\n\n{heading}\n\n"
            "Mary Roe, 68, from Leeds, has taken part in the trial since 2021.")
    atts = rules_only.parse(text).attributions
    assert [(a.source.span.text, a.cue.text, [s.text for s in a.content]) for a in atts] == [
        ("Dr Ann Lee", "said", ["the team had ruled out other causes of the fall in cases"])]


@pytest.mark.parametrize("quotation", [
    # (the near-miss: a paragraph that is a quotation closed on its full stop goes on with her words)
    "\"We were lucky.\"", "“It gave me my life back.”", "‘I thought I was going to die!’",
])
def test_a_quoted_sentence_after_a_report_goes_on_with_it(rules_only, quotation):
    text = f"Dr Ann Lee said the team had ruled out other causes.\n\n{quotation}\n\nThe trial began in 2021."
    (att,) = rules_only.parse(text).attributions
    assert [s.text for s in att.content] == ["the team had ruled out other causes", quotation]


@pytest.mark.parametrize("sentence,source,content", [
    # a text's participle of coming out after "according to" describes the text, no part of what it says
    ("Those who walked most had a lower risk, according to the findings, published in the BMJ.",
     "the findings, published in the BMJ", "Those who walked most had a lower risk"),
    ("Waiting times rose by a fifth, according to a survey, conducted by Ipsos last month.",
     "a survey, conducted by Ipsos last month", "Waiting times rose by a fifth"),
    ("Admissions fell in every region, according to the report, released on Thursday.",
     "the report, released on Thursday", "Admissions fell in every region"),
])
def test_a_texts_participle_after_according_to_is_the_sources(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "document", "according to", [content])


@pytest.mark.parametrize("medium", [
    # a health body's regular or latest count, and a bulletin with its modifier, extend the cue
    "in its weekly update", "in its latest situation update", "in a daily update", "in a health bulletin",
    "in its weekly bulletin", "in a medical bulletin", "in its latest report",
])
def test_a_health_bodys_update_or_bulletin_joins_the_cue(rules_only, medium):
    att = rules_only.parse(
        f"Flu admissions rose for a third week, the agency said {medium} on Friday, warning that beds were "
        "scarce.").attributions[0]
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "the agency", f"said {medium}", ["Flu admissions rose for a third week"])


@pytest.mark.parametrize("sentence,source", [
    # "But" or "And" opening the sentence leaves the name its place and its relative clause
    ("But Dr Ann Lee, of the University of Harlow, who was not involved in the trial, warned that it could not "
     "prove cause.", "Dr Ann Lee, of the University of Harlow, who was not involved in the trial"),
    ("And Professor Tom Roe, of Harlow General Hospital, who led the work, said that it could not prove cause.",
     "Professor Tom Roe, of Harlow General Hospital, who led the work"),
    # a body's name in capitals with a possessive in it may close on its place
    ("Dr Ann Lee, of Queen's College Harlow, said that it could not prove cause.",
     "Dr Ann Lee, of Queen's College Harlow"),
    ("Dr Tom Roe, from King's University Belfast, warned that it could not prove cause.",
     "Dr Tom Roe, from King's University Belfast"),
])
def test_an_experts_affiliation_and_clause_are_the_mention(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    cue = sentence.split(", ")[-1].split()[0]  # the verb after the last aside: "warned", "said"
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "person", cue, ["it could not prove cause"])


def test_a_possessive_before_an_occasion_is_no_affiliation(rules_only):
    # the near-miss: "at Monday's Party Conference" is when, no body she works at
    att = _one(rules_only.parse("Dr Ann Lee, at Monday's Party Conference, said that it could not prove cause."))
    assert att.source.span.text == "Dr Ann Lee"


@pytest.mark.parametrize("sentence,source", [
    # a participle after "after", "while" or "since" is inside the relative clause, not the cue's subject
    ("The family of a man who died after visiting the clinic said they wanted answers.",
     "The family of a man who died after visiting the clinic"),
    ("A nurse who fell ill while working on the ward told the BBC she had not been warned.",
     "A nurse who fell ill while working on the ward"),
    ("Parents whose children became sick after eating at Harlow Primary said they were angry.",
     "Parents whose children became sick after eating at Harlow Primary"),
    # and a verb of moving takes "home" or "back" before its place: no mention opens with them
    ("The family of a woman who was sent home from A&E said they wanted answers.",
     "The family of a woman who was sent home from A&E"),
    ("The family of a man who died after being sent home from Harlow Infirmary have said they want answers.",
     "The family of a man who died after being sent home from Harlow Infirmary"),
    ("The family of a man who died after coming back from Spain said they wanted answers.",
     "The family of a man who died after coming back from Spain"),
])
def test_a_participle_or_a_place_inside_a_relative_clause_stays_in_the_mention(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source
    assert att.cue.text in ("said", "told", "have said")
    assert [s.text for s in att.content][0].split()[:2] in (["they", "wanted"], ["she", "had"], ["they", "were"],
                                                            ["they", "want"])


def test_a_participles_clause_fronted_before_the_subject_stays_out(rules_only):
    # the near-miss: with no relative clause, the participle's phrase opens the sentence
    att = _one(rules_only.parse("After visiting the clinic the minister said it was well run."))
    assert (att.source.span.text, [s.text for s in att.content]) == ("the minister", ["it was well run"])


@pytest.mark.parametrize("source", [
    # a health department or board in lower case, Indian copy's "State" in capitals, and a
    # hospital or ambulance trust in lower case are the state's
    "The health department", "The State health department", "The Tamil Nadu health department",
    "The health board", "The health authority", "A hospital trust", "The ambulance trust", "The mental health trust",
])
def test_health_departments_and_hospital_trusts_are_government(rules_only, source):
    att = _one(rules_only.parse(f"{source} said on Monday that cases of dengue had risen."))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "government", "said", ["cases of dengue had risen"])


@pytest.mark.parametrize("source", [
    # near misses: a party's health board, an international health body, a family's trust
    "The party's health board", "The global health body", "The family trust", "The Hospital Trust",
])
def test_a_partys_board_a_global_body_and_a_family_trust_are_not_government(rules_only, source):
    att = _one(rules_only.parse(f"{source} said on Monday that cases of dengue had risen."))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize(("sentence", "source"), [
    # a family doctor by the initials of the post is a person, as "the CEO" is
    ("Her GP said the tests had come back clear.", "Her GP"),
    ("The GP told the inquest he had referred the patient twice.", "The GP"),
    ("A GP in Leeds said waiting lists were getting longer.", "A GP in Leeds"),
])
def test_a_gp_is_a_person(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")
