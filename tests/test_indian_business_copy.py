"""Habits of Indian business and market copy (Economic Times, Mint, Business Standard,
Moneycontrol): sentences written for these tests."""

import pytest


def _one(doc):
    assert len(doc.attributions) == 1, [(a.cue.text, a.source and a.source.span.text) for a in doc.attributions]
    return doc.attributions[0]


@pytest.mark.parametrize("text,source,content", [
    # a market analyst's title whose post heads its field after a spaced dash, then the firm
    ("Ravi Nair, Head - Retail Research, Tarun Securities, said the index could test new highs.",
     "Ravi Nair, Head - Retail Research, Tarun Securities", "the index could test new highs"),
    ("Meena Joshi, VP – Equity Research, Kalpa Capital, said bank stocks looked cheap.",
     "Meena Joshi, VP – Equity Research, Kalpa Capital", "bank stocks looked cheap"),
    ("Arun Pillai, Director - Sales, Vela Motors, said demand in small towns had picked up.",
     "Arun Pillai, Director - Sales, Vela Motors", "demand in small towns had picked up"),
    ("Neha Bose, Chief Economist - India, Harlow Bank, said the rupee would stay weak.",
     "Neha Bose, Chief Economist - India, Harlow Bank", "the rupee would stay weak"),
])
def test_a_dash_inside_an_analysts_title_keeps_the_name(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.content[0].text) == (source, "said", content)
    assert att.source.kind == "person"


@pytest.mark.parametrize("text,source", [
    # a dateline's dash is no title's: the body after it is the source alone
    ("MUMBAI - The Reserve Bank said it would keep rates on hold.", "The Reserve Bank"),
    ("KOLKATA – Vela Motors said sales rose 9 per cent in March.", "Vela Motors"),
])
def test_a_datelines_dash_joins_no_title(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source


@pytest.mark.parametrize("text,source,cue,content", [
    # a broker's note, a board's release, a central bank's policy statement, a ministry's press
    # note and a filing to an exchange named by its initials are the medium of the cue
    ("Analysts at Kalpa Capital said in a note that the lender's margins would shrink.",
     "Analysts at Kalpa Capital", "said in a note", "the lender's margins would shrink"),
    ("The cricket board said in a release that the opener had been ruled out of the series.",
     "The cricket board", "said in a release", "the opener had been ruled out of the series"),
    ("The central bank said in its monetary policy statement that it would stay watchful on prices.",
     "The central bank", "said in its monetary policy statement", "it would stay watchful on prices"),
    ("The ministry said in a press note that the scheme would run till March.",
     "The ministry", "said in a press note", "the scheme would run till March"),
    ("Vela Motors said in a BSE filing that its board had approved a Rs 500 crore buyback.",
     "Vela Motors", "said in a BSE filing", "its board had approved a Rs 500 crore buyback"),
    ("Tarun Finance said in an NSE filing that it would raise Rs 40 lakh from promoters.",
     "Tarun Finance", "said in an NSE filing", "it would raise Rs 40 lakh from promoters"),
    ("The lender said in an SEC filing that its chief financial officer had resigned.",
     "The lender", "said in an SEC filing", "its chief financial officer had resigned"),
    ("The port operator said in a media statement that cargo volumes rose 12 per cent.",
     "The port operator", "said in a media statement", "cargo volumes rose 12 per cent"),
])
def test_indian_business_media_extend_the_cue(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("text,cue", [
    # a medium with no cue verb before it is no cue's ("in a release" after a noun)
    ("Shares rose 5 per cent after the gains outlined in a release on Monday.", None),
    # "in a note of" is a tone, no document
    ("Lee said in a note of caution that prices might fall.", "said"),
])
def test_a_note_or_release_extends_only_a_cue(rules_only, text, cue):
    doc = rules_only.parse(text)
    cues = [a.cue.text for a in doc.attributions]
    assert cues == ([cue] if cue else [])


@pytest.mark.parametrize("text,source,cue,content", [
    # those "in the know" are unnamed, as those "familiar with the matter" are
    ("According to people in the know, the panel has cut the rate on small cars.",
     "people in the know", "According to", "the panel has cut the rate on small cars"),
    ("Officials in the know said the Rs 900 crore deal was close.",
     "Officials in the know", "said", "the Rs 900 crore deal was close"),
    ("The listing will be delayed, a banker in the know said.",
     "a banker in the know", "said", "The listing will be delayed"),
])
def test_those_in_the_know_are_anonymous(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.content[0].text) == (source, cue, content)
    assert att.source.kind == "anonymous"
