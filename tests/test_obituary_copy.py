"""Constructions of obituaries, tributes and human-interest copy (a US paper's obituary desk, British
and Indian papers, the wires): deaths announced by families, tributes and condolences, relatives who
share the surname of the one who died, what the dead once said, on sentences written for these tests."""

import pytest

_ACTOR = (
    "Harold Whitcombe, the actor who played a gruff detective on television, died on Sunday. He was 84.\n\n"
    "His family said in a statement that he died peacefully. \"Dad was the kindest man we knew,\" his daughter, "
    "Jane Whitcombe, said.\n\n"
    "A spokesman for the family said a private funeral would be held next week.\n\n"
    "In a 2019 interview, Whitcombe said he never expected to become famous."
)


def test_a_bare_surname_after_a_relative_is_the_one_who_died(rules_only):
    atts = rules_only.parse(_ACTOR).attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [
        ("His family", "group"), ("his daughter, Jane Whitcombe", "person"),
        ("A spokesman for the family", "person"), ("Whitcombe", "person")]
    assert atts[3].source.refers_to.span.text == "Harold Whitcombe"
    assert [s.text for s in atts[0].content] == ["he died peacefully"]


@pytest.mark.parametrize("text,name", [
    # a nephew, a son or a widow named with the surname, and the surname alone paragraphs later
    ("Lata Varma, the singer, died in Mumbai on Sunday.\n\nHer nephew, Aditya Varma, told reporters that she had "
     "been ill.\n\nIn an interview in 2014, Varma had said that music was her only prayer.", "Lata Varma"),
    ("Tom Brennan, the former captain, has died aged 79.\n\nBrennan's son, Oliver Brennan, said his father was "
     "cheerful to the last.\n\nSpeaking in 2015, Brennan said cricket had saved his life.", "Tom Brennan"),
])
def test_a_surname_shared_with_a_relative_named_earlier(rules_only, text, name):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to.span.text == name


@pytest.mark.parametrize("text,name", [
    # the surname in the relative's own paragraph is the relative's
    ("Tom Lee, a farmer, died on Sunday.\n\n\"He was kind,\" his daughter, Jane Lee, said. Lee added that he "
     "loved the land.", "his daughter, Jane Lee"),
    # and so is a courtesy title the one who died is not
    ("Tom Lee, a farmer, died on Sunday.\n\nHis daughter, Jane Lee, said he was kind.\n\nMs. Lee said he never "
     "rested.", "His daughter, Jane Lee"),
    # a relative with no one of the surname named before keeps it
    ("The farm was sold last year.\n\nHis son, Sam Lee, said it had been hard.\n\nLee said the family would "
     "move to Ohio.", "His son, Sam Lee"),
])
def test_a_surname_that_stays_the_relatives(rules_only, text, name):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to.span.text == name


@pytest.mark.parametrize("sentence,refers", [
    # "who" after a possessed noun the verb or "by" takes is that person, not the clause's subject
    ("His death was confirmed by his agent, who said he had been ill for years.", "his agent"),
    ("The actor met her manager, who said the tour was over.", "her manager"),
    ("He met his agent, who said he had been ill for years.", "his agent"),
    ("She was sued by her landlord, who said she owed rent.", "her landlord"),
    # but one joined to the subject is the two of them, and one named first is the subject
    ("Lee and his agent, who said he was ill, left early.", "Lee and his agent"),
    ("His agent, who said he had been ill, declined to comment.", "His agent"),
])
def test_who_after_a_possessed_person(rules_only, sentence, refers):
    att = next(a for a in rules_only.parse(sentence).attributions if a.source.span.text == "who")
    assert att.source.refers_to.span.text == refers
