"""Constructions of African English-language political and wire copy (Nigerian, Kenyan,
South African, Ghanaian and Tanzanian papers and agencies): a principal who speaks through a
spokesman named in an aside, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source", [
    # the principal speaks through a spokesman named after the aside: the principal is the mention
    ("The governor, through his spokesman, Tunde Bello, said the roads would be fixed.", "The governor"),
    ("The Lagos State Governor, Mr Tunde Bello, through his Chief Press Secretary, Mr Femi Ade, said "
     "the roads would be fixed.", "The Lagos State Governor, Mr Tunde Bello"),
    ("The ministry, in a statement signed by its spokesperson, Ngozi Eze, said the roads would be fixed.",
     "The ministry"),
    ("The Presidency, in a statement signed by its Special Assistant on Media and Publicity, Mallam Sani "
     "Musa, said the roads would be fixed.", "The Presidency"),
    ("The senator, through her aide, Grace Wanjiru, said the roads would be fixed.", "The senator"),
    ("The council, via its lawyer, Kofi Mensah, said the roads would be fixed.", "The council"),
    ("Tom Roe, in a letter to his lawyer, Ann Lee, said the roads would be fixed.", "Tom Roe"),
])
def test_a_principal_speaking_through_a_named_spokesman(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, ["the roads would be fixed"])


@pytest.mark.parametrize("sentence,source", [
    # near misses: an appositive of the mention itself, a relative clause of the means
    ("Tom Roe, a lawyer, said the roads would be fixed.", "Tom Roe, a lawyer"),
    ("The chief, who spoke through his aide, said the roads would be fixed.", "The chief"),
])
def test_near_misses_of_a_named_spokesman_aside(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,cue", [
    # a bare "this" the cue takes, then where, when or to whom it was said: the pronoun is the content
    ("Dr Bello disclosed this in a statement issued in Kaduna on Sunday.", "disclosed"),
    ("The chairman stated this when he received a delegation of traders at his office.", "stated"),
    ("Mrs Okafor said this on Tuesday in Enugu.", "said"),
    ("The commissioner revealed this to journalists after the council meeting.", "revealed"),
    ("The emir said this at a town hall meeting in Zaria.", "said"),
    ("The senator noted this during a visit to the market.", "noted"),
    ("The chief said this on the sidelines of the summit.", "said"),
])
def test_a_bare_this_before_the_occasion_is_the_content(rules_only, sentence, cue):
    att = _one(rules_only.parse(sentence))
    assert ([s.text for s in att.cue.spans], [s.text for s in att.content]) == ([cue], ["this"])


@pytest.mark.parametrize("sentence,content", [
    # near misses: the pronoun opens a clause of its own, or a time holds it
    ("Dr Bello said this in itself was a problem.", "this in itself was a problem"),
    ("Dr Bello said this on its own would not fix the roads.", "this on its own would not fix the roads"),
    ("Dr Bello said this at the end of the day was about jobs.", "this at the end of the day was about jobs"),
    ("Dr Bello said this week that the roads would be fixed.", "the roads would be fixed"),
    ("Dr Bello said this plan would fail.", "this plan would fail"),
])
def test_near_misses_of_a_bare_this(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,source,cue,content", [
    # Nigerian copy's "It was gathered that ...": learnt, from no one named, as "It is understood that"
    ("It was gathered that the commissioner had left the state capital.", None, "was gathered",
     "the commissioner had left the state capital"),
    ("It was gathered the council had shut the market.", None, "was gathered", "the council had shut the market"),
    # ... and the reporter's own "gathered that": what the reporter learnt
    ("Our correspondent gathered that the council had shut the market.", "Our correspondent", "gathered",
     "the council had shut the market"),
])
def test_it_was_gathered_that_reports_as_it_is_understood(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text if att.source else None, att.cue.text) == (source, cue)
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text", [
    "Protesters gathered that evening outside the court.",
    "Hundreds of traders gathered that morning to hear the governor speak.",
])
def test_gathered_that_evening_is_a_crowd_and_a_time_no_report(rules_only, text):
    assert not rules_only.parse(text).attributions
