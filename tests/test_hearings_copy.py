"""Constructions of legislative hearings and testimony (US Congress committees, UK select
committees, Indian parliamentary panels): a witness who testified or told lawmakers, who
acknowledged something under questioning, written testimony as a document, a question put by a
member of the panel, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_HEARING = (
    "The head of the port authority testified before the House Transport Committee on Tuesday that "
    "inspectors had missed the cracks.\n\n"
    "Director Ray Wendt told lawmakers that the reports never reached his office.\n\n"
    "Under questioning from Rep. Lisa Marsh, he acknowledged that the agency had trusted the builder.\n\n"
    "Wendt conceded under oath that two inspectors had been moved.\n\n"
    "His written testimony says the agency will hire 50 more inspectors.\n\n"
    "He was asked by committee member Tom Beck whether anyone had been fired."
)


def test_a_hearing_story(rules_only):
    atts = rules_only.parse(_HEARING).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("The head of the port authority", "person", "testified"), ("Director Ray Wendt", "person", "told"),
        ("he", "person", "acknowledged"), ("Wendt", "person", "conceded"),
        ("His written testimony", "document", "says"), ("committee member Tom Beck", "person", "was asked")]
    assert [s.text for s in atts[3].content] == ["two inspectors had been moved"]
    assert [s.text for s in atts[5].content] == ["whether anyone had been fired"]
    assert atts[2].source.refers_to.span.text == "Director Ray Wendt"


@pytest.mark.parametrize("text,content", [
    # the sworn setting of a witness's words is the cue's, not the start of what was said
    ("The minister said under questioning that the plan had been shelved.", "the plan had been shelved"),
    ("Ms Okafor admitted under cross-examination that she had signed the form.", "she had signed the form"),
    ("The banker acknowledged under oath that the loans were risky.", "the loans were risky"),
    # as before: a time between the cue and its "that"
    ("The banker acknowledged on Monday that the loans were risky.", "the loans were risky"),
])
def test_under_oath_or_questioning_goes_with_the_cue(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,source", [
    # testimony, a deposition or a submission is a text that reports, its participle before it too
    ("Her written testimony says the mine will close in May.", "Her written testimony"),
    ("The sworn deposition says the mayor knew of the deal.", "The sworn deposition"),
    ("The written statement says the fare will rise.", "The written statement"),
    ("The council's submission says the road is unsafe.", "The council's submission"),
])
def test_testimony_is_a_document(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "document")


def test_a_verb_before_a_noun_is_no_participle_of_it(rules_only):
    # "has written" is the verb of the sentence's own subject, not a modifier of "the plan"
    atts = rules_only.parse("Lee has written the plan says the base will close.").attributions
    assert all(a.source.span.text != "written the plan" for a in atts)


@pytest.mark.parametrize("text,source,content", [
    # an asker with words in small letters before the name, or in small letters only
    ("She was asked by committee member Damian Cole whether the firm had shared data.",
     "committee member Damian Cole", "whether the firm had shared data"),
    ("He was asked by the committee chair why the report was late.", "the committee chair", "why the report was late"),
    ("She was asked by a fellow panel member what the plan would cost.", "a fellow panel member", "what the plan would cost"),
    # as before: a name in capitals
    ("She was asked by Sen. Ann Lee whether the firm had shared data.", "Sen. Ann Lee", "whether the firm had shared data"),
])
def test_a_question_put_by_a_member(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source
    assert [s.text for s in att.content] == [content]


def test_an_opening_question_by_a_member_is_no_report_of_its_own_clause(rules_only):
    # the question's own verb ("had shared") is no cue of a report once the asker is read
    atts = rules_only.parse(
        "Asked by committee member Damian Cole whether the firm had shared data, she said no.").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [("committee member Damian Cole", "Asked"), ("she", "said")]


@pytest.mark.parametrize("text", [
    # "by" and a phrase with no question after it: nobody asks
    "She was asked by reporters, but said nothing.",
    "Lee was under oath that day.",
])
def test_no_asker_or_cue_without_a_question(rules_only, text):
    atts = rules_only.parse(text).attributions
    assert all(a.cue.text.lower() not in ("asked", "was asked") for a in atts)


@pytest.mark.parametrize("text,source", [
    # initials run together after a comma open a name, as the chairs of Indian panels are written
    ("The committee's chairman, K.C. Venugopal, said the panel would summon the minister.",
     "The committee's chairman, K.C. Venugopal"),
    ("The party's leader, M.K. Rao, told the panel that the file was cleared.", "The party's leader, M.K. Rao"),
    # as before: initials with a space, and a state's initials that end a sentence after a place
    ("The committee's chairman, K. C. Venugopal, said the panel would meet.", "The committee's chairman, K. C. Venugopal"),
    ("Lee spoke at a rally in Fort Mill, S.C. Ann Roe said the crowd was happy.", "Ann Roe"),
    ("Lee spoke at a rally in Fort Mill, S.C. The mayor said the crowd was happy.", "The mayor"),
])
def test_initials_after_a_comma(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source


@pytest.mark.parametrize("text,content", [
    # "just" or "only" before a fronted time leaves it the sentence's adverbial, no part of the quotation
    ("Just last week, Ann Lee wrote, ''We should act now.''", "''We should act now.''"),
    ("Only last month, the chairman said, “The hearings will go on.”", "“The hearings will go on.”"),
    ("Last week, Ann Lee wrote, ''We should act now.''", "''We should act now.''"),
])
def test_a_fronted_time_after_just_is_no_content(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,source,content", [
    # a quoted charge after the passive's agent is said too, and the agent ends before it
    ("The chief executive was accused by MPs of “living in a parallel universe”.", "MPs", "“living in a parallel universe”"),
    # as before: a bare charge
    ("The chief executive was accused by MPs of hiding losses.", "MPs", "hiding losses"),
])
def test_a_quoted_charge_after_the_agent(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source
    assert [s.text for s in att.content][-1] == content



@pytest.mark.parametrize("text,content", [
    # the one who put the questions, named after "under questioning", goes with the cue too
    ("Grant said under questioning from Sen. Ann Lee that the base was closed.", "the base was closed"),
    ("The banker admitted under cross-examination by Ms Roe that the loans were risky.", "the loans were risky"),
])
def test_under_questioning_from_a_member_goes_with_the_cue(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == [content]
