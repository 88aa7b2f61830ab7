"""Constructions of parliamentary and legislative copy (the Commons and the Lords, the Lok Sabha
and the Rajya Sabha, US Congress hearings, state assemblies), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,cue,content", [
    # a chamber by its name hears what it is told, as a court does, and is no source
    ("The Commons heard that the Treasury had drawn up three plans.", "heard", "the Treasury had drawn up three plans"),
    ("The House heard that the agency had ignored the advice.", "heard", "the agency had ignored the advice"),
    ("The Lok Sabha was told that 14 airports would be leased.", "was told", "14 airports would be leased"),
    ("The agency had ignored the advice, the House of Lords heard.", "heard", "The agency had ignored the advice"),
    ("Parliament was told that the agency had ignored the advice.", "was told", "the agency had ignored the advice"),
    ("MPs were told that the contract had been signed in May.", "were told", "the contract had been signed in May"),
])
def test_a_chamber_that_hears_is_no_source(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


@pytest.mark.parametrize("sentence", [
    # a chamber that hears a case or a speech hears no report
    "The Senate heard the appeal on Monday.",
    "The House heard the minister speak for an hour.",
])
def test_a_chamber_that_hears_a_thing_hears_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,source,content", [
    # a witness testifies before a panel, or to it, then the clause
    ("Dan Cole testified before the committee that the banks were safe.", "Dan Cole", "the banks were safe"),
    ("Treasury Secretary Dan Cole testified before the Senate Banking Committee that the banks were safe.",
     "Treasury Secretary Dan Cole", "the banks were safe"),
    ("Dan Cole testified before Congress in May that he had never met the lobbyist.", "Dan Cole",
     "he had never met the lobbyist"),
    ("Dan Cole testified to the committee that the banks were safe.", "Dan Cole", "the banks were safe"),
    ("The witness testified that she had seen the files shredded.", "The witness", "she had seen the files shredded"),
])
def test_a_witness_testifies_before_a_panel(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "testified", [content])


@pytest.mark.parametrize("sentence,source", [
    # a numbered part of a text of law, or the law by its capitalised noun, is a document
    ("Clause 4 of the Bill states that councils must publish their accounts.", "Clause 4 of the Bill"),
    ("Section 12 of the Act says that councils must publish their accounts.", "Section 12 of the Act"),
    ("Section 12(b) of the Harbours Act says that councils must publish their accounts.",
     "Section 12(b) of the Harbours Act"),
    ("Rule 267 of the Rules of Procedure states that the Chair may suspend a member.",
     "Rule 267 of the Rules of Procedure"),
    ("The first chapter of the report said the plan was unfair.", "The first chapter of the report"),
    ("The Act says that councils must publish their accounts.", "The Act"),
    ("The Bill states that no new licences will be issued after 2030.", "The Bill"),
])
def test_a_part_of_a_text_of_law_is_a_document(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("sentence,source,kind", [
    # a part of the people, and a post "of" a body, stay what they were
    ("A section of the public said the plan was unfair.", "A section of the public", "unnamed"),
    ("The Minister of State said the plan was unfair.", "The Minister of State", "person"),
    ("The ACT said the plan was unfair.", "The ACT", "organization"),
])
def test_a_part_of_people_or_a_post_is_no_document(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text", [
    # a member of a legislature named with the post holds no other post named after
    "Labour MP Nia Reed said the plan was not funded. The minister said it was.",
    "State Assemblyman Jose Ruiz said the bill would protect renters. The clerk said the measure passed.",
    "Replying to a question from Labour MP Anil Verma, the minister said 40 cases had been registered.",
])
def test_a_member_is_no_minister_named_after(rules_only, text):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is None


@pytest.mark.parametrize("text,noun", [
    # but the member's own post, or a part a member plays, still stands for the member
    ("Labour MP Nia Reed said the plan was not funded. The MP added that the minister had misled the House.", "The MP"),
    ("Labour MP Nia Reed said the plan was not funded. The lawmaker added that it would fail.", "The lawmaker"),
    ("Rep. Tom Roe said the plan was not funded. The congressman added that it would fail.", "The congressman"),
])
def test_a_members_own_post_still_stands_for_the_member(rules_only, text, noun):
    att = rules_only.parse(text).attributions[-1]
    assert (att.source.span.text, att.source.refers_to.span.text.split()[-1]) == (noun, text.split(" said")[0].split()[-1])


@pytest.mark.parametrize("sentence,source,content", [
    # whoever told the chamber or the jury, after "by", is the source of what they were told
    ("MPs were told by the housing minister that 12,000 homes had been built.", "the housing minister",
     "12,000 homes had been built"),
    ("The House was told by the minister that the talks had failed.", "the minister", "the talks had failed"),
    ("The jury was told by the prosecutor that the gun had been found.", "the prosecutor", "the gun had been found"),
])
def test_who_told_the_chamber_is_the_source(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("sentence,source,kind", [
    # a chamber by its name is a part of the state, as Parliament and the Senate are
    ("The House of Lords said the Bill had been amended.", "The House of Lords", "government"),
    ("The House of Representatives said the Bill had been amended.", "The House of Representatives", "government"),
    ("The Lok Sabha said the Bill had been amended.", "The Lok Sabha", "government"),
    # and a body of one, named with "of", is a body
    ("The House of Commons Library said the figures were wrong.", "The House of Commons Library", "organization"),
    ("The House of Lords Constitution Committee said the figures were wrong.",
     "The House of Lords Constitution Committee", "organization"),
    # a post "of" a body stays a person
    ("The Speaker of the House said the figures were wrong.", "The Speaker of the House", "person"),
    ("The Duke of Harlow said the figures were wrong.", "The Duke of Harlow", "person"),
])
def test_a_chamber_by_its_name_is_government(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,content", [
    # the chair's ruling on the order of debate is a finding, as "ruled the law void" is
    ("The Speaker ruled the question out of order.", "the question out of order"),
    ("The chair ruled the amendment in order, and the debate went on.", "the amendment in order"),
    ("The Speaker ruled that the question was out of order.", "the question was out of order"),
])
def test_a_chairs_ruling_on_order_is_a_finding(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("ruled", [content])


def test_a_post_ruled_out_is_no_ruling(rules_only):
    assert rules_only.parse("The Speaker ruled the question out.").attributions == ()