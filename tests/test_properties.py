"""Properties that hold for any text: no exception, exact offsets, determinism."""

from hypothesis import given, settings
from hypothesis import strategies as st

import attribution

PARSER = attribution.Parser(entry_points=False)
FRAGMENTS = st.sampled_from(
    ["“", "”", '"', "‘", "’", "'", "«", "»", "''", "\n", "\r\n", " ", ", ", ". ", ": ", "—",
     "said", "told", "according to", "as per", "denied that", "he", "Mr. Lee", "The Daily Star",
     "Ann Cole", "that", "the", "officials", "\x00", "\u200b", "Kyiv’s", "don’t"]
)
TEXTS = st.one_of(st.text(), st.lists(st.one_of(FRAGMENTS, st.text(max_size=5)), max_size=60).map("".join))


def _spans(att):
    return att.spans()


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_parse_never_raises_and_spans_slice_the_text(text):
    doc = PARSER.parse(text)
    for att in doc.attributions:
        for span in _spans(att):
            assert text[span.start : span.end] == span.text
    starts = [a.start for a in doc.attributions]
    assert starts == sorted(starts)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_parse_is_deterministic_and_round_trips(text):
    doc = PARSER.parse(text)
    assert PARSER.parse(text) == doc
    assert attribution.Document.from_dict(doc.to_dict()) == doc
