"""Constructions of wire copy in genres the training text lacks (disasters, markets, conflict,
technology, science), on sentences written for these tests."""

import pytest


def _one(doc):
    assert len(doc.attributions) == 1, [(a.cue.text, [c.text for c in a.content]) for a in doc.attributions]
    return doc.attributions[0]


@pytest.mark.parametrize("sentence,source,content", [
    # "at least" or "at most" counts the subject: no adverbial fronted before the sentence's own verb
    ("At least 40 people remain missing, police said.", "police", "At least 40 people remain missing"),
    ("At most a dozen boats remain at sea, the coast guard said.", "the coast guard",
     "At most a dozen boats remain at sea"),
])
def test_a_count_opening_the_report_is_no_fronted_adverbial(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "said", [content])


def test_a_fronted_time_still_makes_the_verb_the_sentences_own(rules_only):
    assert rules_only.parse("At dawn, the crews left.").attributions == ()
