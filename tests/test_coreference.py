"""Coreference: what a pronoun, surname or "the company" source stands for (``refers_to``)."""

import pytest


def _refers(doc):
    return [(a.source.span.text, a.source.refers_to.span.text if a.source.refers_to else None)
            for a in doc.attributions if a.source is not None]


@pytest.mark.parametrize(("text", "pair"), [
    # a pronoun after a resolved mention stands for that mention's referent, not the mention again
    ("Gale Ferries Ltd said it would sell two boats. The company said the sale was final. "
     "It said the crews would be kept on.", ("It", "Gale Ferries Ltd")),
    ("Harbour Minister Ann Pike opened the new quay on Friday. The minister said more berths would follow. "
     "She said the dredging would start in May.", ("She", "Minister Ann Pike")),
    ("Councillor Tom Greaves said the market would stay open. Mr. Greaves said rents would not rise. "
     "“We listened to the traders,” he said.", ("he", "Councillor Tom Greaves")),
])
def test_a_pronoun_takes_the_referent_of_a_resolved_mention(parser, text, pair):
    assert pair in _refers(parser.parse(text))
