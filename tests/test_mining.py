"""Counting the cue table's figures, and weighing cues by counts mined without an article."""

from typing import NamedTuple

import pytest

from attribution import mining
from attribution.layout import analyse
from attribution.lexicon import Lexicon


def _spans(text: str, *words: str) -> list[list[tuple[int, int]]]:
    """One annotated cue per word, at each of its occurrences in turn."""
    out, pos = [], 0
    for w in words:
        pos = text.index(w, pos)
        out.append([(pos, pos + len(w))])
        pos += len(w)
    return out


def test_a_cue_counts_by_its_head_and_what_follows_it():
    text = "Lee has said that the pier was late. Lee said “the quay said nothing.”"
    as_cue, total = mining.count_cues(text, analyse(text), _spans(text, "has said", "said"))
    assert as_cue == {("said", "that"): 1, ("said", "quote"): 1}
    # every word outside quotations is counted; the "said" inside the quotation is not
    assert total["said", "that"] == 1 and total["said", "quote"] == 1 and total["said", "word"] == 0
    assert total["lee", "word"] == 2


def test_the_table_keeps_cues_seen_twice_and_never_less_total_than_cue():
    rows = list(mining.cue_rows({("quipped", "that"): 2, ("mused", "that"): 1}, {("quipped", "that"): 1}))
    assert rows == [("quipped", "that", 2, 2)]


def test_a_lexicon_weighs_cues_by_given_counts_then_by_the_shipped_table_again():
    lexicon = Lexicon()
    shipped = lexicon.cue_weight("frobbed", "pron")
    assert "frobbed" not in lexicon.candidate_forms
    lexicon.weigh_cues([("frobbed", "pron", 9, 10)])
    assert lexicon.cue_weight("frobbed", "pron") > 0.8
    assert "frobbed" in lexicon.candidate_forms
    lexicon.weigh_cues()
    assert lexicon.cue_weight("frobbed", "pron") == shipped
    assert "frobbed" not in lexicon.candidate_forms


class Ann(NamedTuple):
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]]
    content: tuple[tuple[int, int], ...] = ()


def _cues(text: str, *words: str) -> list[Ann]:
    return [Ann(spans, []) for spans in _spans(text, *words)]


def test_each_group_is_weighed_by_the_other_groups_alone():
    first = "Lee frobbed it. Ray frobbed it."
    second = "Kim frobbed it. Ann frobbed it."
    third = "Kim frobbed it. Ann walked home."
    articles = [(first, _cues(first, "frobbed", "frobbed")), (second, _cues(second, "frobbed", "frobbed")), (third, [])]
    lexicon = Lexicon()
    seen = []
    for group in mining.out_of_fold(lexicon, articles, 3):
        seen.append((group, round(lexicon.cue_weight("frobbed", "pron"), 2)))
    # held out, the first is weighed by the others: two cues in three; the third, by two in two
    assert [group for group, _ in seen] == [[0], [1], [2]]
    assert 0.5 < seen[0][1] < 1.0 and 0.5 < seen[1][1] < 1.0
    assert seen[2][1] == 1.0
    assert lexicon.cue_weight("frobbed", "pron") == Lexicon().cue_weight("frobbed", "pron")


def test_a_cue_s_head_is_past_its_auxiliaries_and_adverbs():
    text = "Lee did not say it. Ray has also quickly denied it."
    assert mining.cue_head(text, [(4, 15)]) == ("say", 15)
    assert mining.cue_head(text, [(24, 47)]) == ("denied", 47)


def test_a_source_counts_its_last_word_as_head_and_every_lower_case_word_in_it():
    text = "The harbour spokesman said it. A spokesman for the port agreed. “The spokesman lies,” Lee said."
    heads, inside, everywhere = mining.count_sources(text, analyse(text), [_spans(text, "The harbour spokesman")[0], []])
    assert heads == {"spokesman": 1}
    assert inside == {"harbour": 1, "spokesman": 1}
    assert everywhere["spokesman"] == 2  # the one inside the quotation is not counted


def test_source_words_are_weighed_out_of_fold_too():
    text = "The frobnicator said it. The frobnicator agreed."
    gold = [Ann(_spans(text, "said")[0], _spans(text, "The frobnicator")[0]),
            Ann(_spans(text, "agreed")[0], [(text.rindex("The"), text.rindex("The") + 15)])]
    lexicon = Lexicon()
    assert "frobnicator" not in lexicon.source_heads
    shares = []
    for _group in mining.out_of_fold(lexicon, [("Nothing here.", []), (text, gold)], 2):
        shares.append(lexicon.source_heads.get("frobnicator"))
    assert shares == [1.0, None]  # the first group is weighed by the second article, the second by the first
    assert "frobnicator" not in lexicon.source_heads


class Att(NamedTuple):
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]]
    content: list[tuple[int, int]]


def _at(text: str, word: str, start: int = 0) -> list[tuple[int, int]]:
    pos = text.index(word, start)
    return [(pos, pos + len(word))]


def test_a_noun_after_a_possessor_counts_by_what_follows_it():
    text = ("Ann Lee's attacks on the port drew fire. His attacks on Roe went on. "
            "Ray said his attacks on Kim were unfair. Her attacks in May were rare.")
    gold = [
        Att(_at(text, "attacks on"), _at(text, "Ann Lee's"), _at(text, "the port")),
        # the second "attacks on" is no annotated cue; the third stands in another report's content
        Att(_at(text, "said"), _at(text, "Ray"), _at(text, "his attacks on Kim were unfair")),
    ]
    as_cue, total = mining.count_possessed_cues(text, analyse(text), gold)
    assert as_cue == {("attacks", "on"): 1}
    assert total == {("attacks", "on"): 2, ("attacks", "in"): 1}
    assert list(mining.possessed_cue_rows(as_cue, total)) == [("attacks", "on", 1, 2)]


def test_a_lexicon_pools_the_forms_of_a_possessed_noun_and_asks_for_two_cues():
    lexicon = Lexicon()
    lexicon.weigh_possessed_cues([("rebuke", "of", 1, 2), ("rebukes", "of", 1, 2), ("scolding", "of", 1, 1)])
    assert lexicon.possessed_cue_weight("rebukes", "of") == 0.5
    assert lexicon.possessed_cue_weight("rebuke", "for") == 0.0
    assert lexicon.possessed_cue_weight("scolding", "of") == 0.0
    lexicon.weigh_possessed_cues()
    assert lexicon.possessed_cue_weight("rebuke", "of") == 0.0


def test_possessed_cues_are_weighed_out_of_fold_too():
    text = "Ann Lee's rebuke of the port drew fire. Ray Kim's rebuke of the pier did too."
    gold = [Att(_at(text, "rebuke of"), _at(text, "Ann Lee's"), _at(text, "the port")),
            Att(_at(text, "rebuke of", 30), _at(text, "Ray Kim's"), _at(text, "the pier"))]
    lexicon = Lexicon()
    shipped = lexicon.possessed_cue_weight("rebuke", "of")
    weights = []
    for _group in mining.out_of_fold(lexicon, [("Nothing here.", []), (text, gold)], 2):
        weights.append(lexicon.possessed_cue_weight("rebuke", "of"))
    # the empty article is weighed by the other's two cues; the other by none
    assert weights == [1.0, 0.0]
    assert lexicon.possessed_cue_weight("rebuke", "of") == shipped


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Frankly, I’m aghast at the plan.", "’m aghast at"),
        ("They're worried about the pier.", "'re worried about"),
        ("We’ve argued that for years.", "’ve argued"),
        ("Lee’d rather see it shut.", "’d rather see"),
    ],
)
def test_a_cue_begun_at_a_contraction_s_tail_has_no_head(text, cue):
    start = text.index(cue)
    assert mining.cue_head(text, [(start, start + len(cue))]) is None
    as_cue, _total = mining.count_cues(text, analyse(text), [[(start, start + len(cue))]])
    assert not as_cue


@pytest.mark.parametrize(
    ("text", "cue", "head"),
    [
        ("Ann Lee’s claim was false.", "Lee’s claim", "claim"),
        ("He said 'maybe' twice.", "said", "said"),
        ("Critics 'warned' of delays.", "warned", "warned"),
    ],
)
def test_a_word_after_a_quotation_mark_or_a_whole_contraction_still_heads_a_cue(text, cue, head):
    start = text.index(cue)
    assert mining.cue_head(text, [(start, start + len(cue))])[0] == head
