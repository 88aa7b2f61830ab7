"""Constructions of sports copy (match reports, transfer news, press conferences in football, cricket,
tennis and American football), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence", [
    # "claim" takes a game's spoils, no claim made: wickets, a set, a title won by a margin
    "Okoro claimed three wickets for 31 runs.",
    "The visitors claimed the last five wickets for nine runs.",
    "Patel claimed his 300th Test wicket on the final morning.",
    "Varga claimed the opening set 6-2.",
    "The top seed claimed the title without dropping a set.",
    "Tasmania claimed victory by six wickets.",
    "The hosts claimed victory by 45 runs with an over to spare.",
    "Leeford claimed victory by an innings.",
    # "post" records a result, no message put up
    "The Lions posted 285 for seven in their 50 overs.",
    "The retailer posted record profits in the third quarter.",
    "Shares in the miner posted their biggest gain in a year.",
    "The sprinter posted the fastest time of the morning.",
])
def test_a_thing_won_or_a_result_posted_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,content", [
    # a clause about the thing is still claimed, and a bare "victory" declared
    ("Okoro claimed the wickets were a fluke.", "the wickets were a fluke"),
    ("The skipper claimed the set was decided by a bad call.", "the set was decided by a bad call"),
    ("The senator claimed victory in the primary.", "victory in the primary"),
    ("The senator claimed victory by a wide margin.", "victory by a wide margin"),
])
def test_a_claim_about_the_thing_is_still_a_claim(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("claimed", [content])


@pytest.mark.parametrize("sentence,content", [
    # a message put up, or a clause put up, is still a report
    ("The striker posted a video on Instagram.", "a video"),
    ("The striker posted two words on Instagram.", "two words"),
    ("The striker posted on Instagram that he was staying.", "he was staying"),
])
def test_a_message_posted_is_still_a_report(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == ("The striker", [content])


@pytest.mark.parametrize("sentence,cue,content", [
    # "afterwards" or "beforehand" after the verb of saying is the saying's time, no part of what was said
    ("Coach Ray Dunn said afterwards that the display was pleasing.", "said afterwards", "the display was pleasing"),
    ("Coach Ray Dunn said afterward that the display was pleasing.", "said afterward", "the display was pleasing"),
    ("Coach Ray Dunn said beforehand that the pitch would turn.", "said beforehand", "the pitch would turn"),
    ("“The display was pleasing,” Coach Ray Dunn said afterwards.", "said afterwards", "“The display was pleasing,”"),
    # and before it, a part of the cue as "later" is
    ("Coach Ray Dunn afterwards said the display was pleasing.", "afterwards said", "the display was pleasing"),
])
def test_afterwards_after_the_verb_is_the_sayings_time(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("Coach Ray Dunn", cue, [content])


@pytest.mark.parametrize("sentence,source", [
    # the noun of a place's people is a person, the way players are named a second time
    ("The Serb said his knee was fine.", "The Serb"),
    ("The Yorkshireman said the pitch was flat.", "The Yorkshireman"),
    ("The Catalan said he had felt tired in the third set.", "The Catalan"),
])
def test_a_player_named_by_a_place_is_a_person(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")


def test_a_noun_of_one_place_stands_for_no_one_of_another(rules_only):
    atts = rules_only.parse("The Spaniard said his side deserved more.\n\n"
                            "The Frenchman declined to comment on the penalty.").attributions
    assert [a.source.span.text for a in atts] == ["The Spaniard", "The Frenchman"]
    assert atts[1].source.refers_to is None


def test_a_noun_of_a_place_still_stands_for_the_player_named_before(rules_only):
    atts = rules_only.parse("Ivan Petrov said the wind had made serving hard.\n\n"
                            "The Russian added that he would rest before Paris.").attributions
    assert atts[1].source.refers_to is not None and atts[1].source.refers_to.span.text == "Ivan Petrov"


@pytest.mark.parametrize("sentence,source,cue", [
    # a plural subject and the place it is in: the bare form after them is the plural's verb
    ("Reports in Spain claim the defender wants to leave.", "Reports in Spain", "claim"),
    ("Sources from Italy claim the deal is done.", "Sources from Italy", "claim"),
    ("Officials in New Delhi claim the series will go ahead.", "Officials in New Delhi", "claim"),
])
def test_a_bare_verb_after_a_plural_in_a_place_is_the_plurals(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)


def test_a_noun_after_a_place_with_no_plural_before_it_is_no_verb(rules_only):
    assert rules_only.parse("The striker put in a transfer request after the Spain claim was rejected.").attributions == ()


@pytest.mark.parametrize("sentence", [
    # "concede" lets in a score, no point granted
    "Harlow Town conceded three goals in the first half.",
    "The bowlers conceded 40 runs in the last three overs.",
    "The centre-back conceded a soft penalty after the break.",
    "The champion conceded the opening set 6-2.",
])
def test_a_score_conceded_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,content", [
    # a race conceded, or a clause, is still a report
    ("The senator conceded the race to her rival.", "the race to her rival"),
    ("The coach conceded the goals had been soft.", "the goals had been soft"),
    ("The coach conceded that his side had been poor.", "his side had been poor"),
])
def test_a_point_conceded_is_still_a_report(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("conceded", [content])


_MATCH_REPORT = (
    "Harlow Town beat Leeford 3-1 at Mill Lane on Saturday. Dean Okafor scored twice and Sam Reyes claimed the "
    "third goal before Leeford conceded a late penalty.\n\n"
    "“We were poor in the first half,” Leeford manager Tom Ellery told BBC Sport. “The second half was much better.”\n\n"
    "Ellery said afterwards that his side would learn from the defeat.\n\n"
    "Reports in Portugal claim Okafor is wanted by Benfica. The club confirmed in a statement that no offer had been received."
)


def test_a_match_report_reads_its_reports_and_none_of_its_scores(rules_only):
    atts = rules_only.parse(_MATCH_REPORT).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Leeford manager Tom Ellery", "told"), ("Ellery", "said afterwards"), ("Reports in Portugal", "claim"),
        ("The club", "confirmed in a statement")]
    assert [s.text for s in atts[1].content] == ["his side would learn from the defeat"]
    assert atts[1].source.refers_to.span.text == "Leeford manager Tom Ellery"
    assert [v.span.text for v in atts[0].via] == ["BBC Sport"]


_CRICKET_REPORT = (
    "Vellore posted 296 for eight after Arjun Rao hit 92 off 87 balls. Kiran Das claimed three wickets for 41 runs.\n\n"
    "“The boys were brilliant today,” the skipper said at the post-match presentation.\n\n"
    "Hosts Vellore claimed victory by 38 runs with two overs to spare."
)


def test_a_cricket_report_reads_the_skippers_words_and_none_of_its_scores(rules_only):
    att = _one(rules_only.parse(_CRICKET_REPORT))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "the skipper", "said", ["“The boys were brilliant today,”"])
