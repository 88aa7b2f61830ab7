"""Constructions of immigration and border copy (US border towns and asylum courts, UK small boats
and removal flights, India's citizenship law): an asylum seeker who gave only his first name,
figures released on a day that show, a worker who spoke on condition that her name not be used,
a man due to be removed, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_CROSSING = (
    "Border agents detain hundreds after river crossing\n\n"
    "Agents detained more than 300 migrants who crossed the river overnight, according to "
    "Customs and Border Protection data.\n\n"
    "Migrants told reporters they had waited for weeks in a shelter across the bridge. An asylum seeker "
    "who gave only his first name, Omar, said he had fled threats at home. \u201cWe had no choice,\u201d he said.\n\n"
    "Figures released on Monday show arrests fell 9 percent in April."
)


def test_a_border_crossing_story(rules_only):
    atts = rules_only.parse(_CROSSING).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Customs and Border Protection data", "according to"), ("Migrants", "told"),
        ("An asylum seeker who gave only his first name, Omar", "said"), ("he", "said"),
        ("Figures released on Monday", "show")]
    # the quotation's "he" is the asylum seeker who spoke just before, no one earlier
    assert atts[3].source.refers_to.span.text == "An asylum seeker who gave only his first name, Omar"
    assert [s.text for s in atts[4].content] == ["arrests fell 9 percent in April"]
    assert atts[4].source.kind == "document"


@pytest.mark.parametrize("sentence,source,kind", [
    # one who seeks asylum, a detainee and an applicant are people, whatever noun goes before them
    ("An asylum seeker said he had fled the fighting.", "An asylum seeker", "person"),
    ("An asylum-seeker said he had slept in a tent.", "An asylum-seeker", "person"),
    ("A job seeker said the queue went round the block.", "A job seeker", "person"),
    ("The visa applicant said he had waited a year.", "The visa applicant", "person"),
    ("Detainees said the cells were cold at night.", "Detainees", "group"),
    ("Lawyers for the asylum seekers argued that the hostel was unsafe.", "Lawyers for the asylum seekers", "group"),
    # people uprooted, with a participle's clause after them, are the mention's head
    ("A migrant facing removal to a third country told the paper he was afraid.",
     "A migrant facing removal to a third country", "person"),
    ("Migrants facing removal said they had not been told where they would go.", "Migrants facing removal", "group"),
])
def test_people_seeking_asylum_and_detained(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,content", [
    # a plural with a participle and where, when or by whom it was released: its verb in the bare form reports
    ("Figures released on Thursday show crossings rose in the spring.", "Figures released on Thursday",
     "crossings rose in the spring"),
    ("Data released by the agency show grant rates fell to a third.", "Data released by the agency",
     "grant rates fell to a third"),
    ("Records obtained by the newspaper show the camp was inspected twice.", "Records obtained by the newspaper",
     "the camp was inspected twice"),
])
def test_figures_released_on_a_day_show(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "show", [content])


def test_a_show_after_a_participle_and_its_determiner_is_a_noun(rules_only):
    # "turned on the | show": the noun after a determiner, no plural's verb
    assert rules_only.parse("Viewers turned on the show after the final episode.").attributions == ()


@pytest.mark.parametrize("sentence,kind", [
    # the terms on which one spoke, that her name be kept back: no report of their own, and the source unnamed
    ("One guard, who spoke on condition that her name not be used, said the wing was overcrowded.", "anonymous"),
    ("A volunteer, speaking on condition that he not be identified, said the boats left at dawn.", "anonymous"),
    # only the last name kept back: a person named by what the text gives
    ("Karim, who spoke on condition that his last name not be used, said the boats left at dawn.", "person"),
])
def test_spoke_on_condition_that_her_name_not_be_used(rules_only, sentence, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, att.source.kind) == ("said", kind)


def test_the_report_that_follows_the_terms(rules_only):
    att = _one(rules_only.parse("A guard said on condition that his name not be published that the cells were full."))
    assert (att.source.span.text, att.source.kind, [s.text for s in att.content]) == (
        "A guard", "anonymous", ["the cells were full"])


@pytest.mark.parametrize("sentence,source", [
    # what is to come to a person after "due to" goes on the noun, as a participle's clause does
    ("One of the women due to be deported told the BBC she had lived here for a decade.",
     "One of the women due to be deported"),
    ("A man due to appear in court told reporters he was innocent.", "A man due to appear in court"),
])
def test_one_due_to_be_removed(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


def test_a_thing_due_to_happen_is_the_content(rules_only):
    att = _one(rules_only.parse("The flight was due to leave on Tuesday, the Home Office said."))
    assert (att.source.span.text, [s.text for s in att.content]) == (
        "the Home Office", ["The flight was due to leave on Tuesday"])
