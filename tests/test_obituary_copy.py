"""Constructions of obituaries, tributes and human-interest copy (a US paper's obituary desk, British
and Indian papers, the wires): deaths announced by families, tributes and condolences, relatives who
share the surname of the one who died, what the dead once said, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

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


@pytest.mark.parametrize("sentence,source,kind", [
    # a publisher, a record label or a film company by its name is a business, no book or record
    ("Penwood Books said she died on Tuesday at her home.", "Penwood Books", "organization"),
    ("Harbor Records said the album would be released in May.", "Harbor Records", "organization"),
    ("Lantern Pictures said the film was his last.", "Lantern Pictures", "organization"),
    ("Alder Publishing said the memoir would be reprinted.", "Alder Publishing", "organization"),
    # but records in small letters are still texts
    ("Court records said he had been fined twice.", "Court records", "document"),
])
def test_a_publisher_by_its_name(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence", [
    # a death, a case pleaded in court, a number to give the police: nothing said
    "Kuldip Sharma passed away at a private hospital in New Delhi on Wednesday.",
    "The singer passed away peacefully on Sunday.",
    "Jack Dorran, a lawyer who argued three cases before the Supreme Court, died on Thursday.",
    "She argued the appeal in 1998 and won.",
    "Anyone with information should call 101, quoting reference 5223.",
    "Witnesses should contact the station quoting crime number 45/2231/24.",
])
def test_no_report_in_a_death_or_a_case_or_a_reference(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,content", [
    # the near misses still report
    ("He argued the case for reform.", "the case for reform"),
    ("She passed on the message to the minister.", "the message to the minister"),
    ("He ended the speech quoting a number of poets.", "a number of poets"),
])
def test_a_case_argued_for_a_thing_passed_on_and_poets_quoted(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


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


_SINGER = (
    "Veteran singer Lata Deshmukh passed away in Mumbai on Sunday morning, her family said. She was 88.\n\n"
    "Prime Minister Narendra Modi said he was deeply saddened by her death. \"Her voice will live on,\" Modi said "
    "in a tweet.\n\n"
    "Actor Ravi Kapoor posted on Instagram that she was \"the voice of a century.\" Music director Anil Rao "
    "described her as an icon.\n\n"
    "Her mortal remains will be kept at her residence for people to pay their last respects, officials said."
)


def test_an_indian_obituary_and_its_condolences(rules_only):
    atts = rules_only.parse(_SINGER).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("her family", "said"), ("Prime Minister Narendra Modi", "said"), ("Modi", "said in a tweet"),
        ("Actor Ravi Kapoor", "posted on Instagram"), ("Music director Anil Rao", "described … as"),
        ("officials", "said")]
    assert atts[2].source.refers_to.span.text == "Prime Minister Narendra Modi"
    assert [s.text for s in atts[1].content] == ["he was deeply saddened by her death"]


@pytest.mark.parametrize("sentence,source,content", [
    # the agent of a raised passive before its "to" holds the impression
    ("The duke's widow was said by aides to be bearing up well.", "aides",
     ["The duke's widow", "to be bearing up well"]),
    ("The gunman was said by police to have acted alone.", "police", ["The gunman", "to have acted alone"]),
    ("Ticket sales are expected by promoters to double.", "promoters", ["Ticket sales", "to double"]),
])
def test_a_raised_passive_with_its_agent(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, content)


@pytest.mark.parametrize("sentence", [
    # a time after "by" is no agent, and none holds the impression
    "The bill is expected by Friday to pass the Senate.",
    "The King was said to be saddened by the news.",
])
def test_a_raised_passive_with_no_agent(rules_only, sentence):
    assert all(a.source is None for a in rules_only.parse(sentence).attributions)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a widow, a grandson or a stepdaughter after a fronted adverbial heads the subject of a
    # participle's report, as a wife or a son does
    ("On Monday, his widow released a statement, saying he had died peacefully in his sleep.",
     "his widow", "released a statement, saying", "he had died peacefully in his sleep"),
    ("Later that evening, her grandson posted a tribute, describing her as the family's anchor.",
     "her grandson", "describing", "her as the family's anchor"),
    ("In a short post, his stepdaughter paid tribute, calling him a patient teacher.",
     "his stepdaughter", "calling", "him a patient teacher"),
])
def test_a_relative_by_kin_reports_by_a_participle(rules_only, sentence, source, cue, content):
    att = rules_only.parse(sentence).attributions[-1]
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])
