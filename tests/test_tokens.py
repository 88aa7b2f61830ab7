"""Shared word helpers: the faster readings give what the plain patterns give."""

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution import cues
from attribution.tokens import POSSESSOR, possessors

PIECES = st.sampled_from(
    ["his", "His", "her", "their", "Its", "our", "my", "your", "history", "hers", "Lee’s", "Lee's", "the pilots’",
     "pilots'", "it’s", "he's", "There’s", "don’t", "’s", "'", "’", "U.S.", "A.B.’s", "rock’n’roll", "said",
     "polls", "Democrats", "percent", "who", "largely", "show", "support", "\n", " ", "  ", ", ", ". ", "-", "é"]
)
TEXTS = st.lists(PIECES, max_size=14).map(" ".join)


def test_possessors_finds_pronouns_and_possessive_endings():
    text = "Her plan and Lee’s claim, not it’s done, nor their view; history is hers."
    assert [m.group() for m in possessors(text, 0, len(text))] == ["Her", "Lee’s", "their"]


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 6), st.integers(0, 6))
def test_possessors_matches_the_possessor_pattern_anywhere(text, cut_start, cut_end):
    # a stretch with no apostrophe takes the pronoun scan; its edges may cut a word
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = [m.span() for m in POSSESSOR.finditer(text, start, end)]
    assert [m.span() for m in possessors(text, start, end)] == expected


_PLURAL_FORWARD = regex.compile(cues._PLURAL_BEFORE.pattern)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 60))
def test_plural_before_read_backwards_matches_where_the_forward_pattern_does(text, back):
    text += " "  # as before a cue word
    end = len(text)
    start = max(0, end - back)
    assert bool(cues._PLURAL_BEFORE.search(text, start, end)) == bool(_PLURAL_FORWARD.search(text, start, end))
