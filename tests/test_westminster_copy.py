"""Constructions of Westminster political copy, British and Australian (the BBC, the Guardian,
the Telegraph, ABC, the Sydney Morning Herald, Guardian Australia): a committee or a hearing
told, a station by its call sign, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("text,source,content", [
    # a committee named by its subject in small letters, the words the hearer pattern stops short of
    ("The Home Secretary told the home affairs select committee the backlog would be cleared by spring.",
     "The Home Secretary", "the backlog would be cleared by spring"),
    ("Ms Varley told the Commons public accounts committee the contract had been signed in haste.",
     "Ms Varley", "the contract had been signed in haste"),
    ("Treasury secretary Jan Cole told the Senate economics committee the surplus would shrink.",
     "Treasury secretary Jan Cole", "the surplus would shrink"),
    # a hearing, a meeting, a briefing: nouns that end as verb forms do
    ("Officials told a Senate estimates hearing on Monday the rollout had cost $40 million.",
     "Officials", "the rollout had cost $40 million"),
    ("Mr Hale told a Labour Party meeting the leadership had lost its nerve.",
     "Mr Hale", "the leadership had lost its nerve"),
    ("A senior official told a Downing Street briefing the talks would resume on Friday.",
     "A senior official", "the talks would resume on Friday"),
    ("The senator told a parliamentary committee hearing she had never seen the memo.",
     "The senator", "she had never seen the memo"),
])
def test_a_committee_or_a_hearing_told(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, "told")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,content", [
    # words after a one-word hearer that end the sentence are what was told, no hearer of three words
    ("Mr Hale told the board costs rose.", "costs rose"),
    ("Mr Hale told the board costs rose the most.", "costs rose the most"),
    # an infinitive's "to" is no hearer's word
    ("Editors ran a leader telling him to leave his seat and stand in the north.",
     "to leave his seat and stand in the north"),
    ("Mr Hale told the board costs fell.", "costs fell"),
])
def test_a_hearers_tail_stops_before_what_is_told(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert att.cue.text in ("told", "telling")
    assert [s.text for s in att.content] == [content]
