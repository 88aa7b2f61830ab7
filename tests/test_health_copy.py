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
