"""Constructions of US crime and court copy (arrests, charges, trials), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a name with its age set off by commas is the subject of the verb after it, no inverted speaker's
    ("The indictment says Dana Pruitt, 47, wrote checks to a company she owned.", "The indictment", "says",
     "Dana Pruitt, 47, wrote checks to a company she owned"),
    ("Court papers say Tom Hale, 41, of Akron, wrote threatening letters to the judge.", "Court papers", "say",
     "Tom Hale, 41, of Akron, wrote threatening letters to the judge"),
    ("Police say Ray Ocampo, 62, wrote fake prescriptions for his patients.", "Police", "say",
     "Ray Ocampo, 62, wrote fake prescriptions for his patients"),
])
def test_an_age_after_a_name_leaves_the_verb_to_the_name(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a time word that opens a compound ("week-long", "year-end") is no time adjunct of the cue
    ("Prosecutors argued during the week-long trial that Ames shot the clerk.", "Prosecutors", "argued",
     "Ames shot the clerk"),
    ("The sheriff said during a day-long search that the boy had been found.", "The sheriff", "said",
     "the boy had been found"),
    ("Lee said at a year-end briefing that burglaries had fallen.", "Lee", "said", "burglaries had fallen"),
])
def test_a_time_word_in_a_compound_is_no_adjunct(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a series of pasts after the content's own, the last after "and": the content's subject acting on
    ("Witnesses told detectives that Ames left the bar, returned with a knife and stabbed a bouncer.",
     "Witnesses", "told", "Ames left the bar, returned with a knife and stabbed a bouncer"),
    ("Deputies said the driver fled the scene, crashed his truck and ran into the woods.", "Deputies", "said",
     "the driver fled the scene, crashed his truck and ran into the woods"),
    ("The complaint says Ocampo opened an account, collected donations and kept the money.", "The complaint",
     "says", "Ocampo opened an account, collected donations and kept the money"),
])
def test_a_series_of_predicates_goes_on_with_the_content(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,content", [
    # ... but a series the source's own report opens is the source's next act
    ("Lee said the suspect fled, praised the officers and left.", "the suspect fled"),
    ("Lee said the deputies arrived late, criticized the sheriff and called for an inquiry.", "the deputies arrived late"),
])
def test_a_series_opened_by_a_report_is_the_sources(rules_only, sentence, content):
    doc = rules_only.parse(sentence)
    att = next(a for a in doc.attributions if a.cue.text == "said")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,content", [
    # a guilty plea answers the charge after "to", past a time or an occasion before it
    ("Ames pleaded guilty to two counts of wire fraud.", "to two counts of wire fraud"),
    ("Ames pleaded guilty in federal court on Tuesday to tax evasion.", "to tax evasion"),
    ("Ames pleaded guilty at a hearing in Tulsa to one count of arson.", "to one count of arson"),
])
def test_a_guilty_plea_answers_the_charge_after_to(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("Ames", "pleaded guilty", [content])


@pytest.mark.parametrize("sentence", [
    # ... and with no charge after it, the occasion is no content of the plea
    "Ames pleaded guilty at a hearing on Tuesday.",
    "Ames pleaded guilty in a Tulsa courtroom last week.",
    "Ames pleaded guilty on Monday before Judge Ruth Ortiz.",
])
def test_a_guilty_plea_with_only_an_occasion_reports_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions
