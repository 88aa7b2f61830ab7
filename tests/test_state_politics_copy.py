"""Indian state politics and farm copy (PTI, IANS and the Indian dailies: assembly sessions, chief
ministers, farmers' unions, MSP and the monsoon): a headline's forecast with its year before
"says IMD", an opposition that walks out "alleging that", a minister of a department of two fields
who "told reporters" after a meeting someone chaired, on sentences written for these tests."""

import pytest


def _read(parser, text):
    return [(a.source.span.text if a.source else None, a.cue.text, [s.text for s in a.content])
            for a in parser.parse(text).attributions]


_DROUGHT = (
    "Drought-hit growers to get Rs 900 crore aid, says Kerala CM\n\n"
    "THIRUVANANTHAPURAM: Chief Minister Anil Menon on Tuesday told reporters here that the state would release "
    "Rs 900 crore as relief to growers in 40 blocks.\n\n"
    "\u201cWe cannot wait for the Centre any longer,\u201d the CM said after a Cabinet meeting.\n\n"
    "The BJP's state unit chief Ravi Kurup alleged that the funds had gone to other schemes.\n\n"
    "The opposition staged a walkout, alleging that the government had not paid last year's dues.\n\n"
    "Sources in the Agriculture Department said the aid would reach bank accounts directly.\n\n"
    "(With inputs from agencies)"
)


def test_a_state_relief_story(rules_only):
    assert _read(rules_only, _DROUGHT) == [
        ("Kerala CM", "says", ["Drought-hit growers to get Rs 900 crore aid"]),
        ("Chief Minister Anil Menon", "told", ["the state would release Rs 900 crore as relief to growers in 40 blocks"]),
        ("the CM", "said", ["\u201cWe cannot wait for the Centre any longer,\u201d"]),
        ("The BJP's state unit chief Ravi Kurup", "alleged", ["the funds had gone to other schemes"]),
        ("The opposition", "alleging", ["the government had not paid last year's dues"]),
        ("Sources in the Agriculture Department", "said", ["the aid would reach bank accounts directly"]),
    ]


@pytest.mark.parametrize("headline,source,content", [
    # a headline's forecast with its time before the comma, then the inverted cue and its speaker
    ("Rains likely to be normal this year, says IMD", "IMD", "Rains likely to be normal this year"),
    ("Rains likely to be normal in July, says IMD", "IMD", "Rains likely to be normal in July"),
    # "this" is no verb in "-s" of a second predicate ("Prices to rise | this")
    ("Wheat output to rise this year, says minister", "minister", "Wheat output to rise this year"),
    ("Onion prices to ease this week, says Rao", "Rao", "Onion prices to ease this week"),
    # near misses: a headline's second predicate after a comma is still its subject's
    ("Court pulls up state over jail delays, says liberty cannot wait", "Court", "liberty cannot wait"),
])
def test_a_headline_with_a_time_before_an_inverted_cue(rules_only, headline, source, content):
    atts = [a for a in rules_only.parse(headline + "\n\nThe office spoke on Monday.").attributions if a.cue.text == "says"]
    assert [(a.source.span.text, [s.text for s in a.content]) for a in atts] == [(source, [content])]


def test_a_subject_with_an_appositive_still_speaks_before_its_cue(rules_only):
    # near miss: a comma that opens an aside after the subject still sets it off
    assert _read(rules_only, "Ann Lee, a grape grower from Niphad, said the crop was lost.") == [
        ("Ann Lee, a grape grower from Niphad", "said", ["the crop was lost"])]


@pytest.mark.parametrize("sentence,source", [
    # "the opposition" acting as a body: the subject of the participle's report
    ("The opposition staged a walkout, alleging that the minister had misled the House.", "The opposition"),
    ("The opposition on Tuesday staged a walkout, alleging that the minister had misled the House.",
     "The opposition"),
    ("The opposition walked out, alleging that the minister had misled the House.", "The opposition"),
    ("The delegation walked out, alleging that the minister had misled the House.", "The delegation"),
])
def test_the_opposition_walks_out_alleging(rules_only, sentence, source):
    atts = rules_only.parse(sentence).attributions
    assert [(a.source and a.source.span.text, a.cue.text) for a in atts] == [(source, "alleging")]


def test_a_body_noun_that_does_nothing_is_no_subject(rules_only):
    # near miss: "The mission is ..." names a thing, no body that acts
    atts = rules_only.parse("The mission is similar to the one Ann Rao led before backing the plan, "
                            "alleging that it would fail.").attributions
    assert all(a.source is None or a.source.span.text != "The mission" for a in atts)


@pytest.mark.parametrize("sentence,source", [
    # a minister of two fields joined by "and" is one post, no list going on past the comma
    ("The decision was taken at a meeting chaired by Chief Minister Ravi Rao, Food and Civil Supplies "
     "Minister Uma Nair told reporters.", "Food and Civil Supplies Minister Uma Nair"),
    ("The rates were fixed at a meeting chaired by the governor, Information and Broadcasting Minister "
     "Uma Nair told reporters.", "Information and Broadcasting Minister Uma Nair"),
    # near miss: a list of names after a comma still reads as one subject
    ("The rates were fixed on Monday, Ann Lee, Tom Roe and Uma Nair told reporters.", "Ann Lee, Tom Roe and Uma Nair"),
])
def test_a_minister_of_two_fields_after_a_clause(rules_only, sentence, source):
    atts = rules_only.parse(sentence).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [(source, "told")]


@pytest.mark.parametrize("sentence,cue", [
    # a weather office's forecast, a health body's bulletin or advisory and a court's order are media the
    # words were said in, as a statement is
    ("The weather office said in its forecast that the rain would be normal.", "said in its forecast"),
    ("The health department said in a bulletin that 40 people had been admitted.", "said in a bulletin"),
    ("The ministry said in an advisory that travellers should carry water.", "said in an advisory"),
    ("The bench said in its order that the dues must be paid.", "said in its order"),
    # ... and so are its ruling, decision, judgment and verdict
    ("The bench said in its ruling that the dues must be paid.", "said in its ruling"),
    ("The tribunal said in a decision that the dues must be paid.", "said in a decision"),
    ("The bench said in its judgment that the dues must be paid.", "said in its judgment"),
    ("The jury panel said in its verdict that the dues must be paid.", "said in its verdict"),
    ("“The dues must be paid,” the bench said in its ruling.", "said in its ruling"),
    # near miss: a decision's infinitive is what was decided, no medium the cue takes in
    ("The tribunal said in its decision to drop the case that the dues must be paid.", "said"),
    # near miss: "in order to" is no medium
    ("The board met in order to decide, Ann Rao said.", "said"),
])
def test_a_forecast_a_bulletin_or_an_order_extends_the_cue(rules_only, sentence, cue):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == [cue]
