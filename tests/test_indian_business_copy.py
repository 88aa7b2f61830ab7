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


@pytest.mark.parametrize("text,source,content", [
    # the trade words Indian firms' names end in make the name a firm's, no person's
    ("Kalpa Broking said it would challenge the regulator's order.", "Kalpa Broking",
     "it would challenge the regulator's order"),
    ("Vela Finserv said its loan book grew 18 per cent in the quarter.", "Vela Finserv",
     "its loan book grew 18 per cent in the quarter"),
    ("Harlow Infra said it had won a Rs 640 crore road contract.", "Harlow Infra",
     "it had won a Rs 640 crore road contract"),
    ("Tarun Ispat said the blast furnace would restart in May.", "Tarun Ispat",
     "the blast furnace would restart in May"),
    ("Vela Buildcon told the exchanges that its promoters had pledged no shares.", "Vela Buildcon",
     "its promoters had pledged no shares"),
])
def test_an_indian_firms_trade_word_names_an_organization(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.content[0].text) == (source, content)
    assert att.source.kind == "organization"


@pytest.mark.parametrize("text,source,cue,content", [
    # an Indian ministry's fields joined by "and" before one title: one minister, a person
    ("Electronics and IT Minister Ann Rao said the scheme would create 90,000 jobs.",
     "Electronics and IT Minister Ann Rao", "said", "the scheme would create 90,000 jobs"),
    ("Road Transport and Highways Minister Ravi Nath told reporters that tolls would not rise.",
     "Road Transport and Highways Minister Ravi Nath", "told", "tolls would not rise"),
    ("Women and Child Development Minister Meena Das said the centres would open by June.",
     "Women and Child Development Minister Meena Das", "said", "the centres would open by June"),
    ("New and Renewable Energy Minister Arun Pal said solar tariffs had fallen.",
     "New and Renewable Energy Minister Arun Pal", "said", "solar tariffs had fallen"),
])
def test_an_indian_ministrys_joined_fields_name_one_minister(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.content[0].text) == (source, cue, content)
    assert att.source.kind == "person"


@pytest.mark.parametrize("text,source,cue,content", [
    # a regulator's ruling by its stage or its length in pages is the medium of the cue
    ("The regulator said in an interim order that the broker had misused client funds.",
     "The regulator", "said in an interim order", "the broker had misused client funds"),
    ("The tribunal said in its final order that the penalty would stand.",
     "The tribunal", "said in its final order", "the penalty would stand"),
    ("The regulator said in a 48-page order that the promoters had hidden the loans.",
     "The regulator", "said in a 48-page order", "the promoters had hidden the loans"),
    ("The panel said in its 120-page report that the dam had been poorly built.",
     "The panel", "said in its 120-page report", "the dam had been poorly built"),
    # and a call the words were said on, with whom it was held
    ("The bank's management said on an earnings call that bad loans would ease by March.",
     "The bank's management", "said on an earnings call", "bad loans would ease by March"),
    ("The finance secretary said on a call with reporters that the deficit target would be met.",
     "The finance secretary", "said on a call with reporters", "the deficit target would be met"),
    ("Ann Rao said on a conference call that the plant would restart in June.",
     "Ann Rao", "said on a conference call", "the plant would restart in June"),
])
def test_an_orders_stage_or_a_call_extends_the_cue(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("text,cue,content", [
    # a call a word in lower case goes on after is no medium of the cue: an appeal, or a call described
    ("Lee said on a call for calm that the strike would end.", "said", "the strike would end"),
    ("“We will not sell,” Lee said on a media call set up by the unions.", "said", "“We will not sell,”"),
])
def test_a_call_described_or_an_appeal_keeps_the_cue_to_its_verb(rules_only, text, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.cue.text, att.content[0].text) == (cue, content)


@pytest.mark.parametrize("text,source,content", [
    # after "according to", a market analyst's title whose post heads its field after a spaced
    # dash, then the firm, describes the name, before the report or after it
    ("According to Ajay Rana, SVP - Research, Kalpa Broking, the index may find support near 24,000.",
     "Ajay Rana, SVP - Research, Kalpa Broking", "the index may find support near 24,000"),
    ("According to Ravi Nair, Head - Retail Research, Tarun Securities, the rally could fade by March.",
     "Ravi Nair, Head - Retail Research, Tarun Securities", "the rally could fade by March"),
    ("The rupee would stay weak, according to Neha Bose, Chief Economist - India, Harlow Bank.",
     "Neha Bose, Chief Economist - India, Harlow Bank", "The rupee would stay weak"),
    ("Metal stocks may rebound, according to Arun Pillai, VP – Equity Research, Vela Capital.",
     "Arun Pillai, VP – Equity Research, Vela Capital", "Metal stocks may rebound"),
])
def test_a_dash_inside_an_analysts_title_after_according_to(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text.lower(), att.content[0].text) == (source, "according to", content)
    assert len(att.content) == 1


@pytest.mark.parametrize("text,source,cue,content", [
    # a press conference held after a policy, jointly or as a habit is the cue's occasion, as "a
    # news conference" is
    ("Governor Ann Rao said at the post-policy press conference that prices would cool by June.",
     "Governor Ann Rao", "said at the post-policy press conference", "prices would cool by June"),
    ("The two ministers said at a joint news conference that the pact would be signed in May.",
     "The two ministers", "said at a joint news conference", "the pact would be signed in May"),
    ("“We will not cut the tariff,” Ravi Nath said at the press conference.",
     "Ravi Nath", "said at the press conference", "“We will not cut the tariff,”"),
    # but not one a participle describes, nor its weekday
    ("Lee said at a press conference organised by the union that the strike would end.",
     "Lee", "said", "the strike would end"),
    ("Lee said at a Sunday news conference that the strike would end.",
     "Lee", "said", "the strike would end"),
])
def test_a_press_conference_extends_the_cue(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.content[0].text) == (source, cue, content)
