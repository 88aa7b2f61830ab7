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
