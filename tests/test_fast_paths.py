"""Fast paths give what the plain patterns they stand for give."""

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution import cues
from attribution.tokens import POSSESSOR, possessors, whole_word_in

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


SPEECH_PIECES = st.sampled_from(
    ["He", "he", "she", "Lee", "Ann Lee", "U.S.", "jokes", "quipped", "said", "says", "the", "in a", "letter",
     "statement", "posted", ",", ":", " ", "  ", "\n", "“", '"', "''", "'", "é"]
)
SPEECH = st.lists(SPEECH_PIECES, max_size=10).map(" ".join)


SPEECH_TAILS = st.tuples(
    SPEECH, st.sampled_from(["He", "they", "Ann Lee", "Lee’s", "the board", "I", "and", "then", "band"]), st.sampled_from([" ", "  ", "\n"]),
    st.sampled_from(["jokes", "quipped", "said", "Says", "x"]), st.sampled_from(["", " "]), st.sampled_from([",", ":", ";"]),
    st.sampled_from(["", " ", "  "]), st.sampled_from(["“", '"', "''", "'"]),
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(SPEECH, SPEECH_TAILS), st.integers(0, 40))
def test_verb_before_comma_quote_read_backwards_finds_the_same_verb(text, back):
    forward = regex.compile(cues._VERB_COMMA_QUOTE.pattern)
    start = max(0, len(text) - back)
    a, b = forward.search(text, start, len(text)), cues._VERB_COMMA_QUOTE.search(text, start, len(text))
    assert (a is None) == (b is None)
    assert a is None or a.start(1) == b.start(1)


@settings(max_examples=200, deadline=None)
@given(SPEECH)
def test_vehicle_end_read_backwards_matches_where_the_forward_pattern_does(text):
    from attribution import default_rules

    forward = regex.compile(default_rules.common.ENDS_IN_VEHICLE.pattern, regex.IGNORECASE)
    assert bool(default_rules.common.ENDS_IN_VEHICLE.search(text)) == bool(forward.search(text))


ADJUNCT_PIECES = st.sampled_from(
    ["on", "On", "Monday", "last", "week", "this", "year", "2019", "again", "publicly", "quietly", "by", "phone",
     "in", "private", "two", "days", "ago", "that", "That", ",", "the", "ferry", "\n", "  ", "Here", "here’s", "a",
     "few", "couple", "of", "several", "12", "hours", "later", "for", "years", "past", "while", "speaking", "statement",
     "issued", "put", "out", "Friday’s", "ſeptember", "TODAY", "firmly", "only2", "x9", "é", "—"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ADJUNCT_PIECES, max_size=10).map(lambda ws: " " + " ".join(ws)))
@example(" in On the on")
def test_post_adjuncts_in_one_pattern_skip_what_its_branches_skip(text):
    # the one pattern is its branches in order, the first that matches winning at each
    # position (a named place too: " in On" is a place's name after "in")
    from attribution import clauses

    branches = [regex.compile(clauses._TIME_ADJUNCT, regex.IGNORECASE), regex.compile(clauses._ADVERB_BEFORE_THAT),
                regex.compile(clauses._ADVERB_BEFORE_PRONOUN), clauses._MEDIUM_BEFORE_CLAUSE,
                regex.compile(clauses._NAMED_PLACE_BEFORE_CLAUSE),
                regex.compile(clauses._ISSUED), clauses._TALLY, clauses.FOR_THE_BENCH]
    pos = 0
    while m := next((m for b in branches if (m := b.match(text, pos, len(text)))), None):
        pos = m.end()
    assert clauses.skip_post_adjuncts(text, 0, len(text)) == pos


@settings(max_examples=400, deadline=None)
@given(st.lists(ADJUNCT_PIECES, max_size=10).map(" ".join), st.integers(0, 12))
def test_post_adjuncts_skip_the_same_from_any_position(text, pos):
    # the cheap test before the pattern (a space must open an adjunct) changes nothing
    from attribution import clauses

    pos = min(pos, len(text))
    expected = pos
    while m := clauses._POST_ADJUNCT.match(text, expected, len(text)):
        expected = m.end()
    assert clauses.skip_post_adjuncts(text, pos, len(text)) == expected


def test_word_starts_finds_whole_words_before_a_space_in_any_case():
    from attribution.tokens import word_starts

    text = "PER the paper, According to Lee, per\tcent; super per-capita ACCORDING\n"
    assert word_starts(text, ("according", "per")) == [0, 15, 33, 60]
    assert word_starts("Dİyarbakır, per cent", ("per",)) is None  # lowering "İ" moves the offsets


LEAD_PIECES = st.sampled_from(
    ["per", "Per", "PER", "according", "According", "to", "as", "words", "the", "in", "of", "paper", "super",
     "ſuper", "wordſ", "percent", ",", "(", "’", "\n", "\t", " ", "²", "é", "İ"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(LEAD_PIECES, max_size=12).map("".join), st.lists(LEAD_PIECES, max_size=12).map(" ".join))
def test_word_starts_holds_a_word_of_every_case_blind_lead_match(glued, spaced):
    from attribution.tokens import word_starts

    lead = regex.compile(r"\b(in\s+the\s+words\s+of|according\s+to|as\s+per|per)\s+", regex.IGNORECASE)
    for text in (glued, spaced):
        starts = word_starts(text, ("according", "per", "words"))
        for m in lead.finditer(text, overlapped=True):
            assert starts is None or any(m.start() <= s < m.end() for s in starts)


def test_lead_words_name_one_word_of_each_lead_phrase(parser):
    lex = parser.lexicon
    assert lex.lead_words and all(any(w in p.split() for w in lex.lead_words) for p in lex.lead_phrases)


DASH_PIECES = st.sampled_from(["--", "—", "–", "―", "-", " ", "\t", "\n", "\u00a0", "a", "well-known", ",", "Lee"])


@settings(max_examples=400, deadline=None)
@given(st.lists(DASH_PIECES, max_size=12).map("".join))
def test_dash_marks_hold_the_dash_of_every_dash_match(text):
    from attribution import clauses

    marks = clauses.dash_marks(text)
    for m in clauses._DASH.finditer(text, overlapped=True):
        assert any(m.start() <= i < m.end() for i in marks)


def test_dash_marks_pass_over_hyphens_inside_words():
    from attribution import clauses

    assert clauses.dash_marks("a well-known pier - and then—at last -- it sank") == [18, 28, 37]


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 6))
def test_holding_the_gil_finds_what_the_default_finds(text, pos):
    # CONCURRENT passed positionally is the ``concurrent`` argument: the matches are the same
    from attribution.tokens import CONCURRENT, WORD

    pos = min(pos, len(text))
    assert [m.span() for m in WORD.finditer(text, pos, len(text), False, CONCURRENT)] == [
        m.span() for m in WORD.finditer(text, pos, len(text))]
    a, b = WORD.match(text, pos, None, CONCURRENT), WORD.match(text, pos)
    assert (a and a.span()) == (b and b.span())
    assert WORD.findall(text, pos, len(text), False, CONCURRENT) == WORD.findall(text, pos, len(text))


@given(st.text(max_size=3))
def test_is_word_reads_a_token_as_the_word_pattern_does(token):
    from attribution import kinds

    assert kinds.is_word(token) == (kinds.WORD_CHARACTER.match(token) is not None)


def test_is_word_tells_words_from_marks():
    from attribution import kinds

    assert [kinds.is_word(t) for t in ("Lee", "’s", ",", "2019", "é", "", "\u0301a")] == [
        True, False, False, True, True, False, True]


RUN_PIECES = st.sampled_from(
    ["His", "her", "its", "Lee", "s", "’", "'", "’s", "'s", ".", "-", " ", ",", "U.S.", "it", "there", "_", "é", "\u0301",
     "2", "\n", "“", "(", "my", "your"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(RUN_PIECES, max_size=16).map("".join), st.integers(0, 6), st.integers(0, 6))
def test_possessors_read_run_by_run_match_the_possessor_pattern(text, cut_start, cut_end):
    # pieces glued together make runs of words, stops, hyphens and apostrophes of every shape
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = [m.span() for m in POSSESSOR.finditer(text, start, end)]
    assert [m.span() for m in possessors(text, start, end)] == expected


def test_possessors_read_runs_with_an_apostrophe_and_the_pronouns_between():
    text = "his aide's note, the U.S.’s view and their-own plan; it’s Lee's"
    assert [m.group() for m in possessors(text, 0, len(text))] == ["his", "aide's", "U.S.’s", "their", "Lee's"]


TIME_PIECES = st.sampled_from(
    ["on", "On", "last", "this", "earlier", "late", "in", "during", "the", "Monday", "sunday", "FRIDAY", "Mondays",
     "morning", "night", "weekend", "week", "weeks", "month", "year", "May", "march", "December", "2019", "12", "3,",
     "1999,", ",", ".", "..", " ", "  ", "\n", "said", "Lee", "Boston", "today", "birthday", "İn", "é", "٣"]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(TIME_PIECES, max_size=12).map(" ".join), st.integers(0, 8), st.integers(0, 8))
@example("on Monday in Lee", 0, 0)
@example("said it on Monday in Boston.", 0, 0)
def test_final_time_gives_what_the_forward_search_gives(text, cut_start, cut_end):
    from attribution import clauses

    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    # (a stretch ending in a place after a time, "on Monday in Lee.", is searched up to the place)
    place = clauses._FINAL_PLACE.match(text, start, end)
    bound = place.start() if place is not None and clauses._FINAL_TIME_WORD.match(text, start, end) is None else end
    expected = clauses._FINAL_TIME.search(text, start, bound)
    got = clauses.final_time(text, start, end)
    assert (got and got.span()) == (expected and expected.span())


def test_final_time_finds_a_final_day_month_or_year_only():
    from attribution import clauses

    text = "endorsed Ann Lee on Monday morning."
    assert clauses.final_time(text, 0, len(text)).group() == " on Monday morning."
    text = "backed the plan in May 2020"
    assert clauses.final_time(text, 0, len(text)).group() == " in May 2020"
    text = "praised the Monday market"
    assert clauses.final_time(text, 0, len(text)) is None
    assert clauses.final_time(text, 0, len("praised the Monday")).group() == " Monday"


EXTENSION_PIECES = st.sampled_from(
    ["on", "ON", "in", "In", "İn", "ın", "at", "a", "an", "statement", "interview", "social", "media", "x", "X", "tv",
     "twitter", "press", "conference", "news", "Xavier", "on-", "said", " ", "  ", "\n", ",", "é"]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(EXTENSION_PIECES, max_size=8).map(" ".join), st.integers(0, 4), st.integers(0, 8))
def test_extension_gives_what_the_extension_pattern_gives(text, cut_start, cut_end):
    text = " " + text
    end, limit = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = cues._EXTENSION.match(text, end, limit)
    got = cues.extension(text, end, limit)
    assert (got and got.span()) == (expected and expected.span())


def test_extension_takes_a_platform_after_the_cue_only():
    text = "she said in an interview. He wrote ON X, and spoke on Xavier"
    assert cues.extension(text, len("she said"), len(text)).group() == " in an interview"
    assert cues.extension(text, text.index(" ON X"), len(text)).group() == " ON X"
    assert cues.extension(text, text.index(" on Xavier"), len(text)) is None
    assert cues.extension(text, len("she sai"), len(text)) is None


def test_quotation_starts_in_tells_whether_a_quotation_opens_in_a_stretch():
    from attribution import layout

    text = "Lee said, in May, “We will win.” Ng said nothing."
    lay = layout.analyse(text)
    opening = text.index("“")
    assert lay.quotation_starts_in(0, opening)
    assert lay.quotation_starts_in(opening, opening)
    assert not lay.quotation_starts_in(0, opening - 1)
    assert not lay.quotation_starts_in(opening + 1, len(text))


QUOTE_PIECES = st.sampled_from(["Lee", "said", ",", "in May", "“", "”", '"', "'", "''", "‘", "’", "We win.", ":", " ", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(QUOTE_PIECES, max_size=14).map(" ".join), st.integers(0, 60), st.integers(0, 60))
def test_quotation_starts_in_agrees_with_the_quotations(text, a, b):
    from attribution import layout

    lay = layout.analyse(text)
    start, end = min(a, b), max(a, b)
    assert lay.quotation_starts_in(start, end) == any(start <= q.start <= end for q in lay.quotations)


SUBJECT_PIECES = st.sampled_from(
    ["Ann Lee", "the officials", "who", "whose", "voters", "trying", "to", "block", "it", "on Monday", "last week",
     "in a statement", ",", "—", "(D-Ohio)", "kept", "Will", "said", "says", "the report", "released", "he’s", "and", " "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(SUBJECT_PIECES, max_size=14).map(" ".join), st.booleans(), st.integers(0, 30))
def test_subject_strips_once_and_reads_as_the_two_readings_did(parser, text, strong, lo):
    # _subject strips the adjuncts once for both readings; each reading alone strips them itself
    from attribution import sources

    text += " say"
    hi = len(text) - 4
    lo = min(lo, hi)
    found = sources._walked_subject(text, lo, hi, parser.lexicon, strong)
    if found is None and strong:
        found = sources._relative_subject(text, lo, hi, parser.lexicon, strong)
    end = sources.strip_adjuncts_right(text, max(lo, hi - sources._LOOKBACK), hi)
    if found is not None and end < hi and found[1] >= end - 1:
        # the time that closes a clause inside the subject is given back to it, once
        found = found[0], sources._with_clause_time(text, found, hi)
    assert sources._subject(text, lo, hi, parser.lexicon, strong=strong) == found


STOP_PIECES = st.sampled_from(["Lee", "the", "board", " ", "  ", "-", "--", "—", "–", ":", ",", ".", "?", "\t", "\n", "é"])


@settings(max_examples=500, deadline=None)
@example("Lee ,,,, -- x", 3)  # the stop lies past the bound, but only trimmed marks come between
@example("Lee -\nx", 3)  # the stop opens by the first kept character and ends after it
@example("\n—-- Lee", 0)  # the stop opens at the first kept character, a line break, and runs on over its dashes
@given(st.lists(STOP_PIECES, max_size=30).map("".join), st.integers(0, 12))
def test_source_stop_bounded_search_leaves_the_source_the_full_search_leaves(text, bound):
    # the source a stop leaves, when it is no longer than the bound, is what the unbounded search leaves
    from attribution import clauses, default_rules

    start, end = clauses.trim(text, 0, len(text))  # as the lead reads its source

    def kept(stop):
        src = (start, end) if stop is None else clauses.trim(text, start, stop.start())
        return src if src[1] - src[0] <= bound else None

    full = default_rules.leads._SOURCE_STOP.search(text, start, end)
    assert kept(default_rules.leads._source_stop(text, start, end, bound)) == kept(full)


def test_kept_at_end_finds_the_first_character_trim_keeps():
    from attribution import clauses

    text = "Ann Lee, -- : the board"
    assert clauses.kept_at_end(text, 7, len(text)) == text.index("the")
    assert clauses.kept_at_end(text, 7, 12) == 12


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 6), st.integers(0, 6), st.integers(0, 6))
def test_has_words_counts_as_findall_does(text, cut_start, cut_end, n):
    from attribution.tokens import WORD, has_words

    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert has_words(text, start, end, n) == (len(WORD.findall(text, start, end)) >= n)


def test_has_words_stops_short_of_too_few():
    from attribution.tokens import has_words

    assert has_words("Ann Lee’s plan, she said", 0, 24, 4)
    assert not has_words("Ann Lee’s plan, she said", 0, 14, 4)  # "Lee’s" is one word


ED_PIECES = st.sampled_from(
    ["that", "That", "the", "he", "It", "a", "part", "sniped", "re-tooled", "Xquipped", "éjected", "_moved", "9ed",
     "ed", "thathat", "fretted", "forwarded", "Lee", "\n", " ", "  ", "\t", ", ", ". ", "-"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(ED_PIECES, max_size=16).map(" ".join), st.integers(0, 8), st.integers(0, 8))
def test_eds_read_from_their_that_match_the_forward_scan(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = [(m.start(), m.group(1)) for m in cues._ED_BEFORE_THAT.finditer(text, start, end)]
    assert [(m.start(), m.group(1)) for m in cues._eds_before_that(text, start, end)] == expected


def test_eds_before_that_find_verbs_before_a_clause_only():
    # (not before a determiner's noun, nor across a line break)
    text = "Mo fretted that the pier sank; Ann forwarded that part, Roe re-tooled that he said, Bo quipped that\nIt rained."
    assert [m.group(1) for m in cues._eds_before_that(text, 0, len(text))] == ["fretted", "tooled"]


def test_post_adjuncts_cheap_test_lets_every_adjunct_through():
    # each adjunct opens with a word the cheap test knows; the words it rejects open none
    from attribution import clauses

    for adjunct in [" on Monday", " Tuesday morning", " last week", " in March", " 2019", " again", " here on Friday",
                    " a few weeks ago", " 12 days later", " for years", " in recent weeks", " over the past three years",
                    " in the past", " firmly", " by phone", " in private", " first", " while addressing a rally"]:
        text = "said" + adjunct + " that the ferry sank"
        assert clauses.skip_post_adjuncts(text, 4, len(text)) == 4 + len(adjunct), adjunct
    text = "the statement issued that day"
    assert clauses.skip_post_adjuncts(text, 13, len(text)) == 20
    for text in ["said the ferry sank", "told Lee that", "said “It sank”", "said, on Monday", "said thereafter"]:
        assert clauses.skip_post_adjuncts(text, 4, len(text)) == 4


def test_tokens_are_a_tuple_shared_between_calls_and_equal_to_a_fresh_scan():
    from attribution import kinds

    text = "Harbour master Ann Lee, 52, a month later said the pier was unsafe."
    first = kinds.tokens(text, 0, 40)
    assert isinstance(first, tuple)
    assert kinds.tokens(text, 0, 40) is first  # read once, then kept
    assert [t[2] for t in first] == [t[2] for t in kinds.tokens.__wrapped__(text, 0, 40)]
    assert [t[2] for t in first][:4] == ["Harbour", "master", "Ann", "Lee"]


def test_a_count_of_time_before_later_is_still_stripped_from_the_subject():
    import attribution

    doc = attribution.parse("The harbour board a month later said the pier was unsafe.")
    assert [a.source.span.text for a in doc.attributions] == ["The harbour board"]


def test_phrasal_tries_only_the_phrases_of_its_head():
    text = "The mayor Took A Swipe At the council; she made it clear, and pled guilty, then hit the ball."
    assert cues.phrasal(text, "took", 10, len(text)).group() == "Took A Swipe At"
    assert cues.phrasal(text, "made", text.index("made"), len(text)).group() == "made it clear"
    assert cues.phrasal(text, "pled", text.index("pled"), len(text)).group() == "pled guilty"
    assert cues.phrasal(text, "hit", text.index("hit"), len(text)) is None  # "hit" alone reports nothing
    assert cues.phrasal(text, "said", 0, len(text)) is None  # no phrase opens with it
    # the phrase must end within the limit, at a word's edge
    assert cues.phrasal(text, "took", 10, text.index("At") + 1) is None


def test_a_phrasal_cue_is_found_whole_and_stops_before_a_that_clause():
    import attribution

    doc = attribution.parse("Harbour master Ann Lee hit out at the council on Monday for the delays.")
    assert [(a.source.span.text, " ".join(s.text for s in a.cue.spans)) for a in doc.attributions] == [
        ("Harbour master Ann Lee", "hit out at")]
    doc = attribution.parse("Ann Lee is hopeful that the pier will reopen in May.")
    assert [(" ".join(s.text for s in a.cue.spans), a.content[0].text) for a in doc.attributions] == [
        ("is hopeful", "the pier will reopen in May")]



@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(["Lee", "his", "said", "percent", "U.S", "é", "show"]), st.integers(0, 8), st.integers(0, 8))
def test_whole_word_in_finds_what_a_bounded_word_pattern_finds(text, word, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    pattern = regex.compile(r"\b" + regex.escape(word) + r"\b")
    assert whole_word_in(text, word, start, end) == (pattern.search(text, start, end) is not None)


def test_whole_word_in_needs_the_word_whole():
    assert whole_word_in("Mayor Lee said", "Lee", 0, 14)
    assert not whole_word_in("Mayor Leeds said", "Lee", 0, 16)
    assert not whole_word_in("Mayor Lee said", "Lee", 7, 14)  # the window cuts the word


def test_a_one_word_name_is_a_sides_only_before_a_sides_word():
    from attribution.kinds import _names_a_side

    # the word after the name decides, read whole: a club's name end, or a role before a name
    assert _names_a_side("Eastbridge said it would appeal. Eastbridge City won 2-0.", "Eastbridge")
    assert _names_a_side("Eastbridge said it would appeal, Eastbridge manager Tom Hale added.", "Eastbridge")
    assert not _names_a_side("Eastbridge said it would appeal, Eastbridge manager said.", "Eastbridge")
    assert not _names_a_side("Eastbridge said it would appeal. Eastbridge Cityscape opened.", "Eastbridge")
    assert not _names_a_side("Tully said it would appeal. Graham Tully smiled.", "Tully")
    assert not _names_a_side("Eastbridge said it would appeal. NewEastbridge City won.", "Eastbridge")


_PLACE_THAT_TEXTS = st.lists(st.sampled_from(["testified", "in", "on", "at", "with", "that", "the", "court", "he", "“", "Lee"]),
                             max_size=12).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_PLACE_THAT_TEXTS, st.integers(0, 6), st.integers(0, 6))
def test_a_verb_before_a_place_and_that_is_found_as_the_stepping_back_pattern_finds_it(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    stepping_back = regex.compile(r"\b([a-z]+)(?=" + cues._WHERE_SAID_THEN_THAT.pattern + ")")
    expected = [m.span(1) for m in stepping_back.finditer(text, start, end)]
    assert [m.span(1) for m in cues._VERB_PLACE_THAT.finditer(text, start, end)] == expected


def test_a_verb_before_a_place_and_that_is_found_whole():
    text = "She testified in the second suit that he lied, and the judge agreed."
    assert [m.group(1) for m in cues._VERB_PLACE_THAT.finditer(text)] == ["testified"]
    assert not cues._VERB_PLACE_THAT.search("She testified in the second suit and lied.")  # no "that" clause


_COLON_PIECES = st.sampled_from(
    [" shared", " a", " the", " statement", " short", " video", " message", " on", " to", " its", " website",
     " YouTube", ":", " :", "\n", " ", "\u00a0", "\u2003", "\x1c", ",", ".", "“Yes", " said"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_COLON_PIECES, max_size=12).map("".join), st.integers(0, 4))
def test_vehicle_place_colon_matches_where_the_pattern_does(text, cut_start):
    pos = min(cut_start, len(text))
    expected = cues.VEHICLE_PLACE_COLON.match(text, pos, len(text))
    found = cues.vehicle_place_colon(text, pos, len(text))
    assert (found and found.span(), found and found.group(1)) == (expected and expected.span(), expected and expected.group(1))


@pytest.mark.parametrize("text", [
    " a statement on its website:", " the short video to YouTube: \n", " a message:\u00a0",
])
def test_vehicle_place_colon_finds_a_post_before_a_closing_colon(text):
    assert cues.vehicle_place_colon(text, 0, len(text)) is not None


@pytest.mark.parametrize("text", [
    " a statement on its website: “Yes", " a statement on its website", " a statement: and more:", "",
])
def test_vehicle_place_colon_needs_the_colon_last(text):
    assert cues.vehicle_place_colon(text, 0, len(text)) is None


def test_post_adjunct_memo_serves_one_text_and_no_other():
    # the same positions in two texts of the same length: each gets its own answer, again and again
    from attribution import clauses

    first = "Ann Lee said on Monday that the ferry sank."
    second = "Ann Lee said the ferry sank on Monday too!!"
    assert len(first) == len(second)
    for _ in range(2):
        assert clauses.skip_post_adjuncts(first, 12, len(first)) == 22
        assert clauses.skip_post_adjuncts(second, 12, len(second)) == 12
    # a text equal to the first but another object reads the same
    again = "".join(list(first))
    assert again is not first and clauses.skip_post_adjuncts(again, 12, len(again)) == 22


def test_post_adjunct_memo_stays_bounded():
    from attribution import clauses

    text = "said on Monday " * (clauses._POST_CUE_MEMO_SIZE + 10)
    for pos in range(4, len(text), 15):
        assert clauses.skip_post_adjuncts(text, pos, pos + 11) == pos + 10
    assert len(clauses.post_cue_memo(text)) < clauses._POST_CUE_MEMO_SIZE


def test_outlet_occasion_is_read_once_per_cue_end_and_per_text():
    from attribution.default_rules import verbs

    on_show = "Ann Lee said on CNN that the ship sank."
    on_day = "Ann Lee said that the ship sank on CNN."
    for _ in range(2):
        relay = verbs._outlet_occasion(on_show, 12, len(on_show))
        assert relay is not None and relay.group().strip() == "on CNN"
        assert verbs._outlet_occasion(on_day, 12, len(on_day)) is None
