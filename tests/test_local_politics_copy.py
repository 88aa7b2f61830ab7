"""Constructions of UK local and devolved politics copy (council by-elections and budgets, the
Scottish Parliament and the Senedd): a count declared in the small hours, a candidate who told a
broadcaster what a result showed, a party's spokesperson for a field, an umbrella body for
councils, a local paper told, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


def _read(parser, text):
    return [(a.source.span.text if a.source else None, a.source.kind if a.source else None, a.cue.text,
             [s.text for s in a.content], [v.span.text for v in a.via]) for a in parser.parse(text).attributions]


_BY_ELECTION = (
    "The Greens have gained the Millford East ward from Labour, the returning officer declared shortly after "
    "2am on Friday.\n\n"
    "Priya Shah told the BBC the result showed residents wanted action on the river. She said her first job "
    "would be to meet the water company.\n\n"
    "The Labour group leader, Cllr Owen Price, said the party would \"learn the lessons\". Labour sources said "
    "privately that the campaign had been poorly run."
)


def test_a_by_election_count_and_the_winner(rules_only):
    assert _read(rules_only, _BY_ELECTION) == [
        ("the returning officer", "person", "declared", ["The Greens have gained the Millford East ward from Labour"], []),
        ("Priya Shah", "person", "told", ["the result showed residents wanted action on the river"], ["the BBC"]),
        ("She", "person", "said", ["her first job would be to meet the water company"], []),
        ("The Labour group leader, Cllr Owen Price", "person", "said", ["the party would \"learn the lessons\""], []),
        ("Labour sources", "anonymous", "said privately", ["the campaign had been poorly run"], []),
    ]


@pytest.mark.parametrize("sentence", [
    # how long after or before a time, and the time, end the sentence after a trailing cue as the time alone does
    "Labour held the seat, the returning officer announced shortly after 1am.",
    "Labour held the seat, the returning officer announced just before midnight.",
    "Labour held the seat, the returning officer announced minutes after the polls closed.",
    "Labour held the seat, the returning officer announced the day after the count.",
    # and the near miss: the time alone, as before
    "Labour held the seat, the returning officer announced after 1am.",
])
def test_how_long_after_a_time_ends_a_trailing_cue(rules_only, sentence):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "the returning officer", "announced", ["Labour held the seat"])


def test_a_count_that_ended_at_a_time_is_no_report(rules_only):
    assert rules_only.parse("The count ended shortly after 1am.").attributions == ()


@pytest.mark.parametrize("sentence,content", [
    # a hearer named, a pronoun or a bare plural after "told" is no part of the clause's subject
    ("Ms Hale told the BBC the survey showed voters were angry.", "the survey showed voters were angry"),
    ("Ms Hale told Mr Roe the survey showed voters were angry.", "the survey showed voters were angry"),
    ("Ms Hale told him the survey showed voters were angry.", "the survey showed voters were angry"),
    ("Ms Hale told officials the survey showed voters were angry.", "the survey showed voters were angry"),
    # and the near miss: a clause whose subject no verb of showing heads, as before
    ("Ms Hale told the BBC the result was a shock.", "the result was a shock"),
])
def test_the_hearer_before_a_clauses_subject_stays_the_hearer(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("Ms Hale", "told", [content])


@pytest.mark.parametrize("sentence,source", [
    # an article after a name no verb of telling takes still goes on the mention
    ("All the members said the budget was unfair.", "All the members"),
    ("Save the Children said the budget was unfair.", "Save the Children"),
])
def test_an_article_inside_a_mention_stays_in_it(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # an adjective and a noun of the field before a spokesperson go on the mention
    ("The party's rural affairs spokesperson said farmers had been ignored.", "The party's rural affairs spokesperson"),
    ("Its rural affairs spokesperson said farmers had been ignored.", "Its rural affairs spokesperson"),
    ("The party's rural affairs spokesperson, Ann Lee, told the Senedd that farmers had been ignored.",
     "The party's rural affairs spokesperson, Ann Lee"),
    # and the near miss: a field with no adjective, as before
    ("The party's foreign affairs spokesperson said farmers had been ignored.", "The party's foreign affairs spokesperson"),
])
def test_an_adjective_before_a_field_and_a_post_stays_in_the_mention(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


@pytest.mark.parametrize("sentence,source,kind", [
    # a name the appositive says is a body for others is the body's
    ("Colsa, the umbrella body for Scotland's councils, said it welcomed the money.",
     "Colsa, the umbrella body for Scotland's councils", "organization"),
    ("Kelbrook, a group representing hill farmers, said it welcomed the money.",
     "Kelbrook, a group representing hill farmers", "organization"),
    # and the near miss: a post for a body is a person's
    ("Ann Lee, the spokeswoman for the group, said it welcomed the money.",
     "Ann Lee, the spokeswoman for the group", "person"),
])
def test_a_body_for_others_in_apposition(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,via", [
    # a local paper's name that ends in "Messenger" is an outlet's, as "Echo" and "Post" are
    ("Mr Jeffery told the Kent Messenger that flooding was getting worse.", ["the Kent Messenger"]),
    ("Mr Jeffery told the Northern Echo that flooding was getting worse.", ["the Northern Echo"]),
])
def test_a_local_paper_told_relays(rules_only, sentence, via):
    assert [v.span.text for v in _one(rules_only.parse(sentence)).via] == via


def test_a_messenger_is_a_person(rules_only):
    # the near miss: a messenger in lower case is a person, no paper
    att = _one(rules_only.parse("A messenger from the palace said the king was ill."))
    assert (att.source.span.text, att.source.kind, att.via) == ("A messenger from the palace", "person", ())


@pytest.mark.parametrize("sentence,cue,content", [
    # a council's meeting and the members of a devolved chamber hear evidence as a committee does: no source
    ("The meeting heard that the pool was used by 4,000 people a week.", "heard",
     "the pool was used by 4,000 people a week"),
    ("The pool was used by 4,000 people a week, the meeting was told.", "was told",
     "The pool was used by 4,000 people a week"),
    ("MSPs were told that the ferries were unsafe.", "were told", "the ferries were unsafe"),
])
def test_a_meeting_that_hears_is_no_source(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


@pytest.mark.parametrize("sentence", [
    # whom a body heard from is no report it heard
    "The meeting heard from residents.",
    "The committee heard from two head teachers on Monday.",
])
def test_a_body_that_heard_from_people_hears_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,source,kind", [
    # a councillor's party and ward in brackets leave the councillor a person
    ("Cllr Gareth Owen (Lab, Riverside) said the closures were a last resort.",
     "Cllr Gareth Owen (Lab, Riverside)", "person"),
    ("Ann Lee (Con) said the closures were a last resort.", "Ann Lee (Con)", "person"),
    # and the near miss: a body's initials in brackets, as before
    ("The Food Standards Agency (FSA) said the closures were a last resort.",
     "The Food Standards Agency (FSA)", "government"),
])
def test_a_party_tag_in_brackets_keeps_the_kind(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)
