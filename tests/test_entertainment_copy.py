"""Constructions of entertainment and celebrity copy (the gossip and trade press of film, music
and television, showbiz desks, Bollywood news), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source", [
    # the trade and gossip press by its name, which may be a common word or hold several
    ("TMZ reported that the rapper was detained at the airport.", "TMZ"),
    ("Page Six reported that the actress had quietly sold her beach house.", "Page Six"),
    ("Variety reported that the studio had ordered a second season.", "Variety"),
    ("Deadline reported that the sequel had been pushed to next summer.", "Deadline"),
    ("The Hollywood Reporter reported that the deal was worth $20 million.", "The Hollywood Reporter"),
    ("According to Page Six, the couple are living apart.", "Page Six"),
    ("According to TMZ, the singer cancelled the rest of the tour.", "TMZ"),
    # a name that ends in its mark keeps it, and its sentence goes on past it
    ("E! News reported that the pair had split.", "E! News"),
    ("Hello! reported that the pair had split.", "Hello!"),
])
def test_the_entertainment_press_is_an_outlet(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("sentence,source,outlet", [
    # one told the gossip press relays the report through it
    ("A source told Page Six that the couple are living apart.", "A source", "Page Six"),
    ("A friend of the groom told TMZ that the wedding is off.", "A friend of the groom", "TMZ"),
    ("A spokesperson for the actress told Variety that the reports were false.",
     "A spokesperson for the actress", "Variety"),
    ("The actor's publicist told Deadline: “He is taking time off.”", "The actor's publicist", "Deadline"),
    ("An insider told E! News that the singer was blindsided.", "An insider", "E! News"),
    ("An insider revealed to E! News that the singer was blindsided.", "An insider", "E! News"),
    ("The actress told Pinkvilla that she was not ready to retire.", "The actress", "Pinkvilla"),
])
def test_one_who_told_the_entertainment_press_is_relayed_by_it(rules_only, sentence, source, outlet):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [v.span.text for v in att.via], [v.kind for v in att.via]) == (
        source, [outlet], ["outlet"])


def test_a_surname_like_an_outlets_name_is_no_relay(rules_only):
    att = _one(rules_only.parse("The senator told Ann Page that the vote would be close."))
    assert att.via == ()


def test_the_deadline_as_a_thing_is_no_outlet(rules_only):
    att = _one(rules_only.parse("Officials said the deadline had passed."))
    assert (att.source.span.text, [s.text for s in att.content]) == ("Officials", ["the deadline had passed"])


@pytest.mark.parametrize("text", [
    # an exclamation after such a word still ends its sentence
    "The fans shouted OK! The band played on.",
])
def test_an_exclamation_still_ends_a_sentence(rules_only, text):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == ["OK"]
