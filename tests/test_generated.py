"""Properties over generated texts: what the strategies put in, the parser finds."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import attribution
from attribution.testing.strategies import ORDERS, attributed_texts, messy_texts

PARSER = attribution.Parser(entry_points=False)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _letters(spans):
    """Spans as the letters and digits they cover: punctuation at an edge never decides."""
    return frozenset(i for s in spans for i, ch in enumerate(s.text, s.start) if ch.isalnum())


def _key(att):
    return _letters(att.content), _letters([att.source.span]) if att.source else None


@SETTINGS
@given(attributed_texts(lexicon=PARSER.lexicon))
def test_every_generated_attribution_is_found(case):
    text, expected = case
    found = {_key(a): a for a in PARSER.parse(text).attributions}
    for att in expected:
        assert _key(att) in found, (text, att.content[0].text, [f.content[0].text for f in found.values()])
        got = found[_key(att)]
        assert got.kind == att.kind
        assert [v.span.text for v in got.via] == [v.span.text for v in att.via]


@SETTINGS
@given(attributed_texts(lexicon=PARSER.lexicon), st.sampled_from(["The weather was mild.", "Boats lined the quay."]))
def test_a_neutral_sentence_between_paragraphs_changes_nothing(case, filler):
    text, expected = case
    # between the paragraphs of two attributions (not inside a quotation carried over them)
    cut = text.find("\n", max(s.end for s in expected[0].content))
    if cut < 0:
        return
    first, rest = text[:cut], text[cut + 1 :]
    longer = f"{first}\n{filler}\n{rest}"
    shift = len(filler) + 1

    def moved(att):
        return tuple((s.start + (shift if s.start > len(first) else 0), s.text) for s in att.content)

    before = [moved(a) for a in PARSER.parse(text).attributions]
    after = [tuple((s.start, s.text) for s in a.content) for a in PARSER.parse(longer).attributions]
    assert before == after


@SETTINGS
@given(attributed_texts(lexicon=PARSER.lexicon, quote_styles=("curly",)))
def test_straight_and_curly_marks_give_the_same_attributions(case):
    text, _expected = case
    straight = text.replace("“", '"').replace("”", '"')
    assert [_key(a) for a in PARSER.parse(text).attributions] == [_key(a) for a in PARSER.parse(straight).attributions]


@settings(max_examples=300, deadline=None)
@given(messy_texts())
def test_messy_text_parses_with_exact_offsets(text):
    doc = PARSER.parse(text)
    for att in doc.attributions:
        for span in att.spans():
            assert text[span.start : span.end] == span.text


def test_from_type_draws_claims():
    from hypothesis import find

    claim = find(st.from_type(attribution.Claim), lambda c: True)
    assert isinstance(claim, attribution.Claim)


def test_misuse_is_reported_when_drawn():
    import pytest
    from hypothesis.errors import InvalidArgument

    @given(attributed_texts(orders=("shouted",)))
    def draw(case):
        pass

    with pytest.raises(InvalidArgument, match="orders must be"):
        draw()
    assert set(ORDERS) >= {"said_that", "relay"}
