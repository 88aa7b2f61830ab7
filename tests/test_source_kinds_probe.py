"""Source kinds and coreference in wire, UK and Indian copy: role nouns that stand for an earlier
mention, and the kind of a body named with no word for a body in its name."""

import pytest


def _refers(doc):
    return [(a.source.span.text, a.source.refers_to.span.text if a.source.refers_to else None)
            for a in doc.attributions if a.source is not None]


@pytest.mark.parametrize(("text", "pair"), [
    # a role noun with "the" after an unnamed mention it heads
    ("“The dam is sound,” a senior engineer said on Monday. The engineer added that checks would go on.",
     ("The engineer", "a senior engineer")),
    ("A government spokesman declined to give a date. The spokesman said talks with the unions would resume.",
     ("The spokesman", "A government spokesman")),
    # after a name the noun stands before, though no report's
    ("Chelsea midfielder Tomas Ferrell was sent off on Sunday. The midfielder said he would not appeal.",
     ("The midfielder", "midfielder Tomas Ferrell")),
    ("Police Commissioner Ravi K. Menon visited the site on Tuesday. The commissioner said the probe was on.",
     ("The commissioner", "Commissioner Ravi K. Menon")),
    # a post known by its initials is no surname: the name it stands before
    ("Tory MP Helen Garside criticised the plan. “It is a shambles,” the MP told reporters.",
     ("the MP", "Tory MP Helen Garside")),
])
def test_a_role_noun_stands_for_the_mention_it_heads(parser, text, pair):
    assert pair in _refers(parser.parse(text))


def test_a_role_noun_takes_the_nearest_holder(parser):
    text = ("Defender Sam Oduya was injured in the first half. Striker Leo Brandt scored twice. "
            "The striker said the team had deserved the win.")
    assert ("The striker", "Striker Leo Brandt") in _refers(parser.parse(text))


def test_a_lone_minister_is_no_chief_minister(parser):
    text = "Chief Minister K. Ravi Varma opened the bridge on Friday. The minister said the state would build more."
    assert ("The minister", "Minister K. Ravi Varma") not in _refers(parser.parse(text))
