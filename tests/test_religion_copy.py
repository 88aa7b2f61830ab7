"""Constructions of religion copy (the Vatican and the Pope, synods, bishops, imams and mosque
committees, temple trusts, abuse inquiries into churches) in wire, UK and Indian styles, on
sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_ABUSE_INQUIRY = (
    "An independent inquiry into child sexual abuse in the Diocese of Marlow has found that church leaders "
    "ignored warnings about a priest for two decades.\n\n"
    "The Vatican defended its handling of the case.\n\n"
    "Nora Bell, one of the women who has accused the priest, said the church had failed them.\n\n"
    "The priest has denied the allegations.\n\n"
    "The Jesuit order, which expelled him last year, said it had found the accounts credible."
)


def test_an_abuse_inquiry_story(rules_only):
    atts = rules_only.parse(_ABUSE_INQUIRY).attributions
    by_cue = {a.cue.text: a for a in atts}
    first = by_cue["has found"]
    assert (first.source.span.text, first.source.kind) == (
        "An independent inquiry into child sexual abuse in the Diocese of Marlow", "document")
    # "the priest" is the one the women accused, not the last woman named
    denied = by_cue["has denied"]
    assert denied.source.span.text == "The priest" and denied.source.refers_to is None
    order = next(a for a in atts if a.source.span.text.startswith("The Jesuit order"))
    assert order.source.kind == "organization"


@pytest.mark.parametrize("sentence,source,kind", [
    # an inquiry, a review or a report "into" something heads its mention, a document
    ("An inquiry into the collapse said the council had failed.", "An inquiry into the collapse", "document"),
    ("A review into the deaths found that staff had been overworked.", "A review into the deaths", "document"),
    ("The investigation into the fire concluded that the wiring was faulty.", "The investigation into the fire", "document"),
    ("A report into abuse in the Diocese of Marlow has found that leaders ignored warnings.",
     "A report into abuse in the Diocese of Marlow", "document"),
    # a bare object of campaigners' "for" or "of" is part of the mention, whatever its words
    ("Campaigners for equal marriage said the changes did not go far enough.", "Campaigners for equal marriage", "group"),
    ("Supporters of fair pay said the changes did not go far enough.", "Supporters of fair pay", "group"),
])
def test_an_inquiry_into_and_campaigners_for(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_a_verbs_object_after_a_preposition_is_no_mention(rules_only):
    # the walk over a preposition's bare object runs only from a noun of people or of a text
    atts = rules_only.parse("Rivers in final stages of flooding said nothing.").attributions
    assert all(a.source is None or a.source.span.text != "Rivers in final stages of flooding" for a in atts)


@pytest.mark.parametrize("text,person", [
    # "the priest" or "the mayor" spoken of after a name is that other one, not the one named
    ("Ann Lee met the mayor on Monday. The mayor said it was wrong.", None),
    ("Nora Bell, who has accused the priest, spoke out. The priest said it was untrue.", None),
    # a post given to the name stays hers
    ("Ann Lee is the mayor of Dayton. The mayor said it was wrong.", "Ann Lee"),
    ("Ann Lee, the mayor of Dayton, spoke. The mayor said it was wrong.", "Ann Lee"),
])
def test_the_noun_spoken_of_since_the_name(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == person


@pytest.mark.parametrize("text,person", [
    # an age before a post's noun, with no such age given before, is whom the post alone is
    ("Pope Francis called for peace. The 86-year-old pontiff said he was praying.", "Pope Francis"),
    ("Bishop Ann Lee called for peace. The 66-year-old bishop said she was praying.", "Bishop Ann Lee"),
    # one named with another age is not
    ("Ann Lee, 66, called for peace. The 41-year-old bishop said she was praying.", None),
])
def test_an_aged_post(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == person


@pytest.mark.parametrize("sentence,source,kind", [
    ("The Jesuit order said it had found the accounts credible.", "The Jesuit order", "organization"),
    ("The religious order said it would cooperate.", "The religious order", "organization"),
    ("The Dicastery for the Doctrine of the Faith said the case was closed.",
     "The Dicastery for the Doctrine of the Faith", "organization"),
    ("Lambeth Palace said the archbishop would meet Anglican leaders.", "Lambeth Palace", "organization"),
    # a court's or an executive order is still a text; a royal palace still the household
    ("The court's order said the accounts were credible.", "The court's order", "document"),
    ("The executive order said the border was closed.", "The executive order", "document"),
    ("Buckingham Palace said the King would attend the church service.", "Buckingham Palace", "government"),
])
def test_religious_bodies_kinds(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,cue,content", [
    # a verb of judging takes the act as what it judges
    ("The imam condemned an arson attack on the mosque.", "condemned", "an arson attack on the mosque"),
    ("The bishop welcomed a statement on migration from the government.", "welcomed",
     "a statement on migration from the government"),
    # one of doing keeps the act and its preposition in the cue
    ("The mayor launched an attack on the council.", "launched an attack on", "the council"),
])
def test_an_act_judged_or_done(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])
